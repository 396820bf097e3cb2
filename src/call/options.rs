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
    let given = seconds(flag, value)?;
    Ok(Some(given.unwrap_or(DEFAULT_TIMEOUT)).filter(|_| value.map(str::trim) != Some("0")))
}

fn seconds(flag: &str, value: Option<&str>) -> Result<Option<Duration>> {
    let Some(v) = value else { return Ok(None) };
    let secs: f64 = v
        .trim()
        .parse()
        .ok()
        .filter(|s: &f64| *s >= 0.0 && s.is_finite())
        .ok_or_else(|| {
            CliError::Param(format!(
                "argument {flag}: invalid value '{v}': expected a number of seconds"
            ))
        })?;
    // 0 means no timeout, as for the AWS CLI; so does a time too long to be counted.
    Ok((secs > 0.0)
        .then(|| Duration::try_from_secs_f64(secs).ok())
        .flatten())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timeouts_too_long_to_count_mean_none() {
        let huge = Some("99999999999999999999999999");
        assert_eq!(seconds("--cli-connect-timeout", huge).ok(), Some(None));
        assert_eq!(
            seconds("--cli-read-timeout", Some("2.5")).ok(),
            Some(Some(Duration::from_millis(2500)))
        );
        assert_eq!(
            timeout("--cli-read-timeout", None).ok(),
            Some(Some(DEFAULT_TIMEOUT))
        );
        assert_eq!(timeout("--cli-read-timeout", Some(" 0")).ok(), Some(None));
    }
}
