//! TLS: server certificates are verified by default, `--ca-bundle` trusts another authority,
//! and `--no-verify-ssl` connects anyway with a warning. The server is a loopback rustls server
//! with a test-only certificate (tests/fixtures/tls) for 127.0.0.1.

use crate::common;

use common::{Env, Proxy, Stub};
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;

const BODY: &str = r#"{"actionName": "tls"}"#;
const OUT: &str = "{\n    \"actionName\": \"tls\"\n}\n";
const CA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls/ca.pem");
/// urllib3's warning as v2 prints it, less the path of the Python file that raised it.
const WARNING: &str = "InsecureRequestWarning: Unverified HTTPS request is being made to host '127.0.0.1'. Adding certificate verification is strongly advised. See: https://urllib3.readthedocs.io/en/latest/advanced-usage.html#tls-warnings\n";

fn pem_items(path: &str) -> Vec<rustls::pki_types::CertificateDer<'static>> {
    use rustls::pki_types::pem::PemObject;
    rustls::pki_types::CertificateDer::pem_file_iter(path)
        .unwrap()
        .map(|c| c.unwrap())
        .collect()
}

/// The test server's TLS configuration: the fixture certificate and key.
fn server_config() -> Arc<rustls::ServerConfig> {
    use rustls::pki_types::pem::PemObject;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls");
    let certs = pem_items(&format!("{dir}/server.pem"));
    let key = rustls::pki_types::PrivateKeyDer::from_pem_file(format!("{dir}/server.key")).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Arc::new(
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap(),
    )
}

/// Serves `connections` TLS connections, each answering every request with BODY.
fn tls_server(connections: usize) -> u16 {
    let config = server_config();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(connections) {
            let Ok(mut tcp) = stream else { continue };
            tcp.set_read_timeout(Some(std::time::Duration::from_secs(5)))
                .ok();
            let mut conn = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::Stream::new(&mut conn, &mut tcp);
            let mut buf = [0u8; 8192];
            loop {
                match tls.read(&mut buf) {
                    Ok(n) if n > 0 => {
                        let reply = format!(
                            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{BODY}",
                            BODY.len()
                        );
                        if tls.write_all(reply.as_bytes()).is_err() {
                            break;
                        }
                    }
                    _ => break,
                }
            }
        }
    });
    port
}

fn describe(env: &Env, port: u16, extra: &[&str]) -> std::process::Output {
    env.command()
        .args(["describe-mitigation-action", "--action-name", "tls"])
        .args(["--endpoint-url", &format!("https://127.0.0.1:{port}")])
        .args(extra)
        .output()
        .unwrap()
}

#[test]
fn an_unknown_authority_is_refused_by_default() {
    let env = Env::new("iso8601");
    let port = tls_server(3);
    let out = describe(&env, port, &["--cli-connect-timeout", "5"]);
    assert_eq!(out.status.code(), Some(255));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("\niotmit: [ERROR]: SSL validation failed for https://127.0.0.1:{port}/mitigationactions/actions/tls [invalid peer certificate: UnknownIssuer] (use --ca-bundle to trust another certificate authority)\n")
    );
}

