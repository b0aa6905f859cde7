#!/usr/bin/env python3
"""Explores every built-in scenario step with late requests (issue 21), through the binary.

For each scenario in Content/scenarios and each of its steps, a script starts the scenario, runs
the steps before it (`next`), types the step's own commands up to its first `run` (so its writes
are pending), and asks `explore --late-clients`. Prints the time, whether the answer was complete
and its size; fails when any answer is partial or takes 10 s or more.

    python3 .ci/explore-scenario-steps.py .build/release/multileader
"""
import glob
import os
import re
import subprocess
import sys
import time

LIMIT = 10.0


def steps_of(text):
    """The command lines of each step (a step starts with its `>` narrative)."""
    body = text.split("---", 2)[2]
    steps, after_commands = [], True
    for line in body.splitlines():
        if line.startswith(">"):
            if after_commands:
                steps.append([])
                after_commands = False
        elif line.strip():
            steps[-1].append(line.strip())
            after_commands = True
    return steps


def main():
    binary = sys.argv[1]
    root = os.path.join(os.path.dirname(__file__), "..", "Content", "scenarios")
    files = sorted(glob.glob(os.path.join(root, "*.scenario")), key=lambda p: int(os.path.basename(p).split("-")[0]))
    worst, failures, explored = 0.0, [], 0
    for path in files:
        text = open(path, encoding="utf-8").read()
        scenario = re.search(r"^id: (\S+)", text, re.M).group(1)
        for number, commands in enumerate(steps_of(text)):
            before_run = []
            for command in commands:
                if re.match(r"^(run|step|replay|resolve|explore)\b", command):
                    break
                before_run.append(command)
            script = f"scenario {scenario}\n" + "next\n" * number + "".join(c + "\n" for c in before_run)
            script += "explore --late-clients\n"
            start = time.monotonic()
            done = subprocess.run([binary, "run", "/dev/stdin"], input=script, capture_output=True, text=True, timeout=600)
            seconds = time.monotonic() - start
            out = done.stdout + done.stderr
            if "Nothing is pending" in out:
                continue
            explored += 1
            worst = max(worst, seconds)
            found = re.search(r"Explored every order of what is pending: (.*?) from\s+(\S+)\s+orders?", out, re.S)
            states = re.search(r"([\d,]+) states? visited", out)
            if found:
                status = f"complete: {' '.join(found.group(1).split())} from {found.group(2)} orders, {states.group(1) if states else '?'} states"
            else:
                status = "NOT COMPLETE: " + " ".join(out.split())[:160]
                failures.append(f"{scenario} step {number + 1}")
            if seconds >= LIMIT:
                failures.append(f"{scenario} step {number + 1} took {seconds:.1f} s")
            print(f"{scenario:24} step {number + 1}: {seconds:5.2f} s  {status}", flush=True)
    print(f"explore --late-clients on {explored} scenario steps: worst {worst:.2f} s (target < {LIMIT:.0f} s)")
    if failures:
        print("FAILED: " + "; ".join(failures))
        sys.exit(1)


main()
