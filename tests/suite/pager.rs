//! Output goes through the pager only when stdout is a terminal, as with AWS CLI v2:
//! `AWS_PAGER` first, then `cli_pager` from the profile; an empty value or `--no-cli-pager`
//! turns it off. The terminal is a pseudo-terminal made by script(1).

use crate::common;

use common::{Env, Reply, Stub};
use serde_json::json;

fn under_terminal(env: &Env, pager: Option<&str>, extra: &str) -> String {
    common::require_script();
    let line = format!(
        "{} list-mitigation-actions --generate-cli-skeleton output {extra}",
        env!("CARGO_BIN_EXE_iotmit")
    );
    let mut cmd = env.command_named("script");
    cmd.args(["-qfec", &line, "/dev/null"]);
    match pager {
        Some(p) => cmd.env("AWS_PAGER", p),
        None => cmd.env_remove("AWS_PAGER"),
    };
    let out = cmd.output().unwrap();
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

#[test]
fn a_terminal_gets_the_pager_from_aws_pager() {
    let env = Env::new("iso8601");
    let screen = under_terminal(&env, Some("sed s/^/PAGED:/"), "");
    assert!(screen.contains("PAGED:"), "{screen}");
}

#[test]
fn cli_pager_from_the_profile_is_used_and_no_cli_pager_turns_it_off() {
    let env = Env::new("iso8601");
    std::fs::write(
        env.dir.join("config"),
        "[default]\nregion = us-east-1\ncli_pager = sed s/^/FROMPROFILE:/\n",
    )
    .unwrap();
    let screen = under_terminal(&env, None, "");
    assert!(screen.contains("FROMPROFILE:"), "{screen}");
    let screen = under_terminal(&env, None, "--no-cli-pager");
    assert!(!screen.contains("FROMPROFILE:"), "{screen}");
    let screen = under_terminal(&env, Some(""), "");
    assert!(!screen.contains("FROMPROFILE:"), "{screen}");
}

#[test]
fn a_pipe_never_gets_the_pager() {
    let env = Env::new("iso8601");
    let out = env
        .command()
        .env("AWS_PAGER", "sed s/^/PAGED:/")
        .args([
            "list-mitigation-actions",
            "--generate-cli-skeleton",
            "output",
        ])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains("PAGED:"));
}

/// A listing and a command that prints nothing, each sent to a stub.
const LIST: &[&str] = &["list-mitigation-actions"];
const DELETE: &[&str] = &["delete-mitigation-action", "--action-name", "a"];

/// [`at_terminal`] for `command` against `stub`, `LESS` unset.
fn command_at_terminal(
    env: &Env,
    pager: &str,
    command: &[&str],
    stub: &Stub,
) -> (String, String, Option<i32>) {
    let mut args = command.to_vec();
    args.extend(["--endpoint-url", &stub.url]);
    at_terminal(env, pager, None, &args)
}

/// Runs iotmit with `args`, its stdout a pseudo-terminal and its stderr a file, the pager set by
/// `AWS_PAGER` and `LESS` unset unless given: what the terminal showed, what went to stderr and
/// the exit code.
fn at_terminal(
    env: &Env,
    pager: &str,
    less: Option<&str>,
    args: &[&str],
) -> (String, String, Option<i32>) {
    common::require_script();
    let quote = |w: &str| format!("'{}'", w.replace('\'', "'\\''"));
    let mut line = quote(env!("CARGO_BIN_EXE_iotmit"));
    for a in args {
        line.push(' ');
        line.push_str(&quote(a));
    }
    let stderr = env.dir.join("stderr");
    line.push_str(&format!(" 2>{}", quote(&stderr.display().to_string())));
    let mut cmd = env.command_named("script");
    cmd.args(["-qfec", &line, "/dev/null"])
        .env("AWS_PAGER", pager);
    match less {
        Some(v) => cmd.env("LESS", v),
        None => cmd.env_remove("LESS"),
    };
    let out = cmd.output().unwrap();
    (
        String::from_utf8_lossy(&out.stdout).replace('\r', ""),
        std::fs::read_to_string(&stderr).unwrap(),
        out.status.code(),
    )
}

fn listing() -> Reply {
    Reply::from_json(&json!({"status": 200, "body": {"actionIdentifiers": [{"actionName": "a"}]}}))
}

#[test]
fn the_pager_starts_with_the_first_output_and_not_for_a_command_that_prints_nothing() {
    let env = Env::new("iso8601");
    let marker = env.dir.join("started");
    let pager = format!(
        "sh -c 'echo started >> \"$1\"; cat' pager {}",
        marker.display()
    );
    let stub = Stub::start(vec![
        listing(),
        Reply::from_json(&json!({"status": 200, "body": {}})),
    ]);
    let shown = command_at_terminal(&env, &pager, LIST, &stub);
    assert_eq!(
        shown,
        (
            "{\n    \"actionIdentifiers\": [\n        {\n            \"actionName\": \"a\"\n        }\n    ]\n}\n"
                .to_string(),
            String::new(),
            Some(0)
        )
    );
    assert_eq!(std::fs::read_to_string(&marker).unwrap(), "started\n");
    std::fs::remove_file(&marker).unwrap();
    let shown = command_at_terminal(&env, &pager, DELETE, &stub);
    assert_eq!(shown, (String::new(), String::new(), Some(0)));
    assert!(!marker.exists(), "the pager was started for no output");
    assert_eq!(stub.requests().len(), 2);
}

