//! TT442 `viet-hoa-danh-tu-chung`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT442",
        name: "viet-hoa-danh-tu-chung",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        summary_vi: "Danh từ chung bị viết hoa",
        summary_en: "A common noun is capitalised",
        spec: "§4.4",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.4)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
