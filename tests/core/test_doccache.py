"""The document cache: a second open reads the parse back, and never trusts a bad entry."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.core import doccache
from briefing.core.document import Document, open_article

ARTICLE = """---
title: Rivals sign a truce
published: 2024-05-02
---

# Rivals sign a truce

The two sides agreed on Thursday to stop firing from midnight. Prisoners will be
exchanged within a week, officials said.

- Aid convoys may cross at [the] northern gate.
- Monitors will report by June 1.
"""


def same(a: Document, b: Document) -> None:
    assert a.text == b.text
    assert a.blocks == b.blocks
    assert a.sentences == b.sentences
    assert a.meta == b.meta
    assert a.format == b.format
    assert a.notices == b.notices
    assert a.sha256 == b.sha256
    assert a.path == b.path


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv("BRIEFING_CACHE", str(root))
    return root


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_second_open_reads_the_cache_and_gives_the_same_document(tmp_path, cache) -> None:
    path = write(tmp_path, "truce.md", ARTICLE)
    fresh, _ = open_article(path, cache=False)
    first, _ = open_article(path)
    entries = list(cache.glob("*.json"))
    assert len(entries) == 1
    second, _ = open_article(path)
    same(fresh, first)
    same(fresh, second)
    assert second.meta.title == "Rivals sign a truce"


def test_cached_document_is_not_parsed_again(tmp_path, cache, monkeypatch) -> None:
    path = write(tmp_path, "truce.md", ARTICLE)
    open_article(path)

    def no_parse(*args: object, **kwargs: object) -> Document:
        raise AssertionError("parsed again")

    monkeypatch.setattr("briefing.core.document.document_from_text", no_parse)
    doc, _ = open_article(path)
    assert doc.meta.title == "Rivals sign a truce"


def test_parse_notices_come_back_but_decode_notices_are_fresh(tmp_path, cache) -> None:
    text = "---\ntitle: [unclosed\n---\n\nBody text here.\n"
    path = tmp_path / "bad.md"
    path.write_bytes(text.encode() + b"\xff")
    first, _ = open_article(path)
    second, _ = open_article(path)
    assert first.notices == second.notices
    assert any("front matter" in n for n in second.notices)
    assert any("invalid UTF-8" in n for n in second.notices)


def test_published_from_the_command_line_is_not_cached(tmp_path, cache) -> None:
    import datetime as dt

    path = write(tmp_path, "truce.md", ARTICLE)
    a, _ = open_article(path, published=dt.date(2030, 1, 1))
    b, _ = open_article(path)
    assert a.meta.published == dt.date(2030, 1, 1)
    assert b.meta.published == dt.date(2024, 5, 2)


@pytest.mark.parametrize(
    "damage",
    [
        lambda s: s[: len(s) // 2],  # truncated
        lambda s: "not json",
        lambda s: json.dumps({**json.loads(s), "schema": 999}),
        lambda s: json.dumps({**json.loads(s), "text": json.loads(s)["text"] + "x"}),
        lambda s: json.dumps({**json.loads(s), "sentences": [[0, 10**9, 0]]}),
        lambda s: json.dumps({**json.loads(s), "blocks": "nonsense"}),
    ],
)
def test_a_damaged_entry_is_ignored_and_rewritten(tmp_path, cache, damage) -> None:
    path = write(tmp_path, "truce.md", ARTICLE)
    fresh, _ = open_article(path, cache=False)
    open_article(path)
    (entry,) = cache.glob("*.json")
    entry.write_text(damage(entry.read_text(encoding="utf-8")), encoding="utf-8")
    doc, _ = open_article(path)
    same(fresh, doc)
    again, _ = open_article(path)  # the rewritten entry is good
    same(fresh, again)


def test_edited_article_gets_a_new_entry(tmp_path, cache) -> None:
    path = write(tmp_path, "truce.md", ARTICLE)
    open_article(path)
    write(tmp_path, "truce.md", ARTICLE.replace("midnight", "noon"))
    doc, _ = open_article(path)
    assert "noon" in doc.text
    assert len(list(cache.glob("*.json"))) == 2


def test_cache_off_writes_nothing(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = write(tmp_path, "truce.md", ARTICLE)
    open_article(path)
    open_article(path)
    assert not (tmp_path / "xdg").exists()


def test_unwritable_cache_is_silent(tmp_path, monkeypatch) -> None:
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    monkeypatch.setenv("BRIEFING_CACHE", str(blocker / "cache"))
    path = write(tmp_path, "truce.md", ARTICLE)
    doc, _ = open_article(path)
    assert doc.meta.title == "Rivals sign a truce"


def test_old_entries_are_evicted(tmp_path, cache, monkeypatch) -> None:
    monkeypatch.setattr(doccache, "MAX_ENTRIES", 3)
    for i in range(5):
        open_article(write(tmp_path, f"a{i}.txt", f"Article number {i} says little."))
    assert len(list(cache.glob("*.json"))) == 3


def test_long_article_preview_then_cached_whole(tmp_path, cache) -> None:
    para = "The parties agreed to a truce. Monitors will report weekly.\n\n"
    path = write(tmp_path, "long.txt", para * 3000)
    preview, rest = open_article(path)
    assert rest is not None
    whole = rest()
    preview2, rest2 = open_article(path)
    assert rest2 is not None
    same(whole, rest2())
    assert preview2.text == preview.text


def test_saved_html_page_roundtrips(tmp_path, cache) -> None:
    page = (
        "<!doctype html><html><head><title>Truce signed</title>"
        '<meta name="date" content="2024-05-02"></head><body><article>'
        "<h1>Truce signed</h1><p>The two sides agreed on Thursday to stop firing from "
        "midnight, the mediator said after talks that lasted all night.</p>"
        "<p>Prisoners will be exchanged within seven days under the deal, officials "
        "said, and monitors will report every week.</p></article></body></html>"
    )
    path = write(tmp_path, "page.html", page)
    fresh, _ = open_article(path, cache=False)
    open_article(path)
    cached, _ = open_article(path)
    same(fresh, cached)
    assert "stop firing" in cached.text


# --- the first open: a child process makes the entry while the reader loads ----------


def test_a_prefetched_article_is_read_back_without_parsing_in_the_reader(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.core import document

    path = write(tmp_path, "truce.md", ARTICLE)
    fresh, _ = open_article(path, cache=False)
    monkeypatch.setattr(doccache, "_spare_cpu", lambda: True)
    raw = document.read_article(path)
    job = doccache.prefetch(raw)
    assert job is not None
    job.finish()
    assert len(list(cache.glob("*.json"))) == 1

    def no_parse(*args: object, **kwargs: object) -> Document:
        raise AssertionError("parsed in the reader although the child made the entry")

    monkeypatch.setattr(document, "document_from_text", no_parse)
    doc, rest = open_article(raw)
    assert rest is None
    same(doc, fresh)
    assert doccache.prefetch(raw) is None  # known now: nothing to start


def test_no_child_where_it_would_not_save_time(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.core.document import read_article

    monkeypatch.setattr(doccache, "_spare_cpu", lambda: True)
    plain = read_article(write(tmp_path, "plain.txt", "The sides agreed to a truce."))
    assert doccache.prefetch(plain) is None  # plain text parses in a few milliseconds
    long_md = read_article(write(tmp_path, "long.md", "A truce held. " * 10_000))
    assert doccache.prefetch(long_md) is None  # opens with a preview instead
    md = read_article(write(tmp_path, "truce.md", ARTICLE))
    monkeypatch.setattr(doccache, "_spare_cpu", lambda: False)
    assert doccache.prefetch(md) is None  # one CPU: the child would only compete
    monkeypatch.setattr(doccache, "_spare_cpu", lambda: True)
    monkeypatch.setenv("BRIEFING_CACHE", "off")
    assert doccache.prefetch(md) is None
    assert not cache.exists()


def test_a_child_that_fails_leaves_the_parse_to_the_reader(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.core.document import read_article

    path = write(tmp_path, "truce.md", ARTICLE)
    monkeypatch.setattr(doccache, "_spare_cpu", lambda: True)
    raw = read_article(path)
    path.unlink()  # the child cannot read it any more
    job = doccache.prefetch(raw)
    assert job is not None
    job.finish()
    assert not list(cache.glob("*.json"))
    doc, _ = open_article(raw)  # parsed here, from the text read before
    assert doc.title == "Rivals sign a truce"
    assert "[the]" in doc.text


def test_finish_stops_a_child_that_hangs() -> None:
    import subprocess
    import sys
    import time

    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    started = time.monotonic()
    doccache.Prefetch(process).finish(timeout=0.2)
    assert process.poll() is not None
    assert time.monotonic() - started < 30
