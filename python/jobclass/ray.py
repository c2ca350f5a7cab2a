"""Ray Data: label a dataset of postings with one model per actor.

    import ray, jobclass.ray
    ds = ray.data.read_parquet("s3://bucket/postings/")
    ds = ds.repartition(target_num_rows_per_block=256)  # an actor takes a whole block
    ds = ds.map_batches(jobclass.ray.Classify,
                        fn_constructor_kwargs={"text_column": "description", "threads": 2},
                        batch_format="pyarrow", batch_size=256,
                        compute=ray.data.ActorPoolStrategy(size=4), num_cpus=2,
                        max_restarts=3, max_task_retries=3)
    ds.write_parquet("s3://bucket/labeled/")

or ``jobclass.ray.classify(ds, threads=2)``, which sizes the pool from the cluster and refuses a
pool that leaves no CPU for Ray Data's read and write tasks (a job that would wait for ever).

Each actor loads the model once (about 200 MB) and computes on ``threads`` threads: give it
``num_cpus=threads`` so Ray puts cores/threads actors on a node and no two share a core. An actor
that dies is restarted (``max_restarts``) and its batch retried on it (``max_task_retries``);
bound both, or a batch that kills every actor is retried for ever (Ray Data's default is -1).
"""
import math
import warnings

from . import Classifier

__all__ = ["Classify", "classify"]


class Classify:
    """A callable class for ``Dataset.map_batches(..., batch_format="pyarrow")``: returns each
    batch with the columns ``jobclass batch`` adds (``label``, ``confidence``, ``score_<label>``,
    ``error``); a row that cannot be classified keeps its place with ``error`` set.

    ``text_column`` and ``title_column`` name the input columns; every other keyword goes to
    :class:`jobclass.Classifier` (``threads``, ``precision``, ``model_dir`` …). Give plain values
    (names, numbers, paths): a restarted actor is made again from them."""

    def __init__(self, text_column="description", title_column=None, **classifier_kwargs):
        self.text_column = text_column
        self.title_column = title_column
        self.classifier = Classifier(**classifier_kwargs)
        self.classifier.load()  # in the actor, once, before its first batch

    def __call__(self, batch):
        return self.classifier.predict_arrow(batch, self.text_column, self.title_column)


def classify(ds, text_column="description", title_column=None, *, threads=1, actors=None,
             num_cpus=None, batch_size=256, max_restarts=3, max_task_retries=3,
             **classifier_kwargs):
    """``ds.map_batches`` with :class:`Classify` in a pool of ``actors`` actors of ``threads``
    threads, each reserving ``num_cpus`` CPUs (default ``threads``); a dead actor is restarted at
    most ``max_restarts`` times and a batch retried at most ``max_task_retries`` times. ``ds`` is
    first cut (streaming) into blocks of ``batch_size`` rows, so that every actor gets work: an
    actor takes a whole block at a time, and readers make large ones.

    Call it after ``ray.init()``: ``actors`` defaults to as many as the cluster's CPUs hold while
    one CPU stays free for Ray Data's read and write tasks, which ask for a whole CPU each. A pool
    that cannot leave that CPU (e.g. 2 actors of ``num_cpus=1`` on a 2-CPU machine) would never
    read a block: it raises ``ValueError`` here instead. Every other keyword goes to
    :class:`jobclass.Classifier` (``precision``, ``model_dir`` …)."""
    import ray

    num_cpus = threads if num_cpus is None else num_cpus
    if num_cpus <= 0:
        raise ValueError(f"num_cpus must be positive, not {num_cpus}")
    nodes = [n["Resources"].get("CPU", 0) for n in ray.nodes() if n.get("Alive")]
    if actors is None:
        actors = max(1, _capacity(nodes, num_cpus))
    elif actors < 1:
        raise ValueError(f"actors must be at least 1, not {actors}")
    if _capacity(nodes, num_cpus) < actors:
        raise ValueError(
            f"{actors} actors of num_cpus={num_cpus} leave no node of this cluster "
            f"(CPUs per node: {', '.join(f'{c:g}' for c in nodes) or 'none'}) a whole CPU for "
            "Ray Data's read and write tasks: the job would wait for ever. Use fewer actors, a "
            "fractional num_cpus (threads stays what the actor computes on) or more CPUs.")
    ds = _split_blocks(ds, batch_size)
    with warnings.catch_warnings():
        # Ray 2.60 warns that remote arguments given as keywords are deprecated, yet has
        # no named parameter for the restarts: keywords are the one way to bound them.
        warnings.filterwarnings("ignore", message=".*ray_remote_args.* is deprecated")
        return ds.map_batches(
            Classify,
            fn_constructor_kwargs={"text_column": text_column, "title_column": title_column,
                                   "threads": threads, **classifier_kwargs},
            batch_format="pyarrow", batch_size=batch_size,
            compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=num_cpus,
            max_restarts=max_restarts, max_task_retries=max_task_retries)


def _split_blocks(ds, batch_size):
    """``ds`` in blocks of at most ``batch_size`` rows, streamed (no shuffle, no barrier). An
    actor takes a whole block at a time, and a reader makes blocks of up to 128 MiB (some 30,000
    postings), often one per read task: 885 postings in 8 Parquet files came as one block, and
    one actor of two did all the work. A Ray Data that cannot cut blocks as they stream by (no
    ``target_num_rows_per_block``) gets ``ds`` as it is."""
    if not batch_size:
        return ds
    try:
        return ds.repartition(target_num_rows_per_block=batch_size)
    except TypeError:
        return ds


def _capacity(nodes, num_cpus):
    """How many actors of ``num_cpus`` the nodes hold with one whole CPU left on one node (0
    when no node has a CPU to leave)."""
    fits = [math.floor(c / num_cpus + 1e-9) for c in nodes]
    best = 0
    for i, c in enumerate(nodes):
        if c >= 1:
            best = max(best, sum(fits) - fits[i] + math.floor((c - 1) / num_cpus + 1e-9))
    return best
