"""The pipeline re-played in numpy, for trying heads and `other` decisions quickly: segments
embedded once (cached), heads fitted as `jobclass train` fits them, pooling, mentions and the
decision as `src/pipeline` does them. `combine`'s defaults are the article-derived head's
(temperature 0.35, prior 0.4); the scope gate's log-odds and other jobs named are added by the
caller, as the experiments in EVALUATION.md ("What else was tried") did. Research only: every
shipped figure comes from the binary. Needs numpy and scikit-learn."""
import csv, hashlib, io, json, os, subprocess, sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402

ROLES = common.ROLES
BIN = os.environ.get("JOBCLASS", common.BIN)
CACHE = os.path.expanduser(os.environ.get("LAB_CACHE", "~/.cache/jobclass/lab"))
BULLETS = set("•·▪●*◦")
MIN_WORDS, MAX_SEGMENTS = 6, 400


def segments(text):
    """src/pipeline/segment.rs, line for line."""
    parts, cur = [], []
    chars = text
    n = len(chars)

    def next_non_space(j):
        while j < n and chars[j].isspace():
            j += 1
        return chars[j] if j < n else None

    def flush():
        s = "".join(cur)
        if s.strip():
            parts.append(s)
        cur.clear()

    i = 0
    while i < n:
        c = chars[i]
        if c in "\n\r":
            flush()
            i += 1
            continue
        if c in BULLETS and (i == 0 or chars[i - 1].isspace()) and (i + 1 >= n or chars[i + 1].isspace()):
            flush()
            i += 1
            continue
        if c == "-" and i > 0 and chars[i - 1].isspace() and i + 1 < n and chars[i + 1].isspace():
            nx = next_non_space(i + 1)
            if nx is not None and nx.isupper():
                flush()
                i += 1
                continue
        cur.append(c)
        if c in ".!?;:" and i + 1 < n and chars[i + 1].isspace():
            nx = next_non_space(i + 1)
            if nx is not None and (nx.isupper() or nx in BULLETS or nx == "-"):
                flush()
        i += 1
    flush()
    out, buf = [], ""
    for p in parts:
        p = " ".join(p.split())
        if not p:
            continue
        buf = (buf + " " + p) if buf else p
        if len(buf.split()) >= MIN_WORDS:
            out.append(buf)
            buf = ""
            if len(out) == MAX_SEGMENTS:
                return out
    if buf:
        out.append(buf)
    return out


class Vectors:
    """Segment text -> 384-d vector (`jobclass embed --chunk`), cached on disk."""

    def __init__(self, precision="bf16"):
        os.makedirs(CACHE, exist_ok=True)
        self.path = os.path.join(CACHE, f"vectors-{precision}.npz")
        self.precision = precision
        self.index, self.mat = {}, np.zeros((0, 384), np.float32)
        if os.path.exists(self.path):
            z = np.load(self.path, allow_pickle=True)
            self.mat = z["mat"]
            self.index = {k: i for i, k in enumerate(z["keys"])}

    @staticmethod
    def key(t):
        return hashlib.sha1(t.encode()).hexdigest()

    def ensure(self, texts):
        todo = sorted({t for t in texts if self.key(t) not in self.index})
        if not todo:
            return
        print(f"lab: embedding {len(todo)} segments", file=sys.stderr)
        data = "\n".join(todo).encode() + b"\n"
        out = subprocess.run([BIN, "embed", "--chunk", "--precision", self.precision], input=data,
                             capture_output=True, check=True).stdout.decode().splitlines()
        assert len(out) == len(todo), (len(out), len(todo))
        new = np.array([json.loads(line) for line in out], np.float32)
        base = len(self.mat)
        self.mat = np.vstack([self.mat, new])
        for j, t in enumerate(todo):
            self.index[self.key(t)] = base + j
        keys = np.array(sorted(self.index, key=self.index.get))
        np.savez(self.path, mat=self.mat, keys=keys)

    def of(self, texts):
        self.ensure(texts)
        return self.mat[[self.index[self.key(t)] for t in texts]]


def mentions(path, column="description"):
    """Per row: (job[3], passing[3]) from `jobclass batch --evidence` (role names only)."""
    key = hashlib.sha1((path + str(os.path.getmtime(path)) + column).encode()).hexdigest()[:12]
    cache = os.path.join(CACHE, f"mentions-{key}.json")
    if os.path.exists(cache):
        return json.load(open(cache))
    out = subprocess.run([BIN, "batch", path, "--text-column", column, "--evidence", "--no-progress",
                          "--precision", "int8"], capture_output=True, check=True, text=True).stdout
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    m = [([int(r[f"job_{x}"]) for x in ROLES], [int(r[f"passing_{x}"]) for x in ROLES]) for r in rows]
    json.dump(m, open(cache, "w"))
    return m


