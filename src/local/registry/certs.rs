//! Device and CA certificates: CreateKeysAndCertificate, RegisterCertificate,
//! RegisterCertificateWithoutCA, DescribeCertificate, ListCertificates, ListCertificatesByCA,
//! UpdateCertificate, DeleteCertificate, RegisterCACertificate, DescribeCACertificate,
//! ListCACertificates, UpdateCACertificate and DeleteCACertificate.
//!
//! A certificate is registered from real PEM (see `x509`): its id is the SHA-256 of its DER
//! bytes, and its validity, key and issuer are read from it. As the service does, the
//! endpoint refuses a certificate that has expired or is not yet valid, and a device
//! certificate registered with a CA must carry a valid signature of a registered CA. Unlike
//! the service, it accepts RSA keys under 2048 bits, so that the key quality check has
//! something to find.

use rusqlite::{params, Connection, OptionalExtension};
use serde_json::{json, Map, Value};

use super::super::error::ApiError;
use super::super::input::{Input, Members};
use super::super::operations::Reply;
use super::super::paging::Listing;
use super::super::util;
use super::super::x509::{self, CertInfo};
use super::super::{store, Ctx};
use super::{arn, tag_on_create};

const DEVICE: &str = "DEVICE_CERTIFICATE";
const CA: &str = "CA_CERTIFICATE";

fn cert_arn(ctx: &Ctx, kind: &str, id: &str) -> String {
    arn(ctx, if kind == CA { "cacert" } else { "cert" }, id)
}

/// The id of a certificate named by its ARN (`arn:aws:iot:…:cert/ID`), or `None`.
pub fn id_from_arn(principal: &str) -> Option<&str> {
    let (head, id) = principal.rsplit_once(":cert/")?;
    (head.starts_with("arn:") && !id.is_empty()).then_some(id)
}

fn not_found(kind: &str, id: &str) -> ApiError {
    if kind == CA {
        ApiError::not_found(format!("The CA certificate {id} does not exist."))
    } else {
        ApiError::not_found(format!("The certificate {id} does not exist."))
    }
}

fn state_error(message: impl Into<String>) -> ApiError {
    ApiError::new(409, "CertificateStateException", message)
}

/// The status of a certificate, or its not-found error.
pub fn status(conn: &Connection, kind: &str, id: &str) -> Result<String, ApiError> {
    conn.query_row(
        "SELECT COALESCE(r.state, 'ACTIVE') FROM certificates c
         LEFT JOIN resources r ON r.resource_type = c.kind AND r.resource_id = c.cert_id
         WHERE c.kind = ?1 AND c.cert_id = ?2",
        params![kind, id],
        |r| r.get(0),
    )
    .optional()?
    .ok_or_else(|| not_found(kind, id))
}

/// Sets a certificate's status (the row in `resources` keeps it, with its things).
pub fn set_status(conn: &Connection, kind: &str, id: &str, state: &str) -> Result<(), ApiError> {
    conn.execute(
        "INSERT INTO resources(resource_type, resource_id, state, things) VALUES (?1, ?2, ?3, '[]')
         ON CONFLICT(resource_type, resource_id) DO UPDATE SET state = ?3",
        params![kind, id, state],
    )?;
    conn.execute(
        "UPDATE certificates SET modified_ms = ?3, version = COALESCE(version, 1) + 1
         WHERE kind = ?1 AND cert_id = ?2",
        params![kind, id, util::now_ms()],
    )?;
    Ok(())
}

