//! TT203 `co-quan-ban-hanh-viet-tat`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT203",
        name: "co-quan-ban-hanh-viet-tat",
        component: ComponentKind::CoQuanBanHanh,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Tên cơ quan ban hành viết tắt (chỉ cơ quan chủ quản được viết tắt)",
        summary_en: "The issuing body's name is abbreviated",
        spec: "§1.2",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.2)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
