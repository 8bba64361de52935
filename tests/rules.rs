//! Fixture tests for every rule: `tests/fixtures/<CODE>_<name>/`.
//!
//! - `invalid*.txt` must make the rule fire, `valid*.txt` must leave it silent (run with
//!   only that rule enabled); a `.final.txt` suffix checks in final mode, and a
//!   `.today-YYYY-MM-DD` tag in the name sets the reference date.
//! - `invalid*.docx` / `valid*.docx` likewise, read with `check_docx` (the typography
//!   rules need them; `scripts/docx-fixtures.py` generates them). Their findings point into
//!   the extracted text.
//! - Each fixture has a reviewed snapshot beside it (`<fixture>.snap`, or
//!   `<fixture>.docx.snap` for a `.docx`): outline, findings, and the text after applying the
//!   rule's fixes.
//! - Invariants on every fixture: ranges on char boundaries, declared fix availability
//!   matches what the rule emits, every fix has a title, text fixes have edits and
//!   `display-only` fixes (formatting changes) have none, applying the text fixes removes
//!   the finding and converges, and no prefix of the fixture makes the checker panic.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use thethuc::options::{RuleLevel, RuleSetting};
use thethuc::{apply_fixes, check, check_docx, Applicability, FixAvailability, Mode, Options};

/// A fixture file the harness runs: plain text or a `.docx`.
fn is_fixture(p: &std::path::Path) -> bool {
    p.extension().is_some_and(|x| x == "txt" || x == "docx")
}

