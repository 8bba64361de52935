//! TT109 `thieu-chu-ky`: chức vụ, họ tên và chữ ký của người có thẩm quyền missing.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT109",
        name: "thieu-chu-ky",
        component: ComponentKind::ChuKy,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu chức vụ, họ tên và chữ ký của người có thẩm quyền",
        summary_en: "Signature block (position, name) is missing",
        spec: "§1.7",
        docs: docs!("## Kiểm tra gì\nVăn bản không có chức vụ, họ tên và chữ ký của người có thẩm quyền.\n\n## Vì sao\nNghị định 30/2020/NĐ-CP Điều 8 và Phụ lục I mục II.7 (spec §1, §1.7): chức vụ, họ tên và chữ ký của người có thẩm quyền (ô số 7a–7c) là thành phần bắt buộc.\n\n## Sửa\nKhông sửa tự động: nội dung do người soạn thảo viết."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    super::missing::check(doc, cx, ComponentKind::ChuKy);
}
