//! The command line of the local endpoint: `iotmit local serve` and its options (read by the
//! clap command of [`crate::cli::command::serve_command`]), and whether `--local`,
//! `--local-state` or `IOTMIT_LOCAL=1` ask for the endpoint in-process, and with which state.

use crate::cli::args::{self, Globals};
use crate::cli::command::{self, STRAY};
use crate::error::{CliError, Result};
use crate::local::{self, ServeOptions};
use clap::builder::TypedValueParser;
use clap::{Arg, ArgAction};
use std::net::IpAddr;
use std::path::PathBuf;

/// The state file for `--local`, when the local endpoint is asked for.
pub fn local_state(globals: &Globals) -> Option<PathBuf> {
    let by_env = std::env::var("IOTMIT_LOCAL")
        .map(|v| !matches!(v.trim(), "" | "0" | "false" | "no"))
        .unwrap_or(false);
    if !(globals.local || by_env || globals.local_state.is_some()) {
        return None;
    }
    Some(
        globals
            .local_state
            .clone()
            .or_else(|| {
                std::env::var("IOTMIT_LOCAL_STATE")
                    .ok()
                    .filter(|s| !s.is_empty())
            })
            .map(PathBuf::from)
            .unwrap_or_else(local::default_state_path),
    )
}

fn usage(message: impl std::fmt::Display) -> CliError {
    CliError::Usage(format!("{message}\n{}", command::serve_usage()))
}

/// A value parser of `local serve` that reads a word into `T`, or says what is wrong with it.
fn typed<T: Clone + Send + Sync + 'static>(
    read: fn(&str) -> std::result::Result<T, String>,
) -> impl TypedValueParser<Value = T> {
    move |word: &str| read(word)
}

/// The clap command of `local serve` with a typed value parser on each option, and a positional
/// that collects stray words.
fn serve_parser() -> clap::Command {
    fn number<T: std::str::FromStr>(word: &str, what: &str) -> std::result::Result<T, String> {
        word.parse().map_err(|_| format!("{what}, got '{word}'"))
    }
    command::serve_command()
        .no_binary_name(true)
        .mut_arg("port", |a| {
            a.value_parser(typed(|w| {
                w.parse::<u16>().map_err(|_| format!("invalid port '{w}'"))
            }))
        })
        .mut_arg("bind", |a| {
            a.value_parser(typed(|w| {
                w.parse::<IpAddr>()
                    .map_err(|_| format!("invalid address '{w}'"))
            }))
        })
        .mut_arg("state", |a| a.value_parser(clap::value_parser!(PathBuf)))
        .mut_arg("seed", |a| a.value_parser(clap::value_parser!(PathBuf)))
        .mut_arg("execution-ms", |a| {
            a.value_parser(typed(|w| number::<u64>(w, "expected milliseconds")))
        })
        .mut_arg("faults", |a| {
            a.value_parser(typed(local::faults::FaultSpec::parse))
        })
        .mut_arg("fault-seed", |a| {
            a.value_parser(typed(|w| number::<u64>(w, "expected a whole number")))
        })
        .mut_arg("credentials", |a| {
            a.value_parser(typed(|w| {
                local::sigv4::Credentials::from_file(std::path::Path::new(w))
            }))
        })
        .arg(
            Arg::new(STRAY)
                .num_args(0..)
                .action(ArgAction::Append)
                .allow_negative_numbers(true)
                .hide(true),
        )
}

/// The options of `local serve` (the words after `serve`), read by its clap command.
fn serve_options(words: &[String]) -> Result<ServeOptions> {
    let (m, mut unknown) = args::parse_with(serve_parser(), words).map_err(|e| match e {
        CliError::Usage(why) | CliError::Unknown(why) => usage(why),
        other => other,
    })?;
    unknown.extend(
        m.try_get_many::<String>(STRAY)
            .ok()
            .flatten()
            .into_iter()
            .flatten()
            .cloned(),
    );
    if !unknown.is_empty() {
        return Err(usage(format!("Unknown options: {}", unknown.join(", "))));
    }
    fn given<T: Clone + Send + Sync + 'static>(m: &clap::ArgMatches, id: &str) -> Option<T> {
        m.try_get_one::<T>(id).ok().flatten().cloned()
    }
    let defaults = ServeOptions {
        execution_ms: 200,
        ..ServeOptions::default()
    };
    let seed = given(&m, "fault-seed").unwrap_or(defaults.faults.seed);
    let mut faults: local::faults::FaultSpec = given(&m, "faults").unwrap_or(defaults.faults);
    faults.seed = seed;
    Ok(ServeOptions {
        bind: given(&m, "bind").unwrap_or(defaults.bind),
        port: given(&m, "port").unwrap_or(defaults.port),
        state: given(&m, "state").unwrap_or(defaults.state),
        seed: given(&m, "seed"),
        execution_ms: given(&m, "execution-ms").unwrap_or(defaults.execution_ms),
        faults,
        credentials: given(&m, "credentials").unwrap_or(defaults.credentials),
    })
}

