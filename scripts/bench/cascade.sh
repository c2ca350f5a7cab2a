#!/usr/bin/env bash
# Builds the release binary, makes sure the model is cached, and prints the names-first figures
# recorded in BENCHMARKS.md: batch postings/s with and without --embed-all, measured alternately,
# on ../shared/data/dev_postings.csv and on its postings that name no role, with peak RSS and the
# ratio. Usage: scripts/bench/cascade.sh [extra args for scripts/bench/cascade.py]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
./target/release/jobclass fetch-model >/dev/null
grep -o 'avx512[a-z_0-9]*\|avx_vnni' /proc/cpuinfo | sort -u | tr '\n' ' '
echo
exec python3 scripts/bench/cascade.py "$@"
