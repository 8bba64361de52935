//! The registry is complete and consistent: every rule file is registered, codes and names
//! are unique and well-formed, docs have their sections and cite a real section of the
//! rules catalogue, and the README's rule table says exactly what the registry says.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::collections::BTreeSet;

use thethuc::rules::ALL;

/// Shared helpers in src/rules/ that are not rules.
const NOT_RULES: &[&str] = &["mod", "missing"];

#[test]
fn every_rule_file_is_registered_once() {
    let registry = std::fs::read_to_string(common::repo().join("src/rules/mod.rs")).unwrap();
    let list = registry
        .split("declare_rules! {")
        .nth(1)
        .unwrap()
        .split('}')
        .next()
        .unwrap();
    let registered: Vec<&str> = list
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let files: BTreeSet<String> = std::fs::read_dir(common::repo().join("src/rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .map(|p| p.file_stem().unwrap().to_str().unwrap().to_string())
        .filter(|s| !NOT_RULES.contains(&s.as_str()))
        .collect();
    let set: BTreeSet<String> = registered.iter().map(|s| s.to_string()).collect();
    assert_eq!(set.len(), registered.len(), "a rule is registered twice");
    assert_eq!(files, set, "rule files and registry differ");
    assert_eq!(registered.len(), ALL.len());
    for (module, rule) in registered.iter().zip(ALL) {
        assert_eq!(
            module.replace('_', "-"),
            rule.meta.name,
            "module {module} must be named after its rule"
        );
    }
}

#[test]
fn codes_and_names_are_unique_well_formed_and_in_order() {
    let codes: Vec<&str> = ALL.iter().map(|r| r.meta.code).collect();
    let mut sorted = codes.clone();
    sorted.sort();
    assert_eq!(
        codes, sorted,
        "declare_rules! must list rules in code order"
    );
    assert_eq!(
        codes.iter().collect::<BTreeSet<_>>().len(),
        codes.len(),
        "duplicate code"
    );
    let names: BTreeSet<&str> = ALL.iter().map(|r| r.meta.name).collect();
    assert_eq!(names.len(), ALL.len(), "duplicate name");
    for r in ALL {
        let m = r.meta;
        assert!(
            m.code.len() == 5
                && m.code.starts_with("TT")
                && m.code[2..].chars().all(|c| c.is_ascii_digit()),
            "{}",
            m.code
        );
        assert!(
            m.name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            m.name
        );
        assert!(
            !m.summary_vi.is_empty() && !m.summary_en.is_empty(),
            "{}",
            m.code
        );
        assert!(
            !m.summary_vi.ends_with('.') && !m.summary_en.ends_with('.'),
            "{}: summaries have no final period",
            m.code
        );
    }
}

#[test]
fn docs_have_their_sections_and_cite_the_catalogue() {
    let spec =
        std::fs::read_to_string(common::repo().join("../shared/spec/nd30-rules.md")).unwrap();
    for r in ALL {
        let m = r.meta;
        for section in ["## Kiểm tra gì", "## Vì sao", "## Sửa"] {
            assert!(
                m.docs.contains(section),
                "{}: docs lack '{section}'",
                m.code
            );
        }
        assert!(
            m.docs.contains("Nghị định 30") || m.docs.contains("Hướng dẫn 36"),
            "{}: docs name no source",
            m.code
        );
        let number = m
            .spec
            .strip_prefix('§')
            .unwrap_or_else(|| panic!("{}: spec must start with §", m.code));
        assert!(
            m.docs.contains(&format!("§{number}")),
            "{}: docs do not cite spec {}",
            m.code,
            m.spec
        );
        let heading = if number.contains('.') {
            format!("### {number} ")
        } else {
            format!("## {number}. ")
        };
        assert!(
            spec.contains(&heading),
            "{}: spec section {} not found in nd30-rules.md",
            m.code,
            m.spec
        );
    }
}

#[test]
fn readme_rule_table_matches_the_registry() {
    let readme = std::fs::read_to_string(common::repo().join("README.md")).unwrap();
    let rows: Vec<Vec<String>> = readme
        .lines()
        .filter(|l| l.starts_with("| `TT"))
        .map(|l| {
            l.trim_matches('|')
                .split('|')
                .map(|c| c.trim().trim_matches('`').to_string())
                .collect()
        })
        .collect();
    // The table as it must read (printed on failure, to paste into README.md).
    let expected: Vec<String> = ALL
        .iter()
        .map(|r| {
            let m = r.meta;
            format!(
                "| `{}` | `{}` | `{}` | {} | {} | {} | {} |",
                m.code,
                m.name,
                m.component.id(),
                m.severity.as_str(),
                m.fix.as_str(),
                m.spec,
                m.summary_vi
            )
        })
        .collect();
    let actual: Vec<String> = readme
        .lines()
        .filter(|l| l.starts_with("| `TT"))
        .map(str::to_string)
        .collect();
    assert_eq!(rows.len(), actual.len());
    assert!(
        actual == expected,
        "README.md's rule table is out of date; it must read:\n{}",
        expected.join("\n")
    );
}
