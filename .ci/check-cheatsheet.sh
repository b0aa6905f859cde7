#!/usr/bin/env bash
# Renders the interview cheat sheet (export cheatsheet FILE.html) to PNG with headless Chromium,
# so a person can check that it is readable and fits one page (A4 landscape, 1123x794 CSS pixels).
#
# Needs Debian's chromium package (apt-get install chromium).
#
# Usage: .ci/check-cheatsheet.sh BINARY [OUT]
set -euo pipefail

binary="${1:?usage: .ci/check-cheatsheet.sh BINARY [OUT]}"
out="${2:-.build/check-cheatsheet}"

source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh" check-cheatsheet

mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -f "$out"/cheatsheet.html "$out"/cheatsheet.md "$out"/cheatsheet.png
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
printf 'export cheatsheet %s/cheatsheet.html\nexport cheatsheet %s/cheatsheet.md\n' "$out" "$out" \
  | env HOME="$home" "$binary" >/dev/null
png="$out/cheatsheet.png"
if ! "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1123,794 \
  --screenshot="$png" "file://$out/cheatsheet.html" >/dev/null 2>&1 || [[ ! -s "$png" ]]; then
  echo "check-cheatsheet: could not render $out/cheatsheet.html" >&2
  exit 1
fi
echo "check-cheatsheet: $png (one A4 landscape page; anything cut off at the bottom does not fit)"
