//! The audit checks the local endpoint can answer from its own resources, run by an on-demand
//! audit. Each check reads the state at the moment the audit starts and reports the
//! noncompliant resources with the severity and reason code the Device Defender
//! documentation gives it:
//!
//! | check | severity | looks at | reason codes |
//! | --- | --- | --- | --- |
//! | DEVICE_CERTIFICATE_EXPIRING_CHECK | MEDIUM | ACTIVE / PENDING_TRANSFER device certificates | CERTIFICATE_APPROACHING_EXPIRATION (within `CERT_EXPIRATION_THRESHOLD_IN_DAYS`, 30 by default), CERTIFICATE_PAST_EXPIRATION |
//! | CA_CERTIFICATE_EXPIRING_CHECK | MEDIUM | ACTIVE / PENDING_TRANSFER CA certificates | the same two |
//! | DEVICE_CERTIFICATE_AGE_CHECK | LOW | ACTIVE / PENDING_TRANSFER device certificates | CERTIFICATE_PAST_AGE_THRESHOLD (`CERT_AGE_THRESHOLD_IN_DAYS`, 365 by default) |
//! | DEVICE_CERTIFICATE_SHARED_CHECK | CRITICAL | ACTIVE device certificates seen with two or more client ids | CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES (the client ids as related resources) |
//! | REVOKED_CA_CERT_CHECK, REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK | CRITICAL | CA certificates revoked by their issuer but still ACTIVE / PENDING_TRANSFER | CERTIFICATE_REVOKED_BY_ISSUER |
//! | REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK | MEDIUM | device certificates revoked by their issuer but still ACTIVE / PENDING_TRANSFER | CERTIFICATE_REVOKED_BY_ISSUER |
//! | INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK | CRITICAL | ACTIVE device certificates with a revoked CA in their issuing chain | INTERMEDIATE_CA_REVOKED_BY_ISSUER (the CA as related resource) |
//! | IOT_POLICY_OVERLY_PERMISSIVE_CHECK | CRITICAL | the default version of each policy | ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS |
//! | LOGGING_DISABLED_CHECK | LOW | the account's logging options, of SetLoggingOptions and SetV2LoggingOptions | LOGGING_DISABLED |
//! | DEVICE_CERTIFICATE_KEY_QUALITY_CHECK, CA_CERTIFICATE_KEY_QUALITY_CHECK | CRITICAL | ACTIVE / PENDING_TRANSFER certificates' keys | CERTIFICATE_KEY_TOO_SMALL (RSA under 2048 bits, curves under 256 bits) |
//! | CONFLICTING_CLIENT_IDS_CHECK | HIGH | client ids seen connecting with certificates in service | DUPLICATE_CLIENT_ID_ACROSS_CONNECTIONS (the certificates as related resources) |
//! | IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK | MEDIUM | the default version of each policy | POLICY_CONTAINS_MQTT_WILDCARDS_IN_DENY_STATEMENT |
//!
//! | IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK | CRITICAL | role aliases, the policy of their role (seed) | ALLOWS_BROAD_ACCESS_TO_USED_SERVICES, ALLOWS_ACCESS_TO_SECURITY_AUDITING_SERVICES, ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS |
//! | IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK | MEDIUM | the same, and the services the role used (seed) | ALLOWS_ACCESS_TO_UNUSED_SERVICES |
//! | AUTHENTICATED_/UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK | CRITICAL | Cognito identity pools' role policies (seed) | ALLOWS_ACCESS_TO_IOT_ADMIN_ACTIONS, ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS |
//!
//! A check whose resources do not exist completes compliant, with no resources.

use std::collections::HashMap;

use rusqlite::Connection;
use serde_json::{json, Map, Value};

use super::error::ApiError;
use super::world;
use super::Ctx;

