//! How mitigation actions tasks run, for both audit and detect tasks.
//!
//! Progress is derived from time, so a task advances even when no server
//! process stays alive between two commands. A task stores its start time, the
//! time each execution takes (`exec_ms`) and its ordered executions; every
//! operation that reads tasks first calls [`materialize`], which replays, in
//! time order and across all tasks in progress, each execution whose end time
//! has passed:
//!
//! - the executions of one task run in waves of up to [`CONCURRENT_EXECUTIONS`], each wave
//!   taking `exec_ms`: a wave takes the executions next in order, at most one per finding (or
//!   violation), so that the actions for one finding still run one after another, in order,
//!   while different findings are mitigated at once (the service runs a task's executions
//!   concurrently and documents no degree; 1,000 at a time lets a task over 10,000 findings
//!   end in ten waves);
//! - when an execution ends, its outcome is decided against the state of the
//!   resources at that moment, and its effect is applied (a deactivated
//!   certificate becomes `INACTIVE`, a thing joins the thing groups);
//! - once an action failed for a finding (or violation), the later actions of
//!   that task for the same finding are `SKIPPED`, taking no time;
//! - the execution under way is `IN_PROGRESS`, the later ones `PENDING`;
//! - when none is left the task ends: `FAILED` if any execution failed, else
//!   `COMPLETED` (audit) or `SUCCESSFUL` (detect).
//!
//! Cancelling freezes the clock: the unfinished executions become `CANCELED`
//! (audit) or `SKIPPED` (detect) and the task `CANCELED`.
//!
//! Effects: `UPDATE_DEVICE_CERTIFICATE` / `UPDATE_CA_CERTIFICATE` make the certificate
//! `INACTIVE`; `ADD_THINGS_TO_THING_GROUP` adds the things to the groups;
//! `REPLACE_DEFAULT_POLICY_VERSION` gives the policy a new default version, the blank
//! policy; `ENABLE_IOT_LOGGING` sets the account's logging options (both the options of
//! SetLoggingOptions and those of SetV2LoggingOptions); `PUBLISH_FINDING_TO_SNS` records the
//! message it would publish, which `iotmit local published` shows.
//!
//! An execution planned for a suppressed finding is `SKIPPED` from the start, with the
//! reason as its message, and takes no time.
//!
//! Failure rules (error code `INVALID_STATE_OF_RESOURCE`): deactivating a
//! certificate that is not `ACTIVE` (already `REVOKED` or `INACTIVE`), adding
//! a thing to groups when that would put it in more than 10 thing groups, its
//! dynamic groups included (unless `overrideDynamicGroups` lets it leave enough
//! dynamic groups), adding things to a dynamic group, or replacing the default
//! version of a policy that does not exist or already has 5 versions.

use std::collections::{HashMap, HashSet, VecDeque};

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde_json::{json, Map, Value};

use super::actions::ActionRow;
use super::error::ApiError;

pub const AUDIT: &str = "audit";
pub const DETECT: &str = "detect";

/// How many tasks of one kind may be in progress at once.
pub const MAX_IN_PROGRESS: i64 = 10;

/// How many executions of one task run at once.
pub const CONCURRENT_EXECUTIONS: usize = 1000;

/// How many thing groups a thing may belong to.
pub const MAX_THING_GROUPS: usize = 10;

const INVALID_STATE: &str = "INVALID_STATE_OF_RESOURCE";

/// A finding or violation targeted by a new task.
pub struct NewItem {
    pub item_id: String,
    pub check_name: Option<String>,
    pub audit_task_id: Option<String>,
    /// `false` for a finding left out by the task's reason-code filter.
    pub included: bool,
}

/// One planned execution of a new task: an action applied to a finding or violation.
pub struct NewExecution<'a> {
    pub item_id: String,
    pub thing_name: Option<String>,
    pub resource_type: Option<String>,
    pub resource_id: Option<String>,
    pub action: &'a ActionRow,
    /// Why the execution is skipped from the start (a suppressed finding), if it is.
    pub skip: Option<String>,
}

/// A stored task.
pub struct TaskRow {
    pub seq: i64,
    pub task_id: String,
    pub status: String,
    pub start_ms: i64,
    pub end_ms: Option<i64>,
    pub spec: Value,
    pub actions_def: Value,
}

