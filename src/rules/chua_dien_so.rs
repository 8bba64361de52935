//! TT112 `chua-dien-so`: the document number is left blank.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::options::Mode;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT112",
        name: "chua-dien-so",
        component: ComponentKind::SoKyHieu,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Số văn bản để trống (bản dự thảo: văn thư điền khi ban hành)",
        summary_en: "The document number is blank (drafts: filled in at issue)",
        spec: "§1.3",
        docs: docs!("## Kiểm tra gì\n\
Dòng `Số:` không có số trước dấu `/` (`Số:      /TB-UBND`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Điều 15 và Phụ lục I mục II.3 (spec §1.3, §6 mục 22): số do văn \
thư cấp sau khi người có thẩm quyền ký. Ở chế độ `draft` (mặc định) đây là thông tin \
(`info`); ở chế độ `final` (văn bản đã ban hành) là lỗi.\n\n\
## Sửa\n\
Không sửa tự động: số do văn thư cấp."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(so) = doc.so_ky_hieu else { return };
    if so.number.value.is_some() {
        return;
    }
    let range = if doc.slice(so.number.range).is_empty() { so.range } else { so.number.range };
    let (severity, msg) = match cx.mode() {
        Mode::Draft => (
            Severity::Info,
            cx.tr("Số văn bản để trống — văn thư điền khi ban hành", "The number is blank, to be filled in when issued"),
        ),
        Mode::Final => (Severity::Error, cx.tr("Chưa điền số văn bản", "The document number is not filled in")),
    };
    cx.report_with(range, severity, msg);
}
