//! Timestamps in and out, the one reading of timestamp values for the input document and its
//! validation. In: what the AWS CLI v2 accepts (epoch seconds, ISO 8601, and the free forms of
//! dateutil's parser; no zone means UTC). Out: the `cli_timestamp_format` of the AWS CLI v2 — `iso8601` prints the instant in the
//! local time zone as Python's `isoformat()` does, `wire` prints the value as it came.

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, TimeZone, Utc};
use serde_json::Value;

/// Parses a timestamp value into epoch seconds, accepting what the AWS CLI v2 accepts (botocore
/// hands strings that are not numbers to dateutil's parser): epoch seconds as Python's `float()`
/// reads them (`1700000000`, `1.5`, `1e9`); ISO 8601 with or without a zone; and the free forms
/// of dates and times: `2026/11/01`, `11/01/2026` (month first), `Nov 1 2026`, `1 November
/// 2026`, `Tue Dec  1 10:00:00 UTC 2026` (as `date` prints it), RFC 822 (`Tue, 01 Dec 2026
/// 10:00:00 GMT`), `10:00 PM`. A field left out is taken from today, no zone means UTC.
pub fn parse(text: &str) -> Result<f64, String> {
    let t = text.trim();
    let invalid = || format!("invalid timestamp \"{text}\"");
    if let Some(n) = python_float(t) {
        return if n.is_finite() && (-62_135_596_800.0..253_402_300_800.0).contains(&n) {
            Ok(n)
        } else {
            Err(invalid())
        };
    }
    if let Some(secs) = iso8601(t) {
        return Ok(secs);
    }
    free_form(t).ok_or_else(invalid)
}

/// A number as Python's `float()` reads it: sign, digits with single underscores between them,
/// a fraction, an exponent; `inf` and `nan` too.
fn python_float(t: &str) -> Option<f64> {
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = body.to_ascii_lowercase();
    if ["inf", "infinity", "nan"].contains(&lower.as_str()) {
        return t
            .to_ascii_lowercase()
            .replace("infinity", "inf")
            .parse()
            .ok();
    }
    let bytes = body.as_bytes();
    if bytes.is_empty() || !bytes.iter().any(u8::is_ascii_digit) {
        return None;
    }
    for (i, b) in bytes.iter().enumerate() {
        let ok = match b {
            b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-' => true,
            b'_' => {
                i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
            }
            _ => false,
        };
        if !ok {
            return None;
        }
    }
    t.replace('_', "").parse::<f64>().ok()
}

fn iso8601(t: &str) -> Option<f64> {
    let normalized = t.replacen(' ', "T", 1);
    if let Ok(dt) = DateTime::parse_from_rfc3339(&normalized) {
        return Some(secs(dt.timestamp(), dt.timestamp_subsec_micros()));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y%m%dT%H%M%S%z",
        "%Y-%m-%dT%H%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(&normalized, fmt) {
            return Some(secs(dt.timestamp(), dt.timestamp_subsec_micros()));
        }
    }
    let naive = normalized.strip_suffix(['Z', 'z']).unwrap_or(&normalized);
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y%m%dT%H%M%S",
        "%Y%m%dT%H%M",
    ] {
        if let Ok(dt) = NaiveDateTime::parse_from_str(naive, fmt) {
            let dt = dt.and_utc();
            return Some(secs(dt.timestamp(), dt.timestamp_subsec_micros()));
        }
    }
    for fmt in ["%Y-%m-%d", "%Y%m%d"] {
        if let Ok(d) = NaiveDate::parse_from_str(naive, fmt) {
            return Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp() as f64);
        }
    }
    None
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];
const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn month_name(word: &str) -> Option<u32> {
    let w = word.to_ascii_lowercase();
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    (0..12)
        .find(|&i| w == MONTHS[i] || w == FULL[i] || (i == 8 && w == "sept"))
        .map(|i| i as u32 + 1)
}

fn is_weekday(word: &str) -> bool {
    let w = word.to_ascii_lowercase();
    const FULL: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    WEEKDAYS.contains(&w.as_str()) || FULL.contains(&w.as_str())
}

/// `+HHMM`, `-HH:MM`, `+HH`: the offset east of UTC in seconds.
fn offset(token: &str) -> Option<i32> {
    let sign = match token.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = token[1..].chars().filter(|c| *c != ':').collect();
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        4 => (digits[..2].parse().ok()?, digits[2..].parse().ok()?),
        _ => return None,
    };
    Some(sign * (h * 3600 + m * 60))
}

