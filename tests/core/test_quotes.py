"""Direct quotations and their speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.core.analysis.model import Item
from briefing.core.analysis.quotes import extract_quotes
from briefing.core.document import document_from_text, load_document

ARTICLES = Path(__file__).parent.parent / "articles"
SEED = Path(__file__).parents[2] / "seeds" / "idlib-ceasefire-2020-03-05.md"


def quotes_of(text: str) -> list[Item]:
    return extract_quotes(document_from_text(text))


def pairs(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes_of(text)]


def test_evidence_is_the_quoted_words_without_marks() -> None:
    doc = document_from_text("“We will sign tomorrow,” Jones said.")
    (q,) = extract_quotes(doc)
    ev = q.evidence[0]
    assert ev.quote == "We will sign tomorrow"
    assert doc.text[ev.start : ev.end] == ev.quote
    assert q.kind == "quote"


@pytest.mark.parametrize(
    "text",
    [
        '"The talks are over," Jones said.',
        "“The talks are over,” Jones said.",
        "‘The talks are over,’ Jones said.",
        "'The talks are over,’ Jones said.",
        "'The talks are over,' Jones said.",
    ],
)
def test_straight_curly_and_single_marks(text: str) -> None:
    assert pairs(text) == [("Jones", "The talks are over")]


def test_apostrophes_inside_words_do_not_close_a_quote() -> None:
    text = "‘Iran’s negotiators won’t sign a deal that isn’t fair,’ said Ali Karimi."
    assert pairs(text) == [("Ali Karimi", "Iran’s negotiators won’t sign a deal that isn’t fair")]


def test_plural_possessive_inside_a_single_quote() -> None:
    text = "‘The prisoners’ families have waited long enough,’ said Ana Ruiz."
    assert pairs(text) == [("Ana Ruiz", "The prisoners’ families have waited long enough")]


def test_quote_split_around_he_said_gives_two_quotes_same_speaker() -> None:
    text = (
        "Mr Cameron was sceptical.\n\n"
        "‘If this is a genuine ceasefire, that would be welcome,’ he said. "
        "‘But actions matter more than words.’"
    )
    got = pairs(text)
    assert got == [
        ("Cameron", "If this is a genuine ceasefire, that would be welcome"),
        ("Cameron", "But actions matter more than words."),
    ]


def test_pronoun_resolves_to_full_name_and_skips_names_inside_the_quote() -> None:
    text = (
        "Prime Minister David Cameron spoke in Brussels. Later Mr Cameron met reporters.\n\n"
        "‘Putin needs to know the sanctions stay,’ he said."
    )
    assert pairs(text) == [("David Cameron", "Putin needs to know the sanctions stay")]


def test_she_skips_a_man_named_later() -> None:
    text = (
        "Mrs Lindqvist said the report was ready. It was sent to Mr Ortega.\n\n"
        "“We tell both governments,” she said."
    )
    assert pairs(text)[0][0] == "Lindqvist"


def test_it_said_resolves_to_an_organization() -> None:
    text = (
        "The International Atomic Energy Agency (IAEA) said the repair could start.\n\n"
        '"A local ceasefire is in effect," it said in a statement.'
    )
    (q,) = quotes_of(text)
    assert q.speaker is not None and "IAEA" in q.speaker


def test_the_group_resolves_to_the_named_group() -> None:
    text = (
        "Hamas said the truce would hold. The group described the deal as a “humanitarian pause”."
    )
    assert pairs(text) == [("Hamas", "humanitarian pause")]


def test_said_x_form_and_descriptions() -> None:
    text = "‘We need to send a clear signal,’ said one British diplomat."
    assert pairs(text) == [("one British diplomat", "We need to send a clear signal")]


def test_x_said_colon_form_with_a_description_as_speaker() -> None:
    text = "A spokesman for the former Labour leader said: ‘He was never paid.’"
    assert pairs(text) == [("A spokesman for the former Labour leader", "He was never paid.")]


def test_titles_are_dropped_from_speaker_names() -> None:
    text = (
        "German Chancellor Angela Merkel said the deal offered a ‘glimmer of hope’. "
        "“It is a start,” US Secretary of State Anthony Reyes said."
    )
    assert pairs(text) == [
        ("Angela Merkel", "glimmer of hope"),
        ("Anthony Reyes", "It is a start"),
    ]


def test_appositives_are_not_speakers() -> None:
    text = (
        "Chris Doyle, at the Council for Arab-British Understanding, said: ‘It will fail.’\n\n"
        "Senator Robert Hale, a Republican, said: ‘Congress will review it.’"
    )
    assert [s for s, _ in pairs(text)] == ["Chris Doyle", "Robert Hale"]


def test_statement_quoted_x_as_saying() -> None:
    text = '"Demining is ongoing," the statement quoted Director General Rafael Grossi as saying.'
    assert pairs(text) == [("Rafael Grossi", "Demining is ongoing")]


def test_according_to_and_passive_by() -> None:
    text = (
        "According to Maria Lindqvist, the detainees were “treated in line with the rules”. "
        "The pact was hailed by US President Donald Trump as the ‘dawn of a new Middle East’."
    )
    assert pairs(text) == [
        ("Maria Lindqvist", "treated in line with the rules"),
        ("Donald Trump", "dawn of a new Middle East"),
    ]


def test_scare_quote_attributed_to_a_group_of_states() -> None:
    text = "Both Syria and Russia have accused the Turks of “supporting terrorists” there."
    assert pairs(text) == [("Syria and Russia", "supporting terrorists")]


def test_distancing_and_unattributed_scare_quotes_are_not_quotes() -> None:
    text = (
        "The ceasefire was signed on Monday. UK officials agreed the ‘ceasefire’ should be "
        "treated with caution. It did not establish any “no-fly zones” over the region."
    )
    assert quotes_of(text) == []


def test_scare_quotes_from_unnamed_crowds_are_dropped() -> None:
    text = (
        "Critics said the countries were willing to ‘throw Palestine under the bus’. "
        "Experts say the deal was about ‘alignment’ against Iran."
    )
    assert quotes_of(text) == []


def test_only_the_attributed_scare_quote_of_a_sentence_is_kept() -> None:
    text = (
        "Lord Dannatt told the Mail the deal was a ‘huge gain’ for Putin. "
        "He said there will be two days of ‘frantic land grabbing’ from the separatists, "
        "who have ‘established territory’."
    )
    assert pairs(text) == [
        ("Lord Dannatt", "huge gain"),
        ("Lord Dannatt", "frantic land grabbing"),
    ]


def test_unresolved_pronoun_keeps_the_quote_without_a_speaker() -> None:
    (q,) = quotes_of("“We will not give up,” he said.")
    assert q.speaker is None and "pronoun" in q.cue


def test_scare_quotes_joined_by_and_are_both_kept() -> None:
    text = "Helena Varga said the deal was a ‘first step’ and that ‘much work’ remained."
    assert [t for _, t in pairs(text)] == ["first step", "much work"]


def test_quote_running_over_paragraphs_keeps_its_speaker() -> None:
    text = (
        "A spokesman for the envoy said: ‘He has never been paid for this work.\n\n"
        "‘And far from hurting the talks, it keeps them alive.’"
    )
    got = pairs(text)
    assert [t for _, t in got] == [
        "He has never been paid for this work.",
        "And far from hurting the talks, it keeps them alive.",
    ]
    assert {s for s, _ in got} == {"A spokesman for the envoy"}


def test_speaker_named_only_in_the_continuation() -> None:
    text = (
        '"We have not forgotten the families.\n\n"Every one of them will come home," Davtyan said.'
    )
    got = pairs(text)
    assert [s for s, _ in got] == ["Davtyan", "Davtyan"]


def test_question_and_exclamation_before_the_attribution() -> None:
    assert pairs("“Is this the end?” asked Ruth Okafor.") == [("Ruth Okafor", "Is this the end?")]


def test_stray_quote_mark_is_not_a_quotation() -> None:
    text = 'The 12" guns were withdrawn, officials said. Talks resume on Monday.'
    assert quotes_of(text) == []


def test_unbalanced_marks_do_not_raise() -> None:
    for text in ["“", "‘", "'", '"', "“ ” ‘ ’", "‘a’’’b‘‘", '"""', "he said: “", "x ’s ’ ‘"]:
        for q in quotes_of(text):
            ev = q.evidence[0]
            assert ev.quote.strip()


