//! The response side: shapes the raw response document by the model (members in the model's
//! order, members the model does not know dropped, null members dropped, timestamps per
//! `cli_timestamp_format`), applies `--query`, and prints the result as the AWS CLI does.

pub mod formats;
pub mod query;

use crate::error::{CliError, Result};
use crate::input::timestamp::{self, Format};
use crate::model::{self, Kind, Shape};
use serde_json::{Map, Value};
use std::io::Write;

/// The response as the AWS CLI's parser would hand it to the formatter. The raw document is
/// taken by value: its strings and keys move into the result instead of being copied, which
/// matters for listings of thousands of items.
///
/// A value of the wrong type is converted as botocore's rest-json parser converts it (a list
/// read from a string is its characters, an integer from a string is parsed, a boolean is true
/// only for `true` or `"true"`), or refused with the message of the Python exception the
/// parser raises, and the command ends with exit 255.
pub fn shape(shape: &Shape, raw: Value, ts: Format) -> Result<Value> {
    let m = model::get();
    let python = |message: String| Err(CliError::Other(message));
    Ok(match (shape.kind, raw) {
        (Kind::Structure, Value::Object(mut body)) => {
            let mut out = Map::with_capacity(shape.members.len().min(body.len()));
            for (name, member) in &shape.members {
                if member.location.is_some() {
                    continue;
                }
                let wire = member.location_name.as_deref().unwrap_or(name);
                if let Some((key, v)) = body.remove_entry(wire).filter(|(_, v)| !v.is_null()) {
                    let key = if key == *name { key } else { name.clone() };
                    out.insert(key, self::shape(m.shape(&member.shape), v, ts)?);
                }
            }
            Value::Object(out)
        }
        // Members that are null are skipped, so only a whole answer of `null` gets here.
        (Kind::Structure, Value::Null) => {
            return python("'NoneType' object is not iterable".into())
        }
        (Kind::Structure, v) => {
            return python(format!(
                "'{}' object has no attribute 'get'",
                formats::py_type(&v)
            ))
        }
        (Kind::List, raw) => {
            let items = match raw {
                Value::Array(items) => items,
                // Python iterates a string by its characters and a dict by its keys.
                Value::String(s) => s.chars().map(|c| Value::String(c.into())).collect(),
                Value::Object(map) => map.into_iter().map(|(k, _)| Value::String(k)).collect(),
                v => return python(format!("'{}' object is not iterable", formats::py_type(&v))),
            };
            let inner = shape.member.as_ref().map(|r| m.shape(&r.shape));
            // botocore keeps null items of lists and null values of maps as they came.
            Value::Array(
                items
                    .into_iter()
                    .map(|v| match inner {
                        Some(s) if !v.is_null() => self::shape(s, v, ts),
                        _ => Ok(v),
                    })
                    .collect::<Result<Vec<Value>>>()?,
            )
        }
        (Kind::Map, Value::Object(body)) => {
            let inner = shape.value.as_ref().map(|r| m.shape(&r.shape));
            Value::Object(
                body.into_iter()
                    .map(|(k, v)| match inner {
                        Some(s) if !v.is_null() => Ok((k, self::shape(s, v, ts)?)),
                        _ => Ok((k, v)),
                    })
                    .collect::<Result<Map<String, Value>>>()?,
            )
        }
        (Kind::Map, v) => {
            return python(format!(
                "'{}' object has no attribute 'items'",
                formats::py_type(&v)
            ))
        }
        (Kind::Integer | Kind::Long, v) => python_int(v)?,
        (Kind::Boolean, v) => Value::Bool(match v {
            Value::Bool(b) => b,
            Value::String(s) => s.to_lowercase() == "true",
            _ => false,
        }),
        (Kind::Timestamp, Value::String(s)) if ts == Format::Iso8601 => {
            let rendered = timestamp::render(&Value::String(s), ts);
            match rendered.as_str() {
                Some(text) if timestamp::parse(text).is_err() => {
                    return python(format!(
                        "Invalid timestamp \"{text}\": Unknown string format: {text}"
                    ))
                }
                _ => rendered,
            }
        }
        (Kind::Timestamp, v) => timestamp::render(&v, ts),
        (_, v) => v,
    })
}

