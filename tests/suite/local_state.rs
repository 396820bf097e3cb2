//! The state file: the demo data set on a fresh state, seed files (and their
//! errors), restarts on the same state (tasks advance while no server runs),
//! and several servers — threads and processes — writing one store at once.

use crate::local_common as common;

use std::io::BufRead;
use std::time::Duration;

use common::*;
use iotmit::local::ServeOptions;
use serde_json::{json, Value};

fn action_names(s: &Server) -> Vec<String> {
    let mut names = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let path = match &token {
            Some(t) => format!("/mitigationactions/actions?maxResults=250&nextToken={t}"),
            None => "/mitigationactions/actions?maxResults=250".to_string(),
        };
        let r = s.call("GET", &path, None);
        let v = r.expect_ok();
        names.extend(
            v["actionIdentifiers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| a["actionName"].as_str().unwrap().to_string()),
        );
        match v.get("nextToken").and_then(Value::as_str) {
            Some(t) => token = Some(t.to_string()),
            None => return names,
        }
    }
}

#[test]
fn fresh_state_gets_the_demo_data_set() {
    let dir = Scratch::new("demo");
    let s = Server::on_state(&dir.path("state.sqlite3"), 20);
    assert!(action_names(&s).is_empty());
    create_action(
        &s,
        "deact",
        json!({"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}),
    );
    create_action(
        &s,
        "quarantine",
        json!({"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine"]}}),
    );
    let created = create_action(
        &s,
        "sns",
        json!({"publishFindingToSnsParams": {"topicArn": "arn:aws:sns:us-east-1:123456789012:t"}}),
    );
    assert_eq!(
        created["actionArn"],
        "arn:aws:iot:us-east-1:123456789012:mitigationaction/sns"
    );
    s.call(
        "POST",
        "/audit/mitigationactions/tasks/demo-audit",
        Some(json!({
            "target": {"auditTaskId": "a1b2c3d4e5f60718293a4b5c6d7e8f90"},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["deact", "quarantine"], "IOT_POLICY_OVERLY_PERMISSIVE_CHECK": ["sns"]},
            "clientRequestToken": "demo"
        })),
    )
    .expect_ok();
    let d = eventually(20, || {
        let d = s
            .call("GET", "/audit/mitigationactions/tasks/demo-audit", None)
            .json;
        (d["taskStatus"] != "IN_PROGRESS").then_some(d)
    });
    assert_eq!(d["taskStatus"], "FAILED");
    assert_eq!(
        d["taskStatistics"]["DEVICE_CERTIFICATE_EXPIRING_CHECK"],
        json!({"totalFindingsCount": 3, "failedFindingsCount": 2, "succeededFindingsCount": 1, "skippedFindingsCount": 0, "canceledFindingsCount": 0})
    );
    assert_eq!(
        d["taskStatistics"]["IOT_POLICY_OVERLY_PERMISSIVE_CHECK"]["succeededFindingsCount"],
        1
    );
    s.call(
        "PUT",
        "/detect/mitigationactions/tasks/demo-detect",
        Some(json!({"target": {"securityProfileName": "smart-lights"}, "actions": ["quarantine"], "includeOnlyActiveViolations": true, "clientRequestToken": "demo"})),
    )
    .expect_ok();
    let d = eventually(20, || {
        let d = s
            .call("GET", "/detect/mitigationactions/tasks/demo-detect", None)
            .json;
        (d["taskSummary"]["taskStatus"] != "IN_PROGRESS").then_some(d)
    });
    assert_eq!(d["taskSummary"]["taskStatus"], "SUCCESSFUL");
    assert_eq!(d["taskSummary"]["taskStatistics"]["actionsExecuted"], 2);
}

