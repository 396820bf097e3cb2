//! AWS Signature Version 4, as the local endpoint verifies it when it is given credentials
//! (always when it listens on anything but loopback): the credentials it accepts
//! ([`Credentials`], read from a shared-credentials file or the environment), and
//! [`verify`], which rebuilds the canonical request from what arrived and compares
//! signatures. The scope must name the endpoint's region, the service `iot` and the date
//! of `X-Amz-Date`, and that date must be within 5 minutes of the endpoint's clock; a
//! failure is answered as AWS IoT answers it (403, `InvalidSignatureException`,
//! `UnrecognizedClientException` or `IncompleteSignatureException`).

use std::path::Path;

use chrono::{NaiveDateTime, TimeZone, Utc};
use hyper::header::HeaderMap;
use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
use subtle::ConstantTimeEq;

use super::error::ApiError;
use super::util;

/// One access key the endpoint accepts.
#[derive(Clone, PartialEq, Eq)]
pub struct Credential {
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
}

impl std::fmt::Debug for Credential {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The secret never appears in logs or error messages.
        f.debug_struct("Credential")
            .field("access_key_id", &self.access_key_id)
            .finish_non_exhaustive()
    }
}

/// The access keys the endpoint accepts; empty when signatures are not verified.
#[derive(Debug, Clone, Default)]
pub struct Credentials(pub Vec<Credential>);

