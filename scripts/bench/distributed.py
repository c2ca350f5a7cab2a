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
Run it in the Python environment that has jobclass, ray[data] and pyspark (scripts/test makes one).
Usage: scripts/bench/distributed.py [--bin target/release/jobclass] [--data ../shared/data/dev_postings.csv] [--rounds 3] [--repeat 5]
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


def ray_job(work, batch_size):
    import pyarrow.parquet as pq
    import ray
    import jobclass.ray

    env = {k: v for k, v in os.environ.items() if k.startswith("JOBCLASS_")}
    ray.init(num_cpus=THREADS, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": env})
    STOPS.append(ray.shutdown)
    ray.data.DataContext.get_current().enable_progress_bars = False

    def go(inp):
        out = os.path.join(work, "ray-out")
        shutil.rmtree(out, ignore_errors=True)
        t = time.perf_counter()
        # Actors live for one job: each job starts its two and loads their models.
        ds = jobclass.ray.classify(ray.data.read_parquet(inp["parquet"]), actors=2, threads=1,
                                   num_cpus=0.5, batch_size=batch_size)
        ds.write_parquet(out)
        dt = time.perf_counter() - t
        assert pq.read_table(out).num_rows == inp["n"]
        return dt
    return go


def spark_job(work):
    from pyspark.sql import SparkSession
    from jobclass.spark import classify

    os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = (SparkSession.builder.master(f"local[{THREADS}]").appName("jobclass-bench")
               .config("spark.ui.enabled", "false")
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


if __name__ == "__main__":
    main()
