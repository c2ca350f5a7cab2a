//! Evaluation: accuracy, macro-F1, per-class precision/recall/F1, the
//! confusion matrix and the calibration (ECE and its bins), as a readable
//! report, JSON, or an HTML page ([`html`]) with the misclassified postings
//! and why they were called what they were ([`mistakes`]).

use serde_json::{Value, json};

use crate::error::Result;
use crate::io::labeled::Labeled;
use crate::labels::{OTHER, ROLES};
use crate::pipeline::prediction::{Predict, Prediction};

pub mod calibration;
pub mod html;
pub mod mistakes;
mod svg;

pub use calibration::{BINS, Bin};
use calibration::{calibration_bins, ece_of_bins};

/// Postings classified together by [`evaluate_classifier`].
const GROUP: usize = 32;

/// A labeled file classified: the report and every posting's prediction, in
/// the file's order.
#[derive(Debug, Clone)]
pub struct Evaluation {
    /// The figures.
    pub report: Report,
    /// One prediction per labeled posting.
    pub predictions: Vec<Prediction>,
}

/// Classifies every labeled posting and measures the result, with the
/// postings that name a role as the job apart when the classifier weighed in
/// role mentions. `progress` hears how many postings are done after each
/// group of them.
pub fn evaluate_classifier(
    classifier: &impl Predict,
    examples: &[Labeled],
    mut progress: impl FnMut(usize),
) -> Result<Evaluation> {
    let texts: Vec<&str> = examples.iter().map(|e| e.text.as_str()).collect();
    let mut preds = Vec::with_capacity(texts.len());
    for group in texts.chunks(GROUP) {
        preds.extend(classifier.predict(group)?);
        progress(preds.len());
    }
    let gold: Vec<&str> = examples.iter().map(|e| e.label).collect();
    let pred: Vec<&str> = preds.iter().map(|p| p.label.as_str()).collect();
    let conf: Vec<f32> = preds.iter().map(|p| p.confidence).collect();
    let labels: Vec<&str> = classifier.labels().iter().map(String::as_str).collect();
    let report = evaluate(&labels, &gold, &pred, &conf);
    let named: Option<Vec<bool>> = preds
        .iter()
        .map(|p| Some(p.evidence.as_ref()?.mentions.names_a_job()))
        .collect();
    let report = match named {
        Some(named) => report.with_role_names(&gold, &pred, &named),
        None => report,
    };
    Ok(Evaluation {
        report,
        predictions: preds,
    })
}

/// Metrics of one class.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassMetrics {
    /// Label.
    pub label: String,
    /// Of the postings predicted as this class, the fraction that are (0 when none was).
    pub precision: f64,
    /// Of the postings of this class, the fraction found (0 when there are none).
    pub recall: f64,
    /// Harmonic mean of the two (0 when both are 0).
    pub f1: f64,
    /// Postings of this class in the file.
    pub support: usize,
    /// Postings predicted as this class.
    pub predicted: usize,
}

/// An evaluation report.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Postings evaluated.
    pub n: usize,
    /// Fraction predicted right.
    pub accuracy: f64,
    /// Mean F1 over the classes that occur in the labels or the predictions
    /// (scikit-learn's convention), so a class absent from both does not
    /// count as a zero.
    pub macro_f1: f64,
    /// Mean F1 over the classes that occur in the true labels only: a wrong
    /// prediction of a class the file does not contain (say `other` on a
    /// file of role postings) costs recall but does not add a zero.
    pub macro_f1_true: f64,
    /// Expected calibration error over [`BINS`] equal-width confidence bins.
    pub ece: f64,
    /// Those bins, from the lowest confidence up, empty ones included.
    pub calibration: Vec<Bin>,
    /// Per class, in `labels` order.
    pub per_class: Vec<ClassMetrics>,
    /// Labels of the confusion matrix.
    pub labels: Vec<String>,
    /// `confusion[true][predicted]` counts.
    pub confusion: Vec<Vec<usize>>,
    /// The postings that name one of the roles as the job and those that do
    /// not, apart (see [`Report::with_role_names`]); `None` when role names
    /// were not looked for.
    pub by_role_names: Option<[Group; 2]>,
}

/// How a group of postings fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Group {
    /// Postings in the group.
    pub n: usize,
    /// Of them, predicted right.
    pub right: usize,
    /// Of them, predicted `other`.
    pub other: usize,
}

impl Group {
    /// Fraction predicted right (0 for an empty group).
    pub fn accuracy(&self) -> f64 {
        self.right as f64 / self.n.max(1) as f64
    }

