//! TT521 `noi-nhan-dau-cau`: each Nơi nhận line opens with `- ` and ends with `;`, the last
//! (`- Lưu: …`) with `.`. Also home of the list reader and the line-punctuation check that
//! TT311 (`kinh-gui-dau-cau`) shares.

use crate::component::ComponentKind;
use crate::diagnostic::{Applicability, Edit, Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::text::trim_range;

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT521",
        name: "noi-nhan-dau-cau",
        component: ComponentKind::NoiNhan,
        severity: Severity::Error,
        fix: FixAvailability::Sometimes,
        summary_vi: "Nơi nhận: mỗi dòng “- …;”, dòng cuối kết thúc bằng dấu chấm",
        summary_en: "Nơi nhận: each line “- …;”, the last ending with a period",
        spec: "§1.9",
        docs: docs!("## Kiểm tra gì\n\
Mỗi dòng của danh sách Nơi nhận bắt đầu bằng dấu gạch đầu dòng `- ` và kết thúc bằng dấu \
chấm phẩy `;`; dòng cuối cùng (`- Lưu: VT, …`) kết thúc bằng dấu chấm `.`. Một dòng nơi \
nhận viết tràn sang dòng dưới được xét ở chỗ nó kết thúc; ghi chú trong ngoặc \
(`- UBND tỉnh (b/c);`) là bình thường. Danh sách bị dồn thành một dòng khi trích xuất \
(`Nơi nhận: - Như trên; - Lưu: VT, KT.`) vẫn được tách thành từng dòng. Mỗi dòng sai chỉ \
báo một lần, ở cuối dòng.\n\n\
Khi danh sách không kết thúc bằng dòng `Lưu`, dấu câu của dòng cuối không được xét \
(TT522 `noi-nhan-thieu-luu` báo thiếu dòng Lưu).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP, Phụ lục I mục II.9 (spec §1.9, §6 mục 13): tên từng cơ quan, \
đơn vị nhận văn bản được trình bày trên một dòng riêng, đầu dòng có gạch đầu dòng, cuối \
dòng có dấu chấm phẩy; riêng dòng cuối cùng (Lưu) có dấu chấm.\n\n\
## Ví dụ\n\
```\nNơi nhận:\n- Như trên,\n- Sở Tài chính\n- Lưu: VT, KT;\n```\n\
báo ba dòng: `,` thay cho `;`, thiếu `;`, và `;` thay cho `.` ở dòng cuối.\n\n\
## Sửa\n\
An toàn (`safe`): thay `,`/`.` cuối dòng bằng `;` hoặc thêm `;` khi thiếu; thay `;`/`,` \
cuối dòng Lưu bằng `.` hoặc thêm `.`; thay dấu `–`, `•` đầu dòng bằng `-`; thêm `- ` cho \
dòng đứng riêng mà thiếu gạch đầu dòng. Không sửa tự động khi dòng nằm chung với chữ \
“Nơi nhận:” (phải tách dòng, trong bản hai cột sẽ làm lệch cột) hoặc kết thúc bằng dấu \
khác (`:`, `…`)."),
    },
    check,
};

fn check(doc: &Document, cx: &mut Context) {
    if cx.need(doc, ComponentKind::NoiNhan).is_none() {
        return;
    }
    let Some(list) = read(doc, ComponentKind::NoiNhan) else {
        return;
    };
    if list.items.is_empty() {
        cx.not_evaluated(
            "Không đọc được các dòng của Nơi nhận",
            "The lines of the Nơi nhận list could not be read",
        );
        return;
    }
    let last_is_luu = list
        .items
        .last()
        .is_some_and(|it| super::noi_nhan_thieu_luu::is_luu(doc, it));
    check_punctuation(doc, cx, &list.items, ListKind::NoiNhan, last_is_luu);
}

/// How a list line opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Dash {
    /// `-`, as the templates have it.
    Hyphen,
    /// Another dash or a bullet (`–`, `—`, `•`), and where it is.
    Other(TextRange),
    /// No dash at all.
    Missing,
}

/// One recipient (one line of the list, or several when it wraps).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Item {
    pub parts: Vec<TextRange>,
    pub dash: Dash,
    /// The item opens a cell or line of its own (not the label's line, not mid-line in a
    /// list flattened into one line).
    pub own_cell: bool,
}

impl Item {
    pub(super) fn first(&self) -> TextRange {
        self.parts.first().copied().unwrap_or_default()
    }

    pub(super) fn last(&self) -> TextRange {
        self.parts.last().copied().unwrap_or_default()
    }

    /// The folded text of the first line after its dash and markup, e.g. `nhu tren;`.
    pub(super) fn head(&self, doc: &Document) -> String {
        fold(after_dash(doc.slice(self.first())))
    }

