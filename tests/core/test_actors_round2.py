"""Round-2 actor cues: parties, UN agencies by remit, named sites and districts."""

from __future__ import annotations

from briefing.core.analysis.actors import extract_actors
from briefing.core.analysis.model import Actor
from briefing.core.document import document_from_text


def actors_of(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(document_from_text(text))}


def test_a_name_before_party_is_a_political_party() -> None:
    got = actors_of(
        "Lawmakers in Zagreb approved the accord. The conservative Civic Union party "
        "voted against it, and the Green Path party abstained."
    )
    assert got["Civic Union"].kind == "organization"
    assert got["Green Path"].kind == "organization"


def test_a_party_word_opening_a_sentence_is_not_a_party() -> None:
    # "Each party" is an ordinary phrase, not the name of a political party.
    got = actors_of("Each party will withdraw its troops. Every party agreed to the plan.")
    assert not any(a.kind == "organization" for a in got.values())


def test_un_agency_named_by_its_remit_is_that_agency_not_the_un() -> None:
    got = actors_of("The UN refugee agency said returns must respect the law.")
    assert "UN refugee agency" in got
    assert "United Nations" not in got


def test_un_nuclear_agency_is_the_iaea() -> None:
    got = actors_of("The U.N. nuclear agency said inspectors would return to the plant.")
    assert "International Atomic Energy Agency" in got


def test_a_district_named_after_in_the_is_a_place() -> None:
    got = actors_of(
        '"We will wait and see," said Omar, a baker in the Bab Tuma district of the city.'
    )
    assert not any("Bab Tuma" in name for name in got)


def test_a_named_gas_field_or_crossing_is_a_place_everywhere_in_the_article() -> None:
    got = actors_of(
        "The Dorado gas field lies on the line. Dorado must still be surveyed, and the "
        "Kerem crossing will reopen. Israel and Lebanon signed."
    )
    assert "Dorado" not in got
    assert "Kerem" not in got
    assert {"Israel", "Lebanon"} <= set(got)
