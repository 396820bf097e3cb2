//! The clap command built from [`crate::cli::definition`]: the parser of argv (see
//! [`crate::cli::args`]) and the description that man pages and completions are rendered from.
//! [`for_parsing`] builds the root with only the command in use, so that a command line costs
//! one command's options, not the whole tree.

use crate::cli::definition::*;
use crate::cli::describe::*;
use crate::model::{self, Kind, Member, Operation, Shape};
use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, ValueHint};
use clap_complete::Shell;
use std::ffi::OsStr;
use std::fmt::Write as _;

/// The id of the positional that collects stray words while parsing (`help`, or words that are
/// reported as unknown options).
pub const STRAY: &str = "__stray";

pub fn global_args(heading: Option<&'static str>) -> Vec<Arg> {
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
                    .value_hint(hint)
                    .allow_hyphen_values(true),
                Takes::Choice(value_name, values) => arg
                    .action(ArgAction::Set)
                    .value_name(value_name)
                    .value_parser(Hints::choices(values.iter().map(|v| v.to_string()))),
            }
        })
        .collect()
}

fn help_arg(heading: Option<&'static str>) -> Arg {
    Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::SetTrue)
        .help("Shows the help and exits.")
        .help_heading(heading)
}

/// Settings every command shares: its own `-h/--help`, the last of a repeated option wins, and
/// a unique prefix of an option stands for it, as argparse has them.
pub fn base(name: impl Into<clap::builder::Str>, heading: Option<&'static str>) -> Command {
    Command::new(name)
        .disable_help_flag(true)
        .disable_version_flag(true)
        .args_override_self(true)
        .infer_long_args(true)
        .arg(help_arg(heading))
}

/// A value parser that accepts any text but names the values worth offering, so that the
/// completion generators list them (enum values, shorthand keys, `file://`) without the parser
/// rejecting anything that validation words better; with `strict`, a value not named is
/// refused as argparse refuses a choice.
#[derive(Clone)]
pub struct Hints {
    values: Vec<String>,
    strict: bool,
}

impl Hints {
    pub fn new(values: impl IntoIterator<Item = String>) -> Hints {
        Hints {
            values: values.into_iter().collect(),
            strict: false,
        }
    }

    pub fn choices(values: impl IntoIterator<Item = String>) -> Hints {
        Hints {
            strict: true,
            ..Hints::new(values)
        }
    }
}

impl TypedValueParser for Hints {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        let text = value
            .to_str()
            .map(str::to_owned)
            .ok_or_else(|| clap::Error::new(ErrorKind::InvalidUtf8).with_cmd(cmd))?;
        if self.strict && !self.values.contains(&text) {
            let mut e = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
            let name = arg.and_then(Arg::get_long).unwrap_or_default();
            e.insert(
                ContextKind::InvalidArg,
                ContextValue::String(format!("--{name}")),
            );
            e.insert(ContextKind::InvalidValue, ContextValue::String(text));
            return Err(e);
        }
        Ok(text)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(
            self.values.iter().map(|v| PossibleValue::new(v.clone())),
        ))
    }
}

/// Whether an option of this member names existing mitigation actions.
pub(crate) fn names_existing_actions(op: &Operation, member: &Member) -> bool {
    if op.name.starts_with("Create") {
        return false;
    }
    member.shape == ACTION_NAME_SHAPE
        || shape(member.shape).is_some_and(|s| {
            s.kind == Kind::List
                && s.member
                    .as_ref()
                    .is_some_and(|r| r.shape == ACTION_NAME_SHAPE)
        })
}

/// Whether a command is built to parse argv only, or also to be described (man pages,
/// completions): parsing needs no help text, and building it is most of a command's cost.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Parse,
    Describe,
}

