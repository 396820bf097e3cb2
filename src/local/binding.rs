//! The model's HTTP bindings, read both ways a request needs them: which operation a request
//! is, from its method and path against each operation's `requestUri` template (labels such as
//! `{taskId}`, greedy labels such as `{key+}`, and literal query parameters after a `?`), and
//! the operation's input document, a JSON object keyed by member names as the command line
//! builds it: path labels, query parameters and headers are mapped back to their members by
//! `locationName` and read as their members' kinds (integers, booleans, timestamps, lists of the
//! values of a repeated parameter); the JSON body gives the other members. Body members are
//! taken as the model has them, in its order: a member the model does not have and a member
//! sent as `null` are left out, and a timestamp written as text is read as epoch seconds.

use std::sync::OnceLock;

use hyper::header::HeaderMap;
use serde_json::{Map, Value};

use crate::model::{self, Kind, Operation, Shape};

use super::error::ApiError;
use super::http::percent_decode;
use super::util;
use super::validate::Unreadable;

enum Segment {
    Literal(&'static str),
    Label(&'static str),
    /// `{name+}`: one or more segments, joined with `/`.
    Greedy(&'static str),
}

/// One operation's binding: its method and its `requestUri` template.
struct Route {
    op: &'static Operation,
    segments: Vec<Segment>,
    /// Literal query parameters the template requires (`?type=x`, or a bare `?flag`).
    query: Vec<(&'static str, Option<&'static str>)>,
}

impl Route {
    fn new(op: &'static Operation) -> Route {
        let (path, query) = op
            .http
            .request_uri
            .split_once('?')
            .unwrap_or((op.http.request_uri, ""));
        let segments = path
            .strip_prefix('/')
            .unwrap_or(path)
            .split('/')
            .map(
                |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                    Some(label) => match label.strip_suffix('+') {
                        Some(greedy) => Segment::Greedy(greedy),
                        None => Segment::Label(label),
                    },
                    None => Segment::Literal(s),
                },
            )
            .collect();
        let query = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| match p.split_once('=') {
                Some((k, v)) => (k, Some(v)),
                None => (p, None),
            })
            .collect();
        Route {
            op,
            segments,
            query,
        }
    }

    /// The labels of a path (its segments decoded) when the template matches it, with how many
    /// literal segments matched (the more, the better the match).
    fn matches(
        &self,
        path: &[String],
        query: &[(String, String)],
    ) -> Option<(usize, Vec<(&'static str, String)>)> {
        let literal_query = self.query.iter().all(|(k, v)| {
            query
                .iter()
                .any(|(qk, qv)| qk == k && v.is_none_or(|v| qv == v))
        });
        if !literal_query {
            return None;
        }
        let mut labels = Vec::new();
        let mut literals = 0;
        let mut rest = path;
        for (i, segment) in self.segments.iter().enumerate() {
            match segment {
                Segment::Literal(text) => {
                    let (first, tail) = rest.split_first()?;
                    if first != text {
                        return None;
                    }
                    literals += 1;
                    rest = tail;
                }
                Segment::Label(name) => {
                    let (first, tail) = rest.split_first()?;
                    labels.push((*name, first.clone()));
                    rest = tail;
                }
                Segment::Greedy(name) => {
                    // The segments after the greedy label are literal or labels, one each.
                    let after = self.segments.len() - i - 1;
                    if rest.len() <= after {
                        return None;
                    }
                    let (taken, tail) = rest.split_at(rest.len() - after);
                    labels.push((*name, taken.join("/")));
                    rest = tail;
                }
            }
        }
        rest.is_empty().then_some((literals, labels))
    }
}

fn routes() -> &'static [Route] {
    static ROUTES: OnceLock<Vec<Route>> = OnceLock::new();
    ROUTES.get_or_init(|| model::get().operations.values().map(Route::new).collect())
}

/// The operation a request is, with the labels of its path.
pub struct Matched {
    pub op: &'static Operation,
    pub labels: Vec<(&'static str, String)>,
}

/// Finds the operation of the model that a method and path (and the query's literal parameters)
/// name; when several templates match, the one with the most literal segments wins.
pub fn route(method: &str, path: &str, query: &[(String, String)]) -> Result<Matched, ApiError> {
    let mut segments = Vec::new();
    for raw in path.strip_prefix('/').unwrap_or(path).split('/') {
        segments.push(percent_decode(raw).ok_or_else(|| {
            ApiError::invalid(format!(
                "The path segment '{raw}' is not validly percent-encoded UTF-8."
            ))
        })?);
    }
    let mut best: Option<(usize, Matched)> = None;
    for r in routes().iter().filter(|r| r.op.http.method == method) {
        if let Some((literals, labels)) = r.matches(&segments, query) {
            if best.as_ref().is_none_or(|(b, _)| literals > *b) {
                best = Some((literals, Matched { op: r.op, labels }));
            }
        }
    }
    best.map(|(_, m)| m).ok_or_else(|| {
        ApiError::new(
            404,
            "UnknownOperationException",
            format!("No operation of this endpoint matches {method} {path}."),
        )
    })
}

/// Whether any member of the operation's input comes from the body.
pub fn has_body(op: &Operation) -> bool {
    model::get()
        .input(op)
        .is_some_and(|s| s.members.values().any(|m| m.location.is_none()))
}

/// The header values the operation's input reads, taken from the request before its body is.
pub fn header_values(op: &Operation, headers: &HeaderMap) -> Vec<(&'static str, String)> {
    let Some(shape) = model::get().input(op) else {
        return Vec::new();
    };
    shape
        .members
        .iter()
        .filter(|(_, m)| m.location == Some("header"))
        .filter_map(|(name, m)| {
            let value = headers.get(m.location_name.unwrap_or(name))?;
            Some((name, value.to_str().ok()?.to_string()))
        })
        .collect()
}

/// A request's parts that carry an operation's input.
pub struct Parts<'a> {
    pub labels: &'a [(&'static str, String)],
    pub query: &'a [(String, String)],
    pub headers: &'a [(&'static str, String)],
    pub body: &'a [u8],
}

