//! TT411 `thu-khong-khop-ngay`: a weekday written next to a date is not that date's weekday
//! (`thứ Hai, ngày 04/8/2020` — 04/8/2020 was a Tuesday).

use chrono::{Datelike, Weekday};

use crate::body::dates::{self, BodyDate, WeekdayMention};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT411",
        name: "thu-khong-khop-ngay",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Thứ trong tuần không khớp với ngày",
        summary_en: "The weekday does not match the date",
        spec: "§4.5",
        docs: docs!("## Kiểm tra gì\n\
Thứ trong tuần viết sát một ngày trong nội dung — trước ngày (`thứ Hai, ngày 03/8/2020`, \
`sáng thứ 2 (03/8/2020)`, `Chủ nhật, ngày 02/8/2020`) hoặc trong ngoặc ngay sau ngày \
(`ngày 03/8/2020 (thứ Hai)`) — phải đúng là thứ của ngày đó theo lịch. Chỉ xét ngày có \
đủ ngày, tháng, năm (năm có thể lấy từ đầu kia của khoảng ngày: `thứ Hai, ngày 03 đến \
ngày 05/8/2020`).\n\n\
Số thứ tự không phải là thứ trong tuần: `kỳ họp thứ 7 thông qua ngày 23/6/2014`, \
`lần thứ hai, ngày …`, `Đại hội lần thứ XVII` không bị xét; chữ `thứ` phải viết đúng dấu \
(`thủ tục`, `thu năm 2020`, `thứ tự` không phải là thứ).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP không quy định cách viết ngày trong nội dung (spec §4.5), nhưng \
nội dung văn bản phải chính xác (Phụ lục I mục II.6). Thứ và ngày lệch nhau (thường do \
chép lịch của tuần trước) làm người nhận không biết buổi họp, thời hạn rơi vào ngày nào.\n\n\
## Ví dụ\n\
`Họp vào 8 giờ 00, thứ Hai, ngày 04/8/2020` → `thứ Ba, ngày 04/8/2020`; \
`ngày 02/8/2020 (thứ Bảy)` → `(Chủ nhật)`.\n\n\
## Sửa\n\
Thay thứ bằng thứ đúng của ngày, giữ cách viết (chữ hay số, hoa hay thường). An toàn \
(`safe`) khi ngày ghi đủ ngày, tháng, năm ngay tại chỗ: thứ được tính từ ngày, và ngày \
là thông tin người soạn chép từ lịch công tác. Không an toàn (`unsafe`) khi năm hoặc \
tháng lấy từ đầu kia của khoảng ngày: nên xem lại cả ngày lẫn thứ."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    for d in &dates::read(doc).dates {
        let (Some(w), Some(date)) = (d.weekday, d.date()) else {
            continue;
        };
        let real = date.weekday();
        if real == w.weekday {
            continue;
        }
        let when = d.short();
        let (right, written) = (dates::weekday_name(real), dates::weekday_name(w.weekday));
        let msg = cx.tr(
            format!("Thứ không khớp với ngày: {when} là {right}, không phải {written}"),
            format!(
                "The weekday does not match the date: {when} is a {}, not a {}",
                english(real),
                english(w.weekday)
            ),
        );
        let (range, text) = replacement(doc, &w, real);
        let title = cx.tr(
            format!("Sửa thành “{}”", right),
            format!("Change to “{}”", right),
        );
        let applicability = if certain(d) {
            Applicability::Safe
        } else {
            Applicability::Unsafe
        };
        cx.report(w.range, msg)
            .with_fix(title, applicability, range, text);
    }
}

/// Day, month and year all written at the date itself.
fn certain(d: &BodyDate) -> bool {
    d.explicit()
}

fn english(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// The day word of `thứ …` in lower case (NFC).
fn day_word(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "hai",
        Weekday::Tue => "ba",
        Weekday::Wed => "tư",
        Weekday::Thu => "năm",
        Weekday::Fri => "sáu",
        Weekday::Sat => "bảy",
        Weekday::Sun => "nhật",
    }
}

fn digit(w: Weekday) -> u32 {
    w.number_from_monday() + 1
}

