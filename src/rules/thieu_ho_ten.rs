//! TT504 `thieu-ho-ten`: the signature block has no name under the position.

use crate::component::{ComponentKind, PartRole};
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::options::Mode;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::chuoi_tham_quyen::{read, Role};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT504",
        name: "thieu-ho-ten",
        component: ComponentKind::ChuKy,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu họ tên người ký",
        summary_en: "The signer's name is missing",
        spec: "§1.7",
        docs: docs!("## Kiểm tra gì\n\
Khối chữ ký có dòng thẩm quyền, chức vụ nhưng không có họ tên người ký bên dưới. Khi văn \
bản không có khối chữ ký nào, quy tắc TT109 báo thiếu cả thành phần.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Điều 8 và Phụ lục I mục II.7 (spec §1, §1.7): chức vụ, họ tên và \
chữ ký của người có thẩm quyền là thành phần bắt buộc; họ tên gồm họ, tên đệm và tên (ô \
7b). Ở chế độ `final` (văn bản ban hành) đây là lỗi. Ở chế độ `draft` (mặc định) là cảnh \
báo: khi trình ký, có lúc chưa định người ký trong số các cấp phó (`KT. CHỦ TỊCH` / `PHÓ \
CHỦ TỊCH`), nhưng họ tên phải có trước khi ban hành.\n\n\
## Ví dụ\n\
`KT. CHỦ TỊCH` / `PHÓ CHỦ TỊCH` rồi hết văn bản.\n\n\
## Sửa\n\
Không sửa tự động: họ tên người ký do người soạn thảo điền."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    // No block at all: TT109's finding.
    let Some(c) = cx.need(doc, ComponentKind::ChuKy) else {
        return;
    };
    let sig = read(doc, c);
    // The segmenter's name counts too, and a block the reader could not read is left alone.
    if sig.name().is_some()
        || c.parts.iter().any(|p| p.role == Some(PartRole::HoTen))
        || sig.items.is_empty()
    {
        return;
    }
    let last = sig
        .items
        .iter()
        .rev()
        .find(|i| matches!(i.role, Role::Position | Role::Authority { .. }));
    let range = last.map(|i| i.range).unwrap_or_else(|| c.range());
    let below = doc.slice(range);
    let severity = match cx.mode() {
        Mode::Draft => Severity::Warning,
        Mode::Final => Severity::Error,
    };
    let msg = cx.tr(
        format!("Thiếu họ tên người ký dưới “{below}”"),
        format!("The signer's name is missing under “{below}”"),
    );
    cx.report_with(range, severity, msg);
}
