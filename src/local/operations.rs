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
use super::registry::{account, certs, policies, things};
use super::{actions, audit, detect, ondemand, profiles, scheduled, suppressions, violations, Ctx};
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
    ("CreateScheduledAudit", scheduled::create),
    ("DescribeScheduledAudit", scheduled::describe),
    ("ListScheduledAudits", scheduled::list),
    ("UpdateScheduledAudit", scheduled::update),
    ("DeleteScheduledAudit", scheduled::delete),
    (
        "ListRelatedResourcesForAuditFinding",
        ondemand::list_related,
    ),
    ("CreateDimension", profiles::create_dimension),
    ("DescribeDimension", profiles::describe_dimension),
    ("ListDimensions", profiles::list_dimensions),
    ("UpdateDimension", profiles::update_dimension),
    ("DeleteDimension", profiles::delete_dimension),
    ("CreateCustomMetric", profiles::create_custom),
    ("DescribeCustomMetric", profiles::describe_custom),
    ("ListCustomMetrics", profiles::list_custom),
    ("UpdateCustomMetric", profiles::update_custom),
    ("DeleteCustomMetric", profiles::delete_custom),
    ("CreateSecurityProfile", profiles::create_profile),
    ("DescribeSecurityProfile", profiles::describe_profile),
    ("ListSecurityProfiles", profiles::list_profiles),
    ("UpdateSecurityProfile", profiles::update_profile),
    ("DeleteSecurityProfile", profiles::delete_profile),
    ("ValidateSecurityProfileBehaviors", profiles::validate),
    ("AttachSecurityProfile", profiles::attach),
    ("DetachSecurityProfile", profiles::detach),
    ("ListTargetsForSecurityProfile", profiles::list_targets),
    ("ListSecurityProfilesForTarget", profiles::list_for_target),
    (
        "GetBehaviorModelTrainingSummaries",
        profiles::training_summaries,
    ),
    (
        "PutVerificationStateOnViolation",
        violations::put_verification_state,
    ),
    ("CreateKeysAndCertificate", certs::create_keys),
    ("RegisterCertificate", certs::register),
    ("RegisterCertificateWithoutCA", certs::register_without_ca),
    ("DescribeCertificate", certs::describe),
    ("ListCertificates", certs::list),
    ("ListCertificatesByCA", certs::list_by_ca),
    ("UpdateCertificate", certs::update),
    ("DeleteCertificate", certs::delete),
    ("RegisterCACertificate", certs::register_ca),
    ("DescribeCACertificate", certs::describe_ca),
    ("ListCACertificates", certs::list_ca),
    ("UpdateCACertificate", certs::update_ca),
    ("DeleteCACertificate", certs::delete_ca),
    ("CreateThing", things::create_thing),
    ("DescribeThing", things::describe_thing),
    ("ListThings", things::list_things),
    ("DeleteThing", things::delete_thing),
    ("AttachThingPrincipal", things::attach_principal),
    ("DetachThingPrincipal", things::detach_principal),
    ("ListThingPrincipals", things::list_principals),
    ("ListPrincipalThings", things::list_principal_things),
    ("CreateThingGroup", things::create_group_static),
    ("CreateDynamicThingGroup", things::create_group_dynamic),
    ("DescribeThingGroup", things::describe_group),
    ("ListThingGroups", things::list_groups),
    ("DeleteThingGroup", things::delete_group),
    ("AddThingToThingGroup", things::add_thing),
    ("RemoveThingFromThingGroup", things::remove_thing),
    ("ListThingsInThingGroup", things::list_group_things),
    ("ListThingGroupsForThing", things::list_thing_groups),
    ("CreatePolicy", policies::create),
    ("GetPolicy", policies::get),
    ("ListPolicies", policies::list),
    ("DeletePolicy", policies::delete),
    ("CreatePolicyVersion", policies::create_version),
    ("GetPolicyVersion", policies::get_version),
    ("ListPolicyVersions", policies::list_versions),
    ("SetDefaultPolicyVersion", policies::set_default),
    ("DeletePolicyVersion", policies::delete_version),
    ("AttachPolicy", policies::attach),
    ("DetachPolicy", policies::detach),
    ("ListAttachedPolicies", policies::list_attached),
    ("ListTargetsForPolicy", policies::list_targets),
    ("CreateRoleAlias", account::create_role_alias),
    ("DescribeRoleAlias", account::describe_role_alias),
    ("ListRoleAliases", account::list_role_aliases),
    ("DeleteRoleAlias", account::delete_role_alias),
    ("GetV2LoggingOptions", account::get_v2_logging),
    ("SetV2LoggingOptions", account::set_v2_logging),
    ("GetLoggingOptions", account::get_logging),
    ("SetLoggingOptions", account::set_logging),
    ("TagResource", account::tag),
    ("UntagResource", account::untag),
    ("ListTagsForResource", account::list_tags),
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
            // A list operation pages as its paginator says (ListPolicyVersions answers its at
            // most five versions at once).
            if name.starts_with("List") && *name != "ListPolicyVersions" {
                assert!(op.and_then(|op| m.paginator(op)).is_some(), "{name}");
            }
        }
        let served = m
            .operations
            .values()
            .filter(|op| handler(op).is_ok())
            .count();
        // Every operation of the model is served, each by one handler.
        assert_eq!(served, HANDLERS.len());
        assert_eq!(served, m.operations.len());
    }
}
