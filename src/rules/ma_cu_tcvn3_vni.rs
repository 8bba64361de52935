//! TT471 `ma-cu-tcvn3-vni`: text typed in a TCVN3 (ABC, `.VnTime`) or VNI font and pasted
//! as Unicode, which shows as mojibake (`Céng hoµ x· héi`, `Coäng hoøa xaõ hoäi`).

use crate::body::spelling::{legacy_runs, scan_legacy, tcvn3_to_unicode, vni_to_nfd, Legacy};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::quoc_hieu_sai_chu::compose;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT471",
        name: "ma-cu-tcvn3-vni",
        component: ComponentKind::VanBan,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Văn bản gõ bằng bảng mã cũ (TCVN3/VNI) bị lỗi phông",
        summary_en: "The text is in a legacy encoding (TCVN3/VNI)",
        spec: "§3",
        docs: docs!("## Kiểm tra gì\n\
Văn bản (hoặc một đoạn) được gõ bằng phông chữ của bảng mã cũ — TCVN3/ABC (`.VnTime`, \
`.VnTimeH`) hay VNI (`VNI-Times`) — rồi dán sang nơi dùng Unicode, nên hiện thành chữ \
lỗi phông: `Céng hoµ x· héi chñ nghÜa ViÖt Nam` (TCVN3), `Coäng hoøa xaõ hoäi chuû \
nghóa Vieät Nam` (VNI). Nhận biết bằng thống kê ký tự: những ký tự mà chữ tiếng Việt \
Unicode không bao giờ có trong một từ (`µ ¸ · ¨ © ® Ü Ö` kẹp giữa các chữ cái, chữ hoa \
Latin-1 sau chữ thường, cặp nguyên âm + dấu VNI như `aù`, `oâ`, `ñ` đầu từ). Cần ít nhất \
ba từ có dấu hiệu chắc chắn (chữ mà cả tiếng Việt Unicode lẫn tên nước ngoài đều không \
có), nên tên riêng nước ngoài (`Müller`, `Peña`), nhãn `Microsoft®` hay ký hiệu `µg` \
không bị báo. \
Báo **một lần** cho cả văn bản (lỗi), tại chuỗi từ lỗi phông đầu tiên, và nói văn bản \
thuộc bảng mã nào.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục I (spec §3, §6 mục 12): văn bản dùng phông chữ \
tiếng Việt của bộ mã ký tự Unicode theo TCVN 6909:2001. Văn bản bảng mã cũ không đọc \
được trên máy khác và không tìm kiếm được.\n\n\
## Ví dụ\n\
`Céng hoµ x· héi chñ nghÜa ViÖt Nam` → `Cộng hoà xã hội chủ nghĩa Việt Nam`.\n\n\
## Sửa\n\
Cách chắc chắn: mở bản gốc trong Word, chép vào bộ nhớ tạm, dùng Unikey → Công cụ chuyển \
mã (Ctrl+Shift+F6), nguồn TCVN3 (ABC) hoặc VNI Windows, đích Unicode, rồi dán lại. \
Ngoài ra có bản sửa **không an toàn** (`unsafe`): đổi chữ lỗi phông theo bảng mã TCVN3 \
hoặc VNI — cả dòng khi văn bản không có chữ Unicode nào, chỉ các cụm từ lỗi phông khi văn \
bản trộn lẫn. Không an toàn vì bảng mã TCVN3 không có chữ hoa có dấu (phông `.VnTimeH` vẽ \
mã chữ thường thành chữ hoa): từ có các chữ ASCII đều viết hoa được đổi thành chữ hoa \
(`TH¤NG B¸O` → `THÔNG BÁO`), còn chữ hoa đầu từ có dấu có thể ra chữ thường (`ñy ban` → \
`ủy ban`); người soạn cần đọc lại."),
    },
    check,
};

/// Words with a strong mojibake sign needed before the document is reported.
const MIN_WORDS: usize = 3;

fn check(doc: &Document, cx: &mut Context) {
    let scan = scan_legacy(doc.text);
    if scan.strong < MIN_WORDS {
        return;
    }
    let Some(encoding) = scan.encoding() else {
        return;
    };
    // Point at the first run of mojibake words on one line.
    let Some(first) = scan.words.first().copied() else {
        return;
    };
    let line = doc.lines.get(doc.line_of(first.start)).map(|l| l.range);
    let last_on_line = scan
        .words
        .iter()
        .take_while(|w| line.is_none_or(|l| w.end <= l.end))
        .last()
        .copied()
        .unwrap_or(first);
    let flagged = TextRange::new(first.start, last_on_line.end);
    let n = scan.words.len();
    let (name_vi, name_en) = match encoding {
        Legacy::Tcvn3 => ("TCVN3 (ABC)", "TCVN3 (ABC)"),
        Legacy::Vni => ("VNI Windows", "VNI Windows"),
    };
    let msg = cx.tr(
        format!("Văn bản gõ bằng bảng mã {name_vi} bị lỗi phông ({n} từ): chuyển sang Unicode bằng Unikey, Công cụ chuyển mã, từ {name_vi} sang Unicode"),
        format!("The text was typed in the {name_en} legacy encoding and shows as mojibake ({n} words): convert it to Unicode, e.g. with Unikey's converter (from {name_en} to Unicode)"),
    );
    let edits = conversion(doc, &scan, encoding);
    let title = cx.tr(
        format!("Chuyển chữ lỗi phông từ {name_vi} sang Unicode"),
        format!("Convert the mojibake from {name_en} to Unicode"),
    );
    let reported = cx.report(flagged, msg);
    if !edits.is_empty() {
        reported.with_edits(title, Applicability::Unsafe, edits);
    }
}

/// The edits converting the mojibake: every line with non-ASCII text when the whole text has
/// no genuine Unicode Vietnamese letter; else only the runs of mojibake words (and the plain
/// Latin-1 words next to them), so that the Unicode text around stays as it is.
fn conversion(
    doc: &Document,
    scan: &crate::body::spelling::LegacyScan,
    encoding: Legacy,
) -> Vec<Edit> {
    let whole = !scan.has_unicode_vietnamese;
    let convert = |s: &str| match encoding {
        Legacy::Tcvn3 => tcvn3_to_unicode(s),
        Legacy::Vni => compose(&vni_to_nfd(s)),
    };
    let mut edits = Vec::new();
    let mut k = 0usize;
    for line in &doc.lines {
        let r = line.range;
        let first = k;
        while scan.words.get(k).is_some_and(|w| w.start < r.end) {
            k += 1;
        }
        let words = scan.words.get(first..k).unwrap_or_default();
        let targets = if whole {
            if doc.slice(r).is_ascii() {
                Vec::new()
            } else {
                vec![r]
            }
        } else {
            legacy_runs(doc.text, r, words)
        };
        for t in targets {
            let s = doc.slice(t);
            let converted = convert(s);
            if converted != s {
                edits.push(Edit {
                    range: t,
                    new_text: converted,
                });
            }
        }
    }
    edits
}
