#!/usr/bin/env python3
"""Chooses how role mentions are weighed against the embedding (the `mentions` of a head file,
src/pipeline/mentions.rs) on our own postings, datasets/calibration.csv, never on ../shared/data.

It labels every posting with one `jobclass batch --evidence` run, which reports the
embedding's probabilities, the role mentions and other jobs it found, and the scope gate's
probability. Then, in two stages: (1) the weights of role names that tell our role postings apart
best; (2) the temperature whose probabilities fit our postings best, with the two numbers of the
`other` decision the head carries (`other_if_not_named`, `other_job_weight`: chosen for a feed's
base rate on the dev feed by scripts/research/other_decision.py, not here). With --other-floor F
(the tuned head, meant for feeds of the three roles) the shift is chosen here instead, with the
temperature: the smallest that calls at least F of our other postings `other`. Prints each stage
and the chosen values.
Usage: scripts/research/calibrate.py [--file datasets/calibration.csv] [--jobclass target/release/jobclass] [--head H] [--encoder E]
"""
import json
import argparse, csv, io, itertools, math, os, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402
ROLES = common.ROLES
# Not calibrated: a posting that names one of the roles as its job is in scope, so `other`
# drops far enough that the embedding cannot bring it back.
OTHER_IF_NAMED = 4.0
TEMPS = [round(0.1 + 0.05 * k, 2) for k in range(39)]


EXTRA = []  # extra jobclass flags (--head)


def run_batch(exe, path):
    """Labels the whole file with one `jobclass batch --evidence` run; per row, the true label
    (the input's `label` column, which batch keeps), the embedding's probabilities, the role
    mentions found and the scores of the binary's built-in weights."""
    # fp32, the reference arithmetic, so that the choice is the same on every CPU (bf16 runs
    # only where AVX-512 BF16 exists and moves probabilities in the fourth decimal).
    # --embed-all: every posting through the full pipeline, even one its one named role would
    # decide without the encoder; the weights are those of the full pipeline.
    out = subprocess.run([exe, "batch", path, "--text-column", "description", "--evidence", "--no-progress",
                          "--embed-all", "--precision", "f32", *EXTRA],
                         capture_output=True, check=True, text=True)
    answers = []
    for r in csv.DictReader(io.StringIO(out.stdout, newline="")):
        if r["error"]:
            raise SystemExit(f"jobclass could not classify {r['id']}: {r['error']}")
        emb = {k[len("embedding_"):]: float(v) for k, v in r.items() if k.startswith("embedding_")}
        shipped = {k[len("score_"):]: float(v) for k, v in r.items() if k.startswith("score_")}
        men = {role: {"job": int(r[f"job_{role}"]), "passing": int(r[f"passing_{role}"])} for role in ROLES}
        men["other_jobs"] = int(r["job_other"])
        men["scope"] = float(r["scope"]) if r["scope"] != "" else None
        answers.append((r["label"], emb, men, shipped))
    return answers


def logit(p):
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def combine(emb, men, job_w, passing_w, other_pen, other_bonus, temp, other_job_w=0.0):
    any_job = any(men[r]["job"] > 0 for r in ROLES)
    z = {}
    for label, p in emb.items():
        s = math.log(max(p, 1e-9))
        if label in ROLES:
            s += job_w * math.log1p(men[label]["job"]) + passing_w[ROLES.index(label)] * math.log1p(men[label]["passing"])
        elif label == "other":
            if any_job:
                s -= other_pen
            else:
                s += other_bonus + other_job_w * math.log1p(men["other_jobs"])
                if men["scope"] is not None:
                    s -= logit(men["scope"])
        z[label] = s / temp
    m = max(z.values())
    e = {k: math.exp(v - m) for k, v in z.items()}
    t = sum(e.values())
    return {k: v / t for k, v in e.items()}


def decide(p):
    """The label jobclass gives (src/pipeline/prediction.rs, `decide`): `other` only when it is at least as
    likely as the three roles together, otherwise the most likely role."""
    if p["other"] >= sum(p[r] for r in ROLES):
        return "other"
    return max(ROLES, key=p.get)