/// The severity of each check's findings.
pub fn severity(check: &str) -> &'static str {
    match check {
        "DEVICE_CERTIFICATE_AGE_CHECK" | "LOGGING_DISABLED_CHECK" => "LOW",
        "CA_CERTIFICATE_EXPIRING_CHECK"
        | "DEVICE_CERTIFICATE_EXPIRING_CHECK"
        | "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK"
        | "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK"
        | "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK" => "MEDIUM",
        "CONFLICTING_CLIENT_IDS_CHECK" => "HIGH",
        _ => "CRITICAL",
    }
}

/// The text of `reasonForNonCompliance` for a reason code.
pub fn reason_text(code: &str) -> &'static str {
    match code {
        "CERTIFICATE_APPROACHING_EXPIRATION" => "Certificate is approaching expiration",
        "CERTIFICATE_PAST_EXPIRATION" => "Certificate is past its expiration",
        "CERTIFICATE_PAST_AGE_THRESHOLD" => "Certificate is past the configured age threshold",
        "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES" => {
            "Certificate is used by multiple concurrent connections"
        }
        "CERTIFICATE_REVOKED_BY_ISSUER" => {
            "Certificate is revoked by its issuer but still active in AWS IoT"
        }
        "INTERMEDIATE_CA_REVOKED_BY_ISSUER" => {
            "Certificate is active but an intermediate CA in its chain is revoked"
        }
        "ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS" => {
            "Policy allows broad access to IoT data plane actions"
        }
        "LOGGING_DISABLED" => "Logging is disabled for the account",
        "DUPLICATE_CLIENT_ID_ACROSS_CONNECTIONS" => "Multiple connections use the same client id",
        WEAK_KEY => "Certificate key is too small or uses a weak curve",
        "ALLOWS_BROAD_ACCESS_TO_USED_SERVICES" => {
            "Role policy allows broad access to the services it uses"
        }
        "ALLOWS_ACCESS_TO_SECURITY_AUDITING_SERVICES" => {
            "Role policy allows access to security auditing services"
        }
        "ALLOWS_ACCESS_TO_UNUSED_SERVICES" => {
            "Role policy allows access to services it does not use"
        }
        "ALLOWS_ACCESS_TO_IOT_ADMIN_ACTIONS" => {
            "Role policy allows access to IoT administrative actions"
        }
        "POLICY_CONTAINS_MQTT_WILDCARDS_IN_DENY_STATEMENT" => {
            "Policy contains MQTT wildcards in a Deny statement"
        }
        _ => "The resource does not comply with the check",
    }
}

/// One noncompliant resource found by a check.
#[derive(Debug, Clone)]
pub struct Found {
    pub reason_code: &'static str,
    /// Type and id as the `resources` table and the mitigation tasks know them.
    pub resource_type: &'static str,
    pub resource_id: String,
    /// `nonCompliantResource`.
    pub resource: Value,
    /// `relatedResources`.
    pub related: Vec<Value>,
}

/// What one check found: how many resources it looked at and the noncompliant ones.
#[derive(Debug, Default)]
pub struct CheckResult {
    pub total: i64,
    pub found: Vec<Found>,
}

struct Cert {
    id: String,
    kind: String,
    state: String,
    not_before: Option<i64>,
    not_after: Option<i64>,
    ca_id: Option<String>,
    revoked_by_issuer: bool,
    client_ids: Vec<String>,
    key_algorithm: Option<String>,
    key_bits: Option<i64>,
}

