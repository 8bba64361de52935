//! Hostile inputs: huge, degenerate or binary-like texts must be checked in bounded time
//! (at most 1 s per MB natively, the robustness budget) and bounded memory, never panic.
//! Run in release mode (`cargo test --release --test hostile`): debug builds are 10–30×
//! slower, and the bound is about the algorithm, not about the optimiser. Times and memory
//! are printed (`--nocapture`) for the notes.
// Release builds only: the bounds are about the algorithm, and debug builds are far slower.
#![cfg(not(debug_assertions))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]
// A global allocator can only be written with `unsafe`: it forwards to the system one.
#![allow(unsafe_code)]

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use thethuc::{check, Options};

/// Counts live and peak heap bytes, to bound the memory a check takes.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size > layout.size() {
                let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size
                    - layout.size();
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Check `text` (and its UTF-16 conversion, as the wasm boundary does); return the time in
/// seconds and the extra heap it took at its peak.
fn measure(name: &str, text: &str) -> (f64, usize) {
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let t = Instant::now();
    let report = check(text, &Options::default());
    let js = report.to_js(text);
    let secs = t.elapsed().as_secs_f64();
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    let mb = text.len() as f64 / 1e6;
    println!(
        "{name:<34} {:>8.2} MB  {:>8.3} s  {:>6.3} s/MB  peak heap {:>7.1} MB ({:.1}× input)  {} findings",
        mb,
        secs,
        secs / mb.max(1e-9),
        peak as f64 / 1e6,
        peak as f64 / text.len().max(1) as f64,
        js.diagnostics.len()
    );
    (secs, peak)
}

fn bounded(name: &str, text: &str) {
    let (secs, peak) = measure(name, text);
    let mb = (text.len() as f64 / 1e6).max(0.1);
    assert!(
        secs <= mb,
        "{name}: {secs:.2} s for {mb:.1} MB exceeds 1 s per MB"
    );
    // The folded copy and its offset map cost ~5× the input, and each line and cell a
    // fixed ~150 B (a million 2-byte lines weigh more than their text). A ceiling well above
    // a healthy run, far below a blow-up.
    let lines = text
        .bytes()
        .filter(|b| matches!(b, b'\n' | b'\r' | 0x0c))
        .count()
        + 1;
    let ceiling = 48 * text.len() + 512 * lines + (1 << 20);
    assert!(
        peak <= ceiling,
        "{name}: peak heap {peak} B for {} B of text in {lines} lines",
        text.len()
    );
}

const TEN_MB: usize = 10 << 20;

fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes / unit.len().max(1) + 1)
}

#[test]
fn ten_megabytes_of_one_letter() {
    bounded("10 MB of 'a'", &"a".repeat(TEN_MB));
}

#[test]
fn one_ten_megabyte_line_of_vietnamese() {
    bounded(
        "one 10 MB line",
        &repeat_to("Ủy ban nhân dân tỉnh Lạng Sơn thông báo kết luận, ", TEN_MB),
    );
}

#[test]
fn ten_megabytes_of_real_notices() {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/corpus/seed/thong-bao-ket-luan-lang-son-2020.txt"
    ))
    .unwrap();
    bounded(
        "10 MB of the seed notice, repeated",
        &repeat_to(&seed, TEN_MB),
    );
}

#[test]
fn a_million_lines() {
    bounded("a million short lines", &"x\n".repeat(1_000_000));
}

#[test]
fn a_million_numbered_items() {
    let mut s = String::from("THÔNG BÁO\nKết luận\n");
    for i in 1..=1_000_000 {
        s.push_str(&format!("{i}. Mục {i}\n"));
    }
    bounded("a million numbered items", &s);
}

#[test]
fn repeated_patterns() {
    bounded("Số: 05/… repeated", &repeat_to("Số: 05/TB-UBND ", 4 << 20));
    bounded(
        "ngày … tháng … năm repeated",
        &repeat_to("Lạng Sơn, ngày 05 tháng 3 năm 2020 ", 4 << 20),
    );
    bounded(
        "a million recipients",
        &format!("Nơi nhận:\n{}", "- Sở Nội vụ;\n".repeat(1_000_000)),
    );
    bounded(
        "half a million Kính gửi lines",
        &format!(
            "Kính gửi:\n{}\nNội dung.\n",
            "- Sở Tài chính;\n".repeat(500_000)
        ),
    );
    bounded(
        "cells and <br> everywhere",
        &repeat_to("| a | b<br>c |\n", 4 << 20),
    );
    bounded(
        "column gaps everywhere",
        &repeat_to("KT. CHỦ TỊCH          Nguyễn Văn An          \n", 4 << 20),
    );
    bounded(
        "signature lines repeated",
        &repeat_to("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", 4 << 20),
    );
}

#[test]
fn marks_controls_and_binary() {
    bounded("only combining marks", &"\u{301}".repeat(2_000_000));
    bounded(
        "NUL and controls",
        &"\u{0}\u{1}\u{7}\u{b}\u{c}\r\u{1b}".repeat(600_000),
    );
    let binary: String = (0..4_000_000u32)
        .map(|i| {
            char::from_u32((i.wrapping_mul(2_654_435_761) >> 11) % 0x2_0000).unwrap_or('\u{fffd}')
        })
        .collect();
    bounded("pseudo-random code points", &binary);
    bounded("empty", "");
}
