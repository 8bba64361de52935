//! TT202 `tieu-ngu-sai-chu`: the motto is misspelt, miscapitalised, or its phrases are not
//! joined by ` - `.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::trim_range;

use super::quoc_hieu_sai_chu::Wording;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT202",
        name: "tieu-ngu-sai-chu",
        component: ComponentKind::TieuNgu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Tiêu ngữ sai chữ, sai viết hoa hoặc sai gạch nối “ - ”",
        summary_en: "The motto is misspelt, miscapitalised or has the wrong dashes",
        spec: "§1.1",
        docs: docs!("## Kiểm tra gì\n\
Tiêu ngữ phải đúng từng chữ `Độc lập - Tự do - Hạnh phúc`: chữ đầu của mỗi cụm từ viết \
hoa, các chữ còn lại viết thường (`Hạnh Phúc` là sai); giữa các cụm từ là dấu gạch nối \
`-` (hyphen-minus) có đúng một dấu cách mỗi bên; giữa hai chữ trong một cụm từ đúng một \
dấu cách. Bị báo: gạch ngang dài `–`/`—`, thiếu dấu cách (`Độc lập-Tự do`), mất dấu gạch \
nối (`Độc lập  Tự do  Hạnh phúc`), dấu phẩy thay gạch nối, sai hoa/thường, sai chữ. \
Văn bản NFD được so như NFC; văn bản không có dấu tiếng Việt nào (bản trích mất dấu) chỉ \
được so chữ cái bỏ dấu.\n\n\
Khi chỉ có một chỗ sai, thông báo chỉ đúng chỗ đó (ví dụ dấu `–`); khi có nhiều chỗ sai, \
thông báo chỉ cả dòng Tiêu ngữ.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.1 (spec §1.1, §6 mục 8): Tiêu ngữ là \
`Độc lập - Tự do - Hạnh phúc`, chữ cái đầu của các cụm từ được viết hoa, giữa các cụm từ \
có gạch nối (-), có cách chữ.\n\n\
## Ví dụ\n\
`Độc lập – Tự do – Hạnh phúc` (gạch ngang dài), `Độc lập - Tự do - Hạnh Phúc` (viết hoa \
`Phúc`), `ĐỘC LẬP - TỰ DO - HẠNH PHÚC` (in hoa cả dòng).\n\n\
## Sửa\n\
Sửa đúng chỗ sai thành chuỗi chuẩn `Độc lập - Tự do - Hạnh phúc` (giữ dạng NFD nếu văn \
bản dùng NFD, dạng không dấu nếu văn bản không có dấu). An toàn (`safe`): chuỗi đúng là cố định.\n\n\
Không kiểm tra được trên văn bản thuần: chữ đứng đậm, đường kẻ ngang dưới Tiêu ngữ."),
    },
    check,
};

const WORDS: [&str; 6] = ["Độc", "lập", "Tự", "do", "Hạnh", "phúc"];
const MOTTO: &str = "Độc lập - Tự do - Hạnh phúc";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Case,
    Spelling,
    /// A dash or other mark in place of the hyphen-minus.
    Dash,
    MissingHyphen,
    Spacing,
}

struct Problem {
    kind: Kind,
    range: TextRange,
    found: String,
    expected: &'static str,
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(tn) = cx.need(doc, ComponentKind::TieuNgu) else {
        return;
    };
    let range = trim_range(doc.text, tn.first());
    let original = doc.slice(range);
    let words = letter_runs(doc.text, range);
    let wording = Wording::of(doc);

    let mut problems: Vec<Problem> = Vec::new();
    if words.len() == WORDS.len() {
        for (w, expected) in words.iter().zip(WORDS) {
            let found = wording.norm(doc.slice(*w));
            let want = wording.norm(expected);
            if found == want {
                continue;
            }
            let kind = if found.to_lowercase() == want.to_lowercase() {
                Kind::Case
            } else {
                Kind::Spelling
            };
            problems.push(Problem {
                kind,
                range: *w,
                found,
                expected,
            });
        }
        for (i, pair) in words.windows(2).enumerate() {
            let [a, b] = pair else { continue };
            let gap = TextRange::new(a.end, b.start);
            let found: String = doc
                .slice(gap)
                .chars()
                .map(|c| if c == '\u{a0}' { ' ' } else { c })
                .collect();
            // Phrases end after the 2nd and 4th words.
            let hyphen = i == 1 || i == 3;
            let expected = if hyphen { " - " } else { " " };
            if found == expected {
                continue;
            }
            let marks: String = found.chars().filter(|c| !c.is_whitespace()).collect();
            let kind = if !hyphen || marks == "-" {
                Kind::Spacing
            } else if marks.is_empty() {
                Kind::MissingHyphen
            } else {
                Kind::Dash
            };
            problems.push(Problem {
                kind,
                range: gap,
                found: marks,
                expected,
            });
        }
    } else {
        // Words run together or split: the whole motto is wrong.
        problems.push(Problem {
            kind: Kind::Spelling,
            range,
            found: original.to_string(),
            expected: MOTTO,
        });
    }

