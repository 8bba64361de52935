//! Capitalisation data for the body (Nghị định 30/2020/NĐ-CP, Phụ lục II; spec §4.4) and
//! the functions that find its words in a document.
//!
//! Everything here is data: agency type words and the names of the bodies that take field
//! words (`Bộ`/`Sở` + `Tài nguyên và Môi trường`), administrative unit words, continents,
//! terrain words, common nouns that stay lower case, document type words, positions. Each
//! list is a slice of `(key, canonical)` pairs sorted by key, where the key is the canonical
//! form folded (no diacritics, lower case, words separated by one space): lookups fold
//! nothing at run time and search by binary search on the first word.
//!
//! Words are read from the body by [`words`] on the folded copy, with their original range,
//! their case as written, and what separates them from the word before (to tell
//! `Sở Tài chính` from `Sở, Tài chính`). The folded key does not tell `sở` from `số`; the
//! rules confirm the diacritics of the words they report on.

use crate::diagnostic::TextRange;
use crate::document::Document;

/// How a word is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// `nông`
    Lower,
    /// `Nông`, `Á`
    Title,
    /// `NÔNG`, `UBND`
    Upper,
    /// `NGhiệp`, a number, …
    Other,
}

/// What stands between a word and the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sep {
    /// Spaces only, on the same line.
    Space,
    /// White space across a line break (a wrapped line).
    Break,
    /// One punctuation mark (with or without spaces around it), on the same line.
    Punct(u8),
    /// The first word of the body, or anything else.
    Other,
}

/// A word of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word {
    /// Original byte range.
    pub range: TextRange,
    /// Folded byte range.
    pub fstart: usize,
    pub fend: usize,
    pub case: Case,
    pub sep: Sep,
    /// The last non-space folded byte before the word on its line (0 at the start of a
    /// line, after markup that starts it).
    pub prev: u8,
    /// Inside quotation marks.
    pub quoted: bool,
    /// The first byte of the folded word (a quick test before comparing with a list).
    pub k0: u8,
}

impl Word {
    /// The word follows a letter, a digit or a comma on its own line: it is inside a
    /// sentence, where only proper names take a capital. At the start of a line (a new
    /// paragraph, a list item, or a wrapped line we cannot tell apart), after `.`, `:`,
    /// `;`, an opening bracket or quote, a dash or markup, it may start a sentence.
    pub fn mid_sentence(&self) -> bool {
        self.prev.is_ascii_alphanumeric() || self.prev == b','
    }

    /// Joined to the word before by spaces only (`hợp tác xã`).
    pub fn joined(&self) -> bool {
        self.sep == Sep::Space
    }
}

/// The words of `range` of `doc` (the body), in order. The capitalisation rules of one
/// check read the same words: the first reading is kept in `Document::shared` and given
/// again for the same range.
pub fn words(doc: &Document, range: TextRange) -> std::rc::Rc<Vec<Word>> {
    let (read, words) = doc
        .shared
        .words
        .get_or_init(|| (range, std::rc::Rc::new(read_words(doc, range))));
    if *read == range {
        return words.clone();
    }
    std::rc::Rc::new(read_words(doc, range))
}

fn read_words(doc: &Document, range: TextRange) -> Vec<Word> {
    let mut out = Vec::new();
    let first = doc.line_of(range.start);
    let mut quoted = 0u32;
    let mut pending: Option<u8> = None;
    let mut line_break = false;
    for line in doc.lines.iter().skip(first) {
        if line.range.start >= range.end {
            break;
        }
        let Some(f) = doc.folded.text.get(line.fstart..line.fend) else {
            continue;
        };
        if line.is_blank() {
            // Blank lines, page numbers, drawn rules.
            line_break = true;
            continue;
        }
        let mut prev = 0u8;
        let bytes = f.as_bytes();
        let mut i = 0usize;
        while let Some(&b) = bytes.get(i) {
            // A word: a run of ASCII letters and digits (Vietnamese letters fold to ASCII),
            // or of other letters.
            if b.is_ascii_alphanumeric() || (b >= 0x80 && letter_at(f, i) > 0) {
                let start = i;
                loop {
                    match bytes.get(i) {
                        Some(c) if c.is_ascii_alphanumeric() => i += 1,
                        Some(&c) if c >= 0x80 => match letter_at(f, i) {
                            0 => break,
                            n => i += n,
                        },
                        _ => break,
                    }
                }
                let fstart = line.fstart + start;
                let fend = line.fstart + i;
                let orig = doc.folded.original(fstart, fend);
                if orig.start >= range.start && orig.end <= range.end {
                    let sep = match (pending, line_break) {
                        (None, false) if !out.is_empty() => Sep::Space,
                        (None, true) if !out.is_empty() => Sep::Break,
                        (Some(p), false) if !out.is_empty() && p != b'~' => Sep::Punct(p),
                        _ => Sep::Other,
                    };
                    out.push(Word {
                        range: orig,
                        fstart,
                        fend,
                        // Most words start with an unaccented lower-case letter.
                        case: if doc
                            .text
                            .as_bytes()
                            .get(orig.start)
                            .is_some_and(u8::is_ascii_lowercase)
                        {
                            Case::Lower
                        } else {
                            case_of(doc.slice(orig))
                        },
                        sep,
                        prev,
                        quoted: quoted > 0,
                        k0: bytes.get(start).copied().unwrap_or(0),
                    });
                }
                pending = None;
                line_break = false;
                prev = bytes.get(i.saturating_sub(1)).copied().unwrap_or(0);
                continue;
            }
            if b == b' ' {
                i += 1;
                continue;
            }
            // Punctuation, markup, symbols.
            let len = if b < 0x80 {
                1
            } else {
                f.get(i..)
                    .and_then(|r| r.chars().next())
                    .map_or(1, char::len_utf8)
            };
            if b == b'"' || b == b'\'' {
                // Folded quotes: read the original to tell opening from closing.
                let o = doc.folded.original_offset(line.fstart + i);
                match doc.text.get(o..).and_then(|s| s.chars().next()) {
                    Some('“' | '«') => quoted = (quoted + 1).min(4),
                    Some('”' | '»') => quoted = quoted.saturating_sub(1),
                    Some('"') => quoted = if quoted > 0 { quoted - 1 } else { 1 },
                    _ => {}
                }
            }
            i += len;
            let b = if b < 0x80 { b } else { b'~' };
            // Markup at the start of a line does not make the next word mid-sentence.
            if !(prev == 0 && matches!(b, b'*' | b'_' | b'#' | b'>')) {
                prev = b;
            }
            pending = Some(match pending {
                None => b,
                Some(_) => b'~',
            });
        }
        line_break = true;
    }
    out
}

