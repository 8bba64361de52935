//! TT108 `thieu-noi-dung`: nội dung văn bản missing.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT108",
        name: "thieu-noi-dung",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu nội dung văn bản",
        summary_en: "Body is missing",
        spec: "§1.6",
        docs: docs!("## Kiểm tra gì\nVăn bản không có nội dung văn bản.\n\n## Vì sao\nNghị định 30/2020/NĐ-CP Điều 8 và Phụ lục I mục II.6 (spec §1, §1.6): nội dung (ô số 6) là thành phần bắt buộc.\n\n## Sửa\nKhông sửa tự động: nội dung do người soạn thảo viết."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    super::missing::check(doc, cx, ComponentKind::NoiDung);
}
