//! The hand-off to the official SDK. Loads configuration the way the AWS CLI does (profiles,
//! credentials, region, endpoint, retries, timeouts, TLS) through `aws-config`, turns the
//! validated input document of an operation into the `aws-sdk-iot` call, and returns the raw
//! JSON body the service answered, so that the output stage can shape it by the model instead
//! of by the SDK's types. A successful answer's body is taken by an interceptor as it is read
//! and the SDK is given `{}` to deserialize: its typed output is never used, and decoding a
//! large page twice would cost a listing of thousands of items a sixth of its time.
//!
//! The call of each operation is generated from the model ([`super::generated`]): adding an
//! operation or a member means touching the model only.

use crate::call::options::CallOptions;
use crate::call::service_error;
use crate::error::{CliError, Result, ServiceError};
use aws_config::BehaviorVersion;
use aws_sdk_iot::config::{Intercept, RuntimeComponents};
use aws_sdk_iot::error::{ProvideErrorMetadata, SdkError};
use aws_smithy_runtime_api::client::interceptors::context::{
    AfterDeserializationInterceptorContextRef, BeforeDeserializationInterceptorContextMut,
    BeforeTransmitInterceptorContextRef,
};
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::config_bag::ConfigBag;
use aws_smithy_types::error::display::DisplayErrorContext;
use aws_smithy_types::timeout::TimeoutConfig;
use serde_json::{Map, Value};
use std::sync::{Arc, Mutex};

/// What the interceptor saw of the last attempt: the request URL and the response body.
#[derive(Debug, Default)]
struct Seen {
    url: Option<String>,
    body: Option<Vec<u8>>,
    /// Attempts made for the current call (retries included).
    attempts: u32,
    /// A JSON body to send instead of the SDK's: the request of an operation of the local
    /// endpoint's own (see [`Client::call_own`]).
    replace_body: Option<Vec<u8>>,
    /// A method and path to send the request to instead of the operation's: an operation of
    /// the local endpoint's own (see [`Client::call_own`]).
    replace_route: Option<(&'static str, String)>,
    /// The input shape and document of the call, for the `false` members the SDK's serializer
    /// leaves out of the body and the AWS CLI sends (see [`super::defaults`]).
    restore: Option<(&'static crate::model::Shape, Value)>,
}

#[derive(Debug, Clone, Default)]
struct Capture {
    seen: Arc<Mutex<Seen>>,
    /// `--debug`: trace every request and response on stderr, secrets redacted.
    debug: bool,
}

/// A successful answer's body on its way to the SDK: the bytes are kept for [`Client::call`]
/// as they arrive, and once the body has ended the SDK reads `{}` instead.
struct TakenBody {
    inner: SdkBody,
    read: Vec<u8>,
    seen: Arc<Mutex<Seen>>,
    done: bool,
}

impl hyper::body::Body for TakenBody {
    type Data = bytes::Bytes;
    type Error = aws_sdk_iot::error::BoxError;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<std::result::Result<hyper::body::Frame<bytes::Bytes>, Self::Error>>>
    {
        use std::task::Poll;
        let this = &mut *self;
        if this.done {
            return Poll::Ready(None);
        }
        loop {
            match std::pin::Pin::new(&mut this.inner).poll_frame(cx) {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(Some(Ok(frame))) => {
                    if let Some(data) = frame.data_ref() {
                        this.read.extend_from_slice(data);
                    }
                }
                Poll::Ready(None) => {
                    this.done = true;
                    if let Ok(mut seen) = this.seen.lock() {
                        seen.body = Some(std::mem::take(&mut this.read));
                    }
                    let empty = hyper::body::Frame::data(bytes::Bytes::from_static(b"{}"));
                    return Poll::Ready(Some(Ok(empty)));
                }
            }
        }
    }
}

/// Header values that carry secrets are never printed.
fn redact_header(name: &str, value: &str) -> String {
    match name.to_ascii_lowercase().as_str() {
        "authorization" => {
            let signed = value
                .split(", ")
                .find(|p| p.starts_with("SignedHeaders="))
                .unwrap_or("");
            let scheme = value.split_whitespace().next().unwrap_or("");
            format!("{scheme} Credential=<redacted>, {signed}, Signature=<redacted>")
        }
        "x-amz-security-token" | "x-amz-content-sha256-secret" | "cookie" => "<redacted>".into(),
        _ => value.to_string(),
    }
}

fn trace(
    kind: &str,
    first_line: &str,
    headers: &aws_smithy_runtime_api::http::Headers,
    body: Option<&[u8]>,
) {
    let mut text = format!("{kind}: {first_line}\n");
    for (name, value) in headers.iter() {
        text.push_str(&format!("  {name}: {}\n", redact_header(name, value)));
    }
    if let Some(b) = body.filter(|b| !b.is_empty()) {
        text.push_str(&format!("  body: {}\n", String::from_utf8_lossy(b)));
    }
    eprint!("{text}");
}

/// Query timestamps with fractional seconds are written as the AWS CLI writes them, with six
/// digits (`2020-01-01T00:00:00.250000Z`), so that the two send the same bytes.
fn six_digit_fractions(uri: &str) -> Option<String> {
    let (path, query) = uri.split_once('?')?;
    let mut changed = false;
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| {
            let Some((k, v)) = pair.split_once('=') else {
                return pair.to_string();
            };
            let Some(body) = v.strip_suffix('Z') else {
                return pair.to_string();
            };
            let Some((secs, frac)) = body.rsplit_once('.') else {
                return pair.to_string();
            };
            let plain = secs.replace("%3A", ":");
            let looks_like_time = plain.len() == 19 && plain.as_bytes().get(10) == Some(&b'T');
            if !looks_like_time
                || frac.is_empty()
                || frac.len() >= 6
                || !frac.bytes().all(|b| b.is_ascii_digit())
            {
                return pair.to_string();
            }
            changed = true;
            format!("{k}={secs}.{frac:0<6}Z")
        })
        .collect();
    changed.then(|| format!("{path}?{}", pairs.join("&")))
}

/// Whether any of these values, or any value inside them, is `false`.
fn holds_false<'a>(mut values: impl Iterator<Item = &'a Value>) -> bool {
    values.any(|v| match v {
        Value::Bool(b) => !b,
        Value::Array(items) => holds_false(items.iter()),
        Value::Object(map) => holds_false(map.values()),
        _ => false,
    })
}

