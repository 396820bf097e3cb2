//! Values read as the AWS CLI v2 reads them, replayed from `tests/fixtures/values.json`
//! (recorded by `scripts/record-values.py`): aliases from `~/.aws/cli/alias`, `file://` and
//! `fileb://` values, timestamps in dateutil's forms, JSON of the wrong type, and
//! `--cli-input-yaml` documents as ruamel.yaml reads them. Each case must give exactly v2's exit
//! code, stdout, stderr (v2's `aws: [ERROR]:` label and usage read as iotmit's) and requests. A
//! case iotmit answers otherwise on purpose says why ("why") and must give exactly iotmit's own
//! answer recorded beside v2's ("ours": exit code, stdout, stderr, requests), which must differ
//! from v2's.

use crate::common::{self, Env, Stub};
use serde_json::Value;

fn cases() -> Vec<Value> {
    serde_json::from_str(include_str!("../fixtures/values.json")).expect("fixture parses")
}

/// The case's home: its files, `.aws/config` and `.aws/cli/alias`.
fn set_up(env: &Env, case: &Value) {
    let home = &env.dir;
    std::fs::create_dir_all(home.join(".aws/cli")).unwrap();
    std::fs::write(home.join(".aws/config"), "[default]\nregion = us-east-1\n").unwrap();
    if let Some(alias) = case["alias"].as_str() {
        std::fs::write(home.join(".aws/cli/alias"), alias).unwrap();
    }
    common::write_case_files(home, case);
}

/// A request as the fixture keeps it: method, path, sorted query pairs, body; idempotency
/// tokens as `{uuid}`.
fn normalized(request: &Value) -> Value {
    let text = serde_json::json!({
        "method": request["method"],
        "path": request["path"],
        "query": request["query"],
        "body": request["body"],
    })
    .to_string();
    let mut out = String::new();
    let mut rest = text.as_str();
    // UUIDs: 8-4-4-4-12 hex digits.
    while let Some(i) = rest.find('"') {
        out.push_str(&rest[..=i]);
        rest = &rest[i + 1..];
        let candidate = rest.get(..36).unwrap_or("");
        let is_uuid = candidate.len() == 36
            && candidate.char_indices().all(|(j, c)| {
                if [8, 13, 18, 23].contains(&j) {
                    c == '-'
                } else {
                    c.is_ascii_hexdigit()
                }
            });
        if is_uuid && rest[36..].starts_with('"') {
            out.push_str("{uuid}");
            rest = &rest[36..];
        }
    }
    out.push_str(rest);
    serde_json::from_str(&out).unwrap()
}

fn replay(case: &Value) -> Vec<String> {
    let name = case["name"].as_str().unwrap();
    let env = Env::new("iso8601");
    set_up(&env, case);
    let stub = Stub::start(vec![]);
    let mut cmd = env.command();
    cmd.env("HOME", &env.dir).env_remove("AWS_CONFIG_FILE");
    for (k, v) in case["env"].as_object().into_iter().flatten() {
        cmd.env(k, v.as_str().unwrap());
    }
    let args: Vec<&str> = case["args"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    let out = cmd
        .args(&args)
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    let home = env.dir.to_string_lossy().into_owned();
    let norm = |b: &[u8]| {
        String::from_utf8_lossy(b)
            .replace(&stub.url, "{endpoint}")
            .replace(&home, "{home}")
    };
    // A case iotmit answers otherwise on purpose carries its own answer.
    let expect = if case["ours"].is_object() {
        case["ours"].clone()
    } else {
        common::in_our_words(&case["expect"])
    };
    let want_stderr = expect["stderr"].as_str().unwrap_or_default().to_string();
    let requests: Vec<Value> = stub.requests().iter().map(normalized).collect();
    let mut diffs = Vec::new();
    if out.status.code().map(i64::from) != expect["exit"].as_i64() {
        diffs.push(format!(
            "{name}: exit {:?}, want {}",
            out.status.code(),
            expect["exit"]
        ));
    }
    if norm(&out.stdout) != expect["stdout"].as_str().unwrap() {
        diffs.push(format!(
            "{name}: stdout {:?}, want {:?}",
            norm(&out.stdout),
            expect["stdout"]
        ));
    }
    if norm(&out.stderr) != want_stderr {
        diffs.push(format!(
            "{name}: stderr {:?}, want {want_stderr:?}",
            norm(&out.stderr)
        ));
    }
    if Value::Array(requests.clone()) != expect["requests"] {
        diffs.push(format!(
            "{name}: requests {requests:?}, want {}",
            expect["requests"]
        ));
    }
    diffs
}

#[test]
fn every_recorded_case_agrees_with_v2() {
    let mut diffs = Vec::new();
    let mut agreed = 0;
    for case in cases() {
        let name = case["name"].as_str().unwrap_or_default();
        // A reason and iotmit's own answer go together, and that answer is not v2's.
        if case["why"].is_string() != case["ours"].is_object() {
            diffs.push(format!(
                "{name}: a reason ({}) without iotmit's recorded answer ({}), or the reverse",
                case["why"].is_string(),
                case["ours"].is_object()
            ));
            continue;
        }
        if case["ours"].is_object() && case["ours"] == common::in_our_words(&case["expect"]) {
            diffs.push(format!(
                "{name}: iotmit's recorded answer is v2's: drop the reason and the answer"
            ));
            continue;
        }
        let found = replay(&case);
        if found.is_empty() {
            agreed += 1;
        }
        diffs.extend(found);
    }
    assert!(
        diffs.is_empty(),
        "{agreed} agree; differences:\n{}",
        diffs.join("\n")
    );
}
