//! TT205 `sai-chu-so`: `Số:` is miswritten (case, colon, space before the number).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::quoc_hieu_sai_chu::Wording;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT205",
        name: "sai-chu-so",
        component: ComponentKind::SoKyHieu,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Chữ “Số:” viết sai (hoa/thường, dấu hai chấm, dấu cách trước số)",
        summary_en: "“Số:” is miswritten (case, colon, space before the number)",
        spec: "§1.3",
        docs: docs!("## Kiểm tra gì\n\
Dòng số, ký hiệu mở đầu bằng `Số:` viết đúng như sau: chữ `S` hoa, `ố` thường, dấu hai \
chấm liền ngay sau (không có dấu cách trước dấu hai chấm), rồi một dấu cách trước con \
số. Bị báo: `SỐ:`, `số:`, `So:`, `Số :`, `Số 05/…` (thiếu dấu hai chấm), `Số:6791/…` \
(thiếu dấu cách sau dấu hai chấm). Văn bản không có dấu tiếng Việt nào (bản trích mất \
dấu) thì `So:` được coi là `Số:`.\n\n\
Quy tắc này giữ cả dấu cách *giữa* `Số:` và con số (nó thuộc cách viết nhãn `Số:`); \
dấu cách *bên trong* số và ký hiệu (`831 /TB-UBND`) là việc của TT207. Khi số để trống \
(bản dự thảo `Số:      /TB-UBND`), chỉ xét chữ `Số` và dấu hai chấm: khoảng trống là \
chỗ văn thư điền số (TT112). Nhiều dấu cách giữa `Số:` và con số không bị báo: bản \
trích từ PDF hay giãn dấu cách, không phân biệt được với lỗi gõ.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.3 (spec §1.3, §6 mục 6): từ “Số” được trình \
bày bằng chữ in thường, chữ cái đầu viết hoa, sau có dấu hai chấm; mẫu trình bày là \
`Số: 05/QĐ-UBND`.\n\n\
## Ví dụ\n\
`SỐ: 05/QĐ-UBND` → `Số: 05/QĐ-UBND`; `Số:6791/SNNMT-KHTC` → `Số: 6791/SNNMT-KHTC`.\n\n\
## Sửa\n\
Viết lại `Số:` đúng mẫu (thay chữ, bỏ dấu cách trước dấu hai chấm, thêm dấu hai chấm \
hoặc dấu cách còn thiếu). An toàn (`safe`): nhãn `Số:` là chuỗi cố định."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::SoKyHieu).is_none() {
        return;
    }
    let Some(so) = doc.so_ky_hieu else { return };
    let label = so.label;
    let label_text = doc.slice(label);
    let after = doc.text.get(label.end..so.range.end).unwrap_or("");
    let gap_before_colon = after.len() - after.trim_start().len();
    let colon = after
        .get(gap_before_colon..)
        .filter(|s| s.starts_with(':'))
        .map(|_| label.end + gap_before_colon);

    let mut ranges: Vec<TextRange> = Vec::new();
    let mut edits: Vec<Edit> = Vec::new();
    let mut vi: Vec<String> = Vec::new();
    let mut en: Vec<String> = Vec::new();

    let wording = Wording::of(doc);
    if wording.norm(label_text) != wording.norm("Số") {
        ranges.push(label);
        edits.push(Edit {
            range: label,
            new_text: wording.replacement("Số", label_text),
        });
        vi.push(format!("viết “{label_text}” thay cho “Số”"));
        en.push(format!("“{label_text}” instead of “Số”"));
    }
    // Where the number may start: after the colon, else after the label.
    let label_end = match colon {
        Some(at) if gap_before_colon > 0 => {
            ranges.push(TextRange::new(label.end, at + 1));
            edits.push(Edit {
                range: TextRange::new(label.end, at),
                new_text: String::new(),
            });
            vi.push("có dấu cách trước dấu hai chấm".into());
            en.push("a space before the colon".into());
            at + 1
        }
        Some(at) => at + 1,
        None => label.end,
    };
    let number = so.number;
    let glued = number.value.is_some() && number.range.start == label_end;
    match (colon, glued) {
        (None, true) => {
            ranges.push(label);
            edits.push(Edit {
                range: TextRange::empty(label.end),
                new_text: ": ".into(),
            });
            vi.push("thiếu dấu hai chấm và dấu cách trước số".into());
            en.push("no colon and no space before the number".into());
        }
        (None, false) => {
            ranges.push(label);
            edits.push(Edit {
                range: TextRange::empty(label.end),
                new_text: ":".into(),
            });
            vi.push("thiếu dấu hai chấm sau “Số”".into());
            en.push("no colon after “Số”".into());
        }
        (Some(at), true) => {
            ranges.push(TextRange::new(at, at + 1));
            edits.push(Edit {
                range: TextRange::empty(number.range.start),
                new_text: " ".into(),
            });
            vi.push("thiếu dấu cách giữa “Số:” và số".into());
            en.push("no space between “Số:” and the number".into());
        }
        (Some(_), false) => {}
    }
    let (Some(start), Some(end)) = (
        ranges.iter().map(|r| r.start).min(),
        ranges.iter().map(|r| r.end).max(),
    ) else {
        return;
    };
    let msg = cx.tr(
        format!("Sai cách viết “Số:”: {}", vi.join("; ")),
        format!("“Số:” is miswritten: {}", en.join("; ")),
    );
    let title = cx.tr("Viết đúng “Số:”", "Write “Số:” correctly");
    cx.report(TextRange::new(start, end), msg)
        .with_edits(title, Applicability::Safe, edits);
}
