//! A loopback HTTP stub for tests: records every request and answers from a queue of canned
//! responses. It listens on 127.0.0.1 only and serves a bounded number of requests.

#![allow(dead_code)]

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// At most this many requests are answered by one stub.
const MAX_REQUESTS: usize = 200;

#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub body: Option<Value>,
    pub headers: Vec<(String, String)>,
}

/// The header that marks a reply whose body is sent as written, not as JSON; it is not sent.
const RAW_BODY: &str = "x-stub-raw-body";

impl Reply {
    /// A reply whose body is `text` as written (HTML, plain text, broken JSON, nothing).
    pub fn raw(status: u16, text: &str, headers: &[(&str, &str)]) -> Reply {
        let mut headers: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        headers.push((RAW_BODY.into(), String::new()));
        Reply {
            status,
            body: Some(Value::String(text.into())),
            headers,
        }
    }

    /// `{"status", "headers", "body"}` (the body sent as JSON) or `{"status", "headers", "raw"}`
    /// (sent as written), as the recording scripts write replies.
    pub fn from_json(v: &Value) -> Reply {
        let mut reply = Reply {
            status: v["status"].as_u64().unwrap_or(200) as u16,
            body: v.get("body").cloned().filter(|b| !b.is_null()),
            headers: v
                .get("headers")
                .and_then(Value::as_object)
                .map(|h| {
                    h.iter()
                        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                        .collect()
                })
                .unwrap_or_default(),
        };
        if let Some(text) = v["raw"].as_str() {
            reply.body = Some(Value::String(text.into()));
            reply.headers.push((RAW_BODY.into(), String::new()));
        }
        reply
    }
}

#[derive(Default)]
struct State {
    queue: Vec<Reply>,
    log: Vec<Value>,
    /// The `Authorization` header of each request, as sent.
    authorizations: Vec<String>,
    /// The path of each request as sent, percent-encoding and all.
    raw_paths: Vec<String>,
    /// Who signed each request: access key, region and session token (nulls when unsigned).
    signers: Vec<Value>,
    served: usize,
}

pub struct Stub {
    pub url: String,
    state: Arc<Mutex<State>>,
    stop: Arc<AtomicBool>,
}

impl Stub {
    pub fn start(replies: Vec<Reply>) -> Stub {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let url = format!("http://{}", listener.local_addr().unwrap());
        listener.set_nonblocking(true).unwrap();
        let state = Arc::new(Mutex::new(State {
            queue: replies,
            ..State::default()
        }));
        let stop = Arc::new(AtomicBool::new(false));
        let (st, sp) = (state.clone(), stop.clone());
        std::thread::spawn(move || {
            while !sp.load(Ordering::Relaxed) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let st = st.clone();
                        std::thread::spawn(move || serve(stream, st));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(2)),
                }
            }
        });
        Stub { url, state, stop }
    }

    /// The requests seen so far: method, path, sorted query pairs, JSON body (or null),
    /// whether it was signed, and the headers the model binds members to, when there are any.
    pub fn requests(&self) -> Vec<Value> {
        self.state.lock().unwrap().log.clone()
    }

    /// The path of each request as it was sent, before percent-decoding.
    pub fn raw_paths(&self) -> Vec<String> {
        self.state.lock().unwrap().raw_paths.clone()
    }

    /// The `Authorization` headers received, signatures included.
    pub fn authorizations(&self) -> Vec<String> {
        self.state.lock().unwrap().authorizations.clone()
    }

    /// Who signed each request: `{"key", "region", "token"}`, nulls where a request had none.
    pub fn signers(&self) -> Vec<Value> {
        self.state.lock().unwrap().signers.clone()
    }
}

impl Drop for Stub {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// `%XX` and `+` of a query string or form body, decoded.
/// The target directory the tests were built in, where `scripts/test` makes its virtualenvs.
pub fn target_dir() -> std::path::PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// The Python of a reference implementation: the one `env_var` names, else the virtualenv
/// `venv` under the target directory, else `python3`; the first whose output of the program
/// `check` is `expected`.
pub fn reference_python(
    env_var: &str,
    venv: &str,
    check: &str,
    expected: &str,
) -> Option<std::path::PathBuf> {
    let candidates = [
        std::env::var_os(env_var).map(std::path::PathBuf::from),
        Some(target_dir().join(venv).join("bin").join("python")),
        Some(std::path::PathBuf::from("python3")),
    ];
    candidates.into_iter().flatten().find(|python| {
        std::process::Command::new(python)
            .args(["-c", check])
            .output()
            .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == expected)
    })
}

