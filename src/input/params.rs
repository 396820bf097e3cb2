//! High-level arguments: what the words mean. Turns the raw words of each option into one
//! input document keyed by the model's member names — `file://` contents, JSON, shorthand,
//! `--cli-input-json`/`--cli-input-yaml` underneath the flags — and coerces it to the model's
//! types (numbers, booleans, one-element lists, timestamps as epoch seconds). Validation of the
//! finished document is `validate`'s job.

use crate::cli::args::{Invocation, Raw, CLI_INPUT_JSON, CLI_INPUT_YAML};
use crate::error::{CliError, Result};
use crate::input::shorthand;
use crate::model::{self, Kind, Operation, Shape};
use serde_json::{Map, Value};

/// Files given as `file://` values larger than this are refused.
pub const MAX_PARAM_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// Reads a `file://` (text) value, relative to the working directory. Other values are
/// returned unchanged.
pub fn load_param_file(flag: &str, value: &str) -> Result<String> {
    let Some(path) = value.strip_prefix("file://") else {
        return Ok(value.to_string());
    };
    let fail =
        |why: String| CliError::param(flag, format!("Unable to load paramfile {value}: {why}"));
    let meta = std::fs::metadata(path).map_err(|e| fail(io_reason(&e, path)))?;
    if meta.len() > MAX_PARAM_FILE_BYTES {
        return Err(fail(format!(
            "the file has {} bytes, more than the limit of {MAX_PARAM_FILE_BYTES}",
            meta.len()
        )));
    }
    // Devices, pipes and /proc files announce no size: the limit holds while reading.
    let bytes = read_limited(path)
        .map_err(|e| fail(io_reason(&e, path)))?
        .ok_or_else(|| fail(over_limit()))?;
    String::from_utf8(bytes).map_err(|e| {
        fail(format!(
            "'{path}' is not valid UTF-8 (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// Reads a file of at most [`MAX_PARAM_FILE_BYTES`]; `None` when it holds more.
pub fn read_limited(path: &str) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_PARAM_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_PARAM_FILE_BYTES).then_some(bytes))
}

/// The reason given for a file over the limit whose size was not known before reading it.
pub fn over_limit() -> String {
    format!("the file has more than the limit of {MAX_PARAM_FILE_BYTES} bytes")
}

fn io_reason(e: &std::io::Error, path: &str) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => format!("No such file or directory: '{path}'"),
        std::io::ErrorKind::PermissionDenied => format!("Permission denied: '{path}'"),
        _ => format!("{e}: '{path}'"),
    }
}

fn parse_json(flag: &str, text: &str) -> Result<Value> {
    serde_json::from_str(text)
        .map_err(|e| CliError::param(flag, format!("Invalid JSON: {e}\nJSON received: {text}")))
}

fn starts_like_json(text: &str, open: &[char]) -> bool {
    text.trim_start().starts_with(open)
}

fn parse_shorthand(flag: &str, text: &str) -> Result<Value> {
    shorthand::parse(text).map_err(|e| CliError::param(flag, e.describe()))
}

/// The value of one option, from its words, before coercion.
fn unpack(flag: &str, shape: &Shape, raw: &Raw) -> Result<Value> {
    let m = model::get();
    let word = |w: &str| load_param_file(flag, w);
    match (raw, shape.kind) {
        (Raw::Bool(b), _) => Ok(Value::Bool(*b)),
        (Raw::One(w), Kind::Structure | Kind::Map) => {
            let text = word(w)?;
            if starts_like_json(&text, &['{']) {
                parse_json(flag, &text)
            } else {
                parse_shorthand(flag, &text)
            }
        }
        (Raw::One(w), Kind::List) => unpack(flag, shape, &Raw::Many(vec![w.clone()])),
        (Raw::One(w), _) => Ok(Value::String(word(w)?)),
        (Raw::Many(words), Kind::List) => {
            let texts = words.iter().map(|w| word(w)).collect::<Result<Vec<_>>>()?;
            let Some(member) = shape.member.as_ref().map(|r| m.shape(&r.shape)) else {
                return Ok(Value::Array(Vec::new()));
            };
            if texts.len() == 1 && starts_like_json(&texts[0], &['[']) {
                return parse_json(flag, &texts[0]);
            }
            let items = texts
                .iter()
                .map(|t| match member.kind {
                    Kind::Structure | Kind::Map if starts_like_json(t, &['{', '[']) => {
                        parse_json(flag, t)
                    }
                    Kind::Structure | Kind::Map => parse_shorthand(flag, t),
                    _ => Ok(Value::String(t.clone())),
                })
                .collect::<Result<Vec<_>>>()?;
            Ok(Value::Array(items))
        }
        (Raw::Many(words), _) => Ok(Value::String(words.join(" "))),
    }
}

