//! How a request reaches the network: the HTTP client handed to the SDK. It picks, for each
//! request, a proxy the way botocore does (`HTTP_PROXY`/`HTTPS_PROXY`, either case, the
//! lower-case one winning; `NO_PROXY` entries matched as urllib's `proxy_bypass_environment`
//! matches them; credentials in the proxy URL sent as basic auth when it has both a user and a
//! password), the certificates to trust (`--ca-bundle`, else `AWS_CA_BUNDLE`, else
//! `REQUESTS_CA_BUNDLE`, else Mozilla's root certificates compiled in, the set the AWS CLI
//! trusts through certifi), and whether to verify them at all (`--no-verify-ssl`).
//!
//! Nothing about TLS is done before a TLS connection is needed: a plain http request takes the
//! SDK's connector without TLS (`aws-smithy-http-client`, with its `ProxyConfig`); the first
//! https request makes the one TLS configuration of the process (reading the bundle, if one is
//! named) that every https connector shares ([`crate::settings::tls`]).

use crate::error::{CliError, Result};
use aws_sdk_iot::config::{HttpClient, RuntimeComponents, SharedHttpClient};
use aws_smithy_http_client::proxy::ProxyConfig;
use aws_smithy_http_client::tls;
use aws_smithy_runtime_api::client::http::{
    HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::HttpRequest;
use aws_smithy_runtime_api::client::result::ConnectorError;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// The proxies botocore reads from the environment (`getproxies_environment`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Proxies {
    http: Option<String>,
    https: Option<String>,
    no: Option<String>,
}

impl Proxies {
    pub fn from_env() -> Proxies {
        Proxies::from_vars(std::env::vars_os().map(|(k, v)| {
            (
                k.to_string_lossy().into_owned(),
                v.to_string_lossy().into_owned(),
            )
        }))
    }

    /// Any `*_proxy` variable with a value, then the lower-case ones again over them (an empty
    /// lower-case one takes its scheme's proxy away); under CGI (`REQUEST_METHOD`) no http proxy.
    pub fn from_vars(vars: impl Iterator<Item = (String, String)>) -> Proxies {
        let vars: Vec<(String, String)> = vars.collect();
        let mut found: HashMap<String, String> = HashMap::new();
        for (name, value) in &vars {
            let lower = name.to_lowercase();
            if let Some(scheme) = lower.strip_suffix("_proxy") {
                if !value.is_empty() {
                    found.insert(scheme.to_string(), value.clone());
                }
            }
        }
        if vars.iter().any(|(n, _)| n == "REQUEST_METHOD") {
            found.remove("http");
        }
        for (name, value) in &vars {
            if let Some(scheme) = name.strip_suffix("_proxy") {
                let scheme = scheme.to_lowercase();
                if value.is_empty() {
                    found.remove(&scheme);
                } else {
                    found.insert(scheme, value.clone());
                }
            }
        }
        Proxies {
            http: found.remove("http"),
            https: found.remove("https"),
            no: found.remove("no"),
        }
    }

    /// The proxy URL for a request to `scheme://netloc`, if it goes through one.
    pub fn for_url(&self, scheme: &str, netloc: &str) -> Option<String> {
        if self.bypass(netloc) {
            return None;
        }
        let proxy = match scheme {
            "http" => self.http.as_deref(),
            "https" => self.https.as_deref(),
            _ => None,
        }?;
        Some(fix_scheme(proxy))
    }

    /// urllib's `proxy_bypass_environment`: `*`, or an entry equal to the host (with or without
    /// its port) or a domain the host is in; a leading dot is ignored.
    fn bypass(&self, netloc: &str) -> bool {
        let Some(no) = self.no.as_deref() else {
            return false;
        };
        if no == "*" {
            return true;
        }
        let host = netloc.to_lowercase();
        let hostonly = split_port(&host);
        no.split(',')
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .any(|name| {
                let name = name.trim_start_matches('.').to_lowercase();
                let dotted = format!(".{name}");
                hostonly == name
                    || host == name
                    || hostonly.ends_with(&dotted)
                    || host.ends_with(&dotted)
            })
    }
}

/// The host of `host:port` (Python's `_splitport`: a colon followed by digits only, or nothing).
fn split_port(host: &str) -> &str {
    match host.rsplit_once(':') {
        Some((h, port)) if port.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    }
}

