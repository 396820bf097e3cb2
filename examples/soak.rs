//! A soak of the local endpoint: several clients send a mix of requests (creates, describes,
//! updates, deletes, listings, audit tasks, and requests that must fail) over keep-alive
//! connections, every answer is checked against the status its request must get, and the
//! server's resident memory is sampled along the way.
//!
//! ```sh
//! scripts/soak                        # 100,000 requests, 8 clients, release build
//! cargo run --release --example soak -- --server target/release/iotmit --requests 20000
//! ```
//!
//! The test suite runs a scaled-down soak through [`run`] (`tests/suite/load.rs`).

#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const AUTH: &str = "AWS4-HMAC-SHA256 Credential=AKIDSOAK/20261121/us-east-1/iot/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000";
const ROLE: &str = "arn:aws:iam::123456789012:role/SoakRole";

/// What to run.
#[derive(Debug, Clone)]
pub struct Options {
    pub addr: SocketAddr,
    /// The server's process id, for its memory.
    pub pid: u32,
    pub clients: usize,
    pub requests: u64,
}

/// What happened.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub requests: u64,
    /// Answers whose status was not the one the request must get (must be 0).
    pub unexpected: u64,
    /// Connections that failed (must be 0).
    pub io_errors: u64,
    pub by_status: std::collections::BTreeMap<u16, u64>,
    pub seconds: f64,
    /// Resident memory of the server in KiB: (requests done, VmRSS) samples.
    pub rss: Vec<(u64, u64)>,
    pub first_unexpected: Option<String>,
}

impl Report {
    /// VmRSS once a tenth of the requests are done (warmed up), its maximum after that, and at
    /// the end, in KiB.
    pub fn memory(&self) -> (u64, u64, u64) {
        let warm_at = self.requests / 10;
        let after: Vec<u64> = self
            .rss
            .iter()
            .filter(|(done, _)| *done >= warm_at)
            .map(|(_, kib)| *kib)
            .collect();
        let warm = after.first().copied().unwrap_or(0);
        let max = after.iter().copied().max().unwrap_or(0);
        let end = after.last().copied().unwrap_or(0);
        (warm, max, end)
    }

    pub fn summary(&self) -> String {
        let (warm, max, end) = self.memory();
        format!(
            "requests {} in {:.1}s ({:.0}/s), unexpected answers {}, connection errors {}, statuses {:?}, server RSS KiB: warm {} max {} end {} (growth {})",
            self.requests,
            self.seconds,
            self.requests as f64 / self.seconds.max(1e-9),
            self.unexpected,
            self.io_errors,
            self.by_status,
            warm,
            max,
            end,
            end as i64 - warm as i64
        )
    }
}

pub fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// One keep-alive HTTP/1.1 connection.
struct Conn {
    addr: SocketAddr,
    reader: Option<BufReader<TcpStream>>,
}

impl Conn {
    fn send(
        &mut self,
        method: &str,
        path: &str,
        body: Option<&str>,
        signed: bool,
    ) -> std::io::Result<(u16, String)> {
        match self.try_send(method, path, body, signed) {
            Ok(r) => Ok(r),
            // The server may close an idle keep-alive connection: one fresh try.
            Err(_) => {
                self.reader = None;
                self.try_send(method, path, body, signed)
            }
        }
    }

    fn try_send(
        &mut self,
        method: &str,
        path: &str,
        body: Option<&str>,
        signed: bool,
    ) -> std::io::Result<(u16, String)> {
        if self.reader.is_none() {
            let s = TcpStream::connect(self.addr)?;
            s.set_read_timeout(Some(Duration::from_secs(60)))?;
            s.set_nodelay(true)?;
            self.reader = Some(BufReader::new(s));
        }
        let reader = self.reader.as_mut().unwrap();
        let body = body.unwrap_or("");
        let mut req = format!("{method} {path} HTTP/1.1\r\nHost: soak\r\n");
        if signed {
            req.push_str(&format!("Authorization: {AUTH}\r\n"));
        }
        req.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
        reader.get_mut().write_all(req.as_bytes())?;
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            return Err(std::io::Error::other("closed"));
        }
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let mut length = 0usize;
        let mut close = false;
        loop {
            let mut h = String::new();
            reader.read_line(&mut h)?;
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse().unwrap_or(0);
                }
                if k.eq_ignore_ascii_case("connection") && v.trim().eq_ignore_ascii_case("close") {
                    close = true;
                }
            }
        }
        let mut buf = vec![0u8; length];
        reader.read_exact(&mut buf)?;
        if close {
            self.reader = None;
        }
        Ok((status, String::from_utf8_lossy(&buf).into_owned()))
    }
}

