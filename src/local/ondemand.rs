//! Device Defender audits: the account's audit configuration
//! (Describe/Update/DeleteAccountAuditConfiguration), on-demand audit tasks
//! (StartOnDemandAuditTask, DescribeAuditTask, ListAuditTasks, CancelAuditTask) and their
//! findings (ListAuditFindings, DescribeAuditFinding).
//!
//! An audit runs its checks (see `checks`) on the state as it is when the audit starts; the
//! checks then complete one after another, each taking the endpoint's execution time, so an
//! audit progresses with time like a mitigation actions task: a check's findings are listed
//! once the check has completed, and the task is `COMPLETED` when the last one has. Cancelling
//! stops the checks not yet completed (`CANCELED`) and drops their findings. A finding is
//! marked `isSuppressed` when a suppression in force when the audit ran covers it.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::audit::{known_check, AUDIT_CHECKS};
use super::checks;
use super::error::ApiError;
use super::input::{Input, Members};
use super::operations::Reply;
use super::paging::Listing;
use super::store;
use super::suppressions;
use super::util;
use super::validate;
use super::world;
use super::Ctx;

/// DescribeAccountAuditConfiguration: every known check with whether it is enabled; the role
/// and notification targets once configured.
pub fn describe_configuration(
    conn: &mut Connection,
    _ctx: &Ctx,
    _input: &Input,
) -> Result<Reply, ApiError> {
    store::read(conn, |tx| {
        let config = world::audit_config(tx)?;
        let mut out = Map::new();
        if let Some(role) = config.as_ref().and_then(|c| c.get("roleArn")) {
            out.insert("roleArn".into(), role.clone());
        }
        out.insert(
            "auditNotificationTargetConfigurations".into(),
            config
                .as_ref()
                .and_then(|c| c.get("auditNotificationTargetConfigurations"))
                .cloned()
                .unwrap_or(json!({})),
        );
        let stored = config
            .as_ref()
            .and_then(|c| c.get("auditCheckConfigurations"))
            .and_then(Value::as_object);
        let mut checks = Map::new();
        for (name, _) in AUDIT_CHECKS {
            let entry = stored
                .and_then(|m| m.get(*name))
                .cloned()
                .unwrap_or(json!({"enabled": false}));
            checks.insert((*name).to_string(), entry);
        }
        out.insert("auditCheckConfigurations".into(), Value::Object(checks));
        Ok(Value::Object(out).into())
    })
}

/// What an UpdateAccountAuditConfiguration request asks to change.
struct ConfigUpdate {
    role: Option<String>,
    targets: Vec<(String, Map<String, Value>)>,
    checks: Vec<(String, Map<String, Value>)>,
}

fn parse_update(input: &Map<String, Value>) -> Result<ConfigUpdate, ApiError> {
    let checks = input.structure("auditCheckConfigurations");
    for name in checks.iter().flat_map(|m| m.keys()) {
        known_check(name)?;
    }
    // The entries of a map of structures, as given (checked: each is a structure).
    let entries = |m: Option<&Map<String, Value>>| -> Vec<(String, Map<String, Value>)> {
        m.iter()
            .flat_map(|m| m.iter())
            .map(|(k, v)| (k.clone(), v.as_object().cloned().unwrap_or_default()))
            .collect()
    };
    Ok(ConfigUpdate {
        role: input.text("roleArn").map(String::from),
        targets: entries(input.structure("auditNotificationTargetConfigurations")),
        checks: entries(checks),
    })
}

