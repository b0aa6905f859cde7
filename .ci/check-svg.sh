#!/usr/bin/env bash
# Renders the exported SVG pictures to PNG with headless Chromium, so a person can look at them.
#
# Runs a few scenarios through the multileader binary, exports their space-time diagram and
# topology as SVG into OUT (default .build/check-svg), then screenshots each SVG at its own size.
# Needs Debian's chromium package (apt-get install chromium).
#
# Usage: .ci/check-svg.sh BINARY [OUT]
set -euo pipefail

binary="${1:?usage: .ci/check-svg.sh BINARY [OUT]}"
out="${2:-.build/check-svg}"

source "$(dirname "${BASH_SOURCE[0]}")/chromium.sh" check-svg

mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -f "$out"/*.svg "$out"/*.png

pizza="write us topping=pepperoni at 12:00:00
write asia topping=mushroom at 12:00:00.010
run"
faults="cluster us eu asia --followers 1 --topology ring
network loss 0.3
partition us asia
write us topping=pepperoni
write asia topping=mushroom
run
heal
run
crash eu
write us topping=olive
run 300ms
recover eu
run"

run_scenario() {
  local name="$1" lines="$2" extra="$3"
  printf '%s\nexport diagram %s/%s-diagram.svg %s\nexport topology %s/%s-topology.svg\n' \
    "$lines" "$out" "$name" "$extra" "$out" "$name" | "$binary" >/dev/null
}
run_scenario pizza "$pizza" ""
run_scenario faults "$faults" "--followers"
# The topology with a cut link and a crashed node, drawn before anything heals.
printf 'cluster us eu asia jp --followers 1 --topology star\npartition jp us,eu,asia\ncrash eu-f1\nexport topology %s/star-topology.svg\n' \
  "$out" | "$binary" >/dev/null

status=0
for svg in "$out"/*.svg; do
  png="${svg%.svg}.png"
  size=$(sed -n 's/^<svg[^>]* width="\([0-9]*\)" height="\([0-9]*\)".*/\1,\2/p' "$svg" | head -n 1)
  if ! "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --window-size="${size:-1200,800}" --screenshot="$png" "file://$svg" >/dev/null 2>&1 || [[ ! -s "$png" ]]; then
    echo "check-svg: could not render $svg" >&2
    status=1
    continue
  fi
  echo "check-svg: $png"
done
exit "$status"
