//! Blocks → the plain text the segmenter reads, with the formatting map.
//!
//! Paragraphs become lines. A table row becomes as many lines as its fullest cell has
//! lines, line *k* holding line *k* of every cell joined with ` | ` — the way the header
//! table reads on paper (`ỦY BAN NHÂN DÂN TỈNH | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM`, then
//! `VĂN PHÒNG | Độc lập - Tự do - Hạnh phúc`) and the shape of the corpus's Word exports.
//! Empty lines inside a cell are dropped (they only make room for a stamp or a signature),
//! so the signature lines sit beside the Nơi nhận list as in `pdftotext -layout` output.
//! A line whose left cells are empty starts with spaces up to a right-hand column, so that
//! it still reads as the right column.
//!
//! The page count is estimated on the way (line heights from sizes and spacing, line
//! lengths from an average glyph width of Times New Roman).

use super::body::{Block, PBlock, Piece, TBlock};
use super::format::{CharFormat, LineSpacing, Para, Run};
use crate::diagnostic::TextRange;

/// Separator between cells on a line.
const SEP: &str = " | ";
/// Indent (spaces) of a line whose left cells are all empty: the segmenter reads a lone
/// cell from this column on as the right column.
const RIGHT_INDENT: usize = 40;
/// Paragraphs (outside tables) at the top of the document where a tab between two texts is
/// a column gap (`ỦY BAN NHÂN DÂN⇥⇥CỘNG HÒA…` in drafts laid out with tabs, not a table).
const HEADER_PARAGRAPHS: usize = 12;
/// What such a tab becomes: a gap the segmenter reads as a column break (it folds a tab
/// to one space, and splits columns at three).
const COLUMN_GAP: &str = "    ";

#[derive(Debug, Clone)]
struct Frag {
    text: String,
    format: Option<CharFormat>,
    para: Option<usize>,
    label: bool,
}

type Line = Vec<Frag>;

/// Page geometry of a section for the page estimate (twips).
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub text_width: i32,
    pub text_height: i32,
}

pub struct Writer<'g> {
    pub text: String,
    pub runs: Vec<Run>,
    pub paras: Vec<Para>,
    pub styles: Vec<String>,
    /// `(range, paragraph)` in the order written, which is text order: sorted by start.
    pub index: Vec<(TextRange, u32)>,
    /// First text offset of each section index.
    pub section_starts: Vec<Option<usize>>,
    pub section_tables: Vec<bool>,
    next_cell: u32,
    geometry: &'g [Geometry],
    /// Flow paragraphs written so far.
    flow: usize,
    /// Page estimate: whole pages done and the height used on the current one.
    pages: f64,
    used: f64,
}

impl<'g> Writer<'g> {
    pub fn new(geometry: &'g [Geometry]) -> Self {
        Writer {
            text: String::new(),
            runs: Vec::new(),
            paras: Vec::new(),
            styles: Vec::new(),
            index: Vec::new(),
            section_starts: Vec::new(),
            section_tables: Vec::new(),
            next_cell: 0,
            geometry,
            flow: 0,
            pages: 0.0,
            used: 0.0,
        }
    }

    /// Estimated page count so far.
    pub fn estimate(&self) -> f64 {
        let h = f64::from(
            self.geometry
                .first()
                .map_or(13_000, |g| g.text_height.max(1440)),
        );
        self.pages + self.used / h
    }

    fn geometry(&self, section: u32) -> Geometry {
        self.geometry
            .get(section as usize)
            .or(self.geometry.last())
            .copied()
            .unwrap_or(Geometry {
                text_width: 9_000,
                text_height: 13_000,
            })
    }

    fn advance(&mut self, height: f64, section: u32, breaks: u32) {
        let page = f64::from(self.geometry(section).text_height.max(1440));
        for _ in 0..breaks.min(10_000) {
            self.pages += 1.0;
            self.used = 0.0;
        }
        self.used += height;
        while self.used > page {
            self.pages += 1.0;
            self.used -= page;
        }
    }

    fn mark_section(&mut self, section: u32, at: usize) {
        let i = section as usize;
        if self.section_starts.len() <= i {
            self.section_starts.resize(i + 1, None);
            self.section_tables.resize(i + 1, false);
        }
        if let Some(slot) = self.section_starts.get_mut(i) {
            slot.get_or_insert(at);
        }
    }

    fn style_id(&mut self, style: &str) -> u16 {
        if let Some(i) = self.styles.iter().position(|s| s == style) {
            return u16::try_from(i).unwrap_or(0);
        }
        self.styles.push(style.to_string());
        u16::try_from(self.styles.len() - 1).unwrap_or(0)
    }

    fn new_para(&mut self, p: &PBlock, cell: Option<u32>, text_box: bool) -> usize {
        let style = self.style_id(&p.style);
        self.paras.push(Para {
            ranges: Vec::new(),
            format: p.format,
            style,
            cell,
            text_box,
            section: p.section,
            border_bottom: p.border_bottom,
            border_top: p.border_top,
            drawn_lines: p.drawn_lines,
            empty: !p.has_text(),
        });
        self.paras.len() - 1
    }

