"""Clauses (what the parties agreed) and open issues (what the deal left open or in doubt).

Both extractors read one sentence at a time and look for cues that hold across news
reports of agreements, whatever the conflict or the parties:

* clauses: agreement verbs ("agreed to", "pledged to", "committed to"), the agreement as
  the subject of a content verb ("the deal calls for", "it also opened"), "under the
  agreement, ...", the modal future on an agreed term ("a ceasefire will begin",
  "prisoners will be released"), and the announcement or entry into force of a named kind
  of agreement ("announced a ceasefire", "a truce has come into force");
* open issues: explicit absences ("made no mention of", "does not address"), deferrals
  ("at a later date", "yet to be agreed"), stated uncertainty ("it is unknown if"),
  sticking points, violations ("fighting continued"), and doubts or criticism reported
  about the deal ("critics said", "treated with caution").

A sentence that lists several agreed terms ("a ceasefire will begin on Sunday and heavy
weapons will be pulled back, with a buffer zone created") yields one clause per term.
Reported hopes, praise, criticism and background are not clauses. Every item cites the
sentence, or the part of it that carries the item, as evidence.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.core.analysis.model import Item, evidence, make_id
from briefing.core.document import MONTH_NUMBERS, Document

# --- vocabulary ----------------------------------------------------------------------

# Words that name an agreement.
_AGREEMENT = (
    r"(?:deal|deals|agreement|agreements|accord|accords|pact|truce|cease-?fires?|armistice|"
    r"treaty|arrangement|memorandum|understanding|framework|roadmap|road map|protocol|"
    r"settlement|compact|plan|swap|exchange|text|terms|provisions|"
    r"declarations?(?!\s+of\s+independence)|sequence|timetable|joint statement|"
    r"joint communiqu[eé])"
)
# An agreement of a named kind: announcing one says what was agreed.
_TYPED = (
    r"(?:cease-?fires?|truces?|armistice|humanitarian pauses?|pauses? in (?:the )?"
    r"(?:fighting|hostilities)|reductions? in violence|joint declarations?|declarations? of peace|"
    r"(?:prisoner|hostage|detainee|captive|body|pow)s?[- ]"
    r"(?:swaps?|exchanges?|releases?|deals?)|(?:swaps?|exchanges?) of (?:prisoners|detainees|"
    r"captives|hostages|bodies)|(?:peace|nuclear|trade|normali[sz]ation|"
    r"hostage|border|grain|debt|security|power[- ]sharing|free[- ]trade|withdrawal|"
    r"de-?escalation|reconciliation|disarmament|electoral)\s+"
    r"(?:deals?|agreements?|accords?|pacts?|treaty|treaties|plan|framework)"
    r"|cease-?fire agreement|peace treaty|non-aggression pact|cessation of hostilities)"
)
# Things an agreement typically does something about: the agreed terms.
_TERMS = (
    r"(?:cease-?fires?|truces?|pauses?|hostilities|fighting|firing|bombing|attacks|strikes|"
    r"shelling|weapons|arms|"
    r"artillery|missiles|troops|forces|soldiers|fighters|militias?|prisoners?|hostages?|"
    r"detainees?|captives?|bodies|remains|aid|humanitarian|convoys?|trucks|food|fuel|"
    r"medicine|corridors?|zones?|buffer|patrols?|monitors?|monitoring|observers?|"
    r"inspectors?|inspections?|verification|sanctions|tariffs?|quotas?|duties|embass(?:y|ies)|"
    r"consulates?|relations|ties|diplomats?|talks|negotiations|elections?|referendum|"
    r"withdrawal|pull-?back|pullout|exchanges?|swaps?|releases?|refugees|displaced|returns?|"
    r"flights|air ?space|crossings?|borders?|checkpoints?|ports?|uranium|enrichment|"
    r"centrifuges?|stockpiles?|reactors?|plutonium|frontlines?|front lines?|demarcation|"
    r"blockade|annexation|settlements?|repairs?|power supply|power lines?|compensation|"
    r"reparations|amnesty|constitution|parameters|mechanisms?|commission|committee|"
    r"working group|deadline|cooperation|liaison offices?|recognition|sovereignty|"
    r"peacekeep(?:ers?|ing)|amnesty|integration|disarmament|demobili[sz]ation|guarantors?|"
    r"lawsuits?|legal claims|court cases|arbitration)"
)

# The cues run on a lower-cased copy of the text: far faster than re.IGNORECASE.
_FLAGS = 0
# Labels are built from the original text, a few hundred characters at a time.
_LABEL_FLAGS = re.IGNORECASE

# --- clause cues ---------------------------------------------------------------------

_NEGATED_BEFORE = re.compile(
    r"(?:\bnot|n['’]t|\bnever|\bnor (?:does|did|do|will|would)|\bfailed to|\bfail to|"
    r"\brefused to|\brefuse to|\bno longer|"
    r"\bcould not|\bunable to|\bwhether to|\bif they)\s+(?:\w+\s+)?$",
    _FLAGS,
)

_AGREE_VERB = re.compile(
    r"\b(?:agreed|agrees|agree|agreeing|pledged|pledges|pledge|pledging|committed|commits|commit|"
    r"committing|undertook|undertakes|undertake|undertaken|promised|promises|vowed|vows|"
    r"consented|signed up|"
    r"(?:confirmed|reaffirmed|declared|stated|expressed) (?:their|its) (?:intention|readiness|"
    r"willingness)|"
    r"reaffirmed (?:their|its) commitment)\s+(?:themselves\s+|itself\s+)?"
    r"(?:(?:late|early)\s+)?(?:(?:(?:on|last)\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+|"
    r"last night\s+|yesterday\s+|today\s+)?"
    r"(?:not\s+to|to|on|upon)\b"
    r"(?!\s+(?:defeat|crush|destroy|eliminate|wipe out|fight on|keep fighting|continue fighting|"
    r"retake|punish|avenge|annihilate)\b)",
    _FLAGS,
)
# "Hostages have been released, marking the first phase of the ceasefire": a term carried
# out, in a sentence that names the agreement.
_IMPLEMENTED = re.compile(
    r"\b(?:have|has|had|were|was)\s+(?:also\s+|now\s+|already\s+)?(?:been\s+)?"
    r"(?:released|freed|exchanged|handed over|withdrawn|pulled back|repatriated|reopened|"
    r"lifted|swapped|returned)\b"
)
# "It was agreed that...", "Hamas accepted the proposal": agreement said another way.
_AGREED_PASSIVE = re.compile(
    r"\b(?:it|they|both|all)\s+(?:was|were|had been|has been)\s+(?:also\s+)?agreed\s+"
    r"(?:that|to|on)\b|\b(?:accepted|approved|endorsed|ratified|signed on to|signed off on)\s+"
    r"(?:an?|the|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:proposal|plan|deal|ceasefire|cease-fire|"
    r"truce|offer|terms|agreement|accord|framework|roadmap)\b"
)
# "Washington pledged $500 million to help rebuild the towns": a donor's commitment.
_PLEDGED_MONEY = re.compile(
    r"\b(?:pledged|pledges|promised|promises|committed|commits|offered|offers)\s+"
    r"(?:(?:an?|another)\s+(?:additional|extra|further|initial)\s+|up to\s+|more than\s+)?"
    r"(?:[$€£¥]|us\$|usd\s?)\s?\d"
)
_AGREE_THAT = re.compile(
    r"\b(?:agreed|agree|agrees|decided|pledged|committed|reiterated|reaffirmed|"
    r"(?:recogni[sz]e[sd]?|accept(?:ed|s)?|acknowledg(?:e|ed|es))(?=\s+that))\s+(?:that\s+)?"
    r"(?:[\w’'-]+\s+){1,10}?"
    r"(?:will|would|shall|are to|is to)\b",
    _FLAGS,
)
_AGREE_OBJECT = re.compile(
    rf"\b(?:agreed|agree|agrees|signed|sealed|struck|clinched|initial(?:l)?ed)\s+"
    rf"(?:an?|the|their|a new)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_TYPED}\b",
    _FLAGS,
)
_UNDER = re.compile(
    rf"^(?:[\"“‘']\s*)?(?:and\s+)?(?:under|as part of|according to|in line with|in accordance with)"
    rf"\s+(?:the\s+)?(?:terms\s+of\s+(?:the\s+)?)?(?:[\w’'-]+\s+){{0,3}}?"
    rf"(?:{_AGREEMENT}|proposal)\b",
    _FLAGS,
)
_UNDER_ANY = re.compile(
    rf"\b(?:under|part of|in line with|in accordance with|fulfilling|implementing)\s+"
    rf"(?:the\s+|an?\s+)?(?:terms\s+of\s+(?:the\s+)?)?(?:[\w’'-]+\s+){{0,5}}?{_AGREEMENT}\b|"
    rf"\bin (?:exchange|return) for\b|^(?:[\"“‘']\s*)?in (?:exchange|return),|"
    rf"\bin an?\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:deal|agreement|accord|swap|exchange)\s+(?:mediated|brokered|reached|struck|signed)\b",
    _FLAGS,
)
# "signed an agreement to reopen the ports": the purpose of the deal is what was agreed.
_DEAL_TO = re.compile(
    rf"(?<!-)\b(?:reached|struck|signed|sealed|clinched|concluded|finali[sz]ed|agreed|announced|"
    rf"unveiled)\s+(?:(?:late\s+|early\s+)?on\s+\w+\s+)?(?:an?|the|their|its|two|separate|new)?\s*(?:[\w’'-]+\s+){{0,3}}?{_AGREEMENT}\s+"
    r"(?:(?:on|in|at|with|between|for)\s+(?:[\w’'-]+\s+){0,8}?)?to\s+(?!be\b)\w+",
    _FLAGS,
)
# "came after X reached a deal": the deal is the time of other news, not its subject.
_ANCHOR_BEFORE = re.compile(r"\b(?:came|comes|come)\s+(?:after|as)\b|\bafter\s*$", _FLAGS)
# Dateline at the head of a wire story: "KYIV, Ukraine (AP) — ", "VIENNA — ".
_DATELINE = re.compile(
    r"[A-Z][A-Z.’'/-]+(?:[ ][A-Z][A-Z.’'/-]+)*(?:,\s*[A-Z][\w.]+(?:\s[A-Z0-9][\w.]*){0,2}){0,2}\s*"
    r"(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s+"
)
_CONTRAST = re.compile(
    r"[,;][”\"’']?\s+(?:but|though|although|however|yet|while)\b|\s(?:but|though|although)\s"
)
# "..., a deal the UN described as a turning point", "..., in what Brussels hopes will
# end ...": an opinion on the term, after it.
_OPINION_ASIDE = re.compile(
    r",\s+(?:in what|an?\s+(?:[\w-]+\s+)?(?:deal|move|step|agreement|accord|pact|truce|"
    r"decision|breakthrough))\s+(?:[\w’'.-]+\s+){0,4}?(?:hopes?|hoped|described|called|hailed|"
    r"sees|saw|believes?|believed|calls)\b"
)
# "... will take 'additional security measures' – a phrase critics fear ...": an aside.
_DASH_ASIDE = re.compile(r"[’”'\"]?\s+[—–]\s+(?=(?:a|an|the|which|something|one)\s)")


def _contrast(low: str, words: frozenset[str]) -> re.Match[str] | None:
    """The first "but"/"although"/dash aside that turns a sentence, if any."""
    m = _search(_CONTRAST, low, words)
    if m is None and ("—" in low or "–" in low):
        m = _DASH_ASIDE.search(low)
    return m


_DEAL_SUBJECT = re.compile(
    rf"(?:(?:\b(?:the|this|that|its|their|[\w’']+[’']s)\s+|^)(?:[\w-]+\s+){{0,3}}?{_AGREEMENT}"
    rf"(?:\s+(?:in|at|with|between|on)\s+[\w’'-]+)?(?:,[^,]{{1,100}},)?|\b[Ii]t|"
    rf"\b{_AGREEMENT}(?:\s+(?:with|between|on|in)\s+[^,.;]{{1,40}}?)?\s+(?:that|which))\s+"
    r"(?:(?:has|have|had|will|would)\s+)?"
    r"(?:also\s+|actually\s+|further\s+|additionally\s+|reportedly\s+|explicitly\s+)?"
    r"(?:calls? for|called for|provides? for|provided for|includes?|included|envisages?|"
    r"envisaged|envisions?|stipulates?|stipulated|requires?|required|obliges?|obliged|"
    r"allows?|allowed|permits?|permitted|grants?|granted|guarantees?|guaranteed|"
    r"sets? out|sets? up|establish(?:es|ed)|opens?|opened|lifts?|lifted|bans?|banned|"
    r"limits?|limited|caps?|capped|restricts?|restricted|preserves?|preserved|halts?|"
    r"halted|freezes?|froze|suspends?|suspended|foresees?|foresaw|commits?|committed|"
    r"outlines?|outlined|spells? out|spelled out|will see|would see|saw|mandates?|"
    r"mandated|creates?|created|gives?|gave|restores?|restored|ends?|ended|covers?|covered|"
    r"applies to|applied to|secured|secures|resulted in|results in|brought about|stops?|"
    r"stopped|prevents?|prevented|runs? for|lasts?|expires?|"
    r"(?:is|remains) valid|can be (?:renewed|extended)|may be (?:renewed|extended)|sets|"
    r"recogni[sz]es|recogni[sz]ed|affirms|reaffirms|transfers|assigns|"
    r"lays? out|laid out)\b",
    _FLAGS,
)
_ANNOUNCE = re.compile(
    rf"(?<!-)\b(?:announced|reached|struck|sealed|clinched|brokered|declared|secured|unveiled|"
    rf"agreed|signed|initial(?:l)?ed|finali[sz]ed|concluded|ordered)\s+(?:upon\s+|on\s+)?"
    rf"(?:an?|the|their|its)?\s*"
    rf"(?:[\w’'-]+\s+){{0,6}}?[“\"‘']?{_TYPED}|{_TYPED}\s+(?:has been|had been|was|were|is|are)?\s*"
    r"(?:agreed|announced|reached|declared|struck|sealed|signed)\b(?!\s+(?:to|that)\b)",
    _FLAGS,
)
# "declared an end to two decades of hostility": peace declared, whatever it is called.
_END_DECLARED = re.compile(
    r"\b(?:declared|declare|declares|announced|proclaimed)\s+(?:an?\s+|the\s+)?(?:formal\s+|"
    r"official\s+|final\s+)?end\s+(?:to|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?(?:wars?|"
    r"hostility|hostilities|conflict|fighting|state of war|insurgency|rebellion)\b"
)
# "Putin ordered Russian forces on Saturday to stop all military action": a halt ordered.
_ORDERED_HALT = re.compile(
    r"\bordered\s+(?:[\w’'.-]+\s+){0,6}?to\s+(?:stop|halt|cease|suspend|hold)\s+"
    r"(?:all\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:fire|firing|fighting|hostilities|"
    r"(?:military\s+)?(?:action|operations)|attacks|strikes|offensives?|combat)\b"
)
_IN_FORCE = re.compile(
    r"\b(?:(?:has|have|had)\s+)?(?:come|came|comes|went|gone|goes|entered|enters|enter)\s+"
    r"into\s+(?:force|effect)|\b(?:took|takes|take|taken)\s+effect|"
    r"\b(?:is|are|was|were)\s+(?:now\s+)?in\s+(?:force|effect)|\bbecame effective|"
    r"\b(?:began|has begun|have begun|started|kicked in|went ahead|took place|has taken place|"
    r"have taken place)\b",
    _FLAGS,
)
_TYPED_RE = re.compile(rf"\b{_TYPED}\b", _FLAGS)
_TERMS_RE = re.compile(rf"\b{_TERMS}\b", _FLAGS)
_AGREEMENT_RE = re.compile(rf"\b{_AGREEMENT}\b", _FLAGS)
_MODAL = re.compile(
    r"\b(?:will|shall|is to|are to|is due to|are due to|is set to|are set to|"
    r"is scheduled to|are scheduled to|would be (?:released|freed|exchanged|withdrawn|"
    r"pulled back|lifted|reopened|opened|allowed|returned|handed over|deployed|extended|renewed|"
    r"expanded|implemented|set up|established|created|monitored|observed|respected|resumed|"
    r"restored|removed|dismantled|suspended|halted|used|inspected|escorted|guaranteed))\b",
    _FLAGS,
)
# What parties do under an agreement (verbs after "will", "is to", "would").
_ACTION_VERBS = (
    r"release[sd]?|free[sd]?|exchange[sd]?|hand(?:ed)? over|withdraw(?:n)?|pull(?:ed)? back|"
    r"lift(?:ed)?|reopen(?:ed)?|open(?:ed)?|allow(?:ed)?|deploy(?:ed)?|return(?:ed)?|"
    r"repatriate[sd]?|evacuate[sd]?|disarm(?:ed)?|dismantle[sd]?|remove[sd]?|halt(?:ed)?|"
    r"stop(?:ped)?|cease[sd]?|suspend(?:ed)?|recogni[sz]e[sd]?|establish(?:ed)?|resume[sd]?|"
    r"expand(?:ed)?|normali[sz]e[sd]?|respect(?:ed)?|observe[sd]?|monitor(?:ed)?|"
    r"verif(?:y|ied)|inspect(?:ed)?|set up|implement(?:ed)?|reduce[sd]?|cut|cap(?:ped)?|"
    r"limit(?:ed)?|ship(?:ped)?|deliver(?:ed)?|pa(?:y|id)|compensate[sd]?|extend(?:ed)?|"
    r"last|expire|run until|come into force|take effect|begin|start|end|agree|negotiate|"
    r"hold (?:talks|elections|a referendum|a vote)|draw up|meet|take (?:over|control)|"
    r"guide[sd]?|escort(?:ed)?|provide[sd]?|facilitate[sd]?|ensure[sd]?|protect(?:ed)?|"
    r"supervise[sd]?|oversee|overseen|patrol(?:led)?|refrain|abide|comply|vacate[sd]?|"
    r"transfer(?:red)?|grant(?:ed)?|station(?:ed)?|maintain(?:ed)?|renew(?:ed)?|"
    r"convene[sd]?|register(?:ed)?|share[sd]?|license[sd]?|licence[sd]?|nominate[sd]?|"
    r"appoint(?:ed)?|elect(?:ed)?|form(?:ed)?|head(?:ed)?|chair(?:ed)?|lead|led|"
    r"choose|chosen|name[sd]?|select(?:ed)?|become|exist|operate as|function as|"
    r"(?:formally )?sign(?:ed)?|vote|mirror(?:ed)?|reciprocate[sd]?|drop(?:ped)?|waive[sd]?|"
    r"renounce[sd]?|abandon(?:ed)?|act as|serve as|carry out|carried out|"
    r"pass (?:legislation|a law|laws|a bill|an amendment|amendments)|repeal(?:ed)?|"
    r"amend(?:ed)?|review(?:ed)?|replace[sd]?|create[sd]?|draft(?:ed)?|adopt(?:ed)?|"
    r"abolish(?:ed)?|merge[sd]?|integrate[sd]?|bring|link(?:ed)?|absorb(?:ed)?|rebuild|"
    r"decommission(?:ed)?|demobili[sz]e[sd]?"
)
_MODAL_ACTION = re.compile(
    r"\b(?:will|shall|is to|are to|is due to|are due to|is set to|are set to|"
    r"is scheduled to|are scheduled to|is expected to|are expected to)\s+"
    r"(?:also\s+|then\s+|not\s+|now\s+)?(?:be\s+)?"
    rf"(?:{_ACTION_VERBS})\b",
    _FLAGS,
)
# "Trump said the United States would halt the exercises": the future in reported speech.
_REPORTED_ACTION = re.compile(
    r"\b(?:said|says|announced|confirmed|added|adding|stated)\s+(?:that\s+)?"
    r"(?:(?:on|late on|early on)\s+\w+\s+(?:that\s+)?)?(?:(?!would\b)[\w’'.-]+\s+){1,6}?would\s+"
    r"(?:also\s+|then\s+|now\s+|soon\s+)?(?:be\s+)?(?:formally\s+)?"
    rf"(?:{_ACTION_VERBS})\b",
    _FLAGS,
)
# A term carried out, in the simple past.
_CARRIED_OUT = re.compile(
    r"(?<!the )(?<!newly )(?<!recently )(?<!of )(?<!their )(?<!those )(?<!just )"
    r"\b(?:released|freed|handed over|exchanged|swapped|withdrew|pulled back|reopened|"
    r"repatriated)\b(?! (?:by|from|in \d))"
)
_DONE_UNDER = re.compile(
    r"\b(?:in|as part of|through)\s+(?:a|an|the|this|that)\s+(?:[\w-]+\s+){0,3}?"
    rf"{_AGREEMENT}\b"
)
# What a party did under an agreement, told in the past tense.
_PAST_ACTION = re.compile(
    r"\b(?:signed|released|freed|handed over|pardoned|withdrew|lifted|commuted|returned|"
    r"exchanged|swapped|transferred|dropped)\b"
)
# The future tense, whatever it bears on; in a paragraph told in the past, the future
# of the arrangement ("Iran was to stop firing first; the war would then be over").
_FUTURE = re.compile(
    r"\b(?:will|shall|must|is to|are to|is due to|are due to|is set to|are set to|was to|"
    r"were to|would)\b"
)
# The modal future that predicts rather than commits.
_PREDICTION = re.compile(
    r"\bthere will (?:now |also |still )?be\b|\bwill (?:have to|need to|help|serve|"
    r"likely|probably|not last|collapse|fail)\b|"
    # "Pashinyan will travel to Brussels for talks", "ministers will meet today to discuss
    # sending monitors": a trip or a meeting planned, not a term of the deal.
    r"\b(?:will|is to|are to|is due to|are due to|is set to|are set to|is expected to|"
    r"are expected to)\s+(?:also\s+|then\s+)?(?:travel|visit|fly|attend|host|"
    r"address|brief)\b|\bwill meet\b[^.;]{0,60}\bto discuss\b|"
    # "The overall goal is to bring peace": an aim, not an arrangement.
    r"\b(?:goal|aim|objective|purpose|idea|hope|ambition)s? (?:is|was|are|were) to\b|"
    r"\bwould not hesitate\b",
    _FLAGS,
)
# Reported hopes, praise and opinions: such a sentence is not a term of the deal.
_OPINION = re.compile(
    r"\b(?:hoped|hoping|hopeful|hopes? (?:that|the|it|to|for)|wish(?:ed|es)? (?:that|to|for)|"
    r"praised|hailed|"
    r"welcomed|lauded|insists|argues|argued|contends|contended|"
    r"believes?|believed|thinks?|thought|predicted|predicts|"
    r"would like|glimmer|urged|insisted|called on|calls on|warn(?:ed|s|ing)?|risks?|"
    r"called it|calling it|calls it|described it as|new (?:era|chapter|page)|turning point|"
    r"(?:opens?|opened|opening) (?:a|the) door)\b",
    _FLAGS,
)
# "This is a truce that gives them time to rearm": the deal characterised, not a term.
_CHARACTERISE = re.compile(
    r"\b(?:this|it|that) (?:is|was) (?:a|an|not a|no) (?:[\w-]+ ){0,2}?(?:deal|cease-?fire|truce|"
    r"agreement|accord|pact|peace) that\b|"
    # "A truce that ends with impunity is a truce that guarantees the next round."
    r"\b(?:is|was) (?:a|an|not a|no) (?:[\w-]+ ){0,2}?(?:deal|cease-?fire|truce|agreement|accord|"
    r"pact|peace) that (?!(?:will|would|is|was|has|had)\b)"
)
# "a move that is hoped to", "hailed by": a passive opinion about the move, not a speaker's.
_PASSIVE_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been|being)\s+$", _FLAGS)
_PASSIVE_AFTER = re.compile(r"\s+(?:by|as)\b", _FLAGS)
# Something proposed, past or elsewhere: not the terms of this agreement.
_BACKGROUND = re.compile(
    r"\b(?:proposed|proposal|previously|formerly|in the past|last year|years ago|"
    r"(?<!they )(?<!it )(?<!both )(?<!sides )(?<!parties )(?<!countries )had agreed|"
    r"first (?:brokered|agreed|signed|reached|struck)|draft|(?:previous|earlier|past|former) "
    r"(?:cease-?fires?|truces?|deals?|agreements?|accords?|pacts?|attempts?|rounds?)|"
    # "Congo has signed more ceasefires than anyone can count".
    r"(?:more|fewer|so many|countless) (?:[\w-]+ )?(?:cease-?fires|truces|deals|agreements|"
    r"accords|pacts)(?: than)?)\b",
    _FLAGS,
)

# "In 2018, the two countries agreed to a truce that collapsed": an earlier agreement.
_YEAR_LEAD = re.compile(r"(?:back\s+)?in\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_IN_YEAR = re.compile(r"\bin\s+(?:early\s+|late\s+|mid-)?(?:[a-z]{3,9}\.?\s+)?((?:19|20)\d\d)\b")
# Fighting and disputes told as history ("broke off ties in 2011 after a dispute over
# water", "a previous attempt collapsed") are background, not issues of this agreement.
_HISTORY = re.compile(
    r"\b(?:previous|previously|earlier attempts?|former|last year|years ago|in recent years|"
    r"since (?:19|20)\d\d|for (?:decades|generations)|decades-(?:old|long))\b"
)
# "The two sides first signed a declaration in May, but it did not include a ceasefire": an
# earlier agreement, whose gaps are not this one's.
_EARLIER_DEAL = re.compile(
    r"\bfirst (?:signed|agreed|brokered|reached|struck)\b|\b(?:previous|earlier|past|former) "
    r"(?:cease-?fires?|truces?|deals?|agreements?|accords?|pacts?|attempts?|rounds?)\b"
)
# "on April 15", "in March 2022", "24 February", "late August": a date in a month.
_MONTH_DATE = re.compile(
    r"\b(?:(?P<day1>\d{1,2})\s+)?(?P<month>january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
    r"\b\.?(?:\s+(?P<day2>\d{1,2})\b)?(?:,?\s+(?P<year>(?:1[89]|20)\d\d)\b)?"
)
# Words that place an event in the days around the report, not in the past.
_RECENT = re.compile(
    r"\b(?:today|tonight|yesterday|last night|this week|overnight|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|hours after|since the (?:signing|deal|truce|ceasefire))\b"
)


# "an agreement signed in Barbados on Oct. 17", "the row erupted on January 1, when ...".
_PAST_SIGNING = re.compile(
    r"\b(?:signed|agreed|reached|struck|concluded|sealed|erupted|began|broke out)\b"
)


def _signed_earlier(low: str, published: dt.date | None) -> bool:
    """True when an agreement in ``low`` was signed (or a row began) on a date weeks before
    ``published``: an earlier deal, not the terms the story reports."""
    if published is None or _RECENT.search(low):
        return False
    for m in _MONTH_DATE.finditer(low):
        if (
            low.endswith((" on ", " in "), 0, m.start())
            and _PAST_SIGNING.search(low, max(0, m.start() - 40), m.start())
            and _earlier_dated(m.group(), published)
        ):
            # "signed on Oct. 17"; not a deadline ("agreed to merge by June").
            return True
    return False


_UPCOMING = re.compile(
    r"\b(?:will|would|shall|is due|are due|deadline|expires?|next|falls? in|by the end of|"
    r"scheduled|set to|planned)\b"
)


def _earlier_dated(low: str, published: dt.date | None) -> bool:
    """True when every month-dated mention of ``low`` lies weeks before ``published``.

    "fighting that erupted in Khartoum on April 15" in a report of 21 May is history; "May
    may be extended" names no month, and a sentence also placed in the days of the report
    ("on Sunday", "last night") is news.
    """
    if published is None or _RECENT.search(low):
        return False
    found = False
    for m in _MONTH_DATE.finditer(low):
        month = MONTH_NUMBERS[m.group("month")]
        day_text = m.group("day1") or m.group("day2")
        # "may" is a month only with a day or a year beside it.
        if month == 5 and m.group("month") == "may" and not (day_text or m.group("year")):
            continue
        year = int(m.group("year")) if m.group("year") else published.year
        if not m.group("year") and month > published.month:
            if _UPCOMING.search(low):
                # "the deadline falls in October" in an August story: still to come.
                return False
            year -= 1
        # A month named without a day counts from its end: "in late August" is history in
        # November, not in the first days of September.
        day = int(day_text) if day_text else 28
        try:
            when = dt.date(year, month, day)
        except ValueError:
            try:
                when = dt.date(year, month, 28)
            except ValueError:
                return False
        if (published - when).days < 14:
            return False
        found = True
    return found


_HISTORICAL_CATEGORIES = frozenset({"violation", "sticking point"})
_STILL_NOW = re.compile(r"\b(?:still|continue to|continues to) (?:disagree|differ|dispute)\b")

# --- open-issue cues -----------------------------------------------------------------


def _at_word_start(alternatives: str) -> re.Pattern[str]:
    """A pattern of many alternatives that each start a word (``\\bword...``).

    Saying so up front lets the engine skip every other position: 4x faster on the
    long list of doubts, with the same matches.
    """
    return re.compile(rf"(?=[a-z])\b(?:{alternatives})", _FLAGS)


# (category, pattern, needs the agreement to be named in the sentence)
_ISSUE_CUES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    (
        "absence",
        re.compile(
            r"\b(?:did not|didn['’]t|does not|doesn['’]t|do not|don['’]t|failed to|fails to|"
            r"fail to|will not|won['’]t|would not)\s+(?:\w+\s+)?(?:address|establish|include|"
            r"mention|cover|specify|resolve|settle|say|spell out|set out|provide for|"
            r"deal with|tackle|guarantee|require|touch on|touch|name|define|get|go far enough|"
            r"disclose|reveal|explain|detail|cover|indicate|specify|say how|say when|"
            r"authori[sz]e|lift|give(?! (?:up|in|way)\b)|fix|contain|offer|restore)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        "absence",
        _at_word_start(
            r"\b(?:made|makes|make|making) no (?:mention|reference|provision)\b|"
            r"\bno mention of\b|\bsilent on\b|\b(?:offer(?:s|ed|ing)?|gives?|gave|"
            r"giv(?:es|ing)) nothing\b|\b(?:left|leaves|leave|leaving) (?:out|open|unresolved|"
            r"unanswered|unaddressed|undecided)\b|\bunaddressed\b|\bunresolved\b|"
            r"\b(?:left|leaves|leave|leaving) (?:[\w’'-]+ ){1,5}?(?:unanswered|unaddressed|"
            r"undecided|unsettled|unresolved)\b|"
            r"\bnot (?:addressed|included|covered|resolved|specified|mentioned|settled|decided)\b|"
            r"\bno (?:details|timetable|timeline|date|mechanism|provision|agreement|deal|"
            r"consensus|guarantees?) (?:on|for|was|were|has|have|had|about|over|yet|to|of)\b|"
            r"\bwithout (?:specifying|saying|details|addressing|mentioning)\b|\bexcluded\b|"
            r"\b(?:has|have|had|with) no (?:power|powers|authority|mandate|means|teeth) to\b|"
            r"\bleft out\b|\bomitted\b|\bomits\b|\bdoes not apply\b|\bfailures? to (?:live up to|"
            r"implement|honou?r|respect|abide by|keep)\b|"
            r"\b(?:is|are|was|were) not (?:part of|included in|covered by|bound by)\b|"
            r"\bnot (?:immediately |yet |publicly |officially )?(?:been )?(?:disclosed|released|"
            r"made public|published|specified|announced)\b|"
            # "parliament was not consulted": a party left out of the deal.
            r"\bnot (?:been )?consulted\b|"
            r"\b(?:remains?|remained|was kept|were kept|is being kept|are being kept) (?:secret|"
            r"confidential|under wraps)\b|"
            r"\bno (?:international |independent |foreign |neutral )?(?:monitors|observers|"
            r"peacekeepers) (?:will|would|are|were|have been)\b|"
            # "There will be no international monitors": a safeguard the deal lacks.
            r"\bthere (?:will|would) be no (?:[\w-]+ ){0,2}?(?:monitors|observers|monitoring|"
            r"verification|enforcement|mechanism|timetable|deadline|guarantees?|penalt(?:y|ies))\b|"
            r"\b(?:had|has|have)(?: not|n['’]t) (?:yet )?(?:been )?(?:discussed|addressed|"
            r"agreed on|settled|resolved|decided|specified|mentioned|included|raised|tackled|"
            r"touched on)\b|"
            r"\b(?:was|were|is|are) not on the (?:agenda|table)\b|\boff the agenda\b|"
            r"\bmade no (?:\w+ )?(?:promise|commitment|pledge)s?\b|"
            r"\b(?:is|are|was|were) not (?:a )?part(?:y|ies) to\b|"
            r"\b(?:deal|agreement|accord|swap|exchange|it)\s+(?:\w+\s+)?(?:left|leaves|leaving) "
            r"(?:[\w’'-]+ ){0,3}?behind\b|"
            r"\b(?:left|leaves|leave|leaving) (?:the )?(?:[\w’'-]+ ){0,3}?(?:questions|issues|"
            r"matters|"
            r"details|disputes) (?:to|for) (?:a |an |the )?(?:separate|later|future|another|new|"
            r"subsequent|further)\b|"
            r"\b(?:says?|said) nothing (?:about|on)\b|\b(?:has|have|had) (?:given|set|offered|"
            r"named) "
            r"no (?:date|timetable|timeline|deadline|details)\b|\bnot be bound by\b|"
            r"\bdid not sign\b|\bcontain(?:s|ed)? no\b|"
            # "insisted that there was 'no agreement' of any kind": the deal itself denied.
            r"\bthere (?:was|is|had been|has been) [‘'\"“]?no (?:agreement|deal|accord)\b|"
            r"\bwith no (?:enforcement|verification|timetable|timeline|deadline|guarantees?|"
            r"mechanism)\b|"
            r"\b(?:has|have|had|did|does|do)(?: not|n['’]t) (?:yet )?(?:set|given|fixed|named|"
            r"announced|offered) (?:a |an |any )?(?:[\w-]+ )?"
            r"(?:date|timetable|timeline|deadline)\b|"
            r"\b(?:neither|none of the)\b[^.;]{0,40}\b(?:signed|initialled|initialed)\b",
        ),
        False,
    ),
    (
        "deferral",
        re.compile(
            r"\bat a later (?:date|stage|time|point)\b|"
            r"\b(?:was|were|is|are|been|being) (?:\w+ )?set aside\b(?! (?:for|to)\b)|"
            r"\b(?:left|leaves|leave|leaving|put off|kept|saved) (?:[\w’'-]+ ){0,3}?for (?:later|"
            r"another day|the future|future talks|further talks|later talks)\b|"
            r"\bto (?:negotiate|discuss|resolve|settle|address|tackle|take up) (?:those|these|the|"
            r"all|other|remaining|outstanding) (?:remaining |outstanding |other |thornier |)"
            r"(?:issues|questions|matters|demands|points|disputes)\b|"
            r"\b(?:yet|still|left|remains?|remained) to be (?:\w+ed|agreed|set|worked out|drawn up|"
            r"decided|done|"
            r"negotiated|determined)\b|\bto be (?:negotiated|determined|decided|agreed|"
            r"worked out|settled|discussed|finali[sz]ed|announced|defined) (?:later|at|in|by)\b|"
            r"\b(?:in|during) (?:later|future|subsequent|further|follow-up) "
            r"(?:talks|negotiations|rounds?|phases?|stages?)\b|\b(?:postponed|deferred|"
            r"put off|pushed back(?! (?:to|into|from|across|towards?) (?:the )?(?:\w+ )?"
            r"(?:city|town|border|line|river|coast|outskirts|front|village|port|region))|"
            r"shelved)\b|\bsecond (?:phase|stage)\b.{0,80}\b(?:negotiat|"
            r"discuss|talks)|\b(?:must|need to|needs to|have to|has to) (?:still |yet )?be "
            r"(?:discussed|negotiated|worked out|resolved|settled|agreed|decided)\b|"
            r"\b(?:issues|things|questions|details|points|matters) (?:left |still |remaining )?"
            r"to (?:negotiate|be negotiated|resolve|be resolved|settle|discuss|be discussed)\b|"
            r"\b(?:will|would) be (?:announced|decided|determined|set|worked out|finali[sz]ed|"
            r"negotiated|discussed|fixed) (?:later|within|separately|soon|in the coming|"
            r"at a later|in (?:future|subsequent|further) )|"
            r"\bto (?:discuss|work out|hammer out|finali[sz]e|agree on|settle|iron out|thrash out) "
            r"(?:the )?(?:remaining )?(?:details|modalities|specifics|mechanics|technicalities|"
            r"technical details|practicalities)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        # "Talks on security arrangements are due to resume within two weeks": a topic the
        # deal sent to later talks.
        "deferral",
        re.compile(
            r"\b(?:talks|negotiations|discussions) (?:on|over|about)\b[^.;]{0,160}?\b(?:will|"
            r"would|are due to|are set to|are expected to|are to) (?:resume|continue|"
            r"reconvene|begin|start|open)\b|"
            r"\b(?:talks|negotiations|discussions) (?:will|would|are due to|are set to|"
            r"are expected to) (?:resume|continue|reconvene) (?:on|over|about|to discuss|"
            r"to settle|later)\b|"
            # "The fate of the monarchy will be decided by the assembly": a question sent on.
            r"\b(?:fate|future|status|question) of\b[^.;]{0,60}?\b(?:will|would|is to) be "
            r"(?:decided|determined|settled|resolved)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        "uncertainty",
        re.compile(
            r"\b(?:unknown|unclear|uncertain|not (?:yet |immediately )?(?:clear|known|certain)) "
            r"(?:if|whether|how|when|what|who|why|where|that)\b|\b(?:was|is|are|were|remains?|"
            r"remained) (?:still |also )?(?:unclear|uncertain)\b|\bremains? (?:to be seen|unclear|"
            r"uncertain|unknown|in doubt|in question)\b|\bit is not known\b|"
            r"\bquestions? (?:also |still )?(?:remain|remains|remained|persist|over|about|"
            r"linger)\b|"
            r"\bno guarantee\b|\bopen question\b|"
            # "The Kremlin gave no sign that the truce would be prolonged".
            r"\b(?:(?:has|have|had) )?(?:gave|given|give|gives|giving|showed|shown|shows|"
            r"offered) no (?:clear )?(?:sign|signs|"
            r"indication|hint)\b|"
            r"\bno word (?:yet )?(?:on|about|of|as to) (?:when|whether|how|if|what|who)\b|"
            r"\b(?:nobody|no one) (?:is|was|can be) (?:sure|certain)\b|"
            r"\b(?:is|was|are|were) (?:still |yet )to come\b|"
            r"\b(?:has|have|had) never (?:before )?been (?:attempted|tried|done)\b|"
            r"\bno (?:clear )?signs? (?:yet )?(?:of|that)\b(?! (?:the )?(?:fighting|violence|"
            r"violations?|attacks?|shelling|clashes|breaches)\b)|"
            r"\b(?:neither|none|no one|nobody)\b[^.;]{0,60}\b(?:said|say|says|indicated|explained|"
            r"disclosed) (?:whether|when|how|if)\b|"
            r"\bnot (?:yet )?(?:said|indicated|explained|disclosed) (?:whether|when|how|if)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        # "questioned who would pay for the monitors", "could not be independently verified".
        "uncertainty",
        re.compile(
            r"\bwho (?:would|will|is to|is going to|should) (?:pay|fund|finance|foot|verify|"
            r"monitor|enforce|police|guarantee)\b|"
            r"\bhow (?:it|they|the [\w-]+) (?:would|will|could) be (?:paid for|funded|financed|"
            r"enforced|verified|monitored|policed)\b|"
            r"\b(?:could not|cannot|couldn['’]t|was unable to|were unable to|"
            r"(?:has|have|had) not (?:been )?able to) (?:be )?"
            r"(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)\b|\bunverified\b|"
            r"\b(?:not|cannot|n['’]t|neither|none|no)\b[^.;]{0,60}?\bindependently "
            r"(?:verif|confirm)",
            _FLAGS,
        ),
        False,
    ),
    (
        "pending",
        re.compile(
            r"\b(?:must|has|have|needs?|is|are) (?:still |yet )?(?:to )?be "
            r"(?:ratified|approved|endorsed|signed off|signed)\b|\bnot (?:yet )?(?:been )?"
            r"(?:ratified|approved|accepted|endorsed)\b|\b(?:pending|awaits|awaiting|subject to) "
            r"(?:\w+ )?(?:approval|ratification|endorsement)\b|"
            r"\b(?:must|has to|have to|needs? to) (?:still|yet|first|also) (?:ratify|approve|"
            r"endorse)\b|"
            r"\bnot (?:yet )?(?:been )?(?:submitted|sent|put) to (?:parliament|congress|the senate|"
            r"lawmakers|the legislature|a vote)\b|"
            # "will require changes to national law": a step still to be taken at home.
            r"\b(?:will|would|must) (?:first )?require (?:changes|amendments) to\b|"
            r"\b(?:requires?|will need|would need|needs) (?:the )?(?:parliamentary|"
            r"congressional|legislative|senate|parliament['’]s|congress['’]s) (?:approval|"
            r"ratification|consent)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        "not yet done",
        re.compile(
            r"\b(?:had|has|have|is|are|was|were)(?: still)? not yet\b|"
            r"\b(?:has|have|had) (?:still )?yet to\b|"
            r"\b(?:has|have|had) never been (?:held|implemented|carried out|honou?red|paid|"
            r"delivered|enforced|applied)\b|"
            r"\b(?:remain|remains|remained|are still|were still) (?:held|in captivity|missing|"
            r"unaccounted for|in (?:[\w’'-]+ )?(?:hands|custody))\b",
            _FLAGS,
        ),
        False,
    ),
    (
        # "Neither side has pulled back a single soldier": a term not carried out.
        "not yet done",
        re.compile(
            r"\b(?:neither|none of the|no) (?:side|party|parties|country|countries|army|armies)\s+"
            r"(?:has|have|had)\s+(?:yet\s+|so far\s+)?(?:pulled back|withdrawn|released|disarmed|"
            r"handed over|implemented|given up|moved|begun|demobili[sz]ed)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        "condition",
        re.compile(
            r"\b(?:would|will|could|may|might) depend (?:\w+ )?on\b|"
            r"\b(?:conditional|contingent) (?:on|upon)\b|\bhinges? on\b|"
            r"\b(?:deal|agreement|accord|truce|cease-?fire|pact|it|implementation|pullout|"
            r"withdrawal)\s+(?:\w+\s+)?depends on\b|"
            # "Baku will not sign until Yerevan amends its constitution": a precondition.
            r"\b(?:will not|won['’]t|would not|wouldn['’]t|refused to|refuses to|refuse to)\s+"
            r"(?!(?:take effect|begin|start|come into force|enter into force|expire|end|apply)\b)"
            r"(?:[\w’'-]+\s+){1,8}?(?:until|unless)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        "limited scope",
        re.compile(
            r"\b(?:covers?|covered|applies|applied|includes?|included|benefits?) only\b|"
            r"\bonly (?:covers?|applies|includes?|some|part of|a fraction|a handful|a minority)\b|"
            # "He acknowledged that the EU had wanted more": less than a party sought.
            r"\b(?:wanted|hoped for|sought|asked for|pushed for) (?:much |far |a lot )?"
            r"more(?=[.,;!?’'\"”])",
            _FLAGS,
        ),
        False,
    ),
    (
        "sticking point",
        re.compile(
            r"\bsticking[- ]points?\b|\bobstacles?\b|\bthorn(?:y|ier|iest)\b|\bcontentious\b|"
            r"\bnot (?:yet )?(?:reached|found|struck) (?:an? |any )?(?:agreement|deal|consensus)\b|"
            r"\b(?:failed|fail|fails|unable) to (?:agree|reach (?:an? |any )?(?:agreement|deal|"
            r"consensus)|bridge)\b|"
            r"\bstumbling[- ]blocks?\b|\b(?:repeatedly |have |has |had )stalled\b|"
            r"\bchallenges? (?:that |which )?(?:we |they |it )?(?:must|still|need to|have to)"
            r" (?:now |still )?overcome\b|\bhurdles? (?:remain|ahead|to overcome)\b|\b(?:remain|"
            r"remained|remains) "
            r"(?:divided|at odds|far apart)\b|\boutstanding (?:issues?|questions?|disputes?)\b|"
            r"\bdisagree(?:ment|ments|d)?\b|\b(?:differences|divisions|disputes?|row|wrangling|"
            r"split) over\b|\bimpasse\b|\bdeadlock(?:ed)?\b|\bbone of "
            r"contention\b|\bunresolved\b|\bpositions? (?:on [\w’' -]{1,40} )?"
            r"(?:was|is|remains?|remained|were|are) (?:unchanged|the same)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        # "Previous ceasefires announced since April collapsed within hours": earlier deals
        # of the kind (plural: a pattern, not one dated event) that did not hold.
        "track record",
        re.compile(
            r"\b(?:previous|earlier|past|prior|several|many) (?:[\w-]+ ){0,2}?(?:cease-?fires|"
            r"truces|deals|agreements|accords|pacts)\b[^.;]{0,120}?\b(?:collapsed|broke down|"
            r"unravell?ed|fell apart|failed)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        "violation",
        re.compile(
            r"\b(?:fighting|shelling|clashes|attacks|strikes|violence|hostilities|bombardment|"
            r"firing|air ?strikes|skirmishes|killings|raids|incursions)\s+(?:\w+\s+)?"
            r"(?:continued|continues|continue|continuing|"
            r"persisted|persists|raged|rages|went on|goes on|resumed|resumes)\b|"
            # "Fighting between the M23 and pro-government militias continued ...".
            r"\b(?:fighting|clashes|attacks|strikes|shelling)\s+(?:between|on|against|in|around|"
            r"near|along)\s[^.;,]{1,80}?\s(?:continued|continues|went on|goes on|raged|"
            r"would continue|will continue)\b|"
            # Fighting that "erupted" is the war's start unless it is new fighting.
            r"\b(?:fresh|new|renewed) (?:fighting|shelling|clashes|violence|attacks)\s+"
            r"(?:\w+\s+)?(?:erupted|broke out)\b|"
            r"\bviolat(?:ed|ing|ion|ions|es|e)\b|\bbreach(?:ed|es|ing)?\b|\bdespite (?:the|a)\s+"
            r"(?:[\w-]+\s+){0,2}?(?:cease-?fire|truce|deal|agreement|accord|pact)\b|"
            r"\bland[- ]grab(?:bing|s)?\b|\baccus(?:ed|ing|e|es) each other\b|"
            r"\b(?:broke|broken|collapsed?|unravell?ed|faltered|crumbled|shattered)\b.{0,40}"
            r"\b(?:cease-?fire|truce|deal|agreement|accord)\b|\b(?:cease-?fire|truce|deal|"
            r"agreement|accord)\b.{0,40}\b(?:broke down|collapsed|was broken|unravell?ed|"
            r"was shattered)\b|"
            r"\b(?:gunfire|shelling|air ?strikes|strikes|clashes|fighting|explosions|rockets?|"
            r"bombardment|attacks?|shots|firing|drone strikes)\b.{0,120}?\b(?:hours|days|minutes|"
            r"shortly|moments|soon|just) (?:after|into)\b|"
            r"\breported (?:heavy |sporadic |renewed |fresh |new )?(?:air ?strikes|gunfire|"
            r"shelling|clashes|fighting|explosions)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        # Violations said with common words ("still", "within"): a two-word gate of their own.
        "violation",
        re.compile(
            r"\b(?:fighting|shelling|clashes|attacks|gunfire|firing|air ?strikes|skirmishes|"
            r"explosions)\s+(?:was|were|is|are|had been|has been)\s+still\b|"
            r"\bwithin (?:\w+ )?(?:hours?|minutes?) of (?:the )?(?:truce|cease-?fire|pause|deal|"
            r"agreement) (?:taking effect|coming into force|starting|beginning|being announced)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        "doubt",
        _at_word_start(
            r"(?<!dismissed such )(?<!dismissed the )(?<!rejected such )(?<!brushed off )"
            r"\bcritic(?:s|ism|ised|ized|ise|ize|ises|izes|"
            r"ising|izing)\b|\bcritic\b(?!\s+(?!of\b|said\b|says\b|who\b|warned\b)[a-z])|"
            r"\bunhappy\b|\bdissatisfied\b|\buneas(?:e|y|iness)\b|\bwary\b|\bmistrust\b|"
            r"\bdistrust(?:ful)?\b|\bworried that\b|"
            r"\bthreaten(?:ed|s|ing)? to (?:quit|resign|leave|walk out|withdraw from|pull out of|"
            r"topple|bring down|boycott)\b|"
            # "accused the premier of trading away sovereignty": criticism of the deal.
            r"\baccus(?:ed|es|ing) (?:[\w’'.-]+ ){1,4}?of (?:trading|giving|selling|signing away|"
            r"surrendering|capitulating|conceding|handing|bowing|caving|abandoning|sacrificing|"
            r"accepting|using)\b|"
            r"\bchallenge (?:the|this|that) (?:deal|agreement|accord|treaty|pact)\b|\bsceptic(?:s|"
            r"al|ism)?\b|"
            r"\bskeptic(?:s|al|ism)?\b|\bshaky\b|\btenuous\b|\bwith caution\b|"
            r"\b(?:guarded|sober|sombre|somber|downbeat|pessimistic|muted|cautionary) (?:note|tone|"
            r"optimism|welcome|response|reaction|assessment)\b|\bnote of caution\b|"
            r"\b(?:more|rather|sounded|was|were) guarded\b|"
            r"\bcautious(?:ly)?\b|\bcautioned\b|"
            r"\b(?:historic |big |grave )?mistake\b|"
            r"\b(?<!without )(?<!no )(?<!allayed )fears?\b|\bfeared\b|"
            r"\bdoubts?\b(?<!\bno doubt)(?<!\bno doubts)(?<!\bwithout doubt)(?<!\bwithout a doubt)|"
            r"\bdoubtful\b|\bdoubted\b|\bconcerns? (?:persist|remain|linger|grow)\b|"
            r"\bremains? (?:tense|fragile|volatile|precarious)\b|\bfragile\b|\bprecarious\b|"
            r"\bunder the bus\b|"
            # "Rwanda denies backing M23, although UN experts have said ...": a disputed denial.
            r"\bden(?:y|ies|ied)\b[^.;]{0,80}?,? (?:although|though|even though|but|despite)\b|"
            r"\bpaves? the way to\b|\bnightmare\b|\bfar worse\b|\b(?:bad|dangerous|"
            r"worrying) precedent\b|\bloophole|"
            r"\bsham\b|\bbetray(?:al|ed)?\b|\boff the hook\b|"
            # "rejected the result (of the vote)": an election, not the deal.
            r"\bdenounced\b|\bcondemned\b|\breject(?:ed|s)\b(?! (?:the |all )?(?:charges?|"
            r"accusations?|allegations?|claims?|results?|outcome|election|vote|verdict)\b)|"
            r"\brefused\b(?! (?:food|to eat|medical|treatment|bail)\b)|\bopposed\b|\bobjections?\b|"
            r"\bobject(?:ed|s)?(?<!not object)(?<!not objects)(?<!not objected)(?<!n't object)"
            r"(?<!n’t object)(?<!never object) to\b|\bwatered[- ]down\b|"
            r"\bvague(?:ly)?\b|\bambigu(?:ous|ity|ities)\b|"
            r"\b(?:would|will|does|did|do) not recogni[sz]e(?: (?:the|this|that|its|any)\b|"
            r"(?=[.,;]))|"
            r"\binsufficient\b|\binadequate\b|"
            r"\bprotest(?:ers|ors)\b(?:\s+[\w’'-]+){0,4}?\s+(?:gathered|rallied|marched|stormed|"
            r"took to|demonstrated|clashed|blocked|burned|chanted)\b|\bprotests? against\b|"
            r"\bprotested\b|(?<!lift its )(?<!lift their )(?<!drop its )(?<!lifts its )"
            r"(?<!lifted its )(?<!lifting its )\bveto\b|"
            r"\bcampaign(?:s|ing|ed)? against (?:the|this|a) (?:[\w-]+ )?(?:deal|accord|"
            r"agreement|pact|treaty|truce|cease-?fire|plan)\b|"
            r"\bwarned that\b[^.;]{0,120}\b(?:could|might|may)\b"
        ),
        False,
    ),
    (
        # Doubts made of common words ("will not last", "too little", "tried to block"): a
        # pattern of their own, so that its gate (two words) lets few sentences through.
        "doubt",
        _at_word_start(
            r"\b(?:huge|big|major|great) (?:gain|win|victory|concession)[’'\"”]? for\b|"
            r"\b(?:do|does|did) not (?:feel|believe|think|trust|expect)\b(?![^.;]{0,12}\bday\b)|"
            r"\bnot over\b|\b(?:sole|only|last) remaining\b|"
            r"\b(?:will not|won['’]t|would not|wouldn['’]t|may not|might not|unlikely to) "
            r"(?:last|hold|survive|work|succeed|stick|endure)\b|"
            r"\b(?:bad|terrible|worst|horrible|lousy) (?:deal|agreement|accord|treaty|pact)\b|"
            r"\b(?:question|questions|questioned|questioning|wonder|wonders|wondered|doubt) "
            r"(?:also )?(?:whether|if)\b|"
            r"\bvow(?:ed|s)? to (?:defeat|crush|destroy|eliminate|wipe out|fight on|keep fighting|"
            r"continue fighting|retake|annihilate)\b|"
            # Not rockets that "were intercepted or fell short".
            r"(?<!intercepted or )(?<!intercepted and )\b(?:falls?|fell|falling) (?:far |well )?"
            r"short\b|"
            r"\btoo (?:late|little|slow|slowly|weak|vague|small|narrow|limited|modest|many|few|"
            r"short|brief)\b|"
            r"\bwould not (?:allow|accept|tolerate|permit)\b|"
            # "restarting the wells could take months": a delay before the deal pays off.
            r"\b(?:could|may|might) take (?:up to |at least |as long as )?(?:\w+ )?"
            r"(?:months|years)\b|"
            r"\bwould take years\b|"
            # "That dispute could make it hard for Kabul to name a team".
            r"\b(?:could|may|might|would) (?:also )?(?:make it (?:hard|harder|difficult|"
            r"more difficult|impossible)|complicate|undermine|derail|jeopardi[sz]e|scupper)\b|"
            r"\b(?:i|we)(?: will|['’]ll) believe it when\b|"
            r"\bbroken (?:promises|pledges|commitments)\b|\bpromises (?:[\w’'-]+ ){0,3}?"
            r"(?:had |has |have )?broken\b|"
            # "This is a pause, not a peace": the deal said to be less than it claims.
            r"\b(?:a|an|just|only|merely) (?:[\w’'-]+ ){0,6}?[\w’'-]+, not (?:a |an |the )?"
            r"(?:lasting )?(?:peace|solution)\b(?! (?:treaty|deal|agreement|accord|process)\b)|"
            r"\b(?:try|tried|tries|trying|seek|seeks|sought|seeking|vow|vowed|vows) to "
            r"(?:block|kill|scuttle|derail|overturn|undo|sink|torpedo|scrap|"
            r"stop (?:it|the (?:deal|agreement|accord|pact)))\b"
        ),
        False,
    ),
    (
        # Round 6: exchanges of fire reported, the deal called a capitulation, concerns
        # voiced, a text short on detail, opposition to the deal.
        "violation",
        re.compile(
            r"\b(?:exchanges of fire|skirmishes|clashes|gunfire|shelling|shooting)\s+"
            r"(?:was|were)\s+(?:also\s+)?reported\b|"
            # "Explosions were heard over the city last night", "sirens sounded".
            r"\b(?:explosions|blasts|gunfire|shelling|sirens)\s+(?:were\s+|was\s+)?(?:heard|"
            r"sounded|rang out)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        # "killed ... after the truce took effect", "rockets fired after the deadline".
        "violation",
        re.compile(
            r"\b(?:killed|wounded|struck|shelled|bombed|attacked)\b[^.;]{0,80}?\bafter the (?:deal|"
            r"truce|cease-?fire|agreement|accord)\s+(?:was|had been|took|came)\b|"
            r"\b(?:rockets?|missiles?|shells?|drones?)\s+(?:were\s+)?(?:launched|fired)\s+after\s+"
            r"the\s+(?:deadline|truce|cease-?fire)\b",
            _FLAGS,
        ),
        False,
    ),
    (
        # "accused Israel of delaying the release of prisoners".
        "violation",
        _at_word_start(
            r"\baccus(?:ed|es|ing) (?:[\w’'.-]+ ){1,4}?of (?:delaying|stalling|obstructing|"
            r"blocking|reneging|breaking|violating|breaching|backtracking|dragging)\b"
        ),
        False,
    ),
    (
        "doubt",
        _at_word_start(
            r"\b(?:voiced|raised|expressed|voicing|raising|expressing) (?:[\w-]+ )?(?:concerns?|"
            r"reservations|alarm|unease|doubts?)\b|"
            r"\b(?:opposition|resistance|hostility) (?:[\w-]+ )?(?:to|against) (?:the|this|an?) "
            r"(?:[\w-]+ )?(?:deal|agreement|accord|pact|treaty|truce|cease-?fire|plan)\b"
        ),
        False,
    ),
    (
        # Round 6, from the released dev-style batches: denials of a term, parties left
        # uninformed or away from the table, conditions, deferrals to later rounds.
        "absence",
        _at_word_start(
            r"\bnot (?:been )?(?:told|informed|briefed|notified|warned) (?:in advance|beforehand|"
            r"of|about|before)\b"
        ),
        False,
    ),
    (
        "absence",
        _at_word_start(
            r"\bcaught (?:[\w’'-]+ ){0,8}?off[- ]guard\b|"
            r"\bcatch (?:[\w’'-]+ ){0,8}?off[- ]guard\b|"
            r"\b(?:stayed|stay|stays|staying|walked) away\b|\bwalked out\b|"
            r"\b(?:would|will|did|does|do) not sign(?= (?:because|until|unless|it|on|the (?:deal|"
            r"agreement|accord|treaty|text|declaration|document))\b|[.,;])|"
            r"\b(?:refused|declined|refuses|declines) to "
            r"sign\b|\bboycott(?:ed|ing|s)? the (?:talks|signing|ceremony|deal|agreement|accord)\b|"
            r"\b(?:avoided|avoids|declined|refused) (?:to (?:make|give) )?(?:any |a )?"
            r"(?:commitment|pledge|promise)\b|"
            r"\bnor (?:does|did|do|will|would) (?:[\w’'-]+ ){1,4}?(?:address|include|set out|say|"
            r"mention|cover|provide|specify|give|contain|spell out)\b|"
            r"\bno clause\b"
        ),
        False,
    ),
    (
        "doubt",
        _at_word_start(
            r"\bden(?:ied|ies|y) (?:that )?(?:[\w’'-]+ ){0,6}?(?:had (?:been )?agreed|was agreed|"
            r"were agreed|any (?:commitment|deal|agreement|promise|concession|pledge)|"
            r"had made any)\b|"
            r"\b(?:would|will|prefer to|plan to|planned to) wait (?:to see|before|until|for)\b|"
            r"\b(?:very |quite |sharply |markedly )?(?:different|conflicting|contradictory|"
            r"competing|opposite) (?:readings?|interpretations?|accounts?|versions?)\b|"
            r"\b(?:questioned|wondered|questioning|wondering) how (?:long|much|many|"
            r"the|it|they|this)\b|"
            r"\b(?:could|may|might) (?:still |yet |easily )?(?:unravel|collapse|fall apart|"
            r"founder)\b|"
            r"\bfar from (?:enough|sufficient|adequate)\b|"
            r"\b(?:was|is|were|are|would be|will be) not (?:nearly )?enough\b"
        ),
        False,
    ),
    (
        # "left Mr Mugabe with far too much power", "the deal gives away too much".
        "doubt",
        _at_word_start(
            r"\b(?:far|much|way) too much\b|"
            r"\btoo much (?:power|control|influence|ground|territory)\b|"
            r"\b(?:gives?|gave|giving) away (?:too|far|much|so|the|our|its|their)\b"
        ),
        False,
    ),
    (
        # "Security sources warned last night that dissidents could attack".
        "doubt",
        _at_word_start(
            r"\bwarn(?:ed|s) (?:[\w’'-]+ ){1,3}?that\b[^.;]{0,120}\b(?:could|might|may)\b"
        ),
        False,
    ),
    (
        "deferral",
        _at_word_start(
            r"\bleft (?:to|for) (?:a |the )?(?:later|future|subsequent|further|next|another|"
            r"separate) (?:rounds?|talks|negotiations|stages?|phases?|meetings?)\b"
        ),
        False,
    ),
    (
        "condition",
        _at_word_start(r"\bonly (?:after|if)\b(?! (?:the )?(?:signing|talks)\b)"),
        False,
    ),
    (
        "limited scope",
        _at_word_start(r"\b(?:all|the) remaining (?:detainees|prisoners|hostages|captives)\b"),
        False,
    ),
    (
        # "The two governments have signed ceasefires before, and both were broken".
        "track record",
        _at_word_start(
            r"\b(?:signed|agreed|declared|reached) (?:[\w-]+ )?(?:cease-?fires|truces|deals|"
            r"agreements|accords) before\b"
        ),
        False,
    ),
    (
        "absence",
        _at_word_start(
            r"\b(?:short|light|thin|vague|sketchy|scant) on (?:detail|details|specifics|"
            r"substance)\b|\blacks? (?:detail|details|specifics)\b"
        ),
        False,
    ),
    (
        "doubt",
        re.compile(
            r"\bwarn(?:ed|s|ing)?\b|\bconcerns?\b|\brisk(?:s|ed|ing)?\b|"
            r"\bquestioned\b|\bapparent\b|\bwhether\b",
            _FLAGS,
        ),
        True,
    ),
)

# Open-issue categories that do not stop a sentence from also being a clause.
_CLAUSE_COMPATIBLE = frozenset({"deferral", "pending"})

# --- sentence parts ------------------------------------------------------------------

_LEADERS = re.compile(
    r"^(?:[\"“‘']\s*)?(?:(?:in addition to [^,]{1,80},|(?:and|but|so|however|meanwhile|firstly|"
    r"secondly|thirdly|first|second|third|finally|also|moreover|in addition|additionally|"
    r"crucially|separately|still|yet|indeed)\b,?)\s*)+",
    _LABEL_FLAGS,
)
_PREFIX_CLAUSE = re.compile(
    rf"^(?:(?:under|as part of|in line with|in accordance with)\s+[^,]{{0,80}}?"
    rf"{_AGREEMENT}[^,]{{0,40}}|according to [^,]{{1,80}}),\s*",
    _LABEL_FLAGS,
)
_LABEL_TAIL = re.compile(
    r",\s+(?:which|who|where|whose|in a move|according to|(?:[\w.’'-]+\s+){0,3}(?:said|says|"
    r"added|told|reported|announced)\b)|\s+[—–]\s+",
    _LABEL_FLAGS,
)
_REPORTED_THAT = re.compile(
    r"^[^,\"“‘]{0,120}?\b(?:said|says|announced|stated|reported|confirmed|told \w+(?: \w+)?)"
    r"(?:\s+(?:on\s+)?\w+)?\s+that\s+",
    _LABEL_FLAGS,
)
_ATTRIBUTION_TAIL = re.compile(
    r"[,.!?]?\s*[”\"’']\s*,?\s+(?:[\w.’'-]+\s+){0,5}?(?:said|says|added|told|stated|"
    r"announced|declared|noted)\b.*$",
    _LABEL_FLAGS,
)
# Where a sentence listing terms can be cut: the next piece must bring its own verb.
_BOUNDARY = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+with\s+|\s+and\s+|,\s+")
_OWN_PREDICATE = re.compile(
    r"^(?!(?:where|which|who|whom|whose|when|that|"
    r"(?:after|during|by|in|at|until|from) which)\b)(?:(?:also\s+)?(?:reiterated|reaffirmed|"
    r"agreed|decided|pledged|committed|promised|vowed|undertook|handed over|handed back|"
    r"released|freed|repatriated)\b"
    r"|(?:the\s+|a\s+|an\s+|all\s+|its\s+|their\s+)?(?:[\w’'.-]+\s+){1,9}?"
    r"(?:will|shall|would|are to|is to|are due to|is due to|must|agreed|pledged|committed|"
    r"promised|vowed|signed|released|freed|pardoned|commuted|lifted|withdrew|commit|agree|"
    r"handed over|handed back|returned|exchanged|swapped|repatriated|"
    r"pledge|undertake|undertook)\s+\w+)",
    _FLAGS,
)
# "between the Taliban and ...": the "and" closes a pair, it does not start a term.
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:[\w’'.-]+\s+){0,4}[\w’'.-]+$")
# "..., with a buffer zone created between the frontlines" is a term of its own; "...,
# with decommissioning to be completed by Dec. 31" is the deadline of the term before it.
_WITH_PARTICIPLE = re.compile(
    r"^(?!(?:[\w’'-]+\s+){0,4}?to\s+be\b)(?:an?\s+|the\s+)?(?:[\w’'-]+\s+){0,4}?"
    r"(?:\w+ed|set up|drawn|built|made|held|"
    r"kept|put in place|being \w+ed)\b",
    _FLAGS,
)
_HAS_PREDICATE = re.compile(
    r"\b(?:will|shall|would|are to|is to|are due to|is due to|must|agreed|pledged|undertaken|"
    r"undertook|committed|(?:agree|commit|pledge|undertake)s? (?:themselves |itself )?to)\b",
    _FLAGS,
)
# A handover told in the past also makes a part a term of its own ("each side released 246
# prisoners, and Russia also handed over 31 wounded soldiers").
_HAS_PAST_HANDOVER = re.compile(
    r"\b(?:released|freed|handed over|handed back|returned|exchanged|swapped|repatriated)\b"
    # "a statement released after two days of talks": a participle, not a handover.
    r"(?!\s+(?:after|by|on|at|in|from|during|last|earlier|this|when|under|home)\b)"
)

_HANDOVER_WORDS = frozenset(
    {"released", "freed", "handed", "returned", "exchanged", "swapped", "repatriated"}
)
_SPLIT_GATE = _HANDOVER_WORDS | frozenset(
    {
        "will",
        "shall",
        "would",
        "to",
        "must",
        "agreed",
        "pledged",
        "reiterated",
        "reaffirmed",
        "undertaken",
        "undertook",
        "committed",
        "agree",
        "commit",
        "pledge",
        "undertake",
    }
)
# A block ending in a colon announces a list: it is prose ("The text has not been
# published. Officials have described its main points:").
_NON_PROSE_END = re.compile(r"[.!?…:]['\"’”»)\]]*\s*$")
# Bullets: one that opens a block or sentence, and one run into the text after a full
# stop, semicolon or colon ("... four days. • Israel will free ...").
_LEAD_BULLET = re.compile(r"\s*(?:[•▪◦‣●*]|[-–—](?=\s))\s*")
_INLINE_BULLET = re.compile(r"(?:(?<=\s)[•▪◦‣●]|(?<=[.;:!?…]\s)[-–*](?=\s))\s*")
# What a line announcing a list of agreed terms says.
_LIST_INTRO = re.compile(
    r"\b(?P<kw>agreed|agree|agrees|committed|commit|commits|pledged|pledge|pledges|undertook|"
    r"undertake|promised|terms|provisions|key points|main points|elements|measures|"
    r"commitments|obligations|"
    r"conditions|stipulat\w*|calls? for|provides? for|includes?|including|envisages?|"
    r"sets? out|lays? out|spells? out|outlines?|as follows|the following|highlights|"
    rf"under (?:the |its |their )?(?:[\w’'-]+\s+){{0,2}}?{_AGREEMENT})\b[^:]{{0,120}}:$"
)
_WORD = re.compile(r"\S+")
_QUOTED_LEAD = re.compile(
    r"\s*[\"“‘]\s*(?P<body>[^\"“”‘’]{8,}?)[,.!?]?\s*[\"”’]\s*,?\s+"
    r"(?:[\w.’'-]+\s+){0,6}?(?:said|says|added|told|stated|declared|announced|noted)\b"
)


# --- gates ---------------------------------------------------------------------------
# A cue's pattern runs on a sentence only when the sentence has a word every match of
# the pattern contains (one per set). Checking a set of words is much cheaper than a
# regex scan, and most sentences fail most gates, which keeps a 1 MB article fast.


def _ws(spec: str) -> frozenset[str]:
    return frozenset(spec.split())


_AGREEMENT_WORDS = _ws(
    """deal deals agreement agreements accord accords pact truce ceasefire ceasefires cease
    armistice treaty arrangement memorandum understanding framework roadmap road protocol
    settlement compact plan swap exchange text terms provisions declaration declarations
    sequence timetable statement communique communiqué"""
)
# Words that, alone, show a sentence is about the agreement ("terms", "plan", "text" are
# too common in other senses).
_DEAL_NAMES = _AGREEMENT_WORDS - _ws(
    "terms text plan exchange understanding settlement provisions road framework compact "
    "protocol arrangement swap sequence timetable statement communique communiqué"
)
_TYPED_WORDS = _ws(
    """cessation ceasefire ceasefires cease truce truces armistice pause pauses reduction
    reductions swap swaps exchange
    exchanges release releases deal deals agreement agreements accord accords pact pacts
    treaty treaties plan framework declaration declarations"""
)
_TERM_WORDS = _ws(
    """ceasefire ceasefires cease truce truces pause pauses hostilities fighting firing bombing
    attacks strikes shelling
    weapons arms artillery missiles troops forces soldiers fighters militia militias prisoner
    prisoners hostage hostages detainee detainees captive captives bodies remains aid
    humanitarian convoy convoys trucks food fuel medicine corridor corridors zone zones
    buffer patrol patrols monitor monitors monitoring observer observers inspector
    inspectors inspection inspections verification sanctions tariff tariffs quota quotas
    duties embassy embassies consulate consulates relations ties diplomat diplomats talks
    negotiations election elections referendum withdrawal pullback pull pullout exchange
    exchanges swap swaps release releases refugees displaced return returns flights air
    airspace crossing crossings border borders checkpoint checkpoints port ports uranium
    enrichment centrifuge centrifuges stockpile stockpiles reactor reactors plutonium
    frontline frontlines front demarcation blockade annexation settlement settlements repair
    repairs power compensation reparations amnesty constitution parameters mechanism
    mechanisms
    commission committee working deadline cooperation liaison recognition sovereignty
    peacekeeper peacekeepers peacekeeping integration disarmament demobilisation
    demobilization guarantor guarantors lawsuit lawsuits claims cases arbitration"""
)
_GATES: dict[re.Pattern[str], tuple[frozenset[str], ...]] = {
    _AGREE_VERB: (
        _ws(
            """agreed agrees agree agreeing pledged pledges pledge pledging committed commits commit
            committing
            undertook undertakes undertake undertaken promised promises vowed vows consented
            signed reaffirmed confirmed declared stated expressed"""
        ),
    ),
    _PLEDGED_MONEY: (_ws("pledged pledges promised promises committed commits offered offers"),),
    _AGREE_THAT: (
        _ws(
            """agreed agree agrees decided pledged committed reiterated reaffirmed recognise
            recognised recognises recognize recognized recognizes accept accepted accepts
            acknowledge acknowledged acknowledges"""
        ),
    ),
    _AGREED_PASSIVE: (_ws("agreed accepted approved endorsed ratified signed"),),
    _IMPLEMENTED: (
        _ws("have has had were was"),
        _ws(
            """released freed exchanged handed withdrawn pulled repatriated reopened lifted
            swapped returned"""
        ),
    ),
    _AGREE_OBJECT: (
        _ws("agreed agree agrees signed sealed struck clinched initialled initialed"),
        _TYPED_WORDS,
    ),
    _UNDER: (_ws("under part according line accordance"), _AGREEMENT_WORDS | {"proposal"}),
    _UNDER_ANY: (
        _ws(
            """under part line accordance fulfilling implementing exchange return mediated
            brokered reached struck signed"""
        ),
    ),
    _DEAL_SUBJECT: (
        _AGREEMENT_WORDS | {"it"},
        _ws(
            """call calls called provide provides provided include includes included
            envisage envisages envisaged envision envisions stipulate stipulates stipulated
            require requires required oblige obliges obliged allow allows allowed permit
            permits permitted grant grants granted guarantee guarantees guaranteed set sets
            establishes established open opens opened lift lifts lifted ban bans banned
            limit limits limited cap caps capped restrict restricts restricted preserve
            preserves preserved halt halts halted freeze freezes froze suspend suspends
            suspended foresee foresees foresaw commit commits committed outline outlines
            outlined spell spells spelled will would saw mandate mandates mandated create
            creates created give gives gave restore restores restored end ends ended cover
            covers covered applies applied secured secures resulted results brought stop stops
            stopped prevent prevents prevented run runs ran last lasts lasted expire expires
            expired valid can may sets lay lays laid recognises recognizes recognised
            recognized affirms reaffirms transfers assigns"""
        ),
    ),
    _DEAL_TO: (
        _ws(
            """reached struck signed sealed clinched concluded finalised finalized agreed announced
            unveiled"""
        ),
        _AGREEMENT_WORDS,
        _ws("to"),
    ),
    _ANNOUNCE: (
        _ws(
            """announced reached struck sealed clinched brokered declared secured unveiled
            agreed signed finalised finalized concluded ordered initialled initialed"""
        ),
        _TYPED_WORDS,
    ),
    _IN_FORCE: (_ws("force effect effective began begun started kicked went took taken"),),
    _END_DECLARED: (_ws("declared declare declares announced proclaimed"), _ws("end")),
    _ORDERED_HALT: (_ws("ordered"), _ws("stop halt cease suspend hold")),
    _MODAL: (_ws("will shall to would"), _TERM_WORDS),
    _MODAL_ACTION: (
        _ws("will shall to"),
        _ws(
            """release released releases free freed frees exchange exchanged exchanges hand
            handed withdraw withdrawn pull pulled lift lifted reopen reopened open opened allow
            allowed deploy deployed return returned repatriate repatriated repatriates
            evacuate evacuated evacuates disarm disarmed dismantle dismantled dismantles
            remove removed removes halt halted stop stopped cease ceased ceases suspend
            suspended recognise recognised recognises recognize recognized recognizes
            establish established resume resumed resumes expand expanded normalise normalised
            normalises normalize normalized normalizes respect respected observe observed
            observes monitor monitored verify verified inspect inspected set implement
            implemented reduce reduced reduces cut cap capped limit limited ship shipped
            deliver delivered pay paid compensate compensated compensates extend extended
            last expire run come take begin start end agree negotiate hold draw meet guide
            guided guides escort escorted provide provided provides facilitate facilitated
            ensure ensured protect protected supervise supervised oversee overseen patrol
            patrolled refrain abide comply vacate vacated transfer transferred grant granted
            station stationed maintain maintained renew renewed convene convened register
            registered share shared license licensed licence licenced nominate nominated
            appoint appointed elect elected form formed head headed chair chaired lead led
            choose chosen name named select selected become exist operate function sign
            signed vote mirror mirrored reciprocate reciprocated reciprocates drop dropped
            waive waived waives renounce renounced renounces abandon abandoned act serve carry
            carried pass repeal repealed amend amended review reviewed replace replaced replaces
            create created creates draft drafted adopt adopted abolish abolished merge merged
            merges integrate integrated integrates bring link linked absorb absorbed rebuild
            decommission decommissioned demobilise demobilised demobilises demobilize
            demobilized demobilizes"""
        ),
    ),
    _REPORTED_ACTION: (_ws("said says announced confirmed added adding stated"), _ws("would")),
    _OPINION_ASIDE: (
        _ws("hope hopes hoped described called hailed sees saw believe believes believed calls"),
    ),
    _CONTRAST: (_ws("but though although however yet while"),),
    _CHARACTERISE: (_ws("is was"), _DEAL_NAMES | {"peace"}),
    _OPINION: (
        _ws(
            """hoped hoping hopeful hope hopes wish wished wishes praised hailed welcomed
            lauded believe believes believed think thinks thought predicted predicts like
            glimmer urged insisted called calls warn warned warns warning risk risks calling
            described era chapter page turning door insists argues argued contends
            contended"""
        ),
    ),
    _BACKGROUND: (
        _ws(
            """proposed proposal previously formerly past year ago agreed brokered draft first
            previous earlier former more fewer many countless"""
        ),
    ),
    _PREDICTION: (_ws("there will to hesitate"),),
    _TERMS_RE: (_TERM_WORDS,),
    _TYPED_RE: (_TYPED_WORDS,),
    _AGREEMENT_RE: (_AGREEMENT_WORDS,),
}
_ISSUE_GATES: tuple[tuple[frozenset[str], ...], ...] = (
    (
        _ws("not didn doesn don won failed fails fail"),
        _ws(
            """address establish include mention cover specify resolve settle say spell set
            provide deal tackle guarantee require touch name define get go disclose reveal
            explain detail indicate authorize authorise lift give fix contain offer restore"""
        ),
    ),
    (
        _ws(
            """no not silent nothing left leaves leave leaving unaddressed unresolved without
            excluded omitted omits failure failures made nothing bound sign neither behind
            unanswered undecided unsettled given set offered named questions issues matters
            details disputes consulted there secret confidential wraps"""
        ),
    ),
    (
        _ws(
            """later yet still left negotiated determined decided agreed worked settled must
            need needs have has issues things questions details points matters negotiate
            resolve resolved settle discuss
            discussed finalised finalized announced defined future subsequent further follow
            postponed deferred put pushed shelved second modalities specifics mechanics
            technicalities practicalities aside those these remaining outstanding address tackle
            take leaves leave leaving remain remains remained"""
        ),
    ),
    (
        _ws("talks negotiations discussions fate future status question"),
        _ws("resume continue reconvene begin start open decided determined settled resolved"),
    ),
    (
        _ws(
            """unknown unclear uncertain clear known certain seen doubt question questions
            guarantee sign signs said say says indicated explained disclosed come word sure
            attempted tried done indication hint"""
        ),
    ),
    (
        _ws(
            """who pay fund finance foot verify monitor enforce police guarantee independently
            how verified confirm confirmed unverified able"""
        ),
    ),
    (
        _ws(
            """ratified approved endorsed signed accepted approval ratification
            endorsement ratify approve endorse require requires need needs submitted sent put"""
        ),
    ),
    (
        _ws("not yet never remain remains remained still"),
        _ws(
            """yet held implemented carried honoured honored paid delivered enforced applied
            captivity missing unaccounted hands custody"""
        ),
    ),
    (
        _ws("neither none no"),
        _ws(
            """pulled withdrawn released disarmed handed implemented given moved begun
            demobilised demobilized"""
        ),
    ),
    (_ws("depend depends depending conditional contingent hinge hinges until unless"),),
    (_ws("only more"),),
    (
        _ws(
            """sticking obstacle obstacles thorny contentious stumbling remain remained remains
            outstanding disagree disagreement
            disagreements disagreed impasse differences divisions dispute disputes row
            wrangling split deadlock deadlocked bone unresolved unchanged same thornier
            thorniest reached found struck stalled challenge challenges hurdle hurdles failed
            fail fails unable"""
        ),
    ),
    (
        _ws("previous earlier past prior several many"),
        _ws("collapsed broke unravelled unraveled fell failed"),
    ),
    (
        _ws(
            """continued continues continue continuing persisted persists raged rages went resumed
            resumes erupted broke violated violating violation violations violates violate goes
            breach breached breaches breaching despite land accused accusing accuse accuses
            broken collapsed collapse unravelled unraveled faltered crumbled shattered hours days
            minutes shortly moments soon just reported"""
        ),
    ),
    (
        _ws("still within"),
        _ws(
            """fighting shelling clashes attacks gunfire firing strikes airstrikes air skirmishes
            explosions truce ceasefire cease pause deal agreement"""
        ),
    ),
    (
        _ws(
            """critics critic criticism criticised criticized criticise criticize criticises
            criticizes criticising criticizing critical sceptical scepticism skeptical
            skepticism sceptic sceptics skeptic skeptics shaky tenuous caution cautious cautiously
            cautioned mistake fears fear feared doubt
            doubts doubtful doubted concern concerns tense volatile fragile precarious
            bus paves pave nightmare worse precedent hook loophole loopholes sham betrayal
            betray betrayed denounced condemned rejected rejects refused opposed objection
            objections insufficient inadequate protesters protestors
            protest protests protested veto
            campaign campaigns campaigning campaigned warned object objected objects watered vague
            vaguely ambiguous ambiguity ambiguities recognise recognize unhappy dissatisfied
            unease uneasy uneasiness challenge wary mistrust distrust distrustful accused
            accuses accusing worried threatened threatens threaten threatening guarded
            deny denies denied sober sombre somber downbeat pessimistic muted cautionary"""
        ),
    ),
    (
        _ws(
            """huge big major great not won wouldn sole only last unlikely bad terrible worst
            horrible lousy question questions questioned questioning wonder wonders wondered
            doubt vow vowed vows falls fall fell falling too try tried tries trying seek seeks
            sought seeking believe broken promises could may might would"""
        ),
        _ws(
            """gain win victory concession feel believe think trust expect over remaining last
            hold survive work succeed stick endure deal agreement accord treaty pact whether if
            defeat crush destroy eliminate wipe fight keep continue retake annihilate short late
            little slow slowly weak vague small narrow limited modest block kill scuttle derail
            overturn undo sink torpedo scrap stop allow accept tolerate permit peace solution
            many few short brief when promises pledges commitments broken take make complicate
            undermine
            derail jeopardise jeopardize scupper"""
        ),
    ),
    (
        _ws("exchanges skirmishes clashes gunfire shelling shooting explosions blasts sirens"),
        _ws("reported heard sounded rang"),
    ),
    (
        _ws(
            """rocket rockets missile missiles shells drone drones killed wounded struck shelled
            bombed attacked"""
        ),
        _ws("after"),
        _ws("deadline truce ceasefire cease deal agreement accord"),
    ),
    (
        _ws("accused accuses accusing"),
        _ws(
            """delaying stalling obstructing blocking reneging breaking violating breaching
            backtracking dragging"""
        ),
    ),
    (
        _ws(
            """voiced raised expressed voicing raising expressing opposition
            resistance hostility"""
        ),
    ),
    (_ws("told informed briefed notified warned"), _ws("not")),
    (
        _ws(
            """caught catch away walked sign boycott boycotted boycotting boycotts commitment
            pledge promise nor clause"""
        ),
    ),
    (
        _ws(
            """denied denies deny wait reading readings interpretation interpretations account
            accounts version versions
            questioned wondered questioning wondering unravel collapse apart founder
            enough sufficient adequate"""
        ),
    ),
    (_ws("much away"), _ws("too give gives gave giving")),
    (_ws("warned warns"), _ws("could might may")),
    (_ws("left"), _ws("to for")),
    (_ws("only"), _ws("after if")),
    (_ws("remaining"),),
    (_ws("before"), _ws("ceasefires truces deals agreements accords")),
    (_ws("short light thin vague sketchy scant lack lacks"),),
    (
        _ws(
            """warn warned warns warning concern concerns risk risks risked risking questioned
            apparent whether"""
        ),
    ),
)
_ATTRIBUTION_GATE = re.compile(r"(?:said|says|told|announced|added|stated|confirmed)")
_GATES[_ATTRIBUTION_GATE] = (_ws("said says told announced added stated confirmed"),)
_TOKEN = re.compile(r"[a-z]+")


def _words_of(low: str) -> frozenset[str]:
    return frozenset(_TOKEN.findall(low))


# Keyed by id: hashing a compiled pattern hashes its whole source, on every lookup.
_GATES_BY_ID = {id(pattern): gates for pattern, gates in _GATES.items()}


def _open(pattern: re.Pattern[str], words: frozenset[str]) -> bool:
    """True when ``words`` pass every gate of ``pattern`` (patterns without gates pass)."""
    return all(not gate.isdisjoint(words) for gate in _GATES_BY_ID.get(id(pattern), ()))


def _search(pattern: re.Pattern[str], low: str, words: frozenset[str]) -> re.Match[str] | None:
    """``pattern.search(low)``, skipped when a gate of the pattern shares no word with
    the sentence (``words``)."""
    for gate in _GATES_BY_ID.get(id(pattern), ()):
        if gate.isdisjoint(words):
            return None
    return pattern.search(low)


def _lower(text: str) -> str:
    """``text`` in lower case, keeping every offset (characters whose lower case is longer
    than one character, like "İ", stay as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


@dataclass(frozen=True, slots=True)
class _Part:
    """A piece of a sentence: ``start``/``end`` index the document text."""

    start: int
    end: int


def _intro_of(low: str) -> str | None:
    """The words that make ``low`` (a sentence ending in a colon) announce a list of terms."""
    head = low.rstrip()
    if not head.endswith(":"):
        return None
    m = _LIST_INTRO.search(head[-300:])
    return " ".join(m.group("kw").split()) if m else None


def _list_pieces(
    text: str, lower: str, start: int, end: int, intro: str | None
) -> Iterator[tuple[int, int, str | None]]:
    """A sentence cut at the bullets it holds ("• Hamas will release ... • Israel will ..."),
    each piece with the list's introduction (the words before the first bullet when they
    end in a colon, else ``intro``)."""
    cuts = [m for m in _INLINE_BULLET.finditer(text, start, end) if m.start() > start]
    lead = _LEAD_BULLET.match(text, start, end)
    if not cuts:
        yield (lead.end() if lead else start), end, (intro if lead else None)
        return
    first = cuts[0].start()
    own_intro = _intro_of(lower[start:first])
    if own_intro is not None:
        intro = own_intro
    if lead or own_intro is None:
        yield (lead.end() if lead else start), first, (intro if lead else None)
    else:
        yield start, first, None
    for k, m in enumerate(cuts):
        piece_end = cuts[k + 1].start() if k + 1 < len(cuts) else end
        yield m.end(), piece_end, intro


def _prose_sentences(doc: Document, lower: str) -> Iterator[tuple[int, int, str | None, int]]:
    """(start, end, list introduction, block) of the sentences or list items of prose blocks.

    Headings, bylines, datelines and headlines (short blocks with no closing punctuation)
    carry no terms of an agreement and are skipped. A list item after a line that
    announces terms ("The two sides committed to:", "The main terms:") carries that
    line's words, whether the list is in its own blocks or run into one paragraph.
    """
    intro: str | None = None
    for block in doc.blocks:
        if block.kind == "heading":
            intro = None
            continue
        body = doc.text[block.start : block.end]
        is_item = block.kind == "list_item" or _LEAD_BULLET.match(body) is not None
        if not is_item:
            intro = _intro_of(lower[max(block.start, block.end - 400) : block.end])
        if (
            len(doc.blocks) > 1
            and not is_item
            and not _NON_PROSE_END.search(body)
            and len(_WORD.findall(body[:400])) < 30
        ):
            continue
        item_intro = intro if is_item else None
        for i in block.sentences:
            s = doc.sentences[i]
            if block.kind == "list_item" and i == block.first_sentence:
                # A list item of a Markdown list: its marker is already gone.
                pieces = list(_list_pieces(doc.text, lower, s.start, s.end, item_intro))
                first_start, first_end, _ = pieces[0]
                pieces[0] = (first_start, first_end, item_intro)
            else:
                pieces = list(_list_pieces(doc.text, lower, s.start, s.end, item_intro))
            for p_start, p_end, p_intro in pieces:
                yield p_start, p_end, p_intro, block.index


# "The parties agreed to release the prisoners of war held by each side and to form a joint
# committee to monitor the truce": two long terms after one agreement verb are two items;
# short ones ("agreed to reopen the checkpoints and to restore flights") stay one.
_SECOND_INFINITIVE = re.compile(r"to\s+(?!be\b)[a-z]+")
_INFINITIVE_VERB = re.compile(
    r"\b(?:agreed|agree|agrees|committed|commit|commits|pledged|pledge|pledges|undertook|"
    r"undertake|undertakes|promised|vowed)\s+(?:themselves\s+|not\s+)?to\s"
)
_LONG_TERM = 60


def _split_terms(text: str, start: int, end: int, words: frozenset[str]) -> list[_Part]:
    """Cut a sentence that lists several agreed terms into one part per term.

    A cut falls at a coordinating boundary when the piece before it has a predicate of its
    own and the piece after brings one too ("..., and heavy weapons will be pulled back")
    or is an absolute phrase ("..., with a buffer zone created ...").
    """
    if _SPLIT_GATE.isdisjoint(words):
        return [_Part(start, end)]
    sentence = text[start:end]
    predicates = [m.start() for m in _HAS_PREDICATE.finditer(sentence)]
    if not _HANDOVER_WORDS.isdisjoint(words):
        predicates = sorted(predicates + [m.start() for m in _HAS_PAST_HANDOVER.finditer(sentence)])
    parts: list[_Part] = []
    piece_start = 0
    for m in _BOUNDARY.finditer(sentence):
        if m.start() <= piece_start:
            continue
        # Any predicate in [piece_start, m.start())? One bisect keeps this linear.
        k = bisect.bisect_left(predicates, piece_start)
        if k == len(predicates) or predicates[k] >= m.start():
            continue
        after = sentence[m.end() : m.end() + 160]
        if (
            m.group() == " and "
            and "between" in sentence[max(0, m.start() - 80) : m.start()]
            and _BETWEEN_BEFORE.search(sentence, max(0, m.start() - 80), m.start())
        ):
            # "talks between the Taliban and other Afghans would follow": one pair.
            continue
        is_with = "with" in m.group()
        if (
            (is_with and _WITH_PARTICIPLE.match(after))
            or (not is_with and _OWN_PREDICATE.match(after))
            or (
                "and" in m.group()
                and _SECOND_INFINITIVE.match(after)
                and m.start() - piece_start >= _LONG_TERM
                and len(sentence) - m.end() >= _LONG_TERM
                and _INFINITIVE_VERB.search(sentence, piece_start, m.start())
            )
        ):
            parts.append(_Part(start + piece_start, start + m.start()))
            piece_start = m.end() if not is_with else m.start() + m.group().index("with")
    parts.append(_Part(start + piece_start, end))
    return parts


def _quoted_core(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words of a sentence like ``"...," X said ...``; else the sentence."""
    m = _QUOTED_LEAD.match(text, start, end)
    if m:
        return m.start("body"), m.end("body")
    return start, end


def _label(raw: str, limit: int = 110) -> str:
    """A short readable label from a clause-bearing piece of text."""
    # Only the head of a very long sentence can make a label; cap the work on it.
    body = " ".join(raw[: limit * 6].split())
    body = _LEADERS.sub("", body)
    reported = _REPORTED_THAT.sub("", body)
    if len(reported) >= 12:
        body = reported
    stripped = _PREFIX_CLAUSE.sub("", body)
    if len(stripped) >= 12:
        body = stripped
    body = _ATTRIBUTION_TAIL.sub("", body) or body
    # Relative clauses, asides and trailing attributions add words, not the term.
    tail = _LABEL_TAIL.search(body)
    if tail and tail.start() >= 25:
        body = body[: tail.start()]
    body = body.strip(" ,;:.\"“”‘’'")
    if not body:
        body = " ".join(raw[: limit * 2].split())
    if len(body) > limit:
        cut = body.rfind(" ", 0, limit)
        body = body[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"
    return body[:1].upper() + body[1:]


# "The ministry said both countries had agreed to continue": reported speech, not the past.
_REPORTED_BEFORE = re.compile(
    r"\b(?:said|says|announced|confirmed|stated|added|told [\w’'-]+)\b[^.;]{0,80}$"
)


_UNDER_PROPOSAL = re.compile(r"^(?:[\"“‘']\s*)?under (?:the |an? )?(?:[\w’'-]+ ){0,2}$")


def _is_background(low: str, words: frozenset[str]) -> bool:
    """True when a marker of background, a proposal or an earlier deal frames ``low``."""
    for m in _BACKGROUND.finditer(low) if _open(_BACKGROUND, words) else ():
        if m.group() == "had agreed" and _REPORTED_BEFORE.search(low, 0, m.start()):
            continue
        if m.group() in ("proposal", "draft") and _UNDER_PROPOSAL.search(low, 0, m.start()):
            # "Under the Egyptian proposal, the truce took effect": the accepted terms.
            continue
        return True
    return False


def _negated(low: str, pos: int) -> bool:
    return bool(_NEGATED_BEFORE.search(low[max(0, pos - 40) : pos]))


# "ensuring pledges to stop the fighting": a noun, not a party pledging.
_NOUN_BEFORE = re.compile(
    r"\b(?:the|their|his|her|its|our|of|these|those|such|new|earlier|previous|past|broken|"
    r"ensuring|whose|with|on|similar|repeated|many|any)\s+$"
)
_STANCE_OBJECT = re.compile(
    r"\s+(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|pact|truce|"
    r"cease-?fire|peace process)\b"
)
_HOSTILE_SUBJECT = re.compile(
    r"\b(?:war|fighting|hostilities|attacks|offensive|strikes|bombing|shelling|operations)\s+"
    r"would\b"
)
_STANCE_AFTER = re.compile(r"(?:\s+(?:by|with|to))?" + _STANCE_OBJECT.pattern)
_SUBORDINATE_START = re.compile(
    r"\b(?:after|since|when|once|before|until|as soon as|as)\s+(?:the\s+|a\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:cease-?fires?|truces?|pause|deal|agreement|accord|armistice)\s+"
    r"(?:(?:had|has|have)\s+)?$"
)


_TIME_WORDS = (" after ", " before ", " since ", " until ")


def _in_time_clause(piece: str, at: int) -> bool:
    """True when ``at`` lies in a time clause that a main clause opened earlier in the same
    stretch of ``piece`` ("The talks opened in October after the generals pledged ..."):
    the time word follows some words and no comma, semicolon or colon comes after it.

    Linear: one look back over at most 200 characters.
    """
    head = piece[max(0, at - 200) : at]
    word_at = max(head.rfind(word) for word in _TIME_WORDS)
    if word_at <= 0:
        return False
    if any(mark in head[word_at:] for mark in ",;:"):
        return False
    before = head[:word_at]
    cut = max(before.rfind(","), before.rfind(";"), before.rfind(":"))
    return any(ch.isalnum() for ch in before[cut + 1 :])


_ANNOUNCES_LIST = re.compile(
    r"\s+(?:a series of|a number of|a set of|a list of|a range of|several|a few|two|three|four|"
    r"five|six|seven|eight|nine|ten|\d+) (?:[\w-]+ )?(?:steps|measures|commitments|points|"
    r"provisions|conditions|obligations|elements|stages|phases)\b(?![^.;]{0,20}\bto\b)"
)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+)?$")
_AMBIGUOUS_VERBS = frozenset({"pledges", "pledge", "promises", "promise", "commits", "vows"})


def _words_in(m: re.Match[str]) -> str:
    return " ".join(m.group().split())


def _clause_cue(piece: str, words: frozenset[str], inherited: str | None) -> str | None:
    """The cue that makes ``piece`` (lower case; a sentence or part of one) an agreed term.

    ``words`` are the words of the whole sentence (for the gates); ``inherited`` is the
    cue of an "under the agreement" that governs the sentence, if any.
    """
    m = _search(_AGREE_VERB, piece, words)
    if (
        m
        and m.group().split()[0] in _AMBIGUOUS_VERBS
        and _NOUN_BEFORE.search(piece[max(0, m.start() - 20) : m.start()])
    ):
        m = None
    if m and m.group().startswith("commit") and _STANCE_OBJECT.match(piece, m.end()):
        # "committed to the deal": a stance towards it, not one of its terms.
        m = None
    if m and _in_time_clause(piece, m.start()):
        # "The talks opened in October after the generals pledged to end the wars": a
        # pledge that dates other news, in a time clause of the sentence.
        m = None
    if m and not _negated(piece, m.start()):
        return f"agreement verb: {_words_in(m)}"
    m = _search(_AGREED_PASSIVE, piece, words)
    if m and not _negated(piece, m.start()):
        return f"agreement verb: {_words_in(m)}"
    m = _search(_PLEDGED_MONEY, piece, words)
    if m and not _negated(piece, m.start()):
        return f"agreement verb: {m.group().split()[0]} money"
    m = _search(_AGREE_OBJECT, piece, words)
    if m and not _negated(piece, m.start()):
        kind = _TYPED_RE.search(m.group())
        return f"agreement verb: {m.group().split()[0]} a {kind.group() if kind else 'deal'}"
    m = _search(_UNDER, piece, words)
    if m:
        return f"under the agreement: {_words_in(m)}"
    m = _search(_DEAL_SUBJECT, piece, words)
    if m and _ANNOUNCES_LIST.match(piece, m.end()):
        # "The framework sets out a series of steps for the government": the steps follow.
        m = None
    if m and not _negated(piece, m.start()):
        is_pronoun = m.group().lstrip().startswith("it")
        # "it" is the deal after a clause, in a sentence naming it, or when what "it"
        # does bears on an agreed term ("it preserves ... by stopping the annexation").
        if not is_pronoun or inherited is not None or _search(_TERMS_RE, piece[m.end() :], words):
            return f"agreement provides: {_words_in(m)}"
    m = _search(_DEAL_TO, piece, words)
    if m and not _negated(piece, m.start()):
        head = piece[max(0, m.start() - 160) : m.start()]
        if not _ANCHOR_BEFORE.search(head):
            return f"agreement reached to: {m.group().split()[0]} … to"
    m = _search(_ANNOUNCE, piece, words)
    if m and not _negated(piece, m.start()):
        return f"agreement announced: {_words_in(m)}"
    m = _search(_END_DECLARED, piece, words) if " end " in piece else None
    if m and not _negated(piece, m.start()):
        return f"agreement announced: {_words_in(m)}"
    m = _search(_ORDERED_HALT, piece, words)
    if m and not _negated(piece, m.start()):
        return f"agreement announced: ordered … {m.group().split(' to ', 1)[1].split()[0]}"
    m = _search(_IN_FORCE, piece, words)
    if m and (
        _SUBORDINATE_START.search(piece, max(0, m.start() - 60), m.start())
        or _RELATIVE_BEFORE.search(piece, max(0, m.start() - 12), m.start())
    ):
        # "crowds poured into the streets after the truce began": a time, not a term;
        # "the signing followed a pause that began on May 2": what came before.
        m = None
    # The agreement is the subject: named before the verb ("the truce took effect"), not
    # after it ("the fighting began ..., before the truce talks").
    if m and _search(_TYPED_RE, piece[: m.start()], words):
        return f"agreement in force: {_words_in(m)}"
    prediction = _search(_PREDICTION, piece, words)
    m = _search(_MODAL, piece, words)
    term = _search(_TERMS_RE, piece, words) if m else None
    if m and term and not prediction:
        return f"agreed term in the future: {term.group()} … {m.group()}"
    m = _search(_IMPLEMENTED, piece, words)
    if m and _search(_TYPED_RE, piece, words):
        return f"agreed term carried out: {_words_in(m)}"
    m = _search(_MODAL_ACTION, piece, words)
    # "will end", "will open" are agreed actions only where an agreement is in view, or
    # where what is done bears on an agreed term ("a commission is expected to convene").
    if m and term is None and inherited is None:
        term = _search(_TERMS_RE, piece, words)
    if m and not prediction and (inherited is not None or term is not None):
        return f"agreed action in the future: {_words_in(m)}"
    m = _search(_REPORTED_ACTION, piece, words)
    if m and (_STANCE_AFTER.match(piece, m.end()) or _HOSTILE_SUBJECT.search(m.group())):
        # "said it would abide by the agreement": a stance towards the deal; "said the war
        # would resume once the pause ended": a threat. Neither is a term.
        m = None
    if m and inherited is None:
        # The term is in what was said: "the election commission declared X the winner, but
        # his rival said he would form his own government" bears on no term.
        term = _TERMS_RE.search(piece, m.start()) if _open(_TERMS_RE, words) else None
    if m and not prediction and (inherited is not None or term is not None):
        return f"agreed action in reported speech: {' '.join(m.group().split()[-3:])}"
    m = _search(_AGREE_THAT, piece, words)
    if (
        m
        and (inherited is not None or _search(_TERMS_RE, piece, words))
        and not _negated(piece, m.start())
    ):
        return f"agreement verb: {m.group().split()[0]} that"
    # "Russia freed the reporter and a dozen others in a multi-country exchange": a
    # term carried out, in the sentence that names the deal it was done under.
    m = _CARRIED_OUT.search(piece)
    if (
        m
        and not _negated(piece, m.start())
        and _DONE_UNDER.search(piece, m.end())
        and not _is_opinion(piece, words)
    ):
        return f"agreed term carried out: {_words_in(m)}"
    if inherited == "agreement in context":
        # "Each side handed over 100 soldiers", right after the swap was reported.
        m = _CARRIED_OUT.search(piece)
        if m and not _negated(piece, m.start()):
            return f"agreed term carried out: {_words_in(m)}"
    return inherited


_KINDS = (
    ("ceasefire", ("cease", "truce", "armistice", "pause")),
    ("exchange", ("swap", "exchange", "release")),
)


def _kind_of(piece: str, words: frozenset[str]) -> str:
    """The kind of agreement a piece names: one name for "ceasefire", "truce", "pause"."""
    m = _search(_TYPED_RE, piece, words)
    if m is None:
        return ""
    name = m.group()
    for kind, stems in _KINDS:
        if any(stem in name for stem in stems):
            return kind
    return name.split()[0]


def _is_opinion(low: str, words: frozenset[str]) -> bool:
    """True when someone's hope, praise or opinion frames the sentence."""
    if _search(_CHARACTERISE, low, words):
        return True
    if not _open(_OPINION, words):
        return False
    for m in _OPINION.finditer(low):
        if _PASSIVE_BEFORE.search(low[max(0, m.start() - 12) : m.start()]):
            continue
        if _PASSIVE_AFTER.match(low, m.end()):
            continue
        return True
    return False


_META_BEFORE = re.compile(
    r"\bwhat\s+(?:is|was|were|are|has been|have been|remains?|remained)\s+(?:still\s+)?$"
)
_CLAIM_BEFORE = re.compile(
    r"\b(?:claims?|allegations?|accusations?|charges?)\s+(?:[\w’'-]+\s+){0,3}$"
)
_HERE_IS_WHAT = re.compile(r"\bhere(?: is|['’]s| are) what\b")
_IF_BEFORE = re.compile(r"\b(?:if|unless)\s+(?:[\w’'-]+\s+){0,7}$")
_CONSEQUENCE_AFTER = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:could|would|will|may|might)\s+(?:\w+\s+)?(?:have|bring|lead|"
    r"mean|trigger|result|cost|jeopardi[sz]e|put|carry)\b"
)
_ENDED_BEFORE = re.compile(
    r"\b(?:end|ends|ended|ending|set aside|sets aside|setting aside|put aside|puts aside|"
    r"putting aside|resolve|resolves|resolved|resolving|settle|settles|settled|settling|"
    r"overcome|overcomes|overcame|overcoming|break|breaks|broke|breaking)\s+"
    r"(?:(?:the|a|an|their|its|this|that|all)\s+)?(?:[\w’'-]+\s+){0,3}?(?:of\s+)?$"
)
_REMOVED_BEFORE = re.compile(
    r"\b(?:lift|lifts|lifting|remove|removes|removing|ease|eases|easing|clear|clears|clearing|"
    r"eliminate|eliminates|eliminating|overcome|overcame|tackle|address)\s+(?:the\s+|any\s+|"
    r"all\s+)?"
    r"(?:remaining\s+)?$"
)
_NGRAM_WORD = re.compile(r"[a-z0-9]+")
# "before fighting broke out", "since clashes erupted": the event dates something else.
_TIME_ANCHOR_BEFORE = re.compile(
    r"\b(?:before|since|when|while|until|ahead of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
)
# "respond to any violation", "receive reports of violations": a violation as the object
# of a term (monitoring, punishing), not one that happened.
_VIOLATION_OBJECT_BEFORE = re.compile(
    r"\b(?:possible|alleged|future|potential|reports? of|complaints? (?:of|about)|"
    r"allegations? of|monitor|monitors|monitoring|investigate|investigates|investigating|"
    r"verify|record|punish|deter|prevent|address|handle|rule on|rules on|ruling on|report|"
    r"reports|reporting|document|documents|documenting|"
    r"adjudicate|judge)\s+(?:\w+\s+)?$|"
    # "Any violations would go to the commission": a sentence that opens on a hypothesis.
    r"^(?:[\"“‘']\s*)?any\s+$"
)
# "Any peace effort that does not tackle the root causes": a general rule, not this deal.
_ANY_THAT_BEFORE = re.compile(r"\bany\s+(?:[\w-]+\s+){0,4}(?:that|which)\s+$")


def _ngrams(low: str, n: int = 6) -> set[tuple[str, ...]]:
    words = _NGRAM_WORD.findall(low)
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


_ISSUE_TABLE = tuple(zip(_ISSUE_CUES, _ISSUE_GATES, strict=True))
# Every word of every gate: a sentence with none of them has no issue cue.
_ISSUE_GATE_WORDS = frozenset().union(*(gate for gates in _ISSUE_GATES for gate in gates))


def _issue_cue(low: str, words: frozenset[str]) -> tuple[str, str, int] | None:
    """(category, matched words, offset) of the first open-issue cue in ``low``.

    Categories are tried in order; when a category has several patterns in a row, the
    leftmost of their matches is the cue.
    """
    # Only the words of the sentence that some gate holds matter: a small set, often empty.
    hits = words & _ISSUE_GATE_WORDS
    if not hits:
        return None
    names_deal = not _DEAL_NAMES.isdisjoint(words) or "breakthrough" in words
    best: tuple[str, str, int] | None = None
    for (category, pattern, needs_deal), gates in _ISSUE_TABLE:
        if best is not None and best[0] != category:
            return best
        if needs_deal and not names_deal:
            continue
        shut = False
        for gate in gates:
            if gate.isdisjoint(hits):
                shut = True
                break
        if shut:
            continue
        m = _first_issue_match(category, pattern, low)
        if m is not None and (best is None or m.start() < best[2]):
            best = (category, _words_in(m), m.start())
    return best


# "Nobody should doubt our discipline", "no one doubts": a doubt denied.
_DOUBT_DENIED_BEFORE = re.compile(
    r"\b(?:nobody|no one|none|never|not|n['’]t)\s+(?:should\s+|can\s+|could\s+|will\s+|"
    r"would\s+|need\s+|must\s+)?(?:have\s+)?$|"
    # "dispelled any doubts", "eased fears": a doubt removed.
    # ("did little to ease fears", "failed to dispel doubts": the doubt stays).
    r"(?<!little to )(?<!failed to )(?<!fails to )(?<!nothing to )(?<!not )(?<!n't )(?<!n’t )"
    r"\b(?:dispel\w*|allay\w*|eas(?:e|ed|es|ing)|calm(?:ed|s)?|remov(?:e|ed|es)|eras(?:e|ed)|"
    r"beyond|put to rest)\s+(?:any\s+|all\s+|the\s+|lingering\s+|such\s+)*$"
)
# "We came here with doubts, and we leave with hope": a doubt the speaker has left behind.
_DOUBT_TURNED_AFTER = re.compile(
    r"[^.;!?]{0,40}?[,;]?\s+(?:and|but)\s+(?:now\s+)?(?:[\w’'-]+\s+){0,3}?(?:with\s+)?"
    r"(?:hope|hopeful|confidence|confident|optimism|optimistic)\b"
)
_TEST_OF_BEFORE = re.compile(r"\btest of\s+$")
_FEAR_OF_WAR_AFTER = re.compile(
    r"\s+(?:of|that)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:war|wars|conflict|escalation|"
    r"invasion|offensive|famine)\b(?![^.;]{0,30}\b(?:resum|return|again|restart))"
)


def _doubt_undone(m: re.Match[str], low: str) -> bool:
    """True when the doubt word of ``m`` is denied, left behind, or only frames a test."""
    word = m.group()
    before = max(0, m.start() - 30)
    if word.startswith(("doubt", "fear")) and (
        _DOUBT_DENIED_BEFORE.search(low, before, m.start())
        or _DOUBT_TURNED_AFTER.match(low, m.end())
    ):
        return True
    # "strikes that had raised fears of a full-scale war": the war feared before the deal.
    if word.startswith("fear") and _FEAR_OF_WAR_AFTER.match(low, m.end()):
        return True
    # "the first test of whether the insurgents can restrain their fighters": a framing.
    return word == "whether" and _TEST_OF_BEFORE.search(low, before, m.start()) is not None


def _first_issue_match(category: str, pattern: re.Pattern[str], low: str) -> re.Match[str] | None:
    """The first match of an open-issue ``pattern`` that its context does not undo."""
    for m in pattern.finditer(low):
        # "If Iran violates the deal, sanctions will snap back": a hypothesis.
        if _IF_BEFORE.search(low, max(0, m.start() - 60), m.start()):
            continue
        # "Here is what was left out": an explainer announcing its sections.
        if _META_BEFORE.search(low, max(0, m.start() - 30), m.start()) or (
            "here" in low and _HERE_IS_WHAT.search(low, 0, m.start())
        ):
            continue
        if category == "violation" and (
            _TIME_ANCHOR_BEFORE.search(low, max(0, m.start() - 40), m.start())
            or _VIOLATION_OBJECT_BEFORE.search(low, max(0, m.start() - 40), m.start())
        ):
            continue
        if category == "absence" and _ANY_THAT_BEFORE.search(
            low, max(0, m.start() - 60), m.start()
        ):
            continue
        # "failure to respect them could have consequences": a sanction, not a failure.
        if m.group().startswith("failure") and _CONSEQUENCE_AFTER.match(low, m.end()):
            continue
        if category == "doubt" and _doubt_undone(m, low):
            continue
        # "... were hit by misfired rockets, a claim the group rejected": a claim disputed,
        # not the deal.
        if m.group().startswith(("reject", "den")) and _CLAIM_BEFORE.search(
            low, max(0, m.start() - 40), m.start()
        ):
            continue
        # "the UN promised to help lift obstacles to exports": removing one is a term.
        if m.group().startswith("obstacle") and _REMOVED_BEFORE.search(
            low, max(0, m.start() - 40), m.start()
        ):
            continue
        # "signed a deal ..., ending months of deadlock", "agreed to set aside a year-long
        # dispute over ...": the dispute the agreement ends is no issue of it.
        if category == "sticking point" and _ENDED_BEFORE.search(
            low, max(0, m.start() - 50), m.start()
        ):
            continue
        return m
    return None


@dataclass(frozen=True, slots=True)
class _Scan:
    """A prose sentence read once for both panes: its span and first issue cue.

    Its lower-case text and word set are not kept (on a 5 MB article they would hold
    about 100 MB at once); :func:`_readings` hands them out while reading.
    """

    start: int
    end: int
    issue: tuple[str, str, int] | None
    history: bool = False
    listed: str | None = None  # the words of the line that announced this list item
    quoted: bool = False  # the sentence opens on a quotation mark
    block: int = 0  # the paragraph it is in


_last_scan: tuple[int, str, list[_Scan]] | None = None
_OPENING_QUOTES = frozenset("\"“‘'«")


def _is_history(
    low: str, words: frozenset[str], category: str, reference: int, published: dt.date | None
) -> bool:
    """True when an open-issue cue in ``low`` tells of the past, not of this agreement.

    Violations and disputes dated before the report ("fighting erupted on April 15" in a
    May story, "a truce declared in March 2022 broke down"), and anything said of an
    earlier agreement ("the two sides first signed a declaration ..., but it did not
    include a ceasefire"), are background. So is criticism of a past act that does not
    name the agreement ("a move Pakistan rejected, in August 2019").
    """
    if category == "track record":
        return False
    if category != "doubt" and _EARLIER_DEAL.search(low):
        return True
    dated_before = _earlier_dated(low, published) or any(
        int(y) < reference for y in _IN_YEAR.findall(low)
    )
    # "The two still disagree over who ordered the March 3 raid": a dispute that goes on.
    if category == "sticking point" and _STILL_NOW.search(low):
        return False
    if category in _HISTORICAL_CATEGORIES:
        return dated_before or bool(_HISTORY.search(low))
    if category == "doubt" and _DEAL_NAMES.isdisjoint(words):
        return dated_before
    return False


def _reference_year(doc: Document, lower: str) -> int:
    """The year the article is written in: its date, else the latest year it mentions."""
    if doc.meta.published is not None:
        return doc.meta.published.year
    years = [int(y) for y in _YEAR.findall(lower[:200_000])]
    return max(years) if years else 0


# "revive a trade agreement signed in 2001": an old text named as the object of a term.
_OLD_TEXT_BEFORE = re.compile(
    rf"\b{_AGREEMENT}\b[^;.]{{0,60}}?\b(?:signed|reached|concluded|agreed|struck|adopted)\s+$"
)


_RELATIVE_PAST = re.compile(r"\b(?:who|whom|whose)\b[^,;]*$")


def _in_earlier_year(low: str, reference: int) -> bool:
    """True for a sentence set in a year before the article's ("a truce declared in
    December 2016", "a deal that collapsed in 2002"): history, not this agreement.

    A sentence also placed in the days of the report ("yesterday signed ..., ending a
    conflict that has flared since 1992") is news, and so is an old text named as what a
    term revives.
    """
    if not reference or ("19" not in low and "20" not in low):
        return False
    first = _IN_YEAR.search(low)
    if first is None or _RECENT.search(low):
        return False
    for m in _IN_YEAR.finditer(low, first.start()):
        if (
            int(m.group(1)) < reference
            and not _OLD_TEXT_BEFORE.search(low, max(0, m.start() - 100), m.start())
            # "... Leonard Francis, who fled house arrest in September 2022": a relative
            # clause about a person, not the time of the sentence.
            and not _RELATIVE_PAST.search(low, max(0, m.start() - 80), m.start())
        ):
            return True
    return False


def _earlier_year_lead(low: str, reference: int) -> bool:
    """True for a sentence that opens with a year before the article's ("In 2018, ...")."""
    m = _YEAR_LEAD.match(low)
    return m is not None and int(m.group(1)) < reference


def _readings(doc: Document, lower: str) -> Iterator[tuple[_Scan, str, frozenset[str]]]:
    """Each prose sentence of ``doc`` with its lower-case text and its words.

    Both extractors need the same reading of each sentence; the scans (small) of the
    last document read to the end are kept, so the issue cues are found once.
    """
    global _last_scan
    if _last_scan is not None and _last_scan[0] == id(doc) and _last_scan[1] == doc.sha256:
        for scan in _last_scan[2]:
            low = lower[scan.start : scan.end]
            yield scan, low, _words_of(low)
        return
    text = doc.text
    reference = _reference_year(doc, lower)
    scans: list[_Scan] = []
    for s_start, s_end, listed, block in _prose_sentences(doc, lower):
        dl = _DATELINE.match(text, s_start, s_end)
        if dl:
            s_start = dl.end()
        low = lower[s_start:s_end]
        if _earlier_year_lead(low, reference):
            continue
        words = _words_of(low)
        issue = _issue_cue(low, words)
        history = False
        if issue is not None:
            history = _is_history(low, words, issue[0], reference, doc.meta.published)
        quoted = low[:1] in _OPENING_QUOTES
        scan = _Scan(s_start, s_end, issue, history, listed, quoted, block)
        scans.append(scan)
        yield scan, low, words
    _last_scan = (id(doc), doc.sha256, scans)


def _scans(doc: Document) -> list[_Scan]:
    """The scanned prose sentences of ``doc`` (see :func:`_readings`)."""
    if _last_scan is None or _last_scan[0] != id(doc) or _last_scan[1] != doc.sha256:
        for _ in _readings(doc, _lower_of(doc)):
            pass
    assert _last_scan is not None
    return _last_scan[2]


_last_lower: tuple[int, str, str] | None = None


def _lower_of(doc: Document) -> str:
    global _last_lower
    if _last_lower is None or _last_lower[0] != id(doc) or _last_lower[1] != doc.sha256:
        _last_lower = (id(doc), doc.sha256, _lower(doc.text))
    return _last_lower[2]


# "“We have agreed to stop firing,” he said", "he added: “Our fighters will put down
# their arms ...”": a speaker's own promise, in his words, not a term the report sets out.
_FIRST_PERSON_QUOTE = re.compile(r"[“\"‘]\s*(?:we|our|i)\s")
_FIRST_PERSON_START = re.compile(r"(?:we|our|i)\s")
_FIRST_PERSON_WILL = re.compile(r"\b(?:we|i)\s+(?:will|would|shall|are going to|am going to)\b")
# "... will not pass,” said Senator X, a member of the Senate committee": the speaker.
_QUOTE_CLOSED_SAID = re.compile(
    r"[,.!?]?[”\"’]\s*,?\s+(?:[\w.’'-]+\s+){0,5}?(?:said|says|added|told|stated|declared|"
    r"announced|noted)\b"
)


def _agreed_by_report(piece: str, words: frozenset[str], context: str | None, cue: str) -> bool:
    """False when the cue of ``piece`` only holds in a speaker's words: a quote that opens
    on "we"/"our"/"I" or says "we will", or a term word only in the attribution after it."""
    head = piece[:80]
    if ("“" in head or '"' in head or "‘" in head) and _FIRST_PERSON_QUOTE.search(head):
        return False
    quoted = "”" in piece or '"' in piece or "’" in piece or "“" in head or "‘" in head
    if quoted and (_FIRST_PERSON_START.match(piece) or _FIRST_PERSON_WILL.search(piece)):
        # "... or we will consider the truce over,” he said": a part of a quote.
        return False
    if cue.startswith(_WEAK_CUES) and ("”" in piece or '"' in piece or "’" in piece):
        said = _QUOTE_CLOSED_SAID.search(piece)
        if said is not None and said.start() > 0:
            spoken = piece[: said.start()]
            return _clause_cue(spoken, _words_of(spoken), context) is not None
    return True


# "X and Y signed a treaty on their border in Bishkek on Thursday": the lead of the story
# reports the agreement itself, whatever kind it is.
_LEAD_SIGNING = re.compile(
    r"\b(?:signed|reached|struck|sealed|clinched|concluded|initial(?:l)?ed)\s+"
    r"(?:(?:late|early)\s+)?(?:(?:on|last)\s+\w+\s+|yesterday\s+|today\s+)?"
    # "a", not "the": the lead introduces the agreement ("Israel signed the landmark deal"
    # tells of a signing the reader already knows of).
    r"(?:an?|two|separate|new)\s+(?:[\w’'-]+\s+){0,4}?(?:agreements?|deals?|"
    r"accords?|pacts?|treaty|treaties|declarations?|memorand(?:um|a)|understandings?|truce|"
    r"cease-?fire|armistice|protocol|roadmap|framework)\b"
)
_LEAD_SENTENCES = 2


# "the two countries had agreed to a ‘full and immediate ceasefire’": the agreement itself
# named as what was agreed, a repeat when that kind was already reported.
_AGREED_TO_KIND = re.compile(
    rf"\bagreed\s+(?:to|on)\s+(?:an?|the)\s+[‘'\"“]?(?:[\w’'-]+\s+){{0,4}}?{_TYPED}\b"
    # Nothing said of it: not "agreed to a local ceasefire to enable repairs".
    r"(?=[’'\"”]?\s*(?:[,.;]|and\b|$))"
)


# Cues that only say a sentence is in the future tense and bears on a usual term.
_WEAK_CUES = (
    "agreed term in the future",
    "agreed action in the future",
    "term in a paragraph",
    "term after a paragraph",
    "term in a section",
)
# An explainer's heading that opens the terms: "What was agreed?", "What are the main
# terms?", "What does the deal say?", "What did Washington do in return?".
_TERMS_HEADING = re.compile(
    r"\b(?:agreed|terms|say|says|in return|sign(?:ed)? up|provisions|what['’]s in|what is in|"
    r"what are the (?:main |key )?points)\b"
)
# What a term in such a section does: the future, or a step taken.
_SECTION_STEP = re.compile(
    r"\b(?:will|shall|is to|are to|may|can)\b|\b(?:issued|granted|lifted|eased|"
    r"suspended|released|freed|authori[sz]ed|pardoned|handed over|returned|withdrew|dropped|"
    r"unfroze|transferred)\b"
)
_HEADING_MAX_WORDS = 14


def _in_speech(doc: Document, scan: _Scan) -> bool:
    """True when the sentence holds quotation marks or lies inside a quote opened earlier
    in its paragraph ("“Parliament is no rubber stamp. Every line will be read ...”")."""
    text = doc.text
    sentence = text[scan.start : scan.end]
    if "“" in sentence or "”" in sentence or '"' in sentence or scan.quoted:
        return True
    before = text[doc.blocks[scan.block].start : scan.start]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


# How many paragraphs after "Under the deal, ..." may go on listing its terms.
_UNDER_FOLLOW = 2
# What such a term says: the future, or a post or share it gives ("becomes", "keeps").
_FOLLOWING_TERM = re.compile(
    r"\b(?:will|shall|is to|are to)\b|\b(?:becomes|become|remains|keeps|retains)\b"
)


def _is_heading(doc: Document, scan: _Scan, low: str, words: frozenset[str]) -> bool:
    """True for a question that stands alone as a paragraph ("What was agreed?")."""
    if not low.rstrip(" \"'’”)").endswith("?") or len(words) > _HEADING_MAX_WORDS:
        return False
    block = doc.blocks[scan.block]
    return len(block.sentences) == 1


def extract_clauses(doc: Document) -> list[Item]:
    """Terms the parties agreed to, one item per term, in reading order."""
    text = doc.text
    lower = _lower_of(doc)
    reference = _reference_year(doc, lower)
    items: list[Item] = []
    seen_families: set[str] = set()
    previous_was_clause = False
    under_block = -1  # a paragraph that opened with "Under the deal, ..."
    follow_until = -1  # the last paragraph that still follows it closely
    read = 0  # prose sentences read so far: the first ones are the lead
    terms_section = False  # under an explainer's heading "What was agreed?"
    for scan, low, words in _readings(doc, lower):
        read += 1
        if scan.block > 0 and _is_heading(doc, scan, low, words):
            # "WHAT DID WASHINGTON DO IN RETURN?": the section that follows tells the terms.
            terms_section = _TERMS_HEADING.search(low) is not None
            previous_was_clause = False
            continue
        s_start, s_end, issue = scan.start, scan.end, scan.issue
        # "X signed a truce, a deal the UN described as a turning point": the trailing
        # opinion does not undo the term before it.
        aside = _OPINION_ASIDE.search(low) if _open(_OPINION_ASIDE, words) else None
        if aside is not None and aside.start() > 20:
            s_end = s_start + aside.start()
            low = lower[s_start:s_end]
            words = _words_of(low)
            issue = _issue_cue(low, words)
        # "X agreed to Y, but Z doubted it": the doubt does not undo the term before "but".
        contrast = _contrast(low, words)
        if contrast and (
            (issue and issue[2] > contrast.start()) or _is_opinion(low[contrast.start() :], words)
        ):
            s_end = s_start + contrast.start()
            low = lower[s_start:s_end]
            words = _words_of(low)
            issue = _issue_cue(low, words)
        # "The leaders yesterday reached an agreement that both governments believe can end
        # thirty years of violence": the lead reports the agreement, whatever else it says.
        lead = (
            _LEAD_SIGNING.search(low)
            if read <= _LEAD_SENTENCES and not (issue and issue[0] not in _CLAUSE_COMPATIBLE)
            else None
        )
        if (
            lead is not None
            and (
                _negated(low, lead.start())
                # "His comments came after the leaders reached a deal": a time, not the news.
                or _ANCHOR_BEFORE.search(low[max(0, lead.start() - 160) : lead.start()])
                or _in_time_clause(low, lead.start())
            )
        ):
            lead = None
        if lead is None and (
            (issue and issue[0] not in _CLAUSE_COMPATIBLE)
            # "What is in the treaty, and will it stop the fighting?": a question.
            or low.rstrip(" \"'’”)").endswith("?")
            # "The two sides committed to:": the list that follows holds the terms.
            or low.rstrip().endswith(":")
            or _is_opinion(low, words)
            or (_is_background(low, words) and not _search(_AGREED_PASSIVE, low, words))
        ):
            previous_was_clause = False
            continue
        # "Under the agreement, ..." governs every term the sentence lists; after a clause,
        # "It also opened up air space" continues it.
        under = _search(_UNDER_ANY, low, words)
        inherited = f"under the agreement: {_words_in(under)}" if under else None
        # "Under the deal, the border follows Line 23. Israel keeps the gas field.": the
        # opening governs the terms the rest of its paragraph lists.
        opener = _search(_UNDER, low, words)
        in_under_paragraph = False
        if opener is not None:
            under_block = scan.block
            follow_until = scan.block + _UNDER_FOLLOW
        elif under_block == scan.block:
            in_under_paragraph = True
        else:
            under_block = -1
        # "Under the deal, X will chair the council. ¶ Y becomes deputy prime minister. ¶ The
        # cabinet will have 31 ministers": the paragraphs right after it go on listing terms.
        after_under = opener is None and not in_under_paragraph and scan.block <= follow_until
        context = inherited
        if context is None and (previous_was_clause or not _DEAL_NAMES.isdisjoint(words)):
            context = "agreement in context"
        found = False
        earlier: bool | None = None  # the sentence is set in an earlier year (asked lazily)
        previous_part: int | None = None  # the item made of the part just before
        agreed_cue: str | None = None  # the agreement verb of the part before
        for part in _split_terms(lower, s_start, s_end, words):
            piece = lower[part.start : part.end]
            cue = _clause_cue(piece, words, context)
            if (
                lead is not None
                and part.start <= s_start + lead.start() < part.end
                and (cue is None or cue == "agreement in context" or cue.startswith(_WEAK_CUES))
            ):
                cue = f"agreement announced: {lead.group().split()[0]} (lead)"
            if (
                cue in (None, "agreement in context")
                and agreed_cue is not None
                and _SECOND_INFINITIVE.match(piece)
            ):
                # "... and to form a joint committee": the second term of "agreed to".
                cue = agreed_cue
            agreed_cue = cue if cue is not None and cue.startswith("agreement verb") else None
            if (cue is None or cue == "agreement in context") and scan.listed is not None:
                cue = f"term listed after: {scan.listed}"
            if (cue is None or cue == "agreement in context") and in_under_paragraph:
                future = _FUTURE.search(piece) or _PAST_ACTION.search(piece)
                if future is not None and not _search(_PREDICTION, piece, words):
                    cue = f"term in a paragraph opened by “under the agreement”: {future.group()}"
            if (
                (cue is None or cue == "agreement in context")
                and after_under
                and not _in_speech(doc, scan)
                and not _search(_PREDICTION, piece, words)
            ):
                step = _FOLLOWING_TERM.search(piece)
                if step is not None:
                    cue = f"term after a paragraph opened by “under the agreement”: {step.group()}"
            if (cue is None or cue == "agreement in context") and terms_section:
                step = _SECTION_STEP.search(piece)
                if step is not None and not _search(_PREDICTION, piece, words):
                    cue = f"term in a section on what was agreed: {step.group()}"
            if (
                cue is not None
                and scan.quoted
                and cue.startswith(_WEAK_CUES)
                and _DEAL_NAMES.isdisjoint(words)
            ):
                # "‘No one will again take up arms,’ the president said": a speaker's
                # promise in the future tense, not a term the report sets out.
                cue = None
            if (
                cue is not None
                and cue != "agreement in context"
                and not _agreed_by_report(piece, words, context, cue)
            ):
                cue = None
            if cue is None or cue == "agreement in context":
                if previous_part is not None:
                    # "A court will try war crimes; those who confess will face lighter
                    # sentences": a part with no cue of its own belongs to the term before.
                    items[previous_part] = _extended(text, items[previous_part], part.end)
                continue
            if earlier is None:
                # Asked only of sentences that hold a term: most sentences hold none.
                # "Under an agreement signed on Oct. 17, ... agreed to" in a December story:
                # an earlier deal, told in the past (a month in a future-tense term is
                # still to come).
                earlier = _in_earlier_year(low, reference) or (
                    _FUTURE.search(low) is None and _signed_earlier(low, doc.meta.published)
                )
            if earlier:
                break
            # "..., and reiterated that the hotline would be used": a term after a term.
            context = context or "agreement in context"
            family = cue.split(":", 1)[0]
            if family in ("agreement announced", "agreement in force") or (
                family == "agreement verb" and _AGREED_TO_KIND.search(piece) is not None
            ):
                # The same agreement announced again adds no term; another kind does.
                key = f"named agreement/{_kind_of(piece, words)}"
                if key in seen_families:
                    previous_part = None
                    continue
                seen_families.add(key)
            e_start, e_end = _quoted_core(text, part.start, part.end)
            if (e_start, e_end) == (part.start, part.end) and not cue.endswith("(lead)"):
                e_end = _before_attribution(lower, part.start, part.end, words)
            ev = evidence(text, e_start, e_end)
            previous_part = None
            if not ev.quote:
                continue
            if (e_start, e_end) == (part.start, part.end):
                previous_part = len(items)
            items.append(
                Item(
                    id=make_id("clause", ev.quote, ev.start),
                    kind="clause",
                    text=_label(ev.quote),
                    cue=cue,
                    evidence=[ev],
                )
            )
            found = True
        previous_was_clause = found
    return items


# "..., Malaysian Prime Minister Anwar Ibrahim said after hosting the talks": who said it.
_ATTRIBUTION = re.compile(
    r",\s+(?:[\w.’'-]+\s+){1,6}?(?:said|says|told|announced|added|stated|confirmed)\b"
)


_TRAILING_PHRASE = re.compile(
    r",\s+(?:ending|bringing|capping|paving|marking|aimed at|after|following|in a move|amid|"
    r"the first|the latest|a (?:move|step|deal|breakthrough))\b"
)


_WHEN_WHY_TAIL = re.compile(r",\s+(?:after|following|ending|amid)\b")
_TERM_HEAD = 30


def _before_attribution(lower: str, start: int, end: int, words: frozenset[str]) -> int:
    """Where the evidence of a term ends: before a trailing ", X said ..." that follows
    the term (the term alone is what a reader cites) and before a trailing phrase that says
    why or when, else at ``end``."""
    low = lower[start:end]
    # "Egypt has undertaken to work for the release of two of its members: Bassem al-Saadi,
    # a senior leader ..., and Khalil Awawdeh, ...": the names after the colon are detail.
    colon = low.find(": ", 60)
    if colon > 0 and not _HAS_PREDICATE.search(low, colon):
        end = start + colon
        low = low[:colon]
    m = _ATTRIBUTION.search(low, 25) if _open(_ATTRIBUTION_GATE, words) else None
    # Only an attribution that closes the sentence: "Officials, the envoy said, will reopen
    # the consulates" has its term after it.
    if m is not None and not _HAS_PREDICATE.search(low, m.end()):
        end = start + m.start()
        low = low[: m.start()]
    # "..., ending a decade of war", "..., after 17 hours of talks": a trailing phrase that
    # tells why or when, cut when what is left is at least half the sentence (a reader who
    # cites the whole sentence still matches).
    tail = _TRAILING_PHRASE.search(low, len(low) // 2)
    if tail is not None and not _HAS_PREDICATE.search(low, tail.end()):
        return start + tail.start()
    # "The truce took effect at 5pm yesterday, after the two armies' commanders spoke by
    # telephone": the when and why after a term of some length is left out (the dev-style
    # analyst cites the term).
    tail = _WHEN_WHY_TAIL.search(low, _TERM_HEAD)
    if tail is not None and not _HAS_PREDICATE.search(low, tail.end()):
        return start + tail.start()
    return end


def _extended(text: str, item: Item, end: int) -> Item:
    """``item`` with its evidence carried on to ``end`` (same cue, new id and label)."""
    ev = evidence(text, item.evidence[0].start, end)
    return Item(
        id=make_id("clause", ev.quote, ev.start),
        kind="clause",
        text=_label(ev.quote),
        cue=item.cue,
        evidence=[ev],
    )


def extract_open_issues(doc: Document) -> list[Item]:
    """What the agreement left unaddressed, deferred, uncertain, violated or in doubt."""
    text = doc.text
    lower = _lower_of(doc)
    items: list[Item] = []
    said: set[tuple[str, ...]] = set()
    issue_block = -1  # the paragraph of the last issue, while it is the last sentence read
    violation_told = False  # a violation was already reported
    scans = _scans(doc)
    for k, scan in enumerate(scans):
        issue = scan.issue
        # "Rights groups said the deal was silent on justice. “Without justice, any peace
        # will be fragile,” said X.": in one paragraph, the quote backs the point just made.
        backing = issue_block == scan.block and scan.quoted
        issue_block = scan.block if issue is not None and not scan.history else -1
        if issue is None or scan.history or backing:
            continue
        if text[scan.start : scan.end].rstrip().endswith("?") and (
            len(_WORD.findall(text, scan.start, scan.end)) <= _HEADING_WORDS
        ):
            # "What is still unclear?": an explainer's heading, not an issue.
            continue
        if scan.quoted and issue[0] in _SPEAKER_CATEGORIES:
            # "“We will believe it when the shooting stops,” said a farmer": a speaker's
            # doubt in his own words; the analyst cites the report's own sentences.
            continue
        if _introduces(scans, k, text):
            # "Doubts remain, however. A dissident faction has rejected the deal ...": the
            # short sentence announces the point the next one makes.
            issue_block = -1
            continue
        low = lower[scan.start : scan.end]
        # A point reported, then quoted in the same words, is one issue.
        grams = _ngrams(low)
        if grams & said:
            continue
        said |= grams
        category, cue_words, _ = issue
        if (
            category == "violation"
            and violation_told
            and cue_words.startswith(("violat", "breach"))
        ):
            # "X accused Y of thousands of violations" after the report that both sides accuse
            # each other: one side's count of the same violations.
            continue
        violation_told = violation_told or category == "violation"
        part_start, part_end = _issue_span(text, scan, low, issue[2])
        # The label says the part that holds the issue; the evidence is that part when it
        # opens the sentence (the cut keeps at least half of it) or is short beside it.
        if part_start == scan.start or _worth_narrowing(scan.start, scan.end, part_start, part_end):
            ev = evidence(text, part_start, part_end)
        else:
            ev = evidence(text, scan.start, scan.end)
        if not ev.quote:
            continue
        items.append(
            Item(
                id=make_id("open_issue", ev.quote, ev.start),
                kind="open_issue",
                text=_label(text[part_start:part_end]),
                cue=f"{category}: {cue_words}",
                evidence=[ev],
            )
        )
    return items


_HEADING_WORDS = 8
# Categories that a quoted sentence only voices (a deferral or absence it states is a fact).
_SPEAKER_CATEGORIES = frozenset({"doubt", "violation", "not yet done", "uncertainty"})
# A sentence this short that only announces a doubt ("Doubts remain, however.").
_TOPIC_WORDS = 7
# "But the deal has many critics at home.": a doubt named only by a noun of people or
# feelings announces the point a little longer.
_TOPIC_WORDS_NOUN = 10
_TOPIC_NOUNS = frozenset({"critics", "sceptics", "skeptics", "doubts", "fears", "concerns"})
_CLAIM = re.compile(
    r"\b(?:could|would|will|may|might|should|that|warn|warned|say|said|point|points|pointed)\b",
    re.I,
)


def _introduces(scans: list[_Scan], k: int, text: str) -> bool:
    """True when the issue sentence ``scans[k]`` is a short lead-in ("Critics were
    unconvinced.") and the next sentence, in its paragraph or the next, makes an issue
    of its own."""
    scan = scans[k]
    n_words = len(_WORD.findall(text, scan.start, scan.end)) if k + 1 < len(scans) else 0
    # "But the deal has many critics at home.": the noun alone, with no claim of its own
    # ("Sceptics warn the deal could fail" makes one), may take a few more words.
    longer = (
        _TOPIC_WORDS < n_words <= _TOPIC_WORDS_NOUN
        and scan.issue is not None
        and scan.issue[1] in _TOPIC_NOUNS
        and _CLAIM.search(text, scan.start, scan.end) is None
    )
    if (
        k + 1 >= len(scans)
        or (scan.issue is not None and scan.issue[0] == "deferral")
        or (n_words > _TOPIC_WORDS and not longer)
    ):
        # A deferral, however short ("The thorniest questions were left for later."), is
        # a point of its own.
        return False
    if (scan.issue is None or scan.issue[1] not in _TOPIC_NOUNS) and not _DEAL_NAMES.isdisjoint(
        _words_of(text[scan.start : scan.end].lower())
    ):
        # "The deal still faces formidable obstacles.": a claim about the deal itself, not
        # a lead-in.
        return False
    nxt = scans[k + 1]
    return nxt.issue is not None and not nxt.history and nxt.block - scan.block <= 1


_CONCESSIVE = re.compile(r",\s+(?:though|although)\b")
_TRAILING_ASIDE = re.compile(r",\s+(?:which|who|whose)\s|;\s+|\s+[—–]\s+")
_PRONOUN_SUBJECT = re.compile(r"\s+(?:he|she|they|it|there|we|i)\s")


def _worth_narrowing(start: int, end: int, part_start: int, part_end: int) -> bool:
    """True when citing ``part`` rather than the whole sentence can matter.

    A reader who cites the whole sentence and one who cites the part both match a
    whole-sentence citation when the part is at least a third of the sentence; only a
    shorter part (with a margin: under two fifths) is better cited on its own.
    """
    return (part_end - part_start) * 5 < (end - start) * 2


def _issue_span(text: str, scan: _Scan, low: str, cue_at: int) -> tuple[int, int]:
    """The span of a sentence that carries its open issue (its cue is at ``cue_at``).

    * ``“This is a fragile first step,” said an aid official and former envoy to ...``:
      the quoted words;
    * ``Serbia and Kosovo agreed on the annex, although neither leader signed it``: the
      part from "although", when the part before it is an agreed term;

    A sentence that holds two issues stays one: analysts cite the sentence.
    """
    start, end, words = scan.start, scan.end, _words_of(low)
    q_start, q_end = _quoted_core(text, start, end)
    if (q_start, q_end) != (start, end):
        return q_start, q_end
    contrast = _contrast(low, words)
    if (
        contrast is not None
        and 0 < contrast.start() < cue_at
        and (
            _clause_cue(low[: contrast.start()], words, None) is not None
            # "X said the authority would coordinate aid, but he gave no details of how":
            # a new clause, with its own subject, holds all the doubt.
            or (
                _PRONOUN_SUBJECT.match(low, contrast.end())
                and _issue_cue(low[: contrast.start()], _words_of(low[: contrast.start()])) is None
            )
        )
    ):
        cut = contrast.start() + len(contrast.group()) - len(contrast.group().lstrip(",;”\"’' —–"))
        return start + cut, end
    # "X hopes to sign by May, though the rebels have given no date": the concession holds
    # the doubt when nothing before it is one.
    if (
        contrast is not None
        and 0 < contrast.start() < cue_at
        and _CONCESSIVE.match(low, contrast.start())
        and _issue_cue(low[: contrast.start()], _words_of(low[: contrast.start()])) is None
    ):
        cut = contrast.start() + len(contrast.group()) - len(contrast.group().lstrip(",;”\"’' "))
        return start + cut, end
    # "The deal leaves X unresolved, the strip linking ..., which negotiators sent to
    # arbitration": a relative clause after the cue adds background, not the issue. The cut
    # keeps at least half the sentence, so a reader who marks all of it still matches.
    for tail in _TRAILING_ASIDE.finditer(low, cue_at):
        if tail.start() * 2 >= len(low):
            return start, start + tail.start()
    return start, end
