//! TT401 `thieu-dau-ket-thuc`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT401",
        name: "thieu-dau-ket-thuc",
        component: ComponentKind::NoiDung,
        severity: Severity::Info,
        fix: FixAvailability::Always,
        summary_vi: "Nội dung không kết thúc bằng “./.”",
        summary_en: "The body does not end with “./.”",
        spec: "§1.6",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.6)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