fn done_status(kind: &str) -> &'static str {
    if kind == AUDIT {
        "COMPLETED"
    } else {
        "SUCCESSFUL"
    }
}

pub fn kind_label(kind: &str) -> &'static str {
    if kind == AUDIT {
        "Audit"
    } else {
        "Detect"
    }
}

/// Idempotent starts: `Ok(true)` when this task already exists with this
/// client request token (the caller answers with the task id again);
/// `TaskAlreadyExistsException` when the id is taken with another token or the
/// token was used for another task; `Ok(false)` when the task is new.
pub fn check_idempotency(
    conn: &Connection,
    kind: &str,
    task_id: &str,
    token: &str,
) -> Result<bool, ApiError> {
    let existing: Option<String> = conn
        .query_row(
            "SELECT client_token FROM tasks WHERE kind = ?1 AND task_id = ?2",
            params![kind, task_id],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(existing) = existing {
        if existing == token {
            return Ok(true);
        }
        return Err(ApiError::task_exists(format!(
            "{} mitigation actions task with the id '{task_id}' already exists (it was started with another clientRequestToken).",
            if kind == AUDIT { "An audit" } else { "A detect" }
        )));
    }
    let other: Option<String> = conn
        .query_row(
            "SELECT task_id FROM tasks WHERE kind = ?1 AND client_token = ?2",
            params![kind, token],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(other) = other {
        return Err(ApiError::task_exists(format!(
            "The clientRequestToken '{token}' was already used to start the task '{other}'; each task needs its own token."
        )));
    }
    Ok(false)
}

/// `LimitExceededException` when `MAX_IN_PROGRESS` tasks of this kind are in progress.
pub fn check_limit(conn: &Connection, kind: &str) -> Result<(), ApiError> {
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM tasks WHERE kind = ?1 AND status = 'IN_PROGRESS'",
        params![kind],
        |r| r.get(0),
    )?;
    if n >= MAX_IN_PROGRESS {
        return Err(ApiError::limit(format!(
            "{n} {} mitigation actions tasks are already in progress; at most {MAX_IN_PROGRESS} may run at once. Wait for one to finish or cancel one.",
            kind_label(kind).to_lowercase()
        )));
    }
    Ok(())
}

/// Stores a new task with its items and planned executions; a task with
/// nothing to execute ends at once.
#[allow(clippy::too_many_arguments)]
pub fn insert(
    tx: &Transaction<'_>,
    kind: &str,
    task_id: &str,
    token: &str,
    spec: &Value,
    actions_def: &Value,
    items: &[NewItem],
    executions: &[NewExecution<'_>],
    exec_ms: i64,
    now: i64,
) -> Result<i64, ApiError> {
    // At most ten years per execution, so that clock arithmetic cannot overflow.
    let exec_ms = exec_ms.clamp(0, 315_360_000_000);
    let (status, end) = if executions.iter().all(|e| e.skip.is_some()) {
        (done_status(kind), Some(now))
    } else {
        ("IN_PROGRESS", None)
    };
    tx.execute(
        "INSERT INTO tasks(kind, task_id, client_token, status, start_ms, end_ms, clock_ms, exec_ms, spec, actions_def)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?5, ?7, ?8, ?9)",
        params![
            kind,
            task_id,
            token,
            status,
            now,
            end,
            exec_ms,
            spec.to_string(),
            actions_def.to_string()
        ],
    )?;
    let seq = tx.last_insert_rowid();
    let mut stmt = tx.prepare(
        "INSERT OR IGNORE INTO task_items(task_seq, item_id, check_name, audit_task_id, included) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for it in items {
        stmt.execute(params![
            seq,
            it.item_id,
            it.check_name,
            it.audit_task_id,
            it.included
        ])?;
    }
    let mut stmt = tx.prepare(
        "INSERT INTO executions(task_seq, ord, item_id, thing_name, resource_type, resource_id,
                                action_name, action_id, action_type, action_params, status,
                                start_ms, end_ms, message)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,
                 CASE WHEN ?11 IS NULL THEN 'PENDING' ELSE 'SKIPPED' END,
                 CASE WHEN ?11 IS NULL THEN NULL ELSE ?12 END,
                 CASE WHEN ?11 IS NULL THEN NULL ELSE ?12 END, ?11)",
    )?;
    for (ord, e) in executions.iter().enumerate() {
        stmt.execute(params![
            seq,
            ord as i64,
            e.item_id,
            e.thing_name,
            e.resource_type,
            e.resource_id,
            e.action.name,
            e.action.id,
            e.action.action_type,
            e.action.params.to_string(),
            e.skip,
            now
        ])?;
    }
    Ok(seq)
}

