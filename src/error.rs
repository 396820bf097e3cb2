//! Every way a command can fail, and the one place that decides the process exit code of a
//! failure (the AWS CLI v2 codes: 252 bad parameters or usage, 253 configuration, 254 service
//! error, 255 anything else, 130 interrupted). Its text on stderr is written beside the command
//! line (`crate::cli::report`).

use crate::python;
use serde_json::{Map, Value};
use std::fmt;

pub const EXIT_USAGE: i32 = 252;
pub const EXIT_CONFIG: i32 = 253;
pub const EXIT_SERVICE: i32 = 254;
pub const EXIT_OTHER: i32 = 255;
pub const EXIT_INTERRUPTED: i32 = 130;

#[derive(Debug)]
pub enum CliError {
    /// The command line itself is wrong: unknown command, missing value, invalid choice.
    Usage(String),
    /// Words the command does not take (`Unknown options: --bogus`): v2 prints its usage first
    /// and the message without a code, in every error format.
    Unknown(String),
    /// A parameter value is wrong: it names the parameter and what is wrong with it.
    Param(String),
    /// Configuration could not be read or is inconsistent (profile, credentials source).
    Config(String),
    /// Configuration that is missing and that v2 names with a code: `NoRegion`, `NoCredentials`.
    Missing {
        code: &'static str,
        message: String,
    },
    /// The service answered with an error.
    Service(ServiceError),
    /// Anything else: connection failures, timeouts, unexpected replies.
    Other(String),
    /// Waiting for a task ended without the task ending (`--wait-timeout`).
    Wait {
        code: i32,
        message: String,
    },
    Interrupted,
}

/// An error answer of the service.
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceError {
    pub code: String,
    /// "DescribeMitigationAction operation", followed by the retry note when retries ran out.
    pub operation: String,
    /// The error document: `Message` and `Code`, then the members the error's shape models.
    pub document: Map<String, Value>,
}

impl ServiceError {
    /// The message as botocore words the exception.
    pub fn line(&self) -> String {
        let message = self
            .document
            .get("Message")
            .map(python::py_str)
            .unwrap_or_default();
        format!(
            "An error occurred ({}) when calling the {}: {message}",
            self.code, self.operation
        )
    }
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) | CliError::Unknown(_) | CliError::Param(_) => EXIT_USAGE,
            CliError::Config(_) | CliError::Missing { .. } => EXIT_CONFIG,
            CliError::Service(_) => EXIT_SERVICE,
            CliError::Other(_) => EXIT_OTHER,
            CliError::Wait { code, .. } => *code,
            CliError::Interrupted => EXIT_INTERRUPTED,
        }
    }

    pub fn param(flag: &str, message: impl fmt::Display) -> Self {
        CliError::Param(format!("Error parsing parameter '{flag}': {message}"))
    }

    /// `argument --flag: Found invalid choice 'value'`, as v2's argument parser words it.
    pub fn invalid_choice(flag: &str, value: &str) -> Self {
        CliError::Usage(format!(
            "argument --{flag}: Found invalid choice '{value}'\n"
        ))
    }
}

impl std::error::Error for CliError {}

pub type Result<T> = std::result::Result<T, CliError>;
