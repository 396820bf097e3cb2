//! How the process starts: on Linux with glibc the executable is static and position-dependent
//! (no loader runs before `main`), and its own `main` still gives a command what the standard
//! library's start gave it: a command runs with its standard descriptors closed (they are
//! opened on /dev/null), and a write to a closed pipe is an error the program handles instead
//! of a SIGPIPE that kills it.

use std::io::{Read, Seek, SeekFrom};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};

fn iotmit() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_iotmit"));
    c.env_clear()
        .env("HOME", std::env::temp_dir().join("iotmit-start-no-home"))
        .env("AWS_PAGER", "")
        .env("AWS_REGION", "us-east-1")
        .env("AWS_ACCESS_KEY_ID", "AKIDSTART")
        .env("AWS_SECRET_ACCESS_KEY", "start-secret");
    c
}

/// The ELF type and the program header types of a file.
fn elf_headers(path: &str) -> (u16, Vec<u32>) {
    let mut f = std::fs::File::open(path).unwrap();
    let mut head = [0u8; 64];
    f.read_exact(&mut head).unwrap();
    assert_eq!(&head[..4], b"\x7fELF", "{path} is not an ELF file");
    assert_eq!(head[4], 2, "{path} is not a 64-bit ELF file");
    let u16_at = |b: &[u8], i: usize| u16::from_le_bytes([b[i], b[i + 1]]);
    let e_type = u16_at(&head, 16);
    let phoff = u64::from_le_bytes(head[32..40].try_into().unwrap());
    let (phentsize, phnum) = (u16_at(&head, 54) as usize, u16_at(&head, 56) as usize);
    let mut table = vec![0u8; phentsize * phnum];
    f.seek(SeekFrom::Start(phoff)).unwrap();
    f.read_exact(&mut table).unwrap();
    let types = table
        .chunks(phentsize)
        .map(|ph| u32::from_le_bytes(ph[..4].try_into().unwrap()))
        .collect();
    (e_type, types)
}

/// Whether the C compiler finds a static C library (else the link falls back to a dynamic one).
fn static_libc_installed() -> bool {
    Command::new("cc")
        .arg("-print-file-name=libc.a")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .is_some_and(|p| p.starts_with('/') && std::path::Path::new(&p).exists())
}

#[test]
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn the_executable_is_static_and_position_dependent() {
    assert!(
        static_libc_installed(),
        "no libc.a: scripts/link-cc fell back to a dynamic link; install the static C libraries \
         (Debian: apt-get install libc6-dev libgcc-12-dev), as scripts/test does"
    );
    const ET_EXEC: u16 = 2;
    const PT_INTERP: u32 = 3;
    const PT_DYNAMIC: u32 = 2;
    let (e_type, types) = elf_headers(env!("CARGO_BIN_EXE_iotmit"));
    assert_eq!(e_type, ET_EXEC, "not a position-dependent executable");
    assert!(!types.contains(&PT_INTERP), "it names a loader: {types:?}");
    assert!(
        !types.contains(&PT_DYNAMIC),
        "it has a dynamic section: {types:?}"
    );
    // And it runs.
    let out = iotmit().arg("--version").output().unwrap();
    assert_eq!(
        (out.status.code(), out.stdout, out.stderr),
        (Some(0), b"iotmit/0.1.0\n".to_vec(), Vec::new())
    );
}

#[test]
fn a_command_runs_with_its_standard_descriptors_closed() {
    for fds in [&[1][..], &[0, 1, 2], &[0, 2]] {
        let fds = fds.to_vec();
        let mut c = iotmit();
        c.args(["create-mitigation-action", "--generate-cli-skeleton"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let closing = fds.clone();
        // SAFETY: close(2) is async-signal-safe, and only descriptors 0 to 2 are closed.
        unsafe {
            c.pre_exec(move || {
                for &fd in &closing {
                    libc::close(fd);
                }
                Ok(())
            });
        }
        let status = c.status().unwrap();
        assert_eq!(status.code(), Some(0), "descriptors {fds:?} closed");
    }
    // With stdout closed (and opened again on /dev/null), an error is the one it would be with
    // stdout open.
    let mut c = iotmit();
    c.args([
        "describe-mitigation-action",
        "--action-name",
        &"x".repeat(129),
    ])
    .stderr(Stdio::piped());
    // SAFETY: as above.
    unsafe {
        c.pre_exec(|| {
            libc::close(1);
            Ok(())
        });
    }
    let out = c.output().unwrap();
    assert_eq!(
        (out.status.code(), String::from_utf8_lossy(&out.stderr).as_ref()),
        (
            Some(252),
            "\niotmit: [ERROR]: An error occurred (ParamValidation): Parameter validation failed:\n\
             --action-name: at most 128 characters, got 129\n"
        )
    );
}

#[test]
fn a_write_to_a_closed_pipe_does_not_kill_the_process() {
    let mut c = iotmit();
    c.args(["create-mitigation-action", "--generate-cli-skeleton"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = c.spawn().unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        out.status.signal(),
        None,
        "ended by a signal: {:?}",
        out.status
    );
    assert_eq!((out.status.code(), out.stderr), (Some(0), Vec::new()));
}
