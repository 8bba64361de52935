//! Physical lines → cells. A cell is one piece of text as a reader sees it: a whole line
//! in a one-component-per-line draft, one column of a `pdftotext -layout` line, one
//! ` | ` cell or Markdown table cell, one `<br>` line inside such a cell. Markup that is not
//! text (emphasis, heading marks, drawn `-----` lines, page numbers, banners) is trimmed
//! away here so that the detectors see only words. All work is on the folded copy.

use crate::diagnostic::TextRange;
use crate::fold::Folded;

/// One piece of text on a line, trimmed of white space and markup.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cell {
    /// Physical line index.
    pub line: usize,
    /// Folded byte range.
    pub fstart: usize,
    pub fend: usize,
    /// Original byte range.
    pub range: TextRange,
    /// Column index on its line (0 = leftmost cell).
    pub col: usize,
    /// Display column where the cell starts (characters from the line start).
    pub indent: usize,
    /// Whether the line had more than one cell.
    pub shared: bool,
}

#[derive(Debug, Clone)]
pub struct Line {
    /// Original byte range, without the line break.
    pub range: TextRange,
    pub fstart: usize,
    pub fend: usize,
    /// Index of the first cell of this line in the cell list, and the count.
    pub first_cell: usize,
    pub cell_count: usize,
}

impl Line {
    pub fn is_blank(&self) -> bool {
        self.cell_count == 0
    }
}

/// Minimum run of spaces that separates two layout columns.
const COLUMN_GAP: usize = 3;

