//! TT609 `mau-chu`: text that is not black (`.docx` only).

use crate::component::ComponentKind;
use crate::diagnostic::{Severity, TextRange};
use crate::docx::check;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT609",
        name: "mau-chu",
        component: ComponentKind::VanBan,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Chữ không màu đen",
        summary_en: "Text is not black",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Màu chữ của mọi đoạn chữ trong tệp `.docx` (đã tính kế thừa kiểu): phải là màu đen (hoặc \
“tự động”; xám rất đậm như `#1A1A1A` coi là đen). Dấu độ khẩn, độ mật được phép màu đỏ. Các \
đoạn liền nhau cùng một màu được gộp thành một phát hiện. Văn bản dán vào không có màu: quy \
tắc ghi “không đánh giá”.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I (spec §3): phông chữ Times New Roman, màu đen; con dấu \
và dấu chỉ mức độ khẩn màu đỏ, chữ ký màu xanh là mực của bản giấy, không phải màu chữ \
soạn thảo.\n\n\
## Ví dụ\n\
Một đoạn còn để màu xanh (`#0000FF`) sau khi chép từ thư điện tử; liên kết web giữ màu \
xanh của kiểu Hyperlink.\n\n\
## Sửa\n\
Chỉ mô tả (`display-only`): chọn đoạn chữ, đặt Màu phông (Font Color) → Tự động \
(Automatic) hoặc đen."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(layout) = check::layout(doc, cx) else {
        return;
    };
    let stamps: Vec<TextRange> = doc
        .components
        .iter()
        .filter(|c| matches!(c.kind, ComponentKind::DoKhan | ComponentKind::DoMat))
        .map(|c| c.range())
        .collect();
    let all = TextRange::new(0, doc.text.len());
    let items = layout.runs.iter().filter_map(|r| {
        let range = check::text_part(doc.text, r, all)?;
        let c = r.format.color;
        let stamp = stamps
            .iter()
            .any(|s| s.start <= range.start && range.end <= s.end);
        let allowed = c.is_black() || (stamp && c.is_red());
        let wrong = !allowed;
        Some((range, wrong.then_some(c)))
    });
    for (range, color) in check::group(items) {
        let hex = color.hex();
        let msg = cx.tr(
            format!("Chữ màu {hex}; văn bản trình bày màu đen"),
            format!("The text is coloured {hex}; documents are printed in black"),
        );
        check::report(cx, range, msg, "Đặt màu chữ đen (Tự động)", "Set the font colour to black (Automatic)");
    }
}
