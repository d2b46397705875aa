"""The reader's own work (highlights, curation, settings, known documents) in one TinyDB file.

This is the only module that imports tinydb. The file is a TinyDB JSON document (one object
per table, records keyed by id) plus a ``_meta`` table holding the ``schema`` version. Saving
goes through :class:`SafeJSONStorage`, a TinyDB storage that never writes the store in place:

* each change is appended to a journal (``NAME.log``), one checksummed line per record,
  flushed with ``fsync`` before the call returns. A line cut short by a crash is ignored, so
  the store reads as it was before or after the interrupted save, never in between;
* once the journal outgrows the snapshot, the whole store is written to a temporary file in
  the same directory, fsynced, moved over ``NAME`` with ``os.replace`` and the directory
  fsynced; the previous snapshot stays as ``NAME.bak``. Stale temporary files are removed;
* every write holds a lock on ``NAME.lock`` and first reads what other processes appended, so
  two windows on one store both keep their changes;
* an unreadable snapshot is moved aside to ``NAME.corrupt-TIMESTAMP`` (never overwritten),
  the ``.bak`` restored when it reads, and one line added to :attr:`Store.notices`;
* a failed write (full disk, read-only directory) keeps the change in memory, visible to
  reads, and tries again on the next write or :meth:`Store.retry`.

See docs/store.md for the layout and the guarantees.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import errno
import inspect
import json
import os
import secrets
import shutil
import time
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, cast

import filelock

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from briefing.core.anchors import reanchor_all
from briefing.core.curation import Curation
from briefing.core.highlights import Highlight, now_iso

#: Version of the file layout. Bump it and add a migration to ``_MIGRATIONS``.
SCHEMA = 1
META_TABLE = "_meta"
META_KEY = "store"
TABLES = ("highlights", "curation", "settings", "documents")

#: The journal is folded into the snapshot once it is larger than COMPACT_MIN_BYTES and
#: than COMPACT_RATIO times the snapshot (so each rewrite is paid for by many cheap saves).
COMPACT_MIN_BYTES = 1 << 20
COMPACT_RATIO = 1.0
LOCK_TIMEOUT = 10.0
FILE_MODE = 0o600

Record = dict[str, Any]
Tables = dict[str, dict[str, Record]]


class StoreError(Exception):
    """The store cannot be used at all (for example it cannot be read)."""


class SchemaError(StoreError):
    """The store was written by a newer briefing; it is left untouched."""


class _Corrupt(Exception):
    """The snapshot does not parse or does not have the expected shape."""


class Op(NamedTuple):
    """One record change: ``value`` ``None`` deletes ``table[key]``."""

    table: str
    key: str
    value: Record | None


class _Sig(NamedTuple):
    dev: int
    ino: int
    size: int
    mtime_ns: int
    ctime_ns: int


def _sig(path: str) -> _Sig | None:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return _Sig(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _dumps(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _one_line(message: str) -> str:
    return "".join(ch if ch.isprintable() else "\N{REPLACEMENT CHARACTER}" for ch in message)


def _timestamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


_CLOEXEC = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)


def _datasync(fd: int) -> None:
    """Flush a file's data (and its size) to the disk; fsync where fdatasync is missing."""
    if hasattr(os, "fdatasync"):
        os.fdatasync(fd)
    else:  # macOS, Windows
        os.fsync(fd)


def _write_at(fd: int, data: bytes, offset: int) -> int:
    if hasattr(os, "pwrite"):
        return os.pwrite(fd, data, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # Windows
    return os.write(fd, data)


def _fsync_dir(directory: str) -> None:
    if os.name == "nt":  # directories cannot be opened there; NTFS journals renames
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, StoreError) and isinstance(exc.__cause__, OSError):
        exc = exc.__cause__
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, filelock.Timeout):
        return "another briefing window holds the store lock"
    return str(exc) or type(exc).__name__


# --- validation and migrations ----------------------------------------------------------