fn action_body(topic: &str) -> String {
    format!(
        "{{\"roleArn\": \"{ROLE}\", \"actionParams\": {{\"publishFindingToSnsParams\": {{\"topicArn\": \"arn:aws:sns:us-east-1:123456789012:{topic}\"}}}}}}"
    )
}

struct Shared {
    done: AtomicU64,
    unexpected: AtomicU64,
    io_errors: AtomicU64,
    statuses: Mutex<std::collections::BTreeMap<u16, u64>>,
    first_unexpected: Mutex<Option<String>>,
}

/// One client: `count` requests, a mix decided by the request number.
fn client(addr: SocketAddr, id: usize, count: u64, shared: &Shared) {
    let mut conn = Conn { addr, reader: None };
    let mut live: std::collections::VecDeque<String> = Default::default();
    let mut created = 0u64;
    let mut tasks: Vec<String> = Vec::new();
    let window = "startTime=2020-01-01T00%3A00%3A00Z&endTime=2099-01-01T00%3A00%3A00Z";
    for i in 0..count {
        // (method, path, body, signed, expected statuses)
        let (method, path, body, signed, expect): (&str, String, Option<String>, bool, &[u16]) =
            match i % 40 {
                0..=9 => {
                    let name = format!("c{id}-{created}");
                    created += 1;
                    live.push_back(name.clone());
                    (
                        "POST",
                        format!("/mitigationactions/actions/{name}"),
                        Some(action_body(&name)),
                        true,
                        &[200],
                    )
                }
                10..=17 => match live.back() {
                    Some(name) => (
                        "GET",
                        format!("/mitigationactions/actions/{name}"),
                        None,
                        true,
                        &[200],
                    ),
                    None => (
                        "GET",
                        "/mitigationactions/actions".into(),
                        None,
                        true,
                        &[200],
                    ),
                },
                18..=21 => match live.front() {
                    Some(name) => (
                        "PATCH",
                        format!("/mitigationactions/actions/{name}"),
                        Some(action_body("updated")),
                        true,
                        &[200],
                    ),
                    None => (
                        "GET",
                        "/mitigationactions/actions".into(),
                        None,
                        true,
                        &[200],
                    ),
                },
                22..=25 => (
                    "GET",
                    "/mitigationactions/actions?maxResults=50".into(),
                    None,
                    true,
                    &[200],
                ),
                26..=33 => match (live.len() > 20).then(|| live.pop_front()).flatten() {
                    Some(name) => (
                        "DELETE",
                        format!("/mitigationactions/actions/{name}"),
                        None,
                        true,
                        &[200],
                    ),
                    None => (
                        "GET",
                        format!("/audit/mitigationactions/tasks?{window}&maxResults=10"),
                        None,
                        true,
                        &[200],
                    ),
                },
                34 => {
                    let task = format!("soak-{id}-{i}");
                    tasks.push(task.clone());
                    (
                        "POST",
                        format!("/audit/mitigationactions/tasks/{task}"),
                        Some(format!(
                            "{{\"target\": {{\"findingIds\": [\"f-0007\"]}}, \"auditCheckToActionsMapping\": {{\"LOGGING_DISABLED_CHECK\": [\"soak-sns\"]}}, \"clientRequestToken\": \"{task}\"}}"
                        )),
                        true,
                        // More than ten in progress: LimitExceededException.
                        &[200, 410],
                    )
                }
                35 => match tasks.last() {
                    Some(task) => (
                        "GET",
                        format!(
                            "/audit/mitigationactions/executions?taskId={task}&findingId=f-0007"
                        ),
                        None,
                        true,
                        &[200],
                    ),
                    None => (
                        "GET",
                        "/mitigationactions/actions".into(),
                        None,
                        true,
                        &[200],
                    ),
                },
                36 => (
                    "GET",
                    format!("/mitigationactions/actions/missing-{id}-{i}"),
                    None,
                    true,
                    &[404],
                ),
                37 => (
                    "GET",
                    "/mitigationactions/actions".into(),
                    None,
                    false,
                    &[403],
                ),
                38 => (
                    "POST",
                    format!("/mitigationactions/actions/bad-{id}-{i}"),
                    Some("{\"roleArn\": ".into()),
                    true,
                    &[400],
                ),
                _ => ("GET", "/no/such/route".into(), None, true, &[404]),
            };
        match conn.send(method, &path, body.as_deref(), signed) {
            Ok((status, text)) => {
                *shared.statuses.lock().unwrap().entry(status).or_insert(0) += 1;
                if !expect.contains(&status) {
                    shared.unexpected.fetch_add(1, Ordering::Relaxed);
                    let mut first = shared.first_unexpected.lock().unwrap();
                    if first.is_none() {
                        *first = Some(format!("{method} {path}: {status} {text}"));
                    }
                }
            }
            Err(_) => {
                shared.io_errors.fetch_add(1, Ordering::Relaxed);
            }
        }
        shared.done.fetch_add(1, Ordering::Relaxed);
    }
}

