//! Why a file could not be read as a `.docx`, in words a drafter can act on: every message
//! says what the file is (when we can tell) and what to do ("Lưu tệp dưới dạng .docx rồi
//! mở lại"). Each error also has a stable ASCII code for programs (`legacy-doc`, …).

use crate::options::Lang;

/// A file that is not a readable `.docx`, or one refused by a limit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// Zero bytes.
    Empty,
    /// Larger than the input limit (bytes, limit).
    TooLarge(usize, usize),
    /// A Word 97–2003 `.doc` (OLE compound file with a `WordDocument` stream).
    LegacyDoc,
    /// A password-protected (encrypted) Office file: an OLE container with `EncryptedPackage`.
    Encrypted,
    /// Another OLE compound file (`.xls`, `.ppt`, `.msg`…).
    OtherOle,
    /// An OpenDocument text (`.odt`).
    Odt,
    /// Another OpenDocument file (`.ods`, `.odp`…).
    OtherOdf,
    /// A PDF.
    Pdf,
    /// Rich Text Format.
    Rtf,
    /// Word 2003 XML or a flat-XML Word document (`.xml`).
    WordXml,
    /// An Excel or PowerPoint file (`.xlsx`, `.pptx`).
    OtherOoxml,
    /// A zip archive without a Word document in it.
    NotWord,
    /// Text, not a Word file.
    PlainText,
    /// Bytes that are no known format.
    Unknown,
    /// A zip archive that is cut short or damaged (what is wrong, for developers).
    Corrupt(String),
    /// An entry that inflates beyond the limits: compression ratio or size (entry name).
    Bomb(String),
    /// More entries than the limit.
    TooManyEntries(usize),
    /// An entry compressed with a method other than stored or deflate (method number).
    UnsupportedCompression(u16),
    /// An entry that is encrypted inside the zip (entry name).
    EncryptedEntry(String),
    /// Malformed XML in a part (part, detail).
    Xml(String, String),
    /// A DTD or a custom entity in a part (never expanded): refused.
    XmlDtd(String),
    /// XML nested deeper than the limit (part).
    XmlTooDeep(String),
    /// More XML elements than the limit (part).
    XmlTooManyElements(String),
}

const SAVE_AS_DOCX_VI: &str =
    "Lưu tệp dưới dạng .docx (Tệp → Lưu thành → Word Document (.docx)) rồi mở lại.";
const SAVE_AS_DOCX_EN: &str =
    "Save the file as .docx (File → Save As → Word Document (.docx)) and open it again.";

