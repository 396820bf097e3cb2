//! The service model: the mitigation operations of AWS IoT, the audit operations around them
//! and every shape they reach, as extracted from botocore's official model by `scripts/extract-model.py`.
//!
//! This is the one description that says which fields exist. Flags, value coercion, skeletons,
//! validation, help and output shaping all read it; nothing else lists members by hand.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::OnceLock;

const MODEL_JSON: &str = include_str!("../model/iot-mitigation.json");

#[derive(Debug, Deserialize)]
pub struct Model {
    pub operations: indexmap::IndexMap<String, Operation>,
    pub shapes: HashMap<String, Shape>,
    #[serde(default)]
    pub paginators: HashMap<String, Paginator>,
}

/// Members the CLI does not read yet (`http`, `errors`) are kept so the description stays whole.
#[allow(dead_code)]
#[derive(Debug, Deserialize)]
pub struct Operation {
    pub name: String,
    pub http: Http,
    pub input: Option<ShapeRef>,
    pub output: Option<ShapeRef>,
    #[serde(default)]
    pub errors: Vec<ShapeRef>,
    #[serde(default)]
    pub documentation: String,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
pub struct Http {
    pub method: String,
    #[serde(rename = "requestUri")]
    pub request_uri: String,
}

#[derive(Debug, Deserialize)]
pub struct ShapeRef {
    pub shape: String,
}

#[derive(Debug, Deserialize)]
pub struct Paginator {
    pub input_token: String,
    pub output_token: String,
    pub limit_key: String,
    pub result_key: String,
}

#[derive(Debug, Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Structure,
    List,
    Map,
    String,
    Integer,
    Long,
    Boolean,
    Timestamp,
    Double,
    Float,
    Blob,
}

#[derive(Debug, Deserialize)]
pub struct Shape {
    #[serde(rename = "type")]
    pub kind: Kind,
    #[serde(default)]
    pub members: indexmap::IndexMap<String, Member>,
    #[serde(default)]
    pub required: Vec<String>,
    pub member: Option<ShapeRef>,
    pub key: Option<ShapeRef>,
    pub value: Option<ShapeRef>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub pattern: Option<String>,
    #[serde(rename = "enum")]
    pub enum_values: Option<Vec<String>>,
    #[serde(default)]
    pub documentation: String,
}

#[derive(Debug, Deserialize)]
pub struct Member {
    pub shape: String,
    #[serde(default)]
    pub documentation: String,
    pub location: Option<String>,
    #[serde(rename = "locationName")]
    pub location_name: Option<String>,
    #[serde(rename = "idempotencyToken", default)]
    pub idempotency_token: bool,
}

impl Model {
    pub fn shape(&self, name: &str) -> &Shape {
        // The model is embedded and was checked when it was extracted: every reference resolves.
        match self.shapes.get(name) {
            Some(s) => s,
            None => panic!("service model has no shape {name}"),
        }
    }

    /// The operation whose CLI name (`create-mitigation-action`) is given.
    pub fn operation_by_cli_name(&self, cli: &str) -> Option<&Operation> {
        self.operations
            .values()
            .find(|op| cli_name(&op.name) == cli)
    }

    pub fn input(&self, op: &Operation) -> Option<&Shape> {
        op.input.as_ref().map(|r| self.shape(&r.shape))
    }

    pub fn output(&self, op: &Operation) -> Option<&Shape> {
        op.output.as_ref().map(|r| self.shape(&r.shape))
    }

    pub fn paginator(&self, op: &Operation) -> Option<&Paginator> {
        self.paginators.get(&op.name)
    }
}

impl Shape {
    pub fn is_required(&self, member: &str) -> bool {
        self.required.iter().any(|r| r == member)
    }
}

/// The process-wide model, parsed on first use.
pub fn get() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| match serde_json::from_str(MODEL_JSON) {
        Ok(m) => m,
        Err(e) => panic!("embedded service model is invalid: {e}"),
    })
}

/// botocore's `xform_name` joined with dashes: `CreateMitigationAction` → `create-mitigation-action`,
/// `updateCACertificateParams` → `update-ca-certificate-params`.
pub fn cli_name(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let boundary = prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower);
            if boundary && !out.ends_with('-') {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The text of the model's HTML documentation, tags removed and whitespace collapsed.
pub fn plain_doc(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let text = out
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" .", ".")
        .replace(" ,", ",")
        .replace(" )", ")")
        .replace("( ", "(")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_names_follow_botocore_xform_name() {
        assert_eq!(
            cli_name("CreateMitigationAction"),
            "create-mitigation-action"
        );
        assert_eq!(
            cli_name("updateCACertificateParams"),
            "update-ca-certificate-params"
        );
        assert_eq!(
            cli_name("auditCheckToActionsMapping"),
            "audit-check-to-actions-mapping"
        );
        assert_eq!(cli_name("roleArn"), "role-arn");
        assert_eq!(
            cli_name("enableIoTLoggingParams"),
            "enable-io-t-logging-params"
        );
    }

    #[test]
    fn all_operations_resolve_every_shape() {
        let m = get();
        assert_eq!(m.operations.len(), 31);
        for op in m.operations.values() {
            let input = m.input(op).expect("input");
            for member in input.members.values() {
                let _ = m.shape(&member.shape);
            }
            assert!(m.operation_by_cli_name(&cli_name(&op.name)).is_some());
        }
        assert_eq!(m.paginators.len(), 10);
    }
}