    let shown = wording.replacement(MOTTO, "");
    let title = cx.tr(
        format!("Sửa Tiêu ngữ thành “{shown}”"),
        format!("Write the motto as “{shown}”"),
    );
    match problems.as_slice() {
        [] => {}
        [p] => {
            let msg = single_message(cx, p);
            let new_text = wording.replacement(p.expected, doc.slice(p.range));
            cx.report(p.range, msg)
                .with_fix(title, Applicability::Safe, p.range, new_text);
        }
        many => {
            let mut vi: Vec<&str> = Vec::new();
            let mut en: Vec<&str> = Vec::new();
            for p in many {
                let (v, e) = short(p.kind);
                if !vi.contains(&v) {
                    vi.push(v);
                    en.push(e);
                }
            }
            // The same mistake at each hyphen (`–` twice) reads like a single one.
            let same_gap_mistake = many.iter().all(|p| {
                p.expected == " - "
                    && many
                        .first()
                        .is_some_and(|f| f.kind == p.kind && f.found == p.found)
            });
            let msg = match many.first() {
                Some(p) if same_gap_mistake => single_message(cx, p),
                _ => cx.tr(
                    format!("Tiêu ngữ {}: phải là “{MOTTO}”", vi.join(", ")),
                    format!("The motto is {}: it must read “{MOTTO}”", en.join(", ")),
                ),
            };
            let edits = many
                .iter()
                .map(|p| Edit {
                    range: p.range,
                    new_text: wording.replacement(p.expected, doc.slice(p.range)),
                })
                .collect();
            cx.report(range, msg)
                .with_edits(title, Applicability::Safe, edits);
        }
    }
}

fn single_message(cx: &Context, p: &Problem) -> String {
    let (found, expected) = (&p.found, p.expected);
    match p.kind {
        Kind::Case => cx.tr(
            format!("Tiêu ngữ viết sai hoa/thường “{found}”: phải là “{expected}”"),
            format!("Wrong capitalisation “{found}” in the motto: write “{expected}”"),
        ),
        Kind::Spelling if expected == MOTTO => cx.tr(
            format!("Tiêu ngữ viết sai: phải là “{MOTTO}”"),
            format!("The motto is miswritten: it must read “{MOTTO}”"),
        ),
        Kind::Spelling => cx.tr(
            format!("Tiêu ngữ viết sai chữ “{found}”: phải là “{expected}”"),
            format!("Misspelt “{found}” in the motto: write “{expected}”"),
        ),
        Kind::Dash => cx.tr(
            format!("Tiêu ngữ dùng “{found}” thay cho dấu gạch nối “-”"),
            format!("The motto uses “{found}” instead of a hyphen “-”"),
        ),
        Kind::MissingHyphen => cx.tr(
            "Tiêu ngữ thiếu dấu gạch nối “ - ” giữa các cụm từ",
            "The motto lacks the hyphen “ - ” between its phrases",
        ),
        Kind::Spacing if expected == " - " => cx.tr(
            "Tiêu ngữ sai dấu cách quanh dấu gạch nối: phải là “ - ”",
            "Wrong spacing around the hyphen in the motto: write “ - ”",
        ),
        Kind::Spacing => cx.tr(
            "Tiêu ngữ sai dấu cách giữa hai chữ: phải đúng một dấu cách",
            "Wrong spacing between two words of the motto: use exactly one space",
        ),
    }
}

fn short(kind: Kind) -> (&'static str, &'static str) {
    match kind {
        Kind::Case => ("sai hoa/thường", "miscapitalised"),
        Kind::Spelling => ("sai chữ", "misspelt"),
        Kind::Dash => ("sai dấu gạch nối", "using the wrong dash"),
        Kind::MissingHyphen => ("thiếu dấu gạch nối", "missing its hyphens"),
        Kind::Spacing => ("sai dấu cách", "wrongly spaced"),
    }
}

/// Maximal runs of letters (with their combining marks) in `range`.
fn letter_runs(text: &str, range: TextRange) -> Vec<TextRange> {
    let s = text.get(range.start..range.end).unwrap_or("");
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, ch) in s.char_indices() {
        let letter = ch.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&ch);
        if letter {
            if start.is_none() {
                start = Some(i);
            }
        } else if let Some(st) = start.take() {
            out.push(TextRange::new(range.start + st, range.start + i));
        }
    }
    if let Some(st) = start {
        out.push(TextRange::new(range.start + st, range.end));
    }
    out
}
