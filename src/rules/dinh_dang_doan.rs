//! TT606 `dinh-dang-doan`: body paragraphs not justified, first-line indent, paragraph or
//! line spacing out of range (`.docx` only).

use crate::component::ComponentKind;
use crate::diagnostic::{Severity, TextRange};
use crate::docx::check;
use crate::docx::format::{cm100, decimal, pt_twips, Align, Layout, LineSpacing, Para};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT606",
        name: "dinh-dang-doan",
        component: ComponentKind::VanBan,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Đoạn văn: căn đều, thụt đầu dòng, giãn đoạn, giãn dòng chưa đúng",
        summary_en: "Body paragraphs: justification, indent or spacing is wrong",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Các đoạn của phần nội dung trong tệp `.docx` (ngoài bảng; đoạn căn giữa — tiêu đề chương, \
mục, `QUYẾT ĐỊNH:` — chỉ xét giãn dòng):\n\
- căn đều hai bên (justify), với đoạn dài hơn một dòng;\n\
- thụt đầu dòng 1 cm hoặc 1,27 cm (chấp nhận 0,95–1,32 cm, tính cả lề trái của đoạn);\n\
- khoảng cách giữa các đoạn tối thiểu 6 pt (cách trước của đoạn cộng cách sau của đoạn \
trên; “không thêm khoảng cách giữa các đoạn cùng kiểu” — contextual spacing — tính là 0);\n\
- cách dòng từ dòng đơn (single) đến 1,5 dòng; cách dòng cố định (exactly) từ 15 pt đến \
1,5 dòng.\n\
Các đoạn liền nhau sai cùng một kiểu, cùng giá trị được gộp thành một phát hiện. Văn bản \
dán vào không có định dạng đoạn: quy tắc ghi “không đánh giá”.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I (spec §3): nội dung văn bản căn đều hai lề; đầu dòng \
lùi vào 1 cm hoặc 1,27 cm; khoảng cách giữa các đoạn văn tối thiểu 6 pt; cách dòng tối \
thiểu dòng đơn hoặc từ 15 pt (exactly) trở lên, tối đa 1,5 dòng.\n\n\
## Ví dụ\n\
Nội dung để căn trái, không thụt đầu dòng, cách đoạn 0 pt.\n\n\
## Sửa\n\
Chỉ mô tả (`display-only`): chọn các đoạn, mở Đoạn văn (Paragraph): Căn lề — Đều hai bên; \
Thụt lề đặc biệt — Dòng đầu tiên 1 cm (hoặc 1,27 cm); Khoảng cách trước/sau ≥ 6 pt; Giãn \
dòng — Một dòng (Single) đến 1,5 dòng."),
    },
    check,
};

#[derive(Debug, Clone, PartialEq)]
enum Problem {
    Align(Align),
    Indent(i32),
    Spacing(i32),
    Line(LineSpacing),
}

/// First-line indent accepted: 0.95–1.32 cm.
const INDENT: (i32, i32) = (539, 748);
/// Paragraph spacing: at least 6 pt (a hair under for rounding).
const MIN_GAP: i32 = 115;
/// Exact line spacing: at least 15 pt.
const MIN_EXACT: i32 = 300;

