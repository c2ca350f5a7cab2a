#!/usr/bin/env bash
# Builds the release binary and the Python package (into scripts/test's environment), makes sure
# the model is cached, and prints the Ray and Spark figures of BENCHMARKS.md.
# Usage: scripts/bench/distributed.sh [extra args for scripts/bench/distributed.py]
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${JOBCLASS_TEST_VENV:-$HOME/.cache/jobclass/test-venv}
if ! "$venv/bin/python" -c 'import pyarrow, ray.data, pyspark' 2>/dev/null; then
  echo "scripts/bench/distributed.sh: run scripts/test once first (it makes $venv)" >&2
  exit 2
fi
cargo build --release --quiet
./target/release/jobclass fetch-model >/dev/null
PATH="$venv/bin:$PATH" "$venv/bin/pip" install --quiet --disable-pip-version-check --no-build-isolation ./python
exec "$venv/bin/python" scripts/bench/distributed.py "$@"
