//! Page set-up: section properties (`w:sectPr`: paper, orientation, margins, different first
//! page, header/footer references, page numbering), `word/settings.xml`, the page-number
//! fields of headers and footers, and the page count from `docProps/app.xml`.

use super::body::Block;
use super::error::DocxError;
use super::format::{Align, HeaderFooter, PageField};
use super::xml::{on_off, twips, Ev, Ns, XmlReader};

/// A `w:sectPr` as written.
#[derive(Debug, Clone, Default)]
pub struct SectRaw {
    pub width: Option<i32>,
    pub height: Option<i32>,
    pub landscape_attr: bool,
    pub top: Option<i32>,
    pub bottom: Option<i32>,
    pub left: Option<i32>,
    pub right: Option<i32>,
    pub gutter: i32,
    pub title_page: bool,
    pub page_start: Option<i32>,
    pub page_format: Option<String>,
    /// `(type, relationship id)`: `default`, `first`, `even`.
    pub headers: Vec<(String, String)>,
    pub footers: Vec<(String, String)>,
    /// `w:type`: `continuous` does not start a new page.
    pub continuous: bool,
}

/// Read a `w:sectPr` (the reader is on its start tag).
pub fn read_sect(r: &mut XmlReader, ev: Ev) -> Result<SectRaw, DocxError> {
    let mut s = SectRaw::default();
    if ev != Ev::Start {
        return Ok(s);
    }
    let depth = r.depth();
    while let Some(ev) = r.next_within(depth)? {
        match ev {
            Ev::Start | Ev::Empty if r.ns() == Ns::W => {
                match r.local() {
                    "pgSz" => {
                        s.width = r.attr("w").and_then(twips);
                        s.height = r.attr("h").and_then(twips);
                        s.landscape_attr = r.attr("orient") == Some("landscape");
                    }
                    "pgMar" => {
                        s.top = r.attr("top").and_then(twips).map(i32::abs);
                        s.bottom = r.attr("bottom").and_then(twips).map(i32::abs);
                        s.left = r.attr("left").and_then(twips);
                        s.right = r.attr("right").and_then(twips);
                        s.gutter = r.attr("gutter").and_then(twips).unwrap_or(0);
                    }
                    "titlePg" => s.title_page = on_off(r.attr("val")),
                    "pgNumType" => {
                        s.page_start = r.attr("start").and_then(|v| v.parse().ok());
                        s.page_format = r.attr("fmt").map(str::to_string);
                    }
                    "type" => s.continuous = r.attr("val") == Some("continuous"),
                    kind @ ("headerReference" | "footerReference") => {
                        let is_header = kind == "headerReference";
                        let t = r.attr("type").unwrap_or("default").to_string();
                        if let Some(id) = r.attr_ns(Ns::R, "id") {
                            let entry = (t, id.to_string());
                            if is_header {
                                s.headers.push(entry);
                            } else {
                                s.footers.push(entry);
                            }
                        }
                    }
                    _ => {}
                }
                // `w:sectPrChange` holds old values: skipped with anything else.
                r.skip_current(ev)?;
            }
            Ev::Start => r.skip()?,
            _ => {}
        }
    }
    Ok(s)
}

/// `word/settings.xml`: what matters for page set-up.
#[derive(Debug, Clone, Copy, Default)]
pub struct Settings {
    pub even_and_odd: bool,
    pub gutter_at_top: bool,
}

impl Settings {
    pub fn read(bytes: &[u8], part: &str) -> Result<Settings, DocxError> {
        let mut r = XmlReader::new(bytes, part);
        let mut s = Settings::default();
        loop {
            match r.event()? {
                Ev::Eof => break,
                Ev::Start | Ev::Empty if r.ns() == Ns::W => match r.local() {
                    "evenAndOddHeaders" => s.even_and_odd = on_off(r.attr("val")),
                    "gutterAtTop" => s.gutter_at_top = on_off(r.attr("val")),
                    _ => {}
                },
                _ => {}
            }
        }
        Ok(s)
    }
}

/// `<Pages>` of `docProps/app.xml`.
pub fn app_pages(bytes: &[u8], part: &str) -> Result<Option<u32>, DocxError> {
    let mut r = XmlReader::new(bytes, part);
    let mut in_pages = false;
    loop {
        match r.event()? {
            Ev::Eof => return Ok(None),
            Ev::Start if r.local() == "Pages" => in_pages = true,
            Ev::End if r.local() == "Pages" => in_pages = false,
            Ev::Text if in_pages => return Ok(r.text().trim().parse().ok()),
            _ => {}
        }
    }
}

/// A header or footer: its page-number field (the first found) and whether it shows text.
pub fn header_footer(blocks: &[Block], is_header: bool) -> HeaderFooter {
    let mut hf = HeaderFooter {
        is_header,
        page_field: None,
        has_text: false,
    };
    visit(blocks, &mut hf);
    hf
}

fn visit(blocks: &[Block], hf: &mut HeaderFooter) {
    for b in blocks {
        match b {
            Block::P(p) => {
                if p.has_text() {
                    hf.has_text = true;
                }
                if let (None, Some(f)) = (hf.page_field, p.page_field) {
                    let by_tab = p.format.center_tab && p.tabs_before_field == 1;
                    hf.page_field = Some(PageField {
                        centered: p.format.align == Align::Center
                            || p.format.frame_center
                            || by_tab,
                        align: p.format.align,
                        size: f.size,
                        italic: f.italic,
                        bold: f.bold,
                    });
                }
                visit(&p.boxes, hf);
            }
            Block::T(t) => {
                for row in &t.rows {
                    for cell in row {
                        visit(cell, hf);
                    }
                }
            }
        }
    }
}
