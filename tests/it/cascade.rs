//! Names first: a posting that names exactly one role as the job is labelled
//! from its role names without the encoder; `--embed-all` embeds every
//! posting, as before. Both give the same labels.

use std::path::PathBuf;

use jobclass::model::files::ensure_model;
use jobclass::pipeline::classifier::Classifier;
use jobclass::pipeline::config::ClassifierConfig;
use jobclass::pipeline::mentions::{self, named_confidence};
use jobclass::pipeline::prediction::Prediction;

use crate::common::{SHARED_DUTIES, jobclass, model_dir, stdout_of};

const ONE_ROLE: &str = "We are hiring a Senior SRE to keep our payments API up.";
const TWO_ROLES: &str = "We are hiring a DevOps Engineer or a Site Reliability Engineer.";
const NO_ROLE: &str = "You will own our SLOs, carry the pager and run blameless postmortems.";

fn classifier(embed_all: bool) -> Classifier {
    let files = ensure_model(&model_dir(), false).unwrap();
    ClassifierConfig {
        embed_all,
        ..ClassifierConfig::default()
    }
    .load(&files)
    .unwrap()
}

/// How many segments the classifier has looked up in its cache: every
/// segment the encoder is asked for passes through it.
fn segments_asked(c: &Classifier) -> u64 {
    c.cache_stats().expect("the segment cache is on").lookups
}

fn predict(c: &Classifier, text: &str) -> Prediction {
    c.predict(&[text]).unwrap().remove(0)
}

#[test]
fn one_named_role_skips_the_encoder_and_the_others_do_not() {
    let one = format!("{ONE_ROLE} {SHARED_DUTIES}");
    let two = format!("{TWO_ROLES} {SHARED_DUTIES}");
    let none = format!("{NO_ROLE} {SHARED_DUTIES}");
    let cascade = classifier(false);
    let full = classifier(true);

    let p = predict(&cascade, &one);
    assert_eq!(
        segments_asked(&cascade),
        0,
        "the one-role posting was embedded"
    );
    assert_eq!(p.label, "sre");
    let e = p.evidence.as_ref().unwrap();
    assert_eq!(e.embedding, None);
    assert_eq!(e.mentions.job, [0, 1, 0]);
    assert_eq!(p.confidence, named_confidence(1));
    assert_eq!(p.confidence, mentions::NAMED_CONFIDENCE[0]);
    let rest = (1.0 - p.confidence) / 3.0;
    for (l, s) in &p.scores {
        let want = if l == "sre" { p.confidence } else { rest };
        assert!((s - want).abs() < 1e-7, "{l} {s} {:?}", p.scores);
    }

    for (text, what) in [(&two, "two roles"), (&none, "no role")] {
        let before = segments_asked(&cascade);
        let p = predict(&cascade, text);
        assert!(segments_asked(&cascade) > before, "{what}: not embedded");
        assert!(p.evidence.as_ref().unwrap().embedding.is_some(), "{what}");
        // Not decided by names: exactly what embedding everything gives.
        assert_eq!(predict(&full, text), p, "{what}");
    }

    let before = segments_asked(&full);
    let f = predict(&full, &one);
    assert!(segments_asked(&full) > before, "--embed-all must embed it");
    assert!(f.evidence.unwrap().embedding.is_some());
    assert_eq!(f.label, p.label);
}

/// The more often the one role is named, the more confident; a mixed call
/// embeds only what names do not decide, and keeps the order.
#[test]
fn a_mixed_call_keeps_order_and_embeds_only_the_undecided() {
    let texts = [
        format!("{NO_ROLE} {SHARED_DUTIES}"),
        format!("{ONE_ROLE} As our SRE lead you will grow the team. {SHARED_DUTIES}"),
        format!("{TWO_ROLES} {SHARED_DUTIES}"),
        "Platform Engineer (m/f/d)\nBuild our internal developer platform.".to_string(),
    ];
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let cascade = classifier(false);
    let full = classifier(true);
    let got = cascade.predict(&refs).unwrap();
    let want = full.predict(&refs).unwrap();
    let labels = |ps: &[Prediction]| ps.iter().map(|p| p.label.clone()).collect::<Vec<_>>();
    assert_eq!(labels(&got), labels(&want));
    assert_eq!(got[0], want[0]);
    assert_eq!(got[2], want[2]);
    assert_eq!(got[1].confidence, named_confidence(2));
    assert_eq!(got[3].confidence, named_confidence(1));
    assert!(named_confidence(2) >= named_confidence(1));
    assert_eq!(named_confidence(7), named_confidence(3));
    let alone = classifier(false);
    alone.predict(&[refs[0], refs[2]]).unwrap();
    assert_eq!(
        segments_asked(&cascade),
        segments_asked(&alone),
        "only the two undecided postings were embedded"
    );
}

