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
Run it in the Python environment that has jobclass, ray[data] and pyspark (scripts/test makes one).
Usage: scripts/bench/distributed.py [--bin target/release/jobclass] [--data ../shared/data/dev_postings.csv] [--rounds 3]
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
        setups = [("jobclass batch (CLI, --threads 2)", cli(a.bin)),
                  ("Classifier.predict_arrow (in-process, threads=2)", in_process()),
                  ("Ray Data local (2 actors x 1 thread)", ray_job(work)),
                  ("Spark local[2] (2 tasks x 1 thread)", spark_job(work))]
        times = {(name, size): [] for name, _ in setups for size in inputs}
        for r in range(a.rounds):
            for name, fn in setups:
                for size, inp in inputs.items():
                    times[name, size].append(fn(inp))
            print(f"round {r + 1}, seconds full/tiny: " + "; ".join(
                f"{times[name, 'full'][-1]:.2f}/{times[name, 'tiny'][-1]:.2f}" for name, _ in setups),
                flush=True)
        med = {k: statistics.median(v) for k, v in times.items()}
        rate = {name: n / med[name, "full"] for name, _ in setups}
        steady = {name: (n - a.tiny) / max(1e-9, med[name, "full"] - med[name, "tiny"])
                  for name, _ in setups}
        cli_name = setups[0][0]
        print(f"\n| what | whole job, postings/s | per core | vs CLI | fixed cost ({a.tiny} postings) "
              f"| without it, postings/s | vs CLI |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for name, _ in setups:
            print(f"| {name} | {rate[name]:.1f} | {rate[name] / THREADS:.1f} | "
                  f"{rate[name] / rate[cli_name]:.2f} | {med[name, 'tiny']:.2f} s | "
                  f"{steady[name]:.1f} | {steady[name] / steady[cli_name]:.2f} |")
        print(f"(medians of {a.rounds} rounds; load average after: {os.getloadavg()[0]:.1f})")
    finally:
        for stop in STOPS:
            stop()
        shutil.rmtree(work, ignore_errors=True)


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
            "n": table.num_rows}


STOPS = []  # what to stop at the end: Ray


def cli(binary):
    def go(inp):
        dt, _, out = run([binary, "batch", inp["csv"], "--text-column", "description",
                          "--no-progress", "--threads", str(THREADS)], b"")
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


def ray_job(work):
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
                                   num_cpus=0.5, batch_size=16)
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
