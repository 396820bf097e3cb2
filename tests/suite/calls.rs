//! Every command end to end through the real SDK against a loopback stub, replayed from
//! `tests/fixtures/calls.json` (recorded from the AWS CLI v2 by `scripts/record-calls.py` for the
//! same invocation and the same canned replies). For every case iotmit must give exactly v2's
//! exit code, stdout and stderr (v2's `aws: [ERROR]` label and usage read as iotmit's; the scratch
//! directory and the stub's address as `{dir}` and `{endpoint}`), send the same requests, and
//! leave the files it wrote with the same text and mode. A case iotmit answers otherwise on
//! purpose is listed in [`ON_PURPOSE`] with the reason, and must give exactly iotmit's own answer
//! recorded beside v2's (`ours`), which must differ from v2's.

use crate::common;

use common::{Env, Stub};
use serde_json::Value;

/// Cases iotmit answers otherwise on purpose, and why. Each is marked `on_purpose` in
/// `scripts/call-cases.py`, so `scripts/record-calls.py --ours IOTMIT` records iotmit's answer.
const ON_PURPOSE: &[(&str, &str)] = &[];

/// The requests as recorded: the path as it was sent (percent-encoded as v2 encodes it), no
/// signature flag, and an idempotency token the CLI generated masked.
fn masked(mut reqs: Vec<Value>, raw_paths: Vec<String>, case: &Value) -> Vec<Value> {
    let typed_token = case["args"]
        .as_array()
        .is_some_and(|a| a.iter().any(|x| x == "--client-request-token"));
    for (r, path) in reqs.iter_mut().zip(raw_paths) {
        if let Some(obj) = r.as_object_mut() {
            obj.remove("auth");
            obj.insert("path".into(), Value::String(path));
        }
        if !typed_token {
            if let Some(b) = r.get_mut("body").and_then(Value::as_object_mut) {
                if b.contains_key("clientRequestToken") {
                    b.insert("clientRequestToken".into(), "<generated>".into());
                }
            }
        }
    }
    reqs
}

/// What iotmit did for the case: exit code, stdout, stderr, requests and the files it wrote, in
/// the form the fixture keeps.
fn run_case(case: &Value) -> Value {
    let env = Env::new(case["ts"].as_str().unwrap_or("iso8601"));
    for (name, content) in case["files"].as_object().into_iter().flatten() {
        std::fs::write(env.dir.join(name), content.as_str().unwrap_or_default()).unwrap();
    }
    let stub = Stub::start(common::case_replies(case));
    let out = env
        .command()
        .arg(case["op"].as_str().unwrap_or_default())
        .args(common::case_args(case))
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    let dir = env.dir.to_string_lossy().into_owned();
    let mut got = serde_json::json!({
        "requests": masked(stub.requests(), stub.raw_paths(), case),
        "stdout": String::from_utf8_lossy(&out.stdout),
        "success": out.status.success(),
        "exit": out.status.code(),
        "stderr": String::from_utf8_lossy(&out.stderr)
            .replace(&dir, "{dir}")
            .replace(&stub.url, "{endpoint}"),
    });
    // The files the command wrote: their text and mode, or nothing.
    if let Some(files) = case["expect"]["files"].as_object() {
        let written: serde_json::Map<String, Value> = files
            .keys()
            .map(|name| {
                let path = env.dir.join(name);
                let file = std::fs::read(&path).ok().filter(|_| path.is_file()).map_or(
                    Value::Null,
                    |bytes| {
                        use std::os::unix::fs::PermissionsExt;
                        let mode = std::fs::metadata(&path).map_or(0, |m| m.permissions().mode());
                        serde_json::json!({
                            "text": String::from_utf8_lossy(&bytes),
                            "mode": format!("0o{:o}", mode & 0o777),
                        })
                    },
                );
                (name.clone(), file)
            })
            .collect();
        got["files"] = Value::Object(written);
    }
    got
}

/// Every key of `want` that `got` does not hold exactly, but those in `skip`.
fn differences(want: &Value, got: &Value, skip: &[&str]) -> Vec<String> {
    let keys: Vec<&String> = want
        .as_object()
        .map(|o| o.keys().collect())
        .unwrap_or_default();
    let mut problems: Vec<String> = keys
        .into_iter()
        .filter(|k| !skip.contains(&k.as_str()))
        .filter(|k| got[k.as_str()] != want[k.as_str()])
        .map(
            |k| match (want[k.as_str()].as_str(), got[k.as_str()].as_str()) {
                (Some(w), Some(g)) => format!("{k} differs:\n--- want\n{w}--- got\n{g}---"),
                _ => format!(
                    "{k} differs:\n  want {}\n  got  {}",
                    want[k.as_str()],
                    got[k.as_str()]
                ),
            },
        )
        .collect();
    if !want.is_object() {
        problems.push(format!("no answer recorded: {want}"));
    }
    problems
}

/// What is wrong with iotmit's answer to the case, if anything.
fn check(case: &Value) -> Result<(), String> {
    let name = case["name"].as_str().unwrap_or_default();
    let v2 = common::in_our_words(&case["expect"]);
    for key in ["requests", "stdout", "success", "exit", "stderr"] {
        if v2.get(key).is_none() {
            return Err(format!("v2's {key} is not recorded"));
        }
    }
    let got = run_case(case);
    let on_purpose = ON_PURPOSE.iter().any(|(n, _)| *n == name);
    if on_purpose != case.get("ours").is_some() {
        return Err(format!(
            "on purpose: {on_purpose}, iotmit's answer recorded: {}; list it in ON_PURPOSE and \
             record it with --ours, or neither",
            case.get("ours").is_some()
        ));
    }
    if on_purpose {
        if case["ours"] == v2 {
            return Err("iotmit's recorded answer is v2's: drop it from ON_PURPOSE".into());
        }
        if differences(&v2, &got, &[]).is_empty() {
            return Err("agrees with v2 now: drop it from ON_PURPOSE".into());
        }
        let problems = differences(&case["ours"], &got, &[]);
        return if problems.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "not iotmit's recorded answer:\n{}",
                problems.join("\n")
            ))
        };
    }
    let problems = differences(&v2, &got, &[]);
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn every_recorded_call_gives_v2s_exit_code_output_and_requests() {
    let cases: Vec<Value> =
        serde_json::from_str(include_str!("../fixtures/calls.json")).expect("fixtures parse");
    assert!(cases.len() >= 650, "{} cases", cases.len());
    for (name, _) in ON_PURPOSE {
        assert!(
            cases.iter().any(|c| c["name"] == *name),
            "{name} is in ON_PURPOSE but not recorded"
        );
    }
    let mut failed = Vec::new();
    for case in &cases {
        if let Err(why) = check(case) {
            failed.push(format!(
                "{}:\n{why}",
                case["name"].as_str().unwrap_or_default()
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failed.len(),
        cases.len(),
        failed.join("\n\n")
    );
}
