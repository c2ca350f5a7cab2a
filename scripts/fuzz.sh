#!/usr/bin/env bash
# Fuzzes the readers with many more random inputs than the test suite uses, for a bounded
# time: the CSV-row-to-classification path (tests/it/properties.rs: batch_path_*) and the
# CSV and JSON Lines readers and writers (tests/it/fuzz.rs). cargo-fuzz needs a nightly
# toolchain, which this project does not use; proptest's generators stand in for it.
# Usage: scripts/fuzz.sh [cases, default 200000] [seconds, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-200000}
secs=${2:-300}
cargo test --release --quiet --test it --no-run
start=$(date +%s)
# The two filters share the time limit: whatever the first leaves is the second's.
JOBCLASS_FUZZ_CASES=$cases timeout "$secs" cargo test --release --quiet --test it properties::batch_path -- --nocapture
left=$(( secs - ($(date +%s) - start) ))
if (( left <= 0 )); then
    echo "fuzz: no time left for tests/it/fuzz.rs; give more seconds" >&2
    exit 124
fi
JOBCLASS_FUZZ_CASES=$cases timeout "$left" cargo test --release --quiet --test it fuzz:: -- --nocapture
echo "fuzz: $cases cases per target, 7 targets, passed in $(( $(date +%s) - start )) s"
