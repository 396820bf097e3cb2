//! The command line: from argv to the exit code. [`definition`] is the one definition of the
//! command line, [`command`] the clap command built from it, [`args`] parses argv with it into
//! a typed [`args::Target`]; [`help`] and [`complete`] render the same definition as help and
//! completion scripts (the man pages are written from it by the test suite). `run` dispatches
//! on the target and hands a request to the input stage ([`crate::input`]), the call
//! ([`crate::call`]) and the output ([`crate::output`]).

pub mod action_names;
pub mod alias;
pub mod args;
pub mod close;
pub mod command;
pub mod complete;
pub mod definition;
pub mod describe;
pub mod examples;
pub mod help;
pub mod local;
pub mod report;

use crate::call::listing::{self, Paging};
use crate::call::options::{self, CallOptions};
use crate::call::{preview, sdk, wait};
use crate::error::{CliError, Result};
use crate::input::paramfile::{self, Contents};
use crate::input::{params, skeleton, validate};
use crate::local::serve;
use crate::model::{self, Operation};
use crate::output;
use crate::output::outfile::{self, Outfile};
use crate::settings::config;
use crate::settings::output::{OutputFlags, OutputSettings};
use args::{Invocation, Raw, Target};
use report::{ErrorFormat, ErrorStyle};
use serde_json::{Map, Value};

/// Runs one command line (without the program name) and returns the process exit code; errors
/// are printed on stderr here.
pub fn main_with_args(argv: &[String]) -> i32 {
    let argv = &match alias::expand(argv) {
        Ok(alias::Expansion::Words(words)) => words,
        Ok(alias::Expansion::Exited(code)) => return code,
        Err(e) => {
            eprint!("{}", e.render_with(&error_style(argv)));
            return e.exit_code();
        }
    };
    let result = match run(argv) {
        // Ctrl-C while a document was being printed: it was printed whole, and the command
        // still ends as interrupted.
        Ok(_) if crate::interrupt::received() => Err(CliError::Interrupted),
        other => other,
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let mut text = e.render_with(&error_style(argv));
            if let (CliError::Interrupted, Some(hint)) = (&e, wait::interrupt_hint()) {
                text.push_str(&hint);
                text.push('\n');
            }
            // The label is never coloured: v2 writes it plain whatever `--color` says.
            eprint!("{text}");
            e.exit_code()
        }
    }
}

/// The values of every `--name value` or `--name=value` in argv, in order. Errors read their
/// options straight from argv: the error may be about argv.
fn flag_values<'a>(argv: &'a [String], name: &str) -> Vec<&'a str> {
    let flag = format!("--{name}");
    let mut found = Vec::new();
    for (i, word) in argv.iter().enumerate() {
        if *word == flag {
            found.extend(argv.get(i + 1).map(String::as_str));
        } else if let Some(v) = word.strip_prefix(&flag).and_then(|r| r.strip_prefix('=')) {
            found.push(v);
        }
    }
    found
}

/// The value of the last `--name value` or `--name=value` in argv.
fn flag_value<'a>(argv: &'a [String], name: &str) -> Option<&'a str> {
    flag_values(argv, name).pop()
}

/// `--color` as v2 has it when an error is printed: a value it refuses stops the parse before
/// any `--color` is taken, which leaves the default.
fn color_flag(argv: &[String]) -> Option<&str> {
    let values = flag_values(argv, "color");
    if values.iter().any(|v| !["on", "off", "auto"].contains(v)) {
        return None;
    }
    values.last().copied()
}

/// How the error is written: `--cli-error-format` and its settings, and for tables the colour
/// and width that `--output table` would have.
fn error_style(argv: &[String]) -> ErrorStyle {
    let format = ErrorFormat::resolve(
        flag_value(argv, "cli-error-format"),
        flag_value(argv, "profile"),
    );
    let table = output::Style::new(output::Format::Table, "error", color_flag(argv)).ok();
    ErrorStyle {
        format,
        width: table.as_ref().map_or(80, |t| t.width),
        color: table.is_some_and(|t| t.color),
    }
}

