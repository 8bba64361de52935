//! The rule registry: one line per rule in `declare_rules!` declares its module and lists
//! it in `ALL`. `tests/registry.rs` checks that every file here is registered, codes are
//! unique and well-formed, docs cite the spec, and the README table matches.

use crate::rule::Rule;

mod missing;

/// Bumped whenever a rule is added or changes what it reports.
pub const RULESET_VERSION: &str = "2026.11.1";

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
