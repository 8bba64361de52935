//! The rule registry: one line per rule in `declare_rules!` declares its module and lists
//! it in `ALL`. `tests/registry.rs` checks that every file here is registered, codes are
//! unique and well-formed, docs cite the spec, and the README table matches.

use crate::rule::Rule;

/// A rule's Markdown docs, written beside its check. Compiled in with the `docs` feature
/// (default: the CLI, native tests, the generator of the npm package's `rule-docs.js`) and
/// left out of the wasm, where they would cost ~27 KB brotli on every page load (issue 8):
/// the package serves them from `thethuc/rule-docs`, loaded only when someone reads them.
#[cfg(feature = "docs")]
macro_rules! docs {
    ($text:literal) => {
        $text
    };
}
#[cfg(not(feature = "docs"))]
macro_rules! docs {
    ($text:literal) => {
        ""
    };
}

mod missing;

/// Bumped whenever a rule is added or changes what it reports.
pub const RULESET_VERSION: &str = "2026.11.3";

macro_rules! declare_rules {
    ($($module:ident),* $(,)?) => {
        $(mod $module;)*
        /// Every rule, in code order.
        pub static ALL: &[&Rule] = &[$(&$module::RULE),*];
    };
}

declare_rules! {
    van_ban_dang,
    thieu_quoc_hieu,
    thieu_tieu_ngu,
    thieu_co_quan_ban_hanh,
    thieu_so_ky_hieu,
    thieu_dia_danh_thoi_gian,
    thieu_ten_loai,
    thieu_trich_yeu,
    thieu_noi_dung,
    thieu_chu_ky,
    thieu_noi_nhan,
    sai_thu_tu_thanh_phan,
    chua_dien_so,
    chua_dien_ngay,
    quoc_hieu_sai_chu,
    tieu_ngu_sai_chu,
    co_quan_ban_hanh_viet_tat,
    ten_co_quan_khong_in_hoa,
    sai_chu_so,
    so_thieu_chu_so_0,
    ky_hieu_co_dau_cach,
    ky_hieu_sai_loai,
    ngay_thang_sai_so_0,
    ngay_khong_co_that,
    ngay_sau_hom_nay,
    ngay_viet_bang_so,
    dia_danh_viet_tat,
    dia_danh_thieu_dau_phay,
    ten_loai_khong_in_hoa,
    trich_yeu_co_dau_cham,
    vv_sai_loai_van_ban,
    vv_co_dau_hai_cham,
    kinh_gui_sai_loai,
    kinh_gui_dau_cau,
    thieu_dau_ket_thuc,
    ngay_khong_co_that_trong_noi_dung,
    thu_khong_khop_ngay,
    han_truoc_ngay_ban_hanh,
    van_ban_dan_chieu_sau_ngay_ban_hanh,
    ngay_lech_xa,
    trich_dan_lan_dau_thieu,
    so_ky_hieu_trich_dan_sai,
    danh_so_muc,
    danh_so_diem,
    danh_so_la_ma,
    danh_so_lan_lon,
    viet_hoa_co_quan,
    viet_hoa_dia_danh,
    viet_hoa_danh_tu_chung,
    viet_khong_nhat_quan,
    khoang_trang_dau_cau,
    dau_markdown_con_sot,
    chuan_unicode,
    ma_cu_tcvn3_vni,
    bo_dau_khong_thong_nhat,
    viet_tat_lan_dau,
    tien_to_tham_quyen,
    chuoi_tham_quyen,
    chuc_vu_khong_in_hoa,
    thieu_ho_ten,
    ho_ten_co_hoc_ham,
    ho_ten_sai_viet_hoa,
    noi_nhan_sai_nhan,
    noi_nhan_dau_cau,
    noi_nhan_thieu_luu,
    nhu_tren_khong_kinh_gui,
    thieu_nhu_tren,
    dau_do_mat_do_khan,
    phu_luc_sai_the_thuc,
    kho_giay,
    le_trang,
    phong_chu,
    co_chu,
    kieu_chu,
    dinh_dang_doan,
    duong_ke,
    so_trang,
    mau_chu,
}

/// A rule by code (`TT101`) or name (`thieu-quoc-hieu`).
pub fn find(key: &str) -> Option<&'static Rule> {
    ALL.iter()
        .copied()
        .find(|r| r.meta.code == key || r.meta.name == key)
}

/// Whether the rule runs on documents outside Nghị định 30 (only the one that says so).
pub(crate) fn runs_out_of_scope(rule: &Rule) -> bool {
    std::ptr::eq(rule, &van_ban_dang::RULE)
}
