//! Role aliases, the account's logging options and tags: CreateRoleAlias, DescribeRoleAlias,
//! ListRoleAliases, DeleteRoleAlias, GetV2LoggingOptions, SetV2LoggingOptions,
//! GetLoggingOptions, SetLoggingOptions, TagResource, UntagResource and ListTagsForResource.
//!
//! Logging: the options of SetLoggingOptions are kept in `meta` under `logging` (where the seed
//! and the mitigation ENABLE_IOT_LOGGING put them too), those of SetV2LoggingOptions under
//! `logging_v2`; the LOGGING_DISABLED_CHECK finds logging disabled when neither enables it.
//!
//! Tags: every taggable resource of the registry and of Device Defender, by ARN; a resource of
//! the registry or of Detect must exist to be tagged.

use rusqlite::{params, Connection};
use serde_json::{json, Map, Value};

use super::super::error::ApiError;
use super::super::input::{Input, Members};
use super::super::operations::Reply;
use super::super::paging::Listing;
use super::super::{store, util, world, Ctx};
use super::{arn, tag_on_create};

/// How many tags a resource may have.
const MAX_TAGS: i64 = 50;

/// Stores tags (`[{"Key": k, "Value": v}]`) for `arn`, replacing the values of keys it has.
pub fn put_tags(conn: &Connection, arn: &str, tags: &[Value]) -> Result<(), ApiError> {
    for t in tags {
        let (Some(k), v) = (
            t.get("Key").and_then(Value::as_str),
            t.get("Value").and_then(Value::as_str).unwrap_or(""),
        ) else {
            continue;
        };
        let seq = super::next_seq(conn, "tags")?;
        conn.execute(
            "INSERT INTO tags(arn, key, value, seq) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT(arn, key) DO UPDATE SET value = excluded.value",
            params![arn, k, v, seq],
        )?;
    }
    let n: i64 = conn.query_row(
        "SELECT COUNT(*) FROM tags WHERE arn = ?1",
        params![arn],
        |r| r.get(0),
    )?;
    if n > MAX_TAGS {
        return Err(ApiError::limit(format!(
            "A resource can have at most {MAX_TAGS} tags."
        )));
    }
    Ok(())
}

/// Whether the resource an ARN names exists, for the kinds the endpoint keeps.
fn resource_exists(conn: &Connection, resource_arn: &str) -> Result<bool, ApiError> {
    let Some(rest) = resource_arn
        .starts_with("arn:")
        .then(|| resource_arn.splitn(6, ':').nth(5))
        .flatten()
    else {
        return Ok(false);
    };
    let (kind, name) = rest.split_once('/').unwrap_or((rest, ""));
    let sql = match kind {
        "mitigationaction" => "SELECT 1 FROM actions WHERE name = ?1",
        "thinggroup" => "SELECT 1 FROM thing_groups WHERE name = ?1",
        "policy" => "SELECT 1 FROM policies WHERE name = ?1",
        "cacert" => "SELECT 1 FROM certificates WHERE kind = 'CA_CERTIFICATE' AND cert_id = ?1",
        "rolealias" => "SELECT 1 FROM role_aliases WHERE name = ?1",
        "scheduledaudit" => "SELECT 1 FROM scheduled_audits WHERE name = ?1",
        "dimension" => "SELECT 1 FROM dimensions WHERE name = ?1",
        "custommetric" => "SELECT 1 FROM custom_metrics WHERE name = ?1",
        "securityprofile" => "SELECT 1 FROM security_profiles WHERE name = ?1",
        _ => return Ok(false),
    };
    super::exists(conn, sql, name)
}

fn tagged_resource(conn: &Connection, input: &Input) -> Result<String, ApiError> {
    let resource_arn = input.required("resourceArn")?;
    if !resource_exists(conn, resource_arn)? {
        return Err(ApiError::not_found(format!(
            "The resource {resource_arn} does not exist."
        )));
    }
    Ok(resource_arn.to_string())
}

/// TagResource.
pub fn tag(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    store::write(conn, |tx| {
        let resource_arn = tagged_resource(tx, input)?;
        tag_on_create(tx, input, &resource_arn)?;
        Ok(json!({}).into())
    })
}

/// UntagResource.
pub fn untag(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let keys = input.texts("tagKeys").unwrap_or_default();
    store::write(conn, |tx| {
        let resource_arn = tagged_resource(tx, input)?;
        for k in &keys {
            tx.execute(
                "DELETE FROM tags WHERE arn = ?1 AND key = ?2",
                params![resource_arn, k],
            )?;
        }
        Ok(json!({}).into())
    })
}

/// ListTagsForResource.
pub fn list_tags(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let page = store::read(conn, |tx| {
        let resource_arn = tagged_resource(tx, input)?;
        let mut stmt = tx.prepare_cached(
            "SELECT seq, key, value FROM tags WHERE arn = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query(params![
            resource_arn,
            listing.after(0),
            (listing.max + 1) as i64
        ])?;
        listing.fill(rows, 60, |page, pos, r| {
            page.offer(
                pos,
                &json!({"Key": store::text(r, 1)?, "Value": store::text(r, 2)?}),
            )
        })
    })?;
    listing.finish(page)
}

/// Forgets the tags of a deleted resource.
pub fn drop_tags(conn: &Connection, resource_arn: &str) -> Result<(), ApiError> {
    conn.execute("DELETE FROM tags WHERE arn = ?1", params![resource_arn])?;
    Ok(())
}

