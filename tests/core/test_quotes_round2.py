"""Round-2 quote cues: participles, joint speakers, pronouns after a description."""

from __future__ import annotations

from briefing.core.analysis.quotes import extract_quotes
from briefing.core.document import document_from_text


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(document_from_text(text))]


def test_participle_reports_the_speech_of_the_sentence_subject() -> None:
    text = (
        "Prime Minister Ana Ruiz spoke in Lima. She thanked the mediators from Chile and "
        'Peru, saying the truce was "a victory for patience".'
    )
    assert pairs(text) == [("Ana Ruiz", "a victory for patience")]


def test_calling_it_after_a_named_subject() -> None:
    text = 'Senator Tom Hale rejected the fishing accord, calling it "a surrender".'
    assert pairs(text) == [("Tom Hale", "a surrender")]


def test_participle_without_a_subject_names_nobody() -> None:
    # The sentence opens with no actor: the quote is not given to anybody at random.
    text = 'Under the accord, saying "no" to inspections is forbidden.'
    assert all(speaker is None for speaker, _ in pairs(text))


def test_two_named_people_in_a_joint_statement_are_both_the_speaker() -> None:
    text = (
        "The agency's director, Maria Lund, and its chair, Omar Haddad, said in a joint "
        'statement that they were "relieved".\n\n'
        '"The hostages are safe and on their way home," they said.'
    )
    assert pairs(text) == [
        ("Maria Lund and Omar Haddad", "relieved"),
        ("Maria Lund and Omar Haddad", "The hostages are safe and on their way home"),
    ]


def test_he_after_an_anonymous_description_is_that_person() -> None:
    text = (
        'President Kemal Arslan said the truce was "solid". A diplomat in Nairobi who '
        'follows the talks was less sure.\n\n"Paper is patient," he said.'
    )
    assert pairs(text) == [("Kemal Arslan", "solid"), ("A diplomat in Nairobi", "Paper is patient")]


def test_he_still_means_the_named_person_when_no_description_intervenes() -> None:
    text = 'President Kemal Arslan signed the truce.\n\n"Paper is patient," he said.'
    assert pairs(text) == [("Kemal Arslan", "Paper is patient")]


def test_military_rank_is_not_part_of_the_speaker_name() -> None:
    text = '"We are ready," said Colonel Ivan Dorn, the commander of the garrison.'
    assert pairs(text) == [("Ivan Dorn", "We are ready")]
