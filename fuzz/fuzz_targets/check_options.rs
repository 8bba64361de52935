//! Arbitrary options (mode, type, reference date, language, per-rule settings) with
//! arbitrary text: validation rejects what it must, and no combination panics.
#![no_main]

use std::collections::BTreeMap;

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use thethuc::options::{RawOptions, RuleLevel, RuleSetting};
use thethuc::{DocType, Lang, Mode, Options};

#[path = "common.rs"]
mod common;

#[derive(Arbitrary, Debug)]
struct Input<'a> {
    final_mode: bool,
    english: bool,
    doc_type: Option<u8>,
    today: Option<(u16, u8, u8)>,
    raw_today: Option<&'a str>,
    rules: Vec<(u8, u8)>,
    text: &'a str,
}

fuzz_target!(|input: Input| {
    let codes: Vec<&str> = thethuc::rules::ALL.iter().map(|r| r.meta.code).collect();
    let levels = [RuleLevel::Off, RuleLevel::On, RuleLevel::Error, RuleLevel::Warning, RuleLevel::Info];
    let rules: BTreeMap<String, RuleSetting> = input
        .rules
        .iter()
        .take(16)
        .map(|(c, l)| (codes[*c as usize % codes.len()].to_string(), RuleSetting::Level(levels[*l as usize % levels.len()])))
        .collect();
    let today = match (input.today, input.raw_today) {
        (Some((y, m, d)), _) => Some(format!("{:04}-{:02}-{:02}", y % 10000, m, d)),
        (None, t) => t.map(str::to_string),
    };
    let raw = RawOptions {
        mode: Some(if input.final_mode { Mode::Final } else { Mode::Draft }),
        doc_type: input.doc_type.map(|t| DocType::ALL[t as usize % DocType::ALL.len()].slug().to_string()),
        today,
        lang: Some(if input.english { Lang::En } else { Lang::Vi }),
        rules: Some(rules),
    };
    // Invalid dates are refused with an error, never a panic.
    if let Ok(options) = Options::try_from(raw) {
        common::check_invariants(input.text, &options);
    }
});