/// The length of the non-ASCII letter at byte `i` of `f` (0 when it is not a letter).
fn letter_at(f: &str, i: usize) -> usize {
    f.get(i..)
        .and_then(|r| r.chars().next())
        .filter(|c| c.is_alphabetic())
        .map_or(0, char::len_utf8)
}

/// The case of a letter: `Some(true)` upper, `Some(false)` lower, `None` for anything
/// else (digits, combining marks). Vietnamese letters without a Unicode table search.
fn letter_case(c: char) -> Option<bool> {
    let cp = c as u32;
    match cp {
        0x41..=0x5A => Some(true),
        0x61..=0x7A => Some(false),
        0x30..=0x39 | 0x300..=0x36F => None,
        0xC0..=0xD6 | 0xD8..=0xDE => Some(true),
        0xDF..=0xF6 | 0xF8..=0xFF => Some(false),
        // Latin Extended-A up to `ň` (Đ/đ, Ă/ă, Ĩ/ĩ, Ũ/ũ): upper case on even code points.
        0x100..=0x137 | 0x14A..=0x177 => Some(cp % 2 == 0),
        0x1A0 | 0x1AF => Some(true),
        0x1A1 | 0x1B0 => Some(false),
        // Latin Extended Additional (Ạ/ạ … Ỹ/ỹ).
        0x1EA0..=0x1EF9 => Some(cp % 2 == 0),
        _ if c.is_uppercase() => Some(true),
        _ if c.is_lowercase() => Some(false),
        _ => None,
    }
}

/// The case of a word as written.
pub fn case_of(s: &str) -> Case {
    let mut chars = s.chars();
    let Some(first) = chars.next().and_then(letter_case) else {
        return Case::Other;
    };
    // A lower-case first letter: the rest is not looked at (`nGhiệp` counts as lower case).
    if !first {
        return Case::Lower;
    }
    let (mut upper, mut lower) = (false, false);
    for c in chars {
        match letter_case(c) {
            Some(true) => upper = true,
            Some(false) => lower = true,
            None => {}
        }
    }
    match (first, upper, lower) {
        (false, false, _) => Case::Lower,
        (false, true, _) => Case::Other,
        (true, false, _) => Case::Title,
        (true, true, false) => Case::Upper,
        (true, true, true) => Case::Other,
    }
}

/// The edit that changes the case of the first letter of `range` (combining marks after it
/// stay as they are): the range of that letter and its new text.
pub fn recase_first(text: &str, range: TextRange, upper: bool) -> Option<(TextRange, String)> {
    let c = text.get(range.start..range.end)?.chars().next()?;
    let new: String = if upper {
        c.to_uppercase().collect()
    } else {
        c.to_lowercase().collect()
    };
    (new != c.to_string()).then_some((TextRange::new(range.start, range.start + c.len_utf8()), new))
}

/// `text` of `span` with `edits` (inside it, sorted, not overlapping) applied: how the
/// corrected words read in a message.
pub fn with_edits(text: &str, span: TextRange, edits: &[(TextRange, String)]) -> String {
    let mut out = String::new();
    let mut at = span.start;
    for (r, new) in edits {
        if r.start < at || r.end > span.end {
            continue;
        }
        out.push_str(text.get(at..r.start).unwrap_or(""));
        out.push_str(new);
        at = r.end;
    }
    out.push_str(text.get(at..span.end).unwrap_or(""));
    out
}

/// White space runs (line breaks of a wrapped name) as one space, for messages.
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The folded text of a word.
pub fn key<'a>(doc: &'a Document, w: &Word) -> &'a str {
    doc.folded.text.get(w.fstart..w.fend).unwrap_or("")
}

/// How the words of a phrase may be separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Joins {
    /// Spaces only (`hợp tác xã`).
    Spaces,
    /// Spaces or a line break (a name wrapped over two lines).
    Wrapped,
    /// Also a comma or a dash (`Văn hóa, Thể thao và Du lịch`,
    /// `Lao động - Thương binh và Xã hội`).
    Name,
}

fn sep_ok(sep: Sep, joins: Joins) -> bool {
    matches!(
        (sep, joins),
        (Sep::Space, _)
            | (Sep::Break, Joins::Wrapped | Joins::Name)
            | (Sep::Punct(b',' | b'-'), Joins::Name)
    )
}

/// A phrase of a list found in the text: words `start..end`, and the list entry.
#[derive(Debug, PartialEq, Eq)]
pub struct Found<T: 'static> {
    pub start: usize,
    pub end: usize,
    pub entry: &'static T,
}

impl<T> Clone for Found<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Found<T> {}

/// Something with a folded key, for the sorted lists.
pub trait Keyed {
    fn key(&self) -> &'static str;
}

impl Keyed for (&'static str, &'static str) {
    fn key(&self) -> &'static str {
        self.0
    }
}

