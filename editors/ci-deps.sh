#!/usr/bin/env bash
# Installs what the editor tests (go test ./editors/) need on a Debian machine,
# as root: Neovim, Emacs with eglot, Vim with ALE, Chromium, and the npm
# packages of the VS Code extension and of its code-server test harness.
# Idempotent: packages already present are not installed again.
# Exits non-zero when anything could not be installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
log() { echo "ci-deps: $*"; }

packages=(
  neovim                 # 0.7 in Debian 12
  emacs-nox elpa-eglot   # Emacs 28 + eglot (built in from Emacs 29)
  elpa-go-mode           # a real go-mode for the Emacs test
  vim vim-ale            # Vim 9 + ALE
  chromium fonts-dejavu-core   # headless browser for code-server
  ripgrep libkrb5-dev build-essential python3 pkg-config   # code-server's npm install
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "need root to install: ${missing[*]}" >&2
    exit 1
  fi
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q "${missing[@]}"
else
  log "Debian packages already installed"
fi

for cmd in nvim emacs vim chromium rg node npm; do
  if ! command -v "$cmd" >/dev/null; then
    log "$cmd is missing after the install" >&2
    exit 1
  fi
done
node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then
  log "node $(node --version) is too old: code-server 4.100.3 and vsce 3.9.2 need node 20" >&2
  exit 1
fi

export npm_config_audit=false npm_config_fund=false npm_config_nodedir=/usr

# The extension's own packages (vscode-languageclient, typescript, vsce).
log "npm ci in editors/vscode"
(cd "$here/vscode" && npm ci --no-progress)

# code-server + puppeteer-core for the VS Code test (with the workarounds it needs).
log "VS Code test harness"
"$here/vscode/test/setup.sh"

log "done"
