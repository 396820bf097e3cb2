//! Input validation against the constraints of the service model (lengths,
//! patterns, enums, ranges, required members, JSON types). The limits here are a
//! hand-written second reading of the official model (`service-2.json` of the AWS IoT
//! API, 2015-05-28), kept apart from the command line's copy on purpose: the endpoint
//! checks what a client sends whatever that client validated. Violations are
//! collected and reported together, worded as AWS words them:
//! `2 validation errors detected: Value 'x' at 'roleArn' failed to satisfy
//! constraint: Member must have length greater than or equal to 20; ...`.

use serde_json::{Map, Value};

use super::error::ApiError;
use super::util;

/// The character patterns that appear in the model.
#[derive(Clone, Copy, Debug)]
pub enum Pattern {
    /// `[a-zA-Z0-9_-]+`
    Name,
    /// `[a-zA-Z0-9\-]+`
    Hyphenated,
    /// `[a-zA-Z0-9:_-]+`
    Colon,
    /// `^[a-zA-Z0-9-_]+$`
    Token,
    /// `^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$`
    TagKey,
    /// `(0x)?[a-fA-F0-9]+`
    Hex,
    /// `[\w+=,.@-]+`
    PolicyName,
    /// `[0-9]+`
    Digits,
    /// `[\p{Graph}\x20]*`
    Graph,
    /// `[a-fA-F0-9:]+`
    Serial,
}

impl Pattern {
    pub fn matches(self, s: &str) -> bool {
        let alnum = |c: char| c.is_ascii_alphanumeric();
        match self {
            Pattern::Name | Pattern::Token => {
                !s.is_empty() && s.chars().all(|c| alnum(c) || c == '_' || c == '-')
            }
            Pattern::Hyphenated => !s.is_empty() && s.chars().all(|c| alnum(c) || c == '-'),
            Pattern::Colon => {
                !s.is_empty()
                    && s.chars()
                        .all(|c| alnum(c) || c == ':' || c == '_' || c == '-')
            }
            Pattern::Hex => {
                let digits = s.strip_prefix("0x").unwrap_or(s);
                !digits.is_empty() && digits.chars().all(|c| c.is_ascii_hexdigit())
            }
            Pattern::PolicyName => {
                !s.is_empty()
                    && s.chars()
                        .all(|c| c.is_alphanumeric() || c == '_' || "+=,.@-".contains(c))
            }
            Pattern::Digits => !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()),
            Pattern::Graph => s
                .chars()
                .all(|c| c == ' ' || !(c.is_whitespace() || c.is_control())),
            Pattern::Serial => {
                !s.is_empty() && s.chars().all(|c| c.is_ascii_hexdigit() || c == ':')
            }
            Pattern::TagKey => s.chars().all(|c| {
                c.is_alphabetic()
                    || c.is_numeric()
                    || c == ' '
                    || c == '\u{a0}'
                    || "_.:/=+-@".contains(c)
            }),
        }
    }

    pub fn text(self) -> &'static str {
        match self {
            Pattern::Name => "[a-zA-Z0-9_-]+",
            Pattern::Hyphenated => "[a-zA-Z0-9\\-]+",
            Pattern::Colon => "[a-zA-Z0-9:_-]+",
            Pattern::Token => "^[a-zA-Z0-9-_]+$",
            Pattern::TagKey => "^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$",
            Pattern::Hex => "(0x)?[a-fA-F0-9]+",
            Pattern::PolicyName => "[\\w+=,.@-]+",
            Pattern::Digits => "[0-9]+",
            Pattern::Graph => "[\\p{Graph}\\x20]*",
            Pattern::Serial => "[a-fA-F0-9:]+",
        }
    }
}

/// The constraints of one string shape.
#[derive(Clone, Copy, Debug)]
pub struct StrRule {
    pub min: Option<usize>,
    pub max: Option<usize>,
    pub pattern: Option<Pattern>,
    pub one_of: Option<&'static [&'static str]>,
}

const fn rule(min: Option<usize>, max: Option<usize>, pattern: Option<Pattern>) -> StrRule {
    StrRule {
        min,
        max,
        pattern,
        one_of: None,
    }
}

pub const fn enum_rule(values: &'static [&'static str]) -> StrRule {
    StrRule {
        min: None,
        max: None,
        pattern: None,
        one_of: Some(values),
    }
}

