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
            println!("{}\n\nRuns the local AWS IoT mitigation endpoint on 127.0.0.1 until interrupted.\nOn any other --bind address, requests must be SigV4-signed with the keys of --credentials\n(a shared-credentials file) or of AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.\n\n{ADVANCE_USAGE}\n\nMoves the endpoint's clock forward and runs the scheduled audits that fell due.\n\n{PUBLISHED_USAGE}\n\nPrints the messages the mitigation action PUBLISH_FINDING_TO_SNS published.", command::serve_usage());
            return Ok(0);
        }
        Some(other) => {
            return Err(usage(format!(
                "argument local: Invalid choice: '{other}' (choose from 'serve', 'advance', 'published')"
            )))
        }
    }
    crate::local::serve::run(serve_options(&words[1..])?)
}