impl DocxError {
    /// Stable code for programs (`error.code` in JavaScript).
    pub fn code(&self) -> &'static str {
        match self {
            DocxError::Empty => "empty",
            DocxError::TooLarge(..) => "too-large",
            DocxError::LegacyDoc => "legacy-doc",
            DocxError::Encrypted => "encrypted",
            DocxError::OtherOle => "not-word",
            DocxError::Odt => "odt",
            DocxError::OtherOdf => "not-word",
            DocxError::Pdf => "pdf",
            DocxError::Rtf => "rtf",
            DocxError::WordXml => "word-xml",
            DocxError::OtherOoxml => "not-word",
            DocxError::NotWord => "not-word",
            DocxError::PlainText => "plain-text",
            DocxError::Unknown => "unknown-format",
            DocxError::Corrupt(_) => "corrupt",
            DocxError::Bomb(_) => "zip-bomb",
            DocxError::TooManyEntries(_) => "too-many-entries",
            DocxError::UnsupportedCompression(_) => "unsupported-compression",
            DocxError::EncryptedEntry(_) => "encrypted",
            DocxError::Xml(..) => "xml-invalid",
            DocxError::XmlDtd(_) => "xml-dtd",
            DocxError::XmlTooDeep(_) => "xml-too-deep",
            DocxError::XmlTooManyElements(_) => "xml-too-many-elements",
        }
    }

    /// The message in the language asked for: what the file is and what to do.
    pub fn message(&self, lang: Lang) -> String {
        let (vi, en) = self.parts();
        match lang {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }

    fn parts(&self) -> (String, String) {
        let save = |vi: &str, en: &str| {
            (
                format!("{vi} {SAVE_AS_DOCX_VI}"),
                format!("{en} {SAVE_AS_DOCX_EN}"),
            )
        };
        match self {
            DocxError::Empty => save("Tệp rỗng (0 byte).", "The file is empty (0 bytes)."),
            DocxError::TooLarge(size, limit) => save(
                &format!(
                    "Tệp quá lớn ({} MB, tối đa {} MB). Nếu tệp có nhiều ảnh, xóa hoặc nén ảnh.",
                    size / (1 << 20),
                    limit / (1 << 20)
                ),
                &format!(
                    "The file is too large ({} MB, at most {} MB). If it holds many pictures, remove or compress them.",
                    size / (1 << 20),
                    limit / (1 << 20)
                ),
            ),
            DocxError::LegacyDoc => (
                "Đây là tệp Word cũ (.doc, Word 97–2003), không phải .docx. Mở tệp bằng Word hoặc LibreOffice, chọn Tệp → Lưu thành → Word Document (.docx), rồi mở lại tệp .docx.".into(),
                "This is a legacy Word file (.doc, Word 97–2003), not a .docx. Open it in Word or LibreOffice, choose File → Save As → Word Document (.docx), then open the .docx.".into(),
            ),
            DocxError::Encrypted | DocxError::EncryptedEntry(_) => (
                "Tệp được đặt mật khẩu (mã hóa) nên không đọc được. Mở tệp trong Word, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu: xóa mật khẩu), lưu tệp dưới dạng .docx rồi mở lại.".into(),
                "The file is password-protected (encrypted) and cannot be read. Open it in Word, remove the password (File → Info → Protect Document → Encrypt with Password: clear it), save it as .docx and open it again.".into(),
            ),
            DocxError::OtherOle => save(
                "Đây là tệp Office cũ nhưng không phải văn bản Word (có thể là .xls, .ppt).",
                "This is a legacy Office file but not a Word document (perhaps .xls or .ppt).",
            ),
            DocxError::Odt => (
                "Đây là tệp OpenDocument (.odt), không phải .docx. Trong LibreOffice chọn Tệp → Lưu thành → Word 2007–365 (.docx), rồi mở lại tệp .docx.".into(),
                "This is an OpenDocument file (.odt), not a .docx. In LibreOffice choose File → Save As → Word 2007–365 (.docx), then open the .docx.".into(),
            ),
            DocxError::OtherOdf => save(
                "Đây là tệp OpenDocument nhưng không phải văn bản (có thể là .ods, .odp).",
                "This is an OpenDocument file but not a text document (perhaps .ods or .odp).",
            ),
            DocxError::Pdf => (
                "Đây là tệp PDF: không đọc được định dạng (phông, cỡ chữ, lề) từ PDF. Mở bản gốc .docx của văn bản (hoặc lưu bản gốc dưới dạng .docx rồi mở lại); nếu chỉ có PDF, sao chép nội dung và dán vào ô văn bản để kiểm tra phần chữ.".into(),
                "This is a PDF: its formatting (font, sizes, margins) cannot be read. Open the original .docx (or save the original as .docx and open it again); if you only have the PDF, copy its text and paste it into the text box to check the wording.".into(),
            ),
            DocxError::Rtf => save("Đây là tệp RTF, không phải .docx.", "This is an RTF file, not a .docx."),
            DocxError::WordXml => save(
                "Đây là tệp Word dạng XML (Word 2003 XML hoặc XML phẳng), không phải .docx.",
                "This is a Word XML file (Word 2003 XML or flat XML), not a .docx.",
            ),
            DocxError::OtherOoxml => save(
                "Đây là tệp Excel hoặc PowerPoint, không phải văn bản Word.",
                "This is an Excel or PowerPoint file, not a Word document.",
            ),
            DocxError::NotWord => save(
                "Tệp nén này không chứa văn bản Word (không có word/document.xml).",
                "This archive holds no Word document (no word/document.xml).",
            ),
            DocxError::PlainText => (
                "Đây là tệp văn bản thuần, không phải .docx: dán nội dung vào ô văn bản để kiểm tra, hoặc lưu bản gốc dưới dạng .docx rồi mở lại.".into(),
                "This is a plain-text file, not a .docx: paste its text into the text box to check it, or save the original as .docx and open it again.".into(),
            ),
            DocxError::Unknown => save(
                "Không nhận ra định dạng tệp: đây không phải tệp .docx.",
                "Unrecognised file format: this is not a .docx file.",
            ),
            DocxError::Corrupt(detail) => save(
                &format!("Tệp .docx bị hỏng hoặc chưa tải/chép hết ({detail}). Mở lại tệp gốc trong Word để kiểm tra."),
                &format!("The .docx is damaged or incomplete ({detail}). Reopen the original in Word to check it."),
            ),
            DocxError::Bomb(entry) => save(
                &format!("Tệp .docx bị từ chối: phần “{entry}” giải nén ra quá lớn so với giới hạn an toàn (có thể là tệp độc hại)."),
                &format!("The .docx was refused: part “{entry}” inflates beyond the safety limits (possibly a malicious file)."),
            ),
            DocxError::TooManyEntries(n) => save(
                &format!("Tệp .docx bị từ chối: có quá nhiều thành phần ({n})."),
                &format!("The .docx was refused: it holds too many entries ({n})."),
            ),
            DocxError::UnsupportedCompression(m) => save(
                &format!("Tệp .docx dùng kiểu nén không hỗ trợ (phương thức {m})."),
                &format!("The .docx uses an unsupported compression method ({m})."),
            ),
            DocxError::Xml(part, detail) => save(
                &format!("Tệp .docx bị hỏng: phần “{part}” không phải XML hợp lệ ({detail})."),
                &format!("The .docx is damaged: part “{part}” is not valid XML ({detail})."),
            ),
            DocxError::XmlDtd(part) => save(
                &format!("Tệp .docx bị từ chối: phần “{part}” có khai báo DTD hoặc thực thể (entity) — không có trong tệp Word thật và không bao giờ được mở rộng."),
                &format!("The .docx was refused: part “{part}” declares a DTD or entities — real Word files never do, and they are never expanded."),
            ),
            DocxError::XmlTooDeep(part) => save(
                &format!("Tệp .docx bị từ chối: phần “{part}” lồng nhau quá sâu."),
                &format!("The .docx was refused: part “{part}” is nested too deeply."),
            ),
            DocxError::XmlTooManyElements(part) => save(
                &format!("Tệp .docx bị từ chối: phần “{part}” có quá nhiều phần tử XML."),
                &format!("The .docx was refused: part “{part}” has too many XML elements."),
            ),
        }
    }
}

impl std::fmt::Display for DocxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::Vi))
    }
}

impl std::error::Error for DocxError {}
