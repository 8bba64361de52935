//! The signature block (spec §1.7): authority lines (`TM.`, `KT.`, `TL.`, `TUQ.`, `Q.`),
//! the signer's position, and the name, read from the footer cells in reading order. Works
//! whether each piece has its own line or all of them share one (`KT. BỘ TRƯỞNG THỨ TRƯỞNG
//! Nguyễn Văn A`).

use crate::component::{Part, PartRole};
use crate::diagnostic::TextRange;
use crate::fold::fold;

use super::is_upper;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Prefix,
    Upper,
    Title,
    Other,
}

struct Token {
    range: TextRange,
    kind: Kind,
    folded: String,
    cell: usize,
}

/// How position titles start (folded words): where an authority run splits into the head's
/// title and the signer's own position.
const POSITION_STARTS: &[&[&str]] = &[
    &["pho"],
    &["thu", "truong"],
    &["chanh"],
    &["giam", "doc"],
    &["chu", "tich"],
    &["chu", "nhiem"],
    &["tong", "giam", "doc"],
    &["tong", "cuc", "truong"],
    &["cuc", "truong"],
    &["vu", "truong"],
    &["bi", "thu"],
    &["hieu", "truong"],
    &["vien", "truong"],
    &["truong", "phong"],
    &["truong", "ban"],
    &["truong", "doan"],
];

pub fn parse(text: &str, cells: &[TextRange]) -> Option<Vec<Part>> {
    let tokens = tokenize(text, cells);
    let mut parts: Vec<Part> = Vec::new();
    let mut i = 0usize;
    let has_position = |parts: &[Part]| !parts.is_empty();
    while let Some(tok) = tokens.get(i) {
        match tok.kind {
            Kind::Prefix => {
                // Prefix + the upper-case words after it on the same cell; an authority line
                // typed in lower case (`Kt. Chủ tịch`) is taken whole.
                let mixed = tokens
                    .get(i + 1)
                    .is_some_and(|t| t.cell == tok.cell && t.kind != Kind::Upper);
                let mut j = i + 1;
                while tokens.get(j).is_some_and(|t| {
                    t.cell == tok.cell
                        && (t.kind == Kind::Upper || (mixed && t.kind != Kind::Prefix))
                }) {
                    j += 1;
                }
                let run = tokens.get(i..j).unwrap_or(&[]);
                let split = split_point(&tok.folded, run);
                match split {
                    Some(k) => {
                        push(&mut parts, run.get(..k), PartRole::ThamQuyen);
                        push(&mut parts, run.get(k..), PartRole::ChucVu);
                    }
                    None => push(&mut parts, Some(run), PartRole::ThamQuyen),
                }
                i = j.max(i + 1);
            }
            Kind::Upper => {
                let mut j = i + 1;
                while tokens
                    .get(j)
                    .is_some_and(|t| t.kind == Kind::Upper && t.cell == tok.cell)
                {
                    j += 1;
                }
                let run = tokens.get(i..j).unwrap_or(&[]);
                if has_position(&parts) && is_caps_name(run) {
                    // A name typed in capitals (`NGUYỄN VĂN A`): still the name.
                    push(&mut parts, Some(run), PartRole::HoTen);
                    break;
                }
                push(&mut parts, Some(run), PartRole::ChucVu);
                i = j;
            }
            // A position typed in lower case (`Phó Chủ tịch`): the whole cell.
            Kind::Title | Kind::Other if starts_position(&tokens, i) => {
                let mut j = i + 1;
                while tokens
                    .get(j)
                    .is_some_and(|t| t.cell == tok.cell && t.kind != Kind::Prefix)
                {
                    j += 1;
                }
                push(&mut parts, tokens.get(i..j), PartRole::ChucVu);
                i = j;
            }
            Kind::Title if has_position(&parts) => {
                let mut j = i + 1;
                while tokens
                    .get(j)
                    .is_some_and(|t| (t.kind == Kind::Title || is_initial(t)) && t.cell == tok.cell)
                {
                    j += 1;
                }
                if (2..=6).contains(&(j - i)) {
                    push(&mut parts, tokens.get(i..j), PartRole::HoTen);
                    break;
                }
                if let Some(k) = name_in_any_case(&tokens, i) {
                    push(&mut parts, tokens.get(i..k), PartRole::HoTen);
                    break;
                }
                i = j;
            }
            // A name typed in lower or mixed case (`nguyễn văn an`) filling its own line.
            Kind::Other if has_position(&parts) && name_in_any_case(&tokens, i).is_some() => {
                let k = name_in_any_case(&tokens, i).unwrap_or(i + 1);
                push(&mut parts, tokens.get(i..k), PartRole::HoTen);
                break;
            }
            _ => i += 1,
        }
    }
    if parts.is_empty() {
        None
    } else {
        Some(parts)
    }
}

