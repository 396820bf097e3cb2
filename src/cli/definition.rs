//! The one definition of the command line. The model's commands' options come from the service
//! model ([`command_options`]); every other option and command is in one table here: the global
//! options ([`GLOBAL_OPTIONS`]), the options iotmit adds to the model's commands
//! ([`INPUT_OPTIONS`], [`PAGING_OPTIONS`], [`WAIT_OPTIONS`], [`PREVIEW_OPTIONS`],
//! [`OUTFILE_OPTIONS`]), iotmit's own commands
//! ([`OWN_COMMANDS`], [`WAITER_OPTIONS`], [`SERVE_OPTIONS`]) and the output formats
//! ([`crate::output::style::FORMATS`]). [`crate::cli::command`] turns it into the clap command that parses argv
//! and from which help, man pages and completions are rendered.

use crate::cli::args::Globals;
use crate::model::{self, Kind, Member, Operation};
use clap::ValueHint;
use clap_complete::Shell;
use std::time::Duration;

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

pub const GLOBAL_HEADING: &str = "Global Options";
pub const FILE_URI: &str = "file://";
/// The shape of a mitigation action's name: options of this shape (or lists of it) name existing
/// actions, except in the command that creates one.
pub const ACTION_NAME_SHAPE: &str = "MitigationActionName";
/// Global options the completion scripts pass on to `__complete-action-names`, so that names are
/// listed from the account, Region and endpoint the line is about.
pub const FORWARDED_VALUED: &[&str] = &[
    "profile",
    "region",
    "endpoint-url",
    "ca-bundle",
    "local-state",
];
pub const FORWARDED_SWITCHES: &[&str] = &["local", "no-verify-ssl", "no-sign-request"];

