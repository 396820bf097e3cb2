//! The service errors of the local endpoint: each carries the HTTP status, the
//! AWS error code sent in `x-amzn-ErrorType` and the message sent as
//! `{"message": ...}`, exactly as AWS IoT reports them.

use serde_json::{Map, Value};

/// An error answered to the client.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: u16,
    pub code: &'static str,
    pub message: String,
    /// Members added to the JSON body beside `message` (e.g. `resourceArn`).
    pub extra: Map<String, Value>,
}

impl ApiError {
    pub fn new(status: u16, code: &'static str, message: impl Into<String>) -> Self {
        ApiError {
            status,
            code,
            message: message.into(),
            extra: Map::new(),
        }
    }

    /// 400 `InvalidRequestException`.
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::new(400, "InvalidRequestException", message)
    }

    /// 404 `ResourceNotFoundException`.
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(404, "ResourceNotFoundException", message)
    }

    /// 409 `ResourceAlreadyExistsException`, naming the resource in the way.
    pub fn already_exists(message: impl Into<String>, id: &str, arn: &str) -> Self {
        let mut e = Self::new(409, "ResourceAlreadyExistsException", message);
        e.extra.insert("resourceId".into(), Value::from(id));
        e.extra.insert("resourceArn".into(), Value::from(arn));
        e
    }

    /// 400 `TaskAlreadyExistsException`.
    pub fn task_exists(message: impl Into<String>) -> Self {
        Self::new(400, "TaskAlreadyExistsException", message)
    }

    /// 410 `LimitExceededException`.
    pub fn limit(message: impl Into<String>) -> Self {
        Self::new(410, "LimitExceededException", message)
    }

    /// 400 `ThrottlingException` (the store stayed locked by other writers too long).
    pub fn throttled() -> Self {
        Self::new(400, "ThrottlingException", "Rate exceeded")
    }

    /// 500 `InternalFailureException`.
    pub fn internal(message: impl Into<String>) -> Self {
        Self::new(500, "InternalFailureException", message)
    }

    /// 403 `MissingAuthenticationTokenException`, for unsigned requests.
    pub fn missing_auth() -> Self {
        Self::new(
            403,
            "MissingAuthenticationTokenException",
            "Missing Authentication Token",
        )
    }

    /// 403 `IncompleteSignatureException`, for an `Authorization` header that is not SigV4.
    pub fn bad_signature(message: impl Into<String>) -> Self {
        Self::new(403, "IncompleteSignatureException", message)
    }

    /// The JSON body sent to the client.
    pub fn body(&self) -> Value {
        let mut m = Map::new();
        m.insert("message".into(), Value::from(self.message.clone()));
        for (k, v) in &self.extra {
            m.insert(k.clone(), v.clone());
        }
        Value::Object(m)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.code, self.status, self.message)
    }
}

impl std::error::Error for ApiError {}

impl From<rusqlite::Error> for ApiError {
    fn from(e: rusqlite::Error) -> Self {
        if let rusqlite::Error::SqliteFailure(f, _) = &e {
            if matches!(
                f.code,
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
            ) {
                return ApiError::throttled();
            }
        }
        ApiError::internal(format!("local state store error: {e}"))
    }
}

impl From<serde_json::Error> for ApiError {
    fn from(e: serde_json::Error) -> Self {
        ApiError::internal(format!("local state holds malformed JSON: {e}"))
    }
}
