//! Shell completions and man pages, generated from the service model.
//!
//! This module owns a clap description of the whole command line — the global options, the
//! fifteen commands with every option built from the model, `help`, `wait`, `local serve`,
//! `completion` and the hidden `__complete-action-names` — and what is generated from it: the
//! completion scripts for bash, zsh, fish, PowerShell and elvish (with additions for what clap
//! cannot express: `file://` paths, shorthand keys after a comma, names of existing mitigation
//! actions), the man pages, and the small cache behind the completion of action names.
//!
//! The real argument parser is `args`; the description here is only read by the generators and
//! must agree with it, which the tests check both ways. The generated files are committed under
//! `completions/` and `man/`; a test fails when they are stale, and `IOTMIT_REGENERATE=1 cargo
//! test` rewrites them.

use crate::model::{self, Kind, Member, Operation, Shape};
use clap::builder::{PossibleValue, TypedValueParser};
use clap::{Arg, ArgAction, Command, ValueHint};
use clap_complete::{Generator, Shell};
use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::fmt::Write as _;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The program's name, as the completion scripts register it.
pub const BIN: &str = "iotmit";
/// The hidden command the completion scripts run to list existing mitigation actions.
pub const COMPLETE_ACTION_NAMES: &str = "__complete-action-names";
/// Set to `1` to let the completion scripts run [`COMPLETE_ACTION_NAMES`].
pub const COMPLETE_ACTIONS_ENV: &str = "IOTMIT_COMPLETE_ACTIONS";
/// How long listed action names are reused before the service is asked again.
pub const ACTION_NAMES_TTL: Duration = Duration::from_secs(60);
/// How long listing action names for a completion may take before it is given up.
pub const ACTION_NAMES_FETCH_TIMEOUT: Duration = Duration::from_secs(3);
/// The shells a completion script is generated for, in the order of `completions/`.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

const AUDIT_WAITER: &str = "audit-mitigation-actions-task-complete";
const DETECT_WAITER: &str = "detect-mitigation-actions-task-complete";
const AUDIT_TASK_WAITER: &str = "audit-task-complete";
const GLOBAL_HEADING: &str = "Global Options";
const OUTPUT_FORMATS: &[&str] = &["json", "text", "table", "yaml", "yaml-stream", "off"];
const FILE_URI: &str = "file://";
/// The shape of a mitigation action's name: options of this shape (or lists of it) name existing
/// actions, except in the command that creates one.
const ACTION_NAME_SHAPE: &str = "MitigationActionName";
/// Global options the completion scripts pass on to `__complete-action-names`, so that names are
/// listed from the account, Region and endpoint the line is about.
const FORWARDED_VALUED: &[&str] = &[
    "profile",
    "region",
    "endpoint-url",
    "ca-bundle",
    "local-state",
];
const FORWARDED_SWITCHES: &[&str] = &["local", "no-verify-ssl", "no-sign-request"];

// ---------------------------------------------------------------------------------------------
// Global options
// ---------------------------------------------------------------------------------------------

/// How a global option takes its value.
enum Takes {
    Switch,
    Value(&'static str, ValueHint),
    Choice(&'static str, &'static [&'static str]),
}

struct GlobalOption {
    name: &'static str,
    takes: Takes,
    help: &'static str,
}

const fn global(name: &'static str, takes: Takes, help: &'static str) -> GlobalOption {
    GlobalOption { name, takes, help }
}

/// The global options, in the AWS CLI v2's spelling and order, then the local endpoint's.
const GLOBAL_OPTIONS: &[GlobalOption] = &[
    global(
        "debug",
        Takes::Switch,
        "Prints every request and response on stderr, with credentials redacted.",
    ),
    global(
        "endpoint-url",
        Takes::Value("url", ValueHint::Url),
        "Sends requests to this URL instead of the service's endpoint.",
    ),
    global(
        "no-verify-ssl",
        Takes::Switch,
        "Does not verify TLS certificates (a warning is printed).",
    ),
    global(
        "no-paginate",
        Takes::Switch,
        "Makes one call to a list command instead of following every page.",
    ),
    global(
        "output",
        Takes::Choice("format", OUTPUT_FORMATS),
        "The output format (default json, or the profile's output setting).",
    ),
    global(
        "query",
        Takes::Value("JMESPath", ValueHint::Other),
        "A JMESPath query applied to the result before it is printed.",
    ),
    global(
        "profile",
        Takes::Value("name", ValueHint::Other),
        "A profile from the AWS config and credentials files.",
    ),
    global(
        "region",
        Takes::Value("region", ValueHint::Other),
        "The AWS Region to send requests to.",
    ),
    global("version", Takes::Switch, "Prints the version and exits."),
    global(
        "color",
        Takes::Choice("when", &["on", "off", "auto"]),
        "Whether to color the output.",
    ),
    global(
        "no-sign-request",
        Takes::Switch,
        "Sends requests unsigned; no credentials are loaded.",
    ),
    global(
        "ca-bundle",
        Takes::Value("path", ValueHint::FilePath),
        "The CA certificate bundle used to verify TLS certificates.",
    ),
    global(
        "cli-read-timeout",
        Takes::Value("seconds", ValueHint::Other),
        "The longest wait for a response, in seconds; 0 waits forever. Default 60.",
    ),
    global(
        "cli-connect-timeout",
        Takes::Value("seconds", ValueHint::Other),
        "The longest wait for a connection, in seconds; 0 waits forever. Default 60.",
    ),
    global(
        "cli-binary-format",
        Takes::Choice("format", &["base64", "raw-in-base64-out"]),
        "How binary values are given (accepted for compatibility with the AWS CLI).",
    ),
    global(
        "cli-error-format",
        Takes::Choice("format", crate::error::ERROR_FORMATS),
        "How errors are printed on stderr: enhanced (the default: the message, then the \
         error's other members), legacy (the message only), or the error document as json, \
         yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile's cli_error_format).",
    ),
    global(
        "no-cli-pager",
        Takes::Switch,
        "Prints the output without a pager.",
    ),
    global(
        "cli-auto-prompt",
        Takes::Switch,
        "Accepted for compatibility with the AWS CLI; has no effect.",
    ),
    global(
        "no-cli-auto-prompt",
        Takes::Switch,
        "Accepted for compatibility with the AWS CLI; has no effect.",
    ),
    global(
        "local",
        Takes::Switch,
        "Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).",
    ),
    global(
        "local-state",
        Takes::Value("file", ValueHint::FilePath),
        "The local endpoint's state file; implies --local (also IOTMIT_LOCAL_STATE).",
    ),
];

fn global_args(heading: Option<&'static str>) -> Vec<Arg> {
    GLOBAL_OPTIONS
        .iter()
        .map(|g| {
            let arg = Arg::new(g.name)
                .long(g.name)
                .help(g.help)
                .help_heading(heading);
            match g.takes {
                Takes::Switch => arg.action(ArgAction::SetTrue),
                Takes::Value(value_name, hint) => arg
                    .action(ArgAction::Set)
                    .value_name(value_name)
                    .value_hint(hint),
                Takes::Choice(value_name, values) => arg
                    .action(ArgAction::Set)
                    .value_name(value_name)
                    .value_parser(Hints::new(values.iter().map(|v| v.to_string()))),
            }
        })
        .collect()
}

fn help_arg(heading: Option<&'static str>) -> Arg {
    Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help("Shows the help and exits.")
        .help_heading(heading)
}

/// Settings every command of the description shares: its own `-h/--help`, and the last of a
/// repeated option wins, as in the real parser.
fn base(name: impl Into<clap::builder::Str>, heading: Option<&'static str>) -> Command {
    Command::new(name)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .args_override_self(true)
        .arg(help_arg(heading))
}

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

/// A value parser that accepts any text but names the values worth offering, so that the
/// completion generators list them (enum values, shorthand keys, `file://`) without the
/// description rejecting anything the real parser would pass on to validation.
#[derive(Clone)]
struct Hints(Vec<String>);

impl Hints {
    fn new(values: impl IntoIterator<Item = String>) -> Hints {
        Hints(values.into_iter().collect())
    }
}

impl TypedValueParser for Hints {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &Command,
        _arg: Option<&Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        value
            .to_str()
            .map(str::to_owned)
            .ok_or_else(|| clap::Error::new(clap::error::ErrorKind::InvalidUtf8).with_cmd(cmd))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.0.iter().map(|v| PossibleValue::new(v.clone())),
        ))
    }
}

fn shape(name: &str) -> Option<&'static Shape> {
    model::get().shapes.get(name)
}

fn input_shape(op: &Operation) -> Option<&'static Shape> {
    op.input.as_ref().and_then(|r| shape(&r.shape))
}

fn item_shape(s: &Shape) -> Option<&'static Shape> {
    s.member.as_ref().and_then(|r| shape(&r.shape))
}

fn map_value_shape(s: &Shape) -> Option<&'static Shape> {
    s.value.as_ref().and_then(|r| shape(&r.shape))
}