/// How a global option takes its value.
pub enum Takes {
    Switch,
    Value(&'static str, ValueHint),
    Choice(&'static str, &'static [&'static str]),
}

/// The field of [`Globals`] a global option sets: each row of [`GLOBAL_OPTIONS`] says which, so
/// that an option cannot land in another's field.
#[derive(Clone, Copy)]
pub enum Sets {
    /// The switch turns this on.
    On(fn(&mut Globals) -> &mut bool),
    /// The switch turns this off (`--no-cli-auto-prompt`).
    Off(fn(&mut Globals) -> &mut bool),
    /// The option's word is kept here.
    Word(fn(&mut Globals) -> &mut Option<String>),
}

pub struct GlobalOption {
    pub name: &'static str,
    pub takes: Takes,
    pub sets: Sets,
    pub help: &'static str,
}

pub const fn global(
    name: &'static str,
    takes: Takes,
    sets: Sets,
    help: &'static str,
) -> GlobalOption {
    GlobalOption {
        name,
        takes,
        sets,
        help,
    }
}

/// The global options, in the AWS CLI v2's spelling and order, then the local endpoint's.
pub const GLOBAL_OPTIONS: &[GlobalOption] = &[
    global(
        "debug",
        Takes::Switch,
        Sets::On(|g| &mut g.debug),
        "Prints every request and response on stderr, with credentials redacted.",
    ),
    global(
        "endpoint-url",
        Takes::Value("url", ValueHint::Url),
        Sets::Word(|g| &mut g.endpoint_url),
        "Sends requests to this URL instead of the service's endpoint.",
    ),
    global(
        "no-verify-ssl",
        Takes::Switch,
        Sets::On(|g| &mut g.no_verify_ssl),
        "Does not verify TLS certificates (a warning is printed).",
    ),
    global(
        "no-paginate",
        Takes::Switch,
        Sets::On(|g| &mut g.no_paginate),
        "Makes one call to a list command instead of following every page.",
    ),
    global(
        "output",
        Takes::Choice("format", crate::output::style::FORMAT_NAMES),
        Sets::Word(|g| &mut g.output),
        "The output format (default json, or the profile's output setting).",
    ),
    global(
        "query",
        Takes::Value("JMESPath", ValueHint::Other),
        Sets::Word(|g| &mut g.query),
        "A JMESPath query applied to the result before it is printed.",
    ),
    global(
        "profile",
        Takes::Value("name", ValueHint::Other),
        Sets::Word(|g| &mut g.profile),
        "A profile from the AWS config and credentials files.",
    ),
    global(
        "region",
        Takes::Value("region", ValueHint::Other),
        Sets::Word(|g| &mut g.region),
        "The AWS Region to send requests to.",
    ),
    global(
        "version",
        Takes::Switch,
        Sets::On(|g| &mut g.version),
        "Prints the version and exits.",
    ),
    global(
        "color",
        Takes::Choice("when", &["on", "off", "auto"]),
        Sets::Word(|g| &mut g.color),
        "Whether to color the output.",
    ),
    global(
        "no-sign-request",
        Takes::Switch,
        Sets::On(|g| &mut g.no_sign_request),
        "Sends requests unsigned; no credentials are loaded.",
    ),
    global(
        "ca-bundle",
        Takes::Value("path", ValueHint::FilePath),
        Sets::Word(|g| &mut g.ca_bundle),
        "The CA certificate bundle used to verify TLS certificates.",
    ),
    global(
        "cli-read-timeout",
        Takes::Value("seconds", ValueHint::Other),
        Sets::Word(|g| &mut g.cli_read_timeout),
        "The longest wait for a response, in seconds; 0 waits forever. Default 60.",
    ),
    global(
        "cli-connect-timeout",
        Takes::Value("seconds", ValueHint::Other),
        Sets::Word(|g| &mut g.cli_connect_timeout),
        "The longest wait for a connection, in seconds; 0 waits forever. Default 60.",
    ),
    global(
        "cli-binary-format",
        Takes::Choice("format", &["base64", "raw-in-base64-out"]),
        Sets::Word(|g| &mut g.cli_binary_format),
        "How binary values are given (accepted for compatibility with the AWS CLI).",
    ),
    global(
        "no-cli-pager",
        Takes::Switch,
        Sets::On(|g| &mut g.no_cli_pager),
        "Prints the output without a pager.",
    ),
    global(
        "cli-auto-prompt",
        Takes::Switch,
        Sets::On(|g| &mut g.cli_auto_prompt),
        "Asks for the command's parameters at a terminal; iotmit has no prompt, and refuses \
         when the input is not a terminal, as the AWS CLI does.",
    ),
    global(
        "no-cli-auto-prompt",
        Takes::Switch,
        Sets::Off(|g| &mut g.cli_auto_prompt),
        "Turns off the prompt set by cli_auto_prompt or AWS_CLI_AUTO_PROMPT.",
    ),
    global(
        "cli-error-format",
        Takes::Choice("format", crate::cli::report::ERROR_FORMATS),
        Sets::Word(|g| &mut g.cli_error_format),
        "How errors are printed on stderr: enhanced (the default: the message, then the \
         error's other members), legacy (the message only), or the error document as json, \
         yaml, text or table (also AWS_CLI_ERROR_FORMAT and the profile's cli_error_format).",
    ),
    global(
        "local",
        Takes::Switch,
        Sets::On(|g| &mut g.local),
        "Runs the command against the local endpoint, started in-process (also IOTMIT_LOCAL=1).",
    ),
    global(
        "local-state",
        Takes::Value("file", ValueHint::FilePath),
        Sets::Word(|g| &mut g.local_state),
        "The local endpoint's state file; implies --local (also IOTMIT_LOCAL_STATE).",
    ),
];

/// How an option of a command takes its words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arity {
    /// Exactly one word.
    One,
    /// Every following word up to the next option (lists).
    Many,
    /// `--x` of a `--x`/`--no-x` pair, or a switch.
    True,
    /// `--no-x`.
    False,
    /// One word or none (`--generate-cli-skeleton [input|yaml-input|output]`).
    Optional,
    /// One word that must be a whole number (argparse's `type=int`).
    Integer,
}

/// An option iotmit adds to the model's commands, or of one of its own commands.
pub struct OwnOption {
    pub name: &'static str,
    pub arity: Arity,
    pub value_name: &'static str,
    pub hint: ValueHint,
    pub help: &'static str,
    pub long_help: &'static str,
    pub required: bool,
    /// The JMESPath expression whose value in a successful answer the option's file receives
    /// (see [`OUTFILE_OPTIONS`]).
    pub saves: Option<&'static str>,
}

const fn own(
    name: &'static str,
    arity: Arity,
    value_name: &'static str,
    hint: ValueHint,
    help: &'static str,
    long_help: &'static str,
) -> OwnOption {
    OwnOption {
        name,
        arity,
        value_name,
        hint,
        help,
        long_help,
        required: false,
        saves: None,
    }
}

pub use crate::input::params::{CLI_INPUT_JSON, CLI_INPUT_YAML};
pub const SKELETON: &str = "generate-cli-skeleton";
pub const STARTING_TOKEN: &str = "starting-token";
pub const PAGE_SIZE: &str = "page-size";
pub const MAX_ITEMS: &str = "max-items";
pub const WAIT: &str = "wait";
pub const WAIT_TIMEOUT: &str = "wait-timeout";
pub const TASK_ID: &str = "task-id";
pub const PREVIEW: &str = "preview";

/// The input options every one of the model's commands has.
pub const INPUT_OPTIONS: &[OwnOption] = &[
    own(
        CLI_INPUT_JSON,
        Arity::One,
        "string",
        ValueHint::FilePath,
        "Reads the arguments from a JSON document, inline or file://PATH.",
        "Reads the arguments from a JSON document, given inline or as file://PATH; options \
         given as well override its values. The document's keys are the model's member names, \
         as --generate-cli-skeleton prints them.",
    ),
    own(
        CLI_INPUT_YAML,
        Arity::One,
        "string",
        ValueHint::FilePath,
        "Reads the arguments from a YAML document, inline or file://PATH.",
        "Reads the arguments from a YAML document, given inline or as file://PATH; options \
         given as well override its values. The document's keys are the model's member names, \
         as --generate-cli-skeleton prints them.",
    ),
    own(
        SKELETON,
        Arity::Optional,
        "string",
        ValueHint::Unknown,
        "Prints a template of the input or of the output, without calling the service.",
        "Prints a template of the input (input, the default, as JSON; yaml-input as YAML) for \
         --cli-input-json or --cli-input-yaml, or a sample of the output (output), without \
         calling the service.",
    ),
];

/// The forms `--generate-cli-skeleton` takes.
pub const SKELETON_FORMS: &[&str] = &["input", "yaml-input", "output"];

/// The options of the commands that page (the AWS CLI's pagination options).
pub const PAGING_OPTIONS: &[OwnOption] = &[
    own(
        STARTING_TOKEN,
        Arity::One,
        "string",
        ValueHint::Other,
        "Resumes a listing where an earlier one stopped (its NextToken).",
        "A token to specify where to start paginating: the NextToken of an earlier listing \
         cut by --max-items.",
    ),
    own(
        PAGE_SIZE,
        Arity::Integer,
        "integer",
        ValueHint::Other,
        "How many items each call to the service asks for.",
        "The size of each page to get in the service call. This does not affect the number of \
         items returned in the command's output: a smaller page size makes more calls, each \
         asking for fewer items.",
    ),
    own(
        MAX_ITEMS,
        Arity::Integer,
        "integer",
        ValueHint::Other,
        "The most items to print; a NextToken is printed when there are more.",
        "The total number of items to return in the command's output. When more items are \
         available, a NextToken is printed; pass it to --starting-token to resume.",
    ),
];

/// The options of the two commands that start a task (iotmit extensions).
pub const WAIT_OPTIONS: &[OwnOption] = &[
    own(
        WAIT,
        Arity::True,
        "",
        ValueHint::Other,
        "Waits for the task to end and prints its final description (iotmit extension).",
        "Waits for the task to end, with a progress bar on stderr when it is a terminal, then \
         prints the task's final description. Exits 0 when the task COMPLETED, 3 when it \
         FAILED, 4 when it was CANCELED (iotmit extension, not in the AWS CLI).",
    ),
    own(
        WAIT_TIMEOUT,
        Arity::One,
        "seconds",
        ValueHint::Other,
        "Gives up waiting after this many seconds (exit 5); the task keeps running.",
        "Gives up waiting after this many seconds (exit 5); the task keeps running (iotmit \
         extension, not in the AWS CLI).",
    ),
];

/// The option of start-audit-mitigation-actions-task that shows what it would do (an iotmit
/// extension).
pub const PREVIEW_OPTIONS: &[OwnOption] = &[own(
    PREVIEW,
    Arity::True,
    "",
    ValueHint::Other,
    "Shows which findings and actions the task would take, sending only reads (iotmit extension).",
    "Shows what the task would do, without starting it: the findings the target selects, the \
     actions each would get, what is left out and why (suppressed findings, unknown actions, \
     action types the check does not support), and the counts. Only reads are sent \
     (list-audit-findings or describe-audit-finding, and describe-mitigation-action); remove \
     --preview to start the task (iotmit extension, not in the AWS CLI).",
)];

/// An option that saves part of a successful answer to a file, as the AWS CLI's
/// `QueryOutFileArgument` does: the value of `$query` in the answer (`--query` and `--output`
/// change nothing), written as text to a file created with mode 0600, or truncated and set to
/// 0600 when it exists.
macro_rules! outfile {
    ($name:literal, $query:literal) => {
        OwnOption {
            saves: Some($query),
            ..own(
                $name,
                Arity::One,
                "string",
                ValueHint::FilePath,
                concat!(
                    "Saves the command output contents of ",
                    $query,
                    " to the given filename"
                ),
                concat!(
                    "Saves the command output contents of ",
                    $query,
                    " to the given filename. The file is written after a successful call, \
                     whatever --query and --output say, with mode 0600 (an existing file is \
                     truncated and set to 0600); nothing is written when the call fails, and \
                     an empty file when the answer has no ",
                    $query,
                    ". A directory that cannot be written to is refused before anything is sent."
                ),
            )
        }
    };
}

/// The commands that save parts of their answer to files, with those options, in the order the
/// AWS CLI v2 lists and writes them (its customization of these commands).
pub const OUTFILE_OPTIONS: &[(&str, &[OwnOption])] = &[(
    "CreateKeysAndCertificate",
    &[
        outfile!("certificate-pem-outfile", "certificatePem"),
        outfile!("public-key-outfile", "keyPair.PublicKey"),
        outfile!("private-key-outfile", "keyPair.PrivateKey"),
    ],
)];

/// The options of `op` that save parts of its answer to files (none for most commands).
pub fn outfile_options(op: &Operation) -> &'static [OwnOption] {
    OUTFILE_OPTIONS
        .iter()
        .find(|(name, _)| *name == op.name)
        .map_or(&[], |(_, options)| options)
}

/// The options of `iotmit wait <waiter>`.
pub const WAITER_OPTIONS: &[OwnOption] = &[
    OwnOption {
        required: true,
        ..own(
            TASK_ID,
            Arity::One,
            "string",
            ValueHint::Other,
            "[required] The ID of the task to wait for.",
            "[required] The ID of the task to wait for.",
        )
    },
    own(
        WAIT_TIMEOUT,
        Arity::One,
        "seconds",
        ValueHint::Other,
        "Gives up waiting after this many seconds (exit 5); the task keeps running.",
        "Gives up waiting after this many seconds (exit 5); the task keeps running.",
    ),
];

/// The options of `iotmit local serve`, in the order of its usage line.
pub const SERVE_OPTIONS: &[OwnOption] = &[
    own(
        "port",
        Arity::One,
        "N",
        ValueHint::Other,
        "The port to listen on; 0 (the default) picks a free port.",
        "",
    ),
    own(
        "bind",
        Arity::One,
        "ADDR",
        ValueHint::Other,
        "The address to listen on (default 127.0.0.1).",
        "The address to listen on (default 127.0.0.1). On any other address than loopback, \
         requests must be SigV4-signed with the keys of --credentials, or of \
         AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.",
    ),
    own(
        "state",
        Arity::One,
        "FILE",
        ValueHint::FilePath,
        "The SQLite state file, created if missing.",
        "",
    ),
    own(
        "seed",
        Arity::One,
        "FILE",
        ValueHint::FilePath,
        "A seed file of findings and violations that replaces the demo data set.",
        "",
    ),
    own(
        "execution-ms",
        Arity::One,
        "N",
        ValueHint::Other,
        "How long each mitigation action execution takes, in milliseconds (default 200).",
        "",
    ),
    own(
        "faults",
        Arity::One,
        "throttle=P,error=P,latency=DURATION,reset=P",
        ValueHint::Other,
        "Injects faults: throttle=P,error=P,latency=DURATION,reset=P (P a probability).",
        "Injects faults into the endpoint's answers, for testing clients: throttle=P answers \
         ThrottlingException, error=P an internal error, reset=P drops the connection, each \
         with probability P between 0 and 1; latency=DURATION (such as 250ms) delays every \
         answer.",
    ),
    own(
        "fault-seed",
        Arity::One,
        "N",
        ValueHint::Other,
        "The seed of the fault injection's random choices, to replay a run.",
        "",
    ),
    own(
        "credentials",
        Arity::One,
        "FILE",
        ValueHint::FilePath,
        "A shared-credentials file whose access keys the endpoint verifies signatures with.",
        "A shared-credentials file (as ~/.aws/credentials) whose access keys the endpoint \
         verifies SigV4 signatures with; off loopback, without it, those of \
         AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.",
    ),
];

/// iotmit's own commands, besides those of the model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Own {
    Help,
    Wait,
    Local,
    Completion,
    CompleteActionNames,
}

