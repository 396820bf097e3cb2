//! Mitigation actions: CreateMitigationAction, UpdateMitigationAction,
//! DescribeMitigationAction, DeleteMitigationAction and ListMitigationActions,
//! plus the validation of `actionParams` (exactly one action type, its required
//! members and enums, no `DISABLED` log level) and the derivation of
//! `actionType` from it.

use std::collections::HashMap;

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::error::ApiError;
use super::store;
use super::util;
use super::validate::{self, Checker, Query};
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

/// Validates `actionParams` and returns the action type with the parameters in
/// their canonical form (only the known members, in a fixed order).
pub fn parse_params(
    c: &mut Checker,
    v: Option<&Value>,
    path: &str,
    required: bool,
) -> Option<(&'static str, Value)> {
    let obj = match v {
        None | Some(Value::Null) => {
            if required {
                c.constraint(path, &Value::Null, "Member must not be null");
            }
            return None;
        }
        Some(Value::Object(m)) => m,
        Some(other) => {
            c.constraint(path, other, "Member must be a structure");
            return None;
        }
    };
    let present: Vec<(&str, &'static str)> = PARAM_KINDS
        .iter()
        .filter(|(k, _)| obj.get(*k).is_some_and(|v| !v.is_null()))
        .map(|(k, t)| (*k, *t))
        .collect();
    let mut result = None;
    for (key, action_type) in &present {
        let sub_path = format!("{path}.{key}");
        let Some(sub) = c.object(obj, key, &sub_path, true) else {
            continue;
        };
        let canonical = match *key {
            "updateDeviceCertificateParams" | "updateCACertificateParams" => c
                .string(
                    sub,
                    "action",
                    &format!("{sub_path}.action"),
                    validate::enum_rule(&["DEACTIVATE"]),
                    true,
                )
                .map(|a| json!({ "action": a })),
            "addThingsToThingGroupParams" => {
                let groups = c.string_list(
                    sub,
                    "thingGroupNames",
                    &format!("{sub_path}.thingGroupNames"),
                    1,
                    10,
                    validate::THING_GROUP_NAME,
                    true,
                );
                let over = c.boolean(
                    sub,
                    "overrideDynamicGroups",
                    &format!("{sub_path}.overrideDynamicGroups"),
                );
                groups.map(|g| {
                    let mut m = Map::new();
                    m.insert("thingGroupNames".into(), json!(g));
                    if let Some(o) = over {
                        m.insert("overrideDynamicGroups".into(), Value::Bool(o));
                    }
                    Value::Object(m)
                })
            }
            "replaceDefaultPolicyVersionParams" => c
                .string(
                    sub,
                    "templateName",
                    &format!("{sub_path}.templateName"),
                    validate::enum_rule(&["BLANK_POLICY"]),
                    true,
                )
                .map(|t| json!({ "templateName": t })),
            "enableIoTLoggingParams" => {
                let role = c.string(
                    sub,
                    "roleArnForLogging",
                    &format!("{sub_path}.roleArnForLogging"),
                    validate::ROLE_ARN,
                    true,
                );
                let level = c.string(
                    sub,
                    "logLevel",
                    &format!("{sub_path}.logLevel"),
                    validate::enum_rule(validate::LOG_LEVELS),
                    true,
                );
                if level.as_deref() == Some("DISABLED") {
                    c.custom("The log level DISABLED cannot be used in a mitigation action: enableIoTLoggingParams.logLevel must be DEBUG, INFO, ERROR or WARN.");
                }
                match (role, level) {
                    (Some(r), Some(l)) => Some(json!({ "roleArnForLogging": r, "logLevel": l })),
                    _ => None,
                }
            }
            _ => c
                .string(
                    sub,
                    "topicArn",
                    &format!("{sub_path}.topicArn"),
                    validate::TOPIC_ARN,
                    true,
                )
                .map(|t| json!({ "topicArn": t })),
        };
        if let Some(p) = canonical {
            let mut m = Map::new();
            m.insert((*key).to_string(), p);
            result = Some((*action_type, Value::Object(m)));
        }
    }
    match present.len() {
        0 => {
            c.custom(format!(
                "{path} must define exactly one action type: one of {}.",
                PARAM_KINDS
                    .iter()
                    .map(|(k, _)| *k)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            None
        }
        1 => result,
        _ => {
            c.custom(format!(
                "{path} may define only one action type, but it defines {}: {}.",
                present.len(),
                present
                    .iter()
                    .map(|(k, _)| *k)
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            None
        }
    }
}

fn parse_tags(c: &mut Checker, body: &Map<String, Value>) -> Value {
    let mut out = Vec::new();
    match body.get("tags") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for item in items {
                let Value::Object(t) = item else {
                    c.constraint("tags.member", item, "Member must be a structure");
                    continue;
                };
                let key = c.string(t, "Key", "tags.member.Key", validate::TAG_KEY, true);
                let value = c.string(t, "Value", "tags.member.Value", validate::TAG_VALUE, false);
                if let Some(k) = key {
                    let mut m = Map::new();
                    m.insert("Key".into(), Value::from(k));
                    if let Some(v) = value {
                        m.insert("Value".into(), Value::from(v));
                    }
                    out.push(Value::Object(m));
                }
            }
        }
        Some(other) => c.constraint("tags", other, "Member must be a list"),
    }
    Value::Array(out)
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

fn check_name(c: &mut Checker, name: &str) {
    c.check_str("actionName", name, validate::ACTION_NAME);
}

fn body_obj(body: &Value) -> Result<&Map<String, Value>, ApiError> {
    body.as_object()
        .ok_or_else(|| ApiError::invalid("The request body must be a JSON object."))
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
    Ok((arn, id))
}

/// CreateMitigationAction.
pub fn create(
    conn: &mut Connection,
    ctx: &Ctx,
    name: &str,
    body: &Value,
) -> Result<Value, ApiError> {
    let obj = body_obj(body)?;
    let mut c = Checker::new();
    check_name(&mut c, name);
    let role = c.string(obj, "roleArn", "roleArn", validate::ROLE_ARN, true);
    let parsed = parse_params(&mut c, obj.get("actionParams"), "actionParams", true);
    let tags = parse_tags(&mut c, obj);
    c.finish()?;
    let (Some(role), Some((action_type, params_value))) = (role, parsed) else {
        return Err(ApiError::invalid("roleArn and actionParams are required."));
    };
    let (arn, id) = store::write(conn, |tx| {
        insert(
            tx,
            ctx,
            name,
            &role,
            action_type,
            &params_value,
            &tags,
            util::now_ms(),
        )
    })?;
    Ok(json!({ "actionArn": arn, "actionId": id }))
}

/// UpdateMitigationAction.
pub fn update(
    conn: &mut Connection,
    _ctx: &Ctx,
    name: &str,
    body: &Value,
) -> Result<Value, ApiError> {
    let obj = body_obj(body)?;
    let mut c = Checker::new();
    check_name(&mut c, name);
    let role = c.string(obj, "roleArn", "roleArn", validate::ROLE_ARN, false);
    let parsed = parse_params(&mut c, obj.get("actionParams"), "actionParams", false);
    c.finish()?;
    store::write(conn, |tx| {
        let existing = find(tx, name)?.ok_or_else(|| not_found(name))?;
        let now = util::now_ms();
        let role = role.unwrap_or(existing.role_arn.clone());
        let (action_type, params_value) = match &parsed {
            Some((t, p)) => (t.to_string(), p.clone()),
            None => (existing.action_type.clone(), existing.params.clone()),
        };
        tx.execute(
            "UPDATE actions SET role_arn = ?1, action_type = ?2, params = ?3, modified_ms = ?4 WHERE name = ?5",
            params![role, action_type, params_value.to_string(), now.max(existing.modified_ms), name],
        )?;
        Ok(json!({ "actionArn": existing.arn, "actionId": existing.id }))
    })
}

/// DescribeMitigationAction.
pub fn describe(conn: &mut Connection, _ctx: &Ctx, name: &str) -> Result<Value, ApiError> {
    let mut c = Checker::new();
    check_name(&mut c, name);
    c.finish()?;
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
    }))
}

/// DeleteMitigationAction (idempotent: an unknown name is not an error).
pub fn delete(conn: &mut Connection, _ctx: &Ctx, name: &str) -> Result<Value, ApiError> {
    let mut c = Checker::new();
    check_name(&mut c, name);
    c.finish()?;
    store::write(conn, |tx| {
        tx.execute("DELETE FROM actions WHERE name = ?1", params![name])?;
        Ok(())
    })?;
    Ok(json!({}))
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
pub fn list(
    conn: &mut Connection,
    ctx: &Ctx,
    query: &[(String, String)],
) -> Result<Vec<u8>, ApiError> {
    let q = Query::new(query);
    let mut c = Checker::new();
    let action_type = q.string(
        &mut c,
        "actionType",
        validate::enum_rule(validate::ACTION_TYPES),
        false,
    );
    let max = q.max_results(&mut c);
    c.finish()?;
    let filters = format!("actionType={}", action_type.as_deref().unwrap_or(""));
    let after = match q.next_token() {
        Some(t) => util::decode_page_token(&ctx.secret, "ListMitigationActions", &filters, t)?,
        None => 0,
    };
    let (page, resume) = store::read(conn, |tx| {
        let mut stmt = tx.prepare_cached(
            "SELECT seq, name, arn, created_ms FROM actions
             WHERE (?1 IS NULL OR action_type = ?1) AND seq > ?2 ORDER BY seq LIMIT ?3",
        )?;
        let rows = stmt.query(params![action_type, after, (max + 1) as i64])?;
        let mut page = util::PageWriter::new("actionIdentifiers", 64 + max * IDENTIFIER_BYTES)?;
        let resume = store::fill_page(&mut page, rows, max, |page, r| {
            page.push(&ActionIdentifier {
                name: store::text(r, 1)?,
                arn: store::text(r, 2)?,
                created: util::Timestamp(r.get(3)?),
            })
        })?;
        Ok((page, resume))
    })?;
    let token = resume.map(|after| {
        util::encode_page_token(&ctx.secret, "ListMitigationActions", &filters, after)
    });
    page.finish(token.as_deref())
}
