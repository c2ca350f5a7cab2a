#!/usr/bin/env bash
# Builds the release binary, makes sure the model is cached, and prints the names-first figures
# recorded in BENCHMARKS.md and README.md: batch (and, with the Python package installed,
# Classifier.predict_arrow) postings/s with and without --embed-all in bf16, int8, f32 and
# JOBCLASS_CPU=avx2, measured alternately, on ../shared/data/dev_postings.csv and on its postings
# that name no role, with the peak RSS of each mode and the cold start.
# Usage: scripts/bench/cascade.sh [extra args for scripts/bench/cascade.py]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
./target/release/jobclass fetch-model >/dev/null
grep -o 'avx512[a-z_0-9]*\|avx_vnni' /proc/cpuinfo | sort -u | tr '\n' ' '
echo
exec python3 scripts/bench/cascade.py "$@"