impl Credentials {
    /// Reads a shared-credentials file (`[profile]` sections with `aws_access_key_id`,
    /// `aws_secret_access_key` and optionally `aws_session_token`; every profile is
    /// accepted). Lines outside a section count as one more profile.
    pub fn from_file(path: &Path) -> Result<Credentials, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the credentials file {}: {e}", path.display()))?;
        Self::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn parse(text: &str) -> Result<Credentials, String> {
        let mut out = Vec::new();
        let mut section = String::from("(top)");
        let mut cur: [Option<String>; 3] = [None, None, None];
        let mut flush = |section: &str, cur: &mut [Option<String>; 3]| -> Result<(), String> {
            match (cur[0].take(), cur[1].take()) {
                (Some(id), Some(secret)) => out.push(Credential {
                    access_key_id: id,
                    secret_access_key: secret,
                    session_token: cur[2].take(),
                }),
                (None, None) => {
                    cur[2] = None;
                }
                _ => {
                    return Err(format!(
                        "profile {section} needs both aws_access_key_id and aws_secret_access_key"
                    ))
                }
            }
            Ok(())
        };
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                flush(&section, &mut cur)?;
                section = format!("[{}]", name.trim());
                continue;
            }
            let Some((k, v)) = line.split_once('=') else {
                return Err(format!("a line in {section} is not `name = value`"));
            };
            let v = v.trim().to_string();
            match k.trim().to_ascii_lowercase().as_str() {
                "aws_access_key_id" => cur[0] = Some(v),
                "aws_secret_access_key" => cur[1] = Some(v),
                "aws_session_token" => cur[2] = Some(v),
                _ => {}
            }
        }
        flush(&section, &mut cur)?;
        if out.is_empty() {
            return Err("no credentials found (aws_access_key_id, aws_secret_access_key)".into());
        }
        Ok(Credentials(out))
    }

    /// The credentials of the environment (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`,
    /// `AWS_SESSION_TOKEN`), if both keys are set.
    pub fn from_env() -> Option<Credentials> {
        let get = |k: &str| std::env::var(k).ok().filter(|v| !v.trim().is_empty());
        Some(Credentials(vec![Credential {
            access_key_id: get("AWS_ACCESS_KEY_ID")?,
            secret_access_key: get("AWS_SECRET_ACCESS_KEY")?,
            session_token: get("AWS_SESSION_TOKEN"),
        }]))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The largest difference allowed between a request's date and the endpoint's clock.
pub const MAX_SKEW_MS: i64 = 5 * 60 * 1000;

fn invalid_signature(message: impl Into<String>) -> ApiError {
    ApiError::new(403, "InvalidSignatureException", message)
}

fn incomplete(message: impl Into<String>) -> ApiError {
    ApiError::new(403, "IncompleteSignatureException", message)
}

/// What SigV4 percent-encodes: everything but `A-Za-z0-9-_.~`.
const UNRESERVED: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');
/// The same for a path, whose `/` stay.
const UNRESERVED_AND_SLASH: &AsciiSet = &UNRESERVED.remove(b'/');

/// Percent-encodes as SigV4 does, in upper-case hex: everything but `A-Za-z0-9-_.~` (and `/`
/// when asked).
fn uri_encode(s: &str, keep_slash: bool) -> String {
    let set = if keep_slash {
        UNRESERVED_AND_SLASH
    } else {
        UNRESERVED
    };
    utf8_percent_encode(s, set).to_string()
}

/// The parts of an `Authorization: AWS4-HMAC-SHA256 ...` header or a presigned query.
struct Parsed {
    access_key: String,
    date: String,
    region: String,
    service: String,
    terminator: String,
    signed_headers: Vec<String>,
    signature: String,
    amz_date: String,
}

fn parse_credential(scope: &str) -> Result<(String, String, String, String, String), ApiError> {
    let parts: Vec<&str> = scope.split('/').collect();
    if parts.len() != 5 {
        return Err(incomplete(format!(
            "Credential should have five parts (access key/date/region/service/aws4_request), not '{scope}'."
        )));
    }
    Ok((
        parts[0].to_string(),
        parts[1].to_string(),
        parts[2].to_string(),
        parts[3].to_string(),
        parts[4].to_string(),
    ))
}

fn parse(headers: &HeaderMap, query: &[(String, String)]) -> Result<Parsed, ApiError> {
    let header = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(|s| s.trim().to_string())
    };
    if let Some(auth) = header("authorization") {
        let rest = auth
            .strip_prefix("AWS4-HMAC-SHA256")
            .map(str::trim)
            .ok_or_else(|| {
                incomplete("The Authorization header must be an AWS Signature Version 4 header.")
            })?;
        let mut credential = None;
        let mut signed = None;
        let mut signature = None;
        for part in rest.split(',') {
            let Some((k, v)) = part.trim().split_once('=') else {
                continue;
            };
            match k.trim() {
                "Credential" => credential = Some(v.trim().to_string()),
                "SignedHeaders" => signed = Some(v.trim().to_string()),
                "Signature" => signature = Some(v.trim().to_string()),
                _ => {}
            }
        }
        let missing: Vec<&str> = [
            ("Credential", credential.is_none()),
            ("SignedHeaders", signed.is_none()),
            ("Signature", signature.is_none()),
        ]
        .iter()
        .filter(|(_, m)| *m)
        .map(|(n, _)| *n)
        .collect();
        if !missing.is_empty() {
            return Err(incomplete(format!(
                "Authorization header requires {} parameter(s). Authorization={auth}",
                missing.join(", ")
            )));
        }
        let (access_key, date, region, service, terminator) =
            parse_credential(&credential.unwrap_or_default())?;
        let amz_date = header("x-amz-date").ok_or_else(|| {
            incomplete("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
        })?;
        return Ok(Parsed {
            access_key,
            date,
            region,
            service,
            terminator,
            signed_headers: signed
                .unwrap_or_default()
                .split(';')
                .map(|s| s.trim().to_ascii_lowercase())
                .collect(),
            signature: signature.unwrap_or_default(),
            amz_date,
        });
    }
    let q = |name: &str| {
        query
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let (Some(credential), Some(signed), Some(signature), Some(amz_date)) = (
        q("X-Amz-Credential"),
        q("X-Amz-SignedHeaders"),
        q("X-Amz-Signature"),
        q("X-Amz-Date"),
    ) else {
        return Err(ApiError::missing_auth());
    };
    let (access_key, date, region, service, terminator) = parse_credential(&credential)?;
    Ok(Parsed {
        access_key,
        date,
        region,
        service,
        terminator,
        signed_headers: signed.split(';').map(|s| s.to_ascii_lowercase()).collect(),
        signature,
        amz_date,
    })
}

fn format_amz(ms: i64) -> String {
    Utc.timestamp_millis_opt(ms)
        .single()
        .map(|t| t.format("%Y%m%dT%H%M%SZ").to_string())
        .unwrap_or_default()
}

/// The canonical request of SigV4 for what arrived (`raw_path` and `raw_query` as sent,
/// still percent-encoded).
fn canonical_request(
    method: &str,
    raw_path: &str,
    raw_query: &str,
    headers: &HeaderMap,
    signed: &[String],
    payload_hash: &str,
) -> String {
    // The path is encoded once more, as the SDKs do for every service but S3.
    let path = if raw_path.is_empty() { "/" } else { raw_path };
    let canonical_uri = uri_encode(path, true);
    let mut pairs: Vec<(String, String)> = raw_query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            let k = super::http::percent_decode(k).unwrap_or_else(|| k.to_string());
            let v = super::http::percent_decode(v).unwrap_or_else(|| v.to_string());
            (uri_encode(&k, false), uri_encode(&v, false))
        })
        .filter(|(k, _)| k != "X-Amz-Signature")
        .collect();
    pairs.sort();
    let canonical_query: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let mut canonical_headers = String::new();
    for name in signed {
        let values: Vec<String> = headers
            .get_all(name.as_str())
            .iter()
            .map(|v| {
                String::from_utf8_lossy(v.as_bytes())
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        canonical_headers.push_str(&format!("{name}:{}\n", values.join(",")));
    }
    format!(
        "{method}\n{canonical_uri}\n{}\n{canonical_headers}\n{}\n{payload_hash}",
        canonical_query.join("&"),
        signed.join(";")
    )
}

/// What [`verify`] needs to know about a request.
pub struct Request<'a> {
    pub method: &'a str,
    pub raw_path: &'a str,
    pub raw_query: &'a str,
    pub headers: &'a HeaderMap,
    pub query: &'a [(String, String)],
    pub body: &'a [u8],
}

/// Verifies a request's signature against the accepted credentials.
pub fn verify(
    req: &Request<'_>,
    credentials: &Credentials,
    region: &str,
    now_ms: i64,
) -> Result<(), ApiError> {
    let p = parse(req.headers, req.query)?;
    let Some(cred) = credentials
        .0
        .iter()
        .find(|c| c.access_key_id == p.access_key)
    else {
        return Err(ApiError::new(
            403,
            "UnrecognizedClientException",
            "The security token included in the request is invalid.",
        ));
    };
    let request_ms = NaiveDateTime::parse_from_str(&p.amz_date, "%Y%m%dT%H%M%SZ")
        .map(|t| t.and_utc().timestamp_millis())
        .map_err(|_| {
            incomplete(format!(
                "Date must be in ISO-8601 'basic format'. Got '{}'. See http://en.wikipedia.org/wiki/ISO_8601",
                p.amz_date
            ))
        })?;
    if p.date != p.amz_date.get(..8).unwrap_or("") {
        return Err(invalid_signature(format!(
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{}' != '{}', from '{}'.",
            p.date,
            p.amz_date.get(..8).unwrap_or(""),
            p.amz_date
        )));
    }
    if p.region != region {
        return Err(invalid_signature(format!(
            "Credential should be scoped to a valid region, not '{}'. ",
            p.region
        )));
    }
    if p.service != "iot" {
        return Err(invalid_signature(format!(
            "Credential should be scoped to correct service: 'iot'. not '{}'. ",
            p.service
        )));
    }
    if p.terminator != "aws4_request" {
        return Err(invalid_signature(format!(
            "Credential should be scoped with a valid terminator: 'aws4_request', not '{}'. ",
            p.terminator
        )));
    }
    if request_ms < now_ms - MAX_SKEW_MS {
        return Err(invalid_signature(format!(
            "Signature expired: {} is now earlier than {} ({} - 5 min.)",
            p.amz_date,
            format_amz(now_ms - MAX_SKEW_MS),
            format_amz(now_ms)
        )));
    }
    if request_ms > now_ms + MAX_SKEW_MS {
        return Err(invalid_signature(format!(
            "Signature not yet current: {} is still later than {} ({} + 5 min.)",
            p.amz_date,
            format_amz(now_ms + MAX_SKEW_MS),
            format_amz(now_ms)
        )));
    }
    if !p.signed_headers.iter().any(|h| h == "host") {
        return Err(invalid_signature(
            "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
        ));
    }
    if let Some(token) = &cred.session_token {
        let sent = req
            .headers
            .get("x-amz-security-token")
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .or_else(|| {
                req.query
                    .iter()
                    .find(|(k, _)| k == "X-Amz-Security-Token")
                    .map(|(_, v)| v.clone())
            });
        if sent.as_deref() != Some(token.as_str()) {
            return Err(ApiError::new(
                403,
                "UnrecognizedClientException",
                "The security token included in the request is invalid.",
            ));
        }
    }
    let payload_hash = req
        .headers
        .get("x-amz-content-sha256")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string)
        .unwrap_or_else(|| util::hex(&util::sha256(req.body)));
    let canonical = canonical_request(
        req.method,
        req.raw_path,
        req.raw_query,
        req.headers,
        &p.signed_headers,
        &payload_hash,
    );
    let scope = format!("{}/{}/{}/{}", p.date, p.region, p.service, p.terminator);
    let string_to_sign = format!(
        "AWS4-HMAC-SHA256\n{}\n{scope}\n{}",
        p.amz_date,
        util::hex(&util::sha256(canonical.as_bytes()))
    );
    let mut key = util::hmac_sha256(
        format!("AWS4{}", cred.secret_access_key).as_bytes(),
        p.date.as_bytes(),
    );
    for part in [&p.region, &p.service, &p.terminator] {
        key = util::hmac_sha256(&key, part.as_bytes());
    }
    let expected = util::hex(&util::hmac_sha256(&key, string_to_sign.as_bytes()));
    let signature = p.signature.to_ascii_lowercase();
    if !bool::from(expected.as_bytes().ct_eq(signature.as_bytes())) {
        return Err(invalid_signature(format!(
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request should have been\n'{canonical}'\n\nThe String-to-Sign should have been\n'{string_to_sign}'\n"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_files() {
        let c = Credentials::parse(
            "[default]\naws_access_key_id = AKID\naws_secret_access_key = s3cr3t\n\n[other]\naws_access_key_id=AK2\naws_secret_access_key=x\naws_session_token=t\n",
        )
        .unwrap();
        assert_eq!(c.0.len(), 2);
        assert_eq!(c.0[1].session_token.as_deref(), Some("t"));
        assert!(Credentials::parse("[p]\naws_access_key_id = A\n").is_err());
        assert!(Credentials::parse("# nothing\n").is_err());
        assert!(!format!("{:?}", c.0[0]).contains("s3cr3t"));
    }

    /// The example of the SigV4 documentation (GET of IAM ListUsers), signed here with the
    /// same steps `verify` checks.
    #[test]
    fn uri_encoding_keeps_only_unreserved_characters() {
        assert_eq!(uri_encode("a b/é~-_.*+", true), "a%20b/%C3%A9~-_.%2A%2B");
        assert_eq!(uri_encode("a b/é", false), "a%20b%2F%C3%A9");
    }

    #[test]
    fn known_signature() {
        let mut headers = HeaderMap::new();
        headers.insert("host", "iam.amazonaws.com".parse().unwrap());
        headers.insert(
            "content-type",
            "application/x-www-form-urlencoded; charset=utf-8"
                .parse()
                .unwrap(),
        );
        headers.insert("x-amz-date", "20150830T123600Z".parse().unwrap());
        let canonical = canonical_request(
            "GET",
            "/",
            "Action=ListUsers&Version=2010-05-08",
            &headers,
            &["content-type".into(), "host".into(), "x-amz-date".into()],
            &util::hex(&util::sha256(b"")),
        );
        assert_eq!(
            util::hex(&util::sha256(canonical.as_bytes())),
            "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59"
        );
    }
}
