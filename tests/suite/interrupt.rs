//! Ctrl-C: wherever SIGINT reaches iotmit, it exits 130, and what it printed on stdout is one
//! whole JSON document or nothing.

use crate::common;
use crate::local_common;

use common::{Env, Served};
use serde_json::{json, Value};
use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const ROLE: &str = "arn:aws:iam::123456789012:role/MitigationRole";

/// Whether the process catches SIGINT yet (its handler is installed).
fn catches_sigint(pid: u32) -> bool {
    let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) else {
        return false;
    };
    status
        .lines()
        .find_map(|l| l.strip_prefix("SigCgt:"))
        .and_then(|mask| u64::from_str_radix(mask.trim(), 16).ok())
        .is_some_and(|mask| mask & (1 << (libc::SIGINT - 1)) != 0)
}

/// Waits until the child has started (handles SIGINT), then waits `after` and sends SIGINT.
fn interrupt(child: &Child, after: Duration) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !catches_sigint(child.id()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_micros(200));
    }
    std::thread::sleep(after);
    // SAFETY: kill(2) on a child of this test.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
}

fn spawn(mut cmd: Command) -> Child {
    cmd.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn finish(child: Child) -> (Option<i32>, String, String) {
    let out = child.wait_with_output().unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_call_waiting_for_its_answer_exits_130_and_prints_nothing() {
    let env = Env::new("iso8601");
    let s = Served::start(&env, "s.sqlite3", &["--faults", "latency=20s"]);
    let mut cmd = env.command();
    cmd.args(["list-mitigation-actions", "--endpoint-url", &s.url]);
    let child = spawn(cmd);
    interrupt(&child, Duration::from_millis(300));
    let (code, stdout, stderr) = finish(child);
    assert_eq!(code, Some(130), "{stderr}");
    assert_eq!(stdout, "");
    assert_eq!(stderr, "\n");
}

/// Creates 400 actions named `<prefix>-0000` to `<prefix>-0399`.
fn create_actions(server: &local_common::Server, prefix: &str) {
    for i in 0..400 {
        let r = server.call(
            "POST",
            &format!("/mitigationactions/actions/{prefix}-{i:04}"),
            Some(json!({"roleArn": ROLE, "actionParams": {"updateDeviceCertificateParams": {"action": "DEACTIVATE"}}})),
        );
        assert_eq!(r.status, 200, "{}", r.text);
    }
}

/// Runs a command whose output is larger than a pipe holds: once its first byte is read and
/// `settle` has passed (the rest fills the pipe and blocks the writer), sends SIGINT, then reads
/// everything. Returns the exit code, all of stdout and stderr.
fn interrupt_while_printing(cmd: Command, settle: Duration) -> (Option<i32>, Vec<u8>, String) {
    let mut child = spawn(cmd);
    let mut stdout = child.stdout.take().unwrap();
    let mut text = vec![0u8; 1];
    stdout.read_exact(&mut text).unwrap();
    std::thread::sleep(settle);
    // SAFETY: kill(2) on a child of this test.
    unsafe { libc::kill(child.id() as libc::pid_t, libc::SIGINT) };
    std::thread::sleep(Duration::from_millis(100));
    stdout.read_to_end(&mut text).unwrap();
    let (code, _, stderr) = finish(child);
    (code, text, stderr)
}

#[test]
fn an_interrupted_print_finishes_the_document_then_exits_130() {
    let env = Env::new("iso8601");
    let state = env.dir.join("s.sqlite3");
    let server = local_common::Server::on_state(&state, 20);
    // Well over a pipe's 64 KiB of JSON.
    create_actions(&server, "action-with-a-long-name");
    let mut cmd = env.command();
    cmd.args([
        "list-mitigation-actions",
        "--endpoint-url",
        &format!("http://{}", server.addr),
    ]);
    let (code, text, _) = interrupt_while_printing(cmd, Duration::from_millis(200));
    assert_eq!(code, Some(130));
    assert!(text.len() > 64 * 1024, "{} bytes", text.len());
    let doc: Value = serde_json::from_slice(&text).expect("the whole document");
    assert_eq!(doc["actionIdentifiers"].as_array().map(Vec::len), Some(400));
}

#[test]
fn an_interrupted_streamed_listing_ends_after_a_whole_page_with_130() {
    let env = Env::new("iso8601");
    let state = env.dir.join("s.sqlite3");
    let server = local_common::Server::on_state(&state, 20);
    // Lines of about 300 bytes: the listing is well over a pipe's 64 KiB.
    create_actions(&server, &"a-long-action-name".repeat(5));
    let mut cmd = env.command();
    cmd.args([
        "list-mitigation-actions",
        "--endpoint-url",
        &format!("http://{}", server.addr),
        "--output",
        "text",
        "--page-size",
        "50",
    ]);
    let (code, text, stderr) = interrupt_while_printing(cmd, Duration::from_millis(300));
    assert_eq!(code, Some(130), "{stderr}");
    let text = String::from_utf8(text).unwrap();
    assert!(text.ends_with('\n'));
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines
            .iter()
            .all(|l| l.starts_with("ACTIONIDENTIFIERS\t") && l.split('\t').count() == 4),
        "{text}"
    );
    // Whole pages only, and not all of them: the listing stopped at the interruption.
    assert_eq!(lines.len() % 50, 0, "{} lines", lines.len());
    assert!(lines.len() < 400, "{} lines", lines.len());
}

#[test]
fn sigint_at_any_moment_gives_130_and_a_whole_document_or_none() {
    let env = Env::new("iso8601");
    let state = env.dir.join("s.sqlite3");
    // Make the state once, so that each run below is short.
    let out = env
        .command()
        .args([
            "--local-state",
            state.to_str().unwrap(),
            "create-mitigation-action",
        ])
        .args(["--action-name", "A", "--role-arn", ROLE])
        .args([
            "--action-params",
            "updateDeviceCertificateParams={action=DEACTIVATE}",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // The moments are spread over how long one run takes on this machine.
    let list = || {
        let mut cmd = env.command();
        cmd.args(["--local-state", state.to_str().unwrap()])
            .args(["list-mitigation-actions"]);
        cmd
    };
    let started = std::time::Instant::now();
    assert!(list().output().unwrap().status.success());
    let run = started.elapsed();
    let (mut interrupted, mut printed, mut finished) = (0, 0, 0);
    for step in 0..40u32 {
        let child = spawn(list());
        interrupt(&child, run * step / 40);
        let (code, stdout, stderr) = finish(child);
        match code {
            Some(130) => {
                interrupted += 1;
                if !stdout.is_empty() {
                    serde_json::from_str::<Value>(&stdout).expect("a whole document");
                    printed += 1;
                }
            }
            // Finished before the signal arrived.
            Some(0) => {
                finished += 1;
                serde_json::from_str::<Value>(&stdout).expect("a whole document");
            }
            other => panic!("exit {other:?} after {step} steps: {stderr}"),
        }
    }
    eprintln!(
        "SIGINT at 40 moments: {interrupted} interrupted (130, {printed} of them after printing a whole document), {finished} had finished"
    );
    assert!(interrupted >= 5, "only {interrupted} runs were interrupted");
}

#[test]
fn ctrl_c_while_waiting_says_how_to_cancel_and_exits_130() {
    let env = Env::new("iso8601");
    let s = Served::start(&env, "s.sqlite3", &["--execution-ms", "60000"]);
    let out = env
        .command()
        .args(["create-mitigation-action", "--action-name", "Deactivate"])
        .args(["--role-arn", ROLE])
        .args([
            "--action-params",
            "updateDeviceCertificateParams={action=DEACTIVATE}",
        ])
        .args(["--endpoint-url", &s.url])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut cmd = env.command();
    cmd.args(["start-audit-mitigation-actions-task", "--task-id", "slow"])
        .args(["--target", "findingIds=f-0001"])
        .args([
            "--audit-check-to-actions-mapping",
            "DEVICE_CERTIFICATE_EXPIRING_CHECK=Deactivate",
        ])
        .args(["--wait", "--endpoint-url", &s.url]);
    let child = spawn(cmd);
    // Interrupt once the task exists, that is once the command is in its waiting loop (a loaded
    // machine may take a while to get there).
    for _ in 0..200 {
        let seen = env
            .command()
            .args([
                "describe-audit-mitigation-actions-task",
                "--task-id",
                "slow",
            ])
            .args(["--endpoint-url", &s.url])
            .output()
            .unwrap();
        if seen.status.success() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    interrupt(&child, Duration::from_millis(300));
    let (code, stdout, stderr) = finish(child);
    assert_eq!(code, Some(130), "{stderr}");
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("Stopped waiting; task slow keeps running. To cancel it: iotmit cancel-audit-mitigation-actions-task --task-id slow"),
        "{stderr}"
    );
}

#[test]
fn the_served_endpoint_stops_on_ctrl_c_with_130() {
    let env = Env::new("iso8601");
    let mut s = Served::start(&env, "s.sqlite3", &[]);
    interrupt(&s.child, Duration::ZERO);
    let status = s.child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
}
