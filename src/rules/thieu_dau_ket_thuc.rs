//! TT401 `thieu-dau-ket-thuc`: the body does not end with `./.`.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::trim_range;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT401",
        name: "thieu-dau-ket-thuc",
        component: ComponentKind::NoiDung,
        severity: Severity::Info,
        fix: FixAvailability::Sometimes,
        summary_vi: "Nội dung không kết thúc bằng “./.”",
        summary_en: "The body does not end with “./.”",
        spec: "§1.6",
        docs: docs!("## Kiểm tra gì\n\
Phần nội dung văn bản không kết thúc bằng dấu `./.` (ví dụ `… biết, thực hiện.` hoặc \
`Trân trọng cảm ơn.`). `…/.` của mẫu biên bản được chấp nhận. Không xét khi văn bản có \
vẻ chưa hết (không thấy chữ ký và nơi nhận, ví dụ chỉ dán trang đầu).\n\n\
## Vì sao\n\
Spec §1.6, §6 mục 17: mọi mẫu văn bản của Nghị định 30/2020/NĐ-CP, Phụ lục III kết thúc \
nội dung bằng `./.`. Đây là quy ước của mẫu ([ND30-tpl]), lời văn của Nghị định không \
quy định, nên chỉ là thông tin (`info`).\n\n\
## Ví dụ\n\
`Văn phòng Ủy ban nhân dân tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện.`\n\n\
## Sửa\n\
An toàn (`safe`): thay dấu chấm cuối bằng `./.`, thêm `.` trước `/.` khi viết `/.`, hoặc \
thêm `./.` khi câu cuối không có dấu câu. Không sửa tự động khi câu cuối kết thúc bằng \
dấu khác (`!`, `:`, `;`, `…`): người soạn thảo xem lại câu cuối."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(body) = cx.need(doc, ComponentKind::NoiDung) else {
        return;
    };
    if !doc.has(ComponentKind::NoiNhan) && !doc.has(ComponentKind::ChuKy) {
        cx.not_evaluated(
            "Văn bản có vẻ chưa hết (không thấy chữ ký, nơi nhận): không xét dấu kết thúc nội dung",
            "The text seems incomplete (no signature, no Nơi nhận): the body's end is not checked",
        );
        return;
    }
    let range = trim_range(doc.text, body.range());
    let s = doc.slice(range);
    if s.ends_with("./.") || s.ends_with("\u{2026}/.") {
        return;
    }
    let Some((pos, ch)) = s.char_indices().next_back() else {
        return;
    };
    let at = range.start + pos;
    let (flagged, fix) = if s.ends_with("/.") {
        // `thực hiện/.`: the period before the slash is missing.
        let slash = at - 1;
        (
            TextRange::new(slash, range.end),
            Some((TextRange::empty(slash), ".")),
        )
    } else if ch == '.' && !s.ends_with("..") {
        let dot = TextRange::new(at, range.end);
        (dot, Some((dot, "./.")))
    } else if ch.is_alphanumeric()
        || ('\u{300}'..='\u{36f}').contains(&ch)
        || matches!(ch, ')' | ']' | '"' | '”' | '\'' | '’')
    {
        // No final punctuation: the last word.
        let word = s
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(range.start, |(i, c)| range.start + i + c.len_utf8());
        (
            TextRange::new(word, range.end),
            Some((TextRange::empty(range.end), "./.")),
        )
    } else {
        (TextRange::new(at, range.end), None)
    };
    let msg = cx.tr(
        "Nội dung không kết thúc bằng dấu “./.”",
        "The body does not end with “./.”",
    );
    let title = match fix {
        Some((_, ".")) => cx.tr("Thêm dấu chấm trước “/.”", "Add the period before “/.”"),
        _ => cx.tr("Kết thúc nội dung bằng “./.”", "End the body with “./.”"),
    };
    let reported = cx.report(flagged, msg);
    if let Some((edit, text)) = fix {
        reported.with_fix(title, Applicability::Safe, edit, text.to_string());
    }
}
