#!/usr/bin/env bash
# Installs the VS Code test harness (code-server + puppeteer-core) next to this
# script. Needs node 20, npm, Debian's ripgrep (rg) and a C/C++ toolchain.
# Idempotent: does nothing when the pinned versions are already installed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

if [ -x node_modules/.bin/code-server ] && [ -d node_modules/puppeteer-core ] \
   && [ -f node_modules/code-server/lib/vscode/out/server-main.js ] \
   && node -e 'process.exit(require("./node_modules/code-server/package.json").version==="4.100.3"?0:1)'; then
  echo "vscode harness: already installed"
  exit 0
fi

# code-server pins @vscode/ripgrep, whose install step downloads a prebuilt rg.
# That download is not reachable here; seed its cache with Debian's rg instead.
rg_bin="$(command -v rg || true)"
if [ -z "$rg_bin" ]; then
  echo "vscode harness: ripgrep (rg) is required" >&2
  exit 1
fi
tmp="${TMPDIR:-/tmp}"
cache="$tmp/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache"
tarball="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$tarball" ]; then
  stage="$(mktemp -d)"
  cp "$rg_bin" "$stage/rg"
  tar -C "$stage" -czf "$tarball" rg
  rm -rf "$stage"
fi

export npm_config_unsafe_perm=true   # code-server's install script refuses root otherwise
export npm_config_yes=true           # node-pty's build runs npx node-gyp
export npm_config_nodedir=/usr       # compile native modules against Debian's node headers
export npm_config_audit=false npm_config_fund=false

if [ -f package-lock.json ]; then
  npm ci --foreground-scripts
else
  npm install --foreground-scripts
fi
test -x node_modules/.bin/code-server
echo "vscode harness: installed"
