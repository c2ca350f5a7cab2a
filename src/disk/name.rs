//! What a file's name says it holds: the formats of the postings files
//! `batch`, `adapt` and `eval` read ([`Format`], chosen once by
//! [`Format::of`]), the format of every output ([`Written`]), and the one
//! naming rule of every output: a name whose extension tells another format
//! than the one the command writes (`train -o head.csv`, `eval --report
//! report.json`) is refused before any work, with the name to give; a name
//! that tells no format (`out`, `out.txt`, `-`) is fine.

use std::path::Path;
use std::str::FromStr;

use crate::error::{Error, Result};

/// A file format of `batch`, `adapt` and `eval`. Each has a reader
/// (`io/<format>.rs`) and a sink (`output/<format>.rs`), paired in
/// `output/mod.rs`; everything else about it, its names, is [`Format::names`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-separated values with a header row.
    Csv,
    /// JSON Lines: one JSON object per line.
    Jsonl,
    /// Apache Parquet.
    Parquet,
}

/// How a [`Format`] is named: on the command line, in messages and by the
/// ends of file names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Names {
    /// The names `--format` takes, its own first (also the extension of a
    /// file of this format, without the dot).
    pub flag: &'static [&'static str],
    /// The format's name in a message: `CSV`, `JSON Lines`, `Parquet`.
    pub title: &'static str,
    /// The ends of the file names that tell this format (lowercase).
    pub endings: &'static [&'static str],
    /// Whether a file of this format is binary (unreadable on a terminal).
    pub binary: bool,
}

impl Format {
    /// Every format, in the order messages list them.
    pub const ALL: [Format; 3] = [Format::Csv, Format::Jsonl, Format::Parquet];

    /// How the format is named: the one place each format's names are.
    pub const fn names(self) -> Names {
        match self {
            Format::Csv => Names {
                flag: &["csv"],
                title: "CSV",
                endings: &[".csv"],
                binary: false,
            },
            Format::Jsonl => Names {
                flag: &["jsonl", "ndjson"],
                title: "JSON Lines",
                endings: &[".jsonl", ".ndjson"],
                binary: false,
            },
            Format::Parquet => Names {
                flag: &["parquet"],
                title: "Parquet",
                endings: &[".parquet"],
                binary: true,
            },
        }
    }

    /// `chosen` when there is one, else the format `path`'s name tells
    /// ([`Format::named`]), CSV when it tells none.
    pub fn of(path: &str, chosen: Option<Format>) -> Format {
        chosen
            .or_else(|| Format::named(path))
            .unwrap_or(Format::Csv)
    }

    /// The format a file's name tells, if any: JSON Lines for a name ending
    /// in `.jsonl` or `.ndjson` (in any case), Parquet for `.parquet`, CSV
    /// for `.csv`; `None` for any other name.
    pub fn named(path: &str) -> Option<Format> {
        let lower = path.to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.names().endings.iter().any(|e| lower.ends_with(e)))
    }

    /// The format's name in a message: `CSV`, `JSON Lines`, `Parquet`.
    pub fn title(self) -> &'static str {
        self.names().title
    }

    /// The extension of a file of this format, without the dot.
    pub fn extension(self) -> &'static str {
        self.names().flag[0]
    }
}

impl FromStr for Format {
    type Err = String;

    /// `csv`, `jsonl` (also spelt `ndjson`) or `parquet`.
    fn from_str(s: &str) -> std::result::Result<Format, String> {
        if let Some(f) = Format::ALL
            .into_iter()
            .find(|f| f.names().flag.contains(&s))
        {
            return Ok(f);
        }
        let own: Vec<&str> = Format::ALL.iter().map(|f| f.extension()).collect();
        let (last, rest) = own.split_last().expect("there are formats");
        Err(format!(
            "{s:?} is not a format: use {} or {last}",
            rest.join(", ")
        ))
    }
}

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
        match self {
            Written::Table(f) => f.names().binary,
            Written::Safetensors => true,
            Written::Json | Written::Html => false,
        }
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

    #[test]
    fn only_the_four_extensions_name_a_format() {
        assert_eq!(Format::named("out.Csv"), Some(Format::Csv));
        assert_eq!(Format::named("out.NDJSON"), Some(Format::Jsonl));
        assert_eq!(Format::named("out.parquet"), Some(Format::Parquet));
        for name in ["out.tsv", "out.txt", "out", "-", "csv", "out.fifo"] {
            assert_eq!(Format::named(name), None, "{name}");
        }
    }

    #[test]
    fn the_flag_wins_over_the_name() {
        assert_eq!(Format::of("a.JSONL", None), Format::Jsonl);
        assert_eq!(Format::of("a.ndjson", None), Format::Jsonl);
        assert_eq!(Format::of("a.tsv", None), Format::Csv);
        assert_eq!(Format::of("-", None), Format::Csv);
        assert_eq!(Format::of("lake/part-0.PARQUET", None), Format::Parquet);
        assert_eq!("parquet".parse::<Format>(), Ok(Format::Parquet));
        assert_eq!(Format::of("a.jsonl", Some(Format::Csv)), Format::Csv);
        assert_eq!("ndjson".parse::<Format>(), Ok(Format::Jsonl));
        assert_eq!(
            "xml".parse::<Format>(),
            Err("\"xml\" is not a format: use csv, jsonl or parquet".to_string())
        );
    }
}
