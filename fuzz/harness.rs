//! The fuzzed entry points. Each takes arbitrary bytes, must not panic, and checks what holds
//! for every input. The cargo-fuzz targets (`fuzz/fuzz_targets/`) and the corpus replay in the
//! test suite (`tests/suite/fuzz_corpus.rs`) both call these, so a crash found by either is replayed
//! by the other.

#![allow(dead_code)]

use iotmit::cli::args;
use iotmit::input::{params, shorthand, validate};
use iotmit::output::{self, text};
use iotmit::timestamp;
use iotmit::{error, model};
use serde_json::{Map, Value};

/// The names of the targets, as `fuzz/corpus/<name>` and `fuzz/fuzz_targets/<name>.rs` name them.
pub const TARGETS: &[&str] = &["shorthand", "cli_input", "timestamp", "validate", "query"];

/// Runs the named target on one input.
pub fn run(target: &str, data: &[u8]) {
    match target {
        "shorthand" => shorthand(data),
        "cli_input" => cli_input(data),
        "timestamp" => timestamp(data),
        "validate" => validate(data),
        "query" => query(data),
        other => panic!("no fuzz target {other}"),
    }
}

fn no_files(_: &str) -> Result<Option<String>, String> {
    Ok(None)
}

/// Whether a parsed value holds a string that ends with a backslash: `render` documents that
/// such strings do not always read back.
fn has_trailing_backslash(v: &Value) -> bool {
    match v {
        Value::String(s) => s.ends_with('\\'),
        Value::Array(items) => items.iter().any(has_trailing_backslash),
        Value::Object(m) => m.values().any(has_trailing_backslash),
        _ => false,
    }
}

/// Shorthand: parsing never panics, errors point inside the input and describe themselves, and
/// whatever parses renders back to shorthand that parses to the same value.
pub fn shorthand(data: &[u8]) {
    // Command-line words are UTF-8 (anything else is refused before parsing).
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match shorthand::parse_with(text, &no_files) {
        Ok(value) => {
            assert!(value.is_object(), "a parse gives an object: {value}");
            let rendered = shorthand::render(&value);
            match shorthand::parse_with(&rendered, &no_files) {
                Ok(back) => assert!(
                    back == value || has_trailing_backslash(&value),
                    "{text:?} parsed to {value}, rendered as {rendered:?}, read back as {back}"
                ),
                Err(e) => assert!(
                    has_trailing_backslash(&value),
                    "{text:?} parsed to {value}, rendered as {rendered:?}, which fails: {e}"
                ),
            }
        }
        Err(e) => {
            assert!(e.index <= text.chars().count(), "index past the end: {e:?}");
            assert!(!e.describe().is_empty());
        }
    }
}

/// `--cli-input-json` / `--cli-input-yaml`: the first byte picks the operation and the format,
/// the rest is the document. The input document is built (coercion included) and validated;
/// any failure is a parameter error (exit 252) that names the parameter.
pub fn cli_input(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    // `file://` would read a file of this machine.
    if text.starts_with("file://") || text.starts_with("fileb://") {
        return;
    }
    let m = model::get();
    let op = m
        .operations
        .values()
        .nth(usize::from(pick) % m.operations.len())
        .expect("the model has operations");
    let flag = if pick & 0x80 == 0 {
        "--cli-input-json"
    } else {
        "--cli-input-yaml"
    };
    let argv = vec![model::cli_name(op.name), flag.to_string(), text.to_string()];
    let inv = match args::parse(&argv) {
        Ok(inv) => inv,
        Err(e) => {
            assert_eq!(e.exit_code(), error::EXIT_USAGE, "{e}");
            return;
        }
    };
    match params::input_document(op, &inv.values) {
        Ok(mut doc) => {
            let input = m.input(op);
            let unknown: Vec<String> = doc
                .keys()
                .filter(|key| input.is_some_and(|s| !s.members.contains_key(key)))
                .cloned()
                .collect();
            params::fill_idempotency_tokens(op, &mut doc);
            let messages: Vec<String> = validate::validate(op, &Value::Object(doc))
                .iter()
                .map(validate::Invalid::message)
                .collect();
            for key in unknown {
                // A key the input does not have is refused, in botocore's words.
                let line = format!("Unknown parameter in input: \"{key}\", must be one of: ");
                assert!(
                    messages.iter().any(|m| m.starts_with(&line)),
                    "unknown key {key} kept"
                );
            }
            for message in messages {
                assert!(names_the_parameter(&message), "{message}");
            }
        }
        Err(e) => {
            // v2 fails with 255 on a top-level YAML key that is not text, outside its checks.
            let key_not_text = flag == "--cli-input-yaml"
                && e.exit_code() == error::EXIT_OTHER
                && e.to_string().contains("a parameter name must be text");
            // As in v2, JSON nested past Python's recursion limit ends with its RecursionError.
            let too_deep = e.exit_code() == error::EXIT_OTHER
                && e.to_string().contains("maximum recursion depth exceeded");
            assert!(
                e.exit_code() == error::EXIT_USAGE || key_not_text || too_deep,
                "{e}"
            );
            // v2 names the option without its dashes for a document it cannot read at all.
            assert!(
                too_deep || e.to_string().contains("cli-input-"),
                "names no parameter: {e}"
            );
        }
    }
}

