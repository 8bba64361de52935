//! The zip container of a `.docx`, read defensively: what the bytes are (sniffed before any
//! parsing), the central directory, and one entry at a time inflated under hard limits.
//!
//! Our own small reader over `miniz_oxide` rather than the `zip` crate: a `.docx` needs only
//! stored and deflated entries, and the `zip` crate (with its index maps, path handling and
//! CRC crate) cost +44 KB brotli in the wasm against +7 KB for `miniz_oxide` alone. Owning
//! the reader also puts every limit where it acts: sizes are checked against the central
//! directory before anything is inflated, and inflation stops at the first byte over.

use super::error::DocxError;

/// Largest input accepted (compressed file size).
pub const MAX_INPUT_BYTES: usize = 64 << 20;
/// Most entries in the central directory (a real `.docx`: 10–50, with many pictures a few
/// hundred).
pub const MAX_ENTRIES: usize = 10_000;
/// Largest single part once inflated (a 300-page `document.xml` is ~10 MB).
pub const MAX_PART_BYTES: usize = 32 << 20;
/// Most bytes inflated from one file, all parts together.
pub const MAX_TOTAL_BYTES: usize = 64 << 20;
/// Highest inflated/compressed ratio allowed for a part larger than `RATIO_FREE_BYTES`
/// (XML compresses 5–30×; a zip bomb reaches ~1000×).
pub const MAX_RATIO: usize = 200;
/// Below this inflated size a part may have any ratio (it cannot hurt).
pub const RATIO_FREE_BYTES: usize = 1 << 20;

/// OLE compound file (legacy `.doc`, or an encrypted OOXML package).
const OLE_MAGIC: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// One entry of the central directory.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: u64,
    uncompressed: u64,
    local_offset: u64,
}

/// A zip archive over borrowed bytes, with a budget for inflated bytes.
pub struct Archive<'a> {
    bytes: &'a [u8],
    pub entries: Vec<Entry>,
    inflated: usize,
}

/// What the bytes are, from their first bytes (and a look inside an OLE container).
/// `Ok(())` for a zip archive; an error naming the format otherwise.
pub fn sniff(bytes: &[u8]) -> Result<(), DocxError> {
    if bytes.is_empty() {
        return Err(DocxError::Empty);
    }
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(DocxError::TooLarge(bytes.len(), MAX_INPUT_BYTES));
    }
    if bytes.starts_with(OLE_MAGIC) {
        // Stream names are UTF-16LE in the directory sectors.
        if contains(bytes, &utf16("EncryptedPackage")) {
            return Err(DocxError::Encrypted);
        }
        if contains(bytes, &utf16("WordDocument")) {
            return Err(DocxError::LegacyDoc);
        }
        return Err(DocxError::OtherOle);
    }
    if bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"PK\x05\x06")
        || bytes.starts_with(b"PK\x07\x08")
    {
        return Ok(());
    }
    let head = bytes.get(..bytes.len().min(1024)).unwrap_or(bytes);
    if contains(head, b"%PDF-") {
        return Err(DocxError::Pdf);
    }
    if bytes.starts_with(b"{\\rtf") {
        return Err(DocxError::Rtf);
    }
    let text = std::str::from_utf8(bytes.get(..bytes.len().min(4096)).unwrap_or(bytes));
    // A cut in the middle of a character is still text.
    let text = match text {
        Ok(t) => Some(t),
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(bytes.get(..e.valid_up_to()).unwrap_or(&[])).ok()
        }
        Err(_) => None,
    };
    if let Some(t) = text {
        let t = t.trim_start_matches('\u{feff}').trim_start();
        if t.starts_with('<')
            && (t.contains("w:wordDocument")
                || t.contains("pkg:package")
                || t.contains("office:document"))
        {
            return Err(DocxError::WordXml);
        }
        let controls = t
            .chars()
            .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
            .count();
        if controls * 50 <= t.chars().count() {
            return Err(DocxError::PlainText);
        }
    }
    Err(DocxError::Unknown)
}

fn utf16(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_le_bytes).collect()
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    let s = b.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([*s.first()?, *s.get(1)?]))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    let s = b.get(at..at.checked_add(4)?)?;
    let mut a = [0u8; 4];
    a.copy_from_slice(s);
    Some(u32::from_le_bytes(a))
}

fn u64_at(b: &[u8], at: usize) -> Option<u64> {
    let s = b.get(at..at.checked_add(8)?)?;
    let mut a = [0u8; 8];
    a.copy_from_slice(s);
    Some(u64::from_le_bytes(a))
}

fn corrupt(what: &str) -> DocxError {
    DocxError::Corrupt(what.to_string())
}

