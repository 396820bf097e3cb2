//! Detect on the local endpoint, as a user drives it with iotmit's commands: a dimension, a
//! custom metric and a security profile with four behaviors attached to a thing group; the
//! service's rules on behaviors, dimensions in use and versions; datapoints reported with
//! `iotmit local report-metric` raising and clearing exactly the violations the behaviors
//! define; verification states; a detect mitigation task acting on a raised violation; ML
//! training summaries advancing with the endpoint's clock.

use crate::local_registry::Fleet;
use serde_json::{json, Value};

const GROUP: &str = "arn:aws:iot:us-east-1:123456789012:thinggroup/cameras";

fn behaviors() -> Value {
    json!([
        {"name": "msgs", "metric": "aws:num-messages-sent",
         "metricDimension": {"dimensionName": "telemetry"},
         "criteria": {"comparisonOperator": "greater-than", "value": {"count": 100}, "durationSeconds": 300}},
        {"name": "ports", "metric": "aws:listening-tcp-ports",
         "criteria": {"comparisonOperator": "not-in-port-set", "value": {"ports": [443]}}},
        {"name": "hot", "metric": "temperature", "suppressAlerts": true,
         "criteria": {"comparisonOperator": "greater-than", "value": {"number": 80},
                      "consecutiveDatapointsToAlarm": 2, "consecutiveDatapointsToClear": 1}},
        {"name": "learned", "metric": "aws:num-messages-received",
         "criteria": {"mlDetectionConfig": {"confidenceLevel": "HIGH"}}}
    ])
}

fn report(f: &Fleet, thing: &str, metric: &str, value: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "local",
        "report-metric",
        "--thing-name",
        thing,
        "--metric",
        metric,
        "--value",
        value,
    ];
    args.extend(extra);
    f.ok(&args)["violations"].clone()
}

/// (thing, behavior) of the active violations, in order.
fn active(f: &Fleet, extra: &[&str]) -> Value {
    let mut args = vec![
        "list-active-violations",
        "--query",
        "activeViolations[].[thingName,behavior.name,lastViolationValue]",
    ];
    args.extend(extra);
    f.ok(&args)
}

