//! The zsh completion script: clap_complete's, where some options' values are completed by
//! functions of these additions.

use super::*;

/// The zsh script: clap_complete's, where the value of some options is completed by a function
/// of these additions instead (its `_arguments` action is replaced):
/// `_iotmit_value_words` for structured options and --cli-input-json/--cli-input-yaml (`file://`
/// then paths, shorthand keys also after a comma, no space after `key=`), and
/// `_iotmit_action_names` for options naming existing mitigation actions.
pub(crate) fn zsh_script(script: &str) -> String {
    let options = value_options();
    let find = |command: &str, option: &str| {
        options
            .iter()
            .find(|v| v.command == command && v.option == option)
    };
    let mut out = String::with_capacity(script.len() + 4096);
    let mut block = String::new();
    let finale = "if [ \"$funcstack[1]\" = \"_iotmit\" ]; then";
    let mut additions_written = false;
    for line in script.split_inclusive('\n') {
        let trimmed = line.trim();
        // `(create-mitigation-action)` opens the `_arguments` block of a command.
        if let Some(name) = trimmed
            .strip_prefix('(')
            .and_then(|t| t.strip_suffix(')'))
            .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        {
            block = name.to_string();
        }
        if trimmed.starts_with(finale) && !additions_written {
            out.push_str(&zsh_additions());
            additions_written = true;
        }
        let replaced = zsh_option_line(trimmed).and_then(|(option, head)| {
            let v = find(&block, &format!("--{option}"))?;
            // A leading space makes `_arguments` call the function with these words only (its
            // compadd options are in $expl).
            let action = if v.action_names {
                " _iotmit_action_names".to_string()
            } else {
                let mut words = v.keys.clone();
                if v.file_uri {
                    // Unescaped, a colon would start the spec of another argument.
                    words.push(FILE_URI.replace(':', "\\:"));
                }
                format!(" _iotmit_value_words {}", words.join(" "))
            };
            let indent = &line[..line.len() - line.trim_start().len()];
            Some(format!("{indent}{head}:{action}' \\\n"))
        });
        match replaced {
            Some(l) => out.push_str(&l),
            None => out.push_str(line),
        }
    }
    if !additions_written {
        out.push_str(&zsh_additions());
    }
    out
}

/// For a line `'--name=[help]:value name:action' \` of an `_arguments` call, the option's name
/// and everything before the action (up to and including the value name). The help is escaped
/// (`\]`, `\:`), so its end is the first `]` not escaped.
pub(crate) fn zsh_option_line(trimmed: &str) -> Option<(&str, &str)> {
    let body = trimmed.strip_suffix("' \\")?;
    let rest = body.strip_prefix("'--")?;
    let (name, help_and_after) = rest.split_once("=[")?;
    let mut escaped = false;
    let mut help_end = None;
    for (i, c) in help_and_after.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ']' => {
                help_end = Some(i);
                break;
            }
            _ => {}
        }
    }
    let after = &help_and_after[help_end? + 1..];
    let value_name = after.strip_prefix(':')?;
    let (value_name, _action) = value_name.split_once(':')?;
    let head_len = body.len() - after.len() + 1 + value_name.len();
    Some((name, &body[..head_len]))
}

pub(crate) fn zsh_additions() -> String {
    format!(
        r#"# ----------------------------------------------------------------------------------------------
# iotmit additions, used as `_arguments` actions above (called with the words given there; the
# options for compadd are in $expl).

# Completes a value that may be file://PATH, or shorthand: offers the words given (`key=` and
# `file://`), after a comma the keys again, and no space after them.
(( $+functions[_iotmit_value_words] )) ||
_iotmit_value_words() {{
    if compset -P 'file://' || compset -P 'fileb://'; then
        _files
        return
    fi
    [[ "$PREFIX" == *[\{{\[]* ]] && return 1
    local -a values
    values=("$@")
    if compset -P '*,'; then
        values=(${{values:#file://}})
    fi
    [[ "$PREFIX" == *=* ]] && return 1
    compadd "${{expl[@]}}" -S '' -- "${{values[@]}}"
}}

# With {env}=1, completes the names of existing mitigation actions from
# `iotmit {hidden}` (kept by iotmit for about {ttl} seconds), passing along the profile,
# Region and endpoint given on the line.
(( $+functions[_iotmit_action_names] )) ||
_iotmit_action_names() {{
    [[ "${{{env}:-}}" == 1 ]] || return 1
    local -a line pass names
    local i
    line=(${{(z)BUFFER}})
    for (( i = 2; i <= $#line; i++ )); do
        case "${{line[i]}}" in
            ({fwd_valued})
                pass+=("${{line[i]}}" "${{(Q)line[i+1]}}")
                (( i++ ))
                ;;
            ({fwd_inline}|{fwd_switches})
                pass+=("${{(Q)line[i]}}")
                ;;
        esac
    done
    names=(${{(f)"$(_call_program action-names ${{(Q)line[1]:-{bin}}} ${{(q)pass[@]}} {hidden} 2>/dev/null)"}})
    _wanted action-names expl 'mitigation action' compadd -a names
}}

"#,
        env = COMPLETE_ACTIONS_ENV,
        hidden = COMPLETE_ACTION_NAMES,
        ttl = ACTION_NAMES_TTL.as_secs(),
        bin = BIN,
        fwd_valued = dashed(FORWARDED_VALUED),
        fwd_inline = FORWARDED_VALUED
            .iter()
            .map(|n| format!("--{n}=*"))
            .collect::<Vec<_>>()
            .join("|"),
        fwd_switches = dashed(FORWARDED_SWITCHES),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zsh_actions_are_replaced_where_meant() {
        let zsh = completion_script(Shell::Zsh);
        assert!(zsh.contains(": _iotmit_value_words updateDeviceCertificateParams="));
        assert!(zsh.contains("'--action-name=["));
        assert_eq!(zsh.matches(": _iotmit_action_names' \\").count(), 4);
        assert_eq!(
            zsh.matches(": _iotmit_value_words file\\://' \\").count(),
            // --cli-input-json and --cli-input-yaml of 113 commands, and the five map options.
            231
        );
        assert!(zsh.contains("(( $+functions[_iotmit_action_names] ))"));
        let finale = zsh
            .find("if [ \"$funcstack[1]\" = \"_iotmit\" ]")
            .expect("finale");
        assert!(zsh.find("_iotmit_value_words() {").expect("function") < finale);
    }

    #[test]
    fn zsh_option_lines_are_split_after_the_escaped_help() {
        let line = r"'--target=[\[required\] Targets\: a\]b]:structure:(a= file\://)' \";
        assert_eq!(
            zsh_option_line(line),
            Some((
                "target",
                r"'--target=[\[required\] Targets\: a\]b]:structure"
            ))
        );
        assert_eq!(zsh_option_line("'--x=[help]' \\"), None);
        assert_eq!(zsh_option_line("'-h+[help]' \\"), None);
    }
}
