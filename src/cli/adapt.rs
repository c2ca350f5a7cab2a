//! `jobclass adapt`: a feed model from a feed's own postings
//! ([`jobclass::training::feed_fit`]), and the first pass of `batch --adapt`.

use anyhow::Result;
use jobclass::disk::atomic::InputFile;
use jobclass::disk::name::Written;
use jobclass::disk::temporary::Spool;
use jobclass::error::Error;
use jobclass::io::ReadOptions;
use jobclass::io::source::LeftOut;
use jobclass::labels::ROLES;
use jobclass::output::AnyInput;
use jobclass::pipeline::feed::{FeedModel, MAX_FILE_BYTES};
use jobclass::training::feed_fit::{AdaptSettings, Counting};

use super::args::{AdaptArgs, InputOpts};
use super::common::{OutputRule, RunStatus, check_output};
use super::progress::Bar;

/// Texts handed to the fitter at once: they are split into terms in
/// parallel, and only their terms' numbers are kept.
const CHUNK_TEXTS: usize = 512;
/// Bytes of text handed to the fitter at once (a longer posting alone).
const CHUNK_BYTES: usize = 8 << 20;

pub fn run(a: AdaptArgs) -> Result<RunStatus> {
    if a.inputs.iter().filter(|i| i.as_str() == "-").count() > 1 {
        return Err(Error::Input("standard input (`-`) can be read only once".into()).into());
    }
    let inputs: Vec<InputFile> = a.inputs.iter().map(|i| InputFile::named(i)).collect();
    let rule = OutputRule::new("-o", Written::Json, "adapt writes the feed model as JSON");
    let output = check_output(&a.output, &rule, &inputs)?;
    // The feed is read twice: standard input, a pipe or a FIFO is held in a
    // temporary file for that.
    let spools = a
        .inputs
        .iter()
        .map(|i| Spool::unless_rereadable(i))
        .collect::<jobclass::error::Result<Vec<_>>>()?;
    let feeds: Vec<FeedInput> = a
        .inputs
        .iter()
        .zip(&spools)
        .map(|(i, spool)| FeedInput::new(i, &a.input_opts, spool.as_ref()))
        .collect();
    let model = learn(
        &feeds,
        a.min_examples,
        !a.no_progress,
        "do without a feed model",
    )?;
    let text = model.to_json();
    if text.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::Input(format!(
            "the feed model would take {} MiB, over the {} MiB that --feed-model reads: adapt a \
             smaller feed",
            text.len() >> 20,
            MAX_FILE_BYTES >> 20
        ))
        .into());
    }
    output.write_bytes(text.as_bytes())?;
    eprintln!("jobclass: feed model written to {output}");
    Ok(RunStatus::Success)
}

/// A file of postings to learn from.
pub struct FeedInput {
    /// Where it is read: the path given, or a copy that can be read twice.
    pub path: String,
    /// What messages call it: the input as given.
    pub shown: String,
    /// How it is read (its format from its name as given).
    pub options: ReadOptions,
}

impl FeedInput {
    /// The input `input` named on the command line, read from `spool` when
    /// it was copied ([`Spool::unless_rereadable`]).
    pub fn new(input: &str, input_opts: &InputOpts, spool: Option<&Spool>) -> FeedInput {
        FeedInput {
            path: spool.map_or_else(|| input.to_string(), |s| s.path().to_string_lossy().into()),
            shown: if input == "-" {
                "standard input".into()
            } else {
                input.into()
            },
            options: input_opts.read_options(input),
        }
    }
}

