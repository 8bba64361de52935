//! The JavaScript API as JavaScript sees it: `check`, `checkDocx`, `rules` and `version` called through
//! the glue that wasm-bindgen generates, in Node (default) or Chromium
//! (`WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=/usr/bin/chromedriver`).
//!
//! Run with
//! `cargo test --locked --target wasm32-unknown-unknown --no-default-features --test wasm`.
//!
//! How the exports are reached: the binding (`src/wasm.rs`) is a private module, so Rust
//! cannot call it by path. It is linked into this test module all the same, and the test
//! runner's glue (`wasm-bindgen-test.js`, two directories above the inline snippet below)
//! exports `check`, `rules` and `version` exactly as `pkg/thethuc_wasm.js` (the glue behind `pkg/index.js`) does. The snippet
//! imports that glue once (`load()`), then forwards calls to it, so every call below goes
//! through the real JS boundary: string encoding, option deserialisation, thrown `Error`s,
//! plain-object results.
#![cfg(target_arch = "wasm32")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

// Link the library (and with it the wasm-bindgen exports) into the test module.
extern crate thethuc;

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use js_sys::{Array, JsString, Object, Reflect};
use serde_json::{json, Value};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

#[wasm_bindgen(inline_js = r#"
let api;
export function load() {
  if (api) return Promise.resolve();
  // Node runs the CommonJS glue (`require('./wasm-bindgen-test.js')`); the browser runner
  // imports it as `./wasm-bindgen-test` (no extension), and a different specifier would
  // load a second, uninitialised copy of the module.
  const url = globalThis.process?.versions?.node
    ? '../../wasm-bindgen-test.js'
    : '../../wasm-bindgen-test';
  return import(url).then(m => {
    const glue = m.default && typeof m.default.version === 'function' ? m.default : m;
    if (typeof glue.check !== 'function' || typeof glue.version !== 'function') {
      throw new Error('thethuc exports not found in the wasm-bindgen test glue: ' + Object.keys(glue));
    }
    glue.version(); // throws if this copy of the glue was never initialised
    api = glue;
  });
}
export function check(...args) { return api.check(...args); }
export function checkDocx(...args) { return api.checkDocx(...args); }
export function rules(...args) { return api.rules(...args); }
export function version() { return api.version(); }
export function string_with_lone_surrogate(prefix, suffix) { return prefix + '\uD800' + suffix; }
"#)]
extern "C" {
    fn load() -> js_sys::Promise;
    /// `check(text, options)`.
    #[wasm_bindgen(catch)]
    fn check(text: &str, options: &JsValue) -> Result<JsValue, JsValue>;
    /// `check(text)`: no second argument at all.
    #[wasm_bindgen(catch, js_name = check)]
    fn check_text(text: &str) -> Result<JsValue, JsValue>;
    /// `check(text, options)` with a JS string that need not be valid UTF-16.
    #[wasm_bindgen(catch, js_name = check)]
    fn check_js(text: &JsString, options: &JsValue) -> Result<JsValue, JsValue>;
    /// `checkDocx(bytes, options)`.
    #[wasm_bindgen(catch, js_name = checkDocx)]
    fn check_docx(bytes: &[u8], options: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    fn rules(lang: &JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = rules)]
    fn rules_default() -> Result<JsValue, JsValue>;
    fn version() -> String;
    fn string_with_lone_surrogate(prefix: &str, suffix: &str) -> JsString;
}

// ---------------------------------------------------------------------------------------
// A minimal Promise → Future (wasm-bindgen-futures is not a dependency of this crate).

#[derive(Default)]
struct Settled {
    result: Option<Result<JsValue, JsValue>>,
    waker: Option<Waker>,
}

type Callback = Closure<dyn FnMut(JsValue)>;

struct PromiseFuture {
    settled: Rc<RefCell<Settled>>,
    _callbacks: (Callback, Callback),
}

fn settle(settled: &Rc<RefCell<Settled>>, ok: bool) -> Callback {
    let settled = settled.clone();
    Closure::new(move |v: JsValue| {
        let mut s = settled.borrow_mut();
        s.result = Some(if ok { Ok(v) } else { Err(v) });
        if let Some(w) = s.waker.take() {
            w.wake();
        }
    })
}

