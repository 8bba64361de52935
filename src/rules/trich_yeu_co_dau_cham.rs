//! TT302 `trich-yeu-co-dau-cham`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT302",
        name: "trich-yeu-co-dau-cham",
        component: ComponentKind::TrichYeu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Trích yếu có dấu chấm cuối câu",
        summary_en: "The summary ends with a period",
        spec: "§1.5",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.5)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
