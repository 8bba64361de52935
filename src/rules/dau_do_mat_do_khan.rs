//! TT550 `dau-do-mat-do-khan`: a confidentiality or urgency stamp not written as Nghị định 30
//! writes it (`MẬT`, `TỐI MẬT`, `TUYỆT MẬT`, `KHẨN`, `THƯỢNG KHẨN`, `HỎA TỐC`).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::{to_upper, trim_range};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT550",
        name: "dau-do-mat-do-khan",
        component: ComponentKind::DoKhan,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Dấu độ mật, độ khẩn viết sai chữ hoặc không in hoa",
        summary_en: "A confidentiality or urgency stamp is miswritten",
        spec: "§1.10",
        docs: docs!("## Kiểm tra gì\n\
Dấu chỉ độ mật (`MẬT`, `TỐI MẬT`, `TUYỆT MẬT`) và dấu chỉ mức độ khẩn (`KHẨN`, \
`THƯỢNG KHẨN`, `HỎA TỐC` — Nghị định viết `HOẢ TỐC`, cả hai cách đặt dấu đều được) ở phần \
đầu văn bản: đúng chữ và in hoa. Báo lỗi khi dấu viết thường hoặc lẫn chữ thường \
(`Khẩn`, `hỏa tốc`) hoặc sai dấu thanh (`HÕA TỐC`, `TỐI MẶT` do nhận dạng ký tự). Dấu \
`HỎA TỐC HẸN GIỜ` (mức của quy định cũ) được cảnh báo: Nghị định 30 chỉ còn ba mức khẩn. \
Quy tắc báo cả hai loại dấu (thành phần ghi trong báo cáo là `do-khan`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục III.2 (spec §1.10): con dấu độ mật khắc sẵn các chữ \
`TUYỆT MẬT`, `TỐI MẬT`, `MẬT`; con dấu mức độ khẩn khắc các chữ `HOẢ TỐC`, `THƯỢNG KHẨN`, \
`KHẨN`, chữ in hoa (spec §3); văn bản được xác định độ khẩn theo ba mức hỏa tốc, thượng \
khẩn, khẩn.\n\n\
## Ví dụ\n\
`Khẩn` → `KHẨN`; `HÕA TỐC` → `HỎA TỐC`; `Tối mật` → `TỐI MẬT`.\n\n\
## Sửa\n\
Thay bằng chữ đúng của dấu, in hoa. An toàn (`safe`): chữ trên dấu chỉ có một cách viết \
đúng, và mỗi cách viết sai chỉ ứng với một dấu (so khớp không dấu). Văn bản không có dấu \
thanh nào (bản trích xuất mất dấu) chỉ được kiểm tra chữ in hoa. Không sửa \
`HỎA TỐC HẸN GIỜ`: chọn mức khẩn là việc của người ký."),
    },
    check,
};

/// The stamps, by their folded words: the accepted spellings (the first is the fix).
const STAMPS: &[(&str, &[&str])] = &[
    ("mat", &["MẬT"]),
    ("toi mat", &["TỐI MẬT"]),
    ("tuyet mat", &["TUYỆT MẬT"]),
    ("khan", &["KHẨN"]),
    ("thuong khan", &["THƯỢNG KHẨN"]),
    ("hoa toc", &["HỎA TỐC", "HOẢ TỐC"]),
];

fn check(doc: &Document, cx: &mut Context) {
    for kind in [ComponentKind::DoMat, ComponentKind::DoKhan] {
        // Optional components: no stamp, nothing to check (not a "not evaluated").
        let Some(c) = doc.get(kind) else { continue };
        for part in &c.parts {
            check_stamp(doc, cx, kind, trim_range(doc.text, part.range));
        }
    }
}

fn check_stamp(doc: &Document, cx: &mut Context, kind: ComponentKind, range: TextRange) {
    let text = doc.slice(range);
    let words: Vec<&str> = text.split_whitespace().collect();
    let joined = words.join(" ");
    let folded = fold(&joined);
    let what_vi = if kind == ComponentKind::DoMat {
        "Dấu chỉ độ mật"
    } else {
        "Dấu chỉ mức độ khẩn"
    };
    let what_en = if kind == ComponentKind::DoMat {
        "The confidentiality stamp"
    } else {
        "The urgency stamp"
    };
    if folded == "hoa toc hen gio" {
        let msg = cx.tr(
            format!("“{text}” không còn trong Nghị định 30: chỉ có các mức HỎA TỐC, THƯỢNG KHẨN, KHẨN"),
            format!("“{text}” is not in Decree 30: the levels are HỎA TỐC, THƯỢNG KHẨN, KHẨN"),
        );
        cx.report_with(range, Severity::Warning, msg);
        return;
    }
    let Some((_, spellings)) = STAMPS.iter().find(|(f, _)| *f == folded) else {
        return;
    };
    let key = exact_key(&joined);
    if spellings.iter().any(|s| exact_key(s) == key) {
        return;
    }
    // A text typed or extracted without any diacritics (`KHAN`): only the case can be read.
    let bare = !super::quoc_hieu_sai_chu::has_diacritics(doc.text);
    if bare && crate::text::is_upper(text) {
        return;
    }
    let upper = to_upper(text);
    let upper_key = exact_key(&upper.split_whitespace().collect::<Vec<_>>().join(" "));
    let (msg, fix) = if bare || spellings.iter().any(|s| exact_key(s) == upper_key) {
        (
            cx.tr(
                format!("{what_vi} phải in hoa: “{text}”"),
                format!("{what_en} must be in capitals: “{text}”"),
            ),
            upper,
        )
    } else {
        let right = spellings.first().copied().unwrap_or_default();
        (
            cx.tr(
                format!("{what_vi} viết sai chữ: “{text}”, đúng là “{right}”"),
                format!("{what_en} is misspelt: “{text}” should read “{right}”"),
            ),
            right.to_string(),
        )
    };
    let title = cx.tr(format!("Sửa thành “{fix}”"), format!("Change to “{fix}”"));
    cx.report(range, msg)
        .with_fix(title, Applicability::Safe, range, fix);
}


/// A comparison key that keeps the diacritics and the case but not the encoding: NFC,
/// NFD and “tổ hợp” text (`Â` + a combining tone) of the same word give the same key.
pub(super) fn exact_key(s: &str) -> String {
    super::quoc_hieu_sai_chu::compose(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_the_encoding_not_the_marks() {
        // NFC, NFD, and precomposed shape + combining tone.
        assert_eq!(exact_key("MẬT"), exact_key("MA\u{323}\u{302}T"));
        assert_eq!(exact_key("MẬT"), exact_key("MÂ\u{323}T"));
        assert_eq!(exact_key("THƯỢNG"), exact_key("THU\u{31B}O\u{31B}\u{323}NG"));
        assert_eq!(exact_key("TỐC"), exact_key("TÔ\u{301}C"));
        assert_ne!(exact_key("HÕA"), exact_key("HỎA"));
        assert_ne!(exact_key("HOẢ"), exact_key("HỎA"));
        assert_ne!(exact_key("Mật"), exact_key("MẬT"));
        assert_ne!(exact_key("THỦ"), exact_key("THỨ"));
    }
}
