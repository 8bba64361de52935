//! TT520 `noi-nhan-sai-nhan`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT520",
        name: "noi-nhan-sai-nhan",
        component: ComponentKind::NoiNhan,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Chữ “Nơi nhận:” viết sai hoặc thiếu dấu hai chấm",
        summary_en: "“Nơi nhận:” is miswritten or lacks its colon",
        spec: "§1.9",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.9)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
