//! The report as JavaScript and JSON see it: every byte range converted once, through one
//! `LineIndex`, to UTF-16 offsets and 1-based line/column. Shared by the wasm binding and
//! the CLI's `--format json`, so both print the same object for the same text.

use serde::Serialize;

use crate::component::{Component, ComponentKind, PartRole};
use crate::diagnostic::{Applicability, Diagnostic, Severity, TextRange};
use crate::doctype::DocType;
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

/// `Report` in the TypeScript declarations.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
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

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct JsComponent {
    pub kind: ComponentKind,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub end_line: usize,
    pub parts: Vec<JsPart>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct JsPart {
    pub start: usize,
    pub end: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<PartRole>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<JsFix>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct JsFix {
    pub title: String,
    pub applicability: Applicability,
    pub edits: Vec<JsEdit>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct JsEdit {
    pub start: usize,
    pub end: usize,
    pub new_text: String,
}
