//! `jobclass eval`: accuracy on a labeled CSV or JSON Lines file.

use std::io::{self, Write};

use anyhow::Result;
use jobclass::io::csv_input::{CsvOptions, read_labeled};
use jobclass::io::jsonl_input;

use super::args::{EvalArgs, Format, Global};
use super::common::{Outcome, load_classifier};
use super::progress;

pub fn run(g: &Global, a: EvalArgs) -> Result<Outcome> {
    let title = a.csv.title_column.as_deref();
    let examples = match a.csv.format_of(&a.input) {
        Format::Csv => read_labeled(
            &a.input,
            &a.csv.text_column,
            &a.label_column,
            title,
            CsvOptions {
                delimiter: a.csv.delimiter,
            },
        )?,
        Format::Jsonl => {
            jsonl_input::read_labeled(&a.input, &a.csv.text_column, &a.label_column, title)?
        }
    };
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
