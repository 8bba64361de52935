//! TT413 `van-ban-dan-chieu-sau-ngay-ban-hanh`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT413",
        name: "van-ban-dan-chieu-sau-ngay-ban-hanh",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Văn bản được dẫn chiếu có ngày sau ngày ban hành",
        summary_en: "A cited document is dated after this document",
        spec: "§4.1",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.1)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
