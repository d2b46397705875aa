"""The timeline pane: every dated event of an article, with dates normalised.

Each date expression that :func:`briefing.core.analysis.dates.find_mentions` finds
becomes one event unless it is not one: the article's own dateline, a vague "today"
in a promise ("the decisions we will take here today"), an approximate "over a week
ago" in a sentence that already gives a precise date, a bare clock time that only
restates another one ("At 00.01 tonight, as in, from midnight"), a "today" inside a
quotation, a date used as a yardstick ("higher than at the start of the year"). The
evidence is the clause that carries the date, not the whole sentence or paragraph: it
takes in the report a trailing "…, the minister said Wednesday" dates, the subject
before an inserted clause, the name before a short relative clause and the first words
of a ", when …" clause; it keeps only a dated subordinate clause at the end of a long
one. The clause's tense tells whether a weekday or a month-day without a year lies
before or after the article's date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from briefing.core.analysis.dates import (
    WEEKDAYS,
    Mention,
    Resolution,
    Tense,
    find_mentions,
    resolve,
)
from briefing.core.analysis.model import Item, evidence, make_id
from briefing.core.document import Document

# How far around a date the evidence clause may reach, in characters: keeps the cost
# linear on a 100,000-word sentence.
_WINDOW = 300
# How far back a clause without a verb looks for the tense of its sentence.
_LEAD = 80
# Clauses with fewer words than this besides their dates grow into their neighbours;
# longer ones than _MAX_WORDS are cut.
_MIN_WORDS = 4
_MAX_WORDS = 25
# A quotation at least this long is a clause of its own; shorter ones are scare quotes.
_LONG_QUOTE = 25


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Punctuation and quote marks trimmed off the ends of an evidence clause.
_TRIM = frozenset(" \t\n,;:.“”\"‘’'«»")
_QUOTE_CHARS = re.compile(r"[“”\"‘’'«»]")
_OPENERS = "“\"‘'«"
_CLOSERS = "”\"’'»"
_BOUNDARY = re.compile(
    r"[;:]\s+|,\s+|\s[–—]\s?|\s-\s"
    r"|\s(?=(?:but|whereas|although|though)\s|while\s(?!\w+ing\b))"
    r"|\s(?=and\s+(?![A-Z])(?:\S+\s+){0,3}?(?:will|would|has|have|had|is|are|was|were|can"
    r"|could|should|must|may|might|shall)\b)"
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")

_FUTURE = _wordset(
    """will shall would going due scheduled expected set plans planned plan intends intend
    aims aim upcoming ’ll 'll can could may might must should"""
)
# Present tense of verbs that news uses for what is scheduled ("the truce starts at 6 pm",
# "talks resume on Monday").
_SCHEDULED = _wordset(
    """starts begins ends expires resumes opens closes takes comes enters runs lasts meets
    arrives leaves travels visits returns kicks start begin end expire resume open meet
    arrive travel visit return"""
)
_REPORTING = _wordset(
    "said told announced stated added noted reported claimed confirmed insisted warned"
)
# After these an -ed word is a passive or an adjective ("is expected", "remains divided").
_PASSIVE_AUX = _wordset(
    "be been being is are am get gets remain remains seem seems stay stays look looks feel"
)
_PAST = _wordset(
    """was were had has have did said told met began came took went held saw made gave left
    fought struck broke brought sent spent won lost led fled ran got became wrote rose fell
    drew shot sought thought knew found stood kept paid laid shut quit spread hurt"""
)
# Words ending in -ed that are usually adjectives or not verbs at all.
_NOT_PAST = _wordset(
    """need indeed hundred speed seed feed proceed succeed exceed embed breed bleed shed red
    bed united armed based related limited advanced displaced detailed alleged so-called
    backed led-backed reported"""
)
_DETERMINERS = _wordset(
    """the a an his her its their our your my this that these those some any no every
    each"""
)

_ROLE_VERBS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        re.compile(
            r"\b(?:tak(?:e|es|en|ing) effect|took effect|(?:come|comes|came|coming) into "
            r"(?:force|effect)|enter(?:s|ed|ing)? into force|(?:go|goes|went|gone) into effect"
            r"|put in place|in effect|in force|effective)\b",
            re.IGNORECASE,
        ),
        "effective",
        "comes into force",
    ),
    (
        re.compile(r"\b(?:deadline|expir(?:e|es|ed|y)|at the latest)\b", re.IGNORECASE),
        "deadline",
        "deadline",
    ),
    (
        re.compile(r"\b(?:begin|begins|began|begun|start|starts|started|commenc\w*)\b", re.I),
        "start",
        "begins",
    ),
)
_SUPERLATIVE = re.compile(
    r"\b(?:first|largest|biggest|worst|deadliest|bloodiest|highest|lowest|most"
    r"|best|heaviest|fiercest|longest|strongest|greatest|closest|warmest|latest|earliest"
    r"|lowest|sharpest|quietest)\b(?:\W+\w+){0,4}\W+$",
    re.IGNORECASE,
)
_OF_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b", re.IGNORECASE)
# "has fought four wars with Israel since 2008": a count since a date measures.
_COUNT_SINCE = re.compile(
    r"(?<!the )\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds"
    r"|thousands|several|many|numerous)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\b(?:\s+[\w-]+){0,3}\s+$",
    re.IGNORECASE,
)
# "the biggest step since the war began eight years ago": "since" and a clause after a
# superlative measure too.
_SINCE_SUPERLATIVE = re.compile(
    r"\b(?:first|largest|biggest|worst|deadliest|bloodiest|highest|lowest|most|best"
    r"|heaviest|fiercest|longest|strongest|greatest|closest|latest|sharpest)\b"
    r"(?:\W+[\w-]+){0,8}\W+since\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){1,4}$",
    re.IGNORECASE,
)
# "the Aug. 21 attack", "that 2015 deal": a date used as a modifier of a noun.
_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?[a-z-]{3,}\b")

# "within 90 days", "in less than a year": how long something may take, counted from a
# start the article rarely dates (the signing, the entry into force), so not an event.
_DURATION_BOUND = re.compile(
    r"^(?:within|in\s+(?:the\s+next\s+)?(?:less than|under|more than|over|just under"
    r"|just over|barely))\b",
    re.IGNORECASE,
)

_VAGUE_IN_QUOTES = frozenset(("today", "this week", "this month", "this year"))


def _vague(m: Mention) -> bool:
    expr = m.expression.lower()
    return any(expr.endswith(v) for v in _VAGUE_IN_QUOTES)


_KIND_LABEL = {
    "date": "explicit date",
    "month_day": "month and day without a year",
    "month_year": "month and year",
    "month": "month",
    "year": "year",
    "weekday": "weekday",
    "relative_day": "relative day",
    "relative_span": "relative period",
    "ago": "time ago",
    "ahead": "time ahead",
    "clock": "clock time",
    "duration": "age of an ongoing event",
    "anchored": "counted from the event before",
}


@dataclass(slots=True)
class _Event:
    mention: Mention
    sentence: int
    clause: tuple[int, int]
    tense: Tense
    resolution: Resolution
    clock: str = ""  # a clock time of the same clause joined to this day


