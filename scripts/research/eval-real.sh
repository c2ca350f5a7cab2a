#!/usr/bin/env bash
# Evaluates jobclass on the four real-posting files of ../shared/data (description only, no
# title) and on datasets/test.csv, and prints one table: accuracy, macro-F1 (over the labels
# that occur in the file or the predictions), macro-F1 over the true labels only, expected
# calibration error, the share of postings labeled `other`, and the accuracy on the postings
# that name their role as the job and on those that do not.
# Usage: scripts/research/eval-real.sh [extra jobclass flags, e.g. --encoder base]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
data=../shared/data
printf '%-26s %5s %9s %9s %9s %7s %7s %12s %12s\n' file n accuracy macro-F1 'F1(true)' ECE other 'named acc' 'unnamed acc'
for f in "$data"/dev_postings.csv "$data"/dev_postings_masked.csv "$data"/dev_other.csv \
  "$data"/dev_other_masked.csv datasets/test.csv; do
  ./target/release/jobclass eval "$f" --text-column description --label-column label --json "$@" |
    python3 -c '
import json, os, sys
r = json.load(sys.stdin)
other = r["per_class"].get("other", {"predicted": 0})["predicted"] / r["n"]
groups = r.get("by_role_names", {})
def acc(g):
    g = groups.get(g)
    return "%.3f (%d)" % (g["accuracy"], g["n"]) if g and g["n"] else "-"
print("%-26s %5d %9.3f %9.3f %9.3f %7.4f %6.1f%% %12s %12s" % (os.path.basename(sys.argv[1]), r["n"],
      r["accuracy"], r["macro_f1"], r["macro_f1_true_labels"], r["ece"], 100 * other,
      acc("named_as_the_job"), acc("not_named")))
' "$f"
done
