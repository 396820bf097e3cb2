//! Audit mitigation actions tasks: StartAuditMitigationActionsTask,
//! CancelAuditMitigationActionsTask, DescribeAuditMitigationActionsTask,
//! ListAuditMitigationActionsTasks and ListAuditMitigationActionsExecutions,
//! with the audit checks known to the service and the action types each one
//! supports. Findings that a suppression covers are counted as skipped, and their
//! executions are `SKIPPED` with [`SUPPRESSED_SKIP`] as the message.

use std::collections::HashSet;

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::actions::{self, ActionRow};
use super::error::ApiError;
use super::input::{Input, Members};
use super::ondemand;
use super::operations::Reply;
use super::paging::Listing;
use super::store;
use super::suppressions;
use super::tasks::{self, NewExecution, NewItem, AUDIT};
use super::util;
use super::validate;
use super::Ctx;

/// The message of an execution skipped because its finding is suppressed.
pub const SUPPRESSED_SKIP: &str =
    "The finding is suppressed: mitigation actions are not applied to suppressed findings.";
pub use crate::audit_checks::{supported_types, AUDIT_CHECKS};

/// The service's rule beyond the model on an audit check name: the service knows the check.
pub fn known_check(check: &str) -> Result<(), ApiError> {
    if supported_types(check).is_some() {
        return Ok(());
    }
    Err(ApiError::invalid(format!(
        "'{check}' is not an audit check name. Known checks: {}.",
        AUDIT_CHECKS
            .iter()
            .map(|(c, _)| *c)
            .collect::<Vec<_>>()
            .join(", ")
    )))
}

/// A map whose values are lists of strings (checked), in the order given.
fn string_lists(m: &Map<String, Value>) -> Vec<(String, Vec<String>)> {
    m.keys()
        .map(|k| (k.clone(), m.texts(k).unwrap_or_default()))
        .collect()
}

struct Finding {
    finding_id: String,
    audit_task_id: String,
    check_name: String,
    reason_code: String,
    resource_type: String,
    resource_id: String,
}

fn finding_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<Finding> {
    Ok(Finding {
        finding_id: r.get(0)?,
        audit_task_id: r.get(1)?,
        check_name: r.get(2)?,
        reason_code: r.get(3)?,
        resource_type: r.get(4)?,
        resource_id: r.get(5)?,
    })
}

const SELECT_FINDING: &str =
    "SELECT finding_id, audit_task_id, check_name, reason_code, resource_type, resource_id FROM findings";

