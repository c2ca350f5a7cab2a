//! The exit codes: one list that `main` maps every outcome to and that
//! `--help` prints, so the two cannot disagree.

use jobclass::error::Error;

/// How a `jobclass` process ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// Everything done (also when standard output, written last, was closed
    /// early).
    Success,
    /// `batch --strict` found rows it could not classify.
    RowsFailed,
    /// A usage or input error.
    Input,
    /// The model is unavailable.
    Model,
    /// An output could not be written.
    Output,
    /// A failure of jobclass itself or of the system under it.
    Internal,
    /// Stopped by a signal.
    Interrupted,
}

impl Exit {
    /// Every exit, in the order of their codes.
    pub const ALL: [Exit; 7] = [
        Exit::Success,
        Exit::RowsFailed,
        Exit::Input,
        Exit::Model,
        Exit::Output,
        Exit::Internal,
        Exit::Interrupted,
    ];

    /// The process's exit status.
    pub fn code(self) -> u8 {
        match self {
            Exit::Success => 0,
            Exit::RowsFailed => 1,
            Exit::Input => 2,
            Exit::Model => 3,
            Exit::Output => 4,
            Exit::Internal => 5,
            Exit::Interrupted => 130,
        }
    }

    /// What the code means, for `--help` and the documentation.
    pub fn meaning(self) -> &'static str {
        match self {
            Exit::Success => {
                "success (also when standard output, the last thing written, is closed early, as \
                 with `| head`; serve: stopped by a signal once every request it accepted was \
                 answered)"
            }
            Exit::RowsFailed => "batch --strict: some rows could not be classified",
            Exit::Input => {
                "usage or input error: bad flags, a missing or unreadable file, a missing column, \
                 empty or invalid input, an unknown label, an unusable head, adapter or feed model file, an \
                 output that is one of the inputs or whose name says another format than the one \
                 written"
            }
            Exit::Model => {
                "the model is unavailable (fetch failed, or its files are corrupt); the message \
                 says what to do"
            }
            Exit::Output => {
                "an output could not be written (disk full, file too large, no permission, a \
                 folder or missing folder given as the output, another user's file in a sticky \
                 folder, a socket no program listens on or that closed early, standard output \
                 closed, or closed early before another output was written); nothing was \
                 replaced"
            }
            Exit::Internal => {
                "jobclass or the system failed (the model's computation, a thread pool that \
                 cannot start); please report it"
            }
            Exit::Interrupted => {
                "interrupted (Ctrl-C, SIGTERM, SIGHUP; serve: a second one); an output file is \
                 then left as it was"
            }
        }
    }

    /// The exit for an error that ended a command.
    pub fn for_error(err: &anyhow::Error) -> Exit {
        if let Some(e) = err.chain().find_map(|e| e.downcast_ref::<Error>()) {
            return Exit::for_library_error(e);
        }
        // Its cause is an I/O error (the system refused a thread), but no
        // output is involved.
        if err.chain().any(|e| e.is::<rayon::ThreadPoolBuildError>()) {
            return Exit::Internal;
        }
        let io = err.chain().find_map(|e| e.downcast_ref::<std::io::Error>());
        let json = err
            .chain()
            .find_map(|e| e.downcast_ref::<serde_json::Error>());
        if io.is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            || json.is_some_and(|e| e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe))
        {
            return Exit::Success;
        }
        // Every read in the command handlers reports an Error::Input; what
        // is left of I/O is writing standard output.
        if io.is_some() || json.is_some_and(serde_json::Error::is_io) {
            return Exit::Output;
        }
        Exit::Internal
    }

    fn for_library_error(e: &Error) -> Exit {
        if e.is_broken_pipe() {
            return Exit::Success;
        }
        match e {
            e if e.is_input_error() => Exit::Input,
            Error::Model { .. } => Exit::Model,
            Error::Write { .. } => Exit::Output,
            Error::Interrupted { .. } => Exit::Interrupted,
            _ => Exit::Internal,
        }
    }
}

/// The exit-code table of `--help`, each meaning wrapped under itself (clap
/// would wrap it back to the margin).
pub fn help_table() -> String {
    const WIDTH: usize = 72;
    let mut s = String::from("Exit codes:");
    for e in Exit::ALL {
        s.push_str(&format!("\n  {:<3}  ", e.code()));
        let mut line = 0;
        for word in e.meaning().split(' ') {
            if line > 0 && line + 1 + word.len() > WIDTH {
                s.push_str("\n       ");
                line = 0;
            } else if line > 0 {
                s.push(' ');
                line += 1;
            }
            s.push_str(word);
            line += word.len();
        }
    }
    s
}

/// An error's message with its causes, each said once: a cause whose text
/// the message already ends with is not repeated.
pub fn message(err: &anyhow::Error) -> String {
    let mut msg = err.to_string();
    for cause in err.chain().skip(1) {
        let c = cause.to_string();
        if !msg.ends_with(&c) {
            msg.push_str(": ");
            msg.push_str(&c);
        }
    }
    msg
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_distinct_and_in_order() {
        let codes: Vec<u8> = Exit::ALL.iter().map(|e| e.code()).collect();
        let mut sorted = codes.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(codes, sorted);
    }

    #[test]
    fn each_error_kind_has_its_exit() {
        let io = || std::io::Error::other("x");
        let cases = [
            (Error::Input("x".into()), Exit::Input),
            (Error::io("cannot read x", io()), Exit::Input),
            (Error::write("cannot write x", io()), Exit::Output),
            (
                Error::Interrupted {
                    rows: 1,
                    output: None,
                },
                Exit::Interrupted,
            ),
            (Error::Tokenizer("x".into()), Exit::Internal),
            (
                Error::write(
                    "cannot write",
                    std::io::Error::from(std::io::ErrorKind::BrokenPipe),
                ),
                Exit::Success,
            ),
        ];
        for (e, exit) in cases {
            assert_eq!(Exit::for_error(&anyhow::Error::from(e)), exit);
        }
        let stdout = anyhow::Error::from(io()).context("writing");
        assert_eq!(Exit::for_error(&stdout), Exit::Output);
    }

    /// The table of docs/cli.md says what `--help` says, code for code.
    #[test]
    fn the_readme_table_is_this_list() {
        let readme = include_str!("../../docs/cli.md");
        let section = readme
            .split("\n## Exit codes\n")
            .nth(1)
            .expect("docs/cli.md has an exit-code section");
        let rows: Vec<(u8, String)> = section
            .lines()
            .skip_while(|l| !l.starts_with("| --- |"))
            .skip(1)
            .take_while(|l| l.starts_with('|'))
            .map(|l| {
                let l = l.trim_matches('|').trim();
                let (code, meaning) = l.split_once(" | ").expect("two cells");
                (code.parse().unwrap(), meaning.replace("\\|", "|"))
            })
            .collect();
        let expected: Vec<(u8, String)> = Exit::ALL
            .iter()
            .map(|e| (e.code(), e.meaning().to_string()))
            .collect();
        assert_eq!(rows, expected);
    }

    #[test]
    fn a_cause_is_said_once() {
        let inner = std::io::Error::from(std::io::ErrorKind::IsADirectory);
        let text = inner.to_string();
        let err = anyhow::Error::from(inner).context(format!("cannot write x: {text}"));
        assert_eq!(message(&err), format!("cannot write x: {text}"));
        let err = anyhow::Error::from(std::io::Error::other("disk full")).context("cannot write y");
        assert_eq!(message(&err), "cannot write y: disk full");
    }
}
