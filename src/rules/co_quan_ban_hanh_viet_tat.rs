//! TT203 `co-quan-ban-hanh-viet-tat`: the issuing body's name is abbreviated (only the
//! parent body's line may be).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::is_upper;

use super::quoc_hieu_sai_chu::{compose, strip_marks};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT203",
        name: "co-quan-ban-hanh-viet-tat",
        component: ComponentKind::CoQuanBanHanh,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Tên cơ quan ban hành viết tắt (chỉ cơ quan chủ quản được viết tắt)",
        summary_en: "The issuing body's name is abbreviated",
        spec: "§1.2",
        docs: docs!("## Kiểm tra gì\n\
Tên cơ quan, tổ chức ban hành (dòng dưới tên cơ quan chủ quản; có thể xuống nhiều dòng) \
không được có chữ viết tắt. Một chữ viết hoa từ hai chữ cái trở lên là chữ viết tắt khi:\n\
- nằm trong danh sách chữ viết tắt đã biết (`UBND`, `HĐND`, `TP.`, `TX.`, `MTTQ`, \
`UBMTTQ`, `ĐBQH`, `TW`, `VP`, `BQL`, `BCĐ`, `QĐ`) — lỗi (`error`), có sửa; hoặc\n\
- không có nguyên âm nào (`SCT`, `SNNMT`, `VPCP`, `TNHH`), hoặc có đúng một nguyên âm \
không dấu trong bốn chữ cái trở lên và không ghép được thành một âm tiết tiếng Việt \
(`TAND`, `TTYT`) — cảnh báo (`warning`), không sửa, vì đây là phép đoán.\n\n\
Không bị coi là viết tắt: chữ tiếng Việt bình thường (`SỞ`, `BỘ`, `CỤC`, `VỤ`, `ĐOÀN` — \
mọi âm tiết tiếng Việt hợp lệ, và mọi chữ có nguyên âm mang dấu như `KRÔNG`, `ĐẮK`), \
số La Mã (`II`, `XIV`), và số hiệu văn bản nằm trong tên (chữ có chữ số hoặc `/`, như \
`SỐ 1050/QĐ-SCT` trong `ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT`: đó là số ký hiệu \
của quyết định thành lập đoàn, không phải tên viết tắt). Dòng tên cơ quan chủ quản \
(`UBND TỈNH LÀO CAI` trên `SỞ CÔNG THƯƠNG`) được viết tắt nên không bị kiểm tra. Văn \
bản không có dấu tiếng Việt nào (bản trích mất dấu): `HDND` được đọc là `HĐND`, và chỉ \
chữ không có nguyên âm bị coi là viết tắt (không còn dấu để phân biệt `KRONG` với \
`TAND`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.2 (spec §1.2, §6 mục 9): tên cơ quan, tổ chức \
ban hành phải ghi đầy đủ; chỉ tên cơ quan chủ quản trực tiếp được viết tắt những cụm \
từ thông dụng.\n\n\
## Ví dụ\n\
`UBND TỈNH LÀO CAI` là dòng tên cơ quan ban hành duy nhất (không có cơ quan chủ quản \
ở trên) → phải là `ỦY BAN NHÂN DÂN TỈNH LÀO CAI`.\n\n\
## Sửa\n\
Chữ viết tắt đã biết được thay bằng tên đầy đủ in hoa (`UBND` → `ỦY BAN NHÂN DÂN`, \
`HĐND` → `HỘI ĐỒNG NHÂN DÂN`, `TP.` → `THÀNH PHỐ`): an toàn (`safe`), vì các chữ này \
chỉ có một nghĩa trong tên cơ quan. Chữ viết tắt khác (`SCT`) không tự sửa được: chỉ \
cơ quan mới biết tên đầy đủ của mình."),
    },
    check,
};

