//! Output files written whole or not at all: a temporary file beside the
//! target, renamed into place only when everything was written.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// Writes `path` through a temporary file in the same folder that is renamed
/// into place only when `write` succeeded, so an interrupted run never leaves a
/// truncated file. The file gets the permissions a plain `> path` would give
/// it (0666 less the umask), or keeps those of the file it replaces.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let tmp = temporary_beside(path)?;
    if let Ok(existing) = fs::metadata(path) {
        tmp.as_file()
            .set_permissions(existing.permissions())
            .map_err(|e| {
                Error::io(
                    format!("cannot set the permissions of {}", path.display()),
                    e,
                )
            })?;
    }
    let mut w = BufWriter::new(tmp);
    write(&mut w).map_err(|e| Error::io(format!("cannot write {}", path.display()), e))?;
    let tmp = w
        .into_inner()
        .map_err(|e| Error::io(format!("cannot write {}", path.display()), e.into_error()))?;
    tmp.persist(path).map_err(|e| {
        Error::io(
            format!("cannot move the result into {}", path.display()),
            e.error,
        )
    })?;
    Ok(())
}

/// A new temporary file in the folder of `path` (removed when dropped).
fn temporary_beside(path: &Path) -> Result<tempfile::NamedTempFile> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(".jobclass-").suffix(".tmp");
    // A temporary file is private (0600) by default, and the rename would
    // carry that over to the user's output.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    builder.tempfile_in(dir).map_err(|e| {
        Error::io(
            format!("cannot create a temporary file in {}", dir.display()),
            e,
        )
    })
}

/// Fails as [`with_output_file`] would before writing anything: `path` is
/// `input`, or no file can be made in its folder. For a command that works a
/// long time before it writes and should not hold a temporary file meanwhile
/// (an interrupted process leaves it behind).
pub fn check_output_file(path: &Path, input: Option<&Path>) -> Result<()> {
    refuse_input_as_output(path, input)?;
    temporary_beside(path).map(drop)
}

fn refuse_input_as_output(path: &Path, input: Option<&Path>) -> Result<()> {
    if let Some(input) = input
        && let (Ok(a), Ok(b)) = (fs::canonicalize(input), fs::canonicalize(path))
        && a == b
    {
        return Err(Error::Input(format!(
            "the output {} is the input file; write the result elsewhere",
            path.display()
        )));
    }
    Ok(())
}

/// Runs `f` with a writer to a temporary file beside `path`, then renames it
/// into place if `f` succeeded. Refuses to overwrite `input`. An
/// [`Error::Interrupted`] from `f` comes back naming `path` as not written.
pub fn with_output_file<T>(
    path: &Path,
    input: Option<&Path>,
    f: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    refuse_input_as_output(path, input)?;
    let mut result = None;
    let mut failure = None;
    write_atomically(path, |w| match f(w) {
        Ok(v) => {
            result = Some(v);
            Ok(())
        }
        Err(e) => {
            failure = Some(match e {
                Error::Interrupted { rows, output: None } => Error::Interrupted {
                    rows,
                    output: Some(path.to_path_buf()),
                },
                e => e,
            });
            Err(io::Error::other("aborted"))
        }
    })
    .map_err(|e| failure.take().unwrap_or(e))?;
    Ok(result.expect("set on success"))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn a_new_output_gets_the_permissions_of_a_plain_file() {
        let dir = tempfile::tempdir().unwrap();
        // What this process's umask makes of a file created the usual way.
        let plain = dir.path().join("plain.csv");
        fs::write(&plain, "x").unwrap();
        let out = dir.path().join("out.csv");
        write_atomically(&out, |w| w.write_all(b"label\n")).unwrap();
        assert_eq!(fs::read_to_string(&out).unwrap(), "label\n");
        assert_eq!(mode(&out), mode(&plain));
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 2, "the temporary file is gone");
    }

    #[test]
    fn checking_an_output_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("report.html");
        check_output_file(&out, None).unwrap();
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        let missing = dir.path().join("missing/report.html");
        assert!(matches!(
            check_output_file(&missing, None),
            Err(Error::Io { .. })
        ));
        let input = dir.path().join("in.csv");
        fs::write(&input, "x").unwrap();
        assert!(matches!(
            check_output_file(&input, Some(&input)),
            Err(Error::Input(_))
        ));
    }

    #[test]
    fn a_replaced_output_keeps_its_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.csv");
        fs::write(&out, "old").unwrap();
        fs::set_permissions(&out, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&out, |w| w.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&out).unwrap(), "new");
        assert_eq!(mode(&out), 0o640);
        // A failed write leaves the old file, and its permissions, as they were.
        let failed = write_atomically(&out, |_| Err(io::Error::other("disk full")));
        assert!(failed.is_err());
        assert_eq!(fs::read_to_string(&out).unwrap(), "new");
        assert_eq!(mode(&out), 0o640);
    }
}
