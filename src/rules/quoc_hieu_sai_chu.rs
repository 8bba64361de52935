//! TT201 `quoc-hieu-sai-chu`: the national title is misspelt, not in capitals or badly
//! spaced. Also home of the Vietnamese composition helpers (NFD ↔ NFC for the letters of
//! the fixed strings) that the other wording rules (TT202, TT205) share.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::fold::{fold_char, Folding};
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::trim_range;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT201",
        name: "quoc-hieu-sai-chu",
        component: ComponentKind::QuocHieu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Quốc hiệu viết sai chữ, không in hoa hoặc sai dấu cách",
        summary_en: "The national title is misspelt, not in capitals or badly spaced",
        spec: "§1.1",
        docs: docs!("## Kiểm tra gì\n\
Quốc hiệu phải đúng từng chữ `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, in hoa toàn bộ, \
mỗi chữ cách nhau đúng một dấu cách. Cả hai cách bỏ dấu `HÒA` và `HOÀ` đều đúng. \
Thành phần được tìm không phân biệt dấu (bản OCR `CỘNG HÕA` vẫn được nhận ra), rồi \
so sánh từng chữ với văn bản gốc: sai dấu, sai chữ (`HÕA`), chữ thường (`Cộng hòa`), \
thừa hoặc thiếu dấu cách đều bị báo. Văn bản dạng NFD (chữ cái + dấu kết hợp) được \
so như dạng dựng sẵn NFC: cùng một chữ thì không bị báo. Văn bản không có dấu tiếng Việt \
nào (bản trích mất dấu) chỉ được so chữ cái bỏ dấu, hoa/thường và dấu cách: dấu đã mất \
do cách trích, không phải do người soạn.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.1 (spec §1.1): Quốc hiệu là dòng chữ cố định \
`CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, trình bày bằng chữ in hoa. Chính văn bản Nghị \
định viết cả `HÒA` lẫn `HOÀ`, nên cả hai đều được chấp nhận.\n\n\
## Ví dụ\n\
`Cộng hòa xã hội chủ nghĩa Việt Nam` (chữ thường), `CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM` \
(sai dấu), `CỘNG HÒA  XÃ HỘI CHỦ NGHĨA VIỆT NAM` (hai dấu cách).\n\n\
## Sửa\n\
Thay cả dòng bằng `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (giữ `HOÀ` nếu người soạn đã \
viết đúng kiểu đó; giữ dạng NFD nếu văn bản đang dùng NFD, dạng không dấu nếu văn bản \
không có dấu). An toàn (`safe`): chuỗi \
đúng là cố định, không phụ thuộc nội dung văn bản.\n\n\
Không kiểm tra được trên văn bản thuần: cỡ chữ, chữ đứng đậm (kỹ thuật trình bày)."),
    },
    check,
};

/// The national title with the tone mark on `O` (`HÒA`).
const CANON: [&str; 8] = [
    "CỘNG", "HÒA", "XÃ", "HỘI", "CHỦ", "NGHĨA", "VIỆT", "NAM",
];
/// The other placement the decree itself uses.
const HOA_ALT: &str = "HOÀ";

fn check(doc: &Document, cx: &mut Context) {
    let Some(qh) = cx.need(doc, ComponentKind::QuocHieu) else {
        return;
    };
    let range = trim_range(doc.text, qh.first());
    let original = doc.slice(range);
    let words = words(doc.text, range);
    let wording = Wording::of(doc);

    let mut spelling = false;
    let mut case = false;
    let mut spacing = false;
    let mut bad: Vec<TextRange> = Vec::new();
    let mut misspelt: Vec<&str> = Vec::new();
    let mut hoa = CANON.get(1).copied().unwrap_or("HÒA");
    if words.len() == CANON.len() {
        for (i, (w, expected)) in words.iter().zip(CANON).enumerate() {
            let composed = wording.norm(doc.slice(*w));
            let upper = composed.to_uppercase();
            let alt = wording.norm(HOA_ALT);
            let right = if i == 1 {
                upper == wording.norm(expected) || upper == alt
            } else {
                upper == wording.norm(expected)
            };
            if i == 1 && upper == alt && !wording.plain {
                hoa = HOA_ALT;
            }
            if !right {
                spelling = true;
                misspelt.push(doc.slice(*w));
                bad.push(*w);
            } else if composed != upper {
                case = true;
                bad.push(*w);
            }
        }
        for pair in words.windows(2) {
            if let [a, b] = pair {
                let gap = TextRange::new(a.end, b.start);
                if !is_one_space(doc.slice(gap)) {
                    spacing = true;
                    bad.push(gap);
                }
            }
        }
    } else {
        // Words run together (`CỘNGHÒA`) or split (`CỘNG HO À`): the whole line is wrong.
        spelling = true;
        bad.push(range);
    }
    let (Some(first), Some(last)) = (bad.first(), bad.last()) else {
        return;
    };
    let flagged = TextRange::new(first.start, last.end);

    let canon: String = CANON
        .iter()
        .enumerate()
        .map(|(i, w)| if i == 1 { hoa } else { w })
        .collect::<Vec<_>>()
        .join(" ");
    let mut vi: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();
    if spelling {
        let quoted: Vec<String> = misspelt.iter().map(|w| format!("“{w}”")).collect();
        if quoted.is_empty() {
            vi.push("viết sai chữ".into());
            en.push("misspelt".into());
        } else {
            vi.push(format!("viết sai chữ {}", quoted.join(", ")));
            en.push(format!("misspelt ({})", quoted.join(", ")));
        }
    }
    if case {
        vi.push("không in hoa".into());
        en.push("not in capitals".into());
    }
    if spacing {
        vi.push("sai dấu cách giữa các chữ".into());
        en.push("wrongly spaced".into());
    }
    let msg = cx.tr(
        format!("Quốc hiệu {}: phải là “{canon}”", vi.join(", ")),
        format!("The national title is {}: it must read “{canon}”", en.join(", ")),
    );
    let shown = wording.replacement(&canon, "");
    let title = cx.tr(
        format!("Sửa Quốc hiệu thành “{shown}”"),
        format!("Write the national title as “{shown}”"),
    );
    let replacement = wording.replacement(&canon, original);
    cx.report(flagged, msg)
        .with_fix(title, Applicability::Safe, range, replacement);
}

