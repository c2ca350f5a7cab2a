//! The temporary files that outputs are written through: named
//! `.jobclass-<pid>-<random>.tmp` beside the output, so that the next run in
//! that folder removes those of killed processes, and listed while they are
//! open (`Tracked`, which the model fetch's staging folder uses too), so
//! that a process that must exit at once removes its own.

use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

use crate::error::{Error, Result};

/// The temporary files and folders of this process that are not yet renamed
/// into place or removed, so that a process that must exit at once
/// ([`remove_temporaries`]) removes them first.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The list, usable after a panic elsewhere (it only ever holds whole paths).
fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Removes this process's temporary files and folders. For a signal handler
/// that is about to exit the process (ctrlc runs it on a thread of its own,
/// so waiting for the list's lock, held for a push or a removal, is fine).
pub fn remove_temporaries() {
    remove_all(&pending());
}

fn remove_all(paths: &[PathBuf]) {
    for p in paths {
        if p.is_dir() {
            let _ = fs::remove_dir_all(p);
        } else {
            let _ = fs::remove_file(p);
        }
    }
}

/// A temporary path listed for [`remove_temporaries`] until dropped.
#[derive(Debug)]
pub(crate) struct Tracked(PathBuf);

impl Tracked {
    /// Lists `path` (a file or a folder this process is filling).
    pub(crate) fn new(path: PathBuf) -> Tracked {
        pending().push(path.clone());
        Tracked(path)
    }
}

impl Drop for Tracked {
    fn drop(&mut self) {
        pending().retain(|p| p != &self.0);
    }
}

const PREFIX: &str = ".jobclass-";
const SUFFIX: &str = ".tmp";

/// A temporary file beside the output, removed when dropped unless persisted.
pub(super) struct Temporary {
    file: Option<tempfile::NamedTempFile>,
    _tracked: Tracked,
}

impl Temporary {
    pub(super) fn beside(path: &Path) -> Result<Temporary> {
        let dir = folder_of(path);
        remove_stale(dir);
        let mut builder = tempfile::Builder::new();
        let prefix = format!("{PREFIX}{}-", std::process::id());
        builder.prefix(&prefix).suffix(SUFFIX);
        // A temporary file is private (0600) by default, and the rename would
        // carry that over to the user's output.
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
        let file = builder.tempfile_in(dir).map_err(|e| {
            Error::write(
                format!("cannot create a temporary file in {}", dir.display()),
                e,
            )
        })?;
        let tracked = Tracked::new(file.path().to_path_buf());
        Ok(Temporary {
            file: Some(file),
            _tracked: tracked,
        })
    }

    pub(super) fn file(&self) -> &File {
        self.file
            .as_ref()
            .expect("present until persisted")
            .as_file()
    }

    pub(super) fn persist(mut self, to: &Path) -> io::Result<()> {
        let file = self.file.take().expect("persisted once");
        file.persist(to).map(drop).map_err(|e| e.error)
    }
}

/// A private file in the system's temporary folder holding an input that
/// must be read out of order (a Parquet file from a pipe or standard input)
/// or twice (`batch --adapt` on standard input), named and listed like
/// `Temporary`, removed when dropped.
pub struct Spool {
    file: tempfile::NamedTempFile,
    _tracked: Tracked,
}

