//! Validation as the service words it. What a request sends is checked against the model's
//! constraints by the command line's own validator ([`crate::input::validate`]), under the
//! service's rules ([`Rules::SERVICE`]: whole-value patterns, idempotency tokens required,
//! timestamps as epoch seconds), whatever the client checked before sending it. The problems
//! found, and the values that could not be read as their members' kinds (a query parameter
//! `maxResults=ten`), are reported together in the order of the input's members, worded as AWS
//! words them:
//! `2 validation errors detected: Value 'x' at 'roleArn' failed to satisfy constraint: Member
//! must have length greater than or equal to 20; ...`.
//!
//! Members the model does not have are ignored, as the service ignores them. What the model
//! cannot say is left to the operations, each reporting the first of its rules broken once the
//! model's constraints hold: that `actionParams` defines exactly one action type (and not the
//! log level `DISABLED`), that a target names what it acts on, that a check name is an audit
//! check, that a time range is in order.

use serde_json::{Map, Value};

use crate::input::validate::{validate_value, validate_with, Constraint, Invalid, Rules};
use crate::model::{self, Kind, Operation};

use super::error::ApiError;

/// A value that could not be read as its member's kind, already worded.
#[derive(Debug, Clone, PartialEq)]
pub struct Unreadable {
    /// The input member it belongs to.
    pub member: String,
    /// Where, as the service names it (`violationEventOccurrenceRange.startTime`).
    pub wire: String,
    /// The whole message: `Value 'ten' at 'maxResults' failed to satisfy constraint: ...`.
    pub line: String,
}

impl Unreadable {
    pub fn new(member: &str, wire: &str, value: &Value, what: &str) -> Unreadable {
        Unreadable {
            member: member.to_string(),
            wire: wire.to_string(),
            line: line(wire, value, what),
        }
    }
}

/// Quotes a value the way AWS validation messages do.
fn show(v: &Value) -> String {
    let text = match v {
        Value::String(s) => s.clone(),
        Value::Null => return "null".into(),
        other => other.to_string(),
    };
    let short: String = if text.chars().count() > 200 {
        let mut t: String = text.chars().take(200).collect();
        t.push_str("...");
        t
    } else {
        text
    };
    format!("'{short}'")
}

fn line(wire: &str, value: &Value, what: &str) -> String {
    format!(
        "Value {} at '{wire}' failed to satisfy constraint: {what}",
        show(value)
    )
}

/// What a value of the wrong JSON type should have been.
fn kind_text(kind: Kind) -> &'static str {
    match kind {
        Kind::Structure | Kind::Map => "Member must be a structure",
        Kind::List => "Member must be a list",
        Kind::String | Kind::Blob => "Member must be a string",
        Kind::Integer | Kind::Long => "Member must be an integer",
        Kind::Float | Kind::Double => "Member must be a number",
        Kind::Boolean => "Member must be a boolean",
        Kind::Timestamp => "Member must be a timestamp (epoch seconds)",
    }
}

/// The constraint as the service states it; `None` for what the service does not report as a
/// constraint (a member it does not know, the rule of exactly one action type).
fn constraint_text(c: &Constraint) -> Option<String> {
    Some(match c {
        Constraint::Required => "Member must not be null".into(),
        Constraint::Type(kind) => kind_text(*kind).into(),
        Constraint::Enum(values) => {
            format!(
                "Member must satisfy enum value set: [{}]",
                values.join(", ")
            )
        }
        Constraint::MinLength(n) => format!("Member must have length greater than or equal to {n}"),
        Constraint::MaxLength(n) => format!("Member must have length less than or equal to {n}"),
        Constraint::MinValue(n) => format!("Member must have value greater than or equal to {n}"),
        Constraint::MaxValue(n) => format!("Member must have value less than or equal to {n}"),
        Constraint::Pattern(p) => format!("Member must satisfy regular expression pattern: {p}"),
        Constraint::Unknown | Constraint::ExactlyOne => return None,
    })
}

