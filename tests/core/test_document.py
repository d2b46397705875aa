"""Loading articles: formats, metadata, structure, sentences and bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.core.config import seed_path
from briefing.core.document import (
    EXIT_BINARY,
    EXIT_NOT_A_FILE,
    EXIT_NOT_FOUND,
    LoadError,
    detect_format,
    document_from_text,
    load_document,
    neutralize_controls,
    open_article,
)


def test_seed_loads_with_front_matter() -> None:
    doc = load_document(seed_path())
    assert doc.format == "md"
    assert doc.meta.title and "Idlib" in doc.meta.title
    assert doc.meta.published == dt.date(2020, 3, 5)
    assert "[the] suffering of [the] civilian population" in doc.text
    assert len(doc.blocks) == 12
    # Every sentence is a span of the canonical text, in order and without overlap.
    prev = 0
    for s in doc.sentences:
        assert prev <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start : s.end].strip() == doc.text[s.start : s.end]
        prev = s.end


def test_seed_sentences_keep_decimals_and_quotes_whole() -> None:
    doc = load_document(seed_path())
    texts = [doc.sentence_text(i) for i in range(len(doc.sentences))]
    assert any(t.startswith("“At 00.01 tonight") and "Erdogan said" in t for t in texts)
    assert "“The world’s eyes are on us,” Erdogan said." in texts
    assert any(
        "3.7 miles" in t
        and t.endswith("M4 highway, which is a key east-west highway in Syria’s Idlib province.")
        for t in texts
    )


def test_document_id_is_stable_content_hash(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "renamed.txt"
    a.write_text("One. Two.\n\nThree.")
    b.write_text("One. Two.\n\nThree.")
    assert load_document(a).sha256 == load_document(b).sha256
    b.write_text("One. Two.\n\nThree!")
    assert load_document(a).sha256 != load_document(b).sha256


def test_markdown_structure_kept() -> None:
    text = (
        "---\ntitle: 'A: title with \"quotes\"'\npublished: 2021-05-02\n---\n"
        "# Heading\n\nA paragraph with *emphasis* and `code`.\n\n"
        "- first item\n- second item\n\n> quoted words here.\n"
    )
    doc = document_from_text(text, "md")
    assert doc.meta.title == 'A: title with "quotes"'
    assert doc.meta.published == dt.date(2021, 5, 2)
    kinds = [b.kind for b in doc.blocks]
    assert kinds == ["heading", "paragraph", "list_item", "list_item", "blockquote"]
    assert "A paragraph with emphasis and code." in doc.text


def test_bad_front_matter_is_a_notice_not_a_crash() -> None:
    doc = document_from_text("---\ntitle: [unclosed\n---\nBody text.", "md")
    assert any("front matter" in n for n in doc.notices)
    assert "Body text." in doc.text


def test_html_main_text_and_title(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = " ".join(["The two sides agreed to a truce that starts on Monday."] * 8)
    page.write_text(
        "<!DOCTYPE html><html><head><title>Truce agreed</title>"
        '<meta property="article:published_time" content="2024-02-01"></head>'
        f"<body><nav>Home | World</nav><article><h1>Truce agreed</h1><p>{body}</p>"
        f"<p>{body}</p></article><footer>Cookie policy</footer></body></html>"
    )
    doc = load_document(page)
    assert doc.format == "html"
    assert doc.meta.title == "Truce agreed"
    assert "agreed to a truce" in doc.text
    assert "Cookie policy" not in doc.text


def test_format_decided_by_content() -> None:
    assert detect_format("<!doctype html><html><body>x</body></html>", ".txt") == "html"
    assert detect_format("---\ntitle: x\n---\nbody", ".txt") == "md"
    assert detect_format("Plain words.", ".md") == "md"
    assert detect_format("Plain words.", ".txt") == "txt"


def test_controls_become_visible_placeholders() -> None:
    raw = "a\x1b]52;c;SGVsbG8=\x07b\x9bc\x7f"
    out = neutralize_controls(raw)
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out and "\x7f" not in out
    assert len(out) == len(raw)
    assert "␛]52;c;SGVsbG8=␇" in out


def test_invalid_utf8_is_replaced_with_notice(tmp_path: Path) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(b"Caf\xe9 talks. They agreed.")
    doc = load_document(p)
    assert "\ufffd" in doc.text
    assert any("invalid UTF-8" in n for n in doc.notices)


def test_empty_file_opens_with_notice(tmp_path: Path) -> None:
    p = tmp_path / "empty.txt"
    p.write_text("")
    doc = load_document(p)
    assert doc.sentences == ()
    assert any("empty article" in n for n in doc.notices)


@pytest.mark.parametrize(
    ("make", "code"),
    [
        (lambda d: d / "missing.txt", EXIT_NOT_FOUND),
        (lambda d: d, EXIT_NOT_A_FILE),
    ],
)
def test_bad_paths_raise_load_error(tmp_path: Path, make, code: int) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(LoadError) as info:
        load_document(make(tmp_path))
    assert info.value.exit_code == code


def test_binary_file_refused(tmp_path: Path) -> None:
    p = tmp_path / "x.bin"
    p.write_bytes(b"abc\x00def")
    with pytest.raises(LoadError) as info:
        load_document(p)
    assert info.value.exit_code == EXIT_BINARY


def test_long_article_preview_is_a_prefix_of_the_full_document(tmp_path: Path) -> None:
    para = "The parties agreed to a ceasefire. Talks will resume on Monday, officials said."
    p = tmp_path / "long.txt"
    p.write_text("\n\n".join(f"{i}. {para}" for i in range(4000)))
    preview, rest = open_article(p)
    assert rest is not None
    full = rest()
    assert full.text.startswith(preview.text)
    assert full.sentences[: len(preview.sentences)] == preview.sentences
    assert len(full.sentences) > len(preview.sentences)


def test_sentence_lookup() -> None:
    doc = document_from_text("First one. Second one.\n\nThird paragraph here.")
    assert [doc.sentence_text(i) for i in range(3)] == [
        "First one.",
        "Second one.",
        "Third paragraph here.",
    ]
    third = doc.text.index("Third")
    assert doc.sentence_at(third + 3) == 2
    assert list(doc.sentences_in(0, third + 1)) == [0, 1, 2]


def test_plain_text_bullets_become_list_items() -> None:
    text = (
        "The two sides agreed to the following:\n"
        "- a ceasefire from midnight;\n"
        "- the release of 50 prisoners\n  within a week;\n"
        "* joint monitoring.\n\n"
        "• A separate bullet paragraph.\n\n"
        "1. Numbered terms work too.\n2. And a second one.\n\n"
        "-5 degrees is not a bullet."
    )
    doc = document_from_text(text)
    kinds = [(b.kind, doc.text[b.start : b.end]) for b in doc.blocks]
    assert kinds == [
        ("paragraph", "The two sides agreed to the following:"),
        ("list_item", "a ceasefire from midnight;"),
        ("list_item", "the release of 50 prisoners within a week;"),
        ("list_item", "joint monitoring."),
        ("list_item", "A separate bullet paragraph."),
        ("list_item", "Numbered terms work too."),
        ("list_item", "And a second one."),
        ("paragraph", "-5 degrees is not a bullet."),
    ]


def test_one_paragraph_per_line_text_keeps_its_paragraphs() -> None:
    text = (
        "Rivals agree truce\n"
        "The two sides agreed on Monday to stop firing from midnight. Talks resume next week.\n"
        "Prisoners will be exchanged within seven days, the mediator said.\n"
        "Critics said the deal left the question of the border open.\n"
    )
    doc = document_from_text(text)
    assert [doc.text[b.start : b.end][:20] for b in doc.blocks] == [
        "Rivals agree truce",
        "The two sides agreed",
        "Prisoners will be ex",
        "Critics said the dea",
    ]


def test_hard_wrapped_paragraph_stays_one_paragraph() -> None:
    text = (
        "The two sides agreed on Monday to stop firing from midnight, and\n"
        "prisoners will be exchanged within seven days, the mediator said at\n"
        "a news conference. Critics said the deal left the question of the\n"
        "border open, and that the monitors had no mandate to enforce it.\n"
    )
    doc = document_from_text(text)
    assert len(doc.blocks) == 1
    assert "and prisoners will" in doc.text
    assert len(doc.sentences) == 2


def test_long_lines_without_blank_lines_are_paragraphs() -> None:
    long = "The mediator said the parties had agreed to a truce " * 4
    doc = document_from_text(f"{long}\n{long}")
    assert len(doc.blocks) == 2


def test_long_article_with_a_paragraph_per_line_opens_with_a_preview(tmp_path: Path) -> None:
    line = "The parties agreed to a truce and monitors will report on it every week.\n"
    path = tmp_path / "lines.txt"
    path.write_text(line * 4000, encoding="utf-8")
    preview, rest = open_article(path, cache=False)
    assert rest is not None
    whole = rest()
    assert len(preview.text) < len(whole.text)
    assert whole.text.startswith(preview.text)
    assert len(whole.blocks) == 4000


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Feb 27, 2026 6:40 pm", dt.date(2026, 2, 27)),
        ("Thursday 5 March 2020", dt.date(2020, 3, 5)),
        ("Published: 2024-05-02 08:00 UTC", dt.date(2024, 5, 2)),
        ("Updated Sept. 14, 2019, 9:02 AM ET", dt.date(2019, 9, 14)),
    ],
)
def test_date_line_at_the_top_becomes_the_published_date(
    tmp_path: Path, line: str, expected: dt.date
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Rivals sign truce\n\n{line}\n\nThe two sides agreed on Monday.\n")
    doc = load_document(path)
    assert doc.meta.published == expected
    assert any("taken from the article" in n for n in doc.notices)


def test_dates_inside_the_story_are_not_the_published_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        "Rivals sign truce\n\nThe two sides, who first met on March 3, 2019 in Doha, "
        "agreed on Monday to stop firing along the whole front line from midnight.\n"
    )
    assert load_document(path).meta.published is None


def test_published_option_wins_over_a_date_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Truce\n\nFeb 27, 2026\n\nThe two sides agreed on Monday.\n")
    doc = load_document(path, published=dt.date(2026, 3, 1))
    assert doc.meta.published == dt.date(2026, 3, 1)
    assert not any("taken from the article" in n for n in doc.notices)


def test_impossible_date_line_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Truce\n\nFebruary 30, 2026\n\nThe two sides agreed on Monday.\n")
    assert load_document(path).meta.published is None