impl Spool {
    /// Copies all of `from` into a new spool file.
    pub(crate) fn copy(from: &mut dyn io::Read, what: &str) -> Result<Spool> {
        let dir = std::env::temp_dir();
        remove_stale(&dir);
        let prefix = format!("{PREFIX}{}-", std::process::id());
        // Private (0600, tempfile's default): the postings may not be public.
        let mut file = tempfile::Builder::new()
            .prefix(&prefix)
            .suffix(SUFFIX)
            .tempfile_in(&dir)
            .map_err(|e| {
                Error::write(
                    format!("cannot create a temporary file in {}", dir.display()),
                    e,
                )
            })?;
        let tracked = Tracked::new(file.path().to_path_buf());
        // Reading the input and writing the copy fail for different reasons
        // (exit 2 and exit 4).
        let mut buf = vec![0u8; 1 << 16];
        loop {
            let n = match from.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(Error::io(format!("cannot read {what}"), e)),
            };
            io::Write::write_all(&mut file, &buf[..n]).map_err(|e| {
                Error::write(
                    format!(
                        "cannot hold {what} in a temporary file in {} (set TMPDIR to a folder \
                         with room)",
                        dir.display()
                    ),
                    e,
                )
            })?;
        }
        Ok(Spool {
            file,
            _tracked: tracked,
        })
    }

    /// All of standard input in a spool file.
    pub fn stdin() -> Result<Spool> {
        Spool::copy(&mut io::stdin().lock(), "standard input")
    }

    /// A copy of `input` (a path, `-` for standard input) that can be read
    /// more than once, when it cannot: standard input, a pipe, a FIFO or a
    /// device is copied; a regular file is read where it is (`None`), and so
    /// is a path that cannot be opened, for its reader to refuse by name.
    pub fn unless_rereadable(input: &str) -> Result<Option<Spool>> {
        if input == "-" {
            return Spool::stdin().map(Some);
        }
        match fs::metadata(input) {
            Ok(meta) if is_device(&meta) => Err(Error::Input(format!(
                "{input} is a device, not a file of postings: give a file, a pipe or `-`"
            ))),
            Ok(meta) if !meta.is_file() && !meta.is_dir() => {
                let mut f = File::open(input)
                    .map_err(|e| Error::Input(format!("cannot open {input}: {e}")))?;
                Spool::copy(&mut f, input).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// The file, to read from (its offset is wherever the copy left it).
    pub(crate) fn file(&self) -> &File {
        self.file.as_file()
    }

    /// Where it is.
    pub fn path(&self) -> &Path {
        self.file.path()
    }
}

/// A character or block device: what it holds may never end (`/dev/zero`),
/// so it is not copied.
#[cfg(unix)]
fn is_device(meta: &fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    meta.file_type().is_char_device() || meta.file_type().is_block_device()
}

#[cfg(not(unix))]
fn is_device(_: &fs::Metadata) -> bool {
    false
}

/// Removes the temporary files in `dir` left by jobclass processes that no
/// longer run (killed before they could clean up).
fn remove_stale(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(stale_pid) else {
            continue;
        };
        if !process_exists(pid) && entry.file_type().is_ok_and(|t| t.is_file()) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// The process id in a temporary file's name `.jobclass-<pid>-<random>.tmp`.
fn stale_pid(name: &str) -> Option<u32> {
    let rest = name.strip_prefix(PREFIX)?.strip_suffix(SUFFIX)?;
    let (pid, random) = rest.split_once('-')?;
    if random.is_empty() {
        return None;
    }
    pid.parse().ok()
}

/// Whether process `pid` runs (on this machine: a folder shared with other
/// machines is not this tool's to tidy).
#[cfg(unix)]
pub(crate) fn process_exists(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 sends nothing; it only asks whether the process exists.
    let r = unsafe { libc::kill(pid, 0) };
    // EPERM: it exists but belongs to someone else.
    r == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
pub(crate) fn process_exists(_: u32) -> bool {
    true
}

/// The folder a file at `path` is in (`.` for a bare name).
pub(super) fn folder_of(path: &Path) -> &Path {
    path.parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// Without the process-wide list: other tests run in parallel threads of
    /// this process, and their temporary files are on it too.
    #[test]
    fn a_process_that_must_exit_at_once_removes_its_temporary_files() {
        let dir = tempfile::tempdir().unwrap();
        let tmp = Temporary::beside(&dir.path().join("out.csv")).unwrap();
        let file = tmp._tracked.0.clone();
        let staging = dir.path().join(".model.partial-1");
        fs::create_dir_all(staging.join("download")).unwrap();
        fs::write(staging.join("download/x.whl"), "x").unwrap();
        let listed = pending();
        assert!(listed.contains(&file), "a temporary file is listed");
        drop(listed);
        remove_all(&[file.clone(), staging.clone()]);
        assert!(!file.exists());
        assert!(!staging.exists());
        drop(tmp);
        assert!(!pending().contains(&file), "and unlisted when dropped");
    }

    #[test]
    fn temporary_files_of_dead_processes_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        // A process that has exited: its id is free until reused.
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let stale = dir.path().join(format!("{PREFIX}{dead}-AbC123{SUFFIX}"));
        let alive = dir
            .path()
            .join(format!("{PREFIX}{}-XyZ789{SUFFIX}", std::process::id()));
        let other = dir.path().join(".jobclass-notes.tmp");
        for p in [&stale, &alive, &other] {
            fs::write(p, "").unwrap();
        }
        // Making a temporary file in a folder clears the stale ones there.
        drop(Temporary::beside(&dir.path().join("out.csv")).unwrap());
        assert!(!stale.exists() || process_exists(dead));
        assert!(alive.exists(), "a running process's file is kept");
        assert!(other.exists(), "a name that is not ours is kept");
        assert_eq!(stale_pid(".jobclass-12-ab.tmp"), Some(12));
        assert_eq!(stale_pid(".jobclass-ab.tmp"), None);
    }
}
