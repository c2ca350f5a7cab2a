//! `jobclass batch`: label every row of a CSV file.

use std::io;
use std::path::Path;

use anyhow::Result;
use jobclass::io::atomic::with_output_file;
use jobclass::io::csv_input::{CsvInput, CsvOptions};
use jobclass::pipeline::batch::BatchOptions;
use jobclass::render::{self, CsvOutput};

use super::args::{BatchArgs, Global};
use super::common::{Outcome, load_classifier};
use super::{progress, signals};

/// Rows classified together: bounds memory, and is how often the output is
/// flushed and a stop request is looked at.
const GROUP_ROWS: usize = 32;

pub fn run(g: &Global, a: BatchArgs) -> Result<Outcome> {
    let classifier = load_classifier(g, &a.opts)?;
    let options = BatchOptions {
        text_column: a.csv.text_column,
        title_column: a.csv.title_column,
        group_rows: GROUP_ROWS,
        // Only a file needs it: stopped halfway, standard output has
        // nothing to clean up.
        stop: a.output.as_ref().map(|_| signals::stop_on_signal()),
    };
    let format = CsvOutput {
        delimiter: a.csv.delimiter,
        evidence: a.evidence,
    };
    let input = CsvInput::open(
        &a.input,
        CsvOptions {
            delimiter: a.csv.delimiter,
        },
    )?;
    let bar = progress::Bar::for_bytes(!a.no_progress, input.len);
    let report = |p: jobclass::pipeline::batch::Progress| bar.rows(p.rows, p.bytes);
    let summary = match &a.output {
        Some(path) => {
            let input_path = (a.input != "-").then(|| Path::new(&a.input));
            with_output_file(path, input_path, |w| {
                render::write_labeled_csv(&classifier, input, w, &options, format, report)
            })
        }
        None => render::write_labeled_csv(
            &classifier,
            input,
            io::stdout().lock(),
            &options,
            format,
            report,
        ),
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
