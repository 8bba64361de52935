//! TT421 `so-ky-hieu-trich-dan-sai`: the number/symbol of a cited document is miswritten:
//! spaces typed inside it (`5085 /SCT-VP`, `QĐ - UBND`), the dash between type and issuer
//! missing (`181/2024/NĐCP`), a wrong type abbreviation (`QYĐ`), or an abbreviation that is
//! not the cited type's (`Quyết định số 12/NQ-CP`).

use crate::body::citations::{Citation, Shape};
use crate::body::dates;
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT421",
        name: "so-ky-hieu-trich-dan-sai",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        summary_vi: "Số, ký hiệu văn bản được dẫn chiếu viết sai",
        summary_en: "The number and symbol of a cited document are miswritten",
        spec: "§4.1",
        docs: docs!("## Kiểm tra gì\n\
Số, ký hiệu của văn bản được dẫn chiếu trong nội dung (`42/NQ-CP`, `15/2020/QĐ-TTg`, \
`20-NQ/TU`):\n\
- có dấu cách gõ chen vào giữa (`5085 /SCT-VP`, `05 / QĐ-UBND`, `QĐ - UBND`). Ký hiệu \
bị ngắt dòng sau dấu gạch nối (`1883/QĐ-` xuống dòng `UBND`, do trích xuất PDF) không bị \
báo; dấu cách sau ký hiệu (`627/BYT-BH  ngày`) không thuộc ký hiệu;\n\
- thiếu dấu gạch nối giữa tên loại và cơ quan ban hành (`181/2024/NĐCP`, `QĐTTg`);\n\
- dùng chữ viết tắt tên loại sai (`QYĐ` thay cho `QyĐ`, `QCh` thay cho `QC`, `DAn` thay \
cho `DA`);\n\
- chữ viết tắt tên loại trong ký hiệu không phải của tên loại đứng trước \
(`Quyết định số 12/NQ-CP`, `Thông báo số 05/KH-UBND`). Không xét công văn, văn bản (ký \
hiệu bắt đầu bằng tên cơ quan), nghị quyết và luật của Quốc hội (`43/2017/QH14`), văn bản \
của Đảng (`20-NQ/TU`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.3 và II.6.b (spec §1.3, §4.1, §5.2, §6 mục 6–7): \
số và ký hiệu viết liền, ngăn bằng `/` và `-`, không có dấu cách; chữ viết tắt tên loại \
theo Phụ lục III. Số, ký hiệu sai làm không tra được văn bản được dẫn chiếu. Vì ký hiệu \
của văn bản khác phải chép đúng như khi nó được ban hành, quy tắc chỉ cảnh báo \
(`warning`).\n\n\
## Ví dụ\n\
`Công văn số 5085 /SCT-VP` → `5085/SCT-VP`; `Nghị định số 181/2024/NĐCP` → \
`181/2024/NĐ-CP`; `Quy định số 03/QYĐ-UBND` → `QyĐ`; `Quyết định số 12/NQ-CP`: kiểm tra \
lại tên loại hoặc ký hiệu.\n\n\
## Sửa\n\
An toàn (`safe`): bỏ dấu cách trong ký hiệu; thêm dấu gạch nối vào `NĐCP`, `NQCP`, \
`QĐTTg`, `CTTTg` (chỉ có một cách viết đúng). Không an toàn (`unsafe`): đổi `QYĐ`, `QCh`, \
`DAn` sang chữ viết tắt của Phụ lục III — văn bản được dẫn chiếu có thể thật sự mang ký \
hiệu sai đó. Không sửa khi tên loại và ký hiệu không khớp: không biết bên nào sai."),
    },
    check,
};

/// Type and issuer written without their dash, and the two halves.
const GLUED: &[(&str, &str, &str)] = &[
    ("ndcp", "NĐ", "CP"),
    ("nqcp", "NQ", "CP"),
    ("qdttg", "QĐ", "TTg"),
    ("ctttg", "CT", "TTg"),
];

/// Wrong type abbreviations seen in drafts (spec §5.2), and the right ones.
const WRONG: &[(&str, &str)] = &[("QYĐ", "QyĐ"), ("QCh", "QC"), ("QCH", "QC"), ("DAn", "DA")];

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    for c in &dates::read(doc).citations {
        spaces(doc, cx, c);
        if !glued(doc, cx, c) && !wrong(doc, cx, c) {
            mismatch(doc, cx, c);
        }
    }
}

fn spaces(doc: &Document, cx: &mut Context, c: &Citation) {
    if !c.spaced {
        return;
    }
    let written = doc.slice(c.symbol);
    let right: String = written
        .chars()
        .filter(|ch| !matches!(ch, ' ' | '\t' | '\u{a0}'))
        .collect();
    let msg = cx.tr(
        format!("Số, ký hiệu “{written}” có dấu cách: viết liền “{right}”"),
        format!("The number and symbol “{written}” contain spaces: write “{right}”"),
    );
    let title = cx.tr("Bỏ dấu cách trong số, ký hiệu", "Remove the spaces in the symbol");
    cx.report(c.symbol, msg)
        .with_fix(title, Applicability::Safe, c.symbol, right);
}

