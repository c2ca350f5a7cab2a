//! `jobclass embed`: one vector per line of standard input.

use std::io::{self, BufRead, BufWriter, Write};

use anyhow::Result;
use jobclass::error::Error;
use jobclass::model::precision::Precision;
use jobclass::model::window::Windowing;

use super::args::{EmbedArgs, Global};
use super::common::{RunStatus, load_embedder};

/// Lines embedded per call.
const GROUP: usize = 64;

pub fn run(g: &Global, a: EmbedArgs) -> Result<RunStatus> {
    let windowing = if a.chunk {
        Windowing::OVERLAPPING
    } else {
        Windowing::Truncate
    };
    // Read and check all lines before loading the model, so bad input fails fast.
    let lines = read_lines()?;
    let embedder = load_embedder(g, Precision::EMBEDDING_DEFAULT, None)?;
    let mut out = BufWriter::new(io::stdout().lock());
    for group in lines.chunks(GROUP) {
        let texts: Vec<&str> = group.iter().map(String::as_str).collect();
        for v in embedder.embed(&texts, windowing)? {
            serde_json::to_writer(&mut out, &v)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok(RunStatus::Success)
}

/// The lines of standard input, each UTF-8 and not empty.
fn read_lines() -> Result<Vec<String>> {
    let mut lines = Vec::new();
    for (i, line) in io::stdin().lock().split(b'\n').enumerate() {
        let line = line.map_err(|e| Error::io("cannot read standard input", e))?;
        let n = i + 1;
        let text = std::str::from_utf8(&line).map_err(|e| {
            Error::Input(format!(
                "line {n}: invalid UTF-8 at byte {}",
                e.valid_up_to()
            ))
        })?;
        let text = text.strip_suffix('\r').unwrap_or(text);
        if jobclass::text::text_problem(text).is_some() {
            return Err(Error::Input(format!("line {n} is empty: give one text per line")).into());
        }
        lines.push(text.to_string());
    }
    if lines.is_empty() {
        return Err(Error::Input("standard input is empty: give one text per line".into()).into());
    }
    Ok(lines)
}
