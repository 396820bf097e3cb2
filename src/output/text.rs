//! `--output text`, byte for byte as AWS CLI v2 prints it.
//!
//! A scalar prints as Python's `str()` (`True`, `False`, `None`, floats as Python's `repr`)
//! plus a newline. An object prints its scalar members on one tab-separated line in key
//! order, prefixed by the upper-cased key that led to it (none at the top), then each
//! list/object member in key order. A list of objects prints one line per element with the
//! union of the elements' scalar keys as columns (missing ones empty); a list of scalars
//! prints one `KEY\tvalue` line per element, or one tab-separated line when it has no key.
//! Empty lists and objects print nothing. A paginated command prints each page separately
//! (see [`text`]).

use super::members::{is_scalar, Members, NO_RANK};
use super::Unprintable;
use crate::python::{push_py_str, py_type};
use serde_json::{Map, Value};

/// `--output text` for one document.
///
/// A paginated command is printed page by page in v2: call this once per page with the page's
/// result keys (the first page also carries the response's other, non-token members), apply
/// `--query` to each page on its own, and concatenate. When `--max-items` leaves a resume
/// token, v2 then prints `text(&json!({"NextToken": {"NextToken": token}}))`, i.e.
/// `NEXTTOKEN\t<token>`. A page without its result key prints `None` (v2 sets it to null).
///
/// For a document v2 cannot print (see [`Unprintable`]) this returns what v2 printed before
/// stopping; [`text_checked`] tells the two apart.
pub fn text(doc: &Value) -> String {
    match text_checked(doc) {
        Ok(s) => s,
        Err(e) => e.printed,
    }
}

/// [`text`], or the failure v2 stops with.
pub fn text_checked(doc: &Value) -> Result<String, Unprintable> {
    let mut out = String::with_capacity(1024);
    match text_item(&mut out, doc, None) {
        Ok(()) => Ok(out),
        Err(message) => Err(Unprintable {
            printed: out,
            message,
        }),
    }
}

fn text_item(out: &mut String, item: &Value, identifier: Option<&str>) -> Result<(), String> {
    match item {
        Value::Object(map) => text_object(out, map, identifier),
        Value::Array(items) => text_list(out, items, identifier),
        _ => {
            push_py_str(out, item);
            out.push('\n');
            Ok(())
        }
    }
}

fn text_list(out: &mut String, items: &[Value], identifier: Option<&str>) -> Result<(), String> {
    if items.is_empty() {
        return Ok(());
    }
    if items.iter().any(Value::is_object) {
        let mut members = Members::default();
        for element in items {
            let Value::Object(map) = element else {
                return Err(format!(
                    "'{}' object has no attribute 'items'",
                    py_type(element)
                ));
            };
            members.add(map);
        }
        text_rows(out, items, identifier, &members)?;
    } else if items.iter().any(Value::is_array) {
        let scalars: Vec<&Value> = items.iter().filter(|v| is_scalar(v)).collect();
        if !scalars.is_empty() {
            text_scalars(out, scalars.into_iter(), identifier);
        }
        for nested in items.iter().filter(|v| !is_scalar(v)) {
            text_item(out, nested, identifier)?;
        }
    } else {
        text_scalars(out, items.iter(), identifier);
    }
    Ok(())
}

fn text_scalars<'a>(
    out: &mut String,
    items: impl Iterator<Item = &'a Value>,
    identifier: Option<&str>,
) {
    match identifier {
        Some(id) => {
            let id = id.to_uppercase();
            for item in items {
                out.push_str(&id);
                out.push('\t');
                push_py_str(out, item);
                out.push('\n');
            }
        }
        None => {
            for (i, item) in items.enumerate() {
                if i > 0 {
                    out.push('\t');
                }
                push_py_str(out, item);
            }
            out.push('\n');
        }
    }
}

