//! TT603 `phong-chu`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT603",
        name: "phong-chu",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Phông chữ không phải Times New Roman (Unicode)",
        summary_en: "The font is not Times New Roman (Unicode)",
        spec: "§3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
