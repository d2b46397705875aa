"""Bad input on the command line: the real console script, as a user would run it.

Each refusal must be one clear line on stderr with a distinct non-zero exit status, no
traceback, and nothing written (no store file, nothing under the user's data dirs).
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing.core.config import seed_path
from briefing.core.document import MAX_BYTES, load_document

TIMEOUT = 20  # seconds; a hang fails the test instead of blocking CI


def script() -> str:
    here = Path(sys.executable).parent / "briefing"
    found = str(here) if here.exists() else shutil.which("briefing")
    if found is None:
        pytest.fail("the 'briefing' console script is not installed in this environment")
    return found


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("TEXTUAL", "BRIEFING_")) and k not in ("COLUMNS", "LINES")
    }
    env.update(
        HOME=str(home / "home"),
        XDG_CONFIG_HOME=str(home / "xdg" / "config"),
        XDG_DATA_HOME=str(home / "xdg" / "data"),
        XDG_STATE_HOME=str(home / "xdg" / "state"),
        XDG_CACHE_HOME=str(home / "xdg" / "cache"),
        BRIEFING_STORE=str(home / "store" / "briefing.json"),
        PYTHONDONTWRITEBYTECODE="1",
        TERM="xterm-256color",
    )
    env.update(extra)
    return env


def written_files(home: Path) -> list[Path]:
    found: list[Path] = []
    for sub in ("home", "xdg", "store"):
        base = home / sub
        if base.exists():
            found.extend(p for p in base.rglob("*") if not p.is_dir())
    return sorted(found)


Runner = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def run(tmp_path: Path) -> Runner:
    """``run(*args)``: the console script with no TTY, an isolated home, and a timeout."""
    home = tmp_path / "env"

    def go(*args: str, **popen: object) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [script(), *args],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            env=env_for(home),
            timeout=TIMEOUT,
            check=False,
            **popen,  # type: ignore[arg-type]
        )

    return go


def assert_refused(result: subprocess.CompletedProcess[str], *words: str) -> int:
    """One clear line on stderr naming the problem, non-zero status, no traceback."""
    assert result.returncode not in (0, 1, 2), (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {result.stderr!r}"
    line = lines[0].lower()
    assert line.startswith("briefing: "), line
    for word in words:
        assert word.lower() in line, (word, line)
    assert result.stdout == ""
    return result.returncode


# --- the bad inputs ------------------------------------------------------------------


@pytest.fixture
def bad_inputs(tmp_path: Path) -> Iterator[dict[str, tuple[Path, tuple[str, ...]]]]:
    """Each bad input with words its error line must contain."""
    base = tmp_path / "inputs"
    base.mkdir()
    missing = base / "no-such-article.md"
    directory = base / "a-directory"
    directory.mkdir()
    fifo = base / "a-fifo"
    os.mkfifo(fifo)
    binary = base / "binary.txt"
    binary.write_bytes(b"Looks like text at first.\n\x00\x01\x02\x00\xff binary tail")
    too_large = base / "huge.txt"
    with open(too_large, "wb") as fh:  # sparse: instant, takes no disk space
        fh.truncate(MAX_BYTES + 1)
    yield {
        "missing": (missing, ("no such file", missing.name)),
        "directory": (directory, ("directory", directory.name)),
        "fifo": (fifo, ("not a regular file", fifo.name)),
        "device": (Path("/dev/null"), ("not a regular file", "/dev/null")),
        "binary": (binary, ("binary", binary.name)),
        "too_large": (too_large, ("limit", too_large.name)),
    }


@pytest.mark.parametrize("kind", ["missing", "directory", "fifo", "device", "binary", "too_large"])
def test_bad_input_is_refused_in_one_line(
    kind: str, bad_inputs: dict[str, tuple[Path, tuple[str, ...]]], run: Runner, tmp_path: Path
) -> None:
    path, words = bad_inputs[kind]
    started = time.monotonic()
    # Bad input is reported even when a terminal is missing: the file is checked first.
    result = run(str(path))
    assert time.monotonic() - started < TIMEOUT
    assert_refused(result, *words)
    assert written_files(tmp_path / "env") == []
    # The analyse subcommand refuses the same input in the same way.
    analysed = run("analyze", str(path))
    assert_refused(analysed, *words)
    assert analysed.returncode == result.returncode


def test_each_kind_of_bad_input_has_its_own_exit_status(
    bad_inputs: dict[str, tuple[Path, tuple[str, ...]]], run: Runner
) -> None:
    codes = {kind: run(str(path)).returncode for kind, (path, _) in bad_inputs.items()}
    # A FIFO and a device are one kind of problem (not a regular file); the rest differ.
    assert codes["fifo"] == codes["device"]
    kinds = ["missing", "directory", "fifo", "binary", "too_large"]
    assert len({codes[k] for k in kinds}) == len(kinds), codes


def _unprivileged_user() -> pwd.struct_passwd | None:
    for name in ("nobody", "daemon"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    return None


def test_unreadable_file_is_refused(tmp_path: Path, run: Runner) -> None:
    """A file without read permission.

    root reads any file whatever its mode, so under root the check runs the CLI as an
    unprivileged user instead; it is skipped when that user cannot run the installed app.
    """
    if os.geteuid() != 0:
        path = tmp_path / "secret.txt"
        path.write_text("A perfectly good article.\n")
        path.chmod(0)
        result = run(str(path))
        assert_refused(result, "permission denied", path.name)
        assert written_files(tmp_path / "env") == []
        return

    user = _unprivileged_user()
    if user is None:
        pytest.skip("running as root, which can read a mode-000 file, and no unprivileged user")
    # pytest's tmp dirs are private to root: use a world-traversable one.
    shared = Path(tempfile.mkdtemp(prefix="briefing-unreadable-"))
    try:
        shared.chmod(0o755)
        path = shared / "secret.txt"
        path.write_text("A perfectly good article.\n")
        path.chmod(0)
        home = shared / "env"

        def as_user() -> None:
            os.setgid(user.pw_gid)
            os.setgroups([])
            os.setuid(user.pw_uid)

        def go(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [script(), *args],
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                env=env_for(home),
                timeout=TIMEOUT,
                check=False,
                preexec_fn=as_user,
                cwd=shared,
            )

        try:
            probe = go("--version")
        except OSError as exc:  # e.g. the interpreter lives under root's home
            pytest.skip(
                "running as root (which reads a mode-000 file) and the unprivileged user "
                f"{user.pw_name!r} cannot start the installed app: {exc}"
            )
        if probe.returncode != 0:
            pytest.skip(
                "running as root (which reads a mode-000 file) and the unprivileged user "
                f"{user.pw_name!r} cannot run the installed app: {probe.stderr.strip()[:200]}"
            )
        result = go(str(path))
        code = assert_refused(result, "permission denied", path.name)
        assert not home.exists() or written_files(home) == []
        others = {run(str(tmp_path / "missing.txt")).returncode}
        assert code not in others
    finally:
        shutil.rmtree(shared, ignore_errors=True)


# --- input that opens ------------------------------------------------------------------


def test_invalid_utf8_is_decoded_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 talks resumed in Gen\xe8ve on Monday.".encode("latin-1"))
    doc = load_document(path)
    assert "\ufffd" in doc.text
    assert doc.text.startswith("Caf\ufffd talks resumed")
    assert any("utf-8" in n.lower() for n in doc.notices), doc.notices


def test_valid_utf8_has_no_notice(tmp_path: Path) -> None:
    path = tmp_path / "fine.txt"
    path.write_text("Café talks resumed in Genève on Monday.", encoding="utf-8")
    doc = load_document(path)
    assert doc.notices == ()
    assert "\ufffd" not in doc.text


def test_empty_file_opens_with_an_empty_article_notice(tmp_path: Path) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    doc = load_document(path)
    assert doc.sentences == ()
    assert any("empty article" in n for n in doc.notices), doc.notices
    blank = tmp_path / "blank.txt"
    blank.write_text("\n   \n\t\n")
    assert any("empty article" in n for n in load_document(blank).notices)


def test_without_a_terminal_the_reader_explains_and_exits(run: Runner, tmp_path: Path) -> None:
    started = time.monotonic()
    result = run(str(seed_path()))  # stdin is /dev/null, stdout a pipe
    elapsed = time.monotonic() - started
    assert result.returncode == 3, (result.returncode, result.stderr)
    assert elapsed < 10, f"took {elapsed:.1f}s to notice there is no terminal"
    assert "Traceback" not in result.stderr
    line = result.stderr.strip()
    assert len(line.splitlines()) == 1 and "terminal" in line.lower(), line
    assert "briefing analyze" in line  # it points at what works without a terminal
    assert result.stdout == ""
    assert written_files(tmp_path / "env") == []


def test_no_argument_without_terminal_also_exits(run: Runner) -> None:
    result = run()
    assert result.returncode == 3
    assert "Traceback" not in result.stderr


def test_analyze_json_on_the_seed_is_parseable(run: Runner, tmp_path: Path) -> None:
    result = run("analyze", "--format", "json", str(seed_path()))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["document"]["title"] == "Turkey and Russia agree a ceasefire for Idlib"
    assert data["document"]["published"] == "2020-03-05"
    assert data["document"]["sentences"] > 10
    for key in ("clauses", "open_issues", "timeline", "quotes", "actors"):
        assert isinstance(data[key], list), key
    assert written_files(tmp_path / "env") == []
