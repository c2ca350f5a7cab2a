//! The one label vocabulary: the roles jobclass tells apart, `other`, the two
//! training-only labels, and the spellings people write them in.
//!
//! `src/labels.json` lists the same names for the Python scripts; a test keeps
//! the two equal.
//!
//! # Adding a role
//!
//! Code that holds one value per role is sized by [`ROLES`] (`[_;
//! ROLES.len()]`) or walks it, so the compiler and the tests named here stop
//! a change that misses a place; the rest is data to write and models to
//! retrain. Every place a role must be added:
//!
//! 1. **The vocabulary**, in this file: [`ROLES`] and the role's spellings
//!    (`ROLE_SPELLINGS`, one entry per role), and the lists of accepted
//!    labels in [`EXPECTED`] and [`EXPECTED_TRAINING`] (test
//!    `every_role_is_read_by_its_name_and_listed_as_accepted`);
//!    `src/labels.json`, which the Python scripts read (test
//!    `the_scripts_label_file_lists_the_same_labels`).
//! 2. **Its names in text**, in `src/pipeline/mentions.rs`: its name patterns
//!    in `ROLE_NAMES` (one entry per role; tests
//!    `every_role_has_names_that_are_found_as_that_role`, whose list of one
//!    name per role must grow too, and
//!    `the_role_name_pattern_has_a_group_for_each_role`); the name forms
//!    `is_job` treats apart ("SRE" a person, a name ending in "Engineering"
//!    a discipline, "Platform Engineer" always the person); `OTHER_JOB`,
//!    which must not call the new role another job. The tests' expected
//!    counts there are arrays of one count per role and stop compiling until
//!    they are extended. The scripts' copies of the name patterns:
//!    `ROLE_NAME` in `scripts/research/feed_variants.py`, `_ROLE_NAME` in
//!    `scripts/data/feed_posts.py` and `scripts/data/feed_posts_neighbours.py`.
//! 3. **Data**: an article about the role in `../shared/seeds/`
//!    (`tests/it/data_files.rs` counts the articles); statements of the
//!    role in `scripts/data/examples.py` (written to
//!    `datasets/examples.csv` and `datasets/examples-postings.csv`; `train`
//!    refuses fewer than 2 of a role), whole postings in
//!    `scripts/data/postings.py` (`datasets/postings.csv`, the scope gate's),
//!    `scripts/data/test_postings.py` (`datasets/test.csv`) and
//!    `scripts/data/calibration_postings.py` (`datasets/calibration.csv`);
//!    the feeds of `scripts/data/feed_posts*.py`. Test
//!    `every_role_has_examples_in_every_data_file`; `tests/it/data_files.rs`
//!    lists the labels whose examples name their article, and
//!    `datasets/README.md` the counts.
//! 4. **Models**, retrained as EVALUATION.md says: `models/head.json` and
//!    `models/head-tuned.json` (a head that does not score every role is
//!    refused, so the compiled-in heads fail their tests until retrained),
//!    their mention weights (`passing_weight` holds one weight per role;
//!    `scripts/research/calibrate.py` and `other_decision.py`, tests in
//!    `tests/it/calibration.rs`; `MentionWeights::DEFAULT` follows the
//!    shipped head), the adapter `models/adapter.safetensors`
//!    (`tests/it/finetune.rs`), the confidences of postings decided by
//!    their names (`NAMED_CONFIDENCE`,
//!    `scripts/research/cascade_confidence.py`), the shares of
//!    `src/pipeline/prior.rs` (`NAMED_SHARE` from `datasets/calibration.csv`,
//!    `REFERENCE_ROLE_SHARE` from the dev feed), and `models/README.md`.
//!    `tests/it/train.rs` checks that retraining reproduces the heads.
//! 5. **Feed models**: a file holds one example count per role
//!    (`examples`), so its layout changes: raise
//!    `crate::pipeline::feed::VERSION`, and files of the old layout are
//!    refused by name rather than as damaged.
//! 6. **Outputs** follow [`ROLES`] by themselves (`score_<role>`,
//!    `job_<role>`, `passing_<role>`, the evidence's mentions); the
//!    snapshots in `tests/it/snapshots/` and the tests that spell out the
//!    roles' scores or columns (`src/eval/mod.rs`, `tests/it/`,
//!    `python/tests/`) change with them, and so do the docs that show them:
//!    `docs/cli.md` and `python/jobclass/__init__.py` (test
//!    `every_role_is_named_in_the_docs`), README.md and python/README.md.
//! 7. **Words** that name the three roles: `Cargo.toml` and
//!    `python/pyproject.toml` (descriptions), `src/lib.rs`, `src/cli/args.rs`
//!    (the help, with its snapshots), `python/src/classifier.rs`, README.md,
//!    docs/cli.md, EVALUATION.md. The Python stubs (`python/jobclass/*.pyi`)
//!    type a label as `str` and need nothing.
//! 8. **Scripts** that count the roles by hand (slices and sizes of 3 such
//!    as `probs[:, :3]` and `p[:3]`): `scripts/research/feed_variants.py`
//!    and `scripts/research/lab.py`; the label lists in
//!    `scripts/data/postings.py` and `scripts/bench/distributed.py`. The
//!    other scripts take the roles from `src/labels.json`
//!    (`scripts/common.py`).