fn run(argv: &[String]) -> Result<i32> {
    let inv = args::parse(argv)?;
    if inv.globals.version {
        println!("iotmit/{}", env!("CARGO_PKG_VERSION"));
        return Ok(0);
    }
    let prompts = !matches!(
        inv.target,
        Target::Overview | Target::CommandHelp(_) | Target::WaitHelp(_) | Target::Local(_)
    );
    let from_env = std::env::var("AWS_CLI_AUTO_PROMPT").ok();
    let prompting = inv.globals.cli_auto_prompt
        || (!inv.globals.cli_auto_prompt_off && from_env.as_deref() == Some("on"));
    if prompting && prompts {
        return auto_prompt();
    }
    let op = match inv.target {
        Target::Nothing => {
            return Err(CliError::Usage(
                "the following arguments are required: operation".into(),
            ))
        }
        Target::Overview => {
            output::write_stdout(&help::overview())?;
            return Ok(0);
        }
        Target::CommandHelp(op) => {
            output::write_stdout(&help::command(op))?;
            return Ok(0);
        }
        Target::WaitHelp(kind) => {
            output::write_stdout(&help::wait(kind))?;
            return Ok(0);
        }
        Target::Wait(kind) => return wait_command(&inv, kind),
        Target::Local(at)
            if argv
                .get(at)
                .and_then(|w| local::own_subcommand(w))
                .is_some() =>
        {
            return local_own(argv, at)
        }
        Target::Local(at) => return local::local_command(&argv[at.min(argv.len())..]),
        Target::Completion(shell) => {
            output::write_stdout(&complete::completion_script(shell))?;
            return Ok(0);
        }
        Target::CompleteActionNames => {
            complete_action_names(&inv);
            return Ok(0);
        }
        Target::Operation(op) => op,
    };
    operation(op, &inv)
}

/// `--cli-auto-prompt`: the AWS CLI prompts for parameters at a terminal and fails without one;
/// iotmit has no prompt, and fails as the AWS CLI does when the input is not a terminal.
fn auto_prompt() -> Result<i32> {
    use std::io::IsTerminal;
    if std::io::stdin().is_terminal() {
        return Err(CliError::Usage(
            "--cli-auto-prompt: iotmit has no prompt; give the parameters on the command line"
                .into(),
        ));
    }
    eprintln!("Warning: Input is not a terminal (fd=0).");
    Err(CliError::Other(String::new()))
}

/// Words the command does not take, once its required options are given.
fn unknown_options(inv: &Invocation) -> Result<()> {
    if inv.unknown.is_empty() {
        return Ok(());
    }
    Err(CliError::Unknown(format!(
        "Unknown options: {}",
        inv.unknown.join(", ")
    )))
}

/// What the AWS CLI checks of the global options as soon as it has read them, before the
/// command's own options: `--query` compiles and `--endpoint-url` has a scheme.
fn check_globals(g: &args::Globals) -> Result<()> {
    if let Some(query) = &g.query {
        output::compile_query(query)?;
    }
    if let Some(url) = &g.endpoint_url {
        crate::settings::endpoint::check_flag(url)?;
    }
    Ok(())
}

