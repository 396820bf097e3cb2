//! How an error answer of the service reads, as botocore's rest-json parser reads it for the
//! AWS CLI v2: the error code (from `x-amzn-ErrorType`, the body's `code`, `__type` or the HTTP
//! status), the message, and the members that the error's shape in the service model carries.
//! The result is the error document that `--cli-error-format` prints; an answer that botocore
//! itself fails on (a body that is a JSON list, say) gives the Python exception's message.

use crate::model;
use serde_json::{Map, Value};

/// The error shapes of the AWS IoT service that none of the mitigation operations names, with
/// their members (from the service model): an answer with one of these codes is read by its
/// shape all the same.
const OTHER_SERVICE_ERRORS: &[(&str, &[&str])] = &[
    ("CertificateConflictException", &["message"]),
    ("CertificateStateException", &["message"]),
    ("CertificateValidationException", &["message"]),
    ("ConflictException", &["message", "resourceId"]),
    ("ConflictingResourceUpdateException", &["message"]),
    ("DeleteConflictException", &["message"]),
    ("IndexNotReadyException", &["message"]),
    ("InternalException", &["message"]),
    ("InternalServerException", &["message"]),
    ("InvalidAggregationException", &["message"]),
    ("InvalidQueryException", &["message"]),
    ("InvalidResponseException", &["message"]),
    ("InvalidStateTransitionException", &["message"]),
    ("MalformedPolicyException", &["message"]),
    ("NotConfiguredException", &["message"]),
    ("RegistrationCodeValidationException", &["message"]),
    ("ResourceRegistrationFailureException", &["message"]),
    ("ServiceQuotaExceededException", &["message"]),
    ("ServiceUnavailableException", &["message"]),
    ("SqlParseException", &["message"]),
    ("TransferAlreadyCompletedException", &["message"]),
    ("TransferConflictException", &["message"]),
    ("UnauthorizedException", &["message"]),
    ("ValidationException", &["message"]),
    ("VersionConflictException", &["message"]),
    ("VersionsLimitExceededException", &["message"]),
];

/// An error answer as botocore reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct Read {
    pub code: String,
    /// `Message` and `Code` in botocore's order, then the modeled members present in the body.
    pub document: Map<String, Value>,
}

/// Reads an error answer (status 301 and up). `header` looks a response header up by its
/// lower-case name. `Err` is the message of the exception botocore raises instead.
pub fn read(
    status: u16,
    header: impl Fn(&str) -> Option<String>,
    body: &[u8],
) -> Result<Read, String> {
    let text = String::from_utf8_lossy(body);
    if status >= 500 && (text.trim().is_empty() || text.trim().starts_with("<html>")) {
        // A generic answer (a proxy's or a load balancer's page): the status names the error.
        let code = status.to_string();
        let mut document = Map::new();
        document.insert("Code".into(), Value::String(code.clone()));
        document.insert("Message".into(), reason_phrase(status).into());
        return Ok(Read { code, document });
    }
    let parsed = if text.is_empty() {
        Value::Object(Map::new())
    } else {
        serde_json::from_str(&text).unwrap_or_else(|_| {
            let mut m = Map::new();
            m.insert("message".into(), Value::String(text.to_string()));
            Value::Object(m)
        })
    };
    let Value::Object(fields) = parsed else {
        return Err(format!(
            "'{}' object has no attribute 'get'",
            crate::python::py_type(&parsed)
        ));
    };
    let message = fields
        .get("message")
        .or_else(|| fields.get("Message"))
        .cloned()
        .unwrap_or_else(|| Value::String(String::new()));
    let code = header("x-amzn-errortype")
        .map(Value::String)
        .or_else(|| fields.get("code").or_else(|| fields.get("Code")).cloned())
        .or_else(|| query_error_code(header("x-amzn-query-error")).map(Value::String))
        .or_else(|| fields.get("__type").cloned())
        .unwrap_or_else(|| Value::String(status.to_string()));
    let code = match code {
        Value::String(s) => bare_code(&s).to_string(),
        other => crate::python::py_str(&other),
    };
    let mut document = Map::new();
    document.insert("Message".into(), message);
    document.insert("Code".into(), Value::String(code.clone()));
    for member in modeled_members(&code) {
        if let Some(v) = fields.get(member).filter(|v| !v.is_null()) {
            document.insert(member.to_string(), v.clone());
        }
    }
    Ok(Read { code, document })
}

