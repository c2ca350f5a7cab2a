//! `jobclass train`: fit a head on labeled examples.

use anyhow::Result;
use jobclass::io::csv_input::{CsvOptions, read_labeled};
use jobclass::io::file_sha256;
use jobclass::model::embed::Precision;
use jobclass::pipeline::head::TrainParams;
use jobclass::pipeline::train::train;

use super::args::{Global, TrainArgs};
use super::common::{Outcome, load_embedder};

pub fn run(g: &Global, a: TrainArgs) -> Result<Outcome> {
    let path = a.input.to_string_lossy().into_owned();
    let examples = read_labeled(
        &path,
        &a.text_column,
        &a.label_column,
        None,
        CsvOptions::default(),
    )?;
    let sha = file_sha256(&a.input)?;
    let embedder = load_embedder(g, Precision::F32)?;
    let params = TrainParams {
        l2: a.l2,
        ..TrainParams::default()
    };
    let name = a
        .input
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or(path);
    let head = train(&embedder, &examples, &params, a.folds, &name, &sha)?;
    head.save(&a.output)?;
    let counts: Vec<String> = head
        .labels
        .iter()
        .zip(&head.training.counts)
        .map(|(l, c)| format!("{l} {c}"))
        .collect();
    eprintln!(
        "jobclass: trained on {} examples ({}) in {} iterations",
        examples.len(),
        counts.join(", "),
        head.training.iterations
    );
    if let Some(acc) = head.training.cv_accuracy {
        eprintln!(
            "jobclass: {}-fold cross-validated accuracy {acc:.3}",
            a.folds
        );
    }
    eprintln!("jobclass: wrote {}", a.output.display());
    Ok(Outcome::Success)
}
