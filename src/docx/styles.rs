//! Formatting properties as written (every field optional), read from `w:rPr` / `w:pPr`
//! wherever they occur, and the style sheet that resolves them: document defaults →
//! (table style) → paragraph style chain → character style chain → direct formatting.
//!
//! Simplification: toggle properties (bold, italic, caps…) are treated like any other
//! property — the most specific level wins — rather than XOR-ed across style levels as
//! ECMA-376 §17.7.3 describes; real documents almost never rely on the difference.

use super::error::DocxError;
use super::format::{Align, CharFormat, Color, LineSpacing, ParaFormat};
use super::xml::{measure, on_off, twips, Ev, Ns, XmlReader};

/// A font reference: a name, or a theme slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FontRef {
    Name(String),
    /// `majorHAnsi` etc.
    Major,
    Minor,
}

/// Character properties as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RPr {
    pub ascii: Option<FontRef>,
    pub hansi: Option<FontRef>,
    pub size: Option<u16>,
    pub bold: Option<bool>,
    pub italic: Option<bool>,
    pub underline: Option<bool>,
    pub strike: Option<bool>,
    pub caps: Option<bool>,
    pub small_caps: Option<bool>,
    pub vanish: Option<bool>,
    pub color: Option<Color>,
    /// `w:rStyle` (direct formatting only).
    pub style: Option<String>,
}

impl RPr {
    /// Apply `over` on top of `self`.
    pub fn merge(&mut self, over: &RPr) {
        macro_rules! take {
            ($($f:ident),*) => {$(if over.$f.is_some() { self.$f = over.$f.clone(); })*};
        }
        take!(
            ascii, hansi, size, bold, italic, underline, strike, caps, small_caps, vanish, color,
            style
        );
    }
}

/// Paragraph properties as written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PPr {
    pub style: Option<String>,
    pub align: Option<Align>,
    pub ind_left: Option<i32>,
    pub ind_right: Option<i32>,
    pub first_line: Option<i32>,
    pub before: Option<i32>,
    pub after: Option<i32>,
    pub before_auto: Option<bool>,
    pub after_auto: Option<bool>,
    pub line: Option<LineSpacing>,
    pub contextual: Option<bool>,
    pub border_bottom: Option<bool>,
    pub border_top: Option<bool>,
    /// `w:numPr`: numbering id and level.
    pub num_id: Option<String>,
    pub num_level: Option<u8>,
    pub center_tab: Option<bool>,
    pub frame_center: Option<bool>,
    pub page_break_before: Option<bool>,
}

impl PPr {
    pub fn merge(&mut self, over: &PPr) {
        macro_rules! take {
            ($($f:ident),*) => {$(if over.$f.is_some() { self.$f = over.$f.clone(); })*};
        }
        take!(
            style,
            align,
            ind_left,
            ind_right,
            first_line,
            before,
            after,
            before_auto,
            after_auto,
            line,
            contextual,
            border_bottom,
            border_top,
            num_id,
            num_level,
            center_tab,
            frame_center,
            page_break_before
        );
    }

    /// The resolved paragraph format (absent values take Word's defaults).
    pub fn resolve(&self) -> ParaFormat {
        ParaFormat {
            align: self.align.unwrap_or_default(),
            ind_left: self.ind_left.unwrap_or(0),
            ind_right: self.ind_right.unwrap_or(0),
            first_line: self.first_line.unwrap_or(0),
            before: self.before.unwrap_or(0),
            after: self.after.unwrap_or(0),
            before_auto: self.before_auto.unwrap_or(false),
            after_auto: self.after_auto.unwrap_or(false),
            line: self.line.unwrap_or_default(),
            contextual: self.contextual.unwrap_or(false),
            center_tab: self.center_tab.unwrap_or(false),
            frame_center: self.frame_center.unwrap_or(false),
        }
    }
}