    fn to_json(self) -> Value {
        json!({"n": self.n, "accuracy": self.accuracy(), "other": self.other})
    }
}

/// Builds a report. `labels` fixes the order of classes; any label found in
/// `gold` or `pred` but not in it is appended, so nothing is dropped.
/// `confidence` is the probability of each predicted label.
pub fn evaluate(labels: &[&str], gold: &[&str], pred: &[&str], confidence: &[f32]) -> Report {
    assert_eq!(gold.len(), pred.len());
    assert_eq!(gold.len(), confidence.len());
    let mut labels: Vec<String> = labels.iter().map(|s| s.to_string()).collect();
    for l in gold.iter().chain(pred) {
        if !labels.iter().any(|x| x == l) {
            labels.push(l.to_string());
        }
    }
    let idx = |l: &str| {
        labels
            .iter()
            .position(|x| x == l)
            .expect("every label was added")
    };
    let k = labels.len();
    let mut confusion = vec![vec![0usize; k]; k];
    for (g, p) in gold.iter().zip(pred) {
        confusion[idx(g)][idx(p)] += 1;
    }
    let n = gold.len();
    let correct: usize = (0..k).map(|i| confusion[i][i]).sum();
    let per_class: Vec<ClassMetrics> = (0..k)
        .map(|c| {
            let tp = confusion[c][c] as f64;
            let support: usize = confusion[c].iter().sum();
            let predicted: usize = (0..k).map(|r| confusion[r][c]).sum();
            let precision = if predicted > 0 {
                tp / predicted as f64
            } else {
                0.0
            };
            let recall = if support > 0 {
                tp / support as f64
            } else {
                0.0
            };
            let f1 = if precision + recall > 0.0 {
                2.0 * precision * recall / (precision + recall)
            } else {
                0.0
            };
            ClassMetrics {
                label: labels[c].clone(),
                precision,
                recall,
                f1,
                support,
                predicted,
            }
        })
        .collect();
    let present: Vec<&ClassMetrics> = per_class
        .iter()
        .filter(|m| m.support + m.predicted > 0)
        .collect();
    let macro_f1 = present.iter().map(|m| m.f1).sum::<f64>() / present.len().max(1) as f64;
    let in_gold: Vec<&ClassMetrics> = per_class.iter().filter(|m| m.support > 0).collect();
    let macro_f1_true = in_gold.iter().map(|m| m.f1).sum::<f64>() / in_gold.len().max(1) as f64;
    let right: Vec<bool> = gold.iter().zip(pred).map(|(g, p)| g == p).collect();
    let calibration = calibration_bins(confidence, &right, BINS);
    Report {
        n,
        accuracy: correct as f64 / n.max(1) as f64,
        macro_f1,
        macro_f1_true,
        ece: ece_of_bins(&calibration, n),
        calibration,
        per_class,
        labels,
        confusion,
        by_role_names: None,
    }
}

impl Report {
    /// How many postings were predicted wrong: everything off the diagonal of
    /// the confusion matrix.
    pub fn wrong(&self) -> usize {
        self.n
            - (0..self.labels.len())
                .map(|i| self.confusion[i][i])
                .sum::<usize>()
    }

    /// Of the postings labeled `other`, how many were called one of the
    /// roles, and how many there are: on a feed as it comes, where almost
    /// every posting is another job, the figure that says how far a role
    /// label can be trusted. `None` when the file has no `other` posting.
    pub fn other_called_a_role(&self) -> Option<(usize, usize)> {
        let o = self.labels.iter().position(|l| l == OTHER)?;
        let support: usize = self.confusion[o].iter().sum();
        if support == 0 {
            return None;
        }
        let called: usize = self
            .labels
            .iter()
            .enumerate()
            .filter(|(_, l)| ROLES.contains(&l.as_str()))
            .map(|(j, _)| self.confusion[o][j])
            .sum();
        Some((called, support))
    }

    /// Adds how the postings that name one of the roles as the job
    /// (`named[i]`) and those that do not fared, apart: where a role is named
    /// its name decides, elsewhere the embedding does, and the two are right
    /// at very different rates.
    pub fn with_role_names(mut self, gold: &[&str], pred: &[&str], named: &[bool]) -> Report {
        assert_eq!(gold.len(), named.len());
        assert_eq!(pred.len(), named.len());
        let mut groups = [Group::default(); 2];
        for ((g, p), &is_named) in gold.iter().zip(pred).zip(named) {
            let group = &mut groups[usize::from(!is_named)];
            group.n += 1;
            group.right += usize::from(g == p);
            group.other += usize::from(*p == OTHER);
        }
        self.by_role_names = Some(groups);
        self
    }