/// Timestamps: parsing never panics; an accepted value is finite and, within the years a
/// calendar can print, reads back from its ISO 8601 form.
pub fn timestamp(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match timestamp::parse(text) {
        Ok(secs) => {
            assert!(secs.is_finite(), "{text:?} gave {secs}");
            let json = timestamp::to_json(secs);
            assert!(json.is_number(), "{text:?} gave {json}");
            // Years 1 to 9999.
            if (-6.2e10..2.5e11).contains(&secs) {
                let whole = secs.floor();
                let nanos = ((secs - whole) * 1e9).round().min(999_999_999.0) as u32;
                if let Some(dt) = chrono::DateTime::from_timestamp(whole as i64, nanos) {
                    let iso = dt.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
                    let back = timestamp::parse(&iso).expect("an ISO 8601 form reads back");
                    assert!(
                        (back - secs).abs() < 1e-3 + secs.abs() * 1e-15,
                        "{text:?}: {secs} printed as {iso} read back as {back}"
                    );
                }
            }
        }
        Err(why) => assert!(why.contains("invalid timestamp"), "{why}"),
    }
}

/// Validation: the first byte picks the operation; the rest drives a document built along the
/// operation's input shape (mostly well-typed, sometimes not). Validation never panics, gives
/// the same answer twice and names the parameter of each problem.
pub fn validate(data: &[u8]) {
    let Some((&pick, rest)) = data.split_first() else {
        return;
    };
    let m = model::get();
    let op = m
        .operations
        .values()
        .nth(usize::from(pick) % m.operations.len())
        .expect("the model has operations");
    let mut source = Source { data: rest, pos: 0 };
    let doc = match m.input(op) {
        Some(shape) => source.value(shape, 0),
        None => Value::Object(Map::new()),
    };
    let problems = validate::validate(op, &doc);
    assert_eq!(problems, validate::validate(op, &doc), "not deterministic");
    for p in &problems {
        let message = p.message();
        assert!(
            message.starts_with("input: ") || names_the_parameter(&message),
            "{message}"
        );
    }
}

/// A problem named by its flag, or as botocore names the parameter.
fn names_the_parameter(message: &str) -> bool {
    [
        "--",
        "Invalid type for parameter ",
        "Invalid length for parameter ",
        "Invalid value for parameter ",
        "Missing required parameter in ",
        "Unknown parameter in ",
    ]
    .iter()
    .any(|p| message.starts_with(p))
}

/// `--query`: the bytes up to the first NUL are the expression, the rest a JSON document (a
/// listing of actions when it is not JSON). Compiling and evaluating never panic, a refused
/// expression is a bad parameter (exit 252) and one that fails while running exits 255, both
/// with a message; whatever comes out prints as JSON and as text.
pub fn query(data: &[u8]) {
    let (expr, rest) = match data.iter().position(|b| *b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &[][..]),
    };
    let Ok(expr) = std::str::from_utf8(expr) else {
        return;
    };
    let doc = serde_json::from_slice::<Value>(rest).unwrap_or_else(|_| {
        serde_json::json!({"actionIdentifiers": [
            {"actionName": "Quarantine", "actionArn": "arn:q", "creationDate": "2026-01-10T09:30:00+00:00"},
            {"actionName": "Logs", "actionArn": "arn:l", "creationDate": 1560173584.521},
        ], "n": [0, 1, -1, 2.5, null, true, "x", [[]], {"k": {}}]})
    });
    match output::compile_query(expr).and_then(|q| output::apply_query(&q, &doc)) {
        Ok(v) => {
            assert!(output::json_text(&v).ends_with('\n'));
            let _ = text::text_checked(&v);
        }
        Err(e) => {
            assert!(
                matches!(e.exit_code(), error::EXIT_USAGE | error::EXIT_OTHER),
                "{e}"
            );
            if e.exit_code() == error::EXIT_USAGE {
                assert!(e.to_string().contains("Bad value for --query"), "{e}");
                assert!(
                    output::compile_query(expr).is_err(),
                    "{expr:?} fails only sometimes"
                );
            } else {
                assert!(output::compile_query(expr).is_ok(), "{expr:?}: {e}");
            }
            assert!(!e.to_string().trim().is_empty());
        }
    }
}