/// Makes an own operation's request body from the options given (name, value) and the
/// positional words.
pub type BodyOf = fn(&[(&'static str, String)], &[String]) -> Result<serde_json::Value>;

/// A subcommand of `iotmit local` that runs an operation of the endpoint's own.
pub struct OwnSubcommand {
    pub name: &'static str,
    pub usage: &'static str,
    /// Its own options, each taking a value (`--topic-arn ARN`).
    pub options: &'static [&'static str],
    /// The endpoint's path and the title of its output (`--output table`).
    pub path: &'static str,
    pub title: &'static str,
    /// The request body from the options given and the positional words.
    pub body: BodyOf,
}

/// `iotmit local advance`, `published` and `report-metric`.
pub const OWN_SUBCOMMANDS: &[OwnSubcommand] = &[
    OwnSubcommand {
        name: "advance",
        usage: ADVANCE_USAGE,
        options: &[],
        path: local::ADVANCE_PATH,
        title: "AdvanceClock",
        body: advance_body,
    },
    OwnSubcommand {
        name: "published",
        usage: PUBLISHED_USAGE,
        options: &["topic-arn"],
        path: local::PUBLISHED_PATH,
        title: "ListPublishedMessages",
        body: published_body,
    },
    OwnSubcommand {
        name: "report-metric",
        usage: REPORT_USAGE,
        options: &["thing-name", "metric", "value", "dimension-value", "report"],
        path: local::REPORT_PATH,
        title: "ReportMetric",
        body: report_body,
    },
];

pub fn own_subcommand(name: &str) -> Option<&'static OwnSubcommand> {
    OWN_SUBCOMMANDS.iter().find(|o| o.name == name)
}

fn no_positionals(positionals: &[String], usage: &str) -> Result<()> {
    match positionals.first() {
        None => Ok(()),
        Some(_) => Err(CliError::Usage(format!(
            "unrecognized arguments: {}\n{usage}",
            positionals.join(" ")
        ))),
    }
}

fn advance_body(_: &[(&'static str, String)], positionals: &[String]) -> Result<serde_json::Value> {
    let [duration] = positionals else {
        return Err(CliError::Usage(format!(
            "{}\n{ADVANCE_USAGE}",
            if positionals.is_empty() {
                "the following arguments are required: DURATION".to_string()
            } else {
                format!("unrecognized arguments: {}", positionals[1..].join(" "))
            }
        )));
    };
    Ok(serde_json::json!({ "seconds": parse_duration(duration)? }))
}

fn published_body(
    given: &[(&'static str, String)],
    positionals: &[String],
) -> Result<serde_json::Value> {
    no_positionals(positionals, PUBLISHED_USAGE)?;
    Ok(match given.iter().rev().find(|(k, _)| *k == "topic-arn") {
        Some((_, t)) => serde_json::json!({ "topicArn": t }),
        None => serde_json::json!({}),
    })
}

/// The usage line of `iotmit local report-metric`.
pub const REPORT_USAGE: &str = "usage: iotmit local report-metric --thing-name NAME (--metric METRIC --value VALUE [--dimension-value V] | --report FILE|-) [--endpoint-url URL | --local | --local-state FILE]\n  VALUE: a count or number, or a comma-separated list (ports, IP addresses or CIDRs, numbers, strings)";

fn report_body(
    given: &[(&'static str, String)],
    positionals: &[String],
) -> Result<serde_json::Value> {
    no_positionals(positionals, REPORT_USAGE)?;
    let get = |k: &str| {
        given
            .iter()
            .rev()
            .find(|(n, _)| *n == k)
            .map(|(_, v)| v.clone())
    };
    let missing = |what: &str| {
        CliError::Usage(format!(
            "the following arguments are required: {what}\n{REPORT_USAGE}"
        ))
    };
    let thing = get("thing-name").ok_or_else(|| missing("--thing-name"))?;
    let mut body = serde_json::Map::new();
    body.insert("thingName".into(), thing.into());
    if let Some(v) = get("dimension-value") {
        body.insert("dimensionValue".into(), v.into());
    }
    match (get("report"), get("metric"), get("value")) {
        (Some(source), None, None) => {
            let text = if source == "-" {
                let mut s = String::new();
                std::io::Read::read_to_string(&mut std::io::stdin(), &mut s)
                    .map_err(|e| CliError::Param(format!("--report: cannot read stdin: {e}")))?;
                s
            } else {
                std::fs::read_to_string(&source)
                    .map_err(|e| CliError::Param(format!("--report: cannot read {source}: {e}")))?
            };
            let report: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
                CliError::Param(format!("--report: the metrics report is not JSON: {e}"))
            })?;
            body.insert("report".into(), report);
        }
        (None, Some(metric), Some(value)) => {
            body.insert("metric".into(), metric.into());
            body.insert("value".into(), value.into());
        }
        (None, Some(_), None) => return Err(missing("--value")),
        (None, None, _) => return Err(missing("--metric and --value, or --report")),
        (Some(_), _, _) => {
            return Err(CliError::Usage(format!(
                "--report cannot be given with --metric or --value\n{REPORT_USAGE}"
            )))
        }
    }
    Ok(serde_json::Value::Object(body))
}

/// The usage line of `iotmit local advance`.
pub const ADVANCE_USAGE: &str = "usage: iotmit local advance DURATION [--endpoint-url URL | --local | --local-state FILE]\n  DURATION: seconds, or a number with a unit and more such (s, m, h, d, w): 90, 25h, 1d12h";

/// The usage line of `iotmit local published`.
pub const PUBLISHED_USAGE: &str = "usage: iotmit local published [--topic-arn ARN] [--endpoint-url URL | --local | --local-state FILE]";

/// A duration as `local advance` takes it: whole seconds, or parts with units (`1d12h`, `25h`,
/// `90m`, `2w`), in seconds.
pub fn parse_duration(text: &str) -> Result<i64> {
    let bad = || {
        CliError::Usage(format!(
            "argument DURATION: invalid duration: '{text}'\n{ADVANCE_USAGE}"
        ))
    };
    if text.is_empty() {
        return Err(bad());
    }
    if let Ok(n) = text.parse::<i64>() {
        return if n >= 0 { Ok(n) } else { Err(bad()) };
    }
    let mut total: i64 = 0;
    let mut number = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            number.push(c);
            continue;
        }
        let unit = match c {
            's' => 1,
            'm' => 60,
            'h' => 3600,
            'd' => 86_400,
            'w' => 604_800,
            _ => return Err(bad()),
        };
        let n: i64 = number.parse().map_err(|_| bad())?;
        total = n
            .checked_mul(unit)
            .and_then(|s| total.checked_add(s))
            .ok_or_else(bad)?;
        number.clear();
    }
    if !number.is_empty() {
        return Err(bad());
    }
    Ok(total)
}

/// `iotmit local serve …`
pub fn local_command(words: &[String]) -> Result<i32> {
    let asks_help = |w: &String| matches!(w.as_str(), "help" | "--help" | "-h");
    // `local serve --help` and `local serve help` too.
    let serve_help =
        words.first().is_some_and(|w| w == "serve") && words[1..].iter().any(asks_help);
    match words.first().map(String::as_str) {
        Some("serve") if !serve_help => {}
        Some("serve") | Some("help") | Some("--help") | Some("-h") | None => {
            println!("{}\n\nRuns the local AWS IoT mitigation endpoint on 127.0.0.1 until interrupted.\nOn any other --bind address, requests must be SigV4-signed with the keys of --credentials\n(a shared-credentials file) or of AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.\n\n{ADVANCE_USAGE}\n\nMoves the endpoint's clock forward and runs the scheduled audits that fell due.\n\n{PUBLISHED_USAGE}\n\nPrints the messages the mitigation action PUBLISH_FINDING_TO_SNS published.\n\n{REPORT_USAGE}\n\nRecords a datapoint of a thing's metric (or a device's metrics report) at the endpoint's clock\nand evaluates the security profiles that watch the thing.", command::serve_usage());
            return Ok(0);
        }
        Some(other) => {
            return Err(usage(format!(
                "argument local: Invalid choice: '{other}' (choose from 'serve', 'advance', 'published', 'report-metric')"
            )))
        }
    }
    crate::local::serve::run(serve_options(&words[1..])?)
}
