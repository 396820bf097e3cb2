//! Man pages, from the command line of `iotmit::cli::command`: `iotmit.1` and one page per
//! command, with the description, every option, the output and the exit status.

use clap::Command;
use iotmit::cli::command::command;
use iotmit::cli::definition::{command_options, is_start_task, BIN, COMPLETE_ACTIONS_ENV};
use iotmit::cli::describe::{facts, nested_paragraphs, shape, type_label};
use iotmit::model::{self, Operation};
use std::fmt::Write as _;

/// Text for a roff text line: backslashes, dashes and apostrophes escaped, and no line starting
/// with a control character.
fn roff_text(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('-', "\\-")
        .replace('\'', "\\*(Aq");
    escaped
        .lines()
        .map(|l| {
            if l.starts_with('.') {
                format!("\\&{l}")
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn roff_heading(out: &mut String, title: &str) {
    let _ = writeln!(out, ".SH \"{}\"", title.replace('"', ""));
}

fn roff_item(out: &mut String, term: &str, text: &str) {
    let _ = writeln!(out, ".TP\n\\fB{}\\fR\n{}", roff_text(term), roff_text(text));
}

fn exit_status_section(out: &mut String, waits: bool) {
    roff_heading(out, "EXIT STATUS");
    let mut codes = vec![
        ("0", "Success."),
        ("252", "Bad parameters or usage; nothing was sent."),
        (
            "253",
            "Configuration: no Region, no credentials, an unknown profile.",
        ),
        ("254", "The service answered with an error."),
        ("255", "Anything else: connection failures, timeouts."),
        ("130", "Interrupted (Ctrl-C)."),
    ];
    if waits {
        codes.extend([
            ("3", "When waiting: the task ended FAILED."),
            ("4", "When waiting: the task ended CANCELED."),
            (
                "5",
                "When waiting: --wait-timeout passed before the task ended (it keeps running).",
            ),
        ]);
    }
    for (code, text) in codes {
        roff_item(out, code, text);
    }
}

fn environment_section(out: &mut String) {
    roff_heading(out, "ENVIRONMENT");
    let vars = [
        (
            "AWS_PROFILE, AWS_DEFAULT_PROFILE, AWS_REGION, AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE, AWS_CA_BUNDLE, AWS_DEFAULT_OUTPUT",
            "Read as the AWS CLI reads them, with the credential variables and the config and credentials files.",
        ),
        (
            "IOTMIT_LOCAL",
            "When set to 1, every command runs against the local endpoint, as with --local.",
        ),
        (
            "IOTMIT_LOCAL_STATE",
            "The local endpoint's state file (default $XDG_DATA_HOME/iotmit/local.sqlite3).",
        ),
        (
            "IOTMIT_LOCAL_EXECUTION_MS",
            "How long each action execution takes in the in-process local endpoint (default 200).",
        ),
        (
            COMPLETE_ACTIONS_ENV,
            "When set to 1, the bash, zsh and fish completions offer the names of existing mitigation actions, kept for a minute under $XDG_CACHE_HOME/iotmit.",
        ),
    ];
    for (name, text) in vars {
        roff_item(out, name, text);
    }
}

fn see_also_section(out: &mut String, pages: &[String]) {
    roff_heading(out, "SEE ALSO");
    let refs: Vec<String> = pages
        .iter()
        .map(|p| format!("\\fB{}\\fR(1)", roff_text(p)))
        .collect();
    let _ = writeln!(out, "{}", refs.join(", "));
}

fn examples_section(out: &mut String, command: &str) {
    let examples = iotmit::cli::examples::for_command(command);
    if examples.is_empty() {
        return;
    }
    roff_heading(out, "EXAMPLES");
    for (what, line) in examples {
        let _ = writeln!(
            out,
            ".PP\n{}\n.PP\n.RS 4\n.nf\n{}\n.fi\n.RE",
            roff_text(what),
            roff_text(line)
        );
    }
}

fn output_section(out: &mut String, op: &Operation) {
    roff_heading(out, "OUTPUT");
    let output = op.output.as_ref().and_then(|r| shape(r.shape));
    let Some(output) = output.filter(|o| !o.members.is_empty()) else {
        let _ = writeln!(out, "None.");
        return;
    };
    for (name, member) in &output.members {
        let Some(s) = shape(member.shape) else {
            continue;
        };
        let mut text = member.documentation_text.to_string();
        text.push_str(&facts(s, true));
        roff_item(out, &format!("{name} ({})", type_label(s)), text.trim());
        let mut nested = Vec::new();
        nested_paragraphs(s, name, 0, &mut nested);
        if !nested.is_empty() {
            let _ = writeln!(out, ".RS");
            for paragraph in nested {
                let _ = writeln!(out, ".PP\n{}", roff_text(&paragraph));
            }
            let _ = writeln!(out, ".RE");
        }
    }
}

/// Every visible command below `cmd`, depth first, with its page name (`iotmit-local-serve`).
fn visible_commands(cmd: &Command, out: &mut Vec<Command>) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        out.push(sub.clone());
        visible_commands(sub, out);
    }
}

fn page_name(cmd: &Command) -> String {
    cmd.get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string()
}

fn render_page(cmd: Command, extra: &str) -> Vec<u8> {
    // An empty date would shift the source and manual into its place on the .TH line.
    let man = clap_mangen::Man::new(cmd)
        .date("\"\"")
        .source(BIN)
        .manual("iotmit manual");
    let mut buf = Vec::new();
    // Rendering into memory does not fail.
    let _ = man.render(&mut buf);
    buf.extend_from_slice(extra.as_bytes());
    buf
}

/// Man pages: `iotmit.1`, and `iotmit-<command>.1` for every command (and `iotmit-local-serve.1`,
/// `iotmit-wait-<waiter>.1`...), with the description, every option with its type, required
/// marker, allowed values and limits, and for the model's commands their output.
pub(super) fn man_pages() -> Vec<(String, Vec<u8>)> {
    let m = model::get();
    let mut root = command();
    root.build();
    let mut subs = Vec::new();
    visible_commands(&root, &mut subs);
    let mut pages = Vec::new();

    let mut extra = String::new();
    exit_status_section(&mut extra, true);
    environment_section(&mut extra);
    pages.push((format!("{BIN}.1"), render_page(root.clone(), &extra)));

    for sub in subs {
        let name = page_name(&sub);
        let mut extra = String::new();
        let op = m.operation_by_cli_name(sub.get_name()).filter(|_| {
            // Only the model's commands directly under `iotmit`.
            name == format!("{BIN}-{}", sub.get_name())
        });
        if let Some(op) = op {
            examples_section(&mut extra, sub.get_name());
            output_section(&mut extra, op);
            exit_status_section(&mut extra, is_start_task(op));
        } else if name.starts_with(&format!("{BIN}-wait")) {
            exit_status_section(&mut extra, true);
        }
        see_also_section(&mut extra, &[BIN.to_string()]);
        pages.push((format!("{name}.1"), render_page(sub, &extra)));
    }
    pages
}

#[test]
fn man_pages_describe_every_option() {
    let pages = man_pages();
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"iotmit.1"));
    assert!(names.contains(&"iotmit-local-serve.1"));
    assert!(names.contains(&"iotmit-wait-audit-mitigation-actions-task-complete.1"));
    assert!(!names.iter().any(|n| n.contains("__")));
    let page = |name: &str| {
        let (_, roff) = pages
            .iter()
            .find(|(n, _)| n == name)
            .unwrap_or_else(|| panic!("no page {name}"));
        String::from_utf8_lossy(roff)
    };
    for op in model::get().operations.values() {
        let name = format!("iotmit-{}.1", model::cli_name(op.name));
        let text = page(&name);
        for option in command_options(op).iter().map(|o| format!("--{}", o.flag)) {
            let escaped = option.replace('-', "\\-");
            assert!(text.contains(&escaped), "{option} in {name}");
        }
        assert!(text.contains(".SH OUTPUT") || text.contains(".SH \"OUTPUT\""));
    }
    let list = page("iotmit-list-mitigation-actions.1");
    assert!(list.contains("UPDATE_DEVICE_CERTIFICATE"));
    assert!(list.contains("at least 1, at most 250"));
    let create = page("iotmit-create-mitigation-action.1");
    assert!(create.contains("[required]"));
    assert!(create.contains("at most 128 characters"));
    assert!(create.contains("Shorthand syntax"));
}
