//! TT208 `ky-hieu-sai-loai`: the type abbreviation in the symbol is not one of Phụ lục III,
//! does not match the type name, or a công văn's symbol carries one.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::doctype::DocType;
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::trim_range;

use super::quoc_hieu_sai_chu::Wording;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT208",
        name: "ky-hieu-sai-loai",
        component: ComponentKind::SoKyHieu,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Chữ viết tắt tên loại trong ký hiệu sai hoặc không khớp tên loại",
        summary_en: "The type abbreviation in the symbol is wrong or does not match the type",
        spec: "§5.2",
        docs: docs!("## Kiểm tra gì\n\
Nhóm chữ đầu của ký hiệu (`TB` trong `05/TB-UBND`; `QĐ` trong `15/2020/QĐ-TTg`) là chữ \
viết tắt tên loại văn bản, đúng từng chữ (phân biệt hoa/thường) theo bảng Phụ lục III: \
`NQ`, `QĐ`, `CT`, `QC`, `QyĐ`, `TC`, `TB`, `HD`, `CTr`, `KH`, `PA`, `ĐA`, `DA`, `BC`, \
`BB`, `TTr`, `HĐ`, `CĐ`, `BGN`, `BTT`, `GUQ`, `GM`, `GGT`, `GNP`, `PG`, `PC`, `PB`; bản \
sao: `SY`, `TrS`, `SL`.\n\n\
- Văn bản có tên loại (`THÔNG BÁO`, `QUYẾT ĐỊNH`…) hoặc loại được chỉ định trong tùy \
chọn: nhóm đầu phải đúng chữ viết tắt của loại đó (`THÔNG BÁO` ↔ `TB`). Viết sai \
(`QYĐ`, `QCh`, `DAn`, `Tb`), dùng chữ của loại khác (`QĐ` dưới `THÔNG BÁO`) hay `CV` đều \
bị báo.\n\
- Công văn (và thư công): ký hiệu là `<cơ quan>-<đơn vị>`, **không** có chữ viết tắt \
tên loại; `CV-…` hay một chữ viết tắt tên loại đứng đầu là sai. Chữ viết tắt tên cơ \
quan, đơn vị là tự do (`UBND-KT`, `VPCP-CN`, `SNNMT-KHTC`, `HC-QLHC` đều đúng). Văn bản \
được nhận là công văn khi loại được chỉ định trong tùy chọn, hoặc khi không có tên loại \
mà có `V/v`/`Kính gửi`; trường hợp sau chỉ báo các dạng sai đã biết (`CV`, `QYĐ`…), vì \
chữ viết tắt tên cơ quan có thể trùng chữ viết tắt tên loại (`CT` của Cục Thuế).\n\
- Văn bản không có tên loại mà nhóm đầu không phải chữ viết tắt tên loại: đó là ký hiệu \
kiểu công văn, không báo. Chỉ các dạng sai đã biết (`QYĐ`, `QCh`, `DAn`, `CV`, `TCG`) \
bị báo.\n\n\
Văn bản không có dấu tiếng Việt nào (bản trích mất dấu): `QD` được đọc là `QĐ`.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Phụ lục I mục II.3 và Phụ lục III mục I (spec §1.3, §5.2, §6 \
mục 7): ký hiệu văn bản có tên loại gồm chữ viết tắt tên loại và chữ viết tắt tên cơ \
quan ban hành; ký hiệu công văn gồm chữ viết tắt tên cơ quan và đơn vị soạn thảo. Các \
dạng `QYĐ`, `QCh`, `DAn`, `CV`, `TCG` gặp trong tài liệu hướng dẫn không có trong bảng.\n\n\
## Ví dụ\n\
`THÔNG BÁO` với `Số: 05/QĐ-UBND` → `05/TB-UBND`; `Số: 12/QYĐ-UBND` → `12/QyĐ-UBND`; công \
văn `Số: 45/CV-UBND`.\n\n\
## Sửa\n\
An toàn (`safe`) khi chữ đúng là chắc chắn: theo tên loại của văn bản, hoặc dạng sai đã \
biết (`QYĐ` → `QyĐ`, `QCh` → `QC`, `DAn` → `DA`). Khi ký hiệu của văn bản có tên loại \
không có chữ viết tắt tên loại nào (`05/UBND-VP` dưới `THÔNG BÁO`), đề xuất chèn `TB-` \
nhưng không an toàn (`unsafe`): có thể nhóm đầu là chữ viết tắt viết sai. Công văn có \
chữ viết tắt tên loại: chỉ đề xuất bỏ nhóm đầu (`unsafe`) khi ký hiệu còn lại vẫn có \
đủ cơ quan và đơn vị (ba nhóm trở lên); nếu không, không sửa."),
    },
    check,
};

