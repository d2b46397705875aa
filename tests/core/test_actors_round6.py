"""Round-6 actor cues: states named only as places, generic nouns beside a named group,
bodies a deal describes, names as the article writes them, titles and nicknames."""

from __future__ import annotations

from briefing.core.analysis.actors import extract_actors
from briefing.core.analysis.model import Actor
from briefing.core.document import document_from_text


def actors_of(text: str) -> dict[str, Actor]:
    return {a.name: a for a in extract_actors(document_from_text(text))}


def test_a_state_named_only_as_a_place_is_not_an_actor() -> None:
    got = actors_of(
        "Armenia and Azerbaijan agreed the swap at talks in Switzerland last month. "
        "Delegates later flew to the Kazakh capital."
    )
    assert {"Armenia", "Azerbaijan"} <= set(got)
    assert "Switzerland" not in got and "Kazakhstan" not in got


def test_a_state_that_acts_somewhere_in_the_article_stays() -> None:
    got = actors_of(
        "The talks were held in Switzerland. Switzerland offered to host the monitors. "
        "In Israel, critics called the deal a mistake."
    )
    assert "Switzerland" in got and "Israel" in got


def test_a_persons_former_office_does_not_bring_in_the_state() -> None:
    got = actors_of("The accord was brokered by former Finnish president Martti Ahtisaari.")
    assert "Martti Ahtisaari" in got
    assert "Finland" not in got


def test_generic_rebels_give_way_to_the_named_armed_group() -> None:
    named = actors_of(
        "The Karo Liberation Front signed the truce. The rebels will withdraw from the hills."
    )
    assert "Karo Liberation Front" in named and "rebels" not in named
    unnamed = actors_of("The government and the rebels signed a truce on Friday.")
    assert "rebels" in unnamed


def test_a_force_led_by_an_ethnic_group_is_a_description() -> None:
    got = actors_of(
        "Damascus reached a deal with the Kurdish-led force. The Saudi-led coalition welcomed it."
    )
    assert "Kurdish-led force" not in got
    assert "Saudi-led coalition" in got


def test_a_law_named_after_a_government_is_not_an_organization() -> None:
    got = actors_of("Britain will repeal the Government of Ireland Act under the deal.")
    assert not any("Act" in name for name in got)


def test_a_body_the_deal_describes_with_a_is_not_an_actor() -> None:
    got = actors_of(
        "A North-South Ministerial Council will bring ministers together. "
        "The Joint Monitoring Committee met on Monday and the Joint Monitoring Committee "
        "reported no violations."
    )
    assert "North-South Ministerial Council" not in got
    assert "Joint Monitoring Committee" in got


def test_historical_and_breakaway_states() -> None:
    got = actors_of(
        "The Soviet Union drew the border in the 1920s. Ethiopia signed a deal with "
        "Somaliland, which Somalia regards as part of its territory."
    )
    assert {"Soviet Union", "Somaliland", "Somalia", "Ethiopia"} <= set(got)


def test_senior_general_is_a_title() -> None:
    got = actors_of("The army chief, Senior General Than Myint Oo, signed for the military.")
    assert "Than Myint Oo" in got


def test_the_articles_short_name_for_a_state_is_shown_beside_it() -> None:
    got = actors_of(
        "Northern Ireland will remain part of the United Kingdom. Britain will repeal the "
        "old act, and the Kremlin said nothing while Russia watched."
    )
    assert "United Kingdom (Britain)" in got
    assert "Russia (Kremlin)" in got


def test_an_acronym_that_acts_is_an_actor_without_its_long_name() -> None:
    got = actors_of(
        "The talks stalled until the KLF restored its ceasefire. Paul Dorn, the NDP leader, "
        "was hopeful. The army kept fighting the Kokang rebels of the MNDAA. The GDP fell."
    )
    assert {"KLF", "NDP", "MNDAA"} <= set(got)
    assert "GDP" not in got


def test_a_legislature_the_article_returns_to_is_an_actor() -> None:
    twice = actors_of(
        "Parliament is to pass the law in March. The deal fails if Parliament votes no."
    )
    assert "Parliament" in twice
    once = actors_of("The minister spoke to Parliament on Monday about the deal.")
    assert "Parliament" not in once


def test_a_quoted_nickname_is_the_same_person() -> None:
    got = actors_of(
        'Leonard Glenn Francis, the businessman known as "Fat Leonard", was flown home. '
        "Francis had fled house arrest."
    )
    assert "Fat Leonard" not in got
    assert any(name.startswith("Leonard Glenn Francis") for name in got)


def test_a_group_known_by_a_name_is_an_actor() -> None:
    got = actors_of("Fighting with pro-government militias known as Wazalendo went on.")
    assert got["Wazalendo"].kind == "group"


