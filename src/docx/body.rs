//! `word/document.xml` (and header/footer parts) → blocks: paragraphs with their resolved
//! formatting, text pieces and generated list labels, and tables of cells of blocks. What
//! is read as text is what prints: deleted (tracked) text, hidden text and field codes are
//! left out, field results and inserted text are kept, `w:caps` text is upper-cased, the
//! first `mc:Choice` of alternate content is read once. Drawn horizontal lines (DrawingML
//! and VML shapes) are counted on the paragraph that anchors them; text boxes become
//! blocks after their anchor.

use super::error::DocxError;
use super::format::{CharFormat, ParaFormat};
use super::numbering::Numbering;
use super::page::{read_sect, SectRaw};
use super::styles::{char_format, read_ppr, read_rpr, Fonts, PPr, RPr, Styles};
use super::xml::{Ev, Ns, XmlReader};

/// A piece of a paragraph.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String, CharFormat),
    /// A line break (`w:br`, `w:cr`).
    Break,
}

#[derive(Debug, Clone, Default)]
pub struct PBlock {
    pub format: ParaFormat,
    pub style: String,
    /// Generated list label and its formatting.
    pub label: Option<(String, CharFormat)>,
    pub pieces: Vec<Piece>,
    /// The paragraph mark's formatting (size of an empty line).
    pub mark: CharFormat,
    /// Text boxes anchored here.
    pub boxes: Vec<Block>,
    pub drawn_lines: u16,
    pub border_bottom: bool,
    pub border_top: bool,
    /// Section index.
    pub section: u32,
    /// Explicit page breaks before or inside it.
    pub page_breaks: u32,
    /// Formatting of a `PAGE` field in it, if any.
    pub page_field: Option<CharFormat>,
    /// Tabs before the `PAGE` field (a centre tab then centres it).
    pub tabs_before_field: u32,
}

impl PBlock {
    pub fn has_text(&self) -> bool {
        self.pieces
            .iter()
            .any(|p| matches!(p, Piece::Text(t, _) if !t.trim().is_empty()))
    }
}

#[derive(Debug, Clone, Default)]
pub struct TBlock {
    pub rows: Vec<Vec<Vec<Block>>>,
    pub section: u32,
}

#[derive(Debug, Clone)]
pub enum Block {
    P(PBlock),
    T(TBlock),
}

/// What the parser noticed besides text (reported as notices, never acted on).
#[derive(Debug, Clone, Copy, Default)]
pub struct Seen {
    pub tracked_changes: usize,
    pub objects: usize,
    pub alt_chunks: usize,
    pub rendered_breaks: u32,
}

struct Field {
    instr: String,
    result: bool,
    format: CharFormat,
}

/// State while reading one paragraph's content.
struct PState {
    base: RPr,
    pieces: Vec<Piece>,
    fields: Vec<Field>,
    boxes: Vec<Block>,
    lines: u16,
    page_breaks: u32,
    page_field: Option<CharFormat>,
    tabs: u32,
    tabs_before_field: u32,
    text_seen: bool,
}

impl PState {
    fn visible(&self) -> bool {
        self.fields.iter().all(|f| f.result)
    }

    fn push_text(&mut self, s: &str, fmt: CharFormat) {
        if s.is_empty() {
            return;
        }
        if s.chars().any(|c| !c.is_whitespace()) {
            self.text_seen = true;
        }
        if let Some(Piece::Text(t, f)) = self.pieces.last_mut() {
            if *f == fmt {
                t.push_str(s);
                return;
            }
        }
        self.pieces.push(Piece::Text(s.to_string(), fmt));
    }
}

pub struct Parser<'s> {
    styles: &'s Styles,
    numbering: &'s mut Numbering,
    fonts: &'s mut Fonts,
    pub seen: Seen,
    /// Sections closed so far (the body's final `w:sectPr` is pushed last).
    pub sections: Vec<SectRaw>,
    table_styles: Vec<Option<String>>,
    /// Reading a header or footer (no section bookkeeping).
    header: bool,
    paragraphs: usize,
}

