//! The JavaScript binding: the only file that uses wasm-bindgen. It converts and nothing
//! else — options in through serde, plain JS objects out through one serializer, every
//! failure out as a real JS `Error`. The TypeScript declarations below name every field.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::options::{Lang, Options, RawOptions};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("wasm.d.ts");

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);

    #[wasm_bindgen(typescript_type = "Options")]
    pub type JsOptions;
    #[wasm_bindgen(typescript_type = "Report")]
    pub type JsReportValue;
    #[wasm_bindgen(typescript_type = "DocxReport")]
    pub type JsDocxReportValue;
    #[wasm_bindgen(typescript_type = "RuleInfo[]")]
    pub type JsRuleList;
    #[wasm_bindgen(typescript_type = "Lang")]
    pub type JsLang;
}

/// Log panics to the console instead of losing them (the instance still traps; the core
/// is written never to panic on input). Installed on the first call rather than through a
/// `start` function, which wasm-bindgen would export as public API.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error(&format!("thethuc: internal error: {info}"))
        }));
    });
}

fn error(message: impl std::fmt::Display) -> JsValue {
    js_sys::Error::new(&message.to_string()).into()
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    // Plain objects for maps, `undefined` for absent optional fields.
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).map_err(error)
}

fn options_from(value: JsValue) -> Result<Options, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    // serde-wasm-bindgen reads only the fields it knows, so a misspelt key (`mdoe`) would
    // pass silently: reject unknown keys here.
    let object: &js_sys::Object = value
        .dyn_ref()
        .ok_or_else(|| error("thethuc: invalid options: expected an object"))?;
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !RawOptions::FIELDS.contains(&key.as_str()) {
            return Err(error(format!(
                "thethuc: invalid options: unknown option '{key}' (expected one of: {})",
                RawOptions::FIELDS.join(", ")
            )));
        }
    }
    let raw: RawOptions = serde_wasm_bindgen::from_value(value)
        .map_err(|e| error(format!("thethuc: invalid options: {e}")))?;
    Options::try_from(raw).map_err(|e| error(format!("thethuc: invalid options: {e}")))
}

/// Check a draft. Offsets in the report are UTF-16 code units: `text.slice(start, end)`.
#[wasm_bindgen(js_name = check)]
pub fn check(text: &str, options: Option<JsOptions>) -> Result<JsReportValue, JsValue> {
    install_panic_hook();
    let options = options_from(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))?;
    let report = crate::check(text, &options);
    Ok(to_js(&report.to_js(text))?.unchecked_into())
}

/// A `.docx` notice as JavaScript sees it.
#[derive(Serialize)]
struct JsNotice {
    code: &'static str,
    count: usize,
    message: String,
}

/// Check a `.docx` draft (its bytes): the report of `check` on the text extracted from it,
/// with the typography rules evaluated, plus `text` (what the offsets point into) and
/// `notices` (macros, embedded objects… found but never run). A file that is not a
/// readable `.docx` throws an `Error` whose `code` says why (`legacy-doc`, `pdf`,
/// `zip-bomb`…) and whose message says what to do, in the options' language.
#[wasm_bindgen(js_name = checkDocx)]
pub fn check_docx(bytes: &[u8], options: Option<JsOptions>) -> Result<JsDocxReportValue, JsValue> {
    install_panic_hook();
    let options = options_from(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))?;
    let result = crate::check_docx(bytes, &options).map_err(|e| {
        let err = js_sys::Error::new(&format!("thethuc: {}", e.message(options.lang)));
        let _ = js_sys::Reflect::set(&err, &"code".into(), &e.code().into());
        JsValue::from(err)
    })?;
    let value = to_js(&result.report.to_js(&result.text))?;
    let notices: Vec<JsNotice> = result
        .notices
        .iter()
        .map(|n| JsNotice {
            code: n.code,
            count: n.count,
            message: n.message(options.lang),
        })
        .collect();
    js_sys::Reflect::set(&value, &"text".into(), &result.text.as_str().into())?;
    js_sys::Reflect::set(&value, &"notices".into(), &to_js(&notices)?)?;
    Ok(value.unchecked_into())
}

/// Every rule with its code, name, severity, fix availability, summary and docs.
#[wasm_bindgen(js_name = rules)]
pub fn rules(lang: Option<JsLang>) -> Result<JsRuleList, JsValue> {
    install_panic_hook();
    let lang: Lang = match lang.map(JsValue::from) {
        Some(v) if !v.is_undefined() && !v.is_null() => serde_wasm_bindgen::from_value(v)
            .map_err(|e| error(format!("thethuc: invalid lang: {e}")))?,
        _ => Lang::Vi,
    };
    Ok(to_js(&crate::rules(lang))?.unchecked_into())
}

/// The package version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    crate::VERSION.to_string()
}