/// `Code;Type` of the `x-amzn-query-error` header.
fn query_error_code(header: Option<String>) -> Option<String> {
    let h = header?;
    let (code, kind) = h.split_once(';')?;
    (!code.is_empty() && !kind.contains(';')).then(|| code.to_string())
}

/// `aws.iot#NameException:http://…` → `NameException`.
fn bare_code(code: &str) -> &str {
    let before_colon = code.split(':').next().unwrap_or(code);
    before_colon.rsplit('#').next().unwrap_or(before_colon)
}

/// The members of the error shape that has this code, if the service model has one.
fn modeled_members(code: &str) -> Vec<&'static str> {
    let m = model::get();
    let in_model = m
        .operations
        .values()
        .flat_map(|op| op.errors.iter())
        .find(|e| e.shape == code);
    if let Some(e) = in_model {
        return m.shape(e.shape).members.keys().collect();
    }
    OTHER_SERVICE_ERRORS
        .iter()
        .find(|(name, _)| *name == code)
        .map(|(_, members)| members.to_vec())
        .unwrap_or_default()
}

/// Python's `http.client.responses`: the reason phrase of a status, empty when it has none.
pub fn reason_phrase(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        101 => "Switching Protocols",
        102 => "Processing",
        103 => "Early Hints",
        300 => "Multiple Choices",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        304 => "Not Modified",
        305 => "Use Proxy",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        400 => "Bad Request",
        401 => "Unauthorized",
        402 => "Payment Required",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        407 => "Proxy Authentication Required",
        408 => "Request Timeout",
        409 => "Conflict",
        410 => "Gone",
        411 => "Length Required",
        412 => "Precondition Failed",
        413 => "Request Entity Too Large",
        414 => "Request-URI Too Long",
        415 => "Unsupported Media Type",
        416 => "Requested Range Not Satisfiable",
        417 => "Expectation Failed",
        418 => "I'm a Teapot",
        421 => "Misdirected Request",
        422 => "Unprocessable Entity",
        423 => "Locked",
        424 => "Failed Dependency",
        425 => "Too Early",
        426 => "Upgrade Required",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        451 => "Unavailable For Legal Reasons",
        500 => "Internal Server Error",
        501 => "Not Implemented",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        505 => "HTTP Version Not Supported",
        506 => "Variant Also Negotiates",
        507 => "Insufficient Storage",
        508 => "Loop Detected",
        510 => "Not Extended",
        511 => "Network Authentication Required",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_header_code_loses_its_namespace_and_its_colon_suffix() {
        let r = read(
            409,
            headers(&[(
                "x-amzn-errortype",
                "aws.iot#ResourceAlreadyExistsException:http://internal/",
            )]),
            br#"{"message":"m","resourceArn":"arn","resourceId":"A","other":1}"#,
        )
        .unwrap();
        assert_eq!(r.code, "ResourceAlreadyExistsException");
        let keys: Vec<&str> = r.document.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            ["Message", "Code", "message", "resourceId", "resourceArn"]
        );
    }

    #[test]
    fn a_generic_server_page_is_named_by_its_status() {
        let r = read(503, headers(&[]), b"  <html><body>down</body></html>").unwrap();
        assert_eq!(
            Value::Object(r.document),
            serde_json::json!({"Code": "503", "Message": "Service Unavailable"})
        );
    }

    #[test]
    fn a_body_that_is_not_an_object_is_what_botocore_fails_on() {
        assert_eq!(
            read(400, headers(&[]), b"[1]").unwrap_err(),
            "'list' object has no attribute 'get'"
        );
        assert_eq!(
            read(400, headers(&[]), b"2.5").unwrap_err(),
            "'float' object has no attribute 'get'"
        );
    }

    #[test]
    fn text_that_is_not_json_is_the_message() {
        let r = read(400, headers(&[]), b"nope").unwrap();
        assert_eq!(r.code, "400");
        assert_eq!(r.document["Message"], "nope");
    }
}
