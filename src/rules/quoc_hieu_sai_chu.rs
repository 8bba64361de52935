//! TT201 `quoc-hieu-sai-chu`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT201",
        name: "quoc-hieu-sai-chu",
        component: ComponentKind::QuocHieu,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Quốc hiệu viết sai chữ hoặc không in hoa",
        summary_en: "The national title is misspelt or not in capitals",
        spec: "§1.1",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.1)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
