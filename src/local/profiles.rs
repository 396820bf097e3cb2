//! Detect's definitions: dimensions (CreateDimension, DescribeDimension, ListDimensions,
//! UpdateDimension, DeleteDimension), custom metrics (Create/Describe/List/Update/
//! DeleteCustomMetric), security profiles (Create/Describe/List/Update/DeleteSecurityProfile,
//! ValidateSecurityProfileBehaviors), their targets (Attach/DetachSecurityProfile,
//! ListTargetsForSecurityProfile, ListSecurityProfilesForTarget) and the training summaries of
//! their ML behaviors (GetBehaviorModelTrainingSummaries).
//!
//! Tables:
//! - `dimensions`, `custom_metrics`: as created; a dimension or custom metric that a security
//!   profile uses cannot be deleted.
//! - `security_profiles`: the profile's members as JSON documents, its `version` (incremented
//!   by every update; `expectedVersion` is checked against it).
//! - `profile_targets`: thing group ARNs and `all/registered-things`, `all/unregistered-things`.
//!
//! The rules on behaviors (which operator goes with which metric, value kinds, durations,
//! dimensions, ML behaviors) are in [`behavior_problems`], shared by validation, creation and
//! update. ML models (a choice; the service trains for 14 days on at least 25,000 datapoints):
//! a behavior's model collects data from the profile's creation and is ACTIVE after 14 days of
//! the endpoint's clock, its collection percentage growing with time until then.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::error::ApiError;
use super::input::{Input, Members};
use super::operations::Reply;
use super::paging::Listing;
use super::registry::{account, arn, tag_on_create};
use super::{store, util, Ctx};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS dimensions (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT NOT NULL UNIQUE,
    dim_type      TEXT NOT NULL,
    string_values TEXT NOT NULL,
    client_token  TEXT,
    created_ms    INTEGER NOT NULL,
    modified_ms   INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS custom_metrics (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL UNIQUE,
    metric_type  TEXT NOT NULL,
    display_name TEXT,
    client_token TEXT,
    created_ms   INTEGER NOT NULL,
    modified_ms  INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS security_profiles (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    doc         TEXT NOT NULL,
    version     INTEGER NOT NULL,
    created_ms  INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS profile_targets (
    seq     INTEGER PRIMARY KEY AUTOINCREMENT,
    profile TEXT NOT NULL,
    target  TEXT NOT NULL,
    UNIQUE (profile, target)
);
"#;

/// Creates the tables of this module.
pub fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA)
}

/// The members of a security profile kept as its document, in the model's order.
const PROFILE_MEMBERS: &[&str] = &[
    "securityProfileDescription",
    "behaviors",
    "alertTargets",
    "additionalMetricsToRetain",
    "additionalMetricsToRetainV2",
    "metricsExportConfig",
];

/// How many security profiles may target one thing group (or all things).
const MAX_PROFILES_PER_TARGET: i64 = 5;

/// How long an ML model trains, in the endpoint's clock.
pub const TRAINING_MS: i64 = 14 * 86_400_000;

// ------------------------------------------------------------------------------------------
// Metrics and the rules on behaviors

/// What a metric's values are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A whole number ≥ 0 (`value.count`), compared with <, <=, >, >=.
    Count,
    /// A number (`value.number`), compared with <, <=, >, >= (custom `number` metrics).
    Number,
    /// Ports (`value.ports`), in or not in a set.
    Ports,
    /// IP addresses (`value.cidrs`), in or not in CIDR ranges.
    Cidrs,
    /// Numbers (`value.numbers`), in or not in a set (custom `number-list`).
    Numbers,
    /// Strings (`value.strings`), in or not in a set (custom `string-list`).
    Strings,
}

/// A metric of AWS IoT Device Defender: name, kind, whether it is counted over
/// `durationSeconds`, whether it takes a TOPIC_FILTER dimension, whether ML detection suits it.
struct BuiltIn {
    name: &'static str,
    kind: Kind,
    timed: bool,
    dimension: bool,
    ml: bool,
}

const fn metric(name: &'static str, kind: Kind, timed: bool, dimension: bool, ml: bool) -> BuiltIn {
    BuiltIn {
        name,
        kind,
        timed,
        dimension,
        ml,
    }
}

