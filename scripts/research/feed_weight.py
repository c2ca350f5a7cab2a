#!/usr/bin/env python3
"""Chooses the feed model's weight against the embedding (src/pipeline/feed_mix.rs, `FEED_WEIGHT`)
on our own postings, datasets/calibration.csv and datasets/test.csv, never on ../shared/data.

The two files are one feed, as a user would run it: `jobclass adapt` learns from their text (the
postings that name their role as the job), then `jobclass batch --feed-model` labels them with each
weight of a grid (the hidden flag --feed-weight). What the weight changes is the role of a posting
that does not name one role as the job (`other` keeps the base pipeline's probability), so the
weight with the best accuracy on our role postings that name no role as the job wins; a tie goes
to the smaller weight, the one closer to the base pipeline. Our postings are easy (the base pipeline
gets most of them right), so accuracy moves in steps of one posting; the log-loss of the true role
on the same postings (mean -ln p) breaks ties between weights of equal accuracy. Prints every
weight's figures.
Usage: scripts/research/feed_weight.py [--jobclass target/release/jobclass]
"""
import argparse, csv, io, math, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402
ROLES = common.ROLES
FILES = ["datasets/calibration.csv", "datasets/test.csv"]
GRID = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobclass", default="target/release/jobclass")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        feed = os.path.join(tmp, "feed.csv")
        with open(feed, "w", newline="") as out:
            w = None
            for path in FILES:
                with open(path, newline="") as f:
                    for r in csv.DictReader(f):
                        if w is None:
                            w = csv.DictWriter(out, fieldnames=list(r))
                            w.writeheader()
                        w.writerow(r)
        model = os.path.join(tmp, "feed.json")
        subprocess.run([a.jobclass, "adapt", feed, "--text-column", "description", "-o", model],
                       check=True)
        best = None
        print("weight  unnamed-right  log-loss  named-right  other-right  role-called-other")
        for weight in GRID:
            out = subprocess.run([a.jobclass, "batch", feed, "--text-column", "description",
                                  "--evidence", "--no-progress", "--precision", "f32",
                                  "--feed-model", model, "--feed-weight", str(weight)],
                                 capture_output=True, check=True, text=True)
            rows = list(csv.DictReader(io.StringIO(out.stdout, newline="")))
            named = lambda r: sum(int(r[f"job_{x}"]) > 0 for x in ROLES)  # noqa: E731
            roles = [r for r in rows if r["label"] in ROLES]
            unnamed = [r for r in roles if named(r) == 0]
            one = [r for r in roles if named(r) == 1]
            other = [r for r in rows if r["label"] == "other"]
            acc = lambda rs: sum(r["jobclass_label"] == r["label"] for r in rs) / len(rs)  # noqa: E731
            score = acc(unnamed)
            called_other = sum(r["jobclass_label"] == "other" for r in roles) / len(roles)
            loss = sum(-math.log(max(float(r[f"score_{r['label']}"]), 1e-9))
                       for r in unnamed) / len(unnamed)
            print(f"{weight:6.1f}  {score:.3f} (n={len(unnamed)})  {loss:.4f}    {acc(one):.3f}"
                  f"        {acc(other):.3f}        {called_other:.3f}")
            if best is None or (score, -loss) > (best[1] + 1e-9, -best[2]):
                best = (weight, score, loss)
        print(f"chosen: FEED_WEIGHT = {best[0]} (unnamed role postings right: {best[1]:.3f}, "
              f"log-loss {best[2]:.4f})")


if __name__ == "__main__":
    main()
