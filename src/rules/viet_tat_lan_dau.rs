//! TT480 `viet-tat-lan-dau`: an abbreviation (`THPT`, `KCB`, `BHYT`) used in the body before,
//! or without, its full form with the abbreviation in brackets (`Bảo hiểm y tế (BHYT)`).

use crate::body::spelling::{is_abbreviation, is_common_abbreviation, swar_range, swar_scan};
use crate::component::ComponentKind;
use crate::diagnostic::{Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT480",
        name: "viet-tat-lan-dau",
        component: ComponentKind::NoiDung,
        severity: Severity::Info,
        fix: FixAvailability::None,
        summary_vi: "Chữ viết tắt dùng lần đầu không có dạng đầy đủ",
        summary_en: "An abbreviation is used before its full form",
        spec: "§4.2",
        docs: docs!("## Kiểm tra gì\n\
Chữ viết tắt trong phần nội dung — từ 2 đến 8 chữ cái in hoa (Latin hoặc `Đ`) không đọc \
được thành một âm tiết tiếng Việt, như `THPT`, `KCB`, `BHYT`, `ATLĐ` — được dùng lần \
đầu mà trước đó văn bản chưa viết dạng đầy đủ kèm chữ viết tắt trong ngoặc \
(`Bảo hiểm y tế (BHYT)`: các chữ đầu của những từ đứng trước ngoặc ghép thành chữ viết \
tắt, có thể bỏ qua từ nhỏ như `Kế hoạch và Đầu tư (KHĐT)`) hoặc câu giải thích (`sau đây \
viết tắt là BHXH`). Mỗi chữ viết tắt chỉ báo một lần, tại chỗ dùng đầu tiên; nếu phần giải \
thích có nhưng nằm sau, lời nhắn nói rõ. Chữ viết tắt trong ngoặc sau những từ không ghép \
thành nó (`sự cố hóa chất (VLNCN)`, tên tiếng Anh như `chỉ số hoàn thành công việc (KPI)`) \
không được coi là phần giải thích, cũng không bị báo.\n\n\
Không bị báo: chữ in hoa là từ tiếng Việt (`THÔNG BÁO`, `QUYẾT ĐỊNH`), số La Mã (`XVII`), \
chữ viết tắt nằm trong số, ký hiệu văn bản (`55-NQ/TW`, `QĐ-UBND`, `TH-NC`) hay mã có chữ \
số (`VN2000`), chữ in hoa trong tên đăng ký của doanh nghiệp (`Công ty Cổ phần … ATECH`, \
`Công ty TNHH …`), và các chữ viết tắt ai cũng biết trong bảng \
`body::spelling::COMMON_ABBREVIATIONS`: `UBND`, `HĐND` (các mẫu của Nghị định viết như \
vậy), `ĐBQH`, `MTTQ` (có trong tên chính thức của các cơ quan: `Văn phòng Đoàn ĐBQH và \
HĐND`, `Ủy ban MTTQ Việt Nam`), `COVID`, `SARS`, `HIV`, `AIDS`, đơn vị tiền tệ và tiêu \
chuẩn (`VND`, `USD`, `TCVN`, `QCVN`, `ISO`, `GDP`, `FDI`, `ODA`, `GPS`), loại hình doanh \
nghiệp (`TNHH`, `MTV`) và tên tổ chức quốc tế viết tắt (`ASEAN`, `WTO`, `UNESCO`, `WHO`…) \
mà Phụ lục II của Nghị định cho phép viết tắt. Chữ viết tắt chỉ có một chữ Latin sau `Đ` \
(`ĐT`) không được nhận ra.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP **không có** quy định chung về viết tắt trong nội dung văn bản \
(spec §4.2). Quy tắc “chỉ viết tắt cụm từ dùng nhiều lần, và lần đầu phải viết đầy đủ kèm chữ \
viết tắt trong ngoặc” đến từ Thông tư 01/2011/TT-BNV đã hết hiệu lực (chưa được xác nhận \
từ nguồn gốc). Vì vậy đây chỉ là thông tin (`info`), giúp người đọc ngoài cơ quan hiểu văn \
bản.\n\n\
## Ví dụ\n\
`… tổ chức kỳ thi tốt nghiệp THPT …` khi văn bản chưa viết `Trung học phổ thông (THPT)`.\n\n\
## Sửa\n\
Không có sửa tự động: chương trình không biết dạng đầy đủ của chữ viết tắt. Người soạn \
viết dạng đầy đủ ở lần dùng đầu, kèm chữ viết tắt trong ngoặc."),
    },
    check,
};

/// Distinct capital words followed (see `check`).
const MAX_DISTINCT: usize = 300;

