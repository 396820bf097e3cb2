//! Scheduled audits: CreateScheduledAudit, DescribeScheduledAudit, ListScheduledAudits,
//! UpdateScheduledAudit and DeleteScheduledAudit, and running them when they fall due on the
//! endpoint's clock (checked before every request, and by `local advance`).
//!
//! When a scheduled audit runs (a choice; the service says only on which days): at 00:00 UTC
//! — every day (DAILY); on its `dayOfWeek` every week (WEEKLY) or every other week
//! (BIWEEKLY); on its `dayOfMonth` every month (MONTHLY), `LAST` or a day past the month's end
//! meaning the month's last day. The first run is the first such time after the audit is
//! created. A clock moved past several runs at once runs the audit once, and the next run is
//! the first after the clock's new time.

use chrono::{Datelike, Duration, NaiveDate, TimeZone, Utc, Weekday};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::audit::known_check;
use super::error::ApiError;
use super::input::{Input, Members};
use super::operations::Reply;
use super::paging::Listing;
use super::registry::{account, arn, tag_on_create};
use super::{ondemand, store, util, world, Ctx};

/// How many scheduled audits an account may have.
const MAX_SCHEDULED_AUDITS: i64 = 5;

/// A schedule: frequency and its day.
#[derive(Debug, Clone, PartialEq)]
struct Schedule {
    frequency: String,
    day_of_month: Option<String>,
    day_of_week: Option<String>,
}

fn weekday(day: &str) -> Option<Weekday> {
    Some(match day {
        "SUN" => Weekday::Sun,
        "MON" => Weekday::Mon,
        "TUE" => Weekday::Tue,
        "WED" => Weekday::Wed,
        "THU" => Weekday::Thu,
        "FRI" => Weekday::Fri,
        "SAT" => Weekday::Sat,
        _ => return None,
    })
}

fn midnight_ms(d: NaiveDate) -> i64 {
    Utc.from_utc_datetime(&d.and_hms_opt(0, 0, 0).unwrap_or_default())
        .timestamp_millis()
}

fn last_day(year: i32, month: u32) -> u32 {
    let (y, m) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    NaiveDate::from_ymd_opt(y, m, 1)
        .and_then(|d| d.pred_opt())
        .map_or(28, |d| d.day())
}

impl Schedule {
    /// The service's rules on which day goes with which frequency.
    fn check(&self) -> Result<(), ApiError> {
        match self.frequency.as_str() {
            "DAILY" if self.day_of_month.is_some() || self.day_of_week.is_some() => {
                Err(ApiError::invalid(
                    "A DAILY scheduled audit takes neither dayOfMonth nor dayOfWeek.",
                ))
            }
            "WEEKLY" | "BIWEEKLY" if self.day_of_week.is_none() || self.day_of_month.is_some() => {
                Err(ApiError::invalid(format!(
                    "A {} scheduled audit takes a dayOfWeek and no dayOfMonth.",
                    self.frequency
                )))
            }
            "MONTHLY" if self.day_of_month.is_none() || self.day_of_week.is_some() => Err(
                ApiError::invalid("A MONTHLY scheduled audit takes a dayOfMonth and no dayOfWeek."),
            ),
            _ => Ok(()),
        }
    }

    /// The first time this schedule runs strictly after `after_ms`.
    fn next_after(&self, after_ms: i64) -> i64 {
        let Some(now) = Utc.timestamp_millis_opt(after_ms).single() else {
            return i64::MAX;
        };
        let mut day = now.date_naive() + Duration::days(1);
        // Within 62 days every schedule has a run.
        for _ in 0..62 {
            let hit = match self.frequency.as_str() {
                "DAILY" => true,
                "WEEKLY" | "BIWEEKLY" => {
                    self.day_of_week.as_deref().and_then(weekday) == Some(day.weekday())
                }
                _ => {
                    let last = last_day(day.year(), day.month());
                    let want = match self.day_of_month.as_deref() {
                        Some("LAST") | None => last,
                        Some(d) => d.parse::<u32>().unwrap_or(1).min(last),
                    };
                    day.day() == want
                }
            };
            if hit {
                return midnight_ms(day);
            }
            day += Duration::days(1);
        }
        i64::MAX
    }

    /// The run after the one at `at_ms`.
    fn following(&self, at_ms: i64) -> i64 {
        if self.frequency == "BIWEEKLY" {
            at_ms.saturating_add(14 * 86_400_000)
        } else {
            self.next_after(at_ms)
        }
    }
}

fn not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("Scheduled audit {name} does not exist."))
}

