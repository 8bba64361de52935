//! TT524 `thieu-nhu-tren`: a document with a Kính gửi whose Nơi nhận does not open with
//! `- Như trên;`.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::noi_nhan_dau_cau::read;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT524",
        name: "thieu-nhu-tren",
        component: ComponentKind::NoiNhan,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        summary_vi: "Có Kính gửi nhưng Nơi nhận không bắt đầu bằng “- Như trên;”",
        summary_en: "There is a Kính gửi but Nơi nhận does not start with “- Như trên;”",
        spec: "§1.9",
        docs: docs!("## Kiểm tra gì\n\
Văn bản có phần `Kính gửi:` (công văn, tờ trình, báo cáo) mà dòng đầu của Nơi nhận không \
phải `- Như trên;` (chấp nhận cả ghi chú: `- Như trên (b/c);`), hoặc `Như trên` có nhưng \
không đứng đầu. Không xét khi `Kính gửi` sai loại văn bản (TT310 đã báo) và với bản sao.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9 và Mẫu 1.5 (spec §1.9, §5.3): với công văn, \
tờ trình, báo cáo có phần Kính gửi, danh sách nơi nhận bắt đầu bằng “- Như trên;” thay \
cho các nơi đã ghi ở Kính gửi. Mức cảnh báo (`warning`): người soạn thảo có thể đã ghi lại \
đầy đủ tên các nơi đó.\n\n\
## Ví dụ\n\
```\nKính gửi: Sở Tài chính.\n…\nNơi nhận:\n- Lưu: VT, KT.\n```\n\n\
## Sửa\n\
Không an toàn (`unsafe`): chèn `- Như trên;` làm dòng đầu của Nơi nhận (trên một dòng \
riêng; trong danh sách bị dồn một dòng thì chèn trước dòng đầu). Có thể các nơi ở Kính \
gửi đã được ghi lại trong danh sách, khi đó chèn thêm sẽ trùng. Khi `Như trên` có mà \
không đứng đầu thì không sửa tự động."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if !super::kinh_gui_sai_loai::has_kinh_gui(doc)
        || super::kinh_gui_sai_loai::misplaced(doc)
        || doc.doc_type.is_copy()
    {
        return;
    }
    if cx.need(doc, ComponentKind::NoiNhan).is_none() {
        return;
    }
    let Some(list) = read(doc, ComponentKind::NoiNhan) else {
        return;
    };
    let Some(first) = list.items.first() else {
        cx.not_evaluated(
            "Không đọc được các dòng của Nơi nhận",
            "The lines of the Nơi nhận list could not be read",
        );
        return;
    };
    let is_nhu_tren = |it| super::nhu_tren_khong_kinh_gui::is_nhu_tren(doc, it);
    if is_nhu_tren(first) {
        return;
    }
    if let Some(item) = list.items.iter().find(|it| is_nhu_tren(it)) {
        let msg = cx.tr(
            "“- Như trên;” phải là dòng đầu tiên của Nơi nhận",
            "“- Như trên;” must be the first line of Nơi nhận",
        );
        cx.report(item.first().cover(item.last()), msg);
        return;
    }
    let msg = cx.tr(
        "Văn bản có Kính gửi: Nơi nhận phải bắt đầu bằng “- Như trên;”",
        "The document has a Kính gửi: Nơi nhận must start with “- Như trên;”",
    );
    let title = cx.tr("Thêm “- Như trên;”", "Insert “- Như trên;”");
    let (at, new_text) = insertion(doc, first.first().start);
    cx.report(first.first(), msg)
        .with_fix(title, Applicability::Unsafe, TextRange::empty(at), new_text);
}

/// Where and what to insert before the first item at `start`: a line of its own when the item
/// opens its line, before `<br>` in a table cell, else inline (a list flattened into one line).
fn insertion(doc: &Document, start: usize) -> (usize, String) {
    let nhu_tren = super::vv_sai_loai_van_ban::as_written(
        doc,
        "- Như trên;",
        "- Nhu\u{31b} tre\u{302}n;",
    );
    let line_start = doc
        .lines
        .get(doc.line_of(start))
        .map_or(start, |l| l.range.start);
    let before = doc.text.get(line_start..start).unwrap_or("");
    if before.chars().all(char::is_whitespace) {
        let nl = super::missing::newline(doc);
        return (line_start, format!("{before}{nhu_tren}{nl}"));
    }
    let trimmed = before.trim_end();
    if trimmed.len() >= 4
        && trimmed
            .get(trimmed.len() - 4..)
            .is_some_and(|t| t.eq_ignore_ascii_case("<br>"))
    {
        return (start, format!("{nhu_tren}<br>"));
    }
    (start, format!("{nhu_tren} "))
}
