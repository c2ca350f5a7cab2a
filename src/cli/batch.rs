//! `jobclass batch`: label every row of a CSV or JSON Lines file.

use std::io::Write;

use anyhow::Result;
use jobclass::io::csv_input::{CsvInput, CsvOptions};
use jobclass::io::format::Format;
use jobclass::io::jsonl_input::JsonlInput;
use jobclass::pipeline::batch::BatchOptions;
use jobclass::render::{self, CsvOutput};

use super::args::{BatchArgs, Global};
use super::common::{Outcome, check_output, load_classifier};
use super::{progress, signals, terminal};

/// An opened input of either format.
enum Input {
    Csv(CsvInput),
    Jsonl(JsonlInput),
}

/// Rows classified together: bounds memory, and is how often the output is
/// flushed and a stop request is looked at.
const GROUP_ROWS: usize = 32;

pub fn run(g: &Global, a: BatchArgs) -> Result<Outcome> {
    // An output that cannot be written fails before the model loads.
    let output = a
        .output
        .as_ref()
        .map(|path| check_output(path, &a.input, Some(&a.opts)))
        .transpose()?;
    let classifier = load_classifier(g, &a.opts)?;
    let input_format = Format::of(&a.input, a.csv.format);
    let options = BatchOptions {
        text_column: a.csv.text_column,
        title_column: a.csv.title_column,
        group_rows: GROUP_ROWS,
        // Only a file needs it: stopped halfway, standard output has
        // nothing to clean up.
        stop: output.as_ref().map(|_| signals::stop_flag()),
    };
    let format = CsvOutput {
        delimiter: a.csv.delimiter,
        evidence: a.evidence,
    };
    let input = match input_format {
        Format::Csv => Input::Csv(CsvInput::open(
            &a.input,
            CsvOptions {
                delimiter: a.csv.delimiter,
            },
        )?),
        Format::Jsonl => Input::Jsonl(JsonlInput::open(&a.input)?),
    };
    let len = match &input {
        Input::Csv(i) => i.len,
        Input::Jsonl(i) => i.len,
    };
    let bar = progress::Bar::for_bytes(!a.no_progress, len);
    let report = |p: jobclass::pipeline::batch::Progress| bar.rows(p.rows, p.bytes);
    let write = |w: &mut dyn Write| match input {
        Input::Csv(input) => {
            render::write_labeled_csv(&classifier, input, w, &options, format, report)
        }
        Input::Jsonl(input) => {
            render::write_labeled_jsonl(&classifier, input, w, &options, a.evidence, report)
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
