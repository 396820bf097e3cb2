//! The input document: turns the values typed after each option (shorthand, JSON, `file://`
//! and `fileb://`), `--cli-input-json`/`--cli-input-yaml` and `--generate-cli-skeleton` into one
//! request document, and checks it against the model before anything is sent.
//!
//! [`params`] builds the document, [`paramfile`] reads `file://` and `fileb://` values,
//! [`json`] reads JSON as Python does, [`shorthand`] reads the shorthand syntax, [`timestamp`]
//! reads and prints timestamps, [`validate`] checks the document, [`skeleton`] writes the
//! templates of `--generate-cli-skeleton`.

pub mod json;
pub mod paramfile;
pub mod params;
pub mod shorthand;
pub mod skeleton;
pub mod validate;
pub mod yaml;
