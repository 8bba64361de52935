//! The `.docx` reader and the typography rules end to end: the committed fixtures (the
//! seed-like notice from our generator, the same notice saved by LibreOffice and written by
//! python-docx, one faulty file per rule), documents built here for the reader's details,
//! a malicious set built here (each refused within a second with the right error), and a
//! 30-page document for timing.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use thethuc::docx::archive::crc32;
use thethuc::docx::format::{Align, Color, LineSpacing};
use thethuc::docx::{read, DocxError};
use thethuc::{check, check_docx, Applicability, Lang, Options};

const TYPOGRAPHY: [&str; 9] = [
    "TT601", "TT602", "TT603", "TT604", "TT605", "TT606", "TT607", "TT608", "TT609",
];

fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(common::repo().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

// ---------------------------------------------------------------------------------------
// A small zip writer (stored or deflated entries, optional zip64 records and lies), to
// build documents and hostile files in the test.

#[derive(Default)]
struct Zip {
    entries: Vec<(String, Vec<u8>)>,
    stored: bool,
    zip64: bool,
    /// Declared uncompressed size written instead of the real one.
    lie_size: Option<u32>,
    encrypted: bool,
    /// Deflate level (9 unless set).
    level: Option<u8>,
}

impl Zip {
    fn new() -> Self {
        Zip::default()
    }

    fn add(mut self, name: &str, data: impl AsRef<[u8]>) -> Self {
        self.entries
            .push((name.to_string(), data.as_ref().to_vec()));
        self
    }

    fn bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        for (name, data) in &self.entries {
            let offset = out.len() as u32;
            let (method, body) = if self.stored {
                (0u16, data.clone())
            } else {
                (
                    8u16,
                    miniz_oxide::deflate::compress_to_vec(data, self.level.unwrap_or(9)),
                )
            };
            let crc = crc32(data);
            let size = match self.lie_size {
                Some(lie) if name == "word/document.xml" => lie,
                _ => data.len() as u32,
            };
            let flags: u16 = if self.encrypted { 1 } else { 0 };
            let (csize, usize_, extra) = if self.zip64 {
                let mut e = vec![0x01, 0x00, 16, 0];
                e.extend((size as u64).to_le_bytes());
                e.extend((body.len() as u64).to_le_bytes());
                (0xFFFF_FFFFu32, 0xFFFF_FFFFu32, e)
            } else {
                (body.len() as u32, size, Vec::new())
            };
            // Local header.
            out.extend(0x0403_4b50u32.to_le_bytes());
            out.extend(20u16.to_le_bytes());
            out.extend(flags.to_le_bytes());
            out.extend(method.to_le_bytes());
            out.extend([0, 0, 0x21, 0]);
            out.extend(crc.to_le_bytes());
            out.extend(csize.to_le_bytes());
            out.extend(usize_.to_le_bytes());
            out.extend((name.len() as u16).to_le_bytes());
            out.extend((extra.len() as u16).to_le_bytes());
            out.extend(name.as_bytes());
            out.extend(&extra);
            out.extend(&body);
            // Central directory entry.
            central.extend(0x0201_4b50u32.to_le_bytes());
            central.extend(45u16.to_le_bytes());
            central.extend(20u16.to_le_bytes());
            central.extend(flags.to_le_bytes());
            central.extend(method.to_le_bytes());
            central.extend([0, 0, 0x21, 0]);
            central.extend(crc.to_le_bytes());
            central.extend(csize.to_le_bytes());
            central.extend(usize_.to_le_bytes());
            central.extend((name.len() as u16).to_le_bytes());
            central.extend((extra.len() as u16).to_le_bytes());
            central.extend(0u16.to_le_bytes());
            central.extend(0u16.to_le_bytes());
            central.extend(0u16.to_le_bytes());
            central.extend(0u32.to_le_bytes());
            central.extend(offset.to_le_bytes());
            central.extend(name.as_bytes());
            central.extend(&extra);
        }
        let cd_offset = out.len();
        out.extend(&central);
        let n = self.entries.len();
        if self.zip64 {
            let rec = out.len();
            out.extend(0x0606_4b50u32.to_le_bytes());
            out.extend(44u64.to_le_bytes());
            out.extend(45u16.to_le_bytes());
            out.extend(45u16.to_le_bytes());
            out.extend(0u32.to_le_bytes());
            out.extend(0u32.to_le_bytes());
            out.extend((n as u64).to_le_bytes());
            out.extend((n as u64).to_le_bytes());
            out.extend((central.len() as u64).to_le_bytes());
            out.extend((cd_offset as u64).to_le_bytes());
            out.extend(0x0706_4b50u32.to_le_bytes());
            out.extend(0u32.to_le_bytes());
            out.extend((rec as u64).to_le_bytes());
            out.extend(1u32.to_le_bytes());
        }
        out.extend(0x0605_4b50u32.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        let (count, size, off) = if self.zip64 {
            (0xFFFFu16, 0xFFFF_FFFFu32, 0xFFFF_FFFFu32)
        } else {
            (n as u16, central.len() as u32, cd_offset as u32)
        };
        out.extend(count.to_le_bytes());
        out.extend(count.to_le_bytes());
        out.extend(size.to_le_bytes());
        out.extend(off.to_le_bytes());
        out.extend(0u16.to_le_bytes());
        out
    }
}

const W: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml""#;

fn document_xml(body: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body>{body}</w:body></w:document>"#
    )
}