impl<'a> Archive<'a> {
    /// Read the central directory (sniff first).
    pub fn open(bytes: &'a [u8]) -> Result<Self, DocxError> {
        let eocd = find_eocd(bytes).ok_or_else(|| corrupt("end of central directory not found"))?;
        let mut count = u64::from(u16_at(bytes, eocd + 10).unwrap_or(0));
        let mut cd_size = u64::from(u32_at(bytes, eocd + 12).unwrap_or(0));
        let mut cd_offset = u64::from(u32_at(bytes, eocd + 16).unwrap_or(0));
        if count == 0xFFFF || cd_size == 0xFFFF_FFFF || cd_offset == 0xFFFF_FFFF {
            // Zip64: the locator sits just before the end record.
            let loc = eocd
                .checked_sub(20)
                .filter(|&l| u32_at(bytes, l) == Some(0x0706_4b50))
                .ok_or_else(|| corrupt("zip64 locator missing"))?;
            let rec = u64_at(bytes, loc + 8)
                .and_then(|o| usize::try_from(o).ok())
                .filter(|&r| u32_at(bytes, r) == Some(0x0606_4b50))
                .ok_or_else(|| corrupt("zip64 end record missing"))?;
            count = u64_at(bytes, rec + 32).ok_or_else(|| corrupt("zip64 end record"))?;
            cd_size = u64_at(bytes, rec + 40).ok_or_else(|| corrupt("zip64 end record"))?;
            cd_offset = u64_at(bytes, rec + 48).ok_or_else(|| corrupt("zip64 end record"))?;
        }
        if count > MAX_ENTRIES as u64 {
            return Err(DocxError::TooManyEntries(
                usize::try_from(count).unwrap_or(usize::MAX),
            ));
        }
        let start = usize::try_from(cd_offset).map_err(|_| corrupt("central directory"))?;
        let end = usize::try_from(cd_size)
            .ok()
            .and_then(|s| start.checked_add(s))
            .filter(|&e| e <= bytes.len())
            .ok_or_else(|| corrupt("central directory outside the file"))?;
        let mut entries = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
        let mut at = start;
        for _ in 0..count {
            if at + 46 > end || u32_at(bytes, at) != Some(0x0201_4b50) {
                return Err(corrupt("central directory entry"));
            }
            let field = |off: usize| u16_at(bytes, at + off).unwrap_or(0);
            let flags = field(8);
            let method = field(10);
            let crc = u32_at(bytes, at + 16).unwrap_or(0);
            let mut compressed = u64::from(u32_at(bytes, at + 20).unwrap_or(0));
            let mut uncompressed = u64::from(u32_at(bytes, at + 24).unwrap_or(0));
            let name_len = usize::from(field(28));
            let extra_len = usize::from(field(30));
            let comment_len = usize::from(field(32));
            let mut local_offset = u64::from(u32_at(bytes, at + 42).unwrap_or(0));
            let name_end = at + 46 + name_len;
            let name = bytes
                .get(at + 46..name_end)
                .ok_or_else(|| corrupt("entry name"))?;
            let extra = bytes
                .get(name_end..name_end + extra_len)
                .ok_or_else(|| corrupt("entry extra field"))?;
            // Zip64 extra field: the 8-byte values replace the saturated ones, in order.
            if uncompressed == 0xFFFF_FFFF
                || compressed == 0xFFFF_FFFF
                || local_offset == 0xFFFF_FFFF
            {
                let mut e = 0usize;
                while e + 4 <= extra.len() {
                    let id = u16_at(extra, e).unwrap_or(0);
                    let size = usize::from(u16_at(extra, e + 2).unwrap_or(0));
                    if id == 0x0001 {
                        let mut p = e + 4;
                        for v in [&mut uncompressed, &mut compressed, &mut local_offset] {
                            if *v == 0xFFFF_FFFF {
                                *v = u64_at(extra, p).ok_or_else(|| corrupt("zip64 field"))?;
                                p += 8;
                            }
                        }
                        break;
                    }
                    e += 4 + size;
                }
            }
            entries.push(Entry {
                name: String::from_utf8_lossy(name).replace('\\', "/"),
                method,
                flags,
                crc,
                compressed,
                uncompressed,
                local_offset,
            });
            at = name_end + extra_len + comment_len;
        }
        Ok(Archive {
            bytes,
            entries,
            inflated: 0,
        })
    }

    /// The entry with this part name (case-insensitive, without a leading `/`).
    pub fn find(&self, name: &str) -> Option<&Entry> {
        let name = name.trim_start_matches('/');
        self.entries
            .iter()
            .find(|e| e.name.trim_start_matches('/').eq_ignore_ascii_case(name))
    }

