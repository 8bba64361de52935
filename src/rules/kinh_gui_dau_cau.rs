//! TT311 `kinh-gui-dau-cau`: the form of `Kính gửi:` and its list of recipients.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::noi_nhan_dau_cau::{check_punctuation, read, ListKind};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT311",
        name: "kinh-gui-dau-cau",
        component: ComponentKind::KinhGui,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Danh sách Kính gửi: mỗi dòng “- …;”, dòng cuối kết thúc bằng dấu chấm",
        summary_en: "Kính gửi list: each line “- …;”, the last ending with a period",
        spec: "§1.9",
        docs: docs!("## Kiểm tra gì\n\
Chữ `Kính gửi` có dấu hai chấm. Khi gửi từ hai nơi trở lên, mỗi nơi một dòng bắt đầu \
bằng `- `, kết thúc bằng `;`, dòng cuối kết thúc bằng `.`. Danh sách bị dồn thành một \
dòng khi trích xuất (`Kính gửi: | - Sở Công Thương; - Sở Tư pháp.`) vẫn được tách thành \
từng nơi nhận. Mỗi dòng sai chỉ báo một lần, ở cuối dòng.\n\n\
Khi chỉ có một nơi nhận (`Kính gửi: Bộ Nội vụ`), Nghị định không quy định dấu cuối dòng: \
không kiểm tra (có dấu chấm hay không đều được).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9a (spec §1.9): “Kính gửi”, dấu hai chấm, tên \
cơ quan nhận cùng dòng nếu gửi một nơi; gửi hai nơi trở lên thì mỗi nơi một dòng, đầu \
dòng có gạch đầu dòng, cuối dòng có dấu chấm phẩy, dòng cuối cùng có dấu chấm.\n\n\
## Ví dụ\n\
```\nKính gửi:\n- Sở Công Thương,\n- Sở Tư pháp\n```\n\
báo hai dòng: `,` thay cho `;`, và thiếu `.` ở dòng cuối.\n\n\
## Sửa\n\
An toàn (`safe`): thêm dấu hai chấm sau `Kính gửi`; thay `,`/`.` cuối dòng bằng `;` hoặc \
thêm `;`; thay `;`/`,` ở dòng cuối bằng `.` hoặc thêm `.`; thay `–`, `•` đầu dòng bằng \
`-`; thêm `- ` cho dòng đứng riêng mà thiếu gạch đầu dòng. Không sửa khi nơi nhận đầu \
tiên nằm cùng dòng với `Kính gửi:` (phải tách dòng) hoặc dòng kết thúc bằng dấu khác."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(list) = read(doc, ComponentKind::KinhGui) else {
        return;
    };
    check_colon(doc, cx, list.label);
    if list.items.len() >= 2 {
        check_punctuation(doc, cx, &list.items, ListKind::KinhGui, true);
    }
}

/// `Kính gửi` opening its line and followed by the recipient without a colon.
fn check_colon(doc: &Document, cx: &mut Context, label: TextRange) {
    let text = doc.slice(label);
    if text.contains(':') {
        return;
    }
    // Only a label that opens its cell: “… kính gửi …” inside a sentence is not one.
    if !doc.cells.iter().any(|c| c.range.start == label.start) {
        return;
    }
    let msg = cx.tr(
        "Thiếu dấu hai chấm sau “Kính gửi”",
        "The colon after “Kính gửi” is missing",
    );
    let title = cx.tr("Thêm dấu hai chấm", "Add the colon");
    let end = label.start + text.trim_end().len();
    cx.report(label, msg).with_fix(
        title,
        Applicability::Safe,
        TextRange::empty(end),
        ":".to_string(),
    );
}
