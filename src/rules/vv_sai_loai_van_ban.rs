//! TT303 `vv-sai-loai-van-ban`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT303",
        name: "vv-sai-loai-van-ban",
        component: ComponentKind::TrichYeu,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "“V/v” chỉ dùng cho công văn",
        summary_en: "“V/v” is only for official letters",
        spec: "§1.5",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.5)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