/// botocore's `_fix_proxy_url`: a proxy without a scheme is an http one.
fn fix_scheme(proxy: &str) -> String {
    if proxy.starts_with("http:") || proxy.starts_with("https:") {
        proxy.to_string()
    } else if let Some(rest) = proxy.strip_prefix("//") {
        format!("http://{rest}")
    } else {
        format!("http://{proxy}")
    }
}

/// A URL with credentials as (scheme, user info, host and port, the rest); `None` without.
fn split_userinfo(url: &str) -> Option<(&str, &str, &str, &str)> {
    let (scheme, rest) = url.split_once("://")?;
    let netloc_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (netloc, tail) = rest.split_at(netloc_end);
    let (userinfo, host) = netloc.rsplit_once('@')?;
    Some((scheme, userinfo, host, tail))
}

/// botocore sends `Proxy-Authorization` only when the URL has a user and a password, both
/// non-empty once percent-decoded; otherwise the credentials are dropped from the URL.
fn with_usable_credentials(proxy: &str) -> String {
    let Some((scheme, userinfo, host, tail)) = split_userinfo(proxy) else {
        return proxy.to_string();
    };
    let usable = match userinfo.split_once(':') {
        Some((user, password)) => !user.is_empty() && !password.is_empty(),
        None => false,
    };
    if usable {
        proxy.to_string()
    } else {
        format!("{scheme}://{host}{tail}")
    }
}

/// The certificates to trust, as the flag and the environment name them (`None`: the roots
/// compiled in). `--no-verify-ssl` reads none of them. An empty name is refused at once, as v2
/// refuses it; a name is only opened when a TLS connection needs it.
///
/// A profile's `ca_bundle` is only checked for being empty: v2 2.36 refuses an empty one, and
/// verifies with its default authorities whatever path it names.
pub fn ca_bundle(
    flag: Option<&str>,
    profile: Option<&str>,
    no_verify_ssl: bool,
) -> Result<Option<String>> {
    if no_verify_ssl {
        return Ok(None);
    }
    choose_bundle(
        flag.map(str::to_string)
            .or_else(|| env_lossy("AWS_CA_BUNDLE")),
        profile,
        || env_lossy("REQUESTS_CA_BUNDLE"),
    )
}

/// The bundle named by the flag or `AWS_CA_BUNDLE` (`named`), else the profile, else
/// `REQUESTS_CA_BUNDLE`.
fn choose_bundle(
    named: Option<String>,
    profile: Option<&str>,
    requests: impl FnOnce() -> Option<String>,
) -> Result<Option<String>> {
    let named = match (named, profile) {
        (Some(n), _) => Some(n),
        (None, Some(p)) if p.trim().is_empty() => Some(p.to_string()),
        (None, Some(_)) => return Ok(None),
        (None, None) => requests(),
    };
    match named {
        Some(path) if path.trim().is_empty() => Err(CliError::Other(
            "Invalid CA bundle: the configured value (ca_bundle, AWS_CA_BUNDLE, REQUESTS_CA_BUNDLE, or verify) resolved to an empty or whitespace-only string. Provide a valid path to a CA bundle file."
                .into(),
        )),
        other => Ok(other),
    }
}

fn env_lossy(name: &str) -> Option<String> {
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

/// What marks a CA bundle that could not be used, in the chain of a dispatch failure.
const BUNDLE_MARK: &str = "CA bundle unusable: ";

/// What marks a proxy that could not be reached, in the chain of a dispatch failure.
const PROXY_MARK: &str = "proxy unreachable: \"";

/// A connection to the proxy could not be made.
#[derive(Debug)]
struct ProxyUnreachable {
    shown: String,
    source: ConnectorError,
}

impl std::fmt::Display for ProxyUnreachable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{PROXY_MARK}{}\"", self.shown)
    }
}

impl std::error::Error for ProxyUnreachable {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.source)
    }
}

/// Whether a failure was the connection itself (not what came after it).
fn failed_to_connect(e: &ConnectorError) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(s) = source {
        if let Some(h) = s.downcast_ref::<hyper_util::client::legacy::Error>() {
            if h.is_connect() {
                return true;
            }
        }
        source = s.source();
    }
    false
}

