//! `jobclass eval`: accuracy on a labeled CSV, JSON Lines or Parquet file, as text,
//! JSON, and with `--report` an HTML page.

use std::io::Write;

use anyhow::Result;
use jobclass::disk::name::Written;
use jobclass::error::Error;
use jobclass::eval::html::{self, Page};
use jobclass::eval::mistakes;
use jobclass::eval::{Evaluation, evaluate_classifier};
use jobclass::io::labeled::Labeled;
use jobclass::labels::LabelSet;
use jobclass::output::read_labeled;
use jobclass::pipeline::classifier::Classifier;

use super::args::{EvalArgs, Global};
use super::common::{
    Output, OutputRule, RunStatus, check_output, classifying_inputs, load_classifier,
};
use super::progress;

/// How many misclassified postings the HTML report shows.
const MISTAKES_SHOWN: usize = 200;

pub fn run(g: &Global, a: EvalArgs) -> Result<RunStatus> {
    // A report that cannot be written fails before any work; the page itself
    // is written once everything is known.
    let rule = OutputRule::new(
        "--report",
        Written::Html,
        "eval --report writes an HTML page",
    );
    let report = a
        .report
        .as_ref()
        .map(|path| check_output(path, &rule, &classifying_inputs(&a.input, &a.opts)))
        .transpose()?;
    // With the page on standard output, the text report goes to stderr; JSON
    // is for a program, which would get both in one stream.
    let page_on_stdout = report.as_ref().is_some_and(Output::is_stdout);
    if page_on_stdout && a.json {
        return Err(Error::Input(
            "--json and --report - would both write standard output: give --report a file name"
                .into(),
        )
        .into());
    }
    let examples = read_labeled(
        &a.input,
        &a.input_opts.read_options(&a.input),
        &a.label_column,
        LabelSet::Postings,
    )?;
    let classifier = load_classifier(g, &a.opts)?;
    let bar = progress::Bar::for_postings(examples.len());
    let evaluation = evaluate_classifier(&classifier, &examples, |done| bar.postings(done));
    bar.finish();
    let evaluation = evaluation?;
    if let Some(out) = &report {
        let name = out.to_string();
        let page =
            |w: &mut dyn Write| write_report(w, &name, &a, &classifier, &examples, &evaluation);
        if page_on_stdout {
            // The text report follows, on stderr.
            out.write_before("the text report", page)?;
        } else {
            out.write(page)?;
        }
    }
    let report = &evaluation.report;
    let mut out: Box<dyn Write> = if page_on_stdout {
        Box::new(std::io::stderr())
    } else {
        super::terminal::stdout()
    };
    if a.json {
        writeln!(out, "{}", report.to_json())?;
    } else {
        write!(out, "{}", report.render())?;
    }
    Ok(RunStatus::Success)
}

/// Explains the first misclassified postings and writes the HTML page to `w`
/// (the temporary file of the output `name`, or standard output).
fn write_report(
    w: &mut dyn Write,
    name: &str,
    a: &EvalArgs,
    classifier: &Classifier,
    examples: &[Labeled],
    evaluation: &Evaluation,
) -> jobclass::error::Result<()> {
    let predictions = &evaluation.predictions;
    let wrong = evaluation.report.wrong();
    let bar = progress::Bar::for_postings(wrong.min(MISTAKES_SHOWN));
    let mistakes =
        mistakes::misclassified(classifier, examples, predictions, MISTAKES_SHOWN, |done| {
            bar.postings(done)
        });
    bar.finish();
    let mistakes = mistakes?;
    let settings = format!(
        "encoder {}, head {}, precision {}, pooling {}, role names {}",
        a.opts.encoder,
        a.opts
            .head
            .as_ref()
            .map_or("built in".into(), |h| h.display().to_string()),
        classifier.embedder().precision(),
        classifier.pooling(),
        if a.opts.no_mentions {
            "ignored"
        } else {
            "weighed"
        },
    );
    let page = Page {
        source: if a.input == "-" {
            "standard input"
        } else {
            &a.input
        },
        settings: &settings,
        report: &evaluation.report,
        mistakes: &mistakes,
        wrong,
    };
    html::write(w, &page).map_err(|e| Error::write(format!("cannot write {name}"), e))
}