def _quote_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of quoted text (between the marks) that open and close inside [lo, hi)."""
    spans: list[tuple[int, int]] = []
    open_at = -1
    for q in _QUOTE_CHARS.finditer(text, lo, hi):
        i = q.start()
        ch = text[i]
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if open_at < 0:
            if ch in _OPENERS and (prev.isspace() or prev in "([—–-") and not nxt.isspace():
                open_at = i
        elif ch in _CLOSERS and not prev.isspace() and not nxt.isalnum():
            spans.append((open_at + 1, i))
            open_at = -1
    return spans


def _block_quotes(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Quoted spans of a paragraph, a quote left open running to its end (the next
    paragraph of the same speaker opens a quote again)."""
    spans = _quote_spans(text, lo, hi)
    last = spans[-1][1] if spans else lo
    for q in _QUOTE_CHARS.finditer(text, last, hi):
        i = q.start()
        prev = text[i - 1] if i > 0 else " "
        if text[i] in _OPENERS and (prev.isspace() or prev in "([—–-"):
            spans.append((i + 1, hi))
            break
    return spans


_BEYOND = 1 << 62  # larger than any text offset


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies in one of ``spans`` (sorted, not overlapping)."""
    k = bisect.bisect_right(spans, (start, _BEYOND)) - 1
    return k >= 0 and spans[k][0] <= start and end <= spans[k][1]


# "than it was at the start of the year", "than in 2019": a date as a yardstick.
_COMPARISON_BEFORE = re.compile(
    r"\bthan\s+(?:(?:it|they|there|he|she|we|this|that)\s+(?:was|were|had\s+been|did)\s+)?$",
    re.IGNORECASE,
)


def _clause(
    text: str, lo: int, hi: int, m: Mention, others: list[tuple[int, int]]
) -> tuple[int, int, bool]:
    """The clause of ``text[lo:hi]`` (a sentence) that carries ``m``; and whether it is
    inside a quotation."""
    lo = max(lo, m.start - _WINDOW)
    hi = min(hi, m.end + _WINDOW)
    if m.kind == "year" and m.prep is None:
        det = _YEAR_DETERMINER.search(text, max(lo, m.start - 5), m.start)
        if det is not None:
            # "the 1990 declaration of independence, which …": the year names an event
            # by its noun; the noun phrase is the evidence.
            end = m.end
            for k, w in enumerate(_NONSPACE.finditer(text, m.end, hi)):
                if k >= _ATTRIBUTIVE_WORDS or w.group().lower() in _SUBORDINATE_WORDS:
                    break
                end = w.end()
                if w.group()[-1] in ",;:":
                    break
            return det.start(), end, False
    in_quote = False
    seg_lo, seg_hi = lo, hi
    for qs, qe in _quote_spans(text, lo, hi):
        if qs <= m.start and m.end <= qe:
            if qe - qs >= _LONG_QUOTE:
                seg_lo, seg_hi, in_quote = qs, qe, True
            continue
        if qe - qs < _LONG_QUOTE:
            continue
        if qe <= m.start:
            seg_lo = max(seg_lo, qe + 1)
        elif qs >= m.end:
            seg_hi = min(seg_hi, qs - 1)
    cuts: list[tuple[int, int]] = []
    for b in _BOUNDARY.finditer(text, seg_lo, seg_hi):
        if any(s < b.end() and b.start() < e for s, e in others):
            continue
        cuts.append((b.start(), b.end()))
    pieces: list[tuple[int, int]] = []
    prev = seg_lo
    for bs, be in cuts:
        if bs > prev:
            pieces.append((prev, bs))
        prev = be
    if prev < seg_hi:
        pieces.append((prev, seg_hi))
    if not pieces:
        return m.start, m.end, in_quote
    first = last = next(
        (i for i, (s, e) in enumerate(pieces) if s <= m.start < e or m.start < s),
        len(pieces) - 1,
    )
    # A relative clause after the date ("..., Texas, on Friday, where she will...") is
    # another clause: the date phrase grows into the clause before it instead.
    while True:
        forwards = last + 1 < len(pieces) and not (
            first > 0 and _RELATIVE_START.match(text, pieces[last + 1][0])
        )
        if not _needs_more(text, pieces[first][0], pieces[last][1], others, forwards):
            break
        if forwards:
            last += 1
        elif first > 0:
            first -= 1
        else:
            break
    if first == 1 and _dated_opening(text, pieces[0], others):
        # "On Sunday, the truce starts at 6 pm": the opening belongs to this clause too.
        first = 0
    backwards = False
    if first == last:
        sub = _subordinate_start(text, pieces[first], m, others)
        if sub is not None:
            # "… have fled their homes on both sides of the frontier | since the clashes
            # began on Thursday": the dated happening is the subordinate clause.
            pieces[first] = (sub, pieces[first][1])
    closing = _closes_clause_before(text, pieces, first, last, m, others)
    if closing is not None:
        # "The M23 seized Goma, the capital of North Kivu, | in late January and took
        # Bukavu in February": the date ends the clause before it.
        first = closing
        pieces[last] = (pieces[last][0], m.end)
    elif (
        first == last
        and first > 0
        and _attribution_only(text, pieces[first], m)
        and not _dated_between(others, pieces[0][0], pieces[first][0])
    ):
        # "Israel and Hamas agreed to a truce, Qatar's prime minister said Wednesday":
        # the date is when the words before were said; they are the event.
        first, backwards = 0, True
    elif (
        first > 0
        and (
            _SUBJECTLESS_START.match(text, pieces[first][0])
            or (first >= 2 and _verb_after_apposition(text, pieces, first))
        )
        and text.count(" ", pieces[max(0, first - 2)][0], pieces[last][1]) < _MAX_WORDS
        and not _dated_between(others, pieces[max(0, first - 2)][0], pieces[first][0])
    ):
        # "Elections, which will choose an assembly, | are to be held by June": the
        # subject is before the inserted clause.
        first = max(0, first - 2)
    elif (
        first > 0
        and _RELATIVE_START.match(text, pieces[first][0])
        and text.count(" ", pieces[first][0], pieces[last][1]) < _SHORT_RELATIVE
        and _antecedent(text, pieces[first - 1], others)
    ):
        # "President-elect Donald Trump, | who takes office Jan. 20": the relative clause
        # is about the name before it.
        first -= 1
    start, end = pieces[first][0], pieces[last][1]
    if (
        last + 1 < len(pieces)
        and _WHEN_START.match(text, pieces[last + 1][0])
        and not text[m.end : pieces[last][1]].strip(" .,;")
    ):
        # "The war began Oct. 7, 2023, | when militants stormed into Israel": what
        # happened that day belongs to it; its first words are enough to say so.
        limit = end + max(12, (end - start) * 3 // 2)
        for w in _NONSPACE.finditer(text, pieces[last + 1][0], pieces[last + 1][1]):
            if w.end() > limit:
                break
            if w.end() - pieces[last + 1][0] > 5:  # past "when" itself
                end = w.end()
    start, end = min(start, m.start), max(end, m.end)
    start, end = _cap(text, start, end, m, backwards)
    return start, end, in_quote


_AND_NEXT = re.compile(r"\s+and\s+(?:then\s+)?([a-z]+)\b")


def _verbless(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has no verb, names aside ("Mohammed" is no verb)."""
    lower = " ".join(w for w in text[start:end].split() if not w[:1].isupper())
    return not _has_verb(lower, 0, len(lower))


