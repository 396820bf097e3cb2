//! Help comes from the model: every command documents every option it accepts, marks the
//! required ones, and lists enum values; `iotmit help` lists the fifteen commands.

use crate::common;

use common::Env;

const COMMANDS: [&str; 15] = [
    "create-mitigation-action",
    "update-mitigation-action",
    "describe-mitigation-action",
    "list-mitigation-actions",
    "delete-mitigation-action",
    "start-audit-mitigation-actions-task",
    "cancel-audit-mitigation-actions-task",
    "describe-audit-mitigation-actions-task",
    "list-audit-mitigation-actions-tasks",
    "list-audit-mitigation-actions-executions",
    "start-detect-mitigation-actions-task",
    "cancel-detect-mitigation-actions-task",
    "describe-detect-mitigation-actions-task",
    "list-detect-mitigation-actions-tasks",
    "list-detect-mitigation-actions-executions",
];

fn stdout(env: &Env, args: &[&str]) -> String {
    let out = env.command().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn help_lists_all_fifteen_commands() {
    let env = Env::new("iso8601");
    let text = stdout(&env, &["help"]);
    for c in COMMANDS {
        assert!(
            text.contains(&format!("       {c} ")),
            "{c} missing from:\n{text}"
        );
    }
    assert_eq!(stdout(&env, &["--help"]), text);
}

#[test]
fn each_command_help_documents_its_options() {
    let env = Env::new("iso8601");
    let text = stdout(&env, &["create-mitigation-action", "help"]);
    assert!(
        text.contains("       --action-name (string) [required]\n"),
        "{text}"
    );
    assert!(text.contains("       --tags (list)\n"), "{text}");
    assert!(
        text.contains("Possible values: DEBUG, INFO, ERROR, WARN, DISABLED"),
        "{text}"
    );
    assert!(text.contains("Shorthand Syntax:"), "{text}");
    assert!(text.contains("JSON Syntax:"), "{text}");
    assert!(
        text.contains("OUTPUT\n       actionArn -> (string)"),
        "{text}"
    );
    let text = stdout(&env, &["start-detect-mitigation-actions-task", "--help"]);
    assert!(
        text.contains("[--include-only-active-violations | --no-include-only-active-violations]"),
        "{text}"
    );
    assert!(
        text.contains("       --client-request-token (string)\n"),
        "{text}"
    );
    for c in COMMANDS {
        let text = stdout(&env, &[c, "help"]);
        assert!(text.starts_with(&format!("NAME\n       {c}\n")), "{c}");
        assert!(text.contains("--generate-cli-skeleton"), "{c}");
    }
    let text = stdout(&env, &["help", "list-mitigation-actions"]);
    assert!(text.contains("[--max-items <value>]"), "{text}");
}

#[test]
fn help_lists_only_the_options_a_command_has() {
    let env = Env::new("iso8601");
    // list-tags-for-resource pages without a limit: no --page-size, in the synopsis or below.
    let text = stdout(&env, &["list-tags-for-resource", "help"]);
    assert!(!text.contains("--page-size"), "{text}");
    assert!(text.contains("[--max-items <value>]"), "{text}");
    // list-certificates' own pageSize is its one --page-size.
    let text = stdout(&env, &["list-certificates", "help"]);
    assert_eq!(text.matches("[--page-size <value>]").count(), 1, "{text}");
    assert_eq!(
        text.matches("       --page-size (integer)").count(),
        1,
        "{text}"
    );
    // create-keys-and-certificate's outfiles come after its members, in v2's order and words.
    let text = stdout(&env, &["create-keys-and-certificate", "help"]);
    assert!(
        text.contains(
            "          [--set-as-active | --no-set-as-active]\n          \
             [--certificate-pem-outfile <value>]\n          [--public-key-outfile <value>]\n          \
             [--private-key-outfile <value>]\n          [--cli-input-json"
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "       --private-key-outfile (string)\n          Saves the command output contents of \
             keyPair.PrivateKey to the given"
        ),
        "{text}"
    );
}

#[test]
fn completion_prints_the_committed_scripts() {
    let env = Env::new("iso8601");
    let root = env!("CARGO_MANIFEST_DIR");
    for (shell, file) in [
        ("bash", "iotmit.bash"),
        ("zsh", "_iotmit"),
        ("fish", "iotmit.fish"),
        ("powershell", "_iotmit.ps1"),
        ("elvish", "iotmit.elv"),
    ] {
        let committed = std::fs::read_to_string(format!("{root}/completions/{file}")).unwrap();
        assert_eq!(stdout(&env, &["completion", shell]), committed, "{shell}");
    }
    let out = env.command().args(["completion", "tcsh"]).output().unwrap();
    assert_eq!(out.status.code(), Some(252));
}

#[test]
fn action_names_complete_from_the_service_through_a_cache() {
    let env = Env::new("iso8601");
    let state = env.dir.join("state.sqlite3");
    let cache = env.dir.join("cache");
    let run = |args: &[&str]| {
        let out = env
            .command()
            .env("XDG_CACHE_HOME", &cache)
            .arg("--local-state")
            .arg(&state)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    run(&[
        "create-mitigation-action",
        "--action-name",
        "Zeta",
        "--role-arn",
        "arn:aws:iam::123456789012:role/R1234567",
        "--action-params",
        "updateDeviceCertificateParams={action=DEACTIVATE}",
    ]);
    run(&[
        "create-mitigation-action",
        "--action-name",
        "Alpha",
        "--role-arn",
        "arn:aws:iam::123456789012:role/R1234567",
        "--action-params",
        "updateDeviceCertificateParams={action=DEACTIVATE}",
    ]);
    assert_eq!(run(&["__complete-action-names"]), "Alpha\nZeta\n");
    // Within the cache's lifetime a new action is not listed yet.
    run(&[
        "create-mitigation-action",
        "--action-name",
        "Mid",
        "--role-arn",
        "arn:aws:iam::123456789012:role/R1234567",
        "--action-params",
        "updateDeviceCertificateParams={action=DEACTIVATE}",
    ]);
    assert_eq!(run(&["__complete-action-names"]), "Alpha\nZeta\n");
}

/// Every example of the help runs as written against the local endpoint's demo data.
#[test]
fn every_example_runs_against_the_demo_data() {
    let env = Env::new("iso8601");
    let state = env.dir.join("examples.sqlite3");
    let mut lines: Vec<(&str, &str)> = Vec::new();
    for c in COMMANDS {
        for (_, line) in iotmit::cli::examples::for_command(c) {
            lines.push((c, line));
        }
    }
    // Deleting comes last, so that the other examples find the actions.
    lines.sort_by_key(|(c, _)| *c == "delete-mitigation-action");
    assert!(lines.len() >= 15);
    for (command, line) in lines {
        let shell_line = line.replacen(
            "iotmit ",
            &format!(
                "'{}' --local-state '{}' ",
                env!("CARGO_BIN_EXE_iotmit"),
                state.display()
            ),
            1,
        );
        let out = env
            .command_named("sh")
            .args(["-c", &shell_line])
            .env("IOTMIT_LOCAL_EXECUTION_MS", "10")
            .output()
            .unwrap();
        let code = out.status.code();
        // A task that ended FAILED (3), or a cancel of a task that already ended, is the data's
        // doing, not the example's.
        let fine = code == Some(0)
            || code == Some(3)
            || (command.starts_with("cancel-") && code == Some(254));
        assert!(
            fine,
            "{line}: {code:?} {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
