//! Detect mitigation actions tasks: StartDetectMitigationActionsTask,
//! CancelDetectMitigationActionsTask, DescribeDetectMitigationActionsTask,
//! ListDetectMitigationActionsTasks and ListDetectMitigationActionsExecutions.
//! A task applies its actions to the violations of a security profile (or to
//! listed violations), one execution per violation and action, on the thing in
//! violation.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::actions::{self, ActionRow};
use super::error::ApiError;
use super::input::{Input, Members};
use super::operations::Reply;
use super::paging::Listing;
use super::store;
use super::tasks::{self, NewExecution, NewItem, TaskRow, DETECT};
use super::util;
use super::validate;
use super::Ctx;

/// The action types that can be applied to Detect violations.
pub const DETECT_ACTION_TYPES: &[&str] = &["ADD_THINGS_TO_THING_GROUP"];

struct Violation {
    violation_id: String,
    thing_name: String,
    start_ms: i64,
    active: bool,
    suppressed: bool,
}

fn violation_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<Violation> {
    Ok(Violation {
        violation_id: r.get(0)?,
        thing_name: r.get(1)?,
        start_ms: r.get(2)?,
        active: r.get(3)?,
        suppressed: r.get(4)?,
    })
}

const SELECT_VIOLATION: &str =
    "SELECT violation_id, thing_name, start_ms, active, suppressed FROM violations";

/// StartDetectMitigationActionsTask.
pub fn start(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.required("taskId")?;
    let token = input.required("clientRequestToken")?.to_string();
    let target = input
        .structure("target")
        .ok_or_else(|| ApiError::invalid("target is required."))?;
    let action_names = input
        .texts("actions")
        .ok_or_else(|| ApiError::invalid("actions is required."))?;
    let violation_ids = target.texts("violationIds");
    let profile = target.text("securityProfileName").map(String::from);
    let behavior = target.text("behaviorName").map(String::from);
    let range = input.structure("violationEventOccurrenceRange");
    let range_start = range.and_then(|r| r.time("startTime"));
    let range_end = range.and_then(|r| r.time("endTime"));
    let only_active = input.flag("includeOnlyActiveViolations").unwrap_or(false);
    let suppressed = input.flag("includeSuppressedAlerts").unwrap_or(false);
    validate::either(
        violation_ids.is_some(),
        profile.is_some(),
        "The target must name either violationIds or a securityProfileName, not both.",
        "The target must name violationIds or a securityProfileName.",
    )?;
    if behavior.is_some() && profile.is_none() {
        return Err(ApiError::invalid(
            "target.behaviorName can only be used together with target.securityProfileName.",
        ));
    }
    validate::ordered(
        range_start,
        range_end,
        "violationEventOccurrenceRange.startTime must not be later than its endTime.",
    )?;

    store::write(conn, |tx| {
        let now = util::now_ms();
        tasks::materialize(tx, now)?;
        if tasks::check_idempotency(tx, DETECT, task_id, &token)? {
            return Ok(json!({ "taskId": task_id }).into());
        }

        let mut names: Vec<String> = Vec::new();
        for n in &action_names {
            if !names.contains(n) {
                names.push(n.clone());
            }
        }
        let found = actions::find_many(tx, &names)?;
        for n in &names {
            let Some(a) = found.get(n) else {
                return Err(ApiError::invalid(format!(
                    "The mitigation action '{n}' in actions does not exist."
                )));
            };
            if !DETECT_ACTION_TYPES.contains(&a.action_type.as_str()) {
                return Err(ApiError::invalid(format!(
                    "The mitigation action '{n}' ({}) cannot be applied to Detect violations; the action types supported for Detect are {}.",
                    a.action_type,
                    DETECT_ACTION_TYPES.join(", ")
                )));
            }
        }

        let candidates: Vec<Violation> = if let Some(ids) = &violation_ids {
            let mut out = Vec::new();
            let mut seen = HashSet::new();
            for id in ids {
                if !seen.insert(id.clone()) {
                    continue;
                }
                let v = tx
                    .query_row(
                        &format!("{SELECT_VIOLATION} WHERE violation_id = ?1"),
                        params![id],
                        violation_from,
                    )
                    .optional()?;
                match v {
                    Some(v) => out.push(v),
                    None => {
                        return Err(ApiError::invalid(format!(
                            "The violation '{id}' does not exist."
                        )))
                    }
                }
            }
            out
        } else {
            let profile_name = profile.clone().unwrap_or_default();
            let known: Option<String> = tx
                .query_row(
                    "SELECT security_profile FROM violations WHERE security_profile = ?1 LIMIT 1",
                    params![profile_name],
                    |r| r.get(0),
                )
                .optional()?;
            if known.is_none() {
                return Err(ApiError::invalid(format!(
                    "The security profile '{profile_name}' does not exist (it has no violations)."
                )));
            }
            let mut stmt = tx.prepare(&format!(
                "{SELECT_VIOLATION} WHERE security_profile = ?1 AND (?2 IS NULL OR behavior = ?2) ORDER BY seq"
            ))?;
            let rows = stmt
                .query_map(params![profile_name, behavior], violation_from)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows
        };
        let selected: Vec<&Violation> = candidates
            .iter()
            .filter(|v| range_start.is_none_or(|s| v.start_ms >= s))
            .filter(|v| range_end.is_none_or(|e| v.start_ms <= e))
            .filter(|v| !only_active || v.active)
            .filter(|v| suppressed || !v.suppressed)
            .collect();

        let items: Vec<NewItem> = selected
            .iter()
            .map(|v| NewItem {
                item_id: v.violation_id.clone(),
                check_name: None,
                audit_task_id: None,
                included: true,
            })
            .collect();
        let mut executions: Vec<NewExecution<'_>> = Vec::new();
        for v in &selected {
            for n in &names {
                let Some(action) = found.get(n) else { continue };
                executions.push(NewExecution {
                    item_id: v.violation_id.clone(),
                    thing_name: Some(v.thing_name.clone()),
                    resource_type: None,
                    resource_id: None,
                    action,
                    skip: None,
                });
            }
        }

        tasks::check_limit(tx, DETECT)?;

        let defs: Vec<Value> = names
            .iter()
            .filter_map(|n| found.get(n).map(ActionRow::definition))
            .collect();
        let mut target_echo = Map::new();
        if let Some(ids) = &violation_ids {
            target_echo.insert("violationIds".into(), json!(ids));
        }
        if let Some(p) = &profile {
            target_echo.insert("securityProfileName".into(), Value::from(p.clone()));
        }
        if let Some(b) = &behavior {
            target_echo.insert("behaviorName".into(), Value::from(b.clone()));
        }
        let mut spec = Map::new();
        spec.insert("target".into(), Value::Object(target_echo));
        if let (Some(s), Some(e)) = (range_start, range_end) {
            spec.insert(
                "violationEventOccurrenceRange".into(),
                json!({ "startTime": s, "endTime": e }),
            );
        }
        spec.insert(
            "onlyActiveViolationsIncluded".into(),
            Value::Bool(only_active),
        );
        spec.insert("suppressedAlertsIncluded".into(), Value::Bool(suppressed));
        tasks::insert(
            tx,
            DETECT,
            task_id,
            &token,
            &Value::Object(spec),
            &Value::Array(defs),
            &items,
            &executions,
            ctx.execution_ms.min(i64::MAX as u64) as i64,
            now,
        )?;
        tasks::materialize(tx, now)?;
        Ok(json!({ "taskId": task_id }).into())
    })
}

