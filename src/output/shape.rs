//! Shapes the raw response document by the model, as the AWS CLI's parser hands it to the
//! formatter: members in the model's order, members the model does not know dropped, null
//! members dropped, values of the wrong type converted or refused as botocore does, and
//! timestamps rendered per `cli_timestamp_format`.

use crate::error::{CliError, Result};
use crate::model::{self, Kind, Member, Shape};
use crate::python::{py_repr, py_type};
use crate::timestamp::{self, Format};
use serde_json::{Map, Value};

/// The response as the AWS CLI's parser would hand it to the formatter. The raw document is
/// taken by value: its strings and keys move into the result instead of being copied, which
/// matters for listings of thousands of items.
///
/// A value of the wrong type is converted as botocore's rest-json parser converts it (a list
/// read from a string is its characters, an integer from a string is parsed, a boolean is true
/// only for `true` or `"true"`), or refused with the message of the Python exception the
/// parser raises, and the command ends with exit 255.
pub fn shape(shape: &Shape, raw: Value, ts: Format) -> Result<Value> {
    let m = model::get();
    let python = |message: String| Err(CliError::Other(message));
    Ok(match (shape.kind, raw) {
        (Kind::Structure, Value::Object(mut body)) => {
            if in_model_order(shape, &body) {
                // The common answer: every member known, in the model's order, under its own
                // name, none null. Its values are shaped where they are.
                for (name, v) in body.iter_mut() {
                    if let Some(member) = shape.members.get(name) {
                        *v = self::shape(m.at(member.shape_index), std::mem::take(v), ts)?;
                    }
                }
                return Ok(Value::Object(body));
            }
            let mut out = Map::with_capacity(shape.members.len().min(body.len()));
            for (name, member) in &shape.members {
                if member.location.is_some() {
                    continue;
                }
                let wire = member.location_name.unwrap_or(name);
                if let Some((key, v)) = body.remove_entry(wire).filter(|(_, v)| !v.is_null()) {
                    let key = if key == *name { key } else { name.to_string() };
                    out.insert(key, self::shape(m.at(member.shape_index), v, ts)?);
                }
            }
            Value::Object(out)
        }
        // Members that are null are skipped, so only a whole answer of `null` gets here.
        (Kind::Structure, Value::Null) => {
            return python("'NoneType' object is not iterable".into())
        }
        (Kind::Structure, v) => {
            return python(format!("'{}' object has no attribute 'get'", py_type(&v)))
        }
        (Kind::List, raw) => {
            let items = match raw {
                Value::Array(items) => items,
                // Python iterates a string by its characters and a dict by its keys.
                Value::String(s) => s.chars().map(|c| Value::String(c.into())).collect(),
                Value::Object(map) => map.into_iter().map(|(k, _)| Value::String(k)).collect(),
                v => return python(format!("'{}' object is not iterable", py_type(&v))),
            };
            let inner = shape.member.as_ref().map(|r| m.at(r.index));
            // botocore keeps null items of lists and null values of maps as they came.
            Value::Array(
                items
                    .into_iter()
                    .map(|v| match inner {
                        Some(s) if !v.is_null() => self::shape(s, v, ts),
                        _ => Ok(v),
                    })
                    .collect::<Result<Vec<Value>>>()?,
            )
        }
        (Kind::Map, Value::Object(body)) => {
            let inner = shape.value.as_ref().map(|r| m.at(r.index));
            Value::Object(
                body.into_iter()
                    .map(|(k, v)| match inner {
                        Some(s) if !v.is_null() => Ok((k, self::shape(s, v, ts)?)),
                        _ => Ok((k, v)),
                    })
                    .collect::<Result<Map<String, Value>>>()?,
            )
        }
        (Kind::Map, v) => {
            return python(format!("'{}' object has no attribute 'items'", py_type(&v)))
        }
        (Kind::Integer | Kind::Long, v) => python_int(v)?,
        (Kind::Double | Kind::Float, v) => python_float(v)?,
        (Kind::Boolean, v) => Value::Bool(match v {
            Value::Bool(b) => b,
            Value::String(s) => s.to_lowercase() == "true",
            _ => false,
        }),
        (Kind::Timestamp, Value::String(s)) if ts == Format::Iso8601 => {
            let rendered = timestamp::render(&Value::String(s), ts);
            match rendered.as_str() {
                Some(text) if timestamp::parse(text).is_err() => {
                    return python(format!(
                        "Invalid timestamp \"{text}\": Unknown string format: {text}"
                    ))
                }
                _ => rendered,
            }
        }
        (Kind::Timestamp, v) => timestamp::render(&v, ts),
        (_, v) => v,
    })
}

