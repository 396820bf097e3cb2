//! The audit-to-mitigation loop of the local endpoint over the wire: the account's audit
//! configuration, on-demand audits that check the seeded resources, their findings,
//! suppressions, mitigation actions that change those resources (so that an audit after
//! them no longer reports what they fixed), Detect violations, sealed pagination tokens and
//! SigV4 verification.

use crate::local_common as common;

use std::time::Duration;

use common::*;
use iotmit::local::{sigv4, ServeOptions};
use serde_json::{json, Value};

/// The seven checks the local endpoint answers from its resources.
const CHECKS: &[&str] = &[
    "DEVICE_CERTIFICATE_EXPIRING_CHECK",
    "DEVICE_CERTIFICATE_SHARED_CHECK",
    "REVOKED_CA_CERT_CHECK",
    "CA_CERTIFICATE_EXPIRING_CHECK",
    "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK",
    "IOT_POLICY_OVERLY_PERMISSIVE_CHECK",
    "LOGGING_DISABLED_CHECK",
];

const LAMP_CERT: &str = "be6e5bfb3414348865798e0fea7ab4c206057285c9bc77e9c7de09c78a5a2e11";
const THERMOSTAT_CERT: &str = "15d874baeb52060509661258c9c60f5d65b010aca11c68e6a99fd80022d1d47b";
const DOORBELL_CERT: &str = "7fa3c632a2b01565c47f4c845ad80de99ef836810bc588ac62f68690958c49f7";
const GATEWAY_CERT: &str = "f2d2a571e35f4071419f896450c490f62d771184d5c31b77038981161e73e4f6";
const INTERMEDIATE_CA: &str = "2b1bc7cd0cd93e914b3e47b98f9816a0754b2bf5cc989da0bb4eb3fc6e6cfa2d";
const PARTNER_CA: &str = "d6e6ef19ae018863510be714b9f7bbdcef4fb69a84c4f0f1968338c808527569";

/// A server on a fresh state holding the demo data set.
fn demo(dir: &Scratch, execution_ms: u64) -> Server {
    Server::on_state(&dir.path("state.sqlite3"), execution_ms)
}

fn enable(s: &Server, checks: &[&str]) {
    let configs: serde_json::Map<String, Value> = checks
        .iter()
        .map(|c| (c.to_string(), json!({"enabled": true})))
        .collect();
    let r = s.call(
        "PATCH",
        "/audit/configuration",
        Some(json!({
            "roleArn": "arn:aws:iam::123456789012:role/AuditRole",
            "auditCheckConfigurations": configs
        })),
    );
    assert_eq!(r.text, "{}", "{}", r.text);
}

fn start_audit(s: &Server, checks: &[&str]) -> String {
    let r = s.call(
        "POST",
        "/audit/tasks",
        Some(json!({ "targetCheckNames": checks })),
    );
    let id = r.expect_ok()["taskId"].as_str().unwrap().to_string();
    assert_eq!(id.len(), 32, "{id}");
    assert!(id.chars().all(|c| c.is_ascii_hexdigit()), "{id}");
    id
}

fn wait_audit(s: &Server, id: &str) -> Value {
    eventually(20, || {
        let d = s
            .call("GET", &format!("/audit/tasks/{id}"), None)
            .expect_ok()
            .clone();
        (d["taskStatus"] != "IN_PROGRESS").then_some(d)
    })
}

fn findings(s: &Server, id: &str) -> Vec<Value> {
    s.call("POST", "/audit/findings", Some(json!({ "taskId": id })))
        .expect_ok()["findings"]
        .as_array()
        .unwrap()
        .clone()
}