/// Stores a parsed certificate; refuses one already registered.
fn store_certificate(
    conn: &Connection,
    ctx: &Ctx,
    kind: &str,
    cert: &CertInfo,
    ca_id: Option<&str>,
    state: &str,
    mode: &str,
) -> Result<String, ApiError> {
    let certificate_arn = cert_arn(ctx, kind, &cert.id);
    let taken: Option<i64> = conn
        .query_row(
            "SELECT 1 FROM certificates WHERE kind = ?1 AND cert_id = ?2",
            params![kind, cert.id],
            |r| r.get(0),
        )
        .optional()?;
    if taken.is_some() {
        return Err(ApiError::already_exists(
            if kind == CA {
                "The CA certificate is already registered."
            } else {
                "The certificate is already provisioned or registered"
            },
            &cert.id,
            &certificate_arn,
        ));
    }
    let now = util::now_ms();
    if cert.not_after_ms <= now {
        return Err(ApiError::new(
            400,
            "CertificateValidationException",
            "The certificate has expired.",
        ));
    }
    if cert.not_before_ms > now {
        return Err(ApiError::new(
            400,
            "CertificateValidationException",
            "The certificate is not yet valid.",
        ));
    }
    let seq = super::next_seq(conn, "certificates")?;
    conn.execute(
        "INSERT INTO certificates(cert_id, kind, not_before_ms, not_after_ms, ca_id, seq, pem,
             created_ms, modified_ms, key_algorithm, key_bits, cert_mode, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11, 1)",
        params![
            cert.id,
            kind,
            cert.not_before_ms,
            cert.not_after_ms,
            ca_id,
            seq,
            cert.pem,
            now,
            cert.key_algorithm,
            cert.key_bits,
            mode
        ],
    )?;
    conn.execute(
        "INSERT INTO resources(resource_type, resource_id, state, things) VALUES (?1, ?2, ?3, '[]')
         ON CONFLICT(resource_type, resource_id) DO UPDATE SET state = ?3",
        params![kind, cert.id, state],
    )?;
    Ok(certificate_arn)
}

/// CreateKeysAndCertificate: a key pair and a certificate the endpoint's CA signs.
pub fn create_keys(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let active = input.flag("setAsActive") == Some(true);
    store::write(conn, |tx| {
        let issued = x509::issue(tx, util::now_ms())?;
        let state = if active { "ACTIVE" } else { "INACTIVE" };
        let certificate_arn =
            store_certificate(tx, ctx, DEVICE, &issued.cert, None, state, "DEFAULT")?;
        Ok(json!({
            "certificateArn": certificate_arn,
            "certificateId": issued.cert.id,
            "certificatePem": issued.cert.pem,
            "keyPair": {"PublicKey": issued.public_key_pem, "PrivateKey": issued.private_key_pem},
        })
        .into())
    })
}

/// The registered CA (ACTIVE or not) whose key signed `cert`, if any.
fn signing_ca(conn: &Connection, cert: &CertInfo) -> Result<Option<String>, ApiError> {
    let mut stmt = conn.prepare_cached(
        "SELECT cert_id, pem FROM certificates WHERE kind = 'CA_CERTIFICATE' AND pem IS NOT NULL ORDER BY seq",
    )?;
    let cas = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (id, pem) in cas {
        if let Ok(ca) = x509::parse_pem(&pem) {
            if ca.subject == cert.issuer && x509::signed_by(&cert.der, &ca.der) {
                return Ok(Some(id));
            }
        }
    }
    Ok(None)
}

fn register_status(input: &Input) -> &str {
    match (input.text("status"), input.flag("setAsActive")) {
        (Some(s), _) => s,
        (None, Some(true)) => "ACTIVE",
        _ => "INACTIVE",
    }
}

/// RegisterCertificate: a device certificate signed by a registered CA.
pub fn register(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let cert = x509::parse_pem(input.required("certificatePem")?)?;
    let given_ca = input
        .text("caCertificatePem")
        .map(x509::parse_pem)
        .transpose()?;
    let state = register_status(input).to_string();
    store::write(conn, |tx| {
        let ca_id = match &given_ca {
            Some(ca) => {
                let known: Option<String> = tx
                    .query_row(
                        "SELECT cert_id FROM certificates WHERE kind = 'CA_CERTIFICATE' AND cert_id = ?1",
                        params![ca.id],
                        |r| r.get(0),
                    )
                    .optional()?;
                match known {
                    Some(id) if x509::signed_by(&cert.der, &ca.der) => Some(id),
                    Some(_) => None,
                    None => {
                        return Err(ApiError::new(
                            400,
                            "CertificateValidationException",
                            "The CA certificate is not registered.",
                        ))
                    }
                }
            }
            None => signing_ca(tx, &cert)?,
        };
        let Some(ca_id) = ca_id else {
            return Err(ApiError::new(
                400,
                "CertificateValidationException",
                "The certificate is not signed by a registered CA certificate.",
            ));
        };
        let certificate_arn =
            store_certificate(tx, ctx, DEVICE, &cert, Some(&ca_id), &state, "DEFAULT")?;
        Ok(json!({"certificateArn": certificate_arn, "certificateId": cert.id}).into())
    })
}

