//! TT207 `ky-hieu-co-dau-cach`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT207",
        name: "ky-hieu-co-dau-cach",
        component: ComponentKind::SoKyHieu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Số, ký hiệu có dấu cách thừa (phải viết liền như 05/QĐ-UBND)",
        summary_en: "Spaces inside the number and symbol",
        spec: "§1.3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