fn type_name(kind: Kind) -> &'static str {
    match kind {
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

fn is_composite(s: &Shape) -> bool {
    matches!(s.kind, Kind::Structure | Kind::List | Kind::Map)
}

/// A value written as shorthand or JSON: a structure, a map, or a list of those.
fn is_structured(s: &Shape) -> bool {
    is_composite(s) && item_shape(s).is_none_or(is_composite)
}

/// The model's limits of a shape, worded as the command help words them.
fn limits(s: &Shape) -> Option<String> {
    let unit = match s.kind {
        Kind::String => " characters",
        Kind::List | Kind::Map => " items",
        _ => "",
    };
    let mut parts = Vec::new();
    if let Some(min) = s.min {
        parts.push(format!("at least {min}{unit}"));
    }
    if let Some(max) = s.max {
        parts.push(format!("at most {max}{unit}"));
    }
    if let Some(p) = &s.pattern {
        parts.push(format!("pattern {p}"));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The first sentence of a text, for one-line descriptions.
fn first_sentence(text: &str) -> String {
    let text = text.trim();
    match text.find(". ") {
        Some(at) => text[..=at].to_string(),
        None => text.to_string(),
    }
}

/// The structure whose members are written as `key=value` in a shorthand value of this shape:
/// the shape itself, or the items of a list of structures.
fn shorthand_structure(s: &'static Shape) -> Option<&'static Shape> {
    match s.kind {
        Kind::Structure => Some(s),
        Kind::List => item_shape(s).filter(|i| i.kind == Kind::Structure),
        _ => None,
    }
}

/// The top-level shorthand keys of an option's shape, as `key=`.
fn shorthand_keys(s: &'static Shape) -> Vec<String> {
    shorthand_structure(s)
        .map(|st| st.members.keys().map(|k| format!("{k}=")).collect())
        .unwrap_or_default()
}

/// Splits a shorthand text at its top-level commas (not those inside braces or brackets).
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, c) in text.char_indices() {
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

/// The shorthand form of a shape, as the AWS CLI documents it.
fn shorthand_syntax(s: &Shape, depth: usize) -> String {
    if depth > 3 {
        return "...".into();
    }
    match s.kind {
        Kind::Structure => s
            .members
            .iter()
            .map(|(name, member)| match shape(&member.shape) {
                Some(inner) if inner.kind == Kind::Structure => {
                    format!("{name}={{{}}}", shorthand_syntax(inner, depth + 1))
                }
                Some(inner) => format!("{name}={}", shorthand_syntax(inner, depth + 1)),
                None => format!("{name}=..."),
            })
            .collect::<Vec<_>>()
            .join(","),
        Kind::List => match item_shape(s) {
            Some(i) if i.kind == Kind::Structure => {
                format!("{{{}}}", shorthand_syntax(i, depth + 1))
            }
            Some(i) => {
                let one = shorthand_syntax(i, depth + 1);
                format!("{one},{one}")
            }
            None => "string".into(),
        },
        Kind::Map => {
            let v = map_value_shape(s).map_or("string".into(), |v| shorthand_syntax(v, depth + 1));
            format!("KeyName1={v},KeyName2={v}")
        }
        k => type_name(k).to_string(),
    }
}

/// The type of a shape as the man pages name it: `string`, `list of structure`...
fn type_label(s: &Shape) -> String {
    let inner = match s.kind {
        Kind::List => item_shape(s),
        Kind::Map => map_value_shape(s),
        _ => None,
    };
    match inner {
        Some(i) => format!("{} of {}", type_name(s.kind), type_name(i.kind)),
        None => type_name(s.kind).to_string(),
    }
}

/// The allowed values and limits of a shape, and of its items or map values, as sentences.
fn facts(s: &Shape, with_enum: bool) -> String {
    let mut out = String::new();
    if let Some(values) = s.enum_values.as_ref().filter(|_| with_enum) {
        let _ = write!(out, " Possible values: {}.", values.join(", "));
    }
    if let Some(l) = limits(s) {
        let _ = write!(out, " Constraints: {l}.");
    }
    let (label, inner) = match s.kind {
        Kind::List => ("Each item", item_shape(s)),
        Kind::Map => ("Each value", map_value_shape(s)),
        _ => ("", None),
    };
    if let Some(i) = inner.filter(|i| i.kind != Kind::Structure) {
        let mut parts = Vec::new();
        if i.kind == Kind::List {
            parts.push(type_label(i));
        }
        if let Some(values) = i.enum_values.as_ref().filter(|_| with_enum) {
            parts.push(format!("possible values {}", values.join(", ")));
        }
        if let Some(l) = limits(i) {
            parts.push(l);
        }
        if !parts.is_empty() {
            let _ = write!(out, " {label}: {}.", parts.join(", "));
        }
    }
    out
}

/// Describes the members of a structure, one paragraph each, named by their path in the value
/// (`addThingsToThingGroupParams.thingGroupNames`, `actionsExecutions[].status`).
fn member_paragraphs(s: &Shape, prefix: &str, depth: usize, out: &mut Vec<String>) {
    if depth > 4 {
        return;
    }
    for (name, member) in &s.members {
        let Some(inner) = shape(&member.shape) else {
            continue;
        };
        let path = format!("{prefix}{name}");
        let required = if s.is_required(name) {
            " [required]"
        } else {
            ""
        };
        let mut text = format!("{path} ({}){required}", type_label(inner));
        let doc = model::plain_doc(&member.documentation);
        if !doc.is_empty() {
            let _ = write!(text, ": {doc}");
        }
        text.push_str(&facts(inner, true));
        out.push(text);
        nested_paragraphs(inner, &path, depth + 1, out);
    }
}

/// The member paragraphs inside a value of this shape, their paths starting with `path`.
fn nested_paragraphs(s: &Shape, path: &str, depth: usize, out: &mut Vec<String>) {
    match s.kind {
        Kind::Structure => member_paragraphs(s, &format!("{path}."), depth, out),
        Kind::List => {
            if let Some(i) = item_shape(s).filter(|i| i.kind == Kind::Structure) {
                member_paragraphs(i, &format!("{path}[]."), depth, out);
            }
        }
        Kind::Map => {
            if let Some(v) = map_value_shape(s).filter(|v| v.kind == Kind::Structure) {
                member_paragraphs(v, &format!("{path}.KEY."), depth, out);
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------------------------
// Commands
// ---------------------------------------------------------------------------------------------

/// Whether the command starts a task (and so takes `--wait`).
fn is_start_task(op: &Operation) -> bool {
    crate::call::wait::Kind::started_by(&op.name).is_some()
}

/// Whether an option of this member names existing mitigation actions.
fn names_existing_actions(op: &Operation, member: &Member) -> bool {
    if op.name.starts_with("Create") {
        return false;
    }
    member.shape == ACTION_NAME_SHAPE
        || shape(&member.shape).is_some_and(|s| {
            s.kind == Kind::List
                && s.member
                    .as_ref()
                    .is_some_and(|r| r.shape == ACTION_NAME_SHAPE)
        })
}

/// The options built from the model's input members: `--member-name`, and `--no-member-name` for
/// booleans.
fn member_args(op: &Operation, input: &Shape) -> Vec<Arg> {
    let mut args = Vec::new();
    for (name, member) in &input.members {
        let Some(s) = shape(&member.shape) else {
            continue;
        };
        let flag = model::cli_name(name);
        let required = input.is_required(name) && !member.idempotency_token;
        let marker = if required { "[required] " } else { "" };
        let mut doc = model::plain_doc(&member.documentation);
        if doc.is_empty() {
            doc = model::plain_doc(&s.documentation);
        }
        let short = format!("{marker}{}", first_sentence(&doc));
        let mut long = format!("{marker}{doc}");
        if member.idempotency_token {
            long.push_str(" If not given, a unique token is generated.");
        }
        if s.kind == Kind::Boolean {
            let no = format!("no-{flag}");
            args.push(
                Arg::new(flag.clone())
                    .long(flag.clone())
                    .action(ArgAction::SetTrue)
                    .overrides_with(no.clone())
                    .help(short.clone())
                    .long_help(format!("{long}\n\nThe opposite is --{no}.")),
            );
            args.push(
                Arg::new(no.clone())
                    .long(no)
                    .action(ArgAction::SetTrue)
                    .overrides_with(flag.clone())
                    .help(format!("Turns --{flag} off."))
                    .long_help(format!("Turns --{flag} off: {doc}")),
            );
            continue;
        }
        let value_shape = if s.kind == Kind::List {
            item_shape(s).unwrap_or(s)
        } else {
            s
        };
        if s.kind == Kind::Timestamp || value_shape.kind == Kind::Timestamp {
            long.push_str(
                "\n\nA timestamp is written as ISO 8601 (2026-11-20T08:00:00Z), a date \
                 (2026-11-20) or seconds since the epoch.",
            );
        }
        // Enum values are listed by the man page generator itself.
        let details = facts(s, false);
        if !details.is_empty() {
            let _ = write!(long, "\n\n{}", details.trim());
        }
        let mut arg = Arg::new(flag.clone())
            .long(flag)
            .action(ArgAction::Set)
            .value_name(type_name(value_shape.kind));
        if s.kind == Kind::List {
            arg = arg.num_args(1..);
        }
        if let Some(values) = &value_shape.enum_values {
            arg = arg.value_parser(Hints::new(values.iter().cloned()));
        } else if is_structured(s) {
            let keys = shorthand_keys(s);
            // One top-level pair a line, so that the page can be filled.
            let syntax = shorthand_syntax(s, 0);
            let syntax = match s.kind {
                Kind::Structure => split_top_level(&syntax).join(",\n  "),
                _ => syntax,
            };
            let _ = write!(
                long,
                "\n\nShorthand syntax:\n  {syntax}\n\nThe value can also be JSON, or read from \
                 a file with file://PATH."
            );
            let mut members = Vec::new();
            match shorthand_structure(s) {
                Some(st) => member_paragraphs(st, "", 0, &mut members),
                None => nested_paragraphs(s, "", 0, &mut members),
            }
            for paragraph in members {
                let _ = write!(long, "\n\n{paragraph}");
            }
            let mut hints = keys;
            hints.push(FILE_URI.to_string());
            arg = arg
                .value_parser(Hints::new(hints))
                .hide_possible_values(true)
                .value_hint(ValueHint::Other);
        } else {
            arg = arg.value_hint(ValueHint::Other);
        }
        if names_existing_actions(op, member) {
            long.push_str(
                "\n\nWith IOTMIT_COMPLETE_ACTIONS=1, bash, zsh and fish complete the names of \
                 existing mitigation actions here.",
            );
        }
        args.push(arg.help(short).long_help(long));
    }
    args
}

/// The options every command has that come from the CLI rather than the model.
fn cli_input_args() -> Vec<Arg> {
    let input = |name: &'static str, format: &str| {
        Arg::new(name)
            .long(name)
            .action(ArgAction::Set)
            .value_name("string")
            .value_hint(ValueHint::FilePath)
            .value_parser(Hints::new([FILE_URI.to_string()]))
            .hide_possible_values(true)
            .help(format!(
                "Reads the arguments from a {format} document, inline or file://PATH."
            ))
            .long_help(format!(
                "Reads the arguments from a {format} document, given inline or as file://PATH; \
                 options given as well override its values. The document's keys are the \
                 model's member names, as --generate-cli-skeleton prints them."
            ))
    };
    vec![
        input("cli-input-json", "JSON"),
        input("cli-input-yaml", "YAML"),
        Arg::new("generate-cli-skeleton")
            .long("generate-cli-skeleton")
            .action(ArgAction::Set)
            .num_args(0..=1)
            .value_name("string")
            .default_missing_value("input")
            .value_parser(Hints::new(
                ["input", "yaml-input", "output"].map(String::from),
            ))
            .help("Prints a template of the input or of the output, without calling the service.")
            .long_help(
                "Prints a template of the input (input, the default, as JSON; yaml-input as \
                 YAML) for --cli-input-json or --cli-input-yaml, or a sample of the output \
                 (output), without calling the service.",
            ),
    ]
}

fn wait_timeout_arg() -> Arg {
    Arg::new("wait-timeout")
        .long("wait-timeout")
        .action(ArgAction::Set)
        .value_name("seconds")
        .value_hint(ValueHint::Other)
        .help("Gives up waiting after this many seconds (exit 5); the task keeps running.")
}

fn wait_args() -> Vec<Arg> {
    vec![
        Arg::new("wait")
            .long("wait")
            .action(ArgAction::SetTrue)
            .help("Waits for the task to end and prints its final description.")
            .long_help(
                "Waits for the task to end, with a progress bar on stderr when it is a \
                 terminal, then prints the task's final description. Exits 0 when the task \
                 COMPLETED, 3 when it FAILED, 4 when it was CANCELED.",
            ),
        wait_timeout_arg(),
    ]
}

/// `--preview` of `start-audit-mitigation-actions-task`, an iotmit extension.
fn preview_arg() -> Arg {
    Arg::new("preview")
        .long("preview")
        .action(ArgAction::SetTrue)
        .help("iotmit extension: shows what the task would do, without starting it.")
        .long_help(
            "iotmit extension (not an AWS CLI option): prints the findings the target selects, \
             the actions each would get, what is excluded and why (suppressed findings, checks \
             with no mapped action, action types the check does not support, unknown actions, \
             findings not found) and the counts. Only reads are sent \
             (list-audit-findings, describe-audit-finding, describe-mitigation-action); nothing \
             is started. Remove --preview to run the same command for real.",
        )
}

fn paging_args() -> Vec<Arg> {
    let arg = |name: &'static str, value_name: &'static str, help: &'static str| {
        Arg::new(name)
            .long(name)
            .action(ArgAction::Set)
            .value_name(value_name)
            .value_hint(ValueHint::Other)
            .help(help)
    };
    vec![
        arg(
            "starting-token",
            "string",
            "Resumes a listing where an earlier one stopped (its NextToken).",
        ),
        arg(
            "page-size",
            "integer",
            "How many items each call to the service asks for.",
        ),
        arg(
            "max-items",
            "integer",
            "The most items to print; a NextToken is printed when there are more.",
        ),
    ]
}

fn operation_command(op: &Operation) -> Command {
    let m = model::get();
    let doc = model::plain_doc(&op.documentation);
    let mut cmd = base(model::cli_name(&op.name), Some(GLOBAL_HEADING))
        .about(first_sentence(&doc))
        .long_about(doc);
    if let Some(input) = input_shape(op) {
        cmd = cmd.args(member_args(op, input));
    }
    cmd = cmd.args(cli_input_args());
    if is_start_task(op) {
        cmd = cmd.args(wait_args());
    }
    if op.name == crate::call::preview::OPERATION {
        cmd = cmd.arg(preview_arg());
    }
    if m.paginator(op).is_some() {
        cmd = cmd.args(paging_args());
    }
    cmd.args(global_args(Some(GLOBAL_HEADING)))
}

fn operation_names() -> Vec<String> {
    model::get()
        .operations
        .values()
        .map(|op| model::cli_name(&op.name))
        .collect()
}

fn help_command() -> Command {
    base("help", None)
        .about("Shows the list of commands, or the help of one command.")
        .long_about(
            "Shows the list of commands and the global options, or, given a command, its help: \
             description, synopsis, every option with its type, allowed values and limits, and \
             the output. `iotmit COMMAND help` and `iotmit COMMAND --help` do the same.",
        )
        .arg(
            Arg::new("command")
                .value_name("COMMAND")
                .action(ArgAction::Set)
                .value_parser(Hints::new(operation_names()))
                .help("The command to describe."),
        )
}

fn task_id_arg() -> Arg {
    let mut long = String::from("[required] The ID of the task to wait for.");
    if let Some(l) = shape("MitigationActionsTaskId").and_then(limits) {
        let _ = write!(long, "\n\nConstraints: {l}");
    }
    Arg::new("task-id")
        .long("task-id")
        .action(ArgAction::Set)
        .required(true)
        .value_name("string")
        .value_hint(ValueHint::Other)
        .help("[required] The ID of the task to wait for.")
        .long_help(long)
}

fn wait_command() -> Command {
    let waiter = |name: &'static str, kind: &str, describe: &str| {
        base(name, Some(GLOBAL_HEADING))
            .about(format!("Waits until {kind} task ends."))
            .long_about(format!(
                "Polls {describe} until the task ends, with a progress bar on stderr when it is \
                 a terminal, then prints the final description. Exits 0 when the task \
                 COMPLETED, 3 when it FAILED, 4 when it was CANCELED, 5 when --wait-timeout \
                 passed first (the task keeps running)."
            ))
            .arg(task_id_arg())
            .arg(wait_timeout_arg())
            .args(global_args(Some(GLOBAL_HEADING)))
    };
    base("wait", None)
        .about("Waits until a mitigation actions task or an on-demand audit ends.")
        .subcommand_required(true)
        .subcommand_value_name("WAITER")
        .subcommand(waiter(
            AUDIT_WAITER,
            "an audit mitigation actions",
            "describe-audit-mitigation-actions-task",
        ))
        .subcommand(waiter(
            DETECT_WAITER,
            "a detect mitigation actions",
            "describe-detect-mitigation-actions-task",
        ))
        .subcommand(waiter(
            AUDIT_TASK_WAITER,
            "an on-demand audit",
            "describe-audit-task",
        ))
}

fn local_command() -> Command {
    let value = |name: &'static str, value_name: &'static str, hint, help: &'static str| {
        Arg::new(name)
            .long(name)
            .action(ArgAction::Set)
            .value_name(value_name)
            .value_hint(hint)
            .help(help)
    };
    let serve = base("serve", None)
        .about("Runs the local AWS IoT mitigation endpoint until interrupted.")
        .long_about(
            "Runs the local AWS IoT mitigation endpoint until interrupted, and prints \
             `listening on http://ADDR:PORT` first. Any AWS client works against it, with \
             --endpoint-url http://ADDR:PORT.",
        )
        .arg(value(
            "port",
            "port",
            ValueHint::Other,
            "The port to listen on; 0 (the default) picks a free port.",
        ))
        .arg(value(
            "bind",
            "address",
            ValueHint::Other,
            "The address to listen on (default 127.0.0.1).",
        ))
        .arg(value(
            "state",
            "file",
            ValueHint::FilePath,
            "The SQLite state file, created if missing.",
        ))
        .arg(value(
            "seed",
            "file",
            ValueHint::FilePath,
            "A seed file of findings and violations that replaces the demo data set.",
        ))
        .arg(value(
            "execution-ms",
            "milliseconds",
            ValueHint::Other,
            "How long each mitigation action execution takes (default 200).",
        ));
    base("local", None)
        .about("The local AWS IoT mitigation endpoint.")
        .subcommand_required(true)
        .subcommand(serve)
}

fn completion_command() -> Command {
    base("completion", None)
        .about("Prints the completion script for a shell.")
        .long_about(format!(
            "Prints the completion script for SHELL on stdout. To install it:\n\
             \n  bash: iotmit completion bash > ~/.local/share/bash-completion/completions/iotmit\
             \n  zsh: iotmit completion zsh > ~/.zfunc/_iotmit, with ~/.zfunc in $fpath before compinit\
             \n  fish: iotmit completion fish > ~/.config/fish/completions/iotmit.fish\
             \n  PowerShell: iotmit completion powershell | Out-String | Invoke-Expression, in $PROFILE\
             \n  elvish: eval (iotmit completion elvish | slurp), in rc.elv\n\
             \nEvery shell completes commands, options, enum values (--action-type, \
             --task-status, --action-status, --output...) and the keys of shorthand values. \
             bash, zsh and fish also complete paths after file://, and, with \
             {COMPLETE_ACTIONS_ENV}=1, the names of existing mitigation actions after \
             --action-name and --actions: they run `iotmit {COMPLETE_ACTION_NAMES}` with the \
             profile, Region and endpoint given on the line, which keeps the names for {} \
             seconds under $XDG_CACHE_HOME/iotmit.",
            ACTION_NAMES_TTL.as_secs()
        ))
        .arg(
            Arg::new("shell")
                .value_name("SHELL")
                .required(true)
                .action(ArgAction::Set)
                .value_parser(clap::value_parser!(Shell))
                .help("bash, zsh, fish, powershell or elvish."),
        )
}

fn complete_action_names_command() -> Command {
    base(COMPLETE_ACTION_NAMES, Some(GLOBAL_HEADING))
        .hide(true)
        .about("Prints the names of existing mitigation actions, one a line, for completion.")
        .args(global_args(Some(GLOBAL_HEADING)))
}

const ROOT_ABOUT: &str = "AWS IoT Device Defender mitigation commands, a drop-in for `aws iot`.";

const ROOT_LONG_ABOUT: &str = "iotmit runs the fifteen AWS IoT Device Defender mitigation \
commands of the AWS CLI v2 (`aws iot COMMAND`) with the same options, values, output and exit \
codes: mitigation actions, and the tasks that apply them to audit findings and ML Detect \
violations. Configuration and credentials are read as the AWS CLI reads them.\n\
\n\
Structured options take shorthand (key=value,key2=[a,b]), JSON, or file://PATH. \
--generate-cli-skeleton prints a template of a command's input for --cli-input-json or \
--cli-input-yaml. List commands follow every page unless --no-paginate is given.\n\
\n\
`iotmit local serve` runs a local endpoint that behaves like the service, and --local runs one \
command against it in-process.";

/// The whole command line as a clap [`Command`], for completions and man pages (the real parser
/// is `args`).
pub fn command() -> Command {
    tree(true)
}

/// The command line, with or without the hidden `__complete-action-names` (clap_complete offers
/// hidden commands, so the completion scripts are generated without it).
fn tree(with_hidden: bool) -> Command {
    let mut root = base(BIN, None)
        .bin_name(BIN)
        .about(ROOT_ABOUT)
        .long_about(ROOT_LONG_ABOUT)
        .disable_help_subcommand(true)
        .subcommand_value_name("COMMAND")
        .subcommand_help_heading("COMMANDS")
        .args(global_args(None));
    for op in model::get().operations.values() {
        root = root.subcommand(operation_command(op));
    }
    root = root
        .subcommand(help_command())
        .subcommand(wait_command())
        .subcommand(local_command())
        .subcommand(completion_command());
    if with_hidden {
        root = root.subcommand(complete_action_names_command());
    }
    root
}

// ---------------------------------------------------------------------------------------------
// What the completion additions need from the model
// ---------------------------------------------------------------------------------------------

/// One option of one command whose values the completion additions know more about than clap.
struct ValueOption {
    command: String,
    option: String,
    /// Takes every word up to the next option.
    many: bool,
    /// Top-level shorthand keys, as `key=`.
    keys: Vec<String>,
    /// Accepts `file://PATH`, and `file://` is offered.
    file_uri: bool,
    /// Names existing mitigation actions.
    action_names: bool,
}

fn value_options() -> Vec<ValueOption> {
    let mut out = Vec::new();
    for op in model::get().operations.values() {
        let command = model::cli_name(&op.name);
        if let Some(input) = input_shape(op) {
            for (name, member) in &input.members {
                let Some(s) = shape(&member.shape) else {
                    continue;
                };
                let composite = is_structured(s);
                let action_names = names_existing_actions(op, member);
                if composite || action_names {
                    out.push(ValueOption {
                        command: command.clone(),
                        option: format!("--{}", model::cli_name(name)),
                        many: s.kind == Kind::List,
                        keys: shorthand_keys(s),
                        file_uri: composite,
                        action_names,
                    });
                }
            }
        }
        for option in ["--cli-input-json", "--cli-input-yaml"] {
            out.push(ValueOption {
                command: command.clone(),
                option: option.to_string(),
                many: false,
                keys: Vec::new(),
                file_uri: true,
                action_names: false,
            });
        }
    }
    out
}

fn global_valued_names() -> Vec<&'static str> {
    GLOBAL_OPTIONS
        .iter()
        .filter(|g| !matches!(g.takes, Takes::Switch))
        .map(|g| g.name)
        .collect()
}

/// `"cmd --opt"|"cmd2 --opt"` for a shell `case` pattern.
fn case_pattern<'a>(pairs: impl Iterator<Item = &'a ValueOption>) -> String {
    let items: Vec<String> = pairs
        .map(|v| format!("\"{} {}\"", v.command, v.option))
        .collect();
    if items.is_empty() {
        "\"\"".to_string()
    } else {
        items.join("|")
    }
}

fn dashed(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("--{n}"))
        .collect::<Vec<_>>()
        .join("|")
}

// ---------------------------------------------------------------------------------------------
// Completion scripts
// ---------------------------------------------------------------------------------------------

/// The completion script for a shell (bash, zsh, fish, powershell, elvish).
///
/// Every shell completes the commands, the options of each, enum values (`--action-type`,
/// `--task-status`, `--action-status`, `--output`, `--color`...), the top-level shorthand keys of
/// structured options (`--action-params updateDeviceCertificateParams=`) and `file://`. bash, zsh
/// and fish also complete paths after `file://`, shorthand keys after a comma, and, with
/// `IOTMIT_COMPLETE_ACTIONS=1`, the names of existing mitigation actions after `--action-name` and
/// `--actions` (zsh: the first word of `--actions` only) by running `iotmit
/// __complete-action-names`. PowerShell and elvish get clap_complete's script as it is.
pub fn completion_script(shell: Shell) -> String {
    let mut cmd = tree(false);
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut buf);
    let script = String::from_utf8_lossy(&buf).into_owned();
    match shell {
        Shell::Bash => bash_script(script),
        Shell::Zsh => zsh_script(&script),
        Shell::Fish => fish_script(script),
        _ => script,
    }
}

