#!/usr/bin/env python3
"""Drive the real `multileader` REPL through a pseudo-terminal and check its line editing.

Usage: drive_repl.py PATH-TO-MULTILEADER

Uses only the Python standard library. Every wait has a timeout and the whole run has a budget of
about 20 seconds, so it can never hang. HOME and XDG_STATE_HOME point into a fresh temporary
directory, and TERM=xterm. Exit status 0 means every check passed; on failure it prints what it
expected and what the terminal showed, then exits 1.

Checks:
  0. The greeting fits the terminal's 100 columns.
  1. `hel` + Tab completes to `help` (the session's completions); Tab never offers file names.
     `help all` is longer than the screen, so the pager shows it a screen at a time; q skips to
     the end.
  2. A half-typed line + Ctrl-C shows `^C` and a fresh prompt, and the line is not run; `clear`
     sends the clear-screen sequence.
  3. Ctrl-R search + Ctrl-C cancels the search; the found line is not run.
  4. Ctrl-D on an empty line ends the process with exit status 0, without an extra blank line.
  5. The history file holds exactly the accepted lines, with mode 0600 in a 0700 directory.
  6. The progress database is created on the first command, mode 0600 in a 0700 directory (and
     its -wal and -shm files, if left, 0600).
The child runs with umask 0, so the modes come from the program, not from the umask.
"""

import fcntl
import os
import pty
import re
import select
import shutil
import signal
import stat
import struct
import sys
import tempfile
import termios
import time

BUDGET_SECONDS = 20.0
STEP_TIMEOUT = 5.0
PROMPT = "multileader> "
ANSI = re.compile(rb"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[=>]|[\x01\x02\x07]")


class CheckFailed(Exception):
    pass


class Repl:
    def __init__(self, binary, env, cwd):
        self.deadline = time.monotonic() + BUDGET_SECONDS
        self.raw = b""
        self.status = None
        pid, fd = pty.fork()
        if pid == 0:  # child
            try:
                os.chdir(cwd)
                # No help from the umask: the files must be private because the program says so.
                os.umask(0)
                os.execve(binary, [binary], env)
            finally:
                os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))

    @property
    def text(self):
        """Everything the terminal showed so far, without escape sequences."""
        return ANSI.sub(b"", self.raw).decode("utf-8", "replace")

    def _time_left(self, timeout):
        return max(0.0, min(timeout, self.deadline - time.monotonic()))

    def _pump(self, seconds):
        """Reads whatever arrives within `seconds`; returns False once the terminal closes."""
        ready, _, _ = select.select([self.fd], [], [], seconds)
        if not ready:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the child closed the terminal
            return False
        if not data:
            return False
        self.raw += data
        return True

    def send(self, data):
        os.write(self.fd, data.encode())

    def expect(self, pattern, since, what, timeout=STEP_TIMEOUT):
        """Waits until `pattern` matches the text shown after offset `since`; returns the match end."""
        end = time.monotonic() + self._time_left(timeout)
        regex = re.compile(pattern)
        while True:
            match = regex.search(self.text, since)
            if match:
                return match.end()
            left = end - time.monotonic()
            if left <= 0 or not self._pump(min(left, 0.2)) and not regex.search(self.text, since):
                raise CheckFailed(f"{what}: expected {pattern!r} after offset {since}")

    def settle(self, seconds=0.4):
        """Reads for a short while, for checks that something does *not* appear."""
        end = time.monotonic() + self._time_left(seconds)
        while time.monotonic() < end and self._pump(end - time.monotonic()):
            pass

    def wait_exit(self, timeout=STEP_TIMEOUT):
        end = time.monotonic() + self._time_left(timeout)
        while time.monotonic() < end:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid == self.pid:
                self.status = status
                self.settle(0.1)
                return status
            self._pump(0.05)
        raise CheckFailed("the process did not exit")

    def kill(self):
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except OSError:
                pass
        try:
            os.close(self.fd)
        except OSError:
            pass


