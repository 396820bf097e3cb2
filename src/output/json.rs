//! JSON as Python's `json.dumps` writes it: `--output json` (indent four, floats as Python's
//! `repr`), and the scalars and strings that YAML scalars, `--query` functions and CLI
//! skeletons print.

use crate::python::push_number;
use serde_json::Value;

/// Python's `json.dumps(indent=4, ensure_ascii=False)` followed by a newline.
pub fn json_text(v: &Value) -> String {
    let mut out = String::with_capacity(256);
    push_json(&mut out, v, 0);
    out.push('\n');
    out
}

/// `v` indented four spaces a level, as `json.dumps(indent=4)` lays it out: one member or
/// item a line, `[]` and `{}` when empty, `"key": value`.
fn push_json(out: &mut String, v: &Value, depth: usize) {
    let indent = |out: &mut String, depth: usize| push_spaces(out, 4 * depth);
    match v {
        Value::Array(items) if !items.is_empty() => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                push_json(out, item, depth + 1);
            }
            out.push('\n');
            indent(out, depth);
            out.push(']');
        }
        Value::Object(map) if !map.is_empty() => {
            out.push('{');
            for (i, (key, value)) in map.iter().enumerate() {
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                indent(out, depth + 1);
                push_json_string(out, key, false);
                out.push_str(": ");
                push_json(out, value, depth + 1);
            }
            out.push('\n');
            indent(out, depth);
            out.push('}');
        }
        Value::Array(_) => out.push_str("[]"),
        Value::Object(_) => out.push_str("{}"),
        scalar => push_json_scalar(out, scalar),
    }
}

/// A scalar as Python's `json.dumps(value, ensure_ascii=False)`.
pub(super) fn push_json_scalar(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => push_number(out, n),
        Value::String(s) => push_json_string(out, s, false),
        Value::Array(_) | Value::Object(_) => {}
    }
}

/// A string as Python's `json.dumps` writes it; `ascii` is its `ensure_ascii`.
pub fn push_json_string(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    if !ascii {
        // Runs that need no escape are copied whole; every byte escaped is ASCII, so each run
        // ends on a character boundary.
        let bytes = s.as_bytes();
        let (mut start, mut i) = (0, 0);
        while i < bytes.len() {
            if let Some(chunk) = bytes.get(i..i + 8) {
                let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
                if !needs_escape(word) {
                    i += 8;
                    continue;
                }
            }
            let b = bytes[i];
            if b < 0x20 || b == b'"' || b == b'\\' {
                out.push_str(&s[start..i]);
                push_escaped(out, char::from(b), false);
                start = i + 1;
            }
            i += 1;
        }
        out.push_str(&s[start..]);
        out.push('"');
        return;
    }
    for c in s.chars() {
        push_escaped(out, c, true);
    }
    out.push('"');
}

/// Whether any of the eight bytes of `word` is a control character, `"` or `\\` (the classic
/// bit tricks: a byte below `n` leaves its high bit set in `byte - n` while `!byte` has it too).
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |w: u64, n: u64| w.wrapping_sub(ONES * n) & !w & HIGH;
    below(word, 0x20)
        | below(word ^ (ONES * u64::from(b'"')), 1)
        | below(word ^ (ONES * u64::from(b'\\')), 1)
        != 0
}

fn push_spaces(out: &mut String, mut n: usize) {
    const SPACES: &str = "                                ";
    while n > 0 {
        let k = n.min(SPACES.len());
        out.push_str(&SPACES[..k]);
        n -= k;
    }
}

/// One character of a JSON string as `json.dumps` writes it.
fn push_escaped(out: &mut String, c: char, ascii: bool) {
    match c {
        '"' => out.push_str("\\\""),
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
            let mut buf = [0u16; 2];
            for unit in c.encode_utf16(&mut buf) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        }
        c => out.push(c),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::python::push_py_float;
    use proptest::prelude::*;
    use serde_json::json;
    use std::io::Write;

    /// The layout as serde_json's pretty printer writes it, with Python's floats: the
    /// reference the writer above is checked against.
    fn serde_json_text(v: &Value) -> String {
        let mut buf = Vec::new();
        let fmt = PyFloats(serde_json::ser::PrettyFormatter::with_indent(b"    "));
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
        serde::Serialize::serialize(v, &mut ser).unwrap();
        buf.push(b'\n');
        String::from_utf8(buf).unwrap()
    }

    /// serde_json's indented layout, with floats written as Python's `repr` writes them
    /// (`1e+16`, `1e-05`).
    struct PyFloats<'a>(serde_json::ser::PrettyFormatter<'a>);

    impl serde_json::ser::Formatter for PyFloats<'_> {
        fn write_f64<W: ?Sized + Write>(&mut self, w: &mut W, value: f64) -> std::io::Result<()> {
            let mut text = String::new();
            push_py_float(&mut text, value);
            w.write_all(text.as_bytes())
        }

        fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.begin_array(w)
        }

        fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_array(w)
        }

        fn begin_array_value<W: ?Sized + Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> std::io::Result<()> {
            self.0.begin_array_value(w, first)
        }

        fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_array_value(w)
        }

        fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.begin_object(w)
        }

        fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_object(w)
        }

        fn begin_object_key<W: ?Sized + Write>(
            &mut self,
            w: &mut W,
            first: bool,
        ) -> std::io::Result<()> {
            self.0.begin_object_key(w, first)
        }

        fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.begin_object_value(w)
        }

        fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> std::io::Result<()> {
            self.0.end_object_value(w)
        }
    }

    fn any_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>()
                .prop_filter_map("finite", serde_json::Number::from_f64)
                .prop_map(Value::Number),
            any::<String>().prop_map(Value::String),
            "[\\x00-\\x7f\"\\\\é]{0,40}".prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 64, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((any::<String>(), inner), 0..6)
                    .prop_map(|kv| Value::Object(kv.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn writes_what_serde_json_writes(v in any_value()) {
            prop_assert_eq!(json_text(&v), serde_json_text(&v));
        }
    }

    #[test]
    fn json_layout_is_pythons_indent_four() {
        let v = json!({"a": [1, {"b": "é\n"}], "c": {}, "d": []});
        assert_eq!(
            json_text(&v),
            "{\n    \"a\": [\n        1,\n        {\n            \"b\": \"é\\n\"\n        }\n    ],\n    \"c\": {},\n    \"d\": []\n}\n"
        );
    }
}