#[test]
fn behaviors_raise_and_clear_violations_that_detect_mitigation_acts_on() {
    let f = Fleet::empty();
    for t in ["cam-1", "cam-2", "outsider"] {
        f.ok(&["create-thing", "--thing-name", t]);
    }
    f.ok(&["create-thing-group", "--thing-group-name", "cameras"]);
    f.ok(&["create-thing-group", "--thing-group-name", "quarantine"]);
    for t in ["cam-1", "cam-2"] {
        f.ok(&[
            "add-thing-to-thing-group",
            "--thing-group-name",
            "cameras",
            "--thing-name",
            t,
        ]);
    }
    f.ok(&[
        "create-dimension",
        "--name",
        "telemetry",
        "--type",
        "TOPIC_FILTER",
        "--string-values",
        "cams/+/telemetry",
    ]);
    f.ok(&[
        "create-custom-metric",
        "--metric-name",
        "temperature",
        "--metric-type",
        "number",
        "--display-name",
        "Temperature",
    ]);

    // The service's rules: one error per problem.
    let bad = json!([
        {"name": "a", "metric": "aws:listening-tcp-ports", "criteria": {"comparisonOperator": "greater-than", "value": {"count": 1}}},
        {"name": "b", "metric": "aws:num-messages-sent", "criteria": {"comparisonOperator": "greater-than", "value": {"count": 1}}},
        {"name": "c", "metric": "no-such-metric", "criteria": {"comparisonOperator": "greater-than", "value": {"count": 1}}},
        {"name": "d", "metric": "aws:num-messages-sent", "criteria": {"mlDetectionConfig": {"confidenceLevel": "LOW"}, "value": {"count": 1}}}
    ]);
    assert_eq!(
        f.ok(&[
            "validate-security-profile-behaviors",
            "--behaviors",
            &bad.to_string()
        ]),
        json!({"valid": false, "validationErrors": [
            {"errorMessage": "Behavior a: comparison operator greater-than cannot be used with metric aws:listening-tcp-ports; use one of in-port-set, not-in-port-set."},
            {"errorMessage": "Behavior a: metric aws:listening-tcp-ports takes a value of ports, got count."},
            {"errorMessage": "Behavior b: metric aws:num-messages-sent needs a durationSeconds (300, 600, 900, 1800 or 3600)."},
            {"errorMessage": "Behavior c: metric no-such-metric is not a Device Defender metric or a custom metric of this account."},
            {"errorMessage": "Behavior d: an ML behavior takes no comparisonOperator, value, statisticalThreshold or durationSeconds."}
        ]})
    );
    assert_eq!(
        f.ok(&[
            "validate-security-profile-behaviors",
            "--behaviors",
            &behaviors().to_string()
        ]),
        json!({"valid": true, "validationErrors": []})
    );
    f.ok(&[
        "create-security-profile",
        "--security-profile-name",
        "cams",
        "--behaviors",
        &behaviors().to_string(),
        "--alert-targets",
        "SNS={alertTargetArn=arn:aws:sns:us-east-1:123456789012:alerts,roleArn=arn:aws:iam::123456789012:role/Alerts}",
    ]);
    f.ok(&[
        "attach-security-profile",
        "--security-profile-name",
        "cams",
        "--security-profile-target-arn",
        GROUP,
    ]);
    let (code, _, err) = f.run(&["delete-dimension", "--name", "telemetry"]);
    assert_eq!(code, 254);
    assert_eq!(err, "\niotmit: [ERROR]: An error occurred (InvalidRequestException) when calling the DeleteDimension operation: Cannot delete dimension telemetry: it is used by the security profile(s) cams.\n");
    let (code, _, err) = f.run(&[
        "update-security-profile",
        "--security-profile-name",
        "cams",
        "--expected-version",
        "3",
        "--security-profile-description",
        "x",
    ]);
    assert_eq!(code, 254);
    assert!(err.contains("(VersionConflictException)"), "{err}");
    assert_eq!(
        f.ok(&[
            "list-security-profiles",
            "--dimension-name",
            "telemetry",
            "--query",
            "securityProfileIdentifiers[].name"
        ]),
        json!(["cams"])
    );

    // Datapoints: cam-1 sends too much on a telemetry topic, cam-2 listens on port 22 and runs
    // hot twice; the outsider does everything wrong and, outside the group, raises nothing.
    assert_eq!(
        report(
            &f,
            "cam-1",
            "aws:num-messages-sent",
            "60",
            &["--dimension-value", "cams/1/telemetry"]
        ),
        json!([])
    );
    let raised = report(
        &f,
        "cam-1",
        "aws:num-messages-sent",
        "60",
        &["--dimension-value", "cams/1/telemetry"],
    );
    assert_eq!(raised[0]["event"], "in-alarm", "{raised}");
    // Another topic is not the dimension's.
    assert_eq!(
        report(
            &f,
            "cam-2",
            "aws:num-messages-sent",
            "500",
            &["--dimension-value", "other/topic"]
        ),
        json!([])
    );
    report(&f, "cam-2", "aws:listening-tcp-ports", "443,22", &[]);
    assert_eq!(report(&f, "cam-2", "temperature", "90", &[]), json!([]));
    report(&f, "cam-2", "temperature", "95", &[]);
    for (metric, value) in [
        ("aws:listening-tcp-ports", "22"),
        ("temperature", "99"),
        ("temperature", "99"),
    ] {
        assert_eq!(report(&f, "outsider", metric, value, &[]), json!([]));
    }
    let (code, _, err) = f.run(&[
        "local",
        "report-metric",
        "--thing-name",
        "cam-2",
        "--metric",
        "temperature",
        "--value",
        "warm",
    ]);
    assert_eq!(code, 254);
    assert_eq!(err, "\niotmit: [ERROR]: An error occurred (InvalidRequestException) when calling the ReportMetric operation: The value of metric temperature must be a number; got 'warm'. Nothing was recorded.\n");
    assert_eq!(
        active(&f, &[]),
        json!([
            ["cam-1", "msgs", {"count": 120}],
            ["cam-2", "ports", {"ports": [443, 22]}],
            ["cam-2", "hot", {"number": 95.0}]
        ])
    );
    // suppressAlerts marks its violations.
    assert_eq!(
        active(&f, &["--list-suppressed-alerts"]),
        json!([["cam-2", "hot", {"number": 95.0}]])
    );

    // Verification states are kept and filtered.
    let ports = f.ok(&[
        "list-active-violations",
        "--thing-name",
        "cam-2",
        "--query",
        "activeViolations[?behavior.name=='ports'].violationId | [0]",
    ]);
    let ports = ports.as_str().unwrap().to_string();
    f.ok(&[
        "put-verification-state-on-violation",
        "--violation-id",
        &ports,
        "--verification-state",
        "TRUE_POSITIVE",
        "--verification-state-description",
        "telnet left on",
    ]);
    assert_eq!(
        f.ok(&[
            "list-active-violations",
            "--verification-state",
            "TRUE_POSITIVE",
            "--query",
            "activeViolations[].[violationId,verificationStateDescription]"
        ]),
        json!([[ports, "telnet left on"]])
    );
    assert_eq!(
        active(&f, &["--verification-state", "FALSE_POSITIVE"]),
        json!([])
    );

    // Ten minutes later cam-1 calms down: its violation clears.
    f.ok(&["local", "advance", "10m"]);
    let cleared = report(
        &f,
        "cam-1",
        "aws:num-messages-sent",
        "5",
        &["--dimension-value", "cams/1/telemetry"],
    );
    assert_eq!(cleared[0]["event"], "alarm-cleared", "{cleared}");
    assert_eq!(
        f.ok(&[
            "list-violation-events",
            "--start-time",
            "2020-01-01",
            "--end-time",
            "2100-01-01",
            "--thing-name",
            "cam-1",
            "--query",
            "violationEvents[].[behavior.name,violationEventType,metricValue]"
        ]),
        json!([["msgs", "in-alarm", {"count": 120}], ["msgs", "alarm-cleared", {"count": 5}]])
    );

    // The alert target heard of every event but those of the suppressed behavior.
    let alerts: Vec<(String, String)> = f.ok(&[
        "local",
        "published",
        "--topic-arn",
        "arn:aws:sns:us-east-1:123456789012:alerts",
    ])["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let doc: Value = serde_json::from_str(m["message"].as_str().unwrap()).unwrap();
            (
                doc["behavior"]["name"].as_str().unwrap().to_string(),
                doc["violationEventType"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        alerts,
        [
            pair("msgs", "in-alarm"),
            pair("ports", "in-alarm"),
            pair("msgs", "alarm-cleared")
        ]
    );

    // A detect mitigation task quarantines the thing whose ports behavior is in alarm.
    f.ok(&[
        "create-mitigation-action",
        "--action-name",
        "quarantine",
        "--role-arn",
        "arn:aws:iam::123456789012:role/r",
        "--action-params",
        "addThingsToThingGroupParams={thingGroupNames=[quarantine]}",
    ]);
    f.ok(&[
        "start-detect-mitigation-actions-task",
        "--task-id",
        "lock-down",
        "--target",
        "securityProfileName=cams,behaviorName=ports",
        "--actions",
        "quarantine",
        "--include-only-active-violations",
    ]);
    let done = f.ok(&[
        "wait",
        "detect-mitigation-actions-task-complete",
        "--task-id",
        "lock-down",
        "--query",
        "taskSummary.taskStatus",
    ]);
    assert_eq!(done, json!("SUCCESSFUL"));
    assert_eq!(
        f.ok(&[
            "list-things-in-thing-group",
            "--thing-group-name",
            "quarantine"
        ]),
        json!({"things": ["cam-2"]})
    );

    // The ML behavior's model trains for 14 days of the endpoint's clock.
    let status = |f: &Fleet| {
        f.ok(&[
            "get-behavior-model-training-summaries",
            "--security-profile-name",
            "cams",
            "--query",
            "summaries[].[behaviorName,modelStatus]",
        ])
    };
    assert_eq!(status(&f), json!([["learned", "PENDING_BUILD"]]));
    f.ok(&["local", "advance", "14d"]);
    assert_eq!(status(&f), json!([["learned", "ACTIVE"]]));
    assert_eq!(
        f.ok(&[
            "get-behavior-model-training-summaries",
            "--query",
            "summaries[0].datapointsCollectionPercentage"
        ]),
        json!(100.0)
    );

    // Removing a behavior in alarm invalidates its violation; the version goes up.
    let kept = json!([behaviors()[0], behaviors()[1]]);
    let updated = f.ok(&[
        "update-security-profile",
        "--security-profile-name",
        "cams",
        "--behaviors",
        &kept.to_string(),
        "--expected-version",
        "1",
        "--query",
        "version",
    ]);
    assert_eq!(updated, json!(2));
    assert_eq!(
        f.ok(&[
            "list-violation-events",
            "--start-time",
            "2020-01-01",
            "--end-time",
            "2100-01-01",
            "--thing-name",
            "cam-2",
            "--query",
            "violationEvents[].[behavior.name,violationEventType]"
        ]),
        json!([
            ["ports", "in-alarm"],
            ["hot", "in-alarm"],
            ["hot", "alarm-invalidated"]
        ])
    );
}
