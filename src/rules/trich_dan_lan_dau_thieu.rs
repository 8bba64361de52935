//! TT420 `trich-dan-lan-dau-thieu`: the first citation of a document in the body lacks its
//! date, its issuer or its trích yếu (`Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ`
//! with no `về …`).

use crate::body::dates;
use crate::component::ComponentKind;
use crate::diagnostic::Severity;
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT420",
        name: "trich-dan-lan-dau-thieu",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::None,
        summary_vi: "Lần dẫn chiếu đầu tiên thiếu ngày, cơ quan ban hành hoặc trích yếu",
        summary_en: "The first citation lacks its date, issuer or summary",
        spec: "§4.1",
        docs: docs!("## Kiểm tra gì\n\
Lần đầu một văn bản được dẫn chiếu trong nội dung (nhận ra theo số, ký hiệu: \
`42/NQ-CP`, `15/2020/QĐ-TTg`, `20-NQ/TU`) phải ghi đủ: tên loại, số ký hiệu, ngày ban \
hành (`ngày 09/4/2020`), cơ quan ban hành (`của Chính phủ`) và trích yếu (`về …`, \
`quy định …`, `ban hành …`, `hướng dẫn …`). Các lần sau chỉ cần tên loại và số ký hiệu \
(`Quyết định số 24/2013/QĐ-UBND`).\n\n\
Được coi là đã ghi:\n\
- cơ quan ban hành, trích yếu nói ở phần đầu câu: `theo kết luận của lãnh đạo UBND tỉnh \
về … tại Thông báo số …`, `theo đề nghị của Giám đốc Sở … tại Tờ trình số …`, `Bộ Y tế có \
Công văn số …`, `được Thủ tướng Chính phủ phê duyệt tại Quyết định số …`, `… ban hành kèm \
theo Quyết định số …`, `… sửa đổi, bổ sung bởi Nghị định số …` (trích yếu);\n\
- ngày nói ở đầu câu: `Ngày 29/6/2026, Bộ trưởng Bộ Xây dựng ban hành Quyết định số …`;\n\
- các văn bản kể liền nhau dùng chung cơ quan ban hành và trích yếu ghi ở cuối: \
`Nghị định số 181/2024/NĐ-CP ngày … và Nghị định số 146/2025/NĐ-CP ngày … của Chính phủ \
quy định …`.\n\n\
Không xét: Luật, Bộ luật, Pháp lệnh, Hiến pháp (chỉ cần tên loại và tên); văn bản nằm \
trong trích yếu của văn bản khác (`Kết luận số 80-KL/TU … về tiếp tục thực hiện Nghị \
quyết số 34-NQ/TU …`: đó là tên của văn bản kia); lần dẫn chiếu có ghi `nêu trên`, \
`đã dẫn`.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.6.b (spec §4.1, §6 mục 18): khi viện dẫn lần \
đầu văn bản có liên quan, phải ghi đầy đủ tên loại, số, ký hiệu văn bản, thời gian ban \
hành văn bản, tên cơ quan, tổ chức ban hành văn bản và trích yếu nội dung văn bản (đối \
với luật và pháp lệnh chỉ ghi tên loại và tên của luật, pháp lệnh); các lần viện dẫn \
tiếp theo chỉ ghi tên loại và số, ký hiệu. Nhận ra ngày, cơ quan, trích yếu dựa vào cách \
diễn đạt, nên quy tắc chỉ cảnh báo (`warning`).\n\n\
## Ví dụ\n\
`không được quy định hỗ trợ tại Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ, \
Quyết định số 15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ.` → cả hai thiếu \
trích yếu. `Nghị quyết số 08/2019/NQ-HĐND của HĐND tỉnh về chính sách …` → thiếu ngày. \
Đúng: `Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ người \
dân gặp khó khăn do đại dịch COVID-19`.\n\n\
## Sửa\n\
Không sửa tự động: ngày, cơ quan ban hành và trích yếu phải tra từ văn bản được dẫn \
chiếu."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiDung).is_none() {
        return;
    }
    for c in &dates::read(doc).citations {
        if !c.first || c.nested || c.repeat || c.is_law() || c.kind.is_none() {
            continue;
        }
        let mut vi: Vec<&str> = Vec::new();
        let mut en: Vec<&str> = Vec::new();
        if c.abbreviated {
            vi.push("tên loại (chỉ ghi chữ viết tắt)");
            en.push("its type name (only the abbreviation)");
        }
        if c.date.is_none() && !c.date_before {
            vi.push("ngày ban hành");
            en.push("its date");
        }
        if !c.issuer {
            vi.push("cơ quan ban hành");
            en.push("its issuer");
        }
        if !c.summary {
            vi.push("trích yếu nội dung");
            en.push("its summary");
        }
        if vi.is_empty() {
            continue;
        }
        let label = c.label(doc);
        let msg = cx.tr(
            format!("Dẫn chiếu lần đầu {label} thiếu {}", join(&vi, "và")),
            format!("The first citation of {label} lacks {}", join(&en, "and")),
        );
        cx.report(c.range, msg);
    }
}

/// `a`, `a và b`, `a, b và c`.
fn join(parts: &[&str], and: &str) -> String {
    match parts {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    fn found(body: &str) -> Vec<(String, String)> {
        let text = format!(
            "UBND TỈNH LẠNG SƠN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\
             Số: 125/TB-UBND\nLạng Sơn, ngày 05 tháng 8 năm 2020\nTHÔNG BÁO\nKết luận phiên họp\n\n{body}\n\
             Văn phòng thông báo để các cơ quan biết, thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\
             CHỦ TỊCH\n\nNguyễn Văn A\n"
        );
        crate::check(&text, &crate::Options::default())
            .diagnostics
            .iter()
            .filter(|d| d.code == "TT420")
            .map(|d| (text[d.range.start..d.range.end].to_string(), d.message.clone()))
            .collect()
    }

    #[test]
    fn first_citations() {
        let got = found(
            "Hỗ trợ theo Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ, Quyết định số \
             15/2020/QĐ-TTg ngày 24/4/2020 của Thủ tướng Chính phủ. Thực hiện Nghị quyết số \
             08/2019/NQ-HĐND của HĐND tỉnh về chính sách đặc thù. Theo Nghị quyết số 42/NQ-CP, \
             các sở triển khai. Theo Luật Hộ tịch số 60/2014/QH13.",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, "Nghị quyết số 42/NQ-CP");
        assert_eq!(got[0].1, "Dẫn chiếu lần đầu Nghị quyết số 42/NQ-CP thiếu trích yếu nội dung");
        assert_eq!(got[1].0, "Quyết định số 15/2020/QĐ-TTg");
        assert!(got[2].1.ends_with("thiếu ngày ban hành"));
        assert!(found(
            "Thực hiện Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ về các biện pháp hỗ trợ."
        )
        .is_empty());
    }
}