/// The checks of a request: known and enabled for the account.
fn target_checks(conn: &Connection, names: Vec<String>) -> Result<Vec<String>, ApiError> {
    let config = world::audit_config(conn)?;
    let mut out: Vec<String> = Vec::new();
    for n in names {
        known_check(&n)?;
        if !world::check_enabled(config.as_ref(), &n) {
            return Err(ApiError::invalid(format!(
                "The audit check {n} is not enabled for this account. Enable it with UpdateAccountAuditConfiguration first."
            )));
        }
        if !out.contains(&n) {
            out.push(n);
        }
    }
    if out.is_empty() {
        return Err(ApiError::invalid(
            "targetCheckNames must name at least one audit check.",
        ));
    }
    Ok(out)
}

/// CreateScheduledAudit.
pub fn create(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("scheduledAuditName")?.to_string();
    let schedule = Schedule {
        frequency: input.required("frequency")?.to_string(),
        day_of_month: input.text("dayOfMonth").map(String::from),
        day_of_week: input.text("dayOfWeek").map(String::from),
    };
    schedule.check()?;
    let names = input.texts("targetCheckNames").unwrap_or_default();
    store::write(conn, |tx| {
        let audit_arn = arn(ctx, "scheduledaudit", &name);
        if super::registry::exists(tx, "SELECT 1 FROM scheduled_audits WHERE name = ?1", &name)? {
            return Err(ApiError::already_exists(
                format!("Scheduled audit {name} already exists."),
                &name,
                &audit_arn,
            ));
        }
        let n: i64 = tx.query_row("SELECT COUNT(*) FROM scheduled_audits", [], |r| r.get(0))?;
        if n >= MAX_SCHEDULED_AUDITS {
            return Err(ApiError::limit(format!(
                "An account can have at most {MAX_SCHEDULED_AUDITS} scheduled audits."
            )));
        }
        let checks = target_checks(tx, names)?;
        let now = util::now_ms();
        tx.execute(
            "INSERT INTO scheduled_audits(name, frequency, day_of_month, day_of_week, checks, created_ms, next_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![
                name,
                schedule.frequency,
                schedule.day_of_month,
                schedule.day_of_week,
                json!(checks).to_string(),
                now,
                schedule.next_after(now)
            ],
        )?;
        tag_on_create(tx, input, &audit_arn)?;
        Ok(json!({"scheduledAuditArn": audit_arn}).into())
    })
}

fn load(conn: &Connection, name: &str) -> Result<(Schedule, Vec<String>), ApiError> {
    conn.query_row(
        "SELECT frequency, day_of_month, day_of_week, checks FROM scheduled_audits WHERE name = ?1",
        params![name],
        |r| {
            Ok((
                Schedule {
                    frequency: r.get(0)?,
                    day_of_month: r.get(1)?,
                    day_of_week: r.get(2)?,
                },
                r.get::<_, String>(3)?,
            ))
        },
    )
    .optional()?
    .ok_or_else(|| not_found(name))
    .and_then(|(s, checks)| Ok((s, serde_json::from_str(&checks)?)))
}

fn summary(ctx: &Ctx, name: &str, s: &Schedule) -> Map<String, Value> {
    let mut m = Map::new();
    m.insert("scheduledAuditName".into(), json!(name));
    m.insert(
        "scheduledAuditArn".into(),
        json!(arn(ctx, "scheduledaudit", name)),
    );
    m.insert("frequency".into(), json!(s.frequency));
    if let Some(d) = &s.day_of_month {
        m.insert("dayOfMonth".into(), json!(d));
    }
    if let Some(d) = &s.day_of_week {
        m.insert("dayOfWeek".into(), json!(d));
    }
    m
}

/// DescribeScheduledAudit.
pub fn describe(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("scheduledAuditName")?;
    store::read(conn, |tx| {
        let (schedule, checks) = load(tx, name)?;
        let mut out = summary(ctx, name, &schedule);
        out.insert("targetCheckNames".into(), json!(checks));
        Ok(Value::Object(out).into())
    })
}

/// ListScheduledAudits, in creation order.
pub fn list(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let page = store::read(conn, |tx| {
        let mut stmt = tx.prepare_cached(
            "SELECT seq, name, frequency, day_of_month, day_of_week FROM scheduled_audits
             WHERE seq > ?1 ORDER BY seq LIMIT ?2",
        )?;
        let rows = stmt.query(params![listing.after(0), (listing.max + 1) as i64])?;
        listing.fill(rows, 200, |page, pos, r| {
            let s = Schedule {
                frequency: r.get(2)?,
                day_of_month: r.get(3)?,
                day_of_week: r.get(4)?,
            };
            page.offer(pos, &summary(ctx, store::text(r, 1)?, &s))
        })
    })?;
    listing.finish(page)
}

