//! Citations of other documents in the body (spec §4.1): type name + `số` + number/symbol +
//! `ngày …` + `của <issuer>` + trích yếu, e.g. `Nghị quyết số 42/NQ-CP ngày 09/4/2020 của
//! Chính phủ về …`. Three symbol shapes: administrative (`42/NQ-CP`, `627/BYT-BH`), legal
//! normative with the year (`15/2020/QĐ-TTg`, `43/2017/QH14`) and Party (`20-NQ/TU`,
//! `80-KL/TU`); spaces typed inside a symbol (`5085 /SCT-VP`, `QĐ - UBND`) are read and
//! remembered. The same document cited again is matched by its number and symbol.
//!
//! One linear pass over the folded body, after `dates::scan` (a citation's date is the body
//! date that follows its symbol).

use std::collections::BTreeSet;

use crate::body::window::Window;
use crate::diagnostic::TextRange;
use crate::document::Document;

use super::dates::{self, BodyDate};

/// A document type name as citations write it.
#[derive(Debug, PartialEq, Eq)]
pub struct TypeName {
    /// Folded (`nghi quyet`).
    pub folded: &'static str,
    /// As printed in messages (`Nghị quyết`).
    pub name: &'static str,
    /// The ký hiệu abbreviations the type takes, folded (`nq`); empty: any (công văn).
    pub abbreviations: &'static [&'static str],
    /// Laws and ordinances: cited by type and name only (spec §4.1).
    pub law: bool,
}

const fn t(
    folded: &'static str,
    name: &'static str,
    abbreviations: &'static [&'static str],
    law: bool,
) -> TypeName {
    TypeName {
        folded,
        name,
        abbreviations,
        law,
    }
}

/// Longest first, so that `thong bao ket luan` wins over `ket luan`.
pub static TYPES: &[TypeName] = &[
    t(
        "chuong trinh hanh dong",
        "Chương trình hành động",
        &["ctr"],
        false,
    ),
    t(
        "nghi quyet lien tich",
        "Nghị quyết liên tịch",
        &["nqlt"],
        false,
    ),
    t("thong tu lien tich", "Thông tư liên tịch", &["ttlt"], false),
    t(
        "thong bao ket luan",
        "Thông báo kết luận",
        &["tb", "kl"],
        false,
    ),
    t("van ban hop nhat", "Văn bản hợp nhất", &["vbhn"], false),
    t("chuong trinh", "Chương trình", &["ctr"], false),
    t("quyet dinh", "Quyết định", &["qd"], false),
    t("nghi quyet", "Nghị quyết", &["nq"], false),
    t("thong bao", "Thông báo", &["tb"], false),
    t("nghi dinh", "Nghị định", &["nd"], false),
    t("phap lenh", "Pháp lệnh", &[], true),
    t("hien phap", "Hiến pháp", &[], true),
    t("cong dien", "Công điện", &["cd"], false),
    t("phuong an", "Phương án", &["pa"], false),
    t("huong dan", "Hướng dẫn", &["hd"], false),
    t("thong cao", "Thông cáo", &["tc"], false),
    t("ket luan", "Kết luận", &["kl", "tb"], false),
    t("cong van", "Công văn", &[], false),
    t("ke hoach", "Kế hoạch", &["kh"], false),
    t("thong tu", "Thông tư", &["tt"], false),
    t("to trinh", "Tờ trình", &["ttr"], false),
    t("bao cao", "Báo cáo", &["bc"], false),
    t("quy dinh", "Quy định", &["qyd", "qd"], false),
    t("giay moi", "Giấy mời", &["gm"], false),
    t("bien ban", "Biên bản", &["bb"], false),
    t("van ban", "Văn bản", &[], false),
    t("chi thi", "Chỉ thị", &["ct"], false),
    t("quy che", "Quy chế", &["qc"], false),
    t("bo luat", "Bộ luật", &[], true),
    t("de an", "Đề án", &["da"], false),
    t("luat", "Luật", &[], true),
];

/// Type abbreviations written in place of the type name (`theo QĐ 1050/QĐ-SCT`).
const ABBREVIATED_TYPES: &[(&str, &str)] = &[
    ("qd", "quyet dinh"),
    ("nd", "nghi dinh"),
    ("nq", "nghi quyet"),
    ("tt", "thong tu"),
    ("ct", "chi thi"),
    ("tb", "thong bao"),
    ("kh", "ke hoach"),
    ("cv", "cong van"),
];