/// One of iotmit's own commands (not an operation of the model).
pub struct OwnCommand {
    /// The word that names it.
    pub name: &'static str,
    pub own: Own,
    /// Whether a user types it: it is a choice of the command word (and so cannot be an
    /// alias's name); the completion scripts' helper is not.
    pub typed: bool,
    /// How the overview of `iotmit help` lists it, and what it says of it.
    pub overview: Option<(&'static str, &'static str)>,
}

/// iotmit's own commands: the one list the parser, help, aliases and errors read.
pub const OWN_COMMANDS: &[OwnCommand] = &[
    OwnCommand {
        name: "help",
        own: Own::Help,
        typed: true,
        overview: None,
    },
    OwnCommand {
        name: "wait",
        own: Own::Wait,
        typed: true,
        overview: Some((
            "wait",
            "Waits until a mitigation actions task or an on-demand audit ends",
        )),
    },
    OwnCommand {
        name: "local",
        own: Own::Local,
        typed: true,
        overview: Some(("local serve", "Runs the local AWS IoT mitigation endpoint")),
    },
    OwnCommand {
        name: "completion",
        own: Own::Completion,
        typed: true,
        overview: Some(("completion", "Prints the completion script for a shell")),
    },
    OwnCommand {
        name: COMPLETE_ACTION_NAMES,
        own: Own::CompleteActionNames,
        typed: false,
        overview: None,
    },
];

