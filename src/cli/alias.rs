//! Aliases, as the AWS CLI v2 reads them from `~/.aws/cli/alias`: the words of the command line
//! are expanded here, before they are parsed.
//!
//! iotmit is `aws iot`, so `iotmit NAME …` is `aws iot NAME …`:
//! * `[command iot]` aliases apply to the command word (`la = list-mitigation-actions
//!   --max-items 5`, then `iotmit la`); an alias may name another alias of the section, and an
//!   alias named like a real command shadows it, its first word then standing for that command.
//! * `[command iot <command>]` aliases are bags of options: `iotmit list-mitigation-actions
//!   mine` puts the options of `mine` in front of the words typed after it.
//! * `[toplevel]` aliases apply when the command word is neither a command of iotmit nor a
//!   `[command iot]` alias: `mylist = iot list-mitigation-actions` makes `iotmit mylist` what
//!   `aws mylist` is. A toplevel alias that runs another service leaves that service's name as
//!   the command word, which iotmit then refuses as it refuses any command it does not have.
//! * A value starting with `!` runs through `/bin/sh -c` with the remaining words, shell-quoted,
//!   after it (global options left out), and its exit status is iotmit's.
//!
//! Global options in an alias value win over the ones typed (they are moved to the end of the
//! words); `--debug` and `--profile` are refused there, as v2 refuses them. A file that is not
//! valid INI stops every command, as in v2.

use crate::error::{CliError, Result};
use crate::model::{self, Kind};
use std::collections::HashMap;

/// What the words became.
#[derive(Debug, PartialEq, Eq)]
pub enum Expansion {
    /// The command line to parse.
    Words(Vec<String>),
    /// A shell alias ran, with this exit status.
    Exited(i32),
}

/// Global options an alias value may not set.
const REFUSED_IN_ALIASES: &[&str] = &["debug", "profile"];

/// How deep aliases may refer to aliases; v2's limit is Python's recursion limit.
const MAX_DEPTH: usize = 100;

/// Sections of the alias file: `toplevel`, `command iot`, `command iot list-mitigation-actions`.
type Sections = HashMap<String, HashMap<String, String>>;

/// Where v2 reads aliases: `~/.aws/cli/alias`.
fn alias_path() -> Option<std::path::PathBuf> {
    let home = std::env::var_os("HOME").filter(|h| !h.is_empty())?;
    Some(
        std::path::Path::new(&home)
            .join(".aws")
            .join("cli")
            .join("alias"),
    )
}

/// Expands the aliases of `argv` (the words after the program name).
pub fn expand(argv: &[String]) -> Result<Expansion> {
    let Some(path) = alias_path() else {
        return Ok(Expansion::Words(argv.to_vec()));
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok(Expansion::Words(argv.to_vec()))
        }
        Err(_) => return Err(unparsable(&path)),
    };
    let text = String::from_utf8(bytes).map_err(|_| unparsable(&path))?;
    let sections = parse_ini(&text).ok_or_else(|| unparsable(&path))?;
    expand_with(argv, &sections, &mut run_shell)
}

fn unparsable(path: &std::path::Path) -> CliError {
    CliError::Other(format!(
        "Unable to parse config file: {}",
        path.to_string_lossy()
    ))
}

fn is_operation(word: &str) -> bool {
    model::get().operation_by_cli_name(word).is_some()
}

fn is_command(word: &str) -> bool {
    is_operation(word)
        || crate::cli::definition::OWN_COMMANDS
            .iter()
            .any(|c| c.typed && c.name == word)
        || word == "iot"
}

