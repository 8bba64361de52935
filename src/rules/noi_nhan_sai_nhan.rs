//! TT520 `noi-nhan-sai-nhan`: the label is not written `Nơi nhận:`.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT520",
        name: "noi-nhan-sai-nhan",
        component: ComponentKind::NoiNhan,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Chữ “Nơi nhận:” viết sai hoặc thiếu dấu hai chấm",
        summary_en: "“Nơi nhận:” is miswritten or lacks its colon",
        spec: "§1.9",
        docs: docs!("## Kiểm tra gì\n\
Chữ mở đầu phần nơi nhận phải là `Nơi nhận:` — chữ N hoa, các chữ khác thường, dấu hai \
chấm liền sau. Bị báo: `Nơi nhận` (thiếu dấu hai chấm), `Nơi nhận :`, `NƠI NHẬN:`, \
`Nơi Nhận:`. Chữ viết không dấu (`Noi nhan:`) không bị báo: đó là cả văn bản gõ không \
dấu, không phải lỗi thể thức của riêng dòng này.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9b (spec §1.9, §3, §6 mục 13): từ “Nơi nhận” \
được trình bày trên một dòng riêng, sau có dấu hai chấm, bằng chữ in thường (chữ đầu viết \
hoa), cỡ chữ 12, kiểu chữ nghiêng, đậm.\n\n\
## Ví dụ\n\
`NƠI NHẬN:` → `Nơi nhận:`; `Nơi nhận` → `Nơi nhận:`.\n\n\
## Sửa\n\
An toàn (`safe`): viết lại đúng chữ hoa, chữ thường từ chính các chữ đã gõ (giữ dạng \
NFD nếu có) và đặt dấu hai chấm liền sau. Kiểu chữ (nghiêng, đậm, cỡ 12) không thấy được \
trong văn bản thuần nên không kiểm tra."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiNhan).is_none() {
        return;
    }
    let Some(list) = doc.list(ComponentKind::NoiNhan) else {
        return;
    };
    let label = list.label;
    let text = doc.slice(label);
    // The two words `Nơi nhận`: up to the colon, or the whole label when it has none.
    let name_part = text.split(':').next().unwrap_or("");
    let name = name_part.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    if name.split_whitespace().count() != 2 {
        return;
    }
    let name_range = TextRange::new(label.start, label.start + name.len());
    // Between the name and the colon: only Markdown emphasis may stand there.
    let between = name_part.get(name.len()..).unwrap_or("");
    let has_colon = text.contains(':');
    let space_before_colon = has_colon && between.chars().any(char::is_whitespace);
    let expected = sentence_case(name);
    if expected == name && has_colon && !space_before_colon {
        return;
    }
    let mut problems_vi = Vec::new();
    let mut problems_en = Vec::new();
    if expected != name {
        problems_vi.push("viết chữ N hoa, các chữ khác thường");
        problems_en.push("capital N, the rest in lower case");
    }
    if !has_colon {
        problems_vi.push("có dấu hai chấm sau");
        problems_en.push("a colon after it");
    } else if space_before_colon {
        problems_vi.push("dấu hai chấm liền sau, không có dấu cách");
        problems_en.push("the colon right after it, with no space");
    }
    let msg = cx.tr(
        format!("Chữ “{name}” phải là “Nơi nhận:” ({})", problems_vi.join(", ")),
        format!(
            "“{name}” must be written “Nơi nhận:” ({})",
            problems_en.join(", ")
        ),
    );
    let title = cx.tr("Viết đúng “Nơi nhận:”", "Write “Nơi nhận:”");
    let (range, new_text) = if space_before_colon {
        // `Nơi nhận :` → `Nơi nhận:` (the whole label up to its colon).
        let colon_end = label.start + name_part.len() + 1;
        (TextRange::new(label.start, colon_end), format!("{expected}:"))
    } else if has_colon {
        (name_range, expected)
    } else {
        (name_range, format!("{expected}:"))
    };
    let flagged = if has_colon { label } else { name_range };
    cx.report(flagged, msg)
        .with_fix(title, Applicability::Safe, range, new_text);
}

/// First letter upper case, every other letter lower case (combining marks unchanged).
fn sentence_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut first = true;
    for ch in s.chars() {
        if first && ch.is_alphabetic() {
            out.extend(ch.to_uppercase());
            first = false;
        } else {
            out.extend(ch.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::sentence_case;

    #[test]
    fn sentence_case_keeps_marks() {
        assert_eq!(sentence_case("NƠI NHẬN"), "Nơi nhận");
        assert_eq!(sentence_case("Nơi Nhận"), "Nơi nhận");
        // NFD: N O+horn I, N H A+dot below+circumflex N.
        assert_eq!(
            sentence_case("NO\u{31b}I NHA\u{323}\u{302}N"),
            "No\u{31b}i nha\u{323}\u{302}n"
        );
    }
}
