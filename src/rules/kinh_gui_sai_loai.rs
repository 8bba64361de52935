//! TT310 `kinh-gui-sai-loai`: a `Kính gửi` in a type of document that does not take one.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::doctype::DocType;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::vv_sai_loai_van_ban::type_is_explicit;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT310",
        name: "kinh-gui-sai-loai",
        component: ComponentKind::KinhGui,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Loại văn bản này không có “Kính gửi”",
        summary_en: "This type of document has no “Kính gửi”",
        spec: "§1.9",
        docs: docs!("## Kiểm tra gì\n\
Văn bản có phần `Kính gửi:` nhưng loại văn bản không dùng nó: thông báo, quyết định, kế \
hoạch, giấy mời (mời bằng “… trân trọng kính mời”), biên bản… Được dùng `Kính gửi`: công \
văn, tờ trình và báo cáo (Nghị định chỉ cho tờ trình, báo cáo gửi cấp trên, điều mà văn \
bản không cho thấy, nên luôn chấp nhận), thư công, và văn bản chưa rõ loại.\n\n\
Chỉ xét khi loại văn bản thấy được (có dòng tên loại, hoặc người dùng chỉ định `type`): \
một văn bản có `Kính gửi` mà không có tên loại, chỉ có ký hiệu `TB`, có thể là công văn \
ghi sai ký hiệu. Bản sao không xét (`Kính gửi` thuộc văn bản được sao). Chỉ tính chữ \
`Kính gửi` có dấu hai chấm hoặc đứng đầu dòng, không tính “kính gửi” giữa câu.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9a (spec §1.9, §5.3, §6 mục 11): phần “Kính \
gửi” chỉ áp dụng cho công văn và tờ trình, báo cáo gửi cấp trên; các văn bản khác ghi \
nơi nhận ở phần “Nơi nhận”.\n\n\
## Ví dụ\n\
```\nTHÔNG BÁO\nKết luận của Chủ tịch …\n\nKính gửi: Các sở, ban, ngành.\n```\n\n\
## Sửa\n\
Không sửa tự động: bỏ `Kính gửi` thì phải chuyển các nơi nhận xuống phần Nơi nhận (và \
bỏ `- Như trên;`), hoặc văn bản thực ra là công văn — người soạn thảo quyết định."),
    },
    check,
};

/// Types whose template has (or may have) a `Kính gửi`.
pub(super) fn takes_kinh_gui(t: DocType) -> bool {
    matches!(
        t,
        DocType::CongVan
            | DocType::ToTrinh
            | DocType::BaoCao
            | DocType::ThuCong
            | DocType::Unknown
    )
}

/// The document's `Kính gửi`, when it is one: its label has a colon or opens a cell (not
/// “… kính gửi …” inside a sentence).
pub(super) fn has_kinh_gui(doc: &Document) -> bool {
    let Some(list) = doc.list(ComponentKind::KinhGui) else {
        return false;
    };
    doc.slice(list.label).trim_end().ends_with(':')
        || doc
            .cells
            .iter()
            .any(|c| c.range.start == list.label.start)
}

/// A `Kính gửi` in a document whose visible type does not take one (what TT310 reports).
pub(super) fn misplaced(doc: &Document) -> bool {
    let t = doc.doc_type;
    has_kinh_gui(doc) && !takes_kinh_gui(t) && !t.is_copy() && type_is_explicit(doc)
}

fn check(doc: &Document, cx: &mut Context) {
    if !misplaced(doc) {
        return;
    }
    let Some(list) = doc.list(ComponentKind::KinhGui) else {
        return;
    };
    let t = doc.doc_type;
    let msg = cx.tr(
        format!(
            "{} không có phần “Kính gửi”: chỉ công văn, tờ trình và báo cáo gửi cấp trên mới có",
            t.name()
        ),
        format!(
            "A {} has no “Kính gửi”: only official letters and upward submissions and reports have one",
            t.name()
        ),
    );
    cx.report(list.label, msg);
}
