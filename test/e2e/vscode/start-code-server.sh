#!/usr/bin/env bash
# Starts code-server on 127.0.0.1:PORT with a private HOME, user-data and extensions folder, installs a
# .vsix into it, waits for /healthz, and prints its PID. Usage:
#   start-code-server.sh CODE_SERVER_BIN STATE_DIR WORKSPACE_DIR [VSIX] [PORT]
# Stop it with: kill PID (then give its file watchers a few seconds to exit). Used by run.sh.
# From shared/recipes/start-code-server.sh.
set -euo pipefail
CS=$1 STATE=$2 WS=$3 VSIX=${4:-} PORT=${5:-8080}
mkdir -p "$STATE/home" "$STATE/ext" "$STATE/data"
export HOME="$STATE/home" XDG_CONFIG_HOME="$STATE/home/.config" XDG_DATA_HOME="$STATE/home/.local/share"
COMMON=(--extensions-dir "$STATE/ext" --user-data-dir "$STATE/data")
if [ -n "$VSIX" ]; then "$CS" "${COMMON[@]}" --install-extension "$VSIX" > "$STATE/install.log" 2>&1; fi
"$CS" "${COMMON[@]}" --bind-addr "127.0.0.1:$PORT" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override "$WS" > "$STATE/code-server.log" 2>&1 &
PID=$!
for _ in $(seq 1 300); do
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; then echo "$PID"; exit 0; fi
  sleep 0.1
done
echo "code-server did not answer /healthz; log: $STATE/code-server.log" >&2
kill "$PID" 2>/dev/null || true
exit 1
