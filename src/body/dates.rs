//! Dates in the body (nội dung): `ngày 09/4/2020`, `ngày 09 tháng 4 năm 2020`, `09/4/2020`,
//! `tháng 8/2020`, `tháng 8 năm 2020`, `năm 2020`, and ranges (`từ ngày 01 đến ngày 15/8/2020`,
//! `ngày 01 - 03/8/2020`, `tháng 7-8/2020`), with the weekday written beside a date
//! (`thứ Hai, ngày 03/8/2020`, `ngày 03/8/2020 (thứ Hai)`) and the deadline phrase before it
//! (`trước ngày`, `chậm nhất ngày`, `hạn chót`, `hoàn thành trong tháng`). Numbers and symbols
//! are never dates: `30/2020/NĐ-CP`, `42/NQ-CP`, `15/2020` inside `15/2020/QĐ-TTg`, `09/09`
//! (a count), `1.500.000`.
//!
//! One linear pass over the folded body (no regex): every date starts with a run of digits,
//! and the words around it (`ngày`, `tháng`, `năm`, `thứ`, `trước`…) are read from the folded
//! copy, so NFC, NFD and OCR'd text read alike; ranges map back to the original text.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::body::window::Window;
use crate::component::ComponentKind;
use crate::diagnostic::TextRange;
use crate::document::Document;

/// One number of a body date: its value and where its digits are in the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Num {
    pub value: u32,
    pub range: TextRange,
}

/// The word written before a date's first number, which says what that number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    /// Digits alone (`09/4/2020`).
    None,
    /// `ngày 09/4/2020`.
    Ngay,
    /// `tháng 8/2020`.
    Thang,
    /// `năm 2020`.
    Nam,
}

/// How a deadline phrase bounds the work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    /// `trước ngày X`, `xong trước X`: due before X.
    Before,
    /// `chậm nhất ngày X`, `hạn chót X`, `hoàn thành trong tháng X`: due by the end of X.
    By,
}

/// A deadline phrase written before a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    /// The phrase as written (`trước`, `chậm nhất`, `hoàn thành trong`), without `ngày`.
    pub range: TextRange,
    pub kind: DeadlineKind,
}

/// A weekday written beside a date: `thứ Hai`, `Thứ 2`, `Chủ nhật`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekdayMention {
    /// The whole name as written (`thứ Hai`).
    pub range: TextRange,
    /// `thứ` alone (empty for `Chủ nhật`).
    pub thu: TextRange,
    /// The day word (`Hai`, `2`, `nhật`).
    pub day_word: TextRange,
    pub weekday: Weekday,
}

/// A date found in the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyDate {
    /// The date as written, from its first number to its last (`09/4/2020`,
    /// `09 tháng 4 năm 2020`, `8/2020`, `2020`), without the lead word.
    pub range: TextRange,
    pub lead: Lead,
    /// The lead word (`ngày`, `tháng`, `năm`) as written.
    pub lead_range: Option<TextRange>,
    pub day: Option<Num>,
    pub month: Option<Num>,
    pub year: Option<Num>,
    /// Month and year taken from the other end of a range (`ngày 01 - 03/8/2020`).
    pub inherited_month: Option<u32>,
    pub inherited_year: Option<u32>,
    /// Written in words (`09 tháng 4 năm 2020`) rather than with separators.
    pub words: bool,
    /// Part of a range or list of dates written together (`từ ngày 01 đến ngày 15/8/2020`).
    pub in_range: bool,
    pub deadline: Option<Deadline>,
    pub weekday: Option<WeekdayMention>,
    /// Folded byte range, from the lead word when there is one.
    pub fstart: usize,
    pub fend: usize,
}

/// Why a day and month do not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Invalid {
    /// Month outside 1–12.
    Month(u32),
    /// Day 0.
    DayZero,
    /// More days than the month has (`31/6`, `29/02/2021`): the month's length.
    TooManyDays { days: u32 },
}

impl BodyDate {
    pub fn month_value(&self) -> Option<u32> {
        self.month.map(|m| m.value).or(self.inherited_month)
    }

    pub fn year_value(&self) -> Option<i32> {
        self.year
            .map(|y| y.value)
            .or(self.inherited_year)
            .and_then(|y| i32::try_from(y).ok())
    }

    /// Day, month and year all written here (none taken from a range partner).
    pub fn explicit(&self) -> bool {
        self.day.is_some() && self.month.is_some() && self.year.is_some()
    }

    /// The calendar date, when day, month and year are known and form a real date.
    pub fn date(&self) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(self.year_value()?, self.month_value()?, self.day?.value)
    }

    /// The first and last day the date may mean: the day itself, or the whole month
    /// (`tháng 8/2020`) or year (`năm 2020`).
    pub fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        let y = self.year_value()?;
        match (self.day, self.month_value()) {
            (Some(_), Some(_)) => self.date().map(|d| (d, d)),
            (None, Some(m)) => {
                let first = NaiveDate::from_ymd_opt(y, m, 1)?;
                Some((first, last_of_month(y, m)?))
            }
            (None, None) => Some((
                NaiveDate::from_ymd_opt(y, 1, 1)?,
                NaiveDate::from_ymd_opt(y, 12, 31)?,
            )),
            (Some(_), None) => None,
        }
    }

    /// Why this day and month cannot exist (checked in a leap year when the year is unknown).
    pub fn invalid(&self) -> Option<Invalid> {
        let day = self.day?.value;
        let month = self.month_value()?;
        if !(1..=12).contains(&month) {
            return Some(Invalid::Month(month));
        }
        if day == 0 {
            return Some(Invalid::DayZero);
        }
        let days = days_in_month(self.year_value().unwrap_or(2000), month)?;
        (day > days).then_some(Invalid::TooManyDays { days })
    }

    /// The date as the text means it, in the `d/m/yyyy` form used in messages.
    pub fn short(&self) -> String {
        match (self.day, self.month_value(), self.year_value()) {
            (Some(d), Some(m), Some(y)) => format!("{}/{y}", day_month(d.value, m)),
            (Some(d), Some(m), None) => day_month(d.value, m),
            (None, Some(m), Some(y)) => month_year(m, y),
            (None, None, Some(y)) => y.to_string(),
            _ => String::new(),
        }
    }
}

