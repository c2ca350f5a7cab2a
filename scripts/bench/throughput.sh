#!/usr/bin/env bash
# Builds the release binary, makes sure the model is cached, and prints the benchmark figures
# recorded in BENCHMARKS.md. Usage: scripts/bench/throughput.sh [extra args for scripts/bench/throughput.py]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
./target/release/jobclass fetch-model >/dev/null
exec python3 scripts/bench/throughput.py "$@"