/// The longest entry of `list` (sorted by key) whose words start at word `i`, the words
/// separated as `joins` allows.
pub fn longest<T: Keyed>(
    doc: &Document,
    words: &[Word],
    i: usize,
    list: &'static [T],
    joins: Joins,
) -> Option<Found<T>> {
    let w = words.get(i)?;
    // Most words start with a letter no entry starts with.
    let k0 = |e: &T| e.key().as_bytes().first().copied().unwrap_or(0);
    let lo = list.partition_point(|e| k0(e) < w.k0);
    if list.get(lo).map(k0) != Some(w.k0) {
        return None;
    }
    let first = key(doc, w);
    let lo = lo
        + list
            .get(lo..)?
            .partition_point(|e| cmp_first_word(e.key(), first).is_lt());
    let mut best: Option<Found<T>> = None;
    for entry in list.get(lo..)?.iter() {
        if !cmp_first_word(entry.key(), first).is_eq() {
            break;
        }
        if let Some(end) = match_at(doc, words, i, entry.key(), joins) {
            if best.is_none_or(|b| end > b.end) {
                best = Some(Found {
                    start: i,
                    end,
                    entry,
                });
            }
        }
    }
    best
}

/// The first word of `key` (up to a space) compared with `word`, byte by byte.
fn cmp_first_word(key: &str, word: &str) -> std::cmp::Ordering {
    let (k, w) = (key.as_bytes(), word.as_bytes());
    let mut n = 0usize;
    loop {
        let kb = k.get(n).copied().filter(|&b| b != b' ');
        match (kb, w.get(n).copied()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(a), Some(b)) if a != b => return a.cmp(&b),
            _ => n += 1,
        }
    }
}

/// The end (exclusive word index) of `phrase` (folded words) matched from word `i`.
fn match_at(doc: &Document, words: &[Word], i: usize, phrase: &str, joins: Joins) -> Option<usize> {
    let mut j = i;
    for (n, part) in phrase.split(' ').enumerate() {
        let w = words.get(j)?;
        if n > 0 && !sep_ok(w.sep, joins) {
            return None;
        }
        if key(doc, w) != part {
            return None;
        }
        j += 1;
    }
    Some(j)
}

/// The canonical words of an entry (letters only: `Lao động - Thương binh` → `Lao`, `động`,
/// `Thương`, `binh`).
pub fn canonical_words(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

// ---------------------------------------------------------------------------------------
// Agencies and organisations (Phụ lục II, rule 8: the type word and the first syllable of
// each field word are capitalised: `Bộ Tài nguyên và Môi trường`).

/// An agency type word and the names (field words) it takes.
#[derive(Debug)]
pub struct AgencyType {
    pub key: &'static str,
    pub canonical: &'static str,
    pub names: &'static [(&'static str, &'static str)],
}

impl Keyed for AgencyType {
    fn key(&self) -> &'static str {
        self.key
    }
}

/// Ministries (`Bộ`) and provincial departments (`Sở`) share their field names.
pub const BO_SO_NAMES: &[(&str, &str)] = &[
    ("cong an", "Công an"),
    ("cong thuong", "Công Thương"),
    ("dan toc va ton giao", "Dân tộc và Tôn giáo"),
    ("du lich", "Du lịch"),
    ("giao duc va dao tao", "Giáo dục và Đào tạo"),
    ("giao thong van tai", "Giao thông vận tải"),
    ("ke hoach va dau tu", "Kế hoạch và Đầu tư"),
    ("khoa hoc va cong nghe", "Khoa học và Công nghệ"),
    (
        "lao dong thuong binh va xa hoi",
        "Lao động - Thương binh và Xã hội",
    ),
    ("ngoai giao", "Ngoại giao"),
    ("ngoai vu", "Ngoại vụ"),
    ("noi vu", "Nội vụ"),
    ("nong nghiep va moi truong", "Nông nghiệp và Môi trường"),
    (
        "nong nghiep va phat trien nong thon",
        "Nông nghiệp và Phát triển nông thôn",
    ),
    ("quoc phong", "Quốc phòng"),
    ("quy hoach kien truc", "Quy hoạch - Kiến trúc"),
    ("tai chinh", "Tài chính"),
    ("tai nguyen va moi truong", "Tài nguyên và Môi trường"),
    ("thong tin va truyen thong", "Thông tin và Truyền thông"),
    ("tu phap", "Tư pháp"),
    (
        "van hoa the thao va du lich",
        "Văn hóa, Thể thao và Du lịch",
    ),
    ("van hoa va the thao", "Văn hóa và Thể thao"),
    ("xay dung", "Xây dựng"),
    ("y te", "Y tế"),
];

/// District-level offices (`Phòng`).
pub const PHONG_NAMES: &[(&str, &str)] = &[
    ("dan toc", "Dân tộc"),
    ("giao duc va dao tao", "Giáo dục và Đào tạo"),
    ("kinh te", "Kinh tế"),
    ("kinh te ha tang", "Kinh tế - Hạ tầng"),
    ("kinh te ha tang va do thi", "Kinh tế, Hạ tầng và Đô thị"),
    (
        "lao dong thuong binh va xa hoi",
        "Lao động - Thương binh và Xã hội",
    ),
    ("noi vu", "Nội vụ"),
    ("nong nghiep va moi truong", "Nông nghiệp và Môi trường"),
    (
        "nong nghiep va phat trien nong thon",
        "Nông nghiệp và Phát triển nông thôn",
    ),
    ("quan ly do thi", "Quản lý đô thị"),
    ("tai chinh ke hoach", "Tài chính - Kế hoạch"),
    ("tai nguyen va moi truong", "Tài nguyên và Môi trường"),
    ("tu phap", "Tư pháp"),
    ("van hoa thong tin", "Văn hóa - Thông tin"),
    ("van hoa va thong tin", "Văn hóa và Thông tin"),
    ("van hoa xa hoi", "Văn hóa - Xã hội"),
    ("y te", "Y tế"),
];

/// Boards and committees (`Ban`).
pub const BAN_NAMES: &[(&str, &str)] = &[
    ("chap hanh", "Chấp hành"),
    ("chi dao", "Chỉ đạo"),
    ("chi huy", "Chỉ huy"),
    ("dan toc", "Dân tộc"),
    ("dan van", "Dân vận"),
    ("do thi", "Đô thị"),
    ("kinh te", "Kinh tế"),
    ("kinh te ngan sach", "Kinh tế - Ngân sách"),
    ("noi chinh", "Nội chính"),
    ("phap che", "Pháp chế"),
    ("quan ly", "Quản lý"),
    ("thuong vu", "Thường vụ"),
    ("tiep cong dan", "Tiếp công dân"),
    ("tuyen giao", "Tuyên giáo"),
    ("van hoa xa hoi", "Văn hóa - Xã hội"),
];

