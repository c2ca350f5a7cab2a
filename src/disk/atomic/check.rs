//! Whether an output may be written, decided before any work
//! ([`OutputFile::check`]): what the path is once links are followed, whether
//! this user may write it or create it, and whether it is one of the inputs.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};

use super::super::temporary::folder_of;
use super::{InputFile, OutputFile, Target, connect};
use crate::error::{Error, Result};

impl OutputFile {
    /// Checks that `path` can receive a command's result without destroying
    /// anything and that it is none of `inputs`, before any work is done.
    ///
    /// Errors: [`Error::Input`] (exit 2) when `path` is one of the inputs;
    /// [`Error::Write`] (exit 4) when it is a folder or names one (ends in
    /// `/`), a block device, in a folder that does not exist, not writable by
    /// this user, another user's file in a sticky folder, or a socket no
    /// program listens on.
    pub fn check(path: &Path, inputs: &[InputFile]) -> Result<OutputFile> {
        let shown = path.to_path_buf();
        let refuse = |what: String, kind: io::ErrorKind| {
            Err(Error::write(
                format!("cannot write {}", path.display()),
                io::Error::new(kind, what),
            ))
        };
        if let Some(folder) = names_a_folder(path) {
            return match fs::metadata(path) {
                Ok(m) if m.is_dir() => refuse(
                    "it is a folder: give a file name".into(),
                    io::ErrorKind::IsADirectory,
                ),
                Err(e) if e.kind() == io::ErrorKind::NotFound => refuse(
                    format!(
                        "the folder {} does not exist, and an output is a file: give a file name",
                        folder.display()
                    ),
                    io::ErrorKind::NotFound,
                ),
                Ok(_) => refuse(
                    format!(
                        "{} is not a folder: give the file's name without the trailing /",
                        folder.display()
                    ),
                    io::ErrorKind::NotADirectory,
                ),
                Err(e) if e.raw_os_error() == Some(libc::ENOTDIR) => refuse(
                    format!(
                        "{} is not a folder: give the file's name without the trailing /",
                        folder.display()
                    ),
                    io::ErrorKind::NotADirectory,
                ),
                Err(e) => Err(Error::write(format!("cannot write {}", path.display()), e)),
            };
        }
        let followed = fs::metadata(path);
        // A descriptor this process has open, whatever it is: the kernel
        // follows its link to the open file (a pipe's link text, `pipe:[N]`,
        // names no file), and a rename would not reach what the shell opened.
        if let Some(fd) = own_descriptor(path) {
            let meta = followed
                .map_err(|e| Error::write(format!("cannot write {}", path.display()), e))?;
            refuse_inputs(&format!("the output {}", path.display()), &meta, inputs)?;
            if meta.is_dir() {
                return refuse(
                    "it is a folder: give a file name".into(),
                    io::ErrorKind::IsADirectory,
                );
            }
            // SAFETY: isatty only reads the descriptor's state.
            let terminal = unsafe { libc::isatty(fd) } == 1;
            return Ok(OutputFile::new(
                shown,
                Target::Descriptor(path.to_path_buf(), fd),
                terminal,
                is_fifo(&meta.file_type()),
            ));
        }
        // What the kernel reaches is not a regular file (a pipe of another
        // process's descriptor, a FIFO, a device, a socket): written in place
        // by the path as given.
        let resolved = match &followed {
            Ok(meta) if !meta.is_file() && !meta.is_dir() => path.to_path_buf(),
            _ => resolve_links(path)?,
        };
        let mut terminal = false;
        let mut fifo = false;
        let target = match fs::metadata(&resolved) {
            Ok(meta) => {
                refuse_inputs(&format!("the output {}", path.display()), &meta, inputs)?;
                let kind = meta.file_type();
                if kind.is_file() {
                    if !may_write(&resolved) {
                        return refuse(
                            "permission denied: this user may not write the file".into(),
                            io::ErrorKind::PermissionDenied,
                        );
                    }
                    writable_folder(path, &resolved)?;
                    replaceable_in_folder(path, &resolved, &meta)?;
                    Target::Replace(resolved)
                } else if kind.is_dir() {
                    return refuse(
                        "it is a folder: give a file name".into(),
                        io::ErrorKind::IsADirectory,
                    );
                } else if is_socket(&kind) || is_fifo_or_char_device(&kind) {
                    // Written in place: the user needs the right to write it
                    // (a socket, to connect to it).
                    if !may_write(&resolved) {
                        return refuse(
                            "permission denied: this user may not write it".into(),
                            io::ErrorKind::PermissionDenied,
                        );
                    }
                    if is_socket(&kind) {
                        // Connected to once and closed at once: a program
                        // listens. The output gets a connection of its own.
                        drop(connect(path, &resolved)?);
                        Target::Socket(resolved)
                    } else {
                        fifo = is_fifo(&kind);
                        terminal = !fifo && opens_a_terminal(&resolved);
                        Target::Direct(resolved)
                    }
                } else {
                    return refuse(
                        "it is a block device: give a regular file, a FIFO or a character device"
                            .into(),
                        io::ErrorKind::InvalidInput,
                    );
                }
            }
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                writable_folder(path, &resolved)?;
                Target::Replace(resolved)
            }
            Err(e) => return Err(Error::write(format!("cannot write {}", path.display()), e)),
        };
        Ok(OutputFile::new(shown, target, terminal, fifo))
    }
}

