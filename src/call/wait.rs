//! Waiting for a task to end: `--wait` on the start commands (the two mitigation actions tasks
//! and the on-demand audit) and `iotmit wait audit-mitigation-actions-task-complete|
//! detect-mitigation-actions-task-complete|audit-task-complete`.
//! Polls the describe call with backoff, shows a progress bar on stderr when stderr is a
//! terminal, and ends with the final describe document and an exit code scripts can branch on.

use crate::call::sdk::Client;
use crate::error::{CliError, Result};
use serde_json::{Map, Value};
use std::io::IsTerminal;
use std::time::{Duration, Instant};

/// Exit code when the task ended FAILED.
pub const EXIT_TASK_FAILED: i32 = 3;
/// Exit code when the task ended CANCELED.
pub const EXIT_TASK_CANCELED: i32 = 4;
/// Exit code when `--wait-timeout` passed before the task ended.
pub const EXIT_WAIT_TIMEOUT: i32 = 5;

/// One waiter of `iotmit wait`, and everything about the task it waits for: the one place a
/// waiter is described (its command, help, `--wait` on the start command and the polling read it).
#[derive(Debug)]
pub struct Waiter {
    pub name: &'static str,
    /// What help says is waited for: "Waits until {what} task ends."
    pub what: &'static str,
    /// The operation that starts such a task, and so takes `--wait`.
    pub start: &'static str,
    /// The operation that is polled.
    pub describe: &'static str,
    /// The command that cancels the task, for the messages that say how.
    pub cancel: &'static str,
    /// What the progress bar counts.
    pub unit: &'static str,
    /// The status and counts of a describe document.
    pub progress: fn(&Value) -> Progress,
}

impl PartialEq for Waiter {
    fn eq(&self, other: &Waiter) -> bool {
        self.name == other.name
    }
}

/// Which task is waited for.
pub type Kind = &'static Waiter;

/// Every waiter, in the order help lists them.
pub static WAITERS: [Waiter; 3] = [
    Waiter {
        name: "audit-mitigation-actions-task-complete",
        what: "an audit mitigation actions",
        start: "StartAuditMitigationActionsTask",
        describe: "DescribeAuditMitigationActionsTask",
        cancel: "cancel-audit-mitigation-actions-task",
        unit: "findings",
        progress: audit_progress,
    },
    Waiter {
        name: "detect-mitigation-actions-task-complete",
        what: "a detect mitigation actions",
        start: "StartDetectMitigationActionsTask",
        describe: "DescribeDetectMitigationActionsTask",
        cancel: "cancel-detect-mitigation-actions-task",
        unit: "actions",
        progress: detect_progress,
    },
    Waiter {
        name: "audit-task-complete",
        what: "an on-demand audit",
        start: "StartOnDemandAuditTask",
        describe: "DescribeAuditTask",
        cancel: "cancel-audit-task",
        unit: "checks",
        progress: on_demand_audit_progress,
    },
];

/// The waiter of this name.
pub fn waiter(name: &str) -> Option<Kind> {
    WAITERS.iter().find(|w| w.name == name)
}

/// The waiter of the task a start operation begins, for `--wait`.
pub fn started_by(operation: &str) -> Option<Kind> {
    WAITERS.iter().find(|w| w.start == operation)
}

/// Progress read from a describe document.
#[derive(Debug, Default, PartialEq)]
pub struct Progress {
    pub status: String,
    /// Findings (audit) or executions (detect) done, and the total when it is known.
    pub done: u64,
    pub total: Option<u64>,
    pub succeeded: u64,
    pub failed: u64,
    pub skipped: u64,
}

fn n(v: &Value, key: &str) -> u64 {
    v.get(key).and_then(Value::as_u64).unwrap_or(0)
}

fn audit_progress(raw: &Value) -> Progress {
    let mut p = Progress {
        status: raw["taskStatus"].as_str().unwrap_or("").to_string(),
        total: Some(0),
        ..Progress::default()
    };
    if let Some(stats) = raw["taskStatistics"].as_object() {
        for s in stats.values() {
            let canceled = n(s, "canceledFindingsCount");
            p.succeeded += n(s, "succeededFindingsCount");
            p.failed += n(s, "failedFindingsCount");
            p.skipped += n(s, "skippedFindingsCount") + canceled;
            p.total = p.total.map(|t| t + n(s, "totalFindingsCount"));
        }
    }
    p.done = p.succeeded + p.failed + p.skipped;
    p
}

