//! TT210 `ngay-thang-sai-so-0`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT210",
        name: "ngay-thang-sai-so-0",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Ngày dưới 10 và tháng 1, 2 phải có số 0 đứng trước; tháng 3–12 thì không",
        summary_en: "Days below 10 and months 1–2 take a leading zero; months 3–12 do not",
        spec: "§1.4",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.4)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
