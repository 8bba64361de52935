//! TT442 `viet-hoa-danh-tu-chung`: a common noun is capitalised inside a sentence
//! (`Lãnh đạo UBND tỉnh`, `các Nghị quyết của Tỉnh ủy`, `Hợp tác xã có …`).

use crate::body::names::{
    after_title_word, common_noun_at, in_cited_title, one_line, plural_doc_type_at, position_at,
    recase_first, Case, Noun, Sep, Word,
};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::viet_hoa_co_quan::{walk_body, Spelling};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT442",
        name: "viet-hoa-danh-tu-chung",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Danh từ chung bị viết hoa giữa câu (Lãnh đạo, Hợp tác xã, các Nghị quyết)",
        summary_en: "A common noun is capitalised inside a sentence (Lãnh đạo, Hợp tác xã, các Nghị quyết)",
        spec: "§4.4",
        docs: docs!("## Kiểm tra gì\n\
Trong câu (sau một chữ, một số hoặc dấu phẩy trên cùng dòng):\n\
- danh từ chung viết hoa: `Lãnh đạo UBND tỉnh`, `cán bộ`, `công chức`, `viên chức`; \
`Hợp tác xã`, `Doanh nghiệp` khi không có tên riêng theo sau (`Hợp tác xã có Giấy chứng \
nhận …`, nhưng `Hợp tác xã Nông nghiệp Tân Thành`, `Doanh nghiệp tư nhân Thành Hương` \
là tên riêng);\n\
- tên loại văn bản viết hoa khi nói chung, số nhiều: `các Nghị quyết của Tỉnh ủy`, \
`các Nghị định của Chính phủ`. Tên loại của một văn bản cụ thể viết hoa là đúng: \
`Nghị quyết số 42/NQ-CP`, `các Thông báo kết luận số 09/TB-VPCP, số 328/TB-VPCP`, \
`Luật Hộ tịch`, `Quyết định này`.\n\n\
Không xét: đầu dòng, đầu câu, sau dấu hai chấm, trong ngoặc kép; trích yếu của một văn \
bản được dẫn trước đó trong cùng câu (`Nghị định số 17/2020/NĐ-CP … sửa đổi một số điều \
của các Nghị định liên quan …` chép đúng tên văn bản đã ban hành); chữ đứng đầu tên một \
văn bản hay một cơ quan (`Luật Cán bộ, công chức`, `Ban Lãnh đạo`); chức vụ (`Thủ trưởng`, \
`Chủ tịch` — Phụ lục II cho phép viết hoa chức vụ trước tên cơ quan); `Nhân dân`, \
`Nhà nước` (Phụ lục II viết hoa).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục V khoản 1, 3 và 6 (spec §4.4, quy tắc 10, 12, \
15; §6 mục 19): ngoài đầu câu, chỉ tên riêng, tên cơ quan, tổ chức, chức vụ, tên một văn \
bản cụ thể và các danh từ đặc biệt `Nhân dân`, `Nhà nước` được viết hoa; tên loại văn bản \
chỉ viết hoa “trong trường hợp nói đến một văn bản cụ thể”. Viết hoa danh \
từ chung (`Lãnh đạo`, `Hợp tác xã`, `các Nghị quyết`) là lỗi hay gặp. Cảnh báo \
(`warning`): cách viết của từng cơ quan khác nhau.\n\n\
## Ví dụ\n\
`tham mưu Lãnh đạo UBND tỉnh` → `lãnh đạo`; `thực hiện các Nghị quyết của Tỉnh ủy` → \
`các nghị quyết`; `đối với Hợp tác xã do UBND cấp huyện thực hiện` → `hợp tác xã`.\n\n\
## Sửa\n\
Viết thường chữ cái đầu. An toàn (`safe`) cho tên loại văn bản số nhiều (`các Nghị \
quyết` → `các nghị quyết`): không có tên riêng nào bắt đầu như vậy. Không an toàn \
(`unsafe`) cho các danh từ khác: một số cơ quan coi `Lãnh đạo` là danh xưng, người \
soạn thảo quyết định."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    walk_body(doc, cx, judge);
}

fn judge(
    doc: &Document,
    cx: &mut Context,
    words: &[Word],
    i: usize,
    spelling: Spelling,
) -> usize {
    let Some(w) = words.get(i) else {
        return i + 1;
    };
    // `các Nghị quyết …`: a kind of document, not one document.
    if let Some(d) = plural_doc_type_at(doc, words, i) {
        if let Some(first) = words.get(d.start).filter(|_| !in_cited_title(doc, words, i)) {
            let canonical = d.entry.1;
            if spelling.same(doc, first, canonical.split(' ').next().unwrap_or("")) {
                let span = span(words, d.start, d.end);
                let msg_words = one_line(doc.slice(span));
                let cac = doc.slice(w.range).to_string();
                let msg = cx.tr(
                    format!("Tên loại văn bản nói chung, số nhiều bị viết hoa: “{cac} {msg_words}” → “{cac} {canonical}”"),
                    format!("A document type named in general, in the plural, is capitalised: “{cac} {msg_words}” → “{cac} {canonical}”"),
                );
                report(doc, cx, first, span, msg, Applicability::Safe);
            }
        }
        return d.end;
    }
    if w.case != Case::Title || !w.mid_sentence() || w.quoted {
        return i + 1;
    }
    let Some(n) = common_noun_at(doc, words, i) else {
        return i + 1;
    };
    let rest_lower = words
        .get(i + 1..n.end)
        .unwrap_or(&[])
        .iter()
        .all(|x| x.case == Case::Lower);
    let named = words.get(n.end).is_some_and(|x| {
        matches!(x.sep, Sep::Space | Sep::Break) && matches!(x.case, Case::Title | Case::Upper)
    });
    if !rest_lower
        || (n.entry.kind == Noun::UnlessNamed && named)
        || after_title_word(doc, words, i)
        || position_at(doc, words, i).is_some()
        || in_cited_title(doc, words, i)
        || !spelling.same(doc, w, n.entry.canonical.split(' ').next().unwrap_or(""))
    {
        return n.end;
    }
    let span = span(words, i, n.end);
    let written = one_line(doc.slice(span));
    let right = n.entry.canonical;
    let msg = cx.tr(
        format!("Danh từ chung bị viết hoa giữa câu: “{written}” → “{right}”"),
        format!("A common noun is capitalised inside a sentence: “{written}” → “{right}”"),
    );
    report(doc, cx, w, span, msg, Applicability::Unsafe);
    n.end
}

fn span(words: &[Word], a: usize, b: usize) -> TextRange {
    let start = words.get(a).map_or(0, |w| w.range.start);
    let end = b
        .checked_sub(1)
        .and_then(|e| words.get(e))
        .map_or(start, |w| w.range.end);
    TextRange::new(start, end)
}

fn report(
    doc: &Document,
    cx: &mut Context,
    first: &Word,
    span: TextRange,
    msg: String,
    applicability: Applicability,
) {
    let Some((range, new_text)) = recase_first(doc.text, first.range, false) else {
        return;
    };
    let title = cx.tr("Viết thường chữ cái đầu", "Lower-case the first letter");
    cx.report(span, msg)
        .with_fix(title, applicability, range, new_text);
}
