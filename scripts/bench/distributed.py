#!/usr/bin/env python3
"""Postings/s on the dev descriptions for `jobclass batch`, Classifier.predict_arrow in-process, a
local Ray Data job (2 actors x 1 thread) and Spark local[2] (2 tasks x 1 thread): the same
settings (names first, default precision) and the same 2 threads each, so the ratios to the CLI
are ratios per core. Rounds alternate (CLI, in-process, Ray, Spark, CLI, ...); each figure is
the median of the rounds. Ray's and Spark's start-up (ray.init, the JVM) is not timed; what is
timed is one job, read to write, from cold: a new process for the CLI, a new Classifier
in-process, new actors for Ray (they live for one job), a new session (so new Python workers)
for Spark; each loads its model(s) and starts with an empty segment cache. A job over the first
--tiny postings measures each one's fixed cost; "without it" is (n - tiny) / (full - tiny).

The steady state: the descriptions --repeat times over (unique ids), one job each, so start-up
is a small share, as for a long job. Every repeat of a segment would be a hit in the segment
cache (one per process: the CLI has one, Ray and Spark one per worker), so no segment may
repeat: each description that is embedded is rewritten as its own segments, one a line, each
with a number of its own glued to a word ("skills#1234"), so that every model input is new;
the CLI runs with --no-segment-cache too. The numbers add a few tokens per segment, the same
work for all four.
With --floor it measures instead what bounds Ray and Spark on a job as small as the dev
descriptions: the same jobs (same read, blocks, pool, batch size and write) with no model work,
whose actors (Python workers) return each batch with the added columns set to constants; for
Ray also with the model loaded in each actor but not used, the real job, the no-model job with
Ray Data tasks for actors (no pool to start), and two bare Ray actors (no Ray Data). Each Ray
actor stamps when it started, had imported jobclass, had loaded its model, and when each batch
came and went, so the job's time is broken down. It prints each job's seconds (medians of the
rounds, alternating with the CLI) and the per-core ratio to the CLI that the fixed part allows.
Run it in the Python environment that has jobclass, ray[data] and pyspark (scripts/test makes one).
Usage: scripts/bench/distributed.py [--bin target/release/jobclass] [--data ../shared/data/dev_postings.csv] [--rounds 3] [--repeat 5] [--floor]
"""
import argparse, os, shutil, statistics, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402
from common import cpu_model, run  # noqa: E402

