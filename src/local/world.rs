//! The resources an audit looks at, as the local state keeps them, and the shapes that name
//! them on the wire.
//!
//! Tables (added to those of `store`, and to older state files when they are opened):
//! - `certificates`: device and CA certificates — kind, validity (`not_before_ms`,
//!   `not_after_ms`), the CA that issued each, whether its issuer revoked it, and the client
//!   ids seen connecting with it. Their state (`ACTIVE`, `INACTIVE`, `REVOKED`, ...) and the
//!   things attached to them live in `resources`, where the mitigation actions change them.
//! - `thing_groups`: static and dynamic thing groups (a dynamic group has a query).
//! - `policies`, `policy_versions`: IoT policies, their versions and the default version.
//! - `audit_runs`: audit tasks (on-demand, and those of the seed), their checks and timing.
//! - `suppressions`: audit finding suppressions, keyed by check and resource identifier.
//! - `findings` gains the members an on-demand audit reports (severity, times, reason, the
//!   resources as JSON, whether it was suppressed); `violations` gains an end time.
//!
//! The account's logging options and its audit configuration are JSON documents in `meta`
//! (keys `logging` and `audit_config`).

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::error::ApiError;
use super::store;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS certificates (
    cert_id           TEXT NOT NULL,
    kind              TEXT NOT NULL,
    not_before_ms     INTEGER,
    not_after_ms      INTEGER,
    ca_id             TEXT,
    revoked_by_issuer INTEGER NOT NULL DEFAULT 0,
    client_ids        TEXT NOT NULL DEFAULT '[]',
    seq               INTEGER NOT NULL,
    PRIMARY KEY (kind, cert_id)
);
CREATE TABLE IF NOT EXISTS thing_groups (
    name    TEXT PRIMARY KEY,
    query   TEXT
);
CREATE TABLE IF NOT EXISTS policies (
    name            TEXT PRIMARY KEY,
    default_version INTEGER NOT NULL,
    seq             INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS policy_versions (
    policy     TEXT NOT NULL,
    version    INTEGER NOT NULL,
    document   TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    PRIMARY KEY (policy, version)
);
CREATE TABLE IF NOT EXISTS audit_runs (
    audit_task_id TEXT PRIMARY KEY,
    seq           INTEGER NOT NULL,
    task_type     TEXT NOT NULL,
    start_ms      INTEGER NOT NULL,
    check_ms      INTEGER NOT NULL,
    canceled_ms   INTEGER,
    checks        TEXT NOT NULL,
    details       TEXT
);
CREATE INDEX IF NOT EXISTS audit_runs_seq ON audit_runs(seq);
CREATE TABLE IF NOT EXISTS suppressions (
    check_name    TEXT NOT NULL,
    resource_key  TEXT NOT NULL,
    resource      TEXT NOT NULL,
    expiration_ms INTEGER,
    indefinitely  INTEGER,
    description   TEXT,
    client_token  TEXT NOT NULL,
    seq           INTEGER NOT NULL,
    PRIMARY KEY (check_name, resource_key)
);
"#;

/// Columns added to tables of the first schema: (table, column, declaration).
const ADDED_COLUMNS: &[(&str, &str, &str)] = &[
    ("findings", "severity", "TEXT"),
    ("findings", "task_start_ms", "INTEGER"),
    ("findings", "finding_ms", "INTEGER"),
    ("findings", "reason_text", "TEXT"),
    ("findings", "resource_json", "TEXT"),
    ("findings", "related_json", "TEXT"),
    ("findings", "suppressed", "INTEGER"),
    ("violations", "end_ms", "INTEGER"),
    ("audit_runs", "scheduled_name", "TEXT"),
];

/// Creates the tables of this module and adds the columns missing from older state files.
pub fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA)?;
    super::registry::migrate(conn)?;
    super::profiles::migrate(conn)?;
    super::metrics::migrate(conn)?;
    for (table, column, decl) in ADDED_COLUMNS
        .iter()
        .chain(super::registry::ADDED_COLUMNS)
        .chain(super::metrics::ADDED_COLUMNS)
    {
        // The tables of `store` are created before this runs; a table still missing is left.
        let table_exists: Option<i64> = conn
            .query_row(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
                params![table],
                |r| r.get(0),
            )
            .optional()?;
        if table_exists.is_none() {
            continue;
        }
        let exists: Option<i64> = conn
            .query_row(
                &format!("SELECT 1 FROM pragma_table_info('{table}') WHERE name = ?1"),
                params![column],
                |r| r.get(0),
            )
            .optional()?;
        if exists.is_none() {
            conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {decl}"))?;
        }
    }
    adopt_seeded_audits(conn, None)
}