/// The options built from the model's input members: `--member-name`, and `--no-member-name` for
/// booleans.
fn member_args(op: &Operation, input: &Shape, purpose: Purpose) -> Vec<Arg> {
    let mut args = Vec::new();
    for (name, member) in &input.members {
        let Some(s) = shape(member.shape) else {
            continue;
        };
        let flag = model::cli_name(name);
        if s.kind == Kind::Boolean {
            let no = format!("no-{flag}");
            let (on, off) = (
                Arg::new(flag.clone())
                    .long(flag.clone())
                    .action(ArgAction::SetTrue)
                    .overrides_with(no.clone()),
                Arg::new(no.clone())
                    .long(no.clone())
                    .action(ArgAction::SetTrue)
                    .overrides_with(flag.clone()),
            );
            if purpose == Purpose::Parse {
                args.extend([on, off]);
                continue;
            }
            let (doc, short, long) = member_doc(input, name, member, s);
            args.push(
                on.help(short)
                    .long_help(format!("{long}\n\nThe opposite is --{no}.")),
            );
            args.push(
                off.help(format!("Turns --{flag} off."))
                    .long_help(format!("Turns --{flag} off: {doc}")),
            );
            continue;
        }
        let value_shape = if s.kind == Kind::List {
            item_shape(s).unwrap_or(s)
        } else {
            s
        };
        let mut arg = Arg::new(flag.clone())
            .long(flag)
            .action(ArgAction::Set)
            .allow_negative_numbers(true)
            .value_name(type_name(value_shape.kind));
        // One word may start with a hyphen (argparse then decides whether it is an option, see
        // `args`); a list stops at the next option.
        arg = if s.kind == Kind::List {
            arg.num_args(0..)
        } else {
            arg.allow_hyphen_values(true)
        };
        if purpose == Purpose::Parse {
            args.push(arg);
            continue;
        }
        let (_, short, mut long) = member_doc(input, name, member, s);
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
        if let Some(values) = &value_shape.enum_values {
            arg = arg.value_parser(Hints::new(values.iter().map(|v| v.to_string())));
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

/// A member's documentation (its own, or its shape's), and the short and long help made of it:
/// `[required]` first for a required member, a word about the generated idempotency token.
fn member_doc(input: &Shape, name: &str, member: &Member, s: &Shape) -> (String, String, String) {
    let required = input.is_required(name) && !member.idempotency_token;
    let marker = if required { "[required] " } else { "" };
    let mut doc = member.documentation_text.to_string();
    if doc.is_empty() {
        doc = s.documentation_text.to_string();
    }
    let short = format!("{marker}{}", first_sentence(&doc));
    let mut long = format!("{marker}{doc}");
    if member.idempotency_token {
        long.push_str(" If not given, a unique token is generated.");
    }
    (doc, short, long)
}

/// An option of [`definition`](crate::cli::definition)'s tables as a clap argument.
pub fn own_arg(o: &'static OwnOption) -> Arg {
    let mut arg = Arg::new(o.name).long(o.name).help(o.help);
    if !o.long_help.is_empty() {
        arg = arg.long_help(o.long_help);
    }
    match o.arity {
        Arity::True | Arity::False => return arg.action(ArgAction::SetTrue),
        Arity::Optional => {
            arg = arg
                .num_args(0..=1)
                .default_missing_value(SKELETON_FORMS[0])
                .value_parser(Hints::new(SKELETON_FORMS.iter().map(|f| f.to_string())))
        }
        Arity::Many => arg = arg.num_args(1..),
        Arity::One | Arity::Integer => arg = arg.allow_hyphen_values(true),
    }
    arg = arg
        .action(ArgAction::Set)
        .allow_negative_numbers(true)
        .required(o.required)
        .value_name(o.value_name)
        .value_hint(o.hint);
    if o.hint == ValueHint::FilePath && [CLI_INPUT_JSON, CLI_INPUT_YAML].contains(&o.name) {
        arg = arg
            .value_parser(Hints::new([FILE_URI.to_string()]))
            .hide_possible_values(true);
    }
    arg
}

pub fn operation_command(op: &Operation, purpose: Purpose) -> Command {
    operation_options(op, purpose).args(global_args(Some(GLOBAL_HEADING)))
}

/// A command of the model with its own options only: the global options are read before it, as
/// argparse's first parser reads them wherever they stand.
fn operation_options(op: &Operation, purpose: Purpose) -> Command {
    let mut cmd = base(model::cli_name(op.name), Some(GLOBAL_HEADING));
    if purpose == Purpose::Describe {
        let doc = op.documentation_text.to_string();
        cmd = cmd.about(first_sentence(&doc)).long_about(doc);
    }
    if let Some(input) = input_shape(op) {
        cmd = cmd.args(member_args(op, input, purpose));
    }
    for option in command_options(op) {
        if let Some(o) = option.own {
            cmd = cmd.arg(own_arg(o));
        }
    }
    cmd
}

fn operation_names() -> Vec<String> {
    model::get()
        .operations
        .values()
        .map(|op| model::cli_name(op.name))
        .collect()
}

pub fn help_command() -> Command {
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
    let o = &WAITER_OPTIONS[0];
    let mut long = String::from(o.long_help);
    if let Some(l) = shape("MitigationActionsTaskId").and_then(limits) {
        let _ = write!(long, "\n\nConstraints: {l}");
    }
    own_arg(o).long_help(long)
}

pub fn wait_command() -> Command {
    let mut wait = base("wait", None)
        .about("Waits until a mitigation actions task or an on-demand audit ends.")
        .long_about(
            "Waits until a mitigation actions task or an on-demand audit ends: `iotmit wait WAITER --task-id ID`. An \
             iotmit extension: the AWS CLI has no waiter for these tasks.",
        )
        .subcommand_required(true)
        .subcommand_value_name("WAITER");
    for w in &crate::call::wait::WAITERS {
        let describe = model::cli_name(w.describe);
        wait = wait.subcommand(
            base(w.name, Some(GLOBAL_HEADING))
                .about(format!("Waits until {} task ends.", w.what))
                .long_about(format!(
                    "Polls {describe} until the task ends, with a progress bar on stderr when it \
                     is a terminal, then prints the final description. Exits 0 when the task \
                     COMPLETED, 3 when it FAILED, 4 when it was CANCELED, 5 when --wait-timeout \
                     passed first (the task keeps running)."
                ))
                .arg(task_id_arg())
                .args(WAITER_OPTIONS[1..].iter().map(own_arg))
                .args(global_args(Some(GLOBAL_HEADING))),
        );
    }
    wait
}

/// `iotmit local serve`, its options from [`SERVE_OPTIONS`].
pub fn serve_command() -> Command {
    base("serve", None)
        .about("Runs the local AWS IoT mitigation endpoint until interrupted.")
        .long_about(
            "Runs the local AWS IoT mitigation endpoint until interrupted, and prints \
             `listening on http://ADDR:PORT` first. Any AWS client works against it, with \
             --endpoint-url http://ADDR:PORT.",
        )
        .args(SERVE_OPTIONS.iter().map(own_arg))
}

/// The usage line of `iotmit local serve`: every option of [`SERVE_OPTIONS`] with its value,
/// wrapped under the first.
pub fn serve_usage() -> String {
    const LEAD: &str = "usage: iotmit local serve";
    const WIDTH: usize = 100;
    let mut out = String::from(LEAD);
    let mut line = LEAD.len();
    for o in SERVE_OPTIONS {
        let item = format!("[--{} {}]", o.name, o.value_name);
        if line + 1 + item.len() > WIDTH {
            out.push('\n');
            out.push_str(&" ".repeat(LEAD.len()));
            line = LEAD.len();
        }
        out.push(' ');
        out.push_str(&item);
        line += 1 + item.len();
    }
    out
}

pub fn local_command() -> Command {
    base("local", None)
        .about("The local AWS IoT mitigation endpoint.")
        .subcommand_required(true)
        .subcommand(serve_command())
}

pub fn completion_command() -> Command {
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

pub fn complete_action_names_command() -> Command {
    base(COMPLETE_ACTION_NAMES, Some(GLOBAL_HEADING))
        .hide(true)
        .about("Prints the names of existing mitigation actions, one a line, for completion.")
        .args(global_args(Some(GLOBAL_HEADING)))
}

const ROOT_ABOUT: &str = "AWS IoT Device Defender mitigation commands, a drop-in for `aws iot`.";

const ROOT_LONG_ABOUT: &str = "iotmit runs the AWS IoT Device Defender mitigation and audit \
commands of the AWS CLI v2 (`aws iot COMMAND`) with the same options, values, output and exit \
codes: mitigation actions, the tasks that apply them to audit findings and ML Detect \
violations, and the audits, findings and suppressions around them. Configuration and credentials are read as the AWS CLI reads them.\n\
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
pub fn tree(with_hidden: bool) -> Command {
    let mut root = base(BIN, None)
        .bin_name(BIN)
        .about(ROOT_ABOUT)
        .long_about(ROOT_LONG_ABOUT)
        .disable_help_subcommand(true)
        .subcommand_value_name("COMMAND")
        .subcommand_help_heading("COMMANDS")
        .args(global_args(None));
    for op in model::get().operations.values() {
        root = root.subcommand(operation_command(op, Purpose::Describe));
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

/// Words no option takes, collected while parsing: `help`, or words reported as unknown.
fn stray_arg() -> Arg {
    Arg::new(STRAY)
        .num_args(0..)
        .action(ArgAction::Append)
        .allow_negative_numbers(true)
        .hide(true)
}

/// The root command that parses a command line whose command word is `word` (the global options
/// and that one command, with a positional that collects stray words), so that parsing does not
/// build every command's options. A command of the model has no global options here: they are
/// given to the root, as argparse's first parser takes them wherever they stand.
pub fn for_parsing(word: Option<&str>) -> Command {
    let root = base(BIN, None)
        .no_binary_name(true)
        .disable_help_subcommand(true)
        .args(global_args(None));
    let Some(word) = word else {
        return root;
    };
    let sub = if let Some(op) = model::get().operation_by_cli_name(word) {
        operation_options(op, Purpose::Parse).arg(stray_arg())
    } else {
        match own_command(word) {
            Some(Own::Help) => help_command().arg(stray_arg()),
            Some(Own::Wait) => {
                let mut wait = wait_command().subcommand_required(false).arg(stray_arg());
                let names: Vec<String> = wait
                    .get_subcommands()
                    .map(|s| s.get_name().to_string())
                    .collect();
                for name in names {
                    wait = wait.mut_subcommand(name, |w| {
                        w.mut_arg(TASK_ID, |a| a.required(false)).arg(stray_arg())
                    });
                }
                wait
            }
            Some(Own::Completion) => completion_command()
                .mut_arg("shell", |a| a.required(false))
                .arg(stray_arg()),
            Some(Own::CompleteActionNames) => complete_action_names_command(),
            _ => return root,
        }
    };
    root.subcommand(sub)
}
