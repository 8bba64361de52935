//! TT502 `chuoi-tham-quyen`: the authority lines of the signature block do not fit together
//! (Điều 13): `KT.` without a deputy's position, a deputy without `KT.`, `TM.` before a
//! person's title, `TL.`/`TUQ.` without the signer's position… Also home of the signature
//! reader that the signature rules (TT501–TT506) share.

use crate::component::{Component, ComponentKind, PartRole};
use crate::diagnostic::{Severity, TextRange};
use crate::document::Document;
use crate::fold::fold;
use crate::rule::{Context, FixAvailability, Rule, RuleMeta};
use crate::segment::lines::Cell;

use super::dau_do_mat_do_khan::exact_key;
use super::ho_ten_co_hoc_ham::{leading_titles, trailing_titles};
use super::tien_to_tham_quyen::{parse_prefix, Prefix};

pub(crate) static RULE: Rule = Rule {
    meta: RuleMeta {
        code: "TT502",
        name: "chuoi-tham-quyen",
        component: ComponentKind::ChuKy,
        severity: Severity::Error,
        fix: FixAvailability::None,
        summary_vi: "Thẩm quyền ký không nhất quán (TM./KT./TL./TUQ. với chức vụ)",
        summary_en: "The signing authority chain is incoherent",
        spec: "§1.7",
        docs: docs!("## Kiểm tra gì\n\
Các dòng thẩm quyền và chức vụ của khối chữ ký có khớp nhau không:\n\
- `KT.` + chức vụ người đứng đầu, dòng dưới là chức vụ cấp phó (`PHÓ …`, `THỨ TRƯỞNG`). \
Lỗi khi sau `KT.` không có chức vụ cấp phó, và khi cấp phó ký mà không có dòng thẩm quyền \
nào; cảnh báo khi cấp phó ký dưới `TM. …` hoặc `TL. …` mà thiếu dòng `KT. …` (dạng ba dòng \
là thực tiễn);\n\
- `TM.` + tên tập thể (`ỦY BAN NHÂN DÂN`, `HỘI ĐỒNG …`, `BAN …`, `ĐOÀN …`), dòng dưới là \
chức vụ người ký. Lỗi khi `TM.` đứng trước chức vụ của một người (`TM. CHỦ TỊCH`);\n\
- `TL.`, `TUQ.` + chức vụ người đứng đầu, dòng dưới là chức vụ của người ký: lỗi khi thiếu \
dòng chức vụ hoặc khi tiền tố đứng trước tên tập thể (cũng vậy với `KT.`, `Q.`);\n\
- `Q.` + chức vụ, một dòng: cảnh báo khi có thêm dòng chức vụ bên dưới (cách trình bày \
theo thực tiễn);\n\
- hai dòng thẩm quyền: chỉ `TM. …` / `KT. …` và `TL. …` / `KT. …` là dạng thông dụng \
(cảnh báo với các dạng khác); `KT.` phải là dòng thẩm quyền cuối cùng (lỗi).\n\n\
Không kiểm tra khi có nhiều khối chữ ký đặt cạnh nhau (văn bản liên tịch, biên bản).\n\n\
## Vì sao\n\
Nghị định 30/2020/NĐ-CP Điều 13 và Phụ lục I mục II.7 (spec §1.7, §6 mục 14): thay mặt tập \
thể ghi `TM.` trước tên tập thể; cấp phó ký thay người đứng đầu ghi `KT.` trước chức vụ \
người đứng đầu, bên dưới là chức vụ của người ký; ký thừa lệnh, thừa ủy quyền ghi `TL.`, \
`TUQ.` trước chức vụ người đứng đầu, bên dưới là chức vụ người ký; cấp phó được giao phụ \
trách cũng ký như `KT.`. Dạng ba dòng `TM.`/`KT.`/`PHÓ …` và `TL.`/`KT.`/`PHÓ …` là thực \
tiễn dựa trên Điều 13 (spec §1.7), nên các chuỗi khác chỉ được cảnh báo.\n\n\
## Ví dụ\n\
`TM. ỦY BAN NHÂN DÂN` / `PHÓ CHỦ TỊCH` (thiếu `KT. CHỦ TỊCH`); `KT. GIÁM ĐỐC` / `GIÁM ĐỐC`; \
`TM. CHỦ TỊCH` / `CHỦ TỊCH`.\n\n\
## Sửa\n\
Không sửa tự động: ai ký và với thẩm quyền nào là quyết định của cơ quan."),
    },
    check,
};

