//! Words and spellings that the consistency, hygiene and encoding rules share (TT450–TT480):
//! word tokenisation over the original text; the old/new tone placement table (`hoà`/`hòa`,
//! `thuỷ`/`thủy`, `uỷ`/`ủy`); spelling variants of one syllable (`kỹ`/`kĩ`, `quy`/`qui`);
//! year ranges (`2016 - 2020`/`2016-2020`) and letter-digit codes (`COVID-19`/`COVID19`);
//! person-name surnames (names keep their own spelling); the TCVN3 (ABC) and VNI tables with
//! the mojibake detector and converters; abbreviation detection and the abbreviations exempt
//! from TT480.
//!
//! Everything here works on the original text (ranges are byte ranges of it). Functions that
//! compare spellings take composed (NFC) words: the rules compose NFD words first with the
//! helpers of `rules::quoc_hieu_sai_chu` (VNI output is NFD for the same reason).

use crate::component::{ComponentKind, PartRole};
use crate::diagnostic::TextRange;
use crate::document::Document;
use crate::fold::fold;

/// A combining diacritical mark (NFD text).
pub fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Whether `s` has a combining mark (fast byte test first: U+0300–U+036F start with 0xCC/0xCD).
pub fn has_combining(s: &str) -> bool {
    let b = s.as_bytes();
    // `contains` on bytes is a memchr: far faster than a loop.
    (b.contains(&0xCC) || b.contains(&0xCD)) && s.chars().any(is_combining)
}

// ---------------------------------------------------------------------------------------
// Fast byte scans (SWAR: eight bytes at a time)
// ---------------------------------------------------------------------------------------

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// Eight bytes from `at`, padded with spaces past the end.
fn load(bytes: &[u8], at: usize) -> u64 {
    if let Some(chunk) = bytes
        .get(at..at + 8)
        .and_then(|s| <[u8; 8]>::try_from(s).ok())
    {
        return u64::from_le_bytes(chunk);
    }
    let mut buf = [b' '; 8];
    for (d, s) in buf.iter_mut().zip(bytes.get(at..).unwrap_or_default()) {
        *d = *s;
    }
    u64::from_le_bytes(buf)
}

/// High bit set in each byte of `x` equal to `b`.
pub fn swar_eq(x: u64, b: u8) -> u64 {
    let v = x ^ (ONES * u64::from(b));
    !(((v & !HIGH) + !HIGH) | v) & HIGH
}

/// High bit set in each byte of `x` within `lo..=hi` (ASCII bounds).
pub fn swar_range(x: u64, lo: u8, hi: u8) -> u64 {
    let t = x & !HIGH;
    let ge = t + ONES * u64::from(0x80 - lo);
    let gt = t + ONES * u64::from(0x80 - (hi + 1));
    ge & !gt & !x & HIGH
}

/// Call `f` with every position `p` of `bytes` where `mask(x, y)` sets the high bit of the
/// byte, `x` being the eight bytes at a chunk and `y` the eight bytes one further (so a mask
/// can look at a byte and the next). About a third of the work of a byte-by-byte loop.
pub fn swar_scan(bytes: &[u8], mask: impl Fn(u64, u64) -> u64, mut f: impl FnMut(usize)) {
    let mut i = 0usize;
    while i < bytes.len() {
        let mut m = mask(load(bytes, i), load(bytes, i + 1));
        while m != 0 {
            let k = (m.trailing_zeros() / 8) as usize;
            if i + k < bytes.len() {
                f(i + k);
            }
            m &= m - 1;
        }
        i += 8;
    }
}

// ---------------------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------------------

/// The words of `range` of `text`: runs of letters with their combining marks. Digits and
/// punctuation separate words (`luật1` is `luật` then a footnote number).
pub fn words(text: &str, range: TextRange) -> Words<'_> {
    let end = range.end.min(text.len());
    Words {
        text,
        pos: range.start.min(end),
        end,
    }
}

/// Iterator of [`words`].
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
    end: usize,
}

/// A letter or a combining mark. Latin and Vietnamese letters are decided by range (fast);
/// other scripts by `char::is_alphabetic`.
fn is_word_char(c: char) -> bool {
    match c as u32 {
        0x41..=0x5A | 0x61..=0x7A => true,
        0..=0x7F => false,
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x300..=0x36F | 0x1EA0..=0x1EF9 => true,
        _ => c.is_alphabetic(),
    }
}

impl Iterator for Words<'_> {
    type Item = TextRange;

    fn next(&mut self) -> Option<TextRange> {
        let bytes = self.text.as_bytes();
        let mut i = self.pos;
        let mut start: Option<usize> = None;
        while i < self.end {
            let b = bytes.get(i).copied().unwrap_or(0);
            let (word, len) = if b < 0x80 {
                (b.is_ascii_alphabetic(), 1)
            } else {
                match self.text.get(i..).and_then(|s| s.chars().next()) {
                    Some(c) => (is_word_char(c), c.len_utf8()),
                    None => (false, 1),
                }
            };
            if word {
                if start.is_none() {
                    start = Some(i);
                }
            } else if let Some(st) = start {
                self.pos = i;
                return Some(TextRange::new(st, i));
            }
            i += len;
        }
        self.pos = self.end;
        start.map(|st| TextRange::new(st, self.end))
    }
}

/// The first letter is upper case.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

// ---------------------------------------------------------------------------------------
// Tone placement: `hoà` (old) / `hòa` (new)
// ---------------------------------------------------------------------------------------

/// Where a syllable puts its tone mark when it has the choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ToneStyle {
    /// On the second vowel: `hoà`, `khoẻ`, `thuỷ` (the older placement).
    Old,
    /// On the first vowel: `hòa`, `khỏe`, `thủy` (the placement most recent texts use).
    New,
}

impl ToneStyle {
    /// Two examples, as the messages show them.
    pub fn examples(self) -> &'static str {
        match self {
            ToneStyle::Old => "hoà, thuỷ",
            ToneStyle::New => "hòa, thủy",
        }
    }
}

