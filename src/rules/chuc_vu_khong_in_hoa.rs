//! TT503 `chuc-vu-khong-in-hoa`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT503",
        name: "chuc-vu-khong-in-hoa",
        component: ComponentKind::ChuKy,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Thẩm quyền và chức vụ người ký không in hoa",
        summary_en: "The authority and position lines are not in capitals",
        spec: "§1.7",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.7)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
