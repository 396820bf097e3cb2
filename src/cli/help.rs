//! Help text, from the same model that drives the flags: `iotmit help` lists the commands, and
//! `iotmit <command> help` / `--help` describe one command the way `aws iot <command> help`
//! does — description, synopsis, every option with its type, whether it is required, its allowed
//! values and limits, shorthand and JSON syntax for structured options, and the output fields.

use crate::cli::definition::{
    self, OwnOption, Takes, GLOBAL_OPTIONS, INPUT_OPTIONS, PAGING_OPTIONS, WAITER_OPTIONS,
    WAIT_OPTIONS,
};
use crate::model::{self, Kind, Operation, Shape};
use serde_json::Value;
use std::fmt::Write;

const WIDTH: usize = 78;

/// Appends `text` filled to [`WIDTH`] columns, each line indented by `indent` spaces.
fn wrap(out: &mut String, text: &str, indent: usize) {
    // The length of the line being filled, without its indent; 0 before its first word.
    let mut len = 0;
    for word in text.split_whitespace() {
        if len > 0 && indent + len + 1 + word.len() > WIDTH {
            out.push('\n');
            len = 0;
        }
        if len == 0 {
            out.extend(std::iter::repeat_n(' ', indent));
        } else {
            out.push(' ');
            len += 1;
        }
        out.push_str(word);
        len += word.len();
    }
    if len > 0 {
        out.push('\n');
    }
}