/// The Device Defender metrics: cloud-side (measured by the service) and device-side (reported
/// by devices).
const METRICS: &[BuiltIn] = &[
    metric("aws:message-byte-size", Kind::Count, false, true, true),
    metric("aws:num-messages-received", Kind::Count, true, true, true),
    metric("aws:num-messages-sent", Kind::Count, true, true, true),
    metric(
        "aws:num-authorization-failures",
        Kind::Count,
        true,
        true,
        true,
    ),
    metric("aws:source-ip-address", Kind::Cidrs, false, false, false),
    metric(
        "aws:num-connection-attempts",
        Kind::Count,
        true,
        false,
        true,
    ),
    metric("aws:num-disconnects", Kind::Count, true, false, true),
    metric("aws:num-disconnect-errors", Kind::Count, true, false, false),
    metric(
        "aws:num-disconnect-errors-by-reason",
        Kind::Count,
        true,
        false,
        false,
    ),
    metric("aws:all-bytes-out", Kind::Count, true, false, true),
    metric("aws:all-bytes-in", Kind::Count, true, false, true),
    metric("aws:all-packets-out", Kind::Count, true, false, true),
    metric("aws:all-packets-in", Kind::Count, true, false, true),
    metric(
        "aws:destination-ip-addresses",
        Kind::Cidrs,
        false,
        false,
        false,
    ),
    metric("aws:listening-tcp-ports", Kind::Ports, false, false, false),
    metric("aws:listening-udp-ports", Kind::Ports, false, false, false),
    metric(
        "aws:num-listening-tcp-ports",
        Kind::Count,
        false,
        false,
        true,
    ),
    metric(
        "aws:num-listening-udp-ports",
        Kind::Count,
        false,
        false,
        true,
    ),
    metric(
        "aws:num-established-tcp-connections",
        Kind::Count,
        false,
        false,
        true,
    ),
];

/// How a metric behaves: its kind, whether it is counted over time, takes a dimension, suits
/// ML detection. Custom metrics by name (their type from `custom_metrics`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MetricInfo {
    pub kind: Kind,
    pub timed: bool,
    pub dimension: bool,
    pub ml: bool,
}

/// What a metric name names: a built-in metric, a custom metric of the account, or nothing.
pub fn metric_info(conn: &Connection, name: &str) -> Result<Option<MetricInfo>, ApiError> {
    if let Some(m) = METRICS.iter().find(|m| m.name == name) {
        return Ok(Some(MetricInfo {
            kind: m.kind,
            timed: m.timed,
            dimension: m.dimension,
            ml: m.ml,
        }));
    }
    let custom: Option<String> = conn
        .query_row(
            "SELECT metric_type FROM custom_metrics WHERE name = ?1",
            params![name],
            |r| r.get(0),
        )
        .optional()?;
    Ok(custom.map(|t| MetricInfo {
        kind: match t.as_str() {
            "number" => Kind::Number,
            "number-list" => Kind::Numbers,
            "string-list" => Kind::Strings,
            _ => Kind::Cidrs,
        },
        timed: false,
        dimension: false,
        ml: t == "number",
    }))
}

/// The member of `MetricValue` that carries a kind's values.
pub fn value_member(kind: Kind) -> &'static str {
    match kind {
        Kind::Count => "count",
        Kind::Number => "number",
        Kind::Ports => "ports",
        Kind::Cidrs => "cidrs",
        Kind::Numbers => "numbers",
        Kind::Strings => "strings",
    }
}

/// The comparison operators that suit a kind.
fn operators(kind: Kind) -> &'static [&'static str] {
    match kind {
        Kind::Count | Kind::Number => &[
            "less-than",
            "less-than-equals",
            "greater-than",
            "greater-than-equals",
        ],
        Kind::Ports => &["in-port-set", "not-in-port-set"],
        Kind::Cidrs => &["in-cidr-set", "not-in-cidr-set"],
        Kind::Numbers | Kind::Strings => &["in-set", "not-in-set"],
    }
}

/// The durations a timed metric is counted over, in seconds.
const DURATIONS: &[i64] = &[300, 600, 900, 1800, 3600];