/// RegisterCertificateWithoutCA: a device certificate whose CA is not registered (SNI_ONLY).
pub fn register_without_ca(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
) -> Result<Reply, ApiError> {
    let cert = x509::parse_pem(input.required("certificatePem")?)?;
    let state = register_status(input).to_string();
    store::write(conn, |tx| {
        let certificate_arn = store_certificate(tx, ctx, DEVICE, &cert, None, &state, "SNI_ONLY")?;
        Ok(json!({"certificateArn": certificate_arn, "certificateId": cert.id}).into())
    })
}

/// RegisterCACertificate.
pub fn register_ca(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let ca = x509::parse_pem(input.required("caCertificate")?)?;
    if !ca.is_ca {
        return Err(ApiError::new(
            400,
            "CertificateValidationException",
            "The certificate is not a CA certificate (its basic constraints do not say CA).",
        ));
    }
    let mode = input
        .text("certificateMode")
        .unwrap_or("DEFAULT")
        .to_string();
    match input.text("verificationCertificate") {
        Some(pem) => {
            let proof = x509::parse_pem(pem)?;
            if !x509::signed_by(&proof.der, &ca.der) {
                return Err(ApiError::new(
                    400,
                    "CertificateValidationException",
                    "The verification certificate is not signed by the CA certificate.",
                ));
            }
        }
        None if mode != "SNI_ONLY" => {
            return Err(ApiError::invalid(
                "A verification certificate is required unless certificateMode is SNI_ONLY.",
            ))
        }
        None => {}
    }
    let state = if input.flag("setAsActive") == Some(true) {
        "ACTIVE"
    } else {
        "INACTIVE"
    };
    let auto = if input.flag("allowAutoRegistration") == Some(true) {
        "ENABLE"
    } else {
        "DISABLE"
    };
    store::write(conn, |tx| {
        let certificate_arn = store_certificate(tx, ctx, CA, &ca, None, state, &mode)?;
        tx.execute(
            "UPDATE certificates SET auto_registration = ?1 WHERE kind = ?2 AND cert_id = ?3",
            params![auto, CA, ca.id],
        )?;
        tag_on_create(tx, input, &certificate_arn)?;
        Ok(json!({"certificateArn": certificate_arn, "certificateId": ca.id}).into())
    })
}

/// What DescribeCertificate and DescribeCACertificate report of a certificate.
fn description(conn: &Connection, ctx: &Ctx, kind: &str, id: &str) -> Result<Value, ApiError> {
    let row = conn
        .query_row(
            "SELECT COALESCE(r.state, 'ACTIVE'), c.pem, c.not_before_ms, c.not_after_ms, c.ca_id,
                    COALESCE(c.created_ms, c.not_before_ms, 0), COALESCE(c.modified_ms, c.created_ms, c.not_before_ms, 0),
                    COALESCE(c.version, 1), COALESCE(c.cert_mode, 'DEFAULT'), COALESCE(c.auto_registration, 'DISABLE')
             FROM certificates c
             LEFT JOIN resources r ON r.resource_type = c.kind AND r.resource_id = c.cert_id
             WHERE c.kind = ?1 AND c.cert_id = ?2",
            params![kind, id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<i64>>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, i64>(5)?,
                    r.get::<_, i64>(6)?,
                    r.get::<_, i64>(7)?,
                    r.get::<_, String>(8)?,
                    r.get::<_, String>(9)?,
                ))
            },
        )
        .optional()?
        .ok_or_else(|| not_found(kind, id))?;
    let (state, pem, not_before, not_after, ca_id, created, modified, version, mode, auto) = row;
    let mut d = Map::new();
    d.insert("certificateArn".into(), json!(cert_arn(ctx, kind, id)));
    d.insert("certificateId".into(), json!(id));
    if let Some(ca) = ca_id {
        d.insert("caCertificateId".into(), json!(ca));
    }
    d.insert("status".into(), json!(state));
    if let Some(pem) = pem {
        d.insert("certificatePem".into(), json!(pem));
    }
    d.insert("ownedBy".into(), json!(ctx.account));
    d.insert("creationDate".into(), util::ms_to_json(created));
    if kind == CA {
        d.insert("autoRegistrationStatus".into(), json!(auto));
    }
    d.insert("lastModifiedDate".into(), util::ms_to_json(modified));
    d.insert("customerVersion".into(), json!(version));
    if kind == DEVICE {
        d.insert("transferData".into(), json!({}));
    }
    d.insert(
        "generationId".into(),
        json!(format!(
            "{:08x}-0000-4000-8000-{:012x}",
            version,
            created.rem_euclid(1 << 48)
        )),
    );
    let mut validity = Map::new();
    if let Some(t) = not_before {
        validity.insert("notBefore".into(), util::ms_to_json(t));
    }
    if let Some(t) = not_after {
        validity.insert("notAfter".into(), util::ms_to_json(t));
    }
    d.insert("validity".into(), Value::Object(validity));
    d.insert("certificateMode".into(), json!(mode));
    Ok(Value::Object(d))
}

