//! TT208 `ky-hieu-sai-loai`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT208",
        name: "ky-hieu-sai-loai",
        component: ComponentKind::SoKyHieu,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Chữ viết tắt tên loại trong ký hiệu sai hoặc không khớp tên loại",
        summary_en: "The type abbreviation in the symbol is wrong or does not match the type",
        spec: "§5.2",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§5.2)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
