//! TT431 `danh-so-diem`: points (`a)`, `b)`, …) do not follow the Vietnamese alphabet
//! (`d)`, `đ)`, `e)`, `g)`; no `f`, `j`, `w`, `z`).

use crate::body::outline::{folded_label, mentions, Kind, Marker, Outline, POINT_LETTERS};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::quoc_hieu_sai_chu::has_diacritics;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT431",
        name: "danh-so-diem",
        component: ComponentKind::NoiDung,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Điểm không theo thứ tự chữ cái tiếng Việt (a, b, c, d, đ, e, g…)",
        summary_en: "Points do not follow the Vietnamese alphabet (a, b, c, d, đ, e, g…)",
        spec: "§4.3",
        docs: docs!("## Kiểm tra gì\n\
Các điểm trong một khoản (một mục) được đánh bằng chữ cái theo thứ tự bảng chữ cái \
tiếng Việt: `a)`, `b)`, `c)`, `d)`, `đ)`, `e)`, `g)`, `h)`, `i)`, `k)`, `l)`, `m)`, `n)`, \
`o)`, `p)`, `q)`, `r)`, `s)`, `t)`, `u)`, `v)`, `x)`, `y)` — không có `f`, `j`, `w`, `z`. \
Lỗi hay gặp nhất: `e)` ngay sau `d)` (bỏ sót `đ)`), `f)` theo bảng chữ cái tiếng Anh. \
Một dãy điểm bắt đầu từ `a)` và kết thúc ở số mục, điều, phần kế tiếp; dãy không bắt \
đầu từ `a)` không được xét (văn bản có thể chỉ là một đoạn trích). Báo một lần cho mỗi \
dãy, tại điểm sai đầu tiên.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II khoản 6 điểm đ (spec §4.3): “thứ \
tự các điểm trong mỗi khoản dùng các chữ cái tiếng Việt theo thứ tự bảng chữ cái tiếng \
Việt, sau có dấu đóng ngoặc đơn”; chính Nghị định đánh `d)`, `đ)`, `e)`, `g)`.\n\n\
## Ví dụ\n\
`a)`, `b)`, `c)`, `d)`, `e)` → điểm thứ năm là `đ)`.\n\n\
## Sửa\n\
Đánh lại chữ cái của các điểm trong dãy theo thứ tự tiếng Việt. An toàn (`safe`) khi \
dãy theo đúng bảng chữ cái tiếng Anh (`a b c d e f`) hoặc chỉ thiếu `đ` (`a b c d e g`): \
chữ đúng của từng điểm là chắc chắn. Không an toàn (`unsafe`) khi dãy nhảy cóc hoặc \
lặp chữ: có thể một điểm bị thiếu nội dung chứ không phải đánh nhầm chữ. Việc đánh lại \
có thể làm sai các dẫn chiếu `điểm e khoản 2` trong văn bản: kiểm tra lại sau khi sửa."),
    },
    check,
};

/// The Latin alphabet, and the Vietnamese one without `đ`: the two orders drafters follow
/// by mistake.
const LATIN: &str = "abcdefghijklmnopqrstuvwxyz";
const WITHOUT_DD: &str = "abcdeghiklmnopqrstuvxy";

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    let Some(outline) = Outline::of(doc) else {
        return;
    };
    // A text that lost its diacritics writes `đ)` as `d)`.
    let plain = !has_diacritics(doc.text);
    let judge = |cx: &mut Context, run: &[&Marker]| judge(doc, cx, run, plain);
    let mut run: Vec<&Marker> = Vec::new();
    for m in &outline.markers {
        match m.kind {
            Kind::Letter => {
                if m.letter == Some('a') && !run.is_empty() {
                    judge(cx, &run);
                    run.clear();
                }
                run.push(m);
            }
            Kind::Bullet => {}
            _ => {
                judge(cx, &run);
                run.clear();
            }
        }
    }
    judge(cx, &run);
}

/// The letter of the `n`-th point (`d` for `đ` in a text without diacritics).
fn point_letter(n: usize, plain: bool) -> Option<char> {
    let c = POINT_LETTERS.get(n).copied()?;
    Some(if plain && c == 'đ' { 'd' } else { c })
}

/// Judge one run of points, from `a)` to the next section.
fn judge(doc: &Document, cx: &mut Context, run: &[&Marker], plain: bool) {
    if run.first().and_then(|m| m.letter) != Some('a') {
        return;
    }
    let letters: Vec<char> = run.iter().filter_map(|m| m.letter).collect();
    if letters.len() != run.len() {
        return;
    }
    let Some(k) = letters
        .iter()
        .enumerate()
        .position(|(i, &c)| point_letter(i, plain) != Some(c))
    else {
        return;
    };
    let (Some(first_wrong), Some(prev)) = (run.get(k), k.checked_sub(1).and_then(|p| run.get(p)))
    else {
        return;
    };
    let Some(expected) = point_letter(k, plain) else {
        // More points than letters: nothing certain to say.
        return;
    };
    // The expected point written inline in the paragraph before (joined paragraphs).
    if mentions(
        doc,
        prev.fend,
        first_wrong.fstart,
        &folded_label(Kind::Letter, &[], Some(expected), false),
    ) {
        return;
    }
    let mut edits = Vec::new();
    let mut renamed = Vec::new();
    for (i, m) in run.iter().enumerate().skip(k) {
        let (Some(want), Some(have)) = (point_letter(i, plain), m.letter) else {
            break;
        };
        if want != have {
            edits.push(Edit {
                range: m.label,
                new_text: want.to_string(),
            });
            renamed.push(format!("{have}) → {want})"));
        }
    }
    let written: String = letters.iter().collect();
    let certain = LATIN.starts_with(&written) || WITHOUT_DD.starts_with(&written);
    let have = letters.get(k).copied().unwrap_or('?');
    let before = letters.get(k - 1).copied().unwrap_or('?');
    let msg = if matches!(have, 'f' | 'j' | 'w' | 'z') {
        cx.tr(
            format!(
                "Điểm “{have})” không theo bảng chữ cái tiếng Việt (không có f, j, w, z): sau “{before})” là “{expected})”"
            ),
            format!(
                "Point “{have})” is not in the Vietnamese alphabet (no f, j, w, z): “{expected})” follows “{before})”"
            ),
        )
    } else if have == before {
        cx.tr(
            format!("Điểm “{have})” bị lặp lại: sau “{before})” là “{expected})”"),
            format!("Point “{have})” is repeated: “{expected})” follows “{before})”"),
        )
    } else {
        cx.tr(
            format!(
                "Điểm “{have})” sai thứ tự chữ cái tiếng Việt (a, b, c, d, đ, e, g…): sau “{before})” là “{expected})”"
            ),
            format!(
                "Point “{have})” is out of Vietnamese alphabetical order (a, b, c, d, đ, e, g…): “{expected})” follows “{before})”"
            ),
        )
    };
    let title = if renamed.len() == 1 {
        cx.tr(
            format!("Đổi “{have})” thành “{expected})”"),
            format!("Change “{have})” to “{expected})”"),
        )
    } else {
        let list = renamed.join(", ");
        cx.tr(
            format!("Đánh lại chữ cái các điểm: {list}"),
            format!("Reletter the points: {list}"),
        )
    };
    let applicability = if certain {
        Applicability::Safe
    } else {
        Applicability::Unsafe
    };
    cx.report(first_wrong.range, msg)
        .with_edits(title, applicability, edits);
}
