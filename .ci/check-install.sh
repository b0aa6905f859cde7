#!/usr/bin/env bash
# Installs into a temporary PREFIX (and a DESTDIR), checks every installed file works, uninstalls,
# and checks nothing is left. Usage, from the repository root: bash .ci/check-install.sh
# (needs the release build, which `make install` runs; about a minute once it is built).
set -euo pipefail
prefix=$(mktemp -d)
stage=$(mktemp -d)
trap 'rm -rf "$prefix" "$stage"' EXIT
fail() { echo "check-install: $*" >&2; exit 1; }

make --no-print-directory install PREFIX="$prefix"
files=(bin/multileader share/man/man1/multileader.1 share/bash-completion/completions/multileader
  share/zsh/site-functions/_multileader share/fish/vendor_completions.d/multileader.fish)
for file in "${files[@]}"; do [[ -f "$prefix/$file" ]] || fail "$file was not installed"; done
[[ -x "$prefix/bin/multileader" ]] || fail "bin/multileader is not executable"
[[ $(find "$prefix" -type f | wc -l) == "${#files[@]}" ]] || fail "install wrote other files: $(find "$prefix" -type f)"

# The binary runs from its new place; the man page renders; the bash completion loads and completes.
"$prefix/bin/multileader" --version | grep -qE '^multileader [0-9]+\.[0-9]+' || fail "the installed binary does not run"
MANWIDTH=80 man -l "$prefix/share/man/man1/multileader.1" 2>/dev/null | grep -q 'multileader' \
  || fail "the man page does not render"
warnings=$(MANWIDTH=80 man -l "$prefix/share/man/man1/multileader.1" 2>&1 >/dev/null)
[[ -z $warnings ]] || fail "the man page renders with warnings: $warnings"
bash -c "source '$prefix/share/bash-completion/completions/multileader' && complete -p multileader" \
  | grep -q 'multileader' || fail "the bash completion does not load"
words=$(bash -c "source '$prefix/share/bash-completion/completions/multileader'
  COMP_WORDS=(multileader r); COMP_CWORD=1; COMP_LINE='multileader r'; COMP_POINT=13
  \$(complete -p multileader | sed 's/.*-F \([^ ]*\).*/\1/') multileader r multileader
  printf '%s\n' \"\${COMPREPLY[@]}\"")
grep -qx run <<<"$words" || fail "bash completion of 'multileader r' gave: $words"
if command -v zsh >/dev/null; then zsh -n "$prefix/share/zsh/site-functions/_multileader" || fail "zsh script"; fi
if command -v fish >/dev/null; then fish -n "$prefix/share/fish/vendor_completions.d/multileader.fish" || fail "fish"; fi

make --no-print-directory uninstall PREFIX="$prefix"
left=$(find "$prefix" -type f)
[[ -z "$left" ]] || fail "uninstall left: $left"

# DESTDIR stages the same tree under another root.
make --no-print-directory install PREFIX=/usr/local DESTDIR="$stage" >/dev/null
[[ -x "$stage/usr/local/bin/multileader" && -f "$stage/usr/local/share/man/man1/multileader.1" ]] \
  || fail "DESTDIR install missing files"
make --no-print-directory uninstall PREFIX=/usr/local DESTDIR="$stage"
[[ -z $(find "$stage" -type f) ]] || fail "DESTDIR uninstall left files"
echo "check-install: install, man page, completions, uninstall and DESTDIR all work"
