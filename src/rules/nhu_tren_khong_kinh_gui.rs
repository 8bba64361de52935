//! TT523 `nhu-tren-khong-kinh-gui`: `- Như trên;` in Nơi nhận, but no Kính gửi for it to
//! refer to.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::doctype::DocType;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::noi_nhan_dau_cau::{read, starts_with_word, Item};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT523",
        name: "nhu-tren-khong-kinh-gui",
        component: ComponentKind::NoiNhan,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "“Như trên” trong Nơi nhận nhưng văn bản không có Kính gửi",
        summary_en: "“Như trên” in Nơi nhận without a Kính gửi",
        spec: "§1.9",
        docs: docs!("## Kiểm tra gì\n\
Nơi nhận có dòng `- Như trên;` (kể cả `- Như trên (b/c);`) nhưng văn bản không có phần \
`Kính gửi:`. `- Như Điều 4;` của quyết định không phải `Như trên` và không bị báo.\n\n\
Không xét giấy giới thiệu (mẫu có `- Như trên;` chỉ nơi được cử đến), giấy mời (chỉ người \
được mời ở “… trân trọng kính mời”), công điện (chỉ nơi nhận ở dòng “… điện:”) và bản sao.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9 (spec §1.9, §5.3, §6 mục 11): “Như trên” thay \
cho các nơi đã ghi ở phần “Kính gửi” của công văn, tờ trình, báo cáo. Văn bản không có \
Kính gửi (thông báo, kế hoạch…) thì “Như trên” không chỉ ai cả: các nơi nhận phải được \
ghi cụ thể.\n\n\
## Ví dụ\n\
Một thông báo có `Nơi nhận:` / `- Như trên;` / `- Lưu: VT, TH.`\n\n\
## Sửa\n\
Không sửa tự động: bỏ dòng `Như trên` sẽ làm mất nơi nhận; phải ghi tên các cơ quan, đơn \
vị nhận (hoặc thêm phần Kính gửi nếu văn bản là công văn)."),
    },
    check,
};

/// Is this the `- Như trên;` line?
pub(super) fn is_nhu_tren(doc: &Document, item: &Item) -> bool {
    starts_with_word(&item.head(doc), "nhu tren")
}

fn check(doc: &Document, cx: &mut Context) {
    let t = doc.doc_type;
    if t.is_copy()
        || matches!(
            t,
            DocType::GiayGioiThieu | DocType::GiayMoi | DocType::CongDien
        )
        || super::kinh_gui_sai_loai::has_kinh_gui(doc)
    {
        return;
    }
    if cx.need(doc, ComponentKind::NoiNhan).is_none() {
        return;
    }
    let Some(list) = read(doc, ComponentKind::NoiNhan) else {
        return;
    };
    let Some(item) = list.items.iter().find(|it| is_nhu_tren(doc, it)) else {
        return;
    };
    let msg = cx.tr(
        "“Như trên” thay cho các nơi ở phần Kính gửi, nhưng văn bản không có Kính gửi",
        "“Như trên” stands for the Kính gửi recipients, but the document has no Kính gửi",
    );
    cx.report(item.first().cover(item.last()), msg);
}
