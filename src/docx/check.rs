//! Helpers shared by the typography rules (TT601–TT609): the "not evaluated" note for
//! pasted text, runs of a component, grouping of consecutive findings, display-only fixes.

use crate::component::{ComponentKind, PartRole};
use crate::diagnostic::{Applicability, TextRange};
use crate::doctype::DocType;
use crate::document::Document;
use crate::rule::Context;

use super::format::{Layout, Run, Section};

/// Why a typography rule says nothing about pasted text.
pub const NOT_DOCX_VI: &str =
    "Chỉ kiểm tra được trên tệp .docx (văn bản dán vào không mang định dạng, khổ giấy, lề): mở tệp .docx để kiểm tra";
pub const NOT_DOCX_EN: &str =
    "Only checked on a .docx file (pasted text carries no formatting or page set-up): open the .docx to check it";

/// The layout of a `.docx`, or a not-evaluated note for pasted text.
pub fn layout<'d>(doc: &'d Document, cx: &mut Context) -> Option<&'d Layout> {
    let l = doc.docx();
    if l.is_none() {
        cx.not_evaluated(NOT_DOCX_VI, NOT_DOCX_EN);
    }
    l
}

/// Report a formatting finding with a display-only fix (a formatting change described,
/// no text edit).
pub fn report(cx: &mut Context, range: TextRange, message: String, fix_vi: &str, fix_en: &str) {
    let title = cx.tr(fix_vi, fix_en);
    cx.report(range, message)
        .with_edits(title, Applicability::DisplayOnly, Vec::new());
}

/// The part of `run` inside `range`, when it holds a letter or digit (white space and
/// punctuation alone carry no visible formatting worth a finding). Labels (automatic list
/// numbers) are left out.
pub fn text_part(text: &str, run: &Run, range: TextRange) -> Option<TextRange> {
    if run.label {
        return None;
    }
    let start = run.range.start.max(range.start);
    let end = run.range.end.min(range.end);
    let s = text.get(start..end)?;
    if !s.chars().any(char::is_alphanumeric) {
        return None;
    }
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Some(TextRange::new(start + lead, end - trail))
}

/// Items in order, grouped while their key stays the same: `(cover, key)` for each group.
pub fn group<K: PartialEq + Clone>(
    items: impl IntoIterator<Item = (TextRange, Option<K>)>,
) -> Vec<(TextRange, K)> {
    let mut out: Vec<(TextRange, K)> = Vec::new();
    let mut open = false;
    for (range, key) in items {
        match key {
            Some(k) => match out.last_mut() {
                Some((r, last)) if open && *last == k => *r = r.cover(range),
                _ => {
                    out.push((range, k));
                    open = true;
                }
            },
            None => open = false,
        }
    }
    out
}

/// What a component's text must look like (spec §3 table): size range in half-points,
/// bold and italic (`None`: not prescribed), and whether it is written in lower case
/// (so `All Caps` formatting is wrong).
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    pub vi: &'static str,
    pub en: &'static str,
    pub size: (u16, u16),
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub lower: bool,
}

/// A piece of a component with its spec.
pub struct Piece {
    pub range: TextRange,
    pub spec: Spec,
}

const fn spec(
    vi: &'static str,
    en: &'static str,
    size: (u16, u16),
    bold: Option<bool>,
    italic: Option<bool>,
    lower: bool,
) -> Spec {
    Spec {
        vi,
        en,
        size,
        bold,
        italic,
        lower,
    }
}

