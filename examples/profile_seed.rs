//! Runs `check` on the seed notice many times, for profilers (`valgrind --tool=callgrind`).
#![allow(clippy::unwrap_used)]
fn main() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/seed/thong-bao-ket-luan-lang-son-2020.txt");
    let text = std::fs::read_to_string(path).unwrap();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    for _ in 0..n {
        std::hint::black_box(thethuc::check(
            std::hint::black_box(&text),
            &thethuc::Options::default(),
        ));
    }
}