fn batch(args: &[&str]) -> String {
    let test_csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("datasets/test.csv");
    let a = jobclass()
        .arg("batch")
        .arg(&test_csv)
        .args([
            "--text-column",
            "description",
            "--evidence",
            "--no-progress",
        ])
        .args(args)
        .assert()
        .success();
    stdout_of(&a)
}

/// On every posting of datasets/test.csv the labels are the same with and
/// without `--embed-all`; the postings decided by names have no embedding_
/// values and the calibrated confidence, the others are unchanged.
#[test]
fn names_first_gives_the_labels_of_embedding_everything_on_the_test_set() {
    let cascade = batch(&[]);
    let full = batch(&["--embed-all"]);
    let rows = |s: &str| {
        let mut r = csv::Reader::from_reader(s.as_bytes());
        let h = r.headers().unwrap().clone();
        let rows: Vec<csv::StringRecord> = r.records().map(|x| x.unwrap()).collect();
        (h, rows)
    };
    let (h, got) = rows(&cascade);
    let (h2, want) = rows(&full);
    assert_eq!(h, h2);
    assert_eq!(got.len(), want.len());
    let col = |name: &str| h.iter().position(|c| c == name).unwrap();
    let roles = ["devops", "sre", "platform"];
    let mut decided = 0;
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(
            g[col("jobclass_label")],
            w[col("jobclass_label")],
            "{:?}",
            &g[0]
        );
        let jobs: Vec<u32> = roles
            .iter()
            .map(|r| g[col(&format!("job_{r}"))].parse().unwrap())
            .collect();
        let named: Vec<usize> = (0..3).filter(|&i| jobs[i] > 0).collect();
        assert!(
            !w[col("embedding_sre")].is_empty(),
            "--embed-all embeds all"
        );
        if named.len() == 1 {
            decided += 1;
            assert_eq!(g[col("jobclass_label")], *roles[named[0]]);
            assert_eq!(
                g[col("embedding_sre")],
                *"",
                "decided by names: not embedded"
            );
            let c: f32 = g[col("confidence")].parse().unwrap();
            assert!((c - named_confidence(jobs[named[0]])).abs() < 1e-4, "{c}");
        } else {
            assert_eq!(g, w, "not decided by names: the full pipeline's row");
        }
    }
    assert!(
        decided > 20,
        "only {decided} postings were decided by names"
    );
}

/// `--embed-all` writes what jobclass wrote before names came first: the
/// same columns, rows and labels, compared with a binary built before, named
/// by JOBCLASS_BEFORE_CASCADE (skipped when unset). A number may differ by
/// [`KERNEL_DRIFT`], written with as many characters: the encoder's bf16
/// kernels (exp, layer norm, softmax) have changed since, which moved
/// test.csv's scores by at most 0.0011 and no label.
#[test]
fn embed_all_gives_what_the_binary_before_the_cascade_gave() {
    let Ok(before) = std::env::var("JOBCLASS_BEFORE_CASCADE") else {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "skipped embed_all_gives_what_the_binary_before_the_cascade_gave: set JOBCLASS_BEFORE_CASCADE"
        );
        return;
    };
    let test_csv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("datasets/test.csv");
    for extra in [
        &[][..],
        &["--evidence"][..],
        &["--format", "csv", "--precision", "f32"][..],
    ] {
        let args = |c: &mut assert_cmd::Command| {
            c.arg("batch")
                .arg(&test_csv)
                .args(["--text-column", "description", "--no-progress"])
                .args(extra);
        };
        let mut old = assert_cmd::Command::new(&before);
        old.env("JOBCLASS_MODEL_DIR", model_dir());
        args(&mut old);
        let old = csv_records(&old.assert().success().get_output().stdout);
        let mut new = jobclass();
        args(&mut new);
        let new = csv_records(
            &new.arg("--embed-all")
                .assert()
                .success()
                .get_output()
                .stdout,
        );
        assert_eq!(old.len(), new.len(), "{extra:?}: rows");
        for (row, (o, n)) in old.iter().zip(&new).enumerate() {
            assert_eq!(o.len(), n.len(), "{extra:?}: fields of row {row}");
            for (a, b) in o.iter().zip(n) {
                let close = a == b
                    || a.len() == b.len()
                        && matches!((a.parse::<f64>(), b.parse::<f64>()),
                                    (Ok(x), Ok(y)) if (x - y).abs() <= KERNEL_DRIFT);
                assert!(close, "{extra:?}, row {row}: {a:?} before, {b:?} now");
            }
        }
    }
}

