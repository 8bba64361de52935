//! TT107 `thieu-trich-yeu`: the summary (or a công văn's `V/v …`) is missing.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::doctype::DocType;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT107",
        name: "thieu-trich-yeu",
        component: ComponentKind::TrichYeu,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu trích yếu nội dung (công văn: “V/v …”)",
        summary_en: "The summary is missing (official letters: “V/v …”)",
        spec: "§1.5",
        docs: docs!("## Kiểm tra gì\n\
Dưới tên loại không có dòng trích yếu; với Công văn, dưới số ký hiệu không có `V/v …`.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.5 (spec §1.5, §5.3): trích yếu là một câu ngắn \
tóm tắt nội dung, đặt ngay dưới tên loại (ô 5a); công văn ghi `V/v …` dưới số ký hiệu \
(ô 5b). Giấy giới thiệu, giấy nghỉ phép, hợp đồng, bản ghi nhớ, bản thỏa thuận, thư công \
không có trích yếu theo mẫu.\n\n\
## Sửa\n\
Không sửa tự động: trích yếu do người soạn thảo viết."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if doc.doc_type == DocType::CongVan && !doc.has(ComponentKind::TrichYeu) {
        let msg = cx.tr(
            "Thiếu trích yếu “V/v …” của công văn (dưới dòng số, ký hiệu)",
            "Missing the “V/v …” summary of the official letter (under the number line)",
        );
        cx.report(super::missing::anchor(doc, ComponentKind::TrichYeu), msg);
        return;
    }
    super::missing::check(doc, cx, ComponentKind::TrichYeu);
}
