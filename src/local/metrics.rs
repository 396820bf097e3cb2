//! Metrics in, violations out: the datapoints devices report (through `iotmit local
//! report-metric`, an operation of the endpoint's own), each behavior of each security profile
//! that watches the thing evaluated on them, and the violations raised and cleared.
//!
//! Evaluation, as the Device Defender guide describes it: a datapoint of a behavior's metric
//! (and, for a behavior with a metric dimension, of a dimension value the dimension matches)
//! is compared with the behavior's criteria — the metric's value, or for a metric counted over
//! time the sum of the thing's datapoints within `durationSeconds` — and is breaching or not.
//! `consecutiveDatapointsToAlarm` breaching datapoints in a row (1 by default) raise a
//! violation (`in-alarm`); in alarm, `consecutiveDatapointsToClear` good ones in a row clear it
//! (`alarm-cleared`). A statistical threshold compares with that percentile of the latest
//! values of every thing the profile watches. Set operators breach when a value of the datapoint
//! is in the set (`in-…`) or outside it (`not-in-…`). ML behaviors raise nothing (their models
//! only train here). A behavior removed, or its profile deleted, while in alarm ends the
//! violation with `alarm-invalidated`. A `suppressAlerts` behavior's violations are marked
//! suppressed. A profile's SNS alert target gets a message for each violation raised or
//! cleared by a behavior whose alerts are not suppressed (`iotmit local published` shows them).

use std::net::IpAddr;

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::error::ApiError;
use super::input::Members;
use super::profiles::{self, Kind};
use super::{store, util, Ctx};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS datapoints (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    thing     TEXT NOT NULL,
    metric    TEXT NOT NULL,
    dim_value TEXT,
    value     TEXT NOT NULL,
    at_ms     INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS datapoints_thing ON datapoints(thing, metric, at_ms);
CREATE INDEX IF NOT EXISTS datapoints_metric ON datapoints(metric, at_ms);
CREATE TABLE IF NOT EXISTS behavior_states (
    profile      TEXT NOT NULL,
    behavior     TEXT NOT NULL,
    thing        TEXT NOT NULL,
    breaches     INTEGER NOT NULL,
    clears       INTEGER NOT NULL,
    violation_id TEXT,
    PRIMARY KEY (profile, behavior, thing)
);
"#;

/// Columns added to `violations` for the violations behaviors raise.
pub const ADDED_COLUMNS: &[(&str, &str, &str)] = &[
    ("violations", "behavior_json", "TEXT"),
    ("violations", "criteria_type", "TEXT"),
    ("violations", "start_value", "TEXT"),
    ("violations", "last_value", "TEXT"),
    ("violations", "last_ms", "INTEGER"),
    ("violations", "end_value", "TEXT"),
    ("violations", "end_kind", "TEXT"),
    ("violations", "verification_state", "TEXT"),
    ("violations", "verification_description", "TEXT"),
];

pub fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(SCHEMA)
}

/// The path of the operation that records datapoints.
pub const REPORT_PATH: &str = "/iotmit/report-metric";

fn bad_value(metric: &str, expects: &str, got: &str) -> ApiError {
    ApiError::invalid(format!(
        "The value of metric {metric} must be {expects}; got '{got}'. Nothing was recorded."
    ))
}

/// An IP address or CIDR range: the address and the prefix length.
fn cidr(text: &str) -> Option<(IpAddr, u8)> {
    let (addr, bits) = match text.split_once('/') {
        Some((a, b)) => (a, Some(b.parse::<u8>().ok()?)),
        None => (text, None),
    };
    let ip: IpAddr = addr.trim().parse().ok()?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    let bits = bits.unwrap_or(max);
    (bits <= max).then_some((ip, bits))
}

fn in_range(ip: IpAddr, (net, bits): (IpAddr, u8)) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(b)) => {
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - bits)
            };
            u32::from(a) & mask == u32::from(b) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(b)) => {
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - bits)
            };
            u128::from(a) & mask == u128::from(b) & mask
        }
        _ => false,
    }
}

