//! Evaluating the tree against a document: jmespath.py's `TreeInterpreter` (`visitor.py`),
//! node for node, Python's equality and ordering included.

use super::ast::{Cmp, Node};
use super::error::RuntimeError;
use super::functions::Function;
use super::value::{actual_number, num_cmp, py_eq, Num, Val};
use indexmap::IndexMap;
use std::cmp::Ordering;

pub type Outcome<'a> = Result<Val<'a>, RuntimeError>;

/// The value of `node` on `value`. Each kind of node has a function of its own, so that the
/// frames of this recursion stay small.
pub fn visit<'a>(node: &'a Node, value: &Val<'a>) -> Outcome<'a> {
    match node {
        Node::Field(name) => Ok(field(value, name)),
        Node::Subexpression(children) | Node::IndexExpression(children) => chain(children, value),
        Node::Index(i) => Ok(index(value, *i)),
        Node::Slice(start, stop, step) => slice(value, *start, *stop, *step),
        Node::Literal(v) => Ok(v.clone()),
        Node::Current | Node::Identity => Ok(value.clone()),
        Node::Expref(inner) => Ok(Val::Expref(inner)),
        Node::Function(name, function, args) => call(name, *function, args, value),
        Node::FilterProjection(left, right, condition) => filter(left, right, condition, value),
        Node::Flatten(inner) => flatten(inner, value),
        Node::MultiSelectDict(pairs) => multi_select_dict(pairs, value),
        Node::MultiSelectList(children) => multi_select_list(children, value),
        Node::Or(left, right) => or(left, right, value),
        Node::And(left, right) => and(left, right, value),
        // Python's `not`: numbers are never falsy here (`!0` is false).
        Node::Not(inner) => Ok(Val::Bool(visit(inner, value)?.is_false())),
        Node::Pipe(left, right) => pipe(left, right, value),
        Node::Projection(left, right) => projection(left, right, value),
        Node::ValueProjection(left, right) => value_projection(left, right, value),
        Node::Comparator(cmp, left, right) => comparator(*cmp, left, right, value),
    }
}

fn chain<'a>(children: &'a [Node], value: &Val<'a>) -> Outcome<'a> {
    let mut result = value.clone();
    for child in children {
        result = visit(child, &result)?;
    }
    Ok(result)
}

fn index<'a>(value: &Val<'a>, i: i64) -> Val<'a> {
    let Some(items) = value.as_seq() else {
        return Val::Null;
    };
    let len = items.len() as i128;
    let at = if i < 0 {
        len + i128::from(i)
    } else {
        i128::from(i)
    };
    usize::try_from(at)
        .ok()
        .and_then(|at| items.get(at))
        .unwrap_or(Val::Null)
}

fn slice<'a>(
    value: &Val<'a>,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Outcome<'a> {
    let Some(items) = value.as_seq() else {
        return Ok(Val::Null);
    };
    let picked = slice_indices(items.len(), start, stop, step)?;
    Ok(Val::list(
        picked.into_iter().filter_map(|i| items.get(i)).collect(),
    ))
}

fn call<'a>(
    name: &str,
    function: Option<Function>,
    args: &'a [Node],
    value: &Val<'a>,
) -> Outcome<'a> {
    let mut resolved = Vec::with_capacity(args.len());
    for arg in args {
        resolved.push(visit(arg, value)?);
    }
    match function {
        Some(f) => f.call(resolved),
        None => Err(RuntimeError(format!("Unknown function: {name}()"))),
    }
}

fn filter<'a>(
    left: &'a Node,
    right: &'a Node,
    condition: &'a Node,
    value: &Val<'a>,
) -> Outcome<'a> {
    let base = visit(left, value)?;
    let Some(items) = base.as_seq() else {
        return Ok(Val::Null);
    };
    let mut collected = Vec::new();
    for element in items.iter() {
        if !visit(condition, &element)?.is_false() {
            let current = visit(right, &element)?;
            if !current.is_null() {
                collected.push(current);
            }
        }
    }
    Ok(Val::list(collected))
}

fn flatten<'a>(inner: &'a Node, value: &Val<'a>) -> Outcome<'a> {
    let base = visit(inner, value)?;
    let Some(items) = base.as_seq() else {
        return Ok(Val::Null);
    };
    let mut merged = Vec::with_capacity(items.len());
    for element in items.iter() {
        match element.as_seq() {
            Some(inner) => merged.extend(inner.iter()),
            None => merged.push(element),
        }
    }
    Ok(Val::list(merged))
}

fn multi_select_dict<'a>(pairs: &'a [(String, Node)], value: &Val<'a>) -> Outcome<'a> {
    if value.is_null() {
        return Ok(Val::Null);
    }
    let mut collected = IndexMap::with_capacity(pairs.len());
    for (key, child) in pairs {
        collected.insert(key.clone(), visit(child, value)?);
    }
    Ok(Val::map(collected))
}

fn multi_select_list<'a>(children: &'a [Node], value: &Val<'a>) -> Outcome<'a> {
    if value.is_null() {
        return Ok(Val::Null);
    }
    let mut collected = Vec::with_capacity(children.len());
    for child in children {
        collected.push(visit(child, value)?);
    }
    Ok(Val::list(collected))
}

