//! Which credentials sign a request, chosen in the order the AWS CLI v2 (botocore) tries its
//! sources: the environment (not when `--profile` names a profile), assume-role, web identity,
//! SSO, the credentials file, `aws login` sessions, `credential_process`, the config file, the
//! container endpoint, the instance metadata service. The choice is made from the parsed files
//! and the environment alone; the source chosen is then an `aws-config` provider (assume-role,
//! web identity, SSO and login through its profile provider; container; instance metadata), so
//! that nothing is built for a source that is not used. `credential_process` is run here, since
//! what the AWS CLI prints when the process fails is part of its interface.

use crate::error::{CliError, Result};
use crate::settings::config::Files;
use aws_config::provider_config::ProviderConfig;
use aws_credential_types::provider::SharedCredentialsProvider;
use aws_credential_types::provider::{error::CredentialsError, future, ProvideCredentials};
use aws_credential_types::Credentials;
use std::fmt;

/// The sources `credential_source` may name.
const CREDENTIAL_SOURCES: [&str; 3] = ["Environment", "Ec2InstanceMetadata", "EcsContainer"];

/// A credential failure as the AWS CLI reports it: its own words, or a service error of the
/// credential source's service (STS, SSO), which is a service error of the command.
#[derive(Debug, Clone)]
pub enum Refused {
    Other(String),
    Service {
        code: String,
        message: String,
        operation: &'static str,
    },
}

impl Refused {
    fn other(message: impl Into<String>) -> Refused {
        Refused::Other(message.into())
    }
}

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refused::Other(m) => f.write_str(m),
            Refused::Service { code, message, .. } => write!(f, "{code}: {message}"),
        }
    }
}

impl std::error::Error for Refused {}

/// The first error of a type anywhere in an error's chain.
fn find<'a, T: std::error::Error + 'static>(
    e: &'a (dyn std::error::Error + 'static),
) -> Option<&'a T> {
    let mut at = Some(e);
    while let Some(err) = at {
        if let Some(found) = err.downcast_ref::<T>() {
            return Some(found);
        }
        at = err.source();
    }
    None
}