/// CancelDetectMitigationActionsTask.
pub fn cancel(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.required("taskId")?;
    store::write(conn, |tx| {
        let now = util::now_ms();
        tasks::materialize(tx, now)?;
        tasks::cancel(tx, DETECT, task_id, now)?;
        Ok(json!({}).into())
    })
}

/// The `DetectMitigationActionsTaskSummary` of a task.
fn summary(conn: &Connection, task: &TaskRow) -> Result<Value, ApiError> {
    let mut out = Map::new();
    out.insert("taskId".into(), Value::from(task.task_id.clone()));
    out.insert("taskStatus".into(), Value::from(task.status.clone()));
    out.insert("taskStartTime".into(), util::ms_to_json(task.start_ms));
    if let Some(end) = task.end_ms {
        out.insert("taskEndTime".into(), util::ms_to_json(end));
    }
    out.insert(
        "target".into(),
        task.spec.get("target").cloned().unwrap_or(json!({})),
    );
    if let Some(r) = task.spec.get("violationEventOccurrenceRange") {
        let s = r.get("startTime").and_then(Value::as_i64).unwrap_or(0);
        let e = r.get("endTime").and_then(Value::as_i64).unwrap_or(0);
        out.insert(
            "violationEventOccurrenceRange".into(),
            json!({ "startTime": util::ms_to_json(s), "endTime": util::ms_to_json(e) }),
        );
    }
    for key in ["onlyActiveViolationsIncluded", "suppressedAlertsIncluded"] {
        out.insert(
            key.into(),
            Value::Bool(task.spec.get(key).and_then(Value::as_bool).unwrap_or(false)),
        );
    }
    out.insert("actionsDefinition".into(), task.actions_def.clone());
    out.insert(
        "taskStatistics".into(),
        tasks::detect_statistics(conn, task.seq)?,
    );
    Ok(Value::Object(out))
}