/// `PAGE` (not `NUMPAGES`, `PAGEREF`, `SECTIONPAGES`) as the field's first word.
fn is_page_field(instr: &str) -> bool {
    instr
        .split_whitespace()
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("PAGE"))
}

/// `height:…pt` / `width:…pt` of a VML style, in points.
fn vml_length(style: &str, key: &str) -> Option<f64> {
    style.split(';').find_map(|decl| {
        let (k, v) = decl.split_once(':')?;
        if k.trim() != key {
            return None;
        }
        let v = v.trim();
        let (num, factor) = if let Some(n) = v.strip_suffix("pt") {
            (n, 1.0)
        } else if let Some(n) = v.strip_suffix("in") {
            (n, 72.0)
        } else if let Some(n) = v.strip_suffix("mm") {
            (n, 72.0 / 25.4)
        } else if let Some(n) = v.strip_suffix("cm") {
            (n, 72.0 / 2.54)
        } else if let Some(n) = v.strip_suffix("px") {
            (n, 0.75)
        } else {
            (v, 1.0 / 20.0)
        };
        super::xml::decimal(num).map(|n| n * factor)
    })
}

/// Most paragraphs read from one part (a 300-page document has ~10 000): each costs a few
/// hundred bytes of memory, so a part of empty paragraphs cannot exhaust the page's memory.
pub const MAX_PARAGRAPHS: usize = 100_000;

/// EMU per point.
const EMU_PER_PT: i64 = 12_700;

impl<'s> Parser<'s> {
    pub fn new(
        styles: &'s Styles,
        numbering: &'s mut Numbering,
        fonts: &'s mut Fonts,
        header: bool,
    ) -> Self {
        Parser {
            styles,
            numbering,
            fonts,
            seen: Seen::default(),
            sections: Vec::new(),
            table_styles: Vec::new(),
            header,
            paragraphs: 0,
        }
    }

    fn section(&self) -> u32 {
        u32::try_from(self.sections.len()).unwrap_or(u32::MAX)
    }

    /// The blocks of a whole part: the children of `w:body` (document) or of the root
    /// (`w:hdr`, `w:ftr`).
    pub fn part(&mut self, r: &mut XmlReader) -> Result<Vec<Block>, DocxError> {
        loop {
            let ev = r.event()?;
            match ev {
                Ev::Eof => return Ok(Vec::new()),
                Ev::Start if r.ns() == Ns::W && matches!(r.local(), "body" | "hdr" | "ftr") => {
                    let blocks = self.blocks(r)?;
                    // Whatever follows the body is of no interest.
                    return Ok(blocks);
                }
                Ev::Start if r.ns() == Ns::W && r.local() == "document" => {}
                Ev::Start => r.skip()?,
                _ => {}
            }
        }
    }

    /// Blocks until the end of the current element.
    fn blocks(&mut self, r: &mut XmlReader) -> Result<Vec<Block>, DocxError> {
        let depth = r.depth();
        let mut out = Vec::new();
        while let Some(ev) = r.next_within(depth)? {
            match ev {
                Ev::Start | Ev::Empty if r.ns() == Ns::W => match r.local() {
                    "p" => {
                        let (p, after) = self.paragraph(r, ev)?;
                        out.push(Block::P(p));
                        if let Some(s) = after {
                            self.sections.push(s);
                        }
                    }
                    "tbl" if ev == Ev::Start => {
                        let t = self.table(r)?;
                        out.push(Block::T(t));
                    }
                    // Transparent wrappers: their children are read in place.
                    "sdt" | "sdtContent" | "customXml" | "ins" | "moveTo" => {
                        if matches!(r.local(), "ins" | "moveTo") {
                            self.seen.tracked_changes += 1;
                        }
                    }
                    "del" | "moveFrom" => {
                        self.seen.tracked_changes += 1;
                        r.skip_current(ev)?;
                    }
                    "sectPr" if !self.header => {
                        let s = read_sect(r, ev)?;
                        self.sections.push(s);
                    }
                    "altChunk" => {
                        self.seen.alt_chunks += 1;
                        r.skip_current(ev)?;
                    }
                    _ => r.skip_current(ev)?,
                },
                Ev::Start => r.skip()?,
                _ => {}
            }
        }
        Ok(out)
    }

