#!/usr/bin/env bash
# Generates a project from every template with `switchboard new`, installs it the way a user would
# (npm registry + the vendored switchboard tarball, nothing else), and in each one runs the graph
# check, the typecheck, its tests, a scripted console call through the offline policy, and its
# scenarios (`switchboard eval`).
# Fails loudly on the first problem. Usage: bash scripts/ci/scaffold-all.sh [pattern...]
# KEEP_SCAFFOLD=1 keeps the generated projects for inspection; SWITCHBOARD_BIN runs another
# switchboard CLI for `new` (default: this checkout's bin/switchboard.js).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
patterns=("$@")
if [ ${#patterns[@]} -eq 0 ]; then
  patterns=(support sales intake router restaurant appointment)
fi

export ONNXRUNTIME_NODE_INSTALL=skip
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export CI=true

work=$(mktemp -d "${TMPDIR:-/tmp}/switchboard-scaffold.XXXXXX")
cleanup() {
  if [ -n "${KEEP_SCAFFOLD:-}" ]; then echo "kept generated projects in $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

start=$(date +%s)
elapsed() { echo "$(($(date +%s) - start))s"; }
fail() {
  echo "✗ $*" >&2
  exit 1
}
step() { printf '\n=== %s (%s)\n' "$1" "$(elapsed)"; }

step "generate ${patterns[*]}"
# The first `new` packs this checkout (building dist once); the others reuse the cached tarball.
for p in "${patterns[@]}"; do
  node "${SWITCHBOARD_BIN:-$root/bin/switchboard.js}" new "$work/$p" --pattern "$p" --yes --name "scaffold-$p" >/dev/null ||
    fail "switchboard new --pattern $p failed"
done

# Checks one scripted console run: the call ended with the agent (not abandoned midway), at least
# one handoff happened, and no turn failed.
check_events() {
  node -e '
    const fs = require("fs");
    const events = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
    const end = events.find((e) => e.type === "session_end");
    const errors = events.filter((e) => e.type === "error");
    const path = events.filter((e) => e.type === "agent_handoff").map((e) => e.to);
    const problems = [];
    if (!end) problems.push("no session_end event");
    else if (!["resolved", "escalated"].includes(end.outcome)) problems.push(`the call ended ${end.outcome} with ${end.agent}: the scripted conversation got stuck`);
    if (path.length === 0) problems.push("no handoff happened");
    for (const e of errors) problems.push(`error event: ${e.message}`);
    console.log(`    path: ${[events.find((e) => e.type === "message")?.agent, ...path].join(" → ")}; outcome: ${end?.outcome}`);
    if (problems.length) {
      console.error(problems.map((p) => `    ${p}`).join("\n"));
      process.exit(1);
    }
  ' "$1"
}

# better-sqlite3 has no prebuilt binary without internet access, so the first install compiles it
# (~45 s on 2 cores). Put that binary in npm's prebuild cache, where prebuild-install looks before
# downloading, so the other installs reuse it instead of compiling SQLite again.
seed_prebuild() {
  npm_config_cache=$(npm config get cache 2>/dev/null) node -e '
    const path = require("path");
    const fs = require("fs");
    const zlib = require("zlib");
    const { createRequire } = require("module");
    const mod = path.join(process.argv[1], "node_modules", "better-sqlite3");
    if (!fs.existsSync(path.join(mod, "build", "Release", "better_sqlite3.node"))) process.exit(0);
    const fromPrebuild = createRequire(createRequire(path.join(mod, "package.json")).resolve("prebuild-install/package.json"));
    const util = fromPrebuild("./util");
    const pkg = JSON.parse(fs.readFileSync(path.join(mod, "package.json"), "utf8"));
    const cached = util.cachedPrebuild(util.getDownloadUrl({ ...fromPrebuild("./rc")(pkg), pkg }));
    if (fs.existsSync(cached)) process.exit(0);
    fs.mkdirSync(path.dirname(cached), { recursive: true });
    fromPrebuild("tar-fs")
      .pack(mod, { entries: ["build/Release/better_sqlite3.node"] })
      .pipe(zlib.createGzip())
      .pipe(fs.createWriteStream(`${cached}.tmp`))
      .on("finish", () => fs.renameSync(`${cached}.tmp`, cached));
  ' "$1" || echo "    (could not cache the better-sqlite3 binary; later installs compile it again)"
}

for p in "${patterns[@]}"; do
  dir="$work/$p"
  cd "$dir"
  step "$p: npm install"
  npm install --prefer-offline --no-audit --no-fund --loglevel=error >install.log 2>&1 || {
    tail -30 install.log
    fail "$p: npm install failed"
  }
  seed_prebuild "$dir"
  [ -z "$(npm ls @livekit/agents --parseable 2>/dev/null | sed -n 2p)" ] ||
    fail "$p: two copies of @livekit/agents were installed; the ranges must match switchboard's"

  step "$p: switchboard check, graph check, typecheck"
  npx switchboard check src/workflow.ts || fail "$p: switchboard check found problems"
  npx switchboard graph src/workflow.ts --embed README.md --check || fail "$p: README diagram is stale"
  npm run --silent typecheck || fail "$p: typecheck failed"

  step "$p: npm test"
  npm test --silent || fail "$p: npm test failed"

  step "$p: scripted console call"
  npx switchboard console src/workflow.ts --script scripts/demo.txt --events - >events.jsonl 2>console.log || {
    tail -20 console.log
    fail "$p: the scripted console call crashed"
  }
  check_events events.jsonl || fail "$p: the scripted console call did not complete its flow (events in $dir/events.jsonl)"

  step "$p: switchboard eval (scenarios/, offline)"
  npx switchboard eval --reporter junit --out eval-junit.xml 2>eval.log || {
    tail -40 eval.log
    fail "$p: scenarios failed (JUnit report in $dir/eval-junit.xml)"
  }
  tail -1 eval.log
  # Deleting a node_modules takes a while: do it while the next project installs.
  [ -n "${KEEP_SCAFFOLD:-}" ] || rm -rf "$dir/node_modules" &
done
wait

step "all ${#patterns[@]} templates generated, installed, checked and tested"