THREADS = 2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=common.BIN)
    ap.add_argument("--data", default=common.DEV_POSTINGS)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--tiny", type=int, default=8, help="postings of the job that measures the fixed cost")
    ap.add_argument("--repeat", type=int, default=5,
                    help="times over the descriptions for the steady state (0: not measured)")
    ap.add_argument("--ray-batch-size", type=int, default=16)
    ap.add_argument("--floor", action="store_true",
                    help="time the same jobs with no model work instead (what bounds a small job)")
    a = ap.parse_args()

    import pyarrow as pa
    import pyarrow.csv as pacsv

    table = pacsv.read_csv(a.data).select(["description"])
    table = table.append_column("id", pa.array(range(table.num_rows), pa.int64()))
    n = table.num_rows
    print(f"binary: {os.path.relpath(a.bin)}; input: {os.path.relpath(a.data)} ({n} descriptions)")
    print(f"cpu: {cpu_model()}; cores: {os.cpu_count()}; threads per setup: {THREADS}; "
          f"load average before: {os.getloadavg()[0]:.1f}")

    work = tempfile.mkdtemp(prefix="jcbench")
    if a.floor:
        try:
            floor(a, table, work)
        finally:
            for stop in STOPS:
                stop()
            shutil.rmtree(work, ignore_errors=True)
        return
    try:
        inputs = {"full": _inputs(table, os.path.join(work, "full")),
                  "tiny": _inputs(table.slice(0, a.tiny), os.path.join(work, "tiny"))}
        if a.repeat > 0:
            steady = _distinct_repeats(table, a.repeat)
            inputs["steady"] = _inputs(steady, os.path.join(work, "steady"))
            print(f"steady state: {steady.num_rows} postings ({a.repeat} x {n}), no segment repeated")
        setups = [("jobclass batch (CLI, --threads 2)", cli(a.bin)),
                  ("Classifier.predict_arrow (in-process, threads=2)", in_process()),
                  ("Ray Data local (2 actors x 1 thread)", ray_job(work, a.ray_batch_size)),
                  ("Spark local[2] (2 tasks x 1 thread)", spark_job(work))]
        times = {(name, size): [] for name, _ in setups for size in inputs}
        for r in range(a.rounds):
            # Each size alternates across the four setups.
            for size, inp in inputs.items():
                for name, fn in setups:
                    times[name, size].append(fn(inp))
            print(f"round {r + 1}, seconds {'/'.join(inputs)}: " + "; ".join(
                "/".join(f"{times[name, size][-1]:.2f}" for size in inputs) for name, _ in setups),
                flush=True)
        med = {k: statistics.median(v) for k, v in times.items()}
        rate = {name: n / med[name, "full"] for name, _ in setups}
        marginal = {name: (n - a.tiny) / max(1e-9, med[name, "full"] - med[name, "tiny"])
                    for name, _ in setups}
        cli_name = setups[0][0]
        print(f"\n| what | whole job, postings/s | per core | vs CLI | fixed cost ({a.tiny} postings) "
              f"| without it, postings/s | vs CLI |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, _ in setups:
            print(f"| {name} | {rate[name]:.1f} | {rate[name] / THREADS:.1f} | "
                  f"{rate[name] / rate[cli_name]:.2f} | {med[name, 'tiny']:.2f} s | "
                  f"{marginal[name]:.1f} | {marginal[name] / marginal[cli_name]:.2f} |")
        if "steady" in inputs:
            m = inputs["steady"]["n"]
            srate = {name: m / med[name, "steady"] for name, _ in setups}
            print(f"\n| what | steady state ({m} postings, one job), postings/s | per core | vs CLI |")
            print("| --- | ---: | ---: | ---: |")
            for name, _ in setups:
                print(f"| {name} | {srate[name]:.1f} | {srate[name] / THREADS:.1f} | "
                      f"{srate[name] / srate[cli_name]:.2f} |")
        print(f"(medians of {a.rounds} rounds; load average after: {os.getloadavg()[0]:.1f})")
    finally:
        for stop in STOPS:
            stop()
        shutil.rmtree(work, ignore_errors=True)


def floor(a, table, work):
    """What the jobs cost with no model work, against the CLI, on the whole input (and the
    CLI's fixed cost on the first --tiny postings), rounds alternating."""
    n = table.num_rows
    full = _inputs(table, os.path.join(work, "full"))
    tiny = _inputs(table.slice(0, a.tiny), os.path.join(work, "tiny"))
    stamps = {}
    setups = [("jobclass batch (CLI, --threads 2)", cli(a.bin)),
              ("Ray, no model (constants)", ray_job(work, a.ray_batch_size, "none", stamps)),
              ("Ray, model loaded, not used", ray_job(work, a.ray_batch_size, "load", stamps)),
              ("Ray, the real job (timed actors)", ray_job(work, a.ray_batch_size, "real", stamps)),
              ("Ray, no model, tasks for actors", ray_job(work, a.ray_batch_size, "tasks")),
              ("Spark, no model (constants)", spark_job(work, model=False)),
              ("Spark, the real job", spark_job(work))]
    times = {name: [] for name, _ in setups}
    cli_tiny, parts = [], {name: [] for name, _ in setups}
    bare = []
    for r in range(a.rounds):
        cli_tiny.append(setups[0][1](tiny))
        bare.append(_bare_actors())
        for name, fn in setups:
            times[name].append(fn(full))
            if name in stamps:
                parts[name].append(stamps.pop(name))
        print(f"round {r + 1}, seconds: " + "; ".join(f"{times[name][-1]:.2f}" for name, _ in setups),
              flush=True)
    med = {name: statistics.median(v) for name, v in times.items()}
    cli_name = setups[0][0]
    t_cli, f_cli = med[cli_name], statistics.median(cli_tiny)
    work_cli = t_cli - f_cli
    print(f"\nCLI: {t_cli:.2f} s for {n} postings ({n / t_cli:.1f} postings/s), of which "
          f"{f_cli:.2f} s fixed (a job of {a.tiny}); {work_cli:.2f} s of work past it")
    print(f"for 0.80 of the CLI per core a job on the same cores must take at most "
          f"{t_cli / 0.8:.2f} s: with the CLI's {work_cli:.2f} s of work, at most "
          f"{t_cli / 0.8 - work_cli:.2f} s of fixed cost")
    print(f"\n| job ({n} postings, 2 cores) | seconds | vs CLI per core | "
          "with the CLI's work added, vs CLI |")
    print("| --- | ---: | ---: | ---: |")
    for name, _ in setups:
        extra = ("" if name == cli_name or "real" in name
                 else f"{t_cli / (med[name] + work_cli):.2f}")
        print(f"| {name} | {med[name]:.2f} | {t_cli / med[name]:.2f} | {extra} |")
    print("\nRay, where the time goes (seconds from the job's start, medians of the rounds; "
          "actors: the earliest to start, the last to be ready):")
    print("| job | planned (driver) | actors start | jobclass imported | model loaded | "
          "first batch in | last batch out | written |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    keys = ["planned", "start", "imported", "loaded", "first", "last", "end"]
    for name, rows in parts.items():
        if rows:
            print(f"| {name} | " + " | ".join(
                f"{statistics.median(r[k] for r in rows):.2f}" for k in keys) + " |")
    print(f"two bare Ray actors (no Ray Data, num_cpus=0.5 each) answered in "
          f"{statistics.median(bare):.2f} s (median; rounds: {', '.join(f'{b:.2f}' for b in bare)})")
    real = {k: statistics.median(r[k] for r in parts["Ray, the real job (timed actors)"])
            for k in keys}
    labeling = real["last"] - real["first"]
    bare_first = statistics.median(r["first"] for r in parts["Ray, no model (constants)"])
    print(f"the real job labels for {labeling:.2f} s (the CLI's work: {work_cli:.2f} s), from its "
          f"first batch at {real['first']:.2f} s; for 0.80 of the CLI, with that labeling, its "
          f"first batch must come by {t_cli / 0.8 - labeling - (real['end'] - real['last']):.2f} s; "
          f"the Ray job with no model at all had its first batch at {bare_first:.2f} s")
    print(f"(medians of {a.rounds} rounds; load average after: {os.getloadavg()[0]:.1f})")


class _Timed:
    """``jobclass.ray.Classify`` with its times stamped on each batch (columns ``_t_*``, seconds
    since the epoch). ``model``: "real" labels as Classify does; "load" loads the model and sets
    the added columns to constants; "none" imports jobclass but loads nothing."""

    def __init__(self, text_column="description", title_column=None, model="real", **kwargs):
        self.t = {"start": time.time()}
        import jobclass

        self.t["imported"] = time.time()
        self.classifier = None
        if model != "none":
            self.classifier = jobclass.Classifier(**kwargs)
            self.classifier.load()
        self.t["loaded"] = time.time()
        self.real = model == "real"
        self.text_column, self.title_column = text_column, title_column

    def __call__(self, batch):
        import pyarrow as pa

        came = time.time()
        if self.real:
            out = self.classifier.predict_arrow(batch, self.text_column, self.title_column)
        else:
            out = _constant_labels(batch)
        stamps = dict(self.t, came=came, went=time.time())
        for k, v in stamps.items():
            out = out.append_column(f"_t_{k}", pa.array([v] * out.num_rows, pa.float64()))
        return out


def _bare_actors():
    """Seconds for two new Ray actors (no Ray Data) to answer, as a job's pool would start."""
    import ray

    @ray.remote(num_cpus=0.5, max_restarts=3)
    class Bare:
        def ping(self):
            return True

    t = time.perf_counter()
    actors = [Bare.remote() for _ in range(2)]
    ray.get([x.ping.remote() for x in actors])
    dt = time.perf_counter() - t
    for x in actors:
        ray.kill(x)
    return dt


def _constant_labels(batch):
    """``batch`` with the columns Classify adds, each one value for every row."""
    import pyarrow as pa

    k = batch.num_rows
    out = batch.append_column("label", pa.array(["other"] * k, pa.string()))
    for name in ["confidence", "score_devops", "score_sre", "score_platform", "score_other"]:
        out = out.append_column(name, pa.array([0.25] * k, pa.float64()))
    return out.append_column("error", pa.nulls(k, pa.string()))


def _distinct_repeats(table, times):
    """The table `times` over with unique ids, rewritten so that no model input repeats. A
    description that names its one role as the job is not embedded: it stays as it is. Any
    other is rewritten as its segments as jobclass splits them (from `classify(explain=True)`),
    one a line, each with a number of its own glued to a word ("skills#1234") and to every 60th
    word after it (a long segment is embedded in windows of 254 tokens: each gets the number).
    Glued to a word that ends in a letter or digit, the number adds no word and moves no
    boundary, so jobclass splits the rewritten text into the same segments; role names are left
    alone, so it finds the same role names."""
    import pyarrow as pa
    import jobclass

    c = jobclass.Classifier(threads=THREADS)
    texts = table.column("description").to_pylist()
    segments = [None if c.classify(t)["evidence"]["embedding"] is None
                else [s["text"] for s in c.classify(t, explain=True)["segments"]] for t in texts]
    out, tag = [], 0
    for _ in range(times):
        for text, segs in zip(texts, segments):
            if segs is None:
                out.append(text)
                continue
            lines = []
            for seg in segs:
                lines.append(_tagged(seg, f"#{tag}"))
                tag += 1
            out.append("\n".join(lines))
    return pa.table({"description": out, "id": pa.array(range(len(out)), pa.int64())})


def _tagged(segment, tag, every=60):
    import re

    words = segment.split(" ")
    last = None
    for i, w in enumerate(words):
        if (w[-1:].isalnum() and (last is None or i - last >= every)
                and not re.search(r"(?i)devops|sre|platform|reliab|site|engineer|ops", w)):
            words[i] += tag
            last = i
    return " ".join(words) if last is not None else f"{segment} {tag}"


def _inputs(table, folder):
    """The postings as a CSV file (for the CLI), a table (in-process) and 8 Parquet files."""
    import pyarrow.csv as pacsv
    import pyarrow.parquet as pq

    os.makedirs(os.path.join(folder, "parquet"))
    csv_path = os.path.join(folder, "postings.csv")
    pacsv.write_csv(table, csv_path)
    step = -(-table.num_rows // 8)
    for k in range(min(8, table.num_rows)):
        pq.write_table(table.slice(k * step, step), os.path.join(folder, "parquet", f"part-{k}.parquet"))
    return {"csv": csv_path, "table": table, "parquet": os.path.join(folder, "parquet"),
            "n": table.num_rows, "distinct": os.path.basename(folder) == "steady"}


STOPS = []  # what to stop at the end: Ray


def cli(binary):
    def go(inp):
        # The rewritten repeats have no segment twice; without the cache the CLI does not even
        # look.
        cache = ["--no-segment-cache"] if inp["distinct"] else []
        dt, _, out = run([binary, "batch", inp["csv"], "--text-column", "description",
                          "--no-progress", "--threads", str(THREADS)] + cache, b"")
        assert out.count(b"\n") >= inp["n"]
        return dt
    return go


def in_process():
    import jobclass

    def go(inp):
        t = time.perf_counter()
        c = jobclass.Classifier(threads=THREADS)  # a new one each time: no segment cache
        out = c.predict_arrow(inp["table"])
        dt = time.perf_counter() - t
        assert out.num_rows == inp["n"]
        return dt
    return go


def ray_job(work, batch_size, model=None, stamps=None):
    """The Ray job: ``jobclass.ray.classify``, or with ``model`` ("none", "load", "real") the
    same map_batches call with :class:`_Timed` actors, whose stamps go to ``stamps`` (seconds
    from the job's start, under the job's name) after each job."""
    import pyarrow.parquet as pq
    import ray
    import jobclass.ray

    if not ray.is_initialized():
        env = {k: v for k, v in os.environ.items() if k.startswith("JOBCLASS_")}
        ray.init(num_cpus=THREADS, include_dashboard=False, log_to_driver=False,
                 runtime_env={"env_vars": env})
        STOPS.append(ray.shutdown)
        ray.data.DataContext.get_current().enable_progress_bars = False
    name = {"none": "Ray, no model (constants)", "load": "Ray, model loaded, not used",
            "real": "Ray, the real job (timed actors)"}.get(model)

    def go(inp):
        out = os.path.join(work, "ray-out")
        shutil.rmtree(out, ignore_errors=True)
        t, t0 = time.perf_counter(), time.time()
        # Actors live for one job: each job starts its two and loads their models.
        ds = ray.data.read_parquet(inp["parquet"])
        if model is None:
            ds = jobclass.ray.classify(ds, actors=2, threads=1, num_cpus=0.5,
                                       batch_size=batch_size)
        elif model == "tasks":
            # The same with no model, and tasks for actors: no pool to start.
            ds = jobclass.ray._split_blocks(ds, batch_size).map_batches(
                _constant_labels, batch_format="pyarrow", batch_size=batch_size,
                compute=ray.data.TaskPoolStrategy(size=2), num_cpus=0.5)
        else:
            # What jobclass.ray.classify does, with _Timed for Classify.
            ds = jobclass.ray._split_blocks(ds, batch_size).map_batches(
                _Timed, fn_constructor_kwargs={"text_column": "description", "model": model,
                                               "threads": 1},
                batch_format="pyarrow", batch_size=batch_size,
                compute=ray.data.ActorPoolStrategy(size=2), num_cpus=0.5,
                max_restarts=3, max_task_retries=3)
        t_planned = time.time()
        ds.write_parquet(out)
        dt, t1 = time.perf_counter() - t, time.time()
        got = pq.read_table(out)
        assert got.num_rows == inp["n"]
        if model in ("none", "load", "real"):
            c = {k: got.column(f"_t_{k}").to_pylist() for k in ["start", "imported", "loaded",
                                                                "came", "went"]}
            stamps[name] = {"planned": t_planned - t0, "start": min(c["start"]) - t0, "imported": max(c["imported"]) - t0,
                            "loaded": max(c["loaded"]) - t0, "first": min(c["came"]) - t0,
                            "last": max(c["went"]) - t0, "end": t1 - t0}
        return dt
    return go


def spark_job(work, model=True):
    """The Spark job: ``jobclass.spark.classify``, or with ``model=False`` a mapInArrow of the
    same output schema that sets the added columns to constants."""
    from pyspark.sql import SparkSession
    from jobclass.spark import classify

    if not model:
        classify = _spark_constants

    os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = (SparkSession.builder.master(f"local[{THREADS}]").appName("jobclass-bench")
               .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
               .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
               .config("spark.sql.execution.arrow.maxRecordsPerBatch", "16"))
    for k, v in os.environ.items():
        if k.startswith("JOBCLASS_"):
            builder = builder.config(f"spark.executorEnv.{k}", v)

    def go(inp):
        # A new session each job (not timed): its Python workers, and so their models and
        # segment caches, are new, as Ray's actors are.
        spark = builder.getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
        try:
            out = os.path.join(work, "spark-out")
            t = time.perf_counter()
            df = spark.read.parquet(inp["parquet"]).repartition(8)
            classify(df).write.mode("overwrite").parquet(out)
            dt = time.perf_counter() - t
            assert spark.read.parquet(out).count() == inp["n"]
        finally:
            spark.stop()
        return dt
    return go


def _spark_constants(df):
    """``df`` through ``mapInArrow`` with the schema ``jobclass.spark.classify`` gives and no
    model: the added columns are constants."""
    from pyspark.sql.pandas.types import from_arrow_schema, to_arrow_schema

    schema = _constant_labels(to_arrow_schema(df.schema).empty_table()).schema

    def labels(batches):
        import pyarrow as pa

        for batch in batches:
            yield from _constant_labels(pa.Table.from_batches([batch])).to_batches()
    return df.mapInArrow(labels, from_arrow_schema(schema))


if __name__ == "__main__":
    main()