impl PromiseFuture {
    fn new(promise: js_sys::Promise) -> Self {
        let settled = Rc::new(RefCell::new(Settled::default()));
        let callbacks = (settle(&settled, true), settle(&settled, false));
        let _ = promise.then2(&callbacks.0, &callbacks.1);
        Self {
            settled,
            _callbacks: callbacks,
        }
    }
}

impl Future for PromiseFuture {
    type Output = Result<JsValue, JsValue>;
    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let mut s = self.settled.borrow_mut();
        match s.result.take() {
            Some(r) => Poll::Ready(r),
            None => {
                s.waker = Some(cx.waker().clone());
                Poll::Pending
            }
        }
    }
}

async fn ready() {
    if let Err(e) = PromiseFuture::new(load()).await {
        panic!("cannot reach the thethuc exports: {e:?}");
    }
}

// ---------------------------------------------------------------------------------------
// Helpers.

fn js(value: Value) -> JsValue {
    js_sys::JSON::parse(&value.to_string()).unwrap()
}

fn to_json(value: &JsValue) -> Value {
    let json = js_sys::JSON::stringify(value).unwrap().as_string().unwrap();
    serde_json::from_str(&json).unwrap()
}

fn get(obj: &JsValue, key: &str) -> JsValue {
    Reflect::get(obj, &JsValue::from_str(key)).unwrap()
}

fn keys(obj: &JsValue) -> Vec<String> {
    let mut k: Vec<String> = Object::keys(obj.unchecked_ref::<Object>())
        .iter()
        .map(|k| k.as_string().unwrap())
        .collect();
    k.sort();
    k
}

fn sorted(list: &[&str]) -> Vec<String> {
    let mut v: Vec<String> = list.iter().map(|s| s.to_string()).collect();
    v.sort();
    v
}

fn is_plain_object(v: &JsValue) -> bool {
    v.is_object()
        && !Array::is_array(v)
        && JsValue::from(Object::get_prototype_of(v))
            == JsValue::from(Object::get_prototype_of(&Object::new().into()))
}

/// `text.slice(start, end)` in JavaScript.
fn js_slice(text: &JsString, start: u64, end: u64) -> String {
    String::from(text.slice(start as u32, end as u32))
}

fn num(v: &Value, key: &str) -> u64 {
    v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} is not a non-negative integer in {v}"))
}

/// 1-based line and UTF-16 column of a UTF-16 offset; lines end at `\n`, `\r\n`, `\r`.
fn line_col(units: &[u16], offset: usize) -> (usize, usize) {
    let (mut line, mut line_start, mut i) = (1, 0, 0);
    while i < offset {
        let u = units[i];
        if u == u16::from(b'\n')
            || (u == u16::from(b'\r') && units.get(i + 1) != Some(&u16::from(b'\n')))
        {
            line += 1;
            line_start = i + 1;
        }
        i += 1;
    }
    (line, offset - line_start + 1)
}

fn is_low_surrogate(u: u16) -> bool {
    (0xDC00..0xE000).contains(&u)
}

/// Every range of a report is inside the text, does not split a surrogate pair, and its
/// line/column agree with the offset.
fn assert_ranges_sound(text: &JsString, report: &Value) {
    let units: Vec<u16> = text.iter().collect();
    let len = units.len() as u64;
    let check_offset = |o: u64, what: &str| {
        assert!(o <= len, "{what}: offset {o} past the end ({len})");
        if o > 0 && o < len {
            assert!(
                !is_low_surrogate(units[o as usize])
                    || !(0xD800..0xDC00).contains(&units[o as usize - 1]),
                "{what}: offset {o} splits a surrogate pair"
            );
        }
    };
    for d in report["diagnostics"].as_array().unwrap() {
        let (s, e) = (num(d, "start"), num(d, "end"));
        assert!(s <= e, "diagnostic start > end: {d}");
        check_offset(s, "diagnostic start");
        check_offset(e, "diagnostic end");
        assert_eq!(
            line_col(&units, s as usize),
            (num(d, "line") as usize, num(d, "column") as usize),
            "start line/column of {d}"
        );
        assert_eq!(
            line_col(&units, e as usize),
            (num(d, "endLine") as usize, num(d, "endColumn") as usize),
            "end line/column of {d}"
        );
        if let Some(fix) = d.get("fix") {
            for edit in fix["edits"].as_array().unwrap() {
                let (s, e) = (num(edit, "start"), num(edit, "end"));
                assert!(s <= e);
                check_offset(s, "edit start");
                check_offset(e, "edit end");
            }
        }
    }
    for c in report["components"].as_array().unwrap() {
        let (s, e) = (num(c, "start"), num(c, "end"));
        assert!(s <= e, "component start > end: {c}");
        check_offset(s, "component start");
        check_offset(e, "component end");
        assert_eq!(
            line_col(&units, s as usize).0,
            num(c, "line") as usize,
            "line of {c}"
        );
        assert_eq!(
            line_col(&units, e as usize).0,
            num(c, "endLine") as usize,
            "endLine of {c}"
        );
        for p in c["parts"].as_array().unwrap() {
            let (ps, pe) = (num(p, "start"), num(p, "end"));
            assert!(
                s <= ps && ps <= pe && pe <= e,
                "part {p} outside its component {c}"
            );
            check_offset(ps, "part start");
            check_offset(pe, "part end");
        }
    }
}

