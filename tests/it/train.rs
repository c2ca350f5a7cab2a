//! The committed heads are what `jobclass train` produces from their examples
//! (the default head from `datasets/examples.csv` on the base encoder, the
//! tuned head from `datasets/examples-postings.csv` on the shipped adapter),
//! and `train` works from the command line.

use jobclass::io::csv::CsvOptions;
use jobclass::io::labeled::read_examples;
use jobclass::model::adapter::{Adapter, EncoderChoice};
use jobclass::model::embed::{Embedder, EmbedderConfig};
use jobclass::model::window::Windowing;
use jobclass::pipeline::head::Head;

#[test]
fn retraining_reproduces_the_committed_head() {
    retraining_reproduces(Head::base(), None);
}

#[test]
fn retraining_on_the_tuned_encoder_reproduces_the_tuned_head() {
    let tuned = Head::builtin(&EncoderChoice::Tuned).unwrap();
    retraining_reproduces(tuned, Some(Adapter::builtin()));
}

fn retraining_reproduces(committed: Head, adapter: Option<&Adapter>) {
    let files = jobclass::model::files::ensure_model(&crate::common::model_dir(), false).unwrap();
    let config = EmbedderConfig {
        adapter,
        ..EmbedderConfig::default()
    };
    let embedder = Embedder::load(&files, &config).unwrap();
    let name = committed.training.data_file.clone();
    let path = format!("datasets/{name}");
    let examples = read_examples(&path, "text", "label", None, CsvOptions::default()).unwrap();
    let sha = jobclass::io::sha256_file(std::path::Path::new(&path)).unwrap();
    assert_eq!(
        committed.training.data_sha256, sha,
        "the head was trained on another {path}: retrain it"
    );
    let mut retrained = jobclass::training::head_fit::train(
        &embedder,
        &examples,
        &committed.training.params,
        0,
        &name,
        &sha,
    )
    .unwrap();
    assert_eq!(retrained.labels, committed.labels);
    assert_eq!(retrained.adapter_sha256, committed.adapter_sha256);
    // The scope gate, from the postings it names, with the retrained head.
    let gate = committed
        .scope
        .as_ref()
        .expect("a shipped head has a scope gate");
    let postings_path = format!("datasets/{}", gate.training.data_file);
    let postings =
        read_examples(&postings_path, "text", "label", None, CsvOptions::default()).unwrap();
    let postings_sha = jobclass::io::sha256_file(std::path::Path::new(&postings_path)).unwrap();
    assert_eq!(
        gate.training.data_sha256, postings_sha,
        "the scope gate was trained on another {postings_path}: retrain it"
    );
    retrained.scope = Some(
        jobclass::training::head_fit::train_scope(
            &embedder,
            &retrained,
            &postings,
            &gate.training.params,
            &gate.training.data_file,
            &postings_sha,
        )
        .unwrap(),
    );

    // Same predictions on the whole test set.
    let test = read_examples(
        "datasets/test.csv",
        "description",
        "label",
        None,
        CsvOptions::default(),
    )
    .unwrap();
    let texts: Vec<&str> = test.iter().map(|e| e.text.as_str()).collect();
    let vectors = embedder.embed(&texts, Windowing::OVERLAPPING).unwrap();
    let mut max_diff = 0f32;
    for v in &vectors {
        let a = committed.predict(v);
        let b = retrained.predict(v);
        assert_eq!(
            jobclass::math::argmax(a.iter().map(|&x| x as f64)),
            jobclass::math::argmax(b.iter().map(|&x| x as f64))
        );
        max_diff = a
            .iter()
            .zip(&b)
            .map(|(x, y)| (x - y).abs())
            .fold(max_diff, f32::max);
    }
    assert!(max_diff < 1e-3, "probabilities differ by up to {max_diff}");
    // The gates agree on every test posting's vector.
    let (a, b) = (
        committed.scope.as_ref().unwrap(),
        retrained.scope.as_ref().unwrap(),
    );
    let worst = vectors
        .iter()
        .map(|v| (a.logit(v) - b.logit(v)).abs())
        .fold(0f32, f32::max);
    assert!(worst < 1e-2, "scope gate logits differ by up to {worst}");
}

