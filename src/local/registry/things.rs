//! Things, the principals attached to them, and thing groups: CreateThing, DescribeThing,
//! ListThings, DeleteThing, AttachThingPrincipal, DetachThingPrincipal, ListThingPrincipals,
//! ListPrincipalThings, CreateThingGroup, CreateDynamicThingGroup, DescribeThingGroup,
//! ListThingGroups, DeleteThingGroup, AddThingToThingGroup, RemoveThingFromThingGroup,
//! ListThingsInThingGroup and ListThingGroupsForThing.
//!
//! A thing's static and dynamic groups are lists in its row of `things` (where the mitigation
//! ADD_THINGS_TO_THING_GROUP puts them too); the things a certificate is attached to are the
//! list in its row of `resources`. Principals are certificates, named by their ARNs. A dynamic
//! group keeps its query; its members are those the seed or the mitigation gave it (the
//! endpoint has no fleet index to run the query on).

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::super::error::ApiError;
use super::super::input::{Input, Members};
use super::super::operations::Reply;
use super::super::paging::Listing;
use super::super::tasks::MAX_THING_GROUPS;
use super::super::util;
use super::super::{store, Ctx};
use super::{apply_attributes, arn, certs, object, tag_on_create};

/// A stable id for a name (things and groups of the seed get theirs this way): UUID-shaped hex
/// of its SHA-256.
pub fn stable_id(kind: &str, name: &str) -> String {
    let h = util::hex(&util::sha256(format!("{kind}/{name}").as_bytes()));
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

fn thing_not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("Thing {name} cannot be found."))
}

fn group_not_found(name: &str) -> ApiError {
    ApiError::not_found(format!("Thing Group {name} does not exist"))
}

/// A thing's row: id, type, attributes, version, static and dynamic groups.
struct Thing {
    id: String,
    thing_type: Option<String>,
    attributes: Map<String, Value>,
    version: i64,
    groups: Vec<String>,
    dynamic_groups: Vec<String>,
}

