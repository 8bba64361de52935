//! TT601 `kho-giay`: the paper is not A4 portrait (`.docx` only).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::docx::check;
use crate::docx::format::{decimal, mm10, Section};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT601",
        name: "kho-giay",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Khổ giấy không phải A4 dọc",
        summary_en: "The paper is not A4 portrait",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Khổ giấy của từng phần (section) trong tệp `.docx`: phải là A4 (210 × 297 mm, sai số \
1 mm), đặt dọc. Trang nằm ngang chỉ được chấp nhận ở phần có bảng (bảng, biểu không làm \
thành phụ lục riêng). Văn bản dán vào không có khổ giấy: quy tắc ghi “không đánh giá”.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I (spec §3): văn bản hành chính trình bày trên \
khổ giấy A4 (210 mm × 297 mm), theo chiều dài; trang có bảng, biểu có thể trình bày theo \
chiều rộng.\n\n\
## Ví dụ\n\
Tệp soạn trên máy đặt khổ Letter (216 × 279 mm) — khổ mặc định của Word bản tiếng Anh.\n\n\
## Sửa\n\
Chỉ mô tả (`display-only`): trong Word chọn Bố cục (Layout) → Khổ giấy (Size) → A4, \
Hướng (Orientation) → Dọc (Portrait)."),
    },
    check,
};

/// Paper sizes a drafter may meet, in tenths of a millimetre.
const KNOWN: &[(&str, i64, i64)] = &[
    ("Letter", 2159, 2794),
    ("Legal", 2159, 3556),
    ("A5", 1480, 2100),
    ("A3", 2970, 4200),
    ("B5", 1760, 2500),
    ("B5 (JIS)", 1820, 2570),
];

/// Within 1 mm.
fn close(a: i64, b: i64) -> bool {
    (a - b).abs() <= 10
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(layout) = check::layout(doc, cx) else {
        return;
    };
    for section in &layout.sections {
        check_section(doc, cx, section);
    }
}

fn check_section(doc: &Document, cx: &mut Context, s: &Section) {
    let at = check::section_anchor(doc, s);
    let (w, h) = (mm10(s.width), mm10(s.height));
    let (short, long) = (w.min(h), w.max(h));
    if !s.size_given {
        let msg = cx.tr(
            "Tệp không đặt khổ giấy: Word sẽ dùng khổ mặc định của máy (thường là Letter); văn bản phải trình bày trên khổ A4 (210 × 297 mm)",
            "The file sets no paper size: Word then uses the machine's default (often Letter); the document must be on A4 (210 × 297 mm)",
        );
        check::report(cx, at, msg, "Đặt khổ giấy A4 (210 × 297 mm)", "Set the paper size to A4 (210 × 297 mm)");
        return;
    }
    if !(close(short, 2100) && close(long, 2970)) {
        let name = KNOWN
            .iter()
            .find(|(_, a, b)| close(short, *a) && close(long, *b))
            .map(|(n, _, _)| format!("{n}, "))
            .unwrap_or_default();
        let lang = cx.lang();
        let size = format!(
            "{name}{} × {} mm",
            decimal(w, 1, lang),
            decimal(h, 1, lang)
        );
        let msg = cx.tr(
            format!("Khổ giấy là {size}; văn bản phải trình bày trên khổ A4 (210 × 297 mm)"),
            format!("The paper is {size}; the document must be on A4 (210 × 297 mm)"),
        );
        check::report(cx, at, msg, "Đặt khổ giấy A4 (210 × 297 mm)", "Set the paper size to A4 (210 × 297 mm)");
        return;
    }
    if s.landscape() && !s.has_table {
        let msg = cx.tr(
            "Trang đặt nằm ngang nhưng không có bảng, biểu: văn bản trình bày theo chiều dài khổ A4",
            "The page is landscape but holds no table: the document is laid out in portrait A4",
        );
        check::report(cx, at, msg, "Đặt hướng trang dọc (Portrait)", "Set the orientation to portrait");
    }
}