/// Reads `--cli-input-json` or `--cli-input-yaml` into a JSON object.
fn cli_input(inv: &Invocation) -> Result<Map<String, Value>> {
    let (flag, text, yaml) = match (
        inv.values.get(CLI_INPUT_JSON),
        inv.values.get(CLI_INPUT_YAML),
    ) {
        (Some(_), Some(_)) => {
            return Err(CliError::Param(
                "Cannot specify both --cli-input-json and --cli-input-yaml".into(),
            ))
        }
        (Some(Raw::One(v)), None) => ("--cli-input-json", v, false),
        (None, Some(Raw::One(v))) => ("--cli-input-yaml", v, true),
        _ => return Ok(Map::new()),
    };
    let text = load_param_file(flag, text)?;
    let doc: Value = if yaml {
        let y: serde_yaml::Value = serde_yaml::from_str(&text)
            .map_err(|e| CliError::param(flag, format!("Invalid YAML: {e}")))?;
        yaml_to_json(y).map_err(|e| CliError::param(flag, e))?
    } else {
        parse_json(flag, &text)?
    };
    match doc {
        Value::Object(map) => Ok(map),
        Value::Null => Ok(Map::new()),
        other => Err(CliError::param(
            flag,
            format!(
                "Invalid input: expected a mapping of parameters, got {}",
                kind_name(&other)
            ),
        )),
    }
}

/// YAML as parsed by serde_yaml, as JSON; keys must be strings.
pub fn yaml_to_json(y: serde_yaml::Value) -> std::result::Result<Value, String> {
    Ok(match y {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(b) => Value::Bool(b),
        serde_yaml::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::from(i)
            } else if let Some(u) = n.as_u64() {
                Value::from(u)
            } else {
                n.as_f64()
                    .and_then(serde_json::Number::from_f64)
                    .map(Value::Number)
                    .unwrap_or(Value::Null)
            }
        }
        serde_yaml::Value::String(s) => Value::String(s),
        serde_yaml::Value::Sequence(items) => Value::Array(
            items
                .into_iter()
                .map(yaml_to_json)
                .collect::<std::result::Result<_, _>>()?,
        ),
        serde_yaml::Value::Mapping(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                let key = match k {
                    serde_yaml::Value::String(s) => s,
                    serde_yaml::Value::Number(n) => n.to_string(),
                    serde_yaml::Value::Bool(b) => b.to_string(),
                    other => return Err(format!("Invalid YAML: a key is not a string: {other:?}")),
                };
                out.insert(key, yaml_to_json(v)?);
            }
            Value::Object(out)
        }
        serde_yaml::Value::Tagged(t) => yaml_to_json(t.value)?,
    })
}

pub fn kind_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a structure",
    }
}

