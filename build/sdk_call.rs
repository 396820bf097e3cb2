//! Writes the SDK call of every operation of the model: the code that turns a validated input
//! document (a JSON object keyed by the model's member names) into the `aws-sdk-iot` fluent
//! call. The output, `$OUT_DIR/sdk_call.rs`, is included by `src/call/generated.rs`, which
//! holds the conversions it names (`string`, `list`, `map`, …).
//!
//! The SDK's names come from the model's by smithy-rs's rules ([`snake_case`]): an operation
//! `StartOnDemandAuditTask` is the method `start_on_demand_audit_task`, a member
//! `enableIoTLoggingParams` the setter `set_enable_io_t_logging_params`, a shape
//! `UpdateCACertificateParams` the type `UpdateCaCertificateParams`. A wrong name does not
//! build, so the compiler checks every one of them.

use serde_json::{Map, Value};
use std::collections::BTreeSet;
use std::fmt::Write as _;

/// Words that smithy-rs keeps whole whatever their case (`IPv4`, `MiB`).
const WHOLE_WORDS: &[&str] = &["ipv4", "ipv6", "sigv4", "mib", "gib", "kib", "ttl"];

/// The words of a model name, as smithy-rs splits them for Rust names.
fn words(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    let all_lower = name.to_lowercase() == name;
    let mut out = Vec::new();
    let mut word = String::new();
    // Whether the word being read may still become one of WHOLE_WORDS.
    let mut whole_in_progress = true;
    for (i, &c) in chars.iter().enumerate() {
        let rest: String = chars[i..].iter().collect();
        let mut in_whole = || {
            let lower = word.to_lowercase();
            let r = whole_in_progress
                && !word.is_empty()
                && WHOLE_WORDS.iter().any(|w| {
                    w.starts_with(&lower)
                        && format!("{lower}{}", rest.to_lowercase()).starts_with(w)
                        && *w != lower
                });
            whole_in_progress = r;
            r
        };
        let last = word.chars().last();
        let lowered_then_upper =
            c.is_uppercase() && last.is_some_and(|l| l.is_lowercase() || l.is_ascii_digit());
        let digit_then_lower =
            all_lower && c.is_lowercase() && last.is_some_and(|l| l.is_ascii_digit());
        // The checks run in this order, each asking anew whether a whole word is being read.
        let boundary = !c.is_alphanumeric()
            || (!word.is_empty()
                && ((!in_whole() && lowered_then_upper)
                    || (!in_whole() && digit_then_lower)
                    || end_of_acronym(
                        last,
                        c,
                        chars.get(i + 1).copied(),
                        chars.get(i + 2).copied(),
                    )));
        if boundary {
            whole_in_progress = true;
            if !word.is_empty() {
                out.push(word.to_lowercase());
            }
            word = if c.is_alphanumeric() {
                c.to_string()
            } else {
                String::new()
            };
        } else {
            word.push(c);
        }
    }
    if !word.is_empty() {
        out.push(word.to_lowercase());
    }
    out
}

/// `DB[P]roxy` and `IAM[U]ser` end an acronym; `AC[L]s`, `AR[N]s` and `DynamoD[B]v2` do not.
fn end_of_acronym(last: Option<char>, c: char, peek: Option<char>, peek2: Option<char>) -> bool {
    if !last.is_some_and(char::is_uppercase) || !c.is_uppercase() {
        return false;
    }
    if !peek.is_some_and(char::is_lowercase) {
        return false;
    }
    if peek == Some('s') && !peek2.is_some_and(char::is_lowercase) {
        return false;
    }
    !(peek == Some('v') && peek2.is_some_and(|c| c.is_ascii_digit()))
}

pub fn snake_case(name: &str) -> String {
    words(name).join("_")
}

fn pascal_case(name: &str) -> String {
    words(name)
        .iter()
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(first) => first.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect()
}

/// The generated code of one shape's value: an expression of type `fn(&Value) -> Result<T>`.
struct Gen<'a> {
    shapes: &'a Map<String, Value>,
    /// Structures whose converter function must be written.
    structures: BTreeSet<String>,
}

