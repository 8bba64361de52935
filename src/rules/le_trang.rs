//! TT602 `le-trang`: page margins outside the decree's ranges (`.docx` only).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::docx::check;
use crate::docx::format::{decimal, mm10, Section};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT602",
        name: "le-trang",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Lề trang ngoài khoảng quy định",
        summary_en: "Page margins are out of range",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Lề của từng phần (section) trong tệp `.docx`: lề trên 20–25 mm, lề dưới 20–25 mm, lề trái \
30–35 mm, lề phải 15–20 mm (sai số 0,3 mm; lề gáy — gutter — cộng vào lề trái). Văn bản dán \
vào không có lề: quy tắc ghi “không đánh giá”.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I (spec §3): lề trên cách mép trên 20–25 mm, lề dưới \
cách mép dưới 20–25 mm, lề trái cách mép trái 30–35 mm, lề phải cách mép phải 15–20 mm.\n\n\
## Ví dụ\n\
Lề mặc định của Word (2,54 cm mỗi bên): lề trái 25,4 mm là quá hẹp, lề phải 25,4 mm quá \
rộng.\n\n\
## Sửa\n\
Chỉ mô tả (`display-only`): Bố cục (Layout) → Lề (Margins) → Lề tùy chỉnh: trên 2 cm, dưới \
2 cm, trái 3 cm, phải 1,5 cm (hoặc giá trị khác trong khoảng)."),
    },
    check,
};

/// (name vi, name en, min, max) in tenths of a millimetre.
const RANGES: [(&str, &str, i64, i64); 4] = [
    ("trên", "top", 200, 250),
    ("dưới", "bottom", 200, 250),
    ("trái", "left", 300, 350),
    ("phải", "right", 150, 200),
];

/// 0.3 mm, in tenths.
const TOLERANCE: i64 = 3;

fn check(doc: &Document, cx: &mut Context) {
    let Some(layout) = check::layout(doc, cx) else {
        return;
    };
    for section in &layout.sections {
        check_section(doc, cx, section);
    }
}

fn check_section(doc: &Document, cx: &mut Context, s: &Section) {
    let values = [s.top, s.bottom, s.left, s.right];
    let lang = cx.lang();
    let mut vi = Vec::new();
    let mut en = Vec::new();
    for ((name_vi, name_en, lo, hi), v) in RANGES.iter().zip(values) {
        let m = mm10(v);
        if m < lo - TOLERANCE || m > hi + TOLERANCE {
            let (m, lo, hi) = (decimal(m, 1, lang), decimal(*lo, 1, lang), decimal(*hi, 1, lang));
            vi.push(format!("lề {name_vi} {m} mm (quy định {lo}–{hi} mm)"));
            en.push(format!("{name_en} margin {m} mm (must be {lo}–{hi} mm)"));
        }
    }
    if vi.is_empty() {
        return;
    }
    let at = check::section_anchor(doc, s);
    let msg = cx.tr(
        format!("Lề trang chưa đúng: {}", vi.join("; ")),
        format!("Page margins out of range: {}", en.join("; ")),
    );
    check::report(
        cx,
        at,
        msg,
        "Đặt lề trên 20–25 mm, dưới 20–25 mm, trái 30–35 mm, phải 15–20 mm",
        "Set the margins to top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm",
    );
}
