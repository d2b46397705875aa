"""Whatever the text, the analysis never raises and every span it cites is real.

These run the public ``analyze`` on ``document_from_text``, so they cover every pane's
extractor (clauses, open issues, timeline, quotes, actors), not only one module.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.core.analysis import Analysis, analyze
from briefing.core.document import Document, document_from_text, load_document

SEED = Path(__file__).parents[2] / "seeds" / "idlib-ceasefire-2020-03-05.md"
SEED_TEXT = load_document(SEED).text

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces of news prose that exercise every extractor: quote marks of each style,
# speech verbs, titles, states, dates (valid and not), numbers and paragraph breaks.
TOKENS = [
    "said", "told", "he", "she", "it", "they", "President", "Mr", "Putin", "Erdogan",
    "Turkey", "Turkish", "the", "Turks", "IAEA", "(IAEA)", "International", "Agency",
    "agreed", "to", "will", "ceasefire", "on", "March", "February 30", "32 March", "Monday",
    "1 January 9999", "year 1", "15", "2020", "by", "according", "of", "and", ",", ".", ":",
    ";", "?", "!", "“", "”", "‘", "’", '"', "'", "—", "(", ")", "[", "]", "\n", "\n\n",
    "won’t", "Iran’s", "rebels", "U.N.", "no", "deadline", "within", "days", "unresolved",
    "\x1b[31m", "\u202e", "\ufffd", "é", "中文", " ",
]  # fmt: skip


def check(doc: Document, result: Analysis) -> None:
    text = doc.text
    for pane in ("clauses", "open_issues", "timeline", "quotes"):
        for item in getattr(result, pane):
            assert item.evidence, f"{pane} item without evidence: {item}"
            for ev in item.evidence:
                assert 0 <= ev.start <= ev.end <= len(text), (pane, ev)
                assert ev.quote == text[ev.start : ev.end], (pane, ev)
    for actor in result.actors:
        assert actor.name
        assert actor.mentions >= 1
        for ev in actor.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
            assert ev.quote == text[ev.start : ev.end]


def run(text: str) -> Analysis:
    doc = document_from_text(text)
    result = analyze(doc)
    check(doc, result)
    return result


@PROPERTY_SETTINGS
@given(st.text(max_size=400))
def test_any_text(text: str) -> None:
    run(text)


@PROPERTY_SETTINGS
@given(st.lists(st.sampled_from(TOKENS), max_size=120))
def test_news_like_token_soup(tokens: list[str]) -> None:
    run(" ".join(tokens))


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    text = SEED_TEXT
    for _ in range(draw(st.integers(1, 6))):
        i = draw(st.integers(0, len(text)))
        j = draw(st.integers(i, min(len(text), i + 200)))
        action = draw(st.sampled_from(["delete", "insert", "duplicate", "swap"]))
        if action == "delete":
            text = text[:i] + text[j:]
        elif action == "insert":
            text = text[:i] + draw(st.sampled_from(TOKENS)) + text[i:]
        elif action == "duplicate":
            text = text[:j] + text[i:j] + text[j:]
        else:
            text = text[i:j] + text[:i] + text[j:]
    return text


@PROPERTY_SETTINGS
@given(mutated_seed())
def test_mutations_of_the_example(text: str) -> None:
    run(text)


def test_the_example_itself() -> None:
    result = run(SEED_TEXT)
    assert result.quotes and result.actors


def test_empty_and_blank_text() -> None:
    for text in ["", " ", "\n\n\n", "\t"]:
        result = run(text)
        assert result.items() == [] and result.actors == []


def test_text_without_punctuation() -> None:
    words = "Turkey and Russia agreed a ceasefire President Putin said he hoped it holds "
    run(words * 50)


def test_one_sentence_of_100000_words() -> None:
    vocabulary = ["the", "Turkish", "army", "said", "Putin", "will", "agree", "to", "a"]
    vocabulary += ["ceasefire", "on", "March", "5", "and", "“", "he", "’"]
    text = " ".join(vocabulary[i % len(vocabulary)] for i in range(100_000)) + "."
    run(text)


def test_one_word_repeated_100000_times() -> None:
    for word in ("The", "Putin", "“", "‘", "said"):
        run(" ".join([word] * 100_000))


def test_unbalanced_quotation_marks() -> None:
    samples = [
        "“The ceasefire starts at midnight, Erdogan said.",
        "The ceasefire starts at midnight,” Erdogan said.",
        "‘The ceasefire starts at midnight, he said.\n\nNo more quotes here.",
        "He said: “" + "word " * 2000,
        "“a” “b ‘c” d’ “e",
        "’’’ ‘‘‘ ””” “““ ''' \"\"\"",
        "Iran’s won’t the Palestinians’ ‘rights’ are ’90s",
    ]
    for text in samples:
        run(text)


def test_impossible_and_extreme_dates() -> None:
    run(
        "The truce starts on February 30. It ends on 32 March. "
        "Talks began in year 1 and end on 31 December 9999, officials said."
    )
