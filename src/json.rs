//! A small JSON writer for the report, the rule list and the notices: the only way they
//! leave the core, for the wasm binding (one `JSON.parse` on the JS side) and the CLI alike.
//!
//! Why not serde: the derives, `serde-wasm-bindgen` and the float formatting serde's error
//! messages pull in cost ~45 KB of wasm (issue 8, measured with `twiggy`), and a report is
//! a handful of flat shapes. One `JSON.parse` of a string is also faster than setting every
//! field of every object across the boundary.

/// Writes one JSON value into a string. Commas are placed automatically: call `key` before
/// each member's value inside an object.
#[derive(Debug, Default)]
pub struct JsonWriter {
    out: String,
    comma: bool,
}

impl JsonWriter {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn finish(self) -> String {
        self.out
    }

    fn sep(&mut self) {
        if self.comma {
            self.out.push(',');
        }
    }

    pub fn begin_object(&mut self) {
        self.sep();
        self.out.push('{');
        self.comma = false;
    }

    pub fn end_object(&mut self) {
        self.out.push('}');
        self.comma = true;
    }

    pub fn begin_array(&mut self) {
        self.sep();
        self.out.push('[');
        self.comma = false;
    }

    pub fn end_array(&mut self) {
        self.out.push(']');
        self.comma = true;
    }

    /// A member name; the next value written is its value.
    pub fn key(&mut self, name: &str) {
        self.sep();
        self.escaped(name);
        self.out.push(':');
        self.comma = false;
    }

    pub fn string(&mut self, s: &str) {
        self.sep();
        self.escaped(s);
        self.comma = true;
    }

    pub fn number(&mut self, n: usize) {
        self.sep();
        self.out.push_str(&n.to_string());
        self.comma = true;
    }

    pub fn boolean(&mut self, b: bool) {
        self.sep();
        self.out.push_str(if b { "true" } else { "false" });
        self.comma = true;
    }

    /// `"name": "value"` in one call.
    pub fn field_str(&mut self, name: &str, value: &str) {
        self.key(name);
        self.string(value);
    }

    /// `"name": n` in one call.
    pub fn field_num(&mut self, name: &str, value: usize) {
        self.key(name);
        self.number(value);
    }

    fn escaped(&mut self, s: &str) {
        self.out.reserve(s.len() + 2);
        self.out.push('"');
        let mut rest = s;
        // Copy runs that need no escape in one go.
        while let Some(i) = rest.find(|c: char| c < ' ' || c == '"' || c == '\\') {
            let (plain, tail) = rest.split_at(i);
            self.out.push_str(plain);
            let mut chars = tail.chars();
            match chars.next() {
                Some('"') => self.out.push_str("\\\""),
                Some('\\') => self.out.push_str("\\\\"),
                Some('\n') => self.out.push_str("\\n"),
                Some('\r') => self.out.push_str("\\r"),
                Some('\t') => self.out.push_str("\\t"),
                Some(c) => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let n = c as usize;
                    self.out.push_str("\\u00");
                    for shift in [4, 0] {
                        if let Some(&h) = HEX.get((n >> shift) & 0xf) {
                            self.out.push(char::from(h));
                        }
                    }
                }
                None => {}
            }
            rest = chars.as_str();
        }
        self.out.push_str(rest);
        self.out.push('"');
    }
}

/// Values that write themselves as JSON.
pub trait ToJson {
    fn write_json(&self, w: &mut JsonWriter);

    fn to_json(&self) -> String {
        let mut w = JsonWriter::new();
        self.write_json(&mut w);
        w.finish()
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_array();
        for item in self {
            item.write_json(w);
        }
        w.end_array();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_nested_values_with_commas_and_escapes() {
        let mut w = JsonWriter::new();
        w.begin_object();
        w.field_str("a", "x\"y\\z\n\t\r\u{1}é😀");
        w.field_num("n", 42);
        w.key("list");
        w.begin_array();
        w.number(1);
        w.begin_object();
        w.key("ok");
        w.boolean(true);
        w.end_object();
        w.string("");
        w.end_array();
        w.key("empty");
        w.begin_object();
        w.end_object();
        w.end_object();
        let s = w.finish();
        assert_eq!(
            s,
            r#"{"a":"x\"y\\z\n\t\r\u0001é😀","n":42,"list":[1,{"ok":true},""],"empty":{}}"#
        );
        let v: serde_json::Value = serde_json::from_str(&s).unwrap_or_default();
        assert_eq!(
            v.get("a").and_then(|a| a.as_str()),
            Some("x\"y\\z\n\t\r\u{1}é😀")
        );
    }

    #[test]
    fn every_control_character_round_trips() {
        let all: String = (0u8..0x20).map(char::from).chain(['\u{7f}', '"']).collect();
        let mut w = JsonWriter::new();
        w.string(&all);
        let v: serde_json::Value = serde_json::from_str(&w.finish()).unwrap_or_default();
        assert_eq!(v, serde_json::Value::String(all));
    }
}
