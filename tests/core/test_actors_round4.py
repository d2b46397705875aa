"""Round-4 actor cues: venues and indices are not actors, firms by their word, "the
government of President X", a second name."""

from __future__ import annotations

import pytest

import briefing.core.analysis.actors as actors_module
from briefing.core.analysis.actors import extract_actors
from briefing.core.analysis.model import Actor
from briefing.core.document import document_from_text


def actors_of(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(document_from_text(text))}


def test_sites_and_venues_are_places() -> None:
    got = actors_of(
        "Missiles struck the Kaba Nur air base. Delegates met at the Tarim Bay protocol "
        "complex and later at the Sela Convention Centre. Tamar Osei said the talks went well."
    )
    assert "Kaba Nur" not in got and "Tarim Bay" not in got
    assert not any("Convention" in name for name in got)
    assert got["Tamar Osei"].kind == "person"


def test_stock_indices_are_not_actors() -> None:
    got = actors_of(
        "The Nasdaq Composite rose 4%, the Dow Jones Industrial Average added 1,100 points "
        "and the Hang Seng index gained 3%."
    )
    assert got == {}


def test_a_place_inside_a_noun_phrase_does_not_speak() -> None:
    got = actors_of(
        "Relatives of hostages in Tel Aviv welcomed the news. Crowds cheered in the streets "
        "of Khan Younis."
    )
    assert "Tel Aviv" not in got and "Khan Younis" not in got


def test_firms_named_by_their_trade_word_are_organizations() -> None:
    got = actors_of(
        "said Lisa Harmon, chief strategist at Crestline Wealth Partners, and Wei Zhang of "
        "Harbor Street Capital."
    )
    assert got["Crestline Wealth Partners"].kind == "organization"
    assert got["Harbor Street Capital"].kind == "organization"


def test_a_family_name_he_after_a_title() -> None:
    got = actors_of("Talks were led by Vice Premier He Lifeng. He said little.")
    assert got["He Lifeng"].kind == "person"


def test_government_of_the_president_is_the_person() -> None:
    got = actors_of("The Government of President Gustavo Petro signed the accord.")
    assert got["Gustavo Petro"].kind == "person"
    assert not any(name.startswith("Government") for name in got)


def test_catholic_church_is_an_organization() -> None:
    got = actors_of(
        "Monitors will be delegates of the army, of the rebels and of the Catholic Church,"
        " through its bishops."
    )
    assert got["Catholic Church"].kind == "organization"


def test_a_common_word_opening_a_sentence_after_a_colon_is_not_a_name() -> None:
    got = actors_of(
        "Under the first phase:\n\n- Displaced Palestinians will return north.\n\n"
        "Families were displaced twice. National Security Council members met."
    )
    assert "Displaced Palestinians" not in got
    assert got["National Security Council"].kind == "organization"


def test_windowed_scans_find_what_whole_text_scans_find(monkeypatch: pytest.MonkeyPatch) -> None:
    # A long article (the windows only apply past a few KB) with every pattern that is
    # run around its keywords: ethnic groups, acronym militias, companies, UN agencies,
    # sites, districts, the watchdog, group nouns.
    paragraph = (
        "Ethnic Albanians and the ADF rebels met the French company TotalEnergies near the"
        " Qana gas field. The UN refugee agency and the U.N. nuclear watchdog sent staff to"
        " the Souq al-Juma district, while the FDLR, a militia founded by exiles, and"
        " separatists held the Kaba Nur air base. Energy giant Chevron and the Rafah"
        " crossing closed; insurgents and militants fled the Hang Seng index report.\n\n"
    )
    doc = document_from_text(paragraph * 40)

    def state() -> list[tuple[str, str, int, list[str]]]:
        actors_module.clear_cache()
        return [(a.name, a.kind, a.mentions, a.aliases) for a in extract_actors(doc)]

    monkeypatch.setattr(actors_module, "_SCAN_ALWAYS", 10**12)
    whole = state()
    monkeypatch.setattr(actors_module, "_SCAN_ALWAYS", 0)
    assert state() == whole
    assert {"TotalEnergies", "Chevron", "FDLR"} <= {name for name, *_ in whole}


def test_small_states_are_in_the_gazetteer_and_first_names_are_not_capitals() -> None:
    got = actors_of(
        "Guyana and Suriname signed the pact, which Barbados hosted. Victoria Nuland praised Chad."
    )
    assert {"Guyana", "Suriname", "Barbados", "Chad"} <= set(got)
    assert got["Guyana"].kind == "state"
    assert got["Victoria Nuland"].kind == "person"


def test_the_articles_own_spelling_of_a_known_group_is_shown() -> None:
    got = actors_of("The Taliban promised to cut ties with al Qaeda. Al Qaeda did not reply.")
    assert got["al Qaeda"].kind == "group" and got["al Qaeda"].mentions == 2


def test_a_led_coalition_is_an_actor_of_its_own() -> None:
    got = actors_of("The Saudi-led coalition and the US-led mission both withdrew.")
    assert got["Saudi-led coalition"].kind == "group"
    assert got["US-led mission"].kind == "group"
    assert "Saudi Arabia" in got
