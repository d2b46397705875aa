"""Date expressions in English news prose and their normalisation.

:func:`find_mentions` finds the date-like expressions of a text (explicit dates,
month-days without a year, months, years, weekdays, "yesterday", "last week",
"two days ago", clock times, "the nine-year-old war") as :class:`Mention` spans.
:func:`resolve` turns one mention into a date string at its real precision
(``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) and an optional ``HH:MM`` time, given the
article's date and the tense of the clause that carries it. Without an article date,
relative expressions stay unresolved and explicit dates still resolve; no year is
ever invented. Impossible dates ("February 30") are reported invalid, never raised.

Everything is regular expressions compiled once at import; the cost is linear in the
length of the text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

Tense = Literal["past", "future"] | None

MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip
NUMBERS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a couple of": 2, "a few": 3, "several": 3,
}  # fmt: skip

# Years a news article plausibly talks about; "in 9999" or "year 0" are not dates.
MIN_YEAR = 1000
MAX_YEAR = 2999

_MON_ANY = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
    r"(?![A-Za-z])"
)
# A month on its own must be spelled out (or abbreviated with a dot): "Jan" is a name.
_MON_FULL = (
    r"(?P<mon>January|Jan\.|February|Feb\.|March|April|Apr\.|May|June|July|August|Aug\."
    r"|September|Sept?\.|October|Oct\.|November|Nov\.|December|Dec\.)(?![A-Za-z])"
)
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:.]\d)"
_YEAR = r"(?P<year>[12]\d{3})(?![\d,.]\d|s\b)"
_NUM = (
    r"(?P<num>\d{1,3}|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen"
    r"|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)
_QUAL = (
    r"(?:(?P<qual>about|around|roughly|nearly|almost|over|more than|less than|just over"
    r"|just under|some|at least|barely|only|just)\s+)?"
)
_UNIT_NAMES = "day|week|month|year|decade"
_UNIT = rf"(?P<unit>{_UNIT_NAMES})s?"

_P_ISO = re.compile(r"\b(?P<year>[12]\d{3})-(?P<m>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])\b")
_P_MDY = re.compile(rf"\b{_MON_ANY}\s*{_DAY}\b(?:,?\s+{_YEAR}\b)?")
_P_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON_ANY}(?:,?\s+{_YEAR}\b)?")
_P_MY = re.compile(rf"\b{_MON_FULL}\s+(?:of\s+)?{_YEAR}\b")
_P_MONTH = re.compile(rf"\b{_MON_FULL}")
_P_YEAR = re.compile(rf"\b{_YEAR}\b")
_P_WEEKDAY = re.compile(
    r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:['’]s)?"
    r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"
)
_P_RELDAY = re.compile(
    r"\b(?P<rd>the day before yesterday|the day after tomorrow|today|tonight|yesterday"
    r"|tomorrow|last night|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_P_RELSPAN = re.compile(
    r"\b(?P<mod>last|next|this|earlier this|later this)\s+(?P<unit>week|weekend|month|year)\b",
    re.IGNORECASE,
)
# "by the end of the year", "at the start of the month": the current period, whose
# edge the words before it name.
_P_EDGE_SPAN = re.compile(
    r"(?:(?<=end of )|(?<=start of )|(?<=middle of )|(?<=beginning of )|(?<=half of ))"
    r"(?P<mod>the|this)\s+(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)
# Days counted from the day of the event told just before ("The next day, ...",
# "two days later", "on the same day"): the timeline gives the anchor.
_P_ANCHORED = re.compile(
    r"\b(?:(?P<rel>the next|the following|the previous) day"
    r"|(?P<num>a|one|two|three|four|five|six|seven|\d{1,2}) days? (?P<dir>later|earlier)"
    r"|(?P<hnum>an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
    r" hours? (?P<hdir>later|earlier)"
    r"|(?P<yrel>the following|the previous) (?P<yunit>year|month)"
    r"|(?P<ynum>a|one|two|three|four|five|six) (?P<yunit2>year|month)s? (?P<ydir>later|earlier)"
    r"|(?P<same>later that day|that same day|the same day|later in the day"
    r"|earlier in the day|earlier that day))\b",
    re.IGNORECASE,
)
_ANCHORED_KEYS = (
    "the next day", "the following day", "the previous day", "day later", "days later",
    "day earlier", "days earlier", "later that day", "that same day", "the same day",
    "hour later", "hours later", "hour earlier", "hours earlier", "in the day",
    "earlier that day", "following year", "previous year", "following month",
    "previous month", "year later", "years later", "year earlier",
    "years earlier", "month later", "months later", "month earlier", "months earlier",
)  # fmt: skip
_P_AGO = re.compile(rf"\b{_QUAL}{_NUM}\s+{_UNIT}\s+ago\b", re.IGNORECASE)
_P_AHEAD = re.compile(
    rf"\b(?P<prep>in|within)\s+(?:the\s+next\s+)?{_QUAL}{_NUM}\s+(?P<unit>hour|{_UNIT_NAMES})s?\b"
    r"(?!\s+(?:of|after|before|from|since|later|earlier|ago)\b)",
    re.IGNORECASE,
)
_P_CLOCK = re.compile(
    r"\b(?:(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:\s*(?P<ampm>[ap]\.m\.|[ap]\.?m\b))?"
    r"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ampm2>[ap]\.m\.|[ap]\.?m\b)"
    r"|(?P<h4>[01]\d|2[0-3])(?P<mi4>[0-5]\d)\s*(?=GMT|UTC|hrs\b|hours\b|local\b)"
    r"|(?P<word>midnight|noon|midday))"
    r"(?:\s*(?P<tz>(?-i:GMT|UTC|[A-Z]{3,4}\b|\([A-Z]{2,4}\))|local time))?",
    re.IGNORECASE,
)
_DURATION_NOUNS = (
    r"war|conflict|insurgency|rebellion|uprising|occupation|siege|blockade|embargo|dispute"
    r"|feud|standoff|stand-off|crisis|rift|stalemate|fighting|campaign|offensive|boycott"
    r"|freeze|moratorium|rule|regime|dictatorship|sanctions|revolution|violence|unrest"
)
_P_DURATION = re.compile(
    rf"\b(?:{_NUM}-)?(?P<unit>year|month|decade)s?-old\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<noun>{_DURATION_NOUNS})\b",
    re.IGNORECASE,
)
_EVENT_NOUN_AFTER_YEAR = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?i:agreements?|accords?|deal|ceasefire|cease-fire|truce|treaty"
    r"|protocol|pact|memorandum|talks|summit|war|invasion|annexation|offensive|elections?"
    r"|referendum|coup|revolution|uprising|attacks?|negotiations|framework|roadmap"
    r"|genocide|massacre|bombings?|assassination|crackdown|raid|siege|blockade|crisis"
    r"|conflict|protests|earthquake|killing|murder|poisoning|shooting|arrest|abduction"
    r"|kidnapping|declaration|vote|handover|withdrawal|ruling|verdict|visit|meeting"
    r"|shelling|incursion|downing)\b"
)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.IGNORECASE)

# Words just before a mention that extend it and tell its role or tense.
_PREFIX = re.compile(
    r"(?:\b(?P<prep>since|as of|as from|from|starting(?:\s+(?:on|from|in|at))?"
    r"|beginning(?:\s+(?:on|in|at))?|effective(?:\s+from)?|with effect from|by|no later than"
    r"|not later than|until|till|before|after|on|in|during|through|throughout|at|for|earlier on"
    r"|as early as|as late as"
    r"|later on|earlier|later|last|next|this|late on|early on|between)\s+)?"
    r"(?:(?P<the>the\s+)?(?P<part>end|beginning|start|middle|first half|second half"
    r"|(?:first|second|third|fourth|last|final)\s+(?:week|weeks|days|fortnight)"
    r"|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?"
    r"(?:(?P<edge>early|late|mid)(?:-|\s+))?$",
    re.IGNORECASE,
)
# Names that contain a weekday or a month but are not dates.
_NOT_WEEKDAY_BEFORE = re.compile(
    r"\b(?:Good|Black|Bloody|Super|Ash|Palm|Easter|Holy|Cyber|Blue|Maundy)\s+$"
)
_NOT_WEEKDAY_AFTER = re.compile(r"\s+(?:Agreement|Accord|Times|Telegraph|Herald|Express)\b")

Kind = Literal[
    "date", "month_day", "month_year", "month", "year", "weekday", "relative_day",
    "relative_span", "ago", "ahead", "clock", "duration", "anchored",
]  # fmt: skip

ROLE_BY_PREP: dict[str, str] = {
    "since": "start",
    "as of": "effective",
    "as from": "effective",
    "from": "effective",
    "starting": "effective",
    "beginning": "effective",
    "effective": "effective",
    "with effect from": "effective",
    "by": "deadline",
    "no later than": "deadline",
    "not later than": "deadline",
    "until": "deadline",
    "till": "deadline",
    "within": "deadline",
}


@dataclass(frozen=True, slots=True)
class Mention:
    """One date expression: where it is, what it says, parsed but not yet resolved."""

    start: int
    end: int
    expression: str
    kind: Kind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    part: str | None = None  # morning/afternoon/evening/night, or end/beginning of
    edge: str | None = None  # early/mid/late
    modifier: str | None = None  # last/next/this/earlier this/... or the relative-day word
    amount: int | None = None  # for "two days ago", "in three weeks", "nine-year-old"
    unit: str | None = None
    approx: bool = False
    hour: int | None = None
    minute: int | None = None
    prep: str | None = None
    # "June next year", "in April this year": the year counted from the article's.
    year_offset: int | None = None

    @property
    def relative(self) -> bool:
        """True when the article's date is needed to resolve it."""
        return self.kind not in ("date", "month_year", "year")

    @property
    def has_day(self) -> bool:
        return self.kind in ("date", "month_day", "weekday", "relative_day", "anchored")

    @property
    def role(self) -> str | None:
        if self.prep is None:
            return None
        base = self.prep.split()[0] if self.prep.startswith(("starting", "beginning")) else None
        return ROLE_BY_PREP.get(base or self.prep)

    @property
    def tense_hint(self) -> Tense:
        """Tense the expression itself implies ("yesterday", "next week"), if any."""
        mod = (self.modifier or "").lower()
        prep = (self.prep or "").lower()
        if self.kind == "ago" or mod in ("yesterday", "last night", "the day before yesterday"):
            return "past"
        if mod.startswith(("last", "earlier")) or prep.startswith(("earlier", "since")):
            return "past"
        if self.kind == "ahead" or mod in ("tomorrow", "the day after tomorrow"):
            return "future"
        if mod.startswith(("next", "later this")) or prep.startswith("later"):
            return "future"
        if prep.startswith(("starting", "beginning")):
            prep = prep.split()[0]  # "starting on/at/from": a start ahead
        if prep in ("as of", "as from", "starting", "beginning", "effective", "by", "until"):
            return "future" if self.kind in ("month_day", "month", "weekday") else None
        return None


