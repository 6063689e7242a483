#!/usr/bin/env bash
# Renders a Cordon report.html in headless Chromium, saves a screenshot and fails if the page logs
# console errors or tries to fetch anything from a network. Not part of the Maven build (CI
# machines need not have a browser); a maintainer runs it by hand.
#
# Usage: scripts/render-report.sh [REPORT_HTML] [SCREENSHOT_PNG]
#   defaults: out/jinsha/report.html and report-screenshot.png beside it
#   WINDOW_SIZE=1280,4000 (default) sets the page area captured; the screenshot is the window only.
# Needs: chromium (Debian: apt-get install -y chromium) or CHROMIUM=/path/to/chrome.
set -euo pipefail
report="${1:-out/jinsha/report.html}"
[[ -f "$report" ]] || { echo "render-report: no such file: $report" >&2; exit 2; }
report="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
shot="${2:-$(dirname "$report")/report-screenshot.png}"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
[[ -n "$browser" ]] || { echo "render-report: chromium not found (apt-get install -y chromium, or set CHROMIUM)" >&2; exit 2; }

# A static check first: the page must reference nothing remote.
if grep -Eqi 'https?://|(src|href)="//|<script[^>]+src=|@import|url\(' "$report"; then
  echo "render-report: $report references something remote:" >&2
  grep -Eoi '.{0,40}(https?://|(src|href)="//|<script[^>]+src=|@import|url\().{0,40}' "$report" | head -5 >&2
  exit 1
fi

# Every image must be inline (data: URI); anything else would be a file beside the page or remote.
if grep -Eo '(src|href)="[^"#][^"]{0,20}' "$report" | grep -Ev '(src|href)="data:' | head -3 | grep -q .; then
  echo "render-report: $report links a file instead of inlining it:" >&2
  grep -Eo '(src|href)="[^"#][^"]{0,20}' "$report" | grep -Ev '(src|href)="data:' | head -3 >&2
  exit 1
fi

profile="$(mktemp -d)"
log="$(mktemp)"
trap 'rm -rf "$profile" "$log"' EXIT
# --host-resolver-rules makes every host name unresolvable, so any attempt to fetch shows as an error.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --disable-extensions --disable-default-apps --no-default-browser-check \
  --host-resolver-rules="MAP * ~NOTFOUND" \
  --user-data-dir="$profile" --enable-logging=stderr --v=0 \
  --hide-scrollbars --window-size="${WINDOW_SIZE:-1280,4000}" --virtual-time-budget=5000 \
  --screenshot="$shot" "file://$report" >"$log" 2>&1 || {
  echo "render-report: chromium failed:" >&2; tail -20 "$log" >&2; exit 1; }

[[ -s "$shot" ]] || { echo "render-report: no screenshot written" >&2; tail -20 "$log" >&2; exit 1; }
# Console messages from the page are logged as 'CONSOLE(line)] "message", source: ...'; failed
# loads as net::ERR_...
errors="$(grep -E 'CONSOLE|Uncaught|net::ERR_|Failed to load|Refused to' "$log" | grep -v 'net::ERR_.*dbus' || true)"
if [[ -n "$errors" ]]; then
  echo "render-report: console errors in $report:" >&2
  echo "$errors" >&2
  exit 1
fi
echo "render-report: rendered $report without console errors; screenshot: $shot"
