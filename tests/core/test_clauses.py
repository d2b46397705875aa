"""Clauses (agreed terms) and open issues (what the deal left open or in doubt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.core.analysis.clauses import extract_clauses, extract_open_issues
from briefing.core.analysis.model import Item
from briefing.core.document import Document, document_from_text, load_document

ARTICLES = Path(__file__).resolve().parent.parent / "articles"


def doc(text: str) -> Document:
    return document_from_text(text)


def quotes(items: list[Item]) -> list[str]:
    return [item.evidence[0].quote for item in items]


def found(items: list[Item], fragment: str) -> Item | None:
    """The item whose evidence holds ``fragment`` (and is not much longer than a sentence)."""
    for item in items:
        if any(fragment in ev.quote for ev in item.evidence):
            return item
    return None


# --- clause cues -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The two sides agreed to hold joint patrols along the highway.", "agreed to"),
        ("Both sides committed not to attack ships using the corridor.", "committed not to"),
        ("The three countries pledged to normalise relations.", "pledged to"),
        ("Under the pact, the rebels will hand over their heavy weapons.", "under the pact"),
        ("The deal calls for Iran to cut its stockpile of enriched uranium.", "calls for"),
        ("The agreement provides for the release of all detainees.", "provides for"),
        ("Turkey and Russia have announced a ceasefire agreement for Idlib.", "announced"),
        ("The two sides reached an agreement on a “cessation of hostilities.”", "reached"),
        ("A local truce has come into force around the plant.", "into force"),
        ("The ceasefire began at 7 a.m. on Friday.", "began"),
        ("A ceasefire will begin on Sunday at midnight.", "ceasefire"),
        ("It was agreed that observers would monitor the line.", "it was agreed that"),
        ("Hamas accepted the Egyptian ceasefire proposal on Monday.", "accepted the"),
        ("Israel freed 50 prisoners under the pact.", "under the pact"),
        ("Hostages have been released, marking the first phase of the truce.", "carried out"),
        ("Political provisions include guarantees of seats for the rebels.", "provisions include"),
        ("The deal has secured the release of three reporters.", "the deal has secured"),
        ("It actually stops the annexation of the valley.", "it actually stops"),
        ("The agreement will last 120 days and can be renewed.", "will last"),
        ("Kyiv and Moscow signed a deal on Friday to reopen the Black Sea ports.", "to"),
    ],
)
def test_each_clause_cue_yields_a_clause(sentence: str, cue: str) -> None:
    items = extract_clauses(doc(sentence))
    assert len(items) == 1
    assert items[0].evidence[0].quote.rstrip(".") in sentence
    assert cue in items[0].cue
    assert items[0].kind == "clause"


@pytest.mark.parametrize(
    "sentence",
    [
        # hopes, praise and opinions about the deal
        "President Putin said that he hoped the deal will serve as a good basis for peace.",
        "German Chancellor Angela Merkel said the deal offered a glimmer of hope.",
        "The former leader praised the agreement, which he said would benefit everyone.",
        # criticism and doubt are open issues, not terms
        "UK officials agreed the ceasefire should be treated with caution.",
        "Critics said the agreement would only serve the three signatories.",
        # background, proposals and predictions
        "Mr Blair first brokered informal talks between Israel and the UAE in 2015.",
        "Grossi reached out to both sides with a proposed ceasefire window.",
        "Analysts agreed that the truce would not last.",
        "He said there will now be two days of frantic land grabbing.",
        "His comments came after the leaders reached a deal to end the bloodshed.",
        # the agreement refused or not reached
        "Hamas refused to agree to a permanent ceasefire.",
        # "it" with no agreement in view and no agreed term
        "It also opened a new chapter in the history of the region.",
        # a pledge as a noun, not a party pledging
        "Now the hard part: ensuring pledges to stop the fighting translate into peace.",
        # nothing about an agreement at all
        "The minister toured the flooded villages on Tuesday.",
        "We will end this war on our terms, the general said.",
        "There is no doubt the deal is historic, the minister said.",
    ],
)
def test_opinions_criticism_and_background_are_not_clauses(sentence: str) -> None:
    assert extract_clauses(doc(sentence)) == []


def test_future_actions_count_where_an_agreement_is_in_view() -> None:
    action = "Israel will free 150 Palestinian women from its jails."
    assert extract_clauses(doc(action)) == []
    d = doc("The two sides agreed to a four-day truce. " + action)
    assert quotes(extract_clauses(d))[-1] == action
    assert extract_clauses(d)[-1].cue == "agreed action in the future: will free"


def test_a_sentence_listing_terms_gives_one_clause_per_term() -> None:
    text = (
        "Under the agreement in Minsk, a ceasefire will begin on Sunday and heavy weapons "
        "will be pulled back from the conflict zones, with a buffer zone created between "
        "the frontlines."
    )
    assert quotes(extract_clauses(doc(text))) == [
        "Under the agreement in Minsk, a ceasefire will begin on Sunday",
        "heavy weapons will be pulled back from the conflict zones",
        "with a buffer zone created between the frontlines.",
    ]


def test_coordinated_objects_of_one_verb_stay_one_clause() -> None:
    text = "The deal saw the three agree to open embassies and establish trade ties."
    assert len(extract_clauses(doc(text))) == 1


def test_a_doubt_after_but_does_not_undo_the_term_before_it() -> None:
    text = (
        "Both parties committed to continuing the exchanges, but officials cautioned "
        "that no date had been set for the next round."
    )
    d = doc(text)
    clauses = extract_clauses(d)
    assert quotes(clauses) == ["Both parties committed to continuing the exchanges"]
    # The issue is what follows "but": the term before it is cited as a clause.
    (issue,) = extract_open_issues(d)
    # It is more than half the sentence, so the whole sentence cites it as well.
    assert issue.evidence[0].quote.endswith(
        "but officials cautioned that no date had been set for the next round."
    )
    assert issue.text.startswith("Officials cautioned")


def test_quoted_terms_cite_the_quote_not_the_attribution() -> None:
    text = (
        "“At 00.01 tonight, as in, from midnight, the ceasefire will be put in place,” "
        "Erdogan said as he emerged from the meeting."
    )
    (item,) = extract_clauses(doc(text))
    assert item.evidence[0].quote == (
        "At 00.01 tonight, as in, from midnight, the ceasefire will be put in place"
    )


def test_the_same_agreement_announced_twice_is_one_clause() -> None:
    text = (
        "A local ceasefire has come into force around the plant. "
        "Another IAEA-brokered local ceasefire is now in effect to enable repairs."
    )
    assert len(extract_clauses(doc(text))) == 1


def test_a_sentence_opening_on_an_earlier_year_is_background() -> None:
    text = (
        "In 2018, the two countries agreed to a 90-day truce that collapsed within months. "
        "In 2020, the two countries agreed to cut tariffs."
    )
    d = doc(text)
    assert quotes(extract_clauses(d)) == ["In 2020, the two countries agreed to cut tariffs."]
    assert extract_open_issues(d) == []


def test_two_kinds_of_agreement_announced_are_two_clauses() -> None:
    text = (
        "Israel and Hamas announced a truce on Monday. "
        "Separately, Russia and Ukraine announced a prisoner swap."
    )
    assert len(extract_clauses(doc(text))) == 2


def test_old_fights_and_disputes_are_background_not_issues() -> None:
    text = (
        "The two countries signed a trade accord on 14 May 2021. "
        "They broke off diplomatic ties in 2011 after a dispute over water rights. "
        "A previous attempt at an exchange collapsed after a dispute over names. "
        "Fighting continued in the north on Saturday."
    )
    assert quotes(extract_open_issues(doc(text))) == [
        "Fighting continued in the north on Saturday."
    ]


def test_headlines_and_bylines_are_skipped() -> None:
    text = (
        "Cease-fire agreed near Zaporizhzhia for power repairs\n\nby Anadolu Agency\n\n"
        "The two sides agreed to a local ceasefire to enable repairs."
    )
    assert quotes(extract_clauses(doc(text))) == [
        "The two sides agreed to a local ceasefire to enable repairs."
    ]


def test_a_lone_line_without_a_full_stop_is_still_read() -> None:
    assert len(extract_clauses(doc("Israel and Hamas agreed to a four-day truce"))) == 1


def test_labels_drop_leading_connectives() -> None:
    text = "In addition to the Americans, the swap saw the release of 16 Russian dissidents."
    (item,) = extract_clauses(doc(text))
    assert item.text == "The swap saw the release of 16 Russian dissidents"


def test_labels_are_short_and_drop_datelines_and_framing() -> None:
    text = (
        "JERUSALEM (Reuters) - Under the agreement, Israel will free 150 Palestinian "
        "women and teenagers held in its jails across the country in batches over four "
        "days while aid trucks queue at the crossings waiting to enter."
    )
    (item,) = extract_clauses(doc(text))
    assert item.text.startswith("Israel will free 150")
    assert len(item.text) <= 111
    assert item.text.endswith("…")
    assert not item.evidence[0].quote.startswith("JERUSALEM")


# --- open-issue cues -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Firstly, it didn’t establish any no-fly zones over Idlib.", "absence"),
        ("The agreement made no mention of troops withdrawing.", "absence"),
        ("The deal does not address the fate of the settlers.", "absence"),
        ("Details of the agreement were not immediately disclosed.", "absence"),
        ("The mediators did not indicate what happens to Eritrean troops.", "absence"),
        ("The deal was criticised for offering nothing to Palestine.", "absence"),
        ("The ministers will work out the parameters at a later date.", "deferral"),
        ("The sequencing of sanctions relief is yet to be agreed.", "deferral"),
        ("It is unknown if the refugees would return.", "uncertainty"),
        ("It remains to be seen whether the truce will hold.", "uncertainty"),
        ("The status of Jerusalem remains a sticking point.", "sticking point"),
        ("Meanwhile, fighting continued in eastern Ukraine last night.", "violation"),
        ("Kyiv said the strike violated the agreement.", "violation"),
        ("But there were fears it would not bring peace.", "doubt"),
        ("UK officials said the ceasefire should be treated with caution.", "doubt"),
        ("Critics said the countries were willing to abandon the Palestinians.", "doubt"),
        ("Lord Dannatt said the deal was a ‘huge gain’ for Putin.", "doubt"),
        ("The deal must still be ratified by parliament.", "pending"),
        ("Rebel leaders said there were differences over disarmament.", "sticking point"),
        ("Optimism was muted by a history of failure to live up to agreements.", "absence"),
        ("Isolated killings continue in the north.", "violation"),
        ("He called it a “nightmare” for the region.", "doubt"),
        ("Doing this sets a bad precedent for the future.", "doubt"),
        ("All the military issues must still be discussed.", "deferral"),
        ("It was not immediately clear whether the truce would hold.", "uncertainty"),
        ("Skeptics say the deal will not survive the summer.", "doubt"),
        ("Analysts agreed that the truce would not last.", "doubt"),
        ("The border remains the main obstacle.", "sticking point"),
    ],
)
def test_each_open_issue_cue_yields_an_issue(sentence: str, category: str) -> None:
    (item,) = extract_open_issues(doc(sentence))
    assert item.kind == "open_issue"
    assert item.cue.startswith(category)
    assert item.evidence[0].quote == sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "The two sides agreed to hold joint patrols on the highway.",
        "Merkel said the deal offered a glimmer of hope.",
        # a weak word of worry about something other than the deal
        "Andrew Smith warned there is a risk military spending will rise.",
    ],
)
def test_terms_and_unrelated_worries_are_not_open_issues(sentence: str) -> None:
    assert extract_open_issues(doc(sentence)) == []


def test_a_term_pending_ratification_is_both_a_clause_and_an_open_issue() -> None:
    text = "The deal, which must be signed by the president, calls for an amnesty."
    d = doc(text)
    assert quotes(extract_clauses(d)) == [text]
    assert extract_open_issues(d)[0].cue == "pending: must be signed"


def test_a_deferred_term_is_both_a_clause_and_an_open_issue() -> None:
    text = "The defense ministers will work out the parameters of the corridor at a later date."
    d = doc(text)
    assert quotes(extract_clauses(d)) == [text]
    assert quotes(extract_open_issues(d)) == [text]


def test_a_hypothetical_violation_is_a_term_not_an_issue() -> None:
    text = "If Iran violates the deal, all these sanctions will snap back into place."
    d = doc(text)
    assert extract_open_issues(d) == []
    assert quotes(extract_clauses(d)) == [text]


def test_a_point_reported_then_quoted_is_one_issue() -> None:
    text = (
        "However, critics said the signatories were willing to throw Palestine under the bus. "
        "Chris Doyle said: ‘These countries see Iran as the threat and they are willing to "
        "throw Palestine under the bus.’"
    )
    assert len(extract_open_issues(doc(text))) == 1


# --- whole articles of our own ----------------------------------------------------------

# Hand annotation of tests/articles/clauses-*.txt: fragments of the sentences (or parts)
# that must come out as clauses / open issues, and ones that must not be clauses.
EXPECTED: dict[str, tuple[list[str], list[str], list[str]]] = {
    "clauses-prisoner-swap.txt": (
        [
            "exchanged 190 prisoners of war",
            "each side handed over 95 captured soldiers",
            "agreed to repatriate the bodies",
            "had committed to continuing the exchanges",
        ],
        [
            "no date had been set",
            "were not covered by the agreement",
            "It is unclear whether the International Committee",
        ],
        ["Earlier swaps were brokered", "he hoped every Ukrainian"],
    ),
    "clauses-nuclear-deal.txt": (
        [
            "struck a landmark deal on Tuesday to curb",
            "The agreement calls for Iran to cut its stockpile",
            "Iran will not build any new heavy-water reactors",
            "the core of the Arak reactor will be removed",
            "sanctions will be lifted",
            "Inspectors will have access",
            "An arms embargo will remain in place",
        ],
        [
            "called it “a historic mistake”",
            "Critics in Congress said",
            "The deal does not address",
            "are yet to be worked out",
        ],
        ["built on verification", "Critics in Congress"],
    ),
    "clauses-gaza-truce.txt": (
        [
            "have agreed to a four-day truce",
            "The truce is due to begin at 10 a.m.",
            "Women and children held in Gaza will be released",
            "Israel will free Palestinian women",
            "will be allowed into the enclave",
            "The deal provides for the truce to be extended",
        ],
        [
            "are not part of the first phase",
            "It remains to be seen whether the truce will hold",
            "strikes continued across the north",
        ],
        ["the war would resume", "Talks had dragged on"],
    ),
    "clauses-normalization.txt": (
        [
            "to agree to normalise relations with Israel",
            "the United States will recognise Moroccan sovereignty",
            "Morocco pledged to reopen liaison offices",
            "will also expand economic and technological cooperation",
        ],
        [
            "rejected the U.S. decision",
            "The agreement makes no mention of a referendum",
            "condemned the deal as a betrayal",
            "it was not yet clear when embassies would be opened",
        ],
        ["support for the Palestinian cause was unchanged", "relations were frozen"],
    ),
    "clauses-grain-corridor.txt": (
        [
            "signed separate agreements with Turkey",
            "The deal envisages a safe corridor",
            "Both sides committed not to attack vessels",
            "will be set up in Istanbul",
            "ships will be inspected",
            "The agreement will last 120 days",
        ],
        [
            "warned that Russia could not be trusted",
            "the text does not say who will clear them",
            "violated the agreement",
        ],
        ["a beacon of hope", "Grain prices fell"],
    ),
    "clauses-trade-truce.txt": (
        [
            "signed an initial trade agreement",
            "China committed to buying",
            "Washington agreed to halve",
            "Beijing also pledged to strengthen",
            # two long terms after one "pledged to": two items (round 6)
            "to stop forcing foreign companies",
            "The agreement includes a dispute-resolution mechanism",
            "Talks on a second phase will begin soon",
        ],
        [
            "it does not address the state subsidies",
            "Economists doubted",
            "no timetable has been set",
        ],
        ["momentous step", "would make the American economy stronger", "90-day truce"],
    ),
    "clauses-hostage-release.txt": (
        [
            "fulfilling part of an agreement",
            # the handover itself, right after the release was reported: a term carried out
            "were handed over to a humanitarian",
            "The group pledged to stop kidnapping",
            "a verification mechanism will be set up",
            "will suspend aerial bombing",
        ],
        [
            "did not include the roughly 30 people",
            "must still be ratified",
            "It was not clear whether dissident factions",
        ],
        ["a gesture of peace", "previously promised"],
    ),
}
PUBLISHED = {"clauses-trade-truce.txt": dt.date(2020, 1, 15)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_own_articles(name: str) -> None:
    d = load_document(ARTICLES / name, published=PUBLISHED.get(name))
    clauses, issues = extract_clauses(d), extract_open_issues(d)
    want_clauses, want_issues, not_clauses = EXPECTED[name]
    for fragment in want_clauses:
        assert found(clauses, fragment), f"clause missing: {fragment}"
    for fragment in want_issues:
        assert found(issues, fragment), f"open issue missing: {fragment}"
    for fragment in not_clauses:
        assert not found(clauses, fragment), f"not a clause: {fragment}"
    # Precision: nothing beyond the annotation (an item may hold a fragment or be one).
    assert len(clauses) == len(want_clauses)
    assert len(issues) == len(want_issues)


# --- contract and robustness ------------------------------------------------------------


def test_evidence_is_exactly_the_cited_text_and_ids_are_stable() -> None:
    d = load_document(ARTICLES / "clauses-gaza-truce.txt")
    first = extract_clauses(d) + extract_open_issues(d)
    for item in first:
        for ev in item.evidence:
            assert d.text[ev.start : ev.end] == ev.quote
            assert ev.quote == ev.quote.strip()
        assert item.text and item.cue
    again = extract_clauses(d) + extract_open_issues(d)
    assert [i.id for i in first] == [i.id for i in again]
    assert len({i.id for i in first}) == len(first)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "agreed to " * 5000,
        " ".join(["the ceasefire will begin and troops will withdraw"] * 2000) + ".",
        "“Under the deal, prisoners will be freed on February 30, he said.",
        "Under the deal" + ", and" * 20000,
        "x" * 100_000,
        "It is unclear whether " * 3000,
    ],
    ids=["empty", "blank", "no-stop", "one-long-sentence", "bad-date", "many-and", "x", "rep"],
)
def test_any_text_is_analysed_without_error(text: str) -> None:
    d = doc(text)
    for item in extract_clauses(d) + extract_open_issues(d):
        for ev in item.evidence:
            assert d.text[ev.start : ev.end] == ev.quote


def test_word_gates_never_hide_a_match() -> None:
    """A cue's regex only runs when the sentence has one of its gate words; every match
    found in the test articles must pass its own gates, or the gate would hide it."""
    from briefing.core.analysis import clauses as c

    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("clauses-*.txt"))]
    texts.append(
        "The deal didn't specify a date. Critics fear a sham. It remains to be seen. "
        "Fighting broke out despite the truce. The truce collapsed. Talks were postponed. "
        "No details were given. He questioned the so-called deal. Not over. "
        "The agreement would be released. A prisoner swap was agreed. They signed a "
        "non-aggression pact. The ceasefire came into force. It is not known whether. "
        "Skeptics and sceptics doubt it. A shaky, tenuous truce. The main obstacle. "
        "It was not immediately clear whether. Its fate was unclear. They did not disclose "
        "the terms. The ceasefire began and the truce kicked in. A bad precedent."
    )
    checked = 0
    for text in texts:
        low = c._lower(text)
        for pattern, gates in c._GATES.items():
            if pattern is c._MODAL:
                gates = gates[:1]  # its term gate is checked with _TERMS_RE
            for m in pattern.finditer(low):
                words = c._words_of(m.group())
                assert all(not g.isdisjoint(words) for g in gates), (pattern.pattern, m.group())
                checked += 1
        for (_, pattern, _), gates in zip(c._ISSUE_CUES, c._ISSUE_GATES, strict=True):
            for m in pattern.finditer(low):
                words = c._words_of(m.group())
                assert all(not g.isdisjoint(words) for g in gates), (pattern.pattern, m.group())
                checked += 1
    assert checked > 100
