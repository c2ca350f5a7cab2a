#!/usr/bin/env bash
# Compares jobclass with sentence-transformers on the same machine and texts.
# Creates a virtual environment with sentence-transformers from the package registry once, in
# ${JOBCLASS_BENCH_VENV:-~/.cache/jobclass/bench-venv}; the model is the folder jobclass fetched.
# Usage: scripts/bench/compare.sh [--rounds N]
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${JOBCLASS_BENCH_VENV:-$HOME/.cache/jobclass/bench-venv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sentence_transformers, numpy' 2>/dev/null; then
  echo "creating $venv with sentence-transformers (large: it brings PyTorch)..." >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check sentence-transformers numpy
fi
cargo build --release --quiet
./target/release/jobclass fetch-model >/dev/null 2>&1 || ./target/release/jobclass fetch-model
model_dir=$(./target/release/jobclass fetch-model 2>&1 | sed -n 's/.*verified in //p')
exec "$venv/bin/python" scripts/bench/compare.py --model-dir "$model_dir" "$@"
