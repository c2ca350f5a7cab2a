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
//!
//! The checks made before any work ([`OutputFile::check`]) are in
//! `atomic/check.rs`; writing is here.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use super::temporary::{Temporary, folder_of};
use crate::error::{Error, Result};
use check::same_file;

/// Something a command reads, which its output must not replace.
#[derive(Debug, Clone, Copy)]
pub enum InputFile<'a> {
    /// A file given by path (`-` is not a path: use [`InputFile::Stdin`]).
    Path(&'a Path),
    /// Standard input, when it is redirected from a file.
    Stdin,
}

impl<'a> InputFile<'a> {
    /// The input named on a command line: `-` is standard input.
    pub fn named(arg: &'a str) -> InputFile<'a> {
        if arg == "-" {
            InputFile::Stdin
        } else {
            InputFile::Path(Path::new(arg))
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
/// Refuses standard output when it is one of `inputs` (a regular file or a
/// FIFO): `>> in.csv` would read its own rows.
pub fn refuse_stdout_inputs(inputs: &[InputFile]) -> Result<()> {
    match check::stdout_metadata() {
        Some(meta) => check::refuse_inputs("standard output", &meta, inputs),
        None => Ok(()),
    }
}

fn is_reset(e: &Error) -> bool {
    matches!(e, Error::Write { cause, .. } if cause.kind() == io::ErrorKind::ConnectionReset)
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
type Socket = std::os::unix::net::UnixStream;

#[cfg(not(unix))]
type Socket = File;

mod check;

#[cfg(all(test, unix))]
mod tests;