/// One of the model's commands.
fn operation(op: &'static Operation, inv: &Invocation) -> Result<i32> {
    let skeleton_form = match inv.values.get(args::SKELETON) {
        Some(Raw::One(form)) => Some(form.as_str()),
        _ => None,
    };
    check_globals(&inv.globals)?;
    if let Some(missing) = args::missing_required(op, inv) {
        return Err(CliError::Usage(format!(
            "the following arguments are required: {missing}"
        )));
    }
    unknown_options(inv)?;
    let outfiles = outfiles(op, inv)?;
    // Input skeletons need no other argument; the output skeleton stands in for a real call.
    if let Some(form) = skeleton_form.filter(|f| *f != "output") {
        return skeleton(op, form);
    }
    if skeleton_form.is_some() {
        let sample = skeleton::output_value(op).map_err(CliError::Param)?;
        let settings = output_settings(inv)?;
        outfile::save(&outfiles, sample.as_ref().unwrap_or(&Value::Null))?;
        if let Some(sample) = sample {
            settings.emit(sample, op.name)?;
        }
        return Ok(0);
    }
    let mut doc = params::input_document(op, &inv.values)?;
    params::fill_idempotency_tokens(op, &mut doc);
    let settings = output_settings(inv)?;
    // The profile's `cli_auto_prompt = on`, read with the files the command reads anyway (the
    // environment variable, checked first, wins over it).
    let prompt_off =
        inv.globals.cli_auto_prompt_off || std::env::var_os("AWS_CLI_AUTO_PROMPT").is_some();
    if !prompt_off && settings.files.get("cli_auto_prompt") == Some("on") {
        return auto_prompt();
    }
    if inv.globals.cli_binary_format.is_none() {
        if let Some(v) = settings.files.get("cli_binary_format") {
            if !matches!(v, "base64" | "raw-in-base64-out") {
                // v2 looks the setting up in a table of the two it knows: a KeyError.
                return Err(CliError::Other(crate::python::py_repr(&Value::from(v))));
            }
        }
    }
    // `parameter_validation` in the profile: anything but `true` turns the checks off, as
    // botocore reads it, and the request is sent as typed.
    let validating = settings
        .files
        .get("parameter_validation")
        .is_none_or(|v| v.eq_ignore_ascii_case("true"));
    let problems = if validating {
        validate::validate(op, &Value::Object(doc.clone()))
    } else {
        Vec::new()
    };
    if !problems.is_empty() {
        let lines: Vec<String> = problems.iter().map(validate::Invalid::message).collect();
        return Err(CliError::Param(format!(
            "Parameter validation failed:\n{}",
            lines.join("\n")
        )));
    }
    let paging = paging(op, inv, &doc)?;
    let wait = match inv.values.get(args::WAIT) {
        Some(Raw::Bool(true)) => Some(wait::parse_timeout(raw_one(inv, args::WAIT_TIMEOUT))?),
        _ => None,
    };
    let previewing = matches!(inv.values.get(args::PREVIEW), Some(Raw::Bool(true)));
    if previewing && wait.is_some() {
        return Err(CliError::Usage(
            "argument --preview: not allowed with argument --wait".into(),
        ));
    }
    let _deferred = crate::interrupt::Deferred::new();
    crate::runtime::block_on(async {
        // Biased: a waiter that sees Ctrl-C first says how to cancel the task it leaves running.
        tokio::select! {
            biased;
            result = execute(op, inv, doc, paging, &settings, wait, &outfiles) => result,
            _ = crate::interrupt::interrupted() => Err(CliError::Interrupted),
        }
    })?
}

/// The files the command saves parts of its answer to: the options of
/// [`definition::outfile_options`] given, each value read as any value is (`file://`) and its
/// path resolved and checked, before anything else is read or sent, as the AWS CLI does.
fn outfiles(op: &Operation, inv: &Invocation) -> Result<Vec<Outfile>> {
    let mut files = Vec::new();
    for option in definition::outfile_options(op) {
        let (Some(value), Some(query)) = (raw_one(inv, option.name), option.saves) else {
            continue;
        };
        let flag = format!("--{}", option.name);
        let value = match paramfile::load(value).map_err(|e| CliError::param(&flag, e))? {
            Some(Contents::Text(text)) => text,
            Some(Contents::Bytes(bytes)) => String::from_utf8_lossy(&bytes).into_owned(),
            None => value.to_string(),
        };
        let path = paramfile::outfile_path(&value).map_err(CliError::Param)?;
        files.push(Outfile { path, query });
    }
    Ok(files)
}

fn raw_one<'a>(inv: &'a Invocation, key: &str) -> Option<&'a str> {
    match inv.values.get(key) {
        Some(Raw::One(v)) => Some(v.as_str()),
        _ => None,
    }
}

/// The output settings of the command, resolved once: `--query` compiled, the format, the
/// pager, and the configuration files.
fn output_settings(inv: &Invocation) -> Result<OutputSettings> {
    let g = &inv.globals;
    OutputSettings::resolve(OutputFlags {
        output: g.output.as_deref(),
        query: g.query.as_deref(),
        color: g.color.as_deref(),
        profile: g.profile.as_deref(),
        no_cli_pager: g.no_cli_pager,
    })
}

