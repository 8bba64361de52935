//! A pull reader over one XML part, on top of `quick-xml`, that the `.docx` reader walks:
//! namespaces resolved to the few we know (so `w:p` is found whatever the prefix), markup
//! compatibility (`mc:AlternateContent`: the first `mc:Choice`, never the `mc:Fallback`
//! copy of the same content) made transparent, and the hostile-input limits enforced:
//! nesting depth, element count, and no DTD — a `<!DOCTYPE` or a custom entity is refused,
//! never expanded (so billion-laughs and external entities cannot happen).

use quick_xml::events::Event;
use quick_xml::Reader;

use super::error::DocxError;

/// Deepest element nesting accepted (real documents: under 40; nested tables and text
/// boxes add ~10 per level).
pub const MAX_DEPTH: usize = 256;
/// Most elements in one part (a 30-page document has ~40 000).
pub const MAX_ELEMENTS: usize = 1_000_000;

/// The namespaces the reader tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    /// WordprocessingML (`w:`), transitional or strict.
    W,
    /// Office relationships (`r:id`).
    R,
    /// Markup compatibility (`mc:`).
    Mc,
    /// DrawingML main (`a:`).
    A,
    /// Word drawing anchors (`wp:`).
    Wp,
    /// Word 2010 shapes (`wps:`).
    Wps,
    /// VML (`v:`).
    V,
    /// Package relationships (`_rels/*.rels`).
    Pr,
    /// Extended properties (`docProps/app.xml`).
    Ap,
    /// No namespace.
    None,
    Other,
}

/// Namespace URIs (transitional and strict) and what they are. A table rather than a
/// `match`: the match on byte strings compiled to 8 KB of wasm.
const URIS: &[(&str, Ns)] = &[
    (
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        Ns::W,
    ),
    ("http://purl.oclc.org/ooxml/wordprocessingml/main", Ns::W),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        Ns::R,
    ),
    (
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
        Ns::R,
    ),
    (
        "http://schemas.openxmlformats.org/markup-compatibility/2006",
        Ns::Mc,
    ),
    (
        "http://schemas.openxmlformats.org/drawingml/2006/main",
        Ns::A,
    ),
    ("http://purl.oclc.org/ooxml/drawingml/main", Ns::A),
    (
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
        Ns::Wp,
    ),
    (
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing",
        Ns::Wp,
    ),
    (
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
        Ns::Wps,
    ),
    ("urn:schemas-microsoft-com:vml", Ns::V),
    (
        "http://schemas.openxmlformats.org/package/2006/relationships",
        Ns::Pr,
    ),
    (
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        Ns::Ap,
    ),
    (
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties",
        Ns::Ap,
    ),
];

fn ns_of_uri(uri: &[u8]) -> Ns {
    URIS.iter()
        .find(|(u, _)| u.as_bytes() == uri)
        .map_or(Ns::Other, |(_, ns)| *ns)
}

/// What `XmlReader::next` saw. Names, attributes and text are read from the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ev {
    Start,
    Empty,
    End,
    Text,
    Eof,
}

struct Binding {
    depth: usize,
    prefix: Vec<u8>,
    ns: Ns,
}

struct Alt {
    depth: usize,
    chosen: bool,
}

pub struct XmlReader<'a> {
    inner: Reader<&'a [u8]>,
    part: &'a str,
    depth: usize,
    elements: usize,
    bindings: Vec<Binding>,
    alts: Vec<Alt>,
    /// Current element: namespace and local name.
    ns: Ns,
    local: String,
    /// Current element's attributes: namespace, local name, value.
    attrs: Vec<(Ns, String, String)>,
    text: String,
}

impl<'a> XmlReader<'a> {
    /// A reader over a part's bytes (UTF-8; see `utf8`). `part` names it in errors.
    pub fn new(bytes: &'a [u8], part: &'a str) -> Self {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut inner = Reader::from_reader(bytes);
        let config = inner.config_mut();
        config.check_end_names = true;
        config.expand_empty_elements = false;
        config.trim_text_start = false;
        XmlReader {
            inner,
            part,
            depth: 0,
            elements: 0,
            bindings: Vec::new(),
            alts: Vec::new(),
            ns: Ns::None,
            local: String::new(),
            attrs: Vec::new(),
            text: String::new(),
        }
    }

