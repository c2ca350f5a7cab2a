//! `jobclass adapt`: a feed model from a feed's own postings
//! ([`jobclass::training::adapt`]), and the first pass of `batch --adapt`.

use anyhow::Result;
use jobclass::error::Error;
use jobclass::io::atomic::Input as Named;
use jobclass::io::format::{Input, ReadOptions};
use jobclass::io::output_name::Written;
use jobclass::labels::ROLES;
use jobclass::pipeline::feed::FeedModel;
use jobclass::training::adapt::{AdaptSettings, adapt};

use super::args::{AdaptArgs, InputOpts};
use super::common::{Outcome, OutputRule, check_output};

pub fn run(a: AdaptArgs) -> Result<Outcome> {
    if a.inputs.iter().filter(|i| i.as_str() == "-").count() > 1 {
        return Err(Error::Input("standard input (`-`) can be read only once".into()).into());
    }
    let inputs: Vec<Named> = a.inputs.iter().map(|i| Named::named(i)).collect();
    let rule = OutputRule::new("-o", Written::Json, "adapt writes the feed model as JSON");
    let output = check_output(&a.output, &rule, &inputs)?;
    let feeds: Vec<FeedInput> = a.inputs.iter().map(|i| FeedInput::new(i, &a.csv)).collect();
    let model = learn(&feeds, a.min_examples)?;
    output.write_bytes(model.to_json().as_bytes())?;
    eprintln!("jobclass: feed model written to {output}");
    Ok(Outcome::Success)
}

/// A file of postings to learn from.
pub struct FeedInput {
    /// Where it is read (`-` for standard input).
    pub path: String,
    /// What messages call it.
    pub shown: String,
    /// How it is read (its format from its name as given).
    pub options: ReadOptions,
}

impl FeedInput {
    /// The input named on the command line.
    pub fn new(input: &str, csv: &InputOpts) -> FeedInput {
        FeedInput {
            path: input.to_string(),
            shown: input.to_string(),
            options: csv.read_options(input),
        }
    }
}

/// Reads every posting of `inputs` as one feed and fits a feed model on
/// them, saying on stderr what it learned from.
pub fn learn(inputs: &[FeedInput], min_examples: u64) -> Result<FeedModel> {
    let mut texts = Vec::new();
    let mut skipped = 0;
    for input in inputs {
        let read = Input::open_as(&input.path, &input.shown, &input.options)?.texts()?;
        texts.extend(read.texts);
        skipped += read.skipped;
    }
    let settings = AdaptSettings {
        min_examples,
        ..AdaptSettings::default()
    };
    let adapted = adapt(&texts, &settings)?;
    let m = &adapted.model;
    let named = ROLES
        .iter()
        .zip(m.examples)
        .map(|(r, n)| format!("{r} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    eprintln!(
        "jobclass: adapt: {} postings read{}; named as the job (what it learns from): {named}; \
         {} terms; cross-validated agreement with the names {:.3}",
        texts.len(),
        if skipped > 0 {
            format!(" ({skipped} without text, left out)")
        } else {
            String::new()
        },
        m.vocabulary.len(),
        m.cross_validated_agreement
    );
    for w in &adapted.warnings {
        eprintln!("jobclass: warning: {w}");
    }
    Ok(adapted.model)
}
