//! TT410 `ngay-khong-co-that-trong-noi-dung`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT410",
        name: "ngay-khong-co-that-trong-noi-dung",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Ngày trong nội dung không có thật trên lịch",
        summary_en: "A date in the body does not exist",
        spec: "§4.5",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.5)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
