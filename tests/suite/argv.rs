//! How command lines are read, against the AWS CLI v2: every case of `scripts/argv-cases.py`
//! (prefixes, `--opt=value`, repetitions, lists, `--no-x`, hyphen values, `--` in every place,
//! unknown options,
//! misspelled commands, bad integers and global values, `help`, required options, skeletons,
//! globals before and after the command) was run through v2 by `scripts/record-argv.py` into
//! `tests/fixtures/argv.json`; each is replayed through iotmit, which must exit, print and send
//! what v2 did, except where [`ON_PURPOSE`] says why not.

use crate::common;

use common::{Env, Stub, AWS_USAGE, USAGE};
use serde_json::Value;

/// Cases where iotmit differs from v2 on purpose, and why.
const ON_PURPOSE: &[(&str, &str)] = &[
    (
        "equals-empty",
        "an empty --action-name does not match the model's pattern: iotmit refuses it before \
         sending, v2 sends GET /mitigationactions/actions/",
    ),
    (
        "auto-prompt-without-a-terminal",
        "same message and exit code, but v2's prompter lists mitigation actions before it \
         fails; iotmit sends nothing when it refuses",
    ),
    (
        "yaml-tab-indent",
        "both refuse the tab, exit 252 and send nothing; iotmit says where the tab is, as it \
         says for every YAML error (v2: `Invalid YAML received.` and the parameter without dashes)",
    ),
    (
        "yaml-tab-before-key",
        "both refuse the tab, exit 252 and send nothing; iotmit says where the tab is, as it \
         says for every YAML error (v2: `Invalid YAML received.` and the parameter without dashes)",
    ),
];

fn run_case(case: &Value) -> Result<(), String> {
    let env = Env::new("iso8601");
    let stub = Stub::start(Vec::new());
    // Words written before `iot` are given with it.
    let mut args: Vec<&str> = match case["before"].as_array() {
        Some(before) => before
            .iter()
            .filter_map(Value::as_str)
            .chain(["iot"])
            .collect(),
        None => Vec::new(),
    };
    args.extend(common::case_args(case));
    let out = env
        .command()
        .env("AWS_ENDPOINT_URL", &stub.url)
        .args(&args)
        .output()
        .unwrap();
    let expect = &case["expect"];
    let compared: Vec<&str> = match case["compare"].as_array() {
        Some(keys) => keys.iter().filter_map(Value::as_str).collect(),
        None => vec!["exit", "stdout", "stderr", "requests"],
    };
    let mut sent = stub.requests();
    for r in &mut sent {
        if let Some(obj) = r.as_object_mut() {
            obj.remove("auth");
        }
    }
    let got = serde_json::json!({
        "exit": out.status.code(),
        "stdout": String::from_utf8_lossy(&out.stdout),
        "stderr": String::from_utf8_lossy(&out.stderr)
            .replace(&stub.url, "{endpoint}"),
        "requests": sent,
    });
    let want_stderr = expect["stderr"]
        .as_str()
        .unwrap_or_default()
        .replace("aws: [ERROR]:", "iotmit: [ERROR]:")
        .replace(AWS_USAGE, USAGE);
    let mut problems = Vec::new();
    for key in compared {
        let want = match key {
            "stderr" => Value::String(want_stderr.clone()),
            // The capture server keeps the path as sent; the stub decodes it.
            "requests" => {
                let mut reqs = expect[key].clone();
                for r in reqs.as_array_mut().into_iter().flatten() {
                    if let Some(path) = r["path"].as_str() {
                        r["path"] = Value::String(common::percent_decode(path));
                    }
                }
                reqs
            }
            _ => expect[key].clone(),
        };
        if got[key] != want {
            problems.push(format!("{key}:\n  v2:     {want}\n  iotmit: {}", got[key]));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn every_recorded_command_line_is_read_as_v2_reads_it() {
    let cases: Vec<Value> =
        serde_json::from_str(include_str!("../fixtures/argv.json")).expect("fixtures parse");
    assert!(cases.len() >= 90, "{} cases", cases.len());
    let mut failed = Vec::new();
    let mut agreed = 0;
    for case in &cases {
        let name = case["name"].as_str().unwrap();
        let on_purpose = ON_PURPOSE.iter().any(|(n, _)| *n == name);
        match (run_case(case), on_purpose) {
            (Ok(()), false) => agreed += 1,
            (Err(why), false) => failed.push(format!("{name}:\n{why}")),
            (Ok(()), true) => failed.push(format!("{name}: agrees now; drop it from ON_PURPOSE")),
            (Err(_), true) => {}
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} cases differ ({agreed} agree):\n\n{}",
        failed.len(),
        cases.len(),
        failed.join("\n\n")
    );
}
