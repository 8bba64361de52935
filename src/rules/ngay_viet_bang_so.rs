//! TT213 `ngay-viet-bang-so`: the header date is written in digits (`Hà Nội, 15/9/2026`)
//! instead of `ngày … tháng … năm …`.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::ngay_thang_sai_so_0::{day_text, month_text};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT213",
        name: "ngay-viet-bang-so",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Ngày ban hành ở phần đầu viết bằng số (phải ghi “ngày … tháng … năm …”)",
        summary_en: "The header date is written in digits instead of words",
        spec: "§1.4",
        docs: docs!("## Kiểm tra gì\n\
Dòng địa danh – thời gian ban hành ghi ngày bằng số, có hoặc không có chữ `ngày`: \
`Hà Nội, 15/9/2026`, `Hà Nội, ngày 15/9/2026`, `Hà Nội, 15-9-2026`, `Hà Nội, 15.9.2026`. \
Cũng báo dòng viết bằng chữ nhưng thiếu chữ `ngày` (`Hà Nội, 15 tháng 9 năm 2026`). \
Ngày viết bằng số trong phần nội dung (`ngày 29/7/2020`) không bị kiểm tra.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.4.b (spec §1.4, §6 mục 3): thời gian ban hành \
“phải được viết đầy đủ”, theo mẫu `<Địa danh>, ngày … tháng … năm …`; chỉ các số ngày, \
tháng, năm dùng chữ số Ả Rập.\n\n\
## Ví dụ\n\
`Hà Nội, 15/9/2026` → `Hà Nội, ngày 15 tháng 9 năm 2026`; \
`Lào Cai, ngày 5/1/2026` → `Lào Cai, ngày 05 tháng 01 năm 2026`.\n\n\
## Sửa\n\
Viết lại bằng chữ, với số 0 đúng quy định (ngày dưới 10, tháng 1 và 2). An toàn (`safe`): \
chỉ đổi cách viết, không đổi giá trị. Khi ngày không có thật (`12/25/2026`, có thể ngày \
và tháng bị đảo chỗ) thì không sửa tự động: `TT211` báo ngày sai, người soạn thảo phải \
xác định ngày đúng."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(date) = doc.issue_date else {
        cx.need(doc, ComponentKind::DiaDanhThoiGian);
        return;
    };
    if !date.numeric {
        // `Hà Nội, 15 tháng 9 năm 2026`: the words are there but `ngày` is not.
        if date.without_ngay && date.day.value.is_some() {
            let msg = cx.tr("Thiếu chữ “ngày” trước ngày ban hành", "The word “ngày” is missing before the day");
            let title = cx.tr("Thêm chữ “ngày”", "Insert “ngày”");
            let at = date.day.range.start;
            cx.report(date.day.range, msg).with_fix(title, Applicability::Safe, TextRange::empty(at), "ngày ".into());
        }
        return;
    }
    let (Some(d), Some(m), Some(_)) = (date.day.value, date.month.value, date.year.value) else {
        return;
    };
    let digits = date.day.range.cover(date.year.range);
    // `ngày` already written before the digits?
    let before = fold(doc.slice(TextRange::new(date.place.end, date.day.range.start)));
    let has_ngay = before.trim_end().ends_with("ngay");
    let words = format!(
        "{}{} tháng {} năm {}",
        if has_ngay { "" } else { "ngày " },
        day_text(d),
        month_text(m),
        doc.slice(date.year.range)
    );
    let msg = cx.tr(
        "Ngày ban hành viết bằng số: phải ghi “ngày … tháng … năm …”",
        "The issue date is written in digits instead of “ngày … tháng … năm …”",
    );
    let title = cx.tr("Viết ngày bằng chữ", "Write the date in words");
    let reported = cx.report(digits, msg);
    // A date that does not exist (`15/13/2026`: day and month swapped?) is TT211's: no
    // rewriting of a value that is wrong anyway.
    if super::ngay_khong_co_that::real_date(&date).is_some() {
        reported.with_fix(title, Applicability::Safe, digits, words);
    }
}
