//! Structure-aware `.docx`: a valid package from the fixtures, its parts (document, styles,
//! numbering, headers, footers, settings, relationships, content types) edited the way a
//! broken or hostile file would be — WordprocessingML fragments inserted (runs, tables,
//! fields, section and page settings with absurd values, entities, DOCTYPEs, CDATA, deep
//! nesting), byte ranges deleted or repeated, parts truncated, dropped or renamed — then
//! zipped again with correct CRCs (stored or deflated), so the fuzzer's edits reach the XML
//! and layout readers instead of stopping at the zip checks.
#![no_main]

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use thethuc::docx::archive::{crc32, Archive};
use thethuc::Options;

#[path = "common.rs"]
mod common;

const BASES: &[&[u8]] = &[
    include_bytes!("../../tests/fixtures/TT603_phong-chu/valid.docx"),
    include_bytes!("../../tests/fixtures/TT601_kho-giay/valid-landscape-with-table.docx"),
    include_bytes!("../../tests/fixtures/TT606_dinh-dang-doan/invalid-no-spacing.docx"),
    include_bytes!("../../tests/fixtures/TT607_duong-ke/valid-vml.docx"),
    include_bytes!("../../tests/fixtures/TT607_duong-ke/valid-borders.docx"),
    include_bytes!("../../tests/fixtures/TT608_so-trang/valid.docx"),
    include_bytes!("../../tests/fixtures/TT608_so-trang/valid-fldsimple.docx"),
    include_bytes!("../../tests/fixtures/TT602_le-trang/invalid-word-defaults.docx"),
];

const FRAGMENTS: &[&str] = &[
    "<w:p><w:r><w:t>Số: 05/TB-UBND</w:t></w:r></w:p>",
    "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val=\"26\"/></w:rPr><w:t>THÔNG BÁO</w:t></w:r></w:p>",
    "<w:r><w:t xml:space=\"preserve\">  Lạng Sơn, ngày 05 tháng 3 năm 2020 </w:t></w:r>",
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc>",
    "</w:tc></w:tr></w:tbl>",
    "</w:p>",
    "<w:p>",
    "<w:br/>",
    "<w:br w:type=\"page\"/>",
    "<w:tab/>",
    "<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\".VnTime\"/><w:sz w:val=\"0\"/><w:color w:val=\"ZZZZZZ\"/></w:rPr>",
    "<w:pPr><w:spacing w:line=\"-5\" w:lineRule=\"exact\" w:after=\"99999999999\"/><w:ind w:firstLine=\"-1\"/></w:pPr>",
    "<w:sectPr><w:pgSz w:w=\"0\" w:h=\"4294967296\" w:orient=\"landscape\"/><w:pgMar w:top=\"-1\" w:left=\"1e9\"/><w:titlePg/></w:sectPr>",
    "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>2</w:t></w:r></w:fldSimple>",
    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>",
    "<w:numPr><w:ilvl w:val=\"9\"/><w:numId w:val=\"4294967295\"/></w:numPr>",
    "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\"/></w:pBdr>",
    "<w:pict><v:line from=\"0,0\" to=\"100pt,0\" style=\"width:-5pt;height:1e308pt\"/></w:pict>",
    "<w:pStyle w:val=\"Heading1\"/>",
    "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:basedOn w:val=\"A\"/></w:style>",
    "<!DOCTYPE w [<!ENTITY x \"xx\">]>",
    "&amp;&lt;&#xD800;&#0;&#x10FFFF;&bogus;",
    "<![CDATA[<w:t>x</w:t>]]>",
    "<?xml version=\"1.0\"?>",
    "<w:t>\r\u{0}\u{1}\u{301}😀</w:t>",
    "<w:ins><w:r><w:t>thêm</w:t></w:r></w:ins><w:del><w:r><w:delText>bỏ</w:delText></w:r></w:del>",
    "<w:p><w:p><w:p><w:p><w:p><w:p><w:p><w:p>",
    "xmlns:w=\"urn:other\"",
    "<Relationship Id=\"rId99\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer\" Target=\"../../etc/passwd\" TargetMode=\"External\"/>",
    "<Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/>",
    "\"",
    ">",
];

#[derive(Arbitrary, Debug)]
enum Edit {
    Insert { part: u8, at: u16, fragment: u8 },
    Delete { part: u8, at: u16, len: u16 },
    Repeat { part: u8, at: u16, len: u8, times: u8 },
    Truncate { part: u8, at: u16 },
    Drop { part: u8 },
    Rename { part: u8, to: u8 },
}

const NAMES: &[&str] = &[
    "word/document.xml",
    "word/styles.xml",
    "word/numbering.xml",
    "word/header1.xml",
    "word/footer1.xml",
    "word/settings.xml",
    "word/vbaProject.bin",
    "WORD/DOCUMENT.XML",
    "/word/document.xml",
    "word/../word/document.xml",
];

