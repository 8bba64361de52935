//! TT411 `thu-khong-khop-ngay`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT411",
        name: "thu-khong-khop-ngay",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Thứ trong tuần không khớp với ngày",
        summary_en: "The weekday does not match the date",
        spec: "§4.5",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.5)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
