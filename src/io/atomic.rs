//! Where a command's result goes, checked before any work and written whole or
//! not at all.
//!
//! A regular file (new or existing) is written through a temporary file beside
//! it that is renamed into place only when everything was written, so an
//! interrupted run never leaves a truncated file. A symbolic link is followed:
//! its target is written that way and the link stays. A descriptor this
//! process has open (`/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`, as the
//! shell's `>(cmd)` gives) is written through in place, at its offset, never
//! renamed over. A FIFO, a character device (a terminal, `/dev/null`) or a
//! socket cannot be replaced by a rename without destroying it, so it is
//! written directly (a socket is connected to once when checked, so a socket
//! no program listens on is refused then, and again when written; a FIFO
//! never written is opened and closed, so that its reader gets an end of
//! file).
//! Everything else (a folder or a name ending in `/`, a block device, a file in
//! a folder that does not exist, a file the user may not write, another user's
//! file in a folder with the sticky bit, where the rename would be refused) is
//! refused before the command does any work, and so is any of the command's
//! inputs, a regular file or a FIFO: its result would replace what it reads,
//! or wait for itself.
//!
//! A replaced file keeps its mode, and its owner and group as far as the
//! system allows (root may give any; another user keeps the group when it
//! is one of theirs); what cannot be given never fails the write.
//!
//! Temporary files are named `.jobclass-<pid>-<random>.tmp`. A process killed
//! outright (SIGKILL, a second Ctrl-C) cannot remove its own; the next output
//! written to that folder removes those whose process is gone.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

pub use super::temporary::remove_temporaries;
use super::temporary::{Temporary, folder_of};
use crate::error::{Error, Result};

/// Something a command reads, which its output must not replace.
#[derive(Debug, Clone, Copy)]
pub enum Input<'a> {
    /// A file given by path (`-` is not a path: use [`Input::Stdin`]).
    Path(&'a Path),
    /// Standard input, when it is redirected from a file.
    Stdin,
}

