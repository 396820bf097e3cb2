//! The wire protocol of the local endpoint: an HTTP/1.1 server speaking AWS
//! IoT's REST-JSON protocol. It checks that requests are SigV4-signed, and, when
//! the endpoint was given credentials (always when it listens on anything but
//! loopback), verifies the signature (`sigv4`); it bounds request bodies, finds the
//! operation and its input by the model's HTTP bindings (`binding`), runs it
//! (`operations`) on the store, and writes JSON replies or AWS-style errors (status,
//! `x-amzn-ErrorType`, `{"message": ...}`). Configured faults are applied before a
//! request is served. At most 512 connections are served at once, and a request's
//! head must arrive within 30 seconds.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::Incoming;
use hyper::header::{HeaderMap, AUTHORIZATION, CONTENT_LENGTH};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::task::JoinSet;

use super::error::ApiError;
use super::faults::Fate;
use super::{binding, clock, operations, sigv4, util, Shared};

/// The largest request body accepted (1 MiB); larger ones get a 413.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// Decodes `%XX` escapes (a `+` stays a `+`); `None` for a bad escape or
/// text that is not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    // The decoder passes a `%` that no two hex digits follow through as it is; such an
    // escape is refused instead.
    let bytes = s.as_bytes();
    let escapes_well_formed = bytes.iter().enumerate().all(|(i, b)| {
        *b != b'%'
            || bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
    });
    if !escapes_well_formed {
        return None;
    }
    percent_encoding::percent_decode_str(s)
        .decode_utf8()
        .ok()
        .map(|text| text.into_owned())
}

/// The query string as decoded name/value pairs, in order.
pub fn parse_query(q: &str) -> Result<Vec<(String, String)>, ApiError> {
    let mut out = Vec::new();
    for part in q.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = part.split_once('=').unwrap_or((part, ""));
        let bad = || {
            ApiError::invalid(format!(
                "The query string parameter '{part}' is not validly percent-encoded UTF-8."
            ))
        };
        out.push((
            percent_decode(k).ok_or_else(bad)?,
            percent_decode(v).ok_or_else(bad)?,
        ));
    }
    Ok(out)
}

/// Requests must be signed with AWS Signature Version 4, in the
/// `Authorization` header or as a presigned query string. This checks the form
/// only; [`sigv4::verify`] checks the signature when the endpoint has credentials.
pub fn check_auth(headers: &HeaderMap, query: &[(String, String)]) -> Result<(), ApiError> {
    let presigned = query
        .iter()
        .any(|(k, v)| k == "X-Amz-Algorithm" && v == "AWS4-HMAC-SHA256")
        && query.iter().any(|(k, _)| k == "X-Amz-Credential")
        && query.iter().any(|(k, _)| k == "X-Amz-Signature");
    let Some(value) = headers.get(AUTHORIZATION) else {
        return if presigned {
            Ok(())
        } else {
            Err(ApiError::missing_auth())
        };
    };
    let text = value.to_str().unwrap_or("").trim();
    if text.is_empty() {
        return Err(ApiError::missing_auth());
    }
    if text.starts_with("AWS4-HMAC-SHA256 Credential=") {
        return Ok(());
    }
    Err(ApiError::bad_signature(
        "The Authorization header must be an AWS Signature Version 4 header: 'AWS4-HMAC-SHA256 Credential=..., SignedHeaders=..., Signature=...'.",
    ))
}

fn too_large() -> ApiError {
    ApiError::new(
        413,
        "RequestEntityTooLargeException",
        format!("The request body is larger than the {MAX_BODY_BYTES}-byte limit."),
    )
}

async fn process(shared: Arc<Shared>, req: Request<Incoming>) -> Result<Vec<u8>, ApiError> {
    let query = parse_query(req.uri().query().unwrap_or(""));
    check_auth(req.headers(), query.as_deref().unwrap_or(&[]))?;
    let query = query?;
    let own = clock::own_operation(req.method().as_str(), req.uri().path());
    let target = match own {
        Some(_) => None,
        None => {
            let matched = binding::route(req.method().as_str(), req.uri().path(), &query)?;
            let handler = operations::handler(matched.op)?;
            let header_values = binding::header_values(matched.op, req.headers());
            Some((matched, handler, header_values))
        }
    };
    let method = req.method().clone();
    let raw_path = req.uri().path().to_string();
    let raw_query = req.uri().query().unwrap_or("").to_string();
    let headers = if shared.credentials.is_empty() {
        HeaderMap::new()
    } else {
        req.headers().clone()
    };
    if let Some(len) = req.headers().get(CONTENT_LENGTH) {
        let len = len
            .to_str()
            .ok()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .ok_or_else(|| ApiError::invalid("The Content-Length header is not a number."))?;
        if len > MAX_BODY_BYTES as u64 {
            return Err(too_large());
        }
    }
    let collected = Limited::new(req.into_body(), MAX_BODY_BYTES)
        .collect()
        .await
        .map_err(|e| {
            if e.is::<http_body_util::LengthLimitError>() {
                too_large()
            } else {
                ApiError::invalid(format!("The request body could not be read: {e}."))
            }
        })?;
    let bytes = collected.to_bytes();
    if !shared.credentials.is_empty() {
        sigv4::verify(
            &sigv4::Request {
                method: method.as_str(),
                raw_path: &raw_path,
                raw_query: &raw_query,
                headers: &headers,
                query: &query,
                body: &bytes,
            },
            &shared.credentials,
            &shared.ctx.region,
            util::wall_ms(),
        )?;
    }
    let model_input = match &target {
        Some((matched, handler, header_values)) => Some((
            *handler,
            operations::input(
                matched,
                &binding::Parts {
                    labels: &matched.labels,
                    query: &query,
                    headers: header_values,
                    body: &bytes,
                },
            )?,
        )),
        None => None,
    };
    // On the serving thread: the store is one connection behind a lock, so a thread of the
    // blocking pool would not let a second operation run meanwhile, and handing each operation
    // to it and back cost a describe more than the operation (two thread switches).
    let mut conn = shared
        .conn
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    clock::catch_up(&mut conn, &shared.ctx)?;
    match (model_input, own) {
        (Some((handler, input)), _) => operations::run(&mut conn, &shared.ctx, handler, &input),
        (None, Some(own)) => own(&mut conn, &shared.ctx, &bytes),
        (None, None) => Err(ApiError::internal("a request routed nowhere")),
    }
}

