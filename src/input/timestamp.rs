//! Timestamps in and out. In: epoch seconds, ISO 8601 date-times (with or without a zone,
//! with fractional seconds) and bare dates, read the way the AWS CLI reads them (no zone means
//! UTC). Out: the `cli_timestamp_format` of the AWS CLI v2 — `iso8601` prints the instant in the
//! local time zone as Python's `isoformat()` does, `wire` prints the value as it came.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde_json::Value;

/// Parses a timestamp given on the command line into epoch seconds.
pub fn parse(text: &str) -> Result<f64, String> {
    let t = text.trim();
    let invalid = || {
        format!(
            "invalid timestamp \"{text}\": expected epoch seconds, an ISO 8601 date-time \
             (2026-11-20T10:00:00Z) or a date (2026-11-20)"
        )
    };
    if t.is_empty() {
        return Err(invalid());
    }
    if let Ok(n) = t.parse::<f64>() {
        if n.is_finite()
            && t.bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        {
            return Ok(n);
        }
    }
    let normalized = t.replacen(' ', "T", 1);
    if let Ok(dt) = DateTime::parse_from_rfc3339(&normalized) {
        return Ok(secs(dt.timestamp(), dt.timestamp_subsec_micros()));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y%m%dT%H%M%S%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(&normalized, fmt) {
            return Ok(secs(dt.timestamp(), dt.timestamp_subsec_micros()));
        }
    }
    let naive = normalized.trim_end_matches('Z');
    for fmt in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y%m%dT%H%M%S"] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(naive, fmt) {
            let dt = dt.and_utc();
            return Ok(secs(dt.timestamp(), dt.timestamp_subsec_micros()));
        }
    }
    if let Ok(d) = NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        if let Some(dt) = d.and_hms_opt(0, 0, 0) {
            return Ok(dt.and_utc().timestamp() as f64);
        }
    }
    Err(invalid())
}

fn secs(whole: i64, micros: u32) -> f64 {
    whole as f64 + f64::from(micros) / 1e6
}