/// The descriptor of this process that `path` names, or one of the links it
/// goes through names: `/dev/stdin`, `/dev/stdout`, `/dev/stderr`,
/// `/dev/fd/N`, `/proc/self/fd/N`, `/proc/<this pid>/fd/N`.
fn own_descriptor(path: &Path) -> Option<i32> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        if let Some(fd) = descriptor_named(&p) {
            return Some(fd);
        }
        let next = fs::read_link(&p).ok()?;
        p = match p.parent() {
            Some(dir) if next.is_relative() => dir.join(next),
            _ => next,
        };
    }
    None
}

fn descriptor_named(p: &Path) -> Option<i32> {
    let text = p.to_str()?;
    match text {
        "/dev/stdin" => return Some(0),
        "/dev/stdout" => return Some(1),
        "/dev/stderr" => return Some(2),
        _ => {}
    }
    let n = if let Some(n) = text.strip_prefix("/dev/fd/") {
        n
    } else {
        let rest = text.strip_prefix("/proc/")?;
        let (pid, n) = rest.split_once("/fd/")?;
        if pid != "self" && pid != std::process::id().to_string() {
            return None;
        }
        n
    };
    n.parse().ok().filter(|fd: &i32| *fd >= 0)
}

/// Whether the character device at `path` is a terminal (opened without
/// waiting and without becoming the controlling terminal).
#[cfg(unix)]
fn opens_a_terminal(path: &Path) -> bool {
    use std::io::IsTerminal;
    use std::os::unix::fs::OpenOptionsExt;
    OpenOptions::new()
        .write(true)
        .custom_flags(libc::O_NOCTTY | libc::O_NONBLOCK)
        .open(path)
        .is_ok_and(|f| f.is_terminal())
}

#[cfg(not(unix))]
fn opens_a_terminal(_: &Path) -> bool {
    false
}

/// Follows symbolic links from `path` to the path that would be written (which
/// may not exist yet: a dangling link names the file to create).
fn resolve_links(path: &Path) -> Result<PathBuf> {
    let mut p = path.to_path_buf();
    // The kernel's own limit on links followed in one lookup.
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let next = fs::read_link(&p).map_err(|e| {
                    Error::write(format!("cannot follow the link {}", path.display()), e)
                })?;
                p = match p.parent() {
                    Some(dir) if next.is_relative() => dir.join(next),
                    _ => next,
                };
            }
            _ => return Ok(p),
        }
    }
    Err(Error::write(
        format!("cannot write {}", path.display()),
        io::Error::other("too many levels of symbolic links"),
    ))
}

/// The folder a new file at `resolved` goes in must exist and take new files.
fn writable_folder(shown: &Path, resolved: &Path) -> Result<()> {
    let dir = folder_of(resolved);
    let refuse = |what: String, kind: io::ErrorKind| {
        Err(Error::write(
            format!("cannot write {}", shown.display()),
            io::Error::new(kind, what),
        ))
    };
    match fs::metadata(dir) {
        Ok(m) if m.is_dir() => {
            if may_write(dir) {
                Ok(())
            } else {
                refuse(
                    format!(
                        "permission denied: this user may not create files in {}",
                        dir.display()
                    ),
                    io::ErrorKind::PermissionDenied,
                )
            }
        }
        Ok(_) => refuse(
            format!("{} is not a folder", dir.display()),
            io::ErrorKind::NotADirectory,
        ),
        Err(e) if e.kind() == io::ErrorKind::NotFound => refuse(
            format!("the folder {} does not exist", dir.display()),
            io::ErrorKind::NotFound,
        ),
        Err(e) => Err(Error::write(format!("cannot write {}", shown.display()), e)),
    }
}

