//! TT460 `khoang-trang-dau-cau`: spacing around punctuation in the body: two spaces in a
//! row, a space before `,` `;` `:` `.` `)` or after `(`, no space after `,` `;` `:` `.`, and
//! a dash that joins two phrases with a space on one side only (`Thương binh- Liệt sĩ`).

use crate::body::spelling::is_combining;
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT460",
        name: "khoang-trang-dau-cau",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Khoảng trắng và dấu câu chưa đúng (hai dấu cách, cách trước dấu câu…)",
        summary_en: "Spacing around punctuation is wrong",
        spec: "§6",
        docs: docs!("## Kiểm tra gì\n\
Trong phần nội dung (đoạn văn chạy liền), các lỗi khoảng trắng quanh dấu câu:\n\
- hai dấu cách liền nhau giữa hai chữ (`ngày 28  tháng 10`);\n\
- dấu cách trước `,` `;` `:` `.` `)` hoặc sau `(` (`Chỉ thị số 25 , vẫn`, `( nếu có )`);\n\
- thiếu dấu cách sau `,` `;` `:` (`Lưu:VT`, `phối hợp,kiểm tra`), và sau dấu chấm hết câu \
khi chữ hoa theo ngay sau (`thực hiện.Sở Tài chính`);\n\
- dấu gạch nối hai cụm từ chỉ có dấu cách một bên (`Thương binh- Liệt sĩ`, \
`kinh tế -xã hội`).\n\n\
Không bị báo, vì không phải lỗi của người soạn: khoảng trống dàn trang của văn bản trích \
bằng `pdftotext -layout` (dòng có từ ba dấu cách liền nhau — khoảng cách giữa hai cột — \
hoặc thụt đầu dòng bằng dấu cách, dòng có tab: mọi khoảng trống nhiều dấu cách trên các \
dòng đó là dàn trang), ô bảng `|`, số thập phân và hàng nghìn (`1,5`, `10.000`), giờ và tỷ \
lệ (`14:30`, `1:500`), địa chỉ web và thư điện tử, dấu kết thúc `./.`, dấu chấm lửng \
`...`, chỗ trống để điền ngày trong bản dự thảo (`ngày  tháng`), số chú thích dính vào \
chữ khi trích PDF (`mỏ1 .`), và khoảng trắng ngay sau một số ký hiệu văn bản \
(`627/BYT-BH  ngày`, `25/CT-BYT ,`): đó là dấu vết của liên kết khi chép từ trang luật \
trực tuyến.\n\n\
## Vì sao\n\
Lỗi trình bày thường gặp (spec §6). Nghị định 30/2020/NĐ-CP không có điều riêng về dấu \
cách; đây là quy tắc chính tả thông dụng của tiếng Việt ([practice]): dấu câu viết liền \
chữ đứng trước, cách chữ đứng sau một dấu cách; giữa hai chữ chỉ một dấu cách. Vì thế \
mức cảnh báo (`warning`).\n\n\
## Ví dụ\n\
`… kỷ niệm 73 năm ngày Thương binh- Liệt sĩ 27/7 …` → `Thương binh - Liệt sĩ`.\n\n\
## Sửa\n\
An toàn (`safe`), vì chữ sau khi sửa là chắc chắn: bớt một dấu cách, xóa dấu cách trước \
dấu câu, thêm một dấu cách sau dấu câu. Với gạch nối lệch: khi chữ sau gạch viết hoa, \
gạch nối hai tên hay hai cụm từ và được viết cách đều hai bên (`Thương binh - Liệt sĩ`, \
như `Độc lập - Tự do - Hạnh phúc`, `Lao động - Thương binh và Xã hội`) — an toàn; khi chữ \
sau viết thường, đó có thể là một từ có gạch nối (`các-bon`, `ô-dôn`): nếu văn bản viết \
cặp từ đó ở chỗ khác (liền hoặc cách đều) thì sửa theo đó — an toàn; nếu không, đề xuất \
cách đều hai bên nhưng **không an toàn** (`unsafe`)."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(body) = cx.need(doc, ComponentKind::NoiDung) else {
        return;
    };
    for part in &body.parts {
        let r = part.range;
        let first = doc.line_of(r.start);
        for line in doc.lines.iter().skip(first) {
            if line.range.start >= r.end {
                break;
            }
            let range = TextRange::new(line.range.start.max(r.start), line.range.end.min(r.end));
            if !range.is_empty() {
                check_line(doc, cx, line.range, range);
            }
        }
    }
}

