//! Low-level arguments: what was typed. Splits argv into the global options, the command name
//! and the raw words given to each of the command's options, with the AWS CLI's (argparse's)
//! rules: `--flag value` and `--flag=value`, list members take every following word up to the
//! next option, boolean members come as `--flag` / `--no-flag`, the last repetition wins, and
//! the required options are reported together. What the words mean is decided in `params`.

use crate::error::{CliError, Result, ERROR_FORMATS};
use crate::model::{self, Kind, Operation};
use indexmap::IndexMap;

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
}

/// The global options that take a value.
const GLOBAL_VALUED: &[&str] = &[
    "endpoint-url",
    "output",
    "query",
    "profile",
    "region",
    "color",
    "ca-bundle",
    "cli-read-timeout",
    "cli-connect-timeout",
    "cli-binary-format",
    "cli-error-format",
    "local-state",
];

/// The global switches.
const GLOBAL_SWITCHES: &[&str] = &[
    "debug",
    "no-verify-ssl",
    "no-paginate",
    "no-sign-request",
    "no-cli-pager",
    "version",
    "local",
    "cli-auto-prompt",
    "no-cli-auto-prompt",
];

pub const OUTPUT_FORMATS: &[&str] = &["json", "text", "table", "yaml", "yaml-stream", "off"];

impl Globals {
    fn set_value(&mut self, name: &str, value: String) {
        let slot = match name {
            "endpoint-url" => &mut self.endpoint_url,
            "output" => &mut self.output,
            "query" => &mut self.query,
            "profile" => &mut self.profile,
            "region" => &mut self.region,
            "color" => &mut self.color,
            "ca-bundle" => &mut self.ca_bundle,
            "cli-read-timeout" => &mut self.cli_read_timeout,
            "cli-connect-timeout" => &mut self.cli_connect_timeout,
            "cli-binary-format" => &mut self.cli_binary_format,
            "cli-error-format" => &mut self.cli_error_format,
            _ => &mut self.local_state,
        };
        *slot = Some(value);
    }

    fn set_switch(&mut self, name: &str) {
        match name {
            "debug" => self.debug = true,
            "no-verify-ssl" => self.no_verify_ssl = true,
            "no-paginate" => self.no_paginate = true,
            "no-sign-request" => self.no_sign_request = true,
            "no-cli-pager" => self.no_cli_pager = true,
            "version" => self.version = true,
            "local" => self.local = true,
            _ => {}
        }
    }
}

/// The words given to one option of a command.
#[derive(Debug, Clone, PartialEq)]
pub enum Raw {
    One(String),
    Many(Vec<String>),
    Bool(bool),
}

/// How one option of a command takes its words.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Arity {
    One,
    Many,
    True,
    False,
    /// `--generate-cli-skeleton [input|yaml-input|output]`
    Optional,
}

/// Everything typed, sorted out.
#[derive(Debug, Default)]
pub struct Invocation {
    pub globals: Globals,
    /// The command's CLI name as typed (`create-mitigation-action`), if any.
    pub command: Option<String>,
    /// Further positional words after the command (`help`, or the words of `local serve`).
    pub positionals: Vec<String>,
    /// Options of the command, keyed by the model's member name (or by the option name for the
    /// CLI's own options: `cli-input-json`, `generate-cli-skeleton`, `page-size`...).
    pub values: IndexMap<String, Raw>,
    pub help: bool,
}

/// Options of a command that come from the CLI rather than the model.
pub const CLI_INPUT_JSON: &str = "cli-input-json";
pub const CLI_INPUT_YAML: &str = "cli-input-yaml";
pub const SKELETON: &str = "generate-cli-skeleton";
pub const STARTING_TOKEN: &str = "starting-token";
pub const PAGE_SIZE: &str = "page-size";
pub const MAX_ITEMS: &str = "max-items";
/// `--wait` / `--wait-timeout` on the start commands, `--task-id` and `--wait-timeout` of `wait`.
pub const WAIT: &str = "wait";
pub const WAIT_TIMEOUT: &str = "wait-timeout";
pub const TASK_ID: &str = "task-id";
/// `--preview` on `start-audit-mitigation-actions-task` (an iotmit extension).
pub const PREVIEW: &str = "preview";

