//! Running the local endpoint: `iotmit local serve` runs it as a server (with injected faults
//! when `--faults` says so) until interrupted, and `--local` (or `IOTMIT_LOCAL=1`) runs it
//! in-process for the length of one command, on a loopback port, so that the command goes
//! through the same SDK path as against AWS. Its options are read by the command line
//! (`crate::cli::local`).

use crate::error::{CliError, Result};
use crate::local::{self, ServeOptions};
use std::io::Write;

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

/// Serves until interrupted, after printing `listening on http://ADDR:PORT`.
pub fn run(mut opts: ServeOptions) -> Result<i32> {
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
    let faults = opts.faults.clone();
    let _deferred = crate::interrupt::Deferred::new();
    crate::runtime::block_on(async move {
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
            _ = crate::interrupt::interrupted() => Err(CliError::Interrupted),
        }
    })?
}