/// The wasm report equals the core's (`Report::to_js`, serialised by serde_json), and every
/// JS slice is the text the core's byte range names.
fn assert_matches_core(text: &str, report_js: &JsValue) {
    let report = to_json(report_js);
    let core = thethuc::check(text, &thethuc::Options::default());
    let core_json: Value =
        serde_json::from_str(&thethuc::json::ToJson::to_json(&core.to_js(text))).unwrap();
    assert_eq!(report, core_json);
    let jtext = JsString::from(text);
    let diags = report["diagnostics"].as_array().unwrap();
    assert_eq!(diags.len(), core.diagnostics.len());
    for (d, cd) in diags.iter().zip(&core.diagnostics) {
        assert_eq!(
            js_slice(&jtext, num(d, "start"), num(d, "end")),
            &text[cd.range.start..cd.range.end],
            "{d}"
        );
    }
    let comps = report["components"].as_array().unwrap();
    assert_eq!(comps.len(), core.components.len());
    for (c, cc) in comps.iter().zip(&core.components) {
        for (p, cp) in c["parts"].as_array().unwrap().iter().zip(&cc.parts) {
            assert_eq!(
                js_slice(&jtext, num(p, "start"), num(p, "end")),
                &text[cp.range.start..cp.range.end],
                "{p}"
            );
        }
    }
    assert_ranges_sound(&jtext, &report);
}

fn diagnostic<'a>(report: &'a Value, code: &str) -> &'a Value {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no {code} in {report}"))
}

// ---------------------------------------------------------------------------------------
// Texts.

/// A notice draft: complete except the national title and motto; blank number and day.
/// An emoji and a tab stand before flagged text; the flag before the place is two
/// surrogate pairs.
const DRAFT: &str = "😀 ỦY BAN NHÂN DÂN\n\
\tTỈNH LẠNG SƠN\n\
Số:\t  /TB-UBND\n\
🇻🇳 Lạng Sơn, ngày    tháng 8 năm 2020\n\
THÔNG BÁO\n\
Kết luận phiên họp UBND tỉnh thường kỳ tháng 7 năm 2020\n\
Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp 😀 thường kỳ.\n\
Nơi nhận:\n\
- Các sở, ban, ngành;\n\
- Lưu: VT.\n\
TL. CHỦ TỊCH\n\
CHÁNH VĂN PHÒNG\n\
Nguyễn Văn An\n";

/// A complete, well-formed notice: no findings at all.
const COMPLETE: &str = "ỦY BAN NHÂN DÂN\n\
TỈNH LẠNG SƠN\n\
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
Độc lập - Tự do - Hạnh phúc\n\
Số: 125/TB-UBND\n\
Lạng Sơn, ngày 03 tháng 8 năm 2020\n\
THÔNG BÁO\n\
Kết luận phiên họp UBND tỉnh thường kỳ tháng 7 năm 2020\n\
Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp thường kỳ tháng 7 năm 2020.\n\
UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.\n\
Nơi nhận:\n\
- Các sở, ban, ngành;\n\
- Lưu: VT.\n\
TL. CHỦ TỊCH\n\
CHÁNH VĂN PHÒNG\n\
Nguyễn Văn An\n";

