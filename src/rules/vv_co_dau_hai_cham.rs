//! TT304 `vv-co-dau-hai-cham`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT304",
        name: "vv-co-dau-hai-cham",
        component: ComponentKind::TrichYeu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "“V/v:” có dấu hai chấm (viết “V/v …”)",
        summary_en: "“V/v:” with a colon",
        spec: "§1.5",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.5)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