/// The plain vowels that take part in the choice, by tone (none, huyền, sắc, hỏi, ngã, nặng);
/// rows 0–4 lower case `a e o u y`, 5–9 the same upper case.
const PLAIN_VOWELS: [[char; 6]; 10] = [
    ['a', 'à', 'á', 'ả', 'ã', 'ạ'],
    ['e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'],
    ['o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'],
    ['u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'],
    ['y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
    ['A', 'À', 'Á', 'Ả', 'Ã', 'Ạ'],
    ['E', 'È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
    ['O', 'Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
    ['U', 'Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
    ['Y', 'Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
];

/// (row, tone) of a plain vowel in [`PLAIN_VOWELS`].
fn plain_vowel(c: char) -> Option<(usize, usize)> {
    Some(match c {
        'a' => (0, 0),
        'à' => (0, 1),
        'á' => (0, 2),
        'ả' => (0, 3),
        'ã' => (0, 4),
        'ạ' => (0, 5),
        'e' => (1, 0),
        'è' => (1, 1),
        'é' => (1, 2),
        'ẻ' => (1, 3),
        'ẽ' => (1, 4),
        'ẹ' => (1, 5),
        'o' => (2, 0),
        'ò' => (2, 1),
        'ó' => (2, 2),
        'ỏ' => (2, 3),
        'õ' => (2, 4),
        'ọ' => (2, 5),
        'u' => (3, 0),
        'ù' => (3, 1),
        'ú' => (3, 2),
        'ủ' => (3, 3),
        'ũ' => (3, 4),
        'ụ' => (3, 5),
        'y' => (4, 0),
        'ỳ' => (4, 1),
        'ý' => (4, 2),
        'ỷ' => (4, 3),
        'ỹ' => (4, 4),
        'ỵ' => (4, 5),
        'A' => (5, 0),
        'À' => (5, 1),
        'Á' => (5, 2),
        'Ả' => (5, 3),
        'Ã' => (5, 4),
        'Ạ' => (5, 5),
        'E' => (6, 0),
        'È' => (6, 1),
        'É' => (6, 2),
        'Ẻ' => (6, 3),
        'Ẽ' => (6, 4),
        'Ẹ' => (6, 5),
        'O' => (7, 0),
        'Ò' => (7, 1),
        'Ó' => (7, 2),
        'Ỏ' => (7, 3),
        'Õ' => (7, 4),
        'Ọ' => (7, 5),
        'U' => (8, 0),
        'Ù' => (8, 1),
        'Ú' => (8, 2),
        'Ủ' => (8, 3),
        'Ũ' => (8, 4),
        'Ụ' => (8, 5),
        'Y' => (9, 0),
        'Ỳ' => (9, 1),
        'Ý' => (9, 2),
        'Ỷ' => (9, 3),
        'Ỹ' => (9, 4),
        'Ỵ' => (9, 5),
        _ => return None,
    })
}

fn plain_with_tone(row: usize, tone: usize) -> Option<char> {
    PLAIN_VOWELS.get(row)?.get(tone).copied()
}

/// Consonants that may open a syllable with a tone choice (`q` is not one: in `quý` the `u`
/// belongs to the onset and the tone always sits on `y`).
fn is_onset_letter(c: char) -> bool {
    matches!(
        c.to_ascii_lowercase(),
        'b' | 'c' | 'd' | 'g' | 'h' | 'k' | 'l' | 'm' | 'n' | 'p' | 'r' | 's' | 't' | 'v' | 'x'
    ) && c.is_ascii()
        || c == 'đ'
        || c == 'Đ'
}

/// The tone choice of a composed (NFC) syllable: an open syllable ending in `oa`, `oe` or `uy`
/// with one tone mark, after at most three onset consonants other than `q` (`hoà`/`hòa`,
/// `khoẻ`/`khỏe`, `uỷ`/`ủy`, `thuỵ`/`thụy`). `None` for every other word (`hoàn`, `quý`,
/// `hoa`, `khuya`).
pub fn tone_style(word: &str) -> Option<ToneStyle> {
    tone_parts(word).map(|p| p.style)
}

struct ToneParts {
    style: ToneStyle,
    /// Byte length of the onset (the letters before the two vowels).
    onset: usize,
    first: (usize, usize),
    second: (usize, usize),
}

fn tone_parts(word: &str) -> Option<ToneParts> {
    // Cheap filter first (most words): the last two letters are `o`/`u` then `a`/`e`/`y`,
    // one of them with a mark, and the word is short.
    if word.len() > 14 {
        return None;
    }
    let mut rev = word.char_indices().rev();
    let ((_, last), (at, second)) = (rev.next()?, rev.next()?);
    if last.is_ascii() && second.is_ascii() {
        return None;
    }
    let first = plain_vowel(second)?;
    let last_v = plain_vowel(last)?;
    let pair = (first.0 % 5, last_v.0 % 5);
    if !matches!(pair, (2, 0) | (2, 1) | (3, 4)) {
        return None;
    }
    let onset = word.get(..at)?;
    if onset.chars().count() > 3 || !onset.chars().all(is_onset_letter) {
        return None;
    }
    let style = match (first.1, last_v.1) {
        (0, t) if t > 0 => ToneStyle::Old,
        (t, 0) if t > 0 => ToneStyle::New,
        _ => return None,
    };
    Some(ToneParts {
        style,
        onset: at,
        first,
        second: last_v,
    })
}

/// The syllable with its tone placed in `style` (case kept): `hoà` → `hòa` for
/// [`ToneStyle::New`]. `None` when the word has no tone choice.
pub fn with_tone_style(word: &str, style: ToneStyle) -> Option<String> {
    let p = tone_parts(word)?;
    if p.style == style {
        return Some(word.to_string());
    }
    let tone = p.first.1.max(p.second.1);
    let (t1, t2) = match style {
        ToneStyle::New => (tone, 0),
        ToneStyle::Old => (0, tone),
    };
    let mut out = String::with_capacity(word.len());
    out.push_str(word.get(..p.onset)?);
    out.push(plain_with_tone(p.first.0, t1)?);
    out.push(plain_with_tone(p.second.0, t2)?);
    Some(out)
}

/// A word whose tone could sit on either vowel, as the document writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToneWord {
    pub range: TextRange,
    pub style: ToneStyle,
    /// The syllable in lower case with the new placement: what its spellings share.
    pub key: String,
}

/// One occurrence of a syllable with a `y`/`i` spelling variant (see [`Y_I_VARIANTS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YiWord {
    pub range: TextRange,
    /// Index in [`Y_I_VARIANTS`].
    pub pair: usize,
    /// 0: the `y` spelling, 1: the `i` spelling.
    pub side: usize,
}

/// What one pass over the document's words finds for the spelling rules: the words with a
/// tone choice and how many use each placement, and the `y`/`i` variants.
#[derive(Debug, Clone, Default)]
pub struct ToneTally {
    pub words: Vec<ToneWord>,
    pub old: usize,
    pub new: usize,
    /// Lower-case words with a `y`/`i` variant (capitalised ones may be names: `Lý`, `Mỹ`).
    pub y_i: Vec<YiWord>,
}

impl ToneTally {
    /// The placement most words use; on a tie, the one the document uses first.
    pub fn majority(&self) -> Option<ToneStyle> {
        let first = self.words.first()?.style;
        Some(match self.old.cmp(&self.new) {
            std::cmp::Ordering::Greater => ToneStyle::Old,
            std::cmp::Ordering::Less => ToneStyle::New,
            std::cmp::Ordering::Equal => first,
        })
    }

    /// How many times each syllable is written in each placement (one pass; a document has
    /// a few dozen such syllables at most: `hòa`, `hóa`, `ủy`, `thủy`…).
    pub fn counts(&self) -> SyllableCounts<'_> {
        let mut list: Vec<(&str, [usize; 2])> = Vec::new();
        for w in &self.words {
            let slot = usize::from(w.style == ToneStyle::New);
            match list.iter_mut().find(|(k, _)| *k == w.key) {
                Some((_, c)) => {
                    if let Some(n) = c.get_mut(slot) {
                        *n += 1;
                    }
                }
                None => {
                    let mut c = [0, 0];
                    if let Some(n) = c.get_mut(slot) {
                        *n = 1;
                    }
                    list.push((w.key.as_str(), c));
                }
            }
        }
        SyllableCounts(list)
    }
}

/// Per syllable, how many words use the old and the new placement.
pub struct SyllableCounts<'a>(Vec<(&'a str, [usize; 2])>);

impl SyllableCounts<'_> {
    pub fn get(&self, key: &str, style: ToneStyle) -> usize {
        let slot = usize::from(style == ToneStyle::New);
        self.0
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, c)| c.get(slot).copied())
            .unwrap_or(0)
    }
}

/// Folded forms of the `y`/`i` variants (`ky`, `ki`, `quy`…): the cheap filter.
fn maybe_y_i(folded: &[u8]) -> bool {
    matches!(
        folded,
        b"ky"
            | b"ki"
            | b"ly"
            | b"li"
            | b"my"
            | b"mi"
            | b"sy"
            | b"si"
            | b"ty"
            | b"ti"
            | b"quy"
            | b"qui"
    )
}

/// The document's tone tally, made once per check (two spelling rules share it). One pass
/// over the document (on the folded copy: word ends in `a`, `e`, `i`, `y` are the
/// only places looked at, and `nfc` composes the few words kept). Tone choices leave out the
/// national title (the decree itself writes `HÒA` and `HOÀ`) and people's names (the signer's
/// name, and capitalised words after a common surname: `Nguyễn Thị Thuỷ`).
pub fn tone_tally(
    doc: &Document,
    nfc: impl Fn(&str) -> std::borrow::Cow<'_, str>,
) -> std::rc::Rc<ToneTally> {
    doc.shared
        .tones
        .get_or_init(|| std::rc::Rc::new(read_tone_tally(doc, nfc)))
        .clone()
}