@dataclass(frozen=True, slots=True)
class Resolution:
    """A mention's normalised date (``None`` if unresolved) and time; ``valid`` is False
    for impossible dates such as "February 30"."""

    date: str | None
    time: str | None
    valid: bool = True
    rule: str = ""


def _month_number(token: str) -> int:
    return MONTHS[token[:3].lower()]


def _number(token: str | None) -> int | None:
    if token is None:
        return None
    token = token.lower()
    if token.isdigit():
        return int(token)
    return NUMBERS.get(token)


def _find_all(low: str, word: str) -> list[int]:
    """Start offsets of ``word`` in ``low`` where a word starts there (C-speed search)."""
    out: list[int] = []
    i = low.find(word)
    while i >= 0:
        if i == 0 or not low[i - 1].isalnum():
            out.append(i)
        i = low.find(word, i + 1)
    return out


# Runs of digits; a run right after "." "," or ":" ("3.70", "12,000") starts no date. (A
# lookbehind at the head of the pattern would make re try it at every character.)
_DIGITS = re.compile(r"\d+")
_MONTH_KEYS = tuple(MONTHS)
_UNIT_KEYS = ("hour", "day", "week", "month", "year", "decade")


def _candidates(text: str) -> list[Mention]:
    """Every date expression, overlapping ones included.

    Python's ``re`` tries an alternation at every position, which costs seconds on a
    megabyte; so cheap ``str.find`` triggers (month and weekday names, "ago", digits...)
    pick the few places where the full patterns are tried.
    """
    low = text.lower()
    out: list[Mention] = []
    for d in _DIGITS.finditer(text):
        i = d.start()
        if i and text[i - 1] in ".,:":
            continue
        for builder, pattern in (
            (_iso, _P_ISO),
            (_dmy, _P_DMY),
            (_year, _P_YEAR),
        ):
            m = pattern.match(text, i)
            if m is not None:
                out.append(builder(m))
        m = _P_CLOCK.match(text, i)
        if m is not None:
            _add_clock(out, m, text)
    for key in _MONTH_KEYS:
        for i in _find_all(low, key):
            if not text[i].isupper():
                continue
            for builder, pattern in ((_dmy, _P_MDY), (_month_year, _P_MY), (_month_only, _P_MONTH)):
                m = pattern.match(text, i)
                if m is not None:
                    out.append(builder(m))
    for key in WEEKDAYS:
        for i in _find_all(low, key):
            m = _P_WEEKDAY.match(text, i)
            if m is not None and text[i].isupper():
                _add_weekday(out, m, text)
    for key in ("today", "tonight", "tomorrow", "yesterday", "last night", "this "):
        for i in _find_all(low, key):
            start = i
            if key in ("yesterday", "tomorrow") and low.endswith(
                ("the day before ", "the day after "), 0, i
            ):
                start = low.rfind("the day", 0, i)
            m = _P_RELDAY.match(text, start)
            if m is not None:
                out.append(
                    Mention(m.start(), m.end(), m[0], "relative_day", modifier=m["rd"].lower())
                )
    for key in ("midnight", "noon", "midday"):
        for i in _find_all(low, key):
            m = _P_CLOCK.match(text, i)
            if m is not None:
                _add_clock(out, m, text)
    for key in _UNIT_KEYS:
        for i in _find_all(low, key):
            lo = max(0, i - 60)
            for pattern in (_P_RELSPAN, _P_AHEAD, _P_EDGE_SPAN):
                m = pattern.search(text, lo, i + 12)
                while m is not None and m.end("unit") < i:
                    m = pattern.search(text, m.end(), i + 12)
                if m is not None and m.start("unit") == i:
                    ahead = pattern is _P_AHEAD
                    out.append(_offset_m(m, "ahead") if ahead else _span(m, "relative_span"))
    for key in _ANCHORED_KEYS:
        for i in _find_all(low, key):
            m = _P_ANCHORED.search(text, max(0, i - 16), i + len(key) + 1)
            if m is not None and m.start() <= i < m.end():
                out.append(_anchored(m))
    for i in _find_all(low, "ago"):
        m = _P_AGO.search(text, max(0, i - 60), i + 3)
        if m is not None and m.end() == i + 3:
            out.append(_offset_m(m, "ago"))
    for i in _find_all(low, "old"):
        if i == 0 or low[i - 1] != "-":
            continue
        m = _P_DURATION.search(text, max(0, i - 30), i + 80)
        if m is not None and m.start() < i < m.end():
            _add_duration(out, m)
    return out


