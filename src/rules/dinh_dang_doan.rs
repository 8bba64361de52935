//! TT606 `dinh-dang-doan`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT606",
        name: "dinh-dang-doan",
        component: ComponentKind::VanBan,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Đoạn văn: căn đều, thụt đầu dòng, giãn đoạn, giãn dòng chưa đúng",
        summary_en: "Body paragraphs: justification, indent or spacing is wrong",
        spec: "§3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
