#!/usr/bin/env bash
# Scores NearDup on a labelled dev folder: one run, and two runs sharing one SQLite index.
# Usage: scripts/neardup-eval.sh [dev-folder]   (default: /work/shared/datasets/neardup-dev)
# Env: NEWSCLEAN_NEARDUP_CONFIG=jaccard=0.25,bands=42,rows=3 ... for sensitivity checks.
# Builds the root package; if another target does not compile right now, it falls back to a
# private package in .build-neardup/ that links only NearDup and its tests.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dev="${1:-/work/shared/datasets/neardup-dev}"
scorer="${NEARDUP_SCORER:-/work/shared/scripts/score_neardup.py}"
log="$(mktemp)"
run_eval() {  # $1 = package dir, $2 = scratch path
  (cd "$1" && NEWSCLEAN_NEARDUP_DEV="$dev" swift test -c release --scratch-path "$2" \
    --filter 'NearDupTests.DevSetEvaluationTests') >"$log" 2>&1
}
if ! run_eval "$root" "$root/.build-neardup"; then
  echo "root package does not build; using the NearDup-only harness" >&2
  harness="$root/.build-neardup/harness-pkg"
  mkdir -p "$harness/Sources" "$harness/Tests"
  ln -sfn "$root/Sources/NearDup" "$harness/Sources/NearDup"
  ln -sfn "$root/Sources/CSQLite" "$harness/Sources/CSQLite"
  ln -sfn "$root/Tests/NearDupTests" "$harness/Tests/NearDupTests"
  cat >"$harness/Package.swift" <<'SWIFT'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
  name: "neardup-harness",
  targets: [
    .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3"),
    .target(name: "NearDup", dependencies: ["CSQLite"]),
    .testTarget(name: "NearDupTests", dependencies: ["NearDup"]),
  ])
SWIFT
  run_eval "$harness" "$root/.build-neardup/harness-build" || { tail -40 "$log"; exit 1; }
fi
grep 'NEARDUP-EVAL' "$log"
one="$(sed -n 's/.*one-run predictions: //p' "$log")"
two="$(sed -n 's/.*two-run predictions: //p' "$log")"
echo "== one run";  python3 "$scorer" --truth "$dev/truth.jsonl" --pred "$one" | grep -E '^(precision|recall) |NEARDUP'
echo "== two runs"; python3 "$scorer" --truth "$dev/truth.jsonl" --pred "$two" | grep -E '^(precision|recall) |NEARDUP'
