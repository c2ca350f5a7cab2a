//! Feed models from Python: `_adapt`, behind `jobclass.adapt`.

use std::path::PathBuf;

use jobclass::training::feed_fit::{AdaptSettings, adapt};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

use crate::convert::row_texts;
use crate::to_py_err;

/// A feed model from texts (and titles): ``(file contents, warnings)``;
/// written to ``path`` too when one is given. Rows without a text are left
/// out and counted in the second value.
#[pyfunction]
#[pyo3(signature = (texts, titles=None, min_examples=jobclass::training::feed_fit::DEFAULT_MIN_EXAMPLES, path=None))]
pub(crate) fn _adapt<'py>(
    py: Python<'py>,
    texts: &Bound<'py, PyAny>,
    titles: Option<&Bound<'py, PyAny>>,
    min_examples: u64,
    path: Option<PathBuf>,
) -> PyResult<(Bound<'py, PyBytes>, Vec<String>, u64)> {
    let rows = row_texts(texts, titles)?;
    let mut kept = Vec::with_capacity(rows.len());
    let mut skipped = 0u64;
    for row in rows {
        match row {
            Ok(t) => kept.push(t),
            Err(_) => skipped += 1,
        }
    }
    let settings = AdaptSettings {
        min_examples,
        ..AdaptSettings::default()
    };
    let adapted = py.detach(|| adapt(&kept, &settings)).map_err(to_py_err)?;
    if let Some(path) = &path {
        adapted.model.save(path).map_err(to_py_err)?;
    }
    let mut warnings = adapted.warnings;
    if skipped > 0 {
        warnings.push(format!("{skipped} rows without a text were left out"));
    }
    Ok((
        PyBytes::new(py, adapted.model.to_json().as_bytes()),
        warnings,
        skipped,
    ))
}