/// `H:MM`, `HH:MM:SS`, `HH:MM:SS.ffffff`: hours, minutes, seconds, microseconds.
fn clock(token: &str) -> Option<(u32, u32, u32, u32)> {
    let parts: Vec<&str> = token.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let num = |p: &str| -> Option<u32> {
        (!p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse().ok())
            .flatten()
    };
    let hour = num(parts[0])?;
    let minute = num(parts[1])?;
    let (second, micros) = match parts.get(2) {
        None => (0, 0),
        Some(p) => {
            let (whole, frac) = p.split_once('.').unwrap_or((p, ""));
            if !frac.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let frac: String = frac.chars().chain("000000".chars()).take(6).collect();
            (num(whole)?, frac.parse().ok()?)
        }
    };
    Some((hour, minute, second, micros))
}

/// The free forms dateutil's parser reads (a working subset: the forms people and `date` write).
fn free_form(t: &str) -> Option<f64> {
    use chrono::Datelike;
    let mut year = None;
    let mut month = None;
    let mut day = None;
    let mut time = None;
    let mut zone: Option<i32> = None;
    let mut meridian: Option<bool> = None;
    let mut numbers: Vec<(u32, usize)> = Vec::new();
    let mut month_from_name = false;
    for raw in t.split(|c: char| c.is_whitespace() || c == ',') {
        if raw.is_empty() {
            continue;
        }
        let mut token = raw;
        // A zone glued to the time: 10:00:00+02:00, 10:00Z.
        if token.contains(':') || token.ends_with(['Z', 'z']) {
            if let Some(at) = token.rfind(['+', '-']).filter(|i| *i > 0) {
                zone = Some(offset(&token[at..])?);
                token = &token[..at];
            } else if let Some(head) = token.strip_suffix(['Z', 'z']).filter(|h| h.contains(':')) {
                zone = Some(0);
                token = head;
            }
        }
        let lower = token.to_ascii_lowercase();
        if let Some(m) = month_name(token) {
            if month_from_name {
                return None;
            }
            month = Some(m);
            month_from_name = true;
        } else if is_weekday(token) {
        } else if ["utc", "gmt", "z", "ut", "zulu"].contains(&lower.as_str()) {
            zone = Some(0);
        } else if lower == "am" || lower == "pm" {
            meridian = Some(lower == "pm");
        } else if token.starts_with(['+', '-']) && offset(token).is_some() {
            zone = offset(token);
        } else if token.contains(':') {
            if time.is_some() {
                return None;
            }
            time = Some(clock(token)?);
        } else if token.contains(['/', '-', '.']) && token.bytes().next()?.is_ascii_digit() {
            let sep = token.chars().find(|c| ['/', '-', '.'].contains(c))?;
            let parts: Vec<&str> = token.split(sep).collect();
            let nums: Vec<u32> = parts
                .iter()
                .map(|p| {
                    (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
                        .then(|| p.parse().ok())
                        .flatten()
                })
                .collect::<Option<_>>()?;
            match (nums.as_slice(), parts[0].len()) {
                ([y, m, d], 4) => (year, month, day) = (Some(*y as i32), Some(*m), Some(*d)),
                ([m, d, y], _) => {
                    (year, month, day) = (Some(full_year(*y, parts[2].len())), Some(*m), Some(*d))
                }
                ([m, d], _) if parts[0].len() <= 2 => (month, day) = (Some(*m), Some(*d)),
                _ => return None,
            }
        } else if !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit()) {
            numbers.push((token.parse().ok()?, token.len()));
        } else if token.len() <= 5 && token.bytes().all(|b| b.is_ascii_uppercase()) {
            // A zone name dateutil does not know: it is left out, and UTC assumed.
        } else {
            return None;
        }
    }
    for (n, len) in numbers {
        if len >= 3 || n > 31 {
            if year.is_some() {
                return None;
            }
            year = Some(full_year(n, len));
        } else if month.is_none() && !month_from_name && day.is_none() && len <= 2 && n <= 12 {
            month = Some(n);
        } else if day.is_none() {
            day = Some(n);
        } else if year.is_none() {
            year = Some(full_year(n, len));
        } else {
            return None;
        }
    }
    if year.is_none() && month.is_none() && day.is_none() && time.is_none() {
        return None;
    }
    let today = Local::now().date_naive();
    let date = NaiveDate::from_ymd_opt(
        year.unwrap_or(today.year()),
        month.unwrap_or(today.month()),
        day.unwrap_or(today.day()),
    )?;
    let (mut hour, minute, second, micros) = time.unwrap_or((0, 0, 0, 0));
    match meridian {
        Some(_) if hour == 0 || hour > 12 => return None,
        Some(true) if hour < 12 => hour += 12,
        Some(false) if hour == 12 => hour = 0,
        _ => {}
    }
    let dt = date
        .and_hms_micro_opt(hour, minute, second, micros)?
        .and_utc();
    let whole = dt.timestamp() - i64::from(zone.unwrap_or(0));
    Some(secs(whole, dt.timestamp_subsec_micros()))
}