/// Gives every audit of the seed (the `audits` table) its task: completed, started at `start`
/// (or when the state was initialised), with the checks of its findings.
pub fn adopt_seeded_audits(conn: &Connection, start: Option<i64>) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO audit_runs(audit_task_id, seq, task_type, start_ms, check_ms, checks)
         SELECT a.audit_task_id, a.seq, 'ON_DEMAND_AUDIT_TASK',
                COALESCE(?1, (SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'initialized'), 0), 0,
                COALESCE((SELECT json_group_array(check_name) FROM
                            (SELECT DISTINCT check_name FROM findings f WHERE f.audit_task_id = a.audit_task_id)), '[]')
         FROM audits a",
        params![start],
    )?;
    Ok(())
}

/// The members of a `ResourceIdentifier`, in model order.
pub const IDENTIFIER_MEMBERS: &[&str] = &[
    "deviceCertificateId",
    "caCertificateId",
    "cognitoIdentityPoolId",
    "clientId",
    "policyVersionIdentifier",
    "account",
    "iamRoleArn",
    "roleAliasArn",
    "issuerCertificateIdentifier",
    "deviceCertificateArn",
];

/// The `resourceIdentifier` of a resource as findings of the first schema name it (a type
/// and an id).
pub fn identifier_of(resource_type: &str, resource_id: &str) -> Value {
    match resource_type {
        "DEVICE_CERTIFICATE" => json!({"deviceCertificateId": resource_id}),
        "CA_CERTIFICATE" => json!({"caCertificateId": resource_id}),
        "IOT_POLICY" => json!({"policyVersionIdentifier": {"policyName": resource_id}}),
        "COGNITO_IDENTITY_POOL" => json!({"cognitoIdentityPoolId": resource_id}),
        "CLIENT_ID" => json!({"clientId": resource_id}),
        "ACCOUNT_SETTINGS" => json!({"account": resource_id}),
        "ROLE_ALIAS" => json!({"roleAliasArn": resource_id}),
        "IAM_ROLE" => json!({"iamRoleArn": resource_id}),
        "ISSUER_CERTIFICATE" => json!({"issuerCertificateIdentifier": {"issuerId": resource_id}}),
        _ => json!({}),
    }
}

/// A canonical text for a resource identifier (members in model order, nested members
/// sorted), so that two identifiers naming the same resource compare equal.
pub fn identifier_key(id: &Value) -> String {
    fn canon(v: &Value) -> String {
        match v {
            Value::Object(m) => {
                let mut keys: Vec<&String> = m.keys().collect();
                keys.sort();
                let inner: Vec<String> = keys
                    .iter()
                    .filter(|k| !m[k.as_str()].is_null())
                    .map(|k| format!("{k}={}", canon(&m[k.as_str()])))
                    .collect();
                format!("{{{}}}", inner.join(","))
            }
            Value::String(s) => s.clone(),
            other => other.to_string(),
        }
    }
    let mut out = Vec::new();
    if let Some(m) = id.as_object() {
        for k in IDENTIFIER_MEMBERS {
            if let Some(v) = m.get(*k).filter(|v| !v.is_null()) {
                out.push(format!("{k}={}", canon(v)));
            }
        }
    }
    out.join(";")
}

/// Whether a suppression's identifier covers a finding's: a policy suppression without a
/// version covers every version of that policy.
pub fn identifier_covers(suppression: &Value, finding: &Value) -> bool {
    if identifier_key(suppression) == identifier_key(finding) {
        return true;
    }
    let policy = |v: &Value| {
        v.get("policyVersionIdentifier")
            .and_then(|p| p.get("policyName"))
            .and_then(Value::as_str)
            .map(str::to_string)
    };
    let versioned = suppression
        .get("policyVersionIdentifier")
        .and_then(|p| p.get("policyVersionId"))
        .is_some_and(|v| !v.is_null());
    !versioned && policy(suppression).is_some() && policy(suppression) == policy(finding)
}

