//! JSON read as Python's `json.loads` reads it (parameter values, `--cli-input-json` and
//! `file://` documents in the AWS CLI v2): the same documents through Python's decoder and
//! iotmit's, and every answer compared — the document read, or the exact message of the error.
//! The documents: valid ones of every feature, each cut at every offset, and seeded mutations of
//! them (characters deleted, inserted, replaced, stray commas, single quotes, bad escapes, control
//! characters, non-ASCII and astral characters before the error, extra data), several thousand
//! in all (`IOTMIT_JSON_CASES` sets how many mutations, `IOTMIT_JSON_SEED` the seed).
//!
//! The reference is the `python3` on the path (tests/suite/json/reference.py); without it the
//! test fails.

use crate::query_cases::Rng;

use iotmit::input::json::{self, Error};
use serde_json::Value;
use std::process::Command;

/// Valid documents, together using every part of the grammar.
const VALID: &[&str] = &[
    r#"{"a": 1}"#,
    "[]",
    "{}",
    " \t\r\n[1, 2.5, -3, 0, -0, -0.0, 1e5, 1E-5, 2.5e+3, 12345678901234567890] \n",
    r#"{"name": "caf\u00e9 \u20ac \ud83d\ude00", "esc": "\"\\\/\b\f\n\r\t", "k": null}"#,
    "{\"é\": \"日本語\", \"😀\": [\"😀😀\", {\"x\": \"ü\"}]}",
    "{\n  \"actionParams\": {\n    \"updateCACertificateParams\": {\"action\": \"DEACTIVATE\"}\n  },\n  \"tags\": [\n    {\"Key\": \"k\", \"Value\": \"v\"}\n  ]\n}",
    r#"[true, false, null, "", " ", [[]], [{}], {"": ""}]"#,
    r#"{"a": 1, "b": 2, "a": 3}"#,
    "9223372036854775807",
    "[9223372036854775808, -9223372036854775808, -9223372036854775809, 18446744073709551615, 18446744073709551616]",
    "[123456789012345678901234567890, 0.1, 1.7976931348623157e308, 5e-324, 1e-400]",
    "\"\\ud800\" ",
    "[\"\\udc00\\ud800\", \"\\ud83d\\u0041\", \"a\\ud83d\"]",
    "\"tab\ttab\"",
    "[NaN, 1]",
    "{\"a\": Infinity}",
    "[-Infinity]",
    "1e400",
    "{\"deep\": [[[[[[[[[[{\"x\": [[[[[[1]]]]]]}]]]]]]]]]}",
    "  \"just a string with ÿ and 😀\"  ",
    "-12.75e-3",
    "{\"line1\": 1,\r\n \"line2\": [1,\n\n 2]}",
];

/// Characters inserted or put in place of others: the grammar's own, the whitespace Python does
/// and does not take, control characters, and characters of two, three and four UTF-8 bytes.
const PIECES: &[&str] = &[
    "\"",
    "\\",
    ",",
    ":",
    "{",
    "}",
    "[",
    "]",
    "'",
    " ",
    "\n",
    "\t",
    "\r",
    "\u{1}",
    "\u{1f}",
    "\u{7f}",
    "\u{0}",
    "é",
    "😀",
    "日",
    "\u{feff}",
    "\u{a0}",
    "\u{b}",
    "\u{c}",
    "\u{2028}",
    "N",
    "0",
    "-",
    ".",
    "e",
    "E",
    "+",
    "u",
    "x",
    "1",
    "n",
    "t",
    "f",
    "a",
    "null",
    "true",
    "NaN",
    "Infinity",
    "-Infinity",
    "\\u",
    "\\x",
    "\\u12",
    "\\uZZZZ",
    "\\ud800",
    "\\udc00",
    "\\ud800\\u",
    "\\ud800\\u0041",
    "\\ud83d\\ude00",
    "\\U0041",
    "\\/",
    "\\'",
    ",,",
    ", ]",
    ", }",
    "''",
    "'a'",
    "\"k\": ",
    "{\"k\" 1}",
    "[1 2]",
    "0x10",
    "01",
    "1.",
    ".5",
    "1e",
    "1e+",
    "-a",
    "--1",
];

