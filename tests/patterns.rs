//! The segmenter's hand-written header patterns (`src/segment/patterns.rs`) against the
//! regular expressions they replaced, run by `regex-lite` (a dev-dependency only): same
//! matches, same groups, on every folded line of the corpus and the rule fixtures and on
//! generated strings made of the patterns' own pieces.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use proptest::prelude::*;
use regex_lite::Regex;
use thethuc::fold::fold;
use thethuc::segment::patterns::{self, Span};

const QUOC_HIEU: &str = r"cong\s*ho[a]?\s*xa\s*hoi\s*chu\s*nghia\s*viet\s*nam";
const TIEU_NGU: &str = r"doc\s*lap\s*[-,]*\s*tu\s*do\s*[-,]*\s*hanh\s*phuc";
const PARTY: &str = r"dang\s+cong\s+san\s+viet\s+nam";
const SO: &str =
    r"\bso\b\s*(:?)\s*([0-9]+)?[\s._]*(/)\s*(?:([0-9]{4})\s*/\s*)?([a-z0-9]+(?:\s*-\s*[a-z0-9]+)*)";
const DATE_WORDS: &str = r"(?:\b(ngay)\s*([0-9]{1,2})?|,\s*([0-9]{1,2}))[\s._]*thang\s*([0-9]{1,2})?[\s._]*nam\s*([0-9]{4})?";
const DATE_NUMERIC: &str =
    r"(?:(,)\s*|\s+)(?:ngay\s*)?([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{4})\b";

struct Regexes {
    quoc_hieu: Regex,
    tieu_ngu: Regex,
    party: Regex,
    so: Regex,
    date_words: Regex,
    date_numeric: Regex,
}

fn regexes() -> Regexes {
    Regexes {
        quoc_hieu: Regex::new(QUOC_HIEU).unwrap(),
        tieu_ngu: Regex::new(TIEU_NGU).unwrap(),
        party: Regex::new(PARTY).unwrap(),
        so: Regex::new(SO).unwrap(),
        date_words: Regex::new(DATE_WORDS).unwrap(),
        date_numeric: Regex::new(DATE_NUMERIC).unwrap(),
    }
}

fn span(m: Option<regex_lite::Match<'_>>) -> Option<Span> {
    m.map(|m| (m.start(), m.end()))
}

/// Every pattern on `t`, both ways; panics (with `t`) on the first difference.
fn agree(re: &Regexes, t: &str) {
    assert_eq!(
        patterns::quoc_hieu(t),
        span(re.quoc_hieu.find(t)),
        "quốc hiệu: {t:?}"
    );
    assert_eq!(
        patterns::tieu_ngu(t),
        span(re.tieu_ngu.find(t)),
        "tiêu ngữ: {t:?}"
    );
    assert_eq!(patterns::party(t), re.party.is_match(t), "party: {t:?}");

    let ours: Vec<_> = patterns::so_matches(t)
        .map(|m| (m.all, m.colon, m.number, m.slash, m.year, m.symbol))
        .collect();
    let theirs: Vec<_> = re
        .so
        .captures_iter(t)
        .map(|c| {
            (
                span(c.get(0)).unwrap(),
                span(c.get(1)).unwrap(),
                span(c.get(2)),
                span(c.get(3)).unwrap(),
                span(c.get(4)),
                span(c.get(5)).unwrap(),
            )
        })
        .collect();
    assert_eq!(ours, theirs, "số: {t:?}");

    let ours = patterns::date_words(t).map(|d| (d.all, d.ngay, d.day, d.month, d.year));
    let theirs = re.date_words.captures(t).map(|c| {
        (
            span(c.get(0)).unwrap(),
            span(c.get(1)),
            span(c.get(2)).or(span(c.get(3))),
            span(c.get(4)),
            span(c.get(5)),
        )
    });
    assert_eq!(ours, theirs, "date in words: {t:?}");

    let ours = patterns::date_numeric(t).map(|d| (d.all, d.comma, d.day, d.month, d.year));
    let theirs = re.date_numeric.captures(t).map(|c| {
        (
            span(c.get(0)).unwrap(),
            span(c.get(1)),
            span(c.get(2)).unwrap(),
            span(c.get(3)).unwrap(),
            span(c.get(4)).unwrap(),
        )
    });
    assert_eq!(ours, theirs, "numeric date: {t:?}");
}

fn texts_under(dir: &std::path::Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            texts_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            out.push(std::fs::read_to_string(&path).unwrap());
        }
    }
}