fn type_name(shape: &Shape) -> &'static str {
    crate::cli::describe::type_name(shape.kind)
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
                    let inner = m.shape(member.shape);
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
            let inner = shape.member.as_ref().map(|r| m.shape(r.shape));
            match inner {
                Some(s) if s.kind == Kind::Structure => format!("{{{}}}", shorthand(s, depth + 1)),
                Some(s) => format!("{},{}", shorthand(s, depth + 1), shorthand(s, depth + 1)),
                None => "string".into(),
            }
        }
        Kind::Map => {
            let value = shape.value.as_ref().map(|r| m.shape(r.shape));
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
        let inner = m.shape(member.shape);
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
        wrap(out, member.documentation_text, indent + 3);
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
                .map(|r| m.shape(r.shape));
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
    let name = model::cli_name(op.name);
    let mut out = String::new();
    let _ = writeln!(out, "NAME\n       {name}\n\nDESCRIPTION");
    wrap(&mut out, op.documentation_text, 7);
    let _ = writeln!(out, "\nSYNOPSIS\n          {name}");
    let input = m.input(op);
    let skeleton: Value =
        serde_json::from_str(&crate::input::skeleton::input_json(op)).unwrap_or(Value::Null);
    // As the AWS CLI shows them: the paginated commands' token and limit members are left to
    // --starting-token and --page-size (they are still accepted).
    let hidden: Vec<&str> = m
        .paginator(op)
        .map(|p| {
            [Some(p.input_token), p.limit_key]
                .into_iter()
                .flatten()
                .collect()
        })
        .unwrap_or_default();
    if let Some(input) = input {
        for (member, spec) in input.members.iter().filter(|(n, _)| !hidden.contains(n)) {
            let shape = m.shape(spec.shape);
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
    let outfiles = definition::outfile_options(op);
    for o in outfiles {
        let _ = writeln!(out, "          [--{} <value>]", o.name);
    }
    let _ = writeln!(
        out,
        "          [--cli-input-json <value> | --cli-input-yaml <value>]"
    );
    if let Some(p) = m.paginator(op) {
        for o in paging_options(p) {
            let _ = writeln!(out, "          [--{} <value>]", o.name);
        }
    }
    let _ = writeln!(out, "          [--generate-cli-skeleton <value>]");
    let waits = definition::is_start_task(op);
    if waits {
        let _ = writeln!(
            out,
            "          [--wait]\n          [--wait-timeout <value>]"
        );
    }
    if op.name == crate::call::preview::OPERATION {
        let _ = writeln!(out, "          [--preview]");
    }
    synopsis_globals(&mut out);
    out.push_str("\nOPTIONS\n");
    if let Some(input) = input {
        for (member, spec) in input.members.iter().filter(|(n, _)| !hidden.contains(n)) {
            let shape = m.shape(spec.shape);
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
            wrap(&mut out, spec.documentation_text, 10);
            if spec.idempotency_token {
                wrap(&mut out, "If not given, a unique token is generated.", 10);
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
    for o in outfiles {
        own_option(&mut out, o, None);
    }
    out.push_str(
        "       --cli-input-json | --cli-input-yaml (string)\n          Reads the arguments from a JSON or YAML document (inline or file://path); flags given as well override its values.\n\n",
    );
    if let Some(p) = m.paginator(op) {
        let limit = input
            .zip(p.limit_key)
            .and_then(|(i, k)| i.members.get(k))
            .map(|member| m.shape(member.shape));
        for o in paging_options(p) {
            let constraints = (o.name == definition::PAGE_SIZE)
                .then_some(limit)
                .flatten()
                .and_then(limits);
            own_option(&mut out, o, constraints);
        }
    }
    own_option(&mut out, &INPUT_OPTIONS[2], None);
    if waits {
        for o in WAIT_OPTIONS {
            own_option(&mut out, o, None);
        }
    }
    if op.name == crate::call::preview::OPERATION {
        for o in definition::PREVIEW_OPTIONS {
            own_option(&mut out, o, None);
        }
    }
    global_section(&mut out);
    let examples = crate::cli::examples::for_command(&name);
    if !examples.is_empty() {
        out.push_str("EXAMPLES\n");
        for (what, line) in examples {
            wrap(&mut out, what, 7);
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

/// The pagination options of a listing: no `--page-size` when its paginator has no limit.
fn paging_options(p: &model::Paginator) -> impl Iterator<Item = &'static OwnOption> {
    let limited = p.limit_key.is_some();
    PAGING_OPTIONS
        .iter()
        .filter(move |o| limited || o.name != definition::PAGE_SIZE)
}

/// An option of the definition's tables, as the OPTIONS section describes it.
fn own_option(out: &mut String, o: &OwnOption, constraints: Option<String>) {
    let kind = match o.arity {
        definition::Arity::True | definition::Arity::False => "boolean",
        definition::Arity::Integer => "integer",
        _ => "string",
    };
    let required = if o.required { " [required]" } else { "" };
    let _ = writeln!(out, "       --{} ({kind}){required}", o.name);
    let text = if o.long_help.is_empty() {
        o.help
    } else {
        o.long_help
    };
    wrap(out, text, 10);
    if let Some(c) = constraints {
        let _ = writeln!(out, "          Constraints: {c}");
    }
    out.push('\n');
}

fn global_value(g: &definition::GlobalOption) -> &'static str {
    match g.takes {
        Takes::Switch => "",
        _ => " <value>",
    }
}

/// The global options at the end of a synopsis.
fn synopsis_globals(out: &mut String) {
    for g in GLOBAL_OPTIONS {
        let _ = writeln!(out, "          [--{}{}]", g.name, global_value(g));
    }
}

/// The GLOBAL OPTIONS section: every global option with its type, description and choices.
fn global_section(out: &mut String) {
    out.push_str("GLOBAL OPTIONS\n");
    for g in GLOBAL_OPTIONS {
        let kind = match g.takes {
            Takes::Switch => "boolean",
            Takes::Value(_, _) if g.name.ends_with("-timeout") => "int",
            _ => "string",
        };
        let _ = writeln!(out, "       --{} ({kind})", g.name);
        wrap(out, g.help, 10);
        if let Takes::Choice(_, values) = g.takes {
            for v in values {
                let _ = writeln!(out, "          o {v}");
            }
        }
        out.push('\n');
    }
}

/// `iotmit wait help` (`kind` none) and `iotmit wait WAITER help`.
pub fn wait(kind: Option<crate::call::wait::Kind>) -> String {
    let mut out = String::new();
    let Some(kind) = kind else {
        out.push_str("NAME\n       wait\n\nDESCRIPTION\n");
        wrap(
            &mut out,
            "Waits until a mitigation actions task or an on-demand audit ends, then prints its final description. An \
             iotmit extension: the AWS CLI has no waiter for these tasks.",
            7,
        );
        out.push_str(
            "\nSYNOPSIS\n          wait <waiter> --task-id <value> [--wait-timeout <value>]\n\nWAITERS\n",
        );
        for w in &crate::call::wait::WAITERS {
            let _ = writeln!(out, "       {}", w.name);
            wrap(&mut out, &format!("Waits until {} task ends.", w.what), 10);
        }
        out.push('\n');
        global_section(&mut out);
        return out;
    };
    let (name, what) = (kind.name, kind.what);
    let describe = crate::model::cli_name(kind.describe);
    let _ = writeln!(out, "NAME\n       {name}\n\nDESCRIPTION");
    wrap(
        &mut out,
        &format!(
            "Waits until {what} task ends: polls {describe} (backing off from \
             150 ms to 5 s), with a progress bar on stderr when it is a terminal, then prints the \
             final description. Exits 0 when the task COMPLETED, 3 when it FAILED, 4 when it was \
             CANCELED, 5 when --wait-timeout passed first (the task keeps running). An iotmit \
             extension."
        ),
        7,
    );
    let _ = writeln!(
        out,
        "\nSYNOPSIS\n          {name}\n          --task-id <value>\n          [--wait-timeout <value>]"
    );
    synopsis_globals(&mut out);
    out.push_str("\nOPTIONS\n");
    for o in WAITER_OPTIONS {
        own_option(&mut out, o, None);
    }
    global_section(&mut out);
    out
}

/// `iotmit help`: the commands and the global options.
pub fn overview() -> String {
    let m = model::get();
    let mut out = String::from(
        "iotmit — the AWS IoT Device Defender mitigation commands of `aws iot`\n\nUSAGE\n       iotmit [options] <command> [parameters]\n       iotmit <command> help\n\nCOMMANDS\n",
    );
    for op in m.operations.values() {
        let doc = op.documentation_text.to_string();
        let first = doc.split(". ").next().unwrap_or("").trim_end_matches('.');
        let _ = writeln!(out, "       {:<44} {first}", model::cli_name(op.name));
    }
    for (name, about) in crate::cli::definition::OWN_COMMANDS
        .iter()
        .filter_map(|c| c.overview)
    {
        let _ = writeln!(out, "       {name:<44} {about}");
    }
    out.push('\n');
    global_section(&mut out);
    out.push_str(
        "EXIT CODES\n       0 ok, 252 bad parameters or usage, 253 configuration, 254 service error,\n       255 other, 130 interrupted; when waiting: 3 task FAILED, 4 task CANCELED,\n       5 --wait-timeout passed\n\nWAITING\n       iotmit wait audit-mitigation-actions-task-complete --task-id ID [--wait-timeout S]\n       iotmit wait detect-mitigation-actions-task-complete --task-id ID [--wait-timeout S]\n       iotmit wait audit-task-complete --task-id ID [--wait-timeout S]\n       (or --wait on the start commands)\n",
    );
    out
}