/// What is wrong with a list of behaviors, one message per problem, as the service words it.
pub fn behavior_problems(conn: &Connection, behaviors: &[Value]) -> Result<Vec<String>, ApiError> {
    let mut out = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    for b in behaviors {
        let name = b.get("name").and_then(Value::as_str).unwrap_or_default();
        if names.contains(&name) {
            out.push(format!(
                "Behavior name {name} is used more than once. Behavior names must be unique."
            ));
        }
        names.push(name);
        let criteria = b.get("criteria").and_then(Value::as_object);
        let Some(metric) = b.get("metric").and_then(Value::as_str) else {
            if criteria.is_some() {
                out.push(format!("Behavior {name}: a metric is required."));
            }
            continue;
        };
        let Some(info) = metric_info(conn, metric)? else {
            out.push(format!("Behavior {name}: metric {metric} is not a Device Defender metric or a custom metric of this account."));
            continue;
        };
        if let Some(dim) = b.get("metricDimension").and_then(Value::as_object) {
            let dim_name = dim.text("dimensionName").unwrap_or_default();
            if !info.dimension {
                out.push(format!(
                    "Behavior {name}: metric {metric} does not take a dimension."
                ));
            } else if !super::registry::exists(
                conn,
                "SELECT 1 FROM dimensions WHERE name = ?1",
                dim_name,
            )? {
                out.push(format!(
                    "Behavior {name}: dimension {dim_name} does not exist."
                ));
            }
        }
        let Some(c) = criteria else {
            // A behavior without criteria only retains its metric.
            continue;
        };
        let op = c.text("comparisonOperator");
        let value = c.structure("value");
        let statistical = c.structure("statisticalThreshold");
        let ml = c.structure("mlDetectionConfig");
        if ml.is_some() {
            if !info.ml {
                out.push(format!(
                    "Behavior {name}: metric {metric} does not support ML detection."
                ));
            }
            if op.is_some()
                || value.is_some()
                || statistical.is_some()
                || c.get("durationSeconds").is_some()
            {
                out.push(format!(
                    "Behavior {name}: an ML behavior takes no comparisonOperator, value, statisticalThreshold or durationSeconds."
                ));
            }
            continue;
        }
        let Some(op) = op else {
            out.push(format!(
                "Behavior {name}: criteria need a comparisonOperator."
            ));
            continue;
        };
        if !operators(info.kind).contains(&op) {
            out.push(format!(
                "Behavior {name}: comparison operator {op} cannot be used with metric {metric}; use one of {}.",
                operators(info.kind).join(", ")
            ));
        }
        match (value, statistical) {
            (Some(_), Some(_)) => out.push(format!(
                "Behavior {name}: criteria take a value or a statisticalThreshold, not both."
            )),
            (None, None) => out.push(format!(
                "Behavior {name}: criteria need a value or a statisticalThreshold."
            )),
            (Some(v), None) => {
                let wanted = value_member(info.kind);
                let given: Vec<&String> = v.keys().filter(|k| !v[k.as_str()].is_null()).collect();
                if given.len() != 1 || given[0] != wanted {
                    out.push(format!(
                        "Behavior {name}: metric {metric} takes a value of {wanted}, got {}.",
                        if given.is_empty() {
                            "none".to_string()
                        } else {
                            given
                                .iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        }
                    ));
                }
            }
            (None, Some(_)) => {
                if !matches!(info.kind, Kind::Count | Kind::Number) {
                    out.push(format!(
                        "Behavior {name}: a statisticalThreshold needs a numeric metric; {metric} is not."
                    ));
                }
            }
        }
        match c.integer("durationSeconds") {
            Some(d) if !info.timed => out.push(format!(
                "Behavior {name}: metric {metric} takes no durationSeconds (got {d})."
            )),
            Some(d) if !DURATIONS.contains(&d) => out.push(format!(
                "Behavior {name}: durationSeconds must be one of 300, 600, 900, 1800, 3600, got {d}."
            )),
            None if info.timed => out.push(format!(
                "Behavior {name}: metric {metric} needs a durationSeconds (300, 600, 900, 1800 or 3600)."
            )),
            _ => {}
        }
    }
    Ok(out)
}

fn check_behaviors(conn: &Connection, behaviors: &[Value]) -> Result<(), ApiError> {
    let problems = behavior_problems(conn, behaviors)?;
    match problems.first() {
        None => Ok(()),
        Some(first) => Err(ApiError::invalid(first.clone())),
    }
}

/// ValidateSecurityProfileBehaviors.
pub fn validate(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let behaviors = input
        .get("behaviors")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let problems = store::read(conn, |tx| behavior_problems(tx, &behaviors))?;
    Ok(json!({
        "valid": problems.is_empty(),
        "validationErrors": problems.iter().map(|m| json!({"errorMessage": m})).collect::<Vec<_>>(),
    })
    .into())
}

// ------------------------------------------------------------------------------------------
// Dimensions

fn dimension_not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("The dimension {name} does not exist."))
}

fn dimension_json(ctx: &Ctx, conn: &Connection, name: &str) -> Result<Value, ApiError> {
    conn.query_row(
        "SELECT dim_type, string_values, created_ms, modified_ms FROM dimensions WHERE name = ?1",
        params![name],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
            ))
        },
    )
    .optional()?
    .ok_or_else(|| dimension_not_found(name))
    .and_then(|(t, values, created, modified)| {
        Ok(json!({
            "name": name,
            "arn": arn(ctx, "dimension", name),
            "type": t,
            "stringValues": serde_json::from_str::<Value>(&values)?,
            "creationDate": util::ms_to_json(created),
            "lastModifiedDate": util::ms_to_json(modified),
        }))
    })
}

