//! Every way a command can fail, and the one place that turns a failure into the text on stderr
//! and the process exit code (the AWS CLI v2 codes: 252 bad parameters or usage, 253
//! configuration, 254 service error, 255 anything else, 130 interrupted).

use std::fmt;

pub const EXIT_USAGE: i32 = 252;
pub const EXIT_CONFIG: i32 = 253;
pub const EXIT_SERVICE: i32 = 254;
pub const EXIT_OTHER: i32 = 255;
pub const EXIT_INTERRUPTED: i32 = 130;

#[derive(Debug)]
pub enum CliError {
    /// The command line itself is wrong: unknown command or option, missing value.
    Usage(String),
    /// A parameter value is wrong: it names the parameter and what is wrong with it.
    Param(String),
    /// Configuration could not be read or is inconsistent (profile, region, credentials).
    Config(String),
    /// The service answered with an error. `operation` is "Name operation", followed by the
    /// retry note when retries ran out.
    Service {
        code: String,
        message: String,
        operation: String,
    },
    /// Anything else: connection failures, timeouts, unexpected replies.
    Other(String),
    /// Waiting for a task ended without the task ending (`--wait-timeout`).
    Wait {
        code: i32,
        message: String,
    },
    Interrupted,
}

impl CliError {
    pub fn exit_code(&self) -> i32 {
        match self {
            CliError::Usage(_) | CliError::Param(_) => EXIT_USAGE,
            CliError::Config(_) => EXIT_CONFIG,
            CliError::Service { .. } => EXIT_SERVICE,
            CliError::Other(_) => EXIT_OTHER,
            CliError::Wait { code, .. } => *code,
            CliError::Interrupted => EXIT_INTERRUPTED,
        }
    }

    pub fn param(flag: &str, message: impl fmt::Display) -> Self {
        CliError::Param(format!("Error parsing parameter '{flag}': {message}"))
    }

    /// The text written to stderr, in the layout of the AWS CLI v2.
    pub fn render(&self) -> String {
        match self {
            CliError::Usage(m) => {
                format!("\niotmit: [ERROR]: An error occurred (ParamValidation): {m}\n\n{USAGE}")
            }
            CliError::Param(m) => {
                format!("\niotmit: [ERROR]: An error occurred (ParamValidation): {m}\n")
            }
            CliError::Config(m) => format!("\niotmit: [ERROR]: {m}\n"),
            CliError::Service {
                code,
                message,
                operation,
            } => {
                // `operation` reads "DescribeMitigationAction operation", with the retry note.
                let sep = if message.is_empty() { ":" } else { ": " };
                format!(
                    "\niotmit: [ERROR]: An error occurred ({code}) when calling the {operation}{sep}{message}\n"
                )
            }
            CliError::Other(m) | CliError::Wait { message: m, .. } => {
                format!("\niotmit: [ERROR]: {m}\n")
            }
            CliError::Interrupted => "\n".to_string(),
        }
    }
}

const USAGE: &str = "usage: iotmit [options] <command> [parameters]
To see help text, you can run:

  iotmit help
  iotmit <command> help
";

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.render().trim())
    }
}

impl std::error::Error for CliError {}

pub type Result<T> = std::result::Result<T, CliError>;