impl<'a> Input<'a> {
    /// The input named on a command line: `-` is standard input.
    pub fn named(arg: &'a str) -> Input<'a> {
        if arg == "-" {
            Input::Stdin
        } else {
            Input::Path(Path::new(arg))
        }
    }
}

/// An output path that was checked and can be written.
#[derive(Debug)]
pub struct OutputFile {
    /// The path as the user wrote it, for messages.
    shown: PathBuf,
    target: Target,
    /// A terminal: written as standard output on a terminal is.
    terminal: bool,
    /// A FIFO: opened and closed when dropped unwritten, so that its reader
    /// is not left waiting after a failed run.
    fifo: bool,
    /// Whether [`OutputFile::write`] ran.
    written: std::sync::atomic::AtomicBool,
}

#[derive(Debug)]
enum Target {
    /// A regular file (or none yet) at this path, symbolic links resolved:
    /// written through a temporary file and a rename.
    Replace(PathBuf),
    /// A FIFO or character device: opened and written in place.
    Direct(PathBuf),
    /// A descriptor this process has open (`/dev/stdout`, `/dev/fd/N`,
    /// `/proc/self/fd/N`): written through in place, at its offset.
    Descriptor(PathBuf, i32),
    /// A Unix socket, connected to when checked and again when written.
    Socket(PathBuf),
}

impl OutputFile {
    /// Checks that `path` can receive a command's result without destroying
    /// anything and that it is none of `inputs`, before any work is done.
    ///
    /// Errors: [`Error::Input`] (exit 2) when `path` is one of the inputs;
    /// [`Error::Write`] (exit 4) when it is a folder or names one (ends in
    /// `/`), a block device, in a folder that does not exist, not writable by
    /// this user, another user's file in a sticky folder, or a socket no
    /// program listens on.
    pub fn check(path: &Path, inputs: &[Input]) -> Result<OutputFile> {
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

    fn new(shown: PathBuf, target: Target, terminal: bool, fifo: bool) -> OutputFile {
        OutputFile {
            shown,
            target,
            terminal,
            fifo,
            written: Default::default(),
        }
    }

    /// Whether it is a terminal, to be written as standard output on a
    /// terminal is (control characters escaped, no binary format).
    pub fn is_terminal(&self) -> bool {
        self.terminal
    }

    /// Whether it is this process's standard output (`/dev/stdout`,
    /// `/dev/fd/1`, `/proc/self/fd/1`), the same as `-`.
    pub fn is_standard_output(&self) -> bool {
        matches!(self.target, Target::Descriptor(_, 1))
    }

    /// Whether a file is replaced whole (a regular file, through a temporary
    /// file and a rename), so that a stopped run leaves it as it was; a FIFO,
    /// device or socket is written as the run goes.
    pub fn replaces(&self) -> bool {
        matches!(self.target, Target::Replace(_))
    }

    /// Whether `self` and `other` write the same file, however each was
    /// spelled (`..`, links of the folders, links of the file).
    pub fn same_target(&self, other: &OutputFile) -> bool {
        let path = |o: &OutputFile| match &o.target {
            Target::Replace(p)
            | Target::Direct(p)
            | Target::Descriptor(p, _)
            | Target::Socket(p) => p.clone(),
        };
        // What exists is compared as the kernel reaches it (a descriptor's
        // link text may name no file).
        if let (Ok(a), Ok(b)) = (fs::metadata(path(self)), fs::metadata(path(other))) {
            return same_file(&a, &b);
        }
        let identity = |o: &OutputFile| {
            let path = path(o);
            let dir = fs::canonicalize(folder_of(&path)).ok()?;
            Some(dir.join(path.file_name()?))
        };
        identity(self).is_some_and(|a| Some(a) == identity(other))
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.shown
    }

    /// Runs `f` with a writer to this output. A regular file is written
    /// through a temporary file that is renamed into place only if `f`
    /// succeeded; a FIFO, character device or socket is written directly.
    /// An [`Error::Interrupted`] from `f` comes back naming the file as not
    /// written (for a regular file, which is then left as it was).
    pub fn write<T>(&self, f: impl FnOnce(&mut dyn Write) -> Result<T>) -> Result<T> {
        self.written
            .store(true, std::sync::atomic::Ordering::Relaxed);
        let name = format!("{}", self.shown.display());
        let write_err = |e| Error::write(format!("cannot write {name}"), e);
        let v = match &self.target {
            Target::Replace(path) => self.replace(path, f),
            Target::Direct(path) => {
                let file = OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(write_err)?;
                write_buffered(file, &name, f)
            }
            Target::Descriptor(_, fd) => {
                // SAFETY: the descriptor was open when checked and nothing
                // in this process closes it; it is only duplicated here.
                let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(*fd) }
                    .try_clone_to_owned()
                    .map_err(write_err)?;
                write_buffered(File::from(fd), &name, f)
            }
            Target::Socket(path) => {
                let stream = connect(&self.shown, path)?;
                // The program on the socket closing it is not a reader
                // having read enough, as a pipe's: what it missed is lost.
                write_buffered(&stream, &name, f).map_err(|e| match e {
                    e if e.is_broken_pipe() || is_reset(&e) => Error::write(
                        format!("cannot write {name}"),
                        io::Error::other(
                            "the program on the socket closed it before everything was written",
                        ),
                    ),
                    e => e,
                })
            }
        };
        v.map_err(|e| name_output(e, &name))
    }

