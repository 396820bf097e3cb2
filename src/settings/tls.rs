//! The connector for https requests: hyper and rustls with a TLS configuration made once per
//! process (see [`crate::settings::proxy`]), which verifies server certificates with the roots
//! it is given or, with `--no-verify-ssl`, accepts any server certificate (signatures on the
//! handshake are still checked) and prints urllib3's warning once a host has answered, as the
//! AWS CLI v2 does. It keeps the connect and read timeouts it is given and reaches an https
//! endpoint through a proxy with a CONNECT tunnel when told to. Plain http requests never come
//! here: they take the SDK's connector without TLS.

use aws_smithy_runtime_api::client::http::{
    HttpConnector as SmithyConnector, HttpConnectorFuture, HttpConnectorSettings,
    SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::{HttpRequest, HttpResponse};
use aws_smithy_runtime_api::client::result::ConnectorError;
use aws_smithy_types::body::SdkBody;
use hyper_util::client::legacy::connect::proxy::Tunnel;
use hyper_util::client::legacy::connect::{Connect, HttpConnector};
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{DigitallySignedStruct, SignatureScheme};
use std::sync::{Arc, Mutex};

#[derive(Debug)]
struct AcceptAnyCertificate(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AcceptAnyCertificate {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &ServerName<'_>,
        _ocsp: &[u8],
        _now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

type Inner<C> = hyper_util::client::legacy::Client<hyper_rustls::HttpsConnector<C>, SdkBody>;

#[derive(Debug, Clone)]
struct Https<C> {
    client: Inner<C>,
    read_timeout: Option<std::time::Duration>,
    /// Certificates are not verified: warn as urllib3 warns.
    insecure: bool,
}

/// urllib3's InsecureRequestWarning, as Python prints it (once for each host) without the
/// location of the Python source line that raised it.
fn warn_once(host: &str) {
    static WARNED: Mutex<Vec<String>> = Mutex::new(Vec::new());
    let Ok(mut warned) = WARNED.lock() else {
        return;
    };
    if warned.iter().any(|h| h == host) {
        return;
    }
    warned.push(host.to_string());
    eprintln!(
        "InsecureRequestWarning: Unverified HTTPS request is being made to host '{host}'. \
         Adding certificate verification is strongly advised. \
         See: https://urllib3.readthedocs.io/en/latest/advanced-usage.html#tls-warnings"
    );
}

/// A failure of the hyper client as the SDK classifies it: a connect that ran out of time is a
/// timeout that names itself so; other failures are I/O.
fn classify(e: hyper_util::client::legacy::Error) -> ConnectorError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    let mut timed_out = false;
    while let Some(s) = source {
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            timed_out |= io.kind() == std::io::ErrorKind::TimedOut;
        }
        source = s.source();
    }
    if e.is_connect() && timed_out {
        ConnectorError::timeout(format!("connect timeout: {e}").into())
    } else {
        ConnectorError::io(Box::new(e))
    }
}

impl<C> SmithyConnector for Https<C>
where
    hyper_rustls::HttpsConnector<C>: Connect + Clone + Send + Sync + 'static,
    C: std::fmt::Debug + Send + Sync + 'static,
{
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let client = self.client.clone();
        let read_timeout = self.read_timeout;
        let insecure = self.insecure;
        HttpConnectorFuture::new(async move {
            let request = request
                .try_into_http1x()
                .map_err(|e| ConnectorError::user(Box::new(e)))?;
            let host = request.uri().host().unwrap_or("").to_string();
            let sent = client.request(request);
            let response = match read_timeout {
                Some(limit) => tokio::time::timeout(limit, sent)
                    .await
                    .map_err(|_| ConnectorError::timeout("read timeout".into()))?,
                None => sent.await,
            }
            .map_err(classify)?;
            if insecure {
                warn_once(&host);
            }
            let (parts, body) = response.into_parts();
            let response = http::Response::from_parts(parts, SdkBody::from_body_1_x(body));
            HttpResponse::try_from(response).map_err(|e| ConnectorError::other(Box::new(e), None))
        })
    }
}

/// The TLS configuration of `--no-verify-ssl`.
pub fn insecure_config() -> Result<rustls::ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map(|b| {
            b.dangerous()
                .with_custom_certificate_verifier(Arc::new(AcceptAnyCertificate(provider)))
                .with_no_client_auth()
        })
        .map_err(|e| format!("TLS configuration: {e}"))
}

/// The TLS configuration that verifies server certificates with `roots`.
pub fn verifying_config(roots: rustls::RootCertStore) -> Result<rustls::ClientConfig, String> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map(|b| b.with_root_certificates(roots).with_no_client_auth())
        .map_err(|e| format!("TLS configuration: {e}"))
}

/// Offers HTTP/2 and HTTP/1.1, as the SDK's own connector does.
pub fn with_alpn(mut config: rustls::ClientConfig) -> rustls::ClientConfig {
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    config
}

/// A connector for https requests with the TLS configuration `config` (its ALPN set), the
/// given timeouts, and through `proxy` (a proxy URL, its credentials in it) when there is one.
/// `insecure`: the configuration does not verify certificates, and the warning is printed.
pub fn connector(
    config: Arc<rustls::ClientConfig>,
    insecure: bool,
    settings: &HttpConnectorSettings,
    proxy: Option<&str>,
) -> Result<SharedHttpConnector, String> {
    let mut tcp = HttpConnector::new();
    tcp.enforce_http(false);
    tcp.set_nodelay(true);
    tcp.set_connect_timeout(settings.connect_timeout());
    let builder = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new());
    let read_timeout = settings.read_timeout();
    let Some(proxy) = proxy else {
        let https = hyper_rustls::HttpsConnector::from((tcp, config));
        return Ok(SharedHttpConnector::new(Https {
            client: builder.build(https),
            read_timeout,
            insecure,
        }));
    };
    // Any destination stands for all of them: the matcher is only asked how to reach the proxy.
    let matcher = hyper_util::client::proxy::matcher::Matcher::builder()
        .all(proxy.to_string())
        .build();
    let intercept = matcher
        .intercept(&http::Uri::from_static("https://destination"))
        .ok_or_else(|| format!("invalid proxy URL: {proxy}"))?;
    let mut tunnel = Tunnel::new(intercept.uri().clone(), tcp);
    if let Some(auth) = intercept.basic_auth() {
        tunnel = tunnel.with_auth(auth.clone());
    }
    let https = hyper_rustls::HttpsConnector::from((tunnel, config));
    Ok(SharedHttpConnector::new(Https {
        client: builder.build(https),
        read_timeout,
        insecure,
    }))
}
