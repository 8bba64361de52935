//! TT506 `ho-ten-sai-viet-hoa`: the signer's name not in proper case (`NGUYỄN VĂN AN`,
//! `nguyễn văn an` → `Nguyễn Văn An`).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::title_case;

use super::chuoi_tham_quyen::read;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT506",
        name: "ho-ten-sai-viet-hoa",
        component: ComponentKind::ChuKy,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Họ tên người ký không viết hoa chữ cái đầu mỗi tiếng",
        summary_en: "The signer's name is not in proper case",
        spec: "§1.7",
        docs: docs!("## Kiểm tra gì\n\
Họ tên người ký viết hoa chữ cái đầu của mỗi tiếng, các chữ còn lại viết thường \
(`Nguyễn Văn An`). Báo khi họ tên viết in hoa toàn bộ (`NGUYỄN VĂN AN`), viết thường \
(`nguyễn văn an`) hoặc lẫn (`Nguyễn văn An`). Chữ sau dấu nháy hoặc gạch nối trong tên \
dân tộc thiểu số (`H'Hen`) được viết hoa hay thường đều được.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.7 và bảng chi tiết trình bày mục V (spec §1.7, \
§3): họ tên người ký trình bày bằng chữ in thường (viết hoa theo quy tắc tên người, Phụ \
lục II). Là cảnh báo vì bảng mẫu chỉ ghi “in thường” kèm ví dụ `Nguyễn Văn A`.\n\n\
## Ví dụ\n\
`NGUYỄN THÀNH SINH` → `Nguyễn Thành Sinh`.\n\n\
## Sửa\n\
Viết hoa chữ cái đầu mỗi tiếng, các chữ khác viết thường. An toàn (`safe`) với họ tên \
thông thường; không an toàn (`unsafe`) khi tên có dấu nháy hoặc gạch nối (`H'HEN NIÊ` → \
`H'Hen Niê`), vì chữ sau dấu nháy có người viết hoa, có người viết thường."),
    },
    check,
};

/// Each word: first letter upper case, the others lower case (a letter right after an
/// apostrophe or a hyphen may be either).
fn is_proper_case(name: &str) -> bool {
    name.split_whitespace().all(|word| {
        let mut first = true;
        let mut free = false;
        for ch in word.chars() {
            if matches!(ch, '\'' | '’' | '-') {
                free = true;
                continue;
            }
            if !ch.is_alphabetic() {
                continue;
            }
            let ok = if first {
                ch.is_uppercase()
            } else {
                free || ch.is_lowercase()
            };
            if !ok {
                return false;
            }
            first = false;
            free = false;
        }
        true
    })
}

/// `title_case`, with a capital after an apostrophe too (`H'HEN NIÊ` → `H'Hen Niê`).
fn proper_case(name: &str) -> String {
    let base = title_case(name);
    let mut out = String::with_capacity(base.len());
    let mut after_apostrophe = false;
    for ch in base.chars() {
        if after_apostrophe && ch.is_alphabetic() {
            out.extend(ch.to_uppercase());
        } else {
            out.push(ch);
        }
        after_apostrophe = matches!(ch, '\'' | '’');
    }
    out
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(c) = cx.need(doc, ComponentKind::ChuKy) else {
        return;
    };
    let sig = read(doc, c);
    let Some(name) = sig.name() else { return };
    let text = doc.slice(name.range);
    if is_proper_case(text) {
        return;
    }
    let fixed = proper_case(text);
    let applicability = if text.contains(['\'', '’', '-']) {
        Applicability::Unsafe
    } else {
        Applicability::Safe
    };
    let msg = cx.tr(
        format!("Họ tên người ký phải viết hoa chữ cái đầu mỗi tiếng, các chữ khác viết thường: “{text}”"),
        format!("The signer's name must have a capital on each syllable only: “{text}”"),
    );
    let title = cx.tr(format!("Sửa thành “{fixed}”"), format!("Change to “{fixed}”"));
    cx.report(name.range, msg)
        .with_fix(title, applicability, name.range, fixed);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_cases() {
        assert!(is_proper_case("Nguyễn Văn An"));
        assert!(is_proper_case("Nguyễn Văn A"));
        assert!(is_proper_case("H'Hen Niê"));
        assert!(is_proper_case("H'hen Niê"));
        // NFD: the marks are neither upper nor lower case.
        assert!(is_proper_case("Nguye\u{302}\u{303}n Va\u{306}n An"));
        assert!(!is_proper_case("NGUYỄN VĂN AN"));
        assert!(!is_proper_case("nguyễn văn an"));
        assert!(!is_proper_case("Nguyễn văn An"));
        assert_eq!(proper_case("H'HEN NIÊ"), "H'Hen Niê");
        assert_eq!(proper_case("nguyễn văn an"), "Nguyễn Văn An");
    }
}
