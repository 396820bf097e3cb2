//! How results are printed: `--output`, the operation name that titles tables, whether colour
//! is on (`--color`, the terminal, `NO_COLOR`) and the width of the terminal.

use crate::error::{CliError, Result};

/// The output formats of `--output`, `AWS_DEFAULT_OUTPUT` and the profile's `output`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Text,
    Table,
    Yaml,
    YamlStream,
    Off,
}

/// Every format with its name, in the order help lists them.
pub const FORMATS: [(Format, &str); 6] = [
    (Format::Json, "json"),
    (Format::Text, "text"),
    (Format::Table, "table"),
    (Format::Yaml, "yaml"),
    (Format::YamlStream, "yaml-stream"),
    (Format::Off, "off"),
];

/// The names of [`FORMATS`], the choices of `--output`.
pub const FORMAT_NAMES: &[&str] = &{
    let mut names = [""; FORMATS.len()];
    let mut i = 0;
    while i < FORMATS.len() {
        names[i] = FORMATS[i].1;
        i += 1;
    }
    names
};

impl Format {
    /// The format of this name; the AWS CLI's words when there is none.
    pub fn from_name(name: &str) -> Result<Format> {
        FORMATS
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(f, _)| *f)
            .ok_or_else(|| CliError::Other(format!("Unknown output type: {name}")))
    }

    /// Whether a listing is printed page by page as it arrives (`text` prints each page's
    /// result key, `yaml-stream` each whole page), as the AWS CLI streams them.
    pub fn streams_pages(self) -> bool {
        matches!(self, Format::Text | Format::YamlStream)
    }
}

/// How results are printed: `--output`, the operation name (the title of tables), colour and
/// terminal width.
#[derive(Debug, Clone)]
pub struct Style {
    pub format: Format,
    pub operation: String,
    pub color: bool,
    pub width: usize,
}

impl Style {
    /// `--color on|off|auto` (auto: when stdout is a terminal and `NO_COLOR` is not set) and the
    /// width of the terminal (`COLUMNS`, else the terminal on stdout, else 80).
    pub fn new(format: Format, operation: &str, color: Option<&str>) -> Result<Style> {
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
            format,
            operation: operation.to_string(),
            color,
            width,
        })
    }
}

/// The columns of the terminal on stdout; `None` when stdout is not a terminal or the terminal
/// does not say its size.
fn terminal_width() -> Option<usize> {
    terminal_size::terminal_size_of(std::io::stdout()).map(|(w, _)| usize::from(w.0))
}
