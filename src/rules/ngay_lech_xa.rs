//! TT414 `ngay-lech-xa`: a date in the body is far from the issue date or disagrees with the
//! year of the cited number — most likely a year typo (`ngày 05/8/2062` in a 2020 notice,
//! `Nghị định số 87/2011/NĐ-CP ngày 27/9/2013`, a meeting a year before its notice).

use chrono::{Datelike, Months, NaiveDate};

use crate::body::dates;
use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

/// A day-precise date more than this many years after the issue date is suspect.
const FAR_YEARS: u32 = 5;
/// A meeting more than this many days before its conclusion notice is suspect.
const MEETING_DAYS: i64 = 180;
/// No Vietnamese administrative document is older than this year.
const FIRST_YEAR: i32 = 1945;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT414",
        name: "ngay-lech-xa",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Ngày trong nội dung lệch xa ngày ban hành hoặc không khớp năm trong số ký hiệu (có thể gõ nhầm năm)",
        summary_en: "A body date is far from the issue date or disagrees with the year in a number (a year typo?)",
        spec: "§4.5",
        docs: docs!("## Kiểm tra gì\n\
Những ngày trong nội dung mà năm nhiều khả năng bị gõ nhầm:\n\
- ngày có đủ ngày, tháng, năm nằm sau ngày ban hành hơn 5 năm (`ngày 05/8/2062` trong \
văn bản năm 2020). Mốc đầu năm, cuối năm (`01/01/2030`, `31/12/2030`) và năm đứng một \
mình (`đến năm 2030`, `tầm nhìn đến năm 2045`) là mốc kế hoạch, không bị xét;\n\
- ngày của văn bản được dẫn chiếu không cùng năm với năm trong số ký hiệu của nó \
(`Nghị định số 87/2011/NĐ-CP ngày 27/9/2013`: văn bản quy phạm pháp luật đánh số theo \
năm ban hành), hoặc trước năm 1945;\n\
- trong thông báo kết luận cuộc họp, ngày họp sau ngày ban hành, hoặc trước ngày ban hành \
hơn 180 ngày.\n\n\
Khi ngày ban hành để trống, dùng phần đã ghi (tháng, năm); không ghi năm thì dùng ngày \
tham chiếu (tùy chọn `today`) cho ý thứ nhất, và bỏ qua ý thứ ba.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP không quy định cách viết ngày trong nội dung (spec §4.5), nhưng \
khi viện dẫn văn bản phải ghi đúng số, ký hiệu và thời gian ban hành (Phụ lục I mục \
II.6.b, spec §4.1). Một năm lệch xa thường là lỗi gõ; vì cũng có thể là kế hoạch dài hạn \
có thật, quy tắc chỉ cảnh báo (`warning`).\n\n\
## Ví dụ\n\
`Nghị định số 87/2011/NĐ-CP ngày 27/9/2013 của Chính phủ` (Nghị định 87/2011 ban hành năm \
2011); thông báo ngày 05/8/2020: `Ngày 29/7/2019, UBND tỉnh đã tổ chức phiên họp …`; \
`báo cáo trước ngày 10/8/2202`.\n\n\
## Sửa\n\
Không sửa tự động: không biết năm đúng (có thể sai ở ngày, cũng có thể sai ở số ký hiệu)."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    let reading = dates::read(doc);
    let all = &reading.dates;
    let window = dates::issue_window(doc);
    // 1. Day-precise dates far after the issue date (or today, for a blank draft date).
    let base = window.map(|w| w.last).or(cx.options.today);
    let meeting = dates::meeting_date(doc, all);
    if let Some(base) = base {
        let limit = base.checked_add_months(Months::new(12 * FAR_YEARS));
        for d in all {
            let Some(date) = d.date().filter(|_| d.explicit()) else {
                continue;
            };
            // The meeting is checked below; a cited document's date after the issue date is
            // TT413's.
            if meeting.is_some_and(|(_, r)| r == d.range) {
                continue;
            }
            if reading.citations.iter().any(|c| c.date.is_some_and(|x| x.fstart == d.fstart)) {
                continue;
            }
            let boundary = (date.day(), date.month()) == (1, 1) || (date.day(), date.month()) == (31, 12);
            if boundary || limit.is_none_or(|l| date <= l) {
                continue;
            }
            let (when, from) = (d.short(), dates::short(base));
            let msg = cx.tr(
                format!("Ngày {when} cách ngày ban hành ({from}) hơn {FAR_YEARS} năm: có thể gõ nhầm năm"),
                format!("The date {when} is more than {FAR_YEARS} years after the issue date ({from}): a year typo?"),
            );
            cx.report(d.year.map_or(d.range, |y| y.range), msg);
        }
    }
    // 2. Cited documents: the date's year against the number's year, and impossible years.
    for c in &reading.citations {
        let Some(d) = c.date else { continue };
        let Some(year) = d.year_value() else { continue };
        let at = d.year.map_or(d.range, |y| y.range);
        let symbol = doc.slice(c.symbol);
        if let Some((n, _)) = c.year.filter(|(n, _)| i32::try_from(*n).is_ok_and(|n| n != year)) {
            let msg = cx.tr(
                format!("Năm {year} của ngày ban hành không khớp năm {n} trong số ký hiệu {symbol}: có thể gõ nhầm năm"),
                format!("The year {year} of the date does not match the year {n} in the number {symbol}: a year typo?"),
            );
            cx.report(at, msg);
        } else if year < FIRST_YEAR {
            let msg = cx.tr(
                format!("Năm {year} của văn bản {symbol} trước năm {FIRST_YEAR}: có thể gõ nhầm năm"),
                format!("The year {year} of document {symbol} is before {FIRST_YEAR}: a year typo?"),
            );
            cx.report(at, msg);
        }
    }
    // 3. The meeting of a conclusion notice against the issue date.
    let (Some(w), Some((meeting, range))) = (window, meeting) else {
        return;
    };
    let m = dates::short(meeting);
    if meeting > w.last {
        let msg = cx.tr(
            format!("Ngày họp {m} ở sau ngày ban hành ({}) của thông báo kết luận: có thể gõ nhầm", w.label()),
            format!("The meeting date {m} is after the notice's issue date ({}): a typo?", w.label()),
        );
        cx.report(range, msg);
    } else if days_between(meeting, w.first) > MEETING_DAYS {
        let msg = cx.tr(
            format!("Ngày họp {m} cách ngày ban hành ({}) hơn {MEETING_DAYS} ngày: có thể gõ nhầm năm", w.label()),
            format!("The meeting date {m} is more than {MEETING_DAYS} days before the issue date ({}): a year typo?", w.label()),
        );
        cx.report(range, msg);
    }
}

