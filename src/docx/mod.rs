//! Reading `.docx` drafts, inside the same core (and wasm) as the text checker.
//!
//! [`read`] turns the bytes of a `.docx` into the plain text the segmenter reads — the same
//! shape as a paste: paragraphs as lines, table rows as ` | `-joined cells — plus a
//! [`Layout`]: for every range of that text its resolved formatting, the paragraphs with
//! alignment, indents and spacing, the page set-up of each section, the page-number fields
//! of headers and footers and the horizontal lines drawn under components. The typography
//! rules (TT601–TT609) read the layout through `Document::docx`.
//!
//! Files:
//! - `archive`: what the bytes are, the zip container and its limits (size, entries,
//!   ratio, total);
//! - `xml`: the XML pull reader (namespaces, markup compatibility, depth/element limits,
//!   no DTD, no entity expansion);
//! - `styles`, `numbering`: properties as written and their resolution;
//! - `body`: document and header parts → blocks; `layout`: blocks → text + formatting map;
//! - `page`: sections, settings, page-number fields; `format`: the types the rules read;
//! - `check`: helpers shared by the typography rules.
//!
//! Nothing in a file is ever run or fetched: macros (`vbaProject.bin`), embedded objects
//! and external links are only reported as [`Notice`]s.

pub mod archive;
mod body;
pub mod check;
pub mod error;
pub mod format;
mod layout;
mod numbering;
mod page;
mod styles;
pub mod xml;

pub use body::MAX_PARAGRAPHS;
pub use error::DocxError;
pub use format::Layout;

use crate::diagnostic::TextRange;
use crate::options::Lang;
use archive::Archive;
use body::Parser;
use format::{HeaderSet, Pages, Section};
use layout::{Geometry, Writer};
use numbering::Numbering;
use page::{SectRaw, Settings};
use styles::{Fonts, Styles, Theme};
use xml::{Ev, Ns, XmlReader};

/// Something in the file worth knowing that the checker did not act on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Notice {
    /// `macros`, `embedded-objects`, `activex`, `external-links`, `tracked-changes`,
    /// `comments`, `alt-chunks`.
    pub code: &'static str,
    pub count: usize,
}