fn nfd(text: &str) -> String {
    let s = JsString::from(text).normalize("NFD");
    String::from(s)
}

/// The draft as NFC, NFD, NFD with CRLF, and with bare CR line ends.
fn variants() -> Vec<(&'static str, String)> {
    let decomposed = nfd(DRAFT);
    assert_ne!(decomposed, DRAFT, "NFD must differ from NFC");
    assert!(
        decomposed.contains("o\u{302}\u{301}"),
        "NFD of 'ố' is o + circumflex + acute"
    );
    vec![
        ("nfc", DRAFT.to_string()),
        ("nfd", decomposed.clone()),
        ("nfd-crlf", decomposed.replace('\n', "\r\n")),
        ("cr", DRAFT.replace('\n', "\r")),
    ]
}

// ---------------------------------------------------------------------------------------
// Tests.

#[wasm_bindgen_test]
async fn version_is_the_package_version() {
    ready().await;
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    assert_eq!(thethuc::VERSION, env!("CARGO_PKG_VERSION"));
    let report = check_text("").unwrap();
    assert_eq!(
        get(&report, "version").as_string().unwrap(),
        env!("CARGO_PKG_VERSION")
    );
}

#[wasm_bindgen_test]
async fn report_is_a_plain_object_with_every_field() {
    ready().await;
    let report = check(DRAFT, &JsValue::UNDEFINED).unwrap();
    assert!(is_plain_object(&report), "report is not a plain object");
    assert_eq!(
        keys(&report),
        sorted(&[
            "version",
            "rulesetVersion",
            "documentType",
            "typeDetected",
            "outOfScope",
            "mode",
            "components",
            "diagnostics",
            "notEvaluated"
        ])
    );
    assert!(Array::is_array(&get(&report, "notEvaluated")));
    assert!(get(&report, "version").is_string());
    assert!(get(&report, "rulesetVersion").is_string());
    assert_eq!(
        get(&report, "documentType").as_string().unwrap(),
        "thong-bao"
    );
    assert_eq!(get(&report, "typeDetected").as_bool(), Some(true));
    assert_eq!(get(&report, "outOfScope").as_bool(), Some(false));
    assert_eq!(get(&report, "mode").as_string().unwrap(), "draft");

    let diagnostics = get(&report, "diagnostics");
    assert!(Array::is_array(&diagnostics));
    let diagnostics: Array = diagnostics.unchecked_into();
    assert!(
        diagnostics.length() >= 4,
        "expected TT101, TT102, TT112, TT113"
    );
    let required = [
        "code",
        "name",
        "component",
        "severity",
        "message",
        "start",
        "end",
        "line",
        "column",
        "endLine",
        "endColumn",
    ];
    for d in diagnostics.iter() {
        assert!(is_plain_object(&d), "diagnostic is not a plain object");
        let k = keys(&d);
        for f in required {
            assert!(k.contains(&f.to_string()), "diagnostic lacks {f}: {k:?}");
        }
        for f in &k {
            assert!(
                required.contains(&f.as_str()) || f == "fix",
                "unexpected diagnostic field {f}"
            );
        }
        for f in ["code", "name", "component", "severity", "message"] {
            assert!(get(&d, f).is_string(), "{f} is not a string");
        }
        for f in ["start", "end", "line", "column", "endLine", "endColumn"] {
            let v = get(&d, f)
                .as_f64()
                .unwrap_or_else(|| panic!("{f} is not a number"));
            assert!(v >= 0.0 && v.fract() == 0.0, "{f} = {v}");
        }
        assert!(["error", "warning", "info"]
            .contains(&get(&d, "severity").as_string().unwrap().as_str()));
        let fix = get(&d, "fix");
        if !fix.is_undefined() {
            assert!(is_plain_object(&fix));
            assert_eq!(keys(&fix), sorted(&["title", "applicability", "edits"]));
            for e in Array::from(&get(&fix, "edits")).iter() {
                assert_eq!(keys(&e), sorted(&["start", "end", "newText"]));
            }
        }
    }

    let components: Array = get(&report, "components").unchecked_into();
    assert!(components.length() >= 8);
    for c in components.iter() {
        assert!(is_plain_object(&c));
        assert_eq!(
            keys(&c),
            sorted(&["kind", "start", "end", "line", "endLine", "parts"])
        );
        let parts = get(&c, "parts");
        assert!(Array::is_array(&parts));
        for p in Array::from(&parts).iter() {
            let k = keys(&p);
            assert!(
                k == sorted(&["start", "end"]) || k == sorted(&["start", "end", "role"]),
                "{k:?}"
            );
        }
    }

    // The same object as the core's report (and so as the CLI's JSON).
    assert_matches_core(DRAFT, &report);
    // Absent, undefined, null and {} options are all the defaults.
    let expected = to_json(&report);
    assert_eq!(to_json(&check_text(DRAFT).unwrap()), expected);
    assert_eq!(to_json(&check(DRAFT, &JsValue::NULL).unwrap()), expected);
    assert_eq!(to_json(&check(DRAFT, &js(json!({}))).unwrap()), expected);
}