#[derive(Arbitrary, Debug)]
struct Input {
    base: u8,
    edits: Vec<Edit>,
    deflate: bool,
    english: bool,
}

type Parts = Vec<(String, Vec<u8>)>;

fn bases() -> &'static [Parts] {
    static PARTS: OnceLock<Vec<Parts>> = OnceLock::new();
    PARTS.get_or_init(|| {
        BASES
            .iter()
            .map(|bytes| {
                let mut archive = Archive::open(bytes).expect("fixture opens");
                let names: Vec<String> = archive.entries.iter().map(|e| e.name.clone()).collect();
                names
                    .into_iter()
                    .map(|n| {
                        let data = archive.read(&n).expect("fixture reads").expect("listed part");
                        (n, data)
                    })
                    .collect()
            })
            .collect()
    })
}

fn clamp(at: usize, len: usize) -> usize {
    if len == 0 {
        0
    } else {
        at % (len + 1)
    }
}

fn apply(parts: &mut Parts, edit: &Edit) {
    if parts.is_empty() {
        return;
    }
    let n = parts.len();
    let pick = |p: u8| p as usize % n;
    match *edit {
        Edit::Insert { part, at, fragment } => {
            let data = &mut parts[pick(part)].1;
            let at = clamp(at as usize, data.len());
            let f = FRAGMENTS[fragment as usize % FRAGMENTS.len()].as_bytes();
            data.splice(at..at, f.iter().copied());
        }
        Edit::Delete { part, at, len } => {
            let data = &mut parts[pick(part)].1;
            let at = clamp(at as usize, data.len());
            let end = (at + len as usize).min(data.len());
            data.drain(at..end);
        }
        Edit::Repeat { part, at, len, times } => {
            let data = &mut parts[pick(part)].1;
            let at = clamp(at as usize, data.len());
            let end = (at + len as usize).min(data.len());
            let chunk: Vec<u8> = data[at..end].to_vec();
            for _ in 0..(times % 64) {
                data.splice(end..end, chunk.iter().copied());
            }
        }
        Edit::Truncate { part, at } => {
            let data = &mut parts[pick(part)].1;
            let at = clamp(at as usize, data.len());
            data.truncate(at);
        }
        Edit::Drop { part } => {
            parts.remove(pick(part));
        }
        Edit::Rename { part, to } => {
            let i = pick(part);
            parts[i].0 = NAMES[to as usize % NAMES.len()].to_string();
        }
    }
}

/// A zip of the parts: stored or deflated entries with correct CRCs, then the central
/// directory and its end record.
fn zip(parts: &Parts, deflate: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in parts {
        let (method, body) = if deflate {
            (8u16, miniz_oxide::deflate::compress_to_vec(data, 1))
        } else {
            (0u16, data.clone())
        };
        let offset = out.len() as u32;
        let crc = crc32(data);
        let header = |sig: u32, central: bool| {
            let mut h = Vec::new();
            h.extend_from_slice(&sig.to_le_bytes());
            if central {
                h.extend_from_slice(&20u16.to_le_bytes()); // made by
            }
            h.extend_from_slice(&20u16.to_le_bytes()); // needed
            h.extend_from_slice(&0u16.to_le_bytes()); // flags
            h.extend_from_slice(&method.to_le_bytes());
            h.extend_from_slice(&0u32.to_le_bytes()); // time, date
            h.extend_from_slice(&crc.to_le_bytes());
            h.extend_from_slice(&(body.len() as u32).to_le_bytes());
            h.extend_from_slice(&(data.len() as u32).to_le_bytes());
            h.extend_from_slice(&(name.len() as u16).to_le_bytes());
            h.extend_from_slice(&0u16.to_le_bytes()); // extra
            if central {
                h.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
                h.extend_from_slice(&0u32.to_le_bytes()); // external attributes
                h.extend_from_slice(&offset.to_le_bytes());
            }
            h.extend_from_slice(name.as_bytes());
            h
        };
        out.extend(header(0x0403_4b50, false));
        out.extend(&body);
        central.extend(header(0x0201_4b50, true));
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disks
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(parts.len() as u16).to_le_bytes());
    out.extend_from_slice(&(central.len() as u32).to_le_bytes());
    out.extend_from_slice(&cd_offset.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

fuzz_target!(|input: Input| {
    let bases = bases();
    let mut parts = bases[input.base as usize % bases.len()].clone();
    for edit in input.edits.iter().take(32) {
        apply(&mut parts, edit);
    }
    let bytes = zip(&parts, input.deflate);
    let mut options = Options::default();
    if input.english {
        options.lang = thethuc::Lang::En;
    }
    match thethuc::check_docx(&bytes, &options) {
        Ok(r) => common::report_invariants(&r.text, &r.report, &options),
        // Every refusal says what it is, in the options' language.
        Err(e) => assert!(!e.message(options.lang).is_empty() && !e.code().is_empty()),
    }
});
