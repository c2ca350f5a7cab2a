#!/usr/bin/env python3
"""Chooses the confidence of a posting labelled from its role names alone (src/pipeline/mentions.rs,
`NAMED_CONFIDENCE`) on our own postings, datasets/calibration.csv, never on ../shared/data.

It labels every posting with one `jobclass batch --embed-all --evidence` run (the full pipeline) and
keeps the postings that name exactly one role as the job. For a role named n times (1, 2, 3 or more)
the confidence is the full pipeline's accuracy on the postings that name their one role at most n
times, smoothed by add-one: naming the role more often is no weaker evidence (the pipeline's weight
grows with the count), so the fewer-times postings are a cautious sample for n, and the confidence
never falls as the count grows; add-one leaves room for a mistake where none was seen. Prints each
group and the chosen values.
Usage: scripts/research/cascade_confidence.py [--file datasets/calibration.csv] [--jobclass target/release/jobclass]
"""
import argparse, csv, io, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402
ROLES = common.ROLES
GROUPS = 3  # 1, 2, 3 or more job mentions


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default="datasets/calibration.csv")
    ap.add_argument("--jobclass", default="target/release/jobclass")
    a = ap.parse_args()
    # fp32, the reference arithmetic, as calibrate.py: the same choice on every CPU.
    out = subprocess.run([a.jobclass, "batch", a.file, "--text-column", "description", "--evidence",
                          "--embed-all", "--no-progress", "--precision", "f32"],
                         capture_output=True, check=True, text=True)
    right, seen = [0] * GROUPS, [0] * GROUPS
    for r in csv.DictReader(io.StringIO(out.stdout, newline="")):
        if r["error"]:
            raise SystemExit(f"jobclass could not classify {r['id']}: {r['error']}")
        named = [role for role in ROLES if int(r[f"job_{role}"]) > 0]
        if len(named) != 1:
            continue
        g = min(int(r[f"job_{named[0]}"]), GROUPS) - 1
        seen[g] += 1
        right[g] += r["jobclass_label"] == r["label"]
    chosen = []
    for g in range(GROUPS):
        k, n = sum(right[: g + 1]), sum(seen[: g + 1])
        chosen.append((k + 1) / (n + 2))
        more = "+" if g == GROUPS - 1 else ""
        print(f"named {g + 1}{more} times: {seen[g]} postings, full pipeline right on {right[g]}; "
              f"at most this often: {k}/{n}, confidence (k+1)/(n+2) = {chosen[-1]:.5f}")
    print("NAMED_CONFIDENCE = [" + ", ".join(f"{c:.5f}" for c in chosen) + "]")


if __name__ == "__main__":
    main()
