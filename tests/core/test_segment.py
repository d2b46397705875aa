"""Sentence segmentation of English news prose."""

from __future__ import annotations

import pytest

from briefing.core.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "expected",
    [
        ["The U.S. State Department welcomed the deal.", "Talks resume Monday."],
        ["Officials in the U.S. said the truce held."],
        ["The U.N. Security Council endorsed the plan on Dec. 21.", "Russia abstained."],
        ["Talks involved Iran, the E.U. and the U.K.", "A deal is expected by Nov. 24."],
        ["The team arrived in Washington, D.C.", "Officials met them at the airport."],
    ],
)
def test_dotted_acronyms_end_a_sentence_only_before_an_opener(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


@pytest.mark.parametrize(
    "expected",
    [
        ["Gen. Mark Milley said the pullback had begun."],
        ["Lt. Gen. Sergei Rudskoy briefed reporters in Moscow."],
        ["The accord was signed by Mr. Netanyahu and Sheikh Abdullah.", "Trump hosted."],
        ["The St. Petersburg talks ended.", "A deal was near."],
        ["The plan was drafted by J. R. Smith and approved by the cabinet."],
    ],
)
def test_titles_and_initials_do_not_end_a_sentence(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


def test_lowercase_no_is_a_word_not_the_abbreviation_for_number() -> None:
    text = "The answer was no. The talks ended."
    assert sentences(text) == ["The answer was no.", "The talks ended."]


def test_clock_times_and_decimals_stay_inside_the_sentence() -> None:
    text = (
        "“At 00.01 tonight, as in, from midnight, the ceasefire will be put in place,” "
        "Erdogan said. The corridor runs 3.7 miles north of the M4. Inflation was 2.5%."
    )
    assert sentences(text) == [
        "“At 00.01 tonight, as in, from midnight, the ceasefire will be put in place,” "
        "Erdogan said.",
        "The corridor runs 3.7 miles north of the M4.",
        "Inflation was 2.5%.",
    ]


def test_abbreviated_months_with_day_and_year() -> None:
    text = (
        "Since Sept. 1, 2022, IAEA personnel have been present at the plant. "
        "On Feb. 19, Grossi spoke. It has been under Russian control since March 2022."
    )
    assert sentences(text) == [
        "Since Sept. 1, 2022, IAEA personnel have been present at the plant.",
        "On Feb. 19, Grossi spoke.",
        "It has been under Russian control since March 2022.",
    ]


def test_a_month_abbreviation_can_end_a_sentence() -> None:
    text = "Inflation fell to 2.5% in Jan. The central bank cut rates."
    assert sentences(text) == ["Inflation fell to 2.5% in Jan.", "The central bank cut rates."]


def test_clock_abbreviations() -> None:
    text = "Prisoners go free at 9 a.m. on Friday. Kyiv confirmed it at 6 p.m. local time."
    assert sentences(text) == [
        "Prisoners go free at 9 a.m. on Friday.",
        "Kyiv confirmed it at 6 p.m. local time.",
    ]


def test_ellipses() -> None:
    assert sentences("The talks dragged on... and then collapsed. Nobody was surprised.") == [
        "The talks dragged on... and then collapsed.",
        "Nobody was surprised.",
    ]
    assert sentences("The talks dragged on… Then they collapsed.") == [
        "The talks dragged on…",
        "Then they collapsed.",
    ]


@pytest.mark.parametrize(
    "expected",
    [
        ["He said the deal was “a glimmer of hope.”", "Others disagreed."],
        ["‘We need to send a clear signal,’ said one British diplomat.", "The talks ended."],
        ["“Will it hold?” she asked.", "No one knew."],
        ["“It will hold.", "We are sure of it,” the minister said."],
        ['"We welcome it," he said.', '"It is a start."'],
        ["Why now?", "Because both sides were exhausted!", "The war had lasted years."],
        ["Hamas will free 33 hostages (including women and children).", "Israel agreed."],
    ],
)
def test_quotes_and_brackets_close_with_their_sentence(expected: list[str]) -> None:
    assert sentences(" ".join(expected)) == expected


def test_spans_are_offsets_into_the_document() -> None:
    body = "  First sentence. Second one.  "
    spans = split_sentences(body, offset=100)
    assert spans == [(102, 117), (118, 129)]
    assert [body[a - 100 : b - 100] for a, b in spans] == ["First sentence.", "Second one."]


@pytest.mark.parametrize("text", ["", "   ", "\n\n"])
def test_blank_text_has_no_sentence(text: str) -> None:
    assert split_sentences(text) == []


def test_text_without_punctuation_is_one_sentence() -> None:
    text = "ceasefire agreed near the plant " * 1000
    assert sentences(text) == [text.strip()]


def test_long_runs_without_spaces_do_not_break_it() -> None:
    text = "a." * 50_000 + " The end."
    spans = split_sentences(text)
    assert spans[-1][1] == len(text)
    assert sentences(text)[-1] == "The end."


def test_reference_abbreviations_before_numbers() -> None:
    text = "See p. 4 of the text and art. 3 of the accord. No. 10 agreed."
    assert sentences(text) == ["See p. 4 of the text and art. 3 of the accord.", "No. 10 agreed."]
