//! The numbering outline of the body: the markers that open body lines (`Phần I`,
//! `Chương II`, `Mục 1`, `Điều 5.`, Roman `I.`, sections `1.`, sub-sections `2.3.`, points
//! `a)`/`đ)`, bullets `-`/`+`), with their values and exact ranges.
//!
//! Only a marker that opens a line counts, and only when the line starts a paragraph: on
//! `pdftotext -layout` text a wrapped line continues its paragraph, so a number at its start
//! (`1 Điều 18 Nghị định …`, `12. Sau đó` after `… tháng`) is not a section number. Lines
//! inside quotation marks (a quoted article of a law) and table rows are skipped. Markdown
//! heading marks (`##`) and emphasis (`**1. Chủ trì:**`) around a marker are markup.
//!
//! Parsing runs on the folded copy (ASCII) and maps back; the letter `đ` and the case of
//! letters are read from the original.

use std::rc::Rc;

use crate::component::ComponentKind;
use crate::diagnostic::TextRange;
use crate::document::Document;

/// The letters that number points (điểm), in order: the Vietnamese alphabet without
/// `f`, `j`, `w`, `z` (Nghị định 30/2020/NĐ-CP, Phụ lục I; the decree itself numbers
/// `d)`, `đ)`, `e)`, `g)`).
pub const POINT_LETTERS: [char; 23] = [
    'a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't',
    'u', 'v', 'x', 'y',
];

/// Position of a letter in [`POINT_LETTERS`] (`None` for `f`, `j`, `w`, `z` and others).
pub fn point_index(c: char) -> Option<usize> {
    POINT_LETTERS.iter().position(|&l| l == c)
}

/// What kind of marker opens the line. The order is the nesting order (outermost first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// `Phần I` (law-like and report-like structures).
    Phan,
    /// `Chương I`.
    Chuong,
    /// `Mục 1` (law-like structure).
    Muc,
    /// `Tiểu mục 1`.
    TieuMuc,
    /// `Điều 1.`
    Dieu,
    /// `I.`, `II.`: the large parts of a report-like document.
    Roman,
    /// `1.`, `2.1.`, `1.1.1.` (depth in [`Marker::depth`]); also `1)`.
    Number,
    /// `a)`, `đ)` (or `a.`).
    Letter,
    /// `-`, `+`, `•`, `*`.
    Bullet,
}

/// What follows the numeral or letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Term {
    Dot,
    Paren,
    Colon,
    /// Nothing (`Phần I`, `6.2 Đối với …`).
    None,
}

/// One numbering marker at the start of a body line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Marker {
    pub kind: Kind,
    /// The numbers: `2.3.` → `[2, 3, 0, 0]` with depth 2; one value for the other kinds
    /// (a Roman numeral's value; a point letter's position in [`POINT_LETTERS`], or 99 for
    /// a letter outside it).
    pub path: [u32; 4],
    pub depth: u8,
    /// The whole marker as written (`2.3.`, `a)`, `I.`, `Điều 5.`, `Phần II`).
    pub range: TextRange,
    /// The numeral or letter alone (`2.3`, `a`, `I`, `5`, `II`).
    pub label: TextRange,
    /// Folded byte range of the marker (to search the folded copy around it).
    pub fstart: usize,
    pub fend: usize,
    pub term: Term,
    /// `Phần`/`Chương` numbered with a Roman numeral (the other kinds: false).
    pub roman: bool,
    /// The point letter as written (`'đ'`), for [`Kind::Letter`].
    pub letter: Option<char>,
    /// Physical line index.
    pub line: usize,
    /// The text after the marker is an upper-case heading (`I. ĐÁNH GIÁ CHUNG`).
    pub upper_title: bool,
}

impl Marker {
    /// The value (first number).
    pub fn value(&self) -> u32 {
        self.path.first().copied().unwrap_or(0)
    }

