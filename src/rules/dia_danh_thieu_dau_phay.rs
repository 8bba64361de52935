//! TT215 `dia-danh-thieu-dau-phay`: no comma after the place name of the header date
//! (`Hà Nội ngày 05 tháng 3 năm 2020`).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT215",
        name: "dia-danh-thieu-dau-phay",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Thiếu dấu phẩy sau địa danh",
        summary_en: "The comma after the place name is missing",
        spec: "§1.4",
        docs: docs!("## Kiểm tra gì\n\
Dòng địa danh – thời gian ban hành không có dấu phẩy giữa địa danh và chữ `ngày` \
(`Hà Nội ngày 05 tháng 3 năm 2020`), hoặc dùng dấu khác thay cho dấu phẩy \
(`Hà Nội. ngày …`, `Hà Nội; ngày …`, `Hà Nội - ngày …`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.4.c (spec §1.4, §6 mục 4): “sau địa danh có dấu \
phẩy (,)”.\n\n\
## Ví dụ\n\
`Hà Nội ngày 05 tháng 3 năm 2020` → `Hà Nội, ngày 05 tháng 3 năm 2020`.\n\n\
## Sửa\n\
An toàn (`safe`): chèn dấu phẩy ngay sau địa danh (hoặc thay dấu sai bằng dấu phẩy); chữ \
và khoảng trắng giữ nguyên."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(date) = doc.issue_date else {
        cx.need(doc, ComponentKind::DiaDanhThoiGian);
        return;
    };
    let place = date.place;
    if place.is_empty() || doc.slice(place).trim().is_empty() {
        return;
    }
    // Between the place and the day: `, ngày ` when right.
    let gap = doc.slice(TextRange::new(place.end, date.day.range.start));
    if gap.contains(',') {
        return;
    }
    let name = doc.slice(place);
    // A wrong mark ending the place (`Hà Nội.`, `Hà Nội -`): replace it with the comma.
    let body = name.trim_end_matches([' ', '\t']);
    let wrong = body
        .char_indices()
        .next_back()
        .filter(|(_, c)| matches!(c, '.' | ';' | ':' | '-' | '–' | '—'))
        .map(|(i, c)| {
            let start = place.start + i;
            (
                TextRange::new(start, start + c.len_utf8()),
                TextRange::new(place.start, start),
            )
        });
    let (edit, flagged, msg, title) = match wrong {
        Some((mark, before)) => {
            let before = crate::text::trim_range(doc.text, before);
            // A lone mark (`- ngày`) is no place at all.
            if before.is_empty() {
                return;
            }
            let (name, sign) = (doc.slice(before), doc.slice(mark));
            (
                TextRange::new(before.end, mark.end),
                mark,
                cx.tr(
                    format!("Sau địa danh “{name}” phải là dấu phẩy, không phải “{sign}”"),
                    format!("The place name “{name}” is followed by “{sign}” instead of a comma"),
                ),
                cx.tr("Thay bằng dấu phẩy", "Replace with a comma"),
            )
        }
        None => {
            (
                TextRange::empty(place.end),
                place,
                cx.tr(
                    format!("Thiếu dấu phẩy sau địa danh “{name}”"),
                    format!("No comma after the place name “{name}”"),
                ),
                cx.tr("Thêm dấu phẩy sau địa danh", "Insert a comma after the place name"),
            )
        }
    };
    cx.report(flagged, msg)
        .with_fix(title, Applicability::Safe, edit, ",".to_string());
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    const HEAD: &str = "UBND TỈNH LẠNG SƠN\nVĂN PHÒNG\nSố: 125/TB-VP\n";

    fn date_line(text: &str) -> &str {
        text.lines().nth(3).unwrap()
    }

    /// The date line after applying every safe fix of the date rules until none is left.
    fn fixed(line: &str) -> (String, Vec<&'static str>) {
        let mut text = format!("{HEAD}{line}\n\nTHÔNG BÁO\n");
        let opts = crate::Options::default();
        let first: Vec<&'static str> = crate::check(&text, &opts)
            .diagnostics
            .iter()
            .filter(|d| d.code.starts_with("TT21"))
            .map(|d| d.code)
            .collect();
        for _ in 0..3 {
            let report = crate::check(&text, &opts);
            let fixes: Vec<_> = report
                .diagnostics
                .iter()
                .filter(|d| d.code.starts_with("TT21"))
                .filter_map(|d| d.fix.as_ref())
                .filter(|f| f.applicability == crate::Applicability::Safe)
                .collect();
            if fixes.is_empty() {
                break;
            }
            text = crate::apply_fixes(&text, fixes);
        }
        (date_line(&text).to_string(), first)
    }

    #[test]
    fn missing_or_wrong_mark() {
        assert_eq!(fixed("Hà Nội ngày 05 tháng 3 năm 2020").0, "Hà Nội, ngày 05 tháng 3 năm 2020");
        assert_eq!(fixed("Lạng Sơn. ngày 05 tháng 8 năm 2020").0, "Lạng Sơn, ngày 05 tháng 8 năm 2020");
        assert_eq!(fixed("Lạng Sơn; ngày 05 tháng 8 năm 2020").0, "Lạng Sơn, ngày 05 tháng 8 năm 2020");
        assert_eq!(fixed("Lạng Sơn – ngày 05 tháng 8 năm 2020").0, "Lạng Sơn, ngày 05 tháng 8 năm 2020");
        let (line, codes) = fixed("Lạng Sơn, ngày 05 tháng 8 năm 2020");
        assert_eq!(line, "Lạng Sơn, ngày 05 tháng 8 năm 2020");
        assert!(codes.is_empty());
    }

    #[test]
    fn every_date_fix_together() {
        let (line, codes) = fixed("Tp. Hồ Chí Minh ngày 5 tháng 03 năm 2020");
        assert_eq!(line, "Thành phố Hồ Chí Minh, ngày 05 tháng 3 năm 2020");
        assert_eq!(codes, ["TT214", "TT215", "TT210", "TT210"]);
        let (line, _) = fixed("TP.HCM, 5/2/2026");
        assert_eq!(line, "Thành phố Hồ Chí Minh, ngày 05 tháng 02 năm 2026");
        let (line, _) = fixed("TP. Hà Nội ngày 9 tháng 1 năm 2026");
        assert_eq!(line, "Hà Nội, ngày 09 tháng 01 năm 2026");
    }
}
