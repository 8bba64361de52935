//! TT551 `phu-luc-sai-the-thuc`: an appendix not presented as Nghị định 30 lays it out
//! (heading, numbering, title, the `(Kèm theo …)` line, a reference in the text).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::segment::lines::Cell;
use crate::text::{is_upper, to_upper};


pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT551",
        name: "phu-luc-sai-the-thuc",
        component: ComponentKind::PhuLuc,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        summary_vi: "Phụ lục thiếu dòng “(Kèm theo …)” hoặc đánh số không bằng chữ số La Mã",
        summary_en: "An appendix lacks its “(Kèm theo …)” line or Roman numbering",
        spec: "§1.10",
        docs: docs!("## Kiểm tra gì\n\
Các phụ lục sau khối chữ ký (từ dòng `Phụ lục …` đến hết văn bản):\n\
- văn bản có từ hai phụ lục trở lên: mỗi phụ lục đánh số bằng chữ số La Mã (`Phụ lục I`, \
`Phụ lục II`), không bằng chữ số Ả Rập (`Phụ lục 1`) và không để trống số;\n\
- từ “Phụ lục” viết chữ thường (`Phụ lục I`, không phải `PHỤ LỤC I`);\n\
- dưới tên phụ lục có dòng chỉ dẫn `(Kèm theo <văn bản> số …/…-… ngày … tháng … năm … \
của …)`;\n\
- tên phụ lục (các dòng giữa dòng `Phụ lục` và dòng `(Kèm theo …)`) viết in hoa;\n\
- nội dung văn bản (trước khối chữ ký) có nhắc đến phụ lục.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục III.1 và bảng chi tiết trình bày mục V (spec §1.10, \
§3): trong văn bản phải có chỉ dẫn về phụ lục; từ hai phụ lục trở lên thì đánh số thứ tự \
bằng chữ số La Mã; từ “Phụ lục” và số thứ tự trình bày thành một dòng riêng bằng chữ in \
thường; tên phụ lục in hoa; thông tin chỉ dẫn kèm theo văn bản (số, ký hiệu, thời gian ban \
hành, cơ quan ban hành) canh giữa dưới tên phụ lục (với văn bản điện tử có thể để trống \
các vị trí điền, nhưng vẫn có dòng này). Mọi phát hiện là cảnh báo (`warning`): cách trình \
bày phụ lục theo mẫu 2.1/2.2 của Phụ lục III, và một phụ lục có thể là tệp riêng mà văn bản \
dán vào không chứa đủ.\n\n\
## Ví dụ\n\
`Phụ lục 1` / `Phụ lục 2` → `Phụ lục I` / `Phụ lục II`; `PHỤ LỤC I` → `Phụ lục I`; \
`Phụ lục I` / `DANH SÁCH …` rồi bảng ngay, thiếu dòng `(Kèm theo …)`.\n\n\
## Sửa\n\
- `PHỤ LỤC` → `Phụ lục`, tên phụ lục viết thường → in hoa: an toàn (`safe`), chỉ đổi chữ \
hoa, chữ thường.\n\
- Số Ả Rập → số La Mã: không an toàn (`unsafe`): các chỗ nội dung văn bản nhắc đến \
`Phụ lục 1` cũng phải sửa theo.\n\
- Thiếu dòng `(Kèm theo …)`, thiếu số, nội dung không nhắc phụ lục: không sửa tự động."),
    },
    check,
};

/// How an appendix is numbered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Number {
    Roman,
    Arabic(u32),
    Other,
}

struct Heading {
    /// Index in `doc.cells`.
    cell: usize,
    /// `Phụ lục` as written.
    label: TextRange,
    /// The number (with a `số` before it, if any) and what kind it is.
    number: Option<(TextRange, Number)>,
}