fn text_object(
    out: &mut String,
    map: &Map<String, Value>,
    identifier: Option<&str>,
) -> Result<(), String> {
    let mut entries: Vec<(&String, &Value)> = map.iter().collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut fields = 0usize;
    for &(_, v) in &entries {
        if is_scalar(v) {
            if fields == 0 {
                if let Some(id) = identifier {
                    out.push_str(&id.to_uppercase());
                    fields += 1;
                }
            }
            if fields > 0 {
                out.push('\t');
            }
            push_py_str(out, v);
            fields += 1;
        }
    }
    if fields > 0 {
        out.push('\n');
    }
    for (k, v) in entries {
        if !is_scalar(v) {
            text_item(out, v, Some(k))?;
        }
    }
    Ok(())
}

/// The elements of a list of objects, one line each with the values of the columns (every key
/// that holds a scalar in some element, sorted; missing values empty), each followed by its
/// other members (lists and objects in every element) in key order.
fn text_rows(
    out: &mut String,
    items: &[Value],
    identifier: Option<&str>,
    members: &Members,
) -> Result<(), String> {
    let (keys, column) = members.sorted(|k| k.scalar);
    let identifier = identifier.map(str::to_uppercase);
    let mut values: Vec<Option<&Value>> = vec![None; keys.len()];
    let mut nested: Vec<(&String, &Value)> = Vec::new();
    let mut ids = members.ids.as_slice();
    for element in items {
        let Value::Object(map) = element else {
            continue; // the caller let only objects through
        };
        let (element_ids, rest) = ids.split_at(map.len());
        ids = rest;
        values.fill(None);
        nested.clear();
        for ((k, v), &id) in map.iter().zip(element_ids) {
            match column[id as usize] {
                NO_RANK => nested.push((k, v)),
                c => values[c as usize] = Some(v),
            }
        }
        if !keys.is_empty() {
            if let Some(id) = &identifier {
                out.push_str(id);
                out.push('\t');
            }
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push('\t');
                }
                if let Some(v) = v {
                    push_py_str(out, v);
                }
            }
            out.push('\n');
        }
        nested.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for &(k, v) in &nested {
            text_item(out, v, Some(k))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn text_scalars_lists_and_odd_shapes() {
        assert_eq!(text(&json!("a bare string")), "a bare string\n");
        assert_eq!(text(&json!(null)), "None\n");
        assert_eq!(text(&json!(true)), "True\n");
        assert_eq!(text(&json!(false)), "False\n");
        assert_eq!(text(&json!(1594157520.512)), "1594157520.512\n");
        assert_eq!(text(&json!("")), "\n");
        assert_eq!(text(&json!([])), "");
        assert_eq!(text(&json!({})), "");
        assert_eq!(
            // (built from Rust literals: serde_json's default parser may round 17-digit
            // decimals to a neighbouring float, which Python would print differently)
            text(&json!([
                1.0,
                1e16,
                1e-05,
                0.0001,
                -0.0,
                123456789.12345679_f64,
                1e22,
                5e-324,
                18446744073709551615u64,
                null,
                true,
                false,
                "é"
            ])),
            "1.0\t1e+16\t1e-05\t0.0001\t-0.0\t123456789.12345679\t1e+22\t5e-324\t18446744073709551615\tNone\tTrue\tFalse\té\n"
        );
        // Elements of a list of objects share the union of scalar keys as columns.
        assert_eq!(
            text(&json!([{"a": 1, "b": [1, 2]}, {"a": null, "b": {"c": 1}}, {"c": 3}])),
            "1\t\nB\t1\nB\t2\nNone\t\nB\t1\n\t3\n"
        );
        // Scalars of a mixed list come first, then the nested lists.
        assert_eq!(text(&json!([[1, 2], [3, [4, 5]], 6])), "6\n1\t2\n3\n4\t5\n");
        // A key that is scalar in one element and not in another shows Python's repr.
        assert_eq!(
            text(&json!([{"a": null}, {"a": {"x": "q's"}}])),
            "None\n{'x': \"q's\"}\n"
        );
    }

    #[test]
    fn text_stops_where_v2_fails() {
        let failure = text_checked(&json!({"a": 1, "b": [{"x": 1}, "s"]})).unwrap_err();
        assert_eq!(failure.printed, "1\n");
        assert_eq!(failure.message, "'str' object has no attribute 'items'");
        assert_eq!(text(&json!({"a": 1, "b": [{"x": 1}, "s"]})), "1\n");
    }
}
