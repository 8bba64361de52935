//! Property tests of the core's invariants on generated drafts: no panic; every range on
//! char boundaries inside the text; UTF-16 offsets and lines/columns agree with the text;
//! output deterministic and sorted; safe fixes converge within 3 rounds and never add an
//! error; CRLF vs LF and NFC vs NFD read the same (but for the normalisation finding).
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use proptest::prelude::*;
use thethuc::{apply_fixes, check, Applicability, Options, Report, Severity};

/// Pieces real drafts are made of, so generated texts reach deep into the segmenter and
/// the rules, mixed with noise.
const FRAGMENTS: &[&str] = &[
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Độc lập – Tự do – Hạnh Phúc",
    "UBND TỈNH LẠNG SƠN",
    "VĂN PHÒNG",
    "Số: 05/TB-UBND",
    "Số:      /QĐ-UBND",
    "Số: 5 / TB - UBND",
    "Số: 15/2020/QĐ-TTg",
    "Lạng Sơn, ngày 05 tháng 3 năm 2020",
    "Hà Nội, ngày    tháng    năm 2026",
    "TP. Hồ Chí Minh, 15/9/2026",
    "Lào Cai, ngày 31 tháng 6 năm 2025",
    "THÔNG BÁO",
    "Thông báo",
    "QUYẾT ĐỊNH",
    "Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ.",
    "V/v: triển khai thực hiện",
    "Kính gửi:",
    "Kính gửi: Sở Nội vụ",
    "- Sở Tài chính;",
    "- Sở Nội vụ,",
    "Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp thường kỳ tháng 7 năm 2020.",
    "1. Sở Kế hoạch và Đầu tư hoàn thiện, trình trước ngày 05/8/2020.",
    "3. Nội dung khác.",
    "a) Điểm thứ nhất;",
    "e) Điểm sau d;",
    "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;",
    "thứ Hai, ngày 03/8/2020",
    "dịch tả lợn Châu Phi, COVID19 và COVID-19, Tỉnh uỷ và Tỉnh ủy.",
    "Văn phòng thông báo để các cơ quan biết, thực hiện./.",
    "Nơi nhận:",
    "NƠI NHẬN",
    "- Như trên;",
    "- Lưu: VT, TH.",
    "- Lưu: KT",
    "TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH",
    "K/T CHỦ TỊCH",
    "PHÓ CHỦ TỊCH",
    "Phó Chủ tịch",
    "TS. Nguyễn Văn An",
    "NGUYỄN VĂN AN",
    "Phạm Hùng Trường",
    "HỎA TỐC",
    "Phụ lục I",
    "(Kèm theo Thông báo số 05/TB-UBND ngày 05/3/2020)",
    "| CỘNG HÒA | ------- |",
    "| --- | --- |",
    "**THÔNG BÁO**",
    "# Kết luận",
    "<br>",
    "2",
    "-------",
    "ĐẢNG CỘNG SẢN VIỆT NAM",
    "Céng hoµ x· héi chñ nghÜa ViÖt Nam",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(FRAGMENTS).prop_map(str::to_string),
        1 => "[a-zA-Zàáảãạăằắâầấđêềếôồốơờớưừứ0-9 ,.;:/()|*#-]{0,40}",
        1 => proptest::collection::vec(
            prop_oneof![
                Just('\u{301}'), Just('\u{323}'), Just('😀'), Just('\t'), Just('\u{a0}'),
                Just('\u{0}'), Just('\u{c}'), Just('\u{feff}'), Just('Đ'), Just('ữ'), Just('|'),
                any::<char>(),
            ],
            0..12,
        )
        .prop_map(|v| v.into_iter().collect()),
    ]
}

/// A generated draft: pieces joined by line breaks or layout gaps.
fn draft() -> impl Strategy<Value = String> {
    proptest::collection::vec(
        (piece(), prop_oneof![4 => Just("\n"), 1 => Just("\n\n"), 1 => Just("          "), 1 => Just(" | ")]),
        0..40,
    )
    .prop_map(|v| v.into_iter().map(|(p, sep)| format!("{p}{sep}")).collect())
}

fn all_ranges(r: &Report) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = Vec::new();
    for d in &r.diagnostics {
        v.push((d.range.start, d.range.end));
        for e in d.fix.iter().flat_map(|f| f.edits.iter()) {
            v.push((e.range.start, e.range.end));
        }
    }
    for c in &r.components {
        v.extend(c.parts.iter().map(|p| (p.range.start, p.range.end)));
    }
    v
}

/// 1-based line and UTF-16 column of a byte offset, computed independently of the crate.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let mut line = 1;
    let mut col_start = 0;
    let bytes = before.as_bytes();
    for (i, b) in bytes.iter().enumerate() {
        if *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            line += 1;
            col_start = i + 1;
        }
    }
    // A `\r` that ends `before` but is followed by `\n` in the text ends no line yet.
    (line, before[col_start..].encode_utf16().count() + 1)
}