/// Departments (`Cục`, `Tổng cục`).
pub const CUC_NAMES: &[(&str, &str)] = &[
    ("hai quan", "Hải quan"),
    ("hoa chat", "Hóa chất"),
    ("kiem lam", "Kiểm lâm"),
    ("quan ly thi truong", "Quản lý thị trường"),
    ("thong ke", "Thống kê"),
    ("thue", "Thuế"),
];

/// Sub-departments (`Chi cục`).
pub const CHI_CUC_NAMES: &[(&str, &str)] = &[
    ("hai quan", "Hải quan"),
    ("kiem lam", "Kiểm lâm"),
    ("quan ly thi truong", "Quản lý thị trường"),
    ("thong ke", "Thống kê"),
    ("thue", "Thuế"),
    ("thuy loi", "Thủy lợi"),
];

/// Departments of a ministry (`Vụ`).
pub const VU_NAMES: &[(&str, &str)] = &[
    ("hop tac quoc te", "Hợp tác quốc tế"),
    ("ke hoach tai chinh", "Kế hoạch - Tài chính"),
    ("phap che", "Pháp chế"),
    ("thi dua khen thuong", "Thi đua - Khen thưởng"),
    ("to chuc can bo", "Tổ chức cán bộ"),
];

/// Agency type words followed by a field name, sorted by key.
pub const AGENCY_TYPES: &[AgencyType] = &[
    AgencyType {
        key: "ban",
        canonical: "Ban",
        names: BAN_NAMES,
    },
    AgencyType {
        key: "bo",
        canonical: "Bộ",
        names: BO_SO_NAMES,
    },
    AgencyType {
        key: "chi cuc",
        canonical: "Chi cục",
        names: CHI_CUC_NAMES,
    },
    AgencyType {
        key: "cuc",
        canonical: "Cục",
        names: CUC_NAMES,
    },
    AgencyType {
        key: "phong",
        canonical: "Phòng",
        names: PHONG_NAMES,
    },
    AgencyType {
        key: "so",
        canonical: "Sở",
        names: BO_SO_NAMES,
    },
    AgencyType {
        key: "tong cuc",
        canonical: "Tổng cục",
        names: CUC_NAMES,
    },
    AgencyType {
        key: "vu",
        canonical: "Vụ",
        names: VU_NAMES,
    },
];

/// Bodies whose whole name is fixed (`Ủy ban nhân dân`, not `Ủy ban Nhân dân`).
pub const FIXED_AGENCIES: &[(&str, &str)] = &[
    ("hoi dong nhan dan", "Hội đồng nhân dân"),
    ("uy ban nhan dan", "Ủy ban nhân dân"),
];

/// An agency name found in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AgencyName {
    /// Words `start..end`.
    pub start: usize,
    pub end: usize,
    /// Words of the type word (`Chi cục`: 2).
    pub type_len: usize,
    /// The canonical type word and name (`Sở`, `Tài chính`); a fixed name has an empty
    /// name and its whole text in `type_word`.
    pub type_word: &'static str,
    pub name: &'static str,
}

impl AgencyName {
    /// The canonical words, type word first.
    pub fn canonical(&self) -> impl Iterator<Item = &'static str> {
        canonical_words(self.type_word).chain(canonical_words(self.name))
    }
}

/// The agency name starting at word `i`: a type word followed by one of its names
/// (longest), or a fixed name.
pub fn agency_at(doc: &Document, words: &[Word], i: usize) -> Option<AgencyName> {
    // A name starts with a capital, or is a lower-case type word before a capitalised name.
    let w = words.get(i)?;
    let next_title = words.get(i + 1).is_some_and(|n| n.case == Case::Title);
    if w.case != Case::Title && !(w.case == Case::Lower && next_title) {
        return None;
    }
    if let Some(f) = longest(doc, words, i, FIXED_AGENCIES, Joins::Wrapped) {
        return Some(AgencyName {
            start: i,
            end: f.end,
            type_len: f.end - i,
            type_word: f.entry.1,
            name: "",
        });
    }
    let t = longest(doc, words, i, AGENCY_TYPES, Joins::Spaces)?;
    let n = longest(doc, words, t.end, t.entry.names, Joins::Name)?;
    // The name follows the type word directly (`Sở Tài chính`, not `Sở, Tài chính`).
    if !words
        .get(t.end)
        .is_some_and(|w| sep_ok(w.sep, Joins::Wrapped))
    {
        return None;
    }
    Some(AgencyName {
        start: i,
        end: n.end,
        type_len: t.end - i,
        type_word: t.entry.canonical,
        name: n.entry.1,
    })
}

// ---------------------------------------------------------------------------------------
// Places (Phụ lục II, rules 4, 5 and 7).

/// Administrative unit words: lower case before the unit's name (`tỉnh Lạng Sơn`).
pub const UNIT_WORDS: &[(&str, &str)] = &[
    ("huyen", "huyện"),
    ("phuong", "phường"),
    ("quan", "quận"),
    ("thanh pho", "thành phố"),
    ("thi tran", "thị trấn"),
    ("thi xa", "thị xã"),
    ("tinh", "tỉnh"),
    ("xa", "xã"),
];

/// Names that take `Thành phố` / `Thủ đô` with a capital (rule 4).
pub const SPECIAL_UNITS: &[(&str, &str)] = &[
    ("thanh pho ho chi minh", "Thành phố Hồ Chí Minh"),
    ("thu do ha noi", "Thủ đô Hà Nội"),
];

/// Words that start the name of an organisation, not of a place, after a unit word
/// (`Tỉnh ủy`, `Tỉnh đoàn`, `Thành ủy`).
pub const UNIT_ORGANISATIONS: &[&str] = &["ban", "bo", "doan", "doi", "hoi", "uy"];