/// How far a score written with `--embed-all` may be from the one written
/// before names came first (see the test above).
const KERNEL_DRIFT: f64 = 0.005;

fn csv_records(bytes: &[u8]) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.expect("batch writes CSV"))
        .collect()
}

/// A posting decided by its names has no embedding in any output: `null` in
/// JSON, empty in CSV and JSON Lines, said in words in text; its mention
/// counts are still there.
#[test]
fn a_names_decided_posting_reports_no_embedding_in_every_format() {
    let v = crate::common::classify_json(ONE_ROLE, &[]);
    assert!(v["evidence"]["embedding"].is_null(), "{v}");
    assert_eq!(v["evidence"]["mentions"]["sre"]["job"], 1, "{v}");
    let a = jobclass()
        .arg("classify")
        .write_stdin(ONE_ROLE)
        .assert()
        .success();
    let out = stdout_of(&a);
    assert!(out.contains("embedding alone   not computed"), "{out}");
    assert!(out.contains("named as the job  sre 1"), "{out}");

    let line = serde_json::json!({ "text": ONE_ROLE }).to_string();
    let a = jobclass()
        .args([
            "batch",
            "-",
            "--text-column",
            "text",
            "--evidence",
            "--format",
            "jsonl",
        ])
        .write_stdin(format!("{line}\n"))
        .assert()
        .success();
    let row: serde_json::Value = serde_json::from_str(stdout_of(&a).trim()).unwrap();
    assert_eq!(row["label"], "sre", "{row}");
    assert!(row["embedding_sre"].is_null(), "{row}");
    assert_eq!(row["job_sre"], 1, "{row}");

    let a = jobclass()
        .args(["batch", "-", "--text-column", "text", "--evidence"])
        .write_stdin(format!("text\n\"{ONE_ROLE}\"\n"))
        .assert()
        .success();
    let out = stdout_of(&a);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let h = r.headers().unwrap().clone();
    let row = r.records().next().unwrap().unwrap();
    let col = |n: &str| h.iter().position(|c| c == n).unwrap();
    assert_eq!(&row[col("embedding_sre")], "");
    assert_eq!(&row[col("job_sre")], "1");
}

/// `scripts/research/cascade_confidence.py`, run against the binary under
/// test on datasets/calibration.csv, must choose the confidences the code
/// carries (`NAMED_CONFIDENCE`).
#[test]
fn the_named_confidences_are_what_cascade_confidence_py_chooses() {
    let out = std::process::Command::new("python3")
        .arg("scripts/research/cascade_confidence.py")
        .arg("--jobclass")
        .arg(assert_cmd::cargo::cargo_bin("jobclass"))
        .env("JOBCLASS_MODEL_DIR", model_dir())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("python3 runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shipped = mentions::NAMED_CONFIDENCE
        .iter()
        .map(|c| format!("{c:.5}"))
        .collect::<Vec<_>>()
        .join(", ");
    assert!(
        stdout.contains(&format!("NAMED_CONFIDENCE = [{shipped}]")),
        "the script chose other confidences than the code carries ([{shipped}]):\n{stdout}"
    );
}
