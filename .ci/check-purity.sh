#!/usr/bin/env bash
# Purity gate for the deterministic core.
#
# Fails (exit 1, one "file:line: ..." line per problem) if a Swift file in the pure layers reaches for
# the outside world: Foundation or the C libraries, the wall clock, UUIDs, the system random number
# generator, the console or the file system. Randomness is allowed only through a seeded generator,
# so `.random(`, `.randomElement(`, `.shuffled(` and `.shuffle(` must pass `using:`.
#
# Comments (`//`, `///`, `/* */`) and the text inside string literals are ignored; code inside
# string interpolations is still checked.
#
# Usage: .ci/check-purity.sh [DIR...]
#   With no arguments it checks Sources/ReplicationModel and Sources/ReplicationSimulation.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if (($# > 0)); then
  roots=("$@")
else
  roots=("$repo_root/Sources/ReplicationModel" "$repo_root/Sources/ReplicationSimulation")
fi

for root in "${roots[@]}"; do
  if [[ ! -d "$root" ]]; then
    echo "purity: directory not found: $root" >&2
    exit 2
  fi
done

files=()
while IFS= read -r -d '' file; do
  files+=("$file")
done < <(find "${roots[@]}" -type f -name '*.swift' -print0 | sort -z)

if ((${#files[@]} == 0)); then
  echo "purity: ok (0 files)"
  exit 0
fi

# The awk program strips comments and string contents line by line (keeping line numbers), then runs
# the checks over the remaining code. It is written for POSIX awk (mawk on Debian, BSD awk on macOS).
violations=$(
  awk '
    function hashes(n,    s) { s = ""; while (n-- > 0) s = s "#"; return s }

    # Turns one source line into code-only text: comments removed, string contents blanked.
    function strip(line,    out, i, n, c, j, h) {
      out = ""; i = 1; n = length(line)
      if (mode == "s1") mode = "code"            # single-line strings cannot span lines
      while (i <= n) {
        c = substr(line, i, 1)
        if (mode == "blk") {
          if (substr(line, i, 2) == "*/") { blk--; i += 2; if (blk == 0) mode = "code"; continue }
          if (substr(line, i, 2) == "/*") { blk++; i += 2; continue }
          i++; continue
        }
        if (mode == "code") {
          if (substr(line, i, 2) == "//") break
          if (substr(line, i, 2) == "/*") { mode = "blk"; blk = 1; i += 2; continue }
          if (c == "#" || c == "\"") {
            j = i; h = 0
            while (substr(line, j, 1) == "#") { h++; j++ }
            if (substr(line, j, 1) == "\"") {
              quotes = hashes(h)
              if (substr(line, j, 3) == "\"\"\"") { mode = "s3"; out = out "\"\"\""; i = j + 3 }
              else { mode = "s1"; out = out "\""; i = j + 1 }
              continue
            }
            out = out substr(line, i, j - i); i = j; continue
          }
          if (sp > 0 && c == "(") depth[sp]++
          if (sp > 0 && c == ")") {
            depth[sp]--
            if (depth[sp] == 0) { mode = smode[sp]; quotes = squotes[sp]; sp--; out = out ")"; i++; continue }
          }
          out = out c; i++; continue
        }
        # Inside a string literal ("s1" or "s3").
        if (c == "\\" && substr(line, i + 1, length(quotes)) == quotes) {
          j = i + 1 + length(quotes)
          if (substr(line, j, 1) == "(") {
            sp++; smode[sp] = mode; squotes[sp] = quotes; depth[sp] = 1
            mode = "code"; out = out "("; i = j + 1; continue
          }
          i = j + 1; continue
        }
        if (mode == "s1" && c == "\"" && substr(line, i + 1, length(quotes)) == quotes) {
          mode = "code"; out = out "\""; i += 1 + length(quotes); continue
        }
        if (mode == "s3" && substr(line, i, 3) == "\"\"\"" && substr(line, i + 3, length(quotes)) == quotes) {
          mode = "code"; out = out "\"\"\""; i += 3 + length(quotes); continue
        }
        i++
      }
      return out
    }

    function report(lineno, what) {
      sub(/^[ \t]+/, "", src[lineno])
      printf "%s:%d: %s: %s\n", file, lineno, what, src[lineno]
    }

    # Reports `.random(`-style calls whose argument list (possibly spanning lines) has no `using:`.
    function check_random(lineno,    rest, offset, args, k, l, p, c, d, done) {
      rest = code[lineno]
      while (match(rest, /\.(random|randomElement|shuffled|shuffle)[ \t]*\(/)) {
        name = substr(rest, RSTART + 1, RLENGTH - 1); sub(/[ \t]*\($/, "", name)
        offset = RSTART + RLENGTH            # first character after "("
        args = ""; d = 1; done = 0
        for (k = lineno; k <= nlines && !done; k++) {
          l = (k == lineno) ? substr(rest, offset) : code[k]
          for (p = 1; p <= length(l); p++) {
            c = substr(l, p, 1)
            if (c == "(") d++
            if (c == ")") { d--; if (d == 0) { done = 1; break } }
            args = args c
          }
          args = args " "
        }
        if (args !~ /(^|[^A-Za-z0-9_])using[ \t]*:/) report(lineno, "." name "( without using: (pass a seeded generator)")
        rest = substr(rest, offset)
      }
    }

    function check_file(    k, t) {
      for (k = 1; k <= nlines; k++) {
        t = " " code[k] " "
        if (t ~ /[^A-Za-z0-9_]import[ \t]+((typealias|struct|class|enum|protocol|let|var|func)[ \t]+)?(Foundation[A-Za-z0-9_]*|Glibc|Darwin|Dispatch)[^A-Za-z0-9_]/)
          report(k, "forbidden import (the pure layers use the standard library only)")
        if (t ~ /[^A-Za-z0-9_]Date[ \t]*\(/ || t ~ /[^A-Za-z0-9_]Date[ \t]*\.[ \t]*now[^A-Za-z0-9_]/)
          report(k, "wall-clock Date (time must be passed in)")
        if (t ~ /[^A-Za-z0-9_]UUID[ \t]*\(/)
          report(k, "UUID( (use counter-based identifiers)")
        if (t ~ /[^A-Za-z0-9_](ContinuousClock|SuspendingClock)[^A-Za-z0-9_]/)
          report(k, "system clock (time must be passed in)")
        if (t ~ /[^A-Za-z0-9_]SystemRandomNumberGenerator[^A-Za-z0-9_]/)
          report(k, "SystemRandomNumberGenerator (use a seeded generator)")
        if (t ~ /[^A-Za-z0-9_](print|debugPrint)[ \t]*\(/)
          report(k, "print( (the pure layers return values; the executable prints)")
        if (t ~ /[^A-Za-z0-9_]readLine[ \t]*\(/)
          report(k, "readLine( (no console input in the pure layers)")
        if (t ~ /[^A-Za-z0-9_]FileManager[^A-Za-z0-9_]/)
          report(k, "FileManager (no file system access in the pure layers)")
        check_random(k)
      }
    }

    function start_file(name) {
      if (file != "") check_file()
      file = name; nlines = 0; mode = "code"; blk = 0; sp = 0; quotes = ""
    }

    FNR == 1 { start_file(FILENAME) }
    { nlines = FNR; src[FNR] = $0; code[FNR] = strip($0) }
    END { if (file != "") check_file() }
  ' "${files[@]}"
)

if [[ -n "$violations" ]]; then
  printf '%s\n' "$violations"
  count=$(printf '%s\n' "$violations" | wc -l | tr -d ' ')
  echo "purity: FAILED: $count problem(s) in ${#files[@]} files" >&2
  exit 1
fi

echo "purity: ok (${#files[@]} files)"
