//! Request bodies read as postings, and answers written as JSON. A posting is
//! a JSON object with `text` and, optionally, `title`, read by the same code
//! as a line of a JSON Lines file given to `batch --text-column text
//! --title-column title` ([`crate::io::jsonl`]), so a posting that cannot be
//! labeled gets the words of `batch`'s `error` column (`empty text`, `text
//! field: "text" is a number, not a string`). A prediction is written by
//! [`crate::output::prediction::to_json`], as `classify --json` prints it.

use std::io::Cursor;

use crate::io::jsonl::{JsonlInput, JsonlSource, bool_field, parse_object, posting_of};
use crate::io::source::{RecordText, Source};
use crate::output::prediction::to_json;
use crate::pipeline::batch::Outcome;
use crate::pipeline::prediction::{Prediction, SegmentScore};

/// The field of a posting's text.
pub const TEXT: &str = "text";
/// The field of its title, joined before the text.
pub const TITLE: &str = "title";
/// The field that asks for the segments too (`classify --explain`).
pub const EXPLAIN: &str = "explain";

/// The posting of a `POST /v1/classify` request.
pub struct Single {
    /// Its text, or why it cannot be labeled.
    pub text: RecordText,
    /// Whether the segments are asked for too.
    pub explain: bool,
}

/// Reads the body of `POST /v1/classify`: one JSON object. The error is a
/// whole request that is not one (answered 400).
pub fn single(body: &[u8]) -> Result<Single, String> {
    let body = std::str::from_utf8(body).map_err(|e| {
        format!(
            "the body is not UTF-8 (at byte {}): send JSON",
            e.valid_up_to()
        )
    })?;
    let fields = parse_object(body).map_err(|p| format!("the body {p}"))?;
    let explain = bool_field(&fields, EXPLAIN)?.unwrap_or(false);
    Ok(Single {
        text: posting_of(&fields, TEXT, Some(TITLE)),
        explain,
    })
}

/// How the postings of a `POST /v1/classify/batch` request were sent, and
/// so how they are answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A JSON array of postings, answered by a JSON array.
    Array,
    /// JSON Lines, a posting a line, answered a result a line.
    Lines,
}

impl Form {
    /// The `Content-Type` of an answer in this form.
    pub fn content_type(self) -> &'static str {
        match self {
            Form::Array => "application/json",
            Form::Lines => "application/x-ndjson",
        }
    }
}

/// Reads the body of `POST /v1/classify/batch`: a JSON array of postings when
/// it starts with `[`, else JSON Lines. Each posting's text, or why it has
/// none; the error is a whole body that cannot be read (answered 400): an
/// array that is not JSON, JSON Lines in UTF-16.
pub fn many(body: &[u8]) -> Result<(Form, Vec<RecordText>), String> {
    let start = body
        .strip_prefix(&crate::text::UTF8_BOM[..])
        .unwrap_or(body);
    if start.trim_ascii_start().starts_with(b"[") {
        let items: Vec<Box<serde_json::value::RawValue>> = serde_json::from_slice(start)
            .map_err(|e| format!("the body starts with [ but is not a JSON array ({e})"))?;
        let texts = items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                parse_object(item.get())
                    .map_err(|p| format!("posting {} {p}", i + 1))
                    .and_then(|fields| posting_of(&fields, TEXT, Some(TITLE)))
            })
            .collect();
        return Ok((Form::Array, texts));
    }
    let input = JsonlInput::from_reader(
        Box::new(Cursor::new(body.to_vec())),
        Some(body.len() as u64),
        "the body".into(),
    );
    let mut source = JsonlSource::new(input, TEXT, Some(TITLE));
    let mut texts = Vec::new();
    while let Some((_, text)) = source.next_record().map_err(|e| e.to_string())? {
        texts.push(text);
    }
    Ok((Form::Lines, texts))
}

/// `{"error": why}`.
pub fn error_json(why: &str) -> String {
    serde_json::json!({ "error": why }).to_string()
}

/// A posting's answer: its prediction as `classify --json` prints it, with
/// the segments when they were asked for, or `{"error": why}`.
pub fn answer_json(outcome: &Outcome, segments: Option<&[SegmentScore]>) -> String {
    match outcome {
        Ok(p) => to_json(p, segments),
        Err(why) => error_json(why),
    }
}

/// The answers of a batch request, in the form it was sent in.
pub fn answers(form: Form, outcomes: &[Outcome]) -> String {
    let items = outcomes.iter().map(|o| answer_json(o, None));
    match form {
        Form::Array => format!("[{}]", items.collect::<Vec<_>>().join(",")),
        Form::Lines => items.map(|i| i + "\n").collect(),
    }
}

/// The label a posting got, or `None` when it got an error.
pub fn label_of(outcome: &Outcome) -> Option<&str> {
    outcome.as_ref().ok().map(|p: &Prediction| p.label.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_posting_gets_the_words_of_batch_for_what_it_lacks() {
        let (form, texts) =
            many(b"[{\"text\": \"SRE\"}, {\"title\": \"x\"}, 3, {\"text\": \" \"}]").unwrap();
        assert_eq!(form, Form::Array);
        assert_eq!(texts[0], Ok("SRE".to_string()));
        assert_eq!(
            texts[1],
            Err("text field: no \"text\" in this object".to_string())
        );
        assert_eq!(
            texts[2],
            Err("posting 3 is a number, not a JSON object".to_string())
        );
        assert_eq!(texts[3], Err("empty text".to_string()));
    }

    #[test]
    fn json_lines_are_read_as_batch_reads_them() {
        let body = b"{\"text\": \"body\", \"title\": \"SRE\"}\n\nnot json\n{\"text\": 1}\n";
        let (form, texts) = many(body).unwrap();
        assert_eq!(form, Form::Lines);
        assert_eq!(texts.len(), 3, "a blank line is no posting");
        assert_eq!(texts[0], Ok("SRE\nbody".to_string()));
        assert!(
            texts[1]
                .as_ref()
                .unwrap_err()
                .starts_with("line 3 is not JSON")
        );
        assert_eq!(
            texts[2],
            Err("text field: \"text\" is a number, not a string".to_string())
        );
    }

    #[test]
    fn a_body_that_is_no_object_or_array_is_refused_whole() {
        assert!(single(b"[1]").is_err_and(|e| e.contains("an array, not a JSON object")));
        assert!(
            single(b"{\"text\": \"a\", \"explain\": \"yes\"}")
                .is_err_and(|e| e.contains("\"explain\" is a string, not true or false"))
        );
        assert!(many(b"[{\"text\": \"a\"},").is_err());
        let s = single(b"{\"text\": \"a\", \"explain\": true}").unwrap();
        assert!(s.explain && s.text.is_ok());
    }
}