/// The expansion itself, with the shell runner given (tests run none).
pub fn expand_with(
    argv: &[String],
    sections: &Sections,
    shell: &mut dyn FnMut(&str) -> i32,
) -> Result<Expansion> {
    let empty = HashMap::new();
    let toplevel = sections.get("toplevel").unwrap_or(&empty);
    let service = sections.get("command iot").unwrap_or(&empty);
    let mut words = argv.to_vec();
    let mut alias_globals: Vec<String> = Vec::new();
    let mut depth = 0;
    let recursion =
        || CliError::Other("maximum recursion depth exceeded while calling a Python object".into());
    // The command word, through toplevel and `[command iot]` aliases.
    let at = loop {
        let Some(mut at) = next_positional(&words, 0, None) else {
            return Ok(Expansion::Words(words));
        };
        let word = words[at].clone();
        if !is_command(&word) && !service.contains_key(&word) {
            if let Some(value) = toplevel.get(&word) {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(recursion());
                }
                if let Some(command) = value.strip_prefix('!') {
                    return Ok(Expansion::Exited(shell(&shell_line(
                        command,
                        &words[at + 1..],
                    ))));
                }
                let mut rest = alias_words(&word, value, &mut alias_globals)?;
                if rest.first().map(String::as_str) == Some("iot") {
                    rest.remove(0);
                }
                words.splice(at..=at, rest);
                continue;
            }
        }
        if word == "iot" {
            match next_positional(&words, at + 1, None) {
                Some(next) => at = next,
                None => break None,
            }
        }
        let word = words[at].clone();
        let Some(value) = service.get(&word) else {
            break Some(at);
        };
        depth += 1;
        if depth > MAX_DEPTH {
            return Err(recursion());
        }
        if let Some(command) = value.strip_prefix('!') {
            return Ok(Expansion::Exited(shell(&shell_line(
                command,
                &words[at + 1..],
            ))));
        }
        let rest = alias_words(&word, value, &mut alias_globals)?;
        if is_command(&word) {
            // Shadowing a command: the first word of the value stands for the command itself.
            words.splice(at + 1..at + 1, rest.into_iter().skip(1));
            break Some(at);
        }
        words.splice(at..=at, rest);
    };
    // Bags of options of the command.
    if let Some(at) = at {
        let op = words[at].clone();
        if let Some(bags) = sections.get(&format!("command iot {op}")) {
            while let Some(pos) = next_positional(&words, at + 1, Some(&op)) {
                let Some(value) = bags.get(&words[pos]).cloned() else {
                    break;
                };
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(recursion());
                }
                let name = words.remove(pos);
                if let Some(command) = value.strip_prefix('!') {
                    return Ok(Expansion::Exited(shell(&shell_line(
                        command,
                        &words[at + 1..],
                    ))));
                }
                let rest = alias_words(&name, &value, &mut alias_globals)?;
                words.splice(at + 1..at + 1, rest);
            }
        }
    }
    words.extend(alias_globals);
    Ok(Expansion::Words(words))
}

/// The words of an internal alias, its global options moved to `globals`.
fn alias_words(name: &str, value: &str, globals: &mut Vec<String>) -> Result<Vec<String>> {
    let words = crate::python::shlex_split(value).map_err(|e| {
        CliError::Other(format!(
            "Value of alias \"{name}\" could not be parsed. Received error: {e} when parsing:\n{value}"
        ))
    })?;
    let words: Vec<String> = words
        .into_iter()
        .map(|w| w.trim_matches('\n').to_string())
        .collect();
    let mut rest = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let w = &words[i];
        match global_option(w) {
            Some((option, takes_value)) => {
                if REFUSED_IN_ALIASES.contains(&option) {
                    return Err(CliError::Other(format!(
                        "Global parameter \"--{option}\" detected in alias \"{name}\" which is not supported in subcommand aliases."
                    )));
                }
                globals.push(w.clone());
                if takes_value && !w.contains('=') {
                    if let Some(v) = words.get(i + 1) {
                        globals.push(v.clone());
                        i += 1;
                    }
                }
            }
            None => rest.push(w.clone()),
        }
        i += 1;
    }
    Ok(rest)
}

/// `--output`, `--output=text`: the global option's name and whether it takes a value.
fn global_option(word: &str) -> Option<(&'static str, bool)> {
    let name = word.strip_prefix("--")?;
    let name = name.split_once('=').map_or(name, |(n, _)| n);
    let g = crate::cli::definition::GLOBAL_OPTIONS
        .iter()
        .find(|g| g.name == name)?;
    let valued = !matches!(g.takes, crate::cli::definition::Takes::Switch);
    (valued || !word.contains('=')).then_some((g.name, valued))
}

/// How many words an option of `op` takes: `None` for one, `Some(true)` for a list, `Some(false)`
/// for a switch.
fn option_arity(op: Option<&str>, word: &str) -> Option<bool> {
    let name = word.strip_prefix("--")?;
    let name = name.split_once('=').map_or(name, |(n, _)| n);
    if let Some((_, valued)) = global_option(word) {
        return if valued { None } else { Some(false) };
    }
    let m = model::get();
    let input = op
        .and_then(|o| m.operation_by_cli_name(o))
        .and_then(|o| m.input(o));
    let Some(input) = input else {
        return Some(false);
    };
    for (member, shape_ref) in &input.members {
        let cli = model::cli_name(member);
        let shape = m.shape(shape_ref.shape);
        if cli == name {
            return match shape.kind {
                Kind::Boolean => Some(false),
                Kind::List => Some(true),
                _ => None,
            };
        }
        if shape.kind == Kind::Boolean && name.strip_prefix("no-") == Some(cli.as_str()) {
            return Some(false);
        }
    }
    match name {
        "max-items" | "page-size" | "starting-token" | "cli-input-json" | "cli-input-yaml"
        | "wait-timeout" => None,
        // Unknown options take nothing, as argparse leaves them.
        _ => Some(false),
    }
}