/// DescribeCertificate.
pub fn describe(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let id = input.required("certificateId")?;
    store::read(conn, |tx| {
        Ok(json!({"certificateDescription": description(tx, ctx, DEVICE, id)?}).into())
    })
}

/// DescribeCACertificate.
pub fn describe_ca(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let id = input.required("certificateId")?;
    store::read(conn, |tx| {
        Ok(json!({
            "certificateDescription": description(tx, ctx, CA, id)?,
            "registrationConfig": {},
        })
        .into())
    })
}

/// A page of certificates of one kind (of one CA, when given), newest first unless
/// `ascendingOrder`.
fn list_of(
    conn: &mut Connection,
    ctx: &Ctx,
    input: &Input,
    kind: &'static str,
    ca: Option<&str>,
) -> Result<Reply, ApiError> {
    let listing = Listing::new(ctx, input)?;
    let ascending = input.flag("ascendingOrder") == Some(true);
    let page = store::read(conn, |tx| {
        if let Some(ca) = ca {
            status(tx, CA, ca)?;
        }
        // Positions grow in the listing's order: seq ascending, or its negation descending.
        let sql = format!(
            "SELECT {pos}, c.cert_id, COALESCE(r.state, 'ACTIVE'), COALESCE(c.cert_mode, 'DEFAULT'),
                    COALESCE(c.created_ms, c.not_before_ms, 0)
             FROM certificates c
             LEFT JOIN resources r ON r.resource_type = c.kind AND r.resource_id = c.cert_id
             WHERE c.kind = ?1 AND (?2 IS NULL OR c.ca_id = ?2) AND {pos} > ?3
             ORDER BY c.seq {order} LIMIT ?4",
            pos = if ascending { "c.seq" } else { "-c.seq" },
            order = if ascending { "ASC" } else { "DESC" },
        );
        let mut stmt = tx.prepare_cached(&sql)?;
        let rows = stmt.query(params![
            kind,
            ca,
            listing.after(i64::MIN),
            (listing.max + 1) as i64
        ])?;
        listing.fill(rows, 220, |page, pos, r| {
            let id = store::text(r, 1)?;
            let mut item = Map::new();
            item.insert("certificateArn".into(), json!(cert_arn(ctx, kind, id)));
            item.insert("certificateId".into(), json!(id));
            item.insert("status".into(), json!(store::text(r, 2)?));
            if kind == DEVICE {
                item.insert("certificateMode".into(), json!(store::text(r, 3)?));
            }
            item.insert("creationDate".into(), util::ms_to_json(r.get(4)?));
            page.offer(pos, &item)
        })
    })?;
    listing.finish(page)
}

/// ListCertificates.
pub fn list(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    list_of(conn, ctx, input, DEVICE, None)
}

/// ListCertificatesByCA.
pub fn list_by_ca(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let ca = input.required("caCertificateId")?.to_string();
    list_of(conn, ctx, input, DEVICE, Some(&ca))
}

