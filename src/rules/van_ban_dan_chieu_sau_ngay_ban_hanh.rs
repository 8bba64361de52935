//! TT413 `van-ban-dan-chieu-sau-ngay-ban-hanh`: a document cited in the body is dated after
//! this document's issue date (`Quyết định số 12/QĐ-UBND ngày 15/9/2020` in a document
//! issued on 05/8/2020).

use crate::body::dates;
use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT413",
        name: "van-ban-dan-chieu-sau-ngay-ban-hanh",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Văn bản được dẫn chiếu có ngày sau ngày ban hành",
        summary_en: "A cited document is dated after this document",
        spec: "§4.1",
        docs: docs!("## Kiểm tra gì\n\
Mỗi văn bản được dẫn chiếu trong nội dung với ngày của nó (`Nghị quyết số 42/NQ-CP \
ngày 09/4/2020`, `Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020`, `Kết luận số 80-KL/TU \
ngày 17/10/2016`) phải có ngày không muộn hơn ngày ban hành văn bản đang soạn: không \
thể dẫn chiếu một văn bản chưa ra đời.\n\n\
Ngày ban hành để trống (dự thảo): nếu đã ghi tháng, năm thì chỉ báo ngày chắc chắn sau \
tháng (năm) đó; nếu không ghi gì, dùng ngày tham chiếu (tùy chọn `today`: văn bản được \
dẫn chiếu không thể có ngày trong tương lai); không có cả hai thì quy tắc không được \
đánh giá.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.6.b (spec §4.1): khi viện dẫn văn bản phải ghi \
đúng tên loại, số, ký hiệu, thời gian ban hành, cơ quan ban hành và trích yếu. Một ngày \
ban hành muộn hơn chính văn bản dẫn chiếu chắc chắn sai (thường gõ nhầm năm hoặc tháng), \
hoặc ngày ban hành của văn bản này sai.\n\n\
## Ví dụ\n\
Văn bản ngày 05/8/2020: `thực hiện Quyết định số 12/QĐ-UBND ngày 15/9/2020 của UBND \
tỉnh` → ngày của Quyết định sau ngày 05/8/2020.\n\n\
## Sửa\n\
Không sửa tự động: phải tra lại ngày của văn bản được dẫn chiếu."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    let reading = dates::read(doc);
    let cited: Vec<_> = reading
        .citations
        .iter()
        .filter_map(|c| {
            let d = c.date?;
            Some((c, d, d.date()?))
        })
        .collect();
    if cited.is_empty() {
        return;
    }
    let window = dates::issue_window(doc);
    let latest = match window {
        Some(w) => w.last,
        None => match cx.options.today {
            Some(t) => t,
            None => {
                cx.not_evaluated(
                    "Ngày ban hành để trống và chưa có ngày tham chiếu (tùy chọn today)",
                    "The issue date is blank and there is no reference date (option today)",
                );
                return;
            }
        },
    };
    for (c, d, date) in cited {
        if date <= latest {
            continue;
        }
        let label = c.label(doc);
        let when = d.short();
        let msg = match window {
            Some(w) if w.exact() => cx.tr(
                format!("{label} có ngày {when}, sau ngày ban hành {} của văn bản này", w.label()),
                format!("{label} is dated {when}, after this document's issue date {}", w.label()),
            ),
            Some(w) => cx.tr(
                format!("{label} có ngày {when}, sau thời gian ban hành ({}) của văn bản này", w.label()),
                format!("{label} is dated {when}, after this document's time of issue ({})", w.label()),
            ),
            None => {
                let t = dates::short(latest);
                cx.tr(
                    format!("{label} có ngày {when}, sau ngày tham chiếu {t}: văn bản được dẫn chiếu chưa thể có"),
                    format!("{label} is dated {when}, after the reference date {t}: the cited document cannot exist yet"),
                )
            }
        };
        cx.report(d.range, msg);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use chrono::NaiveDate;

    fn found(date_line: &str, body: &str, today: Option<&str>) -> Vec<String> {
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
        crate::check(&text, &options)
            .diagnostics
            .iter()
            .filter(|d| d.code == "TT413")
            .map(|d| format!("{} | {}", &text[d.range.start..d.range.end], d.message))
            .collect()
    }

    #[test]
    fn cited_after_issue() {
        let body = "Thực hiện Quyết định số 12/QĐ-UBND ngày 15/9/2020 của UBND tỉnh về việc giao nhiệm vụ; \
                    Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về hỗ trợ.";
        let got = found("Lạng Sơn, ngày 05 tháng 8 năm 2020", body, None);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("15/9/2020 | Quyết định số 12/QĐ-UBND có ngày 15/9/2020"));
        // Blank day: only after the month.
        assert!(found("Lạng Sơn, ngày    tháng 9 năm 2020", body, None).is_empty());
        assert!(found("Lạng Sơn, ngày    tháng    năm", body, None).is_empty());
        assert_eq!(
            found("Lạng Sơn, ngày    tháng    năm", body, Some("2020-08-10")).len(),
            1
        );
    }
}