/// The credential failure an error carries, as a command error.
pub fn refused(e: &(dyn std::error::Error + 'static)) -> Option<CliError> {
    Some(match find::<Refused>(e)?.clone() {
        Refused::Other(m) => CliError::Other(m),
        Refused::Service {
            code,
            message,
            operation,
        } => {
            let mut document = serde_json::Map::new();
            document.insert("Message".into(), message.into());
            document.insert("Code".into(), code.clone().into());
            CliError::Service(crate::error::ServiceError {
                code,
                operation: format!("{operation} operation"),
                document,
            })
        }
    })
}

fn partial(provider: &str, missing: &str) -> CliError {
    CliError::Other(format!(
        "Partial credentials found in {provider}, missing: {missing}"
    ))
}

fn non_empty_env(name: &str) -> Option<String> {
    std::env::var_os(name)
        .map(|v| v.to_string_lossy().into_owned())
        .filter(|v| !v.is_empty())
}

fn keys(
    provider: &str,
    key: Option<&str>,
    secret: Option<&str>,
    token: Option<&str>,
    secret_name: &str,
) -> Result<Option<Credentials>> {
    let Some(key) = key else { return Ok(None) };
    let secret = secret.ok_or_else(|| partial(provider, secret_name))?;
    Ok(Some(Credentials::new(
        key,
        secret,
        token.map(str::to_string),
        None,
        "iotmit",
    )))
}

/// The provider that signs requests. When no source has credentials it is one that fails when
/// the call is made, with the AWS CLI's `NoCredentials`.
pub fn choose(files: &Files, conf: &ProviderConfig) -> Result<SharedCredentialsProvider> {
    let shared = Ok;
    let statics = |c: Credentials| Ok(SharedCredentialsProvider::new(c));
    let profile_provider = |source: Source| {
        mapped(
            aws_config::profile::ProfileFileCredentialsProvider::builder()
                .configure(conf)
                .profile_name(&files.profile)
                .build(),
            source,
        )
    };
    if !files.explicit {
        if let Some(key) = non_empty_env("AWS_ACCESS_KEY_ID") {
            let secret = non_empty_env("AWS_SECRET_ACCESS_KEY")
                .ok_or_else(|| partial("env", "AWS_SECRET_ACCESS_KEY"))?;
            let token =
                non_empty_env("AWS_SECURITY_TOKEN").or_else(|| non_empty_env("AWS_SESSION_TOKEN"));
            return statics(Credentials::new(key, secret, token, None, "iotmit-env"));
        }
    }
    let name = files.profile.as_str();
    let has_web_identity = files.get("web_identity_token_file").is_some();
    if files.get("role_arn").is_some() && !has_web_identity {
        check_assume_role(files, name)?;
        return shared(profile_provider(Source::Sts("AssumeRole")));
    }
    if files.get("role_arn").is_some() && has_web_identity {
        return shared(profile_provider(Source::Sts("AssumeRoleWithWebIdentity")));
    }
    if has_web_identity
        || (!files.explicit && non_empty_env("AWS_WEB_IDENTITY_TOKEN_FILE").is_some())
    {
        if files.get("role_arn").is_none() && non_empty_env("AWS_ROLE_ARN").is_none() {
            return Err(CliError::Other(
                "The provided profile or the current environment is configured to assume role \
                 with web identity but has no role ARN configured. Ensure that the profile has \
                 the role_arnconfiguration set or the AWS_ROLE_ARN env var is set."
                    .into(),
            ));
        }
        return shared(mapped(
            aws_config::web_identity_token::WebIdentityTokenCredentialsProvider::builder()
                .configure(conf)
                .build(),
            Source::Sts("AssumeRoleWithWebIdentity"),
        ));
    }
    if let Some(session) = files.get("sso_session") {
        if !files.has_sso_session(session) {
            return Err(CliError::Other(format!(
                "The specified sso-session does not exist: \"{session}\""
            )));
        }
        return shared(profile_provider(Source::Sso(session.to_string())));
    }
    if let Some(start_url) = files.get("sso_start_url") {
        return shared(profile_provider(Source::Sso(start_url.to_string())));
    }
    let from = |get: &dyn Fn(&str) -> Option<String>, provider: &str| {
        let token = get("aws_security_token").or_else(|| get("aws_session_token"));
        keys(
            provider,
            get("aws_access_key_id").as_deref(),
            get("aws_secret_access_key").as_deref(),
            token.as_deref(),
            "aws_secret_access_key",
        )
    };
    let in_credentials = |k: &str| files.in_credentials(k).map(str::to_string);
    if let Some(c) = from(&in_credentials, "shared-credentials-file")? {
        return statics(c);
    }
    if let Some(arn) = files.get("login_session") {
        return shared(profile_provider(Source::Login(arn.to_string())));
    }
    if let Some(command) = files.get("credential_process") {
        return shared(SharedCredentialsProvider::new(Process(command.to_string())));
    }
    let in_config = |k: &str| files.in_config(k).map(str::to_string);
    if let Some(c) = from(&in_config, "config-file")? {
        return statics(c);
    }
    let relative = non_empty_env("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI");
    let full = non_empty_env("AWS_CONTAINER_CREDENTIALS_FULL_URI");
    if relative.is_some() || full.is_some() {
        if let (None, Some(uri)) = (&relative, &full) {
            check_container_host(uri)?;
        }
        return shared(mapped(
            aws_config::ecs::EcsCredentialsProvider::builder()
                .configure(conf)
                .build(),
            Source::Container,
        ));
    }
    let imds_disabled = std::env::var("AWS_EC2_METADATA_DISABLED")
        .is_ok_and(|v| v.trim().eq_ignore_ascii_case("true"));
    if !imds_disabled {
        return shared(mapped(
            aws_config::imds::credentials::ImdsCredentialsProvider::builder()
                .configure(conf)
                .build(),
            Source::InstanceMetadata,
        ));
    }
    Ok(SharedCredentialsProvider::new(NoSource))
}

/// The hosts a full container credentials URI may name besides loopback addresses.
const CONTAINER_HOSTS: [&str; 4] = [
    "169.254.170.2",
    "169.254.170.23",
    "fd00:ec2::23",
    "localhost",
];

fn check_container_host(uri: &str) -> Result<()> {
    let host = uri
        .split_once("://")
        .map_or("", |(_, rest)| rest)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or("");
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => host.split(':').next().unwrap_or(""),
    };
    let loopback = host
        .parse::<std::net::IpAddr>()
        .is_ok_and(|ip| ip.is_loopback());
    if loopback || CONTAINER_HOSTS.contains(&host) {
        Ok(())
    } else {
        Err(CliError::Other(format!(
            "Unsupported host '{host}'.  Can only retrieve metadata from a loopback address or \
             one of these hosts: {}",
            CONTAINER_HOSTS.join(", ")
        )))
    }
}

