//! The shared configuration files as botocore's parser reads them (Python's `configparser` in
//! its strict, raw form): what it refuses, and the values it reads. `aws-config` reads these
//! files too, more leniently: a duplicate key or section, a line with no `=` or `:`, or a
//! nested value without `=` is accepted there and refused here, as the AWS CLI refuses it; an
//! inline ` # comment` is dropped there and kept here as part of the value, as botocore keeps it.

use std::collections::{HashMap, HashSet};

/// The sections of one file, in file order, each with its keys (lowercased, as `configparser`
/// folds them) and values. Keys of a `[DEFAULT]` section are in every other section.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Ini {
    pub sections: Vec<(String, Vec<(String, String)>)>,
}

/// The file cannot be parsed, as botocore's `ConfigParseError`.
#[derive(Debug, PartialEq)]
pub struct Refused;

const DEFAULT_SECTION: &str = "DEFAULT";

/// Keys with the lines of their values, as they are read.
type Keys = Vec<(String, Vec<String>)>;

/// Parses a file's text as `configparser.RawConfigParser().read()` does, followed by botocore's
/// reading of nested values (a value starting on the line after its key: `key =` then indented
/// `name = value` lines).
pub fn parse(text: &str) -> Result<Ini, Refused> {
    let mut sections: Vec<(String, Keys)> = Vec::new();
    let mut defaults: Keys = Vec::new();
    // Where keys go: None before any header, Some(None) in [DEFAULT], Some(Some(i)) otherwise.
    let mut current: Option<Option<usize>> = None;
    let mut option: Option<String> = None;
    let mut added: HashSet<(String, String)> = HashSet::new();
    let mut added_sections: HashSet<String> = HashSet::new();
    let mut indent_level = 0usize;
    let mut error = false;
    for line in split_lines(text) {
        let stripped = py_strip(line);
        if stripped.starts_with('#') || stripped.starts_with(';') {
            // A comment line: neither a value nor the end of one.
            continue;
        }
        if stripped.is_empty() {
            if let (Some(cur), Some(name)) = (current, &option) {
                if let Some(values) = entry(&mut sections, &mut defaults, cur, name) {
                    values.push(String::new());
                }
            }
            continue;
        }
        let indent = line.chars().take_while(|c| c.is_whitespace()).count();
        if let (Some(cur), Some(name), true) = (current, &option, indent > indent_level) {
            if let Some(values) = entry(&mut sections, &mut defaults, cur, name) {
                values.push(stripped.to_string());
                continue;
            }
        }
        indent_level = indent;
        if let Some(header) = section_header(stripped) {
            if header == DEFAULT_SECTION {
                current = Some(None);
            } else if let Some(i) = sections.iter().position(|(n, _)| n == header) {
                if added_sections.contains(header) {
                    return Err(Refused);
                }
                current = Some(Some(i));
            } else {
                sections.push((header.to_string(), Vec::new()));
                added_sections.insert(header.to_string());
                current = Some(Some(sections.len() - 1));
            }
            option = None;
            continue;
        }
        let Some(cur) = current else {
            // configparser's MissingSectionHeaderError.
            return Err(Refused);
        };
        let Some((name, value)) = option_line(stripped) else {
            // A ParsingError, raised once the whole file is read.
            error = true;
            continue;
        };
        let name = name.to_lowercase();
        let section = match cur {
            Some(i) => sections[i].0.clone(),
            None => DEFAULT_SECTION.to_string(),
        };
        if !added.insert((section, name.clone())) {
            return Err(Refused);
        }
        let keys = match cur {
            Some(i) => &mut sections[i].1,
            None => &mut defaults,
        };
        match keys.iter_mut().find(|(k, _)| *k == name) {
            Some((_, values)) => *values = vec![value.to_string()],
            None => keys.push((name.clone(), vec![value.to_string()])),
        }
        option = Some(name);
    }
    if error {
        return Err(Refused);
    }
    let join = |values: &Vec<String>| values.join("\n").trim_end().to_string();
    let mut out = Ini::default();
    for (name, keys) in &sections {
        let mut all: Vec<(String, String)> =
            keys.iter().map(|(k, v)| (k.clone(), join(v))).collect();
        for (k, v) in &defaults {
            if !all.iter().any(|(have, _)| have == k) {
                all.push((k.clone(), join(v)));
            }
        }
        for (_, value) in &all {
            if value.starts_with('\n') && !nested_is_readable(value) {
                return Err(Refused);
            }
        }
        out.sections.push((name.clone(), all));
    }
    Ok(out)
}

fn entry<'a>(
    sections: &'a mut [(String, Keys)],
    defaults: &'a mut [(String, Vec<String>)],
    cur: Option<usize>,
    name: &str,
) -> Option<&'a mut Vec<String>> {
    let keys = match cur {
        Some(i) => &mut sections[i].1[..],
        None => defaults,
    };
    keys.iter_mut().find(|(k, _)| k == name).map(|(_, v)| v)
}

