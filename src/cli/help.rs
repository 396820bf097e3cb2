//! Help text, from the same model that drives the flags: `iotmit help` lists the commands, and
//! `iotmit <command> help` / `--help` describe one command the way `aws iot <command> help`
//! does — description, synopsis, every option with its type, whether it is required, its allowed
//! values and limits, shorthand and JSON syntax for structured options, and the output fields.

use crate::model::{self, Kind, Operation, Shape};
use serde_json::Value;
use std::fmt::Write;

const WIDTH: usize = 78;

/// The help of `--preview`, an option of iotmit's own.
const PREVIEW_HELP: &str = "iotmit extension (not an AWS CLI option): shows what the task \
    would do without starting it: the findings the target selects, the actions each would get, \
    what is excluded and why, and the counts. Only reads are sent; remove --preview to run the \
    same command for real.";

fn wrap(text: &str, indent: usize) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent + line.len() + 1 + word.len() > WIDTH {
            let _ = writeln!(out, "{}{line}", " ".repeat(indent));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{}{line}", " ".repeat(indent));
    }
    out
}

fn type_name(shape: &Shape) -> &'static str {
    match shape.kind {
        Kind::Structure => "structure",
        Kind::List => "list",
        Kind::Map => "map",
        Kind::String => "string",
        Kind::Integer => "integer",
        Kind::Long => "long",
        Kind::Boolean => "boolean",
        Kind::Timestamp => "timestamp",
        Kind::Double => "double",
        Kind::Float => "float",
        Kind::Blob => "blob",
    }
}

