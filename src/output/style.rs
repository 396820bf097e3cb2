//! How results are printed: `--output`, the operation name that titles tables, whether colour
//! is on (`--color`, the terminal, `NO_COLOR`) and the width of the terminal.

use crate::error::{CliError, Result};

/// How results are printed: `--output`, the operation name (the title of tables), colour and
/// terminal width.
#[derive(Debug, Clone)]
pub struct Style {
    pub format: String,
    pub operation: String,
    pub color: bool,
    pub width: usize,
}

impl Style {
    /// `--color on|off|auto` (auto: when stdout is a terminal and `NO_COLOR` is not set) and the
    /// width of the terminal (`COLUMNS`, else the terminal on stdout, else 80).
    pub fn new(format: &str, operation: &str, color: Option<&str>) -> Result<Style> {
        use std::io::IsTerminal;
        let tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match color.unwrap_or("auto") {
            "on" => true,
            "off" => false,
            "auto" => tty && !no_color,
            other => return Err(CliError::invalid_choice("color", other)),
        };
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|w| *w > 0)
            .or_else(|| tty.then(terminal_width).flatten())
            .unwrap_or(80);
        Ok(Style {
            format: format.to_string(),
            operation: operation.to_string(),
            color,
            width,
        })
    }
}

fn terminal_width() -> Option<usize> {
    // SAFETY: TIOCGWINSZ fills a winsize struct owned by this frame; fd 1 may be anything, and
    // a failure is reported through the return value.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    let ok = unsafe { libc::ioctl(1, libc::TIOCGWINSZ, &mut ws) } == 0;
    (ok && ws.ws_col > 0).then_some(usize::from(ws.ws_col))
}
