//! iotmit against a local endpoint that injects faults (`iotmit local serve --faults …`):
//! throttling and internal errors are retried in standard mode up to `max_attempts`, other
//! client errors are not, connection resets are retried, timeouts end a stuck call with a clear
//! message, and a paginated listing is either whole or an error, never part of a document.

use crate::common;
use crate::local_common;

use common::{attempts, config, Env, Served};
use iotmit::local::faults::{Fate, FaultSpec};
use serde_json::{json, Value};
use std::collections::BTreeSet;

const ROLE: &str = "arn:aws:iam::123456789012:role/MitigationRole";

fn run(env: &Env, url: &str, args: &[&str]) -> (i32, String, String) {
    let out = env
        .command()
        .args(args)
        .args(["--debug", "--endpoint-url", url])
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The `[ERROR]` line of a stderr that also holds a `--debug` trace.
fn error_line(stderr: &str) -> &str {
    stderr
        .lines()
        .find(|l| l.starts_with("iotmit: [ERROR]"))
        .unwrap_or("")
}

#[test]
fn throttling_is_retried_up_to_max_attempts() {
    let env = Env::new("iso8601");
    config(&env, "max_attempts = 4\n");
    let s = Served::start(&env, "s.sqlite3", &["--faults", "throttle=1"]);
    let (code, stdout, stderr) = run(&env, &s.url, &["list-mitigation-actions"]);
    assert_eq!((code, stdout.as_str()), (254, ""), "{stderr}");
    assert_eq!(attempts(&stderr), 4);
    assert_eq!(s.faults(), (4, 0, 0));
    assert_eq!(
        error_line(&stderr),
        "iotmit: [ERROR]: An error occurred (ThrottlingException) when calling the ListMitigationActions operation (reached max retries: 3): Rate exceeded"
    );
}

#[test]
fn internal_errors_are_retried_three_times_by_default() {
    let env = Env::new("iso8601");
    let s = Served::start(&env, "s.sqlite3", &["--faults", "error=1"]);
    let (code, _, stderr) = run(
        &env,
        &s.url,
        &["describe-mitigation-action", "--action-name", "A"],
    );
    assert_eq!(code, 254, "{stderr}");
    assert_eq!(attempts(&stderr), 3);
    assert_eq!(s.faults(), (0, 3, 0));
    assert!(error_line(&stderr).starts_with(
        "iotmit: [ERROR]: An error occurred (InternalFailureException) when calling the DescribeMitigationAction operation (reached max retries: 2)"
    ));
}

#[test]
fn a_transient_fault_then_success_exits_zero() {
    // A seed whose first request is throttled and whose second is served.
    let spec = FaultSpec::parse("throttle=0.5").unwrap();
    let seed = (0..1000u64)
        .find(|&seed| {
            let s = FaultSpec {
                seed,
                ..spec.clone()
            };
            s.fate(0) == Fate::Throttle && s.fate(1) == Fate::Serve
        })
        .unwrap();
    let env = Env::new("iso8601");
    let s = Served::start(
        &env,
        "s.sqlite3",
        &[
            "--faults",
            "throttle=0.5",
            "--fault-seed",
            &seed.to_string(),
        ],
    );
    let (code, stdout, stderr) = run(&env, &s.url, &["list-mitigation-actions"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(attempts(&stderr), 2);
    assert_eq!(stdout, "{\n    \"actionIdentifiers\": []\n}\n");
}

#[test]
fn client_errors_are_not_retried() {
    let env = Env::new("iso8601");
    // Active faults that never fire on these requests: the server counts every request.
    let s = Served::start(&env, "s.sqlite3", &["--faults", "latency=1ms"]);
    let (code, _, stderr) = run(
        &env,
        &s.url,
        &["describe-mitigation-action", "--action-name", "Missing"],
    );
    assert_eq!(code, 254);
    assert_eq!(attempts(&stderr), 1, "{stderr}");
    assert!(error_line(&stderr).contains("(ResourceNotFoundException)"));
    let (code, _, stderr) = run(
        &env,
        &s.url,
        &[
            "start-audit-mitigation-actions-task",
            "--task-id",
            "t1",
            "--target",
            "findingIds=f-0001",
            "--audit-check-to-actions-mapping",
            "DEVICE_CERTIFICATE_EXPIRING_CHECK=NoSuchAction",
        ],
    );
    assert_eq!(code, 254);
    assert_eq!(attempts(&stderr), 1, "{stderr}");
    assert!(error_line(&stderr).contains("(InvalidRequestException)"));
}

#[test]
fn connection_resets_are_retried() {
    let env = Env::new("iso8601");
    let s = Served::start(&env, "s.sqlite3", &["--faults", "reset=1"]);
    let (code, stdout, stderr) = run(&env, &s.url, &["list-mitigation-actions"]);
    assert_eq!((code, stdout.as_str()), (255, ""));
    assert_eq!(attempts(&stderr), 3);
    assert_eq!(s.faults(), (0, 0, 3));
    assert_eq!(
        error_line(&stderr),
        format!(
            "iotmit: [ERROR]: Connection was closed before we received a valid response from endpoint URL: \"{}/mitigationactions/actions\".",
            s.url
        )
    );
    // A reset followed by an answer is invisible to the user.
    let spec = FaultSpec::parse("reset=0.5").unwrap();
    let seed = (0..1000u64)
        .find(|&seed| {
            let s = FaultSpec {
                seed,
                ..spec.clone()
            };
            s.fate(0) == Fate::Reset && s.fate(1) == Fate::Serve
        })
        .unwrap();
    let s = Served::start(
        &env,
        "s2.sqlite3",
        &["--faults", "reset=0.5", "--fault-seed", &seed.to_string()],
    );
    let (code, _, stderr) = run(&env, &s.url, &["list-mitigation-actions"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(attempts(&stderr), 2);
}

#[test]
fn the_read_timeout_ends_a_slow_answer_and_is_retried() {
    let env = Env::new("iso8601");
    config(&env, "max_attempts = 2\n");
    let s = Served::start(&env, "s.sqlite3", &["--faults", "latency=4s"]);
    let (code, stdout, stderr) = run(
        &env,
        &s.url,
        &["list-mitigation-actions", "--cli-read-timeout", "1"],
    );
    assert_eq!((code, stdout.as_str()), (255, ""));
    assert_eq!(attempts(&stderr), 2, "{stderr}");
    assert_eq!(
        error_line(&stderr),
        format!(
            "iotmit: [ERROR]: Read timeout on endpoint URL: \"{}/mitigationactions/actions\"",
            s.url
        )
    );
}

/// A listener whose accept queue is full: connecting to it hangs.
fn unanswered_port() -> (u16, Vec<std::net::TcpStream>, std::net::TcpListener) {
    use std::os::fd::AsRawFd;
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    // SAFETY: listen(2) on a socket this function owns.
    assert_eq!(unsafe { libc::listen(listener.as_raw_fd(), 0) }, 0);
    let port = listener.local_addr().unwrap().port();
    let mut held = Vec::new();
    // Fill the queue: later handshakes get no answer.
    for _ in 0..8 {
        let addr = std::net::SocketAddr::from(([127, 0, 0, 1], port));
        match std::net::TcpStream::connect_timeout(&addr, std::time::Duration::from_millis(200)) {
            Ok(s) => held.push(s),
            Err(_) => break,
        }
    }
    (port, held, listener)
}

#[test]
fn the_connect_timeout_ends_a_call_that_cannot_connect() {
    let env = Env::new("iso8601");
    config(&env, "max_attempts = 1\n");
    let (port, _held, _listener) = unanswered_port();
    let url = format!("http://127.0.0.1:{port}");
    let (code, stdout, stderr) = run(
        &env,
        &url,
        &["list-mitigation-actions", "--cli-connect-timeout", "1"],
    );
    assert_eq!((code, stdout.as_str()), (255, ""));
    assert_eq!(
        error_line(&stderr),
        format!(
            "iotmit: [ERROR]: Connect timeout on endpoint URL: \"{url}/mitigationactions/actions\""
        )
    );
}

/// Names of the actions in a listing printed by iotmit.
fn listed_names(stdout: &str) -> Vec<String> {
    let doc: Value = serde_json::from_str(stdout).expect("stdout is one whole JSON document");
    doc["actionIdentifiers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["actionName"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_listing_under_faults_is_whole_or_an_error() {
    const ACTIONS: usize = 60;
    let env = Env::new("iso8601");
    config(&env, "max_attempts = 5\n");
    let state = env.dir.join("s.sqlite3");
    {
        let s = local_common::Server::on_state(&state, 20);
        for i in 0..ACTIONS {
            let r = s.call(
                "POST",
                &format!("/mitigationactions/actions/a{i:03}"),
                Some(json!({"roleArn": ROLE, "actionParams": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}})),
            );
            assert_eq!(r.status, 200, "{}", r.text);
        }
    }
    let expected: Vec<String> = (0..ACTIONS).map(|i| format!("a{i:03}")).collect();
    // `IOTMIT_FAULT_LISTINGS` runs more (`scripts/faults`); 8 at a time.
    let listings: u64 = std::env::var("IOTMIT_FAULT_LISTINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(8);
    let (mut whole, mut failed, mut injected, mut requests) = (0, 0, 0, 0);
    let seeds: Vec<u64> = (1..=listings).collect();
    for batch in seeds.chunks(8) {
        let runs: Vec<_> = batch
            .iter()
            .map(|seed| {
                let env = &env;
                let s = Served::start(
                    env,
                    "s.sqlite3",
                    &[
                        "--faults",
                        "throttle=0.3,error=0.1,reset=0.05",
                        "--fault-seed",
                        &seed.to_string(),
                    ],
                );
                let out = env
                    .command()
                    .args(["list-mitigation-actions", "--page-size", "7", "--debug"])
                    .args(["--endpoint-url", &s.url])
                    .spawn_output();
                (s, out)
            })
            .collect();
        for (s, out) in runs {
            let out = out.join().unwrap();
            let code = out.status.code().unwrap_or(-1);
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let (t, e, r) = s.faults();
            injected += t + e + r;
            requests += attempts(&stderr);
            if code == 0 {
                let names = listed_names(&stdout);
                assert_eq!(names, expected, "every action exactly once");
                let unique: BTreeSet<&String> = names.iter().collect();
                assert_eq!(unique.len(), ACTIONS);
                whole += 1;
            } else {
                assert!(code == 254 || code == 255, "{code}: {stderr}");
                assert_eq!(stdout, "", "nothing printed on failure");
                assert!(
                    error_line(&stderr).starts_with("iotmit: [ERROR]: "),
                    "{stderr}"
                );
                failed += 1;
            }
        }
    }
    eprintln!(
        "{listings} listings of {ACTIONS} actions under faults: {whole} whole, {failed} failed cleanly, {requests} requests, {injected} faults injected"
    );
    assert!(injected > 0);
}

/// Runs a command on its own thread, so that several run at once.
trait SpawnOutput {
    fn spawn_output(&mut self) -> std::thread::JoinHandle<std::process::Output>;
}

impl SpawnOutput for std::process::Command {
    fn spawn_output(&mut self) -> std::thread::JoinHandle<std::process::Output> {
        let child = self
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::spawn(move || child.wait_with_output().unwrap())
    }
}
