#!/usr/bin/env bash
# Renders the extension's marketplace icon, docs/images/icon.png (128×128, transparent corners), from
# client/icon.svg with headless Chromium (the browser test/e2e/vscode already uses). The PNG is
# committed: packaging needs no browser. Run after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../.."
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
page=$(mktemp -d)
trap 'rm -rf "$page"' EXIT
# The SVG alone in a page with no margin, so the screenshot is exactly the icon.
printf '<!doctype html><style>html,body{margin:0;background:transparent}</style>%s\n' "$(cat client/icon.svg)" > "$page/icon.html"
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
  --window-size=128,128 --screenshot="$PWD/docs/images/icon.png" "file://$page/icon.html" 2>/dev/null
file docs/images/icon.png 2>/dev/null || ls -l docs/images/icon.png
