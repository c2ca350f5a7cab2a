//! Batch labelling of a CSV, streamed: rows are read, classified and written
//! a group at a time, so memory does not grow with the file. Every input record
//! gives exactly one output record, in order, with its fields as they were;
//! a row that cannot be classified gets an empty label and says why in `error`.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::classify::{Predict, Prediction};
use crate::data::{CsvInput, compose, field, text_problem};
use crate::error::{Error, Result};
use crate::mentions;

/// Options of a batch run.
#[derive(Debug, Clone)]
pub struct BatchOptions {
    /// Column holding the posting's text.
    pub text_column: String,
    /// Optional column holding its title.
    pub title_column: Option<String>,
    /// Rows classified together (bounds memory; larger groups pad less).
    pub group_rows: usize,
    /// Output field delimiter (the input's, so a TSV stays a TSV).
    pub delimiter: u8,
    /// Show a progress bar on stderr (only drawn when stderr is a terminal).
    pub progress: bool,
    /// Also write what each prediction was made of ([`added_columns`]).
    pub evidence: bool,
    /// Checked after each group of rows: once it is set the run stops with
    /// [`Error::Interrupted`] (the command line sets it on Ctrl-C or SIGTERM,
    /// so that an output file is not left half written).
    pub stop: Option<Arc<AtomicBool>>,
}

/// What a batch run did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// Records read (and written).
    pub rows: u64,
    /// Rows that got a label.
    pub labeled: u64,
    /// Rows with an error.
    pub failed: u64,
    /// Labeled rows per label.
    pub per_label: BTreeMap<String, u64>,
    /// The first few errors, with their row numbers.
    pub first_errors: Vec<(u64, String)>,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let labels: Vec<String> = self
            .per_label
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect();
        write!(f, "{} rows: {} labeled", self.rows, self.labeled)?;
        if !labels.is_empty() {
            write!(f, " ({})", labels.join(", "))?;
        }
        write!(f, ", {} failed", self.failed)?;
        for (row, e) in &self.first_errors {
            write!(f, "\n  row {row}: {e}")?;
        }
        if self.failed as usize > self.first_errors.len() {
            write!(f, "\n  … see the error column for the rest")?;
        }
        Ok(())
    }
}

/// Names of the columns batch labelling adds: `label`, `confidence`, one
/// `score_<label>` per label; with `evidence`, one `embedding_<label>` per
/// label (the embedding's probability before role mentions were weighed in)
/// and `job_<role>`, `passing_<role>` per role of [`mentions::ROLES`] (how
/// often the text names it as the job or in passing); then `error`. A name
/// the input already uses is prefixed with `jobclass_` so no column is
/// shadowed.
pub fn added_columns(
    input_headers: &csv::ByteRecord,
    labels: &[String],
    evidence: bool,
) -> Vec<String> {
    let mut names = vec!["label".to_string(), "confidence".to_string()];
    names.extend(labels.iter().map(|l| format!("score_{l}")));
    if evidence {
        names.extend(labels.iter().map(|l| format!("embedding_{l}")));
        for kind in ["job", "passing"] {
            names.extend(mentions::ROLES.iter().map(|r| format!("{kind}_{r}")));
        }
    }
    names.push("error".to_string());
    let taken = |n: &str| input_headers.iter().any(|h| h == n.as_bytes());
    names
        .into_iter()
        .map(|n| {
            if taken(&n) {
                format!("jobclass_{n}")
            } else {
                n
            }
        })
        .collect()
}

struct Pending {
    record: csv::ByteRecord,
    text: std::result::Result<String, String>,
}

/// Labels every row of `input` and writes the result as CSV to `out`.
pub fn run(
    classifier: &impl Predict,
    mut input: CsvInput,
    out: impl Write,
    opts: &BatchOptions,
) -> Result<Summary> {
    let ti = input.column(&opts.text_column)?;
    let hi = opts
        .title_column
        .as_deref()
        .map(|c| input.column(c))
        .transpose()?;
    let width = input.headers().len();
    let labels = classifier.labels();

    let mut writer = csv::WriterBuilder::new()
        .delimiter(opts.delimiter)
        .flexible(false)
        .from_writer(out);
    let mut header = input.headers().clone();
    for n in added_columns(input.headers(), labels, opts.evidence) {
        header.push_field(n.as_bytes());
    }
    writer.write_byte_record(&header)?;
    writer
        .flush()
        .map_err(|e| Error::io("cannot write the output", e))?;

    let bar = progress_bar(opts.progress, input.len);
    let mut summary = Summary::default();
    let mut group: Vec<Pending> = Vec::with_capacity(opts.group_rows);
    let mut rec = csv::ByteRecord::new();
    loop {
        let more = input.read(&mut rec)?;
        if more {
            let text = match input.record_problem(&rec) {
                Some(problem) => Err(problem),
                None => row_text(&rec, ti, hi, width),
            };
            group.push(Pending {
                record: rec.clone(),
                text,
            });
        }
        if group.len() >= opts.group_rows.max(1) || (!more && !group.is_empty()) {
            write_group(
                classifier,
                &mut group,
                &mut writer,
                width,
                opts.evidence,
                &mut summary,
            )?;
            writer
                .flush()
                .map_err(|e| Error::io("cannot write the output", e))?;
            bar.set_position(input.position());
            bar.set_message(format!("{} rows", summary.rows));
            if more && opts.stop.as_ref().is_some_and(|s| s.load(Ordering::SeqCst)) {
                bar.finish_and_clear();
                return Err(Error::Interrupted {
                    rows: summary.rows,
                    output: None,
                });
            }
        }
        if !more {
            break;
        }
    }
    bar.finish_and_clear();
    writer
        .flush()
        .map_err(|e| Error::io("cannot write the output", e))?;
    Ok(summary)
}

