//! Shared helpers for the integration tests: locating the corpus, rendering a report as a
//! human-readable snapshot, comparing snapshots (`UPDATE_SNAPSHOTS=1` rewrites them).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use thethuc::{Options, Report};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/corpus` beside the repository (as laid out for developers and CI).
pub fn corpus_dir() -> PathBuf {
    repo().join("..").join("shared").join("corpus")
}

/// Every corpus document: the seed notice and the real documents, sorted.
pub fn corpus_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for sub in ["seed", "real"] {
        let dir = corpus_dir().join(sub);
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("corpus folder {} unreadable: {e}", dir.display()));
        for e in entries {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    assert!(
        files.len() >= 31,
        "expected the seed and 30 real documents, found {}",
        files.len()
    );
    files
}

/// A report rendered for review: outline, then each finding with the flagged text.
pub fn render(text: &str, report: &Report) -> String {
    let js = report.to_js(text);
    let mut out = String::new();
    out.push_str(&format!(
        "type: {}{}\n",
        js.document_type,
        if js.out_of_scope {
            " (out of scope)"
        } else {
            ""
        }
    ));
    out.push_str("components:\n");
    for c in &report.components {
        let parts: Vec<String> = c
            .parts
            .iter()
            .map(|p| {
                let s = short(&text[p.range.start..p.range.end]);
                match p.role {
                    Some(r) => format!("{s:?}/{}", r.id()),
                    None => format!("{s:?}"),
                }
            })
            .collect();
        out.push_str(&format!("  {:<20} {}\n", c.kind.id(), parts.join(" | ")));
    }
    out.push_str("diagnostics:\n");
    for d in &js.diagnostics {
        out.push_str(&format!(
            "  {}:{}-{}:{} {} {} {}: {}\n",
            d.line,
            d.column,
            d.end_line,
            d.end_column,
            d.severity.as_str(),
            d.code,
            d.name,
            d.message
        ));
        let flagged: String =
            String::from_utf16_lossy(&text.encode_utf16().collect::<Vec<_>>()[d.start..d.end]);
        out.push_str(&format!("      flagged: {:?}\n", short(&flagged)));
        if let Some(f) = &d.fix {
            out.push_str(&format!(
                "      fix ({}): {}\n",
                f.applicability.as_str(),
                f.title
            ));
        }
    }
    out
}

fn short(s: &str) -> String {
    let s = s.replace('\n', "⏎").replace('\r', "␍");
    if s.chars().count() > 70 {
        format!("{}…", s.chars().take(70).collect::<String>())
    } else {
        s
    }
}

/// Compare with the stored snapshot, or write it when `UPDATE_SNAPSHOTS=1`.
/// Returns a description of the mismatch instead of panicking, so a test can list them all.
pub fn check_snapshot(path: &Path, actual: &str) -> Result<(), String> {
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, actual).unwrap();
        return Ok(());
    }
    match std::fs::read_to_string(path) {
        Ok(expected) if expected == actual => Ok(()),
        Ok(expected) => Err(format!(
            "snapshot {} differs:\n{}",
            path.display(),
            diff(&expected, actual)
        )),
        Err(_) => Err(format!(
            "snapshot {} missing; run with UPDATE_SNAPSHOTS=1 and review it",
            path.display()
        )),
    }
}

fn diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    for i in 0..e.len().max(a.len()) {
        match (e.get(i), a.get(i)) {
            (Some(x), Some(y)) if x == y => {}
            (x, y) => out.push_str(&format!(
                "  line {}:\n    - {}\n    + {}\n",
                i + 1,
                x.unwrap_or(&"<none>"),
                y.unwrap_or(&"<none>")
            )),
        }
    }
    out
}

pub fn options() -> Options {
    Options::default()
}

/// Decompose Vietnamese text to canonical NFD (base letter + combining marks in canonical
/// order), for tests only.
pub fn to_nfd(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 2);
    for c in s.chars() {
        let (base, mut marks) = nfd_char(c);
        marks.sort_by_key(|m| combining_class(*m));
        out.push(base);
        out.extend(marks);
    }
    out
}

fn combining_class(m: char) -> u8 {
    match m {
        '\u{31B}' => 216,
        '\u{323}' => 220,
        _ => 230,
    }
}

fn nfd_char(c: char) -> (char, Vec<char>) {
    const TONES: [(&str, char); 5] = [
        ("àằầèềìòồờùừỳ", '\u{300}'),
        ("áắấéếíóốớúứý", '\u{301}'),
        ("ảẳẩẻểỉỏổởủửỷ", '\u{309}'),
        ("ãẵẫẽễĩõỗỡũữỹ", '\u{303}'),
        ("ạặậẹệịọộợụựỵ", '\u{323}'),
    ];
    const TONELESS: &str = "aăâeêioôơuưy";
    let upper = c.is_uppercase();
    let l = c.to_lowercase().next().unwrap_or(c);
    let mut marks = Vec::new();
    let mut base = l;
    for (set, mark) in TONES {
        if let Some(i) = set.chars().position(|x| x == l) {
            base = TONELESS.chars().nth(i).unwrap();
            marks.push(mark);
        }
    }
    let shape = match base {
        'ă' => Some(('a', '\u{306}')),
        'â' => Some(('a', '\u{302}')),
        'ê' => Some(('e', '\u{302}')),
        'ô' => Some(('o', '\u{302}')),
        'ơ' => Some(('o', '\u{31B}')),
        'ư' => Some(('u', '\u{31B}')),
        _ => None,
    };
    if let Some((b, m)) = shape {
        base = b;
        marks.push(m);
    }
    if marks.is_empty() {
        return (c, marks);
    }
    let base = if upper {
        base.to_uppercase().next().unwrap_or(base)
    } else {
        base
    };
    (base, marks)
}