fn days_between(a: NaiveDate, b: NaiveDate) -> i64 {
    (b - a).num_days()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    fn found(date_line: &str, body: &str) -> Vec<String> {
        let text = format!(
            "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 125/TB-UBND\n{date_line}\nTHÔNG BÁO\nKết luận phiên họp\n\n{body}\n\
             Văn phòng thông báo để các cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\
             CHỦ TỊCH\n\nNguyễn Văn A\n"
        );
        crate::check(&text, &crate::Options::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == "TT414")
            .map(|d| text[d.range.start..d.range.end].to_string())
            .collect()
    }

    #[test]
    fn far_dates() {
        let line = "Lạng Sơn, ngày 05 tháng 8 năm 2020";
        assert_eq!(
            found(line, "Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp.\nBáo cáo trước ngày 10/8/2062; đến năm 2030; đến ngày 31/12/2030."),
            vec!["2062"]
        );
        assert_eq!(
            found(line, "Thực hiện Nghị định số 87/2011/NĐ-CP ngày 27/9/2013 của Chính phủ về cấp phép."),
            vec!["2013"]
        );
        assert_eq!(
            found(line, "Ngày 29/7/2019, UBND tỉnh đã tổ chức phiên họp thường kỳ.\nNội dung."),
            vec!["29/7/2019"]
        );
        assert!(found(line, "Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp thường kỳ.\nNội dung.").is_empty());
    }
}