/// The client for a command: the in-process local endpoint when asked for, else AWS (or
/// `--endpoint-url`).
async fn client(inv: &Invocation, files: &config::Files) -> Result<sdk::Client> {
    let local = match local::local_state(&inv.globals) {
        Some(state) => Some(serve::start_in_process(&state).await?),
        None => None,
    };
    sdk::Client::new(&call_options(&inv.globals)?, local, files).await
}

/// What the call needs of the global options.
fn call_options(g: &args::Globals) -> Result<CallOptions> {
    Ok(CallOptions {
        endpoint_url: g.endpoint_url.clone(),
        region: g.region.clone(),
        profile: g.profile.clone(),
        ca_bundle: g.ca_bundle.clone(),
        no_verify_ssl: g.no_verify_ssl,
        no_sign_request: g.no_sign_request,
        debug: g.debug,
        connect_timeout: options::timeout(
            "--cli-connect-timeout",
            g.cli_connect_timeout.as_deref(),
        )?,
        read_timeout: options::timeout("--cli-read-timeout", g.cli_read_timeout.as_deref())?,
    })
}

/// Waits for a task, prints its final describe document and returns the waiter's exit code.
async fn wait_and_print(
    client: &sdk::Client,
    kind: wait::Kind,
    task_id: &str,
    timeout: Option<std::time::Duration>,
    settings: &OutputSettings,
) -> Result<i32> {
    let (raw, code) = wait::until_done(client, kind, task_id, timeout).await?;
    let m = model::get();
    let op = m
        .operations
        .get(kind.describe)
        .ok_or_else(|| CliError::Other("describe operation missing from the model".into()))?;
    let shaped = match m.output(op) {
        Some(s) => output::shape(s, raw, settings.timestamps)?,
        None => raw,
    };
    settings.emit(shaped, op.name)?;
    Ok(code)
}

/// `iotmit __complete-action-names`: the names of existing mitigation actions, one a line, for
/// shell completion (`IOTMIT_COMPLETE_ACTIONS=1`). Cached for a minute; prints nothing on failure.
fn complete_action_names(inv: &Invocation) {
    let g = &inv.globals;
    let scope = format!(
        "{}|{}|{}|{}",
        config::profile_name(g.profile.as_deref()),
        g.region
            .clone()
            .or_else(|| std::env::var("AWS_REGION").ok())
            .unwrap_or_default(),
        g.endpoint_url.clone().unwrap_or_default(),
        local::local_state(g)
            .map(|p| p.display().to_string())
            .unwrap_or_default(),
    );
    let fetch = || -> Option<Vec<String>> {
        let op = model::get().operations.get("ListMitigationActions")?;
        crate::runtime::block_on(async {
            let work = async {
                let files = config::Files::load(g.profile.as_deref()).await.ok()?;
                let client = client(inv, &files).await.ok()?;
                let mut names = Vec::new();
                let mut token: Option<String> = None;
                for _ in 0..20 {
                    let mut doc = Map::new();
                    if let Some(t) = token.take() {
                        doc.insert("nextToken".into(), Value::String(t));
                    }
                    let page = client.call(op.name, &doc).await.ok()?;
                    for item in page["actionIdentifiers"].as_array().into_iter().flatten() {
                        if let Some(n) = item["actionName"].as_str() {
                            names.push(n.to_string());
                        }
                    }
                    match page["nextToken"].as_str() {
                        Some(t) if !t.is_empty() => token = Some(t.to_string()),
                        _ => break,
                    }
                }
                Some(names)
            };
            tokio::time::timeout(definition::ACTION_NAMES_FETCH_TIMEOUT, work)
                .await
                .ok()
                .flatten()
        })
        .ok()
        .flatten()
    };
    let names = action_names::cached_action_names_for(&scope, fetch);
    let mut text = String::new();
    for n in names {
        text.push_str(&n);
        text.push('\n');
    }
    let _ = output::write_stdout(&text);
}