/// The complete input document of the command: `--cli-input-*` first, flags over it, every
/// value coerced to the model's types. Unknown top-level keys in the input file are refused.
pub fn input_document(op: &Operation, inv: &Invocation) -> Result<Map<String, Value>> {
    let m = model::get();
    let Some(input) = m.input(op) else {
        return Ok(Map::new());
    };
    let mut doc = cli_input(inv)?;
    for key in doc.keys() {
        if !input.members.contains_key(key) {
            let flag = if inv.values.contains_key(CLI_INPUT_YAML) {
                "--cli-input-yaml"
            } else {
                "--cli-input-json"
            };
            let valid: Vec<&str> = input.members.keys().map(String::as_str).collect();
            return Err(CliError::param(
                flag,
                format!(
                    "Unknown parameter \"{key}\", must be one of: {}",
                    valid.join(", ")
                ),
            ));
        }
    }
    for (name, member) in &input.members {
        if let Some(raw) = inv.values.get(name) {
            let flag = format!("--{}", model::cli_name(name));
            let value = unpack(&flag, m.shape(&member.shape), raw)?;
            doc.insert(name.clone(), value);
        }
    }
    for (name, member) in &input.members {
        if let Some(value) = doc.get_mut(name) {
            let flag = format!("--{}", model::cli_name(name));
            coerce(m.shape(&member.shape), value).map_err(|(path, why)| {
                let at = if path.is_empty() {
                    String::new()
                } else {
                    format!("{path}: ")
                };
                CliError::Param(format!("{flag}: {at}{why}"))
            })?;
        }
    }
    Ok(doc)
}

type CoerceError = (String, String);

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Brings a value given as text (shorthand, flags) to the model's types. Values of the wrong
/// kind that cannot be converted are left for validation to report.
fn coerce(shape: &Shape, value: &mut Value) -> std::result::Result<(), CoerceError> {
    coerce_at(shape, value, "")
}

fn coerce_at(shape: &Shape, value: &mut Value, path: &str) -> std::result::Result<(), CoerceError> {
    let m = model::get();
    match shape.kind {
        Kind::Structure => {
            if let Value::Object(map) = value {
                for (key, v) in map.iter_mut() {
                    if let Some(member) = shape.members.get(key) {
                        coerce_at(m.shape(&member.shape), v, &join(path, key))?;
                    }
                }
            }
        }
        Kind::Map => {
            if let (Value::Object(map), Some(vref)) = (value, &shape.value) {
                let vshape = m.shape(&vref.shape);
                for (key, v) in map.iter_mut() {
                    coerce_at(vshape, v, &join(path, key))?;
                }
            }
        }
        Kind::List => {
            let Some(mref) = &shape.member else {
                return Ok(());
            };
            let mshape = m.shape(&mref.shape);
            if !value.is_array() && !value.is_null() {
                *value = Value::Array(vec![value.take()]);
            }
            if let Value::Array(items) = value {
                for (i, v) in items.iter_mut().enumerate() {
                    coerce_at(mshape, v, &format!("{path}[{i}]"))?;
                }
            }
        }
        Kind::Integer | Kind::Long => {
            if let Value::String(s) = value {
                let n: i64 = s.trim().parse().map_err(|_| {
                    (
                        path.to_string(),
                        format!("expected an integer, got \"{s}\""),
                    )
                })?;
                *value = Value::from(n);
            }
        }
        Kind::Double | Kind::Float => {
            if let Value::String(s) = value {
                let n: f64 = s
                    .trim()
                    .parse()
                    .map_err(|_| (path.to_string(), format!("expected a number, got \"{s}\"")))?;
                *value = serde_json::Number::from_f64(n)
                    .map(Value::Number)
                    .unwrap_or(Value::Null);
            }
        }
        Kind::Boolean => {
            if let Value::String(s) = value {
                match s.to_ascii_lowercase().as_str() {
                    "true" => *value = Value::Bool(true),
                    "false" => *value = Value::Bool(false),
                    _ => {
                        return Err((
                            path.to_string(),
                            format!("expected true or false, got \"{s}\""),
                        ))
                    }
                }
            }
        }
        Kind::Timestamp => {
            if let Value::String(s) = value {
                let secs =
                    crate::input::timestamp::parse(s).map_err(|why| (path.to_string(), why))?;
                *value = crate::input::timestamp::to_json(secs);
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
                doc.insert(name.clone(), Value::String(uuid_v4()));
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
