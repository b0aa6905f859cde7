#!/usr/bin/env python3
"""Start the real `multileader` REPL with no usable home and check it says so and still works.

Usage: missing_home.py PATH-TO-MULTILEADER

Two runs, each through a pseudo-terminal (see drive_repl.py), with XDG_DATA_HOME and
XDG_STATE_HOME unset: HOME unset, then HOME pointing under a regular file (so nothing can be
created there, even by root). Each must say once that history and progress are not saved and
why, answer a quiz question, show progress and lessons, and exit 0 on Ctrl-D.
"""

import os
import re
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from drive_repl import PROMPT, CheckFailed, Repl  # noqa: E402

# The prompt names the quiz while one is asked (`quiz clock-skew> `).
ANY_PROMPT = r"\n[a-z][\w -]*> "


def check(binary, env, cwd, history_reason, progress_reason):
    repl = Repl(binary, env, cwd)
    try:
        at = repl.expect(re.escape(PROMPT), 0, "first prompt")
        shown = repl.text[:at]
        if "history will not be saved: " + history_reason not in shown:
            raise CheckFailed(f"expected 'history will not be saved: {history_reason}' before the prompt")
        repl.send("quiz clock-skew\r")
        at = repl.expect(r"skip shows the answer", at, "a quiz question")
        at = repl.expect(ANY_PROMPT, at, "prompt after the question")
        repl.send("skip\r")
        at = repl.expect(r"Skipped\.", at, "skip answers the question")
        at = repl.expect(re.escape(PROMPT), at, "prompt after skip")
        repl.send("progress\r")
        at = repl.expect(r"Progress ·", at, "progress still shows")
        at = repl.expect(re.escape(PROMPT), at, "prompt after progress")
        repl.send("lessons\r")
        at = repl.expect(r"what-is-multi-leader", at, "lessons still list")
        # The list may be longer than the 24-row terminal: then the pager stops it and q ends it.
        at = repl.expect(r"-- more \(|" + re.escape(PROMPT), at, "prompt or pager after lessons")
        if repl.text[:at].endswith("more ("):
            repl.send("q")
            at = repl.expect(re.escape(PROMPT), at, "prompt after q ends the lessons pager")
        text = repl.text
        notice = "progress is not saved: " + progress_reason
        if text.count(notice) != 1:
            raise CheckFailed(f"expected {notice!r} exactly once, found it {text.count(notice)} times")
        if "database is locked" in text:
            raise CheckFailed("'database is locked' shown")
        repl.send("\x04")
        status = repl.wait_exit()
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            raise CheckFailed(f"Ctrl-D: expected exit status 0, got wait status {status}")
    except CheckFailed:
        print("--- the terminal showed (escape sequences removed):", file=sys.stderr)
        print(repl.text, file=sys.stderr)
        raise
    finally:
        repl.kill()


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    scratch = tempfile.mkdtemp(prefix="multileader-nohome-")
    try:
        base = {"TERM": "xterm", "PATH": "/usr/bin:/bin"}
        check(binary, base, scratch, "HOME is not set",
              "HOME is not set, so there is no folder to save progress in (use --data DIR).")
        blocker = os.path.join(scratch, "a-file")
        open(blocker, "w").close()
        home = os.path.join(blocker, "home")
        check(binary, dict(base, HOME=home), scratch,
              f"cannot create {blocker}/home: Not a directory",
              f"cannot create the data folder {home}/.local/share/multileader: Not a directory")
    except CheckFailed as failure:
        print(f"missing_home: FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("missing_home: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
