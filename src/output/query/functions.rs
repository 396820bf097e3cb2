//! The built-in functions of jmespath.py's `functions.py`: their signatures, the checks made
//! before a call (number of arguments, then the type of each, then the type of list members)
//! with its messages, and each function as Python computes it (`sum` of integers is an
//! integer, `ceil` gives an integer, `max` keeps the first of equal values, `sort` is stable).

use super::error::RuntimeError;
use super::eval::{py_order, visit, Outcome};
use super::value::{actual_number, num_cmp, push_container, py_eq, py_str, Num, Val};
use crate::output::json::push_json_string;
use indexmap::IndexMap;
use std::cmp::Ordering;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Function {
    Abs,
    Avg,
    Ceil,
    Contains,
    EndsWith,
    Floor,
    Join,
    Keys,
    Length,
    Map,
    Max,
    MaxBy,
    Merge,
    Min,
    MinBy,
    NotNull,
    Reverse,
    Sort,
    SortBy,
    StartsWith,
    Sum,
    ToArray,
    ToNumber,
    ToString,
    Type,
    Values,
}

const ANY: &[&str] = &[];
const NUMBER: &[&str] = &["number"];
const STRING: &[&str] = &["string"];
const ARRAY: &[&str] = &["array"];
const OBJECT: &[&str] = &["object"];
const EXPREF: &[&str] = &["expref"];
const ARRAY_NUMBER: &[&str] = &["array-number"];

impl Function {
    pub fn named(name: &str) -> Option<Function> {
        use Function::*;
        Some(match name {
            "abs" => Abs,
            "avg" => Avg,
            "ceil" => Ceil,
            "contains" => Contains,
            "ends_with" => EndsWith,
            "floor" => Floor,
            "join" => Join,
            "keys" => Keys,
            "length" => Length,
            "map" => Map,
            "max" => Max,
            "max_by" => MaxBy,
            "merge" => Merge,
            "min" => Min,
            "min_by" => MinBy,
            "not_null" => NotNull,
            "reverse" => Reverse,
            "sort" => Sort,
            "sort_by" => SortBy,
            "starts_with" => StartsWith,
            "sum" => Sum,
            "to_array" => ToArray,
            "to_number" => ToNumber,
            "to_string" => ToString,
            "type" => Type,
            "values" => Values,
            _ => return None,
        })
    }

