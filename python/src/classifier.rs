//! The `Classifier` class: its settings (all a pickle carries), the model and
//! thread pool it loads on first use in each process, and its methods.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use jobclass::labels::SET_ASIDE;
use jobclass::model::adapter::EncoderChoice;
use jobclass::model::embed::{DIM, Embedder, EmbedderConfig};
use jobclass::model::files;
use jobclass::model::precision::Precision;
use jobclass::model::window::Windowing;
use jobclass::output::columns::{AddedColumns, Kind, Value};
use jobclass::pipeline::batch::predict_valid;
use jobclass::pipeline::classifier::{Classifier as Core, Pooling};
use jobclass::pipeline::config::{ClassifierConfig, Prepared};
use jobclass::pipeline::feed::FeedModel;
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyList, PyTuple};

use crate::convert::{checked_text, checked_texts, prediction_dict, row_texts};
use crate::model_dir::model_files;
use crate::to_py_err;

/// What an object was made with: all a pickle carries.
#[derive(Clone)]
struct Settings {
    model_dir: Option<PathBuf>,
    /// As given: `embed` without one runs fp32, as `jobclass embed`.
    precision: Option<Precision>,
    threads: Option<usize>,
    /// The classifier's settings, its head and adapter read and checked.
    classifier: Prepared,
}

/// The model, the head and the thread pool, in the process that loaded them.
struct Loaded {
    /// A child made by `fork` has none of its parent's threads: it loads anew.
    pid: u32,
    pool: rayon::ThreadPool,
    /// The verified model folder it was loaded from.
    files: files::ModelFiles,
    classifier: Core,
    /// For `embed` when no precision was asked for: fp32, as `jobclass embed`.
    f32_embedder: Mutex<Option<Arc<Embedder>>>,
}

/// Classifies job postings as DevOps, SRE or Platform Engineering (or other).
///
/// Nothing is loaded until the first call (so an object made before a fork,
/// or unpickled on a worker, loads in the process that uses it). Every call
/// releases the GIL while the model runs, on a pool of ``threads`` threads.
#[pyclass(subclass, module = "jobclass._jobclass", name = "Classifier")]
pub(crate) struct PyClassifier {
    settings: Settings,
    loaded: Mutex<Option<Arc<Loaded>>>,
}

