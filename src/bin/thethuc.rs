//! The `thethuc` command line: check drafts from files or standard input.
//!
//! `thethuc check [--format text|json] [--mode draft|final] [--type SLUG]
//! [--today YYYY-MM-DD] [--lang vi|en] [FILE…]` — exit 0 without errors, 1 with errors,
//! 2 on a usage or I/O error. A `.docx` (by extension or by its zip signature) is read with
//! its formatting and checked for typography too; `thethuc text FILE.docx` prints the text
//! extracted from it.

use std::io::{Read, Write};
use std::process::ExitCode;

use thethuc::json::JsonWriter;
use thethuc::{check, check_docx, DocType, DocxReport, Lang, Mode, Options, RawOptions, Severity};

const USAGE: &str = "Cách dùng / usage:
  thethuc check [--format text|json] [--mode draft|final] [--type SLUG]
                [--today YYYY-MM-DD] [--lang vi|en] [FILE…]
  thethuc text FILE.docx
  thethuc rules [--format text|json] [--lang vi|en]
  thethuc --version

Không có FILE, hoặc FILE là '-': đọc từ đầu vào chuẩn (stdin).
Tệp .docx (theo đuôi tệp hoặc chữ ký zip) được đọc cả định dạng: kiểm tra thêm phông, cỡ chữ,
lề, khổ giấy, số trang… / .docx files are read with their formatting (typography checks too).
Mã thoát / exit code: 0 không có lỗi, 1 có lỗi (error), 2 sai cú pháp hoặc lỗi đọc tệp.";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

struct Args {
    format: Format,
    raw: RawOptions,
    files: Vec<String>,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("thethuc: {msg}");
            ExitCode::from(2)
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode, String> {
    match args.first().map(String::as_str) {
        Some("check") => run_check(parse_args(args.get(1..).unwrap_or(&[]))?),
        Some("text") => {
            let parsed = parse_args(args.get(1..).unwrap_or(&[]))?;
            let options = Options::try_from(parsed.raw).map_err(|e| e.to_string())?;
            let mut out = std::io::stdout().lock();
            for file in &parsed.files {
                let input = read_input(file, &options)?;
                out.write_all(input.text.as_bytes())
                    .map_err(|e| e.to_string())?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Some("rules") => {
            let parsed = parse_args(args.get(1..).unwrap_or(&[]))?;
            let lang = parsed.raw.lang.unwrap_or_default();
            let mut out = std::io::stdout().lock();
            if parsed.format == Format::Json {
                // The rule list as `rules()` gives it to JavaScript, with the docs (the npm
                // package's `rule-docs.js` is generated from it).
                let json = thethuc::json::ToJson::to_json(thethuc::rules(lang).as_slice());
                writeln!(out, "{json}").map_err(|e| e.to_string())?;
                return Ok(ExitCode::SUCCESS);
            }
            for r in thethuc::rules(lang) {
                writeln!(
                    out,
                    "{}\t{}\t{}\t{}",
                    r.code,
                    r.name,
                    r.severity.as_str(),
                    r.summary
                )
                .map_err(|e| e.to_string())?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Some("--version" | "-V") => {
            println!("thethuc {}", thethuc::VERSION);
            Ok(ExitCode::SUCCESS)
        }
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        _ => Err(format!("thiếu lệnh / missing command\n{USAGE}")),
    }
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut out = Args {
        format: Format::Text,
        raw: RawOptions::default(),
        files: Vec::new(),
    };
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let (flag, inline) = match a.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        let mut value = |name: &str| -> Result<String, String> {
            inline
                .clone()
                .or_else(|| it.next().cloned())
                .ok_or_else(|| format!("{name} cần một giá trị / needs a value"))
        };
        match flag {
            "--format" => {
                out.format = match value("--format")?.as_str() {
                    "text" => Format::Text,
                    "json" => Format::Json,
                    v => return Err(format!("--format: '{v}' không hợp lệ (text|json)")),
                }
            }
            "--mode" => {
                out.raw.mode = Some(match value("--mode")?.as_str() {
                    "draft" => Mode::Draft,
                    "final" => Mode::Final,
                    v => return Err(format!("--mode: '{v}' không hợp lệ (draft|final)")),
                })
            }
            "--type" => {
                let v = value("--type")?;
                if DocType::from_slug(&v).is_none() && v != "auto" {
                    return Err(format!(
                        "--type: loại văn bản '{v}' không có / unknown document type"
                    ));
                }
                out.raw.doc_type = Some(v);
            }
            "--today" => out.raw.today = Some(value("--today")?),
            "--lang" => {
                out.raw.lang = Some(match value("--lang")?.as_str() {
                    "vi" => Lang::Vi,
                    "en" => Lang::En,
                    v => return Err(format!("--lang: '{v}' không hợp lệ (vi|en)")),
                })
            }
            "-" => out.files.push("-".into()),
            f if f.starts_with('-') => {
                return Err(format!("tùy chọn không rõ / unknown option '{f}'\n{USAGE}"))
            }
            f => out.files.push(f.to_string()),
        }
    }
    if out.files.is_empty() {
        out.files.push("-".into());
    }
    Ok(out)
}

/// One input, read and (for a `.docx`) already checked.
struct Input {
    name: String,
    text: String,
    /// The whole result for a `.docx` (its `text` is `text` above).
    docx: Option<DocxReport>,
}

/// Extensions read as word-processor files (the reader then says what a non-`.docx` is).
const DOCX_EXTENSIONS: &[&str] = &["docx", "docm", "dotx", "dotm", "doc", "odt", "rtf", "pdf"];

/// A word-processor file by its name or its first bytes (zip, OLE compound file, PDF).
fn is_document_file(name: &str, bytes: &[u8]) -> bool {
    let ext = std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    ext.is_some_and(|e| DOCX_EXTENSIONS.contains(&e.as_str()))
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        || bytes.starts_with(b"%PDF-")
}

fn read_input(file: &str, options: &Options) -> Result<Input, String> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("<stdin>: không đọc được / cannot read: {e}"))?;
    } else {
        bytes = std::fs::read(file)
            .map_err(|e| format!("{file}: không đọc được / cannot read: {e}"))?;
    }
    let name = if file == "-" { "<stdin>" } else { file }.to_string();
    if is_document_file(file, &bytes) {
        return match check_docx(&bytes, options) {
            Ok(r) => Ok(Input {
                name,
                text: r.text.clone(),
                docx: Some(r),
            }),
            Err(e) => Err(match options.lang {
                Lang::Vi => format!(
                    "{name}: {}\n  ({})",
                    e.message(Lang::Vi),
                    e.message(Lang::En)
                ),
                Lang::En => format!("{name}: {}", e.message(Lang::En)),
            }),
        };
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: không phải văn bản UTF-8 (byte {}) / not UTF-8 text",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(Input {
        name,
        text,
        docx: None,
    })
}