/// Type and issuer glued (`NĐCP`); whether one was reported.
fn glued(doc: &Document, cx: &mut Context, c: &Citation) -> bool {
    let seg = doc.slice(c.first_segment);
    let Some((_, ty, issuer)) = GLUED.iter().find(|(f, _, _)| fold(seg) == *f) else {
        return false;
    };
    // The type part as written (`NĐ`, possibly NFD), then the dash.
    let type_len = seg
        .char_indices()
        .filter(|(_, ch)| !('\u{300}'..='\u{36f}').contains(ch))
        .nth(2)
        .map_or(seg.len(), |(i, _)| i);
    let at = c.first_segment.start + type_len;
    let right = format!("{ty}-{issuer}");
    let msg = cx.tr(
        format!("Ký hiệu “{seg}” thiếu dấu gạch nối giữa tên loại và cơ quan ban hành: “{right}”"),
        format!("The symbol “{seg}” lacks the dash between type and issuer: “{right}”"),
    );
    let title = cx.tr("Thêm dấu gạch nối", "Add the dash");
    cx.report(c.first_segment, msg).with_fix(
        title,
        Applicability::Safe,
        TextRange::empty(at),
        "-".to_string(),
    );
    true
}

/// A wrong type abbreviation (`QYĐ`); whether one was reported.
fn wrong(doc: &Document, cx: &mut Context, c: &Citation) -> bool {
    let range = c.party_type.unwrap_or(c.first_segment);
    let seg = doc.slice(range);
    let Some((_, right)) = WRONG.iter().find(|(w, _)| *w == seg) else {
        return false;
    };
    let msg = cx.tr(
        format!("Chữ viết tắt tên loại “{seg}” không có trong Phụ lục III Nghị định 30: “{right}”"),
        format!("The type abbreviation “{seg}” is not in Appendix III of Decree 30: “{right}”"),
    );
    let title = cx.tr(format!("Sửa thành “{right}”"), format!("Change to “{right}”"));
    cx.report(range, msg)
        .with_fix(title, Applicability::Unsafe, range, (*right).to_string());
    true
}

fn mismatch(doc: &Document, cx: &mut Context, c: &Citation) {
    let Some(kind) = c.kind else { return };
    if kind.abbreviations.is_empty() || c.shape == Shape::Party || c.abbreviated {
        return;
    }
    let seg = doc.slice(c.first_segment);
    let folded = fold(seg);
    // Laws and resolutions of the National Assembly and its Standing Committee.
    if folded.starts_with("qh") || folded.starts_with("ubtvqh") {
        return;
    }
    if folded.is_empty() || kind.abbreviations.contains(&folded.as_str()) {
        return;
    }
    let expected = kind
        .abbreviations
        .first()
        .map(|a| display(a))
        .unwrap_or_default();
    let msg = cx.tr(
        format!(
            "Ký hiệu “{seg}” không phải chữ viết tắt của {} ({expected}): kiểm tra lại tên loại hoặc ký hiệu",
            kind.name
        ),
        format!(
            "The symbol part “{seg}” is not the abbreviation of {} ({expected}): check the type or the symbol",
            kind.name
        ),
    );
    cx.report(c.first_segment, msg);
}

/// A folded abbreviation as Phụ lục III writes it.
fn display(folded: &str) -> String {
    match folded {
        "qd" => "QĐ".into(),
        "nd" => "NĐ".into(),
        "qyd" => "QyĐ".into(),
        "ttr" => "TTr".into(),
        "ctr" => "CTr".into(),
        "cd" => "CĐ".into(),
        "da" => "ĐA".into(),
        other => other.to_uppercase(),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use crate::diagnostic::Applicability;

    fn found(body: &str) -> Vec<(String, Option<(String, Applicability)>)> {
        let text = format!(
            "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 125/TB-UBND\nLạng Sơn, ngày 05 tháng 8 năm 2020\nTHÔNG BÁO\nKết luận phiên họp\n\n{body}\n\
             Văn phòng thông báo để các cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\
             CHỦ TỊCH\n\nNguyễn Văn A\n"
        );
        crate::check(&text, &crate::Options::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == "TT421")
            .map(|d| {
                (
                    text[d.range.start..d.range.end].to_string(),
                    d.fix
                        .as_ref()
                        .map(|f| (f.edits[0].new_text.clone(), f.applicability)),
                )
            })
            .collect()
    }

    #[test]
    fn symbols() {
        assert_eq!(
            found("Thực hiện Công văn số 5085 /SCT-VP ngày 19/8/2020 của Sở Công Thương về việc triển khai."),
            vec![("5085 /SCT-VP".into(), Some(("5085/SCT-VP".into(), Applicability::Safe)))]
        );
        assert_eq!(
            found("quy định tại Nghị định số 181/2024/NĐCP ngày 31/12/2024 của Chính phủ."),
            vec![("NĐCP".into(), Some(("-".into(), Applicability::Safe)))]
        );
        assert_eq!(
            found("theo Quy định số 03/QYĐ-UBND ngày 05/3/2020 của UBND tỉnh về quản lý."),
            vec![("QYĐ".into(), Some(("QyĐ".into(), Applicability::Unsafe)))]
        );
        assert_eq!(
            found("theo Quyết định số 12/NQ-CP ngày 05/3/2020 của Chính phủ về quản lý."),
            vec![("NQ".into(), None)]
        );
        // Clean: wrapped symbol, trailing spaces, laws of the National Assembly, công văn, Party.
        assert!(found(
            "Quyết định số 1883/QĐ-\nUBND ngày 06/11/2025; Công văn số 627/BYT-BH  ngày 27/01/2021; \
             Nghị quyết số 43/2017/QH14 ngày 21/6/2017; Nghị quyết số 20-NQ/TU ngày 12/8/2011."
        )
        .is_empty());
    }
}
