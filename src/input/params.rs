//! High-level arguments: what the words mean. Turns the raw words of each option into one
//! input document keyed by the model's member names — `file://` contents, JSON, shorthand,
//! `--cli-input-json`/`--cli-input-yaml` underneath the flags — and brings what was written as
//! text (shorthand, plain words) to the model's types (numbers, booleans, one-element lists);
//! JSON keeps its own types. Validation of the finished document is `validate`'s job.

use indexmap::IndexMap;

/// The option that reads the whole input document from JSON, and the one from YAML.
pub const CLI_INPUT_JSON: &str = "cli-input-json";
pub const CLI_INPUT_YAML: &str = "cli-input-yaml";

/// The words given to one option of a command.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    One(String),
    Many(Vec<String>),
    Bool(bool),
}

/// What the options of a command were given, keyed by the model's member name (or by the
/// option's name for the command line's own options), in the order they were given.
pub type Values = IndexMap<String, Raw>;
use crate::error::{CliError, Result};
use crate::input::json;
use crate::input::paramfile::{self, Contents};
use crate::input::shorthand;
use crate::model::{self, Kind, Operation, Shape};
use serde_json::{Map, Value};

/// Files given as `file://` values larger than this are refused.
pub use crate::input::paramfile::MAX_PARAM_FILE_BYTES;

/// How deep JSON may nest in one of several words of a list, where v2 reads each word a few
/// calls deeper than a single value (see [`json::MAX_DEPTH`]).
const LIST_ITEM_DEPTH: usize = json::MAX_DEPTH - 3;

fn parse_json(flag: &str, text: &str) -> Result<Value> {
    parse_json_nested(flag, text, json::MAX_DEPTH)
}

/// A value written as JSON, read as v2 reads it, with room for `max_depth` nested containers.
fn parse_json_nested(flag: &str, text: &str, max_depth: usize) -> Result<Value> {
    json::loads_nested(text, max_depth).map_err(|e| match e {
        // Python's recursion error is no ValueError: v2 reports it bare.
        json::Error::TooDeep(message) => CliError::Other(message),
        _ => CliError::param(
            flag,
            format!("Invalid JSON: {}\nJSON received: {text}", e.message()),
        ),
    })
}

/// Whether the value is read as JSON: its first character after Python's whitespace.
fn starts_like_json(text: &str, open: &[char]) -> bool {
    text.trim_start_matches(shorthand::is_space)
        .starts_with(open)
}

fn parse_shorthand(flag: &str, text: &str) -> Result<Value> {
    shorthand::parse(text).map_err(|e| CliError::param(flag, e.describe()))
}

/// The text of a word that may name a file; `fileb://` contents must be text here.
fn word_text(flag: &str, word: &str) -> Result<String> {
    match paramfile::load(word).map_err(|e| CliError::param(flag, e))? {
        None => Ok(word.to_string()),
        Some(Contents::Text(text)) => Ok(text),
        Some(Contents::Bytes(bytes)) => String::from_utf8(bytes).map_err(|_| {
            CliError::param(
                flag,
                "Unable to load paramfile: binary contents are not text".to_string(),
            )
        }),
    }
}

/// Shorthand (text) brought to the model's types.
fn coerced(shape: &Shape, mut value: Value) -> Result<Value> {
    coerce(shape, &mut value).map_err(|CoerceError::Python(message)| CliError::Other(message))?;
    Ok(value)
}

/// A structure or map written as JSON (taken as it is) or as shorthand (coerced).
fn structured(flag: &str, shape: &Shape, text: &str) -> Result<Value> {
    if starts_like_json(text, &['{']) {
        parse_json(flag, text)
    } else if starts_like_json(text, &['[']) {
        // v2 reads it as JSON, and only an object is JSON for a structure or a map.
        Err(CliError::param(flag, format!("Invalid JSON:\n{text}")))
    } else {
        coerced(shape, parse_shorthand(flag, text)?)
    }
}