/// botocore's `mask_proxy_url`: the user and the password, if any, become `***`.
fn mask_credentials(proxy: &str) -> String {
    let Some((scheme, userinfo, host, tail)) = split_userinfo(proxy) else {
        return proxy.to_string();
    };
    let masked = match userinfo.split_once(':') {
        Some((u, p)) => format!(
            "{}:{}",
            if u.is_empty() { "" } else { "***" },
            if p.is_empty() { "" } else { "***" }
        ),
        None if userinfo.is_empty() => String::new(),
        None => "***".to_string(),
    };
    format!("{scheme}://{masked}@{host}{tail}")
}

/// The message for a request that failed since its CA bundle could not be used or its proxy
/// could not be reached, as v2 words it.
pub fn ssl_failure(chain: &str, url: &str) -> Option<String> {
    if let Some(at) = chain.find(PROXY_MARK) {
        let shown: String = chain[at + PROXY_MARK.len()..]
            .chars()
            .take_while(|c| *c != '"')
            .collect();
        return Some(format!("Failed to connect to proxy URL: \"{shown}\""));
    }
    let at = chain.find(BUNDLE_MARK)?;
    let why: String = chain[at + BUNDLE_MARK.len()..]
        .chars()
        .take_while(|c| !matches!(c, '(' | ')' | '\n'))
        .collect();
    Some(format!(
        "SSL validation failed for {url} {}",
        why.trim_end()
    ))
}

/// Mozilla's root certificates, compiled in: no file to read and nothing to decode.
fn default_roots() -> rustls::RootCertStore {
    rustls::RootCertStore {
        roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
    }
}

/// Reads and checks a PEM bundle; the error is worded as Python's `ssl` words it.
fn load_bundle(path: &str) -> std::result::Result<rustls::RootCertStore, String> {
    use rustls::pki_types::pem::PemObject;
    let pem = std::fs::read(path).map_err(|e| match e.raw_os_error() {
        Some(code) => {
            let text = e.to_string();
            let text = text
                .strip_suffix(&format!(" (os error {code})"))
                .unwrap_or(&text)
                .to_string();
            format!("[Errno {code}] {text}")
        }
        None => e.to_string(),
    })?;
    let invalid = || "[X509: NO_CERTIFICATE_OR_CRL_FOUND] no certificate or crl found".to_string();
    let certs: Vec<_> = rustls::pki_types::CertificateDer::pem_slice_iter(&pem)
        .collect::<std::result::Result<_, _>>()
        .map_err(|_| invalid())?;
    let mut roots = rustls::RootCertStore::empty();
    if certs.is_empty() || certs.into_iter().any(|c| roots.add(c).is_err()) {
        return Err(invalid());
    }
    Ok(roots)
}

#[derive(Debug)]
struct BundleError(String);

fn bundle_error(why: String) -> ConnectorError {
    ConnectorError::other(Box::new(BundleError(why)), None)
}

impl std::fmt::Display for BundleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{BUNDLE_MARK}{}", self.0)
    }
}

impl std::error::Error for BundleError {}

type TlsConfig = std::result::Result<Arc<rustls::ClientConfig>, String>;

#[derive(Debug)]
struct Shared {
    proxies: Proxies,
    no_verify_ssl: bool,
    bundle: Option<String>,
    /// The one TLS configuration of the process, made when the first https request needs it.
    tls: OnceLock<TlsConfig>,
}

impl Shared {
    fn tls(&self) -> TlsConfig {
        self.tls
            .get_or_init(|| {
                let config = if self.no_verify_ssl {
                    crate::settings::tls::insecure_config()?
                } else {
                    let roots = match self.bundle.as_deref() {
                        Some(path) => load_bundle(path)?,
                        None => default_roots(),
                    };
                    crate::settings::tls::verifying_config(roots)?
                };
                Ok(Arc::new(crate::settings::tls::with_alpn(config)))
            })
            .clone()
    }
}

type TimeoutKey = (Option<Duration>, Option<Duration>);

/// The client the SDK is given: one router for each set of timeouts it asks for.
#[derive(Debug)]
struct Client {
    shared: Arc<Shared>,
    routers: Mutex<Vec<(TimeoutKey, SharedHttpConnector)>>,
}

/// The HTTP client for the SDK, reading the proxies from the environment.
pub fn http_client(no_verify_ssl: bool, bundle: Option<String>) -> SharedHttpClient {
    SharedHttpClient::new(Client {
        shared: Arc::new(Shared {
            proxies: Proxies::from_env(),
            no_verify_ssl,
            bundle,
            tls: OnceLock::new(),
        }),
        routers: Mutex::new(Vec::new()),
    })
}