/// Runs a reference script (`tests/suite/<script>`) under `python`, one JSON line per input on
/// its stdin: the JSON line it prints first (its version) and the one it answers to each input,
/// in order. The script must end with success.
pub fn run_reference(
    mut python: std::process::Command,
    script: &str,
    inputs: Vec<String>,
) -> (Value, Vec<Value>) {
    let script = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/suite")
        .join(script);
    let mut child = python
        .arg(&script)
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{:?}: {e}", python.get_program()));
    let count = inputs.len();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for line in inputs {
            writeln!(stdin, "{line}").unwrap();
        }
    });
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut next = || -> Value {
        let line = lines.next().expect("an answer for every input").unwrap();
        serde_json::from_str(&line).unwrap()
    };
    let head = next();
    let answers = (0..count).map(|_| next()).collect();
    writer.join().unwrap();
    assert!(child.wait().unwrap().success(), "{}", script.display());
    (head, answers)
}

/// Fails the test when util-linux `script`, which gives a command a pseudo-terminal, is missing
/// (`scripts/test` installs it).
pub fn require_script() {
    let found = std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        found,
        "util-linux script is needed for the terminal tests (Debian: apt-get install bsdutils); \
         scripts/test installs it"
    );
}

pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("");
                match u8::from_str_radix(hex, 16) {
                    Ok(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The access key and region of a SigV4 `Authorization` header, with the session token sent.
fn signer(authorization: Option<&str>, token: Value) -> Value {
    let scope = authorization
        .and_then(|a| a.split("Credential=").nth(1))
        .map(|c| {
            // The scope ends at the comma before SignedHeaders; a key may hold spaces.
            c.split(',')
                .next()
                .unwrap_or("")
                .split('/')
                .collect::<Vec<_>>()
        });
    let part = |i: usize| match &scope {
        Some(parts) if parts.len() > 2 => Value::String(parts[i].to_string()),
        _ => Value::Null,
    };
    json!({"key": part(0), "region": part(2), "token": token})
}

/// The headers the model binds input members to (`x-amzn-principal`), as the model spells them:
/// a request that carries one is logged with it.
fn modeled_headers() -> &'static [&'static str] {
    static HEADERS: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    HEADERS.get_or_init(|| {
        let mut names: Vec<&'static str> = iotmit::model::get()
            .shapes
            .values()
            .flat_map(|s| s.members.values())
            .filter(|m| m.location == Some("header"))
            .filter_map(|m| m.location_name)
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    })
}

fn serve(stream: TcpStream, state: Arc<Mutex<State>>) {
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let mut writer = match stream.try_clone() {
        Ok(w) => w,
        Err(_) => return,
    };
    let mut reader = BufReader::new(stream);
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let method = parts.next().unwrap_or("").to_string();
        let target = parts.next().unwrap_or("").to_string();
        let mut length = 0usize;
        let mut signed = false;
        let mut authorization = None;
        let mut token = Value::Null;
        let mut bound = serde_json::Map::new();
        loop {
            let mut h = String::new();
            if reader.read_line(&mut h).unwrap_or(0) == 0 {
                return;
            }
            let h = h.trim_end();
            if h.is_empty() {
                break;
            }
            if let Some((k, v)) = h.split_once(':') {
                let k = k.trim().to_ascii_lowercase();
                if k == "content-length" {
                    length = v.trim().parse().unwrap_or(0);
                }
                if k == "authorization" && v.contains("AWS4-HMAC-SHA256") {
                    signed = true;
                }
                if k == "authorization" {
                    authorization = Some(v.trim().to_string());
                }
                if k == "x-amz-security-token" {
                    token = Value::String(v.trim().to_string());
                }
                if let Some(name) = modeled_headers()
                    .iter()
                    .find(|h| h.eq_ignore_ascii_case(&k))
                {
                    bound.insert(name.to_string(), Value::String(v.trim().to_string()));
                }
            }
        }
        let mut body = vec![0u8; length];
        if reader.read_exact(&mut body).is_err() {
            return;
        }
        let (path, query) = target.split_once('?').unwrap_or((&target, ""));
        let mut pairs: Vec<(String, String)> = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        pairs.sort();
        let body_json = if body.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&body)
                .unwrap_or_else(|_| json!({"__raw__": String::from_utf8_lossy(&body)}))
        };
        let reply = {
            let mut st = state.lock().unwrap();
            if st.served >= MAX_REQUESTS {
                return;
            }
            st.served += 1;
            st.authorizations.extend(authorization.clone());
            st.raw_paths.push(path.to_string());
            st.signers.push(signer(authorization.as_deref(), token));
            let mut entry = json!({
                "method": method,
                "path": percent_decode(path),
                "query": pairs.iter().map(|(k, v)| json!([k, v])).collect::<Vec<_>>(),
                "auth": signed,
                "body": body_json,
            });
            if !bound.is_empty() {
                entry["headers"] = Value::Object(bound);
            }
            st.log.push(entry);
            if st.queue.is_empty() {
                Reply {
                    status: 200,
                    body: Some(json!({})),
                    headers: vec![],
                }
            } else {
                st.queue.remove(0)
            }
        };
        let raw = reply.headers.iter().any(|(k, _)| k == RAW_BODY);
        let data = match reply.body {
            Some(Value::String(text)) if raw => text,
            Some(b) => b.to_string(),
            None => String::new(),
        };
        let mut head = format!(
            "HTTP/1.1 {} X\r\nContent-Length: {}\r\n",
            reply.status,
            data.len()
        );
        if !reply
            .headers
            .iter()
            .any(|(k, _)| k.eq_ignore_ascii_case("content-type"))
        {
            head.push_str("Content-Type: application/json\r\n");
        }
        for (k, v) in reply.headers.iter().filter(|(k, _)| k != RAW_BODY) {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str("\r\n");
        if writer.write_all(head.as_bytes()).is_err() || writer.write_all(data.as_bytes()).is_err()
        {
            return;
        }
    }
}