#[test]
fn same_matches_on_every_line_of_the_corpus_and_fixtures() {
    let re = regexes();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    texts_under(&root.join("../shared/corpus"), &mut texts);
    texts_under(&root.join("tests/fixtures"), &mut texts);
    assert!(texts.len() > 100, "{} texts", texts.len());
    let mut lines = 0;
    for text in &texts {
        let folded = fold(text);
        for line in folded.lines() {
            agree(&re, line);
            lines += 1;
        }
        // Whole texts too (matches spanning lines, several per text).
        agree(&re, &folded);
    }
    assert!(lines > 5_000, "{lines} lines");
}

/// Strings built slot by slot along each pattern's own shape, every slot drawn from its
/// right answers and its near misses (digit runs around the limits, missing or extra
/// separators, words with a letter too many), so that generated strings match, almost
/// match and overlap often. A template is a list of slots; a slot a list of choices.
type Template = &'static [&'static [&'static str]];

const PREFIX: &[&str] = &["", "ha noi", "x", "a,b ", "so 1/a "];
const GAP: &[&str] = &["", " ", "  ", "\t", ".", " . ", "_", "/", "\n"];
const NUM: &[&str] = &["", "1", "12", "123", "2020", "20201"];
const SEP: &[&str] = &["/", ".", "-", " / ", "x", ""];
const END: &[&str] = &["", "x", " ", "1", "/", " ngay 1 thang 2 nam 2020"];

const DATE_WORDS_SHAPE: Template = &[
    PREFIX,
    &[",", "ngay", "xngay", ", ngay", " ", ",ngay", "n"],
    GAP,
    NUM,
    GAP,
    &["thang", "thag", ""],
    GAP,
    NUM,
    GAP,
    &["nam", "na", ""],
    GAP,
    NUM,
    END,
];
const DATE_NUMERIC_SHAPE: Template = &[
    PREFIX,
    &[",", " ", ", ", "", ",,"],
    &["", "ngay", "ngay "],
    NUM,
    GAP,
    SEP,
    GAP,
    NUM,
    GAP,
    SEP,
    GAP,
    NUM,
    END,
];
const SO_SHAPE: Template = &[
    PREFIX,
    &["so", "xso", "soan", "so so", "so_"],
    GAP,
    &[":", "", "::"],
    GAP,
    NUM,
    GAP,
    &["/", ""],
    GAP,
    NUM,
    GAP,
    &["/", "", "//"],
    GAP,
    &["qd", "", "x1", "2020", "-"],
    &["", "-", " - ", "- ", " -"],
    &["ttg", "", ",", "ubnd"],
    &["", "-", " - "],
    &["vp", "", "."],
    END,
];
const TITLE_SHAPE: Template = &[
    PREFIX,
    &["cong", "con", "dang cong"],
    &["", " ", "  "],
    &["ho", "hoa", "h"],
    &["", "a", " "],
    &["xa hoi", "xahoi", "xa  hoi"],
    &[" chu nghia ", "chunghia", " chu"],
    &["viet nam", "viet", "vietnam"],
    &["", " | "],
    &["doc", "doc lap"],
    &["", " ", " lap"],
    &["", "-", ",", " - ", "-,"],
    &[" tu do", "tudo", "tu"],
    &["", "-", " - ", ", "],
    &["hanh phuc", "hanhphuc", "hanh"],
    &["", " san viet nam", "  san  viet nam"],
    END,
];

fn shaped(template: Template) -> impl Strategy<Value = String> {
    proptest::collection::vec(0usize..1024, template.len()).prop_map(move |picks| {
        template
            .iter()
            .zip(picks)
            .map(|(slot, i)| slot[i % slot.len()])
            .collect()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3000, .. ProptestConfig::default() })]

    #[test]
    fn same_matches_on_generated_dates_in_words(t in shaped(DATE_WORDS_SHAPE)) {
        agree(&regexes(), &t);
    }

    #[test]
    fn same_matches_on_generated_numeric_dates(t in shaped(DATE_NUMERIC_SHAPE)) {
        agree(&regexes(), &t);
    }

    #[test]
    fn same_matches_on_generated_numbers(t in shaped(SO_SHAPE)) {
        agree(&regexes(), &t);
    }

    #[test]
    fn same_matches_on_generated_titles(t in shaped(TITLE_SHAPE)) {
        agree(&regexes(), &t);
    }
}
