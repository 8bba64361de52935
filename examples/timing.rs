//! Median time of `check` on the seed notice, every corpus document and synthetic notices
//! of 64 KB, 256 KB and 1 MB (the seed's body repeated), and of `check_docx` on the 30-page
//! `.docx` of tests/docx — each with the report written as JSON, the work the wasm binding
//! does before `JSON.parse`. `--json` prints the medians for
//! `scripts/bench-wasm.mjs`, which runs the same cases through the wasm build and reports
//! wasm/native ratios. `cargo run --release --example timing [-- --json]`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

use thethuc::json::{JsonWriter, ToJson};

fn median_micros(runs: usize, mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            work();
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[times.len() / 2]
}

/// A notice of about `bytes`: the seed's header, its body repeated, its footer (the same
/// construction as scripts/bench-wasm.mjs).
fn synthetic(seed: &str, bytes: usize) -> String {
    let body_start = seed.find("Ngày 29/7/2020").unwrap_or(0);
    let footer_start = seed.find("Nơi nhận:").unwrap_or(seed.len());
    let (head, body, foot) = (
        &seed[..body_start],
        &seed[body_start..footer_start],
        &seed[footer_start..],
    );
    let mut out = String::from(head);
    while out.len() + body.len() + foot.len() <= bytes {
        out.push_str(body);
    }
    out.push_str(foot);
    out
}

fn main() {
    let json = std::env::args().any(|a| a == "--json");
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let seed =
        std::fs::read_to_string(corpus.join("seed/thong-bao-ket-luan-lang-son-2020.txt")).unwrap();
    let mut cases: Vec<(String, String)> = vec![("seed".into(), seed.clone())];
    let mut files: Vec<_> = std::fs::read_dir(corpus.join("real"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for f in files {
        cases.push((
            f.file_name().unwrap().to_string_lossy().into_owned(),
            std::fs::read_to_string(&f).unwrap(),
        ));
    }
    for kb in [64, 256, 1024] {
        cases.push((format!("synthetic-{kb}k"), synthetic(&seed, kb * 1024)));
    }
    let options = thethuc::Options::default();
    let mut out = Vec::new();
    let mut results: Vec<(String, usize, f64)> = Vec::new();
    for (name, text) in &cases {
        let runs = if text.len() > 200_000 { 15 } else { 101 };
        let us = median_micros(runs, || {
            let text = std::hint::black_box(text.as_str());
            std::hint::black_box(thethuc::check(text, &options).to_js(text).to_json());
        });
        results.push((name.clone(), text.len(), us));
    }
    let docx = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docx/thirty-pages.docx"),
    )
    .unwrap();
    let us = median_micros(21, || {
        let r = thethuc::check_docx(std::hint::black_box(&docx), &options).unwrap();
        let mut w = JsonWriter::new();
        w.begin_object();
        r.write_members(&mut w, options.lang);
        w.end_object();
        std::hint::black_box(w.finish());
    });
    results.push(("thirty-pages.docx".into(), docx.len(), us));
    for (name, len, us) in results {
        if json {
            out.push(format!("{:?}: {us:.1}", name));
        } else {
            println!(
                "{:>9.1} µs  {:>8} B  {:>6.1} MB/s  {name}",
                us,
                len,
                len as f64 / us
            );
        }
    }
    if json {
        println!("{{{}}}", out.join(", "));
    }
}