fn alias_not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("Role alias {name} does not exist"))
}

/// CreateRoleAlias.
pub fn create_role_alias(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("roleAlias")?.to_string();
    let role = input.required("roleArn")?.to_string();
    let duration = input.integer("credentialDurationSeconds").unwrap_or(3600);
    store::write(conn, |tx| {
        let alias_arn = arn(ctx, "rolealias", &name);
        if super::exists(tx, "SELECT 1 FROM role_aliases WHERE name = ?1", &name)? {
            return Err(ApiError::already_exists(
                format!("Role alias {name} already exists"),
                &name,
                &alias_arn,
            ));
        }
        let now = util::now_ms();
        tx.execute(
            "INSERT INTO role_aliases(name, role_arn, duration, created_ms, modified_ms) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![name, role, duration, now],
        )?;
        tag_on_create(tx, input, &alias_arn)?;
        Ok(json!({"roleAlias": name, "roleAliasArn": alias_arn}).into())
    })
}

/// DescribeRoleAlias.
pub fn describe_role_alias(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("roleAlias")?;
    store::read(conn, |tx| {
        let row = tx
            .query_row(
                "SELECT role_arn, duration, created_ms, modified_ms FROM role_aliases WHERE name = ?1",
                params![name],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, i64>(1)?,
                        r.get::<_, i64>(2)?,
                        r.get::<_, i64>(3)?,
                    ))
                },
            )
            .map_err(|e| match e {
                rusqlite::Error::QueryReturnedNoRows => alias_not_found(name),
                e => e.into(),
            })?;
        Ok(json!({"roleAliasDescription": {
            "roleAlias": name,
            "roleAliasArn": arn(ctx, "rolealias", name),
            "roleArn": row.0,
            "owner": ctx.account,
            "credentialDurationSeconds": row.1,
            "creationDate": util::ms_to_json(row.2),
            "lastModifiedDate": util::ms_to_json(row.3),
        }})
        .into())
    })
}

/// ListRoleAliases, newest first unless `ascendingOrder`.
pub fn list_role_aliases(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let ascending = input.flag("ascendingOrder") == Some(true);
    let page = store::read(conn, |tx| {
        let sql = format!(
            "SELECT {pos}, name FROM role_aliases WHERE {pos} > ?1 ORDER BY seq {order} LIMIT ?2",
            pos = if ascending { "seq" } else { "-seq" },
            order = if ascending { "ASC" } else { "DESC" },
        );
        let mut stmt = tx.prepare_cached(&sql)?;
        let rows = stmt.query(params![listing.after(i64::MIN), (listing.max + 1) as i64])?;
        listing.fill(rows, 60, |page, pos, r| page.offer(pos, store::text(r, 1)?))
    })?;
    listing.finish(page)
}

/// DeleteRoleAlias.
pub fn delete_role_alias(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("roleAlias")?;
    store::write(conn, |tx| {
        if tx.execute("DELETE FROM role_aliases WHERE name = ?1", params![name])? == 0 {
            return Err(alias_not_found(name));
        }
        drop_tags(tx, &arn(ctx, "rolealias", name))?;
        Ok(json!({}).into())
    })
}

/// The options of SetV2LoggingOptions, as kept.
pub fn logging_v2(conn: &Connection) -> Result<Option<Map<String, Value>>, ApiError> {
    Ok(store::get_meta(conn, "logging_v2")?.map(|t| super::object(Some(t))))
}

/// GetV2LoggingOptions.
pub fn get_v2_logging(
    conn: &mut Connection,
    _ctx: &Ctx,
    _input: &Input,
) -> Result<Reply, ApiError> {
    store::read(conn, |tx| {
        let mut out = logging_v2(tx)?.unwrap_or_default();
        out.entry("disableAllLogs").or_insert(json!(false));
        Ok(Value::Object(out).into())
    })
}

/// SetV2LoggingOptions.
pub fn set_v2_logging(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let mut options = Map::new();
    if let Some(r) = input.text("roleArn") {
        options.insert("roleArn".into(), json!(r));
    }
    if let Some(l) = input.text("defaultLogLevel") {
        options.insert("defaultLogLevel".into(), json!(l));
    }
    options.insert(
        "disableAllLogs".into(),
        json!(input.flag("disableAllLogs").unwrap_or(false)),
    );
    store::write(conn, |tx| {
        store::set_meta(tx, "logging_v2", &Value::Object(options).to_string())?;
        Ok(json!({}).into())
    })
}

/// GetLoggingOptions.
pub fn get_logging(conn: &mut Connection, _ctx: &Ctx, _input: &Input) -> Result<Reply, ApiError> {
    store::read(conn, |tx| {
        Ok(world::logging(tx)?.unwrap_or_else(|| json!({})).into())
    })
}

/// SetLoggingOptions.
pub fn set_logging(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let payload = input
        .structure("loggingOptionsPayload")
        .ok_or_else(|| ApiError::invalid("loggingOptionsPayload is required."))?;
    let role = payload.required("roleArn")?;
    let level = payload.text("logLevel").unwrap_or("ERROR");
    store::write(conn, |tx| {
        world::set_logging(tx, role, level)?;
        Ok(json!({}).into())
    })
}
