"""People, states, organizations and groups an article is about."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.analysis.actors import extract_actors, find_mentions
from briefing.core.analysis.model import Actor
from briefing.core.document import document_from_text, load_document

ARTICLES = Path(__file__).parent.parent / "articles"
SEED = Path(__file__).parents[2] / "seeds" / "idlib-ceasefire-2020-03-05.md"


def actors_of(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(document_from_text(text))}


def test_person_mentions_merge_title_surname_and_full_name() -> None:
    got = actors_of(
        "President Putin met reporters. Vladimir Putin said the deal would hold. "
        "Later Putin left Moscow."
    )
    assert "Vladimir Putin" in got
    putin = got["Vladimir Putin"]
    assert putin.kind == "person" and putin.mentions == 3
    assert "Putin" in putin.aliases
    assert not any(name in got for name in ("Putin", "President Putin"))


def test_state_adjective_and_people_merge_into_the_state() -> None:
    got = actors_of("Turkey sent troops. Turkish forces fired back and the Turks held the town.")
    assert got["Turkey"].kind == "state"
    assert got["Turkey"].mentions == 3
    assert set(got["Turkey"].aliases) == {"Turkish", "Turks"}


def test_acronym_and_long_name_are_one_organization() -> None:
    got = actors_of(
        "The International Atomic Energy Agency (IAEA) said repairs began. IAEA staff are on site."
    )
    (name,) = [n for n in got if "Atomic" in n]
    assert name == "International Atomic Energy Agency (IAEA)"
    assert got[name].kind == "organization" and got[name].mentions == 2


def test_acronym_defined_by_the_article_itself() -> None:
    got = actors_of(
        "The Economic Community of West African States (ECOWAS) welcomed the accord. "
        "ECOWAS will monitor it."
    )
    assert got["Economic Community of West African States (ECOWAS)"].mentions == 2


def test_abbreviations_map_to_canonical_state_names() -> None:
    got = actors_of("UK officials and US envoys met at an EU summit. The UAE sent a minister.")
    assert {"United Kingdom", "United States", "United Arab Emirates"} <= set(got)
    assert any(n.startswith("European Union") for n in got)


def test_noise_words_are_not_actors() -> None:
    got = actors_of(
        "However, the talks resumed on Monday. In March the ceasefire held. "
        "Thursday brought more shelling. Critics said nothing changed. Idlib was quiet."
    )
    assert got == {}


def test_capitals_count_only_when_the_state_is_in_the_story() -> None:
    assert actors_of("The talks were held in London and Geneva.") == {}
    got = actors_of("Russia agreed. Moscow said the deal would hold.")
    assert got["Russia"].mentions == 2 and "Moscow" in got["Russia"].aliases


def test_places_with_country_names_are_not_states() -> None:
    got = actors_of("Settlers in the Jordan Valley protested near the Gaza Strip.")
    assert "Jordan" not in got


def test_two_word_names_are_people_and_need_no_title() -> None:
    got = actors_of("Yegor Sobolev was left with a bloody nose after a brawl with Vadim Ivchenko.")
    assert got["Yegor Sobolev"].kind == "person"
    assert got["Vadim Ivchenko"].kind == "person"


def test_single_surname_needs_a_person_signal() -> None:
    got = actors_of("Erdogan said the ceasefire would start at midnight. Erdogan left.")
    assert got["Erdogan"].kind == "person" and got["Erdogan"].mentions == 2
    assert actors_of("Lunch was served. Ferosplavna was cut off.") == {}


def test_titles_and_honorifics() -> None:
    got = actors_of(
        "German Chancellor Angela Merkel spoke. Lord Dannatt disagreed. Mr Cameron was wary."
    )
    assert {"Angela Merkel", "Lord Dannatt", "Cameron", "Germany"} <= set(got)


def test_organization_names_with_connectors() -> None:
    got = actors_of(
        "Andrew Smith, from the Campaign Against Arms Trade, warned of risks. "
        "The Syrian Observatory for Human Rights counted the dead."
    )
    assert got["Campaign Against Arms Trade"].kind == "organization"
    assert got["Syrian Observatory for Human Rights"].kind == "organization"


def test_armed_groups_without_a_name() -> None:
    got = actors_of("The rebels held the town. A rebel commander said the separatists fled.")
    assert got["rebels"].kind == "group" and got["rebels"].mentions == 2
    assert "separatists" in got


def test_byline_is_not_an_actor() -> None:
    assert actors_of("Talks end\n\nby Anadolu Agency\n\nThe talks ended.") == {}


def test_evidence_spans_are_mentions() -> None:
    doc = document_from_text("Israel and Bahrain signed. Israel said it was historic.")
    for actor in extract_actors(doc):
        assert actor.evidence
        for ev in actor.evidence:
            assert doc.text[ev.start : ev.end] == ev.quote
            assert ev.quote in (actor.name, *actor.aliases)


def test_most_mentioned_first() -> None:
    names = [a.name for a in extract_actors(load_document(SEED))]
    assert names[:3] == ["Syria", "Turkey", "Russia"]


def test_find_mentions_is_sorted_and_names_every_key() -> None:
    index = find_mentions(load_document(SEED))
    starts = [m.start for m in index.mentions]
    assert starts == sorted(starts)
    assert all(m.key in index.names for m in index.mentions)


def test_seed_actors() -> None:
    names = {a.name for a in extract_actors(load_document(SEED))}
    assert names == {
        "Syria",
        "Turkey",
        "Russia",
        "Erdogan",
        "Bashar Assad",
        "Putin",
        "rebels",
        "Russia 24",
        "United Nations",
        "Syrian Observatory for Human Rights",
    }


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "quotes-prisoner-swap.txt",
            {
                "Armenia",
                "Azerbaijan",
                "International Committee of the Red Cross (ICRC)",
                "United States",
                "Maria Lindqvist",
                "Elnur Gasimov",
                "Nikol Davtyan",
                "Anthony Reyes",
            },
        ),
        (
            "quotes-gaza-truce.txt",
            {
                "Israel",
                "Hamas",
                "Qatar",
                "Egypt",
                "United States (White House)",
                "Daniel Avraham",
                "Thomas Whitfield",
            },
        ),
    ],
)
def test_own_articles(name: str, expected: set[str]) -> None:
    names = {a.name for a in extract_actors(load_document(ARTICLES / name))}
    assert names == expected


def test_title_case_headline_is_not_read_for_names() -> None:
    got = actors_of("Erdogan Meets Putin As Ceasefire Holds\n\nThe truce held on Monday.")
    assert got == {}


def test_particles_stay_inside_names() -> None:
    got = actors_of("The envoy met Crown Prince Mohammed bin Salman on Monday.")
    assert [a.kind for n, a in got.items() if n.endswith("Mohammed bin Salman")] == ["person"]


def test_person_of_an_organization_is_two_actors() -> None:
    got = actors_of("Alan Boswell of the International Crisis Group said the truce was fragile.")
    assert got["Alan Boswell"].kind == "person"
    assert got["International Crisis Group"].kind == "organization"


def test_arabic_name_particles() -> None:
    got = actors_of("General Abdel Fattah al-Burhan, the army chief, rejected the plan.")
    assert got["Abdel Fattah al-Burhan"].kind == "person"


def test_well_known_leaders_need_no_signal() -> None:
    got = actors_of("Putin and Zelensky did not meet in Istanbul.")
    assert got["Putin"].kind == "person" and got["Zelensky"].kind == "person"


def test_office_title_after_an_organization_starts_a_person() -> None:
    got = actors_of("European Commission President Ursula von der Leyen welcomed the deal.")
    assert got["Ursula von der Leyen"].kind == "person"
    assert got["European Commission"].kind == "organization"


def test_grain_deal_article() -> None:
    names = {a.name for a in extract_actors(load_document(ARTICLES / "quotes-grain-deal.txt"))}
    assert {
        "Russia",
        "Ukraine",
        "Turkey",
        "Antonio Guterres",
        "Oleksandr Kubrakov",  # "Ukrainian Infrastructure Minister Oleksandr Kubrakov"
        "Sergei Shoigu",
        "Mykhailo Podolyak",
        "World Food Programme",
    } <= names
    assert not any(n in names for n in ("Black Sea", "Istanbul", "Chicago", "Twitter", "Reuters"))


def test_known_as_is_a_second_name_and_lost_apostrophes_merge() -> None:
    got = actors_of(
        "Tony Blair was behind Donald Trumps Middle East peace deal. "
        "US President Donald Trump signed it. "
        "RSF commander Mohamed Hamdan Dagalo, known as Hemedti, said he would respect it."
    )
    assert got["Donald Trump"].mentions == 2 and "Donald Trumps" in got["Donald Trump"].aliases
    # Both names are shown, so a reader (or a quote) using either one finds the person.
    assert "Hemedti" in got["Mohamed Hamdan Dagalo (Hemedti)"].aliases
    assert "Hemedti" not in got


def test_named_group_with_a_generic_noun_is_one_actor() -> None:
    got = actors_of("Houthi rebels fired at a ship. The Houthis said the truce was over.")
    assert "rebels" not in got
    assert got["Houthis"].kind == "group"


def test_somebodys_office_marks_a_person() -> None:
    got = actors_of("Tonight Karimov’s office confirmed the release. Karimov left Tashkent.")
    assert got["Karimov"].kind == "person" and got["Karimov"].mentions == 2