    /// Original offset where the text after the dash begins.
    pub(super) fn text_start(&self, doc: &Document) -> usize {
        let s = doc.slice(self.first());
        self.first().start + (s.len() - after_dash(s).len())
    }

    /// Whether the item's end is its own (see `MAX_ITEM_CHARS`).
    fn end_is_reliable(&self, doc: &Document) -> bool {
        let chars = |p: &TextRange| crate::text::visible_len(doc.slice(*p));
        self.parts.iter().map(chars).sum::<usize>() <= MAX_ITEM_CHARS
            && self.parts.iter().skip(1).all(|p| chars(p) <= MAX_WRAPPED_CHARS)
    }
}

/// A list component read as its label and items.
pub(super) struct Items {
    pub label: TextRange,
    pub items: Vec<Item>,
}

/// `s` without its leading dash, bullet, Markdown emphasis and white space.
fn after_dash(s: &str) -> &str {
    s.trim_start_matches(|c: char| {
        c == '-' || c == '*' || c == '_' || is_other_dash(c) || c.is_whitespace()
    })
}

/// Dashes and bullets that drafters (or Word's automatic lists) put where `-` belongs.
pub(super) fn is_other_dash(ch: char) -> bool {
    matches!(ch, '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{2022}')
}

/// `word` at the start of folded `s`, followed by a non-alphanumeric character or the end.
pub(super) fn starts_with_word(s: &str, word: &str) -> bool {
    s.starts_with(word)
        && !s
            .as_bytes()
            .get(word.len())
            .is_some_and(|b| b.is_ascii_alphanumeric())
}

/// The label and items of Nơi nhận or Kính gửi, from [`Document::list`], with two
/// refinements: a line opened by `–`/`•` is an item of its own (with that dash recorded),
/// and Markdown emphasis before the dash (`*Nơi nhận:* - …`) is not a missing dash.
pub(super) fn read(doc: &Document, kind: ComponentKind) -> Option<Items> {
    let component = doc.get(kind)?;
    let list = doc.list(kind)?;
    // Where the component's cells after the label's begin.
    let mut cell_starts: Vec<usize> = component
        .parts
        .iter()
        .skip(1)
        .map(|p| trim_range(doc.text, p.range).start)
        .collect();
    // Sorted, for a binary search per piece (a pasted list can have a million lines).
    crate::sort::sort(&mut cell_starts);
    let mut items: Vec<Item> = Vec::new();
    for it in &list.items {
        let mut current: Option<Item> = None;
        for part in &it.parts {
            let s = doc.slice(*part);
            // Other dashes that open an item: at the start, or after `;`/`:`.
            let mut cuts: Vec<usize> = Vec::new();
            let mut prev: Option<char> = None;
            for (i, ch) in s.char_indices() {
                if is_other_dash(ch) && matches!(prev, None | Some(';') | Some(':')) {
                    cuts.push(i);
                }
                if !ch.is_whitespace() {
                    prev = Some(ch);
                }
            }
            let mut bounds: Vec<usize> = vec![0];
            bounds.extend(cuts.iter().copied().filter(|&c| c > 0));
            bounds.push(s.len());
            for w in bounds.windows(2) {
                let &[a, b] = w else { continue };
                let piece = trim_range(doc.text, TextRange::new(part.start + a, part.start + b));
                if piece.is_empty() {
                    continue;
                }
                let own_cell = cell_starts.binary_search(&piece.start).is_ok();
                if cuts.contains(&a) {
                    if let Some(done) = current.take() {
                        items.push(done);
                    }
                    let len = s
                        .get(a..)
                        .and_then(|t| t.chars().next())
                        .map_or(1, char::len_utf8);
                    let at = part.start + a;
                    current = Some(Item {
                        parts: vec![piece],
                        dash: Dash::Other(TextRange::new(at, at + len)),
                        own_cell,
                    });
                } else if let Some(c) = current.as_mut() {
                    c.parts.push(piece);
                } else {
                    let text = doc.slice(piece);
                    let dash = if it.dash
                        || text
                            .trim_start_matches(|c: char| {
                                c == '*' || c == '_' || c.is_whitespace()
                            })
                            .starts_with('-')
                    {
                        Dash::Hyphen
                    } else {
                        Dash::Missing
                    };
                    current = Some(Item {
                        parts: vec![piece],
                        dash,
                        own_cell,
                    });
                }
            }
        }
        if let Some(done) = current {
            items.push(done);
        }
    }
    Some(Items {
        label: list.label,
        items,
    })
}

/// Which list the lines belong to (for the messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ListKind {
    NoiNhan,
    KinhGui,
}

/// Items longer than this, or with a wrapped line longer than `MAX_WRAPPED_CHARS`, are not
/// judged by their end: the segmenter may have run the list's last line into the body (a
/// line with no final punctuation takes the next line as its continuation). Wrapped list
/// lines are short (a list column is narrow); a body paragraph is not.
const MAX_ITEM_CHARS: usize = 300;
const MAX_WRAPPED_CHARS: usize = 72;

