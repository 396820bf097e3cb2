//! An operation's input document as the operations read it: decoded from a request by the
//! model's bindings and checked against the model's constraints before any operation sees it,
//! so that a member present has its member's type.

use std::ops::Deref;

use serde_json::{Map, Value};

use crate::model::{self, Operation};

use super::binding;
use super::error::ApiError;
use super::util;
use super::validate::{self, Unreadable};

/// The checked input document of one operation.
#[derive(Debug, Clone)]
pub struct Input {
    pub op: &'static Operation,
    doc: Map<String, Value>,
}

impl Input {
    /// The input of `op` once its decoded document is checked against the model; `unreadable`
    /// are the values decoding could not read as their members' kinds.
    pub fn checked(
        op: &'static Operation,
        doc: Map<String, Value>,
        unreadable: &[Unreadable],
    ) -> Result<Input, ApiError> {
        let doc = Value::Object(doc);
        validate::check(op, &doc, unreadable)?;
        let Value::Object(doc) = doc else {
            return Err(ApiError::internal("an input document is an object"));
        };
        Ok(Input { op, doc })
    }

    /// The input of the operation `op_name` given as one JSON object of its members (what a seed
    /// file gives where a request body would), taken and checked as a request's are.
    pub fn from_json(op_name: &str, value: &Value) -> Result<Input, ApiError> {
        let op = model::get()
            .operations
            .get(op_name)
            .ok_or_else(|| ApiError::internal(format!("the model has no operation {op_name}")))?;
        let Value::Object(given) = value else {
            return Err(ApiError::invalid("The input must be a JSON object."));
        };
        let (doc, unreadable) = binding::document(op, given);
        Input::checked(op, doc, &unreadable)
    }
}

impl Deref for Input {
    type Target = Map<String, Value>;

    fn deref(&self) -> &Map<String, Value> {
        &self.doc
    }
}

/// Typed reads of the members of a checked document (or of a structure within it): a member
/// that is absent or of another type reads as `None`.
pub trait Members {
    fn text(&self, name: &str) -> Option<&str>;
    fn texts(&self, name: &str) -> Option<Vec<String>>;
    fn flag(&self, name: &str) -> Option<bool>;
    fn integer(&self, name: &str) -> Option<i64>;
    /// A timestamp, in milliseconds since the epoch.
    fn time(&self, name: &str) -> Option<i64>;
    fn structure(&self, name: &str) -> Option<&Map<String, Value>>;
    /// A string the model requires (checked before), or the error that says it is missing.
    fn required(&self, name: &str) -> Result<&str, ApiError>;
}

impl Members for Map<String, Value> {
    fn text(&self, name: &str) -> Option<&str> {
        self.get(name).and_then(Value::as_str)
    }

    fn texts(&self, name: &str) -> Option<Vec<String>> {
        let items = self.get(name)?.as_array()?;
        Some(
            items
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect(),
        )
    }

    fn flag(&self, name: &str) -> Option<bool> {
        self.get(name).and_then(Value::as_bool)
    }

    fn integer(&self, name: &str) -> Option<i64> {
        self.get(name).and_then(Value::as_i64)
    }

    fn time(&self, name: &str) -> Option<i64> {
        self.get(name).and_then(util::json_timestamp)
    }

    fn structure(&self, name: &str) -> Option<&Map<String, Value>> {
        self.get(name).and_then(Value::as_object)
    }

    fn required(&self, name: &str) -> Result<&str, ApiError> {
        self.text(name)
            .ok_or_else(|| ApiError::invalid(format!("{name} is required.")))
    }
}