    fn replace<T>(&self, path: &Path, f: impl FnOnce(&mut dyn Write) -> Result<T>) -> Result<T> {
        let shown = &self.shown;
        let write_err = |e| Error::write(format!("cannot write {}", shown.display()), e);
        let tmp = Temporary::beside(path)?;
        if let Ok(existing) = fs::metadata(path) {
            // The owner first: a change of owner may clear the set-id bits.
            keep_owner(tmp.file(), &existing);
            tmp.file()
                .set_permissions(existing.permissions())
                .map_err(|e| {
                    Error::write(
                        format!("cannot set the permissions of {}", shown.display()),
                        e,
                    )
                })?;
        }
        let mut w = BufWriter::new(tmp.file());
        let v = match f(&mut w) {
            Ok(v) => v,
            Err(Error::Interrupted { rows, output: None }) => {
                return Err(Error::Interrupted {
                    rows,
                    output: Some(shown.clone()),
                });
            }
            Err(e) => return Err(e),
        };
        w.flush().map_err(write_err)?;
        drop(w);
        tmp.persist(path).map_err(|e| {
            Error::write(
                format!("cannot move the result into {}", shown.display()),
                e,
            )
        })?;
        Ok(v)
    }
}

/// Writes `path` whole or not at all ([`OutputFile`]), with no inputs to
/// protect.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
    let out = OutputFile::check(path, &[])?;
    out.write(|w| write(w).map_err(|e| Error::write(format!("cannot write {}", path.display()), e)))
}

impl Drop for OutputFile {
    /// A FIFO never written (the run failed first) is opened and closed, so
    /// that a reader waiting on it gets an end of file rather than waiting
    /// for ever; with no reader yet, there is nothing to do.
    fn drop(&mut self) {
        if self.fifo
            && !self.written.load(std::sync::atomic::Ordering::Relaxed)
            && let Target::Direct(path) = &self.target
        {
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                let _ = OpenOptions::new()
                    .write(true)
                    .custom_flags(libc::O_NONBLOCK)
                    .open(path);
            }
        }
    }
}

/// Runs `f` with `w` buffered, then flushes it: how everything written in
/// place (a FIFO, a device, a descriptor, a socket, standard output) is
/// written. `name` is the output's, for messages.
pub fn write_buffered<W: Write, T>(
    w: W,
    name: &str,
    f: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let mut w = BufWriter::new(w);
    let v = f(&mut w)?;
    w.flush()
        .map_err(|e| Error::write(format!("cannot write {name}"), e))?;
    Ok(v)
}

/// A writer's error about "the output" (the writers of each format do not
/// know its name) names `name`.
pub fn name_output(e: Error, name: &str) -> Error {
    match e {
        Error::Write { context, cause } if context == "cannot write the output" => {
            Error::write(format!("cannot write {name}"), cause)
        }
        e => e,
    }
}

