//! Configuration read as the AWS CLI reads it: retries from the profile, timeouts from flags,
//! credentials from `credential_process`, endpoints from the environment.

mod common;

use common::{Env, Reply, Stub};
use serde_json::json;

fn internal_error() -> Reply {
    Reply {
        status: 500,
        body: Some(json!({"message": "boom"})),
        headers: vec![("x-amzn-ErrorType".into(), "InternalFailureException".into())],
    }
}

#[test]
fn max_attempts_from_the_profile_bounds_retries() {
    let env = Env::new("iso8601");
    std::fs::write(
        env.dir.join("config"),
        "[default]\nregion = us-east-1\nretry_mode = standard\nmax_attempts = 1\n",
    )
    .unwrap();
    let stub = Stub::start(vec![internal_error(), internal_error()]);
    let out = env
        .command()
        .args([
            "describe-mitigation-action",
            "--action-name",
            "A",
            "--endpoint-url",
            &stub.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(254));
    assert_eq!(stub.requests().len(), 1);
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "\niotmit: [ERROR]: An error occurred (InternalFailureException) when calling the DescribeMitigationAction operation: boom\n"
    );
}

#[test]
fn standard_mode_makes_three_attempts_by_default() {
    let env = Env::new("iso8601");
    let stub = Stub::start(vec![internal_error(), internal_error(), internal_error()]);
    let out = env
        .command()
        .args([
            "describe-mitigation-action",
            "--action-name",
            "A",
            "--endpoint-url",
            &stub.url,
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(254));
    assert_eq!(stub.requests().len(), 3);
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("operation (reached max retries: 2): boom")
    );
}

#[test]
fn a_stuck_call_ends_at_the_read_timeout() {
    let env = Env::new("iso8601");
    std::fs::write(
        env.dir.join("config"),
        "[default]\nregion = us-east-1\nmax_attempts = 1\n",
    )
    .unwrap();
    // Accepts connections and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        let held: Vec<_> = listener.incoming().take(3).collect();
        std::thread::sleep(std::time::Duration::from_secs(10));
        drop(held);
    });
    let out = env
        .command()
        .args([
            "describe-mitigation-action",
            "--action-name",
            "A",
            "--cli-read-timeout",
            "1",
        ])
        .args(["--endpoint-url", &format!("http://127.0.0.1:{port}")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(255));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!("\niotmit: [ERROR]: Read timeout on endpoint URL: \"http://127.0.0.1:{port}/mitigationactions/actions/A\"\n")
    );
}

#[test]
fn credential_process_credentials_sign_the_request() {
    let env = Env::new("iso8601");
    let script = env.dir.join("creds.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\necho '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROCESS\", \"SecretAccessKey\": \"s\"}'\n",
    )
    .unwrap();
    std::fs::write(
        env.dir.join("config"),
        format!(
            "[profile proc]\nregion = us-east-1\ncredential_process = sh {}\n",
            script.display()
        ),
    )
    .unwrap();
    let stub = Stub::start(vec![]);
    let out = env
        .command()
        .env_remove("AWS_ACCESS_KEY_ID")
        .env_remove("AWS_SECRET_ACCESS_KEY")
        .args([
            "describe-mitigation-action",
            "--action-name",
            "A",
            "--profile",
            "proc",
            "--debug",
        ])
        .args(["--endpoint-url", &stub.url])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reqs = stub.requests();
    assert_eq!(reqs.len(), 1);
    assert_eq!(reqs[0]["auth"], true);
}

#[test]
fn the_service_specific_endpoint_variable_is_used() {
    let env = Env::new("iso8601");
    let stub = Stub::start(vec![]);
    let out = env
        .command()
        .env("AWS_ENDPOINT_URL_IOT", &stub.url)
        .args(["delete-mitigation-action", "--action-name", "A"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stub.requests()[0]["path"], "/mitigationactions/actions/A");
}
