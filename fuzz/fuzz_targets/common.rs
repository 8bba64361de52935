//! What every fuzz target asserts after a check: ranges inside the text on char
//! boundaries, the JS conversion consistent, and safe fixes applicable without breaking
//! those invariants.

use thethuc::{apply_fixes, check, Applicability, Options, Report};

#[allow(dead_code)]
pub fn check_invariants(text: &str, options: &Options) {
    let report = check(text, options);
    report_invariants(text, &report, options);
}

/// What must hold of any report over `text` (from `check`, or from `check_docx` over the
/// text it extracted).
#[allow(dead_code)] // not every target uses both entry points
pub fn report_invariants(text: &str, report: &Report, options: &Options) {
    for d in &report.diagnostics {
        assert!(d.range.start <= d.range.end && d.range.end <= text.len());
        assert!(text.is_char_boundary(d.range.start) && text.is_char_boundary(d.range.end));
        for e in d.fix.iter().flat_map(|f| f.edits.iter()) {
            assert!(text.is_char_boundary(e.range.start) && text.is_char_boundary(e.range.end));
        }
    }
    for c in &report.components {
        for p in &c.parts {
            assert!(text.is_char_boundary(p.range.start) && text.is_char_boundary(p.range.end));
        }
    }
    let js = report.to_js(text);
    let units = text.encode_utf16().count();
    for d in &js.diagnostics {
        assert!(d.start <= d.end && d.end <= units);
    }
    let safe: Vec<_> = report
        .diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.applicability == Applicability::Safe)
        .collect();
    if !safe.is_empty() {
        let fixed = apply_fixes(text, safe);
        let _ = check(&fixed, options);
    }
}