/// `iotmit wait audit-mitigation-actions-task-complete|detect-mitigation-actions-task-complete`.
fn wait_command(inv: &Invocation, kind: wait::Kind) -> Result<i32> {
    let Some(task_id) = raw_one(inv, definition::TASK_ID) else {
        return Err(CliError::Usage(
            "the following arguments are required: --task-id".into(),
        ));
    };
    unknown_options(inv)?;
    let timeout = wait::parse_timeout(raw_one(inv, args::WAIT_TIMEOUT))?;
    let settings = output_settings(inv)?;
    let _deferred = crate::interrupt::Deferred::new();
    crate::runtime::block_on(async {
        tokio::select! {
            biased;
            result = async {
                let client = client(inv, &settings.files).await?;
                wait_and_print(&client, kind, task_id, timeout, &settings).await
            } => result,
            _ = crate::interrupt::interrupted() => Err(CliError::Interrupted),
        }
    })?
}

/// `iotmit local advance|published|report-metric …`: an operation of the local endpoint's own
/// (see [`local::OWN_SUBCOMMANDS`]), on the one at `--endpoint-url` or the `--local` state,
/// signed and sent as the AWS operations are.
fn local_own(argv: &[String], at: usize) -> Result<i32> {
    let Some(own) = local::own_subcommand(&argv[at]) else {
        return Err(CliError::Usage(format!(
            "unknown local command {}",
            argv[at]
        )));
    };
    let usage = own.usage;
    // The global options before `local` and after the subcommand; the subcommand's own options;
    // bare words are positionals.
    let valued: Vec<String> = definition::global_valued()
        .map(|o| format!("--{}", o.name))
        .collect();
    let mut rest: Vec<String> = argv[..at.saturating_sub(1)].to_vec();
    let mut positionals = Vec::new();
    let mut given: Vec<(&'static str, String)> = Vec::new();
    let mut i = at + 1;
    while i < argv.len() {
        let w = &argv[i];
        if let Some(name) = own
            .options
            .iter()
            .find(|o| w.strip_prefix("--") == Some(**o))
        {
            let Some(v) = argv.get(i + 1) else {
                return Err(CliError::Usage(format!(
                    "argument --{name}: expected one argument\n{usage}"
                )));
            };
            given.push((name, v.clone()));
            i += 2;
            continue;
        }
        if valued.contains(w) {
            rest.extend(argv[i..argv.len().min(i + 2)].iter().cloned());
            i += 2;
            continue;
        }
        if w.starts_with('-') && w != "-" {
            rest.push(w.clone());
        } else {
            positionals.push(w.clone());
        }
        i += 1;
    }
    let body = (own.body)(&given, &positionals)?;
    let inv = args::parse(&rest)?;
    if !matches!(inv.target, Target::Nothing) {
        return Err(CliError::Usage(format!("unrecognized arguments\n{usage}")));
    }
    let settings = output_settings(&inv)?;
    let body = serde_json::to_vec(&body).map_err(|e| CliError::Other(e.to_string()))?;
    let _deferred = crate::interrupt::Deferred::new();
    crate::runtime::block_on(async {
        tokio::select! {
            biased;
            result = async {
                let client = client(&inv, &settings.files).await?;
                let answer = client.call_own(own.path, own.title, body).await?;
                let value: Value = serde_json::from_slice(&answer)
                    .map_err(|e| CliError::Other(format!("the endpoint's answer is not JSON: {e}")))?;
                settings.emit(value, own.title)?;
                Ok(0)
            } => result,
            _ = crate::interrupt::interrupted() => Err(CliError::Interrupted),
        }
    })?
}

/// `--generate-cli-skeleton [input|yaml-input|output]`: nothing is loaded or sent.
fn skeleton(op: &Operation, form: &str) -> Result<i32> {
    let text = match form {
        "input" => skeleton::input_json(op),
        "yaml-input" => skeleton::input_yaml(op),
        other => return Err(CliError::invalid_choice(args::SKELETON, other)),
    };
    output::write_stdout(&text)?;
    Ok(0)
}

fn int_option(inv: &Invocation, name: &str) -> Result<Option<i64>> {
    match inv.values.get(name) {
        Some(Raw::One(v)) => v.trim().parse::<i64>().map(Some).map_err(|_| {
            CliError::param(
                &format!("--{name}"),
                format!("expected an integer, got \"{v}\""),
            )
        }),
        _ => Ok(None),
    }
}

/// How a list command pages, from `--page-size`, `--max-items`, `--starting-token` and
/// `--no-paginate`.
fn paging(op: &Operation, inv: &Invocation, doc: &Map<String, Value>) -> Result<Paging> {
    {
        let page_size = int_option(inv, args::PAGE_SIZE)?;
        let max_items = int_option(inv, args::MAX_ITEMS)?;
        if let Some(n) = page_size.filter(|n| *n < 1) {
            // v2 puts the size in the paginator's limit member and refuses it as that member's
            // minimum is checked; a size below 1 that no minimum refuses is refused here.
            let m = model::get();
            let floor = m.paginator(op).and_then(|p| p.limit_key).and_then(|key| {
                let member = m.input(op)?.members.get(key)?;
                let min = m.at(member.shape_index).min?;
                (n < min).then_some((key, min))
            });
            return Err(match floor {
                Some((key, min)) => CliError::Param(format!(
                    "Parameter validation failed:\nInvalid value for parameter {key}, value: {n}, \
                     valid min value: {min}"
                )),
                None => CliError::param("--page-size", format!("must be at least 1, got {n}")),
            });
        }
        if max_items.is_some_and(|n| n < 1) {
            eprintln!(
                "warning: Non-positive values for --max-items may result in undefined behavior."
            );
        }
        let starting_token = match inv.values.get(args::STARTING_TOKEN) {
            Some(Raw::One(v)) => Some(v.clone()),
            _ => None,
        };
        let Some(p) = model::get().paginator(op) else {
            return Ok(Paging {
                merge: false,
                page_size: None,
                max_items: None,
                starting_token: None,
            });
        };
        let manual =
            doc.contains_key(p.input_token) || p.limit_key.is_some_and(|k| doc.contains_key(k));
        let merge = !inv.globals.no_paginate && !manual;
        if !merge {
            let used: Vec<&str> = [
                (starting_token.is_some(), "--starting-token"),
                (page_size.is_some(), "--page-size"),
                (max_items.is_some(), "--max-items"),
            ]
            .iter()
            .filter(|(set, _)| *set)
            .map(|(_, n)| *n)
            .collect();
            if !used.is_empty() {
                return Err(CliError::Param(format!(
                    "Cannot specify --no-paginate along with pagination arguments: {}",
                    used.join(", ")
                )));
            }
        }
        Ok(Paging {
            merge,
            page_size,
            max_items,
            starting_token,
        })
    }
}

async fn execute(
    op: &Operation,
    inv: &Invocation,
    mut doc: Map<String, Value>,
    paging: Paging,
    settings: &OutputSettings,
    wait: Option<Option<std::time::Duration>>,
    outfiles: &[Outfile],
) -> Result<i32> {
    let m = model::get();
    let client = client(inv, &settings.files).await?;
    if matches!(inv.values.get(args::PREVIEW), Some(Raw::Bool(true))) {
        settings.emit(preview::preview(&client, &doc).await?, preview::TITLE)?;
        return Ok(0);
    }
    let result = match (paging.merge, m.paginator(op)) {
        (true, Some(p)) => {
            if let Some((n, key)) = paging.page_size.zip(p.limit_key) {
                doc.insert(key.to_string(), Value::from(n));
            }
            let streamed = wait.is_none() && settings.format.streams_pages();
            match listing::list(&client, op, p, &doc, &paging, settings, streamed).await? {
                Some(merged) => merged,
                None => return Ok(0),
            }
        }
        _ => listing::shape_response(
            m.output(op),
            client.call(op.name, &doc).await?,
            settings.timestamps,
        )?,
    };
    // The parts of the answer saved to files are written before it is printed.
    outfile::save(outfiles, &result)?;
    if let Some((timeout, kind)) = wait.zip(wait::started_by(op.name)) {
        // The mitigation tasks are named by the request; an on-demand audit by the answer.
        let task_id = doc
            .get("taskId")
            .or_else(|| result.get("taskId"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string();
        return wait_and_print(&client, kind, &task_id, timeout, settings).await;
    }
    settings.emit(result, op.name)?;
    Ok(0)
}
