//! The registry of the local endpoint as a user builds it with iotmit's own commands: a fleet
//! registered and created through the API (real X.509 certificates), audited, mitigated, the
//! mitigations' effects read back through the registry's read operations, audited again to
//! zero findings, and a daily scheduled audit run by moving the endpoint's clock.

use crate::common::{Env, Served};
use serde_json::{json, Value};

const ROLE: &str = "arn:aws:iam::123456789012:role/Mitigation";

/// The four checks the loop enables.
const CHECKS: &[&str] = &[
    "DEVICE_CERTIFICATE_EXPIRING_CHECK",
    "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK",
    "IOT_POLICY_OVERLY_PERMISSIVE_CHECK",
    "LOGGING_DISABLED_CHECK",
];

/// iotmit against a `local serve` of its own, started on a seed holding only the account.
pub struct Fleet {
    pub env: Env,
    pub served: Served,
}

impl Fleet {
    /// A fresh endpoint whose seed holds only the account.
    pub fn empty() -> Fleet {
        let env = Env::new("iso8601");
        std::fs::write(env.dir.join("seed.yaml"), "account: \"123456789012\"\n").unwrap();
        let served = Served::start(&env, "s.sqlite3", &["--seed", "seed.yaml"]);
        Fleet { env, served }
    }

    /// Runs iotmit against the endpoint; returns its exit code, stdout and stderr.
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out = self
            .env
            .command()
            .args(args)
            .args(["--endpoint-url", &self.served.url])
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// Runs a command that must succeed; returns its JSON output (`null` for none).
    pub fn ok(&self, args: &[&str]) -> Value {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_eq!(err, "", "{args:?}");
        if out.trim().is_empty() {
            Value::Null
        } else {
            serde_json::from_str(&out).unwrap_or_else(|e| panic!("{args:?}: {e}: {out}"))
        }
    }

    fn file(&self, name: &str, text: &str) -> String {
        let path = self.env.dir.join(name);
        std::fs::write(&path, text).unwrap();
        format!("file://{}", path.display())
    }

    fn audit(&self) -> Vec<Value> {
        let mut args = vec!["start-on-demand-audit-task", "--target-check-names"];
        args.extend(CHECKS);
        let task = self.ok(&args)["taskId"].as_str().unwrap().to_string();
        self.ok(&["wait", "audit-task-complete", "--task-id", &task]);
        let mut findings = self.ok(&["list-audit-findings", "--task-id", &task])["findings"]
            .as_array()
            .unwrap()
            .clone();
        findings.sort_by_key(|f| f["checkName"].as_str().unwrap_or_default().to_string());
        findings
    }
}

/// A certificate whose key is ECDSA P-256, valid from yesterday for `days` days.
fn certificate(days: i64) -> String {
    let key = rcgen::KeyPair::generate().unwrap();
    let mut params = rcgen::CertificateParams::new(vec!["expiring.example".to_string()]).unwrap();
    let now = time::OffsetDateTime::now_utc();
    params.not_before = now - time::Duration::days(1);
    params.not_after = now + time::Duration::days(days);
    params.self_signed(&key).unwrap().pem()
}