/// The input document of `op` from a request's parts, with the values that could not be read
/// as their members' kinds (left in the document as they came, for the validator to pass over).
pub fn decode(
    op: &Operation,
    parts: &Parts<'_>,
) -> Result<(Map<String, Value>, Vec<Unreadable>), ApiError> {
    let mut doc = Map::new();
    let mut unreadable = Vec::new();
    let model = model::get();
    let Some(shape) = model.input(op) else {
        return Ok((doc, unreadable));
    };
    let body = if has_body(op) {
        parse_body(parts.body)?
    } else {
        Map::new()
    };
    for (name, member) in shape.members.iter() {
        let key = member.location_name.unwrap_or(name);
        let member_shape = model.at(member.shape_index);
        let mut read = |text: &str| coerce(text, member_shape, name, &mut unreadable);
        let value = match member.location {
            Some("uri") => parts
                .labels
                .iter()
                .find(|(label, _)| *label == key)
                .map(|(_, v)| read(v)),
            Some("header") => parts
                .headers
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| read(v)),
            Some("querystring") => {
                let mut values = parts.query.iter().filter(|(k, _)| k == key);
                match (member_shape.kind, &member_shape.member) {
                    // A repeated parameter: one item a value.
                    (Kind::List, Some(item)) => {
                        let item = model.at(item.index);
                        let items: Vec<Value> = values
                            .map(|(_, v)| coerce(v, item, name, &mut unreadable))
                            .collect();
                        (!items.is_empty()).then_some(Value::Array(items))
                    }
                    _ => values.next().map(|(_, v)| read(v)),
                }
            }
            Some(_) => None,
            None => body
                .get(name)
                .filter(|v| !v.is_null())
                .map(|v| shaped(v, member_shape, name, name, &mut unreadable)),
        };
        if let Some(v) = value {
            doc.insert(name.to_string(), v);
        }
    }
    Ok((doc, unreadable))
}

/// The input document of `op` given as one JSON object of all its members (what a seed file
/// gives where a request would), each member taken as a body member is.
pub fn document(
    op: &Operation,
    given: &Map<String, Value>,
) -> (Map<String, Value>, Vec<Unreadable>) {
    let mut doc = Map::new();
    let mut unreadable = Vec::new();
    let model = model::get();
    if let Some(shape) = model.input(op) {
        for (name, member) in shape.members.iter() {
            if let Some(v) = given.get(name).filter(|v| !v.is_null()) {
                let v = shaped(v, model.at(member.shape_index), name, name, &mut unreadable);
                doc.insert(name.to_string(), v);
            }
        }
    }
    (doc, unreadable)
}

