"""Helpers for running the real ``briefing`` console script, in a pseudo-terminal or not.

``TermSession`` drives the app like a person at a terminal: it spawns the console script
on a fresh pty of a fixed size, keeps every byte the app writes, and feeds them to a
``pyte`` screen so tests can assert both on the raw stream and on what is displayed.
Every wait has a deadline and a watchdog kills the process group after ``HARD_TIMEOUT``
seconds, so a hang fails the test instead of blocking CI.
"""

from __future__ import annotations

import contextlib
import os
import select
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import pytest

HARD_TIMEOUT = 20.0  # seconds a single app run may live, whatever happens


def briefing_script() -> Path:
    """The installed ``briefing`` console script of this environment."""
    here = Path(sys.executable).parent / "briefing"
    if here.exists():
        return here
    found = shutil.which("briefing")
    if found is None:
        pytest.fail("the 'briefing' console script is not installed in this environment")
    return Path(found)


def clean_env(tmp: Path, **extra: str) -> dict[str, str]:
    """An environment that keeps the user's files out of reach and the terminal fixed.

    The store and every platformdirs location point into ``tmp`` so a test can check that
    nothing was written, and Textual/colour variables from the caller's shell are dropped.
    """
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TEXTUAL", "BRIEFING_"))
        and k not in ("COLUMNS", "LINES", "NO_COLOR", "FORCE_COLOR", "COLORTERM", "TMUX")
    }
    env.update(
        TERM="xterm-256color",
        HOME=str(tmp / "home"),
        XDG_CONFIG_HOME=str(tmp / "xdg" / "config"),
        XDG_DATA_HOME=str(tmp / "xdg" / "data"),
        XDG_STATE_HOME=str(tmp / "xdg" / "state"),
        XDG_CACHE_HOME=str(tmp / "xdg" / "cache"),
        BRIEFING_STORE=str(tmp / "store" / "briefing.json"),
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.update(extra)
    return env


def files_under(path: Path) -> list[Path]:
    """Every file (not directory) below ``path``; empty when ``path`` does not exist."""
    if not path.exists():
        return []
    return sorted(p for p in path.rglob("*") if not p.is_dir())


class TermSession:
    """The ``briefing`` console script running on a pseudo-terminal of a fixed size."""

    def __init__(
        self,
        args: Sequence[str],
        env: Mapping[str, str],
        *,
        cols: int = 120,
        rows: int = 36,
        cwd: Path | None = None,
    ) -> None:
        import fcntl
        import struct
        import termios

        import pyte

        self.cols, self.rows = cols, rows
        self.raw = bytearray()
        self.screen = pyte.Screen(cols, rows)
        self._stream = pyte.ByteStream(self.screen)
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))

        def make_controlling_tty() -> None:  # runs in the child, after setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.started = time.monotonic()
        try:
            self.proc = subprocess.Popen(
                [str(briefing_script()), *args],
                stdin=slave,
                stdout=slave,
                stderr=slave,
                env=dict(env),
                cwd=cwd,
                start_new_session=True,
                preexec_fn=make_controlling_tty,
                close_fds=True,
            )
        finally:
            os.close(slave)
        self.master = master
        self.eof = False
        self._watchdog = threading.Timer(HARD_TIMEOUT, self.kill)
        self._watchdog.daemon = True
        self._watchdog.start()

    # --- reading --------------------------------------------------------------------

    def pump(self, timeout: float = 0.05) -> bool:
        """Read what the app wrote during ``timeout`` seconds; False once the pty is closed."""
        if self.eof:
            return False
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.master, 1 << 16)
        except OSError:  # EIO: the child closed its side
            data = b""
        if not data:
            self.eof = True
            return False
        self.raw += data
        self._stream.feed(data)
        return True

    def wait_for(self, predicate: Callable[[], bool], timeout: float = 15.0) -> bool:
        """Pump output until ``predicate()`` holds; False on timeout or when the app ends."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate():
                return True
            if not self.pump(0.05):
                return predicate()
        return predicate()

    def wait_for_text(self, *needles: str, timeout: float = 15.0) -> bool:
        return self.wait_for(lambda: all(self.shows(n) for n in needles), timeout)

    def settle(self, quiet: float = 0.4, timeout: float = 5.0) -> None:
        """Pump until the app has written nothing for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        last = len(self.raw)
        calm_since = time.monotonic()
        while time.monotonic() < deadline and not self.eof:
            self.pump(0.05)
            if len(self.raw) != last:
                last = len(self.raw)
                calm_since = time.monotonic()
            elif time.monotonic() - calm_since >= quiet:
                return

    # --- the screen -----------------------------------------------------------------

    def lines(self) -> list[str]:
        return list(self.screen.display)

    def shows(self, needle: str) -> bool:
        return any(needle in line for line in self.screen.display)

    def dump(self) -> str:
        return "\n".join(f"{i:2}|{line}|" for i, line in enumerate(self.screen.display))

    def cell_column(self, row: int, char: str) -> int | None:
        """The terminal column of the first cell of ``row`` holding ``char``."""
        line = self.screen.buffer[row]
        for x in range(self.cols):
            if line[x].data == char:
                return x
        return None

    # --- input and exit -------------------------------------------------------------

    def send(self, data: bytes | str) -> None:
        os.write(self.master, data.encode() if isinstance(data, str) else data)

    def finish(self, timeout: float = 10.0) -> int | None:
        """Drain output until the app exits; its exit status, or None if it did not exit."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.pump(0.05) and self.proc.poll() is not None:
                break
            if self.proc.poll() is not None:
                # Collect what is still buffered in the pty, then stop.
                while self.pump(0.05):
                    pass
                break
        try:
            return self.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            return None

    def kill(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)

    def close(self) -> None:
        self._watchdog.cancel()
        self.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        with contextlib.suppress(OSError):
            os.close(self.master)


def _pty_available() -> str | None:
    """Why pseudo-terminal tests cannot run here, or None when they can."""
    if not sys.platform.startswith(("linux", "darwin", "freebsd")):
        return f"pseudo-terminals are not supported on {sys.platform}"
    try:
        import pyte  # noqa: F401
    except ImportError:
        return "pyte is not installed (pip install -e '.[test]')"
    try:
        master, slave = os.openpty()
    except OSError as exc:
        return f"cannot open a pseudo-terminal: {exc}"
    os.close(master)
    os.close(slave)
    return None


@pytest.fixture
def term(tmp_path: Path) -> Iterator[Callable[..., TermSession]]:
    """Start ``briefing ARGS`` on a pty: ``term(args, cols=, rows=, env=)``; cleaned up after."""
    reason = _pty_available()
    if reason is not None:
        pytest.skip(reason)
    sessions: list[TermSession] = []

    def start(
        args: Sequence[str],
        *,
        cols: int = 120,
        rows: int = 36,
        env: Mapping[str, str] | None = None,
    ) -> TermSession:
        session = TermSession(
            args,
            env if env is not None else clean_env(tmp_path),
            cols=cols,
            rows=rows,
            cwd=tmp_path,
        )
        sessions.append(session)
        return session

    yield start
    for session in sessions:
        session.close()