fn color(v: &str) -> Option<Color> {
    if v.eq_ignore_ascii_case("auto") {
        return Some(Color::Auto);
    }
    if v.len() == 6 {
        return u32::from_str_radix(v, 16).ok().map(Color::Rgb);
    }
    None
}

fn theme_font(v: &str) -> Option<FontRef> {
    if v.starts_with("major") {
        Some(FontRef::Major)
    } else if v.starts_with("minor") {
        Some(FontRef::Minor)
    } else {
        None
    }
}

fn align(v: &str) -> Option<Align> {
    Some(match v {
        "left" | "start" => Align::Left,
        "center" => Align::Center,
        "right" | "end" => Align::Right,
        "both" | "justify" | "lowKashida" | "mediumKashida" | "highKashida" | "thaiDistribute" => {
            Align::Justify
        }
        "distribute" => Align::Distribute,
        _ => return None,
    })
}

fn border_on(r: &XmlReader) -> bool {
    !matches!(r.attr("val"), Some("none" | "nil") | None)
}

/// Read `w:rPr` (the reader is on its start tag; `ev` is `Start` or `Empty`).
pub fn read_rpr(r: &mut XmlReader, ev: Ev) -> Result<RPr, DocxError> {
    let mut p = RPr::default();
    if ev != Ev::Start {
        return Ok(p);
    }
    let depth = r.depth();
    while let Some(ev) = r.next_within(depth)? {
        match ev {
            Ev::Start | Ev::Empty
                if r.ns() == Ns::W && r.depth() + usize::from(ev == Ev::Empty) == depth + 1 =>
            {
                match r.local() {
                    "rFonts" => {
                        if let Some(t) = r.attr("asciiTheme").and_then(theme_font) {
                            p.ascii = Some(t);
                        } else if let Some(n) = r.attr("ascii") {
                            p.ascii = Some(FontRef::Name(n.to_string()));
                        }
                        if let Some(t) = r.attr("hAnsiTheme").and_then(theme_font) {
                            p.hansi = Some(t);
                        } else if let Some(n) = r.attr("hAnsi") {
                            p.hansi = Some(FontRef::Name(n.to_string()));
                        }
                    }
                    "sz" => {
                        p.size = r
                            .attr("val")
                            .and_then(|v| measure(v, 2.0))
                            .and_then(|v| u16::try_from(v).ok())
                    }
                    "b" => p.bold = Some(on_off(r.attr("val"))),
                    "i" => p.italic = Some(on_off(r.attr("val"))),
                    "u" => p.underline = Some(on_off(r.attr("val"))),
                    "strike" | "dstrike" => p.strike = Some(on_off(r.attr("val"))),
                    "caps" => p.caps = Some(on_off(r.attr("val"))),
                    "smallCaps" => p.small_caps = Some(on_off(r.attr("val"))),
                    "vanish" => p.vanish = Some(on_off(r.attr("val"))),
                    "color" => p.color = r.attr("val").and_then(color),
                    "rStyle" => p.style = r.attr("val").map(str::to_string),
                    _ => {}
                }
                // Tracked changes keep the old properties inside: never read them.
                r.skip_current(ev)?;
            }
            Ev::Start => r.skip()?,
            _ => {}
        }
    }
    Ok(p)
}

/// What a `w:pPr` holds besides paragraph properties.
#[derive(Default)]
pub struct PPrExtra {
    /// The paragraph mark's character properties.
    pub mark: Option<RPr>,
    /// The section that ends with this paragraph: `true` when a `w:sectPr` was read (the
    /// caller reads it through `on_sect`).
    pub sect: bool,
}

