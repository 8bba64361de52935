//! TT522 `noi-nhan-thieu-luu`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT522",
        name: "noi-nhan-thieu-luu",
        component: ComponentKind::NoiNhan,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Nơi nhận thiếu dòng cuối “- Lưu: VT, …”",
        summary_en: "Nơi nhận lacks its last line “- Lưu: VT, …”",
        spec: "§1.9",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.9)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
