//! Waiting for tasks against the local endpoint: the exit code says how the task ended, the
//! final describe document is printed on stdout, `--wait-timeout` ends the wait without ending
//! the task, and the progress bar appears only when stderr is a terminal.

use crate::common;

use common::Env;
use std::process::Command;

const ROLE: &str = "arn:aws:iam::123456789012:role/MitigationRole";

struct Local {
    env: Env,
}

impl Local {
    fn new() -> Local {
        let l = Local {
            env: Env::new("iso8601"),
        };
        let out = l
            .cmd(&[
                "create-mitigation-action",
                "--action-name",
                "D",
                "--role-arn",
                ROLE,
                "--action-params",
                "updateDeviceCertificateParams={action=DEACTIVATE}",
            ])
            .output()
            .unwrap();
        assert!(out.status.success());
        let out = l
            .cmd(&[
                "create-mitigation-action",
                "--action-name",
                "Q",
                "--role-arn",
                ROLE,
                "--action-params",
                "addThingsToThingGroupParams={thingGroupNames=[q]}",
            ])
            .output()
            .unwrap();
        assert!(out.status.success());
        l
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = self.env.command();
        c.arg("--local-state")
            .arg(self.env.dir.join("state.sqlite3"))
            .env("IOTMIT_LOCAL_EXECUTION_MS", "30")
            .args(args);
        c
    }
}

