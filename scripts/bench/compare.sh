#!/usr/bin/env bash
# Compares jobclass with the peers a speed-minded user would pick: sentence-transformers (torch,
# ONNX fp32, ONNX int8 quantized by its own export function) and fastembed (on the int8 export,
# loaded offline). Creates a virtual environment with them from the package registry once, in
# ${JOBCLASS_BENCH_VENV:-~/.cache/jobclass/bench-venv} (large: it brings PyTorch), and the ONNX
# exports beside it; the model is the folder jobclass fetched.
# Usage: scripts/bench/compare.sh [--rounds N]     (JOBCLASS_CPU=avx2 … caps jobclass's kernels)
set -euo pipefail
cd "$(dirname "$0")/../.."
venv=${JOBCLASS_BENCH_VENV:-$HOME/.cache/jobclass/bench-venv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c 'import sentence_transformers, onnxruntime, optimum, fastembed' 2>/dev/null; then
  echo "creating $venv with sentence-transformers[onnx] and fastembed..." >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "sentence-transformers[onnx]" fastembed
fi
cargo build --release --quiet
./target/release/jobclass fetch-model >/dev/null 2>&1 || ./target/release/jobclass fetch-model
model_dir=$(./target/release/jobclass fetch-model 2>&1 | sed -n 's/.*verified in //p')
export_dir="$venv/../onnx-export"
if [ ! -f "$export_dir/fastembed/model.onnx" ]; then
  echo "exporting the model to ONNX (fp32 and int8) in $export_dir..." >&2
  "$venv/bin/python" scripts/bench/peers.py prepare "$model_dir" "$export_dir"
fi
exec "$venv/bin/python" scripts/bench/compare.py --model-dir "$model_dir" --export "$export_dir" "$@"
