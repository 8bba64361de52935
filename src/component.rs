//! The format components (thành phần thể thức) of Nghị định 30/2020/NĐ-CP, Phụ lục I,
//! and where the segmenter found each one in the original text.

use crate::diagnostic::TextRange;

/// A component kind. The kebab-case ids are the public API (JSON, CLI, wasm).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ComponentKind {
    /// Quốc hiệu: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` (ô 1).
    QuocHieu,
    /// Tiêu ngữ: `Độc lập - Tự do - Hạnh phúc` (ô 1).
    TieuNgu,
    /// Tên cơ quan chủ quản trực tiếp: the parent body line above the issuer (ô 2).
    CoQuanChuQuan,
    /// Tên cơ quan, tổ chức ban hành: the issuing body (ô 2).
    CoQuanBanHanh,
    /// Số, ký hiệu: `Số: 05/QĐ-UBND` (ô 3).
    SoKyHieu,
    /// Địa danh và thời gian ban hành: `Hà Nội, ngày 05 tháng 3 năm 2020` (ô 4).
    DiaDanhThoiGian,
    /// Tên loại văn bản: `THÔNG BÁO` (ô 5a).
    TenLoai,
    /// Trích yếu nội dung; for a công văn the `V/v …` line (ô 5a/5b).
    TrichYeu,
    /// `Kính gửi:` and its recipients (ô 9a).
    KinhGui,
    /// Nội dung văn bản: the body (ô 6).
    NoiDung,
    /// Chức vụ, họ tên, chữ ký: authority line(s), position, name (ô 7a–7c).
    ChuKy,
    /// `Nơi nhận:` and its list (ô 9b).
    NoiNhan,
    /// Dấu chỉ độ mật: `MẬT`, `TỐI MẬT`, `TUYỆT MẬT` (ô 10a).
    DoMat,
    /// Dấu chỉ mức độ khẩn: `KHẨN`, `THƯỢNG KHẨN`, `HỎA TỐC` (ô 10b).
    DoKhan,
    /// Phụ lục kèm theo.
    PhuLuc,
    /// The document as a whole.
    VanBan,
}

impl ComponentKind {
    pub const ALL: [ComponentKind; 16] = [
        ComponentKind::QuocHieu,
        ComponentKind::TieuNgu,
        ComponentKind::CoQuanChuQuan,
        ComponentKind::CoQuanBanHanh,
        ComponentKind::SoKyHieu,
        ComponentKind::DiaDanhThoiGian,
        ComponentKind::TenLoai,
        ComponentKind::TrichYeu,
        ComponentKind::KinhGui,
        ComponentKind::NoiDung,
        ComponentKind::ChuKy,
        ComponentKind::NoiNhan,
        ComponentKind::DoMat,
        ComponentKind::DoKhan,
        ComponentKind::PhuLuc,
        ComponentKind::VanBan,
    ];

