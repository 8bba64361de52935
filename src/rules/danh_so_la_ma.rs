//! TT432 `danh-so-la-ma`: parts and chapters (`Phần`, `Chương`) and the large sections of a
//! report-like document (`I. TIÊU ĐỀ`) take Roman numerals.

use crate::body::outline::{to_roman, Kind, Marker, Outline, Term};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT432",
        name: "danh-so-la-ma",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        summary_vi: "Phần, chương, mục lớn phải đánh số La Mã",
        summary_en: "Parts, chapters and large sections take Roman numerals",
        spec: "§4.3",
        docs: docs!("## Kiểm tra gì\n\
- `Phần`, `Chương` đánh số Ả Rập (`Phần 2`, `Chương 3`) thay cho số La Mã \
(`Phần II`, `Chương III`).\n\
- Mục lớn có tiêu đề in hoa đánh số Ả Rập (`1. MỤC ĐÍCH, YÊU CẦU`) trong văn bản không \
dùng số La Mã; hoặc, trong văn bản đã dùng số La Mã cho các mục lớn, mục có tiêu đề in \
hoa mà số Ả Rập nối tiếp dãy La Mã (`I. ĐÁNH GIÁ CHUNG`, `II. HẠN CHẾ`, `3. KIẾN NGHỊ`).\n\n\
Khoản có tiêu đề chữ thường (`1. Mục tiêu`) là khoản, không phải mục lớn; khoản có \
tiêu đề in hoa nằm dưới một mục La Mã (`I. …`, `1. CÔNG TÁC …`) cũng không bị xét.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II khoản 6 điểm đ (spec §4.3): số thứ \
tự của phần, chương dùng chữ số La Mã; bảng mẫu chữ tại Mục V (dòng 6b, bố cục phần, \
mục, khoản, điểm) trình bày mục bằng số La Mã kèm tiêu đề in hoa (`I. NHỮNG KẾT \
QUẢ…`), khoản bằng số Ả Rập (`1. Phạm vi và đối tượng áp dụng`). Bố cục \
theo mục lớn là cách trình bày của mẫu văn bản, nên là cảnh báo (`warning`).\n\n\
## Ví dụ\n\
`Phần 2` → `Phần II`; `I. KẾT QUẢ ĐẠT ĐƯỢC`, `II. HẠN CHẾ`, `3. NHIỆM VỤ` → `III. NHIỆM VỤ`.\n\n\
## Sửa\n\
`Phần`, `Chương`: thay số Ả Rập bằng số La Mã cùng giá trị, an toàn (`safe`). Mục lớn: \
không an toàn (`unsafe`), vì số La Mã đúng phụ thuộc vào thứ tự các mục lớn và các \
dẫn chiếu tới mục đó; chỉ đề xuất khi số La Mã đó nối tiếp mục La Mã trước (hoặc văn \
bản chưa có mục La Mã nào)."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    let Some(outline) = Outline::of(doc) else {
        return;
    };
    let uses_roman = outline.has(Kind::Roman);
    // Law-like documents (`Điều 1.`) number khoản `1.`; they have no large sections.
    let law_like = outline.has(Kind::Dieu);
    let mut last_roman: Option<u32> = None;
    let mut last_arabic: Option<u32> = None;
    for (n, m) in outline.markers.iter().enumerate() {
        match m.kind {
            Kind::Phan | Kind::Chuong if !m.roman => part(doc, cx, m),
            Kind::Roman => {
                last_roman = Some(m.value());
                last_arabic = None;
            }
            Kind::Number if m.depth == 1 && m.term == Term::Dot => {
                let previous = last_arabic.replace(m.value());
                if !m.upper_title || law_like {
                    continue;
                }
                if uses_roman {
                    // A large section only where the Roman sequence goes on (`II.` then
                    // `3. NHIỆM VỤ`): not a sub-section continuing `1.`, `2.` under a Roman
                    // section, not a number a later Roman section takes again.
                    let follows = last_roman.is_some_and(|r| r + 1 == m.value());
                    let continues_list = previous.is_some_and(|p| p + 1 == m.value());
                    let taken_later = outline
                        .markers
                        .iter()
                        .skip(n + 1)
                        .any(|x| x.kind == Kind::Roman && x.value() <= m.value());
                    if !follows || continues_list || taken_later {
                        continue;
                    }
                }
                let roman = to_roman(m.value());
                let shown = doc.slice(m.range).to_string();
                let msg = if uses_roman {
                    cx.tr(
                        format!(
                            "Văn bản đánh số La Mã cho các mục lớn, mục “{shown}” có tiêu đề in hoa lại đánh số Ả Rập: “{roman}.”"
                        ),
                        format!(
                            "The document numbers its large sections in Roman numerals, but section “{shown}” with an upper-case title has an Arabic number: “{roman}.”"
                        ),
                    )
                } else {
                    cx.tr(
                        format!("Mục lớn có tiêu đề in hoa đánh số Ả Rập thay cho số La Mã: “{shown}” → “{roman}.”"),
                        format!(
                            "A large section with an upper-case title has an Arabic number instead of a Roman numeral: “{shown}” → “{roman}.”"
                        ),
                    )
                };
                let title = cx.tr(
                    format!("Đánh số La Mã “{roman}.”"),
                    format!("Number it “{roman}.”"),
                );
                cx.report(m.range, msg)
                    .with_fix(title, Applicability::Unsafe, m.label, roman);
                if uses_roman {
                    last_roman = Some(m.value());
                    last_arabic = None;
                }
            }
            _ => {}
        }
    }
}

/// `Phần 2`, `Chương 3`: the numeral in Roman.
fn part(doc: &Document, cx: &mut Context, m: &Marker) {
    let roman = to_roman(m.value());
    let word = if m.kind == Kind::Phan {
        "Phần"
    } else {
        "Chương"
    };
    let shown = doc.slice(m.label).to_string();
    let msg = cx.tr(
        format!("{word} đánh số Ả Rập thay cho số La Mã: “{word} {shown}” → “{word} {roman}”"),
        format!("“{word}” has an Arabic number instead of a Roman numeral: “{word} {shown}” → “{word} {roman}”"),
    );
    let title = cx.tr(
        format!("Đổi thành “{roman}”"),
        format!("Change to “{roman}”"),
    );
    cx.report(m.label, msg)
        .with_fix(title, Applicability::Safe, m.label, roman);
}
