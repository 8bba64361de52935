//! TT105 `thieu-dia-danh-thoi-gian`: địa danh và thời gian ban hành missing.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT105",
        name: "thieu-dia-danh-thoi-gian",
        component: ComponentKind::DiaDanhThoiGian,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu địa danh và thời gian ban hành",
        summary_en: "Place and date of issue is missing",
        spec: "§1.4",
        docs: docs!("## Kiểm tra gì\nVăn bản không có địa danh và thời gian ban hành.\n\n## Vì sao\nNghị định 30/2020/NĐ-CP Điều 8 và Phụ lục I mục II.4 (spec §1, §1.4): dòng `<Địa danh>, ngày … tháng … năm …` (ô số 4) là thành phần bắt buộc, trừ Biên bản (Mẫu 1.9 không có dòng này).\n\n## Sửa\nKhông sửa tự động: nội dung do người soạn thảo viết."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    super::missing::check(doc, cx, ComponentKind::DiaDanhThoiGian);
}
