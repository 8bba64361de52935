//! TT607 `duong-ke`: STUB — to be implemented.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT607",
        name: "duong-ke",
        component: ComponentKind::VanBan,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Thiếu đường kẻ dưới Tiêu ngữ, tên cơ quan hoặc trích yếu",
        summary_en: "A rule line under the motto, issuer or summary is missing",
        spec: "§3",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§3)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