/// Where credentials come from, for the words of a failure.
#[derive(Debug, Clone)]
enum Source {
    /// A role assumed through STS; the operation named in its errors.
    Sts(&'static str),
    /// IAM Identity Center: the sso-session, or the start URL of a legacy profile.
    Sso(String),
    /// An `aws login` session.
    Login(String),
    Container,
    InstanceMetadata,
}

/// A provider whose failures read as the AWS CLI's.
#[derive(Debug)]
struct Mapped {
    inner: SharedCredentialsProvider,
    source: Source,
}

fn mapped(inner: impl ProvideCredentials + 'static, source: Source) -> SharedCredentialsProvider {
    SharedCredentialsProvider::new(Mapped {
        inner: SharedCredentialsProvider::new(inner),
        source,
    })
}

impl ProvideCredentials for Mapped {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(async move {
            self.inner
                .provide_credentials()
                .await
                .map_err(|e| reword(e, &self.source))
        })
    }
}

/// The code and message of a service error anywhere in a failure.
fn service_error(e: &(dyn std::error::Error + 'static)) -> Option<(String, String)> {
    if let Some(meta) = find::<aws_smithy_types::error::ErrorMetadata>(e) {
        if let Some(code) = meta.code() {
            return Some((code.to_string(), meta.message().unwrap_or("").to_string()));
        }
    }
    let debug = format!("{e:?}");
    let quoted = |after: &str| {
        let at = debug.find(after)? + after.len();
        let rest = &debug[at..];
        Some(rest[..rest.find("\")")?].to_string())
    };
    let code = quoted("code: Some(\"")?;
    Some((code, quoted("message: Some(\"").unwrap_or_default()))
}

fn reword(e: CredentialsError, source: &Source) -> CredentialsError {
    if matches!(e, CredentialsError::CredentialsNotLoaded(_)) {
        return e;
    }
    if let (Some((code, message)), Source::Sts(operation)) = (service_error(&e), source) {
        return CredentialsError::provider_error(Refused::Service {
            code,
            message,
            operation,
        });
    }
    if let (Some((code, message)), Source::Sso(_)) = (service_error(&e), source) {
        return CredentialsError::provider_error(Refused::Service {
            code,
            message,
            operation: "GetRoleCredentials",
        });
    }
    let text = format!(
        "{}",
        aws_smithy_types::error::display::DisplayErrorContext(&e)
    );
    let words = match source {
        Source::Sso(name) => format!("Error loading SSO Token: Token for {name} does not exist"),
        Source::Login(arn) => format!(
            "Error loading login session token: Unable to load a existing login session for \
             session {arn}, Please reauthenticate with 'aws login'."
        ),
        Source::Container => {
            let status = text
                .split("StatusCode(")
                .nth(1)
                .and_then(|r| r.split(')').next())
                .unwrap_or("");
            if status.is_empty() {
                return e;
            }
            format!(
                "Error when retrieving credentials from container-role: Error retrieving \
                 metadata: Received non 200 response {status} from container metadata"
            )
        }
        Source::InstanceMetadata => {
            return CredentialsError::not_loaded("no credentials from the instance metadata")
        }
        Source::Sts(_) => return e,
    };
    CredentialsError::provider_error(Refused::other(words))
}

/// No source has credentials.
#[derive(Debug)]
struct NoSource;

impl ProvideCredentials for NoSource {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::ready(Err(CredentialsError::not_loaded("no credentials")))
    }
}

/// The checks the AWS CLI makes of an assume-role profile before anything is sent.
fn check_assume_role(files: &Files, name: &str) -> Result<()> {
    let source_profile = files.get_of(name, "source_profile");
    let credential_source = files.get_of(name, "credential_source");
    let invalid = |m: String| Err(CliError::Other(m));
    match (source_profile, credential_source) {
        (Some(_), Some(_)) => invalid(format!(
            "The profile \"{name}\" contains both source_profile and credential_source."
        )),
        (None, None) => Err(partial(
            "assume-role",
            "source_profile or credential_source",
        )),
        (None, Some(source)) => {
            if CREDENTIAL_SOURCES.contains(&source) {
                Ok(())
            } else {
                invalid(format!(
                    "The credential source \"{source}\" referenced in profile \"{name}\" is not valid."
                ))
            }
        }
        (Some(source), None) => {
            if !files.has_profile(source) {
                return invalid(format!(
                    "The source_profile \"{source}\" referenced in the profile \"{name}\" does not exist."
                ));
            }
            let usable = [
                "aws_access_key_id",
                "role_arn",
                "credential_process",
                "sso_session",
                "sso_start_url",
                "web_identity_token_file",
                "login_session",
            ]
            .iter()
            .any(|k| files.get_of(source, k).is_some());
            if usable {
                Ok(())
            } else {
                invalid(format!(
                    "The source profile \"{source}\" must have credentials."
                ))
            }
        }
    }
}

