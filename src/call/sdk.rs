//! The hand-off to the official SDK. Loads configuration the way the AWS CLI does (profiles,
//! credentials, region, endpoint, retries, timeouts, TLS) through `aws-config`, turns the
//! validated input document of an operation into the `aws-sdk-iot` call, and returns the raw
//! JSON body the service answered, so that the output stage can shape it by the model instead
//! of by the SDK's types. A successful answer's body is taken by an interceptor as it is read
//! and the SDK is given `{}` to deserialize: its typed output is never used, and decoding a
//! large page twice would cost a listing of thousands of items a sixth of its time.
//!
//! Adding a member to an operation means touching the model and the one `call` arm below.

use crate::call::service_error;
use crate::cli::args::Globals;
use crate::error::{CliError, Result, ServiceError};
use aws_config::BehaviorVersion;
use aws_sdk_iot::config::{Intercept, RuntimeComponents};
use aws_sdk_iot::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_iot::types as t;
use aws_smithy_runtime_api::client::interceptors::context::{
    AfterDeserializationInterceptorContextRef, BeforeDeserializationInterceptorContextMut,
    BeforeTransmitInterceptorContextRef,
};
use aws_smithy_types::body::SdkBody;
use aws_smithy_types::config_bag::ConfigBag;
use aws_smithy_types::error::display::DisplayErrorContext;
use aws_smithy_types::timeout::TimeoutConfig;
use aws_smithy_types::DateTime;
use serde_json::{Map, Value};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the interceptor saw of the last attempt: the request URL and the response body.
#[derive(Debug, Default)]
struct Seen {
    url: Option<String>,
    body: Option<Vec<u8>>,
    /// Attempts made for the current call (retries included).
    attempts: u32,
    /// A JSON body to send instead of the SDK's, for the operation whose serializer leaves out
    /// members the AWS CLI sends (see [`Client::call_raw`]).
    replace_body: Option<Vec<u8>>,
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
        let body = self.seen.lock().ok().and_then(|s| s.replace_body.clone());
        if let Some(body) = body {
            let request = context.request_mut();
            request
                .headers_mut()
                .insert("content-length", body.len().to_string());
            *request.body_mut() = SdkBody::from(body);
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
    inner: aws_sdk_iot::Client,
    capture: Capture,
    retry: crate::settings::retry::Retry,
}

fn seconds(flag: &str, value: &Option<String>) -> Result<Option<Duration>> {
    let Some(v) = value else { return Ok(None) };
    let secs: f64 = v
        .trim()
        .parse()
        .ok()
        .filter(|s: &f64| *s >= 0.0 && s.is_finite())
        .ok_or_else(|| {
            CliError::Param(format!(
                "argument {flag}: invalid value '{v}': expected a number of seconds"
            ))
        })?;
    // 0 means no timeout, as for the AWS CLI; so does a time too long to be counted.
    Ok((secs > 0.0)
        .then(|| Duration::try_from_secs_f64(secs).ok())
        .flatten())
}

fn http_client(bundle: Option<String>, globals: &Globals) -> aws_sdk_iot::config::SharedHttpClient {
    crate::settings::proxy::http_client(globals.no_verify_ssl, bundle)
}

impl Client {
    /// Loads configuration and builds the client. Nothing here touches the network; credentials
    /// are resolved on the first call.
    pub async fn new(
        globals: &Globals,
        local: Option<String>,
        files: &crate::settings::config::Files,
    ) -> Result<Client> {
        if let Some(url) = &globals.endpoint_url {
            crate::settings::endpoint::check_flag(url)?;
        }
        files.check_profile()?;
        let profile_settings = files.settings(&["ca_bundle", "max_attempts", "retry_mode"]);
        let bundle = crate::settings::proxy::ca_bundle(
            globals.ca_bundle.as_deref(),
            profile_settings.get("ca_bundle").map(String::as_str),
            globals.no_verify_ssl,
        );
        let retry = crate::settings::retry::Retry::resolve(&profile_settings);
        let http = http_client(bundle.as_ref().ok().cloned().flatten(), globals);
        let mut loader = aws_config::defaults(BehaviorVersion::latest())
            .http_client(http.clone())
            .retry_config(retry.as_ref().copied().unwrap_or_default().config())
            .profile_name(&files.profile)
            // Credentials are chosen below, once the region is known, as the AWS CLI chooses.
            .no_credentials();
        if let Some(r) = &globals.region {
            loader = loader.region(aws_config::Region::new(r.clone()));
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
        if let Some(url) = local.as_ref().or(globals.endpoint_url.as_ref()) {
            loader = loader.endpoint_url(url);
        }
        let mut timeouts = TimeoutConfig::builder();
        let connect = seconds("--cli-connect-timeout", &globals.cli_connect_timeout)?;
        let read = seconds("--cli-read-timeout", &globals.cli_read_timeout)?;
        timeouts.set_connect_timeout(
            Some(connect.unwrap_or(Duration::from_secs(60)))
                .filter(|_| globals.cli_connect_timeout.as_deref().map(str::trim) != Some("0")),
        );
        timeouts.set_read_timeout(
            Some(read.unwrap_or(Duration::from_secs(60)))
                .filter(|_| globals.cli_read_timeout.as_deref().map(str::trim) != Some("0")),
        );
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
            debug: globals.debug,
            ..Capture::default()
        };
        if globals.debug {
            eprintln!(
                "config: profile {}, region {}, endpoint {}, retry {:?}",
                crate::settings::config::profile_name(globals.profile.as_deref()),
                shared.region().map(|r| r.as_ref()).unwrap_or("-"),
                shared.endpoint_url().unwrap_or("(default)"),
                shared.retry_config(),
            );
        }
        let mut conf = aws_sdk_iot::config::Builder::from(&shared).interceptor(capture.clone());
        let endpoint = crate::settings::endpoint::configured(
            &shared,
            local.as_ref().or(globals.endpoint_url.as_ref()),
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
        } else if globals.no_sign_request {
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
        // The SDK leaves out `enabled: false` of audit checks and notification targets (its
        // members default to false); the AWS CLI sends it, and it is how a check is turned off.
        // This one operation's body members are sent as the document has them.
        if operation == "UpdateAccountAuditConfiguration" {
            let body = serde_json::to_vec(doc).map_err(|e| CliError::Other(e.to_string()))?;
            if let Ok(mut seen) = self.capture.seen.lock() {
                seen.replace_body = Some(body);
            }
        }
        let c = &self.inner;
        let d = Doc(doc);
        macro_rules! send {
            ($fluent:expr) => {
                $fluent
                    .send()
                    .await
                    .map(|_| ())
                    .map_err(|e| self.error(operation, e))
            };
        }
        let sent: Result<()> = match operation {
            "CreateMitigationAction" => send!(c
                .create_mitigation_action()
                .set_action_name(d.string("actionName"))
                .set_role_arn(d.string("roleArn"))
                .set_action_params(d.get("actionParams").map(action_params).transpose()?)
                .set_tags(d.list("tags", tag)?)),
            "UpdateMitigationAction" => send!(c
                .update_mitigation_action()
                .set_action_name(d.string("actionName"))
                .set_role_arn(d.string("roleArn"))
                .set_action_params(d.get("actionParams").map(action_params).transpose()?)),
            "DescribeMitigationAction" => send!(c
                .describe_mitigation_action()
                .set_action_name(d.string("actionName"))),
            "ListMitigationActions" => send!(c
                .list_mitigation_actions()
                .set_action_type(
                    d.string("actionType")
                        .map(|s| t::MitigationActionType::from(s.as_str()))
                )
                .set_max_results(d.int("maxResults"))
                .set_next_token(d.string("nextToken"))),
            "DeleteMitigationAction" => send!(c
                .delete_mitigation_action()
                .set_action_name(d.string("actionName"))),
            "StartAuditMitigationActionsTask" => send!(c
                .start_audit_mitigation_actions_task()
                .set_task_id(d.string("taskId"))
                .set_target(d.get("target").map(audit_target))
                .set_audit_check_to_actions_mapping(d.map_of_lists("auditCheckToActionsMapping"))
                .set_client_request_token(d.string("clientRequestToken"))),
            "CancelAuditMitigationActionsTask" => send!(c
                .cancel_audit_mitigation_actions_task()
                .set_task_id(d.string("taskId"))),
            "DescribeAuditMitigationActionsTask" => send!(c
                .describe_audit_mitigation_actions_task()
                .set_task_id(d.string("taskId"))),
            "ListAuditMitigationActionsTasks" => send!(c
                .list_audit_mitigation_actions_tasks()
                .set_audit_task_id(d.string("auditTaskId"))
                .set_finding_id(d.string("findingId"))
                .set_task_status(
                    d.string("taskStatus")
                        .map(|s| t::AuditMitigationActionsTaskStatus::from(s.as_str()))
                )
                .set_max_results(d.int("maxResults"))
                .set_next_token(d.string("nextToken"))
                .set_start_time(d.query_time("startTime"))
                .set_end_time(d.query_time("endTime"))),
            "ListAuditMitigationActionsExecutions" => send!(c
                .list_audit_mitigation_actions_executions()
                .set_task_id(d.string("taskId"))
                .set_action_status(
                    d.string("actionStatus")
                        .map(|s| t::AuditMitigationActionsExecutionStatus::from(s.as_str()))
                )
                .set_finding_id(d.string("findingId"))
                .set_max_results(d.int("maxResults"))
                .set_next_token(d.string("nextToken"))),
            "StartDetectMitigationActionsTask" => send!(c
                .start_detect_mitigation_actions_task()
                .set_task_id(d.string("taskId"))
                .set_target(d.get("target").map(detect_target))
                .set_actions(d.strings("actions"))
                .set_violation_event_occurrence_range(
                    d.get("violationEventOccurrenceRange")
                        .map(occurrence_range)
                        .transpose()?
                )
                .set_include_only_active_violations(d.bool("includeOnlyActiveViolations"))
                .set_include_suppressed_alerts(d.bool("includeSuppressedAlerts"))
                .set_client_request_token(d.string("clientRequestToken"))),
            "CancelDetectMitigationActionsTask" => send!(c
                .cancel_detect_mitigation_actions_task()
                .set_task_id(d.string("taskId"))),
            "DescribeDetectMitigationActionsTask" => send!(c
                .describe_detect_mitigation_actions_task()
                .set_task_id(d.string("taskId"))),
            "ListDetectMitigationActionsTasks" => send!(c
                .list_detect_mitigation_actions_tasks()
                .set_max_results(d.int("maxResults"))
                .set_next_token(d.string("nextToken"))
                .set_start_time(d.query_time("startTime"))
                .set_end_time(d.query_time("endTime"))),
            "ListDetectMitigationActionsExecutions" => send!(c
                .list_detect_mitigation_actions_executions()
                .set_task_id(d.string("taskId"))
                .set_violation_id(d.string("violationId"))
                .set_thing_name(d.string("thingName"))
                .set_start_time(d.query_time("startTime"))
                .set_end_time(d.query_time("endTime"))
                .set_max_results(d.int("maxResults"))
                .set_next_token(d.string("nextToken"))),
            "DescribeAccountAuditConfiguration" => {
                send!(c.describe_account_audit_configuration())
            }
            "UpdateAccountAuditConfiguration" => send!(c
                .update_account_audit_configuration()
                .set_role_arn(d.string("roleArn"))
                .set_audit_notification_target_configurations(
                    d.get("auditNotificationTargetConfigurations")
                        .map(notification_targets)
                )
                .set_audit_check_configurations(
                    d.get("auditCheckConfigurations").map(check_configurations)
                )),
            "DeleteAccountAuditConfiguration" => send!(c
                .delete_account_audit_configuration()
                .set_delete_scheduled_audits(d.bool("deleteScheduledAudits"))),
            "StartOnDemandAuditTask" => send!(c
                .start_on_demand_audit_task()
                .set_target_check_names(d.strings("targetCheckNames"))),
            "DescribeAuditTask" => send!(c.describe_audit_task().set_task_id(d.string("taskId"))),
            "ListAuditTasks" => send!(c
                .list_audit_tasks()
                .set_start_time(d.query_time("startTime"))
                .set_end_time(d.query_time("endTime"))
                .set_task_type(
                    d.string("taskType")
                        .map(|s| t::AuditTaskType::from(s.as_str()))
                )
                .set_task_status(
                    d.string("taskStatus")
                        .map(|s| t::AuditTaskStatus::from(s.as_str()))
                )
                .set_next_token(d.string("nextToken"))
                .set_max_results(d.int("maxResults"))),
            "CancelAuditTask" => send!(c.cancel_audit_task().set_task_id(d.string("taskId"))),
            "ListAuditFindings" => send!(c
                .list_audit_findings()
                .set_task_id(d.string("taskId"))
                .set_check_name(d.string("checkName"))
                .set_resource_identifier(d.get("resourceIdentifier").map(resource_identifier))
                .set_max_results(d.int("maxResults"))
                .set_next_token(d.string("nextToken"))
                .set_start_time(d.time("startTime"))
                .set_end_time(d.time("endTime"))
                .set_list_suppressed_findings(d.bool("listSuppressedFindings"))),
            "DescribeAuditFinding" => send!(c
                .describe_audit_finding()
                .set_finding_id(d.string("findingId"))),
            "CreateAuditSuppression" => send!(c
                .create_audit_suppression()
                .set_check_name(d.string("checkName"))
                .set_resource_identifier(d.get("resourceIdentifier").map(resource_identifier))
                .set_expiration_date(d.time("expirationDate"))
                .set_suppress_indefinitely(d.bool("suppressIndefinitely"))
                .set_description(d.string("description"))
                .set_client_request_token(d.string("clientRequestToken"))),
            "DescribeAuditSuppression" => send!(c
                .describe_audit_suppression()
                .set_check_name(d.string("checkName"))
                .set_resource_identifier(d.get("resourceIdentifier").map(resource_identifier))),
            "ListAuditSuppressions" => send!(c
                .list_audit_suppressions()
                .set_check_name(d.string("checkName"))
                .set_resource_identifier(d.get("resourceIdentifier").map(resource_identifier))
                .set_ascending_order(d.bool("ascendingOrder"))
                .set_next_token(d.string("nextToken"))
                .set_max_results(d.int("maxResults"))),
            "UpdateAuditSuppression" => send!(c
                .update_audit_suppression()
                .set_check_name(d.string("checkName"))
                .set_resource_identifier(d.get("resourceIdentifier").map(resource_identifier))
                .set_expiration_date(d.time("expirationDate"))
                .set_suppress_indefinitely(d.bool("suppressIndefinitely"))
                .set_description(d.string("description"))),
            "DeleteAuditSuppression" => send!(c
                .delete_audit_suppression()
                .set_check_name(d.string("checkName"))
                .set_resource_identifier(d.get("resourceIdentifier").map(resource_identifier))),
            "ListActiveViolations" => send!(c
                .list_active_violations()
                .set_thing_name(d.string("thingName"))
                .set_security_profile_name(d.string("securityProfileName"))
                .set_behavior_criteria_type(
                    d.string("behaviorCriteriaType")
                        .map(|s| t::BehaviorCriteriaType::from(s.as_str()))
                )
                .set_list_suppressed_alerts(d.bool("listSuppressedAlerts"))
                .set_verification_state(
                    d.string("verificationState")
                        .map(|s| t::VerificationState::from(s.as_str()))
                )
                .set_next_token(d.string("nextToken"))
                .set_max_results(d.int("maxResults"))),
            "ListViolationEvents" => send!(c
                .list_violation_events()
                .set_start_time(d.query_time("startTime"))
                .set_end_time(d.query_time("endTime"))
                .set_thing_name(d.string("thingName"))
                .set_security_profile_name(d.string("securityProfileName"))
                .set_behavior_criteria_type(
                    d.string("behaviorCriteriaType")
                        .map(|s| t::BehaviorCriteriaType::from(s.as_str()))
                )
                .set_list_suppressed_alerts(d.bool("listSuppressedAlerts"))
                .set_verification_state(
                    d.string("verificationState")
                        .map(|s| t::VerificationState::from(s.as_str()))
                )
                .set_next_token(d.string("nextToken"))
                .set_max_results(d.int("maxResults"))),
            other => Err(CliError::Other(format!("unknown operation {other}"))),
        };
        sent?;
        Ok(self
            .capture
            .seen
            .lock()
            .ok()
            .and_then(|mut s| s.body.take())
            .unwrap_or_default())
    }

    fn error<E>(
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

/// Read access to a validated input document.
struct Doc<'a>(&'a Map<String, Value>);

impl Doc<'_> {
    fn get(&self, key: &str) -> Option<&Value> {
        self.0.get(key)
    }
    fn string(&self, key: &str) -> Option<String> {
        str_at(self.0, key)
    }
    fn bool(&self, key: &str) -> Option<bool> {
        self.0.get(key).and_then(Value::as_bool)
    }
    fn int(&self, key: &str) -> Option<i32> {
        self.0
            .get(key)
            .and_then(Value::as_i64)
            .and_then(|n| i32::try_from(n).ok())
    }
    fn query_time(&self, key: &str) -> Option<DateTime> {
        query_time_at(self.0, key)
    }
    fn time(&self, key: &str) -> Option<DateTime> {
        time_at(self.0, key)
    }
    fn strings(&self, key: &str) -> Option<Vec<String>> {
        strings_at(self.0, key)
    }
    fn map_of_lists(&self, key: &str) -> Option<HashMap<String, Vec<String>>> {
        map_of_lists_at(self.0, key)
    }
    fn list<T>(&self, key: &str, f: fn(&Value) -> Result<T>) -> Result<Option<Vec<T>>> {
        match self.0.get(key).and_then(Value::as_array) {
            Some(items) => items.iter().map(f).collect::<Result<Vec<T>>>().map(Some),
            None => Ok(None),
        }
    }
}

fn obj(v: &Value) -> &Map<String, Value> {
    static EMPTY: std::sync::OnceLock<Map<String, Value>> = std::sync::OnceLock::new();
    v.as_object().unwrap_or_else(|| EMPTY.get_or_init(Map::new))
}

fn str_at(m: &Map<String, Value>, key: &str) -> Option<String> {
    m.get(key).and_then(Value::as_str).map(str::to_string)
}

fn strings_at(m: &Map<String, Value>, key: &str) -> Option<Vec<String>> {
    m.get(key).filter(|v| v.is_array()).map(str_list)
}

fn map_of_lists_at(m: &Map<String, Value>, key: &str) -> Option<HashMap<String, Vec<String>>> {
    m.get(key)
        .and_then(Value::as_object)
        .map(|map| map.iter().map(|(k, v)| (k.clone(), str_list(v))).collect())
}

fn str_list(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|items| {
            items
                .iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Timestamps in the body go as whole epoch seconds, as the AWS CLI sends them.
fn time_at(m: &Map<String, Value>, key: &str) -> Option<DateTime> {
    m.get(key)
        .and_then(crate::input::timestamp::from_json)
        .map(|secs| DateTime::from_secs(secs.floor() as i64))
}

/// Timestamps in the query string keep their microseconds.
fn query_time_at(m: &Map<String, Value>, key: &str) -> Option<DateTime> {
    m.get(key)
        .and_then(crate::input::timestamp::from_json)
        .map(|secs| {
            let whole = secs.floor();
            let micros = ((secs - whole) * 1e6).round() as u32;
            DateTime::from_secs_and_nanos(whole as i64, micros.min(999_999) * 1000)
        })
}

fn built<T, E: std::fmt::Display>(what: &str, r: std::result::Result<T, E>) -> Result<T> {
    r.map_err(|e| CliError::Param(format!("{what}: {e}")))
}

fn action_params(v: &Value) -> Result<t::MitigationActionParams> {
    let m = obj(v);
    let sub = |k: &str| m.get(k).map(obj);
    let mut b = t::MitigationActionParams::builder();
    if let Some(p) = sub("updateDeviceCertificateParams") {
        b = b.update_device_certificate_params(built(
            "updateDeviceCertificateParams",
            t::UpdateDeviceCertificateParams::builder()
                .set_action(
                    str_at(p, "action").map(|s| t::DeviceCertificateUpdateAction::from(s.as_str())),
                )
                .build(),
        )?);
    }
    if let Some(p) = sub("updateCACertificateParams") {
        b = b.update_ca_certificate_params(built(
            "updateCACertificateParams",
            t::UpdateCaCertificateParams::builder()
                .set_action(
                    str_at(p, "action").map(|s| t::CaCertificateUpdateAction::from(s.as_str())),
                )
                .build(),
        )?);
    }
    if let Some(p) = sub("addThingsToThingGroupParams") {
        b = b.add_things_to_thing_group_params(built(
            "addThingsToThingGroupParams",
            t::AddThingsToThingGroupParams::builder()
                .set_thing_group_names(strings_at(p, "thingGroupNames"))
                .set_override_dynamic_groups(
                    p.get("overrideDynamicGroups").and_then(Value::as_bool),
                )
                .build(),
        )?);
    }
    if let Some(p) = sub("replaceDefaultPolicyVersionParams") {
        b = b.replace_default_policy_version_params(built(
            "replaceDefaultPolicyVersionParams",
            t::ReplaceDefaultPolicyVersionParams::builder()
                .set_template_name(
                    str_at(p, "templateName").map(|s| t::PolicyTemplateName::from(s.as_str())),
                )
                .build(),
        )?);
    }
    if let Some(p) = sub("enableIoTLoggingParams") {
        b = b.enable_io_t_logging_params(built(
            "enableIoTLoggingParams",
            t::EnableIoTLoggingParams::builder()
                .set_role_arn_for_logging(str_at(p, "roleArnForLogging"))
                .set_log_level(str_at(p, "logLevel").map(|s| t::LogLevel::from(s.as_str())))
                .build(),
        )?);
    }
    if let Some(p) = sub("publishFindingToSnsParams") {
        b = b.publish_finding_to_sns_params(built(
            "publishFindingToSnsParams",
            t::PublishFindingToSnsParams::builder()
                .set_topic_arn(str_at(p, "topicArn"))
                .build(),
        )?);
    }
    Ok(b.build())
}

fn tag(v: &Value) -> Result<t::Tag> {
    let m = obj(v);
    built(
        "tags",
        t::Tag::builder()
            .set_key(str_at(m, "Key"))
            .set_value(str_at(m, "Value"))
            .build(),
    )
}

fn audit_target(v: &Value) -> t::AuditMitigationActionsTaskTarget {
    let m = obj(v);
    t::AuditMitigationActionsTaskTarget::builder()
        .set_audit_task_id(str_at(m, "auditTaskId"))
        .set_finding_ids(strings_at(m, "findingIds"))
        .set_audit_check_to_reason_code_filter(map_of_lists_at(m, "auditCheckToReasonCodeFilter"))
        .build()
}

fn detect_target(v: &Value) -> t::DetectMitigationActionsTaskTarget {
    let m = obj(v);
    t::DetectMitigationActionsTaskTarget::builder()
        .set_violation_ids(strings_at(m, "violationIds"))
        .set_security_profile_name(str_at(m, "securityProfileName"))
        .set_behavior_name(str_at(m, "behaviorName"))
        .build()
}

fn occurrence_range(v: &Value) -> Result<t::ViolationEventOccurrenceRange> {
    let m = obj(v);
    built(
        "violationEventOccurrenceRange",
        t::ViolationEventOccurrenceRange::builder()
            .set_start_time(time_at(m, "startTime"))
            .set_end_time(time_at(m, "endTime"))
            .build(),
    )
}

fn check_configurations(v: &Value) -> HashMap<String, t::AuditCheckConfiguration> {
    obj(v)
        .iter()
        .map(|(check, conf)| {
            let m = obj(conf);
            let configuration = m.get("configuration").and_then(Value::as_object).map(|c| {
                c.iter()
                    .filter_map(|(k, v)| {
                        Some((t::ConfigName::from(k.as_str()), v.as_str()?.to_string()))
                    })
                    .collect()
            });
            let conf = t::AuditCheckConfiguration::builder()
                .set_enabled(m.get("enabled").and_then(Value::as_bool))
                .set_configuration(configuration)
                .build();
            (check.clone(), conf)
        })
        .collect()
}

fn notification_targets(
    v: &Value,
) -> HashMap<t::AuditNotificationType, t::AuditNotificationTarget> {
    obj(v)
        .iter()
        .map(|(kind, target)| {
            let m = obj(target);
            let target = t::AuditNotificationTarget::builder()
                .set_target_arn(str_at(m, "targetArn"))
                .set_role_arn(str_at(m, "roleArn"))
                .set_enabled(m.get("enabled").and_then(Value::as_bool))
                .build();
            (t::AuditNotificationType::from(kind.as_str()), target)
        })
        .collect()
}

fn resource_identifier(v: &Value) -> t::ResourceIdentifier {
    let m = obj(v);
    let policy = m.get("policyVersionIdentifier").map(obj).map(|p| {
        t::PolicyVersionIdentifier::builder()
            .set_policy_name(str_at(p, "policyName"))
            .set_policy_version_id(str_at(p, "policyVersionId"))
            .build()
    });
    let issuer = m.get("issuerCertificateIdentifier").map(obj).map(|i| {
        t::IssuerCertificateIdentifier::builder()
            .set_issuer_certificate_subject(str_at(i, "issuerCertificateSubject"))
            .set_issuer_id(str_at(i, "issuerId"))
            .set_issuer_certificate_serial_number(str_at(i, "issuerCertificateSerialNumber"))
            .build()
    });
    t::ResourceIdentifier::builder()
        .set_device_certificate_id(str_at(m, "deviceCertificateId"))
        .set_ca_certificate_id(str_at(m, "caCertificateId"))
        .set_cognito_identity_pool_id(str_at(m, "cognitoIdentityPoolId"))
        .set_client_id(str_at(m, "clientId"))
        .set_policy_version_identifier(policy)
        .set_account(str_at(m, "account"))
        .set_iam_role_arn(str_at(m, "iamRoleArn"))
        .set_role_alias_arn(str_at(m, "roleAliasArn"))
        .set_issuer_certificate_identifier(issuer)
        .set_device_certificate_arn(str_at(m, "deviceCertificateArn"))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_too_long_to_count_mean_none() {
        let huge = Some("99999999999999999999999999".to_string());
        assert_eq!(seconds("--cli-connect-timeout", &huge).ok(), Some(None));
        let two = Some("2.5".to_string());
        assert_eq!(
            seconds("--cli-read-timeout", &two).ok(),
            Some(Some(Duration::from_millis(2500)))
        );
    }

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