#[wasm_bindgen_test]
async fn slices_give_the_flagged_text_in_every_encoding_and_line_ending() {
    ready().await;
    for (name, text) in variants() {
        let report_js =
            check(&text, &JsValue::UNDEFINED).unwrap_or_else(|e| panic!("{name}: threw {e:?}"));
        assert_matches_core(&text, &report_js);
        let report = to_json(&report_js);
        let jtext = JsString::from(text.as_str());
        let slice = |d: &Value| js_slice(&jtext, num(d, "start"), num(d, "end"));
        let first_line = nfd_if(name, "😀 ỦY BAN NHÂN DÂN");

        // Missing national title and motto: the first line of the document.
        for code in ["TT101", "TT102"] {
            let d = diagnostic(&report, code);
            assert_eq!(slice(d), first_line, "{name} {code}");
            assert_eq!((num(d, "line"), num(d, "column")), (1, 1), "{name} {code}");
            assert_eq!(d["severity"], "error", "{name} {code}");
        }

        // Blank number: exactly the blank between `Số:` and `/TB-UBND`, after a tab.
        let d = diagnostic(&report, "TT112");
        assert_eq!(slice(d), "\t  ", "{name} TT112");
        assert_eq!(d["severity"], "info", "{name}: draft mode");
        assert_eq!(num(d, "line"), 3, "{name} TT112");
        let so = JsString::from(nfd_if(name, "Số:").as_str()).length() as u64;
        assert_eq!(num(d, "column"), so + 1, "{name} TT112 column");
        assert_eq!(
            (num(d, "endLine"), num(d, "endColumn")),
            (3, so + 4),
            "{name} TT112 end"
        );

        // Blank day: the four spaces after `ngày`, after two surrogate pairs.
        let d = diagnostic(&report, "TT113");
        assert_eq!(slice(d), "    ", "{name} TT113");
        assert_eq!(num(d, "line"), 4, "{name} TT113");
        let before = JsString::from(nfd_if(name, "🇻🇳 Lạng Sơn, ngày").as_str()).length() as u64;
        assert_eq!(num(d, "column"), before + 1, "{name} TT113 column");

        // Components: the signature block's name and the recipients line, on their lines.
        let comps = report["components"].as_array().unwrap();
        let chu_ky = comps
            .iter()
            .find(|c| c["kind"] == "chu-ky")
            .unwrap_or_else(|| panic!("{name}: no chu-ky"));
        let parts = chu_ky["parts"].as_array().unwrap();
        let ho_ten = parts.iter().find(|p| p["role"] == "ho-ten").unwrap();
        assert_eq!(
            js_slice(&jtext, num(ho_ten, "start"), num(ho_ten, "end")),
            nfd_if(name, "Nguyễn Văn An"),
            "{name}"
        );
        assert_eq!(num(chu_ky, "endLine"), 13, "{name}");
        let co_quan = comps
            .iter()
            .find(|c| c["kind"] == "co-quan-ban-hanh")
            .unwrap();
        let p1 = &co_quan["parts"][1];
        assert_eq!(
            js_slice(&jtext, num(p1, "start"), num(p1, "end")),
            nfd_if(name, "TỈNH LẠNG SƠN"),
            "{name}"
        );
    }
}

fn nfd_if(variant: &str, s: &str) -> String {
    if variant.starts_with("nfd") {
        nfd(s)
    } else {
        s.to_string()
    }
}

