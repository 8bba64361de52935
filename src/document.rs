//! The parsed draft: original text, folded copy, lines and cells, the detected type, the
//! components found, and typed details of the header that rules read.

use crate::component::{Component, ComponentKind};
use crate::diagnostic::TextRange;
use crate::doctype::DocType;
use crate::fold::Folded;
use crate::segment::lines::{Cell, Line};

/// One number of a date (`ngày 05`): where it is, and its value when filled in.
/// A blank field (`ngày      tháng`) has no value and its range is the blank gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateField {
    pub range: TextRange,
    pub value: Option<u32>,
}

/// `<Địa danh>, ngày DD tháng MM năm YYYY` (or a numeric `15/9/2026`) in the header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IssueDate {
    pub range: TextRange,
    /// The place name before the comma (empty range when there is none).
    pub place: TextRange,
    pub day: DateField,
    pub month: DateField,
    pub year: DateField,
    /// Written as `15/9/2026` rather than in words.
    pub numeric: bool,
}

/// `Số: 05/QĐ-UBND`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SoKyHieu {
    pub range: TextRange,
    /// `Số` (as written, possibly `SỐ`, `số`).
    pub label: TextRange,
    pub has_colon: bool,
    /// The number, or the blank gap before `/` in a draft.
    pub number: DateField,
    /// The ký hiệu after `/`, e.g. `QĐ-UBND`.
    pub symbol: TextRange,
}

pub struct Document<'a> {
    pub text: &'a str,
    pub folded: Folded,
    pub lines: Vec<Line>,
    pub cells: Vec<Cell>,
    pub doc_type: DocType,
    pub type_detected: bool,
    /// Components in document order.
    pub components: Vec<Component>,
    pub so_ky_hieu: Option<SoKyHieu>,
    pub issue_date: Option<IssueDate>,
}

impl Document<'_> {
    pub fn get(&self, kind: ComponentKind) -> Option<&Component> {
        self.components.iter().find(|c| c.kind == kind)
    }

    pub fn has(&self, kind: ComponentKind) -> bool {
        self.get(kind).is_some()
    }

    /// Original text of a range ("" when out of bounds).
    pub fn slice(&self, range: TextRange) -> &str {
        self.text.get(range.start..range.end).unwrap_or("")
    }

    /// 0-based physical line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.range.end < offset)
            .min(self.lines.len().saturating_sub(1))
    }

    /// The first non-blank line's range (where document-level findings point), or an
    /// empty range at 0 for an empty text.
    pub fn first_line_range(&self) -> TextRange {
        self.cells
            .first()
            .map(|c| self.lines.get(c.line).map(|l| l.range).unwrap_or(c.range))
            .unwrap_or_default()
    }
}