#[test]
fn ca_bundle_trusts_the_given_authority() {
    let env = Env::new("iso8601");
    let port = tls_server(1);
    let ca = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls/ca.pem");
    let out = describe(&env, port, &["--ca-bundle", ca]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\n    \"actionName\": \"tls\"\n}\n"
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn no_verify_ssl_connects_and_warns() {
    let env = Env::new("iso8601");
    let port = tls_server(1);
    let out = describe(&env, port, &["--no-verify-ssl"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "{\n    \"actionName\": \"tls\"\n}\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), WARNING);
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_missing_ca_bundle_fails_only_when_tls_needs_it() {
    let env = Env::new("iso8601");
    let port = tls_server(3);
    let out = describe(&env, port, &["--ca-bundle", "/nonexistent/ca.pem"]);
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(
        text(&out.stderr),
        format!("\niotmit: [ERROR]: SSL validation failed for https://127.0.0.1:{port}/mitigationactions/actions/tls [Errno 2] No such file or directory\n")
    );
    let stub = Stub::start(vec![]);
    let out = env
        .command()
        .env("AWS_CA_BUNDLE", "/nonexistent/ca.pem")
        .args(["describe-mitigation-action", "--action-name", "x"])
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(stub.requests().len(), 1);
}

#[test]
fn an_empty_ca_bundle_is_refused() {
    let env = Env::new("iso8601");
    let stub = Stub::start(vec![]);
    let message = "\niotmit: [ERROR]: Invalid CA bundle: the configured value (ca_bundle, AWS_CA_BUNDLE, REQUESTS_CA_BUNDLE, or verify) resolved to an empty or whitespace-only string. Provide a valid path to a CA bundle file.\n";
    for (var, flag) in [
        ("AWS_CA_BUNDLE", None),
        ("X", Some("")),
        ("REQUESTS_CA_BUNDLE", None),
    ] {
        let mut c = env.command();
        if flag.is_none() {
            c.env(var, " ");
        }
        c.args(["describe-mitigation-action", "--action-name", "x"])
            .args(["--endpoint-url", &stub.url]);
        if let Some(f) = flag {
            c.args(["--ca-bundle", f]);
        }
        let out = c.output().unwrap();
        assert_eq!(out.status.code(), Some(255), "{var}");
        assert_eq!(text(&out.stderr), message, "{var}");
    }
    assert!(stub.requests().is_empty());
}

#[test]
fn a_profile_ca_bundle_is_only_refused_when_empty() {
    let env = Env::new("iso8601");
    let port = tls_server(3);
    common::config(&env, &format!("ca_bundle = {CA}\n"));
    // v2 2.36 verifies with the system's authorities whatever the profile names.
    let out = describe(&env, port, &[]);
    assert_eq!(out.status.code(), Some(255));
    assert!(text(&out.stderr).contains("[invalid peer certificate: UnknownIssuer]"));
    common::config(&env, "ca_bundle =\n");
    let out = describe(&env, port, &[]);
    assert_eq!(out.status.code(), Some(255));
    assert!(text(&out.stderr).starts_with("\niotmit: [ERROR]: Invalid CA bundle: "));
}

#[test]
fn no_verify_ssl_does_not_warn_for_http() {
    let env = Env::new("iso8601");
    let stub = Stub::start(vec![]);
    let out = env
        .command()
        .args([
            "describe-mitigation-action",
            "--action-name",
            "x",
            "--no-verify-ssl",
        ])
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(out.stderr.is_empty(), "{}", text(&out.stderr));
}

#[test]
fn https_goes_through_a_connect_proxy_with_its_credentials() {
    for extra in [&["--ca-bundle", CA][..], &["--no-verify-ssl"][..]] {
        let env = Env::new("iso8601");
        let port = tls_server(1);
        let proxy = Proxy::start();
        let out = env
            .command()
            .env(
                "HTTPS_PROXY",
                proxy.url.replace("http://", "http://user:pass@"),
            )
            .env("NO_PROXY", "localhost")
            .args(["describe-mitigation-action", "--action-name", "tls"])
            .args(["--endpoint-url", &format!("https://127.0.0.1:{port}")])
            .args(extra)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout), OUT);
        let heads = proxy.heads();
        assert_eq!(heads.len(), 1, "{extra:?}");
        assert!(
            heads[0].starts_with(&format!("CONNECT 127.0.0.1:{port} HTTP/1.1\r\n")),
            "{}",
            heads[0]
        );
        // base64 of "user:pass"
        assert!(
            heads[0].contains("proxy-authorization: Basic dXNlcjpwYXNz\r\n"),
            "{extra:?}: {}",
            heads[0]
        );
    }
}

#[test]
fn no_proxy_bypasses_the_connect_proxy() {
    let env = Env::new("iso8601");
    let port = tls_server(1);
    let out = env
        .command()
        .env("HTTPS_PROXY", "http://127.0.0.1:9")
        .env("no_proxy", "127.0.0.1")
        .args(["describe-mitigation-action", "--action-name", "tls"])
        .args(["--endpoint-url", &format!("https://127.0.0.1:{port}")])
        .args(["--no-verify-ssl"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr), WARNING);
}

#[test]
fn no_verify_ssl_keeps_the_read_timeout() {
    // Completes the TLS handshake, reads the request, never answers.
    let config = server_config();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(1) {
            let Ok(mut tcp) = stream else { continue };
            let mut conn = rustls::ServerConnection::new(config.clone()).unwrap();
            let mut tls = rustls::Stream::new(&mut conn, &mut tcp);
            let mut buf = [0u8; 8192];
            let _ = tls.read(&mut buf);
            std::thread::sleep(std::time::Duration::from_secs(10));
        }
    });
    let env = Env::new("iso8601");
    let started = std::time::Instant::now();
    let out = env
        .command()
        .env("AWS_MAX_ATTEMPTS", "1")
        .args(["describe-mitigation-action", "--action-name", "tls"])
        .args(["--endpoint-url", &format!("https://127.0.0.1:{port}")])
        .args(["--no-verify-ssl", "--cli-read-timeout", "1"])
        .output()
        .unwrap();
    assert!(started.elapsed() < std::time::Duration::from_secs(8));
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(
        text(&out.stderr),
        format!("\niotmit: [ERROR]: Read timeout on endpoint URL: \"https://127.0.0.1:{port}/mitigationactions/actions/tls\"\n")
    );
}