fn generate(count: usize, seed: u64) -> Vec<String> {
    let mut docs: Vec<String> = VALID.iter().map(|d| d.to_string()).collect();
    // Every prefix of every valid document (cut at character boundaries).
    for doc in VALID {
        for (at, _) in doc.char_indices().skip(1) {
            docs.push(doc[..at].to_string());
        }
    }
    // Numbers at Python's digit limit, and nesting near (not at) the limit of a standalone
    // Python, whose recursion depth differs from the AWS CLI's.
    docs.push("1".repeat(4300));
    docs.push(format!("[-{}]", "9".repeat(4301)));
    docs.push(format!("{}{}", "[".repeat(600), "]".repeat(600)));
    docs.push(format!("{}1{}", "{\"a\":[".repeat(300), "]}".repeat(300)));
    docs.push("[".repeat(600));
    docs.push("\u{feff}{}".into());
    docs.push("\u{feff}".into());
    let mut rng = Rng(seed);
    for _ in 0..count {
        let base = VALID[rng.below(VALID.len())];
        let mut doc = mutate(&mut rng, base);
        if rng.chance(3) {
            doc = mutate(&mut rng, &doc);
        }
        if rng.chance(4) {
            // Non-ASCII text before the damage: characters and bytes part ways.
            let lead = rng.pick(&[
                "{\"é😀日\": ",
                "[\"😀😀😀\",\n ",
                "\n\n  [\"ü\", ",
                "{\"\\u00e9\": ",
            ]);
            doc = format!("{lead}{doc}");
        }
        docs.push(doc);
    }
    docs
}

fn mutate(rng: &mut Rng, doc: &str) -> String {
    let bounds: Vec<usize> = doc
        .char_indices()
        .map(|(i, _)| i)
        .chain([doc.len()])
        .collect();
    let at = bounds[rng.below(bounds.len())];
    let next = bounds.iter().copied().find(|&b| b > at).unwrap_or(at);
    let piece = rng.pick(PIECES);
    match rng.below(7) {
        0 => format!("{}{}", &doc[..at], &doc[next..]),
        1 | 2 => format!("{}{piece}{}", &doc[..at], &doc[at..]),
        3 => format!("{}{piece}{}", &doc[..at], &doc[next..]),
        4 => doc[..at].to_string(),
        5 => format!(
            "{doc}{}",
            rng.pick(&[" x", "1", " {}", "]", "}", ",", " \u{a0}", "\u{c}", "\n"])
        ),
        _ => doc.replacen(
            '"',
            rng.pick(&["'", "\"\"", "\\\"", "\u{1}\""]),
            1 + rng.below(3),
        ),
    }
}

/// The document in the reference's canonical form (see reference.py).
fn canonical(v: &Value, out: &mut String) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(_) => out.push_str(&iotmit::python::py_repr(v)),
        Value::String(s) => text(s, out),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical(item, out);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                text(k, out);
                out.push(':');
                canonical(item, out);
            }
            out.push('}');
        }
    }
}

/// A string as Python's `json.dumps` writes it with every non-ASCII character escaped.
fn text(s: &str, out: &mut String) {
    iotmit::output::json::push_json_string(out, s, true);
}

/// iotmit's answer in the reference's terms.
fn ours(doc: &str) -> Value {
    match json::loads(doc) {
        Ok(v) => {
            let mut s = String::new();
            canonical(&v, &mut s);
            serde_json::json!({ "ok": s })
        }
        Err(Error::Invalid(m)) => serde_json::json!({ "invalid": m }),
        Err(Error::TooDeep(m)) => serde_json::json!({ "deep": m }),
        Err(Error::Unrepresentable(_)) => serde_json::json!({ "unrepresentable": true }),
    }
}

#[test]
fn json_documents_and_errors_match_pythons_json_loads() {
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let docs = generate(
        env("IOTMIT_JSON_CASES", 4000) as usize,
        env("IOTMIT_JSON_SEED", 0x0123_4567_89ab_cdef),
    );
    let input: Vec<String> = docs
        .iter()
        .map(|d| serde_json::to_string(d).unwrap())
        .collect();
    let (head, answers) =
        crate::common::run_reference(Command::new("python3"), "json/reference.py", input);
    let mut mismatches = Vec::new();
    let mut kinds = std::collections::BTreeMap::<String, usize>::new();
    for (doc, want) in docs.iter().zip(answers) {
        let kind = want.as_object().and_then(|o| o.keys().next()).cloned();
        *kinds.entry(kind.unwrap_or_default()).or_default() += 1;
        let got = ours(doc);
        if want != got {
            mismatches.push(format!("{doc:?}\n  python: {want}\n  iotmit: {got}"));
        }
    }
    eprintln!(
        "{} documents, {kinds:?}, python {}",
        docs.len(),
        head["version"]
    );
    assert!(
        mismatches.is_empty(),
        "{} of {} documents differ (python {}):\n{}",
        mismatches.len(),
        docs.len(),
        head["version"],
        mismatches[..mismatches.len().min(30)].join("\n")
    );
}
