#!/usr/bin/env python3
"""Names first against embedding every posting, in every precision: `jobclass batch FILE
--text-column description` postings/s without and with `--embed-all`, for bf16, int8 (what the default, auto, runs on a CPU with an int8 kernel), f32 and JOBCLASS_CPU=avx2 (bf16 asked for, fp32 AVX2 kernels run), measured alternately
(every mode once per round, rounds repeated), on ../shared/data/dev_postings.csv and on a feed of
only its postings that name no role as the job (found with one `batch --evidence` run: every job_
count 0; written to a temporary file, never into the repository). The same for the Python
package's `Classifier.predict_arrow` (the package must be installed in the interpreter given by
--python; skipped otherwise). Prints each run, then a table of medians with the peak RSS of each
mode (largest over its runs), and the cold start of `jobclass batch` on one posting that names its
role and of `jobclass embed` on one text. For predict_arrow it also prints the process's RSS
just before the Classifier is made (column "before": the interpreter, pyarrow, pandas, which
pyarrow imports to build a table from Python strings, and the table), and each run's line the RSS
after the imports alone. The CPU's AVX-512 extensions are printed with the figures.

With --against OTHER_BINARY it times only `batch` at the default precision, this binary and the
other taking turns (--pairs pairs) on both feeds, and prints the medians and the median of the
pairs' wall-time ratios: e.g. against a build of the commit before names came first,
`git worktree add /tmp/before 718d13a && cargo build --release --manifest-path
/tmp/before/Cargo.toml`, then `--against /tmp/before/target/release/jobclass`.
Usage: scripts/bench/cascade.py [--rounds 1] [--jobclass target/release/jobclass] [--file F]
       [--python PYTHON] [--modes bf16,int8,f32,avx2] [--against BIN [--pairs 5]]
"""
import argparse, csv, io, os, statistics, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402

MODES = {
    "bf16": (["--precision", "bf16"], {}),
    "int8": (["--precision", "int8"], {}),
    "f32": (["--precision", "f32"], {}),
    "avx2": (["--precision", "bf16"], {"JOBCLASS_CPU": "avx2"}),
}

# Runs in the interpreter given by --python: times predict_arrow alone, prints seconds, the
# process's peak RSS in MB, its RSS before the Classifier is made (the interpreter with pyarrow
# and the input table: building a table from Python strings imports pandas) and its RSS after
# the imports alone.
PY_SNIPPET = r"""
import csv, resource, sys, time
import pyarrow as pa, jobclass
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20
imported = rss()
path, precision, embed_all = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
with open(path, newline="") as f:
    texts = [r["description"] for r in csv.DictReader(f)]
table = pa.table({"description": texts})
before = rss()
c = jobclass.Classifier(precision=precision, embed_all=embed_all)
t = time.perf_counter()
out = c.predict_arrow(table, text_column="description")
dt = time.perf_counter() - t
assert out.num_rows == len(texts)
print(dt, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, before, imported)
"""


def batch(exe, path, extra):
    return [exe, "batch", path, "--text-column", "description", "--no-progress", *extra]


def env_with(extra):
    env = dict(os.environ)
    env.update(extra)
    return env