/// (check, reason code, resource id) of each finding.
fn summary(fs: &[Value]) -> Vec<(String, String, String)> {
    fs.iter()
        .map(|f| {
            let id = &f["nonCompliantResource"]["resourceIdentifier"];
            let rid = id
                .as_object()
                .and_then(|m| m.values().next())
                .map(|v| match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
                .unwrap_or_default();
            (
                f["checkName"].as_str().unwrap().to_string(),
                f["reasonForNonComplianceCode"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                rid,
            )
        })
        .collect()
}

fn s3(a: &str, b: &str, c: &str) -> (String, String, String) {
    (a.into(), b.into(), c.into())
}

#[test]
fn a_fresh_account_has_every_check_disabled_and_configuration_round_trips() {
    let dir = Scratch::new("loop-config");
    let s = demo(&dir, 20);
    let d = s.call("GET", "/audit/configuration", None);
    let d = d.expect_ok();
    assert!(d.get("roleArn").is_none(), "{d}");
    assert_eq!(d["auditNotificationTargetConfigurations"], json!({}));
    let checks = d["auditCheckConfigurations"].as_object().unwrap();
    assert_eq!(checks.len(), 18);
    assert!(
        checks.values().all(|c| c == &json!({"enabled": false})),
        "{d}"
    );

    // The first configuration needs a role.
    s.call(
        "PATCH",
        "/audit/configuration",
        Some(json!({"auditCheckConfigurations": {"LOGGING_DISABLED_CHECK": {"enabled": true}}})),
    )
    .expect_error(400, "InvalidRequestException");
    // Model limits are checked as the service checks them.
    let r = s.call(
        "PATCH",
        "/audit/configuration",
        Some(json!({"roleArn": "short", "auditCheckConfigurations": {"LOGGING_DISABLED_CHECK": {"enabled": true, "configuration": {"NOPE": "1"}}}})),
    );
    r.expect_error(400, "InvalidRequestException");
    assert_eq!(r.message(), "2 validation errors detected: Value 'short' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20; Value 'NOPE' at 'auditCheckConfigurations.LOGGING_DISABLED_CHECK.configuration' failed to satisfy constraint: Member must satisfy enum value set: [CERT_AGE_THRESHOLD_IN_DAYS, CERT_EXPIRATION_THRESHOLD_IN_DAYS]");
    let r = s.call(
        "PATCH",
        "/audit/configuration",
        Some(json!({"roleArn": "arn:aws:iam::123456789012:role/AuditRole", "auditCheckConfigurations": {"NOT_A_CHECK": {"enabled": true}}})),
    );
    r.expect_error(400, "InvalidRequestException");
    assert!(
        r.message()
            .starts_with("'NOT_A_CHECK' is not an audit check name."),
        "{}",
        r.message()
    );

    let r = s.call(
        "PATCH",
        "/audit/configuration",
        Some(json!({
            "roleArn": "arn:aws:iam::123456789012:role/AuditRole",
            "auditNotificationTargetConfigurations": {"SNS": {"targetArn": "arn:aws:sns:us-east-1:123456789012:audits", "roleArn": "arn:aws:iam::123456789012:role/AuditSns", "enabled": true}},
            "auditCheckConfigurations": {
                "LOGGING_DISABLED_CHECK": {"enabled": true},
                "DEVICE_CERTIFICATE_EXPIRING_CHECK": {"enabled": true, "configuration": {"CERT_EXPIRATION_THRESHOLD_IN_DAYS": "15"}}
            }
        })),
    );
    assert_eq!((r.status, r.text.as_str()), (200, "{}"));
    // A later update changes only what it names.
    let r = s.call(
        "PATCH",
        "/audit/configuration",
        Some(json!({"auditCheckConfigurations": {"LOGGING_DISABLED_CHECK": {"enabled": false}}})),
    );
    assert_eq!((r.status, r.text.as_str()), (200, "{}"));
    let d = s
        .call("GET", "/audit/configuration", None)
        .expect_ok()
        .clone();
    assert_eq!(d["roleArn"], "arn:aws:iam::123456789012:role/AuditRole");
    assert_eq!(
        d["auditNotificationTargetConfigurations"],
        json!({"SNS": {"targetArn": "arn:aws:sns:us-east-1:123456789012:audits", "roleArn": "arn:aws:iam::123456789012:role/AuditSns", "enabled": true}})
    );
    assert_eq!(
        d["auditCheckConfigurations"]["DEVICE_CERTIFICATE_EXPIRING_CHECK"],
        json!({"enabled": true, "configuration": {"CERT_EXPIRATION_THRESHOLD_IN_DAYS": "15"}})
    );
    assert_eq!(
        d["auditCheckConfigurations"]["LOGGING_DISABLED_CHECK"],
        json!({"enabled": false})
    );
    let keys: Vec<&str> = d.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "roleArn",
            "auditNotificationTargetConfigurations",
            "auditCheckConfigurations"
        ]
    );

    let r = s.call(
        "DELETE",
        "/audit/configuration?deleteScheduledAudits=true",
        None,
    );
    assert_eq!((r.status, r.text.as_str()), (200, "{}"));
    s.call("DELETE", "/audit/configuration", None)
        .expect_error(404, "ResourceNotFoundException");
    let d = s
        .call("GET", "/audit/configuration", None)
        .expect_ok()
        .clone();
    assert!(d.get("roleArn").is_none());
}

#[test]
fn a_check_that_is_not_enabled_is_refused() {
    let dir = Scratch::new("loop-disabled");
    let s = demo(&dir, 20);
    enable(&s, &["LOGGING_DISABLED_CHECK"]);
    let r = s.call(
        "POST",
        "/audit/tasks",
        Some(json!({"targetCheckNames": ["LOGGING_DISABLED_CHECK", "DEVICE_CERTIFICATE_SHARED_CHECK"]})),
    );
    r.expect_error(400, "InvalidRequestException");
    assert_eq!(
        r.message(),
        "The audit check(s) DEVICE_CERTIFICATE_SHARED_CHECK are not enabled for this account. Enable them with UpdateAccountAuditConfiguration first."
    );
    let r = s.call("POST", "/audit/tasks", Some(json!({})));
    r.expect_error(400, "InvalidRequestException");
    assert_eq!(
        r.message(),
        "1 validation error detected: Value null at 'targetCheckNames' failed to satisfy constraint: Member must not be null"
    );
    s.call("GET", "/audit/tasks/0123456789abcdef0123456789abcdef", None)
        .expect_error(404, "ResourceNotFoundException");
    s.call("GET", "/audit/tasks/not_valid", None)
        .expect_error(400, "InvalidRequestException");
}

