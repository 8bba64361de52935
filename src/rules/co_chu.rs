//! TT604 `co-chu`: a component's font size is outside the range of the decree's table
//! (`.docx` only).

use crate::component::ComponentKind;
use crate::diagnostic::{Severity, TextRange};
use crate::docx::check;
use crate::docx::format::pt;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT604",
        name: "co-chu",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::Always,
        summary_vi: "Cỡ chữ của thành phần ngoài khoảng quy định",
        summary_en: "A component's font size is out of range",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Cỡ chữ của từng thành phần thể thức trong tệp `.docx` (đã tính kế thừa kiểu): Quốc hiệu \
12–13; Tiêu ngữ 13–14; tên cơ quan chủ quản và cơ quan ban hành 12–13; số, ký hiệu 13; địa \
danh, ngày tháng 13–14; tên loại 13–14; trích yếu 13–14 (công văn `V/v`: 12–13); Kính gửi \
13–14; nội dung 13–14 (ngoài bảng); thẩm quyền, chức vụ, họ tên người ký 13–14; “Nơi \
nhận:” 12; danh sách nơi nhận 11; dấu độ khẩn, độ mật 13–14 (pt). Mỗi thành phần một phát \
hiện, chỉ vào phần chữ sai cỡ; phần nội dung gộp các đoạn liền nhau cùng cỡ sai. Văn bản \
dán vào không có cỡ chữ: quy tắc ghi “không đánh giá”.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I, bảng “Mẫu chữ và chi tiết trình bày thể thức văn bản” \
(spec §3) quy định cỡ chữ của từng thành phần.\n\n\
## Ví dụ\n\
Quốc hiệu đặt cỡ 14: `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM` phải là 12 hoặc 13.\n\n\
## Sửa\n\
Chỉ mô tả (`display-only`): chọn phần chữ được chỉ ra, đặt cỡ chữ trong khoảng (tiêu đề \
sửa nói giá trị gần nhất)."),
    },
    check,
};

fn range_text(lo: u16, hi: u16) -> String {
    if lo == hi {
        format!("{} pt", pt(lo))
    } else {
        format!("{}–{} pt", pt(lo), pt(hi))
    }
}

struct Finding {
    range: TextRange,
    name_vi: &'static str,
    name_en: &'static str,
    sizes: Vec<u16>,
    lo: u16,
    hi: u16,
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(layout) = check::layout(doc, cx) else {
        return;
    };
    let mut findings: Vec<Finding> = Vec::new();
    for piece in check::pieces(doc) {
        let (lo, hi) = piece.spec.size;
        for run in layout.runs_in(piece.range) {
            let Some(r) = check::text_part(doc.text, run, piece.range) else {
                continue;
            };
            let size = run.format.size;
            if (lo..=hi).contains(&size) {
                continue;
            }
            match findings.last_mut() {
                Some(f) if f.name_vi == piece.spec.vi => {
                    f.range = f.range.cover(r);
                    if !f.sizes.contains(&size) {
                        f.sizes.push(size);
                    }
                }
                _ => findings.push(Finding {
                    range: r,
                    name_vi: piece.spec.vi,
                    name_en: piece.spec.en,
                    sizes: vec![size],
                    lo,
                    hi,
                }),
            }
        }
    }
    // The body, outside tables: consecutive runs of the same wrong size.
    let body = check::body_runs(doc, layout);
    let items = body.iter().map(|(r, run)| {
        let s = run.format.size;
        (*r, (!(26..=28).contains(&s)).then_some(s))
    });
    for (range, size) in check::group(items) {
        findings.push(Finding {
            range,
            name_vi: "Phần nội dung",
            name_en: "The body",
            sizes: vec![size],
            lo: 26,
            hi: 28,
        });
    }
    for f in findings {
        let found = f.sizes.iter().map(|s| format!("{} pt", pt(*s))).collect::<Vec<_>>();
        let want = range_text(f.lo, f.hi);
        let target = if f.sizes.iter().all(|s| *s < f.lo) { f.lo } else { f.hi };
        let msg = cx.tr(
            format!("{}: cỡ chữ {}; quy định {want}", f.name_vi, found.join(", ")),
            format!("{}: font size {}; must be {want}", capitalise(f.name_en), found.join(", ")),
        );
        let fix_vi = format!("Đặt cỡ chữ {} pt", pt(target));
        let fix_en = format!("Set the font size to {} pt", pt(target));
        check::report(cx, f.range, msg, &fix_vi, &fix_en);
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
