//! TT301 `ten-loai-khong-in-hoa`: the type name (tên loại) is not in capitals.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::{is_upper, to_upper};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT301",
        name: "ten-loai-khong-in-hoa",
        component: ComponentKind::TenLoai,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Tên loại văn bản không in hoa",
        summary_en: "The type name is not in capitals",
        spec: "§1.5",
        docs: docs!("## Kiểm tra gì\n\
Dòng tên loại văn bản (`THÔNG BÁO`, `QUYẾT ĐỊNH`, `KẾ HOẠCH`…, kể cả `SAO Y` của bản \
sao) có chữ thường, ví dụ `Thông báo` hoặc `Quyết Định`.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.5a và bảng kỹ thuật trình bày (spec §1.5, §3): \
tên loại văn bản được trình bày bằng chữ in hoa, đứng, đậm, canh giữa.\n\n\
## Ví dụ\n\
`Thông báo` → `THÔNG BÁO`.\n\n\
## Sửa\n\
An toàn (`safe`): viết hoa toàn bộ dòng tên loại; chữ và dấu giữ nguyên (văn bản tổ hợp \
NFD vẫn giữ dấu rời)."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let ten_loai = if doc.doc_type.requires(ComponentKind::TenLoai) {
        cx.need(doc, ComponentKind::TenLoai)
    } else {
        doc.get(ComponentKind::TenLoai)
    };
    let Some(ten_loai) = ten_loai else { return };
    let range = ten_loai.first();
    let text = doc.slice(range);
    if text.is_empty() || is_upper(text) {
        return;
    }
    let msg = cx.tr(
        format!("Tên loại văn bản “{text}” phải viết in hoa"),
        format!("The type name “{text}” must be in capitals"),
    );
    let title = cx.tr("Viết hoa tên loại", "Capitalise the type name");
    cx.report(range, msg)
        .with_fix(title, Applicability::Safe, range, to_upper(text));
}