def _closes_clause_before(
    text: str,
    pieces: list[tuple[int, int]],
    first: int,
    last: int,
    m: Mention,
    dates: list[tuple[int, int]],
) -> int | None:
    """The piece whose clause a date opening its own piece closes, when a new verb
    follows it: ", in late January and took Bukavu" after "The M23 seized Goma, the
    capital of North Kivu province"."""
    if first != last or first == 0 or text[pieces[first][0] : m.start].strip():
        return None
    nxt = _AND_NEXT.match(text, m.end)
    if nxt is None:
        return None
    verb = nxt[1]
    if not (verb in _PAST or (verb.endswith("ed") and verb not in _NOT_PAST)):
        return None
    k = first - 1
    while k > 0 and _verbless(text, *pieces[k]) and len(text[slice(*pieces[k])].split()) <= 8:
        k -= 1  # an apposition ("the capital of North Kivu province")
    if _verbless(text, *pieces[k]) or _dated_between(dates, pieces[k][0], pieces[first][0]):
        return None
    return k


def _verb_after_apposition(text: str, pieces: list[tuple[int, int]], first: int) -> bool:
    """Whether ``pieces[first]`` opens with a reporting verb after a subject and its
    apposition, neither with a verb: "A senior official, | Mohammed Abdulsalam, |
    confirmed on Wednesday"."""
    word = _WORD.match(text, pieces[first][0])
    if word is None:
        return False
    low = word[0].lower()
    if low not in _REPORTING:
        # Who said it belongs to the saying; other verbs stand alone ("won
        # independence in 1993" after "Eritrea, a former province,").
        return False
    for k in (first - 1, first - 2):
        s, e = pieces[k]
        lower = " ".join(w for w in text[s:e].split() if not w[:1].isupper())
        # Names are not verbs, whatever their ending ("Mohammed").
        if _has_verb(lower, 0, len(lower)) or len(text[s:e].split()) > 8:
            return False
    return True


# A clause that opens with its verb has its subject before an inserted clause.
_SUBJECTLESS_START = re.compile(
    r"(?:is|are|was|were|will|would|has|have|had|must|shall)\s+(?!\w+ing\b)\w",
)
# Words a relative clause may have for the name before it to join it.
_SHORT_RELATIVE = 7
_WHEN_START = re.compile(r"\s*when\s", re.IGNORECASE)
_CAPITAL_WORD = re.compile(r"[A-Z][\w’'.-]*")