    fn table(&mut self, r: &mut XmlReader) -> Result<TBlock, DocxError> {
        let depth = r.depth();
        let mut t = TBlock {
            rows: Vec::new(),
            section: self.section(),
        };
        self.table_styles.push(None);
        while let Some(ev) = r.next_within(depth)? {
            match ev {
                Ev::Start | Ev::Empty if r.ns() == Ns::W => match r.local() {
                    "tblStyle" => {
                        let v = r.attr("val").map(str::to_string);
                        if let Some(top) = self.table_styles.last_mut() {
                            *top = v;
                        }
                        r.skip_current(ev)?;
                    }
                    // tblPr is read for its style only; the row and its wrappers are
                    // walked in place.
                    "tblPr" | "sdt" | "sdtContent" | "customXml" | "ins" => {}
                    "tr" if ev == Ev::Start => t.rows.push(Vec::new()),
                    "tc" if ev == Ev::Start => {
                        let cell = self.blocks(r)?;
                        match t.rows.last_mut() {
                            Some(row) => row.push(cell),
                            None => t.rows.push(vec![cell]),
                        }
                    }
                    "del" => {
                        self.seen.tracked_changes += 1;
                        r.skip_current(ev)?;
                    }
                    _ => r.skip_current(ev)?,
                },
                Ev::Start => r.skip()?,
                _ => {}
            }
        }
        self.table_styles.pop();
        Ok(t)
    }

    /// A paragraph; also returns the section it closes (`w:sectPr` in its properties).
    fn paragraph(
        &mut self,
        r: &mut XmlReader,
        ev: Ev,
    ) -> Result<(PBlock, Option<SectRaw>), DocxError> {
        self.paragraphs += 1;
        if self.paragraphs > MAX_PARAGRAPHS {
            return Err(DocxError::XmlTooManyElements(r.part().to_string()));
        }
        let section = self.section();
        let table_style = self.table_styles.last().cloned().flatten();
        let mut direct = PPr::default();
        let mut mark = RPr::default();
        let mut sect: Option<SectRaw> = None;
        let mut st = PState {
            base: RPr::default(),
            pieces: Vec::new(),
            fields: Vec::new(),
            boxes: Vec::new(),
            lines: 0,
            page_breaks: 0,
            page_field: None,
            tabs: 0,
            tabs_before_field: 0,
            text_seen: false,
        };
        let mut based = false;
        let mut ppr = PPr::default();
        let mut style = String::new();
        let mut label: Option<(String, CharFormat)> = None;
        if ev == Ev::Start {
            let depth = r.depth();
            while let Some(ev) = r.next_within(depth)? {
                match ev {
                    Ev::Start | Ev::Empty if r.is(Ns::W, "pPr") && !based => {
                        let mut on_sect = |r: &mut XmlReader, ev: Ev| -> Result<(), DocxError> {
                            sect = Some(read_sect(r, ev)?);
                            Ok(())
                        };
                        let (p, extra) = read_ppr(r, ev, &mut on_sect)?;
                        direct = p;
                        if let Some(m) = extra.mark {
                            mark = m;
                        }
                    }
                    _ => {
                        if !based {
                            based = true;
                            (ppr, st.base, style, label) =
                                self.base(&direct, &mark, table_style.as_deref());
                        }
                        self.content(r, ev, &mut st)?;
                    }
                }
            }
        }
        if !based {
            (ppr, st.base, style, label) = self.base(&direct, &mark, table_style.as_deref());
        }
        if ppr.page_break_before == Some(true) {
            st.page_breaks += 1;
        }
        let mut mark_rpr = st.base.clone();
        mark_rpr.merge(&mark);
        let mark_format = char_format(&mark_rpr, self.styles, self.fonts);
        let block = PBlock {
            format: ppr.resolve(),
            style,
            label,
            pieces: st.pieces,
            mark: mark_format,
            boxes: st.boxes,
            drawn_lines: st.lines,
            border_bottom: ppr.border_bottom.unwrap_or(false),
            border_top: ppr.border_top.unwrap_or(false),
            section,
            page_breaks: st.page_breaks,
            page_field: st.page_field,
            tabs_before_field: st.tabs_before_field,
        };
        Ok((block, sect))
    }

