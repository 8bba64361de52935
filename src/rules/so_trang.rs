//! TT608 `so-trang`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT608",
        name: "so-trang",
        component: ComponentKind::VanBan,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Số trang chưa đúng (giữa lề trên, từ trang 2)",
        summary_en: "Page numbers are misplaced",
        spec: "§3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