fn list_column(text: Option<String>) -> Vec<String> {
    text.and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

fn thing(conn: &Connection, name: &str) -> Result<Option<Thing>, ApiError> {
    Ok(conn
        .query_row(
            "SELECT thing_id, thing_type, attributes, COALESCE(version, 1), groups, dynamic_groups
             FROM things WHERE thing_name = ?1",
            params![name],
            |r| {
                Ok(Thing {
                    id: r
                        .get::<_, Option<String>>(0)?
                        .unwrap_or_else(|| stable_id("thing", name)),
                    thing_type: r.get(1)?,
                    attributes: object(r.get(2)?),
                    version: r.get(3)?,
                    groups: list_column(r.get(4)?),
                    dynamic_groups: list_column(r.get(5)?),
                })
            },
        )
        .optional()?)
}

fn existing_thing(conn: &Connection, name: &str) -> Result<Thing, ApiError> {
    thing(conn, name)?.ok_or_else(|| thing_not_found(name))
}

/// CreateThing: the same thing again answers as the first time; another one of that name
/// is refused.
pub fn create_thing(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("thingName")?.to_string();
    let thing_type = input.text("thingTypeName").map(String::from);
    let mut attributes = Map::new();
    apply_attributes(&mut attributes, input.structure("attributePayload"));
    store::write(conn, |tx| {
        let thing_arn = arn(ctx, "thing", &name);
        if let Some(t) = thing(tx, &name)? {
            if t.thing_type == thing_type && t.attributes == attributes {
                return Ok(
                    json!({"thingName": name, "thingArn": thing_arn, "thingId": t.id}).into(),
                );
            }
            return Err(ApiError::already_exists(
                format!("Thing {name} already exists in account with different attributes"),
                &t.id,
                &thing_arn,
            ));
        }
        let id = util::new_uuid()?;
        let seq = super::next_seq(tx, "things")?;
        tx.execute(
            "INSERT INTO things(thing_name, groups, dynamic_groups, thing_id, thing_type, attributes, version, seq)
             VALUES (?1, '[]', '[]', ?2, ?3, ?4, 1, ?5)",
            params![name, id, thing_type, Value::Object(attributes.clone()).to_string(), seq],
        )?;
        Ok(json!({"thingName": name, "thingArn": thing_arn, "thingId": id}).into())
    })
}

/// DescribeThing.
pub fn describe_thing(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("thingName")?;
    store::read(conn, |tx| {
        let t = existing_thing(tx, name)?;
        let mut out = Map::new();
        out.insert("defaultClientId".into(), json!(name));
        out.insert("thingName".into(), json!(name));
        out.insert("thingId".into(), json!(t.id));
        out.insert("thingArn".into(), json!(arn(ctx, "thing", name)));
        if let Some(ty) = t.thing_type {
            out.insert("thingTypeName".into(), json!(ty));
        }
        out.insert("attributes".into(), Value::Object(t.attributes));
        out.insert("version".into(), json!(t.version));
        Ok(Value::Object(out).into())
    })
}

/// ListThings, by name, with its attribute and type filters.
pub fn list_things(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let attribute = input.text("attributeName");
    let value = input.text("attributeValue");
    let prefix = input.flag("usePrefixAttributeValue") == Some(true);
    let thing_type = input.text("thingTypeName");
    let page = store::read(conn, |tx| {
        // Positions: the row id, in name order through the primary key's index.
        let mut stmt = tx.prepare_cached(
            "SELECT rowid, thing_name, thing_type, attributes, COALESCE(version, 1) FROM things
             WHERE rowid > ?1 AND (?2 IS NULL OR thing_type = ?2) ORDER BY rowid",
        )?;
        let rows = stmt.query(params![listing.after(0), thing_type])?;
        listing.fill(rows, 160, |page, pos, r| {
            let name = store::text(r, 1)?;
            let attributes = object(r.get(3)?);
            if let Some(a) = attribute {
                let found = attributes.get(a).and_then(Value::as_str);
                let ok = match (found, value) {
                    (None, _) => false,
                    (Some(_), None) => true,
                    (Some(f), Some(v)) if prefix => f.starts_with(v),
                    (Some(f), Some(v)) => f == v,
                };
                if !ok {
                    return Ok(true);
                }
            }
            let mut item = Map::new();
            item.insert("thingName".into(), json!(name));
            if let Some(ty) = r.get::<_, Option<String>>(2)? {
                item.insert("thingTypeName".into(), json!(ty));
            }
            item.insert("thingArn".into(), json!(arn(ctx, "thing", name)));
            item.insert("attributes".into(), Value::Object(attributes));
            item.insert("version".into(), json!(r.get::<_, i64>(4)?));
            page.offer(pos, &item)
        })
    })?;
    listing.finish(page)
}

fn check_version(given: Option<i64>, current: i64, what: &str) -> Result<(), ApiError> {
    match given {
        Some(v) if v != current => Err(ApiError::new(
            409,
            "VersionConflictException",
            format!("The version for {what} does not match the expected version."),
        )),
        _ => Ok(()),
    }
}

/// The principals (certificate ARNs) attached to a thing.
fn principals_of(conn: &Connection, ctx: &Ctx, name: &str) -> Result<Vec<String>, ApiError> {
    let mut stmt = conn.prepare_cached(
        "SELECT r.resource_id FROM resources r, json_each(r.things) j
         WHERE r.resource_type = 'DEVICE_CERTIFICATE' AND j.value = ?1 ORDER BY r.rowid",
    )?;
    let ids = stmt
        .query_map(params![name], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(ids.iter().map(|id| arn(ctx, "cert", id)).collect())
}

/// DeleteThing: a thing that does not exist is already deleted; one with principals attached
/// is refused.
pub fn delete_thing(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("thingName")?;
    store::write(conn, |tx| {
        let Some(t) = thing(tx, name)? else {
            return Ok(json!({}).into());
        };
        check_version(input.integer("expectedVersion"), t.version, name)?;
        if !principals_of(tx, ctx, name)?.is_empty() {
            return Err(ApiError::invalid(format!(
                "Cannot delete thing {name}: principals are attached to it; detach them first."
            )));
        }
        tx.execute("DELETE FROM things WHERE thing_name = ?1", params![name])?;
        Ok(json!({}).into())
    })
}

/// The certificate id a principal names, when it is a certificate of the registry.
fn certificate(conn: &Connection, principal: &str) -> Result<String, ApiError> {
    let id = certs::id_from_arn(principal).ok_or_else(|| {
        ApiError::invalid(format!(
            "The principal {principal} is not a certificate ARN."
        ))
    })?;
    certs::status(conn, "DEVICE_CERTIFICATE", id)?;
    Ok(id.to_string())
}

fn set_things(conn: &Connection, cert: &str, things: &[String]) -> Result<(), ApiError> {
    conn.execute(
        "UPDATE resources SET things = ?1 WHERE resource_type = 'DEVICE_CERTIFICATE' AND resource_id = ?2",
        params![json!(things).to_string(), cert],
    )?;
    Ok(())
}

/// AttachThingPrincipal.
pub fn attach_principal(
    conn: &mut Connection,
    _ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("thingName")?;
    let principal = input.required("principal")?;
    store::write(conn, |tx| {
        existing_thing(tx, name)?;
        let cert = certificate(tx, principal)?;
        let mut things = certs::things_of(tx, &cert)?;
        if !things.iter().any(|t| t == name) {
            things.push(name.to_string());
            set_things(tx, &cert, &things)?;
        }
        Ok(json!({}).into())
    })
}

/// DetachThingPrincipal.
pub fn detach_principal(
    conn: &mut Connection,
    _ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let name = input.required("thingName")?;
    let principal = input.required("principal")?;
    store::write(conn, |tx| {
        existing_thing(tx, name)?;
        let cert = certificate(tx, principal)?;
        let mut things = certs::things_of(tx, &cert)?;
        things.retain(|t| t != name);
        set_things(tx, &cert, &things)?;
        Ok(json!({}).into())
    })
}

/// Offers names (or values) in order, their index in `items` as position.
fn offer_all<T: serde::Serialize>(
    listing: &Listing<'_>,
    items: &[T],
    item_bytes: usize,
) -> Result<Reply, ApiError> {
    let mut page = listing.page(item_bytes)?;
    let start = listing.after(-1);
    for (i, item) in items.iter().enumerate() {
        let pos = i as i64;
        if pos <= start {
            continue;
        }
        if !page.offer(pos, item)? {
            break;
        }
    }
    listing.finish(page)
}

/// ListThingPrincipals.
pub fn list_principals(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let name = input.required("thingName")?;
    let principals = store::read(conn, |tx| {
        existing_thing(tx, name)?;
        principals_of(tx, ctx, name)
    })?;
    offer_all(&listing, &principals, 100)
}

/// ListPrincipalThings.
pub fn list_principal_things(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let principal = input.required("principal")?;
    let things = store::read(conn, |tx| {
        let cert = certificate(tx, principal)?;
        certs::things_of(tx, &cert)
    })?;
    offer_all(&listing, &things, 40)
}

/// A thing group's row.
struct Group {
    id: String,
    description: Option<String>,
    attributes: Map<String, Value>,
    parent: Option<String>,
    version: i64,
    created_ms: i64,
    query: Option<String>,
}

fn group(conn: &Connection, name: &str) -> Result<Option<Group>, ApiError> {
    Ok(conn
        .query_row(
            "SELECT group_id, description, attributes, parent, COALESCE(version, 1),
                    COALESCE(created_ms, 0), query
             FROM thing_groups WHERE name = ?1",
            params![name],
            |r| {
                Ok(Group {
                    id: r
                        .get::<_, Option<String>>(0)?
                        .unwrap_or_else(|| stable_id("thinggroup", name)),
                    description: r.get(1)?,
                    attributes: object(r.get(2)?),
                    parent: r.get(3)?,
                    version: r.get(4)?,
                    created_ms: r.get(5)?,
                    query: r.get(6)?,
                })
            },
        )
        .optional()?)
}

fn existing_group(conn: &Connection, name: &str) -> Result<Group, ApiError> {
    group(conn, name)?.ok_or_else(|| group_not_found(name))
}

/// CreateThingGroup and CreateDynamicThingGroup (with a query).
fn create_group(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
    query: Option<&str>,
) -> Result<Value, ApiError> {
    let name = input.required("thingGroupName")?.to_string();
    let parent = input.text("parentGroupName").map(String::from);
    let props = input.structure("thingGroupProperties");
    let description = props
        .and_then(|p| p.text("thingGroupDescription"))
        .map(String::from);
    let mut attributes = Map::new();
    apply_attributes(
        &mut attributes,
        props.and_then(|p| p.structure("attributePayload")),
    );
    store::write(conn, |tx| {
        let group_arn = arn(ctx, "thinggroup", &name);
        if let Some(g) = group(tx, &name)? {
            if g.description == description && g.attributes == attributes && g.parent == parent {
                return Ok(
                    json!({"thingGroupName": name, "thingGroupArn": group_arn, "thingGroupId": g.id}),
                );
            }
            return Err(ApiError::already_exists(
                format!("Thing Group {name} already exists with different properties"),
                &g.id,
                &group_arn,
            ));
        }
        if let Some(p) = &parent {
            existing_group(tx, p)?;
        }
        let id = util::new_uuid()?;
        let seq = super::next_seq(tx, "thing_groups")?;
        tx.execute(
            "INSERT INTO thing_groups(name, query, group_id, description, attributes, parent, version, created_ms, seq)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8)",
            params![
                name,
                query,
                id,
                description,
                Value::Object(attributes.clone()).to_string(),
                parent,
                util::now_ms(),
                seq
            ],
        )?;
        tag_on_create(tx, input, &group_arn)?;
        Ok(json!({"thingGroupName": name, "thingGroupArn": group_arn, "thingGroupId": id}))
    })
}

/// CreateThingGroup.
pub fn create_group_static(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    Ok(create_group(conn, ctx, input, None)?.into())
}

/// CreateDynamicThingGroup.
pub fn create_group_dynamic(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let query = input.required("queryString")?.to_string();
    let mut out = create_group(conn, ctx, input, Some(&query))?;
    if let Some(m) = out.as_object_mut() {
        m.insert(
            "indexName".into(),
            json!(input.text("indexName").unwrap_or("AWS_Things")),
        );
        m.insert("queryString".into(), json!(query));
        m.insert(
            "queryVersion".into(),
            json!(input.text("queryVersion").unwrap_or("2017-09-30")),
        );
    }
    Ok(out.into())
}

/// The chain of a group's ancestors, the root first.
fn ancestors(
    conn: &Connection,
    ctx: &Ctx,
    mut parent: Option<String>,
) -> Result<Vec<Value>, ApiError> {
    let mut chain = Vec::new();
    // Bounded: a group tree is at most 7 levels deep.
    for _ in 0..8 {
        let Some(p) = parent else { break };
        chain.push(json!({"groupName": p, "groupArn": arn(ctx, "thinggroup", &p)}));
        parent = group(conn, &p)?.and_then(|g| g.parent);
    }
    chain.reverse();
    Ok(chain)
}

/// DescribeThingGroup.
pub fn describe_group(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("thingGroupName")?;
    store::read(conn, |tx| {
        let g = existing_group(tx, name)?;
        let mut props = Map::new();
        if let Some(d) = &g.description {
            props.insert("thingGroupDescription".into(), json!(d));
        }
        props.insert(
            "attributePayload".into(),
            json!({"attributes": Value::Object(g.attributes.clone())}),
        );
        let mut meta = Map::new();
        if let Some(p) = &g.parent {
            meta.insert("parentGroupName".into(), json!(p));
        }
        meta.insert(
            "rootToParentThingGroups".into(),
            Value::Array(ancestors(tx, ctx, g.parent.clone())?),
        );
        meta.insert("creationDate".into(), util::ms_to_json(g.created_ms));
        let mut out = Map::new();
        out.insert("thingGroupName".into(), json!(name));
        out.insert("thingGroupId".into(), json!(g.id));
        out.insert("thingGroupArn".into(), json!(arn(ctx, "thinggroup", name)));
        out.insert("version".into(), json!(g.version));
        out.insert("thingGroupProperties".into(), Value::Object(props));
        out.insert("thingGroupMetadata".into(), Value::Object(meta));
        if let Some(q) = g.query {
            out.insert("indexName".into(), json!("AWS_Things"));
            out.insert("queryString".into(), json!(q));
            out.insert("queryVersion".into(), json!("2017-09-30"));
            out.insert("status".into(), json!("ACTIVE"));
        }
        Ok(Value::Object(out).into())
    })
}

/// ListThingGroups, by name, with its parent, prefix and depth filters.
pub fn list_groups(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let parent = input.text("parentGroup");
    let prefix = input.text("namePrefixFilter").unwrap_or("");
    // Without `recursive`, a parent's direct children only; with it (or without a parent),
    // every group below.
    let recursive = input.flag("recursive") != Some(false);
    let page = store::read(conn, |tx| {
        if let Some(p) = parent {
            existing_group(tx, p)?;
        }
        let mut stmt = tx.prepare_cached(
            "SELECT rowid, name, parent FROM thing_groups WHERE rowid > ?1 ORDER BY rowid",
        )?;
        let rows = stmt.query(params![listing.after(0)])?;
        let mut parents = std::collections::HashMap::new();
        if parent.is_some() && recursive {
            let mut all = tx.prepare_cached("SELECT name, parent FROM thing_groups")?;
            for row in all.query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
            })? {
                let (n, p) = row?;
                parents.insert(n, p);
            }
        }
        listing.fill(rows, 120, |page, pos, r| {
            let name = store::text(r, 1)?;
            let own_parent: Option<String> = r.get(2)?;
            let below = match parent {
                None => true,
                Some(p) if !recursive => own_parent.as_deref() == Some(p),
                Some(p) => {
                    let mut up = own_parent.clone();
                    let mut hit = false;
                    for _ in 0..8 {
                        match up {
                            Some(u) if u == p => {
                                hit = true;
                                break;
                            }
                            Some(u) => up = parents.get(&u).cloned().flatten(),
                            None => break,
                        }
                    }
                    hit
                }
            };
            if !below || !name.starts_with(prefix) {
                return Ok(true);
            }
            page.offer(
                pos,
                &json!({"groupName": name, "groupArn": arn(ctx, "thinggroup", name)}),
            )
        })
    })?;
    listing.finish(page)
}

