//! `jobclass train`: fit a head on labeled examples, optionally fine-tuning
//! the encoder on them first.

use std::time::Instant;

use std::io::Read;

use anyhow::Result;
use jobclass::disk::atomic::InputFile;
use jobclass::disk::name::Written;
use jobclass::error::Error;
use jobclass::io::csv::{CsvInput, CsvOptions};
use jobclass::io::labeled::{self, Labeled};
use jobclass::io::sha256_bytes;
use jobclass::model::adapter::{Adapter, EncoderChoice};
use jobclass::model::files;
use jobclass::model::precision::Precision;
use jobclass::pipeline::head::TrainParams;
use jobclass::training::finetune::{FinetuneParams, finetune};
use jobclass::training::head_fit::{train, train_scope};
use jobclass::training::trainable::LoraShape;

use super::args::{Global, TrainArgs};
use super::common::{Output, OutputRule, RunStatus, check_output, load_embedder, model_dir};

pub fn run(g: &Global, a: TrainArgs) -> Result<RunStatus> {
    let path = a.input.to_string_lossy().into_owned();
    let outputs = check_outputs(&a, &path)?;
    // Read once, whole (examples files are small): the examples are parsed
    // from the bytes that are hashed for the head's provenance, so a FIFO or
    // `<(…)` works and the hash is of what was trained on.
    let (bytes, name) = if path == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("cannot read standard input", e))?;
        (bytes, "standard input".to_string())
    } else {
        let bytes = std::fs::read(&a.input)
            .map_err(|e| Error::Input(format!("cannot read {path}: {e}")))?;
        (bytes, path.clone())
    };
    let (examples, sha) = read_examples(bytes, name, &a)?;
    let name = if path == "-" {
        "stdin".to_string()
    } else {
        a.input
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.clone())
    };
    // Before the fine-tuning and the model load: minutes of work for a head
    // that would be refused.
    jobclass::training::head_fit::check_roles(&examples)?;
    let postings = match &a.postings {
        None => None,
        Some(p) => {
            let bytes = std::fs::read(p).map_err(|e| {
                Error::Input(format!("cannot read the postings {}: {e}", p.display()))
            })?;
            let (rows, sha) = read_examples(bytes, p.display().to_string(), &a)?;
            jobclass::training::head_fit::check_scope_postings(&rows)?;
            let file = p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string());
            Some((rows, sha, file))
        }
    };
    let params = TrainParams {
        l2: a.l2,
        ..TrainParams::default()
    };
    jobclass::training::head_fit::check_params(&params)?;
    let adapter = match (&a.finetune, &outputs.adapter) {
        (true, Some(out)) => Some(run_finetune(
            g,
            &a,
            &examples,
            (&name, &sha),
            out,
            &outputs.head,
        )?),
        _ => a.encoder.adapter()?,
    };
    let embedder = load_embedder(g, Precision::EMBEDDING_DEFAULT, adapter.as_ref())?;
    let mut head = train(&embedder, &examples, &params, a.folds, &name, &sha)?;
    if let Some(postings) = &postings {
        let (rows, sha, file) = postings;
        // The head's own penalty (--l2).
        head.scope = Some(train_scope(&embedder, &head, rows, &params, file, sha)?);
    }
    // Checked before any work; the text is the one heads are saved as.
    let text = head.to_json(&outputs.head.to_string())?;
    outputs.head.write_bytes(text.as_bytes())?;
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
        let caveat = if a.finetune {
            " (optimistic: the encoder was fine-tuned on these same examples)"
        } else {
            ""
        };
        eprintln!(
            "jobclass: {}-fold cross-validated accuracy {acc:.3}{caveat}",
            a.folds
        );
    }
    eprintln!("jobclass: wrote the head to {}", outputs.head);
    Ok(RunStatus::Success)
}

/// Labeled rows parsed from a CSV file's bytes, and the bytes' sha256 (the
/// head's provenance: the hash is of what was trained on).
fn read_examples(bytes: Vec<u8>, name: String, a: &TrainArgs) -> Result<(Vec<Labeled>, String)> {
    let sha = sha256_bytes(&bytes);
    let len = Some(bytes.len() as u64);
    let input = CsvInput::from_reader(
        Box::new(std::io::Cursor::new(bytes)),
        CsvOptions::default(),
        len,
        name,
    )?;
    Ok((
        labeled::read_examples_from(input, &a.text_column, &a.label_column, None)?,
        sha,
    ))
}

