//! Completion scripts for bash, zsh, fish, PowerShell and elvish: clap_complete's scripts for
//! the command line of [`crate::cli::command`], with additions for what clap cannot express
//! (`file://` paths, shorthand keys after a comma, names of existing mitigation actions), one
//! file per shell that gets them.

mod bash;
mod fish;
mod zsh;

use bash::bash_script;
use fish::fish_script;
use zsh::zsh_script;

use crate::cli::command::*;
use crate::cli::definition::*;
use crate::cli::describe::*;
use crate::model::{self, Kind};
use clap_complete::Shell;

/// One option of one command whose values the completion additions know more about than clap.
pub(crate) struct ValueOption {
    command: String,
    option: String,
    /// Takes every word up to the next option.
    many: bool,
    /// Top-level shorthand keys, as `key=`.
    keys: Vec<String>,
    /// Accepts `file://PATH`, and `file://` is offered.
    file_uri: bool,
    /// Names existing mitigation actions.
    action_names: bool,
}

pub(crate) fn value_options() -> Vec<ValueOption> {
    let mut out = Vec::new();
    for op in model::get().operations.values() {
        let command = model::cli_name(op.name);
        if let Some(input) = input_shape(op) {
            for (name, member) in &input.members {
                let Some(s) = shape(member.shape) else {
                    continue;
                };
                let composite = is_structured(s);
                let action_names = names_existing_actions(op, member);
                if composite || action_names {
                    out.push(ValueOption {
                        command: command.clone(),
                        option: format!("--{}", model::cli_name(name)),
                        many: s.kind == Kind::List,
                        keys: shorthand_keys(s),
                        file_uri: composite,
                        action_names,
                    });
                }
            }
        }
        for option in ["--cli-input-json", "--cli-input-yaml"] {
            out.push(ValueOption {
                command: command.clone(),
                option: option.to_string(),
                many: false,
                keys: Vec::new(),
                file_uri: true,
                action_names: false,
            });
        }
    }
    out
}

pub(crate) fn global_valued_names() -> Vec<&'static str> {
    GLOBAL_OPTIONS
        .iter()
        .filter(|g| !matches!(g.takes, Takes::Switch))
        .map(|g| g.name)
        .collect()
}

/// `"cmd --opt"|"cmd2 --opt"` for a shell `case` pattern.
pub(crate) fn case_pattern<'a>(pairs: impl Iterator<Item = &'a ValueOption>) -> String {
    let items: Vec<String> = pairs
        .map(|v| format!("\"{} {}\"", v.command, v.option))
        .collect();
    if items.is_empty() {
        "\"\"".to_string()
    } else {
        items.join("|")
    }
}

pub(crate) fn dashed(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("--{n}"))
        .collect::<Vec<_>>()
        .join("|")
}

