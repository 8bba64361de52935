//! TT303 `vv-sai-loai-van-ban`: `V/v` in a document that has a type name (only a công văn
//! puts its summary after `V/v`).

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::doctype::DocType;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::trim_range;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT303",
        name: "vv-sai-loai-van-ban",
        component: ComponentKind::TrichYeu,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "“V/v” chỉ dùng cho công văn",
        summary_en: "“V/v” is only for official letters",
        spec: "§1.5",
        docs: docs!("## Kiểm tra gì\n\
Văn bản có tên loại (`THÔNG BÁO`, `QUYẾT ĐỊNH`, `KẾ HOẠCH`…) mà trích yếu lại bắt đầu \
bằng `V/v`, hoặc có dòng `V/v …` dưới số ký hiệu như công văn.\n\n\
Chỉ xét khi loại văn bản thấy được: có dòng tên loại, hoặc người dùng chỉ định loại \
(`type`). Khi loại chỉ suy ra từ ký hiệu (`Số: 12/TB-UBND` kèm `V/v` mà không có tên \
loại) thì không rõ sai ở ký hiệu hay ở `V/v`, nên không báo. Bản sao (`SAO Y`…) không xét: \
`V/v` thuộc văn bản được sao.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.5 (spec §1.5, §6 mục 10): trích yếu của công văn \
được trình bày sau chữ “V/v”; văn bản có tên loại trình bày trích yếu ngay dưới tên loại, \
không có “V/v”.\n\n\
## Ví dụ\n\
```\nTHÔNG BÁO\nV/v tổ chức hội nghị sơ kết\n```\n\n\
## Sửa\n\
Không an toàn (`unsafe`): thay `V/v` bằng `Về việc` (`Về việc tổ chức hội nghị sơ kết`), \
cách mở trích yếu của mẫu quyết định (Mẫu 1.2) và thường gặp ở thông báo; người soạn \
thảo có thể muốn viết trích yếu khác. Dòng `V/v` đặt dưới số ký hiệu thì không sửa tự \
động (văn bản đã có trích yếu dưới tên loại, cần xem lại)."),
    },
    check,
};

/// Whether the document shows its type: a type name (tên loại) is printed, or the user set
/// the type. A type inferred from the ký hiệu alone may be the thing that is wrong.
pub(super) fn type_is_explicit(doc: &Document) -> bool {
    doc.has(ComponentKind::TenLoai) || !doc.type_detected
}

/// `nfc`, or `nfd` when the document writes Vietnamese decomposed (combining marks), so an
/// inserted word matches the text around it.
pub(super) fn as_written<'a>(doc: &Document, nfc: &'a str, nfd: &'a str) -> &'a str {
    if doc.text.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)) {
        nfd
    } else {
        nfc
    }
}

/// `V/v` at the start of `range` (any case): the range of those three characters.
pub(super) fn vv_at(doc: &Document, range: TextRange) -> Option<TextRange> {
    let r = trim_range(doc.text, range);
    let head = doc.text.get(r.start..r.start.saturating_add(3).min(r.end))?;
    head.eq_ignore_ascii_case("v/v")
        .then(|| TextRange::new(r.start, r.start + 3))
}

fn check(doc: &Document, cx: &mut Context) {
    let t = doc.doc_type;
    if matches!(t, DocType::CongVan | DocType::Unknown) || t.is_copy() || !type_is_explicit(doc)
    {
        return;
    }
    let msg = cx.tr(
        format!(
            "“V/v” chỉ dùng cho công văn; {} trình bày trích yếu ngay dưới tên loại, không có “V/v”",
            t.name()
        ),
        format!(
            "“V/v” is only for official letters (công văn); a {} gives its summary under the type name without it",
            t.name()
        ),
    );
    // The summary under the type name.
    if let Some(vv) = doc
        .get(ComponentKind::TrichYeu)
        .and_then(|ty| vv_at(doc, ty.first()))
    {
        // `V/v`, `V/v:`, `V/v :` and the spaces after: replaced by `Về việc `.
        let tail = doc.text.get(vv.end..).unwrap_or("");
        let spaces = tail.len() - tail.trim_start().len();
        let mut end = vv.end + spaces;
        if tail.trim_start().starts_with(':') {
            let after = tail.get(spaces + 1..).unwrap_or("");
            end += 1 + after.len() - after.trim_start_matches([' ', '\t']).len();
        }
        let new_text = format!(
            "{} ",
            as_written(doc, "Về việc", "Ve\u{302}\u{300} vie\u{323}\u{302}c")
        );
        let title = cx.tr("Thay “V/v” bằng “Về việc”", "Replace “V/v” with “Về việc”");
        cx.report(vv, msg).with_fix(
            title,
            Applicability::Unsafe,
            TextRange::new(vv.start, end),
            new_text,
        );
        return;
    }
    // A công văn-style `V/v …` line in the header, above the type name.
    let Some(ten_loai) = doc.get(ComponentKind::TenLoai) else {
        return;
    };
    let title_line = doc.line_of(ten_loai.first().start);
    let taken = |r: TextRange| {
        doc.components
            .iter()
            .flat_map(|c| c.parts.iter())
            .any(|p| p.range.start < r.end && r.start < p.range.end)
    };
    let found = doc
        .cells
        .iter()
        .filter(|c| c.line < title_line && !taken(c.range))
        .find_map(|c| vv_at(doc, c.range));
    if let Some(vv) = found {
        cx.report(vv, msg);
    }
}