pub const ACTION_NAME: StrRule = rule(None, Some(128), Some(Pattern::Name));
pub const TASK_ID: StrRule = rule(Some(1), Some(128), Some(Pattern::Name));
pub const AUDIT_TASK_ID: StrRule = rule(Some(1), Some(40), Some(Pattern::Hyphenated));
pub const FINDING_ID: StrRule = rule(Some(1), Some(128), Some(Pattern::Name));
pub const VIOLATION_ID: StrRule = rule(Some(1), Some(128), Some(Pattern::Hyphenated));
pub const PROFILE_NAME: StrRule = rule(Some(1), Some(128), Some(Pattern::Colon));
pub const BEHAVIOR_NAME: StrRule = rule(Some(1), Some(128), Some(Pattern::Colon));
pub const THING_GROUP_NAME: StrRule = rule(Some(1), Some(128), Some(Pattern::Colon));
pub const THING_NAME: StrRule = rule(Some(1), Some(128), None);
pub const CLIENT_TOKEN: StrRule = rule(Some(1), Some(64), Some(Pattern::Token));
pub const ROLE_ARN: StrRule = rule(Some(20), Some(2048), None);
pub const TOPIC_ARN: StrRule = rule(None, Some(350), None);
pub const TAG_KEY: StrRule = rule(Some(1), Some(128), Some(Pattern::TagKey));
pub const TAG_VALUE: StrRule = rule(Some(0), Some(256), None);
pub const ANY_STRING: StrRule = rule(None, None, None);
pub const CERTIFICATE_ID: StrRule = rule(Some(64), Some(64), Some(Pattern::Hex));
pub const POLICY_NAME: StrRule = rule(Some(1), Some(128), Some(Pattern::PolicyName));
pub const POLICY_VERSION_ID: StrRule = rule(None, None, Some(Pattern::Digits));
pub const ACCOUNT_ID: StrRule = rule(Some(12), Some(12), Some(Pattern::Digits));
pub const ROLE_ALIAS_ARN: StrRule = rule(Some(1), Some(2048), None);
pub const ISSUER_SUBJECT: StrRule = rule(None, Some(1000), Some(Pattern::Graph));
pub const ISSUER_ID: StrRule = rule(None, Some(64), Some(Pattern::Hex));
pub const ISSUER_SERIAL: StrRule = rule(None, Some(20), Some(Pattern::Serial));
pub const AUDIT_DESCRIPTION: StrRule = rule(None, Some(1000), Some(Pattern::Graph));
pub const CONFIG_VALUE: StrRule = rule(Some(1), Some(64), None);
pub const TARGET_ARN: StrRule = rule(None, Some(2048), None);
pub const AUDIT_TASK_TYPES: &[&str] = &["ON_DEMAND_AUDIT_TASK", "SCHEDULED_AUDIT_TASK"];
pub const CHECK_CONFIG_NAMES: &[&str] = &[
    "CERT_AGE_THRESHOLD_IN_DAYS",
    "CERT_EXPIRATION_THRESHOLD_IN_DAYS",
];
pub const BEHAVIOR_CRITERIA_TYPES: &[&str] = &["STATIC", "STATISTICAL", "MACHINE_LEARNING"];
pub const VERIFICATION_STATES: &[&str] = &[
    "FALSE_POSITIVE",
    "BENIGN_POSITIVE",
    "TRUE_POSITIVE",
    "UNKNOWN",
];

pub const ACTION_TYPES: &[&str] = &[
    "UPDATE_DEVICE_CERTIFICATE",
    "UPDATE_CA_CERTIFICATE",
    "ADD_THINGS_TO_THING_GROUP",
    "REPLACE_DEFAULT_POLICY_VERSION",
    "ENABLE_IOT_LOGGING",
    "PUBLISH_FINDING_TO_SNS",
];
pub const LOG_LEVELS: &[&str] = &["DEBUG", "INFO", "ERROR", "WARN", "DISABLED"];
pub const AUDIT_EXECUTION_STATUSES: &[&str] = &[
    "IN_PROGRESS",
    "COMPLETED",
    "FAILED",
    "CANCELED",
    "SKIPPED",
    "PENDING",
];
pub const AUDIT_TASK_STATUSES: &[&str] = &["IN_PROGRESS", "COMPLETED", "FAILED", "CANCELED"];

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

/// Collects the validation errors of one request.
#[derive(Default)]
pub struct Checker {
    constraints: Vec<String>,
    others: Vec<String>,
}

