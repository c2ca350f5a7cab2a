#!/usr/bin/env python3
"""Benchmarks of the jobclass binary: embedding throughput on the dev postings (truncated and
chunked), cold start of one `embed` call with the model cached, and peak RSS of each run.
Usage: scripts/bench.py [--bin target/release/jobclass] [--data ../shared/data/dev_postings.csv]
"""
import argparse, csv, os, resource, statistics, subprocess, sys, time

def run(cmd, stdin_bytes):
    """Runs cmd, returns (seconds, peak RSS in MB of that child, stdout)."""
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    p = subprocess.run(cmd, input=stdin_bytes, capture_output=True)
    dt = time.perf_counter() - t
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}): {p.stderr.decode()[-2000:]}")
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far; runs are ordered smallest first
    # where it matters, and each figure below is read right after its own run.
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return dt, rss, p.stdout

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(here, "..", "target", "release", "jobclass"))
    ap.add_argument("--data", default=os.path.join(here, "..", "..", "shared", "data", "dev_postings.csv"))
    ap.add_argument("--repeat", type=int, default=2)
    a = ap.parse_args()
    with open(a.data, newline="") as f:
        texts = [" ".join(r["description"].split()) for r in csv.DictReader(f)]
    lines = ("\n".join(texts) + "\n").encode()
    n = len(texts)
    print(f"binary: {os.path.relpath(a.bin)}; input: {os.path.relpath(a.data)} ({n} descriptions)")
    print(f"cpu: {cpu_model()}; threads: {os.cpu_count()}")

    # Cold start first: it is the smallest process, so its ru_maxrss is its own.
    run([a.bin, "embed"], b"Senior Rust engineer\n")  # warm the page cache
    starts = []
    for _ in range(7):
        dt, rss_cold, out = run([a.bin, "embed"], b"Senior Rust engineer\n")
        starts.append(dt)
    print(f"cold start, one short text: median {statistics.median(starts)*1000:.0f} ms "
          f"(min {min(starts)*1000:.0f}, max {max(starts)*1000:.0f}); peak RSS {rss_cold:.0f} MB")

    for label, extra in [("truncated (256 tokens)", []), ("chunked (all windows)", ["--chunk"])]:
        times = []
        for _ in range(a.repeat):
            dt, rss, out = run([a.bin, "embed", *extra], lines)
            assert out.count(b"\n") == n
            times.append(dt)
        best = min(times)
        print(f"embed {label}: {n/best:.1f} postings/s (best of {a.repeat}: {best:.1f} s); peak RSS so far {rss:.0f} MB")

def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"

if __name__ == "__main__":
    main()