impl Gen<'_> {
    fn shape(&self, name: &str) -> &Value {
        self.shapes
            .get(name)
            .unwrap_or_else(|| panic!("model: no shape {name}"))
    }

    fn kind(&self, name: &str) -> &str {
        self.shape(name)["type"].as_str().unwrap_or("")
    }

    fn is_enum(&self, name: &str) -> bool {
        self.shape(name).get("enum").is_some()
    }

    /// The converter of a value of shape `name`; `query` for a member bound to the query
    /// string, whose timestamps keep their fractions.
    fn converter(&mut self, name: &str, query: bool) -> String {
        let shape = self.shape(name);
        let inner = |key: &str| {
            shape[key]["shape"]
                .as_str()
                .unwrap_or_else(|| panic!("model: {name}.{key}"))
                .to_string()
        };
        match self.kind(name) {
            "string" if self.is_enum(name) => format!("enumerated::<t::{}>", pascal_case(name)),
            "string" => "string".into(),
            "integer" => "integer".into(),
            "long" => "long".into(),
            "double" => "double".into(),
            "boolean" => "boolean".into(),
            "timestamp" if query => "query_time".into(),
            "timestamp" => "time".into(),
            "list" => {
                let item = inner("member");
                let f = self.converter(&item, query);
                format!("|v: &Value| list(v, {f})")
            }
            "map" => {
                let (key, value) = (inner("key"), inner("value"));
                let k = if self.is_enum(&key) {
                    format!("|k: &str| t::{}::from(k)", pascal_case(&key))
                } else {
                    "str::to_string".into()
                };
                let f = self.converter(&value, false);
                format!("|v: &Value| map(v, {k}, {f})")
            }
            "structure" => {
                self.structures.insert(name.to_string());
                format!("s_{}", snake_case(name))
            }
            other => panic!("model: shape {name} of kind {other} has no SDK conversion"),
        }
    }

    /// The setters of a structure's (or an operation input's) members on `target`.
    fn setters(&mut self, shape_name: &str, doc: &str, out: &mut String) {
        let members: Vec<(String, String, bool)> = self.shape(shape_name)["members"]
            .as_object()
            .map(|ms| {
                ms.iter()
                    .map(|(k, m)| {
                        (
                            k.clone(),
                            m["shape"].as_str().unwrap_or("").to_string(),
                            m.get("location").and_then(Value::as_str) == Some("querystring"),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        for (member, shape, query) in members {
            let f = self.converter(&shape, query);
            let _ = write!(
                out,
                "\n            .set_{}(opt({doc}.get({member:?}), {f})?)",
                snake_case(&member)
            );
        }
    }
}

/// The generated source: `send`, the dispatch on the operation's name, and one converter per
/// structure an input reaches.
pub fn generate(model: &Value) -> String {
    let shapes = model["shapes"].as_object().expect("model: shapes");
    let operations = model["operations"].as_object().expect("model: operations");
    let mut gen = Gen {
        shapes,
        structures: BTreeSet::new(),
    };
    let mut out = String::from(
        "// Generated by build.rs (build/sdk_call.rs) from model/iot-device-defender.json.\n\n\
         /// Sends `operation` with the input document `d`; the answer's body is taken by the\n\
         /// capture interceptor. Deprecated members are sent when given, as the AWS CLI sends them.\n\
         #[allow(deprecated)]\n\
         pub(super) async fn send(client: &Client, operation: &str, d: &Map<String, Value>) -> Result<()> {\n\
         \x20   let c = &client.inner;\n\
         \x20   macro_rules! send {\n\
         \x20       ($fluent:expr) => {\n\
         \x20           $fluent.send().await.map(|_| ()).map_err(|e| client.error(operation, e))\n\
         \x20       };\n\
         \x20   }\n\
         \x20   match operation {\n",
    );
    for (name, op) in operations {
        let mut call = format!("c.{}()", snake_case(name));
        if let Some(input) = op.get("input").and_then(|i| i["shape"].as_str()) {
            gen.setters(input, "d", &mut call);
        }
        let _ = writeln!(out, "        {name:?} => send!({call}),");
    }
    out.push_str(
        "        other => Err(CliError::Other(format!(\"unknown operation {other}\"))),\n    }\n}\n",
    );
    let mut done = BTreeSet::new();
    while let Some(name) = gen.structures.iter().find(|s| !done.contains(*s)).cloned() {
        done.insert(name.clone());
        let shape = gen.shape(&name).clone();
        let fallible = shape
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|r| !r.is_empty());
        let mut body = format!("t::{}::builder()", pascal_case(&name));
        gen.setters(&name, "m", &mut body);
        let build = if fallible {
            format!("built({name:?}, b.build())")
        } else {
            "Ok(b.build())".into()
        };
        let _ = writeln!(
            out,
            "\n#[allow(deprecated)]\nfn s_{snake}(v: &Value) -> Result<t::{rust}> {{\n    let m = object(v)?;\n    let b = {body};\n    {build}\n}}",
            snake = snake_case(&name),
            rust = pascal_case(&name),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_smithy_rs() {
        assert_eq!(
            snake_case("enableIoTLoggingParams"),
            "enable_io_t_logging_params"
        );
        assert_eq!(
            snake_case("updateCACertificateParams"),
            "update_ca_certificate_params"
        );
        assert_eq!(snake_case("ACLs"), "acls");
        assert_eq!(snake_case("DBProxy"), "db_proxy");
        assert_eq!(
            snake_case("additionalMetricsToRetainV2"),
            "additional_metrics_to_retain_v2"
        );
        assert_eq!(
            pascal_case("UpdateCACertificateParams"),
            "UpdateCaCertificateParams"
        );
    }
}
