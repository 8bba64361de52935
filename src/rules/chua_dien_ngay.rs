//! TT113 `chua-dien-ngay`: the day (or month, year) of the issue date is left blank.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::options::Mode;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT113",
        name: "chua-dien-ngay",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Ngày ban hành để trống (bản dự thảo: điền khi ký ban hành)",
        summary_en: "The issue date is blank (drafts: filled in at signing)",
        spec: "§1.4",
        docs: docs!("## Kiểm tra gì\n\
Dòng địa danh – thời gian có ngày, tháng hoặc năm để trống (`ngày    tháng 8 năm 2020`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.4 (spec §1.4, §6 mục 22): thời gian ban hành là \
ngày ký. Bản dự thảo để trống là bình thường (`info` ở chế độ `draft`); văn bản đã ban \
hành (`final`) thì là lỗi.\n\n\
## Sửa\n\
Không sửa tự động: ngày do người ký quyết định."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(date) = doc.issue_date else { return };
    let blanks: Vec<_> = [date.day, date.month, date.year].into_iter().filter(|f| f.value.is_none()).collect();
    let (Some(first), Some(last)) = (blanks.first(), blanks.last()) else { return };
    let mut range = first.range.cover(last.range);
    if doc.slice(range).trim().is_empty() && range.is_empty() {
        range = date.range;
    }
    let (severity, msg) = match cx.mode() {
        Mode::Draft => (
            Severity::Info,
            cx.tr("Ngày ban hành để trống — điền khi ký ban hành", "The issue date is blank, to be filled in when signed"),
        ),
        Mode::Final => (Severity::Error, cx.tr("Chưa điền ngày ban hành", "The issue date is not filled in")),
    };
    cx.report_with(range, severity, msg);
}