/// The tally made afresh (`tone_tally` gives the document's shared one).
fn read_tone_tally(doc: &Document, nfc: impl Fn(&str) -> std::borrow::Cow<'_, str>) -> ToneTally {
    let mut tally = ToneTally::default();
    let mut skip: Vec<TextRange> = Vec::new();
    if let Some(qh) = doc.get(ComponentKind::QuocHieu) {
        skip.push(qh.range());
    }
    if let Some(ck) = doc.get(ComponentKind::ChuKy) {
        skip.extend(ck.parts_with(PartRole::HoTen));
    }
    let f = doc.folded.text.as_bytes();
    let alpha = |p: usize| f.get(p).is_some_and(u8::is_ascii_alphabetic);
    // Every candidate ends a word with `a`, `e`, `i` or `y` (`hoa`, `uy`, `ky`, `qui`): look
    // at those word ends only (the folded copy is lower case).
    let mut ends: Vec<usize> = Vec::new();
    swar_scan(
        f,
        |x, y| {
            (swar_eq(x, b'a') | swar_eq(x, b'e') | swar_eq(x, b'i') | swar_eq(x, b'y'))
                & !swar_range(y, b'a', b'z')
        },
        |at| ends.push(at),
    );
    for at in ends {
        // Cheap reject: `oa`, `oe`, `uy`, `ky`, `ki`, `qui`… need the letter before.
        let prev = at
            .checked_sub(1)
            .and_then(|p| f.get(p))
            .copied()
            .unwrap_or(b' ');
        let fits = match f.get(at) {
            Some(b'a' | b'e') => prev == b'o',
            _ => matches!(prev, b'u' | b'k' | b'l' | b'm' | b's' | b't'),
        };
        if !fits {
            continue;
        }
        let mut start = at;
        while start > 0 && alpha(start - 1) && at - start < 8 {
            start -= 1;
        }
        if start > 0 && alpha(start - 1) {
            continue;
        }
        let fw = f.get(start..=at).unwrap_or_default();
        let tone =
            fw.len() <= 7 && (fw.ends_with(b"oa") || fw.ends_with(b"oe") || fw.ends_with(b"uy"));
        if tone || maybe_y_i(fw) {
            look(doc, &nfc, &skip, (start, at + 1), &mut tally);
        }
    }
    tally
}

/// One candidate word of [`tone_tally`].
fn look<'a>(
    doc: &'a Document,
    nfc: &impl Fn(&'a str) -> std::borrow::Cow<'a, str>,
    skip: &[TextRange],
    (start, end): (usize, usize),
    tally: &mut ToneTally,
) {
    let w = doc.folded.original(start, end);
    let word = nfc(doc.slice(w));
    let capitalised = is_capitalised(&word);
    if !capitalised {
        if let Some((pair, side)) = y_i_variant(&word) {
            tally.y_i.push(YiWord {
                range: w,
                pair,
                side,
            });
            return;
        }
    }
    let Some(style) = tone_style(&word) else {
        return;
    };
    if skip.iter().any(|r| r.start <= w.start && w.end <= r.end)
        || (capitalised && after_surname(doc.text, w, nfc))
    {
        return;
    }
    let Some(key) = with_tone_style(&word.to_lowercase(), ToneStyle::New) else {
        return;
    };
    match style {
        ToneStyle::Old => tally.old += 1,
        ToneStyle::New => tally.new += 1,
    }
    tally.words.push(ToneWord {
        range: w,
        style,
        key,
    });
}

/// Whether the capitalised word at `range` ends a person's name: up to three words before
/// it, each joined to the next by one space, are capitalised and one of them is a common
/// surname (`Nguyễn Thị Thuỷ`).
pub fn after_surname<'a>(
    text: &'a str,
    range: TextRange,
    nfc: &impl Fn(&'a str) -> std::borrow::Cow<'a, str>,
) -> bool {
    let mut next_start = range.start;
    for _ in 0..3 {
        let Some(head) = text.get(..next_start).and_then(|h| h.strip_suffix(' ')) else {
            return false;
        };
        let Some(word_start) = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| is_word_char(*c))
            .last()
            .map(|(p, _)| p)
        else {
            return false;
        };
        let word = nfc(head.get(word_start..).unwrap_or(""));
        if !is_capitalised(&word) {
            return false;
        }
        if is_surname(&word) {
            return true;
        }
        next_start = word_start;
    }
    false
}

// ---------------------------------------------------------------------------------------
// Spelling variants of one syllable
// ---------------------------------------------------------------------------------------

/// Two spellings of the same syllable (`y` or `i` after `k`, `l`, `m`, `s`, `t`, `qu`), both
/// found in official texts: a document should pick one. Lower case, composed. Untoned `ly`/`li`,
/// `ty`/`ti`, `hy`/`hi` are left out: they are also other words (`ti vi`) or names.
pub const Y_I_VARIANTS: &[(&str, &str)] = &[
    ("kỳ", "kì"),
    ("ký", "kí"),
    ("kỷ", "kỉ"),
    ("kỹ", "kĩ"),
    ("lý", "lí"),
    ("mỹ", "mĩ"),
    ("sỹ", "sĩ"),
    ("tỷ", "tỉ"),
    ("quy", "qui"),
    ("quý", "quí"),
    ("quỹ", "quĩ"),
    ("quỳ", "quì"),
    ("quỷ", "quỉ"),
];

/// The variant pair of a lower-case composed syllable, and which side it is (0 = `y`, 1 = `i`).
pub fn y_i_variant(word: &str) -> Option<(usize, usize)> {
    // Quick reject on length (2 or 3 letters: 3–7 bytes).
    if !(3..=7).contains(&word.len()) {
        return None;
    }
    Y_I_VARIANTS.iter().enumerate().find_map(|(k, (y, i))| {
        if word == *y {
            Some((k, 0))
        } else if word == *i {
            Some((k, 1))
        } else {
            None
        }
    })
}

/// `word` spelled as `target` with the case of `word` (`Kĩ` → `Kỹ`).
pub fn in_case_of(target: &str, word: &str) -> String {
    let upper = crate::text::is_upper(word) && word.chars().count() > 1;
    if upper {
        return target.to_uppercase();
    }
    if is_capitalised(word) {
        let mut chars = target.chars();
        let mut out = String::with_capacity(target.len());
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
        }
        out.extend(chars);
        return out;
    }
    target.to_string()
}

// ---------------------------------------------------------------------------------------
// Person names
// ---------------------------------------------------------------------------------------

/// Common Vietnamese surnames (lower case, composed). A capitalised word after one of these
/// (`Nguyễn Thị Thuỷ`) is part of a person's name, whose spelling is the person's own: the
/// consistency rules leave names alone.
pub const SURNAMES: &[&str] = &[
    "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ",
    "hồ", "ngô", "dương", "lý", "đinh", "đoàn", "lương", "trịnh", "mai", "cao", "lâm", "tạ",
    "vương", "châu", "chu", "triệu", "tô", "thái", "quách", "kiều", "phùng", "nông", "lò", "lục",
    "hứa", "tăng", "lưu", "đào", "hà", "la", "giáp", "khổng", "âu", "mạc", "tống", "từ", "nghiêm",
    "ninh", "đàm", "lã", "lại", "sầm", "vi", "hầu",
];

/// Whether a composed word is a common surname (any case).
pub fn is_surname(word: &str) -> bool {
    word.len() <= 8
        && SURNAMES.iter().any(|s| {
            let mut a = s.chars();
            let mut b = word.chars().flat_map(char::to_lowercase);
            loop {
                match (a.next(), b.next()) {
                    (None, None) => return true,
                    (x, y) if x == y => {}
                    _ => return false,
                }
            }
        })
}

