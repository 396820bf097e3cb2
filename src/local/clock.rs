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

use rusqlite::Connection;
use serde_json::{json, Value};

use super::error::ApiError;
use super::{scheduled, store, util, Ctx};

/// The path of the operation that moves the clock.
pub const ADVANCE_PATH: &str = "/iotmit/advance-clock";

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

/// Runs an operation of the endpoint's own, by method and path; `None` when the path names none.
pub fn own_operation(
    method: &str,
    path: &str,
) -> Option<fn(&mut Connection, &Ctx, &[u8]) -> Result<Vec<u8>, ApiError>> {
    match (method, path) {
        ("POST", ADVANCE_PATH) => Some(advance_request),
        _ => None,
    }
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
