//! The local endpoint: an HTTP server that behaves like AWS IoT Device Defender
//! for the fifteen mitigation action operations and the audit operations around
//! them, keeping its state in a SQLite file, so that every command can be tried
//! and tested without an AWS account.
//!
//! - [`bind`] opens the state, loads seed data, binds the listener and hands
//!   back the serving future (what `iotmit local serve` runs);
//! - [`spawn_in_process`] serves on 127.0.0.1 on a free port for the length of
//!   one command;
//! - [`default_state_path`] is where the state lives unless told otherwise.
//!
//! Modules: `http` (wire protocol, auth), `binding` (an operation and its input from a
//! request, by the model's HTTP bindings), `validate` (the model's constraints, worded as the
//! service words them), `input` (the checked input document), `operations` (the table of the
//! operations served), `paging` (how every list pages), `actions`, `audit`, `detect` (the
//! mitigation operations), `ondemand`, `suppressions`, `violations` (the audits, findings,
//! suppressions and violations around them), `checks` (what the audit checks find),
//! `world` (the audited resources), `tasks` (how tasks progress with time), `store` (SQLite),
//! `seed` (seed files and the demo data set), `faults` (injected throttling, errors, latency
//! and resets), `error`, `util`.

mod actions;
mod audit;
mod binding;
mod checks;
mod clock;
mod detect;
mod error;
pub mod faults;
mod http;
mod input;
mod metrics;
mod ondemand;
mod operations;
mod paging;
mod profiles;
mod registry;
mod scheduled;
mod seed;
pub mod serve;
pub mod sigv4;
mod store;
mod suppressions;
mod tasks;
mod util;
mod validate;
mod violations;
mod world;
mod x509;

use std::future::Future;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use anyhow::Context as _;
use tokio::net::TcpListener;

pub use clock::{ADVANCE_PATH, PUBLISHED_PATH};
pub use metrics::REPORT_PATH;
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
    /// The access keys whose SigV4 signatures are verified; required (and empty refused)
    /// when `bind` is not a loopback address.
    pub credentials: sigv4::Credentials,
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
            credentials: sigv4::Credentials::default(),
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
    /// Verify signatures against these (none: only their form is checked).
    pub credentials: sigv4::Credentials,
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
    if !opts.bind.is_loopback() && opts.credentials.is_empty() {
        anyhow::bail!(
            "listening on {} (not loopback) needs credentials to verify request signatures: pass --credentials FILE or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY",
            opts.bind
        );
    }
    // A seed file is read and checked before anything is touched.
    let seed = match &opts.seed {
        Some(path) => Some(seed::load_file(path)?),
        None => None,
    };
    let listener = TcpListener::bind((opts.bind, opts.port))
        .await
        .with_context(|| format!("cannot listen on {}:{}", opts.bind, opts.port))?;
    let addr = listener.local_addr()?;
    // Opened on this thread: nothing else runs yet, and a thread of the blocking pool would
    // cost a one-command `--local` run more than the opening itself.
    let state = &opts.state;
    let mut conn = store::open(state)?;
    seed::initialize(&mut conn, seed.as_ref(), opts.execution_ms)
        .with_context(|| format!("cannot initialise the local state {}", state.display()))?;
    let ctx = read_ctx(&conn, opts.execution_ms)?;
    let shared = Shared {
        conn: Mutex::new(conn),
        ctx,
        faults: faults::Faults::new(opts.faults.clone()),
        credentials: opts.credentials.clone(),
    };
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
        credentials: sigv4::Credentials::default(),
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
