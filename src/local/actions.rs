//! Mitigation actions: CreateMitigationAction, UpdateMitigationAction,
//! DescribeMitigationAction, DeleteMitigationAction and ListMitigationActions,
//! with the service's rules on `actionParams` beyond the model's (exactly one
//! action type, no `DISABLED` log level) and the derivation of `actionType` from it.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::binding;
use super::error::ApiError;
use super::input::{Input, Members};
use super::operations::Reply;
use super::paging::Listing;
use super::store;
use super::util;
use super::validate;
use super::Ctx;

/// The members of `actionParams`, with the action type each one defines.
pub const PARAM_KINDS: &[(&str, &str)] = &[
    ("updateDeviceCertificateParams", "UPDATE_DEVICE_CERTIFICATE"),
    ("updateCACertificateParams", "UPDATE_CA_CERTIFICATE"),
    ("addThingsToThingGroupParams", "ADD_THINGS_TO_THING_GROUP"),
    (
        "replaceDefaultPolicyVersionParams",
        "REPLACE_DEFAULT_POLICY_VERSION",
    ),
    ("enableIoTLoggingParams", "ENABLE_IOT_LOGGING"),
    ("publishFindingToSnsParams", "PUBLISH_FINDING_TO_SNS"),
];

/// One stored mitigation action.
#[derive(Debug, Clone)]
pub struct ActionRow {
    pub name: String,
    pub id: String,
    pub arn: String,
    pub action_type: String,
    pub role_arn: String,
    pub params: Value,
    pub created_ms: i64,
    pub modified_ms: i64,
}

impl ActionRow {
    /// The `MitigationAction` structure of task descriptions.
    pub fn definition(&self) -> Value {
        json!({
            "name": self.name,
            "id": self.id,
            "roleArn": self.role_arn,
            "actionParams": self.params,
        })
    }
}

pub fn action_arn(ctx: &Ctx, name: &str) -> String {
    format!(
        "arn:aws:iot:{}:{}:mitigationaction/{name}",
        ctx.region, ctx.account
    )
}

/// The action type that `actionParams` (checked against the model) defines, by the service's
/// rules beyond the model's: exactly one action type, and a log level other than `DISABLED`.
pub fn action_type(params: &Map<String, Value>) -> Result<&'static str, ApiError> {
    let logging = params.structure("enableIoTLoggingParams");
    if logging.and_then(|p| p.text("logLevel")) == Some("DISABLED") {
        return Err(ApiError::invalid("The log level DISABLED cannot be used in a mitigation action: enableIoTLoggingParams.logLevel must be DEBUG, INFO, ERROR or WARN."));
    }
    let present: Vec<&(&str, &'static str)> = PARAM_KINDS
        .iter()
        .filter(|(k, _)| params.contains_key(*k))
        .collect();
    let names = |kinds: &mut dyn Iterator<Item = &(&str, &str)>| {
        kinds.map(|(k, _)| *k).collect::<Vec<_>>().join(", ")
    };
    match present.as_slice() {
        [(_, action_type)] => Ok(action_type),
        [] => Err(ApiError::invalid(format!(
            "actionParams must define exactly one action type: one of {}.",
            names(&mut PARAM_KINDS.iter())
        ))),
        _ => Err(ApiError::invalid(format!(
            "actionParams may define only one action type, but it defines {}: {}.",
            present.len(),
            names(&mut present.iter().copied())
        ))),
    }
}

/// `actionParams` given outside a request (a seed file's actions), checked as
/// CreateMitigationAction checks them: the action type and the parameters as stored.
pub fn params_of(given: &Value) -> Result<(&'static str, Value), ApiError> {
    let shape = "MitigationActionParams";
    let (value, unreadable) = binding::shaped_value(given, shape, "actionParams");
    validate::check_value(shape, "actionParams", &value, &unreadable)?;
    let params = value
        .as_object()
        .ok_or_else(|| ApiError::invalid("actionParams must be a structure."))?;
    Ok((action_type(params)?, value.clone()))
}

fn row_from(r: &rusqlite::Row<'_>) -> rusqlite::Result<(ActionRow, String)> {
    Ok((
        ActionRow {
            name: r.get(0)?,
            id: r.get(1)?,
            arn: r.get(2)?,
            action_type: r.get(3)?,
            role_arn: r.get(4)?,
            params: Value::Null,
            created_ms: r.get(6)?,
            modified_ms: r.get(7)?,
        },
        r.get::<_, String>(5)?,
    ))
}

const SELECT_ROW: &str =
    "SELECT name, id, arn, action_type, role_arn, params, created_ms, modified_ms FROM actions";

/// The stored action of that name, if any.
pub fn find(conn: &Connection, name: &str) -> Result<Option<ActionRow>, ApiError> {
    let found = conn
        .prepare_cached(&format!("{SELECT_ROW} WHERE name = ?1"))?
        .query_row(params![name], row_from)
        .optional()?;
    match found {
        None => Ok(None),
        Some((mut row, params_text)) => {
            row.params = serde_json::from_str(&params_text)?;
            Ok(Some(row))
        }
    }
}

/// The stored actions among `names`.
pub fn find_many(
    conn: &Connection,
    names: &[String],
) -> Result<HashMap<String, ActionRow>, ApiError> {
    let mut out = HashMap::new();
    for n in names {
        if out.contains_key(n) {
            continue;
        }
        if let Some(row) = find(conn, n)? {
            out.insert(n.clone(), row);
        }
    }
    Ok(out)
}

