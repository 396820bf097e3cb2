//! Values read from files: `file://PATH` (text) and `fileb://PATH` (bytes), the one loader for
//! every value that may name a file (option values, `--cli-input-json`/`--cli-input-yaml`,
//! shorthand's `key@=file://…`). The path is read as the AWS CLI v2 reads it: `~` and `~user`
//! expanded first, then `$VAR` and `${VAR}`, relative to the working directory; text is UTF-8
//! with its line ends turned into `\n`; a file that cannot be read is refused with v2's words.
//! [`outfile_path`] resolves the path of a file a command writes, as v2 resolves it.

/// Files given as `file://` values larger than this are refused.
pub const MAX_PARAM_FILE_BYTES: u64 = 10 * 1024 * 1024;

/// What a `file://` or `fileb://` value holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Contents {
    /// `file://`: the text, line ends as `\n`.
    Text(String),
    /// `fileb://`: the bytes as they are.
    Bytes(Vec<u8>),
}

/// Reads the file `value` names when it starts with `file://` or `fileb://`; `Ok(None)` for
/// any other value, and v2's message (`Unable to load paramfile …`) when the file cannot be read.
pub fn load(value: &str) -> Result<Option<Contents>, String> {
    let (rest, binary) = if let Some(rest) = value.strip_prefix("file://") {
        (rest, false)
    } else if let Some(rest) = value.strip_prefix("fileb://") {
        (rest, true)
    } else {
        return Ok(None);
    };
    let path = expand_vars(&expand_user(rest));
    let fail = |why: String| format!("Unable to load paramfile {value}: {why}");
    if let Ok(meta) = std::fs::metadata(&path) {
        if meta.is_file() && meta.len() > MAX_PARAM_FILE_BYTES {
            return Err(fail(format!(
                "the file has {} bytes, more than the limit of {MAX_PARAM_FILE_BYTES}",
                meta.len()
            )));
        }
    }
    // Devices, pipes and /proc files announce no size: the limit holds while reading.
    let bytes = read_limited(&path)
        .map_err(|error| fail(crate::python::os_error(&error, &path)))?
        .ok_or_else(|| fail(over_limit()))?;
    if binary {
        return Ok(Some(Contents::Bytes(bytes)));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Some(Contents::Text(
            text.replace("\r\n", "\n").replace('\r', "\n"),
        ))),
        Err(_) => Err(format!(
            "Unable to load paramfile ({path}), text contents could not be decoded.  If this \
             is a binary file, please use the fileb:// prefix instead of the file:// prefix."
        )),
    }
}

/// Like [`load`], for the places that hold only text (shorthand values): `fileb://` content
/// must be UTF-8 there.
pub fn load_text(value: &str) -> Result<Option<String>, String> {
    match load(value)? {
        None => Ok(None),
        Some(Contents::Text(text)) => Ok(Some(text)),
        Some(Contents::Bytes(bytes)) => String::from_utf8(bytes).map(Some).map_err(|_| {
            let path = expand_vars(&expand_user(&value["fileb://".len()..]));
            format!(
                "Unable to load paramfile ({path}), binary contents can not be used as a \
                 shorthand value."
            )
        }),
    }
}

/// Reads a file of at most [`MAX_PARAM_FILE_BYTES`]; `None` when it holds more.
pub fn read_limited(path: &str) -> std::io::Result<Option<Vec<u8>>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_PARAM_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= MAX_PARAM_FILE_BYTES).then_some(bytes))
}

/// The reason given for a file over the limit whose size was not known before reading it.
pub fn over_limit() -> String {
    format!("the file has more than the limit of {MAX_PARAM_FILE_BYTES} bytes")
}

/// The path of a file a command writes (`--certificate-pem-outfile` …), as v2 resolves it:
/// `$VAR` and `${VAR}` expanded first, then `~` (the opposite order of `file://`); refused with
/// v2's words when the directory it names cannot be written to. Nothing is created.
pub fn outfile_path(path: &str) -> Result<String, String> {
    let outfile = expand_user(&expand_vars(path));
    let directory = python_dirname(&python_abspath(&outfile));
    let writable = std::ffi::CString::new(directory)
        .is_ok_and(|d| unsafe { libc::access(d.as_ptr(), libc::W_OK) } == 0);
    if writable {
        Ok(outfile)
    } else {
        Err(format!("Unable to write to file: {outfile}"))
    }
}

