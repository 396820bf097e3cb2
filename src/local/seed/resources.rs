//! The resources that on-demand audits check, as a seed file gives them: certificates, thing
//! groups, policies and their versions, logging options and the audit configuration; how they
//! are checked against each other, and how they are loaded.

use std::collections::HashSet;

use rusqlite::{params, Transaction};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use serde_json::{json, Value};

use super::super::{ondemand, util, validate, world};
use super::{
    at, check_rule, scalar, CertState, GroupName, ResourceId, RoleArn, SeedError, SeedFile,
    SeedTime, ThingName,
};

checked!(CertificateId, |s| check_rule(
    s,
    "certificateId",
    "CertificateId"
));
checked!(CertType, |s| {
    if matches!(s, "DEVICE_CERTIFICATE" | "CA_CERTIFICATE") {
        Ok(())
    } else {
        Err(format!(
            "certificate type '{s}' must be DEVICE_CERTIFICATE or CA_CERTIFICATE"
        ))
    }
});
checked!(PolicyName, |s| check_rule(s, "policyName", "PolicyName"));
checked!(LogLevel, |s| {
    let levels = validate::enum_values("LogLevel");
    if levels.contains(&s) {
        Ok(())
    } else {
        Err(format!(
            "logLevel '{s}' must be one of {}",
            levels.join(", ")
        ))
    }
});
checked!(QueryString, |s| {
    if !s.is_empty() && s.chars().count() <= 1000 {
        Ok(())
    } else {
        Err("queryString must be 1-1000 characters".to_string())
    }
});

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct SeedCertificate {
    certificate_id: CertificateId,
    #[serde(default, rename = "type")]
    cert_type: Option<CertType>,
    #[serde(default)]
    state: Option<CertState>,
    #[serde(default)]
    not_before: Option<SeedTime>,
    #[serde(default)]
    not_after: Option<SeedTime>,
    #[serde(default)]
    ca_certificate_id: Option<CertificateId>,
    #[serde(default)]
    revoked_by_issuer: bool,
    #[serde(default)]
    things: Vec<ThingName>,
    #[serde(default)]
    client_ids: Vec<ResourceId>,
}