/// The component pieces the spec §3 table prescribes, with their spec. The body is left
/// out (its runs are checked one by one); so are the appendix and the recipients' list
/// label when it cannot be told apart.
pub fn pieces(doc: &Document) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut add = |range: TextRange, spec: Spec| {
        if !range.is_empty() {
            out.push(Piece { range, spec });
        }
    };
    let cong_van = doc.doc_type == DocType::CongVan;
    for c in &doc.components {
        let s = match c.kind {
            ComponentKind::QuocHieu => spec(
                "Quốc hiệu",
                "the national title",
                (24, 26),
                Some(true),
                Some(false),
                false,
            ),
            ComponentKind::TieuNgu => spec(
                "Tiêu ngữ",
                "the motto",
                (26, 28),
                Some(true),
                Some(false),
                true,
            ),
            ComponentKind::CoQuanChuQuan => spec(
                "Tên cơ quan chủ quản",
                "the parent body's name",
                (24, 26),
                Some(false),
                Some(false),
                false,
            ),
            ComponentKind::CoQuanBanHanh => spec(
                "Tên cơ quan ban hành",
                "the issuing body's name",
                (24, 26),
                Some(true),
                Some(false),
                false,
            ),
            ComponentKind::SoKyHieu => spec(
                "Số, ký hiệu",
                "the number and symbol",
                (26, 26),
                None,
                Some(false),
                false,
            ),
            ComponentKind::DiaDanhThoiGian => spec(
                "Địa danh và thời gian ban hành",
                "the place and date",
                (26, 28),
                None,
                Some(true),
                true,
            ),
            ComponentKind::TenLoai => spec(
                "Tên loại văn bản",
                "the type name",
                (26, 28),
                Some(true),
                Some(false),
                false,
            ),
            ComponentKind::TrichYeu if cong_van => spec(
                "Trích yếu (V/v)",
                "the summary (V/v)",
                (24, 26),
                Some(false),
                Some(false),
                true,
            ),
            ComponentKind::TrichYeu => spec(
                "Trích yếu nội dung",
                "the summary",
                (26, 28),
                Some(true),
                Some(false),
                true,
            ),
            ComponentKind::KinhGui => spec(
                "Kính gửi",
                "the addressees",
                (26, 28),
                None,
                Some(false),
                true,
            ),
            ComponentKind::DoKhan | ComponentKind::DoMat => spec(
                "Dấu độ khẩn, độ mật",
                "the urgency or secrecy stamp",
                (26, 28),
                Some(true),
                Some(false),
                false,
            ),
            ComponentKind::ChuKy => {
                for p in &c.parts {
                    let s = match p.role {
                        Some(PartRole::HoTen) => spec(
                            "Họ tên người ký",
                            "the signer's name",
                            (26, 28),
                            Some(true),
                            Some(false),
                            true,
                        ),
                        _ => spec(
                            "Thẩm quyền, chức vụ người ký",
                            "the signing authority and position",
                            (26, 28),
                            Some(true),
                            Some(false),
                            false,
                        ),
                    };
                    add(p.range, s);
                }
                continue;
            }
            ComponentKind::NoiNhan => {
                if let Some(list) = doc.list(ComponentKind::NoiNhan) {
                    add(
                        list.label,
                        spec(
                            "“Nơi nhận:”",
                            "“Nơi nhận:”",
                            (24, 24),
                            Some(true),
                            Some(true),
                            true,
                        ),
                    );
                    for item in &list.items {
                        for part in &item.parts {
                            add(
                                *part,
                                spec(
                                    "Danh sách nơi nhận",
                                    "the recipient list",
                                    (22, 22),
                                    None,
                                    Some(false),
                                    true,
                                ),
                            );
                        }
                    }
                }
                continue;
            }
            _ => continue,
        };
        for p in &c.parts {
            add(p.range, s);
        }
    }
    out
}

/// Body runs outside tables: `(visible range, run)`.
pub fn body_runs<'l>(doc: &Document, layout: &'l Layout) -> Vec<(TextRange, &'l Run)> {
    let Some(body) = doc.get(ComponentKind::NoiDung) else {
        return Vec::new();
    };
    let range = body.range();
    layout
        .runs_in(range)
        .iter()
        .filter(|r| {
            layout
                .paras
                .get(r.para as usize)
                .is_some_and(|p| p.cell.is_none())
        })
        .filter_map(|r| text_part(doc.text, r, range).map(|t| (t, r)))
        .collect()
}

/// Where a section's findings point: its first non-blank line.
pub fn section_anchor(doc: &Document, section: &Section) -> TextRange {
    let r = section.range;
    let s = doc.text.get(r.start..r.end).unwrap_or("");
    let mut at = r.start;
    for line in s.split_inclusive('\n') {
        let t = line.trim();
        if !t.is_empty() {
            let lead = line.len() - line.trim_start().len();
            return TextRange::new(at + lead, at + lead + t.len());
        }
        at += line.len();
    }
    doc.first_line_range()
}
