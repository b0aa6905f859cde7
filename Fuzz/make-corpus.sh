#!/usr/bin/env bash
# Writes the seed corpora for the fuzz targets into DIR/TARGET/, from the shipped content and the
# golden shell transcripts. Usage: Fuzz/make-corpus.sh DIR  (run from the repository root).
set -euo pipefail
out=${1:?usage: Fuzz/make-corpus.sh DIR}
for target in FuzzShell FuzzCommandParser FuzzContent FuzzAnswer FuzzContextToken; do
  mkdir -p "$out/$target"
done

# The shell: each golden transcript's commands as one input (the first 24 lines are run), and each
# scenario's commands; the parser: every distinct command line, one per input.
n=0
for transcript in Tests/ShellTests/Golden/*.txt; do
  sed -n 's/^[^ >]*> //p' "$transcript" | head -n 24 > "$out/FuzzShell/golden-$(basename "$transcript" .txt)"
done
for scenario in Content/scenarios/*.scenario; do
  awk '/^---$/ { front = !front; next } !front && !/^>/ && NF' "$scenario" | head -n 24 \
    > "$out/FuzzShell/scenario-$(basename "$scenario" .scenario)"
done
cat "$out"/FuzzShell/* | sort -u | while IFS= read -r line; do
  n=$((n + 1))
  printf '%s' "$line" > "$out/FuzzCommandParser/line-$n"
done

# Content: the first byte picks the loader (0 lesson, 1 scenario, 2 quiz, 3 interview, 4 mnemonic),
# as in Fuzz/Sources/FuzzContent.
seed() { local kind=$1 file=$2; { printf "\\x0$kind"; cat "$file"; } > "$out/FuzzContent/$kind-$(basename "$file")"; }
for f in Content/lessons/*.md; do seed 0 "$f"; done
for f in Content/scenarios/*.scenario; do seed 1 "$f"; done
for f in Content/quizzes/*.md; do [[ $(basename "$f") == README.md ]] || seed 2 "$f"; done
for f in Content/interview/*.md; do [[ $(basename "$f") == README.md ]] || seed 3 "$f"; done
seed 4 Content/mnemonic.md

# Answers: the first byte picks the format, in AnswerFormat's order (value, node, yes-no, vector,
# set, number, text, milliseconds).
answer() { printf "\\x0$1%s" "$2" > "$out/FuzzAnswer/$1-$(printf '%s' "$2" | cksum | cut -d' ' -f1)"; }
answer 0 'topping=mushroom'; answer 0 '"Mushroom".'; answer 1 'the asia leader'; answer 1 'us-f1'
answer 2 'yes'; answer 2 'No.'; answer 3 '[2,1]'; answer 3 '2, 1'; answer 4 '{pepperoni, mushroom}'
answer 4 'mushroom and pepperoni'; answer 5 '-3'; answer 5 '1 000'; answer 6 "'hot pizza!'"
answer 7 '150ms'; answer 7 '0.15s'; answer 7 '152.5 ms'

# Context tokens, as a read prints them and as people type them.
token() { printf '%s' "$1" > "$out/FuzzContextToken/$(printf '%s' "$1" | cksum | cut -d' ' -f1)"; }
for t in '[1,0]' '1,0' '[]' '[0,0,3]' '[4294967295,1]' '[01,2]' '[1,,2]'; do token "$t"; done

# Course commands, which the transcripts above hardly reach: a lesson and its examples, a scenario,
# a quiz answered, an open interview question answered and rated, a drill, a review.
printf 'lesson next\ntry 1\nlesson next\ncontinue\n' > "$out/FuzzShell/course-lesson"
printf 'scenario topping-timestamp\nnext\nnext\nback\nwhat-if policy siblings\nrestart\n' > "$out/FuzzShell/course-scenario"
printf 'quiz\nhint\nmushroom\nagain\nskip\nquiz clock-skew\nyes\n' > "$out/FuzzShell/course-quiz"
printf 'interview question\nThe leaders disagree\nand LWW loses writes\n\ngood\n' > "$out/FuzzShell/course-interview"
printf 'interview --questions 2\nstop\nmnemonic\nmnemonic drill\nm\nt\n' > "$out/FuzzShell/course-mock"
printf 'review\nprogress\nprogress reset\nno\n' > "$out/FuzzShell/course-review"
