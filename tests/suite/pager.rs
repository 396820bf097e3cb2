//! Output goes through the pager only when stdout is a terminal, as with AWS CLI v2:
//! `AWS_PAGER` first, then `cli_pager` from the profile; an empty value or `--no-cli-pager`
//! turns it off. The terminal is a pseudo-terminal made by script(1).

use crate::common;

use common::Env;

fn under_terminal(env: &Env, pager: Option<&str>, extra: &str) -> Option<String> {
    if std::process::Command::new("script")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("skipped: util-linux script is not installed");
        return None;
    }
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
    Some(String::from_utf8_lossy(&out.stdout).replace('\r', ""))
}

#[test]
fn a_terminal_gets_the_pager_from_aws_pager() {
    let env = Env::new("iso8601");
    if let Some(screen) = under_terminal(&env, Some("sed s/^/PAGED:/"), "") {
        assert!(screen.contains("PAGED:"), "{screen}");
    }
}

#[test]
fn cli_pager_from_the_profile_is_used_and_no_cli_pager_turns_it_off() {
    let env = Env::new("iso8601");
    std::fs::write(
        env.dir.join("config"),
        "[default]\nregion = us-east-1\ncli_pager = sed s/^/FROMPROFILE:/\n",
    )
    .unwrap();
    let Some(screen) = under_terminal(&env, None, "") else {
        return;
    };
    assert!(screen.contains("FROMPROFILE:"), "{screen}");
    let Some(screen) = under_terminal(&env, None, "--no-cli-pager") else {
        return;
    };
    assert!(!screen.contains("FROMPROFILE:"), "{screen}");
    let Some(screen) = under_terminal(&env, Some(""), "") else {
        return;
    };
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