/// The words of a recorded case (`"args"`), after the program name.
/// The usage text v2 prints about itself, where iotmit prints [`USAGE`].
pub const AWS_USAGE: &str =
    "usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]
To see help text, you can run:

  aws help
  aws <command> help
  aws <command> <subcommand> help
";

/// The usage text iotmit prints after a usage error.
pub const USAGE: &str = "usage: iotmit [options] <command> [parameters]
To see help text, you can run:

  iotmit help
  iotmit <command> help
";

pub fn case_args(case: &Value) -> Vec<&str> {
    case["args"]
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// The files of a recorded case (`"files"`) in `dir`: text, bytes (`{"hex": …}`) or
/// directories (`{"dir": true}`).
pub fn write_case_files(dir: &std::path::Path, case: &Value) {
    for (name, content) in case["files"].as_object().into_iter().flatten() {
        let path = dir.join(name);
        if content["dir"] == true {
            std::fs::create_dir_all(&path).unwrap();
        } else if let Some(hex) = content["hex"].as_str() {
            let bytes: Vec<u8> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
                .collect();
            std::fs::write(&path, bytes).unwrap();
        } else {
            std::fs::write(&path, content.as_str().unwrap()).unwrap();
        }
    }
}

/// A recorded v2 answer as iotmit gives it: its own name in the error label and the usage.
pub fn in_our_words(recorded: &Value) -> Value {
    let mut answer = recorded.clone();
    if let Some(stderr) = recorded["stderr"].as_str() {
        answer["stderr"] = Value::String(
            stderr
                .replace("aws: [ERROR]:", "iotmit: [ERROR]:")
                .replace(AWS_USAGE, USAGE),
        );
    }
    answer
}

/// The canned replies of a recorded case (`"responses"`).
pub fn case_replies(case: &Value) -> Vec<Reply> {
    case["responses"]
        .as_array()
        .map(|r| r.iter().map(Reply::from_json).collect())
        .unwrap_or_default()
}

/// A scratch directory with an AWS config file that sets the region and timestamp format, and
/// the environment that points the CLI at it with static test credentials.
pub struct Env {
    pub dir: std::path::PathBuf,
}

impl Env {
    pub fn new(ts: &str) -> Env {
        let dir = std::env::temp_dir().join(format!(
            "iotmit-test-{}-{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("config"),
            format!("[default]\nregion = us-east-1\ncli_timestamp_format = {ts}\n"),
        )
        .unwrap();
        Env { dir }
    }

    pub fn command(&self) -> std::process::Command {
        self.command_named(env!("CARGO_BIN_EXE_iotmit"))
    }

    /// Another program, with the same clean environment as iotmit gets.
    pub fn command_named(&self, program: &str) -> std::process::Command {
        let mut c = std::process::Command::new(program);
        for (k, _) in std::env::vars() {
            let proxy = k.to_ascii_lowercase().ends_with("_proxy");
            if k.starts_with("AWS_")
                || k.starts_with("IOTMIT_")
                || proxy
                || k == "REQUESTS_CA_BUNDLE"
            {
                c.env_remove(k);
            }
        }
        c.env_remove("COLUMNS").env_remove("NO_COLOR");
        c.current_dir(&self.dir)
            .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
            .env("AWS_SECRET_ACCESS_KEY", "secret")
            .env("AWS_CONFIG_FILE", self.dir.join("config"))
            .env("AWS_SHARED_CREDENTIALS_FILE", self.dir.join("nocreds"))
            .env("AWS_EC2_METADATA_DISABLED", "true")
            .env("AWS_PAGER", "")
            .env("TZ", "UTC")
            .stdin(std::process::Stdio::null());
        c
    }
}

impl Drop for Env {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// `iotmit local serve` running as a child process on a free loopback port; killed when dropped.
pub struct Served {
    pub child: std::process::Child,
    pub url: String,
    pub addr: std::net::SocketAddr,
    stderr: std::path::PathBuf,
}

impl Served {
    /// Serves `state` (a file in `env.dir`) with the extra options given (`--faults …`).
    pub fn start(env: &Env, state: &str, extra: &[&str]) -> Served {
        let stderr = env.dir.join(format!(
            "serve-{}.stderr",
            COUNTER.fetch_add(1, Ordering::Relaxed)
        ));
        let mut child = env
            .command()
            .args(["local", "serve", "--port", "0", "--execution-ms", "20"])
            .args(["--state", env.dir.join(state).to_str().unwrap()])
            .args(extra)
            .stdout(std::process::Stdio::piped())
            .stderr(std::fs::File::create(&stderr).unwrap())
            .spawn()
            .unwrap();
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let url = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .to_string();
        let addr = url.trim_start_matches("http://").parse().unwrap();
        Served {
            child,
            url,
            addr,
            stderr,
        }
    }

    /// What the server printed on stderr so far.
    pub fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }

    /// The faults injected so far, by kind: (throttle, error, reset).
    pub fn faults(&self) -> (usize, usize, usize) {
        let text = self.stderr();
        let count = |kind: &str| {
            text.lines()
                .filter(|l| l.starts_with("fault: ") && l.ends_with(&format!(": {kind}")))
                .count()
        };
        (count("throttle"), count("error"), count("reset"))
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Requests sent, counted from a `--debug` trace.
pub fn attempts(stderr: &str) -> usize {
    stderr
        .lines()
        .filter(|l| l.starts_with("request: "))
        .count()
}

/// Writes the AWS config file of `env` with extra lines.
pub fn config(env: &Env, extra: &str) {
    std::fs::write(
        env.dir.join("config"),
        format!("[default]\nregion = us-east-1\ncli_timestamp_format = iso8601\n{extra}"),
    )
    .unwrap();
}

/// A loopback proxy: a CONNECT request is tunnelled to the address it names; any other request
/// (an absolute URL, as sent to a forward proxy) is answered with `{"actionName": "proxied"}`.
/// Records the head (request line and headers, lower-cased names) of every request it gets.
pub struct Proxy {
    pub url: String,
    pub port: u16,
    heads: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    pub fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        let port = listener.local_addr().unwrap().port();
        let heads = Arc::new(Mutex::new(Vec::new()));
        let seen = heads.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().take(MAX_REQUESTS) {
                let Ok(stream) = stream else { continue };
                let seen = seen.clone();
                std::thread::spawn(move || proxy_one(stream, seen));
            }
        });
        Proxy {
            url: format!("http://127.0.0.1:{port}"),
            port,
            heads,
        }
    }

    /// The heads received so far.
    pub fn heads(&self) -> Vec<String> {
        self.heads.lock().unwrap().clone()
    }
}

fn proxy_one(stream: TcpStream, seen: Arc<Mutex<Vec<String>>>) {
    stream.set_read_timeout(Some(Duration::from_secs(10))).ok();
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        if line == "\r\n" {
            break;
        }
        let line = match line.split_once(':') {
            Some((k, v)) if !head.is_empty() => format!("{}:{v}", k.to_ascii_lowercase()),
            _ => line,
        };
        head.push_str(&line);
    }
    seen.lock().unwrap().push(head.clone());
    let mut client = reader.into_inner();
    let first = head.lines().next().unwrap_or("").to_string();
    if let Some(target) = first
        .strip_prefix("CONNECT ")
        .and_then(|r| r.split(' ').next())
    {
        let Ok(upstream) = TcpStream::connect(target) else {
            let _ = client.write_all(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n");
            return;
        };
        let _ = client.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
        let (mut a, mut b) = (client.try_clone().unwrap(), upstream.try_clone().unwrap());
        let (mut c, mut d) = (client, upstream);
        std::thread::spawn(move || {
            let _ = std::io::copy(&mut a, &mut b);
        });
        let _ = std::io::copy(&mut d, &mut c);
        return;
    }
    let body = r#"{"actionName": "proxied"}"#;
    let _ = client.write_all(
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
        .as_bytes(),
    );
}