/// Python's `int(value)` for a value decoded from JSON.
fn python_int(v: Value) -> Result<Value> {
    match v {
        Value::Number(n) if n.is_f64() => {
            let f = n.as_f64().unwrap_or(0.0).trunc();
            Ok(if f.abs() < 9.0e18 {
                Value::from(f as i64)
            } else {
                Value::Number(n)
            })
        }
        Value::Number(n) => Ok(Value::Number(n)),
        Value::Bool(b) => Ok(Value::from(i64::from(b))),
        Value::String(s) => {
            let t = s.trim();
            let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
            let well_formed = !digits.is_empty()
                && !digits.starts_with('_')
                && !digits.ends_with('_')
                && !digits.contains("__")
                && digits.chars().all(|c| c.is_ascii_digit() || c == '_');
            match t.replace('_', "").parse::<i64>() {
                Ok(n) if well_formed => Ok(Value::from(n)),
                // Digits past the 64-bit range: shown as they came.
                Err(_) if well_formed => Ok(Value::String(s)),
                _ => Err(CliError::Other(format!(
                    "invalid literal for int() with base 10: {}",
                    formats::py_repr(&Value::String(s.clone()))
                ))),
            }
        }
        other => Err(CliError::Other(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            formats::py_type(&other)
        ))),
    }
}

fn compile(expr: &str) -> Result<crate::output::query::Expression> {
    crate::output::query::compile(expr)
        .map_err(|e| CliError::Param(format!("Bad value for --query {expr}: {e}")))
}

/// Refuses an invalid `--query` before anything is sent.
pub fn check_query(expr: &str) -> Result<()> {
    compile(expr).map(|_| ())
}

/// Applies a JMESPath expression to the document, as the AWS CLI does: an expression that
/// does not compile is a bad parameter (exit 252), one that fails while it runs ends the
/// command (exit 255).
pub fn query(expr: &str, doc: &Value) -> Result<Value> {
    compile(expr)?
        .search(doc)
        .map_err(|e| CliError::Other(e.to_string()))
}

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
        formats::push_py_float(&mut text, value);
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

/// How results are printed: `--output`, the operation name (the title of tables), colour and
/// terminal width.
#[derive(Debug, Clone)]
pub struct Style {
    pub format: String,
    pub operation: String,
    pub color: bool,
    pub width: usize,
}

impl Style {
    /// `--color on|off|auto` (auto: when stdout is a terminal and `NO_COLOR` is not set) and the
    /// width of the terminal (`COLUMNS`, else the terminal on stdout, else 80).
    pub fn new(format: &str, operation: &str, color: Option<&str>) -> Result<Style> {
        use std::io::IsTerminal;
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match color.unwrap_or("auto") {
            "on" => true,
            "off" => false,
            "auto" => tty && !no_color,
            other => return Err(CliError::invalid_choice("color", other)),
        };
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|w| *w > 0)
            .or_else(|| tty.then(terminal_width).flatten())
            .unwrap_or(80);
        Ok(Style {
            format: format.to_string(),
            operation: operation.to_string(),
            color,
            width,
        })
    }
}

fn terminal_width() -> Option<usize> {
    // SAFETY: TIOCGWINSZ fills a winsize struct owned by this frame; fd 1 may be anything, and
    // a failure is reported through the return value.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(1, libc::TIOCGWINSZ, &mut ws) } == 0;
    (ok && ws.ws_col > 0).then_some(usize::from(ws.ws_col))
}

/// The text of a whole document in the chosen format. `Err` carries what was printable before
/// the AWS CLI would have failed, and why.
pub fn render(v: &Value, style: &Style) -> std::result::Result<String, formats::Unprintable> {
    Ok(match style.format.as_str() {
        "off" => String::new(),
        "text" => formats::text_checked(v)?,
        "table" => formats::table_checked(&style.operation, v, style.width, style.color)?,
        "yaml" => formats::yaml(v),
        "yaml-stream" => formats::yaml_stream_page(v),
        _ if v.as_object().is_some_and(Map::is_empty) => String::new(),
        _ => json_text(v),
    })
}

/// Prints the document in the chosen format. An empty response prints nothing.
pub fn print(v: &Value, style: &Style, out: &mut Sink) -> Result<()> {
    match render(v, style) {
        Ok(text) => out.write(&text),
        Err(bad) => {
            out.write(&bad.printed)?;
            Err(CliError::Other(bad.message))
        }
    }
}

