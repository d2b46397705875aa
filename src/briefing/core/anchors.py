"""Finding a saved span again in a document whose text may have changed.

A highlight (or a piece of evidence) remembers its position, its exact text and up to 32
characters of context on each side (a W3C-style text-quote selector). :func:`locate` tries,
in order:

1. the old position, when the exact text is still there with its context;
2. the exact text elsewhere, preferring the occurrence whose context matches best, then
   the one nearest the old position;
3. a fuzzy match (rapidfuzz) for text whose words were edited, accepted only at or above
   a score floor, first near the old position and then anywhere.

Below the floor nothing is returned: :func:`reanchor` then marks the highlight as an
orphan, keeping its saved text, rather than attach it to the wrong sentence.
"""

from __future__ import annotations

import dataclasses

from rapidfuzz import fuzz, process

from briefing.core.highlights import CONTEXT, Highlight

#: Minimum rapidfuzz ``ratio`` (0-100) between the saved text and a fuzzy candidate.
FUZZY_FLOOR = 80.0
#: Saved texts shorter than this must be found exactly: a few letters match anywhere.
MIN_FUZZY_LEN = 16
#: Context characters that must agree for the old position to be trusted as is.
POSITION_CONTEXT = 8
#: Exact occurrences considered at most (a very common phrase in a huge article).
MAX_OCCURRENCES = 10_000


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the saved prefix and suffix agree around ``text[start:end]``."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return _common_suffix(before, prefix) + _common_prefix(after, suffix)


def _occurrences(needle: str, text: str) -> list[int]:
    hits: list[int] = []
    i = text.find(needle)
    while i >= 0 and len(hits) < MAX_OCCURRENCES:
        hits.append(i)
        i = text.find(needle, i + 1)
    return hits


def _is_boundary(text: str, i: int) -> bool:
    """True where a word or a run of punctuation starts or ends (or at either end)."""
    if i <= 0 or i >= len(text):
        return True
    a, b = text[i - 1], text[i]
    return a.isalnum() != b.isalnum() or a.isspace() != b.isspace()


def _refine(exact: str, text: str, start: int, end: int) -> tuple[int, int, float]:
    """Move a rough fuzzy window's edges to word boundaries where the match is best."""
    slack = max(8, len(exact) // 4)
    starts = [i for i in range(max(0, start - slack), min(len(text), start + slack) + 1)]
    starts = [i for i in starts if _is_boundary(text, i)] or [start]
    best = (start, end, fuzz.ratio(exact, text[start:end]))
    for _ in range(2):
        s0, e0, _score = best
        ends = range(max(s0 + 1, e0 - slack), min(len(text), e0 + slack) + 1)
        for e in ends:
            if _is_boundary(text, e):
                score = fuzz.ratio(exact, text[s0:e])
                if score > best[2]:
                    best = (s0, e, score)
        s0, e0, _score = best
        for s in starts:
            if s < e0:
                score = fuzz.ratio(exact, text[s:e0])
                if score > best[2]:
                    best = (s, e0, score)
    s, e, score = best
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e, fuzz.ratio(exact, text[s:e])


def _fuzzy(
    exact: str, text: str, near: int, prefix: str, suffix: str, floor: float
) -> tuple[int, int] | None:
    n = len(exact)
    rough: list[int] = []
    lo = max(0, near - 2 * n - 500)
    hi = min(len(text), near + 3 * n + 500)
    local = fuzz.partial_ratio_alignment(exact, text[lo:hi], score_cutoff=floor)
    if local is not None:
        rough.append(lo + local.dest_start)
    # Anywhere: overlapping windows twice as long as the quote, best few refined.
    step = max(n, 64)
    starts = list(range(0, max(1, len(text) - n + 1), step))
    windows = [text[i : i + 2 * step] for i in starts]
    for _w, _score, idx in process.extract(
        exact, windows, scorer=fuzz.partial_ratio, limit=5, score_cutoff=floor
    ):
        base = starts[idx]
        found = fuzz.partial_ratio_alignment(exact, windows[idx], score_cutoff=floor)
        if found is not None:
            rough.append(base + found.dest_start)
    best: tuple[float, int, int, int] | None = None  # (score, context, -distance, start)
    spans: dict[int, tuple[int, int]] = {}
    for r in dict.fromkeys(rough):
        s, e, score = _refine(exact, text, r, min(len(text), r + n))
        if score < floor or s >= e:
            continue
        key = (score, context_score(text, s, e, prefix, suffix), -abs(s - near), s)
        spans[s] = (s, e)
        if best is None or key > best:
            best = key
    return None if best is None else spans[best[3]]


def locate(
    exact: str,
    text: str,
    near: int = 0,
    prefix: str = "",
    suffix: str = "",
    floor: float = FUZZY_FLOOR,
) -> tuple[int, int] | None:
    """Where ``exact`` (saved near offset ``near``) is in ``text`` now, or None."""
    if not exact or not text:
        return None
    n = len(exact)
    if near >= 0 and text[near : near + n] == exact:
        wanted = min(POSITION_CONTEXT, len(prefix) + len(suffix))
        if context_score(text, near, near + n, prefix, suffix) >= wanted:
            return near, near + n
    hits = _occurrences(exact, text)
    if hits:
        best = max(
            hits, key=lambda p: (context_score(text, p, p + n, prefix, suffix), -abs(p - near))
        )
        return best, best + n
    if n < MIN_FUZZY_LEN:
        return None
    return _fuzzy(exact, text, near, prefix, suffix, floor)


def reanchor(h: Highlight, text: str) -> Highlight:
    """A copy of ``h`` anchored in ``text``; an orphan (saved text kept) if not found."""
    span = locate(h.exact, text, h.start, h.prefix, h.suffix)
    if span is None:
        return dataclasses.replace(h, tags=list(h.tags), orphan=True)
    start, end = span
    return dataclasses.replace(
        h,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - CONTEXT) : start],
        suffix=text[end : end + CONTEXT],
        tags=list(h.tags),
        orphan=False,
    )


def reanchor_all(highlights: list[Highlight], text: str) -> list[Highlight]:
    """Re-anchor every highlight in ``text`` (orphans included, never dropped)."""
    return [reanchor(h, text) for h in highlights]