/// Whether the tokens from `i` open a position title (`PHÓ …`, `Chủ tịch`, `GIÁM ĐỐC`…)
/// at the start of their cell.
fn starts_position(tokens: &[Token], i: usize) -> bool {
    let Some(first) = tokens.get(i) else {
        return false;
    };
    if i > 0 && tokens.get(i - 1).is_some_and(|t| t.cell == first.cell) {
        return false;
    }
    let word = |k: usize| {
        tokens.get(k).filter(|t| t.cell == first.cell).map(|t| {
            t.folded
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
    };
    POSITION_STARTS.iter().any(|seq| {
        seq.iter()
            .enumerate()
            .all(|(n, w)| word(i + n).as_deref() == Some(*w))
    })
}

/// A whole cell from `i` that reads as a name in any case: 2–6 words of letters (with `'`
/// or `-`), no title word. Returns the end token index.
fn name_in_any_case(tokens: &[Token], i: usize) -> Option<usize> {
    let first = tokens.get(i)?;
    if i > 0 && tokens.get(i - 1).is_some_and(|t| t.cell == first.cell) {
        return None;
    }
    let mut k = i;
    while tokens.get(k).is_some_and(|t| t.cell == first.cell) {
        k += 1;
    }
    let run = tokens.get(i..k)?;
    let wordlike = |t: &Token| {
        t.folded
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
            && !TITLE_WORDS.contains(&t.folded.as_str())
    };
    // Syllables of two letters or more; only the last may be an initial (`Nguyễn Văn A`).
    let letters = |t: &Token| t.folded.chars().filter(|c| c.is_alphabetic()).count();
    let syllables = run.iter().rev().skip(1).all(|t| letters(t) >= 2);
    ((2..=6).contains(&run.len()) && run.iter().all(wordlike) && syllables).then_some(k)
}

/// Index in `run` (prefix first) where the signer's own position begins, when the head's
/// title and the position share one line.
fn split_point(prefix: &str, run: &[Token]) -> Option<usize> {
    if run.len() < 4 {
        return None;
    }
    let deputy_only = prefix.starts_with("kt") || prefix.starts_with("k/t");
    let word = |k: usize| {
        run.get(k).map(|t| {
            t.folded
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_string()
        })
    };
    // Skip the prefix and the first word of the head's title.
    (2..run.len()).find(|&k| {
        POSITION_STARTS.iter().any(|seq| {
            (!deputy_only || matches!(seq.first(), Some(&"pho") | Some(&"thu")))
                && seq
                    .iter()
                    .enumerate()
                    .all(|(n, w)| word(k + n).as_deref() == Some(*w))
        })
    })
}

fn push(parts: &mut Vec<Part>, run: Option<&[Token]>, role: PartRole) {
    let Some(run) = run else { return };
    let (Some(first), Some(last)) = (run.first(), run.last()) else {
        return;
    };
    // One part per cell line.
    let mut start = first.range.start;
    let mut cell = first.cell;
    let mut end = first.range.end;
    for t in run.iter().skip(1) {
        if t.cell != cell {
            parts.push(Part {
                range: TextRange::new(start, end),
                role: Some(role),
            });
            start = t.range.start;
            cell = t.cell;
        }
        end = t.range.end;
    }
    let _ = last;
    parts.push(Part {
        range: TextRange::new(start, end),
        role: Some(role),
    });
}

fn tokenize(text: &str, cells: &[TextRange]) -> Vec<Token> {
    let mut out = Vec::new();
    for (ci, r) in cells.iter().enumerate() {
        let s = text.get(r.start..r.end).unwrap_or("");
        let f = fold(s);
        // Stamps and notes, not part of the block.
        if f.starts_with('(')
            || f.starts_with('[')
            || f.starts_with("ky boi")
            || f.starts_with("da ky")
            || f.starts_with("./.")
        {
            continue;
        }
        for (offset, w) in crate::text::words(s) {
            let start = r.start + offset;
            let w = w.trim_matches('*');
            if w.is_empty() {
                continue;
            }
            let lead = s
                .get(start - r.start..)
                .map(|x| x.len() - x.trim_start_matches('*').len())
                .unwrap_or(0);
            let mut at = start + lead;
            // A prefix glued to its title (`KT.CHỦ TỊCH`) is two words.
            let mut rest = w;
            if let Some(dot) = w.find('.') {
                let (head, tail) = w.split_at(dot + 1);
                if matches!(fold(head).as_str(), "tm." | "kt." | "tl." | "tuq." | "q.")
                    && tail.starts_with(|c: char| c.is_alphabetic())
                {
                    out.push(Token {
                        range: TextRange::new(at, at + head.len()),
                        kind: Kind::Prefix,
                        folded: fold(head),
                        cell: ci,
                    });
                    at += head.len();
                    rest = tail;
                }
            }
            let range = TextRange::new(at, at + rest.len());
            let folded = fold(rest);
            let kind = classify(rest, &folded);
            out.push(Token {
                range,
                kind,
                folded,
                cell: ci,
            });
        }
    }
    out
}

/// Academic and honorific titles written before a name (folded, without dots).
const ACADEMIC_TITLES: &[&str] = &[
    "ts", "ths", "gs", "pgs", "tskh", "bs", "ks", "ngut", "ngnd", "ttut", "bsck", "ds",
];

fn classify(word: &str, folded: &str) -> Kind {
    let bare = folded.trim_end_matches([',', ';']);
    // `TS.`, `ThS.`, `PGS.TS.`: a title, neither a position nor part of the name.
    if bare.ends_with('.')
        && bare
            .split('.')
            .filter(|p| !p.is_empty())
            .all(|p| ACADEMIC_TITLES.contains(&p))
    {
        return Kind::Other;
    }
    // Prefixes with their dot are distinctive in any case (`tl.`, `Kt.`); without a dot
    // only in capitals.
    if matches!(
        bare,
        "tm." | "kt." | "tl." | "tuq." | "t/m." | "k/t." | "t/l." | "t.m." | "k.t." | "t.l."
    ) {
        return Kind::Prefix;
    }
    if matches!(
        bare,
        "tm."
            | "kt."
            | "tl."
            | "tuq."
            | "q."
            | "t/m"
            | "k/t"
            | "t/l"
            | "t/m."
            | "k/t."
            | "t/l."
            | "tm"
            | "kt"
            | "tl"
            | "tuq"
    ) && word.chars().next().is_some_and(|c| c.is_uppercase())
    {
        return Kind::Prefix;
    }
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return Kind::Other;
    }
    if is_upper(word) {
        return Kind::Upper;
    }
    let mut chars = letters.iter();
    let first_upper = chars.next().is_some_and(|c| c.is_uppercase());
    if first_upper && chars.all(|c| c.is_lowercase()) && !word.chars().any(|c| c.is_ascii_digit()) {
        return Kind::Title;
    }
    Kind::Other
}

/// Common Vietnamese family names (folded). `Chu` and `Vũ` fold like the title words `CHỦ`
/// and `VỤ`; the title-word test keeps `CHỦ TỊCH` and `VỤ TRƯỞNG` out.
const SURNAMES: &[&str] = &[
    "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vo", "dang", "bui", "do", "ho",
    "ngo", "duong", "ly", "dinh", "trinh", "mai", "dao", "doan", "lam", "luong", "luu", "ha", "ta",
    "cao", "kieu", "thai", "quach", "vuong", "trieu", "lai", "phung", "hua", "dam", "nong", "lo",
    "chau", "khong", "mac", "tieu",
];

/// Words of positions and bodies, never of a name.
const TITLE_WORDS: &[&str] = &[
    "truong", "tich", "nhiem", "giam", "doc", "chanh", "phong", "ban", "uy", "cuc", "tuong",
];

/// An upper-case run that reads as a person's name: 2–5 words, a family name first, no
/// title word.
fn is_caps_name(run: &[Token]) -> bool {
    let word = |t: &Token| {
        t.folded
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_string()
    };
    (2..=5).contains(&run.len())
        && run
            .first()
            .is_some_and(|t| SURNAMES.contains(&word(t).as_str()))
        && !run.iter().any(|t| TITLE_WORDS.contains(&word(t).as_str()))
}

/// A one-letter word such as the `A` of `Nguyễn Văn A`: part of a name after title-case words.
fn is_initial(t: &Token) -> bool {
    t.kind == Kind::Upper && t.folded.chars().filter(|c| c.is_alphabetic()).count() == 1
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn roles(lines: &[&str]) -> Vec<(PartRole, String)> {
        let text = lines.join("\n");
        let mut cells = Vec::new();
        let mut pos = 0;
        for l in lines {
            cells.push(TextRange::new(pos, pos + l.len()));
            pos += l.len() + 1;
        }
        parse(&text, &cells)
            .unwrap()
            .into_iter()
            .map(|p| {
                (
                    p.role.unwrap(),
                    text[p.range.start..p.range.end].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn lines_of_their_own() {
        let r = roles(&[
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "(Đã ký)",
            "Nguyễn Văn A",
        ]);
        assert_eq!(
            r,
            [
                (PartRole::ThamQuyen, "TM. ỦY BAN NHÂN DÂN".into()),
                (PartRole::ThamQuyen, "KT. CHỦ TỊCH".into()),
                (PartRole::ChucVu, "PHÓ CHỦ TỊCH".into()),
                (PartRole::HoTen, "Nguyễn Văn A".into()),
            ]
        );
    }

    #[test]
    fn one_line_splits_at_the_signers_position() {
        let r = roles(&["KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Thị Xuyên"]);
        assert_eq!(
            r,
            [
                (PartRole::ThamQuyen, "KT. BỘ TRƯỞNG".into()),
                (PartRole::ChucVu, "THỨ TRƯỞNG".into()),
                (PartRole::HoTen, "Nguyễn Thị Xuyên".into()),
            ]
        );
        let r = roles(&["TL. CHỦ TỊCH CHÁNH VĂN PHÒNG"]);
        assert_eq!(
            r,
            [
                (PartRole::ThamQuyen, "TL. CHỦ TỊCH".into()),
                (PartRole::ChucVu, "CHÁNH VĂN PHÒNG".into())
            ]
        );
        // A collective name is not split at a word that only looks like a title.
        let r = roles(&["T/M BAN THƯỜNG VỤ"]);
        assert_eq!(r, [(PartRole::ThamQuyen, "T/M BAN THƯỜNG VỤ".into())]);
    }

    #[test]
    fn a_name_in_capitals_is_still_the_name() {
        let r = roles(&["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "NGUYỄN THÀNH SINH"]);
        assert_eq!(
            r.last(),
            Some(&(PartRole::HoTen, "NGUYỄN THÀNH SINH".into()))
        );
        let r = roles(&["TL. GIÁM ĐỐC", "CHÁNH VĂN PHÒNG"]);
        assert_eq!(
            r.last(),
            Some(&(PartRole::ChucVu, "CHÁNH VĂN PHÒNG".into()))
        );
    }

    #[test]
    fn a_name_needs_a_position_before_it() {
        let r = roles(&["Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng"]);
        assert_eq!(
            r,
            [
                (PartRole::ChucVu, "BỘ TRƯỞNG, CHỦ NHIỆM".into()),
                (PartRole::HoTen, "Mai Tiến Dũng".into())
            ]
        );
    }
}
