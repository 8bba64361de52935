//! TT213 `ngay-viet-bang-so`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT213",
        name: "ngay-viet-bang-so",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Ngày ban hành ở phần đầu viết bằng số (phải ghi “ngày … tháng … năm …”)",
        summary_en: "The header date is written in digits instead of words",
        spec: "§1.4",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.4)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
