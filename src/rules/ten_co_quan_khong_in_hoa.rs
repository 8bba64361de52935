//! TT204 `ten-co-quan-khong-in-hoa`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT204",
        name: "ten-co-quan-khong-in-hoa",
        component: ComponentKind::CoQuanBanHanh,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Tên cơ quan không in hoa",
        summary_en: "A body's name is not in capitals",
        spec: "§1.2",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.2)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
