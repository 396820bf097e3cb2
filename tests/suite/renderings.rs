//! The text, table and YAML renderers against what the AWS CLI v2 printed, replayed from
//! `tests/fixtures/renderings.json` (recorded by `scripts/record-renderings.py`): each case's
//! document as v2's JSON output shows it (or, for a listing printed page by page, the case's
//! pages) rendered in each recorded format must give v2's stdout bytes, and where v2's formatter
//! failed, the same failure: what it printed first, and its message.

use iotmit::output::table::{table, table_checked};
use iotmit::output::text::{text, text_checked};
use iotmit::output::yaml::{yaml, yaml_stream_page};
use iotmit::output::Unprintable;
use serde_json::{json, Value};

fn cases() -> Vec<Value> {
    serde_json::from_str(include_str!("../fixtures/renderings.json")).expect("fixture parses")
}

/// The operation a command runs, as table titles name it: `list-mitigation-actions` ->
/// `ListMitigationActions`.
fn operation(command: &str) -> String {
    command
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_uppercase().chain(chars).collect()
            })
        })
        .collect()
}

/// v2's JSON output parsed; v2 prints nothing for an empty document.
fn document(json_stdout: &str) -> Value {
    if json_stdout.trim().is_empty() {
        json!({})
    } else {
        serde_json::from_str(json_stdout).expect("v2 printed JSON")
    }
}

/// What v2 printed and then the message it stopped with, from a failed run.
fn failure(printed: &Value) -> Unprintable {
    let stderr = printed["stderr"].as_str().unwrap_or_default();
    let message = stderr
        .strip_prefix("\naws: [ERROR]: ")
        .and_then(|m| m.strip_suffix('\n'))
        .unwrap_or_else(|| panic!("v2's formatter error: {stderr:?}"));
    Unprintable {
        printed: printed["stdout"].as_str().unwrap_or_default().to_string(),
        message: message.to_string(),
    }
}

/// The case's output in `format` as iotmit renders it: `Ok` the bytes, `Err` the failure.
fn render(case: &Value, format: &str, failed: bool) -> Result<String, Unprintable> {
    let args = case["args"].as_array().unwrap();
    let doc = document(case["outputs"]["json"]["stdout"].as_str().unwrap());
    let pages = case["pages"][format].as_array();
    let each_page = |f: &dyn Fn(&Value) -> String| match pages {
        Some(pages) => pages.iter().map(f).collect(),
        None => f(&doc),
    };
    // Off a terminal v2 fits tables to 80 columns.
    let width = case["columns"].as_u64().map_or(80, |c| c as usize);
    let color = args
        .windows(2)
        .any(|w| w == [json!("--color"), json!("on")]);
    let title = operation(args[0].as_str().unwrap());
    Ok(match format {
        "text" if failed => text_checked(&doc)?,
        "text" => each_page(&|page| text(page)),
        "table" if failed => table_checked(&title, &doc, width, color)?,
        "table" => table(&title, &doc, width, color),
        "yaml" => yaml(&doc),
        // A page that is exactly `{}` is still one item of the stream.
        "yaml-stream" if pages.is_some() => each_page(&|page| match page {
            Value::Object(m) if m.is_empty() => yaml(&json!([page])),
            _ => yaml_stream_page(page),
        }),
        "yaml-stream" => yaml_stream_page(&doc),
        other => panic!("no renderer for {other}"),
    })
}

#[test]
fn renderings_match_v2_byte_for_byte() {
    let cases = cases();
    assert_eq!(cases.len(), 43);
    let mut diffs = Vec::new();
    let mut checked = 0;
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        for (format, printed) in case["outputs"].as_object().unwrap() {
            if format == "json" {
                continue;
            }
            let failed = printed["exit"] != 0;
            let want = if failed {
                Err(failure(printed))
            } else {
                Ok(printed["stdout"].as_str().unwrap().to_string())
            };
            let got = render(case, format, failed);
            if got != want {
                diffs.push(format!(
                    "{name} --output {format}:\n got {got:?}\n v2  {want:?}"
                ));
            }
            checked += 1;
        }
    }
    assert_eq!(checked, 138);
    assert!(diffs.is_empty(), "{}", diffs.join("\n"));
}
