#!/usr/bin/env python3
"""Benchmarks of the jobclass binary: embedding throughput on the dev postings (truncated and
chunked), cold start of one `embed` call with the model cached, and peak RSS of each run.
Usage: scripts/bench.py [--bin target/release/jobclass] [--data ../shared/data/dev_postings.csv]
"""
import argparse, csv, os, statistics, subprocess, sys, tempfile, time

def run(cmd, stdin_bytes, env=None):
    """Runs cmd; returns (seconds, peak RSS in MB of that process alone, stdout)."""
    with tempfile.TemporaryFile() as fin, tempfile.TemporaryFile() as fout, tempfile.TemporaryFile() as ferr:
        fin.write(stdin_bytes)
        fin.seek(0)
        t = time.perf_counter()
        p = subprocess.Popen(cmd, stdin=fin, stdout=fout, stderr=ferr, env=env)
        _, status, usage = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t
        p.returncode = os.waitstatus_to_exitcode(status)
        fout.seek(0)
        ferr.seek(0)
        if p.returncode != 0:
            sys.exit(f"{' '.join(cmd)} failed ({p.returncode}): {ferr.read().decode()[-2000:]}")
        return dt, usage.ru_maxrss / 1024, fout.read()

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

    run([a.bin, "embed"], b"Senior Rust engineer\n")  # warm the page cache
    starts = []
    for _ in range(7):
        dt, rss_cold, out = run([a.bin, "embed"], b"Senior Rust engineer\n")
        starts.append(dt)
    print(f"cold start, one short text: median {statistics.median(starts)*1000:.0f} ms "
          f"(min {min(starts)*1000:.0f}, max {max(starts)*1000:.0f}); peak RSS {rss_cold:.0f} MB")

    for label, extra in [
        ("truncated (256 tokens), f32", []),
        ("truncated (256 tokens), bf16", ["--precision", "bf16"]),
        ("chunked (all windows), f32", ["--chunk"]),
        ("chunked (all windows), bf16", ["--chunk", "--precision", "bf16"]),
    ]:
        times, rss = [], 0
        for _ in range(a.repeat):
            dt, r, out = run([a.bin, "embed", *extra], lines)
            assert out.count(b"\n") == n
            times.append(dt)
            rss = max(rss, r)
        best = min(times)
        print(f"embed {label}: {n/best:.1f} postings/s (best of {a.repeat}: {best:.1f} s); peak RSS {rss:.0f} MB")

    # The whole pipeline on real postings: CSV in, segments embedded and scored, CSV out.
    times, rss = [], 0
    for _ in range(a.repeat):
        dt, r, out = run([a.bin, "batch", a.data, "--text-column", "description"], b"")
        assert out.count(b"\n") >= n
        times.append(dt)
        rss = max(rss, r)
    best = min(times)
    print(f"batch (segments, bf16 default): {n/best:.1f} postings/s (best of {a.repeat}: {best:.1f} s); peak RSS {rss:.0f} MB")

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
