"""A cache of parsed articles, so that opening an article again skips the parsing.

Reading a Markdown article costs the import of markdown-it-py and PyYAML and a parse;
a saved HTML page costs trafilatura; a 5 MB text costs a second of segmentation. The
result (the canonical text, its blocks, sentences, metadata and parse notices) is kept
as a small JSON file named by a hash of the decoded text, its format and the code that
parsed it, in the user cache directory (``$BRIEFING_CACHE`` overrides it; ``off``
turns the cache off).

A cache is never a source of truth: an entry that cannot be read, does not parse or
does not describe the same text is ignored and rewritten, and failing to write one is
silent. Entries are replaced atomically; the oldest are removed beyond
:data:`MAX_ENTRIES`.

The first time an article is opened, :func:`prefetch` can make the entry in a child
process (``python -m briefing.core.doccache PATH``) while the reader's own modules load:
on a machine with more than one CPU the Markdown or HTML parse then costs the first
frame nothing. The reader waits for the child, reads the entry, and parses in-process
when there is none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefing.core.document import (
    PREVIEW_CHARS,
    Block,
    Document,
    Format,
    Metadata,
    RawArticle,
    Sentence,
)

if TYPE_CHECKING:
    import subprocess

SCHEMA = 1
MAX_ENTRIES = 64
_PARSERS = ("document.py", "segment.py", "markdown.py", "html.py")


def cache_dir() -> Path | None:
    """Where entries live; ``None`` when the cache is turned off."""
    env = os.environ.get("BRIEFING_CACHE")
    if env is not None:
        if env.strip().lower() in ("", "off", "0", "no", "none"):
            return None
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("briefing")) / "documents"


def _code_fingerprint() -> str:
    """Changes whenever the code that builds documents changes (version, or file edits)."""
    from briefing import __version__

    here = Path(__file__).resolve().parent
    parts = [__version__, str(SCHEMA)]
    for name in _PARSERS:
        try:
            st = (here / name).stat()
            parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
        except OSError:
            parts.append(f"{name}:-")
    return "|".join(parts)


def key_for(text: str, fmt: Format) -> str:
    digest = hashlib.sha256()
    digest.update(_code_fingerprint().encode())
    digest.update(b"\0" + fmt.encode() + b"\0")
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


def load(key: str, directory: Path | None = None) -> tuple[Document, list[str]] | None:
    """The cached document and its parse notices, or ``None`` (missing or unusable)."""
    root = directory if directory is not None else cache_dir()
    if root is None:
        return None
    try:
        data = json.loads((root / f"{key}.json").read_text(encoding="utf-8"))
        return _from_json(data, key)
    except (OSError, ValueError, TypeError, KeyError, IndexError):
        return None


def save(key: str, doc: Document, parse_notices: list[str], directory: Path | None = None) -> None:
    """Keep ``doc`` for next time; never raises."""
    root = directory if directory is not None else cache_dir()
    if root is None:
        return
    try:
        root.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(_to_json(doc, parse_notices, key), ensure_ascii=False)
        fd, tmp = tempfile.mkstemp(prefix=".entry-", suffix=".tmp", dir=root)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
            os.replace(tmp, root / f"{key}.json")
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _evict(root)
    except (OSError, ValueError):
        return


class Prefetch:
    """A child process writing the cache entry of one article."""

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process = process

    def finish(self, timeout: float = 10.0) -> None:
        """Wait for the child (at most ``timeout`` seconds, then stop it)."""
        import subprocess

        try:
            self._process.wait(timeout)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _spare_cpu() -> bool:
    try:
        return len(os.sched_getaffinity(0)) > 1
    except (AttributeError, OSError):
        return (os.cpu_count() or 1) > 1


def prefetch(raw: RawArticle) -> Prefetch | None:
    """Start parsing ``raw`` into the cache in a child process, when that saves time.

    Only for a first open (no entry yet) of Markdown or HTML, whose parsers take tens of
    milliseconds to import (HTML: half a second), not for long Markdown (it opens with
    a preview), and only when another CPU can do the work. ``None`` when not started.
    """
    root = cache_dir()
    if root is None or raw.format not in ("md", "html") or not _spare_cpu():
        return None
    if raw.format == "md" and len(raw.text) > PREVIEW_CHARS:
        return None
    if (root / f"{key_for(raw.text, raw.format)}.json").exists():
        return None
    import subprocess
    import sys

    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "briefing.core.doccache", str(raw.path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=True,
            start_new_session=True,  # no signals from the terminal's keys
        )
    except OSError:
        return None
    return Prefetch(process)


def _main(argv: list[str]) -> int:
    """``python -m briefing.core.doccache PATH``: write PATH's cache entry."""
    from briefing.core.document import LoadError, _cached_document, read_article

    if len(argv) != 1:
        return 2
    try:
        raw = read_article(argv[0])
    except LoadError:
        return 1
    _cached_document(raw.text, raw.format, path=raw.path, notices=list(raw.notices))
    return 0


def _evict(root: Path) -> None:
    entries = sorted(root.glob("*.json"), key=lambda p: p.stat().st_mtime_ns)
    for old in entries[:-MAX_ENTRIES]:
        old.unlink(missing_ok=True)


def _to_json(doc: Document, parse_notices: list[str], key: str) -> dict[str, Any]:
    meta = doc.meta
    return {
        "schema": SCHEMA,
        "key": key,
        "sha256": doc.sha256,
        "format": doc.format,
        "text": doc.text,
        "meta": {
            "title": meta.title,
            "published": meta.published.isoformat() if meta.published else None,
            "source": meta.source,
            "author": meta.author,
        },
        "notices": list(parse_notices),
        "blocks": [
            [b.kind, b.start, b.end, b.level, b.first_sentence, b.last_sentence] for b in doc.blocks
        ],
        "sentences": [[s.start, s.end, s.block] for s in doc.sentences],
    }


def _from_json(data: dict[str, Any], key: str) -> tuple[Document, list[str]] | None:
    if data.get("schema") != SCHEMA or data.get("key") != key:
        return None
    text = data["text"]
    if not isinstance(text, str):
        return None
    n = len(text)
    blocks = tuple(
        Block(i, kind, int(start), int(end), int(level), int(first), int(last))
        for i, (kind, start, end, level, first, last) in enumerate(data["blocks"])
    )
    sentences = tuple(
        Sentence(i, int(start), int(end), int(block))
        for i, (start, end, block) in enumerate(data["sentences"])
    )
    if any(not 0 <= s.start <= s.end <= n or not 0 <= s.block < len(blocks) for s in sentences):
        return None
    if any(not 0 <= b.start <= b.end <= n for b in blocks):
        return None
    raw = data["meta"]
    published = dt.date.fromisoformat(raw["published"]) if raw.get("published") else None
    meta = Metadata(
        title=raw.get("title"),
        published=published,
        source=raw.get("source"),
        author=raw.get("author"),
    )
    notices = [str(n) for n in data.get("notices", [])]
    doc = Document(
        text=text,
        blocks=blocks,
        sentences=sentences,
        meta=meta,
        format=data["format"],
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )
    if doc.sha256 != data.get("sha256"):
        return None
    return doc, notices


if __name__ == "__main__":
    import sys

    sys.exit(_main(sys.argv[1:]))