#[test]
fn restart_keeps_everything_and_tasks_advance_meanwhile() {
    let dir = Scratch::new("restart");
    let state = dir.path("state.sqlite3");
    {
        let s = Server::with_seed(&dir, 300);
        create_standard_actions(&s);
        s.call(
            "POST",
            "/audit/mitigationactions/tasks/survivor",
            Some(json!({"target": {"auditTaskId": "audit-1"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns", "deact"]}, "clientRequestToken": "s"})),
        )
        .expect_ok();
        let d = s.call("GET", "/audit/mitigationactions/tasks/survivor", None);
        assert_eq!(d.json["taskStatus"], "IN_PROGRESS");
    }
    // No server runs while the task's time passes.
    std::thread::sleep(Duration::from_millis(2000));
    let s = Server::on_state(&state, 20);
    let names = action_names(&s);
    assert_eq!(names.len(), 7, "{names:?}");
    // The seed's world is kept (not replaced by the demo data set).
    let d = s.call("GET", "/audit/mitigationactions/tasks/survivor", None);
    let d = d.expect_ok();
    assert_eq!(d["taskStatus"], "FAILED", "{d}");
    // Each task keeps the execution time it started with: two waves of 300 ms (the findings
    // at once, each one's two actions one after another).
    let elapsed = d["endTime"].as_f64().unwrap() - d["startTime"].as_f64().unwrap();
    assert!((0.599..0.601).contains(&elapsed), "{elapsed}");
    let e = s.call(
        "GET",
        "/audit/mitigationactions/executions?taskId=survivor&findingId=f-revoked",
        None,
    );
    assert_eq!(e.json["actionsExecutions"][1]["status"], "FAILED");
    // The seeded account and region still shape new ARNs.
    let c = create_action(
        &s,
        "later",
        json!({"publishFindingToSnsParams": {"topicArn": "t"}}),
    );
    assert_eq!(
        c["actionArn"],
        "arn:aws:iot:eu-west-1:111122223333:mitigationaction/later"
    );
}

#[test]
fn seed_files_replace_the_world_and_bad_ones_load_nothing() {
    let dir = Scratch::new("seeds");
    let state = dir.path("state.sqlite3");
    {
        let s = Server::on_state(&state, 20);
        create_action(
            &s,
            "mine",
            json!({"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}),
        );
    }
    let bad_cases = [
        (
            "auditTasks:\n  - taskId: ok-1\n    findings:\n      - findingId: f1\n        checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK\n        reasonCode: X\n        resource: {type: DEVICE_CERTIFICATE, id: c1, state: BROKEN}\n",
            "line 7",
            "BROKEN",
        ),
        ("violations:\n  - violationId: v-1\n    securityProfileName: p\n", "line 2", "missing field"),
        ("account: \"12\"\n", "line 1", "12 digits"),
        ("auditTasks: [\n", "line", ""),
        (
            "violations:\n  - {violationId: v-1, securityProfileName: p, behaviorName: b, thingName: t, startTime: tomorrow}\n",
            "line 2",
            "tomorrow",
        ),
        (
            "things:\n  - thingName: t\n    thingGroups: [a, b, c, d, e, f, g, h, i, j, k]\n",
            "line 2",
            "at most 10",
        ),
        (
            "mitigationActions:\n  - actionName: x\n    roleArn: arn:aws:iam::111122223333:role/r\n    actionParams: {enableIoTLoggingParams: {roleArnForLogging: arn:aws:iam::111122223333:role/r, logLevel: DISABLED}}\n",
            "line",
            "DISABLED",
        ),
        ("", "", "empty"),
    ];
    for (i, (text, line, reason)) in bad_cases.iter().enumerate() {
        let seed = dir.write(&format!("bad-{i}.yaml"), text);
        let err = Server::try_start(ServeOptions {
            state: state.clone(),
            seed: Some(seed.clone()),
            execution_ms: 20,
            ..ServeOptions::default()
        })
        .err()
        .unwrap_or_default();
        assert!(err.contains(&seed.display().to_string()), "{err}");
        assert!(err.contains(line), "{err} lacks {line}");
        assert!(err.contains(reason), "{err} lacks {reason}");
    }
    // Nothing was loaded: the demo world and the action are still there.
    {
        let s = Server::on_state(&state, 20);
        assert_eq!(action_names(&s), ["mine"]);
        create_action(
            &s,
            "sns",
            json!({"publishFindingToSnsParams": {"topicArn": "t"}}),
        );
        s.call(
            "POST",
            "/audit/mitigationactions/tasks/on-demo",
            Some(json!({"target": {"findingIds": ["f-0007"]}, "auditCheckToActionsMapping": {"LOGGING_DISABLED_CHECK": ["sns"]}, "clientRequestToken": "x"})),
        )
        .expect_ok();
    }
    // A good seed replaces the world and keeps the actions and tasks.
    let seed = dir.write("good.yaml", TEST_SEED);
    let s = Server::start(ServeOptions {
        state: state.clone(),
        seed: Some(seed),
        execution_ms: 20,
        ..ServeOptions::default()
    });
    assert_eq!(action_names(&s), ["mine", "sns", "seeded-sns"]);
    s.call("GET", "/audit/mitigationactions/tasks/on-demo", None)
        .expect_ok();
    let r = s.call(
        "POST",
        "/audit/mitigationactions/tasks/on-old",
        Some(json!({"target": {"findingIds": ["f-0007"]}, "auditCheckToActionsMapping": {"LOGGING_DISABLED_CHECK": ["sns"]}, "clientRequestToken": "y"})),
    );
    r.expect_error(400, "InvalidRequestException");
    assert!(r.message().contains("f-0007"));
}

#[test]
fn concurrent_servers_in_threads_store_every_row() {
    let dir = Scratch::new("threads");
    let state = dir.path("state.sqlite3");
    let a = Server::on_state(&state, 20);
    let b = Server::on_state(&state, 20);
    let addrs = [a.addr, b.addr];
    let mut handles = Vec::new();
    for w in 0..6 {
        let addr = addrs[w % 2];
        handles.push(std::thread::spawn(move || {
            for i in 0..25 {
                let body = json!({"roleArn": ROLE, "actionParams": {"publishFindingToSnsParams": {"topicArn": format!("t-{w}-{i}")}}}).to_string();
                let r = call(addr, "POST", &format!("/mitigationactions/actions/w{w}-{i}"), Some(&body), true);
                assert_eq!(r.status, 200, "{}", r.text);
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let names = action_names(&a);
    assert_eq!(names.len(), 150);
    assert_eq!(action_names(&b), names);
}

/// Runs as a separate server process for `concurrent_processes_store_every_row`.
#[test]
#[ignore = "started as a child process by concurrent_processes_store_every_row"]
fn child_server_process() {
    let Ok(state) = std::env::var("IOTMIT_LOCAL_TEST_CHILD_STATE") else {
        return;
    };
    let s = Server::on_state(std::path::Path::new(&state), 20);
    println!("listening on http://{}", s.addr);
    // Serve until the parent closes our stdin (or a minute passes).
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::stdin().lock().read_line(&mut line);
        let _ = tx.send(());
    });
    let _ = rx.recv_timeout(Duration::from_secs(60));
}

#[test]
fn concurrent_processes_store_every_row() {
    let dir = Scratch::new("processes");
    let state = dir.path("state.sqlite3");
    let exe = std::env::current_exe().unwrap();
    let mut children = Vec::new();
    let mut addrs = Vec::new();
    for _ in 0..2 {
        let mut child = std::process::Command::new(&exe)
            .args([
                "--exact",
                "local_state::child_server_process",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("IOTMIT_LOCAL_TEST_CHILD_STATE", &state)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut lines = std::io::BufReader::new(stdout).lines();
        let addr = loop {
            let line = lines.next().expect("child prints its address").unwrap();
            // libtest prints the test's name on the same line first.
            if let Some(pos) = line.find("listening on http://") {
                let a = &line[pos + "listening on http://".len()..];
                break a.trim().parse::<std::net::SocketAddr>().unwrap();
            }
        };
        addrs.push(addr);
        children.push(child);
    }
    let mut handles = Vec::new();
    for w in 0..4 {
        let addr = addrs[w % 2];
        handles.push(std::thread::spawn(move || {
            for i in 0..20 {
                let body = json!({"roleArn": ROLE, "actionParams": {"publishFindingToSnsParams": {"topicArn": format!("t-{w}-{i}")}}}).to_string();
                let r = call(addr, "POST", &format!("/mitigationactions/actions/p{w}-{i}"), Some(&body), true);
                assert_eq!(r.status, 200, "{}", r.text);
                if i % 5 == 0 {
                    let body = json!({"target": {"findingIds": ["f-0007"]}, "auditCheckToActionsMapping": {"LOGGING_DISABLED_CHECK": ["p0-0"]}, "clientRequestToken": format!("c{w}-{i}")}).to_string();
                    let r = call(addr, "POST", &format!("/audit/mitigationactions/tasks/t{w}-{i}"), Some(&body), true);
                    assert!(r.status == 200 || r.status == 400, "{}", r.text);
                }
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    // A third server, in this process, sees every row.
    let s = Server::on_state(&state, 20);
    let names = action_names(&s);
    assert_eq!(names.len(), 80);
    for mut child in children {
        drop(child.stdin.take());
        let _ = child.wait();
    }
}
