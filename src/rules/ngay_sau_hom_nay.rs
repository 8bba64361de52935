//! TT212 `ngay-sau-hom-nay`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT212",
        name: "ngay-sau-hom-nay",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Ngày ban hành sau ngày tham chiếu (hôm nay)",
        summary_en: "The issue date is after the reference date (today)",
        spec: "§1.4",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.4)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