fn fixture_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(common::repo().join("tests/fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Options with only `code` enabled.
fn only(code: &str, mode: Mode) -> Options {
    let mut rules = BTreeMap::new();
    for r in thethuc::rules::ALL {
        if r.meta.code != code {
            rules.insert(r.meta.code.to_string(), RuleSetting::Level(RuleLevel::Off));
        }
    }
    Options {
        mode,
        rules,
        ..Options::default()
    }
}

#[test]
fn every_rule_has_a_fixture_folder_with_both_kinds() {
    for r in thethuc::rules::ALL {
        let dir = common::repo().join(format!("tests/fixtures/{}_{}", r.meta.code, r.meta.name));
        assert!(
            dir.is_dir(),
            "rule {} has no fixture folder {}",
            r.meta.code,
            dir.display()
        );
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        let fixture = |n: &String| n.ends_with(".txt") || n.ends_with(".docx");
        assert!(
            names.iter().any(|n| n.starts_with("invalid") && fixture(n)),
            "{}: no invalid*.txt or invalid*.docx",
            r.meta.code
        );
        assert!(
            names.iter().any(|n| n.starts_with("valid") && fixture(n)),
            "{}: no valid*.txt or valid*.docx",
            r.meta.code
        );
    }
}

#[test]
fn fixtures() {
    let mut failures = Vec::new();
    let mut count = 0;
    for dir in fixture_dirs() {
        let folder = dir.file_name().unwrap().to_str().unwrap().to_string();
        let (code, name) = folder.split_once('_').unwrap();
        let rule =
            thethuc::rules::find(code).unwrap_or_else(|| panic!("folder {folder}: no rule {code}"));
        assert_eq!(
            rule.meta.name, name,
            "folder {folder} does not match the rule's name"
        );
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| is_fixture(p))
            .collect();
        files.sort();
        for file in files {
            count += 1;
            let fname = file.file_name().unwrap().to_str().unwrap().to_string();
            let docx = fname.ends_with(".docx");
            let bytes = std::fs::read(&file).unwrap();
            let mode = if fname.contains(".final.") {
                Mode::Final
            } else {
                Mode::Draft
            };
            let mut opts = only(code, mode);
            if let Some(pos) = fname.find(".today-") {
                let date = &fname[pos + 7..pos + 17];
                opts.today = Some(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap());
            }
            let (text, report) = if docx {
                let r = check_docx(&bytes, &opts)
                    .unwrap_or_else(|e| panic!("{folder}/{fname}: not read: {e}"));
                (r.text, r.report)
            } else {
                let text = String::from_utf8(bytes.clone()).unwrap();
                let report = check(&text, &opts);
                (text, report)
            };
            let mine: Vec<_> = report
                .diagnostics
                .iter()
                .filter(|d| d.code == code)
                .collect();
            assert_eq!(
                mine.len(),
                report.diagnostics.len(),
                "{folder}/{fname}: other rules reported while disabled"
            );
            let invalid = fname.starts_with("invalid");
            if invalid && mine.is_empty() {
                failures.push(format!(
                    "{folder}/{fname}: expected {code} to fire, it did not"
                ));
            }
            if !invalid && !mine.is_empty() {
                failures.push(format!(
                    "{folder}/{fname}: expected no {code}, got {:?}",
                    mine.iter().map(|d| &d.message).collect::<Vec<_>>()
                ));
            }
            for d in &mine {
                assert!(
                    text.is_char_boundary(d.range.start)
                        && text.is_char_boundary(d.range.end)
                        && d.range.end <= text.len(),
                    "{folder}/{fname}: range off char boundary"
                );
                match rule.meta.fix {
                    FixAvailability::None => assert!(
                        d.fix.is_none(),
                        "{folder}/{fname}: {code} declares no fix but emitted one"
                    ),
                    FixAvailability::Always => assert!(
                        d.fix.is_some(),
                        "{folder}/{fname}: {code} declares Always but emitted no fix"
                    ),
                    FixAvailability::Sometimes => {}
                }
                if let Some(f) = &d.fix {
                    assert!(!f.title.is_empty(), "{folder}/{fname}: fix without title");
                    if f.applicability == Applicability::DisplayOnly {
                        assert!(
                            f.edits.is_empty(),
                            "{folder}/{fname}: a display-only fix (formatting) has text edits"
                        );
                    } else {
                        assert!(!f.edits.is_empty(), "{folder}/{fname}: fix without edits");
                    }
                }
            }
            let mut snap = common::render(&text, &report);
            // Apply the fixes until none is left (at most 3 rounds) and re-check.
            // Text fixes only: display-only fixes describe formatting and edit nothing, and
            // the text extracted from a `.docx` cannot be written back into it.
            let is_text_fix = |f: &&thethuc::Fix| f.applicability != Applicability::DisplayOnly;
            let fixes: Vec<_> = mine
                .iter()
                .filter_map(|d| d.fix.as_ref())
                .filter(is_text_fix)
                .collect();
            if !fixes.is_empty() && !docx {
                let mut fixed = text.clone();
                let mut rounds = 0;
                loop {
                    let r = check(&fixed, &opts);
                    let pending: Vec<_> = r
                        .diagnostics
                        .iter()
                        .filter_map(|d| d.fix.as_ref())
                        .filter(is_text_fix)
                        .collect();
                    if pending.is_empty() {
                        break;
                    }
                    rounds += 1;
                    assert!(
                        rounds <= 3,
                        "{folder}/{fname}: fixes did not converge in 3 rounds"
                    );
                    fixed = apply_fixes(&fixed, pending);
                }
                let after = check(&fixed, &opts);
                let fixed_count = mine
                    .iter()
                    .filter(|d| d.fix.as_ref().is_some_and(|f| is_text_fix(&f)))
                    .count();
                assert!(
                    after.diagnostics.len() + fixed_count <= mine.len(),
                    "{folder}/{fname}: applying {fixed_count} fix(es) did not remove the findings: {:?}",
                    after.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
                );
                snap.push_str("after fixes:\n");
                snap.push_str(&fixed);
                if !fixed.ends_with('\n') {
                    snap.push('\n');
                }
            }
            let snap_path = if docx {
                file.with_extension("docx.snap")
            } else {
                file.with_extension("snap")
            };
            if let Err(e) = common::check_snapshot(&snap_path, &snap) {
                failures.push(e);
            }
            // No prefix may panic (a panic would trap the wasm instance).
            if docx {
                // A cut-short .docx is an error, never a panic.
                let step = (bytes.len() / 40).max(1);
                for i in (0..bytes.len()).step_by(step) {
                    assert!(check_docx(&bytes[..i], &Options::default()).is_err());
                }
            } else {
                let step = (text.len() / 40).max(1);
                for (i, _) in text.char_indices().step_by(step) {
                    let _ = check(&text[..i], &Options::default());
                }
            }
        }
    }
    assert!(count >= 28, "only {count} fixtures found");
    assert!(
        failures.is_empty(),
        "{} fixture failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
