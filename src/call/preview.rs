//! What `start-audit-mitigation-actions-task` would do, computed from reads only: the findings
//! its target selects (`ListAuditFindings` or `DescribeAuditFinding`), the type of each mapped
//! action (`DescribeMitigationAction`), and from those the actions each finding would get and
//! what is left out, and why. Nothing that changes state is sent.

use crate::audit_checks::supported_types;
use crate::call::sdk::Client;
use crate::error::{CliError, Result};
use indexmap::IndexMap;
use serde_json::{json, Map, Value};

/// The start command that takes `--preview`.
pub const OPERATION: &str = "StartAuditMitigationActionsTask";
/// The name the preview document is printed under (the title of a table).
pub const TITLE: &str = "PreviewAuditMitigationActionsTask";

/// Why a finding gets no action.
const SUPPRESSED: &str = "SUPPRESSED";
const NOT_FOUND: &str = "FINDING_NOT_FOUND";
const NO_MAPPING: &str = "NO_ACTIONS_FOR_CHECK";
const NONE_APPLICABLE: &str = "NO_APPLICABLE_ACTION";
/// Why a mapped action is left out for a check.
const UNKNOWN_ACTION: &str = "UNKNOWN_ACTION";
const UNSUPPORTED: &str = "ACTION_TYPE_NOT_SUPPORTED_BY_CHECK";

/// Listing pages followed at most (a service that keeps answering tokens cannot hold the
/// preview forever).
const MAX_PAGES: usize = 10_000;

/// A finding the target names: its document, or `None` when the service does not know it.
pub type Selected = (String, Option<Value>);

/// Previews the start request `request` (taskId, target, auditCheckToActionsMapping).
pub async fn preview(client: &Client, request: &Map<String, Value>) -> Result<Value> {
    let target = request.get("target").and_then(Value::as_object);
    let filter = target
        .and_then(|t| t.get("auditCheckToReasonCodeFilter"))
        .and_then(Value::as_object);
    let ids = target
        .and_then(|t| t.get("findingIds"))
        .and_then(Value::as_array)
        .filter(|ids| !ids.is_empty());
    let audit_task = target
        .and_then(|t| t.get("auditTaskId"))
        .and_then(Value::as_str);
    let selected = match (ids, audit_task) {
        (Some(ids), _) => {
            let mut found = Vec::new();
            for id in ids.iter().filter_map(Value::as_str) {
                found.push((id.to_string(), describe_finding(client, id).await?));
            }
            found
        }
        (None, Some(task)) => list_findings(client, task).await?,
        (None, None) => {
            return Err(CliError::param(
                "--target",
                "needs auditTaskId or findingIds to select findings".to_string(),
            ))
        }
    };
    let mut selected = selected;
    mark_suppressed(&mut selected, &suppressions(client).await?);
    let mapping = mapping(request);
    let mut types: IndexMap<String, Option<String>> = IndexMap::new();
    for name in mapping.values().flatten() {
        if !types.contains_key(name) {
            let action_type = describe_action(client, name).await?;
            types.insert(name.clone(), action_type);
        }
    }
    Ok(plan(request, &selected, filter, &types))
}

/// The check → action names mapping of the request, in its order.
fn mapping(request: &Map<String, Value>) -> IndexMap<String, Vec<String>> {
    request
        .get("auditCheckToActionsMapping")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(check, names)| {
            let names = names
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect();
            (check.clone(), names)
        })
        .collect()
}

fn not_found(e: &CliError) -> bool {
    matches!(e, CliError::Service(se) if se.code == "ResourceNotFoundException")
}