/// CreateDimension: the same request again (same token) answers as the first time.
pub fn create_dimension(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("name")?.to_string();
    let kind = input.required("type")?.to_string();
    let values = input.get("stringValues").cloned().unwrap_or(json!([]));
    let token = input.text("clientRequestToken").map(String::from);
    store::write(conn, |tx| {
        let dim_arn = arn(ctx, "dimension", &name);
        let existing: Option<(String, String, Option<String>)> = tx
            .query_row(
                "SELECT dim_type, string_values, client_token FROM dimensions WHERE name = ?1",
                params![name],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((t, v, tok)) = existing {
            let same_values = serde_json::from_str::<Value>(&v).ok().as_ref() == Some(&values);
            if t == kind && same_values && tok == token {
                return Ok(json!({"name": name, "arn": dim_arn}).into());
            }
            return Err(ApiError::already_exists(
                format!("Dimension {name} already exists."),
                &name,
                &dim_arn,
            ));
        }
        let now = util::now_ms();
        tx.execute(
            "INSERT INTO dimensions(name, dim_type, string_values, client_token, created_ms, modified_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![name, kind, values.to_string(), token, now],
        )?;
        tag_on_create(tx, input, &dim_arn)?;
        Ok(json!({"name": name, "arn": dim_arn}).into())
    })
}

/// DescribeDimension.
pub fn describe_dimension(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("name")?;
    store::read(conn, |tx| Ok(dimension_json(ctx, tx, name)?.into()))
}

/// UpdateDimension.
pub fn update_dimension(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("name")?;
    let values = input.get("stringValues").cloned().unwrap_or(json!([]));
    store::write(conn, |tx| {
        let n = tx.execute(
            "UPDATE dimensions SET string_values = ?1, modified_ms = ?2 WHERE name = ?3",
            params![values.to_string(), util::now_ms(), name],
        )?;
        if n == 0 {
            return Err(dimension_not_found(name));
        }
        Ok(dimension_json(ctx, tx, name)?.into())
    })
}

/// The security profiles whose behaviors (or metrics to retain) use a dimension or a metric.
fn profiles_using(
    conn: &Connection,
    dimension: Option<&str>,
    metric: Option<&str>,
) -> Result<Vec<String>, ApiError> {
    let mut stmt = conn.prepare_cached("SELECT name, doc FROM security_profiles ORDER BY seq")?;
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for (name, doc) in rows {
        let doc: Value = serde_json::from_str(&doc)?;
        let mut uses = false;
        for list in ["behaviors", "additionalMetricsToRetainV2"] {
            for b in doc
                .get(list)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if metric.is_some_and(|m| b.get("metric").and_then(Value::as_str) == Some(m)) {
                    uses = true;
                }
                if dimension.is_some_and(|d| {
                    b.pointer("/metricDimension/dimensionName")
                        .and_then(Value::as_str)
                        == Some(d)
                }) {
                    uses = true;
                }
            }
        }
        if uses {
            out.push(name);
        }
    }
    Ok(out)
}

/// DeleteDimension: not while a security profile uses it; a dimension that does not exist is
/// already deleted.
pub fn delete_dimension(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("name")?;
    store::write(conn, |tx| {
        let users = profiles_using(tx, Some(name), None)?;
        if !users.is_empty() {
            return Err(ApiError::invalid(format!(
                "Cannot delete dimension {name}: it is used by the security profile(s) {}.",
                users.join(", ")
            )));
        }
        tx.execute("DELETE FROM dimensions WHERE name = ?1", params![name])?;
        account::drop_tags(tx, &arn(ctx, "dimension", name))?;
        Ok(json!({}).into())
    })
}

/// ListDimensions, in creation order.
pub fn list_dimensions(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    list_names(conn, ctx, input, "dimensions")
}

/// A page of the names of a table ordered by `seq`.
fn list_names(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
    table: &str,
) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let page = store::read(conn, |tx| {
        let mut stmt = tx.prepare_cached(&format!(
            "SELECT seq, name FROM {table} WHERE seq > ?1 ORDER BY seq LIMIT ?2"
        ))?;
        let rows = stmt.query(params![listing.after(0), (listing.max + 1) as i64])?;
        listing.fill(rows, 80, |page, pos, r| page.offer(pos, store::text(r, 1)?))
    })?;
    listing.finish(page)
}

// ------------------------------------------------------------------------------------------
// Custom metrics

fn custom_not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("The custom metric {name} does not exist."))
}

fn custom_json(ctx: &Ctx, conn: &Connection, name: &str) -> Result<Value, ApiError> {
    conn.query_row(
        "SELECT metric_type, display_name, created_ms, modified_ms FROM custom_metrics WHERE name = ?1",
        params![name],
        |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, i64>(3)?,
            ))
        },
    )
    .optional()?
    .ok_or_else(|| custom_not_found(name))
    .map(|(t, display, created, modified)| {
        let mut m = Map::new();
        m.insert("metricName".into(), json!(name));
        m.insert("metricArn".into(), json!(arn(ctx, "custommetric", name)));
        m.insert("metricType".into(), json!(t));
        if let Some(d) = display {
            m.insert("displayName".into(), json!(d));
        }
        m.insert("creationDate".into(), util::ms_to_json(created));
        m.insert("lastModifiedDate".into(), util::ms_to_json(modified));
        Value::Object(m)
    })
}