/// The completion script for a shell (bash, zsh, fish, powershell, elvish).
///
/// Every shell completes the commands, the options of each, enum values (`--action-type`,
/// `--task-status`, `--action-status`, `--output`, `--color`...), the top-level shorthand keys of
/// structured options (`--action-params updateDeviceCertificateParams=`) and `file://`. bash, zsh
/// and fish also complete paths after `file://`, shorthand keys after a comma, and, with
/// `IOTMIT_COMPLETE_ACTIONS=1`, the names of existing mitigation actions after `--action-name` and
/// `--actions` (zsh: the first word of `--actions` only) by running `iotmit
/// __complete-action-names`. PowerShell and elvish get clap_complete's script as it is.
pub fn completion_script(shell: Shell) -> String {
    let mut cmd = tree(false);
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, BIN, &mut buf);
    let script = String::from_utf8_lossy(&buf).into_owned();
    match shell {
        Shell::Bash => bash_script(script),
        Shell::Zsh => zsh_script(&script),
        Shell::Fish => fish_script(script),
        _ => script,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Command;
    use clap_complete::Generator;
    use std::path::Path;

    /// Runs the bash completion for a line (the cursor at its end) and returns the candidates,
    /// with `iotmit` a shell function that lists two actions.
    fn bash_complete(script: &Path, line: &str, env: &str) -> Vec<String> {
        // Readline's word splitting, for COMP_WORDS and the word being completed.
        let program = format!(
            r#"
source "$1"
iotmit() {{ case "$*" in *__complete-action-names*) printf '%s\n' Quarantine Deactivate "$*" ;; esac; }}
COMP_LINE="$2"
COMP_POINT=${{#COMP_LINE}}
{env}
words=()
w=""
for (( k = 0; k < ${{#COMP_LINE}}; k++ )); do
    ch="${{COMP_LINE:k:1}}"
    case "$ch" in
        " ") [[ -n "$w" ]] && words+=("$w"); w="" ;;
        "="|":") [[ -n "$w" ]] && words+=("$w"); words+=("$ch"); w="" ;;
        *) w+="$ch" ;;
    esac
done
if [[ "${{words[${{#words[@]}}-1]}}" == "=" || "${{words[${{#words[@]}}-1]}}" == ":" ]] && [[ -z "$w" ]]; then cur=""; else cur="$w"; fi
words+=("$cur")
COMP_WORDS=("${{words[@]}}")
COMP_CWORD=$(( ${{#words[@]}} - 1 ))
prev="${{words[COMP_CWORD-1]}}"
compopt() {{ :; }}
_iotmit_complete iotmit "$cur" "$prev"
printf '%s\n' "${{COMPREPLY[@]}}"
"#
        );
        let out = std::process::Command::new("bash")
            .arg("-c")
            .arg(program)
            .arg("bash")
            .arg(script)
            .arg(line)
            .output()
            .expect("bash");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect()
    }

    #[test]
    fn bash_completes_enum_values() {
        let bash = completion_script(Shell::Bash);
        let line = bash
            .lines()
            .skip_while(|l| !l.contains("--action-type)"))
            .find(|l| l.contains("COMPREPLY=("))
            .expect("a case for --action-type");
        for value in [
            "UPDATE_DEVICE_CERTIFICATE",
            "UPDATE_CA_CERTIFICATE",
            "ADD_THINGS_TO_THING_GROUP",
            "REPLACE_DEFAULT_POLICY_VERSION",
            "ENABLE_IOT_LOGGING",
            "PUBLISH_FINDING_TO_SNS",
        ] {
            assert!(line.contains(value), "{value} in {line}");
        }
        for (option, value) in [
            ("--task-status", "CANCELED"),
            ("--action-status", "SKIPPED"),
            ("--output", "yaml-stream"),
            ("--color", "auto"),
            ("--action-params", "updateDeviceCertificateParams="),
        ] {
            let line = bash
                .lines()
                .skip_while(|l| !l.contains(&format!("{option})")))
                .find(|l| l.contains("COMPREPLY=("))
                .unwrap_or_else(|| panic!("a case for {option}"));
            assert!(line.contains(value), "{value} in {line}");
        }
    }

    #[test]
    fn the_hidden_command_is_described_but_never_offered() {
        let hidden = command()
            .find_subcommand(COMPLETE_ACTION_NAMES)
            .map(Command::is_hide_set);
        assert_eq!(hidden, Some(true));
        for shell in [Shell::PowerShell, Shell::Elvish] {
            assert!(!completion_script(shell).contains(COMPLETE_ACTION_NAMES));
        }
        let fish = completion_script(Shell::Fish);
        assert!(!fish.contains(&format!("-a \"{COMPLETE_ACTION_NAMES}\"")));
        assert!(!fish.contains(&format!("using_subcommand {COMPLETE_ACTION_NAMES}")));
        let zsh = completion_script(Shell::Zsh);
        assert!(!zsh.contains(&format!("'{COMPLETE_ACTION_NAMES}:")));
        let bash = completion_script(Shell::Bash);
        assert!(!bash
            .lines()
            .any(|l| l.trim().starts_with("opts=") && l.contains(COMPLETE_ACTION_NAMES)));
    }

    #[test]
    fn completion_files_have_the_usual_names() {
        let names: Vec<String> = SHELLS.iter().map(|s| s.file_name(BIN)).collect();
        assert_eq!(
            names,
            [
                "iotmit.bash",
                "_iotmit",
                "iotmit.fish",
                "_iotmit.ps1",
                "iotmit.elv"
            ]
        );
    }

    #[test]
    fn bash_completion_works_in_bash() {
        let dir = std::env::temp_dir().join(format!("iotmit-bash-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let script = dir.join("iotmit.bash");
        std::fs::write(&script, completion_script(Shell::Bash)).expect("write");
        std::fs::write(dir.join("params.json"), "{}").expect("write");
        let path = |p: &str| dir.join(p).display().to_string();
        let cases: Vec<(String, &str, Vec<String>)> = vec![
            (
                "iotmit list-mitigation-actions --action-type UPDATE_".into(),
                "",
                vec![
                    "UPDATE_DEVICE_CERTIFICATE".into(),
                    "UPDATE_CA_CERTIFICATE".into(),
                ],
            ),
            (
                "iotmit --region eu-west-1 list-audit-mitigation-actions-tasks --task-status C"
                    .into(),
                "",
                vec!["COMPLETED".into(), "CANCELED".into()],
            ),
            (
                "iotmit describe-mitigation-action --output=y".into(),
                "",
                vec!["yaml".into(), "yaml-stream".into()],
            ),
            (
                "iotmit create-mitigation-action --action-params up".into(),
                "",
                vec![
                    "updateDeviceCertificateParams=".into(),
                    "updateCACertificateParams=".into(),
                ],
            ),
            (
                "iotmit start-audit-mitigation-actions-task --target auditTaskId=abc,fi".into(),
                "",
                vec!["abc,findingIds=".into()],
            ),
            (
                "iotmit start-audit-mitigation-actions-task --target auditTaskId=abc".into(),
                "",
                vec!["abc".into()],
            ),
            (
                "iotmit describe-mitigation-action --cli-input-json ".into(),
                "",
                vec!["file://".into()],
            ),
            (
                format!(
                    "iotmit describe-mitigation-action --cli-input-json file://{}",
                    path("par")
                ),
                "",
                vec![format!("//{}", path("params.json"))],
            ),
            (
                "iotmit describe-mitigation-action --action-name Q".into(),
                "",
                vec!["Q".into()],
            ),
            (
                "iotmit --profile dev describe-mitigation-action --action-name Q".into(),
                "IOTMIT_COMPLETE_ACTIONS=1",
                vec!["Quarantine".into()],
            ),
            (
                "iotmit --profile dev --region=eu-west-1 start-detect-mitigation-actions-task --actions Quarantine ".into(),
                "IOTMIT_COMPLETE_ACTIONS=1",
                vec![
                    "Quarantine".into(),
                    "Deactivate".into(),
                    "--profile dev --region=eu-west-1 __complete-action-names".into(),
                ],
            ),
            (
                "iotmit wait ".into(),
                "",
                vec![
                    "-h".into(),
                    "--help".into(),
                    "audit-mitigation-actions-task-complete".into(),
                    "detect-mitigation-actions-task-complete".into(),
                    "audit-task-complete".into(),
                ],
            ),
            (
                "iotmit completion f".into(),
                "",
                vec!["fish".into()],
            ),
        ];
        for (line, env, expected) in cases {
            let got = bash_complete(&script, &line, env);
            assert_eq!(got, expected, "bash completion of `{line}`");
        }
        let got = bash_complete(&script, "iotmit list-mitigation-actions --", "");
        for option in ["--action-type", "--page-size", "--region", "--no-paginate"] {
            assert!(got.contains(&option.to_string()), "{option} in {got:?}");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Fails the test, naming the package, when a shell the completions are written for is
    /// missing: `scripts/test` installs them.
    fn require_shell(name: &str) {
        let found = std::process::Command::new(name)
            .arg("-c")
            .arg("exit 0")
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(
            found,
            "{name} is not installed (Debian: apt-get install {name}); scripts/test installs it"
        );
    }

    #[test]
    fn fish_completion_works_in_fish() {
        require_shell("fish");
        let dir = std::env::temp_dir().join(format!("iotmit-fish-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let script = dir.join("iotmit.fish");
        std::fs::write(&script, completion_script(Shell::Fish)).expect("write");
        let complete = |line: &str, env: &str| -> Vec<String> {
            let program = format!(
                "source $argv[1]; function iotmit; printf '%s\\n' Quarantine Deactivate; end; {env} complete -C '{line}'"
            );
            let out = std::process::Command::new("fish")
                .arg("--no-config")
                .arg("-c")
                .arg(program)
                .arg(&script)
                .output()
                .expect("fish");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .map(|l| l.split('\t').next().unwrap_or("").to_string())
                .collect()
        };
        let got = complete("iotmit list-mitigation-actions --action-type UPDATE_", "");
        assert!(
            got.contains(&"UPDATE_CA_CERTIFICATE".to_string()),
            "{got:?}"
        );
        let got = complete(
            "iotmit start-audit-mitigation-actions-task --target auditTaskId=x,f",
            "",
        );
        assert_eq!(got, vec!["auditTaskId=x,findingIds=".to_string()]);
        let got = complete(
            "iotmit delete-mitigation-action --action-name Q",
            "set -x IOTMIT_COMPLETE_ACTIONS 1;",
        );
        assert_eq!(got, vec!["Quarantine".to_string()]);
        let got = complete("iotmit delete-mitigation-action --action-name Q", "");
        assert!(got.is_empty(), "{got:?}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// Drives an interactive zsh in a pseudo-terminal: loads the completion through `compinit`,
    /// binds Tab to completion followed by printing the edited line between \x01 and \x02,
    /// types `$2` and a Tab, and prints that line.
    const ZSH_DRIVER: &str = r#"
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PS1=''; fpath=($1 \$fpath); autoload -U compinit; compinit -u -D"
zpty -w z "iotmit() { case \"\$*\" in *__complete-action-names*) print -l Quarantine Deactivate ;; esac }"
zpty -w z 'tab() { zle complete-word; print -rn -- $'"'"'\x01'"'"'"$BUFFER"$'"'"'\x02'"'"' }; zle -N tab; bindkey "^I" tab'
zpty -w z "$2"$'\t'
zpty -r -m z out "*"$'\x02'"*"
zpty -d z
out=${out##*$'\x01'}
print -rn -- "${out%%$'\x02'*}"
"#;

    #[test]
    fn zsh_completion_works_in_zsh() {
        require_shell("zsh");
        let dir = std::env::temp_dir().join(format!("iotmit-zsh-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("_iotmit"), completion_script(Shell::Zsh)).expect("write");
        let complete = |line: &str, actions: bool| -> String {
            let mut zsh = std::process::Command::new("timeout");
            zsh.args(["20", "zsh", "-f", "-c", ZSH_DRIVER, "zsh"])
                .arg(&dir)
                .arg(line)
                .env_remove("IOTMIT_COMPLETE_ACTIONS");
            if actions {
                zsh.env("IOTMIT_COMPLETE_ACTIONS", "1");
            }
            let out = zsh.output().expect("zsh");
            assert!(
                out.status.success(),
                "zsh completion of `{line}`: {:?} {}",
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        for (line, actions, expected) in [
            (
                "iotmit describe-mitigation-ac",
                false,
                "iotmit describe-mitigation-action ",
            ),
            (
                "iotmit list-mitigation-actions --action-type UPDATE_C",
                false,
                "iotmit list-mitigation-actions --action-type UPDATE_CA_CERTIFICATE ",
            ),
            (
                "iotmit start-audit-mitigation-actions-task --target auditTaskId=x,f",
                false,
                "iotmit start-audit-mitigation-actions-task --target auditTaskId=x,findingIds=",
            ),
            (
                "iotmit delete-mitigation-action --action-name Q",
                true,
                "iotmit delete-mitigation-action --action-name Quarantine ",
            ),
            (
                "iotmit delete-mitigation-action --action-name Q",
                false,
                "iotmit delete-mitigation-action --action-name Q",
            ),
            (
                "iotmit wait audit-m",
                false,
                "iotmit wait audit-mitigation-actions-task-complete ",
            ),
        ] {
            assert_eq!(
                complete(line, actions),
                expected,
                "zsh completion of `{line}`"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
