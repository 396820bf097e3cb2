//! What was typed: argv parsed by the clap command of [`crate::cli::command`] into the command
//! to run ([`Target`]), the global options and the raw words given to each option of the
//! command. The AWS CLI's (argparse's) rules are clap settings: a unique prefix stands for an
//! option, the last repetition wins, lists take every following word, booleans come as
//! `--x`/`--no-x`, a value may not start with `-` unless it is a number. What clap cannot say
//! is here: argparse's three parsers (the global options are matched, prefixes included,
//! before the command word and the command's options, and none after the first `--`; each
//! parser reads the words after its own first `--` as values), the words it does not know
//! gathered into one "Unknown options" error, and its wording of every error. What the words
//! mean is decided in `crate::input::params`.

use crate::call::wait;
use crate::cli::command::{self, STRAY};
use crate::cli::definition::{
    self, Arity, Own, Sets, Takes, GLOBAL_OPTIONS, OWN_COMMANDS, TASK_ID,
};
use crate::error::{CliError, Result};
use crate::model::{self, Operation};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::parser::ValueSource;
use clap::ArgMatches;
use indexmap::IndexMap;

pub use crate::cli::definition::{
    CLI_INPUT_JSON, CLI_INPUT_YAML, MAX_ITEMS, PAGE_SIZE, PREVIEW, SKELETON, STARTING_TOKEN, WAIT,
    WAIT_TIMEOUT,
};

/// Options that apply to every command, in the AWS CLI v2's spelling, plus the local endpoint's.
#[derive(Debug, Default, Clone)]
pub struct Globals {
    pub debug: bool,
    pub endpoint_url: Option<String>,
    pub no_verify_ssl: bool,
    pub no_paginate: bool,
    pub output: Option<String>,
    pub query: Option<String>,
    pub profile: Option<String>,
    pub region: Option<String>,
    pub color: Option<String>,
    pub no_sign_request: bool,
    pub ca_bundle: Option<String>,
    pub cli_read_timeout: Option<String>,
    pub cli_connect_timeout: Option<String>,
    pub cli_binary_format: Option<String>,
    pub cli_error_format: Option<String>,
    pub no_cli_pager: bool,
    pub version: bool,
    pub local: bool,
    pub local_state: Option<String>,
    /// `--cli-auto-prompt` was the last of `--cli-auto-prompt`/`--no-cli-auto-prompt`.
    pub cli_auto_prompt: bool,
    /// `--no-cli-auto-prompt` was given last: the environment and profile are not asked.
    pub cli_auto_prompt_off: bool,
}

pub use crate::input::params::Raw;

