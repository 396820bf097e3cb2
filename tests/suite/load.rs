//! Load and durability of the local endpoint:
//!
//! - 8 processes creating 500 actions each at once, against one `iotmit local serve`, and
//!   against one state file each through their own endpoint: 4,000 stored, none lost or
//!   duplicated;
//! - a server killed with SIGKILL in the middle of writes restarts on its state with every
//!   write it acknowledged;
//! - a scaled-down soak of mixed requests (`scripts/soak` runs 100,000).

use crate::common;
use crate::local_common;

#[path = "../../examples/soak.rs"]
mod soak;

use common::{Env, Served};
use local_common::{call, Server};
use serde_json::{json, Value};
use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const ROLE: &str = "arn:aws:iam::123456789012:role/MitigationRole";
const PROCESSES: usize = 8;
const PER_PROCESS: usize = 500;

fn body(name: &str) -> String {
    json!({"roleArn": ROLE, "actionParams": {"publishFindingToSnsParams": {"topicArn": format!("arn:aws:sns:us-east-1:123456789012:{name}")}}}).to_string()
}

/// Creates one action, retrying while the store is busy (as an SDK client retries throttling).
/// Returns the status of the last answer and how many retries it took.
fn create(addr: SocketAddr, name: &str) -> (u16, usize) {
    let mut retries = 0;
    loop {
        let r = call(
            addr,
            "POST",
            &format!("/mitigationactions/actions/{name}"),
            Some(&body(name)),
            true,
        );
        if r.status == 400 && r.error_type() == Some("ThrottlingException") && retries < 50 {
            retries += 1;
            std::thread::sleep(Duration::from_millis(20));
            continue;
        }
        return (r.status, retries);
    }
}

/// Creates one action; the status, or `None` when the connection failed or closed without an
/// answer.
fn try_create(addr: SocketAddr, name: &str) -> Option<u16> {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).ok()?;
    s.set_read_timeout(Some(Duration::from_secs(30))).ok()?;
    let body = body(name);
    let req = format!(
        "POST /mitigationactions/actions/{name} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: {}\r\nContent-Length: {}\r\n\r\n{body}",
        local_common::AUTH,
        body.len()
    );
    s.write_all(req.as_bytes()).ok()?;
    let mut reply = Vec::new();
    s.read_to_end(&mut reply).ok()?;
    let text = String::from_utf8_lossy(&reply);
    text.split_whitespace().nth(1)?.parse().ok()
}

/// Every action name in the store, page by page.
fn all_names(addr: SocketAddr) -> Vec<String> {
    let mut names = Vec::new();
    let mut token: Option<String> = None;
    loop {
        let mut path = "/mitigationactions/actions?maxResults=250".to_string();
        if let Some(t) = &token {
            path.push_str(&format!(
                "&nextToken={}",
                t.replace('+', "%2B")
                    .replace('/', "%2F")
                    .replace('=', "%3D")
            ));
        }
        let r = call(addr, "GET", &path, None, true);
        assert_eq!(r.status, 200, "{}", r.text);
        for a in r.json["actionIdentifiers"].as_array().unwrap() {
            names.push(a["actionName"].as_str().unwrap().to_string());
        }
        match r.json["nextToken"].as_str() {
            Some(t) => token = Some(t.to_string()),
            None => return names,
        }
    }
}

/// One of the load processes (this test binary started again): creates its actions against
/// the server at `IOTMIT_LOAD_ADDR`, or through its own endpoint on the state file at
/// `IOTMIT_LOAD_STATE`.
#[test]
#[ignore = "started as a child process by the load tests"]
fn load_worker() {
    let Ok(prefix) = std::env::var("IOTMIT_LOAD_PREFIX") else {
        return;
    };
    let own;
    let addr = match std::env::var("IOTMIT_LOAD_STATE") {
        Ok(state) => {
            own = Server::on_state(std::path::Path::new(&state), 20);
            own.addr
        }
        Err(_) => std::env::var("IOTMIT_LOAD_ADDR").unwrap().parse().unwrap(),
    };
    let mut retries = 0;
    for i in 0..PER_PROCESS {
        let (status, r) = create(addr, &format!("{prefix}-{i}"));
        assert_eq!(status, 200, "{prefix}-{i}");
        retries += r;
    }
    println!("worker {prefix}: {PER_PROCESS} created, {retries} retries on a busy store");
}

