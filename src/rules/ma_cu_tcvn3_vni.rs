//! TT471 `ma-cu-tcvn3-vni`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT471",
        name: "ma-cu-tcvn3-vni",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Văn bản gõ bằng bảng mã cũ (TCVN3/VNI) bị lỗi phông",
        summary_en: "The text is in a legacy encoding (TCVN3/VNI)",
        spec: "§3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
