//! The report as JavaScript and JSON see it: every byte range converted once, through one
//! `LineIndex`, to UTF-16 offsets and 1-based line/column. Shared by the wasm binding and
//! the CLI's `--format json`, so both print the same object for the same text.

use crate::component::{Component, ComponentKind, PartRole};
use crate::diagnostic::{Applicability, Diagnostic, Severity, TextRange};
use crate::doctype::DocType;
use crate::json::{JsonWriter, ToJson};
use crate::line_index::LineIndex;
use crate::options::Mode;
use crate::rule::NotEvaluated;

/// The result of a check, with byte ranges (the core's view).
#[derive(Debug, Clone)]
pub struct Report {
    pub document_type: DocType,
    /// Whether `document_type` came from detection (`false` when the `type` option set it).
    pub type_detected: bool,
    pub mode: Mode,
    pub components: Vec<Component>,
    pub diagnostics: Vec<Diagnostic>,
    /// Checks that could not be made, with the reason (not the same as passed).
    pub not_evaluated: Vec<NotEvaluated>,
}

impl Report {
    /// Convert every range for JavaScript (UTF-16 units, 1-based lines and columns).
    pub fn to_js(&self, text: &str) -> JsReport {
        let index = LineIndex::new(text);
        let span = |r: TextRange| {
            let a = index.position(r.start);
            let b = index.position(r.end);
            JsSpan {
                start: a.offset,
                end: b.offset,
                line: a.line,
                column: a.column,
                end_line: b.line,
                end_column: b.column,
            }
        };
        JsReport {
            version: crate::VERSION,
            ruleset_version: crate::rules::RULESET_VERSION,
            document_type: self.document_type.slug(),
            type_detected: self.type_detected,
            out_of_scope: self.document_type.is_out_of_scope(),
            mode: self.mode,
            components: self
                .components
                .iter()
                .map(|c| {
                    let s = span(c.range());
                    JsComponent {
                        kind: c.kind,
                        start: s.start,
                        end: s.end,
                        line: s.line,
                        end_line: s.end_line,
                        parts: c
                            .parts
                            .iter()
                            .map(|p| {
                                let ps = span(p.range);
                                JsPart {
                                    start: ps.start,
                                    end: ps.end,
                                    role: p.role,
                                }
                            })
                            .collect(),
                    }
                })
                .collect(),
            diagnostics: self
                .diagnostics
                .iter()
                .map(|d| {
                    let s = span(d.range);
                    JsDiagnostic {
                        code: d.code,
                        name: d.name,
                        component: d.component,
                        severity: d.severity,
                        message: d.message.clone(),
                        start: s.start,
                        end: s.end,
                        line: s.line,
                        column: s.column,
                        end_line: s.end_line,
                        end_column: s.end_column,
                        fix: d.fix.as_ref().map(|f| JsFix {
                            title: f.title.clone(),
                            applicability: f.applicability,
                            edits: f
                                .edits
                                .iter()
                                .map(|e| {
                                    let es = span(e.range);
                                    JsEdit {
                                        start: es.start,
                                        end: es.end,
                                        new_text: e.new_text.clone(),
                                    }
                                })
                                .collect(),
                        }),
                    }
                })
                .collect(),
            not_evaluated: self.not_evaluated.clone(),
        }
    }
}

struct JsSpan {
    start: usize,
    end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
}

