//! Policies, their versions and targets: CreatePolicy, GetPolicy, ListPolicies, DeletePolicy,
//! CreatePolicyVersion, GetPolicyVersion, ListPolicyVersions, SetDefaultPolicyVersion,
//! DeletePolicyVersion, AttachPolicy, DetachPolicy, ListAttachedPolicies and
//! ListTargetsForPolicy.
//!
//! A policy has at most five versions (the mitigation REPLACE_DEFAULT_POLICY_VERSION adds one
//! too, see `world`); the default version cannot be deleted, and a policy with other versions,
//! or attached to a target, cannot be deleted.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Value};

use super::super::error::ApiError;
use super::super::input::{Input, Members};
use super::super::operations::Reply;
use super::super::paging::Listing;
use super::super::world::MAX_POLICY_VERSIONS;
use super::super::{store, util, Ctx};
use super::{arn, tag_on_create};

fn not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("Policy not found: {name}"))
}

fn conflict(message: impl Into<String>) -> ApiError {
    ApiError::new(409, "DeleteConflictException", message)
}

/// A policy document as the service keeps it: JSON text, refused when it is not a JSON object.
fn document(input: &Input) -> Result<String, ApiError> {
    let text = input.required("policyDocument")?;
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(_)) => Ok(text.to_string()),
        _ => Err(ApiError::new(
            400,
            "MalformedPolicyException",
            "The policy document is not valid JSON: it must be a JSON object.",
        )),
    }
}

