//! TT214 `dia-danh-viet-tat`: the place name of the header date is abbreviated or
//! incomplete (`TP. Hồ Chí Minh`, `TP HCM`, `Hồ Chí Minh`, `TP. Hà Nội`, `Tx. Sa Pa`).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT214",
        name: "dia-danh-viet-tat",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Địa danh viết tắt hoặc không đầy đủ (TP. Hồ Chí Minh → Thành phố Hồ Chí Minh)",
        summary_en: "The place name is abbreviated or incomplete",
        spec: "§1.4",
        docs: docs!("## Kiểm tra gì\n\
Địa danh trước dấu phẩy của dòng `<Địa danh>, ngày … tháng … năm …`:\n\
- Thành phố Hồ Chí Minh viết tắt hoặc thiếu: `TP. Hồ Chí Minh`, `TP HCM`, `Tp.HCM`, \
`TPHCM`, `HCM`, `Hồ Chí Minh`, `Thành phố HCM`;\n\
- Hà Nội có chữ viết tắt `TP.`: `TP. Hà Nội`, `TP Hà Nội`, `TP.HN`, `HN`;\n\
- địa danh mở đầu bằng tên loại đơn vị hành chính viết tắt: `TP.`/`T.P`/`TP` (thành phố), \
`TX.`/`Tx` (thị xã), `TT.` (thị trấn, hoặc Thừa Thiên), `Q.` (quận), `H.` (huyện), \
`P.` (phường), `X.` (xã).\n\
Địa danh đúng như `Hà Nội`, `Lào Cai`, `Lạng Sơn`, `Cam Đường`, `Thành phố Hồ Chí Minh`, \
`Quận 1` không bị báo.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.4.a (spec §1.4, §6 mục 4): địa danh là tên gọi \
chính thức của tỉnh, thành phố trực thuộc trung ương (cơ quan trung ương) hoặc của đơn vị \
hành chính nơi cơ quan đóng trụ sở (cơ quan địa phương); đơn vị hành chính đặt theo tên \
người, bằng chữ số hoặc sự kiện lịch sử phải ghi tên gọi đầy đủ — nên là \
`Thành phố Hồ Chí Minh`, `Quận 1`, không phải `TP. Hồ Chí Minh`. Tên gọi chính thức không \
có chữ viết tắt.\n\n\
## Ví dụ\n\
`TP. Hồ Chí Minh, ngày 28 tháng 7 năm 2026` → `Thành phố Hồ Chí Minh, ngày 28 tháng 7 năm \
2026`; `TP. Hà Nội, ngày …` → `Hà Nội, ngày …`; `Q.1, ngày …` → `Quận 1, ngày …`; \
`Tx. Sa Pa, ngày …` (không sửa an toàn được).\n\n\
## Sửa\n\
- Thành phố Hồ Chí Minh, Hà Nội: an toàn (`safe`) — tên gọi đúng là duy nhất \
(`Thành phố Hồ Chí Minh`; Hà Nội không đặt theo tên người nên ghi `Hà Nội`).\n\
- Tên loại viết tắt trước một chữ số (`Q.1`, `P. 5`): an toàn — đơn vị đặt bằng chữ số \
ghi đầy đủ `Quận 1`, `Phường 5`.\n\
- Tên loại viết tắt trước một tên (`TP. Lào Cai`, `Tx. Sa Pa`): bỏ chữ viết tắt \
(`Lào Cai`), không an toàn (`unsafe`) — nếu đơn vị được đặt theo tên người hay sự kiện \
lịch sử (`Phường Điện Biên Phủ`) thì phải viết đầy đủ tên loại thay vì bỏ đi.\n\
- `TT.` (thị trấn hay Thừa Thiên?): không sửa tự động."),
    },
    check,
};

const HCM: &str = "Thành phố Hồ Chí Minh";
const HA_NOI: &str = "Hà Nội";

/// An abbreviated unit type in front of a place name, case-insensitive: two-letter types
/// (`TP`, `TX`, `TT`, each letter pair optionally split by a dot and one space) followed by a
/// dot or a space; one-letter ones (`Q.`, `H.`, `P.`, `X.`) only with a dot (no place name
/// starts with a lone letter and a dot). As the expression
/// `^(?i)(?:(t\.?\s?p|t\.?\s?x|t\.?\s?t)(?:\.\s*|\s+)|(q|h|p|x)\.\s*)` would: the unit
/// type's byte range and where the prefix ends (spaces after it included).
fn unit_prefix(place: &str) -> Option<((usize, usize), usize)> {
    let b = place.as_bytes();
    let at = |i: usize| b.get(i).map(u8::to_ascii_lowercase);
    let space = |i: usize| at(i).is_some_and(|c| c.is_ascii_whitespace() || c == 0x0B);
    let spaces_from = |mut i: usize| {
        while space(i) {
            i += 1;
        }
        i
    };
    if at(0) == Some(b't') {
        let mut i = 1;
        if at(i) == Some(b'.') {
            i += 1;
        }
        if space(i) {
            i += 1;
        }
        if matches!(at(i), Some(b'p' | b'x' | b't')) {
            let unit = (0, i + 1);
            let next = i + 1;
            if at(next) == Some(b'.') {
                return Some((unit, spaces_from(next + 1)));
            }
            if space(next) {
                return Some((unit, spaces_from(next)));
            }
        }
    }
    if matches!(at(0), Some(b'q' | b'h' | b'p' | b'x')) && at(1) == Some(b'.') {
        return Some(((0, 1), spaces_from(2)));
    }
    None
}