    /// The numbers of a section path, `[2, 3]` for `2.3.`.
    pub fn numbers(&self) -> &[u32] {
        self.path.get(..usize::from(self.depth)).unwrap_or(&[])
    }
}

/// The markers of the body, in order.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub markers: Vec<Marker>,
}

impl Outline {
    /// The outline of the document's body (`None` when no body was found), read once per
    /// check: the numbering rules share it (`Document::shared`).
    pub fn of(doc: &Document) -> Option<Rc<Outline>> {
        doc.shared
            .outline
            .get_or_init(|| {
                let body = doc.get(ComponentKind::NoiDung)?.range();
                Some(Rc::new(parse(doc, body)))
            })
            .clone()
    }

    pub fn has(&self, kind: Kind) -> bool {
        self.markers.iter().any(|m| m.kind == kind)
    }
}

/// The outline of the lines of `body` (an original byte range).
pub fn parse(doc: &Document, body: TextRange) -> Outline {
    let mut markers = Vec::new();
    let first = doc.line_of(body.start);
    let lines: Vec<usize> = (first..doc.lines.len())
        .take_while(|&i| doc.lines.get(i).is_some_and(|l| l.range.start < body.end))
        .filter(|&i| {
            doc.lines
                .get(i)
                .is_some_and(|l| !l.is_blank() && l.range.end > body.start)
        })
        .collect();
    // First-line indents (pdftotext -layout): wrapped lines start at the margin, paragraphs
    // further in. One-paragraph-per-line text has everything at the margin.
    let indents: Vec<usize> = lines.iter().map(|&i| indent_of(doc, i)).collect();
    let margin = indents.iter().copied().min().unwrap_or(0);
    let at_margin = indents.iter().filter(|&&n| n <= margin + 1).count();
    let indented = indents.iter().filter(|&&n| n >= margin + 3).count();
    let layout = at_margin >= 2 && indented >= 2;

    let mut depth = 0u32;
    let mut prev: Option<PrevLine> = None;
    for (k, &i) in lines.iter().enumerate() {
        let Some(line) = doc.lines.get(i) else {
            continue;
        };
        let original = doc.slice(line.range);
        let quoted_before = depth > 0;
        let parsed = parse_line(doc, i);
        depth = quote_depth(original, depth);
        let indent = indents.get(k).copied().unwrap_or(0);
        let continuation = prev.as_ref().is_some_and(|p| {
            !p.terminal
                && if layout {
                    indent <= margin + 1
                } else {
                    !p.marker
                }
        });
        let is_marker = matches!(&parsed, Parsed::Marker(_));
        if let Parsed::Marker(m) = parsed {
            if !quoted_before
                && !continuation
                && m.range.start >= body.start
                && m.range.end <= body.end
            {
                markers.push(m);
            }
        }
        prev = Some(PrevLine {
            terminal: ends_paragraph(original),
            marker: is_marker,
        });
    }
    Outline { markers }
}

struct PrevLine {
    /// Ends with sentence-final punctuation, or is an upper-case heading.
    terminal: bool,
    /// Opens with a numbering marker (a heading line without final punctuation).
    marker: bool,
}

enum Parsed {
    Marker(Marker),
    Nothing,
}

/// Display columns of white space before the line's text.
fn indent_of(doc: &Document, i: usize) -> usize {
    let Some(line) = doc.lines.get(i) else {
        return 0;
    };
    let f = doc.folded.text.get(line.fstart..line.fend).unwrap_or("");
    f.len() - f.trim_start_matches(' ').len()
}

/// Whether the line closes its paragraph: it ends with `.`, `:`, `;`, `!`, `?`, a closing
/// quote, or it is an upper-case heading.
fn ends_paragraph(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let last = t.chars().next_back();
    if matches!(
        last,
        Some('.' | ':' | ';' | '!' | '?' | '…' | '"' | '”' | '»')
    ) {
        return true;
    }
    // An upper-case heading (checked only when no ASCII lower-case letter shows first).
    !t.bytes().any(|b| b.is_ascii_lowercase())
        && crate::text::is_upper(t)
        && t.chars().filter(|c| c.is_alphabetic()).count() >= 4
}

