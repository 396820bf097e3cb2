//! The SQLite state file: opening it (WAL journal, busy timeout, so that several
//! processes can share one store), its schema, the settings kept in it, and the
//! transactions every operation runs in. A write transaction is
//! `BEGIN IMMEDIATE` and is committed before the reply is sent.
//!
//! Tables:
//! - `meta`: account, region, the secret sealing pagination tokens, whether the
//!   store has been initialised.
//! - `actions`: mitigation actions (`seq` gives their creation order).
//! - `audits`, `findings`, `resources`, `things`, `violations`: the world the
//!   tasks act on (from the seed), changed by the executions (a deactivated
//!   certificate becomes `INACTIVE`, a thing joins its groups).
//! - `tasks`, `task_items`, `executions`: mitigation actions tasks of both kinds,
//!   the findings/violations each one targets, and their planned executions.
//! - the audited resources, audits and suppressions: see `world`.

use std::path::Path;
use std::time::Duration;

use rusqlite::{params, Connection, OptionalExtension, Transaction, TransactionBehavior};

use super::error::ApiError;
use super::util;

/// Kept in `meta`; a store of another version gets `SCHEMA` applied again when opened.
const SCHEMA_VERSION: &str = "4";

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS actions (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL UNIQUE,
    id          TEXT NOT NULL,
    arn         TEXT NOT NULL,
    action_type TEXT NOT NULL,
    role_arn    TEXT NOT NULL,
    params      TEXT NOT NULL,
    tags        TEXT NOT NULL DEFAULT '[]',
    created_ms  INTEGER NOT NULL,
    modified_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS audits (
    audit_task_id TEXT PRIMARY KEY,
    seq           INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS findings (
    finding_id    TEXT PRIMARY KEY,
    audit_task_id TEXT NOT NULL,
    check_name    TEXT NOT NULL,
    reason_code   TEXT NOT NULL,
    resource_type TEXT NOT NULL,
    resource_id   TEXT NOT NULL,
    seq           INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_audit ON findings(audit_task_id, seq);
CREATE TABLE IF NOT EXISTS resources (
    resource_type TEXT NOT NULL,
    resource_id   TEXT NOT NULL,
    state         TEXT,
    things        TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (resource_type, resource_id)
);
CREATE TABLE IF NOT EXISTS things (
    thing_name     TEXT PRIMARY KEY,
    groups         TEXT NOT NULL DEFAULT '[]',
    dynamic_groups TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS violations (
    violation_id     TEXT PRIMARY KEY,
    security_profile TEXT NOT NULL,
    behavior         TEXT NOT NULL,
    thing_name       TEXT NOT NULL,
    start_ms         INTEGER NOT NULL,
    active           INTEGER NOT NULL,
    suppressed       INTEGER NOT NULL,
    seq              INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS violations_profile ON violations(security_profile, seq);
CREATE TABLE IF NOT EXISTS tasks (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind         TEXT NOT NULL,
    task_id      TEXT NOT NULL,
    client_token TEXT NOT NULL,
    status       TEXT NOT NULL,
    start_ms     INTEGER NOT NULL,
    end_ms       INTEGER,
    clock_ms     INTEGER NOT NULL,
    exec_ms      INTEGER NOT NULL,
    spec         TEXT NOT NULL,
    actions_def  TEXT NOT NULL,
    UNIQUE (kind, task_id)
);
CREATE INDEX IF NOT EXISTS tasks_status ON tasks(status);
CREATE INDEX IF NOT EXISTS tasks_token ON tasks(kind, client_token);
CREATE TABLE IF NOT EXISTS task_items (
    task_seq      INTEGER NOT NULL,
    item_id       TEXT NOT NULL,
    check_name    TEXT,
    audit_task_id TEXT,
    included      INTEGER NOT NULL,
    PRIMARY KEY (task_seq, item_id)
);
CREATE INDEX IF NOT EXISTS task_items_item ON task_items(item_id);
CREATE TABLE IF NOT EXISTS executions (
    eseq          INTEGER PRIMARY KEY AUTOINCREMENT,
    task_seq      INTEGER NOT NULL,
    ord           INTEGER NOT NULL,
    item_id       TEXT NOT NULL,
    thing_name    TEXT,
    resource_type TEXT,
    resource_id   TEXT,
    action_name   TEXT NOT NULL,
    action_id     TEXT NOT NULL,
    action_type   TEXT NOT NULL,
    action_params TEXT NOT NULL,
    status        TEXT NOT NULL,
    start_ms      INTEGER,
    end_ms        INTEGER,
    error_code    TEXT,
    message       TEXT,
    UNIQUE (task_seq, ord)
);
CREATE INDEX IF NOT EXISTS executions_item ON executions(task_seq, item_id);
CREATE INDEX IF NOT EXISTS executions_open ON executions(task_seq, status);
"#;

/// Opens (creating it and its folder if needed) the state file and makes sure
/// the schema is there.
pub fn open(path: &Path) -> anyhow::Result<Connection> {
    if let Some(dir) = path.parent() {
        if !dir.as_os_str().is_empty() {
            std::fs::create_dir_all(dir).map_err(|e| {
                anyhow::anyhow!(
                    "cannot create the folder {} for the local state: {e}",
                    dir.display()
                )
            })?;
        }
    }
    let conn = Connection::open(path)
        .map_err(|e| anyhow::anyhow!("cannot open the local state {}: {e}", path.display()))?;
    conn.busy_timeout(Duration::from_secs(15))?;
    let mode: String = conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        anyhow::bail!(
            "the local state {} cannot use a write-ahead log (journal mode is {mode})",
            path.display()
        );
    }
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // Up to 16 MiB of pages stay in memory (the default is 2 MiB): a listing of thousands of
    // actions is then served without reading the file again for every page.
    conn.pragma_update(None, "cache_size", -16384)?;
    let mut conn = conn;
    // A store that is already set up is only read: a write here would cost every `--local`
    // command a commit, and its close a checkpoint with fsyncs.
    if is_ready(&conn) {
        return Ok(conn);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute_batch(SCHEMA)?;
    super::world::migrate(&tx)?;
    if get_meta(&tx, "secret")?.is_none() {
        set_meta(
            &tx,
            "secret",
            &util::random_hex(32).map_err(|e| anyhow::anyhow!("{}", e.message))?,
        )?;
    }
    if get_meta(&tx, "schema_version")?.as_deref() != Some(SCHEMA_VERSION) {
        set_meta(&tx, "schema_version", SCHEMA_VERSION)?;
    }
    tx.commit()?;
    Ok(conn)
}

/// Whether the schema and the settings `open` creates are all there.
fn is_ready(conn: &Connection) -> bool {
    matches!(get_meta(conn, "secret"), Ok(Some(_)))
        && matches!(get_meta(conn, "schema_version"), Ok(Some(v)) if v == SCHEMA_VERSION)
}

pub fn get_meta(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    // Cached: opening a state reads several keys, and each statement compiled costs more than
    // the read.
    conn.prepare_cached("SELECT value FROM meta WHERE key = ?1")?
        .query_row(params![key], |r| r.get(0))
        .optional()
}

pub fn set_meta(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

/// Runs `f` in a `BEGIN IMMEDIATE` transaction, committed when `f` succeeds and
/// rolled back when it fails.
pub fn write<T>(
    conn: &mut Connection,
    f: impl FnOnce(&Transaction<'_>) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let out = f(&tx)?;
    tx.commit()?;
    Ok(out)
}

/// Runs `f` in a read transaction (one consistent snapshot).
pub fn read<T>(
    conn: &mut Connection,
    f: impl FnOnce(&Transaction<'_>) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
    let out = f(&tx)?;
    tx.commit()?;
    Ok(out)
}

/// The text in column `i` of a row, borrowed from it (no copy).
pub fn text<'r>(row: &'r rusqlite::Row<'_>, i: usize) -> rusqlite::Result<&'r str> {
    row.get_ref(i)?.as_str().map_err(rusqlite::Error::from)
}

/// The text in column `i` of a row, borrowed from it, or `None` for NULL.
pub fn optional_text<'r>(
    row: &'r rusqlite::Row<'_>,
    i: usize,
) -> rusqlite::Result<Option<&'r str>> {
    row.get_ref(i)?
        .as_str_or_null()
        .map_err(rusqlite::Error::from)
}
