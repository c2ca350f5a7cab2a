//! The one label vocabulary: the roles jobclass tells apart, `other`, the two
//! training-only labels, and the spellings people write them in.
//!
//! `src/labels.json` lists the same names for the Python scripts; a test keeps
//! the two equal.

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
    match words.join(" ").as_str() {
        "devops" | "dev ops" => Some("devops"),
        "sre" | "sres" | "site reliability" => Some("sre"),
        "platform" | "platforms" => Some("platform"),
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
    fn the_scripts_label_file_lists_the_same_labels() {
        let v: serde_json::Value = serde_json::from_str(include_str!("labels.json")).unwrap();
        assert_eq!(v["roles"], serde_json::json!(ROLES));
        assert_eq!(v["other"], OTHER);
        assert_eq!(v["set_aside"], serde_json::json!(SET_ASIDE));
    }
}
