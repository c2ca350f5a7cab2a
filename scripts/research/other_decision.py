#!/usr/bin/env python3
"""Chooses the two numbers of the `other` decision that ../shared/data/dev_feed.csv may set (its
README allows at most three decision numbers chosen on it, never weights), for a head and its
scope gate: `other_if_not_named`, how much `other` gains when no role is named as the job (the
prior: roles are rare in a feed as it comes), and `other_job_weight`, how much each other job
named as the job adds (src/pipeline/mentions.rs, `MentionWeights::combine`).

The rule: of the pairs that call at most 1.5% of dev_feed's other posts a role (`unsure` rows
left out), the one that gets the most of dev_postings' role postings that name no role as the
job right; ties go to the fewest dev_postings called `other`, then to the smaller weight, then
to the smaller shift. Every other weight stays as the head has it. It labels each file once
(`jobclass batch --evidence --precision f32`, fp32 so that the choice is the same on every CPU)
and recomputes the decision from the evidence columns, then checks the binary's own scores
against the chosen pair. Prints the figures of each file at the chosen pair.
The rule reads dev_postings as the issue that set it asks ("on dev_feed together with
dev_postings/dev_other"); the numbers it chooses are counted among dev_feed's three.
Usage: scripts/research/other_decision.py [--jobclass BIN] [--head H] [--encoder E] [--data DIR] [--write]
"""
import argparse, csv, io, json, math, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402

ROLES = common.ROLES
MAX_FEED_ROLE = 0.015
# MentionWeights::DEFAULT (src/pipeline/mentions.rs), what a head without `mentions` uses.
DEFAULT = {"job_weight": 8.0, "passing_weight": [0.0, 0.0, 0.0], "other_if_named": 4.0,
           "other_if_not_named": 0.4, "other_job_weight": 2.0, "temperature": 0.55}
SHIFTS = [round(-2.0 + 0.05 * k, 2) for k in range(101)]
OTHER_JOB_WEIGHTS = [0.0, 0.25, 0.5, 1.0, 2.0, 3.0, 4.0]


def label_file(exe, path, extra):
    out = subprocess.run([exe, "batch", path, "--text-column", "description", "--evidence", "--no-progress",
                          "--precision", "f32", *extra], capture_output=True, check=True, text=True).stdout
    rows = []
    for r in csv.DictReader(io.StringIO(out, newline="")):
        if r["error"]:
            raise SystemExit(f"jobclass could not classify {r['id']}: {r['error']}")
        emb = None
        if r["embedding_other"] != "":
            emb = {label: float(r[f"embedding_{label}"]) for label in ROLES + ["other"]}
        scope = float(r["scope"]) if r.get("scope", "") != "" else None
        rows.append({
            "label": r["label"], "pred": r["jobclass_label"], "emb": emb,
            "job": [int(r[f"job_{x}"]) for x in ROLES], "passing": [int(r[f"passing_{x}"]) for x in ROLES],
            "other_jobs": int(r["job_other"]), "scope": scope,
            "scores": {label: float(r[f"score_{label}"]) for label in ROLES + ["other"]},
        })
    return rows


def logit(p):
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def decision(row, w, shift, ojw):
    """The label and scores src/pipeline/classifier.rs gives, from the evidence, for a posting that
    was embedded (one named as the job by exactly one role never is)."""
    any_job = any(row["job"])
    z = {}
    for label, p in row["emb"].items():
        s = math.log(max(p, 1e-9))
        if label in ROLES:
            r = ROLES.index(label)
            s += w["job_weight"] * math.log1p(row["job"][r]) + w["passing_weight"][r] * math.log1p(row["passing"][r])
        elif any_job:
            s -= w["other_if_named"]
        else:
            s += shift + ojw * math.log1p(row["other_jobs"])
            if row["scope"] is not None:
                s -= logit(row["scope"])
        z[label] = s / w["temperature"]
    m = max(z.values())
    e = {k: math.exp(v - m) for k, v in z.items()}
    t = sum(e.values())
    p = {k: v / t for k, v in e.items()}
    if p["other"] >= sum(p[r] for r in ROLES):
        return "other", p
    return max(ROLES, key=p.get), p


def labels_at(rows, w, shift, ojw):
    return [decision(r, w, shift, ojw)[0] if r["emb"] is not None else r["pred"] for r in rows]


def figures(files, w, shift, ojw):
    feed = files["dev_feed.csv"]
    feed_pred = labels_at(feed, w, shift, ojw)
    others = [p for p, r in zip(feed_pred, feed) if r["label"] == "other"]
    post = files["dev_postings.csv"]
    post_pred = labels_at(post, w, shift, ojw)
    unnamed = [(p, r) for p, r in zip(post_pred, post) if not any(r["job"])]
    other = labels_at(files["dev_other.csv"], w, shift, ojw)
    return {
        "feed_role": sum(p != "other" for p in others) / len(others),
        "unnamed": sum(p == r["label"] for p, r in unnamed) / len(unnamed),
        "post_other": sum(p == "other" for p in post_pred) / len(post_pred),
        "dev_other": sum(p == "other" for p in other) / len(other),
    }