/// The own command this word names.
pub fn own_command(word: &str) -> Option<Own> {
    OWN_COMMANDS.iter().find(|c| c.name == word).map(|c| c.own)
}

/// Whether the command starts a task (and so takes `--wait`).
pub fn is_start_task(op: &Operation) -> bool {
    crate::call::wait::started_by(op.name).is_some()
}

/// One option of one of the model's commands.
pub struct CommandOption {
    /// The option's name without dashes (`action-name`, `no-include-suppressed-alerts`).
    pub flag: String,
    /// The key its words are stored under: the model's member name, or the option's own name.
    pub key: String,
    pub arity: Arity,
    /// The model member it sets, if it comes from the model.
    pub member: Option<&'static Member>,
    /// The table entry, if iotmit adds it.
    pub own: Option<&'static OwnOption>,
}

/// Every option of a command, in help order: the model's input members (booleans as the pair
/// `--x`/`--no-x`, lists taking every following word), then the options that save parts of the
/// answer to files, the input options, `--wait` on the start commands and the pagination
/// options on the commands that page.
pub fn command_options(op: &Operation) -> Vec<CommandOption> {
    let m = model::get();
    let mut out = Vec::new();
    if let Some(input) = m.input(op) {
        for (name, member) in &input.members {
            let flag = model::cli_name(name);
            let option = |flag: String, arity| CommandOption {
                flag,
                key: name.to_string(),
                arity,
                member: Some(member),
                own: None,
            };
            match m.shape(member.shape).kind {
                Kind::Boolean => {
                    out.push(option(flag.clone(), Arity::True));
                    out.push(option(format!("no-{flag}"), Arity::False));
                }
                Kind::List => out.push(option(flag, Arity::Many)),
                // The AWS CLI reads a long with argparse's `type=int`; an integer stays a word
                // until `int()` reads it.
                Kind::Long => out.push(option(flag, Arity::Integer)),
                _ => out.push(option(flag, Arity::One)),
            }
        }
    }
    let mut tables: Vec<&'static [OwnOption]> = vec![outfile_options(op), INPUT_OPTIONS];
    if is_start_task(op) {
        tables.push(WAIT_OPTIONS);
    }
    if op.name == crate::call::preview::OPERATION {
        tables.push(PREVIEW_OPTIONS);
    }
    if m.paginator(op).is_some() {
        tables.push(PAGING_OPTIONS);
    }
    // A paginator without a limit has no --page-size. A limit member named `pageSize` keeps
    // its own --page-size, which makes the listing manual: one call, with that page size (the
    // AWS CLI puts the member's argument back when its own page size turns paging off).
    let no_page_size = m.paginator(op).is_some_and(|p| p.limit_key.is_none());
    let taken: Vec<String> = out.iter().map(|c| c.flag.clone()).collect();
    let dropped =
        |o: &&OwnOption| (no_page_size && o.name == PAGE_SIZE) || taken.iter().any(|f| f == o.name);
    for o in tables.into_iter().flatten().filter(|o| !dropped(o)) {
        out.push(CommandOption {
            flag: o.name.to_string(),
            key: o.name.to_string(),
            arity: o.arity,
            member: None,
            own: Some(o),
        });
    }
    out
}

/// The global options that take a value.
pub fn global_valued() -> impl Iterator<Item = &'static GlobalOption> {
    GLOBAL_OPTIONS
        .iter()
        .filter(|g| !matches!(g.takes, Takes::Switch))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_global_option_sets_a_field_of_its_own_kind() {
        let mut g = Globals::default();
        for o in GLOBAL_OPTIONS {
            match (&o.takes, o.sets) {
                (Takes::Switch, Sets::On(_) | Sets::Off(_)) => {}
                (Takes::Value(..) | Takes::Choice(..), Sets::Word(field)) => {
                    *field(&mut g) = Some(o.name.to_string());
                }
                _ => panic!("--{} takes one kind of value and sets another", o.name),
            }
        }
        // No two valued options share a field: each still holds its own name.
        for o in GLOBAL_OPTIONS {
            if let Sets::Word(field) = o.sets {
                assert_eq!(field(&mut g).as_deref(), Some(o.name));
            }
        }
    }
}