/// Number of days in a month (`None` for a month outside 1–12).
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    last_of_month(year, month).map(|d| d.day())
}

fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    (28..=31)
        .rev()
        .find_map(|d| NaiveDate::from_ymd_opt(year, month, d))
}

/// A date as messages write it: `03/8/2020` (leading zero for days below 10 and for
/// months 1 and 2, as in the header).
pub fn short(d: NaiveDate) -> String {
    format!("{}/{}", day_month(d.day(), d.month()), d.year())
}

fn day_month(d: u32, m: u32) -> String {
    if m <= 2 {
        format!("{d:02}/{m:02}")
    } else {
        format!("{d:02}/{m}")
    }
}

fn month_year(m: u32, y: i32) -> String {
    if m <= 2 {
        format!("{m:02}/{y}")
    } else {
        format!("{m}/{y}")
    }
}

/// What the header says of the issue date: the first and last day it can be (the day
/// itself, or the whole month or year when a draft leaves the day or month blank).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IssueWindow {
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// The header date as written.
    pub range: TextRange,
}

impl IssueWindow {
    pub fn exact(&self) -> bool {
        self.first == self.last
    }

    /// `05/8/2020`, `8/2020` or `2020` as messages write it.
    pub fn label(&self) -> String {
        if self.exact() {
            short(self.first)
        } else if self.first.month() == self.last.month() {
            month_year(self.first.month(), self.first.year())
        } else {
            self.first.year().to_string()
        }
    }
}

/// The issue date's window, when at least its year is filled in and the date is real.
pub fn issue_window(doc: &Document) -> Option<IssueWindow> {
    let date = doc.issue_date?;
    let year = i32::try_from(date.year.value?).ok()?;
    let range = date.range;
    match (date.month.value, date.day.value) {
        (Some(m), Some(d)) => {
            let day = NaiveDate::from_ymd_opt(year, m, d)?;
            Some(IssueWindow {
                first: day,
                last: day,
                range,
            })
        }
        (Some(m), None) => Some(IssueWindow {
            first: NaiveDate::from_ymd_opt(year, m, 1)?,
            last: last_of_month(year, m)?,
            range,
        }),
        (None, _) => Some(IssueWindow {
            first: NaiveDate::from_ymd_opt(year, 1, 1)?,
            last: NaiveDate::from_ymd_opt(year, 12, 31)?,
            range,
        }),
    }
}

/// The weekday's name as Vietnamese writes it (`thứ Hai`, `Chủ nhật`).
pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "thứ Hai",
        Weekday::Tue => "thứ Ba",
        Weekday::Wed => "thứ Tư",
        Weekday::Thu => "thứ Năm",
        Weekday::Fri => "thứ Sáu",
        Weekday::Sat => "thứ Bảy",
        Weekday::Sun => "Chủ nhật",
    }
}

/// The folded byte range of each piece of the body.
pub(crate) fn body_spans(doc: &Document) -> Vec<(usize, usize)> {
    let Some(body) = doc.get(ComponentKind::NoiDung) else {
        return Vec::new();
    };
    body.parts
        .iter()
        .map(|p| {
            (
                folded_index(doc, p.range.start),
                folded_index(doc, p.range.end),
            )
        })
        .collect()
}

/// The folded byte range of an original range.
pub(crate) fn folded_span(doc: &Document, range: TextRange) -> (usize, usize) {
    (folded_index(doc, range.start), folded_index(doc, range.end))
}