fn bash_script(mut script: String) -> String {
    let options = value_options();
    let mut keys_cases = String::new();
    for v in options.iter().filter(|v| !v.keys.is_empty()) {
        let _ = write!(
            keys_cases,
            "\n        \"{} {}\") echo \"{}\" ;;",
            v.command,
            v.option,
            v.keys.join(" ")
        );
    }
    let file_uri = case_pattern(options.iter().filter(|v| v.file_uri));
    let many = case_pattern(options.iter().filter(|v| v.many));
    let action_names = case_pattern(options.iter().filter(|v| v.action_names));
    let _ = write!(
        script,
        r#"
# ----------------------------------------------------------------------------------------------
# iotmit additions. The function above is generated by clap_complete from the same description
# as the rest of iotmit. _iotmit_complete wraps it: it splits the line at whitespace only, so
# that values holding `=` or `:` (--output=json, shorthand key=value, file://PATH) are seen
# whole, and it adds what clap_complete cannot express:
#   * `file://`, then paths, for --cli-input-json, --cli-input-yaml and structured options
#     (and paths after file:// or fileb:// for any option of a command);
#   * the top-level shorthand keys of structured options, also after a comma
#     (--target auditTaskId=ID,<TAB>), with no space after a completed `key=`;
#   * with {env}=1, the names of existing mitigation actions after --action-name and
#     --actions, from `iotmit {hidden}` (which keeps them for about {ttl} seconds); the
#     profile, Region and endpoint given on the line are passed along.
# ----------------------------------------------------------------------------------------------

# Succeeds when the global option takes a value (the word after it is not the command).
_iotmit_global_takes_value() {{
    case "$1" in
        {valued}) return 0 ;;
    esac
    return 1
}}

# The top-level shorthand keys of a structured option; $1 is the command, $2 the option.
_iotmit_shorthand_keys() {{
    case "$1 $2" in{keys_cases}
    esac
}}

# Succeeds when the option's value may be given as file://PATH and `file://` is worth offering.
_iotmit_takes_file_uri() {{
    case "$1 $2" in
        {file_uri}) return 0 ;;
    esac
    return 1
}}