/// Refuses an output that is one of the inputs: the same regular file or
/// FIFO (device and inode, so hard links and other spellings of the path
/// count too). A FIFO both read and written would wait for itself; a
/// character device (a terminal) may be both.
pub(super) fn refuse_inputs(shown: &str, out: &fs::Metadata, inputs: &[InputFile]) -> Result<()> {
    let kind = |m: &fs::Metadata| m.is_file() || is_fifo(&m.file_type());
    if !kind(out) {
        return Ok(());
    }
    for input in inputs {
        let (meta, name) = match input {
            InputFile::Path(p) => (
                fs::metadata(p).ok(),
                format!("the input file {}", p.display()),
            ),
            InputFile::Stdin => (stdin_metadata(), "the file on standard input".to_string()),
        };
        if let Some(meta) = meta
            && kind(&meta)
            && same_file(&meta, out)
        {
            return Err(Error::Input(format!(
                "{shown} is {name}; write the result elsewhere"
            )));
        }
    }
    Ok(())
}

#[cfg(unix)]
pub(super) fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
pub(super) fn same_file(_: &fs::Metadata, _: &fs::Metadata) -> bool {
    false
}

/// What standard input is redirected from, when it is a file.
#[cfg(unix)]
fn stdin_metadata() -> Option<fs::Metadata> {
    use std::os::fd::AsFd;
    let fd = io::stdin().as_fd().try_clone_to_owned().ok()?;
    File::from(fd).metadata().ok()
}

#[cfg(not(unix))]
fn stdin_metadata() -> Option<fs::Metadata> {
    None
}

/// What standard output is redirected to.
#[cfg(unix)]
pub(super) fn stdout_metadata() -> Option<fs::Metadata> {
    use std::os::fd::AsFd;
    let fd = io::stdout().as_fd().try_clone_to_owned().ok()?;
    File::from(fd).metadata().ok()
}

#[cfg(not(unix))]
pub(super) fn stdout_metadata() -> Option<fs::Metadata> {
    None
}

/// Whether this process may write `path`, as the kernel would decide for an
/// `open` (effective ids; root may write anything).
#[cfg(unix)]
fn may_write(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    // SAFETY: `c` is a valid NUL-terminated path; faccessat only reads it.
    unsafe { libc::faccessat(libc::AT_FDCWD, c.as_ptr(), libc::W_OK, libc::AT_EACCESS) == 0 }
}

#[cfg(not(unix))]
fn may_write(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| !m.permissions().readonly())
}

#[cfg(unix)]
fn is_socket(kind: &fs::FileType) -> bool {
    std::os::unix::fs::FileTypeExt::is_socket(kind)
}

#[cfg(not(unix))]
fn is_socket(_: &fs::FileType) -> bool {
    false
}

#[cfg(unix)]
fn is_fifo_or_char_device(kind: &fs::FileType) -> bool {
    use std::os::unix::fs::FileTypeExt;
    kind.is_fifo() || kind.is_char_device()
}

#[cfg(not(unix))]
fn is_fifo_or_char_device(_: &fs::FileType) -> bool {
    false
}

/// The folder a name ending in `/` (or `/.`) names, with the ending taken
/// off; `None` for a name of a file.
pub(super) fn names_a_folder(path: &Path) -> Option<PathBuf> {
    let text = path.to_string_lossy();
    let trimmed = text.trim_end_matches('/');
    let trimmed = trimmed.strip_suffix("/.").unwrap_or(trimmed);
    (text.ends_with('/') || text.ends_with("/."))
        .then(|| PathBuf::from(if trimmed.is_empty() { "/" } else { trimmed }))
}

/// In a folder with the sticky bit (as /tmp), the kernel lets only the
/// file's owner, the folder's owner or root remove or replace a file: the
/// rename into place would be refused, after all the work.
#[cfg(unix)]
fn replaceable_in_folder(shown: &Path, resolved: &Path, file: &fs::Metadata) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let dir = folder_of(resolved);
    let Ok(folder) = fs::metadata(dir) else {
        return Ok(());
    };
    // SAFETY: geteuid cannot fail and touches no memory.
    let me = unsafe { libc::geteuid() };
    // S_ISVTX, whose type (mode_t) differs between systems.
    const STICKY: u32 = 0o1000;
    let sticky = folder.mode() & STICKY != 0;
    if sticky && me != 0 && me != file.uid() && me != folder.uid() {
        return Err(Error::write(
            format!("cannot write {}", shown.display()),
            io::Error::new(
                io::ErrorKind::PermissionDenied,
                format!(
                    "it belongs to another user, in a folder with the sticky bit ({}) where \
                     only its owner may replace it: write the result elsewhere",
                    fs::canonicalize(dir)
                        .unwrap_or_else(|_| dir.to_path_buf())
                        .display()
                ),
            ),
        ));
    }
    Ok(())
}

#[cfg(not(unix))]
fn replaceable_in_folder(_: &Path, _: &Path, _: &fs::Metadata) -> Result<()> {
    Ok(())
}

#[cfg(unix)]
fn is_fifo(kind: &fs::FileType) -> bool {
    std::os::unix::fs::FileTypeExt::is_fifo(kind)
}

#[cfg(not(unix))]
fn is_fifo(_: &fs::FileType) -> bool {
    false
}
