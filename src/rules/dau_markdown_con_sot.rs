//! TT461 `dau-markdown-con-sot`: Markdown markup pasted into a draft (`**đậm**`, `*nghiêng*`,
//! `# Tiêu đề`, `| bảng |`, `<br>`), which Word shows as literal characters.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT461",
        name: "dau-markdown-con-sot",
        component: ComponentKind::VanBan,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Còn sót ký hiệu Markdown (**, #, |)",
        summary_en: "Stray Markdown markers remain",
        spec: "§6",
        docs: docs!("## Kiểm tra gì\n\
Ký hiệu định dạng Markdown còn sót trong văn bản, thường do chép từ công cụ chuyển đổi \
(trang luật trực tuyến, trình chuyển PDF/Word sang Markdown, trợ lý AI): chữ đậm \
`**…**`, chữ nghiêng `*…*` (kể cả `***…***`, có thể kéo qua vài dòng liền nhau), dấu \
tiêu đề `#`, `##`… đầu dòng, bảng Markdown (các dòng `| … | … |`, dòng kẻ `| --- | --- |`) \
và thẻ xuống dòng `<br>`. Trong Word những ký hiệu này hiện nguyên văn, không thành chữ \
đậm, tiêu đề hay bảng. Mỗi cặp dấu nhấn, mỗi dấu tiêu đề, mỗi thẻ `<br>` và mỗi bảng \
(cả khối dòng) được báo một lần.\n\n\
Không bị báo: dấu `*` làm gạch đầu dòng (`* Về nhiệm vụ:`), dấu chú thích `(*)`, dòng kẻ \
`-----` (cách người soạn vẽ đường kẻ dưới tên cơ quan), các ô nối bằng ` | ` không có \
`|` ở đầu và cuối dòng (bản xuất từ Word).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I (spec §3) quy định chữ đậm, nghiêng, cỡ chữ bằng định \
dạng của văn bản, không bằng ký tự; ký hiệu Markdown còn sót là lỗi trình bày (spec §6). \
Văn bản chép từ trang luật trực tuyến (bảng `| … |`, `*…*`) cũng bị báo: dán nguyên vào \
bản dự thảo thì các ký hiệu đó hiện ra trong Word. Mức cảnh báo (`warning`): chữ vẫn đúng, \
chỉ có ký hiệu thừa.\n\n\
## Ví dụ\n\
`**TL. CHỦ TỊCH**`, `(*Trình Ban Thường vụ Tỉnh ủy*)`, `## II. NỘI DUNG`, \
`| Số: 467/TB-VPCP | *Hà Nội, ngày 14 tháng 10 năm 2024* |`.\n\n\
## Sửa\n\
An toàn (`safe`) với dấu nhấn và dấu tiêu đề: xóa các dấu, giữ nguyên chữ. **Không an \
toàn** (`unsafe`) với `<br>` (thay bằng xuống dòng có thể chuyển chữ sang thành phần khác) và \
với bảng: mỗi ô (và mỗi dòng `<br>` \
trong ô) được đưa thành một dòng riêng theo thứ tự đọc, dòng kẻ bị bỏ, dấu nhấn trong ô bị \
xóa; chữ không mất nhưng bố cục hai cột (tên cơ quan bên trái, Quốc hiệu bên phải) phải \
được trình bày lại trong Word, nên người soạn cần xem lại."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let text = doc.text;
    // Only the lines with a Markdown character are read (memchr-fast searches).
    let mut flags: Vec<bool> = Vec::new();
    for ch in ['*', '#', '|', '<'] {
        for (p, _) in text.match_indices(ch) {
            if flags.is_empty() {
                flags = vec![false; doc.lines.len()];
            }
            if let Some(f) = flags.get_mut(doc.line_of(p)) {
                *f = true;
            }
        }
    }
    let marked: Vec<usize> = flags
        .iter()
        .enumerate()
        .filter_map(|(n, f)| f.then_some(n))
        .collect();
    if marked.is_empty() {
        return;
    }
    let mut open: Vec<Run> = Vec::new();
    let mut last_line: Option<usize> = None;
    let mut table: Option<(usize, usize)> = None;
    for &n in &marked {
        let Some(line) = doc.lines.get(n) else {
            continue;
        };
        let s = doc.slice(line.range);
        if is_table_row(s) {
            table = match table {
                Some((first, last)) if last + 1 == n => Some((first, n)),
                Some((first, last)) => {
                    report_table(doc, cx, first, last);
                    Some((n, n))
                }
                None => Some((n, n)),
            };
            open.clear();
            continue;
        }
        if let Some((first, last)) = table.take() {
            report_table(doc, cx, first, last);
        }
        // An emphasis does not cross a blank line nor run over more than three lines.
        if let Some(l) = last_line.filter(|_| !open.is_empty()) {
            let blank_between = doc
                .lines
                .get(l + 1..n)
                .unwrap_or_default()
                .iter()
                .any(|x| doc.slice(x.range).trim().is_empty());
            if blank_between || n > l + 3 {
                open.clear();
            }
        }
        heading(cx, line.range.start, s);
        breaks(cx, line.range.start, s);
        for run in star_runs(line.range.start, s) {
            if run.can_close {
                if let Some(k) = open.iter().rposition(|o| o.len == run.len) {
                    if let Some(opener) = open.get(k).copied() {
                        open.truncate(k);
                        report_emphasis(cx, opener, run);
                        continue;
                    }
                }
            }
            if run.can_open {
                open.push(run);
                last_line = Some(n);
            }
        }
    }
    if let Some((first, last)) = table {
        report_table(doc, cx, first, last);
    }
}

/// A run of 1–3 asterisks that may open or close an emphasis.
#[derive(Debug, Clone, Copy)]
struct Run {
    start: usize,
    len: usize,
    can_open: bool,
    can_close: bool,
}

/// The asterisk runs of a line (`base`: the line's offset in the text).
fn star_runs(base: usize, s: &str) -> Vec<Run> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0usize;
    while let Some(p) = bytes
        .get(i..)
        .and_then(|rest| rest.iter().position(|b| *b == b'*'))
    {
        let start = i + p;
        let len = bytes
            .get(start..)
            .and_then(|rest| rest.iter().position(|b| *b != b'*'))
            .unwrap_or(bytes.len() - start);
        i = start + len;
        if len > 3 {
            continue;
        }
        let prev = s.get(..start).and_then(|x| x.chars().next_back());
        let next = s.get(start + len..).and_then(|x| x.chars().next());
        // Opens before a word or an opening quote, after a space, an opening bracket or quote.
        let can_open = next.is_some_and(|c| c.is_alphanumeric() || "“\"‘'([".contains(c))
            && prev.is_none_or(|c| c.is_whitespace() || "(“\"‘'[-–".contains(c));
        // Closes after a word or closing punctuation, before a space or punctuation.
        // A combining mark (NFD text) ends a word like the letter it belongs to.
        let can_close = prev
            .is_some_and(|c| c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c) || ".,;:!?)”\"’']…".contains(c))
            && next.is_none_or(|c| !c.is_alphanumeric());
        out.push(Run {
            start: base + start,
            len,
            can_open,
            can_close,
        });
    }
    out
}

