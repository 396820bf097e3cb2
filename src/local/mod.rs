//! The local endpoint: an HTTP server that behaves like AWS IoT Device Defender
//! for the fifteen mitigation action operations, keeping its state in a SQLite
//! file, so that every command can be tried and tested without an AWS account.
//!
//! - [`bind`] opens the state, loads seed data, binds the listener and hands
//!   back the serving future (what `iotmit local serve` runs);
//! - [`spawn_in_process`] serves on 127.0.0.1 on a free port for the length of
//!   one command;
//! - [`default_state_path`] is where the state lives unless told otherwise.
//!
//! Modules: `http` (wire protocol, routing, auth), `actions`, `audit`, `detect`
//! (the operations), `tasks` (how tasks progress with time), `store` (SQLite),
//! `seed` (seed files and the demo data set), `validate` (model constraints),
//! `faults` (injected throttling, errors, latency and resets), `error`, `util`.

mod actions;
pub(crate) mod audit;
mod detect;
mod error;
pub mod faults;
mod http;
mod seed;
pub mod serve;
mod store;
mod tasks;
mod util;
mod validate;

use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::Context as _;
use tokio::net::TcpListener;

pub use seed::DEMO_SEED_YAML;

/// How to run the local endpoint.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on; 127.0.0.1 unless told otherwise.
    pub bind: IpAddr,
    /// Port to listen on; 0 picks any free port.
    pub port: u16,
    /// The SQLite state file (created if missing).
    pub state: PathBuf,
    /// A seed file to load (replacing the seeded world); without one, a fresh
    /// state gets the demo data set.
    pub seed: Option<PathBuf>,
    /// How long each mitigation action execution takes, in milliseconds.
    pub execution_ms: u64,
    /// Faults to inject (none by default).
    pub faults: faults::FaultSpec,
}

impl Default for ServeOptions {
    fn default() -> Self {
        ServeOptions {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            state: default_state_path(),
            seed: None,
            execution_ms: 200,
            faults: faults::FaultSpec::default(),
        }
    }
}

/// What every operation needs to know besides the store.
#[derive(Debug, Clone)]
pub(crate) struct Ctx {
    pub account: String,
    pub region: String,
    /// Seals pagination tokens.
    pub secret: String,
    pub execution_ms: u64,
}

/// State shared by the connections of one server.
pub(crate) struct Shared {
    pub conn: Mutex<rusqlite::Connection>,
    pub ctx: Ctx,
    pub faults: faults::Faults,
}

pub(crate) fn read_ctx(conn: &rusqlite::Connection, execution_ms: u64) -> anyhow::Result<Ctx> {
    Ok(Ctx {
        account: store::get_meta(conn, "account")?.unwrap_or_else(|| "123456789012".into()),
        region: store::get_meta(conn, "region")?.unwrap_or_else(|| "us-east-1".into()),
        secret: store::get_meta(conn, "secret")?.unwrap_or_default(),
        execution_ms,
    })
}

/// Opens (creating if needed) the state, loads seed (explicit file, or the demo
/// data set on a fresh state), binds, and returns the bound address plus a
/// future that serves until dropped/cancelled.
pub async fn bind(
    opts: ServeOptions,
) -> anyhow::Result<(SocketAddr, impl Future<Output = anyhow::Result<()>>)> {
    // A seed file is read and checked before anything is touched.
    let seed = match &opts.seed {
        Some(path) => Some(seed::load_file(path)?),
        None => None,
    };
    let listener = TcpListener::bind((opts.bind, opts.port))
        .await
        .with_context(|| format!("cannot listen on {}:{}", opts.bind, opts.port))?;
    let addr = listener.local_addr()?;
    let state = opts.state.clone();
    let execution_ms = opts.execution_ms;
    let fault_spec = opts.faults.clone();
    let shared = tokio::task::spawn_blocking(move || -> anyhow::Result<Shared> {
        let mut conn = store::open(&state)?;
        seed::initialize(&mut conn, seed.as_ref(), execution_ms)
            .with_context(|| format!("cannot initialise the local state {}", state.display()))?;
        let ctx = read_ctx(&conn, execution_ms)?;
        Ok(Shared {
            conn: Mutex::new(conn),
            ctx,
            faults: faults::Faults::new(fault_spec),
        })
    })
    .await
    .map_err(|e| anyhow::anyhow!("opening the local state did not complete: {e}"))??;
    Ok((addr, http::serve(listener, Arc::new(shared))))
}

/// Convenience for in-process use by one CLI command: bind on 127.0.0.1:0 and
/// spawn the serving future on the current tokio runtime; returns the address.
pub async fn spawn_in_process(state: &Path, execution_ms: u64) -> anyhow::Result<SocketAddr> {
    let (addr, serving) = bind(ServeOptions {
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 0,
        state: state.to_path_buf(),
        seed: None,
        execution_ms,
        faults: faults::FaultSpec::default(),
    })
    .await?;
    tokio::spawn(async move {
        if let Err(e) = serving.await {
            eprintln!("local endpoint stopped: {e:#}");
        }
    });
    Ok(addr)
}

/// The default state file: $XDG_DATA_HOME/iotmit/local.sqlite3 or
/// ~/.local/share/iotmit/local.sqlite3.
pub fn default_state_path() -> PathBuf {
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".local").join("share"))
        })
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("iotmit").join("local.sqlite3")
}