/// The stored task of that kind and id.
pub fn load(conn: &Connection, kind: &str, task_id: &str) -> Result<Option<TaskRow>, ApiError> {
    let row = conn
        .query_row(
            "SELECT seq, task_id, status, start_ms, end_ms, spec, actions_def FROM tasks WHERE kind = ?1 AND task_id = ?2",
            params![kind, task_id],
            |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    r.get::<_, i64>(3)?,
                    r.get::<_, Option<i64>>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ))
            },
        )
        .optional()?;
    match row {
        None => Ok(None),
        Some((seq, task_id, status, start_ms, end_ms, spec, defs)) => Ok(Some(TaskRow {
            seq,
            task_id,
            status,
            start_ms,
            end_ms,
            spec: serde_json::from_str(&spec)?,
            actions_def: serde_json::from_str(&defs)?,
        })),
    }
}

pub fn not_found(kind: &str, task_id: &str) -> ApiError {
    ApiError::not_found(format!(
        "{} mitigation actions task '{task_id}' does not exist.",
        kind_label(kind)
    ))
}

struct OpenExec {
    eseq: i64,
    item_id: String,
    thing_name: Option<String>,
    resource_type: Option<String>,
    resource_id: Option<String>,
    action_type: String,
    params: Value,
    status: String,
    start_ms: Option<i64>,
}

struct OpenTask {
    seq: i64,
    kind: String,
    clock: i64,
    exec_ms: i64,
    queue: VecDeque<OpenExec>,
    failed_items: HashSet<String>,
}

impl OpenTask {
    /// The positions in the queue of the executions of the next wave: from the front, at most
    /// one per item, none of an item that failed, up to [`CONCURRENT_EXECUTIONS`].
    fn wave(&self) -> Vec<usize> {
        let mut items = HashSet::new();
        let mut out = Vec::new();
        for (i, e) in self.queue.iter().enumerate() {
            if out.len() == CONCURRENT_EXECUTIONS || i >= 4 * CONCURRENT_EXECUTIONS {
                break;
            }
            if self.failed_items.contains(&e.item_id) {
                continue;
            }
            if items.insert(e.item_id.as_str()) {
                out.push(i);
            }
        }
        out
    }

    /// Takes the executions at `positions` (ascending) out of the queue, in order.
    fn take(&mut self, positions: &[usize]) -> Vec<OpenExec> {
        let mut taken = Vec::with_capacity(positions.len());
        let mut rest = VecDeque::with_capacity(self.queue.len());
        let mut next = positions.iter().peekable();
        for (i, e) in std::mem::take(&mut self.queue).into_iter().enumerate() {
            if next.peek() == Some(&&i) {
                next.next();
                taken.push(e);
            } else {
                rest.push_back(e);
            }
        }
        self.queue = rest;
        taken
    }

    /// When the next execution ends, and whether it is skipped.
    fn next_event(&self) -> Option<(i64, bool)> {
        let head = self.queue.front()?;
        if self.failed_items.contains(&head.item_id) {
            Some((self.clock, true))
        } else {
            Some((self.clock + self.exec_ms, false))
        }
    }
}

