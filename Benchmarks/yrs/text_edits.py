#!/usr/bin/env python3
"""The text-CRDT workload run on Yrs (through pycrdt), for Benchmarks' text-crdt-vs-yrs ratio.

Two replicas each make N single-character inserts at random positions of their own copy, then
each applies the other's update. Positions come from SplitMix64 with the same seeds and the same
rule as the Swift benchmark (TextWorkload.swift), so both sides do identical edits.

Prints one line: `yrs inserts=N edit_seconds=E merge_seconds=M length=L digest=D`, where D is a
64-bit FNV-1a hash of the merged text (equal on both replicas, or the script exits 1).
"""
import sys
import time

MASK = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)


def edits(seed, count):
    """(position, character) pairs: position uniform in 0...length, character a-z."""
    generator = SplitMix64(seed)
    result = []
    for length in range(count):
        value = generator.next()
        result.append((value % (length + 1), chr(ord("a") + (value >> 32) % 26)))
    return result


def fnv1a(text):
    digest = 0xCBF29CE484222325
    for byte in text.encode("utf-8"):
        digest = ((digest ^ byte) * 0x100000001B3) & MASK
    return digest


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    import pycrdt

    first_edits, second_edits = edits(1, count), edits(2, count)
    first, second = pycrdt.Doc(), pycrdt.Doc()
    first_text = first.get("text", type=pycrdt.Text)
    second_text = second.get("text", type=pycrdt.Text)

    start = time.perf_counter()
    for position, character in first_edits:
        first_text.insert(position, character)
    for position, character in second_edits:
        second_text.insert(position, character)
    edited = time.perf_counter()
    first_update = first.get_update()
    second_update = second.get_update()
    first.apply_update(second_update)
    second.apply_update(first_update)
    merged = time.perf_counter()

    a, b = str(first_text), str(second_text)
    if a != b:
        print("yrs: the replicas differ after merging", file=sys.stderr)
        sys.exit(1)
    print(
        f"yrs inserts={count} edit_seconds={edited - start:.6f} merge_seconds={merged - edited:.6f}"
        f" length={len(a)} digest={fnv1a(a):016x}"
    )


if __name__ == "__main__":
    main()
