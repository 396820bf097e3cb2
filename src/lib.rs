//! `iotmit`: the AWS IoT Device Defender mitigation commands of `aws iot`, and a local endpoint
//! that behaves like the service. The binary is a thin entry point over [`cli`].
//!
//! One folder per stage a request flows through, in order:
//! - [`cli`]: the command line — what was typed, help, completions, dispatch;
//! - [`input`]: the input document — shorthand, JSON and files, one document, validation;
//! - [`call`]: the official SDK call, pagination and waiting;
//! - [`output`]: shaping the answer, `--query`, and the output formats.
//!
//! Beside them: [`model`] is the service description every stage reads, [`audit_checks`] the
//! action types each audit check supports; [`settings`] reads the
//! configuration files, credentials and network settings the call uses; [`error`] decides exit
//! codes and the text of errors; [`local`] is the endpoint that behaves like the service.

pub mod audit_checks;
pub mod call;
pub mod cli;
pub mod error;
pub mod input;
pub mod local;
pub mod model;
pub mod output;
pub mod settings;
