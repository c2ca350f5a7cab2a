//! Standard output shown on a terminal: a posting's control characters
//! (`ESC]52;…` sets the clipboard, `ESC[2J` clears the screen) are written as
//! visible escapes instead of acting on the terminal.

use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use jobclass::error::Error;

/// Whether standard output was closed (`>&-`) when the process started. Rust's
/// runtime opens /dev/null in place of a closed standard stream before `main`,
/// so by then writes would vanish without an error; this is read earlier.
static STDOUT_CLOSED_AT_START: AtomicBool = AtomicBool::new(false);

/// Runs before Rust's runtime starts (ELF constructors run before `main`).
// SAFETY: an `.init_array` entry is called by the C runtime before `main`
// with (argc, argv, envp), which the C calling convention lets a function of
// no parameters ignore; `record` cannot unwind (`extern "C"`), needs nothing
// of Rust's runtime, and only makes one system call and stores an atomic.
#[cfg(target_os = "linux")]
#[used]
#[unsafe(link_section = ".init_array")]
static RECORD_STDOUT: extern "C" fn() = {
    extern "C" fn record() {
        // SAFETY: F_GETFD only reads the descriptor's flags.
        let closed = unsafe { libc::fcntl(libc::STDOUT_FILENO, libc::F_GETFD) } == -1;
        STDOUT_CLOSED_AT_START.store(closed, Ordering::Relaxed);
    }
    record
};

/// Fails when standard output was closed (`>&-`): the command would otherwise
/// write nothing and succeed.
pub fn require_stdout() -> Result<(), Error> {
    if STDOUT_CLOSED_AT_START.load(Ordering::Relaxed) {
        return Err(Error::write(
            "cannot write standard output",
            io::Error::from_raw_os_error(libc::EBADF),
        ));
    }
    Ok(())
}

/// Refuses to write a binary format (`what`) to standard output when it is a
/// terminal: it would be unreadable there, and its escaping would spoil it.
/// `flag` is the output's (`-o`, `--adapter-output`), for the message.
pub fn refuse_binary_on_terminal(flag: &str, what: &str) -> Result<(), Error> {
    if io::stdout().is_terminal() {
        return Err(binary_on_terminal(flag, what));
    }
    Ok(())
}

/// The refusal of a binary format (`what`) on a terminal, given by `flag`.
pub fn binary_on_terminal(flag: &str, what: &str) -> Error {
    Error::Input(format!(
        "{what} is binary: give {flag} FILE, or redirect standard output to a file or a pipe"
    ))
}

/// Standard output, with control characters escaped when it is a terminal
/// (a pipe or a file gets the bytes as they are).
pub fn stdout() -> Box<dyn Write> {
    let out = io::stdout();
    if out.is_terminal() {
        Box::new(Escaped::new(out.lock()))
    } else {
        Box::new(out.lock())
    }
}

/// Writes control characters as `\xNN` (C0 and DEL) or `\u{NN}` (C1, which
/// UTF-8 writes as 0xC2 then 0x80..=0x9F); newlines and tabs pass.
pub struct Escaped<W: Write> {
    inner: W,
    /// A 0xC2 byte whose next byte has not been seen yet.
    lead: bool,
}

impl<W: Write> Escaped<W> {
    pub fn new(inner: W) -> Self {
        Escaped { inner, lead: false }
    }
}

impl<W: Write> Write for Escaped<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len());
        for &b in buf {
            if std::mem::take(&mut self.lead) {
                if (0x80..=0x9f).contains(&b) {
                    out.extend_from_slice(format!("\\u{{{b:02x}}}").as_bytes());
                    continue;
                }
                out.push(0xc2);
            }
            match b {
                b'\n' | b'\t' => out.push(b),
                0x00..=0x1f | 0x7f => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
                0xc2 => self.lead = true,
                _ => out.push(b),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

impl<W: Write> Drop for Escaped<W> {
    fn drop(&mut self) {
        if self.lead {
            let _ = self.inner.write_all(&[0xc2]);
        }
        let _ = self.inner.flush();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escaped(parts: &[&[u8]]) -> String {
        let mut buf = Vec::new();
        {
            let mut w = Escaped::new(&mut buf);
            for p in parts {
                w.write_all(p).unwrap();
            }
        }
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn control_characters_become_visible() {
        assert_eq!(
            escaped(&[b"a\x1b]52;c;aGk=\x07b\x1b[2J\r\n\tc\x7f"]),
            "a\\x1b]52;c;aGk=\\x07b\\x1b[2J\\x0d\n\tc\\x7f"
        );
    }

    #[test]
    fn c1_controls_are_escaped_even_split_across_writes() {
        // U+009B is a one-character CSI; U+00E9 (0xC3 0xA9) and U+00A0
        // (0xC2 0xA0) are text.
        assert_eq!(
            escaped(&["x\u{9b}2J é\u{a0}".as_bytes()]),
            "x\\u{9b}2J é\u{a0}"
        );
        assert_eq!(escaped(&[b"x\xc2", b"\x9b2J"]), "x\\u{9b}2J");
        assert_eq!(escaped(&["\u{a0}".as_bytes()]), "\u{a0}");
    }
}