    /// Append text with a format (merged into the previous run when it continues it).
    fn put(&mut self, s: &str, format: Option<CharFormat>, para: Option<usize>, label: bool) {
        let start = self.text.len();
        self.text.push_str(s);
        let end = self.text.len();
        let (Some(format), Some(para)) = (format, para) else {
            return;
        };
        let para32 = u32::try_from(para).unwrap_or(u32::MAX);
        if let Some(last) = self.runs.last_mut() {
            if last.range.end == start
                && last.format == format
                && last.para == para32
                && last.label == label
            {
                last.range.end = end;
                return;
            }
        }
        self.runs.push(Run {
            range: TextRange::new(start, end),
            format,
            label,
            para: para32,
        });
    }

    fn add_range(&mut self, para: usize, range: TextRange) {
        let id = u32::try_from(para).unwrap_or(u32::MAX);
        if let Some(p) = self.paras.get_mut(para) {
            match p.ranges.last_mut() {
                Some(last) if last.end == range.start => last.end = range.end,
                _ => p.ranges.push(range),
            }
        }
        match self.index.last_mut() {
            Some((last, p)) if *p == id && last.end == range.start => last.end = range.end,
            _ => self.index.push((range, id)),
        }
    }

    pub fn blocks(&mut self, blocks: &[Block]) {
        for b in blocks {
            match b {
                Block::P(p) => self.flow_para(p, false),
                Block::T(t) => self.table(t),
            }
        }
    }

    fn flow_para(&mut self, p: &PBlock, text_box: bool) {
        let idx = self.new_para(p, None, text_box);
        let start = self.text.len();
        self.mark_section(p.section, start);
        if let Some((l, f)) = &p.label {
            self.put(l, Some(*f), Some(idx), true);
        }
        let columns = !text_box && self.flow < HEADER_PARAGRAPHS && tab_columns(p);
        if !text_box && p.has_text() {
            self.flow += 1;
        }
        let mut seen_text = false;
        for piece in &p.pieces {
            match piece {
                Piece::Text(t, f) if columns && t.contains('\t') => {
                    // Tabs after some text are column gaps; leading ones stay tabs.
                    let mut out = String::with_capacity(t.len() + 8);
                    for c in t.chars() {
                        if c == '\t' && seen_text {
                            out.push_str(COLUMN_GAP);
                        } else {
                            seen_text |= !c.is_whitespace();
                            out.push(c);
                        }
                    }
                    self.put(&out, Some(*f), Some(idx), false);
                }
                Piece::Text(t, f) => {
                    seen_text |= t.chars().any(|c| !c.is_whitespace());
                    self.put(t, Some(*f), Some(idx), false);
                }
                Piece::Break => {
                    seen_text = false;
                    self.text.push('\n');
                }
            }
        }
        let end = self.text.len();
        self.add_range(idx, TextRange::new(start, end));
        self.text.push('\n');
        let g = self.geometry(p.section);
        let h = para_height(p, g.text_width);
        self.advance(h, p.section, p.page_breaks);
        for b in &p.boxes {
            match b {
                Block::P(bp) => self.flow_para(bp, true),
                Block::T(t) => self.table(t),
            }
        }
    }

    fn table(&mut self, t: &TBlock) {
        let start = self.text.len();
        self.mark_section(t.section, start);
        if let Some(slot) = self.section_tables.get_mut(t.section as usize) {
            *slot = true;
        }
        let first_para = self.paras.len();
        let (lines, height) = self.table_lines(t);
        for line in lines {
            self.write_line(&line);
            self.text.push('\n');
        }
        // Paragraphs that printed nothing (empty cell paragraphs): an empty range where the
        // table starts.
        for p in self.paras.iter_mut().skip(first_para) {
            if p.ranges.is_empty() {
                p.ranges.push(TextRange::empty(start));
            }
        }
        self.advance(height, t.section, 0);
    }

    fn write_line(&mut self, line: &Line) {
        let leading_blank = line
            .iter()
            .take_while(|f| f.para.is_none() || f.text.trim().is_empty())
            .any(|f| f.text == SEP);
        let mut frags = line.iter().peekable();
        if leading_blank {
            // Drop the empty left cells and their separators: indent instead.
            while frags
                .peek()
                .is_some_and(|f| f.para.is_none() || f.text.trim().is_empty())
            {
                frags.next();
            }
            self.text.push_str(&" ".repeat(RIGHT_INDENT));
        }
        for f in frags {
            let start = self.text.len();
            self.put(&f.text, f.format, f.para, f.label);
            if let Some(p) = f.para {
                let end = self.text.len();
                self.add_range(p, TextRange::new(start, end));
            }
        }
    }