def run_checks(binary, home):
    state = os.path.join(home, "state")
    cwd = os.path.join(home, "cwd")
    os.makedirs(cwd)
    # If Tab ever fell back to file names, `zzq` + Tab would complete to this file.
    open(os.path.join(cwd, "zzq-file-completion"), "w").close()
    env = {"HOME": home, "XDG_STATE_HOME": state, "TERM": "xterm", "PATH": "/usr/bin:/bin"}
    repl = Repl(binary, env, cwd)
    try:
        at = repl.expect(re.escape(PROMPT), 0, "first prompt")
        # 0. The greeting fits the terminal: no line wider than its 100 columns.
        greeting = repl.text[: at - len(PROMPT)].replace("\r", "").split("\n")
        wide = [line for line in greeting if len(line) > 100]
        if wide or not any("New here?" in line for line in greeting):
            raise CheckFailed(f"the greeting should fit 100 columns and say 'New here?'; it was {greeting!r}")

        # 1. Tab completion from the session, and no file names.
        repl.send("hel\t")
        at = repl.expect(re.escape(PROMPT) + r"help", at - len(PROMPT), "`hel` + Tab completes to `help`")
        repl.send("all\r")
        # `help all` is longer than the 24-row terminal: the pager shows a screen, Space the next,
        # q skips to the end.
        at = repl.expect(r"-- more: ", at, "the pager stops `help all` after one screen")
        repl.send(" ")
        at = repl.expect(r"-- more: ", at, "Space shows the next page of `help all`")
        repl.send("q")
        at = repl.expect(re.escape(PROMPT), at, "prompt after q ends the pager")
        repl.send("zzq\t")
        repl.settle()
        if "zzq-file" in repl.text[at:]:
            raise CheckFailed("Tab offered a file name")
        repl.send("\x15")  # Ctrl-U: clear the line

        # 2. Ctrl-C discards a half-typed line.
        repl.send("write us k half")
        at = repl.expect(r"half", at, "the half line is echoed")
        repl.send("\x03")
        typed_end = at
        at = repl.expect(r"\^C\s*\n", at, "Ctrl-C echoes ^C and ends the line")
        if not repl.text.startswith("^C", typed_end):
            raise CheckFailed("Ctrl-C: expected ^C right after the half line")
        at = repl.expect(re.escape(PROMPT), at, "a fresh prompt after Ctrl-C")

        repl.send("frobnicate\r")
        at = repl.expect(re.escape(PROMPT), at, "prompt after `frobnicate`")

        # `clear` clears the screen: the escape sequence reaches the terminal, then a prompt.
        raw_at = len(repl.raw)
        repl.send("clear\r")
        at = repl.expect(re.escape(PROMPT), at, "prompt after `clear`")
        if b"\x1b[H\x1b[2J" not in repl.raw[raw_at:]:
            raise CheckFailed(f"`clear` did not clear the screen; the terminal got {repl.raw[raw_at:]!r}")

        # 3. Ctrl-R finds `help`; Ctrl-C cancels the search, so Enter runs nothing.
        repl.send("\x12hel")
        at = repl.expect(r"reverse-i-search", at, "Ctrl-R starts a search")
        repl.send("\x03")
        at = repl.expect(re.escape(PROMPT), at, "a fresh prompt after Ctrl-C in a search")
        repl.send("\r")
        at = repl.expect(re.escape(PROMPT), at, "prompt after an empty line")

        # 4. Ctrl-D on an empty line: exit status 0, and only the one newline readline prints.
        repl.settle(0.2)
        at = len(repl.text)
        repl.send("\x04")
        status = repl.wait_exit()
        if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            raise CheckFailed(f"Ctrl-D: expected exit status 0, got wait status {status}")
        tail = repl.text[at:]
        if tail.count("\n") > 1 or tail.strip():
            raise CheckFailed(f"Ctrl-D: expected one newline and nothing else, got {tail!r}")

        # 5. The history file.
        path = os.path.join(state, "multileader", "history")
        if not os.path.isfile(path):
            raise CheckFailed(f"no history file at {path}")
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode != 0o600:
            raise CheckFailed(f"history file mode is {mode:o}, expected 600")
        folder_mode = stat.S_IMODE(os.stat(os.path.dirname(path)).st_mode)
        if folder_mode != 0o700:
            raise CheckFailed(f"history folder mode is {folder_mode:o}, expected 700")
        with open(path, encoding="utf-8", errors="replace") as handle:
            entries = handle.read().splitlines()
        if entries != ["help all", "frobnicate", "clear"]:
            raise CheckFailed(f"history file holds {entries!r}, expected ['help all', 'frobnicate', 'clear']")

        # 6. The progress database, opened by the first command, private to the learner.
        progress = os.path.join(home, ".local", "share", "multileader", "progress.sqlite")
        if not os.path.isfile(progress):
            raise CheckFailed(f"no progress database at {progress}")
        companions = [(progress + suffix, 0o600) for suffix in ("-wal", "-shm") if os.path.exists(progress + suffix)]
        for checked, expected in [(progress, 0o600), (os.path.dirname(progress), 0o700)] + companions:
            mode = stat.S_IMODE(os.stat(checked).st_mode)
            if mode != expected:
                raise CheckFailed(f"{checked} has mode {mode:o}, expected {expected:o}")
    except CheckFailed:
        print("--- the terminal showed (escape sequences removed):", file=sys.stderr)
        print(repl.text, file=sys.stderr)
        raise
    finally:
        repl.kill()


def run_main(doc, name, run_checks):
    """The shared main of the pty scripts: checks the arguments, runs `run_checks(binary, home)` in
    a fresh temporary home, prints the verdict and returns the exit status."""
    if len(sys.argv) != 2:
        print(doc.strip().splitlines()[2], file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    home = tempfile.mkdtemp(prefix=f"multileader-{name}-")
    try:
        run_checks(binary, home)
    except CheckFailed as failure:
        print(f"{name}: FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(home, ignore_errors=True)
    print(f"{name}: all checks passed")
    return 0


def main():
    return run_main(__doc__, "drive_repl", run_checks)


if __name__ == "__main__":
    sys.exit(main())