/// The quotation depth after `line`, from `depth` before it: `“` opens, `”` closes, a
/// straight `"` closes an open quote or opens one. Single quotes are apostrophes.
pub fn quote_depth(line: &str, mut depth: u32) -> u32 {
    // Quotation marks are `"` or start with byte 0xE2 (`“`, `”`) or 0xC2 (`«`, `»`).
    if !line.bytes().any(|b| matches!(b, b'"' | 0xE2 | 0xC2)) {
        return depth;
    }
    for c in line.chars() {
        match c {
            '“' | '«' => depth = (depth + 1).min(4),
            '”' | '»' => depth = depth.saturating_sub(1),
            '"' => {
                depth = if depth > 0 { depth - 1 } else { 1 };
            }
            _ => {}
        }
    }
    depth
}

/// Read the marker that opens line `i`, if any.
fn parse_line(doc: &Document, i: usize) -> Parsed {
    let Some(line) = doc.lines.get(i) else {
        return Parsed::Nothing;
    };
    let f = doc.folded.text.get(line.fstart..line.fend).unwrap_or("");
    let b = f.as_bytes();
    let at = |p: usize| b.get(p).copied().unwrap_or(0);
    let mut p = 0usize;
    while at(p) == b' ' {
        p += 1;
    }
    // Markup before the marker: heading marks, block quotes, emphasis.
    loop {
        let before = p;
        if at(p) == b'#' {
            while at(p) == b'#' {
                p += 1;
            }
            if at(p) != b' ' {
                return Parsed::Nothing;
            }
        }
        if at(p) == b'>' && at(p + 1) == b' ' {
            p += 1;
        }
        // `**1. …`, `*a) …` (emphasis), not `* ` (a bullet).
        if matches!(at(p), b'*' | b'_') && at(p + 1) != b' ' {
            while matches!(at(p), b'*' | b'_') {
                p += 1;
            }
        }
        while at(p) == b' ' {
            p += 1;
        }
        if p == before {
            break;
        }
    }
    let rest = f.get(p..).unwrap_or("");
    if rest.starts_with('|') {
        // A table row: not the outline.
        return Parsed::Nothing;
    }
    let orig_at = |fp: usize| doc.folded.original_offset(line.fstart + fp);
    let orig_char = |fp: usize| {
        doc.text
            .get(orig_at(fp)..)
            .and_then(|s| s.chars().next())
            .unwrap_or(' ')
    };
    let mk = |kind: Kind,
              start: usize,
              end: usize,
              label: (usize, usize),
              path: [u32; 4],
              depth: u8,
              term: Term| Marker {
        kind,
        path,
        depth,
        range: doc.folded.original(line.fstart + start, line.fstart + end),
        label: doc
            .folded
            .original(line.fstart + label.0, line.fstart + label.1),
        fstart: line.fstart + start,
        fend: line.fstart + end,
        term,
        roman: false,
        letter: None,
        line: i,
        upper_title: matches!(kind, Kind::Number | Kind::Roman)
            && upper_title(doc, line.range.end, orig_at(end)),
    };

    // Bullets.
    if let Some(c) = rest.chars().next() {
        let spaced = rest.get(c.len_utf8()..).is_some_and(|r| r.starts_with(' '));
        if matches!(c, '-' | '+' | '•' | '*' | '◦' | '▪') && spaced {
            return Parsed::Marker(mk(
                Kind::Bullet,
                p,
                p + c.len_utf8(),
                (p, p + c.len_utf8()),
                [0; 4],
                1,
                Term::None,
            ));
        }
    }

    // Structure words: Phần I, Chương II, Mục 1, Tiểu mục 2, Điều 5.
    for (word, kind) in [
        ("phan ", Kind::Phan),
        ("chuong ", Kind::Chuong),
        ("tieu muc ", Kind::TieuMuc),
        ("muc ", Kind::Muc),
        ("dieu ", Kind::Dieu),
    ] {
        if !rest.starts_with(word) || !orig_char(p).is_uppercase() {
            continue;
        }
        let n0 = p + word.len();
        let num = numeral_at(f, n0);
        let Some((n1, value, roman)) = num else {
            return Parsed::Nothing;
        };
        // `Phần`/`Chương` take Roman numerals, the others Arabic; accept both and let the
        // rules judge.
        if roman && !orig_upper(doc, line.fstart + n0, line.fstart + n1) {
            return Parsed::Nothing;
        }
        let (end, term) = match at(n1) {
            b'.' => (n1 + 1, Term::Dot),
            b':' => (n1 + 1, Term::Colon),
            _ => (n1, Term::None),
        };
        // After the numeral: the end of the line, a dash before the title, or the title.
        let title = skip_markup(f, end);
        let heading_follows = title >= f.len()
            || matches!(at(title), b'-' | b'.' | b':')
            || ((end > n1 || at(end) == b' ') && starts_upper(doc, line.fstart + title));
        if !heading_follows || (kind == Kind::Dieu && term == Term::None) {
            return Parsed::Nothing;
        }
        let mut m = mk(kind, p, end, (n0, n1), [value, 0, 0, 0], 1, term);
        m.roman = roman;
        return Parsed::Marker(m);
    }

    // Roman numerals: `I.`, `IV.` (upper case in the original), then a heading.
    let roman_len = rest
        .bytes()
        .take_while(|c| matches!(c, b'i' | b'v' | b'x' | b'l'))
        .count();
    if roman_len > 0 && at(p + roman_len) == b'.' && at(p + roman_len + 1) == b' ' {
        let value = roman_value(rest.get(..roman_len).unwrap_or(""));
        let after = p + roman_len + 2;
        if let Some(v) = value.filter(|v| (1..=40).contains(v)) {
            if orig_upper(doc, line.fstart + p, line.fstart + p + roman_len)
                && starts_upper(doc, line.fstart + skip_markup(f, after))
            {
                return Parsed::Marker(mk(
                    Kind::Roman,
                    p,
                    p + roman_len + 1,
                    (p, p + roman_len),
                    [v, 0, 0, 0],
                    1,
                    Term::Dot,
                ));
            }
        }
        return Parsed::Nothing;
    }

    // Section numbers: `1.`, `2.3.`, `1.1.1`, `1)`.
    if at(p).is_ascii_digit() {
        let mut path = [0u32; 4];
        let mut depth = 0usize;
        let mut q = p;
        let mut digits_ok = true;
        loop {
            let d0 = q;
            let mut value = 0u32;
            while at(q).is_ascii_digit() {
                value = value
                    .saturating_mul(10)
                    .saturating_add(u32::from(at(q) - b'0'));
                q += 1;
            }
            let width = q - d0;
            if width == 0 || width > 3 || depth >= 4 {
                digits_ok = false;
                break;
            }
            if let Some(slot) = path.get_mut(depth) {
                *slot = value;
            }
            depth += 1;
            if at(q) == b'.' && at(q + 1).is_ascii_digit() {
                q += 1;
                continue;
            }
            break;
        }
        let label_end = q;
        if !digits_ok || path.first() == Some(&0) {
            return Parsed::Nothing;
        }
        // Sub-section numbers have one or two digits (`1.000` is a thousand).
        if depth > 1
            && path
                .iter()
                .skip(1)
                .take(depth - 1)
                .any(|&n| n == 0 || n > 99)
        {
            return Parsed::Nothing;
        }
        if depth == 1 && path.first().is_some_and(|&n| n > 99) {
            return Parsed::Nothing;
        }
        let (end, term) = match at(q) {
            b'.' => (q + 1, Term::Dot),
            b')' => (q + 1, Term::Paren),
            _ => (q, Term::None),
        };
        // `1 Điều 18 …` (a footnote) has no dot: a one-level number needs one.
        if term == Term::None && depth == 1 {
            return Parsed::Nothing;
        }
        if at(end) != b' ' && !matches!(at(end), b'*' | b'_') {
            return Parsed::Nothing;
        }
        if !starts_upper(doc, line.fstart + skip_markup(f, end)) {
            return Parsed::Nothing;
        }
        return Parsed::Marker(mk(
            Kind::Number,
            p,
            end,
            (p, label_end),
            path,
            depth as u8,
            term,
        ));
    }

    // Points: `a)`, `đ)`, `a.`.
    if at(p).is_ascii_lowercase() && matches!(at(p + 1), b')' | b'.') {
        let term = if at(p + 1) == b')' {
            Term::Paren
        } else {
            Term::Dot
        };
        let c = orig_char(p);
        if !c.is_lowercase() || at(p + 2) != b' ' {
            return Parsed::Nothing;
        }
        // `a. ` must open a sentence; `a) ` is distinctive enough.
        if term == Term::Dot && !starts_upper(doc, line.fstart + skip_markup(f, p + 2)) {
            return Parsed::Nothing;
        }
        let index = point_index(c).map_or(99, |n| n as u32);
        let mut m = mk(
            Kind::Letter,
            p,
            p + 2,
            (p, p + 1),
            [index, 0, 0, 0],
            1,
            term,
        );
        m.letter = Some(c);
        return Parsed::Marker(m);
    }
    Parsed::Nothing
}

