//! TT202 `tieu-ngu-sai-chu`: STUB — to be implemented (see issue 3).

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT202",
        name: "tieu-ngu-sai-chu",
        component: ComponentKind::TieuNgu,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Tiêu ngữ sai chữ, sai viết hoa hoặc sai gạch nối “ - ”",
        summary_en: "The motto is misspelt, miscapitalised or has the wrong dashes",
        spec: "§1.1",
        docs: "## Kiểm tra gì\nTODO\n\n## Vì sao\nTODO Nghị định 30 (§1.1)\n\n## Sửa\nTODO",
    },
    check,
};

fn check(_doc: &Document, _cx: &mut Context) {}