    /// The public id, e.g. `so-ky-hieu`.
    pub fn id(self) -> &'static str {
        match self {
            ComponentKind::QuocHieu => "quoc-hieu",
            ComponentKind::TieuNgu => "tieu-ngu",
            ComponentKind::CoQuanChuQuan => "co-quan-chu-quan",
            ComponentKind::CoQuanBanHanh => "co-quan-ban-hanh",
            ComponentKind::SoKyHieu => "so-ky-hieu",
            ComponentKind::DiaDanhThoiGian => "dia-danh-thoi-gian",
            ComponentKind::TenLoai => "ten-loai",
            ComponentKind::TrichYeu => "trich-yeu",
            ComponentKind::KinhGui => "kinh-gui",
            ComponentKind::NoiDung => "noi-dung",
            ComponentKind::ChuKy => "chu-ky",
            ComponentKind::NoiNhan => "noi-nhan",
            ComponentKind::DoMat => "do-mat",
            ComponentKind::DoKhan => "do-khan",
            ComponentKind::PhuLuc => "phu-luc",
            ComponentKind::VanBan => "van-ban",
        }
    }

    /// Vietnamese label as drafters say it.
    pub fn label_vi(self) -> &'static str {
        match self {
            ComponentKind::QuocHieu => "Quốc hiệu",
            ComponentKind::TieuNgu => "Tiêu ngữ",
            ComponentKind::CoQuanChuQuan => "Tên cơ quan chủ quản",
            ComponentKind::CoQuanBanHanh => "Tên cơ quan ban hành",
            ComponentKind::SoKyHieu => "Số, ký hiệu",
            ComponentKind::DiaDanhThoiGian => "Địa danh và thời gian ban hành",
            ComponentKind::TenLoai => "Tên loại văn bản",
            ComponentKind::TrichYeu => "Trích yếu nội dung",
            ComponentKind::KinhGui => "Kính gửi",
            ComponentKind::NoiDung => "Nội dung",
            ComponentKind::ChuKy => "Chức vụ, họ tên và chữ ký",
            ComponentKind::NoiNhan => "Nơi nhận",
            ComponentKind::DoMat => "Độ mật",
            ComponentKind::DoKhan => "Độ khẩn",
            ComponentKind::PhuLuc => "Phụ lục",
            ComponentKind::VanBan => "Văn bản",
        }
    }

    /// The Vietnamese label inside a sentence: lower case, except the fixed names
    /// (`Quốc hiệu`, `Tiêu ngữ`, `Kính gửi`, `Nơi nhận`).
    pub fn in_sentence_vi(self) -> String {
        match self {
            ComponentKind::QuocHieu
            | ComponentKind::TieuNgu
            | ComponentKind::KinhGui
            | ComponentKind::NoiNhan => self.label_vi().to_string(),
            _ => self.label_vi().to_lowercase(),
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            ComponentKind::QuocHieu => "national title",
            ComponentKind::TieuNgu => "motto",
            ComponentKind::CoQuanChuQuan => "parent body",
            ComponentKind::CoQuanBanHanh => "issuing body",
            ComponentKind::SoKyHieu => "number and symbol",
            ComponentKind::DiaDanhThoiGian => "place and date of issue",
            ComponentKind::TenLoai => "document type name",
            ComponentKind::TrichYeu => "summary",
            ComponentKind::KinhGui => "addressee (Kính gửi)",
            ComponentKind::NoiDung => "body",
            ComponentKind::ChuKy => "signature block",
            ComponentKind::NoiNhan => "recipients (Nơi nhận)",
            ComponentKind::DoMat => "confidentiality mark",
            ComponentKind::DoKhan => "urgency mark",
            ComponentKind::PhuLuc => "appendix",
            ComponentKind::VanBan => "document",
        }
    }
}

/// What a part of a multi-part component is (only the signature block has roles so far).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PartRole {
    /// An authority line: `TM. ỦY BAN NHÂN DÂN`, `KT. CHỦ TỊCH`, `TL. …`, `TUQ. …`, `Q. …`.
    ThamQuyen,
    /// The signer's position: `PHÓ CHỦ TỊCH`.
    ChucVu,
    /// The signer's full name.
    HoTen,
}

impl PartRole {
    /// The public id (`tham-quyen`, `chuc-vu`, `ho-ten`).
    pub fn id(self) -> &'static str {
        match self {
            PartRole::ThamQuyen => "tham-quyen",
            PartRole::ChucVu => "chuc-vu",
            PartRole::HoTen => "ho-ten",
        }
    }
}

/// One contiguous piece of a component in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub range: TextRange,
    pub role: Option<PartRole>,
}

/// A component as found: its pieces in reading order (a component wrapped over several
/// lines of a two-column layout has one piece per line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Component {
    pub kind: ComponentKind,
    pub parts: Vec<Part>,
}

impl Component {
    pub fn new(kind: ComponentKind, range: TextRange) -> Self {
        Self {
            kind,
            parts: vec![Part { range, role: None }],
        }
    }

    pub fn from_ranges(kind: ComponentKind, ranges: impl IntoIterator<Item = TextRange>) -> Self {
        Self {
            kind,
            parts: ranges
                .into_iter()
                .map(|range| Part { range, role: None })
                .collect(),
        }
    }

    /// From the start of the first piece to the end of the last.
    pub fn range(&self) -> TextRange {
        let start = self.parts.iter().map(|p| p.range.start).min().unwrap_or(0);
        let end = self
            .parts
            .iter()
            .map(|p| p.range.end)
            .max()
            .unwrap_or(start);
        TextRange::new(start, end)
    }

    /// The first piece (where a diagnostic about the whole component points).
    pub fn first(&self) -> TextRange {
        self.parts.first().map(|p| p.range).unwrap_or_default()
    }

    pub fn parts_with(&self, role: PartRole) -> impl Iterator<Item = TextRange> + '_ {
        self.parts
            .iter()
            .filter(move |p| p.role == Some(role))
            .map(|p| p.range)
    }
}
