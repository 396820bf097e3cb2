//! The `aws-sdk-iot` call of every operation, generated at build time from the model
//! (`build/sdk_call.rs`), and the conversions of document values into the SDK's types that the
//! generated code names. The input document was validated against the model before it gets
//! here; a value of the wrong type is still an error, never a panic.

use super::sdk::Client;
use crate::error::{CliError, Result};
use aws_sdk_iot::types as t;
use aws_smithy_types::DateTime;
use serde_json::{Map, Value};
use std::collections::HashMap;

include!(concat!(env!("OUT_DIR"), "/sdk_call.rs"));

fn wrong(what: &str, v: &Value) -> CliError {
    CliError::Param(format!("expected {what}, found {v}"))
}

/// The member's value converted, when the document has the member.
fn opt<T>(v: Option<&Value>, convert: fn(&Value) -> Result<T>) -> Result<Option<T>> {
    v.map(convert).transpose()
}

fn object(v: &Value) -> Result<&Map<String, Value>> {
    v.as_object().ok_or_else(|| wrong("a structure", v))
}

fn string(v: &Value) -> Result<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| wrong("a string", v))
}

fn enumerated<T: for<'a> From<&'a str>>(v: &Value) -> Result<T> {
    v.as_str().map(T::from).ok_or_else(|| wrong("a string", v))
}

fn integer(v: &Value) -> Result<i32> {
    v.as_i64()
        .and_then(|n| i32::try_from(n).ok())
        .ok_or_else(|| wrong("an integer", v))
}

fn long(v: &Value) -> Result<i64> {
    v.as_i64().ok_or_else(|| wrong("an integer", v))
}

fn double(v: &Value) -> Result<f64> {
    v.as_f64().ok_or_else(|| wrong("a number", v))
}

fn boolean(v: &Value) -> Result<bool> {
    v.as_bool().ok_or_else(|| wrong("a boolean", v))
}

fn seconds(v: &Value) -> Result<f64> {
    crate::timestamp::from_json(v).ok_or_else(|| wrong("a timestamp", v))
}

/// Timestamps in the body go as whole epoch seconds, as the AWS CLI sends them.
fn time(v: &Value) -> Result<DateTime> {
    Ok(DateTime::from_secs(seconds(v)?.floor() as i64))
}

/// Timestamps in the query string keep their microseconds.
fn query_time(v: &Value) -> Result<DateTime> {
    let secs = seconds(v)?;
    let whole = secs.floor();
    let micros = ((secs - whole) * 1e6).round() as u32;
    Ok(DateTime::from_secs_and_nanos(
        whole as i64,
        micros.min(999_999) * 1000,
    ))
}

fn list<T>(v: &Value, convert: fn(&Value) -> Result<T>) -> Result<Vec<T>> {
    v.as_array()
        .ok_or_else(|| wrong("a list", v))?
        .iter()
        .map(convert)
        .collect()
}

fn map<K: std::hash::Hash + Eq, V>(
    v: &Value,
    key: fn(&str) -> K,
    convert: fn(&Value) -> Result<V>,
) -> Result<HashMap<K, V>> {
    object(v)?
        .iter()
        .map(|(k, v)| Ok((key(k), convert(v)?)))
        .collect()
}

/// A structure with required members is built fallibly by the SDK.
fn built<T, E: std::fmt::Display>(what: &str, r: std::result::Result<T, E>) -> Result<T> {
    r.map_err(|e| CliError::Param(format!("{what}: {e}")))
}