/// Abbreviations with a single meaning in a body's name, and that meaning.
const KNOWN: &[(&str, &str)] = &[
    ("UBND", "ỦY BAN NHÂN DÂN"),
    ("HĐND", "HỘI ĐỒNG NHÂN DÂN"),
    ("UBMTTQ", "ỦY BAN MẶT TRẬN TỔ QUỐC"),
    ("MTTQ", "MẶT TRẬN TỔ QUỐC"),
    ("ĐBQH", "ĐẠI BIỂU QUỐC HỘI"),
    ("TP", "THÀNH PHỐ"),
    ("TX", "THỊ XÃ"),
    ("TW", "TRUNG ƯƠNG"),
    ("VP", "VĂN PHÒNG"),
    ("BQL", "BAN QUẢN LÝ"),
    ("BCĐ", "BAN CHỈ ĐẠO"),
    ("QĐ", "QUYẾT ĐỊNH"),
];

fn check(doc: &Document, cx: &mut Context) {
    let Some(issuer) = cx.need(doc, ComponentKind::CoQuanBanHanh) else {
        return;
    };
    // Without diacritics `KRÔNG` reads `KRONG`: only vowel-less tokens stay suspect.
    let plain = !super::quoc_hieu_sai_chu::has_diacritics(doc.text);
    for part in &issuer.parts {
        for token in abbreviations(doc.text, part.range, plain) {
            let shown = doc.slice(token.range);
            match &token.expansion {
                Some(full) => {
                    let msg = cx.tr(
                        format!("Tên cơ quan ban hành viết tắt “{shown}”: phải viết đầy đủ “{full}”"),
                        format!("The issuing body's name is abbreviated (“{shown}”): write “{full}” in full"),
                    );
                    let title = cx.tr(
                        format!("Viết đầy đủ “{full}”"),
                        format!("Write “{full}” in full"),
                    );
                    // `TP.HỒ CHÍ MINH`: the dot also separated the words.
                    let glued = doc
                        .text
                        .get(token.range.end..)
                        .and_then(|s| s.chars().next())
                        .is_some_and(|c| c.is_alphanumeric());
                    let new_text = if glued {
                        format!("{full} ")
                    } else {
                        full.to_string()
                    };
                    cx.report(token.range, msg).with_fix(
                        title,
                        Applicability::Safe,
                        token.range,
                        new_text,
                    );
                }
                None => {
                    let msg = cx.tr(
                        format!("Tên cơ quan ban hành có chữ viết tắt “{shown}”: chỉ tên cơ quan chủ quản được viết tắt"),
                        format!("The issuing body's name contains the abbreviation “{shown}”; only the parent body may be abbreviated"),
                    );
                    cx.report_with(token.range, Severity::Warning, msg);
                }
            }
        }
    }
}

struct Abbreviation {
    /// The letters, with their dot when there is one (`TP.`).
    range: TextRange,
    expansion: Option<String>,
}

/// The abbreviations in `range` of `text`.
fn abbreviations(text: &str, range: TextRange, plain: bool) -> Vec<Abbreviation> {
    let mut out = Vec::new();
    for word in super::quoc_hieu_sai_chu::words(text, range) {
        let w = text.get(word.start..word.end).unwrap_or("");
        // A document number inside the name (`SỐ 1050/QĐ-SCT`) is not an abbreviated name.
        if w.chars().any(|c| c.is_ascii_digit() || c == '/') {
            continue;
        }
        for run in letter_runs(w) {
            let Some(letters) = w.get(run.0..run.1) else {
                continue;
            };
            let dotted = w.get(run.1..).is_some_and(|rest| rest.starts_with('.'));
            let start = word.start + run.0;
            let end = word.start + run.1 + usize::from(dotted);
            if letters.chars().filter(|c| c.is_alphabetic()).count() < 2 {
                continue;
            }
            // Without diacritics `HDND` stands for `HĐND`, and the fix stays without marks.
            let form = |s: &str| {
                if plain {
                    strip_marks(s)
                } else {
                    compose(s)
                }
            };
            let upper = form(letters).to_uppercase();
            if let Some((_, full)) = KNOWN.iter().find(|(a, _)| form(a) == upper) {
                if is_upper(letters) || dotted {
                    out.push(Abbreviation {
                        range: TextRange::new(start, end),
                        expansion: Some(form(full)),
                    });
                }
                continue;
            }
            if is_upper(letters) && looks_abbreviated(letters, plain) {
                out.push(Abbreviation {
                    range: TextRange::new(start, end),
                    expansion: None,
                });
            }
        }
    }
    out
}

