//! TT433 `danh-so-lan-lon`: numbering schemes are mixed (`a.` beside `a)`, `1.1.1.` where
//! the document numbers points `a)`, `6.2` beside `6.1.`).

use crate::body::outline::{Kind, Outline, Term};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT433",
        name: "danh-so-lan-lon",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Sometimes,
        summary_vi: "Trộn lẫn các kiểu đánh số (a. và a), 1.1.1 bên cạnh điểm a), 6.2 bên cạnh 6.1.)",
        summary_en: "Numbering schemes are mixed (a. and a), 1.1.1 beside points a), 6.2 beside 6.1.)",
        spec: "§4.3",
        docs: docs!("## Kiểm tra gì\n\
- Điểm viết `a.` thay cho `a)`: Nghị định chỉ dùng chữ cái kèm dấu đóng ngoặc đơn; \
văn bản dùng cả hai kiểu thì càng lẫn. Báo một lần cho mỗi dãy điểm `a.`, `b.`, `c.`.\n\
- Mục đánh số ba tầng `1.1.1.` trong khi văn bản đã đánh điểm `a)`, `b)`: hai cách chia \
nhỏ một khoản bị dùng lẫn (báo một lần, tại mục ba tầng đầu tiên).\n\
- Tiểu mục thiếu dấu chấm cuối (`6.2 Đối với …`) trong khi các tiểu mục khác của văn bản \
có (`6.1.`).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I, Phần I, Mục II khoản 6 điểm đ (spec §4.3): số \
thứ tự khoản dùng chữ số Ả Rập, sau có dấu chấm; điểm dùng chữ cái tiếng Việt, sau có \
dấu đóng ngoặc đơn; Nghị định không có tầng `1.1.1.`. Tiểu mục `1.1.` là cách làm quen thuộc (không có trong \
Nghị định) và không bị báo; chỉ việc dùng lẫn các kiểu mới bị báo. Là cảnh báo \
(`warning`): cách chia tầng là lựa chọn của người soạn thảo.\n\n\
## Ví dụ\n\
`a) Kiểm tra hồ sơ` … `a. Thu thập tài liệu` → `a) Thu thập tài liệu`; `6.1. …`, \
`6.2 Đối với …` → `6.2. Đối với …`.\n\n\
## Sửa\n\
`a.` → `a)` và thêm dấu chấm sau `6.2`: an toàn (`safe`), chỉ đổi dấu theo kiểu của \
Nghị định hoặc của chính văn bản. `1.1.1.`: không sửa tự động (phải chia lại các tầng)."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    let Some(outline) = Outline::of(doc) else {
        return;
    };
    let letters = || outline.markers.iter().filter(|m| m.kind == Kind::Letter);
    let paren_points = letters().filter(|m| m.term == Term::Paren).count();
    // Points `a.`: one finding per run of them (`a.`, `b.`, `c.` under one section).
    let mut runs: Vec<Vec<&crate::body::outline::Marker>> = Vec::new();
    let mut open = false;
    for m in &outline.markers {
        match (m.kind, m.term) {
            (Kind::Letter, Term::Dot) => {
                match runs.last_mut() {
                    Some(run) if open => run.push(m),
                    _ => runs.push(vec![m]),
                }
                open = true;
            }
            (Kind::Bullet, _) => {}
            _ => open = false,
        }
    }
    for run in runs {
        let Some(first) = run.first() else { continue };
        let shown = doc.slice(first.range).to_string();
        let letter = doc.slice(first.label).to_string();
        let msg = if paren_points > 0 {
            cx.tr(
                format!("Điểm “{shown}” viết bằng dấu chấm trong khi các điểm khác của văn bản viết kèm dấu đóng ngoặc đơn: “{letter})”"),
                format!("Point “{shown}” uses a dot while the document's other points take a closing bracket: “{letter})”"),
            )
        } else {
            cx.tr(
                format!("Điểm viết bằng dấu chấm thay cho dấu đóng ngoặc đơn: “{shown}” → “{letter})”"),
                format!("Point written with a dot instead of a closing bracket: “{shown}” → “{letter})”"),
            )
        };
        let title = if run.len() == 1 {
            cx.tr(format!("Đổi thành “{letter})”"), format!("Change to “{letter})”"))
        } else {
            let list = run
                .iter()
                .map(|m| format!("{})", doc.slice(m.label)))
                .collect::<Vec<_>>()
                .join(", ");
            cx.tr(format!("Viết thành {list}"), format!("Write {list}"))
        };
        let edits = run
            .iter()
            .map(|m| Edit {
                range: TextRange::new(m.label.end, m.range.end),
                new_text: ")".to_string(),
            })
            .collect();
        let range = TextRange::new(first.range.start, first.range.end);
        cx.report(range, msg)
            .with_edits(title, Applicability::Safe, edits);
    }
    // `1.1.1.` beside points `a)`.
    if letters().next().is_some() {
        if let Some(m) = outline
            .markers
            .iter()
            .find(|m| m.kind == Kind::Number && m.depth >= 3)
        {
            let shown = doc.slice(m.range).to_string();
            let msg = cx.tr(
                format!("Mục “{shown}” đánh số nhiều tầng trong khi văn bản đã chia khoản thành điểm a), b): hai kiểu đánh số bị dùng lẫn"),
                format!("Section “{shown}” uses multi-level numbers while the document already divides sections into points a), b): two schemes are mixed"),
            );
            cx.report(m.range, msg);
        }
    }
    // `6.2` beside `6.1.`.
    let subs = || {
        outline
            .markers
            .iter()
            .filter(|m| m.kind == Kind::Number && m.depth >= 2)
    };
    let with_dot = subs().filter(|m| m.term == Term::Dot).count();
    let without = subs().filter(|m| m.term == Term::None).count();
    if with_dot > without {
        for m in subs().filter(|m| m.term == Term::None) {
            let shown = doc.slice(m.range).to_string();
            let msg = cx.tr(
                format!("Tiểu mục “{shown}” thiếu dấu chấm cuối như các tiểu mục khác của văn bản: “{shown}.”"),
                format!("Sub-section “{shown}” lacks the final dot the document's other sub-sections have: “{shown}.”"),
            );
            let title = cx.tr("Thêm dấu chấm", "Add the dot");
            cx.report(m.range, msg).with_fix(
                title,
                Applicability::Safe,
                TextRange::empty(m.range.end),
                ".".to_string(),
            );
        }
    }
}