/// Reads every posting of `inputs` (each read twice) as one feed and fits a
/// feed model on them, saying on stderr what it learned from, with a
/// progress bar on a terminal when `progress`. `otherwise` ends the refusal
/// of a feed with too few examples: what the user can do instead.
pub fn learn(
    inputs: &[FeedInput],
    min_examples: u64,
    progress: bool,
    otherwise: &str,
) -> Result<FeedModel> {
    let settings = AdaptSettings {
        min_examples,
        ..AdaptSettings::default()
    };
    let opened = |f: &FeedInput| AnyInput::open(&f.path, &f.shown, &f.options);
    // Both passes' bytes, when every input is a file.
    let mut total = Some(0u64);
    for input in inputs {
        let size = opened(input)?.total_bytes();
        total = total.zip(size).map(|(t, s)| t + 2 * s);
    }
    let bar = Bar::for_bytes(progress, total);
    let mut done = 0u64;

    let mut counting = Counting::new(&settings)?;
    let mut skipped = 0;
    // The first records without a text, for messages: the input, each one's
    // number and why.
    let mut first_skipped = Vec::new();
    for input in inputs {
        let mut last = 0;
        let left = opened(input)?.for_each_chunk(CHUNK_TEXTS, CHUNK_BYTES, &mut |c| {
            counting.add(c.texts);
            bar.rows_with(
                counting.read() as u64,
                done + c.bytes_read,
                "postings read (1 of 2)",
            );
            last = c.bytes_read;
            Ok(())
        })?;
        done += last;
        skipped += left.records;
        for (n, why) in left.first {
            if first_skipped.len() < LeftOut::SHOWN {
                first_skipped.push(format!("{} record {n}: {why}", input.shown));
            }
        }
    }
    let read = counting.read();
    let first_skipped = first_skipped.join("; ");
    if read == 0 && skipped > 0 {
        return Err(Error::Input(format!(
            "none of the {skipped} records read has a text to learn from ({first_skipped}): \
             check --text-column (and --title-column), or {otherwise}"
        ))
        .into());
    }
    let mut featuring = counting.finish().map_err(|e| match e {
        Error::Input(m) => Error::Input(format!("{m}, or {otherwise}")),
        e => e,
    })?;
    let mut again = 0;
    for input in inputs {
        let mut last = 0;
        opened(input)?.for_each_chunk(CHUNK_TEXTS, CHUNK_BYTES, &mut |c| {
            featuring.add(c.texts)?;
            again += c.texts.len();
            bar.rows_with(again as u64, done + c.bytes_read, "postings read (2 of 2)");
            last = c.bytes_read;
            Ok(())
        })?;
        done += last;
    }
    bar.finish();
    let steps = Bar::for_steps(if progress {
        settings.max_iter * (1 + settings.folds)
    } else {
        0
    });
    let adapted = featuring.fit(&|d, _| {
        if d % 16 == 0 {
            steps.step(d, "fitting".into())
        }
    })?;
    steps.finish();
    let m = &adapted.model;
    let named = ROLES
        .iter()
        .zip(m.examples)
        .map(|(r, n)| format!("{r} {n}"))
        .collect::<Vec<_>>()
        .join(", ");
    let mut left_out = Vec::new();
    if skipped > 0 {
        left_out.push(format!("{skipped} without a text to learn from"));
    }
    // The examples of the roles learned (a role under --min-examples is not).
    let learned: u64 = ROLES
        .iter()
        .zip(m.examples)
        .filter(|(r, _)| m.classes.iter().any(|c| c == *r))
        .map(|(_, n)| n)
        .sum();
    let fitted = if adapted.fitted < learned {
        format!(
            " (fitted on {} of them, every k-th, to bound the memory it takes)",
            adapted.fitted
        )
    } else {
        String::new()
    };
    if adapted.duplicates > 0 {
        left_out.push(format!(
            "{} repeating a posting read before, counted once",
            adapted.duplicates
        ));
    }
    eprintln!(
        "jobclass: adapt: {read} postings read{}; named as the job (what it learns from): {named}{fitted}; \
         {} terms (each used by {} or more postings); cross-validated agreement with the names {:.3}",
        if left_out.is_empty() {
            String::new()
        } else {
            format!(" ({}, left out)", left_out.join("; "))
        },
        m.vocabulary().len(),
        adapted.min_df,
        m.cross_validated_agreement
    );
    if skipped > 0 {
        let first = if skipped as usize > LeftOut::SHOWN {
            "the first: "
        } else {
            ""
        };
        eprintln!("jobclass: adapt: records without a text to learn from, {first}{first_skipped}");
    }
    for w in &adapted.warnings {
        eprintln!("jobclass: warning: {w}");
    }
    Ok(adapted.model)
}
