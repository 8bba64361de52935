//! The `thethuc` command line, run as a process: exit codes, input from files and stdin,
//! JSON Lines and text output, options. `cargo test --locked --test cli`.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use thethuc::json::ToJson;

const BIN: &str = env!("CARGO_BIN_EXE_thethuc");

/// A complete, well-formed notice: no findings at all.
const COMPLETE: &str = "ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 125/TB-UBND
Lạng Sơn, ngày 03 tháng 8 năm 2020
THÔNG BÁO
Kết luận phiên họp UBND tỉnh thường kỳ tháng 7 năm 2020
Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp thường kỳ tháng 7 năm 2020.
UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.
Nơi nhận:
- Các sở, ban, ngành;
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Nguyễn Văn An
";

/// The same notice before numbering: the only finding is the blank number (TT112), `info`
/// in draft mode, `error` in final mode.
fn unnumbered() -> String {
    COMPLETE.replace("Số: 125/TB-UBND", "Số:      /TB-UBND")
}

/// A draft without national title and motto: errors TT101 and TT102 on line 1, and the
/// blank number (TT112) on line 3.
const DRAFT: &str = "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Ghi chú
Số:    /TB-UBND
Lạng Sơn, ngày 03 tháng 8 năm 2020
THÔNG BÁO
Kết luận phiên họp UBND tỉnh thường kỳ tháng 7 năm 2020
Ngày 29/7/2020, UBND tỉnh đã tổ chức phiên họp thường kỳ tháng 7 năm 2020.
Nơi nhận:
- Lưu: VT.
TL. CHỦ TỊCH
CHÁNH VĂN PHÒNG
Nguyễn Văn An
";

// ---------------------------------------------------------------------------------------
// Helpers.