/// Applies an update to a stored configuration: the members given replace those stored;
/// checks and notification targets not named keep their settings.
fn merge(config: &mut Map<String, Value>, update: ConfigUpdate) -> Result<(), ApiError> {
    let ConfigUpdate {
        role,
        targets,
        checks: check_updates,
    } = update;
    {
        if role.is_none() && !config.contains_key("roleArn") {
            return Err(ApiError::invalid(
                "roleArn is required: the account has no audit configuration yet, and audits need a role that grants Device Defender access to the resources they check.",
            ));
        }
        if let Some(r) = role {
            config.insert("roleArn".into(), Value::from(r));
        }
        let mut stored_targets = config
            .get("auditNotificationTargetConfigurations")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for (kind, entry) in targets {
            stored_targets.insert(kind, Value::Object(entry));
        }
        config.insert(
            "auditNotificationTargetConfigurations".into(),
            Value::Object(stored_targets),
        );
        let mut stored_checks = config
            .get("auditCheckConfigurations")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for (name, entry) in check_updates {
            let mut merged = stored_checks
                .get(&name)
                .and_then(Value::as_object)
                .cloned()
                .unwrap_or_default();
            for (k, v) in entry {
                merged.insert(k, v);
            }
            merged.entry("enabled").or_insert(Value::from(false));
            stored_checks.insert(name, Value::Object(merged));
        }
        config.insert(
            "auditCheckConfigurations".into(),
            Value::Object(stored_checks),
        );
    }
    Ok(())
}

/// An audit configuration as a seed gives it (the input of UpdateAccountAuditConfiguration,
/// roleArn included), checked and ready to store.
pub fn parse_configuration(v: &Value) -> Result<Map<String, Value>, ApiError> {
    let input = Input::from_json("UpdateAccountAuditConfiguration", v)?;
    let mut config = Map::new();
    merge(&mut config, parse_update(&input)?)?;
    Ok(config)
}

/// UpdateAccountAuditConfiguration.
pub fn update_configuration(
    conn: &mut Connection,
    _ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let update = parse_update(input)?;
    store::write(conn, |tx| {
        let mut config = world::audit_config(tx)?.unwrap_or_default();
        merge(&mut config, update)?;
        world::set_audit_config(tx, &config)?;
        Ok(json!({}).into())
    })
}

/// DeleteAccountAuditConfiguration: back to no configuration (every check disabled).
pub fn delete_configuration(
    conn: &mut Connection,
    _ctx: &Ctx,
    _input: &Input,
) -> Result<Reply, ApiError> {
    store::write(conn, |tx| {
        if world::audit_config(tx)?.is_none() {
            return Err(ApiError::not_found(
                "The account has no audit configuration to delete.",
            ));
        }
        tx.execute("DELETE FROM meta WHERE key = 'audit_config'", [])?;
        Ok(json!({}).into())
    })
}

/// An audit task as stored.
struct Run {
    task_type: String,
    scheduled: Option<String>,
    start_ms: i64,
    check_ms: i64,
    canceled_ms: Option<i64>,
    checks: Vec<String>,
    details: Option<Map<String, Value>>,
}

impl Run {
    /// When check `i` completes.
    fn check_end(&self, i: usize) -> i64 {
        self.start_ms
            .saturating_add(self.check_ms.saturating_mul(i as i64 + 1))
    }

    fn end(&self) -> i64 {
        self.check_end(self.checks.len().saturating_sub(1))
    }

    fn status(&self, now: i64) -> &'static str {
        match self.canceled_ms {
            Some(_) => "CANCELED",
            None if self.checks.is_empty() || now >= self.end() => "COMPLETED",
            None => "IN_PROGRESS",
        }
    }

    /// The run status of check `i` at `now`, given whether it found anything.
    fn check_status(&self, i: usize, now: i64, non_compliant: bool) -> &'static str {
        let end = self.check_end(i);
        match self.canceled_ms {
            Some(at) if end > at => "CANCELED",
            _ if end > now => "IN_PROGRESS",
            _ if non_compliant => "COMPLETED_NON_COMPLIANT",
            _ => "COMPLETED_COMPLIANT",
        }
    }
}