/// An abbreviation's first definition and first use in the body.
struct Seen {
    defined: Option<usize>,
    first_use: Option<TextRange>,
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(body) = cx.need(doc, ComponentKind::NoiDung) else {
        return;
    };
    let body_ranges: Vec<TextRange> = body.parts.iter().map(|p| p.range).collect();
    let text = doc.text;
    let mut seen: Vec<Seen> = Vec::new();
    // Words already judged (an abbreviation is usually used many times). A document has a few
    // dozen distinct ones; past `MAX_DISTINCT` the rest are not followed, which keeps the
    // lookups linear in the text even for a pathological paste.
    let mut judged: Vec<(&str, bool)> = Vec::new();
    let mut keys: Vec<String> = Vec::new();
    for w in capital_runs(text) {
        let word = doc.slice(w);
        let verdict = match judged.iter().find(|(x, _)| *x == word) {
            Some((_, v)) => *v,
            None if judged.len() >= MAX_DISTINCT => continue,
            None => {
                let v = is_abbreviation(word) && !is_common_abbreviation(&fold(word));
                judged.push((word, v));
                v
            }
        };
        if !verdict || in_symbol(text, w) || in_company_name(text, w) {
            continue;
        }
        let key = fold(word);
        let k = match keys.iter().position(|x| *x == key) {
            Some(k) => k,
            None => {
                keys.push(key);
                seen.push(Seen {
                    defined: None,
                    first_use: None,
                });
                seen.len() - 1
            }
        };
        let Some(entry) = seen.get_mut(k) else {
            continue;
        };
        let kind = occurrence(text, w);
        if kind == Occurrence::Definition {
            entry.defined.get_or_insert(w.start);
        } else if kind == Occurrence::Use
            && entry.first_use.is_none()
            && body_ranges
                .iter()
                .any(|r| r.start <= w.start && w.end <= r.end)
        {
            entry.first_use = Some(w);
        }
    }
    for s in &seen {
        let Some(at) = s.first_use else {
            continue;
        };
        let word = doc.slice(at);
        let msg = match s.defined {
            Some(d) if d < at.start => continue,
            Some(_) => cx.tr(
                format!("Chữ viết tắt “{word}” được dùng trước khi viết dạng đầy đủ (dạng đầy đủ kèm “({word})” nằm ở sau)"),
                format!("The abbreviation “{word}” is used before its full form (the full form with “({word})” comes later)"),
            ),
            None => cx.tr(
                format!("Chữ viết tắt “{word}” dùng lần đầu chưa có dạng đầy đủ (viết đầy đủ kèm “({word})” ở lần dùng đầu)"),
                format!("The abbreviation “{word}” is used without its full form (spell it out with “({word})” at first use)"),
            ),
        };
        cx.report(at, msg);
    }
}

/// Whole words of 2–9 bytes made only of capital Latin letters and `Đ`, with two Latin
/// capitals in a row (`UBND`, `HĐND`, `ĐBQH`; `ĐT` alone is not seen).
fn capital_runs(text: &str) -> Vec<TextRange> {
    let bytes = text.as_bytes();
    let capital = |p: usize| -> usize {
        match bytes.get(p) {
            Some(b'A'..=b'Z') => 1,
            // `Đ` is C4 90.
            Some(0xC4) if bytes.get(p + 1) == Some(&0x90) => 2,
            _ => 0,
        }
    };
    // Every abbreviation has two Latin capitals in a row (`UBND`, `HĐND`, `ĐBQH`): find
    // those pairs eight bytes at a time, then read each run of capitals once.
    let mut pairs: Vec<usize> = Vec::new();
    swar_scan(
        bytes,
        |x, y| swar_range(x, b'A', b'Z') & swar_range(y, b'A', b'Z'),
        |p| pairs.push(p),
    );
    let mut out = Vec::new();
    let mut next = 0usize;
    for p in pairs {
        if p < next {
            continue;
        }
        let mut start = p;
        loop {
            if start >= 1 && capital(start - 1) == 1 {
                start -= 1;
            } else if start >= 2 && capital(start - 2) == 2 {
                start -= 2;
            } else {
                break;
            }
        }
        let mut end = p;
        loop {
            let n = capital(end);
            if n == 0 {
                break;
            }
            end += n;
        }
        next = end;
        if end - start > 9 {
            continue;
        }
        // A whole word: no letter (or combining mark) on either side.
        let before = text.get(..start).and_then(|s| s.chars().next_back());
        let after = text.get(end..).and_then(|s| s.chars().next());
        let letter = |c: Option<char>| {
            c.is_some_and(|c| c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c))
        };
        if !letter(before) && !letter(after) {
            out.push(TextRange::new(start, end));
        }
    }
    out
}

/// Part of a document symbol or a code: next to `-`, `/`, `&`, `.` or a digit
/// (`55-NQ/TW`, `QĐ-UBND`, `VN2000`, `TN&MT`, `P.CTHĐND`).
fn in_symbol(text: &str, w: TextRange) -> bool {
    // A symbol wrapped at a hyphen or slash by the layout (`NĐ-⏎CP`) still joins.
    let head = text.get(..w.start).unwrap_or("");
    let unwrapped = head.trim_end_matches([' ', '\r']);
    let head = match unwrapped.strip_suffix('\n') {
        Some(h) => h.trim_end_matches(['\r', ' ']),
        None => head,
    };
    let before = head.chars().next_back();
    let after = text.get(w.end..).and_then(|s| s.chars().next());
    let joins = |c: char| matches!(c, '-' | '/' | '&' | '_' | '–') || c.is_ascii_digit();
    // `.` joins before (`P.CTHĐND`), and after only when a letter follows (`TP.HCM`), not at
    // the end of a sentence.
    let dot_joins = || {
        text.get(w.end + 1..)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_alphanumeric)
    };
    before.is_some_and(|c| joins(c) || c == '.')
        || after.is_some_and(|c| joins(c) || (c == '.' && dot_joins()))
}