/// `Ok` without problems; else the `InvalidRequestException` listing them all.
fn report(lines: Vec<String>) -> Result<(), ApiError> {
    if lines.is_empty() {
        return Ok(());
    }
    let n = lines.len();
    let plural = if n == 1 { "error" } else { "errors" };
    Err(ApiError::invalid(format!(
        "{n} validation {plural} detected: {}",
        lines.join("; ")
    )))
}

/// The problems the validator found, less those at a place already reported as unreadable.
fn lines_of<'a>(
    found: &'a [Invalid],
    unreadable: &'a [Unreadable],
) -> impl Iterator<Item = (&'a str, String)> + 'a {
    found
        .iter()
        .filter(|i| !unreadable.iter().any(|u| u.wire == i.wire))
        .filter_map(|i| {
            let what = constraint_text(&i.constraint)?;
            Some((i.member.as_str(), line(&i.wire, &i.value, &what)))
        })
}

/// Checks an operation's input document (a JSON object); `unreadable` are the values decoding
/// could not read as their members' kinds (left in the document as they came).
pub fn check(op: &Operation, doc: &Value, unreadable: &[Unreadable]) -> Result<(), ApiError> {
    let found = validate_with(op, doc, Rules::SERVICE);
    if found.is_empty() && unreadable.is_empty() {
        return Ok(());
    }
    let mut lines: Vec<(&str, String)> = unreadable
        .iter()
        .map(|u| (u.member.as_str(), u.line.clone()))
        .chain(lines_of(&found, unreadable))
        .collect();
    // In the order of the input's members, as the service lists them.
    let input = model::get().input(op);
    let position = |member: &str| {
        input
            .and_then(|s| s.members.keys().position(|k| k == member))
            .unwrap_or(usize::MAX)
    };
    lines.sort_by_key(|(member, _)| position(member));
    report(lines.into_iter().map(|(_, l)| l).collect())
}

/// Checks one value against the model's shape `shape`, as the member `member` (what a seed file
/// gives where a request would).
pub fn check_value(
    shape: &str,
    member: &str,
    value: &Value,
    unreadable: &[Unreadable],
) -> Result<(), ApiError> {
    let found = validate_value(value, shape, member, Rules::SERVICE);
    let lines = unreadable
        .iter()
        .map(|u| u.line.clone())
        .chain(lines_of(&found, unreadable).map(|(_, l)| l))
        .collect();
    report(lines)
}

/// The service's rule on a task's target beyond the model's: it names what it acts on in exactly
/// one of two ways.
pub fn either(first: bool, second: bool, both: &str, neither: &str) -> Result<(), ApiError> {
    match (first, second) {
        (true, true) => Err(ApiError::invalid(both)),
        (false, false) => Err(ApiError::invalid(neither)),
        _ => Ok(()),
    }
}

/// The service's rule on a time range beyond the model's: it does not end before it starts.
pub fn ordered(start: Option<i64>, end: Option<i64>, message: &str) -> Result<(), ApiError> {
    match (start, end) {
        (Some(s), Some(e)) if s > e => Err(ApiError::invalid(message)),
        _ => Ok(()),
    }
}

/// The service's rule on a `ResourceIdentifier` member beyond the model's: given, it names a
/// resource. Returns the identifier, if given.
pub fn resource(input: &Map<String, Value>, member: &str) -> Result<Option<Value>, ApiError> {
    match input.get(member) {
        None => Ok(None),
        Some(v) if v.as_object().is_some_and(|m| !m.is_empty()) => Ok(Some(v.clone())),
        Some(_) => Err(ApiError::invalid(format!("{member} must name a resource."))),
    }
}

/// The values of the model's enum shape `shape`.
pub fn enum_values(shape: &str) -> &'static [&'static str] {
    model::get()
        .find_shape(shape)
        .and_then(|s| s.enum_values)
        .unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn op(name: &str) -> &'static Operation {
        &model::get().operations[name]
    }

    fn message(name: &str, doc: Value) -> String {
        check(op(name), &doc, &[])
            .err()
            .map(|e| e.message)
            .unwrap_or_default()
    }

    #[test]
    fn worded_as_the_service_words_them() {
        assert_eq!(
            message("CreateMitigationAction", json!({"actionName": "a", "roleArn": "short", "x": 1})),
            "2 validation errors detected: Value 'short' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20; Value null at 'actionParams' failed to satisfy constraint: Member must not be null"
        );
        assert_eq!(
            message(
                "CreateMitigationAction",
                json!({"actionName": "bad name", "roleArn": 42,
                       "actionParams": {"addThingsToThingGroupParams": {"thingGroupNames": ["ok", "not ok"]}},
                       "tags": [{"Value": "v"}]})
            ),
            "4 validation errors detected: Value 'bad name' at 'actionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_-]+; Value '42' at 'roleArn' failed to satisfy constraint: Member must be a string; Value 'not ok' at 'actionParams.addThingsToThingGroupParams.thingGroupNames.member' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9:_-]+; Value null at 'tags.member.Key' failed to satisfy constraint: Member must not be null"
        );
        // The service requires the idempotency token the SDK fills in.
        assert!(message(
            "StartDetectMitigationActionsTask",
            json!({"taskId": "t", "target": {"violationIds": ["v-1"]}, "actions": ["a"]})
        )
        .ends_with("Value null at 'clientRequestToken' failed to satisfy constraint: Member must not be null"));
        // Map keys are checked at their map; map values by their key.
        assert_eq!(
            message(
                "UpdateAccountAuditConfiguration",
                json!({"auditNotificationTargetConfigurations": {"EMAIL": {}},
                       "auditCheckConfigurations": {"C": {"configuration": {"NOPE": ""}}}})
            ),
            "3 validation errors detected: Value 'EMAIL' at 'auditNotificationTargetConfigurations' failed to satisfy constraint: Member must satisfy enum value set: [SNS]; Value 'NOPE' at 'auditCheckConfigurations.C.configuration' failed to satisfy constraint: Member must satisfy enum value set: [CERT_AGE_THRESHOLD_IN_DAYS, CERT_EXPIRATION_THRESHOLD_IN_DAYS]; Value '' at 'auditCheckConfigurations.C.configuration.NOPE' failed to satisfy constraint: Member must have length greater than or equal to 1"
        );
    }

    #[test]
    fn patterns_match_whole_values_and_lengths_do_not_hide_them() {
        let id = "z".repeat(64);
        assert_eq!(
            check_value("CertificateId", "certificateId", &json!(id), &[]).err().map(|e| e.message),
            Some(format!("1 validation error detected: Value '{id}' at 'certificateId' failed to satisfy constraint: Member must satisfy regular expression pattern: (0x)?[a-fA-F0-9]+"))
        );
        assert!(check_value(
            "CertificateId",
            "c",
            &json!(format!("0x{}", "a".repeat(62))),
            &[]
        )
        .is_ok());
        let long = format!("{} x", "a".repeat(128));
        assert_eq!(
            message("DescribeMitigationAction", json!({"actionName": long}))
                .split("; ")
                .count(),
            2
        );
    }

    #[test]
    fn unreadable_values_replace_what_the_validator_says_of_them() {
        let doc = json!({"maxResults": "ten", "startTime": 1, "endTime": "never"});
        let unreadable = [
            Unreadable::new(
                "maxResults",
                "maxResults",
                &json!("ten"),
                "Member must be an integer",
            ),
            Unreadable::new(
                "endTime",
                "endTime",
                &json!("never"),
                "Member must be a timestamp",
            ),
        ];
        let e = check(op("ListDetectMitigationActionsTasks"), &doc, &unreadable)
            .err()
            .map(|e| e.message)
            .unwrap_or_default();
        assert_eq!(e, "2 validation errors detected: Value 'ten' at 'maxResults' failed to satisfy constraint: Member must be an integer; Value 'never' at 'endTime' failed to satisfy constraint: Member must be a timestamp");
    }
}
