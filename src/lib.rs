//! `iotmit`: the AWS IoT Device Defender commands of `aws iot`, and a local endpoint that
//! behaves like the service. The binary is a thin entry point over [`cli`].
//!
//! One folder per stage a request flows through, in order:
//! - [`cli`]: the command line — what was typed, help, completions, dispatch;
//! - [`input`]: the input document — shorthand, JSON and files, one document, validation;
//! - [`call`]: the official SDK call, pagination and waiting;
//! - [`output`]: shaping the answer, `--query`, and the output formats.
//!
//! Beneath them all, what every stage uses: [`error`] (the error type and the exit code each
//! error ends in), [`interrupt`] (Ctrl-C), [`runtime`] (the process's one async runtime),
//! [`python`] (values as Python writes them) and [`timestamp`] (reading and writing times as
//! the AWS CLI does).
//!
//! Beside them: [`model`] is the service description every stage reads, [`audit_checks`] the
//! action types each audit check supports; [`settings`] reads the configuration files,
//! credentials and network settings the call uses, and what the output looks like; [`local`]
//! is the endpoint that behaves like the service.

pub mod audit_checks;
pub mod call;
pub mod cli;
pub mod error;
pub mod input;
pub mod interrupt;
pub mod local;
pub mod model;
pub mod output;
pub mod python;
pub mod runtime;
pub mod settings;
pub mod timestamp;
