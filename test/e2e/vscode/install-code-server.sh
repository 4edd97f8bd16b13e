#!/usr/bin/env bash
# Installs code-server (VS Code, web build) into a tools folder, on a machine with Node 20 and no
# network beyond the npm registry and Debian's apt. Usage: install-code-server.sh [TOOLS_DIR]
# Prints the path of the code-server binary last. Idempotent. Called by run.sh with TOOLS_DIR=.tools
# (git-ignored). From shared/recipes/install-code-server.sh.
set -euo pipefail
TOOLS=${1:-${LEAKPROOF_TOOLS:-$HOME/.cache/leakproof-tools}}
VERSION=4.100.3            # the newest code-server for Node 20 (each release pins one Node major)
BIN="$TOOLS/code-server/node_modules/.bin/code-server"
if [ -x "$BIN" ]; then echo "$BIN"; exit 0; fi

# kerberos (a dependency) compiles from source and needs libkrb5-dev; ripgrep replaces a GitHub download;
# chromium drives the web UI in tests.
if ! dpkg -s libkrb5-dev ripgrep chromium >/dev/null 2>&1; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends libkrb5-dev ripgrep chromium >/dev/null
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless it finds this cached archive in $TMPDIR.
export TMPDIR=${TMPDIR:-/tmp}
RGCACHE="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RGCACHE"
tar czf "$RGCACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg

mkdir -p "$TOOLS/code-server"
cd "$TOOLS/code-server"
[ -f package.json ] || echo '{"private":true}' > package.json
# npm_config_unsafe_perm: the postinstall refuses to run as root without it (npm 11 has no flag for it).
# npm_config_yes: node-pty's postinstall calls `npx node-gyp`, which is refused when npx may not prompt.
npm_config_yes=true npm_config_unsafe_perm=true npm install --no-audit --no-fund "code-server@$VERSION" >&2
echo "$BIN"