/// `os.path.abspath`: joined to the working directory, then `.`, `..` and repeated slashes
/// taken out without looking at the file system.
fn python_abspath(path: &str) -> String {
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        let cwd = std::env::current_dir().unwrap_or_default();
        format!("{}/{path}", cwd.display())
    };
    // POSIX keeps a path's two leading slashes, and only two.
    let lead = if joined.starts_with("//") && !joined.starts_with("///") {
        "//"
    } else {
        "/"
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    format!("{lead}{}", parts.join("/"))
}

/// `os.path.dirname`: what comes before the last slash, trailing slashes taken off unless it is
/// only slashes.
fn python_dirname(path: &str) -> String {
    let head = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    if !head.is_empty() && head.bytes().any(|b| b != b'/') {
        head.trim_end_matches('/').to_string()
    } else {
        head.to_string()
    }
}

/// `~` or `~user` at the start of `path` becomes that user's home directory.
fn expand_user(path: &str) -> String {
    let Some(after_tilde) = path.strip_prefix('~') else {
        return path.to_string();
    };
    let name_end = after_tilde.find('/').unwrap_or(after_tilde.len());
    let (name, tail) = after_tilde.split_at(name_end);
    let home = if name.is_empty() {
        std::env::var("HOME").ok().or_else(|| {
            let status = std::fs::read_to_string("/proc/self/status").ok()?;
            let uid = status
                .lines()
                .find_map(|line| line.strip_prefix("Uid:"))?
                .split_whitespace()
                .next()?
                .to_string();
            passwd_home(|fields| fields.get(2) == Some(&uid.as_str()))
        })
    } else {
        passwd_home(|fields| fields.first() == Some(&name))
    };
    match home {
        Some(home) => {
            let joined = format!("{}{tail}", home.trim_end_matches('/'));
            if joined.is_empty() {
                "/".to_string()
            } else {
                joined
            }
        }
        None => path.to_string(),
    }
}

/// Home directory of the first `/etc/passwd` entry accepted by `matches`.
fn passwd_home(matches: impl Fn(&[&str]) -> bool) -> Option<String> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        if fields.len() >= 7 && matches(&fields) {
            Some(fields[5].to_string())
        } else {
            None
        }
    })
}