/// Words that open a trích yếu after the issuer (`… của Chính phủ về …`, `… quy định …`).
const SUMMARY_STARTS: &[&str] = &[
    "ve",
    "v/v",
    "quy dinh",
    "ban hanh",
    "huong dan",
    "phe duyet",
    "sua doi",
    "bai bo",
    "thay the",
    "thanh lap",
    "dinh chinh",
    "cong bo",
    "phan cong",
    "phan cap",
    "phan quyen",
    "phan dinh",
    "uy quyen",
    "bo sung",
    "trien khai",
    "tang cuong",
    "day manh",
    "tiep tuc",
    "quy che",
    "chuong trinh",
    "ke hoach",
    "to chuc",
    "cho phep",
    "chap thuan",
    "thong qua",
    "dieu chinh",
    "kien toan",
    "nang cao",
    "hop nhat",
    "xu phat",
    "kiem tra",
    "tong ket",
    "danh muc",
    "cong nhan",
    "phong chong",
    "phong, chong",
    "bao ve",
    "giam nhe",
    "cap",
    "chi tiet",
    "dinh huong",
];

/// Words after a symbol that say the document was cited before (`số 24/2013/QĐ-UBND nêu
/// trên`).
const REPEAT_MARKS: &[&str] = &["neu tren", "noi tren", "da dan", "tren"];

/// How a number/symbol is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// `42/NQ-CP`, `627/BYT-BH`.
    Admin,
    /// `15/2020/QĐ-TTg`, `43/2017/QH14`.
    Legal,
    /// `20-NQ/TU`.
    Party,
}

/// A citation of another document.
#[derive(Debug, Clone)]
pub struct Citation {
    /// The type name as written, when there is one (`Nghị quyết`, `QĐ`).
    pub type_range: Option<TextRange>,
    pub kind: Option<&'static TypeName>,
    /// The type is written as its abbreviation (`QĐ 1050/QĐ-SCT`).
    pub abbreviated: bool,
    /// The type is shared with the citation before (`các Thông báo số 09/TB-VPCP …; số 328/TB-VPCP`).
    pub type_shared: bool,
    /// The number and symbol as written (`42/NQ-CP`, `5085 /SCT-VP`).
    pub symbol: TextRange,
    pub shape: Shape,
    pub number: u32,
    /// The year of a legal normative document's number (`2020` in `15/2020/QĐ-TTg`).
    pub year: Option<(u32, TextRange)>,
    /// The first segment after the number (and year): the type abbreviation of a typed
    /// document (`NQ`), the issuer of a công văn (`BYT`), the issuer of a law (`QH14`).
    pub first_segment: TextRange,
    /// The type segment of a Party symbol (`NQ` in `20-NQ/TU`).
    pub party_type: Option<TextRange>,
    /// White space typed inside the symbol.
    pub spaced: bool,
    /// Folded number/symbol without spaces, the number without leading zeros: the identity
    /// of the cited document.
    pub key: String,
    /// The date that follows (`ngày 09/4/2020`).
    pub date: Option<BodyDate>,
    /// The clause gives the date before the type (`Ngày 29/6/2026, Bộ trưởng … ban hành
    /// Quyết định số …`).
    pub date_before: bool,
    /// `của <issuer>` follows (or the clause names the issuer before the type, or a citation
    /// listed with this one gives it).
    pub issuer: bool,
    /// A trích yếu follows (`về …`, `quy định …`, `ban hành …`), or precedes.
    pub summary: bool,
    /// Inside the trích yếu of another citation (the other document's title).
    pub nested: bool,
    /// Marked as cited before (`nêu trên`).
    pub repeat: bool,
    /// The first citation of this document in the body.
    pub first: bool,
    /// From the type name (or `số`, or the number) to the end of the symbol.
    pub range: TextRange,
    /// Folded offsets: citation start and end of the symbol.
    pub fstart: usize,
    pub fend: usize,
}

impl Citation {
    /// Laws and ordinances are cited by type and name only.
    pub fn is_law(&self) -> bool {
        self.kind.is_some_and(|k| k.law)
    }

    /// The head as messages name it: `Nghị quyết số 42/NQ-CP`.
    pub fn label(&self, doc: &Document) -> String {
        // A symbol wrapped at a line end (`1883/QĐ-` / `UBND`) reads as one.
        let mut symbol = String::with_capacity(self.symbol.len());
        let mut wrapped = false;
        for ch in doc.slice(self.symbol).chars() {
            if ch == '\n' || ch == '\r' {
                wrapped = true;
            } else if !(wrapped && ch.is_whitespace()) {
                wrapped = false;
                symbol.push(ch);
            }
        }
        match self.kind {
            Some(k) => format!("{} số {symbol}", k.name),
            None => format!("số {symbol}"),
        }
    }
}

