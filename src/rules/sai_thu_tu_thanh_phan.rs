//! TT111 `sai-thu-tu-thanh-phan`: components out of the order Nghị định 30 lays out.

use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT111",
        name: "sai-thu-tu-thanh-phan",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thành phần thể thức không đúng thứ tự trình bày",
        summary_en: "Components are out of order",
        spec: "§2",
        docs: docs!("## Kiểm tra gì\n\
Thứ tự từ trên xuống: Quốc hiệu trước Tiêu ngữ; cơ quan chủ quản trước cơ quan ban hành, \
trước số ký hiệu; phần đầu (Quốc hiệu, Tiêu ngữ, cơ quan, số, địa danh – ngày) trước tên \
loại; tên loại trước trích yếu; trích yếu trước Kính gửi; Kính gửi trước nội dung; nội \
dung trước chữ ký và nơi nhận. Các thành phần ở hai cột khác nhau (ví dụ số ký hiệu và \
ngày tháng) không so thứ tự với nhau.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục IV, sơ đồ bố trí các thành phần thể thức (spec §2).\n\n\
## Sửa\n\
Không sửa tự động: di chuyển cả khối văn bản cần người soạn thảo xem lại."),
    },
    check,
};

use ComponentKind as K;

/// (earlier, later): `earlier` must start before `later`.
const ORDER: &[(ComponentKind, ComponentKind)] = &[
    (K::QuocHieu, K::TieuNgu),
    (K::CoQuanChuQuan, K::CoQuanBanHanh),
    (K::CoQuanBanHanh, K::SoKyHieu),
    (K::QuocHieu, K::TenLoai),
    (K::TieuNgu, K::TenLoai),
    (K::CoQuanBanHanh, K::TenLoai),
    (K::SoKyHieu, K::TenLoai),
    (K::DiaDanhThoiGian, K::TenLoai),
    (K::TenLoai, K::TrichYeu),
    (K::SoKyHieu, K::TrichYeu),
    (K::TrichYeu, K::KinhGui),
    (K::KinhGui, K::NoiDung),
    (K::TrichYeu, K::NoiDung),
    (K::NoiDung, K::ChuKy),
    (K::NoiDung, K::NoiNhan),
];

fn check(doc: &Document, cx: &mut Context) {
    let mut reported: Vec<ComponentKind> = Vec::new();
    for &(earlier, later) in ORDER {
        // A copy (Mẫu 3.1) prints `SAO Y` above its own number and date.
        if doc.doc_type.is_copy() && later == K::TenLoai {
            continue;
        }
        let (Some(a), Some(b)) = (doc.get(earlier), doc.get(later)) else { continue };
        if b.first().start < a.first().start && !reported.contains(&later) {
            reported.push(later);
            let msg = cx.tr(
                format!("{} đặt trước {}: theo Nghị định 30, {} phải ở sau", later.label_vi(), earlier.in_sentence_vi(), later.in_sentence_vi()),
                format!("The {} comes before the {}; Decree 30 places it after", later.label_en(), earlier.label_en()),
            );
            cx.report(b.first(), msg);
        }
    }
}
