//! Shared check for the required-component rules (`thieu-*`): is a component the document
//! type requires absent? Each rule file only says which component and how to fix.

use crate::component::ComponentKind;
use crate::diagnostic::TextRange;
use crate::document::Document;
use crate::rule::Context;

/// Report `kind` missing when the type requires it. Returns whether it reported.
pub(super) fn check(doc: &Document, cx: &mut Context, kind: ComponentKind) -> bool {
    if !doc.doc_type.requires(kind) || doc.has(kind) {
        return false;
    }
    let vi = format!(
        "Thiếu {} — thành phần bắt buộc theo Nghị định 30/2020/NĐ-CP",
        kind.in_sentence_vi()
    );
    let en = format!(
        "Missing {}, a mandatory component under Decree 30/2020/ND-CP",
        kind.label_en()
    );
    cx.report(anchor(doc, kind), cx.tr(vi, en));
    true
}

/// Where a missing component's finding points: the top of the document for the header,
/// the end for the footer, the header's last line for the title.
pub(super) fn anchor(doc: &Document, kind: ComponentKind) -> TextRange {
    use ComponentKind as K;
    let last_line = doc
        .cells
        .last()
        .and_then(|c| doc.lines.get(c.line))
        .map(|l| l.range);
    match kind {
        K::ChuKy | K::NoiNhan => last_line.unwrap_or_default(),
        K::TenLoai | K::TrichYeu => doc
            .get(K::DiaDanhThoiGian)
            .or_else(|| doc.get(K::SoKyHieu))
            .map(|c| c.first())
            .unwrap_or_else(|| doc.first_line_range()),
        _ => doc.first_line_range(),
    }
}

/// The line break the document uses.
pub(super) fn newline(doc: &Document) -> &'static str {
    if doc.text.contains("\r\n") {
        "\r\n"
    } else {
        "\n"
    }
}
