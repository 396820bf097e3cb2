//! Detect mitigation actions tasks over the wire: targets and filters,
//! executions and statistics, failures, cancel, idempotency, limit, lists.

use crate::local_common as common;

use std::time::Duration;

use common::*;
use serde_json::{json, Value};

fn start(s: &Server, id: &str, body: Value) -> Resp {
    s.call(
        "PUT",
        &format!("/detect/mitigationactions/tasks/{id}"),
        Some(body),
    )
}

fn summary(s: &Server, id: &str) -> Value {
    s.call(
        "GET",
        &format!("/detect/mitigationactions/tasks/{id}"),
        None,
    )
    .expect_ok()["taskSummary"]
        .clone()
}

fn wait_done(s: &Server, id: &str) -> Value {
    eventually(20, || {
        let d = summary(s, id);
        (d["taskStatus"] != "IN_PROGRESS").then_some(d)
    })
}

fn executions(s: &Server, query: &str) -> Vec<Value> {
    s.call(
        "GET",
        &format!("/detect/mitigationactions/executions?{query}"),
        None,
    )
    .expect_ok()["actionsExecutions"]
        .as_array()
        .unwrap()
        .clone()
}

fn violations(execs: &[Value]) -> Vec<String> {
    execs
        .iter()
        .map(|e| e["violationId"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn security_profile_target_with_filters() {
    let dir = Scratch::new("detect-profile");
    let s = Server::with_seed(&dir, 20);
    create_standard_actions(&s);

    // Default: inactive violations included, suppressed ones left out.
    start(
        &s,
        "d-all",
        json!({"target": {"securityProfileName": "prof"}, "actions": ["quarantine"], "clientRequestToken": "t1"}),
    )
    .expect_ok();
    let d = wait_done(&s, "d-all");
    assert_eq!(d["taskStatus"], "FAILED", "{d}");
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "taskId",
            "taskStatus",
            "taskStartTime",
            "taskEndTime",
            "target",
            "onlyActiveViolationsIncluded",
            "suppressedAlertsIncluded",
            "actionsDefinition",
            "taskStatistics"
        ]
    );
    assert_eq!(d["target"], json!({"securityProfileName": "prof"}));
    assert_eq!(d["onlyActiveViolationsIncluded"], false);
    assert_eq!(d["suppressedAlertsIncluded"], false);
    assert_eq!(d["actionsDefinition"][0]["name"], "quarantine");
    assert_eq!(
        d["taskStatistics"],
        json!({"actionsExecuted": 2, "actionsSkipped": 0, "actionsFailed": 1})
    );
    let e = executions(&s, "taskId=d-all");
    assert_eq!(violations(&e), ["v-1", "v-2", "v-3"]);
    let keys: Vec<&str> = e[1]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "taskId",
            "violationId",
            "actionName",
            "thingName",
            "executionStartDate",
            "executionEndDate",
            "status",
            "errorCode",
            "message"
        ]
    );
    assert_eq!(e[1]["thingName"], "thing-full");
    assert_eq!(e[1]["status"], "FAILED");
    assert_eq!(e[1]["errorCode"], "INVALID_STATE_OF_RESOURCE");
    assert_eq!(e[0]["status"], "SUCCESSFUL");

    // Only active, suppressed included, one behavior.
    start(
        &s,
        "d-active",
        json!({"target": {"securityProfileName": "prof", "behaviorName": "b1"}, "actions": ["quarantine"],
               "includeOnlyActiveViolations": true, "includeSuppressedAlerts": true, "clientRequestToken": "t2"}),
    )
    .expect_ok();
    let d = wait_done(&s, "d-active");
    assert_eq!(d["taskStatus"], "SUCCESSFUL");
    assert_eq!(d["onlyActiveViolationsIncluded"], true);
    assert_eq!(d["suppressedAlertsIncluded"], true);
    assert_eq!(
        d["target"],
        json!({"securityProfileName": "prof", "behaviorName": "b1"})
    );
    assert_eq!(
        violations(&executions(&s, "taskId=d-active")),
        ["v-1", "v-4"]
    );

    // Occurrence range.
    start(
        &s,
        "d-range",
        json!({"target": {"securityProfileName": "prof"}, "actions": ["quarantine"],
               "violationEventOccurrenceRange": {"startTime": 1768521600, "endTime": 1769904000.5},
               "clientRequestToken": "t3"}),
    )
    .expect_ok();
    let d = wait_done(&s, "d-range");
    assert_eq!(
        d["violationEventOccurrenceRange"],
        json!({"startTime": 1768521600, "endTime": 1769904000.5})
    );
    // 2026-01-16 .. 2026-02-01T00:00:00.5: v-2 and v-3.
    assert_eq!(
        violations(&executions(&s, "taskId=d-range")),
        ["v-2", "v-3"]
    );

    // Nothing matches: ends at once.
    start(
        &s,
        "d-empty",
        json!({"target": {"securityProfileName": "prof", "behaviorName": "b9"}, "actions": ["quarantine"], "clientRequestToken": "t4"}),
    )
    .expect_ok();
    let d = summary(&s, "d-empty");
    assert_eq!(d["taskStatus"], "SUCCESSFUL");
    assert_eq!(d["taskStartTime"], d["taskEndTime"]);
    assert_eq!(
        d["taskStatistics"],
        json!({"actionsExecuted": 0, "actionsSkipped": 0, "actionsFailed": 0})
    );
}