/// Layout, not running text: a column gap (three spaces or more), indentation by spaces, a tab.
fn is_layout(line: &str) -> bool {
    let mut run = 0usize;
    for (i, b) in line.bytes().enumerate() {
        match b {
            b'\t' => return true,
            b' ' => {
                run += 1;
                if run >= 3 || (run == 2 && i == 1) {
                    return true;
                }
            }
            _ => run = 0,
        }
    }
    false
}

/// The text from the last white space before `at` up to `at` (the token before a position).
fn token_before(s: &str, at: usize) -> &str {
    let head = s.get(..at).unwrap_or("");
    let start = head
        .rfind(char::is_whitespace)
        .map_or(0, |p| p + head.get(p..).and_then(|x| x.chars().next()).map_or(1, char::len_utf8));
    head.get(start..).unwrap_or("")
}

/// The text from `at` up to the next white space.
fn token_after(s: &str, at: usize) -> &str {
    let tail = s.get(at..).unwrap_or("");
    let end = tail.find(char::is_whitespace).unwrap_or(tail.len());
    tail.get(..end).unwrap_or("")
}

/// A document symbol (`627/BYT-BH`, `86/2013/TT-BTC`): copied from a law site, a space after
/// it is the trace of a link.
fn is_symbol(token: &str) -> bool {
    token.contains('/') && token.chars().any(|c| c.is_ascii_digit())
}

/// A footnote number glued to a word by PDF extraction (`mỏ1`, `luật2`).
fn is_footnote_glued(token: &str) -> bool {
    let digits = token.len() - token.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2).contains(&digits)
        && token
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .chars()
            .rev()
            .find(|c| !is_combining(*c))
            .is_some_and(|c| c.is_alphabetic() && c.is_lowercase())
}

/// An address: web or mail.
fn is_address(token: &str) -> bool {
    let t = token.to_ascii_lowercase();
    t.contains('@') || t.contains("://") || t.starts_with("www.") || t.starts_with("http")
        || t.starts_with("mailto")
}

/// `ngày  tháng`, `Số:   /`: a blank left to fill in a draft.
fn is_blank_field(before: &str, after: &str) -> bool {
    let b = fold(before);
    let a = fold(after);
    matches!(b.trim_end_matches(':'), "ngay" | "thang" | "so" | "nam")
        && (a.starts_with("thang") || a.starts_with("nam") || a.starts_with('/'))
}