/// `s` in the case pattern of `like`: all upper, capitalised, or lower.
fn cased(s: &str, like: &str) -> String {
    if crate::text::is_upper(like) && like.chars().filter(|c| c.is_alphabetic()).count() > 1 {
        return s.to_uppercase();
    }
    let capital = like.chars().next().is_some_and(char::is_uppercase);
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if i == 0 && capital {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether the text before `at` ends a sentence (or there is none).
fn sentence_start(doc: &Document, at: usize) -> bool {
    let before = doc.text.get(..at).unwrap_or("").trim_end();
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

/// The edit that writes `real` in place of the weekday, in the style it was written.
fn replacement(doc: &Document, w: &WeekdayMention, real: Weekday) -> (TextRange, String) {
    let nfd = |s: String| -> String {
        let d = super::quoc_hieu_sai_chu::decompose(&s);
        super::vv_sai_loai_van_ban::as_written(doc, &s, &d).to_string()
    };
    let whole = doc.slice(w.range);
    let word = doc.slice(w.day_word);
    let all_caps = crate::text::is_upper(whole) && whole.chars().filter(|c| c.is_alphabetic()).count() > 2;
    match (w.weekday, real) {
        (Weekday::Sun, _) => {
            // `Chủ nhật` → `thứ Hai` (capital `T` only at a sentence start).
            let thu = if sentence_start(doc, w.range.start) {
                "Thứ"
            } else {
                "thứ"
            };
            let text = format!("{thu} {}", cased(day_word(real), "X"));
            let text = if all_caps { text.to_uppercase() } else { text };
            (w.range, nfd(text))
        }
        (_, Weekday::Sun) => {
            let thu = doc.slice(w.thu);
            let text = if all_caps {
                "CHỦ NHẬT".to_string()
            } else if thu.chars().next().is_some_and(char::is_uppercase)
                || word.chars().next().is_some_and(char::is_uppercase)
            {
                "Chủ nhật".to_string()
            } else {
                "chủ nhật".to_string()
            };
            (w.range, nfd(text))
        }
        _ => {
            let text = if word.bytes().all(|b| b.is_ascii_digit()) {
                digit(real).to_string()
            } else {
                nfd(cased(day_word(real), word))
            };
            let text = if all_caps { text.to_uppercase() } else { text };
            (w.day_word, text)
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use crate::diagnostic::Applicability;

    fn doc(body: &str) -> String {
        format!(
            "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 125/TB-UBND\nLạng Sơn, ngày 05 tháng 8 năm 2020\nTHÔNG BÁO\nKết luận\n\n{body}\n\
             Văn phòng thông báo để các cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\
             CHỦ TỊCH\n\nNguyễn Văn A\n"
        )
    }

    fn fixes(body: &str) -> Vec<(String, String, Applicability)> {
        let text = doc(body);
        let report = crate::check(&text, &crate::Options::default());
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == "TT411")
            .map(|d| {
                let f = d.fix.as_ref().unwrap();
                let e = &f.edits[0];
                (
                    text[d.range.start..d.range.end].to_string(),
                    e.new_text.clone(),
                    f.applicability,
                )
            })
            .collect()
    }

    #[test]
    fn weekday_fixes() {
        // 04/8/2020 was a Tuesday, 02/8/2020 a Sunday, 03/8/2020 a Monday.
        assert_eq!(
            fixes("Họp lúc 8 giờ, thứ Hai, ngày 04/8/2020."),
            vec![("thứ Hai".into(), "Ba".into(), Applicability::Safe)]
        );
        assert_eq!(
            fixes("Họp thứ 2 (04/8/2020)."),
            vec![("thứ 2".into(), "3".into(), Applicability::Safe)]
        );
        assert_eq!(
            fixes("Họp ngày 02/8/2020 (thứ Bảy)."),
            vec![("thứ Bảy".into(), "Chủ nhật".into(), Applicability::Safe)]
        );
        assert_eq!(
            fixes("Họp vào Chủ nhật, ngày 03/8/2020."),
            vec![("Chủ nhật".into(), "thứ Hai".into(), Applicability::Safe)]
        );
        assert_eq!(
            fixes("Họp thứ Hai, ngày 04 đến ngày 05/8/2020."),
            vec![("thứ Hai".into(), "Ba".into(), Applicability::Unsafe)]
        );
        assert!(fixes("Họp thứ Hai, ngày 03/8/2020; kỳ họp thứ 7 thông qua ngày 23/6/2014.").is_empty());
        // NFD text gets an NFD fix.
        let got = fixes("Họp thu\u{31b}\u{301} Hai, ngày 06/8/2020.");
        assert_eq!(got[0].1, "Na\u{306}m");
    }
}