/// The command a command line runs.
#[derive(Debug, Clone, Copy, Default)]
pub enum Target {
    /// No command: `iotmit` alone (a usage error), or `iotmit --version`.
    #[default]
    Nothing,
    /// `iotmit help`, `iotmit --help`: the overview.
    Overview,
    /// `iotmit help COMMAND`, `iotmit COMMAND help`, `iotmit COMMAND --help`.
    CommandHelp(&'static Operation),
    /// One of the model's commands.
    Operation(&'static Operation),
    /// `iotmit wait help`, `iotmit wait WAITER help`.
    WaitHelp(Option<wait::Kind>),
    /// `iotmit wait WAITER --task-id ID`.
    Wait(wait::Kind),
    /// `iotmit local …`, its words starting at this index of argv.
    Local(usize),
    /// `iotmit completion SHELL`.
    Completion(clap_complete::Shell),
    /// `iotmit __complete-action-names`.
    CompleteActionNames,
}

/// Everything typed, sorted out.
#[derive(Debug, Default)]
pub struct Invocation {
    pub globals: Globals,
    pub target: Target,
    /// Options of the command, keyed by the model's member name (or by the option name for the
    /// CLI's own options: `cli-input-json`, `generate-cli-skeleton`, `page-size`...), in the
    /// order they were given.
    pub values: IndexMap<String, Raw>,
    /// Words no option takes, in the order argparse reports them: the command reports them as
    /// unknown options once its required options are given.
    pub unknown: Vec<String>,
    /// The required options are not required: `--cli-input-json`, `--cli-input-yaml` or
    /// `--generate-cli-skeleton` (but not `… output`) was typed in full, the AWS CLI's test.
    pub required_waived: bool,
}

/// Whether argparse reads a word as an option rather than a value: it starts with `-`, is not
/// `-` alone or a negative number, and has no space.
fn argparse_option(word: &str) -> bool {
    // Python's `$` also matches before a final newline.
    let number = word.strip_suffix('\n').unwrap_or(word);
    let negative = number.strip_prefix('-').is_some_and(|n| {
        let (int, frac) = n.split_once('.').unwrap_or((n, ""));
        let digits = |t: &str| t.chars().all(|c| c.is_ascii_digit());
        (!n.contains('.') && !n.is_empty() && digits(n))
            || (n.contains('.') && digits(int) && !frac.is_empty() && digits(frac))
    });
    word.len() > 1 && word.starts_with('-') && !negative && !word.contains(' ')
}

/// A single value that argparse would have read as the next option (a value given as
/// `--name=value`, one of `inline`, is taken as it is).
fn expected_one(name: &str, value: &str, inline: &[String]) -> Result<()> {
    if argparse_option(value) && !inline.iter().any(|v| v == value) {
        return Err(CliError::Usage(format!(
            "argument --{name}: expected one argument"
        )));
    }
    Ok(())
}

/// argparse's first parser: the global options, matched before the command's. A unique prefix
/// of a global option is that option wherever it stands; a prefix of several is an error.
fn expand_global_prefixes(argv: &[String]) -> Result<Vec<String>> {
    let mut out = Vec::with_capacity(argv.len());
    let mut rest = argv.iter();
    for word in rest.by_ref() {
        if word == "--" {
            out.push(word.clone());
            break;
        }
        let Some(body) = word.strip_prefix("--").filter(|b| !b.is_empty()) else {
            out.push(word.clone());
            continue;
        };
        let (name, inline) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (body, None),
        };
        if name.is_empty() || GLOBAL_OPTIONS.iter().any(|g| g.name == name) {
            out.push(word.clone());
            continue;
        }
        let matches: Vec<&str> = GLOBAL_OPTIONS
            .iter()
            .map(|g| g.name)
            .filter(|g| g.starts_with(name))
            .collect();
        match matches.as_slice() {
            [] => out.push(word.clone()),
            [one] => out.push(match inline {
                Some(v) => format!("--{one}={v}"),
                None => format!("--{one}"),
            }),
            many => return Err(ambiguous(word, many.iter().copied())),
        }
    }
    out.extend(rest.cloned());
    Ok(out)
}

fn ambiguous<'a>(word: &str, names: impl Iterator<Item = &'a str>) -> CliError {
    let names: Vec<String> = names.map(|n| format!("--{n}")).collect();
    CliError::Usage(format!(
        "ambiguous option: {word} could match {}",
        names.join(", ")
    ))
}

/// Where each word of argv goes, as argparse's three parsers share them out: the first reads
/// the global options before the first `--` (wherever the command stands) and the word `iot`,
/// the second the command word, the third the command's options up to the first `--` it sees.
/// Each of the first two takes a `--` next to its word; after a parser's first `--`, every
/// word is a value to it, never an option.
#[derive(Debug, Default)]
struct Staged {
    /// Parsed with the global options, before the command: the global options and their
    /// values, and the other words before both the command and the first `--`.
    root: Vec<usize>,
    /// The command word.
    command: Option<usize>,
    /// The command's words up to the third parser's first `--`.
    sub: Vec<usize>,
    /// That `--` and every word after it, none of them an option.
    rest: Vec<usize>,
    /// A global option before the first `--` that is not followed by its value.
    missing_value: Option<usize>,
}

fn stage(argv: &[String]) -> Staged {
    let n = argv.len();
    let d1 = argv.iter().position(|w| w == "--").unwrap_or(n);
    let mut st = Staged::default();
    let mut global = vec![false; n];
    let mut i = 0;
    while i < d1 {
        let body = argv[i].strip_prefix("--").unwrap_or_default();
        let (name, inline) = match body.split_once('=') {
            Some((name, _)) => (name, true),
            None => (body, false),
        };
        if let Some(g) = GLOBAL_OPTIONS.iter().find(|g| g.name == name) {
            global[i] = true;
            if !inline && !matches!(g.takes, Takes::Switch) {
                match argv.get(i + 1) {
                    Some(v) if i + 1 < d1 && !argparse_option(v) => {
                        global[i + 1] = true;
                        i += 1;
                    }
                    _ => {
                        st.missing_value.get_or_insert(i);
                    }
                }
            }
        }
        i += 1;
    }
    // The first parser's positional: `iot`, given or implied (`iotmit ARGS` is `aws iot ARGS`).
    let mut gone = vec![false; n];
    let value = |k: usize| k != d1 && !global[k] && (k > d1 || !argparse_option(&argv[k]));
    match (0..n).find(|&k| value(k)) {
        Some(k) if argv[k] == "iot" => {
            gone[k] = true;
            if d1 < n && (d1 + 1 == k || k + 1 == d1) {
                gone[d1] = true;
            }
        }
        _ if d1 == 0 && n > 0 => gone[0] = true,
        _ => {}
    }
    // The second parser's positional: the command word.
    let service: Vec<usize> = (0..n).filter(|&k| !global[k] && !gone[k]).collect();
    let ds = service.iter().position(|&k| argv[k] == "--");
    let at = (0..service.len()).find(|&p| {
        Some(p) != ds && (ds.is_some_and(|d| p > d) || !argparse_option(&argv[service[p]]))
    });
    st.command = at.map(|p| service[p]);
    if let (Some(d), Some(p)) = (ds, at) {
        if d + 1 == p || p + 1 == d {
            gone[service[d]] = true;
        }
    }
    let Some(command) = st.command else {
        st.root = (0..n).filter(|&k| !gone[k] && k != d1).collect();
        return st;
    };
    for k in 0..n {
        if k == command || gone[k] {
            continue;
        }
        if global[k] {
            st.root.push(k);
        } else if k < command && k < d1 {
            // argparse's first parsers leave an option they do not know to the command's
            // parser: `iot --max-items=1 list-mitigation-actions` pages by 1.
            st.sub.push(k);
        } else if !st.rest.is_empty() || argv[k] == "--" {
            st.rest.push(k);
        } else {
            st.sub.push(k);
        }
    }
    st
}