// ---------------------------------------------------------------------------------------
// Year ranges and letter-digit codes
// ---------------------------------------------------------------------------------------

/// How a year range joins its years: the dash and whether a space stands on each side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RangeStyle {
    pub space_before: bool,
    pub dash: char,
    pub space_after: bool,
}

impl RangeStyle {
    /// The separator as written in this style (` - `, `-`, ` – `…).
    pub fn separator(self) -> String {
        let mut s = String::new();
        if self.space_before {
            s.push(' ');
        }
        s.push(self.dash);
        if self.space_after {
            s.push(' ');
        }
        s
    }
}

/// `2016 - 2020`: a period of years (1900–2100, the second later than the first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct YearRange {
    /// From the first digit of the first year to the last digit of the second.
    pub range: TextRange,
    /// The separator with its spaces.
    pub separator: TextRange,
    pub style: RangeStyle,
}

/// Positions of `-` and `–` in `range` of `text`, in order (memchr-fast).
fn dashes(text: &str, range: TextRange) -> Vec<(usize, char)> {
    let s = text
        .get(range.start..range.end.min(text.len()))
        .unwrap_or("");
    let hyphens = s.match_indices('-').map(|(p, _)| (range.start + p, '-'));
    if !s.contains('–') {
        return hyphens.collect();
    }
    // Merge the two ordered lists.
    let mut en = s
        .match_indices('–')
        .map(|(p, _)| (range.start + p, '–'))
        .peekable();
    let mut out = Vec::new();
    for h in hyphens {
        while let Some(e) = en.next_if(|e| e.0 < h.0) {
            out.push(e);
        }
        out.push(h);
    }
    out.extend(en);
    out
}

/// The year ranges of `range` of `text`. Years inside numbers, dates and symbols
/// (`14/5/2016-2020`, `2016-2020/QĐ`) are not ranges. Found from the dashes, so the cost is
/// that of finding `-` in the text.
pub fn year_ranges(text: &str, range: TextRange) -> Vec<YearRange> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let end = range.end.min(bytes.len());
    let year_at = |i: usize| -> Option<u32> {
        if i < range.start || i + 4 > end {
            return None;
        }
        let digits = bytes.get(i..i + 4)?;
        if !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let y = digits
            .iter()
            .fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0'));
        (1900..=2100).contains(&y).then_some(y)
    };
    // A digit, letter or `/` next to a year, or `.`/`,` between digits: part of something else.
    let blocks = |at: usize, side: isize| {
        let b = at.checked_add_signed(side).and_then(|p| bytes.get(p));
        let beyond = at
            .checked_add_signed(2 * side)
            .and_then(|p| bytes.get(p))
            .is_some_and(u8::is_ascii_digit);
        b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'/' || (b".,".contains(b) && beyond))
    };
    for (d, dash) in dashes(text, range) {
        let space_before = d > 0 && bytes.get(d - 1) == Some(&b' ');
        let sep_start = if space_before { d - 1 } else { d };
        let len = dash.len_utf8();
        let space_after = bytes.get(d + len) == Some(&b' ');
        let sep_end = d + len + usize::from(space_after);
        let Some(first) = sep_start.checked_sub(4) else {
            continue;
        };
        let (Some(y1), Some(y2)) = (year_at(first), year_at(sep_end)) else {
            continue;
        };
        if y2 <= y1 || blocks(first, -1) || blocks(sep_end + 3, 1) {
            continue;
        }
        out.push(YearRange {
            range: TextRange::new(first, sep_end + 4),
            separator: TextRange::new(sep_start, sep_end),
            style: RangeStyle {
                space_before,
                dash,
                space_after,
            },
        });
    }
    out
}

