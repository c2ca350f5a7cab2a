#!/usr/bin/env bash
# Evaluates jobclass on the real-posting files of ../shared/data (description only, no title),
# the feed as it comes first (its `unsure` rows left out, as its README asks), and on
# datasets/test.csv, and prints one table: accuracy, macro-F1 (over the labels that occur in the
# file or the predictions), macro-F1 over the true labels only, expected calibration error, the
# share of postings labeled `other`, the share of `other` postings called a role, and the
# accuracy on the postings that name their role as the job and on those that do not.
# Usage: scripts/research/eval-real.sh [extra jobclass flags, e.g. --encoder tuned]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
data=../shared/data
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in dev_feed dev_feed_masked; do
  python3 -c '
import csv, sys
r = csv.DictReader(open(sys.argv[1], newline=""))
w = csv.DictWriter(open(sys.argv[2], "w", newline=""), r.fieldnames)
w.writeheader()
w.writerows(row for row in r if row["label"] != "unsure")
' "$data/$f.csv" "$tmp/$f.csv"
done
printf '%-26s %5s %9s %9s %9s %7s %7s %9s %12s %12s\n' file n accuracy macro-F1 'F1(true)' ECE other 'other->role' 'named acc' 'unnamed acc'
for f in "$tmp"/dev_feed.csv "$tmp"/dev_feed_masked.csv "$data"/dev_postings.csv "$data"/dev_postings_masked.csv \
  "$data"/dev_other.csv "$data"/dev_other_masked.csv datasets/test.csv; do
  ./target/release/jobclass eval "$f" --text-column description --label-column label --json "$@" |
    python3 -c '
import json, os, sys
r = json.load(sys.stdin)
other = r["per_class"].get("other", {"predicted": 0})["predicted"] / r["n"]
called = r.get("other_called_a_role")
called = "%.1f%%" % (100 * called["called_a_role"] / called["n"]) if called else "-"
groups = r.get("by_role_names", {})
def acc(g):
    g = groups.get(g)
    return "%.3f (%d)" % (g["accuracy"], g["n"]) if g and g["n"] else "-"
print("%-26s %5d %9.3f %9.3f %9.3f %7.4f %6.1f%% %9s %12s %12s" % (os.path.basename(sys.argv[1]), r["n"],
      r["accuracy"], r["macro_f1"], r["macro_f1_true_labels"], r["ece"], 100 * other, called,
      acc("named_as_the_job"), acc("not_named")))
' "$f"
done
