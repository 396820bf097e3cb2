//! The shared configuration files as the AWS CLI v2 reads them: which profile is selected
//! (`--profile`, then `AWS_PROFILE`, then `AWS_DEFAULT_PROFILE`, then `default`), whether it
//! exists, and the settings of that profile. Both files are read as botocore reads them
//! ([`super::ini`]), each on its own, so that a credential can be told apart by the file it came
//! from; a file that botocore's parser refuses is refused as the AWS CLI refuses it. The settings of the CLI itself
//! (`output`, `cli_timestamp_format`, `cli_pager`, `cli_error_format`) are read from here; what
//! `aws-config` reads itself (region, endpoints, retries) is handed the same profile name.

use super::ini::{self, Ini};
use crate::error::{CliError, Result};
use aws_runtime::env_config::file::EnvConfigFileKind as ProfileFileKind;
use std::collections::HashMap;

/// The configuration and credentials files, parsed, with the profile in effect.
#[derive(Debug)]
pub struct Files {
    /// The profile in effect.
    pub profile: String,
    /// Whether `--profile` named it: then credentials in the environment are not used.
    pub explicit: bool,
    /// Whether a profile was asked for at all (a flag or an environment variable); without one,
    /// a missing `default` profile is no error.
    named: bool,
    /// The profiles of the config file, as botocore reads them.
    config: Profiles,
    /// The `[sso-session NAME]` sections of the config file.
    sso_sessions: Profiles,
    /// The profiles of the credentials file.
    credentials: Profiles,
}

type Profiles = HashMap<String, HashMap<String, String>>;

/// The profile named by `--profile` or the environment. An empty `--profile` counts as none (as
/// for the AWS CLI); an empty `AWS_PROFILE` names the profile "".
pub fn selected_profile(flag: Option<&str>) -> Option<String> {
    flag.filter(|p| !p.is_empty())
        .map(str::to_string)
        .or_else(|| env_os_string("AWS_PROFILE"))
        .or_else(|| env_os_string("AWS_DEFAULT_PROFILE"))
}

/// The name of the profile in effect, `default` when none is named.
pub fn profile_name(flag: Option<&str>) -> String {
    selected_profile(flag).unwrap_or_else(|| "default".to_string())
}

fn env_os_string(name: &str) -> Option<String> {
    std::env::var_os(name).map(|v| v.to_string_lossy().into_owned())
}

/// The path the AWS CLI names in a parse error: `AWS_CONFIG_FILE` or `~/.aws/config`, with `~`
/// expanded.
fn file_path(kind: ProfileFileKind) -> String {
    let (var, default) = match kind {
        ProfileFileKind::Config => ("AWS_CONFIG_FILE", "~/.aws/config"),
        _ => ("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials"),
    };
    let path = env_os_string(var).unwrap_or_else(|| default.to_string());
    match path.strip_prefix("~/") {
        Some(rest) => format!("{}/{rest}", env_os_string("HOME").unwrap_or_default()),
        None => path,
    }
}

/// Reads one file as botocore reads it; a file that is not there is empty, one it cannot parse
/// is refused as the AWS CLI refuses it.
fn load_one(kind: ProfileFileKind) -> Result<Ini> {
    let path = file_path(kind);
    let Ok(bytes) = std::fs::read(&path) else {
        return Ok(Ini::default());
    };
    let refused = || CliError::Other(format!("Unable to parse config file: {path}"));
    // aws-config reads a file that is not UTF-8 as an empty one; the AWS CLI refuses it.
    let text = String::from_utf8(bytes).map_err(|_| refused())?;
    ini::parse(&text).map_err(|_| refused())
}

impl Files {
    /// Parses both files for the profile in effect. A file that does not exist is empty.
    pub async fn load(flag: Option<&str>) -> Result<Files> {
        let named = selected_profile(flag);
        let profile = named.clone().unwrap_or_else(|| "default".to_string());
        let config = load_one(ProfileFileKind::Config)?;
        let credentials = load_one(ProfileFileKind::Credentials)?;
        Ok(Files {
            explicit: flag.is_some_and(|p| !p.is_empty()),
            named: named.is_some(),
            profile,
            config: config.config_profiles(),
            sso_sessions: config.sso_sessions(),
            credentials: credentials.credential_profiles(),
        })
    }

    /// The profile as the config file has it (`[profile NAME]`, or `[default]`).
    pub fn in_config(&self, key: &str) -> Option<&str> {
        section(&self.config, &self.profile, key)
    }

    /// The profile as the credentials file has it (`[NAME]`).
    pub fn in_credentials(&self, key: &str) -> Option<&str> {
        section(&self.credentials, &self.profile, key)
    }

    /// A setting of the profile in effect: the credentials file over the config file.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.in_credentials(key).or_else(|| self.in_config(key))
    }

    /// A setting of another profile (a `source_profile`, say).
    pub fn get_of(&self, profile: &str, key: &str) -> Option<&str> {
        section(&self.credentials, profile, key).or_else(|| section(&self.config, profile, key))
    }

    /// Whether a profile of this name is in either file.
    pub fn has_profile(&self, profile: &str) -> bool {
        self.config.contains_key(profile) || self.credentials.contains_key(profile)
    }

    /// Some settings of the profile in effect, by name (those it has).
    pub fn settings(&self, keys: &[&str]) -> std::collections::HashMap<String, String> {
        keys.iter()
            .filter_map(|k| Some((k.to_string(), self.get(k)?.to_string())))
            .collect()
    }

    /// Whether the config file has this `[sso-session NAME]` section.
    pub fn has_sso_session(&self, name: &str) -> bool {
        self.sso_sessions.contains_key(name)
    }

    /// A profile that was asked for must exist, as the AWS CLI requires.
    pub fn check_profile(&self) -> Result<()> {
        if !self.named || self.has_profile(&self.profile) {
            Ok(())
        } else {
            Err(CliError::Other(format!(
                "The config profile ({}) could not be found",
                self.profile
            )))
        }
    }
}

fn section<'a>(set: &'a Profiles, profile: &str, key: &str) -> Option<&'a str> {
    set.get(profile)?.get(key).map(String::as_str)
}

impl Files {
    /// [`Files::load`] outside an async context.
    pub fn load_blocking(flag: Option<&str>) -> Result<Files> {
        crate::runtime::block_on(Files::load(flag))?
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_profile_flag_counts_as_none() {
        assert_eq!(selected_profile(Some("dev")).as_deref(), Some("dev"));
        assert_eq!(
            profile_name(Some("")),
            selected_profile(None).unwrap_or_else(|| "default".into())
        );
    }
}