/// Common Vietnamese family names: a unit named after a person (`Phường Lê Lợi`,
/// `Xã Hoàng Văn Thụ`) capitalises its unit word (rule 4), so such names are left alone.
pub const SURNAMES: &[&str] = &[
    "bui", "cao", "chu", "dang", "dao", "dinh", "do", "doan", "duong", "ha", "ho", "hoang",
    "huynh", "kim", "lam", "le", "luong", "ly", "mac", "ngo", "nguyen", "pham", "phan", "quang",
    "tran", "trieu", "trinh", "truong", "vo", "vu", "vuong",
];

/// Historic events and figures that name units (`Phường Điện Biên Phủ`, rule 4).
pub const EVENT_NAMES: &[&str] = &[
    "ba dinh",
    "ba trieu",
    "bach dang",
    "chi lang",
    "dien bien phu",
    "dong da",
    "dong khoi",
    "hai ba trung",
    "nam ky khoi nghia",
    "quang trung",
];

/// Continents: `châu` stays lower case (`châu Phi`, `châu Á`).
pub const CONTINENTS: &[(&str, &str)] = &[
    ("a", "Á"),
    ("au", "Âu"),
    ("dai duong", "Đại Dương"),
    ("my", "Mỹ"),
    ("my la tinh", "Mỹ La-tinh"),
    ("nam cuc", "Nam Cực"),
    ("phi", "Phi"),
    ("uc", "Úc"),
];

/// Terrain words that stay lower case before a name (`sông Cửu Long`, `vịnh Hạ Long`,
/// rule 5). Before a one-syllable name they may have become part of it (`Sông Cầu`,
/// `Cửa Lò`), so only longer names are judged.
pub const TERRAIN: &[(&str, &str)] = &[
    ("deo", "đèo"),
    ("nui", "núi"),
    ("song", "sông"),
    ("suoi", "suối"),
    ("vinh", "vịnh"),
];

/// A unit word (or other lower-case place word) before a capitalised name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceWord {
    /// Words of the unit word: `start..name`.
    pub start: usize,
    pub name: usize,
    /// Words of the name: `name..end` (capitalised words).
    pub end: usize,
    /// The canonical lower-case word (`tỉnh`, `thành phố`, `châu`, `sông`).
    pub canonical: &'static str,
}

/// The capitalised words from `i` on (the name after a unit word), joined by spaces.
fn name_words(words: &[Word], i: usize) -> usize {
    let mut j = i;
    while let Some(w) = words.get(j) {
        if w.case != Case::Title || (j > i && !w.joined()) {
            break;
        }
        j += 1;
    }
    j
}

/// A unit word at `i` followed by a capitalised name.
pub fn unit_at(doc: &Document, words: &[Word], i: usize) -> Option<PlaceWord> {
    let u = longest(doc, words, i, UNIT_WORDS, Joins::Spaces)?;
    let first = words.get(u.end)?;
    if !first.joined() || UNIT_ORGANISATIONS.contains(&key(doc, first)) {
        return None;
    }
    let end = name_words(words, u.end);
    (end > u.end).then_some(PlaceWord {
        start: i,
        name: u.end,
        end,
        canonical: u.entry.1,
    })
}

/// `Thành phố Hồ Chí Minh`, `Thủ đô Hà Nội` starting at `i` (any case).
pub fn special_unit_at(
    doc: &Document,
    words: &[Word],
    i: usize,
) -> Option<Found<(&'static str, &'static str)>> {
    longest(doc, words, i, SPECIAL_UNITS, Joins::Wrapped)
}

/// Whether the name in words `a..b` is a person's or an event's (then the unit word is
/// capitalised: `Phường Lê Lợi`, `Phường Điện Biên Phủ`), or a number (`Quận 1`).
pub fn named_after_person_or_event(doc: &Document, words: &[Word], a: usize, b: usize) -> bool {
    let Some(first) = words.get(a) else {
        return false;
    };
    let k = key(doc, first);
    if SURNAMES.binary_search(&k).is_ok() || k.bytes().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let name: Vec<&str> = words
        .get(a..b)
        .unwrap_or(&[])
        .iter()
        .map(|w| key(doc, w))
        .collect();
    let name = name.join(" ");
    EVENT_NAMES
        .iter()
        .any(|e| name == *e || name.starts_with(&format!("{e} ")))
}

/// `châu` + a continent at `i`.
pub fn continent_at(doc: &Document, words: &[Word], i: usize) -> Option<PlaceWord> {
    let w = words.get(i)?;
    if key(doc, w) != "chau" {
        return None;
    }
    let c = longest(doc, words, i + 1, CONTINENTS, Joins::Spaces)?;
    if !words.get(i + 1)?.joined() {
        return None;
    }
    Some(PlaceWord {
        start: i,
        name: i + 1,
        end: c.end,
        canonical: "châu",
    })
}

/// A terrain word at `i` followed by a capitalised name of two syllables or more.
pub fn terrain_at(doc: &Document, words: &[Word], i: usize) -> Option<PlaceWord> {
    let t = longest(doc, words, i, TERRAIN, Joins::Spaces)?;
    if !words.get(t.end)?.joined() {
        return None;
    }
    let end = name_words(words, t.end);
    (end >= t.end + 2).then_some(PlaceWord {
        start: i,
        name: t.end,
        end,
        canonical: t.entry.1,
    })
}

// ---------------------------------------------------------------------------------------
// Common nouns, document types, positions (Phụ lục II, rules 10, 12 and 15).

/// When a capitalised common noun is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Noun {
    /// Always, inside a sentence (`Lãnh đạo UBND tỉnh` → `lãnh đạo`).
    Always,
    /// Unless a name follows: `Hợp tác xã Nông nghiệp Tân Thành` is a name,
    /// `Hợp tác xã có Giấy chứng nhận` is not.
    UnlessNamed,
}

