//! `jobclass batch`: label every row of a CSV, JSON Lines or Parquet file,
//! written back in its own format.

use std::path::Path;

use anyhow::Result;
use jobclass::disk::name::{Format, Written};
use jobclass::disk::temporary::Spool;
use jobclass::output::AnyInput;
use jobclass::pipeline::batch::{BatchOptions, Progress};

use super::adapt;
use super::args::{BatchArgs, Global};
use super::common::{OutputRule, RunStatus, check_output, classifying_inputs, load_classifier};
use super::{progress, signals};

/// Rows classified together: bounds memory, and is how often the output is
/// flushed and a stop request is looked at.
const GROUP_ROWS: usize = 32;

pub fn run(g: &Global, a: BatchArgs) -> Result<RunStatus> {
    let read_options = a.input_opts.read_options(&a.input);
    // An output that cannot be written, or is named as another format than
    // the one written, fails before the model loads; without -o, and with
    // `-o -`, the result goes to standard output.
    let output = check_output(
        a.output.as_deref().unwrap_or(Path::new("-")),
        &output_rule(
            a.output.as_deref(),
            read_options.format,
            a.input_opts.format.is_some(),
        ),
        &classifying_inputs(&a.input, &a.opts),
    )?;
    // With --adapt the input is read twice, first to learn the feed model:
    // standard input, a pipe or a FIFO is held in a temporary file for that.
    let spool = if a.adapt {
        Spool::unless_rereadable(&a.input)?
    } else {
        None
    };
    let path = spool
        .as_ref()
        .map_or(a.input.clone(), |s| s.path().to_string_lossy().into_owned());
    // An input without its text column fails here, before the model loads.
    let input = AnyInput::open(&path, &shown(&a.input), &read_options)?;
    let feed = if a.adapt {
        let feed = adapt::FeedInput::new(&a.input, &a.input_opts, spool.as_ref());
        Some(adapt::learn(
            &[feed],
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
        stop: output.replaces().then(signals::stop_flag),
    };
    let bar = progress::Bar::for_bytes(!a.no_progress, input.total_bytes());
    let mut report = |p: Progress| bar.rows(p.rows, p.bytes);
    // Written back in the input's format, by the sink `output` pairs with it.
    let summary = output.write(|w| input.label(w, &classifier, a.evidence, &options, &mut report));
    bar.finish();
    let summary = summary?;
    eprintln!("jobclass: {summary}");
    // What ran, so that a slow run says why (`jobclass doctor` says more).
    eprintln!(
        "jobclass: encoder: {}, {} threads",
        classifier.embedder().describe(),
        rayon::current_num_threads()
    );
    if let Some(stats) = classifier.cache_stats() {
        eprintln!("jobclass: segment cache: {stats}");
    }
    Ok(if a.strict && summary.failed > 0 {
        RunStatus::RowsFailed
    } else {
        RunStatus::Success
    })
}

/// What messages call the input: `-` is standard input.
fn shown(input: &str) -> String {
    if input == "-" {
        "standard input".into()
    } else {
        input.into()
    }
}

/// `batch`'s output is in the format it reads, the input's: `-o
/// labeled.parquet` for a CSV input would be a CSV file named as Parquet, and
/// is refused ([`check_output`]).
fn output_rule(output: Option<&Path>, written: Format, chosen: bool) -> OutputRule<'static> {
    let mut rule = OutputRule::new(
        "-o",
        Written::Table(written),
        format!(
            "batch writes the format it reads, here {}, and does not convert",
            written.title()
        ),
    );
    // With --format given, the input's format is the user's own word.
    if let Some(Written::Table(named)) = output.and_then(Written::named)
        && !chosen
    {
        rule.hint = format!(
            ", or, if the input is {} under another name, say so with --format {}",
            named.title(),
            named.extension()
        );
    }
    rule
}