/// ListCACertificates.
pub fn list_ca(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    list_of(conn, ctx, input, CA, None)
}

/// UpdateCertificate.
pub fn update(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let id = input.required("certificateId")?;
    let new = input.required("newStatus")?;
    store::write(conn, |tx| {
        let current = status(tx, DEVICE, id)?;
        if new == "PENDING_TRANSFER" || current == "PENDING_TRANSFER" {
            return Err(state_error(
                "A certificate cannot be set to PENDING_TRANSFER, or changed while a transfer is pending.",
            ));
        }
        if current == "REVOKED" && new != "REVOKED" {
            return Err(state_error("A revoked certificate cannot be reactivated."));
        }
        set_status(tx, DEVICE, id, new)?;
        Ok(json!({}).into())
    })
}

/// UpdateCACertificate.
pub fn update_ca(conn: &mut Connection, _ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let id = input.required("certificateId")?;
    store::write(conn, |tx| {
        status(tx, CA, id)?;
        if let Some(new) = input.text("newStatus") {
            set_status(tx, CA, id, new)?;
        }
        if let Some(auto) = input.text("newAutoRegistrationStatus") {
            tx.execute(
                "UPDATE certificates SET auto_registration = ?1 WHERE kind = ?2 AND cert_id = ?3",
                params![auto, CA, id],
            )?;
        }
        Ok(json!({}).into())
    })
}

/// The things a certificate is attached to.
pub fn things_of(conn: &Connection, id: &str) -> Result<Vec<String>, ApiError> {
    let things: Option<String> = conn
        .query_row(
            "SELECT things FROM resources WHERE resource_type = 'DEVICE_CERTIFICATE' AND resource_id = ?1",
            params![id],
            |r| r.get(0),
        )
        .optional()?;
    Ok(things
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default())
}

/// DeleteCertificate: not while ACTIVE, nor while things are attached; attached policies are
/// detached with `forceDelete`, and stop it otherwise.
pub fn delete(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let id = input.required("certificateId")?;
    let force = input.flag("forceDelete") == Some(true);
    store::write(conn, |tx| {
        let state = status(tx, DEVICE, id)?;
        if state == "ACTIVE" {
            return Err(state_error(
                "The certificate must be deactivated before it is deleted.",
            ));
        }
        if !things_of(tx, id)?.is_empty() {
            return Err(ApiError::new(
                409,
                "DeleteConflictException",
                "Things are attached to the certificate; detach them before it is deleted.",
            ));
        }
        let certificate_arn = cert_arn(ctx, DEVICE, id);
        let policies: i64 = tx.query_row(
            "SELECT COUNT(*) FROM policy_targets WHERE target = ?1",
            params![certificate_arn],
            |r| r.get(0),
        )?;
        if policies > 0 && !force {
            return Err(ApiError::new(
                409,
                "DeleteConflictException",
                "Policies are attached to the certificate; detach them, or delete it with forceDelete.",
            ));
        }
        tx.execute(
            "DELETE FROM policy_targets WHERE target = ?1",
            params![certificate_arn],
        )?;
        remove(tx, DEVICE, id)?;
        Ok(json!({}).into())
    })
}

fn remove(conn: &Connection, kind: &str, id: &str) -> Result<(), ApiError> {
    conn.execute(
        "DELETE FROM certificates WHERE kind = ?1 AND cert_id = ?2",
        params![kind, id],
    )?;
    conn.execute(
        "DELETE FROM resources WHERE resource_type = ?1 AND resource_id = ?2",
        params![kind, id],
    )?;
    Ok(())
}

/// DeleteCACertificate: only an INACTIVE CA certificate.
pub fn delete_ca(conn: &mut Connection, ctx: &Ctx, input: &Input) -> Result<Reply, ApiError> {
    let id = input.required("certificateId")?;
    store::write(conn, |tx| {
        if status(tx, CA, id)? != "INACTIVE" {
            return Err(state_error(
                "The CA certificate must be INACTIVE before it is deleted.",
            ));
        }
        remove(tx, CA, id)?;
        tx.execute(
            "DELETE FROM tags WHERE arn = ?1",
            params![cert_arn(ctx, CA, id)],
        )?;
        Ok(json!({}).into())
    })
}