/// The audit configuration document kept in `meta`, or `None` when the account has none.
pub fn audit_config(conn: &Connection) -> Result<Option<Map<String, Value>>, ApiError> {
    match store::get_meta(conn, "audit_config")? {
        None => Ok(None),
        Some(text) => match serde_json::from_str::<Value>(&text)? {
            Value::Object(m) => Ok(Some(m)),
            _ => Ok(None),
        },
    }
}

pub fn set_audit_config(conn: &Connection, config: &Map<String, Value>) -> Result<(), ApiError> {
    store::set_meta(
        conn,
        "audit_config",
        &Value::Object(config.clone()).to_string(),
    )?;
    Ok(())
}

/// Whether a check is enabled in the account's audit configuration.
pub fn check_enabled(config: Option<&Map<String, Value>>, check: &str) -> bool {
    config
        .and_then(|c| c.get("auditCheckConfigurations"))
        .and_then(|m| m.get(check))
        .and_then(|c| c.get("enabled"))
        .and_then(Value::as_bool)
        .unwrap_or(false)
}

/// A custom setting of a check (`CERT_EXPIRATION_THRESHOLD_IN_DAYS`, ...), as a number.
pub fn check_setting(config: Option<&Map<String, Value>>, check: &str, name: &str) -> Option<i64> {
    config
        .and_then(|c| c.get("auditCheckConfigurations"))
        .and_then(|m| m.get(check))
        .and_then(|c| c.get("configuration"))
        .and_then(|c| c.get(name))
        .and_then(Value::as_str)
        .and_then(|s| s.trim().parse().ok())
}

/// The account's logging options (`{"roleArn": ..., "logLevel": ...}`), `None` when logging
/// was never set up.
pub fn logging(conn: &Connection) -> Result<Option<Value>, ApiError> {
    match store::get_meta(conn, "logging")? {
        None => Ok(None),
        Some(text) => Ok(Some(serde_json::from_str(&text)?)),
    }
}

pub fn set_logging(conn: &Connection, role_arn: &str, level: &str) -> Result<(), ApiError> {
    store::set_meta(
        conn,
        "logging",
        &json!({"roleArn": role_arn, "logLevel": level}).to_string(),
    )?;
    Ok(())
}

/// Sets the options of SetV2LoggingOptions: `roleArn`, `defaultLogLevel`, logs on.
pub fn set_logging_v2(conn: &Connection, role_arn: &str, level: &str) -> Result<(), ApiError> {
    store::set_meta(
        conn,
        "logging_v2",
        &json!({"roleArn": role_arn, "defaultLogLevel": level, "disableAllLogs": false})
            .to_string(),
    )?;
    Ok(())
}

/// Whether either set of logging options turns logging on: SetLoggingOptions with a level
/// other than DISABLED, or SetV2LoggingOptions with logs not all disabled and a default level
/// other than DISABLED.
pub fn logging_enabled(conn: &Connection) -> Result<bool, ApiError> {
    let level = |v: &Value, key: &str| {
        v.get(key)
            .and_then(Value::as_str)
            .is_some_and(|l| l != "DISABLED")
    };
    let v1 = logging(conn)?.is_some_and(|l| level(&l, "logLevel"));
    let v2 = match store::get_meta(conn, "logging_v2")? {
        Some(text) => {
            let v: Value = serde_json::from_str(&text)?;
            v.get("disableAllLogs").and_then(Value::as_bool) != Some(true)
                && level(&v, "defaultLogLevel")
        }
        None => false,
    };
    Ok(v1 || v2)
}

/// The blank policy that REPLACE_DEFAULT_POLICY_VERSION installs: it grants nothing.
pub const BLANK_POLICY: &str = r#"{"Version":"2012-10-17","Statement":[]}"#;

/// How many versions a policy may have.
pub const MAX_POLICY_VERSIONS: i64 = 5;