def test_cue_says_where_the_speaker_came_from() -> None:
    (q,) = quotes_of("“The world’s eyes are on us,” Erdogan said.")
    assert "after the quote" in q.cue and "Erdogan said" in q.cue


def test_seed_article_quotes_and_speakers() -> None:
    doc = load_document(SEED)
    got = [(q.speaker, q.text[:30]) for q in extract_quotes(doc)]
    assert got == [
        ("Erdogan", "At 00.01 tonight, as in, from "),
        ("Syria and Russia", "supporting terrorists"),
        ("Bashar Assad", "Erdogan is unable to tell the "),
        ("Putin", "good basis for ending the figh"),
        ("Erdogan", "The world’s eyes are on us"),
        ("Erdogan", "The steps we will take, the ri"),
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "quotes-prisoner-swap.txt",
            {
                ("Elnur Gasimov", "This is a humanitarian gesture"),
                ("Nikol Davtyan", "dialogue can deliver results w"),
                ("Nikol Davtyan", "We have not forgotten the fami"),
                ("Nikol Davtyan", "Every one of them will come ho"),
                ("Maria Lindqvist", "The detainees were treated in "),
                ("Maria Lindqvist", "We will keep visiting those wh"),
                ("Maria Lindqvist", "Both sides have given us the a"),
                ("Anthony Reyes", "a meaningful step toward lasti"),
                ("Maria Lindqvist", "We don't publish everything we"),
                ("one Azerbaijani official", "Is this the end of the matter?"),
            },
        ),
        (
            "quotes-nuclear-talks.txt",
            {
                ("Helena Varga", "first step"),
                ("Helena Varga", "a great deal of work"),
                ("Helena Varga", "Nobody should pretend this sol"),
                ("Helena Varga", "But it buys time, and time is "),
                ("Abbas Rahimi", "We won’t accept any agreement "),
                ("Pieter Janssen", "the most robust we have ever h"),
                ("Yael Mizrahi", "This agreement paves Iran’s ro"),
                ("Robert Hale", "Congress will review every lin"),
                ("Robert Hale", "If the administration has give"),
            },
        ),
    ],
)
def test_own_articles(name: str, expected: set[tuple[str, str]]) -> None:
    doc = load_document(ARTICLES / name)
    got = {(q.speaker or "", q.text[:30]) for q in extract_quotes(doc)}
    assert got == expected


