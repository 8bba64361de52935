//! The segmenter: a pasted draft → its Nghị định 30 components (spec §1–§2), with exact
//! byte ranges over the original text.
//!
//! Detection is pattern-first: each component is recognised by what it says (the national
//! title, `Số: …/…`, `…, ngày … tháng … năm …`, a type name, `Kính gửi`, `Nơi nhận`,
//! `TM.`/`KT.`/…), matched on a folded copy (no diacritics, lower case), so one-per-line
//! drafts, `pdftotext -layout` columns, ` | ` cells, Markdown tables, NFD text and OCR
//! damage all read alike. Layout only decides what is left of what (issuer vs national
//! title, Nơi nhận vs signature).

pub mod lines;
pub mod patterns;
mod signature;

use std::sync::OnceLock;

use crate::component::{Component, ComponentKind, Part};
use crate::diagnostic::TextRange;
use crate::doctype::DocType;
use crate::document::{DateField, Document, IssueDate, SoKyHieu};
use crate::fold::{fold, Folded};
pub(crate) use crate::text::is_upper;
use crate::text::trim_range;
use lines::{Cell, Line};

/// How much of a cell the header patterns look at.
const HEAD_SCAN: usize = 600;

/// Display column from which a lone cell on a layout line counts as the right column.
const RIGHT_COLUMN: usize = 30;

/// Segment a draft. `type_override` replaces type detection (components are found the same way).
pub fn segment(text: &str, type_override: Option<DocType>) -> Document<'_> {
    let folded = Folded::new(text);
    let (lines, cells) = lines::split(&folded);
    let mut seg = Segmenter {
        text,
        folded: &folded,
        lines: &lines,
        cells: &cells,
        found: Vec::new(),
    };
    let outcome = seg.run();
    let found = seg.found;
    let (doc_type, type_detected) = match type_override {
        Some(t) => (t, false),
        None => (outcome.detected_type, true),
    };
    let mut components = found;
    crate::sort::sort_by_key(&mut components, |c| (c.range().start, c.kind));
    Document {
        text,
        folded,
        lines,
        cells,
        doc_type,
        type_detected,
        components,
        so_ky_hieu: outcome.so_ky_hieu,
        issue_date: outcome.issue_date,
        docx: None,
        shared: Default::default(),
    }
}

struct Outcome {
    detected_type: DocType,
    so_ky_hieu: Option<SoKyHieu>,
    issue_date: Option<IssueDate>,
}

struct Segmenter<'s> {
    text: &'s str,
    folded: &'s Folded,
    lines: &'s [Line],
    cells: &'s [Cell],
    found: Vec<Component>,
}

/// A cell located by index into `cells`.
type CellIx = usize;