    /// Resolved paragraph properties, run base, style id and list label.
    fn base(
        &mut self,
        direct: &PPr,
        mark: &RPr,
        table_style: Option<&str>,
    ) -> (PPr, RPr, String, Option<(String, CharFormat)>) {
        let (mut ppr, rpr, style) = self
            .styles
            .paragraph_base(direct.style.as_deref(), table_style);
        let num_id = direct.num_id.clone().or_else(|| ppr.num_id.clone());
        let level = direct.num_level.or(ppr.num_level).unwrap_or(0);
        let mut label = None;
        if let Some(id) = num_id.as_deref() {
            if let Some((lp, lr)) = self.numbering.props(id, level) {
                ppr.merge(lp);
                let mut label_rpr = rpr.clone();
                label_rpr.merge(mark);
                label_rpr.merge(lr);
                let fmt = char_format(&label_rpr, self.styles, self.fonts);
                let caps = fmt.caps;
                label = self.numbering.next_label(id, level).map(|l| {
                    let l = if caps { l.to_uppercase() } else { l };
                    (l, fmt)
                });
            }
        }
        ppr.merge(direct);
        (ppr, rpr, style, label)
    }

    /// One child of a paragraph (or of a wrapper inside it).
    fn content(&mut self, r: &mut XmlReader, ev: Ev, st: &mut PState) -> Result<(), DocxError> {
        if r.ns() != Ns::W {
            return r.skip_current(ev);
        }
        match r.local() {
            "r" => {
                if ev == Ev::Start {
                    self.run(r, st)?;
                }
            }
            "hyperlink" | "ins" | "moveTo" | "smartTag" | "customXml" | "sdt" | "sdtContent"
            | "dir" | "bdo" | "fldSimple" => {
                if matches!(r.local(), "ins" | "moveTo") {
                    self.seen.tracked_changes += 1;
                }
                let field = if r.local() == "fldSimple" {
                    let instr = r.attr("instr").unwrap_or("").to_string();
                    let fmt = char_format(&st.base, self.styles, self.fonts);
                    if is_page_field(&instr) && st.page_field.is_none() {
                        st.page_field = Some(fmt);
                        st.tabs_before_field = st.tabs;
                    }
                    true
                } else {
                    false
                };
                if ev == Ev::Start {
                    let depth = r.depth();
                    while let Some(ev) = r.next_within(depth)? {
                        match ev {
                            Ev::Start | Ev::Empty => self.content(r, ev, st)?,
                            _ => {}
                        }
                    }
                }
                let _ = field;
            }
            "del" | "moveFrom" => {
                self.seen.tracked_changes += 1;
                r.skip_current(ev)?;
            }
            _ => r.skip_current(ev)?,
        }
        Ok(())
    }