/// A minimal package around a body (and optional parts with their relationship types).
fn docx(body: &str, parts: &[(&str, &str, &str)]) -> Vec<u8> {
    let mut rels = String::from(
        r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#,
    );
    let mut zip = Zip::new()
        .add(
            "[Content_Types].xml",
            r#"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#,
        )
        .add(
            "_rels/.rels",
            r#"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#,
        )
        .add("word/document.xml", document_xml(body));
    for (i, (name, kind, content)) in parts.iter().enumerate() {
        rels.push_str(&format!(
            r#"<Relationship Id="rIdP{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}" Target="{name}"/>"#
        ));
        zip = zip.add(&format!("word/{name}"), content);
    }
    rels.push_str("</Relationships>");
    zip.add("word/_rels/document.xml.rels", rels).bytes()
}

fn p(text: &str) -> String {
    format!(r#"<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>"#)
}

// ---------------------------------------------------------------------------------------
// The fixtures.

#[test]
fn the_seed_like_notice_reads_like_a_paste_and_has_no_finding() {
    let bytes = fixture("tests/docx/seed-like.docx");
    let r = check_docx(&bytes, &Options::default()).unwrap();
    let lines: Vec<&str> = r.text.lines().collect();
    assert_eq!(
        &lines[..3],
        [
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "VĂN PHÒNG | Độc lập - Tự do - Hạnh phúc",
            "Số: 125/TB-VP | Lạng Sơn, ngày 03 tháng 8 năm 2020",
        ]
    );
    assert!(r
        .text
        .contains("Nơi nhận: | TL. CHỦ TỊCH\n- Chủ tịch, các PCT UBND tỉnh; | CHÁNH VĂN PHÒNG\n"));
    let kinds: Vec<&str> = r.report.components.iter().map(|c| c.kind.id()).collect();
    for k in [
        "quoc-hieu",
        "tieu-ngu",
        "co-quan-chu-quan",
        "co-quan-ban-hanh",
        "so-ky-hieu",
        "dia-danh-thoi-gian",
        "ten-loai",
        "trich-yeu",
        "noi-dung",
        "noi-nhan",
        "chu-ky",
    ] {
        assert!(kinds.contains(&k), "{k} not found: {kinds:?}");
    }
    assert_eq!(r.report.document_type.slug(), "thong-bao");
    // No error or warning: the sample's body may still draw an `info` (an abbreviation
    // used before its full form), which is not a typography finding.
    assert!(
        r.report
            .diagnostics
            .iter()
            .all(|d| d.severity == thethuc::Severity::Info && !d.code.starts_with("TT6")),
        "{:?}",
        r.report.diagnostics
    );
    // Every typography rule ran (none is in notEvaluated).
    for code in TYPOGRAPHY {
        assert!(
            !r.report.not_evaluated.iter().any(|n| n.code == code),
            "{code} not evaluated"
        );
    }
    assert!(r.notices.is_empty());
}

#[test]
fn files_from_libreoffice_and_python_docx_have_no_typography_finding() {
    for path in ["tests/docx/libreoffice.docx", "tests/docx/python-docx.docx"] {
        let bytes = fixture(path);
        let r = check_docx(&bytes, &Options::default()).unwrap();
        assert!(
            r.text.starts_with(
                "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            ),
            "{path}: {}",
            &r.text[..200]
        );
        let typo: Vec<_> = r
            .report
            .diagnostics
            .iter()
            .filter(|d| TYPOGRAPHY.contains(&d.code))
            .map(|d| (d.code, d.message.clone()))
            .collect();
        assert!(typo.is_empty(), "{path}: {typo:?}");
        assert!(r.report.components.len() >= 11, "{path}");
    }
    // The LibreOffice file is LibreOffice's own output (its app.xml says so).
    let lo = read(&fixture("tests/docx/libreoffice.docx")).unwrap();
    assert_eq!(lo.layout.pages.app, Some(2));
}

#[test]
fn each_faulty_fixture_yields_exactly_its_finding() {
    let mut seen = 0;
    for entry in std::fs::read_dir(common::repo().join("tests/fixtures")).unwrap() {
        let dir = entry.unwrap().path();
        let folder = dir.file_name().unwrap().to_str().unwrap().to_string();
        let code = folder.split('_').next().unwrap().to_string();
        if !TYPOGRAPHY.contains(&code.as_str()) {
            continue;
        }
        for f in std::fs::read_dir(&dir).unwrap() {
            let f = f.unwrap().path();
            let name = f.file_name().unwrap().to_str().unwrap().to_string();
            if !name.ends_with(".docx") {
                continue;
            }
            let r = check_docx(&std::fs::read(&f).unwrap(), &Options::default()).unwrap();
            // With every rule on: the faulty file gives its rule's finding and nothing else.
            let all: Vec<_> = r
                .report
                .diagnostics
                .iter()
                .filter(|d| d.severity != thethuc::Severity::Info)
                .map(|d| d.code)
                .collect();
            if name.starts_with("invalid") {
                assert_eq!(
                    all,
                    [code.as_str()],
                    "{folder}/{name}: {:?}",
                    r.report.diagnostics
                );
                seen += 1;
            } else {
                assert!(
                    all.is_empty(),
                    "{folder}/{name}: {:?}",
                    r.report.diagnostics
                );
            }
        }
    }
    assert!(seen >= 9, "only {seen} faulty fixtures");
}

#[test]
fn pasted_text_says_typography_was_not_evaluated() {
    let text = String::from_utf8(fixture(
        "../shared/corpus/seed/thong-bao-ket-luan-lang-son-2020.txt",
    ))
    .unwrap();
    for (lang, start) in [
        (Lang::Vi, "Chỉ kiểm tra được trên tệp .docx"),
        (Lang::En, "Only checked on a .docx"),
    ] {
        let opts = Options {
            lang,
            ..Options::default()
        };
        let r = check(&text, &opts);
        for code in TYPOGRAPHY {
            let n = r
                .not_evaluated
                .iter()
                .find(|n| n.code == code)
                .unwrap_or_else(|| panic!("{code} missing from notEvaluated"));
            assert!(n.reason.starts_with(start), "{code}: {}", n.reason);
        }
        assert!(!r.diagnostics.iter().any(|d| TYPOGRAPHY.contains(&d.code)));
    }
}

#[test]
fn formatting_fixes_are_display_only_with_a_title_and_no_edits() {
    let bytes = fixture("tests/fixtures/TT605_kieu-chu/invalid-date-upright.docx");
    for (lang, title) in [(Lang::Vi, "In nghiêng"), (Lang::En, "Make it italic")] {
        let r = check_docx(
            &bytes,
            &Options {
                lang,
                ..Options::default()
            },
        )
        .unwrap();
        let d = &r.report.diagnostics[0];
        assert_eq!(
            &r.text[d.range.start..d.range.end],
            "Lạng Sơn, ngày 03 tháng 8 năm 2020"
        );
        let fix = d.fix.as_ref().unwrap();
        assert_eq!(fix.applicability, Applicability::DisplayOnly);
        assert_eq!(fix.title, title);
        assert!(fix.edits.is_empty());
        // The JS report carries it as such.
        let js = r.report.to_js(&r.text);
        let v: serde_json::Value =
            serde_json::from_str(&thethuc::json::ToJson::to_json(&js.diagnostics[0])).unwrap();
        assert_eq!(v["fix"]["applicability"], "display-only");
        assert_eq!(v["fix"]["edits"], serde_json::json!([]));
        // Applying "all fixes" changes nothing.
        assert_eq!(
            thethuc::apply_fixes(
                &r.text,
                r.report.diagnostics.iter().filter_map(|d| d.fix.as_ref())
            ),
            r.text
        );
    }
}

#[test]
fn the_formatting_map_is_resolved_and_consistent() {
    for path in [
        "tests/docx/seed-like.docx",
        "tests/docx/libreoffice.docx",
        "tests/docx/python-docx.docx",
    ] {
        let d = read(&fixture(path)).unwrap();
        let l = &d.layout;
        // Runs sorted, not overlapping, on char boundaries; the paragraph index sorted.
        for w in l.runs.windows(2) {
            assert!(w[0].range.end <= w[1].range.start, "{path}");
        }
        for r in &l.runs {
            assert!(d.text.is_char_boundary(r.range.start) && d.text.is_char_boundary(r.range.end));
        }
        for w in l.para_index.windows(2) {
            assert!(
                w[0].0.start <= w[1].0.start,
                "{path}: para index not sorted"
            );
        }
        let at = |s: &str| d.text.find(s).unwrap();
        let fmt = |s: &str| l.runs_in(thethuc::TextRange::new(at(s), at(s) + 1))[0].format;
        let date = fmt("Lạng Sơn, ngày");
        assert!(
            date.italic && !date.bold && date.size == 26,
            "{path}: {date:?}"
        );
        assert_eq!(
            l.run_font(
                &l.runs_in(thethuc::TextRange::new(at("Lạng"), at("Lạng") + 1))[0],
                &d.text
            ),
            "Times New Roman"
        );
        let qh = fmt("CỘNG HÒA");
        assert!(qh.bold && qh.size == 24, "{path}");
        assert!(qh.color.is_black());
        let (_, body) = l.para_at(at("Ngày 29/7/2020")).unwrap();
        assert_eq!(body.format.align, Align::Justify, "{path}");
        assert!(
            (719..=721).contains(&body.format.first_line),
            "{path}: {:?}",
            body.format
        );
        assert_eq!(body.format.after, 120, "{path}");
        assert!(matches!(body.format.line, LineSpacing::Auto(240)), "{path}");
        let s = &l.sections[0];
        assert_eq!((s.width, s.height), (11906, 16838), "{path}");
        assert_eq!((s.top, s.bottom, s.left), (1134, 1134, 1701), "{path}");
        assert!((850..=851).contains(&s.right), "{path}");
        assert!(s.title_page, "{path}");
        let h = l.header(s.headers.default).unwrap();
        let f = h.page_field.unwrap();
        assert!(f.centered && f.size == 26, "{path}: {f:?}");
        assert!(l
            .header(s.headers.first)
            .is_none_or(|h| h.page_field.is_none()));
        assert!(l.pages.multi_page(), "{path}: {:?}", l.pages);
        // The lines under the motto, the issuer and the summary were seen.
        let lines: u16 = l.paras.iter().map(|p| p.drawn_lines).sum();
        assert_eq!(lines, 3, "{path}");
    }
}

// ---------------------------------------------------------------------------------------
// Documents built here: what is read as text.

#[test]
fn what_prints_is_what_is_read() {
    let numbering = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>"#;
    let li = |num: u8, lvl: u8, t: &str| {
        format!(
            r#"<w:p><w:pPr><w:numPr><w:ilvl w:val="{lvl}"/><w:numId w:val="{num}"/></w:numPr></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>"#
        )
    };
    let body = [
        // Tracked changes: inserted text kept, deleted text dropped.
        r#"<w:p><w:r><w:t xml:space="preserve">Kính gửi </w:t></w:r><w:ins w:id="1" w:author="A"><w:r><w:t>Sở Nội vụ</w:t></w:r></w:ins><w:del w:id="2" w:author="A"><w:r><w:delText>Sở Tài chính</w:delText></w:r></w:del></w:p>"#.to_string(),
        // Hidden text is not printed; All Caps prints in capitals.
        r#"<w:p><w:r><w:t xml:space="preserve">thông </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r><w:r><w:rPr><w:caps/></w:rPr><w:t>báo</w:t></w:r></w:p>"#.to_string(),
        // A field: its result is read, its code is not.
        r#"<w:p><w:r><w:t xml:space="preserve">Trang </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>"#.to_string(),
        // Alternate content: a text box read once (the first choice), after its paragraph.
        r#"<w:p><w:r><w:t>Neo</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:extent cx="100" cy="100"/><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:rect><v:textbox><w:txbxContent><w:p><w:r><w:t>Hộp chữ</w:t></w:r></w:p></w:txbxContent></v:textbox></v:rect></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"#.to_string(),
        // A line break inside a paragraph; a tab after text at the top of the document (a
        // column gap: four spaces); entities and a character reference.
        r#"<w:p><w:r><w:t>a</w:t><w:br/><w:t>b</w:t><w:tab/><w:t>c &amp; d &#273;</w:t></w:r></w:p>"#.to_string(),
        li(1, 0, "Như trên;"),
        li(1, 0, "Lưu: VT."),
        li(2, 0, "Một"),
        li(2, 1, "điểm"),
        li(2, 1, "điểm"),
        li(2, 0, "Hai"),
        // A content control and a hyperlink are read through.
        r#"<w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:p><w:hyperlink r:id="rX"><w:r><w:t>liên kết</w:t></w:r></w:hyperlink></w:p></w:sdtContent></w:sdt>"#.to_string(),
    ]
    .concat();
    let d = read(&docx(&body, &[("numbering.xml", "numbering", numbering)])).unwrap();
    assert_eq!(
        d.text,
        "Kính gửi Sở Nội vụ\nthông BÁO\nTrang 3\nNeo\nHộp chữ\na\nb    c & d đ\n- Như trên;\n- Lưu: VT.\n1. Một\na) điểm\nb) điểm\n2. Hai\nliên kết\n"
    );
    assert_eq!(
        d.notices
            .iter()
            .map(|n| (n.code, n.count))
            .collect::<Vec<_>>(),
        [("tracked-changes", 2)]
    );
    // The list labels are runs marked as labels.
    let dash = d.text.find("- Như").unwrap();
    assert!(d.layout.runs_in(thethuc::TextRange::new(dash, dash + 1))[0].label);
}

#[test]
fn styles_inherit_from_defaults_styles_and_the_theme() {
    let theme = r#"<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:themeElements><a:fontScheme><a:majorFont><a:latin typeface="Calibri Light"/></a:majorFont><a:minorFont><a:latin typeface="Calibri"/></a:minorFont></a:fontScheme></a:themeElements></a:theme>"#;
    let styles = r#"<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/><w:sz w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Heading"><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Sub"><w:basedOn w:val="Heading"/><w:rPr><w:i/><w:sz w:val="26"/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
      <w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>
      <w:style w:type="character" w:styleId="Red"><w:rPr><w:color w:val="FF0000"/><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr></w:style></w:styles>"#;
    let body = [
        p("bình thường"),
        r#"<w:p><w:pPr><w:pStyle w:val="Sub"/></w:pPr><w:r><w:t>con</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>thẳng</w:t></w:r></w:p>"#.to_string(),
        r#"<w:p><w:pPr><w:pStyle w:val="Loop1"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Red"/></w:rPr><w:t>đỏ</w:t></w:r></w:p>"#.to_string(),
    ]
    .concat();
    let d = read(&docx(
        &body,
        &[
            ("styles.xml", "styles", styles),
            ("theme/theme1.xml", "theme", theme),
        ],
    ))
    .unwrap();
    let l = &d.layout;
    let run = |s: &str| {
        let at = d.text.find(s).unwrap();
        l.runs_in(thethuc::TextRange::new(at, at + 1))[0]
    };
    let normal = run("bình");
    assert_eq!(normal.format.size, 28);
    assert_eq!(l.run_font(&normal, &d.text), "Times New Roman");
    let sub = run("con");
    assert!(sub.format.bold && sub.format.italic && sub.format.size == 26);
    assert!(!run("thẳng").format.bold);
    let red = run("đỏ");
    assert_eq!(red.format.color, Color::Rgb(0xFF0000));
    assert_eq!(l.run_font(&red, &d.text), "Arial");
    let (_, para) = l.para_at(d.text.find("con").unwrap()).unwrap();
    assert_eq!(para.format.align, Align::Center);
    assert_eq!(para.format.after, 160);
    assert_eq!(para.format.line, LineSpacing::Auto(259));
}

#[test]
fn macros_embedded_objects_and_external_links_are_reported_never_run() {
    let body = p("Nội dung") + r#"<w:p><w:r><w:object><v:shape/></w:object></w:r></w:p>"#;
    let mut zip = Zip::new()
        .add("_rels/.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
        .add("word/document.xml", document_xml(&body))
        .add("word/vbaProject.bin", b"\xD0\xCF\x11\xE0 macro")
        .add("word/embeddings/oleObject1.bin", b"ole")
        .add(
            "word/_rels/document.xml.rels",
            r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>"#,
        );
    zip.stored = true;
    let d = read(&zip.bytes()).unwrap();
    let codes: Vec<&str> = d.notices.iter().map(|n| n.code).collect();
    assert_eq!(codes, ["macros", "embedded-objects", "external-links"]);
    for n in &d.notices {
        assert!(!n.message(Lang::Vi).is_empty() && !n.message(Lang::En).is_empty());
    }
    assert!(d.notices[0].message(Lang::Vi).contains("không được chạy"));
    assert_eq!(d.text, "Nội dung\n\n");
}

#[test]
fn zip64_records_are_read() {
    let mut zip = Zip::new()
        .add("_rels/.rels", r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>"#)
        .add("word/document.xml", document_xml(&p("Zip64")));
    zip.zip64 = true;
    assert_eq!(read(&zip.bytes()).unwrap().text, "Zip64\n");
}

// ---------------------------------------------------------------------------------------
// Hostile input: each refused within a second with the right error, never a panic.

fn lcg_bytes(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as u8
        })
        .collect()
}

#[test]
fn hostile_files_are_refused_quickly_with_the_right_error() {
    let seed = fixture("tests/docx/seed-like.docx");
    // A zip bomb: 50 MB of one byte deflates to ~50 KB (ratio ~1000).
    let zeros = vec![b' '; 50 << 20];
    let bomb = Zip::new()
        .add("_rels/.rels", "<x/>")
        .add("word/document.xml", &zeros)
        .bytes();
    drop(zeros);
    // The same bomb declaring a small size (a lying central directory).
    let mut lying = Zip::new()
        .add("_rels/.rels", "<x/>")
        .add("word/document.xml", vec![b' '; 40 << 20]);
    lying.lie_size = Some(1000);
    let lying = lying.bytes();
    // Declared 3 GB: refused before inflating a byte.
    let mut huge = Zip::new().add("word/document.xml", b"<w:document/>");
    huge.lie_size = Some(3_000_000_000);
    let huge = huge.bytes();
    let laughs = {
        let mut dtd = String::from(r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">"#);
        for i in 1..10 {
            let prev = if i == 1 {
                "lol".to_string()
            } else {
                format!("lol{}", i - 1)
            };
            dtd.push_str(&format!(
                r#"<!ENTITY lol{i} "{}">"#,
                format!("&{prev};").repeat(10)
            ));
        }
        dtd.push_str(
            "]><w:document><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>",
        );
        Zip::new().add("word/document.xml", dtd).bytes()
    };
    let external = Zip::new()
        .add(
            "word/document.xml",
            r#"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document>&x;</w:document>"#,
        )
        .bytes();
    let deep = {
        let n = 20_000; // ~900 KB: under the ratio-free size, so it reaches the XML reader
        let xml = format!(
            "<w:document {W}><w:body>{}{}</w:body></w:document>",
            "<w:sdt><w:sdtContent>".repeat(n),
            "</w:sdtContent></w:sdt>".repeat(n)
        );
        Zip::new().add("word/document.xml", xml).bytes()
    };
    let truncated = seed[..seed.len() / 2].to_vec();
    let mut doc = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    doc.extend(vec![0u8; 1000]);
    doc.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    let mut encrypted = doc[..1008].to_vec();
    encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
    let odt = {
        let mut z = Zip::new()
            .add("mimetype", "application/vnd.oasis.opendocument.text")
            .add("content.xml", "<office:document-content/>");
        z.stored = true;
        z.bytes()
    };
    let xlsx = Zip::new().add("xl/workbook.xml", "<workbook/>").bytes();
    let plain_zip = Zip::new().add("readme.txt", "hello").bytes();
    let mut enc_entry = Zip::new().add("word/document.xml", document_xml(&p("x")));
    enc_entry.encrypted = true;
    let enc_entry = enc_entry.bytes();
    let mut bad_crc = Zip::new()
        .add("word/document.xml", document_xml(&p("x")))
        .bytes();
    // Flip one byte of the deflated data (after the 30-byte header and the name).
    bad_crc[30 + "word/document.xml".len() + 3] ^= 0x55;

    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("zip bomb", bomb, "zip-bomb"),
        ("zip bomb with a lying size", lying, "zip-bomb"),
        ("declared 3 GB", huge, "zip-bomb"),
        ("billion laughs", laughs, "xml-dtd"),
        ("external entity", external, "xml-dtd"),
        ("deep nesting", deep, "xml-too-deep"),
        ("truncated zip", truncated, "corrupt"),
        ("legacy .doc", doc, "legacy-doc"),
        ("encrypted", encrypted, "encrypted"),
        ("PDF", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".to_vec(), "pdf"),
        ("random bytes", lcg_bytes(100_000, 7), "unknown-format"),
        (".odt", odt, "odt"),
        (".xlsx", xlsx, "not-word"),
        ("zip without a document", plain_zip, "not-word"),
        ("encrypted entry", enc_entry, "encrypted"),
        ("damaged deflate data", bad_crc, "corrupt"),
        ("RTF", b"{\\rtf1\\ansi Hello}".to_vec(), "rtf"),
        (
            "plain text",
            "Số: 12/TB-UBND\nHà Nội\n".as_bytes().to_vec(),
            "plain-text",
        ),
        ("empty", Vec::new(), "empty"),
        ("too large", vec![0u8; (64 << 20) + 1], "too-large"),
    ];
    for (what, bytes, code) in cases {
        let t = Instant::now();
        let result = check_docx(&bytes, &Options::default());
        let took = t.elapsed();
        let err = match result {
            Err(e) => e,
            Ok(r) => panic!("{what}: accepted: {:?}", &r.text[..r.text.len().min(100)]),
        };
        assert_eq!(err.code(), code, "{what}: {err:?}");
        assert!(took < Duration::from_secs(1), "{what}: took {took:?}");
        let vi = err.message(Lang::Vi);
        let en = err.message(Lang::En);
        assert!(
            vi.contains(".docx") && en.contains(".docx") && vi != en,
            "{what}: {vi} / {en}"
        );
        eprintln!("{what:<28} {took:>10.2?}  {code}: {vi}");
    }
}

#[test]
fn every_prefix_and_random_damage_is_an_error_or_a_report_never_a_panic() {
    let seed = fixture("tests/docx/seed-like.docx");
    for i in 0..seed.len() {
        assert!(read(&seed[..i]).is_err(), "prefix {i} accepted");
    }
    let noise = lcg_bytes(3000, 42);
    for k in 0..1000 {
        let mut b = seed.clone();
        let at = (usize::from(noise[k]) << 8 | usize::from(noise[k + 1000])) % b.len();
        b[at] ^= noise[k + 2000] | 1;
        let _ = check_docx(&b, &Options::default());
    }
}

#[test]
fn limits_hold_for_elements_and_inflated_bytes() {
    // More elements than the limit: refused (a flat run of empty paragraphs that compresses
    // too well is refused as a bomb first, so it is stored here).
    let n = thethuc::docx::xml::MAX_ELEMENTS + 10;
    let xml = document_xml(&"<w:bookmarkEnd/>".repeat(n));
    let mut z = Zip::new().add("word/document.xml", &xml);
    z.stored = true;
    let err = read(&z.bytes()).unwrap_err();
    assert!(matches!(err, DocxError::XmlTooManyElements(_)), "{err:?}");
    // Compressed, the same part is refused as a bomb before it is parsed.
    let err = read(&Zip::new().add("word/document.xml", &xml).bytes()).unwrap_err();
    assert!(matches!(err, DocxError::Bomb(_)), "{err:?}");
    // Too many paragraphs for the memory they would take.
    let mut z = Zip::new().add(
        "word/document.xml",
        document_xml(&"<w:p/>".repeat(thethuc::docx::MAX_PARAGRAPHS + 1)),
    );
    z.stored = true;
    let err = read(&z.bytes()).unwrap_err();
    assert!(matches!(err, DocxError::XmlTooManyElements(_)), "{err:?}");
    // Nested tables: deep but under the limit is read; beyond it is refused.
    let nest = |n: usize| {
        let open = "<w:tbl><w:tr><w:tc>".repeat(n);
        let close =
            "<w:p/></w:tc></w:tr></w:tbl>".to_string() + &"</w:tc></w:tr></w:tbl>".repeat(n - 1);
        Zip::new()
            .add("word/document.xml", document_xml(&(open + &close)))
            .bytes()
    };
    assert!(read(&nest(80)).is_ok());
    assert!(matches!(
        read(&nest(100)).unwrap_err(),
        DocxError::XmlTooDeep(_)
    ));
}

// ---------------------------------------------------------------------------------------
// A 30-page document: read and checked well within the editor's patience.

#[test]
fn a_thirty_page_document_is_read_and_checked_quickly() {
    let seed = fixture("tests/docx/seed-like.docx");
    let bytes = thirty_pages(&seed);
    // Committed for the benchmarks (benches/check.rs, examples/timing.rs, the wasm timing in
    // Node and Chromium): it must be what the generator gives (UPDATE_SNAPSHOTS=1 rewrites it).
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docx/thirty-pages.docx");
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&committed, &bytes).unwrap();
    }
    assert!(
        std::fs::read(&committed).is_ok_and(|c| c == bytes),
        "tests/docx/thirty-pages.docx is stale: UPDATE_SNAPSHOTS=1 cargo test --test docx"
    );
    let t = Instant::now();
    let r = check_docx(&bytes, &Options::default()).unwrap();
    let took = t.elapsed();
    let t = Instant::now();
    let d = read(&bytes).unwrap();
    let reading = t.elapsed();
    eprintln!(
        "30-page .docx: {} KB, {} KB of text, estimate {:.1} pages, read {reading:?}, read + check {took:?} ({} build)",
        bytes.len() / 1024,
        r.text.len() / 1024,
        d.layout.pages.estimate,
        if cfg!(debug_assertions) { "debug" } else { "release" }
    );
    assert!(
        (25.0..40.0).contains(&d.layout.pages.estimate),
        "{:?}",
        d.layout.pages
    );
    assert!(!r
        .report
        .diagnostics
        .iter()
        .any(|d| TYPOGRAPHY.contains(&d.code)));
    assert!(took < Duration::from_secs(20), "{took:?}");
}

/// The seed-like notice with its body repeated to about 30 pages.
fn thirty_pages(seed: &[u8]) -> Vec<u8> {
    let docx = read_zip(seed);
    let mut zip = Zip::new();
    for (name, data) in docx {
        let data = if name == "word/document.xml" {
            let xml = String::from_utf8(data).unwrap();
            let first = xml.find("<w:p><w:pPr><w:spacing w:before=\"0\"").unwrap();
            let sig = xml[first..].find("<w:tbl>").unwrap() + first;
            let body = &xml[first..sig];
            format!("{}{}{}", &xml[..first], body.repeat(23), &xml[sig..]).into_bytes()
        } else {
            data
        };
        zip = zip.add(&name, data);
    }
    zip.bytes()
}

/// Entries of a zip written by our generator (deflated, no data descriptors).
fn read_zip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    let mut at = 0;
    while bytes[at..].starts_with(b"PK\x03\x04") {
        let u16_at = |o: usize| u16::from_le_bytes([bytes[at + o], bytes[at + o + 1]]) as usize;
        let u32_at =
            |o: usize| u32::from_le_bytes(bytes[at + o..at + o + 4].try_into().unwrap()) as usize;
        let (method, csize) = (u16_at(8), u32_at(18));
        let (nlen, elen) = (u16_at(26), u16_at(28));
        let name = String::from_utf8(bytes[at + 30..at + 30 + nlen].to_vec()).unwrap();
        let start = at + 30 + nlen + elen;
        let raw = &bytes[start..start + csize];
        let data = if method == 8 {
            miniz_oxide::inflate::decompress_to_vec(raw).unwrap()
        } else {
            raw.to_vec()
        };
        out.push((name, data));
        at = start + csize;
    }
    out
}