/// One page of a listing, printed as it arrives, for the formats the AWS CLI streams: `text`
/// (the page's result key, and `--query` applied to each page) and `yaml-stream` (the whole page).
pub fn print_page(
    page: &Value,
    result_key: &str,
    query: Option<&str>,
    style: &Style,
    out: &mut Sink,
) -> Result<()> {
    let doc = match style.format.as_str() {
        "yaml-stream" => page.clone(),
        _ => {
            let mut current = Map::new();
            current.insert(
                result_key.to_string(),
                page.get(result_key).cloned().unwrap_or(Value::Null),
            );
            Value::Object(current)
        }
    };
    let doc = match query {
        Some(q) => self::query(q, &doc)?,
        None => doc,
    };
    if style.format == "yaml-stream" && doc.as_object().is_some_and(Map::is_empty) {
        // A page that is exactly `{}` still makes one item of the stream.
        return out.write(&formats::yaml(&Value::Array(vec![doc])));
    }
    print(&doc, style, out)
}

/// The formats that print a listing page by page as it arrives.
pub fn streams_pages(format: &str) -> bool {
    matches!(format, "text" | "yaml-stream")
}

/// Where output goes: stdout, or the pager when stdout is a terminal (as AWS CLI v2 does:
/// `AWS_PAGER`, else `cli_pager` from the profile, else `less -R`; an empty value or
/// `--no-cli-pager` turns it off).
pub enum Sink {
    Stdout,
    Pager(std::process::Child),
}

impl Sink {
    pub fn open(pager: Option<String>) -> Sink {
        use std::io::IsTerminal;
        let Some(pager) = pager.filter(|p| !p.trim().is_empty()) else {
            return Sink::Stdout;
        };
        if !std::io::stdout().is_terminal() {
            return Sink::Stdout;
        }
        let mut cmd = std::process::Command::new("sh");
        cmd.args(["-c", &pager]).stdin(std::process::Stdio::piped());
        if std::env::var_os("LESS").is_none() {
            cmd.env("LESS", "FRX");
        }
        match cmd.spawn() {
            Ok(child) => Sink::Pager(child),
            Err(_) => Sink::Stdout,
        }
    }

    /// Writes `text` whole: Ctrl-C during the write lets it finish, then ends the command as
    /// interrupted.
    pub fn write(&mut self, text: &str) -> Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        let deferred = crate::cli::interrupt::Deferred::new();
        let result = match self {
            Sink::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes()).and_then(|_| out.flush())
            }
            Sink::Pager(child) => match child.stdin.as_mut() {
                Some(stdin) => stdin.write_all(text.as_bytes()),
                None => Ok(()),
            },
        };
        drop(deferred);
        if crate::cli::interrupt::received() {
            return Err(CliError::Interrupted);
        }
        match result {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(CliError::Other(format!("cannot write the output: {e}"))),
        }
    }

    /// Waits for the pager, if there is one.
    pub fn close(self) {
        if let Sink::Pager(mut child) = self {
            drop(child.stdin.take());
            let _ = child.wait();
        }
    }
}

/// Writes to stdout; a closed pipe (`| head`) is not an error. Ctrl-C during the write lets it
/// finish (the text is printed whole) and then ends the command as interrupted.
pub fn write_stdout(text: &str) -> Result<()> {
    Sink::Stdout.write(text)
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

    #[test]
    fn shaping_orders_members_by_model_and_drops_unknown_ones() {
        let m = model::get();
        let s = m.shape("DescribeMitigationActionResponse");
        let raw = json!({"roleArn": "r", "extra": 1, "actionName": "A", "actionId": null});
        let out = shape(s, raw, Format::Wire).unwrap();
        assert_eq!(
            serde_json::to_string(&out).unwrap(),
            r#"{"actionName":"A","roleArn":"r"}"#
        );
    }

    #[test]
    fn query_keeps_the_documents_key_order() {
        let doc = json!({"actionIdentifiers": [{"actionName": "b", "actionArn": "a", "creationDate": 1}]});
        let out = query("actionIdentifiers[0]", &doc).unwrap();
        assert_eq!(
            serde_json::to_string(&out).unwrap(),
            r#"{"actionName":"b","actionArn":"a","creationDate":1}"#
        );
    }
}