    fn name(self) -> &'static str {
        use Function::*;
        match self {
            Abs => "abs",
            Avg => "avg",
            Ceil => "ceil",
            Contains => "contains",
            EndsWith => "ends_with",
            Floor => "floor",
            Join => "join",
            Keys => "keys",
            Length => "length",
            Map => "map",
            Max => "max",
            MaxBy => "max_by",
            Merge => "merge",
            Min => "min",
            MinBy => "min_by",
            NotNull => "not_null",
            Reverse => "reverse",
            Sort => "sort",
            SortBy => "sort_by",
            StartsWith => "starts_with",
            Sum => "sum",
            ToArray => "to_array",
            ToNumber => "to_number",
            ToString => "to_string",
            Type => "type",
            Values => "values",
        }
    }

    /// The allowed types of each argument, and whether the last one repeats.
    fn signature(self) -> (&'static [&'static [&'static str]], bool) {
        use Function::*;
        match self {
            Abs | Ceil | Floor => (&[NUMBER], false),
            Avg | Sum => (&[ARRAY_NUMBER], false),
            Contains => (&[&["array", "string"], ANY], false),
            EndsWith | StartsWith => (&[STRING, STRING], false),
            Join => (&[STRING, &["array-string"]], false),
            Keys | Values => (&[OBJECT], false),
            Length => (&[&["string", "array", "object"]], false),
            Map => (&[EXPREF, ARRAY], false),
            Max | Min => (&[&["array-number", "array-string"]], false),
            Sort => (&[&["array-string", "array-number"]], false),
            MaxBy | MinBy | SortBy => (&[ARRAY, EXPREF], false),
            Merge => (&[OBJECT], true),
            NotNull => (&[ANY], true),
            Reverse => (&[&["array", "string"]], false),
            ToArray | ToNumber | ToString | Type => (&[ANY], false),
        }
    }

    pub fn call<'a>(self, args: Vec<Val<'a>>) -> Outcome<'a> {
        self.check(&args)?;
        let name = self.name();
        let arg = |i: usize| args.get(i).cloned().unwrap_or(Val::Null);
        let s = |i: usize| arg(i).as_str().map(str::to_string).unwrap_or_default();
        use Function::*;
        Ok(match self {
            Abs => match arg(0) {
                Val::Int(i) => i
                    .checked_abs()
                    .map_or(Val::Float((i as f64).abs()), Val::Int),
                Val::Float(f) => Val::Float(f.abs()),
                other => other,
            },
            Avg => {
                let items = list(&args[0]);
                if items.is_empty() {
                    Val::Null
                } else {
                    let total = sum(&items);
                    Val::Float(as_f64(total) / items.len() as f64)
                }
            }
            Ceil => round(arg(0), f64::ceil)?,
            Floor => round(arg(0), f64::floor)?,
            Contains => {
                let search = arg(1);
                match args[0].as_seq() {
                    Some(items) => Val::Bool(items.iter().any(|item| py_eq(&item, &search))),
                    None => match search.as_str() {
                        Some(needle) => Val::Bool(s(0).contains(needle)),
                        None => {
                            return Err(RuntimeError(format!(
                                "'in <string>' requires string as left operand, not {}",
                                search.py_type()
                            )))
                        }
                    },
                }
            }
            EndsWith => Val::Bool(s(0).ends_with(&s(1))),
            StartsWith => Val::Bool(s(0).starts_with(&s(1))),
            Join => {
                let sep = s(0);
                let parts: Vec<String> = list(&args[1])
                    .iter()
                    .map(|v| v.as_str().unwrap_or_default().to_string())
                    .collect();
                Val::str(&parts.join(&sep))
            }
            Keys => Val::list(
                args[0]
                    .as_obj()
                    .map(|m| m.iter().map(|(k, _)| Val::str(k)).collect())
                    .unwrap_or_default(),
            ),
            Values => Val::list(
                args[0]
                    .as_obj()
                    .map(|m| m.values().collect())
                    .unwrap_or_default(),
            ),
            Length => {
                let n = match (args[0].as_str(), args[0].as_seq(), args[0].as_obj()) {
                    (Some(text), _, _) => text.chars().count(),
                    (_, Some(items), _) => items.len(),
                    (_, _, Some(m)) => m.len(),
                    _ => 0,
                };
                Val::Int(n as i128)
            }
            Map => {
                let Val::Expref(expr) = arg(0) else {
                    return Ok(Val::Null);
                };
                let mut out = Vec::new();
                for item in list(&args[1]) {
                    out.push(visit(expr, &item)?);
                }
                Val::list(out)
            }
            Max | Min => {
                let (want, op) = if self == Max {
                    (Ordering::Greater, ">")
                } else {
                    (Ordering::Less, "<")
                };
                let mut best: Option<Val> = None;
                for item in list(&args[0]) {
                    best = match best {
                        Some(b) if py_order(op, &item, &b)? != Some(want) => Some(b),
                        _ => Some(item),
                    };
                }
                best.unwrap_or(Val::Null)
            }
            MaxBy | MinBy => {
                let (want, op) = if self == MaxBy {
                    (Ordering::Greater, ">")
                } else {
                    (Ordering::Less, "<")
                };
                let Val::Expref(expr) = arg(1) else {
                    return Ok(Val::Null);
                };
                let mut best: Option<(Val, Val)> = None;
                for item in list(&args[0]) {
                    let key = key_of(name, expr, &item, &["number", "string"])?;
                    best = match best {
                        Some((b, bk)) if py_order(op, &key, &bk)? != Some(want) => Some((b, bk)),
                        _ => Some((item, key)),
                    };
                }
                best.map_or(Val::Null, |(b, _)| b)
            }
            Merge => merge(&args)?,
            NotNull => args
                .iter()
                .find(|v| !v.is_null())
                .cloned()
                .unwrap_or(Val::Null),
            Reverse => match args[0].as_str() {
                Some(text) => Val::str(&text.chars().rev().collect::<String>()),
                None => Val::list(list(&args[0]).into_iter().rev().collect()),
            },
            Sort => {
                let mut items = list(&args[0]);
                items.sort_by(sort_order);
                Val::list(items)
            }
            SortBy => sort_by(&args[0], arg(1))?,
            Sum => sum(&list(&args[0])),
            ToArray => match args[0].as_seq() {
                Some(_) => arg(0),
                None => Val::list(vec![arg(0)]),
            },
            ToNumber => to_number(&args[0])?,
            ToString => match args[0].as_str() {
                Some(_) => arg(0),
                None => {
                    let mut out = String::new();
                    dumps(&mut out, &args[0]);
                    Val::str(&out)
                }
            },
            Type => match args[0].type_name() {
                "expref" => Val::Null,
                t => Val::str(t),
            },
        })
    }

    /// jmespath.py's `_validate_arguments`: the count, then each argument of the signature
    /// (of a variadic function, only the first ones), then the members of typed lists.
    fn check(self, args: &[Val]) -> Result<(), RuntimeError> {
        let (signature, variadic) = self.signature();
        let name = self.name();
        let expected = signature.len();
        let plural = if expected == 1 { "" } else { "s" };
        if variadic && args.len() < expected {
            return Err(RuntimeError(format!(
                "Expected at least {expected} argument{plural} for function {name}(), received {}",
                args.len()
            )));
        }
        if !variadic && args.len() != expected {
            return Err(RuntimeError(format!(
                "Expected {expected} argument{plural} for function {name}(), received {}",
                args.len()
            )));
        }
        for (types, arg) in signature.iter().zip(args) {
            if !types.is_empty() {
                check_type(name, arg, types)?;
            }
        }
        Ok(())
    }
}

