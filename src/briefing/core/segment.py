"""Sentence segmentation tuned for English news prose.

The segmenter works on one block of text at a time and returns character spans, so
callers keep offsets into the canonical document text.  It is rule based: a sentence
ends at ``.``, ``!`` or ``?`` (optionally followed by closing quotes or brackets) when
the next non-space character starts a new sentence, unless the word before the dot is
a known abbreviation, an initial, or part of a number such as ``00.01`` or ``3.7``.
"""

from __future__ import annotations

import re


def _words(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


# Titles and abbreviations that are followed by a capitalised word without ending
# the sentence ("Gen. Smith", "U.S. officials").
_TITLES = _words(
    """
    mr mrs ms dr prof gen lt col maj capt sgt cpl adm cmdr gov sen rep rev fr sr jr st
    pres amb hon brig pvt supt insp det mt ft no nos vol art para sec secs fig figs
    """
)
# Abbreviations that usually do not end a sentence but may: they end one only when the
# following word is clearly a sentence opener (handled below as for any other word).
_ABBREVIATIONS = _words(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri
    sat sun inc corp co ltd bros dept est approx vs etc al cf eg ie ca
    """
)

_END = re.compile(r"[.!?]+['\"’”»)\]]*|…['\"’”»)\]]*")
_OPENER = re.compile(r"[\"“‘'«(\[]*[A-Z0-9À-Ý]")


#: Longest word looked at before a full stop; keeps the scan linear on text without spaces.
_MAX_WORD = 40


def _word_before(text: str, pos: int) -> str:
    """The run of non-space characters that ends at ``pos`` (exclusive)."""
    start = pos
    floor = max(0, pos - _MAX_WORD)
    while start > floor and not text[start - 1].isspace():
        start -= 1
    return text[start:pos]


def _is_false_stop(text: str, dot: int, word: str) -> bool:
    """True when the period at ``dot`` belongs to an abbreviation, initial or acronym."""
    bare = word.lstrip("\"“‘'«([").rstrip(".")
    low = bare.lower()
    if not bare:
        return False
    if low in _TITLES and (bare[0].isupper() or _next_word(text, dot + 1)[:1].isdigit()):
        # Titles are written capitalised ("Gen. Smith"); lower case only before a number
        # ("art. 3"), so "the answer was no. The talks ended" ends a sentence.
        return True
    # Initials and dotted acronyms: "J.", "U.S.", "U.N.", "a.m."
    if re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", bare) and len(bare) <= 7:
        if len(bare) == 1 and bare.isupper():
            return True
        return _next_word(text, dot + 1) not in _COMMON_OPENERS
    return low in _ABBREVIATIONS and _next_word(text, dot + 1) not in _COMMON_OPENERS


def _next_word(text: str, pos: int) -> str:
    rest = text[pos : pos + 40].lstrip()
    return rest.split(" ", 1)[0] if rest else ""


_COMMON_OPENERS = _words(
    """
    The A An It He She They We I In On At But And As This That These Those There His Her
    Their Its Our After Before While When Under Both Many Most Some Several Officials
    However Meanwhile Earlier Later Since If Asked According
    """
)


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Split ``text`` into sentence spans ``(start, end)``, shifted by ``offset``.

    Leading and trailing whitespace is excluded from every span; text without any
    sentence punctuation comes back as one span.
    """
    spans: list[tuple[int, int]] = []
    n = len(text)
    start = 0
    while start < n and text[start].isspace():
        start += 1
    for m in _END.finditer(text):
        end = m.end()
        if end <= start:
            continue
        # The sentence must be followed by whitespace and then an opener (or the end).
        if end < n and not text[end].isspace():
            continue
        nxt = end
        while nxt < n and text[nxt].isspace():
            nxt += 1
        if nxt < n and not _OPENER.match(text, nxt):
            continue
        dot = m.start()
        if m.group().rstrip("'\"’”»)]") == ".":
            word = _word_before(text, dot + 1)
            if _is_false_stop(text, dot, word):
                continue
        spans.append((start + offset, end + offset))
        start = nxt
    tail_end = n
    while tail_end > start and text[tail_end - 1].isspace():
        tail_end -= 1
    if tail_end > start:
        spans.append((start + offset, tail_end + offset))
    return spans
