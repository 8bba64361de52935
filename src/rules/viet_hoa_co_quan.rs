//! TT440 `viet-hoa-co-quan`: an agency's name is capitalised wrongly
//! (`Sở Nông nghiệp và phát triển nông thôn`, `Ủy ban Nhân dân`, `Bộ Công thương`).

use crate::body::names::{self, agency_at, one_line, recase_first, with_edits, Case, Word};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::quoc_hieu_sai_chu::{compose, has_diacritics};
use crate::fold::fold;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT440",
        name: "viet-hoa-co-quan",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Tên cơ quan, tổ chức viết hoa chưa đúng (Sở Nông nghiệp và Phát triển nông thôn)",
        summary_en: "An agency's name is capitalised wrongly (Sở Nông nghiệp và Phát triển nông thôn)",
        spec: "§4.4",
        docs: docs!("## Kiểm tra gì\n\
Tên cơ quan, tổ chức trong nội dung văn bản: chữ cái đầu của từ chỉ loại cơ quan \
(`Bộ`, `Sở`, `Cục`, `Tổng cục`, `Chi cục`, `Vụ`, `Ban`, `Phòng`) và của từng từ chỉ \
chức năng, lĩnh vực viết hoa, các âm tiết còn lại viết thường: `Sở Nông nghiệp và Phát \
triển nông thôn`, `Bộ Tài nguyên và Môi trường`, `Bộ Lao động - Thương binh và Xã hội`, \
`Ban Thường vụ`; `Ủy ban nhân dân`, `Hội đồng nhân dân` (không viết `Ủy ban Nhân dân`). \
`Bộ Công Thương`, `Sở Công Thương` viết hoa cả hai âm tiết như tên chính thức.\n\n\
Chỉ xét các tên có trong danh sách (lĩnh vực của các bộ, sở, phòng, ban, cục, vụ thường \
gặp), để biết chắc tên kết thúc ở đâu. Chỉ báo khi người soạn thảo đã viết tên như một tên \
riêng (một từ sau từ chỉ loại cơ quan viết hoa: `Sở Nông nghiệp và phát triển…`, \
`Ủy ban Nhân dân`; hoặc `sở Tài chính` giữa câu). `các sở, ban, ngành`, `Ban chỉ đạo các \
cấp`, `giao Sở xây dựng phương án` (cơ quan gọi tắt bằng từ chỉ loại, rồi một động từ) \
không bị báo. Tên viết in hoa toàn bộ (tiêu đề) và tên trong ngoặc kép không bị xét.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục IV khoản 1 điểm a (spec §4.4, quy tắc 8; §6 \
mục 19): tên cơ quan, tổ chức của Việt Nam viết hoa chữ cái đầu của các từ, cụm từ chỉ \
loại hình cơ quan, tổ chức và chỉ chức năng, lĩnh vực hoạt động (`Bộ Tài nguyên và Môi trường`, `Sở Tài chính`, \
`Hội đồng nhân dân tỉnh Sơn La`). Viết hoa không thống nhất tên cơ quan là lỗi hay gặp \
nhất. Cảnh báo (`warning`) vì danh sách tên không đầy đủ.\n\n\
## Ví dụ\n\
`Sở Nông nghiệp và phát triển nông thôn trình` → `Sở Nông nghiệp và Phát triển nông thôn \
trình`; `Ủy ban Nhân dân tỉnh` → `Ủy ban nhân dân tỉnh`.\n\n\
## Sửa\n\
An toàn (`safe`): tên đã khớp trọn vẹn một tên trong danh sách nên cách viết hoa đúng là \
chắc chắn; chỉ đổi chữ hoa, chữ thường của chữ cái đầu các âm tiết sai."),
    },
    check,
};

/// Words before a lower-case type word that make it a common noun or part of another word
/// (`các sở`, `cơ sở`, `trụ sở`, `cán bộ`, `toàn bộ`, `đồng bộ`).
const NOT_A_NAME_BEFORE: &[&str] = &[
    "bat", "buoc", "can", "cac", "co", "dong", "moi", "nhung", "noi", "so", "toan", "tru",
    "tung",
];

fn check(doc: &Document, cx: &mut Context) {
    walk_body(doc, cx, judge_at);
}

/// Judge the agency name starting at word `i`, if any; the index to go on from.
fn judge_at(doc: &Document, cx: &mut Context, words: &[Word], i: usize, spelling: Spelling) -> usize {
    match agency_at(doc, words, i) {
        Some(a) => {
            judge(doc, cx, words, &a, spelling);
            a.end
        }
        None => i + 1,
    }
}

/// How words are compared with the lists: with their diacritics, or, in a text that has
/// lost all of them (some extractions), by their letters alone.
#[derive(Clone, Copy)]
pub(super) struct Spelling {
    plain: bool,
}

impl Spelling {
    pub(super) fn of(doc: &Document) -> Spelling {
        Spelling {
            plain: !has_diacritics(doc.text),
        }
    }

