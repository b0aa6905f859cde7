#!/usr/bin/env python3
"""Ctrl-C stops a long command in the real `multileader` REPL, through a pseudo-terminal.

Usage: interrupt_commands.py PATH-TO-MULTILEADER

For each of `explore`, `run` and `experiment`, made long enough to take several seconds, it waits
1.5 seconds, checks that the command shows its progress (after about a second, on the terminal),
presses Ctrl-C, and checks that the command's "Interrupted" message and a fresh prompt arrive
within one second, and that the shell still works afterwards. Every wait has a timeout and the
whole run a budget of 90 seconds. Uses only the Python standard library (and drive_repl.py's
terminal driver). Exit status 0 means every check passed.
"""

import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import drive_repl  # noqa: E402  (the pseudo-terminal driver)
from drive_repl import PROMPT, CheckFailed, Repl  # noqa: E402

drive_repl.BUDGET_SECONDS = 90.0
REGIONS = ["us", "eu", "asia", "ap", "sa", "af", "oc", "an"]


def run_lines(repl, lines, at, chunk=20):
    """Types `lines`, `chunk` at a time (well under the terminal's input buffer), each chunk once
    the previous one's prompts have all appeared; returns the offset after the last prompt."""
    for start in range(0, len(lines), chunk):
        part = lines[start:start + chunk]
        repl.send("".join(line + "\r" for line in part))
        for line in part:
            at = repl.expect(re.escape(PROMPT), at, f"prompt after `{line}`")
    return at


def interrupt(repl, command, at, message, progress):
    """Starts `command`, checks its progress shows, presses Ctrl-C, and times the message."""
    repl.send(command + "\r")
    started = time.monotonic()
    while time.monotonic() - started < 1.5:
        repl._pump(0.05)
    if re.search(re.escape(PROMPT) + "|-- more", repl.text[at + len(command):]):
        raise CheckFailed(f"`{command}` ended before it could be interrupted; make it longer")
    if not re.search(progress, repl.text[at:]):
        raise CheckFailed(f"`{command}`: no progress line after 1.5 s (expected {progress!r})")
    repl.send("\x03")
    pressed = time.monotonic()
    at = repl.expect(message, at, f"`{command}` says it was interrupted", timeout=5.0)
    took = time.monotonic() - pressed
    if took > 1.0:
        raise CheckFailed(f"`{command}` took {took:.2f} s to stop after Ctrl-C (at most 1 s)")
    at = repl.expect(re.escape(PROMPT), at, f"a prompt after interrupting `{command}`")
    print(f"interrupt_commands: {command.split()[0]} stopped {took * 1000:.0f} ms after Ctrl-C")
    return at


def run_checks(binary, home):
    env = {"HOME": home, "XDG_STATE_HOME": os.path.join(home, "state"), "TERM": "xterm",
           "PATH": "/usr/bin:/bin"}
    repl = Repl(binary, env, home)
    try:
        at = repl.expect(re.escape(PROMPT), 0, "first prompt")

        # explore: seven concurrent writes on three leaders, tens of thousands of states.
        writes = ["write us a=1", "write eu a=2", "write asia a=3", "write us b=1", "write eu b=2",
                  "write asia b=3", "write us c=1"]
        at = run_lines(repl, ["cluster us eu asia --followers 1"] + [w + " at 12:00:01" for w in writes], at)
        at = interrupt(repl, "explore --max-states 300000", at, r"Interrupted: explore stopped after",
                       r"explore: [0-9,]+ states so far")
        # The world was left as it was: the writes are still pending, and explore starts again.
        repl.send("status\r")
        at = repl.expect(r"pending\s+next event at 12:00:01", at, "status after the interrupted explore")
        at = repl.expect(re.escape(PROMPT), at, "prompt after status")

        # run: 56 nodes, every message delivered twice, 3,000 scheduled writes: about a million
        # events (the most one run carries out), several seconds.
        lines = ["cluster " + " ".join(REGIONS) + " --followers 6", "network duplicate 100%"]
        for i in range(3000):
            lines.append(f"write {REGIONS[i % 8]} k{i % 40}=v{i} "
                         f"at 12:{i // 600:02d}:{(i // 10) % 60:02d}.{(i % 10) * 100:03d}")
        at = run_lines(repl, lines, at)
        at = interrupt(repl, "run", at, r"Interrupted after [0-9,]+ events", r"run: [0-9,]+ events so far")
        repl.send("status\r")
        at = repl.expect(r"pending\s+next event at", at, "run stopped part way: events are still pending")
        at = repl.expect(re.escape(PROMPT), at, "prompt after status")

        # experiment: a million simulated writes.
        at = interrupt(repl, "experiment conflicts --points 20 --runs 10 --writes 5000", at,
                       r"Interrupted: the experiment stopped", r"experiment: run \d+ of about")

        # The shell goes on as usual.
        repl.send("reset\r")
        at = repl.expect(r"Back to the start", at, "reset after the interruptions")
        at = repl.expect(re.escape(PROMPT), at, "prompt after reset")
        repl.send("\x04")
        status = repl.wait_exit()
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            raise CheckFailed(f"Ctrl-D: expected exit status 0, got wait status {status}")
    except CheckFailed:
        # The typed-in writes make the whole transcript long; its end is what matters.
        print("--- the terminal's last 3000 characters (escape sequences removed):", file=sys.stderr)
        print(repl.text[-3000:], file=sys.stderr)
        raise
    finally:
        repl.kill()


def main():
    return drive_repl.run_main(__doc__, "interrupt_commands", run_checks)


if __name__ == "__main__":
    sys.exit(main())
