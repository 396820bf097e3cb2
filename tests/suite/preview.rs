//! `start-audit-mitigation-actions-task --preview` against the capture stub: only reads are sent
//! (the findings of the target, the type of each mapped action), and the preview printed says
//! which findings get which actions and what is left out, and why.

use crate::common;

use common::{Env, Reply, Stub};
use serde_json::{json, Value};

const SHARED: &str = "DEVICE_CERTIFICATE_SHARED_CHECK";
const LOGGING: &str = "LOGGING_DISABLED_CHECK";

fn ok(body: Value) -> Reply {
    Reply {
        status: 200,
        body: Some(body),
        headers: Vec::new(),
    }
}

fn not_found(message: &str) -> Reply {
    Reply {
        status: 404,
        body: Some(json!({ "message": message })),
        headers: vec![(
            "x-amzn-ErrorType".into(),
            "ResourceNotFoundException".into(),
        )],
    }
}

fn finding(id: &str, check: &str, code: &str, suppressed: bool) -> Value {
    json!({
        "findingId": id,
        "taskId": "audit1",
        "checkName": check,
        "taskStartTime": 1605866400.5,
        "findingTime": 1605866460,
        "severity": "CRITICAL",
        "nonCompliantResource": {
            "resourceType": "DEVICE_CERTIFICATE",
            "resourceIdentifier": {"deviceCertificateId": format!("cert-{id}")}
        },
        "reasonForNonComplianceCode": code,
        "isSuppressed": suppressed
    })
}

fn action(name: &str, action_type: &str) -> Reply {
    ok(json!({
        "actionName": name,
        "actionType": action_type,
        "actionArn": format!("arn:aws:iot:us-east-1:123456789012:mitigationaction/{name}"),
        "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole"
    }))
}

struct Run {
    requests: Vec<Value>,
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

fn run(replies: Vec<Reply>, args: &[&str]) -> Run {
    let env = Env::new("iso8601");
    let stub = Stub::start(replies);
    let out = env
        .command()
        .arg("start-audit-mitigation-actions-task")
        .args(args)
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    let mut requests = stub.requests();
    for r in &mut requests {
        if let Some(o) = r.as_object_mut() {
            o.remove("auth");
        }
    }
    Run {
        requests,
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code(),
    }
}

fn get(path: &str) -> Value {
    json!({"method": "GET", "path": path, "query": [], "body": null})
}

/// The listing of the suppressions in force (one page).
fn suppressions() -> Value {
    json!({"method": "POST", "path": "/audit/suppressions/list", "query": [], "body": {}})
}

fn no_suppressions() -> Reply {
    ok(json!({"suppressions": []}))
}

fn list(token: Option<&str>) -> Value {
    let mut body = json!({"taskId": "audit1"});
    if let Some(t) = token {
        body["nextToken"] = json!(t);
    }
    json!({"method": "POST", "path": "/audit/findings", "query": [], "body": body})
}

const MAPPING: &str = r#"{"DEVICE_CERTIFICATE_SHARED_CHECK": ["Deactivate", "Ghost", "CaOff"], "LOGGING_DISABLED_CHECK": ["CaOff"]}"#;

/// An audit with findings on two pages: one to mitigate, one suppressed, one of a check with
/// only an unsupported action, one of a check with no mapping.
fn audit_replies() -> Vec<Reply> {
    vec![
        ok(json!({
            "findings": [
                finding("f1", SHARED, "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES", false),
                finding("f2", SHARED, "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES", true),
            ],
            "nextToken": "page2"
        })),
        ok(json!({
            "findings": [
                finding("f3", LOGGING, "LOGGING_DISABLED", false),
                finding("f4", "CA_CERTIFICATE_EXPIRING_CHECK", "CERTIFICATE_APPROACHING_EXPIRATION", false),
            ]
        })),
        no_suppressions(),
        action("Deactivate", "UPDATE_DEVICE_CERTIFICATE"),
        not_found("Mitigation action Ghost not found"),
        action("CaOff", "UPDATE_CA_CERTIFICATE"),
    ]
}

/// A preview of a start with this target and mapping, and more words after.
fn preview_args<'a>(target: &'a str, mapping: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec![
        "--task-id",
        "t1",
        "--target",
        target,
        "--audit-check-to-actions-mapping",
        mapping,
        "--preview",
    ];
    args.extend_from_slice(extra);
    args
}

fn audit_args<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    preview_args("auditTaskId=audit1", MAPPING, extra)
}