fn limits(shape: &Shape) -> Option<String> {
    let mut parts = Vec::new();
    let unit = match shape.kind {
        Kind::String => " characters",
        Kind::List | Kind::Map => " items",
        _ => "",
    };
    if let Some(min) = shape.min {
        parts.push(format!("at least {min}{unit}"));
    }
    if let Some(max) = shape.max {
        parts.push(format!("at most {max}{unit}"));
    }
    if let Some(p) = &shape.pattern {
        parts.push(format!("pattern {p}"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The shorthand form of a shape, as the AWS CLI documents it.
fn shorthand(shape: &Shape, depth: usize) -> String {
    let m = model::get();
    if depth > 3 {
        return "...".into();
    }
    match shape.kind {
        Kind::Structure => {
            let parts: Vec<String> = shape
                .members
                .iter()
                .map(|(name, member)| {
                    let inner = m.shape(&member.shape);
                    let v = shorthand(inner, depth + 1);
                    if inner.kind == Kind::Structure {
                        format!("{name}={{{v}}}")
                    } else {
                        format!("{name}={v}")
                    }
                })
                .collect();
            parts.join(",")
        }
        Kind::List => {
            let inner = shape.member.as_ref().map(|r| m.shape(&r.shape));
            match inner {
                Some(s) if s.kind == Kind::Structure => format!("{{{}}}", shorthand(s, depth + 1)),
                Some(s) => format!("{},{}", shorthand(s, depth + 1), shorthand(s, depth + 1)),
                None => "string".into(),
            }
        }
        Kind::Map => {
            let value = shape.value.as_ref().map(|r| m.shape(&r.shape));
            let v = value.map_or("string".into(), |s| shorthand(s, depth + 1));
            format!("KeyName1={v},KeyName2={v}")
        }
        _ => type_name(shape).to_string(),
    }
}

fn describe_members(out: &mut String, shape: &Shape, indent: usize, depth: usize) {
    let m = model::get();
    if depth > 4 {
        return;
    }
    for (name, member) in &shape.members {
        let inner = m.shape(&member.shape);
        let required = if shape.is_required(name) {
            " [required]"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "{}{name} -> ({}){required}",
            " ".repeat(indent),
            type_name(inner)
        );
        out.push_str(&wrap(&model::plain_doc(&member.documentation), indent + 3));
        option_details(out, inner, indent + 3, depth);
    }
}

fn option_details(out: &mut String, shape: &Shape, indent: usize, depth: usize) {
    let m = model::get();
    if let Some(values) = &shape.enum_values {
        let _ = writeln!(
            out,
            "{}Possible values: {}",
            " ".repeat(indent),
            values.join(", ")
        );
    }
    if let Some(l) = limits(shape) {
        let _ = writeln!(out, "{}Constraints: {l}", " ".repeat(indent));
    }
    match shape.kind {
        Kind::Structure => describe_members(out, shape, indent, depth + 1),
        Kind::List | Kind::Map => {
            let item = shape
                .member
                .as_ref()
                .or(shape.value.as_ref())
                .map(|r| m.shape(&r.shape));
            if let Some(item) = item.filter(|s| !s.is_scalar_kind()) {
                describe_members(out, item, indent, depth + 1);
            } else if let Some(item) = item {
                option_details(out, item, indent, depth + 1);
            }
        }
        _ => {}
    }
}

trait ScalarKind {
    fn is_scalar_kind(&self) -> bool;
}

impl ScalarKind for Shape {
    fn is_scalar_kind(&self) -> bool {
        !matches!(self.kind, Kind::Structure | Kind::List | Kind::Map)
    }
}

/// `iotmit <command> help`.
pub fn command(op: &Operation) -> String {
    let m = model::get();
    let name = model::cli_name(&op.name);
    let mut out = String::new();
    let _ = writeln!(out, "NAME\n       {name}\n\nDESCRIPTION");
    out.push_str(&wrap(&model::plain_doc(&op.documentation), 7));
    let _ = writeln!(out, "\nSYNOPSIS\n          {name}");
    let input = m.input(op);
    let skeleton: Value =
        serde_json::from_str(&crate::input::skeleton::input_json(op)).unwrap_or(Value::Null);
    if let Some(input) = input {
        for (member, spec) in &input.members {
            let shape = m.shape(&spec.shape);
            let flag = model::cli_name(member);
            let text = if shape.kind == Kind::Boolean {
                format!("--{flag} | --no-{flag}")
            } else {
                format!("--{flag} <value>")
            };
            if input.is_required(member) && !spec.idempotency_token {
                let _ = writeln!(out, "          {text}");
            } else {
                let _ = writeln!(out, "          [{text}]");
            }
        }
    }
    let _ = writeln!(
        out,
        "          [--cli-input-json <value> | --cli-input-yaml <value>]"
    );
    if m.paginator(op).is_some() {
        let _ = writeln!(out, "          [--starting-token <value>]\n          [--page-size <value>]\n          [--max-items <value>]");
    }
    let _ = writeln!(out, "          [--generate-cli-skeleton <value>]");
    if op.name == crate::call::preview::OPERATION {
        let _ = writeln!(out, "          [--preview]");
    }
    let _ = writeln!(out, "\nOPTIONS");
    if let Some(input) = input {
        for (member, spec) in &input.members {
            let shape = m.shape(&spec.shape);
            let required = if input.is_required(member) && !spec.idempotency_token {
                " [required]"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "       --{} ({}){required}",
                model::cli_name(member),
                type_name(shape)
            );
            out.push_str(&wrap(&model::plain_doc(&spec.documentation), 10));
            if spec.idempotency_token {
                out.push_str(&wrap("If not given, a unique token is generated.", 10));
            }
            option_details(&mut out, shape, 10, 0);
            if !shape.is_scalar_kind() {
                let _ = writeln!(
                    out,
                    "\n          Shorthand Syntax:\n\n             {}",
                    shorthand(shape, 0)
                );
                if let Some(example) = skeleton.get(member) {
                    let json = crate::output::json_text(example);
                    let _ = writeln!(out, "\n          JSON Syntax:\n");
                    for line in json.lines() {
                        let _ = writeln!(out, "             {line}");
                    }
                }
            }
            out.push('\n');
        }
    }
    out.push_str(
        "       --cli-input-json | --cli-input-yaml (string)\n          Reads the arguments from a JSON or YAML document (inline or file://path); flags given as well override its values.\n\n       --generate-cli-skeleton (string)\n          Prints a template of the input (input, yaml-input) or of the output (output) without calling the service.\n\n",
    );
    if op.name == crate::call::preview::OPERATION {
        out.push_str("       --preview (boolean)\n");
        out.push_str(&wrap(PREVIEW_HELP, 10));
        out.push('\n');
    }
    if m.paginator(op).is_some() {
        out.push_str("       --starting-token, --page-size, --max-items\n          Resume a listing from a NextToken, set the page size, and cut the result after a number of items.\n\n");
    }
    let examples = crate::cli::examples::for_command(&name);
    if !examples.is_empty() {
        out.push_str("EXAMPLES\n");
        for (what, line) in examples {
            out.push_str(&wrap(what, 7));
            let _ = writeln!(out, "\n          {line}\n");
        }
    }
    out.push_str("OUTPUT\n");
    match m.output(op) {
        Some(o) if !o.members.is_empty() => describe_members(&mut out, o, 7, 0),
        _ => out.push_str("       None\n"),
    }
    out
}

/// `iotmit help`: the commands and the global options.
pub fn overview() -> String {
    let m = model::get();
    let mut out = String::from(
        "iotmit — the AWS IoT Device Defender mitigation commands of `aws iot`\n\nUSAGE\n       iotmit [options] <command> [parameters]\n       iotmit <command> help\n\nCOMMANDS\n",
    );
    for op in m.operations.values() {
        let doc = model::plain_doc(&op.documentation);
        let first = doc.split(". ").next().unwrap_or("").trim_end_matches('.');
        let _ = writeln!(out, "       {:<44} {first}", model::cli_name(&op.name));
    }
    out.push_str(
        "\nGLOBAL OPTIONS\n       --debug  --endpoint-url URL  --no-verify-ssl  --ca-bundle PATH  --no-paginate\n       --output json|text|table|yaml|yaml-stream|off  --query JMESPATH  --profile NAME\n       --region NAME  --no-sign-request  --cli-connect-timeout S  --cli-read-timeout S\n       --color on|off|auto  --no-cli-pager  --version\n\nEXIT CODES\n       0 ok, 252 bad parameters or usage, 253 configuration, 254 service error,\n       255 other, 130 interrupted; when waiting: 3 task FAILED, 4 task CANCELED,\n       5 --wait-timeout passed\n\nWAITING\n       iotmit wait audit-mitigation-actions-task-complete --task-id ID [--wait-timeout S]\n       iotmit wait detect-mitigation-actions-task-complete --task-id ID [--wait-timeout S]\n       iotmit wait audit-task-complete --task-id ID [--wait-timeout S]\n       (or --wait on the start commands)\n",
    );
    out
}
