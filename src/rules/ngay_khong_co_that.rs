//! TT211 `ngay-khong-co-that`: the issue date does not exist in the calendar
//! (`31 tháng 6`, `29 tháng 02 năm 2026`, `tháng 13`, `ngày 00`).

use chrono::NaiveDate;

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::{Document, IssueDate};
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT211",
        name: "ngay-khong-co-that",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Ngày ban hành không có thật trên lịch",
        summary_en: "The issue date does not exist in the calendar",
        spec: "§1.4",
        docs: docs!("## Kiểm tra gì\n\
Ngày, tháng, năm ban hành ở phần đầu văn bản (viết bằng chữ hay bằng số) không tạo thành \
một ngày có thật trên lịch: tháng ngoài 1–12, ngày 0, ngày vượt số ngày của tháng \
(`31 tháng 6`), ngày 29 tháng 2 của năm không nhuận. Chỉ kiểm tra khi cả ngày, tháng và \
năm đã được điền (để trống là việc của `TT113`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.4.b (spec §1.4): thời gian ban hành là ngày, \
tháng, năm văn bản được ban hành — một ngày không có thật làm văn bản không xác định được \
thời điểm ban hành (và thời điểm có hiệu lực tính theo đó).\n\n\
## Ví dụ\n\
`Hà Nội, ngày 31 tháng 6 năm 2026` (tháng 6 chỉ có 30 ngày); \
`Hà Nội, ngày 29 tháng 02 năm 2026` (năm 2026 không nhuận); `ngày 05 tháng 13 năm 2026`.\n\n\
## Sửa\n\
Không sửa tự động: không biết ngày đúng là ngày nào."),
    },
    check,
};

/// Day, month and year of the issue date when all three are filled in.
pub(super) fn filled(date: &IssueDate) -> Option<(u32, u32, u32)> {
    Some((date.day.value?, date.month.value?, date.year.value?))
}

/// The calendar date, when the fields are filled in and form a real date.
pub(super) fn real_date(date: &IssueDate) -> Option<NaiveDate> {
    let (d, m, y) = filled(date)?;
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)
}

/// Number of days in a month (`None` for a month outside 1–12).
fn days_in_month(year: i32, month: u32) -> Option<u32> {
    (28..=31)
        .rev()
        .find(|&d| NaiveDate::from_ymd_opt(year, month, d).is_some())
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(date) = doc.issue_date else {
        cx.need(doc, ComponentKind::DiaDanhThoiGian);
        return;
    };
    let Some((d, m, y)) = filled(&date) else {
        cx.not_evaluated(
            "Ngày, tháng hoặc năm ban hành để trống",
            "The day, month or year of the issue date is blank",
        );
        return;
    };
    if real_date(&date).is_some() {
        return;
    }
    let Ok(year) = i32::try_from(y) else { return };
    let (range, vi, en) = match days_in_month(year, m) {
        None => (
            date.month.range,
            format!("không có tháng {m}"),
            format!("there is no month {m}"),
        ),
        Some(_) if d == 0 => (
            date.day.range,
            format!("không có ngày {}", doc.slice(date.day.range)),
            format!("there is no day {}", doc.slice(date.day.range)),
        ),
        Some(n) if m == 2 => (
            date.day.range.cover(date.year.range),
            format!("tháng 2 năm {y} chỉ có {n} ngày"),
            format!("February {y} has only {n} days"),
        ),
        Some(n) => (
            date.day.range.cover(date.month.range),
            format!("tháng {m} chỉ có {n} ngày"),
            format!("month {m} has only {n} days"),
        ),
    };
    let msg = cx.tr(
        format!("Ngày ban hành không có thật: {vi}"),
        format!("The issue date does not exist: {en}"),
    );
    cx.report(range, msg);
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn month_lengths() {
        assert_eq!(days_in_month(2026, 2), Some(28));
        assert_eq!(days_in_month(2024, 2), Some(29));
        assert_eq!(days_in_month(2026, 6), Some(30));
        assert_eq!(days_in_month(2026, 12), Some(31));
        assert_eq!(days_in_month(2026, 13), None);
        assert_eq!(days_in_month(2026, 0), None);
    }

    fn messages(text: &str) -> Vec<(String, String)> {
        let report = crate::check(text, &crate::Options::default());
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == "TT211")
            .map(|d| {
                (
                    text[d.range.start..d.range.end].to_string(),
                    d.message.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn impossible_dates() {
        let head = "UBND TỈNH LẠNG SƠN\nSố: 05/TB-UBND\n";
        let got = messages(&format!("{head}Lạng Sơn, ngày 31 tháng 6 năm 2026\nTHÔNG BÁO\n"));
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "31 tháng 6");
        assert!(got[0].1.contains("tháng 6 chỉ có 30 ngày"));
        let got = messages(&format!("{head}Lạng Sơn, ngày 29 tháng 02 năm 2026\nTHÔNG BÁO\n"));
        assert_eq!(got[0].0, "29 tháng 02 năm 2026");
        let got = messages(&format!("{head}Lạng Sơn, ngày 29 tháng 02 năm 2024\nTHÔNG BÁO\n"));
        assert!(got.is_empty());
        let got = messages(&format!("{head}Lạng Sơn, ngày 05 tháng 13 năm 2026\nTHÔNG BÁO\n"));
        assert_eq!(got[0].0, "13");
        let got = messages(&format!("{head}Lạng Sơn, ngày 00 tháng 3 năm 2026\nTHÔNG BÁO\n"));
        assert_eq!(got[0].0, "00");
        let got = messages(&format!("{head}Lạng Sơn, 31/4/2026\nTHÔNG BÁO\n"));
        assert_eq!(got[0].0, "31/4");
        // Blank fields are TT113's.
        let got = messages(&format!("{head}Lạng Sơn, ngày    tháng 6 năm 2026\nTHÔNG BÁO\n"));
        assert!(got.is_empty());
    }
}