/// A common noun and when its capital is wrong.
#[derive(Debug)]
pub struct CommonNoun {
    pub key: &'static str,
    pub canonical: &'static str,
    pub kind: Noun,
}

impl Keyed for CommonNoun {
    fn key(&self) -> &'static str {
        self.key
    }
}

/// Common nouns drafters capitalise inside sentences (spec §6 item 19). Sorted by key.
/// `Nhân dân` and `Nhà nước` are not here: Phụ lục II (rule 10) capitalises them.
pub const COMMON_NOUNS: &[CommonNoun] = &[
    CommonNoun {
        key: "can bo",
        canonical: "cán bộ",
        kind: Noun::Always,
    },
    CommonNoun {
        key: "cong chuc",
        canonical: "công chức",
        kind: Noun::Always,
    },
    CommonNoun {
        key: "doanh nghiep",
        canonical: "doanh nghiệp",
        kind: Noun::UnlessNamed,
    },
    CommonNoun {
        key: "doanh nghiep nha nuoc",
        canonical: "doanh nghiệp nhà nước",
        kind: Noun::UnlessNamed,
    },
    CommonNoun {
        key: "doanh nghiep tu nhan",
        canonical: "doanh nghiệp tư nhân",
        kind: Noun::UnlessNamed,
    },
    CommonNoun {
        key: "hop tac xa",
        canonical: "hợp tác xã",
        kind: Noun::UnlessNamed,
    },
    CommonNoun {
        key: "lanh dao",
        canonical: "lãnh đạo",
        kind: Noun::Always,
    },
    CommonNoun {
        key: "vien chuc",
        canonical: "viên chức",
        kind: Noun::Always,
    },
];

/// The common noun at `i`.
pub fn common_noun_at(doc: &Document, words: &[Word], i: usize) -> Option<Found<CommonNoun>> {
    longest(doc, words, i, COMMON_NOUNS, Joins::Wrapped)
}

/// Whether word `i` is inside the title of a document cited earlier in the same sentence
/// (`Nghị định số 17/2020/NĐ-CP … sửa đổi một số điều của các Nghị định liên quan …`): a
/// cited title is quoted as issued, capitals included.
pub fn in_cited_title(doc: &Document, words: &[Word], i: usize) -> bool {
    let lo = i.saturating_sub(80);
    for j in (lo..i).rev() {
        let (Some(w), Some(next)) = (words.get(j), words.get(j + 1)) else {
            return false;
        };
        // A number with a slash after `số`: `số 17/2020/NĐ-CP`, `số 42/NQ-CP`.
        if key(doc, w) == "so"
            && next.joined()
            && key(doc, next).bytes().all(|c| c.is_ascii_digit())
            && words.get(j + 2).is_some_and(|x| x.sep == Sep::Punct(b'/'))
        {
            return true;
        }
        // The sentence starts here.
        if matches!(next.prev, b'.' | b';' | b':' | b'!' | b'?') {
            return false;
        }
    }
    false
}

/// Document type words: capitalised when they name one document (`Nghị quyết số 42/NQ-CP`,
/// `Luật Hộ tịch`, `Quyết định này`), lower case for a kind or several (`các nghị quyết`,
/// rule 15).
pub const DOC_TYPES: &[(&str, &str)] = &[
    ("bao cao", "báo cáo"),
    ("bo luat", "bộ luật"),
    ("chi thi", "chỉ thị"),
    ("chuong trinh", "chương trình"),
    ("cong dien", "công điện"),
    ("cong van", "công văn"),
    ("de an", "đề án"),
    ("huong dan", "hướng dẫn"),
    ("ke hoach", "kế hoạch"),
    ("ket luan", "kết luận"),
    ("luat", "luật"),
    ("nghi dinh", "nghị định"),
    ("nghi quyet", "nghị quyết"),
    ("phap lenh", "pháp lệnh"),
    ("quy che", "quy chế"),
    ("quy dinh", "quy định"),
    ("quyet dinh", "quyết định"),
    ("thong bao", "thông báo"),
    ("thong tu", "thông tư"),
    ("to trinh", "tờ trình"),
    ("van ban", "văn bản"),
];

/// The document type word at `i`.
pub fn doc_type_at(
    doc: &Document,
    words: &[Word],
    i: usize,
) -> Option<Found<(&'static str, &'static str)>> {
    longest(doc, words, i, DOC_TYPES, Joins::Spaces)
}

/// `các` + a capitalised document type word at `i` (`các Nghị quyết của Tỉnh ủy`) that
/// names no particular document: no `số` in the three words after it, no `:` before a
/// list, no capitalised name after it (`các Nghị quyết Trung ương`).
pub fn plural_doc_type_at(
    doc: &Document,
    words: &[Word],
    i: usize,
) -> Option<Found<(&'static str, &'static str)>> {
    if words.get(i + 1)?.case != Case::Title || key(doc, words.get(i)?) != "cac" {
        return None;
    }
    let d = doc_type_at(doc, words, i + 1)?;
    let first = words.get(i + 1)?;
    if !first.joined() || first.case != Case::Title || first.quoted {
        return None;
    }
    // The rest of the type word as written in lower case (`Thông báo`, not `Thông Báo`).
    if words
        .get(i + 2..d.end)
        .unwrap_or(&[])
        .iter()
        .any(|w| w.case != Case::Lower)
    {
        return None;
    }
    let next = words.get(d.end);
    if next.is_some_and(|w| w.joined() && matches!(w.case, Case::Title | Case::Upper)) {
        return None;
    }
    if next.is_some_and(|w| matches!(w.sep, Sep::Punct(b':'))) {
        return None;
    }
    let specific = words
        .get(d.end..(d.end + 3).min(words.len()))
        .unwrap_or(&[])
        .iter()
        .any(|w| key(doc, w) == "so");
    (!specific).then_some(d)
}

