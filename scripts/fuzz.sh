#!/usr/bin/env bash
# Fuzzes the CSV-row-to-classification path (tests/it/properties.rs: batch_path_*) with many more
# random inputs than the test suite uses, for a bounded time. cargo-fuzz needs a nightly
# toolchain, which this project does not use; proptest's generators stand in for it.
# Usage: scripts/fuzz.sh [cases, default 200000] [seconds, default 300]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-200000}
secs=${2:-300}
start=$(date +%s)
JOBCLASS_FUZZ_CASES=$cases timeout "$secs" cargo test --release --quiet --test it properties::batch_path -- --nocapture
echo "fuzz: $cases cases per target, 2 targets, passed in $(( $(date +%s) - start )) s"