impl Checker {
    pub fn new() -> Self {
        Self::default()
    }

    /// A model constraint that a member does not satisfy.
    pub fn constraint(&mut self, path: &str, value: &Value, what: &str) {
        self.constraints.push(format!(
            "Value {} at '{path}' failed to satisfy constraint: {what}",
            show(value)
        ));
    }

    /// A rule of the service beyond the model's constraints.
    pub fn custom(&mut self, message: impl Into<String>) {
        self.others.push(message.into());
    }

    /// `Ok` when nothing was found; else the `InvalidRequestException` to answer.
    /// Model constraint violations are reported first, all together, as AWS's
    /// validation layer does; otherwise the first other rule broken.
    pub fn finish(self) -> Result<(), ApiError> {
        if !self.constraints.is_empty() {
            let n = self.constraints.len();
            let plural = if n == 1 { "error" } else { "errors" };
            return Err(ApiError::invalid(format!(
                "{n} validation {plural} detected: {}",
                self.constraints.join("; ")
            )));
        }
        match self.others.into_iter().next() {
            Some(m) => Err(ApiError::invalid(m)),
            None => Ok(()),
        }
    }

    /// Checks a string against a rule; `true` when it satisfies it.
    pub fn check_str(&mut self, path: &str, s: &str, r: StrRule) -> bool {
        let before = self.constraints.len();
        let len = s.chars().count();
        let v = Value::from(s);
        if let Some(values) = r.one_of {
            if !values.contains(&s) {
                self.constraint(
                    path,
                    &v,
                    &format!(
                        "Member must satisfy enum value set: [{}]",
                        values.join(", ")
                    ),
                );
            }
        }
        if let Some(max) = r.max {
            if len > max {
                self.constraint(
                    path,
                    &v,
                    &format!("Member must have length less than or equal to {max}"),
                );
            }
        }
        if let Some(min) = r.min {
            if len < min {
                self.constraint(
                    path,
                    &v,
                    &format!("Member must have length greater than or equal to {min}"),
                );
            }
        }
        if let Some(p) = r.pattern {
            if !p.matches(s) {
                self.constraint(
                    path,
                    &v,
                    &format!(
                        "Member must satisfy regular expression pattern: {}",
                        p.text()
                    ),
                );
            }
        }
        self.constraints.len() == before
    }

    fn missing(&mut self, path: &str) {
        self.constraint(path, &Value::Null, "Member must not be null");
    }

    fn wrong_type(&mut self, path: &str, v: &Value, expected: &str) {
        self.constraint(path, v, &format!("Member must be {expected}"));
    }

    /// A member that must be a JSON object (a structure or a map).
    pub fn object<'a>(
        &mut self,
        obj: &'a Map<String, Value>,
        key: &str,
        path: &str,
        required: bool,
    ) -> Option<&'a Map<String, Value>> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.missing(path);
                }
                None
            }
            Some(Value::Object(m)) => Some(m),
            Some(other) => {
                self.wrong_type(path, other, "a structure");
                None
            }
        }
    }

    /// A string member, checked against its rule; returned only when valid.
    pub fn string(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        r: StrRule,
        required: bool,
    ) -> Option<String> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.missing(path);
                }
                None
            }
            Some(Value::String(s)) => {
                if self.check_str(path, s, r) {
                    Some(s.clone())
                } else {
                    None
                }
            }
            Some(other) => {
                self.wrong_type(path, other, "a string");
                None
            }
        }
    }

    /// A boolean member.
    pub fn boolean(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<bool> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(other) => {
                self.wrong_type(path, other, "a boolean");
                None
            }
        }
    }

    /// A timestamp member (epoch seconds).
    pub fn timestamp(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        required: bool,
    ) -> Option<i64> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.missing(path);
                }
                None
            }
            Some(v) => match util::json_timestamp(v) {
                Some(ms) => Some(ms),
                None => {
                    self.wrong_type(path, v, "a timestamp (epoch seconds)");
                    None
                }
            },
        }
    }

    /// A list of strings with its size bounds and the rule of its members;
    /// returned only when every member is valid.
    #[allow(clippy::too_many_arguments)]
    pub fn string_list(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        min: usize,
        max: usize,
        item: StrRule,
        required: bool,
    ) -> Option<Vec<String>> {
        match obj.get(key) {
            None | Some(Value::Null) => {
                if required {
                    self.missing(path);
                }
                None
            }
            Some(v @ Value::Array(items)) => self.strings_of(path, v, items, min, max, item),
            Some(other) => {
                self.wrong_type(path, other, "a list");
                None
            }
        }
    }

    /// The members of a JSON array as strings, checked as [`Checker::string_list`] does.
    pub fn strings_of(
        &mut self,
        path: &str,
        whole: &Value,
        items: &[Value],
        min: usize,
        max: usize,
        item: StrRule,
    ) -> Option<Vec<String>> {
        let before = self.constraints.len();
        if items.len() > max {
            self.constraint(
                path,
                whole,
                &format!("Member must have length less than or equal to {max}"),
            );
        }
        if items.len() < min {
            self.constraint(
                path,
                whole,
                &format!("Member must have length greater than or equal to {min}"),
            );
        }
        let mut out = Vec::with_capacity(items.len());
        let member_path = format!("{path}.member");
        for it in items {
            match it {
                Value::String(s) => {
                    if self.check_str(&member_path, s, item) {
                        out.push(s.clone());
                    }
                }
                other => self.wrong_type(&member_path, other, "a string"),
            }
        }
        if self.constraints.len() == before {
            Some(out)
        } else {
            None
        }
    }
}