/// `Phụ lục I`, `PHỤ LỤC 2`, `Phụ lục số 01`: a heading cell of the appendix part.
fn heading(doc: &Document, cell: &Cell, index: usize, first: bool) -> Option<Heading> {
    let f = doc.folded.text.get(cell.fstart..cell.fend)?;
    let rest = f.strip_prefix("phu luc")?;
    if f.len() >= 80 || rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let label = doc.folded.original(cell.fstart, cell.fstart + "phu luc".len());
    let lead = rest.len() - rest.trim_start().len();
    let mut at = cell.fstart + "phu luc".len() + lead;
    let mut tail = rest.trim_start();
    let number_start = at;
    if let Some(r) = tail.strip_prefix("so") {
        if r.starts_with([' ', ':']) {
            let r2 = r.trim_start_matches([' ', ':']);
            at += tail.len() - r2.len();
            tail = r2;
        }
    }
    let token_len = tail
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(tail.len());
    let token = tail.get(..token_len).unwrap_or("");
    let number = if token.is_empty() {
        None
    } else {
        let original = doc.folded.original(at, at + token_len);
        let written = doc.slice(original);
        let kind = if token.chars().all(|c| c.is_ascii_digit()) {
            token.parse().map(Number::Arabic).unwrap_or(Number::Other)
        } else if written.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C')) {
            Number::Roman
        } else {
            Number::Other
        };
        Some((
            doc.folded.original(number_start, at + token_len),
            kind,
        ))
    };
    // A line that only starts with the words (`Phụ lục này gồm…`) is not a heading,
    // unless the segmenter took it as the start of the appendix part.
    if number.is_none() && !tail.trim().is_empty() && !first {
        return None;
    }
    if number.is_some_and(|(_, k)| k == Number::Other) && !first {
        return None;
    }
    Some(Heading {
        cell: index,
        label,
        number,
    })
}

/// `Phụ lục` as the decree writes it: a capital P, the rest lower case (with or without
/// diacritics: their spelling is not this rule's).
fn is_lower_label(label: &str) -> bool {
    let mut letters = label.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_uppercase) && letters.all(char::is_lowercase)
}

fn roman(n: u32) -> Option<String> {
    if !(1..=39).contains(&n) {
        return None;
    }
    const TENS: [&str; 4] = ["", "X", "XX", "XXX"];
    const UNITS: [&str; 10] = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
    let tens = TENS.get((n / 10) as usize)?;
    let units = UNITS.get((n % 10) as usize)?;
    Some(format!("{tens}{units}"))
}

