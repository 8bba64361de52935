//! TT472 `bo-dau-khong-thong-nhat`: old (`hoà`, `thuỷ`) and new (`hòa`, `thủy`) tone
//! placement mixed in one document, across different words.

use crate::body::spelling::{tone_tally, with_tone_style, ToneStyle};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::chuan_unicode::nfc;
use super::quoc_hieu_sai_chu::in_form_of;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT472",
        name: "bo-dau-khong-thong-nhat",
        component: ComponentKind::VanBan,
        severity: Severity::Info,
        fix: FixAvailability::Always,
        summary_vi: "Trộn lẫn kiểu bỏ dấu cũ và mới (hoà/hòa)",
        summary_en: "Old and new tone placement are mixed",
        spec: "§6",
        docs: docs!("## Kiểm tra gì\n\
Các âm tiết mở `oa`, `oe`, `uy` có dấu thanh (không đứng sau `q`) đặt được dấu ở hai chỗ: \
kiểu cũ trên nguyên âm sau (`hoà`, `khoẻ`, `thuỷ`, `uỷ`) và kiểu mới trên nguyên âm đầu \
(`hòa`, `khỏe`, `thủy`, `ủy`). Quy tắc đếm hai kiểu trên cả văn bản và báo những từ viết \
theo kiểu ít dùng hơn, ví dụ văn bản viết `hóa`, `hòa`, `ủy` nhưng lại có `thuỷ`. Khi hai \
kiểu bằng nhau, kiểu xuất hiện trước được coi là kiểu của văn bản.\n\n\
Một âm tiết bị viết cả hai kiểu (`Tỉnh ủy` và `Tỉnh uỷ`) là lỗi của TT450 \
`viet-khong-nhat-quan`, không báo lại ở đây. Quốc hiệu và họ tên người không được xét.\n\n\
## Vì sao\n\
Cả hai kiểu bỏ dấu đều được chấp nhận: chính Nghị định 30/2020/NĐ-CP viết cả `HÒA` lẫn \
`HOÀ` (spec §1.1). Nhưng một văn bản nên theo một kiểu (spec §6 mục 20, viết nhất quán), \
nên đây chỉ là thông tin (`info`), chỉ ra kiểu thiểu số.\n\n\
## Ví dụ\n\
`… văn hóa, hòa giải, Ủy ban …` và `… công trình thuỷ lợi …` → `thủy lợi`.\n\n\
## Sửa\n\
An toàn (`safe`): chuyển dấu thanh của từ sang chỗ theo kiểu đa số của văn bản — cùng âm \
tiết, cùng dấu, chỉ khác chỗ đặt, nên chữ sau khi sửa là chắc chắn; hoa/thường được giữ."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let tally = tone_tally(doc, nfc);
    let Some(target) = tally.majority() else {
        return;
    };
    let minority = match target {
        ToneStyle::Old => ToneStyle::New,
        ToneStyle::New => ToneStyle::Old,
    };
    let (n_target, n_minority) = match target {
        ToneStyle::Old => (tally.old, tally.new),
        ToneStyle::New => (tally.new, tally.old),
    };
    let counts = tally.counts();
    for w in tally.words.iter().filter(|w| w.style == minority) {
        if counts.get(&w.key, target) > 0 {
            // The same syllable both ways: TT450.
            continue;
        }
        let original = doc.slice(w.range);
        let this = nfc(original);
        let Some(other) = with_tone_style(&this, target) else {
            continue;
        };
        let (kind_vi, kind_en) = match minority {
            ToneStyle::Old => ("cũ", "old"),
            ToneStyle::New => ("mới", "new"),
        };
        let msg = cx.tr(
            format!(
                "“{this}” bỏ dấu kiểu {kind_vi} ({}), trong khi văn bản chủ yếu bỏ dấu kiểu “{}” ({n_target} từ, so với {n_minority})",
                minority.examples(),
                target.examples()
            ),
            format!(
                "“{this}” uses the {kind_en} tone placement ({}) while the document mostly writes “{}” ({n_target} words against {n_minority})",
                minority.examples(),
                target.examples()
            ),
        );
        let title = cx.tr(format!("Viết là “{other}”"), format!("Write “{other}”"));
        let fixed = in_form_of(&other, original);
        cx.report(w.range, msg)
            .with_fix(title, Applicability::Safe, w.range, fixed);
    }
}
