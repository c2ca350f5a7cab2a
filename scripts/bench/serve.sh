#!/usr/bin/env bash
# Builds the release binary, makes sure the model is cached, and prints the figures of
# `jobclass serve` recorded in BENCHMARKS.md: postings/s and p50 / p99 latency at 1, 8 and 32
# clients sending single postings of ../shared/data/dev_postings.csv, against `batch` on the same
# postings in the same run; one client's latency against `classify`'s; an overload. Loopback
# only, a fixed number of requests, a time limit: it stops by itself.
# Usage: scripts/bench/serve.sh [extra args for scripts/bench/serve.py]
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build --release --quiet
./target/release/jobclass fetch-model >/dev/null
grep -o 'avx512[a-z_0-9]*\|avx_vnni\|amx[a-z_0-9]*' /proc/cpuinfo | sort -u | tr '\n' ' '
echo
exec python3 scripts/bench/serve.py "$@"