impl<'s> Segmenter<'s> {
    fn f(&self, c: &Cell) -> &'s str {
        self.folded.text.get(c.fstart..c.fend).unwrap_or("")
    }

    /// The folded text of a cell, cut to its first `HEAD_SCAN` bytes: header patterns
    /// stand at the start of a cell, and a hostile 10 MB line must not be scanned by every
    /// pattern.
    fn fh(&self, c: &Cell) -> &'s str {
        let t = self.f(c);
        let mut end = t.len().min(HEAD_SCAN);
        while !t.is_char_boundary(end) {
            end -= 1;
        }
        t.get(..end).unwrap_or("")
    }

    fn o(&self, r: TextRange) -> &'s str {
        self.text.get(r.start..r.end).unwrap_or("")
    }

    fn cell(&self, i: CellIx) -> Option<&'s Cell> {
        self.cells.get(i)
    }

    fn line_cells(&self, line: usize) -> &'s [Cell] {
        match self.lines.get(line) {
            Some(l) => self
                .cells
                .get(l.first_cell..l.first_cell + l.cell_count)
                .unwrap_or(&[]),
            None => &[],
        }
    }

    fn push(&mut self, kind: ComponentKind, ranges: Vec<TextRange>) {
        // Components never share text: a piece already read as another component is not
        // read again (two rules would otherwise fix the same text two ways).
        let ranges: Vec<TextRange> = ranges
            .into_iter()
            .filter(|r| !r.is_empty())
            .filter(|r| {
                !self
                    .found
                    .iter()
                    .flat_map(|c| c.parts.iter())
                    .any(|p| overlaps(p.range, *r))
            })
            .collect();
        if !ranges.is_empty() && !self.found.iter().any(|c| c.kind == kind) {
            self.found.push(Component::from_ranges(kind, ranges));
        }
    }

    /// Original range of folded `[a, b)`.
    fn orig(&self, a: usize, b: usize) -> TextRange {
        self.folded.original(a, b)
    }

    /// Is this cell in the right column of a layout (a shared line's later cell, or a lone
    /// cell indented far to the right)?
    fn is_right(&self, c: &Cell) -> bool {
        if c.shared {
            c.col > 0
        } else {
            c.indent >= RIGHT_COLUMN
        }
    }

    fn run(&mut self) -> Outcome {
        let n_cells = self.cells.len();
        let first_line_of = |k: Option<CellIx>| k.and_then(|i| self.cells.get(i)).map(|c| c.line);

        let noi_nhan = (0..n_cells).find(|&i| {
            self.cell(i)
                .is_some_and(|c| starts_word(self.f(c), "noi nhan"))
        });
        let kinh_gui = (0..n_cells)
            .take_while(|&i| noi_nhan.is_none_or(|n| i < n))
            .find(|&i| {
                self.cell(i)
                    .is_some_and(|c| find_word(self.fh(c), "kinh gui").is_some())
            });
        let limit_ix = noi_nhan.or(kinh_gui).unwrap_or(n_cells);
        let ten_loai = (0..limit_ix).find_map(|i| self.type_name_in(i).map(|t| (i, t)));

        // Where the header ends: the type name, else Kính gửi, else the first body-like line.
        // A copy (bản sao) prints its number and date under `SAO Y`.
        let copy_extra = if ten_loai.is_some_and(|(_, t)| t.is_copy()) {
            2
        } else {
            0
        };
        let header_limit = first_line_of(ten_loai.map(|(i, _)| i))
            .map(|l| l + copy_extra)
            .or(first_line_of(kinh_gui))
            .unwrap_or_else(|| self.first_body_like_line());
        // The header never reaches the footer.
        let header_limit = match first_line_of(noi_nhan) {
            Some(nn) if nn > 0 && copy_extra == 0 => header_limit.min(nn - 1),
            _ => header_limit,
        };

        let party = (0..n_cells)
            .filter(|&i| self.cell(i).is_some_and(|c| c.line <= header_limit))
            .any(|i| self.cell(i).is_some_and(|c| patterns::party(self.fh(c))));

        self.find_national_title(header_limit);
        let so_ky_hieu = self.find_so_ky_hieu(header_limit);
        let issue_date = self.find_issue_date(header_limit);
        self.find_marks(header_limit);
        self.find_issuer(header_limit, so_ky_hieu.map(|s| s.range));

        let mut title_end_line = header_limit;
        if let Some((i, t)) = ten_loai {
            title_end_line = self.find_title(i, t);
        }
        let vv = self.find_vv(header_limit, kinh_gui);
        if let Some(end) = vv {
            title_end_line = title_end_line.max(end);
        }
        if let Some(k) = kinh_gui {
            title_end_line = title_end_line.max(self.find_kinh_gui(k));
        }

        let header_last = self.found.iter().map(|c| self.line_of(c.range().end)).max();
        let body_from = match header_last {
            Some(h) => title_end_line.max(h) + 1,
            None => 0,
        };
        let footer = self.find_footer(title_end_line, noi_nhan);
        let body_to = footer.unwrap_or(self.lines.len());
        self.find_body(body_from, body_to);

        let detected_type = if party {
            DocType::VanBanDang
        } else {
            self.detect_type(
                ten_loai.map(|(_, t)| t),
                so_ky_hieu,
                vv.is_some(),
                kinh_gui.is_some(),
            )
        };
        Outcome {
            detected_type,
            so_ky_hieu,
            issue_date,
        }
    }

    fn line_of(&self, offset: usize) -> usize {
        self.lines
            .partition_point(|l| l.range.end < offset)
            .min(self.lines.len().saturating_sub(1))
    }

    /// The first line that reads like body text (long, or opening like a body), or line 25.
    fn first_body_like_line(&self) -> usize {
        for c in self.cells {
            let t = self.f(c);
            if c.fend - c.fstart > 160 || BODY_OPENERS.iter().any(|o| t.starts_with(o)) {
                return c.line.saturating_sub(1);
            }
        }
        self.lines.len().min(25)
    }

    /// The document type named by cell `i`, if the cell is a type name (tên loại).
    fn type_name_in(&self, i: CellIx) -> Option<DocType> {
        let c = self.cell(i)?;
        let t = self.f(c);
        if t.ends_with(':') || t.len() > 120 {
            return None;
        }
        // Most cells are body text: a type name's first word is a cheap first test.
        let first = t.split(' ').next().unwrap_or("");
        if !type_names()
            .iter()
            .any(|(_, n)| n.split(' ').next() == Some(first))
        {
            return None;
        }
        let squeezed = squeeze(t);
        type_names()
            .iter()
            .find(|(d, name)| {
                squeezed == *name
                    || (squeezed.starts_with(name.as_str())
                        && squeezed.as_bytes().get(name.len()) == Some(&b' ')
                        && is_upper(self.o(c.range))
                        && !d.is_copy())
            })
            .map(|(d, _)| *d)
    }

    fn find_national_title(&mut self, header_limit: usize) {
        // Unambiguous strings: search the header first, then anywhere before the body
        // (a misplaced national title is reported by the order rule, not as missing).
        for (kind, find) in [
            (
                ComponentKind::QuocHieu,
                patterns::quoc_hieu as fn(&str) -> _,
            ),
            (ComponentKind::TieuNgu, patterns::tieu_ngu),
        ] {
            // Whole lines, not cells: a gap of spaces inside the title must not split it.
            let hit = self
                .lines
                .iter()
                .take(header_limit + 4)
                .filter(|l| !l.is_blank())
                .find_map(|l| {
                    let mut end = l.fend.min(l.fstart + 4 * HEAD_SCAN);
                    while !self.folded.text.is_char_boundary(end) {
                        end -= 1;
                    }
                    let t = self.folded.text.get(l.fstart..end)?;
                    find(t).map(|(a, b)| self.orig(l.fstart + a, l.fstart + b))
                });
            if let Some(r) = hit {
                self.push(kind, vec![r]);
            }
        }
    }

    fn find_so_ky_hieu(&mut self, header_limit: usize) -> Option<SoKyHieu> {
        let mut best: Option<(bool, SoKyHieu)> = None;
        for c in self.cells.iter().filter(|c| c.line <= header_limit) {
            let t = self.fh(c);
            for m in patterns::so_matches(t) {
                let (all, colon, slash, sym) = (m.all, m.colon, m.slash, m.symbol);
                let has_colon = colon.1 > colon.0;
                // "SỐ 1050/QĐ-SCT" inside an issuer name is not the document's number.
                let label = self.orig(c.fstart + all.0, c.fstart + all.0 + 2);
                if !has_colon && is_upper(self.o(label)) {
                    continue;
                }
                let number = match m.number {
                    Some(n) => self.field(c, t, n),
                    // The blank between the label (and colon) and the slash.
                    None => DateField {
                        range: self.orig(c.fstart + colon.1.max(all.0 + 2), c.fstart + slash.0),
                        value: None,
                    },
                };
                // A spaced dash followed by a word that is not an upper-case abbreviation
                // ends the symbol (`125/TB-VP – Lạng Sơn, ngày …`).
                let sym_end = {
                    let mut end = sym.1;
                    let groups = t.get(sym.0..sym.1).unwrap_or("");
                    let mut at = sym.0;
                    for (k, g) in groups.split('-').enumerate() {
                        let g_start = at;
                        at += g.len() + 1;
                        if k == 0 || !g.starts_with(' ') {
                            continue;
                        }
                        let word =
                            self.o(self.orig(c.fstart + g_start, c.fstart + g_start + g.len()));
                        if !is_upper(word.trim()) {
                            end = g_start.saturating_sub(1);
                            break;
                        }
                    }
                    let kept = t.get(sym.0..end).unwrap_or("");
                    sym.0 + kept.trim_end().len()
                };
                let all_end = if sym_end < sym.1 { sym_end } else { all.1 };
                let found = SoKyHieu {
                    range: self.orig(c.fstart + all.0, c.fstart + all_end),
                    label,
                    has_colon,
                    number,
                    year: m.year.map(|(a, b)| self.orig(c.fstart + a, c.fstart + b)),
                    symbol: self.orig(c.fstart + sym.0, c.fstart + sym_end),
                };
                let better = match &best {
                    None => true,
                    Some((best_colon, _)) => has_colon && !best_colon,
                };
                if better {
                    best = Some((has_colon, found));
                }
            }
            if best.as_ref().is_some_and(|(colon, _)| *colon) {
                break;
            }
        }
        let (_, s) = best?;
        self.push(ComponentKind::SoKyHieu, vec![s.range]);
        Some(s)
    }

    fn find_issue_date(&mut self, header_limit: usize) -> Option<IssueDate> {
        for c in self.cells.iter().filter(|c| c.line <= header_limit) {
            let t = self.fh(c);
            if let Some(dw) = patterns::date_words(t) {
                let all = dw.all;
                let place = self.place_before(c, all.0);
                let field = |g: Option<patterns::Span>, gap_from: usize, gap_to: usize| match g {
                    Some(m) => self.field(c, t, m),
                    None => DateField {
                        range: self.orig(c.fstart + gap_from, c.fstart + gap_to),
                        value: None,
                    },
                };
                let s = all.0;
                let word_at = |w: &str| {
                    t.get(s..all.1)
                        .and_then(|x| x.find(w))
                        .map(|p| s + p)
                        .unwrap_or(s)
                };
                let (thang, nam) = (word_at("thang"), word_at("nam"));
                let without_ngay = dw.ngay.is_none();
                let day = match dw.ngay {
                    None => field(dw.day, s, thang),
                    Some(_) => field(dw.day, s + 4, thang),
                };
                let month = field(dw.month, thang + 5, nam);
                let year = field(dw.year, nam + 3, all.1);
                let end = self.orig(c.fstart + all.1, c.fstart + all.1).start;
                let start = if place.is_empty() {
                    self.orig(c.fstart + s, c.fstart + s).start
                } else {
                    place.start
                };
                let d = IssueDate {
                    range: trim_range(self.text, TextRange::new(start, end)),
                    place,
                    day,
                    month,
                    year,
                    numeric: false,
                    without_ngay,
                };
                self.push(ComponentKind::DiaDanhThoiGian, vec![d.range]);
                return Some(d);
            }
            if let Some(dn) = patterns::date_numeric(t) {
                let all = dn.all;
                let place = self.place_before(c, all.0);
                // Without a comma, only a cell that is just `<place> <date>` counts (a
                // `… ngày 29/6/2026 của Bộ …` inside a V/v line is no header date).
                let bare = dn.comma.is_none();
                let place_text = self.o(place);
                let plain_place = !place_text.is_empty()
                    && !place_text
                        .contains(|ch: char| ch.is_ascii_digit() || ch == '/' || ch == ':')
                    && place_text.split_whitespace().count() <= 5
                    && self.orig(c.fstart, c.fstart).start == place.start;
                if place.is_empty() || (bare && !plain_place) {
                    continue;
                }
                let range = TextRange::new(
                    place.start,
                    self.orig(c.fstart + all.1, c.fstart + all.1).start,
                );
                let date = IssueDate {
                    range,
                    place,
                    day: self.field(c, t, dn.day),
                    month: self.field(c, t, dn.month),
                    year: self.field(c, t, dn.year),
                    numeric: true,
                    without_ngay: !t.get(all.0..all.1).is_some_and(|x| x.contains("ngay")),
                };
                self.push(ComponentKind::DiaDanhThoiGian, vec![date.range]);
                return Some(date);
            }
        }
        None
    }

    /// A matched number of cell `c` (folded text `t`): its original range and value.
    fn field(&self, c: &Cell, t: &str, (a, b): patterns::Span) -> DateField {
        DateField {
            range: self.orig(c.fstart + a, c.fstart + b),
            value: t.get(a..b).and_then(|x| x.parse().ok()),
        }
    }

    /// The place name before folded position `at` of cell `c` (before its comma).
    fn place_before(&self, c: &Cell, at: usize) -> TextRange {
        let t = self.f(c);
        let Some(before) = t.get(..at) else {
            return TextRange::default();
        };
        let before = before.trim_end();
        let before = before.strip_suffix(',').unwrap_or(before).trim_end();
        if before.is_empty() {
            return TextRange::default();
        }
        // Long preceding text (a merged line): keep the last few words only; never reach
        // back over a number or a label (`Số: 05/TB-UBND Hà Nội ngày …`).
        let mut start = before
            .rfind(['/', ':', '|'])
            .and_then(|p| {
                before
                    .get(p..)
                    .and_then(|r| r.find(' '))
                    .map(|sp| p + sp + 1)
            })
            .unwrap_or(0);
        if before.len() - start > 60 {
            let words: Vec<usize> = before.match_indices(' ').map(|(i, _)| i + 1).collect();
            start = start.max(
                words
                    .len()
                    .checked_sub(4)
                    .and_then(|k| words.get(k))
                    .copied()
                    .unwrap_or(0),
            );
        }
        // Not a dash or other mark left between the number and the place.
        while before
            .get(start..)
            .is_some_and(|r| r.starts_with(|ch: char| !ch.is_alphanumeric()))
        {
            start += before
                .get(start..)
                .and_then(|r| r.chars().next())
                .map_or(1, char::len_utf8);
        }
        if start >= before.len() {
            return TextRange::default();
        }
        self.orig(c.fstart + start, c.fstart + before.len())
    }

    fn find_marks(&mut self, header_limit: usize) {
        for c in self.cells.iter().filter(|c| c.line <= header_limit + 2) {
            let t = squeeze(self.f(c));
            let kind = match t.as_str() {
                "mat" | "toi mat" | "tuyet mat" => ComponentKind::DoMat,
                "khan" | "thuong khan" | "hoa toc" | "hoa toc hen gio" => ComponentKind::DoKhan,
                _ => continue,
            };
            // Any case: a stamp typed in lower case is still the stamp (its rule says so).
            self.push(kind, vec![c.range]);
        }
    }

    /// Issuer lines: the header's left column above the number (spec §1.2, §2).
    fn find_issuer(&mut self, header_limit: usize, so: Option<TextRange>) {
        // Issuer lines stand above the number; upper-case lines between the number and the
        // title are still taken (the order rule then reports them).
        let stop_line = so
            .map(|r| self.line_of(r.start))
            .unwrap_or(header_limit)
            .min(header_limit);
        let title_line = if header_limit > stop_line {
            header_limit - 1
        } else {
            stop_line
        };
        let taken: Vec<TextRange> = self
            .found
            .iter()
            .flat_map(|c| c.parts.iter().map(|p| p.range))
            .collect();
        let mut names: Vec<Vec<TextRange>> = Vec::new();
        let mut prev_text = String::new();
        for c in self.cells.iter().filter(|c| c.line <= title_line) {
            if c.line > stop_line && !is_upper(self.o(c.range)) {
                continue;
            }
            if self.is_right(c) || taken.iter().any(|t| overlaps(*t, c.range)) {
                // A cell holding the number may start with issuer lines ("…<br>Số:").
                continue;
            }
            let t = self.fh(c);
            // An issuer's name has no colon ("Email: …", "Cơ quan: …" of a signature stamp).
            if self.type_name_in_cell(c)
                || t.contains(':')
                || t.starts_with("v/v")
                || patterns::date_words(t).is_some()
                || patterns::party(t)
            {
                continue;
            }
            let mut range = c.range;
            let original = self.o(c.range);
            if !is_upper(original) {
                // A line ending in the issuer ("Công văn 19046/BTC-TCHQ. BỘ TÀI CHÍNH") keeps
                // its upper-case tail; a short line is taken whole (wrong case is a finding).
                match upper_tail(original) {
                    Some(off) => range = TextRange::new(c.range.start + off, c.range.end),
                    None if c.fend - c.fstart <= 60 && c.line < stop_line => {}
                    None => continue,
                }
            }
            let text = fold(self.o(range));
            let continues = !names.is_empty() && is_name_continuation(&prev_text, &text);
            match names.last_mut() {
                Some(last) if continues => last.push(range),
                _ => names.push(vec![range]),
            }
            prev_text = text;
        }
        if let Some(issuer) = names.pop() {
            if !names.is_empty() {
                self.push(
                    ComponentKind::CoQuanChuQuan,
                    names.into_iter().flatten().collect(),
                );
            }
            self.push(ComponentKind::CoQuanBanHanh, issuer);
        }
    }

    fn type_name_in_cell(&self, c: &Cell) -> bool {
        if c.fend - c.fstart > 120 {
            return false;
        }
        let t = squeeze(self.f(c));
        type_names().iter().any(|(_, name)| t == *name)
    }

    /// Tên loại at cell `i` and the trích yếu below it; returns the last title line.
    fn find_title(&mut self, i: CellIx, t: DocType) -> usize {
        let Some(c) = self.cell(i) else { return 0 };
        let name_len = fold(t.name()).len();
        let f = self.f(c);
        let squeezed = squeeze(f);
        let mut summary: Vec<TextRange> = Vec::new();
        if squeezed.len() > name_len && !t.is_copy() {
            // "THÔNG BÁO KẾT LUẬN …" on one line: type name, then the summary.
            let mut words = 0usize;
            let want = t.name().split(' ').count();
            let mut split_at = f.len();
            for (pos, _) in f.match_indices(' ') {
                if pos > 0 && f.as_bytes().get(pos - 1) != Some(&b' ') {
                    words += 1;
                    if words == want {
                        split_at = pos;
                        break;
                    }
                }
            }
            self.push(
                ComponentKind::TenLoai,
                vec![self.orig(c.fstart, c.fstart + split_at)],
            );
            let rest = f.get(split_at..).unwrap_or("");
            let lead = rest.len() - rest.trim_start().len();
            summary.push(self.orig(c.fstart + split_at + lead, c.fend));
        } else {
            self.push(ComponentKind::TenLoai, vec![c.range]);
        }
        let mut last_line = c.line;
        if t.is_copy() {
            return last_line;
        }
        // Trích yếu: the next non-blank lines until a blank line or the body.
        let mut line = c.line + 1;
        let mut blanks = 0usize;
        let mut first_upper: Option<bool> = None;
        while let Some(l) = self.lines.get(line) {
            if l.is_blank() {
                if !summary.is_empty() {
                    break;
                }
                blanks += 1;
                if blanks > 3 {
                    break;
                }
                line += 1;
                continue;
            }
            let cells = self.line_cells(line);
            let Some(first) = cells.first() else { break };
            let ft = self.f(first);
            let orig = self.o(first.range);
            let upper = is_upper(orig);
            let long = first.fend - first.fstart > 110;
            let stop = BODY_OPENERS.iter().any(|o| ft.starts_with(o))
                || ft.starts_with("kinh gui")
                || starts_word(ft, "noi nhan")
                || lines::is_drawn(ft)
                || (upper && first_upper == Some(false))
                || (long && !summary.is_empty())
                || summary.len() >= 6
                || starts_with_authority(ft);
            if stop {
                break;
            }
            first_upper.get_or_insert(upper);
            // A `Kính gửi` sharing the line is not part of the summary.
            summary.extend(
                cells
                    .iter()
                    .take_while(|c| find_word(self.fh(c), "kinh gui").is_none())
                    .map(|c| c.range),
            );
            last_line = line;
            line += 1;
        }
        self.push(ComponentKind::TrichYeu, summary);
        last_line
    }

    /// `V/v …` of a công văn (spec §1.5): returns its last line.
    fn find_vv(&mut self, header_limit: usize, kinh_gui: Option<CellIx>) -> Option<usize> {
        if self.found.iter().any(|c| c.kind == ComponentKind::TrichYeu) {
            return None;
        }
        let stop = kinh_gui
            .and_then(|k| self.cell(k))
            .map(|c| c.line)
            .unwrap_or(header_limit);
        let (c, at) = self.cells.iter().filter(|c| c.line <= stop).find_map(|c| {
            let t = self.fh(c);
            let at = if t.starts_with("v/v") {
                Some(0)
            } else {
                t.find(" v/v ").map(|p| p + 1)
            };
            at.map(|a| (*c, a))
        })?;
        let mut ranges = vec![self.orig(c.fstart + at, c.fend)];
        let mut last = c.line;
        let mut line = c.line + 1;
        // Wrapped continuation in the left column, until a blank line.
        while line < stop || (line == stop && kinh_gui.is_none()) {
            let Some(l) = self.lines.get(line) else { break };
            if l.is_blank() || ranges.len() >= 6 {
                break;
            }
            let Some(next) = self.line_cells(line).iter().find(|x| !self.is_right(x)) else {
                break;
            };
            let t = self.f(next);
            if t.starts_with("kinh gui")
                || patterns::date_words(t).is_some()
                || (t.starts_with("so") && patterns::so_matches(t).next().is_some())
                || next.fend - next.fstart > 110
            {
                break;
            }
            ranges.push(next.range);
            last = line;
            line += 1;
        }
        self.push(ComponentKind::TrichYeu, ranges);
        Some(last)
    }

    /// `Kính gửi:` and its recipients (spec §1.9): returns its last line.
    fn find_kinh_gui(&mut self, k: CellIx) -> usize {
        let Some(c) = self.cell(k) else { return 0 };
        let t = self.f(c);
        let at = find_word(t, "kinh gui").unwrap_or(0);
        let mut ranges = vec![self.orig(c.fstart + at, c.fend)];
        // Recipients on the same line, in the cells after it.
        ranges.extend(
            self.line_cells(c.line)
                .iter()
                .filter(|x| x.col > c.col)
                .map(|x| x.range),
        );
        // "Kính gửi:" with nothing after it: the recipients start on the next line.
        let rest = t
            .get(at + "kinh gui".len()..)
            .unwrap_or("")
            .trim_start_matches(':')
            .trim();
        let after_colon = rest.is_empty() && c.col + 1 >= self.line_cells(c.line).len();
        let mut last = c.line;
        let mut prev_open = after_colon;
        let mut line = c.line + 1;
        while let Some(l) = self.lines.get(line) {
            if l.is_blank() {
                break;
            }
            let cells = self.line_cells(line);
            let Some(first) = cells.first() else { break };
            let ft = self.f(first);
            let item = ft.starts_with('-') || ft.starts_with('+') || ft.starts_with('(');
            if !(item || prev_open) {
                break;
            }
            if BODY_OPENERS.iter().any(|o| ft.starts_with(o)) {
                break;
            }
            ranges.extend(cells.iter().map(|x| x.range));
            let end = ft.trim_end();
            prev_open = !(end.ends_with(';') || end.ends_with('.') || end.ends_with(')'));
            last = line;
            line += 1;
            // The last recipient ends with a period, unless another `- …` line follows
            // (a period typed where a `;` belongs).
            let next_is_item = self
                .line_cells(line)
                .first()
                .is_some_and(|c| self.f(c).starts_with(['-', '+', '•']));
            if end.ends_with('.') && !next_is_item {
                break;
            }
        }
        self.push(ComponentKind::KinhGui, ranges);
        last
    }

    /// Nơi nhận and the signature block; returns the first footer line.
    fn find_footer(&mut self, title_end_line: usize, noi_nhan: Option<CellIx>) -> Option<usize> {
        let nn = noi_nhan
            .and_then(|i| self.cell(i))
            .filter(|c| c.line > title_end_line);
        let authority = self
            .cells
            .iter()
            .filter(|c| c.line > title_end_line)
            .find(|c| starts_with_authority(self.f(c)) && is_upper_after_prefix(self.o(c.range)));
        let start_line = match (nn, authority) {
            (Some(a), Some(b)) => Some(a.line.min(b.line)),
            (Some(a), None) => Some(a.line),
            (None, Some(b)) => Some(b.line),
            (None, None) => None,
        };
        let Some(start_line) = start_line else {
            return self.find_bare_signature(title_end_line);
        };
        let mut signature_cells: Vec<TextRange> = Vec::new();
        let mut list_end_line = start_line;
        if let Some(nn) = nn {
            // Signature lines printed before Nơi nhận.
            for c in self
                .cells
                .iter()
                .filter(|c| c.line >= start_line && c.line < nn.line)
            {
                signature_cells.push(c.range);
            }
            let (list, sig, end) = self.read_noi_nhan(nn);
            self.push(ComponentKind::NoiNhan, list);
            signature_cells.extend(sig);
            list_end_line = end;
        }
        // Everything after the list until the signer's name.
        for c in self.cells.iter().filter(|c| c.line > list_end_line) {
            if c.line < start_line {
                continue;
            }
            signature_cells.push(c.range);
        }
        let parts = signature::parse(self.text, &signature_cells).or_else(|| {
            // Signatures printed just above Nơi nhận with no authority prefix (Biên bản:
            // `THƯ KÝ` / `CHỦ TỌA`): the short lines after the content's closing `./.`.
            let nn = nn?;
            let above: Vec<&Cell> = self
                .cells
                .iter()
                .filter(|c| c.line > title_end_line && c.line < nn.line)
                .collect();
            let closing = above
                .iter()
                .rposition(|c| self.f(c).trim_end().ends_with("./."))?;
            let cells: Vec<TextRange> = above.get(closing + 1..)?.iter().map(|c| c.range).collect();
            signature::parse(self.text, &cells)
        });
        if let Some(parts) = parts {
            self.add_signature(parts);
        }
        Some(start_line)
    }

    fn add_signature(&mut self, parts: Vec<Part>) {
        if !parts.is_empty() && !self.found.iter().any(|c| c.kind == ComponentKind::ChuKy) {
            let last = parts.last().map(|p| p.range.end).unwrap_or(0);
            self.found.push(Component {
                kind: ComponentKind::ChuKy,
                parts,
            });
            self.find_appendix(self.line_of(last) + 1);
        }
    }

    /// No Nơi nhận and no authority prefix: a position line followed by a name near the end.
    fn find_bare_signature(&mut self, title_end_line: usize) -> Option<usize> {
        let tail: Vec<&Cell> = self
            .cells
            .iter()
            .filter(|c| c.line > title_end_line)
            .collect();
        let from = tail.len().saturating_sub(8);
        let window = tail.get(from..).unwrap_or(&[]);
        // Only short lines from the position to the end: a position line, a name.
        let pos = window.iter().position(|c| {
            let o = self.o(c.range);
            is_upper(o) && !o.trim_end().ends_with(':') && c.fend - c.fstart < 60
        })?;
        if window
            .get(pos..)
            .unwrap_or(&[])
            .iter()
            .any(|c| c.fend - c.fstart >= 60)
        {
            return None;
        }
        let cells: Vec<TextRange> = window
            .get(pos..)
            .unwrap_or(&[])
            .iter()
            .map(|c| c.range)
            .collect();
        let parts = signature::parse(self.text, &cells)?;
        if !parts
            .iter()
            .any(|p| p.role == Some(crate::component::PartRole::HoTen))
        {
            return None;
        }
        let start = window.get(pos).map(|c| c.line);
        self.add_signature(parts);
        start
    }

    /// Read the Nơi nhận list from its label cell. Returns the list's ranges, the cells
    /// beside it (signature column), and the last list line.
    fn read_noi_nhan(&self, nn: &Cell) -> (Vec<TextRange>, Vec<TextRange>, usize) {
        let mut list = Vec::new();
        let mut beside = Vec::new();
        let (item, rest) = self.split_after_luu(nn);
        list.push(item);
        beside.extend(rest);
        let mut closed = ends_list(self.o(item));
        // `<br>` lines of the same table cell continue the list.
        for x in self
            .line_cells(nn.line)
            .iter()
            .filter(|x| x.fstart > nn.fstart)
        {
            if x.col == nn.col && !closed {
                let (item, rest) = self.split_after_luu(x);
                list.push(item);
                beside.extend(rest);
                closed = ends_list(self.o(item));
            } else if x.col != nn.col {
                beside.push(x.range);
            }
        }
        let mut prev_open = false;
        let mut last = nn.line;
        let mut line = nn.line + 1;
        let mut items = usize::from(self.o(item).contains('-'));
        let mut dashless_list = false;
        while !closed {
            let Some(l) = self.lines.get(line) else { break };
            if l.is_blank() {
                if items > 0 {
                    break;
                }
                line += 1;
                continue;
            }
            let cells = self.line_cells(line);
            let left = cells.iter().find(|c| !self.is_right(c));
            let Some(left) = left else {
                // Only a right-column cell: the signature beside the list.
                beside.extend(cells.iter().map(|c| c.range));
                line += 1;
                continue;
            };
            let ft = self.f(left);
            let is_item = ft.starts_with(['-', '+', '•']);
            // Lists typed without dashes: each line still ends with `;`, the last is `Lưu: …`.
            let end = ft.trim_end();
            let dashless = !is_item
                && (items == 0 || dashless_list)
                && !prev_open
                && (end.ends_with(';') || end.ends_with('.') || ft.starts_with("luu"));
            if !(is_item || prev_open || dashless) {
                break;
            }
            dashless_list |= dashless;
            let (item, rest) = self.split_after_luu(left);
            list.push(item);
            beside.extend(rest);
            beside.extend(cells.iter().filter(|c| c.col != left.col).map(|c| c.range));
            items += 1;
            let text = self.o(item).trim_end();
            prev_open = !(text.ends_with(';') || text.ends_with('.'));
            closed = ends_list(text);
            last = line;
            line += 1;
        }
        (list, beside, last)
    }

    /// A list cell whose `- Lưu: …` item is followed by other text on the same cell
    /// (a one-line signature): split after the item's final period.
    fn split_after_luu(&self, c: &Cell) -> (TextRange, Option<TextRange>) {
        let t = self.f(c);
        let original = self.o(c.range);
        let Some(p) = t.rfind("luu") else {
            return (c.range, None);
        };
        // The item ends at the period after which a signature follows (an upper-case
        // word: `… (2b). Trung Anh BỘ TRƯỞNG …`), not at an initial (`CN(M. Cường).`).
        for (d, _) in t.get(p..).unwrap_or("").match_indices(". ") {
            let dot = p + d;
            let rest_range = self.orig(c.fstart + dot + 1, c.fend);
            let rest = self
                .text
                .get(rest_range.start..rest_range.end)
                .unwrap_or("");
            let has_caps_word = rest
                .split_whitespace()
                .any(|w| w.chars().filter(|ch| ch.is_alphabetic()).count() >= 2 && is_upper(w));
            if has_caps_word && !original.is_empty() {
                let lead = rest.len() - rest.trim_start().len();
                return (
                    self.orig(c.fstart, c.fstart + dot + 1),
                    Some(TextRange::new(rest_range.start + lead, rest_range.end)),
                );
            }
        }
        (c.range, None)
    }

    fn find_body(&mut self, from: usize, to: usize) {
        // Ranges already taken by other components, sorted, for a binary-searched overlap
        // test (a hostile paste can make a recipient list huge).
        let mut taken: Vec<TextRange> = self
            .found
            .iter()
            .flat_map(|c| c.parts.iter().map(|p| p.range))
            .collect();
        crate::sort::sort(&mut taken);
        let is_taken = |r: TextRange| {
            let i = taken.partition_point(|t| t.end <= r.start);
            taken.get(i).is_some_and(|t| overlaps(*t, r))
                || taken.get(i + 1).is_some_and(|t| overlaps(*t, r))
        };
        // The body runs from its first free cell up to the next cell another component
        // holds (a signature printed above Nơi nhận ends it).
        let mut cells = self
            .cells
            .iter()
            .filter(|c| c.line >= from && c.line < to)
            .skip_while(|c| is_taken(c.range));
        let Some(first) = cells.next() else { return };
        let last = cells
            .take_while(|c| !is_taken(c.range))
            .last()
            .unwrap_or(first);
        self.push(
            ComponentKind::NoiDung,
            vec![TextRange::new(first.range.start, last.range.end)],
        );
    }

    /// `Phụ lục …` after the signature: from its heading to the end.
    fn find_appendix(&mut self, from_line: usize) {
        let heading = self.cells.iter().filter(|c| c.line >= from_line).find(|c| {
            let t = self.f(c);
            (t.starts_with("phu luc") && c.fend - c.fstart < 80)
                || (t.starts_with("(kem theo") && c.fend - c.fstart < 200)
        });
        if let (Some(h), Some(last)) = (heading, self.cells.last()) {
            let range = TextRange::new(h.range.start, last.range.end);
            self.push(ComponentKind::PhuLuc, vec![range]);
        }
    }

    fn detect_type(
        &self,
        ten_loai: Option<DocType>,
        so: Option<SoKyHieu>,
        has_vv: bool,
        has_kinh_gui: bool,
    ) -> DocType {
        if let Some(t) = ten_loai {
            return t;
        }
        // `V/v` is only for công văn (an abbreviation in its symbol is the issuer's own).
        if has_vv {
            return DocType::CongVan;
        }
        if let Some(so) = so {
            let symbol = self.o(so.symbol);
            let first = symbol.split('-').next().unwrap_or("").trim();
            if let Some(t) = DocType::from_abbreviation(first) {
                return t;
            }
            let folded = fold(first);
            if let Some(t) = DocType::ALL
                .iter()
                .copied()
                .find(|t| t.abbreviation().is_some_and(|a| fold(a) == folded))
            {
                if !has_vv {
                    return t;
                }
            }
        }
        // A letter with `V/v` or `Kính gửi` and no type name is a công văn.
        if has_vv || has_kinh_gui {
            return DocType::CongVan;
        }
        DocType::Unknown
    }
}

