//! The endpoint's clock, and the operations of the endpoint's own: the clock runs ahead of the
//! wall clock by an offset kept in the store (`meta` key `clock_offset_ms`), which `local
//! advance` grows. Each request reads the offset first and runs the scheduled audits that fell
//! due, so that every process serving one store agrees on the time.
//!
//! The endpoint's own operations are reached as the AWS operations are (same authentication:
//! SigV4 verified when the endpoint has credentials), at paths no AWS IoT operation uses:
//!
//! - `POST /iotmit/advance-clock` with `{"seconds": N}` (N ≥ 0): moves the clock N seconds
//!   forward and runs what fell due; answers `{"clock": EPOCH_SECONDS, "scheduledAuditTasks":
//!   [{"scheduledAuditName": ..., "taskId": ...}]}`.
//! - `POST /iotmit/report-metric`: one datapoint of a thing's metric, or a device's metrics
//!   report (see `metrics`).
//! - `POST /iotmit/published-messages` with `{}` or `{"topicArn": ARN}`: the messages the
//!   mitigation action PUBLISH_FINDING_TO_SNS published, oldest first: `{"messages":
//!   [{"topicArn": ..., "message": JSON_TEXT, "publishedAt": EPOCH_SECONDS}]}`.

use rusqlite::Connection;
use serde_json::{json, Value};

use super::error::ApiError;
use super::{scheduled, store, util, Ctx};

/// The path of the operation that moves the clock.
pub const ADVANCE_PATH: &str = "/iotmit/advance-clock";

/// The path of the operation that lists the messages published to SNS topics.
pub const PUBLISHED_PATH: &str = "/iotmit/published-messages";

/// The longest step the clock takes at once: 10 years.
const MAX_ADVANCE_SECONDS: i64 = 10 * 366 * 86_400;

/// Reads the clock's offset from the store, and runs the scheduled audits due.
pub fn catch_up(conn: &mut Connection, ctx: &Ctx) -> Result<(), ApiError> {
    let offset = store::get_meta(conn, "clock_offset_ms")?
        .and_then(|v| v.parse::<i64>().ok())
        .unwrap_or(0);
    util::set_clock_offset(offset);
    scheduled::run_due(conn, ctx)?;
    Ok(())
}

/// Moves the clock `seconds` forward and runs the scheduled audits that fell due.
pub fn advance(conn: &mut Connection, ctx: &Ctx, seconds: i64) -> Result<Value, ApiError> {
    if !(0..=MAX_ADVANCE_SECONDS).contains(&seconds) {
        return Err(ApiError::invalid(format!(
            "seconds must be between 0 and {MAX_ADVANCE_SECONDS}, got {seconds}."
        )));
    }
    store::write(conn, |tx| {
        let offset = store::get_meta(tx, "clock_offset_ms")?
            .and_then(|v| v.parse::<i64>().ok())
            .unwrap_or(0)
            .saturating_add(seconds.saturating_mul(1000));
        store::set_meta(tx, "clock_offset_ms", &offset.to_string())?;
        util::set_clock_offset(offset);
        Ok(())
    })?;
    let started = scheduled::run_due(conn, ctx)?;
    Ok(json!({
        "clock": util::ms_to_json(util::now_ms()),
        "scheduledAuditTasks": started
            .iter()
            .map(|(name, task)| json!({"scheduledAuditName": name, "taskId": task}))
            .collect::<Vec<_>>(),
    }))
}

/// An operation of the endpoint's own: the store, the context and the request body in, the
/// answer's JSON text out.
pub type OwnHandler = fn(&mut Connection, &Ctx, &[u8]) -> Result<Vec<u8>, ApiError>;

/// Runs an operation of the endpoint's own, by method and path; `None` when the path names none.
pub fn own_operation(method: &str, path: &str) -> Option<OwnHandler> {
    match (method, path) {
        ("POST", ADVANCE_PATH) => Some(advance_request),
        ("POST", PUBLISHED_PATH) => Some(published_request),
        ("POST", super::metrics::REPORT_PATH) => Some(super::metrics::report_request),
        _ => None,
    }
}

fn published_request(conn: &mut Connection, _ctx: &Ctx, body: &[u8]) -> Result<Vec<u8>, ApiError> {
    let doc: Value = if body.is_empty() {
        json!({})
    } else {
        serde_json::from_slice(body)
            .map_err(|_| ApiError::invalid("The body must be a JSON object."))?
    };
    let topic = doc.get("topicArn").and_then(Value::as_str);
    let messages = store::read(conn, |tx| {
        let mut stmt = tx.prepare_cached(
            "SELECT topic_arn, message, published_ms FROM published
             WHERE ?1 IS NULL OR topic_arn = ?1 ORDER BY seq",
        )?;
        let rows = stmt
            .query_map(rusqlite::params![topic], |r| {
                Ok(json!({
                    "topicArn": r.get::<_, String>(0)?,
                    "message": r.get::<_, String>(1)?,
                    "publishedAt": util::ms_to_json(r.get(2)?),
                }))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    })?;
    Ok(serde_json::to_vec(&json!({ "messages": messages }))?)
}

fn advance_request(conn: &mut Connection, ctx: &Ctx, body: &[u8]) -> Result<Vec<u8>, ApiError> {
    let doc: Value = serde_json::from_slice(body)
        .map_err(|_| ApiError::invalid("The body must be a JSON object {\"seconds\": N}."))?;
    let seconds = doc
        .get("seconds")
        .and_then(Value::as_i64)
        .ok_or_else(|| ApiError::invalid("seconds is required: a whole number of seconds."))?;
    Ok(serde_json::to_vec(&advance(conn, ctx, seconds)?)?)
}
