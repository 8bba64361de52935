//! TT480 `viet-tat-lan-dau`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT480",
        name: "viet-tat-lan-dau",
        component: ComponentKind::NoiDung,
        severity: Severity::Info,
        fix: FixAvailability::None,
        summary_vi: "Chữ viết tắt dùng lần đầu không có dạng đầy đủ",
        summary_en: "An abbreviation is used before its full form",
        spec: "§4.2",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.2)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
