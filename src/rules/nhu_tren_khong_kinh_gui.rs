//! TT523 `nhu-tren-khong-kinh-gui`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT523",
        name: "nhu-tren-khong-kinh-gui",
        component: ComponentKind::NoiNhan,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "“Như trên” trong Nơi nhận nhưng văn bản không có Kính gửi",
        summary_en: "“Như trên” in Nơi nhận without a Kính gửi",
        spec: "§1.9",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.9)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