fn respond(status: u16, body: Vec<u8>, error_code: Option<&str>) -> Response<Full<Bytes>> {
    let mut builder = Response::builder()
        .status(StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header("content-type", "application/json")
        .header("x-amzn-RequestId", util::request_id());
    if let Some(code) = error_code {
        builder = builder.header("x-amzn-ErrorType", code);
    }
    builder
        .body(Full::new(Bytes::from(body)))
        .unwrap_or_else(|_| Response::new(Full::new(Bytes::new())))
}

fn respond_error(error: &ApiError) -> Response<Full<Bytes>> {
    let body = serde_json::to_vec(&error.body()).unwrap_or_else(|_| b"{}".to_vec());
    respond(error.status, body, Some(error.code))
}

/// An injected fault that closes the connection without an answer.
#[derive(Debug)]
struct InjectedReset;

impl std::fmt::Display for InjectedReset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection closed by an injected fault")
    }
}

impl std::error::Error for InjectedReset {}

/// Applies the configured faults to a request: `Some` answer (or reset) instead of serving it.
async fn inject(
    shared: &Shared,
    req: &Request<Incoming>,
) -> Option<Result<Response<Full<Bytes>>, InjectedReset>> {
    let spec = &shared.faults.spec;
    if !spec.is_active() {
        return None;
    }
    if !spec.latency.is_zero() {
        tokio::time::sleep(spec.latency).await;
    }
    let (n, fate) = shared.faults.next_fate();
    if fate == Fate::Serve {
        return None;
    }
    eprintln!(
        "fault: request {n} {} {}: {}",
        req.method(),
        req.uri().path(),
        fate.name()
    );
    let error = match fate {
        Fate::Reset => return Some(Err(InjectedReset)),
        Fate::Throttle => ApiError::throttled(),
        _ => ApiError::internal("Internal failure (injected)"),
    };
    Some(Ok(respond_error(&error)))
}

async fn handle(
    shared: Arc<Shared>,
    req: Request<Incoming>,
) -> Result<Response<Full<Bytes>>, InjectedReset> {
    if let Some(answer) = inject(&shared, &req).await {
        return answer;
    }
    Ok(match process(shared, req).await {
        Ok(body) => respond(200, body, None),
        Err(e) => respond_error(&e),
    })
}

/// Most connections served at once; more wait to be accepted.
const MAX_CONNECTIONS: usize = 512;

/// How long a client may take to send a request's head.
const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(30);

/// Accepts connections until the returned future is dropped; dropping it also
/// ends the connections it serves.
pub async fn serve(listener: TcpListener, shared: Arc<Shared>) -> anyhow::Result<()> {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept(), if connections.len() < MAX_CONNECTIONS => match accepted {
                Ok((stream, _)) => {
                    let _ = stream.set_nodelay(true);
                    let shared = shared.clone();
                    connections.spawn(async move {
                        let service = service_fn(move |req| handle(shared.clone(), req));
                        let _ = http1::Builder::new()
                            .timer(TokioTimer::new())
                            .header_read_timeout(HEADER_READ_TIMEOUT)
                            .serve_connection(TokioIo::new(stream), service)
                            .await;
                    });
                }
                // Out of file descriptors or a connection reset before accept:
                // wait a little and go on serving.
                Err(_) => tokio::time::sleep(Duration::from_millis(50)).await,
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a+b%20c").as_deref(), Some("a+b c"));
        assert_eq!(percent_decode("%zz"), None);
        assert_eq!(percent_decode("%FF"), None);
        assert_eq!(percent_decode("%4"), None);
        assert_eq!(percent_decode("a%"), None);
        assert_eq!(percent_decode("%%41"), None);
        assert_eq!(percent_decode("%e2%82%AC%2f").as_deref(), Some("€/"));
        assert_eq!(
            parse_query("a=1&b=%41&&c").ok(),
            Some(vec![
                ("a".into(), "1".into()),
                ("b".into(), "A".into()),
                ("c".into(), String::new())
            ])
        );
    }
}