/// The first folded byte whose character starts at or after original offset `orig`.
pub(crate) fn folded_index(doc: &Document, orig: usize) -> usize {
    let (mut lo, mut hi) = (0usize, doc.folded.text.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if doc.folded.original_offset(mid) < orig {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// The body read once: its dates and its citations.
#[derive(Debug, Default)]
pub struct Reading {
    pub dates: Vec<BodyDate>,
    pub citations: Vec<super::citations::Citation>,
}

/// The body's dates and citations, read once per check (the date and citation rules share
/// it through `Document::shared`).
pub fn read(doc: &Document) -> std::rc::Rc<Reading> {
    doc.shared
        .reading
        .get_or_init(|| {
            let dates = scan(doc);
            let citations = super::citations::scan(doc, &dates);
            std::rc::Rc::new(Reading { dates, citations })
        })
        .clone()
}

/// Every date of the body, in order (read afresh; rules use `read`).
pub fn scan(doc: &Document) -> Vec<BodyDate> {
    let mut out = Vec::new();
    for (lo, hi) in body_spans(doc) {
        Scanner::new(doc, lo, hi).run(&mut out);
    }
    out
}

/// Every date inside an original range (e.g. the trích yếu).
pub fn scan_range(doc: &Document, range: TextRange) -> Vec<BodyDate> {
    let mut out = Vec::new();
    let (lo, hi) = folded_span(doc, range);
    Scanner::new(doc, lo, hi).run(&mut out);
    out
}

/// The date of the meeting a conclusion notice reports (`Ngày 29/7/2020, UBND tỉnh đã tổ
/// chức phiên họp …`): in a thông báo, the first full date of the first paragraph of the
/// body when that paragraph speaks of a meeting (`họp`, `hội nghị`, `làm việc`, `giao ban`).
/// A meeting over several days gives its first day.
pub fn meeting_date(doc: &Document, dates: &[BodyDate]) -> Option<(NaiveDate, TextRange)> {
    if doc.doc_type != crate::doctype::DocType::ThongBao {
        return None;
    }
    let (lo, hi) = body_spans(doc).into_iter().next()?;
    let f = doc.folded.text.as_bytes();
    // The first paragraph: up to the first line break after some text.
    let start = (lo..hi).find(|&i| f.get(i).is_some_and(|b| !b.is_ascii_whitespace()))?;
    let end = (start..hi)
        .find(|&i| matches!(f.get(i), Some(b'\n' | b'\r')))
        .unwrap_or(hi);
    let first = dates
        .iter()
        .find(|d| d.fstart >= start && d.fstart < end && d.date().is_some())?;
    let para = doc.folded.text.get(start..end)?;
    let meeting = ["hoi nghi", "lam viec", "giao ban", "hoi thao"]
        .iter()
        .any(|w| contains_word(para, w))
        || para.match_indices("hop").any(|(i, _)| {
            let (a, b) = (start + i, start + i + 3);
            word_bounded(f, a, b) && same_word(doc.slice(doc.folded.original(a, b)), "họp")
        });
    if !meeting {
        return None;
    }
    Some((first.date()?, first.range))
}

/// Whether `hay` (folded) contains `word` (folded, may be several words) as whole words.
pub(crate) fn contains_word(hay: &str, word: &str) -> bool {
    let h = hay.as_bytes();
    hay.match_indices(word)
        .any(|(i, _)| word_bounded(h, i, i + word.len()))
}

/// Whether the folded bytes hold one of `phrases` (folded words separated by single spaces)
/// as whole words, white space between words being any run of spaces. One pass over the
/// words; no substring search.
pub(crate) fn has_any_word(hay: &[u8], phrases: &[&str]) -> bool {
    let words: Vec<&[u8]> = hay
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    phrases.iter().any(|p| {
        let parts: Vec<&[u8]> = p.as_bytes().split(|b| *b == b' ').collect();
        words.windows(parts.len()).any(|w| w == parts.as_slice())
    })
}

fn word_bounded(f: &[u8], a: usize, b: usize) -> bool {
    let before = a
        .checked_sub(1)
        .and_then(|i| f.get(i))
        .is_none_or(|c| !c.is_ascii_alphanumeric());
    let after = f.get(b).is_none_or(|c| !c.is_ascii_alphanumeric());
    before && after
}

/// Whether an original word is `nfc_lower` with the same diacritics, whatever the case and
/// the normalisation (NFC, NFD or a mix): `thứ` is not `thu`, `thủ` or `thư`; `họp` is not
/// `hợp`. Only the letters of the words this module compares are decomposed.
pub(crate) fn same_word(original: &str, nfc_lower: &str) -> bool {
    key(original) == key(nfc_lower)
}

/// Lower case, decomposed, marks sorted within each letter.
fn key(s: &str) -> Vec<char> {
    let mut out: Vec<char> = Vec::with_capacity(s.len());
    let mut cluster = 0usize;
    for c in s.chars().flat_map(char::to_lowercase) {
        let parts: &[char] = match c {
            'ứ' => &['u', '\u{31b}', '\u{301}'],
            'ư' => &['u', '\u{31b}'],
            'ủ' => &['u', '\u{309}'],
            'á' => &['a', '\u{301}'],
            'ả' => &['a', '\u{309}'],
            'ă' => &['a', '\u{306}'],
            'â' => &['a', '\u{302}'],
            'ậ' => &['a', '\u{302}', '\u{323}'],
            'ọ' => &['o', '\u{323}'],
            'ợ' => &['o', '\u{31b}', '\u{323}'],
            'ơ' => &['o', '\u{31b}'],
            'ự' => &['u', '\u{31b}', '\u{323}'],
            'ụ' => &['u', '\u{323}'],
            _ => &[],
        };
        let chars: Vec<char> = if parts.is_empty() {
            vec![c]
        } else {
            parts.to_vec()
        };
        for ch in chars {
            if ('\u{300}'..='\u{36f}').contains(&ch) {
                out.push(ch);
                if let Some(marks) = out.get_mut(cluster + 1..) {
                    crate::sort::sort_slice_by_key(marks, |c| *c);
                }
            } else {
                cluster = out.len();
                out.push(ch);
            }
        }
    }
    out
}

/// Nouns before `thứ` that make it an ordinal (`kỳ họp thứ hai`, `lần thứ 2`), not a weekday.
const ORDINAL_NOUNS: &[&str] = &[
    "lan", "ky", "khoa", "phien", "dot", "vong", "lop", "tuan", "nam", "thang", "ngay", "buoi",
    "nghi", "hoi", "muc", "dieu", "khoan", "chuong", "phan", "bac", "hang", "cap", "so", "thu",
    "nguoi", "con", "tang", "giai", "doan", "dai", "lien", "nhiem",
];

/// Words that, in the clause before a bare `trước ngày`, make it a cut-off (`được cấp phép
/// trước ngày`, `trường hợp … trước ngày`) rather than a deadline.
const CUTOFF_WORDS: &[&str] = &[
    "da",
    "duoc",
    "bi",
    "neu",
    "truong hop",
    "doi voi",
    "hieu luc",
    "ke tu",
    "tinh den",
    "phat sinh",
    "truoc day",
];

/// Most dates chained in one range or list (`ngày 01, 02, 03 và 04/8/2020`).
const MAX_CHAIN: usize = 8;

struct Scanner<'d, 'a> {
    w: Window<'d, 'a>,
}

/// Where the next date of a range starts, the lead it is read with, and its lead word.
type Next = (usize, Lead, Option<(usize, usize)>);

/// A date before range handling: its numbers (folded ranges) and where it ends.
#[derive(Debug, Clone, Copy)]
struct Raw {
    lead: Lead,
    lead_span: Option<(usize, usize)>,
    day: Option<(u32, usize, usize)>,
    month: Option<(u32, usize, usize)>,
    year: Option<(u32, usize, usize)>,
    words: bool,
    start: usize,
    end: usize,
}

/// The scanner reads through its window (`self.at(i)`, `self.lo`…).
impl<'d, 'a> std::ops::Deref for Scanner<'d, 'a> {
    type Target = Window<'d, 'a>;

    fn deref(&self) -> &Self::Target {
        &self.w
    }
}

impl<'d, 'a> Scanner<'d, 'a> {
    fn new(doc: &'d Document<'a>, lo: usize, hi: usize) -> Self {
        Self {
            w: Window::new(doc, lo..hi),
        }
    }

    /// The letters-only word ending right before `i` (after white space).
    fn word_before(&self, i: usize) -> Option<(usize, usize)> {
        let end = self.skip_spaces_back(i);
        let mut start = end;
        while start > self.lo && self.before(start).is_ascii_alphabetic() {
            start -= 1;
        }
        (start < end && !self.before(start).is_ascii_digit()).then_some((start, end))
    }

    /// The letters-only word starting at `i` (after white space).
    fn word_after(&self, i: usize) -> Option<(usize, usize)> {
        let start = self.skip_spaces(i);
        let mut end = start;
        while end < self.hi && self.at(end).is_ascii_alphabetic() {
            end += 1;
        }
        (end > start && !self.at(end).is_ascii_digit()).then_some((start, end))
    }

    fn is(&self, w: Option<(usize, usize)>, s: &str) -> bool {
        w.is_some_and(|(a, b)| self.text(a, b) == s.as_bytes())
    }

    /// Digits at `i`: value (saturated) and end.
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

    /// Nothing glued after a date's last number: no letter or digit, and no separator
    /// followed by one (`15/2020/QĐ`, `2.5.2020.3`).
    fn ends_clean(&self, end: usize) -> bool {
        let c = self.at(end);
        if c.is_ascii_alphanumeric() {
            return false;
        }
        !(matches!(c, b'/' | b'.' | b'-') && self.at(end + 1).is_ascii_alphanumeric())
    }

    fn run(&self, out: &mut Vec<BodyDate>) {
        let mut i = self.lo;
        while i < self.hi {
            // Every date starts with a digit: jump to the next one.
            let Some(off) = self
                .f
                .get(i..self.hi)
                .and_then(|s| s.iter().position(u8::is_ascii_digit))
            else {
                break;
            };
            i += off;
            let run_end = self.digits(i).map_or(i + 1, |(_, e)| e);
            let p = self.before(i);
            // Inside a word or a bigger number (`1.500`, `2,5`, `15/2020`).
            let glued = p.is_ascii_alphanumeric()
                || (matches!(p, b'/' | b'.' | b',')
                    && i >= 2
                    && self.before(i - 1).is_ascii_digit());
            if glued {
                i = run_end;
                continue;
            }
            match self.chain(i) {
                Some(chain) => {
                    let end = chain.last().map_or(run_end, |r| r.end);
                    self.emit(&chain, out);
                    i = end.max(run_end);
                }
                None => i = run_end,
            }
        }
    }

    /// The lead word before `i`.
    fn lead(&self, i: usize) -> (Lead, Option<(usize, usize)>) {
        let w = self.word_before(i);
        let lead = match w.map(|(a, b)| self.text(a, b)) {
            Some(b"ngay") => Lead::Ngay,
            Some(b"thang") => Lead::Thang,
            Some(b"nam") => Lead::Nam,
            _ => Lead::None,
        };
        (lead, if lead == Lead::None { None } else { w })
    }

    /// A date at `i` and the dates chained after it by `-`, `,`, `và`, `đến`.
    fn chain(&self, i: usize) -> Option<Vec<Raw>> {
        let (lead, lead_span) = self.lead(i);
        let first = self.parse(i, lead, lead_span, false)?;
        let mut chain = vec![first];
        while chain.len() < MAX_CHAIN {
            let Some(last) = chain.last().copied() else {
                break;
            };
            let Some((at, lead, lead_span)) = self.connector(last) else {
                break;
            };
            match self.parse(at, lead, lead_span, true) {
                Some(next) => chain.push(next),
                None => break,
            }
        }
        // A lone day (`ngày 15`) or day-month without a partner is no date.
        let has_month = chain.iter().any(|o| o.month.is_some());
        chain.retain(|r| r.month.is_some() || r.year.is_some() || (r.day.is_some() && has_month));
        if chain.is_empty() {
            return None;
        }
        Some(chain)
    }

    /// What follows a date that continues it: a connector and the next date's start.
    fn connector(&self, last: Raw) -> Option<Next> {
        let k = self.skip_spaces(last.end);
        let c = self.at(k);
        let after = if matches!(c, b'-' | b',' | b'&') {
            k + 1
        } else {
            let w = self.word_after(k)?;
            match self.text(w.0, w.1) {
                b"den" | b"toi" | b"va" => {
                    // `đến hết ngày`
                    let next = self.word_after(w.1);
                    if self.is(next, "het") {
                        next.map_or(w.1, |n| n.1)
                    } else {
                        w.1
                    }
                }
                _ => return None,
            }
        };
        let mut at = self.skip_spaces(after);
        let mut lead = match last.lead {
            Lead::Thang => Lead::Thang,
            Lead::Nam => return None,
            _ => Lead::Ngay,
        };
        let mut lead_span = None;
        if let Some(w) = self.word_after(at) {
            lead = match self.text(w.0, w.1) {
                b"ngay" => Lead::Ngay,
                b"thang" => Lead::Thang,
                _ => return None,
            };
            lead_span = Some(w);
            at = self.skip_spaces(w.1);
        }
        // A bare comma joins only numbers of the same kind (`ngày 01, 02/8`), not a new
        // clause (`ngày 05/8/2020, 15 đơn vị`): the date before must lack something.
        if c == b',' && lead_span.is_none() && last.year.is_some() {
            return None;
        }
        self.at(at)
            .is_ascii_digit()
            .then_some((at, lead, lead_span))
    }

    /// One date at digit `i` read with `lead`. `partner`: it continues a range, so a day
    /// or day-month without a year is accepted.
    fn parse(
        &self,
        i: usize,
        lead: Lead,
        lead_span: Option<(usize, usize)>,
        partner: bool,
    ) -> Option<Raw> {
        let (a, j) = self.digits(i)?;
        let alen = j - i;
        let start = lead_span.map_or(i, |w| w.0);
        let base = Raw {
            lead,
            lead_span,
            day: None,
            month: None,
            year: None,
            words: false,
            start,
            end: j,
        };
        match lead {
            Lead::Nam => {
                if alen != 4 || !self.ends_clean(j) {
                    return None;
                }
                Some(Raw {
                    year: Some((a, i, j)),
                    ..base
                })
            }
            Lead::Thang => {
                if alen > 2 {
                    return None;
                }
                let month = Some((a, i, j));
                if let Some((y, ys, ye)) = self.year_after(j) {
                    return Some(Raw {
                        month,
                        year: Some((y, ys, ye)),
                        end: ye,
                        ..base
                    });
                }
                if self.at(j).is_ascii_digit() {
                    return None;
                }
                Some(Raw { month, ..base })
            }
            Lead::Ngay | Lead::None => {
                if alen > 2 {
                    return None;
                }
                let day = Some((a, i, j));
                // Words: `09 tháng 4 năm 2020`.
                let w = self.word_after(j);
                if self.is(w, "thang") {
                    let ms = self.skip_spaces(w.map_or(j, |w| w.1));
                    let (m, me) = self.digits(ms)?;
                    if me - ms > 2 {
                        return None;
                    }
                    let year = self.year_after(me);
                    if lead == Lead::None && year.is_none() && !partner {
                        return None;
                    }
                    if year.is_none() && self.at(me).is_ascii_digit() {
                        return None;
                    }
                    return Some(Raw {
                        day,
                        month: Some((m, ms, me)),
                        year,
                        words: true,
                        end: year.map_or(me, |y| y.2),
                        ..base
                    });
                }
                // Numbers: `09/4/2020`, `09-4-2020`, `09.4.2020`, `09/4`.
                if let Some(raw) = self.numeric(i, a, j, lead, partner, base) {
                    return Some(raw);
                }
                // A day alone, only as the start of a range (`ngày 01 - 03/8/2020`) or
                // inside one; the chain drops it if no month follows.
                let glued =
                    matches!(self.at(j), b'/' | b'.') && self.at(j + 1).is_ascii_alphanumeric();
                if (lead == Lead::Ngay || partner) && !self.at(j).is_ascii_digit() && !glued {
                    return Some(Raw { day, ..base });
                }
                None
            }
        }
    }

    /// `09/4/2020`, `09-4-2020`, `09.4.2020`, `09/4`: day `a` at `i..j`.
    fn numeric(
        &self,
        i: usize,
        a: u32,
        j: usize,
        lead: Lead,
        partner: bool,
        base: Raw,
    ) -> Option<Raw> {
        let sep = self.at(j);
        if !matches!(sep, b'/' | b'-' | b'.') {
            return None;
        }
        let (m, me) = self.digits(j + 1)?;
        if me - (j + 1) > 2 {
            return None;
        }
        let mut end = me;
        let mut year = None;
        if self.at(me) == sep {
            if let Some((y, ye)) = self.digits(me + 1) {
                if ye - (me + 1) != 4 {
                    return None;
                }
                year = Some((y, me + 1, ye));
                end = ye;
            }
        }
        if !self.ends_clean(end) {
            return None;
        }
        let ok = match (lead, year) {
            // Without a year only a plausible day and month (`ngày 15/20 đơn vị` is a count).
            (_, None) if !(1..=12).contains(&m) || !(1..=31).contains(&a) => false,
            (Lead::Ngay, _) => true,
            (_, None) => partner,
            (_, Some((y, _, _))) => {
                if sep == b'/' {
                    (1..=12).contains(&m) && (1..=31).contains(&a)
                } else {
                    i32::try_from(y)
                        .ok()
                        .and_then(|y| NaiveDate::from_ymd_opt(y, m, a))
                        .is_some()
                }
            }
        };
        ok.then_some(Raw {
            day: Some((a, i, j)),
            month: Some((m, j + 1, me)),
            year,
            end,
            ..base
        })
    }

    /// `/2020`, `-2020` or ` năm 2020` right after a month.
    fn year_after(&self, j: usize) -> Option<(u32, usize, usize)> {
        if matches!(self.at(j), b'/' | b'-') {
            let (y, ye) = self.digits(j + 1)?;
            return (ye - (j + 1) == 4 && self.ends_clean(ye)).then_some((y, j + 1, ye));
        }
        let w = self.word_after(j)?;
        if self.text(w.0, w.1) != b"nam" {
            return None;
        }
        let ys = self.skip_spaces(w.1);
        let (y, ye) = self.digits(ys)?;
        (ye - ys == 4 && self.ends_clean(ye)).then_some((y, ys, ye))
    }

    fn emit(&self, chain: &[Raw], out: &mut Vec<BodyDate>) {
        let in_range = chain.len() > 1;
        for (k, r) in chain.iter().enumerate() {
            let find = |get: fn(&Raw) -> Option<(u32, usize, usize)>| {
                chain
                    .get(k + 1..)
                    .into_iter()
                    .flatten()
                    .find_map(get)
                    .or_else(|| chain.get(..k).into_iter().flatten().rev().find_map(get))
                    .map(|x| x.0)
            };
            let num = |x: Option<(u32, usize, usize)>| {
                x.map(|(value, a, b)| Num {
                    value,
                    range: self.original(a, b),
                })
            };
            let first_num = [r.day, r.month, r.year]
                .into_iter()
                .flatten()
                .map(|x| x.1)
                .min()
                .unwrap_or(r.start);
            let inherited_month = if r.month.is_none() && r.day.is_some() {
                find(|r| r.month)
            } else {
                None
            };
            let inherited_year = if r.year.is_none() && (r.day.is_some() || r.month.is_some()) {
                find(|r| r.year)
            } else {
                None
            };
            let lead_start = r.lead_span.map_or(first_num, |w| w.0);
            let deadline = if k == 0 {
                self.deadline(lead_start, r.end, r.lead)
            } else {
                None
            };
            let weekday = self
                .weekday_before(lead_start)
                .or_else(|| self.weekday_after(r.end));
            out.push(BodyDate {
                range: self.original(first_num, r.end),
                lead: r.lead,
                lead_range: r.lead_span.map(|(a, b)| self.original(a, b)),
                day: num(r.day),
                month: num(r.month),
                year: num(r.year),
                inherited_month,
                inherited_year,
                words: r.words,
                in_range,
                deadline,
                weekday,
                fstart: r.start,
                fend: r.end,
            });
        }
    }

    /// A deadline phrase ending right before `p` (the lead word or the first number).
    fn deadline(&self, p: usize, end: usize, lead: Lead) -> Option<Deadline> {
        let w1 = self.word_before(p)?;
        let w2 = self.word_before(w1.0);
        let w3 = w2.and_then(|w| self.word_before(w.0));
        let t = |w: Option<(usize, usize)>| w.map_or(&b""[..], |(a, b)| self.text(a, b));
        let (t1, t2, t3) = (t(Some(w1)), t(w2), t(w3));
        let span = |from: Option<(usize, usize)>| from.map(|w| self.original(w.0, w1.1));
        let (range, kind, explicit) = match (t3, t2, t1) {
            (b"cham", b"nhat", b"truoc") => (span(w3), DeadlineKind::Before, true),
            (_, b"cham", b"nhat") => (span(w2), DeadlineKind::By, true),
            (b"cham", b"nhat", b"la" | b"vao" | b"den" | b"trong") => {
                (span(w3), DeadlineKind::By, true)
            }
            (_, b"han", b"chot") => (span(w2), DeadlineKind::By, true),
            (b"han", b"chot", b"la" | b"vao") => (span(w3), DeadlineKind::By, true),
            (b"hoan", b"thanh", b"trong") | (_, b"xong", b"trong") if lead == Lead::Thang => {
                let from = if t2 == b"xong" { w2 } else { w3 };
                (span(from), DeadlineKind::By, true)
            }
            (b"hoan", b"thanh", b"truoc") => (span(w3), DeadlineKind::Before, true),
            (_, b"xong", b"truoc") => (span(w2), DeadlineKind::Before, true),
            (_, _, b"truoc") => (span(Some(w1)), DeadlineKind::Before, false),
            _ => return None,
        };
        let range = range?;
        if !explicit && !self.is_deadline_clause(w1.0, end) {
            return None;
        }
        // A past statement (`đã hoàn thành trước ngày`) is no deadline.
        let phrase_start = [w3, w2, Some(w1)]
            .into_iter()
            .flatten()
            .find(|w| self.original(w.0, w.1).start == range.start)
            .map_or(w1.0, |w| w.0);
        if self.is(self.word_before(phrase_start), "da") {
            return None;
        }
        Some(Deadline { range, kind })
    }

    /// For a bare `trước ngày X`: the clause around it gives an instruction, not a cut-off
    /// (`được cấp phép trước ngày X`, `hồ sơ nộp trước ngày X thì …`).
    fn is_deadline_clause(&self, phrase: usize, end: usize) -> bool {
        let boundary = |b: u8| matches!(b, b';' | b'!' | b'?' | b':' | b'|');
        let mut cs = phrase;
        let limit = phrase.saturating_sub(400).max(self.lo);
        while cs > limit {
            let b = self.before(cs);
            if boundary(b) || (b == b'.' && Window::is_space(self.at(cs))) {
                break;
            }
            cs -= 1;
        }
        if has_any_word(self.text(cs, phrase), CUTOFF_WORDS) {
            return false;
        }
        let mut ce = end;
        let limit = (end + 200).min(self.hi);
        while ce < limit {
            let b = self.at(ce);
            if boundary(b) || (b == b'.' && Window::is_space(self.at(ce + 1))) {
                break;
            }
            ce += 1;
        }
        !has_any_word(self.text(end, ce), &["thi"])
    }

    /// `thứ Hai, ngày …`, `thứ 2 (ngày …)`, `Chủ nhật, …` ending before `p`.
    fn weekday_before(&self, p: usize) -> Option<WeekdayMention> {
        let mut q = self.skip_spaces_back(p);
        if matches!(self.before(q), b',' | b'(' | b'-' | b':') {
            q = self.skip_spaces_back(q - 1);
        }
        // `thứ 2`
        let c = self.before(q);
        if matches!(c, b'2'..=b'7') && !self.before(q - 1).is_ascii_digit() {
            let thu = self.word_before(q - 1)?;
            if self.text(thu.0, thu.1) != b"thu" {
                return None;
            }
            return self.weekday_mention(thu, (q - 1, q), false);
        }
        let day = self.word_before(q)?;
        if day.1 != q {
            return None;
        }
        let thu = self.word_before(day.0)?;
        self.weekday_mention(thu, day, false)
    }

    /// `… (thứ Hai)` right after a date ending at `e`.
    fn weekday_after(&self, e: usize) -> Option<WeekdayMention> {
        let q = self.skip_spaces(e);
        if self.at(q) != b'(' {
            return None;
        }
        let thu = self.word_after(q + 1)?;
        let ds = self.skip_spaces(thu.1);
        let day = if matches!(self.at(ds), b'2'..=b'7') && !self.at(ds + 1).is_ascii_alphanumeric()
        {
            (ds, ds + 1)
        } else {
            self.word_after(thu.1)?
        };
        if self.at(self.skip_spaces(day.1)) != b')' {
            return None;
        }
        self.weekday_mention(thu, day, true)
    }

    /// Read `thu`/`chu` + day word as a weekday, checking the diacritics in the original.
    fn weekday_mention(
        &self,
        thu: (usize, usize),
        day: (usize, usize),
        after: bool,
    ) -> Option<WeekdayMention> {
        let first = self.text(thu.0, thu.1);
        let word = self.text(day.0, day.1);
        let orig = |w: (usize, usize)| self.doc.slice(self.original(w.0, w.1));
        let weekday = match (first, word) {
            (b"chu", b"nhat") => {
                if !same_word(orig(thu), "chủ") || !same_word(orig(day), "nhật") {
                    return None;
                }
                Weekday::Sun
            }
            (b"thu", _) => {
                if !same_word(orig(thu), "thứ") {
                    return None;
                }
                let (w, spelled) = match word {
                    b"2" | b"hai" => (Weekday::Mon, "hai"),
                    b"3" | b"ba" => (Weekday::Tue, "ba"),
                    b"4" | b"tu" => (Weekday::Wed, "tư"),
                    b"5" | b"nam" => (Weekday::Thu, "năm"),
                    b"6" | b"sau" => (Weekday::Fri, "sáu"),
                    b"7" | b"bay" => (Weekday::Sat, "bảy"),
                    _ => return None,
                };
                if word.first().is_some_and(|b| b.is_ascii_alphabetic())
                    && !same_word(orig(day), spelled)
                {
                    return None;
                }
                w
            }
            _ => return None,
        };
        // An ordinal (`kỳ họp thứ hai`, `lần thứ 2`) is no weekday.
        if !after && weekday != Weekday::Sun {
            if let Some(prev) = self.word_before(thu.0) {
                let t = self.text(prev.0, prev.1);
                if ORDINAL_NOUNS.iter().any(|n| n.as_bytes() == t) {
                    return None;
                }
                // `kỳ họp thứ 7`, `phiên họp thứ hai` (but `họp thứ Hai, ngày …`).
                if t == b"hop" {
                    let before = self.word_before(prev.0).map(|w| self.text(w.0, w.1));
                    if matches!(before, Some(b"ky" | b"phien" | b"cuoc" | b"buoi" | b"dot")) {
                        return None;
                    }
                }
            }
        }
        let thu_range = if weekday == Weekday::Sun {
            TextRange::empty(self.original(thu.0, thu.0).start)
        } else {
            self.original(thu.0, thu.1)
        };
        Some(WeekdayMention {
            range: self.original(thu.0, day.1),
            thu: thu_range,
            day_word: self.original(day.0, day.1),
            weekday,
        })
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

    fn dates(text: &str) -> Vec<(String, String)> {
        let t = body(text);
        let doc = crate::segment::segment(&t, None);
        scan(&doc)
            .iter()
            .map(|d| (doc.slice(d.range).to_string(), d.short()))
            .collect()
    }

    fn pairs(v: &[(&str, &str)]) -> Vec<(String, String)> {
        v.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn shapes() {
        assert_eq!(
            dates("Ngày 09/4/2020 và ngày 09 tháng 4 năm 2020, hạn 31/12/2020."),
            pairs(&[
                ("09/4/2020", "09/4/2020"),
                ("09 tháng 4 năm 2020", "09/4/2020"),
                ("31/12/2020", "31/12/2020")
            ])
        );
        assert_eq!(
            dates("Nhiệm vụ tháng 8/2020 và tháng 9 năm 2020, trong năm 2021."),
            pairs(&[
                ("8/2020", "8/2020"),
                ("9 năm 2020", "9/2020"),
                ("2021", "2021")
            ])
        );
    }

    #[test]
    fn symbols_and_numbers_are_not_dates() {
        let got = dates(
            "Nghị định số 30/2020/NĐ-CP, Nghị quyết số 42/NQ-CP, Quyết định số 15/2020/QĐ-TTg, \
             Nghị quyết số 20-NQ/TU, Quyết định 1074/QĐ-BXD; có mặt 09/09; 1.500.000 đồng; \
             tỷ lệ 2,5/3; kỷ niệm ngày Thương binh - Liệt sĩ 27/7; tệp 2026.08.19-5085.SCT.VP; \
             giai đoạn 2016-2020.",
        );
        assert_eq!(got, Vec::<(String, String)>::new());
    }

    #[test]
    fn ranges() {
        assert_eq!(
            dates("Từ ngày 22/7/2026 đến ngày 05/8/2026."),
            pairs(&[("22/7/2026", "22/7/2026"), ("05/8/2026", "05/8/2026")])
        );
        assert_eq!(
            dates("Trong hai ngày 28 và 29/7/2020, họp."),
            pairs(&[("28", "28/7/2020"), ("29/7/2020", "29/7/2020")])
        );
        assert_eq!(
            dates("ngày 01 - 03/8/2020; ngày 30-31/6/2020"),
            pairs(&[
                ("01", "01/8/2020"),
                ("03/8/2020", "03/8/2020"),
                ("30", "30/6/2020"),
                ("31/6/2020", "31/6/2020")
            ])
        );
        assert_eq!(
            dates("từ ngày 01/8 đến ngày 15/8/2020, từ tháng 7-8/2020"),
            pairs(&[
                ("01/8", "01/8/2020"),
                ("15/8/2020", "15/8/2020"),
                ("7", "7/2020"),
                ("8/2020", "8/2020")
            ])
        );
        assert_eq!(
            dates("Từ ngày 20 tháng 8 năm 2026 đến hết ngày 28 tháng 02 năm 2027"),
            pairs(&[
                ("20 tháng 8 năm 2026", "20/8/2026"),
                ("28 tháng 02 năm 2027", "28/02/2027")
            ])
        );
        // A comma after a full date starts a new clause.
        assert_eq!(
            dates("Ngày 05/8/2020, 15 đơn vị đã báo cáo."),
            pairs(&[("05/8/2020", "05/8/2020")])
        );
    }

    #[test]
    fn invalid_dates() {
        let t = body(
            "ngày 31/6/2020, ngày 29/02/2021, ngày 29/02/2024, ngày 05/13/2020, ngày 00/5/2020",
        );
        let doc = crate::segment::segment(&t, None);
        let got: Vec<Option<Invalid>> = scan(&doc).iter().map(|d| d.invalid()).collect();
        assert_eq!(
            got,
            vec![
                Some(Invalid::TooManyDays { days: 30 }),
                Some(Invalid::TooManyDays { days: 28 }),
                None,
                Some(Invalid::Month(13)),
                Some(Invalid::DayZero),
            ]
        );
    }

    fn with(text: &str) -> (String, Vec<BodyDate>) {
        let t = body(text);
        let doc = crate::segment::segment(&t, None);
        let d = scan(&doc);
        (t, d)
    }

    #[test]
    fn weekdays() {
        let (t, d) = with("Họp vào 8 giờ, thứ Hai, ngày 03/8/2020 và ngày 05/8/2020 (thứ Tư).");
        assert_eq!(d[0].weekday.map(|w| w.weekday), Some(Weekday::Mon));
        let w = d[0].weekday.unwrap();
        assert_eq!(&t[w.range.start..w.range.end], "thứ Hai");
        assert_eq!(&t[w.day_word.start..w.day_word.end], "Hai");
        assert_eq!(d[1].weekday.map(|w| w.weekday), Some(Weekday::Wed));
        let (_, d) = with("Chủ nhật, ngày 02/8/2020; Thứ 7 (08/8/2020)");
        assert_eq!(d[0].weekday.map(|w| w.weekday), Some(Weekday::Sun));
        assert_eq!(d[1].weekday.map(|w| w.weekday), Some(Weekday::Sat));
        // Ordinals and look-alikes are no weekdays.
        let (_, d) = with(
            "kỳ họp thứ 7, ngày 23/6/2014; theo thứ tự ngày 05/8/2020; dự toán thu năm 2020; lần thứ hai ngày 05/8/2020",
        );
        assert!(d.iter().all(|d| d.weekday.is_none()), "{d:?}");
        // NFD.
        let (_, d) = with("thu\u{31b}\u{301} Hai, nga\u{300}y 03/8/2020");
        assert_eq!(d[0].weekday.map(|w| w.weekday), Some(Weekday::Mon));
    }

    #[test]
    fn deadlines() {
        let (t, d) = with(
            "Sở Y tế hoàn thiện, trình UBND tỉnh trước ngày 05/8/2020. Báo cáo chậm nhất ngày 10/8/2020; \
             hoàn thành trong tháng 9/2020. Các hồ sơ đã cấp phép trước ngày 01/7/2020 giữ nguyên. \
             Hồ sơ nộp trước ngày 01/7/2020 thì giải quyết theo quy định cũ.",
        );
        let got: Vec<(String, Option<DeadlineKind>)> = d
            .iter()
            .map(|d| {
                (
                    d.deadline
                        .map(|x| t[x.range.start..x.range.end].to_string())
                        .unwrap_or_default(),
                    d.deadline.map(|x| x.kind),
                )
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("trước".to_string(), Some(DeadlineKind::Before)),
                ("chậm nhất".to_string(), Some(DeadlineKind::By)),
                ("hoàn thành trong".to_string(), Some(DeadlineKind::By)),
                (String::new(), None),
                (String::new(), None),
            ]
        );
    }

    #[test]
    fn meeting() {
        let t = body("Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp thường kỳ.\nNội dung.");
        let doc = crate::segment::segment(&t, None);
        let d = scan(&doc);
        let (date, _) = meeting_date(&doc, &d).unwrap();
        assert_eq!(short(date), "29/7/2020");
        let t = body("Ngày 29/7/2020, UBND tỉnh phối hợp tổng hợp.\nNội dung.");
        let doc = crate::segment::segment(&t, None);
        assert!(meeting_date(&doc, &scan(&doc)).is_none());
    }

    #[test]
    fn words_compare_with_marks() {
        assert!(same_word("Thứ", "thứ"));
        assert!(same_word("THỨ", "thứ"));
        assert!(same_word("thu\u{31b}\u{301}", "thứ"));
        assert!(!same_word("thủ", "thứ"));
        assert!(!same_word("thu", "thứ"));
        assert!(same_word("nha\u{323}\u{302}t", "nhật"));
        assert!(same_word("nha\u{302}\u{323}t", "nhật"));
        assert!(!same_word("hợp", "họp"));
    }
}
