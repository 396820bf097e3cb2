//! Audit mitigation actions tasks over the wire: targets, validation,
//! idempotent starts, the in-progress limit, time-derived progress, failure and
//! skip rules, statistics, cancel, and the list operations.

use crate::local_common as common;

use std::time::Duration;

use common::*;
use serde_json::{json, Value};

fn start(s: &Server, id: &str, body: Value) -> Resp {
    s.call(
        "POST",
        &format!("/audit/mitigationactions/tasks/{id}"),
        Some(body),
    )
}

fn describe(s: &Server, id: &str) -> Value {
    s.call("GET", &format!("/audit/mitigationactions/tasks/{id}"), None)
        .expect_ok()
        .clone()
}

fn executions(s: &Server, id: &str, finding: &str) -> Vec<Value> {
    s.call(
        "GET",
        &format!("/audit/mitigationactions/executions?taskId={id}&findingId={finding}"),
        None,
    )
    .expect_ok()["actionsExecutions"]
        .as_array()
        .unwrap()
        .clone()
}

fn statuses(execs: &[Value]) -> Vec<String> {
    execs
        .iter()
        .map(|e| e["status"].as_str().unwrap().to_string())
        .collect()
}

fn wait_done(s: &Server, id: &str) -> Value {
    eventually(20, || {
        let d = describe(s, id);
        (d["taskStatus"] != "IN_PROGRESS").then_some(d)
    })
}

