//! # thethuc
//!
//! Kiểm tra thể thức văn bản hành chính theo Nghị định 30/2020/NĐ-CP — a checker for the
//! format of Vietnamese administrative documents.
//!
//! The core is pure Rust: [`check`] segments a draft into its components
//! ([`segment::segment`]) and runs every rule of [`rules::ALL`] over it. Ranges are UTF-8
//! byte offsets over the original text; [`Report::to_js`] converts them once to UTF-16
//! offsets and lines/columns for JavaScript. `src/wasm.rs` is the only file that knows about
//! wasm-bindgen; `src/bin/thethuc.rs` is the CLI.

pub mod body;
pub mod component;
pub mod diagnostic;
pub mod doctype;
pub mod document;
pub mod docx;
pub mod fold;
pub mod json;
pub mod line_index;
pub mod options;
pub mod report;
pub mod rule;
pub mod rules;
pub mod segment;
mod sort;
pub mod text;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use component::{Component, ComponentKind, Part, PartRole};
pub use diagnostic::{apply_fixes, Applicability, Diagnostic, Edit, Fix, Severity, TextRange};
pub use doctype::DocType;
pub use options::{Lang, Mode, Options, OptionsError, RawOptions};
pub use report::{JsReport, Report};
pub use rule::{FixAvailability, NotEvaluated, RuleMeta};

/// Package version, as in Cargo.toml.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Check a draft. Never panics; any text (empty, huge, junk) gives a report.
pub fn check(text: &str, options: &Options) -> Report {
    let doc = segment::segment(text, options.doc_type);
    check_document(&doc, options)
}

/// A `.docx` checked: the text extracted from it (what the report's ranges point into),
/// the report, and what the file holds that was not run (macros, embedded objects…).
#[derive(Debug, Clone)]
pub struct DocxReport {
    pub text: String,
    pub report: Report,
    pub notices: Vec<docx::Notice>,
}

impl DocxReport {
    /// The object `checkDocx` returns: the report's members, then `text` (what the offsets
    /// point into) and `notices` (with messages in `lang`).
    pub fn write_members(&self, w: &mut json::JsonWriter, lang: Lang) {
        self.report.to_js(&self.text).write_members(w);
        w.field_str("text", &self.text);
        w.key("notices");
        w.begin_array();
        for n in &self.notices {
            w.begin_object();
            w.field_str("code", n.code);
            w.field_num("count", n.count);
            w.field_str("message", &n.message(lang));
            w.end_object();
        }
        w.end_array();
    }
}

/// Check a `.docx` draft: its text as [`check`] would, plus its typography (spec §3).
/// Bytes that are not a readable `.docx` give a [`docx::DocxError`] that says what to do.
/// Never panics.
pub fn check_docx(bytes: &[u8], options: &Options) -> Result<DocxReport, docx::DocxError> {
    let file = docx::read(bytes)?;
    let report = {
        let mut doc = segment::segment(&file.text, options.doc_type);
        doc.docx = Some(&file.layout);
        check_document(&doc, options)
    };
    Ok(DocxReport {
        text: file.text,
        report,
        notices: file.notices,
    })
}

/// Run every rule over a segmented document.
fn check_document(doc: &document::Document, options: &Options) -> Report {
    let mut diagnostics = Vec::new();
    let mut not_evaluated = Vec::new();
    for rule in rules::ALL {
        // Documents outside Nghị định 30 (Party documents) get only the finding that says so.
        if doc.doc_type.is_out_of_scope() && !rules::runs_out_of_scope(rule) {
            let reason = match options.lang {
                Lang::Vi => "Văn bản ngoài phạm vi Nghị định 30",
                Lang::En => "The document is outside Decree 30",
            };
            not_evaluated.push(rule::NotEvaluated {
                code: rule.meta.code,
                reason: reason.into(),
            });
            continue;
        }
        let Some(severity) =
            options.effective_severity(rule.meta.code, rule.meta.name, rule.meta.severity)
        else {
            let reason = match options.lang {
                Lang::Vi => "Quy tắc đã tắt trong tùy chọn",
                Lang::En => "The rule is switched off in the options",
            };
            not_evaluated.push(rule::NotEvaluated {
                code: rule.meta.code,
                reason: reason.into(),
            });
            continue;
        };
        let mut cx = rule::Context {
            options,
            meta: rule.meta,
            severity,
            out: &mut diagnostics,
            not_evaluated: &mut not_evaluated,
        };
        (rule.check)(doc, &mut cx);
    }
    sort::sort_by(&mut diagnostics, |a, b| {
        (a.range, a.code).cmp(&(b.range, b.code))
    });
    Report {
        document_type: doc.doc_type,
        type_detected: doc.type_detected,
        mode: options.mode,
        components: doc.components.clone(),
        diagnostics,
        not_evaluated,
    }
}

/// A rule as `rules()` lists it.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    pub code: &'static str,
    pub name: &'static str,
    pub component: ComponentKind,
    pub severity: Severity,
    pub fix: FixAvailability,
    pub summary: &'static str,
    pub spec: &'static str,
    /// Markdown; empty when built without the `docs` feature (the wasm).
    pub docs: &'static str,
}

impl json::ToJson for RuleInfo {
    fn write_json(&self, w: &mut json::JsonWriter) {
        w.begin_object();
        w.field_str("code", self.code);
        w.field_str("name", self.name);
        w.field_str("component", self.component.id());
        w.field_str("severity", self.severity.as_str());
        w.field_str("fix", self.fix.as_str());
        w.field_str("summary", self.summary);
        w.field_str("spec", self.spec);
        // Empty when built without the `docs` feature (the wasm): absent, not "".
        if !self.docs.is_empty() {
            w.field_str("docs", self.docs);
        }
        w.end_object();
    }
}

/// Every rule with its docs, in the language asked for (docs are Vietnamese).
pub fn rules(lang: Lang) -> Vec<RuleInfo> {
    rules::ALL
        .iter()
        .map(|r| RuleInfo {
            code: r.meta.code,
            name: r.meta.name,
            component: r.meta.component,
            severity: r.meta.severity,
            fix: r.meta.fix,
            summary: match lang {
                Lang::Vi => r.meta.summary_vi,
                Lang::En => r.meta.summary_en,
            },
            spec: r.meta.spec,
            docs: r.meta.docs,
        })
        .collect()
}
