//! The header's fixed patterns (national title, motto, Party title, `Số: …/…`, the date
//! line), matched by hand over the folded, lower-case ASCII text.
//!
//! They were regular expressions; a regex engine cost ~33 KB of wasm and its compile time
//! at the first check, and its matcher was a tenth of the seed notice's check time (issue 8).
//! Each function keeps the semantics of the expression in its doc comment — leftmost match,
//! greedy repetition, ASCII `\s` (`[\t\n\v\f\r ]`) and ASCII word boundaries — and the
//! tests below compare them on the cases that matter (the corpus and rule fixtures pin the
//! rest). Every function runs in time linear in its input: a failed attempt never rescans
//! a run of spaces, dots or digits it already crossed.

/// A byte range of a match.
pub type Span = (usize, usize);

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// A cursor over bytes with the few regex pieces the patterns use.
struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn new(b: &'a [u8], at: usize) -> Self {
        Cursor { b, at }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.at).copied()
    }

    /// `[set]*`, greedy.
    fn skip_while(&mut self, f: impl Fn(u8) -> bool) -> usize {
        let from = self.at;
        while self.peek().is_some_and(&f) {
            self.at += 1;
        }
        self.at - from
    }

    /// `\s*`.
    fn spaces(&mut self) -> usize {
        self.skip_while(is_space)
    }

    /// `[\s._]*`.
    fn gap(&mut self) {
        self.skip_while(|b| is_space(b) || b == b'.' || b == b'_');
    }

    fn lit(&mut self, s: &str) -> bool {
        let ok = self
            .b
            .get(self.at..)
            .is_some_and(|rest| rest.starts_with(s.as_bytes()));
        if ok {
            self.at += s.len();
        }
        ok
    }

    fn byte(&mut self, f: impl Fn(u8) -> bool) -> bool {
        let ok = self.peek().is_some_and(f);
        if ok {
            self.at += 1;
        }
        ok
    }

    /// `[0-9]{min,max}`, greedy; `None` (nothing consumed) when fewer than `min`.
    fn digits(&mut self, min: usize, max: usize) -> Option<Span> {
        let from = self.at;
        while self.at - from < max && self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
        if self.at - from < min {
            self.at = from;
            return None;
        }
        Some((from, self.at))
    }

    /// `\b` at the cursor.
    fn boundary(&self) -> bool {
        let before = self
            .at
            .checked_sub(1)
            .and_then(|i| self.b.get(i))
            .is_some_and(|&b| is_word(b));
        let after = self.peek().is_some_and(is_word);
        before != after
    }
}