/// `Report` in the TypeScript declarations (`src/wasm.d.ts`); written as JSON by
/// [`ToJson`], with the camelCase member names that file declares.
#[derive(Debug, Clone, PartialEq)]
pub struct JsReport {
    /// Package version (Cargo.toml).
    pub version: &'static str,
    /// Version of the rule set; bumped whenever a rule is added or changes what it reports.
    pub ruleset_version: &'static str,
    pub document_type: &'static str,
    pub type_detected: bool,
    /// True for documents Nghị định 30 does not govern (Party documents).
    pub out_of_scope: bool,
    pub mode: Mode,
    pub components: Vec<JsComponent>,
    pub diagnostics: Vec<JsDiagnostic>,
    /// Checks that could not be made, with the reason.
    pub not_evaluated: Vec<NotEvaluated>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsComponent {
    pub kind: ComponentKind,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub end_line: usize,
    pub parts: Vec<JsPart>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsPart {
    pub start: usize,
    pub end: usize,
    pub role: Option<PartRole>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsDiagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub component: ComponentKind,
    pub severity: Severity,
    pub message: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub fix: Option<JsFix>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsFix {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<JsEdit>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct JsEdit {
    pub start: usize,
    pub end: usize,
    pub new_text: String,
}

impl JsReport {
    /// The members of the report object, for callers that add their own around them
    /// (`checkDocx`'s `text` and `notices`, the CLI's `file`).
    pub fn write_members(&self, w: &mut JsonWriter) {
        w.field_str("version", self.version);
        w.field_str("rulesetVersion", self.ruleset_version);
        w.field_str("documentType", self.document_type);
        w.key("typeDetected");
        w.boolean(self.type_detected);
        w.key("outOfScope");
        w.boolean(self.out_of_scope);
        w.field_str("mode", self.mode.as_str());
        w.key("components");
        self.components.write_json(w);
        w.key("diagnostics");
        self.diagnostics.write_json(w);
        w.key("notEvaluated");
        self.not_evaluated.write_json(w);
    }
}

impl ToJson for JsReport {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        self.write_members(w);
        w.end_object();
    }
}

impl ToJson for JsComponent {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field_str("kind", self.kind.id());
        w.field_num("start", self.start);
        w.field_num("end", self.end);
        w.field_num("line", self.line);
        w.field_num("endLine", self.end_line);
        w.key("parts");
        self.parts.write_json(w);
        w.end_object();
    }
}

impl ToJson for JsPart {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field_num("start", self.start);
        w.field_num("end", self.end);
        if let Some(role) = self.role {
            w.field_str("role", role.id());
        }
        w.end_object();
    }
}

impl ToJson for JsDiagnostic {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field_str("code", self.code);
        w.field_str("name", self.name);
        w.field_str("component", self.component.id());
        w.field_str("severity", self.severity.as_str());
        w.field_str("message", &self.message);
        w.field_num("start", self.start);
        w.field_num("end", self.end);
        w.field_num("line", self.line);
        w.field_num("column", self.column);
        w.field_num("endLine", self.end_line);
        w.field_num("endColumn", self.end_column);
        if let Some(fix) = &self.fix {
            w.key("fix");
            w.begin_object();
            w.field_str("title", &fix.title);
            w.field_str("applicability", fix.applicability.as_str());
            w.key("edits");
            w.begin_array();
            for e in &fix.edits {
                w.begin_object();
                w.field_num("start", e.start);
                w.field_num("end", e.end);
                w.field_str("newText", &e.new_text);
                w.end_object();
            }
            w.end_array();
            w.end_object();
        }
        w.end_object();
    }
}

impl ToJson for NotEvaluated {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field_str("code", self.code);
        w.field_str("reason", &self.reason);
        w.end_object();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn keys(v: Option<&Value>) -> Vec<&str> {
        let mut k: Vec<&str> = v
            .and_then(Value::as_object)
            .map(|o| o.keys().map(String::as_str).collect())
            .unwrap_or_default();
        k.sort_unstable();
        k
    }

    /// The JSON has exactly the members `src/wasm.d.ts` declares, with the struct's values.
    #[test]
    fn json_members_match_the_declared_shape() {
        // Leading zero missing (a safe fix), no signature (not evaluated checks).
        let text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
                    Số: 5/TB-UBND\nHà Nội, ngày 5 tháng 3 năm 2026\nTHÔNG BÁO\n\"Về\" việc\tA\n";
        let js = crate::check(text, &crate::Options::default()).to_js(text);
        let v: Value = serde_json::from_str(&js.to_json()).unwrap_or_default();
        assert_eq!(
            keys(Some(&v)),
            [
                "components",
                "diagnostics",
                "documentType",
                "mode",
                "notEvaluated",
                "outOfScope",
                "rulesetVersion",
                "typeDetected",
                "version"
            ]
        );
        assert_eq!(
            v.get("documentType").and_then(Value::as_str),
            Some(js.document_type)
        );
        assert_eq!(v.get("mode").and_then(Value::as_str), Some("draft"));
        let diags = v
            .get("diagnostics")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        assert_eq!(diags.len(), js.diagnostics.len());
        assert!(!diags.is_empty());
        let mut fixes = 0;
        for (d, jd) in diags.iter().zip(&js.diagnostics) {
            let mut want = vec![
                "code",
                "column",
                "component",
                "end",
                "endColumn",
                "endLine",
                "line",
                "message",
                "name",
                "severity",
                "start",
            ];
            if jd.fix.is_some() {
                want.push("fix");
                want.sort_unstable();
                fixes += 1;
                let fix = d.get("fix");
                assert_eq!(keys(fix), ["applicability", "edits", "title"]);
                let edits = fix.and_then(|f| f.get("edits")).and_then(Value::as_array);
                for e in edits.into_iter().flatten() {
                    assert_eq!(keys(Some(e)), ["end", "newText", "start"]);
                }
            }
            assert_eq!(keys(Some(d)), want);
            assert_eq!(
                d.get("message").and_then(Value::as_str),
                Some(jd.message.as_str())
            );
            assert_eq!(
                d.get("start").and_then(Value::as_u64),
                Some(jd.start as u64)
            );
            assert_eq!(
                d.get("component").and_then(Value::as_str),
                Some(jd.component.id())
            );
        }
        assert!(fixes > 0, "the fixture has a fix");
        let comps = v
            .get("components")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        assert_eq!(comps.len(), js.components.len());
        for c in &comps {
            assert_eq!(
                keys(Some(c)),
                ["end", "endLine", "kind", "line", "parts", "start"]
            );
        }
        let not_evaluated = v
            .get("notEvaluated")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        assert_eq!(not_evaluated.len(), js.not_evaluated.len());
        for n in &not_evaluated {
            assert_eq!(keys(Some(n)), ["code", "reason"]);
        }
    }
}