#[test]
fn train_command_writes_a_usable_head() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("ex.csv");
    std::fs::write(
        &csv,
        "text,label\n\
         Own the CI/CD pipelines and automate deployments,DevOps\n\
         Build release automation with Jenkins and Docker,devops\n\
         Automate the path from commit to production,devops\n\
         Own SLOs and error budgets and lead postmortems,SRE\n\
         Join the on-call rotation and respond to outages,Site Reliability Engineering\n\
         Plan capacity and tune performance in production,sre\n\
         Build the internal developer platform and its golden paths,Platform Engineering\n\
         Run the self-service portal other teams deploy through,platform\n\
         Treat the platform as a product for internal developers,platform\n",
    )
    .unwrap();
    let head_path = dir.path().join("head.json");
    crate::common::jobclass()
        .args([
            "train",
            csv.to_str().unwrap(),
            "-o",
            head_path.to_str().unwrap(),
            "--folds",
            "3",
        ])
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "trained on 9 examples (devops 3, sre 3, platform 3)",
        ))
        .stderr(predicates::str::contains("3-fold cross-validated accuracy"));
    let h = Head::load(&head_path).unwrap();
    assert_eq!(h.labels, vec!["devops", "sre", "platform"]);
    assert_eq!(h.training.counts, vec![3, 3, 3]);
    assert_eq!(h.training.cv_folds, 3);
    crate::common::jobclass()
        .args(["classify", "--head", head_path.to_str().unwrap()])
        .write_stdin("You will carry the pager, define SLOs and run incident reviews.")
        .assert()
        .success()
        .stdout(predicates::str::starts_with("sre"));
    // A head for another model or a damaged file is refused before any work.
    std::fs::write(&head_path, "{\"version\": 1}").unwrap();
    crate::common::jobclass()
        .args(["classify", "--head", head_path.to_str().unwrap()])
        .write_stdin("x")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("not a head file"));
}

/// The examples of `train_command_writes_a_usable_head`, with a few `other` ones.
const SMALL_EXAMPLES: &str = "text,label\n\
    Own the CI/CD pipelines and automate deployments,devops\n\
    Build release automation with Jenkins and Docker,devops\n\
    Own SLOs and error budgets and lead postmortems,sre\n\
    Join the on-call rotation and respond to outages,sre\n\
    Build the internal developer platform and its golden paths,platform\n\
    Run the self-service portal other teams deploy through,platform\n\
    Build React screens for our checkout,other\n\
    Answer customer tickets by chat and phone,other\n";

#[test]
fn train_with_postings_fits_a_scope_gate_that_classify_uses() {
    let dir = tempfile::tempdir().unwrap();
    let examples = dir.path().join("ex.csv");
    std::fs::write(&examples, SMALL_EXAMPLES).unwrap();
    let postings = dir.path().join("postings.csv");
    std::fs::write(
        &postings,
        "text,label\n\
         \"Release Engineer. You will own the pipeline from merge to production. Automate builds, tests and deployments.\",devops\n\
         \"Reliability Engineer. Keep production healthy. Define SLOs, carry the pager and lead postmortems.\",sre\n\
         \"Infrastructure Engineer. Build the internal platform our developers deploy through. Offer golden paths.\",platform\n\
         \"Acme | Frontend Engineer | Remote. Build React screens for our store. Work with our designers.\",other\n\
         \"Nurse for night shifts. Care for patients in our ward. Work with the doctors on call.\",other\n\
         \"Account Executive. Close deals with enterprise customers. Run demos and hit targets.\",other\n",
    )
    .unwrap();
    let head_path = dir.path().join("head.json");
    crate::common::jobclass()
        .args(["train", examples.to_str().unwrap(), "--folds", "0"])
        .args(["--postings", postings.to_str().unwrap()])
        .args(["-o", head_path.to_str().unwrap()])
        .assert()
        .success();
    let h = Head::load(&head_path).unwrap();
    let gate = h.scope.as_ref().expect("--postings fits a scope gate");
    assert_eq!(gate.training.counts, [3, 3]);
    assert_eq!(gate.training.data_file, "postings.csv");
    assert_eq!(gate.weights.len(), 384);
    // classify reads it: the evidence carries the gate's probability.
    let text = "You will carry the pager, define SLOs and run incident reviews.";
    let classify = |head: &std::path::Path| {
        crate::common::classify_json(text, &["--head", head.to_str().unwrap()])
    };
    let v = classify(&head_path);
    let scope = v["evidence"]["scope"]
        .as_f64()
        .expect("a scope probability");
    assert!((0.0..=1.0).contains(&scope), "{v}");
    // And the gate moves the scores: the same head without it scores `other` otherwise.
    let mut without = Head::load(&head_path).unwrap();
    without.scope = None;
    let without_path = dir.path().join("without.json");
    without.save(&without_path).unwrap();
    let other = |head: &std::path::Path| classify(head)["scores"]["other"].as_f64().unwrap();
    assert_ne!(other(&head_path), other(&without_path));
    // Without --postings there is no gate, and no scope.
    let plain = dir.path().join("plain.json");
    crate::common::jobclass()
        .args(["train", examples.to_str().unwrap(), "--folds", "0"])
        .args(["-o", plain.to_str().unwrap()])
        .assert()
        .success();
    assert!(Head::load(&plain).unwrap().scope.is_none());
}