impl Intercept for Capture {
    fn name(&self) -> &'static str {
        "iotmit-capture"
    }

    fn modify_before_signing(
        &self,
        context: &mut aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextMut<'_>,
        _rc: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> std::result::Result<(), aws_sdk_iot::error::BoxError> {
        if let Some(uri) = six_digit_fractions(context.request().uri()) {
            context.request_mut().set_uri(uri)?;
        }
        let route = self.seen.lock().ok().and_then(|s| s.replace_route.clone());
        if let Some((method, path)) = route {
            let request = context.request_mut();
            let uri = request.uri().to_string();
            // Scheme and authority kept, the path and query replaced.
            let origin_end = uri
                .find("://")
                .and_then(|i| uri[i + 3..].find('/').map(|j| i + 3 + j))
                .unwrap_or(uri.len());
            let new = format!("{}{path}", &uri[..origin_end]);
            request.set_method(method)?;
            request.set_uri(new)?;
            request
                .headers_mut()
                .insert("content-type", "application/json");
        }
        let body = self.seen.lock().ok().and_then(|s| s.replace_body.clone());
        if let Some(body) = body {
            let request = context.request_mut();
            request
                .headers_mut()
                .insert("content-length", body.len().to_string());
            *request.body_mut() = SdkBody::from(body);
        }
        let restore = self.seen.lock().ok().and_then(|s| s.restore.clone());
        if let Some((input, doc)) = restore {
            let request = context.request_mut();
            let sent = request
                .body()
                .bytes()
                .and_then(|b| serde_json::from_slice::<Value>(b).ok());
            if let Some(mut sent) = sent {
                if super::defaults::restore_false(input, &doc, &mut sent) {
                    let body = serde_json::to_vec(&sent)?;
                    request
                        .headers_mut()
                        .insert("content-length", body.len().to_string());
                    *request.body_mut() = SdkBody::from(body);
                }
            }
        }
        Ok(())
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _rc: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> std::result::Result<(), aws_sdk_iot::error::BoxError> {
        let request = context.request();
        if self.debug {
            trace(
                "request",
                &format!("{} {}", request.method(), request.uri()),
                request.headers(),
                request.body().bytes(),
            );
        }
        if let Ok(mut seen) = self.seen.lock() {
            seen.url = Some(request.uri().to_string());
            seen.body = None;
            seen.attempts += 1;
        }
        Ok(())
    }

    fn modify_before_deserialization(
        &self,
        context: &mut BeforeDeserializationInterceptorContextMut<'_>,
        _rc: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> std::result::Result<(), aws_sdk_iot::error::BoxError> {
        let response = context.response_mut();
        if response.status().is_success() {
            let body = std::mem::replace(response.body_mut(), SdkBody::taken());
            *response.body_mut() = SdkBody::from_body_1_x(TakenBody {
                inner: body,
                read: Vec::new(),
                seen: self.seen.clone(),
                done: false,
            });
        }
        Ok(())
    }

    fn read_after_deserialization(
        &self,
        context: &AfterDeserializationInterceptorContextRef<'_>,
        _rc: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> std::result::Result<(), aws_sdk_iot::error::BoxError> {
        let response = context.response();
        let Ok(mut seen) = self.seen.lock() else {
            return Ok(());
        };
        if seen.body.is_none() {
            // An error answer: the SDK read it for its error code; keep it as it came.
            seen.body = response.body().bytes().map(<[u8]>::to_vec);
        }
        if self.debug {
            trace(
                "response",
                &response.status().as_u16().to_string(),
                response.headers(),
                seen.body.as_deref(),
            );
        }
        Ok(())
    }
}

pub struct Client {
    pub(super) inner: aws_sdk_iot::Client,
    capture: Capture,
    retry: crate::settings::retry::Retry,
}

fn http_client(
    bundle: Option<String>,
    options: &CallOptions,
) -> aws_sdk_iot::config::SharedHttpClient {
    crate::settings::proxy::http_client(options.no_verify_ssl, bundle)
}

impl Client {
    /// Loads configuration and builds the client. Nothing here touches the network; credentials
    /// are resolved on the first call.
    pub async fn new(
        options: &CallOptions,
        local: Option<String>,
        files: &crate::settings::config::Files,
    ) -> Result<Client> {
        if let Some(url) = &options.endpoint_url {
            crate::settings::endpoint::check_flag(url)?;
        }
        files.check_profile()?;
        let profile_settings = files.settings(&["ca_bundle", "max_attempts", "retry_mode"]);
        let bundle = crate::settings::proxy::ca_bundle(
            options.ca_bundle.as_deref(),
            profile_settings.get("ca_bundle").map(String::as_str),
            options.no_verify_ssl,
        );
        let retry = crate::settings::retry::Retry::resolve(&profile_settings);
        let http = http_client(bundle.as_ref().ok().cloned().flatten(), options);
        let mut loader = aws_config::defaults(BehaviorVersion::latest())
            .http_client(http.clone())
            .retry_config(retry.as_ref().copied().unwrap_or_default().config())
            .profile_name(&files.profile)
            // Credentials are chosen below, once the region is known, as the AWS CLI chooses.
            .no_credentials();
        let profile_region = ["AWS_REGION", "AWS_DEFAULT_REGION"]
            .iter()
            .all(|v| std::env::var_os(v).is_none())
            .then(|| files.get("region"))
            .flatten();
        if let Some(r) = &options.region {
            loader = loader.region(aws_config::Region::new(r.clone()));
        } else if let Some(r) = profile_region {
            // The profile's region as botocore reads it (an inline `# comment` included, which
            // aws-config's own reading would drop).
            loader = loader.region(aws_config::Region::new(r.to_string()));
        } else if local.is_some() {
            // The environment or the profile, else us-east-1: the local endpoint never needs the
            // instance metadata service, whose lookup costs every command a connection attempt.
            let from_profile = aws_config::profile::ProfileFileRegionProvider::builder()
                .profile_name(&files.profile);
            loader = loader.region(
                aws_config::meta::region::RegionProviderChain::first_try(
                    aws_config::environment::region::EnvironmentVariableRegionProvider::new(),
                )
                .or_else(from_profile.build())
                .or_else(aws_config::Region::from_static("us-east-1")),
            );
        }
        if let Some(url) = local.as_ref().or(options.endpoint_url.as_ref()) {
            loader = loader.endpoint_url(url);
        }
        let mut timeouts = TimeoutConfig::builder();
        timeouts.set_connect_timeout(options.connect_timeout);
        timeouts.set_read_timeout(options.read_timeout);
        let timeouts = timeouts.build();
        loader = loader.timeout_config(timeouts.clone());
        let mut shared = loader.load().await;
        if local.is_some() && shared.region().is_none() {
            shared = shared
                .into_builder()
                .region(aws_config::Region::from_static("us-east-1"))
                .build();
        }
        let region = shared.region().map(|r| r.as_ref().to_string());
        if let Some(r) = &region {
            crate::settings::endpoint::check_region(r)?;
        }
        let retry = retry?;
        if shared.region().is_none() {
            return Err(CliError::Missing {
                code: "NoRegion",
                message: "You must specify a region. You can also configure your region by running \"aws configure\"."
                    .into(),
            });
        }
        let capture = Capture {
            debug: options.debug,
            ..Capture::default()
        };
        if options.debug {
            eprintln!(
                "config: profile {}, region {}, endpoint {}, retry {:?}",
                crate::settings::config::profile_name(options.profile.as_deref()),
                shared.region().map(|r| r.as_ref()).unwrap_or("-"),
                shared.endpoint_url().unwrap_or("(default)"),
                shared.retry_config(),
            );
        }
        let mut conf = aws_sdk_iot::config::Builder::from(&shared).interceptor(capture.clone());
        let endpoint = crate::settings::endpoint::configured(
            &shared,
            local.as_ref().or(options.endpoint_url.as_ref()),
        );
        crate::settings::endpoint::check_url(endpoint.as_deref(), region.as_deref().unwrap_or(""))?;
        bundle?;
        if let Some(query) = endpoint
            .as_deref()
            .and_then(crate::settings::endpoint::query_of)
        {
            conf = conf.interceptor(crate::settings::endpoint::KeepQuery(query));
        }
        if region.as_deref() == Some("") {
            conf.set_region(None);
            conf = conf.interceptor(crate::settings::endpoint::EmptySigningRegion);
        }
        if local.is_some() {
            // The local endpoint accepts any key: never send real credentials to it, and work
            // on a machine that has none.
            conf = conf.credentials_provider(aws_sdk_iot::config::Credentials::new(
                "LOCALACCESSKEY",
                "local-secret-key",
                None,
                None,
                "iotmit-local",
            ));
        } else if options.no_sign_request {
            conf = conf.allow_no_auth();
        } else {
            let provider_config = aws_config::provider_config::ProviderConfig::without_region()
                .with_http_client(http)
                .with_region(shared.region().cloned())
                .with_timeout_config(timeouts);
            conf = conf.credentials_provider(crate::settings::credentials::choose(
                files,
                &provider_config,
            )?);
        }
        Ok(Client {
            inner: aws_sdk_iot::Client::from_conf(conf.build()),
            capture,
            retry,
        })
    }

    /// Calls the operation with the input document; returns the raw response document.
    pub async fn call(&self, operation: &str, doc: &Map<String, Value>) -> Result<Value> {
        let body = self.call_raw(operation, doc).await?;
        parse_body(&body)
    }

    /// Calls the operation with the input document; returns the response body as it came.
    pub async fn call_raw(&self, operation: &str, doc: &Map<String, Value>) -> Result<Vec<u8>> {
        if let Ok(mut seen) = self.capture.seen.lock() {
            *seen = Seen::default();
        }
        // The SDK leaves out some `false` members (`enabled` of an audit check, `merge` of an
        // attribute payload); the AWS CLI sends them. Only a document that has one needs looking at.
        let m = crate::model::get();
        let input = m.operations.get(operation).and_then(|op| m.input(op));
        if let Some(input) = input.filter(|_| holds_false(doc.values())) {
            if let Ok(mut seen) = self.capture.seen.lock() {
                seen.restore = Some((input, Value::Object(doc.clone())));
            }
        }
        super::generated::send(self, operation, doc).await?;
        Ok(self
            .capture
            .seen
            .lock()
            .ok()
            .and_then(|mut s| s.body.take())
            .unwrap_or_default())
    }

    /// Sends `body` to an operation of the local endpoint's own (`POST path`), signed and sent as
    /// the AWS operations are (endpoint, region, credentials, TLS and retries of this client);
    /// returns the answer's body. The request travels as GetV2LoggingOptions, which has no
    /// input, with its method, path and body replaced before it is signed.
    pub async fn call_own(&self, path: &str, title: &str, body: Vec<u8>) -> Result<Vec<u8>> {
        if let Ok(mut seen) = self.capture.seen.lock() {
            *seen = Seen::default();
            seen.replace_route = Some(("POST", path.to_string()));
            seen.replace_body = Some(body);
        }
        let carrier = "GetV2LoggingOptions";
        super::generated::send(self, carrier, &Map::new())
            .await
            .map_err(|e| match e {
                // An error names the operation the user ran, not the one that carried it.
                CliError::Service(mut s) => {
                    s.operation = s.operation.replacen(carrier, title, 1);
                    CliError::Service(s)
                }
                other => other,
            })?;
        Ok(self
            .capture
            .seen
            .lock()
            .ok()
            .and_then(|mut s| s.body.take())
            .unwrap_or_default())
    }

    pub(super) fn error<E>(
        &self,
        operation: &str,
        e: SdkError<E, aws_smithy_runtime_api::http::Response>,
    ) -> CliError
    where
        E: ProvideErrorMetadata + std::error::Error + Send + Sync + 'static,
    {
        let url = self
            .capture
            .seen
            .lock()
            .ok()
            .and_then(|s| s.url.clone())
            .unwrap_or_default();
        if let Some(refused) = crate::settings::credentials::refused(&e) {
            return refused;
        }
        match &e {
            SdkError::ServiceError(_) | SdkError::ResponseError(_) => {
                let Some(raw) = e.raw_response() else {
                    return CliError::Other(format!("{}", DisplayErrorContext(&e)));
                };
                let header = |name: &str| raw.headers().get(name).map(str::to_string);
                let body = raw.body().bytes().unwrap_or_default();
                let read = match service_error::read(raw.status().as_u16(), header, body) {
                    Ok(read) => read,
                    Err(python) => return CliError::Other(python),
                };
                let attempts = self.capture.seen.lock().map(|s| s.attempts).unwrap_or(1);
                let retried = self.retry.note(attempts);
                CliError::Service(ServiceError {
                    code: read.code,
                    operation: format!("{operation} operation{retried}"),
                    document: read.document,
                })
            }
            SdkError::TimeoutError(_) => {
                CliError::Other(format!("Read timeout on endpoint URL: \"{url}\""))
            }
            SdkError::DispatchFailure(df) => {
                let detail = format!("{:?}", df);
                let chain = format!(
                    "{}",
                    aws_smithy_types::error::display::DisplayErrorContext(&e)
                );
                if let Some(message) = crate::settings::proxy::ssl_failure(&chain, &url) {
                    return CliError::Other(message);
                }
                if let Some(at) = chain.find("invalid peer certificate") {
                    let why: String = chain[at..]
                        .chars()
                        .take_while(|c| !matches!(c, '(' | ')' | '\n'))
                        .collect();
                    let why = why.trim();
                    return CliError::Other(format!(
                        "SSL validation failed for {url} [{why}] \
                         (use --ca-bundle to trust another certificate authority)"
                    ));
                }
                if df.is_timeout() {
                    let kind = if chain.to_ascii_lowercase().contains("connect timeout") {
                        "Connect"
                    } else {
                        "Read"
                    };
                    CliError::Other(format!("{kind} timeout on endpoint URL: \"{url}\""))
                } else if detail.contains("credentials") || detail.contains("Credentials") {
                    credentials_error(&innermost(&e))
                } else if closed_early(&chain) {
                    // botocore's ConnectionClosedError, as the AWS CLI prints it.
                    CliError::Other(format!(
                        "Connection was closed before we received a valid response from endpoint URL: \"{url}\"."
                    ))
                } else {
                    CliError::Other(format!("Could not connect to the endpoint URL: \"{url}\""))
                }
            }
            other => {
                let detail = format!(
                    "{}",
                    aws_smithy_types::error::display::DisplayErrorContext(other)
                );
                if detail.contains("credentials")
                    || detail.contains("Credentials")
                    || detail.contains("identity")
                {
                    credentials_error(&detail)
                } else {
                    CliError::Other(detail)
                }
            }
        }
    }
}

/// Whether a dispatch failure is a connection that the other side closed or reset after the
/// request was sent, without an answer.
fn closed_early(chain: &str) -> bool {
    let chain = chain.to_ascii_lowercase();
    [
        "connection closed before message completed",
        "connection reset",
        "broken pipe",
    ]
    .iter()
    .any(|m| chain.contains(m))
}

/// The response document of a successful call, as botocore reads it: an empty body is an empty
/// document, and a body that is not JSON is read as `{"message": <the text>}` (so that it
/// prints nothing: no output shape has a `message` member).
pub fn parse_body(body: &[u8]) -> Result<Value> {
    if body.is_empty() {
        return Ok(Value::Object(Map::new()));
    }
    // Checking the whole body as UTF-8 at once is cheaper than serde_json's check of each
    // string it reads from bytes.
    let parsed = match std::str::from_utf8(body) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(body),
    };
    Ok(parsed.unwrap_or_else(|_| {
        let mut m = Map::new();
        m.insert(
            "message".into(),
            Value::String(String::from_utf8_lossy(body).into_owned()),
        );
        Value::Object(m)
    }))
}

fn credentials_error(detail: &str) -> CliError {
    if detail.contains("no credentials")
        || detail.contains("CredentialsNotLoaded")
        || detail.contains("not loaded")
    {
        CliError::Missing {
            code: "NoCredentials",
            message: "Unable to locate credentials. You can configure credentials by running \"aws login\".".into(),
        }
    } else {
        let detail = without_process_output(detail);
        let message = match detail.strip_prefix("Error retrieving credentials") {
            Some(rest) if rest.starts_with(':') => {
                format!(
                    "Error when retrieving credentials: {}",
                    rest[1..].trim_start()
                )
            }
            Some(rest) => format!("Error when retrieving credentials{rest}"),
            None => format!("Error when retrieving credentials: {detail}"),
        };
        CliError::Config(message)
    }
}

/// The message of the deepest cause of an error.
fn innermost(e: &(dyn std::error::Error + 'static)) -> String {
    let mut deepest = e;
    while let Some(next) = deepest.source() {
        deepest = next;
    }
    deepest.to_string()
}

/// What a failing `credential_process` printed may hold secrets (it prints credentials for a
/// living): it is left out of messages, with a word on where to see it.
fn without_process_output(detail: &str) -> String {
    match detail.find("Stderr:") {
        Some(at) => format!(
            "{} (its error output is not shown, since it may hold secrets: run the \
             credential_process command to see it)",
            detail[..at].trim_end().trim_end_matches('.')
        ),
        None => detail.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_fractions_get_six_digits() {
        assert_eq!(
            six_digit_fractions("/x?startTime=2020-01-01T00%3A00%3A00.25Z&taskId=a").as_deref(),
            Some("/x?startTime=2020-01-01T00%3A00%3A00.250000Z&taskId=a"),
        );
        assert_eq!(
            six_digit_fractions("/x?startTime=2020-01-01T00:00:00.25Z&taskId=a.5Z").as_deref(),
            Some("/x?startTime=2020-01-01T00:00:00.250000Z&taskId=a.5Z"),
        );
        assert_eq!(six_digit_fractions("/x?endTime=2020-01-01T00:00:00Z"), None);
    }
}