    /// The lines of a table and its estimated height (twips).
    fn table_lines(&mut self, t: &TBlock) -> (Vec<Line>, f64) {
        let mut out: Vec<Line> = Vec::new();
        let mut height = 0.0;
        let width = self.geometry(t.section).text_width;
        for row in &t.rows {
            let n_cells = row.len().max(1);
            let cell_width = width / i32::try_from(n_cells).unwrap_or(1).max(1);
            let mut cells: Vec<Vec<Line>> = Vec::new();
            let mut row_height: f64 = 0.0;
            for cell in row {
                let id = self.next_cell;
                self.next_cell = self.next_cell.saturating_add(1);
                let (lines, h) = self.cell_lines(cell, id, cell_width);
                row_height = row_height.max(h);
                cells.push(lines);
            }
            height += row_height;
            let n = cells.iter().map(Vec::len).max().unwrap_or(0);
            for k in 0..n {
                let Some(last) = cells.iter().rposition(|c| c.get(k).is_some()) else {
                    continue;
                };
                let mut line: Line = Vec::new();
                for (ci, c) in cells.iter().enumerate().take(last + 1) {
                    if ci > 0 {
                        line.push(Frag {
                            text: SEP.to_string(),
                            format: None,
                            para: None,
                            label: false,
                        });
                    }
                    if let Some(l) = c.get(k) {
                        line.extend(l.iter().cloned());
                    }
                }
                out.push(line);
            }
        }
        (out, height)
    }

    /// The non-empty lines of a cell and its estimated height.
    fn cell_lines(&mut self, blocks: &[Block], cell: u32, width: i32) -> (Vec<Line>, f64) {
        let mut out: Vec<Line> = Vec::new();
        let mut height = 0.0;
        for b in blocks {
            match b {
                Block::P(p) => {
                    height += para_height(p, width);
                    self.para_lines(p, cell, false, &mut out);
                }
                Block::T(t) => {
                    let (lines, h) = self.table_lines(t);
                    height += h;
                    out.extend(lines);
                }
            }
        }
        (out, height)
    }

    fn para_lines(&mut self, p: &PBlock, cell: u32, text_box: bool, out: &mut Vec<Line>) {
        let idx = self.new_para(p, Some(cell), text_box);
        let mut line: Line = Vec::new();
        if let Some((l, f)) = &p.label {
            line.push(Frag {
                text: l.clone(),
                format: Some(*f),
                para: Some(idx),
                label: true,
            });
        }
        let flush = |line: &mut Line, out: &mut Vec<Line>| {
            if line.iter().any(|f| !f.text.trim().is_empty() && !f.label) {
                out.push(std::mem::take(line));
            } else {
                line.clear();
            }
        };
        for piece in &p.pieces {
            match piece {
                Piece::Text(t, f) => line.push(Frag {
                    text: t.clone(),
                    format: Some(*f),
                    para: Some(idx),
                    label: false,
                }),
                Piece::Break => flush(&mut line, out),
            }
        }
        flush(&mut line, out);
        for b in &p.boxes {
            match b {
                Block::P(bp) => self.para_lines(bp, cell, true, out),
                Block::T(t) => {
                    let (lines, _) = self.table_lines(t);
                    out.extend(lines);
                }
            }
        }
    }
}

/// Whether a paragraph lays out columns with tabs: a tab with text on both sides.
fn tab_columns(p: &PBlock) -> bool {
    let mut text = String::new();
    for piece in &p.pieces {
        match piece {
            Piece::Text(t, _) => text.push_str(t),
            Piece::Break => text.push('\n'),
        }
    }
    text.lines().any(|l| {
        let l = l.trim();
        l.contains('\t') && !l.starts_with('\t')
    })
}

/// Estimated height of a paragraph (twips) in a column `width` twips wide.
fn para_height(p: &PBlock, width: i32) -> f64 {
    let mut chars = 0usize;
    let mut breaks = 0usize;
    let mut size = None;
    if let Some((l, _)) = &p.label {
        chars += l.chars().count();
    }
    for piece in &p.pieces {
        match piece {
            Piece::Text(t, f) => {
                chars += t.chars().count();
                size.get_or_insert(f.size);
            }
            Piece::Break => breaks += 1,
        }
    }
    let pt = f64::from(size.unwrap_or(p.mark.size).max(2)) / 2.0;
    let avail = f64::from((width - p.format.ind_left - p.format.ind_right).max(1440));
    // Times New Roman averages about 0.47 em per character in Vietnamese text.
    let text_width = chars as f64 * 0.47 * pt * 20.0;
    let lines = (text_width / avail).ceil().max(1.0) + breaks as f64;
    let single = 1.15 * pt * 20.0;
    let line_height = match p.format.line {
        LineSpacing::Auto(v) => single * f64::from(v.max(1)) / 240.0,
        LineSpacing::Exact(v) => f64::from(v),
        LineSpacing::AtLeast(v) => f64::from(v).max(single),
    };
    let auto = |on: bool| if on { 280.0 } else { 0.0 };
    lines * line_height
        + f64::from(p.format.before.max(0))
        + f64::from(p.format.after.max(0))
        + auto(p.format.before_auto)
        + auto(p.format.after_auto)
}
