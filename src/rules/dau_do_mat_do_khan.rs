//! TT550 `dau-do-mat-do-khan`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT550",
        name: "dau-do-mat-do-khan",
        component: ComponentKind::DoKhan,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Dấu độ mật, độ khẩn viết sai chữ hoặc không in hoa",
        summary_en: "A confidentiality or urgency stamp is miswritten",
        spec: "§1.10",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.10)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
