//! Where output goes: stdout, or the pager when stdout is a terminal, written whole even
//! when Ctrl-C arrives during the write.

use crate::error::{CliError, Result};
use std::io::Write;

/// Where output goes: stdout, or the pager when stdout is a terminal (as AWS CLI v2 does:
/// `AWS_PAGER`, else `cli_pager` from the profile, else `less -R`; an empty value or
/// `--no-cli-pager` turns it off).
///
/// The pager's command is split into words as Python's `shlex.split` splits them and run
/// without a shell, with `LESS=FRX` unless `LESS` is set. It is started by the first output
/// written, so a command that prints nothing starts no pager.
pub enum Sink {
    Stdout,
    /// The words of the pager, not started yet.
    Waiting(Vec<String>),
    Pager(std::process::Child),
    /// A pager's command that cannot be split: the message the first write reports.
    Unsplittable(&'static str),
    /// The pager could not be started for another reason than a missing program: as in v2,
    /// the output is dropped.
    Dropped,
}

impl Sink {
    pub fn open(pager: Option<String>) -> Sink {
        use std::io::IsTerminal;
        let Some(pager) = pager.filter(|p| !p.is_empty()) else {
            return Sink::Stdout;
        };
        if !std::io::stdout().is_terminal() {
            return Sink::Stdout;
        }
        match crate::python::shlex_split(&pager) {
            Ok(words) => Sink::Waiting(words),
            Err(message) => Sink::Unsplittable(message),
        }
    }

    /// Whether the pager's command can be split: v2 splits it when it opens the output,
    /// before it prints anything, so a command that prints nothing fails on it too.
    pub fn check(&self) -> Result<()> {
        match self {
            Sink::Unsplittable(message) => Err(CliError::Other(message.to_string())),
            _ => Ok(()),
        }
    }

    /// Starts the pager that waits for the first output.
    fn start(&mut self) -> Result<()> {
        let Sink::Waiting(words) = self else {
            return self.check();
        };
        let Some((program, args)) = words.split_first() else {
            // Python's Popen with no words.
            return Err(CliError::Other("list index out of range".into()));
        };
        let mut cmd = std::process::Command::new(program);
        cmd.args(args).stdin(std::process::Stdio::piped());
        if std::env::var_os("LESS").is_none() {
            cmd.env("LESS", "FRX");
        }
        *self = match cmd.spawn() {
            Ok(child) => Sink::Pager(child),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(CliError::Missing {
                    code: "Pager",
                    message: format!(
                        "Unable to redirect output to pager. Received the following error when opening pager:\n{}\n\nLearn more about configuring the output pager by running \"aws help config-vars\".",
                        crate::python::os_error(&e, program)
                    ),
                })
            }
            Err(_) => Sink::Dropped,
        };
        Ok(())
    }

    /// Writes `text` whole: Ctrl-C during the write lets it finish, then ends the command as
    /// interrupted.
    pub fn write(&mut self, text: &str) -> Result<()> {
        if text.is_empty() {
            return Ok(());
        }
        self.start()?;
        let deferred = crate::interrupt::Deferred::new();
        let result = match self {
            Sink::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes()).and_then(|_| out.flush())
            }
            Sink::Pager(child) => match child.stdin.as_mut() {
                Some(stdin) => stdin.write_all(text.as_bytes()),
                None => Ok(()),
            },
            Sink::Waiting(_) | Sink::Unsplittable(_) | Sink::Dropped => Ok(()),
        };
        drop(deferred);
        if crate::interrupt::received() {
            return Err(CliError::Interrupted);
        }
        match result {
            Ok(()) => Ok(()),
            Err(e)
                if e.kind() == std::io::ErrorKind::BrokenPipe && matches!(self, Sink::Stdout) =>
            {
                Err(CliError::Other(BROKEN_PIPE.into()))
            }
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(CliError::Other(format!("cannot write the output: {e}"))),
        }
    }

    /// Waits for the pager, if one was started.
    pub fn close(self) {
        if let Sink::Pager(mut child) = self {
            drop(child.stdin.take());
            let _ = child.wait();
        }
    }
}

/// What v2 says when `--output text` meets a closed stdout (Python's `BrokenPipeError`).
const BROKEN_PIPE: &str = "[Errno 32] Broken pipe";

/// A write that met a closed stdout. v2 reports it for `--output text`, which it writes line by
/// line, and ends quietly for the other formats.
pub fn broken_pipe(e: &CliError) -> bool {
    matches!(e, CliError::Other(m) if m == BROKEN_PIPE)
}

/// Writes to stdout; a closed pipe (`| head`) is not an error. Ctrl-C during the write lets it
/// finish (the text is printed whole) and then ends the command as interrupted.
pub fn write_stdout(text: &str) -> Result<()> {
    Sink::Stdout
        .write(text)
        .or_else(|e| if broken_pipe(&e) { Ok(()) } else { Err(e) })
}
