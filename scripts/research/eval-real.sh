#!/usr/bin/env bash
# Evaluates jobclass on the four real-posting files of ../shared/data (description only, no
# title) and prints one table: accuracy, macro-F1 (over the labels that occur in the file or
# the predictions), macro-F1 over the true labels only, expected calibration error, and the
# share of postings labeled `other`. Usage: scripts/research/eval-real.sh [extra jobclass flags, e.g. --head H]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
data=../shared/data
printf '%-26s %5s %9s %9s %9s %7s %8s\n' file n accuracy macro-F1 'F1(true)' ECE other
for f in dev_postings dev_postings_masked dev_other dev_other_masked; do
  ./target/release/jobclass eval "$data/$f.csv" --text-column description --label-column label --json "$@" |
    python3 -c '
import json, sys
r = json.load(sys.stdin)
other = r["per_class"].get("other", {"predicted": 0})["predicted"] / r["n"]
print("%-26s %5d %9.3f %9.3f %9.3f %7.4f %7.1f%%" % (sys.argv[1], r["n"], r["accuracy"], r["macro_f1"],
      r["macro_f1_true_labels"], r["ece"], 100 * other))
' "$f.csv"
done