def _dated_between(dates: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a date lies in [start, end): words that already tell another event."""
    return any(start <= s and e <= end for s, e in dates)


def _antecedent(text: str, piece: tuple[int, int], dates: list[tuple[int, int]]) -> bool:
    """Whether ``piece`` is a short name with no verb, e.g. "President-elect Donald Trump"."""
    start, end = piece
    words = text[start:end].split()
    if not 1 <= len(words) <= 5 or any(s < end and start < e for s, e in dates):
        return False
    return bool(_CAPITAL_WORD.fullmatch(words[-1])) and not _has_verb(text, start, end)


_YEAR_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)
# How many words after an attributive year ("the 2019 killing of …") the evidence keeps.
_ATTRIBUTIVE_WORDS = 7
_SUBORDINATE_WORDS = frozenset(("that", "which", "who", "when", "where", "and", "but"))
_SUBORDINATOR = re.compile(r"\b(?:since|after|before|when|until|that|which|who)\s", re.I)
# A clause needs this many words before the subordinate one for the cut to pay off.
_LONG_PIECE = 14
# Words kept before a relative "that"/"which"/"who" that carries the date.
_RELATIVE_HEAD = 5


# A pronoun and the word after it are a subject and its verb: "when it reconvenes".
_PRONOUN_VERB = re.compile(r"\s*(?:it|he|she|they|we|I|you)\s+[a-z]+s?\b")


def _subordinate_start(
    text: str, piece: tuple[int, int], m: Mention, dates: list[tuple[int, int]]
) -> int | None:
    """Where the subordinate clause that carries ``m`` starts in a long ``piece``, if the
    date is in one ("… since the clashes began on Thursday")."""
    start, end = piece
    if text.count(" ", start, end) < _LONG_PIECE:
        return None
    found = None
    for sub in _SUBORDINATOR.finditer(text, max(start, m.start - 120), m.start):
        found = sub
    if found is None or text.count(" ", start, found.start()) < 6:
        return None
    if not _has_verb(text, found.end(), m.start) and not _PRONOUN_VERB.match(
        text, found.end(), m.start
    ):
        return None
    if any(start <= s and e <= found.start() for s, e in dates):
        return None  # a date before it: the clause is shared between the two events
    if found.group().lower().strip() in ("that", "which", "who"):
        # "… to a separate forum of Libyan delegates | that is due to meet in November":
        # the few words before a relative clause say what it is about.
        words = [
            w.start()
            for w in _NONSPACE.finditer(text, max(start, found.start() - 80), found.start())
        ]
        if len(words) < _RELATIVE_HEAD:
            return None
        return words[-_RELATIVE_HEAD]
    return found.start()


def _attribution_only(text: str, piece: tuple[int, int], m: Mention) -> bool:
    """Whether ``piece`` is only who said it and when: "Qatar's prime minister said
    Wednesday", "the ministry said in a statement on Friday" (the date ends it)."""
    start, end = piece
    if text[m.end : end].strip(" .,;:"):
        return False
    words = list(_WORD.finditer(text, start, m.start))
    if not 1 < len(words) <= 8:
        return False
    verbs = [i for i, w in enumerate(words) if w[0].lower() in _REPORTING]
    if not verbs or verbs[-1] < len(words) - 5:
        return False
    return not _has_verb(text, start, words[verbs[-1]].start())


_PREPOSITION_START = re.compile(
    r"\s*(?:at|on|in|during|after|before|by|late|early|earlier|later|shortly|following)\b",
    re.IGNORECASE,
)
_RELATIVE_START = re.compile(r"\s*(?:who|whose|which|where)\b", re.IGNORECASE)


def _has_verb(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word that marks a tense (a verb, roughly)."""
    words = [w[0] for w in _WORD.finditer(text, start, end)]
    for i, word in enumerate(words):
        low = word.lower()
        if low in _FUTURE or low in _SCHEDULED or low in _PAST or low in _REPORTING:
            return True
        prev = words[i - 1].lower() if i > 0 else ""
        ed_verb = len(low) > 4 and low.endswith("ed") and low not in _NOT_PAST
        if ed_verb and prev not in _DETERMINERS:
            return True
    return False


def _needs_more(
    text: str, start: int, end: int, dates: list[tuple[int, int]], can_grow: bool
) -> bool:
    """Whether the clause ``text[start:end]`` is too thin to stand for an event alone.

    Fewer than ``_MIN_WORDS`` words besides its dates is too thin, unless it has a verb
    and two words ("declared independence in 2008", "whose term ends on Monday"); an
    opening phrase with no verb ("At a news conference later Tuesday,") belongs to the
    clause after it."""
    words = _content_words(text, start, end, dates)
    if words < _MIN_WORDS:
        if words >= 2 and _has_verb(text, start, end):
            return False
        return not (words >= 3 and _RELATIVE_START.match(text, start))
    return (
        can_grow and bool(_PREPOSITION_START.match(text, start)) and not _has_verb(text, start, end)
    )


def _dated_opening(text: str, piece: tuple[int, int], dates: list[tuple[int, int]]) -> bool:
    """Whether ``piece`` opens its sentence with a dated phrase and no verb ("On Sunday,")."""
    start, end = piece
    return (
        bool(_PREPOSITION_START.match(text, start))
        and not _has_verb(text, start, end)
        and any(start <= s and e <= end for s, e in dates)
    )


# After the date, these open what caused or followed the event, not the event itself:
# "cut ties in January 2016 after protesters stormed the embassy"; "an attack on Aug. 21
# that killed hundreds".
_TAIL_AFTER_DATE = re.compile(
    r"\s+(?:after|following|amid|that|which|and|(?:aimed|designed|intended|meant)\s+(?:at|to))\s",
    re.IGNORECASE,
)
# A purpose after the object: "signed a peace agreement meant to end the rebellion".
_PURPOSE = re.compile(r"\s(?:aimed|designed|intended|meant)\s+(?:at|to)\s", re.IGNORECASE)


def _cut_tail(text: str, start: int, end: int, m: Mention, dates: list[tuple[int, int]]) -> int:
    """End the clause at the date when a cause or a relative clause follows it."""
    tail = _TAIL_AFTER_DATE.match(text, m.end, end)
    if m.kind == "duration":
        # "the nine-year-old civil war that has plagued the country": the clause after an
        # age tells the event itself (the war), not a later one.
        return end
    tail_text = text[m.end : end]
    purpose = (
        _PURPOSE.search(text, m.end, end)
        if any(w in tail_text for w in ("aimed", "designed", "intended", "meant"))
        else None
    )
    if purpose is not None and _content_words(text, start, purpose.start(), dates) >= _MIN_WORDS:
        # "yesterday signed a final peace agreement | meant to end four decades of
        # rebellion": what the deal is for is not what happened that day.
        end = purpose.start()
    relative = (
        _relative_after_object(text, m.end, end)
        if any(w in tail_text for w in (" that ", " which ", " who ", " That ", " Which "))
        else None
    )
    if (
        relative is not None
        and not _dates_a_saying(text, start, m)
        and _content_words(text, start, relative, dates) >= _MIN_WORDS
    ):
        # "yesterday reached an agreement | that both governments believe can end thirty
        # years of violence": what the agreement is, not what happened that day.
        end = relative
    if tail is not None and m.prep == "between" and tail.group().strip().lower() == "and":
        tail = None  # "between 1977 and 1992": the range goes on
    if tail is None or _dates_a_saying(text, start, m):
        # "said on Friday that he would meet them": what was said is the event.
        return end
    if _content_words(text, start, m.end, dates) < _MIN_WORDS - 1:
        return end
    return m.end


_PIED_PREPS = _wordset("under in by of from with through for at on to into during within")
_RELATIVE_WORD = re.compile(r"\s(?:that|which|who)\s", re.IGNORECASE)
# Words before "that" that take a clause of their own ("believe that", "so that").
_THAT_TAKERS = _wordset(
    """say says believe believes hope hopes insist insists warn warns argue argues think
    thinks know knows fear fears agree agrees mean means show shows so such now given
    confirm confirms announce announces"""
)


def _relative_after_object(text: str, start: int, end: int) -> int | None:
    """Where a relative clause about the object begins, a few words after the date:
    "reached an agreement | that …" (not "said … that", whose clause is what was said)."""
    hit = _RELATIVE_WORD.search(text, start, end)
    if hit is None:
        return None
    words = [w[0].lower() for w in _WORD.finditer(text, start, hit.start())]
    if len(words) < 2:
        return None  # right after the date: the cut after the date decides
    last = words[-1]
    if (
        last in _THAT_TAKERS
        or last in _REPORTING
        or last in _PAST
        or last in _FUTURE
        or last.endswith(("ed", "ing"))
        or not _has_verb(text, start, hit.start())
    ):
        # A clause a verb takes ("announcing that …"), or no verb between the date and
        # the relative word: the relative clause is about the subject.
        return None
    cut = hit.start()
    if last in _PIED_PREPS:
        # "an agreement with Turkey | under which migrants will be sent back"
        cut = text.rfind(" ", start, cut - len(last))
    return cut


def _content_words(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> int:
    """Words of ``text[start:end]`` outside the date expressions ``dates``."""
    count = len(text[start:end].split())
    for s, e in dates:
        if s >= start and e <= end:
            count -= len(text[s:e].split())
    return count


_NONSPACE = re.compile(r"\S+")


def _cap(text: str, start: int, end: int, m: Mention, backwards: bool = False) -> tuple[int, int]:
    """Cut a clause longer than ``_MAX_WORDS`` words to a window around the date (or
    ending at it, ``backwards``, when the words before it are the event)."""
    if text.count(" ", start, end) < _MAX_WORDS:
        return start, end
    spans = [w.span() for w in _NONSPACE.finditer(text, start, end)]
    if len(spans) <= _MAX_WORDS:
        return start, end
    first = next(i for i, (s, e) in enumerate(spans) if e > m.start)
    last = next((i for i, (s, e) in enumerate(spans) if e >= m.end), len(spans) - 1)
    lo = 0 if last < _MAX_WORDS else max(0, first - 8)
    if backwards:
        lo = max(0, last + 1 - _MAX_WORDS)
    hi = min(len(spans), max(lo + _MAX_WORDS, last + 1))
    return spans[lo][0], spans[hi - 1][1]


def _tense(text: str, start: int, end: int, m: Mention) -> Tense:
    """The tense of the verb nearest before the date in its clause (else after it)."""
    before = [w[0] for w in _WORD.finditer(text, start, m.start)]
    for i in range(len(before) - 1, -1, -1):
        prev = _aux_before(before, i)
        nxt = before[i + 1] if i + 1 < len(before) else ""
        if before[i].lower() in _REPORTING and i < len(before) - 2:
            if nxt.lower() in _ADJUNCT_PREPS:
                # "said in a statement on Friday": the date is when it was said.
                return "past"
            # "said the vote is on Oct. 2": the saying is not the event; "said Friday" is.
            continue
        t = _word_tense(prev, before[i], nxt)
        if t is not None:
            return t
    after = [w[0] for w in _WORD.finditer(text, m.end, end)]
    for i, word in enumerate(after):
        if word.lower() in _SUBORDINATORS:
            # "on Friday that he would meet them": the verb after "that" is another clause.
            break
        prev = _aux_before(after, i)
        nxt = after[i + 1] if i + 1 < len(after) else ""
        t = _word_tense(prev, word, nxt)
        if t is not None:
            return t
    return None


def _dates_a_saying(text: str, start: int, m: Mention) -> bool:
    """Whether ``m`` dates a reporting verb a few words before it ("said on Tuesday",
    "announced in a statement on Friday", "told reporters Monday")."""
    words = [w[0].lower() for w in _WORD.finditer(text, max(start, m.start - 60), m.start)]
    return any(w in _REPORTING for w in words[-5:])


# After a reporting verb, these open an adjunct of the saying, not what was said.
_ADJUNCT_PREPS = _wordset("in at during after before via through")
_SUBORDINATORS = _wordset("that which who whom whose")
# Adverbs between an auxiliary and its participle ("would be formally signed").
_ADVERB_FILLERS = _wordset("not also still already just never now then jointly finally")


def _aux_before(words: list[str], i: int) -> str:
    """The word before ``words[i]``, skipping adverbs, so the auxiliary of a participle
    is found across "formally", "also", "not"."""
    j = i - 1
    while j >= 0 and (
        words[j].lower() in _ADVERB_FILLERS or (len(words[j]) > 4 and words[j].endswith("ly"))
    ):
        j -= 1
    return words[j] if j >= 0 else ""


def _word_tense(prev: str, word: str, nxt: str) -> Tense:
    """The tense ``word`` marks, given its neighbours (as written), if any."""
    prev, word = prev.lower(), word.lower()
    if word == "set" and nxt.lower() not in ("to", "for"):
        # "set off the escalation", "set up a council": not "set to", "set for".
        return None
    if word in _FUTURE or word in _SCHEDULED or word.endswith(("'ll", "’ll")):
        return "future"
    if word == "to" and nxt.islower() and nxt not in _DETERMINERS:
        # "was to stop firing on Tuesday": what had been planned, told afterwards.
        return "past" if prev in ("was", "were") else "future"
    if word in _PAST or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST):
        # "can be renewed", "will be held": a passive says nothing of the time; the
        # auxiliary before it does.
        # After a determiner it is an adjective: "the shared grounds", "an agreed text".
        return None if prev in _PASSIVE_AUX or prev in _DETERMINERS else "past"
    return None


def _role(m: Mention, clause: str) -> tuple[str | None, str]:
    if m.role is not None:
        return m.role, f"role {m.role} from '{m.prep}'"
    if m.kind == "duration":
        return "start", "role start: an age counts back to the beginning"
    if m.kind in ("ago", "relative_span"):
        return None, ""
    for pattern, role, label in _ROLE_VERBS:
        hit = pattern.search(clause)
        if hit is not None:
            return role, f"role {role} from '{hit[0]}' ({label})"
    return None, ""


_DATELINE_WORDS = frozenset(
    ("published", "updated", "posted", "last", "modified", "first", "edited", "local", "time")
)
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]{3,}\b")
# "MOSCOW, March 5 (Reuters) -": the wire dateline at the head of the first paragraph.
# The place is a capitalised city, optionally followed by a region or country
# ("DOHA, Qatar, Feb 29 (World Desk) —"); the agency in brackets may be any short name.
_WIRE_BEFORE = re.compile(r"^[A-Z][A-Z .'’/-]{2,40}(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?,\s*$")
_WIRE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[-–—]|:|\.-?)\s")
# "Havana, June 9. The Government...": a place in title case, near the top of the story.
_TITLE_PLACE_BEFORE = re.compile(
    r"^[A-Z][a-zà-ÿ]+(?:[ -](?:de |del |la |el )?[A-Z][a-zà-ÿ]+){0,2}"
    r"(?:,\s*[A-Z][A-Za-z.'’ -]{1,30}?)?,\s*$"
)


WEEKDAY_NAMES = frozenset(WEEKDAYS) | {f"{d}," for d in WEEKDAYS}


def _is_dateline(doc: Document, block_index: int, m: Mention) -> bool:
    """The article's own date is not an event: a short block that only dates or signs the
    article ("Feb 27, 2026 6:40 pm", "By Jane Doe, 5 March 2020") or a wire dateline
    ("MOSCOW, March 5 (Reuters) - ...")."""
    block = doc.blocks[block_index]
    text = doc.text
    if m.start - block.start <= 60:
        head = text[block.start : m.start]
        if _WIRE_AFTER.match(text, m.end) and (
            _WIRE_BEFORE.match(head)
            or (
                block_index <= 2
                and m.kind in ("date", "month_day")
                and _TITLE_PLACE_BEFORE.match(head)
                and not any(w.lower() in WEEKDAY_NAMES for w in head.split())
            )
        ):
            return True
    if _is_headline(doc, block_index):
        # The headline restates a date of the story below it.
        return True
    if block.end - block.start > 80 or block.kind == "list_item":
        return False  # a list item is a term of the text, never the article's dateline
    rest = text[block.start : m.start] + " " + text[m.end : block.end]
    words = [w for w in _LOWER_WORD.findall(rest) if w not in _DATELINE_WORDS]
    return not words


_HEADLINE_MAX_WORDS = 25


def _is_headline(doc: Document, block_index: int) -> bool:
    """The first block is a headline when it is short, has no closing full stop and a
    story follows it."""
    if block_index != 0 or len(doc.blocks) < 2:
        return False
    block = doc.blocks[0]
    head = doc.text[block.start : block.end].rstrip()
    if not head or head[-1] in ".!?\"”’'":
        return False
    return len(head.split()) <= _HEADLINE_MAX_WORDS


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:])")
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|or|so)\s+(?=\S)", re.IGNORECASE)


def _label(text: str, start: int, end: int, m: Mention) -> str:
    body = text[start:end]
    body = _SPACES.sub(" ", body).strip(" ,;:.-–—“”\"‘’'")
    body = _SPACE_BEFORE_MARK.sub(r"\1", body)
    body = _LEADING_CONJUNCTION.sub("", body)
    if len(body) > 90:
        cut = body.rfind(" ", 0, 88)
        body = body[: cut if cut > 40 else 88].rstrip(" ,;:") + "…"
    if not body:
        body = m.expression
    return body[0].upper() + body[1:]


def _sort_key(item: Item) -> tuple[int, int, int, int, str, int]:
    start = item.evidence[0].start if item.evidence else 0
    if item.date is None:
        return (1, 0, 0, 0, "", start)
    parts = [int(p) for p in item.date.split("-")]
    parts += [0] * (3 - len(parts))
    return (0, parts[0], parts[1], parts[2], item.time or "", start)


def extract_timeline(doc: Document, published: dt.date | None) -> list[Item]:
    """Dated events of ``doc`` in chronological order (unresolved ones last)."""
    text = doc.text
    if not doc.sentences:
        return []
    mentions = find_mentions(text)
    spans = [(m.start, m.end) for m in mentions]
    events: list[_Event] = []
    # Per sentence, the first day before the article date: what reported speech counts from.
    anchors: dict[int, tuple[dt.date, str]] = {}
    # The last full day an event was dated to, and its block: what "the next day" counts
    # from (only in that paragraph or the one after it).
    last_day: tuple[dt.date, str, int, str | None] | None = None
    # The last date of any precision, for "the following year".
    last_date: tuple[str, str, int] | None = None
    # Days given as month and day, as first resolved: a repeat means the same day.
    told_days: dict[tuple[int | None, int | None], tuple[str, str]] = {}
    emitted: set[str] = set()
    # Quoted spans per block, found only for blocks where "today" appears.
    quoted: dict[int, list[tuple[int, int]]] = {}
    for k, m in enumerate(mentions):
        si = doc.sentence_at(m.start)
        sent = doc.sentences[si]
        if sent.end <= m.start and si + 1 < len(doc.sentences):
            sent = doc.sentences[si + 1]
        if _is_dateline(doc, sent.block, m):
            continue
        if m.kind == "ahead" and _DURATION_BOUND.match(m.expression):
            continue
        lo, hi = m.start - _WINDOW, m.end + _WINDOW
        near = [s for s in spans[max(0, k - 8) : k + 8] if s[1] > lo and s[0] < hi]
        cs, ce, in_quote = _clause(text, sent.start, sent.end, m, near)
        tense = _tense(text, cs, ce, m)
        if tense == "future" and m.kind == "month_day" and _past_request(text, cs, m.start):
            # "called on the group to disarm and dissolve on Feb. 27": the infinitive of
            # a past request says nothing of which side of the article's date it is.
            tense = None
        if (
            tense is None
            and cs > sent.start
            and m.kind in ("weekday", "month_day")
            and text.count(" ", cs, ce) < _LONG_PIECE
            and "," in text[max(sent.start, cs - 3) : cs]
        ):
            # "Saudi Arabia will release its prisoners, | with flights to Sanaa on Sunday":
            # a clause with no verb takes the tense of the sentence before it.
            lead = max(sent.start, cs - _LEAD)  # bounded: one huge sentence stays linear
            tense = _tense(text, lead, cs, Mention(cs, cs, "", m.kind))
        if m.kind == "anchored" and m.unit in ("year", "month"):
            # "began in October 2020 but stalled the following year": counted from the
            # date told just before, at the precision it has.
            if last_date is None or sent.block - last_date[2] > 1:
                continue
            anchor_date = last_date[0]
            if m.unit == "month" and len(anchor_date) < 7:
                continue
            month = int(anchor_date[5:7]) if len(anchor_date) >= 7 else 1
            res = resolve(m, dt.date(int(anchor_date[:4]), month, 1), None)
            res = replace(res, rule=f"{res.rule} '{last_date[1]}'")
        elif m.kind == "anchored":
            # "The next day, ...": counted from the last day the article told, if any.
            if last_day is None or sent.block - last_day[2] > 1:
                continue
            res = resolve(m, last_day[0], None)
            if m.unit == "hour" and last_day[3] is not None and m.amount is not None:
                # "At 7 am ... Twelve hours later": the hours count from that time.
                hh, mm = (int(p) for p in last_day[3].split(":"))
                moment = dt.datetime.combine(last_day[0], dt.time(hh, mm))
                day = (moment + dt.timedelta(hours=m.amount)).date()
                res = replace(res, date=day.isoformat(), rule=f"{res.rule} {last_day[3]}")
            res = replace(res, rule=f"{res.rule} '{last_day[1]}'")
        elif m.kind == "month_day" and (m.month, m.day) in told_days:
            # "the Aug. 21 attack" after "an attack on Aug. 21": the day told before.
            told = told_days[(m.month, m.day)]
            res = Resolution(told[0], None, True, f"the day told before as '{told[1]}'")
        elif (
            m.kind == "month_day"
            and last_date is not None
            and _OF_THAT_YEAR.match(text, m.end)
            and m.month is not None
            and m.day is not None
        ):
            # "FACT fighters crossed in April 2021 … Deby was killed on April 20 of that
            # year": the year told before.
            res = resolve(replace(m, kind="date", year=int(last_date[0][:4])), None, None)
            res = replace(res, rule=f"the year told before in '{last_date[1]}'")
        else:
            res = resolve(m, published, tense)
        if not res.valid:
            continue
        if m.kind == "month_day" and res.date is not None:
            told_days.setdefault((m.month, m.day), (res.date, m.expression))
        if (
            m.kind in ("month_day", "date")
            and res.date is not None
            and res.date in emitted
            and _ATTRIBUTIVE_BEFORE.search(text, max(0, m.start - 6), m.start)
            and _NOUN_AFTER.match(text, m.end)
        ):
            # "who carried out the Aug. 21 attack": a reference back to an event told
            # before, not a new one.
            continue
        anchor = anchors.get(si)
        if (
            anchor is not None
            and m.kind == "weekday"
            and m.modifier is None
            and (tense or m.tense_hint) == "future"
        ):
            # "The coalition said on Tuesday it would halt operations from Wednesday":
            # reported speech counts forward from the day it was said.
            moved = resolve(m, anchor[0], "future")
            if moved.valid:
                res = replace(moved, rule=f"forwards from '{anchor[1]}' (reported speech)")
        if (
            published is not None
            and m.has_day
            and res.date is not None
            and len(res.date) == 10
            and res.date < published.isoformat()
            and si not in anchors
            and _dates_a_saying(text, cs, m)
        ):
            anchors[si] = (dt.date.fromisoformat(res.date), m.expression)
        if res.date is not None and m.kind != "clock":
            last_date = (res.date, m.expression, sent.block)
        if res.date is not None and len(res.date) == 10 and m.kind != "clock":
            last_day = (dt.date.fromisoformat(res.date), m.expression, sent.block, res.time)
        if in_quote and tense == "future" and _vague(m):
            # "the decisions we will take here today": an intention, not a dated event.
            continue
        if tense is None and m.expression.lower() == "today":
            # "the region today remains divided": nowadays, not a dated happening.
            continue
        if m.kind == "relative_day" and m.modifier in ("today", "tonight") and m.hour is None:
            block = doc.blocks[sent.block]
            if block.index not in quoted:
                quoted[block.index] = _block_quotes(text, block.start, block.end)
            if _inside(quoted[block.index], m.start, m.end):
                # "'Today is a historic day,' he said": the speaker's day, not a dated
                # event (a quote is often told days after it was said).
                continue
        if _COMPARISON_BEFORE.search(text, max(0, m.start - 30), m.start):
            # "higher than it was at the start of the year": a yardstick, not an event.
            continue
        if (m.prep == "since" and _SUPERLATIVE.search(text, max(cs, m.start - 60), m.start)) or (
            "since" in text[max(cs, m.start - 120) : m.start]
            and _SINCE_SUPERLATIVE.search(text, max(cs, m.start - 120), m.start)
        ):
            # "the largest such exchange since 1986" measures, it does not date an event.
            continue
        if _skipped(
            text, sent.start, cs, ce, m, near, res, emitted, quoted, doc, sent.block, tense
        ):
            continue
        events.append(_Event(m, si, (cs, ce), tense, res))
        if res.date is not None:
            emitted.add(res.date)
    events = _consolidate(events, published)
    _share_clauses(text, events)
    items: list[Item] = []
    for ev in events:
        m, (cs, ce) = ev.mention, ev.clause
        clause_text = text[cs:ce]
        role, role_cue = _role(m, clause_text)
        cs, ce = _trim(text, cs, ce)
        ev_span = evidence(text, cs, ce)
        cue = f"{_KIND_LABEL[m.kind]} '{m.expression}' → {ev.resolution.rule}"
        if ev.clock:
            cue += f"; time from '{ev.clock}'"
        if role_cue:
            cue += f"; {role_cue}"
        items.append(
            Item(
                id=make_id("event", ev_span.quote, ev_span.start),
                kind="event",
                text=_label(text, cs, ce, m),
                cue=cue,
                evidence=[ev_span],
                date=ev.resolution.date,
                time=ev.resolution.time,
                role=role,
                expression=m.expression,
            )
        )
    items.sort(key=_sort_key)
    return items


# A happening the clause denies: "The Kremlin gave no sign on Sunday", "made no comment
# on the deal Tuesday evening". Looked for from the date back to the clause's edge.
_NEGATION = re.compile(r"\b(?:no|not|never|nothing|neither|cannot)\b|n[’']t\b", re.IGNORECASE)
# Negations that bound an amount or a time rather than deny: "no later than", "not only".
_NOT_DENIAL = re.compile(
    r"\b(?:no|not)\s+(?:later|earlier|sooner|more|less|fewer|longer|only|least|yet)\b",
    re.IGNORECASE,
)
# Where the look-back for a negation stops: the edge of the clause.
_CLAUSE_EDGE = re.compile(r"[,;:.!?“”\"‘’«»()—–]|\s(?:but|and|while|whereas|although|though)\s")
# Prepositions whose date bounds a state, so a negation does not deny it ("have had no
# relations since 1980", "had not yet moved by Thursday", "will not withdraw until May").
_BOUNDING_PREPS = frozenset(("since", "by", "until", "till", "before", "after"))
# The words after a possessive date that a negation may deny: "Friday's deal does not".
_POSSESSIVE_REACH = 40

_DEAL_NOUNS = (
    r"(?:truces?|ceasefires?|cease-fires?|deals?|accords?|agreements?|pacts?|treaty|treaties"
    r"|negotiations?|talks|rounds?|attempts?|arrangements?|understandings?)"
)
# An earlier agreement told as background: "A previous truce signed in December 2002
# collapsed", "Earlier ceasefires, including one agreed in 2016, collapsed".
_EARLIER_DEAL = re.compile(
    r"\b(?:previous|earlier|prior|past|former|failed|abortive)\s+(?:[\w-]+\s+){0,2}?"
    + _DEAL_NOUNS
    + r"\b",
    re.IGNORECASE,
)
# The making of that agreement, which the date tells ("signed in December 2002"); what
# became of it later ("collapsed two weeks ago") is still news.
_MAKING = re.compile(
    r"\b(?:signed|agreed|announced|reached|brokered|struck|concluded|negotiated|sealed"
    r"|initialled|initialed|declared|mediated)\b",
    re.IGNORECASE,
)
_EARLIER_WORDS = ("previous", "earlier", "prior", "past", "former", "failed", "abortive")
# How far into its sentence the earlier agreement may stand and still be its subject.
_SUBJECT_REACH = 40
# "A 1996 deal with the rival front created ...": an indefinite year-dated agreement.
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_DEAL_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?" + _DEAL_NOUNS + r"\b", re.IGNORECASE)
# "the agreement announced late on Sunday": a deal named by when it was made.
_DEAL_TOLD_BEFORE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?" + _DEAL_NOUNS + r"\s+(?:\w+ed|reached|struck"
    r"|made|signed|agreed)\s+(?:\w+\s+){0,3}?$",
    re.IGNORECASE,
)
_INCLUDING = re.compile(r"\bincluding\b(?!.*\bincluding\b)", re.IGNORECASE | re.DOTALL)

# A quotation's rhetoric, not a dated event: "Today they give GAM parties, tomorrow they
# will ask for a referendum".
_QUOTED_DAYS = frozenset(("today", "tonight", "tomorrow"))
# Vague future periods that a promise inside a quotation names ("we will be ready to sign
# at the end of the month").
_VAGUE_PERIOD_ENDS = ("the month", "the year", "the week", "this week", "this month")
_REPORTING_ALL = _wordset(
    """said says told tells wrote writes added adds announced stated noted insisted warned
    declared tweeted posted replied"""
)


def _past_request(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a past verb and then an infinitive, with no
    future auxiliary: "called on the group to disarm", "urged both sides to sign"."""
    words = [w[0].lower() for w in _WORD.finditer(text, start, end)]
    if any(w in _FUTURE for w in words):
        return False
    seen_past = False
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        if w in _PAST or (len(w) > 4 and w.endswith("ed") and w not in _NOT_PAST):
            seen_past = seen_past or prev not in _PASSIVE_AUX
        elif w == "to" and seen_past and i + 1 < len(words) and words[i + 1] not in _DETERMINERS:
            return True
    return False


def _possessive(text: str, m: Mention) -> bool:
    """Whether the date is a possessive naming a thing: "Friday's deal", "last
    September's vote"."""
    return m.expression.endswith(("'s", "’s")) or text.startswith(("'s ", "’s "), m.end)


def _denied(text: str, sent_start: int, m: Mention) -> bool:
    """Whether the clause around ``m`` denies the happening it dates."""
    if m.prep in _BOUNDING_PREPS or m.role == "deadline":
        return False
    if m.prep is None and _ATTRIBUTIVE_BEFORE.search(text, max(0, m.start - 6), m.start):
        # "will not sign until Armenia removes the 1990 declaration": the date names a
        # thing; what the sentence denies is another happening.
        return False
    lo = max(sent_start, m.start - 120)
    if _NEGATION.search(text, lo, m.start):
        for edge in _CLAUSE_EDGE.finditer(text, lo, m.start):
            lo = edge.end()
        before = text[lo : m.start]
        if _NEGATION.search(before) and not _NOT_DENIAL.search(before):
            return True
    if _possessive(text, m):
        # "Friday's deal does not cover the faction": the date names the deal; the
        # sentence tells what it does not do.
        after = text[m.end : m.end + _POSSESSIVE_REACH]
        cut = _CLAUSE_EDGE.search(after)
        after = after[: cut.start()] if cut else after
        return bool(_NEGATION.search(after)) and not _NOT_DENIAL.search(after)
    return False


def _earlier_deal(text: str, sent_start: int, cs: int, m: Mention) -> bool:
    """Whether ``m`` dates an earlier agreement told as background."""
    window = text[max(sent_start, m.start - 200) : m.start].lower()
    if not any(w in window for w in _EARLIER_WORDS):
        hits: list[re.Match[str]] = []
    else:
        hits = list(_EARLIER_DEAL.finditer(text, max(sent_start, m.start - 200), m.start))
    for hit in hits:
        if (hit.start() - sent_start <= _SUBJECT_REACH or hit.start() >= cs) and (
            _MAKING.search(text, hit.end(), m.start)
            or not _has_verb(text, min(cs, hit.start()), m.start)
        ):
            # "A previous truce signed in December 2002", "Two earlier rounds of talks in
            # July": the date tells when that agreement was made.
            return True
    return bool(
        m.kind == "year"
        and m.prep is None
        and _INDEFINITE_BEFORE.search(text, max(0, m.start - 5), m.start)
        and _DEAL_AFTER.match(text, m.end)
    )


def _quote_attribution(text: str, cs: int, ce: int, m: Mention) -> bool:
    """Whether the clause only names who spoke a quotation and when: "'…,' Zelensky wrote
    on social media on Sunday morning", "A spokesman said last night: '…'"."""
    before = text[max(0, cs - 4) : cs]
    after = text[ce : ce + 4]
    if not (any(c in _CLOSERS for c in before) or any(c in _OPENERS for c in after)):
        return False
    words = [w[0].lower() for w in _WORD.finditer(text, cs, ce)]
    return 2 <= len(words) <= 12 and any(w in _REPORTING_ALL for w in words)


def _skipped(
    text: str,
    sent_start: int,
    cs: int,
    ce: int,
    m: Mention,
    near: list[tuple[int, int]],
    res: Resolution,
    emitted: set[str],
    quoted: dict[int, list[tuple[int, int]]],
    doc: Document,
    block_index: int,
    tense: Tense,
) -> bool:
    """Dated words that are not a happening the reader needs on the timeline."""
    if (
        m.kind == "relative_span"
        and m.unit in ("year", "week")
        and m.part is None
        and m.prep not in ("by", "before", "until", "till", "from", "since")
    ):
        # "led to his death last year", "would continue this week", "an election next
        # year": a vague period a selective reader leaves off the timeline.
        return True
    if m.kind == "clock" and (
        _ATTRIBUTIVE_BEFORE.search(text, max(0, m.start - 6), m.start)
        or (tense != "future" and _role(m, text[cs:ce])[0] is None)
    ):
        # "after the midnight deadline he had set", "The deal was announced shortly after
        # 5pm": a time with no day of its own, in a story told after the day, is an
        # hour of a day the text has already given; a time at which something takes
        # effect or will happen is kept.
        return True
    told = res.date is not None and res.date in emitted
    if _possessive(text, m):
        if any(s != m.start and cs <= s and e <= ce for s, e in near):
            # "declared on Tuesday the winner of last September's vote": the possessive
            # only names what the clause's own date is about.
            return True
        if told and _DEAL_AFTER.match(text, m.end + 2):
            # "The road to yesterday's deal has been long": the deal dated before.
            return True
    if told and _DEAL_TOLD_BEFORE.search(text, max(cs, m.start - 80), m.start):
        # "Under the agreement announced late on Sunday, both sides committed …" after
        # the Sunday it came into force was told: the date names the deal again.
        return True
    lead = text[max(cs, m.start - 100) : m.start]
    if "including" in lead:
        including = _INCLUDING.search(text, max(cs, m.start - 100), m.start)
        if including is not None and not _has_verb(text, including.end(), m.start):
            # "killing 44 people, including several children in the camp on Saturday":
            # a detail of a count, not an event of its own.
            return True
    if m.prep == "since" and _COUNT_SINCE.search(text, max(cs, m.start - 100), m.start):
        # "has fought four wars with Israel since 2008": a tally, not a dated event.
        return True
    if _denied(text, sent_start, m) or _earlier_deal(text, sent_start, cs, m):
        return True
    low = m.expression.lower()
    block = doc.blocks[block_index]
    if (m.hour is None and low.split()[-1] in _QUOTED_DAYS) or (
        m.kind == "clock" or low.endswith(_VAGUE_PERIOD_ENDS)
    ):
        if block.index not in quoted:
            quoted[block.index] = _block_quotes(text, block.start, block.end)
        if _inside(quoted[block.index], m.start, m.end):
            # "tomorrow they will ask for a referendum", "As of 6:00 am, the army has
            # carried out 59 attacks", "we will sign at the end of the month": the
            # speaker's words, not a dated event.
            return True
    # A day told already, here only dating who spoke a quotation.
    return (
        res.date is not None
        and res.date in emitted
        and m.has_day
        and _quote_attribution(text, cs, ce, m)
    )


def _consolidate(events: list[_Event], published: dt.date | None) -> list[_Event]:
    """One event per dated happening: clock times join the day of their clause, vague
    expressions give way to precise ones in the same sentence, repeats are dropped."""
    days_in_clause: dict[tuple[int, int], list[_Event]] = {}
    days_in_sentence: dict[int, int] = {}
    day_dates: dict[int, list[str]] = {}
    timed_days_in_sentence: dict[int, int] = {}
    for ev in events:
        if ev.mention.has_day:
            days_in_clause.setdefault(ev.clause, []).append(ev)
            days_in_sentence[ev.sentence] = days_in_sentence.get(ev.sentence, 0) + 1
            if ev.resolution.date is not None:
                day_dates.setdefault(ev.sentence, []).append(ev.resolution.date)
            if ev.mention.hour is not None:
                timed = timed_days_in_sentence.get(ev.sentence, 0) + 1
                timed_days_in_sentence[ev.sentence] = timed
    out: list[_Event] = []
    seen: set[tuple[tuple[int, int], str]] = set()
    for ev in events:
        m = ev.mention
        own = 1 if m.has_day else 0
        if m.kind == "clock":
            days = days_in_clause.get(ev.clause, [])
            untimed = [d for d in days if d.mention.hour is None and not d.clock]
            if untimed:
                # "On Sunday, the truce starts at 6 pm": the time belongs to that day.
                _join_clock(untimed[0], m, published)
                continue
            # "At 00.01 tonight, as in, from midnight": a restatement of the time.
            if days or timed_days_in_sentence.get(ev.sentence, 0):
                continue
        # "On Feb. 19 ... over a week ago": the vague one counts from the precise one.
        # ("by the end of the year" beside "from May 2" is a second deadline, not a restatement)
        if m.approx and days_in_sentence.get(ev.sentence, 0) > own:
            continue
        # "last week" restates a day of the same sentence only when that day lies inside
        # it: "joined last week, and membership takes effect on Oct. 14" are two events.
        if m.kind == "relative_span" and m.part is None and ev.resolution.date is not None:
            period = ev.resolution.date
            if any(d.startswith(period) for d in day_dates.get(ev.sentence, [])):
                continue
        # Two expressions of one day in one clause ("yesterday ... on Tuesday") are one event.
        key = (ev.clause, ev.resolution.date or m.expression)
        if key in seen:
            continue
        seen.add(key)
        out.append(ev)
    return out


def _join_clock(day: _Event, clock: Mention, published: dt.date | None) -> None:
    timed = replace(day.mention, hour=clock.hour, minute=clock.minute)
    res = resolve(timed, published, day.tense)
    if res.valid:
        day.mention, day.resolution, day.clock = timed, res, clock.expression


_LEADING_BULLET = re.compile(r"(?:[-–—•*·▪‣]|\d{1,2}[.)])\s+")
_TRAILING_LINK = re.compile(r"\s+(?:and|or|but|to|as|while|with)$", re.IGNORECASE)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation, quote marks and a dangling "and"/"to" from the ends of a span."""
    while True:
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        while start < end and text[start] in _TRIM:
            start += 1
        bullet = _LEADING_BULLET.match(text, start, end)
        if bullet is not None:
            # "- Prisoners are to be freed by March 10": the list marker is not evidence.
            start = bullet.end()
            continue
        link = _TRAILING_LINK.search(text, start, end)
        if link is None:
            return start, end
        end = link.start()


# Between two dates of one clause, where the first event ends: "detained on February 17
# | and sentenced in August", "took hold in October | following air strikes in August".
_LINK_BETWEEN = re.compile(
    r"\s+(?:and\s+(?=(?:then\s+)?[a-z]{2,}ed\b)|after\s|following\s|before\s|amid\s"
    r"|that\s|which\s|when\s|while\s)",
    re.IGNORECASE,
)


def _share_clauses(text: str, events: list[_Event]) -> None:
    """Events read from one clause ("agreed on Friday to reopen embassies by May 10")
    each keep the part of it around their own date: the first ends where the next date
    starts (or at a link word before it), the next starts where the previous date ends.
    Then a cause or a relative clause after a date is cut off ("in January 2016 | after
    protesters stormed the embassy")."""
    by_clause: dict[tuple[int, int], list[_Event]] = {}
    for ev in events:
        by_clause.setdefault(ev.clause, []).append(ev)
    for group in by_clause.values():
        group.sort(key=lambda e: e.mention.start)
        cs, ce = group[0].clause
        for i, ev in enumerate(group):
            m = ev.mention
            if len(group) > 1:
                lo = group[i - 1].mention.end if i > 0 else cs
                hi = group[i + 1].mention.start if i + 1 < len(group) else ce
                if i + 1 < len(group):
                    link = _LINK_BETWEEN.search(text, m.end, hi)
                    if link is not None:
                        hi = link.start()
                lo, hi = _trim(text, lo, hi)
                if (
                    lo <= m.start
                    and m.end <= hi
                    and _content_words(text, lo, hi, [(m.start, m.end)]) >= 2
                ):
                    ev.clause = (lo, hi)
            lo, hi = ev.clause
            if lo <= m.start and m.end <= hi:
                ev.clause = (lo, _cut_tail(text, lo, hi, m, [(m.start, m.end)]))
