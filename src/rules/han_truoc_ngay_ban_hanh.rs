//! TT412 `han-truoc-ngay-ban-hanh`: a deadline in the body (`trước ngày …`, `chậm nhất
//! ngày …`, `hoàn thành trong tháng …`) falls before the issue date, or, in a notice of a
//! meeting's conclusions, before the meeting.

use chrono::NaiveDate;

use crate::body::dates::{self, DeadlineKind};
use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT412",
        name: "han-truoc-ngay-ban-hanh",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Thời hạn trước ngày ban hành hoặc trước ngày họp",
        summary_en: "A deadline falls before the issue date or the meeting date",
        spec: "§4.5",
        docs: docs!("## Kiểm tra gì\n\
Một thời hạn giao trong nội dung — `trước ngày 05/8/2020`, `chậm nhất ngày …`, \
`chậm nhất trước ngày …`, `hạn chót …`, `hoàn thành trong tháng 8/2020`, `xong trước …` — \
không được rơi vào trước ngày ban hành văn bản; trong thông báo kết luận cuộc họp \
(`Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp …`), không được rơi vào trước ngày họp. \
Chỉ xét thời hạn có ghi năm (hoặc lấy năm từ đầu kia của khoảng ngày).\n\n\
`trước ngày` đứng một mình chỉ được coi là thời hạn khi câu là một yêu cầu: câu có `đã`, \
`được`, `trường hợp`, `nếu`, `đối với`, `hiệu lực`, `kể từ`… trước đó, hoặc `thì` sau đó \
(`hồ sơ đã cấp phép trước ngày 01/7/2020`, `nộp trước ngày 01/7/2020 thì …`) là mốc thời \
gian, không phải thời hạn.\n\n\
Ngày ban hành để trống (dự thảo): nếu đã ghi tháng, năm (`ngày    tháng 8 năm 2020`) thì \
chỉ báo thời hạn chắc chắn trước tháng đó; nếu không ghi gì, dùng ngày tham chiếu \
(tùy chọn `today`: văn bản chưa ban hành sẽ ban hành từ hôm nay trở đi, nên thời hạn đã \
qua là sai); không có cả hai thì quy tắc không được đánh giá.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP không quy định trực tiếp (spec §4.5: ngày trong nội dung); nhưng \
một thời hạn đã qua khi văn bản được ban hành, hay trước cả cuộc họp mà thông báo kết \
luận, là không thể thực hiện — thường do gõ nhầm ngày, tháng hoặc chép từ văn bản cũ. \
Việc nhận ra thời hạn dựa vào cách diễn đạt nên quy tắc chỉ cảnh báo (`warning`).\n\n\
## Ví dụ\n\
Văn bản ban hành ngày 05/8/2020: `Sở Y tế hoàn thiện, trình UBND tỉnh trước ngày \
03/8/2020` (thời hạn đã qua). Thông báo kết luận phiên họp ngày 29/7/2020: `báo cáo \
chậm nhất ngày 25/7/2020`.\n\n\
## Sửa\n\
Không sửa tự động: không biết thời hạn đúng."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    let reading = dates::read(doc);
    let all = &reading.dates;
    let deadlines: Vec<_> = all.iter().filter(|d| d.deadline.is_some()).collect();
    if deadlines.is_empty() {
        return;
    }
    let window = dates::issue_window(doc);
    let meeting = dates::meeting_date(doc, all);
    // The earliest day the document can be issued.
    let issued: Option<(NaiveDate, Bound)> = match window {
        Some(w) => Some((w.first, Bound::Issue(w))),
        None => cx.options.today.map(|t| (t, Bound::Today)),
    };
    if issued.is_none() && meeting.is_none() {
        cx.not_evaluated(
            "Ngày ban hành để trống và chưa có ngày tham chiếu (tùy chọn today)",
            "The issue date is blank and there is no reference date (option today)",
        );
        return;
    }
    for d in deadlines {
        let (Some(deadline), Some((first, last))) = (d.deadline, d.span()) else {
            continue;
        };
        // The last day the work may be done on.
        let due = match deadline.kind {
            DeadlineKind::Before => first,
            DeadlineKind::By => last,
        };
        let when = match (d.day, d.month_value()) {
            (None, Some(_)) => cx.tr(format!("tháng {}", d.short()), format!("month {}", d.short())),
            (None, None) => cx.tr(format!("năm {}", d.short()), format!("year {}", d.short())),
            _ => d.short(),
        };
        if let Some((m, _)) = meeting.filter(|(m, _)| due < *m) {
            let m = dates::short(m);
            let msg = cx.tr(
                format!("Thời hạn {when} ở trước ngày họp {m} mà văn bản thông báo kết luận"),
                format!("The deadline {when} is before the meeting of {m} whose conclusions the notice gives"),
            );
            cx.report(d.range, msg);
            continue;
        }
        let Some((lo, bound)) = issued else { continue };
        if due >= lo {
            continue;
        }
        let msg = match bound {
            Bound::Issue(w) if w.exact() => cx.tr(
                format!("Thời hạn {when} ở trước ngày ban hành {}", w.label()),
                format!("The deadline {when} is before the issue date {}", w.label()),
            ),
            Bound::Issue(w) => cx.tr(
                format!("Thời hạn {when} ở trước thời gian ban hành ({})", w.label()),
                format!("The deadline {when} is before the time of issue ({})", w.label()),
            ),
            Bound::Today => {
                let t = dates::short(lo);
                cx.tr(
                    format!("Thời hạn {when} đã qua so với ngày tham chiếu {t} (ngày ban hành để trống)"),
                    format!("The deadline {when} is already past on the reference date {t} (the issue date is blank)"),
                )
            }
        };
        cx.report(d.range, msg);
    }
}

