//! `iotmit`: the AWS IoT Device Defender mitigation commands of `aws iot`, and a local endpoint
//! that behaves like the service. The binary is a thin entry point over [`cli`].
//!
//! Modules, in the order a request flows through them: [`args`] (what was typed), [`params`]
//! (one input document: shorthand, JSON, files, coercion), [`validate`], [`sdk`] (the official
//! SDK call), [`paginate`], [`output`] (shaping, `--query`, printing) with [`query`] (the
//! JMESPath evaluator `--query` runs). [`model`] is the service description they all read;
//! [`config`] and [`credentials`] read the configuration files and choose who signs;
//! [`endpoint`], [`proxy`] and [`retry`] are the network settings; [`error`] decides exit codes
//! and the text of errors, and [`service_error`] reads the error answers of the service.
//! [`local`] is the endpoint.

pub mod args;
pub mod cli;
pub mod cli_spec;
pub mod config;
pub mod credentials;
pub mod endpoint;
pub mod error;
pub mod examples;
pub mod formats;
pub mod help;
pub mod insecure;
pub mod interrupt;
pub mod local;
pub mod model;
pub mod output;
pub mod paginate;
pub mod params;
pub mod proxy;
pub mod query;
pub mod retry;
pub mod sdk;
pub mod serve;
pub mod service_error;
pub mod shorthand;
pub mod skeleton;
pub mod timestamp;
pub mod validate;
pub mod wait;