/// CreateCustomMetric.
pub fn create_custom(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("metricName")?.to_string();
    let kind = input.required("metricType")?.to_string();
    let display = input.text("displayName").map(String::from);
    let token = input.text("clientRequestToken").map(String::from);
    if name.starts_with("aws:") {
        return Err(ApiError::invalid(format!(
            "Custom metric names cannot start with 'aws:', got {name}."
        )));
    }
    store::write(conn, |tx| {
        let metric_arn = arn(ctx, "custommetric", &name);
        let existing: Option<(String, Option<String>, Option<String>)> = tx
            .query_row(
                "SELECT metric_type, display_name, client_token FROM custom_metrics WHERE name = ?1",
                params![name],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        if let Some((t, d, tok)) = existing {
            if t == kind && d == display && tok == token {
                return Ok(json!({"metricName": name, "metricArn": metric_arn}).into());
            }
            return Err(ApiError::already_exists(
                format!("Custom metric {name} already exists."),
                &name,
                &metric_arn,
            ));
        }
        let now = util::now_ms();
        tx.execute(
            "INSERT INTO custom_metrics(name, metric_type, display_name, client_token, created_ms, modified_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![name, kind, display, token, now],
        )?;
        tag_on_create(tx, input, &metric_arn)?;
        Ok(json!({"metricName": name, "metricArn": metric_arn}).into())
    })
}

/// DescribeCustomMetric.
pub fn describe_custom(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("metricName")?;
    store::read(conn, |tx| Ok(custom_json(ctx, tx, name)?.into()))
}

/// UpdateCustomMetric: its display name.
pub fn update_custom(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("metricName")?;
    let display = input.required("displayName")?;
    store::write(conn, |tx| {
        let n = tx.execute(
            "UPDATE custom_metrics SET display_name = ?1, modified_ms = ?2 WHERE name = ?3",
            params![display, util::now_ms(), name],
        )?;
        if n == 0 {
            return Err(custom_not_found(name));
        }
        Ok(custom_json(ctx, tx, name)?.into())
    })
}

/// DeleteCustomMetric: not while a security profile uses it.
pub fn delete_custom(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("metricName")?;
    store::write(conn, |tx| {
        let users = profiles_using(tx, None, Some(name))?;
        if !users.is_empty() {
            return Err(ApiError::invalid(format!(
                "Cannot delete custom metric {name}: it is used by the security profile(s) {}.",
                users.join(", ")
            )));
        }
        tx.execute("DELETE FROM custom_metrics WHERE name = ?1", params![name])?;
        account::drop_tags(tx, &arn(ctx, "custommetric", name))?;
        Ok(json!({}).into())
    })
}

/// ListCustomMetrics, in creation order.
pub fn list_custom(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    list_names(conn, ctx, input, "custom_metrics")
}

// ------------------------------------------------------------------------------------------
// Security profiles

fn profile_not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("Security profile {name} does not exist."))
}

/// A security profile as stored: its document, version and times.
pub struct Profile {
    pub doc: Map<String, Value>,
    pub version: i64,
    pub created_ms: i64,
    pub modified_ms: i64,
}

pub fn profile(conn: &Connection, name: &str) -> Result<Option<Profile>, ApiError> {
    let row: Option<(String, i64, i64, i64)> = conn
        .query_row(
            "SELECT doc, version, created_ms, modified_ms FROM security_profiles WHERE name = ?1",
            params![name],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((doc, version, created_ms, modified_ms)) = row else {
        return Ok(None);
    };
    let doc = match serde_json::from_str::<Value>(&doc)? {
        Value::Object(m) => m,
        _ => Map::new(),
    };
    Ok(Some(Profile {
        doc,
        version,
        created_ms,
        modified_ms,
    }))
}

/// The behaviors of a profile document.
pub fn behaviors_of(doc: &Map<String, Value>) -> Vec<Value> {
    doc.get("behaviors")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default()
}

fn profile_json(ctx: &Ctx, name: &str, p: &Profile) -> Value {
    let mut out = Map::new();
    out.insert("securityProfileName".into(), json!(name));
    out.insert(
        "securityProfileArn".into(),
        json!(arn(ctx, "securityprofile", name)),
    );
    for k in PROFILE_MEMBERS {
        if let Some(v) = p.doc.get(*k) {
            out.insert(k.to_string(), v.clone());
        }
    }
    out.insert("version".into(), json!(p.version));
    out.insert("creationDate".into(), util::ms_to_json(p.created_ms));
    out.insert("lastModifiedDate".into(), util::ms_to_json(p.modified_ms));
    Value::Object(out)
}

/// The document of a create or update request's members.
fn check_document(conn: &Connection, doc: &Map<String, Value>) -> Result<(), ApiError> {
    check_behaviors(conn, &behaviors_of(doc))?;
    for m in doc
        .get("additionalMetricsToRetainV2")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        let name = m.get("metric").and_then(Value::as_str).unwrap_or_default();
        if metric_info(conn, name)?.is_none() {
            return Err(ApiError::invalid(format!(
                "Metric {name} to retain is not a Device Defender metric or a custom metric of this account."
            )));
        }
    }
    Ok(())
}