fn type_error(name: &str, value: &Val, received: &str, expected: &[&str]) -> RuntimeError {
    let expected: Vec<String> = expected.iter().map(|t| format!("'{t}'")).collect();
    RuntimeError(format!(
        "In function {name}(), invalid type for value: {}, expected one of: [{}], received: \"{received}\"",
        py_str(value),
        expected.join(", ")
    ))
}

/// The Python type names a JMESPath type stands for.
fn py_types(jmespath_type: &str) -> &'static [&'static str] {
    match jmespath_type {
        "boolean" => &["bool"],
        "array" => &["list"],
        "object" => &["dict"],
        "null" => &["NoneType"],
        "string" => &["str"],
        "number" => &["float", "int"],
        "expref" => &["_Expression"],
        _ => &[],
    }
}

fn check_type(name: &str, value: &Val, types: &[&str]) -> Result<(), RuntimeError> {
    let mut allowed: Vec<&str> = Vec::new();
    let mut subtypes: Vec<&[&str]> = Vec::new();
    for t in types {
        let base = match t.split_once('-') {
            Some((base, sub)) => {
                subtypes.push(py_types(sub));
                base
            }
            None => t,
        };
        allowed.extend(py_types(base));
    }
    let actual = value.py_type();
    if !allowed.contains(&actual) {
        return Err(type_error(name, value, value.type_name(), types));
    }
    let Some(items) = value.as_seq() else {
        return Ok(());
    };
    let members: &[&str] = match subtypes.as_slice() {
        [] => return Ok(()),
        [only] => only,
        _ if items.is_empty() => return Ok(()),
        several => {
            let Some(first) = items.get(0) else {
                return Ok(());
            };
            let first_type = first.py_type();
            match several.iter().find(|s| s.contains(&first_type)) {
                Some(s) => s,
                None => return Err(type_error(name, &first, first_type, types)),
            }
        }
    };
    for item in items.iter() {
        if !members.contains(&item.py_type()) {
            return Err(type_error(name, &item, item.py_type(), types));
        }
    }
    Ok(())
}

fn list<'a>(v: &Val<'a>) -> Vec<Val<'a>> {
    v.as_seq().map(|s| s.to_vec()).unwrap_or_default()
}