/// Read `w:pPr`. `on_sect` is called on a `w:sectPr` start tag inside it.
pub fn read_ppr(
    r: &mut XmlReader,
    ev: Ev,
    on_sect: &mut dyn FnMut(&mut XmlReader, Ev) -> Result<(), DocxError>,
) -> Result<(PPr, PPrExtra), DocxError> {
    let mut p = PPr::default();
    let mut extra = PPrExtra::default();
    if ev != Ev::Start {
        return Ok((p, extra));
    }
    let depth = r.depth();
    while let Some(ev) = r.next_within(depth)? {
        match ev {
            Ev::Start | Ev::Empty if r.ns() == Ns::W => {
                match r.local() {
                    "pStyle" => p.style = r.attr("val").map(str::to_string),
                    "jc" => p.align = r.attr("val").and_then(align),
                    "ind" => {
                        let get =
                            |a: &str, b: &str| r.attr(a).or_else(|| r.attr(b)).and_then(twips);
                        if let Some(v) = get("left", "start") {
                            p.ind_left = Some(v);
                        }
                        if let Some(v) = get("right", "end") {
                            p.ind_right = Some(v);
                        }
                        if let Some(h) = r.attr("hanging").and_then(twips) {
                            p.first_line = Some(-h);
                        } else if let Some(f) = r.attr("firstLine").and_then(twips) {
                            p.first_line = Some(f);
                        }
                    }
                    "spacing" => {
                        if let Some(v) = r.attr("before").and_then(twips) {
                            p.before = Some(v);
                        }
                        if let Some(v) = r.attr("after").and_then(twips) {
                            p.after = Some(v);
                        }
                        if let Some(v) = r.attr("beforeAutospacing") {
                            p.before_auto = Some(on_off(Some(v)));
                        }
                        if let Some(v) = r.attr("afterAutospacing") {
                            p.after_auto = Some(on_off(Some(v)));
                        }
                        if let Some(v) = r.attr("line").and_then(twips) {
                            p.line = Some(match r.attr("lineRule") {
                                Some("exact") => LineSpacing::Exact(v.abs()),
                                Some("atLeast") => LineSpacing::AtLeast(v),
                                _ => LineSpacing::Auto(v),
                            });
                        }
                    }
                    "contextualSpacing" => p.contextual = Some(on_off(r.attr("val"))),
                    "pageBreakBefore" => p.page_break_before = Some(on_off(r.attr("val"))),
                    "framePr" => p.frame_center = Some(matches!(r.attr("xAlign"), Some("center"))),
                    "pBdr" => {
                        if ev == Ev::Start {
                            read_borders(r, &mut p)?;
                        }
                        continue;
                    }
                    "tabs" => {
                        if ev == Ev::Start {
                            p.center_tab = Some(read_tabs(r)?);
                        }
                        continue;
                    }
                    "numPr" => {
                        if ev == Ev::Start {
                            read_num_pr(r, &mut p)?;
                        }
                        continue;
                    }
                    "rPr" => {
                        extra.mark = Some(read_rpr(r, ev)?);
                        continue;
                    }
                    "sectPr" => {
                        on_sect(r, ev)?;
                        extra.sect = true;
                        continue;
                    }
                    _ => {}
                }
                // `w:pPrChange` (old properties of a tracked change) and anything unknown.
                r.skip_current(ev)?;
            }
            Ev::Start => r.skip()?,
            _ => {}
        }
    }
    Ok((p, extra))
}

fn read_borders(r: &mut XmlReader, p: &mut PPr) -> Result<(), DocxError> {
    let depth = r.depth();
    while let Some(ev) = r.next_within(depth)? {
        match ev {
            Ev::Start | Ev::Empty => {
                if r.ns() == Ns::W {
                    match r.local() {
                        "bottom" => p.border_bottom = Some(border_on(r)),
                        "top" => p.border_top = Some(border_on(r)),
                        _ => {}
                    }
                }
                r.skip_current(ev)?;
            }
            _ => {}
        }
    }
    Ok(())
}