/// What a line (or a piece of a one-line block) of the signature is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Role {
    /// `KT. BỘ TRƯỞNG`: where the prefix is, which one, and whether it is glued to the
    /// next word (`KT.CHỦ TỊCH`).
    Authority {
        prefix: TextRange,
        kind: Prefix,
        glued: bool,
    },
    /// The signer's position (or a wrapped line of it).
    Position,
    /// An academic or honorific title before the name (`TS.`).
    Title,
    Name,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Item {
    pub role: Role,
    /// Trimmed range of the whole piece (an authority line includes its prefix).
    pub range: TextRange,
    /// Index of its cell in `doc.cells`.
    pub cell: usize,
}

impl Item {
    /// An authority line's text after its prefix.
    pub(super) fn rest(&self, doc: &Document) -> TextRange {
        match self.role {
            Role::Authority { prefix, .. } => {
                trim(doc, TextRange::new(prefix.end.min(self.range.end), self.range.end))
            }
            _ => self.range,
        }
    }
}

/// The signature block read line by line.
pub(super) struct Signature {
    pub items: Vec<Item>,
    /// Several signature blocks side by side (two authority or position lines on one line).
    pub joint: bool,
}

impl Signature {
    pub(super) fn name(&self) -> Option<&Item> {
        self.items.iter().find(|i| i.role == Role::Name)
    }
}

/// Folded words that open a person's title (position).
const OPENERS: &[&str] = &[
    "thu truong",
    "bo truong",
    "thu tuong",
    "chu tich",
    "chu nhiem",
    "giam doc",
    "tong giam doc",
    "chanh van phong",
    "chanh thanh tra",
    "chanh an",
    "cuc truong",
    "tong cuc truong",
    "vu truong",
    "vien truong",
    "hieu truong",
    "truong phong",
    "truong ban",
    "truong doan",
    "truong khoa",
    "bi thu",
    "tong thu ky",
    "thu ky",
    "chu toa",
    "uy vien",
    "thong doc",
    "tong kiem toan",
    "tong thanh tra",
    "tong bien tap",
    "ke toan truong",
];

/// Words that follow `PHÓ` in a deputy's title.
const AFTER_PHO: &[&str] = &[
    "chu", "giam", "truong", "thu", "chanh", "cuc", "vu", "vien", "hieu", "tong", "bi", "thong",
];

/// Folded words that open the name of a collective (what `TM.` stands before).
const COLLECTIVES: &[&str] = &[
    "uy ban",
    "hoi dong",
    "ban",
    "doan",
    "chinh phu",
    "thuong truc",
    "tap the",
    "hoi",
    "to",
    "lien doan",
    "cong doan",
    "dang uy",
    "dang doan",
];

/// Words of positions and bodies: lower-case words after a position on its line that still
/// belong to it (`PHÓ Chủ tịch`).
const POSITION_WORDS: &[&str] = &[
    "pho", "chu", "tich", "nhiem", "giam", "doc", "tong", "truong", "thu", "tuong", "chanh",
    "van", "phong", "thanh", "tra", "cuc", "vu", "vien", "hieu", "ban", "doan", "khoa", "bi",
    "ky", "toa", "uy", "hoi", "dong", "nhan", "dan", "thuong", "truc", "trach", "phu",
];

/// Does folded text start with the folded word sequence `seq` (whole words)?
fn starts_with_words(folded: &str, seq: &str) -> bool {
    folded
        .strip_prefix(seq)
        .is_some_and(|r| r.is_empty() || r.starts_with([' ', ',', '.', ';']))
}

/// Folded text that reads as a person's title: `PHÓ CHỦ TỊCH`, `Giám đốc`, `THỨ TRƯỞNG`.
fn looks_like_position(folded: &str) -> bool {
    let mut words = folded.split_whitespace();
    if words.next() == Some("pho") {
        return words
            .next()
            .is_some_and(|w| AFTER_PHO.contains(&w.trim_end_matches([',', '.'])));
    }
    OPENERS.iter().any(|o| starts_with_words(folded, o))
}

fn is_collective(folded: &str) -> bool {
    COLLECTIVES.iter().any(|o| starts_with_words(folded, o))
}

