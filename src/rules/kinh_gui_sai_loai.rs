//! TT310 `kinh-gui-sai-loai`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT310",
        name: "kinh-gui-sai-loai",
        component: ComponentKind::KinhGui,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Loại văn bản này không có “Kính gửi”",
        summary_en: "This type of document has no “Kính gửi”",
        spec: "§1.9",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.9)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