/// Python's `sum()`: integers add up to an integer, a float makes the rest float.
fn sum<'a>(items: &[Val<'a>]) -> Val<'a> {
    let mut total = Val::Int(0);
    for item in items {
        total = match (total, item) {
            (Val::Int(a), Val::Int(b)) => a
                .checked_add(*b)
                .map_or(Val::Float(a as f64 + *b as f64), Val::Int),
            (t, v) => Val::Float(as_f64(t) + as_f64(v.clone())),
        };
    }
    total
}

fn as_f64(v: Val) -> f64 {
    match v {
        Val::Int(i) => i as f64,
        Val::Float(f) => f,
        _ => f64::NAN,
    }
}

/// `math.ceil` / `math.floor`: an integer, whatever the number was.
fn round<'a>(v: Val<'a>, how: fn(f64) -> f64) -> Outcome<'a> {
    match v {
        Val::Float(f) if f.is_nan() => {
            Err(RuntimeError("cannot convert float NaN to integer".into()))
        }
        Val::Float(f) if f.is_infinite() => Err(RuntimeError(
            "cannot convert float infinity to integer".into(),
        )),
        Val::Float(f) => {
            let r = how(f);
            // 2^127: the integers i128 holds.
            Ok(if r.abs() < 1.7014118346046923e38 {
                Val::Int(r as i128)
            } else {
                Val::Float(r)
            })
        }
        other => Ok(other),
    }
}

/// The key of `item` for `sort_by`, `min_by`, `max_by`: the expression's value, which must
/// be of one of `allowed` (JMESPath type names).
fn key_of<'a>(
    name: &str,
    expr: &'a super::ast::Node,
    item: &Val<'a>,
    allowed: &[&str],
) -> Outcome<'a> {
    let key = visit(expr, item)?;
    let t = key.type_name();
    if !allowed.contains(&t) {
        return Err(type_error(name, &key, t, allowed));
    }
    Ok(key)
}

/// A total order that agrees with Python's `<` on numbers and on strings (a NaN, which
/// Python cannot order, goes last).
fn sort_order(a: &Val, b: &Val) -> Ordering {
    if let (Some(x), Some(y)) = (actual_number(a), actual_number(b)) {
        let nan = |n: Num| matches!(n, Num::Float(f) if f.is_nan());
        return match (nan(x), nan(y)) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            _ => num_cmp(x, y).unwrap_or(Ordering::Equal),
        };
    }
    match (a.as_str(), b.as_str()) {
        (Some(x), Some(y)) => x.cmp(y),
        _ => Ordering::Equal,
    }
}

fn sort_by<'a>(array: &Val<'a>, expref: Val<'a>) -> Outcome<'a> {
    let items = list(array);
    let (Some(first), Val::Expref(expr)) = (items.first(), expref) else {
        return Ok(array.clone());
    };
    let required = visit(expr, first)?.type_name();
    if required != "number" && required != "string" {
        return Err(type_error(
            "sort_by",
            first,
            required,
            &["string", "number"],
        ));
    }
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        let key = key_of("sort_by", expr, &item, &[required])?;
        keyed.push((key, item));
    }
    keyed.sort_by(|a, b| sort_order(&a.0, &b.0));
    Ok(Val::list(keyed.into_iter().map(|(_, v)| v).collect()))
}