/// Forms seen in guides that are not in Phụ lục III, and the right one when certain.
const WRONG: &[(&str, Option<&str>)] = &[
    ("QYĐ", Some("QyĐ")),
    ("QCh", Some("QC")),
    ("DAn", Some("DA")),
    ("CV", None),
    ("TCG", None),
];

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::SoKyHieu).is_none() {
        return;
    }
    let Some(so) = doc.so_ky_hieu else { return };
    let symbol = doc.slice(so.symbol);
    let groups = symbol.split(super::ky_hieu_co_dau_cach::is_dash).count();
    let first_len = symbol
        .find(super::ky_hieu_co_dau_cach::is_dash)
        .unwrap_or(symbol.len());
    let g0_range = trim_range(
        doc.text,
        TextRange::new(so.symbol.start, so.symbol.start + first_len),
    );
    let g0 = doc.slice(g0_range);
    if g0.is_empty() {
        return;
    }
    // The first group with its hyphen and the spaces after it, to drop it.
    let rest = symbol.get(first_len..).unwrap_or("");
    let after_hyphen = rest
        .strip_prefix(super::ky_hieu_co_dau_cach::is_dash)
        .unwrap_or(rest);
    let spaces = after_hyphen.len() - after_hyphen.trim_start().len();
    let drop = TextRange::new(
        g0_range.start,
        so.symbol.start + (symbol.len() - after_hyphen.len()) + spaces,
    );
    let wording = Wording::of(doc);
    let first = First {
        text: g0,
        wording,
        range: g0_range,
        drop,
        groups,
    };
    // The type the document says it is: its type name, or the type chosen in the options.
    let named = (!doc.type_detected || doc.has(ComponentKind::TenLoai)).then_some(doc.doc_type);
    match named {
        Some(t @ (DocType::CongVan | DocType::ThuCong)) => no_abbreviation(cx, t, &first),
        Some(t) => match t.abbreviation() {
            Some(a) if !first.is(a) => wrong_for_type(cx, t, a, &first, so.symbol.start),
            Some(_) => {}
            None => known_wrong(cx, &first),
        },
        // A letter detected as a công văn (`V/v`, `Kính gửi`) takes no type abbreviation.
        None if doc.doc_type == DocType::CongVan => no_abbreviation(cx, DocType::CongVan, &first),
        None => known_wrong(cx, &first),
    }
}

/// The first group of the symbol.
struct First<'a> {
    text: &'a str,
    /// In a document without diacritics `QD` stands for `QĐ`.
    wording: Wording,
    range: TextRange,
    /// The group, its hyphen and the spaces after.
    drop: TextRange,
    groups: usize,
}

impl First<'_> {
    /// Whether the group is written `abbr` (case-sensitive).
    fn is(&self, abbr: &str) -> bool {
        self.wording.norm(self.text) == self.wording.norm(abbr)
    }

    /// The wrong form of `WRONG` the group is, with its right form.
    fn wrong(&self) -> Option<Option<&'static str>> {
        WRONG.iter().find(|(w, _)| self.is(w)).map(|(_, r)| *r)
    }
}

/// Is the group written as (or miswritten for) a type abbreviation?
fn type_abbreviation_like(first: &First) -> Option<&'static str> {
    let g = first.text;
    if let Some(right) = first.wrong() {
        return Some(right.unwrap_or("CV"));
    }
    let upper = g.to_uppercase();
    let folded = fold(g);
    let all = DocType::ALL.iter().filter_map(|t| t.abbreviation());
    let by_case: Vec<&str> = all.clone().filter(|a| a.to_uppercase() == upper).collect();
    if let [a] = by_case.as_slice() {
        return Some(a);
    }
    let by_fold: Vec<&str> = all.filter(|a| fold(a) == folded).collect();
    by_fold.first().copied()
}

