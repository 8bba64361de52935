//! TT472 `bo-dau-khong-thong-nhat`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT472",
        name: "bo-dau-khong-thong-nhat",
        component: ComponentKind::VanBan,
        severity: Severity::Info,
        fix: FixAvailability::Sometimes,
        summary_vi: "Trộn lẫn kiểu bỏ dấu cũ và mới (hoà/hòa)",
        summary_en: "Old and new tone placement are mixed",
        spec: "§6",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§6)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