#[test]
fn train_refuses_postings_a_gate_cannot_learn_from_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    let examples = dir.path().join("ex.csv");
    std::fs::write(&examples, SMALL_EXAMPLES).unwrap();
    let head_path = dir.path().join("head.json");
    for (postings, says) in [
        (
            "text,label\nBuild pipelines,devops\nRun the pager,sre\n",
            "postings of the roles and of other jobs; there are 2 and 0",
        ),
        (
            "text,label\nBuild pipelines,devops\nBenefits and perks,boilerplate\n",
            "labeled \"boilerplate\"",
        ),
    ] {
        let path = dir.path().join("postings.csv");
        std::fs::write(&path, postings).unwrap();
        crate::common::jobclass()
            .env("JOBCLASS_MODEL_DIR", dir.path().join("no-model"))
            .args(["train", examples.to_str().unwrap()])
            .args(["--postings", path.to_str().unwrap()])
            .args(["-o", head_path.to_str().unwrap()])
            .assert()
            .code(2)
            .stderr(predicates::str::contains(says));
        assert!(!head_path.exists(), "nothing written");
    }
    // The postings file is an input: -o may not name it.
    let path = dir.path().join("postings.csv");
    let good = "text,label\nBuild pipelines,devops\nBuild React screens,other\n";
    std::fs::write(&path, good).unwrap();
    crate::common::jobclass()
        .args(["train", examples.to_str().unwrap()])
        .args(["--postings", path.to_str().unwrap()])
        .args(["-o", path.to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("postings.csv"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), good);
}

#[test]
fn train_reads_standard_input_like_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "text,label\n\
               Own the CI/CD pipelines and automate deployments,devops\n\
               Build release automation with Jenkins and Docker,devops\n\
               Own SLOs and error budgets and lead postmortems,sre\n\
               Join the on-call rotation and respond to outages,sre\n\
               Build the internal developer platform and its golden paths,platform\n\
               Run the self-service portal other teams deploy through,platform\n";
    let file = dir.path().join("ex.csv");
    std::fs::write(&file, csv).unwrap();
    let (from_file, from_stdin) = (dir.path().join("a.json"), dir.path().join("b.json"));
    crate::common::jobclass()
        .arg("train")
        .arg(&file)
        .args(["--folds", "0", "-o"])
        .arg(&from_file)
        .assert()
        .success();
    crate::common::jobclass()
        .args(["train", "-", "--folds", "0", "-o"])
        .arg(&from_stdin)
        .write_stdin(csv)
        .assert()
        .success();
    let (a, b) = (
        Head::load(&from_file).unwrap(),
        Head::load(&from_stdin).unwrap(),
    );
    assert_eq!(a.weights, b.weights);
    assert_eq!(a.training.data_sha256, b.training.data_sha256);
    assert_eq!(b.training.data_file, "stdin");
    crate::common::jobclass()
        .args(["train", "-", "--text-column", "body", "-o"])
        .arg(dir.path().join("c.json"))
        .write_stdin(csv)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("standard input"));
}

/// An adapter is written only by fine-tuning: `--adapter-output` alone
/// would be checked, then silently never written.
#[test]
fn adapter_output_without_finetune_is_refused() {
    let w = crate::common::Workdir::new();
    w.jobclass()
        .args([
            "train",
            concat!(env!("CARGO_MANIFEST_DIR"), "/datasets/examples.csv"),
        ])
        .args(["-o", "head.json", "--adapter-output", "adapter.safetensors"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--finetune"));
    assert!(!w.path("head.json").exists());
}
