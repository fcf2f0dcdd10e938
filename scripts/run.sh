#!/usr/bin/env bash
# The quick start's commands. Each installs what is missing (Node and pnpm at the pinned versions, into
# ~/.cache/patient-ed-tools; Debian's chromium, Java and openssl for the browser tests when run as root),
# installs the workspace's dependencies from the lockfile, then does its job. Safe to run again.
#
#   bash scripts/run.sh site    build the site from the embedded dataset and serve it at http://localhost:4321/
#   bash scripts/run.sh test    run every test (pnpm test); .ci/run calls this
#   bash scripts/run.sh setup   only install, and print the PATH line for your shell
set -euo pipefail
source "$(dirname "$0")/setup/tools.sh"
cd "$REPO_ROOT"
export SANITY_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1

ensure_node
ensure_pnpm
case "${1:-}" in
  site)
    ensure_dependencies
    pnpm build
    echo "The site is in site/dist; serving it at http://localhost:4321/ (Ctrl-C stops)."
    exec pnpm preview
    ;;
  test)
    ensure_debian_packages
    ensure_dependencies
    exec pnpm test
    ;;
  setup)
    ensure_dependencies
    echo "Ready. To use pnpm directly in this shell:  export PATH=\"$(dirname "$(command -v node)"):\$PATH\""
    ;;
  *)
    echo "usage: bash scripts/run.sh site|test|setup" >&2
    exit 2
    ;;
esac
