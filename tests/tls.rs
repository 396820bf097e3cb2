//! TLS: server certificates are verified by default, `--ca-bundle` trusts another authority,
//! and `--no-verify-ssl` connects anyway with a warning. The server is a loopback rustls server
//! with a test-only certificate (tests/fixtures/tls) for 127.0.0.1.

mod common;

use common::Env;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::sync::Arc;

const BODY: &str = r#"{"actionName": "tls"}"#;

fn pem_items(path: &str) -> Vec<rustls::pki_types::CertificateDer<'static>> {
    use rustls::pki_types::pem::PemObject;
    rustls::pki_types::CertificateDer::pem_file_iter(path)
        .unwrap()
        .map(|c| c.unwrap())
        .collect()
}

/// Serves `connections` TLS connections, each answering every request with BODY.
fn tls_server(connections: usize) -> u16 {
    use rustls::pki_types::pem::PemObject;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/tls");
    let certs = pem_items(&format!("{dir}/server.pem"));
    let key = rustls::pki_types::PrivateKeyDer::from_pem_file(format!("{dir}/server.key")).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = Arc::new(
        rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(certs, key)
            .unwrap(),
    );
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
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "warning: --no-verify-ssl: server certificates are not verified; the connection can be intercepted\n"
    );
}