#[test]
fn a_fleet_built_through_the_api_is_audited_mitigated_and_read_back() {
    let f = Fleet::empty();

    // Certificates: one expiring in 10 days, one with a 1024-bit RSA key, one made by the
    // endpoint.
    let expiring = f.file("expiring.pem", &certificate(10));
    let weak = f.file("weak.pem", include_str!("../fixtures/certs/rsa1024.pem"));
    let a = f.ok(&[
        "register-certificate-without-ca",
        "--certificate-pem",
        &expiring,
        "--status",
        "ACTIVE",
    ]);
    let b = f.ok(&[
        "register-certificate-without-ca",
        "--certificate-pem",
        &weak,
        "--status",
        "ACTIVE",
    ]);
    let c = f.ok(&["create-keys-and-certificate", "--set-as-active"]);
    let id = |v: &Value| v["certificateId"].as_str().unwrap().to_string();
    let arn = |v: &Value| v["certificateArn"].as_str().unwrap().to_string();
    let (a_id, b_id, c_id) = (id(&a), id(&b), id(&c));
    assert_eq!(
        arn(&a),
        format!("arn:aws:iot:us-east-1:123456789012:cert/{a_id}")
    );
    assert!(c["certificatePem"]
        .as_str()
        .unwrap()
        .starts_with("-----BEGIN CERTIFICATE-----\n"));
    assert!(c["keyPair"]["PrivateKey"]
        .as_str()
        .unwrap()
        .contains("PRIVATE KEY"));
    // The same certificate twice is refused, naming it.
    let (code, _, err) = f.run(&[
        "register-certificate-without-ca",
        "--certificate-pem",
        &weak,
    ]);
    assert_eq!(code, 254);
    assert_eq!(
        err,
        format!("\niotmit: [ERROR]: An error occurred (ResourceAlreadyExistsException) when calling the RegisterCertificateWithoutCA operation: The certificate is already provisioned or registered\n\nAdditional error details:\nresourceId: {b_id}\nresourceArn: {}\n", arn(&b))
    );
    // Text that is not a certificate is refused, and nothing is stored.
    let junk = f.file(
        "junk.pem",
        "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
    );
    let (code, _, err) = f.run(&[
        "register-certificate-without-ca",
        "--certificate-pem",
        &junk,
    ]);
    assert_eq!(code, 254, "{err}");
    assert!(err.contains("(CertificateValidationException)"), "{err}");
    assert_eq!(
        f.ok(&["list-certificates", "--query", "length(certificates)"]),
        json!(3)
    );

    // Things, each with its certificate; a quarantine group; a policy allowing everything.
    for (thing, cert) in [
        ("sensor-a", arn(&a)),
        ("sensor-b", arn(&b)),
        ("sensor-c", arn(&c)),
    ] {
        f.ok(&["create-thing", "--thing-name", thing]);
        f.ok(&[
            "attach-thing-principal",
            "--thing-name",
            thing,
            "--principal",
            &cert,
        ]);
    }
    assert_eq!(
        f.ok(&["list-principal-things", "--principal", &arn(&b)]),
        json!({"things": ["sensor-b"]})
    );
    f.ok(&["create-thing-group", "--thing-group-name", "quarantine"]);
    let everything = f.file(
        "policy.json",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:*","Resource":"*"}]}"#,
    );
    f.ok(&[
        "create-policy",
        "--policy-name",
        "everything",
        "--policy-document",
        &everything,
    ]);
    f.ok(&[
        "attach-policy",
        "--policy-name",
        "everything",
        "--target",
        &arn(&c),
    ]);
    let bad = f.file("bad.json", "{not json");
    let (code, _, err) = f.run(&[
        "create-policy",
        "--policy-name",
        "bad",
        "--policy-document",
        &bad,
    ]);
    assert_eq!(code, 254);
    assert!(err.contains("(MalformedPolicyException)"), "{err}");

    // Audit: exactly the four problems.
    let configs: serde_json::Map<String, Value> = CHECKS
        .iter()
        .map(|c| (c.to_string(), json!({"enabled": true})))
        .collect();
    f.ok(&[
        "update-account-audit-configuration",
        "--role-arn",
        ROLE,
        "--audit-check-configurations",
        &Value::Object(configs).to_string(),
    ]);
    let found: Vec<(String, String, Value)> = f
        .audit()
        .iter()
        .map(|x| {
            (
                x["checkName"].as_str().unwrap().to_string(),
                x["reasonForNonComplianceCode"]
                    .as_str()
                    .unwrap()
                    .to_string(),
                x["nonCompliantResource"]["resourceIdentifier"].clone(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "DEVICE_CERTIFICATE_EXPIRING_CHECK".into(),
                "CERTIFICATE_APPROACHING_EXPIRATION".into(),
                json!({"deviceCertificateId": a_id})
            ),
            (
                "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK".into(),
                "CERTIFICATE_KEY_TOO_SMALL".into(),
                json!({"deviceCertificateId": b_id})
            ),
            (
                "IOT_POLICY_OVERLY_PERMISSIVE_CHECK".into(),
                "ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS".into(),
                json!({"policyVersionIdentifier": {"policyName": "everything", "policyVersionId": "1"}})
            ),
            (
                "LOGGING_DISABLED_CHECK".into(),
                "LOGGING_DISABLED".into(),
                json!({"account": "123456789012"})
            ),
        ]
    );

    // Mitigate: deactivate, quarantine, blank policy, enable logging.
    for (name, params) in [
        (
            "deactivate",
            json!({"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}),
        ),
        (
            "quarantine",
            json!({"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine"]}}),
        ),
        (
            "blank-policy",
            json!({"replaceDefaultPolicyVersionParams": {"templateName": "BLANK_POLICY"}}),
        ),
        (
            "logging",
            json!({"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "INFO"}}),
        ),
    ] {
        f.ok(&[
            "create-mitigation-action",
            "--action-name",
            name,
            "--role-arn",
            ROLE,
            "--action-params",
            &params.to_string(),
            "--tags",
            "Key=team,Value=fleet",
        ]);
    }
    let first_audit: String = {
        let (code, out, _) = f.run(&[
            "list-audit-tasks",
            "--start-time",
            "2020-01-01",
            "--end-time",
            "2100-01-01",
            "--query",
            "tasks[0].taskId",
            "--output",
            "text",
        ]);
        assert_eq!(code, 0);
        out.trim().to_string()
    };
    f.ok(&[
        "start-audit-mitigation-actions-task",
        "--task-id",
        "fix-fleet",
        "--target",
        &json!({"auditTaskId": first_audit}).to_string(),
        "--audit-check-to-actions-mapping",
        &json!({
            "DEVICE_CERTIFICATE_EXPIRING_CHECK": ["deactivate"],
            "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK": ["quarantine", "deactivate"],
            "IOT_POLICY_OVERLY_PERMISSIVE_CHECK": ["blank-policy"],
            "LOGGING_DISABLED_CHECK": ["logging"]
        })
        .to_string(),
    ]);
    let done = f.ok(&[
        "wait",
        "audit-mitigation-actions-task-complete",
        "--task-id",
        "fix-fleet",
    ]);
    assert_eq!(done["taskStatus"], "COMPLETED", "{done}");

    // The effects, through the registry's read operations.
    for (cert, status) in [(&a_id, "INACTIVE"), (&b_id, "INACTIVE"), (&c_id, "ACTIVE")] {
        assert_eq!(
            f.ok(&[
                "describe-certificate",
                "--certificate-id",
                cert,
                "--query",
                "certificateDescription.status"
            ]),
            json!(status)
        );
    }
    assert_eq!(
        f.ok(&[
            "list-things-in-thing-group",
            "--thing-group-name",
            "quarantine"
        ]),
        json!({"things": ["sensor-b"]})
    );
    let policy = f.ok(&["get-policy", "--policy-name", "everything"]);
    assert_eq!(policy["defaultVersionId"], "2");
    assert_eq!(
        policy["policyDocument"],
        r#"{"Version":"2012-10-17","Statement":[]}"#
    );
    assert_eq!(
        f.ok(&[
            "list-policy-versions",
            "--policy-name",
            "everything",
            "--query",
            "policyVersions[].[versionId,isDefaultVersion]"
        ]),
        json!([["2", true], ["1", false]])
    );
    assert_eq!(
        f.ok(&["get-v2-logging-options"]),
        json!({"roleArn": ROLE, "defaultLogLevel": "INFO", "disableAllLogs": false})
    );

    // Audited again: nothing left.
    assert_eq!(f.audit(), Vec::<Value>::new());

    // Tags given at creation, and added later.
    let action_arn = "arn:aws:iot:us-east-1:123456789012:mitigationaction/quarantine";
    f.ok(&[
        "tag-resource",
        "--resource-arn",
        action_arn,
        "--tags",
        "Key=owner,Value=secops",
    ]);
    assert_eq!(
        f.ok(&["list-tags-for-resource", "--resource-arn", action_arn]),
        json!({"tags": [{"Key": "team", "Value": "fleet"}, {"Key": "owner", "Value": "secops"}]})
    );
    f.ok(&[
        "untag-resource",
        "--resource-arn",
        action_arn,
        "--tag-keys",
        "team",
    ]);
    assert_eq!(
        f.ok(&["list-tags-for-resource", "--resource-arn", action_arn]),
        json!({"tags": [{"Key": "owner", "Value": "secops"}]})
    );

    // A daily scheduled audit, run by moving the clock 25 hours.
    f.ok(&[
        "create-scheduled-audit",
        "--scheduled-audit-name",
        "daily-logging",
        "--frequency",
        "DAILY",
        "--target-check-names",
        "LOGGING_DISABLED_CHECK",
    ]);
    let moved = f.ok(&["local", "advance", "25h"]);
    let ran = moved["scheduledAuditTasks"].as_array().unwrap();
    assert_eq!(ran.len(), 1, "{moved}");
    assert_eq!(ran[0]["scheduledAuditName"], "daily-logging");
    let task = ran[0]["taskId"].as_str().unwrap();
    let scheduled = f.ok(&[
        "list-audit-tasks",
        "--start-time",
        "2020-01-01",
        "--end-time",
        "2100-01-01",
        "--task-type",
        "SCHEDULED_AUDIT_TASK",
        "--query",
        "tasks[].taskId",
    ]);
    assert_eq!(scheduled, json!([task]));
    f.ok(&["wait", "audit-task-complete", "--task-id", task]);
    let d = f.ok(&["describe-audit-task", "--task-id", task]);
    assert_eq!(d["scheduledAuditName"], "daily-logging");
    assert_eq!(d["taskType"], "SCHEDULED_AUDIT_TASK");
    // A duration the command cannot read is refused before anything is sent.
    let (code, _, err) = f.run(&["local", "advance", "tomorrow"]);
    assert_eq!(code, 252, "{err}");
    assert!(
        err.contains("argument DURATION: invalid duration: 'tomorrow'"),
        "{err}"
    );
}

#[test]
fn role_aliases_and_cognito_pools_of_the_seed_are_audited() {
    let env = Env::new("iso8601");
    std::fs::write(
        env.dir.join("seed.yaml"),
        r#"account: "123456789012"
roleAliases:
  - roleAlias: uploads
    roleArn: arn:aws:iam::123456789012:role/Uploads
    rolePolicy: {Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}
    usedServices: [s3]
  - roleAlias: narrow
    roleArn: arn:aws:iam::123456789012:role/Narrow
    rolePolicy: {Statement: [{Effect: Allow, Action: "s3:PutObject", Resource: "arn:aws:s3:::b/*"}]}
    usedServices: [s3]
cognitoIdentityPools:
  - identityPoolId: "us-east-1:6d1f0a1c-0000-4000-8000-000000000001"
    authenticatedRolePolicy: {Statement: [{Effect: Allow, Action: "iot:CreateThing", Resource: "*"}]}
    unauthenticatedRolePolicy: {Statement: [{Effect: Allow, Action: "iot:Connect", Resource: "arn:aws:iot:us-east-1:123456789012:client/guest"}]}
auditConfiguration:
  roleArn: arn:aws:iam::123456789012:role/Audit
  auditCheckConfigurations:
    IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK: {enabled: true}
    IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK: {enabled: true}
    AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK: {enabled: true}
    UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK: {enabled: true}
"#,
    )
    .unwrap();
    let served = Served::start(&env, "s.sqlite3", &["--seed", "seed.yaml"]);
    let f = Fleet { env, served };
    let task = f.ok(&[
        "start-on-demand-audit-task",
        "--target-check-names",
        "IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK",
        "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK",
        "AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK",
        "UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK",
    ])["taskId"]
        .as_str()
        .unwrap()
        .to_string();
    f.ok(&["wait", "audit-task-complete", "--task-id", &task]);
    let found = f.ok(&[
        "list-audit-findings",
        "--task-id",
        &task,
        "--query",
        "findings[].[checkName,reasonForNonComplianceCode,nonCompliantResource.resourceIdentifier]",
    ]);
    assert_eq!(
        found,
        json!([
            ["IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK", "ALLOWS_BROAD_ACCESS_TO_USED_SERVICES",
             {"roleAliasArn": "arn:aws:iot:us-east-1:123456789012:rolealias/uploads"}],
            ["AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK", "ALLOWS_ACCESS_TO_IOT_ADMIN_ACTIONS",
             {"cognitoIdentityPoolId": "us-east-1:6d1f0a1c-0000-4000-8000-000000000001"}]
        ])
    );
    let totals = f.ok(&[
        "describe-audit-task",
        "--task-id",
        &task,
        "--query",
        "auditDetails.*.totalResourcesCount",
    ]);
    assert_eq!(totals, json!([2, 2, 1, 1]));
    // The role aliases of the seed are the registry's.
    assert_eq!(
        f.ok(&["list-role-aliases", "--ascending-order"]),
        json!({"roleAliases": ["uploads", "narrow"]})
    );
}
