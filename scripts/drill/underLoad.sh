#!/usr/bin/env bash
# The CI run under load: `bash .ci/run` on a clean clone of one commit, RUNS times in a row (default 3), while a
# CPU-heavy process (one busy core, for at most HOG_SECONDS) runs beside it. Stops at the first failure and says
# where its log is. Each run gets its own clone and, with FRESH_TOOLS=1, its own empty tools cache, as CI does.
#   bash scripts/drill/underLoad.sh [RUNS]        COMMIT=<sha> to drill another commit than HEAD
set -euo pipefail
runs="${1:-3}"
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
commit="${COMMIT:-$(git -C "$root" rev-parse HEAD)}"
work="$(mktemp -d -t under-load-XXXXXX)"
hog_seconds="${HOG_SECONDS:-7200}"

# Bounded in count (one process) and in time (timeout), and killed when the drill ends, whatever ends it.
timeout "$hog_seconds" node -e 'for (;;) {}' &
hog=$!
trap 'kill "$hog" 2>/dev/null || true' EXIT

echo "Drilling $commit, $runs run(s), with a CPU hog (pid $hog) beside each; logs in $work"
for run in $(seq 1 "$runs"); do
  clone="$work/clone-$run"
  git clone -q "$root" "$clone"
  git -C "$clone" checkout -q "$commit"
  tools="${PATIENT_ED_TOOLS:-$HOME/.cache/patient-ed-tools}"
  [ "${FRESH_TOOLS:-0}" = "1" ] && tools="$work/tools-$run"
  started=$(date +%s)
  if (cd "$clone" && CI=true PATIENT_ED_TOOLS="$tools" bash .ci/run) >"$work/run-$run.log" 2>&1; then
    echo "run $run passed in $(($(date +%s) - started)) s"
  else
    echo "run $run FAILED after $(($(date +%s) - started)) s: see $work/run-$run.log"
    exit 1
  fi
  rm -rf "$clone"
done
echo "All $runs runs passed under load."
