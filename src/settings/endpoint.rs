//! Where a call goes and the region it is signed for, checked the way the AWS CLI v2 checks
//! them before anything is sent: `--endpoint-url` needs a scheme (a usage error), a region must
//! be a host label, an endpoint URL (from the flag, the environment or the profile) must name a
//! host and use http or https. Owns the two things the SDK would do differently: a query string
//! in the endpoint URL is kept in every request, and an empty region (which v2 takes when an
//! endpoint is given) signs with an empty region instead of failing inside the SDK.

use crate::error::{CliError, Result};
use aws_sdk_iot::config::{Intercept, RuntimeComponents};
use aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextMut;
use aws_smithy_types::config_bag::ConfigBag;

/// `--endpoint-url` as v2's argument check takes it: with a scheme, whatever it is.
pub fn check_flag(url: &str) -> Result<()> {
    if scheme(url).is_some() {
        return Ok(());
    }
    Err(CliError::Param(format!(
        "Bad value for --endpoint-url \"{url}\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/"
    )))
}

/// A region must be a host label, or empty (botocore's `validate_region_name`).
pub fn check_region(region: &str) -> Result<()> {
    let b = region.as_bytes();
    let ok = b.len() <= 63
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        && !(b.first() == Some(&b'-') || b.last() == Some(&b'-'))
        && (b.is_empty() || !b.iter().all(u8::is_ascii_digit));
    if ok {
        Ok(())
    } else {
        Err(CliError::Other(format!(
            "Provided region_name '{region}' doesn't match a supported format."
        )))
    }
}

/// The endpoint a call will use, checked as botocore checks it when it creates the client:
/// `url` is the configured one, if any; without one the service's own endpoint for `region` is
/// checked, which only an empty region makes invalid.
pub fn check_url(url: Option<&str>, region: &str) -> Result<()> {
    let Some(url) = url else {
        return if region.is_empty() {
            Err(CliError::Other(
                "Invalid endpoint: https://iot..amazonaws.com".into(),
            ))
        } else {
            Ok(())
        };
    };
    if unbalanced_brackets(url) {
        return Err(CliError::Other("Invalid IPv6 URL".into()));
    }
    if !valid_host(url) {
        return Err(CliError::Other(format!("Invalid endpoint: {url}")));
    }
    match scheme(url).as_deref() {
        Some("http") | Some("https") => Ok(()),
        Some(other) => Err(CliError::Other(format!(
            "An HTTP Client raised an unhandled exception: Not supported URL scheme {other}"
        ))),
        None => Err(CliError::Other(format!("Invalid endpoint: {url}"))),
    }
}

/// The endpoint URL the SDK will use: `explicit` (the flag or the local endpoint), else the
/// one for IoT from the environment or the profile (`AWS_ENDPOINT_URL_IOT`, a `services`
/// section), else the global one; `None` for the service's own endpoint.
pub fn configured(shared: &aws_types::SdkConfig, explicit: Option<&String>) -> Option<String> {
    if let Some(url) = explicit {
        return Some(url.clone());
    }
    let key = aws_types::service_config::ServiceConfigKey::builder()
        .service_id("IoT")
        .env("AWS_ENDPOINT_URL")
        .profile("endpoint_url")
        .build()
        .ok();
    key.and_then(|key| shared.service_config().and_then(|c| c.load_config(key)))
        .or_else(|| shared.endpoint_url().map(str::to_string))
}

/// The text Python's `urlsplit` works on: leading control characters and spaces dropped, tabs
/// and line breaks removed.
fn cleaned(url: &str) -> String {
    url.trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\r' | '\n'))
        .collect()
}

/// The scheme `urlsplit` finds, lower-cased: letters, digits, `+-.` before the first colon.
fn scheme(url: &str) -> Option<String> {
    let url = cleaned(url);
    let (s, _) = url.split_once(':')?;
    let ok = s.as_bytes().first().is_some_and(u8::is_ascii_alphabetic)
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    ok.then(|| s.to_ascii_lowercase())
}

/// The network location of a URL as `urlsplit` finds it: after `//`, up to a path, query or
/// fragment.
fn netloc(url: &str) -> Option<String> {
    let url = cleaned(url);
    let rest = match scheme(&url) {
        Some(s) => url[s.len() + 1..].to_string(),
        None => url,
    };
    let after = rest.strip_prefix("//")?;
    Some(
        after
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("")
            .to_string(),
    )
}

/// `urlsplit`'s "Invalid IPv6 URL": a `[` without a `]` in the network location, or the reverse.
fn unbalanced_brackets(url: &str) -> bool {
    netloc(url).is_some_and(|n| n.contains('[') != n.contains(']'))
}

/// The host of a URL as `urlsplit(url).hostname` gives it (lower-cased, no brackets).
fn hostname(url: &str) -> Option<String> {
    let url = cleaned(url);
    let rest = match scheme(&url) {
        Some(s) => &url[s.len() + 1..],
        None => url.as_str(),
    };
    let after = rest.strip_prefix("//")?;
    let netloc = after.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = netloc.rsplit_once('@').map_or(netloc, |(_, h)| h);
    let host = if let Some(inner) = host_port.strip_prefix('[') {
        inner.split(']').next().unwrap_or("")
    } else {
        host_port.split(':').next().unwrap_or("")
    };
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// botocore's `is_valid_endpoint_url` or `is_valid_ipv6_endpoint_url`.
fn valid_host(url: &str) -> bool {
    if url.contains(['\t', '\r', '\n']) {
        return false;
    }
    let Some(host) = hostname(url) else {
        return false;
    };
    if host.len() > 255 {
        return false;
    }
    let name = host.strip_suffix('.').unwrap_or(&host);
    let labels_ok = name.split('.').all(|label| {
        let b = label.as_bytes();
        (1..=63).contains(&b.len())
            && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
            && b[0] != b'-'
            && b[b.len() - 1] != b'-'
    });
    labels_ok || ipv6(&host)
}

/// An IPv6 address, with an optional zone (`%25eth0` or `%eth0`).
fn ipv6(host: &str) -> bool {
    let (addr, zone) = match host.split_once('%') {
        Some((a, z)) => (a, Some(z.strip_prefix("25").unwrap_or(z))),
        None => (host, None),
    };
    addr.parse::<std::net::Ipv6Addr>().is_ok()
        && zone.is_none_or(|z| {
            !z.is_empty()
                && z.bytes().all(|b| {
                    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'%')
                })
        })
}