fn dir(test: &str) -> PathBuf {
    let d = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("cli")
        .join(test);
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn write(dir: &Path, name: &str, content: impl AsRef<[u8]>) -> String {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p.to_str().unwrap().to_string()
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    {
        let mut input = child.stdin.take().unwrap();
        if let Some(bytes) = stdin {
            // The process may exit (usage error) without reading it: ignore a broken pipe.
            let _ = input.write_all(bytes);
        }
    }
    child.wait_with_output().unwrap()
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("exited by a signal")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

fn json_lines(out: &Output) -> Vec<Value> {
    stdout(out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// What the JSON line for `text` must be: the core's report for JavaScript plus `file`.
fn expected_json(text: &str, options: &thethuc::Options, file: &str) -> Value {
    let mut v: Value =
        serde_json::from_str(&thethuc::check(text, options).to_js(text).to_json()).unwrap();
    v.as_object_mut()
        .unwrap()
        .insert("file".into(), Value::String(file.into()));
    v
}

fn codes(report: &Value) -> Vec<(String, String)> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus")
}

fn corpus_files() -> Vec<PathBuf> {
    let real = corpus_dir().join("real");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&real)
        .unwrap_or_else(|e| panic!("corpus not found at {}: {e}", real.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.push(corpus_dir().join("seed/thong-bao-ket-luan-lang-son-2020.txt"));
    assert!(files.len() >= 31, "{} corpus files", files.len());
    files
}

// ---------------------------------------------------------------------------------------
// Exit codes.

#[test]
fn exit_0_without_errors() {
    let d = dir("exit0");
    let f = write(&d, "complete.txt", COMPLETE);
    let out = run(&["check", &f], None);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    // Only the summary line: no findings.
    assert_eq!(stdout(&out).lines().count(), 1, "{}", stdout(&out));
    assert!(
        stdout(&out).contains("0 lỗi, 0 cảnh báo, 0 thông tin"),
        "{}",
        stdout(&out)
    );
    assert_eq!(stderr(&out), "");

    let out = run(&["check", "--format", "json", &f], None);
    assert_eq!(code(&out), 0);
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["diagnostics"], serde_json::json!([]));
    assert_eq!(lines[0]["documentType"], "thong-bao");

    // Findings that are not errors still exit 0.
    let f = write(&d, "unnumbered.txt", unnumbered());
    let out = run(&["check", &f], None);
    assert_eq!(code(&out), 0, "{}", stdout(&out));
    assert!(stdout(&out).contains("info[TT112]"), "{}", stdout(&out));
}

#[test]
fn exit_1_with_errors() {
    let d = dir("exit1");
    let f = write(&d, "draft.txt", DRAFT);
    let out = run(&["check", &f], None);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(stdout(&out).contains("error[TT101]"));
    assert_eq!(stderr(&out), "");
    // One file with errors among clean ones is enough.
    let clean = write(&d, "complete.txt", COMPLETE);
    assert_eq!(code(&run(&["check", &clean, &f, &clean], None)), 1);
    assert_eq!(
        code(&run(&["check", "--format", "json", &clean, &f], None)),
        1
    );
}

#[test]
fn exit_2_on_usage_and_io_errors() {
    let d = dir("exit2");
    let good = write(&d, "complete.txt", COMPLETE);
    let missing = d.join("missing.txt").to_str().unwrap().to_string();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec![], "missing command"),
        (vec!["bogus"], "missing command"),
        (vec!["check", "--bogus", &good], "--bogus"),
        (vec!["check", "-x", &good], "-x"),
        (vec!["check", "--type", "nope", &good], "nope"),
        (vec!["check", "--type=nope", &good], "nope"),
        (vec!["check", "--mode", "bogus", &good], "bogus"),
        (vec!["check", "--format", "xml", &good], "xml"),
        (vec!["check", "--lang", "fr", &good], "fr"),
        (vec!["check", "--today", "2026-13-45", &good], "2026-13-45"),
        (vec!["check", &good, "--mode"], "--mode"),
        (vec!["check", &missing], "missing.txt"),
        (vec!["rules", "--bogus"], "--bogus"),
    ];
    for (args, needle) in cases {
        let out = run(&args, Some(COMPLETE.as_bytes()));
        assert_eq!(code(&out), 2, "{args:?}: {}{}", stdout(&out), stderr(&out));
        assert!(
            stderr(&out).contains(needle),
            "{args:?}: stderr lacks {needle:?}: {}",
            stderr(&out)
        );
        assert_eq!(stdout(&out), "", "{args:?}: nothing on stdout");
    }
}

#[test]
fn unreadable_file_is_reported_before_any_output() {
    let d = dir("unreadable");
    let good = write(&d, "complete.txt", COMPLETE);
    let draft = write(&d, "draft.txt", DRAFT);
    // Invalid UTF-8 after a valid prefix (a Windows-1258 / Latin-1 file, say).
    let latin1 = write(
        &d,
        "latin1-ba\u{300}i.txt",
        b"S\xf4: 12/TB-UBND\n\xff\xfe\n",
    );
    let missing = d.join("khong-co.txt").to_str().unwrap().to_string();
    for (bad, name) in [
        (&latin1, "latin1-ba\u{300}i.txt"),
        (&missing, "khong-co.txt"),
    ] {
        for format in ["text", "json"] {
            let out = run(&["check", "--format", format, &good, bad, &draft], None);
            assert_eq!(code(&out), 2, "{bad}");
            assert_eq!(stdout(&out), "", "{bad}: no partial output");
            assert!(
                stderr(&out).contains(name),
                "{bad}: stderr names the file: {}",
                stderr(&out)
            );
        }
    }
    let out = run(&["check", &latin1], None);
    assert!(stderr(&out).contains("UTF-8"), "{}", stderr(&out));
    // Non-UTF-8 on stdin.
    let out = run(&["check"], Some(b"\xff\xfe\x00abc"));
    assert_eq!(code(&out), 2);
    assert!(
        stderr(&out).contains("<stdin>") && stderr(&out).contains("UTF-8"),
        "{}",
        stderr(&out)
    );
}

// ---------------------------------------------------------------------------------------
// Input.

#[test]
fn reads_stdin_without_files_and_for_dash() {
    let opts = thethuc::Options::default();
    for args in [
        vec!["check", "--format", "json"],
        vec!["check", "--format", "json", "-"],
    ] {
        let out = run(&args, Some(DRAFT.as_bytes()));
        assert_eq!(code(&out), 1, "{args:?}");
        let lines = json_lines(&out);
        assert_eq!(
            lines,
            vec![expected_json(DRAFT, &opts, "<stdin>")],
            "{args:?}"
        );
    }
    // Text format names stdin too.
    let out = run(&["check"], Some(unnumbered().as_bytes()));
    assert_eq!(code(&out), 0);
    assert!(
        stdout(&out).starts_with("<stdin>:5:4: info[TT112] "),
        "{}",
        stdout(&out)
    );
    // Empty stdin is a valid (empty) document.
    let out = run(&["check", "--format", "json"], Some(b""));
    assert_eq!(json_lines(&out), vec![expected_json("", &opts, "<stdin>")]);
    assert_eq!(
        code(&out),
        if thethuc::check("", &opts)
            .diagnostics
            .iter()
            .any(|d| d.severity == thethuc::Severity::Error)
        {
            1
        } else {
            0
        }
    );
}

#[test]
fn multiple_files_give_one_json_line_each_in_order() {
    let d = dir("multi");
    let a = write(&d, "a.txt", COMPLETE);
    let b = write(&d, "b.txt", DRAFT);
    let c = write(&d, "c.txt", unnumbered());
    let opts = thethuc::Options::default();
    let out = run(
        &["check", "--format", "json", &a, &b, "-", &c],
        Some(DRAFT.as_bytes()),
    );
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).ends_with('\n'));
    let lines = json_lines(&out);
    assert_eq!(
        lines,
        vec![
            expected_json(COMPLETE, &opts, &a),
            expected_json(DRAFT, &opts, &b),
            expected_json(DRAFT, &opts, "<stdin>"),
            expected_json(&unnumbered(), &opts, &c),
        ]
    );
    for l in &lines {
        for k in [
            "file",
            "version",
            "rulesetVersion",
            "documentType",
            "typeDetected",
            "outOfScope",
            "mode",
            "components",
            "diagnostics",
        ] {
            assert!(l.get(k).is_some(), "{k} missing");
        }
    }
}