def _anchored(m: re.Match[str]) -> Mention:
    if m["rel"]:
        amount = -1 if m["rel"].lower().endswith("previous") else 1
    elif m["num"]:
        amount = _number(m["num"]) or 1
        amount = -amount if m["dir"].lower() == "earlier" else amount
    elif m["yrel"] or m["ynum"]:
        # "stalled the following year", "two months later": counted from the event before
        # at that precision.
        unit = (m["yunit"] or m["yunit2"]).lower()
        if m["yrel"]:
            amount = -1 if m["yrel"].lower().endswith("previous") else 1
        else:
            amount = _number(m["ynum"]) or 1
            amount = -amount if m["ydir"].lower() == "earlier" else amount
        return Mention(m.start(), m.end(), m[0], "anchored", amount=amount, unit=unit)
    elif m["hnum"]:
        # "twelve hours later": the amount is in hours; the timeline counts them from the
        # time of the event before when it knows it.
        hours = _number(m["hnum"]) or 1
        hours = -hours if m["hdir"].lower() == "earlier" else hours
        return Mention(m.start(), m.end(), m[0], "anchored", amount=hours, unit="hour")
    else:
        amount = 0
    return Mention(m.start(), m.end(), m[0], "anchored", amount=amount, unit="day")


def _iso(m: re.Match[str]) -> Mention:
    year, month, day = int(m["year"]), int(m["m"]), int(m["day"])
    return Mention(m.start(), m.end(), m[0], "date", year, month, day)


