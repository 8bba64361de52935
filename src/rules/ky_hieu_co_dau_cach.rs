//! TT207 `ky-hieu-co-dau-cach`: spaces inside the number and symbol (`831 /TB-UBND`).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT207",
        name: "ky-hieu-co-dau-cach",
        component: ComponentKind::SoKyHieu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Số, ký hiệu có dấu cách thừa (phải viết liền như 05/QĐ-UBND)",
        summary_en: "Spaces inside the number and symbol",
        spec: "§1.3",
        docs: docs!("## Kiểm tra gì\n\
Từ con số đến hết ký hiệu không được có dấu cách nào: `05/QĐ-UBND`, không phải \
`05 / QĐ - UBND`, `831 /TB-UBND` hay `904    /BC-SNNMT`. Dạng có năm \
(`15/2020/QĐ-TTg`) cũng vậy. Khi có một chỗ thừa dấu cách, thông báo chỉ đúng chỗ đó; \
khi có nhiều chỗ, chỉ cả số và ký hiệu.\n\n\
Không thuộc quy tắc này: dấu cách giữa `Số:` và con số (bắt buộc, do TT205 xét), và \
khoảng trống của số chưa điền trong bản dự thảo (`Số:      /TB-UBND`: khoảng trống là \
chỗ văn thư điền số, thuộc TT112). Khi số để trống, chỉ xét phần từ dấu `/` trở đi \
(`Số:      / TB-UBND` vẫn bị báo vì dấu cách sau `/`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.3 (spec §1.3, §6 mục 6): giữa số và ký hiệu \
có dấu gạch chéo (/), giữa các nhóm chữ viết tắt ký hiệu có dấu gạch nối (-), không có \
dấu cách. Văn bản đã ban hành vẫn có lỗi này (`Số: 831 /TB-UBND`).\n\n\
## Ví dụ\n\
`Số: 831 /TB-UBND` → `Số: 831/TB-UBND`; `Số: 05 / QĐ - UBND` → `Số: 05/QĐ-UBND`.\n\n\
## Sửa\n\
Xóa mọi dấu cách trong số và ký hiệu. An toàn (`safe`): chỉ xóa dấu cách, chữ và số \
giữ nguyên."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::SoKyHieu).is_none() {
        return;
    }
    let Some(so) = doc.so_ky_hieu else { return };
    // A blank number's gap is where the number goes: look from the slash on.
    let start = if so.number.value.is_some() {
        so.number.range.start
    } else {
        let between = doc.text.get(so.number.range.end..so.symbol.start).unwrap_or("");
        match between.find('/') {
            Some(i) => so.number.range.end + i,
            None => so.symbol.start,
        }
    };
    let span = TextRange::new(start, symbol_end(doc.slice(so.symbol), so.symbol));
    let text = doc.slice(span);
    let runs = whitespace_runs(text, span.start);
    let (Some(first), Some(last)) = (runs.first(), runs.last()) else {
        return;
    };
    let flagged = if runs.len() == 1 {
        *first
    } else {
        TextRange::new(span.start, span.end.max(last.end))
    };
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let msg = cx.tr(
        format!("Số, ký hiệu có dấu cách thừa: phải viết liền “{compact}”"),
        format!("Spaces inside the number and symbol: write “{compact}”"),
    );
    let title = cx.tr(
        "Xóa dấu cách trong số, ký hiệu",
        "Remove the spaces inside the number and symbol",
    );
    let edits = runs
        .iter()
        .map(|r| Edit {
            range: *r,
            new_text: String::new(),
        })
        .collect();
    cx.report(flagged, msg)
        .with_edits(title, Applicability::Safe, edits);
}

/// A hyphen or a dash that the symbol pattern reads as a group separator.
pub(super) fn is_dash(c: char) -> bool {
    c == '-' || ('\u{2010}'..='\u{2015}').contains(&c) || c == '\u{2212}'
}

/// Where the symbol really ends: a later group that reads like a word (`Lạng` in
/// `05/TB-VP – Lạng Sơn, ngày …`, a one-line header whose dash the symbol pattern took for
/// a group separator) is not part of it. Symbol groups are ASCII letters, digits and `Đ`,
/// with at most one lower-case letter (`TTg`, `QyĐ`, `CTr`).
fn symbol_end(symbol: &str, range: TextRange) -> usize {
    let dash = is_dash;
    // Start of the current group, and end of the previous group's text.
    let mut at = 0usize;
    let mut kept = 0usize;
    for (i, group) in symbol.split(dash).enumerate() {
        let g = group.trim();
        let lower = g.chars().filter(|c| c.is_lowercase()).count();
        let symbol_like = g
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == 'Đ' || c == 'đ')
            && lower <= 1;
        if i > 0 && !symbol_like {
            let text = symbol.get(..kept).unwrap_or("");
            return range.start + text.trim_end().len();
        }
        kept = at + group.len();
        let sep = symbol
            .get(kept..)
            .and_then(|rest| rest.chars().next())
            .map_or(0, char::len_utf8);
        at = kept + sep;
    }
    range.end
}

/// Byte ranges (offset by `base`) of the runs of white space in `s`.
fn whitespace_runs(s: &str, base: usize) -> Vec<TextRange> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, ch) in s.char_indices() {
        match (ch.is_whitespace(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(TextRange::new(base + st, base + i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(TextRange::new(base + st, base + s.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbol_extent() {
        let end = |s: &str| symbol_end(s, TextRange::new(0, s.len()));
        assert_eq!(end("TB-VP"), 5);
        assert_eq!(end("QĐ - UBND"), "QĐ - UBND".len());
        assert_eq!(end("QĐ-TTg"), "QĐ-TTg".len());
        assert_eq!(end("TB-VP – Lạng"), 5);
        assert_eq!(end("TB-VP - Lang"), 5);
        assert_eq!(end("TB"), 2);
    }
}
