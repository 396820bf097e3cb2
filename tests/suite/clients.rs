//! The local endpoint driven by the AWS SDKs other programs use: boto3 (botocore's serializers,
//! signer and parsers) runs the audit-to-mitigation loop of `tests/clients/audit_loop.py`, and
//! the AWS SDK for JavaScript v3 builds a fleet through the registry, audits and mitigates it in
//! `tests/clients/registry_loop.cjs`. Each runs against a fresh endpoint holding the demo data
//! and must exit 0 with nothing on stderr and print exactly its `.out` file.
//!
//! boto3 comes from the Python named by `IOTMIT_BOTO_PYTHON`, else the virtualenv `scripts/test`
//! makes in `target/clients-venv`, else `python3`; the JavaScript SDK from `IOTMIT_JS_MODULES`,
//! else `target/js-client/node_modules`, which `scripts/test` installs from
//! `tests/clients/package-lock.json`. Without them the tests fail.

use crate::common::target_dir;
use crate::local_common::{Scratch, Server};
use std::path::PathBuf;
use std::process::Command;

fn clients_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/clients")
}

/// Runs a client program against a fresh endpoint and compares everything it printed.
fn run_against_fresh_endpoint(tag: &str, mut client: Command, expected: &str) {
    let dir = Scratch::new(tag);
    let server = Server::on_state(&dir.path("state.sqlite3"), 20);
    let out = client
        .arg(format!("http://{}", server.addr))
        .env("AWS_ACCESS_KEY_ID", "AKIDCLIENTS")
        .env("AWS_SECRET_ACCESS_KEY", "clients-secret")
        .env_remove("AWS_SESSION_TOKEN")
        .env_remove("AWS_PROFILE")
        .env("AWS_CONFIG_FILE", dir.path("no-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", dir.path("no-credentials"))
        .output()
        .expect("the client starts");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{tag}: stdout:\n{stdout}\nstderr:\n{stderr}"
    );
    assert_eq!(stderr, "", "{tag}: stderr");
    let want = std::fs::read_to_string(clients_dir().join(expected)).unwrap();
    assert_eq!(stdout, want, "{tag}: stdout");
}

#[test]
fn boto3_runs_the_audit_loop() {
    let candidates = [
        std::env::var_os("IOTMIT_BOTO_PYTHON").map(PathBuf::from),
        Some(target_dir().join("clients-venv/bin/python")),
        Some(PathBuf::from("python3")),
    ];
    let python = candidates.into_iter().flatten().find(|python| {
        Command::new(python)
            .args(["-c", "import boto3"])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let python = python.expect(
        "boto3 is needed: run scripts/test, or python3 -m venv target/clients-venv && \
         target/clients-venv/bin/pip install boto3, or point IOTMIT_BOTO_PYTHON at a python that \
         has it",
    );
    let mut client = Command::new(python);
    client.arg(clients_dir().join("audit_loop.py"));
    run_against_fresh_endpoint("boto3", client, "audit_loop.out");
}

#[test]
fn javascript_sdk_runs_the_registry_loop() {
    let modules = std::env::var_os("IOTMIT_JS_MODULES")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_dir().join("js-client/node_modules"));
    assert!(
        modules.join("@aws-sdk/client-iot/package.json").is_file(),
        "the AWS SDK for JavaScript v3 is needed in {}: run scripts/test, or cp \
         tests/clients/package*.json target/js-client/ && npm ci --prefix target/js-client \
         (IOTMIT_JS_MODULES names another node_modules)",
        modules.display()
    );
    let mut client = Command::new("node");
    client
        .arg("--no-warnings")
        .arg(clients_dir().join("registry_loop.cjs"))
        .env("NODE_PATH", &modules);
    run_against_fresh_endpoint("javascript", client, "registry_loop.out");
}