/// A value given as the member `member` of an input without a request (what a seed file
/// gives), of the model's shape `shape`, taken as a body member is.
pub fn shaped_value(value: &Value, shape: &str, member: &str) -> (Value, Vec<Unreadable>) {
    let mut unreadable = Vec::new();
    let v = match model::get().find_shape(shape) {
        Some(s) => shaped(value, s, member, member, &mut unreadable),
        None => value.clone(),
    };
    (v, unreadable)
}

/// A JSON value of the body as the model has it: structures with their known, non-null members
/// in model order; timestamps as epoch seconds.
fn shaped(
    value: &Value,
    shape: &Shape,
    member: &str,
    wire: &str,
    unreadable: &mut Vec<Unreadable>,
) -> Value {
    let model = model::get();
    match (shape.kind, value) {
        (Kind::Structure, Value::Object(obj)) => {
            let mut out = Map::new();
            for (name, m) in shape.members.iter() {
                if let Some(v) = obj.get(name).filter(|v| !v.is_null()) {
                    let wire = format!("{wire}.{name}");
                    let v = shaped(v, model.at(m.shape_index), member, &wire, unreadable);
                    out.insert(name.to_string(), v);
                }
            }
            Value::Object(out)
        }
        (Kind::List, Value::Array(items)) => match &shape.member {
            Some(item) => {
                let item_shape = model.at(item.index);
                let wire = format!("{wire}.member");
                Value::Array(
                    items
                        .iter()
                        .map(|v| shaped(v, item_shape, member, &wire, unreadable))
                        .collect(),
                )
            }
            None => value.clone(),
        },
        (Kind::Map, Value::Object(obj)) => match &shape.value {
            Some(v) => {
                let value_shape = model.at(v.index);
                Value::Object(
                    obj.iter()
                        .map(|(k, v)| {
                            let wire = format!("{wire}.{k}");
                            (k.clone(), shaped(v, value_shape, member, &wire, unreadable))
                        })
                        .collect(),
                )
            }
            None => value.clone(),
        },
        (Kind::Timestamp, Value::Number(_) | Value::String(_)) => match util::json_timestamp(value)
        {
            Some(ms) => util::ms_to_json(ms),
            None => {
                unreadable.push(Unreadable::new(
                    member,
                    wire,
                    value,
                    "Member must be a timestamp (epoch seconds)",
                ));
                value.clone()
            }
        },
        _ => value.clone(),
    }
}

/// Text from the path, the query string or a header, read as its member's kind.
fn coerce(text: &str, shape: &Shape, member: &str, unreadable: &mut Vec<Unreadable>) -> Value {
    let raw = Value::from(text);
    let read = match shape.kind {
        Kind::Integer | Kind::Long => text
            .trim()
            .parse::<i64>()
            .map(Value::from)
            .map_err(|_| "Member must be an integer"),
        Kind::Float | Kind::Double => text
            .trim()
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map(Value::Number)
            .ok_or("Member must be a number"),
        Kind::Boolean if text.eq_ignore_ascii_case("true") => Ok(Value::Bool(true)),
        Kind::Boolean if text.eq_ignore_ascii_case("false") => Ok(Value::Bool(false)),
        Kind::Boolean => Err("Member must be a boolean (true or false)"),
        Kind::Timestamp => util::parse_timestamp_text(text)
            .map(util::ms_to_json)
            .ok_or(
                "Member must be a timestamp in ISO 8601 format (for example 2026-01-31T12:00:00Z)",
            ),
        _ => Ok(raw.clone()),
    };
    read.unwrap_or_else(|what| {
        unreadable.push(Unreadable::new(member, member, &raw, what));
        raw
    })
}

