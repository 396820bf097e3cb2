//! Input validation: checks a complete input document against the service model before any
//! request is built, and reports every problem with the flag it belongs to.
//!
//! Checked at every level: required members (except idempotency tokens, which are filled in
//! automatically), unknown keys, value types, enum values, string lengths (in Unicode code
//! points), integer ranges, list and map sizes, string patterns (matched against the whole
//! value), and that a `MitigationActionParams` object sets exactly one action type.
//!
//! Problems come in document order; within one object, missing members and the action-type rule
//! come first, then each key as it appears. A string that breaks its length limits is not also
//! checked against its pattern, and a value outside its enum gets no further string checks.
//!
//! The same walk checks what the local endpoint receives, under the service's [`Rules`]: each
//! problem also says which [`Constraint`] it breaks, on which value, at which place as AWS
//! services name it ([`Invalid::wire`]), for the endpoint to word it as the service does.

use crate::model::{self, Kind, Model, Operation, Shape};
use serde_json::{Map, Value};

/// One problem with the input.
#[derive(Debug, Clone, PartialEq)]
pub struct Invalid {
    /// The top-level input member, e.g. `actionParams` (empty when the document itself is not an
    /// object).
    pub member: String,
    /// Where inside the member, e.g. `addThingsToThingGroupParams.thingGroupNames`,
    /// `findingIds[3]`, `auditCheckToReasonCodeFilter.CHECK_A`; empty for the member itself.
    pub path: String,
    /// What is wrong, e.g. `at most 10 items, got 11`.
    pub problem: String,
    /// The problem is the whole line (botocore's wording of a value of the wrong type).
    pub whole: bool,
    /// The constraint broken, for wording the problem otherwise.
    pub constraint: Constraint,
    /// The value at fault: null for a missing member, the key for a map key.
    pub value: Value,
    /// The place as AWS services name it in their validation messages: the member and the
    /// members within it joined with `.`, a list's items as `member`, a map's values by their
    /// key, and a map's keys at the map itself: `tags.member.Key`,
    /// `auditCheckToActionsMapping.CHECK_A.member`.
    pub wire: String,
}

/// The constraint of the model that a problem breaks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Constraint {
    /// A required member is missing.
    Required,
    /// A member the structure does not have.
    Unknown,
    /// A value of another JSON type than the shape's kind takes.
    Type(Kind),
    /// A string outside the shape's enum.
    Enum(&'static [&'static str]),
    /// A string, list or map shorter than the shape's minimum.
    MinLength(i64),
    /// A string, list or map longer than the shape's maximum.
    MaxLength(i64),
    /// A number below the shape's minimum.
    MinValue(i64),
    /// A number above the shape's maximum.
    MaxValue(i64),
    /// A string that the shape's pattern does not match.
    Pattern(&'static str),
    /// A structure of which exactly one member must be set sets none or several.
    ExactlyOne,
}

impl Invalid {
    /// `--action-params: addThingsToThingGroupParams.thingGroupNames: at most 10 items, got 11`;
    /// the path part is left out when it is empty.
    pub fn message(&self) -> String {
        if self.whole {
            return self.problem.clone();
        }
        if self.member.is_empty() {
            return format!("input: {}", self.problem);
        }
        let flag = model::cli_name(&self.member);
        if self.path.is_empty() {
            format!("--{flag}: {}", self.problem)
        } else {
            format!("--{flag}: {}: {}", self.path, self.problem)
        }
    }
}

/// How a document is read: as the command line checks it before sending it, or as the service
/// checks what it receives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    /// Idempotency tokens may be left out: the SDK fills them in.
    pub tokens_filled_in: bool,
    /// A pattern must match the whole value, as the service's regular expressions are applied,
    /// and may hold an optional group such as `(0x)?`; otherwise a value matches when some part
    /// of it does (Smithy), and a pattern with a quantified group is not checked.
    pub whole_patterns: bool,
    /// A string is checked against its pattern even when its length is already wrong, and both
    /// problems are reported.
    pub every_string_problem: bool,
    /// A timestamp must be a number of seconds since the epoch (REST-JSON's form), rather than
    /// any text the command line reads as a time.
    pub numeric_timestamps: bool,
}

impl Rules {
    /// The command line's checks, before anything is sent.
    pub const COMMAND_LINE: Rules = Rules {
        tokens_filled_in: true,
        whole_patterns: false,
        every_string_problem: false,
        numeric_timestamps: false,
    };

    /// The service's checks, on a request as it arrives.
    pub const SERVICE: Rules = Rules {
        tokens_filled_in: false,
        whole_patterns: true,
        every_string_problem: true,
        numeric_timestamps: true,
    };
}

/// Structures of which exactly one member must be set.
const EXACTLY_ONE: &[&str] = &["MitigationActionParams"];

/// Checks a complete input document (a JSON object keyed by the model's member names) and
/// returns every problem found, in document order. Timestamps may be given as strings (ISO 8601,
/// RFC 822 or seconds since the epoch) or numbers.
pub fn validate(op: &Operation, doc: &Value) -> Vec<Invalid> {
    validate_with(op, doc, Rules::COMMAND_LINE)
}

/// [`validate`] under the given rules.
pub fn validate_with(op: &Operation, doc: &Value, rules: Rules) -> Vec<Invalid> {
    let model = model::get();
    let mut checker = Checker {
        model,
        rules,
        problems: Vec::new(),
    };
    let Some(obj) = doc.as_object() else {
        checker.problems.push(Invalid {
            member: String::new(),
            path: String::new(),
            problem: format!("expected an object, got {}", json_kind(doc)),
            whole: false,
            constraint: Constraint::Type(Kind::Structure),
            value: doc.clone(),
            wire: String::new(),
        });
        return checker.problems;
    };
    let Some(input) = &op.input else {
        for key in obj.keys() {
            let at = Place::member(key);
            let problem = format!("unknown member {key}, no members are accepted");
            checker.push(&at, &obj[key], Constraint::Unknown, problem);
        }
        return checker.problems;
    };
    let shape = model.shape(input.shape);
    for name in shape.required {
        if !obj.contains_key(*name) && !checker.filled_in(shape, name) {
            let line = format!("Missing required parameter in input: \"{name}\"");
            checker.push_line(
                &Place::member(name),
                &Value::Null,
                Constraint::Required,
                line,
            );
        }
    }
    // As botocore reports them: every unknown key, then each known one.
    for (key, value) in obj {
        if !shape.members.contains_key(key) {
            let line = unknown_line("input", key, shape);
            checker.push_line(&Place::member(key), value, Constraint::Unknown, line);
        }
    }
    for (key, value) in obj {
        if let Some(m) = shape.members.get(key) {
            checker.check(value, model.at(m.shape_index), m.shape, &Place::member(key));
        }
    }
    checker.problems
}

/// Checks one value against the shape named `shape_name`, as the value of the input member
/// `member`.
pub fn validate_value(value: &Value, shape_name: &str, member: &str, rules: Rules) -> Vec<Invalid> {
    let model = model::get();
    let mut checker = Checker {
        model,
        rules,
        problems: Vec::new(),
    };
    if let Some(shape) = model.find_shape(shape_name) {
        checker.check(value, shape, shape_name, &Place::member(member));
    }
    checker.problems
}