fn detect_progress(raw: &Value) -> Progress {
    let summary = &raw["taskSummary"];
    let stats = &summary["taskStatistics"];
    let mut p = Progress {
        status: summary["taskStatus"].as_str().unwrap_or("").to_string(),
        succeeded: n(stats, "actionsExecuted"),
        failed: n(stats, "actionsFailed"),
        skipped: n(stats, "actionsSkipped"),
        ..Progress::default()
    };
    p.done = p.succeeded + p.failed + p.skipped;
    p
}

/// Checks: compliant ones succeeded, non-compliant ones found something (also a finished
/// check), failed and canceled ones did not run to the end.
fn on_demand_audit_progress(raw: &Value) -> Progress {
    let stats = &raw["taskStatistics"];
    let mut p = Progress {
        status: raw["taskStatus"].as_str().unwrap_or("").to_string(),
        total: stats.get("totalChecks").and_then(Value::as_u64),
        succeeded: n(stats, "compliantChecks") + n(stats, "nonCompliantChecks"),
        failed: n(stats, "failedChecks"),
        skipped: n(stats, "canceledChecks"),
        ..Progress::default()
    };
    p.done = p.succeeded + p.failed + p.skipped;
    p
}

/// Whether the status is final, and the exit code it maps to.
pub fn final_code(status: &str) -> Option<i32> {
    match status {
        "COMPLETED" | "SUCCESSFUL" => Some(0),
        "FAILED" => Some(EXIT_TASK_FAILED),
        "CANCELED" => Some(EXIT_TASK_CANCELED),
        _ => None,
    }
}

struct Display {
    bar: Option<indicatif::ProgressBar>,
}

impl Display {
    fn new(kind: Kind) -> Display {
        if !std::io::stderr().is_terminal() {
            return Display { bar: None };
        }
        let unit = kind.unit;
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        let style = indicatif::ProgressStyle::with_template(&format!(
            "{{spinner}} {{elapsed_precise}} {{bar:20}} {{pos}}/{{len}} {unit} {{msg}}"
        ))
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        bar.set_style(style);
        bar.enable_steady_tick(Duration::from_millis(120));
        Display { bar: Some(bar) }
    }