fn report_emphasis(cx: &mut Context, open: Run, close: Run) {
    let range = TextRange::new(open.start, close.start + close.len);
    let (vi, en) = match open.len {
        1 => ("chữ nghiêng “*…*”", "italics “*…*”"),
        2 => ("chữ đậm “**…**”", "bold “**…**”"),
        _ => ("chữ đậm nghiêng “***…***”", "bold italics “***…***”"),
    };
    let msg = cx.tr(
        format!("Còn sót dấu Markdown {vi}: Word không hiểu các dấu “*”"),
        format!("Stray Markdown {en}: Word shows the asterisks as they are"),
    );
    let title = cx.tr("Xóa các dấu “*”", "Remove the asterisks");
    let edits = vec![
        Edit {
            range: TextRange::new(open.start, open.start + open.len),
            new_text: String::new(),
        },
        Edit {
            range: TextRange::new(close.start, close.start + close.len),
            new_text: String::new(),
        },
    ];
    cx.report(range, msg)
        .with_edits(title, Applicability::Safe, edits);
}

/// `## II. NỘI DUNG`: a heading marker at the start of a line.
fn heading(cx: &mut Context, base: usize, s: &str) {
    let lead = s.len() - s.trim_start_matches(' ').len();
    if lead > 3 {
        return;
    }
    let rest = s.get(lead..).unwrap_or("");
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    if !(1..=6).contains(&hashes) {
        return;
    }
    let after = rest.get(hashes..).unwrap_or("");
    let spaces = after.len() - after.trim_start_matches([' ', '\t']).len();
    if spaces == 0 || after.trim().is_empty() {
        return;
    }
    let range = TextRange::new(base + lead, base + lead + hashes + spaces);
    let msg = cx.tr(
        "Còn sót dấu tiêu đề Markdown “#” đầu dòng",
        "Stray Markdown heading marker “#” at the start of the line",
    );
    let title = cx.tr("Xóa dấu “#”", "Remove the “#”");
    cx.report(range, msg)
        .with_fix(title, Applicability::Safe, range, String::new());
}

