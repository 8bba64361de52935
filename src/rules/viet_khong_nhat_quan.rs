//! TT450 `viet-khong-nhat-quan`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT450",
        name: "viet-khong-nhat-quan",
        component: ComponentKind::NoiDung,
        severity: Severity::Info,
        fix: FixAvailability::Sometimes,
        summary_vi: "Cùng một từ viết hai cách trong văn bản",
        summary_en: "The same word is spelled two ways",
        spec: "§6",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§6)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
