//! TT001 `van-ban-dang`: a Party document is out of scope.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::doctype::DocType;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT001",
        name: "van-ban-dang",
        component: ComponentKind::VanBan,
        severity: Severity::Info,
        fix: FixAvailability::None,
        summary_vi: "Văn bản của Đảng: không thuộc phạm vi Nghị định 30, không kiểm tra thể thức",
        summary_en: "Party document: outside Decree 30, format not checked",
        spec: "§1.3",
        docs: docs!("## Kiểm tra gì\n\
Nhận ra văn bản của tổ chức Đảng (`ĐẢNG CỘNG SẢN VIỆT NAM` thay cho Quốc hiệu, ký hiệu \
kiểu `20-NQ/TU`) và báo rằng thethuc không kiểm tra nó.\n\n\
## Vì sao\n\
Văn bản của Đảng theo Hướng dẫn 36-HD/VPTW, không theo Nghị định 30/2020/NĐ-CP \
(spec §1.3, §5). Báo lỗi thể thức hành chính trên văn bản Đảng là báo sai.\n\n\
## Ví dụ\n\
`ĐẢNG BỘ TỈNH LÀO CAI … ĐẢNG CỘNG SẢN VIỆT NAM … Số 2449 -CV/ĐU`\n\n\
## Sửa\nKhông có."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if doc.doc_type == DocType::VanBanDang {
        let msg = cx.tr(
            "Văn bản của Đảng: thể thức theo Hướng dẫn 36-HD/VPTW, không thuộc phạm vi Nghị định 30 — thethuc không kiểm tra",
            "Party document: its format follows Party guidance (HD 36-HD/VPTW), not Decree 30; thethuc does not check it",
        );
        cx.report(doc.first_line_range(), msg);
    }
}