def _dmy(m: re.Match[str]) -> Mention:
    year = int(m["year"]) if m["year"] else None
    kind: Kind = "date" if year else "month_day"
    return Mention(m.start(), m.end(), m[0], kind, year, _month_number(m["mon"]), int(m["day"]))


def _month_year(m: re.Match[str]) -> Mention:
    return Mention(m.start(), m.end(), m[0], "month_year", int(m["year"]), _month_number(m["mon"]))


def _month_only(m: re.Match[str]) -> Mention:
    return Mention(m.start(), m.end(), m[0], "month", month=_month_number(m["mon"]))


def _year(m: re.Match[str]) -> Mention:
    return Mention(m.start(), m.end(), m[0], "year", int(m["year"]))


def _span(m: re.Match[str], kind: Kind) -> Mention:
    mod, unit = m["mod"].lower(), m["unit"].lower()
    mod = "this" if mod == "the" else mod
    return Mention(m.start(), m.end(), m[0], kind, modifier=mod, unit=unit)


def _offset_m(m: re.Match[str], kind: Kind) -> Mention:
    num = m["num"].lower()
    return Mention(
        m.start(),
        m.end(),
        m[0],
        kind,
        amount=_number(num),
        unit=m["unit"].lower(),
        approx=bool(m["qual"]) or num in ("a few", "several", "a couple of"),
        prep=m["prep"].lower() if kind == "ahead" else None,
    )


def _add_weekday(out: list[Mention], m: re.Match[str], text: str) -> None:
    if _NOT_WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return
    if _NOT_WEEKDAY_AFTER.match(text, m.end()):
        return
    part = m["part"].lower() if m["part"] else None
    wd = WEEKDAYS[m["wd"].lower()]
    out.append(Mention(m.start(), m.end(), m[0], "weekday", weekday=wd, part=part))


def _add_clock(out: list[Mention], m: re.Match[str], text: str) -> None:
    clock = _clock(m, text)
    if clock is not None:
        out.append(Mention(m.start(), m.end(), m[0], "clock", hour=clock[0], minute=clock[1]))


def _add_duration(out: list[Mention], m: re.Match[str]) -> None:
    unit = m["unit"].lower()
    plural = m[0][m.end("unit") - m.start() : m.end("unit") - m.start() + 1].lower() == "s"
    if m["num"] is None and plural:
        return  # "a decades-old dispute": no count, no start
    amount = _number(m["num"]) if m["num"] else (1 if unit == "decade" else None)
    if amount is not None:
        out.append(Mention(m.start(), m.end(), m[0], "duration", amount=amount, unit=unit))


_CLOCK_CONTEXT_BEFORE = re.compile(
    r"\b(?:at|from|until|till|by|after|before|since|around|about|of)\s+$", re.IGNORECASE
)
_QUANTITY_AFTER = re.compile(
    r"\s*(?:%|per\s?cent|percent|dollars|euros|pounds|million|billion|trillion|metres|meters"
    r"|miles|km|kilometres|kilometers|kg|tons|tonnes|points|times)\b",
    re.IGNORECASE,
)
_CLOCK_CONTEXT_AFTER = re.compile(
    r"\s*(?:tonight|today|tomorrow|this (?:morning|evening|afternoon)|on\s|GMT|UTC|local)",
    re.IGNORECASE,
)


