//! TT607 `duong-ke`: the solid line under the motto, the issuing body or the summary is
//! missing (`.docx` only).

use crate::component::ComponentKind;
use crate::diagnostic::{Severity, TextRange};
use crate::docx::check;
use crate::docx::format::{Layout, Para};
use crate::doctype::DocType;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::segment::lines::is_drawn;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT607",
        name: "duong-ke",
        component: ComponentKind::VanBan,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Thiếu đường kẻ dưới Tiêu ngữ, tên cơ quan hoặc trích yếu",
        summary_en: "A rule line under the motto, issuer or summary is missing",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Trong tệp `.docx`, dưới Tiêu ngữ, dưới tên cơ quan ban hành và dưới trích yếu (văn bản có \
tên loại; công văn `V/v` thì không) phải có đường kẻ ngang nét liền. Được tính là đường kẻ: \
hình vẽ đường thẳng (DrawingML hoặc VML) neo trong cùng ô bảng với thành phần, hoặc (ngoài \
bảng) ở đoạn đó hay các đoạn trống ngay dưới; viền dưới của đoạn (hoặc viền trên của đoạn \
kế); một dòng chỉ gồm `___`/`---`; hoặc chính dòng chữ được gạch chân. Độ dài đường kẻ \
không được đo. Văn bản dán vào không có hình vẽ: quy tắc ghi “không đánh giá”.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I (spec §3): phía dưới Tiêu ngữ có đường kẻ ngang nét \
liền, độ dài bằng độ dài dòng chữ; phía dưới tên cơ quan ban hành và phía dưới trích yếu có \
đường kẻ ngang nét liền, độ dài từ 1/3 đến 1/2 độ dài dòng chữ, đặt cân đối.\n\n\
## Ví dụ\n\
Ô Quốc hiệu của bảng đầu văn bản có `Độc lập - Tự do - Hạnh phúc` nhưng không có đường kẻ \
bên dưới.\n\n\
## Sửa\n\
Chỉ mô tả (`display-only`): Chèn (Insert) → Hình (Shapes) → Đường thẳng, giữ Shift để kẻ \
thẳng, đặt dưới dòng chữ, nét liền màu đen."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(layout) = check::layout(doc, cx) else {
        return;
    };
    let mut wanted: Vec<(ComponentKind, &str, &str)> = vec![
        (ComponentKind::TieuNgu, "Tiêu ngữ", "the motto"),
        (ComponentKind::CoQuanBanHanh, "tên cơ quan ban hành", "the issuing body's name"),
    ];
    if doc.has(ComponentKind::TenLoai) && doc.doc_type != DocType::CongVan {
        wanted.push((ComponentKind::TrichYeu, "trích yếu", "the summary"));
    }
    for (kind, vi, en) in wanted {
        let Some(c) = doc.get(kind) else { continue };
        let Some(last) = c.parts.last() else { continue };
        // Lines are often anchored to the line above (the national title, the parent body,
        // the type name) and moved down: those paragraphs count too.
        let above = match kind {
            ComponentKind::TieuNgu => Some(ComponentKind::QuocHieu),
            ComponentKind::CoQuanBanHanh => Some(ComponentKind::CoQuanChuQuan),
            ComponentKind::TrichYeu => Some(ComponentKind::TenLoai),
            _ => None,
        };
        let mut anchors: Vec<TextRange> = c.parts.iter().map(|p| p.range).collect();
        if let Some(a) = above.and_then(|k| doc.get(k)) {
            anchors.extend(a.parts.iter().map(|p| p.range));
        }
        if has_line(doc, layout, last.range, &anchors) {
            continue;
        }
        let msg = cx.tr(
            format!("Thiếu đường kẻ ngang nét liền dưới {vi}"),
            format!("No solid line under {en}"),
        );
        let fix_vi = format!("Kẻ đường ngang nét liền dưới {vi}");
        let fix_en = format!("Draw a solid horizontal line under {en}");
        check::report(cx, last.range, msg, &fix_vi, &fix_en);
    }
}

/// A typed rule (`_____`, `-----`) as a whole paragraph.
fn typed_rule(doc: &Document, p: &Para) -> bool {
    let t: String = p.ranges.iter().map(|r| doc.slice(*r)).collect();
    is_drawn(&t)
}

/// Whether a line is drawn under `range` (the component's last line); `anchors` are the
/// component's lines and the one above it, where a line may be anchored too.
fn has_line(doc: &Document, layout: &Layout, range: TextRange, anchors: &[TextRange]) -> bool {
    // The line as underline of the text itself.
    let runs: Vec<_> = layout
        .runs_in(range)
        .iter()
        .filter(|r| check::text_part(doc.text, r, range).is_some())
        .collect();
    if !runs.is_empty() && runs.iter().all(|r| r.format.underline) {
        return true;
    }
    let Some((i, para)) = layout.para_at(range.start) else {
        return false;
    };
    if para.border_bottom || para.drawn_lines > 0 {
        return true;
    }
    let next = layout.paras.get(i + 1);
    if next.is_some_and(|n| n.border_top && n.cell == para.cell) {
        return true;
    }
    match para.cell {
        // In a table cell: a line drawn anywhere in the cell (Word anchors it to whichever
        // paragraph it was drawn on), or a typed rule after the component.
        Some(cell) => layout.paras.iter().enumerate().any(|(j, p)| {
            p.cell == Some(cell) && (p.drawn_lines > 0 || (j > i && typed_rule(doc, p)))
        }),
        // Outside tables: the component's own paragraphs and the one above it, and the
        // empty or rule-only paragraphs just below.
        None => {
            let anchored = anchors.iter().any(|r| {
                layout
                    .para_at(r.start)
                    .is_some_and(|(_, p)| p.cell.is_none() && p.drawn_lines > 0)
            });
            anchored
                || layout
                    .paras
                    .iter()
                    .skip(i + 1)
                    .take_while(|p| p.cell.is_none() && (p.empty || typed_rule(doc, p)))
                    .take(3)
                    .any(|p| {
                        p.drawn_lines > 0 || p.border_bottom || p.border_top || typed_rule(doc, p)
                    })
        }
    }
}