/// Parses argv (without the program name).
pub fn parse(argv: &[String]) -> Result<Invocation> {
    let argv = expand_global_prefixes(argv)?;
    let mut st = stage(&argv);
    let at = st.command;
    let m = model::get();
    let word = at.map(|i| argv[i].as_str());
    let own = word.and_then(definition::own_command);
    let op = word.and_then(|w| m.operation_by_cli_name(w));
    if let (Some(i), Some(Own::Local)) = (at, own) {
        return Ok(Invocation {
            target: Target::Local(i + 1),
            ..Invocation::default()
        });
    }
    let words = |indices: &mut dyn Iterator<Item = usize>| -> Vec<Placed> {
        indices.map(|k| (k, argv[k].clone())).collect()
    };
    if let Some(k) = st.missing_value {
        // argparse's first parser stops at the global option without its value; the ones
        // before it are checked first.
        let before = words(&mut st.root.iter().copied().filter(|&r| r <= k));
        parse_indexed(command::for_parsing(None), before)?;
        return Err(CliError::Usage(format!(
            "argument {}: expected one argument",
            argv[k]
        )));
    }
    if let (Some(w), None, None) = (word, own, op) {
        // The global options are checked first.
        parse_indexed(
            command::for_parsing(None),
            words(&mut st.root.iter().copied()),
        )?;
        return Err(invalid_command(w));
    }
    if op.is_none() {
        // iotmit's own commands: their parsers drop the first `--` and read on.
        st.sub.extend(st.rest.drain(..).skip(1));
    }
    let given = words(&mut st.root.iter().chain(&at).chain(&st.sub).copied());
    let (matches, unknown, kept) = parse_indexed(command::for_parsing(word), given.clone())?;
    let given: Vec<String> = given.into_iter().map(|(_, w)| w).collect();
    // Values given as `--name=value`: argparse takes them even when they start with `-`.
    let inline: Vec<String> = given
        .iter()
        .filter(|w| w.starts_with("--"))
        .filter_map(|w| w.split_once('=').map(|(_, v)| v.to_string()))
        .collect();
    let mut inv = Invocation::default();
    let sub = word.and_then(|w| matches.subcommand_matches(w));
    read_globals(&matches, sub, &mut inv.globals, &inline)?;
    // Words no option takes, each with its place in argv.
    let strays_at: Vec<Placed> = sub
        .filter(|s| s.try_contains_id(STRAY).is_ok())
        .and_then(|s| {
            let values = s.try_get_many::<String>(STRAY).ok().flatten()?;
            let at = s.indices_of(STRAY)?;
            Some(
                at.zip(values)
                    .map(|(i, v)| (kept.get(i).copied().unwrap_or(usize::MAX), v.clone()))
                    .collect(),
            )
        })
        .unwrap_or_default();
    let strays: Vec<String> = strays_at.iter().map(|(_, w)| w.clone()).collect();
    // argparse's optional positional `help` takes the first word no option takes, with a `--`
    // next to it; the other words, the third parser's `--` and what follows it, are unknown.
    let mut positional = strays_at;
    positional.extend(st.rest.iter().map(|&k| (k, argv[k].clone())));
    let dash = st.rest.first().copied();
    let mut help_word = None;
    if !positional.is_empty() {
        let (k, w) = positional.remove(0);
        if Some(k) == dash {
            help_word = (!positional.is_empty()).then(|| positional.remove(0).1);
        } else {
            help_word = Some(w);
            let next_is_dash = positional.first().is_some_and(|p| Some(p.0) == dash);
            if next_is_dash && st.sub.last() == Some(&k) {
                positional.remove(0);
            }
        }
    }
    let asks_help = |s: &ArgMatches, strays: &[String]| {
        flag(s, "help")
            || match op {
                Some(_) => help_word.as_deref() == Some("help"),
                None => strays.first().is_some_and(|w| w == "help"),
            }
    };
    inv.target = match (own, op, sub) {
        (_, _, None) if flag(&matches, "help") => Target::Overview,
        (_, _, None) => Target::Nothing,
        (_, Some(op), Some(s)) => {
            if asks_help(s, &strays) {
                Target::CommandHelp(op)
            } else {
                read_values(op, s, &mut inv.values, &inline)?;
                Target::Operation(op)
            }
        }
        (Some(Own::Help), _, Some(s)) => {
            match s
                .try_get_one::<String>("command")
                .ok()
                .flatten()
                .and_then(|c| m.operation_by_cli_name(c))
            {
                Some(op) => Target::CommandHelp(op),
                None => Target::Overview,
            }
        }
        (Some(Own::Wait), _, Some(s)) => wait_target(s, &strays, &mut inv, &inline)?,
        (Some(Own::Completion), _, Some(s)) => match s
            .try_get_one::<clap_complete::Shell>("shell")
            .ok()
            .flatten()
        {
            Some(shell) => Target::Completion(*shell),
            None => return Err(invalid_shell()),
        },
        (Some(Own::CompleteActionNames), _, Some(_)) => Target::CompleteActionNames,
        _ => Target::Nothing,
    };
    // In argv's order, with the word the `help` positional took reported last.
    let mut unknown = unknown;
    if matches!(inv.target, Target::Operation(_)) {
        unknown.extend(positional);
        unknown.sort_by_key(|(k, _)| *k);
        inv.unknown = unknown.into_iter().map(|(_, w)| w).collect();
        inv.unknown.extend(help_word);
    } else {
        inv.unknown = unknown.into_iter().map(|(_, w)| w).collect();
        if matches!(inv.target, Target::Wait(_)) {
            inv.unknown.extend(strays.into_iter().skip(1));
        }
    }
    inv.required_waived = given.iter().enumerate().any(|(i, w)| {
        let flag = |name: &str| w.strip_prefix("--") == Some(name);
        flag(CLI_INPUT_JSON)
            || flag(CLI_INPUT_YAML)
            || (flag(SKELETON) && given.get(i + 1).is_none_or(|next| next != "output"))
    });
    Ok(inv)
}