/// Epoch seconds as a JSON number: an integer when whole.
pub fn to_json(secs: f64) -> Value {
    if secs.fract() == 0.0 && secs.abs() < 9.0e15 {
        Value::from(secs as i64)
    } else {
        serde_json::Number::from_f64(secs)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

/// Epoch seconds from a JSON value of the input document.
pub fn from_json(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => parse(s).ok(),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Iso8601,
    Wire,
}

impl Format {
    /// `cli_timestamp_format` from the configuration. `none`, the AWS CLI v1's spelling of
    /// `wire`, is refused as the AWS CLI v2 refuses it.
    pub fn from_config(value: Option<&str>) -> Result<Format, String> {
        match value.map(str::trim) {
            None | Some("iso8601") => Ok(Format::Iso8601),
            Some("wire") => Ok(Format::Wire),
            Some(other) => Err(format!(
                "An error occurred (Configuration): Unknown cli_timestamp_format value: {other}, valid values are \"wire\" or \"iso8601\""
            )),
        }
    }
}

/// A timestamp of a response as the AWS CLI prints it.
pub fn render(v: &Value, format: Format) -> Value {
    if format == Format::Wire {
        return v.clone();
    }
    let parsed = match v {
        Value::Number(n) => n.as_f64().and_then(from_epoch),
        Value::String(s) => s.parse::<f64>().ok().and_then(from_epoch).or_else(|| {
            DateTime::parse_from_rfc3339(s)
                .ok()
                .map(|d| d.with_timezone(&Utc))
        }),
        _ => None,
    };
    match parsed {
        Some(dt) => Value::String(isoformat(&dt.with_timezone(&Local))),
        None => v.clone(),
    }
}

fn from_epoch(secs: f64) -> Option<DateTime<Utc>> {
    if !secs.is_finite() {
        return None;
    }
    let mut whole = secs.floor() as i64;
    // Python rounds to the nearest microsecond, halves to even.
    let mut micros = ((secs - secs.floor()) * 1e6).round_ties_even() as i64;
    if micros >= 1_000_000 {
        whole += 1;
        micros -= 1_000_000;
    }
    Utc.timestamp_opt(whole, (micros as u32) * 1000).single()
}

/// Python's `datetime.isoformat()`: microseconds only when non-zero, offset as `+HH:MM`.
fn isoformat<Tz: TimeZone>(dt: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    use chrono::{Datelike, Offset, Timelike};
    use std::fmt::Write;
    let micros = dt.timestamp_subsec_micros();
    let offset = dt.offset().fix().local_minus_utc();
    // The common case written directly: strftime patterns are parsed again on every call,
    // which is most of the cost of a listing of thousands of dated items.
    if (0..=9999).contains(&dt.year()) && offset % 60 == 0 {
        let mut out = String::with_capacity(32);
        let _ = write!(
            out,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            dt.year(),
            dt.month(),
            dt.day(),
            dt.hour(),
            dt.minute(),
            dt.second()
        );
        if micros != 0 {
            let _ = write!(out, ".{micros:06}");
        }
        let sign = if offset < 0 { '-' } else { '+' };
        let minutes = offset.abs() / 60;
        let _ = write!(out, "{sign}{:02}:{:02}", minutes / 60, minutes % 60);
        return out;
    }
    let base = if micros == 0 {
        dt.format("%Y-%m-%dT%H:%M:%S").to_string()
    } else {
        format!("{}.{micros:06}", dt.format("%Y-%m-%dT%H:%M:%S"))
    };
    format!("{base}{}", dt.format("%:z"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_epoch_iso_and_dates() {
        assert_eq!(parse("1560001663").unwrap(), 1560001663.0);
        assert_eq!(parse("1560001663.25").unwrap(), 1560001663.25);
        assert_eq!(parse("2019-06-08T13:47:43Z").unwrap(), 1560001663.0);
        assert_eq!(parse("2019-06-08T13:47:43").unwrap(), 1560001663.0);
        assert_eq!(parse("2019-06-08 13:47:43").unwrap(), 1560001663.0);
        assert_eq!(parse("2019-06-08T15:47:43.5+02:00").unwrap(), 1560001663.5);
        assert_eq!(parse("2019-06-08T15:47:43+0200").unwrap(), 1560001663.0);
        assert_eq!(parse("2019-06-08").unwrap(), 1559952000.0);
    }

    #[test]
    fn refuses_what_is_not_a_timestamp() {
        let e = parse("yesterday").unwrap_err();
        assert!(e.starts_with("invalid timestamp \"yesterday\""), "{e}");
        assert!(parse("").is_err());
        assert!(parse("2019-13-40").is_err());
    }

    #[test]
    fn renders_like_python_isoformat_in_utc() {
        // SAFETY of the assertion: the test runner may have any TZ; compare through UTC.
        let dt = from_epoch(1560001663.0).unwrap();
        assert_eq!(isoformat(&dt.fixed_offset()), "2019-06-08T13:47:43+00:00");
        let dt = from_epoch(1560001663.123).unwrap();
        assert_eq!(
            isoformat(&dt.fixed_offset()),
            "2019-06-08T13:47:43.123000+00:00"
        );
        let east = chrono::FixedOffset::east_opt(5 * 3600 + 30 * 60).unwrap();
        assert_eq!(
            isoformat(&dt.with_timezone(&east)),
            "2019-06-08T19:17:43.123000+05:30"
        );
        let west = chrono::FixedOffset::west_opt(3 * 3600 + 30 * 60).unwrap();
        assert_eq!(
            isoformat(&from_epoch(0.5).unwrap().with_timezone(&west)),
            "1969-12-31T20:30:00.500000-03:30"
        );
    }

    #[test]
    fn config_names_are_the_v2_ones() {
        assert_eq!(
            Format::from_config(Some("none")).unwrap_err(),
            "An error occurred (Configuration): Unknown cli_timestamp_format value: none, \
             valid values are \"wire\" or \"iso8601\""
        );
        assert_eq!(Format::from_config(Some("wire")).unwrap(), Format::Wire);
        assert_eq!(Format::from_config(None).unwrap(), Format::Iso8601);
        assert!(Format::from_config(Some("rfc")).is_err());
    }
}