/// Positions (chức vụ). Phụ lục II (rule 12) capitalises a position that names a person,
/// and the decree itself writes generic positions before an organisation's name with a
/// capital (`Thủ trưởng cơ quan`, `Chủ tịch Ủy ban nhân dân`): positions are never
/// reported. (`thu truong` is both `Thủ trưởng` and `Thứ trưởng`.)
pub const POSITIONS: &[(&str, &str)] = &[
    ("bi thu", "Bí thư"),
    ("bo truong", "Bộ trưởng"),
    ("chanh thanh tra", "Chánh Thanh tra"),
    ("chanh van phong", "Chánh Văn phòng"),
    ("chi cuc truong", "Chi cục trưởng"),
    ("chu nhiem", "Chủ nhiệm"),
    ("chu tich", "Chủ tịch"),
    ("cuc truong", "Cục trưởng"),
    ("giam doc", "Giám đốc"),
    ("hieu truong", "Hiệu trưởng"),
    ("pho bi thu", "Phó Bí thư"),
    ("pho chanh van phong", "Phó Chánh Văn phòng"),
    ("pho chu tich", "Phó Chủ tịch"),
    ("pho giam doc", "Phó Giám đốc"),
    ("pho thu tuong", "Phó Thủ tướng"),
    ("pho truong ban", "Phó Trưởng ban"),
    ("thu truong", "Thủ trưởng"),
    ("thu tuong", "Thủ tướng"),
    ("tong cuc truong", "Tổng cục trưởng"),
    ("tong giam doc", "Tổng Giám đốc"),
    ("truong ban", "Trưởng ban"),
    ("truong doan", "Trưởng đoàn"),
    ("truong phong", "Trưởng phòng"),
    ("vu truong", "Vụ trưởng"),
];

/// The position at `i`.
pub fn position_at(
    doc: &Document,
    words: &[Word],
    i: usize,
) -> Option<Found<(&'static str, &'static str)>> {
    longest(doc, words, i, POSITIONS, Joins::Spaces)
}

