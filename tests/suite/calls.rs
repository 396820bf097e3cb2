//! Every command end to end through the real SDK against a loopback stub: the requests sent, the
//! stdout printed and success or failure must equal what the AWS CLI v2 did for the same
//! invocation and the same canned replies (recorded by `scripts/record-calls.py` into
//! `tests/fixtures/calls.json`), and the files it wrote must hold the same text with the same
//! mode.

use crate::common;

use common::{Env, Stub};
use serde_json::Value;

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

fn run_case(case: &Value) -> Result<(), String> {
    let env = Env::new(case["ts"].as_str().unwrap_or("iso8601"));
    if let Some(files) = case["files"].as_object() {
        for (name, content) in files {
            std::fs::write(env.dir.join(name), content.as_str().unwrap()).unwrap();
        }
    }
    let stub = Stub::start(common::case_replies(case));
    let args = common::case_args(case);
    let out = env
        .command()
        .arg(case["op"].as_str().unwrap())
        .args(&args)
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    let expect = &case["expect"];
    let mut problems = Vec::new();
    let sent = masked(stub.requests(), stub.raw_paths(), case);
    let want: Vec<Value> = expect["requests"].as_array().unwrap().clone();
    if sent != want {
        problems.push(format!(
            "requests differ:\n  want {}\n  sent {}",
            serde_json::to_string(&want).unwrap(),
            serde_json::to_string(&sent).unwrap()
        ));
    }
    let success = out.status.success();
    if success != expect["success"].as_bool().unwrap() {
        problems.push(format!(
            "exit status {:?}, expected success={}; stderr: {}",
            out.status.code(),
            expect["success"],
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let stdout = String::from_utf8_lossy(&out.stdout);
    if stdout != expect["stdout"].as_str().unwrap() {
        problems.push(format!(
            "stdout differs:\n--- want\n{}--- got\n{}---",
            expect["stdout"].as_str().unwrap(),
            stdout
        ));
    }
    // Errors are printed as the AWS CLI v2 prints them, under iotmit's name and usage.
    if let Some(want) = expect["stderr"].as_str() {
        let want = want
            .replace("aws: [ERROR]", "iotmit: [ERROR]")
            .replace(common::AWS_USAGE, common::USAGE);
        let got = String::from_utf8_lossy(&out.stderr);
        if got != want {
            problems.push(format!(
                "stderr differs:\n--- want\n{want}--- got\n{got}---"
            ));
        }
    }
    if out.status.code() != expect["exit"].as_i64().map(|c| c as i32) {
        problems.push(format!(
            "exit code {:?}, expected {}",
            out.status.code(),
            expect["exit"]
        ));
    }
    // The files the command wrote: their text and mode, or nothing.
    if let Some(files) = expect["files"].as_object() {
        for (name, want) in files {
            let path = env.dir.join(name);
            let got = std::fs::read(&path)
                .ok()
                .filter(|_| path.is_file())
                .map(|bytes| {
                    use std::os::unix::fs::PermissionsExt;
                    let mode = std::fs::metadata(&path).map_or(0, |m| m.permissions().mode());
                    serde_json::json!({
                        "text": String::from_utf8_lossy(&bytes),
                        "mode": format!("0o{:o}", mode & 0o777),
                    })
                })
                .unwrap_or(Value::Null);
            if got != *want {
                problems.push(format!("file {name}: want {want}, got {got}"));
            }
        }
    }
    if !success && !out.stdout.is_empty() {
        problems.push("a failure printed on stdout".into());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn every_recorded_call_sends_the_same_request_and_prints_the_same_output() {
    let cases: Vec<Value> =
        serde_json::from_str(include_str!("../fixtures/calls.json")).expect("fixtures parse");
    assert!(cases.len() >= 45);
    let mut failed = Vec::new();
    for case in &cases {
        if let Err(why) = run_case(case) {
            failed.push(format!("{}:\n{why}", case["name"].as_str().unwrap()));
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
