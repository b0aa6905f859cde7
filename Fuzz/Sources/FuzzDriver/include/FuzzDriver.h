#ifndef FUZZ_DRIVER_H
#define FUZZ_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer (compiler-rt's, linked by -sanitize=fuzzer) on `callback` with the options in
/// argv, and returns its exit status. Each fuzz target's main calls it, so the targets keep
/// Swift's own entry point instead of libFuzzer's main.
int fuzz_run(int argc, char **argv, int (*callback)(const uint8_t *data, size_t size));

#endif