/// CreateSecurityProfile.
pub fn create_profile(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("securityProfileName")?.to_string();
    let mut doc = Map::new();
    for k in PROFILE_MEMBERS {
        if let Some(v) = input.get(*k) {
            doc.insert(k.to_string(), v.clone());
        }
    }
    store::write(conn, |tx| {
        let profile_arn = arn(ctx, "securityprofile", &name);
        if profile(tx, &name)?.is_some() {
            return Err(ApiError::already_exists(
                format!("Security profile {name} already exists."),
                &name,
                &profile_arn,
            ));
        }
        check_document(tx, &doc)?;
        let now = util::now_ms();
        tx.execute(
            "INSERT INTO security_profiles(name, doc, version, created_ms, modified_ms) VALUES (?1, ?2, 1, ?3, ?3)",
            params![name, Value::Object(doc.clone()).to_string(), now],
        )?;
        tag_on_create(tx, input, &profile_arn)?;
        Ok(json!({"securityProfileName": name, "securityProfileArn": profile_arn}).into())
    })
}

/// DescribeSecurityProfile.
pub fn describe_profile(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("securityProfileName")?;
    store::read(conn, |tx| {
        let p = profile(tx, name)?.ok_or_else(|| profile_not_found(name))?;
        Ok(profile_json(ctx, name, &p).into())
    })
}

fn version_conflict(name: &str) -> ApiError {
    ApiError::new(
        409,
        "VersionConflictException",
        format!("The version of security profile {name} does not match the expected version."),
    )
}

/// UpdateSecurityProfile: the members given replace the profile's, the `delete*` flags remove
/// theirs; the version goes up by one. Behaviors removed while in alarm end their violations
/// (`alarm-invalidated`).
pub fn update_profile(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("securityProfileName")?;
    let pairs = [
        ("behaviors", "deleteBehaviors"),
        ("alertTargets", "deleteAlertTargets"),
        (
            "additionalMetricsToRetain",
            "deleteAdditionalMetricsToRetain",
        ),
        (
            "additionalMetricsToRetainV2",
            "deleteAdditionalMetricsToRetain",
        ),
        ("metricsExportConfig", "deleteMetricsExportConfig"),
    ];
    for (member, flag) in pairs {
        if input.flag(flag) == Some(true) && input.get(member).is_some() {
            return Err(ApiError::invalid(format!(
                "{member} and {flag} cannot both be given."
            )));
        }
    }
    store::write(conn, |tx| {
        let mut p = profile(tx, name)?.ok_or_else(|| profile_not_found(name))?;
        if input
            .integer("expectedVersion")
            .is_some_and(|v| v != p.version)
        {
            return Err(version_conflict(name));
        }
        if let Some(d) = input.get("securityProfileDescription") {
            p.doc.insert("securityProfileDescription".into(), d.clone());
        }
        for (member, flag) in pairs {
            if let Some(v) = input.get(member) {
                p.doc.insert(member.to_string(), v.clone());
            } else if input.flag(flag) == Some(true) {
                p.doc.remove(member);
            }
        }
        check_document(tx, &p.doc)?;
        let now = util::now_ms().max(p.modified_ms);
        p.version += 1;
        p.modified_ms = now;
        tx.execute(
            "UPDATE security_profiles SET doc = ?1, version = ?2, modified_ms = ?3 WHERE name = ?4",
            params![
                Value::Object(p.doc.clone()).to_string(),
                p.version,
                now,
                name
            ],
        )?;
        let kept: Vec<String> = behaviors_of(&p.doc)
            .iter()
            .filter_map(|b| b.get("name").and_then(Value::as_str).map(String::from))
            .collect();
        super::metrics::invalidate(tx, name, Some(&kept), now)?;
        Ok(profile_json(ctx, name, &p).into())
    })
}

/// DeleteSecurityProfile: its targets go, its violations in alarm are invalidated.
pub fn delete_profile(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("securityProfileName")?;
    store::write(conn, |tx| {
        let Some(p) = profile(tx, name)? else {
            return Ok(json!({}).into());
        };
        if input
            .integer("expectedVersion")
            .is_some_and(|v| v != p.version)
        {
            return Err(version_conflict(name));
        }
        tx.execute(
            "DELETE FROM security_profiles WHERE name = ?1",
            params![name],
        )?;
        tx.execute(
            "DELETE FROM profile_targets WHERE profile = ?1",
            params![name],
        )?;
        account::drop_tags(tx, &arn(ctx, "securityprofile", name))?;
        super::metrics::invalidate(tx, name, None, util::now_ms())?;
        Ok(json!({}).into())
    })
}

