//! Byte offsets → UTF-16 code units and 1-based line/column, built once per text.
//! JavaScript's `text.slice(start, end)` then returns exactly the flagged text.
//! Lines break at `\n`, `\r\n` and `\r`, as in browsers' editors.

/// A position for JavaScript: UTF-16 offset plus 1-based line and column (UTF-16 units).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JsPosition {
    pub offset: usize,
    pub line: usize,
    pub column: usize,
}

pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of each line start.
    line_starts: Vec<usize>,
    /// UTF-16 offset of each line start.
    line_starts_utf16: Vec<usize>,
    ascii: bool,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let ascii = text.is_ascii();
        let mut line_starts = vec![0];
        let mut line_starts_utf16 = vec![0];
        let bytes = text.as_bytes();
        let mut utf16 = 0usize;
        for (pos, ch) in text.char_indices() {
            let next = pos + ch.len_utf8();
            utf16 += ch.len_utf16();
            let is_break = match ch {
                '\n' => true,
                '\r' => bytes.get(next) != Some(&b'\n'),
                _ => false,
            };
            if is_break {
                line_starts.push(next);
                line_starts_utf16.push(utf16);
            }
        }
        Self {
            text,
            line_starts,
            line_starts_utf16,
            ascii,
        }
    }

    /// 0-based line containing the byte offset (a clamped offset past the end is on the last line).
    fn line_of(&self, offset: usize) -> usize {
        match self.line_starts.binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// Convert a byte offset; offsets past the end or inside a character are clamped
    /// to the previous character boundary.
    pub fn position(&self, offset: usize) -> JsPosition {
        let mut offset = offset.min(self.text.len());
        while offset > 0 && !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let line_start = self.line_starts.get(line).copied().unwrap_or(0);
        let line_start_utf16 = self.line_starts_utf16.get(line).copied().unwrap_or(0);
        let column = if self.ascii {
            offset - line_start
        } else {
            self.text
                .get(line_start..offset)
                .map(|s| s.encode_utf16().count())
                .unwrap_or(0)
        };
        JsPosition {
            offset: line_start_utf16 + column,
            line: line + 1,
            column: column + 1,
        }
    }

    /// Number of lines (a text ending in a line break has an empty last line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}
