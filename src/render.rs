//! A prediction as people and programs see it, in one place: the text and JSON
//! of `classify`, the columns `batch` adds, and the rows it writes, one
//! [`Sink`] of batch labelling per format ([`CsvSink`], [`JsonlSink`]).
//! Probabilities are shown to 4 decimals ([`round4`]); the ranking never
//! changes.

use std::io::Write;

use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

use crate::error::{Error, Result};
use crate::io::jsonl_input::JsonRecord;
use crate::labels::ROLES;
use crate::math::round4;
use crate::pipeline::batch::{Outcome, Row, Sink};
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
fn describe(counts: &[u32; 3]) -> String {
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

/// Names of the columns batch labelling adds: `label`, `confidence`, one
/// `score_<label>` per label; with `evidence`, one `embedding_<label>` per
/// label (the embedding's probability before role mentions were weighed in)
/// and `job_<role>`, `passing_<role>` per role of [`ROLES`] (how often the
/// text names it as the job or in passing), `job_other` (how often it names
/// another job as the job) and `scope` (the scope gate's probability that
/// the posting is one of the roles); then `error`. No input column is
/// ever shadowed: a name the input already uses is prefixed with `jobclass_`,
/// again until it is free (`label` and `jobclass_label` in the input make the
/// label `jobclass_jobclass_label`). CSV headers, JSON Lines field names and
/// the Python package's columns are all named here.
pub fn added_columns(
    input_headers: &csv::ByteRecord,
    labels: &[String],
    evidence: bool,
) -> Vec<String> {
    let mut names = vec!["label".to_string(), "confidence".to_string()];
    names.extend(labels.iter().map(|l| format!("score_{l}")));
    if evidence {
        names.extend(labels.iter().map(|l| format!("embedding_{l}")));
        for kind in ["job", "passing"] {
            names.extend(ROLES.iter().map(|r| format!("{kind}_{r}")));
        }
        names.push("job_other".to_string());
        names.push("scope".to_string());
    }
    names.push("error".to_string());
    let input: std::collections::HashSet<&[u8]> = input_headers.iter().collect();
    let mut chosen: Vec<String> = Vec::with_capacity(names.len());
    for plain in &names {
        let mut name = plain.clone();
        // A renamed column must meet neither an input column nor another
        // added one, whatever the head's labels are called.
        while input.contains(plain.as_bytes())
            && (input.contains(name.as_bytes()) || names.contains(&name) || chosen.contains(&name))
        {
            name = format!("jobclass_{name}");
        }
        chosen.push(name);
    }
    chosen
}

/// One value of the columns [`added_columns`] names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Added<'a> {
    /// A label or an error message.
    Text(&'a str),
    /// A probability (written to 4 decimals).
    Prob(f32),
    /// How often the text names a role.
    Count(u32),
    /// Nothing: the row failed, or role mentions were not weighed in.
    Missing,
}

/// The values of [`added_columns`] for one outcome and `k` labels, in order
/// (all `Missing` but `error` when it failed; the evidence columns `Missing`
/// when role mentions were not weighed in, and the `embedding_<label>` ones
/// when the role names decided without the encoder, so every row has the
/// same width).
/// CSV rows, JSON lines and the Python package's columns are all made of it.
pub fn added_values(outcome: &Outcome, k: usize, evidence: bool) -> Vec<Added<'_>> {
    let evidence_columns = k + 2 * ROLES.len() + 2;
    let filled = 2 + k + if evidence { evidence_columns } else { 0 };
    let mut out = Vec::with_capacity(filled + 1);
    match outcome {
        Ok(pred) => {
            out.push(Added::Text(&pred.label));
            out.push(Added::Prob(pred.confidence));
            out.extend(pred.scores.iter().map(|(_, s)| Added::Prob(*s)));
            if evidence {
                match &pred.evidence {
                    Some(e) => {
                        // Empty for a posting its role names decided: it was never embedded.
                        match &e.embedding {
                            Some(emb) => out.extend(emb.iter().map(|(_, p)| Added::Prob(*p))),
                            None => out.extend((0..k).map(|_| Added::Missing)),
                        }
                        for counts in [&e.mentions.job, &e.mentions.passing] {
                            out.extend(counts.iter().map(|&n| Added::Count(n)));
                        }
                        out.push(Added::Count(e.mentions.other_jobs));
                        out.push(e.scope.map_or(Added::Missing, Added::Prob));
                    }
                    None => out.extend((0..evidence_columns).map(|_| Added::Missing)),
                }
            }
            out.push(Added::Missing);
        }
        Err(e) => {
            out.extend((0..filled).map(|_| Added::Missing));
            out.push(Added::Text(e));
        }
    }
    out
}

/// What each of [`added_columns`] holds, in order, for a writer that gives
/// every column one type (Parquet): [`added_values`] of any outcome has a
/// value of this kind, or [`Added::Missing`], in each place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddedKind {
    /// A label or an error message.
    Text,
    /// A probability.
    Prob,
    /// A count of role names.
    Count,
}

/// The kinds of [`added_columns`] for `k` labels (and `evidence`).
pub fn added_kinds(k: usize, evidence: bool) -> Vec<AddedKind> {
    let mut out = vec![AddedKind::Text, AddedKind::Prob];
    out.extend((0..k).map(|_| AddedKind::Prob));
    if evidence {
        out.extend((0..k).map(|_| AddedKind::Prob));
        out.extend((0..2 * ROLES.len() + 1).map(|_| AddedKind::Count));
        out.push(AddedKind::Prob);
    }
    out.push(AddedKind::Text);
    out
}

