//! How a command's result is printed, resolved once before anything is sent (an unknown output
//! type from the environment or profile is refused when printing, after the call, as v2 does): the compiled
//! `--query`, the output format (flag over `AWS_DEFAULT_OUTPUT` over the profile's `output`),
//! timestamps, colour and the pager; and the configuration files, read once for the command.

use crate::error::{CliError, Result};
use crate::output::query::Expression;
use crate::output::{self, Format, Style};
use crate::settings::config::Files;
use crate::timestamp;
use std::sync::Arc;

/// What the command line says of the output; the rest comes from the environment and profile.
#[derive(Debug, Default, Clone, Copy)]
pub struct OutputFlags<'a> {
    pub output: Option<&'a str>,
    pub query: Option<&'a str>,
    pub color: Option<&'a str>,
    pub profile: Option<&'a str>,
    pub no_cli_pager: bool,
}

pub struct OutputSettings {
    /// The configuration files, parsed once for the whole command.
    pub files: Files,
    pub format: Format,
    /// An output type the environment or profile names that does not exist: v2 sends the
    /// request and then refuses to print it, so the refusal waits for the printing.
    unknown_format: Option<String>,
    pub timestamps: timestamp::Format,
    pub color: Option<String>,
    pub pager: Option<String>,
    /// `--query`, compiled once (and shared with the thread that prints a streamed listing).
    pub query: Option<Arc<Expression>>,
}

impl OutputSettings {
    /// A `--query` that does not compile is refused first, then the files are read.
    pub fn resolve(flags: OutputFlags) -> Result<OutputSettings> {
        let query = flags
            .query
            .map(output::compile_query)
            .transpose()?
            .map(Arc::new);
        let files = Files::load_blocking(flags.profile)?;
        let file = |key: &str| files.get(key).map(str::to_string);
        let name = flags
            .output
            .map(str::to_string)
            .or_else(|| {
                std::env::var("AWS_DEFAULT_OUTPUT")
                    .ok()
                    .filter(|s| !s.is_empty())
            })
            .or_else(|| file("output"))
            .unwrap_or_else(|| "json".to_string());
        let (format, unknown_format) = match Format::from_name(&name) {
            Ok(format) => (format, None),
            Err(_) => (Format::Json, Some(name)),
        };
        let timestamps = timestamp::Format::from_config(file("cli_timestamp_format").as_deref())
            .map_err(CliError::Config)?;
        // AWS_PAGER wins even when empty (which turns the pager off), then cli_pager.
        let pager = if flags.no_cli_pager {
            None
        } else {
            std::env::var("AWS_PAGER")
                .ok()
                .or_else(|| file("cli_pager"))
                .or_else(|| Some("less -R".to_string()))
        };
        Ok(OutputSettings {
            files,
            format,
            unknown_format,
            timestamps,
            color: flags.color.map(str::to_string),
            pager,
            query,
        })
    }

    pub fn style(&self, operation: &str) -> Result<Style> {
        if let Some(name) = &self.unknown_format {
            return Err(CliError::Other(format!("Unknown output type: {name}")));
        }
        Style::new(self.format, operation, self.color.as_deref())
    }

    /// Applies `--query` and prints the result, through the pager when there is one.
    pub fn emit(&self, result: serde_json::Value, operation: &str) -> Result<()> {
        let style = self.style(operation)?;
        let mut sink = output::Sink::open(self.pager.clone());
        sink.check()?;
        let result = match &self.query {
            Some(q) => output::apply_query(q, &result)?,
            None => result,
        };
        let printed = output::print(&result, &style, &mut sink);
        sink.close();
        // The process ends once the result is printed: freeing a listing of thousands of items
        // value by value would only add to the time the command takes.
        std::mem::forget(result);
        printed
    }
}
