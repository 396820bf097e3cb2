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
use super::ondemand;
use super::store;
use super::suppressions;
use super::tasks::{self, NewExecution, NewItem, AUDIT};
use super::util;
use super::validate::{self, Checker, Query};
use super::Ctx;

/// The message of an execution skipped because its finding is suppressed.
pub const SUPPRESSED_SKIP: &str =
    "The finding is suppressed: mitigation actions are not applied to suppressed findings.";
pub use crate::audit_checks::{supported_types, AUDIT_CHECKS};

fn unknown_check(check: &str) -> String {
    format!(
        "'{check}' is not an audit check name. Known checks: {}.",
        AUDIT_CHECKS
            .iter()
            .map(|(c, _)| *c)
            .collect::<Vec<_>>()
            .join(", ")
    )
}

pub(super) fn body_obj(body: &Value) -> Result<&Map<String, Value>, ApiError> {
    body.as_object()
        .ok_or_else(|| ApiError::invalid("The request body must be a JSON object."))
}

/// A map member whose values are lists of strings, kept in the order given.
#[allow(clippy::too_many_arguments)]
pub(super) fn string_list_map(
    c: &mut Checker,
    obj: &Map<String, Value>,
    key: &str,
    path: &str,
    min: usize,
    max: usize,
    item: validate::StrRule,
    required: bool,
) -> Option<Vec<(String, Vec<String>)>> {
    let m = c.object(obj, key, path, required)?;
    let mut out = Vec::new();
    let mut ok = true;
    for (k, v) in m {
        let entry_path = format!("{path}.{k}");
        match v {
            Value::Array(items) => match c.strings_of(&entry_path, v, items, min, max, item) {
                Some(list) => out.push((k.clone(), list)),
                None => ok = false,
            },
            other => {
                c.constraint(&entry_path, other, "Member must be a list");
                ok = false;
            }
        }
    }
    ok.then_some(out)
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
pub fn start(
    conn: &mut rusqlite::Connection,
    ctx: &Ctx,
    task_id: &str,
    body: &Value,
) -> Result<Value, ApiError> {
    let obj = body_obj(body)?;
    let mut c = Checker::new();
    c.check_str("taskId", task_id, validate::TASK_ID);
    let target = c.object(obj, "target", "target", true);
    let audit_task_id = target.and_then(|t| {
        c.string(
            t,
            "auditTaskId",
            "target.auditTaskId",
            validate::AUDIT_TASK_ID,
            false,
        )
    });
    let finding_ids = target.and_then(|t| {
        c.string_list(
            t,
            "findingIds",
            "target.findingIds",
            1,
            25,
            validate::FINDING_ID,
            false,
        )
    });
    let reason_filter = target.and_then(|t| {
        string_list_map(
            &mut c,
            t,
            "auditCheckToReasonCodeFilter",
            "target.auditCheckToReasonCodeFilter",
            1,
            25,
            validate::ANY_STRING,
            false,
        )
    });
    let mapping = string_list_map(
        &mut c,
        obj,
        "auditCheckToActionsMapping",
        "auditCheckToActionsMapping",
        1,
        5,
        validate::ACTION_NAME,
        true,
    );
    let token = c.string(
        obj,
        "clientRequestToken",
        "clientRequestToken",
        validate::CLIENT_TOKEN,
        true,
    );
    if let Some(t) = target {
        let has_ids = t.get("findingIds").is_some_and(|v| !v.is_null());
        let has_audit = t.get("auditTaskId").is_some_and(|v| !v.is_null());
        let has_filter = t
            .get("auditCheckToReasonCodeFilter")
            .is_some_and(|v| !v.is_null());
        match (has_audit, has_ids) {
            (true, true) => {
                c.custom("The target must name either an auditTaskId or findingIds, not both.")
            }
            (false, false) => {
                c.custom("The target must name an auditTaskId or a list of findingIds.")
            }
            _ => {}
        }
        if has_filter && !has_audit {
            c.custom("target.auditCheckToReasonCodeFilter can only be used together with target.auditTaskId.");
        }
    }
    if let Some(m) = &mapping {
        if m.is_empty() {
            c.custom("auditCheckToActionsMapping must map at least one audit check to mitigation actions.");
        }
        for (check, _) in m {
            if supported_types(check).is_none() {
                c.custom(unknown_check(check));
            }
        }
    }
    if let Some(f) = &reason_filter {
        for (check, _) in f {
            if supported_types(check).is_none() {
                c.custom(unknown_check(check));
            }
        }
    }
    c.finish()?;
    let (Some(_), Some(mapping), Some(token)) = (target, mapping, token) else {
        return Err(ApiError::invalid(
            "target, auditCheckToActionsMapping and clientRequestToken are required.",
        ));
    };

    store::write(conn, |tx| {
        let now = util::now_ms();
        tasks::materialize(tx, now)?;
        if tasks::check_idempotency(tx, AUDIT, task_id, &token)? {
            return Ok(json!({ "taskId": task_id }));
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
        Ok(json!({ "taskId": task_id }))
    })
}

/// CancelAuditMitigationActionsTask.
pub fn cancel(conn: &mut Connection, _ctx: &Ctx, task_id: &str) -> Result<Value, ApiError> {
    let mut c = Checker::new();
    c.check_str("taskId", task_id, validate::TASK_ID);
    c.finish()?;
    store::write(conn, |tx| {
        let now = util::now_ms();
        tasks::materialize(tx, now)?;
        tasks::cancel(tx, AUDIT, task_id, now)?;
        Ok(json!({}))
    })
}

fn mapping_checks(spec: &Value) -> Vec<String> {
    spec.get("auditCheckToActionsMapping")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default()
}

/// DescribeAuditMitigationActionsTask.
pub fn describe(conn: &mut Connection, _ctx: &Ctx, task_id: &str) -> Result<Value, ApiError> {
    let mut c = Checker::new();
    c.check_str("taskId", task_id, validate::TASK_ID);
    c.finish()?;
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
        Ok(Value::Object(out))
    })
}

