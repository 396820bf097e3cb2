//! Small self-contained helpers of the local endpoint: the clock, identifiers
//! (v4 UUIDs, request ids, random secrets, all from the operating system's generator),
//! base64url, HMAC-SHA256 and SHA-256, timestamp
//! conversions, the JSON text of list pages and the opaque pagination tokens
//! handed out by the list operations.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use chrono::DateTime;
use serde_json::Value;

use super::error::ApiError;

thread_local! {
    /// How far the endpoint's clock is ahead of the wall clock, in milliseconds (`local advance`
    /// moves it; the store keeps it, and each request reads it from there before it runs, on
    /// the thread that runs it: endpoints of different stores in one process keep their own).
    static CLOCK_OFFSET_MS: std::cell::Cell<i64> = const { std::cell::Cell::new(0) };
}

/// Milliseconds since the Unix epoch by the wall clock (what request signatures are dated by).
pub fn wall_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// Milliseconds since the Unix epoch by the endpoint's clock: the wall clock moved forward by
/// every `local advance`. Audits, tasks, schedules and certificate validity follow it.
pub fn now_ms() -> i64 {
    wall_ms().saturating_add(CLOCK_OFFSET_MS.with(|o| o.get()))
}

/// Sets how far the endpoint's clock is ahead of the wall clock.
pub fn set_clock_offset(ms: i64) {
    CLOCK_OFFSET_MS.with(|o| o.set(ms));
}

/// A timestamp as AWS REST-JSON bodies carry it: epoch seconds, fractional part
/// for milliseconds.
pub fn ms_to_json(ms: i64) -> Value {
    if ms % 1000 == 0 {
        Value::from(ms / 1000)
    } else {
        serde_json::Number::from_f64(ms as f64 / 1000.0)
            .map(Value::Number)
            .unwrap_or_else(|| Value::from(ms / 1000))
    }
}

/// A timestamp (milliseconds since the epoch) that serializes exactly as
/// [`ms_to_json`] writes it, for replies written without building a JSON value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timestamp(pub i64);

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0 % 1000 == 0 {
            s.serialize_i64(self.0 / 1000)
        } else {
            s.serialize_f64(self.0 as f64 / 1000.0)
        }
    }
}

/// Parses a timestamp written as ISO 8601 / RFC 3339 text (as AWS clients put
/// them in query strings) or as epoch seconds.
pub fn parse_timestamp_text(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.timestamp_millis());
    }
    // Accept a space instead of the `T`, and a missing zone (read as UTC).
    let normalized = s.replacen(' ', "T", 1);
    if let Ok(t) = DateTime::parse_from_rfc3339(&normalized) {
        return Some(t.timestamp_millis());
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(t) = chrono::NaiveDateTime::parse_from_str(&normalized, fmt) {
            return Some(t.and_utc().timestamp_millis());
        }
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return d
            .and_hms_opt(0, 0, 0)
            .map(|t| t.and_utc().timestamp_millis());
    }
    if let Ok(secs) = s.parse::<f64>() {
        return secs_to_ms(secs);
    }
    None
}

/// Epoch seconds (possibly fractional) to milliseconds, refusing values that
/// are not finite or out of any sensible range.
pub fn secs_to_ms(secs: f64) -> Option<i64> {
    if !secs.is_finite() || secs.abs() > 1.0e13 {
        return None;
    }
    Some((secs * 1000.0).round() as i64)
}

/// A timestamp member of a JSON body: epoch seconds (REST-JSON's format), or
/// ISO 8601 text as a courtesy.
pub fn json_timestamp(v: &Value) -> Option<i64> {
    match v {
        Value::Number(n) => n.as_f64().and_then(secs_to_ms),
        Value::String(s) => parse_timestamp_text(s),
        _ => None,
    }
}

/// `n` random bytes from the operating system's generator (getrandom); there is no
/// fallback: when the generator cannot answer, the caller gets an error.
pub fn random_bytes(n: usize) -> Result<Vec<u8>, ApiError> {
    let mut buf = vec![0u8; n];
    getrandom::getrandom(&mut buf).map_err(|e| {
        ApiError::internal(format!(
            "the operating system's random generator is unavailable: {e}"
        ))
    })?;
    Ok(buf)
}

