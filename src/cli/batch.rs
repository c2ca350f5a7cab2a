//! `jobclass batch`: label every row of a CSV, JSON Lines or Parquet file,
//! written back in its own format.

use std::io::Write;
use std::path::Path;

use anyhow::Result;
use jobclass::error::Error;
use jobclass::io::format::{Format, Input};
use jobclass::io::parquet_io::ParquetSink;
use jobclass::io::temporary::Spool;
use jobclass::pipeline::batch::{self, BatchOptions, Progress};
use jobclass::render::{CsvSink, JsonlSink};

use super::adapt;
use super::args::{BatchArgs, Global};
use super::common::{Outcome, check_output, load_classifier};
use super::{progress, signals, terminal};

/// Rows classified together: bounds memory, and is how often the output is
/// flushed and a stop request is looked at.
const GROUP_ROWS: usize = 32;

pub fn run(g: &Global, a: BatchArgs) -> Result<Outcome> {
    let read_options = a.csv.read_options(&a.input);
    // An output that cannot be written, or is named as another format than
    // the one written, fails before the model loads.
    // `-o -` is standard output, as `-` is standard input.
    let named = a.output.as_deref().filter(|p| *p != Path::new("-"));
    if let Some(path) = named {
        refuse_another_format(path, read_options.format, a.csv.format.is_some())?;
    }
    let output = named
        .map(|path| check_output(path, &a.input, Some(&a.opts)))
        .transpose()?;
    // With --adapt the input is read twice: standard input is held in a
    // temporary file for that.
    let spool = (a.adapt && a.input == "-").then(Spool::stdin).transpose()?;
    let path = spool
        .as_ref()
        .map_or(a.input.clone(), |s| s.path().to_string_lossy().into_owned());
    // And so does an input without its text column.
    if read_options.format == Format::Parquet && output.is_none() {
        terminal::refuse_binary_on_terminal(Format::Parquet.title())?;
    }
    let input = Input::open(&path, &read_options)?;
    let feed = if a.adapt {
        Some(adapt::learn(
            std::slice::from_ref(&path),
            &a.csv,
            a.min_examples,
            !a.no_progress,
            "label it without a feed model (leave out --adapt)",
        )?)
    } else {
        None
    };
    let mut classifier = load_classifier(g, &a.opts)?;
    if feed.is_some() {
        classifier = classifier.with_feed_model(feed, a.opts.feed_weight);
    }
    let options = BatchOptions {
        group_rows: GROUP_ROWS,
        // Only a file replaced whole is left as it was by a stop after the
        // group being labeled; standard output, a FIFO or a device has had
        // every row already, and the first signal ends the run at once.
        stop: output
            .as_ref()
            .filter(|o| o.replaces())
            .map(|_| signals::stop_flag()),
    };
    let bar = progress::Bar::for_bytes(!a.no_progress, input.total_bytes());
    let report = |p: Progress| bar.rows(p.rows, p.bytes);
    let labels = classifier.labels();
    let write = |w: &mut dyn Write| match input {
        Input::Csv(source) => {
            let sink = CsvSink::new(w, source.headers(), labels, a.csv.delimiter, a.evidence)?;
            batch::run(&classifier, source, sink, &options, report)
        }
        Input::Jsonl(source) => {
            let sink = JsonlSink::new(w, labels, a.evidence);
            batch::run(&classifier, source, sink, &options, report)
        }
        Input::Parquet(source) => {
            let (schema, codec) = (source.schema().clone(), source.compression());
            let mut sink = ParquetSink::new(w, &schema, labels, a.evidence, codec)?;
            let summary = batch::run(&classifier, source, &mut sink, &options, report)?;
            sink.finish()?;
            Ok(summary)
        }
    };
    let summary = match &output {
        Some(out) => out.write(|mut w| write(&mut w)),
        None => write(&mut terminal::stdout()),
    };
    bar.finish();
    let summary = summary?;
    eprintln!("jobclass: {summary}");
    if let Some(stats) = classifier.cache_stats() {
        eprintln!("jobclass: segment cache: {stats}");
    }
    Ok(if a.strict && summary.failed > 0 {
        Outcome::RowsFailed
    } else {
        Outcome::Success
    })
}

/// Refuses an output whose name tells another format ([`Format::named`]) than
/// the one `batch` writes, the input's: `-o labeled.parquet` for a CSV input
/// would be a CSV file named as Parquet. A name that tells no format (`-`,
/// `out.txt`) is fine.
fn refuse_another_format(output: &Path, written: Format, chosen: bool) -> Result<()> {
    let name = output.to_string_lossy();
    match Format::named(&name) {
        Some(named) if named != written => {
            // With --format given, the input's format is the user's own word.
            let hint = if chosen {
                String::new()
            } else {
                format!(
                    ", or, if the input is {} under another name, say so with --format {}",
                    named.title(),
                    named.extension()
                )
            };
            Err(Error::Input(format!(
                "-o {name} names a {} file, but batch writes the format it reads, here {}, and \
                 does not convert: name the output {}{hint}",
                named.title(),
                written.title(),
                output.with_extension(written.extension()).display(),
            ))
            .into())
        }
        _ => Ok(()),
    }
}
