//! Where output goes: stdout, or the pager when stdout is a terminal, written whole even
//! when Ctrl-C arrives during the write.

use crate::error::{CliError, Result};
use std::io::Write;

/// Where output goes: stdout, or the pager when stdout is a terminal (as AWS CLI v2 does:
/// `AWS_PAGER`, else `cli_pager` from the profile, else `less -R`; an empty value or
/// `--no-cli-pager` turns it off).
pub enum Sink {
    Stdout,
    Pager(std::process::Child),
}

impl Sink {
    pub fn open(pager: Option<String>) -> Sink {
        use std::io::IsTerminal;
        let Some(pager) = pager.filter(|p| !p.trim().is_empty()) else {
            return Sink::Stdout;
        };
        if !std::io::stdout().is_terminal() {
            return Sink::Stdout;
        }
        let mut cmd = std::process::Command::new("sh");
        cmd.args(["-c", &pager]).stdin(std::process::Stdio::piped());
        if std::env::var_os("LESS").is_none() {
            cmd.env("LESS", "FRX");
        }
        match cmd.spawn() {
            Ok(child) => Sink::Pager(child),
            Err(_) => Sink::Stdout,
        }
    }

    /// Writes `text` whole: Ctrl-C during the write lets it finish, then ends the command as
    /// interrupted.
    pub fn write(&mut self, text: &str) -> Result<()> {
        if text.is_empty() {
            return Ok(());
        }
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
        };
        drop(deferred);
        if crate::interrupt::received() {
            return Err(CliError::Interrupted);
        }
        match result {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            Err(e) => Err(CliError::Other(format!("cannot write the output: {e}"))),
        }
    }

    /// Waits for the pager, if there is one.
    pub fn close(self) {
        if let Sink::Pager(mut child) = self {
            drop(child.stdin.take());
            let _ = child.wait();
        }
    }
}

/// Writes to stdout; a closed pipe (`| head`) is not an error. Ctrl-C during the write lets it
/// finish (the text is printed whole) and then ends the command as interrupted.
pub fn write_stdout(text: &str) -> Result<()> {
    Sink::Stdout.write(text)
}
