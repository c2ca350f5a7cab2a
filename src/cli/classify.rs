//! `jobclass classify`: one posting from standard input.

use std::io::Write;

use anyhow::Result;
use jobclass::output::prediction;

use super::args::{ClassifyArgs, Global};
use super::common::{RunStatus, load_classifier, read_stdin_text};
use super::terminal;

pub fn run(g: &Global, a: ClassifyArgs) -> Result<RunStatus> {
    let text = read_stdin_text()?;
    let classifier = load_classifier(g, &a.opts)?;
    let (pred, segments) = if a.explain {
        let (pred, segments) = classifier.explain(&text)?;
        (pred, Some(segments))
    } else {
        (classifier.predict(&[&text])?.remove(0), None)
    };
    let mut out = terminal::stdout();
    if a.json {
        writeln!(out, "{}", prediction::to_json(&pred, segments.as_deref()))?;
    } else {
        prediction::write_text(&mut out, &pred, segments.as_deref())?;
    }
    Ok(RunStatus::Success)
}
