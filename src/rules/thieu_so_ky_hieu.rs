//! TT104 `thieu-so-ky-hieu`: số, ký hiệu của văn bản missing.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT104",
        name: "thieu-so-ky-hieu",
        component: ComponentKind::SoKyHieu,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu số, ký hiệu của văn bản",
        summary_en: "Number and symbol (Số: …/…) is missing",
        spec: "§1.3",
        docs: docs!("## Kiểm tra gì\nVăn bản không có số, ký hiệu của văn bản.\n\n## Vì sao\nNghị định 30/2020/NĐ-CP Điều 8, Điều 15 và Phụ lục I mục II.3 (spec §1, §1.3): dòng `Số: …/…-…` (ô số 3) là thành phần bắt buộc; bản dự thảo có thể để trống số nhưng vẫn phải có dòng này.\n\n## Sửa\nKhông sửa tự động: nội dung do người soạn thảo viết."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    super::missing::check(doc, cx, ComponentKind::SoKyHieu);
}
