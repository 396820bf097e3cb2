//! The text of an error on stderr, as AWS CLI v2 writes it for the error format
//! (`--cli-error-format`, `AWS_CLI_ERROR_FORMAT`, the profile's `cli_error_format`): the errors
//! that have a code (service errors, bad parameters and usage, a missing region or credentials)
//! are printed as one line (`legacy`), as one line and the "Additional error details:" of a
//! service error's other members (`enhanced`, the default), or as their error document in the
//! json, yaml, text or table layout; every other error is one line in every format.

use crate::error::CliError;
use crate::output::{table, text, yaml};
use crate::python;
use serde_json::{Map, Value};
use std::fmt;

/// `--cli-error-format` and its spellings in the environment and the config file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ErrorFormat {
    Legacy,
    Json,
    Yaml,
    Text,
    Table,
    #[default]
    Enhanced,
}

pub const ERROR_FORMATS: &[&str] = &["legacy", "json", "yaml", "text", "table", "enhanced"];

impl ErrorFormat {
    pub fn parse(name: &str) -> Option<ErrorFormat> {
        Some(match name {
            "legacy" => ErrorFormat::Legacy,
            "json" => ErrorFormat::Json,
            "yaml" => ErrorFormat::Yaml,
            "text" => ErrorFormat::Text,
            "table" => ErrorFormat::Table,
            "enhanced" => ErrorFormat::Enhanced,
            _ => return None,
        })
    }

    /// The format in effect: the flag (when it is a valid choice), else `AWS_CLI_ERROR_FORMAT`
    /// (set but empty means the default), else the profile's `cli_error_format`; names are read
    /// in any case, and a name that is none of the six means `enhanced`. A profile that does
    /// not exist makes the setting unreadable, and v2 then falls back to `legacy`.
    pub fn resolve(flag: Option<&str>, profile: Option<&str>) -> ErrorFormat {
        if let Some(f) = flag.and_then(ErrorFormat::parse) {
            return f;
        }
        let configured = match std::env::var("AWS_CLI_ERROR_FORMAT") {
            Ok(v) => Some(v),
            Err(_) => {
                let Ok(files) = crate::settings::config::Files::load_blocking(profile) else {
                    return ErrorFormat::Legacy;
                };
                if files.check_profile().is_err() {
                    return ErrorFormat::Legacy;
                }
                files.get("cli_error_format").map(str::to_string)
            }
        };
        configured
            .and_then(|v| ErrorFormat::parse(&v.to_lowercase()))
            .unwrap_or_default()
    }
}

/// How errors are written: the format, and for tables the width and colour of `--output table`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ErrorStyle {
    pub format: ErrorFormat,
    pub width: usize,
    pub color: bool,
}

impl Default for ErrorStyle {
    fn default() -> Self {
        ErrorStyle {
            format: ErrorFormat::Enhanced,
            width: 80,
            color: false,
        }
    }
}

/// One error line as v2 writes it: the message stripped, under the label.
fn line(message: &str) -> String {
    let message = message.trim();
    if message.is_empty() {
        "\niotmit: [ERROR]:\n".to_string()
    } else {
        format!("\niotmit: [ERROR]: {message}\n")
    }
}

impl CliError {
    /// The code and message of the errors that v2 formats by the error format.
    fn coded(&self) -> Option<(&str, String)> {
        match self {
            CliError::Usage(m) => Some(("ParamValidation", format!("{m}\n\n{USAGE}"))),
            CliError::Param(m) => Some(("ParamValidation", m.clone())),
            CliError::Missing { code, message } => Some((code, message.clone())),
            _ => None,
        }
    }

    /// The text written to stderr in the default (enhanced) format.
    pub fn render(&self) -> String {
        self.render_with(&ErrorStyle::default())
    }

    /// The text written to stderr, in the layout of the AWS CLI v2 for the error format.
    pub fn render_with(&self, style: &ErrorStyle) -> String {
        let (document, plain) = match self {
            CliError::Service(se) => {
                let text = line(&se.line());
                match style.format {
                    ErrorFormat::Legacy => return text,
                    ErrorFormat::Enhanced => return text + &details(&se.document),
                    _ => (se.document.clone(), text),
                }
            }
            CliError::Unknown(m) => return format!("\n{USAGE}\n{}", line(m)),
            CliError::Interrupted => return "\n".to_string(),
            CliError::Config(m) | CliError::Other(m) | CliError::Wait { message: m, .. } => {
                return line(m)
            }
            _ => {
                let Some((code, message)) = self.coded() else {
                    return String::new();
                };
                match style.format {
                    ErrorFormat::Legacy => return line(&message),
                    ErrorFormat::Enhanced => {
                        return line(&format!("An error occurred ({code}): {message}"))
                    }
                    _ => {
                        let mut doc = Map::new();
                        doc.insert("Code".into(), Value::String(code.to_string()));
                        doc.insert("Message".into(), Value::String(message.clone()));
                        (doc, line(&message))
                    }
                }
            }
        };
        let doc = Value::Object(document);
        let rendered = match style.format {
            ErrorFormat::Json => Ok(crate::output::json_text(&doc)),
            ErrorFormat::Yaml => Ok(yaml::yaml(&doc)),
            ErrorFormat::Text => text::text_checked(&doc),
            _ => table::table_checked("error", &doc, style.width, style.color),
        };
        // A document the formatter cannot lay out falls back to the one line, as in v2.
        rendered.unwrap_or(plain)
    }
}

