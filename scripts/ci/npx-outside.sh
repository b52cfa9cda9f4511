#!/usr/bin/env bash
# The README's "from any folder" commands, as a new user runs them in a folder outside the checkout:
# `node <checkout>/bin/switchboard.js new …`, and after `npm pack`, `npx --package <tgz> switchboard
# new …`. Each must create the project with its vendored tarball; npx must print no npm warning.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export ONNXRUNTIME_NODE_INSTALL=skip npm_config_update_notifier=false
work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-npx.XXXXXX")
trap 'rm -rf "$work"' EXIT

(cd "$root" && npm pack --silent --pack-destination "$work" >/dev/null)
tgz="$work/switchboard-$(node -p "require('$root/package.json').version").tgz"
[ -f "$tgz" ] || { echo "npm pack did not produce $tgz" >&2; exit 1; }

mkdir "$work/elsewhere"
cd "$work/elsewhere"
# The no-install form: the checkout's own CLI, run from another folder.
node "$root/bin/switchboard.js" new from-checkout --pattern router --yes >"$work/checkout-new.log" 2>&1 || {
  cat "$work/checkout-new.log"
  echo "node <checkout>/bin/switchboard.js new failed outside the checkout" >&2
  exit 1
}
[ -f from-checkout/package.json ] && ls from-checkout/vendor/switchboard-*.tgz >/dev/null || {
  echo "node <checkout>/bin/switchboard.js new did not create a project with its vendored switchboard" >&2
  exit 1
}
npx --yes --package "$tgz" switchboard new my-agent --switchboard "$tgz" --pattern support --yes >"$work/new.log" 2>&1 || {
  cat "$work/new.log"
  echo "npx switchboard new failed outside the checkout" >&2
  exit 1
}
cat "$work/new.log"
[ -f my-agent/package.json ] && [ -f "my-agent/vendor/$(basename "$tgz")" ] || {
  echo "npx switchboard new did not create my-agent with its vendored switchboard" >&2
  exit 1
}
if grep -i "npm warn" "$work/new.log"; then
  echo "npx printed npm warnings (above)" >&2
  exit 1
fi
echo "npx --package <tgz> switchboard new: created my-agent outside the checkout, no npm warning"
