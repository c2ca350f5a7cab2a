"""Ray Data: label a dataset of postings with one model per actor.

    import ray, jobclass.ray
    ds = ray.data.read_parquet("s3://bucket/postings/")
    ds = ds.map_batches(jobclass.ray.Classify, fn_kwargs=None,
                        fn_constructor_kwargs={"text_column": "description", "threads": 2},
                        batch_format="pyarrow", batch_size=256, concurrency=4, num_cpus=2)
    ds.write_parquet("s3://bucket/labeled/")

Each actor loads the model once (about 200 MB) and computes on ``threads`` threads: give it
``num_cpus=threads`` so Ray puts cores/threads actors on a node and no two share a core.
"""
from . import Classifier


class Classify:
    """A callable class for ``Dataset.map_batches(..., batch_format="pyarrow")``: returns each
    batch with the columns ``jobclass batch`` adds (``label``, ``confidence``, ``score_<label>``,
    ``error``); a row that cannot be classified keeps its place with ``error`` set.

    ``text_column`` and ``title_column`` name the input columns; every other keyword goes to
    :class:`jobclass.Classifier` (``threads``, ``precision``, ``model_dir`` …)."""

    def __init__(self, text_column="description", title_column=None, **classifier_kwargs):
        self.text_column = text_column
        self.title_column = title_column
        self.classifier = Classifier(**classifier_kwargs)
        self.classifier.load()  # in the actor, once, before its first batch

    def __call__(self, batch):
        return self.classifier.predict_arrow(batch, self.text_column, self.title_column)