/// ListAuditMitigationActionsTasks: newest first, started within
/// [startTime, endTime], optionally for one audit, one finding or one status.
pub fn list_tasks(
    conn: &mut Connection,
    ctx: &Ctx,
    query: &[(String, String)],
) -> Result<Vec<u8>, ApiError> {
    let q = Query::new(query);
    let mut c = Checker::new();
    let audit_task_id = q.string(&mut c, "auditTaskId", validate::AUDIT_TASK_ID, false);
    let finding_id = q.string(&mut c, "findingId", validate::FINDING_ID, false);
    let status = q.string(
        &mut c,
        "taskStatus",
        validate::enum_rule(validate::AUDIT_TASK_STATUSES),
        false,
    );
    let max = q.max_results(&mut c);
    let start = q.timestamp(&mut c, "startTime", true);
    let end = q.timestamp(&mut c, "endTime", true);
    if let (Some(s), Some(e)) = (start, end) {
        if s > e {
            c.custom("startTime must not be later than endTime.");
        }
    }
    c.finish()?;
    let (Some(start), Some(end)) = (start, end) else {
        return Err(ApiError::invalid("startTime and endTime are required."));
    };
    let filters = format!(
        "{}|{}|{}|{start}|{end}",
        audit_task_id.as_deref().unwrap_or(""),
        finding_id.as_deref().unwrap_or(""),
        status.as_deref().unwrap_or("")
    );
    let before = match q.next_token() {
        Some(t) => {
            util::decode_page_token(&ctx.secret, "ListAuditMitigationActionsTasks", &filters, t)?
        }
        None => i64::MAX,
    };
    let (page, resume) = store::write(conn, |tx| {
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
            before,
            status,
            finding_id,
            audit_task_id,
            (max + 1) as i64
        ])?;
        let mut page = util::PageWriter::new("tasks", 64 + max * 96)?;
        let resume = store::fill_page(&mut page, rows, max, |page, r| {
            page.push(&TaskMetadata {
                task_id: store::text(r, 1)?,
                start_time: util::Timestamp(r.get(2)?),
                task_status: store::text(r, 3)?,
            })
        })?;
        Ok((page, resume))
    })?;
    let token = resume.map(|after| {
        util::encode_page_token(
            &ctx.secret,
            "ListAuditMitigationActionsTasks",
            &filters,
            after,
        )
    });
    page.finish(token.as_deref())
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
pub fn list_executions(
    conn: &mut Connection,
    ctx: &Ctx,
    query: &[(String, String)],
) -> Result<Vec<u8>, ApiError> {
    let q = Query::new(query);
    let mut c = Checker::new();
    let task_id = q.string(&mut c, "taskId", validate::TASK_ID, true);
    let finding_id = q.string(&mut c, "findingId", validate::FINDING_ID, true);
    let status = q.string(
        &mut c,
        "actionStatus",
        validate::enum_rule(validate::AUDIT_EXECUTION_STATUSES),
        false,
    );
    let max = q.max_results(&mut c);
    c.finish()?;
    let (Some(task_id), Some(finding_id)) = (task_id, finding_id) else {
        return Err(ApiError::invalid("taskId and findingId are required."));
    };
    let filters = format!("{task_id}|{finding_id}|{}", status.as_deref().unwrap_or(""));
    let after = match q.next_token() {
        Some(t) => util::decode_page_token(
            &ctx.secret,
            "ListAuditMitigationActionsExecutions",
            &filters,
            t,
        )?,
        None => 0,
    };
    let (page, resume) = store::write(conn, |tx| {
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
            after,
            (max + 1) as i64
        ])?;
        let mut page = util::PageWriter::new("actionsExecutions", 64 + max * 256)?;
        let resume = store::fill_page(&mut page, rows, max, |page, r| {
            page.push(&ExecutionMetadata {
                task_id: &task_id,
                finding_id: store::text(r, 1)?,
                action_name: store::text(r, 2)?,
                action_id: store::text(r, 3)?,
                status: store::text(r, 4)?,
                start_time: r.get::<_, Option<i64>>(5)?.map(util::Timestamp),
                end_time: r.get::<_, Option<i64>>(6)?.map(util::Timestamp),
                error_code: store::optional_text(r, 7)?,
                message: store::optional_text(r, 8)?,
            })
        })?;
        Ok((page, resume))
    })?;
    let token = resume.map(|after| {
        util::encode_page_token(
            &ctx.secret,
            "ListAuditMitigationActionsExecutions",
            &filters,
            after,
        )
    });
    page.finish(token.as_deref())
}
