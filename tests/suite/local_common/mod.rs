//! Helpers of the local endpoint's integration tests: a server on its own
//! thread and runtime, a raw HTTP/1.1 client over std TcpStream, scratch
//! folders, and the seed data set the tests share.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use iotmit::local::{self, ServeOptions};
use serde_json::Value;

pub const AUTH: &str = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261121/us-east-1/iot/aws4_request, SignedHeaders=host;x-amz-date, Signature=0000";

/// The seed the task tests use.
pub const TEST_SEED: &str = r#"
account: "111122223333"
region: eu-west-1
auditTasks:
  - taskId: audit-1
    findings:
      - {findingId: f-ok, checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK, reasonCode: CERTIFICATE_APPROACHING_EXPIRATION, resource: {type: DEVICE_CERTIFICATE, id: cert-ok, state: ACTIVE, things: [thing-ok]}}
      - {findingId: f-revoked, checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK, reasonCode: CERTIFICATE_PAST_EXPIRATION, resource: {type: DEVICE_CERTIFICATE, id: cert-revoked, state: REVOKED, things: [thing-ok]}}
      - {findingId: f-full, checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK, reasonCode: CERTIFICATE_APPROACHING_EXPIRATION, resource: {type: DEVICE_CERTIFICATE, id: cert-full, state: ACTIVE, things: [thing-full]}}
      - {findingId: f-ca, checkName: CA_CERTIFICATE_EXPIRING_CHECK, reasonCode: CERTIFICATE_APPROACHING_EXPIRATION, resource: {type: CA_CERTIFICATE, id: ca-1}}
      - {findingId: f-log, checkName: LOGGING_DISABLED_CHECK, reasonCode: LOGGING_DISABLED, resource: {type: ACCOUNT_SETTINGS, id: "111122223333"}}
  - taskId: audit-2
    findings:
      - {findingId: f-other, checkName: DEVICE_CERTIFICATE_EXPIRING_CHECK, reasonCode: CERTIFICATE_APPROACHING_EXPIRATION, resource: {type: DEVICE_CERTIFICATE, id: cert-other, things: [thing-dyn]}}
violations:
  - {violationId: v-1, securityProfileName: prof, behaviorName: b1, thingName: thing-ok, startTime: "2026-01-10T00:00:00Z"}
  - {violationId: v-2, securityProfileName: prof, behaviorName: b2, thingName: thing-full, startTime: "2026-01-20T00:00:00Z"}
  - {violationId: v-3, securityProfileName: prof, behaviorName: b1, thingName: thing-ok, startTime: "2026-02-01T00:00:00Z", active: false}
  - {violationId: v-4, securityProfileName: prof, behaviorName: b1, thingName: thing-sup, startTime: "2026-02-05T00:00:00Z", suppressed: true}
  - {violationId: v-5, securityProfileName: other, behaviorName: b1, thingName: thing-dyn, startTime: "2026-02-05T00:00:00Z"}
things:
  - {thingName: thing-full, thingGroups: [g1, g2, g3, g4, g5, g6, g7, g8, g9, g10]}
  - {thingName: thing-dyn, thingGroups: [g1, g2, g3, g4, g5, g6, g7, g8, g9], dynamicThingGroups: [d1]}
mitigationActions:
  - actionName: seeded-sns
    roleArn: "arn:aws:iam::111122223333:role/r"
    actionParams: {publishFindingToSnsParams: {topicArn: "arn:aws:sns:eu-west-1:111122223333:t"}}
"#;

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// A scratch folder removed when dropped.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        let dir = std::env::temp_dir().join(format!(
            "iotmit-local-test-{tag}-{}-{}-{nanos}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).expect("scratch folder");
        Scratch(dir)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.0.join(name)
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, text).expect("write scratch file");
        p
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A local endpoint running on its own thread.
pub struct Server {
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Server {
    pub fn try_start(opts: ServeOptions) -> Result<Server, String> {
        let (tx_addr, rx_addr) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                match local::bind(opts).await {
                    Ok((addr, serving)) => {
                        let _ = tx_addr.send(Ok(addr));
                        tokio::select! {
                            _ = serving => {}
                            _ = stop_rx => {}
                        }
                    }
                    Err(e) => {
                        let _ = tx_addr.send(Err(format!("{e:#}")));
                    }
                }
            });
        });
        match rx_addr.recv() {
            Ok(Ok(addr)) => Ok(Server {
                addr,
                stop: Some(stop_tx),
                thread: Some(thread),
            }),
            Ok(Err(e)) => {
                let _ = thread.join();
                Err(e)
            }
            Err(e) => Err(format!("server thread ended: {e}")),
        }
    }

    pub fn start(opts: ServeOptions) -> Server {
        Server::try_start(opts).expect("server starts")
    }

    /// A server on a fresh state in `dir`, with the test seed and this execution time.
    pub fn with_seed(dir: &Scratch, execution_ms: u64) -> Server {
        let seed = dir.write("seed.yaml", TEST_SEED);
        Server::start(ServeOptions {
            state: dir.path("state.sqlite3"),
            seed: Some(seed),
            execution_ms,
            ..ServeOptions::default()
        })
    }

    pub fn on_state(state: &Path, execution_ms: u64) -> Server {
        Server::start(ServeOptions {
            state: state.to_path_buf(),
            execution_ms,
            ..ServeOptions::default()
        })
    }

    pub fn call(&self, method: &str, path: &str, body: Option<Value>) -> Resp {
        call(
            self.addr,
            method,
            path,
            body.map(|b| b.to_string()).as_deref(),
            true,
        )
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// A reply.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub text: String,
    pub json: Value,
}