impl PyClassifier {
    /// The loaded model of this process, loading it first if need be.
    fn loaded(&self, py: Python<'_>) -> PyResult<Arc<Loaded>> {
        let pid = std::process::id();
        if let Some(l) = self.lock().as_ref().filter(|l| l.pid == pid) {
            return Ok(l.clone());
        }
        let files = model_files(py, self.settings.model_dir.as_deref())?;
        let s = self.settings.clone();
        let loaded = py.detach(move || -> Result<Loaded, PyErr> {
            let threads = s
                .threads
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .thread_name(|i| format!("jobclass-{i}"))
                .build()
                .map_err(|e| {
                    PyRuntimeError::new_err(format!("cannot start {threads} threads: {e}"))
                })?;
            let classifier = pool
                .install(|| s.classifier.load(&files))
                .map_err(to_py_err)?;
            Ok(Loaded {
                pid,
                pool,
                files,
                classifier,
                f32_embedder: Mutex::new(None),
            })
        })?;
        let loaded = Arc::new(loaded);
        let mut slot = self.lock();
        if let Some(old) = slot.take().filter(|l| l.pid != pid) {
            // Its threads were the parent's: dropping it here could wait for
            // them forever.
            std::mem::forget(old);
        }
        *slot = Some(loaded.clone());
        Ok(loaded)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Option<Arc<Loaded>>> {
        self.loaded.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the model without the GIL, on this object's thread pool.
    fn run<T: Send>(
        &self,
        py: Python<'_>,
        f: impl FnOnce(&Loaded) -> jobclass::error::Result<T> + Send,
    ) -> PyResult<T> {
        let loaded = self.loaded(py)?;
        py.detach(|| loaded.pool.install(|| f(&loaded)))
            .map_err(to_py_err)
    }

    /// The fp32 embedder `embed` uses when no precision was asked for (as
    /// `jobclass embed`), loaded from the same folder on first use.
    fn f32_embedder(py: Python<'_>, loaded: &Loaded) -> PyResult<Arc<Embedder>> {
        let mut slot = loaded
            .f32_embedder
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(e) = slot.as_ref() {
            return Ok(e.clone());
        }
        let e = py
            .detach(|| {
                loaded
                    .pool
                    .install(|| Embedder::load(&loaded.files, &EmbedderConfig::default()))
            })
            .map_err(to_py_err)?;
        let e = Arc::new(e);
        *slot = Some(e.clone());
        Ok(e)
    }
}

#[pymethods]
impl PyClassifier {
    #[new]
    #[pyo3(signature = (model_dir=None, head=None, precision=None, threads=None, pooling="segments", mentions=true, encoder="base", embed_all=false, feed_model=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        model_dir: Option<PathBuf>,
        head: Option<PathBuf>,
        precision: Option<String>,
        threads: Option<usize>,
        pooling: &str,
        mentions: bool,
        encoder: &str,
        embed_all: bool,
        feed_model: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let encoder = encoder
            .parse::<EncoderChoice>()
            .map_err(PyValueError::new_err)?;
        let parsed_precision = precision
            .as_deref()
            .map(str::parse::<Precision>)
            .transpose()
            .map_err(PyValueError::new_err)?;
        let parsed_pooling = pooling.parse::<Pooling>().map_err(PyValueError::new_err)?;
        if threads == Some(0) {
            return Err(PyValueError::new_err("threads must be at least 1"));
        }
        // A feed model is a path, or a file's contents (what `adapt` returns
        // and a pickle carries).
        let (feed_path, feed_bytes) = match feed_model {
            None => (None, None),
            Some(v) => match v.cast::<PyBytes>() {
                Ok(b) => (None, Some(b.as_bytes().to_vec())),
                Err(_) => (Some(v.extract::<PathBuf>()?), None),
            },
        };
        if feed_model.is_some() && !mentions {
            return Err(PyValueError::new_err(
                "feed_model needs role mentions: leave mentions=True",
            ));
        }
        let classifier = ClassifierConfig {
            head,
            encoder,
            precision: parsed_precision.unwrap_or(Precision::LABELLING_DEFAULT),
            pooling: parsed_pooling,
            mentions,
            embed_all,
            feed_model: feed_path,
            ..ClassifierConfig::default()
        }
        .prepare()
        .map_err(to_py_err)?;
        let classifier = match feed_bytes {
            Some(b) => {
                let model = FeedModel::from_bytes(&b, std::path::Path::new("feed_model (bytes)"))
                    .map_err(to_py_err)?;
                classifier.with_feed_model(Some(model))
            }
            None => classifier,
        };
        Ok(PyClassifier {
            settings: Settings {
                model_dir,
                precision: parsed_precision,
                threads,
                classifier,
            },
            loaded: Mutex::new(None),
        })
    }

    /// Loads the model now (otherwise the first call does).
    fn load(&self, py: Python<'_>) -> PyResult<()> {
        self.loaded(py).map(|_| ())
    }

    /// The labels a posting can get, in the order of ``scores``.
    #[getter]
    fn labels(&self) -> Vec<String> {
        self.settings
            .classifier
            .head()
            .labels
            .iter()
            .filter(|l| !SET_ASIDE.contains(&l.as_str()))
            .cloned()
            .collect()
    }

    /// The precision the model's linear layers run in on this CPU, as the
    /// loaded model says (loading it if it is not loaded yet).
    #[getter]
    fn precision(&self, py: Python<'_>) -> PyResult<String> {
        Ok(self
            .loaded(py)?
            .classifier
            .embedder()
            .precision()
            .to_string())
    }

    /// One posting: ``{"label", "confidence", "scores", "evidence"}`` as
    /// ``jobclass classify --json`` prints it (and ``"segments"`` with
    /// ``explain=True``).
    #[pyo3(signature = (text, explain=false))]
    fn classify<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        explain: bool,
    ) -> PyResult<Bound<'py, PyAny>> {
        let text = checked_text(text, "text")?;
        if explain {
            let (pred, segs) = self.run(py, |l| l.classifier.explain(&text))?;
            prediction_dict(py, &pred, Some(&segs))
        } else {
            let pred = self.run(py, |l| l.classifier.predict(&[&text]))?.remove(0);
            prediction_dict(py, &pred, None)
        }
    }

    /// Many postings at once: one dict of ``classify`` each, in order.
    fn predict<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        let texts = checked_texts(texts)?;
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let preds = self.run(py, |l| l.classifier.predict(&refs))?;
        preds.iter().map(|p| prediction_dict(py, p, None)).collect()
    }

    /// The columns ``batch`` adds, for rows given as text values (and title
    /// values): ``[(name, kind, values)]`` with kind ``"str"``, ``"prob"`` or
    /// ``"count"``; a row that cannot be classified has only ``error``.
    #[pyo3(signature = (texts, titles=None, existing=Vec::new()))]
    fn _predict_columns<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        titles: Option<&Bound<'py, PyAny>>,
        existing: Vec<String>,
    ) -> PyResult<Vec<(String, &'static str, Bound<'py, PyList>)>> {
        let rows = row_texts(texts, titles)?;
        let labels = self.labels();
        let outcomes = predict_valid(rows, |texts| self.run(py, |l| l.classifier.predict(texts)))?;
        let columns = AddedColumns::new(&labels, false);
        let names = columns.names(existing.iter().map(|n| n.as_bytes()));
        let values: Vec<Vec<Value>> = outcomes
            .iter()
            .map(|o| columns.values(o).collect())
            .collect();
        names
            .into_iter()
            .zip(columns.kinds())
            .enumerate()
            .map(|(c, (name, kind))| {
                let kind = match kind {
                    Kind::Text => "str",
                    Kind::Prob => "prob",
                    Kind::Count => "count",
                };
                let column = PyList::empty(py);
                for row in &values {
                    match row[c] {
                        Value::Text(t) => column.append(t)?,
                        Value::Prob(p) => column.append(jobclass::math::round4(p))?,
                        Value::Count(n) => column.append(n)?,
                        Value::Missing => column.append(py.None())?,
                    }
                }
                Ok((name, kind, column))
            })
            .collect()
    }

    /// Raw vectors for ``embed``: a bytearray of float32 and the row count.
    #[pyo3(signature = (texts, chunk=false))]
    fn _embed<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        chunk: bool,
    ) -> PyResult<(Bound<'py, PyByteArray>, usize)> {
        let texts = checked_texts(texts)?;
        let loaded = self.loaded(py)?;
        let windowing = if chunk {
            Windowing::OVERLAPPING
        } else {
            Windowing::Truncate
        };
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let vectors = if self.settings.precision.is_some() {
            py.detach(|| {
                loaded
                    .pool
                    .install(|| loaded.classifier.embedder().embed(&refs, windowing))
            })
        } else {
            let e = Self::f32_embedder(py, &loaded)?;
            py.detach(|| loaded.pool.install(|| e.embed(&refs, windowing)))
        }
        .map_err(to_py_err)?;
        let mut bytes = Vec::with_capacity(vectors.len() * DIM * 4);
        for v in &vectors {
            bytes.extend(v.iter().flat_map(|x| x.to_le_bytes()));
        }
        Ok((PyByteArray::new(py, &bytes), vectors.len()))
    }

    /// Pickles by settings: the unpickled object loads the model where it is
    /// used.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyTuple>)> {
        let py = slf.py();
        let s = &slf.borrow().settings;
        let c = s.classifier.config();
        let args = (
            s.model_dir.clone(),
            c.head.clone(),
            s.precision.map(|p| p.to_string()),
            s.threads,
            c.pooling.to_string(),
            c.mentions,
            c.encoder.to_string(),
            c.embed_all,
            s.classifier
                .feed_model()
                .map(|f| PyBytes::new(py, f.to_json().as_bytes())),
        )
            .into_pyobject(py)?;
        Ok((slf.get_type().into_any(), args))
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let s = &slf.borrow().settings;
        let name = slf.get_type().qualname()?;
        Ok(format!(
            "{name}(precision={:?}, threads={}, pooling={:?}, mentions={}, embed_all={})",
            s.precision.map_or_else(
                || format!("{} (default)", Precision::LABELLING_DEFAULT),
                |p| p.to_string()
            ),
            s.threads.map_or("all cores".into(), |t| t.to_string()),
            s.classifier.config().pooling.to_string(),
            if s.classifier.config().mentions {
                "True"
            } else {
                "False"
            },
            if s.classifier.config().embed_all {
                "True"
            } else {
                "False"
            }
        ))
    }
}