pub fn split(folded: &Folded) -> (Vec<Line>, Vec<Cell>) {
    let f = folded.text.as_str();
    let mut lines = Vec::new();
    let mut cells = Vec::new();
    let mut start = 0usize;
    let bytes = f.as_bytes();
    let mut i = 0usize;
    while i <= bytes.len() {
        let at_end = i == bytes.len();
        let b = bytes.get(i).copied().unwrap_or(b'\n');
        if at_end || b == b'\n' || b == b'\r' || b == 0x0c {
            let idx = lines.len();
            let first_cell = cells.len();
            split_line(folded, idx, start, i, &mut cells);
            lines.push(Line {
                range: folded.original(start, i),
                fstart: start,
                fend: i,
                first_cell,
                cell_count: cells.len() - first_cell,
            });
            if at_end {
                break;
            }
            // \r\n is one break.
            if b == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    (lines, cells)
}

/// Split one line `[ls, le)` of folded text into cells.
fn split_line(folded: &Folded, line: usize, ls: usize, le: usize, out: &mut Vec<Cell>) {
    let f = folded.text.as_str();
    let Some(text) = f.get(ls..le) else { return };
    let trimmed = text.trim();
    if trimmed.is_empty() || is_noise_line(trimmed) {
        return;
    }
    // Pieces with their table-cell index: `<br>` lines of one table cell share it.
    let mut pieces: Vec<(usize, usize, usize)> = Vec::new();
    if text.contains('|') {
        // Table row or docx cells joined with " | ".
        let mut segments = Vec::new();
        let mut s = ls;
        for (off, ch) in text.char_indices() {
            if ch == '|' {
                segments.push((s, ls + off));
                s = ls + off + 1;
            }
        }
        segments.push((s, le));
        let mut col = 0usize;
        for (a, b) in segments {
            let before = pieces.len();
            for (x, y) in split_br(f, a, b) {
                if clean_piece(f, x, y).is_some() {
                    pieces.push((x, y, col));
                }
            }
            if pieces.len() > before {
                col += 1;
            }
        }
    } else {
        pieces = split_gaps(f, ls, le)
            .into_iter()
            .enumerate()
            .map(|(i, (a, b))| (a, b, i))
            .collect();
    }
    let first = out.len();
    let mut col_seen = 0usize;
    for (a, b, col) in pieces {
        if let Some((a, b)) = clean_piece(f, a, b) {
            out.push(Cell {
                line,
                fstart: a,
                fend: b,
                range: folded.original(a, b),
                col: col.min(col_seen),
                indent: f.get(ls..a).map(|s| s.chars().count()).unwrap_or(0),
                shared: false,
            });
            col_seen = col.min(col_seen) + 1;
        }
    }
    let columns = out.iter().skip(first).map(|c| c.col).max().unwrap_or(0);
    if columns > 0 {
        for c in out.iter_mut().skip(first) {
            c.shared = true;
        }
    }
}

/// Whole lines that carry no text: drawn lines, Markdown table rules, page numbers,
/// form-feed leftovers, extraction banners.
fn is_noise_line(t: &str) -> bool {
    if is_drawn(t) {
        return true;
    }
    // Markdown table separator: | --- | :---: |
    if t.starts_with('|') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ')) {
        return true;
    }
    // Page numbers: "2", "- 2 -", "trang 2".
    let core = t.trim_matches(|c: char| c == '-' || c == ' ');
    if !core.is_empty() && core.len() <= 3 && core.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    if let Some(rest) = core.strip_prefix("trang ") {
        if rest
            .chars()
            .all(|c| c.is_ascii_digit() || c == '/' || c == ' ')
        {
            return true;
        }
    }
    // "[Bản trích chữ tự động …]" banners of the extraction tools; e-signature stamps.
    if t.starts_with("[ban trich") || t.starts_with("ky boi") || t.starts_with("thoi gian ky") {
        return true;
    }
    false
}

/// A drawn rule: only dashes, underscores, equals, stars (at least three), or a lone `*`.
pub fn is_drawn(t: &str) -> bool {
    let t = t.trim();
    if t == "*" {
        return true;
    }
    // Stops at the first letter, so text lines cost one character.
    let mut marks = 0usize;
    for c in t.chars() {
        match c {
            '-' | '_' | '=' | '*' => marks += 1,
            ' ' => {}
            _ => return false,
        }
    }
    marks >= 3
}

fn split_br(f: &str, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let Some(s) = f.get(a..b) else { return out };
    let mut start = a;
    let mut search = 0usize;
    while let Some(pos) = s.get(search..).and_then(|r| r.find("<br")) {
        let at = search + pos;
        let close = s
            .get(at..)
            .and_then(|r| r.find('>'))
            .map(|c| at + c + 1)
            .unwrap_or(at + 3);
        out.push((start, a + at));
        start = a + close;
        search = close;
    }
    out.push((start, b));
    out
}

/// Split a layout line on runs of spaces, then glue back pieces that belong together
/// (a blank number `Số:      /TB-UBND`, a blank date `ngày      tháng    năm`).
fn split_gaps(f: &str, ls: usize, le: usize) -> Vec<(usize, usize)> {
    let Some(text) = f.get(ls..le) else {
        return Vec::new();
    };
    let mut raw: Vec<(usize, usize)> = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0usize;
    let mut piece_start: Option<usize> = None;
    while i < bytes.len() {
        if bytes.get(i) == Some(&b' ') {
            let mut j = i;
            while bytes.get(j) == Some(&b' ') {
                j += 1;
            }
            if j - i >= COLUMN_GAP {
                if let Some(s) = piece_start.take() {
                    raw.push((ls + s, ls + i));
                }
            }
            i = j;
        } else {
            if piece_start.is_none() {
                piece_start = Some(i);
            }
            i += 1;
        }
    }
    if let Some(s) = piece_start {
        raw.push((ls + s, le));
    }
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in raw {
        if let Some(last) = merged.last_mut() {
            let prev = f.get(last.0..last.1).unwrap_or("");
            let cur = f.get(a..b).unwrap_or("");
            if belongs_together(prev, cur) {
                last.1 = b;
                continue;
            }
        }
        merged.push((a, b));
    }
    merged
}

fn belongs_together(prev: &str, cur: &str) -> bool {
    let prev = prev.trim_end();
    let last_word = prev.rsplit(' ').next().unwrap_or("");
    let ends_open = matches!(last_word, "so:" | "so" | "ngay" | "thang" | "nam" | "/")
        || last_word.ends_with('/')
        || (last_word.chars().all(|c| c.is_ascii_digit())
            && (prev.starts_with("so") || prev.contains("ngay")))
        || last_word.chars().all(|c| c == '.' || c == '_');
    let starts_open =
        cur.starts_with('/') || cur.starts_with("thang") || cur.starts_with("nam ") || cur == "nam";
    (ends_open
        && (starts_open || cur.starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == '_')))
        || (starts_open
            && (prev.contains("ngay")
                || prev.contains("so")
                || last_word.chars().all(|c| c.is_ascii_digit())))
}

/// Trim white space and markup from a piece; `None` when nothing is left.
fn clean_piece(f: &str, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    loop {
        let s = f.get(a..b)?;
        let before = (a, b);
        let t = s.trim_start();
        a += s.len() - t.len();
        let t = t.trim_end();
        b = a + t.len();
        // Markdown heading marks and block quotes.
        if let Some(rest) = t.strip_prefix('#').or_else(|| t.strip_prefix('>')) {
            a += t.len() - rest.len();
        }
        let t = f.get(a..b)?;
        // Emphasis markers at both ends.
        let lead = t.len() - t.trim_start_matches('*').len();
        a += lead.min(3);
        let t = f.get(a..b)?;
        let trail = t.len() - t.trim_end_matches(['*']).len();
        b -= trail.min(3);
        // A drawn rule glued to the end of a cell: "VĂN PHÒNG CHÍNH PHỦ -------".
        let t = f.get(a..b)?;
        if let Some(pos) = t.rfind(' ') {
            if let Some(tail) = t.get(pos..) {
                if is_drawn(tail) && pos > 0 {
                    b = a + pos;
                }
            }
        }
        if (a, b) == before {
            break;
        }
    }
    let t = f.get(a..b)?;
    if t.is_empty() || is_drawn(t) {
        return None;
    }
    Some((a, b))
}
