//! TT410 `ngay-khong-co-that-trong-noi-dung`: a date in the body does not exist in the
//! calendar (`ngày 31/6/2020`, `29/02/2021`, `ngày 05/13/2020`, `ngày 00/5/2020`).

use crate::body::dates::{self, Invalid};
use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT410",
        name: "ngay-khong-co-that-trong-noi-dung",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Ngày trong nội dung không có thật trên lịch",
        summary_en: "A date in the body does not exist",
        spec: "§4.5",
        docs: docs!("## Kiểm tra gì\n\
Mọi ngày tháng viết trong nội dung văn bản — `ngày 09/4/2020`, `ngày 09 tháng 4 năm 2020`, \
`09/4/2020`, các khoảng ngày (`từ ngày 30 đến ngày 31/6/2020`, `ngày 01 - 03/8/2020`) — \
phải là ngày có thật: tháng từ 1 đến 12, ngày từ 1 đến số ngày của tháng, ngày 29 tháng 2 \
chỉ trong năm nhuận. Ngày không ghi năm (`ngày 30/02`) được xét như trong năm nhuận; \
khi không ghi năm, một cặp số có tháng quá 12 hoặc ngày quá 31 sau chữ `ngày` không được \
coi là ngày (`ngày 15/20 đơn vị`).\n\n\
Số, ký hiệu văn bản không bao giờ bị đọc nhầm thành ngày: `30/2020/NĐ-CP`, `42/NQ-CP`, \
`15/2020/QĐ-TTg`, `20-NQ/TU`; một cặp số không có chữ `ngày` đứng trước (`có mặt 09/09`, \
`27/7`) cũng không được coi là ngày. Ngày viết bằng dấu chấm hoặc gạch ngang mà không có \
chữ `ngày` (`12.5.2020`) chỉ được nhận khi là ngày có thật, nên không bị báo ở đây.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP không quy định cách viết ngày trong nội dung (spec §4.5), nhưng \
nội dung văn bản phải chính xác (Điều 3, Phụ lục I mục II.6): một thời hạn, một ngày họp \
hay ngày của văn bản được dẫn chiếu không có thật làm người thực hiện không biết ngày \
nào là đúng.\n\n\
## Ví dụ\n\
`trình UBND tỉnh trước ngày 31/6/2020` (tháng 6 có 30 ngày); \
`Quyết định số 12/QĐ-UBND ngày 29/02/2021` (năm 2021 không nhuận); `ngày 05/13/2020`. \
Đúng: `ngày 29/02/2024`, `ngày 30/6/2020`.\n\n\
## Sửa\n\
Không sửa tự động: không biết ngày đúng là ngày nào."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    for d in &dates::read(doc).dates {
        let Some(invalid) = d.invalid() else { continue };
        let month = d.month_value().unwrap_or(0);
        let (range, vi, en) = match invalid {
            Invalid::Month(m) => (
                d.month.map_or(d.range, |n| n.range),
                format!("không có tháng {m}"),
                format!("there is no month {m}"),
            ),
            Invalid::DayZero => (
                d.day.map_or(d.range, |n| n.range),
                "không có ngày 0".to_string(),
                "there is no day 0".to_string(),
            ),
            Invalid::TooManyDays { days } => match d.year_value() {
                Some(y) if month == 2 => (
                    d.range,
                    format!("tháng 2 năm {y} chỉ có {days} ngày"),
                    format!("February {y} has only {days} days"),
                ),
                _ => (
                    d.range,
                    format!("tháng {month} chỉ có {days} ngày"),
                    format!("month {month} has only {days} days"),
                ),
            },
        };
        let msg = cx.tr(
            format!("Ngày không có thật: {vi}"),
            format!("The date does not exist: {en}"),
        );
        cx.report(range, msg);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    fn found(body: &str) -> Vec<(String, String)> {
        let text = format!(
            "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 125/TB-UBND\nLạng Sơn, ngày 05 tháng 8 năm 2020\nTHÔNG BÁO\nKết luận\n\n{body}\n\
             Văn phòng thông báo để các cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\
             CHỦ TỊCH\n\nNguyễn Văn A\n"
        );
        let report = crate::check(&text, &crate::Options::default());
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == "TT410")
            .map(|d| {
                (
                    text[d.range.start..d.range.end].to_string(),
                    d.message.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn impossible_body_dates() {
        let got = found("Báo cáo trước ngày 31/6/2020 và ngày 29/02/2021, ngày 05/13/2020.");
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, "31/6/2020");
        assert!(got[0].1.contains("tháng 6 chỉ có 30 ngày"));
        assert_eq!(got[1].0, "29/02/2021");
        assert!(got[1].1.contains("tháng 2 năm 2021 chỉ có 28 ngày"));
        assert_eq!(got[2].0, "13");
        // Real dates and symbols are silent.
        assert!(found("Nghị định số 30/2020/NĐ-CP ngày 05/3/2020; ngày 29/02/2024.").is_empty());
    }
}
