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

use super::audit::{self, body_obj};
use super::error::ApiError;
use super::ondemand::unknown_check;
use super::store;
use super::util;
use super::validate::{self, Checker};
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

/// The check and resource of a request that names nothing else (Describe, Delete).
fn key_only(body: &Value) -> Result<(String, Value), ApiError> {
    let obj = body_obj(body)?;
    let mut c = Checker::new();
    let (check, resource) = key(&mut c, obj);
    c.finish()?;
    match (check, resource) {
        (Some(check), Some(resource)) => Ok((check, resource)),
        _ => Err(ApiError::invalid(
            "checkName and resourceIdentifier are required.",
        )),
    }
}

/// The check and resource every suppression request names.
fn key(c: &mut Checker, obj: &Map<String, Value>) -> (Option<String>, Option<Value>) {
    let check = c.string(obj, "checkName", "checkName", validate::ANY_STRING, true);
    let resource = c.resource_identifier(obj, "resourceIdentifier", "resourceIdentifier", true);
    (check, resource)
}

fn known(check: &str) -> Result<(), ApiError> {
    if audit::supported_types(check).is_none() {
        return Err(unknown_check(check));
    }
    Ok(())
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

fn terms(c: &mut Checker, obj: &Map<String, Value>) -> Terms {
    Terms {
        expiration: c.timestamp(obj, "expirationDate", "expirationDate", false),
        indefinitely: c.boolean(obj, "suppressIndefinitely", "suppressIndefinitely"),
        description: c.string(
            obj,
            "description",
            "description",
            validate::AUDIT_DESCRIPTION,
            false,
        ),
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
pub fn create(conn: &mut Connection, _ctx: &Ctx, body: &Value) -> Result<Value, ApiError> {
    let obj = body_obj(body)?;
    let mut c = Checker::new();
    let (check, resource) = key(&mut c, obj);
    let t = terms(&mut c, obj);
    let token = c.string(
        obj,
        "clientRequestToken",
        "clientRequestToken",
        validate::CLIENT_TOKEN,
        true,
    );
    c.finish()?;
    let (Some(check), Some(resource), Some(token)) = (check, resource, token) else {
        return Err(ApiError::invalid(
            "checkName, resourceIdentifier and clientRequestToken are required.",
        ));
    };
    known(&check)?;
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
                return Ok(json!({}));
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
        Ok(json!({}))
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
pub fn describe(conn: &mut Connection, _ctx: &Ctx, body: &Value) -> Result<Value, ApiError> {
    let (check, resource) = key_only(body)?;
    let rkey = world::identifier_key(&resource);
    store::write(conn, |tx| {
        expire(tx, util::now_ms())?;
        let mut stmt = tx.prepare_cached(&format!(
            "{SELECT} WHERE check_name = ?1 AND resource_key = ?2"
        ))?;
        let mut rows = stmt.query(params![check, rkey])?;
        match rows.next()? {
            Some(r) => suppression_json(r),
            None => Err(not_found(&check)),
        }
    })
}

/// UpdateAuditSuppression: the members given replace those stored.
pub fn update(conn: &mut Connection, _ctx: &Ctx, body: &Value) -> Result<Value, ApiError> {
    let obj = body_obj(body)?;
    let mut c = Checker::new();
    let (check, resource) = key(&mut c, obj);
    let t = terms(&mut c, obj);
    c.finish()?;
    let (Some(check), Some(resource)) = (check, resource) else {
        return Err(ApiError::invalid(
            "checkName and resourceIdentifier are required.",
        ));
    };
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
        Ok(json!({}))
    })
}

/// DeleteAuditSuppression.
pub fn delete(conn: &mut Connection, _ctx: &Ctx, body: &Value) -> Result<Value, ApiError> {
    let (check, resource) = key_only(body)?;
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
        Ok(json!({}))
    })
}

/// ListAuditSuppressions: in creation order (newest first unless `ascendingOrder`).
pub fn list(conn: &mut Connection, ctx: &Ctx, body: &Value) -> Result<Vec<u8>, ApiError> {
    let obj = body_obj(body)?;
    let mut c = Checker::new();
    let check = c.string(obj, "checkName", "checkName", validate::ANY_STRING, false);
    let resource = c.resource_identifier(obj, "resourceIdentifier", "resourceIdentifier", false);
    let ascending = c
        .boolean(obj, "ascendingOrder", "ascendingOrder")
        .unwrap_or(true);
    let token = c.string(obj, "nextToken", "nextToken", validate::ANY_STRING, false);
    let max = c
        .integer(obj, "maxResults", "maxResults", 1, 250)
        .unwrap_or(25) as usize;
    c.finish()?;
    let rkey = resource.as_ref().map(world::identifier_key);
    let filters = format!(
        "{}|{}|{ascending}",
        check.as_deref().unwrap_or(""),
        rkey.as_deref().unwrap_or("")
    );
    let from = match token.as_deref().filter(|t| !t.is_empty()) {
        Some(t) => Some(util::decode_page_token(
            &ctx.secret,
            "ListAuditSuppressions",
            &filters,
            t,
        )?),
        None => None,
    };
    let (page, resume) = store::write(conn, |tx| {
        expire(tx, util::now_ms())?;
        let order = if ascending { "ASC" } else { "DESC" };
        let cmp = if ascending { ">" } else { "<" };
        let mut stmt = tx.prepare(&format!(
            "{SELECT} WHERE (?1 IS NULL OR check_name = ?1) AND (?2 IS NULL OR resource_key = ?2)
               AND (?3 IS NULL OR seq {cmp} ?3)
             ORDER BY seq {order} LIMIT ?4"
        ))?;
        let rows = stmt.query(params![check, rkey, from, (max + 1) as i64])?;
        let mut page = util::PageWriter::new("suppressions", 64 + max * 256)?;
        let mut rows = rows;
        let mut last = None;
        let mut resume = None;
        while let Some(r) = rows.next()? {
            if page.len() == max {
                resume = last;
                break;
            }
            page.push(&suppression_json(r)?)?;
            last = Some(r.get::<_, i64>(5)?);
        }
        Ok((page, resume))
    })?;
    let token = resume.map(|after| {
        util::encode_page_token(&ctx.secret, "ListAuditSuppressions", &filters, after)
    });
    page.finish(token.as_deref())
}
