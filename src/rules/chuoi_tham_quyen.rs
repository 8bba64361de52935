//! TT502 `chuoi-tham-quyen`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT502",
        name: "chuoi-tham-quyen",
        component: ComponentKind::ChuKy,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thẩm quyền ký không nhất quán (TM./KT./TL./TUQ. với chức vụ)",
        summary_en: "The signing authority chain is incoherent",
        spec: "§1.7",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.7)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
