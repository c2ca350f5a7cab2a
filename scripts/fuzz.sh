#!/usr/bin/env bash
# Fuzzes the CSV-row-to-classification path (tests/it/properties.rs: batch_path_*) and the parsers
# of head and adapter files (tests/it/parsers.rs) with many more random inputs than the test suite
# uses, for a bounded time. cargo-fuzz needs a nightly
# toolchain, which this project does not use; proptest's generators stand in for it.
# Usage: scripts/fuzz.sh [cases, default 200000] [seconds, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-200000}
secs=${2:-300}
start=$(date +%s)
export JOBCLASS_FUZZ_CASES=$cases
timeout "$secs" cargo test --release --quiet --test it properties::batch_path -- --nocapture
left=$(( secs - ($(date +%s) - start) ))
if (( left <= 0 )); then
    echo "fuzz: no time left for the parsers" >&2
    exit 124
fi
timeout "$left" cargo test --release --quiet --test it parsers:: -- --nocapture
echo "fuzz: $cases cases per target, 6 targets, passed in $(( $(date +%s) - start )) s"