fn load_run(conn: &Connection, task_id: &str) -> Result<Option<Run>, ApiError> {
    let row = conn
        .query_row(
            "SELECT task_type, start_ms, check_ms, canceled_ms, checks, details, scheduled_name
             FROM audit_runs WHERE audit_task_id = ?1",
            params![task_id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, i64>(1)?,
                    r.get::<_, i64>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, Option<String>>(5)?,
                    r.get::<_, Option<String>>(6)?,
                ))
            },
        )
        .optional()?;
    let Some((task_type, start_ms, check_ms, canceled_ms, checks, details, scheduled)) = row else {
        return Ok(None);
    };
    let details = match details {
        Some(t) => serde_json::from_str::<Value>(&t)?.as_object().cloned(),
        None => None,
    };
    Ok(Some(Run {
        task_type,
        scheduled,
        start_ms,
        check_ms,
        canceled_ms,
        checks: serde_json::from_str(&checks)?,
        details,
    }))
}

fn task_not_found(task_id: &str) -> ApiError {
    ApiError::not_found(format!("The audit task '{task_id}' does not exist."))
}

/// StartOnDemandAuditTask.
pub fn start(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let names = input
        .texts("targetCheckNames")
        .ok_or_else(|| ApiError::invalid("targetCheckNames is required."))?;
    let mut targets: Vec<String> = Vec::new();
    for n in names {
        known_check(&n)?;
        if !targets.contains(&n) {
            targets.push(n);
        }
    }
    if targets.is_empty() {
        return Err(ApiError::invalid(
            "targetCheckNames must name at least one audit check.",
        ));
    }
    store::write(conn, |tx| {
        let now = util::now_ms();
        let config = world::audit_config(tx)?;
        let disabled: Vec<&str> = targets
            .iter()
            .filter(|n| !world::check_enabled(config.as_ref(), n))
            .map(String::as_str)
            .collect();
        if !disabled.is_empty() {
            return Err(ApiError::invalid(format!(
                "The audit check(s) {} are not enabled for this account. Enable them with UpdateAccountAuditConfiguration first.",
                disabled.join(", ")
            )));
        }
        let in_progress = count_in_progress(tx, now)?;
        if in_progress >= MAX_AUDITS_IN_PROGRESS {
            return Err(ApiError::limit(format!(
                "{in_progress} audits are already in progress; at most {MAX_AUDITS_IN_PROGRESS} may run at once."
            )));
        }
        let task_id = run_audit(tx, ctx, &targets, None, now)?;
        Ok(json!({ "taskId": task_id }).into())
    })
}

/// Runs an audit of `targets` over the state at `now`, recording its findings; an audit of a
/// scheduled audit is a SCHEDULED_AUDIT_TASK that names it. Returns the task id.
pub fn run_audit(
    tx: &Connection,
    ctx: &Ctx,
    targets: &[String],
    scheduled: Option<&str>,
    now: i64,
) -> Result<String, ApiError> {
    {
        let config = world::audit_config(tx)?;
        let task_id = util::random_hex(16)?;
        let check_ms = ctx.execution_ms.min(86_400_000) as i64;
        let seq: i64 = tx.query_row(
            "SELECT COALESCE(MAX(seq), -1) + 1 FROM audit_runs",
            [],
            |r| r.get(0),
        )?;
        let mut finding_seq: i64 =
            tx.query_row("SELECT COALESCE(MAX(seq), 0) FROM findings", [], |r| {
                r.get(0)
            })?;
        let active = suppressions::active(tx, now)?;
        let mut details = Map::new();
        let mut certs = checks::Certificates::default();
        for (i, check) in targets.iter().enumerate() {
            let result = checks::run(tx, &mut certs, check, config.as_ref(), ctx, now)?;
            let finding_ms = now.saturating_add(check_ms.saturating_mul(i as i64 + 1));
            let mut suppressed_count = 0i64;
            for f in &result.found {
                finding_seq += 1;
                let identifier = f
                    .resource
                    .get("resourceIdentifier")
                    .cloned()
                    .unwrap_or(json!({}));
                let suppressed = active.iter().any(|s| {
                    s.check_name == *check && world::identifier_covers(&s.resource, &identifier)
                });
                if suppressed {
                    suppressed_count += 1;
                }
                tx.execute(
                    "INSERT INTO findings(finding_id, audit_task_id, check_name, reason_code, resource_type, resource_id, seq,
                                          severity, task_start_ms, finding_ms, reason_text, resource_json, related_json, suppressed)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
                    params![
                        util::new_uuid()?,
                        task_id,
                        check,
                        f.reason_code,
                        f.resource_type,
                        f.resource_id,
                        finding_seq,
                        checks::severity(check),
                        now,
                        finding_ms,
                        checks::reason_text(f.reason_code),
                        f.resource.to_string(),
                        Value::Array(f.related.clone()).to_string(),
                        suppressed
                    ],
                )?;
            }
            details.insert(
                check.clone(),
                json!({
                    "total": result.total,
                    "nonCompliant": result.found.len(),
                    "suppressed": suppressed_count,
                }),
            );
        }
        tx.execute(
            "INSERT INTO audits(audit_task_id, seq) VALUES (?1, ?2)",
            params![task_id, seq],
        )?;
        tx.execute(
            "INSERT INTO audit_runs(audit_task_id, seq, task_type, start_ms, check_ms, checks, details, scheduled_name)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                task_id,
                seq,
                if scheduled.is_some() { "SCHEDULED_AUDIT_TASK" } else { "ON_DEMAND_AUDIT_TASK" },
                now,
                check_ms,
                json!(targets).to_string(),
                Value::Object(details).to_string(),
                scheduled
            ],
        )?;
        Ok(task_id)
    }
}