    /// The part's name (for errors).
    pub fn part(&self) -> &str {
        self.part
    }

    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Namespace and local name of the current element (start, empty or end).
    pub fn is(&self, ns: Ns, local: &str) -> bool {
        self.ns == ns && self.local == local
    }

    pub fn ns(&self) -> Ns {
        self.ns
    }

    pub fn local(&self) -> &str {
        &self.local
    }

    /// A WordprocessingML attribute (`w:val`), or the same name without a prefix.
    pub fn attr(&self, local: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(ns, l, _)| (*ns == Ns::W || *ns == Ns::None) && l == local)
            .map(|(_, _, v)| v.as_str())
    }

    /// An attribute in a given namespace (`Ns::None` for unprefixed ones).
    pub fn attr_ns(&self, ns: Ns, local: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, l, _)| *n == ns && l == local)
            .map(|(_, _, v)| v.as_str())
    }

    /// Text of the last `Ev::Text`.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// A malformed-XML error. The detail is ours, not quick-xml's: formatting its errors
    /// would pull all their messages (and std's I/O ones) into the wasm.
    fn err(&self, detail: &str) -> DocxError {
        DocxError::Xml(
            self.part.to_string(),
            format!("{detail} (byte {})", self.inner.buffer_position()),
        )
    }

    fn resolve(&self, prefix: &[u8], is_attr: bool) -> Ns {
        if prefix.is_empty() && is_attr {
            return Ns::None;
        }
        match self.bindings.iter().rev().find(|b| b.prefix == prefix) {
            Some(b) => b.ns,
            None if prefix.is_empty() => Ns::None,
            None => Ns::Other,
        }
    }

    /// Read the name and attributes of a start or empty tag at depth `level`.
    fn load(
        &mut self,
        e: &quick_xml::events::BytesStart<'_>,
        level: usize,
    ) -> Result<(), DocxError> {
        self.attrs.clear();
        let mut raw: Vec<(Vec<u8>, Vec<u8>, String)> = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|_| self.err("malformed attribute"))?;
            let value = match unescape(&a.value) {
                Ok(v) => v,
                Err(Bad::Entity) => return Err(DocxError::XmlDtd(self.part.to_string())),
                Err(Bad::Syntax) => return Err(self.err("malformed attribute value")),
            };
            let key = a.key.as_ref();
            if key == b"xmlns" {
                self.bindings.push(Binding {
                    depth: level,
                    prefix: Vec::new(),
                    ns: ns_of_uri(value.as_bytes()),
                });
            } else if let Some(prefix) = key.strip_prefix(b"xmlns:") {
                self.bindings.push(Binding {
                    depth: level,
                    prefix: prefix.to_vec(),
                    ns: ns_of_uri(value.as_bytes()),
                });
            } else {
                let (p, l) = split_name(key);
                raw.push((p.to_vec(), l.to_vec(), value));
            }
        }
        for (p, l, v) in raw {
            let ns = self.resolve(&p, true);
            self.attrs
                .push((ns, String::from_utf8_lossy(&l).into_owned(), v));
        }
        let name = e.name();
        let (p, l) = split_name(name.as_ref());
        self.ns = self.resolve(p, false);
        self.local.clear();
        self.local.push_str(&String::from_utf8_lossy(l));
        Ok(())
    }

    fn count(&mut self) -> Result<(), DocxError> {
        self.elements += 1;
        if self.elements > MAX_ELEMENTS {
            return Err(DocxError::XmlTooManyElements(self.part.to_string()));
        }
        Ok(())
    }

    fn pop_bindings(&mut self, level: usize) {
        while self.bindings.last().is_some_and(|b| b.depth >= level) {
            self.bindings.pop();
        }
    }

    /// The next event, with `mc:AlternateContent` resolved.
    pub fn event(&mut self) -> Result<Ev, DocxError> {
        loop {
            let ev = self.raw()?;
            if self.ns != Ns::Mc || matches!(ev, Ev::Text | Ev::Eof) {
                return Ok(ev);
            }
            match (ev, self.local.as_str()) {
                (Ev::Start, "AlternateContent") => self.alts.push(Alt {
                    depth: self.depth,
                    chosen: false,
                }),
                (Ev::End, "AlternateContent") => {
                    self.alts.pop();
                }
                (Ev::Start, "Choice" | "Fallback") => {
                    // The first choice (or a fallback with no choice before it) is read as if
                    // the wrapper were not there; later ones are skipped.
                    let depth = self.depth;
                    let take = match self.alts.last_mut() {
                        Some(alt) if alt.depth + 1 == depth && !alt.chosen => {
                            alt.chosen = true;
                            true
                        }
                        _ => false,
                    };
                    if !take {
                        self.skip()?;
                    }
                }
                // Ends of transparent wrappers, empty wrappers: nothing to read.
                _ => {}
            }
        }
    }

    /// The next event without markup-compatibility processing.
    fn raw(&mut self) -> Result<Ev, DocxError> {
        loop {
            let event = self
                .inner
                .read_event()
                .map_err(|_| self.err("malformed XML"))?;
            match event {
                Event::Start(e) => {
                    self.count()?;
                    self.depth += 1;
                    if self.depth > MAX_DEPTH {
                        return Err(DocxError::XmlTooDeep(self.part.to_string()));
                    }
                    let level = self.depth;
                    self.load(&e, level)?;
                    return Ok(Ev::Start);
                }
                Event::Empty(e) => {
                    self.count()?;
                    let level = self.depth + 1;
                    self.load(&e, level)?;
                    self.pop_bindings(level);
                    return Ok(Ev::Empty);
                }
                Event::End(e) => {
                    let name = e.name();
                    let (p, l) = split_name(name.as_ref());
                    self.ns = self.resolve(p, false);
                    self.local.clear();
                    self.local.push_str(&String::from_utf8_lossy(l));
                    self.attrs.clear();
                    let level = self.depth;
                    self.pop_bindings(level);
                    self.depth = self.depth.saturating_sub(1);
                    return Ok(Ev::End);
                }
                Event::Text(t) => {
                    let s = std::str::from_utf8(&t).map_err(|_| self.err("not UTF-8"))?;
                    self.text.clear();
                    self.text.push_str(s);
                    return Ok(Ev::Text);
                }
                Event::CData(t) => {
                    let s = std::str::from_utf8(&t).map_err(|_| self.err("not UTF-8"))?;
                    self.text.clear();
                    self.text.push_str(s);
                    return Ok(Ev::Text);
                }
                Event::GeneralRef(r) => {
                    let c = match entity(&r) {
                        Ok(c) => c,
                        Err(Bad::Entity) => return Err(DocxError::XmlDtd(self.part.to_string())),
                        Err(Bad::Syntax) => return Err(self.err("malformed character reference")),
                    };
                    self.text.clear();
                    self.text.push(c);
                    return Ok(Ev::Text);
                }
                Event::DocType(_) => return Err(DocxError::XmlDtd(self.part.to_string())),
                Event::Eof => {
                    if self.depth != 0 {
                        return Err(self.err("unexpected end of part"));
                    }
                    return Ok(Ev::Eof);
                }
                Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
            }
        }
    }

    /// After a `Start`: skip everything up to and including its end tag (limits still apply).
    /// The next event inside the element the reader was on when `depth` was taken
    /// (`let depth = r.depth()` on its start tag); `None` at its end or at the end of the part.
    /// `while let Some(ev) = r.next_within(depth)? { … }` reads an element's content.
    pub fn next_within(&mut self, depth: usize) -> Result<Option<Ev>, DocxError> {
        Ok(match self.event()? {
            Ev::Eof => None,
            Ev::End if self.depth() < depth => None,
            ev => Some(ev),
        })
    }

    pub fn skip(&mut self) -> Result<(), DocxError> {
        let target = self.depth.saturating_sub(1);
        while self.depth > target {
            if self.raw()? == Ev::Eof {
                break;
            }
        }
        Ok(())
    }

    /// After a `Start` or `Empty`: the whole content is skipped unless it is a `Start`.
    pub fn skip_current(&mut self, ev: Ev) -> Result<(), DocxError> {
        if ev == Ev::Start {
            self.skip()?;
        }
        Ok(())
    }
}

