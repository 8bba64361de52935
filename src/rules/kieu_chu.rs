//! TT605 `kieu-chu`: a component's bold, italic or capitals differ from the decree's table
//! (`.docx` only).

use crate::component::ComponentKind;
use crate::diagnostic::{Severity, TextRange};
use crate::docx::check;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT605",
        name: "kieu-chu",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Kiểu chữ (đậm, nghiêng, in hoa) của thành phần chưa đúng",
        summary_en: "A component's bold, italic or case is wrong",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Kiểu chữ của từng thành phần thể thức trong tệp `.docx` (đã tính kế thừa kiểu): đậm — \
Quốc hiệu, Tiêu ngữ, tên cơ quan ban hành, tên loại, trích yếu (trừ `V/v` của công văn), \
thẩm quyền, chức vụ và họ tên người ký, “Nơi nhận:”, dấu độ khẩn/mật; không đậm — tên cơ \
quan chủ quản, `V/v`; nghiêng — địa danh và ngày tháng, “Nơi nhận:”; đứng (không nghiêng) — \
các thành phần còn lại. Thành phần viết thường (Tiêu ngữ, địa danh, trích yếu, Kính gửi, \
nơi nhận, họ tên) không được định dạng chữ hoa tự động (All Caps): chữ in ra thành chữ hoa. \
Mỗi thành phần và mỗi kiểu sai một phát hiện, chỉ vào phần chữ sai. Chữ in hoa của Quốc \
hiệu, tên cơ quan, tên loại, chức vụ do các quy tắc về chữ (TT201, TT204, TT301, TT503) \
kiểm tra. Văn bản dán vào không có kiểu chữ: quy tắc ghi “không đánh giá”.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I, bảng “Mẫu chữ và chi tiết trình bày thể thức văn bản” \
(spec §3) quy định kiểu chữ (đứng, đậm, nghiêng) và kiểu viết (in hoa, in thường) của từng \
thành phần.\n\n\
## Ví dụ\n\
`Lạng Sơn, ngày 03 tháng 8 năm 2020` để chữ đứng (phải in nghiêng); `Nơi nhận:` không \
đậm.\n\n\
## Sửa\n\
Chỉ mô tả (`display-only`): chọn phần chữ được chỉ ra, bật hoặc tắt đậm (Ctrl+B), nghiêng \
(Ctrl+I), hoặc bỏ All Caps (Phông chữ → Hiệu ứng)."),
    },
    check,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wrong {
    NotBold,
    Bold,
    NotItalic,
    Italic,
    Caps,
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(layout) = check::layout(doc, cx) else {
        return;
    };
    let mut findings: Vec<(TextRange, &'static str, &'static str, Wrong)> = Vec::new();
    for piece in check::pieces(doc) {
        let s = piece.spec;
        for run in layout.runs_in(piece.range) {
            let Some(r) = check::text_part(doc.text, run, piece.range) else {
                continue;
            };
            let f = run.format;
            let mut wrong = Vec::new();
            match s.bold {
                Some(true) if !f.bold => wrong.push(Wrong::NotBold),
                Some(false) if f.bold => wrong.push(Wrong::Bold),
                _ => {}
            }
            match s.italic {
                Some(true) if !f.italic => wrong.push(Wrong::NotItalic),
                Some(false) if f.italic => wrong.push(Wrong::Italic),
                _ => {}
            }
            if s.lower && f.caps {
                wrong.push(Wrong::Caps);
            }
            for w in wrong {
                match findings
                    .iter_mut()
                    .rev()
                    .take_while(|(_, vi, _, _)| *vi == s.vi)
                    .find(|(_, _, _, k)| *k == w)
                {
                    Some(found) => found.0 = found.0.cover(r),
                    None => findings.push((r, s.vi, s.en, w)),
                }
            }
        }
    }
    for (range, vi, en, w) in findings {
        let (msg_vi, msg_en, fix_vi, fix_en) = match w {
            Wrong::NotBold => (
                format!("{vi} phải in đậm"),
                format!("{} must be bold", cap(en)),
                "In đậm",
                "Make it bold",
            ),
            Wrong::Bold => (
                format!("{vi} không in đậm"),
                format!("{} must not be bold", cap(en)),
                "Bỏ in đậm",
                "Remove the bold",
            ),
            Wrong::NotItalic => (
                format!("{vi} phải in nghiêng"),
                format!("{} must be italic", cap(en)),
                "In nghiêng",
                "Make it italic",
            ),
            Wrong::Italic => (
                format!("{vi} viết chữ đứng, không in nghiêng"),
                format!("{} must be upright, not italic", cap(en)),
                "Bỏ in nghiêng",
                "Remove the italics",
            ),
            Wrong::Caps => (
                format!("{vi} đang định dạng chữ hoa tự động (All Caps) nhưng phải viết thường"),
                format!("{} is formatted All Caps but must be written in lower case", cap(en)),
                "Bỏ định dạng All Caps, viết thường",
                "Remove All Caps, write it in lower case",
            ),
        };
        let msg = cx.tr(msg_vi, msg_en);
        check::report(cx, range, msg, fix_vi, fix_en);
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
