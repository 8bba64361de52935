//! Runs `check` on one document many times, for profilers
//! (`perf record`, `valgrind --tool=callgrind`): `profile_seed [FILE] [RUNS]`.
#![allow(clippy::unwrap_used)]
fn main() {
    let default = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus/seed/thong-bao-ket-luan-lang-son-2020.txt");
    let path = std::env::args()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or(default);
    let text = std::fs::read_to_string(path).unwrap();
    let n: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(50);
    for _ in 0..n {
        std::hint::black_box(thethuc::check(
            std::hint::black_box(&text),
            &thethuc::Options::default(),
        ));
    }
}
