//! Seed data: the world the local endpoint's tasks act on (audits and their
//! findings, Detect violations, things and their thing groups, optionally some
//! predefined mitigation actions), read from a YAML seed file or, for a fresh
//! state, from the built-in demo data set [`DEMO_SEED_YAML`].
//!
//! # Seed file format
//!
//! ```yaml
//! account: "123456789012"            # optional, 12 digits; default 123456789012
//! region: us-east-1                  # optional; default us-east-1 (used in ARNs)
//! auditTasks:
//!   - taskId: a1b2c3d4e5f60718293a4b5c6d7e8f90   # 1-40 of [a-zA-Z0-9-]
//!     findings:
//!       - findingId: f-0001                       # 1-128 of [a-zA-Z0-9_-], unique
//!         checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK   # a known audit check
//!         reasonCode: CERTIFICATE_APPROACHING_EXPIRATION
//!         resource:
//!           type: DEVICE_CERTIFICATE  # DEVICE_CERTIFICATE, CA_CERTIFICATE, IOT_POLICY,
//!                                     # COGNITO_IDENTITY_POOL, CLIENT_ID, ACCOUNT_SETTINGS,
//!                                     # ROLE_ALIAS, IAM_ROLE, ISSUER_CERTIFICATE
//!           id: 7f3e9c2a
//!           state: ACTIVE             # optional (certificates; default ACTIVE): ACTIVE, INACTIVE,
//!                                     # REVOKED, PENDING_TRANSFER, REGISTER_INACTIVE,
//!                                     # PENDING_ACTIVATION. Anything but ACTIVE makes
//!                                     # deactivation fail with INVALID_STATE_OF_RESOURCE.
//!           things: [lamp-17]         # optional: things attached to the certificate, which
//!                                     # ADD_THINGS_TO_THING_GROUP actions put in groups
//! violations:
//!   - violationId: 9a8b7c6d-0001      # 1-128 of [a-zA-Z0-9-], unique
//!     securityProfileName: smart-lights
//!     behaviorName: num-messages-sent
//!     thingName: lamp-17
//!     startTime: 2026-11-20T10:00:00Z # RFC 3339, epoch seconds, or relative to the
//!                                     # time of loading: "-26h", "-3d", "-90m", "now"
//!     active: true                    # optional, default true
//!     suppressed: false               # optional, default false
//! things:                             # optional: the thing groups things already belong to
//!   - thingName: gateway-01
//!     thingGroups: [g1, g2, g3, g4, g5, g6, g7, g8, g9, g10]   # at most 10 in all
//!     dynamicThingGroups: []          # optional; left first when overrideDynamicGroups is set
//! mitigationActions:                  # optional: actions that exist from the start
//!   - actionName: QuarantineThing
//!     roleArn: arn:aws:iam::123456789012:role/MitigationRole
//!     actionParams: {addThingsToThingGroupParams: {thingGroupNames: [quarantine]}}
//! ```
//!
//! The resources that on-demand audits check (all optional; a seed without them still
//! loads, and its audits and findings stay as given):
//!
//! ```yaml
//! certificates:
//!   - certificateId: be6e5bfb...2e11      # 64 hex digits, unique per type
//!     type: DEVICE_CERTIFICATE            # optional: DEVICE_CERTIFICATE (default) or CA_CERTIFICATE
//!     state: ACTIVE                       # optional, default ACTIVE (the states above)
//!     notBefore: "-400d"                  # optional validity, times as for startTime
//!     notAfter: "+10d"                    #   (a relative time may also be "+10d")
//!     caCertificateId: 2b1bc7cd...fa2d    # optional: the CA that issued it (listed here too)
//!     revokedByIssuer: false              # optional: revoked in its issuer's revocation list
//!     things: [lamp-17]                   # optional: things the certificate is attached to
//!     clientIds: [doorbell-22, doorbell-23]  # optional: client ids connected with it at once
//! thingGroups:
//!   - thingGroupName: low-battery
//!     queryString: "attributes.battery < 20"   # optional: makes the group dynamic
//! policies:
//!   - policyName: smart-lights-policy     # [\w+=,.@-]{1,128}
//!     defaultVersionId: 1                 # optional, default: the last version
//!     versions:                           # 1 to 5 documents, versions 1, 2, ... in order
//!       - {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "iot:*", Resource: "*"}]}
//! roleAliases:                            # optional: role aliases and the IAM role each names
//!   - roleAlias: camera-uploads
//!     roleArn: arn:aws:iam::123456789012:role/CameraUploads
//!     rolePolicy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:*", Resource: "*"}]}
//!     usedServices: [s3]                  # optional: the services the role used in the last year
//!                                         # (default [iot])
//! cognitoIdentityPools:                   # optional: pools and the policies of their IAM roles
//!   - identityPoolId: "us-east-1:6d1f0a1c-0000-4000-8000-000000000001"
//!     authenticatedRolePolicy: {Statement: [{Effect: Allow, Action: "iot:*", Resource: "*"}]}
//!     unauthenticatedRolePolicy: {Statement: [{Effect: Allow, Action: "iot:Connect", Resource: "*"}]}
//! loggingOptions:                         # optional: without it, logging is disabled
//!   roleArn: arn:aws:iam::123456789012:role/IoTLogging
//!   logLevel: ERROR                       # DEBUG, INFO, ERROR, WARN or DISABLED
//! auditConfiguration:                     # optional, as UpdateAccountAuditConfiguration takes it
//!   roleArn: arn:aws:iam::123456789012:role/AuditRole
//!   auditNotificationTargetConfigurations: {SNS: {targetArn: "arn:aws:sns:...", roleArn: "...", enabled: true}}
//!   auditCheckConfigurations: {LOGGING_DISABLED_CHECK: {enabled: true}}
//! ```
//!
//! Violations also take an optional `endTime`: a violation that is no longer active and has
//! one shows an `alarm-cleared` event then.
//!
//! Loading a seed file replaces the audits, findings, violations, things, certificates,
//! thing groups, policies and logging options of the store (and its audit configuration
//! when the seed has one); mitigation actions, suppressions and tasks already stored
//! are kept (the seed's `mitigationActions` are created or updated). A seed file
//! with any error is refused as a whole, naming the line and the reason.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use serde::de::Error as _;
use serde::{Deserialize, Deserializer};
use serde_json::{json, Value};