#[test]
fn corpus_json_lines_equal_the_core_report() {
    let files = corpus_files();
    let names: Vec<&str> = files.iter().map(|p| p.to_str().unwrap()).collect();
    let mut args = vec!["check", "--format", "json"];
    args.extend(&names);
    let out = run(&args, None);
    assert!(matches!(code(&out), 0 | 1), "{}", stderr(&out));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), files.len());
    let opts = thethuc::Options::default();
    let mut any_error = false;
    for (line, (path, name)) in lines.iter().zip(files.iter().zip(&names)) {
        let text = std::fs::read_to_string(path).unwrap();
        let report = thethuc::check(&text, &opts);
        any_error |= report
            .diagnostics
            .iter()
            .any(|d| d.severity == thethuc::Severity::Error);
        assert_eq!(line, &expected_json(&text, &opts, name), "{name}");
    }
    assert_eq!(code(&out), i32::from(any_error));
}

// ---------------------------------------------------------------------------------------
// Text format.

/// Every finding is `file:line:col: severity[CODE] message`, then the source line and a
/// caret line under the flagged text; a summary line ends each file.
fn assert_text_format(out: &str, file: &str, text: &str, report: &Value) {
    let lines: Vec<&str> = out.lines().collect();
    let src: Vec<&str> = text.lines().collect();
    let diags = report["diagnostics"].as_array().unwrap();
    assert_eq!(lines.len(), diags.len() * 3 + 1, "{out}");
    for (i, d) in diags.iter().enumerate() {
        let (line, col) = (
            d["line"].as_u64().unwrap() as usize,
            d["column"].as_u64().unwrap() as usize,
        );
        let head = format!(
            "{file}:{line}:{col}: {}[{}] {}",
            d["severity"].as_str().unwrap(),
            d["code"].as_str().unwrap(),
            d["message"].as_str().unwrap()
        );
        assert_eq!(lines[i * 3], head);
        let source = src[line - 1].replace('\t', " ");
        assert_eq!(lines[i * 3 + 1], format!("    {source}"));
        // Carets: under the flagged characters (at least one).
        let caret = lines[i * 3 + 2];
        let before =
            String::from_utf16(&source.encode_utf16().take(col - 1).collect::<Vec<_>>()).unwrap();
        // Terminal columns: combining marks take none, emoji two.
        let pad: usize = before
            .chars()
            .map(|c| match c as u32 {
                0x300..=0x36F => 0,
                0x1F300..=0x1FAFF => 2,
                _ => 1,
            })
            .sum();
        assert!(
            caret.starts_with(&format!("    {}^", " ".repeat(pad))),
            "caret line {caret:?} for {head}"
        );
        let carets = caret.trim_start().len();
        assert!(
            caret.trim_start().chars().all(|c| c == '^') && carets >= 1,
            "{caret:?}"
        );
        if d["endLine"] == d["line"] {
            let width = d["endColumn"].as_u64().unwrap() as usize - col;
            let flagged = String::from_utf16(
                &source
                    .encode_utf16()
                    .skip(col - 1)
                    .take(width)
                    .collect::<Vec<_>>(),
            )
            .unwrap();
            assert_eq!(carets, flagged.chars().count().max(1), "{head}");
        }
    }
    let summary = lines.last().unwrap();
    assert!(
        summary.starts_with(&format!(
            "{file}: {} (",
            report["documentType"].as_str().unwrap()
        )),
        "{summary}"
    );
    let count = |sev: &str| diags.iter().filter(|d| d["severity"] == sev).count();
    assert!(
        summary.ends_with(&format!(
            "{} lỗi, {} cảnh báo, {} thông tin",
            count("error"),
            count("warning"),
            count("info")
        )),
        "{summary}"
    );
}