/// Codes made of Latin letters and digits joined by single hyphens (`COVID-19`,
/// `SARS-CoV-2`, `Covid-19`), and the same letters and digits written without the hyphens
/// elsewhere in the document (`COVID19`): at least one letter and one digit. Parts of symbols,
/// dates, decimals, file names and addresses (`/`, `.`, `@`, `_` next to them) are not codes,
/// nor are words with Vietnamese letters (`luật1` is a word and a footnote number). Found from
/// the hyphens, then by searching the folded copy for each code's letters and digits: the
/// hyphenated codes come first, in text order, then the others.
pub fn codes(doc: &Document) -> Vec<TextRange> {
    let text = doc.text;
    let bytes = text.as_bytes();
    let end = bytes.len();
    let alnum = |p: usize| bytes.get(p).is_some_and(u8::is_ascii_alphanumeric);
    let blocks = |b: Option<&u8>| b.is_some_and(|b| b"/.@_-\\".contains(b) || *b >= 0x80);
    // A whole code at `start..stop`: not glued to a symbol, an address or a Vietnamese word.
    let whole = |start: usize, stop: usize| {
        let token = bytes.get(start..stop).unwrap_or_default();
        let prev = start.checked_sub(1).and_then(|p| bytes.get(p));
        // `.` or `,` ends a sentence unless a letter or digit follows (`v1.2`, `abc.vn`).
        let next_blocks = match bytes.get(stop) {
            Some(b'.') | Some(b',') => alnum(stop + 1),
            other => blocks(other) || other.is_some_and(u8::is_ascii_alphanumeric),
        };
        token.iter().any(u8::is_ascii_alphabetic)
            && token.iter().any(u8::is_ascii_digit)
            && !blocks(prev)
            && !prev.is_some_and(u8::is_ascii_alphanumeric)
            && !next_blocks
    };
    let mut out: Vec<TextRange> = Vec::new();
    let mut last_end = 0usize;
    for (d, dash) in dashes(text, TextRange::new(0, end)) {
        if dash != '-' || d < last_end || !alnum(d + 1) || d == 0 || !alnum(d - 1) {
            continue;
        }
        let mut start = d;
        while start > 0
            && (alnum(start - 1)
                || (bytes.get(start - 1) == Some(&b'-') && start >= 2 && alnum(start - 2)))
        {
            start -= 1;
        }
        let mut stop = d;
        while alnum(stop) || (bytes.get(stop) == Some(&b'-') && alnum(stop + 1)) {
            stop += 1;
        }
        last_end = stop;
        if whole(start, stop) {
            out.push(TextRange::new(start, stop));
        }
    }
    // The same letters and digits without hyphens.
    let mut keys: Vec<String> = Vec::new();
    for r in &out {
        let key = code_key(text.get(r.start..r.end).unwrap_or(""));
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    let f = &doc.folded.text;
    for key in keys.iter().filter(|k| k.len() >= 3) {
        for (p, _) in f.match_indices(key.as_str()) {
            let r = doc.folded.original(p, p + key.len());
            if r.len() == key.len() && whole(r.start, r.end) {
                out.push(r);
            }
        }
    }
    out
}

/// What two spellings of a code share: letters and digits, lower case (`COVID-19` and
/// `Covid19` → `covid19`).
pub fn code_key(code: &str) -> String {
    code.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

// ---------------------------------------------------------------------------------------
// Legacy encodings: TCVN3 (ABC) and VNI, read as Windows-1252 / Latin-1
// ---------------------------------------------------------------------------------------

/// TCVN3 (TCVN 5712:1993 VN3, the `.VnTime` fonts): the character a byte shows as when the
/// text is read as Latin-1, and the Vietnamese letter it stands for. Upper-case toned
/// letters have no codes of their own (the `.VnTimeH` fonts draw the lower-case codes as
/// capitals). Sorted by the first character.
pub const TCVN3: &[(char, char)] = &[
    ('\u{a1}', 'Ă'),
    ('\u{a2}', 'Â'),
    ('\u{a3}', 'Ê'),
    ('\u{a4}', 'Ô'),
    ('\u{a5}', 'Ơ'),
    ('\u{a6}', 'Ư'),
    ('\u{a7}', 'Đ'),
    ('\u{a8}', 'ă'),
    ('\u{a9}', 'â'),
    ('\u{aa}', 'ê'),
    ('\u{ab}', 'ô'),
    ('\u{ac}', 'ơ'),
    ('\u{ad}', 'ư'),
    ('\u{ae}', 'đ'),
    ('\u{b5}', 'à'),
    ('\u{b6}', 'ả'),
    ('\u{b7}', 'ã'),
    ('\u{b8}', 'á'),
    ('\u{b9}', 'ạ'),
    ('\u{bb}', 'ằ'),
    ('\u{bc}', 'ẳ'),
    ('\u{bd}', 'ẵ'),
    ('\u{be}', 'ắ'),
    ('\u{c6}', 'ặ'),
    ('\u{c7}', 'ầ'),
    ('\u{c8}', 'ẩ'),
    ('\u{c9}', 'ẫ'),
    ('\u{ca}', 'ấ'),
    ('\u{cb}', 'ậ'),
    ('\u{cc}', 'è'),
    ('\u{ce}', 'ẻ'),
    ('\u{cf}', 'ẽ'),
    ('\u{d0}', 'é'),
    ('\u{d1}', 'ẹ'),
    ('\u{d2}', 'ề'),
    ('\u{d3}', 'ể'),
    ('\u{d4}', 'ễ'),
    ('\u{d5}', 'ế'),
    ('\u{d6}', 'ệ'),
    ('\u{d7}', 'ì'),
    ('\u{d8}', 'ỉ'),
    ('\u{dc}', 'ĩ'),
    ('\u{dd}', 'í'),
    ('\u{de}', 'ị'),
    ('\u{df}', 'ò'),
    ('\u{e1}', 'ỏ'),
    ('\u{e2}', 'õ'),
    ('\u{e3}', 'ó'),
    ('\u{e4}', 'ọ'),
    ('\u{e5}', 'ồ'),
    ('\u{e6}', 'ổ'),
    ('\u{e7}', 'ỗ'),
    ('\u{e8}', 'ố'),
    ('\u{e9}', 'ộ'),
    ('\u{ea}', 'ờ'),
    ('\u{eb}', 'ở'),
    ('\u{ec}', 'ỡ'),
    ('\u{ed}', 'ớ'),
    ('\u{ee}', 'ợ'),
    ('\u{ef}', 'ù'),
    ('\u{f1}', 'ủ'),
    ('\u{f2}', 'ũ'),
    ('\u{f3}', 'ú'),
    ('\u{f4}', 'ụ'),
    ('\u{f5}', 'ừ'),
    ('\u{f6}', 'ử'),
    ('\u{f7}', 'ữ'),
    ('\u{f8}', 'ứ'),
    ('\u{f9}', 'ự'),
    ('\u{fa}', 'ỳ'),
    ('\u{fb}', 'ỷ'),
    ('\u{fc}', 'ỹ'),
    ('\u{fd}', 'ý'),
    ('\u{fe}', 'ỵ'),
];

fn tcvn3_letter(c: char) -> Option<char> {
    TCVN3
        .binary_search_by_key(&c, |(k, _)| *k)
        .ok()
        .and_then(|i| TCVN3.get(i))
        .map(|(_, v)| *v)
}

/// Characters only TCVN3 produces: never in Vietnamese Unicode text inside a word
/// (`hoµ`, `x·`, `c¬`, `®Þnh`).
fn tcvn3_only(c: char) -> bool {
    matches!(
        c,
        '\u{a1}'..='\u{a8}' | '\u{a9}' | '\u{aa}' | '\u{ab}' | '\u{ac}' | '\u{ae}'
            | '\u{b5}'..='\u{b9}' | '\u{bb}'..='\u{be}' | 'Ç' | '×' | 'Þ' | 'ß' | '÷' | 'þ'
    )
}

/// Latin-1 letters that neither Vietnamese Unicode nor ordinary text use inside a word, but
/// both TCVN3 and VNI do (`ä`, `ø`, `û`, `ñ`…).
fn mojibake_letter(c: char) -> bool {
    matches!(
        c,
        'ä' | 'å'
            | 'æ'
            | 'ç'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ñ'
            | 'ö'
            | 'ø'
            | 'û'
            | 'ü'
            | 'Ä'
            | 'Å'
            | 'Æ'
            | 'Ë'
            | 'Î'
            | 'Ï'
            | 'Ñ'
            | 'Ö'
            | 'Ø'
            | 'Û'
            | 'Ü'
    )
}

fn is_base_vowel(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'A' | 'E' | 'I' | 'O' | 'U' | 'Y'
    )
}

/// A legacy encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    Tcvn3,
    Vni,
}

/// What [`scan_legacy`] found.
#[derive(Debug, Clone, Default)]
pub struct LegacyScan {
    /// Words with mojibake (characters no Vietnamese Unicode word has), in text order.
    pub words: Vec<TextRange>,
    /// How many of them have a sign that neither Vietnamese Unicode nor a foreign name has
    /// (`hoµ`, `nghÜa`, `hoøa`, `xaõ`); the others (`Müller`, `Peña`) only add up.
    pub strong: usize,
    /// Evidence for TCVN3: characters only TCVN3 produces, capitals inside lower-case words.
    pub tcvn3: usize,
    /// Evidence for VNI: a mark after a vowel that no Unicode word has (`aù`, `oâ`), `ñ`
    /// opening a word (`ñeán`).
    pub vni: usize,
    /// Mojibake letters after a vowel (VNI marks) and after a consonant (TCVN3 letters).
    after_vowel: usize,
    after_consonant: usize,
    /// Whether the text also has Vietnamese letters outside Latin-1 (genuine Unicode).
    pub has_unicode_vietnamese: bool,
}

impl LegacyScan {
    /// The encoding the evidence points to, when the text has mojibake words.
    pub fn encoding(&self) -> Option<Legacy> {
        if self.words.is_empty() {
            return None;
        }
        Some(
            if self.tcvn3 > 0 && self.tcvn3 >= self.vni
                || self.vni == 0 && self.after_vowel <= self.after_consonant
            {
                Legacy::Tcvn3
            } else {
                Legacy::Vni
            },
        )
    }
}

/// Characters a legacy-encoded word is made of: letters, combining marks, and the TCVN3
/// characters that are not letters in Unicode (`·`, `¸`, `µ`…).
fn is_legacy_word_char(c: char) -> bool {
    is_word_char(c) || tcvn3_letter(c).is_some() || tcvn3_only(c)
}

/// Fast byte test: whether the text has a Latin-1 character that Vietnamese Unicode does not
/// use (every TCVN3 or VNI text has many: `µ ¸ ® ñ ø ö ä`…). Most texts fail it at once.
fn maybe_legacy(text: &str) -> bool {
    let bytes = text.as_bytes();
    // U+00A1..U+00BF (symbols and TCVN3 letters) start with 0xC2; most texts have none.
    if bytes.contains(&0xC2) && bytes.windows(2).any(|w| matches!(w, [0xC2, 0xA1..=0xBF])) {
        return true;
    }
    // U+00C0..U+00FF start with 0xC3; the Vietnamese letters among them (à á â ã è é ê ì í
    // ò ó ô õ ù ú ý and capitals) are fine.
    let mut i = 0usize;
    while let Some(p) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|b| *b == 0xC3))
    {
        let at = i + p;
        i = at + 2;
        let Some(b) = bytes.get(at + 1) else { break };
        let lower = (u32::from(*b) + 0x40) | 0x20;
        if !matches!(
            lower,
            0xE0..=0xE3 | 0xE8..=0xEA | 0xEC | 0xED | 0xF2..=0xF5 | 0xF9 | 0xFA | 0xFD
        ) {
            return true;
        }
    }
    false
}