async fn describe_finding(client: &Client, id: &str) -> Result<Option<Value>> {
    let mut doc = Map::new();
    doc.insert("findingId".into(), Value::String(id.to_string()));
    match client.call("DescribeAuditFinding", &doc).await {
        Ok(answer) => Ok(answer.get("finding").cloned()),
        Err(e) if not_found(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Every finding of the audit, all pages. `listSuppressedFindings` is left out: given, it lists
/// only the suppressed findings (true) or only the others (false).
async fn list_findings(client: &Client, task: &str) -> Result<Vec<Selected>> {
    let mut found = Vec::new();
    let mut token: Option<String> = None;
    for _ in 0..MAX_PAGES {
        let mut doc = Map::new();
        doc.insert("taskId".into(), Value::String(task.to_string()));
        if let Some(t) = token.take() {
            doc.insert("nextToken".into(), Value::String(t));
        }
        let page = client.call("ListAuditFindings", &doc).await?;
        for f in page["findings"].as_array().into_iter().flatten() {
            let id = f["findingId"].as_str().unwrap_or_default().to_string();
            found.push((id, Some(f.clone())));
        }
        match page["nextToken"].as_str() {
            Some(t) if !t.is_empty() => token = Some(t.to_string()),
            _ => break,
        }
    }
    Ok(found)
}

/// The suppressions in force now, all pages: (check name, resource identifier).
async fn suppressions(client: &Client) -> Result<Vec<(String, Value)>> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs_f64())
        .unwrap_or(0.0);
    let mut found = Vec::new();
    let mut token: Option<String> = None;
    for _ in 0..MAX_PAGES {
        let mut doc = Map::new();
        if let Some(t) = token.take() {
            doc.insert("nextToken".into(), Value::String(t));
        }
        let page = client.call("ListAuditSuppressions", &doc).await?;
        for s in page["suppressions"].as_array().into_iter().flatten() {
            let indefinite = s["suppressIndefinitely"].as_bool() == Some(true);
            let expired = s["expirationDate"].as_f64().is_some_and(|at| at <= now);
            if indefinite || !expired {
                let check = s["checkName"].as_str().unwrap_or_default().to_string();
                found.push((check, s["resourceIdentifier"].clone()));
            }
        }
        match page["nextToken"].as_str() {
            Some(t) if !t.is_empty() => token = Some(t.to_string()),
            _ => break,
        }
    }
    Ok(found)
}

/// Marks the findings a suppression in force covers: the task will not act on them, whether or
/// not the audit that reported them knew of the suppression.
fn mark_suppressed(selected: &mut [Selected], suppressions: &[(String, Value)]) {
    for (_, finding) in selected.iter_mut() {
        let Some(f) = finding.as_mut().and_then(Value::as_object_mut) else {
            continue;
        };
        let check = f
            .get("checkName")
            .and_then(Value::as_str)
            .unwrap_or_default();
        let resource = f
            .get("nonCompliantResource")
            .and_then(|r| r.get("resourceIdentifier"));
        let covered = suppressions
            .iter()
            .any(|(c, id)| c == check && Some(id) == resource);
        if covered {
            f.insert("isSuppressed".into(), Value::Bool(true));
        }
    }
}

/// The type of a mitigation action, `None` when no action has that name.
async fn describe_action(client: &Client, name: &str) -> Result<Option<String>> {
    let mut doc = Map::new();
    doc.insert("actionName".into(), Value::String(name.to_string()));
    match client.call("DescribeMitigationAction", &doc).await {
        Ok(answer) => Ok(Some(
            answer["actionType"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
        )),
        Err(e) if not_found(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Whether a finding passes the check → reason codes filter (an empty list keeps every reason
/// code of the check).
fn passes(filter: Option<&Map<String, Value>>, check: &str, reason: &str) -> bool {
    let Some(filter) = filter else {
        return true;
    };
    match filter.get(check).and_then(Value::as_array) {
        Some(codes) => codes.is_empty() || codes.iter().any(|c| c.as_str() == Some(reason)),
        None => false,
    }
}

/// The resource of a finding as one line: its identifier's values, `key=value`, comma-separated.
fn resource_text(identifier: &Value) -> String {
    fn leaves(prefix: &str, v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => {
                for (k, v) in m {
                    leaves(k, v, out);
                }
            }
            Value::String(s) => out.push(format!("{prefix}={s}")),
            Value::Null => {}
            other => out.push(format!("{prefix}={other}")),
        }
    }
    let mut out = Vec::new();
    leaves("", identifier, &mut out);
    out.join(", ")
}

/// The preview document, from the findings the target named and the type of each mapped
/// action (`None`: unknown action). Pure: no call is made here.
pub fn plan(
    request: &Map<String, Value>,
    selected: &[Selected],
    filter: Option<&Map<String, Value>>,
    types: &IndexMap<String, Option<String>>,
) -> Value {
    let mapping = mapping(request);
    // For each mapped check, the actions that would run; the others, with why.
    let mut runnable: IndexMap<&str, Vec<&str>> = IndexMap::new();
    let mut excluded_actions = Vec::new();
    for (check, names) in &mapping {
        let supported = supported_types(check);
        let list = runnable.entry(check.as_str()).or_default();
        for name in names {
            let action_type = types.get(name).cloned().flatten();
            let reason = match (&action_type, supported) {
                (None, _) => Some(UNKNOWN_ACTION),
                (Some(t), Some(ok)) if !ok.contains(&t.as_str()) => Some(UNSUPPORTED),
                _ => None,
            };
            match reason {
                Some(reason) => excluded_actions.push(json!({
                    "checkName": check,
                    "actionName": name,
                    "actionType": action_type,
                    "reason": reason,
                })),
                None if !list.contains(&name.as_str()) => list.push(name),
                None => {}
            }
        }
    }
    let mut per_action: IndexMap<&str, u64> =
        runnable.values().flatten().map(|name| (*name, 0)).collect();
    let mut to_mitigate = Vec::new();
    let mut excluded = Vec::new();
    let mut runs = 0u64;
    for (id, finding) in selected {
        let Some(f) = finding else {
            excluded.push(json!({"findingId": id, "checkName": null, "reason": NOT_FOUND}));
            continue;
        };
        let check = f["checkName"].as_str().unwrap_or_default();
        let code = f["reasonForNonComplianceCode"].as_str().unwrap_or_default();
        if !passes(filter, check, code) {
            continue;
        }
        let reason = match runnable.get(check) {
            _ if f["isSuppressed"].as_bool() == Some(true) => Some(SUPPRESSED),
            None => Some(NO_MAPPING),
            Some(names) if names.is_empty() => match mapping.get(check) {
                Some(m) if !m.is_empty() => Some(NONE_APPLICABLE),
                _ => Some(NO_MAPPING),
            },
            Some(_) => None,
        };
        if let Some(reason) = reason {
            excluded.push(json!({"findingId": id, "checkName": check, "reason": reason}));
            continue;
        }
        let names = runnable.get(check).cloned().unwrap_or_default();
        for name in &names {
            if let Some(n) = per_action.get_mut(name) {
                *n += 1;
            }
        }
        runs += names.len() as u64;
        let resource = &f["nonCompliantResource"];
        to_mitigate.push(json!({
            "findingId": id,
            "checkName": check,
            "severity": f["severity"],
            "reasonForNonComplianceCode": f["reasonForNonComplianceCode"],
            "resourceType": resource["resourceType"],
            "resource": resource_text(&resource["resourceIdentifier"]),
            "actions": names,
        }));
    }
    let actions: Vec<Value> = per_action
        .iter()
        .map(|(name, n)| {
            json!({
                "actionName": name,
                "actionType": types.get(*name).cloned().flatten(),
                "findings": n,
            })
        })
        .collect();
    json!({
        "taskId": request.get("taskId").cloned().unwrap_or(Value::Null),
        "counts": {
            "findingsSelected": to_mitigate.len() + excluded.len(),
            "findingsToMitigate": to_mitigate.len(),
            "findingsExcluded": excluded.len(),
            "actionsToRun": runs,
        },
        "actions": actions,
        "findings": to_mitigate,
        "excludedFindings": excluded,
        "excludedActions": excluded_actions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(id: &str, check: &str, code: &str, suppressed: bool) -> Selected {
        (
            id.to_string(),
            Some(json!({
                "findingId": id,
                "checkName": check,
                "severity": "CRITICAL",
                "reasonForNonComplianceCode": code,
                "isSuppressed": suppressed,
                "nonCompliantResource": {
                    "resourceType": "DEVICE_CERTIFICATE",
                    "resourceIdentifier": {"deviceCertificateId": format!("cert-{id}")}
                }
            })),
        )
    }

    fn request(mapping: Value) -> Map<String, Value> {
        json!({"taskId": "t1", "target": {"auditTaskId": "a1"}, "auditCheckToActionsMapping": mapping})
            .as_object()
            .unwrap()
            .clone()
    }

    fn types(pairs: &[(&str, Option<&str>)]) -> IndexMap<String, Option<String>> {
        pairs
            .iter()
            .map(|(n, t)| (n.to_string(), t.map(str::to_string)))
            .collect()
    }

    const SHARED: &str = "DEVICE_CERTIFICATE_SHARED_CHECK";
    const LOGGING: &str = "LOGGING_DISABLED_CHECK";

    #[test]
    fn findings_get_the_supported_known_actions_of_their_check() {
        let req = request(json!({SHARED: ["Deactivate", "CaOff", "Ghost", "Deactivate"]}));
        let t = types(&[
            ("Deactivate", Some("UPDATE_DEVICE_CERTIFICATE")),
            ("CaOff", Some("UPDATE_CA_CERTIFICATE")),
            ("Ghost", None),
        ]);
        let selected = vec![
            finding(
                "f1",
                SHARED,
                "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES",
                false,
            ),
            finding("f2", SHARED, "CERTIFICATE_SHARED_BY_MULTIPLE_DEVICES", true),
            finding("f3", LOGGING, "LOGGING_DISABLED", false),
            ("f4".to_string(), None),
        ];
        let doc = plan(&req, &selected, None, &t);
        assert_eq!(
            doc["counts"],
            json!({"findingsSelected": 4, "findingsToMitigate": 1, "findingsExcluded": 3, "actionsToRun": 1})
        );
        assert_eq!(doc["findings"][0]["actions"], json!(["Deactivate"]));
        assert_eq!(
            doc["findings"][0]["resource"],
            "deviceCertificateId=cert-f1"
        );
        assert_eq!(
            doc["excludedFindings"],
            json!([
                {"findingId": "f2", "checkName": SHARED, "reason": "SUPPRESSED"},
                {"findingId": "f3", "checkName": LOGGING, "reason": "NO_ACTIONS_FOR_CHECK"},
                {"findingId": "f4", "checkName": null, "reason": "FINDING_NOT_FOUND"},
            ])
        );
        assert_eq!(
            doc["excludedActions"],
            json!([
                {"checkName": SHARED, "actionName": "CaOff", "actionType": "UPDATE_CA_CERTIFICATE", "reason": "ACTION_TYPE_NOT_SUPPORTED_BY_CHECK"},
                {"checkName": SHARED, "actionName": "Ghost", "actionType": null, "reason": "UNKNOWN_ACTION"},
            ])
        );
        assert_eq!(
            doc["actions"],
            json!([{"actionName": "Deactivate", "actionType": "UPDATE_DEVICE_CERTIFICATE", "findings": 1}])
        );
    }

    #[test]
    fn a_check_whose_actions_are_all_left_out_excludes_its_findings() {
        let req = request(json!({LOGGING: ["CaOff"]}));
        let t = types(&[("CaOff", Some("UPDATE_CA_CERTIFICATE"))]);
        let selected = vec![finding("f1", LOGGING, "LOGGING_DISABLED", false)];
        let doc = plan(&req, &selected, None, &t);
        assert_eq!(doc["excludedFindings"][0]["reason"], "NO_APPLICABLE_ACTION");
        assert_eq!(doc["actions"], json!([]));
        assert_eq!(doc["counts"]["actionsToRun"], 0);
    }

    #[test]
    fn the_reason_code_filter_selects_by_check_and_code() {
        let req = request(json!({SHARED: ["Deactivate"], LOGGING: ["Log"]}));
        let t = types(&[
            ("Deactivate", Some("UPDATE_DEVICE_CERTIFICATE")),
            ("Log", Some("ENABLE_IOT_LOGGING")),
        ]);
        let selected = vec![
            finding("f1", SHARED, "A", false),
            finding("f2", SHARED, "B", false),
            finding("f3", LOGGING, "LOGGING_DISABLED", false),
        ];
        let filter = json!({SHARED: ["B"]});
        let doc = plan(&req, &selected, filter.as_object(), &t);
        assert_eq!(doc["counts"]["findingsSelected"], 1);
        assert_eq!(doc["findings"][0]["findingId"], "f2");
        let all = json!({SHARED: []});
        let doc = plan(&req, &selected, all.as_object(), &t);
        assert_eq!(doc["counts"]["findingsSelected"], 2);
    }

    #[test]
    fn nested_identifiers_read_as_one_line() {
        let id = json!({"policyVersionIdentifier": {"policyName": "p", "policyVersionId": "1"}});
        assert_eq!(resource_text(&id), "policyName=p, policyVersionId=1");
        assert_eq!(resource_text(&Value::Null), "");
    }
}
