//! TT505 `ho-ten-co-hoc-ham`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT505",
        name: "ho-ten-co-hoc-ham",
        component: ComponentKind::ChuKy,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Có học hàm, học vị trước họ tên người ký (TS., ThS., GS.…)",
        summary_en: "An academic title stands before the signer's name",
        spec: "§1.7",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.7)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
