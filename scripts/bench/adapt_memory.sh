#!/usr/bin/env bash
# Builds the release binary and prints what `jobclass adapt` takes on a large feed: a feed of N
# postings (50,000 by default) made in a temporary folder from the postings file given (its
# `description` column), each a posting of that file with its sentences shuffled so that no two
# are the same text; then `adapt` on it under /usr/bin/time -v (peak RSS, time), the feed model's
# size, and what a `batch --feed-model` process holds once it has loaded the model against one
# without it (VmRSS; what the model adds, and its ratio to the file's size).
# Usage: scripts/bench/adapt_memory.sh POSTINGS.csv [N] [JOBCLASS binary, default: built here]
# e.g.   scripts/bench/adapt_memory.sh ../shared/data/dev_postings.csv 50000
set -euo pipefail
cd "$(dirname "$0")/../.."
postings=${1:?usage: $0 POSTINGS.csv [N] [JOBCLASS]}
n=${2:-50000}
jc=${3:-}
if [[ -z $jc ]]; then
    cargo build --release --quiet
    jc=target/release/jobclass
fi
jc=$(realpath "$jc")
"$jc" fetch-model >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$postings" "$n" "$tmp/feed.csv" <<'PY'
import csv, random, re, sys
src, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
csv.field_size_limit(1 << 30)
with open(src, newline="", encoding="utf-8") as f:
    texts = [r["description"] for r in csv.DictReader(f) if r["description"].strip()]
split = [re.split(r"(?<=[.!?])\s+|\n+", t) for t in texts]
rng = random.Random(36)
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "description"])
    for i in range(n):
        s = list(split[i % len(split)])
        if i >= len(split):
            rng.shuffle(s)
        w.writerow([f"p{i}", " ".join(s)])
PY
printf 'CPU: %s; %s cores\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)" "$(nproc)"
printf 'feed: %d postings from %s, %s bytes\n' "$n" "$postings" "$(stat -c %s "$tmp/feed.csv")"
peak() { grep 'Maximum resident set size' "$1" | awk '{print $NF}'; }
elapsed() { grep 'Elapsed (wall clock)' "$1" | awk '{print $NF}'; }
/usr/bin/time -v "$jc" adapt "$tmp/feed.csv" --text-column description -o "$tmp/feed.json" \
    2>"$tmp/adapt.time" || { cat "$tmp/adapt.time" >&2; exit 1; }
grep '^jobclass' "$tmp/adapt.time" || true
size=$(stat -c %s "$tmp/feed.json")
printf 'adapt: peak RSS %d kB, %s elapsed; feed model %d bytes\n' \
    "$(peak "$tmp/adapt.time")" "$(elapsed "$tmp/adapt.time")" "$size"
# What a process that labels with the feed model holds: `batch` on a FIFO whose header (and no
# row) is written, so that it has loaded its classifier (and the feed model) and waits for rows;
# its VmRSS then, with the feed model and without (the median of five runs each).
mkfifo "$tmp/rows"
resident() {
    local runs=()
    for _ in 1 2 3 4 5; do
        "$jc" batch "$tmp/rows" --text-column description --no-progress "$@" -o "$tmp/out.csv" \
            2>/dev/null &
        local pid=$!
        exec 3>"$tmp/rows"
        printf 'id,description\n' >&3
        sleep 4
        runs+=("$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")")
        printf '1,We run Kubernetes.\n' >&3
        exec 3>&-
        wait "$pid"
    done
    printf '%s\n' "${runs[@]}" | sort -n | sed -n 3p
}
base=$(resident)
fed=$(resident --feed-model "$tmp/feed.json")
python3 - "$base" "$fed" "$size" <<'PY'
import sys
base, fed, size = int(sys.argv[1]) * 1024, int(sys.argv[2]) * 1024, int(sys.argv[3])
print(f"batch, loaded and waiting for rows (median of 5): VmRSS {base / 1e6:.1f} MB without the feed model, {fed / 1e6:.1f} MB with it: "
      f"loading it adds {(fed - base) / 1e6:.1f} MB, {(fed - base) / size:.2f}x its file ({size / 1e6:.1f} MB)")
PY