    pub fn has(&self, name: &str) -> bool {
        self.find(name).is_some()
    }

    /// Inflate a part by name, under the limits. `Ok(None)` when there is no such part.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, DocxError> {
        let Some(entry) = self.find(name).cloned() else {
            return Ok(None);
        };
        self.read_entry(&entry).map(Some)
    }

    fn read_entry(&mut self, e: &Entry) -> Result<Vec<u8>, DocxError> {
        if e.flags & 1 != 0 {
            return Err(DocxError::EncryptedEntry(e.name.clone()));
        }
        let bomb = || DocxError::Bomb(e.name.clone());
        let budget = MAX_PART_BYTES.min(MAX_TOTAL_BYTES.saturating_sub(self.inflated));
        let compressed = usize::try_from(e.compressed).map_err(|_| corrupt("entry size"))?;
        // The most this entry may inflate to: the budget, and the ratio limit above the
        // ratio-free size.
        let limit = budget.min(compressed.saturating_mul(MAX_RATIO).max(RATIO_FREE_BYTES));
        if e.uncompressed > limit as u64 {
            return Err(bomb());
        }
        let local = usize::try_from(e.local_offset).map_err(|_| corrupt("entry offset"))?;
        if u32_at(self.bytes, local) != Some(0x0403_4b50) {
            return Err(corrupt("local header"));
        }
        let name_len = usize::from(u16_at(self.bytes, local + 26).unwrap_or(0));
        let extra_len = usize::from(u16_at(self.bytes, local + 28).unwrap_or(0));
        let data_start = local + 30 + name_len + extra_len;
        let data = data_start
            .checked_add(compressed)
            .and_then(|end| self.bytes.get(data_start..end))
            .ok_or_else(|| corrupt("entry data cut short"))?;
        let out = match e.method {
            0 => {
                if data.len() > limit {
                    return Err(bomb());
                }
                data.to_vec()
            }
            8 => match miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit) {
                Ok(v) => v,
                Err(err) => {
                    return Err(match err.status {
                        miniz_oxide::inflate::TINFLStatus::HasMoreOutput => bomb(),
                        _ => corrupt(&format!("{}: deflate data", e.name)),
                    })
                }
            },
            m => return Err(DocxError::UnsupportedCompression(m)),
        };
        if out.len() as u64 != e.uncompressed {
            return Err(corrupt(&format!("{}: size mismatch", e.name)));
        }
        if crc32(&out) != e.crc {
            return Err(corrupt(&format!("{}: checksum mismatch", e.name)));
        }
        self.inflated += out.len();
        Ok(out)
    }
}

/// Offset of the end-of-central-directory record: searched backwards over the last
/// 64 KB + 22 bytes (its comment may be up to 65535 bytes).
fn find_eocd(b: &[u8]) -> Option<usize> {
    let last = b.len().checked_sub(22)?;
    let first = last.saturating_sub(0xFFFF);
    (first..=last)
        .rev()
        .find(|&i| b.get(i..i + 4) == Some(b"PK\x05\x06"))
}

/// CRC-32 (IEEE) with a table built at compile time.
// Indexing inside the `const` block is checked by the compiler (out of bounds would not
// compile), so it cannot panic at run time.
#[allow(clippy::indexing_slicing)]
pub fn crc32(data: &[u8]) -> u32 {
    const TABLE: [u32; 256] = {
        let mut t = [0u32; 256];
        let mut i = 0;
        while i < 256 {
            let mut c = i as u32;
            let mut k = 0;
            while k < 8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
                k += 1;
            }
            t[i] = c;
            i += 1;
        }
        t
    };
    let mut c = 0xFFFF_FFFFu32;
    for &b in data {
        c = TABLE
            .get(((c ^ u32::from(b)) & 0xFF) as usize)
            .copied()
            .unwrap_or(0)
            ^ (c >> 8);
    }
    !c
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn crc_matches_the_reference() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn sniffs_formats() {
        assert_eq!(sniff(b""), Err(DocxError::Empty));
        assert_eq!(sniff(b"%PDF-1.7\n..."), Err(DocxError::Pdf));
        assert_eq!(sniff(b"{\\rtf1\\ansi"), Err(DocxError::Rtf));
        assert_eq!(
            sniff("Số: 12/TB-UBND\n".as_bytes()),
            Err(DocxError::PlainText)
        );
        assert_eq!(
            sniff(&[0u8, 1, 2, 3, 0xFF, 0xFE, 7, 8]),
            Err(DocxError::Unknown)
        );
        assert_eq!(sniff(b"PK\x03\x04rest"), Ok(()));
    }
}