/// Whitespace-separated words of `range` (`text` is the whole document).
pub(super) fn words(text: &str, range: TextRange) -> Vec<TextRange> {
    let s = text.get(range.start..range.end).unwrap_or("");
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, ch) in s.char_indices() {
        if ch.is_whitespace() {
            if let Some(st) = start.take() {
                out.push(TextRange::new(range.start + st, range.start + i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push(TextRange::new(range.start + st, range.end));
    }
    out
}

/// Exactly one space (a no-break space looks the same and is accepted).
pub(super) fn is_one_space(gap: &str) -> bool {
    gap == " " || gap == "\u{a0}"
}

/// Vietnamese vowels: one row per vowel letter, one column per tone (none, huyền, sắc,
/// hỏi, ngã, nặng). Rows 0–11 lower case, 12–23 the same letters upper case.
const VOWELS: [&str; 24] = [
    "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị", "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ",
    "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ", "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
    "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
];

const BREVE: char = '\u{306}';
const CIRCUMFLEX: char = '\u{302}';
const HORN: char = '\u{31b}';
const DOT_BELOW: char = '\u{323}';
/// Combining tone marks by tone column (1 = huyền … 5 = nặng).
const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', DOT_BELOW];

/// (row, tone) of a Vietnamese vowel letter.
fn vowel(c: char) -> Option<(usize, usize)> {
    if c.is_ascii() && !matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'A' | 'E' | 'I' | 'O' | 'U' | 'Y') {
        return None;
    }
    // The 144 letters sorted once, for a binary search (this runs for every letter compared).
    static TABLE: std::sync::OnceLock<Vec<(char, u8, u8)>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t: Vec<(char, u8, u8)> = VOWELS
            .iter()
            .enumerate()
            .flat_map(|(row, letters)| letters.chars().enumerate().map(move |(tone, l)| (l, row as u8, tone as u8)))
            .collect();
        crate::sort::sort(&mut t);
        t
    });
    let i = table.binary_search_by_key(&c, |e| e.0).ok()?;
    table.get(i).map(|&(_, row, tone)| (usize::from(row), usize::from(tone)))
}

fn tone_of(mark: char) -> Option<usize> {
    match mark {
        '\u{340}' => Some(1),
        '\u{341}' => Some(2),
        _ => TONES.iter().position(|t| *t == mark).map(|p| p + 1),
    }
}

/// `base` with the combining `mark` applied, when that makes a Vietnamese letter.
fn combine(base: char, mark: char) -> Option<char> {
    let (row, tone) = vowel(base)?;
    let (case, r) = (row / 12 * 12, row % 12);
    let (row, tone) = match tone_of(mark) {
        Some(t) if tone == 0 => (r, t),
        Some(_) => return None,
        None => {
            let r = match (r, mark) {
                (0, BREVE) => 1,
                (0, CIRCUMFLEX) => 2,
                (3, CIRCUMFLEX) => 4,
                (6, CIRCUMFLEX) => 7,
                (6, HORN) => 8,
                (9, HORN) => 10,
                _ => return None,
            };
            (r, tone)
        }
    };
    VOWELS.get(case + row)?.chars().nth(tone)
}

/// Vietnamese letters written as a base letter plus combining marks (NFD, or a mix)
/// composed into single characters (NFC), so `Đo\u{323}\u{302}c` compares equal to `Độc`.
/// Other characters pass through unchanged.
pub(super) fn compose(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    for c in s.chars() {
        if let Some(last) = out.last_mut() {
            if let Some(composed) = combine(*last, c) {
                *last = composed;
                continue;
            }
        }
        out.push(c);
    }
    out.into_iter().collect()
}

