//! `--query` against jmespath.py, the evaluator of the AWS CLI v2: the same expressions on the
//! same documents through both, and every answer compared — the JSON the AWS CLI would print,
//! or the exit code and message of the error. The cases: the compliance suite's expressions on
//! their own documents and on the documents the commands print, seeded random expressions in
//! the idioms of scripts, and mangled ones for the parser's errors (`IOTMIT_QUERY_CASES` sets how
//! many, 6,000 by default, `IOTMIT_QUERY_SEED` the seed).
//!
//! jmespath.py (the release the AWS CLI v2 bundles) comes from the Python named by
//! `IOTMIT_JMESPATH_PYTHON`, else the virtualenv `scripts/test` makes in `target/jmespath-venv`, else
//! `python3`. Without it the test fails, unless `IOTMIT_SKIP_JMESPATH_REFERENCE=1` says to skip.

use crate::query_cases as cases;

use cases::Rng;
use serde_json::{json, Value};
use std::path::PathBuf;
use std::process::Command;

/// The jmespath.py release AWS CLI v2 bundles.
const REFERENCE_VERSION: &str = "1.0.1";

/// The first Python that has jmespath.py at the reference version: `IOTMIT_JMESPATH_PYTHON`,
/// the virtualenv of `scripts/test`, `python3`.
fn python() -> Option<PathBuf> {
    crate::common::reference_python(
        "IOTMIT_JMESPATH_PYTHON",
        "jmespath-venv",
        "import jmespath; print(jmespath.__version__)",
        REFERENCE_VERSION,
    )
}

struct Case {
    expr: String,
    doc: Value,
}

/// What the AWS CLI does with the result: the exit code and what it prints (stdout for a
/// result, the message for an error).
fn ours(case: &Case) -> (i32, String) {
    match iotmit::output::compile_query(&case.expr)
        .and_then(|q| iotmit::output::apply_query(&q, &case.doc))
    {
        Ok(v) => (
            0,
            iotmit::output::json_text(&v)
                .trim_end_matches('\n')
                .to_string(),
        ),
        Err(e) => (e.exit_code(), error_message(&e)),
    }
}

fn error_message(e: &iotmit::error::CliError) -> String {
    match e {
        iotmit::error::CliError::Param(m) | iotmit::error::CliError::Other(m) => m.clone(),
        other => format!("{other:?}"),
    }
}

/// Python names an expression reference with its address, which differs on every run.
fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("_Expression object at 0x") {
        let (head, tail) = rest.split_at(at + "_Expression object".len());
        out.push_str(head);
        rest = tail.find('>').map_or("", |end| &tail[end..]);
    }
    out.push_str(rest);
    out
}

fn reference(expr: &str, answer: &Value) -> (i32, String) {
    if let Some(text) = answer.get("ok").and_then(Value::as_str) {
        (0, text.to_string())
    } else if let Some(m) = answer.get("parse").and_then(Value::as_str) {
        (252, format!("Bad value for --query {expr}: {m}"))
    } else {
        let m = answer.get("error").and_then(Value::as_str).unwrap_or("?");
        (255, without_addresses(m))
    }
}

fn build_cases() -> Vec<Case> {
    let mut out = Vec::new();
    let docs = cases::documents();
    let compliance = cases::compliance();
    for c in &compliance {
        out.push(Case {
            expr: c.expression.clone(),
            doc: c.given.clone(),
        });
    }
    // The suite's expressions on the documents the commands print.
    for (i, c) in compliance.iter().enumerate() {
        for (j, doc) in docs.iter().enumerate() {
            if (i + j) % 2 == 0 {
                out.push(Case {
                    expr: c.expression.clone(),
                    doc: doc.clone(),
                });
            }
        }
    }
    let env = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let mut rng = Rng(env("IOTMIT_QUERY_SEED", 0x9e37_79b9_7f4a_7c15));
    for n in 0..env("IOTMIT_QUERY_CASES", 6000) {
        let mut expr = cases::expression(&mut rng, 0);
        if n % 4 == 3 {
            expr = cases::mangle(&mut rng, &expr);
        }
        let doc = if n % 3 == 2 {
            cases::wild_document(&mut rng, 0)
        } else {
            docs[rng.below(docs.len())].clone()
        };
        out.push(Case { expr, doc });
    }
    out
}

#[test]
fn query_results_and_errors_match_jmespath_py() {
    let Some(python) = python() else {
        if std::env::var_os("IOTMIT_SKIP_JMESPATH_REFERENCE").is_some() {
            eprintln!(
                "SKIPPED: no jmespath.py (IOTMIT_SKIP_JMESPATH_REFERENCE is set); \
                 the --query differential test did not run"
            );
            return;
        }
        panic!(
            "jmespath.py {REFERENCE_VERSION} is needed: run scripts/test, or python3 -m venv \
             target/jmespath-venv && target/jmespath-venv/bin/pip install \
             jmespath=={REFERENCE_VERSION}, or point IOTMIT_JMESPATH_PYTHON at a python that has \
             it (IOTMIT_SKIP_JMESPATH_REFERENCE=1 skips this test)"
        );
    };
    let cases = build_cases();
    let input: Vec<String> = cases
        .iter()
        .map(|c| json!({"expr": c.expr, "doc": c.doc}).to_string())
        .collect();
    let (head, answers) =
        crate::common::run_reference(Command::new(&python), "query/reference.py", input);
    assert_eq!(
        head["version"], REFERENCE_VERSION,
        "the reference is not jmespath.py {REFERENCE_VERSION}"
    );
    let mut mismatches = Vec::new();
    let mut kinds = [0usize; 3];
    for (case, answer) in cases.iter().zip(answers) {
        let want = reference(&case.expr, &answer);
        let got = ours(case);
        kinds[match want.0 {
            0 => 0,
            252 => 1,
            _ => 2,
        }] += 1;
        if want != got {
            mismatches.push(format!(
                "{:?} on {}\n  jmespath.py: {want:?}\n  iotmit:      {got:?}",
                case.expr, case.doc
            ));
        }
    }
    eprintln!(
        "{} cases ({} results, {} parse errors, {} runtime errors): {} agree",
        cases.len(),
        kinds[0],
        kinds[1],
        kinds[2],
        cases.len() - mismatches.len()
    );
    assert!(
        mismatches.is_empty(),
        "{} of {} cases differ:\n{}",
        mismatches.len(),
        cases.len(),
        mismatches[..mismatches.len().min(40)].join("\n")
    );
}