/// Lines as Python's `readline` gives them (`\n`, `\r\n` or `\r` ends one), without the ending.
fn split_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

fn py_strip(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace())
}

/// `[NAME]`: the text between the first `[` and the last `]` (configparser's `\[(.+)\]`,
/// matched at the start of the line).
fn section_header(line: &str) -> Option<&str> {
    let rest = line.strip_prefix('[')?;
    let end = rest.rfind(']')?;
    (end > 0).then(|| &rest[..end])
}

/// `name = value` or `name: value`, split at the first `=` or `:`; None when there is neither
/// or the name is empty.
fn option_line(line: &str) -> Option<(&str, &str)> {
    let at = line.find(['=', ':'])?;
    let name = line[..at].trim_end_matches(|c: char| c.is_whitespace());
    if name.is_empty() {
        return None;
    }
    Some((name, py_strip(&line[at + 1..])))
}

/// botocore reads a value that starts on its own line as `name = value` lines.
fn nested_is_readable(value: &str) -> bool {
    value
        .lines()
        .map(py_strip)
        .all(|l| l.is_empty() || l.contains('='))
}

impl Ini {
    /// The profiles of a config file as botocore maps its sections: `[default]`, and
    /// `[profile NAME]` (the header split into words as a shell splits them: exactly two).
    pub fn config_profiles(&self) -> HashMap<String, HashMap<String, String>> {
        self.prefixed("profile", true)
    }

    /// The `[sso-session NAME]` sections.
    pub fn sso_sessions(&self) -> HashMap<String, HashMap<String, String>> {
        self.prefixed("sso-session", false)
    }

    /// The profiles of a credentials file: every section, by its name.
    pub fn credential_profiles(&self) -> HashMap<String, HashMap<String, String>> {
        self.sections
            .iter()
            .map(|(name, keys)| (name.clone(), keys.iter().cloned().collect()))
            .collect()
    }

    fn prefixed(&self, prefix: &str, default: bool) -> HashMap<String, HashMap<String, String>> {
        let mut out = HashMap::new();
        for (name, keys) in &self.sections {
            let values: HashMap<String, String> = keys.iter().cloned().collect();
            if name.starts_with(prefix) {
                if let Ok(words) = crate::python::shlex_split(name) {
                    if let [_, profile] = words.as_slice() {
                        out.insert(profile.clone(), values);
                    }
                }
            } else if default && name == "default" {
                out.insert(name.clone(), values);
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sections(text: &str) -> Vec<(String, Vec<(String, String)>)> {
        parse(text).expect("parses").sections
    }

    fn s(name: &str, keys: &[(&str, &str)]) -> (String, Vec<(String, String)>) {
        let keys = keys.iter().map(|(k, v)| (k.to_string(), v.to_string()));
        (name.to_string(), keys.collect())
    }

    #[test]
    fn values_keep_inline_comments_and_keys_are_lowercased() {
        assert_eq!(
            sections("[default]\nOutput = text # c\nregion: eu-west-1 ; x\n"),
            vec![s(
                "default",
                &[("output", "text # c"), ("region", "eu-west-1 ; x")]
            )]
        );
    }

    #[test]
    fn duplicates_and_stray_lines_are_refused() {
        for text in [
            "[default]\nregion = a\nregion = b\n",
            "[default]\nregion = a\nREGION = b\n",
            "[default]\n[default]\n",
            "[a]\nx = 1\n[b]\n[a]\n",
            "region = a\n[default]\n",
            "[default]\noutput json\n",
            "[default]\n= json\n",
            "[default]\ns3 =\n  max_concurrent_requests\n",
        ] {
            assert_eq!(parse(text), Err(Refused), "{text:?}");
        }
    }

    #[test]
    fn continuation_lines_and_nested_values() {
        assert_eq!(
            sections("[default]\ns3 =\n  a = 1\n\n  b = 2\nregion = x\n"),
            vec![s("default", &[("s3", "\na = 1\n\nb = 2"), ("region", "x")])]
        );
    }

    #[test]
    fn comments_headers_and_defaults() {
        let ini =
            parse("# c\n[DEFAULT]\noutput = json\n[  profile   prod  ] # x\nregion = r\n; c\n")
                .expect("parses");
        assert_eq!(
            ini.sections,
            vec![s(
                "  profile   prod  ",
                &[("region", "r"), ("output", "json")]
            )]
        );
        // The header keeps its spaces, so it does not start with `profile`: no profile prod.
        assert!(ini.config_profiles().is_empty());
        let quoted =
            parse("[profile \"my prof\"]\nregion = q\n[profile]\nx = 1\n").expect("parses");
        assert_eq!(
            quoted.config_profiles().keys().collect::<Vec<_>>(),
            vec!["my prof"]
        );
    }
}
