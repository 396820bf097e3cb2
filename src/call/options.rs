//! What a call needs to know of the command line, resolved once from the global options:
//! where to send it, how to sign it and how long to wait.

use crate::error::{CliError, Result};
use std::time::Duration;

/// The connect and read timeouts when none is given, as the AWS CLI's.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    pub endpoint_url: Option<String>,
    pub region: Option<String>,
    pub profile: Option<String>,
    pub ca_bundle: Option<String>,
    pub no_verify_ssl: bool,
    pub no_sign_request: bool,
    /// `--debug`: trace every request and response on stderr, secrets redacted.
    pub debug: bool,
    /// `None`: wait as long as it takes.
    pub connect_timeout: Option<Duration>,
    pub read_timeout: Option<Duration>,
}

/// `--cli-connect-timeout`/`--cli-read-timeout SECONDS`: 60 s when not given, none for `0`.
pub fn timeout(flag: &str, value: Option<&str>) -> Result<Option<Duration>> {
    match value {
        None => Ok(Some(DEFAULT_TIMEOUT)),
        given => seconds(flag, given),
    }
}

/// The seconds as v2 reads them: Python's `int()` of the word, and none below 0.
fn seconds(flag: &str, value: Option<&str>) -> Result<Option<Duration>> {
    let Some(v) = value else { return Ok(None) };
    let too_large = || {
        let digits = v.trim().trim_start_matches(['+', '-']).replace('_', "");
        !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
    };
    let secs = match crate::python::python_int(v) {
        Some(n) => n,
        // An integer too large to hold: no timeout, as a time too long to be counted.
        None if too_large() => {
            if v.trim().starts_with('-') {
                i64::MIN
            } else {
                return Ok(None);
            }
        }
        None => {
            return Err(CliError::Other(format!(
                "invalid literal for int() with base 10: {}",
                crate::python::py_repr(&serde_json::Value::from(v))
            )))
        }
    };
    if secs < 0 {
        let which = if flag.contains("connect") {
            "connect"
        } else {
            "read"
        };
        return Err(CliError::Other(format!(
            "Attempted to set {which} timeout to {}, but the timeout cannot be set to a value \
             less than or equal to 0.",
            v.trim()
        )));
    }
    // 0 means no timeout, as for the AWS CLI.
    Ok((secs > 0).then(|| Duration::from_secs(secs as u64)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_too_long_to_count_mean_none() {
        let huge = Some("99999999999999999999999999");
        assert_eq!(seconds("--cli-connect-timeout", huge).ok(), Some(None));
        assert_eq!(
            seconds("--cli-read-timeout", Some(" 25 ")).ok(),
            Some(Some(Duration::from_secs(25)))
        );
        let refused = |v: &str| match seconds("--cli-read-timeout", Some(v)) {
            Err(CliError::Other(message)) => Some(message),
            _ => None,
        };
        assert_eq!(
            refused("2.5").as_deref(),
            Some("invalid literal for int() with base 10: '2.5'")
        );
        assert_eq!(
            refused("-1").as_deref(),
            Some("Attempted to set read timeout to -1, but the timeout cannot be set to a value less than or equal to 0.")
        );
        assert_eq!(
            timeout("--cli-read-timeout", None).ok(),
            Some(Some(DEFAULT_TIMEOUT))
        );
        assert_eq!(timeout("--cli-read-timeout", Some(" 0")).ok(), Some(None));
    }
}