/// The things in a group (statically or dynamically), in name order.
fn members(conn: &Connection, name: &str) -> Result<Vec<String>, ApiError> {
    let mut stmt = conn.prepare_cached(
        "SELECT t.thing_name FROM things t
         WHERE EXISTS (SELECT 1 FROM json_each(t.groups) j WHERE j.value = ?1)
            OR EXISTS (SELECT 1 FROM json_each(t.dynamic_groups) j WHERE j.value = ?1)
         ORDER BY t.thing_name",
    )?;
    let names = stmt
        .query_map(params![name], |r| r.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names)
}

/// DeleteThingGroup: a group that does not exist is already deleted; one with child groups
/// is refused. Its things leave it.
pub fn delete_group(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let name = input.required("thingGroupName")?;
    store::write(conn, |tx| {
        let Some(g) = group(tx, name)? else {
            return Ok(json!({}).into());
        };
        check_version(input.integer("expectedVersion"), g.version, name)?;
        let children: i64 = tx.query_row(
            "SELECT COUNT(*) FROM thing_groups WHERE parent = ?1",
            params![name],
            |r| r.get(0),
        )?;
        if children > 0 {
            return Err(ApiError::invalid(format!(
                "Cannot delete thing group {name}: it has child groups."
            )));
        }
        for thing_name in members(tx, name)? {
            if let Some(mut t) = thing(tx, &thing_name)? {
                t.groups.retain(|x| x != name);
                t.dynamic_groups.retain(|x| x != name);
                save_groups(tx, &thing_name, &t)?;
            }
        }
        tx.execute("DELETE FROM thing_groups WHERE name = ?1", params![name])?;
        tx.execute(
            "DELETE FROM tags WHERE arn = ?1",
            params![arn(ctx, "thinggroup", name)],
        )?;
        Ok(json!({}).into())
    })
}

