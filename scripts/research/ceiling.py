#!/usr/bin/env python3
"""How far any head on all-MiniLM-L6-v2 embeddings could go on the real postings: a supervised
ceiling, to know what macro-F1 this encoder allows at all. Never shipped and never used to choose anything.

For dev_postings.csv and dev_postings_masked.csv (../shared/data, description only), it embeds
every posting three ways with jobclass (`embed`: first 256 tokens; `embed --chunk`: mean of
256-token windows; the mean of the posting's segments, as `classify --explain` splits it), and
the three side by side; on each it trains a class-balanced logistic regression on the real
postings themselves, scored by 5-fold cross-validation repeated over 5 shuffles, for several
L2 strengths C. The C shown is picked with hindsight (best last column), so the figures are
optimistic. A fifth line has jobclass's own shape: the regression learns from segments (each
with its posting's label) and a posting's answer is the mean of its segments' probabilities.
It also prints:
- "unnamed": accuracy on the postings that name no role as the job (jobclass's role-name
  rule finds none; from `batch --evidence`), where jobclass relies on the embedding alone;
- "named by jobclass + this": macro-F1 when jobclass's shipped answer is kept for the
  postings that name their role and the supervised answer is used for the rest;
- the learning curve of the pooling best on the last figure (1/4, 1/2, 3/4 of each training
  fold): whether more real postings would raise the ceiling.

Needs numpy and scikit-learn (pip install numpy scikit-learn). About 22 minutes on 2 cores.
Usage: scripts/research/ceiling.py [--jobclass target/release/jobclass] [--reps 5]
"""
import argparse, csv, io, json, os, subprocess, sys, warnings

try:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score
    from sklearn.model_selection import StratifiedKFold
except ImportError as e:
    raise SystemExit(f"scripts/research/ceiling.py needs numpy and scikit-learn ({e}); pip install numpy scikit-learn") from None

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402

ROLES = common.ROLES
DATA = common.SHARED_DATA
CS = [0.1, 0.3, 1, 3, 10, 30, 100]


def run(args, stdin=None):
    return subprocess.run(args, input=stdin, capture_output=True, check=True, text=True).stdout


def embed(exe, lines, chunk=False):
    flags = ["--chunk"] if chunk else []
    out = run([exe, "embed", "--precision", "f32", *flags], "".join(line + "\n" for line in lines))
    return np.array([json.loads(line) for line in out.splitlines()], dtype=np.float32)


def one_line(text):
    return " ".join(text.split())


def features(exe, rows):
    """Three poolings of each posting's embedding, each row L2-normalised."""
    texts = [one_line(r["description"]) for r in rows]
    segments = []
    for r in rows:
        out = json.loads(run([exe, "classify", "--explain", "--json", "--precision", "f32"], r["description"]))
        segments.append([one_line(s["text"]) for s in out["segments"]])
    flat = embed(exe, [s for segs in segments for s in segs])
    mean, k = [], 0
    for segs in segments:
        v = flat[k:k + len(segs)].mean(axis=0)
        k += len(segs)
        mean.append(v / np.linalg.norm(v))
    feats = {"first 256 tokens": embed(exe, texts), "windows mean": embed(exe, texts, chunk=True),
             "segments mean": np.array(mean)}
    feats["all three side by side"] = np.hstack(list(feats.values()))
    owner = np.concatenate([[i] * len(segs) for i, segs in enumerate(segments)]).astype(int)
    return feats, (flat, owner)


def cross_validate(x, y, c, reps, fraction=1.0, segments=None):
    """One out-of-fold prediction per posting for each repetition. With `segments` (vectors,
    owning posting), the regression learns from segments and a posting gets the mean of its
    segments' probabilities."""
    preds = []
    for rep in range(reps):
        p = np.empty(len(y), dtype=object)
        for train, test in StratifiedKFold(5, shuffle=True, random_state=rep).split(np.zeros(len(y)), y):
            if fraction < 1.0:
                train = np.random.RandomState(rep).choice(train, int(len(train) * fraction), replace=False)
            model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced")
            if segments is None:
                p[test] = model.fit(x[train], y[train]).predict(x[test])
                continue
            vectors, owner = segments
            used = np.isin(owner, train)
            model.fit(vectors[used], y[owner[used]])
            for i in test:
                p[i] = model.classes_[model.predict_proba(vectors[owner == i]).mean(axis=0).argmax()]
        preds.append(p)
    return preds


def scores(y, preds, named, shipped):
    f1 = np.mean([f1_score(y, p, average="macro") for p in preds])
    unnamed = np.mean([(p[~named] == y[~named]).mean() for p in preds]) if (~named).any() else float("nan")
    combined = np.mean([f1_score(y, np.where(named, shipped, p), average="macro") for p in preds])
    return f1, unnamed, combined


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobclass", default="target/release/jobclass")
    ap.add_argument("--reps", type=int, default=5)
    a = ap.parse_args()
    os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    if a.jobclass == "target/release/jobclass":
        subprocess.run(["cargo", "build", "--release", "--quiet"], check=True)
    warnings.filterwarnings("ignore")
    for name in ["dev_postings", "dev_postings_masked"]:
        path = f"{DATA}/{name}.csv"
        rows = list(csv.DictReader(open(path, newline="")))
        y = np.array([r["label"] for r in rows])
        shipped = list(csv.DictReader(io.StringIO(run(
            [a.jobclass, "batch", path, "--text-column", "description", "--evidence", "--no-progress",
             "--precision", "f32"]), newline="")))
        assert [s["id"] for s in shipped] == [r["id"] for r in rows]
        named = np.array([any(int(s["job_" + r]) > 0 for r in ROLES) for s in shipped])
        # batch keeps the input's `label` column and names its own answer `jobclass_label`.
        answers = np.array([s["jobclass_label"] for s in shipped])
        f1_shipped = f1_score(y, answers, average="macro", labels=sorted(set(y)))
        print(f"{name}: {len(y)} postings, {named.sum()} name their role as the job; shipped jobclass: "
              f"macro-F1 over the true labels {f1_shipped:.3f}, unnamed accuracy "
              f"{(answers[~named] == y[~named]).mean() if (~named).any() else float('nan'):.3f}")
        print(f"  {'pooling':26s} {'best C':>6s} {'macro-F1':>8s} {'unnamed':>8s} {'named by jobclass + this':>25s}")
        best = None
        feats, segments = features(a.jobclass, rows)
        ways = [(pooling, x, None) for pooling, x in feats.items()]
        ways.append(("segments scored, averaged", None, segments))
        for pooling, x, segs in ways:
            results = [(scores(y, cross_validate(x, y, c, a.reps, segments=segs), named, answers), c)
                       for c in (CS if segs is None else [0.3, 1, 3])]
            (f1, unnamed, combined), c = max(results, key=lambda t: t[0][2])
            print(f"  {pooling:26s} {c:6g} {f1:8.3f} {unnamed:8.3f} {combined:25.3f}")
            if best is None or combined > best[0]:
                best = (combined, pooling, x, segs, c)
        _, pooling, x, segs, c = best
        curve = []
        for fraction in (0.25, 0.5, 0.75, 1.0):
            f1, _, combined = scores(y, cross_validate(x, y, c, a.reps, fraction, segs), named, answers)
            curve.append(f"{fraction:g}: {f1:.3f} / {combined:.3f}")
        print(f"  learning curve of the best ({pooling}, C {c:g}), share of each training fold: "
              f"macro-F1 / named by jobclass + this: {', '.join(curve)}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
