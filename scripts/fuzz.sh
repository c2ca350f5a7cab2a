#!/usr/bin/env bash
# Fuzzes with many more random inputs than the test suite uses, for a bounded time: the
# CSV-row-to-classification path (tests/it/properties.rs: batch_path_*), the CSV and JSON Lines
# readers and writers (tests/it/fuzz.rs) and the parsers of head, adapter and feed model files
# (tests/it/parsers.rs). cargo-fuzz needs a nightly toolchain, which this project does not use;
# proptest's generators stand in for it.
# Usage: scripts/fuzz.sh [cases, default 200000] [seconds, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-200000}
secs=${2:-300}
cargo test --release --quiet --test it --no-run
export JOBCLASS_FUZZ_CASES=$cases
start=$(date +%s)
# The filters share the time limit: whatever one leaves is the next one's.
for filter in properties::batch_path fuzz:: parsers::; do
    left=$(( secs - ($(date +%s) - start) ))
    if (( left <= 0 )); then
        echo "fuzz: no time left for $filter; give more seconds" >&2
        exit 124
    fi
    timeout "$left" cargo test --release --quiet --test it "$filter" -- --nocapture
done
echo "fuzz: $cases cases per target, passed in $(( $(date +%s) - start )) s"