/// Whether word `i` follows a capitalised document type or agency type word, so that it
/// begins a title or a name (`Luật Cán bộ, công chức`, `Ban Lãnh đạo`).
pub fn after_title_word(doc: &Document, words: &[Word], i: usize) -> bool {
    let Some(w) = words.get(i) else {
        return false;
    };
    if !w.joined() {
        return false;
    }
    // Type words have one or two syllables.
    (1..=2).any(|n| {
        let Some(s) = i.checked_sub(n) else {
            return false;
        };
        if words.get(s).is_none_or(|p| p.case != Case::Title) {
            return false;
        }
        let as_doc = doc_type_at(doc, words, s).is_some_and(|f| f.end == i);
        let as_agency = longest(doc, words, s, AGENCY_TYPES, Joins::Spaces)
            .is_some_and(|f| f.end == i)
            || longest(doc, words, s, FIXED_AGENCIES, Joins::Wrapped).is_some_and(|f| f.end == i);
        as_doc || as_agency
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::fold::fold;
    use crate::segment::segment;

    fn check_list(list: &'static [(&'static str, &'static str)]) {
        for pair in list.windows(2) {
            assert!(pair[0].0 < pair[1].0, "not sorted: {:?}", pair);
        }
        for (k, c) in list {
            let words: Vec<String> = canonical_words(c).map(fold).collect();
            assert_eq!(*k, words.join(" "), "key of {c}");
        }
    }

    #[test]
    fn lists_are_sorted_and_keys_match() {
        for l in [
            BO_SO_NAMES,
            PHONG_NAMES,
            BAN_NAMES,
            CUC_NAMES,
            CHI_CUC_NAMES,
            VU_NAMES,
            FIXED_AGENCIES,
            UNIT_WORDS,
            SPECIAL_UNITS,
            CONTINENTS,
            TERRAIN,
            DOC_TYPES,
            POSITIONS,
        ] {
            check_list(l);
        }
        for pair in AGENCY_TYPES.windows(2) {
            assert!(pair[0].key < pair[1].key);
        }
        for t in AGENCY_TYPES {
            assert_eq!(fold(t.canonical), t.key);
        }
        for pair in COMMON_NOUNS.windows(2) {
            assert!(pair[0].key < pair[1].key);
        }
        for n in COMMON_NOUNS {
            assert_eq!(fold(n.canonical), n.key);
        }
        let mut s = SURNAMES.to_vec();
        s.sort_unstable();
        assert_eq!(s, SURNAMES);
    }

    #[test]
    fn no_common_noun_is_a_position() {
        for n in COMMON_NOUNS {
            assert!(POSITIONS.iter().all(|(k, _)| *k != n.key));
        }
    }

    fn body(text: &str) -> (Document<'_>, Vec<Word>) {
        let doc = segment(text, None);
        let all = TextRange::new(0, text.len());
        let w = words(&doc, all).to_vec();
        (doc, w)
    }

    #[test]
    fn words_cases_and_separators() {
        let text = "Sở Nông nghiệp và phát triển nông thôn, UBND tỉnh;\n“Châu Phi” - x";
        let (doc, w) = body(text);
        let shown: Vec<(&str, Case, Sep, bool, bool)> = w
            .iter()
            .map(|w| {
                (
                    doc.slice(w.range),
                    w.case,
                    w.sep,
                    w.mid_sentence(),
                    w.quoted,
                )
            })
            .collect();
        assert_eq!(shown[0], ("Sở", Case::Title, Sep::Other, false, false));
        assert_eq!(shown[1], ("Nông", Case::Title, Sep::Space, true, false));
        assert_eq!(
            shown[8],
            ("UBND", Case::Upper, Sep::Punct(b','), true, false)
        );
        assert_eq!(shown[10], ("Châu", Case::Title, Sep::Other, false, true));
        assert_eq!(shown[11], ("Phi", Case::Title, Sep::Space, true, true));
        assert_eq!(shown[12], ("x", Case::Lower, Sep::Other, false, false));
    }

    #[test]
    fn agencies() {
        let text = "giao Sở Nông nghiệp và phát triển nông thôn trình; Bộ Lao động - Thương binh và Xã hội; Ủy ban Nhân dân tỉnh; các Sở, ngành; Phòng Tài chính - Kế hoạch";
        let (doc, w) = body(text);
        let found: Vec<(String, &str)> = (0..w.len())
            .filter_map(|i| agency_at(&doc, &w, i))
            .map(|a| {
                let r = TextRange::new(w[a.start].range.start, w[a.end - 1].range.end);
                (doc.slice(r).to_string(), a.name)
            })
            .collect();
        assert_eq!(
            found,
            vec![
                (
                    "Sở Nông nghiệp và phát triển nông thôn".to_string(),
                    "Nông nghiệp và Phát triển nông thôn"
                ),
                (
                    "Bộ Lao động - Thương binh và Xã hội".to_string(),
                    "Lao động - Thương binh và Xã hội"
                ),
                ("Ủy ban Nhân dân".to_string(), ""),
                (
                    "Phòng Tài chính - Kế hoạch".to_string(),
                    "Tài chính - Kế hoạch"
                ),
            ]
        );
    }

    #[test]
    fn places() {
        let text = "tại Tỉnh Lạng Sơn, Tỉnh ủy, Quận 1, Phường Lê Lợi, dịch tả lợn Châu Phi, đồng bằng Sông Cửu Long, Sông Cầu";
        let (doc, w) = body(text);
        let units: Vec<&str> = (0..w.len())
            .filter_map(|i| unit_at(&doc, &w, i))
            .filter(|u| !named_after_person_or_event(&doc, &w, u.name, u.end))
            .map(|u| doc.slice(w[u.start].range))
            .collect();
        assert_eq!(units, vec!["Tỉnh"]);
        let c: Vec<usize> = (0..w.len())
            .filter_map(|i| continent_at(&doc, &w, i))
            .map(|p| p.start)
            .collect();
        assert_eq!(c.len(), 1);
        let t: Vec<&str> = (0..w.len())
            .filter_map(|i| terrain_at(&doc, &w, i))
            .map(|p| doc.slice(w[p.start].range))
            .collect();
        assert_eq!(t, vec!["Sông"]);
    }

    #[test]
    fn nouns_and_document_types() {
        let text = "tổ chức thực hiện các Nghị quyết của Tỉnh ủy, các Thông báo kết luận số 09/TB-VPCP, các Nghị quyết Trung ương, các Luật: Đất đai; Lãnh đạo UBND tỉnh; Luật Cán bộ";
        let (doc, w) = body(text);
        let plural: Vec<&str> = (0..w.len())
            .filter_map(|i| plural_doc_type_at(&doc, &w, i))
            .map(|f| doc.slice(w[f.start].range))
            .collect();
        assert_eq!(plural, vec!["Nghị"]);
        let lanh = w.iter().position(|x| doc.slice(x.range) == "Lãnh").unwrap();
        assert_eq!(
            common_noun_at(&doc, &w, lanh).unwrap().entry.kind,
            Noun::Always
        );
        let can = w.iter().position(|x| doc.slice(x.range) == "Cán").unwrap();
        assert!(after_title_word(&doc, &w, can));
        assert!(!after_title_word(&doc, &w, lanh));
        let chu = segment("Chủ tịch UBND", None);
        let cw = words(&chu, TextRange::new(0, 15)).to_vec();
        assert!(position_at(&chu, &cw, 0).is_some());
    }

    #[test]
    fn cases() {
        assert_eq!(case_of("Đạo"), Case::Title);
        assert_eq!(case_of("ĐẠO"), Case::Upper);
        assert_eq!(case_of("đạo"), Case::Lower);
        assert_eq!(case_of("Ủy"), Case::Title);
        assert_eq!(case_of("ƯU"), Case::Upper);
        assert_eq!(case_of("nGhiệp"), Case::Lower);
        assert_eq!(case_of("NGhiệp"), Case::Other);
        assert_eq!(case_of("Á"), Case::Title);
        assert_eq!(case_of("Cha\u{302}u"), Case::Title);
        assert_eq!(case_of("2020"), Case::Other);
        for c in ('\u{c0}'..='\u{1b0}').chain('\u{1ea0}'..='\u{1ef9}') {
            if let Some(u) = letter_case(c) {
                if c.is_alphabetic() && crate::fold::fold(&c.to_string()).len() == 1 {
                    assert_eq!(u, c.is_uppercase(), "{c:?}");
                }
            }
        }
    }

    #[test]
    fn recasing() {
        let t = "Cha\u{302}u Phi";
        let (r, new) = recase_first(t, TextRange::new(0, 6), false).unwrap();
        assert_eq!((r, new.as_str()), (TextRange::new(0, 1), "c"));
        assert!(recase_first(t, TextRange::new(0, 6), true).is_none());
        let span = TextRange::new(0, t.len());
        assert_eq!(with_edits(t, span, &[(r, "c".into())]), "cha\u{302}u Phi");
        assert_eq!(
            recase_first("đạo", TextRange::new(0, 5), true).unwrap().1,
            "Đ"
        );
    }

    #[test]
    fn the_kept_words_are_never_those_of_another_text() {
        // Same length, same place, one letter's case changed: read again.
        let a = "phòng chống dịch tả lợn Châu Phi".to_string();
        let b = "phòng chống dịch tả lợn châu Phi".to_string();
        let (da, db) = (segment(&a, None), segment(&b, None));
        let r = TextRange::new(0, a.len());
        assert_eq!(words(&da, r)[5].case, Case::Title);
        assert_eq!(words(&db, r)[5].case, Case::Lower);
        assert_eq!(words(&da, r)[5].case, Case::Title);
        // A narrower range of the same text is another source.
        assert_eq!(words(&da, TextRange::new(0, 10)).len(), 1);
    }

    #[test]
    fn nfd_words_map_back() {
        let text = "do\u{323}\u{302}c la\u{323}\u{302}p Cha\u{302}u Phi";
        let (doc, w) = body(text);
        assert_eq!(doc.slice(w[2].range), "Cha\u{302}u");
        assert_eq!(w[2].case, Case::Title);
        assert!(continent_at(&doc, &w, 2).is_some());
    }
}
