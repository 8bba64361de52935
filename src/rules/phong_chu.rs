//! TT603 `phong-chu`: text not in Times New Roman, or in a pre-Unicode Vietnamese font
//! (`.docx` only).

use crate::component::ComponentKind;
use crate::diagnostic::{Severity, TextRange};
use crate::docx::check;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT603",
        name: "phong-chu",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Phông chữ không phải Times New Roman (Unicode)",
        summary_en: "The font is not Times New Roman (Unicode)",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Phông chữ của mọi đoạn chữ trong tệp `.docx` (kể cả trong bảng), đã tính kế thừa kiểu \
(style) và phông của chủ đề (theme): phải là Times New Roman. Phông của bộ mã cũ (`.VnTime`, \
`.VnTimeH` — TCVN3; `VNI-Times` — VNI) được gọi tên riêng: chữ gõ bằng chúng không phải \
Unicode. Các đoạn liền nhau cùng một phông sai được gộp thành một phát hiện. Số và dấu \
đầu dòng tự động không xét. Văn bản dán vào không có phông: quy tắc ghi “không đánh giá”.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I (spec §3): phông chữ trình bày văn bản là phông chữ \
tiếng Việt Times New Roman, bộ mã ký tự Unicode theo TCVN 6909:2001, màu đen.\n\n\
## Ví dụ\n\
Phần nội dung để phông Arial; hoặc văn bản cũ soạn bằng `.VnTime`.\n\n\
## Sửa\n\
Chỉ mô tả (`display-only`): chọn đoạn chữ, đặt phông Times New Roman (tốt nhất sửa trong \
kiểu Normal để cả văn bản theo). Chữ gõ bằng phông TCVN3/VNI phải chuyển mã sang Unicode \
trước (ví dụ bằng Unikey: Công cụ chuyển mã), không chỉ đổi phông."),
    },
    check,
};

const EXPECTED: &str = "Times New Roman";

/// A pre-Unicode Vietnamese font (TCVN3 `.Vn…`, VNI `VNI-…`).
fn legacy(font: &str) -> bool {
    let f = font.trim().to_ascii_lowercase();
    f.starts_with(".vn") || f.starts_with("vni-") || f.starts_with("vni ")
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(layout) = check::layout(doc, cx) else {
        return;
    };
    let all = TextRange::new(0, doc.text.len());
    let items = layout.runs.iter().filter_map(|r| {
        let range = check::text_part(doc.text, r, all)?;
        let font = layout.run_font(r, doc.text);
        let wrong = !font.trim().eq_ignore_ascii_case(EXPECTED);
        Some((range, wrong.then(|| font.to_string())))
    });
    for (range, font) in check::group(items) {
        let msg = if legacy(&font) {
            cx.tr(
                format!("Phông chữ “{font}” là phông bộ mã cũ (TCVN3/VNI), không phải Unicode; văn bản dùng phông Times New Roman, bộ mã Unicode (TCVN 6909:2001)"),
                format!("The font “{font}” is a pre-Unicode Vietnamese font (TCVN3/VNI); documents use Times New Roman with Unicode (TCVN 6909:2001)"),
            )
        } else {
            cx.tr(
                format!("Phông chữ “{font}”; văn bản dùng phông Times New Roman"),
                format!("The font is “{font}”; documents use Times New Roman"),
            )
        };
        if legacy(&font) {
            check::report(
                cx,
                range,
                msg,
                "Chuyển mã sang Unicode rồi đặt phông Times New Roman",
                "Convert the text to Unicode, then set the font to Times New Roman",
            );
        } else {
            check::report(
                cx,
                range,
                msg,
                "Đặt phông Times New Roman",
                "Set the font to Times New Roman",
            );
        }
    }
}
