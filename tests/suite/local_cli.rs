//! The local endpoint driven through iotmit itself — the real SDK over loopback — as a user runs
//! it: `--local-state` for in-process runs, `iotmit local serve` for a server other processes use.

use crate::common;

use common::Env;
use serde_json::Value;
use std::io::BufRead;
use std::process::{Command, Stdio};

const ROLE: &str = "arn:aws:iam::123456789012:role/MitigationRole";
const AUDIT: &str = "a1b2c3d4e5f60718293a4b5c6d7e8f90";

struct Local {
    env: Env,
}

impl Local {
    fn new() -> Local {
        Local {
            env: Env::new("wire"),
        }
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = self.env.command();
        c.arg("--local-state")
            .arg(self.env.dir.join("state.sqlite3"))
            .env("IOTMIT_LOCAL_EXECUTION_MS", "20")
            .args(args);
        c
    }

    /// Runs a command that must succeed; returns its JSON output (null when it printed nothing).
    fn ok(&self, args: &[&str]) -> Value {
        let out = self.cmd(args).output().unwrap();
        assert!(
            out.status.success(),
            "{args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        if out.stdout.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&out.stdout).unwrap()
        }
    }

    /// Runs a command that must fail with a service error; returns stderr.
    fn service_error(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(254),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.stdout.is_empty());
        String::from_utf8_lossy(&out.stderr).into_owned()
    }

    fn create(&self, name: &str, params: &str) -> Value {
        self.ok(&[
            "create-mitigation-action",
            "--action-name",
            name,
            "--role-arn",
            ROLE,
            "--action-params",
            params,
        ])
    }

    fn wait_audit(&self, task: &str) -> Value {
        for _ in 0..200 {
            let d = self.ok(&["describe-audit-mitigation-actions-task", "--task-id", task]);
            if d["taskStatus"] != "IN_PROGRESS" {
                return d;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        panic!("audit task {task} did not end");
    }
}

#[test]
fn actions_are_created_described_updated_listed_and_deleted() {
    let l = Local::new();
    let created = l.create(
        "Deactivate",
        "updateDeviceCertificateParams={action=DEACTIVATE}",
    );
    assert_eq!(
        created["actionArn"],
        "arn:aws:iot:us-east-1:123456789012:mitigationaction/Deactivate"
    );
    let id = created["actionId"].as_str().unwrap();
    assert_eq!(id.len(), 36);
    let d = l.ok(&["describe-mitigation-action", "--action-name", "Deactivate"]);
    assert_eq!(d["actionType"], "UPDATE_DEVICE_CERTIFICATE");
    assert_eq!(d["actionId"], id);
    assert!(d["creationDate"].is_number());
    l.ok(&[
        "update-mitigation-action",
        "--action-name",
        "Deactivate",
        "--role-arn",
        "arn:aws:iam::123456789012:role/Other",
    ]);
    let d = l.ok(&[
        "describe-mitigation-action",
        "--action-name",
        "Deactivate",
        "--query",
        "roleArn",
    ]);
    assert_eq!(d, "arn:aws:iam::123456789012:role/Other");
    let err = l.service_error(&["describe-mitigation-action", "--action-name", "Ghost"]);
    assert!(err.contains("An error occurred (ResourceNotFoundException) when calling the DescribeMitigationAction operation"), "{err}");
    let err = l.service_error(&[
        "create-mitigation-action",
        "--action-name",
        "Deactivate",
        "--role-arn",
        ROLE,
        "--action-params",
        "publishFindingToSnsParams={topicArn=arn:aws:sns:us-east-1:123456789012:t}",
    ]);
    assert!(err.contains("(ResourceAlreadyExistsException)"), "{err}");
    assert_eq!(
        l.ok(&["delete-mitigation-action", "--action-name", "Deactivate"]),
        Value::Null
    );
    assert_eq!(
        l.ok(&["delete-mitigation-action", "--action-name", "Deactivate"]),
        Value::Null
    );
    let listed = l.ok(&["list-mitigation-actions"]);
    assert_eq!(listed, serde_json::json!({"actionIdentifiers": []}));
}

#[test]
fn listing_follows_pages_and_resumes_from_a_token() {
    let l = Local::new();
    for i in 0..7 {
        l.create(
            &format!("A{i}"),
            "updateDeviceCertificateParams={action=DEACTIVATE}",
        );
    }
    l.create(
        "Sns",
        "publishFindingToSnsParams={topicArn=arn:aws:sns:us-east-1:123456789012:t}",
    );
    let names = l.ok(&[
        "list-mitigation-actions",
        "--page-size",
        "3",
        "--query",
        "actionIdentifiers[].actionName",
    ]);
    assert_eq!(
        names,
        serde_json::json!(["A0", "A1", "A2", "A3", "A4", "A5", "A6", "Sns"])
    );
    let first = l.ok(&[
        "list-mitigation-actions",
        "--page-size",
        "3",
        "--max-items",
        "4",
    ]);
    assert_eq!(first["actionIdentifiers"].as_array().unwrap().len(), 4);
    let token = first["NextToken"].as_str().unwrap();
    let rest = l.ok(&[
        "list-mitigation-actions",
        "--page-size",
        "3",
        "--starting-token",
        token,
        "--query",
        "actionIdentifiers[].actionName",
    ]);
    assert_eq!(rest, serde_json::json!(["A4", "A5", "A6", "Sns"]));
    let page = l.ok(&[
        "list-mitigation-actions",
        "--no-paginate",
        "--max-results",
        "2",
    ]);
    assert_eq!(page["actionIdentifiers"].as_array().unwrap().len(), 2);
    assert!(page["nextToken"].is_string());
    let sns = l.ok(&[
        "list-mitigation-actions",
        "--action-type",
        "PUBLISH_FINDING_TO_SNS",
        "--query",
        "actionIdentifiers[].actionName",
    ]);
    assert_eq!(sns, serde_json::json!(["Sns"]));
}

#[test]
fn an_audit_task_fails_on_a_revoked_certificate_and_skips_the_later_actions() {
    let l = Local::new();
    l.create(
        "Deactivate",
        "updateDeviceCertificateParams={action=DEACTIVATE}",
    );
    l.create(
        "Quarantine",
        "addThingsToThingGroupParams={thingGroupNames=[quarantine]}",
    );
    let started = l.ok(&[
        "start-audit-mitigation-actions-task",
        "--task-id",
        "fix-1",
        "--target",
        &format!("auditTaskId={AUDIT}"),
        "--audit-check-to-actions-mapping",
        "DEVICE_CERTIFICATE_EXPIRING_CHECK=Deactivate,Quarantine",
        "--client-request-token",
        "tok-1",
    ]);
    assert_eq!(started, serde_json::json!({"taskId": "fix-1"}));
    let done = l.wait_audit("fix-1");
    assert_eq!(done["taskStatus"], "FAILED");
    let stats = &done["taskStatistics"]["DEVICE_CERTIFICATE_EXPIRING_CHECK"];
    assert_eq!(stats["totalFindingsCount"], 3);
    assert!(stats["failedFindingsCount"].as_i64().unwrap() >= 1);
    let revoked = l.ok(&[
        "list-audit-mitigation-actions-executions",
        "--task-id",
        "fix-1",
        "--finding-id",
        "f-0002",
    ]);
    let execs = revoked["actionsExecutions"].as_array().unwrap();
    let by_action = |name: &str| {
        execs
            .iter()
            .find(|e| e["actionName"] == name)
            .unwrap()
            .clone()
    };
    assert_eq!(by_action("Deactivate")["status"], "FAILED");
    assert_eq!(
        by_action("Deactivate")["errorCode"],
        "INVALID_STATE_OF_RESOURCE"
    );
    assert_eq!(by_action("Quarantine")["status"], "SKIPPED");
    let failed = l.ok(&[
        "list-audit-mitigation-actions-executions",
        "--task-id",
        "fix-1",
        "--finding-id",
        "f-0002",
        "--action-status",
        "FAILED",
        "--query",
        "actionsExecutions[].actionName",
    ]);
    assert_eq!(failed, serde_json::json!(["Deactivate"]));
    let tasks = l.ok(&[
        "list-audit-mitigation-actions-tasks",
        "--start-time",
        "2020-01-01",
        "--end-time",
        "2100-01-01",
        "--query",
        "tasks[].[taskId, taskStatus]",
    ]);
    assert_eq!(tasks, serde_json::json!([["fix-1", "FAILED"]]));
}

#[test]
fn task_ids_and_tokens_are_idempotent_and_conflicts_are_refused() {
    let l = Local::new();
    l.create(
        "Deactivate",
        "updateDeviceCertificateParams={action=DEACTIVATE}",
    );
    let args = |token: &str| {
        vec![
            "start-audit-mitigation-actions-task".to_string(),
            "--task-id".into(),
            "t1".into(),
            "--target".into(),
            "findingIds=f-0001".into(),
            "--audit-check-to-actions-mapping".into(),
            "DEVICE_CERTIFICATE_EXPIRING_CHECK=Deactivate".into(),
            "--client-request-token".into(),
            token.into(),
        ]
    };
    let a: Vec<String> = args("same");
    let a: Vec<&str> = a.iter().map(String::as_str).collect();
    assert_eq!(l.ok(&a), serde_json::json!({"taskId": "t1"}));
    assert_eq!(l.ok(&a), serde_json::json!({"taskId": "t1"}));
    let b: Vec<String> = args("other");
    let b: Vec<&str> = b.iter().map(String::as_str).collect();
    let err = l.service_error(&b);
    assert!(err.contains("(TaskAlreadyExistsException)"), "{err}");
}

#[test]
fn a_canceled_detect_task_stops_its_pending_executions() {
    let l = Local::new();
    l.create(
        "Quarantine",
        "addThingsToThingGroupParams={thingGroupNames=[quarantine]}",
    );
    let mut cmd = l.cmd(&[
        "start-detect-mitigation-actions-task",
        "--task-id",
        "d1",
        "--target",
        "securityProfileName=smart-lights",
        "--actions",
        "Quarantine",
        "--client-request-token",
        "tok",
    ]);
    // Slow executions, so that the task is still running when it is canceled.
    cmd.env("IOTMIT_LOCAL_EXECUTION_MS", "60000");
    assert!(cmd.output().unwrap().status.success());
    assert_eq!(
        l.ok(&["cancel-detect-mitigation-actions-task", "--task-id", "d1"]),
        Value::Null
    );
    let d = l.ok(&["describe-detect-mitigation-actions-task", "--task-id", "d1"]);
    assert_eq!(d["taskSummary"]["taskStatus"], "CANCELED");
    let err = l.service_error(&[
        "cancel-detect-mitigation-actions-task",
        "--task-id",
        "ghost",
    ]);
    assert!(err.contains("(ResourceNotFoundException)"), "{err}");
}

#[test]
fn a_detect_task_by_violation_ids_succeeds_per_thing() {
    let l = Local::new();
    l.create(
        "Quarantine",
        "addThingsToThingGroupParams={thingGroupNames=[quarantine]}",
    );
    l.ok(&[
        "start-detect-mitigation-actions-task",
        "--task-id",
        "d2",
        "--target",
        "violationIds=9a8b7c6d-0001,9a8b7c6d-0002",
        "--actions",
        "Quarantine",
    ]);
    let mut status = Value::Null;
    for _ in 0..200 {
        status = l.ok(&[
            "describe-detect-mitigation-actions-task",
            "--task-id",
            "d2",
            "--query",
            "taskSummary.taskStatus",
        ]);
        if status != "IN_PROGRESS" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    assert_eq!(status, "SUCCESSFUL");
    let things = l.ok(&[
        "list-detect-mitigation-actions-executions",
        "--task-id",
        "d2",
        "--query",
        "sort(actionsExecutions[].thingName)",
    ]);
    assert_eq!(things, serde_json::json!(["lamp-17", "lamp-18"]));
    let stats = l.ok(&[
        "describe-detect-mitigation-actions-task",
        "--task-id",
        "d2",
        "--query",
        "taskSummary.taskStatistics",
    ]);
    assert_eq!(
        stats,
        serde_json::json!({"actionsExecuted": 2, "actionsSkipped": 0, "actionsFailed": 0})
    );
}

#[test]
fn concurrent_processes_store_every_action() {
    let l = Local::new();
    let children: Vec<_> = (0..4)
        .map(|p| {
            let script: Vec<String> = (0..10).map(|i| format!("P{p}x{i}")).collect();
            let state = l.env.dir.join("state.sqlite3");
            let dir = l.env.dir.clone();
            let bin = env!("CARGO_BIN_EXE_iotmit");
            std::thread::spawn(move || {
                for name in script {
                    let out = Command::new(bin)
                        .current_dir(&dir)
                        .env("AWS_CONFIG_FILE", dir.join("config"))
                        .env_remove("AWS_PROFILE")
                        .args([
                            "--local-state",
                            state.to_str().unwrap(),
                            "create-mitigation-action",
                            "--action-name",
                            &name,
                            "--role-arn",
                            ROLE,
                            "--action-params",
                            "updateDeviceCertificateParams={action=DEACTIVATE}",
                        ])
                        .output()
                        .unwrap();
                    assert!(
                        out.status.success(),
                        "{name}: {}",
                        String::from_utf8_lossy(&out.stderr)
                    );
                }
            })
        })
        .collect();
    for c in children {
        c.join().unwrap();
    }
    let count = l.ok(&[
        "list-mitigation-actions",
        "--query",
        "length(actionIdentifiers)",
    ]);
    assert_eq!(count, 40);
}

#[test]
fn a_served_endpoint_keeps_its_state_across_restarts() {
    let env = Env::new("iso8601");
    let state = env.dir.join("served.sqlite3");
    let serve = || {
        let mut child = Command::new(env!("CARGO_BIN_EXE_iotmit"))
            .args([
                "local",
                "serve",
                "--port",
                "0",
                "--state",
                state.to_str().unwrap(),
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert!(line.starts_with("listening on http://127.0.0.1:"), "{line}");
        (
            child,
            line.trim().trim_start_matches("listening on ").to_string(),
        )
    };
    let (mut first, url) = serve();
    let out = env
        .command()
        .args([
            "create-mitigation-action",
            "--action-name",
            "Kept",
            "--role-arn",
            ROLE,
            "--action-params",
            "updateDeviceCertificateParams={action=DEACTIVATE}",
            "--endpoint-url",
            &url,
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    first.kill().unwrap();
    first.wait().unwrap();
    let (mut second, url) = serve();
    let out = env
        .command()
        .args([
            "describe-mitigation-action",
            "--action-name",
            "Kept",
            "--query",
            "actionName",
            "--endpoint-url",
            &url,
        ])
        .output()
        .unwrap();
    second.kill().unwrap();
    second.wait().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\"Kept\"\n");
}

#[test]
fn unsigned_requests_are_refused() {
    let env = Env::new("iso8601");
    let state = env.dir.join("s.sqlite3");
    let mut child = Command::new(env!("CARGO_BIN_EXE_iotmit"))
        .args(["local", "serve", "--state", state.to_str().unwrap()])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().trim_start_matches("listening on ").to_string();
    let out = env
        .command()
        .args([
            "list-mitigation-actions",
            "--no-sign-request",
            "--endpoint-url",
            &url,
        ])
        .output()
        .unwrap();
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(out.status.code(), Some(254));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "\niotmit: [ERROR]: An error occurred (MissingAuthenticationTokenException) when calling the ListMitigationActions operation: Missing Authentication Token\n"
    );
}

#[test]
fn more_than_ten_tasks_in_progress_hit_the_limit() {
    let l = Local::new();
    l.create(
        "Quarantine",
        "addThingsToThingGroupParams={thingGroupNames=[quarantine]}",
    );
    let start = |i: usize| {
        let task = format!("d{i}");
        let mut cmd = l.cmd(&[
            "start-detect-mitigation-actions-task",
            "--task-id",
            &task,
            "--target",
            "violationIds=9a8b7c6d-0001",
            "--actions",
            "Quarantine",
        ]);
        cmd.env("IOTMIT_LOCAL_EXECUTION_MS", "60000");
        cmd.output().unwrap()
    };
    for i in 0..10 {
        let out = start(i);
        assert!(
            out.status.success(),
            "{i}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = start(10);
    assert_eq!(out.status.code(), Some(254));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("(LimitExceededException)"), "{err}");
}

#[test]
fn a_seed_file_defines_the_findings_and_a_malformed_one_is_refused() {
    let env = Env::new("iso8601");
    let seed = env.dir.join("seed.yaml");
    std::fs::write(
        &seed,
        "account: \"210987654321\"\nregion: eu-west-1\nauditTasks:\n  - taskId: 00112233445566778899aabbccddeeff\n    findings:\n      - findingId: mine-1\n        checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK\n        reasonCode: CERTIFICATE_APPROACHING_EXPIRATION\n        resource: {type: DEVICE_CERTIFICATE, id: abcdef01, state: INACTIVE}\n",
    )
    .unwrap();
    let state = env.dir.join("seeded.sqlite3");
    let mut child = Command::new(env!("CARGO_BIN_EXE_iotmit"))
        .args([
            "local",
            "serve",
            "--execution-ms",
            "10",
            "--state",
            state.to_str().unwrap(),
            "--seed",
            seed.to_str().unwrap(),
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let url = line.trim().trim_start_matches("listening on ").to_string();
    let run = |args: &[&str]| {
        let out = env
            .command()
            .args(args)
            .args(["--endpoint-url", &url])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let created = run(&[
        "create-mitigation-action",
        "--action-name",
        "D",
        "--role-arn",
        ROLE,
        "--action-params",
        "updateDeviceCertificateParams={action=DEACTIVATE}",
        "--query",
        "actionArn",
    ]);
    assert_eq!(
        created,
        "\"arn:aws:iot:eu-west-1:210987654321:mitigationaction/D\"\n"
    );
    run(&[
        "start-audit-mitigation-actions-task",
        "--task-id",
        "s1",
        "--target",
        "findingIds=mine-1",
        "--audit-check-to-actions-mapping",
        "DEVICE_CERTIFICATE_EXPIRING_CHECK=D",
    ]);
    let mut status = String::new();
    for _ in 0..100 {
        status = run(&[
            "describe-audit-mitigation-actions-task",
            "--task-id",
            "s1",
            "--query",
            "taskStatus",
        ]);
        if status != "\"IN_PROGRESS\"\n" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(status, "\"FAILED\"\n");

    std::fs::write(&seed, "account: \"210987654321\"\nviolations:\n  - violationId: v1\n    thingName: [not, a, name]\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_iotmit"))
        .args([
            "local",
            "serve",
            "--state",
            env.dir.join("other.sqlite3").to_str().unwrap(),
            "--seed",
            seed.to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(253));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("invalid seed file") && err.contains("line 3"),
        "{err}"
    );
}

#[test]
fn local_serve_help_prints_the_usage_and_starts_nothing() {
    let env = Env::new("wire");
    for args in [
        ["local", "serve", "--help"],
        ["local", "serve", "help"],
        ["local", "--help", "serve"],
    ] {
        let out = env.command().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.starts_with("usage: iotmit local serve [--port N]")
                && stdout.contains("--credentials FILE"),
            "{args:?}: {stdout}"
        );
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
}

/// The usage of `local serve`, printed after each of its errors.
const SERVE_USAGE: &str = "usage: iotmit local serve [--port N] [--bind ADDR] [--state FILE] [--seed FILE] [--execution-ms N]
                          [--faults throttle=P,error=P,latency=DURATION,reset=P] [--fault-seed N]
                          [--credentials FILE]
";

#[test]
fn local_serve_refuses_bad_values_and_unknown_words_with_its_usage() {
    let env = Env::new("wire");
    let cases: &[(&[&str], &str)] = &[
        (&["--port", "x"], "argument --port: invalid port 'x'"),
        (&["--port=70000"], "argument --port: invalid port '70000'"),
        (&["--po", "-1"], "argument --port: invalid port '-1'"),
        (&["--port"], "argument --port: expected one argument"),
        (
            &["--port", "--bind"],
            "argument --port: invalid port '--bind'",
        ),
        (
            &["--port", "1", "--port", "x"],
            "argument --port: invalid port 'x'",
        ),
        (
            &["--bind", "nope"],
            "argument --bind: invalid address 'nope'",
        ),
        (
            &["--faults", "bogus"],
            "argument --faults: 'bogus' is not NAME=VALUE",
        ),
        (
            &["--faults", "throttle=2"],
            "argument --faults: throttle: expected a fraction from 0 to 1, got '2'",
        ),
        (
            &["--faults=latency=5x"],
            "argument --faults: latency: expected a duration such as 200ms or 2s, got '5x'",
        ),
        (
            &["--execution-ms", "-1"],
            "argument --execution-ms: expected milliseconds, got '-1'",
        ),
        (
            &["--fault-seed", "1.5"],
            "argument --fault-seed: expected a whole number, got '1.5'",
        ),
        (
            &["--fault", "1"],
            "ambiguous option: --fault could match --faults, --fault-seed",
        ),
        (&["--state"], "argument --state: expected one argument"),
        (&["--bogus", "1"], "Unknown options: --bogus, 1"),
        (&["extra", "-x"], "Unknown options: -x, extra"),
        (&["--", "--port", "1"], "Unknown options: --port, 1"),
    ];
    for (words, why) in cases {
        let out = env
            .command()
            .args(["local", "serve"])
            .args(*words)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(252), "{words:?}");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "", "{words:?}");
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            format!(
                "\niotmit: [ERROR]: An error occurred (ParamValidation): {why}\n{SERVE_USAGE}\n{}",
                common::USAGE
            ),
            "{words:?}"
        );
    }
    let out = env.command().args(["local", "frob"]).output().unwrap();
    assert_eq!(out.status.code(), Some(252));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with(
        "\niotmit: [ERROR]: An error occurred (ParamValidation): argument local: Invalid choice: 'frob' (choose from 'serve', 'advance', 'published', 'report-metric')\nusage: iotmit local serve"
    ));
}

#[test]
fn local_serve_reads_a_credentials_file_and_says_why_it_cannot() {
    let env = Env::new("wire");
    let missing = env.dir.join("missing-credentials");
    let out = env
        .command()
        .args(["local", "serve", "--credentials"])
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(252));
    let err = String::from_utf8_lossy(&out.stderr);
    let want = format!(
        "argument --credentials: cannot read the credentials file {}: ",
        missing.display()
    );
    assert!(err.contains(&want), "{err}");
}