def _clock(m: re.Match[str], text: str) -> tuple[int, int] | None:
    """Hour and minute of a clock match, or None when it is not a time of day."""
    word = (m["word"] or "").lower()
    if word == "midnight":
        return 0, 0
    if word in ("noon", "midday"):
        return 12, 0
    if m["h4"]:
        return int(m["h4"]), int(m["mi4"])
    if m["h2"]:
        hour, ampm = int(m["h2"]), m["ampm2"]
        minute = 0
    else:
        hour, minute, ampm = int(m["h"]), int(m["mi"]), m["ampm"]
        if not ampm and not m["tz"]:
            # "3.70" or "1.50" are numbers unless something says they are a time.
            before = _CLOCK_CONTEXT_BEFORE.search(text, max(0, m.start() - 8), m.start())
            after = _CLOCK_CONTEXT_AFTER.match(text, m.end())
            if before is None and after is None:
                return None
            if _QUANTITY_AFTER.match(text, m.end()):
                return None  # "at 2.50 dollars", "at 1.30 per cent"
    if ampm:
        if hour > 12 or hour == 0:
            return None
        pm = ampm.lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    return hour, minute


_WORD_START = re.compile(r"(?<![\w-])[A-Za-z]")


def _prefix(text: str, end: int) -> re.Match[str] | None:
    """The longest run of prefix words ending at ``end``; tried from word starts only,
    since a regex search would try every character of the window."""
    for w in _WORD_START.finditer(text, max(0, end - 40), end):
        m = _PREFIX.fullmatch(text, w.start(), end)
        if m is not None:
            return m
    return None


def _with_prefix(text: str, m: Mention) -> Mention | None:
    """Extend a mention with the words before it ("since", "as of", "early", "the end of")
    and drop the month and year mentions that nothing marks as dates."""
    pre = _prefix(text, m.start)
    prep = part = edge = None
    start = m.start
    if pre is not None and pre.start() < m.start:
        prep = pre["prep"].lower() if pre["prep"] else None
        part = pre["part"].lower() if pre["part"] else None
        edge = pre["edge"].lower() if pre["edge"] else None
        start = pre.start()
    modifier = m.modifier
    if prep in ("last", "next", "this"):
        if m.kind in ("weekday", "month"):
            modifier, prep = prep, None
        else:
            prep = None
            start = m.start if part is None and edge is None else start
    marked = prep is not None or part is not None or edge is not None or modifier is not None
    if m.kind == "month" and (
        _YEAR_AFTER_MONTH.match(text, m.end)
        or (pre is None and _EVENT_NOUN_BEFORE_OF.search(text, max(0, m.start - 40), m.start))
    ):
        # "November last year"; "the ceasefire of May": dates whatever marks them.
        marked = True
    elif m.kind == "month" and (not marked or prep in ("at", "on", "of", "earlier on", "later on")):
        return None
    if m.kind == "month" and m.month == 5 and prep in ("for", "by", "with"):
        return None  # "a speech by May", "waited for May": more often the name
    if m.kind == "year":
        if prep in ("at", "on", "for") and part is None and edge is None:
            return None
        if not marked and not (
            _DETERMINER_BEFORE.search(text, max(0, m.start - 6), m.start)
            and _EVENT_NOUN_AFTER_YEAR.match(text, m.end)
        ):
            return None
    if m.kind == "ahead":
        return m
    while start < m.start and text[start].isspace():
        start += 1
    return replace(
        m,
        start=start,
        expression=text[start : m.end],
        prep=prep,
        part=part or m.part,
        edge=edge,
        modifier=modifier,
    )


_YEAR_AFTER_MONTH = re.compile(r"\s{1,2}(?:last|this|next)\s+year\b", re.IGNORECASE)
_EVENT_NOUN_BEFORE_OF = re.compile(
    r"\b(?:ceasefire|cease-fire|truce|agreement|accord|deal|treaty|elections?|talks|summit"
    r"|war|offensive|invasion|attacks?|coup|referendum|uprising|protests|massacre|crisis"
    r"|events|revolution|clashes|fighting|floods|earthquake)\s+of\s+$",
    re.IGNORECASE,
)
_DAY_GAP = re.compile(r"\)?\s*,?\s*(?:(?:on|at|of)\s+)?$")
_PAREN_GAP = re.compile(r"\s*\($")


_BETWEEN_END = re.compile(r"\bbetween\s+\w+$", re.IGNORECASE)