def best_shift(files, w, ojw, bound):
    """At other-job weight `ojw`, the shift (and its figures) that gets the most dev postings naming
    no role right among those calling at most `bound` of the feed's other posts a role (ties: the
    fewest dev postings called `other`, then the smaller shift); None when no shift does."""
    ok = [(s, f) for s in SHIFTS for f in [figures(files, w, s, ojw)] if f["feed_role"] <= bound]
    return max(ok, key=lambda x: (x[1]["unnamed"], -x[1]["post_other"], -x[0])) if ok else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobclass", default=common.BIN)
    ap.add_argument("--head")
    ap.add_argument("--encoder")
    ap.add_argument("--data", default=common.SHARED_DATA)
    ap.add_argument("--write", action="store_true",
                    help="write the chosen pair into the head file's mentions (--head, else the shipped head)")
    a = ap.parse_args()
    extra = (["--head", a.head] if a.head else []) + (["--encoder", a.encoder] if a.encoder else [])
    files = {}
    for name in ["dev_feed.csv", "dev_postings.csv", "dev_other.csv"]:
        rows = label_file(a.jobclass, os.path.join(a.data, name), extra)
        files[name] = [r for r in rows if r["label"] != "unsure"]
    path = a.head or os.path.join(common.ROOT, "models", "head-tuned.json" if a.encoder == "tuned" else "head.json")
    with open(path) as f:
        head = json.load(f)
    # A head fresh from `jobclass train` has none: it decides with MentionWeights::DEFAULT.
    w = head.get("mentions") or dict(DEFAULT)
    best = None
    for ojw in OTHER_JOB_WEIGHTS:
        for shift in SHIFTS:
            f = figures(files, w, shift, ojw)
            if f["feed_role"] > MAX_FEED_ROLE:
                continue
            key = (-f["unnamed"], f["post_other"], ojw, shift)
            if best is None or key < best[0]:
                best = (key, shift, ojw, f)
    if best is None:
        raise SystemExit("no pair calls at most 1.5% of the feed's other posts a role")
    _, shift, ojw, f = best
    print(f"chosen: other_if_not_named {shift}, other_job_weight {ojw}: dev_feed other posts called a role "
          f"{f['feed_role']:.2%}, dev_postings naming no role right {f['unnamed']:.3f}, dev_postings called other "
          f"{f['post_other']:.1%}, dev_other called other {f['dev_other']:.1%}")
    for ojw2 in OTHER_JOB_WEIGHTS:
        found = best_shift(files, w, ojw2, MAX_FEED_ROLE)
        if found:
            s, g = found
            print(f"  other_job_weight {ojw2}: best shift {s}: unnamed {g['unnamed']:.3f}, feed {g['feed_role']:.2%}, "
                  f"dev_postings other {g['post_other']:.1%}, dev_other other {g['dev_other']:.1%}")
    # What a stricter or looser feed would cost: at the chosen other_job_weight, the best shift
    # for each bound on the feed's other posts called a role.
    print(f"the trade-off at other_job_weight {ojw}:")
    print(f"{'feed bound':>10} {'shift':>6} {'feed':>6} {'unnamed':>8} {'dev other':>10} {'dev_other':>10}")
    for bound in [0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.10]:
        found = best_shift(files, w, ojw, bound)
        if found:
            s, g = found
            print(f"{bound:>10.1%} {s:>6} {g['feed_role']:>6.2%} {g['unnamed']:>8.3f} {g['post_other']:>10.1%} "
                  f"{g['dev_other']:>10.1%}")
    # The binary's own scores against the arithmetic above, at the head's own numbers.
    own = (w["other_if_not_named"], w.get("other_job_weight", 0.0))
    worst = max(abs(decision(r, w, *own)[1][k] - r["scores"][k]) for rows in files.values()
                for r in rows if r["emb"] is not None for k in r["scores"])
    same = (own == (shift, ojw))
    if a.write and not same:
        head["mentions"] = {**w, "other_if_not_named": shift, "other_job_weight": ojw}
        with open(path, "w") as f:
            f.write(json.dumps(head, indent=2) + "\n")
        print(f"wrote other_if_not_named {shift} and other_job_weight {ojw} into {path}")
    print(f"the head has other_if_not_named {own[0]}, other_job_weight {own[1]}: "
          f"{'the chosen pair' if same else 'not the chosen pair'}; the evidence reproduces the binary's scores "
          f"to {worst:.1e}")


if __name__ == "__main__":
    main()