/// The value of one option, from its words, as the AWS CLI v2 unpacks it: a single word may
/// name a file (`file://`, `fileb://`); JSON is taken with its own types, and only text
/// (shorthand, plain words) is brought to the model's types.
fn unpack(flag: &str, name: &str, shape: &Shape, raw: &Raw) -> Result<Value> {
    let m = model::get();
    match (raw, shape.kind) {
        (Raw::Bool(b), _) => Ok(Value::Bool(*b)),
        (Raw::One(w), Kind::Structure | Kind::Map) => {
            let text = match paramfile::load(w).map_err(|e| CliError::param(flag, e))? {
                None => w.clone(),
                Some(Contents::Text(text)) => text,
                // The shorthand parser of v2 meets the bytes and fails on them.
                Some(Contents::Bytes(_)) => {
                    return Err(CliError::Other(
                        "'in <string>' requires string as left operand, not int".into(),
                    ))
                }
            };
            structured(flag, shape, &text)
        }
        (Raw::One(w), Kind::List) => unpack(flag, name, shape, &Raw::Many(vec![w.clone()])),
        (Raw::One(w), _) => match paramfile::load(w).map_err(|e| CliError::param(flag, e))? {
            None => coerced(shape, Value::String(w.clone())),
            Some(Contents::Text(text)) => coerced(shape, Value::String(text)),
            Some(Contents::Bytes(bytes))
                if matches!(shape.kind, Kind::String | Kind::Timestamp) =>
            {
                Err(CliError::Param(format!(
                    "Parameter validation failed:\nInvalid type for parameter {name}, value: {}, \
                     type: <class 'bytes'>, valid types: {}",
                    python_bytes(&bytes),
                    if shape.kind == Kind::String {
                        "<class 'str'>"
                    } else {
                        "<class 'datetime.datetime'>, timestamp-string"
                    }
                )))
            }
            Some(Contents::Bytes(bytes)) => match String::from_utf8(bytes) {
                Ok(text) => coerced(shape, Value::String(text)),
                Err(_) => Err(CliError::param(flag, "binary contents are not text")),
            },
        },
        (Raw::Many(words), Kind::List) => {
            let Some(member) = shape.member.as_ref().map(|r| m.shape(r.shape)) else {
                return Ok(Value::Array(Vec::new()));
            };
            if let [word] = words.as_slice() {
                // One word may name a file.
                let text = word_text(flag, word)?;
                if starts_like_json(&text, &['[']) {
                    return parse_json(flag, &text);
                }
                if text != *word && !matches!(member.kind, Kind::Structure | Kind::Map) {
                    // A file's text that is not a JSON list: v2 makes a list of its characters.
                    let chars = text.chars().map(|c| Value::String(c.to_string())).collect();
                    return coerced(shape, Value::Array(chars));
                }
            }
            // v2 reads every item as JSON or every item as shorthand, as the first one looks.
            let json = words
                .first()
                .is_some_and(|t| starts_like_json(t, &['{', '[']));
            let items = words
                .iter()
                .map(|t| match member.kind {
                    Kind::Structure | Kind::Map if json && starts_like_json(t, &['{']) => {
                        parse_json_nested(flag, t, LIST_ITEM_DEPTH)
                    }
                    Kind::Structure | Kind::Map if json => {
                        Err(CliError::param(flag, format!("Invalid JSON:\n{t}")))
                    }
                    Kind::Structure | Kind::Map => coerced(member, parse_shorthand(flag, t)?),
                    _ => coerced(member, Value::String(t.clone())),
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(Value::Array(items))
        }
        (Raw::Many(words), _) => coerced(shape, Value::String(words.join(" "))),
    }
}

/// Bytes as Python's `repr()` shows them: `b'hi\n'`.
fn python_bytes(bytes: &[u8]) -> String {
    let quote = if bytes.contains(&b'\'') && !bytes.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = format!("b{quote}");
    for &b in bytes {
        match b {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b if char::from(b) == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(char::from(b)),
            b => out.push_str(&format!("\\x{b:02x}")),
        }
    }
    out.push(quote);
    out
}

/// Reads `--cli-input-json` or `--cli-input-yaml` into a JSON object.
fn cli_input(values: &Values) -> Result<Map<String, Value>> {
    let (flag, text, yaml) = match (values.get(CLI_INPUT_JSON), values.get(CLI_INPUT_YAML)) {
        (Some(_), Some(_)) => {
            return Err(CliError::Param(
                "Cannot specify both --cli-input-json and --cli-input-yaml".into(),
            ))
        }
        (Some(Raw::One(v)), None) => ("--cli-input-json", v, false),
        (None, Some(Raw::One(v))) => ("--cli-input-yaml", v, true),
        _ => return Ok(Map::new()),
    };
    let text = word_text(flag, text)?;
    let doc: Value = if yaml {
        match super::yaml::to_json(&text) {
            Ok(doc) => doc.unwrap_or(Value::Null),
            // v2 fails on a top-level key that is not text outside its parameter errors.
            Err(e) if e.top_level_key => {
                return Err(CliError::Other(format!(
                    "Error parsing parameter '{flag}': {}",
                    e.message
                )))
            }
            Err(e) => return Err(CliError::param(flag, e.message)),
        }
    } else {
        // v2 names the option without its dashes here, and does not say what is wrong.
        json::loads(&text).map_err(|e| match e {
            json::Error::Invalid(_) => CliError::param(CLI_INPUT_JSON, "Invalid JSON received."),
            json::Error::TooDeep(message) => CliError::Other(message),
            json::Error::Unrepresentable(_) => CliError::param(flag, e.message()),
        })?
    };
    match doc {
        Value::Object(map) => Ok(map),
        // v2's words, Python's type names.
        other => Err(CliError::param(
            flag,
            format!(
                "Invalid type: expecting map, received <class '{}'>",
                crate::python::py_type(&other)
            ),
        )),
    }
}

/// The complete input document of the command: `--cli-input-*` first, flags over it, every
/// value coerced to the model's types. Unknown top-level keys are left for validation to refuse.
pub fn input_document(op: &Operation, values: &Values) -> Result<Map<String, Value>> {
    let m = model::get();
    let Some(input) = m.input(op) else {
        return Ok(Map::new());
    };
    let mut doc = cli_input(values)?;
    for (name, member) in &input.members {
        if let Some(raw) = values.get(name) {
            let flag = format!("--{}", model::cli_name(name));
            let value = unpack(&flag, name, m.shape(member.shape), raw)?;
            doc.insert(name.to_string(), value);
        }
    }
    Ok(doc)
}

/// Why a value given as text could not be brought to its type.
enum CoerceError {
    /// The AWS CLI converts numbers with Python's `int()` and `float()`, and a word they refuse
    /// ends the command with Python's message (exit 255), before anything is sent.
    Python(String),
}

/// Brings a value given as text (shorthand, plain words) to the model's types, as v2's
/// shorthand reader does; JSON keeps its own types. Values of the wrong kind that cannot be
/// converted are left for validation to report.
fn coerce(shape: &Shape, value: &mut Value) -> std::result::Result<(), CoerceError> {
    let m = model::get();
    match shape.kind {
        Kind::Structure => {
            if let Value::Object(map) = value {
                for (key, v) in map.iter_mut() {
                    if let Some(member) = shape.members.get(key) {
                        coerce(m.shape(member.shape), v)?;
                    }
                }
            }
        }
        Kind::Map => {
            if let (Value::Object(map), Some(vref)) = (value, &shape.value) {
                let vshape = m.shape(vref.shape);
                for v in map.values_mut() {
                    coerce(vshape, v)?;
                }
            }
        }
        Kind::List => {
            let Some(mref) = &shape.member else {
                return Ok(());
            };
            let mshape = m.shape(mref.shape);
            if !value.is_array() && !value.is_null() {
                // A lone word where a list belongs becomes its one item, as v2 reads it, but is
                // not converted: validation then refuses a word where a number belongs.
                *value = Value::Array(vec![value.take()]);
                return Ok(());
            }
            if let Value::Array(items) = value {
                for v in items.iter_mut() {
                    coerce(mshape, v)?;
                }
            }
        }
        Kind::Integer | Kind::Long => {
            if let Value::String(s) = value {
                let n = crate::python::python_int(s).ok_or_else(|| {
                    CoerceError::Python(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::python::py_repr(value)
                    ))
                })?;
                *value = Value::from(n);
            }
        }
        Kind::Double | Kind::Float => {
            if let Value::String(s) = value {
                let n: f64 = s.trim().replace('_', "").parse().map_err(|_| {
                    CoerceError::Python(format!(
                        "could not convert string to float: {}",
                        crate::python::py_repr(value)
                    ))
                })?;
                *value = serde_json::Number::from_f64(n)
                    .map(Value::Number)
                    .unwrap_or(Value::Null);
            }
        }
        Kind::Boolean => {
            if let Value::String(s) = value {
                // Any other word stays text, for validation to refuse as v2 refuses it.
                match s.to_ascii_lowercase().as_str() {
                    "true" => *value = Value::Bool(true),
                    "false" => *value = Value::Bool(false),
                    _ => {}
                }
            }
        }
        // A timestamp that does not read stays as written, for validation to refuse.
        Kind::Timestamp => {
            if let Some(secs) = value.as_str().and_then(|s| crate::timestamp::parse(s).ok()) {
                *value = crate::timestamp::to_json(secs);
            }
        }
        Kind::String | Kind::Blob => {}
    }
    Ok(())
}

/// Fills in idempotency tokens the command line left out, as the AWS CLI does.
pub fn fill_idempotency_tokens(op: &Operation, doc: &mut Map<String, Value>) {
    let m = model::get();
    if let Some(input) = m.input(op) {
        for (name, member) in &input.members {
            if member.idempotency_token && !doc.contains_key(name) {
                doc.insert(name.to_string(), Value::String(uuid_v4()));
            }
        }
    }
}

/// A random (version 4) UUID, as the AWS CLI generates for idempotency tokens.
pub fn uuid_v4() -> String {
    use std::io::Read;
    let mut b = [0u8; 16];
    let filled = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut b))
        .is_ok();
    if !filled {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
            ^ u128::from(std::process::id()) << 64;
        b = seed.to_le_bytes();
    }
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let h: String = b.iter().map(|x| format!("{x:02x}")).collect();
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn behaviors(words: &[&str]) -> Result<Map<String, Value>> {
        let op = &model::get().operations["CreateSecurityProfile"];
        let mut values = Values::new();
        values.insert(
            "behaviors".into(),
            Raw::Many(words.iter().map(|w| w.to_string()).collect()),
        );
        input_document(op, &values)
    }

    #[test]
    fn the_first_item_decides_between_json_and_shorthand() {
        let message = |r: Result<Map<String, Value>>| r.err().map(|e| format!("{e:?}"));
        assert_eq!(
            message(behaviors(&[r#"{"name": "a"}"#, "name=b"])).as_deref(),
            Some("Param(\"Error parsing parameter '--behaviors': Invalid JSON:\\nname=b\")")
        );
        assert!(message(behaviors(&["name=b", r#"{"name": "a"}"#]))
            .is_some_and(|m| m.contains("Expected: '=', received: '{'")));
        let both = behaviors(&[r#"{"name": "a"}"#, r#" {"name": "b"}"#]).unwrap();
        assert_eq!(both["behaviors"][1]["name"], "b");
    }
}