/// The first word at or after `from` that is neither an option nor an option's value.
fn next_positional(words: &[String], from: usize, op: Option<&str>) -> Option<usize> {
    let mut i = from;
    while i < words.len() {
        let w = &words[i];
        if w.starts_with("--") && w.len() > 2 {
            match option_arity(op, w) {
                _ if w.contains('=') => {}
                None => i += 1,
                Some(true) => {
                    while words.get(i + 1).is_some_and(|n| !n.starts_with("--")) {
                        i += 1;
                    }
                }
                Some(false) => {}
            }
        } else {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The line `/bin/sh -c` runs: the alias's command, then the words typed after the alias
/// (global options left out, as v2's parser takes them), each shell-quoted.
fn shell_line(command: &str, after: &[String]) -> String {
    let mut line = command.to_string();
    let mut i = 0;
    while i < after.len() {
        match global_option(&after[i]) {
            Some((_, true)) if !after[i].contains('=') => i += 1,
            Some(_) => {}
            None => {
                line.push(' ');
                line.push_str(&shell_quote(&after[i]));
            }
        }
        i += 1;
    }
    line
}

fn run_shell(line: &str) -> i32 {
    use std::io::Write;
    let _ = std::io::stdout().flush();
    match std::process::Command::new("/bin/sh")
        .arg("-c")
        .arg(line)
        .status()
    {
        Ok(status) => status.code().unwrap_or_else(|| {
            use std::os::unix::process::ExitStatusExt;
            // Python returns minus the signal, which the exit status keeps modulo 256.
            (256 - status.signal().unwrap_or(0)) & 0xff
        }),
        Err(_) => 127,
    }
}

/// A word quoted for the shell as Python's `shlex.quote` quotes it.
pub fn shell_quote(word: &str) -> String {
    if word.is_empty() {
        return "''".into();
    }
    let safe = word
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "_@%+=:,./-".contains(c));
    if safe {
        word.to_string()
    } else {
        format!("'{}'", word.replace('\'', "'\"'\"'"))
    }
}

/// An INI file as Python's `configparser.RawConfigParser` reads it; `None` where it refuses
/// the file (a line before any section, a line that is not `name = value`, a section or a
/// name given twice). Names are lower-cased; `[DEFAULT]` values are in every section;
/// `[command iot  x]` is read as `command iot x`.
pub fn parse_ini(text: &str) -> Option<Sections> {
    /// A name and the lines of its value.
    type Entry = (String, Vec<String>);
    let mut sections: Vec<(String, Vec<Entry>)> = Vec::new();
    let mut defaults: Vec<Entry> = Vec::new();
    let mut in_default = false;
    let mut have_section = false;
    let mut in_option = false;
    let mut indent_level = 0;
    for line in text.lines() {
        let stripped = line.trim();
        if stripped.starts_with(['#', ';']) {
            continue;
        }
        let current = if in_default {
            Some(&mut defaults)
        } else {
            sections.last_mut().map(|(_, options)| options)
        };
        if stripped.is_empty() {
            if in_option {
                if let Some((_, lines)) = current.and_then(|o| o.last_mut()) {
                    lines.push(String::new());
                }
            }
            continue;
        }
        let indent = line.len() - line.trim_start().len();
        if have_section && in_option && indent > indent_level {
            if let Some((_, lines)) = current.and_then(|o| o.last_mut()) {
                lines.push(stripped.to_string());
            }
            continue;
        }
        indent_level = indent;
        if let Some(inner) = stripped.strip_prefix('[') {
            if let Some(close) = inner.rfind(']').filter(|c| *c > 0) {
                let name = &inner[..close];
                in_option = false;
                have_section = true;
                if name == "DEFAULT" {
                    in_default = true;
                    continue;
                }
                in_default = false;
                if sections.iter().any(|(n, _)| n == name) {
                    return None;
                }
                sections.push((name.to_string(), Vec::new()));
                continue;
            }
        }
        let options = current.filter(|_| have_section)?;
        let delimiter = stripped.find(['=', ':'])?;
        let name = stripped[..delimiter].trim_end().to_lowercase();
        if name.is_empty() || options.iter().any(|(n, _)| *n == name) {
            return None;
        }
        let value = stripped[delimiter + 1..].trim().to_string();
        options.push((name, vec![value]));
        in_option = true;
    }
    let join = |lines: &Vec<String>| lines.join("\n").trim_end().to_string();
    let mut out = Sections::new();
    for (name, options) in sections {
        let key = if name.starts_with("command ") {
            name.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            name
        };
        let section = out.entry(key).or_default();
        for (option, lines) in &defaults {
            section.insert(option.clone(), join(lines).trim().to_string());
        }
        for (option, lines) in &options {
            section.insert(option.clone(), join(lines).trim().to_string());
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &[&str]) -> Vec<String> {
        s.iter().map(|w| w.to_string()).collect()
    }

    fn expand_text(file: &str, argv: &[&str]) -> Result<Expansion> {
        let sections = parse_ini(file).expect("valid file");
        expand_with(&words(argv), &sections, &mut |line| {
            assert_eq!(line, "echo hi 'a b'");
            7
        })
    }

    fn expanded(file: &str, argv: &[&str]) -> Vec<String> {
        match expand_text(file, argv) {
            Ok(Expansion::Words(w)) => w,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn service_aliases_chain_and_keep_the_words_typed() {
        let file =
            "[command iot]\nla = list-mitigation-actions --max-items 1\nlat = la --action-type X\n";
        assert_eq!(
            expanded(file, &["--region", "r", "lat", "--page-size", "2"]),
            words(&[
                "--region",
                "r",
                "list-mitigation-actions",
                "--max-items",
                "1",
                "--action-type",
                "X",
                "--page-size",
                "2"
            ])
        );
        assert_eq!(
            expanded(file, &["iot", "la"]),
            words(&["iot", "list-mitigation-actions", "--max-items", "1"])
        );
    }

    #[test]
    fn globals_of_an_alias_come_last_and_debug_is_refused() {
        let file = "[command iot]\ntxt = list-mitigation-actions --output text\ndbg = list-mitigation-actions --debug\n";
        assert_eq!(
            expanded(file, &["txt", "--output", "json"]),
            words(&[
                "list-mitigation-actions",
                "--output",
                "json",
                "--output",
                "text"
            ])
        );
        let e = expand_text(file, &["dbg"]).unwrap_err();
        assert_eq!(e.exit_code(), 255);
    }

    #[test]
    fn shadowing_alias_drops_its_first_word() {
        let file = "[command iot]\ndescribe-mitigation-action = describe-mitigation-action --action-name a\n";
        assert_eq!(
            expanded(file, &["describe-mitigation-action"]),
            words(&["describe-mitigation-action", "--action-name", "a"])
        );
    }

    #[test]
    fn toplevel_and_bags_of_options() {
        let file = "[toplevel]\nmine = iot list-mitigation-actions\n[command iot list-mitigation-actions]\ncert = --action-type DEVICE_CERTIFICATE\n";
        assert_eq!(
            expanded(file, &["mine", "cert", "--max-items", "2"]),
            words(&[
                "list-mitigation-actions",
                "--action-type",
                "DEVICE_CERTIFICATE",
                "--max-items",
                "2"
            ])
        );
    }

    #[test]
    fn shell_aliases_run_with_the_words_quoted() {
        let file = "[command iot]\nsh = !echo hi\n";
        assert_eq!(
            expand_text(file, &["sh", "--output", "text", "a b"]).ok(),
            Some(Expansion::Exited(7))
        );
    }

    #[test]
    fn loops_and_bad_values_fail_like_v2() {
        let file = "[command iot]\na = b\nb = a\nq = list 'open\n";
        assert_eq!(expand_text(file, &["a"]).unwrap_err().exit_code(), 255);
        let e = expand_text(file, &["q"]).unwrap_err();
        assert!(e.render().contains(
            "Value of alias \"q\" could not be parsed. Received error: No closing quotation when parsing:\nlist 'open"
        ));
    }

    #[test]
    fn ini_reading_follows_configparser() {
        assert!(parse_ini("la = x\n").is_none());
        assert!(parse_ini("[a]\njunk\n").is_none());
        assert!(parse_ini("[a]\nx=1\nX=2\n").is_none());
        assert!(parse_ini("[a]\n[a]\n").is_none());
        let s =
            parse_ini("# c\n[command  iot]\nLA = list\n  --max-items 1\n\n; c\nB: c d\n").unwrap();
        assert_eq!(s["command iot"]["la"], "list\n--max-items 1");
        assert_eq!(s["command iot"]["b"], "c d");
    }

    #[test]
    fn shell_quote_like_python() {
        assert_eq!(shell_quote("a b'c"), "'a b'\"'\"'c'");
        assert_eq!(shell_quote("x=1,y/z"), "x=1,y/z");
    }
}
