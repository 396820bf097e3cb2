//! The JMESPath compliance suite (`tests/fixtures/jmespath/`, from `jmespath/jmespath.test`)
//! through `--query`: every case's result is the suite's (numbers compared by value, as
//! jmespath.py's own runner compares them), every error case fails in the way it names
//! (`syntax` when compiling, the others while evaluating), and nothing panics.

use crate::query_cases as cases;

use iotmit::error::CliError;
use serde_json::Value;

/// Equality as Python's `==` sees JSON values: `1 == 1.0`, objects whatever their order.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}

/// The error class the suite names, told by what the message starts with.
fn error_kind(e: &CliError) -> &'static str {
    match e {
        CliError::Param(_) => "syntax",
        CliError::Other(m) if m.starts_with("Unknown function") => "unknown-function",
        CliError::Other(m) if m.starts_with("Expected ") => "invalid-arity",
        CliError::Other(m) if m.starts_with("In function") => "invalid-type",
        CliError::Other(_) => "invalid-value",
        _ => "other",
    }
}

#[test]
fn every_compliance_case_gives_the_suites_answer() {
    let all = cases::compliance();
    let mut failures = Vec::new();
    let mut checked = 0;
    for c in &all {
        let got = iotmit::output::compile_query(&c.expression)
            .and_then(|q| iotmit::output::apply_query(&q, &c.given));
        let problem = match (&c.result, &c.error, &got) {
            (Some(want), _, Ok(v)) if same(want, v) => None,
            (Some(want), _, _) => Some(format!("want {want}, got {got:?}")),
            (None, Some(kind), Err(e)) if error_kind(e) == kind.as_str() => None,
            (None, Some(kind), _) => Some(format!("want a {kind} error, got {got:?}")),
            // Benchmark cases state no answer; they must only run.
            (None, None, _) => None,
        };
        if c.result.is_some() || c.error.is_some() {
            checked += 1;
        }
        if let Some(p) = problem {
            failures.push(format!("{}: {:?}: {p}", c.file, c.expression));
        }
    }
    eprintln!(
        "compliance: {} of {checked} cases pass ({} cases in all)",
        checked - failures.len(),
        all.len()
    );
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(checked > 850, "only {checked} cases read");
}