fn check_line(doc: &Document, cx: &mut Context, line: TextRange, range: TextRange) {
    let full = doc.slice(line);
    let s = doc.slice(range);
    let base = range.start;
    let bytes = s.as_bytes();
    // The character before, its combining marks skipped (NFD text reads like NFC).
    let prev_char = |i: usize| {
        s.get(..i)
            .and_then(|x| x.chars().rev().find(|c| !is_combining(*c)))
    };
    let next_char = |i: usize| s.get(i..).and_then(|x| x.chars().next());
    let mut i = 0usize;
    while let Some(p) = bytes
        .get(i..)
        .and_then(|rest| {
            rest.iter()
                .position(|b| {
                    matches!(b, b' ' | b',' | b';' | b':' | b'.' | b'-' | b'(' | 0xE2)
                })
        })
    {
        let at = i + p;
        i = at + 1;
        match bytes.get(at).copied().unwrap_or(0) {
            b' ' => {
                // Most spaces: one space before a word.
                if !matches!(
                    bytes.get(at + 1),
                    Some(b' ' | b',' | b';' | b':' | b'.' | b')')
                ) {
                    continue;
                }
                let before = prev_char(at);
                let spaces = bytes
                    .get(at..)
                    .and_then(|r| r.iter().position(|b| *b != b' '))
                    .unwrap_or(bytes.len() - at);
                i = at + spaces;
                let after = next_char(at + spaces);
                let (Some(b), Some(a)) = (before, after) else {
                    continue;
                };
                if b.is_whitespace() || b == '|' || a == '|' {
                    continue;
                }
                if spaces == 2 && !is_layout(full) && !full.trim_start().starts_with('|') {
                    let token = token_before(s, at);
                    if is_symbol(token) || is_blank_field(token, token_after(s, at + 2)) {
                        continue;
                    }
                    double_space(cx, TextRange::new(base + at, base + at + 2));
                } else if spaces == 1 && matches!(a, ',' | ';' | ':' | '.' | ')') {
                    let next2 = next_char(at + 2);
                    let token = token_before(s, at);
                    let skip = match a {
                        // `./.`, `...`, `.5`
                        '.' => next2.is_some_and(|c| c == '/' || c == '.' || c.is_ascii_digit()),
                        _ => false,
                    } || b == '('
                        || is_symbol(token)
                        || is_footnote_glued(token);
                    if !skip {
                        space_before(cx, TextRange::new(base + at, base + at + 1), a);
                    }
                }
            }
            c @ (b',' | b';' | b':' | b'.') => {
                let punct = c as char;
                let (Some(b), Some(a)) = (prev_char(at), next_char(at + 1)) else {
                    continue;
                };
                let missing = match punct {
                    ',' => {
                        a.is_alphabetic()
                            || (a.is_ascii_digit() && (b.is_alphabetic() || b == ')'))
                    }
                    ';' => a.is_alphanumeric(),
                    ':' => a.is_alphabetic() || (a.is_ascii_digit() && b.is_alphabetic()),
                    // End of a sentence run into the next: `thực hiện.Sở`.
                    _ => {
                        a.is_uppercase()
                            && b.is_lowercase()
                            && token_before(s, at)
                                .chars()
                                .rev()
                                .filter(|c| !is_combining(*c))
                                .take_while(|c| c.is_alphabetic())
                                .count()
                                >= 2
                            && !token_before(s, at).contains('.')
                    }
                };
                if !missing {
                    continue;
                }
                let around = format!("{}{}", token_before(s, at), token_after(s, at));
                if is_address(&around) {
                    continue;
                }
                missing_space(cx, base + at, punct);
            }
            // `( nếu có)`: a space inside the opening bracket.
            b'(' if bytes.get(at + 1) == Some(&b' ')
                && next_char(at + 2).is_some_and(char::is_alphanumeric) =>
            {
                space_after_bracket(cx, TextRange::new(base + at + 1, base + at + 2));
            }
            b'-' => dash(cx, doc.text, s, base, at, 1, '-'),
            0xE2 if s.get(at..).is_some_and(|x| x.starts_with('–')) => {
                dash(cx, doc.text, s, base, at, '–'.len_utf8(), '–');
            }
            _ => {}
        }
    }
}