/// Reads choices from the fuzzer's bytes (zeros once they run out).
struct Source<'a> {
    data: &'a [u8],
    pos: usize,
}

const CHARS: &[&str] = &[
    "a",
    "Z",
    "0",
    "9",
    "-",
    "_",
    ":",
    "/",
    ".",
    " ",
    "é",
    "😀",
    "\u{0}",
    "\n",
    "=",
    ",",
    "\\",
    "'",
    "\"",
    "[",
    "{",
    "*",
    "arn:aws:iam::123456789012:role/R",
];

impl Source<'_> {
    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.pos).copied().unwrap_or(0);
        self.pos += 1;
        b
    }

    fn string(&mut self) -> String {
        let len = match self.byte() {
            250..=255 => 300 + usize::from(self.byte()) * 8,
            b => usize::from(b % 24),
        };
        (0..len)
            .map(|_| CHARS[usize::from(self.byte()) % CHARS.len()])
            .collect()
    }

    fn number(&mut self) -> Value {
        match self.byte() % 6 {
            0 => Value::from(i64::from(self.byte()) - 16),
            1 => Value::from(i64::MAX),
            2 => Value::from(i64::MIN),
            3 => Value::from(f64::from(self.byte()) / 7.0),
            4 => Value::from(u64::MAX),
            _ => Value::from(i64::from(self.byte()) * 1_000_000_000),
        }
    }

    /// Any JSON value at all.
    fn wild(&mut self, depth: usize) -> Value {
        match self.byte() % if depth > 6 { 4 } else { 6 } {
            0 => Value::Null,
            1 => Value::Bool(self.byte() & 1 == 1),
            2 => self.number(),
            3 => Value::String(self.string()),
            4 => Value::Array((0..self.byte() % 4).map(|_| self.wild(depth + 1)).collect()),
            _ => {
                let mut m = Map::new();
                for _ in 0..self.byte() % 4 {
                    let k = self.string();
                    let v = self.wild(depth + 1);
                    m.insert(k, v);
                }
                Value::Object(m)
            }
        }
    }

    fn count(&mut self) -> usize {
        match self.byte() {
            240..=255 => 20 + usize::from(self.byte() % 16),
            b => usize::from(b % 6),
        }
    }

    /// A value for `shape`: well-typed most of the time.
    fn value(&mut self, shape: &model::Shape, depth: usize) -> Value {
        let m = model::get();
        if self.byte() < 12 || depth > 10 {
            return self.wild(depth);
        }
        match shape.kind {
            model::Kind::Structure => {
                let mut obj = Map::new();
                for (name, member) in &shape.members {
                    if self.byte() & 1 == 1 {
                        obj.insert(
                            name.to_string(),
                            self.value(m.shape(member.shape), depth + 1),
                        );
                    }
                }
                if self.byte() > 240 {
                    let k = self.string();
                    let v = self.wild(depth + 1);
                    obj.insert(k, v);
                }
                Value::Object(obj)
            }
            model::Kind::List => {
                let member = shape.member.as_ref().map(|r| m.shape(r.shape));
                let n = self.count();
                Value::Array(
                    (0..n)
                        .map(|_| match member {
                            Some(s) => self.value(s, depth + 1),
                            None => self.wild(depth + 1),
                        })
                        .collect(),
                )
            }
            model::Kind::Map => {
                let value = shape.value.as_ref().map(|r| m.shape(r.shape));
                let mut obj = Map::new();
                for _ in 0..self.count() {
                    let k = self.string();
                    let v = match value {
                        Some(s) => self.value(s, depth + 1),
                        None => self.wild(depth + 1),
                    };
                    obj.insert(k, v);
                }
                Value::Object(obj)
            }
            model::Kind::String | model::Kind::Blob => match &shape.enum_values {
                Some(values) if self.byte() > 20 && !values.is_empty() => {
                    Value::String(values[usize::from(self.byte()) % values.len()].to_string())
                }
                _ => Value::String(self.string()),
            },
            model::Kind::Integer | model::Kind::Long | model::Kind::Double | model::Kind::Float => {
                self.number()
            }
            model::Kind::Boolean => Value::Bool(self.byte() & 1 == 1),
            model::Kind::Timestamp => match self.byte() % 3 {
                0 => self.number(),
                1 => Value::String("2026-11-20T10:00:00Z".into()),
                _ => Value::String(self.string()),
            },
        }
    }
}
