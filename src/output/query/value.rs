//! The values a query works on, with the distinctions Python makes: integers apart from
//! floats, objects in insertion order, and expression references as values of their own.
//! Parts of the document are borrowed, never copied, until the result is turned back into JSON.

use super::ast::Node;
use indexmap::IndexMap;
use serde_json::{Map, Number, Value as Json};
use std::cmp::Ordering;
use std::sync::Arc;

/// A value while a query runs. Strings, lists and objects of the document stay borrowed
/// ([`Val::Json`] holds only those three); values the query builds are reference counted so
/// that copying them is cheap.
#[derive(Clone, Debug)]
pub enum Val<'a> {
    Null,
    Bool(bool),
    /// A Python `int` (wide enough for every JSON integer and their sums).
    Int(i128),
    Float(f64),
    Str(Arc<str>),
    List(Arc<Vec<Val<'a>>>),
    Map(Arc<IndexMap<String, Val<'a>>>),
    /// A string, list or object of the document.
    Json(&'a Json),
    /// `&expression`: what `sort_by`, `map` and the like take.
    Expref(&'a Node),
}

/// A list, borrowed from the document or built by the query.
#[derive(Clone, Copy)]
pub enum Seq<'v, 'a> {
    Json(&'a [Json]),
    Own(&'v [Val<'a>]),
}

/// An object, borrowed from the document or built by the query.
#[derive(Clone, Copy)]
pub enum Obj<'v, 'a> {
    Json(&'a Map<String, Json>),
    Own(&'v IndexMap<String, Val<'a>>),
}

impl<'v, 'a: 'v> Seq<'v, 'a> {
    pub fn len(self) -> usize {
        match self {
            Seq::Json(items) => items.len(),
            Seq::Own(items) => items.len(),
        }
    }

    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    pub fn get(self, i: usize) -> Option<Val<'a>> {
        match self {
            Seq::Json(items) => items.get(i).map(Val::from_json),
            Seq::Own(items) => items.get(i).cloned(),
        }
    }

    pub fn iter(self) -> impl DoubleEndedIterator<Item = Val<'a>> + 'v {
        let (json, own) = match self {
            Seq::Json(items) => (items, &[][..]),
            Seq::Own(items) => (&[][..], items),
        };
        json.iter().map(Val::from_json).chain(own.iter().cloned())
    }

    pub fn to_vec(self) -> Vec<Val<'a>> {
        self.iter().collect()
    }
}

impl<'v, 'a: 'v> Obj<'v, 'a> {
    pub fn len(self) -> usize {
        match self {
            Obj::Json(m) => m.len(),
            Obj::Own(m) => m.len(),
        }
    }

    pub fn get(self, key: &str) -> Option<Val<'a>> {
        match self {
            Obj::Json(m) => m.get(key).map(Val::from_json),
            Obj::Own(m) => m.get(key).cloned(),
        }
    }

    pub fn iter(self) -> Box<dyn Iterator<Item = (&'v str, Val<'a>)> + 'v> {
        match self {
            Obj::Json(m) => Box::new(m.iter().map(|(k, v)| (k.as_str(), Val::from_json(v)))),
            Obj::Own(m) => Box::new(m.iter().map(|(k, v)| (k.as_str(), v.clone()))),
        }
    }

    pub fn values(self) -> impl Iterator<Item = Val<'a>> + 'v {
        self.iter().map(|(_, v)| v)
    }
}

impl<'a> Val<'a> {
    /// A value of the document: scalars are read, strings, lists and objects borrowed.
    pub fn from_json(v: &'a Json) -> Val<'a> {
        match v {
            Json::Null => Val::Null,
            Json::Bool(b) => Val::Bool(*b),
            Json::Number(n) => number(n),
            Json::String(_) | Json::Array(_) | Json::Object(_) => Val::Json(v),
        }
    }

    pub fn str(s: &str) -> Val<'a> {
        Val::Str(Arc::from(s))
    }

    pub fn list(items: Vec<Val<'a>>) -> Val<'a> {
        Val::List(Arc::new(items))
    }

    pub fn map(m: IndexMap<String, Val<'a>>) -> Val<'a> {
        Val::Map(Arc::new(m))
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Val::Null)
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Val::Str(s) => Some(s),
            Val::Json(Json::String(s)) => Some(s),
            _ => None,
        }
    }

