//! Detect violations, raised by behaviors (see `metrics`) or given by the seed:
//! ListActiveViolations (the violations still in alarm), ListViolationEvents (each violation's
//! `in-alarm` event at its start and, for one that is over, its `alarm-cleared` or
//! `alarm-invalidated` event) and PutVerificationStateOnViolation.
//!
//! A seeded violation's behavior is a static-criteria behavior known by its name only. The
//! `behaviorCriteriaType` filter matches a violation's criteria (STATIC, STATISTICAL); a
//! `verificationState` filter matches the state put on it (a violation without one matches
//! none). `listSuppressedAlerts` keeps only the suppressed violations when `true`, only the
//! others when `false`.

use rusqlite::{params, Connection};
use serde_json::{json, Map, Value};

use super::error::ApiError;
use super::input::{Input, Members};
use super::operations::Reply;
use super::paging::Listing;
use super::store;
use super::util;
use super::Ctx;

/// The filters both list operations take.
struct Filters<'a> {
    thing: Option<&'a str>,
    profile: Option<&'a str>,
    criteria: Option<&'a str>,
    suppressed: Option<bool>,
    verification: Option<&'a str>,
}

fn filters(input: &Input) -> Filters<'_> {
    Filters {
        thing: input.text("thingName"),
        profile: input.text("securityProfileName"),
        criteria: input.text("behaviorCriteriaType"),
        suppressed: input.flag("listSuppressedAlerts"),
        verification: input.text("verificationState"),
    }
}

struct Row {
    seq: i64,
    id: String,
    profile: String,
    thing: String,
    start_ms: i64,
    end_ms: Option<i64>,
    active: bool,
    behavior: Value,
    start_value: Option<Value>,
    last_value: Option<Value>,
    last_ms: Option<i64>,
    end_value: Option<Value>,
    end_kind: Option<String>,
    verification: Option<String>,
    verification_description: Option<String>,
}

fn json_column(text: Option<String>) -> Option<Value> {
    text.and_then(|t| serde_json::from_str(&t).ok())
}

