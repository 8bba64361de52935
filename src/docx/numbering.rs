//! Automatic numbering (`word/numbering.xml`): the labels Word draws before list
//! paragraphs (`1.`, `a)`, `-`, `•`) are part of what the reader sees, so they are generated
//! into the extracted text — a recipient list typed with Word bullets still reads `- …;`.
//! Counters follow abstract numbering definitions; `w:lvlOverride/w:startOverride` restarts.

use super::error::DocxError;
use super::styles::{read_ppr, read_rpr, PPr, RPr};
use super::xml::{Ev, Ns, XmlReader};

/// Most list definitions kept (real files: tens; lookups are linear).
const MAX_LISTS: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fmt {
    Decimal,
    DecimalZero,
    LowerLetter,
    UpperLetter,
    LowerRoman,
    UpperRoman,
    Bullet,
    None,
}

#[derive(Debug, Clone)]
struct Level {
    start: u32,
    fmt: Fmt,
    text: String,
    /// `w:suff`: `tab` (default) and `space` give a space, `nothing` nothing.
    space: bool,
    ppr: PPr,
    rpr: RPr,
}

impl Default for Level {
    fn default() -> Self {
        Level {
            start: 1,
            fmt: Fmt::Decimal,
            text: String::new(),
            space: true,
            ppr: PPr::default(),
            rpr: RPr::default(),
        }
    }
}

#[derive(Debug, Clone, Default)]
struct Num {
    abstract_id: String,
    /// `(level, start)` overrides.
    starts: Vec<(u8, u32)>,
}

/// Numbering definitions and the running counters.
#[derive(Debug, Clone, Default)]
pub struct Numbering {
    abstracts: Vec<(String, Vec<Level>)>,
    nums: Vec<(String, Num)>,
    /// Per abstract definition: the current value of each level (`None`: not started).
    counters: Vec<(String, [Option<u32>; 9])>,
    /// Numbering instances already used (their start overrides apply once).
    used: Vec<String>,
}

