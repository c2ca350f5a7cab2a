//! The committed data files keep their rules: examples are derived from the
//! articles without copying them, every label is known, and no evaluation or
//! calibration posting contains a training example.

use std::collections::HashSet;
use std::path::Path;

fn rows(path: &str) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    r.records().map(|x| x.unwrap()).collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Every run of `n` consecutive words.
fn shingles(text: &str, n: usize) -> HashSet<Vec<String>> {
    words(text).windows(n).map(<[String]>::to_vec).collect()
}

/// The five articles, by file name; `None` (the test is skipped) when
/// `../shared` is not beside the repository.
fn seed_texts() -> Option<Vec<(String, String)>> {
    let dir = crate::common::shared("seeds")?;
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    assert_eq!(out.len(), 5, "five articles in {}", dir.display());
    Some(out)
}

#[test]
fn examples_have_known_labels_and_name_an_existing_article() {
    let Some(seeds) = seed_texts() else { return };
    let seeds: HashSet<String> = seeds.into_iter().map(|(n, _)| n).collect();
    let examples = [rows("datasets/examples.csv"), rows(POSTINGS)].concat();
    assert!(examples.len() > 400);
    for r in &examples {
        let (text, label, source) = (&r[0], &r[1], &r[2]);
        assert!(!text.trim().is_empty());
        assert!(
            jobclass::labels::training_order().any(|l| l == label),
            "unknown label {label:?}"
        );
        // Shared duties are the articles' commonalities, so they name their article too.
        if ["devops", "sre", "platform", "shared"].contains(&label) {
            assert!(
                seeds.contains(source),
                "{text:?}: role examples name their article, got {source:?}"
            );
        } else {
            assert!(
                source == "-" || seeds.contains(source),
                "{text:?}: source {source:?}"
            );
        }
    }
}

#[test]
fn no_example_copies_eight_words_in_a_row_from_an_article() {
    let Some(seeds) = seed_texts() else { return };
    let mut article = HashSet::new();
    for (_, text) in seeds {
        article.extend(shingles(&text, 8));
    }
    let mut copied = Vec::new();
    for file in [
        "datasets/examples.csv",
        POSTINGS,
        "datasets/test.csv",
        "datasets/calibration.csv",
    ] {
        let records = rows(file);
        let col = if file.contains("examples") { 0 } else { 2 };
        for r in &records {
            if let Some(s) = shingles(&r[col], 8).intersection(&article).next() {
                copied.push(format!("{file}: {:?}", s.join(" ")));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "wording taken from the articles: {copied:#?}"
    );
}

#[test]
fn evaluation_and_calibration_postings_contain_no_training_example() {
    let examples: Vec<String> = rows(POSTINGS).iter().map(|r| r[0].to_string()).collect();
    for file in ["datasets/test.csv", "datasets/calibration.csv"] {
        let records = rows(file);
        assert!(!records.is_empty());
        for r in &records {
            let description = &r[2];
            assert!(
                ["devops", "sre", "platform", "other"].contains(&&r[3]),
                "{file}: label {:?}",
                &r[3]
            );
            for e in &examples {
                // Boilerplate examples are generic on purpose; the role and
                // `other` statements must not reappear in held-out postings.
                if e.split_whitespace().count() >= 8 {
                    assert!(
                        !description.contains(e.as_str()),
                        "{file} contains the example {e:?}"
                    );
                }
            }
        }
    }
}

/// The examples of the fine-tuned encoder: examples.csv and more.
const POSTINGS: &str = "datasets/examples-postings.csv";

#[test]
fn the_posting_style_examples_add_to_examples_csv() {
    let base: Vec<String> = rows("datasets/examples.csv")
        .iter()
        .map(|r| r.iter().collect::<Vec<_>>().join("\u{1f}"))
        .collect();
    let more: HashSet<String> = rows(POSTINGS)
        .iter()
        .map(|r| r.iter().collect::<Vec<_>>().join("\u{1f}"))
        .collect();
    assert!(
        base.iter().all(|r| more.contains(r)),
        "a row of examples.csv is missing"
    );
    assert!(more.len() > base.len());
    let tuned: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("models/head-tuned.json").unwrap()).unwrap();
    assert_eq!(tuned["training"]["data_file"], "examples-postings.csv");
}

#[test]
fn the_shipped_head_was_trained_on_examples_csv() {
    let head: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("models/head.json").unwrap()).unwrap();
    assert_eq!(head["training"]["data_file"], "examples.csv");
    let labels: Vec<&str> = head["labels"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l.as_str().unwrap())
        .collect();
    let order: Vec<&str> = jobclass::labels::training_order().collect();
    assert_eq!(labels, order);
    assert!(Path::new("datasets/examples.csv").exists());
}
