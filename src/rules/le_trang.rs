//! TT602 `le-trang`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT602",
        name: "le-trang",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Lề trang ngoài khoảng quy định",
        summary_en: "Page margins are out of range",
        spec: "§3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