/// `iotmit wait …`: its help, or the waiter with `--task-id` and `--wait-timeout`.
fn wait_target(
    s: &ArgMatches,
    strays: &[String],
    inv: &mut Invocation,
    inline: &[String],
) -> Result<Target> {
    let waiter = s
        .subcommand()
        .and_then(|(name, m)| wait::waiter(name).map(|k| (k, m)));
    let Some((kind, w)) = waiter else {
        if flag(s, "help") || strays.first().is_some_and(|w| w == "help") {
            return Ok(Target::WaitHelp(None));
        }
        return Err(CliError::Usage(format!(
            "argument wait: Invalid choice, valid choices are:\n\n{}",
            wait::WAITERS
                .iter()
                .map(|w| w.name)
                .collect::<Vec<_>>()
                .join(" | ")
        )));
    };
    let strays: Vec<String> = w
        .try_get_many::<String>(STRAY)
        .ok()
        .flatten()
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    read_globals(s, Some(w), &mut inv.globals, inline)?;
    if flag(w, "help") || strays.first().is_some_and(|w| w == "help") {
        return Ok(Target::WaitHelp(Some(kind)));
    }
    for name in [TASK_ID, WAIT_TIMEOUT] {
        if let Some(v) = w.try_get_one::<String>(name).ok().flatten() {
            inv.values.insert(name.to_string(), Raw::One(v.clone()));
        }
    }
    inv.unknown.extend(strays);
    Ok(Target::Wait(kind))
}

fn invalid_shell() -> CliError {
    CliError::Usage(
        "argument shell: Invalid choice, valid choices are:\n\nbash | zsh | fish | powershell | elvish"
            .into(),
    )
}