/// What is wrong with one line, as a message fragment and an optional edit.
struct Problem {
    vi: String,
    en: String,
    edit: Option<Edit>,
    title_vi: String,
    title_en: String,
}

/// Check that every item opens with `-` and ends with `;`, the last with `.` (only when
/// `check_last` says the last item is really the end of the list). One finding per item,
/// at its end when the end is wrong.
pub(super) fn check_punctuation(
    doc: &Document,
    cx: &mut Context,
    items: &[Item],
    kind: ListKind,
    check_last: bool,
) {
    let n = items.len();
    for (i, item) in items.iter().enumerate() {
        if after_dash(doc.slice(item.first())).is_empty() && item.parts.len() == 1 {
            continue;
        }
        let is_last = i + 1 == n;
        let mut problems: Vec<Problem> = Vec::new();
        let mut at: Option<TextRange> = None;
        match item.dash {
            Dash::Hyphen => {}
            Dash::Other(r) => {
                let c = doc.slice(r);
                problems.push(Problem {
                    vi: format!("bắt đầu bằng “{c}” thay cho dấu gạch đầu dòng “-”"),
                    en: format!("starts with “{c}” instead of a hyphen “-”"),
                    edit: Some(Edit {
                        range: r,
                        new_text: "-".into(),
                    }),
                    title_vi: format!("Thay “{c}” bằng “-”"),
                    title_en: format!("Replace “{c}” with “-”"),
                });
                at = Some(r);
            }
            Dash::Missing => {
                let start = item.first().start;
                problems.push(Problem {
                    vi: "không bắt đầu bằng dấu gạch đầu dòng “-”".into(),
                    en: "does not start with a dash “-”".into(),
                    edit: item.own_cell.then(|| Edit {
                        range: TextRange::empty(start),
                        new_text: "- ".into(),
                    }),
                    title_vi: "Thêm dấu gạch đầu dòng".into(),
                    title_en: "Add the leading dash".into(),
                });
                at = Some(item.first());
            }
        }
        if (!is_last || check_last) && item.end_is_reliable(doc) {
            if let Some((p, r)) = end_problem(doc, item, is_last) {
                problems.push(p);
                at = Some(r);
            }
        }
        let Some(at) = at else { continue };
        let subject_vi = match (kind, is_last) {
            (ListKind::NoiNhan, false) => "Dòng nơi nhận",
            (ListKind::NoiNhan, true) => "Dòng cuối của Nơi nhận",
            (ListKind::KinhGui, false) => "Dòng Kính gửi",
            (ListKind::KinhGui, true) => "Dòng cuối của Kính gửi",
        };
        let subject_en = match (kind, is_last) {
            (ListKind::NoiNhan, false) => "A recipient line",
            (ListKind::NoiNhan, true) => "The last recipient line",
            (ListKind::KinhGui, false) => "A Kính gửi line",
            (ListKind::KinhGui, true) => "The last Kính gửi line",
        };
        let vi: Vec<&str> = problems.iter().map(|p| p.vi.as_str()).collect();
        let en: Vec<&str> = problems.iter().map(|p| p.en.as_str()).collect();
        let msg = cx.tr(
            format!("{subject_vi} {}", vi.join(" và ")),
            format!("{subject_en} {}", en.join(" and ")),
        );
        let fixable = problems.iter().all(|p| p.edit.is_some());
        let (title_vi, title_en) = match problems.as_slice() {
            [one] => (one.title_vi.clone(), one.title_en.clone()),
            _ => (
                "Sửa dấu đầu dòng và cuối dòng".to_string(),
                "Fix the line's dash and final punctuation".to_string(),
            ),
        };
        let title = cx.tr(title_vi, title_en);
        let edits: Vec<Edit> = problems.into_iter().filter_map(|p| p.edit).collect();
        let reported = cx.report(at, msg);
        if fixable && !edits.is_empty() {
            reported.with_edits(title, Applicability::Safe, edits);
        }
    }
}