#[test]
fn failure_and_skip_rules_with_statistics() {
    let dir = Scratch::new("audit-rules");
    let s = Server::with_seed(&dir, 20);
    create_standard_actions(&s);
    let r = start(
        &s,
        "task-1",
        json!({
            "target": {"auditTaskId": "audit-1"},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["deact", "quarantine", "sns"]},
            "clientRequestToken": "token-1"
        }),
    );
    assert_eq!(r.expect_ok(), &json!({"taskId": "task-1"}));
    let d = wait_done(&s, "task-1");
    assert_eq!(d["taskStatus"], "FAILED", "{d}");
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "taskStatus",
            "startTime",
            "endTime",
            "taskStatistics",
            "target",
            "auditCheckToActionsMapping",
            "actionsDefinition"
        ]
    );
    assert_eq!(
        d["taskStatistics"],
        json!({"DEVICE_CERTIFICATE_EXPIRING_CHECK": {
            "totalFindingsCount": 3, "failedFindingsCount": 2, "succeededFindingsCount": 1,
            "skippedFindingsCount": 0, "canceledFindingsCount": 0}})
    );
    assert_eq!(d["target"], json!({"auditTaskId": "audit-1"}));
    assert_eq!(
        d["auditCheckToActionsMapping"],
        json!({"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["deact", "quarantine", "sns"]})
    );
    let defs = d["actionsDefinition"].as_array().unwrap();
    assert_eq!(defs.len(), 3);
    assert_eq!(defs[0]["name"], "deact");
    assert_eq!(
        defs[0]["actionParams"],
        json!({"updateDeviceCertificateParams": {"action": "DEACTIVATE"}})
    );
    assert!(defs[0]["id"].as_str().unwrap().len() == 36);
    assert_eq!(defs[0]["roleArn"], ROLE);
    // Duration: three waves of 20 ms. The findings are mitigated at once, each one's actions
    // one after another: f-ok's three take three waves, the others' first action runs in the
    // first wave and fails, and their later actions are skipped, taking no time.
    let elapsed = d["endTime"].as_f64().unwrap() - d["startTime"].as_f64().unwrap();
    assert!((0.059..0.061).contains(&elapsed), "{elapsed}");

    let ok = executions(&s, "task-1", "f-ok");
    assert_eq!(statuses(&ok), ["COMPLETED", "COMPLETED", "COMPLETED"]);
    let keys: Vec<&str> = ok[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "taskId",
            "findingId",
            "actionName",
            "actionId",
            "status",
            "startTime",
            "endTime"
        ]
    );
    assert_eq!(ok[0]["actionName"], "deact");
    assert_eq!(ok[1]["startTime"], ok[0]["endTime"]);

    // Revoked certificate: deactivation fails, the later actions are skipped.
    let revoked = executions(&s, "task-1", "f-revoked");
    assert_eq!(statuses(&revoked), ["FAILED", "SKIPPED", "SKIPPED"]);
    assert_eq!(revoked[0]["errorCode"], "INVALID_STATE_OF_RESOURCE");
    assert!(revoked[0]["message"].as_str().unwrap().contains("REVOKED"));
    assert!(revoked[1].get("errorCode").is_none());

    // Thing already in 10 groups: adding it fails.
    let full = executions(&s, "task-1", "f-full");
    assert_eq!(statuses(&full), ["COMPLETED", "FAILED", "SKIPPED"]);
    assert_eq!(full[1]["errorCode"], "INVALID_STATE_OF_RESOURCE");
    assert!(full[1]["message"].as_str().unwrap().contains("thing-full"));

    // Filter by status.
    let failed = s.call(
        "GET",
        "/audit/mitigationactions/executions?taskId=task-1&findingId=f-full&actionStatus=FAILED",
        None,
    );
    assert_eq!(
        failed.json["actionsExecutions"].as_array().unwrap().len(),
        1
    );

    // The effects stay: cert-ok is INACTIVE now, so deactivating it again fails.
    start(
        &s,
        "task-2",
        json!({
            "target": {"findingIds": ["f-ok"]},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["deact"]},
            "clientRequestToken": "token-2"
        }),
    )
    .expect_ok();
    let d = wait_done(&s, "task-2");
    assert_eq!(d["taskStatus"], "FAILED");
    let e = executions(&s, "task-2", "f-ok");
    assert!(
        e[0]["message"].as_str().unwrap().contains("INACTIVE"),
        "{}",
        e[0]
    );

    // Dynamic groups give way when overrideDynamicGroups is set.
    start(
        &s,
        "task-3",
        json!({
            "target": {"auditTaskId": "audit-2"},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["quarantine", "quarantine-override"]},
            "clientRequestToken": "token-3"
        }),
    )
    .expect_ok();
    let d = wait_done(&s, "task-3");
    assert_eq!(d["taskStatus"], "FAILED");
    assert_eq!(
        statuses(&executions(&s, "task-3", "f-other")),
        ["FAILED", "SKIPPED"]
    );
    start(
        &s,
        "task-4",
        json!({
            "target": {"auditTaskId": "audit-2"},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["quarantine-override", "quarantine"]},
            "clientRequestToken": "token-4"
        }),
    )
    .expect_ok();
    let d = wait_done(&s, "task-4");
    assert_eq!(d["taskStatus"], "COMPLETED", "{d}");
    assert_eq!(
        statuses(&executions(&s, "task-4", "f-other")),
        ["COMPLETED", "COMPLETED"]
    );

    // A CA certificate, several checks at once.
    start(
        &s,
        "task-5",
        json!({
            "target": {"findingIds": ["f-ca", "f-log", "f-ca"]},
            "auditCheckToActionsMapping": {
                "CA_CERTIFICATE_EXPIRING_CHECK": ["deact-ca", "sns"],
                "LOGGING_DISABLED_CHECK": ["logging"]
            },
            "clientRequestToken": "token-5"
        }),
    )
    .expect_ok();
    let d = wait_done(&s, "task-5");
    assert_eq!(d["taskStatus"], "COMPLETED");
    assert_eq!(
        d["target"],
        json!({"findingIds": ["f-ca", "f-log", "f-ca"]})
    );
    assert_eq!(
        d["taskStatistics"]["CA_CERTIFICATE_EXPIRING_CHECK"]["succeededFindingsCount"],
        1
    );
    assert_eq!(
        d["taskStatistics"]["LOGGING_DISABLED_CHECK"]["totalFindingsCount"],
        1
    );

    // Nothing to do: the task ends at once, its checks counted with zeros.
    start(
        &s,
        "task-6",
        json!({
            "target": {"auditTaskId": "audit-2"},
            "auditCheckToActionsMapping": {"LOGGING_DISABLED_CHECK": ["sns"]},
            "clientRequestToken": "token-6"
        }),
    )
    .expect_ok();
    let d = describe(&s, "task-6");
    assert_eq!(d["taskStatus"], "COMPLETED");
    assert_eq!(d["startTime"], d["endTime"]);
    assert_eq!(
        d["taskStatistics"]["LOGGING_DISABLED_CHECK"]["totalFindingsCount"],
        0
    );
}