/// A deputy's title (`PHÓ …`, `THỨ TRƯỞNG`), with its diacritics (`THỦ TRƯỞNG`, the head of
/// an agency, is not one). Text typed without diacritics: `PHO …`, and `THU TRUONG` standing
/// alone (the head's title goes on with `CƠ QUAN`, `ĐƠN VỊ`).
fn is_deputy(text: &str) -> bool {
    let all: Vec<&str> = text.split_whitespace().collect();
    let (Some(first), second) = (all.first(), all.get(1)) else {
        return false;
    };
    let key = |w: &str| exact_key(&w.to_uppercase());
    let bare = |w: &str| w.is_ascii();
    if key(first) == exact_key("PHÓ") || (bare(first) && fold(first) == "pho") {
        return true;
    }
    let Some(second) = second else { return false };
    if key(first) == exact_key("THỨ") && key(second) == exact_key("TRƯỞNG") {
        return true;
    }
    bare(first)
        && bare(second)
        && all.len() == 2
        && fold(first) == "thu"
        && fold(second).trim_end_matches([',', '.']) == "truong"
}

/// `range` without white space or Markdown emphasis at either end.
fn trim(doc: &Document, range: TextRange) -> TextRange {
    let s = doc.slice(range);
    let t = s.trim_start_matches(|c: char| c.is_whitespace() || c == '*');
    let start = range.start + (s.len() - t.len());
    let t = t.trim_end_matches(|c: char| c.is_whitespace() || c == '*');
    TextRange::new(start, start + t.len())
}