fn row_text(
    rec: &csv::ByteRecord,
    ti: usize,
    hi: Option<usize>,
    width: usize,
) -> std::result::Result<String, String> {
    if rec.len() > width {
        return Err(format!(
            "row has {} fields but the header has {width}; the extra fields are not in the output",
            rec.len()
        ));
    }
    let body = field(rec, ti).map_err(|e| format!("text column: {e}"))?;
    let title = hi
        .map(|h| field(rec, h))
        .transpose()
        .map_err(|e| format!("title column: {e}"))?;
    let text = compose(title, body);
    match text_problem(&text) {
        Some(p) => Err(p.to_string()),
        None => Ok(text),
    }
}

fn write_group<W: Write>(
    classifier: &impl Predict,
    group: &mut Vec<Pending>,
    writer: &mut csv::Writer<W>,
    width: usize,
    evidence: bool,
    summary: &mut Summary,
) -> Result<()> {
    let texts: Vec<&str> = group
        .iter()
        .filter_map(|p| p.text.as_deref().ok())
        .collect();
    let mut predictions = classifier.predict(&texts)?.into_iter();
    let k = classifier.labels().len();
    // The columns between `label` and `error`.
    let filled = 1 + k + if evidence { evidence_columns(k) } else { 0 };
    for p in group.drain(..) {
        summary.rows += 1;
        let mut out = csv::ByteRecord::with_capacity(0, width + filled + 2);
        for i in 0..width {
            out.push_field(p.record.get(i).unwrap_or(b""));
        }
        match p.text {
            Ok(_) => {
                let pred: Prediction = predictions.next().expect("one prediction per text");
                summary.labeled += 1;
                *summary.per_label.entry(pred.label.clone()).or_default() += 1;
                out.push_field(pred.label.as_bytes());
                out.push_field(format!("{:.4}", pred.confidence).as_bytes());
                for (_, s) in &pred.scores {
                    out.push_field(format!("{s:.4}").as_bytes());
                }
                if evidence {
                    push_evidence(&mut out, &pred, k);
                }
                out.push_field(b"");
            }
            Err(e) => {
                summary.failed += 1;
                if summary.first_errors.len() < 5 {
                    summary.first_errors.push((summary.rows, e.clone()));
                }
                for _ in 0..filled + 1 {
                    out.push_field(b"");
                }
                out.push_field(e.as_bytes());
            }
        }
        writer.write_byte_record(&out)?;
    }
    Ok(())
}

/// The evidence columns of one prediction; empty when the classifier did not
/// weigh role mentions (`--no-mentions`), so every row keeps the same width.
fn push_evidence(out: &mut csv::ByteRecord, pred: &Prediction, k: usize) {
    match &pred.evidence {
        Some(e) => {
            for (_, p) in &e.embedding {
                out.push_field(format!("{p:.4}").as_bytes());
            }
            for counts in [&e.mentions.job, &e.mentions.passing] {
                for n in counts {
                    out.push_field(n.to_string().as_bytes());
                }
            }
        }
        None => {
            for _ in 0..evidence_columns(k) {
                out.push_field(b"");
            }
        }
    }
}

/// How many columns `--evidence` adds for `k` labels: one probability per
/// label, then job and passing counts per role.
fn evidence_columns(k: usize) -> usize {
    k + 2 * mentions::ROLES.len()
}

fn progress_bar(wanted: bool, len: Option<u64>) -> ProgressBar {
    if !wanted || !io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = match len {
        Some(n) => ProgressBar::new(n).with_style(
            ProgressStyle::with_template(
                "{bar:30} {percent:>3}% {msg} [{elapsed_precise}, ~{eta} left]",
            )
            .expect("valid template"),
        ),
        None => ProgressBar::new_spinner().with_style(
            ProgressStyle::with_template("{spinner} {msg} [{elapsed_precise}]")
                .expect("valid template"),
        ),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar
}

/// Writes `path` through a temporary file in the same folder that is renamed
/// into place only when `write` succeeded, so an interrupted run never leaves a
/// truncated file. The file gets the permissions a plain `> path` would give
/// it (0666 less the umask), or keeps those of the file it replaces.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<()> {
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
    let tmp = builder.tempfile_in(dir).map_err(|e| {
        Error::io(
            format!("cannot create a temporary file in {}", dir.display()),
            e,
        )
    })?;
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

/// Runs `f` with a writer to a temporary file beside `path`, then renames it
/// into place if `f` succeeded. Refuses to overwrite `input`. An
/// [`Error::Interrupted`] from `f` comes back naming `path` as not written.
pub fn with_output_file<T>(
    path: &Path,
    input: Option<&Path>,
    f: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    if let Some(input) = input
        && let (Ok(a), Ok(b)) = (fs::canonicalize(input), fs::canonicalize(path))
        && a == b
    {
        return Err(Error::Input(format!(
            "the output {} is the input file; write the result elsewhere",
            path.display()
        )));
    }
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