fn not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("Mitigation action '{name}' does not exist."))
}

/// Inserts an action, or returns the existing one when the name is taken with
/// the same role and parameters; a name taken with other settings is a 409.
/// Returns (arn, id).
#[allow(clippy::too_many_arguments)]
pub fn insert(
    conn: &Connection,
    ctx: &Ctx,
    name: &str,
    role_arn: &str,
    action_type: &str,
    params_value: &Value,
    tags: &Value,
    now: i64,
) -> Result<(String, String), ApiError> {
    if let Some(existing) = find(conn, name)? {
        if existing.role_arn == role_arn && existing.params == *params_value {
            return Ok((existing.arn, existing.id));
        }
        return Err(ApiError::already_exists(
            format!("A mitigation action named '{name}' already exists with different parameters."),
            &existing.id,
            &existing.arn,
        ));
    }
    let id = util::new_uuid()?;
    let arn = action_arn(ctx, name);
    conn.execute(
        "INSERT INTO actions(name, id, arn, action_type, role_arn, params, tags, created_ms, modified_ms)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![
            name,
            id,
            arn,
            action_type,
            role_arn,
            params_value.to_string(),
            tags.to_string(),
            now
        ],
    )?;
    // The tags given at creation are the action's tags (ListTagsForResource reads them there).
    let given = tags.as_array().map(Vec::as_slice).unwrap_or_default();
    super::registry::account::put_tags(conn, &arn, given)?;
    Ok((arn, id))
}

/// CreateMitigationAction.
pub fn create(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("actionName")?;
    let role = input.required("roleArn")?;
    let params = input
        .structure("actionParams")
        .ok_or_else(|| ApiError::invalid("actionParams is required."))?;
    let action_type = action_type(params)?;
    let params_value = Value::Object(params.clone());
    let tags = input.get("tags").cloned().unwrap_or_else(|| json!([]));
    let (arn, id) = store::write(conn, |tx| {
        insert(
            tx,
            ctx,
            name,
            role,
            action_type,
            &params_value,
            &tags,
            util::now_ms(),
        )
    })?;
    Ok(json!({ "actionArn": arn, "actionId": id }).into())
}

/// UpdateMitigationAction.
pub fn update(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("actionName")?;
    let role = input.text("roleArn");
    let parsed = match input.structure("actionParams") {
        Some(p) => Some((action_type(p)?, Value::Object(p.clone()))),
        None => None,
    };
    store::write(conn, |tx| {
        let existing = find(tx, name)?.ok_or_else(|| not_found(name))?;
        let now = util::now_ms();
        let role = role.unwrap_or(&existing.role_arn);
        let (action_type, params_value) = match &parsed {
            Some((t, p)) => (*t, p),
            None => (existing.action_type.as_str(), &existing.params),
        };
        tx.execute(
            "UPDATE actions SET role_arn = ?1, action_type = ?2, params = ?3, modified_ms = ?4 WHERE name = ?5",
            params![role, action_type, params_value.to_string(), now.max(existing.modified_ms), name],
        )?;
        Ok(json!({ "actionArn": existing.arn, "actionId": existing.id }).into())
    })
}

/// DescribeMitigationAction.
pub fn describe(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("actionName")?;
    let row = store::read(conn, |tx| find(tx, name))?.ok_or_else(|| not_found(name))?;
    Ok(json!({
        "actionName": row.name,
        "actionType": row.action_type,
        "actionArn": row.arn,
        "actionId": row.id,
        "roleArn": row.role_arn,
        "actionParams": row.params,
        "creationDate": util::ms_to_json(row.created_ms),
        "lastModifiedDate": util::ms_to_json(row.modified_ms),
    })
    .into())
}

/// DeleteMitigationAction (idempotent: an unknown name is not an error).
pub fn delete(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("actionName")?;
    store::write(conn, |tx| {
        tx.execute("DELETE FROM actions WHERE name = ?1", params![name])?;
        super::registry::account::drop_tags(tx, &action_arn(ctx, name))?;
        Ok(())
    })?;
    Ok(json!({}).into())
}

/// One item of a ListMitigationActions page, borrowed from its row; the
/// members in the order AWS writes them.
#[derive(serde::Serialize)]
struct ActionIdentifier<'a> {
    #[serde(rename = "actionName")]
    name: &'a str,
    #[serde(rename = "actionArn")]
    arn: &'a str,
    #[serde(rename = "creationDate")]
    created: util::Timestamp,
}

/// About how many bytes one item of a ListMitigationActions page takes.
const IDENTIFIER_BYTES: usize = 160;

/// ListMitigationActions, in creation order. The page is written as JSON
/// text straight from the rows.
pub fn list(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let action_type = input.text("actionType");
    let page = store::read(conn, |tx| {
        let mut stmt = tx.prepare_cached(
            "SELECT seq, name, arn, created_ms FROM actions
             WHERE (?1 IS NULL OR action_type = ?1) AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query(params![
            action_type,
            listing.after(0),
            (listing.max + 1) as i64
        ])?;
        listing.fill(rows, IDENTIFIER_BYTES, |page, pos, r| {
            page.offer(
                pos,
                &ActionIdentifier {
                    name: store::text(r, 1)?,
                    arn: store::text(r, 2)?,
                    created: util::Timestamp(r.get(3)?),
                },
            )
        })
    })?;
    listing.finish(page)
}