/// One piece of a word sequence (`words`).
enum Piece {
    Lit(&'static str),
    /// A literal that may be absent (`[a]?`).
    Opt(&'static str),
    /// `\s*`
    Spaces,
    /// `\s+`
    Spaces1,
    /// `[-,]*`
    Dashes,
}

/// The first match of a sequence of pieces starting with a literal; greedy, which equals
/// the regex's backtracking here because each piece's first byte never belongs to the
/// repetition before it.
fn words(t: &str, pieces: &[Piece]) -> Option<Span> {
    let Some(Piece::Lit(first)) = pieces.first() else {
        return None;
    };
    t.match_indices(first).find_map(|(at, _)| {
        let mut c = Cursor::new(t.as_bytes(), at);
        for p in pieces {
            let ok = match p {
                Piece::Lit(s) => c.lit(s),
                Piece::Opt(s) => {
                    c.lit(s);
                    true
                }
                Piece::Spaces => {
                    c.spaces();
                    true
                }
                Piece::Spaces1 => c.spaces() > 0,
                Piece::Dashes => {
                    c.skip_while(|b| b == b'-' || b == b',');
                    true
                }
            };
            if !ok {
                return None;
            }
        }
        Some((at, c.at))
    })
}

/// `cong\s*ho[a]?\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam`
pub fn quoc_hieu(t: &str) -> Option<Span> {
    use Piece::*;
    words(
        t,
        &[
            Lit("cong"),
            Spaces,
            Lit("ho"),
            Opt("a"),
            Spaces,
            Lit("xa"),
            Spaces,
            Lit("hoi"),
            Spaces,
            Lit("chu"),
            Spaces,
            Lit("nghia"),
            Spaces,
            Lit("viet"),
            Spaces,
            Lit("nam"),
        ],
    )
}

/// `doc\s*lap\s*[-,]*\s*tu\s*do\s*[-,]*\s*hanh\s*phuc`
pub fn tieu_ngu(t: &str) -> Option<Span> {
    use Piece::*;
    words(
        t,
        &[
            Lit("doc"),
            Spaces,
            Lit("lap"),
            Spaces,
            Dashes,
            Spaces,
            Lit("tu"),
            Spaces,
            Lit("do"),
            Spaces,
            Dashes,
            Spaces,
            Lit("hanh"),
            Spaces,
            Lit("phuc"),
        ],
    )
}

/// `dang\s+cong\s+san\s+viet\s+nam` anywhere.
pub fn party(t: &str) -> bool {
    use Piece::*;
    words(
        t,
        &[
            Lit("dang"),
            Spaces1,
            Lit("cong"),
            Spaces1,
            Lit("san"),
            Spaces1,
            Lit("viet"),
            Spaces1,
            Lit("nam"),
        ],
    )
    .is_some()
}

/// A `Số: …/…` match: `\bso\b\s*(:?)\s*([0-9]+)?[\s._]*(/)\s*(?:([0-9]{4})\s*/\s*)?([a-z0-9]+(?:\s*-\s*[a-z0-9]+)*)`
/// (label, colon, number, slash, VBQPPL year as in `15/2020/QĐ-TTg`, symbol).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SoMatch {
    pub all: Span,
    /// Empty (at the position a colon would have) when there is none.
    pub colon: Span,
    pub number: Option<Span>,
    pub slash: Span,
    pub year: Option<Span>,
    pub symbol: Span,
}

/// `[a-z0-9]+(?:\s*-\s*[a-z0-9]+)*` at the cursor.
fn symbol(c: &mut Cursor<'_>) -> Option<Span> {
    let alnum = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit();
    let from = c.at;
    if c.skip_while(alnum) == 0 {
        return None;
    }
    loop {
        let save = c.at;
        c.spaces();
        if !(c.byte(|b| b == b'-') && {
            c.spaces();
            c.skip_while(alnum) > 0
        }) {
            c.at = save;
            break;
        }
    }
    Some((from, c.at))
}

fn so_at(t: &[u8], at: usize) -> Option<SoMatch> {
    let mut c = Cursor::new(t, at);
    if !(c.boundary() && c.lit("so") && c.boundary()) {
        return None;
    }
    c.spaces();
    let colon_at = c.at;
    let colon = if c.byte(|b| b == b':') {
        (colon_at, c.at)
    } else {
        (colon_at, colon_at)
    };
    c.spaces();
    let number = c.digits(1, usize::MAX);
    c.gap();
    let slash_at = c.at;
    if !c.byte(|b| b == b'/') {
        return None;
    }
    let slash = (slash_at, c.at);
    c.spaces();
    let after_slash = c.at;
    // The optional year group first; without it when the symbol does not follow.
    let with_year = {
        let year = c.digits(4, 4);
        let ok = year.is_some() && {
            c.spaces();
            c.byte(|b| b == b'/')
        };
        if ok {
            c.spaces();
            symbol(&mut c).map(|s| (year, s))
        } else {
            None
        }
    };
    let (year, sym) = match with_year {
        Some(found) => found,
        None => {
            c.at = after_slash;
            (None, symbol(&mut c)?)
        }
    };
    Some(SoMatch {
        all: (at, c.at),
        colon,
        number,
        slash,
        year,
        symbol: sym,
    })
}

/// Every non-overlapping `Số` match, left to right.
pub fn so_matches(t: &str) -> impl Iterator<Item = SoMatch> + '_ {
    let b = t.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(i) = t.get(from..).and_then(|rest| rest.find("so")) {
            let at = from + i;
            match so_at(b, at) {
                Some(m) => {
                    from = m.all.1.max(at + 1);
                    return Some(m);
                }
                None => from = at + 1,
            }
        }
        from = t.len();
        None
    })
}

/// The date in words: `(?:\b(ngay)\s*([0-9]{1,2})?|,\s*([0-9]{1,2}))[\s._]*thang\s*([0-9]{1,2})?[\s._]*nam\s*([0-9]{4})?`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateWords {
    pub all: Span,
    /// The word `ngay`; `None` for `, DD tháng …`.
    pub ngay: Option<Span>,
    pub day: Option<Span>,
    pub month: Option<Span>,
    pub year: Option<Span>,
}

fn date_words_at(t: &[u8], at: usize) -> Option<DateWords> {
    let mut c = Cursor::new(t, at);
    let (ngay, day) = if c.boundary() && c.lit("ngay") {
        c.spaces();
        (Some((at, at + 4)), c.digits(1, 2))
    } else if c.byte(|b| b == b',') {
        c.spaces();
        (None, Some(c.digits(1, 2)?))
    } else {
        return None;
    };
    c.gap();
    if !c.lit("thang") {
        return None;
    }
    c.spaces();
    let month = c.digits(1, 2);
    c.gap();
    if !c.lit("nam") {
        return None;
    }
    c.spaces();
    let year = c.digits(4, 4);
    Some(DateWords {
        all: (at, c.at),
        ngay,
        day,
        month,
        year,
    })
}