/// DescribeDetectMitigationActionsTask.
pub fn describe(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.required("taskId")?;
    store::write(conn, |tx| {
        tasks::materialize(tx, util::now_ms())?;
        let task =
            tasks::load(tx, DETECT, task_id)?.ok_or_else(|| tasks::not_found(DETECT, task_id))?;
        Ok(json!({ "taskSummary": summary(tx, &task)? }).into())
    })
}

/// ListDetectMitigationActionsTasks: newest first, started within [startTime, endTime].
pub fn list_tasks(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let (start, end) = (input.time("startTime"), input.time("endTime"));
    validate::ordered(start, end, "startTime must not be later than endTime.")?;
    let (Some(start), Some(end)) = (start, end) else {
        return Err(ApiError::invalid("startTime and endTime are required."));
    };
    let listing = Listing::new(ctx, input)?;
    let page = store::write(conn, |tx| {
        tasks::materialize(tx, util::now_ms())?;
        let ids: Vec<(i64, String)> = {
            let mut stmt = tx.prepare(
                "SELECT seq, task_id FROM tasks WHERE kind = 'detect' AND start_ms >= ?1 AND start_ms <= ?2 AND seq < ?3
                 ORDER BY seq DESC LIMIT ?4",
            )?;
            let rows = stmt
                .query_map(
                    params![
                        start,
                        end,
                        listing.after(i64::MAX),
                        (listing.max + 1) as i64
                    ],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows
        };
        let mut page = listing.page(640)?;
        for (seq, id) in &ids {
            if let Some(task) = tasks::load(tx, DETECT, id)? {
                if !page.offer(*seq, &summary(tx, &task)?)? {
                    break;
                }
            }
        }
        Ok(page)
    })?;
    listing.finish(page)
}

/// ListDetectMitigationActionsExecutions: the executions that have started,
/// in execution order, optionally for one task, violation or thing, and
/// started within [startTime, endTime].
pub fn list_executions(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.text("taskId");
    let violation_id = input.text("violationId");
    let thing_name = input.text("thingName");
    let (start, end) = (input.time("startTime"), input.time("endTime"));
    validate::ordered(start, end, "startTime must not be later than endTime.")?;
    let listing = Listing::new(ctx, input)?;
    let page = store::write(conn, |tx| {
        tasks::materialize(tx, util::now_ms())?;
        let mut stmt = tx.prepare_cached(
            "SELECT e.eseq, t.task_id, e.item_id, e.action_name, e.thing_name, e.start_ms, e.end_ms, e.status, e.error_code, e.message
             FROM executions e JOIN tasks t ON t.seq = e.task_seq
             WHERE t.kind = 'detect' AND e.status <> 'PENDING' AND e.eseq > ?1
               AND (?2 IS NULL OR t.task_id = ?2)
               AND (?3 IS NULL OR e.item_id = ?3)
               AND (?4 IS NULL OR e.thing_name = ?4)
               AND (?5 IS NULL OR e.start_ms >= ?5)
               AND (?6 IS NULL OR e.start_ms <= ?6)
             ORDER BY e.eseq LIMIT ?7",
        )?;
        let rows = stmt.query(params![
            listing.after(0),
            task_id,
            violation_id,
            thing_name,
            start,
            end,
            (listing.max + 1) as i64
        ])?;
        listing.fill(rows, 256, |page, pos, r| {
            page.offer(
                pos,
                &ExecutionMetadata {
                    task_id: store::text(r, 1)?,
                    violation_id: store::text(r, 2)?,
                    action_name: store::text(r, 3)?,
                    thing_name: store::optional_text(r, 4)?,
                    execution_start_date: r.get::<_, Option<i64>>(5)?.map(util::Timestamp),
                    execution_end_date: r.get::<_, Option<i64>>(6)?.map(util::Timestamp),
                    status: store::text(r, 7)?,
                    error_code: store::optional_text(r, 8)?,
                    message: store::optional_text(r, 9)?,
                },
            )
        })
    })?;
    listing.finish(page)
}

/// One item of a ListDetectMitigationActionsExecutions page, borrowed from its
/// row; the members AWS leaves out when unset are left out.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct ExecutionMetadata<'a> {
    task_id: &'a str,
    violation_id: &'a str,
    action_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    thing_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    execution_start_date: Option<util::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    execution_end_date: Option<util::Timestamp>,
    status: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
}