/// The item's final punctuation, if wrong: the problem and where it is.
fn end_problem(doc: &Document, item: &Item, is_last: bool) -> Option<(Problem, TextRange)> {
    let last = trim_range(doc.text, item.last());
    let s = doc.slice(last);
    let (pos, ch) = s.char_indices().next_back()?;
    let (want, name_vi, name_en) = if is_last {
        ('.', "dấu chấm", "a period")
    } else {
        (';', "dấu chấm phẩy", "a semicolon")
    };
    if ch == want {
        return None;
    }
    let ch_range = TextRange::new(last.start + pos, last.end);
    let before = s.get(..pos).and_then(|t| t.chars().next_back());
    let wrong = match ch {
        ',' => true,
        ';' => is_last,
        // `..`, `./.`, `…` are not a plain period to swap.
        '.' => !is_last && !matches!(before, Some('.') | Some('/')),
        _ => false,
    };
    if wrong {
        return Some((
            Problem {
                vi: format!("kết thúc bằng “{ch}” thay cho {name_vi} “{want}”"),
                en: format!("ends with “{ch}” instead of {name_en} “{want}”"),
                edit: Some(Edit {
                    range: ch_range,
                    new_text: want.to_string(),
                }),
                title_vi: format!("Thay “{ch}” bằng “{want}”"),
                title_en: format!("Replace “{ch}” with “{want}”"),
            },
            ch_range,
        ));
    }
    let open_end = ch.is_alphanumeric()
        || ('\u{300}'..='\u{36f}').contains(&ch)
        || matches!(ch, ')' | ']' | '"' | '”' | '\'' | '’');
    let (edit, range) = if open_end {
        (
            Some(Edit {
                range: TextRange::empty(last.end),
                new_text: want.to_string(),
            }),
            last,
        )
    } else {
        (None, ch_range)
    };
    Some((
        Problem {
            vi: if open_end {
                format!("phải kết thúc bằng {name_vi} “{want}”")
            } else {
                format!("kết thúc bằng “{ch}” thay cho {name_vi} “{want}”")
            },
            en: if open_end {
                format!("must end with {name_en} “{want}”")
            } else {
                format!("ends with “{ch}” instead of {name_en} “{want}”")
            },
            edit,
            title_vi: format!("Thêm {name_vi} cuối dòng"),
            title_en: format!("Add {name_en} at the end of the line"),
        },
        range,
    ))
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn items(text: &str, kind: ComponentKind) -> Vec<(Vec<String>, Dash)> {
        let doc = segment(text, None);
        read(&doc, kind)
            .map(|l| {
                l.items
                    .iter()
                    .map(|it| {
                        (
                            it.parts.iter().map(|p| doc.slice(*p).to_string()).collect(),
                            it.dash,
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    const HEAD: &str = "UBND TỈNH LẠNG SƠN\nVĂN PHÒNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\
Độc lập - Tự do - Hạnh phúc\nSố: 125/TB-VP\nLạng Sơn, ngày 05 tháng 8 năm 2020\n\nTHÔNG BÁO\n\
Kết luận của Chủ tịch\n\nNội dung thông báo để các cơ quan biết, thực hiện./.\n\n";

    #[test]
    fn en_dash_lines_are_items_of_their_own() {
        let text = format!(
            "{HEAD}Nơi nhận:\n– Sở Tài chính;\n– Lưu: VT, TH.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n\nPhạm Hùng Trường\n"
        );
        let got = items(&text, ComponentKind::NoiNhan);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(matches!(got[0].1, Dash::Other(_)));
        assert_eq!(got[1].0, vec!["– Lưu: VT, TH.".to_string()]);
    }

    #[test]
    fn markdown_before_the_dash_is_not_a_missing_dash() {
        let text = format!(
            "{HEAD}| *Nơi nhận:* - Sở Tài chính; - Lưu: VT, TH. | TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Phạm Hùng Trường |\n"
        );
        let got = items(&text, ComponentKind::NoiNhan);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].1, Dash::Hyphen);
    }

    /// `Document::list` starts an item only at a dash after `;` or `:`, so in a flattened
    /// list a line wrongly ending with `.` or `,` (corpus `001`: `… KHĐT. - VPCP: …;`) runs
    /// into the next one and the wrong mark goes unseen. Expected: three items each time.
    #[test]
    fn flattened_item_after_a_period_or_comma() {
        for sep in [".", ","] {
            let text = format!(
                "{HEAD}Nơi nhận: - Các Bộ: CA, TC{sep} - VPCP: BTCN; - Lưu: VT, NN. | KT. BỘ TRƯỞNG PHÓ CHỦ NHIỆM Nguyễn Sỹ Hiệp\n"
            );
            let got = items(&text, ComponentKind::NoiNhan);
            assert_eq!(got.len(), 3, "{sep}: {got:?}");
        }
    }

    /// `Document::list` splits only at ASCII `-`: a list flattened into one line with `–`
    /// dashes is one item. Expected: two items.
    #[test]
    fn flattened_en_dash_list() {
        let text = format!(
            "{HEAD}Nơi nhận: – Sở Tài chính; – Lưu: VT, TH. | TL. CHỦ TỊCH CHÁNH VĂN PHÒNG Phạm Hùng Trường\n"
        );
        let doc = segment(&text, None);
        let list = doc.list(ComponentKind::NoiNhan).unwrap();
        assert_eq!(list.items.len(), 2);
    }
}