/// A random (version 4) UUID in its usual text form.
pub fn new_uuid() -> Result<String, ApiError> {
    let mut b = [0u8; 16];
    b.copy_from_slice(&random_bytes(16)?);
    Ok(uuid_text(b))
}

/// Numbers the replies whose request id could not be drawn at random.
static REPLIES: AtomicU64 = AtomicU64::new(0);

/// A random (version 4) UUID for a reply's `x-amzn-RequestId`, from the operating system's
/// generator. Should that generator fail, the id is the reply's number in this process (still
/// unique, never derived from the clock).
pub fn request_id() -> String {
    match new_uuid() {
        Ok(id) => id,
        Err(_) => {
            let n = REPLIES.fetch_add(1, Ordering::Relaxed);
            let mut b = [0u8; 16];
            b[8..].copy_from_slice(&n.to_be_bytes());
            uuid_text(b)
        }
    }
}

/// 16 random bytes as a version 4 UUID: 8-4-4-4-12 lowercase hex digits.
fn uuid_text(mut b: [u8; 16]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    let mut out = String::with_capacity(36);
    for (i, x) in b.iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            out.push('-');
        }
        out.push(HEX[usize::from(x >> 4)] as char);
        out.push(HEX[usize::from(x & 0x0f)] as char);
    }
    out
}

/// Lowercase hex of some random bytes.
pub fn random_hex(bytes: usize) -> Result<String, ApiError> {
    Ok(hex(&random_bytes(bytes)?))
}

/// Lowercase hex of some bytes.
pub fn hex(data: &[u8]) -> String {
    data.iter().map(|x| format!("{x:02x}")).collect()
}

/// HMAC-SHA256 of `data` under `key`.
pub fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    use hmac::Mac;
    // HMAC accepts keys of any length, so `new_from_slice` cannot fail.
    let mut mac = match hmac::Hmac::<sha2::Sha256>::new_from_slice(key) {
        Ok(m) => m,
        Err(_) => return [0u8; 32],
    };
    mac.update(data);
    mac.finalize().into_bytes().into()
}

/// SHA-256 of `data`.
pub fn sha256(data: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(data).into()
}

/// base64url without padding.
pub fn b64url_encode(data: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

/// Decodes base64url without padding, in its one canonical form; `None` on any invalid input.
pub fn b64url_decode(s: &str) -> Option<Vec<u8>> {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s)
        .ok()
}

/// A list operation's response written straight as JSON text, item by item,
/// without a JSON value per item: the items under `key`, and, when more remain,
/// the sealed `nextToken` that resumes after the last one:
/// `{"<key>":[...],"nextToken":"..."}`.
pub struct PageWriter {
    buf: Vec<u8>,
    items: usize,
    token_key: &'static str,
}

impl PageWriter {
    /// Starts a page whose items go under `key`; `capacity` is the expected size in bytes.
    pub fn new(key: &str, capacity: usize) -> Result<PageWriter, ApiError> {
        let mut buf = Vec::with_capacity(capacity.max(64));
        buf.push(b'{');
        serde_json::to_writer(&mut buf, key)?;
        buf.extend_from_slice(b":[");
        Ok(PageWriter {
            buf,
            items: 0,
            token_key: "nextToken",
        })
    }

    /// The member the resuming token goes under (`nextToken` unless told: `nextMarker`, ...).
    pub fn token_key(mut self, key: &'static str) -> PageWriter {
        self.token_key = key;
        self
    }

    /// Appends one item.
    pub fn push<T: serde::Serialize + ?Sized>(&mut self, item: &T) -> Result<(), ApiError> {
        if self.items > 0 {
            self.buf.push(b',');
        }
        serde_json::to_writer(&mut self.buf, item)?;
        self.items += 1;
        Ok(())
    }

    /// How many items the page holds.
    pub fn len(&self) -> usize {
        self.items
    }