/// The policy's default version, creation and last change times.
fn policy(conn: &Connection, name: &str) -> Result<(i64, i64, i64), ApiError> {
    conn.query_row(
        "SELECT default_version, COALESCE(created_ms, 0), COALESCE(modified_ms, created_ms, 0)
         FROM policies WHERE name = ?1",
        params![name],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .optional()?
    .ok_or_else(|| not_found(name))
}

fn generation_id(name: &str, version: i64, when: i64) -> String {
    util::hex(&util::sha256(format!("{name}/{version}/{when}").as_bytes()))
}

/// CreatePolicy.
pub fn create(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?.to_string();
    let doc = document(input)?;
    store::write(conn, |tx| {
        let policy_arn = arn(ctx, "policy", &name);
        if super::exists(tx, "SELECT 1 FROM policies WHERE name = ?1", &name)? {
            return Err(ApiError::already_exists(
                format!("Policy cannot be created - name already exists (name={name})"),
                &name,
                &policy_arn,
            ));
        }
        let now = util::now_ms();
        let seq = super::next_seq(tx, "policies")?;
        tx.execute(
            "INSERT INTO policies(name, default_version, seq, created_ms, modified_ms) VALUES (?1, 1, ?2, ?3, ?3)",
            params![name, seq, now],
        )?;
        tx.execute(
            "INSERT INTO policy_versions(policy, version, document, created_ms) VALUES (?1, 1, ?2, ?3)",
            params![name, doc, now],
        )?;
        tag_on_create(tx, input, &policy_arn)?;
        Ok(json!({
            "policyName": name,
            "policyArn": policy_arn,
            "policyDocument": doc,
            "policyVersionId": "1",
        })
        .into())
    })
}

fn version_document(
    conn: &Connection,
    name: &str,
    version: i64,
) -> Result<(String, i64), ApiError> {
    conn.query_row(
        "SELECT document, created_ms FROM policy_versions WHERE policy = ?1 AND version = ?2",
        params![name, version],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()?
    .ok_or_else(|| ApiError::not_found(format!("The policy {name} has no version {version}.")))
}

/// GetPolicy: the default version's document.
pub fn get(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?;
    store::read(conn, |tx| {
        let (default, created, modified) = policy(tx, name)?;
        let (doc, version_created) = version_document(tx, name, default)?;
        Ok(json!({
            "policyName": name,
            "policyArn": arn(ctx, "policy", name),
            "policyDocument": doc,
            "defaultVersionId": default.to_string(),
            "creationDate": util::ms_to_json(created),
            "lastModifiedDate": util::ms_to_json(modified.max(version_created)),
            "generationId": generation_id(name, default, version_created),
        })
        .into())
    })
}

/// ListPolicies, newest first unless `ascendingOrder`.
pub fn list(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let ascending = input.flag("ascendingOrder") == Some(true);
    let page = store::read(conn, |tx| {
        let sql = format!(
            "SELECT {pos}, name FROM policies WHERE {pos} > ?1 ORDER BY rowid {order} LIMIT ?2",
            pos = if ascending { "rowid" } else { "-rowid" },
            order = if ascending { "ASC" } else { "DESC" },
        );
        let mut stmt = tx.prepare_cached(&sql)?;
        let rows = stmt.query(params![listing.after(i64::MIN), (listing.max + 1) as i64])?;
        listing.fill(rows, 120, |page, pos, r| {
            let name = store::text(r, 1)?;
            page.offer(
                pos,
                &json!({"policyName": name, "policyArn": arn(ctx, "policy", name)}),
            )
        })
    })?;
    listing.finish(page)
}

/// DeletePolicy.
pub fn delete(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?;
    store::write(conn, |tx| {
        let (default, _, _) = policy(tx, name)?;
        let others: i64 = tx.query_row(
            "SELECT COUNT(*) FROM policy_versions WHERE policy = ?1 AND version != ?2",
            params![name, default],
            |r| r.get(0),
        )?;
        if others > 0 {
            return Err(conflict(format!(
                "Cannot delete the policy {name}: it has versions other than its default; delete them first."
            )));
        }
        let targets: i64 = tx.query_row(
            "SELECT COUNT(*) FROM policy_targets WHERE policy = ?1",
            params![name],
            |r| r.get(0),
        )?;
        if targets > 0 {
            return Err(conflict(format!(
                "Cannot delete the policy {name}: it is attached to one or more principals."
            )));
        }
        tx.execute(
            "DELETE FROM policy_versions WHERE policy = ?1",
            params![name],
        )?;
        tx.execute("DELETE FROM policies WHERE name = ?1", params![name])?;
        tx.execute(
            "DELETE FROM tags WHERE arn = ?1",
            params![arn(ctx, "policy", name)],
        )?;
        Ok(json!({}).into())
    })
}

/// CreatePolicyVersion.
pub fn create_version(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?;
    let doc = document(input)?;
    let set_default = input.flag("setAsDefault") == Some(true);
    store::write(conn, |tx| {
        policy(tx, name)?;
        let (count, max): (i64, i64) = tx.query_row(
            "SELECT COUNT(*), COALESCE(MAX(version), 0) FROM policy_versions WHERE policy = ?1",
            params![name],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        if count >= MAX_POLICY_VERSIONS {
            return Err(ApiError::new(
                409,
                "VersionsLimitExceededException",
                format!("The policy {name} already has the maximum number of versions ({MAX_POLICY_VERSIONS})."),
            ));
        }
        let version = max + 1;
        let now = util::now_ms();
        tx.execute(
            "INSERT INTO policy_versions(policy, version, document, created_ms) VALUES (?1, ?2, ?3, ?4)",
            params![name, version, doc, now],
        )?;
        if set_default {
            tx.execute(
                "UPDATE policies SET default_version = ?1, modified_ms = ?2 WHERE name = ?3",
                params![version, now, name],
            )?;
        }
        Ok(json!({
            "policyArn": arn(ctx, "policy", name),
            "policyDocument": doc,
            "policyVersionId": version.to_string(),
            "isDefaultVersion": set_default,
        })
        .into())
    })
}

fn version_id(input: &Input) -> Result<i64, ApiError> {
    input
        .required("policyVersionId")?
        .parse()
        .map_err(|_| ApiError::invalid("policyVersionId must be a number."))
}

/// GetPolicyVersion.
pub fn get_version(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?;
    let version = version_id(input)?;
    store::read(conn, |tx| {
        let (default, _, _) = policy(tx, name)?;
        let (doc, created) = version_document(tx, name, version)?;
        Ok(json!({
            "policyArn": arn(ctx, "policy", name),
            "policyName": name,
            "policyDocument": doc,
            "policyVersionId": version.to_string(),
            "isDefaultVersion": version == default,
            "creationDate": util::ms_to_json(created),
            "lastModifiedDate": util::ms_to_json(created),
            "generationId": generation_id(name, version, created),
        })
        .into())
    })
}

/// ListPolicyVersions (not paged: five at most), newest first.
pub fn list_versions(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?;
    store::read(conn, |tx| {
        let (default, _, _) = policy(tx, name)?;
        let mut stmt = tx.prepare_cached(
            "SELECT version, created_ms FROM policy_versions WHERE policy = ?1 ORDER BY version DESC",
        )?;
        let versions = stmt
            .query_map(params![name], |r| {
                let v: i64 = r.get(0)?;
                Ok(json!({
                    "versionId": v.to_string(),
                    "isDefaultVersion": v == default,
                    "createDate": util::ms_to_json(r.get(1)?),
                }))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(json!({"policyVersions": versions}).into())
    })
}

/// SetDefaultPolicyVersion.
pub fn set_default(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?;
    let version = version_id(input)?;
    store::write(conn, |tx| {
        policy(tx, name)?;
        version_document(tx, name, version)?;
        tx.execute(
            "UPDATE policies SET default_version = ?1, modified_ms = ?2 WHERE name = ?3",
            params![version, util::now_ms(), name],
        )?;
        Ok(json!({}).into())
    })
}

/// DeletePolicyVersion: not the default version.
pub fn delete_version(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?;
    let version = version_id(input)?;
    store::write(conn, |tx| {
        let (default, _, _) = policy(tx, name)?;
        version_document(tx, name, version)?;
        if version == default {
            return Err(conflict(format!(
                "Cannot delete the default version {version} of the policy {name}."
            )));
        }
        tx.execute(
            "DELETE FROM policy_versions WHERE policy = ?1 AND version = ?2",
            params![name, version],
        )?;
        Ok(json!({}).into())
    })
}

/// A target must exist when it names a certificate or a thing group of the registry.
fn check_target(conn: &Connection, target: &str) -> Result<(), ApiError> {
    if let Some(id) = super::certs::id_from_arn(target) {
        super::certs::status(conn, "DEVICE_CERTIFICATE", id)?;
    } else if let Some((_, group)) = target.rsplit_once(":thinggroup/") {
        if !super::exists(conn, "SELECT 1 FROM thing_groups WHERE name = ?1", group)? {
            return Err(ApiError::not_found(format!(
                "Thing Group {group} does not exist"
            )));
        }
    }
    Ok(())
}

/// AttachPolicy.
pub fn attach(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?;
    let target = input.required("target")?;
    store::write(conn, |tx| {
        policy(tx, name)?;
        check_target(tx, target)?;
        let seq = super::next_seq(tx, "policy_targets")?;
        tx.execute(
            "INSERT OR IGNORE INTO policy_targets(policy, target, seq) VALUES (?1, ?2, ?3)",
            params![name, target, seq],
        )?;
        Ok(json!({}).into())
    })
}

/// DetachPolicy.
pub fn detach(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("policyName")?;
    let target = input.required("target")?;
    store::write(conn, |tx| {
        policy(tx, name)?;
        tx.execute(
            "DELETE FROM policy_targets WHERE policy = ?1 AND target = ?2",
            params![name, target],
        )?;
        Ok(json!({}).into())
    })
}

/// ListAttachedPolicies (`recursive`: a thing group's ancestors' policies too).
pub fn list_attached(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let target = input.required("target")?;
    let recursive = input.flag("recursive") == Some(true);
    let page = store::read(conn, |tx| {
        check_target(tx, target)?;
        let mut targets = vec![target.to_string()];
        if let (true, Some((head, group))) = (recursive, target.rsplit_once(":thinggroup/")) {
            let mut parent: Option<String> = Some(group.to_string());
            for _ in 0..8 {
                let Some(p) = parent else { break };
                parent = tx
                    .query_row(
                        "SELECT parent FROM thing_groups WHERE name = ?1",
                        params![p],
                        |r| r.get(0),
                    )
                    .optional()?
                    .flatten();
                if let Some(up) = &parent {
                    targets.push(format!("{head}:thinggroup/{up}"));
                }
            }
        }
        let mut stmt = tx.prepare_cached(
            "SELECT seq, policy FROM policy_targets WHERE target IN (SELECT value FROM json_each(?1))
             AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query(params![
            json!(targets).to_string(),
            listing.after(0),
            (listing.max + 1) as i64
        ])?;
        listing.fill(rows, 120, |page, pos, r| {
            let name = store::text(r, 1)?;
            page.offer(
                pos,
                &json!({"policyName": name, "policyArn": arn(ctx, "policy", name)}),
            )
        })
    })?;
    listing.finish(page)
}

/// ListTargetsForPolicy.
pub fn list_targets(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let name = input.required("policyName")?;
    let page = store::read(conn, |tx| {
        policy(tx, name)?;
        let mut stmt = tx.prepare_cached(
            "SELECT seq, target FROM policy_targets WHERE policy = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query(params![name, listing.after(0), (listing.max + 1) as i64])?;
        listing.fill(rows, 100, |page, pos, r| {
            page.offer(pos, store::text(r, 1)?)
        })
    })?;
    listing.finish(page)
}