/// Every citation of the body, in order (pass the body dates from `dates::scan`).
pub fn scan(doc: &Document, dates: &[BodyDate]) -> Vec<Citation> {
    let mut out: Vec<Found> = Vec::new();
    for (lo, hi) in dates::body_spans(doc) {
        let s = Scanner::new(doc, lo, hi, dates);
        s.run(&mut out);
    }
    // Citations listed together share what the last of them gives (`Nghị định số A ngày …
    // và Nghị định số B ngày … của Chính phủ`).
    for k in (0..out.len()).rev() {
        let Some(next) = out.get(k + 1).map(|c| (c.issuer, c.summary)) else {
            continue;
        };
        if let Some(c) = out.get_mut(k) {
            if c.continues {
                c.issuer |= next.0;
                c.summary |= next.1;
            }
        }
    }
    let mut seen: BTreeSet<String> = BTreeSet::new();
    for c in &mut out {
        c.first = seen.insert(c.key.clone());
    }
    out.into_iter().map(Into::into).collect()
}

/// A citation while scanning (with the link to the one listed after it).
#[derive(Debug, Clone)]
struct Found {
    c: Citation,
    continues: bool,
    /// Where the citation's text ends (after its date, issuer and trích yếu start).
    tail: usize,
    before: Before,
    /// Where the trích yếu starts and the sentence ends, to know what is nested in it.
    summary_span: Option<(usize, usize)>,
}

impl std::ops::Deref for Found {
    type Target = Citation;
    fn deref(&self) -> &Citation {
        &self.c
    }
}

impl std::ops::DerefMut for Found {
    fn deref_mut(&mut self) -> &mut Citation {
        &mut self.c
    }
}

impl From<Found> for Citation {
    fn from(f: Found) -> Citation {
        f.c
    }
}

struct Scanner<'d, 'a> {
    w: Window<'d, 'a>,
    dates: &'d [BodyDate],
}

/// A parsed number/symbol (folded offsets).
struct Symbol {
    end: usize,
    number: u32,
    year: Option<(u32, usize, usize)>,
    first_segment: (usize, usize),
    party_type: Option<(usize, usize)>,
    shape: Shape,
    spaced: bool,
}

/// The scanner reads through its window (`self.at(i)`, `self.lo`…).
impl<'d, 'a> std::ops::Deref for Scanner<'d, 'a> {
    type Target = Window<'d, 'a>;

    fn deref(&self) -> &Self::Target {
        &self.w
    }
}

impl<'d, 'a> Scanner<'d, 'a> {
    fn new(doc: &'d Document<'a>, lo: usize, hi: usize, dates: &'d [BodyDate]) -> Self {
        Self {
            w: Window::new(doc, lo..hi),
            dates,
        }
    }

    fn word_before(&self, i: usize) -> Option<(usize, usize)> {
        let end = self.skip_spaces_back(i);
        let mut start = end;
        while start > self.lo && self.before(start).is_ascii_alphabetic() {
            start -= 1;
        }
        (start < end).then_some((start, end))
    }

    fn word_after(&self, i: usize) -> Option<(usize, usize)> {
        let start = self.skip_spaces(i);
        let mut end = start;
        while end < self.hi && self.at(end).is_ascii_alphabetic() {
            end += 1;
        }
        (end > start).then_some((start, end))
    }

    fn digits(&self, i: usize) -> Option<(u32, usize)> {
        let mut j = i;
        let mut v: u32 = 0;
        while j < self.hi && self.at(j).is_ascii_digit() {
            v = v
                .saturating_mul(10)
                .saturating_add(u32::from(self.at(j) - b'0'));
            j += 1;
        }
        (j > i).then_some((v, j))
    }

    /// A symbol segment (`nq`, `ubnd`, `qh14`) at `i`: starts with a letter.
    fn segment(&self, i: usize) -> Option<usize> {
        if !self.at(i).is_ascii_alphabetic() {
            return None;
        }
        let mut j = i;
        while j < self.hi && self.at(j).is_ascii_alphanumeric() {
            j += 1;
        }
        Some(j)
    }

    /// Whether an original segment reads as a symbol part: upper case, or one of the mixed-case
    /// abbreviations (`TTg`, `QyĐ`, `CTr`, `TTr`, `TrS`).
    fn upper_segment(&self, a: usize, b: usize) -> bool {
        let s = self.doc.slice(self.original(a, b));
        let mixed = ["TTg", "QyĐ", "CTr", "TTr", "TrS", "QĐi"];
        crate::text::is_upper(s) || mixed.contains(&s)
    }

    /// Segments joined by `-` after `i` (spaces around a dash only before an upper-case
    /// segment): end, and whether spaces were crossed.
    fn segments(&self, i: usize) -> Option<(usize, bool)> {
        let mut end = self.segment(i)?;
        let mut spaced = false;
        loop {
            let d = self.skip_blanks(end);
            if self.at(d) != b'-' {
                break;
            }
            let mut s = self.skip_blanks(d + 1);
            // A symbol wrapped after its dash (`1883/QĐ-` / `UBND`): layout, not a typed space.
            let wrapped = d == end && matches!(self.at(s), b'\n' | b'\r') && s < self.hi;
            if wrapped {
                s = self.skip_spaces(s);
            }
            let Some(e) = self.segment(s) else { break };
            let gap = !wrapped && (d > end || s > d + 1);
            if (gap || wrapped) && !self.upper_segment(s, e) {
                break;
            }
            spaced |= gap;
            end = e;
        }
        Some((end, spaced))
    }

