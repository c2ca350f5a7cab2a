#!/usr/bin/env python3
"""Benchmarks of the jobclass binary: embedding throughput on the dev postings (truncated and
chunked), cold start of one `embed` call with the model cached, and peak RSS of each run.
Usage: scripts/bench/throughput.py [--bin target/release/jobclass] [--data ../shared/data/dev_postings.csv]
"""
import argparse, os, statistics, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402
from common import cpu_model, run  # noqa: E402

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=common.BIN)
    ap.add_argument("--data", default=common.DEV_POSTINGS)
    ap.add_argument("--repeat", type=int, default=2)
    a = ap.parse_args()
    texts = common.descriptions(a.data)
    lines = ("\n".join(texts) + "\n").encode()
    n = len(texts)
    print(f"binary: {os.path.relpath(a.bin)}; input: {os.path.relpath(a.data)} ({n} descriptions)")
    print(f"cpu: {cpu_model()}; threads: {os.cpu_count()}; JOBCLASS_CPU={os.environ.get('JOBCLASS_CPU', '(unset)')}")

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
        ("truncated (256 tokens), int8", ["--precision", "int8"]),
        ("chunked (all windows), f32", ["--chunk"]),
        ("chunked (all windows), bf16", ["--chunk", "--precision", "bf16"]),
        ("chunked (all windows), int8", ["--chunk", "--precision", "int8"]),
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
    # --embed-all: every posting through the encoder, as the figures in BENCHMARKS.md's "The whole
    # pipeline" describe (names first is measured by scripts/bench/cascade.sh).
    for label, extra in [("bf16", ["--precision", "bf16"]), ("f32", ["--precision", "f32"]), ("int8 (auto here)", ["--precision", "int8"])]:
        times, rss = [], 0
        for _ in range(a.repeat):
            dt, r, out = run([a.bin, "batch", a.data, "--text-column", "description", "--embed-all", *extra], b"")
            assert out.count(b"\n") >= n
            times.append(dt)
            rss = max(rss, r)
        best = min(times)
        print(f"batch (segments, {label}): {n/best:.1f} postings/s (best of {a.repeat}: {best:.1f} s); peak RSS {rss:.0f} MB")

if __name__ == "__main__":
    main()
