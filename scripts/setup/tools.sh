# Sourced by scripts/run.sh: puts what the project needs on PATH, installing what is missing into a cache.
# Safe to run again: everything already there is left alone. Needs only bash, a system Node (any version) and npm.

PATIENT_ED_TOOLS="${PATIENT_ED_TOOLS:-$HOME/.cache/patient-ed-tools}"
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NODE_MAJOR="$(tr -dc '0-9' < "$REPO_ROOT/.nvmrc")"
PNPM_VERSION="$(sed -n 's/.*"packageManager": *"pnpm@\([^"]*\)".*/\1/p' "$REPO_ROOT/package.json")"
PROVISIONED_NODE_BIN="$PATIENT_ED_TOOLS/node_modules/node/bin"

say() { printf '%s\n' "setup: $*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

# Node from the npm registry's `node` package (the registry is the one network source every machine here has).
ensure_node() {
  if [ -x "$PROVISIONED_NODE_BIN/node" ]; then export PATH="$PROVISIONED_NODE_BIN:$PATH"; fi
  if [ "$(node_major)" -ge "$NODE_MAJOR" ]; then return; fi
  command -v npm >/dev/null || { say "npm is missing: install Node.js and npm (any version), then run this again."; return 1; }
  say "installing Node $NODE_MAJOR into $PATIENT_ED_TOOLS"
  npm install --prefix "$PATIENT_ED_TOOLS" --no-save --no-audit --no-fund --loglevel=error "node@$NODE_MAJOR" >/dev/null
  export PATH="$PROVISIONED_NODE_BIN:$PATH"
}

# pnpm at the version package.json pins, installed beside that Node.
ensure_pnpm() {
  if [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then return; fi
  say "installing pnpm $PNPM_VERSION"
  npm install -g --no-audit --no-fund --loglevel=error "pnpm@$PNPM_VERSION" >/dev/null
}

# Debian packages: installed when root, otherwise named for the user to install.
ensure_debian_packages() {
  local missing=()
  [ -x "${CHROME_PATH:-/usr/bin/chromium}" ] || missing+=(chromium)
  command -v java >/dev/null || missing+=(default-jre-headless)
  command -v openssl >/dev/null || missing+=(openssl)
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then
    say "the browser tests need Debian's ${missing[*]}: run  sudo apt-get install -y ${missing[*]}  and then this again."
    return 1
  fi
  say "installing ${missing[*]} (Debian packages, for the browser tests)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The workspace's dependencies, exactly as the lockfile has them.
ensure_dependencies() {
  (cd "$REPO_ROOT" && pnpm install --frozen-lockfile --reporter=silent)
}
