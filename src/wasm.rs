//! The JavaScript binding: the only file that uses wasm-bindgen. It converts and nothing
//! else — options in by reading the JS object's own keys, results out as one JSON string
//! handed to `JSON.parse` (plain objects, no handles to free), every failure out as a real
//! JS `Error`. The TypeScript declarations below name every field.

use wasm_bindgen::prelude::*;

use crate::json::{JsonWriter, ToJson};
use crate::options::{Lang, Mode, Options, RawOptions, RuleLevel, RuleSetting};

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

/// JSON written by the core → a plain JS value.
fn parse(json: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(json)
}

fn invalid(message: impl std::fmt::Display) -> JsValue {
    error(format!("thethuc: invalid options: {message}"))
}

/// An optional string member: absent, `undefined` and `null` read as unset.
fn string_member(object: &JsValue, key: &str) -> Result<Option<String>, JsValue> {
    let value = js_sys::Reflect::get(object, &JsValue::from_str(key))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value
        .as_string()
        .map(Some)
        .ok_or_else(|| invalid(format!("{key}: expected a string")))
}

/// A value that must be one of a few names: `Some(parsed)`, or an error naming the value
/// and what was expected (`mode: unknown value `drafty` (expected "draft" or "final")`).
fn one_of<T>(
    value: &JsValue,
    what: &str,
    expected: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<T, String> {
    match value.as_string() {
        Some(s) => {
            parse(&s).ok_or_else(|| format!("{what}: unknown value `{s}` (expected {expected})"))
        }
        None => Err(format!("{what}: expected {expected}")),
    }
}

/// A member read with `one_of`; absent, `undefined` and `null` read as unset.
fn member_one_of<T>(
    object: &JsValue,
    key: &str,
    expected: &str,
    parse: fn(&str) -> Option<T>,
) -> Result<Option<T>, JsValue> {
    let value = js_sys::Reflect::get(object, &JsValue::from_str(key))?;
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    one_of(&value, key, expected, parse)
        .map(Some)
        .map_err(invalid)
}

const MODES: &str = "\"draft\" or \"final\"";
const LANGS: &str = "\"vi\" or \"en\"";

fn options_from(value: JsValue) -> Result<Options, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    let object: &js_sys::Object = value
        .dyn_ref()
        .filter(|_| !js_sys::Array::is_array(&value))
        .ok_or_else(|| invalid("expected an object"))?;
    // Only the known keys are read, so a misspelt one (`mdoe`) would pass silently:
    // reject unknown keys first.
    for key in js_sys::Object::keys(object).iter() {
        let key = key.as_string().unwrap_or_default();
        if !RawOptions::FIELDS.contains(&key.as_str()) {
            return Err(invalid(format!(
                "unknown option '{key}' (expected one of: {})",
                RawOptions::FIELDS.join(", ")
            )));
        }
    }
    let rules_value = js_sys::Reflect::get(&value, &JsValue::from_str("rules"))?;
    let rules = if rules_value.is_undefined() || rules_value.is_null() {
        None
    } else {
        let map: &js_sys::Object = rules_value
            .dyn_ref()
            .filter(|_| !js_sys::Array::is_array(&rules_value))
            .ok_or_else(|| invalid("rules: expected an object"))?;
        let mut rules = std::collections::BTreeMap::new();
        for entry in js_sys::Object::entries(map).iter() {
            let pair: js_sys::Array = entry.unchecked_into();
            let key = pair.get(0).as_string().unwrap_or_default();
            let setting = pair.get(1);
            let parsed = match setting.as_bool() {
                Some(b) => RuleSetting::Enabled(b),
                None => RuleSetting::Level(
                    one_of(
                        &setting,
                        &format!("rules.{key}"),
                        RuleLevel::NAMES,
                        RuleLevel::parse,
                    )
                    .map_err(invalid)?,
                ),
            };
            rules.insert(key, parsed);
        }
        Some(rules)
    };
    let raw = RawOptions {
        mode: member_one_of(&value, "mode", MODES, Mode::parse)?,
        doc_type: string_member(&value, "type")?,
        today: string_member(&value, "today")?,
        lang: member_one_of(&value, "lang", LANGS, Lang::parse)?,
        rules,
    };
    Options::try_from(raw).map_err(invalid)
}

/// Check a draft. Offsets in the report are UTF-16 code units: `text.slice(start, end)`.
#[wasm_bindgen(js_name = check)]
pub fn check(text: &str, options: Option<JsOptions>) -> Result<JsReportValue, JsValue> {
    install_panic_hook();
    let options = options_from(options.map(JsValue::from).unwrap_or(JsValue::UNDEFINED))?;
    let report = crate::check(text, &options);
    Ok(parse(&report.to_js(text).to_json())?.unchecked_into())
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
    let mut w = JsonWriter::new();
    w.begin_object();
    result.write_members(&mut w, options.lang);
    w.end_object();
    Ok(parse(&w.finish())?.unchecked_into())
}

/// Every rule with its code, name, severity, fix availability, summary and docs.
#[wasm_bindgen(js_name = rules)]
pub fn rules(lang: Option<JsLang>) -> Result<JsRuleList, JsValue> {
    install_panic_hook();
    let lang = match lang.map(JsValue::from) {
        Some(v) if !v.is_undefined() && !v.is_null() => one_of(&v, "lang", LANGS, Lang::parse)
            .map_err(|e| error(format!("thethuc: invalid {e}")))?,
        _ => Lang::Vi,
    };
    Ok(parse(&crate::rules(lang).to_json())?.unchecked_into())
}

/// The package version.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    crate::VERSION.to_string()
}