/// Folded type names of the types a tên loại can name (longest first, so `BẢN SAO Y`-like
/// prefixes never shadow a longer name).
fn type_names() -> &'static [(DocType, String)] {
    static NAMES: OnceLock<Vec<(DocType, String)>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut v: Vec<(DocType, String)> = DocType::ALL
            .iter()
            .filter(|d| !d.name().is_empty() && !d.is_out_of_scope())
            .map(|d| (*d, fold(d.name())))
            .collect();
        crate::sort::sort_by_key(&mut v, |(_, n)| std::cmp::Reverse(n.len()));
        v
    })
}

/// Does folded text open with an authority prefix (`tm.`, `kt. `, `t/m`, `tl `…) followed by
/// a word? (A plain check: it runs on every footer candidate cell.)
fn starts_with_authority(t: &str) -> bool {
    const DOTTED: &[&str] = &[
        "tuq.", "t.m.", "k.t.", "t.l.", "t/m", "k/t", "t/l", "tm.", "kt.", "tl.", "q.",
    ];
    const BARE: &[&str] = &["tuq ", "tm ", "kt ", "tl "];
    let word_follows = |rest: &str| {
        rest.trim_start_matches(['.', ' '])
            .starts_with(|c: char| !c.is_whitespace())
    };
    DOTTED
        .iter()
        .any(|p| t.strip_prefix(p).is_some_and(word_follows))
        || BARE.iter().any(|p| {
            t.strip_prefix(p)
                .is_some_and(|r| r.starts_with(|c: char| !c.is_whitespace()))
        })
}

