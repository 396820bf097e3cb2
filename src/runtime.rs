//! The one tokio runtime of the process, made when first needed: reading the configuration,
//! the call and the in-process local endpoint all run on it. It runs on the calling thread.

use crate::error::{CliError, Result};
use std::future::Future;
use std::sync::OnceLock;
use tokio::runtime::Runtime;

static RUNTIME: OnceLock<Runtime> = OnceLock::new();

/// The process's runtime.
pub fn get() -> Result<&'static Runtime> {
    if let Some(rt) = RUNTIME.get() {
        return Ok(rt);
    }
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Other(format!("cannot start the runtime: {e}")))?;
    Ok(RUNTIME.get_or_init(|| rt))
}

/// Runs the future to its end on the process's runtime.
pub fn block_on<F: Future>(future: F) -> Result<F::Output> {
    Ok(get()?.block_on(future))
}
