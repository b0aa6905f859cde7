#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer, writes the seed corpora, and runs each
# target for FUZZ_SECONDS (default 60), one after another. Usage, from the repository root:
#   Fuzz/run.sh [TARGET...]      (all five when none is named)
# Environment: FUZZ_SECONDS; FUZZ_JOBS, processes per target (default 1), each with its own seed,
# sharing the target's corpus; FUZZ_SCRATCH, the build folder (default Fuzz/.build); FUZZ_FLAGS,
# extra libFuzzer options such as -runs=500000 (per process). The corpus grows in
# FUZZ_SCRATCH/corpus/TARGET across runs; a crash, hang or sanitizer report leaves its input in
# FUZZ_SCRATCH/artifacts and fails the run. The last lines print each target's executions (summed
# over its processes) and executions per second.
#
# Leaks: while fuzzing, LeakSanitizer is off. The Swift runtime fills caches lazily, so libFuzzer's
# per-input malloc/free balance often differs and it then scans the whole heap for leaks, which
# halves the shell target's rate. Instead, after the fuzzing, the target replays its whole corpus
# once with leak detection on; a leak found there fails the run the same way.
set -euo pipefail
seconds=${FUZZ_SECONDS:-60}
jobs=${FUZZ_JOBS:-1}
scratch=${FUZZ_SCRATCH:-Fuzz/.build}
targets=("$@")
((${#targets[@]})) || targets=(FuzzShell FuzzCommandParser FuzzContent FuzzAnswer FuzzContextToken)
scratch=$(mkdir -p "$scratch" && cd "$scratch" && pwd)

# -sanitize=fuzzer instruments every module for coverage, not only the targets; gold cannot link
# AddressSanitizer's Swift objects here, so lld links. -enable-testing lets targets reach internals.
# The build plan is removed first: SwiftPM can keep an old list of the parent package's sources in
# it, and then a file added there is missing from the build.
rm -f "$scratch"/*.yaml
(cd Fuzz && swift build -c release --scratch-path "$scratch" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing -Xswiftc -use-ld=lld)

rm -rf "$scratch/seeds" && bash Fuzz/make-corpus.sh "$scratch/seeds"
mkdir -p "$scratch/artifacts" "$scratch/logs"
summary=()
status=0
export SWIFT_BACKTRACE=enable=no
# No allocation stacks in ASan's reports while fuzzing (13% faster on the shell target); the crash's
# own stack is still printed, and replaying the saved input without this option gives them all.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=0}
for target in "${targets[@]}"; do
  corpus="$scratch/corpus/$target"
  mkdir -p "$corpus"
  echo "fuzz: $target, $jobs process(es) for ${seconds}s (logs: $scratch/logs/$target.*.log)"
  pids=()
  for ((job = 1; job <= jobs; job++)); do
    # shellcheck disable=SC2086
    "$scratch/release/$target" -seed="$job" -detect_leaks=0 -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=4096 -max_len=4096 -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$target-" \
      ${FUZZ_FLAGS:-} "$corpus" "$scratch/seeds/$target" >"$scratch/logs/$target.$job.log" 2>&1 &
    pids+=($!)
  done
  result=ok
  # A process that stops on a finding exits non-zero; the others run on, and the summary prints all.
  for pid in "${pids[@]}"; do wait "$pid" || result="FAILED (see $scratch/logs/$target.*.log and $scratch/artifacts)"; done
  if [[ $result == ok ]]; then
    leaks="$scratch/logs/$target.leaks.log"
    if ! "$scratch/release/$target" -detect_leaks=1 -runs=0 -timeout=10 -rss_limit_mb=4096 \
      -artifact_prefix="$scratch/artifacts/$target-" "$corpus" >"$leaks" 2>&1; then
      result="FAILED: the leak-checking replay (see $leaks)"
    fi
  fi
  [[ $result == ok ]] || status=1
  runs=0 rate=0
  for ((job = 1; job <= jobs; job++)); do
    log="$scratch/logs/$target.$job.log"
    done_runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | head -n 1)
    done_rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | head -n 1)
    runs=$((runs + ${done_runs:-0})) rate=$((rate + ${done_rate:-0}))
  done
  size=$(find "$corpus" -type f | wc -l)
  summary+=("$(printf '%-18s %12s runs %8s/s  corpus %6s  %s' "$target" "$runs" "$rate" "$size" "$result")")
done
printf '%s\n' "${summary[@]}"
exit "$status"