fn workers(env: &[(&str, String)]) -> Vec<std::process::Child> {
    let exe = std::env::current_exe().unwrap();
    (0..PROCESSES)
        .map(|p| {
            let mut cmd = std::process::Command::new(&exe);
            cmd.args([
                "--exact",
                "load::load_worker",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("IOTMIT_LOAD_PREFIX", format!("p{p}"))
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
            for (k, v) in env {
                cmd.env(k, v);
            }
            cmd.spawn().unwrap()
        })
        .collect()
}

fn join(children: Vec<std::process::Child>) {
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "worker failed: {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

fn assert_all_stored(addr: SocketAddr) {
    let names = all_names(addr);
    let unique: BTreeSet<&String> = names.iter().collect();
    assert_eq!(unique.len(), names.len(), "duplicates in the listing");
    let expected: BTreeSet<String> = (0..PROCESSES)
        .flat_map(|p| (0..PER_PROCESS).map(move |i| format!("p{p}-{i}")))
        .collect();
    let got: BTreeSet<String> = names.into_iter().collect();
    assert_eq!(got.len(), PROCESSES * PER_PROCESS);
    assert_eq!(got, expected);
}

#[test]
fn eight_processes_against_one_server_store_4000_actions() {
    let env = Env::new("iso8601");
    let s = Served::start(&env, "s.sqlite3", &[]);
    join(workers(&[("IOTMIT_LOAD_ADDR", s.addr.to_string())]));
    assert_all_stored(s.addr);
}

#[test]
fn eight_processes_on_one_state_file_store_4000_actions() {
    let env = Env::new("iso8601");
    let state = env.dir.join("shared.sqlite3");
    // Create the state first, so that the workers do not race to make the schema.
    drop(Server::on_state(&state, 20));
    join(workers(&[(
        "IOTMIT_LOAD_STATE",
        state.display().to_string(),
    )]));
    let s = Server::on_state(&state, 20);
    assert_all_stored(s.addr);
}

#[test]
fn a_killed_server_keeps_every_acknowledged_write() {
    let env = Env::new("iso8601");
    let acknowledged = Arc::new(Mutex::new(BTreeSet::new()));
    let mut attempted = 0;
    for round in 0..3 {
        let mut s = Served::start(&env, "s.sqlite3", &[]);
        let addr = s.addr;
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let clients: Vec<_> = (0..4)
            .map(|c| {
                let (acked, stop) = (acknowledged.clone(), stop.clone());
                std::thread::spawn(move || {
                    let mut sent = 0;
                    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                        let name = format!("r{round}-c{c}-{sent}");
                        sent += 1;
                        match try_create(addr, &name) {
                            Some(200) => {
                                acked.lock().unwrap().insert(name);
                            }
                            Some(_) => {}
                            // The server is gone.
                            None => break,
                        }
                    }
                    sent
                })
            })
            .collect();
        // Let writes run, then kill the server in the middle of them.
        let target = acknowledged.lock().unwrap().len() + 200;
        local_common::eventually(30, || {
            (acknowledged.lock().unwrap().len() >= target).then_some(())
        });
        s.child.kill().unwrap();
        s.child.wait().unwrap();
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        for c in clients {
            attempted += c.join().unwrap();
        }
    }
    let s = Served::start(&env, "s.sqlite3", &[]);
    let stored: BTreeSet<String> = all_names(s.addr).into_iter().collect();
    let acked = acknowledged.lock().unwrap();
    let lost: Vec<&String> = acked.difference(&stored).collect();
    assert!(lost.is_empty(), "acknowledged but lost: {lost:?}");
    assert!(stored.len() <= attempted);
    eprintln!(
        "SIGKILL during writes, 3 rounds: {} acknowledged, {} stored, {} attempted, 0 lost",
        acked.len(),
        stored.len(),
        attempted
    );
}

#[test]
fn a_short_soak_answers_every_request_as_expected() {
    let env = Env::new("iso8601");
    let s = Served::start(&env, "s.sqlite3", &["--execution-ms", "5"]);
    let report = soak::run(&soak::Options {
        addr: s.addr,
        pid: s.child.id(),
        clients: 4,
        requests: 4000,
    });
    eprintln!("soak: {}", report.summary());
    assert_eq!(report.requests, 4000);
    assert_eq!(report.io_errors, 0);
    assert_eq!(
        report.unexpected, 0,
        "first unexpected answer: {:?}",
        report.first_unexpected
    );
    // The server still answers.
    let r = call(s.addr, "GET", "/mitigationactions/actions", None, true);
    assert_eq!(r.status, 200);
    let _: Value = r.json;
}