const DEACTIVATE_SHARED: &str = r#"{"DEVICE_CERTIFICATE_SHARED_CHECK": ["Deactivate"]}"#;

fn audit_requests() -> Vec<Value> {
    vec![
        list(None),
        list(Some("page2")),
        suppressions(),
        get("/mitigationactions/actions/Deactivate"),
        get("/mitigationactions/actions/Ghost"),
        get("/mitigationactions/actions/CaOff"),
    ]
}

const AUDIT_JSON: &str = r#"{
    "taskId": "t1",
    "counts": {
        "findingsSelected": 4,
        "findingsToMitigate": 1,
        "findingsExcluded": 3,
        "actionsToRun": 1
    },
    "actions": [
        {
            "actionName": "Deactivate",
            "actionType": "UPDATE_DEVICE_CERTIFICATE",
            "findings": 1
        }
    ],
    "findings": [
        {
            "findingId": "f1",
            "checkName": "DEVICE_CERTIFICATE_SHARED_CHECK",
            "severity": "CRITICAL",
            "reasonForNonComplianceCode": "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES",
            "resourceType": "DEVICE_CERTIFICATE",
            "resource": "deviceCertificateId=cert-f1",
            "actions": [
                "Deactivate"
            ]
        }
    ],
    "excludedFindings": [
        {
            "findingId": "f2",
            "checkName": "DEVICE_CERTIFICATE_SHARED_CHECK",
            "reason": "SUPPRESSED"
        },
        {
            "findingId": "f3",
            "checkName": "LOGGING_DISABLED_CHECK",
            "reason": "NO_APPLICABLE_ACTION"
        },
        {
            "findingId": "f4",
            "checkName": "CA_CERTIFICATE_EXPIRING_CHECK",
            "reason": "NO_ACTIONS_FOR_CHECK"
        }
    ],
    "excludedActions": [
        {
            "checkName": "DEVICE_CERTIFICATE_SHARED_CHECK",
            "actionName": "Ghost",
            "actionType": null,
            "reason": "UNKNOWN_ACTION"
        },
        {
            "checkName": "DEVICE_CERTIFICATE_SHARED_CHECK",
            "actionName": "CaOff",
            "actionType": "UPDATE_CA_CERTIFICATE",
            "reason": "ACTION_TYPE_NOT_SUPPORTED_BY_CHECK"
        },
        {
            "checkName": "LOGGING_DISABLED_CHECK",
            "actionName": "CaOff",
            "actionType": "UPDATE_CA_CERTIFICATE",
            "reason": "ACTION_TYPE_NOT_SUPPORTED_BY_CHECK"
        }
    ]
}
"#;

#[test]
fn an_audit_target_reads_every_page_and_each_action_once() {
    let r = run(audit_replies(), &audit_args(&[]));
    assert_eq!(r.stderr, "");
    assert_eq!(r.code, Some(0));
    assert_eq!(r.requests, audit_requests());
    assert_eq!(r.stdout, AUDIT_JSON);
}