    /// A number/symbol starting with the digits at `i`.
    fn symbol(&self, i: usize) -> Option<Symbol> {
        let (number, j) = self.digits(i)?;
        let k = self.skip_blanks(j);
        let mut spaced = k > j;
        match self.at(k) {
            b'-' => {
                // Party: `20-NQ/TU`.
                let ts = self.skip_blanks(k + 1);
                let te = self.segment(ts)?;
                if te - ts > 6 {
                    return None;
                }
                let sl = self.skip_blanks(te);
                if self.at(sl) != b'/' {
                    return None;
                }
                let ss = self.skip_blanks(sl + 1);
                let (end, sp) = self.segments(ss)?;
                spaced |= sp || ts > k + 1 || sl > te || ss > sl + 1;
                Some(Symbol {
                    end,
                    number,
                    year: None,
                    first_segment: (ss, self.segment(ss).unwrap_or(ss)),
                    party_type: Some((ts, te)),
                    shape: Shape::Party,
                    spaced,
                })
            }
            b'/' => {
                let mut s = self.skip_blanks(k + 1);
                spaced |= s > k + 1;
                let mut year = None;
                if let Some((y, ye)) = self.digits(s) {
                    let sl = self.skip_blanks(ye);
                    if ye - s != 4 || self.at(sl) != b'/' {
                        return None;
                    }
                    year = Some((y, s, ye));
                    let next = self.skip_blanks(sl + 1);
                    spaced |= sl > ye || next > sl + 1;
                    s = next;
                }
                let (end, sp) = self.segments(s)?;
                spaced |= sp;
                Some(Symbol {
                    end,
                    number,
                    year,
                    first_segment: (s, self.segment(s).unwrap_or(s)),
                    party_type: None,
                    shape: if year.is_some() {
                        Shape::Legal
                    } else {
                        Shape::Admin
                    },
                    spaced,
                })
            }
            _ => None,
        }
    }

    /// The type name ending right before `p`.
    fn type_before(&self, p: usize) -> Option<(&'static TypeName, usize)> {
        let end = self.skip_spaces_back(p);
        let c = self.before(end);
        TYPES
            .iter()
            .filter(|ty| ty.folded.as_bytes().last() == Some(&c))
            .find_map(|ty| self.phrase_start(end, ty.folded).map(|start| (ty, start)))
    }