/// The outputs of `train`, checked before any work.
struct Outputs {
    head: Output,
    adapter: Option<Output>,
}

/// Checks `-o` and `--adapter-output` before any work, by the rule of every
/// output ([`check_output`]): none of the inputs (the examples, the
/// postings, an adapter given as `--encoder`), and not each other.
fn check_outputs(a: &TrainArgs, input: &str) -> Result<Outputs> {
    let mut inputs = vec![InputFile::named(input)];
    if let Some(postings) = &a.postings {
        inputs.push(InputFile::Path(postings));
    }
    if let EncoderChoice::File(adapter) = &a.encoder {
        inputs.push(InputFile::Path(adapter));
    }
    let rule = OutputRule::new("-o", Written::Json, "train writes the head as JSON");
    let head = check_output(&a.output, &rule, &inputs)?;
    let adapter = match &a.adapter_output {
        Some(path) => {
            let rule = OutputRule::new(
                "--adapter-output",
                Written::Safetensors,
                "train writes the adapter as safetensors",
            );
            let adapter = check_output(path, &rule, &inputs)?;
            if adapter.is_stdout() && head.is_stdout() {
                return Err(Error::Input(format!(
                    "-o {} and --adapter-output {} both go to standard output: give the head \
                     or the adapter a file",
                    a.output.display(),
                    path.display()
                ))
                .into());
            }
            if adapter.same_target(&head) {
                return Err(Error::Input(format!(
                    "-o {} and --adapter-output {} are the same file: give the head and the \
                     adapter a file each",
                    a.output.display(),
                    path.display()
                ))
                .into());
            }
            Some(adapter)
        }
        None => None,
    };
    Ok(Outputs { head, adapter })
}

/// Fine-tunes the encoder, writes the adapter and returns it as saved.
fn run_finetune(
    g: &Global,
    a: &TrainArgs,
    examples: &[Labeled],
    data: (&str, &str),
    out: &Output,
    head: &Output,
) -> Result<Adapter> {
    let files = files::ensure_model(&model_dir(g), true)?;
    let tokenizer = jobclass::model::embed::Embedder::load(&files, &Default::default())?;
    let params = FinetuneParams {
        seed: a.seed,
        steps: a.steps,
        per_label: a.per_label,
        lr: a.lr,
        lora: LoraShape {
            rank: a.rank,
            alpha: 2.0 * a.rank as f64,
        },
        ..FinetuneParams::default()
    };
    let start = Instant::now();
    let bar = super::progress::Bar::for_steps(params.steps);
    let mut report = |s: usize, loss: f64| {
        if bar.is_shown() {
            bar.step(s, format!("loss {loss:.4}"));
        } else if s.is_multiple_of(20) || s == params.steps {
            // A log, not a terminal: a line now and then.
            eprintln!(
                "jobclass: fine-tuning step {s}/{}, loss {loss:.4}, {:.0} s",
                params.steps,
                start.elapsed().as_secs_f64()
            );
        }
    };
    let tuned = finetune(&files, &tokenizer, examples, &params, data, &mut report)?;
    bar.finish();
    // Read back from the bytes written, as a later run reads the file.
    let bytes = Adapter::to_bytes(&tuned.factors, &tuned.info)?;
    // The head is written after: a reader that closed standard output
    // early did not have all it asked for.
    out.write_bytes_before(&format!("the head ({head})"), &bytes)?;
    eprintln!(
        "jobclass: fine-tuned in {} steps ({:.0} s), loss {:.4} -> {:.4}; wrote {out} (sha256 {})",
        params.steps,
        start.elapsed().as_secs_f64(),
        tuned.info.loss_first,
        tuned.info.loss_last,
        sha256_bytes(&bytes)
    );
    Ok(Adapter::from_bytes(
        &bytes,
        std::path::Path::new(&out.to_string()),
    )?)
}