    /// The report as JSON (`n`, `accuracy`, `macro_f1`,
    /// `macro_f1_true_labels`, `ece`, `calibration` (the bins: `low`, `high`,
    /// `n`, `right`, mean `confidence`), `per_class` with each class's
    /// `predicted` count, `confusion`, and `by_role_names` when it was added).
    /// Figures are not rounded, so a script can round them once, its own way.
    pub fn to_json(&self) -> Value {
        let mut per_class = serde_json::Map::new();
        for m in &self.per_class {
            per_class.insert(
                m.label.clone(),
                json!({"precision": m.precision, "recall": m.recall, "f1": m.f1, "support": m.support, "predicted": m.predicted}),
            );
        }
        let mut v = json!({
            "n": self.n,
            "accuracy": self.accuracy,
            "macro_f1": self.macro_f1,
            "macro_f1_true_labels": self.macro_f1_true,
            "ece": self.ece,
            "calibration": self.calibration.iter().map(|b| json!({
                "low": b.low, "high": b.high, "n": b.n, "right": b.right, "confidence": b.confidence,
            })).collect::<Vec<_>>(),
            "per_class": per_class,
            "confusion": {"labels": self.labels, "matrix": self.confusion},
        });
        if let Some((called, n)) = self.other_called_a_role() {
            v["other_called_a_role"] = json!({"n": n, "called_a_role": called});
        }
        if let Some([named, not_named]) = self.by_role_names {
            v["by_role_names"] = json!({
                "named_as_the_job": named.to_json(),
                "not_named": not_named.to_json(),
            });
        }
        v
    }