use super::actions;
use super::audit;
use super::store;
use super::tasks::MAX_THING_GROUPS;
use super::util;
use super::validate;

mod demo;
pub use demo::DEMO_SEED_YAML;

const RESOURCE_TYPES: &[&str] = &[
    "DEVICE_CERTIFICATE",
    "CA_CERTIFICATE",
    "IOT_POLICY",
    "COGNITO_IDENTITY_POOL",
    "CLIENT_ID",
    "ACCOUNT_SETTINGS",
    "ROLE_ALIAS",
    "IAM_ROLE",
    "ISSUER_CERTIFICATE",
];

const CERT_STATES: &[&str] = &[
    "ACTIVE",
    "INACTIVE",
    "REVOKED",
    "PENDING_TRANSFER",
    "REGISTER_INACTIVE",
    "PENDING_ACTIVATION",
];

/// A scalar as text (strings, numbers and booleans are all read as text).
fn scalar<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    struct Text;
    impl<'de> serde::de::Visitor<'de> for Text {
        type Value = String;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a single value")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_bool<E: serde::de::Error>(self, v: bool) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_i128<E: serde::de::Error>(self, v: i128) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_u128<E: serde::de::Error>(self, v: u128) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<String, E> {
            Ok(v.to_string())
        }
        fn visit_unit<E: serde::de::Error>(self) -> Result<String, E> {
            Err(E::custom("a value is required here"))
        }
        fn visit_none<E: serde::de::Error>(self) -> Result<String, E> {
            Err(E::custom("a value is required here"))
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<String, A::Error> {
            Err(serde::de::Error::custom(
                "expected a single value, not a list or a mapping",
            ))
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<String, A::Error> {
            Err(serde::de::Error::custom(
                "expected a single value, not a list or a mapping",
            ))
        }
    }
    d.deserialize_any(Text)
}

/// Checks a value against the model's shape `shape`, as the member `what` of a request.
fn check_rule(s: &str, what: &str, shape: &str) -> Result<(), String> {
    validate::check_value(shape, what, &Value::from(s), &[]).map_err(|e| {
        e.message
            .trim_start_matches("1 validation error detected: ")
            .to_string()
    })
}