impl Resp {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    pub fn error_type(&self) -> Option<&str> {
        self.header("x-amzn-ErrorType")
    }

    pub fn message(&self) -> String {
        self.json["message"]
            .as_str()
            .unwrap_or_default()
            .to_string()
    }

    /// Asserts an error reply.
    pub fn expect_error(&self, status: u16, code: &str) -> &Self {
        assert_eq!(self.status, status, "unexpected reply: {}", self.text);
        assert_eq!(
            self.error_type(),
            Some(code),
            "unexpected reply: {}",
            self.text
        );
        self
    }

    pub fn expect_ok(&self) -> &Value {
        assert_eq!(self.status, 200, "unexpected reply: {}", self.text);
        &self.json
    }
}

/// Sends raw bytes and returns the raw reply (empty when the connection closed without one).
pub fn raw(addr: SocketAddr, bytes: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).ok();
    let _ = s.write_all(bytes);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).to_string()
}

pub fn parse_reply(reply: &str) -> Resp {
    let (head, body) = reply.split_once("\r\n\r\n").unwrap_or((reply, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    Resp {
        status,
        headers,
        text: body.to_string(),
        json: serde_json::from_str(body).unwrap_or(Value::Null),
    }
}

/// One request over a fresh connection.
pub fn call(addr: SocketAddr, method: &str, path: &str, body: Option<&str>, signed: bool) -> Resp {
    let body = body.unwrap_or("");
    let mut req = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if signed {
        req.push_str(&format!(
            "Authorization: {AUTH}\r\nX-Amz-Date: 20261121T000000Z\r\n"
        ));
    }
    if !body.is_empty() || matches!(method, "POST" | "PUT" | "PATCH") {
        req.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    req.push_str("\r\n");
    req.push_str(body);
    parse_reply(&raw(addr, req.as_bytes()))
}

pub const ROLE: &str = "arn:aws:iam::111122223333:role/MitigationRole";

/// Creates an action, asserting success.
pub fn create_action(s: &Server, name: &str, params: Value) -> Value {
    s.call(
        "POST",
        &format!("/mitigationactions/actions/{name}"),
        Some(serde_json::json!({ "roleArn": ROLE, "actionParams": params })),
    )
    .expect_ok()
    .clone()
}

/// The standard actions of the task tests.
pub fn create_standard_actions(s: &Server) {
    create_action(
        s,
        "deact",
        serde_json::json!({"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}),
    );
    create_action(
        s,
        "deact-ca",
        serde_json::json!({"updateCACertificateParams": {"action": "DEACTIVATE"}}),
    );
    create_action(
        s,
        "quarantine",
        serde_json::json!({"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine"]}}),
    );
    create_action(
        s,
        "quarantine-override",
        serde_json::json!({"addThingsToThingGroupParams": {"thingGroupNames": ["quarantine"], "overrideDynamicGroups": true}}),
    );
    create_action(
        s,
        "sns",
        serde_json::json!({"publishFindingToSnsParams": {"topicArn": "arn:aws:sns:eu-west-1:111122223333:findings"}}),
    );
    create_action(
        s,
        "logging",
        serde_json::json!({"enableIoTLoggingParams": {"roleArnForLogging": ROLE, "logLevel": "INFO"}}),
    );
}

/// Polls `f` until it returns `Some`, for at most `secs` seconds.
pub fn eventually<T>(secs: u64, mut f: impl FnMut() -> Option<T>) -> T {
    let deadline = std::time::Instant::now() + Duration::from_secs(secs);
    loop {
        if let Some(v) = f() {
            return v;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "condition not reached in {secs}s"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A wide time window for the list operations that require one.
pub const WINDOW: &str = "startTime=2020-01-01T00:00:00Z&endTime=2099-01-01T00:00:00Z";
