//! Fixture tests for every rule: `tests/fixtures/<CODE>_<name>/`.
//!
//! - `invalid*.txt` must make the rule fire, `valid*.txt` must leave it silent (run with
//!   only that rule enabled); a `.final.txt` suffix checks in final mode, and a
//!   `.today-YYYY-MM-DD` tag in the name sets the reference date.
//! - Each fixture has a reviewed snapshot beside it (`<fixture>.snap`): outline, findings,
//!   and the text after applying the rule's fixes.
//! - Invariants on every fixture: ranges on char boundaries, declared fix availability
//!   matches what the rule emits, every fix has a title, applying the fixes removes the
//!   finding and converges, and no prefix of the fixture makes the checker panic.
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
use thethuc::{apply_fixes, check, FixAvailability, Mode, Options};

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
        assert!(
            names
                .iter()
                .any(|n| n.starts_with("invalid") && n.ends_with(".txt")),
            "{}: no invalid*.txt",
            r.meta.code
        );
        assert!(
            names
                .iter()
                .any(|n| n.starts_with("valid") && n.ends_with(".txt")),
            "{}: no valid*.txt",
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
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for file in files {
            count += 1;
            let fname = file.file_name().unwrap().to_str().unwrap().to_string();
            let text = std::fs::read_to_string(&file).unwrap();
            let mode = if fname.ends_with(".final.txt") {
                Mode::Final
            } else {
                Mode::Draft
            };
            let mut opts = only(code, mode);
            if let Some(pos) = fname.find(".today-") {
                let date = &fname[pos + 7..pos + 17];
                opts.today = Some(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").unwrap());
            }
            let report = check(&text, &opts);
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
                    assert!(
                        !f.title.is_empty() && !f.edits.is_empty(),
                        "{folder}/{fname}: fix without title or edits"
                    );
                }
            }
            let mut snap = common::render(&text, &report);
            // Apply the fixes until none is left (at most 3 rounds) and re-check.
            let fixes: Vec<_> = mine.iter().filter_map(|d| d.fix.as_ref()).collect();
            if !fixes.is_empty() {
                let mut fixed = text.clone();
                let mut rounds = 0;
                loop {
                    let r = check(&fixed, &opts);
                    let pending: Vec<_> = r
                        .diagnostics
                        .iter()
                        .filter_map(|d| d.fix.as_ref())
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
                let fixed_count = mine.iter().filter(|d| d.fix.is_some()).count();
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
            if let Err(e) = common::check_snapshot(&file.with_extension("snap"), &snap) {
                failures.push(e);
            }
            // No prefix may panic (a panic would trap the wasm instance).
            let step = (text.len() / 40).max(1);
            for (i, _) in text.char_indices().step_by(step) {
                let _ = check(&text[..i], &Options::default());
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