/// Byte ranges of the maximal runs of letters (with their combining marks) of `w`.
fn letter_runs(w: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, ch) in w.char_indices() {
        let letter = ch.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&ch);
        match (letter, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, w.len()));
    }
    out
}

/// An upper-case token that cannot be a Vietnamese word: no vowel at all (`SCT`), or one
/// plain vowel among four or more letters that make no Vietnamese syllable (`TAND`).
/// A vowel carrying a Vietnamese mark (`KRÔNG`, `ĐẮK`) marks a word, and Roman numerals
/// (`XIV`) are numbers.
fn looks_abbreviated(token: &str, plain: bool) -> bool {
    let composed = compose(token);
    if composed.chars().any(|c| "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ".contains(c)) {
        return false;
    }
    if !composed.is_empty() && composed.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return false;
    }
    let f = fold(&composed);
    if !f.chars().all(|c| c.is_ascii_lowercase()) {
        // Letters from outside Vietnamese: not ours to judge.
        return false;
    }
    let vowels = f.chars().filter(|c| "aeiouy".contains(*c)).count();
    vowels == 0 || (!plain && vowels == 1 && f.len() >= 4 && !is_syllable(&f))
}

/// Whether a folded (ASCII, lower-case) token has the shape of a Vietnamese syllable:
/// initial consonant, one to three vowels, final consonant.
fn is_syllable(w: &str) -> bool {
    const INITIALS: [&str; 27] = [
        "", "ngh", "ng", "gh", "gi", "kh", "nh", "ph", "qu", "th", "tr", "ch", "b", "c", "d", "g",
        "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
    ];
    const FINALS: [&str; 9] = ["", "ng", "nh", "ch", "c", "m", "n", "p", "t"];
    let nucleus = |v: &str| (1..=3).contains(&v.len()) && v.chars().all(|c| "aeiouy".contains(c));
    INITIALS.iter().any(|i| {
        w.strip_prefix(i).is_some_and(|rest| {
            FINALS
                .iter()
                .any(|f| rest.strip_suffix(f).is_some_and(nucleus))
        })
    })
}

#[cfg(test)]
#[allow(clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn syllables_and_abbreviations() {
        for w in [
            "ngh\u{1ec7}", "quoc", "nguyen", "khuyen", "giuong", "gi", "truong", "oanh",
        ] {
            assert!(is_syllable(&fold(w)), "{w}");
        }
        for w in ["SCT", "SNNMT", "VPCP", "HĐND", "TAND", "TTYT", "BHXH", "ĐKT"] {
            assert!(looks_abbreviated(w, false), "{w}");
        }
        for w in [
            "SỞ", "BỘ", "CỤC", "VỤ", "ĐOÀN", "KRÔNG", "ĐẮK", "II", "XIV", "CA", "NAM", "GLEI",
            "SO\u{302}\u{301}",
        ] {
            assert!(!looks_abbreviated(w, false), "{w}");
        }
        // Without diacritics only vowel-less tokens are suspect.
        assert!(looks_abbreviated("SCT", true));
        for w in ["KRONG", "TAND"] {
            assert!(!looks_abbreviated(w, true), "{w}");
        }
    }

    #[test]
    fn finds_abbreviations() {
        let t = "UBND TP.HỒ CHÍ MINH THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT (SCT)";
        let all = abbreviations(t, TextRange::new(0, t.len()), false);
        let found: Vec<(&str, Option<&str>)> = all
            .iter()
            .map(|a| (&t[a.range.start..a.range.end], a.expansion.as_deref()))
            .collect();
        assert_eq!(
            found,
            vec![
                ("UBND", Some("ỦY BAN NHÂN DÂN")),
                ("TP.", Some("THÀNH PHỐ")),
                ("SCT", None)
            ]
        );
        // Without diacritics: the same abbreviations, expanded without marks.
        let t = "HDND TP HA NOI";
        let found: Vec<Option<String>> = abbreviations(t, TextRange::new(0, t.len()), true)
            .into_iter()
            .map(|a| a.expansion)
            .collect();
        assert_eq!(
            found,
            vec![Some("HOI DONG NHAN DAN".into()), Some("THANH PHO".into())]
        );
    }
}
