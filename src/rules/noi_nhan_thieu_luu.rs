//! TT522 `noi-nhan-thieu-luu`: the Nơi nhận list must end with `- Lưu: VT, …`.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::noi_nhan_dau_cau::{is_other_dash, read, starts_with_word, Item};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT522",
        name: "noi-nhan-thieu-luu",
        component: ComponentKind::NoiNhan,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Nơi nhận thiếu dòng cuối “- Lưu: VT, …”",
        summary_en: "Nơi nhận lacks its last line “- Lưu: VT, …”",
        spec: "§1.9",
        docs: docs!("## Kiểm tra gì\n\
Dòng cuối của Nơi nhận là `- Lưu: VT, <đơn vị soạn thảo>…`: có dòng `Lưu`, đó là dòng \
cuối, sau `Lưu` có dấu hai chấm, và có `VT` (Văn thư; viết đủ `Văn thư` cũng được). Phần \
sau `VT` (ký hiệu đơn vị, số bản lưu, người soạn thảo) không bị kiểm tra: Nghị định không \
cố định cách ghi số bản lưu, nên `- Lưu: VT, ĐMDN (2b).`, `- Lưu: VT, TCHQ (65).`, \
`- Lưu: VT, KT(Nho).`, `- Lưu: VT, (P.CTHĐND – M.Hùng).` và `- Lưu: VT.` (mẫu giấy giới \
thiệu) đều hợp lệ.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9 (spec §1.9, §6 mục 13): dòng cuối cùng của \
nơi nhận gồm chữ “Lưu”, dấu hai chấm, chữ viết tắt “VT”, dấu phẩy, chữ viết tắt tên đơn \
vị soạn thảo và số lượng bản lưu (nếu cần), cuối cùng là dấu chấm. Văn thư giữ bản gốc \
(Điều 18).\n\n\
## Ví dụ\n\
`- Lưu: KT.` (thiếu `VT`), `- Lưu VT, KT.` (thiếu dấu hai chấm), danh sách không có dòng \
`Lưu`.\n\n\
## Sửa\n\
An toàn (`safe`): chèn `VT, ` sau `Lưu: ` (`- Lưu: KT.` → `- Lưu: VT, KT.`), chèn dấu \
hai chấm sau `Lưu`. Không sửa khi thiếu cả dòng `Lưu` (không biết ký hiệu đơn vị soạn \
thảo) hoặc dòng `Lưu` không ở cuối."),
    },
    check,
};

/// Is this the `- Lưu: …` line?
pub(super) fn is_luu(doc: &Document, item: &Item) -> bool {
    starts_with_word(&item.head(doc), "luu")
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(nn) = cx.need(doc, ComponentKind::NoiNhan) else {
        return;
    };
    let nn_end = nn.range().end;
    let Some(list) = read(doc, ComponentKind::NoiNhan) else {
        return;
    };
    let Some(last) = list.items.last() else {
        cx.not_evaluated(
            "Không đọc được các dòng của Nơi nhận",
            "The lines of the Nơi nhận list could not be read",
        );
        return;
    };
    let Some(k) = list.items.iter().rposition(|it| is_luu(doc, it)) else {
        if luu_line_after(doc, nn_end) {
            // The list was cut short by the segmenter: its Lưu line is further down.
            cx.not_evaluated(
                "Danh sách Nơi nhận không đọc được trọn vẹn",
                "The Nơi nhận list could not be read in full",
            );
            return;
        }
        let msg = cx.tr(
            "Nơi nhận thiếu dòng cuối “- Lưu: VT, …” (bản lưu tại Văn thư)",
            "Nơi nhận lacks its last line “- Lưu: VT, …” (the Văn thư copy)",
        );
        cx.report(last.last(), msg);
        return;
    };
    let Some(luu) = list.items.get(k) else { return };
    if k + 1 != list.items.len() {
        let msg = cx.tr(
            "Dòng “- Lưu: …” phải là dòng cuối cùng của Nơi nhận",
            "The “- Lưu: …” line must be the last line of Nơi nhận",
        );
        cx.report(luu.first().cover(luu.last()), msg);
    }
    check_luu_line(doc, cx, luu);
}

/// `Lưu` followed by `:` and a list naming `VT`.
fn check_luu_line(doc: &Document, cx: &mut Context, luu: &Item) {
    let first = luu.first();
    let start = luu.text_start(doc);
    let s = doc.text.get(start..first.end).unwrap_or("");
    // The word `Lưu` (letters and their combining marks).
    let word_len = s
        .char_indices()
        .find(|(_, c)| !(c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(c)))
        .map_or(s.len(), |(i, _)| i);
    let after_word = s.get(word_len..).unwrap_or("");
    let spaces = after_word.len() - after_word.trim_start().len();
    let has_colon = after_word.trim_start().starts_with(':');
    let rest_offset = if has_colon {
        let after_colon = after_word.get(spaces + 1..).unwrap_or("");
        word_len + spaces + 1 + (after_colon.len() - after_colon.trim_start().len())
    } else {
        word_len + spaces
    };
    // Everything after `Lưu:` across the item's lines, folded, split into words.
    let mut rest = fold(s.get(rest_offset..).unwrap_or(""));
    for p in luu.parts.iter().skip(1) {
        rest.push(' ');
        rest.push_str(&fold(doc.slice(*p)));
    }
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has_vt = words.contains(&"vt") || words.windows(2).any(|w| w == ["van", "thu"]);
    if has_colon && has_vt {
        return;
    }
    let rest_empty = words.is_empty();
    let mut problems_vi = Vec::new();
    let mut problems_en = Vec::new();
    if !has_colon {
        problems_vi.push("thiếu dấu hai chấm sau “Lưu”");
        problems_en.push("lacks the colon after “Lưu”");
    }
    if !has_vt {
        problems_vi.push("thiếu “VT” (Văn thư)");
        problems_en.push("lacks “VT” (Văn thư)");
    }
    let msg = cx.tr(
        format!("Dòng “Lưu” {}", problems_vi.join(" và ")),
        format!("The “Lưu” line {}", problems_en.join(" and ")),
    );
    // Replace what lies between `Lưu` and the rest with `: ` and, when missing, `VT, `.
    let edit_range = TextRange::new(start + word_len, start + rest_offset);
    let new_text = match (has_vt, rest_empty) {
        (true, _) => ": ",
        (false, false) => ": VT, ",
        // `- Lưu.` → `- Lưu: VT.`
        (false, true) => ": VT",
    };
    let title = match (has_colon, has_vt) {
        (false, true) => cx.tr("Thêm dấu hai chấm sau “Lưu”", "Add the colon after “Lưu”"),
        (true, false) => cx.tr("Thêm “VT” vào dòng Lưu", "Add “VT” to the Lưu line"),
        _ => cx.tr("Viết “Lưu: VT, …”", "Write “Lưu: VT, …”"),
    };
    cx.report(first.cover(luu.last()), msg).with_fix(
        title,
        Applicability::Safe,
        edit_range,
        new_text.to_string(),
    );
}

/// A `- Lưu` line below the component's end (the list read stopped early).
fn luu_line_after(doc: &Document, from: usize) -> bool {
    doc.cells.iter().filter(|c| c.range.start >= from).any(|c| {
        let t = doc.folded.text.get(c.fstart..c.fend).unwrap_or("");
        let t = t.trim_start_matches(|ch: char| {
            ch == '-' || ch == '*' || ch == '_' || ch.is_whitespace() || is_other_dash(ch)
        });
        starts_with_word(t, "luu")
    })
}