fn save_groups(conn: &Connection, name: &str, t: &Thing) -> Result<(), ApiError> {
    conn.execute(
        "UPDATE things SET groups = ?1, dynamic_groups = ?2 WHERE thing_name = ?3",
        params![
            json!(t.groups).to_string(),
            json!(t.dynamic_groups).to_string(),
            name
        ],
    )?;
    Ok(())
}

/// The name in a `…Name` member or, failing that, the last part of the `…Arn` member.
fn name_or_arn<'a>(input: &'a Input, name: &str, arn_member: &str) -> Result<&'a str, ApiError> {
    if let Some(n) = input.text(name) {
        return Ok(n);
    }
    input
        .text(arn_member)
        .and_then(|a| a.rsplit_once('/').map(|(_, n)| n))
        .ok_or_else(|| ApiError::invalid(format!("Either {name} or {arn_member} is required.")))
}

/// AddThingToThingGroup: at most 10 groups per thing; `overrideDynamicGroups` lets the thing
/// leave dynamic groups to make room.
pub fn add_thing(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let group_name = name_or_arn(input, "thingGroupName", "thingGroupArn")?;
    let thing_name = name_or_arn(input, "thingName", "thingArn")?;
    let override_dynamic = input.flag("overrideDynamicGroups") == Some(true);
    store::write(conn, |tx| {
        let g = existing_group(tx, group_name)?;
        if g.query.is_some() {
            return Err(ApiError::invalid(format!(
                "Things cannot be added to the dynamic thing group {group_name}."
            )));
        }
        let mut t = existing_thing(tx, thing_name)?;
        if t.groups.iter().any(|x| x == group_name) {
            return Ok(json!({}).into());
        }
        if t.groups.len() + t.dynamic_groups.len() >= MAX_THING_GROUPS {
            if override_dynamic && !t.dynamic_groups.is_empty() {
                t.dynamic_groups.remove(0);
            } else {
                return Err(ApiError::limit(format!(
                    "The thing {thing_name} is already in the maximum of {MAX_THING_GROUPS} thing groups."
                )));
            }
        }
        t.groups.push(group_name.to_string());
        save_groups(tx, thing_name, &t)?;
        Ok(json!({}).into())
    })
}