fn check(doc: &Document, cx: &mut Context) {
    // Optional component: no appendix, nothing to check.
    let Some(c) = doc.get(ComponentKind::PhuLuc) else {
        return;
    };
    let range = c.range();
    let cells: Vec<(usize, &Cell)> = doc
        .cells
        .iter()
        .enumerate()
        .filter(|(_, x)| x.range.start >= range.start && x.range.end <= range.end)
        .collect();
    let headings: Vec<Heading> = cells
        .iter()
        .enumerate()
        .filter_map(|(n, (i, x))| heading(doc, x, *i, n == 0))
        .collect();
    if headings.is_empty() {
        return;
    }
    let several = headings.len() >= 2;
    for (n, h) in headings.iter().enumerate() {
        let Some(cell) = doc.cells.get(h.cell) else { continue };
        let cell_range = crate::text::trim_range(doc.text, cell.range);

        // `Phụ lục` in lower case.
        let label = doc.slice(h.label);
        if !is_lower_label(label) {
            let msg = cx.tr(
                format!("Từ “Phụ lục” phải viết chữ thường: “{label}”"),
                format!("The word “Phụ lục” must be in lower case: “{label}”"),
            );
            let title = cx.tr("Sửa thành “Phụ lục”", "Change to “Phụ lục”");
            cx.report(h.label, msg)
                .with_fix(title, Applicability::Safe, h.label, "Phụ lục".to_string());
        }

        // Roman numbering when there are two or more.
        if several {
            match h.number {
                None => {
                    let msg = cx.tr(
                        "Văn bản có từ hai phụ lục trở lên: phụ lục phải được đánh số bằng chữ số La Mã (Phụ lục I, Phụ lục II)".to_string(),
                        "With two or more appendices, each is numbered in Roman numerals (Phụ lục I, Phụ lục II)".to_string(),
                    );
                    cx.report(cell_range, msg);
                }
                Some((r, Number::Arabic(v))) => {
                    let written = doc.slice(r);
                    let msg = cx.tr(
                        format!("Văn bản có từ hai phụ lục trở lên: phụ lục phải đánh số bằng chữ số La Mã, không phải “{written}”"),
                        format!("With two or more appendices, each must be numbered in Roman numerals, not “{written}”"),
                    );
                    let fix = roman(v).map(|rn| {
                        let title = cx.tr(
                            format!("Đánh số La Mã “{rn}”"),
                            format!("Number it “{rn}”"),
                        );
                        (title, rn)
                    });
                    let reported = cx.report(r, msg);
                    if let Some((title, rn)) = fix {
                        reported.with_fix(title, Applicability::Unsafe, r, rn);
                    }
                }
                Some((r, Number::Other)) => {
                    let written = doc.slice(r);
                    let msg = cx.tr(
                        format!("Văn bản có từ hai phụ lục trở lên: phụ lục phải đánh số bằng chữ số La Mã, không phải “{written}”"),
                        format!("With two or more appendices, each must be numbered in Roman numerals, not “{written}”"),
                    );
                    cx.report(r, msg);
                }
                Some((_, Number::Roman)) => {}
            }
        }

        // The `(Kèm theo …)` line below the title, before the next heading.
        let next = headings.get(n + 1).map(|x| x.cell).unwrap_or(usize::MAX);
        let following: Vec<(usize, &Cell)> = cells
            .iter()
            .copied()
            .filter(|(i, _)| *i > h.cell && *i < next)
            .take(6)
            .collect();
        let is_reference = |x: &Cell| {
            let f = doc.folded.text.get(x.fstart..x.fend).unwrap_or("");
            let f = f.trim_start_matches(['(', ' ', '*', '_']);
            f.starts_with("kem theo") || f.starts_with("ban hanh kem theo")
        };
        let in_heading = doc
            .folded
            .text
            .get(cell.fstart..cell.fend)
            .is_some_and(|f| f.contains("kem theo"));
        let reference = following.iter().position(|(_, x)| is_reference(x));
        match reference {
            None if !in_heading => {
                let msg = cx.tr(
                    "Phụ lục thiếu dòng chỉ dẫn “(Kèm theo <văn bản> số … ngày … tháng … năm … của …)” dưới tên phụ lục".to_string(),
                    "The appendix lacks the “(Kèm theo <document> số … ngày … của …)” line under its title".to_string(),
                );
                cx.report(cell_range, msg);
            }
            Some(k) => {
                // Title lines between the heading and the reference line: upper case.
                for (_, t) in following.iter().take(k) {
                    let tr = crate::text::trim_range(doc.text, t.range);
                    let text = doc.slice(tr);
                    if is_upper(text) || !text.chars().any(char::is_alphabetic) {
                        continue;
                    }
                    let msg = cx.tr(
                        format!("Tên phụ lục phải viết in hoa: “{text}”"),
                        format!("The appendix title must be in capitals: “{text}”"),
                    );
                    let title = cx.tr("Viết in hoa", "Write in capitals");
                    cx.report(tr, msg)
                        .with_fix(title, Applicability::Safe, tr, to_upper(text));
                }
            }
            None => {}
        }
    }

    // The text must point to its appendix.
    let body_end = doc
        .get(ComponentKind::ChuKy)
        .map(|s| s.range().start)
        .unwrap_or(range.start)
        .min(range.start);
    let mentioned = doc
        .cells
        .iter()
        .filter(|x| x.range.end <= body_end)
        .any(|x| {
            doc.folded
                .text
                .get(x.fstart..x.fend)
                .is_some_and(|f| f.contains("phu luc"))
        });
    if !mentioned {
        if let Some(h) = headings.first() {
            let at = doc
                .cells
                .get(h.cell)
                .map(|x| crate::text::trim_range(doc.text, x.range))
                .unwrap_or(h.label);
            let msg = cx.tr(
                "Nội dung văn bản không nhắc đến phụ lục kèm theo".to_string(),
                "The text of the document does not refer to its appendix".to_string(),
            );
            cx.report(at, msg);
        }
    }
}
