//! TT206 `so-thieu-chu-so-0`: a document number below 10 written without its leading zero.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT206",
        name: "so-thieu-chu-so-0",
        component: ComponentKind::SoKyHieu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Số văn bản nhỏ hơn 10 thiếu số 0 đứng trước",
        summary_en: "A number below 10 lacks its leading zero",
        spec: "§1.3",
        docs: docs!("## Kiểm tra gì\n\
Số của văn bản từ 1 đến 9 phải có số 0 đứng trước: `Số: 05/QĐ-UBND`, không phải \
`Số: 5/QĐ-UBND`. Số để trống (bản dự thảo) thuộc TT112, không xét ở đây.\n\n\
Với số dạng văn bản quy phạm pháp luật có năm (`Số: 5/2020/QĐ-TTg`), cách đánh số do \
văn bản khác (không phải Nghị định 30) quy định; thực tế vẫn viết `05/2020/…`, nên chỉ \
báo cảnh báo (`warning`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.3 và Điều 15 (spec §1.3, §6 mục 5): số của \
văn bản ghi bằng chữ số Ả Rập; số nhỏ hơn 10 phải ghi thêm số 0 phía trước; số bắt đầu \
từ 01 vào ngày 01 tháng 01 hằng năm.\n\n\
## Ví dụ\n\
`Số: 5/TB-UBND` → `Số: 05/TB-UBND`.\n\n\
## Sửa\n\
Thêm số 0 trước con số. An toàn (`safe`): giá trị số không đổi, chỉ thêm chữ số 0."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::SoKyHieu).is_none() {
        return;
    }
    let Some(so) = doc.so_ky_hieu else { return };
    let Some(value) = so.number.value else { return };
    let written = doc.slice(so.number.range);
    if !(1..=9).contains(&value) || written.len() != 1 {
        return;
    }
    let padded = format!("0{written}");
    let msg = cx.tr(
        format!("Số văn bản nhỏ hơn 10 phải có số 0 đứng trước: “{padded}”"),
        format!("A document number below 10 takes a leading zero: “{padded}”"),
    );
    let title = cx.tr(
        format!("Thêm số 0: “{padded}”"),
        format!("Add the leading zero: “{padded}”"),
    );
    let reported = if so.year.is_some() {
        cx.report_with(so.number.range, Severity::Warning, msg)
    } else {
        cx.report(so.number.range, msg)
    };
    reported.with_fix(title, Applicability::Safe, so.number.range, padded);
}