/// Lines that open a body paragraph (folded).
const BODY_OPENERS: &[&str] = &[
    "can cu ",
    "thuc hien ",
    "xet ",
    "theo de nghi",
    "tren co so",
    "sau khi",
    "ngay 0",
    "ngay 1",
    "ngay 2",
    "ngay 3",
    "vua qua",
    "trong thoi gian",
    "tra loi",
    "tu ngay",
];

fn overlaps(a: TextRange, b: TextRange) -> bool {
    a.start < b.end && b.start < a.end
}

/// Collapse runs of spaces.
fn squeeze(t: &str) -> String {
    let mut out = String::with_capacity(t.len());
    for w in t.split(' ').filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// `needle` at the start of a word of `hay`.
fn find_word(hay: &str, needle: &str) -> Option<usize> {
    hay.match_indices(needle).map(|(i, _)| i).find(|&i| {
        i == 0
            || !hay
                .as_bytes()
                .get(i - 1)
                .is_some_and(|b| b.is_ascii_alphanumeric())
    })
}

fn starts_word(hay: &str, needle: &str) -> bool {
    hay.starts_with(needle)
        && !hay
            .as_bytes()
            .get(needle.len())
            .is_some_and(|b| b.is_ascii_alphanumeric())
}

/// Byte offset where the trailing run of upper-case words of `s` begins (at least two
/// letters in all), if any.
fn upper_tail(s: &str) -> Option<usize> {
    let mut start: Option<usize> = None;
    let mut letters = 0usize;
    let mut pos = s.len();
    for w in s.rsplit(' ') {
        pos = pos.saturating_sub(w.len());
        if !w.is_empty() {
            // A sentence end ("… 19046/BTC-TCHQ. BỘ TÀI CHÍNH") bounds the run.
            if (!is_upper(w) && w.chars().any(|c| c.is_alphabetic())) || w.ends_with('.') {
                break;
            }
            letters += w.chars().filter(|c| c.is_alphabetic()).count();
            start = Some(pos);
        }
        pos = pos.saturating_sub(1);
    }
    start.filter(|_| letters >= 2)
}

/// After an authority prefix (`KT.`), the next letters are upper case.
fn is_upper_after_prefix(s: &str) -> bool {
    let rest = s.split_once(['.', ' ']).map(|(_, r)| r).unwrap_or("");
    let word: String = rest
        .trim_start()
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    is_upper(&word)
}

/// A `- Lưu: …` item ending with a period closes the Nơi nhận list.
fn ends_list(original: &str) -> bool {
    let f = fold(original);
    let t = f.trim_end();
    t.rfind("luu").is_some() && (t.ends_with('.') || t.ends_with("./."))
}

/// Does an issuer line continue the previous one (one name wrapped over two lines)?
fn is_name_continuation(prev: &str, cur: &str) -> bool {
    const LEADS: &[&str] = &[
        "tinh ",
        "thanh pho",
        "tp. ",
        "tp ",
        "huyen ",
        "quan ",
        "xa ",
        "phuong ",
        "thi xa ",
        "thi tran ",
        "va ",
        "theo ",
        "cua ",
        "tai ",
        "ve ",
        "-",
    ];
    let prev = prev.trim_end();
    // "SỐ 1050/QĐ-SCT" continues "… THEO QUYẾT ĐỊNH"; "SỞ CÔNG THƯƠNG" starts a new name.
    let number = cur
        .strip_prefix("so ")
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    number
        || LEADS.iter().any(|l| cur.starts_with(l))
        || prev.ends_with(" va")
        || prev.ends_with(',')
        || prev.ends_with('-')
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn date_of(text: &str) -> (String, Option<u32>, Option<u32>, Option<u32>, bool, bool) {
        let doc = segment(text, None);
        let d = doc.issue_date.unwrap();
        (
            doc.slice(d.place).to_string(),
            d.day.value,
            d.month.value,
            d.year.value,
            d.numeric,
            d.without_ngay,
        )
    }

    #[test]
    fn header_date_shapes() {
        let head = "UBND TỈNH LẠNG SƠN\nSố: 05/TB-UBND\n";
        let title = "\nTHÔNG BÁO\nVề việc thử\n";
        let t = |line: &str| format!("{head}{line}{title}");
        assert_eq!(
            date_of(&t("Lạng Sơn, ngày 05 tháng 3 năm 2020")),
            (
                "Lạng Sơn".into(),
                Some(5),
                Some(3),
                Some(2020),
                false,
                false
            )
        );
        assert_eq!(
            date_of(&t("Hà Nội, 15 tháng 9 năm 2026")),
            ("Hà Nội".into(), Some(15), Some(9), Some(2026), false, true)
        );
        assert_eq!(
            date_of(&t("Hà Nội, 15/9/2026")),
            ("Hà Nội".into(), Some(15), Some(9), Some(2026), true, true)
        );
        assert_eq!(
            date_of(&t("Hà Nội 15/9/2026")),
            ("Hà Nội".into(), Some(15), Some(9), Some(2026), true, true)
        );
        assert_eq!(
            date_of(&t("Lào Cai, ngày    tháng    năm 2026")),
            ("Lào Cai".into(), None, None, Some(2026), false, false)
        );
        // The number glued before the place is not part of the place.
        let doc = segment(
            "Số: 05/TB-UBND Hà Nội ngày 05 tháng 3 năm 2020\n\nTHÔNG BÁO\n",
            None,
        );
        assert_eq!(doc.slice(doc.issue_date.unwrap().place), "Hà Nội");
    }

    #[test]
    fn a_date_inside_a_summary_line_is_not_the_header_date() {
        let doc = segment("Số: 7432/UBND-XD\nV/v triển khai Quyết định số\n1074/QĐ-BXD ngày 29/6/2026 của Bộ\n\nKính gửi: Sở Xây dựng\n", None);
        assert!(doc.issue_date.is_none());
    }

    #[test]
    fn vbqppl_number_keeps_its_year() {
        let doc = segment(
            "THỦ TƯỚNG CHÍNH PHỦ\nSố: 15/2020/QĐ-TTg\n\nQUYẾT ĐỊNH\n",
            None,
        );
        let so = doc.so_ky_hieu.unwrap();
        assert_eq!(
            (
                so.number.value,
                doc.slice(so.year.unwrap()),
                doc.slice(so.symbol)
            ),
            (Some(15), "2020", "QĐ-TTg")
        );
        assert_eq!(doc.doc_type, DocType::QuyetDinh);
    }

    fn parts_of(doc: &Document, kind: ComponentKind) -> Vec<String> {
        doc.get(kind)
            .map(|c| {
                c.parts
                    .iter()
                    .map(|p| doc.slice(p.range).to_string())
                    .collect()
            })
            .unwrap_or_default()
    }

    const HEAD: &str =
        "UBND TỈNH LẠNG SƠN\nSố: 05/UBND-VP\nV/v thử\nLạng Sơn, ngày 05 tháng 3 năm 2020\n\n";

    #[test]
    fn recipient_lists_in_their_variants() {
        let list = |body: &str, kind: ComponentKind| {
            let text = format!("{HEAD}{body}");
            let doc = segment(&text, None);
            parts_of(&doc, kind)
        };
        let foot = "\n\nCHỦ TỊCH\n\nHồ Tiến Thiệu\n";
        // Dashless Nơi nhận.
        assert_eq!(
            list(
                &format!("Nội dung./.\n\nNơi nhận:\nThường trực Tỉnh ủy;\nLưu: VT, TH.{foot}"),
                ComponentKind::NoiNhan
            ),
            ["Nơi nhận:", "Thường trực Tỉnh ủy;", "Lưu: VT, TH."]
        );
        // Bullets.
        assert_eq!(
            list(
                &format!("Nội dung./.\n\nNơi nhận:\n• Sở Nội vụ;\n• Lưu: VT.{foot}"),
                ComponentKind::NoiNhan
            )
            .len(),
            3
        );
        // An initial inside the Lưu item is not the end of the list.
        let parts = list(
            &format!("Nội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, CN(M. Cường).{foot}"),
            ComponentKind::NoiNhan,
        );
        assert_eq!(parts.last().unwrap(), "- Lưu: VT, CN(M. Cường).");
        // A period where a `;` belongs does not end the Kính gửi list.
        assert_eq!(
            list(
                "Kính gửi:\n- Sở Tài chính.\n- Sở Tư pháp.\n\nNội dung./.\n",
                ComponentKind::KinhGui
            ),
            ["Kính gửi:", "- Sở Tài chính.", "- Sở Tư pháp."]
        );
    }
}