impl Checker {
    /// A `ResourceIdentifier` member, checked member by member; returned (as sent) only when
    /// valid and naming at least one resource.
    pub fn resource_identifier(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        required: bool,
    ) -> Option<Value> {
        let before = self.constraints.len();
        let m = self.object(obj, key, path, required)?;
        let p = |member: &str| format!("{path}.{member}");
        self.string(
            m,
            "deviceCertificateId",
            &p("deviceCertificateId"),
            CERTIFICATE_ID,
            false,
        );
        self.string(
            m,
            "caCertificateId",
            &p("caCertificateId"),
            CERTIFICATE_ID,
            false,
        );
        self.string(
            m,
            "cognitoIdentityPoolId",
            &p("cognitoIdentityPoolId"),
            ANY_STRING,
            false,
        );
        self.string(m, "clientId", &p("clientId"), ANY_STRING, false);
        if let Some(v) = self.object(
            m,
            "policyVersionIdentifier",
            &p("policyVersionIdentifier"),
            false,
        ) {
            let q = |member: &str| format!("{path}.policyVersionIdentifier.{member}");
            self.string(v, "policyName", &q("policyName"), POLICY_NAME, false);
            self.string(
                v,
                "policyVersionId",
                &q("policyVersionId"),
                POLICY_VERSION_ID,
                false,
            );
        }
        self.string(m, "account", &p("account"), ACCOUNT_ID, false);
        self.string(m, "iamRoleArn", &p("iamRoleArn"), ROLE_ARN, false);
        self.string(m, "roleAliasArn", &p("roleAliasArn"), ROLE_ALIAS_ARN, false);
        if let Some(v) = self.object(
            m,
            "issuerCertificateIdentifier",
            &p("issuerCertificateIdentifier"),
            false,
        ) {
            let q = |member: &str| format!("{path}.issuerCertificateIdentifier.{member}");
            self.string(
                v,
                "issuerCertificateSubject",
                &q("issuerCertificateSubject"),
                ISSUER_SUBJECT,
                false,
            );
            self.string(v, "issuerId", &q("issuerId"), ISSUER_ID, false);
            self.string(
                v,
                "issuerCertificateSerialNumber",
                &q("issuerCertificateSerialNumber"),
                ISSUER_SERIAL,
                false,
            );
        }
        self.string(
            m,
            "deviceCertificateArn",
            &p("deviceCertificateArn"),
            ANY_STRING,
            false,
        );
        if self.constraints.len() != before {
            return None;
        }
        if !m.values().any(|v| !v.is_null()) {
            self.custom(format!("{path} must name a resource."));
            return None;
        }
        Some(Value::Object(m.clone()))
    }

    /// An integer member within `min..=max`.
    pub fn integer(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        path: &str,
        min: i64,
        max: i64,
    ) -> Option<i64> {
        match obj.get(key) {
            None | Some(Value::Null) => None,
            Some(v) => match v.as_i64() {
                Some(n) if n < min => {
                    self.constraint(
                        path,
                        v,
                        &format!("Member must have value greater than or equal to {min}"),
                    );
                    None
                }
                Some(n) if n > max => {
                    self.constraint(
                        path,
                        v,
                        &format!("Member must have value less than or equal to {max}"),
                    );
                    None
                }
                Some(n) => Some(n),
                None => {
                    self.wrong_type(path, v, "an integer");
                    None
                }
            },
        }
    }
}

