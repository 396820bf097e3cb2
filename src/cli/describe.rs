//! How the model's shapes are put into words for help, man pages and completions: type names,
//! limits, allowed values, the shorthand syntax of a structured value and the paragraphs that
//! describe its members.

use crate::model::{self, Kind, Operation, Shape};
use std::fmt::Write as _;

pub fn shape(name: &str) -> Option<&'static Shape> {
    model::get().find_shape(name)
}

pub(crate) fn input_shape(op: &Operation) -> Option<&'static Shape> {
    op.input.as_ref().and_then(|r| shape(r.shape))
}

pub(crate) fn item_shape(s: &Shape) -> Option<&'static Shape> {
    s.member.as_ref().and_then(|r| shape(r.shape))
}

pub(crate) fn map_value_shape(s: &Shape) -> Option<&'static Shape> {
    s.value.as_ref().and_then(|r| shape(r.shape))
}

pub(crate) fn type_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Structure => "structure",
        Kind::List => "list",
        Kind::Map => "map",
        Kind::String => "string",
        Kind::Integer => "integer",
        Kind::Long => "long",
        Kind::Boolean => "boolean",
        Kind::Timestamp => "timestamp",
        Kind::Double => "double",
        Kind::Float => "float",
        Kind::Blob => "blob",
    }
}

pub(crate) fn is_composite(s: &Shape) -> bool {
    matches!(s.kind, Kind::Structure | Kind::List | Kind::Map)
}

/// A value written as shorthand or JSON: a structure, a map, or a list of those.
pub(crate) fn is_structured(s: &Shape) -> bool {
    is_composite(s) && item_shape(s).is_none_or(is_composite)
}

