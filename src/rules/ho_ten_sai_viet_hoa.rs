//! TT506 `ho-ten-sai-viet-hoa`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT506",
        name: "ho-ten-sai-viet-hoa",
        component: ComponentKind::ChuKy,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Họ tên người ký không viết hoa chữ cái đầu mỗi tiếng",
        summary_en: "The signer's name is not in proper case",
        spec: "§1.7",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.7)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
