//! The columns batch labelling adds to every record, in one place: which
//! there are and in what order ([`AddedColumns::new`]), their names
//! ([`AddedColumns::names`]), what each holds ([`Kind`]) and its value for a
//! row ([`Value`]). The sink of every format and the Python package's columns
//! are all made of these.
//!
//! The columns: `label`, `confidence`, one `score_<label>` per label; with
//! evidence, one `embedding_<label>` per label (the embedding's probability
//! before role mentions were weighed in) and `job_<role>`, `passing_<role>`
//! per role of [`ROLES`] (how often the text names it as the job or in
//! passing), `job_other` (how often it names another job as the job) and
//! `scope` (the scope gate's probability that the posting is one of the
//! roles); then `error`.

use std::collections::HashSet;

use crate::labels::ROLES;
use crate::pipeline::batch::Outcome;

/// One column batch labelling adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    /// `label`: the label given.
    Label,
    /// `confidence`: its probability.
    Confidence,
    /// `score_<label>`: the probability of the label at this index.
    Score(usize),
    /// `embedding_<label>`: the embedding's probability of the label at this
    /// index, before role mentions were weighed in.
    Embedding(usize),
    /// `job_<role>`: how often the text names the role of [`ROLES`] at this
    /// index as the job.
    Job(usize),
    /// `passing_<role>`: how often it names that role in passing.
    Passing(usize),
    /// `job_other`: how often it names another job as the job.
    JobOther,
    /// `scope`: the scope gate's probability that the posting is one of the
    /// roles.
    Scope,
    /// `error`: why the row could not be classified.
    Error,
}

/// What a column holds, for a writer that gives every column one type
/// (Parquet, the Python package): every [`Value`] of the column is of this
/// kind, or [`Value::Missing`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A label or an error message.
    Text,
    /// A probability.
    Prob,
    /// A count of role names.
    Count,
}

/// One value of an added column.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// A label or an error message.
    Text(&'a str),
    /// A probability (written to 4 decimals).
    Prob(f32),
    /// How often the text names a role.
    Count(u32),
    /// Nothing: the row failed, or role mentions were not weighed in (and
    /// the `embedding_<label>` ones when the role names decided without the
    /// encoder), so every row has the same width.
    Missing,
}

impl Column {
    /// The column's name before it is kept from meeting an input column's.
    fn plain_name(self, labels: &[String]) -> String {
        match self {
            Column::Label => "label".into(),
            Column::Confidence => "confidence".into(),
            Column::Score(i) => format!("score_{}", labels[i]),
            Column::Embedding(i) => format!("embedding_{}", labels[i]),
            Column::Job(r) => format!("job_{}", ROLES[r]),
            Column::Passing(r) => format!("passing_{}", ROLES[r]),
            Column::JobOther => "job_other".into(),
            Column::Scope => "scope".into(),
            Column::Error => "error".into(),
        }
    }

    /// What the column holds.
    pub fn kind(self) -> Kind {
        match self {
            Column::Label | Column::Error => Kind::Text,
            Column::Confidence | Column::Score(_) | Column::Embedding(_) | Column::Scope => {
                Kind::Prob
            }
            Column::Job(_) | Column::Passing(_) | Column::JobOther => Kind::Count,
        }
    }

    /// The column's value for a row that came out as `outcome`: only `error`
    /// for a row that failed, nothing in `error` for one that did not.
    pub fn value(self, outcome: &Outcome) -> Value<'_> {
        let pred = match (self, outcome) {
            (Column::Error, Err(e)) => return Value::Text(e),
            (_, Err(_)) | (Column::Error, Ok(_)) => return Value::Missing,
            (_, Ok(pred)) => pred,
        };
        let evidence = pred.evidence.as_ref();
        let value = match self {
            Column::Label => Some(Value::Text(&pred.label)),
            Column::Confidence => Some(Value::Prob(pred.confidence)),
            Column::Score(i) => pred.scores.get(i).map(|(_, p)| Value::Prob(*p)),
            // Empty for a posting its role names decided: it was never embedded.
            Column::Embedding(i) => evidence
                .and_then(|e| e.embedding.as_ref()?.get(i))
                .map(|(_, p)| Value::Prob(*p)),
            Column::Job(r) => evidence.map(|e| Value::Count(e.mentions.job[r])),
            Column::Passing(r) => evidence.map(|e| Value::Count(e.mentions.passing[r])),
            Column::JobOther => evidence.map(|e| Value::Count(e.mentions.other_jobs)),
            Column::Scope => evidence.and_then(|e| e.scope).map(Value::Prob),
            Column::Error => None,
        };
        value.unwrap_or(Value::Missing)
    }
}

/// The columns added to every row of a run, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct AddedColumns {
    labels: Vec<String>,
    columns: Vec<Column>,
}

impl AddedColumns {
    /// The columns for the head's `labels` (in score order) and, with
    /// `evidence`, the evidence columns.
    pub fn new(labels: &[String], evidence: bool) -> AddedColumns {
        let k = labels.len();
        let mut columns = vec![Column::Label, Column::Confidence];
        columns.extend((0..k).map(Column::Score));
        if evidence {
            columns.extend((0..k).map(Column::Embedding));
            columns.extend((0..ROLES.len()).map(Column::Job));
            columns.extend((0..ROLES.len()).map(Column::Passing));
            columns.push(Column::JobOther);
            columns.push(Column::Scope);
        }
        columns.push(Column::Error);
        AddedColumns {
            labels: labels.to_vec(),
            columns,
        }
    }

    /// The columns, in order.
    pub fn columns(&self) -> &[Column] {
        &self.columns
    }

    /// Their names next to an input whose own column (field) names are
    /// `input`. No input column is ever shadowed: a name the input already
    /// uses is prefixed with `jobclass_`, again until it is free (`label` and
    /// `jobclass_label` in the input make the label `jobclass_jobclass_label`).
    pub fn names<'a>(&self, input: impl IntoIterator<Item = &'a [u8]>) -> Vec<String> {
        let names: Vec<String> = self
            .columns
            .iter()
            .map(|c| c.plain_name(&self.labels))
            .collect();
        let input: HashSet<&[u8]> = input.into_iter().collect();
        let mut chosen: Vec<String> = Vec::with_capacity(names.len());
        for plain in &names {
            let mut name = plain.clone();
            // A renamed column must meet neither an input column nor another
            // added one, whatever the head's labels are called.
            while input.contains(plain.as_bytes())
                && (input.contains(name.as_bytes())
                    || names.contains(&name)
                    || chosen.contains(&name))
            {
                name = format!("jobclass_{name}");
            }
            chosen.push(name);
        }
        chosen
    }

    /// What each column holds, in order.
    pub fn kinds(&self) -> impl Iterator<Item = Kind> {
        self.columns.iter().map(|c| c.kind())
    }

    /// The values of a row that came out as `outcome`, in order.
    pub fn values<'o>(&self, outcome: &'o Outcome) -> impl Iterator<Item = Value<'o>> {
        self.columns.iter().map(move |c| c.value(outcome))
    }
}
