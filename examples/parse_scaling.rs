//! How parse time grows with input size, for the inputs that make naive parsers quadratic:
//! each input is parsed at 4 sizes, doubling, and the time per input char is printed. Linear
//! parsing keeps that time flat (a ratio near 1 from the smallest to the largest size).
//!
//! ```sh
//! scripts/parse-scaling        # cargo run --release --example parse_scaling
//! ```

use iotmit::cli::args;
use iotmit::input::{params, shorthand};
use iotmit::model;
use iotmit::timestamp;
use std::time::Instant;

fn no_files(_: &str) -> Result<Option<String>, String> {
    Ok(None)
}

fn cli_input(flag: &str, text: String) {
    let op = model::get()
        .operation_by_cli_name("list-mitigation-actions")
        .expect("operation");
    let argv = vec![
        "list-mitigation-actions".to_string(),
        flag.to_string(),
        text,
    ];
    if let Ok(inv) = args::parse(&argv) {
        let _ = params::input_document(op, &inv.values);
    }
}

/// The best of a few runs, in nanoseconds.
fn time(run: &dyn Fn()) -> f64 {
    (0..5)
        .map(|_| {
            let started = Instant::now();
            run();
            started.elapsed().as_nanos() as f64
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    type Case = (&'static str, fn(usize) -> String, fn(String));
    let shorthand_case = |t: String| {
        let _ = shorthand::parse_with(&t, &no_files);
    };
    let cases: Vec<Case> = vec![
        (
            "backslashes after an open quote",
            |n| format!("a='{}", "\\".repeat(n)),
            shorthand_case,
        ),
        (
            "escaped quotes, unterminated",
            |n| format!("a='{}", "\\'".repeat(n / 2)),
            shorthand_case,
        ),
        (
            "comma list",
            |n| format!("k={}z", "ab,".repeat(n / 3)),
            shorthand_case,
        ),
        (
            "key=value pairs",
            |n| {
                (0..n / 8)
                    .map(|i| format!("k{i:05}=v"))
                    .collect::<Vec<_>>()
                    .join(",")
            },
            shorthand_case,
        ),
        (
            "nesting past the limit",
            |n| format!("k={}", "[".repeat(n)),
            shorthand_case,
        ),
        (
            "empty list elements",
            |n| format!("k=[{}]", ",".repeat(n)),
            shorthand_case,
        ),
        (
            "quoted string",
            |n| format!("k='{}'", "\\'a".repeat(n / 3)),
            shorthand_case,
        ),
        (
            "JSON nesting",
            |n| "[".repeat(n),
            |t| cli_input("--cli-input-json", t),
        ),
        (
            "YAML nesting",
            |n| "[".repeat(n),
            |t| cli_input("--cli-input-yaml", t),
        ),
        (
            "timestamp digits",
            |n| "9".repeat(n),
            |t| {
                let _ = timestamp::parse(&t);
            },
        ),
    ];
    let base = 125_000;
    println!(
        "{:<34} {:>12} {:>12} {:>12} {:>12} {:>7}",
        "input (ns per char at size)",
        base,
        base * 2,
        base * 4,
        base * 8,
        "ratio"
    );
    for (name, make, run) in cases {
        let per_char: Vec<f64> = [base, base * 2, base * 4, base * 8]
            .iter()
            .map(|&n| {
                let input = make(n);
                let len = input.chars().count() as f64;
                time(&|| run(input.clone())) / len
            })
            .collect();
        println!(
            "{:<34} {:>12.2} {:>12.2} {:>12.2} {:>12.2} {:>7.2}",
            name,
            per_char[0],
            per_char[1],
            per_char[2],
            per_char[3],
            per_char[3] / per_char[0]
        );
    }
}
