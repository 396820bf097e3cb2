//! Secrets never reach the terminal: across successful calls and every kind of failure, with and
//! without `--debug`, stdout and stderr never hold the secret access key, the session token, a
//! request signature, or credentials printed by a failing `credential_process`.

use crate::common;

use common::{config, Env, Reply, Served, Stub};
use serde_json::json;

const ACCESS_KEY: &str = "AKIAQWERTYSECRETID42";
const SECRET_KEY: &str = "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";
const SESSION_TOKEN: &str = "IQoJb3JpZ2luX2VjEXAMPLEsessionTOKENvalue0123456789";
const PROCESS_SECRET: &str = "ProcessPrintedThisSecretKey0987654321xyz";
const ROLE: &str = "arn:aws:iam::123456789012:role/MitigationRole";

/// Runs started at once (retries and timeouts take seconds each), then read together.
#[derive(Default)]
struct Outputs {
    pending: Vec<(String, std::process::Child, Option<Stub>)>,
    texts: Vec<(String, String)>,
    signatures: Vec<String>,
    failed: usize,
}

impl Outputs {
    /// Starts `c`; `stub` is the server it talks to, whose requests' signatures are secrets.
    fn start(&mut self, what: &str, c: &mut std::process::Command, stub: Option<Stub>) {
        let child = c
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        self.pending.push((what.to_string(), child, stub));
    }

    fn finish(&mut self) {
        for (what, child, stub) in std::mem::take(&mut self.pending) {
            let out = child.wait_with_output().unwrap();
            if !out.status.success() {
                self.failed += 1;
            }
            let text = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            self.texts.push((what, text));
            for auth in stub.iter().flat_map(Stub::authorizations) {
                let sig = auth
                    .split("Signature=")
                    .nth(1)
                    .unwrap_or_default()
                    .trim()
                    .to_string();
                assert_eq!(sig.len(), 64, "{auth}");
                self.signatures.push(sig);
            }
        }
    }
}

fn with_secrets(env: &Env) -> std::process::Command {
    let mut c = env.command();
    c.env("AWS_ACCESS_KEY_ID", ACCESS_KEY)
        .env("AWS_SECRET_ACCESS_KEY", SECRET_KEY)
        .env("AWS_SESSION_TOKEN", SESSION_TOKEN);
    c
}

fn reply(status: u16, body: serde_json::Value, error: Option<&str>) -> Reply {
    Reply {
        status,
        body: Some(body),
        headers: error
            .map(|e| vec![("x-amzn-ErrorType".to_string(), e.to_string())])
            .unwrap_or_default(),
    }
}