fn read_tabs(r: &mut XmlReader) -> Result<bool, DocxError> {
    let depth = r.depth();
    let mut center = false;
    while let Some(ev) = r.next_within(depth)? {
        match ev {
            Ev::Start | Ev::Empty => {
                if r.is(Ns::W, "tab") && r.attr("val") == Some("center") {
                    center = true;
                }
                r.skip_current(ev)?;
            }
            _ => {}
        }
    }
    Ok(center)
}

fn read_num_pr(r: &mut XmlReader, p: &mut PPr) -> Result<(), DocxError> {
    let depth = r.depth();
    while let Some(ev) = r.next_within(depth)? {
        match ev {
            Ev::Start | Ev::Empty => {
                if r.is(Ns::W, "numId") {
                    p.num_id = r.attr("val").map(str::to_string);
                } else if r.is(Ns::W, "ilvl") {
                    p.num_level = r.attr("val").and_then(|v| v.parse().ok());
                }
                r.skip_current(ev)?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// The theme's Latin fonts (`word/theme/theme1.xml`).
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub major: Option<String>,
    pub minor: Option<String>,
}

impl Theme {
    pub fn read(bytes: &[u8], part: &str) -> Result<Theme, DocxError> {
        let mut r = XmlReader::new(bytes, part);
        let mut t = Theme::default();
        let mut slot: Option<bool> = None;
        loop {
            match r.event()? {
                Ev::Eof => break,
                Ev::Start if r.ns() == Ns::A && r.local() == "majorFont" => slot = Some(true),
                Ev::Start if r.ns() == Ns::A && r.local() == "minorFont" => slot = Some(false),
                Ev::End if r.ns() == Ns::A && matches!(r.local(), "majorFont" | "minorFont") => {
                    slot = None
                }
                Ev::Start | Ev::Empty if r.ns() == Ns::A && r.local() == "latin" => {
                    let face = r.attr_ns(Ns::None, "typeface").map(str::to_string);
                    match slot {
                        Some(true) if t.major.is_none() => t.major = face,
                        Some(false) if t.minor.is_none() => t.minor = face,
                        _ => {}
                    }
                }
                _ => {}
            }
        }
        Ok(t)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Paragraph,
    Character,
    Table,
    Other,
}

#[derive(Debug, Clone)]
struct Style {
    id: String,
    kind: Kind,
    based_on: Option<String>,
    ppr: PPr,
    rpr: RPr,
    /// The `basedOn` chain resolved (root first, the style itself last).
    resolved: (PPr, RPr),
}

/// Most styles kept from a style sheet.
pub const MAX_STYLES: usize = 10_000;

/// The style sheet, with every style's chain resolved once.
#[derive(Debug, Clone, Default)]
pub struct Styles {
    /// Sorted by id.
    styles: Vec<Style>,
    pub default_para: Option<String>,
    default_char: Option<String>,
    pub default_table: Option<String>,
    doc_rpr: RPr,
    doc_ppr: PPr,
    pub theme: Theme,
}

impl Styles {
    /// No style sheet: document defaults only.
    pub fn with_theme(theme: Theme) -> Styles {
        Styles {
            theme,
            ..Styles::default()
        }
    }

    pub fn read(bytes: &[u8], part: &str, theme: Theme) -> Result<Styles, DocxError> {
        let mut r = XmlReader::new(bytes, part);
        let mut s = Styles {
            theme,
            ..Styles::default()
        };
        let mut in_defaults = false;
        let mut current: Option<Style> = None;
        let mut no_sect = |_: &mut XmlReader, ev: Ev| -> Result<(), DocxError> {
            let _ = ev;
            Ok(())
        };
        loop {
            let ev = r.event()?;
            match ev {
                Ev::Eof => break,
                Ev::Start | Ev::Empty if r.ns() == Ns::W => match r.local() {
                    "docDefaults" => in_defaults = ev == Ev::Start,
                    "rPr" if in_defaults => {
                        let p = read_rpr(&mut r, ev)?;
                        s.doc_rpr.merge(&p);
                    }
                    "pPr" if in_defaults => {
                        let (p, _) = read_ppr(&mut r, ev, &mut no_sect)?;
                        s.doc_ppr.merge(&p);
                    }
                    "style" => {
                        let kind = match r.attr("type") {
                            Some("paragraph") => Kind::Paragraph,
                            Some("character") => Kind::Character,
                            Some("table") => Kind::Table,
                            _ => Kind::Other,
                        };
                        let id = r.attr("styleId").unwrap_or("").to_string();
                        if on_off(r.attr("default")) && r.attr("default").is_some() {
                            match kind {
                                Kind::Paragraph => s.default_para = Some(id.clone()),
                                Kind::Character => s.default_char = Some(id.clone()),
                                Kind::Table => s.default_table = Some(id.clone()),
                                Kind::Other => {}
                            }
                        }
                        let style = Style {
                            id,
                            kind,
                            based_on: None,
                            ppr: PPr::default(),
                            rpr: RPr::default(),
                            resolved: (PPr::default(), RPr::default()),
                        };
                        if ev == Ev::Start {
                            current = Some(style);
                        } else {
                            s.insert(style);
                        }
                    }
                    "basedOn" => {
                        if let Some(st) = current.as_mut() {
                            st.based_on = r.attr("val").map(str::to_string);
                        }
                    }
                    "rPr" if current.is_some() => {
                        let p = read_rpr(&mut r, ev)?;
                        if let Some(st) = current.as_mut() {
                            st.rpr.merge(&p);
                        }
                    }
                    "pPr" if current.is_some() => {
                        let (p, _) = read_ppr(&mut r, ev, &mut no_sect)?;
                        if let Some(st) = current.as_mut() {
                            st.ppr.merge(&p);
                        }
                    }
                    // Conditional table formatting (first row, banding…) is not applied.
                    "tblStylePr" => r.skip_current(ev)?,
                    _ => {}
                },
                Ev::End if r.ns() == Ns::W => match r.local() {
                    "docDefaults" => in_defaults = false,
                    "style" => {
                        if let Some(st) = current.take() {
                            s.insert(st);
                        }
                    }
                    _ => {}
                },
                _ => {}
            }
        }
        s.resolve_chains();
        Ok(s)
    }

    /// Keep the styles sorted by id (for binary search); the first definition of an id wins.
    /// Past `MAX_STYLES` (real files: a few hundred) styles are ignored.
    fn insert(&mut self, st: Style) {
        if self.styles.len() >= MAX_STYLES {
            return;
        }
        if let Err(at) = self
            .styles
            .binary_search_by(|s| s.id.as_str().cmp(st.id.as_str()))
        {
            self.styles.insert(at, st);
        }
    }

    fn resolve_chains(&mut self) {
        let mut resolved = Vec::with_capacity(self.styles.len());
        for st in &self.styles {
            let mut chain: Vec<&Style> = Vec::new();
            let mut at = Some(st);
            // basedOn cycles and absurd chains stop after 32 steps.
            while let Some(cur) = at {
                if chain.len() >= 32 {
                    break;
                }
                chain.push(cur);
                at = cur.based_on.as_deref().and_then(|b| self.get(b));
            }
            let mut ppr = PPr::default();
            let mut rpr = RPr::default();
            for c in chain.iter().rev() {
                ppr.merge(&c.ppr);
                rpr.merge(&c.rpr);
            }
            resolved.push((ppr, rpr));
        }
        for (st, r) in self.styles.iter_mut().zip(resolved) {
            st.resolved = r;
        }
    }

    fn get(&self, id: &str) -> Option<&Style> {
        self.styles
            .binary_search_by(|s| s.id.as_str().cmp(id))
            .ok()
            .and_then(|i| self.styles.get(i))
    }

    fn chain(&self, id: Option<&str>, kind: Kind) -> Option<&(PPr, RPr)> {
        let st = self.get(id?)?;
        if st.kind != kind {
            return None;
        }
        Some(&st.resolved)
    }

    /// Paragraph and character properties a paragraph starts from: document defaults,
    /// the table style (inside a table), the paragraph style. Returns the style id too.
    pub fn paragraph_base(
        &self,
        pstyle: Option<&str>,
        table_style: Option<&str>,
    ) -> (PPr, RPr, String) {
        let mut ppr = self.doc_ppr.clone();
        let mut rpr = self.doc_rpr.clone();
        if let Some((tp, tr)) = self
            .chain(table_style, Kind::Table)
            .or_else(|| self.chain(self.default_table.as_deref(), Kind::Table))
        {
            ppr.merge(tp);
            rpr.merge(tr);
        }
        let own = self.chain(pstyle, Kind::Paragraph);
        let id = if own.is_some() {
            pstyle
        } else {
            self.default_para.as_deref()
        };
        if let Some((sp, sr)) =
            own.or_else(|| self.chain(self.default_para.as_deref(), Kind::Paragraph))
        {
            ppr.merge(sp);
            rpr.merge(sr);
        }
        ppr.style = None;
        (ppr, rpr, id.unwrap_or("").to_string())
    }

    /// A run's properties: the paragraph's base, its character style, its direct ones.
    pub fn run(&self, base: &RPr, direct: &RPr) -> RPr {
        let mut rpr = base.clone();
        let cstyle = direct.style.as_deref().or(self.default_char.as_deref());
        if let Some((_, cr)) = self.chain(cstyle, Kind::Character) {
            rpr.merge(cr);
        }
        rpr.merge(direct);
        rpr
    }

    /// The font name a reference stands for.
    pub fn font_name(&self, f: Option<&FontRef>) -> String {
        match f {
            Some(FontRef::Name(n)) => n.clone(),
            Some(FontRef::Major) => self.theme.major.clone().unwrap_or_default(),
            Some(FontRef::Minor) => self.theme.minor.clone().unwrap_or_default(),
            None => String::new(),
        }
    }
}

/// Interns font names for `CharFormat`.
#[derive(Debug, Default)]
pub struct Fonts {
    pub names: Vec<String>,
}

impl Fonts {
    pub fn id(&mut self, name: &str) -> u16 {
        if let Some(i) = self.names.iter().position(|n| n == name) {
            return u16::try_from(i).unwrap_or(0);
        }
        if self.names.len() >= usize::from(u16::MAX) {
            return 0;
        }
        self.names.push(name.to_string());
        u16::try_from(self.names.len() - 1).unwrap_or(0)
    }
}

/// Word's fall-back font when nothing names one.
pub const DEFAULT_FONT: &str = "Times New Roman";

/// Resolve run properties to a `CharFormat` (fonts interned).
pub fn char_format(rpr: &RPr, styles: &Styles, fonts: &mut Fonts) -> CharFormat {
    let name = |f: Option<&FontRef>| {
        let n = styles.font_name(f);
        if n.is_empty() {
            DEFAULT_FONT.to_string()
        } else {
            n
        }
    };
    let ascii = name(rpr.ascii.as_ref());
    let hansi = name(rpr.hansi.as_ref().or(rpr.ascii.as_ref()));
    CharFormat {
        font_ascii: fonts.id(&ascii),
        font_hansi: fonts.id(&hansi),
        // ECMA-376: 10 pt when no level sets a size.
        size: rpr.size.unwrap_or(20),
        bold: rpr.bold.unwrap_or(false),
        italic: rpr.italic.unwrap_or(false),
        underline: rpr.underline.unwrap_or(false),
        strike: rpr.strike.unwrap_or(false),
        caps: rpr.caps.unwrap_or(false),
        small_caps: rpr.small_caps.unwrap_or(false),
        color: rpr.color.unwrap_or_default(),
    }
}