/// Past spaces and emphasis marks from folded position `p` of `f`.
fn skip_markup(f: &str, mut p: usize) -> usize {
    let b = f.as_bytes();
    while matches!(b.get(p), Some(b' ' | b'*' | b'_')) {
        p += 1;
    }
    p
}

/// Whether the original character at folded position `fp` is an upper-case letter.
fn starts_upper(doc: &Document, fp: usize) -> bool {
    let o = doc.folded.original_offset(fp);
    doc.text
        .get(o..)
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Whether the original letters of folded range `a..b` are all upper case.
fn orig_upper(doc: &Document, a: usize, b: usize) -> bool {
    let r = doc.folded.original(a, b);
    crate::text::is_upper(doc.slice(r))
}

/// A Roman or Arabic numeral at folded position `p`: end, value, whether Roman.
fn numeral_at(f: &str, p: usize) -> Option<(usize, u32, bool)> {
    let rest = f.get(p..)?;
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let value = rest.get(..digits)?.parse().ok()?;
        return Some((p + digits, value, false));
    }
    let roman = rest
        .bytes()
        .take_while(|c| matches!(c, b'i' | b'v' | b'x' | b'l'))
        .count();
    if roman == 0 {
        return None;
    }
    // The numeral is a whole word.
    if rest
        .as_bytes()
        .get(roman)
        .is_some_and(u8::is_ascii_alphanumeric)
    {
        return None;
    }
    let value = roman_value(rest.get(..roman)?)?;
    Some((p + roman, value, true))
}