/// How many audits may be in progress at once.
const MAX_AUDITS_IN_PROGRESS: i64 = 10;

fn count_in_progress(conn: &Connection, now: i64) -> Result<i64, ApiError> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM audit_runs
         WHERE canceled_ms IS NULL AND start_ms + check_ms * json_array_length(checks) > ?1",
        params![now],
        |r| r.get(0),
    )?;
    Ok(n)
}

/// The counts of a check for `auditDetails`: (total, noncompliant, suppressed).
fn check_counts(
    conn: &Connection,
    task_id: &str,
    run: &Run,
    check: &str,
) -> Result<(i64, i64, i64), ApiError> {
    if let Some(d) = run.details.as_ref().and_then(|d| d.get(check)) {
        let n = |k: &str| d.get(k).and_then(Value::as_i64).unwrap_or(0);
        return Ok((n("total"), n("nonCompliant"), n("suppressed")));
    }
    // A seeded audit: its findings are all there is to count.
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM findings WHERE audit_task_id = ?1 AND check_name = ?2",
        params![task_id, check],
        |r| r.get(0),
    )?;
    Ok((n, n, 0))
}

/// DescribeAuditTask.
pub fn describe(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.required("taskId")?;
    store::read(conn, |tx| {
        let now = util::now_ms();
        let run = load_run(tx, task_id)?.ok_or_else(|| task_not_found(task_id))?;
        let mut stats = [0i64; 5]; // in progress, compliant, noncompliant, failed, canceled
        let mut details = Map::new();
        for (i, check) in run.checks.iter().enumerate() {
            let (total, non_compliant, suppressed) = check_counts(tx, task_id, &run, check)?;
            let status = run.check_status(i, now, non_compliant > 0);
            let mut d = Map::new();
            d.insert("checkRunStatus".into(), Value::from(status));
            match status {
                "IN_PROGRESS" => stats[0] += 1,
                "COMPLETED_COMPLIANT" => stats[1] += 1,
                "COMPLETED_NON_COMPLIANT" => stats[2] += 1,
                "CANCELED" => stats[4] += 1,
                _ => stats[3] += 1,
            }
            if status.starts_with("COMPLETED") {
                d.insert("checkCompliant".into(), Value::from(non_compliant == 0));
                d.insert("totalResourcesCount".into(), Value::from(total));
                d.insert(
                    "nonCompliantResourcesCount".into(),
                    Value::from(non_compliant),
                );
                d.insert(
                    "suppressedNonCompliantResourcesCount".into(),
                    Value::from(suppressed),
                );
            }
            details.insert(check.clone(), Value::Object(d));
        }
        let mut out = json!({
            "taskStatus": run.status(now),
            "taskType": run.task_type,
            "taskStartTime": util::ms_to_json(run.start_ms),
            "taskStatistics": {
                "totalChecks": run.checks.len(),
                "inProgressChecks": stats[0],
                "waitingForDataCollectionChecks": 0,
                "compliantChecks": stats[1],
                "nonCompliantChecks": stats[2],
                "failedChecks": stats[3],
                "canceledChecks": stats[4],
            },
            "auditDetails": Value::Object(details),
        });
        if let (Some(name), Some(m)) = (run.scheduled, out.as_object_mut()) {
            m.insert("scheduledAuditName".into(), json!(name));
        }
        Ok(out.into())
    })
}