impl Notice {
    pub fn message(&self, lang: Lang) -> String {
        let n = self.count;
        let (vi, en) = match self.code {
            "macros" => (
                "Tệp có macro (vbaProject.bin): macro không được chạy. Văn bản hành chính không cần macro — lưu thành .docx (không phải .docm) trước khi gửi.".to_string(),
                "The file holds macros (vbaProject.bin): they were not run. Administrative documents need no macros — save as .docx (not .docm) before sending.".to_string(),
            ),
            "embedded-objects" => (
                format!("Tệp có {n} đối tượng nhúng (OLE): không được mở hay chạy; nội dung của chúng không được kiểm tra."),
                format!("The file holds {n} embedded object(s) (OLE): not opened or run; their content was not checked."),
            ),
            "activex" => (
                "Tệp có điều khiển ActiveX: không được chạy.".to_string(),
                "The file holds ActiveX controls: they were not run.".to_string(),
            ),
            "external-links" => (
                format!("Tệp có {n} liên kết ra ngoài (mẫu, ảnh hoặc đối tượng liên kết): không được tải."),
                format!("The file has {n} external link(s) (template, linked pictures or objects): not fetched."),
            ),
            "tracked-changes" => (
                format!("Văn bản còn {n} thay đổi đang theo dõi (Track Changes): đã kiểm tra bản như khi chấp nhận mọi thay đổi. Chấp nhận hoặc từ chối các thay đổi trước khi ban hành."),
                format!("The document still has {n} tracked change(s): it was checked as if all were accepted. Accept or reject them before issuing."),
            ),
            "comments" => (
                "Văn bản còn nhận xét (comment): xóa trước khi ban hành.".to_string(),
                "The document still has comments: delete them before issuing.".to_string(),
            ),
            "alt-chunks" => (
                format!("Tệp có {n} phần văn bản nhập từ tệp khác (altChunk): phần này không được đọc. Mở và lưu lại tệp trong Word để gộp chúng."),
                format!("The file has {n} imported chunk(s) (altChunk) that were not read. Open and save the file in Word to merge them."),
            ),
            _ => (String::new(), String::new()),
        };
        match lang {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}

/// A `.docx` read into text and formatting.
#[derive(Debug, Clone)]
pub struct Docx {
    pub text: String,
    pub layout: Layout,
    pub notices: Vec<Notice>,
}

struct Rel {
    id: String,
    kind: String,
    target: String,
    external: bool,
}

/// Relationships of a part: id → (type suffix, resolved target).
fn read_rels(zip: &mut Archive, rels_part: &str, base_dir: &str) -> Result<Vec<Rel>, DocxError> {
    let mut out: Vec<Rel> = Vec::new();
    let Some(bytes) = zip.read(rels_part)? else {
        return Ok(out);
    };
    let bytes = xml::utf8(bytes);
    let mut r = XmlReader::new(&bytes, rels_part);
    loop {
        match r.event()? {
            Ev::Eof => break,
            Ev::Start | Ev::Empty
                if r.local() == "Relationship"
                    && matches!(r.ns(), Ns::Pr | Ns::None | Ns::Other) =>
            {
                let id = r.attr_ns(Ns::None, "Id").unwrap_or("").to_string();
                let kind = r
                    .attr_ns(Ns::None, "Type")
                    .unwrap_or("")
                    .rsplit('/')
                    .next()
                    .unwrap_or("")
                    .to_string();
                let external = r.attr_ns(Ns::None, "TargetMode") == Some("External");
                let raw = r.attr_ns(Ns::None, "Target").unwrap_or("");
                let target = if external {
                    raw.to_string()
                } else {
                    resolve(base_dir, raw)
                };
                if !out.iter().any(|r| r.id == id) {
                    out.push(Rel {
                        id,
                        kind,
                        target,
                        external,
                    });
                }
            }
            _ => {}
        }
    }
    Ok(out)
}

/// A relationship target relative to `base_dir` (`word/`), `..` resolved.
fn resolve(base_dir: &str, target: &str) -> String {
    let joined = if let Some(abs) = target.strip_prefix('/') {
        abs.to_string()
    } else {
        format!("{base_dir}{target}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for seg in joined.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

fn part_of<'r>(rels: &'r [Rel], kind: &str) -> Option<&'r str> {
    rels.iter()
        .find(|r| r.kind == kind && !r.external)
        .map(|r| r.target.as_str())
}

/// The part a relationship of this type points to: its name and its bytes as UTF-8.
fn read_part(
    zip: &mut Archive,
    rels: &[Rel],
    kind: &str,
) -> Result<Option<(String, Vec<u8>)>, DocxError> {
    let Some(name) = part_of(rels, kind).map(str::to_string) else {
        return Ok(None);
    };
    Ok(zip.read(&name)?.map(|b| (name, xml::utf8(b))))
}

/// Read a `.docx`. Every failure is a [`DocxError`] saying what to do; never panics.
pub fn read(bytes: &[u8]) -> Result<Docx, DocxError> {
    archive::sniff(bytes)?;
    let mut zip = Archive::open(bytes)?;

    // OpenDocument first: its `mimetype` entry says what it is.
    if let Some(m) = zip.read("mimetype")? {
        if m.starts_with(b"application/vnd.oasis.opendocument.text") {
            return Err(DocxError::Odt);
        }
        if m.starts_with(b"application/vnd.oasis.opendocument") {
            return Err(DocxError::OtherOdf);
        }
    }
    if zip.has("content.xml") && zip.has("META-INF/manifest.xml") {
        return Err(DocxError::Odt);
    }

    let package = read_rels(&mut zip, "_rels/.rels", "")?;
    let main = part_of(&package, "officeDocument")
        .unwrap_or("word/document.xml")
        .to_string();
    if !zip.has(&main) {
        if zip.has("xl/workbook.xml") || zip.has("ppt/presentation.xml") {
            return Err(DocxError::OtherOoxml);
        }
        return Err(DocxError::NotWord);
    }
    let base_dir = match main.rfind('/') {
        Some(i) => main.get(..=i).unwrap_or("").to_string(),
        None => String::new(),
    };
    let file = main.get(base_dir.len()..).unwrap_or("");
    let rels = read_rels(&mut zip, &format!("{base_dir}_rels/{file}.rels"), &base_dir)?;

    let theme = match read_part(&mut zip, &rels, "theme")? {
        Some((p, b)) => Theme::read(&b, &p)?,
        None => Theme::default(),
    };
    let styles = match read_part(&mut zip, &rels, "styles")? {
        Some((p, b)) => Styles::read(&b, &p, theme)?,
        None => Styles::with_theme(theme),
    };
    let mut numbering = match read_part(&mut zip, &rels, "numbering")? {
        Some((p, b)) => Numbering::read(&b, &p)?,
        None => Numbering::default(),
    };
    let settings = match read_part(&mut zip, &rels, "settings")? {
        Some((p, b)) => Settings::read(&b, &p)?,
        None => Settings::default(),
    };

    let mut fonts = Fonts::default();
    let doc_bytes = xml::utf8(zip.read(&main)?.unwrap_or_default());
    let (blocks, mut sections_raw, seen) = {
        let mut parser = Parser::new(&styles, &mut numbering, &mut fonts, false);
        let mut r = XmlReader::new(&doc_bytes, &main);
        let blocks = parser.part(&mut r)?;
        (blocks, std::mem::take(&mut parser.sections), parser.seen)
    };
    drop(doc_bytes);
    if sections_raw.is_empty() {
        sections_raw.push(SectRaw::default());
    }

    // Headers and footers referenced by the sections, each read once.
    let mut headers = Vec::new();
    let mut header_index: Vec<(String, usize)> = Vec::new();
    for s in &sections_raw {
        for (is_header, refs) in [(true, &s.headers), (false, &s.footers)] {
            for (_, id) in refs {
                if header_index.iter().any(|(k, _)| k == id) {
                    continue;
                }
                let Some(rel) = rels.iter().find(|r| r.id == *id && !r.external) else {
                    continue;
                };
                let target = rel.target.clone();
                let Some(b) = zip.read(&target)? else {
                    continue;
                };
                let b = xml::utf8(b);
                let mut hnum = Numbering::default();
                let mut parser = Parser::new(&styles, &mut hnum, &mut fonts, true);
                let mut r = XmlReader::new(&b, &target);
                let hblocks = parser.part(&mut r)?;
                header_index.push((id.clone(), headers.len()));
                headers.push(page::header_footer(&hblocks, is_header));
            }
        }
    }

    // Page geometry for the estimate.
    let geometry: Vec<Geometry> = sections_raw
        .iter()
        .map(|s| {
            let w = s.width.unwrap_or(11_906);
            let h = s.height.unwrap_or(16_838);
            Geometry {
                text_width: w - s.left.unwrap_or(1_800) - s.right.unwrap_or(1_800) - s.gutter,
                text_height: h - s.top.unwrap_or(1_440) - s.bottom.unwrap_or(1_440),
            }
        })
        .collect();
    let mut writer = Writer::new(&geometry);
    writer.blocks(&blocks);
    let estimate = writer.estimate();
    let text_len = writer.text.len();

    let mut sections = Vec::with_capacity(sections_raw.len());
    let mut prev_headers = HeaderSet::default();
    let mut prev_footers = HeaderSet::default();
    let mut prev_end = 0usize;
    for (i, s) in sections_raw.iter().enumerate() {
        let start = writer
            .section_starts
            .get(i)
            .copied()
            .flatten()
            .unwrap_or(prev_end)
            .max(prev_end);
        let end = (i + 1..sections_raw.len())
            .find_map(|j| writer.section_starts.get(j).copied().flatten())
            .unwrap_or(text_len)
            .max(start);
        prev_end = end;
        let set = |refs: &[(String, String)], prev: HeaderSet| {
            let mut h = prev;
            for (t, id) in refs {
                let idx = header_index.iter().find(|(k, _)| k == id).map(|(_, i)| *i);
                match t.as_str() {
                    "first" => h.first = idx,
                    "even" => h.even = idx,
                    _ => h.default = idx,
                }
            }
            h
        };
        let hs = set(&s.headers, prev_headers);
        let fs = set(&s.footers, prev_footers);
        prev_headers = hs;
        prev_footers = fs;
        let gutter = if settings.gutter_at_top { 0 } else { s.gutter };
        sections.push(Section {
            width: s.width.unwrap_or(11_906),
            height: s.height.unwrap_or(16_838),
            landscape_attr: s.landscape_attr,
            top: s.top.unwrap_or(1_440),
            bottom: s.bottom.unwrap_or(1_440),
            left: s.left.unwrap_or(1_800) + gutter,
            right: s.right.unwrap_or(1_800),
            gutter: s.gutter,
            title_page: s.title_page,
            page_start: s.page_start,
            page_format: s.page_format.clone(),
            headers: hs,
            footers: fs,
            range: TextRange::new(start, end),
            has_table: writer.section_tables.get(i).copied().unwrap_or(false),
            size_given: s.width.is_some() && s.height.is_some(),
            margins_given: s.top.is_some() && s.left.is_some(),
        });
    }

    // The page count Word or LibreOffice recorded; a broken app.xml is no reason to fail.
    let app = match read_part(&mut zip, &package, "extended-properties") {
        Ok(Some((p, b))) => page::app_pages(&b, &p).unwrap_or(None),
        _ => None,
    };

    // Notices: what is in the file but never run or fetched.
    let mut notices = Vec::new();
    let mut note = |code: &'static str, count: usize| {
        if count > 0 {
            notices.push(Notice { code, count });
        }
    };
    let names = |pred: &dyn Fn(&str) -> bool| {
        zip.entries
            .iter()
            .filter(|e| pred(&e.name.to_ascii_lowercase()))
            .count()
    };
    note("macros", names(&|n| n.ends_with("vbaproject.bin")));
    let embedded = names(&|n| n.contains("/embeddings/"));
    note("embedded-objects", embedded.max(seen.objects));
    note("activex", names(&|n| n.contains("/activex/")));
    note(
        "external-links",
        rels.iter()
            .filter(|r| r.external && r.kind != "hyperlink")
            .count(),
    );
    note("tracked-changes", seen.tracked_changes);
    note(
        "comments",
        usize::from(part_of(&rels, "comments").is_some()),
    );
    note("alt-chunks", seen.alt_chunks);

    let layout = Layout {
        fonts: fonts.names,
        styles: writer.styles,
        runs: writer.runs,
        paras: writer.paras,
        para_index: writer.index,
        sections,
        headers,
        even_and_odd: settings.even_and_odd,
        pages: Pages {
            rendered: (seen.rendered_breaks > 0).then_some(seen.rendered_breaks + 1),
            app,
            estimate,
        },
    };
    Ok(Docx {
        text: writer.text,
        layout,
        notices,
    })
}