/// Reads a value as typed (`12`, `22,443`, `10.0.0.0/8,1.2.3.4`, `a,b`) into the `MetricValue`
/// member of the metric's kind, or says what the metric expects.
pub fn parse_value(metric: &str, kind: Kind, text: &str) -> Result<Value, ApiError> {
    let items = || text.split(',').map(str::trim).filter(|s| !s.is_empty());
    let v = match kind {
        Kind::Count => {
            json!({"count": text.trim().parse::<u64>().map_err(|_| bad_value(metric, "a count (a whole number, 0 or more)", text))?})
        }
        Kind::Number => {
            let n = text.trim().parse::<f64>().ok().filter(|n| n.is_finite());
            json!({"number": n.ok_or_else(|| bad_value(metric, "a number", text))?})
        }
        Kind::Ports => {
            let ports: Option<Vec<u16>> = items().map(|p| p.parse::<u16>().ok()).collect();
            json!({"ports": ports.ok_or_else(|| bad_value(metric, "ports (0 to 65535, separated by commas)", text))?})
        }
        Kind::Cidrs => {
            let all: Vec<&str> = items().collect();
            if all.is_empty() || all.iter().any(|c| cidr(c).is_none()) {
                return Err(bad_value(
                    metric,
                    "IP addresses or CIDR ranges, separated by commas",
                    text,
                ));
            }
            json!({"cidrs": all})
        }
        Kind::Numbers => {
            let nums: Option<Vec<f64>> = items()
                .map(|n| n.parse::<f64>().ok().filter(|n| n.is_finite()))
                .collect();
            json!({"numbers": nums.filter(|n| !n.is_empty()).ok_or_else(|| bad_value(metric, "numbers, separated by commas", text))?})
        }
        Kind::Strings => {
            let all: Vec<&str> = items().collect();
            if all.is_empty() {
                return Err(bad_value(metric, "strings, separated by commas", text));
            }
            json!({"strings": all})
        }
    };
    Ok(v)
}

fn number(v: &Value) -> Option<f64> {
    v.get("count")
        .and_then(Value::as_f64)
        .or_else(|| v.get("number").and_then(Value::as_f64))
}