/// Enhanced errors name the members of a service error besides its code and message: simple
/// values and small lists or maps inline, anything bigger as `<complex value>`.
fn details(document: &Map<String, Value>) -> String {
    const MAX_INLINE_ITEMS: usize = 5;
    let simple = |v: &Value| !v.is_array() && !v.is_object();
    let extra: Vec<(&String, &Value)> = document
        .iter()
        .filter(|(k, _)| !matches!(k.to_lowercase().as_str(), "code" | "message"))
        .collect();
    if extra.is_empty() {
        return String::new();
    }
    let mut out = String::from("\nAdditional error details:\n");
    let mut complex = false;
    for (key, value) in extra {
        let shown = match value {
            v if simple(v) => python::py_str(v),
            Value::Array(items) if items.len() < MAX_INLINE_ITEMS && items.iter().all(simple) => {
                let items: Vec<String> = items.iter().map(python::py_str).collect();
                format!("[{}]", items.join(", "))
            }
            Value::Object(map) if map.len() < MAX_INLINE_ITEMS && map.values().all(simple) => {
                let items: Vec<String> = map
                    .iter()
                    .map(|(k, v)| format!("{k}: {}", python::py_str(v)))
                    .collect();
                format!("{{{}}}", items.join(", "))
            }
            _ => {
                complex = true;
                "<complex value>".to_string()
            }
        };
        out.push_str(&format!("{key}: {shown}\n"));
    }
    if complex {
        out.push_str(
            "Use \"--cli-error-format json\" or another error format to see the full details.\n",
        );
    }
    out
}

const USAGE: &str = "usage: iotmit [options] <command> [parameters]
To see help text, you can run:

  iotmit help
  iotmit <command> help
";

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.render().trim())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ServiceError;
    use serde_json::json;

    fn service(document: Value) -> CliError {
        CliError::Service(ServiceError {
            code: "E".into(),
            operation: "Op operation".into(),
            document: document.as_object().cloned().unwrap_or_default(),
        })
    }

    // The layouts of v2's tests/unit/test_structured_error.py.
    #[test]
    fn enhanced_details_show_small_collections_inline() {
        let e = service(
            json!({"Message": "m", "Code": "E", "AllowedValues": ["a", "b"],
            "Metadata": {"k": 1, "t": true}, "None": null, "F": 2.5}),
        );
        assert_eq!(
            e.render(),
            "\niotmit: [ERROR]: An error occurred (E) when calling the Op operation: m\n\n\
             Additional error details:\nAllowedValues: [a, b]\nMetadata: {k: 1, t: True}\n\
             None: None\nF: 2.5\n"
        );
    }

    #[test]
    fn enhanced_details_hide_big_or_nested_values() {
        let e = service(json!({"Message": "m", "Code": "E", "Items": [1, 2, 3, 4, 5]}));
        assert!(e.render().ends_with(
            "Items: <complex value>\nUse \"--cli-error-format json\" or another error format \
             to see the full details.\n"
        ));
    }

    #[test]
    fn legacy_leaves_the_code_out_of_coded_errors() {
        let e = CliError::Missing {
            code: "NoRegion",
            message: "You must specify a region.".into(),
        };
        let legacy = ErrorStyle {
            format: ErrorFormat::Legacy,
            ..ErrorStyle::default()
        };
        assert_eq!(
            e.render_with(&legacy),
            "\niotmit: [ERROR]: You must specify a region.\n"
        );
        assert_eq!(
            e.render(),
            "\niotmit: [ERROR]: An error occurred (NoRegion): You must specify a region.\n"
        );
    }

    #[test]
    fn errors_without_a_code_are_one_line_in_every_format() {
        let json = ErrorStyle {
            format: ErrorFormat::Json,
            ..ErrorStyle::default()
        };
        assert_eq!(
            CliError::Other("boom ".into()).render_with(&json),
            "\niotmit: [ERROR]: boom\n"
        );
    }
}
