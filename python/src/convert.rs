//! Python values to and from the library's: texts (with the reasons a value
//! is not one, in the words `batch` uses) and predictions as the dicts of
//! `classify --json`.

use jobclass::output::prediction;
use jobclass::pipeline::prediction::{Prediction, SegmentScore};
use jobclass::text::{decode_utf8, posting_text};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyList, PyString};

/// A Python text: `str` (refused with lone surrogates, which are not
/// Unicode text) or UTF-8 `bytes`; why not otherwise.
fn text_value(v: &Bound<'_, PyAny>) -> Result<Option<String>, String> {
    if v.is_none() {
        return Ok(None);
    }
    if let Ok(s) = v.cast::<PyString>() {
        return s
            .to_cow()
            .map(|s| Some(s.to_string()))
            .map_err(|_| "not valid Unicode (it holds a lone surrogate)".to_string());
    }
    if let Ok(b) = v.cast::<PyBytes>() {
        return decode_utf8(b.as_bytes()).map(|s| Some(s.to_string()));
    }
    let kind = v
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into());
    Err(format!("not a string ({kind})"))
}

/// The text to classify of one row, or why there is none, as `batch` says it.
fn row_text(body: &Bound<'_, PyAny>, title: Option<&Bound<'_, PyAny>>) -> Result<String, String> {
    let body = text_value(body)
        .map_err(|e| format!("text column: {e}"))?
        .ok_or_else(|| "text column: no value (null)".to_string())?;
    let title = title
        .map(text_value)
        .transpose()
        .map_err(|e| format!("title column: {e}"))?
        .flatten();
    posting_text(title.as_deref(), &body)
}

/// Each row's text from text values (and title values, as many), or why
/// it has none.
pub fn row_texts<'py>(
    texts: &Bound<'py, PyAny>,
    titles: Option<&Bound<'py, PyAny>>,
) -> PyResult<Vec<Result<String, String>>> {
    let bodies: Vec<Bound<'py, PyAny>> = texts.try_iter()?.collect::<PyResult<_>>()?;
    let titles: Option<Vec<Bound<'py, PyAny>>> = titles
        .map(|t| t.try_iter()?.collect::<PyResult<_>>())
        .transpose()?;
    if let Some(t) = &titles
        && t.len() != bodies.len()
    {
        return Err(PyValueError::new_err(format!(
            "{} titles for {} texts",
            t.len(),
            bodies.len()
        )));
    }
    Ok(bodies
        .iter()
        .enumerate()
        .map(|(i, b)| row_text(b, titles.as_ref().map(|t| &t[i])))
        .collect())
}

/// One text for `classify` and `predict`: refused with a `ValueError` (or a
/// `TypeError` for what is not text) saying which.
pub fn checked_text(v: &Bound<'_, PyAny>, which: &str) -> PyResult<String> {
    match text_value(v) {
        Ok(Some(t)) => {
            posting_text(None, &t).map_err(|e| PyValueError::new_err(format!("{which}: {e}")))
        }
        Ok(None) => Err(PyTypeError::new_err(format!("{which}: None is not a text"))),
        Err(e) if e.starts_with("not a string") => {
            Err(PyTypeError::new_err(format!("{which}: {e}")))
        }
        Err(e) => Err(PyValueError::new_err(format!("{which}: {e}"))),
    }
}

/// Every text of an iterable, each checked as [`checked_text`] does (the
/// error names its index).
pub fn checked_texts(texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    texts
        .try_iter()?
        .enumerate()
        .map(|(i, t)| checked_text(&t?, &format!("texts[{i}]")))
        .collect()
}

/// A JSON value as the Python value `json.loads` would give.
fn json_to_py<'py>(py: Python<'py>, v: &serde_json::Value) -> PyResult<Bound<'py, PyAny>> {
    use serde_json::Value;
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => b.into_pyobject(py)?.to_owned().into_any(),
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.into_pyobject(py)?.into_any(),
            None => n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any(),
        },
        Value::String(s) => s.into_pyobject(py)?.into_any(),
        Value::Array(a) => {
            let items = a
                .iter()
                .map(|x| json_to_py(py, x))
                .collect::<PyResult<Vec<_>>>()?;
            PyList::new(py, items)?.into_any()
        }
        Value::Object(m) => {
            let d = PyDict::new(py);
            for (k, x) in m {
                d.set_item(k, json_to_py(py, x)?)?;
            }
            d.into_any()
        }
    })
}

/// A prediction as the dict of `classify --json`.
pub fn prediction_dict<'py>(
    py: Python<'py>,
    pred: &Prediction,
    segments: Option<&[SegmentScore]>,
) -> PyResult<Bound<'py, PyAny>> {
    let json: serde_json::Value =
        serde_json::from_str(&prediction::to_json(pred, segments)).expect("to_json gives JSON");
    json_to_py(py, &json)
}