/// `binh- Liệt`, `tế -xã`: a dash between two words with a space on one side only.
fn dash(cx: &mut Context, doc_text: &str, s: &str, base: usize, at: usize, len: usize, ch: char) {
    let before = s
        .get(..at)
        .and_then(|x| x.chars().rev().find(|c| !is_combining(*c)));
    let after = s.get(at + len..).and_then(|x| x.chars().next());
    let before2 = s
        .get(..at)
        .and_then(|x| x.strip_suffix(' '))
        .and_then(|x| x.chars().rev().find(|c| !is_combining(*c)));
    let after2 = s
        .get(at + len..)
        .and_then(|x| x.strip_prefix(' '))
        .and_then(|x| x.chars().next());
    let (flagged, word_before, word_after) = if before.is_some_and(char::is_alphabetic)
        && after == Some(' ')
        && after2.is_some_and(char::is_alphabetic)
    {
        // `binh- Liệt`
        (
            TextRange::new(base + at, base + at + len + 1),
            token_before(s, at),
            token_after(s, at + len + 1),
        )
    } else if before == Some(' ')
        && before2.is_some_and(char::is_alphanumeric)
        && after.is_some_and(char::is_alphabetic)
    {
        // `tế -xã`
        (
            TextRange::new(base + at - 1, base + at + len),
            token_before(s, at - 1),
            token_after(s, at + len),
        )
    } else {
        return;
    };
    let word_before =
        word_before.trim_end_matches(|c: char| !c.is_alphanumeric() && !is_combining(c));
    let word_after: String = word_after
        .chars()
        .take_while(|c| c.is_alphanumeric() || is_combining(*c))
        .collect();
    // A capital after the dash joins two names (`Thương binh - Liệt sĩ`): spaced. In lower
    // case it may be one hyphenated word (`các-bon`): follow the document when it writes the
    // pair elsewhere, else spaced but unsafe.
    let tight = format!("{word_before}{ch}{word_after}");
    let spaced = format!("{word_before} {ch} {word_after}");
    let capital = after2.or(after).is_some_and(char::is_uppercase);
    let (new_text, applicability) = if capital {
        (format!(" {ch} "), Applicability::Safe)
    } else if doc_text.contains(&tight) {
        (ch.to_string(), Applicability::Safe)
    } else if doc_text.contains(&spaced) {
        (format!(" {ch} "), Applicability::Safe)
    } else {
        (format!(" {ch} "), Applicability::Unsafe)
    };
    let msg = cx.tr(
        format!("Dấu “{ch}” chỉ có dấu cách ở một bên"),
        format!("The dash “{ch}” has a space on one side only"),
    );
    let title = if new_text.len() == ch.len_utf8() {
        cx.tr(
            format!("Viết liền “{tight}” như ở chỗ khác trong văn bản"),
            format!("Write “{tight}” as elsewhere in the document"),
        )
    } else {
        cx.tr(
            format!("Viết “ {ch} ” (cách đều hai bên)"),
            format!("Write “ {ch} ” (a space on each side)"),
        )
    };
    cx.report(flagged, msg)
        .with_fix(title, applicability, flagged, new_text);
}

fn double_space(cx: &mut Context, range: TextRange) {
    let msg = cx.tr("Hai dấu cách liền nhau", "Two spaces in a row");
    let title = cx.tr("Bớt một dấu cách", "Remove one space");
    cx.report(range, msg)
        .with_fix(title, Applicability::Safe, range, " ".to_string());
}

fn space_before(cx: &mut Context, range: TextRange, punct: char) {
    let msg = cx.tr(
        format!("Thừa dấu cách trước dấu “{punct}”"),
        format!("Space before “{punct}”"),
    );
    let title = cx.tr("Xóa dấu cách", "Remove the space");
    cx.report(range, msg)
        .with_fix(title, Applicability::Safe, range, String::new());
}

fn space_after_bracket(cx: &mut Context, range: TextRange) {
    let msg = cx.tr("Thừa dấu cách sau dấu “(”", "Space after “(”");
    let title = cx.tr("Xóa dấu cách", "Remove the space");
    cx.report(range, msg)
        .with_fix(title, Applicability::Safe, range, String::new());
}

fn missing_space(cx: &mut Context, at: usize, punct: char) {
    let range = TextRange::new(at, at + 1);
    let msg = cx.tr(
        format!("Thiếu dấu cách sau dấu “{punct}”"),
        format!("Missing space after “{punct}”"),
    );
    let title = cx.tr("Thêm dấu cách", "Add a space");
    cx.report(range, msg).with_fix(
        title,
        Applicability::Safe,
        TextRange::empty(at + 1),
        " ".to_string(),
    );
}
