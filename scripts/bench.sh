#!/usr/bin/env bash
# Builds the release binary, makes sure the model is cached, and prints the benchmark figures
# recorded in BENCHMARKS.md. Usage: scripts/bench.sh [extra args for scripts/bench.py]
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
./target/release/jobclass fetch-model >/dev/null
exec python3 scripts/bench.py "$@"
