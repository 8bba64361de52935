//! TT214 `dia-danh-viet-tat`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT214",
        name: "dia-danh-viet-tat",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Địa danh viết tắt hoặc không đầy đủ (TP. Hồ Chí Minh → Thành phố Hồ Chí Minh)",
        summary_en: "The place name is abbreviated or incomplete",
        spec: "§1.4",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.4)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
