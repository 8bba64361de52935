//! TT470 `chuan-unicode`: Vietnamese letters written as a base letter plus combining marks
//! (NFD, as macOS and some converters produce) instead of precomposed characters (NFC). Also
//! home of `nfc`, the composed form of a word that the other spelling rules compare.

use std::borrow::Cow;

use crate::body::spelling::{has_combining, is_combining, words};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::fold::{fold_char, Folding};
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::quoc_hieu_sai_chu::compose;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT470",
        name: "chuan-unicode",
        component: ComponentKind::VanBan,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Văn bản không ở dạng Unicode dựng sẵn (NFC)",
        summary_en: "The text is not in precomposed Unicode (NFC)",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Chữ tiếng Việt có dấu được viết bằng chữ cái gốc cộng các dấu kết hợp rời (Unicode tổ \
hợp, dạng NFD: `o` + `̣` + `̂` thay cho `ộ`) thay vì ký tự dựng sẵn (NFC). Văn bản soạn \
trên macOS, hoặc chép qua một số trình chuyển mã, thường ở dạng này; nhìn trên màn hình \
giống hệt nhưng tìm kiếm, sắp xếp, đếm ký tự và so khớp đều sai. Văn bản trộn hai dạng \
cũng bị báo. Báo **một lần** cho cả văn bản, tại từ đầu tiên bị ảnh hưởng, kèm số từ.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục I (spec §3): văn bản dùng bộ mã ký tự chữ Việt \
Unicode theo TCVN 6909:2001. TCVN 6909:2001 dùng ký tự dựng sẵn; dạng tổ hợp là một cách \
mã hóa khác của cùng chữ, nên cần chuẩn hóa về NFC.\n\n\
## Ví dụ\n\
`Co\\u0302\\u0323ng ho\\u0300a` (NFD) thay cho `Cộng hòa`.\n\n\
## Sửa\n\
An toàn (`safe`): thay từng từ có dấu rời bằng chính từ đó ở dạng dựng sẵn — cùng chữ, \
cùng dấu, chỉ khác cách mã hóa. Dấu kết hợp không tạo thành chữ tiếng Việt được giữ \
nguyên."),
    },
    check,
};

/// A word in composed form (NFC) for comparison; borrowed when it has no combining mark.
pub(super) fn nfc(word: &str) -> Cow<'_, str> {
    if has_combining(word) {
        Cow::Owned(compose(word))
    } else {
        Cow::Borrowed(word)
    }
}

fn check(doc: &Document, cx: &mut Context) {
    if !has_combining(doc.text) {
        return;
    }
    let mut edits: Vec<Edit> = Vec::new();
    let all = TextRange::new(0, doc.text.len());
    for w in words(doc.text, all) {
        let word = doc.slice(w);
        if !word.chars().any(is_combining) {
            continue;
        }
        let composed = compose(word);
        if composed != word {
            edits.push(Edit {
                range: w,
                new_text: composed,
            });
        }
    }
    let Some(first) = edits.first().map(|e| e.range) else {
        return;
    };
    // Precomposed Vietnamese letters elsewhere (`ộ`, not `đ`, which has no decomposed
    // form): the text mixes both forms.
    let mixed = doc.text.chars().any(|c| {
        !c.is_ascii()
            && c != 'đ'
            && c != 'Đ'
            && matches!(fold_char(c), Folding::Char(b) if b.is_ascii_alphabetic())
    });
    let n = edits.len();
    let msg = if mixed {
        cx.tr(
            format!("Văn bản trộn lẫn Unicode dựng sẵn và tổ hợp: {n} từ viết dấu rời (NFD), cần chuẩn hóa về dạng dựng sẵn (NFC)"),
            format!("The text mixes precomposed and decomposed Unicode: {n} word(s) have separate combining marks (NFD) and should be precomposed (NFC)"),
        )
    } else {
        cx.tr(
            format!("Văn bản ở dạng Unicode tổ hợp (NFD): {n} từ viết dấu rời, cần chuẩn hóa về dạng dựng sẵn (NFC)"),
            format!("The text is in decomposed Unicode (NFD): {n} word(s) have separate combining marks and should be precomposed (NFC)"),
        )
    };
    let title = cx.tr(
        "Chuyển về Unicode dựng sẵn (NFC)",
        "Convert to precomposed Unicode (NFC)",
    );
    cx.report(first, msg)
        .with_edits(title, Applicability::Safe, edits);
}