def macro_f1(gold, pred):
    labels = sorted(set(gold) | set(pred))
    f1 = []
    for c in labels:
        tp = sum(g == c and p == c for g, p in zip(gold, pred))
        fp = sum(g != c and p == c for g, p in zip(gold, pred))
        fn = sum(g == c and p != c for g, p in zip(gold, pred))
        f1.append(2 * tp / max(2 * tp + fp + fn, 1))
    return sum(f1) / len(f1)


def head_mentions(a):
    """The `mentions` of the head being calibrated: --head, or the shipped head of --encoder."""
    path = a.write or a.head or os.path.join(common.ROOT, "models",
                                             "head-tuned.json" if a.encoder == "tuned" else "head.json")
    with open(path) as f:
        m = json.load(f).get("mentions")
    if m is None:
        # A head fresh from `jobclass train`: MentionWeights::DEFAULT's, or no other-job weight for
        # a decision chosen here (--other-floor).
        return {"other_if_not_named": 0.4, "other_job_weight": 0.0 if a.other_floor is not None else 2.0}
    return {"other_if_not_named": m["other_if_not_named"], "other_job_weight": m.get("other_job_weight", 0.0)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file", default="datasets/calibration.csv")
    ap.add_argument("--jobclass", default="target/release/jobclass")
    ap.add_argument("--head", help="a head file to use instead of the built-in one")
    ap.add_argument("--write", metavar="HEAD_JSON", help="write the chosen weights into this head file")
    ap.add_argument("--encoder", help="jobclass's --encoder (tuned, base or an adapter file)")
    ap.add_argument("--other-floor", type=float, help="choose other_if_not_named on our postings instead: the "
                    "smallest shift that calls at least this share of our other postings `other` (the tuned head: 0.6)")
    a = ap.parse_args()
    if a.head:
        EXTRA.extend(["--head", a.head])
    if a.encoder:
        EXTRA.extend(["--encoder", a.encoder])
    answers = run_batch(a.jobclass, a.file)
    data = [(g, emb, men) for g, emb, men, _ in answers]
    shipped_scores = [shipped for _, _, _, shipped in answers]  # the binary's built-in weights
    gold = [g for g, _, _ in data]
    roles = [(g, e, m) for g, e, m in data if g != "other"]

    # Stage 1, which role: the weights of role names (as the job, in passing, per role) that
    # tell our role postings apart best, macro-F1 over the three roles with `other` left out;
    # ties go to the weights whose three-way probabilities fit best (negative log-likelihood at
    # their best temperature), then to the smaller weights.
    def role_scores(e, m, job_w, pw):
        return {r: math.log(max(e[r], 1e-9)) + job_w * math.log1p(m[r]["job"]) + pw[i] * math.log1p(m[r]["passing"])
                for i, r in enumerate(ROLES)}

    def role_nll(job_w, pw, temp):
        total = 0.0
        for g, e, m in roles:
            z = {r: v / temp for r, v in role_scores(e, m, job_w, pw).items()}
            top = max(z.values())
            total -= z[g] - top - math.log(sum(math.exp(v - top) for v in z.values()))
        return total / len(roles)

    weights = [0.0, 0.5, 1.0, 2.0]
    role_gold = [g for g, _, _ in roles]
    stage1 = []
    for job_w, pw in itertools.product([1.0, 2.0, 4.0, 8.0], itertools.product(weights, weights, weights)):
        pred = [max(sc := role_scores(e, m, job_w, pw), key=sc.get) for _, e, m in roles]
        stage1.append((round(macro_f1(role_gold, pred), 6), job_w, pw))
    top_f1 = max(f for f, _, _ in stage1)
    tied = [(min(role_nll(j, pw, t) for t in TEMPS), j + sum(pw), j, pw) for f, j, pw in stage1 if f == top_f1]
    tied.sort()
    _, _, job_w, pw = tied[0]
    print(f"stage 1 (which role): macro-F1 {top_f1:.3f} over the three roles; {len(tied)} settings tie; "
          f"chosen job_weight {job_w}, passing_weight {list(pw)}")

    own = head_mentions(a)
    other_job_w = own["other_job_weight"]

    def nll(bonus, temp):
        return -sum(math.log(max(combine(e, m, job_w, pw, OTHER_IF_NAMED, bonus, temp, other_job_w)[g], 1e-12))
                    for g, e, m in data) / len(data)

    if a.other_floor is None:
        # Stage 2, how sure: the two numbers of the `other` decision are the head's (chosen on the
        # dev feed by other_decision.py); the temperature is the one whose probabilities fit all
        # our postings best (negative log-likelihood).
        bonus = own["other_if_not_named"]
        fit, temp = min((nll(bonus, t), t) for t in TEMPS)
        print(f"stage 2 (how sure): temperature {temp} fits our postings best (NLL {fit:.3f}), with the head's "
              f"other_if_not_named {bonus} and other_job_weight {other_job_w}")
    else:
        # For a head whose decision is not set for a feed as it comes (the tuned encoder's, for a
        # feed of the three roles): stage 2, whether `other`, and stage 3, how sure. For each
        # temperature, among the shifts (-1 to +5) that call at least --other-floor of our `other`
        # postings `other`, those that call the fewest role postings `other`, then the fewest
        # `other` overall, then the smallest shift; of these pairs, the best log-likelihood.
        n_roles, n_other = len(roles), len(data) - len(roles)

        def rates(bonus, temp):
            pred = [decide(combine(e, m, job_w, pw, OTHER_IF_NAMED, bonus, temp, other_job_w)) for _, e, m in data]
            roles_to_other = sum(p == "other" for p, g in zip(pred, gold) if g != "other") / n_roles
            other_recall = sum(p == "other" for p, g in zip(pred, gold) if g == "other") / n_other
            return roles_to_other, other_recall

        shifts = [round(-1.0 + 0.05 * k, 2) for k in range(121)]
        pairs = []
        for t in TEMPS:
            ok = sorted((r, o, b) for b in shifts for r, o in [rates(b, t)] if o >= a.other_floor)
            if ok:
                r, o, b = ok[0]
                pairs.append((nll(b, t), t, b, r, o))
        fit, temp, bonus, roles_to_other, other_recall = min(pairs)
        print(f"stage 2 and 3 (whether other, how sure): shift {bonus} at temperature {temp} calls {roles_to_other:.1%} "
              f"of our role postings and {other_recall:.1%} of our other postings `other`, the best fit (NLL {fit:.3f}) "
              f"of the {len(pairs)} temperatures' smallest shifts that reach {a.other_floor:.0%}")

    pred = [decide(combine(e, m, job_w, pw, OTHER_IF_NAMED, bonus, temp, other_job_w)) for _, e, m in data]
    alone = [decide(e) for _, e, _ in data]
    print(f"calibration set: macro-F1 {macro_f1(gold, pred):.3f} (the embedding alone: {macro_f1(gold, alone):.3f})")
    print(f"chosen: job_weight {job_w}, passing_weight {list(pw)}, other_if_named {OTHER_IF_NAMED} (subtracted, fixed), "
          f"other_if_not_named {bonus} and other_job_weight {other_job_w}, temperature {temp} "
          f"(NLL {fit:.3f}; at 1.0: {nll(bonus, 1.0):.3f})")
    # The binary's own answers tell whether the head carries these weights (and whether
    # combine() above still does the same arithmetic as src/pipeline/mentions.rs).
    worst = max(abs(combine(e, m, job_w, pw, OTHER_IF_NAMED, bonus, temp, other_job_w)[k] - shipped[k])
                for (_, e, m), shipped in zip(data, shipped_scores) for k in shipped)
    if a.write:
        with open(a.write) as f:
            head = json.load(f)
        head["mentions"] = {"job_weight": job_w, "passing_weight": list(pw), "other_if_named": OTHER_IF_NAMED,
                            "other_if_not_named": bonus, "other_job_weight": other_job_w, "temperature": temp}
        with open(a.write, "w") as f:
            f.write(json.dumps(head, indent=2) + "\n")
        print(f"wrote the chosen weights into {a.write}")
    elif worst < 2e-3:
        print("the head's mention weights give the same scores (largest difference %.1e)" % worst)
    else:
        print("the head's mention weights differ (largest score difference %.3f): put the chosen values in it "
              "(--write HEAD_JSON)" % worst)


if __name__ == "__main__":
    main()