/// Scan a text for words typed in TCVN3 or VNI and pasted as Unicode (`Céng hoµ x· héi`,
/// `Coäng hoøa xaõ hoäi`). One pass; Unicode Vietnamese text gives no words.
pub fn scan_legacy(text: &str) -> LegacyScan {
    let mut scan = LegacyScan::default();
    if !maybe_legacy(text) {
        return scan;
    }
    let mut word_start: Option<usize> = None;
    let mut word_signal = Signal::None;
    let mut prev: Option<char> = None;
    let mut prev_in_word = false;
    for (i, c) in text.char_indices() {
        let in_word = is_legacy_word_char(c);
        if !in_word {
            if let Some(st) = word_start.take() {
                if word_signal != Signal::None {
                    scan.words.push(TextRange::new(st, i));
                }
            }
            word_signal = Signal::None;
            prev = Some(c);
            prev_in_word = false;
            continue;
        }
        if word_start.is_none() {
            word_start = Some(i);
        }
        let cp = c as u32;
        if (0x100..=0x1B0).contains(&cp) || (0x1EA0..=0x1EF9).contains(&cp) || is_combining(c) {
            scan.has_unicode_vietnamese = true;
        }
        let p = prev.filter(|_| prev_in_word);
        let after_letter = p.is_some_and(char::is_alphabetic);
        let after_vowel = p.is_some_and(is_base_vowel);
        // Strong signals never occur in Vietnamese Unicode nor in foreign names; weak ones
        // (an umlaut after a consonant: `Müller`; `ñ` after a vowel: `Peña`; `®` after a
        // brand) do, and only count once strong ones are there.
        let mut signal = Signal::None;
        if tcvn3_only(c) && (after_letter || matches!(c, '\u{a1}'..='\u{a7}' | '\u{ae}')) {
            scan.tcvn3 += 1;
            signal = if matches!(c, '\u{ae}' | '\u{a9}') && after_letter {
                Signal::Weak
            } else {
                Signal::Strong
            };
        } else if c.is_uppercase()
            && !c.is_ascii()
            && cp < 0x100
            && p.is_some_and(|p| p.is_ascii_lowercase())
        {
            // `thÕ`, `nghÜa`: a Latin-1 capital inside a lower-case word.
            scan.tcvn3 += 1;
            signal = Signal::Strong;
        } else if after_vowel
            && (matches!(c, 'ù' | 'õ' | 'Ù' | 'Õ')
                || (matches!(c, 'â' | 'ê' | 'Â' | 'Ê')
                    && !matches!(p, Some('u' | 'U' | 'i' | 'I' | 'y' | 'Y'))))
        {
            // `aù`, `oâ`: a VNI mark after a vowel, no Unicode word has that pair.
            scan.vni += 1;
            signal = Signal::Strong;
        } else if matches!(c, 'ñ' | 'Ñ') && p.is_none() {
            scan.vni += 1;
            signal = Signal::Strong;
        } else if mojibake_letter(c) && after_letter {
            if after_vowel {
                scan.after_vowel += 1;
            } else {
                scan.after_consonant += 1;
            }
            signal = if after_vowel && !matches!(c, 'ñ' | 'Ñ') {
                Signal::Strong
            } else {
                Signal::Weak
            };
        }
        if signal == Signal::Strong && word_signal != Signal::Strong {
            scan.strong += 1;
        }
        word_signal = word_signal.max(signal);
        prev = Some(c);
        prev_in_word = true;
    }
    if let Some(st) = word_start {
        if word_signal != Signal::None {
            scan.words.push(TextRange::new(st, text.len()));
        }
    }
    scan
}

/// How sure a character is to be mojibake.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Signal {
    None,
    Weak,
    Strong,
}

/// TCVN3 text (read as Latin-1) in Unicode. A word whose ASCII letters (at least two) are
/// all capitals was typed in a capitals font (`.VnTimeH`, which draws the lower-case codes
/// as capitals) and comes back in capitals (`TH¤NG B¸O` → `THÔNG BÁO`); other words keep the
/// table's lower case (`Bé` → `Bộ`).
pub fn tcvn3_to_unicode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    let mut word = String::new();
    let mut ascii = (0usize, true);
    let flush = |out: &mut String, word: &mut String, ascii: &mut (usize, bool)| {
        if ascii.0 >= 2 && ascii.1 {
            out.push_str(&word.to_uppercase());
        } else {
            out.push_str(word);
        }
        word.clear();
        *ascii = (0, true);
    };
    for c in s.chars() {
        let mapped = tcvn3_letter(c);
        if c.is_alphabetic() || mapped.is_some() {
            if c.is_ascii_alphabetic() {
                ascii = (ascii.0 + 1, ascii.1 && c.is_ascii_uppercase());
            }
            word.push(mapped.unwrap_or(c));
        } else {
            flush(&mut out, &mut word, &mut ascii);
            out.push(c);
        }
    }
    flush(&mut out, &mut word, &mut ascii);
    out
}

/// The stretches of a line to convert, around its mojibake words: runs of mojibake words,
/// widened to the neighbouring words made only of Latin-1 letters (`Céng` before `hoµ`: its
/// `é` is a TCVN3 `ộ`) as long as only spaces and dashes separate them. `words` are the
/// mojibake words of the line, in order.
pub fn legacy_runs(text: &str, line: TextRange, words: &[TextRange]) -> Vec<TextRange> {
    let s = text.get(line.start..line.end).unwrap_or("");
    let latin1_word = |w: &str| !w.is_empty() && w.chars().all(|c| (c as u32) < 0x100);
    let is_gap = |g: &str| !g.is_empty() && g.chars().all(|c| c == ' ' || c == '-');
    // Tokens of the line: maximal runs of non-space, non-dash characters.
    let mut tokens: Vec<TextRange> = Vec::new();
    let mut start: Option<usize> = None;
    for (i, c) in s.char_indices() {
        let sep = c == ' ' || c == '-' || c == '\t';
        match (sep, start) {
            (true, Some(st)) => {
                tokens.push(TextRange::new(line.start + st, line.start + i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        tokens.push(TextRange::new(line.start + st, line.end));
    }
    let slice = |r: TextRange| text.get(r.start..r.end).unwrap_or("");
    // Which tokens hold a mojibake word (both lists are in order: one merge).
    let mut flags = vec![false; tokens.len()];
    let mut wi = 0usize;
    for (flag, t) in flags.iter_mut().zip(&tokens) {
        while words.get(wi).is_some_and(|w| w.end <= t.start) {
            wi += 1;
        }
        *flag = words.get(wi).is_some_and(|w| w.start < t.end);
    }
    let marked_at = |k: usize| flags.get(k).copied().unwrap_or(false);
    let mut runs: Vec<TextRange> = Vec::new();
    let mut k = 0usize;
    while k < tokens.len() {
        if !marked_at(k) {
            k += 1;
            continue;
        }
        let (mut a, mut b) = (k, k);
        // Widen to the right over marked tokens and plain Latin-1 ones.
        while let (Some(cur), Some(next)) = (tokens.get(b), tokens.get(b + 1)) {
            let gap = text.get(cur.end..next.start).unwrap_or("");
            if is_gap(gap) && (marked_at(b + 1) || latin1_word(slice(*next))) {
                b += 1;
            } else {
                break;
            }
        }
        while a > 0 {
            let (Some(prev), Some(cur)) = (tokens.get(a - 1), tokens.get(a)) else {
                break;
            };
            let gap = text.get(prev.end..cur.start).unwrap_or("");
            if is_gap(gap) && latin1_word(slice(*prev)) {
                a -= 1;
            } else {
                break;
            }
        }
        if let (Some(first), Some(last)) = (tokens.get(a), tokens.get(b)) {
            runs.push(TextRange::new(first.start, last.end));
        }
        k = b + 1;
    }
    runs
}

/// The marks a VNI mark character adds to the vowel before it: (circumflex or breve, tone).
fn vni_mark(c: char) -> Option<(Option<char>, Option<char>)> {
    const CIRC: char = '\u{302}';
    const BREVE: char = '\u{306}';
    const GRAVE: char = '\u{300}';
    const ACUTE: char = '\u{301}';
    const HOOK: char = '\u{309}';
    const TILDE: char = '\u{303}';
    const DOT: char = '\u{323}';
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(match lower {
        'ù' => (None, Some(ACUTE)),
        'ø' => (None, Some(GRAVE)),
        'û' => (None, Some(HOOK)),
        'õ' => (None, Some(TILDE)),
        'ï' => (None, Some(DOT)),
        'â' => (Some(CIRC), None),
        'á' => (Some(CIRC), Some(ACUTE)),
        'à' => (Some(CIRC), Some(GRAVE)),
        'å' => (Some(CIRC), Some(HOOK)),
        'ã' => (Some(CIRC), Some(TILDE)),
        'ä' => (Some(CIRC), Some(DOT)),
        'ê' => (Some(BREVE), None),
        'é' => (Some(BREVE), Some(ACUTE)),
        'è' => (Some(BREVE), Some(GRAVE)),
        'ú' => (Some(BREVE), Some(HOOK)),
        'ü' => (Some(BREVE), Some(TILDE)),
        'ë' => (Some(BREVE), Some(DOT)),
        _ => return None,
    })
}

/// VNI letters written with one character (`ñ` đ, `ô` ơ, `ö` ư, `æ` ỉ, `ó` ĩ, `ò` ị, `î` ỵ).
fn vni_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ñ' => "đ",
        'Ñ' => "Đ",
        'ô' => "ơ",
        'Ô' => "Ơ",
        'ö' => "ư",
        'Ö' => "Ư",
        'æ' => "i\u{309}",
        'Æ' => "I\u{309}",
        'ó' => "i\u{303}",
        'Ó' => "I\u{303}",
        'ò' => "i\u{323}",
        'Ò' => "I\u{323}",
        'î' => "y\u{323}",
        'Î' => "Y\u{323}",
        _ => return None,
    })
}

/// VNI text (read as Windows-1252) in Unicode, as base letters and combining marks (NFD-like):
/// compose it to NFC. `Coäng hoøa` → `Co\u{302}\u{323}ng ho\u{300}a`.
pub fn vni_to_nfd(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 2);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let base: String = match vni_letter(c) {
            Some(l) => l.to_string(),
            None => c.to_string(),
        };
        let is_base = is_base_vowel(c) || matches!(c, 'ô' | 'Ô' | 'ö' | 'Ö');
        out.push_str(&base);
        if !is_base {
            continue;
        }
        let Some(&next) = chars.peek() else { continue };
        let Some((modifier, tone)) = vni_mark(next) else {
            continue;
        };
        // Circumflex goes on a, e, o; breve on a; ơ/ư take only a tone.
        let lower = c.to_lowercase().next().unwrap_or(c);
        let fits = match modifier {
            Some('\u{302}') => matches!(lower, 'a' | 'e' | 'o'),
            Some(_) => lower == 'a',
            None => true,
        };
        if !fits {
            continue;
        }
        chars.next();
        out.extend(modifier);
        out.extend(tone);
    }
    out
}

