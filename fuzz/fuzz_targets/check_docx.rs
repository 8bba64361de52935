//! Arbitrary bytes as a `.docx`: the reader refuses what is not a readable package with an
//! error (never a panic, a hang or an allocation without limit), and a report it does make
//! holds the invariants over the text it extracted. Seeds: the `.docx` fixtures.
#![no_main]

use libfuzzer_sys::fuzz_target;
use thethuc::Options;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let options = Options::default();
    if let Ok(r) = thethuc::check_docx(data, &options) {
        common::report_invariants(&r.text, &r.report, &options);
    }
});