/// StartAuditMitigationActionsTask.
pub fn start(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.required("taskId")?;
    let token = input.required("clientRequestToken")?.to_string();
    let target = input
        .structure("target")
        .ok_or_else(|| ApiError::invalid("target is required."))?;
    let audit_task_id = target.text("auditTaskId").map(String::from);
    let finding_ids = target.texts("findingIds");
    let reason_filter = target
        .structure("auditCheckToReasonCodeFilter")
        .map(string_lists);
    let mapping = input
        .structure("auditCheckToActionsMapping")
        .map(string_lists)
        .ok_or_else(|| ApiError::invalid("auditCheckToActionsMapping is required."))?;
    validate::either(
        audit_task_id.is_some(),
        finding_ids.is_some(),
        "The target must name either an auditTaskId or findingIds, not both.",
        "The target must name an auditTaskId or a list of findingIds.",
    )?;
    if reason_filter.is_some() && audit_task_id.is_none() {
        return Err(ApiError::invalid("target.auditCheckToReasonCodeFilter can only be used together with target.auditTaskId."));
    }
    if mapping.is_empty() {
        return Err(ApiError::invalid(
            "auditCheckToActionsMapping must map at least one audit check to mitigation actions.",
        ));
    }
    for (check, _) in mapping.iter().chain(reason_filter.iter().flatten()) {
        known_check(check)?;
    }

    store::write(conn, |tx| {
        let now = util::now_ms();
        tasks::materialize(tx, now)?;
        if tasks::check_idempotency(tx, AUDIT, task_id, &token)? {
            return Ok(json!({ "taskId": task_id }).into());
        }

        // The actions must exist and suit the checks they are mapped to.
        let mut names: Vec<String> = Vec::new();
        for (_, list) in &mapping {
            for n in list {
                if !names.contains(n) {
                    names.push(n.clone());
                }
            }
        }
        let found = actions::find_many(tx, &names)?;
        for n in &names {
            if !found.contains_key(n) {
                return Err(ApiError::invalid(format!(
                    "The mitigation action '{n}' in auditCheckToActionsMapping does not exist."
                )));
            }
        }
        for (check, list) in &mapping {
            let supported = supported_types(check).unwrap_or(&[]);
            for n in list {
                let Some(a) = found.get(n) else { continue };
                if !supported.contains(&a.action_type.as_str()) {
                    return Err(ApiError::invalid(format!(
                        "The mitigation action '{n}' ({}) cannot be applied to findings of {check}; the action types supported for this check are {}.",
                        a.action_type,
                        supported.join(", ")
                    )));
                }
            }
        }

        // The findings targeted.
        let findings: Vec<Finding> = if let Some(audit_id) = &audit_task_id {
            let exists: Option<String> = tx
                .query_row(
                    "SELECT audit_task_id FROM audits WHERE audit_task_id = ?1",
                    params![audit_id],
                    |r| r.get(0),
                )
                .optional()?;
            if exists.is_none() {
                return Err(ApiError::invalid(format!(
                    "The audit task '{audit_id}' does not exist."
                )));
            }
            let mut stmt = tx.prepare(&format!(
                "{SELECT_FINDING} WHERE audit_task_id = ?1 ORDER BY seq"
            ))?;
            let rows = stmt
                .query_map(params![audit_id], finding_from)?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            rows
        } else {
            let mut out = Vec::new();
            let mut seen = HashSet::new();
            for id in finding_ids.iter().flatten() {
                if !seen.insert(id.clone()) {
                    continue;
                }
                let f = tx
                    .query_row(
                        &format!("{SELECT_FINDING} WHERE finding_id = ?1"),
                        params![id],
                        finding_from,
                    )
                    .optional()?;
                match f {
                    Some(f) => out.push(f),
                    None => {
                        return Err(ApiError::invalid(format!(
                            "The audit finding '{id}' does not exist."
                        )));
                    }
                }
            }
            out
        };

        let active = suppressions::active(tx, now)?;
        let mut items = Vec::new();
        let mut executions: Vec<NewExecution<'_>> = Vec::new();
        for f in &findings {
            let Some((_, list)) = mapping.iter().find(|(check, _)| *check == f.check_name) else {
                continue;
            };
            let included = match &reason_filter {
                None => true,
                Some(filter) => filter
                    .iter()
                    .any(|(check, codes)| *check == f.check_name && codes.contains(&f.reason_code)),
            };
            let suppressed = included && ondemand::finding_suppressed(tx, &f.finding_id, &active)?;
            items.push(NewItem {
                item_id: f.finding_id.clone(),
                check_name: Some(f.check_name.clone()),
                audit_task_id: Some(f.audit_task_id.clone()),
                included: included && !suppressed,
            });
            if !included {
                continue;
            }
            let mut done = HashSet::new();
            for n in list {
                if !done.insert(n) {
                    continue;
                }
                let Some(action) = found.get(n) else { continue };
                executions.push(NewExecution {
                    item_id: f.finding_id.clone(),
                    thing_name: None,
                    resource_type: Some(f.resource_type.clone()),
                    resource_id: Some(f.resource_id.clone()),
                    action,
                    skip: suppressed.then(|| SUPPRESSED_SKIP.to_string()),
                });
            }
        }

        tasks::check_limit(tx, AUDIT)?;

        let defs: Vec<Value> = names
            .iter()
            .filter_map(|n| found.get(n).map(ActionRow::definition))
            .collect();
        let mut target_echo = Map::new();
        if let Some(a) = &audit_task_id {
            target_echo.insert("auditTaskId".into(), Value::from(a.clone()));
        }
        if let Some(ids) = &finding_ids {
            target_echo.insert("findingIds".into(), json!(ids));
        }
        if let Some(f) = &reason_filter {
            let m: Map<String, Value> = f.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
            target_echo.insert("auditCheckToReasonCodeFilter".into(), Value::Object(m));
        }
        let mapping_echo: Map<String, Value> =
            mapping.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
        let spec = json!({
            "target": Value::Object(target_echo),
            "auditCheckToActionsMapping": Value::Object(mapping_echo),
        });
        tasks::insert(
            tx,
            AUDIT,
            task_id,
            &token,
            &spec,
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

/// CancelAuditMitigationActionsTask.
pub fn cancel(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.required("taskId")?;
    store::write(conn, |tx| {
        let now = util::now_ms();
        tasks::materialize(tx, now)?;
        tasks::cancel(tx, AUDIT, task_id, now)?;
        Ok(json!({}).into())
    })
}

fn mapping_checks(spec: &Value) -> Vec<String> {
    spec.get("auditCheckToActionsMapping")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// DescribeAuditMitigationActionsTask.
pub fn describe(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.required("taskId")?;
    store::write(conn, |tx| {
        let now = util::now_ms();
        tasks::materialize(tx, now)?;
        let task =
            tasks::load(tx, AUDIT, task_id)?.ok_or_else(|| tasks::not_found(AUDIT, task_id))?;
        let stats = tasks::audit_statistics(tx, task.seq, &mapping_checks(&task.spec))?;
        let mut out = Map::new();
        out.insert("taskStatus".into(), Value::from(task.status.clone()));
        out.insert("startTime".into(), util::ms_to_json(task.start_ms));
        if let Some(end) = task.end_ms {
            out.insert("endTime".into(), util::ms_to_json(end));
        }
        out.insert("taskStatistics".into(), stats);
        out.insert(
            "target".into(),
            task.spec.get("target").cloned().unwrap_or(json!({})),
        );
        out.insert(
            "auditCheckToActionsMapping".into(),
            task.spec
                .get("auditCheckToActionsMapping")
                .cloned()
                .unwrap_or(json!({})),
        );
        out.insert("actionsDefinition".into(), task.actions_def.clone());
        Ok(Value::Object(out).into())
    })
}

/// ListAuditMitigationActionsTasks: newest first, started within
/// [startTime, endTime], optionally for one audit, one finding or one status.
pub fn list_tasks(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let audit_task_id = input.text("auditTaskId");
    let finding_id = input.text("findingId");
    let status = input.text("taskStatus");
    let (start, end) = (input.time("startTime"), input.time("endTime"));
    validate::ordered(start, end, "startTime must not be later than endTime.")?;
    let (Some(start), Some(end)) = (start, end) else {
        return Err(ApiError::invalid("startTime and endTime are required."));
    };
    let listing = Listing::new(ctx, input)?;
    let page = store::write(conn, |tx| {
        tasks::materialize(tx, util::now_ms())?;
        let mut stmt = tx.prepare_cached(
            "SELECT t.seq, t.task_id, t.start_ms, t.status FROM tasks t
             WHERE t.kind = 'audit' AND t.start_ms >= ?1 AND t.start_ms <= ?2 AND t.seq < ?3
               AND (?4 IS NULL OR t.status = ?4)
               AND (?5 IS NULL OR EXISTS (SELECT 1 FROM task_items i WHERE i.task_seq = t.seq AND i.item_id = ?5))
               AND (?6 IS NULL OR json_extract(t.spec, '$.target.auditTaskId') = ?6
                    OR EXISTS (SELECT 1 FROM task_items i WHERE i.task_seq = t.seq AND i.audit_task_id = ?6))
             ORDER BY t.seq DESC LIMIT ?7",
        )?;
        let rows = stmt.query(params![
            start,
            end,
            listing.after(i64::MAX),
            status,
            finding_id,
            audit_task_id,
            (listing.max + 1) as i64
        ])?;
        listing.fill(rows, 96, |page, pos, r| {
            page.offer(
                pos,
                &TaskMetadata {
                    task_id: store::text(r, 1)?,
                    start_time: util::Timestamp(r.get(2)?),
                    task_status: store::text(r, 3)?,
                },
            )
        })
    })?;
    listing.finish(page)
}

/// One item of a ListAuditMitigationActionsTasks page, borrowed from its row.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct TaskMetadata<'a> {
    task_id: &'a str,
    start_time: util::Timestamp,
    task_status: &'a str,
}

/// One item of a ListAuditMitigationActionsExecutions page, borrowed from its
/// row; the members AWS leaves out when unset are left out.
#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct ExecutionMetadata<'a> {
    task_id: &'a str,
    finding_id: &'a str,
    action_name: &'a str,
    action_id: &'a str,
    status: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_time: Option<util::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end_time: Option<util::Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_code: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<&'a str>,
}

/// ListAuditMitigationActionsExecutions for one task and one finding, in execution order.
pub fn list_executions(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let task_id = input.required("taskId")?;
    let finding_id = input.required("findingId")?;
    let status = input.text("actionStatus");
    let listing = Listing::new(ctx, input)?;
    let page = store::write(conn, |tx| {
        tasks::materialize(tx, util::now_ms())?;
        let mut stmt = tx.prepare_cached(
            "SELECT e.eseq, e.item_id, e.action_name, e.action_id, e.status, e.start_ms, e.end_ms, e.error_code, e.message
             FROM executions e JOIN tasks t ON t.seq = e.task_seq
             WHERE t.kind = 'audit' AND t.task_id = ?1 AND e.item_id = ?2 AND (?3 IS NULL OR e.status = ?3) AND e.eseq > ?4
             ORDER BY e.eseq LIMIT ?5",
        )?;
        let rows = stmt.query(params![
            task_id,
            finding_id,
            status,
            listing.after(0),
            (listing.max + 1) as i64
        ])?;
        listing.fill(rows, 256, |page, pos, r| {
            page.offer(
                pos,
                &ExecutionMetadata {
                    task_id,
                    finding_id: store::text(r, 1)?,
                    action_name: store::text(r, 2)?,
                    action_id: store::text(r, 3)?,
                    status: store::text(r, 4)?,
                    start_time: r.get::<_, Option<i64>>(5)?.map(util::Timestamp),
                    end_time: r.get::<_, Option<i64>>(6)?.map(util::Timestamp),
                    error_code: store::optional_text(r, 7)?,
                    message: store::optional_text(r, 8)?,
                },
            )
        })
    })?;
    listing.finish(page)
}