/// Whether an observed value breaches `op` against `expected` (a `MetricValue`).
fn breaches(op: &str, observed: &Value, expected: &Value) -> bool {
    let list = |v: &Value, k: &str| {
        v.get(k)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    match op {
        "less-than" | "less-than-equals" | "greater-than" | "greater-than-equals" => {
            let (Some(x), Some(y)) = (number(observed), number(expected)) else {
                return false;
            };
            match op {
                "less-than" => x < y,
                "less-than-equals" => x <= y,
                "greater-than" => x > y,
                _ => x >= y,
            }
        }
        "in-cidr-set" | "not-in-cidr-set" => {
            let ranges: Vec<(IpAddr, u8)> = list(expected, "cidrs")
                .iter()
                .filter_map(|c| c.as_str().and_then(cidr))
                .collect();
            let seen: Vec<(IpAddr, u8)> = list(observed, "cidrs")
                .iter()
                .filter_map(|c| c.as_str().and_then(cidr))
                .collect();
            let inside = |(ip, _): &(IpAddr, u8)| ranges.iter().any(|r| in_range(*ip, *r));
            if op == "in-cidr-set" {
                seen.iter().any(inside)
            } else {
                seen.iter().any(|s| !inside(s))
            }
        }
        "in-port-set" | "not-in-port-set" | "in-set" | "not-in-set" => {
            let key = ["ports", "numbers", "strings"]
                .into_iter()
                .find(|k| observed.get(*k).is_some())
                .unwrap_or("ports");
            let set = list(expected, key);
            let seen = list(observed, key);
            let member = |v: &Value| {
                set.iter()
                    .any(|s| s == v || (s.as_f64().is_some() && s.as_f64() == v.as_f64()))
            };
            if op.starts_with("in-") {
                seen.iter().any(member)
            } else {
                seen.iter().any(|v| !member(v))
            }
        }
        _ => false,
    }
}

/// Whether an MQTT topic filter matches a topic (`+` one level, `#` the rest).
fn topic_matches(filter: &str, topic: &str) -> bool {
    let mut f = filter.split('/');
    let mut t = topic.split('/');
    loop {
        match (f.next(), t.next()) {
            (Some("#"), _) => return true,
            (Some("+"), Some(_)) => {}
            (Some(a), Some(b)) if a == b => {}
            (None, None) => return true,
            _ => return false,
        }
    }
}

/// Whether a behavior's metric dimension takes a datapoint of dimension value `value`.
fn dimension_matches(
    conn: &Connection,
    dim: &Map<String, Value>,
    value: Option<&str>,
) -> Result<bool, ApiError> {
    let name = dim.text("dimensionName").unwrap_or_default();
    let values: Option<String> = conn
        .query_row(
            "SELECT string_values FROM dimensions WHERE name = ?1",
            params![name],
            |r| r.get(0),
        )
        .optional()?;
    let filters: Vec<String> = values
        .and_then(|v| serde_json::from_str(&v).ok())
        .unwrap_or_default();
    let Some(value) = value else { return Ok(false) };
    let hit = filters.iter().any(|f| topic_matches(f, value));
    Ok(if dim.text("operator") == Some("NOT_IN") {
        !hit
    } else {
        hit
    })
}

/// A percentile (`p50`, `p90`, `p99.9`, …) of numbers.
fn percentile(stat: &str, mut values: Vec<f64>) -> Option<f64> {
    let p: f64 = stat.strip_prefix('p')?.parse().ok()?;
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    let rank = ((p / 100.0) * (values.len() as f64 - 1.0)).round() as usize;
    values.get(rank.min(values.len() - 1)).copied()
}

/// What a thing's behavior observes at `now`: the datapoint's value, or for a metric counted
/// over time the sum of the thing's datapoints within the duration.
fn observed(
    conn: &Connection,
    thing: &str,
    metric: &str,
    dim_value: Option<&str>,
    timed: Option<i64>,
    value: &Value,
    now: i64,
) -> Result<Value, ApiError> {
    let Some(seconds) = timed else {
        return Ok(value.clone());
    };
    let mut stmt = conn.prepare_cached(
        "SELECT value FROM datapoints WHERE thing = ?1 AND metric = ?2 AND dim_value IS ?3 AND at_ms > ?4 AND at_ms <= ?5",
    )?;
    let values = stmt
        .query_map(
            params![
                thing,
                metric,
                dim_value,
                now.saturating_sub(seconds.saturating_mul(1000)),
                now
            ],
            |r| r.get::<_, String>(0),
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let sum: u64 = values
        .iter()
        .filter_map(|v| serde_json::from_str::<Value>(v).ok())
        .filter_map(|v| v.get("count").and_then(Value::as_u64))
        .sum();
    Ok(json!({ "count": sum }))
}

/// The latest values of a metric of every thing a profile watches, for a statistical threshold.
fn population(
    conn: &Connection,
    ctx: &Ctx,
    profile: &str,
    metric: &str,
) -> Result<Vec<f64>, ApiError> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.thing, d.value FROM datapoints d
         WHERE d.metric = ?1 AND d.seq = (SELECT MAX(seq) FROM datapoints e WHERE e.thing = d.thing AND e.metric = ?1)",
    )?;
    let rows = stmt
        .query_map(params![metric], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut out = Vec::new();
    for (thing, value) in rows {
        if profiles::profiles_for_thing(conn, ctx, &thing)?
            .iter()
            .any(|p| p == profile)
        {
            if let Some(n) = serde_json::from_str::<Value>(&value)
                .ok()
                .as_ref()
                .and_then(number)
            {
                out.push(n);
            }
        }
    }
    Ok(out)
}

/// A change a datapoint made: a violation raised or cleared.
fn change(kind: &str, id: &str, profile: &str, behavior: &str) -> Value {
    json!({"event": kind, "violationId": id, "securityProfileName": profile, "behaviorName": behavior})
}

/// The alert a profile's SNS alert target receives for a violation event, kept where `iotmit
/// local published` reads it; a `suppressAlerts` behavior sends none.
#[allow(clippy::too_many_arguments)]
fn alert(
    conn: &Connection,
    doc: &Map<String, Value>,
    behavior: &Value,
    kind: &str,
    id: &str,
    thing: &str,
    profile: &str,
    value: &Value,
    now: i64,
) -> Result<(), ApiError> {
    if behavior.get("suppressAlerts").and_then(Value::as_bool) == Some(true) {
        return Ok(());
    }
    let Some(topic) = doc
        .get("alertTargets")
        .and_then(|t| t.get("SNS"))
        .and_then(|t| t.get("alertTargetArn"))
        .and_then(Value::as_str)
    else {
        return Ok(());
    };
    let message = json!({
        "violationEventType": kind,
        "violationId": id,
        "thingName": thing,
        "securityProfileName": profile,
        "behavior": behavior,
        "metricValue": value,
        "violationEventTime": util::ms_to_json(now),
    });
    conn.execute(
        "INSERT INTO published(topic_arn, message, published_ms) VALUES (?1, ?2, ?3)",
        params![topic, message.to_string(), now],
    )?;
    Ok(())
}

/// Records one datapoint of `metric` for `thing` at the endpoint's clock and evaluates the
/// behaviors that watch it; returns the violations raised and cleared.
pub fn record(
    conn: &Connection,
    ctx: &Ctx,
    thing: &str,
    metric: &str,
    dim_value: Option<&str>,
    value: &Value,
) -> Result<Vec<Value>, ApiError> {
    let now = util::now_ms();
    conn.execute(
        "INSERT INTO datapoints(thing, metric, dim_value, value, at_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![thing, metric, dim_value, value.to_string(), now],
    )?;
    let info = profiles::metric_info(conn, metric)?;
    let mut changes = Vec::new();
    for profile_name in profiles::profiles_for_thing(conn, ctx, thing)? {
        let Some(p) = profiles::profile(conn, &profile_name)? else {
            continue;
        };
        for b in profiles::behaviors_of(&p.doc) {
            if b.get("metric").and_then(Value::as_str) != Some(metric) {
                continue;
            }
            let Some(criteria) = b.get("criteria").and_then(Value::as_object) else {
                continue;
            };
            if criteria.contains_key("mlDetectionConfig") {
                continue;
            }
            if let Some(dim) = b.get("metricDimension").and_then(Value::as_object) {
                if !dimension_matches(conn, dim, dim_value)? {
                    continue;
                }
            }
            let behavior = b
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string();
            let timed = criteria
                .integer("durationSeconds")
                .filter(|_| info.is_some_and(|i| i.timed));
            let seen = observed(conn, thing, metric, dim_value, timed, value, now)?;
            let op = criteria.text("comparisonOperator").unwrap_or_default();
            let (breach, criteria_type) = match criteria.structure("statisticalThreshold") {
                Some(stat) => {
                    let threshold = stat.text("statistic").and_then(|s| {
                        percentile(s, population(conn, ctx, &profile_name, metric).ok()?)
                    });
                    let breach =
                        threshold.is_some_and(|t| breaches(op, &seen, &json!({"number": t})));
                    (breach, "STATISTICAL")
                }
                None => (
                    breaches(op, &seen, criteria.get("value").unwrap_or(&Value::Null)),
                    "STATIC",
                ),
            };
            let to_alarm = criteria
                .integer("consecutiveDatapointsToAlarm")
                .unwrap_or(1)
                .max(1);
            let to_clear = criteria
                .integer("consecutiveDatapointsToClear")
                .unwrap_or(1)
                .max(1);
            let (mut breaches_in_row, mut clears_in_row, violation): (i64, i64, Option<String>) = conn
                .query_row(
                    "SELECT breaches, clears, violation_id FROM behavior_states WHERE profile = ?1 AND behavior = ?2 AND thing = ?3",
                    params![profile_name, behavior, thing],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?
                .unwrap_or((0, 0, None));
            let mut violation = violation;
            if breach {
                breaches_in_row += 1;
                clears_in_row = 0;
                match &violation {
                    Some(id) => {
                        conn.execute(
                            "UPDATE violations SET last_value = ?1, last_ms = ?2 WHERE violation_id = ?3",
                            params![seen.to_string(), now, id],
                        )?;
                    }
                    None if breaches_in_row >= to_alarm => {
                        let id = util::new_uuid()?;
                        let seq: i64 = conn.query_row(
                            "SELECT COALESCE(MAX(seq), 0) + 1 FROM violations",
                            [],
                            |r| r.get(0),
                        )?;
                        let suppressed = b
                            .get("suppressAlerts")
                            .and_then(Value::as_bool)
                            .unwrap_or(false);
                        conn.execute(
                            "INSERT INTO violations(violation_id, security_profile, behavior, thing_name, start_ms, active, suppressed, seq,
                                                    behavior_json, criteria_type, start_value, last_value, last_ms)
                             VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7, ?8, ?9, ?10, ?10, ?5)",
                            params![id, profile_name, behavior, thing, now, suppressed, seq, b.to_string(), criteria_type, seen.to_string()],
                        )?;
                        changes.push(change("in-alarm", &id, &profile_name, &behavior));
                        alert(
                            conn,
                            &p.doc,
                            &b,
                            "in-alarm",
                            &id,
                            thing,
                            &profile_name,
                            &seen,
                            now,
                        )?;
                        violation = Some(id);
                    }
                    None => {}
                }
            } else {
                clears_in_row += 1;
                breaches_in_row = 0;
                if let Some(id) = &violation {
                    if clears_in_row >= to_clear {
                        conn.execute(
                            "UPDATE violations SET active = 0, end_ms = ?1, end_value = ?2, end_kind = 'alarm-cleared' WHERE violation_id = ?3",
                            params![now, seen.to_string(), id],
                        )?;
                        changes.push(change("alarm-cleared", id, &profile_name, &behavior));
                        alert(
                            conn,
                            &p.doc,
                            &b,
                            "alarm-cleared",
                            id,
                            thing,
                            &profile_name,
                            &seen,
                            now,
                        )?;
                        violation = None;
                    }
                }
            }
            conn.execute(
                "INSERT INTO behavior_states(profile, behavior, thing, breaches, clears, violation_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT(profile, behavior, thing) DO UPDATE SET breaches = ?4, clears = ?5, violation_id = ?6",
                params![profile_name, behavior, thing, breaches_in_row, clears_in_row, violation],
            )?;
        }
    }
    Ok(changes)
}

