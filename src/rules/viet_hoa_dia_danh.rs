//! TT441 `viet-hoa-dia-danh`: a place name is capitalised wrongly (`Tỉnh Lạng Sơn` inside a
//! sentence, `dịch tả lợn Châu Phi`, `thành phố Hồ Chí Minh`).

use crate::body::names::{
    self, continent_at, one_line, named_after_person_or_event, recase_first, special_unit_at, terrain_at,
    unit_at, with_edits, Case, PlaceWord, Word,
};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::viet_hoa_co_quan::{walk_body, Spelling};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT441",
        name: "viet-hoa-dia-danh",
        component: ComponentKind::NoiDung,
        severity: Severity::Warning,
        fix: FixAvailability::Always,
        summary_vi: "Địa danh viết hoa chưa đúng (tỉnh Lạng Sơn, châu Phi, Thành phố Hồ Chí Minh)",
        summary_en: "A place name is capitalised wrongly (tỉnh Lạng Sơn, châu Phi, Thành phố Hồ Chí Minh)",
        spec: "§4.4",
        docs: docs!("## Kiểm tra gì\n\
Trong câu (sau một chữ, một số hoặc dấu phẩy trên cùng dòng):\n\
- danh từ chỉ đơn vị hành chính trước tên riêng viết thường: `tỉnh Lạng Sơn`, \
`thành phố Đà Nẵng`, `huyện`, `quận`, `thị xã`, `xã`, `phường`, `thị trấn` — không viết \
`Tỉnh Lạng Sơn` giữa câu. Không báo khi đơn vị mang tên số (`Quận 1`), tên người (tên bắt \
đầu bằng một họ phổ biến: `Phường Lê Lợi`) hay sự kiện lịch sử (`Phường Điện Biên Phủ`), \
những trường hợp viết hoa cả danh từ chung; không báo `Tỉnh ủy`, `Tỉnh đoàn` (tên tổ chức).\n\
- `Thành phố Hồ Chí Minh`, `Thủ đô Hà Nội` viết hoa cả danh từ chung (báo khi viết thường).\n\
- `châu` trước tên châu lục viết thường: `châu Phi`, `châu Á`, `châu Âu`.\n\
- danh từ chỉ địa hình trước tên riêng từ hai âm tiết viết thường: `sông Cửu Long`, \
`vịnh Hạ Long`, `núi Bà Đen`, `đèo Hải Vân` (trước tên một âm tiết, danh từ có thể đã \
thành một phần của tên: `Sông Cầu`, `Cửa Lò`, nên không bị xét).\n\n\
Đầu dòng, đầu câu, sau dấu hai chấm, trong tiêu đề in hoa và trong ngoặc kép: không xét. \
`Châu`, `Sông`… ngay sau một chữ viết hoa có thể thuộc tên một tổ chức (`Nhóm Châu Á - \
Thái Bình Dương về chống rửa tiền`): không xét.\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục II, Mục III khoản 1 điểm a–d và khoản 2 (spec §4.4, \
quy tắc 4, 5, 7): tên đơn vị hành chính gồm danh từ chung và tên riêng thì viết hoa tên \
riêng, danh từ chung viết thường (`tỉnh Nam Định`, `thành phố Thái Nguyên`); đơn vị hành chính đặt theo \
số, tên người, sự kiện lịch sử thì viết hoa cả danh từ chung (`Quận 1`, `Phường Điện \
Biên Phủ`); trường hợp đặc biệt `Thủ đô Hà Nội`, `Thành phố Hồ Chí Minh`; danh từ chung \
chỉ địa hình đi liền với tên riêng viết thường (`sông Vàm Cỏ`, `vịnh Hạ Long`); tên địa \
lý nước ngoài phiên âm Hán - Việt (`Phi`, `Á`, `Âu`) theo cùng quy tắc, nên danh từ chung \
`châu` viết thường. Cảnh báo \
(`warning`): tên đơn vị hành chính có thể đặt theo tên người mà danh sách họ không nhận ra.\n\n\
## Ví dụ\n\
`phòng chống dịch tả lợn Châu Phi` → `châu Phi`; `trên địa bàn Tỉnh Lạng Sơn` → \
`tỉnh Lạng Sơn`.\n\n\
## Sửa\n\
An toàn (`safe`) cho `châu`, `tỉnh`, `thành phố`, `Thành phố Hồ Chí Minh`, `Thủ đô Hà Nội`: \
chữ đúng là chắc chắn. Không an toàn (`unsafe`) cho `huyện`, `quận`, `thị xã`, `xã`, \
`phường`, `thị trấn` và danh từ địa hình: đơn vị, địa danh có thể mang tên người, sự kiện \
hay đã thành tên riêng."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    walk_body(doc, cx, judge);
}