    pub fn as_seq(&self) -> Option<Seq<'_, 'a>> {
        match self {
            Val::List(items) => Some(Seq::Own(items)),
            Val::Json(Json::Array(items)) => Some(Seq::Json(items)),
            _ => None,
        }
    }

    pub fn as_obj(&self) -> Option<Obj<'_, 'a>> {
        match self {
            Val::Map(m) => Some(Obj::Own(m)),
            Val::Json(Json::Object(m)) => Some(Obj::Json(m)),
            _ => None,
        }
    }

    /// An `int` or a `float`, not a `bool` (jmespath.py's `_is_actual_number`).
    pub fn is_number(&self) -> bool {
        matches!(self, Val::Int(_) | Val::Float(_))
    }

    /// The name of the Python type, as jmespath.py's messages show it.
    pub fn py_type(&self) -> &'static str {
        match self {
            Val::Null => "NoneType",
            Val::Bool(_) => "bool",
            Val::Int(_) => "int",
            Val::Float(_) => "float",
            Val::Str(_) | Val::Json(Json::String(_)) => "str",
            Val::List(_) | Val::Json(Json::Array(_)) => "list",
            Val::Map(_) | Val::Json(_) => "dict",
            Val::Expref(_) => "_Expression",
        }
    }

    /// The JMESPath name of the type (`TYPES_MAP` of jmespath.py).
    pub fn type_name(&self) -> &'static str {
        jmespath_type(self.py_type())
    }

    /// JMESPath's falsy values: `""`, `[]`, `{}`, `null` and `false`.
    pub fn is_false(&self) -> bool {
        match self {
            Val::Null | Val::Bool(false) => true,
            Val::Str(s) => s.is_empty(),
            Val::List(items) => items.is_empty(),
            Val::Map(m) => m.is_empty(),
            Val::Json(Json::String(s)) => s.is_empty(),
            Val::Json(Json::Array(items)) => items.is_empty(),
            Val::Json(Json::Object(m)) => m.is_empty(),
            _ => false,
        }
    }

    /// The value as JSON. Integers too wide for JSON numbers and floats that are not finite
    /// have no exact JSON form here; they become the nearest float and `null`.
    pub fn to_json(&self) -> Json {
        match self {
            Val::Null | Val::Expref(_) => Json::Null,
            Val::Bool(b) => Json::Bool(*b),
            Val::Int(i) => int_json(*i),
            Val::Float(f) => Number::from_f64(*f).map_or(Json::Null, Json::Number),
            Val::Str(s) => Json::String(s.to_string()),
            Val::List(items) => Json::Array(items.iter().map(Val::to_json).collect()),
            Val::Map(m) => Json::Object(m.iter().map(|(k, v)| (k.clone(), v.to_json())).collect()),
            Val::Json(v) => (*v).clone(),
        }
    }

    /// Whether an expression reference is anywhere in the value.
    pub fn holds_expref(&self) -> bool {
        match self {
            Val::Expref(_) => true,
            Val::List(items) => items.iter().any(Val::holds_expref),
            Val::Map(m) => m.values().any(Val::holds_expref),
            _ => false,
        }
    }
}

pub fn jmespath_type(py_type: &str) -> &'static str {
    match py_type {
        "bool" => "boolean",
        "list" => "array",
        "dict" => "object",
        "NoneType" => "null",
        "str" => "string",
        "float" | "int" => "number",
        "_Expression" => "expref",
        _ => "unknown",
    }
}

fn number<'a>(n: &Number) -> Val<'a> {
    if let Some(i) = n.as_i64() {
        Val::Int(i128::from(i))
    } else if let Some(u) = n.as_u64() {
        Val::Int(i128::from(u))
    } else {
        Val::Float(n.as_f64().unwrap_or(f64::NAN))
    }
}

fn int_json(i: i128) -> Json {
    if let Ok(small) = i64::try_from(i) {
        Json::from(small)
    } else if let Ok(big) = u64::try_from(i) {
        Json::from(big)
    } else {
        Number::from_f64(i as f64).map_or(Json::Null, Json::Number)
    }
}