    fn update(&self, p: &Progress) {
        if let Some(bar) = &self.bar {
            if let Some(total) = p.total.filter(|t| *t > 0) {
                bar.set_length(total);
            } else {
                bar.set_length(p.done.max(1));
            }
            bar.set_position(p.done);
            bar.set_message(format!(
                "{} · {} ok {} failed {} skipped",
                p.status, p.succeeded, p.failed, p.skipped
            ));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// A spinner on stderr while the pages of a listing are fetched, only when stderr is a
/// terminal; it is cleared when dropped, so nothing of it stays on the screen.
pub struct PageSpinner {
    bar: Option<indicatif::ProgressBar>,
}

impl PageSpinner {
    pub fn start(wanted: bool) -> PageSpinner {
        if !wanted || !std::io::stderr().is_terminal() {
            return PageSpinner { bar: None };
        }
        let bar =
            indicatif::ProgressBar::with_draw_target(None, indicatif::ProgressDrawTarget::stderr());
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} fetching page {pos} · {elapsed}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar.enable_steady_tick(Duration::from_millis(120));
        PageSpinner { bar: Some(bar) }
    }

    /// One more page is being fetched.
    pub fn page(&self) {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
    }
}

impl Drop for PageSpinner {
    fn drop(&mut self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Polls until the task ends. Returns the last raw describe document and the exit code.
pub async fn until_done(
    client: &Client,
    kind: Kind,
    task_id: &str,
    timeout: Option<Duration>,
) -> Result<(Value, i32)> {
    let mut doc = Map::new();
    doc.insert("taskId".into(), Value::String(task_id.to_string()));
    let started = Instant::now();
    let display = Display::new(kind);
    let mut delay = Duration::from_millis(150);
    let result = async {
        loop {
            let raw = client.call(kind.describe, &doc).await?;
            let p = (kind.progress)(&raw);
            display.update(&p);
            if let Some(code) = final_code(&p.status) {
                return Ok((raw, code));
            }
            if let Some(limit) = timeout {
                if started.elapsed() + delay > limit {
                    return Err(CliError::Wait {
                        code: EXIT_WAIT_TIMEOUT,
                        message: format!(
                            "Waiter {} timed out after {:.0} s: task {task_id} is still {}. \
                             It keeps running; to stop it: iotmit {} --task-id {task_id}",
                            kind.name,
                            limit.as_secs_f64(),
                            p.status,
                            kind.cancel
                        ),
                    });
                }
            }
            tokio::time::sleep(delay).await;
            delay = (delay * 3 / 2).min(Duration::from_secs(5));
        }
    };
    // Whoever sees Ctrl-C first ends the command; the message says how to cancel the task.
    set_interrupt_hint(Some(format!(
        "Stopped waiting; task {task_id} keeps running. To cancel it: iotmit {} --task-id {task_id}",
        kind.cancel
    )));
    let interrupted = crate::interrupt::interrupted();
    let outcome = tokio::select! {
        r = result => r,
        _ = interrupted => Err(CliError::Interrupted),
    };
    display.finish();
    if !matches!(outcome, Err(CliError::Interrupted)) {
        set_interrupt_hint(None);
    }
    outcome
}

static INTERRUPT_HINT: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

fn set_interrupt_hint(hint: Option<String>) {
    if let Ok(mut slot) = INTERRUPT_HINT.lock() {
        *slot = hint;
    }
}

/// What to tell the user when Ctrl-C ended a wait: the task keeps running, and how to cancel it.
pub fn interrupt_hint() -> Option<String> {
    INTERRUPT_HINT.lock().ok().and_then(|s| s.clone())
}

/// Parses `--wait-timeout SECONDS`.
pub fn parse_timeout(value: Option<&str>) -> Result<Option<Duration>> {
    match value {
        None => Ok(None),
        Some(v) => v
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|s| s.is_finite() && *s > 0.0)
            .map(|s| Some(Duration::from_secs_f64(s)))
            .ok_or_else(|| {
                CliError::param(
                    "--wait-timeout",
                    format!("expected a positive number of seconds, got \"{v}\""),
                )
            }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn audit_progress_sums_every_check() {
        let raw = json!({"taskStatus": "IN_PROGRESS", "taskStatistics": {
            "A": {"totalFindingsCount": 3, "succeededFindingsCount": 1, "failedFindingsCount": 1, "skippedFindingsCount": 0, "canceledFindingsCount": 0},
            "B": {"totalFindingsCount": 2, "succeededFindingsCount": 0, "failedFindingsCount": 0, "skippedFindingsCount": 1, "canceledFindingsCount": 1}}});
        let p = (WAITERS[0].progress)(&raw);
        assert_eq!(
            (p.done, p.total, p.succeeded, p.failed, p.skipped),
            (4, Some(5), 1, 1, 2)
        );
    }

    #[test]
    fn detect_progress_reads_the_summary() {
        let raw = json!({"taskSummary": {"taskStatus": "SUCCESSFUL", "taskStatistics": {"actionsExecuted": 2, "actionsSkipped": 1, "actionsFailed": 0}}});
        let p = (WAITERS[1].progress)(&raw);
        assert_eq!(
            (p.status.as_str(), p.done, p.total),
            ("SUCCESSFUL", 3, None)
        );
    }

    #[test]
    fn on_demand_audit_progress_counts_checks() {
        let raw = json!({"taskStatus": "IN_PROGRESS", "taskType": "ON_DEMAND_AUDIT_TASK",
            "taskStatistics": {"totalChecks": 7, "inProgressChecks": 3, "waitingForDataCollectionChecks": 0,
                "compliantChecks": 2, "nonCompliantChecks": 1, "failedChecks": 1, "canceledChecks": 0}});
        let p = (WAITERS[2].progress)(&raw);
        assert_eq!(
            (p.status.as_str(), p.done, p.total, p.succeeded, p.failed),
            ("IN_PROGRESS", 4, Some(7), 3, 1)
        );
        assert_eq!(waiter("audit-task-complete"), Some(&WAITERS[2]));
        assert_eq!(started_by("StartOnDemandAuditTask"), Some(&WAITERS[2]));
        assert_eq!(WAITERS[2].describe, "DescribeAuditTask");
    }

    #[test]
    fn final_statuses_map_to_documented_codes() {
        assert_eq!(final_code("COMPLETED"), Some(0));
        assert_eq!(final_code("SUCCESSFUL"), Some(0));
        assert_eq!(final_code("FAILED"), Some(3));
        assert_eq!(final_code("CANCELED"), Some(4));
        assert_eq!(final_code("IN_PROGRESS"), None);
        assert_eq!(final_code("PENDING"), None);
    }
}
