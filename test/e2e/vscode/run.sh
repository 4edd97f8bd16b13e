#!/usr/bin/env bash
# VS Code end to end, in CI and on any Debian box: installs code-server (VS Code web + a real Node
# extension host) if missing, packages the .vsix, installs it into a private code-server, runs the
# extension-host mocha suite and the UI check (screenshots in .screenshots/), stops code-server.
# Exits non-zero on any failure. @vscode/test-electron cannot run here (it downloads VS Code); see
# .vscode-test.mjs for desktop VS Code on a laptop.
#
#   bash test/e2e/vscode/run.sh            (npm run test:vscode)
# Env: LEAKPROOF_TOOLS (default .tools/), LEAKPROOF_E2E_SKIP_UI=1 to run only the suite,
# LEAKPROOF_E2E_GREP=pattern to run only matching suite tests, LEAKPROOF_E2E_TRACE=1 to log LSP traffic.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
HERE=$ROOT/test/e2e/vscode
TOOLS=${LEAKPROOF_TOOLS:-$ROOT/.tools}
OUT=$ROOT/.tmp/vscode-e2e
STATE=$OUT/state
SHOTS=$ROOT/.screenshots
START=$(date +%s)
step() { echo "== vscode e2e [$(($(date +%s) - START))s] $*"; }

step "code-server (installed once into $TOOLS)"
CODE_SERVER=$(bash "$HERE/install-code-server.sh" "$TOOLS" | tail -n 1)

step "package the extension"
mkdir -p "$OUT"
npm run --silent package >"$OUT/package.log" 2>&1 || { cat "$OUT/package.log"; exit 1; }
grep -E "DONE|Packaged" "$OUT/package.log" || true
VSIX=$ROOT/leakproof.vsix

step "bundle the suite, lay out the sample workspaces"
PATHS=$(node --import tsx "$HERE/prepare.ts")
json() { node -e "process.stdout.write(String(JSON.parse(process.argv[1])[process.argv[2]]))" "$PATHS" "$1"; }
WORKSPACE=$(json workspace)
UI_WORKSPACE=$(json uiWorkspace)
UI_SAMPLE=$(json uiSample)
SUITE=$(json suite)

# A free port on the loopback interface.
PORT=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
rm -rf "$STATE"
mkdir -p "$STATE/data/User" "$SHOTS"
rm -f "$SHOTS"/*.png
# Quiet, predictable workbench: no welcome page, no update or telemetry calls, quick hovers. No start-up
# workspace scan: the tests count what they open and what their own Scan Workspace finds (the start-up
# scan's ordering is tested against the real server in test/server/startup.test.ts).
cat >"$STATE/data/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "telemetry.telemetryLevel": "off",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "editor.hover.delay": 200,
  "editor.minimap.enabled": false,
  "leakproof.scanWorkspaceOnStartup": false
}
JSON
if [ "${LEAKPROOF_E2E_TRACE:-}" = 1 ]; then sed -i 's/^{/{ "leakproof.trace.server": "verbose",/' "$STATE/data/User/settings.json"; fi

step "start code-server on 127.0.0.1:$PORT"
PID=$(bash "$HERE/start-code-server.sh" "$CODE_SERVER" "$STATE" "$WORKSPACE" "$VSIX" "$PORT")
stop_code_server() {
  kill "$PID" 2>/dev/null || true
  # Its file watchers outlive it by a few seconds; wait for the process itself.
  for _ in $(seq 1 50); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
}
trap stop_code_server EXIT
EXTENSION=$(ls -d "$STATE"/ext/leakproof.leakproof-* 2>/dev/null | head -n 1)
if [ -z "$EXTENSION" ]; then echo "the .vsix did not install; log: $STATE/install.log"; cat "$STATE/install.log"; exit 1; fi

failed=0
step "extension-host suite (the installed package: $EXTENSION)"
node --import tsx "$HERE/run-suite.ts" "$WORKSPACE" "$EXTENSION" "$SUITE" "$PORT" || failed=1

if [ "${LEAKPROOF_E2E_SKIP_UI:-}" != 1 ]; then
  step "UI check (screenshots in $SHOTS)"
  node --import tsx "$HERE/ui-check.ts" "http://127.0.0.1:$PORT/?folder=$UI_WORKSPACE" "$UI_SAMPLE" \
    "GitHub personal access token" "Allow this secret on this line" "$SHOTS" || failed=1
fi

if [ "$failed" != 0 ]; then
  echo "== code-server log (last lines): $STATE/code-server.log"
  tail -n 40 "$STATE/code-server.log" || true
  step "FAILED"
  exit 1
fi
step "passed"
