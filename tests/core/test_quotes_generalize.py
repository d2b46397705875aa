"""Speaker cues added after testing on fresh agreement articles (bench/eval gc-*)."""

from __future__ import annotations

from pathlib import Path

from briefing.core.analysis.model import Item
from briefing.core.analysis.quotes import extract_quotes
from briefing.core.document import document_from_text, load_document

ARTICLES = Path(__file__).parent.parent / "articles"


def quotes_of(text: str) -> list[Item]:
    return extract_quotes(document_from_text(text))


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes_of(text)]


def test_proper_name_wins_over_the_appositive_description() -> None:
    text = (
        "Senator Laura Finch, the ranking Democrat on the Armed Services Committee, "
        "called the truce “a pause, not a peace”."
    )
    assert pairs(text) == [("Laura Finch", "a pause, not a peace")]


def test_possessive_description_after_the_name_is_not_the_speaker() -> None:
    text = "Ahmed Saleh, Egypt’s chief mediator, called the accord “a turning point”."
    assert pairs(text) == [("Ahmed Saleh", "a turning point")]


def test_description_before_the_name_still_gives_the_name() -> None:
    text = "Oman’s foreign minister, Badr Hamad, called the swap “an act of goodwill”."
    assert pairs(text) == [("Badr Hamad", "an act of goodwill")]


def test_the_official_refers_back_to_the_unnamed_official_introduced_earlier() -> None:
    text = (
        "A senior European official, who asked not to be named, said the text was final.\n\n"
        "“Nobody will reopen it,” the official said."
    )
    assert pairs(text) == [("A senior European official", "Nobody will reopen it")]


def test_the_official_without_an_earlier_description_stays_as_written() -> None:
    assert pairs("“Nobody will reopen it,” the official said.") == [
        ("the official", "Nobody will reopen it")
    ]


def test_each_the_diplomat_takes_its_own_nearest_description() -> None:
    text = (
        "A Qatari diplomat briefed reporters in Doha.\n\n"
        "“The lists are agreed,” the diplomat said.\n\n"
        "Later a Turkish diplomat spoke in Ankara.\n\n"
        "“We are ready to host,” the diplomat said."
    )
    assert pairs(text) == [
        ("A Qatari diplomat", "The lists are agreed"),
        ("a Turkish diplomat", "We are ready to host"),
    ]


def test_a_ministry_or_department_keeps_its_full_name() -> None:
    text = (
        "The Turkish Foreign Ministry said in a statement that the corridor was “fully "
        "operational”, while the US State Department said it “welcomes the progress”."
    )
    assert pairs(text) == [
        ("Turkish Foreign Ministry", "fully operational"),
        ("US State Department", "welcomes the progress"),
    ]


def test_second_short_quote_after_and_that_is_kept() -> None:
    text = (
        "The army said the handover had gone “without incident” and that all 40 detainees "
        "were “in good health”."
    )
    assert pairs(text) == [("The army", "without incident"), ("The army", "in good health")]


def test_second_short_quote_after_adding_is_kept() -> None:
    text = (
        "Minister Rosa Vidal said the deal was “balanced”, adding that both navies would "
        "“stand down immediately”."
    )
    assert [s for s, _ in pairs(text)] == ["Rosa Vidal", "Rosa Vidal"]


def test_second_short_quote_without_a_link_is_still_dropped() -> None:
    text = "Rosa Vidal said the deal was “balanced” for the fishermen, who have “lost enough”."
    assert pairs(text) == [("Rosa Vidal", "balanced")]


def test_what_x_calls_gives_the_term_to_x() -> None:
    text = "Under the plan, Armenia will dismantle what it calls its “border posts” by May."
    assert pairs(text) == [("Armenia", "border posts")]


def test_dubbed_the_is_a_nickname_not_a_quotation() -> None:
    text = "Bout, dubbed the “merchant of death” by the press, said nothing."
    assert quotes_of(text) == []


def test_second_clause_quote_belongs_to_its_own_speaker() -> None:
    text = (
        "Envoy Tomas Brandt wrote that the result was “a good basis”, while the "
        "Norwegian government said it was “cautiously optimistic”."
    )
    got = pairs(text)
    assert got[0] == ("Tomas Brandt", "a good basis")
    assert got[1][1] == "cautiously optimistic"
    assert got[1][0] is not None and "Norwegian" in got[1][0]