#[test]
fn text_format_shows_position_line_and_carets() {
    let d = dir("text");
    let f = write(&d, "draft.txt", DRAFT);
    let out = run(&["check", &f], None);
    assert_eq!(code(&out), 1);
    let text = stdout(&out);
    let report = expected_json(DRAFT, &thethuc::Options::default(), &f);
    assert_text_format(&text, &f, DRAFT, &report);
    // The known findings, exactly.
    let l: Vec<&str> = text.lines().collect();
    assert!(
        l.iter()
            .any(|x| x.starts_with(&format!("{f}:1:1: error[TT101] "))),
        "{text}"
    );
    assert!(
        l.iter()
            .any(|x| x.starts_with(&format!("{f}:1:1: error[TT102] "))),
        "{text}"
    );
    let i = l
        .iter()
        .position(|x| x.starts_with(&format!("{f}:3:4: info[TT112] ")))
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(l[i + 1], "    Số:    /TB-UBND");
    assert_eq!(l[i + 2], "       ^^^^");

    // Tabs are shown as spaces so the carets line up; columns count UTF-16 units, the
    // caret padding counts terminal columns (two per emoji).
    let tricky = DRAFT.replace("Số:    /TB", "😀\tSố:\t  /TB");
    let f2 = write(&d, "tricky.txt", &tricky);
    let out = run(&["check", &f2], None);
    let text = stdout(&out);
    assert_text_format(
        &text,
        &f2,
        &tricky,
        &expected_json(&tricky, &thethuc::Options::default(), &f2),
    );
    let l: Vec<&str> = text.lines().collect();
    let i = l
        .iter()
        .position(|x| x.starts_with(&format!("{f2}:3:7: info[TT112] ")))
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(l[i + 1], "    😀 Số:   /TB-UBND");
    assert_eq!(l[i + 2], "          ^^^");

    // CRLF: the same positions, no stray `\r` in the echoed lines.
    let crlf = DRAFT.replace('\n', "\r\n");
    let f3 = write(&d, "crlf.txt", &crlf);
    let out = run(&["check", &f3], None);
    let text = stdout(&out);
    assert!(!text.contains('\r'));
    assert_text_format(
        &text,
        &f3,
        DRAFT,
        &expected_json(&crlf, &thethuc::Options::default(), &f3),
    );
}

/// Bare `\r` line ends (old Mac, some converters): the core counts lines at `\r` (as
/// browsers' editors do), but the text printer splits the text only at `\n`, so it echoes
/// the whole text as "line 1" under the first finding and no source line at all for the
/// others.
#[test]
fn text_format_with_bare_cr_line_ends() {
    let d = dir("text-cr");
    let cr = DRAFT.replace('\n', "\r");
    let f = write(&d, "cr.txt", &cr);
    let out = run(&["check", &f], None);
    assert_text_format(
        &stdout(&out),
        &f,
        DRAFT,
        &expected_json(&cr, &thethuc::Options::default(), &f),
    );
}

// ---------------------------------------------------------------------------------------
// Options.

