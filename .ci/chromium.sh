#!/usr/bin/env bash
# Sourced by the check-* scripts: sets $browser to the first headless-capable Chromium found, or
# says how to install one (naming the calling check, $1) and exits.
browser=""
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [[ -z "$browser" ]]; then
  echo "$1: chromium is not installed; install it with: apt-get install chromium" >&2
  exit 1
fi
