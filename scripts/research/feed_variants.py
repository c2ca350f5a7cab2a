#!/usr/bin/env python3
"""Variants of the feed model and of the `other` decision for postings that name no role as the
job, measured as scripts/research/feed_check.py measures the shipped one (EVALUATION.md,
"Learning from the feed", the table of variants). Nothing is shipped from here.

Every variant is scored on three feeds:
- ours: datasets/calibration.csv + datasets/test.csv as one feed (adapted on, then labelled): where
  a variant's weight or threshold is chosen, with feed_weight.py's rule (the best accuracy on the
  feed's postings that name no role as the job, ties by log-loss);
- one: ../shared/data dev_postings.csv + dev_other.csv as one feed (evaluation only);
- x0, x1: cross-feed, adapted on one half of those rows (by the parity of the row number),
  labelling the other half's masked rows (dev_*_masked.csv).
Figures as feed_check.py prints them: the role postings that name no role as the job ("un"), those
that name their one role, accuracy and F1 over the true labels (role postings), the other jobs
called `other` ("oth") and the role postings called `other` ("r->o").

The base pipeline's and the tuned encoder's probabilities come from `jobclass batch --evidence
--embed-all` (the pipeline is re-assembled here from the embedding's probabilities and the role
mentions, with the heads' mention weights: it reproduces the binary's labels); a posting's vector
is `jobclass embed --chunk` (mean of 256-token windows). The feed model is re-implemented with
scikit-learn (the same terms, idf, class-balanced multinomial logistic regression and L2 penalty as
src/training/feed_fit/); the script checks that it gives `jobclass batch --adapt`'s labels.

Variants:
1. embedding features: the posting's vector (x alpha) next to its TF-IDF terms in one regression;
   or a second regression on the vectors alone, its probabilities mixed with the words' (weight b).
2. the tuned encoder's role probabilities behind the base pipeline's `other` decision, alone, mixed
   with the base encoder's, and with the feed model.
3. an `other` decision the feed informs, for the postings that name no role as the job:
   a. a words model (the feed model's terms) of the feed's named postings against the postings
      naming none that the base pipeline calls `other` with p >= tau; its log-odds mixed with the
      base pipeline's (weight g);
   b. passing mentions as naive-Bayes evidence, their rates estimated on the feed (named or
      confidently-role postings against confidently-`other` ones);
   c. the share of `other` re-estimated on the feed by EM (Saerens et al. 2002) from the base
      pipeline's share on our postings.
   d. a words model of the feed's named postings against our calibration set's other jobs, its
      log-odds mixed in as in a; the weight chosen on datasets/test.csv as the feed.

4. (with --finetune-epochs N) the encoder fine-tuned (`train --finetune`) on the feed's named
   postings, role names masked, for N epochs; its roles behind the base pipeline's `other`
   decision, alone and with the feed model (not on ours: it would learn from what it labels).

Needs numpy, scipy and scikit-learn. About 10 minutes on 2 cores; each epoch of variant 4 about
3 more minutes on the one feed (18 steps) and as much for the two halves together.
Usage: scripts/research/feed_variants.py [--jobclass target/release/jobclass] [--data ../shared/data]
       [--cache DIR] (keeps the jobclass outputs there and reuses them) [--finetune-epochs N]
"""
import argparse, collections, csv, io, json, os, re, subprocess, sys, tempfile, warnings

try:
    import numpy as np
    import scipy.sparse as sp
    from sklearn.linear_model import LogisticRegression
except ImportError:
    sys.exit("needs numpy, scipy and scikit-learn: pip install numpy scipy scikit-learn")

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402

ROLES = common.ROLES
LABELS = ROLES + [common.OTHER]
ROOT = common.ROOT
MIN_EXAMPLES = 10  # src/training/feed_fit/mod.rs DEFAULT_MIN_EXAMPLES
FEED_WEIGHT = 0.8  # src/pipeline/feed_mix.rs FEED_WEIGHT
L2 = 5e-3  # AdaptSettings::default().l2


# ---- reading jobclass's outputs ----