#[test]
fn lang_en_gives_english_messages() {
    let d = dir("lang");
    let f = write(&d, "draft.txt", DRAFT);
    let out = run(&["check", "--lang", "en", "--format", "json", &f], None);
    let en = &json_lines(&out)[0];
    let opts = thethuc::Options {
        lang: thethuc::Lang::En,
        ..Default::default()
    };
    assert_eq!(en, &expected_json(DRAFT, &opts, &f));
    let messages: Vec<&str> = en["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(!messages.is_empty());
    let vi = expected_json(DRAFT, &thethuc::Options::default(), &f);
    for (m, v) in messages.iter().zip(vi["diagnostics"].as_array().unwrap()) {
        assert_ne!(*m, v["message"].as_str().unwrap(), "not translated");
        assert!(
            !m.contains("Thiếu") && !m.contains("Số văn bản"),
            "not English: {m}"
        );
    }
    assert!(
        messages.iter().any(|m| m.starts_with("Missing")),
        "{messages:?}"
    );
    let out = run(&["check", "--lang=en", &f], None);
    assert!(
        stdout(&out).contains("error[TT101] Missing"),
        "{}",
        stdout(&out)
    );
    let out = run(&["check", "--lang", "vi", &f], None);
    assert!(
        stdout(&out).contains("error[TT101] Thiếu"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn mode_final_makes_the_blank_number_an_error() {
    let d = dir("mode");
    let f = write(&d, "unnumbered.txt", unnumbered());
    let draft = run(&["check", "--format", "json", &f], None);
    assert_eq!(code(&draft), 0);
    assert_eq!(
        codes(&json_lines(&draft)[0]),
        vec![("TT112".to_string(), "info".to_string())]
    );
    let default_mode = run(&["check", "--mode", "draft", "--format", "json", &f], None);
    assert_eq!(stdout(&default_mode), stdout(&draft));

    let fin = run(&["check", "--mode", "final", "--format", "json", &f], None);
    assert_eq!(code(&fin), 1);
    let report = &json_lines(&fin)[0];
    assert_eq!(report["mode"], "final");
    assert_eq!(
        codes(report),
        vec![("TT112".to_string(), "error".to_string())]
    );
    let out = run(&["check", "--mode=final", &f], None);
    assert_eq!(code(&out), 1);
    assert!(
        stdout(&out).contains(":5:4: error[TT112] "),
        "{}",
        stdout(&out)
    );
}

#[test]
fn type_and_today_are_passed_to_the_core() {
    let d = dir("type");
    let f = write(&d, "complete.txt", COMPLETE);
    let out = run(
        &[
            "check",
            "--format",
            "json",
            "--type",
            "thong-bao",
            "--today",
            "2020-08-03",
            &f,
        ],
        None,
    );
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let r = &json_lines(&out)[0];
    assert_eq!(r["documentType"], "thong-bao");
    assert_eq!(r["typeDetected"], false);
    let out = run(&["check", "--format", "json", "--type=auto", &f], None);
    assert_eq!(json_lines(&out)[0]["typeDetected"], true);
    let out = run(
        &["check", "--format", "json", "--type", "cong-van", &f],
        None,
    );
    assert!(matches!(code(&out), 0 | 1), "{}", stderr(&out));
    let r = &json_lines(&out)[0];
    assert_eq!(r["documentType"], "cong-van");
    let opts = thethuc::Options {
        doc_type: thethuc::DocType::from_slug("cong-van"),
        ..Default::default()
    };
    assert_eq!(r, &expected_json(COMPLETE, &opts, &f));
}

// ---------------------------------------------------------------------------------------
// Other commands.

#[test]
fn rules_and_version() {
    let out = run(&["rules"], None);
    assert_eq!(code(&out), 0);
    let text = stdout(&out);
    let rules = thethuc::rules(thethuc::Lang::Vi);
    assert!(rules.len() >= 14);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), rules.len());
    for (l, r) in lines.iter().zip(&rules) {
        assert_eq!(
            *l,
            format!(
                "{}\t{}\t{}\t{}",
                r.code,
                r.name,
                r.severity.as_str(),
                r.summary
            )
        );
    }
    // JSON: the list as `rules()` gives it, with every rule's docs (the npm package's
    // rule-docs.js is generated from this).
    let out = run(&["rules", "--format", "json"], None);
    assert_eq!(code(&out), 0);
    let list: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), rules.len());
    for (j, r) in list.iter().zip(&rules) {
        assert_eq!(j["code"], r.code);
        assert_eq!(j["name"], r.name);
        assert_eq!(j["component"], r.component.id());
        assert_eq!(j["severity"], r.severity.as_str());
        assert_eq!(j["fix"], r.fix.as_str());
        assert_eq!(j["summary"], r.summary);
        assert_eq!(j["spec"], r.spec);
        assert!(!r.docs.is_empty(), "{}: docs compiled in natively", r.code);
        assert_eq!(j["docs"], r.docs);
    }
    let en = stdout(&run(&["rules", "--lang", "en"], None));
    let rules_en = thethuc::rules(thethuc::Lang::En);
    assert_eq!(en.lines().count(), rules_en.len());
    for (l, r) in en.lines().zip(&rules_en) {
        assert_eq!(
            l,
            format!(
                "{}\t{}\t{}\t{}",
                r.code,
                r.name,
                r.severity.as_str(),
                r.summary
            )
        );
    }
    assert!(
        en.contains("TT101\tthieu-quoc-hieu\terror\tThe national title is missing"),
        "{en}"
    );

    let out = run(&["--version"], None);
    assert_eq!(code(&out), 0);
    assert_eq!(
        stdout(&out),
        format!("thethuc {}\n", env!("CARGO_PKG_VERSION"))
    );
    let out = run(&["--help"], None);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).contains("thethuc check"));
}