/// Inside the registered name of a company or bank (`Công ty Cổ phần phát triển và ứng dụng
/// ATECH`, `Ngân hàng TMCP …`): a name, not an abbreviation to spell out.
fn in_company_name(text: &str, w: TextRange) -> bool {
    let mut start = w.start.saturating_sub(100);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let before = fold(text.get(start..w.start).unwrap_or(""));
    ["cong ty", "tap doan", "doanh nghiep", "ngan hang", "hop tac xa"]
        .iter()
        .filter_map(|k| before.rfind(k).map(|p| p + k.len()))
        .max()
        .and_then(|p| before.get(p..))
        .is_some_and(|rest| !rest.contains(['.', ',', ';', ':', '(', ')']))
}

/// What an occurrence of an abbreviation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Occurrence {
    /// `Bảo hiểm y tế (BHYT)`, `(sau đây viết tắt là BHXH …)`, `gọi tắt là “KCB”`.
    Definition,
    /// In brackets after words that do not spell it (`sự cố hóa chất (VLNCN)`, `chỉ số hoàn
    /// thành công việc (KPI)`, an English name): neither a definition nor a use.
    Bracketed,
    Use,
}

fn occurrence(text: &str, w: TextRange) -> Occurrence {
    let mut start = w.start.saturating_sub(160);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let Some(before) = text.get(start..w.start) else {
        return Occurrence::Use;
    };
    let before = before.trim_end_matches([' ', '“', '"', '‘', '\'']);
    let after = text
        .get(w.end..)
        .unwrap_or("")
        .trim_start_matches([' ', '”', '"', '’', '\'']);
    if let Some(phrase) = before.strip_suffix('(') {
        if after.starts_with([')', ',', ';']) {
            let abbr = fold(text.get(w.start..w.end).unwrap_or(""));
            return if spells(&fold(phrase), &abbr) {
                Occurrence::Definition
            } else {
                Occurrence::Bracketed
            };
        }
    }
    let folded = fold(before);
    let folded = folded.trim_end_matches([':', ' ']);
    let phrase = [
        "viet tat la",
        "goi tat la",
        "goi chung la",
        "viet tat",
        "goi tat",
        "sau day goi la",
    ]
    .iter()
    .any(|p| folded.ends_with(p));
    if phrase {
        Occurrence::Definition
    } else {
        Occurrence::Use
    }
}

/// Whether the words at the end of `phrase` (folded) spell the folded abbreviation by their
/// first letters, skipping small words (`Bảo hiểm y tế` → `bhyt`, `Kế hoạch và Đầu tư` →
/// `khdt`, `khám bệnh, chữa bệnh` → `kcb`): the abbreviation's last letter starts the last
/// word, and its letters start words before it, in order.
fn spells(phrase: &str, abbr: &str) -> bool {
    let initials: Vec<u8> = phrase
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter_map(|w| w.bytes().next())
        .collect();
    let letters = abbr.as_bytes();
    let window = initials.len().saturating_sub(2 * letters.len() + 2);
    let mut want = letters.iter().rev().peekable();
    // The last word must give the last letter.
    if initials.last() != letters.last() {
        return false;
    }
    for &c in initials.get(window..).unwrap_or_default().iter().rev() {
        if want.peek() == Some(&&c) {
            want.next();
        }
    }
    want.peek().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_forms_spell_their_abbreviation() {
        assert!(spells(&fold("Luật Bảo hiểm y tế"), "bhyt"));
        assert!(spells(&fold("Sở Kế hoạch và Đầu tư"), "khdt"));
        assert!(spells(&fold("các cơ sở khám bệnh, chữa bệnh"), "kcb"));
        assert!(spells(&fold("Hội đồng nhân dân"), "hdnd"));
        assert!(!spells(&fold("ứng phó sự cố hóa chất"), "vlncn"));
        assert!(!spells(&fold("chỉ số hoàn thành công việc"), "kpi"));
        assert!(!spells("", "kcb"));
    }

    #[test]
    fn occurrences() {
        let t = "Bảo hiểm y tế (BHYT) và BHYT; sự cố hóa chất (VLNCN); (sau đây viết tắt là KCB)";
        let at = |w: &str, n: usize| {
            let p = t.match_indices(w).nth(n).map(|(p, _)| p).unwrap_or(0);
            occurrence(t, TextRange::new(p, p + w.len()))
        };
        assert_eq!(at("BHYT", 0), Occurrence::Definition);
        assert_eq!(at("BHYT", 1), Occurrence::Use);
        assert_eq!(at("VLNCN", 0), Occurrence::Bracketed);
        assert_eq!(at("KCB", 0), Occurrence::Definition);
    }
}
