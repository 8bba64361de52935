//! TT503 `chuc-vu-khong-in-hoa`: an authority or position line of the signature block not in
//! capitals (`Phó Chủ tịch`).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::{is_upper, to_upper};

use super::chuoi_tham_quyen::{read, Role};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT503",
        name: "chuc-vu-khong-in-hoa",
        component: ComponentKind::ChuKy,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Thẩm quyền và chức vụ người ký không in hoa",
        summary_en: "The authority and position lines are not in capitals",
        spec: "§1.7",
        docs: docs!("## Kiểm tra gì\n\
Dòng quyền hạn (`TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH` — phần sau chữ viết tắt) và dòng \
chức vụ người ký (`PHÓ CHỦ TỊCH`) phải viết bằng chữ in hoa. Báo lỗi khi có chữ thường \
(`Phó Chủ tịch`, `KT. Giám đốc`, `PHÓ Chủ tịch`). Chữ viết tắt thẩm quyền (`KT.`, `TM.`…) \
do quy tắc TT501 kiểm tra.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.7 và bảng chi tiết trình bày mục V (spec §1.7, \
§3): quyền hạn và chức vụ của người ký trình bày bằng chữ in hoa, cỡ chữ 13–14, đứng, đậm.\n\n\
## Ví dụ\n\
`Phó Chủ tịch` → `PHÓ CHỦ TỊCH`; `TM. Ủy ban nhân dân` → `TM. ỦY BAN NHÂN DÂN`.\n\n\
## Sửa\n\
Viết in hoa dòng đó. An toàn (`safe`): chỉ đổi chữ thường thành chữ hoa, giữ nguyên chữ \
và dấu."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(c) = cx.need(doc, ComponentKind::ChuKy) else {
        return;
    };
    let sig = read(doc, c);
    for item in &sig.items {
        let (range, vi, en) = match item.role {
            Role::Authority { .. } => (item.rest(doc), "Quyền hạn ký", "The authority line"),
            Role::Position => (item.range, "Chức vụ người ký", "The signer's position"),
            _ => continue,
        };
        let text = doc.slice(range);
        if range.is_empty() || is_upper(text) || !text.chars().any(char::is_alphabetic) {
            continue;
        }
        let msg = cx.tr(
            format!("{vi} phải in hoa: “{text}”"),
            format!("{en} must be in capitals: “{text}”"),
        );
        let fix = cx.tr("Viết in hoa", "Write in capitals");
        cx.report(range, msg)
            .with_fix(fix, Applicability::Safe, range, to_upper(text));
    }
}
