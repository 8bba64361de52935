//! TT430 `danh-so-muc`: section numbers (`1.`, `2.1.`, `I.`, `Điều 3.`, `Phần II`) skip or
//! repeat within their level.

use crate::body::outline::{folded_label, mentions, to_roman, Kind, Marker, Outline, Term};
use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT430",
        name: "danh-so-muc",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Số thứ tự phần, mục, điều, khoản bị nhảy cóc hoặc lặp lại",
        summary_en: "Section numbers skip or repeat",
        spec: "§4.3",
        docs: docs!("## Kiểm tra gì\n\
Các số thứ tự mở đầu dòng trong nội dung văn bản phải liên tục trong cùng một cấp: \
`Phần I`, `Phần II`…; `Chương`; `Mục 1`, `Mục 2`…; `Điều 1.`, `Điều 2.`…; mục La Mã `I.`, \
`II.`…; khoản, mục `1.`, `2.`…; tiểu mục `2.1.`, `2.2.`… Báo khi một số bị bỏ qua \
(`1.`, `2.`, `4.`) hoặc lặp lại (`2.`, `2.`). Một cấp trên mới (`Điều 3.`, `II.`, `3.`) \
bắt đầu lại việc đếm của các cấp dưới nó. Điểm `a)`, `b)` do TT431 kiểm tra.\n\n\
Chỉ báo khi chắc chắn: không báo số đầu tiên của một cấp (văn bản có thể chỉ là một \
phần), không báo khi đếm lại từ 1 (một danh sách mới, kể cả `1.` lặp lại), không báo \
khi số bị thiếu có mặt ngay trong đoạn văn trước (các mục bị nối vào một đoạn khi \
chuyển đổi, như `5. Thời hạn … 5.1. …`). Số ở đầu một dòng bị ngắt của bản `pdftotext` (`1 Điều 18 …`, \
`2026. Sau đó …`), trong ngoặc kép (trích dẫn điều luật) hay trong bảng không phải số mục.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II khoản 6 điểm đ và bảng mẫu chữ \
tại Mục V (spec §4.3): nội dung được bố cục theo phần, chương, mục, tiểu mục, điều, \
khoản, điểm hoặc theo phần, mục, khoản, điểm; số thứ tự của phần, chương dùng chữ số La \
Mã, của mục, tiểu mục, điều, khoản dùng chữ số Ả Rập. Số bị bỏ hay lặp làm sai việc dẫn chiếu (`khoản 3 Điều 2`).\n\n\
## Ví dụ\n\
`1. Sở Kế hoạch và Đầu tư …` rồi `3. Sở Nội vụ …` (thiếu `2.`); `2.1.`, `2.2.`, `2.2.`.\n\n\
## Sửa\n\
Không có sửa tự động: không biết mục bị thiếu hay số bị đánh nhầm, và việc đánh lại số \
làm thay đổi các dẫn chiếu trong và ngoài văn bản."),
    },
    check,
};

/// Nesting rank of a marker (`None`: not a section number).
fn rank(m: &Marker) -> Option<usize> {
    Some(match m.kind {
        Kind::Phan => 0,
        Kind::Chuong => 1,
        Kind::Muc => 2,
        Kind::TieuMuc => 3,
        Kind::Dieu => 4,
        Kind::Roman => 5,
        Kind::Number if m.depth == 1 && m.term == Term::Paren => 10,
        Kind::Number => 5 + usize::from(m.depth.min(4)),
        Kind::Letter => 11,
        Kind::Bullet => return None,
    })
}

const RANKS: usize = 12;

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    let Some(outline) = Outline::of(doc) else {
        return;
    };
    let mut last: [Option<&Marker>; RANKS] = [None; RANKS];
    for m in &outline.markers {
        let Some(r) = rank(m) else { continue };
        for slot in last.iter_mut().skip(r + 1) {
            *slot = None;
        }
        let prev = last.get(r).copied().flatten();
        if let Some(slot) = last.get_mut(r) {
            *slot = Some(m);
        }
        // Points are TT431's.
        if m.kind == Kind::Letter {
            continue;
        }
        let Some(p) = prev else { continue };
        // A sub-section continues its siblings only under the same parent (`2.1.`, `2.2.`).
        let depth = usize::from(m.depth);
        let parent = m.numbers().get(..depth.saturating_sub(1));
        if parent != p.numbers().get(..depth.saturating_sub(1)) || p.kind != m.kind {
            continue;
        }
        let (Some(&v), Some(&pv)) = (m.numbers().last(), p.numbers().last()) else {
            continue;
        };
        let shown = doc.slice(m.range).trim().to_string();
        // `1.` again: a new list (or Markdown's `1.` for every item), not a repeat.
        if v == pv && v > 1 {
            let msg = cx.tr(
                format!("Số thứ tự “{shown}” bị lặp lại: mục trước cũng là “{shown}”"),
                format!("Section number “{shown}” is repeated: the previous one is also “{shown}”"),
            );
            cx.report(m.range, msg);
        } else if v > pv + 1 {
            // The missing numbers written inline in the text between (joined paragraphs):
            // nothing is missing.
            let inline = (pv + 1..v).any(|n| {
                let mut path: Vec<u32> = parent.unwrap_or(&[]).to_vec();
                path.push(n);
                mentions(doc, p.fend, m.fstart, &folded_label(m.kind, &path, None, m.roman))
            });
            if inline {
                continue;
            }
            let expected = label(m, pv + 1);
            let before = doc.slice(p.range).trim().to_string();
            let msg = cx.tr(
                format!(
                    "Số thứ tự nhảy từ “{before}” sang “{shown}”: thiếu “{expected}”"
                ),
                format!(
                    "Section numbers jump from “{before}” to “{shown}”: “{expected}” is missing"
                ),
            );
            cx.report(m.range, msg);
        }
    }
}

/// How the marker `m` would read with its last number set to `n`.
fn label(m: &Marker, n: u32) -> String {
    let roman = |n: u32| to_roman(n);
    match m.kind {
        Kind::Phan => format!("Phần {}", if m.roman { roman(n) } else { n.to_string() }),
        Kind::Chuong => format!("Chương {}", if m.roman { roman(n) } else { n.to_string() }),
        Kind::Muc => format!("Mục {n}"),
        Kind::TieuMuc => format!("Tiểu mục {n}"),
        Kind::Dieu => format!("Điều {n}."),
        Kind::Roman => format!("{}.", roman(n)),
        Kind::Number => {
            let depth = usize::from(m.depth);
            let mut parts: Vec<String> = m
                .numbers()
                .get(..depth.saturating_sub(1))
                .unwrap_or(&[])
                .iter()
                .map(u32::to_string)
                .collect();
            parts.push(n.to_string());
            let term = match m.term {
                Term::Paren => ")",
                Term::None if depth > 1 => "",
                _ => ".",
            };
            format!("{}{term}", parts.join("."))
        }
        Kind::Letter | Kind::Bullet => String::new(),
    }
}