def no_role_feed(exe, path, out):
    """Writes the rows of `path` whose postings name no role as the job to `out`; returns how many."""
    _, _, stdout = common.run(batch(exe, path, ["--evidence"]), b"")
    labelled = list(csv.DictReader(io.StringIO(stdout.decode(), newline="")))
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(labelled), "batch keeps every row, in order"
    keep = [r for r, label in zip(rows, labelled)
            if all(int(label[f"job_{role}"]) == 0 for role in common.ROLES)]
    with open(out, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(keep)
    return len(keep)


def run_cli(exe, path, mode, embed_all):
    args, env = MODES[mode]
    secs, mb, _ = common.run(batch(exe, path, args + (["--embed-all"] if embed_all else [])), b"",
                             env=env_with(env))
    return secs, mb, 0.0, 0.0


def run_py(python, path, mode, embed_all):
    _, env = MODES[mode]
    precision = "bf16" if mode == "avx2" else mode
    p = subprocess.run([python, "-c", PY_SNIPPET, path, precision, "1" if embed_all else "0"],
                       env=env_with(env), capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"predict_arrow ({mode}) failed: {p.stderr[-2000:]}")
    secs, mb, before, imported = p.stdout.split()
    return float(secs), float(mb), float(before), float(imported)


def python_ready(python):
    if not python:
        return False
    try:
        p = subprocess.run([python, "-c", "import jobclass, pyarrow"], capture_output=True)
    except OSError:  # no such interpreter
        return False
    return p.returncode == 0


def cold_start(exe, named_csv):
    cmds = [("batch", [exe, "batch", named_csv, "--text-column", "description", "--no-progress"], b""),
            ("embed", [exe, "embed"], b"Senior Rust engineer\n")]
    return [(f"jobclass {name}", statistics.median(secs) * 1000, mb)
            for name, (secs, mb) in common.cold_starts(cmds, 5).items()]


def against(exe, other, feeds, pairs):
    """`batch` at the default precision, this binary (A) and `other` (B) taking turns."""
    for fname, path, count in feeds:
        runs = []
        for _ in range(pairs):
            a_secs, a_mb, _ = common.run(batch(exe, path, []), b"")
            b_secs, b_mb, _ = common.run(batch(other, path, []), b"")
            runs.append((a_secs, b_secs, a_mb, b_mb))
            print(f"{fname}: A {a_secs:.2f} s {a_mb:.0f} MB, B {b_secs:.2f} s {b_mb:.0f} MB", flush=True)
        a_s = statistics.median(r[0] for r in runs)
        b_s = statistics.median(r[1] for r in runs)
        ratio = statistics.median(r[0] / r[1] for r in runs)
        print(f"{fname} ({count} postings), medians of {pairs} pairs: A {a_s:.2f} s "
              f"({count / a_s:.1f} postings/s, peak RSS {max(r[2] for r in runs):.0f} MB), B {b_s:.2f} s "
              f"({count / b_s:.1f} postings/s, {max(r[3] for r in runs):.0f} MB); "
              f"A/B wall time, median of the pairs: {ratio:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--jobclass", default=common.BIN)
    ap.add_argument("--file", default=common.DEV_POSTINGS)
    ap.add_argument("--python", default=os.path.expanduser("~/.cache/jobclass/test-venv/bin/python"))
    ap.add_argument("--modes", default=",".join(MODES))
    ap.add_argument("--against", help="another jobclass binary: time only batch against it")
    ap.add_argument("--pairs", type=int, default=5)
    a = ap.parse_args()
    modes = a.modes.split(",")
    if not os.path.exists(a.file):
        sys.exit(f"{a.file} is not there (../shared/data holds the real postings)")
    print(f"CPU: {common.cpu_model()}; {os.cpu_count()} cores; load average before: "
          f"{' '.join(open('/proc/loadavg').read().split()[:3])}")
    py = not a.against and python_ready(a.python)
    if not py and not a.against:
        print(f"predict_arrow skipped: {a.python} cannot import jobclass and pyarrow")
    with tempfile.TemporaryDirectory() as tmp:
        feed = os.path.join(tmp, "no_role.csv")
        k = no_role_feed(a.jobclass, a.file, feed)
        with open(a.file, newline="") as f:
            n = sum(1 for _ in csv.DictReader(f))
        named = os.path.join(tmp, "named.csv")
        with open(named, "w", newline="") as f:
            f.write("description\nWe are hiring a Senior Site Reliability Engineer to run our platform.\n")
        feeds = [(os.path.basename(a.file), a.file, n),
                 (f"no role named ({k} of them)", feed, k)]
        if a.against:
            against(a.jobclass, a.against, feeds, a.pairs)
            return
        runners = [("batch", lambda p, m, e: run_cli(a.jobclass, p, m, e))]
        if py:
            runners.append(("predict_arrow", lambda p, m, e: run_py(a.python, p, m, e)))
        results = {}
        for r in range(a.rounds):
            for fname, path, count in feeds:
                for rname, runner in runners:
                    for mode in modes:
                        for embed_all in (False, True):
                            secs, mb, before, imported = runner(path, mode, embed_all)
                            key = (fname, rname, mode, embed_all)
                            results.setdefault(key, []).append((count / secs, mb, before))
                            print(f"round {r + 1} {fname} {rname} {mode}{' --embed-all' if embed_all else ''}: "
                                  f"{secs:7.2f} s {count / secs:7.2f} postings/s peak RSS {mb:4.0f} MB"
                                  + (f" ({before:.0f} MB before the Classifier, {imported:.0f} MB "
                                     "after the imports)" if before else ""),
                                  flush=True)
        starts = cold_start(a.jobclass, named)
    print("\nmedians (postings/s; peak RSS is the largest of the mode's runs; "
          "predict_arrow times the call alone, batch the whole process; 'before' is predict_arrow's "
          "largest RSS before the Classifier is made: interpreter, pyarrow, pandas, the table)\n")
    print("| feed | call | mode | names first | --embed-all | ratio | peak RSS MB | before MB |")
    print("|---|---|---|---:|---:|---:|---:|---:|")
    for fname, _, _ in feeds:
        for rname, _ in runners:
            for mode in modes:
                a_ = results[(fname, rname, mode, False)]
                b_ = results[(fname, rname, mode, True)]
                ra = statistics.median(x[0] for x in a_)
                rb = statistics.median(x[0] for x in b_)
                rss = max(x[1] for x in a_ + b_)
                before = max(x[2] for x in a_ + b_)
                print(f"| {fname} | {rname} | {mode} | {ra:.1f} | {rb:.1f} | {ra / rb:.2f} | {rss:.0f} | "
                      f"{f'{before:.0f}' if before else '-'} |")
    print()
    for what, ms, mb in starts:
        print(f"cold start, {what} (one posting, median of 5): {ms:.0f} ms, peak RSS {mb:.0f} MB")


if __name__ == "__main__":
    main()