#[test]
fn violation_ids_target_and_skips() {
    let dir = Scratch::new("detect-ids");
    let s = Server::with_seed(&dir, 20);
    create_standard_actions(&s);
    start(
        &s,
        "d-ids",
        json!({"target": {"violationIds": ["v-5", "v-2", "v-5"]}, "actions": ["quarantine", "quarantine-override"], "clientRequestToken": "t"}),
    )
    .expect_ok();
    let d = wait_done(&s, "d-ids");
    assert_eq!(d["taskStatus"], "FAILED");
    assert_eq!(d["target"], json!({"violationIds": ["v-5", "v-2", "v-5"]}));
    // v-5: plain add fails (9 static + 1 dynamic), the override is then skipped;
    // v-2: 10 static groups, both fail/skip.
    let e = executions(&s, "taskId=d-ids");
    let got: Vec<(String, String)> = e
        .iter()
        .map(|x| {
            (
                x["violationId"].as_str().unwrap().to_string(),
                x["status"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("v-5".to_string(), "FAILED".to_string()),
            ("v-5".to_string(), "SKIPPED".to_string()),
            ("v-2".to_string(), "FAILED".to_string()),
            ("v-2".to_string(), "SKIPPED".to_string()),
        ]
    );
    assert_eq!(
        d["taskStatistics"],
        json!({"actionsExecuted": 0, "actionsSkipped": 2, "actionsFailed": 2})
    );

    // With the override first, v-5 leaves its dynamic group and succeeds.
    start(
        &s,
        "d-override",
        json!({"target": {"violationIds": ["v-5"]}, "actions": ["quarantine-override"], "clientRequestToken": "t2"}),
    )
    .expect_ok();
    assert_eq!(wait_done(&s, "d-override")["taskStatus"], "SUCCESSFUL");

    // Filters of the executions list.
    assert_eq!(executions(&s, "violationId=v-5").len(), 3);
    assert_eq!(executions(&s, "thingName=thing-full").len(), 2);
    assert_eq!(
        executions(&s, "taskId=d-override&thingName=thing-dyn").len(),
        1
    );
    assert!(executions(
        &s,
        "startTime=2020-01-01T00:00:00Z&endTime=2020-02-01T00:00:00Z"
    )
    .is_empty());
    assert_eq!(executions(&s, "startTime=2020-01-01T00:00:00Z").len(), 5);
    let r = s.call(
        "GET",
        "/detect/mitigationactions/executions?maxResults=2",
        None,
    );
    assert_eq!(r.json["actionsExecutions"].as_array().unwrap().len(), 2);
    let token = r.json["nextToken"].as_str().unwrap();
    let r = s.call(
        "GET",
        &format!("/detect/mitigationactions/executions?maxResults=2&nextToken={token}"),
        None,
    );
    let r2 = r.json["nextToken"].as_str().unwrap();
    let r = s.call(
        "GET",
        &format!("/detect/mitigationactions/executions?maxResults=2&nextToken={r2}"),
        None,
    );
    assert_eq!(r.json["actionsExecutions"].as_array().unwrap().len(), 1);
    assert!(r.json.get("nextToken").is_none());
}

#[test]
fn progress_cancel_and_lists() {
    let dir = Scratch::new("detect-cancel");
    let s = Server::with_seed(&dir, 2000);
    create_standard_actions(&s);
    start(
        &s,
        "d-slow",
        json!({"target": {"securityProfileName": "prof"}, "actions": ["quarantine", "quarantine-override"], "clientRequestToken": "t"}),
    )
    .expect_ok();
    // Only started executions are listed: the first action for each of the three violations,
    // run at once (the thing of one of them is already in 10 groups: that one fails).
    let e = executions(&s, "taskId=d-slow");
    assert_eq!(e.len(), 3);
    for e in &e {
        assert_eq!(e["status"], "IN_PROGRESS");
        assert_eq!(e["actionName"], "quarantine");
        assert!(e.get("executionEndDate").is_none());
    }
    assert_eq!(summary(&s, "d-slow")["taskStatus"], "IN_PROGRESS");
    std::thread::sleep(Duration::from_millis(2600));
    let r = s.call("PUT", "/detect/mitigationactions/tasks/d-slow/cancel", None);
    assert_eq!(r.expect_ok(), &json!({}));
    let d = summary(&s, "d-slow");
    assert_eq!(d["taskStatus"], "CANCELED");
    assert_eq!(
        d["taskStatistics"],
        json!({"actionsExecuted": 2, "actionsSkipped": 3, "actionsFailed": 1})
    );
    let mut statuses: Vec<String> = executions(&s, "taskId=d-slow")
        .iter()
        .map(|e| {
            format!(
                "{} {}",
                e["actionName"].as_str().unwrap(),
                e["status"].as_str().unwrap()
            )
        })
        .collect();
    statuses.sort();
    assert_eq!(
        statuses,
        [
            "quarantine FAILED",
            "quarantine SUCCESSFUL",
            "quarantine SUCCESSFUL",
            "quarantine-override SKIPPED",
            "quarantine-override SKIPPED",
            "quarantine-override SKIPPED"
        ]
    );
    s.call("PUT", "/detect/mitigationactions/tasks/d-slow/cancel", None)
        .expect_error(400, "InvalidRequestException");
    s.call("PUT", "/detect/mitigationactions/tasks/nope/cancel", None)
        .expect_error(404, "ResourceNotFoundException");
    s.call("GET", "/detect/mitigationactions/tasks/nope", None)
        .expect_error(404, "ResourceNotFoundException");

    // Idempotency.
    let body = json!({"target": {"violationIds": ["v-1"]}, "actions": ["quarantine"], "clientRequestToken": "t-second"});
    start(&s, "d-second", body.clone()).expect_ok();
    assert_eq!(
        start(&s, "d-second", body.clone()).expect_ok(),
        &json!({"taskId": "d-second"})
    );
    let mut other = body.clone();
    other["clientRequestToken"] = json!("another");
    start(&s, "d-second", other).expect_error(400, "TaskAlreadyExistsException");

    // Lists: newest first, full summaries, paginated.
    let r = s.call(
        "GET",
        &format!("/detect/mitigationactions/tasks?{WINDOW}&maxResults=1"),
        None,
    );
    let tasks = r.expect_ok()["tasks"].as_array().unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0]["taskId"], "d-second");
    assert!(tasks[0].get("actionsDefinition").is_some());
    let token = r.json["nextToken"].as_str().unwrap();
    let r = s.call(
        "GET",
        &format!("/detect/mitigationactions/tasks?{WINDOW}&maxResults=1&nextToken={token}"),
        None,
    );
    assert_eq!(r.json["tasks"][0]["taskId"], "d-slow");
    assert!(r.json.get("nextToken").is_none());
    s.call(
        "GET",
        "/detect/mitigationactions/tasks?startTime=2020-01-01T00:00:00Z",
        None,
    )
    .expect_error(400, "InvalidRequestException");
    let r = s.call(
        "GET",
        "/detect/mitigationactions/tasks?startTime=2020-01-01T00:00:00Z&endTime=2020-01-02T00:00:00Z",
        None,
    );
    assert_eq!(r.json["tasks"], json!([]));
}