/// A key the structure `within` does not have, in botocore's words.
fn unknown_line(within: &str, key: &str, shape: &Shape) -> String {
    let valid: Vec<&str> = shape.members.keys().collect();
    format!(
        "Unknown parameter in {within}: \"{key}\", must be one of: {}",
        valid.join(", ")
    )
}

/// A string or list shorter than its minimum, in botocore's words (the length is the value).
fn min_length_line(name: &str, len: usize, min: i64) -> String {
    format!("Invalid length for parameter {name}, value: {len}, valid min length: {min}")
}

const DICT_TYPES: &str = "<class 'dict'>";
const LIST_TYPES: &str = "<class 'list'>, <class 'tuple'>";
const STR_TYPES: &str = "<class 'str'>";
const INT_TYPES: &str = "<class 'int'>";
const FLOAT_TYPES: &str = "<class 'float'>, <class 'decimal.Decimal'>, <class 'int'>";
const BOOL_TYPES: &str = "<class 'bool'>";
const TIMESTAMP_TYPES: &str = "<class 'datetime.datetime'>, timestamp-string";
const BLOB_TYPES: &str = "<class 'bytes'>, <class 'bytearray'>, file-like object";

/// The parameter as botocore names it: `actionParams.x.y`, `findingIds[0]`.
pub fn botocore_name(member: &str, path: &str) -> String {
    if path.is_empty() || path.starts_with('[') {
        format!("{member}{path}")
    } else {
        format!("{member}.{path}")
    }
}

/// A value of the wrong JSON type, as botocore's parameter validation words it.
pub fn invalid_type_line(name: &str, value: &Value, valid: &str) -> String {
    format!(
        "Invalid type for parameter {name}, value: {}, type: <class '{}'>, valid types: {valid}",
        crate::python::py_str(value),
        crate::python::py_type(value)
    )
}

/// Where a value sits: the top-level member, the path within it as the command line shows it,
/// and the place as the service names it.
struct Place {
    member: String,
    path: String,
    wire: String,
}

impl Place {
    fn member(name: &str) -> Place {
        Place {
            member: name.to_string(),
            path: String::new(),
            wire: name.to_string(),
        }
    }

    /// A member of the structure here.
    fn field(&self, name: &str) -> Place {
        Place {
            member: self.member.clone(),
            path: join(&self.path, name),
            wire: format!("{}.{name}", self.wire),
        }
    }

    /// Item `i` of the list here.
    fn item(&self, i: usize) -> Place {
        Place {
            member: self.member.clone(),
            path: format!("{}[{i}]", self.path),
            wire: format!("{}.member", self.wire),
        }
    }
}

struct Checker<'a> {
    model: &'a Model,
    rules: Rules,
    problems: Vec<Invalid>,
}

impl Checker<'_> {
    fn push(&mut self, at: &Place, value: &Value, constraint: Constraint, problem: String) {
        self.push_whole(at, value, constraint, problem, false);
    }

    /// A problem that botocore's validation also finds, worded as botocore words it.
    fn push_line(&mut self, at: &Place, value: &Value, constraint: Constraint, line: String) {
        self.push_whole(at, value, constraint, line, true);
    }

    fn push_whole(
        &mut self,
        at: &Place,
        value: &Value,
        constraint: Constraint,
        problem: String,
        whole: bool,
    ) {
        self.problems.push(Invalid {
            member: at.member.clone(),
            path: at.path.clone(),
            problem,
            whole,
            constraint,
            value: value.clone(),
            wire: at.wire.clone(),
        });
    }

    /// A problem of the model's constraints: botocore's words for those it checks (minimum
    /// lengths and values), the command line's own for the rest.
    fn push_constraint(
        &mut self,
        at: &Place,
        value: &Value,
        constraint: Constraint,
        problem: String,
    ) {
        let name = botocore_name(&at.member, &at.path);
        let line = match (constraint, value) {
            (Constraint::MinLength(min), Value::String(s)) => {
                Some(min_length_line(&name, s.chars().count(), min))
            }
            (Constraint::MinLength(min), Value::Array(items)) => {
                Some(min_length_line(&name, items.len(), min))
            }
            (Constraint::MinValue(min), _) => Some(format!(
                "Invalid value for parameter {name}, value: {}, valid min value: {min}",
                crate::python::py_str(value)
            )),
            _ => None,
        };
        match line {
            Some(line) => self.push_line(at, value, constraint, line),
            None => self.push(at, value, constraint, problem),
        }
    }

    /// An idempotency token left out for the SDK to fill in.
    fn filled_in(&self, shape: &Shape, name: &str) -> bool {
        self.rules.tokens_filled_in && shape.members.get(name).is_some_and(|m| m.idempotency_token)
    }

    fn invalid_type(&mut self, at: &Place, value: &Value, kind: Kind, valid: &str) {
        let line = invalid_type_line(&botocore_name(&at.member, &at.path), value, valid);
        self.push_line(at, value, Constraint::Type(kind), line);
    }

    fn check(&mut self, value: &Value, shape: &Shape, shape_name: &str, at: &Place) {
        match shape.kind {
            Kind::Structure => match value.as_object() {
                Some(obj) => self.structure(obj, shape, shape_name, at),
                None => self.invalid_type(at, value, shape.kind, DICT_TYPES),
            },
            Kind::List => match value.as_array() {
                Some(items) => {
                    if let Some((c, p)) = size_problem(items.len(), shape, "item", "items") {
                        self.push_constraint(at, value, c, p);
                    }
                    if let Some(item) = &shape.member {
                        let item_shape = self.model.at(item.index);
                        for (i, v) in items.iter().enumerate() {
                            self.check(v, item_shape, item.shape, &at.item(i));
                        }
                    }
                }
                None => self.invalid_type(at, value, shape.kind, LIST_TYPES),
            },
            Kind::Map => match value.as_object() {
                Some(obj) => self.map(value, obj, shape, at),
                None => self.invalid_type(at, value, shape.kind, DICT_TYPES),
            },
            Kind::String => match value.as_str() {
                Some(s) => {
                    for (c, p) in string_problems(s, shape, self.rules) {
                        self.push_constraint(at, value, c, p);
                    }
                }
                None => self.invalid_type(at, value, shape.kind, STR_TYPES),
            },
            Kind::Integer | Kind::Long => {
                let n = value.as_i64().or_else(|| {
                    // Beyond i64: certainly above any maximum the model sets.
                    value.as_u64().map(|_| i64::MAX)
                });
                match n {
                    Some(n) => {
                        if let Some((c, p)) = range_problem(n as f64, &n.to_string(), shape) {
                            self.push_constraint(at, value, c, p);
                        }
                    }
                    None => self.invalid_type(at, value, shape.kind, INT_TYPES),
                }
            }
            Kind::Float | Kind::Double => match value.as_f64() {
                Some(f) => {
                    if let Some((c, p)) = range_problem(f, &value.to_string(), shape) {
                        self.push_constraint(at, value, c, p);
                    }
                }
                None => self.invalid_type(at, value, shape.kind, FLOAT_TYPES),
            },
            Kind::Boolean => {
                if !value.is_boolean() {
                    self.invalid_type(at, value, shape.kind, BOOL_TYPES);
                }
            }
            Kind::Timestamp => {
                let ok = match value {
                    Value::Number(n) => n
                        .as_f64()
                        .is_some_and(|f| crate::timestamp::to_json(f).is_number()),
                    _ if self.rules.numeric_timestamps => false,
                    Value::String(s) => crate::timestamp::parse(s).is_ok(),
                    // Python's booleans are integers: v2 sends true as second 1.
                    Value::Bool(_) => true,
                    _ => false,
                };
                if !ok {
                    self.invalid_type(at, value, shape.kind, TIMESTAMP_TYPES);
                }
            }
            Kind::Blob => {
                if !value.is_string() {
                    self.invalid_type(at, value, shape.kind, BLOB_TYPES);
                }
            }
        }
    }

    fn structure(&mut self, obj: &Map<String, Value>, shape: &Shape, shape_name: &str, at: &Place) {
        if EXACTLY_ONE.contains(&shape_name) {
            let set: Vec<&str> = obj
                .keys()
                .filter(|k| shape.members.contains_key(k))
                .map(String::as_str)
                .collect();
            if set.len() != 1 {
                let choices: Vec<&str> = shape.members.keys().collect();
                let got = if set.is_empty() {
                    "none".to_string()
                } else {
                    set.join(", ")
                };
                let problem = format!("must set exactly one of: {}; got {got}", choices.join(", "));
                let whole = Value::Object(obj.clone());
                self.push(at, &whole, Constraint::ExactlyOne, problem);
            }
        }
        let within = botocore_name(&at.member, &at.path);
        for name in shape.required {
            if !obj.contains_key(*name) && !self.filled_in(shape, name) {
                // The command line names the structure; the service, the member missing.
                let place = Place {
                    member: at.member.clone(),
                    path: at.path.clone(),
                    wire: format!("{}.{name}", at.wire),
                };
                let line = format!("Missing required parameter in {within}: \"{name}\"");
                self.push_line(&place, &Value::Null, Constraint::Required, line);
            }
        }
        // As botocore reports them: every unknown key, then each known one.
        for (key, value) in obj {
            if !shape.members.contains_key(key) {
                let line = unknown_line(&within, key, shape);
                self.push_line(at, value, Constraint::Unknown, line);
            }
        }
        for (key, value) in obj {
            if let Some(m) = shape.members.get(key) {
                let child = at.field(key);
                self.check(value, self.model.at(m.shape_index), m.shape, &child);
            }
        }
    }

    fn map(&mut self, whole: &Value, obj: &Map<String, Value>, shape: &Shape, at: &Place) {
        if let Some((c, p)) = size_problem(obj.len(), shape, "entry", "entries") {
            self.push(at, whole, c, p);
        }
        let key_shape = shape.key.as_ref().map(|k| self.model.at(k.index));
        let value_ref = shape.value.as_ref();
        for (key, value) in obj {
            if let Some(ks) = key_shape {
                for (c, p) in string_problems(key, ks, self.rules) {
                    self.push(
                        at,
                        &Value::from(key.as_str()),
                        c,
                        format!("key \"{key}\": {p}"),
                    );
                }
            }
            if let Some(v) = value_ref {
                let child = at.field(key);
                self.check(value, self.model.at(v.index), v.shape, &child);
            }
        }
    }
}