// ---------------------------------------------------------------------------------------
// Table shapes of real drafts: the text the reader makes must segment like a paste.

fn cell(paras: &[&str]) -> String {
    let ps: String = paras.iter().map(|t| p(t)).collect();
    format!("<w:tc>{ps}</w:tc>")
}

fn row(cells: &[&[&str]]) -> String {
    format!(
        "<w:tr>{}</w:tr>",
        cells.iter().map(|c| cell(c)).collect::<String>()
    )
}

fn table(rows: &[String]) -> String {
    format!("<w:tbl>{}</w:tbl>", rows.concat())
}

fn kinds(bytes: &[u8]) -> (String, Vec<(String, String)>) {
    let r = check_docx(bytes, &Options::default()).unwrap();
    let found = r
        .report
        .components
        .iter()
        .map(|c| {
            let t: Vec<&str> = c
                .parts
                .iter()
                .map(|p| &r.text[p.range.start..p.range.end])
                .collect();
            (c.kind.id().to_string(), t.join(" / "))
        })
        .collect();
    (r.text, found)
}

#[test]
fn header_and_signature_tables_of_real_shapes_segment_well() {
    let body = [
        p("THÔNG BÁO"),
        p("Về việc tổ chức hội nghị"),
        p("Ủy ban nhân dân tỉnh thông báo tổ chức hội nghị tổng kết công tác năm 2025 tại hội trường tầng 3, trụ sở Ủy ban nhân dân tỉnh./."),
    ]
    .concat();
    let sig_short_list = table(&[row(&[
        &["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
        &[
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "",
            "",
            "Nguyễn Văn Bình",
        ],
    ])]);
    let shapes = [
        // Number and date inside the first row's cells, under the names.
        table(&[row(&[
            &["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "", "Số: 12/TB-UBND"],
            &[
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "",
                "Lào Cai, ngày 05 tháng 01 năm 2026",
            ],
        ])]),
        // Three columns with an empty spacer column (like the corpus's docx exports).
        table(&[
            row(&[
                &["ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI"],
                &[],
                &[
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                ],
            ]),
            row(&[
                &["Số: 12/TB-UBND"],
                &[],
                &["Lào Cai, ngày 05 tháng 01 năm 2026"],
            ]),
        ]),
        // One row per line.
        table(&[
            row(&[
                &["ỦY BAN NHÂN DÂN"],
                &["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ]),
            row(&[&["TỈNH LÀO CAI"], &["Độc lập - Tự do - Hạnh phúc"]]),
            row(&[&["Số: 12/TB-UBND"], &["Lào Cai, ngày 05 tháng 01 năm 2026"]]),
        ]),
        // No table: the columns laid out with tabs (their tabs become column gaps).
        [
            ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            ("TỈNH LÀO CAI", "Độc lập - Tự do - Hạnh phúc"),
            ("Số: 12/TB-UBND", "Lào Cai, ngày 05 tháng 01 năm 2026"),
        ]
        .iter()
        .map(|(a, b)| {
            format!(r#"<w:p><w:r><w:t>{a}</w:t><w:tab/><w:tab/><w:t>{b}</w:t></w:r></w:p>"#)
        })
        .collect(),
    ];
    // The signature column longer than the recipients' (its last lines stand alone, indented).
    let sig_long_signature = table(&[row(&[
        &["Nơi nhận:", "- Như trên;", "- Lưu: VT."],
        &[
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "",
            "(Đã ký)",
            "",
            "Nguyễn Văn Bình",
        ],
    ])]);
    for (i, header) in shapes.iter().enumerate() {
        let sig = if i % 2 == 0 {
            &sig_short_list
        } else {
            &sig_long_signature
        };
        let bytes = docx(&format!("{header}{body}{sig}"), &[]);
        let (text, found) = kinds(&bytes);
        let get = |k: &str| {
            found
                .iter()
                .find(|(kind, _)| kind == k)
                .map(|(_, t)| t.as_str())
                .unwrap_or_else(|| panic!("shape {i}: no {k} in\n{text}\n{found:?}"))
        };
        assert_eq!(
            get("quoc-hieu"),
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "shape {i}"
        );
        assert_eq!(get("tieu-ngu"), "Độc lập - Tự do - Hạnh phúc", "shape {i}");
        // One name wrapped over two lines (a province's committee has no parent body).
        assert_eq!(
            get("co-quan-ban-hanh"),
            "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI",
            "shape {i}\n{text}"
        );
        assert_eq!(get("so-ky-hieu"), "Số: 12/TB-UBND", "shape {i}");
        assert_eq!(
            get("dia-danh-thoi-gian"),
            "Lào Cai, ngày 05 tháng 01 năm 2026",
            "shape {i}"
        );
        assert_eq!(get("ten-loai"), "THÔNG BÁO", "shape {i}");
        assert_eq!(
            get("noi-nhan"),
            "Nơi nhận: / - Như trên; / - Lưu: VT.",
            "shape {i}"
        );
        assert_eq!(
            get("chu-ky"),
            "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Văn Bình",
            "shape {i}\n{text}"
        );
    }
}

const LINE: &str = r#"<w:r><w:drawing><wp:anchor><wp:extent cx="1800000" cy="0"/><a:graphic><a:graphicData><wps:wsp><wps:cNvCnPr/><wps:spPr><a:prstGeom prst="line"/></wps:spPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"#;

#[test]
fn lines_anchored_on_the_line_above_count() {
    let with_line = |text: &str, line: bool| {
        let l = if line { LINE } else { "" };
        format!(r#"<w:p><w:r><w:t>{text}</w:t></w:r>{l}</w:p>"#)
    };
    let doc = |summary_line_on_type_name: bool| {
        let header = table(&[
            format!(
                "<w:tr><w:tc>{}{}</w:tc><w:tc>{}{}</w:tc></w:tr>",
                p("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN"),
                with_line("VĂN PHÒNG", true),
                p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                with_line("Độc lập - Tự do - Hạnh phúc", true),
            ),
            row(&[&["Số: 12/TB-VP"], &["Lạng Sơn, ngày 05 tháng 01 năm 2026"]]),
        ]);
        let body = [
            // Word users often draw the summary's line while on the type name and drag it down.
            with_line("THÔNG BÁO", summary_line_on_type_name),
            p("Kết luận của Chủ tịch Ủy ban nhân dân tỉnh"),
            p(""),
            p("Ngày 05/01/2026, Chủ tịch Ủy ban nhân dân tỉnh chủ trì họp, kết luận như sau./."),
        ]
        .concat();
        docx(&format!("{header}{body}"), &[])
    };
    let only_tt607 = Options {
        rules: thethuc::rules::ALL
            .iter()
            .filter(|r| r.meta.code != "TT607")
            .map(|r| {
                (
                    r.meta.code.to_string(),
                    thethuc::options::RuleSetting::Enabled(false),
                )
            })
            .collect(),
        ..Options::default()
    };
    let r = check_docx(&doc(true), &only_tt607).unwrap();
    assert!(
        r.report.diagnostics.is_empty(),
        "{:?}",
        r.report.diagnostics
    );
    let r = check_docx(&doc(false), &only_tt607).unwrap();
    let flagged: Vec<&str> = r
        .report
        .diagnostics
        .iter()
        .map(|d| &r.text[d.range.start..d.range.end])
        .collect();
    assert_eq!(flagged, ["Kết luận của Chủ tịch Ủy ban nhân dân tỉnh"]);
}

#[test]
fn each_section_has_its_page_set_up() {
    let sect = |w: u32, h: u32, landscape: bool| {
        let orient = if landscape {
            r#" w:orient="landscape""#
        } else {
            ""
        };
        format!(
            r#"<w:sectPr><w:pgSz w:w="{w}" w:h="{h}"{orient}/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/></w:sectPr>"#
        )
    };
    let para_with_sect = |text: &str, s: &str| {
        format!(r#"<w:p><w:pPr>{s}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#)
    };
    let only = |code: &str| Options {
        rules: thethuc::rules::ALL
            .iter()
            .filter(|r| r.meta.code != code)
            .map(|r| {
                (
                    r.meta.code.to_string(),
                    thethuc::options::RuleSetting::Enabled(false),
                )
            })
            .collect(),
        ..Options::default()
    };
    // Portrait A4, then a landscape section with a table (allowed), then landscape text.
    let body = [
        para_with_sect("Phần một", &sect(11906, 16838, false)),
        table(&[row(&[&["Bảng"], &["số liệu"]])]),
        para_with_sect("Phần hai", &sect(16838, 11906, true)),
        p("Phần ba"),
        sect(16838, 11906, true),
    ]
    .concat();
    let bytes = docx(&body, &[]);
    let d = read(&bytes).unwrap();
    let s = &d.layout.sections;
    assert_eq!(s.len(), 3);
    assert!(!s[0].landscape() && s[1].landscape() && s[1].has_table && !s[2].has_table);
    assert_eq!(&d.text[s[2].range.start..s[2].range.end], "Phần ba\n");
    let r = check_docx(&bytes, &only("TT601")).unwrap();
    let flagged: Vec<&str> = r
        .report
        .diagnostics
        .iter()
        .map(|d| &r.text[d.range.start..d.range.end])
        .collect();
    assert_eq!(flagged, ["Phần ba"], "{:?}", r.report.diagnostics);
}

#[test]
fn the_total_inflated_size_is_limited() {
    // Three parts of ~25 MB that compress only ~2× (random hex in comments): each passes the
    // per-part size and ratio limits, together they pass the 64 MB total.
    let part = |seed: u64| {
        let hex = b"0123456789abcdef";
        let mut s = Vec::with_capacity(25 << 20);
        s.extend_from_slice(b"<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><!--");
        s.extend(
            lcg_bytes(25 << 20, seed)
                .iter()
                .map(|b| hex[usize::from(b & 15)]),
        );
        s.extend_from_slice(b"--></w:styles>");
        s
    };
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="b" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="c" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>"#;
    let mut zip = Zip::new()
        .add("word/_rels/document.xml.rels", rels)
        .add("word/styles.xml", part(1))
        .add("word/numbering.xml", part(2))
        .add("word/settings.xml", part(3))
        .add("word/document.xml", document_xml(&p("x")));
    zip.level = Some(1);
    let bytes = zip.bytes();
    let t0 = Instant::now();
    assert!(bytes.len() < thethuc::docx::archive::MAX_INPUT_BYTES);
    let err = read(&bytes).unwrap_err();
    assert_eq!(err.code(), "zip-bomb", "{err:?}");
    assert!(t0.elapsed() < Duration::from_secs(5), "{:?}", t0.elapsed());
}