#[wasm_bindgen_test]
async fn lone_surrogates_keep_offsets_aligned() {
    ready().await;
    // JS strings need not be valid UTF-16; the binding sees U+FFFD (one unit, like the lone
    // surrogate), so offsets still index the caller's string.
    let prefix = "Ghi chú ";
    let text = string_with_lone_surrogate(prefix, &DRAFT.replacen("😀 ", "", 1));
    assert_eq!(
        text.length() as usize,
        JsString::from(prefix).length() as usize + 1 + JsString::from(DRAFT).length() as usize - 3
    );
    let report = to_json(&check_js(&text, &JsValue::UNDEFINED).unwrap());
    assert_ranges_sound(&text, &report);
    let d = diagnostic(&report, "TT112");
    assert_eq!(js_slice(&text, num(d, "start"), num(d, "end")), "\t  ");
    let d = diagnostic(&report, "TT113");
    assert_eq!(js_slice(&text, num(d, "start"), num(d, "end")), "    ");
}

#[wasm_bindgen_test]
async fn complete_notice_has_no_findings() {
    ready().await;
    let report = to_json(&check(COMPLETE, &JsValue::UNDEFINED).unwrap());
    assert_eq!(report["documentType"], "thong-bao");
    assert_eq!(report["diagnostics"], json!([]), "{report}");
    let kinds: Vec<&str> = report["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["kind"].as_str().unwrap())
        .collect();
    for k in [
        "co-quan-ban-hanh",
        "quoc-hieu",
        "tieu-ngu",
        "so-ky-hieu",
        "dia-danh-thoi-gian",
        "ten-loai",
        "trich-yeu",
        "noi-dung",
        "noi-nhan",
        "chu-ky",
    ] {
        assert!(kinds.contains(&k), "{k} not found: {kinds:?}");
    }
    assert_matches_core(COMPLETE, &js(report));
}

#[wasm_bindgen_test]
async fn options_are_applied() {
    ready().await;
    let final_ = to_json(&check(DRAFT, &js(json!({"mode": "final"}))).unwrap());
    assert_eq!(final_["mode"], "final");
    assert_eq!(diagnostic(&final_, "TT112")["severity"], "error");
    assert_eq!(diagnostic(&final_, "TT113")["severity"], "error");

    let en = to_json(&check(DRAFT, &js(json!({"lang": "en"}))).unwrap());
    let vi = to_json(&check(DRAFT, &JsValue::UNDEFINED).unwrap());
    assert!(
        diagnostic(&en, "TT101")["message"]
            .as_str()
            .unwrap()
            .starts_with("Missing"),
        "{en}"
    );
    assert!(
        diagnostic(&vi, "TT101")["message"]
            .as_str()
            .unwrap()
            .starts_with("Thiếu"),
        "{vi}"
    );

    let off = to_json(
        &check(
            DRAFT,
            &js(json!({"rules": {"TT112": "off", "chua-dien-ngay": false}})),
        )
        .unwrap(),
    );
    let codes: Vec<&str> = off["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(
        !codes.contains(&"TT112") && !codes.contains(&"TT113"),
        "{codes:?}"
    );
    assert!(codes.contains(&"TT101"));

    let warn = to_json(
        &check(
            DRAFT,
            &js(json!({"rules": {"chua-dien-so": "warning", "TT101": "info"}})),
        )
        .unwrap(),
    );
    assert_eq!(diagnostic(&warn, "TT112")["severity"], "warning");
    assert_eq!(diagnostic(&warn, "TT101")["severity"], "info");

    let typed = to_json(
        &check(
            DRAFT,
            &js(json!({"type": "thong-bao", "today": "2020-08-03"})),
        )
        .unwrap(),
    );
    assert_eq!(typed["documentType"], "thong-bao");
    assert_eq!(typed["typeDetected"], false);
    let auto = to_json(&check(DRAFT, &js(json!({"type": "auto"}))).unwrap());
    assert_eq!(auto["typeDetected"], true);
}

#[wasm_bindgen_test]
async fn invalid_options_throw_errors_without_poisoning() {
    ready().await;
    let before = to_json(&check(DRAFT, &JsValue::UNDEFINED).unwrap());
    let bad = [
        json!({"mode": "bogus"}),
        json!({"today": "2026-13-45"}),
        json!({"today": "03/08/2020"}),
        json!({"type": "nope"}),
        json!({"rules": {"ZZ999": "off"}}),
        json!({"rules": {"TT101": "loud"}}),
        json!({"lang": "fr"}),
        json!(42),
        json!("draft"),
    ];
    for options in bad {
        let err = match check(DRAFT, &js(options.clone())) {
            Ok(r) => panic!("{options} accepted: {r:?}"),
            Err(e) => e,
        };
        assert!(
            err.is_instance_of::<js_sys::Error>(),
            "{options}: thrown value is not an Error: {err:?}"
        );
        let message = String::from(err.unchecked_ref::<js_sys::Error>().message());
        assert!(message.contains("invalid options"), "{options}: {message}");
        // The instance still works, and gives the same answer as before.
        assert_eq!(
            to_json(&check(DRAFT, &JsValue::UNDEFINED).unwrap()),
            before,
            "after {options}"
        );
    }
    // The messages name what is wrong.
    let msg = |o: Value| {
        String::from(
            check(DRAFT, &js(o))
                .unwrap_err()
                .unchecked_ref::<js_sys::Error>()
                .message(),
        )
    };
    assert!(msg(json!({"type": "nope"})).contains("nope"));
    assert!(msg(json!({"today": "2026-13-45"})).contains("2026-13-45"));
    assert!(msg(json!({"rules": {"ZZ999": "off"}})).contains("ZZ999"));
    assert!(msg(json!({"mode": "drafty"})).contains("`drafty`"));
    assert!(msg(json!({"lang": "fr"})).contains("`fr`"));
    assert!(msg(json!({"rules": {"TT101": "loud"}})).contains("`loud`"));
    assert!(msg(json!({"mode": 1})).contains("mode"));
    assert!(msg(json!({"today": 20261128})).contains("today"));
    assert!(msg(json!({"rules": ["TT101"]})).contains("rules: expected an object"));
    assert!(msg(json!(["draft"])).contains("expected an object"));

    let err = rules(&JsValue::from_str("fr")).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(
        rules(&JsValue::UNDEFINED)
            .unwrap()
            .unchecked_into::<Array>()
            .length() as usize,
        thethuc::rules(thethuc::Lang::Vi).len()
    );
}

/// The binding reads the options object by asking for each known key only, so it must
/// reject unknown keys itself, or `check(text, {mdoe: "final"})` would silently check in
/// draft mode.
#[wasm_bindgen_test]
async fn unknown_option_keys_throw() {
    ready().await;
    for options in [json!({"bogus": 1}), json!({"mdoe": "final"})] {
        let err = check(DRAFT, &js(options.clone())).expect_err(&options.to_string());
        assert!(err.is_instance_of::<js_sys::Error>());
    }
}

#[wasm_bindgen_test]
async fn rules_lists_every_rule_without_docs() {
    ready().await;
    let vi = rules_default().unwrap();
    assert!(Array::is_array(&vi));
    let vi = to_json(&vi);
    let list = vi.as_array().unwrap();
    assert!(list.len() >= 14, "{} rules", list.len());
    let mut codes = std::collections::BTreeSet::new();
    for r in list {
        for f in [
            "code",
            "name",
            "component",
            "severity",
            "fix",
            "summary",
            "spec",
        ] {
            assert!(
                r[f].as_str().is_some_and(|s| !s.is_empty()),
                "rule field {f} missing or empty: {r}"
            );
        }
        // Built without the `docs` feature: the docs are the package's rule-docs.js.
        assert!(r.get("docs").is_none(), "docs in the wasm: {r}");
        assert!(
            codes.insert(r["code"].as_str().unwrap().to_string()),
            "duplicate {r}"
        );
    }
    assert_eq!(to_json(&rules(&JsValue::NULL).unwrap()), vi);
    assert_eq!(to_json(&rules(&JsValue::from_str("vi")).unwrap()), vi);
    let en = to_json(&rules(&JsValue::from_str("en")).unwrap());
    let en = en.as_array().unwrap();
    assert_eq!(en.len(), list.len());
    for (a, b) in en.iter().zip(list) {
        assert_eq!(a["code"], b["code"]);
    }
    assert!(
        en.iter()
            .zip(list)
            .any(|(a, b)| a["summary"] != b["summary"]),
        "English summaries"
    );
}

#[wasm_bindgen_test]
async fn empty_and_huge_junk_texts_give_reports() {
    ready().await;
    for text in ["", "\n", "\r\n\r\n", " ", "\u{feff}", "\0"] {
        let report = check(text, &JsValue::UNDEFINED).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
        assert!(is_plain_object(&report));
        assert_matches_core(text, &report);
    }

    // ~1 MB of junk made of the pieces the segmenter looks for, deterministic.
    let pieces = [
        "Số:",
        " ",
        "\t",
        "\n",
        "\r\n",
        "\r",
        "/TB-UBND",
        "ngày",
        "tháng",
        "năm",
        "😀",
        "🇻🇳",
        "o\u{302}\u{301}",
        "CỘNG HÒA",
        "Độc lập",
        "Nơi nhận:",
        "- ",
        "TM.",
        "KT.",
        "CHỦ TỊCH",
        "|",
        "---",
        "\u{c}",
        "ĐẢNG",
        "a",
        "1",
        "2020",
        "Kính gửi:",
        "V/v",
        "\u{0}",
        "\u{feff}",
    ];
    let mut state: u32 = 0x1234_5678;
    let mut junk = String::with_capacity(1 << 20);
    while junk.len() < 1 << 20 {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        junk.push_str(pieces[state as usize % pieces.len()]);
    }
    let report = check(&junk, &JsValue::UNDEFINED).unwrap_or_else(|e| panic!("junk: {e:?}"));
    assert!(is_plain_object(&report));
    let json = to_json(&report);
    assert!(json["diagnostics"].is_array());
    assert_ranges_sound(&JsString::from(junk.as_str()), &json);

    // The instance survives.
    assert_matches_core(DRAFT, &check(DRAFT, &JsValue::UNDEFINED).unwrap());
}

// ---------------------------------------------------------------------------------------
// `.docx` input: the reader runs inside the wasm (inflate, XML, styles) as natively.

const SEED_DOCX: &[u8] = include_bytes!("docx/seed-like.docx");
const FAULTY_DOCX: &[u8] = include_bytes!("fixtures/TT601_kho-giay/invalid-letter.docx");

#[wasm_bindgen_test]
async fn check_docx_reads_text_and_formatting_inside_the_wasm() {
    ready().await;
    let r = check_docx(SEED_DOCX, &JsValue::UNDEFINED).unwrap();
    assert!(is_plain_object(&r));
    let v = to_json(&r);
    let text = v["text"].as_str().unwrap();
    assert!(
        text.starts_with("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    );
    assert_eq!(v["documentType"], "thong-bao");
    // No error or warning (the sample body may draw an `info`).
    let serious: Vec<&serde_json::Value> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .collect();
    assert!(serious.is_empty(), "{serious:?}");
    assert_eq!(v["notices"], json!([]));
    // The native reader gives the same report.
    let native = thethuc::check_docx(SEED_DOCX, &thethuc::Options::default()).unwrap();
    assert_eq!(text, native.text);

    let v = to_json(&check_docx(FAULTY_DOCX, &js(json!({"lang": "en"}))).unwrap());
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "TT601");
    assert!(d["message"].as_str().unwrap().contains("Letter"));
    assert_eq!(d["fix"]["applicability"], "display-only");
    assert_eq!(d["fix"]["edits"], json!([]));
}

#[wasm_bindgen_test]
async fn check_docx_throws_errors_with_a_code() {
    ready().await;
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    for (bytes, code) in [
        (ole.as_slice(), "legacy-doc"),
        (&SEED_DOCX[..SEED_DOCX.len() / 2], "corrupt"),
        (b"%PDF-1.4".as_slice(), "pdf"),
    ] {
        let err = check_docx(bytes, &JsValue::UNDEFINED).unwrap_err();
        assert!(err.is_instance_of::<js_sys::Error>());
        assert_eq!(get(&err, "code").as_string().unwrap(), code);
        let message = String::from(err.unchecked_ref::<js_sys::Error>().message());
        assert!(message.contains(".docx"), "{message}");
    }
    // The instance still works afterwards.
    assert!(check_docx(SEED_DOCX, &JsValue::UNDEFINED).is_ok());
}
