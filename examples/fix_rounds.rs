//! Applies all safe fixes to a file round by round and prints what each round fixed
//! (`cargo run --example fix_rounds FILE`): a tool to debug fixes that do not converge.
#![allow(clippy::unwrap_used)]
use thethuc::{apply_fixes, check, Applicability, Options};
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let mut text = std::fs::read_to_string(path).unwrap();
    for round in 1..=5 {
        let r = check(&text, &Options::default());
        let safe: Vec<_> = r
            .diagnostics
            .iter()
            .filter(|d| {
                d.fix
                    .as_ref()
                    .is_some_and(|f| f.applicability == Applicability::Safe)
            })
            .collect();
        if safe.is_empty() {
            println!("converged after {} round(s)", round - 1);
            return;
        }
        for d in &safe {
            let f = d.fix.as_ref().unwrap();
            println!(
                "round {round}: {} {:?} -> {:?}",
                d.code,
                &text[d.range.start..d.range.end],
                f.edits
                    .iter()
                    .map(|e| (&text[e.range.start..e.range.end], &e.new_text))
                    .collect::<Vec<_>>()
            );
        }
        text = apply_fixes(&text, safe.iter().filter_map(|d| d.fix.as_ref()));
        println!("  => {text:?}");
    }
}