/// ListSecurityProfiles, in creation order; `dimensionName` or `metricName` keeps the profiles
/// that use it.
pub fn list_profiles(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let dimension = input.text("dimensionName");
    let metric = input.text("metricName");
    if dimension.is_some() && metric.is_some() {
        return Err(ApiError::invalid(
            "Specify dimensionName or metricName, not both.",
        ));
    }
    let page = store::read(conn, |tx| {
        if let Some(d) = dimension {
            if !super::registry::exists(tx, "SELECT 1 FROM dimensions WHERE name = ?1", d)? {
                return Err(dimension_not_found(d));
            }
        }
        let users = if dimension.is_some() || metric.is_some() {
            Some(profiles_using(tx, dimension, metric)?)
        } else {
            None
        };
        let mut stmt = tx.prepare_cached(
            "SELECT seq, name FROM security_profiles WHERE seq > ?1 ORDER BY seq",
        )?;
        let rows = stmt.query(params![listing.after(0)])?;
        listing.fill(rows, 120, |page, pos, r| {
            let name = store::text(r, 1)?;
            if users.as_ref().is_some_and(|u| !u.iter().any(|x| x == name)) {
                return Ok(true);
            }
            page.offer(
                pos,
                &json!({"name": name, "arn": arn(ctx, "securityprofile", name)}),
            )
        })
    })?;
    listing.finish(page)
}

// ------------------------------------------------------------------------------------------
// Targets

/// Whether a target ARN is one a profile can be attached to: an existing thing group, or all
/// registered or unregistered things of this account and region.
fn check_target(conn: &Connection, ctx: &Ctx, target: &str) -> Result<(), ApiError> {
    if target == arn(ctx, "all", "registered-things")
        || target == arn(ctx, "all", "unregistered-things")
    {
        return Ok(());
    }
    if let Some(group) = target.strip_prefix(&arn(ctx, "thinggroup", "")) {
        if super::registry::exists(conn, "SELECT 1 FROM thing_groups WHERE name = ?1", group)? {
            return Ok(());
        }
        return Err(ApiError::not_found(format!(
            "Thing Group {group} does not exist"
        )));
    }
    Err(ApiError::invalid(format!(
        "{target} is not a thing group ARN or all/registered-things or all/unregistered-things of this account."
    )))
}

/// AttachSecurityProfile.
pub fn attach(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("securityProfileName")?;
    let target = input.required("securityProfileTargetArn")?;
    store::write(conn, |tx| {
        profile(tx, name)?.ok_or_else(|| profile_not_found(name))?;
        check_target(tx, ctx, target)?;
        let n: i64 = tx.query_row(
            "SELECT COUNT(*) FROM profile_targets WHERE target = ?1 AND profile != ?2",
            params![target, name],
            |r| r.get(0),
        )?;
        if n >= MAX_PROFILES_PER_TARGET {
            return Err(ApiError::limit(format!(
                "At most {MAX_PROFILES_PER_TARGET} security profiles can be attached to {target}."
            )));
        }
        tx.execute(
            "INSERT OR IGNORE INTO profile_targets(profile, target) VALUES (?1, ?2)",
            params![name, target],
        )?;
        Ok(json!({}).into())
    })
}

/// DetachSecurityProfile.
pub fn detach(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("securityProfileName")?;
    let target = input.required("securityProfileTargetArn")?;
    store::write(conn, |tx| {
        profile(tx, name)?.ok_or_else(|| profile_not_found(name))?;
        tx.execute(
            "DELETE FROM profile_targets WHERE profile = ?1 AND target = ?2",
            params![name, target],
        )?;
        Ok(json!({}).into())
    })
}