// ---------------------------------------------------------------------------------------
// Abbreviations
// ---------------------------------------------------------------------------------------

/// Abbreviations every reader of an administrative document knows, which TT480 does not ask
/// to spell out: the people's councils and committees of the state apparatus (`UBND`, `HĐND`,
/// written so in the decree's own templates; `ĐBQH`, `MTTQ`, parts of official names), the
/// disease names of the decade, currencies, standards and `GPS`, the company forms that are
/// part of registered names (`TNHH`, `MTV`), and the international organisations ND30 Phụ lục
/// II allows as acronyms (`WTO`, `UNESCO`, `ASEAN`). Folded (lower case, `đ` → `d`).
pub const COMMON_ABBREVIATIONS: &[&str] = &[
    // State apparatus: ND30 templates write `UBND`, `HĐND`; `ĐBQH`, `MTTQ` are part of official
    // names (`Văn phòng Đoàn ĐBQH và HĐND`, `Ủy ban MTTQ Việt Nam`).
    "ubnd", "hdnd", "dbqh", "mttq", // Diseases.
    "covid", "sars", "hiv", "aids", // Currencies, standards, units of account.
    "vnd", "usd", "eur", "tcvn", "qcvn", "iso", "gdp", "fdi", "oda", "gps",
    // Company forms, part of registered names (`Công ty TNHH MTV …`).
    "tnhh", "mtv", // International organisations (Phụ lục II).
    "asean", "apec", "wto", "who", "unesco", "unicef", "undp", "fao", "ilo", "imf", "wb", "adb",
    "eu", "un", "oecd", "nato",
];

/// Whether a folded abbreviation is exempt (see [`COMMON_ABBREVIATIONS`]).
pub fn is_common_abbreviation(folded: &str) -> bool {
    COMMON_ABBREVIATIONS.contains(&folded)
}

const ONSETS: [&str; 27] = [
    "ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr", "b", "c", "d", "g", "h",
    "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
];
const CODAS: [&str; 9] = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];
/// Vowel nuclei with their glides, folded (`ươ` → `uo`, `uyê` → `uye`).
const NUCLEI: [&str; 39] = [
    "a", "e", "i", "o", "u", "y", "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe",
    "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ya", "ye", "ieu", "oai", "oao", "oay", "oeo",
    "uay", "uoi", "uou", "uya", "uye", "uyu", "yeu",
];

/// Whether a folded word (lower case, no marks) can be one Vietnamese syllable (`truong`,
/// `nghieng`, `quoc`): all-capital headings (`THÔNG BÁO`) are words, `UBND` is not.
pub fn is_syllable(folded: &str) -> bool {
    ONSETS.iter().any(|onset| {
        let Some(rime) = folded.strip_prefix(onset) else {
            return false;
        };
        CODAS.iter().any(|coda| {
            rime.strip_suffix(coda)
                .is_some_and(|nucleus| !nucleus.is_empty() && NUCLEI.contains(&nucleus))
        })
    })
}

/// A Roman numeral of the kind documents number their parts with (`II`, `XVII`).
fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
}