/// The words of `range` with their ranges.
fn words(doc: &Document, range: TextRange) -> Vec<TextRange> {
    let s = doc.slice(range);
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (i, ch) in s.char_indices() {
        if ch.is_whitespace() {
            if let Some(a) = start.take() {
                out.push(TextRange::new(range.start + a, range.start + i));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(a) = start {
        out.push(TextRange::new(range.start + a, range.end));
    }
    out
}

fn folded_of(doc: &Document, range: TextRange) -> String {
    fold(doc.slice(range))
}

/// Stamps and notes in the block, not lines of it (`(Đã ký)`, `Ký bởi: …`).
fn is_noise(folded: &str) -> bool {
    folded.starts_with('(')
        || folded.starts_with('[')
        || folded.starts_with("ky boi")
        || folded.starts_with("da ky")
        || folded.starts_with("./.")
}

/// A line that reads as a name: 2–6 words of letters (`nguyễn văn an`).
fn is_name_like(doc: &Document, range: TextRange) -> bool {
    let ws = words(doc, range);
    (2..=6).contains(&ws.len())
        && ws.iter().all(|w| {
            let s = doc.slice(*w);
            s.chars().any(char::is_alphabetic)
                && s.chars().all(|c| {
                    c.is_alphabetic()
                        || ('\u{300}'..='\u{36F}').contains(&c)
                        || matches!(c, '\'' | '’' | '-')
                })
        })
}

/// An authority line starting `range` (`KT. CHỦ TỊCH`, `KT.CHỦ TỊCH`, `tl. chủ tịch`).
fn authority_at(doc: &Document, range: TextRange) -> Option<Role> {
    let first = *words(doc, range).first()?;
    let w = doc.slice(first);
    if let Some(kind) = parse_prefix(w) {
        // A bare `KT` with nothing after it is not a line of its own.
        return (first.end < range.end || w.contains('.')).then_some(Role::Authority {
            prefix: first,
            kind,
            glued: false,
        });
    }
    // Glued: `KT.CHỦ`.
    let dot = w.find('.')?;
    let after = w.get(dot + 1..)?;
    if !after.chars().next().is_some_and(char::is_alphabetic) {
        return None;
    }
    let kind = parse_prefix(w.get(..=dot)?)?;
    Some(Role::Authority {
        prefix: TextRange::new(first.start, first.start + dot + 1),
        kind,
        glued: true,
    })
}

/// A cell in the right column of a layout (as the segmenter decides it).
fn is_right(c: &Cell) -> bool {
    if c.shared {
        c.col > 0
    } else {
        c.indent >= 30
    }
}

/// A whole line that can be a position: a few words, no digits, no list punctuation
/// (`Phó Chủ tịch`, not the recipient `- Chủ tịch UBND các huyện;`).
fn is_line_of_position(doc: &Document, range: TextRange) -> bool {
    let s = doc.slice(range);
    words(doc, range).len() <= 8
        && !s.chars().any(|c| c.is_ascii_digit() || matches!(c, '(' | ':'))
        && !s.trim_end().ends_with([';', ',', '.'])
        && !s.starts_with(['-', '+'])
}

/// Index of the cell holding byte `offset`.
fn cell_of(cells: &[Cell], offset: usize) -> Option<usize> {
    let i = cells.partition_point(|c| c.range.end <= offset);
    cells
        .get(i)
        .filter(|c| c.range.start <= offset)
        .map(|_| i)
}

/// Read the signature block: the segmenter's parts, completed with what it leaves out —
/// lower-case authority and position lines, a prefix it does not know (`tl.`, `T.M.`), an
/// academic title before the name, a name not in title case.
pub(super) fn read(doc: &Document, c: &Component) -> Signature {
    let cells = &doc.cells;
    let mut taken: Vec<TextRange> = [ComponentKind::NoiNhan]
        .iter()
        .filter_map(|k| doc.get(*k))
        .flat_map(|k| k.parts.iter().map(|p| p.range))
        .collect();
    // Sorted, so the pieces inside one cell are found by binary search (lists and blocks
    // can be pasted a million lines long).
    crate::sort::sort(&mut taken);
    let taken_in = |r: TextRange| {
        let from = taken.partition_point(|t| t.end <= r.start);
        let to = taken.partition_point(|t| t.start < r.end);
        taken.get(from..to.max(from)).unwrap_or(&[])
    };
    let appendix = doc
        .get(ComponentKind::PhuLuc)
        .map(|p| p.first().start)
        .unwrap_or(usize::MAX);
    let parts: Vec<(TextRange, PartRole, usize)> = c
        .parts
        .iter()
        .filter_map(|p| Some((p.range, p.role?, cell_of(cells, p.range.start)?)))
        .collect();
    let mut items: Vec<Item> = Vec::new();
    let (Some(first), Some(last)) = (parts.first(), parts.last()) else {
        return Signature {
            items,
            joint: false,
        };
    };
    let (first_cell, last_cell) = (first.2, last.2);
    let right_column = cells.get(first_cell).is_some_and(is_right);
    let last_line = cells.get(last_cell).map(|x| x.line).unwrap_or(0);
    let overlaps_taken = |cell: &Cell| !taken_in(cell.range).is_empty();
    // An authority line just above the first part that the segmenter did not take
    // (`tl. chủ tịch`).
    let mut ci = first_cell;
    for i in (first_cell.saturating_sub(3)..first_cell).rev() {
        let Some(cell) = cells.get(i) else { break };
        let range = trim(doc, cell.range);
        if overlaps_taken(cell) || is_noise(&folded_of(doc, range)) {
            continue;
        }
        if crate::text::visible_len(doc.slice(range)) < 80 && authority_at(doc, range).is_some() {
            ci = i;
        } else {
            break;
        }
    }
    let mut next_part = 0usize;
    // Whether a name was read (tracked, not searched for: blocks can be huge).
    let mut has_name = false;
    while let Some(cell) = cells.get(ci) {
        let after = ci > last_cell;
        if after && (cell.line > last_line + 8 || cell.range.start >= appendix || has_name) {
            break;
        }
        ci += 1;
        let range = trim(doc, cell.range);
        let folded = folded_of(doc, range);
        // The parts in this cell (parts come in cell order: a cursor, not a scan).
        while parts.get(next_part).is_some_and(|p| p.2 < ci - 1) {
            next_part += 1;
        }
        let here: Vec<(TextRange, PartRole)> = parts
            .get(next_part..)
            .unwrap_or(&[])
            .iter()
            .take_while(|p| p.2 == ci - 1)
            .map(|p| (p.0, p.1))
            .collect();
        if let (Some(a), Some(b)) = (here.first(), here.last()) {
            // A cell shared with Nơi nhận (`- Lưu: VT. KT. CHỦ TỊCH …`): only its own side.
            let start = taken_in(range)
                .iter()
                .filter(|t| t.end <= a.0.start && t.end > range.start)
                .map(|t| t.end)
                .max()
                .unwrap_or(range.start);
            let end = taken_in(range)
                .iter()
                .filter(|t| t.start >= b.0.end && t.start < range.end)
                .map(|t| t.start)
                .min()
                .unwrap_or(range.end);
            let before = items.len();
            read_cell(doc, &mut items, trim(doc, TextRange::new(start, end)), &here, ci - 1);
            has_name |= items.get(before..).unwrap_or(&[]).iter().any(|i| i.role == Role::Name);
            if has_name {
                break;
            }
            continue;
        }
        if overlaps_taken(cell) || is_noise(&folded) {
            continue;
        }
        // A line the segmenter did not take: in the block's column only.
        if right_column && !is_right(cell) {
            continue;
        }
        if let Some(role) = authority_at(doc, range) {
            items.push(Item {
                role,
                range,
                cell: ci - 1,
            });
        } else if looks_like_position(&folded) && is_line_of_position(doc, range) {
            items.push(Item {
                role: Role::Position,
                range,
                cell: ci - 1,
            });
        } else if after && is_name_like(doc, range) {
            let before = items.len();
            push_name(doc, &mut items, range, ci - 1);
            has_name |= items.get(before..).unwrap_or(&[]).iter().any(|i| i.role == Role::Name);
        } else if after {
            break;
        }
    }
    caps_name_last(doc, &mut items);
    // Two authority (or two position) lines in different cells of one physical line: two
    // signers side by side.
    let mut seen: std::collections::BTreeMap<(usize, u8), usize> = std::collections::BTreeMap::new();
    let mut joint = false;
    for i in &items {
        let kind = match i.role {
            Role::Authority { .. } => 0u8,
            Role::Position => 1,
            _ => continue,
        };
        let Some(line) = cells.get(i.cell).map(|c| c.line) else { continue };
        match seen.get(&(line, kind)) {
            Some(&cell) if cell != i.cell => joint = true,
            Some(_) => {}
            None => {
                seen.insert((line, kind), i.cell);
            }
        }
    }
    Signature { items, joint }
}

/// Family names the segmenter leaves out of its list of names in capitals: `CHU` and `VŨ`
/// (they fold like `CHỦ`, `VỤ`; compared here with their marks) and names of ethnic
/// minorities.
const MORE_SURNAMES: &[&str] = &[
    "CHU", "VŨ", "GIÀNG", "SÙNG", "THÀO", "VÀNG", "LẦU", "TÒNG", "LƯỜNG", "QUÀNG", "CẦM", "SẦM",
    "LỤC", "KSOR", "NAY", "SIU", "RƠ", "HỜ", "MÙA", "LÈO", "TÔ", "LA", "LÃ", "ÔNG", "THÂN", "TÔN",
    "BẠCH", "KIM", "CÙ", "MẠC", "KHỔNG", "DIỆP", "TĂNG", "ÂU",
];

/// No name, and the last line is a name in capitals the segmenter took for a position
/// (`CHU VĂN AN`, `H'HEN NIÊ` under `PHÓ CHỦ TỊCH`): make it the name.
fn caps_name_last(doc: &Document, items: &mut [Item]) {
    if items.iter().any(|i| i.role == Role::Name) {
        return;
    }
    let n = items.len();
    let (Some(prev), Some(last)) = (
        n.checked_sub(2).and_then(|k| items.get(k)).copied(),
        items.last_mut(),
    ) else {
        return;
    };
    if last.role != Role::Position
        || prev.cell == last.cell
        || matches!(prev.role, Role::Name | Role::Title)
    {
        return;
    }
    let folded = folded_of(doc, last.range);
    let first = doc
        .slice(last.range)
        .split_whitespace()
        .next()
        .unwrap_or("");
    let known = MORE_SURNAMES
        .iter()
        .any(|s| exact_key(s) == exact_key(&first.to_uppercase()))
        || first.contains(['\'', '’']);
    if known
        && is_name_like(doc, last.range)
        && words(doc, last.range).len() <= 5
        && !looks_like_position(&folded)
        && !all_position_words(doc, last.range)
    {
        last.role = Role::Name;
    }
}

/// A name, with any academic title at its start split off (`Ths. Nguyễn Văn An`).
fn push_name(doc: &Document, items: &mut Vec<Item>, range: TextRange, cell: usize) {
    let ws = words(doc, range);
    let texts: Vec<&str> = ws.iter().map(|w| doc.slice(*w)).collect();
    let n = leading_titles(&texts).min(ws.len().saturating_sub(2));
    if let (Some(a), Some(b)) = (ws.first(), n.checked_sub(1).and_then(|k| ws.get(k))) {
        items.push(Item {
            role: Role::Title,
            range: TextRange::new(a.start, b.end),
            cell,
        });
    }
    let start = ws.get(n).map(|w| w.start).unwrap_or(range.start);
    items.push(Item {
        role: Role::Name,
        range: TextRange::new(start, range.end),
        cell,
    });
}

/// The items of one cell that holds parts of the block.
fn read_cell(
    doc: &Document,
    items: &mut Vec<Item>,
    cell_range: TextRange,
    here: &[(TextRange, PartRole)],
    cell: usize,
) {
    let mut pos = cell_range.start;
    // `tl. CHỦ TỊCH`: a prefix the segmenter does not know, before a part (start, role).
    let mut pending_prefix: Option<(usize, Role)> = None;
    let only = here.len() == 1;
    for (n, &(range, role)) in here.iter().enumerate() {
        let next_start = here
            .get(n + 1)
            .map(|p| p.0.start)
            .unwrap_or(cell_range.end);
        let gap_before = trim(doc, TextRange::new(pos, range.start));
        let gap_after = trim(doc, TextRange::new(range.end, next_start));
        pos = range.end;
        if !gap_before.is_empty() {
            let gap_words: Vec<&str> = words(doc, gap_before)
                .iter()
                .map(|w| doc.slice(*w))
                .collect();
            if let Some(a @ Role::Authority { .. }) = authority_at(doc, gap_before) {
                pending_prefix = Some((gap_before.start, a));
            } else if leading_titles(&gap_words) == gap_words.len() {
                items.push(Item {
                    role: Role::Title,
                    range: gap_before,
                    cell,
                });
            }
        }
        match role {
            PartRole::ThamQuyen => {
                let Some(role @ Role::Authority { kind, .. }) = authority_at(doc, range) else {
                    continue;
                };
                if gap_after.is_empty() {
                    items.push(Item { role, range, cell });
                    continue;
                }
                // Words the segmenter left after the prefix (`KT. Bộ trưởng Thứ trưởng`):
                // part of the line; split off the signer's position when it follows.
                pos = gap_after.end;
                let whole = TextRange::new(range.start, gap_after.end);
                let ws = words(doc, whole);
                let split = (2..ws.len()).find(|&k| {
                    let tail = ws
                        .get(k..)
                        .unwrap_or(&[])
                        .iter()
                        .map(|w| doc.slice(*w))
                        .collect::<Vec<_>>()
                        .join(" ");
                    if kind == Prefix::Kt {
                        is_deputy(&tail)
                    } else {
                        looks_like_position(&fold(&tail))
                    }
                });
                match split.and_then(|k| Some((ws.get(k - 1)?, ws.get(k)?))) {
                    Some((end, start)) => {
                        items.push(Item {
                            role,
                            range: TextRange::new(range.start, end.end),
                            cell,
                        });
                        items.push(Item {
                            role: Role::Position,
                            range: TextRange::new(start.start, whole.end),
                            cell,
                        });
                    }
                    None => items.push(Item {
                        role,
                        range: whole,
                        cell,
                    }),
                }
            }
            PartRole::ChucVu => {
                let ws = words(doc, range);
                let texts: Vec<&str> = ws.iter().map(|w| doc.slice(*w)).collect();
                if let Some((start, role)) = pending_prefix.take() {
                    items.push(Item {
                        role,
                        range: TextRange::new(start, range.end),
                        cell,
                    });
                    continue;
                }
                if leading_titles(&texts) == texts.len() {
                    items.push(Item {
                        role: Role::Title,
                        range,
                        cell,
                    });
                    continue;
                }
                if let Some(role @ Role::Authority { .. }) = authority_at(doc, range) {
                    // `T.M. ỦY BAN NHÂN DÂN`, `KT.CHỦ TỊCH`: a prefix the segmenter missed.
                    items.push(Item { role, range, cell });
                    continue;
                }
                // `THỨ TRƯỞNG TS.` before the name: the title is not part of the position.
                let followed_by_name = here
                    .get(n + 1)
                    .is_some_and(|p| p.1 == PartRole::HoTen);
                let k = if followed_by_name {
                    trailing_titles(&texts)
                } else {
                    texts.len()
                };
                let mut end = range.end;
                if k < texts.len() {
                    if let (Some(a), Some(b), Some(p)) =
                        (ws.get(k), ws.last(), k.checked_sub(1).and_then(|p| ws.get(p)))
                    {
                        end = p.end;
                        items.push(Item {
                            role: Role::Position,
                            range: TextRange::new(range.start, end),
                            cell,
                        });
                        items.push(Item {
                            role: Role::Title,
                            range: TextRange::new(a.start, b.end),
                            cell,
                        });
                        continue;
                    }
                }
                // `PHÓ Chủ tịch`: lower-case words of the position left on its line.
                if only && !gap_after.is_empty() && all_position_words(doc, gap_after) {
                    end = gap_after.end;
                    pos = end;
                }
                items.push(Item {
                    role: Role::Position,
                    range: TextRange::new(range.start, end),
                    cell,
                });
            }
            PartRole::HoTen => {
                // `Phó Chủ tịch`, `Chánh Văn phòng` read as a name (`Phó Chủ`, `Chánh Văn`):
                // a position in title case, with the lower-case words left after it.
                let end = if all_position_words(doc, gap_after) {
                    gap_after.end.max(range.end)
                } else {
                    range.end
                };
                let whole = TextRange::new(range.start, end);
                if looks_like_position(&folded_of(doc, whole)) {
                    pos = end;
                    items.push(Item {
                        role: Role::Position,
                        range: whole,
                        cell,
                    });
                    continue;
                }
                push_name(doc, items, range, cell);
                return;
            }
        }
    }
}

/// Every word of `range` is a word of positions and bodies.
fn all_position_words(doc: &Document, range: TextRange) -> bool {
    let ws = words(doc, range);
    !ws.is_empty()
        && ws.iter().all(|w| {
            let f = folded_of(doc, *w);
            POSITION_WORDS.contains(&f.trim_end_matches([',', '.']))
        })
}

fn check(doc: &Document, cx: &mut Context) {
    let Some(c) = cx.need(doc, ComponentKind::ChuKy) else {
        return;
    };
    let sig = read(doc, c);
    if sig.joint {
        cx.not_evaluated(
            "Nhiều khối chữ ký đặt cạnh nhau: không kiểm tra chuỗi thẩm quyền",
            "Several signature blocks side by side: the authority chain is not checked",
        );
        return;
    }
    let authorities: Vec<(&Item, Prefix)> = sig
        .items
        .iter()
        .filter_map(|i| match i.role {
            Role::Authority { kind, .. } => Some((i, kind)),
            _ => None,
        })
        .collect();
    let last_authority_end = authorities.last().map(|(i, _)| i.range.end).unwrap_or(0);
    let positions: Vec<&Item> = sig
        .items
        .iter()
        .filter(|i| i.role == Role::Position && i.range.start >= last_authority_end)
        .collect();
    let quote = |i: &Item| doc.slice(i.range).to_string();
    let deputy = positions.iter().find(|p| is_deputy(doc.slice(p.range)));
    let has_kt = authorities.iter().any(|(_, k)| *k == Prefix::Kt);

    // A deputy signs for the head: KT. (An acting head's `Q.` line is checked below.)
    let has_q = authorities.iter().any(|(_, k)| *k == Prefix::Q);
    if let (Some(d), false, false) = (deputy, has_kt, has_q) {
        let pos = quote(d);
        if authorities.is_empty() {
            let msg = cx.tr(
                format!("Cấp phó ký (“{pos}”) nhưng thiếu dòng “KT. <chức vụ người đứng đầu>” ngay trên chức vụ"),
                format!("A deputy signs (“{pos}”) but the “KT. <head's title>” line above the position is missing"),
            );
            cx.report(d.range, msg);
        } else {
            // Under TM./TL. the three-line form is practice (spec §1.7).
            let msg = cx.tr(
                format!("Cấp phó ký (“{pos}”) nhưng thiếu dòng “KT. <chức vụ người đứng đầu>” giữa dòng thẩm quyền và chức vụ"),
                format!("A deputy signs (“{pos}”) but the “KT. <head's title>” line between the authority line and the position is missing"),
            );
            cx.report_with(d.range, Severity::Warning, msg);
        }
    }

    // Each authority line with what stands after its prefix.
    for (n, &(item, kind)) in authorities.iter().enumerate() {
        let rest = item.rest(doc);
        let rest_text = doc.slice(rest);
        let rest_folded = fold(rest_text);
        let last = n + 1 == authorities.len();
        let p = kind.canonical();
        let person = looks_like_position(&rest_folded);
        let collective = is_collective(&rest_folded) && !person;
        match kind {
            Prefix::Tm if person => {
                let msg = cx.tr(
                    format!("“TM.” (thay mặt) đứng trước tên tập thể (ỦY BAN NHÂN DÂN, HỘI ĐỒNG…), không đứng trước chức vụ “{rest_text}”"),
                    format!("“TM.” (on behalf of) stands before a collective body (ỦY BAN NHÂN DÂN, HỘI ĐỒNG…), not before the position “{rest_text}”"),
                );
                cx.report(item.range, msg);
            }
            Prefix::Kt | Prefix::Tl | Prefix::Tuq | Prefix::Q if collective => {
                let msg = cx.tr(
                    format!("“{p}” đứng trước chức vụ của người đứng đầu, không đứng trước tên tập thể “{rest_text}” (tập thể dùng “TM.”)"),
                    format!("“{p}” stands before the head's title, not before the collective body “{rest_text}” (a collective takes “TM.”)"),
                );
                cx.report(item.range, msg);
            }
            _ => {}
        }
        if !last {
            if kind == Prefix::Kt {
                let msg = cx.tr(
                    "“KT.” phải là dòng thẩm quyền cuối cùng, ngay trên chức vụ của cấp phó ký thay".to_string(),
                    "“KT.” must be the last authority line, right above the deputy's position".to_string(),
                );
                cx.report(item.range, msg);
            }
            continue;
        }
        // The last authority line: what must follow it.
        let first_pos = positions.first();
        match kind {
            Prefix::Kt => match (first_pos, deputy) {
                (None, _) => {
                    let msg = cx.tr(
                        "Sau “KT. …” thiếu chức vụ của cấp phó ký thay (PHÓ …, THỨ TRƯỞNG)".to_string(),
                        "The deputy's position (PHÓ …, THỨ TRƯỞNG) is missing after “KT. …”".to_string(),
                    );
                    cx.report(item.range, msg);
                }
                (Some(_), None) => {
                    let shown = positions.last().copied().unwrap_or(item);
                    let pos = quote(shown);
                    let msg = cx.tr(
                        format!("Sau “KT. …” phải là chức vụ cấp phó (PHÓ …, THỨ TRƯỞNG), không phải “{pos}”"),
                        format!("“KT. …” must be followed by a deputy's position (PHÓ …, THỨ TRƯỞNG), not “{pos}”"),
                    );
                    cx.report(shown.range, msg);
                }
                _ => {}
            },
            Prefix::Tm if first_pos.is_none() && !person => {
                let msg = cx.tr(
                    "Sau “TM. …” thiếu chức vụ của người ký".to_string(),
                    "The signer's position is missing after “TM. …”".to_string(),
                );
                cx.report(item.range, msg);
            }
            Prefix::Tl | Prefix::Tuq if first_pos.is_none() => {
                let msg = cx.tr(
                    format!("Sau “{p} …” thiếu chức vụ của người ký"),
                    format!("The signer's own position is missing after “{p} …”"),
                );
                cx.report(item.range, msg);
            }
            Prefix::Q => {
                if let Some(extra) = positions
                    .iter()
                    .find(|p| looks_like_position(&folded_of(doc, p.range)))
                {
                    let msg = cx.tr(
                        "“Q. <chức vụ>” trình bày trên một dòng, không thêm dòng chức vụ bên dưới".to_string(),
                        "“Q. <position>” stands on one line, with no position line below".to_string(),
                    );
                    cx.report_with(extra.range, Severity::Warning, msg);
                }
            }
            _ => {}
        }
    }

    // Two or more authority lines: only TM./KT. and TL./KT. are usual.
    let kinds: Vec<Prefix> = authorities.iter().map(|(_, k)| *k).collect();
    let kt_misplaced = kinds
        .iter()
        .take(kinds.len().saturating_sub(1))
        .any(|k| *k == Prefix::Kt);
    if kinds.len() >= 2
        && !kt_misplaced
        && !matches!(
            kinds.as_slice(),
            [Prefix::Tm, Prefix::Kt] | [Prefix::Tl, Prefix::Kt]
        )
    {
        if let (Some((a, _)), Some((b, _))) = (authorities.first(), authorities.last()) {
            let chain = kinds
                .iter()
                .map(|k| k.canonical())
                .collect::<Vec<_>>()
                .join(" / ");
            let msg = cx.tr(
                format!("Chuỗi thẩm quyền “{chain}” không theo các dạng thông dụng (TM. / KT., TL. / KT.)"),
                format!("The authority chain “{chain}” is not one of the usual forms (TM. / KT., TL. / KT.)"),
            );
            cx.report_with(a.range.cover(b.range), Severity::Warning, msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_and_deputies() {
        assert!(looks_like_position("pho chu tich"));
        assert!(looks_like_position("giam doc"));
        assert!(!looks_like_position("pho duc chinh"));
        assert!(!looks_like_position("nguyen van an"));
        assert!(is_deputy("PHÓ CHỦ TỊCH"));
        assert!(is_deputy("THỨ TRƯỞNG"));
        assert!(is_deputy("Phó Chủ tịch"));
        assert!(!is_deputy("THỦ TRƯỞNG CƠ QUAN"));
        assert!(!is_deputy("GIÁM ĐỐC"));
        // Text without diacritics.
        assert!(is_deputy("PHO CHU NHIEM"));
        assert!(is_deputy("THU TRUONG"));
        assert!(!is_deputy("THU TRUONG CO QUAN"));
        assert!(is_collective("uy ban nhan dan"));
        assert!(!is_collective("chu tich"));
    }
}