/// CancelAuditTask: only an audit in progress can be canceled.
pub fn cancel(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.required("taskId")?;
    store::write(conn, |tx| {
        let now = util::now_ms();
        let run = load_run(tx, task_id)?.ok_or_else(|| task_not_found(task_id))?;
        let status = run.status(now);
        if status != "IN_PROGRESS" {
            return Err(ApiError::invalid(format!(
                "The audit task '{task_id}' is {status}; only an audit in progress can be canceled."
            )));
        }
        tx.execute(
            "UPDATE audit_runs SET canceled_ms = ?1 WHERE audit_task_id = ?2",
            params![now, task_id],
        )?;
        tx.execute(
            "DELETE FROM findings WHERE audit_task_id = ?1 AND finding_ms > ?2",
            params![task_id, now],
        )?;
        Ok(json!({}).into())
    })
}

/// ListAuditTasks: newest first, started within [startTime, endTime].
pub fn list_tasks(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let (Some(start), Some(end)) = (input.time("startTime"), input.time("endTime")) else {
        return Err(ApiError::invalid("startTime and endTime are required."));
    };
    let task_type = input.text("taskType");
    let status = input.text("taskStatus");
    let listing = Listing::new(ctx, input)?;
    let page = store::read(conn, |tx| {
        let now = util::now_ms();
        let mut stmt = tx.prepare_cached(
            "SELECT seq, audit_task_id, task_type, start_ms, check_ms, canceled_ms, json_array_length(checks)
             FROM audit_runs WHERE start_ms >= ?1 AND start_ms <= ?2 AND seq < ?3
               AND (?4 IS NULL OR task_type = ?4)
             ORDER BY seq DESC",
        )?;
        let mut rows = stmt.query(params![start, end, listing.after(i64::MAX), task_type])?;
        let mut page = listing.page(96)?;
        while let Some(r) = rows.next()? {
            let run_status = {
                let canceled: Option<i64> = r.get(5)?;
                let n: i64 = r.get(6)?;
                let finish = r
                    .get::<_, i64>(3)?
                    .saturating_add(r.get::<_, i64>(4)?.saturating_mul(n));
                match canceled {
                    Some(_) => "CANCELED",
                    None if now >= finish => "COMPLETED",
                    None => "IN_PROGRESS",
                }
            };
            if status.is_some_and(|s| s != run_status) {
                continue;
            }
            let item = json!({
                "taskId": store::text(r, 1)?,
                "taskStatus": run_status,
                "taskType": store::text(r, 2)?,
            });
            if !page.offer(r.get(0)?, &item)? {
                break;
            }
        }
        Ok(page)
    })?;
    listing.finish(page)
}

const SELECT_FINDING: &str = "SELECT f.seq, f.finding_id, f.audit_task_id, f.check_name, f.reason_code, f.resource_type, f.resource_id,
        f.severity, COALESCE(f.task_start_ms, r.start_ms), COALESCE(f.finding_ms, r.start_ms), f.reason_text,
        f.resource_json, f.related_json, f.suppressed
 FROM findings f LEFT JOIN audit_runs r ON r.audit_task_id = f.audit_task_id";

