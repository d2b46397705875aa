"""Round-6 quote cues: short quoted phrases after verbs other than "said" (participles,
"to accuse", a cleft "It was X who"), and an unnamed official opening the sentence."""

from __future__ import annotations

from briefing.core.analysis.quotes import extract_quotes
from briefing.core.document import document_from_text


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(document_from_text(text))]


def test_a_phrase_after_citing_belongs_to_the_subject() -> None:
    text = (
        "Vladimir Putin ordered a halt to the shelling on Saturday, citing ‘humanitarian "
        "considerations’."
    )
    assert pairs(text) == [("Vladimir Putin", "humanitarian considerations")]


def test_a_cleft_names_who_announced_and_congratulated() -> None:
    text = (
        "It was Mara Quist who broke the news, announcing that the sides had agreed to a "
        "‘full and lasting truce’ and congratulating both on their ‘courage and vision’."
    )
    assert pairs(text) == [
        ("Mara Quist", "full and lasting truce"),
        ("Mara Quist", "courage and vision"),
    ]


def test_to_accuse_gives_the_accusation_to_the_subject() -> None:
    text = (
        "Vikram Sethi returned before the cameras at midnight to accuse the rebels of "
        "‘repeated violations’ and said the army would respond."
    )
    assert pairs(text) == [("Vikram Sethi", "repeated violations")]


def test_an_unnamed_official_opening_the_sentence_is_the_speaker() -> None:
    text = (
        "An Israeli official, speaking on condition of anonymity, denied any commitment, "
        'telling reporters that the deal was limited to "quiet in return for quiet".'
    )
    assert pairs(text) == [("An Israeli official", "quiet in return for quiet")]


def test_a_phrase_after_a_participle_of_an_unnamed_crowd_is_left_out() -> None:
    text = "Critics marched in the capital, accusing the government of ‘betrayal’."
    assert pairs(text) == []


def test_the_statement_said_names_who_issued_the_statement() -> None:
    text = (
        "Both sides agreed to stop firing at the same hour. In a statement, the office of "
        "Prime Minister Dana Kessler thanked Cairo for its efforts.\n\n"
        '"If the truce is violated, we will respond," the statement said.'
    )
    speaker = pairs(text)[0][0]
    assert speaker is not None and "Dana Kessler" in speaker
    issued = 'A statement from Hamas on Monday welcomed the deal. "A victory," the statement said.'
    assert pairs(issued) == [("Hamas", "A victory")]


def test_the_statement_said_with_no_issuer_stays_the_statement() -> None:
    assert pairs('Talks resumed. "A victory," the statement said.') == [
        ("the statement", "A victory")
    ]


def test_a_middle_name_is_the_person_who_bears_it() -> None:
    text = (
        "Al Haj Murad Ebrahim signed for the front. President Benigno Aquino III spoke first. "
        "“We owe it to them,” Mr Aquino said.\n\nMurad, who once led the armed wing, was "
        "moved. Speaking afterwards, he added: “Our fighters will put down their arms.”"
    )
    assert pairs(text) == [
        ("Benigno Aquino III", "We owe it to them"),
        ("Al Haj Murad Ebrahim", "Our fighters will put down their arms."),
    ]


def test_a_speaker_after_in_which_is_the_subject_of_the_relative_clause() -> None:
    text = (
        "Britain signed the deal. The talks built on the declaration of 1993, in which "
        'London said it had no "selfish strategic or economic interest" in the island.'
    )
    assert pairs(text) == [("London", "selfish strategic or economic interest")]


def test_each_statement_said_takes_its_own_issuer() -> None:
    text = (
        'In a statement, Hamas thanked Egypt. "We accept," the statement said. Later, Israel '
        'said in a statement that it would comply. "We comply," the statement said.'
    )
    assert pairs(text) == [("Hamas", "We accept"), ("Israel", "We comply")]


def test_the_speaker_is_in_the_clause_of_the_speech_verb() -> None:
    text = (
        "Dana Kessler made no comment on the deal on Tuesday, but an Israeli official said "
        'Israel had accepted the proposal "without conditions" and would respond to attacks.'
    )
    assert pairs(text) == [("an Israeli official", "without conditions")]


def test_according_to_the_text_is_the_agreement_named_before() -> None:
    text = (
        "The Nationwide Ceasefire Agreement was signed on Thursday. The aim, according to "
        'the text, is a union "based on the principles of democracy", a word the army feared.'
    )
    assert pairs(text) == [
        ("Nationwide Ceasefire Agreement", "based on the principles of democracy")
    ]
