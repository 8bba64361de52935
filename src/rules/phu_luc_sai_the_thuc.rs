//! TT551 `phu-luc-sai-the-thuc`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT551",
        name: "phu-luc-sai-the-thuc",
        component: ComponentKind::PhuLuc,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Phụ lục thiếu dòng “(Kèm theo …)” hoặc đánh số không bằng chữ số La Mã",
        summary_en: "An appendix lacks its “(Kèm theo …)” line or Roman numbering",
        spec: "§1.10",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.10)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
