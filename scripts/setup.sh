#!/usr/bin/env bash
# Installs what Switchboard needs on a fresh Debian machine: espeak-ng (offline speech) and the
# npm dependencies. Safe to re-run; needs no network beyond the npm registry and Debian packages.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v espeak-ng >/dev/null 2>&1 || need_apt+=(espeak-ng)
command -v sox >/dev/null 2>&1 || need_apt+=(sox)
if ((${#need_apt[@]})); then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "note: install ${need_apt[*]} for offline speech (the text console works without it)" >&2
  fi
fi

# onnxruntime-node's install script would try to download CUDA files; its CPU binaries ship in the package.
# npm 11 skips it (allowScripts in package.json); npm 10 ignores allowScripts and needs this.
export ONNXRUNTIME_NODE_INSTALL=skip
if [ -d node_modules ] && [ node_modules/.package-lock.json -nt package-lock.json ]; then
  echo "dependencies are up to date"
else
  npm ci --no-audit --no-fund
fi