/// A finding row as the API shows it (`AuditFinding`, members in model order).
fn finding_json(
    r: &rusqlite::Row<'_>,
    active: &[suppressions::Suppression],
) -> Result<Value, ApiError> {
    let check: String = r.get(3)?;
    let reason_code: String = r.get(4)?;
    let resource = match r.get::<_, Option<String>>(11)? {
        Some(t) => serde_json::from_str(&t)?,
        None => {
            let rt: String = r.get(5)?;
            let rid: String = r.get(6)?;
            json!({"resourceType": rt, "resourceIdentifier": world::identifier_of(&rt, &rid)})
        }
    };
    let related: Value = match r.get::<_, Option<String>>(12)? {
        Some(t) => serde_json::from_str(&t)?,
        None => json!([]),
    };
    let suppressed = match r.get::<_, Option<bool>>(13)? {
        Some(s) => s,
        None => {
            let id = resource
                .get("resourceIdentifier")
                .cloned()
                .unwrap_or(json!({}));
            active
                .iter()
                .any(|s| s.check_name == check && world::identifier_covers(&s.resource, &id))
        }
    };
    let mut out = Map::new();
    out.insert("findingId".into(), Value::from(r.get::<_, String>(1)?));
    out.insert("taskId".into(), Value::from(r.get::<_, String>(2)?));
    out.insert("checkName".into(), Value::from(check.clone()));
    if let Some(ms) = r.get::<_, Option<i64>>(8)? {
        out.insert("taskStartTime".into(), util::ms_to_json(ms));
    }
    if let Some(ms) = r.get::<_, Option<i64>>(9)? {
        out.insert("findingTime".into(), util::ms_to_json(ms));
    }
    let severity = r
        .get::<_, Option<String>>(7)?
        .unwrap_or_else(|| checks::severity(&check).to_string());
    out.insert("severity".into(), Value::from(severity));
    out.insert("nonCompliantResource".into(), resource);
    if related.as_array().is_some_and(|a| !a.is_empty()) {
        out.insert("relatedResources".into(), related);
    }
    let text = r
        .get::<_, Option<String>>(10)?
        .unwrap_or_else(|| checks::reason_text(&reason_code).to_string());
    out.insert("reasonForNonCompliance".into(), Value::from(text));
    out.insert(
        "reasonForNonComplianceCode".into(),
        Value::from(reason_code),
    );
    out.insert("isSuppressed".into(), Value::from(suppressed));
    Ok(Value::Object(out))
}

/// ListAuditFindings: the findings of one audit, or found within [startTime, endTime], in the
/// order they were found; only the findings of checks that have completed.
pub fn list_findings(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let resource = validate::resource(input, "resourceIdentifier")?;
    let task_id = input.text("taskId");
    let check = input.text("checkName");
    let (start, end) = (input.time("startTime"), input.time("endTime"));
    let suppressed_filter = input.flag("listSuppressedFindings");
    let rule = match (task_id, start, end) {
        (Some(_), None, None) | (None, Some(_), Some(_)) => None,
        (None, None, None) => Some("Specify either taskId or both startTime and endTime."),
        (Some(_), _, _) => Some("Specify either taskId or startTime and endTime, not both."),
        (None, _, _) => Some("startTime and endTime must be given together."),
    };
    if let Some(message) = rule {
        return Err(ApiError::invalid(message));
    }
    let listing = Listing::new(ctx, input)?;
    let page = store::read(conn, |tx| {
        let now = util::now_ms();
        let active = suppressions::active(tx, now)?;
        let mut stmt = tx.prepare_cached(&format!(
            "{SELECT_FINDING}
             WHERE f.seq > ?1 AND (?2 IS NULL OR f.audit_task_id = ?2) AND (?3 IS NULL OR f.check_name = ?3)
               AND COALESCE(f.finding_ms, r.start_ms, 0) <= ?4
               AND (?5 IS NULL OR COALESCE(f.finding_ms, r.start_ms, 0) >= ?5)
               AND (?6 IS NULL OR COALESCE(f.finding_ms, r.start_ms, 0) <= ?6)
             ORDER BY f.seq"
        ))?;
        let mut rows = stmt.query(params![listing.after(0), task_id, check, now, start, end])?;
        let mut page = listing.page(512)?;
        while let Some(r) = rows.next()? {
            let f = finding_json(r, &active)?;
            if let Some(want) = &resource {
                let id = &f["nonCompliantResource"]["resourceIdentifier"];
                if world::identifier_key(want) != world::identifier_key(id) {
                    continue;
                }
            }
            if suppressed_filter.is_some_and(|want| f["isSuppressed"] != want) {
                continue;
            }
            if !page.offer(r.get(0)?, &f)? {
                break;
            }
        }
        Ok(page)
    })?;
    listing.finish(page)
}