/// UpdateScheduledAudit: the members given replace the audit's; a new frequency takes the day
/// it needs from the request.
pub fn update(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("scheduledAuditName")?;
    store::write(conn, |tx| {
        let (mut schedule, mut checks) = load(tx, name)?;
        if let Some(f) = input.text("frequency") {
            if f != schedule.frequency {
                schedule.day_of_month = None;
                schedule.day_of_week = None;
            }
            schedule.frequency = f.to_string();
        }
        if let Some(d) = input.text("dayOfMonth") {
            schedule.day_of_month = Some(d.to_string());
        }
        if let Some(d) = input.text("dayOfWeek") {
            schedule.day_of_week = Some(d.to_string());
        }
        schedule.check()?;
        if let Some(names) = input.texts("targetCheckNames") {
            checks = target_checks(tx, names)?;
        }
        tx.execute(
            "UPDATE scheduled_audits SET frequency = ?1, day_of_month = ?2, day_of_week = ?3, checks = ?4, next_ms = ?5
             WHERE name = ?6",
            params![
                schedule.frequency,
                schedule.day_of_month,
                schedule.day_of_week,
                json!(checks).to_string(),
                schedule.next_after(util::now_ms()),
                name
            ],
        )?;
        Ok(json!({"scheduledAuditArn": arn(ctx, "scheduledaudit", name)}).into())
    })
}

/// DeleteScheduledAudit.
pub fn delete(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("scheduledAuditName")?;
    store::write(conn, |tx| {
        if tx.execute(
            "DELETE FROM scheduled_audits WHERE name = ?1",
            params![name],
        )? == 0
        {
            return Err(not_found(name));
        }
        account::drop_tags(tx, &arn(ctx, "scheduledaudit", name))?;
        Ok(json!({}).into())
    })
}

/// Runs the scheduled audits due at the endpoint's clock; returns the tasks started, as
/// (scheduled audit, task id). A cheap read when none is due.
pub fn run_due(conn: &mut Connection, ctx: &Ctx) -> Result<Vec<(String, String)>, ApiError> {
    let now = util::now_ms();
    let due: Option<i64> = conn
        .prepare_cached("SELECT MIN(next_ms) FROM scheduled_audits")?
        .query_row([], |r| r.get(0))?;
    if due.is_none_or(|d| d > now) {
        return Ok(Vec::new());
    }
    store::write(conn, |tx| {
        let mut stmt = tx.prepare(
            "SELECT name, next_ms FROM scheduled_audits WHERE next_ms <= ?1 ORDER BY next_ms, seq",
        )?;
        let due = stmt
            .query_map(params![now], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut started = Vec::new();
        for (name, at) in due {
            let (schedule, checks) = load(tx, &name)?;
            let task = ondemand::run_audit(tx, ctx, &checks, Some(&name), now)?;
            let mut next = schedule.following(at);
            while next <= now {
                next = schedule.following(next);
            }
            tx.execute(
                "UPDATE scheduled_audits SET next_ms = ?1 WHERE name = ?2",
                params![next, name],
            )?;
            started.push((name, task));
        }
        Ok(started)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> i64 {
        chrono::DateTime::parse_from_rfc3339(text)
            .unwrap()
            .timestamp_millis()
    }

    fn schedule(f: &str, month: Option<&str>, week: Option<&str>) -> Schedule {
        Schedule {
            frequency: f.into(),
            day_of_month: month.map(String::from),
            day_of_week: week.map(String::from),
        }
    }

    #[test]
    fn runs_fall_on_the_days_of_their_frequency() {
        // Monday 7 December 2026, 05:52 UTC.
        let now = at("2026-12-07T05:52:00Z");
        let daily = schedule("DAILY", None, None);
        assert_eq!(daily.next_after(now), at("2026-12-08T00:00:00Z"));
        let weekly = schedule("WEEKLY", None, Some("MON"));
        assert_eq!(weekly.next_after(now), at("2026-12-14T00:00:00Z"));
        let biweekly = schedule("BIWEEKLY", None, Some("WED"));
        let first = biweekly.next_after(now);
        assert_eq!(first, at("2026-12-09T00:00:00Z"));
        assert_eq!(biweekly.following(first), at("2026-12-23T00:00:00Z"));
        let last = schedule("MONTHLY", Some("LAST"), None);
        assert_eq!(last.next_after(now), at("2026-12-31T00:00:00Z"));
        let day31 = schedule("MONTHLY", Some("31"), None);
        assert_eq!(
            day31.following(at("2027-01-31T00:00:00Z")),
            at("2027-02-28T00:00:00Z")
        );
        assert!(schedule("DAILY", Some("1"), None).check().is_err());
        assert!(schedule("WEEKLY", None, None).check().is_err());
        assert!(schedule("MONTHLY", Some("1"), None).check().is_ok());
    }
}