/// `argument operation: Found invalid choice 'X'`, with argparse's close matches.
fn invalid_command(word: &str) -> CliError {
    let m = model::get();
    let choices: Vec<String> = m
        .operations
        .keys()
        .map(model::cli_name)
        .chain(
            OWN_COMMANDS
                .iter()
                .filter(|c| c.typed)
                .map(|c| c.name.to_string()),
        )
        .collect();
    let mut msg = format!("argument operation: Found invalid choice '{word}'\n");
    let close = crate::cli::close::close_matches(word, &choices, 3, 0.8);
    if !close.is_empty() {
        msg.push_str("\nMaybe you meant:\n");
        for c in close {
            msg.push_str(&format!("\n  * {c}"));
        }
    }
    CliError::Usage(msg)
}

/// Runs clap over argv; words it does not know are taken out one by one and returned, in argv
/// order, for the "Unknown options" error.
pub(crate) fn parse_with(
    root: clap::Command,
    argv: &[String],
) -> Result<(ArgMatches, Vec<String>)> {
    let words = argv.iter().cloned().enumerate().collect();
    let (m, unknown, _) = parse_indexed(root, words)?;
    Ok((m, unknown.into_iter().map(|(_, w)| w).collect()))
}

/// A word with its place in argv.
type Placed = (usize, String);

/// [`parse_with`] over words that carry their place in argv: the unknown words come back with
/// theirs, and with the place of each word clap was given in the end, by clap's index.
fn parse_indexed(
    mut root: clap::Command,
    mut words: Vec<(usize, String)>,
) -> Result<(ArgMatches, Vec<Placed>, Vec<usize>)> {
    let argv: Vec<String> = words.iter().map(|(_, w)| w.clone()).collect();
    let mut unknown: Vec<Placed> = Vec::new();
    loop {
        match root.try_get_matches_from_mut(words.iter().map(|(_, w)| w.as_str())) {
            Ok(m) => {
                unknown.sort();
                return Ok((m, unknown, words.into_iter().map(|(k, _)| k).collect()));
            }
            Err(e) if e.kind() == ErrorKind::UnknownArgument => {
                let bad = context(&e, ContextKind::InvalidArg).unwrap_or_default();
                let at = words.iter().position(|(_, w)| {
                    *w == bad
                        || w.strip_prefix(&bad).is_some_and(|r| r.starts_with('='))
                        || (!bad.starts_with("--") && w.starts_with(&bad))
                });
                let Some(at) = at else {
                    return Err(CliError::Unknown(format!("Unknown options: {bad}")));
                };
                let word = &words[at].1;
                if let Some(name) = bad.strip_prefix("--") {
                    let candidates = prefix_candidates(&root, &argv, name);
                    if candidates.len() > 1 {
                        return Err(ambiguous(word, candidates.iter().map(String::as_str)));
                    }
                }
                unknown.push(words.remove(at));
            }
            Err(e) => return Err(map_error(&e, &root)),
        }
    }
}

/// The options of the command in use whose name starts with `prefix` (for an ambiguous prefix).
fn prefix_candidates(root: &clap::Command, argv: &[String], prefix: &str) -> Vec<String> {
    let globals: Vec<&str> = GLOBAL_OPTIONS.iter().map(|g| g.name).collect();
    let sub = root
        .get_subcommands()
        .find(|s| argv.iter().any(|w| w == s.get_name()))
        .unwrap_or(root);
    sub.get_arguments()
        .filter_map(|a| a.get_long())
        .filter(|l| l.starts_with(prefix) && !globals.contains(l) && *l != "help")
        .map(str::to_string)
        .collect()
}

fn context(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => v.first().cloned(),
        _ => None,
    }
}

/// The option named in a clap error (`--action-name <string>` → `--action-name`).
fn option_name(e: &clap::Error) -> String {
    let arg = context(e, ContextKind::InvalidArg).unwrap_or_default();
    arg.split([' ', '=']).next().unwrap_or_default().to_string()
}

/// A clap error in the words argparse uses.
fn map_error(e: &clap::Error, root: &clap::Command) -> CliError {
    let name = option_name(e);
    let takes_many = root
        .get_subcommands()
        .flat_map(|s| s.get_arguments())
        .find(|a| a.get_long().is_some_and(|l| format!("--{l}") == name))
        .and_then(|a| a.get_num_args())
        .is_some_and(|n| n.max_values() > 1);
    match e.kind() {
        ErrorKind::InvalidValue => match context(e, ContextKind::InvalidValue) {
            Some(v) if !v.is_empty() => {
                if let Some(flag) = name.strip_prefix("--") {
                    CliError::invalid_choice(flag, &v)
                } else {
                    invalid_shell()
                }
            }
            _ if takes_many => {
                CliError::Usage(format!("argument {name}: expected at least one argument"))
            }
            _ => CliError::Usage(format!("argument {name}: expected one argument")),
        },
        ErrorKind::TooManyValues | ErrorKind::UnknownArgument => {
            let value = context(e, ContextKind::InvalidValue).unwrap_or_default();
            CliError::Usage(format!(
                "argument {name}: ignored explicit argument '{value}'"
            ))
        }
        ErrorKind::MissingRequiredArgument if name.is_empty() || !name.starts_with("--") => {
            invalid_shell()
        }
        ErrorKind::InvalidUtf8 => CliError::Usage("an argument is not valid UTF-8".into()),
        // A typed value parser's own words about the value.
        ErrorKind::ValueValidation => match std::error::Error::source(e) {
            Some(why) => CliError::Usage(format!("argument {name}: {why}")),
            None => CliError::Usage(format!("argument {name}: invalid value")),
        },
        _ => CliError::Usage(
            e.render()
                .to_string()
                .trim()
                .trim_start_matches("error: ")
                .to_string(),
        ),
    }
}