impl SeedCertificate {
    fn kind(&self) -> &str {
        self.cert_type
            .as_ref()
            .map(|t| t.0.as_str())
            .unwrap_or("DEVICE_CERTIFICATE")
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct SeedGroup {
    thing_group_name: GroupName,
    #[serde(default)]
    query_string: Option<QueryString>,
}

/// A policy document: a mapping, or JSON text.
#[derive(Debug, Clone)]
struct PolicyDocument(String);

impl<'de> Deserialize<'de> for PolicyDocument {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        let doc = match v {
            Value::String(s) => serde_json::from_str::<Value>(&s)
                .map_err(|e| D::Error::custom(format!("the policy document is not JSON: {e}")))?,
            other => other,
        };
        if !doc.is_object() {
            return Err(D::Error::custom("a policy document must be a mapping"));
        }
        Ok(PolicyDocument(doc.to_string()))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct SeedPolicy {
    policy_name: PolicyName,
    #[serde(default)]
    default_version_id: Option<i64>,
    versions: Vec<PolicyDocument>,
}

checked!(RoleAlias, |s| check_rule(s, "roleAlias", "RoleAlias"));
checked!(PoolId, |s| {
    if !s.is_empty() && s.len() <= 55 && s.contains(':') {
        Ok(())
    } else {
        Err(format!(
            "identityPoolId '{s}' must be REGION:GUID, at most 55 characters"
        ))
    }
});

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SeedRoleAlias {
    role_alias: RoleAlias,
    role_arn: RoleArn,
    #[serde(default)]
    credential_duration_seconds: Option<i64>,
    #[serde(default)]
    role_policy: Option<PolicyDocument>,
    #[serde(default)]
    used_services: Option<Vec<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct SeedCognitoPool {
    identity_pool_id: PoolId,
    #[serde(default)]
    authenticated_role_policy: Option<PolicyDocument>,
    #[serde(default)]
    unauthenticated_role_policy: Option<PolicyDocument>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub(super) struct SeedLogging {
    role_arn: RoleArn,
    log_level: LogLevel,
}

/// An audit configuration, checked as UpdateAccountAuditConfiguration checks it.
#[derive(Debug, Clone)]
pub(super) struct SeedAuditConfig(serde_json::Map<String, Value>);

impl<'de> Deserialize<'de> for SeedAuditConfig {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        let config = ondemand::parse_configuration(&v)
            .map_err(|e| D::Error::custom(format!("auditConfiguration: {}", e.message)))?;
        Ok(SeedAuditConfig(config))
    }
}

/// The checks of the resources against each other: each listed once, a certificate's CA listed
/// too, a policy's versions and default version in range.
pub(super) fn check(text: &str, file: &SeedFile) -> Result<(), SeedError> {
    let mut certs = HashSet::new();
    for c in &file.certificates {
        if !certs.insert((c.kind().to_string(), c.certificate_id.0.clone())) {
            return Err(at(
                text,
                &c.certificate_id.0,
                1,
                format!("certificate '{}' is listed twice", c.certificate_id.0),
            ));
        }
    }
    for c in &file.certificates {
        if let Some(ca) = &c.ca_certificate_id {
            if !certs.contains(&("CA_CERTIFICATE".to_string(), ca.0.clone())) {
                return Err(at(
                    text,
                    &ca.0,
                    0,
                    format!(
                        "certificate '{}' names the CA certificate '{}', which is not listed under certificates",
                        c.certificate_id.0, ca.0
                    ),
                ));
            }
        }
    }
    let mut groups = HashSet::new();
    for g in &file.thing_groups {
        if !groups.insert(g.thing_group_name.0.clone()) {
            return Err(at(
                text,
                &g.thing_group_name.0,
                1,
                format!("thing group '{}' is listed twice", g.thing_group_name.0),
            ));
        }
    }
    let mut policies = HashSet::new();
    for p in &file.policies {
        let name = &p.policy_name.0;
        if !policies.insert(name.clone()) {
            return Err(at(
                text,
                name,
                1,
                format!("policy '{name}' is listed twice"),
            ));
        }
        let n = p.versions.len() as i64;
        if n == 0 || n > world::MAX_POLICY_VERSIONS {
            return Err(at(
                text,
                name,
                0,
                format!(
                    "policy '{name}' has {n} versions; a policy has 1 to {} versions",
                    world::MAX_POLICY_VERSIONS
                ),
            ));
        }
        if p.default_version_id.is_some_and(|v| v < 1 || v > n) {
            return Err(at(
                text,
                name,
                0,
                format!("policy '{name}': defaultVersionId must be between 1 and {n}"),
            ));
        }
    }
    Ok(())
}

/// Loads the resources that on-demand audits check.
pub(super) fn apply(tx: &Transaction<'_>, f: &SeedFile) -> anyhow::Result<()> {
    world::adopt_seeded_audits(tx, Some(util::now_ms()))?;
    for (i, c) in f.certificates.iter().enumerate() {
        tx.execute(
            "INSERT INTO certificates(cert_id, kind, not_before_ms, not_after_ms, ca_id, revoked_by_issuer, client_ids, seq)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                c.certificate_id.0,
                c.kind(),
                c.not_before.map(|t| t.0),
                c.not_after.map(|t| t.0),
                c.ca_certificate_id.as_ref().map(|ca| ca.0.as_str()),
                c.revoked_by_issuer,
                json!(c.client_ids.iter().map(|x| x.0.as_str()).collect::<Vec<_>>()).to_string(),
                i as i64
            ],
        )?;
        let things: Vec<&str> = c.things.iter().map(|t| t.0.as_str()).collect();
        tx.execute(
            "INSERT INTO resources(resource_type, resource_id, state, things) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(resource_type, resource_id) DO UPDATE SET
               state = ?3,
               things = CASE WHEN ?4 = '[]' THEN things ELSE ?4 END",
            params![
                c.kind(),
                c.certificate_id.0,
                c.state.as_ref().map(|s| s.0.as_str()).unwrap_or("ACTIVE"),
                json!(things).to_string()
            ],
        )?;
    }
    for g in &f.thing_groups {
        tx.execute(
            "INSERT INTO thing_groups(name, query) VALUES (?1, ?2)",
            params![
                g.thing_group_name.0,
                g.query_string.as_ref().map(|q| q.0.as_str())
            ],
        )?;
    }
    let now = util::now_ms();
    for (i, p) in f.policies.iter().enumerate() {
        let default = p.default_version_id.unwrap_or(p.versions.len() as i64);
        tx.execute(
            "INSERT INTO policies(name, default_version, seq) VALUES (?1, ?2, ?3)",
            params![p.policy_name.0, default, i as i64],
        )?;
        for (v, doc) in p.versions.iter().enumerate() {
            tx.execute(
                "INSERT INTO policy_versions(policy, version, document, created_ms) VALUES (?1, ?2, ?3, ?4)",
                params![p.policy_name.0, v as i64 + 1, doc.0, now],
            )?;
        }
    }
    for a in &f.role_aliases {
        let permissions = json!({
            "policy": a.role_policy.as_ref().map(|p| serde_json::from_str::<Value>(&p.0).unwrap_or(Value::Null)),
            "usedServices": a.used_services.clone().unwrap_or_else(|| vec!["iot".to_string()]),
        });
        tx.execute(
            "INSERT INTO role_aliases(name, role_arn, duration, created_ms, modified_ms, role_policy) VALUES (?1, ?2, ?3, ?4, ?4, ?5)",
            params![
                a.role_alias.0,
                a.role_arn.0,
                a.credential_duration_seconds.unwrap_or(3600),
                now,
                permissions.to_string()
            ],
        )?;
    }
    for p in &f.cognito_identity_pools {
        tx.execute(
            "INSERT INTO cognito_pools(pool_id, authenticated_policy, unauthenticated_policy) VALUES (?1, ?2, ?3)",
            params![
                p.identity_pool_id.0,
                p.authenticated_role_policy.as_ref().map(|d| d.0.as_str()),
                p.unauthenticated_role_policy.as_ref().map(|d| d.0.as_str())
            ],
        )?;
    }
    if let Some(l) = &f.logging_options {
        world::set_logging(tx, &l.role_arn.0, &l.log_level.0)
            .map_err(|e| anyhow::anyhow!("{}", e.message))?;
    }
    if let Some(c) = &f.audit_configuration {
        world::set_audit_config(tx, &c.0).map_err(|e| anyhow::anyhow!("{}", e.message))?;
    }
    Ok(())
}