impl HttpClient for Client {
    fn http_connector(
        &self,
        settings: &HttpConnectorSettings,
        components: &RuntimeComponents,
    ) -> SharedHttpConnector {
        let key = (settings.connect_timeout(), settings.read_timeout());
        let router = || {
            SharedHttpConnector::new(Router {
                shared: self.shared.clone(),
                settings: settings.clone(),
                sleep: components.sleep_impl(),
                routes: Mutex::new(HashMap::new()),
            })
        };
        let Ok(mut routers) = self.routers.lock() else {
            return router();
        };
        if let Some((_, r)) = routers.iter().find(|(k, _)| *k == key) {
            return r.clone();
        }
        let r = router();
        routers.push((key, r.clone()));
        r
    }
}

/// How one request leaves: verified TLS or not, through which proxy.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Route {
    https: bool,
    proxy: Option<String>,
}

#[derive(Debug)]
struct Router {
    shared: Arc<Shared>,
    settings: HttpConnectorSettings,
    sleep: Option<aws_sdk_iot::config::SharedAsyncSleep>,
    routes: Mutex<HashMap<Route, SharedHttpConnector>>,
}

impl Router {
    fn build(&self, route: &Route) -> std::result::Result<SharedHttpConnector, ConnectorError> {
        let user = |m: String| ConnectorError::user(m.into());
        let usable = route.proxy.as_deref().map(with_usable_credentials);
        // A proxy reached over TLS is left to the SDK's connector.
        let tls_proxy = usable.as_deref().is_some_and(|p| p.starts_with("https:"));
        if route.https && (self.shared.no_verify_ssl || !tls_proxy) {
            let config = self.shared.tls().map_err(bundle_error)?;
            return crate::settings::tls::connector(
                config,
                self.shared.no_verify_ssl,
                &self.settings,
                route.proxy.as_deref(),
            )
            .map_err(user);
        }
        let mut builder =
            aws_smithy_http_client::Connector::builder().connector_settings(self.settings.clone());
        builder.set_sleep_impl(self.sleep.clone());
        if let Some(proxy) = &usable {
            let config = ProxyConfig::all(proxy.as_str()).map_err(|e| user(e.to_string()))?;
            builder = builder.proxy_config(config);
        }
        if !tls_proxy {
            return Ok(SharedHttpConnector::new(builder.build_http()));
        }
        let mut builder = builder.tls_provider(tls::Provider::Rustls(
            tls::rustls_provider::CryptoMode::Ring,
        ));
        if let Some(path) = &self.shared.bundle {
            load_bundle(path).map_err(bundle_error)?;
            let pem = std::fs::read(path).map_err(|e| bundle_error(e.to_string()))?;
            let context = tls::TlsContext::builder()
                .with_trust_store(tls::TrustStore::empty().with_pem_certificate(pem))
                .build()
                .map_err(|e| bundle_error(e.to_string()))?;
            builder = builder.tls_context(context);
        }
        Ok(SharedHttpConnector::new(builder.build()))
    }

    fn route(&self, route: Route) -> std::result::Result<SharedHttpConnector, ConnectorError> {
        if let Ok(routes) = self.routes.lock() {
            if let Some(c) = routes.get(&route) {
                return Ok(c.clone());
            }
        }
        let connector = self.build(&route)?;
        if let Ok(mut routes) = self.routes.lock() {
            routes.insert(route, connector.clone());
        }
        Ok(connector)
    }
}