/// Python's `==`: `1 == 1.0` and `True == 1` hold, lists and objects compare member by member
/// (objects whatever their order), an expression reference equals nothing.
pub fn py_eq(x: &Val, y: &Val) -> bool {
    match (x, y) {
        (Val::Null, Val::Null) => true,
        (Val::Expref(_), _) | (_, Val::Expref(_)) => false,
        _ => {
            if let (Some(a), Some(b)) = (numeric(x), numeric(y)) {
                return num_cmp(a, b) == Some(Ordering::Equal);
            }
            if let (Some(a), Some(b)) = (x.as_str(), y.as_str()) {
                return a == b;
            }
            if let (Some(a), Some(b)) = (x.as_seq(), y.as_seq()) {
                return a.len() == b.len() && a.iter().zip(b.iter()).all(|(p, q)| py_eq(&p, &q));
            }
            if let (Some(a), Some(b)) = (x.as_obj(), y.as_obj()) {
                return a.len() == b.len()
                    && a.iter()
                        .all(|(k, v)| b.get(k).is_some_and(|w| py_eq(&v, &w)));
            }
            false
        }
    }
}

/// A number as Python's numeric tower sees it (`bool` is an `int` there).
#[derive(Clone, Copy, Debug)]
pub enum Num {
    Int(i128),
    Float(f64),
}

fn numeric(v: &Val) -> Option<Num> {
    match v {
        Val::Bool(b) => Some(Num::Int(i128::from(*b))),
        Val::Int(i) => Some(Num::Int(*i)),
        Val::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

/// The number of an `int` or `float` value (not a `bool`).
pub fn actual_number(v: &Val) -> Option<Num> {
    match v {
        Val::Int(i) => Some(Num::Int(*i)),
        Val::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

/// Exact comparison of Python numbers (an `int` against a `float` is not rounded); `None`
/// when a NaN is involved.
pub fn num_cmp(a: Num, b: Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(&y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(&y),
        (Num::Int(x), Num::Float(y)) => int_float_cmp(x, y),
        (Num::Float(x), Num::Int(y)) => int_float_cmp(y, x).map(Ordering::reverse),
    }
}

fn int_float_cmp(i: i128, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    // 2^127: every i128 lies strictly inside (-2^127 - 1, 2^127).
    const LIMIT: f64 = 1.7014118346046923e38;
    if f >= LIMIT {
        return Some(Ordering::Less);
    }
    if f < -LIMIT {
        return Some(Ordering::Greater);
    }
    let whole = f.floor();
    let w = whole as i128;
    match i.cmp(&w) {
        Ordering::Equal if f > whole => Some(Ordering::Less),
        other => Some(other),
    }
}

/// Python's `str()` of the value, as jmespath.py's messages show it.
pub fn py_str(v: &Val) -> String {
    let mut out = String::new();
    match v.as_str() {
        Some(s) => out.push_str(s),
        None => push_py_repr(&mut out, v),
    }
    out
}

/// Python's `repr()` (which is `str()` but for strings).
fn push_py_repr(out: &mut String, v: &Val) {
    use crate::python::{push_py_float, push_py_str_repr};
    match v {
        Val::Null => out.push_str("None"),
        Val::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Val::Int(i) => out.push_str(&i.to_string()),
        Val::Float(f) => push_py_float(out, *f),
        Val::Expref(_) => out.push_str("<jmespath.visitor._Expression object>"),
        _ => {
            if let Some(s) = v.as_str() {
                push_py_str_repr(out, s);
            } else {
                push_container(out, v, (", ", ": "), push_py_str_repr, push_py_repr);
            }
        }
    }
}

/// Writes a list or an object: members separated by `seps.0`, keys from values by `seps.1`,
/// each key written by `key` and each member by `item`.
pub fn push_container(
    out: &mut String,
    v: &Val,
    seps: (&str, &str),
    key: fn(&mut String, &str),
    item: fn(&mut String, &Val),
) {
    if let Some(items) = v.as_seq() {
        out.push('[');
        for (i, member) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(seps.0);
            }
            item(out, &member);
        }
        out.push(']');
    } else if let Some(m) = v.as_obj() {
        out.push('{');
        for (i, (k, member)) in m.iter().enumerate() {
            if i > 0 {
                out.push_str(seps.0);
            }
            key(out, k);
            out.push_str(seps.1);
            item(out, &member);
        }
        out.push('}');
    }
}