/// Judge the place starting at word `i`, if any; the index to go on from.
fn judge(
    doc: &Document,
    cx: &mut Context,
    words: &[Word],
    i: usize,
    spelling: Spelling,
) -> usize {
    let Some(w) = words.get(i) else {
        return i + 1;
    };
    if w.quoted || !matches!(w.case, Case::Title | Case::Lower) {
        return i + 1;
    }
    // `Thành phố Hồ Chí Minh`, `Thủ đô Hà Nội`: the common noun takes a capital.
    let maybe_special = words.get(i + 2).is_some_and(|x| x.case == Case::Title)
        && matches!(names::key(doc, w), "thanh" | "thu");
    let special = if maybe_special {
        special_unit_at(doc, words, i)
    } else {
        None
    };
    if let Some(s) = special {
        let name_capitalised = words
            .get(i + 2..s.end)
            .unwrap_or(&[])
            .iter()
            .all(|x| x.case == Case::Title);
        if w.case == Case::Lower && name_capitalised {
            let canonical = s.entry.1;
            report(
                doc,
                cx,
                words,
                Place {
                    start: i,
                    end: i + 1,
                    whole_end: s.end,
                    upper: true,
                    safe: true,
                },
                message(cx, Kind::Special(canonical)),
            );
        }
        return s.end;
    }
    if w.case != Case::Title || !w.mid_sentence() {
        return i + 1;
    }
    // After a capitalised word, `Châu Á`, `Sông Hồng` may belong to an organisation's or a
    // work's name (`Nhóm Châu Á - Thái Bình Dương về chống rửa tiền`).
    let in_name = w.joined()
        && i.checked_sub(1)
            .and_then(|p| words.get(p))
            .is_some_and(|p| matches!(p.case, Case::Title | Case::Upper));
    if let Some(p) = continent_at(doc, words, i) {
        if spelling.same(doc, w, "châu") && !in_name {
            report(doc, cx, words, place(&p, true), message(cx, Kind::Continent));
        }
        return p.end;
    }
    if let Some(p) = unit_at(doc, words, i) {
        let unit_words = words.get(p.start..p.name).unwrap_or(&[]);
        let first_canonical = p.canonical.split(' ').next().unwrap_or("");
        let lower_rest = unit_words.iter().skip(1).all(|x| x.case == Case::Lower);
        if !spelling.same(doc, w, first_canonical)
            || !lower_rest
            || named_after_person_or_event(doc, words, p.name, p.end)
        {
            return p.end;
        }
        let certain = matches!(p.canonical, "tỉnh" | "thành phố");
        let kind = if certain {
            Kind::Unit
        } else {
            Kind::UnitUnlessNamed
        };
        report(doc, cx, words, place(&p, certain), message(cx, kind));
        return p.end;
    }
    if let Some(p) = terrain_at(doc, words, i) {
        if spelling.same(doc, w, p.canonical) && !in_name {
            report(doc, cx, words, place(&p, false), message(cx, Kind::Terrain));
        }
        return p.end;
    }
    i + 1
}

enum Kind {
    Special(&'static str),
    Continent,
    Unit,
    UnitUnlessNamed,
    Terrain,
}

/// The message, with `{0}` for the words as written and `{1}` as corrected.
fn message(cx: &Context, kind: Kind) -> String {
    match kind {
        Kind::Special(name) => cx.tr(
            format!("Danh từ chung trong “{name}” chưa viết hoa: “{{0}}” → “{{1}}”"),
            format!("The common noun of “{name}” is not capitalised: “{{0}}” → “{{1}}”"),
        ),
        Kind::Continent => cx.tr(
            "“châu” trước tên châu lục bị viết hoa: “{0}” → “{1}”",
            "“châu” before a continent's name is capitalised: “{0}” → “{1}”",
        ),
        Kind::Unit => cx.tr(
            "Danh từ chỉ đơn vị hành chính trước tên riêng bị viết hoa: “{0}” → “{1}”",
            "An administrative unit word before a name is capitalised: “{0}” → “{1}”",
        ),
        Kind::UnitUnlessNamed => cx.tr(
            "Danh từ chỉ đơn vị hành chính trước tên riêng bị viết hoa: “{0}” → “{1}” (trừ khi đơn vị mang tên người, sự kiện lịch sử)",
            "An administrative unit word before a name is capitalised: “{0}” → “{1}” (unless the unit is named after a person or a historic event)",
        ),
        Kind::Terrain => cx.tr(
            "Danh từ chỉ địa hình trước tên riêng bị viết hoa: “{0}” → “{1}”",
            "A terrain word before a name is capitalised: “{0}” → “{1}”",
        ),
    }
}

/// What to change: words `start..end` take a capital (`upper`) or lose it; the message
/// shows words `start..whole_end`.
struct Place {
    start: usize,
    end: usize,
    whole_end: usize,
    upper: bool,
    safe: bool,
}

fn place(p: &PlaceWord, safe: bool) -> Place {
    Place {
        start: p.start,
        end: p.start + 1,
        whole_end: p.end,
        upper: false,
        safe,
    }
}

fn report(doc: &Document, cx: &mut Context, words: &[Word], p: Place, msg: String) {
    let (Some(first), Some(last), Some(shown_last)) = (
        words.get(p.start),
        p.end.checked_sub(1).and_then(|e| words.get(e)),
        p.whole_end.checked_sub(1).and_then(|e| words.get(e)),
    ) else {
        return;
    };
    let edits: Vec<(TextRange, String)> = words
        .get(p.start..p.end)
        .unwrap_or(&[])
        .iter()
        .filter_map(|w| recase_first(doc.text, w.range, p.upper))
        .collect();
    if edits.is_empty() {
        return;
    }
    let whole = TextRange::new(first.range.start, shown_last.range.end);
    let written = one_line(doc.slice(whole));
    let right = one_line(&with_edits(doc.text, whole, &edits));
    let text = msg.replace("{0}", &written).replace("{1}", &right);
    let title = cx.tr(format!("Viết thành “{right}”"), format!("Write “{right}”"));
    let applicability = if p.safe {
        Applicability::Safe
    } else {
        Applicability::Unsafe
    };
    let edits = edits
        .into_iter()
        .map(|(range, new_text)| Edit { range, new_text })
        .collect();
    cx.report(TextRange::new(first.range.start, last.range.end), text)
        .with_edits(title, applicability, edits);
}
