"""Round 6 clause rules: how terms are cut and which speakers' words are not terms.

Every sentence here is written for the test; none comes from an evaluation article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from briefing.core.analysis.clauses import extract_clauses
from briefing.core.analysis.model import Item
from briefing.core.document import Document, document_from_text, load_document


def doc(text: str) -> Document:
    return document_from_text(text)


def quotes(items: list[Item]) -> list[str]:
    return [item.evidence[0].quote for item in items]


def test_a_subject_with_initials_starts_a_term_of_its_own() -> None:
    sentence = (
        "Under the truce, the militia has agreed not to shell the port, "
        "while U.N. peacekeepers will patrol the coastal road at night."
    )
    assert quotes(extract_clauses(doc(sentence))) == [
        "Under the truce, the militia has agreed not to shell the port",
        "U.N. peacekeepers will patrol the coastal road at night.",
    ]


def test_between_x_and_y_is_one_pair_not_two_terms() -> None:
    sentence = (
        "Under the accord, the garrison would leave the valley, and talks between the "
        "herders' unions and farmers on grazing rights along the river would follow."
    )
    found = quotes(extract_clauses(doc(sentence)))
    assert found == [sentence]


def test_a_deadline_after_with_stays_with_its_term() -> None:
    text = (
        "The main terms of the accord:\n\n"
        "- The militia will hand over its mortars in three stages, with the handover to be "
        "finished by June 30.\n\n"
        "- A joint commission will run the border crossings, with a second gate opened at "
        "the river."
    )
    found = quotes(extract_clauses(doc(text)))
    assert (
        "The militia will hand over its mortars in three stages, with the handover to be "
        "finished by June 30." in found
    )
    # A participle still makes a term of its own.
    assert "with a second gate opened at the river." in found


def test_a_door_opened_is_a_figure_of_speech_not_a_term() -> None:
    text = (
        "The two ministers agreed to share the river's water equally. "
        '"This accord opens a door that nobody will be able to shut," the mediator said.'
    )
    found = quotes(extract_clauses(doc(text)))
    assert found == ["The two ministers agreed to share the river's water equally."]


def test_a_speakers_own_promise_in_a_quote_is_not_a_term() -> None:
    text = (
        "The rebels and the army signed a truce on Friday. "
        'The commander added: "Our men will lay down their rifles once the truce holds." '
        '"We have agreed to stop shooting," a rebel spokesman told reporters.'
    )
    assert quotes(extract_clauses(doc(text))) == [
        "The rebels and the army signed a truce on Friday."
    ]


def test_a_term_word_in_the_attribution_does_not_make_the_quote_a_term() -> None:
    text = (
        "Under the islands pact, both navies will leave the reefs by May.\n\n"
        "“Parliament is no rubber stamp. Every line will be read, and any article that hands "
        "over the reefs will be voted down,” said a deputy who sits on the border committee."
    )
    assert quotes(extract_clauses(doc(text))) == [
        "Under the islands pact, both navies will leave the reefs by May."
    ]


def test_a_quoted_term_in_the_third_person_is_still_a_term() -> None:
    text = (
        "The two leaders announced a truce for the valley. "
        '"From midnight, the ceasefire will be in place along the whole valley," the envoy said.'
    )
    found = quotes(extract_clauses(doc(text)))
    assert "From midnight, the ceasefire will be in place along the whole valley" in found


def test_an_order_to_stop_fighting_is_a_term() -> None:
    sentence = (
        "The president ordered the army on Friday to halt all military operations in the "
        "delta until Monday."
    )
    items = extract_clauses(doc(sentence))
    assert quotes(items) == [sentence]
    assert items[0].cue == "agreement announced: ordered … halt"


def test_an_order_to_attack_is_not_a_term() -> None:
    sentence = "The general ordered his units on Friday to storm the airport."
    assert extract_clauses(doc(sentence)) == []


def test_mirroring_a_pause_in_reported_speech_is_a_term() -> None:
    text = (
        "The rebels announced a two-day truce for the harvest. "
        "The defence minister said the army would mirror the pause in the northern hills."
    )
    found = quotes(extract_clauses(doc(text)))
    assert (
        found[-1]
        == "The defence minister said the army would mirror the pause in the northern hills."
    )


def test_a_reduction_in_violence_that_begins_is_a_term_and_one_agreement() -> None:
    text = (
        'A ten-day "reduction in violence" between the militias began at dawn on Sunday. '
        "The envoy announced on Sunday that both militias had reached an understanding on a "
        "reduction in violence."
    )
    found = quotes(extract_clauses(doc(text)))
    # The same agreement announced again adds no term.
    assert found == [
        'A ten-day "reduction in violence" between the militias began at dawn on Sunday.'
    ]


def test_a_pause_that_began_earlier_is_not_a_term() -> None:
    text = "The signing followed a humanitarian pause that began on March 2 and mostly held."
    assert extract_clauses(doc(text)) == []


def test_two_handovers_in_the_past_are_two_terms() -> None:
    sentence = (
        "Under Tuesday's swap, each side released 90 detainees, and the rebels also handed "
        "over the remains of four soldiers."
    )
    assert quotes(extract_clauses(doc(sentence))) == [
        "Under Tuesday's swap, each side released 90 detainees",
        "the rebels also handed over the remains of four soldiers.",
    ]


def test_a_statement_released_after_talks_is_not_a_handover() -> None:
    sentence = (
        "Under a joint statement released after two days of talks, both sides agreed to "
        "reopen the border crossings."
    )
    assert quotes(extract_clauses(doc(sentence))) == [sentence]


def test_a_pledge_in_a_time_clause_dates_other_news() -> None:
    text = (
        "The talks opened in the capital in October after the new rulers pledged to end "
        "the insurgency within a year."
    )
    assert extract_clauses(doc(text)) == []


def test_a_pledge_after_an_opening_phrase_is_still_a_term() -> None:
    sentence = "After two days of talks, the rebels pledged to free all child soldiers."
    assert quotes(extract_clauses(doc(sentence))) == [sentence]


def test_round6_gates_never_hide_a_match() -> None:
    """Each clause pattern runs only when the sentence has its gate words: every match in
    round-6 wordings must pass its own gates."""
    from briefing.core.analysis import clauses as c

    texts = [
        "The president ordered the army on Friday to halt all military operations.",
        "Commanders were ordered to cease fire at noon.",
        "The defence minister said the army would mirror the pause.",
        "Officials said both sides would reciprocate.",
        'A ten-day "reduction in violence" began at dawn.',
        "A truce was agreed.",
        "Each side released 90 detainees, and the rebels also handed over four bodies.",
    ]
    checked = 0
    for text in texts:
        low = c._lower(text)
        for pattern, gates in c._GATES.items():
            if pattern is c._MODAL:
                gates = gates[:1]
            for m in pattern.finditer(low):
                words = c._words_of(m.group())
                assert all(not g.isdisjoint(words) for g in gates), (pattern.pattern, m.group())
                checked += 1
    assert checked >= 7


def test_two_long_terms_after_one_agreement_verb_are_two_items() -> None:
    sentence = (
        "The rebels also agreed to release every soldier captured during the siege of the "
        "port and to form a joint committee to monitor the truce along the river."
    )
    items = extract_clauses(doc(sentence))
    assert quotes(items) == [
        "The rebels also agreed to release every soldier captured during the siege of the port",
        "to form a joint committee to monitor the truce along the river.",
    ]
    assert items[1].cue == "agreement verb: agreed to"


def test_two_short_terms_after_one_agreement_verb_stay_one_item() -> None:
    sentence = "The two sides agreed to reopen the checkpoints and to restore direct flights."
    assert quotes(extract_clauses(doc(sentence))) == [sentence]


def test_a_dispute_the_deal_ends_is_no_issue() -> None:
    from briefing.core.analysis.clauses import extract_open_issues

    text = (
        "The two neighbours signed an accord to share the river's water on Monday, ending "
        "years of deadlock. They also agreed to set aside a long dispute over the dam."
    )
    assert extract_open_issues(doc(text)) == []
    assert len(extract_clauses(doc(text))) == 2


def dated(tmp_path: Path, text: str, published: dt.date) -> Document:
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return load_document(path, published=published)


def test_an_agreement_signed_weeks_before_the_report_is_background(tmp_path: Path) -> None:
    text = (
        "Under an accord signed in Lome on March 3, the two parties agreed to hold a census "
        "before the vote.\n\n"
        "Under the new deal, the two parties agreed to merge their militias by June."
    )
    d = dated(tmp_path, text, dt.date(2024, 5, 20))
    assert quotes(extract_clauses(d)) == [
        "Under the new deal, the two parties agreed to merge their militias by June."
    ]


def test_a_date_that_belongs_to_another_verb_does_not_make_a_term_history(
    tmp_path: Path,
) -> None:
    sentence = "Washington agreed to halve the duties it imposed in September on steel."
    d = dated(tmp_path, sentence, dt.date(2020, 1, 15))
    assert quotes(extract_clauses(d)) == [sentence]


def test_a_question_is_not_a_term() -> None:
    text = "What does the treaty say, and will it stop the fighting?"
    assert extract_clauses(doc(text)) == []


def test_the_document_that_recognises_is_a_term() -> None:
    sentence = "The accord recognises the herders' right to graze the northern plateau."
    assert quotes(extract_clauses(doc(sentence))) == [sentence]


def test_carrying_out_the_deal_and_passing_a_law_are_terms() -> None:
    text = (
        "Joint committees are to carry out the accord by the end of the year. "
        "Parliament is to pass legislation giving the accord the force of law."
    )
    assert len(extract_clauses(doc(text))) == 2


def test_a_halt_to_firing_confirmed_in_reported_speech_is_a_term() -> None:
    sentence = (
        "A rebel spokesman confirmed on Tuesday that the group would stop firing at cargo ships."
    )
    assert quotes(extract_clauses(doc(sentence))) == [sentence]


def test_the_lead_that_reports_a_signing_is_a_term() -> None:
    text = (
        "Border treaty signed\n\n"
        "The presidents of the two republics signed a treaty on their common border in the "
        "capital on Thursday.\n\n"
        "The ceremony was brief."
    )
    found = quotes(extract_clauses(doc(text)))
    assert found == [
        "The presidents of the two republics signed a treaty on their common border in the "
        "capital on Thursday."
    ]


def test_a_signing_of_the_deal_already_known_is_not_a_term() -> None:
    text = (
        "A new accord between the two ports was criticised last night.\n\n"
        "The mayor signed the landmark deal on Tuesday at a ceremony in the harbour."
    )
    assert extract_clauses(doc(text)) == []


def test_a_signing_deep_in_the_story_is_not_the_lead() -> None:
    text = (
        "Fishermen returned to the lagoon on Monday. Boats crowded the quay. "
        "Prices fell at the morning market. Later, the two councils signed a memorandum on "
        "the lagoon's use."
    )
    assert extract_clauses(doc(text)) == []


def test_fears_of_war_before_the_deal_are_no_doubt_about_it() -> None:
    from briefing.core.analysis.clauses import extract_open_issues

    sentence = (
        "The two states agreed last night to stop all firing, pulling back after days of "
        "strikes that had raised fears of a full-scale war."
    )
    assert extract_open_issues(doc(sentence)) == []
    assert quotes(extract_clauses(doc(sentence)))[0].startswith("The two states agreed")


def test_a_new_body_set_up_in_the_future_is_a_term_after_a_term() -> None:
    text = (
        "Under the accord, a joint assembly will be elected in June. "
        "A river council will bring ministers from both banks together, while the northern "
        "state will repeal its 1961 water law."
    )
    found = quotes(extract_clauses(doc(text)))
    assert "A river council will bring ministers from both banks together" in found
    assert "the northern state will repeal its 1961 water law." in found


def test_recognising_that_something_will_remain_is_a_term() -> None:
    sentence = "Both governments recognise that the islands will remain under joint administration."
    text = "Under the accord, the navies will leave the reefs by May. " + sentence
    assert quotes(extract_clauses(doc(text)))[-1] == sentence


def test_committed_themselves_to_two_long_terms() -> None:
    sentence = (
        "The parties also committed themselves to drafting a new constitution within 18 "
        "months, and to ending the political violence that has scarred the country since May."
    )
    assert len(extract_clauses(doc(sentence))) == 2


def test_an_aim_is_not_an_arrangement() -> None:
    sentence = "The overall goal is to bring calm to the whole river basin."
    assert extract_clauses(doc(sentence)) == []


def test_a_threat_not_to_hesitate_is_not_a_term() -> None:
    text = (
        "Under the deal, the militia will withdraw from the dam. "
        "The army would not hesitate to resume its strikes if attacked."
    )
    found = quotes(extract_clauses(doc(text)))
    assert found == ["Under the deal, the militia will withdraw from the dam."]


def test_the_same_truce_agreed_again_in_the_news_is_one_term() -> None:
    text = (
        "A truce took effect at noon along the river.\n\n"
        "The envoy broke the news, saying the two sides had agreed to a ‘full and immediate "
        "ceasefire’ and thanking them."
    )
    assert quotes(extract_clauses(doc(text))) == ["A truce took effect at noon along the river."]


def test_a_truce_agreed_for_a_purpose_is_a_term_of_its_own() -> None:
    text = (
        "A local truce has come into force around the dam.\n\n"
        "The two sides agreed to a local ceasefire to let engineers repair the spillway."
    )
    assert len(extract_clauses(doc(text))) == 2


def test_a_truce_that_characterises_is_not_a_term() -> None:
    text = "“A truce that ends with impunity is a truce that guarantees the next war.”"
    assert extract_clauses(doc(text)) == []


def test_more_ceasefires_than_anyone_can_count_is_background() -> None:
    text = "“This country has signed more ceasefires than anyone can count,” said a priest."
    assert extract_clauses(doc(text)) == []


def test_one_sides_reading_of_the_deal_is_not_a_term() -> None:
    text = "The capital insists the declaration requires the rebels to leave the mines."
    assert extract_clauses(doc(text)) == []


def test_in_return_governs_the_handover_that_follows() -> None:
    sentence = "In return, the rebels released all six foreign engineers and four drivers."
    assert quotes(extract_clauses(doc(sentence))) == [sentence]


def test_names_after_a_colon_are_left_out_of_the_evidence() -> None:
    text = (
        "According to the group, the mediator has undertaken to work for the release of two "
        "of its members: Ali Haidar, a commander arrested in May, and Omar Said, a medic."
    )
    assert quotes(extract_clauses(doc(text))) == [
        "According to the group, the mediator has undertaken to work for the release of two "
        "of its members"
    ]


def test_a_sentence_that_announces_the_steps_is_not_a_term() -> None:
    text = (
        "The accord sets out a series of steps for the northern government. The main terms:"
        "\n\n- The army will leave the valley by June."
    )
    assert quotes(extract_clauses(doc(text))) == ["The army will leave the valley by June."]


def test_the_when_and_why_after_a_term_is_left_out_of_its_evidence() -> None:
    text = (
        "The truce took effect at noon on Friday, after the two commanders spoke by "
        "telephone for an hour in the morning."
    )
    assert quotes(extract_clauses(doc(text))) == ["The truce took effect at noon on Friday"]


def test_steps_under_a_heading_on_what_was_agreed_are_terms() -> None:
    text = (
        "Explainer: what is in the harbour deal?\n\n"
        "The two cities signed the harbour deal on Monday. A day later the state eased its "
        "levy on fishing boats.\n\n"
        "What did the state do in return?\n\n"
        "On Tuesday, the state treasury issued a licence allowing trade through the north "
        "quay.\n\n"
        "Will it hold?\n\n"
        "On Tuesday, the state treasury issued a statement praising the mayors."
    )
    found = quotes(extract_clauses(doc(text)))
    assert found == [
        "On Tuesday, the state treasury issued a licence allowing trade through the north quay."
    ]


def test_a_first_person_part_of_a_quote_is_not_a_term() -> None:
    text = (
        "Under the truce, the navy will leave the reef by Friday.\n\n"
        '"If they fire one more shell, we will consider the truce over," the commander said.'
    )
    assert quotes(extract_clauses(doc(text))) == [
        "Under the truce, the navy will leave the reef by Friday."
    ]


def test_an_exchange_of_prisoners_that_took_place_is_a_term() -> None:
    sentence = "The first exchange of prisoners took place on Friday at the river bridge."
    assert quotes(extract_clauses(doc(sentence))) == [sentence]


def test_a_wish_inside_a_condition_is_no_opinion() -> None:
    text = (
        "Under the accord, the navies will leave the reefs by May. Both governments "
        "recognise that the islands will stay under joint rule for as long as their people "
        "wish it."
    )
    assert len(extract_clauses(doc(text))) == 2


def test_the_paragraphs_right_after_under_the_deal_go_on_listing_terms() -> None:
    text = (
        "Under the deal, the mayor will chair a new harbour council.\n\n"
        "The fishermen's leader becomes one of two deputy chairs.\n\n"
        "The council will have 12 members: six from each town.\n\n"
        '"Our boats will sail again," a fisherman said.\n\n'
        "Later, the ferry will run twice a day."
    )
    found = quotes(extract_clauses(doc(text)))
    assert found == [
        "Under the deal, the mayor will chair a new harbour council.",
        "The fishermen's leader becomes one of two deputy chairs.",
        "The council will have 12 members: six from each town.",
    ]
