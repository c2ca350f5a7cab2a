#!/usr/bin/env python3
"""Names first against embedding every posting on the real postings of ../shared/data (never
copied into the repository): the labels `jobclass batch FILE --text-column description` gives with
and without `--embed-all` on each file, how many postings the names decided, and eval's ECE and
accuracy on dev_postings.csv both ways (`eval --json`).
Usage: scripts/research/cascade_check.py [--jobclass target/release/jobclass]
"""
import argparse, csv, io, json, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402
FILES = ["dev_postings.csv", "dev_other.csv", "dev_postings_masked.csv", "dev_other_masked.csv"]


def labels(exe, path, extra):
    out = subprocess.run([exe, "batch", path, "--text-column", "description", "--no-progress", "--evidence", *extra],
                         capture_output=True, check=True, text=True).stdout
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    col = "jobclass_label" if "jobclass_label" in rows[0] else "label"
    return rows, [r[col] for r in rows]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobclass", default=common.BIN)
    a = ap.parse_args()
    failed = False
    for name in FILES:
        path = os.path.join(common.SHARED_DATA, name)
        rows, first = labels(a.jobclass, path, [])
        _, full = labels(a.jobclass, path, ["--embed-all"])
        decided = sum(1 for r in rows if r["embedding_sre"] == "")
        differ = sum(x != y for x, y in zip(first, full))
        failed |= differ > 0
        print(f"{name}: {len(rows)} postings, {decided} decided by names, labels differing: {differ}")
    path = os.path.join(common.SHARED_DATA, "dev_postings.csv")
    for extra in ([], ["--embed-all"]):
        out = subprocess.run([a.jobclass, "eval", path, "--label-column", "label", "--text-column", "description",
                              "--json", *extra], capture_output=True, check=True, text=True).stdout
        r = json.loads(out)
        print(f"eval dev_postings.csv {' '.join(extra) or '(names first)'}: ece {r['ece']:.4f}, accuracy {r['accuracy']:.4f}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
