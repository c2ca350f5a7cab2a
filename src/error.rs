//! The library's error type (a leaf: it names no other module's code). Every variant says what went wrong in terms of what
//! the user did or has, and, where there is one, what to do about it.

use std::path::PathBuf;

/// Errors returned by the jobclass library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The model files are missing, corrupt or could not be fetched
    /// (made by [`crate::model::files::unavailable`], which adds the steps).
    #[error("{what}\n\n{steps}")]
    Model {
        /// What went wrong, in one sentence.
        what: String,
        /// The model folder that was being used.
        dir: PathBuf,
        /// How to fetch the model by hand.
        steps: String,
    },

    /// A model or head file exists but cannot be used.
    #[error("cannot load {path}: {reason}")]
    Load {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },

    /// The input text or file is unusable (empty, not UTF-8, missing column...).
    #[error("{0}")]
    Input(String),

    /// A label that is none of the known spellings.
    #[error("unknown label {value:?}{}; expected one of: {expected}", .row.map(|r| format!(" in row {r}")).unwrap_or_default())]
    UnknownLabel {
        /// The value as found.
        value: String,
        /// The 1-based data row (header not counted), when it came from a file.
        row: Option<u64>,
        /// The accepted labels.
        expected: String,
    },

    /// CSV reading or writing failed.
    #[error("CSV error: {0}")]
    Csv(#[from] csv::Error),

    /// The embedding model failed while running.
    #[error("model inference failed: {0}")]
    Candle(#[from] candle_core::Error),

    /// The tokenizer failed.
    #[error("tokenizer failed: {0}")]
    Tokenizer(String),

    /// The run was stopped (Ctrl-C, SIGTERM) before it finished.
    #[error("interrupted after {rows} rows{}", .output.as_ref().map(|p| format!("; {} was not written", p.display())).unwrap_or_default())]
    Interrupted {
        /// Rows labeled before the stop.
        rows: u64,
        /// The output file that was left as it was, when there was one.
        output: Option<PathBuf>,
    },

    /// An I/O error, with the path or action it concerns.
    #[error("{context}: {source}")]
    Io {
        /// What was being done.
        context: String,
        /// The underlying error.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// Wraps an I/O error with what was being done.
    pub fn io(context: impl Into<String>, source: std::io::Error) -> Self {
        Error::Io {
            context: context.into(),
            source,
        }
    }

    /// True when the error is a bad input or usage (exit code 2) rather than a
    /// failure of the environment or the tool.
    pub fn is_input_error(&self) -> bool {
        matches!(
            self,
            Error::Input(_) | Error::UnknownLabel { .. } | Error::Csv(_)
        )
    }

    /// True when the error is a write to a closed pipe (`jobclass batch … | head`).
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Io { source, .. } => source.kind() == std::io::ErrorKind::BrokenPipe,
            Error::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(io) => io.kind() == std::io::ErrorKind::BrokenPipe,
                _ => false,
            },
            _ => false,
        }
    }
}

/// Result alias for the library.
pub type Result<T, E = Error> = std::result::Result<T, E>;