    /// Ends the page, with the `nextToken` when more items remain.
    pub fn finish(mut self, next_token: Option<&str>) -> Result<Vec<u8>, ApiError> {
        self.buf.push(b']');
        if let Some(token) = next_token {
            self.buf.push(b',');
            serde_json::to_writer(&mut self.buf, self.token_key)?;
            self.buf.push(b':');
            serde_json::to_writer(&mut self.buf, token)?;
        }
        self.buf.push(b'}');
        Ok(self.buf)
    }
}

/// A short fingerprint of a request's filters (the first 16 bytes of their SHA-256, in hex).
fn filters_fingerprint(filters: &str) -> String {
    hex(&sha256(filters.as_bytes())[..16])
}

/// Builds the opaque `nextToken` for a list operation: it names the operation,
/// a fingerprint of the request's filters and the position reached, and is
/// sealed with an HMAC-SHA256 under the store's random secret, so that a token
/// cannot be forged, edited or reused with other filters.
pub fn encode_page_token(secret: &str, op: &str, filters: &str, after: i64) -> String {
    let payload = format!("{op}|{}|{after}", filters_fingerprint(filters));
    let mac = hmac_sha256(secret.as_bytes(), payload.as_bytes());
    b64url_encode(format!("{payload}|{}", hex(&mac)).as_bytes())
}

