//! TT110 `thieu-noi-nhan`: nơi nhận missing.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT110",
        name: "thieu-noi-nhan",
        component: ComponentKind::NoiNhan,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu nơi nhận",
        summary_en: "Recipients list (Nơi nhận) is missing",
        spec: "§1.9",
        docs: docs!("## Kiểm tra gì\nVăn bản không có nơi nhận.\n\n## Vì sao\nNghị định 30/2020/NĐ-CP Điều 8 và Phụ lục I mục II.9 (spec §1, §1.9): `Nơi nhận:` và danh sách kết thúc bằng `- Lưu: VT, …` (ô số 9b) là thành phần bắt buộc với mọi loại văn bản.\n\n## Sửa\nKhông sửa tự động: nội dung do người soạn thảo viết."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    super::missing::check(doc, cx, ComponentKind::NoiNhan);
}
