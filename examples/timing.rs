//! Quick latency figure for the notes: median time of `check` on the seed notice and on
//! every corpus document (`cargo run --release --example timing`). The full benchmark suite
//! (criterion, wasm, editor latency) is its own piece of work.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::time::Instant;

fn median_micros(text: &str, runs: usize) -> f64 {
    let options = thethuc::Options::default();
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(thethuc::check(std::hint::black_box(text), &options));
            t.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    times[times.len() / 2]
}

fn main() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut files: Vec<_> = ["seed", "real"]
        .iter()
        .flat_map(|d| {
            std::fs::read_dir(corpus.join(d))
                .unwrap()
                .map(|e| e.unwrap().path())
        })
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut total_bytes = 0usize;
    let mut total_us = 0.0;
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let us = median_micros(&text, 200);
        total_bytes += text.len();
        total_us += us;
        println!(
            "{:>9.1} µs  {:>7} B  {:>6.1} MB/s  {}",
            us,
            text.len(),
            text.len() as f64 / us,
            f.file_name().unwrap().to_string_lossy()
        );
    }
    println!(
        "all: {total_bytes} B in {total_us:.0} µs = {:.1} MB/s",
        total_bytes as f64 / total_us
    );
}