/// Ends the violations in alarm of a profile's behaviors that are gone (all of them when `kept`
/// is `None`: the profile was deleted) with `alarm-invalidated`, and forgets their state.
pub fn invalidate(
    conn: &Connection,
    profile: &str,
    kept: Option<&[String]>,
    now: i64,
) -> Result<(), ApiError> {
    let mut stmt =
        conn.prepare("SELECT behavior, violation_id FROM behavior_states WHERE profile = ?1")?;
    let rows = stmt
        .query_map(params![profile], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (behavior, violation) in rows {
        if kept.is_some_and(|k| k.contains(&behavior)) {
            continue;
        }
        if let Some(id) = violation {
            conn.execute(
                "UPDATE violations SET active = 0, end_ms = ?1, end_kind = 'alarm-invalidated' WHERE violation_id = ?2 AND active = 1",
                params![now, id],
            )?;
        }
        conn.execute(
            "DELETE FROM behavior_states WHERE profile = ?1 AND behavior = ?2",
            params![profile, behavior],
        )?;
    }
    Ok(())
}

/// The datapoints of a device's own metrics report (the document published to
/// `$aws/things/NAME/defender/metrics/json`): (metric, value) pairs.
fn from_report(conn: &Connection, report: &Value) -> Result<Vec<(String, Value)>, ApiError> {
    let m = report.get("metrics").cloned().unwrap_or(Value::Null);
    let mut out = Vec::new();
    let ports = |v: &Value| -> Vec<Value> {
        v.get("ports")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|p| p.get("port").cloned()).collect())
            .unwrap_or_default()
    };
    for (key, list_metric, count_metric) in [
        (
            "listening_tcp_ports",
            "aws:listening-tcp-ports",
            "aws:num-listening-tcp-ports",
        ),
        (
            "listening_udp_ports",
            "aws:listening-udp-ports",
            "aws:num-listening-udp-ports",
        ),
    ] {
        if let Some(v) = m.get(key) {
            let p = ports(v);
            let total = v
                .get("total")
                .and_then(Value::as_u64)
                .unwrap_or(p.len() as u64);
            out.push((list_metric.to_string(), json!({"ports": p})));
            out.push((count_metric.to_string(), json!({"count": total})));
        }
    }
    if let Some(n) = m.get("network_stats") {
        for (key, metric) in [
            ("bytes_in", "aws:all-bytes-in"),
            ("bytes_out", "aws:all-bytes-out"),
            ("packets_in", "aws:all-packets-in"),
            ("packets_out", "aws:all-packets-out"),
        ] {
            if let Some(c) = n.get(key).and_then(Value::as_u64) {
                out.push((metric.to_string(), json!({"count": c})));
            }
        }
    }
    if let Some(t) = m.pointer("/tcp_connections/established_connections") {
        let conns = t
            .get("connections")
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default();
        let total = t
            .get("total")
            .and_then(Value::as_u64)
            .unwrap_or(conns.len() as u64);
        out.push((
            "aws:num-established-tcp-connections".into(),
            json!({"count": total}),
        ));
        let addrs: Vec<String> = conns
            .iter()
            .filter_map(|c| c.get("remote_addr").and_then(Value::as_str))
            .filter_map(|a| {
                a.rsplit_once(':')
                    .map(|(ip, _)| ip.trim_matches(['[', ']']).to_string())
            })
            .collect();
        if !addrs.is_empty() {
            out.push((
                "aws:destination-ip-addresses".into(),
                json!({"cidrs": addrs}),
            ));
        }
    }
    if let Some(custom) = report.get("custom_metrics").and_then(Value::as_object) {
        for (name, values) in custom {
            let Some(info) = profiles::metric_info(conn, name)? else {
                return Err(ApiError::invalid(format!(
                    "The report names custom metric {name}, which does not exist."
                )));
            };
            let first = values
                .as_array()
                .and_then(|a| a.first())
                .cloned()
                .unwrap_or(Value::Null);
            let member = profiles::value_member(info.kind);
            let v = first
                .get(match member {
                    "numbers" => "number_list",
                    "strings" => "string_list",
                    "cidrs" => "ip_list",
                    other => other,
                })
                .cloned()
                .ok_or_else(|| {
                    ApiError::invalid(format!(
                        "The report's value of custom metric {name} is not a {member}."
                    ))
                })?;
            out.push((name.clone(), json!({ member: v })));
        }
    }
    if out.is_empty() {
        return Err(ApiError::invalid("The report holds no metric."));
    }
    Ok(out)
}

