//! TT212 `ngay-sau-hom-nay`: the issue date is after the reference date (`today` option).

use chrono::Datelike;

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::options::Mode;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::ngay_thang_sai_so_0::{day_text, month_text};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT212",
        name: "ngay-sau-hom-nay",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Ngày ban hành sau ngày tham chiếu (hôm nay)",
        summary_en: "The issue date is after the reference date (today)",
        spec: "§1.4",
        docs: docs!("## Kiểm tra gì\n\
Ngày ban hành ở phần đầu văn bản muộn hơn ngày tham chiếu (tùy chọn `today`, thường là \
hôm nay). Không có `today` thì quy tắc không được đánh giá (thư viện không tự đọc đồng hồ). \
Chỉ so sánh khi ngày, tháng, năm đã điền đủ và là một ngày có thật (`TT113`, `TT211`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.4.b (spec §1.4): thời gian ban hành là ngày văn \
bản được ban hành (ngày ký), nên không thể ở sau hôm nay. Ở chế độ `draft` (mặc định) là \
cảnh báo (`warning`): bản dự thảo đôi khi ghi trước ngày dự kiến ký, hoặc là lỗi gõ năm; \
ở chế độ `final` (văn bản đã ban hành) là lỗi.\n\n\
## Ví dụ\n\
Với `today` = `2026-05-10`: `Hà Nội, ngày 15 tháng 9 năm 2026`, hoặc `năm 2062` gõ nhầm \
thay cho `năm 2026`.\n\n\
## Sửa\n\
Không sửa tự động: chỉ người ký biết ngày ban hành đúng."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(date) = doc.issue_date else {
        cx.need(doc, ComponentKind::DiaDanhThoiGian);
        return;
    };
    let Some(today) = cx.options.today else {
        cx.not_evaluated(
            "Chưa có ngày tham chiếu (tùy chọn today)",
            "No reference date (option today)",
        );
        return;
    };
    if super::ngay_khong_co_that::filled(&date).is_none() {
        cx.not_evaluated(
            "Ngày, tháng hoặc năm ban hành để trống",
            "The day, month or year of the issue date is blank",
        );
        return;
    }
    let Some(issued) = super::ngay_khong_co_that::real_date(&date) else {
        cx.not_evaluated(
            "Ngày ban hành không có thật trên lịch",
            "The issue date does not exist in the calendar",
        );
        return;
    };
    if issued <= today {
        return;
    }
    let short = |d: chrono::NaiveDate| {
        format!(
            "{}/{}/{}",
            day_text(d.day()),
            month_text(d.month()),
            d.year()
        )
    };
    let (issued_s, today_s) = (short(issued), short(today));
    let range = date.day.range.cover(date.year.range);
    let (severity, msg) = match cx.mode() {
        Mode::Draft => (
            Severity::Warning,
            cx.tr(
                format!("Ngày ban hành {issued_s} ở sau ngày tham chiếu {today_s}"),
                format!("The issue date {issued_s} is after the reference date {today_s}"),
            ),
        ),
        Mode::Final => (
            Severity::Error,
            cx.tr(
                format!(
                    "Ngày ban hành {issued_s} ở sau ngày tham chiếu {today_s}: văn bản không thể ban hành vào một ngày chưa đến"
                ),
                format!(
                    "The issue date {issued_s} is after the reference date {today_s}: a document cannot be issued in the future"
                ),
            ),
        ),
    };
    cx.report_with(range, severity, msg);
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use chrono::NaiveDate;

    use crate::diagnostic::Severity;
    use crate::options::{Mode, Options};

    const HEAD: &str = "UBND TỈNH LẠNG SƠN\nSố: 05/TB-UBND\n";

    fn run(date_line: &str, today: Option<&str>, mode: Mode) -> crate::Report {
        let text = format!("{HEAD}{date_line}\nTHÔNG BÁO\n");
        let opts = Options {
            today: today.map(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap()),
            mode,
            ..Default::default()
        };
        crate::check(&text, &opts)
    }

    fn mine(r: &crate::Report) -> Vec<&crate::Diagnostic> {
        r.diagnostics.iter().filter(|d| d.code == "TT212").collect()
    }

    fn reason(r: &crate::Report) -> Option<&str> {
        r.not_evaluated
            .iter()
            .find(|n| n.code == "TT212")
            .map(|n| n.reason.as_str())
    }

    #[test]
    fn future_date_is_a_warning_in_drafts_and_an_error_when_final() {
        let line = "Lạng Sơn, ngày 15 tháng 9 năm 2026";
        let r = run(line, Some("2026-05-10"), Mode::Draft);
        let d = mine(&r);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].severity, Severity::Warning);
        let text = format!("{HEAD}{line}\nTHÔNG BÁO\n");
        assert_eq!(&text[d[0].range.start..d[0].range.end], "15 tháng 9 năm 2026");
        assert!(d[0].message.contains("15/9/2026"));
        assert!(d[0].message.contains("10/5/2026"));
        assert!(d[0].fix.is_none());

        let r = run(line, Some("2026-05-10"), Mode::Final);
        let d = mine(&r);
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].severity, Severity::Error);
    }

    #[test]
    fn today_and_past_dates_pass() {
        let line = "Lạng Sơn, ngày 15 tháng 9 năm 2026";
        assert!(mine(&run(line, Some("2026-09-15"), Mode::Final)).is_empty());
        assert!(mine(&run(line, Some("2027-01-01"), Mode::Final)).is_empty());
        assert_eq!(reason(&run(line, Some("2027-01-01"), Mode::Final)), None);
    }

    #[test]
    fn numeric_dates_are_compared_too() {
        let r = run("Lạng Sơn, 15/9/2026", Some("2026-05-10"), Mode::Draft);
        assert_eq!(mine(&r).len(), 1);
    }

    #[test]
    fn without_today_it_is_not_evaluated() {
        let r = run("Lạng Sơn, ngày 15 tháng 9 năm 2062", None, Mode::Final);
        assert!(mine(&r).is_empty());
        assert_eq!(
            reason(&r),
            Some("Chưa có ngày tham chiếu (tùy chọn today)")
        );
    }

    #[test]
    fn blank_or_impossible_dates_are_not_evaluated() {
        let r = run("Lạng Sơn, ngày    tháng 9 năm 2062", Some("2026-05-10"), Mode::Draft);
        assert!(mine(&r).is_empty());
        assert!(reason(&r).is_some());
        let r = run("Lạng Sơn, ngày 31 tháng 6 năm 2062", Some("2026-05-10"), Mode::Draft);
        assert!(mine(&r).is_empty());
        assert!(reason(&r).is_some());
    }

    #[test]
    fn severity_override_wins() {
        let mut opts = Options {
            today: Some(NaiveDate::from_ymd_opt(2026, 5, 10).unwrap()),
            mode: Mode::Final,
            ..Default::default()
        };
        opts.rules.insert(
            "TT212".into(),
            crate::options::RuleSetting::Level(crate::options::RuleLevel::Info),
        );
        let text = format!("{HEAD}Lạng Sơn, ngày 15 tháng 9 năm 2026\nTHÔNG BÁO\n");
        let r = crate::check(&text, &opts);
        assert_eq!(mine(&r)[0].severity, Severity::Info);
    }
}