const AUDIT_TABLE: &str = "\
--------------------------------------------------------------------------------------------------------------------
|                                         PreviewAuditMitigationActionsTask                                        |
+----------------------------------------------------------------------+-------------------------------------------+
|  taskId                                                              |  t1                                       |
+----------------------------------------------------------------------+-------------------------------------------+
||                                                     actions                                                    ||
|+-----------------------------------+----------------------------------------------------------------------------+|
||  actionName                       |  Deactivate                                                                ||
||  actionType                       |  UPDATE_DEVICE_CERTIFICATE                                                 ||
||  findings                         |  1                                                                         ||
|+-----------------------------------+----------------------------------------------------------------------------+|
||                                                     counts                                                     ||
|+-------------------------------------------------------------------------------------------+--------------------+|
||  actionsToRun                                                                             |  1                 ||
||  findingsExcluded                                                                         |  3                 ||
||  findingsSelected                                                                         |  4                 ||
||  findingsToMitigate                                                                       |  1                 ||
|+-------------------------------------------------------------------------------------------+--------------------+|
||                                                 excludedActions                                                ||
|+------------+------------------------+-----------------------------------+--------------------------------------+|
|| actionName |      actionType        |             checkName             |               reason                 ||
|+------------+------------------------+-----------------------------------+--------------------------------------+|
||  Ghost     |  None                  |  DEVICE_CERTIFICATE_SHARED_CHECK  |  UNKNOWN_ACTION                      ||
||  CaOff     |  UPDATE_CA_CERTIFICATE |  DEVICE_CERTIFICATE_SHARED_CHECK  |  ACTION_TYPE_NOT_SUPPORTED_BY_CHECK  ||
||  CaOff     |  UPDATE_CA_CERTIFICATE |  LOGGING_DISABLED_CHECK           |  ACTION_TYPE_NOT_SUPPORTED_BY_CHECK  ||
|+------------+------------------------+-----------------------------------+--------------------------------------+|
||                                                excludedFindings                                                ||
|+-----------------------------------------------------+--------------------+-------------------------------------+|
||                      checkName                      |     findingId      |               reason                ||
|+-----------------------------------------------------+--------------------+-------------------------------------+|
||  DEVICE_CERTIFICATE_SHARED_CHECK                    |  f2                |  SUPPRESSED                         ||
||  LOGGING_DISABLED_CHECK                             |  f3                |  NO_APPLICABLE_ACTION               ||
||  CA_CERTIFICATE_EXPIRING_CHECK                      |  f4                |  NO_ACTIONS_FOR_CHECK               ||
|+-----------------------------------------------------+--------------------+-------------------------------------+|
||                                                    findings                                                    ||
|+----------------------------------------------+-----------------------------------------------------------------+|
||  checkName                                   |  DEVICE_CERTIFICATE_SHARED_CHECK                                ||
||  findingId                                   |  f1                                                             ||
||  reasonForNonComplianceCode                  |  CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES                         ||
||  resource                                    |  deviceCertificateId=cert-f1                                    ||
||  resourceType                                |  DEVICE_CERTIFICATE                                             ||
||  severity                                    |  CRITICAL                                                       ||
|+----------------------------------------------+-----------------------------------------------------------------+|
|||                                                    actions                                                   |||
||+--------------------------------------------------------------------------------------------------------------+||
|||  Deactivate                                                                                                  |||
||+--------------------------------------------------------------------------------------------------------------+||
";

#[test]
fn the_preview_prints_as_a_table() {
    let r = run(audit_replies(), &audit_args(&["--output", "table"]));
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(r.requests, audit_requests());
    assert_eq!(r.stdout, AUDIT_TABLE);
}

#[test]
fn the_preview_answers_queries_and_prints_as_text() {
    let r = run(
        audit_replies(),
        &audit_args(&[
            "--query",
            "counts.[findingsToMitigate, findingsExcluded]",
            "--output",
            "text",
        ]),
    );
    assert_eq!(
        (r.code, r.stdout.as_str()),
        (Some(0), "1\t3\n"),
        "{}",
        r.stderr
    );
    let r = run(
        audit_replies(),
        &audit_args(&[
            "--query",
            "excludedFindings[?reason=='SUPPRESSED'].findingId",
        ]),
    );
    assert_eq!(r.stdout, "[\n    \"f2\"\n]\n");
}

#[test]
fn finding_ids_are_described_each_and_unknown_ones_are_excluded() {
    let replies = vec![
        ok(
            json!({"finding": finding("f1", SHARED, "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES", false)}),
        ),
        not_found("Finding f9 not found"),
        no_suppressions(),
        action("Deactivate", "UPDATE_DEVICE_CERTIFICATE"),
    ];
    let r = run(
        replies,
        &preview_args(
            "findingIds=f1,f9",
            DEACTIVATE_SHARED,
            &[
                "--query",
                "{counts: counts, excluded: excludedFindings, first: findings[0].actions}",
            ],
        ),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(
        r.requests,
        vec![
            get("/audit/findings/f1"),
            get("/audit/findings/f9"),
            suppressions(),
            get("/mitigationactions/actions/Deactivate"),
        ]
    );
    let printed: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        printed,
        json!({
            "counts": {"findingsSelected": 2, "findingsToMitigate": 1, "findingsExcluded": 1, "actionsToRun": 1},
            "excluded": [{"findingId": "f9", "checkName": null, "reason": "FINDING_NOT_FOUND"}],
            "first": ["Deactivate"]
        })
    );
}