def _valid_highlight(key: str, rec: Record) -> bool:
    try:
        return (
            rec.get("id") == key
            and isinstance(rec["doc_sha"], str)
            and type(rec["start"]) is int
            and type(rec["end"]) is int
            and 0 <= rec["start"] <= rec["end"]
            and isinstance(rec["exact"], str)
            and isinstance(rec.get("note", ""), str)
            and isinstance(rec.get("kind", ""), str)
            and all(isinstance(t, str) for t in rec.get("tags", []))
        )
    except (KeyError, TypeError):
        return False


def _valid_record(table: str, key: str, rec: object) -> bool:
    if not isinstance(rec, dict):
        return False
    if table == "highlights":
        return _valid_highlight(key, rec)
    return True


def _migrate_0_to_1(obj: dict[str, Any]) -> dict[str, Any]:
    """Schema 0: a plain TinyDB file (integer document ids, no ``_meta``).

    Highlights are re-keyed by their own ``id`` so that two windows adding the same
    highlight, or an undo restoring one, address the same record.
    """
    out: dict[str, Any] = {}
    for name, table in obj.items():
        if name == "highlights" and isinstance(table, dict):
            rekeyed: dict[str, Any] = {}
            for rec in table.values():
                if isinstance(rec, dict) and isinstance(rec.get("id"), str):
                    rekeyed[rec["id"]] = rec
                else:
                    raise _Corrupt("a highlight without an id")
            out[name] = rekeyed
        else:
            out[name] = table
    return out


_MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _migrate_0_to_1}


