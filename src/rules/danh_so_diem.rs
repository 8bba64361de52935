//! TT431 `danh-so-diem`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT431",
        name: "danh-so-diem",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Điểm không theo thứ tự chữ cái tiếng Việt (a, b, c, d, đ, e, g…)",
        summary_en: "Points do not follow the Vietnamese alphabet",
        spec: "§4.3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§4.3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