/// A row of the labeled CSV: its input fields, then [`added_values`].
pub fn csv_record(row: &Row, k: usize, evidence: bool) -> csv::ByteRecord {
    let added = added_values(&row.outcome, k, evidence);
    let mut out = csv::ByteRecord::with_capacity(0, row.fields.len() + added.len());
    for f in &row.fields {
        out.push_field(f);
    }
    for v in added {
        match v {
            Added::Text(t) => out.push_field(t.as_bytes()),
            Added::Prob(p) => out.push_field(format!("{p:.4}").as_bytes()),
            Added::Count(n) => out.push_field(n.to_string().as_bytes()),
            Added::Missing => out.push_field(b""),
        }
    }
    out
}

/// The writer's I/O errors are output errors (exit 4), not the CSV input
/// errors its error type otherwise stands for.
fn csv_write_error(e: csv::Error) -> Error {
    match e.kind() {
        csv::ErrorKind::Io(_) => match e.into_kind() {
            csv::ErrorKind::Io(io) => output_error(io),
            _ => unreachable!("matched as I/O"),
        },
        _ => Error::Csv(e),
    }
}

fn output_error(e: std::io::Error) -> Error {
    Error::write("cannot write the output", e)
}

/// Writes labeled CSV: the header first, as soon as the sink is made, then
/// each group of rows ([`csv_record`]) as soon as it is done, flushed, so a
/// reader downstream sees rows as they come.
pub struct CsvSink<W: Write> {
    writer: csv::Writer<W>,
    labels: usize,
    evidence: bool,
}

impl<W: Write> CsvSink<W> {
    /// Writes the header to `out`: the input's `headers`, then
    /// [`added_columns`] for `labels` (and `evidence`). `delimiter` is the
    /// input's, so a TSV stays a TSV.
    pub fn new(
        out: W,
        headers: &csv::ByteRecord,
        labels: &[String],
        delimiter: u8,
        evidence: bool,
    ) -> Result<CsvSink<W>> {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .flexible(false)
            .from_writer(out);
        let mut header = headers.clone();
        for n in added_columns(headers, labels, evidence) {
            header.push_field(n.as_bytes());
        }
        writer.write_byte_record(&header).map_err(csv_write_error)?;
        writer.flush().map_err(output_error)?;
        Ok(CsvSink {
            writer,
            labels: labels.len(),
            evidence,
        })
    }
}

impl<W: Write> Sink<csv::ByteRecord> for CsvSink<W> {
    fn write(&mut self, rows: &[Row]) -> Result<()> {
        for row in rows {
            self.writer
                .write_byte_record(&csv_record(row, self.labels, self.evidence))
                .map_err(csv_write_error)?;
        }
        self.writer.flush().map_err(output_error)
    }
}

/// A labeled JSON line, without its newline: the object's own fields as
/// they were written (names and values byte for byte, duplicates included,
/// in their order), then the fields of [`added_columns`] (probabilities
/// rounded to 4 decimals, `null` where the CSV has an empty field). A line
/// that was no JSON object comes back as
/// `{"jobclass_line": N, "jobclass_input": "<the line>", …, "error"}`.
pub fn json_record(row: &Row<JsonRecord>, labels: &[String], evidence: bool) -> String {
    use serde_json::Value;
    let mut out = String::from("{");
    let mut push = |name: &str, value: &str| {
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(name);
        out.push(':');
        out.push_str(value);
    };
    let mut keys = csv::ByteRecord::new();
    match &row.fields {
        JsonRecord::Object(object) => {
            for f in object {
                push(f.raw_name.get(), f.value.get());
                // A name with a lone surrogate escaped meets no added name.
                keys.push_field(f.name.as_deref().unwrap_or(f.raw_name.get()).as_bytes());
            }
        }
        JsonRecord::Unreadable { line, raw, .. } => {
            push("\"jobclass_line\"", &line.to_string());
            push("\"jobclass_input\"", &Value::from(raw.as_str()).to_string());
        }
    }
    let names = added_columns(&keys, labels, evidence);
    for (name, v) in names
        .into_iter()
        .zip(added_values(&row.outcome, labels.len(), evidence))
    {
        let v = match v {
            Added::Text(t) => Value::from(t),
            Added::Prob(p) => Value::from(round4(p)),
            Added::Count(n) => Value::from(n),
            Added::Missing => Value::Null,
        };
        push(&Value::from(name).to_string(), &v.to_string());
    }
    out.push('}');
    out
}

/// Writes labeled JSON Lines: one object per line ([`json_record`]), each
/// group flushed as soon as it is done.
pub struct JsonlSink<W: Write> {
    out: W,
    labels: Vec<String>,
    evidence: bool,
}

impl<W: Write> JsonlSink<W> {
    /// Writes to `out`, with the columns of `labels` (and `evidence`).
    pub fn new(out: W, labels: &[String], evidence: bool) -> JsonlSink<W> {
        JsonlSink {
            out,
            labels: labels.to_vec(),
            evidence,
        }
    }
}

impl<W: Write> Sink<JsonRecord> for JsonlSink<W> {
    fn write(&mut self, rows: &[Row<JsonRecord>]) -> Result<()> {
        for row in rows {
            let mut line = json_record(row, &self.labels, self.evidence);
            line.push('\n');
            self.out.write_all(line.as_bytes()).map_err(output_error)?;
        }
        self.out.flush().map_err(output_error)
    }
}
