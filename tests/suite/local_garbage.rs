//! The local endpoint under hostile input: loopback by default, and thousands of malformed
//! HTTP requests and JSON bodies (random bytes, cut and corrupted requests, huge lines, bad
//! chunking, deep nesting, pipelining, connections left half-open) are each refused with a 4xx
//! or a closed connection — never a 5xx or a crash — and the endpoint keeps answering.

use crate::local_common as common;

use common::*;
use iotmit::local::ServeOptions;
use serde_json::json;
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::time::Duration;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

fn valid_create(name: &str) -> Vec<u8> {
    let body = json!({"roleArn": "arn:aws:iam::111122223333:role/MitigationRole", "actionParams": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}}).to_string();
    format!(
        "POST /mitigationactions/actions/{name} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn signed_get(path: &str) -> Vec<u8> {
    format!("GET {path} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\n\r\n").into_bytes()
}

/// One malformed input of the kind `kind`.
fn garbage(rng: &mut Rng, kind: usize, i: usize) -> Vec<u8> {
    match kind {
        0 => {
            let n = rng.below(2000);
            rng.bytes(n)
        }
        1 => {
            let mut r = valid_create(&format!("cut-{i}"));
            let at = rng.below(r.len());
            r.truncate(at);
            r
        }
        2 => {
            let mut r = valid_create(&format!("flip-{i}"));
            for _ in 0..1 + rng.below(6) {
                let at = rng.below(r.len());
                r[at] = rng.next() as u8;
            }
            r
        }
        3 => {
            let path = "/mitigationactions/actions/".to_string()
                + &"a".repeat(10_000 + rng.below(100_000));
            signed_get(&path)
        }
        4 => {
            let mut r = String::from("GET /mitigationactions/actions HTTP/1.1\r\nHost: x\r\n");
            if rng.below(2) == 0 {
                for h in 0..300 {
                    r.push_str(&format!("X-H{h}: v\r\n"));
                }
            } else {
                r.push_str(&format!("X-Long: {}\r\n", "v".repeat(200_000)));
            }
            r.push_str(&format!("Authorization: {AUTH}\r\n\r\n"));
            r.into_bytes()
        }
        5 => {
            let sizes = ["zz", "ffffffffffffffffff", "-1", "10000000", "5;ext=\"", ""];
            let size = sizes[rng.below(sizes.len())];
            format!(
                "POST /mitigationactions/actions/chunk-{i} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\nTransfer-Encoding: chunked\r\n\r\n{size}\r\n{{\"a\":1}}\r\n0\r\n\r\n"
            )
            .into_bytes()
        }
        6 => {
            let mut body = json!({"roleArn": "arn:aws:iam::111122223333:role/MitigationRole", "actionParams": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}, "tags": [{"Key": "k", "Value": "v"}]}).to_string().into_bytes();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(body.len());
                match rng.below(3) {
                    0 => {
                        let tokens = b"{}[]\":,\\\x00\xff";
                        body[at] = tokens[rng.below(tokens.len())];
                    }
                    1 => {
                        body.remove(at);
                    }
                    _ => body.insert(at, rng.next() as u8),
                }
            }
            let mut r = format!(
                "POST /mitigationactions/actions/json-{i} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\nContent-Length: {}\r\n\r\n",
                body.len()
            )
            .into_bytes();
            r.extend(body);
            r
        }
        7 => {
            let depth = 1000 + rng.below(100_000);
            let body = format!("{{\"roleArn\": {}", "[".repeat(depth));
            format!(
                "POST /mitigationactions/actions/deep-{i} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            )
            .into_bytes()
        }
        8 => {
            let heads = [
                "Content-Length: 5\r\nContent-Length: 7\r\n",
                "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
                "Content-Length: 99999999999999999999\r\n",
                "Transfer-Encoding: gzip, chunked\r\n",
                "Content-Length: 3\r\n",
                "Expect: 100-continue\r\nContent-Length: 2\r\n",
            ];
            let head = heads[rng.below(heads.len())];
            format!(
                "PUT /detect/mitigationactions/tasks/t-{i} HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\n{head}\r\n{{}}\r\n\r\n"
            )
            .into_bytes()
        }
        _ => {
            let mut r = signed_get("/mitigationactions/actions");
            r.extend(signed_get("/audit/mitigationactions/tasks?startTime=x"));
            r.extend(signed_get(&format!(
                "/mitigationactions/actions/%{:02x}",
                rng.below(256)
            )));
            let n = rng.below(300);
            r.extend(rng.bytes(n));
            r
        }
    }
}

/// Sends the bytes, ends the sending side and reads whatever comes back.
fn send(addr: SocketAddr, bytes: &[u8]) -> Vec<u8> {
    let mut s = TcpStream::connect(addr).expect("the endpoint accepts connections");
    s.set_read_timeout(Some(Duration::from_secs(20))).ok();
    let _ = s.write_all(bytes);
    let _ = s.shutdown(Shutdown::Write);
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    out
}

/// Every status line in a reply (pipelined requests get several).
fn statuses(reply: &[u8]) -> Vec<u16> {
    let text = String::from_utf8_lossy(reply);
    text.match_indices("HTTP/1.1 ")
        .filter_map(|(at, _)| text[at + 9..].get(..3)?.parse().ok())
        .collect()
}

fn still_answers(addr: SocketAddr) {
    let r = call(addr, "GET", "/mitigationactions/actions", None, true);
    assert_eq!(r.status, 200, "{}", r.text);
}

#[test]
fn the_endpoint_listens_on_loopback_unless_told_otherwise() {
    assert!(ServeOptions::default().bind.is_loopback());
    let dir = Scratch::new("loopback");
    let s = Server::start(ServeOptions {
        state: dir.path("s.sqlite3"),
        ..ServeOptions::default()
    });
    assert!(s.addr.ip().is_loopback());
}

#[test]
fn garbage_over_tcp_is_refused_and_the_endpoint_keeps_answering() {
    let dir = Scratch::new("garbage");
    let s = Server::with_seed(&dir, 20);
    let mut rng = Rng(0x1234_5678_9abc_def1);
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    const INPUTS: usize = 1000;
    for i in 0..INPUTS {
        let kind = i % 10;
        let input = garbage(&mut rng, kind, i);
        let reply = send(s.addr, &input);
        let codes = statuses(&reply);
        for code in &codes {
            assert!(
                *code < 500,
                "kind {kind} input {i} got {code}: {}",
                String::from_utf8_lossy(&reply[..reply.len().min(400)])
            );
        }
        let key = match codes.first() {
            Some(c) => format!("{}xx", c / 100),
            None => "closed".into(),
        };
        *seen.entry(key).or_default() += 1;
        if i % 50 == 49 {
            still_answers(s.addr);
        }
    }
    // Connections left half-open do not stop the others.
    let idle: Vec<TcpStream> = (0..50)
        .map(|_| {
            let mut c = TcpStream::connect(s.addr).unwrap();
            let _ = c.write_all(b"POST /mitigationactions/actions/x HTTP/1.1\r\nContent-Le");
            c
        })
        .collect();
    still_answers(s.addr);
    drop(idle);
    // And it still does real work.
    s.call(
        "POST",
        "/mitigationactions/actions/after-garbage",
        Some(json!({"roleArn": ROLE, "actionParams": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}})),
    )
    .expect_ok();
    s.call("GET", "/mitigationactions/actions/after-garbage", None)
        .expect_ok();
    eprintln!("{INPUTS} malformed inputs over TCP: {seen:?}; the endpoint kept answering");
}
