//! Diagnostics, fixes and edits as the core produces them: UTF-8 byte ranges over the
//! original, un-normalised text. `crate::report` converts them once for JavaScript.

use crate::component::ComponentKind;

/// A half-open UTF-8 byte range `[start, end)` over the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct TextRange {
    pub start: usize,
    pub end: usize,
}

impl TextRange {
    /// A range; reversed bounds are swapped rather than rejected (never panics).
    pub fn new(start: usize, end: usize) -> Self {
        if start <= end {
            Self { start, end }
        } else {
            Self {
                start: end,
                end: start,
            }
        }
    }

    pub fn empty(at: usize) -> Self {
        Self { start: at, end: at }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest range covering both.
    pub fn cover(self, other: TextRange) -> TextRange {
        TextRange {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// Whether a fix may be applied without a human looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Applicability {
    /// The corrected text is certain; "apply all safe fixes" may use it.
    Safe,
    /// Probably right, but a human should confirm (e.g. layout may differ).
    Unsafe,
    /// A formatting change that cannot be expressed as a text edit (from `.docx`).
    DisplayOnly,
}

impl Applicability {
    /// The public id (`safe`, `unsafe`, `display-only`).
    pub fn as_str(self) -> &'static str {
        match self {
            Applicability::Safe => "safe",
            Applicability::Unsafe => "unsafe",
            Applicability::DisplayOnly => "display-only",
        }
    }
}

/// Replace `range` of the original text with `new_text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edit {
    pub range: TextRange,
    pub new_text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    /// Imperative, in the report's language ("Thêm Quốc hiệu và Tiêu ngữ").
    pub title: String,
    pub applicability: Applicability,
    /// Non-overlapping edits, sorted by start.
    pub edits: Vec<Edit>,
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: &'static str,
    pub name: &'static str,
    pub component: ComponentKind,
    pub severity: Severity,
    pub message: String,
    pub range: TextRange,
    pub fix: Option<Fix>,
}

/// Apply the edits of the given fixes to `text`. Overlapping edits after the first are
/// skipped (the caller re-checks and applies again), so the result is always valid UTF-8.
pub fn apply_fixes<'a>(text: &str, fixes: impl IntoIterator<Item = &'a Fix>) -> String {
    let mut edits: Vec<&Edit> = fixes.into_iter().flat_map(|f| f.edits.iter()).collect();
    crate::sort::sort_by_key(&mut edits, |e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(text.len() + 64);
    let mut pos = 0usize;
    for edit in edits {
        let TextRange { start, end } = edit.range;
        if start < pos
            || end > text.len()
            || !text.is_char_boundary(start)
            || !text.is_char_boundary(end)
        {
            continue;
        }
        out.push_str(text.get(pos..start).unwrap_or_default());
        out.push_str(&edit.new_text);
        pos = end;
    }
    out.push_str(text.get(pos..).unwrap_or_default());
    out
}