enum Bad {
    /// An entity other than the five predefined ones (it would need a DTD).
    Entity,
    Syntax,
}

/// The character of a reference's name (`amp`, `#273`, `#x111`).
fn entity(name: &[u8]) -> Result<char, Bad> {
    Ok(match name {
        b"amp" => '&',
        b"lt" => '<',
        b"gt" => '>',
        b"quot" => '"',
        b"apos" => '\'',
        [b'#', b'x' | b'X', hex @ ..] => char_ref(hex, 16)?,
        [b'#', dec @ ..] => char_ref(dec, 10)?,
        // Any other entity needs a DTD: refused, never expanded.
        _ => return Err(Bad::Entity),
    })
}

fn char_ref(digits: &[u8], radix: u32) -> Result<char, Bad> {
    let s = std::str::from_utf8(digits).map_err(|_| Bad::Syntax)?;
    let n = u32::from_str_radix(s, radix).map_err(|_| Bad::Syntax)?;
    char::from_u32(n).filter(|&c| c != '\0').ok_or(Bad::Syntax)
}

/// An attribute value with its references resolved (no normalisation: OOXML values are
/// names and numbers).
fn unescape(raw: &[u8]) -> Result<String, Bad> {
    let s = std::str::from_utf8(raw).map_err(|_| Bad::Syntax)?;
    if !s.contains('&') {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(rest.get(..at).unwrap_or(""));
        let after = rest.get(at + 1..).unwrap_or("");
        let end = after.find(';').ok_or(Bad::Syntax)?;
        out.push(entity(after.get(..end).unwrap_or("").as_bytes())?);
        rest = after.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    Ok(out)
}

fn split_name(name: &[u8]) -> (&[u8], &[u8]) {
    match name.iter().position(|&b| b == b':') {
        Some(i) => (
            name.get(..i).unwrap_or(&[]),
            name.get(i + 1..).unwrap_or(&[]),
        ),
        None => (&[], name),
    }
}

/// A part as UTF-8: UTF-16 parts (allowed by OPC, rare) are converted.
pub fn utf8(bytes: Vec<u8>) -> Vec<u8> {
    let (le, rest) = match bytes.get(..2) {
        Some([0xFF, 0xFE]) => (true, bytes.get(2..).unwrap_or(&[])),
        Some([0xFE, 0xFF]) => (false, bytes.get(2..).unwrap_or(&[])),
        _ => return bytes,
    };
    let units = rest.chunks_exact(2).map(|c| {
        let pair = [
            c.first().copied().unwrap_or(0),
            c.get(1).copied().unwrap_or(0),
        ];
        if le {
            u16::from_le_bytes(pair)
        } else {
            u16::from_be_bytes(pair)
        }
    });
    let s: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or('\u{FFFD}'))
        .collect();
    // The declaration still says UTF-16; quick-xml (no encoding feature) reads UTF-8 anyway.
    s.into_bytes()
}