/// A year written with two digits is the one within fifty years of now, as dateutil reads it.
fn full_year(n: u32, len: usize) -> i32 {
    use chrono::Datelike;
    if len > 2 {
        return n as i32;
    }
    let now = Local::now().year();
    let century = now - now % 100;
    let mut y = century + n as i32;
    if y >= now + 50 {
        y -= 100;
    } else if y < now - 50 {
        y += 100;
    }
    y
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
        Value::Bool(b) => Some(f64::from(u8::from(*b))),
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

/// Appends `n` in decimal, zero-padded to `width` digits (`n` has at most `width` digits).
fn digits(out: &mut String, n: u32, width: u32) {
    let mut div = 10u32.pow(width - 1);
    while div > 0 {
        out.push(char::from(b'0' + (n / div % 10) as u8));
        div /= 10;
    }
}

/// Python's `datetime.isoformat()`: microseconds only when non-zero, offset as `+HH:MM`.
fn isoformat<Tz: TimeZone>(dt: &DateTime<Tz>) -> String
where
    Tz::Offset: std::fmt::Display,
{
    use chrono::{Datelike, Offset, Timelike};
    let micros = dt.timestamp_subsec_micros();
    let offset = dt.offset().fix().local_minus_utc();
    // The common case written directly: strftime patterns are parsed again on every call,
    // which is most of the cost of a listing of thousands of dated items.
    if (0..=9999).contains(&dt.year()) && offset % 60 == 0 && micros < 1_000_000 {
        let mut out = String::with_capacity(32);
        let year = dt.year() as u32;
        digits(&mut out, year, 4);
        out.push('-');
        digits(&mut out, dt.month(), 2);
        out.push('-');
        digits(&mut out, dt.day(), 2);
        out.push('T');
        digits(&mut out, dt.hour(), 2);
        out.push(':');
        digits(&mut out, dt.minute(), 2);
        out.push(':');
        digits(&mut out, dt.second(), 2);
        if micros != 0 {
            out.push('.');
            digits(&mut out, micros, 6);
        }
        out.push(if offset < 0 { '-' } else { '+' });
        let minutes = offset.unsigned_abs() / 60;
        digits(&mut out, minutes / 60, 2);
        out.push(':');
        digits(&mut out, minutes % 60, 2);
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
    fn reads_the_free_forms_of_dates() {
        let dec1 = 1_796_083_200.0; // 2026-12-01T00:00:00Z
        assert_eq!(parse("2026/12/01").unwrap(), dec1);
        assert_eq!(parse("12/01/2026").unwrap(), dec1);
        assert_eq!(parse("Dec 1 2026").unwrap(), dec1);
        assert_eq!(parse("1 December 2026").unwrap(), dec1);
        assert_eq!(
            parse("Tue Dec  1 10:00:00 UTC 2026").unwrap(),
            dec1 + 36000.0
        );
        assert_eq!(
            parse("Tue, 01 Dec 2026 10:00:00 GMT").unwrap(),
            dec1 + 36000.0
        );
        assert_eq!(parse("Dec 1 2026 10:00 PM").unwrap(), dec1 + 79200.0);
        assert_eq!(parse("2026-12-01 10:00:00 +0200").unwrap(), dec1 + 28800.0);
        assert_eq!(parse("1e9").unwrap(), 1e9);
        assert_eq!(parse("1_000").unwrap(), 1000.0);
        assert!(parse("1e20").is_err());
        assert!(parse("Feb 30 2026").is_err());
        assert!(parse("2026-13-01").is_err());
    }

    #[test]
    fn refuses_what_is_not_a_timestamp() {
        let e = parse("yesterday").unwrap_err();
        assert_eq!(e, "invalid timestamp \"yesterday\"");
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
