#!/usr/bin/env bash
# Scores NearDup on a labelled dev folder: one run, and two runs sharing one SQLite index.
# Usage: scripts/neardup-eval.sh [dev-folder]   (default: /work/shared/datasets/neardup-dev)
set -euo pipefail
cd "$(dirname "$0")/.."
dev="${1:-/work/shared/datasets/neardup-dev}"
scorer="${NEARDUP_SCORER:-/work/shared/scripts/score_neardup.py}"
log="$(mktemp)"
NEWSCLEAN_NEARDUP_DEV="$dev" swift test -c release --scratch-path .build-neardup \
  --filter 'NearDupTests.DevSetEvaluationTests' 2>&1 | tee "$log" | grep 'NEARDUP-EVAL' || { tail -40 "$log"; exit 1; }
one="$(sed -n 's/.*one-run predictions: //p' "$log")"
two="$(sed -n 's/.*two-run predictions: //p' "$log")"
echo "== one run";  python3 "$scorer" --truth "$dev/truth.jsonl" --pred "$one" | tail -3
echo "== two runs"; python3 "$scorer" --truth "$dev/truth.jsonl" --pred "$two" | tail -3