    /// `Luật <Tên> số …`, `Pháp lệnh <Tên> số …`: a law named before `số`, within a few words.
    fn law_before(&self, p: usize) -> Option<(&'static TypeName, usize)> {
        let mut q = p;
        for _ in 0..12 {
            let w = self.word_before(q)?;
            if !Window::is_space(self.at(w.1)) && w.1 != self.skip_spaces_back(q) {
                return None;
            }
            let word = self.text(w.0, w.1);
            if word == b"luat" || word == b"lenh" {
                let (ty, start) = self.type_before(w.1)?;
                let capital = self
                    .doc
                    .slice(self.original(start, start + 1))
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase);
                return (ty.law && capital).then_some((ty, start));
            }
            // Stop at punctuation between words.
            let gap = self.str(w.1, self.skip_spaces_back(q));
            if !gap.is_empty() {
                return None;
            }
            q = w.0;
        }
        None
    }

    fn run(&self, out: &mut Vec<Found>) {
        let mut i = self.lo;
        while i < self.hi {
            // Every symbol starts with a digit: jump to the next one.
            let Some(off) = self
                .f
                .get(i..self.hi)
                .and_then(|s| s.iter().position(u8::is_ascii_digit))
            else {
                break;
            };
            i += off;
            if self.before(i).is_ascii_alphanumeric() {
                i = self.digits(i).map_or(i + 1, |(_, e)| e);
                continue;
            }
            let Some(sym) = self.symbol(i) else {
                i = self.digits(i).map_or(i + 1, |(_, e)| e);
                continue;
            };
            if let Some(found) = self.citation(i, &sym, out) {
                out.push(found);
            }
            i = sym.end.max(i + 1);
        }
    }

    fn citation(&self, i: usize, sym: &Symbol, out: &[Found]) -> Option<Found> {
        // `số` (with an optional colon) before the number.
        let mut p = i;
        if self.before(self.skip_spaces_back(p)) == b':' {
            p = self.skip_spaces_back(p) - 1;
        }
        let so = self.word_before(p).filter(|w| self.text(w.0, w.1) == b"so");
        let head = so.map_or(i, |w| w.0);
        let mut abbreviated = false;
        let mut type_shared = false;
        let mut kind = self.type_before(head);
        if kind.is_none() && so.is_some() {
            kind = self.law_before(head);
        }
        if kind.is_none() && so.is_none() {
            // `QĐ 1050/QĐ-SCT`: an upper-case type abbreviation right before the number.
            let w = self.word_before(i)?;
            let word = self.text(w.0, w.1);
            let (_, full) = ABBREVIATED_TYPES
                .iter()
                .find(|(a, _)| a.as_bytes() == word)?;
            if !crate::text::is_upper(self.doc.slice(self.original(w.0, w.1))) {
                return None;
            }
            kind = TYPES.iter().find(|t| t.folded == *full).map(|t| (t, w.0));
            abbreviated = true;
        }
        if kind.is_none() {
            // A bare `số` continuing a list: `các Thông báo số 09/TB-VPCP ngày …; số 328/TB-VPCP`.
            let prev = out.last().filter(|c| c.continues_to(head))?;
            kind = prev.kind.map(|k| (k, head));
            type_shared = true;
        }
        let (ty, start) = kind?;
        // The date, issuer and trích yếu after the symbol.
        let mut k = self.skip_spaces(sym.end);
        if self.at(k) == b',' {
            k = self.skip_spaces(k + 1);
        }
        let at = self.dates.partition_point(|d| d.fstart < k);
        let date = self
            .dates
            .get(at)
            .filter(|d| d.fstart == k && d.lead == dates::Lead::Ngay && d.day.is_some())
            .copied();
        let after = date.map_or(sym.end, |d| d.fend);
        let repeat = self.repeat_after(sym.end);
        let (issuer_after, summary_start, summary_after, tail) = self.tail(after);
        let mut before = self.before_context(start);
        // Listed with the citation before (`…; số 328/TB-VPCP`, `… và Công văn số …` after
        // `Bộ Y tế có Công văn số …`): what its clause gave applies here too.
        if let Some(prev) = out.last() {
            let same_sentence = prev.fend <= start
                && !self.text(prev.fend, start).windows(2).any(|w| match w {
                    [b';', _] | [b'\n', b'\n'] => true,
                    [b'.', c] => !c.is_ascii_alphanumeric(),
                    _ => false,
                });
            if prev.continues_to(start) || (same_sentence && prev.before.by_subject) {
                before.issuer |= prev.before.issuer;
                before.summary |= prev.before.summary;
                before.by_subject |= prev.before.by_subject;
            }
        }
        let sentence_end = self.sentence_end(tail);
        let nested = out.last().is_some_and(|prev| {
            prev.summary_span
                .is_some_and(|(a, b)| start > a && start < b)
        });
        let continues = self.list_follows(tail);
        let key = self.key(i, sym);
        Some(Found {
            c: Citation {
                type_range: (!type_shared).then(|| self.original(start, self.type_end(start, ty))),
                kind: Some(ty),
                abbreviated,
                type_shared,
                symbol: self.original(i, sym.end),
                shape: sym.shape,
                number: sym.number,
                year: sym.year.map(|(y, a, b)| (y, self.original(a, b))),
                first_segment: self.original(sym.first_segment.0, sym.first_segment.1),
                party_type: sym.party_type.map(|(a, b)| self.original(a, b)),
                spaced: sym.spaced,
                key,
                date,
                date_before: date.is_none() && before.date,
                issuer: issuer_after || before.issuer,
                summary: summary_after || before.summary,
                nested,
                repeat,
                first: false,
                range: self.original(start, sym.end),
                fstart: start,
                fend: sym.end,
            },
            continues,
            tail,
            before,
            summary_span: summary_start.map(|s| (s, sentence_end)),
        })
    }

    fn type_end(&self, start: usize, ty: &TypeName) -> usize {
        if ty.folded.len() <= 2 {
            // An abbreviation (`QĐ`).
            return self.word_after(start).map_or(start, |w| w.1);
        }
        self.phrase_end(start, ty.folded)
            .unwrap_or(start + ty.folded.len())
    }

    fn key(&self, i: usize, sym: &Symbol) -> String {
        let mut key = sym.number.to_string();
        let rest = self.str(i, sym.end);
        let digits_end = rest
            .bytes()
            .position(|b| !b.is_ascii_digit())
            .unwrap_or(rest.len());
        key.extend(
            rest.get(digits_end..)
                .unwrap_or("")
                .chars()
                .filter(|c| !c.is_whitespace()),
        );
        key
    }

    /// `nêu trên`, `đã dẫn` right after the symbol.
    fn repeat_after(&self, end: usize) -> bool {
        let s = self.skip_spaces(end);
        let window = self.str(s, (s + 12).min(self.hi));
        REPEAT_MARKS.iter().any(|m| {
            window.starts_with(m)
                && !window
                    .as_bytes()
                    .get(m.len())
                    .is_some_and(|b| b.is_ascii_alphanumeric())
        })
    }

    /// After the date (or the symbol): `của <issuer>` and a trích yếu. Returns (issuer,
    /// where the trích yếu starts, trích yếu found, where the citation's text ends).
    fn tail(&self, after: usize) -> (bool, Option<usize>, bool, usize) {
        let mut q = self.skip_spaces(after);
        if self.at(q) == b',' {
            q = self.skip_spaces(q + 1);
        }
        let mut issuer = false;
        if let Some(w) = self.word_after(q) {
            if self.text(w.0, w.1) == b"cua" && w.0 == q {
                issuer = true;
                q = w.1;
            }
        }
        // Read words up to a boundary, looking for the start of a trích yếu.
        let mut words = 0;
        let mut pos = q;
        loop {
            let s = self.skip_spaces(pos);
            let c = self.at(s);
            if matches!(c, b'"' | b'\'') {
                return (issuer, Some(s), true, s);
            }
            if self.boundary(s) || s >= self.hi {
                return (issuer, None, false, s);
            }
            if let Some(start) = SUMMARY_STARTS
                .iter()
                .filter(|w| w.as_bytes().first() == Some(&c))
                .find_map(|w| self.word_at(s, w))
            {
                return (issuer, Some(start), true, s);
            }
            let Some(w) = self.word_after(s).filter(|w| w.0 == s) else {
                // A number or a symbol: not a plain word.
                let mut e = s + 1;
                while e < self.hi && !Window::is_space(self.at(e)) && !self.boundary(e) {
                    e += 1;
                }
                pos = e;
                words += 1;
                if words > 12 {
                    return (issuer, Some(s), true, s);
                }
                continue;
            };
            let word = self.text(w.0, w.1);
            let lower = self
                .doc
                .slice(self.original(w.0, w.0 + 1))
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
            // `… để đề nghị …`: the purpose says what the document is about.
            if lower && word == b"de" {
                return (issuer, Some(s), true, s);
            }
            let stop: &[&[u8]] = &[b"thi", b"nen", b"do", b"theo", b"tai", b"voi", b"ma"];
            if (lower && stop.contains(&word)) || (!issuer && words == 0) {
                return (issuer, None, false, s);
            }
            // Another citation (`và Quyết định số …`) ends this one.
            if self.next_citation(s) {
                return (issuer, None, false, s);
            }
            words += 1;
            if words > 12 {
                // A long run of words with no clear start: assume a trích yếu.
                return (issuer, Some(s), true, s);
            }
            pos = w.1;
        }
    }

    /// Whether the folded text at `s` is `word` (whole words).
    fn word_at(&self, s: usize, word: &str) -> Option<usize> {
        self.phrase_end(s, word).map(|_| s)
    }

    /// The end of `phrase` (folded words) read at `s`, whole words; a space in the phrase
    /// matches any white space, line breaks included (`sửa` / `đổi` wrapped).
    fn phrase_end(&self, s: usize, phrase: &str) -> Option<usize> {
        let p = phrase.as_bytes();
        if p.first() != Some(&self.at(s)) || self.before(s).is_ascii_alphanumeric() {
            return None;
        }
        let mut i = s;
        for &c in p {
            if c == b' ' {
                let j = self.skip_spaces(i);
                if j == i {
                    return None;
                }
                i = j;
            } else if self.at(i) == c {
                i += 1;
            } else {
                return None;
            }
        }
        (!self.at(i).is_ascii_alphanumeric()).then_some(i)
    }

    /// The start of `phrase` read backwards from `end`, whole words.
    fn phrase_start(&self, end: usize, phrase: &str) -> Option<usize> {
        let p = phrase.as_bytes();
        if end == 0 || p.last() != Some(&self.before(end)) || self.at(end).is_ascii_alphanumeric() {
            return None;
        }
        let mut i = end;
        for &c in p.iter().rev() {
            if c == b' ' {
                let j = self.skip_spaces_back(i);
                if j == i {
                    return None;
                }
                i = j;
            } else if i > self.lo && self.before(i) == c {
                i -= 1;
            } else {
                return None;
            }
        }
        (!self.before(i).is_ascii_alphanumeric()).then_some(i)
    }

    /// A clause boundary at `s`: `.`, `;`, `:`, `,`, brackets, a blank line, a table cell.
    fn boundary(&self, s: usize) -> bool {
        match self.at(s) {
            b';' | b':' | b',' | b'(' | b')' | b'[' | b']' | b'|' => true,
            b'.' => !self.at(s + 1).is_ascii_alphanumeric(),
            b'\n' => s >= self.hi,
            _ => false,
        }
    }

    /// A citation starts at `s` (`Quyết định số …`, `số …`, `các Nghị định …`).
    fn next_citation(&self, s: usize) -> bool {
        let Some(w) = self.word_after(s) else {
            return false;
        };
        let mut q = w.0;
        if self.text(w.0, w.1) == b"va" || self.text(w.0, w.1) == b"cac" {
            q = self.skip_spaces(w.1);
            if let Some(w2) = self.word_after(q) {
                if self.text(w2.0, w2.1) == b"cac" {
                    q = self.skip_spaces(w2.1);
                }
            }
        }
        if self.word_at(q, "so").is_some() && self.at(self.skip_spaces(q + 2)).is_ascii_digit() {
            return true;
        }
        let c = self.at(q);
        TYPES
            .iter()
            .filter(|t| t.folded.as_bytes().first() == Some(&c))
            .any(|t| {
                self.phrase_end(q, t.folded).is_some_and(|e| {
                    let after = self.skip_spaces(e);
                    self.word_at(after, "so").is_some() || self.at(after).is_ascii_digit()
                })
            })
    }

    /// What follows the citation is another one in the same list (`, Quyết định số …`,
    /// `; số …`, `và Nghị định số …`).
    fn list_follows(&self, tail: usize) -> bool {
        let s = self.skip_spaces(tail);
        let next = if matches!(self.at(s), b',' | b';') {
            s + 1
        } else {
            s
        };
        self.next_citation(next)
    }

    /// The end of the sentence from `s`: `.`, `;`, a closing bracket or the end of the line.
    fn sentence_end(&self, s: usize) -> usize {
        let mut e = s;
        let limit = (s + 300).min(self.hi);
        while e < limit {
            match self.at(e) {
                b';' | b')' | b'\n' | b'|' => return e,
                b'.' if !self.at(e + 1).is_ascii_alphanumeric() => return e,
                _ => e += 1,
            }
        }
        e
    }

    /// Before the type name, in the same clause: the issuer (`… của lãnh đạo UBND tỉnh … tại
    /// Thông báo số …`, `Bộ Y tế có Công văn số …`, `được UBND tỉnh phê duyệt tại Quyết định
    /// số …`), the trích yếu (`ý kiến chỉ đạo của … tại`, `ban hành kèm theo`, `sửa đổi, bổ
    /// sung bởi`) and the date (`Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành Quyết định số
    /// …`).
    fn before_context(&self, start: usize) -> Before {
        let mut cs = start;
        let limit = start.saturating_sub(200).max(self.lo);
        while cs > limit {
            let b = self.before(cs);
            if matches!(b, b';' | b'|' | b'(' | b')' | b':')
                || (b == b'.' && !self.at(cs).is_ascii_alphanumeric())
                || (b == b'\n' && cs >= 2 && self.before(cs - 1) == b'\n')
            {
                break;
            }
            cs -= 1;
        }
        let clause = self.str(cs, start);
        // Drop the provision references before the type (`tại điểm c khoản 2 Điều 6 …`).
        let mut words: Vec<&str> = clause
            .split(|c: char| !c.is_ascii_alphanumeric() && c != '/')
            .filter(|w| !w.is_empty())
            .collect();
        let provision = |w: &str| {
            matches!(
                w,
                "diem"
                    | "khoan"
                    | "dieu"
                    | "muc"
                    | "chuong"
                    | "phan"
                    | "tiet"
                    | "tieu"
                    | "phu"
                    | "luc"
                    | "va"
                    | "cac"
                    | "bang"
                    | "mau"
                    | "so"
            ) || w.bytes().all(|b| b.is_ascii_digit())
                || w.len() == 1
                || w.bytes().all(|b| matches!(b, b'i' | b'v' | b'x' | b'l'))
        };
        while words.last().is_some_and(|w| provision(w)) {
            words.pop();
        }
        let ends = |tail: &[&str]| words.ends_with(tail);
        let has = |w: &str| words.contains(&w);
        let referred = ends(&["tai"]) || ends(&["theo"]) || ends(&["trong", "noi", "dung"]);
        let attached = ends(&["kem", "theo"]) || ends(&["boi"]);
        let by_subject = ends(&["co"]) || ends(&["ban", "hanh"]) || ends(&["ky"]);
        // `… được Thủ tướng Chính phủ phê duyệt tại …`: the agent of a passive is the issuer.
        let agent = clause.match_indices("duoc").any(|(i, _)| {
            let at = cs + i + 4;
            if !Window::is_space(self.at(at)) {
                return false;
            }
            let w = self.skip_spaces(at);
            self.doc
                .slice(self.original(w, w + 1))
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        });
        // `… được phê duyệt trữ lượng tại Quyết định số …`: what was approved is the content.
        let approved = ends(&["tai"])
            && (words.windows(2).any(|w| w == ["phe", "duyet"])
                || words.windows(2).any(|w| w == ["ban", "hanh"]));
        let first = self.dates.partition_point(|d| d.fstart < cs);
        let date = by_subject
            && self
                .dates
                .get(first..)
                .unwrap_or(&[])
                .iter()
                .take_while(|d| d.fend <= start)
                .any(|d| d.date().is_some());
        Before {
            issuer: (referred && (has("cua") || agent)) || by_subject,
            summary: (referred && (has("cua") || has("ve"))) || approved || attached,
            date,
            by_subject,
        }
    }
}

