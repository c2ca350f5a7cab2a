//! `jobclass eval`: accuracy on a labeled CSV file.

use std::io::{self, Write};

use anyhow::Result;
use jobclass::io::csv_input::{CsvOptions, read_labeled};

use super::args::{EvalArgs, Global};
use super::common::{Outcome, load_classifier};
use super::progress;

pub fn run(g: &Global, a: EvalArgs) -> Result<Outcome> {
    let examples = read_labeled(
        &a.input,
        &a.csv.text_column,
        &a.label_column,
        a.csv.title_column.as_deref(),
        CsvOptions {
            delimiter: a.csv.delimiter,
        },
    )?;
    let classifier = load_classifier(g, &a.opts)?;
    let bar = progress::Bar::for_postings(examples.len());
    let report =
        jobclass::eval::evaluate_classifier(&classifier, &examples, |done| bar.postings(done));
    bar.finish();
    let report = report?;
    let mut out = io::stdout().lock();
    if a.json {
        writeln!(out, "{}", report.to_json())?;
    } else {
        write!(out, "{}", report.render())?;
    }
    Ok(Outcome::Success)
}