/// `credential_process`: the command, split as a shell would split it (without a shell), run
/// with its standard output read as the credentials document.
#[derive(Debug)]
struct Process(String);

impl ProvideCredentials for Process {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        let command = self.0.clone();
        future::ProvideCredentials::new(async move {
            tokio::task::spawn_blocking(move || run_process(&command))
                .await
                .map_err(CredentialsError::provider_error)?
                .map_err(|m| CredentialsError::provider_error(Refused::other(m)))
        })
    }
}

fn from_process(message: impl fmt::Display) -> String {
    format!("Error when retrieving credentials from custom-process: {message}")
}

fn run_process(command: &str) -> std::result::Result<Credentials, String> {
    let words = crate::python::shlex_split(command).map_err(str::to_string)?;
    let Some((program, args)) = words.split_first() else {
        return Err("list index out of range".into());
    };
    let out = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::inherit())
        .output()
        .map_err(|e| os_error(&e, program))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(from_process(stderr.trim_end()));
    }
    let text = String::from_utf8_lossy(&out.stdout);
    let doc: serde_json::Value = serde_json::from_str(&text).map_err(|e| json_error(&text, &e))?;
    let version = doc.get("Version");
    if version.and_then(serde_json::Value::as_i64) != Some(1)
        || version.is_some_and(serde_json::Value::is_boolean)
    {
        let shown = match version {
            None => "<Version key not provided>".to_string(),
            Some(v) => python_str(v),
        };
        return Err(from_process(format!(
            "Unsupported version '{shown}' for credential process provider, supported versions: 1"
        )));
    }
    let field = |k: &str| match doc.get(k) {
        Some(v) => Ok(python_str(v)),
        None => Err(from_process(format!(
            "Missing required key in response: '{k}'"
        ))),
    };
    let key = field("AccessKeyId")?;
    let secret = field("SecretAccessKey")?;
    let token = doc.get("SessionToken").map(python_str);
    let expiry = match doc.get("Expiration") {
        None | Some(serde_json::Value::Null) => None,
        Some(v) => {
            let text = python_str(v);
            let after_epoch = crate::timestamp::parse(&text)
                .ok()
                .and_then(|s| std::time::Duration::try_from_secs_f64(s).ok())
                .ok_or_else(|| format!("String does not contain a date: {text}"))?;
            std::time::UNIX_EPOCH.checked_add(after_epoch)
        }
    };
    Ok(Credentials::new(
        key,
        secret,
        token,
        expiry,
        "iotmit-process",
    ))
}

/// A value as Python's `str()` shows it.
fn python_str(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Bool(true) => "True".into(),
        serde_json::Value::Bool(false) => "False".into(),
        serde_json::Value::Null => "None".into(),
        other => other.to_string(),
    }
}

/// An operating-system error as Python prints it: `[Errno 2] No such file or directory: 'x'`.
fn os_error(e: &std::io::Error, program: &str) -> String {
    let words = match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory",
        std::io::ErrorKind::PermissionDenied => "Permission denied",
        _ => return e.to_string(),
    };
    match e.raw_os_error() {
        Some(n) => format!("[Errno {n}] {words}: '{program}'"),
        None => format!("{words}: '{program}'"),
    }
}

/// Where Python's JSON decoder stops on a document it cannot read.
fn json_error(text: &str, e: &serde_json::Error) -> String {
    let start = text.len() - text.trim_start().len();
    let prefix = &text[..start];
    let line = prefix.matches('\n').count() + 1;
    let column = start - prefix.rfind('\n').map_or(0, |i| i + 1) + 1;
    if text.trim().is_empty() || !text.trim_start().starts_with(['{', '[', '"']) {
        let char_at = text[..start].chars().count();
        format!("Expecting value: line {line} column {column} (char {char_at})")
    } else {
        e.to_string()
    }
}
