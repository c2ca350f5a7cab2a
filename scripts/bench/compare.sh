#!/usr/bin/env bash
# Every speed and accuracy figure of jobclass in one alternating run, printed as markdown: the CPU
# and its flags, `embed` in each precision against sentence-transformers (PyTorch, ONNX fp32,
# ONNX int8 quantized by its own export function) and fastembed (on the int8 export, loaded
# offline), `batch` in each precision names first and with --embed-all, labels changed against
# f32, ECE, cold start, and each headline figure beside its bound (scripts/bench/compare.py says
# how). Builds the release binary; makes a virtual environment with the peers from the package
# registry once, in ${JOBCLASS_BENCH_VENV:-~/.cache/jobclass/bench-venv} (large: it brings
# PyTorch), and the ONNX exports beside it; the model is the folder jobclass fetched.
# Usage: scripts/bench/compare.sh [--rounds N] [--quick] [--baseline-bin OTHER_JOBCLASS]
#        [--no-peers] [--threads N] [--cold-runs N] [--limit N]
# (JOBCLASS_CPU=avx2 … caps jobclass's kernels; --no-peers needs no environment: jobclass alone,
# e.g. against --baseline-bin on another CPU.)
set -euo pipefail
cd "$(dirname "$0")/../.."
peers=1
for arg in "$@"; do
  if [ "$arg" = --no-peers ]; then peers=0; fi
done
cargo build --release --quiet
./target/release/jobclass fetch-model >/dev/null 2>&1 || ./target/release/jobclass fetch-model
model_dir=$(./target/release/jobclass fetch-model 2>&1 | sed -n 's/.*verified in //p')
if [ "$peers" = 0 ]; then
  exec python3 scripts/bench/compare.py --model-dir "$model_dir" "$@"
fi
# Pinned: the figures of BENCHMARKS.md name these versions, and unpinned, pip backtracks for
# many minutes between fastembed's and sentence-transformers' requirements.
pins=("sentence-transformers[onnx]==5.7.0" "fastembed==0.9.1" "torch==2.15.0" "onnxruntime==1.32.0")
venv=${JOBCLASS_BENCH_VENV:-$HOME/.cache/jobclass/bench-venv}
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" - "${pins[@]}" <<'EOF' 2>/dev/null; then
import sys
from importlib.metadata import version
for pin in sys.argv[1:]:
    name, want = pin.split("==")
    assert version(name.split("[")[0]) == want, pin
import sentence_transformers, onnxruntime, optimum, fastembed  # noqa: F401
EOF
  echo "making $venv with ${pins[*]}..." >&2
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "${pins[@]}"
fi
export_dir="$venv/../onnx-export"
if [ ! -f "$export_dir/fastembed/model.onnx" ]; then
  echo "exporting the model to ONNX (fp32 and int8) in $export_dir..." >&2
  "$venv/bin/python" scripts/bench/peers.py prepare "$model_dir" "$export_dir"
fi
exec "$venv/bin/python" scripts/bench/compare.py --model-dir "$model_dir" --export "$export_dir" "$@"