#[test]
fn no_output_holds_a_secret() {
    let env = Env::new("iso8601");
    config(&env, "max_attempts = 2\n");
    let mut outs = Outputs::default();
    let describe = ["describe-mitigation-action", "--action-name", "A"];
    let (mut holders, mut servers) = (Vec::new(), Vec::new());

    // Answers from a service: success, each kind of error, retries, a body that is not JSON.
    let answers: Vec<(&str, Vec<Reply>)> = vec![
        (
            "success",
            vec![reply(200, json!({"actionName": "A"}), None)],
        ),
        (
            "not found",
            vec![reply(
                404,
                json!({"message": "nope"}),
                Some("ResourceNotFoundException"),
            )],
        ),
        (
            "denied",
            vec![reply(
                403,
                json!({"message": "The security token included in the request is invalid"}),
                Some("UnrecognizedClientException"),
            )],
        ),
        (
            "signature",
            vec![reply(
                403,
                json!({"message": "The request signature we calculated does not match"}),
                Some("InvalidSignatureException"),
            )],
        ),
        (
            "throttled",
            vec![
                reply(
                    400,
                    json!({"message": "Rate exceeded"}),
                    Some("ThrottlingException")
                );
                2
            ],
        ),
        (
            "internal",
            vec![
                reply(
                    500,
                    json!({"message": "boom"}),
                    Some("InternalFailureException")
                );
                2
            ],
        ),
        ("no code", vec![reply(502, json!({}), None); 2]),
        ("not an object", vec![reply(200, json!("<html>"), None)]),
    ];
    for debug in [false, true] {
        for (what, replies) in &answers {
            let stub = Stub::start(replies.clone());
            let mut c = with_secrets(&env);
            c.args(describe).args(["--endpoint-url", &stub.url]);
            if debug {
                c.arg("--debug");
            }
            outs.start(what, &mut c, Some(stub));
        }
        // A write, with a body.
        let stub = Stub::start(vec![reply(
            400,
            json!({"message": "bad"}),
            Some("InvalidRequestException"),
        )]);
        let mut c = with_secrets(&env);
        c.args([
            "create-mitigation-action",
            "--action-name",
            "A",
            "--role-arn",
            ROLE,
        ])
        .args(["--action-params", "publishFindingToSnsParams={topicArn=t}"])
        .args(["--endpoint-url", &stub.url]);
        if debug {
            c.arg("--debug");
        }
        outs.start("create", &mut c, Some(stub));

        // Nothing listening.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut c = with_secrets(&env);
        c.args(describe)
            .args(["--endpoint-url", &format!("http://127.0.0.1:{port}")]);
        if debug {
            c.arg("--debug");
        }
        outs.start("refused", &mut c, None);

        // A server that never answers, and one that closes connections.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let holder = std::thread::spawn(move || {
            let held: Vec<_> = listener.incoming().take(2).collect();
            std::thread::sleep(std::time::Duration::from_secs(3));
            drop(held);
        });
        let mut c = with_secrets(&env);
        c.args(describe)
            .args(["--cli-read-timeout", "1", "--endpoint-url"])
            .arg(format!("http://127.0.0.1:{port}"));
        if debug {
            c.arg("--debug");
        }
        outs.start("read timeout", &mut c, None);
        holders.push(holder);
        let served = Served::start(&env, "reset.sqlite3", &["--faults", "reset=1"]);
        let mut c = with_secrets(&env);
        c.args(describe).args(["--endpoint-url", &served.url]);
        if debug {
            c.arg("--debug");
        }
        outs.start("reset", &mut c, None);
        servers.push(served);

        // TLS to a server that speaks plain HTTP.
        let stub = Stub::start(vec![]);
        let mut c = with_secrets(&env);
        c.args(describe)
            .args(["--endpoint-url", &stub.url.replace("http://", "https://")]);
        if debug {
            c.arg("--debug");
        }
        outs.start("tls", &mut c, Some(stub));

        // Bad parameters and configuration.
        for args in [
            vec!["describe-mitigation-action", "--action-name", "!"],
            vec![
                "create-mitigation-action",
                "--action-name",
                "A",
                "--role-arn",
                ROLE,
                "--action-params",
                "x={",
            ],
            vec![
                "describe-mitigation-action",
                "--action-name",
                "A",
                "--profile",
                "nobody",
            ],
            vec![
                "describe-mitigation-action",
                "--action-name",
                "A",
                "--region",
                "us-east-1",
                "--cli-read-timeout",
                "x",
            ],
            vec!["list-mitigation-actions", "--output", "tabular"],
        ] {
            let mut c = with_secrets(&env);
            c.args(&args);
            if debug {
                c.arg("--debug");
            }
            outs.start(&args.join(" "), &mut c, None);
        }

        // The local endpoint: the user's credentials are not sent to it, nor printed.
        let mut c = with_secrets(&env);
        c.args([
            "--local-state",
            env.dir.join("local.sqlite3").to_str().unwrap(),
        ])
        .args(describe);
        if debug {
            c.arg("--debug");
        }
        outs.start("local", &mut c, None);
    }
    outs.finish();
    drop(servers);
    for h in holders {
        h.join().unwrap();
    }

    // credential_process: printing bad JSON, an unsupported version, or failing, each with a
    // secret in what it prints.
    let scripts = [
        format!("echo '{{\"Version\": 1, \"AccessKeyId\": \"AKIAPROC\", \"SecretAccessKey\": \"{PROCESS_SECRET}\"'"),
        format!("echo '{{\"Version\": 2, \"AccessKeyId\": \"AKIAPROC\", \"SecretAccessKey\": \"{PROCESS_SECRET}\"}}'"),
        format!("echo 'refused' >&2; echo '{PROCESS_SECRET}'; exit 3"),
        format!("echo '{{\"Version\": 1, \"AccessKeyId\": \"AKIAPROC\", \"SecretAccessKey\": \"{PROCESS_SECRET}\", \"Expiration\": \"yesterday\"}}'"),
    ];
    for (i, script) in scripts.iter().enumerate() {
        let path = env.dir.join(format!("creds-{i}.sh"));
        std::fs::write(&path, format!("#!/bin/sh\n{script}\n")).unwrap();
        std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .unwrap();
        config(
            &env,
            &format!(
                "max_attempts = 1\n[profile proc{i}]\nregion = us-east-1\ncredential_process = {}\n",
                path.display()
            ),
        );
        for debug in [false, true] {
            let stub = Stub::start(vec![]);
            let mut c = env.command();
            c.env_remove("AWS_ACCESS_KEY_ID")
                .env_remove("AWS_SECRET_ACCESS_KEY")
                .args(describe)
                .args([
                    "--profile",
                    &format!("proc{i}"),
                    "--endpoint-url",
                    &stub.url,
                ]);
            if debug {
                c.arg("--debug");
            }
            let before = outs.failed;
            outs.start(&format!("credential_process {i}"), &mut c, Some(stub));
            outs.finish();
            assert_eq!(
                outs.failed,
                before + 1,
                "credential_process {i} should fail"
            );
        }
    }

    assert!(
        outs.signatures.len() >= 20,
        "{} signatures seen",
        outs.signatures.len()
    );
    let mut secrets: Vec<String> = vec![
        SECRET_KEY.into(),
        SESSION_TOKEN.into(),
        PROCESS_SECRET.into(),
        // Parts of the key, in case it is cut or escaped.
        SECRET_KEY[..20].into(),
        SECRET_KEY.replace('/', "%2F"),
    ];
    secrets.extend(outs.signatures.iter().cloned());
    for (what, text) in &outs.texts {
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "{what}: a secret ({secret}) is printed:\n{text}"
            );
        }
    }
    eprintln!(
        "{} runs ({} failing), {} signatures and {} other secrets searched for: none printed",
        outs.texts.len(),
        outs.failed,
        outs.signatures.len(),
        secrets.len() - outs.signatures.len()
    );
}