/// Reads back a token made by [`encode_page_token`] for the same operation and
/// filters; any other token is an `InvalidRequestException`.
pub fn decode_page_token(
    secret: &str,
    op: &str,
    filters: &str,
    token: &str,
) -> Result<i64, ApiError> {
    let bad = || {
        ApiError::invalid("The nextToken is not valid for this request. Pass the nextToken returned by the previous call with the same filters.")
    };
    let raw = b64url_decode(token).ok_or_else(bad)?;
    let text = String::from_utf8(raw).map_err(|_| bad())?;
    let (payload, mac) = text.rsplit_once('|').ok_or_else(bad)?;
    let expected = hex(&hmac_sha256(secret.as_bytes(), payload.as_bytes()));
    if !bool::from(subtle::ConstantTimeEq::ct_eq(
        mac.as_bytes(),
        expected.as_bytes(),
    )) {
        return Err(bad());
    }
    let mut parts = payload.split('|');
    let (Some(p_op), Some(p_filters), Some(p_after), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(bad());
    };
    if p_op != op || p_filters != filters_fingerprint(filters) {
        return Err(bad());
    }
    p_after.parse::<i64>().map_err(|_| bad())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trip() {
        for len in 0..20 {
            let data: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let enc = b64url_encode(&data);
            assert_eq!(b64url_decode(&enc).as_deref(), Some(&data[..]));
        }
        assert_eq!(b64url_encode(b"foobar"), "Zm9vYmFy");
        assert!(b64url_decode("a").is_none());
        assert!(b64url_decode("Zm9vYmFz").is_some());
        assert!(b64url_decode("Zm8").is_some());
        assert!(b64url_decode("Zm9").is_none());
        assert!(b64url_decode("*").is_none());
    }

    #[test]
    fn uuid_shape() {
        let u = new_uuid().unwrap();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "4");
        assert_ne!(new_uuid().unwrap(), u);
        let mut seen = std::collections::HashSet::new();
        for u in (0..1000).map(|_| request_id()).chain([new_uuid().unwrap()]) {
            let groups: Vec<&str> = u.split('-').collect();
            let lens: Vec<usize> = groups.iter().map(|g| g.len()).collect();
            assert_eq!(lens, [8, 4, 4, 4, 12], "{u}");
            assert!(u
                .chars()
                .all(|c| c == '-' || c.is_ascii_digit() || ('a'..='f').contains(&c)));
            assert!(groups[2].starts_with('4'), "{u}");
            assert!(matches!(&groups[3][..1], "8" | "9" | "a" | "b"), "{u}");
            assert!(seen.insert(u));
        }
        assert_eq!(
            uuid_text([0xff; 16]),
            "ffffffff-ffff-4fff-bfff-ffffffffffff"
        );
        assert_eq!(uuid_text([0; 16]), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn tokens() {
        let t = encode_page_token("s", "op", "f", 42);
        assert_eq!(decode_page_token("s", "op", "f", &t).ok(), Some(42));
        assert!(decode_page_token("s", "op", "g", &t).is_err());
        assert!(decode_page_token("s", "op2", "f", &t).is_err());
        assert!(decode_page_token("x", "op", "f", &t).is_err());
        assert!(decode_page_token("s", "op", "f", "garbage").is_err());
        // Editing the position and sealing it again without the key does not pass.
        let text = String::from_utf8(b64url_decode(&t).unwrap()).unwrap();
        let (payload, mac) = text.rsplit_once('|').unwrap();
        let edited = b64url_encode(format!("{}|{mac}", payload.replace("|42", "|43")).as_bytes());
        assert!(decode_page_token("s", "op", "f", &edited).is_err());
    }

    #[test]
    fn hmac_matches_rfc_4231() {
        // RFC 4231, test case 2.
        assert_eq!(
            hex(&hmac_sha256(b"Jefe", b"what do ya want for nothing?")),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }

    #[test]
    fn timestamps() {
        assert_eq!(parse_timestamp_text("1970-01-01T00:00:01Z"), Some(1000));
        assert_eq!(parse_timestamp_text("1970-01-01T00:00:01.5Z"), Some(1500));
        assert_eq!(parse_timestamp_text("2.25"), Some(2250));
        assert_eq!(parse_timestamp_text("1970-01-02"), Some(86_400_000));
        assert_eq!(parse_timestamp_text("nope"), None);
        assert_eq!(ms_to_json(1500), serde_json::json!(1.5));
        assert_eq!(ms_to_json(2000), serde_json::json!(2));
    }

    #[test]
    fn timestamp_writes_as_ms_to_json() {
        for ms in [
            0,
            1,
            999,
            1000,
            1500,
            -1,
            -1500,
            -2000,
            1_795_264_282_526,
            1_795_264_282_000,
            1_795_264_282_910,
            1_795_264_283_010,
            i64::MAX,
            i64::MIN,
        ] {
            assert_eq!(
                serde_json::to_string(&Timestamp(ms)).unwrap(),
                serde_json::to_string(&ms_to_json(ms)).unwrap(),
                "{ms}"
            );
        }
        let mut ms: i64 = 1;
        for _ in 0..2000 {
            ms = ms
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407)
                >> 20;
            assert_eq!(
                serde_json::to_string(&Timestamp(ms)).unwrap(),
                serde_json::to_string(&ms_to_json(ms)).unwrap(),
                "{ms}"
            );
        }
    }

    #[test]
    fn page_writer_writes_as_json_value() {
        #[derive(serde::Serialize)]
        struct Item<'a> {
            #[serde(rename = "actionName")]
            name: &'a str,
            #[serde(rename = "creationDate")]
            created: Timestamp,
        }
        let rows = [("a\"b\\c\u{1}", 1_500), ("é", 2_000), ("x", 2_001)];
        for n in 0..=rows.len() {
            for token in [None, Some(5), Some(-1)] {
                let mut page = PageWriter::new("actionIdentifiers", 0).unwrap();
                let mut values = Vec::new();
                for (name, ms) in &rows[..n] {
                    page.push(&Item {
                        name,
                        created: Timestamp(*ms),
                    })
                    .unwrap();
                    values.push(serde_json::json!({
                        "actionName": name,
                        "creationDate": ms_to_json(*ms),
                    }));
                }
                assert_eq!(page.len(), n);
                let token_text = token.map(|t| encode_page_token("s", "op", "f", t));
                let mut expected = serde_json::Map::new();
                expected.insert("actionIdentifiers".into(), Value::Array(values));
                if let Some(t) = &token_text {
                    expected.insert("nextToken".into(), Value::from(t.clone()));
                }
                assert_eq!(
                    page.finish(token_text.as_deref()).unwrap(),
                    serde_json::to_vec(&expected).unwrap()
                );
            }
        }
    }
}
