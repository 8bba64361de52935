//! TT521 `noi-nhan-dau-cau`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT521",
        name: "noi-nhan-dau-cau",
        component: ComponentKind::NoiNhan,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Nơi nhận: mỗi dòng “- …;”, dòng cuối kết thúc bằng dấu chấm",
        summary_en: "Nơi nhận: each line “- …;”, the last ending with a period",
        spec: "§1.9",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.9)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