/// Brings every task in progress up to `now` (see the module documentation).
pub fn materialize(tx: &Transaction<'_>, now: i64) -> Result<(), ApiError> {
    let mut open: Vec<OpenTask> = {
        let mut stmt = tx.prepare(
            "SELECT seq, kind, clock_ms, exec_ms FROM tasks WHERE status = 'IN_PROGRESS' ORDER BY seq",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(OpenTask {
                    seq: r.get(0)?,
                    kind: r.get(1)?,
                    clock: r.get(2)?,
                    exec_ms: r.get::<_, i64>(3)?.max(0),
                    queue: VecDeque::new(),
                    failed_items: HashSet::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        rows
    };
    if open.is_empty() {
        return Ok(());
    }
    for t in open.iter_mut() {
        let mut stmt = tx.prepare(
            "SELECT eseq, item_id, thing_name, resource_type, resource_id, action_type, action_params, status, start_ms
             FROM executions WHERE task_seq = ?1 AND status IN ('PENDING', 'IN_PROGRESS') ORDER BY ord",
        )?;
        let rows = stmt
            .query_map(params![t.seq], |r| {
                Ok((
                    OpenExec {
                        eseq: r.get(0)?,
                        item_id: r.get(1)?,
                        thing_name: r.get(2)?,
                        resource_type: r.get(3)?,
                        resource_id: r.get(4)?,
                        action_type: r.get(5)?,
                        params: Value::Null,
                        status: r.get(7)?,
                        start_ms: r.get(8)?,
                    },
                    r.get::<_, String>(6)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (mut e, p) in rows {
            e.params = serde_json::from_str(&p)?;
            t.queue.push_back(e);
        }
        let mut stmt = tx.prepare(
            "SELECT DISTINCT item_id FROM executions WHERE task_seq = ?1 AND status = 'FAILED'",
        )?;
        t.failed_items = stmt
            .query_map(params![t.seq], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<HashSet<_>>>()?;
    }

    loop {
        let mut best: Option<(i64, usize, bool)> = None;
        for (i, t) in open.iter().enumerate() {
            if let Some((at, skip)) = t.next_event() {
                if at <= now && best.is_none_or(|(b, _, _)| at < b) {
                    best = Some((at, i, skip));
                }
            }
        }
        let Some((at, i, skip)) = best else { break };
        let t = &mut open[i];
        if skip {
            let Some(e) = t.queue.pop_front() else { break };
            tx.execute(
                "UPDATE executions SET status = 'SKIPPED', start_ms = ?1, end_ms = ?1, error_code = NULL, message = NULL WHERE eseq = ?2",
                params![t.clock, e.eseq],
            )?;
        } else {
            let positions = t.wave();
            if positions.is_empty() {
                break;
            }
            for e in t.take(&positions) {
                let outcome = apply(tx, &e, at)?;
                let (status, code, message) = match outcome {
                    Ok(()) => (done_status(&t.kind), None, None),
                    Err((code, message)) => {
                        t.failed_items.insert(e.item_id.clone());
                        ("FAILED", Some(code), Some(message))
                    }
                };
                tx.execute(
                    "UPDATE executions SET status = ?1, start_ms = ?2, end_ms = ?3, error_code = ?4, message = ?5 WHERE eseq = ?6",
                    params![status, t.clock, at, code, message, e.eseq],
                )?;
            }
            t.clock = at;
        }
        if t.queue.is_empty() {
            let failed: i64 = tx.query_row(
                "SELECT COUNT(*) FROM executions WHERE task_seq = ?1 AND status = 'FAILED'",
                params![t.seq],
                |r| r.get(0),
            )?;
            let status = if failed > 0 {
                "FAILED"
            } else {
                done_status(&t.kind)
            };
            tx.execute(
                "UPDATE tasks SET status = ?1, end_ms = ?2, clock_ms = ?2 WHERE seq = ?3",
                params![status, t.clock, t.seq],
            )?;
        }
    }

    for t in &open {
        if t.queue.is_empty() {
            continue;
        }
        for i in t.wave() {
            let e = &t.queue[i];
            if e.status != "IN_PROGRESS" || e.start_ms != Some(t.clock) {
                tx.execute(
                    "UPDATE executions SET status = 'IN_PROGRESS', start_ms = ?1 WHERE eseq = ?2",
                    params![t.clock, e.eseq],
                )?;
            }
        }
        tx.execute(
            "UPDATE tasks SET clock_ms = ?1 WHERE seq = ?2",
            params![t.clock, t.seq],
        )?;
    }
    Ok(())
}

type Outcome = Result<(), (String, String)>;

fn invalid_state(message: String) -> Outcome {
    Err((INVALID_STATE.to_string(), message))
}

/// Decides the outcome of one execution against the current resources and
/// applies its effect.
fn apply(tx: &Transaction<'_>, e: &OpenExec, at: i64) -> Result<Outcome, ApiError> {
    match e.action_type.as_str() {
        "UPDATE_DEVICE_CERTIFICATE" => {
            deactivate(tx, e, "DEVICE_CERTIFICATE", "device certificate")
        }
        "UPDATE_CA_CERTIFICATE" => deactivate(tx, e, "CA_CERTIFICATE", "CA certificate"),
        "ADD_THINGS_TO_THING_GROUP" => add_to_groups(tx, e),
        "REPLACE_DEFAULT_POLICY_VERSION" => replace_policy(tx, e, at),
        "ENABLE_IOT_LOGGING" => enable_logging(tx, e),
        "PUBLISH_FINDING_TO_SNS" => publish(tx, e, at),
        _ => Ok(Ok(())),
    }
}

/// PUBLISH_FINDING_TO_SNS: the message is kept in `published`, where `iotmit local published`
/// reads it (the endpoint has no SNS to send it to). The message is a JSON document naming
/// the task, the finding or violation and its resource or thing.
fn publish(tx: &Transaction<'_>, e: &OpenExec, at: i64) -> Result<Outcome, ApiError> {
    let topic = e
        .params
        .get("publishFindingToSnsParams")
        .and_then(|p| p.get("topicArn"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let (task_id, kind): (String, String) = tx.query_row(
        "SELECT t.task_id, t.kind FROM executions x JOIN tasks t ON t.seq = x.task_seq WHERE x.eseq = ?1",
        params![e.eseq],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut message = Map::new();
    message.insert("taskId".into(), json!(task_id));
    let item_key = if kind == DETECT {
        "violationId"
    } else {
        "findingId"
    };
    message.insert(item_key.into(), json!(e.item_id));
    if let (Some(t), Some(id)) = (&e.resource_type, &e.resource_id) {
        message.insert("resourceType".into(), json!(t));
        message.insert("resourceId".into(), json!(id));
    }
    if let Some(thing) = &e.thing_name {
        message.insert("thingName".into(), json!(thing));
    }
    tx.execute(
        "INSERT INTO published(topic_arn, message, published_ms) VALUES (?1, ?2, ?3)",
        params![topic, Value::Object(message).to_string(), at],
    )?;
    Ok(Ok(()))
}

/// REPLACE_DEFAULT_POLICY_VERSION: the policy of the finding gets a new default version, the
/// blank policy.
fn replace_policy(tx: &Transaction<'_>, e: &OpenExec, at: i64) -> Result<Outcome, ApiError> {
    let (Some(rtype), Some(rid)) = (&e.resource_type, &e.resource_id) else {
        return Ok(invalid_state(
            "The target of this execution has no policy.".to_string(),
        ));
    };
    if rtype != "IOT_POLICY" {
        return Ok(invalid_state(format!(
            "The resource of finding {} is a {rtype} ({rid}), not an IoT policy.",
            e.item_id
        )));
    }
    Ok(super::world::replace_default_version(tx, rid, at)?
        .map(|_| ())
        .map_err(|m| (INVALID_STATE.to_string(), m)))
}

/// ENABLE_IOT_LOGGING: the account's logging options become the action's role and level.
fn enable_logging(tx: &Transaction<'_>, e: &OpenExec) -> Result<Outcome, ApiError> {
    let p = e.params.get("enableIoTLoggingParams");
    let role = p
        .and_then(|p| p.get("roleArnForLogging"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let level = p
        .and_then(|p| p.get("logLevel"))
        .and_then(Value::as_str)
        .unwrap_or("ERROR");
    // Both option sets, so that GetLoggingOptions and GetV2LoggingOptions both show it on.
    super::world::set_logging(tx, role, level)?;
    super::world::set_logging_v2(tx, role, level)?;
    Ok(Ok(()))
}

fn deactivate(
    tx: &Transaction<'_>,
    e: &OpenExec,
    wanted: &str,
    label: &str,
) -> Result<Outcome, ApiError> {
    let (Some(rtype), Some(rid)) = (&e.resource_type, &e.resource_id) else {
        return Ok(invalid_state(format!(
            "The target of this execution has no {label} to deactivate."
        )));
    };
    if rtype != wanted {
        return Ok(invalid_state(format!(
            "The resource of finding {} is a {rtype} ({rid}), not a {label}.",
            e.item_id
        )));
    }
    let state: Option<Option<String>> = tx
        .query_row(
            "SELECT state FROM resources WHERE resource_type = ?1 AND resource_id = ?2",
            params![rtype, rid],
            |r| r.get(0),
        )
        .optional()?;
    let state = state.flatten().unwrap_or_else(|| "ACTIVE".to_string());
    if state != "ACTIVE" {
        return Ok(invalid_state(format!(
            "The {label} {rid} is {state}; only an ACTIVE certificate can be deactivated."
        )));
    }
    tx.execute(
        "INSERT INTO resources(resource_type, resource_id, state) VALUES (?1, ?2, 'INACTIVE')
         ON CONFLICT(resource_type, resource_id) DO UPDATE SET state = 'INACTIVE'",
        params![rtype, rid],
    )?;
    Ok(Ok(()))
}

fn string_list(text: Option<String>) -> Vec<String> {
    text.and_then(|t| serde_json::from_str::<Vec<String>>(&t).ok())
        .unwrap_or_default()
}

fn add_to_groups(tx: &Transaction<'_>, e: &OpenExec) -> Result<Outcome, ApiError> {
    let groups: Vec<String> = e
        .params
        .get("addThingsToThingGroupParams")
        .and_then(|p| p.get("thingGroupNames"))
        .and_then(|g| g.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let override_dynamic = e
        .params
        .get("addThingsToThingGroupParams")
        .and_then(|p| p.get("overrideDynamicGroups"))
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    let things: Vec<String> = match (&e.thing_name, &e.resource_type, &e.resource_id) {
        (Some(t), _, _) => vec![t.clone()],
        (None, Some(rt), Some(rid)) => {
            let text: Option<String> = tx
                .query_row(
                    "SELECT things FROM resources WHERE resource_type = ?1 AND resource_id = ?2",
                    params![rt, rid],
                    |r| r.get(0),
                )
                .optional()?;
            string_list(text)
        }
        _ => Vec::new(),
    };
    for g in &groups {
        let dynamic: Option<Option<String>> = tx
            .query_row(
                "SELECT query FROM thing_groups WHERE name = ?1",
                params![g],
                |r| r.get(0),
            )
            .optional()?;
        if matches!(dynamic, Some(Some(_))) {
            return Ok(invalid_state(format!(
                "The thing group {g} is a dynamic thing group; things cannot be added to it."
            )));
        }
    }
    // Decide for every thing first, then apply: all or nothing.
    let mut updates: Vec<(String, Vec<String>, Vec<String>)> = Vec::new();
    for thing in &things {
        let row: Option<(String, String)> = tx
            .query_row(
                "SELECT groups, dynamic_groups FROM things WHERE thing_name = ?1",
                params![thing],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let (mut static_groups, mut dynamic_groups) = match row {
            Some((g, d)) => (string_list(Some(g)), string_list(Some(d))),
            None => (Vec::new(), Vec::new()),
        };
        let new: Vec<String> = groups
            .iter()
            .filter(|g| !static_groups.contains(g))
            .cloned()
            .collect();
        if new.is_empty() {
            continue;
        }
        let current = static_groups.len() + dynamic_groups.len();
        let needed = current + new.len();
        if needed > MAX_THING_GROUPS {
            let excess = needed - MAX_THING_GROUPS;
            if override_dynamic && dynamic_groups.len() >= excess {
                dynamic_groups.drain(..excess);
            } else {
                return Ok(invalid_state(format!(
                    "The thing {thing} is already in {current} thing groups; adding it to {} more would exceed the maximum of {MAX_THING_GROUPS}.",
                    new.len()
                )));
            }
        }
        static_groups.extend(new);
        updates.push((thing.clone(), static_groups, dynamic_groups));
    }
    for (thing, g, d) in updates {
        tx.execute(
            "INSERT INTO things(thing_name, groups, dynamic_groups) VALUES (?1, ?2, ?3)
             ON CONFLICT(thing_name) DO UPDATE SET groups = excluded.groups, dynamic_groups = excluded.dynamic_groups",
            params![thing, json!(g).to_string(), json!(d).to_string()],
        )?;
    }
    Ok(Ok(()))
}

/// Cancels a task in progress (after [`materialize`]): unfinished executions
/// become `CANCELED` (audit) or `SKIPPED` (detect) and the task `CANCELED`.
pub fn cancel(tx: &Transaction<'_>, kind: &str, task_id: &str, now: i64) -> Result<(), ApiError> {
    let task = load(tx, kind, task_id)?.ok_or_else(|| not_found(kind, task_id))?;
    if task.status != "IN_PROGRESS" {
        return Err(ApiError::invalid(format!(
            "The {} mitigation actions task '{task_id}' is {}; only a task in progress can be canceled.",
            kind_label(kind).to_lowercase(),
            task.status
        )));
    }
    if kind == AUDIT {
        tx.execute(
            "UPDATE executions SET status = 'CANCELED', end_ms = ?1
             WHERE task_seq = ?2 AND status IN ('PENDING', 'IN_PROGRESS')",
            params![now, task.seq],
        )?;
    } else {
        tx.execute(
            "UPDATE executions SET status = 'SKIPPED', start_ms = COALESCE(start_ms, ?1), end_ms = ?1
             WHERE task_seq = ?2 AND status IN ('PENDING', 'IN_PROGRESS')",
            params![now, task.seq],
        )?;
    }
    tx.execute(
        "UPDATE tasks SET status = 'CANCELED', end_ms = ?1, clock_ms = ?1 WHERE seq = ?2",
        params![now, task.seq],
    )?;
    Ok(())
}

/// `taskStatistics` of an audit task: per audit check of the mapping, how many
/// targeted findings there are, and how many succeeded, failed, were skipped
/// (left out by the reason-code filter) or canceled.
pub fn audit_statistics(conn: &Connection, seq: i64, checks: &[String]) -> Result<Value, ApiError> {
    let mut stmt =
        conn.prepare("SELECT item_id, check_name, included FROM task_items WHERE task_seq = ?1")?;
    let items = stmt
        .query_map(params![seq], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut stmt = conn.prepare("SELECT item_id, status FROM executions WHERE task_seq = ?1")?;
    let mut statuses: HashMap<String, Vec<String>> = HashMap::new();
    for row in stmt.query_map(params![seq], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })? {
        let (item, status) = row?;
        statuses.entry(item).or_default().push(status);
    }
    let mut out = Map::new();
    for check in checks {
        let (mut total, mut failed, mut succeeded, mut skipped, mut canceled) =
            (0i64, 0i64, 0i64, 0i64, 0i64);
        for (item, item_check, included) in &items {
            if item_check.as_deref() != Some(check.as_str()) {
                continue;
            }
            total += 1;
            if !included {
                skipped += 1;
                continue;
            }
            let s = statuses.get(item).map(Vec::as_slice).unwrap_or(&[]);
            if s.iter().any(|x| x == "FAILED") {
                failed += 1;
            } else if s.iter().any(|x| x == "CANCELED") {
                canceled += 1;
            } else if s.iter().all(|x| x == "COMPLETED" || x == "SKIPPED") {
                succeeded += 1;
            }
        }
        out.insert(
            check.clone(),
            json!({
                "totalFindingsCount": total,
                "failedFindingsCount": failed,
                "succeededFindingsCount": succeeded,
                "skippedFindingsCount": skipped,
                "canceledFindingsCount": canceled,
            }),
        );
    }
    Ok(Value::Object(out))
}

/// `taskStatistics` of a detect task.
pub fn detect_statistics(conn: &Connection, seq: i64) -> Result<Value, ApiError> {
    let (ok, skipped, failed): (i64, i64, i64) = conn.query_row(
        "SELECT COALESCE(SUM(status = 'SUCCESSFUL'), 0), COALESCE(SUM(status = 'SKIPPED'), 0), COALESCE(SUM(status = 'FAILED'), 0)
         FROM executions WHERE task_seq = ?1",
        params![seq],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    Ok(json!({
        "actionsExecuted": ok,
        "actionsSkipped": skipped,
        "actionsFailed": failed,
    }))
}
