//! TT204 `ten-co-quan-khong-in-hoa`: the issuing body's or the parent body's name is not in
//! capitals.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::to_upper;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT204",
        name: "ten-co-quan-khong-in-hoa",
        component: ComponentKind::CoQuanBanHanh,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Tên cơ quan ban hành hoặc cơ quan chủ quản không in hoa",
        summary_en: "The issuing or parent body's name is not in capitals",
        spec: "§1.2",
        docs: docs!("## Kiểm tra gì\n\
Tên cơ quan, tổ chức ban hành và tên cơ quan chủ quản trực tiếp (ô số 2) phải viết bằng \
chữ in hoa. Mỗi dòng của tên được xét riêng; thông báo chỉ đúng đoạn có chữ thường (từ \
chữ thường đầu tiên đến chữ thường cuối cùng của dòng). Số hiệu văn bản nằm trong tên \
(chữ có chữ số hoặc `/`, như `SỐ 15/QĐ-TTg`) không bị xét, vì ký hiệu chính thức có \
thể có chữ thường (`TTg`). Dấu `Dự thảo` (`Dự thảo lần 2`, `(Dự thảo)`) đặt trên \
phần đầu văn bản không phải tên cơ quan và không bị xét.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.2 (spec §1.2): tên cơ quan, tổ chức chủ quản \
và tên cơ quan, tổ chức ban hành được trình bày bằng chữ in hoa.\n\n\
## Ví dụ\n\
`Sở Nội vụ` dưới `UBND TỈNH LẠNG SƠN` → `SỞ NỘI VỤ`.\n\n\
## Sửa\n\
Viết in hoa đoạn bị báo. An toàn (`safe`): chỉ đổi chữ thường thành chữ hoa, không \
thêm bớt chữ nào (văn bản NFD giữ nguyên dấu kết hợp).\n\n\
Không kiểm tra được trên văn bản thuần: chữ đậm của tên cơ quan ban hành, chữ đứng của \
tên cơ quan chủ quản, đường kẻ dưới tên."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::CoQuanBanHanh).is_none() {
        return;
    }
    for kind in [ComponentKind::CoQuanChuQuan, ComponentKind::CoQuanBanHanh] {
        let Some(c) = doc.get(kind) else { continue };
        for part in &c.parts {
            if is_draft_marker(doc.slice(part.range)) {
                continue;
            }
            let Some(flagged) = lower_case_span(doc.text, part.range) else {
                continue;
            };
            let shown = doc.slice(flagged);
            let upper = to_upper(shown);
            if upper == shown {
                // Lower-case letters without a capital (`ª`, `ß` in some forms): nothing to fix.
                continue;
            }
            let msg = match kind {
                ComponentKind::CoQuanChuQuan => cx.tr(
                    format!("Tên cơ quan chủ quản phải in hoa: “{shown}” → “{upper}”"),
                    format!("The parent body's name must be in capitals: “{shown}” → “{upper}”"),
                ),
                _ => cx.tr(
                    format!("Tên cơ quan ban hành phải in hoa: “{shown}” → “{upper}”"),
                    format!("The issuing body's name must be in capitals: “{shown}” → “{upper}”"),
                ),
            };
            let title = cx.tr("Viết in hoa tên cơ quan", "Write the body's name in capitals");
            cx.report(flagged, msg)
                .with_fix(title, Applicability::Safe, flagged, upper);
        }
    }
}

/// From the first to the last word of `range` with a lower-case letter, skipping document
/// numbers (`15/QĐ-TTg`).
fn lower_case_span(text: &str, range: TextRange) -> Option<TextRange> {
    let lower: Vec<TextRange> = super::quoc_hieu_sai_chu::words(text, range)
        .into_iter()
        .filter(|w| {
            let s = text.get(w.start..w.end).unwrap_or("");
            !s.chars().any(|c| c.is_ascii_digit() || c == '/')
                && s.chars().any(char::is_lowercase)
        })
        .collect();
    Some(TextRange::new(lower.first()?.start, lower.last()?.end))
}

/// A `Dự thảo` / `(Dự thảo lần 2)` mark above the header is not a body's name (the
/// segmenter may take it for the parent body's first line).
fn is_draft_marker(s: &str) -> bool {
    crate::fold::fold(s)
        .trim_start_matches(|c: char| !c.is_ascii_alphanumeric())
        .starts_with("du thao")
}