fn parse_body(bytes: &[u8]) -> Result<Map<String, Value>, ApiError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(Map::new());
    }
    let v: Value = serde_json::from_slice(bytes)
        .map_err(|e| ApiError::invalid(format!("The request body is not valid JSON: {e}.")))?;
    match v {
        Value::Object(m) => Ok(m),
        _ => Err(ApiError::invalid("The request body must be a JSON object.")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn name(method: &str, path: &str) -> Option<&'static str> {
        route(method, path, &[]).ok().map(|m| m.op.name)
    }

    #[test]
    fn every_operation_is_reached_by_its_own_template() {
        for op in model::get().operations.values() {
            let path = op
                .http
                .request_uri
                .split('?')
                .next()
                .unwrap_or_default()
                .replace(['{', '}', '+'], "");
            assert_eq!(name(op.http.method, &path), Some(op.name), "{path}");
        }
    }

    #[test]
    fn routes_decode_labels_and_prefer_literal_segments() {
        let m = route("POST", "/mitigationactions/actions/a%2Db", &[]).ok();
        let m = m.map(|m| (m.op.name, m.labels));
        assert_eq!(
            m,
            Some((
                "CreateMitigationAction",
                vec![("actionName", "a-b".to_string())]
            ))
        );
        assert_eq!(
            name("PUT", "/detect/mitigationactions/tasks/t1/cancel"),
            Some("CancelDetectMitigationActionsTask")
        );
        assert_eq!(
            name("GET", "/security-profiles/p/targets"),
            Some("ListTargetsForSecurityProfile")
        );
        assert_eq!(name("GET", "/nope"), None);
        assert_eq!(name("PUT", "/mitigationactions/actions/x"), None);
        let bad = route("GET", "/mitigationactions/actions/%zz", &[]).err();
        assert_eq!(bad.map(|e| e.status), Some(400));
    }

    #[test]
    fn greedy_labels_and_literal_query_parameters() {
        static OP: Operation = Operation {
            name: "GetThing",
            http: model::Http {
                method: "GET",
                request_uri: "/things/{path+}/x?kind=a",
            },
            input: None,
            output: None,
            errors: &[],
            documentation: "",
            documentation_text: "",
        };
        let r = Route::new(&OP);
        let path = |p: &str| p.split('/').map(String::from).collect::<Vec<_>>();
        let q = [("kind".to_string(), "a".to_string())];
        assert_eq!(
            r.matches(&path("things/a/b/x"), &q).map(|m| m.1),
            Some(vec![("path", "a/b".to_string())])
        );
        assert!(r.matches(&path("things/x"), &q).is_none());
        assert!(r.matches(&path("things/a/x"), &[]).is_none());
    }

    #[test]
    fn query_values_are_read_as_their_kinds() {
        let op = &model::get().operations["ListAuditMitigationActionsTasks"];
        let query: Vec<(String, String)> = [
            ("maxResults", " 7"),
            ("startTime", "1970-01-01T00:00:01.5Z"),
            ("endTime", "never"),
            ("taskStatus", "FAILED"),
            ("other", "x"),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let parts = Parts {
            labels: &[],
            query: &query,
            headers: &[],
            body: b"{not even json",
        };
        let (doc, unreadable) = decode(op, &parts).unwrap_or_default();
        assert_eq!(
            Value::Object(doc),
            json!({"taskStatus": "FAILED", "maxResults": 7, "startTime": 1.5, "endTime": "never"})
        );
        assert_eq!(unreadable.len(), 1);
        assert_eq!(unreadable[0].line, "Value 'never' at 'endTime' failed to satisfy constraint: Member must be a timestamp in ISO 8601 format (for example 2026-01-31T12:00:00Z)");
    }

    #[test]
    fn body_members_are_taken_as_the_model_has_them() {
        let op = &model::get().operations["StartDetectMitigationActionsTask"];
        let body = json!({
            "clientRequestToken": "t", "taskId": "ignored", "unknown": 1, "includeSuppressedAlerts": null,
            "violationEventOccurrenceRange": {"endTime": "1970-01-01T00:00:02Z", "startTime": "soon"},
            "target": {"securityProfileName": "p", "violationIds": null}
        })
        .to_string();
        let labels = [("taskId", "t1".to_string())];
        let parts = Parts {
            labels: &labels,
            query: &[],
            headers: &[],
            body: body.as_bytes(),
        };
        let (doc, unreadable) = decode(op, &parts).unwrap_or_default();
        assert_eq!(
            serde_json::to_string(&doc).unwrap_or_default(),
            r#"{"taskId":"t1","target":{"securityProfileName":"p"},"violationEventOccurrenceRange":{"startTime":"soon","endTime":2},"clientRequestToken":"t"}"#
        );
        assert_eq!(unreadable.len(), 1);
        assert_eq!(
            unreadable[0].wire,
            "violationEventOccurrenceRange.startTime"
        );
        let parts = Parts {
            body: b"[1]",
            ..parts
        };
        assert!(decode(op, &parts).is_err());
    }
}