/// A switch of the matches; false when the command has no such argument.
fn flag(m: &ArgMatches, id: &str) -> bool {
    m.try_get_one::<bool>(id)
        .ok()
        .flatten()
        .copied()
        .unwrap_or(false)
}

fn from_command_line(m: &ArgMatches, id: &str) -> bool {
    if m.try_contains_id(id).is_err() {
        return false;
    }
    matches!(m.value_source(id), Some(ValueSource::CommandLine))
}

/// The global options, from before the command (`root`) and after it (`sub`, which wins).
fn read_globals(
    root: &ArgMatches,
    sub: Option<&ArgMatches>,
    g: &mut Globals,
    inline: &[String],
) -> Result<()> {
    for option in GLOBAL_OPTIONS {
        let given = sub
            .filter(|s| s.try_contains_id(option.name).is_ok() && from_command_line(s, option.name))
            .or_else(|| {
                (root.try_contains_id(option.name).is_ok() && from_command_line(root, option.name))
                    .then_some(root)
            });
        let Some(m) = given else {
            continue;
        };
        match option.sets {
            Sets::On(field) => *field(g) = true,
            Sets::Off(field) => *field(g) = false,
            Sets::Word(field) => {
                if let Some(v) = m.try_get_one::<String>(option.name).ok().flatten() {
                    expected_one(option.name, v, inline)?;
                    *field(g) = Some(v.clone());
                }
            }
        }
    }
    // Of the pair, the one given last counts.
    let last = |name: &str| {
        [Some(root), sub]
            .into_iter()
            .flatten()
            .filter(|m| m.try_contains_id(name).is_ok() && from_command_line(m, name))
            .filter_map(|m| m.index_of(name))
            .max()
    };
    match (last("cli-auto-prompt"), last("no-cli-auto-prompt")) {
        (Some(on), Some(off)) => {
            g.cli_auto_prompt = on > off;
            g.cli_auto_prompt_off = off > on;
        }
        (Some(_), None) => g.cli_auto_prompt = true,
        (None, Some(_)) => {
            g.cli_auto_prompt = false;
            g.cli_auto_prompt_off = true;
        }
        (None, None) => {}
    }
    Ok(())
}

/// The command's options, in the order given.
fn read_values(
    op: &Operation,
    s: &ArgMatches,
    values: &mut IndexMap<String, Raw>,
    inline: &[String],
) -> Result<()> {
    let mut given: Vec<(usize, String, Raw)> = Vec::new();
    for option in definition::command_options(op) {
        let id = option.flag.as_str();
        if !from_command_line(s, id) {
            continue;
        }
        let at = s.index_of(id).unwrap_or(0);
        let raw = match option.arity {
            Arity::True | Arity::False => {
                if !flag(s, id) {
                    continue;
                }
                Raw::Bool(option.arity == Arity::True)
            }
            Arity::Many => Raw::Many(
                s.try_get_many::<String>(id)
                    .ok()
                    .flatten()
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default(),
            ),
            Arity::Integer => {
                let v = s
                    .try_get_one::<String>(id)
                    .ok()
                    .flatten()
                    .cloned()
                    .unwrap_or_default();
                expected_one(id, &v, inline)?;
                if crate::python::python_int(&v).is_none() {
                    return Err(CliError::Usage(format!(
                        "argument --{id}: invalid int value: '{v}'"
                    )));
                }
                Raw::One(v)
            }
            Arity::One | Arity::Optional => {
                let v = s
                    .try_get_one::<String>(id)
                    .ok()
                    .flatten()
                    .cloned()
                    .unwrap_or_default();
                if option.arity == Arity::One {
                    expected_one(id, &v, inline)?;
                }
                Raw::One(v)
            }
        };
        given.push((at, option.key, raw));
    }
    given.sort_by_key(|(at, _, _)| *at);
    for (_, key, raw) in given {
        values.shift_remove(&key);
        values.insert(key, raw);
    }
    Ok(())
}