/// Runs the soak against a server that is already up.
pub fn run(opts: &Options) -> Report {
    let shared = Arc::new(Shared {
        done: AtomicU64::new(0),
        unexpected: AtomicU64::new(0),
        io_errors: AtomicU64::new(0),
        statuses: Mutex::new(Default::default()),
        first_unexpected: Mutex::new(None),
    });
    // The action every audit task uses.
    let mut setup = Conn {
        addr: opts.addr,
        reader: None,
    };
    let _ = setup.send(
        "POST",
        "/mitigationactions/actions/soak-sns",
        Some(&action_body("soak")),
        true,
    );
    let stop = Arc::new(AtomicBool::new(false));
    let samples = Arc::new(Mutex::new(Vec::new()));
    let sampler = {
        let (stop, samples, shared, pid) =
            (stop.clone(), samples.clone(), shared.clone(), opts.pid);
        std::thread::spawn(move || {
            while !stop.load(Ordering::Relaxed) {
                if let Some(kib) = rss_kib(pid) {
                    samples
                        .lock()
                        .unwrap()
                        .push((shared.done.load(Ordering::Relaxed), kib));
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        })
    };
    let started = Instant::now();
    let per_client = opts.requests / opts.clients as u64;
    let workers: Vec<_> = (0..opts.clients)
        .map(|id| {
            let extra = u64::from(id == 0) * (opts.requests % opts.clients as u64);
            let (shared, addr) = (shared.clone(), opts.addr);
            std::thread::spawn(move || client(addr, id, per_client + extra, &shared))
        })
        .collect();
    for w in workers {
        w.join().expect("client thread");
    }
    let seconds = started.elapsed().as_secs_f64();
    stop.store(true, Ordering::Relaxed);
    sampler.join().expect("sampler thread");
    let mut rss = samples.lock().unwrap().clone();
    if let Some(kib) = rss_kib(opts.pid) {
        rss.push((shared.done.load(Ordering::Relaxed), kib));
    }
    let report = Report {
        requests: shared.done.load(Ordering::Relaxed),
        unexpected: shared.unexpected.load(Ordering::Relaxed),
        io_errors: shared.io_errors.load(Ordering::Relaxed),
        by_status: shared.statuses.lock().unwrap().clone(),
        seconds,
        rss,
        first_unexpected: shared.first_unexpected.lock().unwrap().clone(),
    };
    report
}

fn main() {
    let mut server = String::from("target/release/iotmit");
    let mut requests = 100_000u64;
    let mut clients = 8usize;
    let mut state: Option<String> = None;
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--server" => server = value,
            "--requests" => requests = value.parse().expect("--requests N"),
            "--clients" => clients = value.parse().expect("--clients N"),
            "--state" => state = Some(value),
            other => panic!("unknown option {other}"),
        }
        i += 2;
    }
    let dir = std::env::temp_dir().join(format!("iotmit-soak-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("scratch folder");
    let state = state.unwrap_or_else(|| dir.join("soak.sqlite3").display().to_string());
    let mut child = std::process::Command::new(&server)
        .args([
            "local",
            "serve",
            "--port",
            "0",
            "--execution-ms",
            "5",
            "--state",
            &state,
        ])
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {server}: {e}"));
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the server's first line");
    let addr: SocketAddr = line
        .trim()
        .trim_start_matches("listening on http://")
        .parse()
        .expect("listening on http://ADDR");
    println!(
        "soak: {requests} requests from {clients} clients against {server} (pid {})",
        child.id()
    );
    let report = run(&Options {
        addr,
        pid: child.id(),
        clients,
        requests,
    });
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&dir);
    println!("{}", report.summary());
    println!("rss samples (requests done, KiB):");
    let step = (report.rss.len() / 20).max(1);
    for (done, kib) in report.rss.iter().step_by(step) {
        println!("  {done:>8} {kib:>8}");
    }
    if let Some(first) = &report.first_unexpected {
        println!("first unexpected answer: {first}");
    }
    let ok = report.unexpected == 0 && report.io_errors == 0 && report.requests == requests;
    std::process::exit(if ok { 0 } else { 1 });
}