def _merge(a: Mention, b: Mention, text: str) -> Mention | None:
    """Join adjacent pieces of one date: "00.01 tonight", "Sunday at 6 a.m.",
    "Thursday, March 5", "Feb 27, 2026 6:40 pm"."""
    gap = text[a.end : b.start]
    if (
        a.kind in ("month", "month_day")
        and b.kind == "relative_span"
        and b.unit == "year"
        and b.part is None
        and b.edge is None
        and b.modifier in ("last", "this", "next")
        and gap.isspace()
        and len(gap) <= 2
    ):
        # "November last year", "mid-June next year": the month of that year.
        offset = {"last": -1, "this": 0, "next": 1}[b.modifier]
        return replace(a, end=b.end, expression=text[a.start : b.end], year_offset=offset)
    if a.kind == "clock" and b.kind == "clock" and _PAREN_GAP.match(gap):
        # "midnight (2200 GMT)": the same moment in another time zone.
        end = b.end + 1 if text.startswith(")", b.end) else b.end
        return replace(a, end=end, expression=text[a.start : end])
    if (
        a.kind == "weekday"
        and b.kind == "weekday"
        and a.hour == 0
        and gap.strip().lower() == "and"
        and _BETWEEN_END.search(a.expression)
    ):
        # "until midnight between Sunday and Monday": the midnight that opens Monday.
        return replace(
            b, start=a.start, expression=text[a.start : b.end], hour=0, minute=0, prep=a.prep
        )
    if len(gap) > 7 or not _DAY_GAP.match(gap):
        return None
    clock, day = (a, b) if a.kind == "clock" else (b, a) if b.kind == "clock" else (None, None)
    if clock is not None and day is not None:
        if day.kind not in ("date", "month_day", "weekday", "relative_day") or day.hour is not None:
            return None
        # "starting at 7 a.m. on Thursday": the words before the first piece lead.
        merged = replace(day, hour=clock.hour, minute=clock.minute, prep=a.prep or b.prep)
    elif a.kind == "weekday" and b.kind in ("date", "month_day"):
        merged = replace(b, weekday=a.weekday, prep=a.prep or b.prep)
    elif b.kind == "weekday" and a.kind in ("date", "month_day"):
        merged = replace(a, weekday=b.weekday)
    else:
        return None
    return replace(merged, start=a.start, end=b.end, expression=text[a.start : b.end])


def find_mentions(text: str) -> list[Mention]:
    """All date expressions of ``text``, in order, without overlaps (longest wins)."""
    raw = _candidates(text)
    raw.sort(key=lambda c: (c.start, -(c.end - c.start)))
    chosen: list[Mention] = []
    last_end = -1
    for c in raw:
        if c.start < last_end:
            continue
        chosen.append(c)
        last_end = c.end
    out: list[Mention] = []
    for c in chosen:
        extended = _with_prefix(text, c)
        if extended is None:
            continue
        if out:
            prev = out[-1]
            if extended.start < prev.end:
                extended = replace(extended, start=c.start, expression=c.expression, prep=None)
            merged = _merge(prev, extended, text)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(extended)
    return out


# --- resolution -------------------------------------------------------------------------


def _ymd(d: dt.date) -> str:
    return d.isoformat()


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _valid_year(year: int) -> bool:
    return MIN_YEAR <= year <= MAX_YEAR


def _time(m: Mention) -> str | None:
    if m.hour is None or m.minute is None:
        return None
    return f"{m.hour:02d}:{m.minute:02d}"


def _nearest(options: list[dt.date], ref: dt.date, tense: Tense) -> dt.date | None:
    if not options:
        return None
    if tense == "past":
        past = [o for o in options if o <= ref]
        if past:
            return max(past)
    elif tense == "future":
        future = [o for o in options if o >= ref]
        if future:
            return min(future)
    return min(options, key=lambda o: (abs((o - ref).days), o))


def resolve(m: Mention, published: dt.date | None, tense: Tense = None) -> Resolution:
    """Normalise ``m`` against the article date ``published`` and the clause ``tense``."""
    try:
        return _resolve(m, published, m.tense_hint or tense)
    except (ValueError, OverflowError):
        return Resolution(None, _time(m), False, "out of range")