/// `dict.update` with each argument in turn. Only the first argument is type-checked, as in
/// jmespath.py; the others fail the way `dict.update` fails on them.
fn merge<'a>(args: &[Val<'a>]) -> Outcome<'a> {
    let mut merged: IndexMap<String, Val<'a>> = IndexMap::new();
    for arg in args {
        if let Some(m) = arg.as_obj() {
            for (k, v) in m.iter() {
                merged.insert(k.to_string(), v);
            }
            continue;
        }
        if let Some(text) = arg.as_str() {
            if text.is_empty() {
                continue;
            }
            return Err(RuntimeError(
                "dictionary update sequence element #0 has length 1; 2 is required".into(),
            ));
        }
        let Some(items) = arg.as_seq() else {
            return Err(RuntimeError(format!(
                "'{}' object is not iterable",
                arg.py_type()
            )));
        };
        for (i, item) in items.iter().enumerate() {
            let pair: Vec<Val> = match (item.as_seq(), item.as_str(), item.as_obj()) {
                (Some(p), _, _) => p.to_vec(),
                (_, Some(t), _) => t.chars().map(|c| Val::str(&c.to_string())).collect(),
                (_, _, Some(m)) => m.iter().map(|(k, _)| Val::str(k)).collect(),
                _ => {
                    return Err(RuntimeError(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    )))
                }
            };
            if pair.len() != 2 {
                return Err(RuntimeError(format!(
                    "dictionary update sequence element #{i} has length {}; 2 is required",
                    pair.len()
                )));
            }
            let key = match &pair[0] {
                k if k.as_str().is_some() => k.as_str().unwrap_or_default().to_string(),
                k if k.as_seq().is_some() || k.as_obj().is_some() => {
                    return Err(RuntimeError(format!("unhashable type: '{}'", k.py_type())))
                }
                // A number or other scalar key: JSON output writes it as text.
                k => {
                    let mut out = String::new();
                    dumps(&mut out, k);
                    out
                }
            };
            merged.insert(key, pair[1].clone());
        }
    }
    Ok(Val::map(merged))
}

/// `to_number`: numbers as they are, strings as Python's `int()` then `float()` read them,
/// anything else `null`.
fn to_number<'a>(v: &Val<'a>) -> Outcome<'a> {
    if v.is_number() {
        return Ok(v.clone());
    }
    if let Val::Expref(_) = v {
        return Err(RuntimeError(
            "int() argument must be a string, a bytes-like object or a real number, not '_Expression'"
                .into(),
        ));
    }
    let Some(text) = v.as_str() else {
        return Ok(Val::Null);
    };
    let t = text.trim_matches(super::lexer::py_space);
    let (sign, body) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", t.strip_prefix('+').unwrap_or(t)),
    };
    if digit_part(body) {
        return Ok(super::json::int_value(&format!(
            "{sign}{}",
            body.replace('_', "")
        )));
    }
    let lower = body.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(f) = special {
        return Ok(Val::Float(if sign == "-" { -f } else { f }));
    }
    if !float_text(body) {
        return Ok(Val::Null);
    }
    Ok(format!("{sign}{}", body.replace('_', ""))
        .parse::<f64>()
        .map_or(Val::Null, Val::Float))
}

/// Digits with single underscores between them (`1_000`).
fn digit_part(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('_')
        && !s.ends_with('_')
        && !s.contains("__")
        && s.chars().all(|c| c.is_ascii_digit() || c == '_')
}

/// Python's float literal: `1.5`, `.5`, `5.`, `1e-3`, underscores between digits.
fn float_text(s: &str) -> bool {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(at) => (&s[..at], Some(&s[at + 1..])),
        None => (s, None),
    };
    let mantissa_ok = match mantissa.split_once('.') {
        Some((int, frac)) => {
            (int.is_empty() || digit_part(int))
                && (frac.is_empty() || digit_part(frac))
                && !(int.is_empty() && frac.is_empty())
        }
        None => digit_part(mantissa),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        digit_part(e)
    });
    mantissa_ok && exponent_ok
}

/// `json.dumps(v, separators=(',', ':'))`: ASCII only, floats as Python's `repr`.
pub fn dumps(out: &mut String, v: &Val) {
    match v {
        Val::Null => out.push_str("null"),
        Val::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Val::Int(i) => out.push_str(&i.to_string()),
        Val::Float(f) if f.is_nan() => out.push_str("NaN"),
        Val::Float(f) if f.is_infinite() => {
            out.push_str(if *f > 0.0 { "Infinity" } else { "-Infinity" })
        }
        Val::Float(f) => crate::python::push_py_float(out, *f),
        Val::Expref(_) => push_json_string(out, &py_str(v), true),
        _ => match v.as_str() {
            Some(s) => push_json_string(out, s, true),
            None => push_container(
                out,
                v,
                (",", ":"),
                |o, k| push_json_string(o, k, true),
                dumps,
            ),
        },
    }
}
