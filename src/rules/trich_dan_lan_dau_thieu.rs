//! TT420 `trich-dan-lan-dau-thieu`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT420",
        name: "trich-dan-lan-dau-thieu",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Lần dẫn chiếu đầu tiên thiếu ngày, cơ quan ban hành hoặc trích yếu",
        summary_en: "The first citation lacks its date, issuer or summary",
        spec: "§4.1",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.1)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
