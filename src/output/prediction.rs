//! A prediction as people and programs read it: the text and JSON that
//! `classify` prints (the columns `batch` adds are in [`super::columns`]).
//! Probabilities are shown to 4 decimals ([`round4`]); the ranking never
//! changes.

use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::labels::ROLES;
use crate::math::round4;
use crate::pipeline::mentions::Mentions;
use crate::pipeline::prediction::{Prediction, SegmentScore};
use crate::text::shorten;

/// `{"label", "confidence", "scores", "evidence"?, "segments"?}` on one line:
/// what `classify --json` prints (`segments` with `--explain`).
pub fn to_json(pred: &Prediction, segments: Option<&[SegmentScore]>) -> String {
    let shown = JsonPrediction {
        label: &pred.label,
        confidence: round4(pred.confidence),
        scores: Scores(&pred.scores),
        evidence: pred.evidence.as_ref().map(|e| JsonEvidence {
            embedding: e.embedding.as_deref().map(Scores),
            mentions: JsonMentions(&e.mentions),
            feed: e.feed.as_ref().map(|f| JsonFeed {
                scores: Scores(&f.scores),
                words: Scores(&f.words),
            }),
            other_jobs: e.mentions.other_jobs,
            scope: e.scope.map(round4),
        }),
        segments: segments.map(|segs| {
            segs.iter()
                .map(|s| JsonSegment {
                    text: &s.text,
                    scores: Scores(&s.scores),
                    set_aside: round4(s.set_aside),
                    weight: round4(s.weight),
                })
                .collect()
        }),
    };
    serde_json::to_string(&shown).expect("a prediction serialises")
}

#[derive(Serialize)]
struct JsonPrediction<'a> {
    label: &'a str,
    confidence: f64,
    scores: Scores<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    evidence: Option<JsonEvidence<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    segments: Option<Vec<JsonSegment<'a>>>,
}

#[derive(Serialize)]
struct JsonEvidence<'a> {
    /// `null` for a posting its role names decided: it was never embedded.
    embedding: Option<Scores<'a>>,
    mentions: JsonMentions<'a>,
    /// Present only with a feed model, for a posting it read.
    #[serde(skip_serializing_if = "Option::is_none")]
    feed: Option<JsonFeed<'a>>,
    /// How often another job is named as the job.
    other_jobs: u32,
    /// The scope gate's probability that the posting is one of the roles;
    /// `null` when it was not embedded or the head has no gate.
    scope: Option<f64>,
}

/// `{"scores": {"devops": p, ...}, "words": {"term": push, ...}}`.
#[derive(Serialize)]
struct JsonFeed<'a> {
    scores: Scores<'a>,
    words: Scores<'a>,
}

#[derive(Serialize)]
struct JsonSegment<'a> {
    text: &'a str,
    scores: Scores<'a>,
    set_aside: f64,
    weight: f64,
}

/// Probabilities as `{"label": p}`, in their order, rounded.
struct Scores<'a>(&'a [(String, f32)]);

impl Serialize for Scores<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (k, v) in self.0 {
            m.serialize_entry(k, &round4(*v))?;
        }
        m.end()
    }
}

/// `{"devops": {"job": 1, "passing": 2}, ...}`.
struct JsonMentions<'a>(&'a Mentions);

impl Serialize for JsonMentions<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Counts {
            job: u32,
            passing: u32,
        }
        let mut map = s.serialize_map(Some(ROLES.len()))?;
        for (r, role) in ROLES.iter().enumerate() {
            let counts = Counts {
                job: self.0.job[r],
                passing: self.0.passing[r],
            };
            map.serialize_entry(role, &counts)?;
        }
        map.end()
    }
}

/// What `classify` prints: the label and its confidence, every label's score,
/// the evidence when role mentions were weighed in, and with `--explain` the
/// segments.
pub fn write_text(
    out: &mut impl Write,
    pred: &Prediction,
    segments: Option<&[SegmentScore]>,
) -> std::io::Result<()> {
    writeln!(out, "{} (confidence {:.2})", pred.label, pred.confidence)?;
    for (label, score) in &pred.scores {
        writeln!(out, "  {label:<9} {:.4}", round4(*score))?;
    }
    if let Some(e) = &pred.evidence {
        writeln!(out, "evidence:")?;
        match &e.embedding {
            Some(emb) => {
                let embedded: Vec<String> =
                    emb.iter().map(|(l, p)| format!("{l} {p:.2}")).collect();
                writeln!(out, "  embedding alone   {}", embedded.join(", "))?;
            }
            None => writeln!(
                out,
                "  embedding alone   not computed: the one role named as the job decided"
            )?,
        }
        writeln!(out, "  named as the job  {}", describe(&e.mentions.job))?;
        writeln!(out, "  named in passing  {}", describe(&e.mentions.passing))?;
        writeln!(out, "  other jobs named  {}", e.mentions.other_jobs)?;
        if let Some(scope) = e.scope {
            writeln!(out, "  one of the roles  {scope:.2} (the scope gate)")?;
        }
        if let Some(feed) = &e.feed {
            let read: Vec<String> = feed
                .scores
                .iter()
                .map(|(l, p)| format!("{l} {p:.2}"))
                .collect();
            writeln!(out, "  feed model        {}", read.join(", "))?;
            let words: Vec<String> = feed
                .words
                .iter()
                .map(|(w, p)| format!("{w} ({p:.2})"))
                .collect();
            writeln!(
                out,
                "  its words         {}",
                if words.is_empty() {
                    "none it knows".to_string()
                } else {
                    words.join(", ")
                }
            )?;
        }
    }
    if let Some(segs) = segments {
        write_segments(out, segs)?;
    }
    Ok(())
}

/// The segments of `classify --explain`, one line each: weight, the label the
/// segment leans to and its probability, the start of the text.
fn write_segments(out: &mut impl Write, segs: &[SegmentScore]) -> std::io::Result<()> {
    writeln!(
        out,
        "segments (weight in the mean, the label each leans to):"
    )?;
    for s in segs {
        let (label, p) = s.leaning();
        let shown = shorten(&s.text, 72);
        writeln!(out, "  {:.2}  {label:<8} {p:.2}  {shown}", s.weight)?;
    }
    Ok(())
}

/// "sre 1, devops 2", or "none".
fn describe(counts: &[u32; ROLES.len()]) -> String {
    let parts: Vec<String> = ROLES
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