/// RemoveThingFromThingGroup.
pub fn remove_thing(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let group_name = name_or_arn(input, "thingGroupName", "thingGroupArn")?;
    let thing_name = name_or_arn(input, "thingName", "thingArn")?;
    store::write(conn, |tx| {
        existing_group(tx, group_name)?;
        let mut t = existing_thing(tx, thing_name)?;
        t.groups.retain(|x| x != group_name);
        save_groups(tx, thing_name, &t)?;
        Ok(json!({}).into())
    })
}

/// ListThingsInThingGroup (with `recursive`, the things of its child groups too).
pub fn list_group_things(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let name = input.required("thingGroupName")?;
    let recursive = input.flag("recursive") == Some(true);
    let things = store::read(conn, |tx| {
        existing_group(tx, name)?;
        let mut groups = vec![name.to_string()];
        if recursive {
            let mut i = 0;
            while i < groups.len() && groups.len() < 10_000 {
                let mut stmt =
                    tx.prepare_cached("SELECT name FROM thing_groups WHERE parent = ?1")?;
                let children = stmt
                    .query_map(params![groups[i]], |r| r.get::<_, String>(0))?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                groups.extend(children);
                i += 1;
            }
        }
        let mut all = std::collections::BTreeSet::new();
        for g in &groups {
            all.extend(members(tx, g)?);
        }
        Ok(all.into_iter().collect::<Vec<_>>())
    })?;
    offer_all(&listing, &things, 40)
}

/// ListThingGroupsForThing.
pub fn list_thing_groups(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let name = input.required("thingName")?;
    let groups = store::read(conn, |tx| {
        let t = existing_thing(tx, name)?;
        Ok(t.groups
            .iter()
            .chain(&t.dynamic_groups)
            .map(|g| json!({"groupName": g, "groupArn": arn(ctx, "thinggroup", g)}))
            .collect::<Vec<_>>())
    })?;
    offer_all(&listing, &groups, 120)
}