    fn run(&mut self, r: &mut XmlReader, st: &mut PState) -> Result<(), DocxError> {
        let depth = r.depth();
        let mut direct = RPr::default();
        let mut fmt: Option<(CharFormat, bool)> = None;
        while let Some(ev) = r.next_within(depth)? {
            match ev {
                Ev::Start | Ev::Empty => {
                    if r.is(Ns::W, "rPr") && fmt.is_none() {
                        direct = read_rpr(r, ev)?;
                        continue;
                    }
                    let (f, hidden) = *fmt.get_or_insert_with(|| {
                        let rpr = self.styles.run(&st.base, &direct);
                        let hidden = rpr.vanish.unwrap_or(false);
                        (char_format(&rpr, self.styles, self.fonts), hidden)
                    });
                    let show = !hidden && st.visible();
                    match (r.ns(), r.local()) {
                        (Ns::W, "t") => {
                            let text = self.text_of(r, ev)?;
                            if show {
                                let text = if f.caps { text.to_uppercase() } else { text };
                                st.push_text(&text, f);
                            }
                        }
                        (Ns::W, "instrText") => {
                            let text = self.text_of(r, ev)?;
                            if let Some(top) = st.fields.last_mut() {
                                if !top.result {
                                    top.instr.push_str(&text);
                                }
                            }
                        }
                        (Ns::W, "tab" | "ptab") => {
                            if show {
                                st.push_text("\t", f);
                                if !st.text_seen {
                                    st.tabs += 1;
                                }
                            }
                            r.skip_current(ev)?;
                        }
                        (Ns::W, "br") => {
                            if r.attr("type") == Some("page") {
                                st.page_breaks += 1;
                            }
                            if show {
                                st.pieces.push(Piece::Break);
                            }
                            r.skip_current(ev)?;
                        }
                        (Ns::W, "cr") => {
                            if show {
                                st.pieces.push(Piece::Break);
                            }
                            r.skip_current(ev)?;
                        }
                        (Ns::W, "noBreakHyphen") => {
                            if show {
                                st.push_text("-", f);
                            }
                            r.skip_current(ev)?;
                        }
                        (Ns::W, "fldChar") => {
                            match r.attr("fldCharType") {
                                Some("begin") => st.fields.push(Field {
                                    instr: String::new(),
                                    result: false,
                                    format: f,
                                }),
                                Some("separate") => {
                                    if let Some(top) = st.fields.last_mut() {
                                        top.result = true;
                                    }
                                }
                                Some("end") => {
                                    if let Some(field) = st.fields.pop() {
                                        if is_page_field(&field.instr) && st.page_field.is_none() {
                                            st.page_field = Some(field.format);
                                            st.tabs_before_field = st.tabs;
                                        }
                                    }
                                }
                                _ => {}
                            }
                            r.skip_current(ev)?;
                        }
                        (Ns::W, "lastRenderedPageBreak") => {
                            self.seen.rendered_breaks += 1;
                            r.skip_current(ev)?;
                        }
                        (Ns::W, "drawing") => {
                            if ev == Ev::Start {
                                self.drawing(r, st)?;
                            }
                        }
                        (Ns::W, "pict") => {
                            if ev == Ev::Start {
                                self.vml(r, st)?;
                            }
                        }
                        (Ns::W, "object") => {
                            self.seen.objects += 1;
                            r.skip_current(ev)?;
                        }
                        _ => r.skip_current(ev)?,
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// The text inside `w:t` / `w:instrText`.
    fn text_of(&mut self, r: &mut XmlReader, ev: Ev) -> Result<String, DocxError> {
        let mut s = String::new();
        if ev != Ev::Start {
            return Ok(s);
        }
        let depth = r.depth();
        while let Some(ev) = r.next_within(depth)? {
            match ev {
                Ev::Text => s.push_str(r.text()),
                Ev::Start => r.skip()?,
                _ => {}
            }
        }
        // Control characters other than tab and line breaks never print.
        Ok(s.chars()
            .filter(|c| !c.is_control() || *c == '\t')
            .map(|c| if c == '\n' || c == '\r' { ' ' } else { c })
            .collect())
    }

    /// A DrawingML drawing: line shapes and text boxes.
    fn drawing(&mut self, r: &mut XmlReader, st: &mut PState) -> Result<(), DocxError> {
        struct Shape {
            geom: Option<String>,
            connector: bool,
            ext: Option<(i64, i64)>,
        }
        let depth = r.depth();
        let mut extent: Option<(i64, i64)> = None;
        let mut shapes: Vec<Shape> = Vec::new();
        let mut count = 0usize;
        while let Some(ev) = r.next_within(depth)? {
            match ev {
                Ev::Start | Ev::Empty => {
                    let dim = |r: &XmlReader| {
                        let cx = r
                            .attr_ns(Ns::None, "cx")
                            .and_then(|v| v.parse::<i64>().ok());
                        let cy = r
                            .attr_ns(Ns::None, "cy")
                            .and_then(|v| v.parse::<i64>().ok());
                        cx.zip(cy)
                    };
                    match (r.ns(), r.local()) {
                        (Ns::Wp, "extent") if extent.is_none() => extent = dim(r),
                        (Ns::Wps, "wsp") => {
                            count += 1;
                            shapes.push(Shape {
                                geom: None,
                                connector: false,
                                ext: None,
                            });
                            if ev == Ev::Empty {
                                shapes.pop();
                            }
                        }
                        (Ns::Wps, "cNvCnPr") => {
                            if let Some(s) = shapes.last_mut() {
                                s.connector = true;
                            }
                        }
                        (Ns::A, "prstGeom") => {
                            if let Some(s) = shapes.last_mut() {
                                s.geom = r.attr_ns(Ns::None, "prst").map(str::to_string);
                            }
                        }
                        (Ns::A, "ext") => {
                            if let Some(s) = shapes.last_mut() {
                                if s.ext.is_none() {
                                    s.ext = dim(r);
                                }
                            }
                        }
                        (Ns::W, "txbxContent") if ev == Ev::Start => {
                            let blocks = self.blocks(r)?;
                            st.boxes.extend(blocks);
                        }
                        _ => {}
                    }
                }
                Ev::End if r.ns() == Ns::Wps && r.local() == "wsp" => {
                    if let Some(s) = shapes.pop() {
                        let ext = s.ext.or(if count == 1 { extent } else { None });
                        let flat = ext
                            .is_some_and(|(cx, cy)| cy <= 3 * EMU_PER_PT && cx >= 20 * EMU_PER_PT);
                        let line = s.connector
                            || matches!(s.geom.as_deref(), Some("line" | "straightConnector1"))
                            || (flat && matches!(s.geom.as_deref(), Some("rect") | None));
                        if line {
                            st.lines = st.lines.saturating_add(1);
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// A VML picture: lines, connectors, flat rectangles, horizontal rules, text boxes.
    fn vml(&mut self, r: &mut XmlReader, st: &mut PState) -> Result<(), DocxError> {
        let depth = r.depth();
        while let Some(ev) = r.next_within(depth)? {
            match ev {
                Ev::Start | Ev::Empty => match (r.ns(), r.local()) {
                    (Ns::V, "line") => st.lines = st.lines.saturating_add(1),
                    (Ns::V, "shape" | "rect") => {
                        let style = r.attr_ns(Ns::None, "style").unwrap_or("");
                        let connector = r
                            .attr_ns(Ns::None, "type")
                            .is_some_and(|t| t.ends_with("_x0000_t32"))
                            || r.attr_ns(Ns::Other, "connectortype").is_some();
                        let hr = r.attr_ns(Ns::Other, "hr").is_some_and(|v| v == "t");
                        let h = vml_length(style, "height");
                        let w = vml_length(style, "width");
                        let flat = h.is_some_and(|h| h <= 3.0) && w.is_some_and(|w| w >= 20.0);
                        if connector || hr || flat {
                            st.lines = st.lines.saturating_add(1);
                        }
                    }
                    (Ns::W, "txbxContent") if ev == Ev::Start => {
                        let blocks = self.blocks(r)?;
                        st.boxes.extend(blocks);
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn page_field_names() {
        assert!(is_page_field(" PAGE   \\* MERGEFORMAT "));
        assert!(!is_page_field("NUMPAGES"));
        assert!(!is_page_field("PAGEREF _Toc1"));
    }

    #[test]
    fn vml_lengths() {
        let close = |v: Option<f64>, want: f64| v.is_some_and(|v| (v - want).abs() < 1e-9);
        assert!(close(
            vml_length("width:120pt;height:.75pt", "height"),
            0.75
        ));
        assert!(close(vml_length("width:1in;height:0", "width"), 72.0));
        assert!(close(vml_length("width:1in;height:0", "height"), 0.0));
    }
}