def test_a_long_arabic_name_and_its_short_form_are_one_person() -> None:
    got = actors_of(
        "The ceremony was attended by Foreign Minister Sheikh Mohammed bin Abdulrahman Al "
        "Thani. Sheikh Mohammed called the agreement a historic step."
    )
    people = [a for a in got.values() if a.kind == "person"]
    assert [p.name for p in people] == ["Sheikh Mohammed bin Abdulrahman Al Thani"]
    assert people[0].mentions == 2


def test_possessives_and_apostrophes_inside_organization_names() -> None:
    got = actors_of(
        "Ayesha Farooq of King’s College London said the Sudan People's Liberation "
        "Movement-North and the Ta'ang National Liberation Army would not sign. "
        "Russia's Vladimir Putin said nothing."
    )
    assert "King’s College London" in got
    assert "Sudan People's Liberation Movement-North" in got
    assert "Ta'ang National Liberation Army" in got
    assert "Vladimir Putin" in got and "Russia" in got


def test_a_city_written_as_a_place_is_not_a_speaker() -> None:
    got = actors_of(
        "Talks in Kelburn ran through the night. Security sources in Kelburn warned of "
        "attacks. Mara Quist said the deal would hold."
    )
    assert "Kelburn" not in got
    assert "Mara Quist" in got


def test_names_before_a_strait_a_hotel_or_after_capital_are_places() -> None:
    got = actors_of(
        "Ships crossed the Red Sea and Bab al-Mandab strait. At the Rainbow Towers hotel, "
        "Tomas Brandt signed. Monitors arrived in the provincial capital Banda Aceh."
    )
    assert not {"Bab al-Mandab", "Rainbow Towers", "Banda Aceh"} & set(got)
    assert "Tomas Brandt" in got


def test_a_nationality_or_a_former_office_does_not_make_an_actor() -> None:
    got = actors_of(
        "Saudi Arabia freed 100 prisoners, including Sudanese nationals. Leonard Francis, a "
        "Malaysian businessman, was flown home. Kofi Annan, former U.N. Secretary-General, "
        "mediated."
    )
    assert "Saudi Arabia" in got
    assert not {"Sudan", "Malaysia"} & set(got)
    assert not any(name.startswith("United Nations") for name in got)


def test_a_people_is_an_actor_when_named_as_a_party() -> None:
    party = actors_of("Israel's dispute with the Palestinians was not settled by the accord.")
    assert "Palestinians" in party
    counted = actors_of(
        "The strikes killed 44 Palestinians. Israel will free Palestinian prisoners."
    )
    assert "Palestinians" not in counted


def test_a_name_also_written_as_a_place_is_not_a_person() -> None:
    got = actors_of(
        "The army will halt operations in Blue Nile and South Kordofan states. "
        "The fighting in South Kordofan and Blue Nile broke out in 2011."
    )
    assert "Blue Nile" not in got and "South Kordofan" not in got


def test_and_inside_a_bodys_name_and_an_adjective_opening_it() -> None:
    got = actors_of(
        "Tendai Moyo of the Institute for Peace and Conflict Studies said the Central "
        "Intelligence Organisation would resist. The Syrian Observatory for Human Rights and "
        "Turkey disagreed."
    )
    assert "Institute for Peace and Conflict Studies" in got
    assert "Central Intelligence Organisation" in got
    assert "Syrian Observatory for Human Rights" in got and "Turkey" in got


def test_a_plural_title_is_not_part_of_the_name() -> None:
    got = actors_of("Presidents Donald Trump and Vladimir Putin spoke by telephone.")
    assert "Donald Trump" in got and "Vladimir Putin" in got


def test_a_capital_that_acts_names_its_state() -> None:
    got = actors_of("India agreed. New Delhi pointedly played down Washington’s role.")
    assert "United States" in got
    place = actors_of("India agreed. Diplomats in Brussels said the alliance would help.")
    assert "Belgium" not in place


def test_an_apposition_types_a_one_word_name() -> None:
    got = actors_of(
        "Sanctions will be lifted on Rosselkhozbank, the state agricultural lender, and "
        "Rosselkhozbank will be reconnected. Omar Amin, a leader of the coalition, agreed."
    )
    assert got["Rosselkhozbank"].kind == "organization"
    assert got["Rosselkhozbank"].mentions == 2
    assert "Omar Amin" in got and "Amin" not in got


def test_a_name_after_a_is_a_modifier_not_a_person() -> None:
    got = actors_of("Among those freed was Eyvin Hernandez, a Los Angeles public defender.")
    assert "Eyvin Hernandez" in got and "Los Angeles" not in got
