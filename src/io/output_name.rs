//! The one naming rule of every output: a name whose extension tells another
//! format than the one the command writes (`train -o head.csv`, `eval
//! --report report.json`) is refused before any work, with the name to give;
//! a name that tells no format (`out`, `out.txt`, `-`) is fine.

use std::path::Path;

use super::format::Format;
use crate::error::{Error, Result};

/// A format an output is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// `batch`'s output, in the format of its input.
    Table(Format),
    /// A head or a feed model.
    Json,
    /// `eval --report`.
    Html,
    /// An adapter (`train --adapter-output`).
    Safetensors,
}

impl Written {
    /// The format a file's name tells by its extension (in any case), if any.
    pub fn named(path: &Path) -> Option<Written> {
        let name = path.to_string_lossy();
        if let Some(format) = Format::named(&name) {
            return Some(Written::Table(format));
        }
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(Written::Json),
            "html" | "htm" => Some(Written::Html),
            "safetensors" => Some(Written::Safetensors),
            _ => None,
        }
    }

    /// The format's name in a message.
    pub fn title(self) -> &'static str {
        match self {
            Written::Table(f) => f.title(),
            Written::Json => "JSON",
            Written::Html => "HTML",
            Written::Safetensors => "safetensors",
        }
    }

    /// The extension of a file of this format, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Written::Table(f) => f.extension(),
            Written::Json => "json",
            Written::Html => "html",
            Written::Safetensors => "safetensors",
        }
    }

    /// Whether the format is binary (unreadable on a terminal).
    pub fn is_binary(self) -> bool {
        matches!(self, Written::Table(Format::Parquet) | Written::Safetensors)
    }
}

/// Refuses an output `path`, given as `flag`, whose name tells another format
/// than `written` ([`Error::Input`], exit 2), naming the file to give instead.
/// `writes` says what the command writes (`train writes the head as JSON`);
/// `hint` is added to the message.
pub fn refuse_another_format(
    flag: &str,
    path: &Path,
    written: Written,
    writes: &str,
    hint: &str,
) -> Result<()> {
    match Written::named(path) {
        Some(named) if named != written => Err(Error::Input(format!(
            "{flag} {} names a{} {} file, but {writes}: name the output {}{hint}",
            path.display(),
            if named.title().starts_with(['H']) {
                "n"
            } else {
                ""
            },
            named.title(),
            path.with_extension(written.extension()).display(),
        ))),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_tells_its_format_or_none() {
        let named = |p: &str| Written::named(Path::new(p));
        assert_eq!(named("out.CSV"), Some(Written::Table(Format::Csv)));
        assert_eq!(named("out.ndjson"), Some(Written::Table(Format::Jsonl)));
        assert_eq!(named("h.JSON"), Some(Written::Json));
        assert_eq!(named("r.htm"), Some(Written::Html));
        assert_eq!(named("a.safetensors"), Some(Written::Safetensors));
        for none in ["out", "out.txt", "-", "json", ".json.bak"] {
            assert_eq!(named(none), None, "{none}");
        }
    }

    #[test]
    fn only_another_format_is_refused() {
        let check = |p: &str, w| refuse_another_format("-o", Path::new(p), w, "x writes", "");
        assert!(check("h.json", Written::Json).is_ok());
        assert!(check("h.txt", Written::Json).is_ok());
        let err = check("h.csv", Written::Json).unwrap_err().to_string();
        assert_eq!(
            err,
            "-o h.csv names a CSV file, but x writes: name the output h.json"
        );
        let err = check("r.html", Written::Json).unwrap_err().to_string();
        assert!(err.contains("names an HTML file"), "{err}");
    }
}
