//! Detect violations as the seed describes them: ListActiveViolations (the violations still
//! in alarm) and ListViolationEvents (each violation's `in-alarm` event at its start and, for
//! one that is over and has an end time, its `alarm-cleared` event).
//!
//! The seeded behaviors are static-criteria behaviors with no verification state: the
//! `behaviorCriteriaType` filter matches them only as `STATIC`, and a `verificationState`
//! filter matches none. `listSuppressedAlerts` keeps only the suppressed violations when
//! `true`, only the others when `false`.

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

impl Filters<'_> {
    /// Whether the filters that the rows cannot be asked for leave anything.
    fn matches_any(&self) -> bool {
        self.verification.is_none() && self.criteria.is_none_or(|c| c == "STATIC")
    }
}

struct Row {
    seq: i64,
    id: String,
    profile: String,
    behavior: String,
    thing: String,
    start_ms: i64,
    end_ms: Option<i64>,
    active: bool,
}

fn rows(conn: &Connection, f: &Filters, active_only: bool) -> Result<Vec<Row>, ApiError> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, violation_id, security_profile, behavior, thing_name, start_ms, end_ms, active
         FROM violations
         WHERE (?1 IS NULL OR thing_name = ?1) AND (?2 IS NULL OR security_profile = ?2)
           AND (?3 IS NULL OR suppressed = ?3) AND (?4 = 0 OR active = 1)
         ORDER BY seq",
    )?;
    let out = stmt
        .query_map(
            params![f.thing, f.profile, f.suppressed, active_only],
            |r| {
                Ok(Row {
                    seq: r.get(0)?,
                    id: r.get(1)?,
                    profile: r.get(2)?,
                    behavior: r.get(3)?,
                    thing: r.get(4)?,
                    start_ms: r.get(5)?,
                    end_ms: r.get(6)?,
                    active: r.get(7)?,
                })
            },
        )?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(out)
}

/// ListActiveViolations.
pub fn list_active(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let f = filters(input);
    let listing = Listing::new(ctx, input)?;
    let page = store::read(conn, |tx| {
        if let Some(p) = f.profile {
            let known: i64 = tx.query_row(
                "SELECT COUNT(*) FROM violations WHERE security_profile = ?1",
                params![p],
                |r| r.get(0),
            )?;
            if known == 0 {
                return Err(ApiError::not_found(format!(
                    "The security profile '{p}' does not exist."
                )));
            }
        }
        let all = if f.matches_any() {
            rows(tx, &f, true)?
        } else {
            Vec::new()
        };
        let mut page = listing.page(256)?;
        for r in all.iter().filter(|r| r.seq > listing.after(-1)) {
            let item = json!({
                "violationId": r.id,
                "thingName": r.thing,
                "securityProfileName": r.profile,
                "behavior": {"name": r.behavior},
                "lastViolationTime": util::ms_to_json(r.start_ms),
                "violationStartTime": util::ms_to_json(r.start_ms),
            });
            if !page.offer(r.seq, &item)? {
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
        let all = if f.matches_any() {
            rows(tx, &f, false)?
        } else {
            Vec::new()
        };
        let mut events: Vec<(i64, &Row, &str)> = Vec::new();
        for r in &all {
            events.push((r.start_ms, r, "in-alarm"));
            if let (false, Some(e)) = (r.active, r.end_ms) {
                events.push((e, r, "alarm-cleared"));
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
            e.insert("behavior".into(), json!({"name": r.behavior}));
            e.insert("violationEventType".into(), Value::from(*kind));
            e.insert("violationEventTime".into(), util::ms_to_json(*t));
            if !page.offer(pos, &Value::Object(e))? {
                break;
            }
        }
        Ok(page)
    })?;
    listing.finish(page)
}