# Succeeds when the option takes every word up to the next option.
_iotmit_takes_many() {{
    case "$1 $2" in
        {many}) return 0 ;;
    esac
    return 1
}}

# Succeeds when the option names existing mitigation actions.
_iotmit_takes_action_names() {{
    case "$1 $2" in
        {action_names}) return 0 ;;
    esac
    return 1
}}

# Prints the names of existing mitigation actions. $1 is the program; the other arguments are the
# words of the line, whose profile, Region and endpoint options are passed along.
_iotmit_action_names() {{
    local program="$1"
    shift
    local -a pass=()
    while [[ $# -gt 0 ]]; do
        case "$1" in
            {fwd_valued})
                if [[ $# -gt 1 ]]; then
                    pass+=("$1" "$2")
                    shift
                fi
                ;;
            {fwd_inline}|{fwd_switches})
                pass+=("$1")
                ;;
        esac
        shift
    done
    "$program" ${{pass[@]+"${{pass[@]}}"}} {hidden} 2>/dev/null
}}

_iotmit_complete() {{
    local line="${{COMP_LINE:0:COMP_POINT}}"
    local -a words=()
    read -r -a words <<< "$line"
    if [[ ${{#words[@]}} -eq 0 || "$line" == *[[:space:]] ]]; then
        words+=("")
    fi
    local cword=$(( ${{#words[@]}} - 1 ))
    local word="${{words[cword]}}"

    # The command: the first word that is neither an option nor the value of a global option.
    local command="" i=1
    while [[ $i -lt $cword ]]; do
        case "${{words[i]}}" in
            iot|--*=*) ;;
            -*) _iotmit_global_takes_value "${{words[i]}}" && i=$(( i + 1 )) ;;
            *) command="${{words[i]}}"; break ;;
        esac
        i=$(( i + 1 ))
    done

    # The option whose value is being completed, and the value typed so far.
    local option="" value="$word"
    if [[ "$word" == --*=* ]]; then
        option="${{word%%=*}}"
        value="${{word#*=}}"
    elif [[ "$word" != -* && $cword -gt 1 ]]; then
        local j=$(( cword - 1 ))
        if [[ "${{words[j]}}" == --* && "${{words[j]}}" != *=* ]]; then
            option="${{words[j]}}"
        else
            while [[ $j -gt 0 && "${{words[j]}}" != -* ]]; do
                j=$(( j - 1 ))
            done
            if _iotmit_takes_many "$command" "${{words[j]}}"; then
                option="${{words[j]}}"
            fi
        fi
    fi

    local -a candidates=()
    local handled="" c
    if [[ -n "$command" && -n "$option" ]]; then
        if [[ "$value" == file://* || "$value" == fileb://* ]]; then
            handled=1
            local scheme="${{value%%//*}}//"
            while IFS= read -r c; do
                [[ -d "$c" ]] && c="$c/"
                candidates+=("$scheme$c")
            done < <(compgen -f -- "${{value#*//}}")
        elif [[ "${{{env}:-}}" == 1 ]] && _iotmit_takes_action_names "$command" "$option"; then
            handled=1
            while IFS= read -r c; do
                [[ -n "$c" && "$c" == "$value"* ]] && candidates+=("$c")
            done < <(_iotmit_action_names "$1" "${{words[@]:1:cword-1}}")
        elif _iotmit_takes_file_uri "$command" "$option"; then
            handled=1
            if [[ "$value" != *[\{{\[]* ]]; then
                local head="" segment="$value"
                if [[ "$value" == *,* ]]; then
                    head="${{value%,*}},"
                    segment="${{value##*,}}"
                fi
                if [[ "$segment" != *=* ]]; then
                    for c in $(_iotmit_shorthand_keys "$command" "$option"); do
                        [[ "$c" == "$segment"* ]] && candidates+=("$head$c")
                    done
                    if [[ -z "$head" && "file://" == "$value"* ]]; then
                        candidates+=("file://")
                    fi
                fi
            fi
        fi
    fi

    if [[ -z "$handled" ]]; then
        # clap_complete's function, on the words as split here.
        local cur="$word" prev="${{words[cword-1]}}"
        local -a cwords=("${{words[@]:0:cword}}")
        if [[ "$word" == --*=* ]]; then
            cur="$value"
            prev="$option"
            cwords+=("$option")
        fi
        local COMP_WORDS=("${{cwords[@]}}" "$cur")
        local COMP_CWORD=${{#cwords[@]}}
        COMPREPLY=()
        _iotmit "$1" "$cur" "$prev"
        candidates=(${{COMPREPLY[@]+"${{COMPREPLY[@]}}"}})
    fi

    # Candidates replace the value; readline replaces only the part of the word after its last
    # `=` or `:`, so what precedes that part is cut from each candidate.
    local before="${{word%"$value"}}" strip=""
    if [[ "$word" == *"$2" ]]; then
        strip="${{word%"$2"}}"
    fi
    COMPREPLY=()
    local nospace=""
    for c in ${{candidates[@]+"${{candidates[@]}}"}}; do
        case "$c" in
            *=|*/) nospace=1 ;;
        esac
        c="$before$c"
        COMPREPLY+=("${{c#"$strip"}}")
    done
    if [[ -n "$handled" && ${{#COMPREPLY[@]}} -eq 0 ]]; then
        # Nothing to offer: keep the word rather than fall back to file names.
        COMPREPLY=("$2")
        nospace=1
    fi
    if [[ -n "$nospace" ]] && type compopt &>/dev/null; then
        compopt -o nospace
    fi
    return 0
}}

if [[ "${{BASH_VERSINFO[0]}}" -eq 4 && "${{BASH_VERSINFO[1]}}" -ge 4 || "${{BASH_VERSINFO[0]}}" -gt 4 ]]; then
    complete -F _iotmit_complete -o nosort -o bashdefault -o default {bin}
else
    complete -F _iotmit_complete -o bashdefault -o default {bin}
fi
"#,
        env = COMPLETE_ACTIONS_ENV,
        hidden = COMPLETE_ACTION_NAMES,
        ttl = ACTION_NAMES_TTL.as_secs(),
        bin = BIN,
        valued = dashed(&global_valued_names()),
        fwd_valued = dashed(FORWARDED_VALUED),
        fwd_inline = FORWARDED_VALUED
            .iter()
            .map(|n| format!("--{n}=*"))
            .collect::<Vec<_>>()
            .join("|"),
        fwd_switches = dashed(FORWARDED_SWITCHES),
    );
    script
}

/// The zsh script: clap_complete's, where the value of some options is completed by a function
/// of these additions instead (its `_arguments` action is replaced):
/// `_iotmit_value_words` for structured options and --cli-input-json/--cli-input-yaml (`file://`
/// then paths, shorthand keys also after a comma, no space after `key=`), and
/// `_iotmit_action_names` for options naming existing mitigation actions.
fn zsh_script(script: &str) -> String {
    let options = value_options();
    let find = |command: &str, option: &str| {
        options
            .iter()
            .find(|v| v.command == command && v.option == option)
    };
    let mut out = String::with_capacity(script.len() + 4096);
    let mut block = String::new();
    let finale = "if [ \"$funcstack[1]\" = \"_iotmit\" ]; then";
    let mut additions_written = false;
    for line in script.split_inclusive('\n') {
        let trimmed = line.trim();
        // `(create-mitigation-action)` opens the `_arguments` block of a command.
        if let Some(name) = trimmed
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        {
            block = name.to_string();
        }
        if trimmed.starts_with(finale) && !additions_written {
            out.push_str(&zsh_additions());
            additions_written = true;
        }
        let replaced = zsh_option_line(trimmed).and_then(|(option, head)| {
            let v = find(&block, &format!("--{option}"))?;
            // A leading space makes `_arguments` call the function with these words only (its
            // compadd options are in $expl).
            let action = if v.action_names {
                " _iotmit_action_names".to_string()
            } else {
                let mut words = v.keys.clone();
                if v.file_uri {
                    // Unescaped, a colon would start the spec of another argument.
                    words.push(FILE_URI.replace(':', "\\:"));
                }
                format!(" _iotmit_value_words {}", words.join(" "))
            };
            let indent = &line[..line.len() - line.trim_start().len()];
            Some(format!("{indent}{head}:{action}' \\\n"))
        });
        match replaced {
            Some(l) => out.push_str(&l),
            None => out.push_str(line),
        }
    }
    if !additions_written {
        out.push_str(&zsh_additions());
    }
    out
}

/// For a line `'--name=[help]:value name:action' \` of an `_arguments` call, the option's name
/// and everything before the action (up to and including the value name). The help is escaped
/// (`\]`, `\:`), so its end is the first `]` not escaped.
fn zsh_option_line(trimmed: &str) -> Option<(&str, &str)> {
    let body = trimmed.strip_suffix("' \\")?;
    let rest = body.strip_prefix("'--")?;
    let (name, help_and_after) = rest.split_once("=[")?;
    let mut escaped = false;
    let mut help_end = None;
    for (i, c) in help_and_after.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ']' => {
                help_end = Some(i);
                break;
            }
            _ => {}
        }
    }
    let after = &help_and_after[help_end? + 1..];
    let value_name = after.strip_prefix(':')?;
    let (value_name, _action) = value_name.split_once(':')?;
    let head_len = body.len() - after.len() + 1 + value_name.len();
    Some((name, &body[..head_len]))
}

fn zsh_additions() -> String {
    format!(
        r#"# ----------------------------------------------------------------------------------------------
# iotmit additions, used as `_arguments` actions above (called with the words given there; the
# options for compadd are in $expl).

# Completes a value that may be file://PATH, or shorthand: offers the words given (`key=` and
# `file://`), after a comma the keys again, and no space after them.
(( $+functions[_iotmit_value_words] )) ||
_iotmit_value_words() {{
    if compset -P 'file://' || compset -P 'fileb://'; then
        _files
        return
    fi
    [[ "$PREFIX" == *[\{{\[]* ]] && return 1
    local -a values
    values=("$@")
    if compset -P '*,'; then
        values=(${{values:#file://}})
    fi
    [[ "$PREFIX" == *=* ]] && return 1
    compadd "${{expl[@]}}" -S '' -- "${{values[@]}}"
}}

# With {env}=1, completes the names of existing mitigation actions from
# `iotmit {hidden}` (kept by iotmit for about {ttl} seconds), passing along the profile,
# Region and endpoint given on the line.
(( $+functions[_iotmit_action_names] )) ||
_iotmit_action_names() {{
    [[ "${{{env}:-}}" == 1 ]] || return 1
    local -a line pass names
    local i
    line=(${{(z)BUFFER}})
    for (( i = 2; i <= $#line; i++ )); do
        case "${{line[i]}}" in
            ({fwd_valued})
                pass+=("${{line[i]}}" "${{(Q)line[i+1]}}")
                (( i++ ))
                ;;
            ({fwd_inline}|{fwd_switches})
                pass+=("${{(Q)line[i]}}")
                ;;
        esac
    done
    names=(${{(f)"$(_call_program action-names ${{(Q)line[1]:-{bin}}} ${{(q)pass[@]}} {hidden} 2>/dev/null)"}})
    _wanted action-names expl 'mitigation action' compadd -a names
}}

"#,
        env = COMPLETE_ACTIONS_ENV,
        hidden = COMPLETE_ACTION_NAMES,
        ttl = ACTION_NAMES_TTL.as_secs(),
        bin = BIN,
        fwd_valued = dashed(FORWARDED_VALUED),
        fwd_inline = FORWARDED_VALUED
            .iter()
            .map(|n| format!("--{n}=*"))
            .collect::<Vec<_>>()
            .join("|"),
        fwd_switches = dashed(FORWARDED_SWITCHES),
    )
}

fn fish_script(mut script: String) -> String {
    let options = value_options();
    let mut keys_cases = String::new();
    for v in options.iter().filter(|v| !v.keys.is_empty()) {
        let _ = write!(
            keys_cases,
            "\n        case '{} {}'\n            printf '%s\\n' {}",
            v.command,
            v.option,
            v.keys.join(" ")
        );
    }
    let quoted = |pred: &dyn Fn(&ValueOption) -> bool| {
        let items: Vec<String> = options
            .iter()
            .filter(|v| pred(v))
            .map(|v| format!("'{} {}'", v.command, v.option))
            .collect();
        if items.is_empty() {
            "''".to_string()
        } else {
            items.join(" ")
        }
    };
    let valued: Vec<String> = global_valued_names()
        .iter()
        .map(|n| format!("'--{n}'"))
        .collect();
    let mut attached = String::new();
    for v in &options {
        let _ = write!(
            attached,
            "\ncomplete -c {BIN} -n '__fish_{BIN}_using_subcommand {}; and __iotmit_value_kind >/dev/null' -l {} -r -f -a '(__iotmit_values)'",
            v.command,
            v.option.trim_start_matches('-')
        );
    }
    let fwd_valued: Vec<String> = FORWARDED_VALUED
        .iter()
        .map(|n| format!("'--{n}'"))
        .collect();
    let fwd_other: Vec<String> = FORWARDED_VALUED
        .iter()
        .map(|n| format!("'--{n}=*'"))
        .chain(FORWARDED_SWITCHES.iter().map(|n| format!("'--{n}'")))
        .collect();
    let _ = write!(
        script,
        r#"
# ----------------------------------------------------------------------------------------------
# iotmit additions to the completions above (generated by clap_complete from the same
# description): paths after file:// or fileb:// for any option of a command, the top-level
# shorthand keys of structured options after a comma (--target auditTaskId=ID,<TAB>), and, with
# {env}=1, the names of existing mitigation actions after --action-name and --actions, from
# `iotmit {hidden}` (kept by iotmit for about {ttl} seconds), with the profile, Region and
# endpoint given on the line passed along.

# Prints the command, the option whose value is being completed and the value typed so far, one
# a line (empty lines when there is none).
function __iotmit_value_context
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l command ''
    set -l i 2
    while test $i -le (count $tokens)
        switch $tokens[$i]
            case iot '--*=*'
            case {valued}
                set i (math $i + 1)
            case '-*'
            case '*'
                set command $tokens[$i]
                break
        end
        set i (math $i + 1)
    end
    set -l option ''
    set -l value $current
    if string match -q -- '--*=*' $current
        set option (string replace -r -- '=.*' '' $current)
        set value (string replace -r -- '^[^=]*=' '' $current)
    else if not string match -q -- '-*' $current
        set -l j (count $tokens)
        if test $j -gt 1; and string match -q -- '--*' $tokens[$j]; and not string match -q -- '*=*' $tokens[$j]
            set option $tokens[$j]
        else
            while test $j -gt 1; and not string match -q -- '-*' $tokens[$j]
                set j (math $j - 1)
            end
            if contains -- "$command $tokens[$j]" {many}
                set option $tokens[$j]
            end
        end
    end
    printf '%s\n' "$command" "$option" "$value"
end

# Prints the kind of extra values for the value being completed: file, keys, actions, or nothing.
function __iotmit_value_kind
    set -l context (__iotmit_value_context)
    test -n "$context[1]"; and test -n "$context[2]"; or return 1
    if string match -q -r -- '^fileb?://' "$context[3]"
        echo file
    else if test "${env}" = 1; and contains -- "$context[1] $context[2]" {action_names}
        echo actions
    else if string match -q -- '*,*' "$context[3]"; and contains -- "$context[1] $context[2]" {keyed}
        echo keys
    else
        return 1
    end
end

function __iotmit_shorthand_keys
    switch "$argv[1] $argv[2]"{keys_cases}
    end
end

function __iotmit_action_names
    set -l tokens (commandline -opc)
    set -l pass
    set -l i 2
    while test $i -le (count $tokens)
        switch $tokens[$i]
            case {fwd_valued}
                set -l next (math $i + 1)
                if test $next -le (count $tokens)
                    set -a pass $tokens[$i] $tokens[$next]
                end
                set i $next
            case {fwd_other}
                set -a pass $tokens[$i]
        end
        set i (math $i + 1)
    end
    $tokens[1] $pass {hidden} 2>/dev/null
end

# Prints the extra values for the value being completed (fish puts back a leading --option=).
function __iotmit_values
    set -l context (__iotmit_value_context)
    switch (__iotmit_value_kind)
        case file
            set -l scheme (string match -r -- '^fileb?://' "$context[3]")
            set -l path (string replace -r -- '^fileb?://' '' "$context[3]")
            for p in (__fish_complete_path "$path")
                printf '%s%s\n' "$scheme" (string split -f1 \t -- $p)
            end
        case actions
            for name in (__iotmit_action_names)
                printf '%s\n' "$name"
            end
        case keys
            if not string match -q -r -- '[\{{\[]' "$context[3]"
                set -l head (string replace -r -- ',[^,]*$' ',' "$context[3]")
                for key in (__iotmit_shorthand_keys $context[1] $context[2])
                    printf '%s%s\n' "$head" "$key"
                end
            end
    end
end

# After the option (--target <TAB>), fish only asks the option's own completions; further words of
# a list option (--actions NAME <TAB>) come to the last line.{attached}
complete -c {bin} -n '__iotmit_value_kind >/dev/null' -f -a '(__iotmit_values)'
"#,
        env = COMPLETE_ACTIONS_ENV,
        hidden = COMPLETE_ACTION_NAMES,
        ttl = ACTION_NAMES_TTL.as_secs(),
        bin = BIN,
        valued = valued.join(" "),
        many = quoted(&|v| v.many),
        action_names = quoted(&|v| v.action_names),
        keyed = quoted(&|v| !v.keys.is_empty()),
        fwd_valued = fwd_valued.join(" "),
        fwd_other = fwd_other.join(" "),
        attached = attached,
    );
    script
}

// ---------------------------------------------------------------------------------------------
// Man pages
// ---------------------------------------------------------------------------------------------

/// Text for a roff text line: backslashes, dashes and apostrophes escaped, and no line starting
/// with a control character.
fn roff_text(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('-', "\\-")
        .replace('\'', "\\*(Aq");
    escaped
        .lines()
        .map(|l| {
            if l.starts_with('.') {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn roff_heading(out: &mut String, title: &str) {
    let _ = writeln!(out, ".SH \"{}\"", title.replace('"', ""));
}

fn roff_item(out: &mut String, term: &str, text: &str) {
    let _ = writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff_text(term), roff_text(text));
}

fn exit_status_section(out: &mut String, waits: bool) {
    roff_heading(out, "EXIT STATUS");
    let mut codes = vec![
        ("0", "Success."),
        ("252", "Bad parameters or usage; nothing was sent."),
        (
            "253",
            "Configuration: no Region, no credentials, an unknown profile.",
        ),
        ("254", "The service answered with an error."),
        ("255", "Anything else: connection failures, timeouts."),
        ("130", "Interrupted (Ctrl-C)."),
    ];
    if waits {
        codes.extend([
            ("3", "When waiting: the task ended FAILED."),
            ("4", "When waiting: the task ended CANCELED."),
            (
                "5",
                "When waiting: --wait-timeout passed before the task ended (it keeps running).",
            ),
        ]);
    }
    for (code, text) in codes {
        roff_item(out, code, text);
    }
}

fn environment_section(out: &mut String) {
    roff_heading(out, "ENVIRONMENT");
    let vars = [
        (
            "AWS_PROFILE, AWS_DEFAULT_PROFILE, AWS_REGION, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, AWS_CA_BUNDLE, AWS_DEFAULT_OUTPUT",
            "Read as the AWS CLI reads them, with the credential variables and the config and credentials files.",
        ),
        (
            "IOTMIT_LOCAL",
            "When set to 1, every command runs against the local endpoint, as with --local.",
        ),
        (
            "IOTMIT_LOCAL_STATE",
            "The local endpoint's state file (default $XDG_DATA_HOME/iotmit/local.sqlite3).",
        ),
        (
            "IOTMIT_LOCAL_EXECUTION_MS",
            "How long each action execution takes in the in-process local endpoint (default 200).",
        ),
        (
            COMPLETE_ACTIONS_ENV,
            "When set to 1, the bash, zsh and fish completions offer the names of existing mitigation actions, kept for a minute under $XDG_CACHE_HOME/iotmit.",
        ),
    ];
    for (name, text) in vars {
        roff_item(out, name, text);
    }
}

fn see_also_section(out: &mut String, pages: &[String]) {
    roff_heading(out, "SEE ALSO");
    let refs: Vec<String> = pages
        .iter()
        .map(|p| format!("\\fB{}\\fR(1)", roff_text(p)))
        .collect();
    let _ = writeln!(out, "{}", refs.join(", "));
}

fn examples_section(out: &mut String, command: &str) {
    let examples = crate::cli::examples::for_command(command);
    if examples.is_empty() {
        return;
    }
    roff_heading(out, "EXAMPLES");
    for (what, line) in examples {
        let _ = writeln!(
            out,
            ".PP\n{}\n.PP\n.RS 4\n.nf\n{}\n.fi\n.RE",
            roff_text(what),
            roff_text(line)
        );
    }
}

fn output_section(out: &mut String, op: &Operation) {
    roff_heading(out, "OUTPUT");
    let output = op.output.as_ref().and_then(|r| shape(&r.shape));
    let Some(output) = output.filter(|o| !o.members.is_empty()) else {
        let _ = writeln!(out, "None.");
        return;
    };
    for (name, member) in &output.members {
        let Some(s) = shape(&member.shape) else {
            continue;
        };
        let mut text = model::plain_doc(&member.documentation);
        text.push_str(&facts(s, true));
        roff_item(out, &format!("{name} ({})", type_label(s)), text.trim());
        let mut nested = Vec::new();
        nested_paragraphs(s, name, 0, &mut nested);
        if !nested.is_empty() {
            let _ = writeln!(out, ".RS");
            for paragraph in nested {
                let _ = writeln!(out, ".PP\n{}", roff_text(&paragraph));
            }
            let _ = writeln!(out, ".RE");
        }
    }
}

/// Every visible command below `cmd`, depth first, with its page name (`iotmit-local-serve`).
fn visible_commands(cmd: &Command, out: &mut Vec<Command>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        out.push(sub.clone());
        visible_commands(sub, out);
    }
}

fn page_name(cmd: &Command) -> String {
    cmd.get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string()
}

fn render_page(cmd: Command, extra: &str) -> Vec<u8> {
    // An empty date would shift the source and manual into its place on the .TH line.
    let man = clap_mangen::Man::new(cmd)
        .date("\"\"")
        .source(BIN)
        .manual("iotmit manual");
    let mut buf = Vec::new();
    // Rendering into memory does not fail.
    let _ = man.render(&mut buf);
    buf.extend_from_slice(extra.as_bytes());
    buf
}

/// Man pages: `iotmit.1`, and `iotmit-<command>.1` for every command (and `iotmit-local-serve.1`,
/// `iotmit-wait-<waiter>.1`...), with the description, every option with its type, required
/// marker, allowed values and limits, and for the fifteen commands their output.
pub fn man_pages() -> Vec<(String, Vec<u8>)> {
    let m = model::get();
    let mut root = command();
    root.build();
    let mut subs = Vec::new();
    visible_commands(&root, &mut subs);
    let mut pages = Vec::new();

    let mut extra = String::new();
    exit_status_section(&mut extra, true);
    environment_section(&mut extra);
    pages.push((format!("{BIN}.1"), render_page(root.clone(), &extra)));

    for sub in subs {
        let name = page_name(&sub);
        let mut extra = String::new();
        let op = m.operation_by_cli_name(sub.get_name()).filter(|_| {
            // Only the fifteen commands directly under `iotmit`.
            name == format!("{BIN}-{}", sub.get_name())
        });
        if let Some(op) = op {
            examples_section(&mut extra, sub.get_name());
            output_section(&mut extra, op);
            exit_status_section(&mut extra, is_start_task(op));
        } else if name.starts_with(&format!("{BIN}-wait")) {
            exit_status_section(&mut extra, true);
        }
        see_also_section(&mut extra, &[BIN.to_string()]);
        pages.push((format!("{name}.1"), render_page(sub, &extra)));
    }
    pages
}

// ---------------------------------------------------------------------------------------------
// Generated files
// ---------------------------------------------------------------------------------------------

/// Every generated file, by its path under the crate root: `completions/iotmit.bash`,
/// `completions/_iotmit`, `completions/iotmit.fish`, `completions/_iotmit.ps1`,
/// `completions/iotmit.elv`, and `man/*.1`.
pub fn generated_files() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = SHELLS
        .iter()
        .map(|shell| {
            (
                Path::new("completions").join(shell.file_name(BIN)),
                completion_script(*shell).into_bytes(),
            )
        })
        .collect();
    files.extend(
        man_pages()
            .into_iter()
            .map(|(name, roff)| (Path::new("man").join(name), roff)),
    );
    files
}

/// Whether a file in `completions/` or `man/` is one this module writes (so that one no longer
/// generated can be removed).
fn is_generated_name(dir: &str, name: &str) -> bool {
    match dir {
        "completions" => SHELLS.iter().any(|s| s.file_name(BIN) == name),
        _ => name.starts_with(BIN) && name.ends_with(".1"),
    }
}

/// Writes `completions/` and `man/` under `root`, and removes generated files that are no longer
/// generated (a command's page after the command went away).
pub fn write_generated(root: &Path) -> io::Result<()> {
    let files = generated_files();
    for dir in ["completions", "man"] {
        let dir_path = root.join(dir);
        std::fs::create_dir_all(&dir_path)?;
        for entry in std::fs::read_dir(&dir_path)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let keep = files.iter().any(|(p, _)| *p == Path::new(dir).join(&name));
            if !keep && is_generated_name(dir, &name) && entry.file_type()?.is_file() {
                std::fs::remove_file(entry.path())?;
            }
        }
    }
    for (path, bytes) in files {
        let path = root.join(path);
        if std::fs::read(&path).ok().as_deref() != Some(&bytes[..]) {
            std::fs::write(&path, bytes)?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Action names for completion
// ---------------------------------------------------------------------------------------------

#[derive(serde::Serialize, serde::Deserialize)]
struct ActionNamesCache {
    scope: String,
    fetched_at: u64,
    names: Vec<String>,
}

/// The cache directory: `$XDG_CACHE_HOME/iotmit`, or `~/.cache/iotmit`; none without a home.
fn cache_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".cache"))
        })
        .map(|base| base.join(BIN))
}

/// FNV-1a: a file name per scope that stays the same from one build to the next.
fn scope_hash(scope: &str) -> u64 {
    scope.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

fn cache_file(dir: &Path, scope: &str) -> PathBuf {
    dir.join(format!("action-names-{:016x}.json", scope_hash(scope)))
}

/// Names a shell can take as one word: the model's pattern for action names, `[a-zA-Z0-9_-]+`.
fn tidy(names: Vec<String>) -> Vec<String> {
    let set: BTreeSet<String> = names
        .into_iter()
        .map(|n| n.trim().to_string())
        .filter(|n| {
            !n.is_empty()
                && n.len() <= 128
                && n.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
        .collect();
    set.into_iter().collect()
}

fn read_cache(path: &Path, scope: &str) -> Option<ActionNamesCache> {
    let mut text = String::new();
    std::fs::File::open(path)
        .ok()?
        .take(4 << 20)
        .read_to_string(&mut text)
        .ok()?;
    let cache: ActionNamesCache = serde_json::from_str(&text).ok()?;
    (cache.scope == scope).then_some(cache)
}

fn write_cache(dir: &Path, path: &Path, cache: &ActionNamesCache) {
    let Ok(text) = serde_json::to_string(cache) else {
        return;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = dir.join(format!(
        ".action-names-{}-{:016x}.tmp",
        std::process::id(),
        scope_hash(&cache.scope)
    ));
    if std::fs::write(&tmp, text).is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

fn action_names_in(
    dir: Option<&Path>,
    scope: &str,
    now: u64,
    fetch: impl FnOnce() -> Option<Vec<String>>,
) -> Vec<String> {
    let path = dir.map(|d| cache_file(d, scope));
    let cached = path.as_deref().and_then(|p| read_cache(p, scope));
    if let Some(c) = &cached {
        let age = now.checked_sub(c.fetched_at);
        if age.is_some_and(|a| a < ACTION_NAMES_TTL.as_secs()) {
            return tidy(c.names.clone());
        }
    }
    match fetch() {
        Some(names) => {
            let names = tidy(names);
            if let (Some(dir), Some(path)) = (dir, &path) {
                let cache = ActionNamesCache {
                    scope: scope.to_string(),
                    fetched_at: now,
                    names: names.clone(),
                };
                write_cache(dir, path, &cache);
            }
            names
        }
        // The last names known rather than none when the service cannot be reached in time.
        None => cached.map(|c| tidy(c.names)).unwrap_or_default(),
    }
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The names of existing mitigation actions for `__complete-action-names`: from the cache file
/// under `$XDG_CACHE_HOME/iotmit` while it is younger than [`ACTION_NAMES_TTL`], otherwise from
/// `fetch` (which lists them, giving up after [`ACTION_NAMES_FETCH_TIMEOUT`] with `None`), then
/// kept. When `fetch` fails the last names known are returned; without a cache, none. Sorted,
/// without duplicates or names a shell would split; never panics, and file errors only mean no
/// caching.
pub fn cached_action_names(fetch: impl FnOnce() -> Option<Vec<String>>) -> Vec<String> {
    cached_action_names_for("", fetch)
}

/// [`cached_action_names`] for one scope, such as `profile|region|endpoint`, so that names listed
/// for one account or Region are never offered for another.
pub fn cached_action_names_for(
    scope: &str,
    fetch: impl FnOnce() -> Option<Vec<String>>,
) -> Vec<String> {
    action_names_in(cache_dir().as_deref(), scope, now_secs(), fetch)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    fn crate_root() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// The quoted strings of a `const NAME: &[&str] = &[...]` in a source file.
    fn const_list(source: &str, name: &str) -> Vec<String> {
        let start = source
            .find(&format!("const {name}: &[&str] = &["))
            .unwrap_or_else(|| panic!("{name} not found in args.rs"));
        let body = &source[start..];
        let body = &body[..body.find("];").expect("list end")];
        body.split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_string)
            .collect()
    }

    /// The values of every `pub const NAME: &str = "value";` in a source file.
    fn str_consts(source: &str) -> Vec<String> {
        source
            .lines()
            .filter_map(|l| l.trim().strip_prefix("pub const "))
            .filter(|l| l.contains(": &str = \""))
            .filter_map(|l| l.split('"').nth(1))
            .map(str::to_string)
            .collect()
    }

    fn read_source(name: &str) -> String {
        let path = crate_root().join("src").join(name);
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{}: {e} (the real parser's source)", path.display()))
    }

    fn longs(cmd: &Command) -> BTreeSet<String> {
        cmd.get_arguments()
            .filter_map(|a| a.get_long())
            .map(|l| format!("--{l}"))
            .collect()
    }

    fn sub<'a>(cmd: &'a Command, name: &str) -> &'a Command {
        cmd.find_subcommand(name)
            .unwrap_or_else(|| panic!("no command {name}"))
    }

    /// The global options `args` accepts, read from its own lists, and `--help`.
    fn parser_globals() -> BTreeSet<String> {
        let source = read_source("cli/args.rs");
        let mut set: BTreeSet<String> = const_list(&source, "GLOBAL_VALUED")
            .into_iter()
            .chain(const_list(&source, "GLOBAL_SWITCHES"))
            .map(|n| format!("--{n}"))
            .collect();
        set.insert("--help".into());
        set
    }

    /// The options of a command, derived from the model as `args` derives them.
    fn parser_command_options(op: &Operation) -> BTreeSet<String> {
        let m = model::get();
        let mut set = BTreeSet::new();
        if let Some(input) = m.input(op) {
            for (name, member) in &input.members {
                let flag = model::cli_name(name);
                if m.shape(&member.shape).kind == Kind::Boolean {
                    set.insert(format!("--no-{flag}"));
                }
                set.insert(format!("--{flag}"));
            }
        }
        for own in ["cli-input-json", "cli-input-yaml", "generate-cli-skeleton"] {
            set.insert(format!("--{own}"));
        }
        if crate::call::wait::Kind::started_by(&op.name).is_some() {
            set.insert("--wait".into());
            set.insert("--wait-timeout".into());
        }
        if op.name == crate::call::preview::OPERATION {
            set.insert("--preview".into());
        }
        if m.paginator(op).is_some() {
            for own in ["starting-token", "page-size", "max-items"] {
                set.insert(format!("--{own}"));
            }
        }
        set
    }

    #[test]
    fn every_option_the_parser_accepts_is_described_and_nothing_else() {
        let cmd = command();
        let globals = parser_globals();
        assert_eq!(longs(&cmd), globals, "global options of iotmit");
        assert_eq!(
            OUTPUT_FORMATS,
            const_list(&read_source("cli/args.rs"), "OUTPUT_FORMATS"),
            "--output formats"
        );
        for op in model::get().operations.values() {
            let name = model::cli_name(&op.name);
            let expected: BTreeSet<String> = parser_command_options(op)
                .union(&globals)
                .cloned()
                .collect();
            assert_eq!(longs(sub(&cmd, &name)), expected, "options of {name}");
        }
        let wait = sub(&cmd, "wait");
        let mut waiters: Vec<&str> = wait.get_subcommands().map(|c| c.get_name()).collect();
        waiters.sort();
        let wait_source = read_source("call/wait.rs");
        let mut expected_waiters: Vec<String> = str_consts(&wait_source)
            .into_iter()
            .filter(|v| v.ends_with("-task-complete"))
            .collect();
        expected_waiters.sort();
        assert_eq!(waiters, expected_waiters, "waiters");
        for waiter in wait.get_subcommands() {
            let expected: BTreeSet<String> = ["--task-id", "--wait-timeout"]
                .into_iter()
                .map(String::from)
                .chain(globals.iter().cloned())
                .collect();
            assert_eq!(
                longs(waiter),
                expected,
                "options of wait {}",
                waiter.get_name()
            );
        }
        // Every option name `args` spells out as a constant is an option of some command.
        let all: BTreeSet<String> = cmd
            .get_subcommands()
            .flat_map(|c| std::iter::once(c).chain(c.get_subcommands()))
            .flat_map(longs)
            .collect();
        for name in str_consts(&read_source("cli/args.rs")) {
            assert!(
                all.contains(&format!("--{name}")),
                "--{name} is not described"
            );
        }
        let serve = sub(sub(&cmd, "local"), "serve");
        let expected: BTreeSet<String> = [
            "--port",
            "--bind",
            "--state",
            "--seed",
            "--execution-ms",
            "--help",
        ]
        .into_iter()
        .map(String::from)
        .collect();
        assert_eq!(longs(serve), expected, "options of local serve");
        let usage = read_source("local/serve.rs");
        for option in expected.iter().filter(|o| *o != "--help") {
            assert!(
                usage.contains(&format!("\"{option}\"")),
                "{option} in serve.rs"
            );
        }
    }

    #[test]
    fn the_description_is_valid_for_clap() {
        command().debug_assert();
    }

    #[test]
    fn generated_files_are_current() {
        let root = crate_root();
        if std::env::var("IOTMIT_REGENERATE").as_deref() == Ok("1") {
            write_generated(root).expect("write completions/ and man/");
        }
        let files = generated_files();
        let mut stale = Vec::new();
        for (path, bytes) in &files {
            if std::fs::read(root.join(path)).ok().as_deref() != Some(&bytes[..]) {
                stale.push(path.display().to_string());
            }
        }
        for dir in ["completions", "man"] {
            if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
                for entry in entries.flatten() {
                    let name = entry.file_name().to_string_lossy().into_owned();
                    let path = Path::new(dir).join(&name);
                    if is_generated_name(dir, &name) && !files.iter().any(|(p, _)| *p == path) {
                        stale.push(format!("{} (no longer generated)", path.display()));
                    }
                }
            }
        }
        assert!(
            stale.is_empty(),
            "generated files are stale: {}\nrun `IOTMIT_REGENERATE=1 cargo test cli_spec` and \
             commit completions/ and man/",
            stale.join(", ")
        );
    }

    #[test]
    fn bash_completes_enum_values() {
        let bash = completion_script(Shell::Bash);
        let line = bash
            .lines()
            .skip_while(|l| !l.contains("--action-type)"))
            .find(|l| l.contains("COMPREPLY=("))
            .expect("a case for --action-type");
        for value in [
            "UPDATE_DEVICE_CERTIFICATE",
            "UPDATE_CA_CERTIFICATE",
            "ADD_THINGS_TO_THING_GROUP",
            "REPLACE_DEFAULT_POLICY_VERSION",
            "ENABLE_IOT_LOGGING",
            "PUBLISH_FINDING_TO_SNS",
        ] {
            assert!(line.contains(value), "{value} in {line}");
        }
        for (option, value) in [
            ("--task-status", "CANCELED"),
            ("--action-status", "SKIPPED"),
            ("--output", "yaml-stream"),
            ("--color", "auto"),
            ("--action-params", "updateDeviceCertificateParams="),
        ] {
            let line = bash
                .lines()
                .skip_while(|l| !l.contains(&format!("{option})")))
                .find(|l| l.contains("COMPREPLY=("))
                .unwrap_or_else(|| panic!("a case for {option}"));
            assert!(line.contains(value), "{value} in {line}");
        }
    }

    #[test]
    fn the_hidden_command_is_described_but_never_offered() {
        let hidden = command()
            .find_subcommand(COMPLETE_ACTION_NAMES)
            .map(Command::is_hide_set);
        assert_eq!(hidden, Some(true));
        for shell in [Shell::PowerShell, Shell::Elvish] {
            assert!(!completion_script(shell).contains(COMPLETE_ACTION_NAMES));
        }
        let fish = completion_script(Shell::Fish);
        assert!(!fish.contains(&format!("-a \"{COMPLETE_ACTION_NAMES}\"")));
        assert!(!fish.contains(&format!("using_subcommand {COMPLETE_ACTION_NAMES}")));
        let zsh = completion_script(Shell::Zsh);
        assert!(!zsh.contains(&format!("'{COMPLETE_ACTION_NAMES}:")));
        let bash = completion_script(Shell::Bash);
        assert!(!bash
            .lines()
            .any(|l| l.trim().starts_with("opts=") && l.contains(COMPLETE_ACTION_NAMES)));
    }

    #[test]
    fn completion_files_have_the_usual_names() {
        let names: Vec<String> = SHELLS.iter().map(|s| s.file_name(BIN)).collect();
        assert_eq!(
            names,
            [
                "iotmit.bash",
                "_iotmit",
                "iotmit.fish",
                "_iotmit.ps1",
                "iotmit.elv"
            ]
        );
    }

    #[test]
    fn zsh_actions_are_replaced_where_meant() {
        let zsh = completion_script(Shell::Zsh);
        assert!(zsh.contains(": _iotmit_value_words updateDeviceCertificateParams="));
        assert!(zsh.contains("'--action-name=["));
        assert_eq!(zsh.matches(": _iotmit_action_names' \\").count(), 4);
        assert_eq!(
            zsh.matches(": _iotmit_value_words file\\://' \\").count(),
            // --cli-input-json and --cli-input-yaml of 31 commands, and the three map options.
            65
        );
        assert!(zsh.contains("(( $+functions[_iotmit_action_names] ))"));
        let finale = zsh
            .find("if [ \"$funcstack[1]\" = \"_iotmit\" ]")
            .expect("finale");
        assert!(zsh.find("_iotmit_value_words() {").expect("function") < finale);
    }

    #[test]
    fn zsh_option_lines_are_split_after_the_escaped_help() {
        let line = r"'--target=[\[required\] Targets\: a\]b]:structure:(a= file\://)' \";
        assert_eq!(
            zsh_option_line(line),
            Some((
                "target",
                r"'--target=[\[required\] Targets\: a\]b]:structure"
            ))
        );
        assert_eq!(zsh_option_line("'--x=[help]' \\"), None);
        assert_eq!(zsh_option_line("'-h+[help]' \\"), None);
    }

    #[test]
    fn man_pages_describe_every_option() {
        let pages = man_pages();
        let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
        assert!(names.contains(&"iotmit.1"));
        assert!(names.contains(&"iotmit-local-serve.1"));
        assert!(names.contains(&"iotmit-wait-audit-mitigation-actions-task-complete.1"));
        assert!(!names.iter().any(|n| n.contains("__")));
        for op in model::get().operations.values() {
            let name = format!("iotmit-{}.1", model::cli_name(&op.name));
            let (_, roff) = pages
                .iter()
                .find(|(n, _)| *n == name)
                .unwrap_or_else(|| panic!("no page {name}"));
            let text = String::from_utf8_lossy(roff);
            for option in parser_command_options(op) {
                let escaped = option.replace('-', "\\-");
                assert!(text.contains(&escaped), "{option} in {name}");
            }
            assert!(text.contains(".SH OUTPUT") || text.contains(".SH \"OUTPUT\""));
        }
        let (_, list) = pages
            .iter()
            .find(|(n, _)| n == "iotmit-list-mitigation-actions.1")
            .expect("page");
        let list = String::from_utf8_lossy(list);
        assert!(list.contains("UPDATE_DEVICE_CERTIFICATE"));
        assert!(list.contains("at least 1, at most 250"));
        let (_, create) = pages
            .iter()
            .find(|(n, _)| n == "iotmit-create-mitigation-action.1")
            .expect("page");
        let create = String::from_utf8_lossy(create);
        assert!(create.contains("[required]"));
        assert!(create.contains("at most 128 characters"));
        assert!(create.contains("Shorthand syntax"));
    }

    /// Runs the bash completion for a line (the cursor at its end) and returns the candidates,
    /// with `iotmit` a shell function that lists two actions.
    fn bash_complete(script: &Path, line: &str, env: &str) -> Vec<String> {
        // Readline's word splitting, for COMP_WORDS and the word being completed.
        let program = format!(
            r#"
source "$1"
iotmit() {{ case "$*" in *__complete-action-names*) printf '%s\n' Quarantine Deactivate "$*" ;; esac; }}
COMP_LINE="$2"
COMP_POINT=${{#COMP_LINE}}
{env}
words=()
w=""
for (( k = 0; k < ${{#COMP_LINE}}; k++ )); do
    ch="${{COMP_LINE:k:1}}"
    case "$ch" in
        " ") [[ -n "$w" ]] && words+=("$w"); w="" ;;
        "="|":") [[ -n "$w" ]] && words+=("$w"); words+=("$ch"); w="" ;;
        *) w+="$ch" ;;
    esac
done
if [[ "${{words[${{#words[@]}}-1]}}" == "=" || "${{words[${{#words[@]}}-1]}}" == ":" ]] && [[ -z "$w" ]]; then cur=""; else cur="$w"; fi
words+=("$cur")
COMP_WORDS=("${{words[@]}}")
COMP_CWORD=$(( ${{#words[@]}} - 1 ))
prev="${{words[COMP_CWORD-1]}}"
compopt() {{ :; }}
_iotmit_complete iotmit "$cur" "$prev"
printf '%s\n' "${{COMPREPLY[@]}}"
"#
        );
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(program)
            .arg("bash")
            .arg(script)
            .arg(line)
            .output()
            .expect("bash");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn bash_completion_works_in_bash() {
        let dir = std::env::temp_dir().join(format!("iotmit-bash-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let script = dir.join("iotmit.bash");
        std::fs::write(&script, completion_script(Shell::Bash)).expect("write");
        std::fs::write(dir.join("params.json"), "{}").expect("write");
        let path = |p: &str| dir.join(p).display().to_string();
        let cases: Vec<(String, &str, Vec<String>)> = vec![
            (
                "iotmit list-mitigation-actions --action-type UPDATE_".into(),
                "",
                vec![
                    "UPDATE_DEVICE_CERTIFICATE".into(),
                    "UPDATE_CA_CERTIFICATE".into(),
                ],
            ),
            (
                "iotmit --region eu-west-1 list-audit-mitigation-actions-tasks --task-status C"
                    .into(),
                "",
                vec!["COMPLETED".into(), "CANCELED".into()],
            ),
            (
                "iotmit describe-mitigation-action --output=y".into(),
                "",
                vec!["yaml".into(), "yaml-stream".into()],
            ),
            (
                "iotmit create-mitigation-action --action-params up".into(),
                "",
                vec![
                    "updateDeviceCertificateParams=".into(),
                    "updateCACertificateParams=".into(),
                ],
            ),
            (
                "iotmit start-audit-mitigation-actions-task --target auditTaskId=abc,fi".into(),
                "",
                vec!["abc,findingIds=".into()],
            ),
            (
                "iotmit start-audit-mitigation-actions-task --target auditTaskId=abc".into(),
                "",
                vec!["abc".into()],
            ),
            (
                "iotmit describe-mitigation-action --cli-input-json ".into(),
                "",
                vec!["file://".into()],
            ),
            (
                format!(
                    "iotmit describe-mitigation-action --cli-input-json file://{}",
                    path("par")
                ),
                "",
                vec![format!("//{}", path("params.json"))],
            ),
            (
                "iotmit describe-mitigation-action --action-name Q".into(),
                "",
                vec!["Q".into()],
            ),
            (
                "iotmit --profile dev describe-mitigation-action --action-name Q".into(),
                "IOTMIT_COMPLETE_ACTIONS=1",
                vec!["Quarantine".into()],
            ),
            (
                "iotmit --profile dev --region=eu-west-1 start-detect-mitigation-actions-task --actions Quarantine ".into(),
                "IOTMIT_COMPLETE_ACTIONS=1",
                vec![
                    "Quarantine".into(),
                    "Deactivate".into(),
                    "--profile dev --region=eu-west-1 __complete-action-names".into(),
                ],
            ),
            (
                "iotmit wait ".into(),
                "",
                vec![
                    "-h".into(),
                    "--help".into(),
                    "audit-mitigation-actions-task-complete".into(),
                    "detect-mitigation-actions-task-complete".into(),
                    "audit-task-complete".into(),
                ],
            ),
            (
                "iotmit completion f".into(),
                "",
                vec!["fish".into()],
            ),
        ];
        for (line, env, expected) in cases {
            let got = bash_complete(&script, &line, env);
            assert_eq!(got, expected, "bash completion of `{line}`");
        }
        let got = bash_complete(&script, "iotmit list-mitigation-actions --", "");
        for option in ["--action-type", "--page-size", "--region", "--no-paginate"] {
            assert!(got.contains(&option.to_string()), "{option} in {got:?}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    fn shell_available(name: &str) -> bool {
        std::process::Command::new(name)
            .arg("-c")
            .arg("exit 0")
            .output()
            .is_ok_and(|o| o.status.success())
    }

    #[test]
    fn fish_completion_works_in_fish_when_installed() {
        if !shell_available("fish") {
            eprintln!("fish is not installed; its completion is not exercised");
            return;
        }
        let dir = std::env::temp_dir().join(format!("iotmit-fish-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let script = dir.join("iotmit.fish");
        std::fs::write(&script, completion_script(Shell::Fish)).expect("write");
        let complete = |line: &str, env: &str| -> Vec<String> {
            let program = format!(
                "source $argv[1]; function iotmit; printf '%s\\n' Quarantine Deactivate; end; {env} complete -C '{line}'"
            );
            let out = std::process::Command::new("fish")
                .arg("--no-config")
                .arg("-c")
                .arg(program)
                .arg(&script)
                .output()
                .expect("fish");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(|l| l.split('\t').next().unwrap_or("").to_string())
                .collect()
        };
        let got = complete("iotmit list-mitigation-actions --action-type UPDATE_", "");
        assert!(
            got.contains(&"UPDATE_CA_CERTIFICATE".to_string()),
            "{got:?}"
        );
        let got = complete(
            "iotmit start-audit-mitigation-actions-task --target auditTaskId=x,f",
            "",
        );
        assert_eq!(got, vec!["auditTaskId=x,findingIds=".to_string()]);
        let got = complete(
            "iotmit delete-mitigation-action --action-name Q",
            "set -x IOTMIT_COMPLETE_ACTIONS 1;",
        );
        assert_eq!(got, vec!["Quarantine".to_string()]);
        let got = complete("iotmit delete-mitigation-action --action-name Q", "");
        assert!(got.is_empty(), "{got:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn zsh_script_parses_when_installed() {
        if !shell_available("zsh") {
            eprintln!("zsh is not installed; its completion is not checked");
            return;
        }
        let dir = std::env::temp_dir().join(format!("iotmit-zsh-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let script = dir.join("_iotmit");
        std::fs::write(&script, completion_script(Shell::Zsh)).expect("write");
        let out = std::process::Command::new("zsh")
            .arg("-n")
            .arg(&script)
            .output()
            .expect("zsh");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn action_names_are_cached_for_a_minute() {
        let dir = std::env::temp_dir().join(format!("iotmit-cache-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let got = action_names_in(Some(&dir), "dev", 1000, || {
            Some(names(&["b", "a", "a", "bad name", ""]))
        });
        assert_eq!(got, names(&["a", "b"]));
        // Fresh: the service is not asked.
        let got = action_names_in(Some(&dir), "dev", 1059, || panic!("fetched while fresh"));
        assert_eq!(got, names(&["a", "b"]));
        // Another scope has its own file.
        let got = action_names_in(Some(&dir), "prod", 1010, || Some(names(&["p"])));
        assert_eq!(got, names(&["p"]));
        // Stale: asked again, and the answer is kept.
        let got = action_names_in(Some(&dir), "dev", 1060, || Some(names(&["c"])));
        assert_eq!(got, names(&["c"]));
        // Stale and the service cannot be reached: the last names known.
        let got = action_names_in(Some(&dir), "dev", 2000, || None);
        assert_eq!(got, names(&["c"]));
        // A clock that went back does not keep names forever.
        let got = action_names_in(Some(&dir), "dev", 10, || Some(names(&["d"])));
        assert_eq!(got, names(&["d"]));
        // A damaged file is ignored and replaced.
        std::fs::write(cache_file(&dir, "dev"), "{not json").expect("write");
        let got = action_names_in(Some(&dir), "dev", 3000, || Some(names(&["e"])));
        assert_eq!(got, names(&["e"]));
        // No cache directory at all, or one that cannot be created.
        let got = action_names_in(None, "dev", 3000, || Some(names(&["f"])));
        assert_eq!(got, names(&["f"]));
        let blocked = dir.join("file");
        std::fs::write(&blocked, "").expect("write");
        let got = action_names_in(Some(&blocked.join("sub")), "dev", 3000, || None);
        assert!(got.is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
