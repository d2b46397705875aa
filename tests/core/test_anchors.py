"""Re-anchoring highlights after the article was edited."""

from __future__ import annotations

from briefing.core.anchors import locate, reanchor, reanchor_all
from briefing.core.highlights import Highlight

P1 = (
    "Russia and Turkey agreed on Thursday to a ceasefire in Idlib province from midnight. "
    "The deal was announced in Moscow after six hours of talks between the two presidents."
)
P2 = (
    "Under the protocol, joint patrols will begin on 15 March along the M4 highway. "
    "A security corridor six kilometres deep will be set up on either side of the road."
)
P3 = (
    "It was not clear who would monitor the truce. "
    "Previous agreements on the province collapsed within weeks."
)
ARTICLE = "\n\n".join([P1, P2, P3])

PATROLS = "joint patrols will begin on 15 March along the M4 highway"
CORRIDOR = "A security corridor six kilometres deep will be set up on either side of the road."
MONITOR = "It was not clear who would monitor the truce."


def highlight(fragment: str, text: str = ARTICLE) -> Highlight:
    start = text.index(fragment)
    return Highlight.from_span("sha", text, start, start + len(fragment), note="keep me")


def test_unchanged_text_keeps_the_position() -> None:
    h = highlight(PATROLS)
    again = reanchor(h, ARTICLE)
    assert (again.start, again.end, again.orphan) == (h.start, h.end, False)
    assert again.note == "keep me"


def test_text_inserted_before_the_highlight() -> None:
    h = highlight(CORRIDOR)
    edited = "UPDATED 6 March: adds Turkish reaction.\n\n" + ARTICLE
    again = reanchor(h, edited)
    assert not again.orphan
    assert edited[again.start : again.end] == CORRIDOR
    assert again.start == h.start + len("UPDATED 6 March: adds Turkish reaction.\n\n")


def test_words_changed_inside_the_highlight() -> None:
    h = highlight(CORRIDOR)
    changed = "A security corridor six km deep will be created on both sides of the road."
    edited = ARTICLE.replace(CORRIDOR, changed)
    again = reanchor(h, edited)
    assert not again.orphan
    assert edited[again.start : again.end] == changed
    assert again.exact == changed  # the anchor now follows the current wording
    assert again.note == "keep me"


def test_sentence_deleted_makes_an_orphan_with_its_saved_text() -> None:
    h = highlight(MONITOR)
    edited = ARTICLE.replace(MONITOR + " ", "")
    again = reanchor(h, edited)
    assert again.orphan
    assert again.exact == MONITOR and again.note == "keep me"
    assert locate(MONITOR, edited) is None


def test_paragraphs_reordered() -> None:
    hs = [highlight(PATROLS), highlight(MONITOR), highlight("Idlib province")]
    edited = "\n\n".join([P3, P1, P2])
    moved = reanchor_all(hs, edited)
    assert [edited[h.start : h.end] for h in moved] == [h.exact for h in hs]
    assert not any(h.orphan for h in moved)


def test_paragraphs_reordered_and_words_changed() -> None:
    h = highlight(CORRIDOR)
    changed = CORRIDOR.replace("set up", "established")
    edited = "\n\n".join([P3, P2.replace(CORRIDOR, changed), P1])
    again = reanchor(h, edited)
    assert not again.orphan
    assert edited[again.start : again.end] == changed


def test_repeated_phrase_goes_to_the_occurrence_with_matching_context() -> None:
    text = "The truce holds in Idlib. Officials say the truce holds. In Aleppo the truce holds."
    second = text.index("the truce holds.")
    h = Highlight.from_span("sha", text, second, second + len("the truce holds"))
    edited = "Breaking. " + text  # the old offset now points elsewhere
    again = reanchor(h, edited)
    assert again.start == second + len("Breaking. ")
    assert edited[again.start - len("Officials say ") : again.start] == "Officials say "


def test_a_similar_but_different_sentence_is_not_taken() -> None:
    h = highlight(MONITOR)
    edited = ARTICLE.replace(MONITOR, "It was clear that nobody would fund the talks.")
    assert reanchor(h, edited).orphan


def test_short_highlights_need_the_exact_words() -> None:
    h = highlight("M4 highway")
    edited = ARTICLE.replace("M4 highway", "M5 motorway")
    assert reanchor(h, edited).orphan


def test_orphans_are_found_again_when_the_text_comes_back() -> None:
    h = highlight(MONITOR)
    orphan = reanchor(h, ARTICLE.replace(MONITOR, ""))
    assert orphan.orphan
    back = reanchor(orphan, ARTICLE)
    assert not back.orphan and ARTICLE[back.start : back.end] == MONITOR


def test_reanchor_does_not_change_its_input() -> None:
    h = highlight(CORRIDOR)
    before = h.to_dict()
    reanchor(h, "Breaking. " + ARTICLE)
    assert h.to_dict() == before
