//! TT460 `khoang-trang-dau-cau`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT460",
        name: "khoang-trang-dau-cau",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Khoảng trắng và dấu câu chưa đúng (hai dấu cách, cách trước dấu câu…)",
        summary_en: "Spacing around punctuation is wrong",
        spec: "§6",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§6)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