impl Numbering {
    pub fn read(bytes: &[u8], part: &str) -> Result<Numbering, DocxError> {
        let mut r = XmlReader::new(bytes, part);
        let mut n = Numbering::default();
        let mut abs: Option<(String, Vec<Level>)> = None;
        let mut level: Option<(usize, Level)> = None;
        let mut num: Option<(String, Num)> = None;
        let mut override_level: Option<u8> = None;
        let mut no_sect = |_: &mut XmlReader, _: Ev| -> Result<(), DocxError> { Ok(()) };
        loop {
            let ev = r.event()?;
            match ev {
                Ev::Eof => break,
                Ev::Start | Ev::Empty if r.ns() == Ns::W => match r.local() {
                    "abstractNum" if ev == Ev::Start => {
                        abs = Some((
                            r.attr("abstractNumId").unwrap_or("").to_string(),
                            Vec::new(),
                        ))
                    }
                    "lvl" if abs.is_some() && ev == Ev::Start => {
                        let ilvl = r
                            .attr("ilvl")
                            .and_then(|v| v.parse::<usize>().ok())
                            .unwrap_or(0)
                            .min(8);
                        level = Some((ilvl, Level::default()));
                    }
                    "start" => {
                        if let (Some((_, l)), Some(v)) =
                            (level.as_mut(), r.attr("val").and_then(|v| v.parse().ok()))
                        {
                            l.start = v;
                        }
                    }
                    "numFmt" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.fmt = match r.attr("val") {
                                Some("decimalZero") => Fmt::DecimalZero,
                                Some("lowerLetter") => Fmt::LowerLetter,
                                Some("upperLetter") => Fmt::UpperLetter,
                                Some("lowerRoman") => Fmt::LowerRoman,
                                Some("upperRoman") => Fmt::UpperRoman,
                                Some("bullet") => Fmt::Bullet,
                                Some("none") => Fmt::None,
                                _ => Fmt::Decimal,
                            };
                        }
                    }
                    "lvlText" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.text = r.attr("val").unwrap_or("").to_string();
                        }
                    }
                    "suff" => {
                        if let Some((_, l)) = level.as_mut() {
                            l.space = r.attr("val") != Some("nothing");
                        }
                    }
                    "pPr" if level.is_some() => {
                        let (p, _) = read_ppr(&mut r, ev, &mut no_sect)?;
                        if let Some((_, l)) = level.as_mut() {
                            l.ppr = p;
                        }
                    }
                    "rPr" if level.is_some() => {
                        let p = read_rpr(&mut r, ev)?;
                        if let Some((_, l)) = level.as_mut() {
                            l.rpr = p;
                        }
                    }
                    "num" if ev == Ev::Start => {
                        num = Some((r.attr("numId").unwrap_or("").to_string(), Num::default()))
                    }
                    "abstractNumId" => {
                        if let Some((_, nm)) = num.as_mut() {
                            nm.abstract_id = r.attr("val").unwrap_or("").to_string();
                        }
                    }
                    "lvlOverride" if ev == Ev::Start => {
                        override_level = r.attr("ilvl").and_then(|v| v.parse().ok())
                    }
                    "startOverride" => {
                        if let (Some((_, nm)), Some(l), Some(v)) = (
                            num.as_mut(),
                            override_level,
                            r.attr("val").and_then(|v| v.parse().ok()),
                        ) {
                            nm.starts.push((l, v));
                        }
                    }
                    _ => {}
                },
                Ev::End if r.ns() == Ns::W => match r.local() {
                    "lvl" => {
                        if let (Some((_, levels)), Some((i, l))) = (abs.as_mut(), level.take()) {
                            while levels.len() <= i {
                                levels.push(Level::default());
                            }
                            if let Some(slot) = levels.get_mut(i) {
                                *slot = l;
                            }
                        }
                    }
                    "abstractNum" => {
                        if let Some((id, levels)) = abs.take() {
                            if lookup(&n.abstracts, &id).is_none() && n.abstracts.len() < MAX_LISTS
                            {
                                n.abstracts.push((id, levels));
                            }
                        }
                    }
                    "num" => {
                        if let Some((id, nm)) = num.take() {
                            if lookup(&n.nums, &id).is_none() && n.nums.len() < MAX_LISTS {
                                n.nums.push((id, nm));
                            }
                        }
                    }
                    "lvlOverride" => override_level = None,
                    _ => {}
                },
                _ => {}
            }
        }
        Ok(n)
    }

    fn level(&self, num_id: &str, ilvl: u8) -> Option<&Level> {
        let num = lookup(&self.nums, num_id)?;
        lookup(&self.abstracts, &num.abstract_id)?.get(usize::from(ilvl.min(8)))
    }

    /// Paragraph and run properties of a list level (indents, label formatting).
    pub fn props(&self, num_id: &str, ilvl: u8) -> Option<(&PPr, &RPr)> {
        self.level(num_id, ilvl).map(|l| (&l.ppr, &l.rpr))
    }

    /// Advance the counter of `(num_id, ilvl)` and return the label (with its trailing
    /// space), or `None` when the paragraph is not numbered.
    pub fn next_label(&mut self, num_id: &str, ilvl: u8) -> Option<String> {
        if num_id == "0" {
            return None;
        }
        let ilvl = ilvl.min(8);
        let num = lookup(&self.nums, num_id)?.clone();
        let levels = lookup(&self.abstracts, &num.abstract_id)?.clone();
        let lvl = levels.get(usize::from(ilvl))?;
        let first_use = !self.used.iter().any(|u| u == num_id);
        if first_use {
            self.used.push(num_id.to_string());
        }
        let at = match self
            .counters
            .iter()
            .position(|(k, _)| *k == num.abstract_id)
        {
            Some(i) => i,
            None => {
                self.counters.push((num.abstract_id.clone(), [None; 9]));
                self.counters.len() - 1
            }
        };
        let (_, counters) = self.counters.get_mut(at)?;
        if first_use && !num.starts.is_empty() {
            for (l, v) in &num.starts {
                if let Some(c) = counters.get_mut(usize::from(*l)) {
                    *c = Some(v.saturating_sub(1));
                }
            }
        }
        let i = usize::from(ilvl);
        let value = match counters.get(i).copied().flatten() {
            Some(v) => v.saturating_add(1),
            None => lvl.start,
        };
        if let Some(c) = counters.get_mut(i) {
            *c = Some(value);
        }
        for deeper in counters.iter_mut().skip(i + 1) {
            *deeper = None;
        }
        let snapshot = *counters;
        if lvl.fmt == Fmt::None {
            return None;
        }
        let mut label = String::new();
        if lvl.fmt == Fmt::Bullet {
            label.push_str(&bullet(&lvl.text));
        } else {
            let mut chars = lvl.text.chars().peekable();
            while let Some(c) = chars.next() {
                match (c, chars.peek().and_then(|d| d.to_digit(10))) {
                    ('%', Some(d)) if (1..=9).contains(&d) => {
                        chars.next();
                        let k = (d - 1) as usize;
                        let l = levels.get(k);
                        let v = snapshot
                            .get(k)
                            .copied()
                            .flatten()
                            .unwrap_or_else(|| l.map_or(1, |l| l.start));
                        label.push_str(&format_number(v, l.map_or(Fmt::Decimal, |l| l.fmt)));
                    }
                    _ => label.push(c),
                }
            }
        }
        if label.trim().is_empty() {
            return None;
        }
        if lvl.space {
            label.push(' ');
        }
        Some(label)
    }
}