/// The value of a well-formed Roman numeral (lower or upper case), `None` otherwise
/// (`IIII`, `VX`).
pub fn roman_value(s: &str) -> Option<u32> {
    let mut total = 0u32;
    let mut prev = 0u32;
    for c in s.chars().rev() {
        let v = match c.to_ascii_lowercase() {
            'i' => 1,
            'v' => 5,
            'x' => 10,
            'l' => 50,
            'c' => 100,
            _ => return None,
        };
        if v < prev {
            total = total.checked_sub(v)?;
        } else {
            total += v;
            prev = v;
        }
    }
    // Canonical form only.
    (total > 0 && to_roman(total).eq_ignore_ascii_case(s)).then_some(total)
}

/// `4` → `IV` (1..=399).
pub fn to_roman(mut n: u32) -> String {
    const TABLE: [(u32, &str); 9] = [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    let mut out = String::new();
    for (v, s) in TABLE {
        while n >= v {
            out.push_str(s);
            n -= v;
        }
    }
    out
}

/// Whether the rest of the line after original offset `from` is an upper-case heading of
/// at least two words (`ĐÁNH GIÁ CHUNG`).
fn upper_title(doc: &Document, line_end: usize, from: usize) -> bool {
    let t = doc
        .text
        .get(from..line_end)
        .unwrap_or("")
        .trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let words = t
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    words >= 2 && crate::text::is_upper(t) && t.chars().filter(|c| c.is_alphabetic()).count() >= 6
}

/// Whether the folded text between `from` and `to` mentions `label` (`4.`, `2.3.`, `c)`)
/// as a marker of its own (after white space, an opening bracket or markup, before white
/// space): a section written inline, inside a joined paragraph.
pub fn mentions(doc: &Document, from: usize, to: usize, label: &str) -> bool {
    let Some(s) = doc.folded.text.get(from..to.max(from)) else {
        return false;
    };
    if label.is_empty() {
        return false;
    }
    let mut search = 0usize;
    while let Some(pos) = s.get(search..).and_then(|r| r.find(label)) {
        let at = search + pos;
        let before = at.checked_sub(1).and_then(|i| s.as_bytes().get(i).copied());
        let after = s.as_bytes().get(at + label.len()).copied();
        let open = matches!(
            before,
            None | Some(b' ' | b'\n' | b'\r' | b'(' | b'*' | b'_' | b'>' | b'"')
        );
        let close = matches!(after, None | Some(b' ' | b'\n' | b'\r' | b'*' | b'_'));
        if open && close {
            return true;
        }
        search = at + label.len().max(1);
    }
    false
}

/// The folded label of a marker as it would be written (`4.`, `2.3.`, `c)`, `iii.`,
/// `dieu 4.`, `phan ii`); `roman` for `Phần`/`Chương` numbered in Roman numerals.
pub fn folded_label(kind: Kind, path: &[u32], letter: Option<char>, roman: bool) -> String {
    let n = path.first().copied().unwrap_or(0);
    let numeral = if roman {
        to_roman(n).to_lowercase()
    } else {
        n.to_string()
    };
    match kind {
        Kind::Number => {
            let mut s: String = path
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>()
                .join(".");
            s.push('.');
            s
        }
        Kind::Roman => format!("{}.", to_roman(n).to_lowercase()),
        Kind::Letter => {
            let c = letter.map_or('?', |c| if c == 'đ' { 'd' } else { c });
            format!("{c})")
        }
        Kind::Dieu => format!("dieu {n}."),
        Kind::Phan => format!("phan {numeral}"),
        Kind::Chuong => format!("chuong {numeral}"),
        Kind::Muc => format!("muc {n}"),
        Kind::TieuMuc => format!("tieu muc {n}"),
        Kind::Bullet => "-".to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn outline(body: &str) -> Vec<(Kind, Vec<u32>, String)> {
        let text = format!(
            "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 12/TB-UBND\nLạng Sơn, ngày 05 tháng 8 năm 2020\n\nTHÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh\n\n{body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n"
        );
        let doc = segment(&text, None);
        let o = Outline::of(&doc).unwrap();
        o.markers
            .iter()
            .map(|m| (m.kind, m.numbers().to_vec(), doc.slice(m.range).to_string()))
            .collect()
    }

    #[test]
    fn sections_points_and_bullets() {
        let o = outline(
            "Ngày 29/7/2020, Ủy ban nhân dân tỉnh họp.\n1. Sở Nội vụ hoàn thiện.\na) Nội dung thứ nhất;\nđ) Nội dung;\n- Gạch đầu dòng.\n2.1. Tiểu mục.\n**3. Chủ trì:** ông A.\n### II. NHIỆM VỤ\nĐiều 4. Hiệu lực\n",
        );
        let kinds: Vec<(Kind, Vec<u32>, &str)> = o
            .iter()
            .map(|(k, p, s)| (*k, p.clone(), s.as_str()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                (Kind::Number, vec![1], "1."),
                (Kind::Letter, vec![0], "a)"),
                (Kind::Letter, vec![4], "đ)"),
                (Kind::Bullet, vec![0], "-"),
                (Kind::Number, vec![2, 1], "2.1."),
                (Kind::Number, vec![3], "3."),
                (Kind::Roman, vec![2], "II."),
                (Kind::Dieu, vec![4], "Điều 4."),
            ]
        );
    }

    #[test]
    fn numbers_that_are_not_sections() {
        // A year ending a sentence on a wrapped line, a footnote, a thousand, a quote.
        let o = outline(
            "1. Các hoạt động được tổ chức từ tháng\n2026. Sau đó tổng kết.\n1 Điều 18 Nghị định số 181/2024/NĐ-CP.\n1.000 đồng mỗi ngày.\nKhoản 3 quy định: “1. Nhà nước quản lý;\n2. Bảo đảm thực hiện.”\n2. Tiếp theo.\n",
        );
        let labels: Vec<&str> = o.iter().map(|(_, _, s)| s.as_str()).collect();
        assert_eq!(labels, vec!["1.", "2."]);
    }

    #[test]
    fn layout_continuation_lines() {
        let o = outline(
            "      1. Công tác tuyên truyền, phổ biến đầy đủ nội dung theo quy định tại tháng\n12. Sau đó thực hiện.\n      2. Các sở quản lý nhà nước\n      a) Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tổ chức rà soát,\nb) thống kê, phân loại.\n      b) Hướng dẫn.\n",
        );
        let labels: Vec<&str> = o.iter().map(|(_, _, s)| s.as_str()).collect();
        assert_eq!(labels, vec!["1.", "2.", "a)", "b)"]);
    }

    #[test]
    fn nfd_and_structure_words() {
        let o = outline("Pha\u{302}\u{300}n II\nCHƯƠNG III\nMu\u{323}c 2. Quy định chung\nĐie\u{302}\u{300}u 7. Hiệu lực\n");
        let labels: Vec<(Kind, u32)> = o.iter().map(|(k, p, _)| (*k, p[0])).collect();
        assert_eq!(
            labels,
            vec![
                (Kind::Phan, 2),
                (Kind::Chuong, 3),
                (Kind::Muc, 2),
                (Kind::Dieu, 7)
            ]
        );
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman_value("IV"), Some(4));
        assert_eq!(roman_value("xiv"), Some(14));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("VX"), None);
        assert_eq!(to_roman(19), "XIX");
    }

    #[test]
    fn quotes_nest_and_close() {
        assert_eq!(quote_depth("“1. Nhà nước", 0), 1);
        assert_eq!(quote_depth("thành viên.”", 1), 0);
        assert_eq!(quote_depth("\"a\" và “b”", 0), 0);
        assert_eq!(quote_depth("“mở \"lồng\"", 0), 1);
    }

    #[test]
    fn inline_mentions() {
        let text = "5. Thời hạn 5.1. Thời hạn kiểm tra. Năm 2024. Xong";
        let doc = segment(text, None);
        assert!(mentions(&doc, 0, doc.folded.text.len(), "5.1."));
        assert!(!mentions(&doc, 0, doc.folded.text.len(), "4."));
        assert_eq!(folded_label(Kind::Letter, &[4], Some('đ'), false), "d)");
        assert_eq!(folded_label(Kind::Number, &[2, 3], None, false), "2.3.");
        assert_eq!(folded_label(Kind::Phan, &[2], None, true), "phan ii");
    }
}