use crate::error::Error;

/// The roles jobclass tells apart, in the order scores are reported.
pub const ROLES: [&str; 3] = ["devops", "sre", "platform"];
/// The label for a posting that is none of the three roles.
pub const OTHER: &str = "other";
/// A training label for text that every posting carries whatever the job
/// (benefits, legal notices, company introductions). The classifier uses it
/// to ignore such segments and never predicts it for a posting.
pub const BOILERPLATE: &str = "boilerplate";
/// A training label for duties all three roles share (containers, Kubernetes,
/// cloud resources, infrastructure as code, scripting). Like `boilerplate`,
/// the classifier never predicts it; it sets such segments aside when it
/// weighs the roles, because they do not tell the roles apart.
pub const SHARED: &str = "shared";
/// The training labels a posting never gets: segments the head gives them are
/// set aside ([`BOILERPLATE`], [`SHARED`]).
pub const SET_ASIDE: [&str; 2] = [SHARED, BOILERPLATE];

/// Every label a head can have, in the order a trained head keeps them: the
/// roles, `other`, then the labels that are set aside.
pub fn training_order() -> impl Iterator<Item = &'static str> {
    ROLES.into_iter().chain([OTHER]).chain(SET_ASIDE)
}

/// How people write each role of [`ROLES`], in its order, as [`parse_label`]
/// sees it: lower case, words separated by one space, a trailing "engineer",
/// "engineering" or "engineers" dropped.
const ROLE_SPELLINGS: [&[&str]; ROLES.len()] = [
    &["devops", "dev ops"],
    &["sre", "sres", "site reliability"],
    &["platform", "platforms"],
];

/// What an unknown label error lists as accepted for a posting.
pub const EXPECTED: &str = "devops, sre, platform, other (any case; \"Site Reliability Engineering\", \"Platform Engineering\" etc. also work)";

/// What an unknown label error lists as accepted for a training example.
pub const EXPECTED_TRAINING: &str = "devops, sre, platform, other, boilerplate, shared (any case; \"Site Reliability Engineering\", \"Platform Engineering\" etc. also work)";

/// The labels a labeled file may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelSet {
    /// A posting's true label, as `eval` reads it: a role or `other`. The
    /// training-only labels are refused, since the classifier never predicts
    /// them and a posting counted as one would be a mistake that is not.
    Postings,
    /// A training example's label, as `train` reads it: also [`BOILERPLATE`]
    /// and [`SHARED`].
    Training,
}

impl LabelSet {
    /// The accepted labels, for messages.
    pub fn expected(self) -> &'static str {
        match self {
            LabelSet::Postings => EXPECTED,
            LabelSet::Training => EXPECTED_TRAINING,
        }
    }

    /// The canonical label of `raw` ([`parse_label`]), found in 1-based data
    /// row `row`, or an input error that names the row, the value and the
    /// accepted labels.
    pub fn parse(self, raw: &str, row: u64) -> Result<&'static str, Error> {
        match parse_label(raw) {
            Some(l) if self == LabelSet::Postings && SET_ASIDE.contains(&l) => {
                Err(Error::Input(format!(
                    "label {raw:?} in row {row} is a training label (for segments that are \
                     set aside, never a posting's label); a posting's label is one of: {EXPECTED}"
                )))
            }
            Some(l) => Ok(l),
            None => Err(Error::UnknownLabel {
                value: raw.to_string(),
                row: Some(row),
                expected: self.expected().into(),
            }),
        }
    }
}