#[test]
fn an_audit_finds_what_the_seed_holds_and_progresses_with_time() {
    let dir = Scratch::new("loop-audit");
    let s = demo(&dir, 150);
    enable(&s, CHECKS);
    let id = start_audit(&s, CHECKS);
    let d = s
        .call("GET", &format!("/audit/tasks/{id}"), None)
        .expect_ok()
        .clone();
    assert_eq!(d["taskStatus"], "IN_PROGRESS", "{d}");
    assert_eq!(d["taskType"], "ON_DEMAND_AUDIT_TASK");
    assert_eq!(d["taskStatistics"]["totalChecks"], 7);
    assert!(
        d["taskStatistics"]["inProgressChecks"].as_i64().unwrap() >= 1,
        "{d}"
    );
    let d = wait_audit(&s, &id);
    assert_eq!(d["taskStatus"], "COMPLETED", "{d}");
    assert_eq!(
        d["taskStatistics"],
        json!({"totalChecks": 7, "inProgressChecks": 0, "waitingForDataCollectionChecks": 0,
               "compliantChecks": 0, "nonCompliantChecks": 7, "failedChecks": 0, "canceledChecks": 0})
    );
    assert_eq!(
        d["auditDetails"]["DEVICE_CERTIFICATE_EXPIRING_CHECK"],
        json!({"checkRunStatus": "COMPLETED_NON_COMPLIANT", "checkCompliant": false,
               "totalResourcesCount": 5, "nonCompliantResourcesCount": 2,
               "suppressedNonCompliantResourcesCount": 0})
    );
    assert_eq!(
        d["auditDetails"]["LOGGING_DISABLED_CHECK"],
        json!({"checkRunStatus": "COMPLETED_NON_COMPLIANT", "checkCompliant": false,
               "totalResourcesCount": 1, "nonCompliantResourcesCount": 1,
               "suppressedNonCompliantResourcesCount": 0})
    );

    let fs = findings(&s, &id);
    assert_eq!(
        summary(&fs),
        vec![
            s3(
                "DEVICE_CERTIFICATE_EXPIRING_CHECK",
                "CERTIFICATE_APPROACHING_EXPIRATION",
                LAMP_CERT
            ),
            s3(
                "DEVICE_CERTIFICATE_EXPIRING_CHECK",
                "CERTIFICATE_PAST_EXPIRATION",
                THERMOSTAT_CERT
            ),
            s3(
                "DEVICE_CERTIFICATE_SHARED_CHECK",
                "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES",
                DOORBELL_CERT
            ),
            s3(
                "REVOKED_CA_CERT_CHECK",
                "CERTIFICATE_REVOKED_BY_ISSUER",
                INTERMEDIATE_CA
            ),
            s3(
                "CA_CERTIFICATE_EXPIRING_CHECK",
                "CERTIFICATE_APPROACHING_EXPIRATION",
                PARTNER_CA
            ),
            s3(
                "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK",
                "INTERMEDIATE_CA_REVOKED_BY_ISSUER",
                GATEWAY_CERT
            ),
            s3(
                "IOT_POLICY_OVERLY_PERMISSIVE_CHECK",
                "ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS",
                "{\"policyName\":\"smart-lights-policy\",\"policyVersionId\":\"1\"}"
            ),
            s3("LOGGING_DISABLED_CHECK", "LOGGING_DISABLED", "123456789012"),
        ]
    );
    let severities: Vec<&str> = fs.iter().map(|f| f["severity"].as_str().unwrap()).collect();
    assert_eq!(
        severities,
        ["MEDIUM", "MEDIUM", "CRITICAL", "CRITICAL", "MEDIUM", "CRITICAL", "CRITICAL", "LOW"]
    );
    // One finding in full, members in model order.
    let shared = &fs[2];
    let keys: Vec<&str> = shared
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "findingId",
            "taskId",
            "checkName",
            "taskStartTime",
            "findingTime",
            "severity",
            "nonCompliantResource",
            "relatedResources",
            "reasonForNonCompliance",
            "reasonForNonComplianceCode",
            "isSuppressed"
        ]
    );
    assert_eq!(shared["taskId"], id.as_str());
    assert_eq!(shared["isSuppressed"], false);
    assert_eq!(
        shared["relatedResources"],
        json!([
            {"resourceType": "CLIENT_ID", "resourceIdentifier": {"clientId": "doorbell-22"}},
            {"resourceType": "CLIENT_ID", "resourceIdentifier": {"clientId": "doorbell-23"}}
        ])
    );
    assert_eq!(
        fs[5]["relatedResources"],
        json!([{"resourceType": "CA_CERTIFICATE", "resourceIdentifier": {"caCertificateId": INTERMEDIATE_CA}}])
    );
    // DescribeAuditFinding answers the same finding.
    let fid = shared["findingId"].as_str().unwrap();
    let d = s.call("GET", &format!("/audit/findings/{fid}"), None);
    assert_eq!(d.expect_ok(), &json!({ "finding": shared }));
    s.call("GET", "/audit/findings/no-such-finding", None)
        .expect_error(404, "ResourceNotFoundException");

    // Filters: check name, resource, time range; and not both taskId and a time range.
    let r = s.call(
        "POST",
        "/audit/findings",
        Some(json!({"taskId": id, "checkName": "DEVICE_CERTIFICATE_EXPIRING_CHECK", "resourceIdentifier": {"deviceCertificateId": THERMOSTAT_CERT}})),
    );
    assert_eq!(
        summary(r.expect_ok()["findings"].as_array().unwrap()).len(),
        1
    );
    let r = s.call(
        "POST",
        "/audit/findings",
        Some(json!({"taskId": id, "startTime": 0, "endTime": 1})),
    );
    r.expect_error(400, "InvalidRequestException");
    assert_eq!(
        r.message(),
        "Specify either taskId or startTime and endTime, not both."
    );
    let r = s.call(
        "POST",
        "/audit/findings",
        Some(json!({"resourceIdentifier": {"deviceCertificateId": "abc"}, "taskId": id})),
    );
    r.expect_error(400, "InvalidRequestException");
    assert_eq!(r.message(), "1 validation error detected: Value 'abc' at 'resourceIdentifier.deviceCertificateId' failed to satisfy constraint: Member must have length greater than or equal to 64");

    // ListAuditTasks lists it (newest first) with the seeded audits.
    let r = s.call(
        "GET",
        "/audit/tasks?startTime=2000-01-01T00:00:00Z&endTime=2100-01-01T00:00:00Z",
        None,
    );
    let tasks = r.expect_ok()["tasks"].as_array().unwrap().clone();
    assert_eq!(
        tasks[0],
        json!({"taskId": id, "taskStatus": "COMPLETED", "taskType": "ON_DEMAND_AUDIT_TASK"})
    );
    assert_eq!(tasks.len(), 3, "{tasks:?}");
    s.call("PUT", &format!("/audit/tasks/{id}/cancel"), None)
        .expect_error(400, "InvalidRequestException");
}