fn start_audit(findings: &str, task: &str) -> Vec<String> {
    [
        "start-audit-mitigation-actions-task",
        "--task-id",
        task,
        "--target",
        findings,
        "--audit-check-to-actions-mapping",
        "DEVICE_CERTIFICATE_EXPIRING_CHECK=D",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

#[test]
fn wait_exits_zero_when_the_task_completes() {
    let l = Local::new();
    let out = l
        .cmd(
            &start_audit("findingIds=f-0001", "ok1")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )
        .arg("--wait")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["taskStatus"], "COMPLETED");
    assert_eq!(
        doc["taskStatistics"]["DEVICE_CERTIFICATE_EXPIRING_CHECK"]["succeededFindingsCount"],
        1
    );
    // Not a terminal: no progress display at all.
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn wait_exits_three_when_the_task_fails() {
    let l = Local::new();
    let out = l
        .cmd(
            &start_audit("findingIds=f-0002", "bad1")
                .iter()
                .map(String::as_str)
                .collect::<Vec<_>>(),
        )
        .args(["--wait", "--query", "taskStatus"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\"FAILED\"\n");
}

#[test]
fn wait_timeout_leaves_the_task_running_and_cancel_ends_it_with_four() {
    let l = Local::new();
    let mut start = l.cmd(
        &start_audit("findingIds=f-0001", "slow1")
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    start
        .env("IOTMIT_LOCAL_EXECUTION_MS", "60000")
        .args(["--wait", "--wait-timeout", "0.5"]);
    let out = start.output().unwrap();
    assert_eq!(out.status.code(), Some(5));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("timed out")
            && err.contains("iotmit cancel-audit-mitigation-actions-task --task-id slow1"),
        "{err}"
    );
    let cancel = l
        .cmd(&["cancel-audit-mitigation-actions-task", "--task-id", "slow1"])
        .output()
        .unwrap();
    assert!(cancel.status.success());
    let out = l
        .cmd(&[
            "wait",
            "audit-mitigation-actions-task-complete",
            "--task-id",
            "slow1",
            "--query",
            "taskStatus",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\"CANCELED\"\n");
}

#[test]
fn the_detect_waiter_follows_a_detect_task() {
    let l = Local::new();
    let out = l
        .cmd(&[
            "start-detect-mitigation-actions-task",
            "--task-id",
            "d1",
            "--target",
            "violationIds=9a8b7c6d-0001",
            "--actions",
            "Q",
        ])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = l
        .cmd(&[
            "wait",
            "detect-mitigation-actions-task-complete",
            "--task-id",
            "d1",
            "--query",
            "taskSummary.taskStatus",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\"SUCCESSFUL\"\n");
}

#[test]
fn an_unknown_waiter_is_a_usage_error() {
    let l = Local::new();
    let out = l
        .cmd(&["wait", "task-done", "--task-id", "x"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(252));
    assert!(String::from_utf8_lossy(&out.stderr).contains(
        "audit-mitigation-actions-task-complete | detect-mitigation-actions-task-complete"
    ));
}

/// Runs the wait under `script`, which gives the command a pseudo-terminal.
#[test]
fn the_progress_bar_is_drawn_on_a_terminal() {
    crate::common::require_script();
    let l = Local::new();
    let state = l.env.dir.join("state.sqlite3");
    let line = format!(
        "{} --local-state {} start-audit-mitigation-actions-task --task-id tty1 --target auditTaskId=a1b2c3d4e5f60718293a4b5c6d7e8f90 --audit-check-to-actions-mapping DEVICE_CERTIFICATE_EXPIRING_CHECK=D --wait --query taskStatus",
        env!("CARGO_BIN_EXE_iotmit"),
        state.display()
    );
    let out = l
        .env
        .command_named("script")
        .args(["-qfec", &line, "/dev/null"])
        .env("IOTMIT_LOCAL_EXECUTION_MS", "150")
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("/3 findings"), "{screen}");
    assert!(screen.contains("IN_PROGRESS"), "{screen}");
    assert!(screen.trim_end().ends_with("\"FAILED\""), "{screen}");
}

#[test]
fn a_spinner_shows_while_pages_are_fetched_on_a_terminal_only() {
    crate::common::require_script();
    let l = Local::new();
    let state = l.env.dir.join("state.sqlite3");
    let line = format!(
        "{} --local-state {} list-mitigation-actions --page-size 1 --query 'length(actionIdentifiers)' 2>&1 >/dev/null",
        env!("CARGO_BIN_EXE_iotmit"),
        state.display()
    );
    let out = l
        .env
        .command_named("script")
        .args(["-qfec", &line, "/dev/null"])
        .output()
        .unwrap();
    let screen = String::from_utf8_lossy(&out.stdout);
    assert!(screen.contains("fetching page"), "{screen}");
    // Not a terminal: stderr stays empty and stdout has only the data.
    let out = l
        .cmd(&[
            "list-mitigation-actions",
            "--page-size",
            "1",
            "--query",
            "length(actionIdentifiers)",
        ])
        .output()
        .unwrap();
    assert!(out.stderr.is_empty());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "2\n");
}

#[test]
fn an_on_demand_audit_is_waited_for_by_its_answer_and_by_the_waiter() {
    let l = Local::new();
    let out = l
        .cmd(&[
            "update-account-audit-configuration",
            "--role-arn",
            ROLE,
            "--audit-check-configurations",
            "LOGGING_DISABLED_CHECK={enabled=true}",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // --wait polls the audit the answer names; the start request itself carries no id.
    let out = l
        .cmd(&[
            "start-on-demand-audit-task",
            "--target-check-names",
            "LOGGING_DISABLED_CHECK",
            "--wait",
            "--query",
            "[taskStatus, taskType, taskStatistics.totalChecks, taskStatistics.nonCompliantChecks]",
            "--output",
            "text",
        ])
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "COMPLETED\tON_DEMAND_AUDIT_TASK\t1\t1\n"
    );
    let out = l
        .cmd(&[
            "list-audit-tasks",
            "--start-time",
            "2000-01-01",
            "--end-time",
            "2100-01-01",
            "--task-type",
            "ON_DEMAND_AUDIT_TASK",
            "--query",
            "tasks[0].taskId",
            "--output",
            "text",
        ])
        .output()
        .unwrap();
    let id = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert_eq!(id.len(), 32, "{id:?}");
    let out = l
        .cmd(&[
            "wait",
            "audit-task-complete",
            "--task-id",
            &id,
            "--query",
            "taskStatus",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "\"COMPLETED\"\n");
    // An audit the service does not know is its error, not a wait.
    let out = l
        .cmd(&["wait", "audit-task-complete", "--task-id", "nosuchaudit"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(254));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
}
