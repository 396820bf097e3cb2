//! The settings the CLI itself reads from the shared config file (`output`,
//! `cli_timestamp_format`, `cli_pager`) for the selected profile, with the environment over them.
//! Credentials, region, endpoints and retries are read by `aws-config` in `sdk`.

use std::collections::HashMap;

/// The profile in effect: `--profile`, then `AWS_PROFILE`, then `AWS_DEFAULT_PROFILE`, then `default`.
pub fn profile_name(flag: Option<&str>) -> String {
    flag.map(str::to_string)
        .or_else(|| std::env::var("AWS_PROFILE").ok().filter(|s| !s.is_empty()))
        .or_else(|| {
            std::env::var("AWS_DEFAULT_PROFILE")
                .ok()
                .filter(|s| !s.is_empty())
        })
        .unwrap_or_else(|| "default".to_string())
}

fn config_path() -> Option<String> {
    std::env::var("AWS_CONFIG_FILE").ok().or_else(|| {
        std::env::var("HOME")
            .ok()
            .map(|h| format!("{h}/.aws/config"))
    })
}

/// The keys of one profile's section of the config file (empty when there is none).
pub fn profile_settings(profile: &str) -> HashMap<String, String> {
    let Some(text) = config_path().and_then(|p| std::fs::read_to_string(p).ok()) else {
        return HashMap::new();
    };
    parse_section(&text, profile)
}

fn parse_section(text: &str, profile: &str) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let mut inside = false;
    for line in text.lines() {
        let l = line.trim();
        if l.is_empty() || l.starts_with('#') || l.starts_with(';') {
            continue;
        }
        if let Some(header) = l.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            let words: Vec<&str> = header.split_whitespace().collect();
            inside = match words.as_slice() {
                ["profile", name] => *name == profile,
                [name] => *name == profile,
                _ => false,
            };
            continue;
        }
        if inside && !line.starts_with([' ', '\t']) {
            if let Some((k, v)) = l.split_once('=') {
                out.insert(k.trim().to_string(), v.trim().to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_profiles_own_section() {
        let text =
            "[default]\noutput = text\n[profile dev]\ncli_timestamp_format = wire\ns3 =\n  x = 1\n";
        let dev = parse_section(text, "dev");
        assert_eq!(
            dev.get("cli_timestamp_format").map(String::as_str),
            Some("wire")
        );
        assert!(!dev.contains_key("output"));
        assert!(!dev.contains_key("x"));
        assert_eq!(
            parse_section(text, "default")
                .get("output")
                .map(String::as_str),
            Some("text")
        );
    }
}