def test_called_and_said_with_one_subject_keep_that_subject() -> None:
    text = 'Minister Ana Ruiz called the deal "a victory" and said Caracas was "always ready".'
    assert pairs(text) == [("Ana Ruiz", "a victory"), ("Ana Ruiz", "always ready")]


def test_own_truce_article_speakers() -> None:
    doc = load_document(ARTICLES / "quotes-river-truce.txt")
    got = [(q.speaker, q.text[:24]) for q in extract_quotes(doc)]
    assert got == [
        ("Nadia Hassan", "We have silenced the gun"),
        ("Nadia Hassan", "The monitors deploy at d"),
        ("Foreign Ministry of Ethiopia", "a positive step"),
        ("A senior Sudanese officer", "Our men will hold their "),
        ("A senior Sudanese officer", "If the other side moves,"),
        ("Mei Lan", "a fragile beginning"),
        ("Mei Lan", "The water has to be shar"),
        ("Kofi Mensah", "Paper is cheap"),
    ]


def test_speaker_after_the_quote_with_a_description_and_a_name_between_commas() -> None:
    text = "“The truce is holding,” a spokesperson for the monitors, Ana Costa, told reporters."
    assert pairs(text) == [("Ana Costa", "The truce is holding")]


def test_robust_on_comma_chains_without_a_speech_verb() -> None:
    text = "“Done,” " + ", ".join(["a b c d e f g h"] * 2000) + "."
    assert [q.text for q in quotes_of(text)] == ["Done"]


def test_his_office_is_the_office_of_the_person_named_before() -> None:
    text = (
        "Opposition leader Carlos Mendez rejected the accord on Monday. "
        "His office said he would treat it “as a dead letter”."
    )
    assert pairs(text) == [("Carlos Mendez’s office", "as a dead letter")]


def test_her_spokesman_without_anybody_named_stays_as_written() -> None:
    assert pairs("Her spokesman said the talks were “over”.") == [("Her spokesman", "over")]


def test_quote_after_a_sentence_introducing_its_speaker() -> None:
    text = (
        "Prime Minister Albin Kurti arrived in Ohrid on Saturday.\n\n"
        "Kurti was defiant. “We will not back down.”"
    )
    ((q),) = quotes_of(text)
    assert q.speaker == "Albin Kurti"
    assert "introduced just before" in q.cue


def test_speaker_introduced_before_a_colon_without_a_speech_verb() -> None:
    text = "Kofi Mensah, a farmer from the area, was blunt: ‘Paper is cheap.’"
    assert pairs(text) == [("Kofi Mensah", "Paper is cheap.")]


def test_a_state_doing_something_does_not_become_the_speaker_of_the_next_quote() -> None:
    assert pairs("Russia fired 40 drones overnight. “We will respond.”") == [
        (None, "We will respond.")
    ]


def test_the_introducing_sentence_must_be_in_the_same_paragraph() -> None:
    text = "Prime Minister Albin Kurti arrived on Saturday.\n\n“We will not back down.”"
    assert pairs(text) == [(None, "We will not back down.")]


def test_former_title_in_an_appositive_is_not_a_preposition() -> None:
    text = (
        "Talks were led by the regional bloc, whose envoy, former Kenyan president "
        "Daniel Mwangi, called it “the beginning of a new dawn” for the region."
    )
    assert pairs(text) == [("Daniel Mwangi", "the beginning of a new dawn")]


def test_while_clause_gives_the_quote_to_its_own_subject() -> None:
    text = (
        "The rebels said in a statement they would abide by the truce, while an army "
        "spokesman, Omar Idris, said the military was “committed, as long as they are”."
    )
    assert pairs(text) == [("Omar Idris", "committed, as long as they are")]


def test_parenthesised_acronym_of_the_organization_is_not_the_speaker() -> None:
    text = (
        "Lena Haile, the chief negotiator for the Coastal People’s Front (CPF), said "
        "her side had made concessions “to build trust”."
    )
    assert pairs(text) == [("Lena Haile", "to build trust")]


def test_qualified_crowd_is_a_speaker_but_a_bare_crowd_is_not() -> None:
    assert pairs("Sanctions would “snap back” within 30 days, Israeli officials said.") == [
        ("Israeli officials", "snap back")
    ]
    assert pairs("Sanctions would “snap back” within 30 days, officials said.") == []
