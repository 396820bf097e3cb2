//! Audit finding suppressions: CreateAuditSuppression, DescribeAuditSuppression,
//! ListAuditSuppressions, UpdateAuditSuppression and DeleteAuditSuppression.
//!
//! A suppression names a check and a resource; it is in force until its `expirationDate`
//! passes, or for ever with `suppressIndefinitely` (or when neither is given). An expired
//! suppression is gone: it is no longer listed or described, and it no longer marks findings.
//! Findings covered by a suppression when their audit runs are marked `isSuppressed`, and
//! mitigation actions tasks skip them.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::audit::known_check;
use super::error::ApiError;
use super::input::{Input, Members};
use super::operations::Reply;
use super::paging::Listing;
use super::store;
use super::util;
use super::validate;
use super::world;
use super::Ctx;

/// How many suppressions an account may have.
const MAX_SUPPRESSIONS: i64 = 1000;

/// A suppression in force.
#[derive(Debug, Clone)]
pub struct Suppression {
    pub check_name: String,
    pub resource: Value,
}

/// The suppressions in force at `now`.
pub fn active(conn: &Connection, now: i64) -> Result<Vec<Suppression>, ApiError> {
    let mut stmt = conn.prepare_cached(
        "SELECT check_name, resource FROM suppressions
         WHERE indefinitely = 1 OR expiration_ms IS NULL OR expiration_ms > ?1 ORDER BY seq",
    )?;
    let rows = stmt
        .query_map(params![now], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter()
        .map(|(check_name, resource)| {
            Ok(Suppression {
                check_name,
                resource: serde_json::from_str(&resource)?,
            })
        })
        .collect()
}

/// Forgets the suppressions that have expired.
fn expire(conn: &Connection, now: i64) -> Result<(), ApiError> {
    conn.execute(
        "DELETE FROM suppressions WHERE COALESCE(indefinitely, 0) = 0 AND expiration_ms IS NOT NULL AND expiration_ms <= ?1",
        params![now],
    )?;
    Ok(())
}

/// The check and resource every suppression request names.
fn key(input: &Input) -> Result<(String, Value), ApiError> {
    let resource = validate::resource(input, "resourceIdentifier")?;
    match (input.text("checkName"), resource) {
        (Some(check), Some(resource)) => Ok((check.to_string(), resource)),
        _ => Err(ApiError::invalid(
            "checkName and resourceIdentifier are required.",
        )),
    }
}

fn not_found(check: &str) -> ApiError {
    ApiError::not_found(format!(
        "No audit suppression exists for the check {check} and this resource."
    ))
}

/// The optional members of Create and Update: expiration date, indefinitely, description.
struct Terms {
    expiration: Option<i64>,
    indefinitely: Option<bool>,
    description: Option<String>,
}

fn terms(input: &Input) -> Terms {
    Terms {
        expiration: input.time("expirationDate"),
        indefinitely: input.flag("suppressIndefinitely"),
        description: input.text("description").map(String::from),
    }
}

fn check_terms(t: &Terms, now: i64) -> Result<(), ApiError> {
    if t.indefinitely == Some(true) && t.expiration.is_some() {
        return Err(ApiError::invalid(
            "Specify either expirationDate or suppressIndefinitely, not both.",
        ));
    }
    if t.expiration.is_some_and(|e| e <= now) {
        return Err(ApiError::invalid("expirationDate must be in the future."));
    }
    Ok(())
}

/// CreateAuditSuppression.
pub fn create(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let (check, resource) = key(input)?;
    let t = terms(input);
    let token = input.required("clientRequestToken")?;
    known_check(&check)?;
    let now = util::now_ms();
    check_terms(&t, now)?;
    let rkey = world::identifier_key(&resource);
    store::write(conn, |tx| {
        expire(tx, now)?;
        let existing: Option<String> = tx
            .query_row(
                "SELECT client_token FROM suppressions WHERE check_name = ?1 AND resource_key = ?2",
                params![check, rkey],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(existing) = existing {
            if existing == token {
                return Ok(json!({}).into());
            }
            return Err(ApiError::new(
                409,
                "ResourceAlreadyExistsException",
                format!(
                    "An audit suppression already exists for the check {check} and this resource."
                ),
            ));
        }
        let n: i64 = tx.query_row("SELECT COUNT(*) FROM suppressions", [], |r| r.get(0))?;
        if n >= MAX_SUPPRESSIONS {
            return Err(ApiError::limit(format!(
                "The account already has {n} audit suppressions; at most {MAX_SUPPRESSIONS} are allowed."
            )));
        }
        let seq: i64 = tx.query_row(
            "SELECT COALESCE(MAX(seq), 0) + 1 FROM suppressions",
            [],
            |r| r.get(0),
        )?;
        tx.execute(
            "INSERT INTO suppressions(check_name, resource_key, resource, expiration_ms, indefinitely, description, client_token, seq)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                check,
                rkey,
                resource.to_string(),
                t.expiration,
                t.indefinitely,
                t.description,
                token,
                seq
            ],
        )?;
        Ok(json!({}).into())
    })
}

/// One suppression as the API shows it (`AuditSuppression`, members in model order).
fn suppression_json(r: &rusqlite::Row<'_>) -> Result<Value, ApiError> {
    let mut out = Map::new();
    out.insert("checkName".into(), Value::from(r.get::<_, String>(0)?));
    out.insert(
        "resourceIdentifier".into(),
        serde_json::from_str(&r.get::<_, String>(1)?)?,
    );
    if let Some(ms) = r.get::<_, Option<i64>>(2)? {
        out.insert("expirationDate".into(), util::ms_to_json(ms));
    }
    if let Some(b) = r.get::<_, Option<bool>>(3)? {
        out.insert("suppressIndefinitely".into(), Value::from(b));
    }
    if let Some(d) = r.get::<_, Option<String>>(4)? {
        out.insert("description".into(), Value::from(d));
    }
    Ok(Value::Object(out))
}

const SELECT: &str =
    "SELECT check_name, resource, expiration_ms, indefinitely, description, seq FROM suppressions";

/// DescribeAuditSuppression.
pub fn describe(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let (check, resource) = key(input)?;
    let rkey = world::identifier_key(&resource);
    store::write(conn, |tx| {
        expire(tx, util::now_ms())?;
        let mut stmt = tx.prepare_cached(&format!(
            "{SELECT} WHERE check_name = ?1 AND resource_key = ?2"
        ))?;
        let mut rows = stmt.query(params![check, rkey])?;
        match rows.next()? {
            Some(r) => Ok(suppression_json(r)?.into()),
            None => Err(not_found(&check)),
        }
    })
}

/// UpdateAuditSuppression: the members given replace those stored.
pub fn update(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let (check, resource) = key(input)?;
    let t = terms(input);
    let now = util::now_ms();
    check_terms(&t, now)?;
    let rkey = world::identifier_key(&resource);
    store::write(conn, |tx| {
        expire(tx, now)?;
        let n = tx.execute(
            "UPDATE suppressions SET
               expiration_ms = CASE WHEN ?3 = 1 THEN NULL WHEN ?4 IS NOT NULL THEN ?4 ELSE expiration_ms END,
               indefinitely = CASE WHEN ?3 IS NOT NULL THEN ?3 WHEN ?4 IS NOT NULL THEN 0 ELSE indefinitely END,
               description = COALESCE(?5, description)
             WHERE check_name = ?1 AND resource_key = ?2",
            params![check, rkey, t.indefinitely, t.expiration, t.description],
        )?;
        if n == 0 {
            return Err(not_found(&check));
        }
        Ok(json!({}).into())
    })
}

/// DeleteAuditSuppression.
pub fn delete(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let (check, resource) = key(input)?;
    let rkey = world::identifier_key(&resource);
    store::write(conn, |tx| {
        expire(tx, util::now_ms())?;
        let n = tx.execute(
            "DELETE FROM suppressions WHERE check_name = ?1 AND resource_key = ?2",
            params![check, rkey],
        )?;
        if n == 0 {
            return Err(not_found(&check));
        }
        Ok(json!({}).into())
    })
}

/// ListAuditSuppressions: in creation order (newest first unless `ascendingOrder`).
pub fn list(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let check = input.text("checkName");
    let resource = validate::resource(input, "resourceIdentifier")?;
    let ascending = input.flag("ascendingOrder").unwrap_or(true);
    let listing = Listing::new(ctx, input)?;
    let rkey = resource.as_ref().map(world::identifier_key);
    let page = store::write(conn, |tx| {
        expire(tx, util::now_ms())?;
        let order = if ascending { "ASC" } else { "DESC" };
        let cmp = if ascending { ">" } else { "<" };
        let mut stmt = tx.prepare(&format!(
            "{SELECT} WHERE (?1 IS NULL OR check_name = ?1) AND (?2 IS NULL OR resource_key = ?2)
               AND (?3 IS NULL OR seq {cmp} ?3)
             ORDER BY seq {order} LIMIT ?4"
        ))?;
        let mut rows = stmt.query(params![
            check,
            rkey,
            listing.token_position(),
            (listing.max + 1) as i64
        ])?;
        let mut page = listing.page(256)?;
        while let Some(r) = rows.next()? {
            if !page.offer(r.get(5)?, &suppression_json(r)?)? {
                break;
            }
        }
        Ok(page)
    })?;
    listing.finish(page)
}