def _resolve(m: Mention, ref: dt.date | None, tense: Tense) -> Resolution:
    time = _time(m)
    if m.kind == "date":
        assert m.year is not None and m.month is not None and m.day is not None
        if not _valid_year(m.year):
            return Resolution(None, time, False, "year out of range")
        try:
            return Resolution(_ymd(dt.date(m.year, m.month, m.day)), time, True, "explicit date")
        except ValueError:
            return Resolution(None, time, False, "no such day")
    if m.kind == "month_year":
        assert m.year is not None and m.month is not None
        if not _valid_year(m.year):
            return Resolution(None, time, False, "year out of range")
        return Resolution(_ym(m.year, m.month), time, True, "explicit month")
    if m.kind == "year":
        assert m.year is not None
        if not _valid_year(m.year):
            return Resolution(None, time, False, "year out of range")
        return Resolution(f"{m.year:04d}", time, True, "explicit year")
    if m.year_offset is not None and ref is not None and m.month is not None:
        year = ref.year + m.year_offset
        word = {-1: "last", 0: "this", 1: "next"}.get(m.year_offset, "that")
        if not _valid_year(year):
            return Resolution(None, time, False, "year out of range")
        if m.day is None:
            return Resolution(_ym(year, m.month), None, True, f"the month of {word} year")
        try:
            return Resolution(_ymd(dt.date(year, m.month, m.day)), time, True, f"{word} year")
        except ValueError:
            return Resolution(None, time, False, "no such day")
    if m.kind == "month_day":
        return _month_day(m, ref, tense, time)
    if ref is None:
        return Resolution(None, time, True, "relative: no article date")
    if m.kind == "month":
        return _month_alone(m, ref, tense)
    if m.kind == "weekday":
        return _weekday(m, ref, tense, time)
    if m.kind == "relative_day":
        return _relative_day(m, ref, time)
    if m.kind == "relative_span":
        return _relative_span(m, ref)
    if m.kind in ("ago", "ahead"):
        return _offset(m, ref)
    if m.kind == "clock":
        day = ref
        rule = "clock time on the article date"
        if m.hour == 0 and m.minute == 0 and tense == "future":
            day, rule = ref + dt.timedelta(days=1), "midnight ahead: start of the next day"
        return Resolution(_ymd(day), time, True, rule)
    if m.kind == "anchored":
        # ``ref`` is the day of the event told before, given by the caller.
        n = m.amount or 0
        if m.unit == "year":
            year = ref.year + n
            if not _valid_year(year):
                return Resolution(None, None, False, "year out of range")
            return Resolution(f"{year:04d}", None, True, f"{abs(n)} year(s) from")
        if m.unit == "month":
            y, mo = _shift_month(ref.year, ref.month, n)
            return Resolution(_ym(y, mo), None, True, f"{abs(n)} month(s) from")
        if m.unit == "hour":
            # Without the time of the event before, hours count in whole days from it.
            days = abs(n) // 24 * (1 if n >= 0 else -1)
            rule = f"{abs(n)} hour(s) {'after' if n > 0 else 'before'}"
            return Resolution(_ymd(ref + dt.timedelta(days=days)), time, True, rule)
        rule = "the same day" if n == 0 else f"{abs(n)} day(s) {'after' if n > 0 else 'before'}"
        return Resolution(_ymd(ref + dt.timedelta(days=n)), time, True, rule)
    if m.kind == "duration":
        assert m.amount is not None
        if m.unit == "month":
            y, mo = _shift_month(ref.year, ref.month, -m.amount)
            return Resolution(_ym(y, mo), None, True, f"began about {m.amount} months earlier")
        years = m.amount * (10 if m.unit == "decade" else 1)
        if not _valid_year(ref.year - years):
            return Resolution(None, None, False, "year out of range")
        return Resolution(
            f"{ref.year - years:04d}", None, True, f"began about {years} years earlier"
        )
    return Resolution(None, time, True, "unresolved")


def _month_day(m: Mention, ref: dt.date | None, tense: Tense, time: str | None) -> Resolution:
    assert m.month is not None and m.day is not None
    try:
        dt.date(2000, m.month, m.day)  # a leap year: only impossible days fail
    except ValueError:
        return Resolution(None, time, False, "no such day")
    if ref is None:
        return Resolution(None, time, True, "no year and no article date")
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(dt.date(year, m.month, m.day))
        except ValueError:
            continue
    # A weekday next to the date ("Thursday, March 5") picks the year when it can.
    if m.weekday is not None:
        matching = [o for o in options if o.weekday() == m.weekday]
        if matching:
            options = matching
    if m.weekday is not None:
        best = _nearest(options, ref, tense)
        if best is None:
            return Resolution(None, time, False, "no such day")
        return Resolution(_ymd(best), time, True, "year from the weekday beside it")
    return _same_year_first(m.month, m.day, ref, tense, time)


# News leaves the year out for dates of the current year and writes it otherwise. So a
# month-day is in the article's year unless the tense rules that out ("signed on March
# 20" in a March 5 article is last year's) or, with no tense, the neighbouring year's
# date is close and this year's far ("the Jan. 5 deadline" in a late-December article).
_NEAR_REACH = 92  # days: how far the adjacent year may win without any tense


