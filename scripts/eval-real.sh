#!/usr/bin/env bash
# Evaluates jobclass on the four real-posting files of ../shared/data (description only, no
# title) and prints one table: accuracy, macro-F1 (over the labels that occur in the file or
# the predictions), macro-F1 over the true labels only, expected calibration error, and the
# share of postings labeled `other`. Usage: scripts/eval-real.sh [extra jobclass flags, e.g. --head H]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
data=../shared/data
printf '%-26s %5s %9s %9s %9s %7s %8s\n' file n accuracy macro-F1 'F1(true)' ECE other
for f in dev_postings dev_postings_masked dev_other dev_other_masked; do
  ./target/release/jobclass eval "$data/$f.csv" --text-column description --label-column label --json "$@" |
    python3 -c '
import json, sys
r = json.load(sys.stdin)
labels, m = r["confusion"]["labels"], r["confusion"]["matrix"]
n, k = r["n"], len(labels)
# From the counts, not the JSON figures (rounded to 4 decimals, so rounding them
# again to 3 could be off by 0.001).
def f1(i):
    tp, gold, pred = m[i][i], sum(m[i]), sum(row[i] for row in m)
    return 2 * tp / (gold + pred) if gold + pred else 0.0
seen = [i for i in range(k) if sum(m[i]) + sum(row[i] for row in m) > 0]
gold = [i for i in range(k) if sum(m[i]) > 0]
accuracy = sum(m[i][i] for i in range(k)) / n
macro, macro_true = (sum(map(f1, s)) / len(s) for s in (seen, gold))
other = sum(row[labels.index("other")] for row in m) / n if "other" in labels else 0.0
print("%-26s %5d %9.3f %9.3f %9.3f %7.4f %7.1f%%" % (sys.argv[1], n, accuracy, macro, macro_true, r["ece"], 100 * other))
' "$f.csv"
done
