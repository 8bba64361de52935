//! TT441 `viet-hoa-dia-danh`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT441",
        name: "viet-hoa-dia-danh",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        summary_vi: "Địa danh viết hoa chưa đúng",
        summary_en: "A place name is capitalised wrongly",
        spec: "§4.4",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.4)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
