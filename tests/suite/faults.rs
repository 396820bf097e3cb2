//! iotmit against a local endpoint that injects faults (`iotmit local serve --faults …`):
//! throttling and internal errors are retried in standard mode up to `max_attempts`, other
//! client errors are not, connection resets are retried, and read and connect timeouts end a
//! stuck call; each with the exact number of requests, faults, output and error line.
//!
//! A paginated listing of 60 actions in pages of 7, under random throttling, internal errors
//! and resets, goes exactly as its fault seed says: every request goes to its page's URL and
//! meets the fate its number draws, as the endpoint's log of faults confirms. A listing whose
//! every page gets through prints exactly what a listing without faults prints, every action
//! once and in order; one with a page that fails every attempt prints nothing and exits with
//! the exit code and error line of its last fault. The seeds include a whole listing that
//! retried every kind of fault, and a listing failing on a later page by each kind.

use crate::common;
use crate::local_common;

use common::{attempts, config, Env, Served};
use iotmit::local::faults::{Fate, FaultSpec};
use serde_json::{json, Value};

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
    assert_eq!(
        error_line(&stderr),
        "iotmit: [ERROR]: An error occurred (InternalFailureException) when calling the DescribeMitigationAction operation (reached max retries: 2): Internal failure (injected)"
    );
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
    assert_eq!(s.faults(), (1, 0, 0));
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
    assert_eq!(
        error_line(&stderr),
        "iotmit: [ERROR]: An error occurred (ResourceNotFoundException) when calling the DescribeMitigationAction operation: Mitigation action 'Missing' does not exist."
    );
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
    assert_eq!(
        error_line(&stderr),
        "iotmit: [ERROR]: An error occurred (InvalidRequestException) when calling the StartAuditMitigationActionsTask operation: The mitigation action 'NoSuchAction' in auditCheckToActionsMapping does not exist."
    );
    assert_eq!(s.faults(), (0, 0, 0));
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
    let (code, stdout, stderr) = run(&env, &s.url, &["list-mitigation-actions"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(attempts(&stderr), 2);
    assert_eq!(s.faults(), (0, 0, 1));
    assert_eq!(stdout, "{\n    \"actionIdentifiers\": []\n}\n");
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

/// The URLs of the requests in a `--debug` trace, in order.
fn request_urls(stderr: &str) -> Vec<String> {
    stderr
        .lines()
        .filter_map(|l| l.strip_prefix("request: GET "))
        .map(str::to_string)
        .collect()
}

/// The faults a server logged, as (request number, fate), in order.
fn logged_faults(s: &Served) -> Vec<(u64, String)> {
    s.stderr()
        .lines()
        .filter_map(|l| {
            let rest = l.strip_prefix("fault: request ")?;
            let (n, _) = rest.split_once(' ')?;
            let (_, fate) = rest.rsplit_once(": ")?;
            Some((n.parse().ok()?, fate.to_string()))
        })
        .collect()
}

/// What a listing of `pages` pages does under `spec` when each page is tried up to
/// `max_attempts` times: the page and fate of every request, in order, and the page and fault
/// that end it when one page fails every attempt.
#[derive(Debug)]
struct Predicted {
    requests: Vec<(usize, Fate)>,
    failed: Option<(usize, Fate)>,
}

fn predict(spec: &FaultSpec, pages: usize, max_attempts: usize) -> Predicted {
    let mut requests = Vec::new();
    for page in 0..pages {
        for attempt in 1..=max_attempts {
            let fate = spec.fate(requests.len() as u64);
            requests.push((page, fate));
            if fate == Fate::Serve {
                break;
            }
            if attempt == max_attempts {
                return Predicted {
                    requests,
                    failed: Some((page, fate)),
                };
            }
        }
    }
    Predicted {
        requests,
        failed: None,
    }
}

impl Predicted {
    fn faults(&self, fate: Fate) -> usize {
        self.requests.iter().filter(|(_, f)| *f == fate).count()
    }
}

#[test]
fn a_listing_under_faults_is_whole_or_an_error() {
    const ACTIONS: usize = 60;
    const PAGE: usize = 7;
    const PAGES: usize = ACTIONS.div_ceil(PAGE);
    const MAX_ATTEMPTS: usize = 5;
    const FAULTS: &str = "throttle=0.3,error=0.1,reset=0.05";
    let env = Env::new("iso8601");
    config(&env, &format!("max_attempts = {MAX_ATTEMPTS}\n"));
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
    let list = ["list-mitigation-actions", "--page-size", "7", "--debug"];

    // Without faults: every action once, in order, one request per page.
    let clean = Served::start(&env, "s.sqlite3", &[]);
    let (code, whole_listing, stderr) = run(&env, &clean.url, &list[..3]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(listed_names(&whole_listing), expected);
    let page_paths: Vec<String> = request_urls(&stderr)
        .iter()
        .map(|u| u.strip_prefix(&clean.url).unwrap().to_string())
        .collect();
    assert_eq!(page_paths.len(), PAGES, "{stderr}");
    assert_eq!(
        page_paths[0],
        format!("/mitigationactions/actions?maxResults={PAGE}")
    );
    drop(clean);

    // Seeds that make a listing whole after retrying every kind of fault, and that make one fail
    // on a later page with each kind; then as many seeds from 1 as `IOTMIT_FAULT_LISTINGS` says
    // (`scripts/faults` runs more), 4 unless told.
    let spec = FaultSpec::parse(FAULTS).unwrap();
    let with_seed = |seed| FaultSpec {
        seed,
        ..spec.clone()
    };
    let find = |wanted: &dyn Fn(&Predicted) -> bool| {
        (0..100_000u64)
            .find(|&seed| wanted(&predict(&with_seed(seed), PAGES, MAX_ATTEMPTS)))
            .expect("a seed for each outcome")
    };
    let mut seeds = vec![find(&|p| {
        p.failed.is_none()
            && [Fate::Throttle, Fate::Error, Fate::Reset]
                .iter()
                .all(|f| p.faults(*f) > 0)
    })];
    for fate in [Fate::Throttle, Fate::Error, Fate::Reset] {
        seeds.push(find(&|p| {
            p.failed.is_some_and(|(page, f)| page > 0 && f == fate)
        }));
    }
    let extra: u64 = std::env::var("IOTMIT_FAULT_LISTINGS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    seeds.extend(1..=extra);

    let (mut whole, mut failed, mut injected, mut requests) = (0, 0, 0, 0);
    for batch in seeds.chunks(8) {
        let runs: Vec<_> = batch
            .iter()
            .map(|&seed| {
                let s = Served::start(
                    &env,
                    "s.sqlite3",
                    &["--faults", FAULTS, "--fault-seed", &seed.to_string()],
                );
                let out = env
                    .command()
                    .args(list)
                    .args(["--endpoint-url", &s.url])
                    .spawn_output();
                (seed, s, out)
            })
            .collect();
        for (seed, s, out) in runs {
            let out = out.join().unwrap();
            let code = out.status.code().unwrap_or(-1);
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            let predicted = predict(&with_seed(seed), PAGES, MAX_ATTEMPTS);
            let context = format!("seed {seed}: {predicted:?}\n{stderr}");
            // Each request went where its page is, and met the fate its number gives.
            let urls: Vec<String> = predicted
                .requests
                .iter()
                .map(|(page, _)| format!("{}{}", s.url, page_paths[*page]))
                .collect();
            assert_eq!(request_urls(&stderr), urls, "{context}");
            let faults: Vec<(u64, String)> = predicted
                .requests
                .iter()
                .enumerate()
                .filter(|(_, (_, fate))| *fate != Fate::Serve)
                .map(|(n, (_, fate))| (n as u64, fate.name().to_string()))
                .collect();
            assert_eq!(logged_faults(&s), faults, "{context}");
            assert_eq!(
                s.faults(),
                (
                    predicted.faults(Fate::Throttle),
                    predicted.faults(Fate::Error),
                    predicted.faults(Fate::Reset)
                ),
                "{context}"
            );
            injected += faults.len();
            requests += urls.len();
            match predicted.failed {
                // Whole: exactly the listing printed without faults.
                None => {
                    assert_eq!(code, 0, "{context}");
                    assert_eq!(listed_names(&stdout), expected, "{context}");
                    assert_eq!(stdout, whole_listing, "{context}");
                    whole += 1;
                }
                // An error, and nothing printed.
                Some((page, fate)) => {
                    let retries = MAX_ATTEMPTS - 1;
                    let (exit, line) = match fate {
                        Fate::Throttle => (254, format!(
                            "iotmit: [ERROR]: An error occurred (ThrottlingException) when calling the ListMitigationActions operation (reached max retries: {retries}): Rate exceeded"
                        )),
                        Fate::Error => (254, format!(
                            "iotmit: [ERROR]: An error occurred (InternalFailureException) when calling the ListMitigationActions operation (reached max retries: {retries}): Internal failure (injected)"
                        )),
                        _ => (255, format!(
                            "iotmit: [ERROR]: Connection was closed before we received a valid response from endpoint URL: \"{}{}\".",
                            s.url, page_paths[page]
                        )),
                    };
                    assert_eq!((code, stdout.as_ref()), (exit, ""), "{context}");
                    assert_eq!(error_line(&stderr), line, "{context}");
                    failed += 1;
                }
            }
        }
    }
    eprintln!(
        "{} listings of {ACTIONS} actions under faults: {whole} whole, {failed} failed cleanly, {requests} requests, {injected} faults injected",
        seeds.len()
    );
    assert!(whole >= 1 && failed >= 3);
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
