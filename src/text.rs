//! Small Vietnamese text helpers shared by the rules: case tests and conversions that work
//! on NFC and NFD text alike (combining marks have no case and pass through unchanged).

use crate::diagnostic::TextRange;

/// All letters upper case, and at least one letter.
pub fn is_upper(s: &str) -> bool {
    let mut letters = 0usize;
    for ch in s.chars() {
        if ch.is_lowercase() {
            return false;
        }
        if ch.is_alphabetic() {
            letters += 1;
        }
    }
    letters > 0
}

/// Upper case (`Sở Nội vụ` → `SỞ NỘI VỤ`).
pub fn to_upper(s: &str) -> String {
    s.to_uppercase()
}

/// Each word capitalised, the rest lower case (`NGUYỄN VĂN AN` → `Nguyễn Văn An`).
pub fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for ch in s.chars() {
        if ch.is_whitespace() {
            start = true;
            out.push(ch);
        } else if start && ch.is_alphabetic() {
            out.extend(ch.to_uppercase());
            start = false;
        } else {
            out.extend(ch.to_lowercase());
        }
    }
    out
}

/// Length in characters as a reader counts them: combining marks (NFD) do not count, so
/// NFC and NFD forms of a text measure the same.
pub fn visible_len(s: &str) -> usize {
    s.chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .count()
}

/// The words of `s` (runs of non-white-space) with their byte offsets in `s`. White space
/// of any width counts (a no-break space is two bytes, an ideographic space three).
pub fn words(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split(char::is_whitespace)
        .scan(0usize, move |pos, w| {
            let start = *pos;
            *pos += w.len();
            // Step over the separator that ended this word, whatever its width.
            if let Some(sep) = s.get(*pos..).and_then(|r| r.chars().next()) {
                *pos += sep.len_utf8();
            }
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// `range` without white space at either end (`text` is the whole document).
pub fn trim_range(text: &str, range: TextRange) -> TextRange {
    let s = text.get(range.start..range.end).unwrap_or("");
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    TextRange::new(
        range.start + lead,
        range.end.saturating_sub(trail).max(range.start + lead),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cases() {
        assert!(is_upper("ỦY BAN NHÂN DÂN TỈNH 5"));
        assert!(!is_upper("Ủy ban"));
        assert!(!is_upper("123"));
        assert_eq!(to_upper("Sở Nội vụ"), "SỞ NỘI VỤ");
        assert_eq!(title_case("NGUYỄN VĂN AN"), "Nguyễn Văn An");
        // NFD: the marks follow their letter unchanged.
        assert_eq!(to_upper("Đo\u{323}\u{302}c"), "ĐO\u{323}\u{302}C");
        assert!(is_upper("ĐO\u{323}\u{302}C"));
        let w: Vec<(usize, &str)> = words("Đ\u{a0}Đ  ab\u{3000}c").collect();
        assert_eq!(w, [(0, "Đ"), (4, "Đ"), (8, "ab"), (13, "c")]);
    }
}