fn check(doc: &Document, cx: &mut Context) {
    let Some(layout) = check::layout(doc, cx) else {
        return;
    };
    let Some(body) = cx.need(doc, ComponentKind::NoiDung) else {
        return;
    };
    let range = body.range();
    // Body paragraphs: flow paragraphs (not in tables or text boxes) starting in the body.
    let mut paras: Vec<(usize, &Para)> = layout
        .paras
        .iter()
        .enumerate()
        .filter(|(_, p)| p.cell.is_none() && !p.text_box)
        .filter(|(_, p)| {
            p.ranges
                .first()
                .is_some_and(|r| r.start >= range.start && r.start < range.end)
        })
        .collect();
    paras.retain(|(_, p)| !p.empty);
    let mut items: [Vec<(TextRange, Option<Problem>)>; 4] = Default::default();
    for (k, &(i, p)) in paras.iter().enumerate() {
        let r = crate::text::trim_range(doc.text, p.cover());
        let f = p.format;
        let centred = f.align == Align::Center;
        let size = first_size(layout, i).unwrap_or(28);
        // 1. Justified, when the paragraph runs over more than one line.
        let long = multi_line(doc, layout, p, size);
        // `None`: the check does not apply (and does not break a group of findings).
        let align = long.then(|| {
            (!matches!(f.align, Align::Justify | Align::Distribute)).then_some(Problem::Align(f.align))
        });
        // 2. First-line indent.
        let start = f.ind_left + f.first_line;
        let indent = (!centred)
            .then(|| (!(INDENT.0..=INDENT.1).contains(&start)).then_some(Problem::Indent(start)));
        // 3. Spacing from the paragraph above (the body's first paragraph follows the
        // heading, whose spacing is its own business).
        let spacing = match k.checked_sub(1).and_then(|j| paras.get(j)) {
            // Between two body paragraphs that follow each other (a blank paragraph between
            // them makes the space itself; headings have their own spacing).
            Some(&(pi, prev)) if pi + 1 == i && !centred && prev.format.align != Align::Center => {
                let same = prev.style == p.style;
                let after = if prev.format.contextual && same {
                    0
                } else if prev.format.after_auto {
                    280
                } else {
                    prev.format.after
                };
                let before = if f.contextual && same {
                    0
                } else if f.before_auto {
                    280
                } else {
                    f.before
                };
                let gap = after.max(0) + before.max(0);
                Some((gap < MIN_GAP).then_some(Problem::Spacing(gap)))
            }
            _ => None,
        };
        // 4. Line spacing.
        let single = i32::from(size) * 10 * 115 / 100;
        let line_ok = match f.line {
            LineSpacing::Auto(v) => (234..=366).contains(&v),
            LineSpacing::Exact(v) | LineSpacing::AtLeast(v) => {
                v >= MIN_EXACT - 5 && v <= single * 3 / 2 + 10
            }
        };
        let line = Some((!line_ok).then_some(Problem::Line(f.line)));
        for (slot, problem) in items.iter_mut().zip([align, indent, spacing, line]) {
            if let Some(problem) = problem {
                slot.push((r, problem));
            }
        }
    }
    let lang = cx.lang();
    for list in items {
        for (range, problem) in check::group(list) {
            let (vi, en, fix_vi, fix_en) = match problem {
                Problem::Align(a) => (
                    format!("Đoạn văn {}; nội dung văn bản căn đều hai bên", a.name_vi()),
                    format!("The paragraph is {}; the body is justified", a.name_en()),
                    "Căn đều hai bên (Justify)".to_string(),
                    "Justify the paragraphs".to_string(),
                ),
                Problem::Indent(t) => (
                    format!(
                        "Thụt đầu dòng {} cm; quy định 1 cm hoặc 1,27 cm",
                        decimal(cm100(t), 2, lang)
                    ),
                    format!(
                        "First-line indent {} cm; must be 1 cm or 1.27 cm",
                        decimal(cm100(t), 2, lang)
                    ),
                    "Đặt thụt dòng đầu 1 cm (hoặc 1,27 cm)".to_string(),
                    "Set the first-line indent to 1 cm (or 1.27 cm)".to_string(),
                ),
                Problem::Spacing(g) => (
                    format!(
                        "Khoảng cách giữa các đoạn {} pt; tối thiểu 6 pt",
                        pt_twips(g)
                    ),
                    format!("Paragraph spacing {} pt; at least 6 pt", pt_twips(g)),
                    "Đặt khoảng cách sau đoạn 6 pt".to_string(),
                    "Set the spacing after paragraphs to 6 pt".to_string(),
                ),
                Problem::Line(l) => {
                    let (vi, en) = match l {
                        LineSpacing::Auto(v) => {
                            // 240ths of a line → hundredths.
                            let n = decimal((i64::from(v) * 100 + 120).div_euclid(240), 2, lang);
                            (format!("{n} dòng"), format!("{n} lines"))
                        }
                        LineSpacing::Exact(v) => (
                            format!("cố định {} pt", pt_twips(v)),
                            format!("exactly {} pt", pt_twips(v)),
                        ),
                        LineSpacing::AtLeast(v) => (
                            format!("tối thiểu {} pt", pt_twips(v)),
                            format!("at least {} pt", pt_twips(v)),
                        ),
                    };
                    (
                        format!("Cách dòng {vi}; quy định từ dòng đơn (hoặc cố định 15 pt) đến 1,5 dòng"),
                        format!("Line spacing {en}; must be single (or exactly 15 pt) to 1.5 lines"),
                        "Đặt cách dòng từ dòng đơn đến 1,5 dòng".to_string(),
                        "Set the line spacing between single and 1.5 lines".to_string(),
                    )
                }
            };
            let msg = cx.tr(vi, en);
            check::report(cx, range, msg, &fix_vi, &fix_en);
        }
    }
}

/// Size (half-points) of the paragraph's first text run.
fn first_size(layout: &Layout, para: usize) -> Option<u16> {
    let p = layout.paras.get(para)?;
    let r = p.ranges.first()?;
    layout
        .runs_in(*r)
        .iter()
        .find(|run| run.para as usize == para && !run.label)
        .map(|run| run.format.size)
}

/// Whether the paragraph is longer than a line of its column.
fn multi_line(doc: &Document, layout: &Layout, p: &Para, size: u16) -> bool {
    let chars: usize = p
        .ranges
        .iter()
        .map(|r| doc.slice(*r).chars().count())
        .sum();
    let width = layout
        .sections
        .get(p.section as usize)
        .map_or(9_354, |s| s.width - s.left - s.right)
        - p.format.ind_left
        - p.format.ind_right
        - p.format.first_line.max(0);
    // Times New Roman: ~0.47 em per character of Vietnamese text.
    let per_char = f64::from(size) * 10.0 * 0.47;
    chars as f64 * per_char > f64::from(width.max(1440))
}
