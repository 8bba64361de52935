//! What a rule is (metadata + a stateless check function) and the context it reports into.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Diagnostic, Edit, Fix, Severity, TextRange};
use crate::document::Document;
use crate::options::{Lang, Mode, Options};

/// Whether a rule can offer a fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixAvailability {
    None,
    Sometimes,
    Always,
}

impl FixAvailability {
    /// The public id (`none`, `sometimes`, `always`).
    pub fn as_str(self) -> &'static str {
        match self {
            FixAvailability::None => "none",
            FixAvailability::Sometimes => "sometimes",
            FixAvailability::Always => "always",
        }
    }
}

/// Everything known about a rule without running it.
#[derive(Debug, Clone, Copy)]
pub struct RuleMeta {
    /// Stable code, never reused (`TT101`).
    pub code: &'static str,
    /// Stable ASCII kebab-case name (`thieu-quoc-hieu`).
    pub name: &'static str,
    pub component: ComponentKind,
    pub severity: Severity,
    pub fix: FixAvailability,
    /// One line, Vietnamese.
    pub summary_vi: &'static str,
    /// One line, English.
    pub summary_en: &'static str,
    /// The section of `shared/spec/nd30-rules.md` the rule enforces, e.g. `§1.1`.
    pub spec: &'static str,
    /// Markdown: what it checks, why (with the ND30 source), example, fix safety.
    pub docs: &'static str,
}

/// A rule: metadata and a stateless check.
pub struct Rule {
    pub meta: RuleMeta,
    pub check: fn(&Document, &mut Context),
}

/// Where a running rule reports. Severity overrides and the language are applied here,
/// so rules only say what is wrong.
pub struct Context<'a> {
    pub options: &'a Options,
    pub(crate) meta: RuleMeta,
    pub(crate) severity: Severity,
    pub(crate) out: &'a mut Vec<Diagnostic>,
    pub(crate) not_evaluated: &'a mut Vec<NotEvaluated>,
}

/// A check that could not be made, and why (distinct from a check that passed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotEvaluated {
    pub code: &'static str,
    pub reason: String,
}

impl Context<'_> {
    pub fn lang(&self) -> Lang {
        self.options.lang
    }

    pub fn mode(&self) -> Mode {
        self.options.mode
    }

    /// Pick the message in the report's language.
    pub fn tr(&self, vi: impl Into<String>, en: impl Into<String>) -> String {
        match self.options.lang {
            Lang::Vi => vi.into(),
            Lang::En => en.into(),
        }
    }

    /// Say that this rule could not check the document (the component it reads was not
    /// found, the text cannot show what it checks…). At most one reason per rule.
    pub fn not_evaluated(&mut self, vi: &str, en: &str) {
        let code = self.meta.code;
        if !self.not_evaluated.iter().any(|n| n.code == code) {
            let reason = self.tr(vi, en);
            self.not_evaluated.push(NotEvaluated { code, reason });
        }
    }

    /// The component the rule reads, or a not-evaluated note naming it.
    pub fn need<'d>(
        &mut self,
        doc: &'d Document,
        kind: ComponentKind,
    ) -> Option<&'d crate::component::Component> {
        let found = doc.get(kind);
        if found.is_none() {
            let vi = format!("Không tìm thấy {} trong văn bản", kind.in_sentence_vi());
            let en = format!("No {} was found in the text", kind.label_en());
            self.not_evaluated(&vi, &en);
        }
        found
    }

    /// Report at the rule's severity.
    pub fn report(&mut self, range: TextRange, message: String) -> Reported<'_> {
        let severity = self.severity;
        self.report_with(range, severity, message)
    }

    /// Report at an explicit severity (e.g. info in draft mode). An override from the
    /// options still wins over both.
    pub fn report_with(
        &mut self,
        range: TextRange,
        severity: Severity,
        message: String,
    ) -> Reported<'_> {
        let overridden = self.options.rules.contains_key(self.meta.code)
            || self.options.rules.contains_key(self.meta.name);
        let severity = if overridden { self.severity } else { severity };
        self.out.push(Diagnostic {
            code: self.meta.code,
            name: self.meta.name,
            component: self.meta.component,
            severity,
            message,
            range,
            fix: None,
        });
        Reported(self.out)
    }
}

impl Context<'_> {
    /// The diagnostic this rule reported last, to attach a fix to.
    pub fn last(&mut self) -> Option<Reported<'_>> {
        let code = self.meta.code;
        if self.out.last().is_some_and(|d| d.code == code) {
            Some(Reported(self.out))
        } else {
            None
        }
    }
}

/// The diagnostic just reported, to attach a fix to.
pub struct Reported<'a>(&'a mut Vec<Diagnostic>);

impl Reported<'_> {
    /// Attach a single-edit fix.
    pub fn with_fix(
        self,
        title: String,
        applicability: Applicability,
        range: TextRange,
        new_text: String,
    ) {
        self.with_edits(title, applicability, vec![Edit { range, new_text }]);
    }

    /// Attach a fix made of several non-overlapping edits.
    pub fn with_edits(self, title: String, applicability: Applicability, mut edits: Vec<Edit>) {
        crate::sort::sort_by_key(&mut edits, |e| (e.range.start, e.range.end));
        if let Some(d) = self.0.last_mut() {
            d.fix = Some(Fix {
                title,
                applicability,
                edits,
            });
        }
    }
}
