//! TT206 `so-thieu-chu-so-0`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT206",
        name: "so-thieu-chu-so-0",
        component: ComponentKind::SoKyHieu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Số văn bản nhỏ hơn 10 thiếu số 0 đứng trước",
        summary_en: "A number below 10 lacks its leading zero",
        spec: "§1.3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
