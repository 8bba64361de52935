//! TT450 `viet-khong-nhat-quan`: the same word spelled two ways in one document (`Tỉnh ủy`
//! and `Tỉnh uỷ`, `COVID-19` and `COVID19`, `2016 - 2020` and `2016-2020`, `kỹ` and `kĩ`).

use crate::body::spelling::{
    code_key, codes, in_case_of, tone_tally, with_tone_style, year_ranges, RangeStyle,
    ToneStyle, ToneTally, YiWord, Y_I_VARIANTS,
};
use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Severity, TextRange};
use crate::document::Document;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};

use super::chuan_unicode::nfc;
use super::quoc_hieu_sai_chu::in_form_of;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT450",
        name: "viet-khong-nhat-quan",
        component: ComponentKind::VanBan,
        severity: Severity::Info,
        fix: FixAvailability::Always,
        summary_vi: "Cùng một từ viết hai cách trong văn bản",
        summary_en: "The same word is spelled two ways",
        spec: "§6",
        docs: docs!("## Kiểm tra gì\n\
Cùng một từ được viết theo hai cách trong một văn bản:\n\
- bỏ dấu thanh khác chỗ trên cùng một âm tiết: `Tỉnh ủy` và `Tỉnh uỷ`, `thủy lợi` và \
`thuỷ lợi` (chỉ các âm tiết mở `oa`, `oe`, `uy` mà dấu đặt được ở hai chỗ);\n\
- `y` hay `i` trong cùng một âm tiết: `kỹ thuật`/`kĩ thuật`, `quy định`/`qui định`, \
`tỷ lệ`/`tỉ lệ` (chỉ xét chữ viết thường: tên riêng như `Lý` giữ nguyên);\n\
- mã gồm chữ và số có hoặc không có gạch nối, hoa hoặc thường: `COVID-19`, `COVID19`, \
`Covid-19` (mã không gạch nối chỉ được tìm khi văn bản có viết mã đó kèm gạch nối; mã chỉ \
khác hoa/thường mà có dưới ba chữ cái, như `m2`/`M2`, có thể là hai thứ khác nhau nên \
không bị báo);\n\
- khoảng năm viết có hoặc không có dấu cách quanh gạch nối (hay gạch ngang `–`): \
`2016 - 2020` và `2016-2020` (năm trong ngày tháng, số ký hiệu không tính).\n\n\
Mỗi chỗ viết theo cách **ít dùng hơn** được báo một lần (cùng một lời nhắn cho mọi chỗ của \
cùng một cặp), kèm số lần mỗi cách xuất hiện. Riêng vị trí dấu thanh, cách “đa số” được \
tính trên **cả văn bản** (mọi âm tiết `oa`/`oe`/`uy` có dấu), để đề xuất khớp với kiểu bỏ \
dấu chung của văn bản (xem TT472). Khi hai cách dùng bằng nhau, cách xuất hiện trước được \
coi là chuẩn. Quốc hiệu (Nghị định viết cả `HÒA` lẫn `HOÀ`) và họ tên người \
(`Nguyễn Thị Thuỷ`: tên riêng giữ cách viết của người đó) không được xét.\n\n\
## Vì sao\n\
Spec §6 mục 20: viết không nhất quán cùng một từ trong một văn bản (`Tỉnh uỷ`/`Tỉnh ủy`, \
`COVID19`/`COVID-19`) là lỗi soạn thảo thường gặp. Nghị định 30/2020/NĐ-CP không quy định \
chọn cách nào (chính Nghị định viết cả `HÒA` và `HOÀ`, spec §1.1), nên đây chỉ là gợi ý \
(`info`): chọn một cách và dùng thống nhất.\n\n\
## Ví dụ\n\
`… các Nghị quyết của Tỉnh ủy …` rồi `… Ban Thường vụ Tỉnh uỷ …`; `dịch COVID-19` rồi \
`đại dịch COVID19`; `giai đoạn 2016 - 2020` rồi `giai đoạn 2016-2020`.\n\n\
## Sửa\n\
An toàn (`safe`): viết lại chỗ ít dùng theo cách đa số. Hai cách là hai chính tả của cùng \
một từ (cùng âm tiết, chỉ khác chỗ đặt dấu hoặc `y`/`i`; cùng chữ và số, chỉ khác gạch nối \
hoặc hoa/thường; cùng hai năm, chỉ khác dấu cách), nên chữ sau khi sửa là chắc chắn; chữ \
hoa/thường của chỗ được sửa được giữ."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    let tally = tone_tally(doc, nfc);
    tone_variants(doc, cx, &tally);
    y_i_variants(doc, cx, &tally.y_i);
    code_variants(doc, cx);
    year_range_variants(doc, cx);
}

