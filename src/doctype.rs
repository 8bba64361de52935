//! Document types of Nghị định 30 (Điều 7; spec §5): names, ký hiệu abbreviations
//! (Phụ lục III), and which components each type must have.

use crate::component::ComponentKind;

macro_rules! doc_types {
    ($( $variant:ident => $slug:literal, $name:literal, $abbr:expr; )*) => {
        /// A document type. Slugs are ASCII kebab-case of the Vietnamese names.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum DocType {
            $( $variant, )*
        }

        impl DocType {
            pub const ALL: &'static [DocType] = &[ $( DocType::$variant, )* ];

            /// Public id, e.g. `thong-bao`.
            pub fn slug(self) -> &'static str {
                match self { $( DocType::$variant => $slug, )* }
            }

            /// The type name as printed in tên loại (upper case), e.g. `THÔNG BÁO`.
            pub fn name(self) -> &'static str {
                match self { $( DocType::$variant => $name, )* }
            }

            /// The abbreviation used in ký hiệu (Phụ lục III), if the type has one.
            pub fn abbreviation(self) -> Option<&'static str> {
                match self { $( DocType::$variant => $abbr, )* }
            }
        }
    };
}

doc_types! {
    NghiQuyet => "nghi-quyet", "NGHỊ QUYẾT", Some("NQ");
    QuyetDinh => "quyet-dinh", "QUYẾT ĐỊNH", Some("QĐ");
    ChiThi => "chi-thi", "CHỈ THỊ", Some("CT");
    QuyChe => "quy-che", "QUY CHẾ", Some("QC");
    QuyDinh => "quy-dinh", "QUY ĐỊNH", Some("QyĐ");
    ThongCao => "thong-cao", "THÔNG CÁO", Some("TC");
    ThongBao => "thong-bao", "THÔNG BÁO", Some("TB");
    HuongDan => "huong-dan", "HƯỚNG DẪN", Some("HD");
    ChuongTrinh => "chuong-trinh", "CHƯƠNG TRÌNH", Some("CTr");
    KeHoach => "ke-hoach", "KẾ HOẠCH", Some("KH");
    PhuongAn => "phuong-an", "PHƯƠNG ÁN", Some("PA");
    DeAn => "de-an", "ĐỀ ÁN", Some("ĐA");
    DuAn => "du-an", "DỰ ÁN", Some("DA");
    BaoCao => "bao-cao", "BÁO CÁO", Some("BC");
    BienBan => "bien-ban", "BIÊN BẢN", Some("BB");
    ToTrinh => "to-trinh", "TỜ TRÌNH", Some("TTr");
    HopDong => "hop-dong", "HỢP ĐỒNG", Some("HĐ");
    CongVan => "cong-van", "CÔNG VĂN", None;
    CongDien => "cong-dien", "CÔNG ĐIỆN", Some("CĐ");
    BanGhiNho => "ban-ghi-nho", "BẢN GHI NHỚ", Some("BGN");
    BanThoaThuan => "ban-thoa-thuan", "BẢN THỎA THUẬN", Some("BTT");
    GiayUyQuyen => "giay-uy-quyen", "GIẤY ỦY QUYỀN", Some("GUQ");
    GiayMoi => "giay-moi", "GIẤY MỜI", Some("GM");
    GiayGioiThieu => "giay-gioi-thieu", "GIẤY GIỚI THIỆU", Some("GGT");
    GiayNghiPhep => "giay-nghi-phep", "GIẤY NGHỈ PHÉP", Some("GNP");
    PhieuGui => "phieu-gui", "PHIẾU GỬI", Some("PG");
    PhieuChuyen => "phieu-chuyen", "PHIẾU CHUYỂN", Some("PC");
    PhieuBao => "phieu-bao", "PHIẾU BÁO", Some("PB");
    ThuCong => "thu-cong", "THƯ CÔNG", None;
    BanSaoY => "ban-sao-y", "SAO Y", Some("SY");
    BanTrichSao => "ban-trich-sao", "TRÍCH SAO", Some("TrS");
    BanSaoLuc => "ban-sao-luc", "SAO LỤC", Some("SL");
    VanBanDang => "van-ban-dang", "VĂN BẢN CỦA ĐẢNG", None;
    Unknown => "khong-xac-dinh", "", None;
}

impl DocType {
    /// Parse a slug (the `type` option, the CLI's `--type`).
    pub fn from_slug(slug: &str) -> Option<DocType> {
        DocType::ALL.iter().copied().find(|t| t.slug() == slug)
    }

    /// The type whose ký hiệu abbreviation is exactly `abbr` (case-sensitive: `QyĐ`, `CTr`).
    pub fn from_abbreviation(abbr: &str) -> Option<DocType> {
        DocType::ALL
            .iter()
            .copied()
            .find(|t| t.abbreviation() == Some(abbr))
    }

    /// Types whose documents are not governed by Nghị định 30.
    pub fn is_out_of_scope(self) -> bool {
        matches!(self, DocType::VanBanDang)
    }

    /// Copies (bản sao, Mẫu 3.1): a short form with no quốc hiệu of its own.
    pub fn is_copy(self) -> bool {
        matches!(
            self,
            DocType::BanSaoY | DocType::BanTrichSao | DocType::BanSaoLuc
        )
    }

    /// Whether a document of this type must have the component (spec §1 table, §5.3
    /// templates). Unknown types are held to the components every type has.
    pub fn requires(self, kind: ComponentKind) -> bool {
        use ComponentKind as K;
        if self.is_out_of_scope() {
            return false;
        }
        if self.is_copy() {
            return matches!(
                kind,
                K::CoQuanBanHanh | K::SoKyHieu | K::DiaDanhThoiGian | K::ChuKy | K::NoiNhan
            );
        }
        match kind {
            K::QuocHieu
            | K::TieuNgu
            | K::CoQuanBanHanh
            | K::SoKyHieu
            | K::NoiDung
            | K::ChuKy
            | K::NoiNhan => true,
            // Biên bản (Mẫu 1.9) has no place-date line in its header.
            K::DiaDanhThoiGian => self != DocType::BienBan,
            // Công văn and thư công have no type name; công văn has `V/v` instead.
            K::TenLoai => !matches!(self, DocType::CongVan | DocType::ThuCong),
            K::TrichYeu => self.has_summary(),
            // Kính gửi is never *required* by a missing-component rule: whether a Tờ trình or
            // Báo cáo goes upward is not visible in the text (spec §1.9).
            K::KinhGui => false,
            K::CoQuanChuQuan | K::DoMat | K::DoKhan | K::PhuLuc | K::VanBan => false,
        }
    }

    /// Types whose template has a trích yếu (Mẫu 1.1–1.7, 1.9; công văn's `V/v`).
    fn has_summary(self) -> bool {
        !matches!(
            self,
            DocType::GiayGioiThieu
                | DocType::GiayNghiPhep
                | DocType::HopDong
                | DocType::BanGhiNho
                | DocType::BanThoaThuan
                | DocType::ThuCong
                | DocType::Unknown
        )
    }
}