/// (code, flagged text) of every finding, line ends made `\n`.
fn findings(text: &str, skip: &[&str]) -> Vec<(&'static str, String)> {
    let mut v: Vec<(&'static str, String)> = check(text, &Options::default())
        .diagnostics
        .iter()
        .filter(|d| !skip.contains(&d.code))
        .map(|d| {
            (
                d.code,
                text.get(d.range.start..d.range.end)
                    .expect("range on char boundaries")
                    .replace("\r\n", "\n"),
            )
        })
        .collect();
    v.sort();
    v
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn ranges_are_valid_and_offsets_agree(text in draft()) {
        let report = check(&text, &Options::default());
        for (s, e) in all_ranges(&report) {
            prop_assert!(s <= e && e <= text.len(), "range {s}..{e} outside 0..{}", text.len());
            prop_assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "range {s}..{e} off a char boundary");
        }
        let js = report.to_js(&text);
        for (d, jd) in report.diagnostics.iter().zip(&js.diagnostics) {
            prop_assert_eq!(jd.start, text[..d.range.start].encode_utf16().count());
            prop_assert_eq!(jd.end, text[..d.range.end].encode_utf16().count());
            prop_assert_eq!((jd.line, jd.column), line_col(&text, d.range.start));
            prop_assert_eq!((jd.end_line, jd.end_column), line_col(&text, d.range.end));
        }
    }

    #[test]
    fn output_is_deterministic_and_sorted(text in draft()) {
        let a = check(&text, &Options::default()).to_js(&text);
        let b = check(&text, &Options::default()).to_js(&text);
        prop_assert_eq!(&a, &b);
        let keys: Vec<(usize, usize, &str)> = a.diagnostics.iter().map(|d| (d.start, d.end, d.code)).collect();
        let mut sorted = keys.clone();
        sorted.sort();
        prop_assert_eq!(keys, sorted);
    }

    #[test]
    fn safe_fixes_converge_and_add_no_error(text in draft()) {
        let errors = |r: &Report| r.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        let first = check(&text, &Options::default());
        let before = errors(&first);
        let mut current = text.clone();
        let mut rounds = 0;
        loop {
            let r = check(&current, &Options::default());
            let safe: Vec<_> = r.diagnostics.iter().filter_map(|d| d.fix.as_ref()).filter(|f| f.applicability == Applicability::Safe).collect();
            if safe.is_empty() {
                // A fix may make the type recognisable (`**THÔNG BÁO**` → `THÔNG BÁO`): the
                // type's own required components are then rightly missing. Only a check of the
                // same type must not get worse.
                if r.document_type == first.document_type {
                    prop_assert!(errors(&r) <= before, "safe fixes added errors: {} → {}\n{current:?}", before, errors(&r));
                }
                break;
            }
            rounds += 1;
            prop_assert!(rounds <= 3, "safe fixes did not converge in 3 rounds:\n{current:?}");
            current = apply_fixes(&current, safe);
        }
    }

    #[test]
    fn crlf_reads_like_lf(text in draft()) {
        let lf: String = text.replace('\r', "");
        prop_assert_eq!(findings(&lf.replace('\n', "\r\n"), &[]), findings(&lf, &[]));
    }

    #[test]
    fn nfd_reads_like_nfc(text in draft()) {
        // The normalisation finding itself (TT470) and legacy-encoding detection (TT471:
        // decomposing mojibake changes the very evidence it reads) are the expected differences.
        let nfd = common::to_nfd(&text);
        let norm = |v: Vec<(&'static str, String)>| -> Vec<(&'static str, String)> {
            let mut v: Vec<_> = v.into_iter().map(|(c, t)| (c, common::to_nfd(&t))).collect();
            v.sort();
            v
        };
        prop_assert_eq!(norm(findings(&nfd, &["TT470", "TT471"])), norm(findings(&text, &["TT470", "TT471"])));
    }
}

/// Found by the property test above: removing stray Markdown emphasis makes the type name
/// readable, and the notice's required summary is then missing — an error the fix reveals,
/// not one it makes. The fix converges and the type is what changed.
#[test]
fn a_fix_that_reveals_the_type_may_reveal_missing_components() {
    let text = "**THÔNG BÁO**          THÔNG BÁO | Lạng Sơn, ngày 05 tháng 3 năm 2020\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;\n";
    let before = check(text, &Options::default());
    let safe: Vec<_> = before
        .diagnostics
        .iter()
        .filter_map(|d| d.fix.as_ref())
        .filter(|f| f.applicability == Applicability::Safe)
        .collect();
    assert!(!safe.is_empty());
    let fixed = apply_fixes(text, safe);
    let after = check(&fixed, &Options::default());
    assert_ne!(after.document_type, before.document_type);
    assert!(after.diagnostics.iter().any(|d| d.code == "TT107"));
    assert!(!before.diagnostics.iter().any(|d| d.code == "TT107"));
}

/// Found by the property test: `ª` is a lower-case letter without a capital, so "write the
/// issuer in capitals" would replace it with itself, for ever.
#[test]
fn a_letter_without_a_capital_gets_no_capitalisation_fix() {
    let r = check("ª\n", &Options::default());
    assert!(
        !r.diagnostics.iter().any(|d| d.code == "TT204"),
        "{:?}",
        r.diagnostics
    );
}
