//! TT301 `ten-loai-khong-in-hoa`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT301",
        name: "ten-loai-khong-in-hoa",
        component: ComponentKind::TenLoai,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Tên loại văn bản không in hoa",
        summary_en: "The type name is not in capitals",
        spec: "§1.5",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.5)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
