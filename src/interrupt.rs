//! Ctrl-C (SIGINT). Wherever it arrives the command ends with exit code 130, and a document on
//! stdout is printed whole or not at all:
//!
//! - outside a [`Deferred`] section (reading arguments and files, validating) the process ends
//!   at once: a newline on stderr, exit 130, nothing on stdout;
//! - inside one (the asynchronous part of a command, and every write to stdout) the signal is
//!   only recorded: [`interrupted`] wakes the code that waits for it, a write in progress is
//!   finished, and [`received`] tells the caller to end with 130 afterwards.
//!
//! [`install`] is called by the binary's `main`; a program that uses the library without it
//! keeps the default behaviour of SIGINT (only [`interrupted`] still sees Ctrl-C, through tokio).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

static RECEIVED: AtomicBool = AtomicBool::new(false);
static DEFERRED: AtomicUsize = AtomicUsize::new(0);
static INSTALLED: AtomicBool = AtomicBool::new(false);

/// Runs inside the signal handler: only async-signal-safe calls.
fn on_sigint() {
    RECEIVED.store(true, Ordering::SeqCst);
    if DEFERRED.load(Ordering::SeqCst) == 0 {
        // SAFETY: write(2) and _exit(2) are async-signal-safe.
        unsafe {
            libc::write(2, b"\n".as_ptr().cast(), 1);
            libc::_exit(crate::error::EXIT_INTERRUPTED);
        }
    }
}

/// Installs the SIGINT handler (once; later calls do nothing).
pub fn install() {
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return;
    }
    // SAFETY: the action only touches atomics and calls async-signal-safe functions.
    let registered = unsafe { signal_hook_registry::register(libc::SIGINT, on_sigint) };
    if registered.is_err() {
        INSTALLED.store(false, Ordering::SeqCst);
    }
}

/// Whether Ctrl-C was pressed since the program started.
pub fn received() -> bool {
    RECEIVED.load(Ordering::SeqCst)
}

/// While one of these lives, Ctrl-C is recorded instead of ending the process.
#[must_use = "the section ends when the guard is dropped"]
pub struct Deferred(());

impl Deferred {
    pub fn new() -> Deferred {
        DEFERRED.fetch_add(1, Ordering::SeqCst);
        Deferred(())
    }
}

impl Default for Deferred {
    fn default() -> Self {
        Deferred::new()
    }
}

impl Drop for Deferred {
    fn drop(&mut self) {
        DEFERRED.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Completes when Ctrl-C is pressed (at once if it already was).
pub async fn interrupted() {
    let by_handler = async {
        while !received() {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    if INSTALLED.load(Ordering::SeqCst) {
        by_handler.await;
    } else {
        tokio::select! {
            _ = by_handler => {}
            _ = tokio::signal::ctrl_c() => {}
        }
    }
}