#[test]
fn the_reason_code_filter_narrows_the_audit_findings() {
    let replies = vec![
        ok(json!({"findings": [
            finding("f1", SHARED, "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES", false),
            finding("f3", LOGGING, "LOGGING_DISABLED", false),
        ]})),
        no_suppressions(),
        action("Deactivate", "UPDATE_DEVICE_CERTIFICATE"),
    ];
    let r = run(
        replies,
        &preview_args(
            r#"{"auditTaskId": "audit1", "auditCheckToReasonCodeFilter": {"LOGGING_DISABLED_CHECK": ["LOGGING_DISABLED"]}}"#,
            DEACTIVATE_SHARED,
            &[
                "--query",
                "[counts.findingsSelected, excludedFindings[0].reason]",
                "--output",
                "text",
            ],
        ),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    assert_eq!(
        r.requests,
        vec![
            list(None),
            suppressions(),
            get("/mitigationactions/actions/Deactivate")
        ]
    );
    assert_eq!(r.stdout, "1\tNO_ACTIONS_FOR_CHECK\n");
}

#[test]
fn a_suppression_made_after_the_audit_excludes_its_finding() {
    // The audit reported f1 unsuppressed; a suppression in force now covers it (another, for
    // f2's resource, has expired).
    let replies = vec![
        ok(json!({"findings": [
            finding("f1", SHARED, "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES", false),
            finding("f2", SHARED, "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES", false),
        ]})),
        ok(json!({"suppressions": [
            {"checkName": SHARED, "resourceIdentifier": {"deviceCertificateId": "cert-f1"},
             "suppressIndefinitely": true},
            {"checkName": SHARED, "resourceIdentifier": {"deviceCertificateId": "cert-f2"},
             "expirationDate": 1605866400}
        ], "nextToken": "s2"})),
        ok(json!({"suppressions": []})),
        action("Deactivate", "UPDATE_DEVICE_CERTIFICATE"),
    ];
    let r = run(
        replies,
        &preview_args(
            "auditTaskId=audit1",
            DEACTIVATE_SHARED,
            &["--query", "{counts: counts, excluded: excludedFindings}"],
        ),
    );
    assert_eq!(r.code, Some(0), "{}", r.stderr);
    let mut second = suppressions();
    second["body"] = json!({"nextToken": "s2"});
    assert_eq!(
        r.requests,
        vec![
            list(None),
            suppressions(),
            second,
            get("/mitigationactions/actions/Deactivate")
        ]
    );
    let printed: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(
        printed,
        json!({
            "counts": {"findingsSelected": 2, "findingsToMitigate": 1, "findingsExcluded": 1, "actionsToRun": 1},
            "excluded": [{"findingId": "f1", "checkName": SHARED, "reason": "SUPPRESSED"}]
        })
    );
}

#[test]
fn a_service_error_stops_the_preview_as_any_call_does() {
    let replies = vec![Reply {
        status: 400,
        body: Some(json!({"message": "Audit task audit1 does not exist"})),
        headers: vec![("x-amzn-ErrorType".into(), "InvalidRequestException".into())],
    }];
    let r = run(replies, &audit_args(&[]));
    assert_eq!(r.code, Some(254));
    assert_eq!(r.stdout, "");
    assert_eq!(
        r.stderr,
        "\niotmit: [ERROR]: An error occurred (InvalidRequestException) when calling the \
         ListAuditFindings operation: Audit task audit1 does not exist\n"
    );
    assert_eq!(r.requests, vec![list(None)]);
}

#[test]
fn the_preview_needs_what_a_real_start_needs_and_sends_nothing_otherwise() {
    let r = run(
        Vec::new(),
        &[
            "--target",
            "auditTaskId=audit1",
            "--audit-check-to-actions-mapping",
            MAPPING,
            "--preview",
        ],
    );
    assert_eq!(r.code, Some(252));
    assert!(
        r.stderr
            .contains("the following arguments are required: --task-id"),
        "{}",
        r.stderr
    );
    assert_eq!(r.requests, Vec::<Value>::new());
    let r = run(Vec::new(), &audit_args(&["--wait"]));
    assert_eq!(r.code, Some(252));
    assert!(
        r.stderr
            .contains("--preview: not allowed with argument --wait"),
        "{}",
        r.stderr
    );
    assert_eq!(r.requests, Vec::<Value>::new());
}

#[test]
fn the_help_marks_preview_as_an_iotmit_extension() {
    let env = Env::new("iso8601");
    let out = env
        .command()
        .args(["start-audit-mitigation-actions-task", "help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("          [--preview]\n"), "{text}");
    let entry = text
        .split("       --preview (boolean)\n")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .unwrap_or_default();
    let words: Vec<&str> = entry.split_whitespace().collect();
    assert!(
        words
            .join(" ")
            .starts_with("Shows what the task would do, without starting it")
            && words
                .join(" ")
                .ends_with("(iotmit extension, not in the AWS CLI)."),
        "{text}"
    );
    let out = env
        .command()
        .args(["start-detect-mitigation-actions-task", "help"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("--preview"));
}