#[test]
fn cancelling_an_audit_stops_its_checks_and_drops_their_findings() {
    let dir = Scratch::new("loop-cancel");
    let s = demo(&dir, 5_000);
    enable(&s, CHECKS);
    let id = start_audit(&s, CHECKS);
    let r = s.call("PUT", &format!("/audit/tasks/{id}/cancel"), None);
    assert_eq!((r.status, r.text.as_str()), (200, "{}"));
    let d = s
        .call("GET", &format!("/audit/tasks/{id}"), None)
        .expect_ok()
        .clone();
    assert_eq!(d["taskStatus"], "CANCELED");
    assert_eq!(d["taskStatistics"]["canceledChecks"], 7);
    assert_eq!(
        d["auditDetails"]["LOGGING_DISABLED_CHECK"],
        json!({"checkRunStatus": "CANCELED"})
    );
    assert!(findings(&s, &id).is_empty());
    let r = s.call(
        "GET",
        "/audit/tasks?startTime=2000-01-01T00:00:00Z&endTime=2100-01-01T00:00:00Z&taskStatus=CANCELED",
        None,
    );
    assert_eq!(
        r.expect_ok(),
        &json!({"tasks": [{"taskId": id, "taskStatus": "CANCELED", "taskType": "ON_DEMAND_AUDIT_TASK"}]})
    );
}