def _parse_snapshot(raw: bytes) -> tuple[Tables, int, bool]:
    """Parse a snapshot into (tables, seq, migrated). Raises _Corrupt or SchemaError."""
    if not raw.strip():
        raise _Corrupt("empty file")
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise _Corrupt("not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        stripped = raw.rstrip()
        if stripped.startswith(b"{") and not stripped.endswith(b"}"):
            raise _Corrupt("truncated JSON") from None
        raise _Corrupt(f"not JSON: {exc.msg} at character {exc.pos}") from None
    if not isinstance(obj, dict):
        raise _Corrupt("not a JSON object")
    meta_table = obj.pop(META_TABLE, None)
    seq = 0
    if meta_table is None:
        version = 0
    else:
        meta = meta_table.get(META_KEY) if isinstance(meta_table, dict) else None
        if not isinstance(meta, dict) or type(meta.get("schema")) is not int:
            raise _Corrupt("no schema version in _meta")
        version = meta["schema"]
        seq = meta.get("seq", 0)
        if type(seq) is not int or seq < 0:
            raise _Corrupt("bad sequence number in _meta")
    if version > SCHEMA:
        raise SchemaError(
            f"the store was written by a newer briefing (schema {version}; this version "
            f"reads up to {SCHEMA}); it was left untouched: upgrade briefing or pass "
            f"--store to use another file"
        )
    if version < 0:
        raise _Corrupt(f"bad schema version {version}")
    migrated = version < SCHEMA
    for v in range(version, SCHEMA):
        obj = _MIGRATIONS[v](obj)
    tables: Tables = {}
    for name, table in obj.items():
        if not isinstance(table, dict):
            raise _Corrupt(f"table {name!r} is not an object")
        for key, rec in table.items():
            if not _valid_record(name, key, rec):
                raise _Corrupt(f"record {key!r} of table {name!r} has the wrong shape")
        tables[name] = table
    for name in TABLES:
        tables.setdefault(name, {})
    return tables, seq, migrated


def _encode_line(seq: int, op: Op) -> bytes:
    body = _dumps({"q": seq, "t": op.table, "k": op.key, "v": op.value}).encode()
    return b"%08x %s\n" % (zlib.crc32(body), body)


def _decode_line(line: bytes) -> tuple[int, Op] | None:
    """A journal line as (seq, op), or None when it is damaged."""
    if len(line) < 10 or line[8:9] != b" ":
        return None
    body = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(body):
            return None
        obj = json.loads(body)
        seq, table, key, value = obj["q"], obj["t"], obj["k"], obj["v"]
    except (ValueError, KeyError, TypeError):
        return None
    if type(seq) is not int or not isinstance(table, str) or not isinstance(key, str):
        return None
    if value is not None and not _valid_record(table, key, value):
        return None
    return seq, Op(table, key, value)


class _FlockLock:
    """An exclusive ``flock`` on a lock file kept open between saves.

    filelock 4 spends about 0.3 ms per acquire and release in bookkeeping, most of a save's
    own cost, so on POSIX the same kind of lock is taken directly. If the lock file was
    deleted and re-created while we waited, the lock is taken again on the new file.
    """

    def __init__(self, path: str, timeout: float) -> None:
        self.path = path
        self.timeout = timeout
        self._fd: int | None = None

    def acquire(self) -> None:
        deadline = time.monotonic() + self.timeout
        while True:
            if self._fd is None:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _CLOEXEC, FILE_MODE)
            try:
                fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise filelock.Timeout(self.path) from None
                time.sleep(0.002)
                continue
            try:
                same = os.path.samestat(os.fstat(self._fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                return
            self.close()

    def release(self) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            with contextlib.suppress(OSError):
                os.close(fd)  # closing also drops a lock still held

    def __enter__(self) -> _FlockLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:
        self.close()


def _new_lock(path: str) -> _FlockLock | filelock.BaseFileLock:
    if fcntl is not None:
        return _FlockLock(path, LOCK_TIMEOUT)
    # Elsewhere filelock. Version 4 deletes the lock file on release unless told otherwise
    # and may fall back to a "soft" lock; both are unwelcome. Version 3 has neither option.
    wanted = {"preserve_lock_file": True, "fallback_to_soft": False}
    params = inspect.signature(filelock.FileLock.__init__).parameters
    extra: dict[str, Any] = {k: v for k, v in wanted.items() if k in params}
    return filelock.FileLock(path, timeout=LOCK_TIMEOUT, **extra)


# --- the storage ---------------------------------------------------------------------------


class SafeJSONStorage(Storage):
    """A TinyDB storage with atomic, journaled, locked writes (see the module docstring).

    TinyDB's own write path (``write``) rewrites the snapshot; :class:`Store` uses the
    record-level :meth:`apply` instead, which costs one short journal append per change.
    """

    def __init__(self, path: str) -> None:
        self.path = os.path.abspath(path)
        self.dir = os.path.dirname(self.path)
        self.journal = self.path + ".log"
        self.bak = self.path + ".bak"
        self.notices: list[str] = []
        self.error: str | None = None
        self._lock = _new_lock(self.path + ".lock")
        self._data: Tables = {name: {} for name in TABLES}
        self._by_doc: dict[str, set[str]] = {}
        self._pending: list[Op] = []
        self._snap_sig: _Sig | None = None
        self._snap_size = 0
        self._log_sig: _Sig | None = None
        self._log_offset = 0
        self._seq = 0
        self._must_compact = False
        self._loaded = False
        self._frozen: str | None = None  # set when a newer briefing took over the file
        with contextlib.suppress(OSError):
            os.makedirs(self.dir, exist_ok=True)
        try:
            with self._maybe_locked() as locked:
                if locked:
                    self._remove_stale_temps()
                self._refresh(locked)
        except OSError as exc:
            raise StoreError(f"cannot open the store {self.path}: {_describe(exc)}") from exc
        if self._must_compact:
            self.flush()

    # TinyDB's Storage interface -------------------------------------------------------

    def read(self) -> dict[str, dict[str, Any]] | None:
        self.sync()
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        """Replace the whole store (TinyDB's generic path); rewrites the snapshot."""
        self._data = {name: dict(table) for name, table in data.items()}
        for name in TABLES:
            self._data.setdefault(name, {})
        self._rebuild_index()
        self._must_compact = True
        self.flush()

    def close(self) -> None:
        self.flush()
        if isinstance(self._lock, _FlockLock):
            self._lock.close()

    # record-level API -----------------------------------------------------------------

    @property
    def pending(self) -> int:
        return len(self._pending)

    def table(self, name: str) -> dict[str, Record]:
        return self._data.setdefault(name, {})

    def keys_for_doc(self, doc_sha: str) -> set[str]:
        return self._by_doc.get(doc_sha, set())

    def docs_with_highlights(self) -> set[str]:
        return {sha for sha, keys in self._by_doc.items() if keys}

    def apply(self, ops: list[Op]) -> bool:
        """Apply changes in memory at once and save them; False if they are still pending."""
        for op in ops:
            self._apply_op(op)
        self._pending.extend(ops)
        return self.flush()

    def compact(self) -> bool:
        """Rewrite the snapshot now; True if it was rewritten and nothing is pending."""
        self._must_compact = True
        return self.flush() and not self._must_compact

    def sync(self) -> None:
        """Pick up what other processes saved (cheap when nothing changed).

        If the files cannot be read any more, what was loaded stays in use.
        """
        if self._frozen:
            return
        try:
            if _sig(self.path) == self._snap_sig and _sig(self.journal) == self._log_sig:
                return
            with self._maybe_locked() as locked:
                self._refresh(locked)
        except (OSError, StoreError) as exc:
            self.notify(f"cannot read {self.path} now ({_describe(exc)}); showing what was loaded")

    def flush(self) -> bool:
        """Write pending changes. On failure keep them, set :attr:`error`, return False."""
        if not self._pending and not self._must_compact:
            return True
        if self._frozen:
            self._set_error(self._frozen)
            return False
        try:
            with self._lock:
                self._refresh(locked=True)
                if self._frozen:
                    self._set_error(self._frozen)
                    return False
                if self._snap_sig is None:
                    self._compact()  # the first save creates the file
                else:
                    if self._pending:
                        self._append(self._pending)
                        self._pending.clear()
                    limit = max(COMPACT_MIN_BYTES, COMPACT_RATIO * self._snap_size)
                    if self._must_compact or self._log_offset > limit:
                        # Everything is in the journal already: a failed rewrite loses
                        # nothing and is tried again on a later save.
                        with contextlib.suppress(OSError):
                            self._compact()
        except (OSError, StoreError, filelock.Timeout) as exc:
            self._set_error(
                f"not saved to {self.path}: {_describe(exc)}; {self.pending} change(s) kept "
                f"in memory and retried on the next save"
            )
            return False
        self.error = None
        return True

    # internals: memory ------------------------------------------------------------------

    def notify(self, message: str) -> None:
        """Add a one-line notice for the user (control characters made visible)."""
        line = _one_line(message)
        if line not in self.notices:
            self.notices.append(line)

    def _set_error(self, message: str) -> None:
        line = _one_line(message)
        if self.error != line:
            self.notify(line)
        self.error = line

    def _apply_op(self, op: Op) -> None:
        table = self._data.setdefault(op.table, {})
        if op.table == "highlights":
            old = table.get(op.key)
            if old is not None:
                keys = self._by_doc.get(old["doc_sha"])
                if keys is not None:
                    keys.discard(op.key)
            if op.value is not None:
                self._by_doc.setdefault(op.value["doc_sha"], set()).add(op.key)
        if op.value is None:
            table.pop(op.key, None)
        else:
            table[op.key] = op.value

    def _rebuild_index(self) -> None:
        self._by_doc = {}
        for key, rec in self._data.get("highlights", {}).items():
            self._by_doc.setdefault(rec["doc_sha"], set()).add(key)

    # internals: reading -----------------------------------------------------------------

    @contextlib.contextmanager
    def _maybe_locked(self) -> Iterator[bool]:
        """Hold the lock if it can be had; readers carry on without it (read-only dirs)."""
        try:
            self._lock.acquire()
        except (OSError, filelock.Timeout):
            yield False
            return
        try:
            yield True
        finally:
            self._lock.release()

    def _refresh(self, locked: bool) -> None:
        """Bring memory up to date with the files, then lay pending changes over it."""
        if self._frozen:
            return
        snap, log = _sig(self.path), _sig(self.journal)
        if self._loaded and snap == self._snap_sig and log == self._log_sig:
            return
        try:
            if (
                not self._loaded
                or snap != self._snap_sig
                or log is None
                or (self._log_sig is not None and log.ino != self._log_sig.ino)
                or log.size < self._log_offset
            ):
                self._load_all(locked)
            else:
                self._read_journal(locked)
        except SchemaError as exc:
            if not self._loaded:
                raise
            self._frozen = str(exc)
            self._set_error(str(exc))
            return
        self._loaded = True
        for op in self._pending:
            self._apply_op(op)

    def _load_all(self, locked: bool) -> None:
        tables, seq, size, sig = self._load_snapshot(locked)
        self._data = tables
        self._seq = seq
        self._snap_size = size
        self._snap_sig = sig
        self._rebuild_index()
        self._log_offset = 0
        self._log_sig = None
        self._read_journal(locked)

    def _read_file(self, path: str) -> tuple[bytes, _Sig] | None:
        try:
            fd = os.open(path, os.O_RDONLY | _CLOEXEC)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise StoreError(f"cannot read the store {path}: {_describe(exc)}") from exc
        try:
            st = os.fstat(fd)
            chunks = []
            remaining = st.st_size
            while remaining > 0:
                chunk = os.read(fd, remaining)
                if not chunk:
                    break
                chunks.append(chunk)
                remaining -= len(chunk)
        finally:
            os.close(fd)
        sig = _Sig(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        return b"".join(chunks), sig

    def _load_snapshot(self, locked: bool) -> tuple[Tables, int, int, _Sig | None]:
        got = self._read_file(self.path)
        if got is None:
            return {name: {} for name in TABLES}, 0, 0, None
        raw, sig = got
        try:
            tables, seq, migrated = _parse_snapshot(raw)
        except _Corrupt as exc:
            return self._recover(str(exc), locked, sig)
        if migrated:
            self._must_compact = True
        return tables, seq, len(raw), sig

    def _recover(
        self, reason: str, locked: bool, sig: _Sig
    ) -> tuple[Tables, int, int, _Sig | None]:
        """Move an unreadable snapshot aside and fall back on the backup."""
        name = os.path.basename(self.path)
        moved_to = None
        if locked:
            target = f"{self.path}.corrupt-{_timestamp()}"
            try:
                os.rename(self.path, target)
                moved_to = os.path.basename(target)
            except OSError:
                moved_to = None
        backup: tuple[Tables, int, bool] | None = None
        got = self._read_file(self.bak)
        if got is not None:
            with contextlib.suppress(_Corrupt):
                backup = _parse_snapshot(got[0])
        if moved_to is None:
            # It cannot be moved aside, so nothing may be written over it: work in memory.
            self._frozen = (
                f"the store {self.path} is unreadable ({reason}) and cannot be moved aside"
            )
            self.notify(
                f"{name} is unreadable ({reason}); "
                + ("using the backup read-only" if backup else "starting empty, read-only")
            )
            self._loaded = True
            if backup is None:
                return {n: {} for n in TABLES}, 0, 0, sig
            return backup[0], backup[1], 0, sig
        if backup is None:
            self.notify(
                f"{name} was unreadable ({reason}); moved to {moved_to}; no usable backup, "
                f"starting an empty store"
            )
            return {n: {} for n in TABLES}, 0, 0, None
        tables, seq, _ = backup
        self.notify(
            f"{name} was unreadable ({reason}); moved to {moved_to} and restored the backup "
            f"{os.path.basename(self.bak)}"
        )
        self._must_compact = True  # writes the restored snapshot back under NAME
        return tables, seq, 0, None

    def _read_journal(self, locked: bool) -> None:
        """Apply journal lines past the known offset; damaged lines are skipped."""
        try:
            fd = os.open(self.journal, os.O_RDONLY | _CLOEXEC)
        except FileNotFoundError:
            self._log_sig, self._log_offset = None, 0
            return
        except OSError as exc:
            raise StoreError(f"cannot read the journal {self.journal}: {_describe(exc)}") from exc
        try:
            st = os.fstat(fd)
            os.lseek(fd, self._log_offset, os.SEEK_SET)
            want = st.st_size - self._log_offset
            parts = []
            while want > 0:
                part = os.read(fd, want)
                if not part:
                    break
                parts.append(part)
                want -= len(part)
        finally:
            os.close(fd)
        chunk = b"".join(parts)
        pos = 0
        damaged = 0
        while True:
            nl = chunk.find(b"\n", pos)
            if nl < 0:
                break  # an unfinished line: a save cut short, or one in progress
            decoded = _decode_line(chunk[pos:nl])
            if decoded is None:
                damaged += 1
            else:
                seq, op = decoded
                if seq > self._seq:
                    self._apply_op(op)
                    self._seq = seq
            pos = nl + 1
        self._log_offset += pos
        self._log_sig = _Sig(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        if damaged and locked:
            target = f"{self.journal}.corrupt-{_timestamp()}"
            try:
                shutil.copyfile(self.journal, target)
            except OSError:
                target = self.journal
            self.notify(
                f"{os.path.basename(self.journal)} had {damaged} damaged line(s); kept the rest, "
                f"the damaged copy is {os.path.basename(target)}"
            )
            self._must_compact = True

    # internals: writing -----------------------------------------------------------------

    def _remove_stale_temps(self) -> None:
        # Temporary files are only written under the lock, so any found now is stale.
        prefix = os.path.basename(self.path) + ".tmp-"
        try:
            names = os.listdir(self.dir)
        except OSError:
            return
        for entry in names:
            if entry.startswith(prefix):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(self.dir, entry))

    def _append(self, ops: list[Op]) -> None:
        lines = b"".join(_encode_line(self._seq + i + 1, op) for i, op in enumerate(ops))
        created = not os.path.exists(self.journal)
        fd = os.open(self.journal, os.O_WRONLY | os.O_CREAT | _CLOEXEC, FILE_MODE)
        failed = True
        try:
            size = os.fstat(fd).st_size
            if size != self._log_offset:
                os.ftruncate(fd, self._log_offset)  # drop the tail of a save cut short
            try:
                written = _write_at(fd, lines, self._log_offset)
                if written != len(lines):
                    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
                _datasync(fd)
            except OSError:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, self._log_offset)
                raise
            st = os.fstat(fd)
            failed = False
        finally:
            os.close(fd)
            if failed and created:
                with contextlib.suppress(OSError):
                    os.unlink(self.journal)
        if created:
            _fsync_dir(self.dir)
        self._seq += len(ops)
        self._log_offset += len(lines)
        self._log_sig = _Sig(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def _snapshot_bytes(self, seq: int) -> bytes:
        meta = {META_KEY: {"schema": SCHEMA, "seq": seq, "app": "briefing", "written": now_iso()}}
        payload: dict[str, Any] = {META_TABLE: meta}
        payload.update(self._data)
        return _dumps(payload).encode()

    def _compact(self) -> None:
        """Write everything (pending included) as a new snapshot and drop the journal."""
        seq = self._seq + (1 if self._pending else 0)
        raw = self._snapshot_bytes(seq)
        self._atomic_write(raw)
        self._seq = seq
        self._pending.clear()
        self._must_compact = False
        self._snap_size = len(raw)
        self._snap_sig = _sig(self.path)
        # Lines left behind by a crash here carry seq <= the snapshot's and are skipped.
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.journal)
        self._log_sig, self._log_offset = None, 0

    def _atomic_write(self, raw: bytes) -> None:
        tmp = f"{self.path}.tmp-{os.getpid()}-{secrets.token_hex(4)}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC, FILE_MODE)
        try:
            try:
                view = memoryview(raw)
                while view:
                    n = os.write(fd, view)
                    view = view[n:]
                os.fsync(fd)
            finally:
                os.close(fd)
            if os.path.exists(self.path):
                self._keep_backup(tmp)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        _fsync_dir(self.dir)

    def _keep_backup(self, tmp: str) -> None:
        bak_tmp = tmp + ".bak"
        try:
            os.link(self.path, bak_tmp)  # the current snapshot, without copying it
        except OSError:
            shutil.copyfile(self.path, bak_tmp)
        os.replace(bak_tmp, self.bak)


# --- TinyDB plumbing ------------------------------------------------------------------------


class _Table(Table):
    """A TinyDB table keyed by our own string ids (highlight id, document hash, setting)."""

    document_id_class = str  # type: ignore[assignment]

    def record(self, key: str) -> Record | None:
        """The record stored under ``key`` (a copy), or None."""
        doc = self.get(doc_id=cast(Any, key))
        return None if doc is None else dict(doc)


class _DB(TinyDB):
    table_class = _Table


# --- the store ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document the reader opened: found again by content hash after a rename."""

    sha: str
    title: str
    path: str
    seen: str
    highlights: int = 0


def _highlight_key(h: Highlight) -> tuple[int, int, str]:
    return (h.start, h.end, h.created)


class Store:
    """Highlights, curation, settings and known documents, saved safely in one file.

    Reads never raise for I/O; a change that could not be written stays in memory
    (:attr:`pending`, :attr:`write_error`) and is retried by the next change or
    :meth:`retry`. :attr:`notices` collects one-line messages for the user (recoveries,
    failed saves); the UI may clear it after showing them.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()
        self._db = _DB(str(self.path), storage=SafeJSONStorage)
        storage = self._db.storage
        assert isinstance(storage, SafeJSONStorage)
        self._storage = storage
        self._tables = {name: self._table(name) for name in TABLES}

    def _table(self, name: str) -> _Table:
        table = self._db.table(name, cache_size=0)
        assert isinstance(table, _Table)
        return table

    # status ---------------------------------------------------------------------------

    @property
    def notices(self) -> list[str]:
        return self._storage.notices

    @property
    def pending(self) -> int:
        """Changes kept in memory because they could not be written yet."""
        return self._storage.pending

    @property
    def write_error(self) -> str | None:
        """Why the last save failed (one line), or None when everything is saved."""
        return self._storage.error

    def retry(self) -> bool:
        """Try to write pending changes again; True when nothing is left pending."""
        return self._storage.flush()

    def compact(self) -> bool:
        """Fold the journal into the main file now (it also happens on its own)."""
        return self._storage.compact()

    def close(self) -> None:
        """Write what is pending and let go of the lock file (the store stays usable)."""
        self._storage.close()

    # highlights -----------------------------------------------------------------------

    def highlights(self, doc_sha: str) -> list[Highlight]:
        """The document's highlights in document order."""
        self._storage.sync()
        table = self._storage.table("highlights")
        found = [Highlight.from_dict(table[k]) for k in self._storage.keys_for_doc(doc_sha)]
        return sorted(found, key=_highlight_key)

    def all_highlights(self) -> list[Highlight]:
        """Every highlight in the store, grouped by document, in document order."""
        found = [Highlight.from_dict(doc) for doc in self._tables["highlights"].all()]
        return sorted(found, key=lambda h: (h.doc_sha, *_highlight_key(h)))

    def get_highlight(self, highlight_id: str) -> Highlight | None:
        doc = self._tables["highlights"].record(highlight_id)
        return None if doc is None else Highlight.from_dict(dict(doc))

    def add_highlight(self, h: Highlight) -> None:
        """Save a new highlight (or restore one returned by :meth:`delete_highlight`)."""
        self._storage.apply([Op("highlights", h.id, h.to_dict())])

    def add_highlights(self, hs: list[Highlight]) -> None:
        """Save many highlights in one write (an import, a restore of several)."""
        self._storage.apply([Op("highlights", h.id, h.to_dict()) for h in hs])

    def update_highlight(self, h: Highlight) -> Highlight:
        """Save changes to a highlight; returns the saved copy with ``updated`` stamped."""
        saved = dataclasses.replace(h, tags=list(h.tags), updated=now_iso())
        self._storage.apply([Op("highlights", saved.id, saved.to_dict())])
        return saved

    def delete_highlight(self, highlight_id: str) -> Highlight | None:
        """Delete a highlight; returns it (for undo) or None if it was not there."""
        old = self.get_highlight(highlight_id)
        if old is not None:
            self._storage.apply([Op("highlights", highlight_id, None)])
        return old

    def tags(self) -> list[str]:
        """Every tag in use, sorted case-insensitively (for completion)."""
        self._storage.sync()
        seen: dict[str, str] = {}
        for rec in self._storage.table("highlights").values():
            for tag in rec.get("tags", []):
                seen.setdefault(tag.casefold(), tag)
        return [seen[k] for k in sorted(seen)]

    # curation -------------------------------------------------------------------------

    def curation(self, doc_sha: str) -> Curation:
        """The document's curation (empty when there is none or it cannot be read)."""
        doc = self._tables["curation"].record(doc_sha)
        if doc is None:
            return Curation()
        try:
            return Curation.from_dict(doc)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            self._storage.notify(
                f"the saved curation of {doc_sha[:12]} is unreadable ({exc!r}); ignored"
            )
            return Curation()

    def save_curation(self, doc_sha: str, curation: Curation) -> None:
        """Save a document's curation; an empty one (a reset) removes the record."""
        value = None if curation.is_empty() else curation.to_dict()
        self._storage.apply([Op("curation", doc_sha, value)])

    # settings -------------------------------------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        doc = self._tables["settings"].record(key)
        return default if doc is None else doc.get("value", default)

    def set_setting(self, key: str, value: Any) -> None:
        """Save a JSON-serialisable setting (TypeError otherwise)."""
        json.dumps(value)
        if self.get_setting(key, _MISSING) == value:
            return
        self._storage.apply([Op("settings", key, {"value": value})])

    # documents ------------------------------------------------------------------------

    def remember_document(self, doc_sha: str, title: str, path: str | os.PathLike[str]) -> None:
        """Record a document's title and path (only written when they changed)."""
        where = str(Path(path).expanduser().resolve()) if str(path) else ""
        old = self._tables["documents"].record(doc_sha)
        if old is not None and old.get("title") == title and old.get("path") == where:
            return
        rec = {"title": title, "path": where, "seen": now_iso()}
        self._storage.apply([Op("documents", doc_sha, rec)])

    def documents(self) -> list[DocumentInfo]:
        """Known documents with highlights or curation, most recently seen first."""
        self._storage.sync()
        docs = self._storage.table("documents")
        shas = set(docs) | set(self._storage.table("curation"))
        shas |= self._storage.docs_with_highlights()
        out = []
        for sha in shas:
            rec: Mapping[str, Any] = docs.get(sha, {})
            out.append(
                DocumentInfo(
                    sha=sha,
                    title=str(rec.get("title", "")) or sha[:12],
                    path=str(rec.get("path", "")),
                    seen=str(rec.get("seen", "")),
                    highlights=len(self._storage.keys_for_doc(sha)),
                )
            )
        return sorted(out, key=lambda d: (d.seen, d.sha), reverse=True)

    def document_for_path(self, path: str | os.PathLike[str]) -> DocumentInfo | None:
        """The document most recently seen at ``path`` (to carry work over after an edit)."""
        where = str(Path(path).expanduser().resolve())
        for info in self.documents():
            if info.path == where:
                return info
        return None

    def carry_over(self, old_sha: str, new_sha: str, text: str) -> list[Highlight]:
        """Move a document's highlights and curation to its edited text ``new_sha``.

        Highlights are re-anchored to ``text``; those that cannot be found become orphans
        (kept, with their saved text). Returns the moved highlights in document order.
        """
        if old_sha == new_sha:
            return self.highlights(new_sha)
        moved = reanchor_all(self.highlights(old_sha), text)
        ops = [
            Op("highlights", h.id, dataclasses.replace(h, doc_sha=new_sha).to_dict()) for h in moved
        ]
        old_cur = self._tables["curation"].record(old_sha)
        if old_cur is not None and self._tables["curation"].record(new_sha) is None:
            ops.append(Op("curation", new_sha, dict(old_cur)))
        if ops:
            self._storage.apply(ops)
        return self.highlights(new_sha)


_MISSING = object()

__all__ = [
    "SCHEMA",
    "DocumentInfo",
    "SafeJSONStorage",
    "SchemaError",
    "Store",
    "StoreError",
]
