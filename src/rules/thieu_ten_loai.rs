//! TT106 `thieu-ten-loai`: the type name is missing.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::doctype::DocType;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT106",
        name: "thieu-ten-loai",
        component: ComponentKind::TenLoai,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu tên loại văn bản (THÔNG BÁO, QUYẾT ĐỊNH, KẾ HOẠCH…)",
        summary_en: "The document type name is missing",
        spec: "§1.5",
        docs: docs!("## Kiểm tra gì\n\
Văn bản có tên loại (mọi loại trừ Công văn và Thư công) nhưng không có dòng tên loại in \
hoa như `THÔNG BÁO`. Khi không xác định được loại văn bản — không có tên loại, không có \
ký hiệu loại trong số ký hiệu, không có `V/v` — cũng báo thiếu tên loại.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Điều 8 và Phụ lục I mục II.5 (spec §1.5, §5): tên loại và trích \
yếu (ô số 5a) là thành phần bắt buộc; Công văn thay bằng trích yếu `V/v …` (ô số 5b).\n\n\
## Sửa\n\
Không sửa tự động: loại văn bản do người soạn thảo chọn."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if doc.doc_type == DocType::Unknown && !doc.has(ComponentKind::TenLoai) && !doc.has(ComponentKind::TrichYeu) {
        let msg = cx.tr(
            "Thiếu tên loại văn bản (như THÔNG BÁO, QUYẾT ĐỊNH) — hoặc trích yếu “V/v …” nếu là công văn",
            "Missing the document type name (such as THÔNG BÁO), or the “V/v …” summary of an official letter",
        );
        cx.report(super::missing::anchor(doc, ComponentKind::TenLoai), msg);
        return;
    }
    super::missing::check(doc, cx, ComponentKind::TenLoai);
}