/// Installs the blank policy as a new default version of `policy`: `Ok(Err(reason))` when
/// the policy does not exist or already has the most versions allowed.
pub fn replace_default_version(
    conn: &Connection,
    policy: &str,
    now: i64,
) -> Result<Result<i64, String>, ApiError> {
    let exists: Option<i64> = conn
        .query_row(
            "SELECT default_version FROM policies WHERE name = ?1",
            params![policy],
            |r| r.get(0),
        )
        .optional()?;
    if exists.is_none() {
        return Ok(Err(format!("The policy {policy} does not exist.")));
    }
    let (count, max): (i64, i64) = conn.query_row(
        "SELECT COUNT(*), COALESCE(MAX(version), 0) FROM policy_versions WHERE policy = ?1",
        params![policy],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if count >= MAX_POLICY_VERSIONS {
        return Ok(Err(format!(
            "The policy {policy} already has the maximum of {MAX_POLICY_VERSIONS} versions; delete one before a blank version can be added."
        )));
    }
    let version = max + 1;
    conn.execute(
        "INSERT INTO policy_versions(policy, version, document, created_ms) VALUES (?1, ?2, ?3, ?4)",
        params![policy, version, BLANK_POLICY, now],
    )?;
    conn.execute(
        "UPDATE policies SET default_version = ?1 WHERE name = ?2",
        params![version, policy],
    )?;
    Ok(Ok(version))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_state_of_the_first_schema_gains_the_new_tables_and_columns() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
             INSERT INTO meta VALUES ('initialized', '1000');
             CREATE TABLE audits (audit_task_id TEXT PRIMARY KEY, seq INTEGER NOT NULL);
             INSERT INTO audits VALUES ('audit-1', 0);
             CREATE TABLE findings (finding_id TEXT PRIMARY KEY, audit_task_id TEXT NOT NULL,
                 check_name TEXT NOT NULL, reason_code TEXT NOT NULL, resource_type TEXT NOT NULL,
                 resource_id TEXT NOT NULL, seq INTEGER NOT NULL);
             INSERT INTO findings VALUES ('f1', 'audit-1', 'LOGGING_DISABLED_CHECK', 'LOGGING_DISABLED', 'ACCOUNT_SETTINGS', '123456789012', 1);
             INSERT INTO findings VALUES ('f2', 'audit-1', 'LOGGING_DISABLED_CHECK', 'LOGGING_DISABLED', 'ACCOUNT_SETTINGS', '123456789012', 2);
             CREATE TABLE violations (violation_id TEXT PRIMARY KEY, security_profile TEXT NOT NULL,
                 behavior TEXT NOT NULL, thing_name TEXT NOT NULL, start_ms INTEGER NOT NULL,
                 active INTEGER NOT NULL, suppressed INTEGER NOT NULL, seq INTEGER NOT NULL);",
        )
        .unwrap();
        migrate(&conn).unwrap();
        // Twice is the same as once.
        migrate(&conn).unwrap();
        let run: (i64, String) = conn
            .query_row(
                "SELECT start_ms, checks FROM audit_runs WHERE audit_task_id = 'audit-1'",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!(run, (1000, r#"["LOGGING_DISABLED_CHECK"]"#.to_string()));
        let severity: Option<String> = conn
            .query_row(
                "SELECT severity FROM findings WHERE finding_id = 'f1'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(severity, None);
        let end: Option<i64> = conn
            .query_row("SELECT COUNT(end_ms) FROM violations", [], |r| r.get(0))
            .unwrap();
        assert_eq!(end, Some(0));
    }

    #[test]
    fn identifier_keys_ignore_member_order() {
        let a = json!({"policyVersionIdentifier": {"policyVersionId": "2", "policyName": "p"}});
        let b = json!({"policyVersionIdentifier": {"policyName": "p", "policyVersionId": "2"}});
        assert_eq!(identifier_key(&a), identifier_key(&b));
        assert_eq!(
            identifier_key(&a),
            "policyVersionIdentifier={policyName=p,policyVersionId=2}"
        );
        let any_version = json!({"policyVersionIdentifier": {"policyName": "p"}});
        assert!(identifier_covers(&any_version, &a));
        assert!(!identifier_covers(
            &a,
            &json!({"policyVersionIdentifier": {"policyName": "p", "policyVersionId": "3"}})
        ));
        assert!(!identifier_covers(
            &json!({"deviceCertificateId": "a"}),
            &json!({"deviceCertificateId": "b"})
        ));
    }
}