/// What the clause before a citation gives.
#[derive(Debug, Clone, Copy, Default)]
struct Before {
    issuer: bool,
    summary: bool,
    date: bool,
    /// The clause's subject issued the document (`Bộ Y tế có Công văn số …`).
    by_subject: bool,
}

impl Found {
    /// Whether `head` (a bare `số`) continues this citation's list: only `,`, `;` or `và`
    /// between this citation's end and it.
    fn continues_to(&self, head: usize) -> bool {
        self.continues && self.tail <= head && head - self.tail < 16
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn body(text: &str) -> String {
        format!(
            "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 125/TB-UBND\nLạng Sơn, ngày 05 tháng 8 năm 2020\nTHÔNG BÁO\n\
             Kết luận của Chủ tịch UBND tỉnh\n\n{text}\nVăn phòng thông báo để các cơ quan biết, thực hiện./.\n\n\
             Nơi nhận:\n- Lưu: VT.\nCHỦ TỊCH\n\nNguyễn Văn A\n"
        )
    }

    /// (label, symbol, has date, issuer, summary, first, nested)
    fn cites(text: &str) -> Vec<(String, String, bool, bool, bool, bool, bool)> {
        let t = body(text);
        let doc = crate::segment::segment(&t, None);
        let d = dates::scan(&doc);
        scan(&doc, &d)
            .iter()
            .map(|c| {
                (
                    c.label(&doc),
                    doc.slice(c.symbol).to_string(),
                    c.date.is_some(),
                    c.issuer,
                    c.summary,
                    c.first,
                    c.nested,
                )
            })
            .collect()
    }

    #[test]
    fn full_and_short() {
        let got = cites(
            "Thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ. \
             Theo Nghị quyết số 42/NQ-CP, các đơn vị báo cáo.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "Nghị quyết số 42/NQ-CP");
        assert_eq!(
            (got[0].2, got[0].3, got[0].4, got[0].5),
            (true, true, true, true)
        );
        assert!(!got[1].5);
    }

    #[test]
    fn missing_parts() {
        let got = cites(
            "tại Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ, Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].1, "15/2020/QĐ-TTg");
        assert!(got.iter().all(|c| c.2 && c.3 && !c.4), "{got:?}");
        let got =
            cites("thực hiện Nghị quyết số 08/2019/NQ-HĐND của HĐND tỉnh về chính sách đặc thù.");
        assert_eq!((got[0].2, got[0].3, got[0].4), (false, true, true));
    }

    #[test]
    fn party_and_nested() {
        let got = cites(
            "Báo cáo tổng kết Kết luận số 80-KL/TU ngày 17/10/2016 của Ban Chấp hành Đảng bộ tỉnh về tiếp tục thực hiện Nghị quyết số 34-NQ/TU, ngày 22/11/2011 về xây dựng khu vực biên giới.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].1, "80-KL/TU");
        assert!(got[0].4);
        assert_eq!(got[1].1, "34-NQ/TU");
        assert!(got[1].6, "nested: {got:?}");
    }

    #[test]
    fn lists_and_spaces() {
        let got = cites(
            "Nghị định số 181/2024/NĐCP ngày 31/12/2024 và Nghị định số 146/2025/NĐ-CP ngày 12/6/2025 của Chính phủ quy định về phân quyền. \
             Công văn số 5085 /SCT-VP ngày 19/8/2020 của Sở Công Thương về việc triển khai.",
        );
        assert_eq!(got.len(), 3);
        assert!(got[0].3 && got[0].4, "shared issuer and summary: {got:?}");
        assert_eq!(got[2].1, "5085 /SCT-VP");
        let got = cites(
            "các Thông báo kết luận số 09/TB-VPCP ngày 11 tháng 01 năm 2024; số 328/TB-VPCP ngày 16 tháng 7 năm 2024 và cuộc họp.",
        );
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, "Thông báo kết luận số 328/TB-VPCP");
    }

    #[test]
    fn laws_and_subjects() {
        let t = body("theo Luật Hóa chất số 69/2025/QH15. Bộ Y tế có Công văn số 627/BYT-BH  ngày 27/01/2021 về việc hướng dẫn.");
        let doc = crate::segment::segment(&t, None);
        let d = dates::scan(&doc);
        let c = scan(&doc, &d);
        assert_eq!(c.len(), 2);
        assert!(c[0].is_law());
        assert!(c[1].issuer && c[1].summary && c[1].date.is_some());
        assert_eq!(doc.slice(c[1].symbol), "627/BYT-BH");
    }
}
