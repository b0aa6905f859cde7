#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer, writes the seed corpora, and runs each
# target for FUZZ_SECONDS (default 60), one after another. Usage, from the repository root:
#   Fuzz/run.sh [TARGET...]      (all five when none is named)
# Environment: FUZZ_SECONDS; FUZZ_SCRATCH, the build folder (default Fuzz/.build); FUZZ_FLAGS,
# extra libFuzzer options such as -runs=1000000. The corpus grows in FUZZ_SCRATCH/corpus/TARGET
# across runs; a crash, hang or sanitizer report leaves its input in FUZZ_SCRATCH/artifacts and
# fails the run. The last lines print each target's executions and executions per second.
set -euo pipefail
seconds=${FUZZ_SECONDS:-60}
scratch=${FUZZ_SCRATCH:-Fuzz/.build}
targets=("$@")
((${#targets[@]})) || targets=(FuzzShell FuzzCommandParser FuzzContent FuzzAnswer FuzzContextToken)
scratch=$(mkdir -p "$scratch" && cd "$scratch" && pwd)

# -sanitize=fuzzer instruments every module for coverage, not only the targets; gold cannot link
# AddressSanitizer's Swift objects here, so lld links. -enable-testing lets targets reach internals.
(cd Fuzz && swift build -c release --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld)

rm -rf "$scratch/seeds" && bash Fuzz/make-corpus.sh "$scratch/seeds"
mkdir -p "$scratch/artifacts" "$scratch/logs"
summary=()
status=0
for target in "${targets[@]}"; do
  mkdir -p "$scratch/corpus/$target"
  log="$scratch/logs/$target.log"
  echo "fuzz: $target for ${seconds}s (log: $log)"
  # A run that stops on a finding exits non-zero; the summary still prints the others.
  # shellcheck disable=SC2086
  if SWIFT_BACKTRACE=enable=no "$scratch/release/$target" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=4096 -max_len=4096 -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$target-" \
    ${FUZZ_FLAGS:-} "$scratch/corpus/$target" "$scratch/seeds/$target" >"$log" 2>&1; then
    result=ok
  else
    result="FAILED (see $log and $scratch/artifacts)"
    status=1
  fi
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
  corpus=$(find "$scratch/corpus/$target" -type f | wc -l)
  summary+=("$(printf '%-18s %12s runs %8s/s  corpus %6s  %s' "$target" "${runs:-?}" "${rate:-?}" "$corpus" "$result")")
done
printf '%s\n' "${summary[@]}"
exit "$status"
