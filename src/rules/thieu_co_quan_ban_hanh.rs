//! TT103 `thieu-co-quan-ban-hanh`: tên cơ quan, tổ chức ban hành missing.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT103",
        name: "thieu-co-quan-ban-hanh",
        component: ComponentKind::CoQuanBanHanh,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thiếu tên cơ quan, tổ chức ban hành",
        summary_en: "Issuing body is missing",
        spec: "§1.2",
        docs: docs!("## Kiểm tra gì\nVăn bản không có tên cơ quan, tổ chức ban hành.\n\n## Vì sao\nNghị định 30/2020/NĐ-CP Điều 8 và Phụ lục I mục II.2 (spec §1, §1.2): tên cơ quan, tổ chức ban hành là thành phần bắt buộc (ô số 2), viết đầy đủ, in hoa, ở góc trên bên trái trang đầu.\n\n## Sửa\nKhông sửa tự động: nội dung do người soạn thảo viết."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    super::missing::check(doc, cx, ComponentKind::CoQuanBanHanh);
}
