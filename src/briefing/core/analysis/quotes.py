"""Quotes: direct quotations with who said them.

Quotation marks are paired paragraph by paragraph: straight and curly double quotes,
and the British single style (‘…’ or '…') with apostrophes inside words ("Iran’s",
"won’t") told apart from closing marks. A paragraph that opens a quote without closing
it continues in the next paragraph when that one opens with a quote mark again.

The speaker is looked for, in this order: after the quote ("…,” Erdogan said", "…,’
said one British diplomat", "…,” the statement quoted X as saying"), before it in the
same sentence ("Mr Blair said: ‘…", "hailed by X as the ‘…’", "according to X"), then
from the quote it continues or the previous quote of the paragraph. "he", "she" and
"it" are resolved to the nearest person or organization named before them, titles are
dropped ("German Chancellor Angela Merkel" → "Angela Merkel") and surnames are
completed from the actors of the article ("Mr Cameron" → "David Cameron").

Short quotes inside a sentence (scare quotes) are kept only when the sentence
attributes them to a specific speaker ("Merkel said the deal offered a ‘glimmer of
hope’"), not when they merely distance the writer from a word ("the ‘ceasefire’") or
come from unnamed crowds ("critics said …").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.core.analysis.actors import ActorIndex, Mention, find_mentions
from briefing.core.analysis.model import Item, evidence, make_id
from briefing.core.document import Document


def _split(words: str) -> list[str]:
    return words.split()


_MARKS = re.compile("[\"“”‘’'«»]")
_DOUBLE = frozenset('"“”«»')
_MASK = "\ue000"

# How far around a quote attribution is looked for, so a huge sentence stays linear.
_PREFIX_WINDOW = 400
_AFTER_WINDOW = 300

_SPEECH = (
    r"said|says|say|told|tells|added|adds|asked|asks|warned|warns|insisted|insists|"
    r"claimed|claims|declared|announced|noted|notes|explained|argued|argues|wrote|writes|"
    r"tweeted|posted|replied|responded|urged|stressed|cautioned|conceded|admitted|"
    r"acknowledged|continued|recalled|predicted|suggested|complained|remarked|commented|"
    r"observed|reiterated|emphasi[sz]ed|underlined|concluded|confirmed|described|called|"
    r"dubbed|branded|labell?ed|termed|hailed|praised|accused|criticised|criticized|issued|"
    r"condemned|denounced|welcomed|pointed\s+out|went\s+on|quipped|joked|boasted|vowed|"
    r"dismissed|lauded|slammed|decried|characteri[sz]ed"
)
_AUX = (
    r"has|have|had|was|were|is|are|will|would|also|then|later|earlier|yesterday|today|"
    r"tonight|again|previously|repeatedly|reportedly|recently|once|further|had\s+earlier|"
    r"last\s+(?:night|week|month|year)|this\s+(?:week|month|morning)|on\s+\w+day"
)
# A short noun phrase; a period only after an initial or a title ("U.S.", "Mr. Smith").
_ABBREVIATION_DOT = (
    r"(?:(?<=\b[A-Z])|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr)|(?<=\bSt)|(?<=\bGen)"
    r"|(?<=\bSen)|(?<=\bRep)|(?<=\bLt)|(?<=\bCol)|(?<=\bGov)|(?<=\bJr)|(?<=\bProf))\."
)
# Where a noun phrase ends: punctuation, but not the period of "U.S." or "Mr.".
_STOP = rf"(?:[,;:!?]|(?!{_ABBREVIATION_DOT})\.)"
_NP = rf"(?:[^,.;:!?\ue000\"“”‘’\n]|{_ABBREVIATION_DOT}){{1,90}}?"
_AFTER_QUOTED = re.compile(
    rf"\s*,?\s*(?:the|a|an|its|his|her)?\s*(?:\w+\s+){{0,2}}?quoted\s+(?P<spk>{_NP})"
    r"\s+as\s+(?:saying|telling|writing)"
)
_AFTER_SUBJ = re.compile(
    rf"\s*[,—–-]?\s*(?P<spk>{_NP}(?:,\s*{_NP}){{0,2}}?),?\s+(?:(?:{_AUX})\s+)*"
    rf"(?P<verb>{_SPEECH}|asked|wrote)\b"
)
_AFTER_VERB = re.compile(
    rf"\s*[,—–-]?\s*(?P<verb>{_SPEECH})\s+(?P<spk>{_NP})"
    rf"(?=\s*(?:{_STOP}|[—–]|$|\s(?:in|on|at|to|after|as|during|while|when|before|adding|"
    r"last|yesterday|today|from|who|according)\b))"
)
_AFTER_ACCORDING = re.compile(rf"\s*,?\s*according\s+to\s+(?P<spk>{_NP})(?=\s*(?:{_STOP}|$))", re.I)
_HEADLINE_NAME = re.compile(
    r"\s*[:—–]\s*(?P<spk>[A-Z][\w’'.-]*(?:\s+(?:al-|bin\s+)?[A-Z][\w’'.-]*){0,3})"
    r"(?=\s+[a-z]|\s*$)"
)
_AFTER_BY = re.compile(rf"\s*,?\s*by\s+(?P<spk>{_NP})(?=\s*(?:{_STOP}|$|\s(?:in|on|at)\b))")
_ACCORDING = re.compile(rf"\baccording\s+to\s+(?P<spk>{_NP})(?=\s*(?:{_STOP}|$))", re.I)
_WAS_QUOTED = re.compile(r"\s+(?:was|were|has\s+been|had\s+been|is)\s+quoted\s+as\s+saying")
_QUOTED_AS = re.compile(rf"\bquoted\s+(?P<spk>{_NP})\s+as\s+(?:saying|telling)")
_BY_AS = re.compile(
    rf"\b(?:{_SPEECH})\s+by\s+(?P<spk>{_NP})(?=\s+as\b|\s*,|\s*$|\s+(?:for|in|on|at)\b)"
)
_END_SAID = re.compile(
    rf",\s*(?P<spk>{_NP})\s+(?:(?:{_AUX})\s+)*(?P<verb>{_SPEECH})\b[^,;:\ue000“”‘’\"]{{0,40}}$"
)
_END_ACCORDING = re.compile(rf",\s*according\s+to\s+(?P<spk>{_NP})\W*$", re.I)
_NAMING = re.compile(
    r"(?:so-called|known\s+as|code-?named|named|nicknamed|dubbed|titled|entitled)"
    r"(?:\s+(?:the|a|an))?\s*$",
    re.I,
)
_VERB = re.compile(rf"(?<![\w-])(?:{_SPEECH})\b")
# "what Rwanda calls its “defensive measures”": the term is the subject's own.
_WHAT_CALLS = re.compile(
    rf"\bwhat\s+(?P<spk>{_NP})\s+(?:calls|called|describes\s+as|described\s+as|terms|termed|"
    r"dubs|refers\s+to\s+as|referred\s+to\s+as)\s+(?:(?:its|their|his|her|the|a|an)\s+)?$",
    re.I,
)
# A second short quote of a sentence that carries on the same report: "… said the
# exchange was “completed” and that Bout had been “returned home”", "…, adding that …".
# "announcing … a ‘full ceasefire’ and congratulating both on ‘common sense’": a second
# participle of the same report.
_PARALLEL = re.compile(
    r"\b(?:(?:and|but|or)\s+that|adding|saying|insisting|warning|and\s+(?:then\s+)?"
    r"(?:announcing|citing|accusing|telling|congratulating|urging|calling|describing|"
    r"praising|welcoming|hailing|promising|vowing|demanding|claiming|arguing|denouncing))\b",
    re.I,
)
# "the official said" after "A senior official, who spoke on condition of anonymity, …":
# the definite role noun refers back to the indefinite description.
_ROLE_NOUN = (
    r"official|diplomat|source|spokesman|spokeswoman|spokesperson|envoy|negotiator|aide|"
    r"officer|commander|mediator|analyst|adviser|advisor|minister|lawmaker|delegate|general|"
    r"sheikh|emir|ambassador|secretary|governor|senator|chairman|chief"
)
# Where a new clause with its own subject begins: "The RSF said …, while an army
# spokesman said the military was “committed”".
_CLAUSE_BOUNDARY = re.compile(r"(?:,\s*(?:while|whereas|but)\b|;)", re.I)
_CONJUNCTION = re.compile(
    r"(?:while|whereas|but|and|although|though|as|even|since|because|if|when)\b", re.I
)
_WHEN = re.compile(
    r"(?:the\s+(?:end|start|beginning|middle)\b|(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|next|mid|early|late|then|now|\d))",
    re.I,
)
# "His office said": the office of the person named before ("Netanyahu's office").
_POSSESSIVE_ROLE = re.compile(
    r"^(?P<pron>his|her|its)\s+(?P<noun>office|spokesman|spokeswoman|spokesperson|ministry|"
    r"government|lawyers?|aides?|party|camp|team|family|campaign|press\s+office)$",
    re.I,
)
_SUBJECT_KINDS = frozenset({"person", "organization", "group"})
_SPOKE_AFTER = re.compile(rf"\s+(?:(?:has|had|also|then|later)\s+)?(?:{_SPEECH})\b")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "its": "it"}
_DEFINITE_ROLE = re.compile(rf"^the\s+(?P<noun>{_ROLE_NOUN})$", re.I)
_INDEFINITE_ROLE_WINDOW = 2000
# "the head of state", "the prime minister": a person the article named with that title.
_HEAD_ROLE = re.compile(
    r"^the\s+(?P<title>head\s+of\s+state|president|head\s+of\s+government|prime\s+minister"
    r"|premier|chancellor)$",
    re.I,
)
_ROLE_TITLES = {
    "head of state": ("President",),
    "president": ("President",),
    "head of government": ("Prime Minister", "Premier", "Chancellor"),
    "prime minister": ("Prime Minister",),
    "premier": ("Premier", "Prime Minister"),
    "chancellor": ("Chancellor",),
}
# "according to the text": the agreement itself, named by its title before.
_DOCUMENT_NOUN = re.compile(
    r"^the\s+(?:text|agreement|accord|declaration|treaty|memorandum|document|charter)$", re.I
)
_DOCUMENT_TITLE = re.compile(
    r"(?<![\w’'-])(?P<title>(?:[A-Z][\w’'-]*\s+){1,5}"
    r"(?:Agreement|Accords?|Declaration|Treaty|Memorandum|Charter|Protocol))\b"
)
# "the statement said": a document whose issuer was named just before.
_SOURCE_NOUN = re.compile(
    r"^the\s+(?:joint\s+|written\s+)?(?P<noun>statement|communiqu[eé]|letter|message)$", re.I
)
_OWNER_WINDOW = 1500  # how far back the issuer is looked for, so a huge sentence stays linear
_OWNER_NP = r"(?P<np>[^,.;:!?\n\ue000“”\"]{1,100}?)"
_STATEMENT_OWNER = (
    re.compile(
        r"\b(?:[Ii]n|[Tt]hrough)\s+a\s+(?:joint\s+|written\s+|brief\s+)?"
        rf"(?P<noun>statement|communiqu[eé]|letter|message),\s+{_OWNER_NP}"
        r"\s+(?:[a-z]{3,}ed|said|says|made|gave|took|sent|wrote)\b"
    ),
    re.compile(
        rf"(?:^|[.!?]\s+|,\s+){_OWNER_NP}\s+(?:said|announced|added|warned)\s+in\s+an?\s+"
        r"(?:joint\s+|written\s+|brief\s+)?(?P<noun>statement|communiqu[eé]|letter|message)\b"
    ),
    re.compile(
        r"\b[Aa]n?\s+(?P<noun>statement|communiqu[eé]|letter|message)\s+(?:from|by|issued\s+by)"
        rf"\s+{_OWNER_NP}(?=\s*[,.;]|\s+(?:on|said|says|that)\b)"
    ),
)
_INDEFINITE_ROLE = re.compile(
    rf"\b(?:an?|one)\s+(?:[\w’'-]+\s+){{0,4}}?(?P<noun>{_ROLE_NOUN})\b", re.I
)
_INSTITUTIONS = frozenset(
    _split("""
    Ministry Department Office Council Agency Committee Commission Court Government
    Parliament Embassy Assembly Cabinet Presidency Secretariat Mission Service
    """)
)

_LEADING = re.compile(
    r"^(?:(?:however|but|and|meanwhile|yet|still|also|both|now|then|so|while|earlier|later|"
    r"separately|instead|indeed|moreover|that|as|in\s+a\s+statement|in\s+an\s+interview|"
    r"speaking\s+\w+"
    # "…, in which London said", "In 1993 London said": the subject follows.
    r"|(?:in|under|by|through|with|of)\s+which|in\s+\d{4})\b[\s,]*)+",
    re.I,
)
_TRAILING = re.compile(rf"(?:\s+(?:{_AUX}|not|never))+$", re.I)
_APPOSITIVE = re.compile(
    r"^(?:(?:at|from|of|in|on|for|with|who|which|whose|speaking|earlier|later|last|after|"
    r"before|during|when|while|according|aged|known|also\s+known)\b|\d)",
    re.I,
)
_RELATIVE = re.compile(
    r"^(?:(?:in|under|by|through|with|of)\s+which|which|that|whom)\s+(\S.*)$", re.I
)
_ARTICLE = re.compile(r"^(?:a|an)\s", re.I)
_DEFINITE = re.compile(
    r"^the\s+(?:(?:militant|armed|rebel|islamist|nuclear|un|u\.n\.)\s+)?"
    r"(?P<noun>group|movement|militia|organi[sz]ation|agency|watchdog|alliance|body|bloc)$",
    re.I,
)
_PERSONS = frozenset({"person"})
_GROUPS = frozenset({"group", "organization"})
_ORGANIZATIONS = frozenset({"organization"})
_PRONOUN_KINDS = {
    "m": _PERSONS,
    "f": _PERSONS,
    "o": frozenset({"organization", "group", "state"}),
    "p": frozenset({"group", "state", "organization"}),
}
_DEFINITE_NOUNS = frozenset(
    _split("group movement militia organisation organization agency watchdog alliance body bloc")
)
_PRONOUNS = {"he": "m", "she": "f", "it": "o", "they": "p"}
_GENERIC = frozenset(
    _split("""
    critics experts officials analysts observers diplomats sources people some many others
    they residents commentators supporters opponents activists campaigners reports
    observers governments authorities leaders ministers media lawmakers legislators
    politicians mps protesters commentators pundits voices
    """)
)
_STRIP_TITLES = frozenset(
    _split("""
    President Vice Prime Minister Chancellor Secretary Foreign Defence Defense Interior
    Director General Chief Ambassador Envoy Special Senator Governor Mayor Commander
    Spokesman Spokeswoman Premier Speaker Deputy Former Mr Mrs Ms Dr Chairman Head Leader
    Opposition Supreme Acting Executive State Finance Trade Justice Home Minister
    Representative Rep Sen Congressman Congresswoman Commissioner Coordinator Adviser Advisor
    Marine Sergeant Sgt Colonel Col Captain Capt Lieutenant Lt Major Maj Admiral Adm Brigadier
    Gen Corporal Private
    """)
)
_NAME_JOINERS = frozenset({"and", "of", "bin", "ibn", "de", "van", "von", "der", "da", "del"})
_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|bin|ibn)-[A-Z]")
_NP_EDGES = " \t\n,;:—–-\ue000“”‘’\"'«»"
_CLAUSE_CUTS = (_MASK, ":", ";", "”", "“", '"', "‘")
_ARTICLES = frozenset({"the", "a", "an", "this", "that"})
_PREPOSITIONS = frozenset(_split("of for at from to with in on by"))
_OFFICE_WORDS = frozenset(
    _split(
        """
        President Chancellor Minister Secretary Secretary-General Director Director-General
        Chief Chairman Commissioner Envoy Ambassador Spokesman Spokeswoman Spokesperson
        Premier Governor Mayor Senator Commander Leader
        """
    )
)
_WORDS = re.compile(r"[\w’'.-]+")


@dataclass(slots=True)
class _Quote:
    open: int
    close: int  # the closing mark, or the block end when the quote runs on
    closed: bool
    double: bool
    block: int
    start: int = 0
    end: int = 0
    speaker: str | None = None
    cue: str = ""
    continues: bool = False  # opens a paragraph that carries on the previous quote
    embedded: bool = False
    keep: bool = True


def _pair_block(text: str, bstart: int, bend: int, index: int) -> list[_Quote]:
    marks: list[tuple[int, bool, bool, bool]] = []  # pos, double, can_open, can_close
    for m in _MARKS.finditer(text, bstart, bend):
        i = m.start()
        ch = text[i]
        prev = text[i - 1] if i > bstart else " "
        nxt = text[i + 1] if i + 1 < bend else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # apostrophe inside a word, or a typo
        double = ch in _DOUBLE
        if ch in "“«":
            can_open, can_close = True, False
        elif ch in "”»":
            can_open, can_close = False, not prev.isspace()
        elif ch == "‘":
            can_open, can_close = not prev.isalnum() and not nxt.isspace(), False
        else:  # ’ " '
            can_close = not prev.isspace() and not nxt.isalnum()
            can_open = ch != "’" and not prev.isalnum() and not nxt.isspace()
            if ch == "’" and not can_close:
                continue
        marks.append((i, double, can_open, can_close))
    # For a closing ’ after "s" ("the Palestinians’ rights"), know whether a later one of
    # the same family could close instead, before the next opener.
    later_close = [False] * len(marks)
    seen_single_close = False
    for k in range(len(marks) - 1, -1, -1):
        later_close[k] = seen_single_close
        pos, double, can_open, can_close = marks[k]
        if not double:
            if can_open and not can_close:
                seen_single_close = False
            elif can_close:
                seen_single_close = True
    quotes: list[_Quote] = []
    current: tuple[int, bool] | None = None
    for k, (pos, double, can_open, can_close) in enumerate(marks):
        if current is None:
            if can_open:
                current = (pos, double)
            continue
        if double != current[1] or not can_close:
            continue
        if (
            text[pos] == "’"
            and text[pos - 1] == "s"
            and pos + 2 < bend
            and text[pos + 1] == " "
            and text[pos + 2].islower()
            and later_close[k]
        ):
            continue
        quotes.append(_Quote(current[0], pos, True, current[1], index))
        current = None
    if current is not None:
        quotes.append(_Quote(current[0], bend, False, current[1], index))
    return quotes


def _pair(doc: Document) -> list[_Quote]:
    text = doc.text
    quotes: list[_Quote] = []
    blocks = doc.blocks
    for b in blocks:
        found = _pair_block(text, b.start, b.end, b.index)
        if found and not found[-1].closed:
            last = found[-1]
            head = text[b.start : last.open].strip()
            nxt = blocks[b.index + 1] if b.index + 1 < len(blocks) else None
            runs_on = (
                nxt is not None
                and text[nxt.start : nxt.start + 1] in ("“‘\"'«")
                and (text[nxt.start] in _DOUBLE) == last.double
            )
            if not (runs_on or not head):
                found.pop()  # a stray mark, not a quotation
        quotes.extend(found)
    for q in quotes:
        start, end = q.open + 1, q.close
        while start < end and text[start].isspace():
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
            end -= 1
        q.start, q.end = start, end
    prev: _Quote | None = None
    for q in quotes:
        if (
            prev is not None
            and not prev.closed
            and q.block == prev.block + 1
            and q.open == doc.blocks[q.block].start
        ):
            q.continues = True
        prev = q
    return [q for q in quotes if any(c.isalpha() for c in text[q.start : q.end])]


def _is_title(words: str) -> bool:
    """A short Title Case name ("Board of Peace", "Operation Spring Shield")."""
    parts = words.split()
    if not 1 < len(parts) <= 6 or words.rstrip()[-1:] in ".!?":
        return False  # "Great For Everyone!" is an utterance
    small = {"of", "the", "for", "and", "on", "in", "to", "a"}
    return all(p[:1].isupper() or p in small for p in parts) and parts[0][:1].isupper()


def _is_proper_name(piece: str) -> bool:
    """ "Wang Yi", "Representative Michael McCaul": capitalised words, no possessive."""
    words = piece.split()
    if not words or words[0].lower() in _ARTICLES or "’s" in piece or "'s" in piece:
        return False
    return all(w[:1].isupper() or w in _NAME_JOINERS or _PARTICLE.match(w) for w in words)


def _clean_piece(piece: str) -> str:
    piece = _LEADING.sub("", piece.strip())
    return _TRAILING.sub("", " " + piece).strip()


def _has_name(piece: str) -> bool:
    words = piece.split()
    return any(w[:1].isupper() for w in words[1:]) or (
        bool(words) and words[0][:1].isupper() and words[0].lower() not in _ARTICLES
    )


class _Speakers:
    def __init__(self, doc: Document, quotes: list[_Quote], index: ActorIndex) -> None:
        self.doc = doc
        self.index = index
        self.quote_starts = [q.open for q in quotes]
        self.quote_ends = [q.close for q in quotes]
        self.mention_starts = [m.start for m in index.mentions]
        self.cache: dict[str, tuple[str | None, bool]] = {}
        self.descriptions: dict[str, tuple[list[int], list[str]]] | None = None
        # Descriptions that open a sentence ("A diplomat in Tunis was cautious."), in order.
        self.openers: tuple[list[int], list[str]] = ([], [])
        self.last_found = -1  # where the latest resolved pronoun's antecedent stands
        self.last_description_at = -1  # where the latest description found stands
        self.joint: tuple[int, str] | None = None  # the latest "X and Y" speaker
        self._state_names: set[str] | None = None
        self.documents: tuple[list[int], list[str]] | None = None

    @property
    def state_names(self) -> set[str]:
        """Display names of the states ("Russia (Kremlin)"), computed on first need."""
        if self._state_names is None:
            index = self.index
            self._state_names = {index.names[m.key] for m in index.mentions if m.kind == "state"}
        return self._state_names

    def inside_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        return k >= 0 and pos <= self.quote_ends[k]

    def resolve_pronoun(
        self, pronoun: str, pos: int, kinds: frozenset[str] = frozenset()
    ) -> str | None:
        want = _PRONOUNS[pronoun]
        if not kinds:
            kinds = _PRONOUN_KINDS[want]
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        best: str | None = None
        best_sentence = -1
        looked = 0
        locked = False
        while k >= 0 and looked < 60:
            m = self.index.mentions[k]
            k -= 1
            looked += 1
            sentence = self.doc.sentence_at(m.start)
            if best is not None and sentence != best_sentence:
                break
            if m.kind not in kinds or self.inside_quote(m.start):
                continue
            gender = self.index.genders.get(m.key, "")
            if want in ("m", "f") and gender and gender != want:
                continue
            if best is not None and locked:
                continue
            best, best_sentence = m.key, sentence
            self.last_found = m.start
            # "Standing beside Mr Sarkozy, President Medvedev said …": the one who spoke
            # is the antecedent, whoever else the sentence names first.
            locked = _SPOKE_AFTER.match(self.doc.text, m.end) is not None
        return self.index.names.get(best) if best else None

    def subject_description(self, pos: int, after: int) -> str | None:
        """A description opening one of the two sentences before ``pos``, past ``after``.

        "A diplomat in Tunis was also cautious. “…,” he said.": "he" is the diplomat, not
        the person named earlier.
        """
        self.earlier_description("official", pos)
        starts, phrases = self.openers
        k = bisect.bisect_left(starts, pos) - 1
        if k < 0 or starts[k] <= after or not self.doc.sentences:
            return None
        if self.doc.sentence_at(pos) - self.doc.sentence_at(starts[k]) > 2:
            return None
        return phrases[k]

    def normalize(self, np: str, pos: int) -> tuple[str | None, bool]:
        """A speaker name from a noun phrase found at ``pos``; and whether it is generic."""
        cached = self.cache.get(np)
        if cached is not None:
            return cached
        result, depends_on_place = self._normalize(np, pos)
        if not depends_on_place:
            self.cache[np] = result
        return result

    def _normalize(self, np: str, pos: int) -> tuple[tuple[str | None, bool], bool]:
        result = self._name(np, pos)
        low = np.strip(_NP_EDGES).lower()
        # Pronouns and "the group" name somebody different at every place.
        return result, any(
            w in _PRONOUNS or w in _DEFINITE_NOUNS or w in _POSSESSIVE_PRONOUN for w in low.split()
        ) or bool(
            _DEFINITE_ROLE.match(low)
            or _HEAD_ROLE.match(low)
            or _SOURCE_NOUN.match(low)
            or _DOCUMENT_NOUN.match(low)
        )

    def sentence_subject(self, index: int) -> str | None:
        """The actor that opens sentence ``index`` ("Kurti was defiant."), if any."""
        sentence = self.doc.sentences[index]
        start = sentence.start
        text = self.doc.text
        while start < sentence.end and not text[start].isalnum():
            start += 1
        return self.subject_at(start)

    def subject_at(self, start: int) -> str | None:
        """The actor whose mention begins exactly at ``start``, if any."""
        k = bisect.bisect_left(self.mention_starts, start)
        if k < len(self.mention_starts) and self.mention_starts[k] == start:
            m = self.index.mentions[k]
            if m.kind in _SUBJECT_KINDS and not self.inside_quote(m.start):
                return self.index.names.get(m.key)
        return None

    def document_named_before(self, pos: int) -> str | None:
        """The last agreement named by its title before ``pos`` ("the Nationwide Ceasefire
        Agreement"); the titles are found once, on first need."""
        if self.documents is None:
            found = [
                (m.start(), m.group("title").removeprefix("The "))
                for m in _DOCUMENT_TITLE.finditer(self.doc.text)
                if not self.inside_quote(m.start())
            ]
            self.documents = ([a for a, _ in found], [t for _, t in found])
        starts, titles = self.documents
        k = bisect.bisect_left(starts, pos) - 1
        return titles[k] if k >= 0 else None

    def statement_owner(self, noun: str, pos: int) -> str | None:
        """Who issued the statement that "the statement" at ``pos`` refers back to: "In a
        statement, X …", "X said in a statement", "a statement from X", in the sentence or
        the two before it."""
        if not self.doc.sentences:
            return None
        index = self.doc.sentence_at(pos)
        lo = max(self.doc.sentences[max(0, index - 2)].start, pos - _OWNER_WINDOW)
        text = self.doc.text
        # The latest mention of the noun first; the patterns run only around each one.
        at = text.rfind(noun[:6], lo, pos)
        while at >= 0:
            a, b = max(lo, at - 140), min(pos, at + 140)
            found: re.Match[str] | None = None
            for pattern in _STATEMENT_OWNER:
                for m in pattern.finditer(text, a, b):
                    if m.group("noun").lower().startswith(noun[:6]) and (
                        found is None or m.start() > found.start()
                    ):
                        found = m
            if found is not None:
                name, generic = self._name(found.group("np"), found.start("np"))
                if name and not generic and name.lower() not in _PRONOUNS:
                    return name
                return None
            at = text.rfind(noun[:6], lo, at)
        return None

    def _people_before(self, pos: int, stop: int = -1) -> Iterator[Mention]:
        """Person mentions outside quotations, nearest first, among the 60 mentions before
        ``pos`` (none starting before ``stop``)."""
        k = bisect.bisect_left(self.mention_starts, pos) - 1
        for m in reversed(self.index.mentions[max(0, k - 59) : k + 1]):
            if m.start < stop:
                return
            if m.kind == "person" and not self.inside_quote(m.start):
                yield m

    def titled_person(self, role: str, pos: int) -> str | None:
        """The person last named before ``pos`` with the title of ``role`` before the
        name ("President Petro" for "the head of state")."""
        titles = _ROLE_TITLES[re.sub(r"\s+", " ", role.lower())]
        text = self.doc.text
        for m in self._people_before(pos):
            before = text[max(0, m.start - 30) : m.start]
            if any(t in before for t in titles):
                return self.index.names.get(m.key)
        return None

    def earlier_description(self, noun: str, pos: int) -> str | None:
        """ "A senior Israeli official" named shortly before "the official"."""
        if self.descriptions is None:
            # One pass over the text, on first need: every "a/an/one … <role noun>".
            found: dict[str, tuple[list[int], list[str]]] = {}
            text = self.doc.text
            for m in _INDEFINITE_ROLE.finditer(text):
                if not self.inside_quote(m.start()):
                    starts, phrases = found.setdefault(m.group("noun").lower(), ([], []))
                    starts.append(m.start())
                    phrases.append(m.group())
                    if self.doc.sentences:
                        sentence = self.doc.sentences[self.doc.sentence_at(m.start())]
                        if not text[sentence.start : m.start()].strip(_NP_EDGES):
                            self.openers[0].append(m.start())
                            self.openers[1].append(_place_after(text, m))
            self.descriptions = found
        starts, phrases = self.descriptions.get(noun.lower(), ([], []))
        k = bisect.bisect_left(starts, pos) - 1
        if k >= 0 and starts[k] >= pos - _INDEFINITE_ROLE_WINDOW:
            self.last_description_at = starts[k]
            return phrases[k]
        return None

    def person_titled(self, noun: str, pos: int) -> tuple[str, int] | None:
        """The person last named before ``pos`` with ``noun`` as their title, before the
        name ("UN envoy Hans Grundberg") or in an apposition after it ("Ana Ruiz, the
        foreign minister,"); and where."""
        text = self.doc.text
        before = re.compile(rf"(?i:\b{noun})\.?\s+(?:[A-Z][\w.’'-]*\s+){{0,2}}$")
        after = re.compile(
            rf",\s+(?:the|a|an|its|[\w’']+[’']s)\s+(?:[\w-]+\s+){{0,3}}?(?i:{noun})\b"
        )
        for m in self._people_before(pos, stop=pos - _INDEFINITE_ROLE_WINDOW):
            own = noun.lower() in text[m.start : m.end].lower().split()  # "Sheikh Mohammed"
            if (
                own
                or before.search(text, max(0, m.start - 40), m.start)
                or after.match(text, m.end)
            ):
                name = self.index.names.get(m.key)
                if name:
                    return name, m.start
        return None

    def _name(self, np: str, pos: int) -> tuple[str | None, bool]:
        np = np.strip(_NP_EDGES)
        pieces = [p.strip() for p in re.split(r"[,;(){}\[\]]", np) if p.strip()]
        if not pieces:
            return None, False
        relative = _RELATIVE.match(pieces[-1])
        if relative:
            # "The deal, which critics said was rushed": the speaker is "critics".
            pieces = [relative.group(1)]
        cleaned = [_clean_piece(p) for p in pieces if not _APPOSITIVE.match(p)]
        cleaned = [p for p in cleaned if p]
        if not cleaned:
            cleaned = [_clean_piece(pieces[-1])]
        # "Senator Robert Hale, a Republican," and "General X, the army chief,": the name.
        named = [p for p in cleaned if _has_name(p) and not _ARTICLE.match(p)]
        described = [p for p in cleaned if not _ARTICLE.match(p)]
        # "Wang Yi, China’s most senior diplomat,": the proper name, not the description.
        proper = [p for p in named if _is_proper_name(p)]
        if len(proper) > 1:
            # "Getachew Reda, the negotiator for the … Front (TPLF),": not the acronym.
            proper = [p for p in proper if " " in p or not p.isupper()] or proper
        chosen = (proper or named or described or cleaned)[-1]
        if not chosen:
            return None, False
        if len(proper) == 2 and any(p.lower().startswith("and ") for p in pieces):
            # "The paper's publisher, Ann Lee, and its editor, Bo Ma,": both speak.
            first, second = (self._name(p, pos)[0] for p in proper)
            if first and second and first != second:
                joint = f"{first} and {second}"
                self.joint = (pos, joint)
                return joint, False
        low = chosen.lower()
        if low in ("he", "she"):
            self.last_found = -1
            person = self.resolve_pronoun(low, pos)
            opener = self.subject_description(pos, self.last_found)
            return opener or person or low, False
        if low == "they" and self.joint is not None:
            # "X and Y said in a joint statement …. “…,” they said."
            at, joint = self.joint
            if self.doc.sentences and self.doc.sentence_at(pos) - self.doc.sentence_at(at) <= 3:
                return joint, False
        if low in _PRONOUNS:
            return self.resolve_pronoun(low, pos) or low, low == "they"
        owned = _POSSESSIVE_ROLE.match(chosen)
        if owned:
            pronoun = _POSSESSIVE_PRONOUN[owned.group("pron").lower()]
            owner = self.resolve_pronoun(pronoun, pos)
            if owner:
                return f"{owner}’s {owned.group('noun')}", False
            return chosen, False
        if _DOCUMENT_NOUN.match(chosen):
            # "The aim, according to the text, is a union “…”": the agreement named before.
            return self.document_named_before(pos) or chosen, False
        source = _SOURCE_NOUN.match(chosen)
        if source:
            # "In a statement, the office of X thanked Cairo. “…,” the statement said."
            owner = self.statement_owner(source.group("noun").lower(), pos)
            return owner or chosen, False
        head_role = _HEAD_ROLE.match(chosen)
        if head_role:
            # "the head of state said": the president named last before it.
            return self.titled_person(head_role.group("title"), pos) or chosen, False
        role = _DEFINITE_ROLE.match(chosen)
        if role:
            role_noun = role.group("noun")
            description = self.earlier_description(role_noun, pos)
            described_at = self.last_description_at if description else -1
            titled = self.person_titled(role_noun, pos)
            if titled is not None and titled[1] > described_at:
                # "Foreign Minister Ana Ruiz met the envoys. “…,” the minister said."
                return titled[0], False
            return description or chosen, False
        definite = _DEFINITE.match(chosen)
        if definite:
            noun = definite.group("noun").lower()
            kinds = _GROUPS if noun in ("group", "movement", "militia") else _ORGANIZATIONS
            return self.resolve_pronoun("it", pos, kinds) or chosen, False
        words = _WORDS.findall(chosen)
        if not words or len(words) > 10:
            return None, False
        # "Alan Boswell of the International Crisis Group": the person, not the group.
        for i, w in enumerate(words):
            if i and w.lower() in _PREPOSITIONS:
                lead, rest = words[:i], words[i + 1 :]
                if (
                    lead[0].lower() not in _ARTICLES
                    and any(x.rstrip(".") not in _STRIP_TITLES for x in lead)
                    and all(x[0].isupper() or _PARTICLE.match(x) for x in lead)
                    and any(not x[0].isupper() for x in rest)
                ):
                    words = lead
                break
        # A trailing proper name after plain descriptors: "Republican pollster Frank Luntz".
        tail: list[str] = []
        for w in reversed(words):
            if w[0].isupper() or (tail and w in _NAME_JOINERS) or _PARTICLE.match(w):
                tail.insert(0, w)
            else:
                break
        while tail and tail[0] in ("and", "of"):
            tail.pop(0)
        head = words[: len(words) - len(tail)]
        has_preposition = any(w.lower() in _PREPOSITIONS for w in head)
        if len(tail) > 1 and any(w in _INSTITUTIONS for w in tail) and not has_preposition:
            # "The Russian Foreign Ministry", "the US State Department": the institution.
            while len(tail) > 1 and tail[0] in ("The", "of"):
                tail.pop(0)
            return " ".join(tail), False
        if tail and not has_preposition:
            for k in range(len(tail) - 2, 0, -1):
                if tail[k].rstrip(".") in _OFFICE_WORDS:
                    tail = tail[k + 1 :]  # "Infrastructure Minister Oleksandr Kubrakov"
                    break
            while len(tail) > 1 and (
                tail[0].rstrip(".") in _STRIP_TITLES
                or tail[0] in ("of", "The")
                or (tail[0] in self.index.surfaces and tail[1].rstrip(".") in _STRIP_TITLES)
                or tail[0] in ("US", "UK", "UN", "EU")
            ):
                tail.pop(0)
            name = " ".join(tail)
            if name in ("I", "We", "You"):
                return None, False
            if len(tail) == 1 and name.lower() in _GENERIC:
                return name, True
            if "and" in tail:
                return name, False
            if "of" in tail:
                return name, False  # an institution: "Qatar’s Ministry of Foreign Affairs"
            full = self.index.surfaces.get(name) or self.index.surfaces.get(tail[-1])
            # Complete a surname or an acronym; "the Kremlin" stays the Kremlin, though
            # the state's name shows it ("Russia (Kremlin)").
            if full and (
                tail[-1] in full.split()
                or (name in full and (full not in self.state_names or name.isupper()))
            ):
                return full, False
            return name, False
        head_words = words
        for i, w in enumerate(words):
            if i and w.lower() in _PREPOSITIONS:
                head_words = words[:i]
                break
        # "critics" and "officials" are a crowd; "U.S. officials" and "Israeli
        # officials" say who is speaking.
        qualified = len(head_words) > 1 and head_words[-2][:1].isupper()
        return chosen, head_words[-1].lower() in _GENERIC and not qualified


_PLACE_AFTER = re.compile(r"\s+(?:in|from)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?")


def _place_after(text: str, m: re.Match[str]) -> str:
    """ "A diplomat" and the place that follows it: "A diplomat in Tunis"."""
    place = _PLACE_AFTER.match(text, m.end())
    return text[m.start() : place.end()] if place else m.group()


# Verbs whose next noun is who is spoken to or about, never the speaker: "told
# reporters", "urged the parties", "praised the mediators".
_OBJECT_VERBS = frozenset(
    _split("""
    told tells urged accused praised welcomed condemned denounced criticised
    criticized hailed called described dubbed branded termed labelled labeled issued
    """)
)
# "X called it “A” and said …": the second verb has no subject of its own.
_COORDINATED = re.compile(r"\b(?:and|but|then|before|after)\s*$", re.I)


def _attribute_after(text: str, q: _Quote, limit: int, sp: _Speakers) -> bool:
    if not q.closed:
        return False
    after = text[q.close + 1 : limit]
    ending = text[q.close - 1] if q.close > 0 else ""
    comma_led = ending in ",?!—–" or after.lstrip().startswith((",", "—", "–"))
    base = q.close + 1
    if not q.embedded:
        # A headline: "‘We will not back down’: Zelensky rejects the plan".
        m = _HEADLINE_NAME.match(after)
        if m:
            name, _ = sp.normalize(m.group("spk"), base + m.start("spk"))
            if name:
                q.speaker, q.cue = name, f"speaker after the quote: “{after[: m.end()].strip()}”"
                return True
    for pattern, cue in (
        (_AFTER_QUOTED, "quoted … as saying"),
        (_AFTER_ACCORDING, "according to"),
        (_AFTER_BY, "by"),
    ):
        m = pattern.match(after)
        if m and pattern is _AFTER_BY and _WHEN.match(m.group("spk").strip()):
            continue  # "… by May", "… by the end of the year": a deadline, not an author
        if m and (pattern is not _AFTER_BY or q.embedded):
            name, generic = sp.normalize(m.group("spk"), base + m.start("spk"))
            if name and not (q.embedded and generic):
                q.speaker, q.cue = name, f"speaker after the quote: {cue} {name}"
                return True
    if not comma_led:
        return False
    for pattern in (_AFTER_SUBJ, _AFTER_VERB):
        m = pattern.match(after)
        if m is None:
            continue
        if pattern is _AFTER_VERB and m.group("verb").lower() in _OBJECT_VERBS:
            continue  # "“…,” told reporters …": the people told do not speak
        if q.embedded and _CONJUNCTION.match(m.group("spk").strip()):
            continue  # "“A”, while Y said …": Y's own clause, not A's attribution
        name, generic = sp.normalize(m.group("spk"), base + m.start("spk"))
        if name and not (q.embedded and generic):
            verb = m.group("verb")
            q.speaker = name
            q.cue = (
                f"speaker after the quote: “{m.group('spk').strip()} {verb}”"
                if (pattern is _AFTER_SUBJ)
                else f"speaker after the quote: “{verb} {m.group('spk').strip()}”"
            )
            return True
    return False


def _attribute_sentence_end(masked: str, q: _Quote, hi: int, sp: _Speakers) -> bool:
    """ ", Biden said." or ", according to X." closing the sentence of the quote."""
    if not q.closed:
        return False
    tail = masked[q.close + 1 : hi].rstrip()
    for pattern in (_END_SAID, _END_ACCORDING):
        m = pattern.search(tail)
        if m is None:
            continue
        name, generic = sp.normalize(m.group("spk"), q.close + 1 + m.start("spk"))
        if name and not (q.embedded and generic):
            q.speaker, q.cue = name, f"attribution closing the sentence: {m.group().strip(' ,.')}"
            return True
        if q.embedded and generic:
            q.keep = False
        return False
    return False


def _attribute_before(masked: str, q: _Quote, lo: int, sp: _Speakers) -> bool:
    prefix = masked[lo : q.open]
    m = _ACCORDING.search(prefix)
    if m:
        name, generic = sp.normalize(m.group("spk"), lo + m.start("spk"))
        if name and not (q.embedded and generic):
            q.speaker, q.cue = name, f"attribution before the quote: according to {name}"
            return True
    m = _QUOTED_AS.search(prefix)
    if m:
        name, _ = sp.normalize(m.group("spk"), lo + m.start("spk"))
        if name:
            q.speaker, q.cue = name, f"attribution before the quote: quoted {name} as saying"
            return True
    m = _BY_AS.search(prefix)
    if m:
        name, generic = sp.normalize(m.group("spk"), lo + m.start("spk"))
        if name and not (q.embedded and generic):
            verb = prefix[m.start() : m.start("spk")].strip()
            q.speaker, q.cue = name, f"attribution before the quote: {verb} {name}"
            return True
    m = _WHAT_CALLS.search(prefix)
    if m and q.embedded:
        name, generic = sp.normalize(m.group("spk"), lo + m.start("spk"))
        if name and not generic:
            q.speaker, q.cue = name, f"attribution before the quote: what {name} calls"
            return True
    verbs = list(_VERB.finditer(prefix))
    last_quote = prefix.rfind(_MASK)
    for boundary in _CLAUSE_BOUNDARY.finditer(prefix):
        last_quote = max(last_quote, boundary.start())
    if q.embedded and last_quote >= 0:
        # "X wrote that … “a good basis”, while Y said that … “strongly supports”": the
        # second quote belongs to the speech verb after the first one, when there is one.
        # "X called it “A” and said …“B”" has no subject after the first: X's verb then.
        later = [v for v in verbs if v.start() > last_quote]
        verbs = later + [v for v in verbs if v.start() < last_quote]
    if not q.embedded:
        # "After Putin said the deal was off, Erdogan said: “…”": the verb nearest the
        # quote introduces it. A short quote inside a sentence belongs to its main verb.
        verbs.reverse()
    for m in verbs:
        np_text = prefix[: m.start()]
        quoted = _WAS_QUOTED.search(np_text)
        if quoted:
            np_text = np_text[: quoted.start()]
        cut = max(np_text.rfind(c) for c in _CLAUSE_CUTS)
        if cut >= 0:
            np_text = np_text[cut + 1 :]
        boundaries = list(_CLAUSE_BOUNDARY.finditer(np_text))
        if boundaries and np_text[boundaries[-1].end() :].strip():
            # "X made no comment, but an Israeli official said …": the verb's own clause.
            np_text = np_text[boundaries[-1].end() :]
        if not np_text.strip():
            continue
        if q.embedded and cut >= 0 and _COORDINATED.search(np_text):
            # "X called the deal “A” toward … and said it hoped …“B”": X speaks again.
            continue
        name, generic = sp.normalize(np_text, lo + m.start() - 1)
        if name is None:
            continue
        if q.embedded and generic:
            q.keep = False
            return False
        q.speaker = name
        q.cue = f"attribution before the quote: {name} {m.group()}"
        return True
    return _attribute_participle(masked, q, prefix, lo, sp)


# "He thanked the allies, saying the swap was “a feat”": the participle reports the
# speech of the sentence's subject.
_PARTICIPLE = re.compile(
    r",\s*(?:saying|adding|calling\s+it|describing\s+it\s+as|insisting|warning|announcing"
    r"|citing|accusing|telling|congratulating|urging|praising|welcoming|hailing|promising"
    r"|vowing|demanding|claiming|arguing|denouncing|dismissing|complaining|stressing)\b"
    # "Mr Misri returned … to accuse Pakistan of ‘repeated violations’": the subject's words.
    r"|\bto\s+(?:accuse|denounce|condemn|demand|announce|describe|call\s+(?:it|for)|warn"
    r"|dismiss|hail|praise|promise|vow|insist)\b",
    re.I,
)
# "It was Donald Trump who broke the news, announcing …": the cleft's person speaks.
_CLEFT = re.compile(r"It\s+(?:was|is)\s+")
_TITLE_WORD = re.compile(r"[A-Z][a-z]+\.?\s+(?=[A-Z])")
_SUBJECT_PRONOUN = re.compile(r"(?P<pron>he|she)\s+(?![\w’'-]*ing\b)[a-z]+ed\b", re.I)


def _attribute_participle(masked: str, q: _Quote, prefix: str, lo: int, sp: _Speakers) -> bool:
    m = _PARTICIPLE.search(prefix)
    if m is None or not sp.doc.sentences:
        return False
    index = sp.doc.sentence_at(q.open)
    start = sp.doc.sentences[index].start
    while start < q.open and not masked[start].isalnum():
        start += 1
    if start >= lo + m.start():
        return False
    pron = _SUBJECT_PRONOUN.match(masked, start)
    name: str | None
    cleft = _CLEFT.match(masked, start)
    if cleft:
        start = cleft.end()
    if pron:
        name, _ = sp.normalize(pron.group("pron"), start)
        if name in _PRONOUNS:
            return False
    else:
        name = sp.subject_at(start) if cleft else sp.sentence_subject(index)
        title = _TITLE_WORD.match(masked, start)
        for _ in range(4):
            if name is not None or title is None:
                break
            # "Senator Tom Hale rejected …": the actor after the title opens the sentence.
            name = sp.subject_at(title.end())
            title = _TITLE_WORD.match(masked, title.end())
    if not name:
        # "An Israeli official, speaking on condition of anonymity, denied …, telling …":
        # the description that opens the sentence.
        described = _INDEFINITE_ROLE.match(masked, start)
        if described is None or described.end() > lo + m.start():
            return False
        name = described.group()
    verb = m.group().strip(" ,")
    q.speaker, q.cue = name, f"attribution before the quote: {name} …, {verb}"
    return True


class _PlainPhrases:
    """Tells whether a short phrase also appears outside quotation marks.

    A short quote of such a phrase ("a ‘ceasefire’" in an article that says ceasefire
    throughout) distances the writer from a word; it is not somebody's quotation.
    The first few distinct phrases are each searched for (fast for a normal article);
    past that, every phrase of up to three words of the text is indexed once, so an
    article with thousands of short quotes stays linear.
    """

    _SEARCHES = 32

    def __init__(self, masked: str) -> None:
        self.masked = masked
        self.lower: str | None = None
        self.seen: dict[str, bool] = {}
        self.grams: set[str] | None = None

    def has(self, phrase: str) -> bool:
        words = _TOKENS.findall(phrase.lower())
        if not words or len(words) > 3:
            return False
        key = " ".join(words)
        if key in self.seen:
            return self.seen[key]
        if self.lower is None:
            self.lower = self.masked.lower()
        if len(self.seen) < self._SEARCHES:
            found = self._search(words, self.lower)
        else:
            if self.grams is None:
                tokens = _TOKENS.findall(self.lower)
                grams = set(tokens)
                grams.update(map(" ".join, itertools.pairwise(tokens)))
                grams.update(map(" ".join, zip(tokens, tokens[1:], tokens[2:], strict=False)))
                self.grams = grams
            found = key in self.grams
        self.seen[key] = found
        return found

    @staticmethod
    def _search(words: list[str], lower: str) -> bool:
        # A literal start keeps the search fast; the left word boundary is checked on
        # each hit instead of with a (slow) lookbehind.
        pattern = re.compile(r"\W+".join(map(re.escape, words)) + r"(?![\w’'-])")
        for m in pattern.finditer(lower):
            before = lower[m.start() - 1] if m.start() else " "
            if not (before.isalnum() or before in "’'-_"):
                return True
        return False


# "had been ‘punished’ and had ‘suffered losses’": an auxiliary may repeat before the
# second quote of one report.
_JOINED = re.compile(
    r"[\s,]*(?:and|or|but)?\s*(?:that)?\s*"
    r"(?:(?:had|has|have|was|were|is|are|would|will|could)\s+(?:been\s+)?)?(?:an?|the)?\s*"
)
_TOKENS = re.compile(r"[\w’'-]+")


def _introduced_by(doc: Document, q: _Quote, bare: str, sp: _Speakers) -> str | None:
    """ "Kurti was defiant. “We will not back down.”", "X was blunt: ‘…’": the subject."""
    if q.embedded or not doc.sentences:
        return None
    index = doc.sentence_at(q.open)
    if bare.endswith(":"):
        return sp.sentence_subject(index)
    block = doc.blocks[q.block]
    if any(c.isalpha() for c in bare) or index - 1 < block.first_sentence:
        return None
    return sp.sentence_subject(index - 1)


def extract_quotes(doc: Document) -> list[Item]:
    """Direct quotations with their speakers, in text order."""
    quotes = _pair(doc)
    if not quotes:
        return []
    text = doc.text
    index = find_mentions(doc)
    sp = _Speakers(doc, quotes, index)
    # The text with every quotation blanked, so attribution is never read from inside one.
    parts: list[str] = []
    pos = 0
    for q in quotes:
        parts.append(text[pos : q.open + 1])
        parts.append(_MASK * (q.close - q.open - 1))
        pos = q.close
    parts.append(text[pos:])
    masked = "".join(parts)
    plain = _PlainPhrases(masked)
    last_embedded_close: dict[int, int] = {}
    by_block: dict[int, list[_Quote]] = {}
    for q in quotes:
        sentence = doc.sentences[doc.sentence_at(q.open)] if doc.sentences else None
        s_start = sentence.start if sentence else 0
        lo = max(s_start, q.open - _PREFIX_WINDOW, doc.blocks[q.block].start)
        prefix = masked[lo : q.open]
        bare = prefix.rstrip(" \ue000")
        first_word = text[q.start : q.start + 1]
        q.embedded = bool(re.search(r"[A-Za-z]", prefix)) and not (
            bare.endswith(":") or (bare.endswith(",") and first_word.isupper())
        )
        close_sentence = doc.sentences[doc.sentence_at(q.close)] if doc.sentences else None
        limit = min(
            close_sentence.end if close_sentence else len(text),
            q.close + 1 + _AFTER_WINDOW,
            doc.blocks[q.block].end,
        )
        nxt = masked.find(_MASK, q.close + 1, limit)
        if nxt >= 0:
            limit = max(q.close + 1, nxt - 1)
        sentence_end = min(
            close_sentence.end if close_sentence else len(text),
            q.close + 1 + _AFTER_WINDOW,
            doc.blocks[q.block].end,
        )
        found = (
            _attribute_after(text, q, limit, sp)
            or _attribute_before(masked, q, lo, sp)
            or (q.keep and _attribute_sentence_end(masked, q, sentence_end, sp))
        )
        block = doc.blocks[q.block]
        if not found and q.open == block.start and q.block > 0:
            # "The statement read:" closing the previous paragraph introduces this one.
            before = doc.blocks[q.block - 1]
            if masked[before.start : before.end].rstrip().endswith(":"):
                last = doc.sentences[before.last_sentence] if before.last_sentence >= 0 else None
                lo_prev = max(last.start if last else before.start, before.end - _PREFIX_WINDOW)
                found = _attribute_before(masked, q, lo_prev, sp)
        if q.embedded and (_NAMING.search(prefix) or _is_title(text[q.start : q.end])):
            # A name or a term the writer distances from: the so-called “zone”, the
            # “Board of Peace”.
            q.keep = False
        if q.embedded:
            previous = last_embedded_close.get(s_start)
            if previous is not None:
                gap = masked[previous + 1 : q.open]
                if (
                    not _JOINED.fullmatch(gap)
                    and not _VERB.search(gap)
                    and not _PARALLEL.search(gap)
                ):
                    q.keep = False
            last_embedded_close[s_start] = q.close
            if not found or plain.has(text[q.start : q.end]):
                q.keep = False
        siblings = by_block.setdefault(q.block, [])
        if not found and q.keep:
            if q.continues and by_block.get(q.block - 1):
                src = by_block[q.block - 1][-1]
                q.speaker, q.cue = src.speaker, "continues the quote of the previous paragraph"
            elif siblings and siblings[-1].speaker:
                q.speaker = siblings[-1].speaker
                q.cue = "same speaker as the previous quote in the paragraph"
            elif (
                q.open == block.start
                and not q.embedded
                and by_block.get(q.block - 1)
                and by_block[q.block - 1][-1].speaker
            ):
                # A paragraph of quotation with no attribution carries on the speaker
                # quoted at the end of the paragraph before.
                q.speaker = by_block[q.block - 1][-1].speaker
                q.cue = "quotation paragraph after a quote by the same speaker"
            elif (subject := _introduced_by(doc, q, bare, sp)) is not None:
                q.speaker, q.cue = subject, f"speaker introduced just before: {subject}"
            else:
                q.cue = "quotation marks; no speaker named nearby"
        if q.keep:
            siblings.append(q)
    # A quote that runs on takes its speaker from its continuation when it has none.
    kept = [q for q in quotes if q.keep]
    for a, b in itertools.pairwise(kept):
        if b.continues and a.speaker is None and b.speaker is not None:
            a.speaker, a.cue = b.speaker, "speaker named in the continuation of the quote"
    items: list[Item] = []
    for q in kept:
        ev = evidence(text, q.start, q.end)
        if not ev.quote:
            continue
        cue = q.cue if not q.embedded else f"short quote in a sentence; {q.cue}"
        if q.speaker in _PRONOUNS:
            cue += " (nobody named before the pronoun)"
            q.speaker = None
        items.append(
            Item(
                id=make_id("quote", ev.quote, ev.start),
                kind="quote",
                text=ev.quote,
                cue=cue,
                evidence=[ev],
                speaker=q.speaker,
            )
        )
    return items
