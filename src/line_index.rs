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
        // Bytes, not chars: a UTF-8 lead byte starts one UTF-16 unit, a 4-byte lead two.
        for (pos, &b) in bytes.iter().enumerate() {
            if b & 0xC0 != 0x80 {
                utf16 += if b >= 0xF0 { 2 } else { 1 };
            }
            let is_break = match b {
                b'\n' => true,
                b'\r' => bytes.get(pos + 1) != Some(&b'\n'),
                _ => false,
            };
            if is_break {
                line_starts.push(pos + 1);
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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    /// JavaScript's `slice` over UTF-16 units.
    fn js_slice(text: &str, start: usize, end: usize) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start..end]).unwrap()
    }

    fn check_range(text: &str, needle: &str) -> (JsPosition, JsPosition) {
        let start = text.find(needle).unwrap();
        let index = LineIndex::new(text);
        let (a, b) = (index.position(start), index.position(start + needle.len()));
        assert_eq!(js_slice(text, a.offset, b.offset), needle, "in {text:?}");
        (a, b)
    }

    #[test]
    fn ascii_fast_path() {
        let (a, b) = check_range("ab\ncd ef", "ef");
        assert_eq!((a.line, a.column, b.column), (2, 4, 6));
    }

    #[test]
    fn nfc_vietnamese() {
        let (a, _) = check_range("Số: 05/QĐ-UBND\nLạng Sơn, ngày 05", "ngày");
        assert_eq!((a.line, a.column), (2, 11));
    }

    #[test]
    fn nfd_vietnamese_counts_combining_marks() {
        // "Lạng Sơn" in NFD: a + U+0323, o + U+031B.
        let text = "La\u{323}ng So\u{31b}n, nga\u{300}y 05";
        let (a, _) = check_range(text, "05");
        assert_eq!((a.line, a.column), (1, 19));
    }

    #[test]
    fn crlf_and_lone_cr_break_lines_tabs_count_once() {
        let (a, _) = check_range("a\r\nb\rc\tX", "X");
        assert_eq!((a.line, a.column), (3, 3));
    }

    #[test]
    fn emoji_is_two_utf16_units() {
        let (a, b) = check_range("📄 Số: 05\n😀😀 Nơi nhận:", "Nơi nhận:");
        assert_eq!((a.line, a.column, b.column), (2, 6, 15));
        assert_eq!(a.offset, "📄 Số: 05\n😀😀 ".encode_utf16().count());
    }

    #[test]
    fn offsets_inside_a_character_or_past_the_end_are_clamped() {
        let text = "Đ😀";
        let index = LineIndex::new(text);
        assert_eq!(index.position(1).offset, 0);
        assert_eq!(index.position(4).offset, 1);
        assert_eq!(index.position(99).offset, 3);
        assert_eq!(
            LineIndex::new("").position(5),
            JsPosition {
                offset: 0,
                line: 1,
                column: 1
            }
        );
    }
}