def _same_year_first(
    month: int, day: int, ref: dt.date, tense: Tense, time: str | None
) -> Resolution:
    def on(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    cur = on(ref.year)
    prev, nxt = on(ref.year - 1), on(ref.year + 1)
    if tense == "past" and prev is not None and (cur is None or cur > ref):
        return Resolution(_ymd(prev), time, True, "the year before (past tense)")
    if tense == "future" and nxt is not None and (cur is None or cur < ref):
        return Resolution(_ymd(nxt), time, True, "the year after (future tense)")
    if tense is None and cur is not None:
        for other in (prev, nxt):
            if other is not None and abs((other - ref).days) <= _NEAR_REACH < abs((cur - ref).days):
                return Resolution(_ymd(other), time, True, "the neighbouring year (nearest)")
    if cur is None:
        near = [d for d in (prev, nxt) if d is not None]
        if not near:
            return Resolution(None, time, False, "no such day around the article's year")
        best = min(near, key=lambda d: abs((d - ref).days))
        return Resolution(_ymd(best), time, True, "nearest year with that day")
    return Resolution(_ymd(cur), time, True, "the article's year")


def _month_alone(m: Mention, ref: dt.date, tense: Tense) -> Resolution:
    assert m.month is not None
    mod = m.modifier
    if mod == "last" or (mod is None and tense == "past"):
        year = (
            ref.year
            if m.month < ref.month or (m.month == ref.month and mod != "last")
            else (ref.year - 1)
        )
        rule = "most recent such month"
    elif mod == "next" or (mod is None and tense == "future"):
        year = (
            ref.year
            if m.month > ref.month or (m.month == ref.month and mod != "next")
            else (ref.year + 1)
        )
        rule = "next such month"
    else:
        options = [(y, abs((y * 12 + m.month) - (ref.year * 12 + ref.month))) for y in
                   (ref.year - 1, ref.year, ref.year + 1)]  # fmt: skip
        year = min(options, key=lambda o: o[1])[0]
        rule = "nearest such month"
    return Resolution(_ym(year, m.month), None, True, rule)


def _weekday(m: Mention, ref: dt.date, tense: Tense, time: str | None) -> Resolution:
    assert m.weekday is not None
    back = (ref.weekday() - m.weekday) % 7
    ahead = (m.weekday - ref.weekday()) % 7
    mod = m.modifier
    if mod == "last":
        day, rule = ref - dt.timedelta(days=back or 7), "the one before the article date"
    elif mod == "next":
        day, rule = ref + dt.timedelta(days=ahead or 7), "the one after the article date"
    elif back == 0:
        # News names the day of publication by its weekday too ("the truce begins at 7 p.m.
        # on Saturday" in Saturday's paper): without "next"/"last" it is that very day.
        day, rule = ref, "the article's own weekday: that day"
    elif tense == "future":
        day, rule = ref + dt.timedelta(days=ahead), "forwards (future tense)"
    else:
        day, rule = ref - dt.timedelta(days=back), "backwards (past tense)"
    if time is not None and m.hour == 0 and m.minute == 0 and m.part == "night":
        day += dt.timedelta(days=1)
    return Resolution(_ymd(day), time, True, rule)


def _relative_day(m: Mention, ref: dt.date, time: str | None) -> Resolution:
    word = m.modifier or ""
    offsets = {
        "the day before yesterday": -2,
        "yesterday": -1,
        "last night": -1,
        "tomorrow": 1,
        "the day after tomorrow": 2,
    }
    delta = offsets.get(word, 0)
    rule = {-2: "two days before", -1: "the day before", 1: "the day after", 2: "two days after"}
    text = rule.get(delta, "the article date")
    if word == "tonight" and m.hour is not None and m.hour < 5:
        delta, text = 1, "small hours after tonight: the next day"
    return Resolution(_ymd(ref + dt.timedelta(days=delta)), time, True, text)


def _relative_span(m: Mention, ref: dt.date) -> Resolution:
    mod = (m.modifier or "this").lower()
    step = -1 if mod == "last" else 1 if mod == "next" else 0
    if m.unit in ("week", "weekend"):
        day = ref + dt.timedelta(days=7 * step)
        return Resolution(_ym(day.year, day.month), None, True, f"{mod} {m.unit}: month only")
    if m.unit == "month":
        y, mo = _shift_month(ref.year, ref.month, step)
        return Resolution(_ym(y, mo), None, True, f"{mod} month")
    return Resolution(f"{ref.year + step:04d}", None, True, f"{mod} year")


def _offset(m: Mention, ref: dt.date) -> Resolution:
    if m.amount is None:
        return Resolution(None, None, True, "unresolved")
    sign = -1 if m.kind == "ago" else 1
    n = m.amount * sign
    unit = m.unit or "day"
    if unit == "hour":
        # "within 72 hours": the day the hours run out.
        day = ref + dt.timedelta(days=round(n / 24))
        return Resolution(_ymd(day), None, True, f"{abs(n)} hours from the article date")
    if unit == "day":
        day = ref + dt.timedelta(days=n)
        if m.approx:
            return Resolution(_ym(day.year, day.month), None, True, "about that many days: month")
        return Resolution(_ymd(day), None, True, f"{abs(n)} days from the article date")
    if unit == "week":
        day = ref + dt.timedelta(days=7 * n)
        if m.approx or abs(n) > 2:
            return Resolution(_ym(day.year, day.month), None, True, "weeks: month only")
        return Resolution(_ymd(day), None, True, f"{abs(n)} weeks from the article date")
    if unit == "month":
        y, mo = _shift_month(ref.year, ref.month, n)
        return Resolution(_ym(y, mo), None, True, "months: month only")
    years = n * (10 if unit == "decade" else 1)
    if not _valid_year(ref.year + years):
        return Resolution(None, None, False, "year out of range")
    return Resolution(f"{ref.year + years:04d}", None, True, "years: year only")
