//! TT601 `kho-giay`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT601",
        name: "kho-giay",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Khổ giấy không phải A4 dọc",
        summary_en: "The paper is not A4 portrait",
        spec: "§3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