fn is_option(word: &str) -> bool {
    word.len() > 2 && word.starts_with("--")
}

/// One option of a command: its name without dashes, the key its words are stored under, how it
/// takes words.
struct OptionSpec {
    key: String,
    arity: Arity,
}

fn command_options(op: &Operation) -> IndexMap<String, OptionSpec> {
    let m = model::get();
    let mut table = IndexMap::new();
    if let Some(input) = m.input(op) {
        for (name, member) in &input.members {
            let shape = m.shape(&member.shape);
            let flag = model::cli_name(name);
            let spec = |arity| OptionSpec {
                key: name.clone(),
                arity,
            };
            match shape.kind {
                Kind::Boolean => {
                    table.insert(format!("no-{flag}"), spec(Arity::False));
                    table.insert(flag, spec(Arity::True));
                }
                Kind::List => {
                    table.insert(flag, spec(Arity::Many));
                }
                _ => {
                    table.insert(flag, spec(Arity::One));
                }
            }
        }
    }
    let mut own = |name: &str, arity| {
        table.insert(
            name.to_string(),
            OptionSpec {
                key: name.to_string(),
                arity,
            },
        );
    };
    own(CLI_INPUT_JSON, Arity::One);
    own(CLI_INPUT_YAML, Arity::One);
    own(SKELETON, Arity::Optional);
    if crate::call::wait::Kind::started_by(&op.name).is_some() {
        own(WAIT, Arity::True);
        own(WAIT_TIMEOUT, Arity::One);
    }
    if op.name == crate::call::preview::OPERATION {
        own(PREVIEW, Arity::True);
    }
    if m.paginator(op).is_some() {
        own(STARTING_TOKEN, Arity::One);
        own(PAGE_SIZE, Arity::One);
        own(MAX_ITEMS, Arity::One);
    }
    table
}

/// The options of `iotmit wait <waiter>`.
fn wait_options() -> IndexMap<String, OptionSpec> {
    [(TASK_ID, Arity::One), (WAIT_TIMEOUT, Arity::One)]
        .into_iter()
        .map(|(name, arity)| {
            (
                name.to_string(),
                OptionSpec {
                    key: name.to_string(),
                    arity,
                },
            )
        })
        .collect()
}

