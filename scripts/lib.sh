# Shared by the project's scripts: install what a fresh Debian machine lacks.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else echo "need root for: $*" >&2; return 1; fi; }

# apt_ensure CMD_OR_PATH PACKAGE... — installs the packages when the command/path is missing.
APT_UPDATED=0
apt_ensure() {
  local probe="$1"; shift
  if command -v "$probe" >/dev/null 2>&1 || [ -e "$probe" ]; then return 0; fi
  if [ "$APT_UPDATED" = 0 ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

ensure_node() {
  apt_ensure node nodejs
  apt_ensure npm npm
}

npm_ci() {
  ensure_node
  (cd "$ROOT/tests/js" && npm ci --no-audit --no-fund --loglevel=error)
}