/// Removes the endpoint variables that are set but empty: botocore takes an empty one as no
/// setting (the profile's endpoint is then used), where aws-config would use the empty URL.
/// Called first thing, before any thread is started.
pub fn drop_empty_variables() {
    for name in [
        "AWS_ENDPOINT_URL",
        "AWS_ENDPOINT_URL_IOT",
        "AWS_ENDPOINT_URL_STS",
    ] {
        if std::env::var_os(name).is_some_and(|v| v.is_empty()) {
            std::env::remove_var(name);
        }
    }
}

/// The query string of an endpoint URL, if it has one.
pub fn query_of(url: &str) -> Option<String> {
    let before_fragment = url.split('#').next().unwrap_or("");
    let (_, q) = before_fragment.split_once('?')?;
    (!q.is_empty()).then(|| q.to_string())
}

/// Puts the endpoint's query string in front of the operation's, as botocore joins them.
#[derive(Debug)]
pub struct KeepQuery(pub String);

impl Intercept for KeepQuery {
    fn name(&self) -> &'static str {
        "iotmit-endpoint-query"
    }

    fn modify_before_signing(
        &self,
        context: &mut BeforeTransmitInterceptorContextMut<'_>,
        _rc: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> std::result::Result<(), aws_sdk_iot::error::BoxError> {
        let uri = context.request().uri().to_string();
        let joined = match uri.split_once('?') {
            Some((path, q)) if !q.is_empty() => format!("{path}?{}&{q}", self.0),
            Some((path, _)) => format!("{path}?{}", self.0),
            None => format!("{uri}?{}", self.0),
        };
        context.request_mut().set_uri(joined)?;
        Ok(())
    }
}

/// Signs with an empty region, as v2 does when the region is empty and an endpoint is given;
/// the SDK is given no region, so that its endpoint rules do not refuse the empty one.
#[derive(Debug)]
pub struct EmptySigningRegion;

impl Intercept for EmptySigningRegion {
    fn name(&self) -> &'static str {
        "iotmit-empty-region"
    }

    fn modify_before_signing(
        &self,
        _context: &mut BeforeTransmitInterceptorContextMut<'_>,
        _rc: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> std::result::Result<(), aws_sdk_iot::error::BoxError> {
        cfg.interceptor_state()
            .store_put(aws_types::region::SigningRegion::from_static(""));
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(r: Result<()>) -> String {
        r.err().map(|e| e.to_string()).unwrap_or_default()
    }

    #[test]
    fn the_flag_needs_a_scheme() {
        assert!(check_flag("localhost:9").is_ok());
        assert!(check_flag("http://x").is_ok());
        assert_eq!(
            message(check_flag("")),
            "iotmit: [ERROR]: An error occurred (ParamValidation): Bad value for --endpoint-url \"\": scheme is missing.  Must be of the form http://<hostname>/ or https://<hostname>/"
        );
        assert!(check_flag("127.0.0.1:9").is_err());
        assert!(check_flag("/x").is_err());
    }

    #[test]
    fn regions_are_host_labels() {
        for ok in ["", "us-east-1", "x", "a1"] {
            assert!(check_region(ok).is_ok(), "{ok}");
        }
        for bad in [
            "us east 1",
            "us-east-1/x",
            "-a",
            "a-",
            "123",
            &"a".repeat(64),
            "é",
        ] {
            assert!(check_region(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn urls_as_botocore_checks_them() {
        assert!(check_url(Some("http://127.0.0.1:9"), "x").is_ok());
        assert!(check_url(Some("https://[::1]:9/p"), "x").is_ok());
        assert!(check_url(Some("http://h.example.com./"), "x").is_ok());
        assert_eq!(
            message(check_url(Some("localhost:9"), "x")),
            "iotmit: [ERROR]: Invalid endpoint: localhost:9"
        );
        for bad in ["http://my_host:9", "http:///x", "http://", "http://a\tb"] {
            assert_eq!(
                message(check_url(Some(bad), "x")),
                format!("iotmit: [ERROR]: Invalid endpoint: {bad}")
            );
        }
        assert_eq!(
            message(check_url(Some("ftp://localhost:9"), "x")),
            "iotmit: [ERROR]: An HTTP Client raised an unhandled exception: Not supported URL scheme ftp"
        );
        assert_eq!(
            message(check_url(None, "")),
            "iotmit: [ERROR]: Invalid endpoint: https://iot..amazonaws.com"
        );
        assert!(check_url(None, "us-east-1").is_ok());
    }

    #[test]
    fn query_strings() {
        assert_eq!(query_of("http://h?a=b").as_deref(), Some("a=b"));
        assert_eq!(query_of("http://h/p?a=b#f").as_deref(), Some("a=b"));
        assert_eq!(query_of("http://h/p?"), None);
        assert_eq!(query_of("http://h/p"), None);
    }
}
