//! `jobclass._jobclass`: the Python face of the jobclass library. Everything a
//! prediction is made of — text checks, segments, the model, the head, the
//! columns `batch` adds — is the Rust library's; this module only converts
//! Python values, releases the GIL while the model runs, and keeps one model
//! and one thread pool per object, loaded on first use.

use jobclass::error::Error;
use jobclass::model::embed::DIM;
use jobclass::model::files;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;

mod adapt;
mod classifier;
mod convert;
mod model_dir;

/// A library error as the exception Python sees: `ValueError` for what the
/// caller gave, `RuntimeError` otherwise.
pub(crate) fn to_py_err(e: Error) -> PyErr {
    match e {
        Error::Input(_) | Error::UnknownLabel { .. } => PyValueError::new_err(e.to_string()),
        _ => PyRuntimeError::new_err(e.to_string()),
    }
}

/// Vector width of ``embed``.
#[pymodule]
fn _jobclass(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<classifier::PyClassifier>()?;
    m.add_function(wrap_pyfunction!(adapt::_adapt, m)?)?;
    m.add("DIM", DIM)?;
    m.add("MODEL_PACKAGE", files::PACKAGE)?;
    m.add("MODEL_VERSION", files::VERSION)?;
    Ok(())
}
