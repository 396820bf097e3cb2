//! The wire protocol: SigV4 requirement, error format, routing, body limits,
//! malformed requests, and the in-process helper.

use crate::local_common as common;

use common::*;
use iotmit::local::{self, ServeOptions};
use serde_json::json;

#[test]
fn unsigned_requests_are_refused() {
    let dir = Scratch::new("auth");
    let s = Server::with_seed(&dir, 20);
    let r = call(s.addr, "GET", "/mitigationactions/actions", None, false);
    r.expect_error(403, "MissingAuthenticationTokenException");
    assert_eq!(r.json, json!({"message": "Missing Authentication Token"}));
    // Even on paths that do not exist.
    call(s.addr, "GET", "/no/such/path", None, false)
        .expect_error(403, "MissingAuthenticationTokenException");

    let req = format!(
        "GET /mitigationactions/actions HTTP/1.1\r\nHost: {}\r\nAuthorization: Basic dXNlcjpwYXNz\r\nConnection: close\r\n\r\n",
        s.addr
    );
    let r = parse_reply(&raw(s.addr, req.as_bytes()));
    r.expect_error(403, "IncompleteSignatureException");

    // Presigned query strings are accepted.
    let r = call(
        s.addr,
        "GET",
        "/mitigationactions/actions?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=x%2F20261121%2Fus-east-1%2Fiot%2Faws4_request&X-Amz-Signature=00",
        None,
        false,
    );
    r.expect_ok();
    // Any key is accepted.
    let r = call(s.addr, "GET", "/mitigationactions/actions", None, true);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert!(r.header("x-amzn-RequestId").is_some());
}

#[test]
fn routing_and_errors() {
    let dir = Scratch::new("routing");
    let s = Server::with_seed(&dir, 20);
    s.call("GET", "/no-such-resource", None)
        .expect_error(404, "UnknownOperationException");
    s.call("PUT", "/mitigationactions/actions/x", None)
        .expect_error(404, "UnknownOperationException");
    s.call("POST", "/detect/mitigationactions/tasks/x", Some(json!({})))
        .expect_error(404, "UnknownOperationException");
    let r = s.call("GET", "/mitigationactions/actions/%FF", None);
    r.expect_error(400, "InvalidRequestException");
    // Error bodies carry only the message (plus the modeled extra members).
    let r = s.call("GET", "/mitigationactions/actions/missing", None);
    assert_eq!(
        r.json.as_object().unwrap().keys().collect::<Vec<_>>(),
        ["message"]
    );
}

#[test]
fn body_limits_and_malformed_http() {
    let dir = Scratch::new("limits");
    let s = Server::with_seed(&dir, 20);
    // Declared too large.
    let req = format!(
        "POST /mitigationactions/actions/a HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\nContent-Length: 2000000\r\nConnection: close\r\n\r\n{{}}"
    );
    let r = parse_reply(&raw(s.addr, req.as_bytes()));
    r.expect_error(413, "RequestEntityTooLargeException");
    // Actually too large, chunked.
    let chunk = "a".repeat(64 * 1024);
    let mut req = format!(
        "POST /mitigationactions/actions/a HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    );
    for _ in 0..17 {
        req.push_str(&format!("{:x}\r\n{chunk}\r\n", chunk.len()));
    }
    req.push_str("0\r\n\r\n");
    let r = parse_reply(&raw(s.addr, req.as_bytes()));
    r.expect_error(413, "RequestEntityTooLargeException");
    // A body just under the limit is read (and refused for its content).
    let big = json!({"roleArn": "x".repeat(900_000), "actionParams": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}});
    s.call("POST", "/mitigationactions/actions/a", Some(big))
        .expect_error(400, "InvalidRequestException");

    // Garbage instead of HTTP: no crash, the server keeps serving.
    let reply = raw(s.addr, b"\x00\x01\x02 not http at all\r\n\r\n");
    assert!(
        reply.is_empty() || reply.starts_with("HTTP/1.1 4"),
        "{reply}"
    );
    let reply = raw(
        s.addr,
        b"GET /mitigationactions/actions HTTP/1.1\r\nHost: x\r\nContent-Length: nope\r\n\r\n",
    );
    assert!(
        reply.is_empty() || reply.starts_with("HTTP/1.1 4"),
        "{reply}"
    );
    let reply = raw(
        s.addr,
        b"POST /mitigationactions/actions/a HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\n{",
    );
    assert!(
        reply.is_empty() || reply.starts_with("HTTP/1.1 4"),
        "{reply}"
    );
    // Invalid UTF-8 in the body and in the query string.
    let mut req = format!(
        "POST /mitigationactions/actions/a HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\nContent-Length: 3\r\nConnection: close\r\n\r\n"
    )
    .into_bytes();
    req.extend_from_slice(&[0xff, 0xfe, 0x7b]);
    parse_reply(&raw(s.addr, &req)).expect_error(400, "InvalidRequestException");
    s.call("GET", "/mitigationactions/actions?actionType=%FF", None)
        .expect_error(400, "InvalidRequestException");
    s.call("GET", "/mitigationactions/actions", None)
        .expect_ok();
}

#[test]
fn keep_alive_connections() {
    use std::io::{Read, Write};
    let dir = Scratch::new("keepalive");
    let s = Server::with_seed(&dir, 20);
    let mut stream = std::net::TcpStream::connect(s.addr).unwrap();
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .unwrap();
    for _ in 0..3 {
        let req = format!(
            "GET /mitigationactions/actions HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\n\r\n"
        );
        stream.write_all(req.as_bytes()).unwrap();
        let mut buf = vec![0u8; 4096];
        let n = stream.read(&mut buf).unwrap();
        let text = String::from_utf8_lossy(&buf[..n]);
        assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    }
}

#[test]
fn in_process_helper_and_default_path() {
    let dir = Scratch::new("inprocess");
    let state = dir.path("nested/dir/state.sqlite3");
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let addr = rt.block_on(async {
        let addr = local::spawn_in_process(&state, 20).await.unwrap();
        assert!(addr.ip().is_loopback());
        // The server runs on this runtime: talk to it from a blocking thread while it is polled.
        let r = tokio::task::spawn_blocking(move || {
            call(addr, "GET", "/mitigationactions/actions", None, true)
        })
        .await
        .unwrap();
        assert_eq!(r.status, 200);
        addr
    });
    drop(rt);
    assert!(state.exists());
    // Once the runtime is gone, so is the server.
    assert!(std::net::TcpStream::connect(addr).is_err());

    let p = local::default_state_path();
    assert!(p.ends_with("iotmit/local.sqlite3"), "{}", p.display());
    let defaults = ServeOptions::default();
    assert_eq!(defaults.bind.to_string(), "127.0.0.1");
    assert_eq!(defaults.execution_ms, 200);
    assert_eq!(defaults.port, 0);
}