fn certificates(conn: &Connection) -> Result<Vec<Cert>, ApiError> {
    let mut stmt = conn.prepare(
        "SELECT c.cert_id, c.kind, COALESCE(r.state, 'ACTIVE'), c.not_before_ms, c.not_after_ms, c.ca_id,
                c.revoked_by_issuer, c.client_ids, c.key_algorithm, c.key_bits
         FROM certificates c LEFT JOIN resources r ON r.resource_type = c.kind AND r.resource_id = c.cert_id
         ORDER BY c.seq",
    )?;
    let rows = stmt
        .query_map([], |r| {
            Ok(Cert {
                id: r.get(0)?,
                kind: r.get(1)?,
                state: r.get(2)?,
                not_before: r.get(3)?,
                not_after: r.get(4)?,
                ca_id: r.get(5)?,
                revoked_by_issuer: r.get(6)?,
                client_ids: serde_json::from_str(&r.get::<_, String>(7)?).unwrap_or_default(),
                key_algorithm: r.get(8)?,
                key_bits: r.get(9)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn cert_resource(kind: &str, id: &str) -> Value {
    json!({"resourceType": kind, "resourceIdentifier": world::identifier_of(kind, id)})
}

const DAY_MS: i64 = 86_400_000;

fn in_service(state: &str) -> bool {
    matches!(state, "ACTIVE" | "PENDING_TRANSFER")
}

fn expiring(certs: &[Cert], kind: &'static str, threshold_days: i64, now: i64) -> CheckResult {
    let mut out = CheckResult::default();
    for c in certs
        .iter()
        .filter(|c| c.kind == kind && in_service(&c.state))
    {
        out.total += 1;
        let Some(end) = c.not_after else { continue };
        let code = if end <= now {
            "CERTIFICATE_PAST_EXPIRATION"
        } else if end <= now.saturating_add(threshold_days.saturating_mul(DAY_MS)) {
            "CERTIFICATE_APPROACHING_EXPIRATION"
        } else {
            continue;
        };
        out.found.push(Found {
            reason_code: code,
            resource_type: kind,
            resource_id: c.id.clone(),
            resource: cert_resource(kind, &c.id),
            related: Vec::new(),
        });
    }
    out
}

/// Whether an `Action` or `Resource` member names everything of its kind: `*`, `iot:*`,
/// or an ARN whose resource part is a wildcard (`topic/*`, `client/*`, `*`).
fn broad(v: &Value, is_action: bool) -> bool {
    let one = |s: &str| {
        let s = s.trim();
        if s == "*" {
            return true;
        }
        if is_action {
            let lower = s.to_ascii_lowercase();
            return matches!(
                lower.as_str(),
                "iot:*"
                    | "iot:publish"
                    | "iot:subscribe"
                    | "iot:receive"
                    | "iot:connect"
                    | "iot:retainpublish"
                    | "iot:getthingshadow"
                    | "iot:updatethingshadow"
                    | "iot:deletethingshadow"
                    | "iotjobsdata:*"
            );
        }
        // arn:aws:iot:region:account:type/name
        let tail = s.splitn(6, ':').nth(5).unwrap_or("");
        tail == "*" || tail.ends_with("/*") || tail.ends_with("/#")
    };
    match v {
        Value::String(s) => one(s),
        Value::Array(items) => items.iter().any(|i| i.as_str().is_some_and(one)),
        _ => false,
    }
}

/// Whether a policy document allows IoT data plane actions on every resource.
pub fn overly_permissive(document: &str) -> bool {
    let Ok(doc) = serde_json::from_str::<Value>(document) else {
        return false;
    };
    let statements = match doc.get("Statement") {
        Some(Value::Array(a)) => a.clone(),
        Some(s @ Value::Object(_)) => vec![s.clone()],
        _ => return false,
    };
    statements.iter().any(|s| {
        s.get("Effect").and_then(Value::as_str) == Some("Allow")
            && s.get("Action").is_some_and(|a| broad(a, true))
            && s.get("Resource").is_some_and(|r| broad(r, false))
    })
}

/// The default version of every policy: name, version, document.
fn default_versions(conn: &Connection) -> Result<Vec<(String, i64, String)>, ApiError> {
    let mut stmt = conn.prepare(
        "SELECT p.name, p.default_version, COALESCE(v.document, '{}')
         FROM policies p LEFT JOIN policy_versions v ON v.policy = p.name AND v.version = p.default_version
         ORDER BY p.seq",
    )?;
    let rows = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(rows)
}

fn policy_found(code: &'static str, name: &str, version: i64) -> Found {
    Found {
        reason_code: code,
        resource_type: "IOT_POLICY",
        resource_id: name.to_string(),
        resource: json!({
            "resourceType": "IOT_POLICY",
            "resourceIdentifier": {"policyVersionIdentifier": {
                "policyName": name, "policyVersionId": version.to_string()
            }}
        }),
        related: Vec::new(),
    }
}

/// The reason code of a certificate whose key is too weak. The service registers no RSA key
/// under 2048 bits, so its documentation names no code for one; the endpoint, which registers
/// them, reports this one for RSA keys under 2048 bits and elliptic curves under 256 bits.
const WEAK_KEY: &str = "CERTIFICATE_KEY_TOO_SMALL";

/// Whether a key is too weak: RSA under 2048 bits, an elliptic curve under 256 bits.
fn weak_key(algorithm: Option<&str>, bits: Option<i64>) -> bool {
    match (algorithm, bits) {
        (Some("RSA"), Some(b)) => b > 0 && b < 2048,
        (Some("EC"), Some(b)) => b > 0 && b < 256,
        _ => false,
    }
}

/// The reason a policy is potentially misconfigured: a Deny statement whose MQTT topics use
/// wildcards (`#`, `+`), which deny less than they seem to.
pub fn misconfigured(document: &str) -> Option<&'static str> {
    let doc: Value = serde_json::from_str(document).ok()?;
    let statements = match doc.get("Statement") {
        Some(Value::Array(a)) => a.clone(),
        Some(s @ Value::Object(_)) => vec![s.clone()],
        _ => return None,
    };
    let wildcard_topic = |s: &str| {
        let tail = s.splitn(6, ':').nth(5).unwrap_or("");
        (tail.starts_with("topic/") || tail.starts_with("topicfilter/"))
            && (tail.contains('#') || tail.contains('+'))
    };
    statements
        .iter()
        .any(|s| {
            s.get("Effect").and_then(Value::as_str) == Some("Deny")
                && match s.get("Resource") {
                    Some(Value::String(r)) => wildcard_topic(r),
                    Some(Value::Array(rs)) => {
                        rs.iter().filter_map(Value::as_str).any(wildcard_topic)
                    }
                    _ => false,
                }
        })
        .then_some("POLICY_CONTAINS_MQTT_WILDCARDS_IN_DENY_STATEMENT")
}

/// The certificates, read once for all the checks of an audit.
#[derive(Default)]
pub struct Certificates(Option<Vec<Cert>>);

impl Certificates {
    fn load(&mut self, conn: &Connection) -> Result<&[Cert], ApiError> {
        if self.0.is_none() {
            self.0 = Some(certificates(conn)?);
        }
        Ok(self.0.as_deref().unwrap_or_default())
    }
}

/// The actions an IAM policy document allows, lower-cased.
fn allowed_actions(doc: &Value) -> Vec<String> {
    let statements = match doc.get("Statement") {
        Some(Value::Array(a)) => a.clone(),
        Some(s @ Value::Object(_)) => vec![s.clone()],
        _ => return Vec::new(),
    };
    let mut out = Vec::new();
    for s in statements
        .iter()
        .filter(|s| s.get("Effect").and_then(Value::as_str) == Some("Allow"))
    {
        match s.get("Action") {
            Some(Value::String(a)) => out.push(a.trim().to_lowercase()),
            Some(Value::Array(items)) => out.extend(
                items
                    .iter()
                    .filter_map(Value::as_str)
                    .map(|a| a.trim().to_lowercase()),
            ),
            _ => {}
        }
    }
    out
}

/// The service of an action (`s3` of `s3:PutObject`; `*` of `*`).
fn service_of(action: &str) -> &str {
    action.split(':').next().unwrap_or(action)
}

/// The services whose permissions audit the account.
const AUDITING_SERVICES: &[&str] = &[
    "iam",
    "cloudtrail",
    "guardduty",
    "inspector",
    "trustedadvisor",
];

/// Whether an IoT action administers the registry (anything but the data plane's).
fn is_iot_admin(action: &str) -> bool {
    const DATA_PLANE: &[&str] = &[
        "iot:connect",
        "iot:publish",
        "iot:subscribe",
        "iot:receive",
        "iot:retainpublish",
        "iot:getthingshadow",
        "iot:updatethingshadow",
        "iot:deletethingshadow",
        "iot:listnamedshadowsforthing",
        "iot:getretainedmessage",
        "iot:listretainedmessages",
    ];
    action == "*" || (service_of(action) == "iot" && !DATA_PLANE.contains(&action))
}

/// IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK's reason, if any: administrative access (`svc:*`) to a
/// service the role used, access to a security auditing service, or broad access to IoT's
/// data plane.
fn role_alias_permissive(
    actions: &[String],
    used: &[String],
    policy: &Value,
) -> Option<&'static str> {
    if actions
        .iter()
        .any(|a| a == "*" || (a.ends_with(":*") && used.iter().any(|u| u == service_of(a))))
    {
        return Some("ALLOWS_BROAD_ACCESS_TO_USED_SERVICES");
    }
    if actions
        .iter()
        .any(|a| AUDITING_SERVICES.contains(&service_of(a)))
    {
        return Some("ALLOWS_ACCESS_TO_SECURITY_AUDITING_SERVICES");
    }
    if overly_permissive(&policy.to_string()) {
        return Some("ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS");
    }
    None
}

/// IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK's reason, if any: an action of a service
/// the role did not use.
fn role_alias_unused(actions: &[String], used: &[String]) -> Option<&'static str> {
    actions
        .iter()
        .any(|a| a != "*" && !used.iter().any(|u| u == service_of(a)))
        .then_some("ALLOWS_ACCESS_TO_UNUSED_SERVICES")
}

/// Runs one check against the state as it is now (`certs`: the certificates, read on first use).
pub fn run(
    conn: &Connection,
    certs: &mut Certificates,
    check: &str,
    config: Option<&Map<String, Value>>,
    ctx: &Ctx,
    now: i64,
) -> Result<CheckResult, ApiError> {
    const DEVICE: &str = "DEVICE_CERTIFICATE";
    const CA: &str = "CA_CERTIFICATE";
    let mut out = CheckResult::default();
    match check {
        "DEVICE_CERTIFICATE_EXPIRING_CHECK" | "CA_CERTIFICATE_EXPIRING_CHECK" => {
            let kind = if check.starts_with("CA_") { CA } else { DEVICE };
            let days = world::check_setting(config, check, "CERT_EXPIRATION_THRESHOLD_IN_DAYS")
                .unwrap_or(30);
            out = expiring(certs.load(conn)?, kind, days, now);
        }
        "DEVICE_CERTIFICATE_AGE_CHECK" => {
            let days =
                world::check_setting(config, check, "CERT_AGE_THRESHOLD_IN_DAYS").unwrap_or(365);
            for c in certs
                .load(conn)?
                .iter()
                .filter(|c| c.kind == DEVICE && in_service(&c.state))
            {
                out.total += 1;
                if c.not_before
                    .is_some_and(|b| now.saturating_sub(b) >= days.saturating_mul(DAY_MS))
                {
                    out.found.push(Found {
                        reason_code: "CERTIFICATE_PAST_AGE_THRESHOLD",
                        resource_type: DEVICE,
                        resource_id: c.id.clone(),
                        resource: cert_resource(DEVICE, &c.id),
                        related: Vec::new(),
                    });
                }
            }
        }
        "DEVICE_CERTIFICATE_SHARED_CHECK" => {
            for c in certs
                .load(conn)?
                .iter()
                .filter(|c| c.kind == DEVICE && c.state == "ACTIVE")
            {
                out.total += 1;
                if c.client_ids.len() >= 2 {
                    out.found.push(Found {
                        reason_code: "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES",
                        resource_type: DEVICE,
                        resource_id: c.id.clone(),
                        resource: cert_resource(DEVICE, &c.id),
                        related: c
                            .client_ids
                            .iter()
                            .map(|id| {
                                json!({"resourceType": "CLIENT_ID", "resourceIdentifier": {"clientId": id}})
                            })
                            .collect(),
                    });
                }
            }
        }
        "REVOKED_CA_CERT_CHECK"
        | "REVOKED_CA_CERTIFICATE_STILL_ACTIVE_CHECK"
        | "REVOKED_DEVICE_CERTIFICATE_STILL_ACTIVE_CHECK" => {
            let kind = if check.contains("_CA_") { CA } else { DEVICE };
            for c in certs.load(conn)?.iter().filter(|c| c.kind == kind) {
                out.total += 1;
                if c.revoked_by_issuer && in_service(&c.state) {
                    out.found.push(Found {
                        reason_code: "CERTIFICATE_REVOKED_BY_ISSUER",
                        resource_type: kind,
                        resource_id: c.id.clone(),
                        resource: cert_resource(kind, &c.id),
                        related: Vec::new(),
                    });
                }
            }
        }
        "INTERMEDIATE_CA_REVOKED_FOR_ACTIVE_DEVICE_CERTIFICATES_CHECK" => {
            let certs = certs.load(conn)?;
            let cas: HashMap<&str, &Cert> = certs
                .iter()
                .filter(|c| c.kind == CA)
                .map(|c| (c.id.as_str(), c))
                .collect();
            for c in certs
                .iter()
                .filter(|c| c.kind == DEVICE && c.state == "ACTIVE")
            {
                out.total += 1;
                // Walk up the issuing chain (bounded, in case the seed made a loop).
                let mut issuer = c.ca_id.as_deref();
                let mut revoked = None;
                for _ in 0..16 {
                    let Some(ca) = issuer.and_then(|id| cas.get(id)) else {
                        break;
                    };
                    if ca.revoked_by_issuer || ca.state == "REVOKED" {
                        revoked = Some(ca.id.clone());
                        break;
                    }
                    issuer = ca.ca_id.as_deref();
                }
                if let Some(ca) = revoked {
                    out.found.push(Found {
                        reason_code: "INTERMEDIATE_CA_REVOKED_BY_ISSUER",
                        resource_type: DEVICE,
                        resource_id: c.id.clone(),
                        resource: cert_resource(DEVICE, &c.id),
                        related: vec![cert_resource(CA, &ca)],
                    });
                }
            }
        }
        "DEVICE_CERTIFICATE_KEY_QUALITY_CHECK" | "CA_CERTIFICATE_KEY_QUALITY_CHECK" => {
            let kind = if check.starts_with("CA_") { CA } else { DEVICE };
            for c in certs
                .load(conn)?
                .iter()
                .filter(|c| c.kind == kind && in_service(&c.state))
            {
                out.total += 1;
                if weak_key(c.key_algorithm.as_deref(), c.key_bits) {
                    out.found.push(Found {
                        reason_code: WEAK_KEY,
                        resource_type: kind,
                        resource_id: c.id.clone(),
                        resource: cert_resource(kind, &c.id),
                        related: Vec::new(),
                    });
                }
            }
        }
        "CONFLICTING_CLIENT_IDS_CHECK" => {
            // A client id seen on the connections of two or more certificates in service.
            let mut users: indexmap::IndexMap<&str, Vec<&str>> = indexmap::IndexMap::new();
            for c in certs
                .load(conn)?
                .iter()
                .filter(|c| c.kind == DEVICE && in_service(&c.state))
            {
                for id in &c.client_ids {
                    users.entry(id.as_str()).or_default().push(c.id.as_str());
                }
            }
            out.total = users.len() as i64;
            for (client, certs) in users.into_iter().filter(|(_, c)| c.len() >= 2) {
                out.found.push(Found {
                    reason_code: "DUPLICATE_CLIENT_ID_ACROSS_CONNECTIONS",
                    resource_type: "CLIENT_ID",
                    resource_id: client.to_string(),
                    resource: json!({"resourceType": "CLIENT_ID", "resourceIdentifier": {"clientId": client}}),
                    related: certs.iter().map(|id| cert_resource(DEVICE, id)).collect(),
                });
            }
        }
        "IOT_POLICY_POTENTIAL_MISCONFIGURATION_CHECK" => {
            for (name, version, document) in default_versions(conn)? {
                out.total += 1;
                if let Some(code) = misconfigured(&document) {
                    out.found.push(policy_found(code, &name, version));
                }
            }
        }
        "IOT_ROLE_ALIAS_OVERLY_PERMISSIVE_CHECK"
        | "IOT_ROLE_ALIAS_ALLOWS_ACCESS_TO_UNUSED_SERVICES_CHECK" => {
            let unused_check = check.contains("UNUSED");
            let mut stmt =
                conn.prepare("SELECT name, role_arn, role_policy FROM role_aliases ORDER BY seq")?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (name, role, permissions) in rows {
                out.total += 1;
                let permissions: Value = permissions
                    .and_then(|p| serde_json::from_str(&p).ok())
                    .unwrap_or(Value::Null);
                let used: Vec<String> = permissions["usedServices"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_lowercase)
                            .collect()
                    })
                    .unwrap_or_else(|| vec!["iot".to_string()]);
                let actions = allowed_actions(&permissions["policy"]);
                let code = if unused_check {
                    role_alias_unused(&actions, &used)
                } else {
                    role_alias_permissive(&actions, &used, &permissions["policy"])
                };
                if let Some(code) = code {
                    let alias_arn = super::registry::arn(ctx, "rolealias", &name);
                    out.found.push(Found {
                        reason_code: code,
                        resource_type: "ROLE_ALIAS",
                        resource_id: alias_arn.clone(),
                        resource: json!({"resourceType": "ROLE_ALIAS", "resourceIdentifier": {"roleAliasArn": alias_arn}}),
                        related: vec![json!({"resourceType": "IAM_ROLE", "resourceIdentifier": {"iamRoleArn": role}})],
                    });
                }
            }
        }
        "AUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK"
        | "UNAUTHENTICATED_COGNITO_ROLE_OVERLY_PERMISSIVE_CHECK" => {
            let column = if check.starts_with("UN") {
                "unauthenticated_policy"
            } else {
                "authenticated_policy"
            };
            let mut stmt = conn.prepare(&format!(
                "SELECT pool_id, {column} FROM cognito_pools ORDER BY rowid"
            ))?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            for (pool, policy) in rows {
                out.total += 1;
                let Some(policy) = policy else { continue };
                let doc: Value = serde_json::from_str(&policy).unwrap_or(Value::Null);
                let actions = allowed_actions(&doc);
                let code = if actions.iter().any(|a| is_iot_admin(a)) {
                    Some("ALLOWS_ACCESS_TO_IOT_ADMIN_ACTIONS")
                } else if overly_permissive(&policy) {
                    Some("ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS")
                } else {
                    None
                };
                if let Some(code) = code {
                    out.found.push(Found {
                        reason_code: code,
                        resource_type: "COGNITO_IDENTITY_POOL",
                        resource_id: pool.clone(),
                        resource: json!({"resourceType": "COGNITO_IDENTITY_POOL", "resourceIdentifier": {"cognitoIdentityPoolId": pool}}),
                        related: Vec::new(),
                    });
                }
            }
        }
        "IOT_POLICY_OVERLY_PERMISSIVE_CHECK" => {
            for (name, version, document) in default_versions(conn)? {
                out.total += 1;
                if overly_permissive(&document) {
                    out.found.push(policy_found(
                        "ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS",
                        &name,
                        version,
                    ));
                }
            }
        }
        "LOGGING_DISABLED_CHECK" => {
            out.total = 1;
            if !world::logging_enabled(conn)? {
                out.found.push(Found {
                    reason_code: "LOGGING_DISABLED",
                    resource_type: "ACCOUNT_SETTINGS",
                    resource_id: ctx.account.clone(),
                    resource: json!({
                        "resourceType": "ACCOUNT_SETTINGS",
                        "resourceIdentifier": {"account": ctx.account}
                    }),
                    related: Vec::new(),
                });
            }
        }
        _ => {}
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_alias_cognito_key_and_deny_rules() {
        let doc = |action: &str| json!({"Statement": [{"Effect": "Allow", "Action": action, "Resource": "*"}]});
        let iot = vec!["iot".to_string()];
        let s3 = vec!["s3".to_string()];
        let check = |action: &str, used: &[String]| {
            let d = doc(action);
            (
                role_alias_permissive(&allowed_actions(&d), used, &d),
                role_alias_unused(&allowed_actions(&d), used),
            )
        };
        assert_eq!(
            check("s3:*", &s3),
            (Some("ALLOWS_BROAD_ACCESS_TO_USED_SERVICES"), None)
        );
        assert_eq!(
            check("s3:*", &iot),
            (None, Some("ALLOWS_ACCESS_TO_UNUSED_SERVICES"))
        );
        assert_eq!(
            check("iam:GetRole", &iot),
            (
                Some("ALLOWS_ACCESS_TO_SECURITY_AUDITING_SERVICES"),
                Some("ALLOWS_ACCESS_TO_UNUSED_SERVICES")
            )
        );
        assert_eq!(
            check("iot:Publish", &iot),
            (Some("ALLOWS_BROAD_ACCESS_TO_IOT_DATA_PLANE_ACTIONS"), None)
        );
        assert_eq!(check("s3:PutObject", &s3), (None, None));
        assert!(
            allowed_actions(&json!({"Statement": {"Effect": "Deny", "Action": "*"}})).is_empty()
        );
        assert!(is_iot_admin("iot:creatething") && !is_iot_admin("iot:publish"));
        assert!(weak_key(Some("RSA"), Some(1024)) && !weak_key(Some("RSA"), Some(2048)));
        assert!(weak_key(Some("EC"), Some(192)) && !weak_key(Some("EC"), Some(256)));
        assert!(!weak_key(None, None));
        assert_eq!(
            misconfigured(
                r#"{"Statement":[{"Effect":"Deny","Action":"iot:Publish","Resource":"arn:aws:iot:us-east-1:1:topic/admin/#"}]}"#
            ),
            Some("POLICY_CONTAINS_MQTT_WILDCARDS_IN_DENY_STATEMENT")
        );
        assert_eq!(
            misconfigured(
                r#"{"Statement":[{"Effect":"Deny","Action":"iot:Publish","Resource":"arn:aws:iot:us-east-1:1:topic/admin/x"}]}"#
            ),
            None
        );
    }

    #[test]
    fn permissive_policies() {
        assert!(overly_permissive(
            r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iot:*","Resource":"*"}]}"#
        ));
        assert!(overly_permissive(
            r#"{"Statement":{"Effect":"Allow","Action":["iot:Publish"],"Resource":["arn:aws:iot:us-east-1:123456789012:topic/*"]}}"#
        ));
        assert!(!overly_permissive(
            r#"{"Statement":[{"Effect":"Allow","Action":"iot:Publish","Resource":"arn:aws:iot:us-east-1:123456789012:topic/lamp-17/status"}]}"#
        ));
        assert!(!overly_permissive(world::BLANK_POLICY));
        assert!(!overly_permissive("not json"));
    }
}