/// The options a command requires that were not given, as `--role-arn, --action-params`.
/// Idempotency tokens are filled in by the CLI and never required; with `--cli-input-json` or
/// `--cli-input-yaml` the check moves to the validation of the whole input document.
pub fn missing_required(op: &Operation, inv: &Invocation) -> Option<String> {
    if inv.required_waived {
        return None;
    }
    let m = model::get();
    let input = m.input(op)?;
    let missing: Vec<String> = input
        .members
        .iter()
        .filter(|(name, member)| {
            input.is_required(name) && !member.idempotency_token && !inv.values.contains_key(*name)
        })
        .map(|(name, _)| format!("--{}", model::cli_name(name)))
        .collect();
    (!missing.is_empty()).then(|| missing.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(words: &[&str]) -> Vec<String> {
        words.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn list_members_take_every_word_up_to_the_next_option() {
        let inv = parse(&argv(&[
            "start-detect-mitigation-actions-task",
            "--actions",
            "A",
            "B",
            "--task-id",
            "t",
        ]))
        .unwrap();
        assert_eq!(
            inv.values["actions"],
            Raw::Many(vec!["A".into(), "B".into()])
        );
        assert_eq!(inv.values["taskId"], Raw::One("t".into()));
    }

    #[test]
    fn boolean_members_come_as_flag_and_no_flag() {
        let inv = parse(&argv(&[
            "start-detect-mitigation-actions-task",
            "--include-only-active-violations",
            "--no-include-suppressed-alerts",
        ]))
        .unwrap();
        assert_eq!(inv.values["includeOnlyActiveViolations"], Raw::Bool(true));
        assert_eq!(inv.values["includeSuppressedAlerts"], Raw::Bool(false));
        let inv = parse(&argv(&[
            "start-detect-mitigation-actions-task",
            "--include-only-active-violations",
            "--no-include-only-active-violations",
        ]))
        .unwrap();
        assert_eq!(inv.values["includeOnlyActiveViolations"], Raw::Bool(false));
    }

    #[test]
    fn globals_before_and_after_the_command_with_inline_values() {
        let inv = parse(&argv(&[
            "--region",
            "eu-west-1",
            "describe-mitigation-action",
            "--action-name=A",
            "--output",
            "json",
            "--debug",
        ]))
        .unwrap();
        assert!(matches!(inv.target, Target::Operation(_)));
        assert_eq!(inv.globals.region.as_deref(), Some("eu-west-1"));
        assert_eq!(inv.globals.output.as_deref(), Some("json"));
        assert!(inv.globals.debug);
        assert_eq!(inv.values["actionName"], Raw::One("A".into()));
    }

    #[test]
    fn unique_prefixes_stand_for_their_option_and_the_last_repetition_wins() {
        let inv = parse(&argv(&[
            "list-mitigation-actions",
            "--max-i",
            "1",
            "--out",
            "text",
            "--max-items=2",
        ]))
        .unwrap();
        assert_eq!(inv.values["max-items"], Raw::One("2".into()));
        assert_eq!(inv.globals.output.as_deref(), Some("text"));
        let err = parse(&argv(&["list-mitigation-actions", "--ma", "1"])).unwrap_err();
        assert!(
            err.render()
                .contains("ambiguous option: --ma could match --max-results, --max-items"),
            "{}",
            err.render()
        );
        let err = parse(&argv(&["list-mitigation-actions", "--no"])).unwrap_err();
        assert!(err.render().contains(
            "ambiguous option: --no could match --no-verify-ssl, --no-paginate, \
             --no-sign-request, --no-cli-pager, --no-cli-auto-prompt"
        ));
    }

    #[test]
    fn unknown_options_are_listed_with_their_words() {
        let inv = parse(&argv(&["list-mitigation-actions", "--foo", "1"])).unwrap();
        assert_eq!(inv.unknown, ["--foo", "1"]);
        let inv = parse(&argv(&[
            "describe-mitigation-action",
            "--action-name",
            "x",
            "a",
            "--bogus",
            "b",
        ]))
        .unwrap();
        // argparse's optional `help` positional takes the first stray word; it is listed last.
        assert_eq!(inv.unknown, ["--bogus", "b", "a"]);
    }

    #[test]
    fn words_after_a_lone_double_dash_are_never_options() {
        let unknown = |words: &[&str]| parse(&argv(words)).unwrap().unknown;
        let describe = ["describe-mitigation-action", "--action-name", "a"];
        // The `help` positional takes the first stray word and a `--` next to it.
        assert_eq!(
            unknown(&[&describe[..], &["x", "--", "y"]].concat()),
            ["y", "x"]
        );
        assert_eq!(
            unknown(&[&describe[..], &["x", "z", "--", "y"]].concat()),
            ["z", "--", "y", "x"]
        );
        assert_eq!(
            unknown(&[&describe[..], &["--", "--region", "x"]].concat()),
            ["x", "--region"]
        );
        // A `--` next to the command word is its parser's; the global options are read before
        // the first `--` only.
        let inv = parse(&argv(&[
            "list-mitigation-actions",
            "--",
            "--max-items",
            "1",
        ]))
        .unwrap();
        assert_eq!(inv.values["max-items"], Raw::One("1".into()));
        let inv = parse(&argv(&[
            "list-mitigation-actions",
            "--",
            "--output",
            "text",
        ]))
        .unwrap();
        assert_eq!(inv.globals.output, None);
        assert_eq!(inv.unknown, ["--output", "text"]);
        let inv = parse(&argv(&[
            "--output",
            "text",
            "--",
            "iot",
            "list-mitigation-actions",
        ]));
        assert_eq!(inv.unwrap().globals.output.as_deref(), Some("text"));
        let err = parse(&argv(&[
            "--output",
            "--",
            "text",
            "list-mitigation-actions",
        ]));
        assert!(err
            .unwrap_err()
            .render()
            .contains("argument --output: expected one argument"));
    }

    #[test]
    fn a_missing_value_names_the_option() {
        for words in [
            &["describe-mitigation-action", "--action-name"][..],
            &["describe-mitigation-action", "--action-name", "-x"],
            &[
                "describe-mitigation-action",
                "--action-name",
                "--region",
                "r",
            ],
        ] {
            let err = parse(&argv(words)).unwrap_err();
            assert!(
                err.render()
                    .contains("argument --action-name: expected one argument"),
                "{words:?}: {}",
                err.render()
            );
        }
        let inv = parse(&argv(&["describe-mitigation-action", "--action-name=-x"])).unwrap();
        assert_eq!(inv.values["actionName"], Raw::One("-x".into()));
        let inv = parse(&argv(&["list-mitigation-actions", "--max-items", "-1"])).unwrap();
        assert_eq!(inv.values["max-items"], Raw::One("-1".into()));
    }

    #[test]
    fn global_choices_are_checked_at_every_occurrence() {
        let err = parse(&argv(&[
            "--output",
            "bogus",
            "--output",
            "json",
            "list-mitigation-actions",
        ]))
        .unwrap_err();
        assert!(err
            .render()
            .contains("argument --output: Found invalid choice 'bogus'"));
        let err = parse(&argv(&["describe-mitigatio-action"])).unwrap_err();
        assert!(
            err.render()
                .contains("Maybe you meant:\n\n  * describe-mitigation-action"),
            "{}",
            err.render()
        );
    }

    #[test]
    fn help_in_every_position() {
        for words in [
            &["describe-mitigation-action", "help"][..],
            &["describe-mitigation-action", "--help"],
            &["help", "describe-mitigation-action"],
            &["describe-mitigation-action", "--action-name", "x", "help"],
        ] {
            let inv = parse(&argv(words)).unwrap();
            assert!(matches!(inv.target, Target::CommandHelp(_)), "{words:?}");
        }
        for words in [&["wait", "help"][..], &["wait", "--help"]] {
            assert!(matches!(
                parse(&argv(words)).unwrap().target,
                Target::WaitHelp(None)
            ));
        }
        let inv = parse(&argv(&[
            "wait",
            "audit-mitigation-actions-task-complete",
            "help",
        ]))
        .unwrap();
        assert!(matches!(
            inv.target,
            Target::WaitHelp(Some(w)) if w.name == "audit-mitigation-actions-task-complete"
        ));
    }

    #[test]
    fn missing_required_options_are_reported_in_model_order() {
        let argv = argv(&["create-mitigation-action", "--action-name", "A"]);
        let inv = parse(&argv).unwrap();
        let op = model::get()
            .operation_by_cli_name("create-mitigation-action")
            .unwrap();
        assert_eq!(
            missing_required(op, &inv).as_deref(),
            Some("--role-arn, --action-params")
        );
    }

    #[test]
    fn skeleton_takes_an_optional_word() {
        let inv = parse(&argv(&[
            "list-mitigation-actions",
            "--generate-cli-skeleton",
        ]))
        .unwrap();
        assert_eq!(inv.values[SKELETON], Raw::One("input".into()));
        let inv = parse(&argv(&[
            "list-mitigation-actions",
            "--generate-cli-skeleton",
            "output",
        ]))
        .unwrap();
        assert_eq!(inv.values[SKELETON], Raw::One("output".into()));
    }
}