/// Finds the command word: the first word that is neither an option nor the value of a global
/// option that takes one.
pub fn find_command(argv: &[String]) -> Option<usize> {
    let mut i = 0;
    while i < argv.len() {
        let w = &argv[i];
        if is_option(w) {
            let name = &w[2..];
            if !name.contains('=') && GLOBAL_VALUED.contains(&name) {
                i += 1;
            }
        } else if w != "iot" {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Parses argv (without the program name).
pub fn parse(argv: &[String]) -> Result<Invocation> {
    let mut inv = Invocation::default();
    let command_at = find_command(argv);
    let op = command_at.and_then(|i| model::get().operation_by_cli_name(&argv[i]));
    if let Some(i) = command_at {
        inv.command = Some(argv[i].clone());
    }
    let table = match (op, command_at.map(|i| argv[i].as_str())) {
        (Some(op), _) => command_options(op),
        (None, Some("wait")) => wait_options(),
        _ => IndexMap::new(),
    };
    let mut unknown: Vec<String> = Vec::new();
    let mut i = 0;
    while i < argv.len() {
        let word = &argv[i];
        i += 1;
        if Some(i - 1) == command_at {
            continue;
        }
        if word == "--help" || word == "-h" {
            inv.help = true;
            continue;
        }
        if !is_option(word) {
            if i - 1 < command_at.unwrap_or(0) && word == "iot" {
                continue;
            }
            if command_at.is_some_and(|c| i - 1 > c) {
                inv.positionals.push(word.clone());
            } else {
                unknown.push(word.clone());
            }
            continue;
        }
        let (name, inline) = match word[2..].split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (&word[2..], None),
        };
        // Takes exactly one word: the inline one, or the next one if it is not an option.
        let one = |i: &mut usize| -> Result<String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            match argv.get(*i) {
                Some(v) if !is_option(v) => {
                    *i += 1;
                    Ok(v.clone())
                }
                _ => Err(CliError::Usage(format!(
                    "argument --{name}: expected one argument"
                ))),
            }
        };
        if let Some(spec) = table.get(name) {
            let raw = match spec.arity {
                Arity::One => Raw::One(one(&mut i)?),
                Arity::True | Arity::False => {
                    if inline.is_some() {
                        return Err(CliError::Usage(format!(
                            "argument --{name}: ignored explicit argument '{}'",
                            inline.unwrap_or_default()
                        )));
                    }
                    Raw::Bool(spec.arity == Arity::True)
                }
                Arity::Optional => match inline {
                    Some(v) => Raw::One(v),
                    None => match argv.get(i) {
                        Some(v) if !is_option(v) && !v.is_empty() => {
                            i += 1;
                            Raw::One(v.clone())
                        }
                        _ => Raw::One("input".to_string()),
                    },
                },
                Arity::Many => {
                    let mut words: Vec<String> = inline.into_iter().collect();
                    while let Some(v) = argv.get(i) {
                        if is_option(v) {
                            break;
                        }
                        words.push(v.clone());
                        i += 1;
                    }
                    if words.is_empty() {
                        return Err(CliError::Usage(format!(
                            "argument --{name}: expected at least one argument"
                        )));
                    }
                    Raw::Many(words)
                }
            };
            inv.values.shift_remove(&spec.key);
            inv.values.insert(spec.key.clone(), raw);
        } else if GLOBAL_VALUED.contains(&name) {
            let v = one(&mut i)?;
            inv.globals.set_value(name, v);
        } else if GLOBAL_SWITCHES.contains(&name) {
            inv.globals.set_switch(name);
        } else {
            unknown.push(word.clone());
            while let Some(v) = argv.get(i) {
                if is_option(v) {
                    break;
                }
                unknown.push(v.clone());
                i += 1;
            }
        }
    }
    if op.is_some() && inv.positionals.first().is_some_and(|p| p == "help") {
        inv.help = true;
        inv.positionals.remove(0);
    }
    if let Some(fmt) = &inv.globals.output {
        if !OUTPUT_FORMATS.contains(&fmt.as_str()) {
            return Err(CliError::invalid_choice("output", fmt));
        }
    }
    if let Some(fmt) = &inv.globals.cli_error_format {
        if !ERROR_FORMATS.contains(&fmt.as_str()) {
            return Err(CliError::invalid_choice("cli-error-format", fmt));
        }
    }
    if !unknown.is_empty() {
        return Err(CliError::Unknown(format!(
            "Unknown options: {}",
            unknown.join(", ")
        )));
    }
    if op.is_some() && !inv.positionals.is_empty() {
        return Err(CliError::Unknown(format!(
            "Unknown options: {}",
            inv.positionals.join(", ")
        )));
    }
    Ok(inv)
}

/// The options a command requires that were not given, as `--role-arn, --action-params`.
/// Idempotency tokens are filled in by the CLI and never required; with `--cli-input-json` or
/// `--cli-input-yaml` the check moves to the validation of the whole input document.
pub fn missing_required(op: &Operation, inv: &Invocation) -> Option<String> {
    if inv.values.contains_key(CLI_INPUT_JSON) || inv.values.contains_key(CLI_INPUT_YAML) {
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
        assert_eq!(inv.command.as_deref(), Some("describe-mitigation-action"));
        assert_eq!(inv.globals.region.as_deref(), Some("eu-west-1"));
        assert!(inv.globals.debug);
        assert_eq!(inv.values["actionName"], Raw::One("A".into()));
    }

    #[test]
    fn unknown_options_are_listed_with_their_words() {
        let err = parse(&argv(&["list-mitigation-actions", "--foo", "1"])).unwrap_err();
        assert_eq!(err.exit_code(), 252);
        assert!(err.render().contains("Unknown options: --foo, 1"), "{err}");
    }

    #[test]
    fn a_missing_value_names_the_option() {
        let err = parse(&argv(&["describe-mitigation-action", "--action-name"])).unwrap_err();
        assert!(err
            .render()
            .contains("argument --action-name: expected one argument"));
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
