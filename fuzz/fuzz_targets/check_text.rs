//! Arbitrary bytes as text (lossy UTF-8): the checker never panics and its output holds.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    common::check_invariants(&text, &thethuc::Options::default());
});