/// `<br>`, `<br/>`, `<br />` (any case) outside tables.
fn breaks(cx: &mut Context, base: usize, s: &str) {
    for (at, len) in br_tags(s) {
        let range = TextRange::new(base + at, base + at + len);
        let msg = cx.tr(
            "Còn sót thẻ xuống dòng “<br>”",
            "Stray line-break tag “<br>”",
        );
        let title = cx.tr("Thay “<br>” bằng xuống dòng", "Replace “<br>” with a line break");
        // Unsafe: a new line can move text into another component (a signature line
        // no longer next to its name), so a human looks first.
        cx.report(range, msg)
            .with_fix(title, Applicability::Unsafe, range, "\n".to_string());
    }
}

/// Positions and lengths of the `<br>` tags of `s`.
fn br_tags(s: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0usize;
    while let Some(p) = bytes.get(i..).and_then(|r| r.iter().position(|b| *b == b'<')) {
        let at = i + p;
        i = at + 1;
        let rest = bytes.get(at + 1..).unwrap_or_default();
        if !(rest.len() >= 2 && rest.get(..2).is_some_and(|b| b.eq_ignore_ascii_case(b"br"))) {
            continue;
        }
        let mut j = 2;
        while rest.get(j) == Some(&b' ') {
            j += 1;
        }
        if rest.get(j) == Some(&b'/') {
            j += 1;
        }
        if rest.get(j) == Some(&b'>') {
            out.push((at, j + 2));
            i = at + j + 2;
        }
    }
    out
}

/// A Markdown table row: `| … |` (leading spaces allowed).
fn is_table_row(s: &str) -> bool {
    let t = s.trim();
    t.len() >= 2 && t.starts_with('|') && t.ends_with('|')
}

/// A separator row `| --- | :---: |`.
fn is_separator(cells: &[&str]) -> bool {
    cells.iter().all(|c| {
        let c = c.trim();
        !c.is_empty() && c.trim_matches(':').chars().all(|ch| ch == '-') && c.contains("---")
    })
}

/// Report the table on lines `first..=last` with its unsafe conversion to plain lines.
fn report_table(doc: &Document, cx: &mut Context, first: usize, last: usize) {
    let (Some(a), Some(b)) = (doc.lines.get(first), doc.lines.get(last)) else {
        return;
    };
    let range = TextRange::new(a.range.start, b.range.end);
    let mut out: Vec<String> = Vec::new();
    for line in doc.lines.get(first..=last).unwrap_or_default() {
        let t = doc.slice(line.range).trim();
        let inner = t
            .strip_prefix('|')
            .and_then(|x| x.strip_suffix('|'))
            .unwrap_or(t);
        let cells: Vec<&str> = inner.split('|').collect();
        if is_separator(&cells) {
            continue;
        }
        for cell in cells {
            let mut piece = cell.to_string();
            for (at, len) in br_tags(cell).into_iter().rev() {
                piece.replace_range(at..at + len, "\n");
            }
            for part in piece.split('\n') {
                let plain = strip_stars(part);
                let plain = plain.trim();
                if !plain.is_empty() {
                    out.push(plain.to_string());
                }
            }
        }
    }
    let rows = last - first + 1;
    let msg = cx.tr(
        format!("Còn sót bảng Markdown ({rows} dòng “| … |”): Word không hiểu bảng viết bằng dấu “|”"),
        format!("Stray Markdown table ({rows} “| … |” lines): Word shows the pipes as they are"),
    );
    let title = cx.tr(
        "Đưa mỗi ô của bảng thành một dòng",
        "Put each table cell on its own line",
    );
    cx.report(range, msg)
        .with_fix(title, Applicability::Unsafe, range, out.join("\n"));
}

/// A cell's text without its emphasis asterisks (a footnote mark `(*)` stays).
fn strip_stars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '*' && !(prev == Some('(') && chars.peek() == Some(&')')) {
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    out
}