fn create_loop_actions(s: &Server) {
    create_action(
        s,
        "deact",
        json!({"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}),
    );
    create_action(
        s,
        "deact-ca",
        json!({"updateCACertificateParams": {"action": "DEACTIVATE"}}),
    );
    create_action(
        s,
        "blank-policy",
        json!({"replaceDefaultPolicyVersionParams": {"templateName": "BLANK_POLICY"}}),
    );
    create_action(
        s,
        "logging",
        json!({"enableIoTLoggingParams": {"roleArnForLogging": "arn:aws:iam::123456789012:role/IoTLogging", "logLevel": "ERROR"}}),
    );
}

fn mitigate_all(s: &Server, task: &str, audit_id: &str) -> Value {
    let r = s.call(
        "POST",
        &format!("/audit/mitigationactions/tasks/{task}"),
        Some(json!({
            "target": {"auditTaskId": audit_id},
            "auditCheckToActionsMapping": {
                "DEVICE_CERTIFICATE_EXPIRING_CHECK": ["deact"],
                "DEVICE_CERTIFICATE_SHARED_CHECK": ["deact"],
                "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK": ["deact"],
                "REVOKED_CA_CERT_CHECK": ["deact-ca"],
                "CA_CERTIFICATE_EXPIRING_CHECK": ["deact-ca"],
                "IOT_POLICY_OVERLY_PERMISSIVE_CHECK": ["blank-policy"],
                "LOGGING_DISABLED_CHECK": ["logging"]
            },
            "clientRequestToken": format!("token-{task}")
        })),
    );
    assert_eq!(r.expect_ok(), &json!({ "taskId": task }));
    eventually(20, || {
        let d = s
            .call(
                "GET",
                &format!("/audit/mitigationactions/tasks/{task}"),
                None,
            )
            .expect_ok()
            .clone();
        (d["taskStatus"] != "IN_PROGRESS").then_some(d)
    })
}

fn executions(s: &Server, task: &str, finding: &str) -> Vec<Value> {
    s.call(
        "GET",
        &format!("/audit/mitigationactions/executions?taskId={task}&findingId={finding}"),
        None,
    )
    .expect_ok()["actionsExecutions"]
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn mitigation_fixes_the_resources_and_the_next_audit_reports_nothing() {
    let dir = Scratch::new("loop-fix");
    let s = demo(&dir, 10);
    enable(&s, CHECKS);
    create_loop_actions(&s);
    let first = start_audit(&s, CHECKS);
    wait_audit(&s, &first);
    let fs = findings(&s, &first);
    assert_eq!(fs.len(), 8);
    let d = mitigate_all(&s, "fix-all", &first);
    assert_eq!(d["taskStatus"], "COMPLETED", "{d}");
    for f in &fs {
        let e = executions(&s, "fix-all", f["findingId"].as_str().unwrap());
        assert_eq!(e.len(), 1, "{f}");
        assert_eq!(e[0]["status"], "COMPLETED", "{}", e[0]);
    }
    let second = start_audit(&s, CHECKS);
    let d = wait_audit(&s, &second);
    assert_eq!(d["taskStatistics"]["compliantChecks"], 7, "{d}");
    assert_eq!(findings(&s, &second), Vec::<Value>::new());
    // The policy got a blank default version; logging is on.
    let d = wait_audit(&s, &second);
    assert_eq!(
        d["auditDetails"]["IOT_POLICY_OVERLY_PERMISSIVE_CHECK"],
        json!({"checkRunStatus": "COMPLETED_COMPLIANT", "checkCompliant": true,
               "totalResourcesCount": 2, "nonCompliantResourcesCount": 0,
               "suppressedNonCompliantResourcesCount": 0})
    );
    // Deactivating a certificate twice fails: it is INACTIVE now.
    let d = mitigate_all(&s, "fix-again", &first);
    assert_eq!(d["taskStatus"], "FAILED", "{d}");
    let e = executions(&s, "fix-again", fs[0]["findingId"].as_str().unwrap());
    assert_eq!(e[0]["errorCode"], "INVALID_STATE_OF_RESOURCE");
    assert_eq!(
        e[0]["message"],
        format!("The device certificate {LAMP_CERT} is INACTIVE; only an ACTIVE certificate can be deactivated.")
    );
}

#[test]
fn suppressed_findings_are_marked_skipped_by_mitigation_and_suppressions_expire() {
    let dir = Scratch::new("loop-suppress");
    let s = demo(&dir, 10);
    enable(&s, &["DEVICE_CERTIFICATE_EXPIRING_CHECK"]);
    create_loop_actions(&s);
    let body = json!({
        "checkName": "DEVICE_CERTIFICATE_EXPIRING_CHECK",
        "resourceIdentifier": {"deviceCertificateId": LAMP_CERT},
        "suppressIndefinitely": true,
        "description": "replacement shipped",
        "clientRequestToken": "sup-1"
    });
    let r = s.call("POST", "/audit/suppressions/create", Some(body.clone()));
    assert_eq!((r.status, r.text.as_str()), (200, "{}"));
    // The same token again is the same request; another token is a conflict.
    let r = s.call("POST", "/audit/suppressions/create", Some(body.clone()));
    assert_eq!((r.status, r.text.as_str()), (200, "{}"));
    let mut other = body.clone();
    other["clientRequestToken"] = json!("sup-2");
    s.call("POST", "/audit/suppressions/create", Some(other))
        .expect_error(409, "ResourceAlreadyExistsException");
    let key = json!({"checkName": "DEVICE_CERTIFICATE_EXPIRING_CHECK", "resourceIdentifier": {"deviceCertificateId": LAMP_CERT}});
    let d = s.call("POST", "/audit/suppressions/describe", Some(key.clone()));
    assert_eq!(
        d.expect_ok(),
        &json!({"checkName": "DEVICE_CERTIFICATE_EXPIRING_CHECK",
                "resourceIdentifier": {"deviceCertificateId": LAMP_CERT},
                "suppressIndefinitely": true, "description": "replacement shipped"})
    );

    let audit = start_audit(&s, &["DEVICE_CERTIFICATE_EXPIRING_CHECK"]);
    let d = wait_audit(&s, &audit);
    assert_eq!(
        d["auditDetails"]["DEVICE_CERTIFICATE_EXPIRING_CHECK"]
            ["suppressedNonCompliantResourcesCount"],
        1
    );
    let fs = findings(&s, &audit);
    let marks: Vec<bool> = fs
        .iter()
        .map(|f| f["isSuppressed"].as_bool().unwrap())
        .collect();
    assert_eq!(marks, [true, false]);
    let only = s.call(
        "POST",
        "/audit/findings",
        Some(json!({"taskId": audit, "listSuppressedFindings": false})),
    );
    assert_eq!(only.expect_ok()["findings"].as_array().unwrap().len(), 1);

    let r = s.call(
        "POST",
        "/audit/mitigationactions/tasks/skip-suppressed",
        Some(json!({
            "target": {"auditTaskId": audit},
            "auditCheckToActionsMapping": {"DEVICE_CERTIFICATE_EXPIRING_CHECK": ["deact"]},
            "clientRequestToken": "skip-1"
        })),
    );
    r.expect_ok();
    let d = eventually(20, || {
        let d = s
            .call(
                "GET",
                "/audit/mitigationactions/tasks/skip-suppressed",
                None,
            )
            .expect_ok()
            .clone();
        (d["taskStatus"] != "IN_PROGRESS").then_some(d)
    });
    assert_eq!(
        d["taskStatistics"]["DEVICE_CERTIFICATE_EXPIRING_CHECK"],
        json!({"totalFindingsCount": 2, "failedFindingsCount": 0, "succeededFindingsCount": 1,
               "skippedFindingsCount": 1, "canceledFindingsCount": 0})
    );
    let e = executions(&s, "skip-suppressed", fs[0]["findingId"].as_str().unwrap());
    assert_eq!(e[0]["status"], "SKIPPED");
    assert_eq!(
        e[0]["message"],
        "The finding is suppressed: mitigation actions are not applied to suppressed findings."
    );
    assert_eq!(
        executions(&s, "skip-suppressed", fs[1]["findingId"].as_str().unwrap())[0]["status"],
        "COMPLETED"
    );

    // Update, list, delete.
    let soon = (std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_millis() as f64
        + 1500.0)
        / 1000.0;
    let mut update = key.clone();
    update["suppressIndefinitely"] = json!(false);
    update["expirationDate"] = json!(soon);
    let r = s.call("PATCH", "/audit/suppressions/update", Some(update));
    assert_eq!((r.status, r.text.as_str()), (200, "{}"));
    let l = s.call("POST", "/audit/suppressions/list", Some(json!({})));
    let list = l.expect_ok()["suppressions"].as_array().unwrap().clone();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0]["suppressIndefinitely"], false);
    assert!(list[0]["expirationDate"].as_f64().is_some(), "{}", list[0]);
    // It expires.
    std::thread::sleep(Duration::from_millis(1700));
    s.call("POST", "/audit/suppressions/describe", Some(key.clone()))
        .expect_error(404, "ResourceNotFoundException");
    assert_eq!(
        s.call("POST", "/audit/suppressions/list", Some(json!({})))
            .expect_ok(),
        &json!({"suppressions": []})
    );
    s.call("POST", "/audit/suppressions/delete", Some(key.clone()))
        .expect_error(404, "ResourceNotFoundException");
    let mut again = body.clone();
    again["clientRequestToken"] = json!("sup-3");
    s.call("POST", "/audit/suppressions/create", Some(again))
        .expect_ok();
    let r = s.call("POST", "/audit/suppressions/delete", Some(key));
    assert_eq!((r.status, r.text.as_str()), (200, "{}"));
}

#[test]
fn adding_things_to_groups_counts_dynamic_groups_and_refuses_dynamic_targets() {
    let dir = Scratch::new("loop-groups");
    let s = demo(&dir, 10);
    enable(
        &s,
        &[
            "DEVICE_CERTIFICATE_SHARED_CHECK",
            "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK",
        ],
    );
    create_action(
        &s,
        "quarantine",
        json!({"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine"]}}),
    );
    create_action(
        &s,
        "quarantine-override",
        json!({"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine"], "overrideDynamicGroups": true}}),
    );
    create_action(
        &s,
        "to-dynamic",
        json!({"addThingsToThingGroupParams": {"thingGroupNames": ["low-battery"]}}),
    );
    let audit = start_audit(
        &s,
        &[
            "DEVICE_CERTIFICATE_SHARED_CHECK",
            "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK",
        ],
    );
    wait_audit(&s, &audit);
    let fs = findings(&s, &audit);
    let shared = fs[0]["findingId"].as_str().unwrap().to_string();
    let gateway = fs[1]["findingId"].as_str().unwrap().to_string();
    let run = |task: &str, check: &str, action: &str, finding: &str| {
        s.call(
            "POST",
            &format!("/audit/mitigationactions/tasks/{task}"),
            Some(json!({
                "target": {"findingIds": [finding]},
                "auditCheckToActionsMapping": {check: [action]},
                "clientRequestToken": task
            })),
        )
        .expect_ok();
        eventually(20, || {
            let e = executions(&s, task, finding);
            (e[0]["status"] != "IN_PROGRESS" && e[0]["status"] != "PENDING").then_some(e)
        })
    };
    // doorbell-23 is in 9 static groups and 1 dynamic group: full without overriding.
    let e = run(
        "q1",
        "DEVICE_CERTIFICATE_SHARED_CHECK",
        "quarantine",
        &shared,
    );
    assert_eq!(e[0]["status"], "FAILED", "{e:?}");
    assert_eq!(
        e[0]["message"],
        "The thing doorbell-23 is already in 10 thing groups; adding it to 1 more would exceed the maximum of 10."
    );
    let e = run(
        "q2",
        "DEVICE_CERTIFICATE_SHARED_CHECK",
        "quarantine-override",
        &shared,
    );
    assert_eq!(e[0]["status"], "COMPLETED", "{e:?}");
    // gateway-01 is in 10 static groups: overriding dynamic groups does not help.
    let e = run(
        "q3",
        "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK",
        "quarantine-override",
        &gateway,
    );
    assert_eq!(e[0]["status"], "FAILED", "{e:?}");
    let e = run(
        "q4",
        "DEVICE_CERTIFICATE_SHARED_CHECK",
        "to-dynamic",
        &shared,
    );
    assert_eq!(
        e[0]["message"],
        "The thing group low-battery is a dynamic thing group; things cannot be added to it."
    );
}

