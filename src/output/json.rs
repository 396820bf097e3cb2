//! JSON as Python's `json.dumps` writes it: `--output json` (indent four, floats as Python's
//! `repr`), and the scalars and strings that YAML scalars, `--query` functions and CLI
//! skeletons print.

use super::python::{push_number, push_py_float};
use serde_json::Value;
use std::io::Write;

/// Python's `json.dumps(indent=4, ensure_ascii=False)` followed by a newline.
pub fn json_text(v: &Value) -> String {
    let mut buf = Vec::with_capacity(256);
    let fmt = PyFloats(serde_json::ser::PrettyFormatter::with_indent(b"    "));
    let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
    // Serializing a serde_json::Value into memory cannot fail.
    let _ = serde::Serialize::serialize(v, &mut ser);
    buf.push(b'\n');
    String::from_utf8(buf).unwrap_or_default()
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
pub(crate) fn push_json_string(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
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
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn json_layout_is_pythons_indent_four() {
        let v = json!({"a": [1, {"b": "é\n"}], "c": {}, "d": []});
        assert_eq!(
            json_text(&v),
            "{\n    \"a\": [\n        1,\n        {\n            \"b\": \"é\\n\"\n        }\n    ],\n    \"c\": {},\n    \"d\": []\n}\n"
        );
    }
}
