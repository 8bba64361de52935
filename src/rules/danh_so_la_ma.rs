//! TT432 `danh-so-la-ma`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT432",
        name: "danh-so-la-ma",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Phần, mục lớn phải đánh số La Mã",
        summary_en: "Parts take Roman numerals",
        spec: "§4.3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