#[test]
fn seeded_violations_are_listed_as_active_violations_and_events() {
    let dir = Scratch::new("loop-violations");
    let s = demo(&dir, 10);
    let r = s.call(
        "GET",
        "/active-violations?securityProfileName=smart-lights",
        None,
    );
    let v = r.expect_ok()["activeViolations"]
        .as_array()
        .unwrap()
        .clone();
    let ids: Vec<&str> = v
        .iter()
        .map(|x| x["violationId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["9a8b7c6d-0001", "9a8b7c6d-0002", "9a8b7c6d-0004"]);
    let keys: Vec<&str> = v[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        keys,
        [
            "violationId",
            "thingName",
            "securityProfileName",
            "behavior",
            "lastViolationTime",
            "violationStartTime"
        ]
    );
    assert_eq!(v[0]["behavior"], json!({"name": "num-messages-sent"}));
    let r = s.call(
        "GET",
        "/active-violations?listSuppressedAlerts=false&maxResults=2",
        None,
    );
    let page = r.expect_ok().clone();
    assert_eq!(page["activeViolations"].as_array().unwrap().len(), 2);
    let token = page["nextToken"].as_str().unwrap().to_string();
    let r = s.call(
        "GET",
        &format!("/active-violations?listSuppressedAlerts=false&maxResults=2&nextToken={token}"),
        None,
    );
    let ids: Vec<String> = r.expect_ok()["activeViolations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["violationId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["9a8b7c6d-0005", "9a8b7c6d-0006"]);
    // A token is sealed to its filters.
    s.call(
        "GET",
        &format!("/active-violations?maxResults=2&nextToken={token}"),
        None,
    )
    .expect_error(400, "InvalidRequestException");
    s.call("GET", "/active-violations?securityProfileName=nope", None)
        .expect_error(404, "ResourceNotFoundException");

    let r = s.call(
        "GET",
        "/violation-events?startTime=2000-01-01T00:00:00Z&endTime=2100-01-01T00:00:00Z&thingName=lamp-17",
        None,
    );
    let ev = r.expect_ok()["violationEvents"].as_array().unwrap().clone();
    let kinds: Vec<(&str, &str)> = ev
        .iter()
        .map(|e| {
            (
                e["violationId"].as_str().unwrap(),
                e["violationEventType"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            ("9a8b7c6d-0003", "in-alarm"),
            ("9a8b7c6d-0003", "alarm-cleared"),
            ("9a8b7c6d-0001", "in-alarm")
        ]
    );
    let r = s.call(
        "GET",
        "/violation-events?startTime=2000-01-01T00:00:00Z",
        None,
    );
    r.expect_error(400, "InvalidRequestException");
    assert_eq!(r.message(), "1 validation error detected: Value null at 'endTime' failed to satisfy constraint: Member must not be null");
}

#[test]
fn pagination_tokens_of_findings_are_sealed() {
    let dir = Scratch::new("loop-pages");
    let s = demo(&dir, 10);
    enable(&s, CHECKS);
    let audit = start_audit(&s, CHECKS);
    wait_audit(&s, &audit);
    let mut seen = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut body = json!({"taskId": audit, "maxResults": 3});
        if let Some(t) = &token {
            body["nextToken"] = json!(t);
        }
        let page = s
            .call("POST", "/audit/findings", Some(body))
            .expect_ok()
            .clone();
        for f in page["findings"].as_array().unwrap() {
            seen.push(f["findingId"].as_str().unwrap().to_string());
        }
        match page["nextToken"].as_str() {
            Some(t) => token = Some(t.to_string()),
            None => break,
        }
    }
    assert_eq!(seen.len(), 8);
    let all: Vec<String> = findings(&s, &audit)
        .iter()
        .map(|f| f["findingId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(seen, all);
    let page = s
        .call(
            "POST",
            "/audit/findings",
            Some(json!({"taskId": audit, "maxResults": 3})),
        )
        .expect_ok()
        .clone();
    let t = page["nextToken"].as_str().unwrap();
    // Flip one character of the token: refused.
    let mut forged: Vec<char> = t.chars().collect();
    let last = forged.len() - 2;
    forged[last] = if forged[last] == 'A' { 'B' } else { 'A' };
    let forged: String = forged.into_iter().collect();
    let r = s.call(
        "POST",
        "/audit/findings",
        Some(json!({"taskId": audit, "maxResults": 3, "nextToken": forged})),
    );
    r.expect_error(400, "InvalidRequestException");
    assert_eq!(r.message(), "The nextToken is not valid for this request. Pass the nextToken returned by the previous call with the same filters.");
}

/// Signs a request as the SDKs do (SigV4, header form, path encoded twice).
#[allow(clippy::too_many_arguments)]
fn sign(
    method: &str,
    path: &str,
    query: &str,
    host: &str,
    body: &str,
    key: (&str, &str),
    region: &str,
    amz_date: &str,
) -> String {
    use hmac::Mac;
    let hmac = |k: &[u8], d: &str| -> Vec<u8> {
        let mut m = hmac::Hmac::<sha2::Sha256>::new_from_slice(k).unwrap();
        m.update(d.as_bytes());
        m.finalize().into_bytes().to_vec()
    };
    let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
    let sha = |d: &str| {
        use sha2::Digest;
        hex(&sha2::Sha256::digest(d.as_bytes()))
    };
    let canonical_path: String = path
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~/".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    let canonical = format!(
        "{method}\n{canonical_path}\n{query}\nhost:{host}\nx-amz-date:{amz_date}\n\nhost;x-amz-date\n{}",
        sha(body)
    );
    let date = &amz_date[..8];
    let scope = format!("{date}/{region}/iot/aws4_request");
    let sts = format!("AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}", sha(&canonical));
    let mut k = hmac(format!("AWS4{}", key.1).as_bytes(), date);
    for part in [region, "iot", "aws4_request"] {
        k = hmac(&k, part);
    }
    format!(
        "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders=host;x-amz-date, Signature={}",
        key.0,
        hex(&hmac(&k, &sts))
    )
}

fn signed_call(
    s: &Server,
    method: &str,
    path_and_query: &str,
    body: &str,
    auth: &str,
    amz_date: &str,
) -> Resp {
    let mut req = format!(
        "{method} {path_and_query} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\nAuthorization: {auth}\r\nX-Amz-Date: {amz_date}\r\n",
        s.addr
    );
    if !body.is_empty() {
        req.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    req.push_str("\r\n");
    req.push_str(body);
    parse_reply(&raw(s.addr, req.as_bytes()))
}

fn amz_now(offset_secs: i64) -> String {
    let t = chrono::Utc::now() + chrono::Duration::seconds(offset_secs);
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

#[test]
fn signatures_are_verified_with_the_credentials_given() {
    let dir = Scratch::new("loop-sigv4");
    let creds = dir.write(
        "credentials",
        "[default]\naws_access_key_id = AKIDLOCAL\naws_secret_access_key = local-secret\n",
    );
    let s = Server::start(ServeOptions {
        state: dir.path("state.sqlite3"),
        credentials: sigv4::Credentials::from_file(&creds).unwrap(),
        ..ServeOptions::default()
    });
    let host = s.addr.to_string();
    let key = ("AKIDLOCAL", "local-secret");
    let now = amz_now(0);
    let ok = sign(
        "GET",
        "/audit/configuration",
        "",
        &host,
        "",
        key,
        "us-east-1",
        &now,
    );
    let r = signed_call(&s, "GET", "/audit/configuration", "", &ok, &now);
    assert_eq!(r.status, 200, "{}", r.text);
    // A query string and a body are signed too.
    let q = "endTime=2100-01-01T00%3A00%3A00Z&startTime=2000-01-01T00%3A00%3A00Z";
    let auth = sign("GET", "/audit/tasks", q, &host, "", key, "us-east-1", &now);
    let r = signed_call(&s, "GET", &format!("/audit/tasks?{q}"), "", &auth, &now);
    assert_eq!(r.status, 200, "{}", r.text);
    let body = r#"{"taskId":"a1b2c3d4e5f60718293a4b5c6d7e8f90"}"#;
    let auth = sign(
        "POST",
        "/audit/findings",
        "",
        &host,
        body,
        key,
        "us-east-1",
        &now,
    );
    let r = signed_call(&s, "POST", "/audit/findings", body, &auth, &now);
    assert_eq!(r.status, 200, "{}", r.text);
    // The body changed after signing.
    let r = signed_call(
        &s,
        "POST",
        "/audit/findings",
        r#"{"taskId":"0f1e2d3c4b5a69788796a5b4c3d2e1f0"}"#,
        &auth,
        &now,
    );
    r.expect_error(403, "InvalidSignatureException");
    assert!(
        r.message().starts_with(
            "The request signature we calculated does not match the signature you provided."
        ),
        "{}",
        r.message()
    );

    let bad = sign(
        "GET",
        "/audit/configuration",
        "",
        &host,
        "",
        ("AKIDLOCAL", "wrong"),
        "us-east-1",
        &now,
    );
    signed_call(&s, "GET", "/audit/configuration", "", &bad, &now)
        .expect_error(403, "InvalidSignatureException");
    let unknown = sign(
        "GET",
        "/audit/configuration",
        "",
        &host,
        "",
        ("AKIDOTHER", "local-secret"),
        "us-east-1",
        &now,
    );
    let r = signed_call(&s, "GET", "/audit/configuration", "", &unknown, &now);
    r.expect_error(403, "UnrecognizedClientException");
    assert_eq!(
        r.message(),
        "The security token included in the request is invalid."
    );
    let region = sign(
        "GET",
        "/audit/configuration",
        "",
        &host,
        "",
        key,
        "eu-west-1",
        &now,
    );
    let r = signed_call(&s, "GET", "/audit/configuration", "", &region, &now);
    r.expect_error(403, "InvalidSignatureException");
    assert_eq!(
        r.message(),
        "Credential should be scoped to a valid region, not 'eu-west-1'. "
    );
    let old = amz_now(-6 * 60);
    let stale = sign(
        "GET",
        "/audit/configuration",
        "",
        &host,
        "",
        key,
        "us-east-1",
        &old,
    );
    let r = signed_call(&s, "GET", "/audit/configuration", "", &stale, &old);
    r.expect_error(403, "InvalidSignatureException");
    assert!(
        r.message()
            .starts_with(&format!("Signature expired: {old} is now earlier than ")),
        "{}",
        r.message()
    );
    // Within the 5 minutes allowed.
    let near = amz_now(-4 * 60);
    let fine = sign(
        "GET",
        "/audit/configuration",
        "",
        &host,
        "",
        key,
        "us-east-1",
        &near,
    );
    assert_eq!(
        signed_call(&s, "GET", "/audit/configuration", "", &fine, &near).status,
        200
    );
    // The fixed test signature of the other suites names a key this endpoint does not know.
    s.call("GET", "/audit/configuration", None)
        .expect_error(403, "UnrecognizedClientException");
}

#[test]
fn listening_beyond_loopback_needs_credentials() {
    let dir = Scratch::new("loop-bind");
    let err = Server::try_start(ServeOptions {
        bind: "0.0.0.0".parse().unwrap(),
        state: dir.path("state.sqlite3"),
        ..ServeOptions::default()
    })
    .err()
    .unwrap_or_default();
    assert_eq!(
        err,
        "listening on 0.0.0.0 (not loopback) needs credentials to verify request signatures: pass --credentials FILE or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
    );
}

const RESOURCE_SEED: &str = r#"
account: "111122223333"
region: eu-west-1
certificates:
  - certificateId: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
    type: CA_CERTIFICATE
    notAfter: "+3000d"
  - certificateId: bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
    notBefore: "-800d"
    notAfter: "+400d"
    caCertificateId: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
    things: [pump-1]
policies:
  - policyName: pump-policy
    defaultVersionId: 1
    versions:
      - {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "iot:Publish", Resource: "arn:aws:iot:eu-west-1:111122223333:topic/pumps/pump-1"}]}
      - '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iot:*", "Resource": "*"}]}'
loggingOptions: {roleArn: "arn:aws:iam::111122223333:role/IoTLogging", logLevel: WARN}
auditConfiguration:
  roleArn: arn:aws:iam::111122223333:role/AuditRole
  auditCheckConfigurations:
    LOGGING_DISABLED_CHECK: {enabled: true}
    IOT_POLICY_OVERLY_PERMISSIVE_CHECK: {enabled: true}
    DEVICE_CERTIFICATE_AGE_CHECK: {enabled: true, configuration: {CERT_AGE_THRESHOLD_IN_DAYS: "700"}}
"#;

#[test]
fn seed_files_give_the_audited_resources_and_the_audit_configuration() {
    let dir = Scratch::new("loop-seed");
    let seed = dir.write("seed.yaml", RESOURCE_SEED);
    let s = Server::start(ServeOptions {
        state: dir.path("state.sqlite3"),
        seed: Some(seed),
        execution_ms: 10,
        ..ServeOptions::default()
    });
    let checks = [
        "LOGGING_DISABLED_CHECK",
        "IOT_POLICY_OVERLY_PERMISSIVE_CHECK",
        "DEVICE_CERTIFICATE_AGE_CHECK",
    ];
    let audit = start_audit(&s, &checks);
    let d = wait_audit(&s, &audit);
    assert_eq!(
        d["auditDetails"]["LOGGING_DISABLED_CHECK"]["checkRunStatus"],
        "COMPLETED_COMPLIANT"
    );
    // The default version (1) is narrow; the broad version 2 is not in force.
    assert_eq!(
        d["auditDetails"]["IOT_POLICY_OVERLY_PERMISSIVE_CHECK"]["checkRunStatus"],
        "COMPLETED_COMPLIANT"
    );
    assert_eq!(
        summary(&findings(&s, &audit)),
        vec![s3(
            "DEVICE_CERTIFICATE_AGE_CHECK",
            "CERTIFICATE_PAST_AGE_THRESHOLD",
            "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
        )]
    );

    let bad = [
        (
            RESOURCE_SEED.replace("    caCertificateId: aaaa", "    caCertificateId: cccc"),
            "line 11: certificate 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' names the CA certificate 'ccccaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', which is not listed under certificates",
        ),
        (
            RESOURCE_SEED.replace("certificateId: aaaa", "certificateId: zzzz"),
            "Member must satisfy regular expression pattern: (0x)?[a-fA-F0-9]+",
        ),
        (
            RESOURCE_SEED.replace("defaultVersionId: 1", "defaultVersionId: 3"),
            "policy 'pump-policy': defaultVersionId must be between 1 and 2",
        ),
        (
            RESOURCE_SEED.replace("logLevel: WARN", "logLevel: LOUD"),
            "logLevel 'LOUD' must be one of DEBUG, INFO, ERROR, WARN, DISABLED",
        ),
        (
            RESOURCE_SEED.replace("    LOGGING_DISABLED_CHECK: {enabled: true}\n", "    NOT_A_CHECK: {enabled: true}\n"),
            "auditConfiguration: 'NOT_A_CHECK' is not an audit check name.",
        ),
    ];
    for (i, (text, reason)) in bad.iter().enumerate() {
        let path = dir.write(&format!("bad-{i}.yaml"), text);
        let err = Server::try_start(ServeOptions {
            state: dir.path(&format!("bad-{i}.sqlite3")),
            seed: Some(path),
            ..ServeOptions::default()
        })
        .err()
        .unwrap_or_default();
        assert!(err.contains(reason), "{err}\nlacks {reason}");
    }
}