fn join(path: &str, name: &str) -> String {
    if path.is_empty() {
        name.to_string()
    } else {
        format!("{path}.{name}")
    }
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

fn plural<'a>(n: i64, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

fn size_problem(len: usize, shape: &Shape, one: &str, many: &str) -> Option<(Constraint, String)> {
    let len = len as i64;
    if let Some(min) = shape.min.filter(|m| len < *m) {
        let problem = format!("at least {min} {}, got {len}", plural(min, one, many));
        return Some((Constraint::MinLength(min), problem));
    }
    if let Some(max) = shape.max.filter(|m| len > *m) {
        let problem = format!("at most {max} {}, got {len}", plural(max, one, many));
        return Some((Constraint::MaxLength(max), problem));
    }
    None
}

fn range_problem(n: f64, shown: &str, shape: &Shape) -> Option<(Constraint, String)> {
    if let Some(min) = shape.min.filter(|m| n < *m as f64) {
        return Some((
            Constraint::MinValue(min),
            format!("at least {min}, got {shown}"),
        ));
    }
    if let Some(max) = shape.max.filter(|m| n > *m as f64) {
        return Some((
            Constraint::MaxValue(max),
            format!("at most {max}, got {shown}"),
        ));
    }
    None
}

/// Enum, length and pattern problems of a string value.
fn string_problems(s: &str, shape: &Shape, rules: Rules) -> Vec<(Constraint, String)> {
    if let Some(values) = shape.enum_values.filter(|v| !v.is_empty()) {
        if values.contains(&s) {
            return Vec::new();
        }
        let problem = format!("must be one of: {}", values.join(", "));
        return vec![(Constraint::Enum(values), problem)];
    }
    let mut problems = Vec::new();
    if let Some(p) = size_problem(s.chars().count(), shape, "character", "characters") {
        problems.push(p);
        if !rules.every_string_problem {
            return problems;
        }
    }
    if let Some(pattern) = shape.pattern {
        let matched = if rules.whole_patterns {
            pattern_matches_whole(pattern, s)
        } else {
            pattern_matches(pattern, s)
        };
        if matched == Some(false) {
            let problem = format!("does not match the pattern {pattern}");
            problems.push((Constraint::Pattern(pattern), problem));
        }
    }
    problems
}

// ---------------------------------------------------------------------------------------------
// Patterns. The model's patterns are sequences of character classes and literals with `+`, `*`
// or `?`, sometimes wrapped in `^( … )$`. As in Smithy, a pattern is not implicitly anchored: a
// value matches when some part of it does, unless the pattern itself says `^` … `$`.
// A pattern outside that form is not checked (the service still checks it).

/// `Some(true/false)` when the pattern could be read, `None` when it uses unsupported syntax.
/// Alternatives (`a|b`, and groups of them without a quantifier, `^(a|b)$`) are read as one
/// sequence each.
pub fn pattern_matches(pattern: &str, value: &str) -> Option<bool> {
    any_alternative(pattern, value, false)
}

/// Whether the pattern matches the whole value, as the service applies its patterns (Java's
/// `matches`); an optional group such as `(0x)?` is read too. `None` when the pattern uses
/// unsupported syntax.
pub fn pattern_matches_whole(pattern: &str, value: &str) -> Option<bool> {
    any_alternative(pattern, value, true)
}

fn any_alternative(pattern: &str, value: &str, whole: bool) -> Option<bool> {
    let sequences = alternatives(pattern)?;
    let mut matched = false;
    for sequence in &sequences {
        matched |= matches(sequence, value, whole)?;
    }
    Some(matched)
}

/// The positions of the pattern's characters outside character classes and escapes, with the
/// depth of groups they sit in.
fn structure(p: &[char]) -> Vec<(usize, char, usize)> {
    let mut out = Vec::new();
    let (mut i, mut depth, mut in_class) = (0, 0usize, false);
    while i < p.len() {
        match p[i] {
            '\\' => i += 1,
            '[' if !in_class => in_class = true,
            ']' if in_class => in_class = false,
            c @ ('(' | ')' | '|') if !in_class => {
                if c == ')' {
                    depth = depth.saturating_sub(1);
                }
                out.push((i, c, depth));
                if c == '(' {
                    depth += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// The pattern as alternatives without `|`: `x|y` splits, and a group of alternatives with no
/// quantifier after it is multiplied out (`^(a|b)$` is `^a$` or `^b$`). `None` when the pattern
/// has alternatives inside a quantified group.
fn alternatives(pattern: &str) -> Option<Vec<String>> {
    let p: Vec<char> = pattern.chars().collect();
    let marks = structure(&p);
    let text = |a: usize, b: usize| p[a..b].iter().collect::<String>();
    let top: Vec<usize> = marks
        .iter()
        .filter(|(_, c, d)| *c == '|' && *d == 0)
        .map(|(i, _, _)| *i)
        .collect();
    if !top.is_empty() {
        let mut out = Vec::new();
        let mut start = 0;
        for at in top.into_iter().chain([p.len()]) {
            out.extend(alternatives(&text(start, at))?);
            start = at + 1;
        }
        return Some(out);
    }
    // The first group holding a `|` of its own.
    for (k, &(open, c, depth)) in marks.iter().enumerate() {
        if c != '(' {
            continue;
        }
        let inner: Vec<&(usize, char, usize)> = marks[k + 1..]
            .iter()
            .take_while(|(_, c, d)| !(*c == ')' && *d == depth))
            .collect();
        let close = marks[k + 1 + inner.len()..].first().map(|(i, _, _)| *i)?;
        let bars: Vec<usize> = inner
            .iter()
            .filter(|(_, c, d)| *c == '|' && *d == depth + 1)
            .map(|(i, _, _)| *i)
            .collect();
        if bars.is_empty() {
            continue;
        }
        if matches!(p.get(close + 1), Some('+' | '*' | '?' | '{')) {
            return None;
        }
        let (before, after) = (text(0, open), text(close + 1, p.len()));
        let mut out = Vec::new();
        let mut start = open + 1;
        for at in bars.into_iter().chain([close]) {
            out.extend(alternatives(&format!(
                "{before}{}{after}",
                text(start, at)
            ))?);
            start = at + 1;
        }
        return Some(out);
    }
    Some(vec![pattern.to_string()])
}

fn matches(pattern: &str, value: &str, whole: bool) -> Option<bool> {
    let atoms = parse_pattern(pattern, whole)?;
    let starts_anchored = whole || pattern.starts_with('^');
    let ends_anchored = whole || (pattern.ends_with('$') && !pattern.ends_with("\\$"));
    let chars: Vec<char> = value.chars().collect();
    let mut start = vec![!starts_anchored; chars.len() + 1];
    start[0] = true;
    let reach = advance(&atoms, start, &chars);
    Some(if ends_anchored {
        reach[chars.len()]
    } else {
        reach.iter().any(|r| *r)
    })
}

/// The positions reachable after `atoms`, from the positions `reach` marks.
fn advance(atoms: &[Atom], mut reach: Vec<bool>, chars: &[char]) -> Vec<bool> {
    for atom in atoms {
        let (set, min, max) = match atom {
            Atom::Optional(inner) => {
                let after = advance(inner, reach.clone(), chars);
                reach = reach.iter().zip(after).map(|(a, b)| *a || b).collect();
                continue;
            }
            Atom::Chars { set, min, max } => (set, *min, *max),
        };
        let mut next = vec![false; chars.len() + 1];
        for start in 0..=chars.len() {
            if !reach[start] {
                continue;
            }
            if min == 0 {
                next[start] = true;
            }
            let mut pos = start;
            let mut count = 0usize;
            while pos < chars.len() && max.is_none_or(|m| count < m) && set.contains(chars[pos]) {
                pos += 1;
                count += 1;
                if count >= min {
                    next[pos] = true;
                }
            }
        }
        reach = next;
    }
    reach
}

enum Atom {
    /// A character of a set, between `min` and `max` times.
    Chars {
        set: CharSet,
        min: usize,
        max: Option<usize>,
    },
    /// A group of atoms that may be left out: `(0x)?`.
    Optional(Vec<Atom>),
}

enum ClassItem {
    Range(char, char),
    Letter,
    Separator,
    Number,
    /// POSIX `\p{Graph}` as Java reads it: the visible ASCII characters.
    Graph,
    /// POSIX `\p{Cntrl}`: the ASCII control characters.
    Control,
    /// `\w`: ASCII letters, digits and `_`.
    Word,
    /// `\s` as Java reads it: space, tab, the line breaks, vertical tab and form feed.
    Space,
    /// `\S`: anything else.
    NotSpace,
    Any,
}

struct CharSet {
    negated: bool,
    items: Vec<ClassItem>,
}

impl CharSet {
    fn contains(&self, c: char) -> bool {
        let hit = self.items.iter().any(|item| match item {
            ClassItem::Range(a, b) => (*a..=*b).contains(&c),
            // Letters: Rust's Alphabetic property, which also takes in letter numbers and a few
            // combining marks.
            ClassItem::Letter => c.is_alphabetic(),
            ClassItem::Separator => is_separator(c),
            ClassItem::Number => c.is_numeric(),
            ClassItem::Graph => c.is_ascii_graphic(),
            ClassItem::Control => c.is_ascii_control(),
            ClassItem::Word => c.is_ascii_alphanumeric() || c == '_',
            ClassItem::Space => is_java_space(c),
            ClassItem::NotSpace => !is_java_space(c),
            ClassItem::Any => c != '\n' && c != '\r',
        });
        hit != self.negated
    }
}

fn is_java_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{b}' | '\u{c}' | '\r')
}

/// Unicode general category Z (Zs, Zl, Zp).
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '\u{20}' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{2028}' | '\u{2029}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// The atoms of a pattern, its anchors left out; `optional_groups` reads a group followed by `?`.
fn parse_pattern(pattern: &str, optional_groups: bool) -> Option<Vec<Atom>> {
    let mut p: Vec<char> = pattern.chars().collect();
    if p.first() == Some(&'^') {
        p.remove(0);
    }
    if p.last() == Some(&'$') && !(p.len() >= 2 && p[p.len() - 2] == '\\') {
        p.pop();
    }
    parse_sequence(&p, optional_groups)
}

fn parse_sequence(p: &[char], optional_groups: bool) -> Option<Vec<Atom>> {
    let mut atoms = Vec::new();
    let mut i = 0;
    let mut depth = 0usize;
    while i < p.len() {
        let set = match p[i] {
            '(' if optional_groups
                && group_end(p, i).is_some_and(|end| p.get(end + 1) == Some(&'?')) =>
            {
                let end = group_end(p, i)?;
                if p.get(i + 1) == Some(&'?')
                    || matches!(p.get(end + 2), Some('+' | '*' | '?' | '{'))
                {
                    return None;
                }
                atoms.push(Atom::Optional(parse_sequence(&p[i + 1..end], true)?));
                i = end + 2;
                continue;
            }
            // A group without a quantifier or alternation adds nothing to a sequence.
            '(' => {
                if p.get(i + 1) == Some(&'?') {
                    return None;
                }
                depth += 1;
                i += 1;
                continue;
            }
            ')' => {
                depth = depth.checked_sub(1)?;
                if matches!(p.get(i + 1), Some('+' | '*' | '?' | '{')) {
                    return None;
                }
                i += 1;
                continue;
            }
            '[' => {
                let (set, next) = parse_class(p, i + 1)?;
                i = next;
                set
            }
            '\\' => {
                let (item, next) = parse_escape(p, i + 1)?;
                i = next;
                CharSet {
                    negated: false,
                    items: vec![item],
                }
            }
            '.' => {
                i += 1;
                CharSet {
                    negated: false,
                    items: vec![ClassItem::Any],
                }
            }
            '|' | '{' | '}' | '+' | '*' | '?' | '^' | '$' | ']' => return None,
            c => {
                i += 1;
                CharSet {
                    negated: false,
                    items: vec![ClassItem::Range(c, c)],
                }
            }
        };
        let (min, max, next) = match p.get(i) {
            Some('+') => (1, None, i + 1),
            Some('*') => (0, None, i + 1),
            Some('?') => (0, Some(1), i + 1),
            Some('{') => bounds(p, i)?,
            _ => (1, Some(1), i),
        };
        if next != i {
            i = next;
            if matches!(p.get(i), Some('+' | '*' | '?' | '{')) {
                return None;
            }
        }
        atoms.push(Atom::Chars { set, min, max });
    }
    if depth != 0 {
        return None;
    }
    Some(atoms)
}

/// A counted quantifier opened at `open` (`{n}`, `{m,}`, `{m,n}`): its bounds and the index
/// past its `}`.
fn bounds(p: &[char], open: usize) -> Option<(usize, Option<usize>, usize)> {
    let close = open + p[open..].iter().position(|c| *c == '}')?;
    let text: String = p[open + 1..close].iter().collect();
    let number = |s: &str| -> Option<usize> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let (min, max) = match text.split_once(',') {
        None => {
            let n = number(&text)?;
            (n, Some(n))
        }
        Some((lo, "")) => (number(lo)?, None),
        Some((lo, hi)) => (number(lo)?, Some(number(hi)?)),
    };
    if max.is_some_and(|m| m < min) {
        return None;
    }
    Some((min, max, close + 1))
}

/// The index of the `)` that closes the group opened at `open`, past escapes and classes.
fn group_end(p: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = open;
    while i < p.len() {
        match p[i] {
            '\\' => i += 1,
            '[' => {
                i += 1;
                let mut first = true;
                loop {
                    match *p.get(i)? {
                        '\\' => i += 1,
                        ']' if !first => break,
                        _ => {}
                    }
                    first = false;
                    i += 1;
                }
            }
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// Reads a `[...]` class whose contents start at `i`; returns the set and the index after `]`.
fn parse_class(p: &[char], mut i: usize) -> Option<(CharSet, usize)> {
    let negated = p.get(i) == Some(&'^');
    if negated {
        i += 1;
    }
    let mut items = Vec::new();
    let mut first = true;
    loop {
        let c = *p.get(i)?;
        if c == ']' && !first {
            return Some((CharSet { negated, items }, i + 1));
        }
        first = false;
        let (item, next) = if c == '\\' {
            parse_escape(p, i + 1)?
        } else if c == '[' {
            return None;
        } else {
            (ClassItem::Range(c, c), i + 1)
        };
        i = next;
        // A range `a-z`; a `-` first or last in the class is literal.
        if let ClassItem::Range(lo, _) = item {
            if p.get(i) == Some(&'-') && p.get(i + 1).is_some_and(|n| *n != ']') {
                let (hi_item, after) = if p[i + 1] == '\\' {
                    parse_escape(p, i + 2)?
                } else {
                    (ClassItem::Range(p[i + 1], p[i + 1]), i + 2)
                };
                match hi_item {
                    ClassItem::Range(hi, _) if hi >= lo => {
                        items.push(ClassItem::Range(lo, hi));
                        i = after;
                        continue;
                    }
                    _ => return None,
                }
            }
        }
        items.push(item);
    }
}

/// Reads the escape whose letter is at `i`; returns the item and the index after it.
fn parse_escape(p: &[char], i: usize) -> Option<(ClassItem, usize)> {
    let c = *p.get(i)?;
    match c {
        'p' => {
            if p.get(i + 1) != Some(&'{') {
                return None;
            }
            let close = (i + 2..p.len()).find(|&j| p[j] == '}')?;
            let name: String = p[i + 2..close].iter().collect();
            let item = match name.as_str() {
                "L" => ClassItem::Letter,
                "Z" => ClassItem::Separator,
                "N" => ClassItem::Number,
                "Graph" => ClassItem::Graph,
                "Cntrl" => ClassItem::Control,
                _ => return None,
            };
            Some((item, close + 1))
        }
        'x' => {
            let hex: String = p.get(i + 1..i + 3)?.iter().collect();
            let c = char::from_u32(u32::from_str_radix(&hex, 16).ok()?)?;
            Some((ClassItem::Range(c, c), i + 3))
        }
        'w' => Some((ClassItem::Word, i + 1)),
        's' => Some((ClassItem::Space, i + 1)),
        'S' => Some((ClassItem::NotSpace, i + 1)),
        'n' => Some((ClassItem::Range('\n', '\n'), i + 1)),
        't' => Some((ClassItem::Range('\t', '\t'), i + 1)),
        'r' => Some((ClassItem::Range('\r', '\r'), i + 1)),
        c if c.is_ascii_alphanumeric() => None,
        c => Some((ClassItem::Range(c, c), i + 1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn op(name: &str) -> &'static Operation {
        match model::get().operation_by_cli_name(name) {
            Some(op) => op,
            None => panic!("no operation {name}"),
        }
    }

    fn messages(cli: &str, doc: Value) -> Vec<String> {
        validate(op(cli), &doc)
            .iter()
            .map(Invalid::message)
            .collect()
    }

    const ROLE: &str = "arn:aws:iam::123456789012:role/mitigation";

    #[test]
    fn message_leaves_out_an_empty_path() {
        let at_member = Invalid {
            member: "roleArn".into(),
            path: String::new(),
            problem: "at least 20 characters, got 3".into(),
            whole: false,
            constraint: Constraint::MinLength(20),
            value: json!("arn"),
            wire: "roleArn".into(),
        };
        assert_eq!(
            at_member.message(),
            "--role-arn: at least 20 characters, got 3"
        );
        let inside = Invalid {
            member: "actionParams".into(),
            path: "addThingsToThingGroupParams.thingGroupNames".into(),
            problem: "at most 10 items, got 11".into(),
            whole: false,
            constraint: Constraint::MaxLength(10),
            value: json!([]),
            wire: "actionParams.addThingsToThingGroupParams.thingGroupNames".into(),
        };
        assert_eq!(
            inside.message(),
            "--action-params: addThingsToThingGroupParams.thingGroupNames: at most 10 items, got 11"
        );
    }

    #[test]
    fn missing_required_members_at_every_level() {
        assert_eq!(
            messages(
                "create-mitigation-action",
                json!({"actionName": "a", "actionParams": {"enableIoTLoggingParams": {"roleArnForLogging": ROLE}}})
            ),
            [
                "Missing required parameter in input: \"roleArn\"",
                "Missing required parameter in actionParams.enableIoTLoggingParams: \"logLevel\"",
            ]
        );
        assert_eq!(
            messages(
                "start-detect-mitigation-actions-task",
                json!({"taskId": "t", "target": {}, "actions": ["a"],
                       "violationEventOccurrenceRange": {"startTime": 0}})
            ),
            ["Missing required parameter in violationEventOccurrenceRange: \"endTime\""]
        );
    }

    #[test]
    fn idempotency_tokens_are_not_required() {
        let doc = json!({"taskId": "t", "target": {"auditTaskId": "a"},
                         "auditCheckToActionsMapping": {"CHECK": ["act"]}});
        assert_eq!(
            validate(op("start-audit-mitigation-actions-task"), &doc),
            []
        );
    }

    #[test]
    fn unknown_keys_name_the_valid_ones() {
        assert_eq!(
            messages(
                "describe-mitigation-action",
                json!({"actionName": "a", "bogus": 1})
            ),
            ["Unknown parameter in input: \"bogus\", must be one of: actionName"]
        );
        assert_eq!(
            messages(
                "update-mitigation-action",
                json!({"actionName": "a", "actionParams": {"publishFindingToSnsParams": {"topicArn": "t", "arn": "x"}}})
            ),
            ["Unknown parameter in actionParams.publishFindingToSnsParams: \"arn\", must be one of: topicArn"]
        );
    }

    #[test]
    fn types_are_checked() {
        assert_eq!(
            messages(
                "start-detect-mitigation-actions-task",
                json!({"taskId": 5, "target": [], "actions": "a",
                       "includeOnlyActiveViolations": "yes", "clientRequestToken": null})
            ),
            [
                "Invalid type for parameter taskId, value: 5, type: <class 'int'>, valid types: <class 'str'>",
                "Invalid type for parameter target, value: [], type: <class 'list'>, valid types: <class 'dict'>",
                "Invalid type for parameter actions, value: a, type: <class 'str'>, valid types: <class 'list'>, <class 'tuple'>",
                "Invalid type for parameter includeOnlyActiveViolations, value: yes, type: <class 'str'>, valid types: <class 'bool'>",
                "Invalid type for parameter clientRequestToken, value: None, type: <class 'NoneType'>, valid types: <class 'str'>",
            ]
        );
        assert_eq!(
            messages("list-mitigation-actions", json!({"maxResults": 2.5})),
            ["Invalid type for parameter maxResults, value: 2.5, type: <class 'float'>, valid types: <class 'int'>"]
        );
        assert_eq!(
            messages("list-mitigation-actions", json!({"maxResults": "10"})),
            ["Invalid type for parameter maxResults, value: 10, type: <class 'str'>, valid types: <class 'int'>"]
        );
        assert_eq!(
            messages(
                "start-audit-mitigation-actions-task",
                json!({"taskId": "t", "target": {}, "auditCheckToActionsMapping": ["a"]})
            ),
            ["Invalid type for parameter auditCheckToActionsMapping, value: ['a'], type: <class 'list'>, valid types: <class 'dict'>"]
        );
        assert_eq!(validate(op("list-mitigation-actions"), &json!([])).len(), 1);
        assert_eq!(
            validate(op("list-mitigation-actions"), &json!([]))[0].message(),
            "input: expected an object, got a list"
        );
    }

    #[test]
    fn timestamps_accept_strings_and_numbers() {
        let ok = |v: Value| {
            validate(
                op("list-detect-mitigation-actions-tasks"),
                &json!({"startTime": v, "endTime": 1700000000}),
            )
        };
        for good in [
            json!("2024-01-31"),
            json!("2024-01-31T12:30:00Z"),
            json!("2024-01-31 12:30:00.250+01:00"),
            json!("20240131T123000-0500"),
            json!("1700000000"),
            json!("Wed, 31 Jan 2024 12:30:00 GMT"),
            json!("2024/01/31"),
            json!("Jan 31 2024"),
            json!("Wed Jan 31 12:30:00 UTC 2024"),
            json!("1e9"),
            json!(1.5),
        ] {
            assert_eq!(ok(good.clone()), [], "{good}");
        }
        assert_eq!(
            ok(json!("2024-02-30")).iter().map(Invalid::message).collect::<Vec<_>>(),
            ["Invalid type for parameter startTime, value: 2024-02-30, type: <class 'str'>, valid types: <class 'datetime.datetime'>, timestamp-string"]
        );
        assert_eq!(
            ok(json!([1]))
                .iter()
                .map(Invalid::message)
                .collect::<Vec<_>>(),
            ["Invalid type for parameter startTime, value: [1], type: <class 'list'>, valid types: <class 'datetime.datetime'>, timestamp-string"]
        );
    }

    #[test]
    fn enums_list_the_valid_values() {
        assert_eq!(
            messages("list-mitigation-actions", json!({"actionType": "REBOOT"})),
            [
                "--action-type: must be one of: UPDATE_DEVICE_CERTIFICATE, UPDATE_CA_CERTIFICATE, \
              ADD_THINGS_TO_THING_GROUP, REPLACE_DEFAULT_POLICY_VERSION, ENABLE_IOT_LOGGING, \
              PUBLISH_FINDING_TO_SNS"
            ]
        );
        assert_eq!(
            messages(
                "create-mitigation-action",
                json!({"actionName": "a", "roleArn": ROLE,
                       "actionParams": {"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "debug"}}})
            ),
            ["--action-params: enableIoTLoggingParams.logLevel: must be one of: DEBUG, INFO, ERROR, WARN, DISABLED"]
        );
    }

    #[test]
    fn string_lengths_count_code_points() {
        assert_eq!(
            messages(
                "describe-audit-mitigation-actions-task",
                json!({"taskId": ""})
            ),
            ["Invalid length for parameter taskId, value: 0, valid min length: 1"]
        );
        assert_eq!(
            messages(
                "describe-audit-mitigation-actions-task",
                json!({"taskId": "a".repeat(129)})
            ),
            ["--task-id: at most 128 characters, got 129"]
        );
        assert_eq!(
            messages(
                "update-mitigation-action",
                json!({"actionName": "a", "roleArn": "arn"})
            ),
            ["Invalid length for parameter roleArn, value: 3, valid min length: 20"]
        );
        // 128 letters outside the BMP: 256 UTF-16 units, 512 bytes, still 128 characters.
        let key: String = "\u{1d49c}".repeat(128);
        let doc = json!({"actionName": "a", "roleArn": ROLE,
                         "actionParams": {"publishFindingToSnsParams": {"topicArn": "t"}},
                         "tags": [{"Key": key}]});
        assert_eq!(validate(op("create-mitigation-action"), &doc), []);
    }

    #[test]
    fn integer_ranges() {
        assert_eq!(
            messages("list-mitigation-actions", json!({"maxResults": 0})),
            ["Invalid value for parameter maxResults, value: 0, valid min value: 1"]
        );
        assert_eq!(
            messages("list-mitigation-actions", json!({"maxResults": 251})),
            ["--max-results: at most 250, got 251"]
        );
        assert_eq!(
            validate(op("list-mitigation-actions"), &json!({"maxResults": 250})),
            []
        );
    }

    #[test]
    fn list_and_map_sizes() {
        let groups: Vec<String> = (0..11).map(|i| format!("g{i}")).collect();
        assert_eq!(
            messages(
                "create-mitigation-action",
                json!({"actionName": "a", "roleArn": ROLE,
                       "actionParams": {"addThingsToThingGroupParams": {"thingGroupNames": groups}}})
            ),
            ["--action-params: addThingsToThingGroupParams.thingGroupNames: at most 10 items, got 11"]
        );
        assert_eq!(
            messages(
                "start-audit-mitigation-actions-task",
                json!({"taskId": "t", "target": {"findingIds": []},
                       "auditCheckToActionsMapping": {"CHECK_A": ["a", "b", "c", "d", "e", "f"]}})
            ),
            [
                "Invalid length for parameter target.findingIds, value: 0, valid min length: 1",
                "--audit-check-to-actions-mapping: CHECK_A: at most 5 items, got 6",
            ]
        );
    }

    #[test]
    fn patterns_match_anywhere_unless_anchored() {
        assert_eq!(
            messages(
                "start-audit-mitigation-actions-task",
                json!({"taskId": "t", "clientRequestToken": "tok en",
                       "target": {"findingIds": ["ok", "no way", "!"], "auditTaskId": "_"},
                       "auditCheckToActionsMapping": {"CHECK_A": ["bad/name", "//"]}})
            ),
            [
                "--client-request-token: does not match the pattern ^[a-zA-Z0-9-_]+$",
                "--target: findingIds[2]: does not match the pattern [a-zA-Z0-9_-]+",
                "--target: auditTaskId: does not match the pattern [a-zA-Z0-9\\-]+",
                "--audit-check-to-actions-mapping: CHECK_A[1]: does not match the pattern [a-zA-Z0-9_-]+",
            ]
        );
        assert_eq!(
            messages("describe-mitigation-action", json!({"actionName": ""})),
            ["--action-name: does not match the pattern [a-zA-Z0-9_-]+"]
        );
        let tag = |key: &str| {
            validate(
                op("create-mitigation-action"),
                &json!({"actionName": "a", "roleArn": ROLE,
                        "actionParams": {"publishFindingToSnsParams": {"topicArn": "t"}},
                        "tags": [{"Key": key, "Value": ""}]}),
            )
        };
        assert_eq!(tag("Équipe 7 _.:/=+-@ x\u{a0}y"), []);
        assert_eq!(
            tag("a#b").iter().map(Invalid::message).collect::<Vec<_>>(),
            ["--tags: [0].Key: does not match the pattern ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$"]
        );
    }

    #[test]
    fn pattern_matcher_reads_every_input_pattern() {
        // Every shape an input reaches (output-only shapes are never validated).
        let m = model::get();
        let mut todo: Vec<&str> = m
            .operations
            .values()
            .filter_map(|op| op.input.as_ref().map(|r| r.shape))
            .collect();
        let mut seen = std::collections::HashSet::new();
        while let Some(name) = todo.pop() {
            if !seen.insert(name) {
                continue;
            }
            let shape = m.shape(name);
            // A group with a quantifier is not read (the value is then not checked here).
            const UNREAD: [&str; 1] = ["(0x)?[a-fA-F0-9]+"];
            if let Some(p) = shape.pattern.as_ref().filter(|p| !UNREAD.contains(p)) {
                assert!(pattern_matches(p, "x").is_some(), "{p}");
            }
            let refs = shape.members.values().map(|r| r.shape);
            let inner = [&shape.member, &shape.key, &shape.value];
            todo.extend(refs.chain(inner.into_iter().flatten().map(|r| r.shape)));
        }
        assert_eq!(pattern_matches("^[\\p{Graph}\\x20]*$", "a b~"), Some(true));
        let base64 = "^[A-Za-z0-9+/]+={0,2}$";
        for (v, ok) in [
            ("YWJj", true),
            ("YQ==", true),
            ("YQ===", false),
            ("=", false),
        ] {
            assert_eq!(pattern_matches(base64, v), Some(ok), "{v}");
        }
        assert_eq!(pattern_matches("^a{2}$", "aa"), Some(true));
        assert_eq!(pattern_matches("^a{2}$", "aaa"), Some(false));
        assert_eq!(pattern_matches("^a{2,}$", "aaaa"), Some(true));
        assert_eq!(pattern_matches("a{2,1}", "aa"), None);
        assert_eq!(pattern_matches("^[\\s\\S]*$", "a\n\u{b} b"), Some(true));
        assert_eq!(pattern_matches("^\\S+$", "a b"), Some(false));
        let day = "^([1-9]|[12][0-9]|3[01])$|^LAST$";
        for (v, ok) in [
            ("1", true),
            ("31", true),
            ("32", false),
            ("LAST", true),
            ("0", false),
        ] {
            assert_eq!(pattern_matches(day, v), Some(ok), "{v}");
        }
        let statistic = "(p0|p0\\.1|p0\\.01|p1|p10|p50|p90|p99|p99\\.9|p99\\.99|p100)";
        assert_eq!(pattern_matches(statistic, "p99.9"), Some(true));
        assert_eq!(pattern_matches(statistic, "p95"), Some(false));
        assert_eq!(pattern_matches("^[\\p{Graph}\\x20]*$", "a\tb"), Some(false));
        assert_eq!(pattern_matches("^[^\\p{Cntrl}]*$", "é x"), Some(true));
        assert_eq!(pattern_matches("^[^\\p{Cntrl}]*$", "a\nb"), Some(false));
        assert_eq!(pattern_matches("[\\w+=,.@-]+", "role_1+x@y"), Some(true));
        assert_eq!(pattern_matches("^[\\w+=,.@-]+$", "a b"), Some(false));
        assert_eq!(
            pattern_matches("[a-zA-Z0-9:_-]+", "thing:group_1-x"),
            Some(true)
        );
        assert_eq!(pattern_matches("[a-zA-Z0-9\\-]+", "_"), Some(false));
        assert_eq!(pattern_matches("[a-zA-Z0-9_-]+", "act 1"), Some(true));
        assert_eq!(pattern_matches("[a-zA-Z0-9_-]+", "!!"), Some(false));
        assert_eq!(pattern_matches("^[a-zA-Z0-9-_]+$", "a b"), Some(false));
        assert_eq!(pattern_matches("^[a-zA-Z0-9-_]+$", "A-_9"), Some(true));
        assert_eq!(pattern_matches("a(b|c)", "ab"), Some(true));
        assert_eq!(pattern_matches("^a(b|c)$", "ad"), Some(false));
        assert_eq!(pattern_matches("a(b|c)+", "ab"), None);
        assert_eq!(pattern_matches("[abc", "a"), None);
    }

    #[test]
    fn service_rules_name_places_as_the_service_does() {
        let doc = json!({"taskId": "t", "target": {"findingIds": ["a b"]},
                         "auditCheckToActionsMapping": {"CHECK_A": ["x y"]}});
        let task = op("start-audit-mitigation-actions-task");
        // The command line leaves the token to the SDK and matches patterns anywhere.
        assert_eq!(validate(task, &doc), []);
        let found = validate_with(task, &doc, Rules::SERVICE);
        let places: Vec<(&str, &str, Constraint)> = found
            .iter()
            .map(|i| (i.wire.as_str(), i.path.as_str(), i.constraint))
            .collect();
        assert_eq!(
            places,
            [
                ("clientRequestToken", "", Constraint::Required),
                (
                    "target.findingIds.member",
                    "findingIds[0]",
                    Constraint::Pattern("[a-zA-Z0-9_-]+")
                ),
                (
                    "auditCheckToActionsMapping.CHECK_A.member",
                    "CHECK_A[0]",
                    Constraint::Pattern("[a-zA-Z0-9_-]+")
                ),
            ]
        );
        assert_eq!(found[1].value, json!("a b"));
        // Timestamps are epoch seconds on the wire.
        let times = json!({"startTime": "2024-01-31", "endTime": 1700000000});
        let tasks = op("list-detect-mitigation-actions-tasks");
        assert_eq!(validate(tasks, &times), []);
        let found = validate_with(tasks, &times, Rules::SERVICE);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].constraint, Constraint::Type(Kind::Timestamp));
        // A length and a pattern broken at once are both reported.
        let long = validate_value(
            &json!("a b".repeat(50)),
            "MitigationActionName",
            "actionName",
            Rules::SERVICE,
        );
        let broken: Vec<Constraint> = long.iter().map(|i| i.constraint).collect();
        assert_eq!(
            broken,
            [
                Constraint::MaxLength(128),
                Constraint::Pattern("[a-zA-Z0-9_-]+")
            ]
        );
    }

    #[test]
    fn whole_patterns_read_optional_groups() {
        let hex = "(0x)?[a-fA-F0-9]+";
        assert_eq!(pattern_matches(hex, "0xAB"), None);
        assert_eq!(pattern_matches_whole(hex, "0xAB"), Some(true));
        assert_eq!(pattern_matches_whole(hex, "ab12"), Some(true));
        assert_eq!(pattern_matches_whole(hex, "0x"), Some(false));
        assert_eq!(pattern_matches_whole(hex, "zz12"), Some(false));
        assert_eq!(
            pattern_matches_whole("[a-zA-Z0-9_-]+", "act 1"),
            Some(false)
        );
        assert_eq!(
            pattern_matches_whole("^[a-zA-Z0-9-_]+$", "A-_9"),
            Some(true)
        );
        assert_eq!(pattern_matches_whole("a(b|c)?", "ab"), None);
    }

    #[test]
    fn exactly_one_action_type() {
        let choices = "updateDeviceCertificateParams, updateCACertificateParams, \
                       addThingsToThingGroupParams, replaceDefaultPolicyVersionParams, \
                       enableIoTLoggingParams, publishFindingToSnsParams";
        assert_eq!(
            messages(
                "update-mitigation-action",
                json!({"actionName": "a", "actionParams": {}})
            ),
            [format!(
                "--action-params: must set exactly one of: {choices}; got none"
            )]
        );
        assert_eq!(
            messages(
                "update-mitigation-action",
                json!({"actionName": "a", "actionParams": {
                    "updateDeviceCertificateParams": {"action": "DEACTIVATE"},
                    "publishFindingToSnsParams": {"topicArn": "t"}}})
            ),
            [format!(
                "--action-params: must set exactly one of: {choices}; \
                 got updateDeviceCertificateParams, publishFindingToSnsParams"
            )]
        );
    }

    #[test]
    fn problems_come_in_document_order() {
        let found = validate(
            op("list-audit-mitigation-actions-tasks"),
            &json!({"maxResults": 0, "taskStatus": "DONE", "startTime": "x"}),
        );
        let members: Vec<&str> = found.iter().map(|i| i.member.as_str()).collect();
        assert_eq!(
            members,
            ["endTime", "maxResults", "taskStatus", "startTime"]
        );
    }

    /// Fills a skeleton with values that satisfy the model: strings long enough (and of letters,
    /// which every pattern accepts), the first enum value, integers at their minimum, and only
    /// the first member of an exactly-one structure. Idempotency tokens are left out.
    fn fill(value: &Value, shape_name: &str) -> Value {
        let m = model::get();
        let shape = m.shape(shape_name);
        match (shape.kind, value) {
            (Kind::Structure, Value::Object(obj)) => {
                let mut out = Map::new();
                for (k, v) in obj {
                    let Some(member) = shape.members.get(k) else {
                        continue;
                    };
                    if member.idempotency_token {
                        continue;
                    }
                    out.insert(k.clone(), fill(v, member.shape));
                    if EXACTLY_ONE.contains(&shape_name) {
                        break;
                    }
                }
                Value::Object(out)
            }
            (Kind::List, Value::Array(items)) => {
                let item = shape.member.as_ref().map(|r| r.shape).unwrap_or_default();
                Value::Array(items.iter().map(|v| fill(v, item)).collect())
            }
            (Kind::Map, Value::Object(obj)) => {
                let vs = shape.value.as_ref().map(|r| r.shape).unwrap_or_default();
                // A key of an enum shape becomes its first value.
                let first_key = shape
                    .key
                    .as_ref()
                    .map(|r| model::get().shape(r.shape))
                    .and_then(|k| k.enum_values?.first().map(|v| v.to_string()));
                Value::Object(
                    obj.iter()
                        .map(|(k, v)| (first_key.clone().unwrap_or(k.clone()), fill(v, vs)))
                        .collect(),
                )
            }
            (Kind::String, Value::String(s)) if shape.enum_values.is_some() => json!(s),
            (Kind::String, _) => {
                // A word the member's pattern takes (`[0-9]+` members get digits, statistics a
                // percentile).
                let unit = ["a", "1", "p90"]
                    .into_iter()
                    .find(|u| {
                        shape
                            .pattern
                            .as_ref()
                            .is_none_or(|p| pattern_matches(p, u) != Some(false))
                    })
                    .unwrap_or("a");
                json!(unit.repeat(shape.min.unwrap_or(1).max(1) as usize))
            }
            (Kind::Integer | Kind::Long, _) => json!(shape.min.unwrap_or(1).max(1)),
            _ => value.clone(),
        }
    }

    #[test]
    fn every_filled_skeleton_is_valid() {
        let m = model::get();
        for op in m.operations.values() {
            let skeleton: Value =
                match serde_json::from_str(&crate::input::skeleton::input_json(op)) {
                    Ok(v) => v,
                    Err(e) => panic!("{}: {e}", op.name),
                };
            let input = op.input.as_ref().map(|r| r.shape).unwrap_or_default();
            let doc = fill(&skeleton, input);
            assert_eq!(validate(op, &doc), [], "{}: {doc}", op.name);
            // The unfilled skeleton is not: empty strings and every action type at once.
            if op.name == "CreateMitigationAction" {
                assert!(validate(op, &skeleton).len() > 3);
            }
        }
    }
}