macro_rules! checked {
    ($name:ident, $check:expr) => {
        #[derive(Debug, Clone)]
        struct $name(String);
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = scalar(d)?;
                let check: fn(&str) -> Result<(), String> = $check;
                check(&s).map_err(D::Error::custom)?;
                Ok($name(s))
            }
        }
    };
}

mod resources;
use resources::{SeedAuditConfig, SeedCertificate, SeedGroup, SeedLogging, SeedPolicy};

checked!(Account, |s| {
    if s.len() == 12 && s.chars().all(|c| c.is_ascii_digit()) {
        Ok(())
    } else {
        Err(format!("account '{s}' must be 12 digits"))
    }
});
checked!(Region, |s| {
    if !s.is_empty()
        && s.len() <= 32
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
    {
        Ok(())
    } else {
        Err(format!(
            "region '{s}' is not a region name (like us-east-1)"
        ))
    }
});
checked!(AuditTaskId, |s| check_rule(s, "taskId", "AuditTaskId"));
checked!(FindingId, |s| check_rule(s, "findingId", "FindingId"));
checked!(CheckName, |s| {
    if audit::supported_types(s).is_some() {
        Ok(())
    } else {
        Err(format!(
            "checkName '{s}' is not a known audit check (known: {})",
            audit::AUDIT_CHECKS
                .iter()
                .map(|(c, _)| *c)
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }
});
checked!(ReasonCode, |s| {
    if !s.is_empty() && s.len() <= 128 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        Ok(())
    } else {
        Err(format!(
            "reasonCode '{s}' must be 1-128 letters, digits or underscores"
        ))
    }
});
checked!(ResourceType, |s| {
    if RESOURCE_TYPES.contains(&s) {
        Ok(())
    } else {
        Err(format!(
            "resource type '{s}' must be one of {}",
            RESOURCE_TYPES.join(", ")
        ))
    }
});
checked!(ResourceId, |s| {
    if !s.trim().is_empty() && s.len() <= 2048 {
        Ok(())
    } else {
        Err("resource id must be 1-2048 characters".to_string())
    }
});
checked!(CertState, |s| {
    if CERT_STATES.contains(&s) {
        Ok(())
    } else {
        Err(format!(
            "resource state '{s}' must be one of {}",
            CERT_STATES.join(", ")
        ))
    }
});
checked!(ViolationId, |s| check_rule(s, "violationId", "ViolationId"));
checked!(ProfileName, |s| check_rule(
    s,
    "securityProfileName",
    "SecurityProfileName"
));
checked!(BehaviorName, |s| check_rule(
    s,
    "behaviorName",
    "BehaviorName"
));
checked!(ThingName, |s| {
    check_rule(s, "thingName", "DeviceDefenderThingName")?;
    if s.chars()
        .all(|c| c.is_ascii_alphanumeric() || ":_-".contains(c))
    {
        Ok(())
    } else {
        Err(format!(
            "thingName '{s}' must be letters, digits, ':', '_' or '-'"
        ))
    }
});
checked!(GroupName, |s| check_rule(
    s,
    "thingGroupName",
    "ThingGroupName"
));
checked!(ActionName, |s| check_rule(
    s,
    "actionName",
    "MitigationActionName"
));
checked!(RoleArn, |s| check_rule(s, "roleArn", "RoleArn"));

/// A point in time: RFC 3339 text, epoch seconds, or relative to now.
#[derive(Debug, Clone, Copy)]
struct SeedTime(i64);

fn parse_relative(s: &str, now: i64) -> Option<i64> {
    if s == "now" {
        return Some(now);
    }
    let (sign, rest) = match s.as_bytes().first()? {
        b'-' => (-1i64, &s[1..]),
        b'+' => (1i64, &s[1..]),
        _ => return None,
    };
    let unit = rest.chars().last()?;
    let n: i64 = rest[..rest.len() - unit.len_utf8()].parse().ok()?;
    let ms = match unit {
        's' => 1_000,
        'm' => 60_000,
        'h' => 3_600_000,
        'd' => 86_400_000,
        _ => return None,
    };
    n.checked_mul(ms).and_then(|d| now.checked_add(sign * d))
}

impl<'de> Deserialize<'de> for SeedTime {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = scalar(d)?;
        let now = util::now_ms();
        parse_relative(&s, now)
            .or_else(|| util::parse_timestamp_text(&s))
            .map(SeedTime)
            .ok_or_else(|| {
                D::Error::custom(format!(
                    "'{s}' is not a time: use RFC 3339 (2026-11-20T10:00:00Z), epoch seconds, or a time relative to now such as -26h, -3d, -90m, +10d"
                ))
            })
    }
}

