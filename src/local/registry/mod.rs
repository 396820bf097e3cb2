//! The AWS IoT registry the audit checks examine and the mitigation actions change, served
//! through the standard operations: certificates and CA certificates (`certs`), things, their
//! principals and thing groups (`things`), policies, their versions and targets (`policies`),
//! role aliases, logging options and tags (`account`).
//!
//! The registry shares its tables with the audits (see `world`): `certificates` and
//! `resources` (a certificate's status and attached things), `things`, `thing_groups`,
//! `policies` and `policy_versions`. This module adds the members the read operations report
//! and the tables of its own:
//! - `policy_targets`: what each policy is attached to (certificate ARNs, thing group ARNs,
//!   Cognito identities);
//! - `role_aliases`: role aliases and the permissions of the role each names (from the seed:
//!   `{"policy": DOCUMENT, "usedServices": [...]}`);
//! - `cognito_pools`: Cognito identity pools and the policies of their roles (from the seed);
//! - `tags`: the tags of every taggable resource, by ARN;
//! - `scheduled_audits`: scheduled audits and when each runs next;
//! - `published`: the messages PUBLISH_FINDING_TO_SNS would have published.

pub mod account;
pub mod certs;
pub mod policies;
pub mod things;

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{Map, Value};

use super::error::ApiError;
use super::input::{Input, Members};
use super::Ctx;

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS policy_targets (
    policy TEXT NOT NULL,
    target TEXT NOT NULL,
    seq    INTEGER NOT NULL,
    PRIMARY KEY (policy, target)
);
CREATE INDEX IF NOT EXISTS policy_targets_target ON policy_targets(target, seq);
CREATE TABLE IF NOT EXISTS role_aliases (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    role_arn    TEXT NOT NULL,
    duration    INTEGER NOT NULL,
    created_ms  INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL,
    role_policy TEXT
);
CREATE TABLE IF NOT EXISTS tags (
    arn   TEXT NOT NULL,
    key   TEXT NOT NULL,
    value TEXT NOT NULL,
    seq   INTEGER NOT NULL,
    PRIMARY KEY (arn, key)
);
CREATE TABLE IF NOT EXISTS cognito_pools (
    pool_id                TEXT PRIMARY KEY,
    authenticated_policy   TEXT,
    unauthenticated_policy TEXT
);
CREATE TABLE IF NOT EXISTS published (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    topic_arn    TEXT NOT NULL,
    message      TEXT NOT NULL,
    published_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS scheduled_audits (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL UNIQUE,
    frequency    TEXT NOT NULL,
    day_of_month TEXT,
    day_of_week  TEXT,
    checks       TEXT NOT NULL,
    created_ms   INTEGER NOT NULL,
    next_ms      INTEGER NOT NULL
);
"#;

/// Columns the registry adds to the tables it shares with the audits.
pub const ADDED_COLUMNS: &[(&str, &str, &str)] = &[
    ("certificates", "pem", "TEXT"),
    ("certificates", "created_ms", "INTEGER"),
    ("certificates", "modified_ms", "INTEGER"),
    ("certificates", "key_algorithm", "TEXT"),
    ("certificates", "key_bits", "INTEGER"),
    ("certificates", "cert_mode", "TEXT"),
    ("certificates", "auto_registration", "TEXT"),
    ("certificates", "version", "INTEGER"),
    ("things", "thing_id", "TEXT"),
    ("things", "thing_type", "TEXT"),
    ("things", "attributes", "TEXT"),
    ("things", "version", "INTEGER"),
    ("things", "seq", "INTEGER"),
    ("thing_groups", "group_id", "TEXT"),
    ("thing_groups", "description", "TEXT"),
    ("thing_groups", "attributes", "TEXT"),
    ("thing_groups", "parent", "TEXT"),
    ("thing_groups", "version", "INTEGER"),
    ("thing_groups", "created_ms", "INTEGER"),
    ("thing_groups", "seq", "INTEGER"),
    ("policies", "created_ms", "INTEGER"),
    ("policies", "modified_ms", "INTEGER"),
];

/// Creates the registry's own tables.
pub fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA)
}

/// The ARN of a registry resource: `arn:aws:iot:REGION:ACCOUNT:KIND/NAME`.
pub fn arn(ctx: &Ctx, kind: &str, name: &str) -> String {
    format!("arn:aws:iot:{}:{}:{kind}/{name}", ctx.region, ctx.account)
}

/// The next position in a table that orders its rows by a `seq` column.
pub fn next_seq(conn: &Connection, table: &str) -> Result<i64, ApiError> {
    Ok(conn.query_row(
        &format!("SELECT COALESCE(MAX(seq), 0) + 1 FROM {table}"),
        [],
        |r| r.get(0),
    )?)
}

/// Whether a row exists.
pub fn exists(conn: &Connection, sql: &str, key: &str) -> Result<bool, ApiError> {
    Ok(conn
        .query_row(sql, params![key], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The tags of a creation request (`tags`: a list of `{Key, Value}`), stored for `arn`.
pub fn tag_on_create(conn: &Connection, input: &Input, arn: &str) -> Result<(), ApiError> {
    let tags = input
        .get("tags")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    account::put_tags(conn, arn, &tags)
}

/// An `attributePayload` (`{"attributes": {...}, "merge": bool}`) applied to `current`.
pub fn apply_attributes(current: &mut Map<String, Value>, payload: Option<&Map<String, Value>>) {
    let Some(payload) = payload else { return };
    let given = payload.structure("attributes").cloned().unwrap_or_default();
    if payload.flag("merge") != Some(true) {
        current.clear();
    }
    for (k, v) in given {
        // Merging an empty value removes the attribute.
        if v.as_str() == Some("") {
            current.remove(&k);
        } else {
            current.insert(k, v);
        }
    }
}

/// A JSON object kept as text in a column.
pub fn object(text: Option<String>) -> Map<String, Value> {
    text.and_then(|t| serde_json::from_str::<Value>(&t).ok())
        .and_then(|v| match v {
            Value::Object(m) => Some(m),
            _ => None,
        })
        .unwrap_or_default()
}
