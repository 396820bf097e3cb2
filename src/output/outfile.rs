//! Parts of a successful answer saved to files, as the AWS CLI's `QueryOutFileArgument` saves
//! them (`create-keys-and-certificate --certificate-pem-outfile` …): the value of a JMESPath
//! expression in the answer, whatever `--query` and `--output` say, written as text to a file
//! created with mode 0600, or truncated and set to 0600 when it exists. The files are written
//! before the answer is printed, one after the other; the first that cannot be written ends the
//! command.

use crate::error::{CliError, Result};
use crate::output::query;
use crate::python;
use serde_json::Value;

/// A file to write once the call has succeeded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outfile {
    /// Where, as the command line gave it once resolved (see
    /// [`crate::input::paramfile::outfile_path`]).
    pub path: String,
    /// What: a JMESPath expression over the answer.
    pub query: &'static str,
}

/// Writes every file of `files` with its part of `answer`, in order.
pub fn save(files: &[Outfile], answer: &Value) -> Result<()> {
    for file in files {
        let expression = query::compile(file.query).map_err(|e| CliError::Other(e.to_string()))?;
        let contents = match expression
            .search(answer)
            .map_err(|e| CliError::Other(e.to_string()))?
        {
            // Nothing is written for a part the answer lacks, not `None`.
            Value::Null => String::new(),
            Value::String(text) => text,
            // What Python says when it is asked to write anything else as text.
            other => {
                return Err(CliError::Other(format!(
                    "write() argument must be str, not {}",
                    python::py_type(&other)
                )))
            }
        };
        write(&file.path, &contents)
            .map_err(|e| CliError::Other(python::os_error(&e, &file.path)))?;
    }
    Ok(())
}

/// Creates or truncates the file with mode 0600, writes `contents` and sets the mode to 0600
/// (which creating it leaves to the umask, and truncating it leaves as it was).
fn write(path: &str, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents.as_bytes())?;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::os::unix::fs::PermissionsExt;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("iotmit-save-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn saves_each_part_with_mode_0600_over_an_existing_file() {
        let dir = scratch("parts");
        let cert = dir.join("cert.pem");
        std::fs::write(&cert, "an older and longer content").unwrap();
        std::fs::set_permissions(&cert, std::fs::Permissions::from_mode(0o644)).unwrap();
        let public = dir.join("public.pem");
        let answer = json!({"certificatePem": "PEM\n", "keyPair": {"PublicKey": "PUB é"}});
        let files = [
            Outfile {
                path: cert.display().to_string(),
                query: "certificatePem",
            },
            Outfile {
                path: public.display().to_string(),
                query: "keyPair.PublicKey",
            },
        ];
        save(&files, &answer).unwrap();
        assert_eq!(std::fs::read_to_string(&cert).unwrap(), "PEM\n");
        assert_eq!(std::fs::read_to_string(&public).unwrap(), "PUB é");
        assert_eq!(mode(&cert), 0o600);
        assert_eq!(mode(&public), 0o600);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_missing_part_makes_an_empty_file_and_other_values_are_refused() {
        let dir = scratch("missing");
        let path = dir.join("private.pem");
        let file = Outfile {
            path: path.display().to_string(),
            query: "keyPair.PrivateKey",
        };
        save(std::slice::from_ref(&file), &json!({"certificateId": "c"})).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "");
        let err = save(&[file], &json!({"keyPair": {"PrivateKey": {"a": 1}}}));
        assert!(
            matches!(&err, Err(CliError::Other(m)) if m == "write() argument must be str, not dict"),
            "{err:?}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_directory_is_refused_with_pythons_words() {
        let dir = scratch("directory");
        let file = Outfile {
            path: dir.display().to_string(),
            query: "certificatePem",
        };
        let want = format!("[Errno 21] Is a directory: '{}'", dir.display());
        let err = save(&[file], &json!({"certificatePem": "x"}));
        assert!(
            matches!(&err, Err(CliError::Other(m)) if *m == want),
            "{err:?}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