/// Whether the answer's keys are members of the structure, each under its own name in the
/// body, none null, in the model's order: then shaping keeps the object as it is and shapes
/// only its values.
fn in_model_order(shape: &Shape, body: &Map<String, Value>) -> bool {
    let by_name = |m: &Member| m.location.is_none() && m.location_name.is_none();
    if !shape.members.values().all(by_name) {
        return false;
    }
    let mut names = shape.members.keys();
    body.iter()
        .all(|(key, v)| !v.is_null() && names.any(|name| name == key))
}

/// Python's `int(value)` for a value decoded from JSON.
fn python_int(v: Value) -> Result<Value> {
    match v {
        Value::Number(n) if n.is_f64() => {
            let f = n.as_f64().unwrap_or(0.0).trunc();
            Ok(if f.abs() < 9.0e18 {
                Value::from(f as i64)
            } else {
                Value::Number(n)
            })
        }
        Value::Number(n) => Ok(Value::Number(n)),
        Value::Bool(b) => Ok(Value::from(i64::from(b))),
        Value::String(s) => {
            let t = s.trim();
            let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
            let well_formed = !digits.is_empty()
                && !digits.starts_with('_')
                && !digits.ends_with('_')
                && !digits.contains("__")
                && digits.chars().all(|c| c.is_ascii_digit() || c == '_');
            match t.replace('_', "").parse::<i64>() {
                Ok(n) if well_formed => Ok(Value::from(n)),
                // Digits past the 64-bit range: shown as they came.
                Err(_) if well_formed => Ok(Value::String(s)),
                _ => Err(CliError::Other(format!(
                    "invalid literal for int() with base 10: {}",
                    py_repr(&Value::String(s.clone()))
                ))),
            }
        }
        other => Err(CliError::Other(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            py_type(&other)
        ))),
    }
}

/// Python's `float(value)` for a value decoded from JSON: a whole number becomes a float, and
/// prints as one (`100.0`).
fn python_float(v: Value) -> Result<Value> {
    let f = match &v {
        Value::Number(n) => n.as_f64(),
        Value::Bool(b) => Some(if *b { 1.0 } else { 0.0 }),
        Value::String(s) => {
            let t = s.trim();
            let parsed = if t.contains("__") || t.starts_with('_') || t.ends_with('_') {
                None
            } else {
                t.replace('_', "").parse::<f64>().ok()
            };
            match parsed {
                Some(f) => Some(f),
                None => {
                    return Err(CliError::Other(format!(
                        "could not convert string to float: {}",
                        py_repr(&v)
                    )))
                }
            }
        }
        other => {
            return Err(CliError::Other(format!(
                "float() argument must be a string or a real number, not '{}'",
                py_type(other)
            )))
        }
    };
    // Infinities and NaN have no JSON number: they are shown as they came.
    Ok(f.and_then(serde_json::Number::from_f64)
        .map(Value::Number)
        .unwrap_or(v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn doubles_are_floats_whatever_the_answer_wrote() {
        let m = model::get();
        let s = m.shape("BehaviorModelTrainingSummary");
        let raw = json!({"datapointsCollectionPercentage": 100});
        let out = shape(s, raw, Format::Wire).unwrap();
        assert_eq!(
            crate::output::json_text(&out),
            "{\n    \"datapointsCollectionPercentage\": 100.0\n}\n"
        );
        let raw = json!({"datapointsCollectionPercentage": "12.5"});
        assert_eq!(
            shape(s, raw, Format::Wire).unwrap(),
            json!({"datapointsCollectionPercentage": 12.5})
        );
        let raw = json!({"datapointsCollectionPercentage": "x"});
        assert_eq!(
            shape(s, raw, Format::Wire).unwrap_err().to_string(),
            "iotmit: [ERROR]: could not convert string to float: 'x'"
        );
    }

    #[test]
    fn shaping_orders_members_by_model_and_drops_unknown_ones() {
        let m = model::get();
        let s = m.shape("DescribeMitigationActionResponse");
        let raw = json!({"roleArn": "r", "extra": 1, "actionName": "A", "actionId": null});
        let out = shape(s, raw, Format::Wire).unwrap();
        assert_eq!(
            serde_json::to_string(&out).unwrap(),
            r#"{"actionName":"A","roleArn":"r"}"#
        );
    }
}