/// One spelling (`this`, written `m` times) against the majority one (`other`, `n` times).
struct Pair<'a> {
    this: &'a str,
    m: usize,
    other: &'a str,
    n: usize,
}

fn report(cx: &mut Context, at: TextRange, pair: Pair, fixed: String) {
    let Pair { this, m, other, n } = pair;
    let msg = cx.tr(
        format!("Cùng một từ viết hai cách trong văn bản: “{this}” ({m} lần) và “{other}” ({n} lần)"),
        format!(
            "The same word is spelled two ways in the document: “{this}” ({m}×) and “{other}” ({n}×)"
        ),
    );
    let title = cx.tr(
        format!("Viết thống nhất là “{other}”"),
        format!("Write “{other}” throughout"),
    );
    cx.report(at, msg)
        .with_fix(title, Applicability::Safe, at, fixed);
}

/// `ủy`/`uỷ` on the same syllable: the occurrences not in the document's majority placement.
fn tone_variants(doc: &Document, cx: &mut Context, tally: &ToneTally) {
    let Some(target) = tally.majority() else {
        return;
    };
    let minority = match target {
        ToneStyle::Old => ToneStyle::New,
        ToneStyle::New => ToneStyle::Old,
    };
    let counts = tally.counts();
    for w in tally.words.iter().filter(|w| w.style == minority) {
        let n = counts.get(&w.key, target);
        if n == 0 {
            // Written one way only: a matter of the document's style (TT472).
            continue;
        }
        let m = counts.get(&w.key, minority);
        let original = doc.slice(w.range);
        let this = nfc(original);
        let Some(other) = with_tone_style(&this, target) else {
            continue;
        };
        let fixed = in_form_of(&other, original);
        let msg_vi = format!(
            "Cùng một từ bỏ dấu hai cách trong văn bản: “{this}” ({m} lần) và “{other}” ({n} lần); văn bản chủ yếu bỏ dấu kiểu “{}”",
            target.examples()
        );
        let msg_en = format!(
            "The same word carries its tone mark in two places in the document: “{this}” ({m}×) and “{other}” ({n}×); the document mostly writes “{}”",
            target.examples()
        );
        let msg = cx.tr(msg_vi, msg_en);
        let title = cx.tr(
            format!("Viết thống nhất là “{other}”"),
            format!("Write “{other}” throughout"),
        );
        cx.report(w.range, msg)
            .with_fix(title, Applicability::Safe, w.range, fixed);
    }
}

/// `kỹ`/`kĩ`: lower-case words only (capitalised `Lý`, `Mỹ` may be names).
fn y_i_variants(doc: &Document, cx: &mut Context, seen: &[YiWord]) {
    for (pair, (y, i)) in Y_I_VARIANTS.iter().enumerate() {
        let count = |side: usize| {
            seen.iter()
                .filter(|w| w.pair == pair && w.side == side)
                .count()
        };
        let (ny, ni) = (count(0), count(1));
        if ny == 0 || ni == 0 {
            continue;
        }
        let first_side = seen
            .iter()
            .find(|w| w.pair == pair)
            .map_or(0, |w| w.side);
        let target = match ny.cmp(&ni) {
            std::cmp::Ordering::Greater => 0,
            std::cmp::Ordering::Less => 1,
            std::cmp::Ordering::Equal => first_side,
        };
        let (target_word, minority_word) = if target == 0 { (*y, *i) } else { (*i, *y) };
        let (n, m) = if target == 0 { (ny, ni) } else { (ni, ny) };
        for w in seen.iter().filter(|w| w.pair == pair && w.side != target) {
            let original = doc.slice(w.range);
            let fixed = in_form_of(&in_case_of(target_word, original), original);
            let pair = Pair {
                this: minority_word,
                m,
                other: target_word,
                n,
            };
            report(cx, w.range, pair, fixed);
        }
    }
}