fn run_check(args: Args) -> Result<ExitCode, String> {
    let options = Options::try_from(args.raw).map_err(|e| e.to_string())?;
    // Read every input first, so an unreadable file is a usage error before any output.
    let inputs: Vec<Input> = args
        .files
        .iter()
        .map(|f| read_input(f, &options))
        .collect::<Result<_, _>>()?;
    let mut out = std::io::stdout().lock();
    let mut any_error = false;
    for input in inputs {
        let docx = input.docx;
        let checked;
        let (report, notices) = match &docx {
            Some(r) => (&r.report, r.notices.as_slice()),
            None => {
                checked = check(&input.text, &options);
                (&checked, &[][..])
            }
        };
        any_error |= report
            .diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error);
        let js = report.to_js(&input.text);
        let name = input.name.as_str();
        let text = input.text.as_str();
        match args.format {
            Format::Json => {
                // One JSON object per line: the report as `check` returns it to JavaScript,
                // with `file`, and for a .docx `text` and `notices` as `checkDocx` adds them.
                let mut w = JsonWriter::new();
                w.begin_object();
                w.field_str("file", name);
                match &docx {
                    Some(result) => result.write_members(&mut w, options.lang),
                    None => js.write_members(&mut w),
                }
                w.end_object();
                writeln!(out, "{}", w.finish()).map_err(|e| e.to_string())?;
            }
            Format::Text => {
                for n in notices {
                    writeln!(out, "{name}: info: {}", n.message(options.lang))
                        .map_err(|e| e.to_string())?;
                }
                write_text(&mut out, name, text, &js).map_err(|e| e.to_string())?
            }
        }
    }
    Ok(if any_error {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// The lines of a text, broken where the core breaks them (`\r\n`, `\n`, `\r`).
fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut rest = text;
    while let Some(pos) = rest.find(['\n', '\r']) {
        lines.push(rest.get(..pos).unwrap_or(""));
        let skip = if rest.get(pos..pos + 2) == Some("\r\n") {
            2
        } else {
            1
        };
        rest = rest.get(pos + skip..).unwrap_or("");
    }
    lines.push(rest);
    lines
}

/// Terminal columns a string takes: combining marks take none, emoji and wide
/// characters two (a close enough rule for the caret line).
fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x300..=0x36F | 0x200B..=0x200D | 0xFEFF => 0,
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFF00..=0xFF60
            | 0x1F300..=0x1FAFF => 2,
            _ => 1,
        })
        .sum()
}

/// `file:line:col: severity[code] message`, then the line with a caret underline.
fn write_text(
    out: &mut impl Write,
    name: &str,
    text: &str,
    report: &thethuc::JsReport,
) -> std::io::Result<()> {
    let lines = split_lines(text);
    for d in &report.diagnostics {
        writeln!(
            out,
            "{name}:{}:{}: {}[{}] {}",
            d.line,
            d.column,
            d.severity.as_str(),
            d.code,
            d.message
        )?;
        if let Some(line) = lines.get(d.line.saturating_sub(1)) {
            let line = line.replace(['\t', '\u{c}'], " ");
            let units: Vec<u16> = line.encode_utf16().collect();
            let start = d.column.saturating_sub(1).min(units.len());
            let end = if d.end_line == d.line {
                d.end_column.saturating_sub(1).min(units.len())
            } else {
                units.len()
            };
            let pad = display_width(&String::from_utf16_lossy(units.get(..start).unwrap_or(&[])));
            let width = display_width(&String::from_utf16_lossy(
                units.get(start..end.max(start)).unwrap_or(&[]),
            ))
            .max(1);
            writeln!(out, "    {line}")?;
            writeln!(out, "    {}{}", " ".repeat(pad), "^".repeat(width))?;
        }
    }
    let errors = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    let warnings = report
        .diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Warning)
        .count();
    writeln!(
        out,
        "{name}: {} ({}) — {errors} lỗi, {warnings} cảnh báo, {} thông tin",
        report.document_type,
        if report.out_of_scope {
            "ngoài phạm vi Nghị định 30"
        } else {
            "Nghị định 30"
        },
        report.diagnostics.len() - errors - warnings
    )
}
