//! The response side of a command, and the one place that ties it together: applies `--query`
//! to the result and prints it in the format `--output` chooses, page by page for the formats
//! the AWS CLI streams. Each step and each format lives in its own module:
//!
//! - [`shape`](mod@shape): the raw response shaped by the model.
//! - [`query`](mod@query): the JMESPath evaluator behind `--query`.
//! - [`json`]: `--output json`, and Python's `json.dumps` of scalars and strings.
//! - [`text`]: `--output text`.
//! - [`table`]: `--output table`, with [`width`], character widths as v2 counts them.
//! - [`yaml`]: `--output yaml` and `--output yaml-stream`.
//! - [`crate::python`]: values as Python's `str()` and `repr()` write them, for text, tables and
//!   error messages; `members`: the columns that text rows and table sections share.
//! - [`style`]: format, colour and terminal width; [`sink`]: stdout or the pager.
//! - [`outfile`]: parts of the answer saved to files (`--certificate-pem-outfile` …).
//!
//! The renderers take the document exactly as the JSON renderer sees it (members in response
//! order, timestamps already rendered, `--query` already applied, so any JSON value) and
//! return the bytes for stdout; they neither print nor read the terminal or the environment.

pub mod json;
mod members;
pub mod outfile;
pub mod query;
pub mod shape;
pub mod sink;
pub mod style;
pub mod table;
pub mod text;
pub mod width;
pub mod yaml;

pub use json::json_text;
pub use shape::shape;
pub use sink::{write_stdout, Sink};
pub use style::{Format, Style};

use crate::error::{CliError, Result};
use serde_json::{Map, Value};

/// The result v2 cannot print: its formatter stops with a Python exception, so the command
/// exits with status 255 after writing `printed` to stdout and
/// `"\naws: [ERROR]: {message}\n"` to stderr. Only odd `--query` results get here (a list
/// mixing objects with other values, table rows of different lengths).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unprintable {
    /// What v2 has already written to stdout when it stops.
    pub printed: String,
    /// The exception's message.
    pub message: String,
}

/// Compiles `--query` once for the whole command: an expression that does not compile is a bad
/// parameter (exit 252), refused before anything is sent.
pub fn compile_query(expr: &str) -> Result<query::Expression> {
    query::compile(expr).map_err(|e| CliError::Param(format!("Bad value for --query {expr}: {e}")))
}

/// Applies a compiled `--query` to the document, as the AWS CLI does: one that fails while it
/// runs ends the command (exit 255).
pub fn apply_query(q: &query::Expression, doc: &Value) -> Result<Value> {
    q.search(doc).map_err(|e| CliError::Other(e.to_string()))
}

/// The text of a whole document in the chosen format. `Err` carries what was printable before
/// the AWS CLI would have failed, and why.
pub fn render(v: &Value, style: &Style) -> std::result::Result<String, Unprintable> {
    Ok(match style.format {
        Format::Off => String::new(),
        Format::Text => text::text_checked(v)?,
        Format::Table => table::table_checked(&style.operation, v, style.width, style.color)?,
        Format::Yaml => yaml::yaml(v),
        Format::YamlStream => yaml::yaml_stream_page(v),
        Format::Json if v.as_object().is_some_and(Map::is_empty) => String::new(),
        Format::Json => json_text(v),
    })
}

/// Prints the document in the chosen format. An empty response prints nothing.
pub fn print(v: &Value, style: &Style, out: &mut Sink) -> Result<()> {
    match render(v, style) {
        Ok(text) => quiet_pipe(out.write(&text), style),
        Err(bad) => {
            quiet_pipe(out.write(&bad.printed), style)?;
            Err(CliError::Other(bad.message))
        }
    }
}

/// A closed stdout ends every format but `text` quietly, as in v2.
fn quiet_pipe(written: Result<()>, style: &Style) -> Result<()> {
    match written {
        Err(e) if style.format != Format::Text && sink::broken_pipe(&e) => Ok(()),
        other => other,
    }
}

/// One page of a listing, printed as it arrives, for the formats the AWS CLI streams: `text`
/// (the page's result key, and `--query` applied to each page) and `yaml-stream` (the whole page).
pub fn print_page(
    page: &Value,
    result_key: &str,
    query: Option<&query::Expression>,
    style: &Style,
    out: &mut Sink,
) -> Result<()> {
    let doc = match style.format {
        Format::YamlStream => page.clone(),
        _ => {
            let mut current = Map::new();
            current.insert(
                result_key.to_string(),
                page.get(result_key).cloned().unwrap_or(Value::Null),
            );
            Value::Object(current)
        }
    };
    let doc = match query {
        Some(q) => apply_query(q, &doc)?,
        None => doc,
    };
    if style.format == Format::YamlStream && doc.as_object().is_some_and(Map::is_empty) {
        // A page that is exactly `{}` still makes one item of the stream.
        return quiet_pipe(out.write(&yaml::yaml(&Value::Array(vec![doc]))), style);
    }
    print(&doc, style, out)
}

#[cfg(test)]
mod tests {
    use super::table::{table, table_checked};
    use super::text::{text, text_checked};
    use super::yaml::{yaml, yaml_stream_page};
    use super::*;
    use serde_json::json;

    #[test]
    fn query_keeps_the_documents_key_order() {
        let doc = json!({"actionIdentifiers": [{"actionName": "b", "actionArn": "a", "creationDate": 1}]});
        let out = apply_query(&compile_query("actionIdentifiers[0]").unwrap(), &doc).unwrap();
        assert_eq!(
            serde_json::to_string(&out).unwrap(),
            r#"{"actionName":"b","actionArn":"a","creationDate":1}"#
        );
    }

    #[test]
    fn ten_thousand_actions_render_in_every_format() {
        let items: Vec<Value> = (0..10_000)
            .map(|i| {
                json!({
                    "actionName": format!("Action{i:05}"),
                    "actionArn": format!("arn:aws:iot:us-east-1:123456789012:mitigationaction/Action{i:05}"),
                    "creationDate": "2020-07-07T21:32:00.512000+00:00"
                })
            })
            .collect();
        let doc = json!({ "actionIdentifiers": items });
        assert_eq!(text(&doc).lines().count(), 10_000);
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false)
                .lines()
                .count(),
            10_000 + 8
        );
        assert_eq!(yaml(&doc).lines().count(), 30_001);
        assert_eq!(yaml_stream_page(&doc).lines().count(), 30_001);
    }

    #[test]
    fn odd_documents_do_not_panic() {
        let mut deep = json!("x");
        for i in 0..100 {
            deep = if i % 2 == 0 {
                json!([deep, 1])
            } else {
                json!({ "k": deep, "s": "v" })
            };
        }
        let odd = [
            deep,
            json!([[1], [1, 2], {"a": 1}, [], {}]),
            json!([{"a": 1}, [0, 5], ""]),
            json!([{"a": 1}, [9_999_999_999_999_999_999u128 as f64]]),
            json!({"": {"": [""]}, "\u{2028}": "\u{85}\r\n \n"}),
            json!([["\u{feff}", "😀😀😀😀"], ["e\u{301}"]]),
        ];
        for doc in &odd {
            for width in [0, 1, 80] {
                let _ = table_checked("T", doc, width, true);
                let _ = table_checked("", doc, width, false);
            }
            let _ = text_checked(doc);
            let _ = yaml(doc);
            let _ = yaml_stream_page(doc);
        }
    }
}
