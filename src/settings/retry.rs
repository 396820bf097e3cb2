//! Retry settings, read the way the AWS CLI v2 reads them and before `aws-config` could: the
//! number of attempts (`AWS_MAX_ATTEMPTS`, else the profile's `max_attempts`, else 3) and the mode
//! (`AWS_RETRY_MODE`, else `retry_mode`, else `standard`). A value v2 refuses is refused with
//! v2's message; a value it takes becomes the `RetryConfig` handed to `aws-config`, whose own
//! reading of these settings never runs. Also owns the note v2 adds to a service error when the
//! last attempt allowed was made.
//!
//! Adaptive mode is taken, and runs as standard mode: the SDK's client-side rate limiter charges
//! a retry five tokens at a refill rate of half a token a second, so one throttled call waited
//! up to half a minute where botocore's limiter (one token a request) waits a few seconds.
//! Without the limiter a throttled call waits the standard backoff, never longer than v2.

use crate::error::{CliError, Result};
use aws_smithy_types::retry::RetryConfig;
use std::collections::HashMap;
use std::ffi::OsString;

/// Attempts when nothing is configured, as for the AWS CLI v2.
pub const DEFAULT_MAX_ATTEMPTS: u32 = 3;

/// The retry settings in effect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Retry {
    /// Attempts in all, the first included (at least one).
    pub max_attempts: u32,
    pub adaptive: bool,
}

impl Default for Retry {
    fn default() -> Self {
        Retry {
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            adaptive: false,
        }
    }
}

impl Retry {
    /// Reads the environment, then the selected profile's settings.
    pub fn resolve(profile: &HashMap<String, String>) -> Result<Retry> {
        let attempts = setting("AWS_MAX_ATTEMPTS", "max_attempts", profile);
        let mode = setting("AWS_RETRY_MODE", "retry_mode", profile);
        Retry::from_values(attempts.as_deref(), mode.as_deref())
    }

    /// Checks the two raw values in the order v2 checks them: the number first.
    pub fn from_values(max_attempts: Option<&[u8]>, mode: Option<&[u8]>) -> Result<Retry> {
        let mut retry = Retry::default();
        if let Some(raw) = max_attempts {
            let text = python_text(raw);
            let n = python_int(&text).ok_or_else(|| {
                CliError::Other(format!(
                    "invalid literal for int() with base 10: {}",
                    python_repr(&text)
                ))
            })?;
            if n < 1 {
                return Err(CliError::Other(format!(
                    "Value provided to \"max_attempts\": {n} must be an integer greater than or equal to one."
                )));
            }
            retry.max_attempts = u32::try_from(n).unwrap_or(u32::MAX);
        }
        if let Some(raw) = mode {
            let text = python_text(raw);
            retry.adaptive = match text.as_str() {
                "standard" => false,
                "adaptive" => true,
                other => {
                    let other: String = other
                        .chars()
                        .map(|c| if c as u32 >= BYTE_BASE { '\u{fffd}' } else { c })
                        .collect();
                    return Err(CliError::Other(format!(
                        "Invalid value provided to \"mode\": \"{other}\" must be one of: \"standard\" or \"adaptive\""
                    )));
                }
            };
        }
        Ok(retry)
    }

    /// What the SDK is given: standard retries with v2's number of attempts, up to
    /// [`SDK_MAX_ATTEMPTS`].
    pub fn config(&self) -> RetryConfig {
        RetryConfig::standard().with_max_attempts(self.max_attempts.min(SDK_MAX_ATTEMPTS))
    }

    /// The note v2 puts after the operation name of a service error: the last attempt allowed
    /// was made, whether or not the error could have been retried.
    pub fn note(&self, attempts: u32) -> String {
        if attempts >= self.max_attempts && attempts > 0 {
            format!(" (reached max retries: {})", attempts - 1)
        } else {
            String::new()
        }
    }
}

/// The most attempts the SDK is asked for. The SDK's setup of a call costs time in proportion
/// to the number of attempts allowed (0.6 s for ten million, minutes for `u32::MAX`), while
/// 10,000 attempts with backoffs of up to 20 seconds already last more than two days.
pub const SDK_MAX_ATTEMPTS: u32 = 10_000;

/// An environment variable (set, even to nothing, wins) or else a profile key.
fn setting(var: &str, key: &str, profile: &HashMap<String, String>) -> Option<Vec<u8>> {
    match std::env::var_os(var) {
        Some(v) => Some(os_bytes(v)),
        None => profile.get(key).map(|v| v.as_bytes().to_vec()),
    }
}

#[cfg(unix)]
fn os_bytes(v: OsString) -> Vec<u8> {
    use std::os::unix::ffi::OsStringExt;
    v.into_vec()
}

#[cfg(not(unix))]
fn os_bytes(v: OsString) -> Vec<u8> {
    v.to_string_lossy().into_owned().into_bytes()
}

/// A byte that is not UTF-8 stands for itself in a private-use character (Python keeps it as a
/// lone surrogate, which a Rust string cannot hold).
const BYTE_BASE: u32 = 0x10_0000;

