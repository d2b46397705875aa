"""The store under real processes: kill -9 mid-save, two writers, a read-only directory,
a file size limit (a full disk as the kernel reports it)."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import random
import signal
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing.core.highlights import Highlight
from briefing.core.store import Store

# Operation i of a deterministic history: 0,1 add h_i; 2 edits h_{i-1}; 3 deletes h_{i-3}.
WRITER = textwrap.dedent(
    """
    import sys
    import briefing.core.store as sm
    from briefing.core.highlights import Highlight

    path, start, count, small = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    prefix = sys.argv[5] if len(sys.argv) > 5 else "h"
    if small == "1":
        sm.COMPACT_MIN_BYTES, sm.COMPACT_RATIO = 3000, 0.5
    store = sm.Store(path)
    for i in range(start, start + count):
        if prefix != "h" or i % 4 in (0, 1):
            store.add_highlight(Highlight(doc_sha="d", start=i, end=i + 5, exact="x" * 120,
                                          id=f"{prefix}{i:05d}", created="c", updated="c"))
        elif i % 4 == 2:
            h = store.get_highlight(f"h{i - 1:05d}")
            h.note = f"edited by op {i}"
            store.update_highlight(h)
        else:
            store.delete_highlight(f"h{i - 3:05d}")
        if store.pending:
            print("pending", store.write_error, flush=True)
            sys.exit(3)
        print(i, flush=True)
    """
)


def model(ops: int) -> dict[str, str]:
    state: dict[str, str] = {}
    for i in range(ops):
        if i % 4 in (0, 1):
            state[f"h{i:05d}"] = ""
        elif i % 4 == 2:
            state[f"h{i - 1:05d}"] = f"edited by op {i}"
        else:
            del state[f"h{i - 3:05d}"]
    return state


def on_disk(path: Path) -> dict[str, str]:
    store = Store(path)
    assert store.notices == [], store.notices
    return {h.id: h.note for h in store.all_highlights()}


def writer(path: Path, *args: object) -> list[str]:
    return [sys.executable, "-c", WRITER, str(path), *map(str, args)]


def test_kill_9_at_random_points_leaves_the_state_before_or_after(tmp_path: Path) -> None:
    path = tmp_path / "briefing.json"
    rng = random.Random(20260305)
    done = 0
    runs = 24
    for run in range(runs):
        proc = subprocess.Popen(
            writer(path, done, 100_000, run % 2), stdout=subprocess.PIPE, text=True
        )
        assert proc.stdout is not None
        first = proc.stdout.readline()  # the writer is saving now
        assert first.strip() == str(done), first
        # Spin for a random number of saves' worth of time, then kill without warning.
        deadline = rng.uniform(0.0, 0.25)
        if deadline > 0.01:
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=deadline)
        os.kill(proc.pid, signal.SIGKILL)
        rest, _ = proc.communicate()
        acked = [int(line) for line in [first, *rest.splitlines()] if line.strip()]
        ops = acked[-1] + 1
        state = on_disk(path)
        json.loads(path.read_text())  # the snapshot itself always parses
        assert state in (model(ops), model(ops + 1)), f"run {run}: {ops} acknowledged"
        done = ops if state == model(ops) else ops + 1
    assert done > runs  # the writers did make progress


def test_two_processes_writing_200_each_keep_400(tmp_path: Path) -> None:
    path = tmp_path / "briefing.json"
    procs = [
        subprocess.Popen(writer(path, 0, 200, small, name), stdout=subprocess.PIPE, text=True)
        for small, name in (("1", "a"), ("0", "b"))
    ]
    for proc in procs:
        out, _ = proc.communicate(timeout=120)
        assert proc.returncode == 0, out[-500:]
    ids = set(on_disk(path))
    assert len(ids) == 400
    assert ids == {f"{p}{i:05d}" for p in "ab" for i in range(200)}


# --- a read-only directory and a full disk, as the kernel reports them ---------------------

CHILD = textwrap.dedent(
    """
    import json, os, resource, signal, sys
    from briefing.core.highlights import Highlight
    from briefing.core.store import Store

    path, mode = sys.argv[1], sys.argv[2]
    if mode == "fsize":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        limit = max(os.path.getsize(p) for p in (path, path + ".log") if os.path.exists(p))
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit + 64, limit + 64))
    else:
        try:
            open(os.path.join(os.path.dirname(path), "probe"), "w").close()
            print(json.dumps({"writable": True}))
            sys.exit(0)
        except OSError:
            pass
    store = Store(path)
    before = len(store.all_highlights())
    store.add_highlight(Highlight(doc_sha="d", start=0, end=5, exact="later", note="n" * 4000))
    print(json.dumps({
        "writable": False, "before": before, "pending": store.pending,
        "error": store.write_error, "seen": len(store.all_highlights()),
        "retried": store.retry(),
    }))
    """
)


def _without_dac_override() -> None:
    """Make permission bits bind root too: drop CAP_DAC_OVERRIDE (and its kin) for the child.

    Runs in the child between fork and exec; PR_CAPBSET_DROP is 24, the capabilities are
    CAP_DAC_OVERRIDE (1), CAP_DAC_READ_SEARCH (2) and CAP_FOWNER (3).
    """
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2, 3):
        if libc.prctl(24, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder
    folder.chmod(0o755)  # so that pytest can clean up


def test_read_only_directory_keeps_the_change_in_memory(read_only_dir: Path) -> None:
    path = read_only_dir / "briefing.json"
    store = Store(path)
    store.add_highlight(_sample())
    store.add_highlight(_sample())  # a journal too
    for p in read_only_dir.iterdir():
        p.chmod(0o444)
    read_only_dir.chmod(0o555)
    before = {p.name: p.read_bytes() for p in read_only_dir.iterdir()}
    # As root, permission bits do not stop writes: the child gives up the capability.
    preexec = _without_dac_override if os.geteuid() == 0 else None
    try:
        out = _run_child(path, preexec)
    except (OSError, subprocess.SubprocessError) as exc:
        pytest.skip(f"cannot drop root's capabilities here: {exc}")
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout)
    if result["writable"]:
        pytest.skip("cannot make a directory read-only here")
    assert result["before"] == 2 and result["seen"] == 3
    assert result["pending"] == 1 and result["retried"] is False
    assert "not saved" in result["error"] and "kept in memory" in result["error"]
    assert {p.name: p.read_bytes() for p in read_only_dir.iterdir()} == before


def _run_child(path: Path, preexec: Callable[[], None] | None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CHILD, str(path), "ro"],
        capture_output=True,
        text=True,
        preexec_fn=preexec,
        timeout=120,
    )


def test_file_size_limit_acts_like_a_full_disk(tmp_path: Path) -> None:
    path = tmp_path / "briefing.json"
    first = _sample()
    Store(path).add_highlight(first)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), "fsize"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    result = json.loads(out.stdout)
    assert result["pending"] == 1 and result["seen"] == 2 and result["retried"] is False
    assert "File too large" in result["error"] or "space" in result["error"]
    store = Store(path)
    assert store.notices == []
    assert [h.id for h in store.all_highlights()] == [first.id]
    store.add_highlight(_sample())  # with room again, saving works
    assert len(Store(path).all_highlights()) == 2


def _sample() -> Highlight:
    return Highlight(doc_sha="d", start=0, end=5, exact="first")


# --- a crash at every step of a save, made real with fork + os._exit ----------------------

STEPS = [
    (name, nth)
    for name in ("open", "pwrite", "fdatasync", "write", "fsync", "link", "replace", "unlink")
    for nth in (1, 2)
]


@pytest.mark.parametrize(("name", "nth"), STEPS)
def test_crash_at_each_step_of_a_save(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, nth: int
) -> None:
    """The process dies (no cleanup, no finally) at the nth call of one system call."""
    import briefing.core.store as store_mod

    path = tmp_path / "briefing.json"
    store = Store(path)
    hs = [Highlight(doc_sha="d", start=i, end=i + 3, exact="abc") for i in range(4)]
    for h in hs[:3]:
        store.add_highlight(h)
    store.delete_highlight(hs[0].id)
    before = {h.id for h in Store(path).all_highlights()}
    after = before | {hs[3].id}

    pid = os.fork()
    if pid == 0:  # the child: save once, with every save rewriting the file
        try:
            monkeypatch.setattr(store_mod, "COMPACT_MIN_BYTES", 0)
            monkeypatch.setattr(store_mod, "COMPACT_RATIO", 0)
            real = getattr(os, name)
            calls = [0]

            def dying(*args: object, **kw: object) -> object:
                calls[0] += 1
                if calls[0] == nth:
                    os._exit(9)
                return real(*args, **kw)

            monkeypatch.setattr(store_mod.os, name, dying)
            Store(path).add_highlight(hs[3])
            os._exit(0)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) in (0, 9)
    reopened = Store(path)
    assert reopened.notices == []
    state = {h.id for h in reopened.all_highlights()}
    assert state in (before, after)
    if os.WEXITSTATUS(status) == 0:
        assert state == after
    assert not list(tmp_path.glob("*.tmp-*"))
