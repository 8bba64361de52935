//! ASCII folding for tolerant matching: Vietnamese letters lose their diacritics
//! (precomposed NFC or decomposed NFD alike), `đ` becomes `d`, letters become lower case,
//! dashes become `-` and exotic spaces a plain space. Every folded byte remembers where it
//! came from, so a match in the folded copy maps back to an exact range of the original.

use crate::diagnostic::TextRange;

/// Base letters for U+00C0..=U+01B0 (`\0`: not a Latin letter with a base).
const LATIN_1_TO_EXT_B: &[u8] = "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0yaaaaaaccccccccddddeeeeeeeeeegggggggghh\0\0iiiiiiiii\0\0\0jjkk\0llllll\0\0\0\0nnnnnn\0\0\0oooooo\0\0rrrrrrsssssssstttt\0\0uuuuuuuuuuuuwwyyyzzzzzz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0oo\0\0\0\0\0\0\0\0\0\0\0\0\0uu".as_bytes();
/// Base letters for U+1EA0..=U+1EF9 (Vietnamese letters with two marks).
const VIETNAMESE_EXTENDED: &[u8] =
    "aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy"
        .as_bytes();

/// What one original character folds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Folding {
    /// Replaced by this character.
    Char(char),
    /// Dropped (combining marks, zero-width characters): it belongs to its neighbour.
    Drop,
}

pub fn fold_char(c: char) -> Folding {
    let cp = c as u32;
    if c.is_ascii() {
        return match c {
            '\t' => Folding::Char(' '),
            _ => Folding::Char(c.to_ascii_lowercase()),
        };
    }
    let table_base =
        |table: &[u8], lo: u32| table.get((cp - lo) as usize).copied().filter(|b| *b != 0);
    let from_table = match cp {
        0xC0..=0x1B0 => table_base(LATIN_1_TO_EXT_B, 0xC0),
        0x1EA0..=0x1EF9 => table_base(VIETNAMESE_EXTENDED, 0x1EA0),
        _ => None,
    };
    if let Some(b) = from_table {
        return Folding::Char(b as char);
    }
    match cp {
        // `ƣ` (Latin oi) is how some PDF extractions write `ư`.
        0x1A2 | 0x1A3 => Folding::Char('u'),
        // Combining diacritical marks (NFD text), zero-width space/joiners, BOM, soft hyphen.
        0x300..=0x36F | 0x200B..=0x200D | 0x2060 | 0xFEFF | 0xAD => Folding::Drop,
        // Hyphens and dashes.
        0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 | 0xFF0D => Folding::Char('-'),
        // No-break and typographic spaces.
        0xA0 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Folding::Char(' '),
        0x2018 | 0x2019 | 0x201A | 0x2032 => Folding::Char('\''),
        0x201C | 0x201D | 0x201E | 0x2033 => Folding::Char('"'),
        0x2026 => Folding::Char('.'),
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Folding::Char(l),
                _ => Folding::Char(c),
            }
        }
    }
}

/// A folded copy of a text with a map back to original byte offsets.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// `origin[i]`: original byte offset of the character that produced folded byte `i`;
    /// one extra entry at the end holds the original length.
    origin: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let bytes = original.as_bytes();
        let mut text: Vec<u8> = Vec::with_capacity(original.len());
        let mut origin: Vec<u32> = Vec::with_capacity(original.len() + 1);
        let mut pos = 0usize;
        while pos < bytes.len() {
            let b = bytes.get(pos).copied().unwrap_or(0);
            if b < 0x80 {
                // ASCII fast path: most of a Vietnamese text's bytes are spaces, digits,
                // punctuation and unaccented letters.
                text.push(if b == b'\t' {
                    b' '
                } else {
                    b.to_ascii_lowercase()
                });
                origin.push(pos as u32);
                pos += 1;
                continue;
            }
            let Some(c) = original.get(pos..).and_then(|s| s.chars().next()) else {
                break;
            };
            if let Folding::Char(f) = fold_char(c) {
                let mut buf = [0u8; 4];
                let encoded = f.encode_utf8(&mut buf).as_bytes();
                text.extend_from_slice(encoded);
                origin.extend(std::iter::repeat_n(pos as u32, encoded.len()));
            }
            pos += c.len_utf8();
        }
        origin.push(original.len() as u32);
        // Only whole characters were pushed, so this never fails.
        let text = String::from_utf8(text).unwrap_or_default();
        Self { text, origin }
    }

    /// The original range covered by folded bytes `start..end` (marks dropped after the
    /// last character belong to it).
    pub fn original(&self, start: usize, end: usize) -> TextRange {
        let at = |i: usize| {
            self.origin
                .get(i)
                .or(self.origin.last())
                .copied()
                .unwrap_or(0) as usize
        };
        TextRange::new(at(start), at(end))
    }

    /// Original offset of folded byte `i`.
    pub fn original_offset(&self, i: usize) -> usize {
        self.original(i, i).start
    }
}

/// Fold a short string (patterns, names) to compare with folded text.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter_map(|c| match fold_char(c) {
            Folding::Char(f) => Some(f),
            Folding::Drop => None,
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_folds_to_ascii() {
        assert_eq!(
            fold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            "cong hoa xa hoi chu nghia viet nam"
        );
        assert_eq!(
            fold("Độc lập – Tự do — Hạnh phúc"),
            "doc lap - tu do - hanh phuc"
        );
        assert_eq!(fold("ỦY BAN NHÂN DÂN ĐƯỜNG"), "uy ban nhan dan duong");
        // OCR damage reads like the intended letter.
        assert_eq!(fold("CỘNG HÕA"), "cong hoa");
        assert_eq!(fold("TRƢỞNG"), "truong");
    }

    #[test]
    fn nfd_folds_like_nfc_and_maps_back() {
        let nfd = "Ho\u{323}\u{302} Ti\u{302}e\u{301}n";
        let f = Folded::new(nfd);
        assert_eq!(f.text, "ho tien");
        // "ho" covers the combining marks after "o".
        let r = f.original(0, 2);
        assert_eq!(&nfd[r.start..r.end], "Ho\u{323}\u{302}");
        let r = f.original(3, 7);
        assert_eq!(&nfd[r.start..r.end], "Ti\u{302}e\u{301}n");
    }

    #[test]
    fn spaces_and_invisibles() {
        assert_eq!(fold("a\u{a0}b\tc\u{200b}d\u{feff}"), "a b cd");
    }
}