read, write = common.read_csv, common.write_csv


class Frame:
    """`batch --evidence` rows as arrays."""

    def __init__(self, rows):
        self.rows = rows
        self.ids = [r["id"] for r in rows]
        self.label = np.array([r["label"] for r in rows])
        self.text = [r["description"] for r in rows]
        self.emb = np.array([[float(r[f"embedding_{x}"] or "nan") for x in LABELS] for r in rows])
        self.job = np.array([[int(r[f"job_{x}"]) for x in ROLES] for r in rows])
        self.passing = np.array([[int(r[f"passing_{x}"]) for x in ROLES] for r in rows])
        self.jobclass_label = np.array([r["jobclass_label"] for r in rows])

    def take(self, mask):
        return Frame([r for r, m in zip(self.rows, mask) if m])

    def reorder(self, ids):
        by = {r["id"]: r for r in self.rows}
        return Frame([by[i] for i in ids])

    def unnamed(self):
        return (self.job > 0).sum(1) == 0

    def only_job(self):
        return (self.job > 0).sum(1) == 1

    def roles(self):
        """The role each posting names as the job when it names exactly one, else -1."""
        return np.where(self.only_job(), self.job.argmax(1), -1)


# ---- the pipeline, from the embedding's probabilities and the mentions ----

def softmax(z):
    z = z - z.max(1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(1, keepdims=True)


def mention_weights(head):
    """The head file's mention weights (src/pipeline/mentions.rs MentionWeights::DEFAULT without)."""
    with open(os.path.join(ROOT, "models", head)) as f:
        m = json.load(f).get("mentions")
    return m or {"job_weight": 8.0, "passing_weight": [0.0, 0.0, 0.0], "other_if_named": 4.0,
                 "other_if_not_named": 0.4, "temperature": 0.35}


def combine(fr, w):
    """MentionWeights::combine."""
    z = np.log(np.maximum(fr.emb, 1e-9))
    z[:, :3] += w["job_weight"] * np.log1p(fr.job) + np.array(w["passing_weight"]) * np.log1p(fr.passing)
    z[:, 3] += np.where((fr.job > 0).any(1), -w["other_if_named"], w["other_if_not_named"])
    return softmax(z / w["temperature"])


def mix(probs, q, weight):
    """classifier::mix_feed; q holds NaN for a role the feed model leaves to the base pipeline."""
    known = ~np.isnan(q[0])
    if known.sum() < 2:
        return probs.copy()
    out = probs.copy()
    share = probs[:, :3][:, known].sum(1, keepdims=True)
    qq = q[:, known] / q[:, known].sum(1, keepdims=True)
    z = ((1 - weight) * np.log(np.maximum(probs[:, :3][:, known] / np.maximum(share, 1e-30), 1e-9))
         + weight * np.log(np.maximum(qq, 1e-9)))
    out[:, np.where(known)[0]] = softmax(z) * share
    return out


def predict(fr, probs):
    """A posting naming one role as the job gets it; the rest classifier::decide."""
    other = probs[:, 3] >= probs[:, :3].sum(1)
    decided = np.where(other, common.OTHER, np.array(ROLES)[probs[:, :3].argmax(1)])
    return np.where(fr.only_job(), np.array(ROLES)[fr.job.argmax(1)], decided)


def logit(p):
    p = np.clip(p, 1e-9, 1 - 1e-9)
    return np.log(p / (1 - p))


def with_other(probs, log_odds):
    """probs with `other` at sigmoid(log_odds), the roles sharing the rest as before."""
    po = 1 / (1 + np.exp(-log_odds))
    out = probs.copy()
    rs = np.maximum(probs[:, :3].sum(1, keepdims=True), 1e-30)
    out[:, :3] = probs[:, :3] / rs * (1 - po)[:, None]
    out[:, 3] = po
    return out


# ---- the feed model (src/pipeline/feed/, src/training/feed_fit/) ----

def stop_words():
    with open(os.path.join(ROOT, "src", "pipeline", "feed", "stop_words.txt")) as f:
        return set(f.read().split())


STOP = stop_words()
ROLE_NAME = re.compile(r"(?i)\b(?:(?:dev\s*-?\s*ops|devsecops)|(?:site\s+reliability(?:\s+engineering)?"
                       r"|(?-i:SREs?))|(?:platform\s+engineer(?:ing|s)?))\b")
WORD = re.compile(r"\b\w\w+\b")


def terms(text):
    words = [w for w in WORD.findall(ROLE_NAME.sub("_role_", text).lower()) if w not in STOP]
    return collections.Counter(words + [a + " " + b for a, b in zip(words, words[1:])])


class Terms:
    """The vocabulary and idf of a feed: terms two postings use and an example uses."""

    def __init__(self, texts, examples):
        self.docs = [terms(t) for t in texts]
        df, used = collections.Counter(), set()
        for d, ex in zip(self.docs, examples):
            df.update(d.keys())
            if ex:
                used.update(d.keys())
        vocab = sorted(t for t in df if df[t] >= 2 and t in used)
        self.index = {t: i for i, t in enumerate(vocab)}
        n = len(texts)
        self.idf = np.array([np.log((1 + n) / (1 + df[t])) + 1 for t in vocab])

    def matrix(self, texts=None):
        docs = self.docs if texts is None else [terms(t) for t in texts]
        r, c, v = [], [], []
        for i, d in enumerate(docs):
            for t, k in d.items():
                j = self.index.get(t)
                if j is not None:
                    r.append(i)
                    c.append(j)
                    v.append((1 + np.log(k)) * self.idf[j])
        x = sp.csr_matrix((v, (r, c)), shape=(len(docs), len(self.index)))
        norm = np.sqrt(np.asarray(x.multiply(x).sum(1)).ravel())
        norm[norm == 0] = 1
        return sp.diags(1 / norm) @ x


def regression(x, y):
    """Class-balanced, L2 (L2/2 |W|^2 against the mean weighted cross-entropy), multinomial. With
    two classes scikit-learn fits one vector w = w1 - w2, and the multinomial optimum has
    |W|^2 = |w|^2 / 2: the penalty is halved to match."""
    k = len(set(y))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return LogisticRegression(C=(2 if k == 2 else 1) / (L2 * x.shape[0]), class_weight="balanced",
                                  max_iter=5000, tol=1e-8).fit(x, y)


def role_examples(learn):
    r = learn.roles()
    keep = [c for c in range(3) if (r == c).sum() >= MIN_EXAMPLES]
    return np.where(np.isin(r, keep), r, -1)


def feed_model(learn, ev, learn_vec=None, ev_vec=None, alpha=0.0):
    """Role probabilities (NaN for a role left to the base pipeline) of `ev`'s postings."""
    r = role_examples(learn)
    t = Terms(learn.text, r >= 0)
    xl, xe = t.matrix(), t.matrix(ev.text)
    if alpha:
        xl = sp.hstack([xl, sp.csr_matrix(alpha * learn_vec)]).tocsr()
        xe = sp.hstack([xe, sp.csr_matrix(alpha * ev_vec)]).tocsr()
    lr = regression(xl[r >= 0], r[r >= 0])
    q = np.full((len(ev.ids), 3), np.nan)
    q[:, lr.classes_] = lr.predict_proba(xe)
    return q


def vector_model(learn_vec, learn, ev_vec):
    r = role_examples(learn)
    lr = regression(learn_vec[r >= 0], r[r >= 0])
    q = np.full((len(ev_vec), 3), np.nan)
    q[:, lr.classes_] = lr.predict_proba(ev_vec)
    return q


def geometric(q1, q2, b):
    z = (1 - b) * np.log(np.maximum(q1, 1e-9)) + b * np.log(np.maximum(q2, 1e-9))
    e = np.exp(z - np.nanmax(z, 1, keepdims=True))
    return e / np.nansum(e, 1, keepdims=True)


def our_other_model(learn, ours_other, ev):
    """P(other) from a words model: the feed's named postings against our own other jobs."""
    pos = learn.roles() >= 0
    texts = learn.text + ours_other.text
    y = np.concatenate([np.where(pos, 0, -1), np.ones(len(ours_other.ids), dtype=int)])
    t = Terms(texts, y >= 0)
    lr = regression(t.matrix()[y >= 0], y[y >= 0])
    return lr.predict_proba(t.matrix(ev.text))[:, 1]


def other_model(learn, base_learn, ev, tau):
    """P(other) from a words model: the feed's named postings against those naming no role that
    the base pipeline calls `other` with p >= tau."""
    pos = learn.roles() >= 0
    neg = learn.unnamed() & (base_learn[:, 3] >= tau)
    y = np.where(pos, 0, np.where(neg, 1, -1))
    t = Terms(learn.text, y >= 0)
    lr = regression(t.matrix()[y >= 0], y[y >= 0])
    return lr.predict_proba(t.matrix(ev.text))[:, 1]


# ---- figures ----

def f1(gold, pred):
    total = 0.0
    for label in ROLES:
        tp = np.sum((gold == label) & (pred == label))
        fp = np.sum((gold != label) & (pred == label))
        fn = np.sum((gold == label) & (pred != label))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        total += 2 * p * r / (p + r) if p + r else 0.0
    return total / 3


def figures(fr, probs):
    pred = predict(fr, probs)
    g = fr.label
    role = g != common.OTHER
    un = role & fr.unnamed()
    one = role & fr.only_job()
    acc = lambda m: float((g[m] == pred[m]).mean()) if m.any() else float("nan")  # noqa: E731
    gi = np.array([LABELS.index(x) for x in g[un]])
    return {"un": acc(un), "named": acc(one), "acc": acc(role), "f1": f1(g[role], pred[role]),
            "oth": float((pred[~role] == common.OTHER).mean()),
            "r->o": float((pred[role] == common.OTHER).mean()),
            # the choice on our postings: feed_weight.py's rule, over the role postings naming no role
            "loss": float(-np.log(np.maximum(probs[un][np.arange(un.sum()), gi], 1e-9)).mean()),
            # and, for the `other` decision, over every posting naming no role (other jobs too)
            "all_un": float((pred[fr.unnamed()] == g[fr.unnamed()]).mean()),
            "other_loss": float(-np.where(g[fr.unnamed()] == common.OTHER, np.log(np.clip(probs[fr.unnamed(), 3], 1e-9, 1)),
                                          np.log(np.clip(1 - probs[fr.unnamed(), 3], 1e-9, 1))).mean())}


def line(name, key, f):
    named = "  -  " if np.isnan(f["named"]) else f"{f['named']:.3f}"
    extra = (f"  (choice: un {f['un']:.3f} loss {f['loss']:.3f}; all unnamed {f['all_un']:.3f} "
             f"other-loss {f['other_loss']:.3f})") if key == "ours" else ""
    return (f"{name:<40} {key:<4} un {f['un']:.3f} named {named} acc {f['acc']:.3f} F1 {f['f1']:.3f} "
            f"oth {f['oth']:.3f} r->o {f['r->o']:.3f}{extra}")


# ---- jobclass runs ----

def jobclass_outputs(jc, data, cache):
    os.makedirs(cache, exist_ok=True)
    postings = read(os.path.join(data, "dev_postings.csv"))
    other = read(os.path.join(data, "dev_other.csv"))
    masked = {r["id"]: r for r in read(os.path.join(data, "dev_postings_masked.csv"))
              + read(os.path.join(data, "dev_other_masked.csv"))}
    ours = [dict(r) for p in ("calibration.csv", "test.csv") for r in read(os.path.join(ROOT, "datasets", p))]
    files = {"feed": postings + other, "masked": [masked[r["id"]] for r in postings + other], "ours": ours}
    out = {"calibration_ids": {r["id"] for r in read(os.path.join(ROOT, "datasets", "calibration.csv"))}}
    for name, rows in files.items():
        src = os.path.join(cache, f"{name}.csv")
        write(src, rows)
        for enc in ("base", "tuned"):
            path = os.path.join(cache, f"{enc}_{name}.csv")
            if not os.path.exists(path):
                with open(path, "w") as f:
                    subprocess.run([jc, "batch", src, "--text-column", "description", "--evidence",
                                    "--embed-all", "--no-progress", "--encoder", enc], stdout=f, check=True)
            out[(enc, name)] = Frame(read(path)).reorder([r["id"] for r in rows])
        path = os.path.join(cache, f"vectors_{name}.npy")
        if not os.path.exists(path):
            lines = "".join(" ".join(r["description"].split()) + "\n" for r in rows)
            done = subprocess.run([jc, "embed", "--chunk", "--precision", "bf16"], input=lines,
                                  capture_output=True, text=True, check=True)
            np.save(path, np.array([json.loads(v) for v in done.stdout.splitlines()], dtype=np.float32))
        out[("vec", name)] = np.load(path)
    path = os.path.join(cache, "adapt_feed.csv")
    if not os.path.exists(path):
        with open(path, "w") as f:
            subprocess.run([jc, "batch", os.path.join(cache, "feed.csv"), "--text-column", "description",
                            "--evidence", "--no-progress", "--adapt"], stdout=f, check=True)
    out["adapt"] = Frame(read(path))
    return out


def finetune(jc, s, tmp, epochs, name):
    """Variant 4: `train --finetune` on the feed's named postings (role names masked, labelled by
    the role they name), then the adapter's role probabilities for the postings of `ev`."""
    learn = s["learn"]
    r = learn.roles()
    rows = [{"text": ROLE_NAME.sub("ROLE", t), "label": ROLES[x]} for t, x in zip(learn.text, r) if x >= 0]
    train = os.path.join(tmp, f"finetune_{name}.csv")
    write(train, rows)
    steps = int(np.ceil(epochs * len(rows) / 12))  # 4 examples of each role a step
    adapter, head = os.path.join(tmp, f"adapter_{name}.safetensors"), os.path.join(tmp, f"head_{name}.json")
    seconds, rss, _ = common.run([jc, "train", train, "--finetune", "--steps", str(steps), "--adapter-output",
                                  adapter, "-o", head, "--folds", "0"], b"")
    print(f"4. {name}: fine-tuned on {len(rows)} named postings, {steps} steps: {seconds:.0f} s, "
          f"peak RSS {rss:.0f} MB (with the head's training)")
    ev = os.path.join(tmp, f"ev_{name}.csv")
    write(ev, [{"id": i, "description": t} for i, t in zip(s["ev"].ids, s["ev"].text)])
    done = subprocess.run([jc, "batch", ev, "--text-column", "description", "--evidence", "--embed-all",
                           "--no-progress", "--encoder", adapter, "--head", head],
                          capture_output=True, text=True, check=True)
    by = {x["id"]: x for x in csv.DictReader(io.StringIO(done.stdout, newline=""))}
    t = np.array([[float(by[i][f"embedding_{x}"]) for x in ROLES] for i in s["ev"].ids])
    return t / t.sum(1, keepdims=True)


def scenarios(o):
    base_w, tuned_w = mention_weights("head.json"), mention_weights("head-tuned.json")
    s = {"ours": dict(learn=o[("base", "ours")], ev=o[("base", "ours")], ev_t=o[("tuned", "ours")],
                      learn_vec=o[("vec", "ours")], ev_vec=o[("vec", "ours")]),
         "one": dict(learn=o[("base", "feed")], ev=o[("base", "feed")], ev_t=o[("tuned", "feed")],
                     learn_vec=o[("vec", "feed")], ev_vec=o[("vec", "feed")])}
    n = len(o[("base", "feed")].ids)
    for part in (0, 1):
        learn = np.arange(n) % 2 == part
        s[f"x{part}"] = dict(learn=o[("base", "feed")].take(learn), ev=o[("base", "masked")].take(~learn),
                             ev_t=o[("tuned", "masked")].take(~learn), learn_vec=o[("vec", "feed")][learn],
                             ev_vec=o[("vec", "masked")][~learn])
    for v in s.values():
        v["base"] = combine(v["ev"], base_w)
        v["base_learn"] = combine(v["learn"], base_w)
        v["tuned"] = combine(v["ev_t"], tuned_w)
        v["q"] = feed_model(v["learn"], v["ev"])
    return s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobclass", default="target/release/jobclass")
    ap.add_argument("--data", default="../shared/data")
    ap.add_argument("--cache", help="keep jobclass's outputs here and reuse them")
    ap.add_argument("--finetune-epochs", type=float, default=0,
                    help="also variant 4 with this many epochs (slow: about 9 s a step of 12 postings)")
    a = ap.parse_args()
    jc = os.path.abspath(a.jobclass)
    keys = ("ours", "one", "x0", "x1")
    with tempfile.TemporaryDirectory() as tmp:
        o = jobclass_outputs(jc, a.data, a.cache or tmp)
        S = scenarios(o)
        if a.finetune_epochs:
            for k in keys[1:]:
                S[k]["finetuned"] = finetune(jc, S[k], tmp, a.finetune_epochs, k)

    def show(name, fn):
        for k in keys:
            print(line(name, k, figures(S[k]["ev"], fn(S[k]))))
        sys.stdout.flush()

    # the re-assembled pipeline and feed model give the binary's labels
    one = S["one"]
    agree = (predict(one["ev"], mix(one["base"], one["q"], FEED_WEIGHT)) == o["adapt"].reorder(one["ev"].ids).jobclass_label).mean()
    print(f"labels as `jobclass batch --adapt` gives them: {agree:.3f} of the one feed's postings")
    if agree < 1:
        sys.exit("the re-assembled pipeline no longer gives the binary's labels: update this script")

    show("base pipeline", lambda s: s["base"])
    show("feed model (shipped)", lambda s: mix(s["base"], s["q"], FEED_WEIGHT))
    print("1. the posting's vector as features of the feed model")
    for alpha in (0.25, 0.5, 1.0, 2.0):
        show(f"  vector x{alpha} next to the terms",
             lambda s, alpha=alpha: mix(s["base"], feed_model(s["learn"], s["ev"], s["learn_vec"], s["ev_vec"], alpha), FEED_WEIGHT))
    for b in (0.25, 0.5, 1.0):
        show(f"  regression on vectors, weight {b}",
             lambda s, b=b: mix(s["base"], geometric(s["q"], vector_model(s["learn_vec"], s["learn"], s["ev_vec"]), b), FEED_WEIGHT))
    print("2. the tuned encoder's roles behind the base pipeline's `other` decision")

    def tuned_roles(s, g):
        share = s["base"][:, :3].sum(1, keepdims=True)
        t = s["tuned"][:, :3] / s["tuned"][:, :3].sum(1, keepdims=True)
        z = (1 - g) * np.log(np.maximum(s["base"][:, :3] / share, 1e-9)) + g * np.log(np.maximum(t, 1e-9))
        out = s["base"].copy()
        out[:, :3] = softmax(z) * share
        return out
    show("  tuned roles", lambda s: tuned_roles(s, 1.0))
    show("  base and tuned roles, 0.5 each", lambda s: tuned_roles(s, 0.5))
    show("  tuned roles + feed model", lambda s: mix(tuned_roles(s, 1.0), s["q"], FEED_WEIGHT))
    show("  base and tuned 0.5 + feed model", lambda s: mix(tuned_roles(s, 0.5), s["q"], FEED_WEIGHT))
    print("3a. `other` from a words model of named postings against confident `other` (tau, weight g)")
    for tau in (0.5, 0.7, 0.9):
        for k in keys:
            S[k][("qo", tau)] = other_model(S[k]["learn"], S[k]["base_learn"], S[k]["ev"], tau)
        for g in (0.2, 0.4, 0.6, 0.8, 1.0):
            def v3a(s, tau=tau, g=g):
                u = s["ev"].unnamed()
                lo = logit(s["base"][:, 3])
                lo[u] = (1 - g) * lo[u] + g * logit(s[("qo", tau)][u])
                return mix(with_other(s["base"], lo), s["q"], FEED_WEIGHT)
            show(f"  tau {tau} g {g}", v3a)
    print("3b. passing mentions as naive-Bayes evidence, rates from the feed")
    for source in ("named", "confident role"):
        for tau in (0.5, 0.7, 0.9):
            def v3b(s, source=source, tau=tau):
                le, bl = s["learn"], s["base_learn"]
                pl = (le.passing > 0).any(1)
                neg = le.unnamed() & (bl[:, 3] >= tau)
                pos = le.roles() >= 0 if source == "named" else le.unnamed() & (bl[:, 3] <= 1 - tau)
                p_other = (pl[neg].sum() + 1) / (neg.sum() + 2)
                p_role = (pl[pos].sum() + 1) / (pos.sum() + 2)
                has = (s["ev"].passing > 0).any(1)
                shift = np.where(has, np.log(p_other / p_role), np.log((1 - p_other) / (1 - p_role)))
                lo = logit(s["base"][:, 3]) + np.where(s["ev"].unnamed(), shift, 0)
                return mix(with_other(s["base"], lo), s["q"], FEED_WEIGHT)
            show(f"  {source} vs p(other) >= {tau}", v3b)
    print("3d. `other` from a words model of the feed's named postings against our calibration set's "
          "other jobs (weight g chosen on test.csv as the feed)")
    ours_ev = S["ours"]["ev"]
    in_cal = np.array([i in o["calibration_ids"] for i in ours_ev.ids])
    cal_other = ours_ev.take(in_cal & (ours_ev.label == common.OTHER))
    test = ours_ev.take(~in_cal)
    S["test"] = dict(learn=test, ev=test, base=combine(test, mention_weights("head.json")))
    S["test"]["q"] = feed_model(test, test)
    for k in ("test",) + keys[1:]:
        S[k]["qo_ours"] = our_other_model(S[k]["learn"], cal_other, S[k]["ev"])
    for g in (0.2, 0.4, 0.6, 0.8, 1.0):
        def v3d(s, g=g):
            u = s["ev"].unnamed()
            lo = logit(s["base"][:, 3])
            lo[u] = (1 - g) * lo[u] + g * logit(s["qo_ours"][u])
            return mix(with_other(s["base"], lo), s["q"], FEED_WEIGHT)
        for k in ("test",) + keys[1:]:
            print(line(f"  g {g}", "ours" if k == "test" else k, figures(S[k]["ev"], v3d(S[k]))).replace(" ours ", " test "))
    print("3c. the share of `other` among unnamed postings re-estimated on the feed (EM)")
    ours = S["ours"]
    prior = float(ours["base"][ours["ev"].unnamed(), 3].mean())

    def v3c(s):
        u = s["ev"].unnamed()
        p = s["base"][u, 3]
        pi = prior
        for _ in range(200):
            a = pi / prior * p
            post = a / (a + (1 - pi) / (1 - prior) * (1 - p))
            if abs(post.mean() - pi) < 1e-7:
                break
            pi = post.mean()
        lo = logit(s["base"][:, 3])
        lo[u] = logit(post)
        return mix(with_other(s["base"], lo), s["q"], FEED_WEIGHT)
    print(f"  the base pipeline's mean p(other) on our unnamed postings: {prior:.3f}")
    show("  EM", v3c)
    if a.finetune_epochs:
        print(f"4. the encoder fine-tuned on the feed's named postings ({a.finetune_epochs} epochs), "
              "its roles behind the base pipeline's `other` decision")
        keys = keys[1:]

        def finetuned(s, feed):
            share = s["base"][:, :3].sum(1, keepdims=True)
            out = s["base"].copy()
            out[:, :3] = s["finetuned"] * share
            return mix(out, s["q"], FEED_WEIGHT) if feed else out
        show("  fine-tuned roles", lambda s: finetuned(s, False))
        show("  fine-tuned roles + feed model", lambda s: finetuned(s, True))


if __name__ == "__main__":
    main()
