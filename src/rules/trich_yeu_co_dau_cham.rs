//! TT302 `trich-yeu-co-dau-cham`: the summary (trích yếu) ends with a period.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::trim_range;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT302",
        name: "trich-yeu-co-dau-cham",
        component: ComponentKind::TrichYeu,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Trích yếu có dấu chấm cuối câu",
        summary_en: "The summary ends with a period",
        spec: "§1.5",
        docs: docs!("## Kiểm tra gì\n\
Trích yếu nội dung (dưới tên loại, hoặc dòng `V/v …` của công văn) kết thúc bằng dấu \
chấm `.`. Trích yếu dài nhiều dòng được xét ở cuối dòng cuối. Dấu ba chấm (`…`, `...`) \
và `v.v.` không bị báo.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.5 và các mẫu của Phụ lục III (spec §1.5): trích \
yếu là một câu ngắn gọn hoặc một cụm từ, không có dấu chấm cuối trong mọi mẫu \
([ND30-tpl]). Vì quy định đến từ mẫu chứ không phải lời văn của Nghị định, mức mặc định \
là cảnh báo (`warning`).\n\n\
## Ví dụ\n\
`V/v hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP.`\n\n\
## Sửa\n\
An toàn (`safe`): bỏ dấu chấm cuối trích yếu."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let trich_yeu = if doc.doc_type.requires(ComponentKind::TrichYeu) {
        cx.need(doc, ComponentKind::TrichYeu)
    } else {
        doc.get(ComponentKind::TrichYeu)
    };
    let Some(trich_yeu) = trich_yeu else { return };
    let Some(last) = trich_yeu.parts.last() else {
        return;
    };
    let last = trim_range(doc.text, last.range);
    let s = doc.slice(last);
    let Some(body) = s.strip_suffix('.') else {
        return;
    };
    // `...`, `./.`, `v.v.`: not a sentence period.
    if body.ends_with(['.', '/']) || body.to_lowercase().ends_with("v.v") {
        return;
    }
    let dot = TextRange::new(last.end - 1, last.end);
    let msg = cx.tr(
        "Trích yếu có dấu chấm ở cuối (trích yếu không kết thúc bằng dấu chấm)",
        "The summary ends with a period (a summary takes none)",
    );
    let title = cx.tr("Bỏ dấu chấm cuối trích yếu", "Remove the final period");
    cx.report(dot, msg)
        .with_fix(title, Applicability::Safe, dot, String::new());
}