/// ListTargetsForSecurityProfile.
pub fn list_targets(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let name = input.required("securityProfileName")?;
    let page = store::read(conn, |tx| {
        profile(tx, name)?.ok_or_else(|| profile_not_found(name))?;
        let mut stmt = tx.prepare_cached(
            "SELECT seq, target FROM profile_targets WHERE profile = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query(params![name, listing.after(0), (listing.max + 1) as i64])?;
        listing.fill(rows, 100, |page, pos, r| {
            page.offer(pos, &json!({"arn": store::text(r, 1)?}))
        })
    })?;
    listing.finish(page)
}

/// The thing group ARNs above a group's (its ancestors), nearest first.
fn ancestor_targets(conn: &Connection, ctx: &Ctx, group: &str) -> Result<Vec<String>, ApiError> {
    let mut out = Vec::new();
    let mut current = group.to_string();
    for _ in 0..8 {
        let parent: Option<String> = conn
            .query_row(
                "SELECT parent FROM thing_groups WHERE name = ?1",
                params![current],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        let Some(p) = parent else { break };
        out.push(arn(ctx, "thinggroup", &p));
        current = p;
    }
    Ok(out)
}

/// ListSecurityProfilesForTarget (`recursive`: a group's ancestors' profiles too).
pub fn list_for_target(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let target = input.required("securityProfileTargetArn")?;
    let recursive = input.flag("recursive") == Some(true);
    let page = store::read(conn, |tx| {
        check_target(tx, ctx, target)?;
        let mut targets = vec![target.to_string()];
        if let (true, Some((_, group))) = (recursive, target.rsplit_once(":thinggroup/")) {
            targets.extend(ancestor_targets(tx, ctx, group)?);
        }
        let mut stmt = tx.prepare_cached(
            "SELECT seq, profile, target FROM profile_targets WHERE target IN (SELECT value FROM json_each(?1))
             AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query(params![
            json!(targets).to_string(),
            listing.after(0),
            (listing.max + 1) as i64
        ])?;
        listing.fill(rows, 200, |page, pos, r| {
            let profile = store::text(r, 1)?;
            page.offer(
                pos,
                &json!({
                    "securityProfileIdentifier": {"name": profile, "arn": arn(ctx, "securityprofile", profile)},
                    "target": {"arn": store::text(r, 2)?},
                }),
            )
        })
    })?;
    listing.finish(page)
}

/// The security profiles that watch a thing: those attached to one of its groups (or their
/// ancestors) and, for a thing of the registry, to all registered things.
pub fn profiles_for_thing(
    conn: &Connection,
    ctx: &Ctx,
    thing: &str,
) -> Result<Vec<String>, ApiError> {
    let row: Option<(String, String)> = conn
        .query_row(
            "SELECT groups, dynamic_groups FROM things WHERE thing_name = ?1",
            params![thing],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let mut targets = Vec::new();
    match &row {
        Some((groups, dynamic)) => {
            targets.push(arn(ctx, "all", "registered-things"));
            let mut names: Vec<String> = serde_json::from_str(groups).unwrap_or_default();
            names.extend(serde_json::from_str::<Vec<String>>(dynamic).unwrap_or_default());
            for g in names {
                targets.extend(ancestor_targets(conn, ctx, &g)?);
                targets.push(arn(ctx, "thinggroup", &g));
            }
        }
        None => targets.push(arn(ctx, "all", "unregistered-things")),
    }
    let mut stmt = conn.prepare_cached(
        "SELECT DISTINCT profile FROM profile_targets WHERE target IN (SELECT value FROM json_each(?1)) ORDER BY profile",
    )?;
    let out = stmt
        .query_map(params![json!(targets).to_string()], |r| {
            r.get::<_, String>(0)
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(out)
}

// ------------------------------------------------------------------------------------------
// ML training summaries

/// GetBehaviorModelTrainingSummaries: one summary per ML behavior (of one profile, or of all).
pub fn training_summaries(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let only = input.text("securityProfileName");
    let summaries = store::read(conn, |tx| {
        if let Some(p) = only {
            profile(tx, p)?.ok_or_else(|| profile_not_found(p))?;
        }
        let mut stmt = tx.prepare_cached("SELECT name FROM security_profiles ORDER BY seq")?;
        let names = stmt
            .query_map([], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let now = util::now_ms();
        let mut out = Vec::new();
        for name in names
            .iter()
            .filter(|n| only.is_none_or(|o| o == n.as_str()))
        {
            let Some(p) = profile(tx, name)? else {
                continue;
            };
            for b in behaviors_of(&p.doc) {
                if b.pointer("/criteria/mlDetectionConfig").is_none() {
                    continue;
                }
                let elapsed = now.saturating_sub(p.created_ms).max(0);
                let done = elapsed >= TRAINING_MS;
                let percent = ((elapsed as f64 / TRAINING_MS as f64) * 100.0).min(100.0);
                let mut s = Map::new();
                s.insert("securityProfileName".into(), json!(name));
                s.insert(
                    "behaviorName".into(),
                    b.get("name").cloned().unwrap_or(Value::Null),
                );
                s.insert(
                    "trainingDataCollectionStartDate".into(),
                    util::ms_to_json(p.created_ms),
                );
                s.insert(
                    "modelStatus".into(),
                    json!(if done { "ACTIVE" } else { "PENDING_BUILD" }),
                );
                s.insert(
                    "datapointsCollectionPercentage".into(),
                    json!((percent * 100.0).round() / 100.0),
                );
                if done {
                    s.insert(
                        "lastModelRefreshDate".into(),
                        util::ms_to_json(p.created_ms.saturating_add(TRAINING_MS)),
                    );
                }
                out.push(Value::Object(s));
            }
        }
        Ok(out)
    })?;
    let mut page = listing.page(300)?;
    let start = listing.after(-1);
    for (i, s) in summaries.iter().enumerate() {
        if (i as i64) <= start {
            continue;
        }
        if !page.offer(i as i64, s)? {
            break;
        }
    }
    listing.finish(page)
}