#[test]
fn the_pager_command_is_split_as_shlex_splits_it_and_run_without_a_shell() {
    let env = Env::new("iso8601");
    let stub = Stub::start(vec![listing()]);
    // A shell would expand $HOME, end the command at `;` and redirect to x.
    let pager = r#"printf "[%s]\n" 'a b' $HOME c\ d "e\"f" ; >x |"#;
    let shown = command_at_terminal(&env, pager, LIST, &stub);
    assert_eq!(
        shown,
        (
            "[a b]\n[$HOME]\n[c d]\n[e\"f]\n[;]\n[>x]\n[|]\n".to_string(),
            String::new(),
            Some(0)
        )
    );
    assert!(!env.dir.join("x").exists());
}

#[test]
fn less_gets_frx_unless_less_is_set() {
    let env = Env::new("iso8601");
    let args = [
        "list-mitigation-actions",
        "--generate-cli-skeleton",
        "output",
    ];
    let shown = at_terminal(&env, "printenv LESS", None, &args);
    assert_eq!(shown, ("FRX\n".to_string(), String::new(), Some(0)));
    let shown = at_terminal(&env, "printenv LESS", Some("-S"), &args);
    assert_eq!(shown, ("-S\n".to_string(), String::new(), Some(0)));
}

#[test]
fn a_missing_pager_is_an_error_only_when_there_is_output() {
    let env = Env::new("iso8601");
    let stub = Stub::start(vec![
        listing(),
        Reply::from_json(&json!({"status": 200, "body": {}})),
    ]);
    let pager = "iotmit-no-such-pager -R";
    let shown = command_at_terminal(&env, pager, LIST, &stub);
    assert_eq!(
        shown,
        (
            String::new(),
            "\niotmit: [ERROR]: An error occurred (Pager): Unable to redirect output to pager. Received the following error when opening pager:\n[Errno 2] No such file or directory: 'iotmit-no-such-pager'\n\nLearn more about configuring the output pager by running \"aws help config-vars\".\n"
                .to_string(),
            Some(253)
        )
    );
    let shown = command_at_terminal(&env, pager, DELETE, &stub);
    assert_eq!(shown, (String::new(), String::new(), Some(0)));
}

#[test]
fn a_pager_command_that_cannot_be_split_is_an_error_even_without_output() {
    let env = Env::new("iso8601");
    let stub = Stub::start(vec![Reply::from_json(&json!({"status": 200, "body": {}}))]);
    let shown = command_at_terminal(&env, "less 'unclosed", DELETE, &stub);
    assert_eq!(
        shown,
        (
            String::new(),
            "\niotmit: [ERROR]: No closing quotation\n".to_string(),
            Some(255)
        )
    );
}

/// A table at a terminal `cols` wide, `COLUMNS` set or not: the layout of its rows follows
/// the width of stdout's terminal, unless `COLUMNS` says otherwise (v2 does not read it).
fn table_at_width(env: &Env, cols: u16, columns: Option<&str>) -> String {
    common::require_script();
    let stub = Stub::start(vec![listing()]);
    // The shell may set COLUMNS itself after stty, so env sets or unsets it for iotmit.
    let columns = match columns {
        Some(c) => format!("COLUMNS={c}"),
        None => "-u COLUMNS".to_string(),
    };
    let line = format!(
        "stty cols {cols} rows 20; env {columns} '{}' list-mitigation-actions --output table --color off --endpoint-url {} 2>/dev/null",
        env!("CARGO_BIN_EXE_iotmit"),
        stub.url
    );
    let mut cmd = env.command_named("script");
    cmd.args(["-qfec", &line, "/dev/null"]);
    let out = cmd.output().unwrap();
    String::from_utf8_lossy(&out.stdout).replace('\r', "")
}

#[test]
fn a_table_takes_the_width_of_the_terminal_on_stdout_or_columns() {
    let env = Env::new("iso8601");
    // As v2 lays the table out at these widths.
    let narrow = "-----------------------\n\
                  |ListMitigationActions|\n\
                  +---------------------+\n\
                  || actionIdentifiers ||\n\
                  |+-------------+-----+|\n\
                  ||  actionName |  a  ||\n\
                  |+-------------+-----+|\n";
    let wide = "-----------------------\n\
                |ListMitigationActions|\n\
                +---------------------+\n\
                || actionIdentifiers ||\n\
                |+-------------------+|\n\
                ||    actionName     ||\n\
                |+-------------------+|\n\
                ||  a                ||\n\
                |+-------------------+|\n";
    let shown = table_at_width(&env, 20, None);
    assert_eq!(shown, narrow);
    assert_eq!(table_at_width(&env, 120, None), wide);
    assert_eq!(table_at_width(&env, 20, Some("120")), wide);
}