/// `w:val`-style on/off: absent value means on; `0`, `false`, `off` mean off.
pub fn on_off(v: Option<&str>) -> bool {
    !matches!(v, Some("0" | "false" | "off" | "none"))
}

/// A length in twentieths of a point: a plain number (twips), or a universal measure
/// (`2.5cm`, `25mm`, `1in`, `12pt`, `1pc`, `1pi`).
pub fn twips(v: &str) -> Option<i32> {
    measure(v, 20.0)
}

/// A number in the attribute's own unit (half-points for `w:sz`), or a universal measure
/// converted with `per_point` units per point.
pub fn measure(v: &str, per_point: f64) -> Option<i32> {
    let v = v.trim();
    let split = v.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(v.len());
    let (num, unit) = (v.get(..split)?, v.get(split..)?);
    let n = decimal(num)?;
    let points = match unit {
        "" => return Some(n.clamp(-1e9, 1e9) as i32),
        "pt" => n,
        "mm" => n * 72.0 / 25.4,
        "cm" => n * 72.0 / 2.54,
        "in" => n * 72.0,
        "pc" | "pi" => n * 12.0,
        _ => return None,
    };
    Some((points * per_point).round().clamp(-1e9, 1e9) as i32)
}

/// A plain decimal (`-12`, `.75`, `2.5`): no exponent, no `inf`/`nan`. Hand-rolled: the
/// standard float parser would add ~10 KB to the wasm for numbers Word writes plainly.
pub fn decimal(s: &str) -> Option<f64> {
    let s = s.trim();
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    if int.is_empty() && frac.is_empty() {
        return None;
    }
    let mut v = 0f64;
    for c in int.chars() {
        v = v * 10.0 + f64::from(c.to_digit(10)?);
        if v > 1e12 {
            return None;
        }
    }
    let mut scale = 1f64;
    for c in frac.chars().take(12) {
        scale /= 10.0;
        v += f64::from(c.to_digit(10)?) * scale;
    }
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    #[test]
    fn decimals() {
        assert_eq!(decimal("12"), Some(12.0));
        assert_eq!(decimal("-.5"), Some(-0.5));
        assert_eq!(decimal("2.25"), Some(2.25));
        assert_eq!(decimal("1e5"), None);
        assert_eq!(decimal("."), None);
        assert_eq!(decimal(""), None);
    }

    fn events(xml: &str) -> Result<Vec<String>, DocxError> {
        let mut r = XmlReader::new(xml.as_bytes(), "test.xml");
        let mut out = Vec::new();
        loop {
            match r.event()? {
                Ev::Eof => break,
                Ev::Text => out.push(format!("'{}'", r.text())),
                ev => out.push(format!("{ev:?} {:?}:{}", r.ns(), r.local())),
            }
        }
        Ok(out)
    }

    #[test]
    fn namespaces_resolve_whatever_the_prefix() {
        let xml = r#"<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:t>a&amp;b&#273;</x:t></x:document>"#;
        let ev = events(xml).unwrap();
        assert_eq!(
            ev,
            [
                "Start W:document",
                "Start W:t",
                "'a'",
                "'&'",
                "'b'",
                "'đ'",
                "End W:t",
                "End W:document"
            ]
        );
    }

    #[test]
    fn alternate_content_takes_the_first_choice_only() {
        let xml = r#"<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:AlternateContent><mc:Choice Requires="wps"><w:t>one</w:t></mc:Choice><mc:Fallback><w:t>two</w:t></mc:Fallback></mc:AlternateContent></w:r>"#;
        let ev = events(xml).unwrap();
        assert_eq!(
            ev,
            ["Start W:r", "Start W:t", "'one'", "End W:t", "End W:r"]
        );
    }

    #[test]
    fn dtd_and_custom_entities_are_refused() {
        let lol = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>"#;
        assert!(matches!(events(lol), Err(DocxError::XmlDtd(_))));
        assert!(matches!(events("<a>&ext;</a>"), Err(DocxError::XmlDtd(_))));
    }

    #[test]
    fn depth_is_limited() {
        let deep = "<a>".repeat(MAX_DEPTH + 1) + &"</a>".repeat(MAX_DEPTH + 1);
        assert!(matches!(events(&deep), Err(DocxError::XmlTooDeep(_))));
        let ok = "<a>".repeat(10) + &"</a>".repeat(10);
        assert!(events(&ok).is_ok());
    }

    #[test]
    fn malformed_xml_is_an_error() {
        assert!(matches!(events("<a><b></a>"), Err(DocxError::Xml(..))));
        assert!(matches!(events("<a><b>"), Err(DocxError::Xml(..))));
    }

    #[test]
    fn measures() {
        assert_eq!(twips("1134"), Some(1134));
        assert_eq!(twips("2cm"), Some(1134));
        assert_eq!(twips("1in"), Some(1440));
        assert_eq!(measure("13pt", 2.0), Some(26));
        assert_eq!(measure("26", 2.0), Some(26));
        assert_eq!(twips("x"), None);
    }
}