/// Characters around a place name that are not part of it (Markdown emphasis, quotes).
fn is_wrapper(c: char) -> bool {
    c.is_whitespace() || matches!(c, '*' | '_' | '"' | '“' | '”' | '|')
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(date) = doc.issue_date else {
        cx.need(doc, ComponentKind::DiaDanhThoiGian);
        return;
    };
    let raw = doc.slice(date.place);
    let lead = raw.len() - raw.trim_start_matches(is_wrapper).len();
    let trail = raw.len() - raw.trim_end_matches(is_wrapper).len();
    if lead + trail >= raw.len() {
        return;
    }
    let range = TextRange::new(date.place.start + lead, date.place.end - trail);
    let place = doc.slice(range);
    let compact: String = fold(place)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();

    // Thành phố Hồ Chí Minh: named after a person, so its full name.
    let name = compact
        .strip_prefix("thanhpho")
        .or_else(|| compact.strip_prefix("tp"))
        .unwrap_or(&compact);
    if matches!(name, "hcm" | "hochiminh" | "hcminh") && compact != "thanhphohochiminh" {
        let msg = cx.tr(
            format!("Địa danh viết tắt hoặc không đầy đủ: ghi “{HCM}”"),
            format!("The place name is abbreviated or incomplete: write “{HCM}”"),
        );
        let title = cx.tr(
            format!("Ghi đầy đủ “{HCM}”"),
            format!("Write “{HCM}” in full"),
        );
        cx.report(range, msg)
            .with_fix(title, Applicability::Safe, range, HCM.to_string());
        return;
    }
    // Hà Nội: the name itself, without the abbreviated unit type.
    if matches!(compact.as_str(), "tphanoi" | "tphn" | "hn") {
        let msg = cx.tr(
            format!("Địa danh viết tắt: ghi “{HA_NOI}”"),
            format!("The place name is abbreviated: write “{HA_NOI}”"),
        );
        let title = cx.tr(format!("Ghi “{HA_NOI}”"), format!("Write “{HA_NOI}”"));
        cx.report(range, msg)
            .with_fix(title, Applicability::Safe, range, HA_NOI.to_string());
        return;
    }
    // Any other abbreviated unit type in front of the name.
    let Some(((unit_start, unit_end), end)) = unit_prefix(place) else {
        return;
    };
    let rest = place.get(end..).unwrap_or("");
    if rest.trim().is_empty() {
        return;
    }
    let key: String = place
        .get(unit_start..unit_end)
        .unwrap_or("")
        .chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let abbr = place.get(..end).unwrap_or("").trim_end();
    let abbr_range = TextRange::new(range.start, range.start + abbr.len());
    let prefix_range = TextRange::new(range.start, range.start + end);
    let msg = cx.tr(
        format!("Địa danh có tên loại đơn vị hành chính viết tắt “{abbr}”"),
        format!("The place name has an abbreviated unit type “{abbr}”"),
    );
    let full = match key.as_str() {
        "tp" => Some("Thành phố"),
        "tx" => Some("Thị xã"),
        "q" => Some("Quận"),
        "h" => Some("Huyện"),
        "p" => Some("Phường"),
        "x" => Some("Xã"),
        // Thị trấn, or Thừa Thiên (Huế)?
        _ => None,
    };
    let Some(full) = full else {
        cx.report(abbr_range, msg);
        return;
    };
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        // Named by a number: the full name, unit type included (`Quận 1`).
        let number: String = rest.chars().take_while(char::is_ascii_digit).collect();
        let title = cx.tr(
            format!("Viết đầy đủ “{full} {number}”"),
            format!("Write “{full} {number}” in full"),
        );
        cx.report(abbr_range, msg).with_fix(
            title,
            Applicability::Safe,
            prefix_range,
            format!("{full} "),
        );
    } else {
        let title = cx.tr(
            format!("Bỏ chữ viết tắt “{abbr}”"),
            format!("Remove the abbreviation “{abbr}”"),
        );
        cx.report(abbr_range, msg)
            .with_fix(title, Applicability::Unsafe, prefix_range, String::new());
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    fn run(place: &str) -> Vec<(String, String, Option<String>)> {
        let text =
            format!("UBND TỈNH LÀO CAI\nSố: 05/TB-UBND\n{place}, ngày 05 tháng 3 năm 2026\nTHÔNG BÁO\n");
        let r = crate::check(&text, &crate::Options::default());
        r.diagnostics
            .iter()
            .filter(|d| d.code == "TT214")
            .map(|d| {
                let fixed = d
                    .fix
                    .as_ref()
                    .map(|f| crate::apply_fixes(&text, [f]).lines().nth(2).unwrap().to_string());
                (
                    text[d.range.start..d.range.end].to_string(),
                    d.fix.as_ref().map(|f| format!("{:?}", f.applicability)).unwrap_or_default(),
                    fixed,
                )
            })
            .collect()
    }

    const DATE: &str = ", ngày 05 tháng 3 năm 2026";

    #[test]
    fn ho_chi_minh() {
        for p in [
            "TP. Hồ Chí Minh",
            "TP HCM",
            "Tp.HCM",
            "TPHCM",
            "Hồ Chí Minh",
            "Thành phố HCM",
            "TP. Ho\u{302} Chi\u{301} Minh",
        ] {
            let got = run(p);
            assert_eq!(got.len(), 1, "{p}");
            assert_eq!(got[0].0, p);
            assert_eq!(got[0].1, "Safe");
            assert_eq!(
                got[0].2.as_deref(),
                Some(format!("Thành phố Hồ Chí Minh{DATE}").as_str())
            );
        }
        assert!(run("Thành phố Hồ Chí Minh").is_empty());
    }

    #[test]
    fn ha_noi() {
        for p in ["TP. Hà Nội", "TP Hà Nội", "Tp.HN"] {
            let got = run(p);
            assert_eq!(got.len(), 1, "{p}");
            assert_eq!(got[0].2.as_deref(), Some(format!("Hà Nội{DATE}").as_str()));
        }
        assert!(run("Hà Nội").is_empty());
    }

    #[test]
    fn other_prefixes() {
        let got = run("TP. Lào Cai");
        assert_eq!(got[0].0, "TP.");
        assert_eq!(got[0].1, "Unsafe");
        assert_eq!(got[0].2.as_deref(), Some(format!("Lào Cai{DATE}").as_str()));
        let got = run("T.P Huế");
        assert_eq!(got[0].0, "T.P");
        let got = run("Tx. Sa Pa");
        assert_eq!(got[0].2.as_deref(), Some(format!("Sa Pa{DATE}").as_str()));
        let got = run("H. Bát Xát");
        assert_eq!(got[0].0, "H.");
        let got = run("Q.1");
        assert_eq!(got[0].0, "Q.");
        assert_eq!(got[0].1, "Safe");
        assert_eq!(got[0].2.as_deref(), Some(format!("Quận 1{DATE}").as_str()));
        let got = run("TT. Phố Lu");
        assert_eq!(got[0].0, "TT.");
        assert_eq!(got[0].2, None);
    }

    #[test]
    fn correct_places_pass() {
        for p in [
            "Lào Cai",
            "Hà Nội",
            "Cam Đường",
            "Lạng Sơn",
            "Quận 1",
            "Hải Phòng",
            "Tây Ninh",
            "Phú Thọ",
            "Tp",
        ] {
            assert!(run(p).is_empty(), "{p}");
        }
    }

    #[test]
    fn unit_prefixes() {
        fn cut(p: &str) -> Option<(&str, &str)> {
            super::unit_prefix(p).map(|((a, b), end)| (&p[a..b], &p[end..]))
        }
        assert_eq!(cut("TP. Hồ Chí Minh"), Some(("TP", "Hồ Chí Minh")));
        assert_eq!(cut("T.P Huế"), Some(("T.P", "Huế")));
        assert_eq!(cut("t. x.  Sơn Tây"), Some(("t. x", "Sơn Tây")));
        assert_eq!(cut("TT.Huế"), Some(("TT", "Huế")));
        assert_eq!(cut("Q. 1"), Some(("Q", "1")));
        assert_eq!(cut("h.Gia Lâm"), Some(("h", "Gia Lâm")));
        // A letter without its dot, or a two-letter word that is a name.
        assert_eq!(cut("Q 1"), None);
        assert_eq!(cut("Tân An"), None);
        assert_eq!(cut("TPHCM"), None);
        assert_eq!(cut("T.  P Huế"), None);
        assert_eq!(cut("Thành phố Huế"), None);
    }
}
