#!/usr/bin/env python3
"""Names first against embedding every posting: `jobclass batch FILE --text-column description`
postings/s without and with `--embed-all` (default precision), measured alternately (A B A B...),
on ../shared/data/dev_postings.csv and on a feed of only its postings that name no role as the job
(found with one `batch --evidence` run: every job_ count 0; written to a temporary file, never into
the repository). Prints each run, the peak RSS of each run and the ratio per pair. The CPU's
AVX-512 extensions are printed with the figures.
Usage: scripts/bench/cascade.py [--pairs 3] [--jobclass target/release/jobclass] [--file F]
"""
import argparse, csv, io, os, statistics, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402


def batch(exe, path, extra):
    return [exe, "batch", path, "--text-column", "description", "--no-progress", *extra]


def no_role_feed(exe, path, out):
    """Writes the rows of `path` whose postings name no role as the job to `out`; returns how many."""
    _, _, stdout = common.run(batch(exe, path, ["--evidence"]), b"")
    labelled = list(csv.DictReader(io.StringIO(stdout.decode(), newline="")))
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(labelled), "batch keeps every row, in order"
    keep = [r for r, l in zip(rows, labelled)
            if all(int(l[f"job_{role}"]) == 0 for role in common.ROLES)]
    with open(out, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(keep)
    return len(keep)


def compare(exe, path, n, pairs, name):
    print(f"\n{name}: {n} postings, {pairs} pairs, A = names first (default), B = --embed-all")
    ratios, rss = [], {"A": [], "B": []}
    rates = {"A": [], "B": []}
    for i in range(pairs):
        pair = {}
        for which, extra in (("A", []), ("B", ["--embed-all"])):
            secs, mb, _ = common.run(batch(exe, path, extra), b"")
            pair[which] = n / secs
            rates[which].append(n / secs)
            rss[which].append(mb)
            print(f"  pair {i + 1} {which}: {secs:7.2f} s  {n / secs:7.2f} postings/s  peak RSS {mb:6.0f} MB")
        ratios.append(pair["A"] / pair["B"])
        print(f"  pair {i + 1} ratio A/B: {ratios[-1]:.2f}")
    print(f"  median: A {statistics.median(rates['A']):.2f} postings/s, B {statistics.median(rates['B']):.2f} postings/s, "
          f"ratio A/B {statistics.median(ratios):.2f} (pairs: {', '.join(f'{r:.2f}' for r in ratios)}); "
          f"peak RSS max A {max(rss['A']):.0f} MB, B {max(rss['B']):.0f} MB")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pairs", type=int, default=3)
    ap.add_argument("--jobclass", default=common.BIN)
    ap.add_argument("--file", default=common.DEV_POSTINGS)
    a = ap.parse_args()
    if not os.path.exists(a.file):
        sys.exit(f"{a.file} is not there (../shared/data holds the real postings)")
    print(f"CPU: {common.cpu_model()}; {os.cpu_count()} cores")
    with open(a.file, newline="") as f:
        n = sum(1 for _ in csv.DictReader(f))
    compare(a.jobclass, a.file, n, a.pairs, os.path.basename(a.file))
    with tempfile.TemporaryDirectory() as tmp:
        feed = os.path.join(tmp, "no_role.csv")
        k = no_role_feed(a.jobclass, a.file, feed)
        compare(a.jobclass, feed, k, a.pairs, f"the postings of {os.path.basename(a.file)} that name no role as the job")


if __name__ == "__main__":
    main()