/// One spelling of a code: how it is written, how often, where first.
struct Surface<'a> {
    text: &'a str,
    count: usize,
    first: usize,
}

/// `COVID-19`/`COVID19`/`Covid-19`.
fn code_variants(doc: &Document, cx: &mut Context) {
    let found = codes(doc);
    if found.len() < 2 {
        return;
    }
    // key → its spellings (a document has few codes: a list is enough).
    let mut groups: Vec<(String, Vec<Surface>)> = Vec::new();
    for r in &found {
        let s = doc.slice(*r);
        let key = code_key(s);
        let k = match groups.iter().position(|(g, _)| *g == key) {
            Some(k) => k,
            None => {
                groups.push((key, Vec::new()));
                groups.len() - 1
            }
        };
        let Some((_, surfaces)) = groups.get_mut(k) else {
            continue;
        };
        match surfaces.iter_mut().find(|x| x.text == s) {
            Some(x) => {
                x.count += 1;
                x.first = x.first.min(r.start);
            }
            None => surfaces.push(Surface {
                text: s,
                count: 1,
                first: r.start,
            }),
        }
    }
    for r in &found {
        let s = doc.slice(*r);
        let key = code_key(s);
        let Some((_, surfaces)) = groups.iter().find(|(g, _)| *g == key) else {
            continue;
        };
        if surfaces.len() < 2 {
            continue;
        }
        // Case alone on a short code (`m2`/`M2`) may be two things.
        let letters = key.chars().filter(char::is_ascii_alphabetic).count();
        let only_case = surfaces
            .iter()
            .all(|x| x.text.eq_ignore_ascii_case(surfaces.first().map_or("", |f| f.text)));
        if only_case && letters < 3 {
            continue;
        }
        // The most used spelling; on a tie, the one written first.
        let Some(target) = surfaces
            .iter()
            .min_by_key(|x| (std::cmp::Reverse(x.count), x.first))
        else {
            continue;
        };
        if s == target.text {
            continue;
        }
        let m = surfaces.iter().find(|x| x.text == s).map_or(1, |x| x.count);
        let pair = Pair {
            this: s,
            m,
            other: target.text,
            n: target.count,
        };
        report(cx, *r, pair, target.text.to_string());
    }
}

/// `2016 - 2020`/`2016-2020`: year ranges in another spacing than most.
fn year_range_variants(doc: &Document, cx: &mut Context) {
    let ranges = year_ranges(doc.text, TextRange::new(0, doc.text.len()));
    if ranges.len() < 2 {
        return;
    }
    let mut styles: Vec<(RangeStyle, usize)> = Vec::new();
    for y in &ranges {
        match styles.iter_mut().find(|(s, _)| *s == y.style) {
            Some((_, c)) => *c += 1,
            None => styles.push((y.style, 1)),
        }
    }
    if styles.len() < 2 {
        return;
    }
    let Some((target, n)) = styles.iter().rev().max_by_key(|(_, c)| *c).copied() else {
        return;
    };
    for y in ranges.iter().filter(|y| y.style != target) {
        let m = styles
            .iter()
            .find(|(s, _)| *s == y.style)
            .map_or(1, |(_, c)| *c);
        let this = doc.slice(y.range);
        let sep = target.separator();
        let first = doc.slice(TextRange::new(y.range.start, y.separator.start));
        let second = doc.slice(TextRange::new(y.separator.end, y.range.end));
        let other = format!("{first}{sep}{second}");
        let msg = cx.tr(
            format!("Khoảng năm viết hai kiểu trong văn bản: “{this}” ({m} lần) và kiểu “{other}” ({n} lần)"),
            format!("Year ranges are written two ways in the document: “{this}” ({m}×) and the style “{other}” ({n}×)"),
        );
        let title = cx.tr(
            format!("Viết thống nhất là “{other}”"),
            format!("Write “{other}” throughout"),
        );
        cx.report(y.range, msg)
            .with_fix(title, Applicability::Safe, y.separator, sep);
    }
}