    /// Whether the word as written is `canonical` up to case and Unicode form (`sở`, not
    /// `số`; `Ủy` or `Uỷ`).
    pub(super) fn same(self, doc: &Document, w: &Word, canonical: &str) -> bool {
        if self.plain {
            return names::key(doc, w) == fold(canonical);
        }
        let written = compose(doc.slice(w.range)).to_lowercase();
        let canonical = canonical.to_lowercase();
        written == canonical || (canonical == "ủy" && written == "uỷ")
    }
}

/// A word judge of the capitalisation rules: looks at word `i` of the body and returns the
/// index to go on from.
pub(super) type Judge = fn(&Document, &mut Context, &[Word], usize, Spelling) -> usize;

/// Walk the body's words with `judge` (always forward), as the capitalisation rules of
/// agencies, common nouns and place names do.
pub(super) fn walk_body(doc: &Document, cx: &mut Context, judge: Judge) {
    let Some(body) = cx.need(doc, ComponentKind::NoiDung) else {
        return;
    };
    let words = names::words(doc, body.range());
    let spelling = Spelling::of(doc);
    let mut i = 0;
    while i < words.len() {
        i = judge(doc, cx, &words, i, spelling).max(i + 1);
    }
}

fn judge(
    doc: &Document,
    cx: &mut Context,
    words: &[Word],
    a: &names::AgencyName,
    spelling: Spelling,
) {
    let Some(span) = words.get(a.start..a.end) else {
        return;
    };
    let canonical: Vec<&str> = a.canonical().collect();
    if canonical.len() != span.len() || span.iter().any(|w| w.quoted) {
        return;
    }
    // The type word as written is the one in the list (`Sở`, not `Số`).
    let type_ok = span
        .iter()
        .zip(&canonical)
        .take(a.type_len)
        .all(|(w, c)| spelling.same(doc, w, c));
    if !type_ok {
        return;
    }
    // Headings in capitals, odd casing: not judged.
    if span.iter().any(|w| !matches!(w.case, Case::Title | Case::Lower)) {
        return;
    }
    let (Some(first), Some(name_words)) = (span.first(), span.get(a.type_len..)) else {
        return;
    };
    let name_has_capital = name_words.iter().any(|w| w.case == Case::Title);
    let flagged: Vec<usize> = match first.case {
        // `sở Tài chính`: only the type word is wrong, and only when the name is written as
        // a name and nothing before makes `sở` a common noun.
        Case::Lower => {
            let before = a
                .start
                .checked_sub(1)
                .and_then(|p| words.get(p))
                .map(|w| names::key(doc, w));
            let name_right = name_words
                .iter()
                .zip(canonical.iter().skip(a.type_len))
                .all(|(w, c)| (w.case == Case::Title) == starts_upper(c));
            if a.name.is_empty()
                || !first.mid_sentence()
                || !name_has_capital
                || !name_right
                || before.is_some_and(|b| NOT_A_NAME_BEFORE.contains(&b))
            {
                return;
            }
            (0..a.type_len).collect()
        }
        _ => {
            // A capitalised type word, then only lower case: a common noun (`Ban chỉ đạo các
            // cấp …`), or the body named by its type word alone before a verb (`giao Sở xây
            // dựng phương án`, `Ban quản lý chặt chẽ`), as likely as a name.
            if !span.iter().skip(1).any(|w| w.case == Case::Title) {
                return;
            }
            span.iter()
                .zip(&canonical)
                .enumerate()
                .skip(1)
                .filter(|(_, (w, c))| (w.case == Case::Title) != starts_upper(c))
                .map(|(k, _)| k)
                .collect()
        }
    };
    let edits: Vec<(TextRange, String)> = flagged
        .iter()
        .filter_map(|&k| {
            let w = span.get(k)?;
            let upper = starts_upper(canonical.get(k)?);
            recase_first(doc.text, w.range, upper)
        })
        .collect();
    if edits.is_empty() {
        return;
    }
    let (Some(lo), Some(hi)) = (
        flagged.first().and_then(|&k| span.get(k)),
        flagged.last().and_then(|&k| span.get(k)),
    ) else {
        return;
    };
    let whole = TextRange::new(
        first.range.start,
        span.last().map_or(first.range.end, |w| w.range.end),
    );
    let written = one_line(doc.slice(whole));
    let right = one_line(&with_edits(doc.text, whole, &edits));
    let msg = cx.tr(
        format!("Tên cơ quan viết hoa chưa đúng: “{written}” → “{right}”"),
        format!("The agency's name is capitalised wrongly: “{written}” → “{right}”"),
    );
    let title = cx.tr(
        format!("Viết thành “{right}”"),
        format!("Write “{right}”"),
    );
    let edits = edits
        .into_iter()
        .map(|(range, new_text)| Edit { range, new_text })
        .collect();
    cx.report(TextRange::new(lo.range.start, hi.range.end), msg)
        .with_edits(title, Applicability::Safe, edits);
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}