/// A typed document whose symbol does not start with its type's abbreviation `a`.
fn wrong_for_type(cx: &mut Context, t: DocType, a: &str, first: &First, symbol_start: usize) {
    let (g0, g0_range) = (first.text, first.range);
    let name = t.name();
    let Some(like) = type_abbreviation_like(first) else {
        // No type abbreviation at all: the first group is the issuer's.
        let msg = cx.tr(
            format!("Ký hiệu thiếu chữ viết tắt tên loại “{a}” ({name})"),
            format!("The symbol lacks the type abbreviation “{a}” ({name})"),
        );
        let insert = format!("{}-", first.wording.replacement(a, ""));
        let title = cx.tr(format!("Chèn “{insert}”"), format!("Insert “{insert}”"));
        cx.report(g0_range, msg).with_fix(
            title,
            Applicability::Unsafe,
            TextRange::empty(symbol_start),
            insert,
        );
        return;
    };
    let msg = if like == a {
        cx.tr(
            format!("Chữ viết tắt tên loại “{g0}” viết sai: phải là “{a}” ({name})"),
            format!("The type abbreviation “{g0}” is miswritten: use “{a}” ({name})"),
        )
    } else {
        cx.tr(
            format!("Chữ viết tắt “{g0}” không khớp tên loại {name}: phải là “{a}”"),
            format!("“{g0}” does not match the type name {name}: use “{a}”"),
        )
    };
    let new = first.wording.replacement(a, g0);
    let title = cx.tr(format!("Sửa thành “{new}”"), format!("Change to “{new}”"));
    cx.report(g0_range, msg)
        .with_fix(title, Applicability::Safe, g0_range, new);
}

/// A công văn (or thư công) symbol that starts with a type abbreviation.
fn no_abbreviation(cx: &mut Context, t: DocType, first: &First) {
    let g0 = first.text;
    let exact = DocType::ALL
        .iter()
        .filter_map(|t| t.abbreviation())
        .any(|a| first.is(a));
    let wrong = first.wrong().is_some();
    if !exact && !wrong {
        return;
    }
    let what = if t == DocType::ThuCong {
        ("thư công", "a thư công")
    } else {
        ("công văn", "a công văn")
    };
    let msg = cx.tr(
        format!(
            "Ký hiệu {} không có chữ viết tắt tên loại: “{g0}” thừa (ký hiệu là <cơ quan>-<đơn vị>)",
            what.0
        ),
        format!(
            "The symbol of {} has no type abbreviation: drop “{g0}” (issuer-unit)",
            what.1
        ),
    );
    drop_first_group(cx, msg, first);
}

/// No type name: only the forms that are never right.
fn known_wrong(cx: &mut Context, first: &First) {
    let (g0, g0_range) = (first.text, first.range);
    let Some(right) = first.wrong() else {
        return;
    };
    match right {
        Some(a) => {
            let msg = cx.tr(
                format!("“{g0}” không phải chữ viết tắt tên loại theo Nghị định 30: phải là “{a}”"),
                format!("“{g0}” is not a type abbreviation of Decree 30: use “{a}”"),
            );
            let new = first.wording.replacement(a, g0);
            let title = cx.tr(format!("Sửa thành “{new}”"), format!("Change to “{new}”"));
            cx.report(g0_range, msg)
                .with_fix(title, Applicability::Safe, g0_range, new);
        }
        None => {
            let msg = cx.tr(
                format!("“{g0}” không phải chữ viết tắt tên loại: công văn và thư công không có chữ viết tắt trong ký hiệu"),
                format!("“{g0}” is not a type abbreviation: a công văn or thư công has none in its symbol"),
            );
            drop_first_group(cx, msg, first);
        }
    }
}

/// Report the first group; offer to drop it (unsafe) when issuer and unit remain.
fn drop_first_group(cx: &mut Context, msg: String, first: &First) {
    let title = cx.tr(
        format!("Bỏ “{}-”", first.text),
        format!("Drop “{}-”", first.text),
    );
    let reported = cx.report(first.range, msg);
    if first.groups >= 3 {
        reported.with_edits(
            title,
            Applicability::Unsafe,
            vec![Edit {
                range: first.drop,
                new_text: String::new(),
            }],
        );
    }
}