/// `$NAME` and `${NAME}` become the environment variable's value; unknown ones stay as written.
fn expand_vars(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(dollar) = rest.find('$') {
        out.push_str(&rest[..dollar]);
        let after = &rest[dollar + 1..];
        let (name, written_len) = if let Some(braced) = after.strip_prefix('{') {
            match braced.find('}') {
                Some(close) => (&braced[..close], close + 2),
                None => ("", 0),
            }
        } else {
            let len = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..len], len)
        };
        let written = &after[..written_len];
        let known = if name.is_empty() || name.contains(['=', '\0']) {
            None
        } else {
            std::env::var(name).ok()
        };
        match known {
            Some(value) => out.push_str(&value),
            _ => {
                out.push('$');
                out.push_str(written);
            }
        }
        rest = &after[written_len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_file(name: &str, content: &[u8]) -> String {
        let path = std::env::temp_dir().join(format!("paramfile-{}-{name}", std::process::id()));
        std::fs::write(&path, content).expect("temp file");
        path.to_string_lossy().into_owned()
    }

    #[test]
    fn missing_file_message_matches_v2() {
        assert_eq!(
            load_text("file://shorthand-test-missing-file.txt"),
            Err(
                "Unable to load paramfile file://shorthand-test-missing-file.txt: [Errno 2] \
                 No such file or directory: 'shorthand-test-missing-file.txt'"
                    .to_string()
            )
        );
        assert_eq!(
            load_text("fileb://nope"),
            Err(
                "Unable to load paramfile fileb://nope: [Errno 2] No such file or directory: \
                 'nope'"
                    .to_string()
            )
        );
        assert_eq!(
            load_text("file:///"),
            Err("Unable to load paramfile file:///: [Errno 21] Is a directory: '/'".to_string())
        );
    }

    #[test]
    fn undecodable_text_file_message_matches_v2() {
        let path = temp_file("bin.dat", b"\xff\xfe");
        assert_eq!(
            load_text(&format!("file://{path}")),
            Err(format!(
                "Unable to load paramfile ({path}), text contents could not be decoded.  If \
                 this is a binary file, please use the fileb:// prefix instead of the file:// \
                 prefix."
            ))
        );
        let _ = std::fs::remove_file(path);
    }

    #[test]
    fn file_path_expands_home_and_variables() {
        assert_eq!(
            expand_vars("$NO_SUCH_VAR_X/${NO_SUCH_VAR_Y}/a$"),
            "$NO_SUCH_VAR_X/${NO_SUCH_VAR_Y}/a$"
        );
        assert_eq!(expand_vars("${unclosed"), "${unclosed");
        assert_eq!(expand_vars("${}x$"), "${}x$");
        if let Ok(home) = std::env::var("HOME") {
            assert_eq!(expand_vars("$HOME/x"), format!("{home}/x"));
            assert_eq!(expand_vars("${HOME}y"), format!("{home}y"));
            assert_eq!(
                expand_user("~/x"),
                format!("{}/x", home.trim_end_matches('/'))
            );
        }
        assert_eq!(expand_user("~no-such-user-here/x"), "~no-such-user-here/x");
        assert_eq!(expand_user("a/~"), "a/~");
    }

    #[test]
    fn outfile_paths_are_expanded_and_need_a_writable_directory() {
        let dir = std::env::temp_dir().join(format!("iotmit-outfile-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let dir = dir.display().to_string();
        assert_eq!(
            outfile_path(&format!("{dir}/cert.pem")),
            Ok(format!("{dir}/cert.pem"))
        );
        if let Ok(home) = std::env::var("HOME") {
            // `$HOME` and `~` both name the home directory; the directory must exist.
            let want = format!("{}/iotmit-no-such-dir/x", home.trim_end_matches('/'));
            assert_eq!(
                outfile_path("$HOME/iotmit-no-such-dir/x"),
                Err(format!(
                    "Unable to write to file: {home}/iotmit-no-such-dir/x"
                ))
            );
            assert_eq!(
                outfile_path("~/iotmit-no-such-dir/x"),
                Err(format!("Unable to write to file: {want}"))
            );
        }
        assert_eq!(
            outfile_path(&format!("{dir}/missing/cert.pem")),
            Err(format!("Unable to write to file: {dir}/missing/cert.pem"))
        );
        // The directory of `missing/..` is the directory itself, as Python reads the path.
        assert!(outfile_path(&format!("{dir}/missing/../cert.pem")).is_ok());
        assert_eq!(python_abspath("/a/./b//../c/"), "/a/c");
        assert_eq!(python_abspath("//a/b"), "//a/b");
        assert_eq!(python_abspath("///a"), "/a");
        assert_eq!(python_dirname("/a/c"), "/a");
        assert_eq!(python_dirname("/a"), "/");
        assert_eq!(python_dirname("//a"), "//");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn other_values_are_not_files() {
        assert_eq!(load_text("plain"), Ok(None));
        assert_eq!(load_text("File://x"), Ok(None));
    }

    #[test]
    fn fileb_keeps_the_bytes_and_file_turns_line_ends() {
        let path = temp_file("crlf.bin", b"a\r\nb\rc\xff");
        assert_eq!(
            load(&format!("fileb://{path}")),
            Ok(Some(Contents::Bytes(b"a\r\nb\rc\xff".to_vec())))
        );
        let text = temp_file("crlf.txt", b"a\r\nb\rc");
        assert_eq!(
            load(&format!("file://{text}")),
            Ok(Some(Contents::Text("a\nb\nc".into())))
        );
        let _ = std::fs::remove_file(path);
        let _ = std::fs::remove_file(text);
    }
}
