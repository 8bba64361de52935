//! The parsed draft: original text, folded copy, lines and cells, the detected type, the
//! components found, and typed details of the header that rules read.

use std::cell::OnceCell;
use std::rc::Rc;

use crate::body::dates::Reading;
use crate::body::names::Word;
use crate::body::outline::Outline;
use crate::body::spelling::ToneTally;
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
    /// The word `ngày` is missing before the day (`Hà Nội, 15 tháng 9 năm 2026`).
    pub without_ngay: bool,
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
    /// The year of a legal normative document's number (`15/2020/QĐ-TTg`).
    pub year: Option<TextRange>,
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
    /// Formatting and page set-up when the text was read from a `.docx` (`None` for pasted
    /// text: the typography rules then report that they could not check).
    pub docx: Option<&'a crate::docx::Layout>,
    /// Readings of the body that several rules share, made once per check.
    pub shared: Shared,
}

/// Readings of the body that several rules of one check ask for (the outline, the words,
/// the dates and citations, the tone tally), made on first use. The document does not
/// change during a check, so each is made once and is never stale; a new check segments a
/// new document with an empty cache.
#[derive(Default)]
pub struct Shared {
    pub(crate) outline: OnceCell<Option<Rc<Outline>>>,
    /// Keyed by the range read (the body).
    pub(crate) words: OnceCell<(TextRange, Rc<Vec<Word>>)>,
    pub(crate) reading: OnceCell<Rc<Reading>>,
    pub(crate) tones: OnceCell<Rc<ToneTally>>,
}

impl std::fmt::Debug for Shared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Shared { .. }")
    }
}

/// A copy starts with an empty cache (its readings are made again on demand).
impl Clone for Shared {
    fn clone(&self) -> Self {
        Shared::default()
    }
}

impl Document<'_> {
    /// The `.docx` formatting, when the text came from a `.docx`.
    pub fn docx(&self) -> Option<&crate::docx::Layout> {
        self.docx
    }

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

/// A list component (Nơi nhận, Kính gửi) read as its label and items.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct List {
    /// `Nơi nhận:` / `Kính gửi:` as written (with its colon when there is one).
    pub label: TextRange,
    pub items: Vec<ListItem>,
}

/// One recipient: its pieces across wrapped lines, the first starting at its `-` when it has
/// one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListItem {
    pub parts: Vec<TextRange>,
    pub dash: bool,
}

impl ListItem {
    pub fn first(&self) -> TextRange {
        self.parts.first().copied().unwrap_or_default()
    }

    pub fn last(&self) -> TextRange {
        self.parts.last().copied().unwrap_or_default()
    }
}

impl Document<'_> {
    /// The label and items of a list component. Items start at a `-` that opens a line or
    /// follows `;`/`:` (lists flattened into one line); other lines continue the item above.
    pub fn list(&self, kind: crate::component::ComponentKind) -> Option<List> {
        let c = self.get(kind)?;
        let first = c.parts.first()?.range;
        let text = self.slice(first);
        let label_len = text
            .find(':')
            .map(|i| i + 1)
            .filter(|&i| crate::text::visible_len(text.get(..i).unwrap_or("")) <= 24)
            .unwrap_or_else(|| {
                // No colon: the label is the first two words ("Nơi nhận", "Kính gửi").
                text.char_indices()
                    .filter(|(_, ch)| *ch == ' ')
                    .nth(1)
                    .map(|(i, _)| i)
                    .unwrap_or(text.len())
            });
        let label = TextRange::new(first.start, first.start + label_len);
        let mut items: Vec<ListItem> = Vec::new();
        for (n, part) in c.parts.iter().enumerate() {
            let range = if n == 0 {
                TextRange::new(label.end, part.range.end)
            } else {
                part.range
            };
            let s = self.slice(range);
            // Split at dashes that open an item.
            let mut starts: Vec<usize> = Vec::new();
            let mut prev: Option<char> = None;
            for (i, ch) in s.char_indices() {
                // An item marker opens a line or follows the end of the previous item.
                if matches!(ch, '-' | '–' | '—' | '•' | '+')
                    && matches!(prev, None | Some(';') | Some(':') | Some('.') | Some(','))
                {
                    starts.push(i);
                }
                // Markdown emphasis (`*Nơi nhận:* - …`) is not text.
                if !ch.is_whitespace() && ch != '*' && ch != '_' {
                    prev = Some(ch);
                }
            }
            let lead = s.len() - s.trim_start().len();
            if starts.first() != Some(&lead) && !s.trim().is_empty() {
                // Text before the first dash continues the previous item (or is a dashless item).
                let end = starts.first().copied().unwrap_or(s.len());
                let piece = trim(range.start + lead, range.start + end, s, range.start);
                // Only emphasis marks (`*Nơi nhận:* - …`): nothing to read.
                let markup_only = self.slice(piece).chars().all(|ch| matches!(ch, '*' | '_'));
                let piece = if markup_only {
                    TextRange::empty(piece.start)
                } else {
                    piece
                };
                match items.last_mut() {
                    Some(item) if n > 0 && !piece.is_empty() => item.parts.push(piece),
                    _ if !piece.is_empty() => items.push(ListItem {
                        parts: vec![piece],
                        dash: false,
                    }),
                    _ => {}
                }
            }
            for (k, &at) in starts.iter().enumerate() {
                let end = starts.get(k + 1).copied().unwrap_or(s.len());
                let piece = trim(range.start + at, range.start + end, s, range.start);
                items.push(ListItem {
                    parts: vec![piece],
                    dash: true,
                });
            }
        }
        Some(List { label, items })
    }
}

/// `[a, b)` of the original without surrounding white space (`s` is the slice starting at `base`).
fn trim(a: usize, b: usize, s: &str, base: usize) -> TextRange {
    let piece = s.get(a - base..b - base).unwrap_or("");
    let lead = piece.len() - piece.trim_start().len();
    let trail = piece.len() - piece.trim_end().len();
    TextRange::new(a + lead, (b - trail).max(a + lead))
}
