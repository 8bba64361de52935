//! TT101 `thieu-quoc-hieu`: the national title is missing.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) const QUOC_HIEU: &str = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT101",
        name: "thieu-quoc-hieu",
        component: ComponentKind::QuocHieu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Thiếu Quốc hiệu “CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM”",
        summary_en: "The national title is missing",
        spec: "§1.1",
        docs: docs!("## Kiểm tra gì\n\
Văn bản không có dòng Quốc hiệu `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Điều 8 và Phụ lục I mục II.1 (spec §1, §1.1): Quốc hiệu và Tiêu \
ngữ là thành phần bắt buộc (ô số 1) của mọi văn bản hành chính, trừ bản sao.\n\n\
## Ví dụ\n\
Văn bản bắt đầu ngay bằng `Số: 05/TB-UBND`.\n\n\
## Sửa\n\
Chèn `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` trên Tiêu ngữ (hoặc chèn cả hai dòng ở đầu văn \
bản). Không an toàn (`unsafe`): trong bản trình bày hai cột, Quốc hiệu nằm ở cột phải, \
cùng dòng với tên cơ quan."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if !super::missing::check(doc, cx, ComponentKind::QuocHieu) {
        return;
    }
    let nl = super::missing::newline(doc);
    let (at, text) = match doc.get(ComponentKind::TieuNgu) {
        // Above the motto, on its own line.
        Some(tn) => (tn.first().start, format!("{QUOC_HIEU}{nl}")),
        None => (0, format!("{QUOC_HIEU}{nl}{}{nl}", super::thieu_tieu_ngu::TIEU_NGU)),
    };
    let title = cx.tr("Thêm Quốc hiệu", "Insert the national title");
    if let Some(d) = cx.last() {
        d.with_fix(title, Applicability::Unsafe, TextRange::empty(at), text);
    }
}
