//! TT102 `thieu-tieu-ngu`: the motto is missing.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) const TIEU_NGU: &str = "Độc lập - Tự do - Hạnh phúc";

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT102",
        name: "thieu-tieu-ngu",
        component: ComponentKind::TieuNgu,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Thiếu Tiêu ngữ “Độc lập - Tự do - Hạnh phúc”",
        summary_en: "The motto is missing",
        spec: "§1.1",
        docs: docs!("## Kiểm tra gì\n\
Văn bản không có dòng Tiêu ngữ `Độc lập - Tự do - Hạnh phúc`.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Điều 8 và Phụ lục I mục II.1 (spec §1, §1.1): Tiêu ngữ đặt ngay \
dưới Quốc hiệu, là thành phần bắt buộc (ô số 1).\n\n\
## Sửa\n\
Khi có Quốc hiệu: chèn Tiêu ngữ thành dòng ngay dưới. Không an toàn (`unsafe`) vì bản \
trình bày hai cột có thể cần đặt ở cột phải. Khi thiếu cả hai, bản sửa của TT101 chèn cả hai."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if !super::missing::check(doc, cx, ComponentKind::TieuNgu) {
        return;
    }
    let Some(qh) = doc.get(ComponentKind::QuocHieu) else { return };
    let nl = super::missing::newline(doc);
    let title = cx.tr("Thêm Tiêu ngữ dưới Quốc hiệu", "Insert the motto under the national title");
    if let Some(d) = cx.last() {
        d.with_fix(title, Applicability::Unsafe, TextRange::empty(qh.first().end), format!("{nl}{TIEU_NGU}"));
    }
}
