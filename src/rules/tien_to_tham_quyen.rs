//! TT501 `tien-to-tham-quyen`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT501",
        name: "tien-to-tham-quyen",
        component: ComponentKind::ChuKy,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Chữ viết tắt thẩm quyền ký sai (TM., KT., TL., TUQ., Q. có dấu chấm)",
        summary_en: "The signing authority prefix is miswritten",
        spec: "§1.7",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.7)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