fn rows(conn: &Connection, f: &Filters, active_only: bool) -> Result<Vec<Row>, ApiError> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, violation_id, security_profile, behavior, thing_name, start_ms, end_ms, active,
                behavior_json, start_value, last_value, last_ms, end_value, end_kind,
                verification_state, verification_description
         FROM violations
         WHERE (?1 IS NULL OR thing_name = ?1) AND (?2 IS NULL OR security_profile = ?2)
           AND (?3 IS NULL OR suppressed = ?3) AND (?4 = 0 OR active = 1)
           AND (?5 IS NULL OR COALESCE(criteria_type, 'STATIC') = ?5)
           AND (?6 IS NULL OR verification_state = ?6)
         ORDER BY seq",
    )?;
    let out = stmt
        .query_map(
            params![
                f.thing,
                f.profile,
                f.suppressed,
                active_only,
                f.criteria,
                f.verification
            ],
            |r| {
                let name: String = r.get(3)?;
                Ok(Row {
                    seq: r.get(0)?,
                    id: r.get(1)?,
                    profile: r.get(2)?,
                    thing: r.get(4)?,
                    start_ms: r.get(5)?,
                    end_ms: r.get(6)?,
                    active: r.get(7)?,
                    behavior: json_column(r.get(8)?).unwrap_or_else(|| json!({ "name": name })),
                    start_value: json_column(r.get(9)?),
                    last_value: json_column(r.get(10)?),
                    last_ms: r.get(11)?,
                    end_value: json_column(r.get(12)?),
                    end_kind: r.get(13)?,
                    verification: r.get(14)?,
                    verification_description: r.get(15)?,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(out)
}

/// Adds a violation's verification state and its description, when it has them.
fn verification(e: &mut Map<String, Value>, r: &Row) {
    if let Some(s) = &r.verification {
        e.insert("verificationState".into(), Value::from(s.clone()));
    }
    if let Some(d) = &r.verification_description {
        e.insert(
            "verificationStateDescription".into(),
            Value::from(d.clone()),
        );
    }
}

/// ListActiveViolations.
pub fn list_active(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let f = filters(input);
    let listing = Listing::new(ctx, input)?;
    let page = store::read(conn, |tx| {
        if let Some(p) = f.profile {
            let known: i64 = tx.query_row(
                "SELECT (SELECT COUNT(*) FROM violations WHERE security_profile = ?1)
                      + (SELECT COUNT(*) FROM security_profiles WHERE name = ?1)",
                params![p],
                |r| r.get(0),
            )?;
            if known == 0 {
                return Err(ApiError::not_found(format!(
                    "The security profile '{p}' does not exist."
                )));
            }
        }
        let all = rows(tx, &f, true)?;
        let mut page = listing.page(256)?;
        for r in all.iter().filter(|r| r.seq > listing.after(-1)) {
            let mut item = Map::new();
            item.insert("violationId".into(), Value::from(r.id.clone()));
            item.insert("thingName".into(), Value::from(r.thing.clone()));
            item.insert("securityProfileName".into(), Value::from(r.profile.clone()));
            item.insert("behavior".into(), r.behavior.clone());
            if let Some(v) = &r.last_value {
                item.insert("lastViolationValue".into(), v.clone());
            }
            verification(&mut item, r);
            item.insert(
                "lastViolationTime".into(),
                util::ms_to_json(r.last_ms.unwrap_or(r.start_ms)),
            );
            item.insert("violationStartTime".into(), util::ms_to_json(r.start_ms));
            if !page.offer(r.seq, &Value::Object(item))? {
                break;
            }
        }
        Ok(page)
    })?;
    listing.finish(page)
}

/// ListViolationEvents: the events within [startTime, endTime], oldest first.
pub fn list_events(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let (Some(start), Some(end)) = (input.time("startTime"), input.time("endTime")) else {
        return Err(ApiError::invalid("startTime and endTime are required."));
    };
    let f = filters(input);
    let listing = Listing::new(ctx, input)?;
    let page = store::read(conn, |tx| {
        let all = rows(tx, &f, false)?;
        let mut events: Vec<(i64, &Row, &str)> = Vec::new();
        for r in &all {
            events.push((r.start_ms, r, "in-alarm"));
            if let (false, Some(e)) = (r.active, r.end_ms) {
                events.push((e, r, r.end_kind.as_deref().unwrap_or("alarm-cleared")));
            }
        }
        events.retain(|(t, _, _)| *t >= start && *t <= end);
        events.sort_by_key(|(t, r, _)| (*t, r.seq));
        let mut page = listing.page(256)?;
        // An event's position is its place in that order.
        let after = listing.after(-1);
        for (i, (t, r, kind)) in events.iter().enumerate() {
            let pos = i as i64;
            if pos <= after {
                continue;
            }
            let mut e = Map::new();
            e.insert("violationId".into(), Value::from(r.id.clone()));
            e.insert("thingName".into(), Value::from(r.thing.clone()));
            e.insert("securityProfileName".into(), Value::from(r.profile.clone()));
            e.insert("behavior".into(), r.behavior.clone());
            let value = match *kind {
                "in-alarm" => r.start_value.as_ref(),
                "alarm-cleared" => r.end_value.as_ref(),
                _ => None,
            };
            if let Some(v) = value {
                e.insert("metricValue".into(), v.clone());
            }
            e.insert("violationEventType".into(), Value::from(*kind));
            verification(&mut e, r);
            e.insert("violationEventTime".into(), util::ms_to_json(*t));
            if !page.offer(pos, &Value::Object(e))? {
                break;
            }
        }
        Ok(page)
    })?;
    listing.finish(page)
}

/// PutVerificationStateOnViolation.
pub fn put_verification_state(
    conn: &mut Connection,
    _ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let id = input.required("violationId")?;
    let state = input.required("verificationState")?;
    let description = input.text("verificationStateDescription");
    store::write(conn, |tx| {
        let n = tx.execute(
            "UPDATE violations SET verification_state = ?1, verification_description = ?2 WHERE violation_id = ?3",
            params![state, description, id],
        )?;
        if n == 0 {
            return Err(ApiError::invalid(format!(
                "The violation {id} does not exist."
            )));
        }
        Ok(json!({}).into())
    })
}