/// Parameters of a list request's query string, with the checks of the model.
pub struct Query<'a> {
    pairs: &'a [(String, String)],
}

impl<'a> Query<'a> {
    pub fn new(pairs: &'a [(String, String)]) -> Self {
        Query { pairs }
    }

    /// The first value given for a parameter.
    pub fn raw(&self, name: &str) -> Option<&'a str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn string(
        &self,
        c: &mut Checker,
        name: &str,
        r: StrRule,
        required: bool,
    ) -> Option<String> {
        match self.raw(name) {
            None => {
                if required {
                    c.missing(name);
                }
                None
            }
            Some(s) => {
                if c.check_str(name, s, r) {
                    Some(s.to_string())
                } else {
                    None
                }
            }
        }
    }

    pub fn timestamp(&self, c: &mut Checker, name: &str, required: bool) -> Option<i64> {
        match self.raw(name) {
            None => {
                if required {
                    c.missing(name);
                }
                None
            }
            Some(s) => match util::parse_timestamp_text(s) {
                Some(ms) => Some(ms),
                None => {
                    c.constraint(
                        name,
                        &Value::from(s),
                        "Member must be a timestamp in ISO 8601 format (for example 2026-01-31T12:00:00Z)",
                    );
                    None
                }
            },
        }
    }

    /// `maxResults`: 1..=250, 25 when absent.
    pub fn max_results(&self, c: &mut Checker) -> usize {
        match self.raw("maxResults") {
            None => 25,
            Some(s) => match s.trim().parse::<i64>() {
                Ok(n) if n > 250 => {
                    c.constraint(
                        "maxResults",
                        &Value::from(s),
                        "Member must have value less than or equal to 250",
                    );
                    25
                }
                Ok(n) if n < 1 => {
                    c.constraint(
                        "maxResults",
                        &Value::from(s),
                        "Member must have value greater than or equal to 1",
                    );
                    25
                }
                Ok(n) => n as usize,
                Err(_) => {
                    c.constraint("maxResults", &Value::from(s), "Member must be an integer");
                    25
                }
            },
        }
    }

    /// A boolean parameter (`true` or `false`).
    pub fn boolean(&self, c: &mut Checker, name: &str) -> Option<bool> {
        match self.raw(name) {
            None => None,
            Some(s) if s.eq_ignore_ascii_case("true") => Some(true),
            Some(s) if s.eq_ignore_ascii_case("false") => Some(false),
            Some(s) => {
                c.constraint(
                    name,
                    &Value::from(s),
                    "Member must be a boolean (true or false)",
                );
                None
            }
        }
    }

    /// The `nextToken` text, when given and non-empty.
    pub fn next_token(&self) -> Option<&'a str> {
        self.raw("nextToken").filter(|s| !s.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn patterns() {
        assert!(Pattern::Name.matches("a_b-C9"));
        assert!(!Pattern::Name.matches("a b"));
        assert!(!Pattern::Name.matches(""));
        assert!(Pattern::Hyphenated.matches("9a8b-0001"));
        assert!(!Pattern::Hyphenated.matches("a_b"));
        assert!(Pattern::Colon.matches("a:b_c-d"));
        assert!(Pattern::TagKey.matches("env:prod/x=y+z@ü"));
        assert!(!Pattern::TagKey.matches("bad*"));
    }

    #[test]
    fn messages() {
        let body = json!({"roleArn": "short", "x": 1});
        let obj = body.as_object().cloned().unwrap_or_default();
        let mut c = Checker::new();
        assert!(c
            .string(&obj, "roleArn", "roleArn", ROLE_ARN, true)
            .is_none());
        assert!(c
            .string(&obj, "missing", "missing", ROLE_ARN, true)
            .is_none());
        let err = c.finish().err().map(|e| e.message).unwrap_or_default();
        assert!(err.starts_with("2 validation errors detected: Value 'short' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20"), "{err}");
        assert!(
            err.contains(
                "Value null at 'missing' failed to satisfy constraint: Member must not be null"
            ),
            "{err}"
        );
    }
}
