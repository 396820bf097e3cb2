//! The files committed under `completions/` and `man/` are the ones the command line generates
//! today: the completion scripts `iotmit completion SHELL` prints and the man pages of [`man`]
//! (written only here: the binary prints none). A file that differs, or that is no longer
//! generated, fails the test; `IOTMIT_REGENERATE=1 cargo test --test suite generated::` rewrites
//! them and removes those no longer generated.

mod man;

use clap_complete::Generator;
use iotmit::cli::complete::completion_script;
use iotmit::cli::definition::{BIN, SHELLS};
use std::io;
use std::path::{Path, PathBuf};

/// Every generated file, by its path under the crate root: `completions/iotmit.bash`,
/// `completions/_iotmit`, `completions/iotmit.fish`, `completions/_iotmit.ps1`,
/// `completions/iotmit.elv`, and `man/*.1`.
fn generated_files() -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<(PathBuf, Vec<u8>)> = SHELLS
        .iter()
        .map(|shell| {
            (
                Path::new("completions").join(shell.file_name(BIN)),
                completion_script(*shell).into_bytes(),
            )
        })
        .collect();
    files.extend(
        man::man_pages()
            .into_iter()
            .map(|(name, roff)| (Path::new("man").join(name), roff)),
    );
    files
}

/// Whether a file in `completions/` or `man/` is one this module writes (so that one no longer
/// generated can be removed).
fn is_generated_name(dir: &str, name: &str) -> bool {
    match dir {
        "completions" => SHELLS.iter().any(|s| s.file_name(BIN) == name),
        _ => name.starts_with(BIN) && name.ends_with(".1"),
    }
}

/// Writes `completions/` and `man/` under `root`, and removes generated files that are no longer
/// generated (a command's page after the command went away).
fn write_generated(root: &Path) -> io::Result<()> {
    let files = generated_files();
    for dir in ["completions", "man"] {
        let dir_path = root.join(dir);
        std::fs::create_dir_all(&dir_path)?;
        for entry in std::fs::read_dir(&dir_path)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let keep = files.iter().any(|(p, _)| *p == Path::new(dir).join(&name));
            if !keep && is_generated_name(dir, &name) && entry.file_type()?.is_file() {
                std::fs::remove_file(entry.path())?;
            }
        }
    }
    for (path, bytes) in files {
        let path = root.join(path);
        if std::fs::read(&path).ok().as_deref() != Some(&bytes[..]) {
            std::fs::write(&path, bytes)?;
        }
    }
    Ok(())
}

#[test]
fn generated_files_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if std::env::var("IOTMIT_REGENERATE").as_deref() == Ok("1") {
        write_generated(root).expect("write completions/ and man/");
    }
    let files = generated_files();
    let mut stale = Vec::new();
    for (path, bytes) in &files {
        if std::fs::read(root.join(path)).ok().as_deref() != Some(&bytes[..]) {
            stale.push(path.display().to_string());
        }
    }
    for dir in ["completions", "man"] {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = Path::new(dir).join(&name);
                if is_generated_name(dir, &name) && !files.iter().any(|(p, _)| *p == path) {
                    stale.push(format!("{} (no longer generated)", path.display()));
                }
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale: {}\nrun `IOTMIT_REGENERATE=1 cargo test --test suite \
         generated::` and commit completions/ and man/",
        stale.join(", ")
    );
}
