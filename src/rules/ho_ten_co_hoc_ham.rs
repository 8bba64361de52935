//! TT505 `ho-ten-co-hoc-ham`: an academic or honorific title (`TS.`, `ThS.`, `PGS.TS.`…)
//! before the signer's name.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::chuoi_tham_quyen::{read, Role};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT505",
        name: "ho-ten-co-hoc-ham",
        component: ComponentKind::ChuKy,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Có học hàm, học vị trước họ tên người ký (TS., ThS., GS.…)",
        summary_en: "An academic title stands before the signer's name",
        spec: "§1.7",
        docs: docs!("## Kiểm tra gì\n\
Học hàm, học vị, danh hiệu đặt trước họ tên người ký: viết tắt (`TS.`, `ThS.`, `Ths.`, \
`GS.`, `PGS.`, `PGS.TS.`, `GS.TSKH.`, `BS.`, `KS.`, `NGƯT.`…) hoặc viết đủ (`Tiến sĩ`, \
`Phó Giáo sư`…), trên cùng dòng với họ tên hoặc trên dòng ngay trên.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.7 (spec §1.7, §6 mục 15): họ tên người ký gồm họ, \
tên đệm và tên, không ghi học hàm, học vị và các danh hiệu danh dự khác. Đây là cảnh báo \
(`warning`), không phải lỗi: Nghị định cho phép văn bản của đơn vị vũ trang, giáo dục, y \
tế, khoa học ghi thêm học hàm, học vị, quân hàm khi người đứng đầu ngành quy định — điều \
mà văn bản không cho biết.\n\n\
## Ví dụ\n\
`TS. Nguyễn Văn An` → `Nguyễn Văn An`.\n\n\
## Sửa\n\
Bỏ học hàm, học vị trước họ tên. Không an toàn (`unsafe`): chữ còn lại thì chắc chắn, \
nhưng việc có được ghi học hàm hay không tùy quy định của ngành, nên không để “áp dụng mọi \
sửa an toàn” tự xóa."),
    },
    check,
};

/// Abbreviated titles (folded, without dots): học hàm, học vị, professional titles,
/// honorific titles. None of them is a Vietnamese syllable.
const ABBREVIATIONS: &[&str] = &[
    "gs", "pgs", "ts", "tskh", "ths", "bs", "bsck", "bscki", "bsckii", "ck", "cki", "ckii", "ks",
    "kts", "ds", "ls", "cn", "ngnd", "ngut", "nsnd", "nsut", "ttnd", "ttut",
];

/// Titles written out (folded words).
const SPELLED: &[&str] = &[
    "pho giao su",
    "giao su",
    "tien si khoa hoc",
    "tien si",
    "thac si",
    "bac si",
    "ky su",
    "kien truc su",
    "duoc si",
    "luat su",
    "nha giao nhan dan",
    "nha giao uu tu",
    "nghe si nhan dan",
    "nghe si uu tu",
    "thay thuoc nhan dan",
    "thay thuoc uu tu",
];

/// One word made only of abbreviated titles (`PGS.TS.`, `ThS`, `TS,`).
fn is_abbreviation(word: &str) -> bool {
    let f = fold(word);
    let f = f.trim_end_matches([',', ';']);
    let pieces: Vec<&str> = f.split('.').filter(|p| !p.is_empty()).collect();
    !pieces.is_empty()
        && pieces
            .iter()
            .all(|p| ABBREVIATIONS.contains(p) || p.split('-').all(|q| ABBREVIATIONS.contains(&q)))
}

/// How many of the leading `words` are titles.
pub(super) fn leading_titles(words: &[&str]) -> usize {
    let folded: Vec<String> = words
        .iter()
        .map(|w| fold(w).trim_end_matches([',', '.', ';']).to_string())
        .collect();
    let mut i = 0usize;
    'outer: while i < words.len() {
        if words.get(i).is_some_and(|w| is_abbreviation(w)) {
            i += 1;
            continue;
        }
        for s in SPELLED {
            let n = s.split(' ').count();
            if folded.get(i..i + n).is_some_and(|ws| ws.join(" ") == *s) {
                i += n;
                continue 'outer;
            }
        }
        break;
    }
    i
}

/// Where the trailing run of titles of `words` starts (`words.len()` when there is none).
pub(super) fn trailing_titles(words: &[&str]) -> usize {
    (0..words.len())
        .find(|&k| {
            let tail = words.get(k..).unwrap_or(&[]);
            leading_titles(tail) == tail.len()
        })
        .unwrap_or(words.len())
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(c) = cx.need(doc, ComponentKind::ChuKy) else {
        return;
    };
    let sig = read(doc, c);
    let Some(name) = sig.name().copied() else {
        return;
    };
    for title in sig.items.iter().filter(|i| i.role == Role::Title) {
        let text = doc.slice(title.range);
        let msg = cx.tr(
            format!("Học hàm, học vị “{text}” đứng trước họ tên người ký"),
            format!("An academic title (“{text}”) stands before the signer's name"),
        );
        // On the name's line: remove it with the space after it; on a line of its own:
        // only the title.
        let remove = if title.cell == name.cell && title.range.end <= name.range.start {
            TextRange::new(title.range.start, name.range.start)
        } else {
            title.range
        };
        let fix = cx.tr("Bỏ học hàm, học vị trước họ tên", "Remove the title before the name");
        cx.report(title.range, msg)
            .with_fix(fix, Applicability::Unsafe, remove, String::new());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles() {
        assert_eq!(leading_titles(&["TS.", "Nguyễn", "Văn", "An"]), 1);
        assert_eq!(leading_titles(&["PGS.TS.", "Nguyễn"]), 1);
        assert_eq!(leading_titles(&["PGS.", "TS.", "Nguyễn"]), 2);
        assert_eq!(leading_titles(&["Ths.", "Nguyễn"]), 1);
        assert_eq!(leading_titles(&["ThS", "Nguyễn"]), 1);
        assert_eq!(leading_titles(&["Tiến", "sĩ", "Nguyễn"]), 2);
        assert_eq!(leading_titles(&["Phó", "Giáo", "sư,", "Tiến", "sĩ", "Lê"]), 5);
        assert_eq!(leading_titles(&["Nguyễn", "Văn", "An"]), 0);
        assert_eq!(leading_titles(&["THỨ", "TRƯỞNG"]), 0);
        assert_eq!(trailing_titles(&["THỨ", "TRƯỞNG", "TS."]), 2);
        assert_eq!(trailing_titles(&["THỨ", "TRƯỞNG"]), 2);
    }
}
