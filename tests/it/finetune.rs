//! Fine-tuning: a short run is deterministic and lowers its loss; the shipped
//! adapter is the one the shipped head names, merges into every engine the
//! same way, and `--encoder` picks between it and the base model.

use jobclass::io::csv::CsvOptions;
use jobclass::io::labeled::{Labeled, read_examples};
use jobclass::model::adapter::{Adapter, EncoderChoice};
use jobclass::model::embed::{Backend, Embedder, EmbedderConfig};
use jobclass::model::files::{ModelFiles, ensure_model};
use jobclass::pipeline::head::Head;
use jobclass::training::finetune::{FinetuneParams, finetune};

use crate::common::{Workdir, jobclass, max_abs_diff, model_dir};

fn files() -> ModelFiles {
    ensure_model(&model_dir(), false).unwrap()
}

/// Two short examples of each of three labels.
fn few_examples() -> Vec<Labeled> {
    let all = read_examples(
        "datasets/examples.csv",
        "text",
        "label",
        None,
        CsvOptions::default(),
    )
    .unwrap();
    let mut out = Vec::new();
    for label in ["devops", "sre", "boilerplate"] {
        out.extend(all.iter().filter(|e| e.label == label).take(2).cloned());
    }
    out
}

fn short_run(seed: u64) -> (Vec<u8>, Vec<f64>) {
    let files = files();
    let tokenizer = Embedder::load(&files, &EmbedderConfig::default()).unwrap();
    let params = FinetuneParams {
        seed,
        steps: 6,
        per_label: 2, // every batch is all six examples: the loss is comparable step to step
        lr: 2e-3,
        ..FinetuneParams::default()
    };
    let tuned = finetune(
        &files,
        &tokenizer,
        &few_examples(),
        &params,
        ("few.csv", "00"),
        &mut |_, _| {},
    )
    .unwrap();
    let bytes = Adapter::to_bytes(&tuned.factors, &tuned.info).unwrap();
    (bytes, tuned.losses)
}

#[test]
fn a_short_run_is_deterministic_and_lowers_its_loss() {
    let (a, losses) = short_run(5);
    let (b, again) = short_run(5);
    assert_eq!(losses, again, "same seed, same losses");
    assert!(a == b, "same seed, same adapter bytes");
    assert!(
        losses.last().unwrap() < &(losses[0] * 0.9),
        "the loss falls: {losses:?}"
    );
    let (c, _) = short_run(6);
    assert!(a != c, "another seed starts the factors elsewhere");
}

#[test]
fn the_shipped_head_names_the_shipped_adapter() {
    let bytes = std::fs::read("models/adapter.safetensors").unwrap();
    let sha =
        jobclass::io::sha256_file(std::path::Path::new("models/adapter.safetensors")).unwrap();
    assert_eq!(Adapter::builtin().sha256(), sha);
    let tuned = Head::builtin(&EncoderChoice::Tuned).unwrap();
    assert_eq!(tuned.adapter_sha256.as_deref(), Some(&*sha));
    assert!(tuned.mentions.is_some(), "calibrated on its own vectors");
    assert_eq!(Head::base().adapter_sha256, None);
    assert_eq!(Head::builtin(&EncoderChoice::Base).unwrap(), Head::base());
    assert!(bytes.len() < 4 << 20, "a few MB at most: {}", bytes.len());
    // models/README.md states the checksum.
    let readme = std::fs::read_to_string("models/README.md").unwrap();
    assert!(
        readme.contains(&sha),
        "models/README.md does not give {sha}"
    );
}

#[test]
fn the_adapter_merges_alike_in_both_engines_and_changes_the_vectors() {
    let files = files();
    let adapter = Adapter::builtin();
    let texts = [
        "You will own our SLOs and lead blameless postmortems.",
        "Build the CI/CD pipelines every team ships through.",
    ];
    let embed = |engine, a: Option<&Adapter>| {
        let config = EmbedderConfig {
            backend: engine,
            adapter: a,
            ..EmbedderConfig::default()
        };
        Embedder::load(&files, &config)
            .unwrap()
            .embed(&texts, jobclass::model::window::Windowing::OVERLAPPING)
            .unwrap()
    };
    let fast = embed(Backend::Packed, Some(adapter));
    let candle = embed(Backend::Candle, Some(adapter));
    let base = embed(Backend::Packed, None);
    for i in 0..texts.len() {
        assert!(max_abs_diff(&fast[i], &candle[i]) < 1e-4);
        assert!(
            max_abs_diff(&fast[i], &base[i]) > 1e-3,
            "the adapter changes nothing"
        );
    }
}

#[test]
fn a_head_refuses_an_encoder_it_was_not_trained_on() {
    let w = Workdir::new();
    let tuned_head = w.write(
        "tuned.json",
        serde_json::to_string(&Head::builtin(&EncoderChoice::Tuned).unwrap()).unwrap(),
    );
    jobclass()
        .args(["classify", "--head"])
        .arg(&tuned_head)
        .write_stdin("We need someone to run our Kubernetes clusters and on-call.")
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "pass the --encoder it was trained with",
        ));
    jobclass()
        .args(["classify", "--encoder", "tuned", "--head"])
        .arg(&tuned_head)
        .write_stdin("We need someone to run our Kubernetes clusters and on-call.")
        .assert()
        .success();
    jobclass()
        .args(["classify", "--encoder", "models/adapter.safetensors"])
        .write_stdin("text")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("has no built-in head"));
}

#[test]
fn train_finetune_writes_an_adapter_that_classify_uses() {
    let w = Workdir::new();
    let mut csv = String::from("text,label\n");
    // A head needs every role: the fine-tuning's examples and two of platform.
    let platform = read_examples(
        "datasets/examples.csv",
        "text",
        "label",
        None,
        CsvOptions::default(),
    )
    .unwrap()
    .into_iter()
    .filter(|e| e.label == "platform")
    .take(2);
    for e in few_examples().into_iter().chain(platform) {
        csv.push_str(&format!(
            "\"{}\",{}\n",
            e.text.replace('"', "\"\""),
            e.label
        ));
    }
    let input = w.write("few.csv", csv);
    jobclass()
        .arg("train")
        .arg(&input)
        .args([
            "--finetune",
            "--steps",
            "2",
            "--per-label",
            "1",
            "--folds",
            "0",
        ])
        .arg("--adapter-output")
        .arg(w.path("a.safetensors"))
        .arg("-o")
        .arg(w.path("h.json"))
        .assert()
        .success()
        .stderr(predicates::str::contains("fine-tuned in 2 steps"));
    let head = Head::load(&w.path("h.json")).unwrap();
    let adapter = Adapter::load(&w.path("a.safetensors")).unwrap();
    assert_eq!(head.adapter_sha256.as_deref(), Some(adapter.sha256()));
    assert_eq!(adapter.info().data_file, "few.csv");
    jobclass()
        .args(["classify", "--json", "--encoder"])
        .arg(w.path("a.safetensors"))
        .arg("--head")
        .arg(w.path("h.json"))
        .write_stdin("You will be on call for our payment services and run the postmortems.")
        .assert()
        .success();
    // --finetune needs somewhere to put the adapter.
    jobclass()
        .arg("train")
        .arg(&input)
        .args(["--finetune", "-o"])
        .arg(w.path("h2.json"))
        .assert()
        .code(2);
}