class Posts:
    """A file's postings, their segments' vectors and their mentions."""

    def __init__(self, path, vecs, column="description", keep=lambda r: True):
        rows = common.read_csv(path)
        m = mentions(path, column)
        pairs = [(r, mm) for r, mm in zip(rows, m) if keep(r)]
        self.rows = [r for r, _ in pairs]
        self.mentions = [mm for _, mm in pairs]
        self.labels = [r.get("label", "") for r in self.rows]
        self.segs = [segments(r[column]) or [r[column]] for r in self.rows]
        flat = [s for ss in self.segs for s in ss]
        mat = vecs.of(flat)
        self.vec, k = [], 0
        for ss in self.segs:
            self.vec.append(mat[k:k + len(ss)])
            k += len(ss)

    def __len__(self):
        return len(self.rows)


def fit(x, y, k, l2=1e-3):
    """`jobclass train`'s head: class-balanced multinomial logistic regression, mean CE + l2/2 |w|^2."""
    from sklearn.linear_model import LogisticRegression
    y = np.asarray(y)
    counts = np.bincount(y, minlength=k)
    present = (counts > 0).sum()
    sw = len(y) / (present * counts[y])
    clf = LogisticRegression(C=1.0 / (l2 * len(y)), max_iter=5000, tol=1e-8)
    clf.fit(x, y, sample_weight=sw)
    w = np.zeros((k, x.shape[1]))
    b = np.full(k, -30.0)
    for i, c in enumerate(clf.classes_):
        w[c] = clf.coef_[i]
        b[c] = clf.intercept_[i]
    return w, b


def softmax(z, axis=-1):
    z = z - z.max(axis=axis, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=axis, keepdims=True)


HEAD_LABELS = ROLES + ["other", "shared", "boilerplate"]


def pooled(head, vec, pool="weighted"):
    """A posting's probabilities over devops, sre, platform, other (src/pipeline/classifier.rs)."""
    w, b = head
    p = softmax(vec @ w.T + b)
    set_aside = p[:, 4:].sum(1)
    q = p[:, :4] / np.maximum(1 - set_aside, 1e-6)[:, None]
    if pool == "weighted":
        wt = (1 - set_aside) * (1 - q[:, 3])
    else:
        wt = 1 - set_aside
    if wt.sum() > 1e-6:
        return (q * wt[:, None]).sum(0) / wt.sum(), q, set_aside
    return q.mean(0), q, set_aside


def combine(p, m, job_weight=8.0, other_named=4.0, other_unnamed=0.4, temperature=0.35):
    job, _ = m
    s = np.log(np.maximum(p, 1e-9))
    s[:3] += job_weight * np.log1p(np.array(job, float))
    s[3] += -other_named if any(job) else other_unnamed
    return softmax(s / temperature)


def decide(p):
    if p[3] >= p[:3].sum():
        return "other"
    return ROLES[int(np.argmax(p[:3]))]


def only_job(m):
    named = [r for r in range(3) if m[0][r] > 0]
    return named[0] if len(named) == 1 else None


# Other jobs named as the job: a title of a job that is none of the three roles.
import re  # noqa: E402

_OTHER_TITLE = (
    r"(?:(?:software|back[- ]?end|front[- ]?end|full[- ]?stack|mobile|ios|android|web|ui|ux|"
    r"game|embedded|firmware|hardware|data|machine\s+learning|ml|ai|research|qa|test|"
    r"security|application\s+security|product|java|python|ruby|rails|php|javascript|react|node(?:\.?js)?|"
    r"golang|scala|c\+\+|\.net)\s+(?:engineer|developer|programmer|scientist|designer|analyst|architect)s?"
    r"|data\s+scientists?|product\s+managers?|product\s+designers?|designers?|account\s+executives?|"
    r"sales\s+\w+|marketing\s+\w+|recruiters?|developers?|programmers?|hackers?)"
)
OTHER_JOB = re.compile(r"(?i)\b" + _OTHER_TITLE + r"\b")
_HIRING = re.compile(r"(?i)\b(?:hiring|seeking|looking\s+for|recruiting|searching\s+for|join\s+us\s+as|as\s+(?:an?|our)|we\s+need|wanted:?)\s+(?:[\w.+-]+\s+){0,3}$")
_ARTICLE = re.compile(r"(?i)\b(?:an?|our|first|senior|sr\.?|junior|jr\.?|staff|principal|lead)\s+$")


def other_jobs(text):
    """How often `text` names another job as the job: a title after a hiring verb, an article or
    rank, or standing in a title line (the first line, or between | and -)."""
    n = 0
    for mt in OTHER_JOB.finditer(text):
        before = text[max(0, mt.start() - 80):mt.start()]
        title = len(text[:mt.start()].encode()) < 120 or re.search(r"[|]\s*(?:[\w().,-]+\s+){0,3}$", before[before.rfind("\n") + 1:])
        if _HIRING.search(before) or (not mt.group(0).lower().endswith("s") and _ARTICLE.search(before)) or title:
            n += 1
    return n
