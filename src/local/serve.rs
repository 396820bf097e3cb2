//! The command line of the local endpoint: `iotmit local serve` runs it as a server (with
//! injected faults when `--faults` says so), and
//! `--local` (or `IOTMIT_LOCAL=1`) runs it in-process for the length of one command, on a loopback
//! port, so that the command goes through the same SDK path as against AWS.

use crate::cli::args::Globals;
use crate::error::{CliError, Result};
use crate::local::{self, ServeOptions};
use std::io::Write;
use std::path::PathBuf;

const SERVE_USAGE: &str = "usage: iotmit local serve [--port N] [--bind ADDR] [--state FILE] [--seed FILE] [--execution-ms N]
                          [--faults throttle=P,error=P,latency=DURATION,reset=P] [--fault-seed N]
                          [--credentials FILE]";

/// How long each execution takes in the in-process endpoint, in milliseconds.
fn execution_ms_from_env() -> Result<u64> {
    match std::env::var("IOTMIT_LOCAL_EXECUTION_MS") {
        Ok(v) if !v.trim().is_empty() => v.trim().parse().map_err(|_| {
            CliError::Config(format!(
                "IOTMIT_LOCAL_EXECUTION_MS: expected a number of milliseconds, got \"{v}\""
            ))
        }),
        _ => Ok(200),
    }
}

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

/// Starts the endpoint in this process; returns its URL.
pub async fn start_in_process(state: &std::path::Path) -> Result<String> {
    if let Some(dir) = state.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            CliError::Config(format!(
                "cannot create the local state directory {}: {e}",
                dir.display()
            ))
        })?;
    }
    let addr = local::spawn_in_process(state, execution_ms_from_env()?)
        .await
        .map_err(|e| CliError::Config(format!("local endpoint: {e:#}")))?;
    Ok(format!("http://{addr}"))
}

fn usage(message: String) -> CliError {
    CliError::Usage(format!("{message}\n{SERVE_USAGE}"))
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
            println!("{SERVE_USAGE}\n\nRuns the local AWS IoT mitigation endpoint on 127.0.0.1 until interrupted.\nOn any other --bind address, requests must be SigV4-signed with the keys of --credentials\n(a shared-credentials file) or of AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY.");
            return Ok(0);
        }
        Some(other) => {
            return Err(usage(format!(
                "argument local: Invalid choice: '{other}' (choose from 'serve')"
            )))
        }
    }
    let mut opts = ServeOptions {
        execution_ms: 200,
        ..ServeOptions::default()
    };
    let mut i = 1;
    while i < words.len() {
        let (name, inline) = match words[i].split_once('=') {
            Some((n, v)) => (n.to_string(), Some(v.to_string())),
            None => (words[i].clone(), None),
        };
        i += 1;
        let mut value = || -> Result<String> {
            if let Some(v) = inline.clone() {
                return Ok(v);
            }
            let v = words
                .get(i)
                .cloned()
                .ok_or_else(|| usage(format!("argument {name}: expected one argument")))?;
            i += 1;
            Ok(v)
        };
        match name.as_str() {
            "--port" => {
                let v = value()?;
                opts.port = v
                    .parse()
                    .map_err(|_| usage(format!("argument --port: invalid port '{v}'")))?;
            }
            "--bind" => {
                let v = value()?;
                opts.bind = v
                    .parse()
                    .map_err(|_| usage(format!("argument --bind: invalid address '{v}'")))?;
            }
            "--state" => opts.state = PathBuf::from(value()?),
            "--credentials" => {
                let v = value()?;
                opts.credentials =
                    local::sigv4::Credentials::from_file(std::path::Path::new(&v))
                        .map_err(|why| usage(format!("argument --credentials: {why}")))?;
            }
            "--seed" => opts.seed = Some(PathBuf::from(value()?)),
            "--execution-ms" => {
                let v = value()?;
                opts.execution_ms = v.parse().map_err(|_| {
                    usage(format!(
                        "argument --execution-ms: expected milliseconds, got '{v}'"
                    ))
                })?;
            }
            "--faults" => {
                let v = value()?;
                let seed = opts.faults.seed;
                opts.faults = local::faults::FaultSpec::parse(&v)
                    .map_err(|why| usage(format!("argument --faults: {why}")))?;
                opts.faults.seed = seed;
            }
            "--fault-seed" => {
                let v = value()?;
                opts.faults.seed = v.parse().map_err(|_| {
                    usage(format!(
                        "argument --fault-seed: expected a whole number, got '{v}'"
                    ))
                })?;
            }
            other => return Err(usage(format!("Unknown options: {other}"))),
        }
    }
    // Off loopback, signatures are verified: with the keys given, else the environment's.
    if opts.credentials.is_empty() && !opts.bind.is_loopback() {
        if let Some(c) = local::sigv4::Credentials::from_env() {
            opts.credentials = c;
        }
    }
    if let Some(dir) = opts.state.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| {
            CliError::Config(format!(
                "cannot create the state directory {}: {e}",
                dir.display()
            ))
        })?;
    }
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Other(format!("cannot start the runtime: {e}")))?;
    let faults = opts.faults.clone();
    let _deferred = crate::cli::interrupt::Deferred::new();
    runtime.block_on(async move {
        let (addr, serving) = local::bind(opts)
            .await
            .map_err(|e| CliError::Config(format!("{e:#}")))?;
        if faults.is_active() {
            eprintln!("{}", faults.describe());
        }
        let mut out = std::io::stdout().lock();
        let _ = writeln!(out, "listening on http://{addr}");
        let _ = out.flush();
        drop(out);
        tokio::select! {
            r = serving => r.map(|_| 0).map_err(|e| CliError::Other(format!("{e:#}"))),
            _ = crate::cli::interrupt::interrupted() => Err(CliError::Interrupted),
        }
    })
}
