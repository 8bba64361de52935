//! A bounded view of the folded text that the body scanners (dates, citations) walk byte by
//! byte: outside `lo..hi` every byte reads as a line break, so no scanner runs past the
//! piece it was given, and positions map back to the original text.

use std::ops::Range;

use crate::diagnostic::TextRange;
use crate::document::Document;

pub(crate) struct Window<'d, 'a> {
    pub doc: &'d Document<'a>,
    /// The folded text (lower case, diacritics removed) as bytes.
    pub f: &'d [u8],
    pub lo: usize,
    pub hi: usize,
}

impl<'d, 'a> Window<'d, 'a> {
    /// The folded bytes `lo..hi` of `doc` (clamped to the text).
    pub fn new(doc: &'d Document<'a>, span: Range<usize>) -> Self {
        let f = doc.folded.text.as_bytes();
        let hi = span.end.min(f.len());
        Self {
            doc,
            f,
            lo: span.start.min(hi),
            hi,
        }
    }

    /// The byte at `i`, or a line break outside the window.
    pub fn at(&self, i: usize) -> u8 {
        if i < self.lo || i >= self.hi {
            b'\n'
        } else {
            self.f.get(i).copied().unwrap_or(b'\n')
        }
    }

    /// The byte before `i` (a line break at the start).
    pub fn before(&self, i: usize) -> u8 {
        i.checked_sub(1).map_or(b'\n', |j| self.at(j))
    }

    pub fn text(&self, a: usize, b: usize) -> &'d [u8] {
        self.f.get(a..b).unwrap_or(&[])
    }

    pub fn str(&self, a: usize, b: usize) -> &'d str {
        std::str::from_utf8(self.text(a, b)).unwrap_or("")
    }

    /// The original range of folded `a..b`.
    pub fn original(&self, a: usize, b: usize) -> TextRange {
        self.doc.folded.original(a, b)
    }

    /// White space, and the emphasis marks pasted Markdown leaves between words.
    pub fn is_space(b: u8) -> bool {
        matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'*' | b'_')
    }

    pub fn skip_spaces(&self, mut i: usize) -> usize {
        while i < self.hi && Self::is_space(self.at(i)) {
            i += 1;
        }
        i
    }

    pub fn skip_spaces_back(&self, mut i: usize) -> usize {
        while i > self.lo && Self::is_space(self.before(i)) {
            i -= 1;
        }
        i
    }

    /// Only spaces on the same line (inside a symbol).
    pub fn skip_blanks(&self, mut i: usize) -> usize {
        while i < self.hi && matches!(self.at(i), b' ' | b'\t') {
            i += 1;
        }
        i
    }
}
