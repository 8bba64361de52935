//! Native benchmarks of `check` (divan): the seed notice, every corpus document, and
//! synthetic documents from 1 KB to 4 MB built by repeating a real body inside a real
//! header and footer — to show the cost is linear. `cargo bench --bench check`.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::{Path, PathBuf};

use divan::counter::BytesCount;
use divan::Bencher;
use thethuc::{check, Options};

fn main() {
    divan::main();
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

fn seed() -> String {
    std::fs::read_to_string(corpus().join("seed/thong-bao-ket-luan-lang-son-2020.txt")).unwrap()
}

fn real_files() -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(corpus().join("real"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    v.sort();
    v
}

/// A notice of about `bytes`: the seed's header, its body repeated, its footer.
pub fn synthetic(bytes: usize) -> String {
    let seed = seed();
    let body_start = seed.find("Ngày 29/7/2020").unwrap_or(0);
    let footer_start = seed.find("Nơi nhận:").unwrap_or(seed.len());
    let (head, body, foot) = (
        &seed[..body_start],
        &seed[body_start..footer_start],
        &seed[footer_start..],
    );
    let mut out = String::with_capacity(bytes + seed.len());
    out.push_str(head);
    while out.len() + foot.len() < bytes {
        let room = bytes - out.len() - foot.len();
        let mut cut = room.min(body.len());
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        out.push_str(&body[..cut]);
        if cut < body.len() {
            break;
        }
    }
    out.push_str(foot);
    out
}

#[divan::bench]
fn seed_notice(bencher: Bencher) {
    let text = seed();
    let options = Options::default();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| check(divan::black_box(&text), &options));
}

#[divan::bench(args = real_files())]
fn corpus_document(bencher: Bencher, file: &str) {
    let text = std::fs::read_to_string(corpus().join("real").join(file)).unwrap();
    let options = Options::default();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| check(divan::black_box(&text), &options));
}

#[divan::bench(args = [1 << 10, 16 << 10, 256 << 10, 1 << 20, 4 << 20], sample_count = 20)]
fn synthetic_size(bencher: Bencher, bytes: usize) {
    let text = synthetic(bytes);
    let options = Options::default();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| check(divan::black_box(&text), &options));
}

/// The UTF-16 conversion the wasm boundary adds, on the seed notice.
#[divan::bench]
fn seed_notice_with_js_positions(bencher: Bencher) {
    let text = seed();
    let options = Options::default();
    bencher.bench(|| check(divan::black_box(&text), &options).to_js(&text));
}

/// The whole boundary's work on the seed notice: UTF-16 positions and the JSON the wasm
/// hands to `JSON.parse`.
#[divan::bench]
fn seed_notice_as_json(bencher: Bencher) {
    let text = seed();
    let options = Options::default();
    bencher.bench(|| {
        thethuc::json::ToJson::to_json(&check(divan::black_box(&text), &options).to_js(&text))
    });
}

/// `check_docx` on a 30-page `.docx` (tests/docx/thirty-pages.docx: the seed-like notice
/// with its body repeated): unzip, XML, styles, layout, then the checks.
#[divan::bench(sample_count = 20)]
fn check_docx_thirty_pages(bencher: Bencher) {
    let bytes =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/docx/thirty-pages.docx"))
            .unwrap();
    let options = Options::default();
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| thethuc::check_docx(divan::black_box(&bytes), &options).unwrap());
}