fn is_reset(e: &Error) -> bool {
    matches!(e, Error::Write { cause, .. } if cause.kind() == io::ErrorKind::ConnectionReset)
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

/// Refuses standard output when it is one of `inputs` (a regular file or a
/// FIFO): `>> in.csv` would read its own rows.
pub fn refuse_stdout_inputs(inputs: &[Input]) -> Result<()> {
    match stdout_metadata() {
        Some(meta) => refuse_inputs("standard output", &meta, inputs),
        None => Ok(()),
    }
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
fn refuse_inputs(shown: &str, out: &fs::Metadata, inputs: &[Input]) -> Result<()> {
    let kind = |m: &fs::Metadata| m.is_file() || is_fifo(&m.file_type());
    if !kind(out) {
        return Ok(());
    }
    for input in inputs {
        let (meta, name) = match input {
            Input::Path(p) => (
                fs::metadata(p).ok(),
                format!("the input file {}", p.display()),
            ),
            Input::Stdin => (stdin_metadata(), "the file on standard input".to_string()),
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
fn same_file(a: &fs::Metadata, b: &fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &fs::Metadata, _: &fs::Metadata) -> bool {
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
fn stdout_metadata() -> Option<fs::Metadata> {
    use std::os::fd::AsFd;
    let fd = io::stdout().as_fd().try_clone_to_owned().ok()?;
    File::from(fd).metadata().ok()
}

#[cfg(not(unix))]
fn stdout_metadata() -> Option<fs::Metadata> {
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

/// Connects to the socket at `path` (`shown`, for messages).
fn connect(shown: &Path, path: &Path) -> Result<Socket> {
    connect_to(path).map_err(|e| {
        let why = if e.kind() == io::ErrorKind::ConnectionRefused {
            format!("no program listens on the socket ({e})")
        } else {
            format!("cannot connect to the socket ({e})")
        };
        Error::write(
            format!("cannot write {}", shown.display()),
            io::Error::new(e.kind(), why),
        )
    })
}

#[cfg(unix)]
fn connect_to(path: &Path) -> io::Result<Socket> {
    std::os::unix::net::UnixStream::connect(path)
}

#[cfg(not(unix))]
fn connect_to(_: &Path) -> io::Result<Socket> {
    Err(io::Error::other("sockets are not supported here"))
}

/// The folder a name ending in `/` (or `/.`) names, with the ending taken
/// off; `None` for a name of a file.
fn names_a_folder(path: &Path) -> Option<PathBuf> {
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

/// Gives the replacement `tmp` the owner and group of the file it replaces,
/// as far as the system allows, and never fails the write for it: only root
/// may give a file to another user (anyone else keeps the group when it is
/// one of theirs), and in a user namespace an owner it does not map cannot
/// be given at all (EINVAL). What cannot be kept becomes this user's.
#[cfg(unix)]
fn keep_owner(tmp: &File, existing: &fs::Metadata) {
    keep_owner_with(tmp, existing, |f, uid, gid| {
        std::os::unix::fs::fchown(f, uid, gid)
    });
}

#[cfg(unix)]
fn keep_owner_with(
    tmp: &File,
    existing: &fs::Metadata,
    chown: impl Fn(&File, Option<u32>, Option<u32>) -> io::Result<()>,
) {
    use std::os::unix::fs::MetadataExt;
    let Ok(mine) = tmp.metadata() else {
        return;
    };
    if (mine.uid(), mine.gid()) == (existing.uid(), existing.gid()) {
        return;
    }
    if chown(tmp, Some(existing.uid()), Some(existing.gid())).is_err() {
        // The group only, when this user is in it.
        let _ = chown(tmp, None, Some(existing.gid()));
    }
}

#[cfg(not(unix))]
fn keep_owner(_: &File, _: &fs::Metadata) {}

#[cfg(unix)]
fn is_fifo(kind: &fs::FileType) -> bool {
    std::os::unix::fs::FileTypeExt::is_fifo(kind)
}

#[cfg(not(unix))]
fn is_fifo(_: &fs::FileType) -> bool {
    false
}

#[cfg(unix)]
type Socket = std::os::unix::net::UnixStream;

#[cfg(not(unix))]
type Socket = File;

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn mode(p: &Path) -> u32 {
        fs::metadata(p).unwrap().permissions().mode() & 0o777
    }

    fn write(out: &Path, text: &str) -> Result<()> {
        OutputFile::check(out, &[])?.write(|w| {
            w.write_all(text.as_bytes())
                .map_err(|e| Error::write("test", e))
        })
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
        OutputFile::check(&out, &[]).unwrap();
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        let missing = dir.path().join("missing/report.html");
        assert!(matches!(
            OutputFile::check(&missing, &[]),
            Err(Error::Write { .. })
        ));
        let input = dir.path().join("in.csv");
        fs::write(&input, "x").unwrap();
        assert!(matches!(
            OutputFile::check(&input, &[Input::Path(&input)]),
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

    #[test]
    fn a_symlinked_output_writes_its_target_and_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target.csv");
        fs::write(&target, "old").unwrap();
        let link = dir.path().join("link.csv");
        std::os::unix::fs::symlink("target.csv", &link).unwrap();
        write(&link, "new").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        // A dangling link names the file to create.
        let dangling = dir.path().join("dangling.csv");
        std::os::unix::fs::symlink("created.csv", &dangling).unwrap();
        write(&dangling, "made").unwrap();
        assert!(
            fs::symlink_metadata(&dangling)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("created.csv")).unwrap(),
            "made"
        );
    }

    #[test]
    fn an_input_reached_through_a_link_or_hard_link_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.csv");
        fs::write(&input, "x").unwrap();
        let hard = dir.path().join("hard.csv");
        fs::hard_link(&input, &hard).unwrap();
        let soft = dir.path().join("soft.csv");
        std::os::unix::fs::symlink(&input, &soft).unwrap();
        for out in [&hard, &soft] {
            assert!(matches!(
                OutputFile::check(out, &[Input::Path(&input)]),
                Err(Error::Input(_))
            ));
        }
        assert_eq!(fs::read_to_string(&input).unwrap(), "x");
    }

    #[test]
    fn a_folder_or_a_missing_folder_is_refused_before_writing() {
        let dir = tempfile::tempdir().unwrap();
        let err = OutputFile::check(dir.path(), &[]).unwrap_err();
        assert!(err.to_string().contains("folder"), "{err}");
        assert!(matches!(err, Error::Write { .. }));
    }

    #[test]
    fn a_fifo_is_written_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("out.fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid path; mkfifo only reads it.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
        };
        write(&fifo, "through the pipe").unwrap();
        // Asserted before the join: a FIFO replaced by a rename was never
        // opened, and the reader would wait forever.
        use std::os::unix::fs::FileTypeExt;
        assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
        assert_eq!(reader.join().unwrap(), "through the pipe");
    }

    #[test]
    fn a_name_ending_in_a_slash_or_a_fifo_input_or_a_silent_socket_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("newdir/");
        let err = OutputFile::check(&missing, &[]).unwrap_err().to_string();
        assert!(err.contains("newdir does not exist"), "{err}");
        let file = dir.path().join("file");
        fs::write(&file, "x").unwrap();
        let err = OutputFile::check(&dir.path().join("file/"), &[])
            .unwrap_err()
            .to_string();
        assert!(err.contains("file is not a folder"), "{err}");
        assert_eq!(names_a_folder(Path::new("out")), None);
        assert_eq!(names_a_folder(Path::new("/")), Some(PathBuf::from("/")));

        let fifo = dir.path().join("f.fifo");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: a valid path; mkfifo only reads it.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        assert!(matches!(
            OutputFile::check(&fifo, &[Input::Path(&fifo)]),
            Err(Error::Input(_))
        ));

        let sock = dir.path().join("s.sock");
        drop(std::os::unix::net::UnixListener::bind(&sock).unwrap());
        let err = OutputFile::check(&sock, &[]).unwrap_err();
        assert!(matches!(err, Error::Write { .. }), "{err}");
        assert!(err.to_string().contains("no program listens"), "{err}");
    }

    #[test]
    fn a_trailing_slash_on_a_name_that_cannot_be_looked_up_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let looped = dir.path().join("loop");
        std::os::unix::fs::symlink("loop", &looped).unwrap();
        let err = OutputFile::check(&dir.path().join("loop/"), &[])
            .unwrap_err()
            .to_string();
        assert!(!err.contains("is not a folder"), "{err}");
        assert!(err.contains("symbolic links"), "{err}");
    }

    #[test]
    fn a_socket_closed_by_its_listener_is_an_error_not_a_closed_pipe() {
        let dir = tempfile::tempdir().unwrap();
        let sock = dir.path().join("s.sock");
        let listener = std::os::unix::net::UnixListener::bind(&sock).unwrap();
        let out = OutputFile::check(&sock, &[]).unwrap();
        std::thread::spawn(move || {
            // The check's connection, then the write's: both closed unread.
            for _ in 0..2 {
                drop(listener.accept().unwrap());
            }
        });
        let err = out
            .write::<()>(|w| {
                let chunk = vec![b'x'; 1 << 16];
                loop {
                    w.write_all(&chunk).map_err(|e| Error::write("test", e))?;
                }
            })
            .unwrap_err();
        assert!(matches!(err, Error::Write { .. }), "{err}");
        assert!(!err.is_broken_pipe(), "{err}");
        assert!(err.to_string().contains("s.sock"), "{err}");
    }
}
