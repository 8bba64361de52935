//! TT608 `so-trang`: page numbers missing, misplaced, shown on page 1, or of the wrong size
//! (`.docx` only).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::docx::check;
use crate::docx::format::{pt, HeaderSet, Layout};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT608",
        name: "so-trang",
        component: ComponentKind::VanBan,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Số trang chưa đúng (giữa lề trên, từ trang 2)",
        summary_en: "Page numbers are misplaced",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Số trang trong tệp `.docx` (trường `PAGE` của đầu trang, chân trang), theo phần đầu tiên \
của văn bản:\n\
- văn bản nhiều trang phải có số trang từ trang 2 (số trang ước lượng từ ngắt trang Word \
đã ghi, `docProps/app.xml`, hoặc từ độ dài văn bản);\n\
- số trang đặt ở đầu trang (lề trên), căn giữa (căn giữa, hoặc một tab giữa, hoặc khung căn \
giữa);\n\
- trang đầu không hiện số trang (đặt “Khác trang đầu” — Different First Page — với đầu trang \
đầu để trống);\n\
- cỡ chữ số trang 13–14 pt, chữ đứng; đánh số Ả Rập từ 1.\n\
Mỗi điểm sai một phát hiện, chỉ vào dòng đầu văn bản. Văn bản dán vào không có đầu trang: \
quy tắc ghi “không đánh giá”.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I (spec §3): số trang được đánh bằng chữ số Ả Rập, cỡ \
chữ 13 đến 14, kiểu chữ đứng, đặt canh giữa theo chiều ngang trong phần lề trên của văn \
bản, được đánh từ số 1, không hiển thị số trang thứ nhất.\n\n\
## Ví dụ\n\
Số trang để ở chân trang, góc phải (mặc định của nhiều mẫu Word).\n\n\
## Sửa\n\
Chỉ mô tả (`display-only`): Chèn (Insert) → Số trang (Page Number) → Đầu trang (Top of \
Page) → giữa; bật Khác trang đầu (Different First Page); đặt cỡ chữ 13 hoặc 14."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(layout) = check::layout(doc, cx) else {
        return;
    };
    let Some(s) = layout.sections.first() else {
        return;
    };
    let at = doc.first_line_range();
    let header = first_field(layout, &s.headers, layout.even_and_odd);
    let footer = first_field(layout, &s.footers, layout.even_and_odd);
    // Pages from 2 on use the default (and even) header and footer.
    let (field, in_header) = match (header, footer) {
        (Some(h), _) => (h, true),
        (None, Some(f)) => (f, false),
        (None, None) => {
            if layout.pages.multi_page() {
                let msg = cx.tr(
                    "Văn bản nhiều trang nhưng không có số trang: đánh số trang từ trang 2, giữa lề trên",
                    "The document runs over several pages but has no page numbers: number pages from page 2, centred in the top margin",
                );
                check::report(
                    cx,
                    at,
                    msg,
                    "Chèn số trang ở giữa đầu trang",
                    "Insert page numbers centred in the header",
                );
            }
            return;
        }
    };
    if !in_header {
        let msg = cx.tr(
            "Số trang đặt ở chân trang; số trang đặt ở giữa phần lề trên (đầu trang)",
            "The page number is in the footer; it belongs centred in the top margin (header)",
        );
        check::report(cx, at, msg, "Chuyển số trang lên giữa đầu trang", "Move the page number to the centre of the header");
    } else if !field.centered {
        let msg = cx.tr(
            "Số trang ở đầu trang nhưng không căn giữa",
            "The page number in the header is not centred",
        );
        check::report(cx, at, msg, "Căn giữa số trang", "Centre the page number");
    }
    // Page 1: the first-page header when "different first page" is on.
    let first_shows = if s.title_page {
        page_field_in(layout, s.headers.first).is_some() || page_field_in(layout, s.footers.first).is_some()
    } else {
        true
    };
    if first_shows {
        let msg = cx.tr(
            "Trang đầu hiện số trang; không hiển thị số trang thứ nhất",
            "Page 1 shows its number; the first page number is not shown",
        );
        check::report(
            cx,
            at,
            msg,
            "Bật “Khác trang đầu” (Different First Page), để trống đầu trang đầu",
            "Turn on “Different First Page” and leave the first-page header empty",
        );
    }
    if !(26..=28).contains(&field.size) || field.italic {
        let style_vi = if field.italic { ", chữ nghiêng" } else { "" };
        let style_en = if field.italic { ", italic" } else { "" };
        let msg = cx.tr(
            format!("Số trang cỡ {} pt{style_vi}; quy định 13–14 pt, chữ đứng", pt(field.size)),
            format!("The page number is {} pt{style_en}; it must be 13–14 pt, upright", pt(field.size)),
        );
        check::report(cx, at, msg, "Đặt số trang cỡ 13–14 pt, chữ đứng", "Set the page number to 13–14 pt, upright");
    }
    let arabic = s
        .page_format
        .as_deref()
        .is_none_or(|f| matches!(f, "decimal" | "decimalZero"));
    if !arabic || s.page_start.is_some_and(|n| n != 1) {
        let msg = cx.tr(
            "Số trang phải đánh bằng chữ số Ả Rập, bắt đầu từ 1",
            "Pages must be numbered in Arabic numerals from 1",
        );
        check::report(cx, at, msg, "Đánh số trang 1, 2, 3… bắt đầu từ 1", "Number pages 1, 2, 3… starting at 1");
    }
}

fn page_field_in(layout: &Layout, part: Option<usize>) -> Option<crate::docx::format::PageField> {
    layout.header(part).and_then(|h| h.page_field)
}

/// The page field pages after the first show (default part, or the even one).
fn first_field(layout: &Layout, set: &HeaderSet, even: bool) -> Option<crate::docx::format::PageField> {
    page_field_in(layout, set.default).or_else(|| {
        if even {
            page_field_in(layout, set.even)
        } else {
            None
        }
    })
}