/// `actionParams` of a seeded action, validated as CreateMitigationAction does.
#[derive(Debug, Clone)]
struct SeedParams(&'static str, Value);

impl<'de> Deserialize<'de> for SeedParams {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let v = Value::deserialize(d)?;
        let (t, p) = actions::params_of(&v).map_err(|e| D::Error::custom(e.message))?;
        Ok(SeedParams(t, p))
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SeedFile {
    #[serde(default)]
    account: Option<Account>,
    #[serde(default)]
    region: Option<Region>,
    #[serde(default)]
    audit_tasks: Vec<SeedAudit>,
    #[serde(default)]
    violations: Vec<SeedViolation>,
    #[serde(default)]
    things: Vec<SeedThing>,
    #[serde(default)]
    mitigation_actions: Vec<SeedAction>,
    #[serde(default)]
    certificates: Vec<SeedCertificate>,
    #[serde(default)]
    thing_groups: Vec<SeedGroup>,
    #[serde(default)]
    policies: Vec<SeedPolicy>,
    #[serde(default)]
    role_aliases: Vec<resources::SeedRoleAlias>,
    #[serde(default)]
    cognito_identity_pools: Vec<resources::SeedCognitoPool>,
    #[serde(default)]
    logging_options: Option<SeedLogging>,
    #[serde(default)]
    audit_configuration: Option<SeedAuditConfig>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SeedAudit {
    task_id: AuditTaskId,
    #[serde(default)]
    findings: Vec<SeedFinding>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SeedFinding {
    finding_id: FindingId,
    check_name: CheckName,
    reason_code: ReasonCode,
    resource: SeedResource,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SeedResource {
    #[serde(rename = "type")]
    resource_type: ResourceType,
    id: ResourceId,
    #[serde(default)]
    state: Option<CertState>,
    #[serde(default)]
    things: Vec<ThingName>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SeedViolation {
    violation_id: ViolationId,
    security_profile_name: ProfileName,
    behavior_name: BehaviorName,
    thing_name: ThingName,
    start_time: SeedTime,
    #[serde(default = "yes")]
    active: bool,
    #[serde(default)]
    suppressed: bool,
    #[serde(default)]
    end_time: Option<SeedTime>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SeedThing {
    thing_name: ThingName,
    #[serde(default)]
    thing_groups: Vec<GroupName>,
    #[serde(default)]
    dynamic_thing_groups: Vec<GroupName>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct SeedAction {
    action_name: ActionName,
    role_arn: RoleArn,
    action_params: SeedParams,
}

/// A parsed and checked seed file.
#[derive(Debug)]
pub struct Seed {
    file: SeedFile,
}

/// Why a seed was refused: the line (1-based) when known, and the reason.
#[derive(Debug, Clone)]
pub struct SeedError {
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for SeedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column) {
            (Some(l), Some(c)) => write!(f, "line {l}, column {c}: {}", self.message),
            (Some(l), None) => write!(f, "line {l}: {}", self.message),
            _ => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for SeedError {}

/// The line of the `nth` (0-based) occurrence of `needle` as a whole value in `text`.
fn line_of(text: &str, needle: &str, nth: usize) -> Option<usize> {
    let mut seen = 0;
    for (i, line) in text.lines().enumerate() {
        let body = line.split('#').next().unwrap_or("");
        let hit = body
            .split(|c: char| c.is_whitespace() || ",:[]{}\"'".contains(c))
            .any(|tok| tok == needle);
        if hit {
            if seen == nth {
                return Some(i + 1);
            }
            seen += 1;
        }
    }
    None
}

/// Problems of an entry as a whole rather than of one value the message quotes.
fn about_a_whole_entry(message: &str) -> bool {
    [
        "missing field",
        "expected a single value",
        "a value is required",
    ]
    .iter()
    .any(|m| message.starts_with(m))
}

/// Where the block mapping holding line `line` begins (1-based line and column): the first
/// of the lines above it whose keys start in the same column, up to the one that opens the
/// entry with `- `. Flow mappings begin on their own line.
fn entry_start(text: &str, line: usize) -> (usize, usize) {
    let lines: Vec<&str> = text.lines().collect();
    let key_column = |l: &str| -> Option<(usize, bool)> {
        let body = l.split('#').next().unwrap_or("");
        let indent = body.len() - body.trim_start().len();
        let rest = &body[indent..];
        if rest.is_empty() {
            return None;
        }
        match rest.strip_prefix("- ") {
            Some(after) => Some((indent + 2 + after.len() - after.trim_start().len(), true)),
            None => Some((indent, false)),
        }
    };
    let Some((column, mut dash)) = lines.get(line.wrapping_sub(1)).and_then(|l| key_column(l))
    else {
        return (line, 1);
    };
    let mut start = line;
    let mut above = line - 1;
    while !dash && above >= 1 {
        match key_column(lines[above - 1]) {
            None => {}
            Some((c, d)) if c == column => {
                start = above;
                dash = d;
            }
            Some(_) => break,
        }
        above -= 1;
    }
    (start, column + 1)
}

/// The first `'...'`-quoted part of a message.
fn quoted(message: &str) -> Option<&str> {
    let start = message.find('\'')? + 1;
    let len = message[start..].find('\'')?;
    let v = &message[start..start + len];
    (!v.is_empty()).then_some(v)
}

/// The line and column (1-based) of the first occurrence of `needle` at or after line `from`.
fn find_from(text: &str, needle: &str, from: usize) -> Option<(usize, usize)> {
    text.lines()
        .enumerate()
        .skip(from.saturating_sub(1))
        .find_map(|(i, l)| l.find(needle).map(|c| (i + 1, l[..c].chars().count() + 1)))
}

fn at(text: &str, needle: &str, nth: usize, message: String) -> SeedError {
    SeedError {
        line: line_of(text, needle, nth),
        column: None,
        message,
    }
}

/// Parses and checks seed text.
pub fn parse(text: &str) -> Result<Seed, SeedError> {
    if text.trim().is_empty()
        || text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(SeedError {
            line: None,
            column: None,
            message: "the seed file is empty".into(),
        });
    }
    // The parser's limits grow with the file: a fleet of 100,000 certificates is a million
    // nodes, and a node takes at least a byte of text. Aliases stay limited as by default.
    let options = serde_saphyr::options! {
        strict_booleans: true,
        with_snippet: false,
        budget: serde_saphyr::budget! {
            max_nodes: text.len().max(250_000),
            max_events: text.len().saturating_mul(2).max(1_000_000),
            max_total_scalar_bytes: text.len().max(64 << 20),
        },
    };
    let file: SeedFile = serde_saphyr::from_str_with_options(text, options).map_err(|e| {
        let loc = e.location();
        let mut message = e.to_string();
        if let Some(l) = &loc {
            let suffix = format!(" at line {}, column {}", l.line(), l.column());
            if let Some(pos) = message.rfind(&suffix) {
                message.replace_range(pos..pos + suffix.len(), "");
            }
        }
        let mut line = loc.as_ref().map(|l| l.line() as usize);
        let mut column = loc.as_ref().map(|l| l.column() as usize);
        if let (Some(from), Some(value)) = (line, quoted(&message)) {
            // A check of a single value: point at the value itself.
            if let Some((l, c)) = find_from(text, value, from) {
                line = Some(l);
                column = Some(c);
            }
        } else if let Some(from) = line.filter(|_| about_a_whole_entry(&message)) {
            // A field missing from an entry, or a value of the wrong kind: point at the
            // entry's first line, where it can be read as a whole.
            let (l, c) = entry_start(text, from);
            line = Some(l);
            column = Some(c);
        }
        SeedError {
            line,
            column,
            message,
        }
    })?;

    let mut audits = HashSet::new();
    let mut findings = HashSet::new();
    let mut states: HashMap<(String, String), (String, String)> = HashMap::new();
    for a in &file.audit_tasks {
        if !audits.insert(a.task_id.0.clone()) {
            return Err(at(
                text,
                &a.task_id.0,
                1,
                format!("audit taskId '{}' appears twice", a.task_id.0),
            ));
        }
        for f in &a.findings {
            if !findings.insert(f.finding_id.0.clone()) {
                return Err(at(
                    text,
                    &f.finding_id.0,
                    1,
                    format!("findingId '{}' appears twice", f.finding_id.0),
                ));
            }
            if let Some(s) = &f.resource.state {
                let key = (f.resource.resource_type.0.clone(), f.resource.id.0.clone());
                if let Some((other_state, other_finding)) = states.get(&key) {
                    if *other_state != s.0 {
                        return Err(at(
                            text,
                            &f.finding_id.0,
                            0,
                            format!(
                                "finding '{}' gives {} {} the state {}, but finding '{other_finding}' gives it {other_state}",
                                f.finding_id.0, key.0, key.1, s.0
                            ),
                        ));
                    }
                } else {
                    states.insert(key, (s.0.clone(), f.finding_id.0.clone()));
                }
            }
        }
    }
    let mut violations = HashSet::new();
    for v in &file.violations {
        if !violations.insert(v.violation_id.0.clone()) {
            return Err(at(
                text,
                &v.violation_id.0,
                1,
                format!("violationId '{}' appears twice", v.violation_id.0),
            ));
        }
    }
    let mut things = HashSet::new();
    for t in &file.things {
        if !things.insert(t.thing_name.0.clone()) {
            return Err(at(
                text,
                &t.thing_name.0,
                1,
                format!("thing '{}' is listed twice under things", t.thing_name.0),
            ));
        }
        let n = t.thing_groups.len() + t.dynamic_thing_groups.len();
        if n > MAX_THING_GROUPS {
            return Err(at(
                text,
                &t.thing_name.0,
                0,
                format!(
                    "thing '{}' is in {n} thing groups; a thing can belong to at most {MAX_THING_GROUPS}",
                    t.thing_name.0
                ),
            ));
        }
        let mut seen = HashSet::new();
        for g in t.thing_groups.iter().chain(&t.dynamic_thing_groups) {
            if !seen.insert(g.0.clone()) {
                return Err(at(
                    text,
                    &t.thing_name.0,
                    0,
                    format!("thing '{}' lists the group '{}' twice", t.thing_name.0, g.0),
                ));
            }
        }
    }
    let mut names = HashSet::new();
    for a in &file.mitigation_actions {
        if !names.insert(a.action_name.0.clone()) {
            return Err(at(
                text,
                &a.action_name.0,
                1,
                format!("mitigation action '{}' is listed twice", a.action_name.0),
            ));
        }
    }
    resources::check(text, &file)?;
    Ok(Seed { file })
}

/// Reads and checks a seed file.
pub fn load_file(path: &Path) -> anyhow::Result<Seed> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| anyhow::anyhow!("cannot read the seed file {}: {e}", path.display()))?;
    parse(&text).map_err(|e| anyhow::anyhow!("invalid seed file {}: {e}", path.display()))
}

/// The built-in demo data set.
pub fn demo() -> anyhow::Result<Seed> {
    parse(DEMO_SEED_YAML).map_err(|e| anyhow::anyhow!("the built-in demo data set is invalid: {e}"))
}

fn apply(tx: &Transaction<'_>, seed: &Seed, execution_ms: u64) -> anyhow::Result<()> {
    let f = &seed.file;
    if let Some(a) = &f.account {
        store::set_meta(tx, "account", &a.0)?;
    }
    if let Some(r) = &f.region {
        store::set_meta(tx, "region", &r.0)?;
    }
    for table in [
        "audits",
        "audit_runs",
        "findings",
        "resources",
        "things",
        "violations",
        "certificates",
        "thing_groups",
        "policies",
        "policy_versions",
        "policy_targets",
        "role_aliases",
        "cognito_pools",
        "tags",
        "published",
    ] {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    tx.execute("DELETE FROM meta WHERE key = 'logging_v2'", [])?;
    tx.execute("DELETE FROM meta WHERE key = 'logging'", [])?;
    let mut seq = 0i64;
    for (i, a) in f.audit_tasks.iter().enumerate() {
        tx.execute(
            "INSERT INTO audits(audit_task_id, seq) VALUES (?1, ?2)",
            params![a.task_id.0, i as i64],
        )?;
        for fi in &a.findings {
            seq += 1;
            tx.execute(
                "INSERT INTO findings(finding_id, audit_task_id, check_name, reason_code, resource_type, resource_id, seq)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                params![
                    fi.finding_id.0,
                    a.task_id.0,
                    fi.check_name.0,
                    fi.reason_code.0,
                    fi.resource.resource_type.0,
                    fi.resource.id.0,
                    seq
                ],
            )?;
            let r = &fi.resource;
            let things: Vec<&str> = r.things.iter().map(|t| t.0.as_str()).collect();
            let default_state = matches!(
                r.resource_type.0.as_str(),
                "DEVICE_CERTIFICATE" | "CA_CERTIFICATE"
            )
            .then_some("ACTIVE");
            let state = r.state.as_ref().map(|s| s.0.as_str()).or(default_state);
            tx.execute(
                "INSERT INTO resources(resource_type, resource_id, state, things) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT(resource_type, resource_id) DO UPDATE SET
                   state = COALESCE(?3, state),
                   things = CASE WHEN ?4 = '[]' THEN things ELSE ?4 END",
                params![r.resource_type.0, r.id.0, state, json!(things).to_string()],
            )?;
        }
    }
    for (i, v) in f.violations.iter().enumerate() {
        tx.execute(
            "INSERT INTO violations(violation_id, security_profile, behavior, thing_name, start_ms, active, suppressed, seq, end_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                v.violation_id.0,
                v.security_profile_name.0,
                v.behavior_name.0,
                v.thing_name.0,
                v.start_time.0,
                v.active,
                v.suppressed,
                i as i64,
                v.end_time.map(|t| t.0)
            ],
        )?;
    }
    resources::apply(tx, f)?;
    for t in &f.things {
        let g: Vec<&str> = t.thing_groups.iter().map(|g| g.0.as_str()).collect();
        let d: Vec<&str> = t
            .dynamic_thing_groups
            .iter()
            .map(|g| g.0.as_str())
            .collect();
        tx.execute(
            "INSERT INTO things(thing_name, groups, dynamic_groups) VALUES (?1, ?2, ?3)",
            params![t.thing_name.0, json!(g).to_string(), json!(d).to_string()],
        )?;
    }
    if !f.mitigation_actions.is_empty() {
        let ctx = super::read_ctx(tx, execution_ms)?;
        let now = util::now_ms();
        for a in &f.mitigation_actions {
            let SeedParams(action_type, p) = &a.action_params;
            let updated = tx.execute(
                "UPDATE actions SET role_arn = ?1, action_type = ?2, params = ?3, modified_ms = ?4 WHERE name = ?5",
                params![a.role_arn.0, action_type, p.to_string(), now, a.action_name.0],
            )?;
            if updated == 0 {
                actions::insert(
                    tx,
                    &ctx,
                    &a.action_name.0,
                    &a.role_arn.0,
                    action_type,
                    p,
                    &json!([]),
                    now,
                )
                .map_err(|e| anyhow::anyhow!("{}", e.message))?;
            }
        }
    }
    Ok(())
}

/// Makes the store ready: loads `seed` when given (replacing the seeded
/// world), else the demo data set when the store has never been initialised.
pub fn initialize(
    conn: &mut Connection,
    seed: Option<&Seed>,
    execution_ms: u64,
) -> anyhow::Result<()> {
    // Without a seed file an initialised store is left as it is, without a write.
    if seed.is_none()
        && ["initialized", "account", "region"]
            .iter()
            .all(|key| matches!(store::get_meta(conn, key), Ok(Some(_))))
    {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let initialized = store::get_meta(&tx, "initialized")?.is_some();
    match seed {
        Some(s) => apply(&tx, s, execution_ms)?,
        None if !initialized => apply(&tx, &demo()?, execution_ms)?,
        None => {}
    }
    if store::get_meta(&tx, "account")?.is_none() {
        store::set_meta(&tx, "account", "123456789012")?;
    }
    if store::get_meta(&tx, "region")?.is_none() {
        store::set_meta(&tx, "region", "us-east-1")?;
    }
    store::set_meta(&tx, "initialized", &util::now_ms().to_string())?;
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_a_set_up_state_writes_nothing() {
        let dir = std::env::temp_dir().join(format!(
            "iotmit-seed-{}-{}",
            std::process::id(),
            util::random_hex(4).unwrap_or_default()
        ));
        let path = dir.join("state.sqlite3");
        let open = || {
            let mut conn = store::open(&path).map_err(|e| e.to_string())?;
            initialize(&mut conn, None, 200).map_err(|e| e.to_string())
        };
        assert_eq!(open(), Ok(()));
        let before = std::fs::read(&path).unwrap_or_default();
        assert!(!before.is_empty());
        assert_eq!(open(), Ok(()));
        // A write would have been checkpointed into the file when the connection closed.
        let after = std::fs::read(&path).unwrap_or_default();
        let _ = std::fs::remove_dir_all(&dir);
        assert!(before == after, "the state file changed on a second open");
    }

    #[test]
    fn demo_parses() {
        let seed = demo().map_err(|e| e.to_string());
        assert!(seed.is_ok(), "{seed:?}");
    }

    #[test]
    fn errors_name_the_line() {
        let text = "account: \"123456789012\"\nauditTasks:\n  - taskId: abc\n    findings:\n      - findingId: f1\n        checkName: NOT_A_CHECK\n        reasonCode: X\n        resource: {type: DEVICE_CERTIFICATE, id: c1}\n";
        let err = parse(text).err().map(|e| (e.line, e.message));
        let (line, message) = err.unwrap_or_default();
        assert_eq!(line, Some(6), "{message}");
        assert!(message.contains("NOT_A_CHECK"), "{message}");

        let dup = "violations:\n  - {violationId: v-1, securityProfileName: p, behaviorName: b, thingName: t, startTime: now}\n  - {violationId: v-1, securityProfileName: p, behaviorName: b, thingName: t, startTime: now}\n";
        let err = parse(dup)
            .err()
            .map(|e| (e.line, e.message))
            .unwrap_or_default();
        assert_eq!(err.0, Some(3), "{}", err.1);

        let unknown = "audits: []\n";
        let err = parse(unknown)
            .err()
            .map(|e| (e.line, e.message))
            .unwrap_or_default();
        assert_eq!(err.0, Some(1), "{}", err.1);
        assert!(err.1.contains("unknown field"), "{}", err.1);
    }

    #[test]
    fn relative_times() {
        assert_eq!(
            parse_relative("-2h", 10_000_000),
            Some(10_000_000 - 7_200_000)
        );
        assert_eq!(parse_relative("now", 5), Some(5));
        assert_eq!(parse_relative("2h", 5), None);
        assert_eq!(parse_relative("-xh", 5), None);
    }

    #[test]
    fn whole_entry_problems_point_at_the_entry_first_line() {
        let text = "violations:\n  - violationId: v1\n\n    # a note\n    thingName: [a]\n  - violationId: v2\n";
        assert_eq!(entry_start(text, 5), (2, 5));
        assert_eq!(entry_start(text, 6), (6, 5));
        assert_eq!(entry_start("account: x\nthings: [\n", 2), (1, 1));
        let e =
            parse("violations:\n  - violationId: v-1\n    securityProfileName: p\n").unwrap_err();
        assert_eq!((e.line, e.column), (Some(2), Some(5)));
        assert!(e.message.starts_with("missing field"), "{}", e.message);
        let e =
            parse("violations:\n  - violationId: v1\n    thingName: [not, a, name]\n").unwrap_err();
        assert_eq!(
            (e.line, e.column, e.message.as_str()),
            (
                Some(2),
                Some(5),
                "expected a single value, not a list or a mapping"
            )
        );
        // YAML 1.2: `yes` is text, not a boolean.
        assert!(parse("account: yes\n")
            .unwrap_err()
            .message
            .contains("12 digits"));
    }
}
