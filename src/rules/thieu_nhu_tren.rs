//! TT524 `thieu-nhu-tren`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT524",
        name: "thieu-nhu-tren",
        component: ComponentKind::NoiNhan,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Có Kính gửi nhưng Nơi nhận không bắt đầu bằng “- Như trên;”",
        summary_en: "There is a Kính gửi but Nơi nhận does not start with “- Như trên;”",
        spec: "§1.9",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.9)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
