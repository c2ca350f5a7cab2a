"""Source of datasets/postings.csv: whole postings, of the three roles and of the jobs that fill
real feeds, that the scope gate of the shipped heads learns from (`jobclass train ... --postings
datasets/postings.csv`). The texts live in the feed_posts*.py modules beside this script, written
for jobclass in its own words: role postings restate the facts of the seed article in their
`source` and never name their role (a posting that names its role as the job is decided by its
names), other postings are jobs no article describes (`source` "-"). Run:
python3 scripts/data/postings.py
"""
import csv, hashlib, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import feed_posts, feed_posts_neighbours, feed_posts_roles, feed_posts_software  # noqa: E402

MODULES = [feed_posts, feed_posts_software, feed_posts_neighbours, feed_posts_roles]


def main():
    rows = []
    for m in MODULES:
        for text, label, family, source in m.FEED_POSTS:
            rows.append((hashlib.sha256(text.encode()).hexdigest()[:12], text, label, family, source))
    texts = [r[1] for r in rows]
    dup = [t[:60] for t, n in Counter(texts).items() if n > 1]
    if dup:
        sys.exit(f"duplicate postings: {dup}")
    out = os.path.join(HERE, "..", "..", "datasets", "postings.csv")
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "text", "label", "family", "source"])
        w.writerows(rows)
    counts = Counter(r[2] for r in rows)
    print(f"wrote {len(rows)} postings to datasets/postings.csv: "
          + ", ".join(f"{label} {counts[label]}" for label in ["devops", "sre", "platform", "other"]))


if __name__ == "__main__":
    main()