def test_periods_of_titles_and_initials_stay_in_the_speaker() -> None:
    text = "Mr. Ruiz was angry.\n\n“We are rewarding hostage-taking,” said U.S. Sen. Mark Ruiz."
    assert pairs(text) == [("Mark Ruiz", "We are rewarding hostage-taking")]


def test_name_particles_stay_in_the_speaker() -> None:
    text = "“Talks continue,” Qatari spokesman Majed al-Ansari said."
    assert pairs(text) == [("Majed al-Ansari", "Talks continue")]


def test_according_to_after_the_quote() -> None:
    text = "“The deal is done,” according to the Egyptian mediators."
    assert pairs(text) == [("the Egyptian mediators", "The deal is done")]


def test_paragraph_ending_with_a_colon_introduces_the_next() -> None:
    text = (
        "Qatar’s Ministry of Foreign Affairs issued a statement that read:\n\n"
        "“Qatar will continue its efforts to support dialogue.”"
    )
    ((speaker, _),) = pairs(text)
    assert speaker is not None and "Ministry of Foreign Affairs" in speaker


def test_own_american_style_article() -> None:
    doc = load_document(ARTICLES / "quotes-hostage-deal.txt")
    got = [(q.speaker, q.text[:25]) for q in extract_quotes(doc)]
    assert got == [
        ("Ellen Marsh", "Today, families are being"),
        ("Ellen Marsh", "I am grateful to the gove"),
        ("Daniel Ortiz", "This was not an easy deci"),
        ("Yván Gil Pinto", "a victory for Venezuelan "),
        ("Yván Gil Pinto", "always been ready for dia"),
        ("Qatar's Ministry of Foreign Affairs", "The State of Qatar will c"),
        ("Mark Ruiz", "played by a dictator."),
        ("Mark Ruiz", "We are rewarding hostage-"),
    ]


def test_attribution_closing_the_sentence() -> None:
    text = "The deal is “a good first step” toward peace, Biden said on Tuesday."
    assert pairs(text) == [("Biden", "a good first step")]


def test_so_called_is_not_a_quotation() -> None:
    assert quotes_of("Erdogan said the so-called “safe zone” would be extended.") == []


def test_sudan_article_speakers() -> None:
    doc = load_document(ARTICLES / "quotes-sudan-truce.txt")
    expected = [
        ("Antony Blinken", "It is time to silence"),
        ("Abdel Fattah al-Burhan", "rebel militia"),  # "X, the army chief, has repeatedly said"
        ("Mohamed Hamdan Dagalo (Hemedti)", "as long as the other"),  # "X, known as Hemedti, said"
        ("World Health Organization", "a catastrophe in the"),
        ("Alan Boswell", "Both generals still"),  # "X of the International Crisis Group"
        ("William Ruto", "a window we must not"),
    ]
    got = extract_quotes(doc)
    assert len(got) == len(expected)
    for q, (speaker, start) in zip(got, expected, strict=True):
        assert q.speaker == speaker
        assert q.text.startswith(start)


def test_quote_interrupted_by_its_attribution() -> None:
    text = "Peskov spoke to reporters. “I think,” he added, “that we can get there.”"
    assert pairs(text) == [("Peskov", "I think"), ("Peskov", "that we can get there.")]


def test_institution_speakers_stay_as_written() -> None:
    text = "Russia welcomed the plan. The Kremlin said the talks were “constructive”."
    assert pairs(text) == [("Kremlin", "constructive")]


def test_headline_quote_followed_by_its_speaker() -> None:
    text = "‘We will not back down’: Zelensky rejects the plan\n\nThe talks stalled."
    assert pairs(text) == [("Zelensky", "We will not back down")]


def test_the_verb_nearest_a_full_quote_introduces_it() -> None:
    text = "After Putin said the deal was off, Erdogan said: “We will respond.”"
    assert pairs(text) == [("Erdogan", "We will respond.")]


def test_speaker_inside_a_relative_clause() -> None:
    assert quotes_of("The deal, which critics said was “rushed”, passed.") == []
    text = "Putin, whom Erdogan called a “dear friend”, stayed silent."
    assert pairs(text) == [("Erdogan", "dear friend")]


def test_guillemets() -> None:
    assert pairs("«The truce holds», said Jean Dupont.") == [("Jean Dupont", "The truce holds")]


def test_quoted_names_are_not_quotations() -> None:
    assert quotes_of("Trump said the “Board of Peace” would oversee the strip.") == []
    assert pairs("Trump said the deal was “Great For Everyone!”") == [
        ("Trump", "Great For Everyone!")
    ]
