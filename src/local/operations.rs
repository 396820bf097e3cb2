//! The operations the endpoint serves: one table from an operation of the model to the function
//! that runs it on the store. Everything else about an operation (its route, how its input is
//! decoded, its constraints, how it pages) comes from the model; an operation of the model
//! without a function here answers `UnknownOperationException`, as a request that names no
//! operation does.

use rusqlite::Connection;
use serde_json::Value;

use super::binding::{self, Matched, Parts};
use super::error::ApiError;
use super::input::Input;
use super::{actions, audit, detect, ondemand, suppressions, violations, Ctx};
use crate::model::Operation;

/// What an operation answers: a JSON value, or a list page already written as JSON text.
pub enum Reply {
    Value(Value),
    Page(Vec<u8>),
}

impl From<Value> for Reply {
    fn from(v: Value) -> Reply {
        Reply::Value(v)
    }
}

impl From<Vec<u8>> for Reply {
    fn from(page: Vec<u8>) -> Reply {
        Reply::Page(page)
    }
}

/// Runs one operation on the store, given its checked input.
pub type Handler = fn(&mut Connection, &Ctx, &Input) -> Result<Reply, ApiError>;

/// The operations served, by their names in the model.
const HANDLERS: &[(&str, Handler)] = &[
    ("CreateMitigationAction", actions::create),
    ("UpdateMitigationAction", actions::update),
    ("DescribeMitigationAction", actions::describe),
    ("DeleteMitigationAction", actions::delete),
    ("ListMitigationActions", actions::list),
    ("StartAuditMitigationActionsTask", audit::start),
    ("CancelAuditMitigationActionsTask", audit::cancel),
    ("DescribeAuditMitigationActionsTask", audit::describe),
    ("ListAuditMitigationActionsTasks", audit::list_tasks),
    (
        "ListAuditMitigationActionsExecutions",
        audit::list_executions,
    ),
    ("StartDetectMitigationActionsTask", detect::start),
    ("CancelDetectMitigationActionsTask", detect::cancel),
    ("DescribeDetectMitigationActionsTask", detect::describe),
    ("ListDetectMitigationActionsTasks", detect::list_tasks),
    (
        "ListDetectMitigationActionsExecutions",
        detect::list_executions,
    ),
    (
        "DescribeAccountAuditConfiguration",
        ondemand::describe_configuration,
    ),
    (
        "UpdateAccountAuditConfiguration",
        ondemand::update_configuration,
    ),
    (
        "DeleteAccountAuditConfiguration",
        ondemand::delete_configuration,
    ),
    ("StartOnDemandAuditTask", ondemand::start),
    ("DescribeAuditTask", ondemand::describe),
    ("ListAuditTasks", ondemand::list_tasks),
    ("CancelAuditTask", ondemand::cancel),
    ("ListAuditFindings", ondemand::list_findings),
    ("DescribeAuditFinding", ondemand::describe_finding),
    ("CreateAuditSuppression", suppressions::create),
    ("DescribeAuditSuppression", suppressions::describe),
    ("ListAuditSuppressions", suppressions::list),
    ("UpdateAuditSuppression", suppressions::update),
    ("DeleteAuditSuppression", suppressions::delete),
    ("ListActiveViolations", violations::list_active),
    ("ListViolationEvents", violations::list_events),
];

/// The function that runs `op`, or the `UnknownOperationException` of an operation this
/// endpoint does not serve.
pub fn handler(op: &Operation) -> Result<Handler, ApiError> {
    HANDLERS
        .iter()
        .find(|(name, _)| *name == op.name)
        .map(|(_, h)| *h)
        .ok_or_else(|| {
            ApiError::new(
                404,
                "UnknownOperationException",
                format!(
                    "The operation {} is not available on this endpoint.",
                    op.name
                ),
            )
        })
}

/// The checked input of the operation a request was routed to.
pub fn input(matched: &Matched, parts: &Parts<'_>) -> Result<Input, ApiError> {
    let (doc, unreadable) = binding::decode(matched.op, parts)?;
    Input::checked(matched.op, doc, &unreadable)
}

/// Runs an operation and returns its reply as JSON text.
pub fn run(
    conn: &mut Connection,
    ctx: &Ctx,
    handler: Handler,
    input: &Input,
) -> Result<Vec<u8>, ApiError> {
    match handler(conn, ctx, input)? {
        Reply::Value(v) => Ok(serde_json::to_vec(&v)?),
        Reply::Page(page) => Ok(page),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model;

    #[test]
    fn every_handler_runs_an_operation_of_the_model() {
        let m = model::get();
        for (name, _) in HANDLERS {
            let op = m.operations.get(name);
            assert!(op.is_some(), "{name}");
            // A list operation pages as its paginator says.
            if name.starts_with("List") {
                assert!(op.and_then(|op| m.paginator(op)).is_some(), "{name}");
            }
        }
        let served = m
            .operations
            .values()
            .filter(|op| handler(op).is_ok())
            .count();
        assert_eq!(served, HANDLERS.len());
        let unserved = &m.operations["CreateScheduledAudit"];
        assert_eq!(handler(unserved).err().map(|e| e.status), Some(404));
    }
}