// ---------------------------------------------------------------------------------------
// .docx input.

fn docx_fixture(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn docx_files_are_read_by_extension_or_signature() {
    let d = dir("docx");
    let seed = docx_fixture("tests/docx/seed-like.docx");
    let letter = docx_fixture("tests/fixtures/TT601_kho-giay/invalid-letter.docx");
    let good = write(&d, "du-thao.docx", &seed);
    // A .docx saved without its extension is still recognised by its zip signature.
    let unnamed = write(&d, "du-thao", &seed);
    let bad = write(&d, "letter.DOCX", &letter);

    let out = run(&["check", &good, &unnamed], None);
    assert_eq!(code(&out), 0, "{}{}", stdout(&out), stderr(&out));
    // No errors; the body rules may warn about the sample body's real deviations.
    assert_eq!(
        stdout(&out).matches(" 0 lỗi,").count(),
        2,
        "{}",
        stdout(&out)
    );

    let out = run(&["check", &bad], None);
    assert_eq!(code(&out), 1, "{}", stdout(&out));
    assert!(stdout(&out).contains("error[TT601]"), "{}", stdout(&out));
    assert!(stdout(&out).contains("Letter"), "{}", stdout(&out));

    // From stdin, by signature.
    let out = run(&["check", "--format", "json"], Some(&seed));
    assert_eq!(code(&out), 0);
    let lines = json_lines(&out);
    assert_eq!(lines[0]["file"], "<stdin>");

    // JSON Lines: the Report of checkDocx (text and notices included) plus the file.
    let out = run(&["check", "--format", "json", &bad], None);
    let v = &json_lines(&out)[0];
    let r = thethuc::check_docx(&letter, &thethuc::Options::default()).unwrap();
    let mut expected: Value = serde_json::from_str(&r.report.to_js(&r.text).to_json()).unwrap();
    let obj = expected.as_object_mut().unwrap();
    obj.insert("file".into(), Value::String(bad.clone()));
    obj.insert("text".into(), Value::String(r.text.clone()));
    obj.insert("notices".into(), Value::Array(Vec::new()));
    assert_eq!(v, &expected);
    assert_eq!(v["diagnostics"][0]["fix"]["applicability"], "display-only");

    // `thethuc text` prints the extracted text.
    let out = run(&["text", &good], None);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).starts_with(
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nVĂN PHÒNG | Độc lập - Tự do - Hạnh phúc\n"
    ));
}

#[test]
fn files_that_are_not_docx_are_usage_errors_that_say_what_to_do() {
    let d = dir("not-docx");
    let good = write(&d, "complete.txt", COMPLETE);
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend("WordDocument".encode_utf16().flat_map(u16::to_le_bytes));
    let doc = write(&d, "cu.doc", &ole);
    let pdf = write(&d, "ban-in.pdf", b"%PDF-1.7\n");
    let seed = docx_fixture("tests/docx/seed-like.docx");
    let cut = write(&d, "dang-tai.docx", &seed[..seed.len() / 2]);
    for (file, vi, en) in [
        (&doc, "Word cũ (.doc", "legacy Word file"),
        (&pdf, "PDF", "PDF"),
        (&cut, "Lưu tệp dưới dạng .docx", "Save the file as .docx"),
    ] {
        let out = run(&["check", &good, file], None);
        assert_eq!(code(&out), 2, "{file}");
        assert_eq!(stdout(&out), "", "{file}: nothing printed before the error");
        let err = stderr(&out);
        assert!(
            err.contains(file.as_str()) && err.contains(vi) && err.contains(en),
            "{file}: {err}"
        );
        let out = run(&["check", "--lang", "en", file], None);
        assert!(
            stderr(&out).contains(en) && !stderr(&out).contains(vi) || vi == en,
            "{file}"
        );
    }
}