/// The value under `key` in a small list of pairs.
fn lookup<'a, V>(list: &'a [(String, V)], key: &str) -> Option<&'a V> {
    list.iter().find(|(k, _)| k == key).map(|(_, v)| v)
}

/// A bullet as text: symbol-font private-use characters become `•` (or `-` for the
/// Symbol font's hyphen).
fn bullet(text: &str) -> String {
    text.chars()
        .map(|c| match c as u32 {
            0xF02D => '-',
            0xF000..=0xF0FF => '•',
            _ => c,
        })
        .collect()
}

fn format_number(v: u32, fmt: Fmt) -> String {
    match fmt {
        Fmt::DecimalZero if v < 10 => format!("0{v}"),
        Fmt::LowerLetter => letters(v).to_lowercase(),
        Fmt::UpperLetter => letters(v),
        Fmt::LowerRoman => roman(v).to_lowercase(),
        Fmt::UpperRoman => roman(v),
        _ => v.to_string(),
    }
}

/// 1 → A, 26 → Z, 27 → AA (Word repeats the letter).
fn letters(v: u32) -> String {
    if v == 0 {
        return String::new();
    }
    let idx = (v - 1) % 26;
    let times = ((v - 1) / 26 + 1).min(10) as usize;
    let c = char::from(b'A' + idx as u8);
    std::iter::repeat_n(c, times).collect()
}

fn roman(mut v: u32) -> String {
    const TABLE: [(u32, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    v = v.min(3999);
    let mut out = String::new();
    for (n, s) in TABLE {
        while v >= n {
            out.push_str(s);
            v -= n;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const XML: &str = r#"<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
      <w:abstractNum w:abstractNumId="0">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
        <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="1">
        <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF02D;"/></w:lvl>
      </w:abstractNum>
      <w:abstractNum w:abstractNumId="2">
        <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
      </w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
      <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
      <w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>
    </w:numbering>"#;

    #[test]
    fn labels_count_and_nest() {
        let mut n = Numbering::read(XML.as_bytes(), "numbering.xml").unwrap();
        assert_eq!(n.next_label("1", 0).as_deref(), Some("1. "));
        assert_eq!(n.next_label("1", 1).as_deref(), Some("a) "));
        assert_eq!(n.next_label("1", 1).as_deref(), Some("b) "));
        assert_eq!(n.next_label("1", 0).as_deref(), Some("2. "));
        assert_eq!(n.next_label("1", 1).as_deref(), Some("a) "));
        assert_eq!(n.next_label("2", 0).as_deref(), Some("- "));
        assert_eq!(n.next_label("3", 0).as_deref(), Some("I. "));
        assert_eq!(n.next_label("3", 0).as_deref(), Some("II. "));
        assert_eq!(n.next_label("0", 0), None);
        assert_eq!(n.next_label("9", 0), None);
    }
}