    /// The report as aligned text tables.
    pub fn render(&self) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let longest = self.labels.iter().map(|l| l.len()).max().unwrap_or(5);
        let w = longest.max(9);
        let _ = writeln!(s, "postings  {}", self.n);
        let _ = writeln!(s, "accuracy  {:.3}", self.accuracy);
        let _ = writeln!(s, "macro-F1  {:.3}", self.macro_f1);
        if (self.macro_f1_true - self.macro_f1).abs() > 1e-12 {
            let _ = writeln!(
                s,
                "          {:.3}  over the true labels only",
                self.macro_f1_true
            );
        }
        let _ = writeln!(
            s,
            "ECE       {:.3}  (expected calibration error, 10 bins)",
            self.ece
        );
        let _ = writeln!(s);
        let _ = writeln!(s, "{:<w$}  precision  recall     f1  support", "class");
        for m in &self.per_class {
            let _ = writeln!(
                s,
                "{:<w$}  {:>9.3}  {:>6.3}  {:>5.3}  {:>7}",
                m.label, m.precision, m.recall, m.f1, m.support
            );
        }
        if let Some((called, n)) = self.other_called_a_role() {
            let _ = writeln!(
                s,
                "other called a role: {called} of {n} ({:.1}%)",
                100.0 * called as f64 / n as f64
            );
        }
        let _ = writeln!(s);
        let _ = writeln!(s, "confusion (rows: true label, columns: predicted)");
        let cw = longest.max(5);
        let _ = write!(s, "{:<w$}", "");
        for l in &self.labels {
            let _ = write!(s, "  {l:>cw$}");
        }
        let _ = writeln!(s);
        for (l, row) in self.labels.iter().zip(&self.confusion) {
            let _ = write!(s, "{l:<w$}");
            for v in row {
                let _ = write!(s, "  {v:>cw$}");
            }
            let _ = writeln!(s);
        }
        if let Some([named, not_named]) = self.by_role_names {
            let _ = writeln!(s);
            let _ = writeln!(s, "role names        postings  accuracy  other");
            for (name, g) in [("named as the job", named), ("not named", not_named)] {
                let _ = writeln!(
                    s,
                    "{name:<16}  {:>8}  {:>8.3}  {:>5}",
                    g.n,
                    g.accuracy(),
                    g.other
                );
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metrics_match_a_hand_computed_case() {
        let gold = ["devops", "devops", "sre", "sre", "platform"];
        let pred = ["devops", "sre", "sre", "sre", "devops"];
        let r = evaluate(&["devops", "sre", "platform"], &gold, &pred, &[0.9; 5]);
        assert_eq!(
            r.confusion,
            vec![vec![1, 1, 0], vec![0, 2, 0], vec![1, 0, 0]]
        );
        assert!((r.accuracy - 0.6).abs() < 1e-12);
        assert_eq!(r.wrong(), 2);
        let d = &r.per_class[0];
        assert!((d.precision - 0.5).abs() < 1e-12 && (d.recall - 0.5).abs() < 1e-12);
        let s = &r.per_class[1];
        assert!((s.precision - 2.0 / 3.0).abs() < 1e-12 && (s.recall - 1.0).abs() < 1e-12);
        assert_eq!(r.per_class[2].f1, 0.0);
        let macro_f1 = (0.5 + 0.8 + 0.0) / 3.0;
        assert!((r.macro_f1 - macro_f1).abs() < 1e-12);
    }

    #[test]
    fn other_postings_called_a_role_are_counted_and_shown() {
        let labels = ["devops", "sre", "platform", "other"];
        let gold = ["other", "other", "other", "other", "sre"];
        let pred = ["other", "platform", "sre", "other", "other"];
        let r = evaluate(&labels, &gold, &pred, &[0.9; 5]);
        // Two of the four other postings got a role; an sre called other is not counted.
        assert_eq!(r.other_called_a_role(), Some((2, 4)));
        assert!(
            r.render().contains("other called a role: 2 of 4 (50.0%)"),
            "{}",
            r.render()
        );
        assert_eq!(r.to_json()["other_called_a_role"]["called_a_role"], 2);
        assert_eq!(r.to_json()["other_called_a_role"]["n"], 4);
        // A file without other postings says nothing of it.
        let roles = evaluate(&labels, &["sre"], &["other"], &[0.9]);
        assert_eq!(roles.other_called_a_role(), None);
        assert!(!roles.render().contains("other called a role"));
        assert!(roles.to_json().get("other_called_a_role").is_none());
    }

    #[test]
    fn absent_class_does_not_crash_or_count() {
        let r = evaluate(
            &["devops", "sre", "platform"],
            &["sre", "sre"],
            &["sre", "sre"],
            &[1.0, 1.0],
        );
        assert_eq!(r.per_class[2].support, 0);
        assert_eq!(r.macro_f1, 1.0);
        assert!(r.render().contains("platform"));
    }

    #[test]
    fn macro_f1_over_true_labels_ignores_a_predicted_only_class() {
        // Two sre postings, one called other: other's F1 is 0 and counts in
        // macro_f1 (sre 2/3, other 0) but not over the true labels (sre only).
        let r = evaluate(
            &["sre", "other"],
            &["sre", "sre"],
            &["sre", "other"],
            &[0.9, 0.9],
        );
        assert!((r.macro_f1 - (2.0 / 3.0) / 2.0).abs() < 1e-12);
        assert!((r.macro_f1_true - 2.0 / 3.0).abs() < 1e-12);
        assert!(r.render().contains("over the true labels only"));
        let j = r.to_json();
        assert_eq!(j["macro_f1_true_labels"], 2.0 / 3.0, "not rounded");
        assert_eq!(j["macro_f1"], 1.0 / 3.0);
        assert_eq!(j["per_class"]["other"]["predicted"], 1);
        assert_eq!(j["per_class"]["sre"]["predicted"], 1);
        assert_eq!(j["per_class"]["sre"]["support"], 2);
    }

    #[test]
    fn role_names_split_the_postings_in_two_groups() {
        let gold = ["sre", "devops", "platform", "sre", "other"];
        let pred = ["sre", "devops", "other", "devops", "other"];
        let named = [true, true, false, false, false];
        let r = evaluate(
            &["devops", "sre", "platform", "other"],
            &gold,
            &pred,
            &[0.9; 5],
        );
        assert_eq!(r.by_role_names, None);
        assert!(!r.render().contains("role names"));
        assert!(r.to_json().get("by_role_names").is_none());
        let r = r.with_role_names(&gold, &pred, &named);
        let want = [
            Group {
                n: 2,
                right: 2,
                other: 0,
            },
            Group {
                n: 3,
                right: 1,
                other: 2,
            },
        ];
        assert_eq!(r.by_role_names, Some(want));
        let text = r.render();
        assert!(
            text.contains("named as the job         2     1.000      0"),
            "{text}"
        );
        assert!(
            text.contains("not named                3     0.333      2"),
            "{text}"
        );
        let j = r.to_json();
        assert_eq!(j["by_role_names"]["not_named"]["accuracy"], 1.0 / 3.0);
        assert_eq!(j["by_role_names"]["named_as_the_job"]["n"], 2);
    }

    #[test]
    fn unknown_labels_are_appended() {
        let r = evaluate(&["devops"], &["other"], &["devops"], &[0.5]);
        assert_eq!(r.labels, vec!["devops", "other"]);
    }
}