#[test]
fn limit_is_per_kind() {
    let dir = Scratch::new("detect-limit");
    let s = Server::with_seed(&dir, 60_000);
    create_standard_actions(&s);
    for i in 0..10 {
        start(
            &s,
            &format!("d-{i}"),
            json!({"target": {"violationIds": ["v-1"]}, "actions": ["quarantine"], "clientRequestToken": format!("t{i}")}),
        )
        .expect_ok();
    }
    start(
        &s,
        "d-10",
        json!({"target": {"violationIds": ["v-1"]}, "actions": ["quarantine"], "clientRequestToken": "t10"}),
    )
    .expect_error(410, "LimitExceededException");
    // Audit tasks are counted separately.
    s.call(
        "POST",
        "/audit/mitigationactions/tasks/a-1",
        Some(json!({"target": {"findingIds": ["f-log"]}, "auditCheckToActionsMapping": {"LOGGING_DISABLED_CHECK": ["sns"]}, "clientRequestToken": "a"})),
    )
    .expect_ok();
}

#[test]
fn start_validation() {
    let dir = Scratch::new("detect-validation");
    let s = Server::with_seed(&dir, 20);
    create_standard_actions(&s);
    let cases: Vec<(Value, &str)> = vec![
        (
            json!({"target": {"violationIds": ["v-1"]}, "actions": ["missing"], "clientRequestToken": "t"}),
            "'missing'",
        ),
        (
            json!({"target": {"violationIds": ["v-1"]}, "actions": ["sns"], "clientRequestToken": "t"}),
            "cannot be applied to Detect violations",
        ),
        (
            json!({"target": {"violationIds": ["v-404"]}, "actions": ["quarantine"], "clientRequestToken": "t"}),
            "v-404",
        ),
        (
            json!({"target": {"securityProfileName": "ghost"}, "actions": ["quarantine"], "clientRequestToken": "t"}),
            "ghost",
        ),
        (
            json!({"target": {"violationIds": ["v-1"], "securityProfileName": "prof"}, "actions": ["quarantine"], "clientRequestToken": "t"}),
            "not both",
        ),
        (
            json!({"target": {"behaviorName": "b1"}, "actions": ["quarantine"], "clientRequestToken": "t"}),
            "violationIds or a securityProfileName",
        ),
        (
            json!({"target": {"violationIds": ["v_1"]}, "actions": ["quarantine"], "clientRequestToken": "t"}),
            "[a-zA-Z0-9\\-]+",
        ),
        (
            json!({"target": {"violationIds": ["v-1"]}, "actions": [], "clientRequestToken": "t"}),
            "Member must have length greater than or equal to 1",
        ),
        (
            json!({"target": {"violationIds": ["v-1"]}, "clientRequestToken": "t"}),
            "Value null at 'actions'",
        ),
        (
            json!({"target": {"violationIds": ["v-1"]}, "actions": ["quarantine"]}),
            "Value null at 'clientRequestToken'",
        ),
        (
            json!({"target": {"violationIds": ["v-1"]}, "actions": ["quarantine"], "clientRequestToken": "t", "violationEventOccurrenceRange": {"startTime": 10}}),
            "Value null at 'violationEventOccurrenceRange.endTime'",
        ),
        (
            json!({"target": {"violationIds": ["v-1"]}, "actions": ["quarantine"], "clientRequestToken": "t", "violationEventOccurrenceRange": {"startTime": 20, "endTime": 10}}),
            "must not be later",
        ),
        (
            json!({"target": {"violationIds": ["v-1"]}, "actions": ["quarantine"], "clientRequestToken": "t", "includeOnlyActiveViolations": "yes"}),
            "Member must be a boolean",
        ),
        (
            json!({"target": {"violationIds": ["v-1"]}, "actions": ["quarantine"], "clientRequestToken": "t", "violationEventOccurrenceRange": {"startTime": "soon", "endTime": 10}}),
            "violationEventOccurrenceRange.startTime",
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
    for query in [
        "taskId=bad%20id",
        "violationId=v_1",
        "maxResults=0",
        "startTime=never",
    ] {
        s.call(
            "GET",
            &format!("/detect/mitigationactions/executions?{query}"),
            None,
        )
        .expect_error(400, "InvalidRequestException");
    }
}