impl HttpConnector for Router {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let uri: Option<http::Uri> = request.uri().parse().ok();
        let scheme = uri
            .as_ref()
            .and_then(|u| u.scheme_str())
            .unwrap_or("")
            .to_ascii_lowercase();
        let netloc = uri
            .as_ref()
            .and_then(|u| u.authority())
            .map(|a| a.as_str().to_string())
            .unwrap_or_default();
        let route = Route {
            https: scheme == "https",
            proxy: self.shared.proxies.for_url(&scheme, &netloc),
        };
        let shown = route.proxy.as_deref().map(mask_credentials);
        let sent = match self.route(route) {
            Ok(connector) => connector.call(request),
            Err(e) => return HttpConnectorFuture::ready(Err(e)),
        };
        let Some(shown) = shown else {
            return sent;
        };
        HttpConnectorFuture::new(async move {
            sent.await.map_err(|e| {
                if e.is_io() && failed_to_connect(&e) {
                    ConnectorError::io(Box::new(ProxyUnreachable { shown, source: e }))
                } else {
                    e
                }
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn proxies(vars: &[(&str, &str)]) -> Proxies {
        Proxies::from_vars(vars.iter().map(|(k, v)| (k.to_string(), v.to_string())))
    }

    #[test]
    fn lower_case_variables_win() {
        let p = proxies(&[("HTTP_PROXY", "http://u@p:1")]);
        assert_eq!(p.for_url("http", "h").as_deref(), Some("http://u@p:1"));
        let p = proxies(&[
            ("HTTP_PROXY", "http://upper:1"),
            ("http_proxy", "http://lower:2"),
        ]);
        assert_eq!(p.for_url("http", "h:80").as_deref(), Some("http://lower:2"));
        let p = proxies(&[("HTTPS_PROXY", "http://upper:1"), ("https_proxy", "")]);
        assert_eq!(p.for_url("https", "h"), None);
        let p = proxies(&[("HTTPS_PROXY", "proxy:3128")]);
        assert_eq!(
            p.for_url("https", "h").as_deref(),
            Some("http://proxy:3128")
        );
        assert_eq!(p.for_url("http", "h"), None);
        let p = proxies(&[("ALL_PROXY", "http://all:1")]);
        assert_eq!(p.for_url("https", "h"), None);
        let p = proxies(&[("HTTP_PROXY", "http://p:1"), ("REQUEST_METHOD", "GET")]);
        assert_eq!(p.for_url("http", "h"), None);
    }

    #[test]
    fn no_proxy_matches_as_urllib_does() {
        let p = proxies(&[
            ("HTTPS_PROXY", "http://p:1"),
            ("NO_PROXY", " .Example.com, 127.0.0.1:8443,localhost"),
        ]);
        for bypassed in [
            "example.com",
            "a.example.com:443",
            "127.0.0.1:8443",
            "localhost:1",
        ] {
            assert_eq!(p.for_url("https", bypassed), None, "{bypassed}");
        }
        for proxied in ["notexample.com", "127.0.0.1:8444", "localhost.net"] {
            assert!(p.for_url("https", proxied).is_some(), "{proxied}");
        }
        let all = proxies(&[("HTTPS_PROXY", "http://p:1"), ("no_proxy", "*")]);
        assert_eq!(all.for_url("https", "x"), None);
        let cidr = proxies(&[("HTTPS_PROXY", "http://p:1"), ("no_proxy", "127.0.0.0/8")]);
        assert!(cidr.for_url("https", "127.0.0.1").is_some());
    }

    #[test]
    fn credentials_need_a_user_and_a_password() {
        assert_eq!(
            with_usable_credentials("http://u:p@h:1/"),
            "http://u:p@h:1/"
        );
        assert_eq!(with_usable_credentials("http://u@h:1"), "http://h:1");
        assert_eq!(with_usable_credentials("http://u:@h:1"), "http://h:1");
        assert_eq!(with_usable_credentials("http://:p@h:1"), "http://h:1");
    }

    #[test]
    fn bundle_messages() {
        let none = || None;
        assert!(ca_bundle(Some(" "), None, false).is_err());
        assert!(choose_bundle(None, Some(""), none).is_err());
        assert!(choose_bundle(None, None, || Some(String::new())).is_err());
        assert_eq!(choose_bundle(None, Some("/x.pem"), none).ok(), Some(None));
        assert_eq!(
            choose_bundle(Some("/a".into()), Some(""), none).ok(),
            Some(Some("/a".into()))
        );
        assert_eq!(ca_bundle(Some(" "), None, true).ok(), Some(None));
        assert_eq!(mask_credentials("http://u:p@h:1/"), "http://***:***@h:1/");
        assert_eq!(mask_credentials("http://u@h:1"), "http://***@h:1");
        assert_eq!(mask_credentials("http://h:1"), "http://h:1");
        assert_eq!(
            load_bundle("/nonexistent/ca.pem").err().as_deref(),
            Some("[Errno 2] No such file or directory")
        );
        assert_eq!(
            ssl_failure(
                "dispatch failure: other: CA bundle unusable: [Errno 2] No such file or directory (Other)",
                "https://h/x"
            )
            .as_deref(),
            Some("SSL validation failed for https://h/x [Errno 2] No such file or directory")
        );
    }
}
