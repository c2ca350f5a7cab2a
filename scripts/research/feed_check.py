#!/usr/bin/env python3
"""What a feed model does on real postings (../shared/data, for evaluation only: nothing here is
chosen on them). Prints the figures of EVALUATION.md's "Learning from the feed":

1. One feed: dev_postings.csv and dev_other.csv together, labelled by `jobclass batch` without and
   with `--adapt` (the feed model learned from the same file's text, labels never read).
2. Cross-feed: `jobclass adapt` on one half of dev_postings + dev_other (by the parity of the row
   number), `batch --feed-model` on the other half's masked rows (dev_*_masked.csv: role names
   replaced by ROLE), both ways.
3. How many named postings a feed needs: the unnamed role postings of the one feed, with the feed
   model learned from the unnamed postings plus at most N named postings per role.

Role postings are dev_postings' rows; "unnamed" are those that name no role as the job (the
`job_<role>` counts of --evidence); F1 is the macro-F1 over the three roles on dev_postings rows
(the true labels), as EVALUATION.md's other real-postings figures.
Usage: scripts/research/feed_check.py [--jobclass target/release/jobclass] [--data ../shared/data]
"""
import argparse, csv, io, os, subprocess, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import common  # noqa: E402
ROLES = common.ROLES


read, write = common.read_csv, common.write_csv


def batch(jc, path, *extra):
    out = subprocess.run([jc, "batch", path, "--text-column", "description", "--evidence",
                          "--no-progress", *extra], capture_output=True, check=True, text=True)
    return list(csv.DictReader(io.StringIO(out.stdout, newline="")))


def f1(gold, pred):
    total = 0.0
    for label in ROLES:
        tp = sum(g == label and p == label for g, p in zip(gold, pred))
        fp = sum(g != label and p == label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        total += 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return total / len(ROLES)


def figures(rows, other_ids):
    roles = [r for r in rows if r["id"] not in other_ids]
    others = [r for r in rows if r["id"] in other_ids]
    named = lambda r: sum(int(r[f"job_{x}"]) > 0 for x in ROLES)  # noqa: E731
    unnamed = [r for r in roles if named(r) == 0]
    one = [r for r in roles if named(r) == 1]
    acc = lambda rs: sum(r["jobclass_label"] == r["label"] for r in rs) / max(1, len(rs))  # noqa: E731
    return {
        "unnamed": acc(unnamed), "n_unnamed": len(unnamed), "named": acc(one),
        "accuracy": acc(roles),
        "f1": f1([r["label"] for r in roles], [r["jobclass_label"] for r in roles]),
        "other": sum(r["jobclass_label"] == "other" for r in others) / max(1, len(others)),
        "roles_other": sum(r["jobclass_label"] == "other" for r in roles) / len(roles),
    }


def show(name, f):
    print(f"{name:<34} unnamed {f['unnamed']:.3f} (n={f['n_unnamed']})  named {f['named']:.3f}  "
          f"accuracy {f['accuracy']:.3f}  F1 {f['f1']:.3f}  dev_other->other {f['other']:.3f}  "
          f"roles->other {f['roles_other']:.3f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobclass", default="target/release/jobclass")
    ap.add_argument("--data", default="../shared/data")
    a = ap.parse_args()
    jc = os.path.abspath(a.jobclass)
    postings = read(os.path.join(a.data, "dev_postings.csv"))
    other = read(os.path.join(a.data, "dev_other.csv"))
    masked = {r["id"]: r for r in read(os.path.join(a.data, "dev_postings_masked.csv"))
              + read(os.path.join(a.data, "dev_other_masked.csv"))}
    other_ids = {r["id"] for r in other}
    with tempfile.TemporaryDirectory() as tmp:
        feed = os.path.join(tmp, "feed.csv")
        write(feed, postings + other)
        print("1. one feed: dev_postings + dev_other")
        show("  base pipeline", figures(batch(jc, feed), other_ids))
        show("  batch --adapt", figures(batch(jc, feed, "--adapt"), other_ids))

        print("2. cross-feed: adapt on one half, label the other half masked")
        rows = postings + other
        for part in (0, 1):
            learn = [r for i, r in enumerate(rows) if i % 2 == part]
            test = [masked[r["id"]] for i, r in enumerate(rows) if i % 2 != part]
            write(os.path.join(tmp, "learn.csv"), learn)
            write(os.path.join(tmp, "test.csv"), test)
            model = os.path.join(tmp, "half.json")
            subprocess.run([jc, "adapt", os.path.join(tmp, "learn.csv"), "--text-column",
                            "description", "-o", model], check=True)
            show(f"  half {part} -> {1 - part}, base", figures(batch(jc, os.path.join(tmp, "test.csv")), other_ids))
            show(f"  half {part} -> {1 - part}, feed model",
                 figures(batch(jc, os.path.join(tmp, "test.csv"), "--feed-model", model), other_ids))

        print("3. named postings per role the feed model learns from (the rest of the feed unchanged)")
        evidence = {r["id"]: r for r in batch(jc, feed)}
        named_role = {}
        for r in postings + other:
            e = evidence[r["id"]]
            jobs = [x for x in ROLES if int(e[f"job_{x}"]) > 0]
            if len(jobs) == 1:
                named_role[r["id"]] = jobs[0]
        for cap in (10, 25, 50, 100, 200):
            seen = {x: 0 for x in ROLES}
            keep = []
            for r in postings + other:
                role = named_role.get(r["id"])
                if role is not None:
                    if seen[role] >= cap:
                        continue
                    seen[role] += 1
                keep.append(r)
            part = os.path.join(tmp, "part.csv")
            write(part, keep)
            model = os.path.join(tmp, "part.json")
            done = subprocess.run([jc, "adapt", part, "--text-column", "description", "-o", model],
                                  capture_output=True, text=True)
            counts = ", ".join(f"{x} {seen[x]}" for x in ROLES)
            if done.returncode != 0:
                print(f"  at most {cap:>3} per role ({counts}): adapt refused: {done.stderr.strip()}")
                continue
            f = figures(batch(jc, feed, "--feed-model", model), other_ids)
            print(f"  at most {cap:>3} per role ({counts}): unnamed {f['unnamed']:.3f}  F1 {f['f1']:.3f}")


if __name__ == "__main__":
    main()