#[test]
fn reason_code_filter_skips_findings() {
    let dir = Scratch::new("audit-filter");
    let s = Server::with_seed(&dir, 20);
    create_standard_actions(&s);
    start(
        &s,
        "filtered",
        json!({
            "target": {"auditTaskId": "audit-1", "auditCheckToReasonCodeFilter": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["CERTIFICATE_PAST_EXPIRATION"]}},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]},
            "clientRequestToken": "tok"
        }),
    )
    .expect_ok();
    let d = wait_done(&s, "filtered");
    assert_eq!(d["taskStatus"], "COMPLETED");
    assert_eq!(
        d["taskStatistics"]["DEVICE_CERTIFICATE_EXPIRING_CHECK"],
        json!({"totalFindingsCount": 3, "failedFindingsCount": 0, "succeededFindingsCount": 1,
               "skippedFindingsCount": 2, "canceledFindingsCount": 0})
    );
    assert_eq!(
        d["target"]["auditCheckToReasonCodeFilter"],
        json!({"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["CERTIFICATE_PAST_EXPIRATION"]})
    );
    assert!(executions(&s, "filtered", "f-ok").is_empty());
    assert_eq!(
        statuses(&executions(&s, "filtered", "f-revoked")),
        ["COMPLETED"]
    );
}

#[test]
fn progress_is_derived_from_time() {
    let dir = Scratch::new("audit-time");
    let s = Server::with_seed(&dir, 2000);
    create_standard_actions(&s);
    let started = std::time::Instant::now();
    start(
        &s,
        "slow",
        json!({
            "target": {"findingIds": ["f-ok"]},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns", "sns", "quarantine", "deact"]},
            "clientRequestToken": "tok"
        }),
    )
    .expect_ok();
    let e = executions(&s, "slow", "f-ok");
    // The first look is taken well inside the first execution (2 s) unless the machine is
    // badly overloaded; the statuses are only meaningful then.
    let early = started.elapsed() < Duration::from_millis(1500);
    // Duplicates in the mapping run once.
    assert_eq!(e.len(), 3);
    if !early {
        eprintln!("first look came late; skipping the in-progress checks");
        return;
    }
    assert_eq!(statuses(&e), ["IN_PROGRESS", "PENDING", "PENDING"]);
    assert!(e[0].get("startTime").is_some() && e[0].get("endTime").is_none());
    assert!(e[1].get("startTime").is_none());
    let d = describe(&s, "slow");
    assert_eq!(d["taskStatus"], "IN_PROGRESS");
    assert!(d.get("endTime").is_none());
    let pending = s.call(
        "GET",
        "/audit/mitigationactions/executions?taskId=slow&findingId=f-ok&actionStatus=PENDING",
        None,
    );
    assert_eq!(
        pending.json["actionsExecutions"].as_array().unwrap().len(),
        2
    );

    std::thread::sleep(Duration::from_millis(2500).saturating_sub(started.elapsed()));
    let e = executions(&s, "slow", "f-ok");
    assert_eq!(statuses(&e), ["COMPLETED", "IN_PROGRESS", "PENDING"]);
    let d = wait_done(&s, "slow");
    assert_eq!(d["taskStatus"], "COMPLETED");
    let elapsed = d["endTime"].as_f64().unwrap() - d["startTime"].as_f64().unwrap();
    assert!((5.999..6.001).contains(&elapsed), "{elapsed}");
}

#[test]
fn cancel_freezes_the_task() {
    let dir = Scratch::new("audit-cancel");
    let s = Server::with_seed(&dir, 2000);
    create_standard_actions(&s);
    start(
        &s,
        "to-cancel",
        json!({
            "target": {"auditTaskId": "audit-1"},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns", "quarantine"]},
            "clientRequestToken": "tok"
        }),
    )
    .expect_ok();
    // Inside the second wave: every finding's first action is done, its second under way.
    std::thread::sleep(Duration::from_millis(2600));
    let r = s.call(
        "PUT",
        "/audit/mitigationactions/tasks/to-cancel/cancel",
        None,
    );
    assert_eq!(r.expect_ok(), &json!({}));
    let d = describe(&s, "to-cancel");
    assert_eq!(d["taskStatus"], "CANCELED");
    assert!(d.get("endTime").is_some());
    assert_eq!(
        statuses(&executions(&s, "to-cancel", "f-ok")),
        ["COMPLETED", "CANCELED"]
    );
    assert_eq!(
        statuses(&executions(&s, "to-cancel", "f-revoked")),
        ["COMPLETED", "CANCELED"]
    );
    let stats = &d["taskStatistics"]["DEVICE_CERTIFICATE_EXPIRING_CHECK"];
    assert_eq!(stats["canceledFindingsCount"], 3, "{stats}");
    assert_eq!(stats["totalFindingsCount"], 3);
    // Time no longer moves it.
    std::thread::sleep(Duration::from_millis(1100));
    assert_eq!(describe(&s, "to-cancel"), d);

    let r = s.call(
        "PUT",
        "/audit/mitigationactions/tasks/to-cancel/cancel",
        None,
    );
    r.expect_error(400, "InvalidRequestException");
    assert!(r.message().contains("CANCELED"));
    s.call("PUT", "/audit/mitigationactions/tasks/nope/cancel", None)
        .expect_error(404, "ResourceNotFoundException");
    s.call("GET", "/audit/mitigationactions/tasks/nope", None)
        .expect_error(404, "ResourceNotFoundException");
}

#[test]
fn idempotent_start_and_token_rules() {
    let dir = Scratch::new("audit-idem");
    let s = Server::with_seed(&dir, 20);
    create_standard_actions(&s);
    let body = json!({
        "target": {"findingIds": ["f-log"]},
        "auditCheckToActionsMapping": {"LOGGING_DISABLED_CHECK": ["logging"]},
        "clientRequestToken": "same-token"
    });
    start(&s, "idem", body.clone()).expect_ok();
    let first = describe(&s, "idem");
    // Same id, same token: the same task.
    assert_eq!(
        start(&s, "idem", body.clone()).expect_ok(),
        &json!({"taskId": "idem"})
    );
    assert_eq!(describe(&s, "idem")["startTime"], first["startTime"]);
    let list = s.call(
        "GET",
        &format!("/audit/mitigationactions/tasks?{WINDOW}"),
        None,
    );
    assert_eq!(list.json["tasks"].as_array().unwrap().len(), 1);
    // Same id, another token.
    let mut other = body.clone();
    other["clientRequestToken"] = json!("other-token");
    let r = start(&s, "idem", other);
    r.expect_error(400, "TaskAlreadyExistsException");
    assert!(r.message().contains("idem"));
    // Another id, a token already used.
    start(&s, "idem-2", body).expect_error(400, "TaskAlreadyExistsException");
}

#[test]
fn limit_of_tasks_in_progress() {
    let dir = Scratch::new("audit-limit");
    let s = Server::with_seed(&dir, 60_000);
    create_standard_actions(&s);
    let body = |tok: &str| {
        json!({
            "target": {"findingIds": ["f-log"]},
            "auditCheckToActionsMapping": {"LOGGING_DISABLED_CHECK": ["sns"]},
            "clientRequestToken": tok
        })
    };
    for i in 0..10 {
        start(&s, &format!("busy-{i}"), body(&format!("tok-{i}"))).expect_ok();
    }
    let r = start(&s, "busy-10", body("tok-10"));
    r.expect_error(410, "LimitExceededException");
    assert!(r.message().contains("10"));
    // Retrying a started one is still fine.
    start(&s, "busy-3", body("tok-3")).expect_ok();
    // Cancelling one makes room for one more.
    s.call("PUT", "/audit/mitigationactions/tasks/busy-0/cancel", None)
        .expect_ok();
    start(&s, "busy-10", body("tok-10")).expect_ok();
    start(&s, "busy-11", body("tok-11")).expect_error(410, "LimitExceededException");
    let in_progress = s.call(
        "GET",
        &format!("/audit/mitigationactions/tasks?{WINDOW}&taskStatus=IN_PROGRESS&maxResults=250"),
        None,
    );
    assert_eq!(in_progress.json["tasks"].as_array().unwrap().len(), 10);
}

#[test]
fn start_validation() {
    let dir = Scratch::new("audit-validation");
    let s = Server::with_seed(&dir, 20);
    create_standard_actions(&s);
    let cases: Vec<(Value, &str)> = vec![
        (
            json!({"target": {"auditTaskId": "audit-1"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["missing"]}, "clientRequestToken": "t"}),
            "'missing'",
        ),
        (
            json!({"target": {"auditTaskId": "no-such-audit"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "t"}),
            "no-such-audit",
        ),
        (
            json!({"target": {"findingIds": ["f-ok", "f-missing"]}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "t"}),
            "f-missing",
        ),
        (
            json!({"target": {"auditTaskId": "audit-1", "findingIds": ["f-ok"]}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "t"}),
            "not both",
        ),
        (
            json!({"target": {}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "t"}),
            "auditTaskId or a list of findingIds",
        ),
        (
            json!({"target": {"findingIds": ["f-ok"], "auditCheckToReasonCodeFilter": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["X"]}}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "t"}),
            "only be used together with target.auditTaskId",
        ),
        (
            json!({"target": {"auditTaskId": "audit-1"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["logging"]}, "clientRequestToken": "t"}),
            "cannot be applied to findings of DEVICE_CERTIFICATE_EXPIRING_CHECK",
        ),
        (
            json!({"target": {"auditTaskId": "audit-1"}, "auditCheckToActionsMapping": {"NOT_A_CHECK": ["sns"]}, "clientRequestToken": "t"}),
            "'NOT_A_CHECK' is not an audit check name",
        ),
        (
            json!({"target": {"auditTaskId": "audit-1"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}}),
            "Value null at 'clientRequestToken'",
        ),
        (
            json!({"target": {"auditTaskId": "audit-1"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "bad token"}),
            "^[a-zA-Z0-9-_]+$",
        ),
        (
            json!({"target": {"auditTaskId": "audit_1"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "t"}),
            "target.auditTaskId",
        ),
        (
            json!({"target": {"auditTaskId": "audit-1"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns", "sns", "sns", "sns", "sns", "sns"]}, "clientRequestToken": "t"}),
            "Member must have length less than or equal to 5",
        ),
        (
            json!({"target": {"auditTaskId": "audit-1"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": []}, "clientRequestToken": "t"}),
            "Member must have length greater than or equal to 1",
        ),
        (
            json!({"target": {"findingIds": (0..26).map(|i| format!("f{i}")).collect::<Vec<_>>()}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "t"}),
            "target.findingIds",
        ),
        (
            json!({"auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "t"}),
            "Value null at 'target'",
        ),
    ];
    for (body, needle) in cases {
        let r = start(&s, "v-task", body.clone());
        r.expect_error(400, "InvalidRequestException");
        assert!(
            r.message().contains(needle),
            "{body}: {:?} lacks {needle:?}",
            r.message()
        );
    }
    let r = start(
        &s,
        "bad%20id",
        json!({"target": {"auditTaskId": "audit-1"}, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns"]}, "clientRequestToken": "t"}),
    );
    r.expect_error(400, "InvalidRequestException");
    assert!(r.message().contains("'taskId'"));
    // Nothing was started.
    let list = s.call(
        "GET",
        &format!("/audit/mitigationactions/tasks?{WINDOW}"),
        None,
    );
    assert_eq!(list.json["tasks"], json!([]));
}

#[test]
fn list_tasks_and_executions() {
    let dir = Scratch::new("audit-lists");
    let s = Server::with_seed(&dir, 20);
    create_standard_actions(&s);
    let begin = chrono::Utc::now();
    for (id, target, tok) in [
        ("l-1", json!({"auditTaskId": "audit-1"}), "a"),
        ("l-2", json!({"findingIds": ["f-other"]}), "b"),
        ("l-3", json!({"findingIds": ["f-ok"]}), "c"),
    ] {
        start(
            &s,
            id,
            json!({"target": target, "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["sns", "deact"]}, "clientRequestToken": tok}),
        )
        .expect_ok();
        std::thread::sleep(Duration::from_millis(5));
    }
    for id in ["l-1", "l-2", "l-3"] {
        wait_done(&s, id);
    }
    let ids = |query: &str| -> Vec<String> {
        let r = s.call(
            "GET",
            &format!("/audit/mitigationactions/tasks?{query}"),
            None,
        );
        r.expect_ok()["tasks"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["taskId"].as_str().unwrap().to_string())
            .collect()
    };
    // Newest first.
    assert_eq!(ids(WINDOW), ["l-3", "l-2", "l-1"]);
    assert_eq!(
        ids(&format!("{WINDOW}&auditTaskId=audit-1")),
        ["l-3", "l-1"]
    );
    assert_eq!(ids(&format!("{WINDOW}&auditTaskId=audit-2")), ["l-2"]);
    assert_eq!(ids(&format!("{WINDOW}&findingId=f-ok")), ["l-3", "l-1"]);
    assert_eq!(ids(&format!("{WINDOW}&taskStatus=FAILED")), ["l-3", "l-1"]);
    assert_eq!(ids(&format!("{WINDOW}&taskStatus=COMPLETED")), ["l-2"]);
    let start_iso = (begin - chrono::Duration::seconds(1)).format("%Y-%m-%dT%H:%M:%SZ");
    assert_eq!(
        ids(&format!(
            "startTime={start_iso}&endTime=2099-01-01T00%3A00%3A00.000Z"
        ))
        .len(),
        3
    );
    assert!(ids("startTime=2020-01-01T00:00:00Z&endTime=2021-01-01T00:00:00Z").is_empty());
    let epoch = begin.timestamp() - 1;
    assert_eq!(
        ids(&format!("startTime={epoch}&endTime={}", epoch + 3600)).len(),
        3
    );

    // Pagination.
    let r = s.call(
        "GET",
        &format!("/audit/mitigationactions/tasks?{WINDOW}&maxResults=2"),
        None,
    );
    let t = r.json["tasks"].as_array().unwrap();
    assert_eq!(t.len(), 2);
    let keys: Vec<&str> = t[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys, ["taskId", "startTime", "taskStatus"]);
    let token = r.json["nextToken"].as_str().unwrap();
    let r2 = s.call(
        "GET",
        &format!("/audit/mitigationactions/tasks?{WINDOW}&maxResults=2&nextToken={token}"),
        None,
    );
    assert_eq!(r2.json["tasks"][0]["taskId"], "l-1");
    assert!(r2.json.get("nextToken").is_none());
    s.call(
        "GET",
        &format!("/audit/mitigationactions/tasks?{WINDOW}&taskStatus=FAILED&nextToken={token}"),
        None,
    )
    .expect_error(400, "InvalidRequestException");

    // Required and checked parameters.
    for (query, needle) in [
        ("endTime=2099-01-01T00:00:00Z", "Value null at 'startTime'"),
        ("startTime=2020-01-01T00:00:00Z", "Value null at 'endTime'"),
        (
            "startTime=yesterday&endTime=2099-01-01T00:00:00Z",
            "startTime",
        ),
        (
            "startTime=2099-01-01T00:00:00Z&endTime=2020-01-01T00:00:00Z",
            "later than endTime",
        ),
    ] {
        let r = s.call(
            "GET",
            &format!("/audit/mitigationactions/tasks?{query}"),
            None,
        );
        r.expect_error(400, "InvalidRequestException");
        assert!(r.message().contains(needle), "{query}: {}", r.message());
    }
    let r = s.call(
        "GET",
        &format!("/audit/mitigationactions/tasks?{WINDOW}&taskStatus=DONE"),
        None,
    );
    r.expect_error(400, "InvalidRequestException");

    // Executions: paginated, both ids required.
    let r = s.call(
        "GET",
        "/audit/mitigationactions/executions?taskId=l-1&findingId=f-ok&maxResults=1",
        None,
    );
    assert_eq!(r.json["actionsExecutions"].as_array().unwrap().len(), 1);
    let token = r.json["nextToken"].as_str().unwrap();
    let r2 = s.call(
        "GET",
        &format!("/audit/mitigationactions/executions?taskId=l-1&findingId=f-ok&maxResults=1&nextToken={token}"),
        None,
    );
    assert_eq!(r2.json["actionsExecutions"][0]["actionName"], "deact");
    assert!(r2.json.get("nextToken").is_none());
    for query in [
        "taskId=l-1",
        "findingId=f-ok",
        "taskId=l-1&findingId=f-ok&actionStatus=DONE",
    ] {
        s.call(
            "GET",
            &format!("/audit/mitigationactions/executions?{query}"),
            None,
        )
        .expect_error(400, "InvalidRequestException");
    }
    let none = s.call(
        "GET",
        "/audit/mitigationactions/executions?taskId=nope&findingId=f-ok",
        None,
    );
    assert_eq!(none.expect_ok()["actionsExecutions"], json!([]));
}