/// Maps a label as people write it to its canonical name: `devops`, `sre`,
/// `platform` or `other` (and `shared` and `boilerplate`, labels for training
/// examples). Case, punctuation and a trailing "engineer", "engineering" or
/// "engineers" do not matter, so `DevOps`, `Dev-Ops Engineer`, `SRE`, `Site
/// Reliability Engineering` and `Platform Engineering` are all understood.
/// Returns `None` for anything else.
pub fn parse_label(raw: &str) -> Option<&'static str> {
    let cleaned: String = raw
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                ' '
            }
        })
        .collect();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if matches!(
        words.last(),
        Some(&("engineer" | "engineering" | "engineers"))
    ) && words.len() > 1
    {
        words.pop();
    }
    let cleaned = words.join(" ");
    if let Some(r) = ROLE_SPELLINGS
        .iter()
        .position(|spellings| spellings.contains(&cleaned.as_str()))
    {
        return Some(ROLES[r]);
    }
    match cleaned.as_str() {
        "other" | "none" => Some(OTHER),
        "boilerplate" => Some(BOILERPLATE),
        "shared" => Some(SHARED),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_spellings() {
        for (raw, want) in [
            ("DevOps", "devops"),
            ("devops engineer", "devops"),
            ("Dev-Ops", "devops"),
            ("SRE", "sre"),
            ("Site Reliability Engineering", "sre"),
            ("site reliability engineer", "sre"),
            ("Platform Engineering", "platform"),
            (" platform ", "platform"),
            ("OTHER", "other"),
        ] {
            assert_eq!(parse_label(raw), Some(want), "{raw}");
        }
        for raw in [
            "",
            "engineer",
            "backend",
            "devops sre",
            "platforms engineering team",
        ] {
            assert_eq!(parse_label(raw), None, "{raw}");
        }
    }

    #[test]
    fn every_role_is_read_by_its_name_and_listed_as_accepted() {
        for r in ROLES {
            assert_eq!(parse_label(r), Some(r));
            assert_eq!(parse_label(&r.to_uppercase()), Some(r));
        }
        let roles = ROLES.join(", ");
        assert!(
            EXPECTED.starts_with(&format!("{roles}, {OTHER} (")),
            "{EXPECTED}"
        );
        assert!(
            EXPECTED_TRAINING.starts_with(&format!("{roles}, {OTHER}, {BOILERPLATE}, {SHARED} (")),
            "{EXPECTED_TRAINING}"
        );
    }

    /// The repository's file `path`.
    fn repository_file(path: &str) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
    }

    #[test]
    fn every_role_has_examples_in_every_data_file() {
        for file in [
            "datasets/examples.csv",
            "datasets/examples-postings.csv",
            "datasets/postings.csv",
            "datasets/test.csv",
            "datasets/calibration.csv",
        ] {
            let mut reader = csv::Reader::from_path(repository_file(file)).unwrap();
            let label = reader
                .headers()
                .unwrap()
                .iter()
                .position(|h| h == "label")
                .unwrap_or_else(|| panic!("{file} has a label column"));
            let mut rows = [0usize; ROLES.len()];
            for record in reader.records() {
                let record = record.unwrap();
                if let Some(r) = ROLES.iter().position(|r| *r == &record[label]) {
                    rows[r] += 1;
                }
            }
            for (role, n) in ROLES.iter().zip(rows) {
                assert!(n >= 2, "{file} has {n} rows of {role}");
            }
        }
    }

    #[test]
    fn every_role_is_named_in_the_docs() {
        let read = |path: &str| std::fs::read_to_string(repository_file(path)).unwrap();
        let (cli, python) = (read("docs/cli.md"), read("python/jobclass/__init__.py"));
        for r in ROLES {
            assert!(
                cli.contains(&format!("`score_{r}`")),
                "docs/cli.md: score_{r}"
            );
            assert!(
                python.contains(&format!("``{r}``")),
                "python/jobclass/__init__.py: {r}"
            );
        }
    }

    #[test]
    fn the_scripts_label_file_lists_the_same_labels() {
        let v: serde_json::Value = serde_json::from_str(include_str!("labels.json")).unwrap();
        assert_eq!(v["roles"], serde_json::json!(ROLES));
        assert_eq!(v["other"], OTHER);
        assert_eq!(v["set_aside"], serde_json::json!(SET_ASIDE));
    }
}
