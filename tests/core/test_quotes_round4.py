"""Round-4 quote cues: who is told is not the speaker, a coordinated "and said", "the
head of state", a leader known by a second name."""

from __future__ import annotations

from briefing.core.analysis.quotes import extract_quotes
from briefing.core.document import document_from_text


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(document_from_text(text))]


def test_the_people_told_are_not_the_speaker() -> None:
    text = (
        'Governor Ana Ruiz, who said on Friday the vote had been "a clean sweep," told '
        "journalists in Lima that she would sign the decree."
    )
    assert pairs(text) == [("Ana Ruiz", "a clean sweep")]


def test_an_inverted_question_still_names_the_asker() -> None:
    assert pairs("“Who pays for the road?” asked Tomas Brandt.") == [
        ("Tomas Brandt", "Who pays for the road?")
    ]


def test_and_said_after_a_first_quote_keeps_the_same_subject() -> None:
    text = (
        'Peru\'s Foreign Ministry called the accord "a fair start" toward settling the '
        'border and said it expected Quito to "honour every line of it."'
    )
    assert pairs(text) == [
        ("Peru's Foreign Ministry", "a fair start"),
        ("Peru's Foreign Ministry", "honour every line of it."),
    ]


def test_the_head_of_state_is_the_president_named_before() -> None:
    text = (
        "Prime Minister Omar Haddad met the rebels first. President Lena Vogt, who arrived"
        " later, spoke at the ceremony.\n\n"
        '"Nobody will be left behind," the head of state said.'
    )
    assert pairs(text) == [("Lena Vogt", "Nobody will be left behind")]


def test_the_head_of_state_without_a_president_stays_a_description() -> None:
    text = '"Nobody will be left behind," the head of state said.'
    assert pairs(text) == [("the head of state", "Nobody will be left behind")]


def test_he_after_a_leader_known_by_a_nom_de_guerre() -> None:
    text = (
        "Mr Ortega signed first. Rebel chief Luis Mora, better known by his nom de guerre "
        'Tigre, signed next.\n\nTigre called it "a new dawn". "We kept our word," he said.'
    )
    got = pairs(text)
    assert got == [("Luis Mora (Tigre)", "a new dawn"), ("Luis Mora (Tigre)", "We kept our word")]


def test_he_after_a_participle_opener_is_the_one_who_spoke() -> None:
    text = (
        "Standing beside Mr Ortega in the palace, President Lena Vogt said the rebels had"
        " been ‘routed’. She added: ‘The operation is over.’"
    )
    assert ("Lena Vogt", "The operation is over.") in pairs(text)
    text = (
        "Flanked by Omar Haddad, Interior Minister Tomas Brandt said the border was calm."
        ' He added: "Nobody crossed tonight."'
    )
    assert pairs(text) == [("Tomas Brandt", "Nobody crossed tonight.")]


def test_a_second_short_quote_after_a_repeated_auxiliary_is_kept() -> None:
    text = (
        "President Lena Vogt said the rebels had been ‘beaten back’ and had ‘lost most of"
        " their heavy guns’."
    )
    assert pairs(text) == [
        ("Lena Vogt", "beaten back"),
        ("Lena Vogt", "lost most of their heavy guns"),
    ]


def test_dismissed_as_attributes_a_short_quote() -> None:
    text = 'The rebels\' spokesman, Ali Hussein, dismissed the deal as "theatre".'
    assert pairs(text) == [("Ali Hussein", "theatre")]


def test_the_minister_is_the_person_named_with_that_title() -> None:
    text = (
        'Foreign Minister Ana Ruiz met the envoys on Monday. "We have a deal," the minister'
        ' said.\n\nUN envoy Hans Grundberg flew to Sanaa. "The truce is holding," the envoy'
        " told reporters."
    )
    assert pairs(text) == [
        ("Ana Ruiz", "We have a deal"),
        ("Hans Grundberg", "The truce is holding"),
    ]


def test_a_title_in_apposition_or_in_the_name_counts_too() -> None:
    text = (
        'Omar Haddad, the interior minister, spoke first. "It will hold," the minister said.'
        ' Sheikh Tamim was briefed. "Both sides signed," the sheikh added.'
    )
    assert pairs(text) == [("Omar Haddad", "It will hold"), ("Tamim", "Both sides signed")]


def test_a_role_noun_without_a_titled_person_stays_as_written() -> None:
    text = 'The minister met Ana Ruiz on Monday. "It will not last," the minister said.'
    assert pairs(text) == [("the minister", "It will not last")]