/// The canonical decomposition (NFD) of Vietnamese letters: base letter, then the marks in
/// canonical order (horn, dot below, then circumflex/breve and the tone).
pub(super) fn decompose(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        let Some((row, tone)) = vowel(c) else {
            out.push(c);
            continue;
        };
        let (case, r) = (row / 12 * 12, row % 12);
        let (base_row, modifier) = match r {
            1 => (0, Some((BREVE, 230))),
            2 => (0, Some((CIRCUMFLEX, 230))),
            4 => (3, Some((CIRCUMFLEX, 230))),
            7 => (6, Some((CIRCUMFLEX, 230))),
            8 => (6, Some((HORN, 216))),
            10 => (9, Some((HORN, 216))),
            _ => (r, None),
        };
        let base = VOWELS
            .get(case + base_row)
            .and_then(|l| l.chars().next())
            .unwrap_or(c);
        out.push(base);
        let mut marks: Vec<(char, u8)> = modifier.into_iter().collect();
        if let Some(t) = tone.checked_sub(1).and_then(|i| TONES.get(i)) {
            marks.push((*t, if *t == DOT_BELOW { 220 } else { 230 }));
        }
        crate::sort::sort_by_key(&mut marks, |(_, ccc)| *ccc);
        out.extend(marks.into_iter().map(|(m, _)| m));
    }
    out
}

/// Whether the text has any Vietnamese diacritic (a marked letter, `đ`, or a combining
/// mark). A Vietnamese document without one lost its diacritics in extraction ("text
/// without accents"): the wording rules then compare letters without their marks.
pub(super) fn has_diacritics(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_ascii()
            && (('\u{300}'..='\u{36f}').contains(&c)
                || matches!(fold_char(c), Folding::Char(f) if f.is_ascii_alphabetic()))
    })
}

/// The letters without their Vietnamese marks (`Độc` → `Doc`), case kept.
pub(super) fn strip_marks(s: &str) -> String {
    compose(s)
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            _ => match vowel(c) {
                Some((row, _)) => {
                    let (case, r) = (row / 12 * 12, row % 12);
                    let base = match r {
                        1 | 2 => 0,
                        4 => 3,
                        7 | 8 => 6,
                        10 => 9,
                        _ => r,
                    };
                    VOWELS
                        .get(case + base)
                        .and_then(|l| l.chars().next())
                        .unwrap_or(c)
                }
                None => c,
            },
        })
        .collect()
}

/// How the wording rules compare a text with its fixed form: composed (NFC) letters, or,
/// in a document without diacritics, letters without their marks.
#[derive(Debug, Clone, Copy)]
pub(super) struct Wording {
    pub plain: bool,
}

impl Wording {
    pub fn of(doc: &Document) -> Self {
        Self {
            plain: !has_diacritics(doc.text),
        }
    }

    /// The form compared.
    pub fn norm(self, s: &str) -> String {
        if self.plain {
            strip_marks(s)
        } else {
            compose(s)
        }
    }

    /// The replacement for `original`: `canonical` in the document's form (NFD, or without
    /// marks when the document has none).
    pub fn replacement(self, canonical: &str, original: &str) -> String {
        if self.plain {
            strip_marks(canonical)
        } else {
            in_form_of(canonical, original)
        }
    }
}

/// Whether the text uses combining marks (NFD).
fn has_combining(s: &str) -> bool {
    s.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c))
}

/// `canonical` (NFC) in the normalisation form the replaced `original` uses, so a fix does
/// not mix NFC into an NFD document.
pub(super) fn in_form_of(canonical: &str, original: &str) -> String {
    if has_combining(original) {
        decompose(canonical)
    } else {
        canonical.to_string()
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn compose_and_decompose() {
        assert_eq!(compose("Đo\u{323}\u{302}c la\u{302}\u{323}p"), "Độc lập");
        // Marks in non-canonical order, and a half-composed letter.
        assert_eq!(compose("Đo\u{302}\u{323}c"), "Độc");
        assert_eq!(compose("Đô\u{323}c"), "Độc");
        assert_eq!(compose("Tu\u{31b}\u{323}"), "Tự");
        assert_eq!(decompose("Độc"), "Đo\u{323}\u{302}c");
        assert_eq!(decompose("Tự"), "Tu\u{31b}\u{323}");
        assert_eq!(decompose("HOÀ"), "HOA\u{300}");
        for w in CANON {
            assert_eq!(compose(&decompose(w)), w);
        }
        assert_eq!(strip_marks("Độc lập - Tự do - Hạnh phúc"), "Doc lap - Tu do - Hanh phuc");
        assert_eq!(strip_marks("SO\u{302}\u{301} ĐƯỜNG"), "SO DUONG");
        assert!(has_diacritics("Số"));
        assert!(has_diacritics("So\u{301}"));
        assert!(has_diacritics("đ"));
        assert!(!has_diacritics("CONG HOA XA HOI – “Doc lap”\u{a0}"));
        // A mark that makes no Vietnamese letter stays.
        assert_eq!(compose("n\u{303}"), "n\u{303}");
        assert_eq!(compose("ỗ\u{301}"), "ỗ\u{301}");
    }
}