#[derive(Debug, Clone, Copy)]
enum Bound {
    Issue(dates::IssueWindow),
    Today,
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use chrono::NaiveDate;

    fn found(date_line: &str, body: &str, today: Option<&str>) -> (Vec<String>, usize) {
        let text = format!(
            "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 125/TB-UBND\n{date_line}\nTHÔNG BÁO\nKết luận phiên họp\n\n{body}\n\
             Văn phòng thông báo để các cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\
             CHỦ TỊCH\n\nNguyễn Văn A\n"
        );
        let options = crate::Options {
            today: today.map(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap()),
            ..crate::Options::default()
        };
        let report = crate::check(&text, &options);
        let got = report
            .diagnostics
            .iter()
            .filter(|d| d.code == "TT412")
            .map(|d| text[d.range.start..d.range.end].to_string())
            .collect();
        let ne = report
            .not_evaluated
            .iter()
            .filter(|n| n.code == "TT412")
            .count();
        (got, ne)
    }

    #[test]
    fn deadlines_against_issue_date() {
        let line = "Lạng Sơn, ngày 05 tháng 8 năm 2020";
        let (got, _) = found(
            line,
            "Sở Y tế trình UBND tỉnh trước ngày 03/8/2020. Báo cáo chậm nhất ngày 10/8/2020. \
             Hoàn thành trong tháng 7/2020. Hồ sơ đã cấp trước ngày 01/7/2020 giữ nguyên.",
            None,
        );
        assert_eq!(got, vec!["03/8/2020", "7/2020"]);
    }

    #[test]
    fn deadlines_against_meeting_and_blank_dates() {
        let body = "Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp thường kỳ.\n\
                    Sở Nội vụ báo cáo chậm nhất ngày 25/7/2020; trình trước ngày 05/8/2020.";
        let (got, _) = found("Lạng Sơn, ngày    tháng 8 năm 2020", body, None);
        assert_eq!(got, vec!["25/7/2020"]);
        // Day and month blank, no today, no meeting: not evaluated.
        let (got, ne) = found("Lạng Sơn, ngày    tháng    năm", "Trình trước ngày 05/8/2020.", None);
        assert!(got.is_empty());
        assert_eq!(ne, 1);
        let (got, _) = found(
            "Lạng Sơn, ngày    tháng    năm",
            "Trình trước ngày 05/8/2020.",
            Some("2020-08-10"),
        );
        assert_eq!(got, vec!["05/8/2020"]);
    }
}