/// The first date in words.
pub fn date_words(t: &str) -> Option<DateWords> {
    let b = t.as_bytes();
    b.iter()
        .enumerate()
        .filter(|&(_, &x)| x == b'n' || x == b',')
        .find_map(|(i, _)| date_words_at(b, i))
}

/// The numeric date: `(?:(,)\s*|\s+)(?:ngay\s*)?([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{4})\b`
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateNumeric {
    pub all: Span,
    /// The comma after the place; `None` when the date follows a space (`Hà Nội 15/9/2026`).
    pub comma: Option<Span>,
    pub day: Span,
    pub month: Span,
    pub year: Span,
}

fn date_numeric_rest(c: &mut Cursor<'_>) -> Option<(Span, Span, Span)> {
    if c.lit("ngay") {
        c.spaces();
    }
    let sep = |b: u8| matches!(b, b'/' | b'.' | b'-');
    let day = c.digits(1, 2)?;
    c.spaces();
    if !c.byte(sep) {
        return None;
    }
    c.spaces();
    let month = c.digits(1, 2)?;
    c.spaces();
    if !c.byte(sep) {
        return None;
    }
    c.spaces();
    let year = c.digits(4, 4)?;
    c.boundary().then_some((day, month, year))
}

/// The first numeric date.
pub fn date_numeric(t: &str) -> Option<DateNumeric> {
    let b = t.as_bytes();
    let mut i = 0;
    while let Some(&x) = b.get(i) {
        if x == b',' {
            let mut c = Cursor::new(b, i + 1);
            c.spaces();
            if let Some((day, month, year)) = date_numeric_rest(&mut c) {
                return Some(DateNumeric {
                    all: (i, c.at),
                    comma: Some((i, i + 1)),
                    day,
                    month,
                    year,
                });
            }
            i += 1;
        } else if is_space(x) {
            // `\s+` takes the whole run: a later start inside it ends the same way.
            let mut c = Cursor::new(b, i);
            c.spaces();
            let run_end = c.at;
            if let Some((day, month, year)) = date_numeric_rest(&mut c) {
                return Some(DateNumeric {
                    all: (i, c.at),
                    comma: None,
                    day,
                    month,
                    year,
                });
            }
            i = run_end;
        } else {
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(t: &str, span: Span) -> &str {
        t.get(span.0..span.1).unwrap_or("<bad span>")
    }

    #[test]
    fn national_title_motto_and_party() {
        let t = "uy ban | cong hoa xa hoi chu nghia viet nam";
        assert_eq!(
            quoc_hieu(t).map(|m| s(t, m)),
            Some("cong hoa xa hoi chu nghia viet nam")
        );
        assert_eq!(quoc_hieu("conghoxahoichunghiavietnam"), Some((0, 26)));
        assert_eq!(quoc_hieu("cong hoa  xa hoi chu nghia viet"), None);
        // A first `cong` that does not continue is skipped for a later one.
        let t = "cong an | cong hoa xa hoi chu nghia viet nam";
        assert_eq!(quoc_hieu(t), Some((10, t.len())));
        for ok in [
            "doc lap - tu do - hanh phuc",
            "doc lap-tu do-hanh phuc",
            "doc lap, tu do, hanh phuc",
            "doclaptudohanhphuc",
            "doc lap -- tu do - hanh phuc",
        ] {
            assert_eq!(tieu_ngu(ok), Some((0, ok.len())), "{ok}");
        }
        assert_eq!(tieu_ngu("doc lap , - tu do - hanh phuc"), None);
        assert!(party("x dang  cong san viet nam"));
        assert!(!party("dangcong san viet nam"));
    }

    #[test]
    fn so_ky_hieu() {
        let t = "so: 05/tb-ubnd";
        let m = so_matches(t).next();
        assert_eq!(
            m,
            Some(SoMatch {
                all: (0, 14),
                colon: (2, 3),
                number: Some((4, 6)),
                slash: (6, 7),
                year: None,
                symbol: (7, 14)
            })
        );
        // VBQPPL year, blank number, spaced dashes, no colon.
        let t = "so 15/2020/qd-ttg";
        let m = so_matches(t).next().unwrap_or_else(|| unreachable!());
        assert_eq!(
            (
                s(t, m.colon),
                m.number.map(|n| s(t, n)),
                m.year.map(|y| s(t, y)),
                s(t, m.symbol)
            ),
            ("", Some("15"), Some("2020"), "qd-ttg")
        );
        let t = "so:    /qd - ubnd - vp x";
        let m = so_matches(t).next().unwrap_or_else(|| unreachable!());
        assert_eq!(
            (m.number, s(t, m.symbol), s(t, m.all)),
            (None, "qd - ubnd - vp", "so:    /qd - ubnd - vp")
        );
        // A year group that the symbol does not follow is given back: `2020` is the symbol.
        let t = "so: 12/2020/ ";
        let m = so_matches(t).next().unwrap_or_else(|| unreachable!());
        assert_eq!((m.year, s(t, m.symbol)), (None, "2020"));
        // Five digits are no year.
        let t = "so 1/12345/ab";
        let m = so_matches(t).next().unwrap_or_else(|| unreachable!());
        assert_eq!((m.year, s(t, m.symbol)), (None, "12345"));
        // Word boundaries: `soan`, `xso` are not the label; a trailing dash stays out.
        assert_eq!(so_matches("soan 5/ab").count(), 0);
        assert_eq!(so_matches("xso 5/ab").count(), 0);
        let t = "so 5/ab- , x";
        assert_eq!(so_matches(t).next().map(|m| s(t, m.symbol)), Some("ab"));
        let t = "so 5/ab- x";
        assert_eq!(so_matches(t).next().map(|m| s(t, m.symbol)), Some("ab- x"));
        // Every match, left to right, without overlap.
        let t = "so 1/a so: 2/b-c, so 3";
        let all: Vec<&str> = so_matches(t).map(|m| s(t, m.all)).collect();
        assert_eq!(all, ["so 1/a", "so: 2/b-c"]);
    }

    #[test]
    fn dates_in_words() {
        let t = "ha noi, ngay 05 thang 3 nam 2026";
        let d = date_words(t).unwrap_or_else(|| unreachable!());
        assert_eq!(s(t, d.all), "ngay 05 thang 3 nam 2026");
        assert_eq!(
            (
                d.ngay.map(|x| s(t, x)),
                d.day.map(|x| s(t, x)),
                d.month.map(|x| s(t, x)),
                d.year.map(|x| s(t, x))
            ),
            (Some("ngay"), Some("05"), Some("3"), Some("2026"))
        );
        // Blank fields, with dots; trailing spaces belong to the match.
        let t = "ngay ... thang ... nam 20  ";
        let d = date_words(t).unwrap_or_else(|| unreachable!());
        assert_eq!((d.day, d.month, d.year, d.all), (None, None, None, (0, 23)));
        // Without `ngày`: `, DD tháng …`.
        let t = "lang son, 5 thang 3 nam 2020";
        let d = date_words(t).unwrap_or_else(|| unreachable!());
        assert_eq!(
            (d.ngay, d.day.map(|x| s(t, x)), d.all.0),
            (None, Some("5"), 8)
        );
        // Three digits are no day; `xngay` has no boundary.
        assert_eq!(date_words("ngay 123 thang 4 nam 2020"), None);
        assert_eq!(date_words("xngay 1 thang 4 nam 2020"), None);
        assert_eq!(date_words("ngay 1 thang 4"), None);
        let t = "ngay05thang03nam2020";
        assert_eq!(date_words(t).map(|d| d.all), Some((0, t.len())));
    }

    #[test]
    fn numeric_dates() {
        let t = "ha noi, 15/9/2026";
        let d = date_numeric(t).unwrap_or_else(|| unreachable!());
        assert_eq!(
            (
                s(t, d.all),
                d.comma,
                s(t, d.day),
                s(t, d.month),
                s(t, d.year)
            ),
            (", 15/9/2026", Some((6, 7)), "15", "9", "2026")
        );
        let t = "ha noi   ngay 01 . 02 - 2026 x";
        let d = date_numeric(t).unwrap_or_else(|| unreachable!());
        assert_eq!((s(t, d.all), d.comma), ("   ngay 01 . 02 - 2026", None));
        // The year ends at a word boundary; three-digit days fail.
        assert_eq!(date_numeric("a, 1/2/20261"), None);
        assert_eq!(date_numeric("a, 123/2/2026"), None);
        // The comma that does not start a date is skipped for the space after it.
        let t = "a,b 1/2/2026";
        assert_eq!(date_numeric(t).map(|d| s(t, d.all)), Some(" 1/2/2026"));
    }

    #[test]
    fn long_runs_stay_linear() {
        // A million spaces, dots or commas: each function returns (the test would time out
        // if a failed attempt rescanned the run from every position).
        for filler in [" ", ".", ",", "ngay ", "so: . ", "cong ", ", 1 ."] {
            let t = filler.repeat(200_000);
            assert_eq!(date_numeric(&t), None);
            assert_eq!(date_words(&t), None);
            assert_eq!(quoc_hieu(&t), None);
            assert_eq!(so_matches(&t).count(), 0);
        }
        // `so /so /…`: every other label starts a match whose symbol is the next `so`.
        assert_eq!(so_matches(&"so /".repeat(200_000)).count(), 100_000);
    }
}