/// Bytes as Python reads them from the environment: UTF-8, other bytes kept one by one.
fn python_text(raw: &[u8]) -> String {
    let mut out = String::new();
    let mut rest = raw;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let (good, bad) = rest.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(good).unwrap_or_default());
                let n = e.error_len().unwrap_or(bad.len()).max(1);
                for b in &bad[..n.min(bad.len())] {
                    out.extend(char::from_u32(BYTE_BASE + u32::from(*b)));
                }
                rest = &bad[n.min(bad.len())..];
            }
        }
    }
}

/// Python's `int(text)` in base 10: surrounding whitespace, a sign, digits with single
/// underscores between them. `None` where Python raises.
fn python_int(text: &str) -> Option<i128> {
    let t = text.trim_matches(|c: char| c.is_whitespace() || ('\x1c'..='\x1f').contains(&c));
    let (negative, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
        || !digits.bytes().all(|b| b.is_ascii_digit() || b == b'_')
    {
        return None;
    }
    // Beyond i128 the count only needs to stay large.
    let mut n: i128 = 0;
    for b in digits.bytes().filter(u8::is_ascii_digit) {
        n = n.saturating_mul(10).saturating_add(i128::from(b - b'0'));
    }
    Some(if negative { -n } else { n })
}

/// Python's `repr` of a string, as it appears in `int()`'s message.
fn python_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in text.chars() {
        match c {
            c if (BYTE_BASE + 0x80..=BYTE_BASE + 0xff).contains(&(c as u32)) => {
                out.push_str(&format!("\\udc{:02x}", c as u32 - BYTE_BASE))
            }
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..=0xa0).contains(&(c as u32)) || c as u32 == 0xad => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(a: Option<&str>, m: Option<&str>) -> String {
        match Retry::from_values(a.map(str::as_bytes), m.map(str::as_bytes)) {
            Err(e) => e.to_string(),
            Ok(r) => format!("ok {r:?}"),
        }
    }

    #[test]
    fn numbers_python_takes() {
        for (text, n) in [(" 2 ", 2), ("+5", 5), ("1_0", 10), ("007", 7)] {
            assert_eq!(
                Retry::from_values(Some(text.as_bytes()), None)
                    .map(|r| r.max_attempts)
                    .ok(),
                Some(n),
                "{text}"
            );
        }
        assert_eq!(
            Retry::from_values(Some(b"99999999999999999999999999999999999999999"), None)
                .map(|r| r.max_attempts)
                .ok(),
            Some(u32::MAX)
        );
    }

    #[test]
    fn values_v2_refuses() {
        assert_eq!(
            err(Some("abc"), None),
            "iotmit: [ERROR]: invalid literal for int() with base 10: 'abc'"
        );
        assert_eq!(
            err(Some(""), None),
            "iotmit: [ERROR]: invalid literal for int() with base 10: ''"
        );
        assert_eq!(
            err(Some("it's"), None),
            "iotmit: [ERROR]: invalid literal for int() with base 10: \"it's\""
        );
        assert_eq!(
            err(Some("0"), None),
            "iotmit: [ERROR]: Value provided to \"max_attempts\": 0 must be an integer greater than or equal to one."
        );
        assert_eq!(
            err(Some("-0"), Some("bogus")),
            "iotmit: [ERROR]: Value provided to \"max_attempts\": 0 must be an integer greater than or equal to one."
        );
        assert_eq!(
            err(None, Some(" standard")),
            "iotmit: [ERROR]: Invalid value provided to \"mode\": \" standard\" must be one of: \"standard\" or \"adaptive\""
        );
        assert_eq!(
            err(None, Some("legacy")),
            "iotmit: [ERROR]: Invalid value provided to \"mode\": \"legacy\" must be one of: \"standard\" or \"adaptive\""
        );
        let bytes = Retry::from_values(Some(b"\xff1"), None).map_err(|e| e.to_string());
        assert_eq!(
            bytes,
            Err("iotmit: [ERROR]: invalid literal for int() with base 10: '\\udcff1'".into())
        );
    }

    #[test]
    fn the_note_follows_the_last_attempt_allowed() {
        let one = Retry {
            max_attempts: 1,
            adaptive: false,
        };
        assert_eq!(one.note(1), " (reached max retries: 0)");
        let three = Retry::default();
        assert_eq!(three.note(1), "");
        assert_eq!(three.note(3), " (reached max retries: 2)");
    }

    #[test]
    fn the_sdk_is_given_at_most_ten_thousand_attempts() {
        let huge = Retry::from_values(Some(b"99999999999999999999"), None).unwrap();
        assert_eq!(huge.max_attempts, u32::MAX);
        assert_eq!(huge.config().max_attempts(), SDK_MAX_ATTEMPTS);
        let five = Retry::from_values(Some(b"5"), None).unwrap();
        assert_eq!(five.config().max_attempts(), 5);
    }
}
