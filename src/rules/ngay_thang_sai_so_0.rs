//! TT210 `ngay-thang-sai-so-0`: the header date has a missing or extra leading zero
//! (`ngày 5` → `ngày 05`, `tháng 1` → `tháng 01`, `tháng 03` → `tháng 3`).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity};
use crate::document::{DateField, Document};
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT210",
        name: "ngay-thang-sai-so-0",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Ngày dưới 10 và tháng 1, 2 phải có số 0 đứng trước; tháng 3–12 thì không",
        summary_en: "Days below 10 and months 1–2 take a leading zero; months 3–12 do not",
        spec: "§1.4",
        docs: docs!("## Kiểm tra gì\n\
Trong dòng địa danh – thời gian ban hành (`<Địa danh>, ngày … tháng … năm …`): ngày từ 1 \
đến 9 viết thiếu số 0 (`ngày 5`), tháng 1, 2 viết thiếu số 0 (`tháng 1`), hoặc tháng 3 \
đến 9 viết thừa số 0 (`tháng 03`). Ngày, tháng để trống là việc của `TT113`; ngày viết \
bằng số (`15/9/2026`) là việc của `TT213` (bản sửa của nó đã ghi đúng số 0).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.4.b (spec §1.4, §6 mục 1–2): “đối với những số \
thể hiện ngày nhỏ hơn 10 và tháng 1, 2 phải ghi thêm số 0 phía trước”. Chỉ tháng 1 và 2 \
có số 0; `tháng 03`, `tháng 04`… là thói quen cũ (và là lỗi được chép trong nhiều tài liệu \
hướng dẫn), không đúng quy định.\n\n\
## Ví dụ\n\
`Hà Nội, ngày 5 tháng 1 năm 2021` → `Hà Nội, ngày 05 tháng 01 năm 2021`; \
`Hà Nội, ngày 05 tháng 04 năm 2019` → `Hà Nội, ngày 05 tháng 4 năm 2019`. Đúng: \
`ngày 02 tháng 02 năm 2021`, `ngày 29 tháng 6 năm 2019`.\n\n\
## Sửa\n\
An toàn (`safe`): thêm hoặc bỏ số 0 trước chữ số ngày, tháng; giá trị không đổi, cách viết \
đúng là duy nhất."),
    },
    check,
};

/// The day as the header writes it: two digits (`05`, `29`).
pub(super) fn day_text(day: u32) -> String {
    format!("{day:02}")
}

/// The month as the header writes it: `01`, `02`, then `3` … `12`.
pub(super) fn month_text(month: u32) -> String {
    if month <= 2 {
        format!("{month:02}")
    } else {
        month.to_string()
    }
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(date) = doc.issue_date else {
        cx.need(doc, ComponentKind::DiaDanhThoiGian);
        return;
    };
    // A date in digits is TT213's: its fix writes the words with the right zeros.
    if date.numeric {
        return;
    }
    if let Some((field, day)) = filled(doc, date.day) {
        let written = doc.slice(field.range);
        if (1..=9).contains(&day) && written.len() == 1 {
            let right = day_text(day);
            let msg = cx.tr(
                format!("Ngày nhỏ hơn 10 phải có số 0 đứng trước: “{right}”"),
                format!("A day below 10 takes a leading zero: “{right}”"),
            );
            let title = cx.tr("Thêm số 0 trước ngày", "Add a leading zero to the day");
            cx.report(field.range, msg)
                .with_fix(title, Applicability::Safe, field.range, right);
        }
    }
    if let Some((field, month)) = filled(doc, date.month) {
        let written = doc.slice(field.range);
        let right = month_text(month);
        if (1..=12).contains(&month) && written != right {
            let (msg, title) = if month <= 2 {
                (
                    cx.tr(
                        format!("Tháng 1 và tháng 2 phải có số 0 đứng trước: “{right}”"),
                        format!("Months 1 and 2 take a leading zero: “{right}”"),
                    ),
                    cx.tr("Thêm số 0 trước tháng", "Add a leading zero to the month"),
                )
            } else {
                (
                    cx.tr(
                        format!("Tháng 3 đến tháng 12 không có số 0 đứng trước: “{right}”"),
                        format!("Months 3 to 12 take no leading zero: “{right}”"),
                    ),
                    cx.tr("Bỏ số 0 trước tháng", "Remove the leading zero of the month"),
                )
            };
            cx.report(field.range, msg)
                .with_fix(title, Applicability::Safe, field.range, right);
        }
    }
}

/// A field that is filled in with ASCII digits only, with its value.
fn filled(doc: &Document, field: DateField) -> Option<(DateField, u32)> {
    let value = field.value?;
    let written = doc.slice(field.range);
    (!written.is_empty() && written.bytes().all(|b| b.is_ascii_digit())).then_some((field, value))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn zeros() {
        assert_eq!(day_text(5), "05");
        assert_eq!(day_text(29), "29");
        assert_eq!(month_text(1), "01");
        assert_eq!(month_text(2), "02");
        assert_eq!(month_text(3), "3");
        assert_eq!(month_text(12), "12");
    }
}