fn or<'a>(left: &'a Node, right: &'a Node, value: &Val<'a>) -> Outcome<'a> {
    let matched = visit(left, value)?;
    if matched.is_false() {
        visit(right, value)
    } else {
        Ok(matched)
    }
}

fn and<'a>(left: &'a Node, right: &'a Node, value: &Val<'a>) -> Outcome<'a> {
    let matched = visit(left, value)?;
    if matched.is_false() {
        Ok(matched)
    } else {
        visit(right, value)
    }
}

fn pipe<'a>(left: &'a Node, right: &'a Node, value: &Val<'a>) -> Outcome<'a> {
    let result = visit(left, value)?;
    visit(right, &result)
}

fn projection<'a>(left: &'a Node, right: &'a Node, value: &Val<'a>) -> Outcome<'a> {
    let base = visit(left, value)?;
    match base.as_seq() {
        Some(items) => project(items.iter(), right),
        None => Ok(Val::Null),
    }
}

fn value_projection<'a>(left: &'a Node, right: &'a Node, value: &Val<'a>) -> Outcome<'a> {
    let base = visit(left, value)?;
    match base.as_obj() {
        Some(members) => project(members.values(), right),
        None => Ok(Val::Null),
    }
}

fn comparator<'a>(cmp: Cmp, left: &'a Node, right: &'a Node, value: &Val<'a>) -> Outcome<'a> {
    let l = visit(left, value)?;
    let r = visit(right, value)?;
    compare(cmp, &l, &r)
}

fn field<'a>(value: &Val<'a>, name: &str) -> Val<'a> {
    value
        .as_obj()
        .and_then(|members| members.get(name))
        .unwrap_or(Val::Null)
}

fn project<'a>(elements: impl Iterator<Item = Val<'a>>, right: &'a Node) -> Outcome<'a> {
    let mut collected = Vec::new();
    for element in elements {
        let current = visit(right, &element)?;
        if !current.is_null() {
            collected.push(current);
        }
    }
    Ok(Val::list(collected))
}

/// The indices Python's `list[start:stop:step]` picks.
fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> Result<Vec<usize>, RuntimeError> {
    let len = len as i128;
    let step = i128::from(step.unwrap_or(1));
    if step == 0 {
        return Err(RuntimeError("slice step cannot be zero".into()));
    }
    let adjust = |bound: Option<i64>, default: i128| -> i128 {
        let Some(b) = bound else {
            return default;
        };
        let mut b = i128::from(b);
        if b < 0 {
            b += len;
            if b < 0 {
                b = if step < 0 { -1 } else { 0 };
            }
        } else if b >= len {
            b = if step < 0 { len - 1 } else { len };
        }
        b
    };
    let (start, stop) = if step < 0 {
        (adjust(start, len - 1), adjust(stop, -1))
    } else {
        (adjust(start, 0), adjust(stop, len))
    };
    let mut out = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

/// jmespath.py's `_equals`: `0` and `1` never equal a boolean at the top level (they do inside
/// lists and objects, as in Python).
pub fn equals(x: &Val, y: &Val) -> bool {
    let zero_or_one = |v: &Val| {
        actual_number(v).is_some_and(|n| {
            matches!(num_cmp(n, Num::Int(0)), Some(Ordering::Equal))
                || matches!(num_cmp(n, Num::Int(1)), Some(Ordering::Equal))
        })
    };
    if zero_or_one(x) {
        return !matches!(y, Val::Bool(_)) && py_eq(x, y);
    }
    if zero_or_one(y) {
        return !matches!(x, Val::Bool(_)) && py_eq(x, y);
    }
    py_eq(x, y)
}

fn compare<'a>(cmp: Cmp, l: &Val<'a>, r: &Val<'a>) -> Outcome<'a> {
    match cmp {
        Cmp::Eq => return Ok(Val::Bool(equals(l, r))),
        Cmp::Ne => return Ok(Val::Bool(!equals(l, r))),
        _ => {}
    }
    let comparable = |v: &Val| v.is_number() || v.as_str().is_some();
    if !comparable(l) || !comparable(r) {
        return Ok(Val::Null);
    }
    let ordering = py_order(cmp.symbol(), l, r)?;
    Ok(Val::Bool(match ordering {
        None => false,
        Some(o) => match cmp {
            Cmp::Lt => o == Ordering::Less,
            Cmp::Gt => o == Ordering::Greater,
            Cmp::Lte => o != Ordering::Greater,
            _ => o != Ordering::Less,
        },
    }))
}

/// How Python orders two numbers or two strings (`None`: a NaN is involved); anything else
/// is the `TypeError` Python raises for `op`.
pub fn py_order(op: &str, l: &Val, r: &Val) -> Result<Option<Ordering>, RuntimeError> {
    if let (Some(a), Some(b)) = (actual_number(l), actual_number(r)) {
        return Ok(num_cmp(a, b));
    }
    if let (Some(a), Some(b)) = (l.as_str(), r.as_str()) {
        return Ok(Some(a.cmp(b)));
    }
    Err(RuntimeError(format!(
        "'{op}' not supported between instances of '{}' and '{}'",
        l.py_type(),
        r.py_type()
    )))
}
