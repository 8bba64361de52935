//! TT433 `danh-so-lan-lon`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT433",
        name: "danh-so-lan-lon",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Trộn lẫn các kiểu đánh số",
        summary_en: "Numbering schemes are mixed",
        spec: "§4.3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