/// The model's limits of a shape, worded as the command help words them.
pub(crate) fn limits(s: &Shape) -> Option<String> {
    let unit = match s.kind {
        Kind::String => " characters",
        Kind::List | Kind::Map => " items",
        _ => "",
    };
    let mut parts = Vec::new();
    if let Some(min) = s.min {
        parts.push(format!("at least {min}{unit}"));
    }
    if let Some(max) = s.max {
        parts.push(format!("at most {max}{unit}"));
    }
    if let Some(p) = &s.pattern {
        parts.push(format!("pattern {p}"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The first sentence of a text, for one-line descriptions.
pub(crate) fn first_sentence(text: &str) -> String {
    let text = text.trim();
    match text.find(". ") {
        Some(at) => text[..=at].to_string(),
        None => text.to_string(),
    }
}

/// The structure whose members are written as `key=value` in a shorthand value of this shape:
/// the shape itself, or the items of a list of structures.
pub(crate) fn shorthand_structure(s: &'static Shape) -> Option<&'static Shape> {
    match s.kind {
        Kind::Structure => Some(s),
        Kind::List => item_shape(s).filter(|i| i.kind == Kind::Structure),
        _ => None,
    }
}

/// The top-level shorthand keys of an option's shape, as `key=`.
pub(crate) fn shorthand_keys(s: &'static Shape) -> Vec<String> {
    shorthand_structure(s)
        .map(|st| st.members.keys().map(|k| format!("{k}=")).collect())
        .unwrap_or_default()
}

/// Splits a shorthand text at its top-level commas (not those inside braces or brackets).
pub(crate) fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// The shorthand form of a shape, as the AWS CLI documents it.
pub(crate) fn shorthand_syntax(s: &Shape, depth: usize) -> String {
    if depth > 3 {
        return "...".into();
    }
    match s.kind {
        Kind::Structure => s
            .members
            .iter()
            .map(|(name, member)| match shape(member.shape) {
                Some(inner) if inner.kind == Kind::Structure => {
                    format!("{name}={{{}}}", shorthand_syntax(inner, depth + 1))
                }
                Some(inner) => format!("{name}={}", shorthand_syntax(inner, depth + 1)),
                None => format!("{name}=..."),
            })
            .collect::<Vec<_>>()
            .join(","),
        Kind::List => match item_shape(s) {
            Some(i) if i.kind == Kind::Structure => {
                format!("{{{}}}", shorthand_syntax(i, depth + 1))
            }
            Some(i) => {
                let one = shorthand_syntax(i, depth + 1);
                format!("{one},{one}")
            }
            None => "string".into(),
        },
        Kind::Map => {
            let v = map_value_shape(s).map_or("string".into(), |v| shorthand_syntax(v, depth + 1));
            format!("KeyName1={v},KeyName2={v}")
        }
        k => type_name(k).to_string(),
    }
}

/// The type of a shape as the man pages name it: `string`, `list of structure`...
pub fn type_label(s: &Shape) -> String {
    let inner = match s.kind {
        Kind::List => item_shape(s),
        Kind::Map => map_value_shape(s),
        _ => None,
    };
    match inner {
        Some(i) => format!("{} of {}", type_name(s.kind), type_name(i.kind)),
        None => type_name(s.kind).to_string(),
    }
}

/// The allowed values and limits of a shape, and of its items or map values, as sentences.
pub fn facts(s: &Shape, with_enum: bool) -> String {
    let mut out = String::new();
    if let Some(values) = s.enum_values.as_ref().filter(|_| with_enum) {
        let _ = write!(out, " Possible values: {}.", values.join(", "));
    }
    if let Some(l) = limits(s) {
        let _ = write!(out, " Constraints: {l}.");
    }
    let (label, inner) = match s.kind {
        Kind::List => ("Each item", item_shape(s)),
        Kind::Map => ("Each value", map_value_shape(s)),
        _ => ("", None),
    };
    if let Some(i) = inner.filter(|i| i.kind != Kind::Structure) {
        let mut parts = Vec::new();
        if i.kind == Kind::List {
            parts.push(type_label(i));
        }
        if let Some(values) = i.enum_values.as_ref().filter(|_| with_enum) {
            parts.push(format!("possible values {}", values.join(", ")));
        }
        if let Some(l) = limits(i) {
            parts.push(l);
        }
        if !parts.is_empty() {
            let _ = write!(out, " {label}: {}.", parts.join(", "));
        }
    }
    out
}

/// Describes the members of a structure, one paragraph each, named by their path in the value
/// (`addThingsToThingGroupParams.thingGroupNames`, `actionsExecutions[].status`).
pub(crate) fn member_paragraphs(s: &Shape, prefix: &str, depth: usize, out: &mut Vec<String>) {
    if depth > 4 {
        return;
    }
    for (name, member) in &s.members {
        let Some(inner) = shape(member.shape) else {
            continue;
        };
        let path = format!("{prefix}{name}");
        let required = if s.is_required(name) {
            " [required]"
        } else {
            ""
        };
        let mut text = format!("{path} ({}){required}", type_label(inner));
        let doc = member.documentation_text.to_string();
        if !doc.is_empty() {
            let _ = write!(text, ": {doc}");
        }
        text.push_str(&facts(inner, true));
        out.push(text);
        nested_paragraphs(inner, &path, depth + 1, out);
    }
}

/// The member paragraphs inside a value of this shape, their paths starting with `path`.
pub fn nested_paragraphs(s: &Shape, path: &str, depth: usize, out: &mut Vec<String>) {
    match s.kind {
        Kind::Structure => member_paragraphs(s, &format!("{path}."), depth, out),
        Kind::List => {
            if let Some(i) = item_shape(s).filter(|i| i.kind == Kind::Structure) {
                member_paragraphs(i, &format!("{path}[]."), depth, out);
            }
        }
        Kind::Map => {
            if let Some(v) = map_value_shape(s).filter(|v| v.kind == Kind::Structure) {
                member_paragraphs(v, &format!("{path}.KEY."), depth, out);
            }
        }
        _ => {}
    }
}
