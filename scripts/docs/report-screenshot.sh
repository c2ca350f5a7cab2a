#!/usr/bin/env bash
# The README's picture of the HTML report: `eval --report` on datasets/test.csv (the project's own
# postings; the real ones in ../shared/data may not be copied into the repository, pictures
# included), opened in headless Chromium and saved as scripts/docs/report.png.
# Usage: scripts/docs/report-screenshot.sh [WIDTH HEIGHT]   (default 1200 1600)
set -euo pipefail
cd "$(dirname "$0")/../.."
width=${1:-1200}
height=${2:-1600}
chromium=${JOBCLASS_CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --release --quiet
target/release/jobclass eval datasets/test.csv --text-column description --label-column label \
  --report "$work/report.html" > /dev/null
"$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
  --user-data-dir="$work/profile" --window-size="$width,$height" \
  --screenshot="$PWD/scripts/docs/report.png" "file://$work/report.html" 2> /dev/null
echo "wrote scripts/docs/report.png (${width}x${height})"