/// `POST /iotmit/report-metric`: `{"thingName", "metric", "value" (as typed), "dimensionValue"}`
/// or `{"thingName", "report": DEVICE_METRICS_DOCUMENT}`; answers the datapoints recorded and
/// the violations they raised or cleared. Bad input stores nothing.
pub fn report_request(conn: &mut Connection, ctx: &Ctx, body: &[u8]) -> Result<Vec<u8>, ApiError> {
    let doc: Value = serde_json::from_slice(body)
        .map_err(|_| ApiError::invalid("The body must be a JSON object."))?;
    let thing = doc
        .get("thingName")
        .and_then(Value::as_str)
        .filter(|t| !t.is_empty() && t.len() <= 128)
        .ok_or_else(|| ApiError::invalid("thingName is required: 1 to 128 characters."))?
        .to_string();
    let dim_value = doc
        .get("dimensionValue")
        .and_then(Value::as_str)
        .map(String::from);
    let out = store::write(conn, |tx| {
        let points: Vec<(String, Value)> = match doc.get("report") {
            Some(report) => from_report(tx, report)?,
            None => {
                let metric = doc
                    .get("metric")
                    .and_then(Value::as_str)
                    .ok_or_else(|| ApiError::invalid("metric is required."))?;
                let info = profiles::metric_info(tx, metric)?.ok_or_else(|| {
                    ApiError::invalid(format!(
                        "{metric} is not a Device Defender metric or a custom metric of this account. Nothing was recorded."
                    ))
                })?;
                let text = match doc.get("value") {
                    Some(Value::String(s)) => s.clone(),
                    Some(Value::Number(n)) => n.to_string(),
                    _ => return Err(ApiError::invalid("value is required.")),
                };
                vec![(metric.to_string(), parse_value(metric, info.kind, &text)?)]
            }
        };
        let mut recorded = Vec::new();
        let mut changes = Vec::new();
        for (metric, value) in &points {
            changes.extend(record(
                tx,
                ctx,
                &thing,
                metric,
                dim_value.as_deref(),
                value,
            )?);
            recorded.push(json!({"metric": metric, "value": value}));
        }
        Ok(json!({"thingName": thing, "recorded": recorded, "violations": changes}))
    })?;
    Ok(serde_json::to_vec(&out)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_compare_as_the_operators_say() {
        assert!(breaches(
            "greater-than",
            &json!({"count": 11}),
            &json!({"count": 10})
        ));
        assert!(!breaches(
            "greater-than",
            &json!({"count": 10}),
            &json!({"count": 10})
        ));
        assert!(breaches(
            "less-than-equals",
            &json!({"number": 1.5}),
            &json!({"number": 1.5})
        ));
        assert!(breaches(
            "not-in-port-set",
            &json!({"ports": [22, 8080]}),
            &json!({"ports": [22, 443]})
        ));
        assert!(!breaches(
            "not-in-port-set",
            &json!({"ports": [22]}),
            &json!({"ports": [22, 443]})
        ));
        assert!(breaches(
            "in-port-set",
            &json!({"ports": [23]}),
            &json!({"ports": [23]})
        ));
        assert!(breaches(
            "not-in-cidr-set",
            &json!({"cidrs": ["192.168.1.9"]}),
            &json!({"cidrs": ["10.0.0.0/8"]})
        ));
        assert!(!breaches(
            "not-in-cidr-set",
            &json!({"cidrs": ["10.1.2.3"]}),
            &json!({"cidrs": ["10.0.0.0/8"]})
        ));
        assert!(breaches(
            "in-set",
            &json!({"strings": ["root"]}),
            &json!({"strings": ["root", "admin"]})
        ));
        assert!(breaches(
            "not-in-set",
            &json!({"numbers": [3.0]}),
            &json!({"numbers": [1, 2]})
        ));
        assert!(!breaches(
            "not-in-set",
            &json!({"numbers": [2.0]}),
            &json!({"numbers": [1, 2]})
        ));
    }

    #[test]
    fn typed_values_are_read_by_the_metric_kind() {
        assert_eq!(
            parse_value("m", Kind::Count, "12").unwrap(),
            json!({"count": 12})
        );
        assert_eq!(
            parse_value("m", Kind::Ports, "22, 443").unwrap(),
            json!({"ports": [22, 443]})
        );
        assert_eq!(
            parse_value("m", Kind::Cidrs, "10.0.0.0/8,1.2.3.4").unwrap(),
            json!({"cidrs": ["10.0.0.0/8", "1.2.3.4"]})
        );
        let e = parse_value("aws:num-messages-sent", Kind::Count, "-1").unwrap_err();
        assert_eq!(
            e.message,
            "The value of metric aws:num-messages-sent must be a count (a whole number, 0 or more); got '-1'. Nothing was recorded."
        );
        assert!(parse_value("m", Kind::Ports, "70000").is_err());
        assert!(parse_value("m", Kind::Cidrs, "10.0.0.0/33").is_err());
        assert!(parse_value("m", Kind::Number, "NaN").is_err());
    }

    #[test]
    fn topic_filters_and_percentiles() {
        assert!(topic_matches("lamps/#", "lamps/17/status"));
        assert!(topic_matches("lamps/+/status", "lamps/17/status"));
        assert!(!topic_matches("lamps/+/status", "lamps/17/x"));
        assert!(!topic_matches("lamps", "lamps/17"));
        assert_eq!(percentile("p50", vec![1.0, 2.0, 3.0]), Some(2.0));
        assert_eq!(percentile("p90", vec![]), None);
    }
}