/// DescribeAuditFinding.
pub fn describe_finding(
    conn: &mut Connection,
    _ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let finding_id = input.required("findingId")?;
    store::read(conn, |tx| {
        let now = util::now_ms();
        let active = suppressions::active(tx, now)?;
        let mut stmt = tx.prepare_cached(&format!(
            "{SELECT_FINDING} WHERE f.finding_id = ?1 AND COALESCE(f.finding_ms, r.start_ms, 0) <= ?2"
        ))?;
        let mut rows = stmt.query(params![finding_id, now])?;
        match rows.next()? {
            Some(r) => Ok(json!({ "finding": finding_json(r, &active)? }).into()),
            None => Err(ApiError::not_found(format!(
                "The audit finding '{finding_id}' does not exist."
            ))),
        }
    })
}

/// ListRelatedResourcesForAuditFinding: the related resources of a finding, in the order the
/// check found them.
pub fn list_related(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let finding_id = input.required("findingId")?;
    let related = store::read(conn, |tx| {
        let text: Option<Option<String>> = tx
            .query_row(
                "SELECT f.related_json FROM findings f LEFT JOIN audit_runs r ON r.audit_task_id = f.audit_task_id
                 WHERE f.finding_id = ?1 AND COALESCE(f.finding_ms, r.start_ms, 0) <= ?2",
                params![finding_id, util::now_ms()],
                |r| r.get(0),
            )
            .optional()?;
        let Some(text) = text else {
            return Err(ApiError::not_found(format!(
                "The audit finding '{finding_id}' does not exist."
            )));
        };
        Ok(text
            .and_then(|t| serde_json::from_str::<Vec<Value>>(&t).ok())
            .unwrap_or_default())
    })?;
    let mut page = listing.page(200)?;
    let start = listing.after(-1);
    for (i, item) in related.iter().enumerate() {
        if (i as i64) <= start {
            continue;
        }
        if !page.offer(i as i64, item)? {
            break;
        }
    }
    listing.finish(page)
}

/// Whether a finding is suppressed for mitigation: marked so when its audit ran, or covered
/// by a suppression in force now.
pub fn finding_suppressed(
    conn: &Connection,
    finding_id: &str,
    active: &[suppressions::Suppression],
) -> Result<bool, ApiError> {
    let mut stmt = conn.prepare_cached(&format!("{SELECT_FINDING} WHERE f.finding_id = ?1"))?;
    let mut rows = stmt.query(params![finding_id])?;
    let Some(r) = rows.next()? else {
        return Ok(false);
    };
    let f = finding_json(r, active)?;
    if f["isSuppressed"] == true {
        return Ok(true);
    }
    let check = f["checkName"].as_str().unwrap_or_default();
    let id = &f["nonCompliantResource"]["resourceIdentifier"];
    Ok(active
        .iter()
        .any(|s| s.check_name == check && world::identifier_covers(&s.resource, id)))
}
