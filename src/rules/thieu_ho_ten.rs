//! TT504 `thieu-ho-ten`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT504",
        name: "thieu-ho-ten",
        component: ComponentKind::ChuKy,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu họ tên người ký",
        summary_en: "The signer's name is missing",
        spec: "§1.7",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.7)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
