#!/usr/bin/env python3
"""Drive the real `multileader` REPL through a pseudo-terminal and check the pager and the history.

Usage: pager_history.py PATH-TO-MULTILEADER

Uses only the Python standard library and drive_repl.py's Repl (every wait has a timeout). The
terminal is 24 rows by 60 columns.

Checks:
  1. The first `help` fits the screen: no pager.
  2. `help all` pages; the pager's status line fits the 60 columns.
  3. A key that is not Space, Enter or q ends the pager and is not swallowed: typing `state` at the
     page break runs `state`.
  4. q skips to the end instead of dropping the rest: the last line of `help all` is shown.
  5. An answer typed in the mnemonic drill (`conflicts`) stays out of the history: Up recalls the
     command before it, and the history file never holds the answer.
"""

import os
import re
import struct
import sys
import fcntl
import termios

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from drive_repl import PROMPT, CheckFailed, Repl, run_main  # noqa: E402

COLUMNS = 60


def run_checks(binary, home):
    state = os.path.join(home, "state")
    cwd = os.path.join(home, "cwd")
    os.makedirs(cwd)
    env = {"HOME": home, "XDG_STATE_HOME": state, "TERM": "xterm", "PATH": "/usr/bin:/bin"}
    repl = Repl(binary, env, cwd)
    fcntl.ioctl(repl.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, COLUMNS, 0, 0))
    try:
        at = repl.expect(re.escape(PROMPT), 0, "first prompt")

        # 1. The first help fits one screen.
        repl.send("help\r")
        at = repl.expect(r"help all lists every command[^\n]*\n(.|\n)*?" + re.escape(PROMPT), at, "the first help")
        if "-- more" in repl.text[at - 2000 if at > 2000 else 0 : at]:
            raise CheckFailed("the first help should fit one screen, without the pager")

        # 2 and 3. help all pages; its status line fits; typing `state` ends the pager and runs it.
        repl.send("help all\r")
        at = repl.expect(r"-- more: [^\n]*--", at, "the pager stops `help all` after one screen")
        status = re.findall(r"-- more: [^\n]*?--", repl.text)[-1]
        if len(status) > COLUMNS:
            raise CheckFailed(f"the pager's status line is {len(status)} columns wide: {status!r}")
        repl.send("s")
        at = repl.expect(re.escape(PROMPT) + "s", at, "the key typed at the pager starts the next line")
        repl.send("tate\r")
        at = repl.expect(r"No data yet|us-f1", at, "`state` ran with its first letter intact")
        at = repl.expect(re.escape(PROMPT), at, "prompt after state")

        # 4. q skips to the end: the last line of `help all` is shown.
        repl.send("help all\r")
        at = repl.expect(r"-- more: ", at, "the pager again")
        repl.send("q")
        at = repl.expect(r"lines skipped", at, "q says how much it skipped")
        at = repl.expect(r"75ms or 2m", at, "q still shows the end of the output")
        at = repl.expect(re.escape(PROMPT), at, "prompt after q")

        # 5. A drill answer stays out of the history.
        repl.send("mnemonic drill\r")
        at = repl.expect(r"drill 1/\d+> ", at, "the drill's prompt")
        repl.send("conflicts\r")
        at = repl.expect(r"drill \d/\d+> ", at, "the drill goes on after the answer")
        repl.send("\x1b[A")  # Up
        at = repl.expect(r"mnemonic drill", at, "Up recalls the last command, not the answer")
        if "conflicts" in repl.text[at:]:
            raise CheckFailed("Up recalled the drill's answer")
        repl.send("\x15")  # Ctrl-U
        repl.send("quit\r")
        repl.wait_exit()
        with open(os.path.join(state, "multileader", "history"), encoding="utf-8", errors="replace") as handle:
            entries = handle.read().splitlines()
        if "conflicts" in entries or "mnemonic drill" not in entries:
            raise CheckFailed(f"the history file holds {entries!r}: answers must stay out, commands in")
    except CheckFailed:
        print("--- the terminal showed (escape sequences removed):", file=sys.stderr)
        print(repl.text, file=sys.stderr)
        raise
    finally:
        repl.kill()


def main():
    return run_main(__doc__, "pager_history", run_checks)


if __name__ == "__main__":
    sys.exit(main())