/// An abbreviation: 2–8 capital letters (Latin or `Đ`), no other marks, not a Vietnamese
/// syllable in capitals and not a Roman numeral (`UBND`, `HĐND`, `THPT`, `KCB`).
pub fn is_abbreviation(word: &str) -> bool {
    let n = word.chars().count();
    if !(2..=8).contains(&n) {
        return false;
    }
    if !word.chars().all(|c| c.is_ascii_uppercase() || c == 'Đ') {
        return false;
    }
    if is_roman(word) {
        return false;
    }
    !is_syllable(&fold(word))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn all_words(s: &str) -> Vec<&str> {
        words(s, TextRange::new(0, s.len()))
            .map(|r| &s[r.start..r.end])
            .collect()
    }

    #[test]
    fn words_split_on_digits_and_punctuation() {
        assert_eq!(
            all_words("Tỉnh ủy, luật1 (COVID-19) Ho\u{323}\u{302}"),
            ["Tỉnh", "ủy", "luật", "COVID", "Ho\u{323}\u{302}"]
        );
        let s = "abc def";
        assert_eq!(
            words(s, TextRange::new(4, 7)).collect::<Vec<_>>(),
            [TextRange::new(4, 7)]
        );
    }

    #[test]
    fn tone_placement() {
        for (old, new) in [
            ("hoà", "hòa"),
            ("thuỷ", "thủy"),
            ("uỷ", "ủy"),
            ("Uỷ", "Ủy"),
            ("UỶ", "ỦY"),
            ("khoẻ", "khỏe"),
            ("hoạ", "họa"),
            ("nguỵ", "ngụy"),
            ("Thuý", "Thúy"),
            ("đoá", "đóa"),
        ] {
            assert_eq!(tone_style(old), Some(ToneStyle::Old), "{old}");
            assert_eq!(tone_style(new), Some(ToneStyle::New), "{new}");
            assert_eq!(with_tone_style(old, ToneStyle::New).unwrap(), new);
            assert_eq!(with_tone_style(new, ToneStyle::Old).unwrap(), old);
            assert_eq!(with_tone_style(new, ToneStyle::New).unwrap(), new);
        }
        for w in [
            "quý", "quỳ", "hoàn", "toán", "hoa", "uy", "khuya", "thuế", "của", "mùa", "Hoài",
            "ủy1", "giờ", "a", "",
        ] {
            assert_eq!(tone_style(w), None, "{w}");
        }
    }

    #[test]
    fn y_i_variants() {
        assert_eq!(y_i_variant("kỹ"), Some((3, 0)));
        assert_eq!(y_i_variant("kĩ"), Some((3, 1)));
        assert_eq!(y_i_variant("ky"), None);
        assert_eq!(in_case_of("kỹ", "Kĩ"), "Kỹ");
        assert_eq!(in_case_of("ủy", "UỶ"), "ỦY");
        assert_eq!(in_case_of("ủy", "uỷ"), "ủy");
    }

    #[test]
    fn year_ranges_and_their_styles() {
        let s = "giai đoạn 2016 - 2020, 2016-2020 và 2025 – 2050; ngày 14/5/2016-2020; 2020-2016; 1234-5678; 20166-2020; 2016-20201";
        let found: Vec<(&str, String)> = year_ranges(s, TextRange::new(0, s.len()))
            .iter()
            .map(|y| (&s[y.range.start..y.range.end], y.style.separator()))
            .collect();
        assert_eq!(
            found,
            [
                ("2016 - 2020", " - ".to_string()),
                ("2016-2020", "-".to_string()),
                ("2025 – 2050", " – ".to_string())
            ]
        );
    }

    #[test]
    fn letter_digit_codes() {
        let s = "dịch COVID-19, COVID19 và Covid-19; SARS-CoV-2. Số 15/2020/QĐ-TTg, v1.2-3, a_b1-2, luật1-2, QH-15 x.vn-1 H5N1 covid19x COVID19.";
        let doc = crate::segment::segment(s, None);
        let found: Vec<&str> = codes(&doc).iter().map(|r| &s[r.start..r.end]).collect();
        assert_eq!(
            found,
            [
                "COVID-19",
                "Covid-19",
                "SARS-CoV-2",
                "QH-15",
                "COVID19",
                "COVID19"
            ]
        );
        assert_eq!(code_key("COVID-19"), code_key("Covid19"));
    }

    #[test]
    fn tcvn3_is_detected_and_converted() {
        let s = "Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc";
        let scan = scan_legacy(s);
        assert_eq!(scan.encoding(), Some(Legacy::Tcvn3));
        assert!(scan.strong >= 6, "{:?}", scan.words);
        assert_eq!(
            tcvn3_to_unicode(s),
            "Cộng hoà xã hội chủ nghĩa Việt Nam\nĐộc lập - Tự do - Hạnh phúc"
        );
        assert_eq!(tcvn3_to_unicode("QUYÕT §ÞNH"), "QUYẾT ĐỊNH");
        assert_eq!(tcvn3_to_unicode("Sè: 125/TB-VP"), "Số: 125/TB-VP");
        let line = "Trích dẫn: \"Céng hoµ x· héi chñ nghÜa ViÖt Nam\".";
        let scan = scan_legacy(line);
        let runs = legacy_runs(line, TextRange::new(0, line.len()), &scan.words);
        let runs: Vec<&str> = runs.iter().map(|r| &line[r.start..r.end]).collect();
        assert_eq!(runs, ["\"Céng hoµ x· héi chñ nghÜa ViÖt Nam\"."]);
        assert_eq!(
            tcvn3_to_unicode("quyÕt ®Þnh cña Bé tr\u{ad}ëng"),
            "quyết định của Bộ trưởng"
        );
    }

    #[test]
    fn vni_is_detected_and_converted() {
        let s = "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc";
        let scan = scan_legacy(s);
        assert_eq!(scan.encoding(), Some(Legacy::Vni));
        assert!(scan.strong >= 6, "{:?}", scan.words);
        let nfd = vni_to_nfd("Ñoäc laäp - Töï do - Haïnh phuùc, ñöôïc nhöõng Chæ thò Myõ, ăn");
        assert_eq!(
            nfd,
            "Đo\u{302}\u{323}c la\u{302}\u{323}p - Tư\u{323} do - Ha\u{323}nh phu\u{301}c, đươ\u{323}c như\u{303}ng Chi\u{309} thi\u{323} My\u{303}, ăn"
        );
        assert_eq!(
            vni_to_nfd("SUY THAÄN CAÁP"),
            "SUY THA\u{302}\u{323}N CA\u{302}\u{301}P"
        );
    }

    #[test]
    fn unicode_text_is_not_legacy() {
        for s in [
            "Cộng hòa xã hội chủ nghĩa Việt Nam; Độc lập - Tự do - Hạnh phúc",
            "Thủ tướng Chính phủ, thuê, xuân, tiên, yên, hoà, thuý, Ê-đê, ÔNG, Ý KIẾN",
            "Kích thước 5 µm, 10 µg/m³, Müller, Köln, Peña, © 2020, « trích », Microsoft®",
            "Co\u{302}\u{323}ng ho\u{300}a",
            "",
        ] {
            let scan = scan_legacy(s);
            assert_eq!(scan.strong, 0, "{s}: {:?}", scan.words);
        }
        assert!(scan_legacy("Cộng hòa, hoµ x· chñ").has_unicode_vietnamese);
        assert!(!scan_legacy("hoµ x· chñ").has_unicode_vietnamese);
    }

    #[test]
    fn abbreviations() {
        for w in [
            "UBND", "HĐND", "THPT", "KCB", "BHYT", "COVID", "TOD", "TP", "MTTQ",
        ] {
            assert!(is_abbreviation(w), "{w}");
        }
        for w in [
            "THÔNG",
            "BÁO",
            "NGHĨA",
            "TRƯỞNG",
            "QUYẾT",
            "GIẤY",
            "NGƯỜI",
            "HUYỆN",
            "XVII",
            "II",
            "Ủy",
            "UBNDx",
            "A",
            "ĐOÀN",
            "KHOẢNG",
            "LOẠI",
            "NAM",
        ] {
            assert!(!is_abbreviation(w), "{w}");
        }
        assert!(is_common_abbreviation(&fold("HĐND")));
        assert!(is_syllable("nghieng") && is_syllable("khuyu") && is_syllable("gi"));
        assert!(!is_syllable("ubnd"));
    }

    #[test]
    fn swar_masks() {
        let bytes = b"hoa quy, ky-ki abcdefghijklmnopqrstuvwxyz ZAY\xc3\xa0y";
        let mut ends = Vec::new();
        swar_scan(
            bytes,
            |x, y| (swar_eq(x, b'a') | swar_eq(x, b'y')) & !swar_range(y, b'a', b'z'),
            |p| ends.push(p),
        );
        let naive: Vec<usize> = (0..bytes.len())
            .filter(|&p| {
                matches!(bytes[p], b'a' | b'y')
                    && !bytes.get(p + 1).is_some_and(u8::is_ascii_lowercase)
            })
            .collect();
        assert_eq!(ends, naive);
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, 0, 0x61, 0x7a, 0x7b, 0x60, 0xff, b]);
            let eq = swar_eq(x, b);
            assert_eq!(eq & 0x80, 0x80);
            let r = swar_range(x, b'a', b'z');
            assert_eq!(r & 0x80 != 0, b.is_ascii_lowercase(), "{b}");
            assert_eq!(r >> 8 & 0xffff_ffff_ffff, 0x0080_8000, "{b}");
        }
    }

    #[test]
    fn surnames() {
        assert!(is_surname("Nguyễn") && is_surname("TRẦN"));
        assert!(!is_surname("Tỉnh"));
    }
}
