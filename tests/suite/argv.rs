//! How command lines are read, against the AWS CLI v2: every case of `scripts/argv-cases.py`
//! (prefixes, `--opt=value`, repetitions, lists, `--no-x`, hyphen values, `--` in every place,
//! unknown options,
//! misspelled commands, bad integers and global values, `help`, required options, skeletons,
//! globals before and after the command) was run through v2 by `scripts/record-argv.py` into
//! `tests/fixtures/argv.json`; each is replayed through iotmit, which must give exactly v2's exit
//! code, stdout, stderr (v2's `aws: [ERROR]:` label and usage read as iotmit's) and requests (a
//! case with `compare`, help rendered by v2 with groff, is held to the keys it names: its exit
//! code). A case in [`ON_PURPOSE`] says why iotmit answers otherwise, and must give exactly
//! iotmit's own answer recorded beside v2's (`ours`), which must differ from v2's.

use crate::common;

use common::{Env, Stub};
use serde_json::Value;

/// Cases where iotmit differs from v2 on purpose, and why. Each is marked `on_purpose` in
/// `scripts/argv-cases.py`, so `scripts/record-argv.py --ours IOTMIT` records iotmit's answer.
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

/// What iotmit did for the case: exit code, stdout, stderr and the requests it sent.
fn run_case(case: &Value) -> Value {
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
    let mut sent = stub.requests();
    for r in &mut sent {
        if let Some(obj) = r.as_object_mut() {
            obj.remove("auth");
        }
    }
    serde_json::json!({
        "exit": out.status.code(),
        "stdout": String::from_utf8_lossy(&out.stdout),
        "stderr": String::from_utf8_lossy(&out.stderr)
            .replace(&stub.url, "{endpoint}"),
        "requests": sent,
    })
}

/// A recorded answer as iotmit gives it: v2's label and usage read as iotmit's, and the paths
/// decoded (the capture server keeps the path as sent; the stub decodes it).
fn as_ours(recorded: &Value) -> Value {
    let mut want = common::in_our_words(recorded);
    for r in want["requests"].as_array_mut().into_iter().flatten() {
        if let Some(path) = r["path"].as_str() {
            r["path"] = Value::String(common::percent_decode(path));
        }
    }
    want
}

/// The compared keys where `got` is not `want` exactly.
fn differences(case: &Value, want: &Value, got: &Value) -> Vec<String> {
    let compared: Vec<&str> = match case["compare"].as_array() {
        Some(keys) => keys.iter().filter_map(Value::as_str).collect(),
        None => vec!["exit", "stdout", "stderr", "requests"],
    };
    compared
        .into_iter()
        .filter(|key| want.get(*key).is_none() || got[*key] != want[*key])
        .map(|key| format!("{key}:\n  want:   {}\n  iotmit: {}", want[key], got[key]))
        .collect()
}

/// What is wrong with iotmit's answer to the case, if anything.
fn check(case: &Value) -> Result<(), String> {
    let name = case["name"].as_str().unwrap_or_default();
    let v2 = as_ours(&case["expect"]);
    let on_purpose = ON_PURPOSE.iter().any(|(n, _)| *n == name);
    if on_purpose != case["ours"].is_object() {
        return Err(format!(
            "on purpose: {on_purpose}, iotmit's answer recorded: {}; list it in ON_PURPOSE and \
             record it with --ours, or neither",
            case["ours"].is_object()
        ));
    }
    let got = run_case(case);
    let problems = if on_purpose {
        let ours = as_ours(&case["ours"]);
        if differences(case, &v2, &ours).is_empty() {
            return Err("iotmit's recorded answer is v2's: drop it from ON_PURPOSE".into());
        }
        if differences(case, &v2, &got).is_empty() {
            return Err("agrees with v2 now: drop it from ON_PURPOSE".into());
        }
        differences(case, &ours, &got)
    } else {
        differences(case, &v2, &got)
    };
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
    for (name, _) in ON_PURPOSE {
        assert!(
            cases.iter().any(|c| c["name"] == *name),
            "{name} is in ON_PURPOSE but not recorded"
        );
    }
    let mut failed = Vec::new();
    let mut agreed = 0;
    for case in &cases {
        match check(case) {
            Ok(()) => agreed += 1,
            Err(why) => failed.push(format!("{}:\n{why}", case["name"])),
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} cases fail ({agreed} pass):\n\n{}",
        failed.len(),
        cases.len(),
        failed.join("\n\n")
    );
}
