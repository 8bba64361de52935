//! TT304 `vv-co-dau-hai-cham`: `V/v:` with a colon; the summary follows `V/v` directly.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::vv_sai_loai_van_ban::vv_at;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT304",
        name: "vv-co-dau-hai-cham",
        component: ComponentKind::TrichYeu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "“V/v:” có dấu hai chấm (viết “V/v …”)",
        summary_en: "“V/v:” with a colon",
        spec: "§1.5",
        docs: docs!("## Kiểm tra gì\n\
Trích yếu công văn viết `V/v:` (có dấu hai chấm, kể cả `V/v :`) thay cho `V/v` rồi đến \
nội dung.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.5b (spec §1.5, §6 mục 10): trích yếu công văn \
được trình bày sau chữ “V/v” (ví dụ `V/v nâng bậc lương năm 2019`), không có dấu hai \
chấm.\n\n\
## Ví dụ\n\
`V/v: hướng dẫn thực hiện Nghị định số 30/2020/NĐ-CP`\n\n\
## Sửa\n\
An toàn (`safe`): bỏ dấu hai chấm, giữ một dấu cách giữa `V/v` và nội dung."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let Some(ty) = doc.get(ComponentKind::TrichYeu) else {
        return;
    };
    let Some(vv) = vv_at(doc, ty.first()) else {
        return;
    };
    let tail = doc.text.get(vv.end..ty.first().end).unwrap_or("");
    let spaces = tail.len() - tail.trim_start().len();
    if !tail.trim_start().starts_with(':') {
        return;
    }
    let colon = TextRange::new(vv.end + spaces, vv.end + spaces + 1);
    let after = tail.get(spaces + 1..).unwrap_or("");
    let end = colon.end + (after.len() - after.trim_start().len());
    let msg = cx.tr(
        "Thừa dấu hai chấm sau “V/v”",
        "Superfluous colon after “V/v”",
    );
    let title = cx.tr("Bỏ dấu hai chấm sau “V/v”", "Remove the colon after “V/v”");
    cx.report(colon, msg).with_fix(
        title,
        Applicability::Safe,
        TextRange::new(vv.end, end),
        " ".to_string(),
    );
}
