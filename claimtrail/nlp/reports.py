"""Groups sentences into reports: one report per account of one incident.

The rule, in order:
1. A sentence that names a date opens a new group.
2. A sentence without a date joins the open group when it is in the same paragraph, unless
   its event cannot be the same occurrence (an arrest after a killing): then it opens a
   group of its own that keeps the first one's date and place when it names none.
3. An undated paragraph soon after the group's (quotes and background may stand between)
   carries its story on when it talks of an event ("... supplying weapons." / "“...
   helicopters which deliver weapons ...”"), with the same split as in 2.
4. A denial sentence closes the open group: what follows is not the same account.
5. A group becomes a report when it holds an event trigger and says when or where
   (below country level) it happened. Talk about "reports of X", and the present tense of
   what usually happens ("fuel is transported by road"), count only in a sentence that
   dates them. An undated account takes the last event date of the paragraph before it.

A lead on a body's word ('..., police said') told again in the next paragraphs on the word of a
named member of that body ('..., SP Abhinav Rao said') is one report, with that person as origin.

The report's chain is that of its first trigger, or of the sentence after it that names
the source. A later sentence that adds places with its own sources nests them under that
chain when the chain ends in an outlet carrying the statement or the same speaker goes on
(an agency's report, then the spokeswoman it quotes citing local residents).
Its date is the one attached to the event rather than to the telling of it (a dispatch's
dateline is the telling). A report is `denied` when its event is negated, or when a denial
answers it (`claimtrail.nlp.denial_answers`).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from claimtrail.geo.geodesy import distance_km
from claimtrail.geo.resolve import main_town
from claimtrail.ingest.dateline import parse_dateline
from claimtrail.model import ActorMention, Article, Hedge, Place, Report, Source, When
from claimtrail.names import initials
from claimtrail.nlp.attribution import Attribution, chain_at, quotation_spans, same_source
from claimtrail.nlp.dates import (
    is_update_stamp,
    offsets_from_events,
    reference_numbers,
    small_hours,
)
from claimtrail.nlp.denial_answers import (
    LOCAL_FEATURES,
    answered_by_denial,
    denied_before,
    denied_by_name,
    denied_later,
)
from claimtrail.nlp.events import DEFINITE, Trigger, carried_for_care
from claimtrail.nlp.facts import PARAGRAPH_BREAK, DocumentFacts, paragraph_starts
from claimtrail.nlp.headings import is_crosshead, is_log_entry_heading
from claimtrail.nlp.places import cues as place_cues
from claimtrail.nlp.sources import OUTLET_KINDS
from claimtrail.vocab import actions, attribution_cues, hedge_pattern, read_data
from claimtrail.vocab import sources as source_vocabulary

COARSE_FEATURES = {"country", "region", "continent"}
_OWN_RECORDS = re.compile(r"^(?:[Tt]he\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)['’]s\s+own\b")
MAX_OWNED_CHARS = 8  # "'s own" after the keeper's name
TIME_NOUNS = frozenset({"day", "night", "week", "weekend", "morning", "afternoon", "evening"})
MAX_DATE_HOPS = 8
BODY_KINDS = frozenset({"official", "organization"})  # speak through named members; residents
# quoted by name are some of the residents, not their voice
MAX_PARAGRAPH_GAP = 3  # paragraphs: how far an undated paragraph may carry a story on
YEARLIKE = re.compile(r"(?:1[89]|20)\d\d")
MANY_VICTIMS = 100  # a count this large over a year or more is a statistic
MANY_OVER_A_PERIOD = 10  # "since January", "between January and August": a tally from here
COUNT = re.compile(r"\b\d{1,3}(?:,\d{3})+\b|\b\d{2,}\b")
SCALED_COUNT = re.compile(r"\b(\d+(?:[.,]\d+)?)\s+(thousand|million|billion)\b", re.I)
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
PERIOD_CUE = re.compile(r"\b(?:since|between|from|so far)\s+(?:the\s+)?$")
PERIOD_CUE_CHARS = 20
# "the second fatal shooting in Košice this year", "the ninth road death of the year"
COUNTED_IN_A_YEAR = re.compile(
    r"\bthe\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\b[^.;]{0,80}?\b(?:this\s+year|of\s+the\s+year|so\s+far\s+in\s+\d{4})",
    re.I,
)
LONG_SPAN_DAYS = 92
MIN_ROUNDED_UP_PLACES = 2  # a lead whose places two later accounts take up is a round-up
RECENT_DAYS = 30  # a story with an account this close to its publication tells current events
BACKGROUND_DAYS = 180  # an account dated by a year, this long before, is their background
MAX_DISPATCH_DAYS = 7  # a dateline's day is the dispatch's, within a week of the page
LONG_PAST_DAYS = 730  # ... and this long before, even on someone's word
SPAN_BOUND = re.compile(r"\b(?:since|until|till|by)\s+(?:the\s+)?$", re.I)  # "since Monday"
PLACES_BEFORE_DASH = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?:, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*){0,2}(?= [-–—] )"
)
SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
DISTANCE_FROM = re.compile(
    r"\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|mi|miles?)\s+(?:\(\S+\)\s+)?"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|"
    r"north-east|north-west|south-east|south-west)(?:ern)?\s+)?(?:of|from)\s+(?:the\s+)?$",
    re.I,
)
TOWARDS = re.compile(r"\btowards?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.I)
# 'a flight to Amsterdam', 'bound for Lisbon', 'trying to leave for Croatia', 'a container
# that had arrived from Guayaquil', 'two containers from Santos', 'deliveries of chemicals
# from Saxony': where a journey or a cargo went or came from, not where the event took place
JOURNEY_END = re.compile(
    r"\b(?:(?:flights?|plane|bus|ferry|boat|ship|train|voyage|journey|trip)\s+(?:to|from)"
    r"|(?:containers?|shipments?|consignments?|cargo(?:es)?|deliver(?:y|ies))"
    r"(?:\s+of\s+[a-z\-]+(?:\s+[a-z\-]+)?)?\s+(?:from|for)"
    r"|bound\s+for|en\s+route\s+to|destined\s+for|head(?:ed|ing)\s+(?:for|to)"
    r"|(?:leave|leaves|leaving|left)\s+for"
    # 'left Rigores for Tocoa', 'left Thiban for relatives in al-Shuhail': the refuge
    r"|(?:leave|leaves|leaving|left)\s+(?:[\w'’-]+,?\s+){1,12}?for(?:\s+[\w'’-]+){0,3}?"
    r"(?:\s+(?:in|at|of))?"
    r"|(?:shipped|imported|sent|flown|arriv(?:e|es|ed|ing)|coming)\s+from"
    r"|(?:shipped|exported|smuggled)\s+(?:[\w-]+\s+){0,3}to"
    # 'a bus carrying passengers to Kampala', 'the line that carries the ore to the port of
    # Kamsar': where what it carries goes
    r"|carr(?:y|ies|ied|ying)\s+(?:[\w'’-]+\s+){1,3}to(?:\s+the\s+port\s+of)?)\s+(?:the\s+)?$",
    re.I,
)
# people moved 'from homes in X' (or 'from X') 'to a school in Y', 'to Y'
MOVED_FROM = re.compile(r"\bfrom\s+(?:(?:their\s+)?homes?\s+in\s+|the\s+)?$", re.I)
MOVED_TO = re.compile(
    r"\bto\s+(?:[\w'’-]+\s+){0,5}?(?:in|at)\s+(?:the\s+)?$|\bto\s+(?:the\s+)?$", re.I
)
MOVING_PEOPLE = frozenset({"evacuate", "displace"})
DEADLINE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
RESIDENCE = re.compile(r"\b(?:liv(?:e|es|ed|ing)|resid(?:e|es|ed|ing)|settled)\s+in\s+$", re.I)
TAKEN_TO_HOSPITAL = re.compile(
    r"\bto\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}(?:hospital|clinic|medical\s+(?:centre|center|complex)"
    r"|health\s+(?:centre|center))\s+(?:in|at)\s+$",
    re.I,
)


# 'were taken to the prosecutor's office in Pedro Juan Caballero', 'handed over to the
# police station in X': where suspects were taken after their arrest, not where it happened
TAKEN_INTO_CUSTODY = re.compile(
    r"\b(?:taken|brought|transferred|handed(?:\s+(?:them|him|her))?\s+over|driven|flown|sent"
    r"|moved)\s+to\s+"
    r"(?:the\s+|a\s+)?(?:[\w'’.-]+\s+){0,3}(?:prosecutor'?s\s+office|prosecutors?|court"
    r"|police\s+station|station|prison|jail|detention\s+(?:centre|center|facility)|cells)"
    # ... and the rest of its name: 'the Court for the Repression of Economic Offences in X'
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:in|at)\s+$",
    re.I,
)


@dataclass
class SentenceFacts:
    start: int
    end: int
    paragraph: int
    dates: list[When]
    triggers: list[Trigger]
    places: list[Place]
    denial: bool
    mentions: list[Trigger] = field(default_factory=list)  # every trigger, undated talk too
    own_dates: bool = True  # a date of its own, not only one of a noun's clause ("whose lease
    # expired last month"): only such a date opens a new account
    counted: bool = False  # days counted from a named event ("two days before the floods")
    told_only: bool = False  # its dates are all of a telling ("a press release issued on Monday")
    definite_nouns: frozenset[str] = frozenset()  # its definite nouns ("the shot came from ...")
    back_references: frozenset[str] = frozenset()  # those a source confirms ("the incident")
    trigger_words: frozenset[str] = frozenset()  # its triggers' words ("was shot")
    one_more: bool = False  # an event told as one more of its kind ("a second strike")
    cites_further: bool = False  # "The paper cited a harbour worker as saying ...": the
    # outlet named again, passing on a deeper source's word
    small_hours: When | None = None  # "shortly after midnight", in a sentence of no date
    heading: bool = False  # a crosshead or a live page's time stamp ('07:05')
    claimed: bool = False  # its events are told on someone's word ('portals claimed that ...')


@dataclass
class Group:
    sentences: list[SentenceFacts] = field(default_factory=list)
    parent: Group | None = None  # the account this one split from, for its date and place

    @property
    def triggers(self) -> list[Trigger]:
        return [t for s in self.sentences for t in s.triggers]

    @property
    def last_paragraph(self) -> int:
        return self.sentences[-1].paragraph


def assemble_reports(facts: DocumentFacts) -> list[Report]:
    sentences = _sentence_facts(facts)
    groups = _group(sentences)
    starts = paragraph_starts(facts.doc.text)
    reports = [_report(group, facts, starts[group.sentences[0].paragraph]) for group in groups]
    built = [split for r in reports if r is not None for split in r]
    built = _dated_from_named_events(built, facts)
    dated = _without_undated_restatements(
        _dated_by_reference(built, facts), facts.doc.text, facts.article.published
    )
    one_more = {s.start for s in sentences if s.one_more}
    told = _without_back_references(_merged_retellings(dated, facts, one_more), facts)
    told = _without_pronoun_restatements(told, facts.doc.text)
    kept = [
        r
        for r in told
        if not (
            _a_statistic(r, facts) or _a_crosshead(r, facts.doc) or _a_year_running_on(r, facts)
        )
    ]
    return _without_background(_without_counted_before(kept, facts), facts.article.published)


def _without_background(reports: list[Report], published: date | None) -> list[Report]:
    """'In June 2022, gunmen killed more than 130 civilians in nearby villages': in a story of
    the days before it was published, an occurrence the author dates by a past year, on no
    one's word, is background given in passing, not one of the story's accounts. An account
    someone is cited for stays while it is recent ('the ministry said the camp was shelled in
    March last year'), but not once it lies years back: a witness recalling 'the floods of
    2005', or 'the earthquakes of 6 February 2023, which killed more than 53,000 people,
    according to the agency', recalls what the story is measured against. Every account of
    a story mostly of the past (a trial of crimes of 2020, opened last week) stays."""
    if published is None:
        return reports
    recent = [r for r in reports if r.when and (published - r.when.start).days <= RECENT_DAYS]
    if not recent:
        return reports
    long_past = {id(r) for r in reports if _dated_by_a_past_year(r, published, LONG_PAST_DAYS)}
    if len(long_past) > len(recent):
        long_past = set()
    return [
        r
        for r in reports
        if not (
            (_dated_by_a_past_year(r, published, BACKGROUND_DAYS) and _unsourced(r))
            or id(r) in long_past
        )
    ]


def _without_counted_before(reports: list[Report], facts: DocumentFacts) -> list[Report]:
    published, text = facts.article.published, facts.doc.text
    return [r for r in reports if not _counted_before(r, text, published)]


def _counted_before(report: Report, text: str, published: date | None) -> bool:
    """'It is the second fatal shooting in Košice this year; in February a man was shot dead
    ...': an earlier occurrence the author names to count the story's own, on no one's word,
    is background, not one of the story's accounts."""
    when = report.when
    if published is None or when is None or (published - when.end).days <= RECENT_DAYS:
        return False
    if not _unsourced(report):
        return False
    return COUNTED_IN_A_YEAR.search(text, report.start, report.end) is not None


def _dated_by_a_past_year(report: Report, published: date, days_before: int) -> bool:
    """Dated by a year named in its words ('in June 2022'), by a whole past year ('last
    year') or to a year before last, more than `days_before` days before publication."""
    when = report.when
    if when is None or (published - when.start).days <= days_before:
        return False
    whole_past_year = when.precision == "year" and when.end.year < published.year
    # 'in October and November 2016': a year shared with the next month, not in the words
    years_back = when.end.year < published.year - 1
    return YEARLIKE.search(when.text) is not None or whole_past_year or years_back


def _unsourced(report: Report) -> bool:
    return all(source.kind == "author" for source in report.sources)


def _a_year_running_on(report: Report, facts: DocumentFacts) -> bool:
    """'has been a battleground since 2021', '26 cases this year', 'before the end of the
    year': an account dated only by a year it runs on from, or by the year still running, is
    a state of things, a tally or a plan. A past year told as the time of one occurrence ('the
    town flooded in a similar way in 2023') stays an account."""
    when, published = report.when, facts.article.published
    if when is None or when.precision != "year":
        return False
    this_year = published is not None and when.end.year >= published.year
    return this_year or _runs_over_a_period(when, facts.doc.text)


def _a_crosshead(report: Report, doc: Doc) -> bool:
    """'Officer wounded near Leposavić' over the paragraph that tells it: a heading in the
    body, a paragraph of a few words without a full stop, is no account of its own."""
    return is_crosshead(doc.text, report.start, report.end)


def _first_sentence(report: Report, doc: Doc) -> Span | None:
    """The sentence a report opens with."""
    words = doc.char_span(report.start, report.end, alignment_mode="expand")
    return next(iter(words.sents)) if words is not None else None


def _definite(token: Token, possessive: bool = False) -> bool:
    """'the strike', 'this attack' (and, with `possessive`, 'Saturday's attack'): an event
    already told."""
    return any(
        (c.dep_ == "det" and c.lower_ in DEFINITE) or (possessive and c.dep_ == "poss")
        for c in token.children
    )


def _a_statistic(report: Report, facts: DocumentFacts) -> bool:
    """'Police killed 612 people in the state in 2025', 'more than 6,000 people have been
    killed since 2016': hundreds of victims over a year or more are a count of many
    occurrences, not an account of one; so are victims of many events over such a time,
    however few ('71 people were killed in tribal fights last year')."""
    when, doc = report.when, facts.doc
    if when is None:
        return False
    # (a month opening a period, 'between January and September', runs past its own days)
    long_span = when.precision == "year" or (when.end - when.start).days > LONG_SPAN_DAYS
    running = _runs_over_a_period(when, doc.text)
    if running and _counts_kinds(_first_sentence(report, doc)):
        return True  # 'Between 12 and 18 March we responded to 3 shellings, 17 fires, ...'
    if not (long_span or (running and when.precision == "month")):
        return False
    if _in_many_events(report, facts):
        return True
    first = _first_sentence(report, doc)
    words = first.text if first is not None else ""
    counts = [int(n.replace(",", "")) for n in COUNT.findall(words) if not YEARLIKE.fullmatch(n)]
    # "more than 1.2 million packs": a count in words of scale
    counts += [
        int(float(n.replace(",", ".")) * SCALES[scale.lower()])
        for n, scale in SCALED_COUNT.findall(words)
    ]
    # "27 IED attacks since January", "47 civilians killed between January and August": a
    # count over a period the text marks as running on is a tally, however small
    return any(n >= (MANY_OVER_A_PERIOD if running else MANY_VICTIMS) for n in counts)


# '3 shelling attacks', '17 fires (houses, camps and farmland)', '1 building collapse'
_COUNTED_KIND = re.compile(r"\b\d[\d,]*\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}")
MIN_COUNTED_KINDS = 3


def _counts_kinds(sentence: Span | None) -> bool:
    """A sentence that counts several kinds of occurrence over a period ('our centres
    responded to 41 call-outs: 3 shelling attacks, 17 fires, 1 building collapse and 12
    road accidents') is a week's or a month's tally, not an account of one of them."""
    if sentence is None:
        return False
    vocab = actions()
    kinds = 0
    for item in re.split(r",|;|:|\band\b", sentence.text):
        counted = _COUNTED_KIND.search(item)
        words = counted.group().split()[1:] if counted else []
        # 'families', 'people' and 'schools' count the victims of one occurrence
        kinds += any(
            w in vocab.event_nouns or w.removesuffix("s") in vocab.event_nouns for w in words
        )
    return kinds >= MIN_COUNTED_KINDS


def _in_many_events(report: Report, facts: DocumentFacts) -> bool:
    """An outcome in or on a plural noun: 'killed in tribal fights', 'died in mining
    accidents', 'died on building sites'."""
    doc = facts.doc
    for trigger in facts.triggers:
        if not report.start <= trigger.start_char < report.end:
            continue
        verb = doc[trigger.token_index]
        # 'on' only where victims are the subject: 'opened fire on villagers' is one attack
        allowed = ("in", "on") if not any(c.dep_ == "dobj" for c in verb.children) else ("in",)
        preps = [c for c in verb.children if c.lower_ in allowed]
        if any(_plural_object(p) for p in preps):
            return True
    return False


def _plural_object(preposition: Token) -> bool:
    """Whether a preposition's object is plural, also where the parser read the noun
    compound as a verb and its object ('on building sites': 'building' a pcomp)."""
    for child in preposition.children:
        if child.dep_ == "pobj":
            return child.tag_ == "NNS"
        if child.dep_ == "pcomp" and child.tag_ == "VBG":
            return any(w.dep_ == "dobj" and w.tag_ == "NNS" for w in child.children)
    return False


def _runs_over_a_period(when: When, text: str) -> bool:
    """'since January', 'between January and August', 'so far this year'."""
    before = text[max(0, when.start_char - PERIOD_CUE_CHARS) : when.start_char].lower()
    return bool(PERIOD_CUE.search(before))


def _without_back_references(reports: list[Report], facts: DocumentFacts) -> list[Report]:
    """'No group has claimed Saturday's attack.': the author naming again, with a definite
    noun and no place of its own, an event the article told before adds no occurrence (a
    source telling it again is another account of it)."""
    vocab = actions()
    out: list[Report] = []
    for report in reports:
        earlier = [r for r in out if vocab.compatible(r.action, report.action)]
        by_author = report.origin is None or report.origin.kind == "author"
        if (
            earlier
            and by_author
            and _only_names_known_events(report, facts)
            and not any(_specific_place(p) for p in report.where if p.start_char >= report.start)
        ):
            continue
        if any(r.action == report.action for r in out) and _only_describes_people(report, facts):
            continue
        out.append(report)
    return out


def _only_describes_people(report: Report, facts: DocumentFacts) -> bool:
    """'two of the men detained in the camp led soldiers to a cache': a participle that
    describes people the story named, after an account of the same act, tells of no other
    occurrence, whoever speaks."""
    doc = facts.doc
    inside = [
        doc[t.token_index]
        for t in facts.triggers
        if report.start <= t.start_char < report.end and t.action == report.action
    ]
    return bool(inside) and all(
        t.tag_ == "VBN" and t.dep_ == "acl" and _definite(t.head) for t in inside
    )


def _without_pronoun_restatements(reports: list[Report], text: str) -> list[Report]:
    """'Police arrested a 38-year-old man ...' then 'He was arrested at his home in the
    city.': the same act done again to a pronoun, a paragraph or two on and with no day of
    its own, tells more of the same account, not another one."""
    starts = paragraph_starts(text)
    out: list[Report] = []
    for report in reports:
        patient = report.patient.text.lower() if report.patient is not None else ""
        paragraph = bisect_right(starts, report.start) - 1
        near = starts[max(0, paragraph - MAX_PARAGRAPH_GAP + 1)]
        if (
            patient in _PRONOUN_PATIENTS
            and not _dated_beside(report, text)
            and any(
                r.action == report.action
                and near <= r.start < report.start
                and _names_people(r.patient)
                for r in out
            )
        ):
            continue
        out.append(report)
    return out


_PRONOUN_PATIENTS = frozenset({"he", "she", "him", "her", "they", "them"})


def _names_people(patient: ActorMention | None) -> bool:
    """Whether an account's patient may be whom a later pronoun stands for: people ('a
    40-year-old trader', 'two men', 'Ana Ruiz'), not a school set on fire before 'beat her'."""
    if patient is None:
        return False  # 'set fire to the school': whom the pronoun stands for is not told
    vocab = actions()
    words = [w.strip(".,'’").lower() for w in patient.text.split()]
    if words and (
        words[-1].removesuffix("s") in vocab.public_buildings or words[-1] in vocab.fire_words
    ):
        return False  # 'the primary school', or the 'fire' of 'set fire to the school'
    return True


def _dated_beside(report: Report, text: str) -> bool:
    """Whether the sentence that names the report's patient holds its date."""
    if report.when is None or report.patient is None:
        return False
    at = report.patient.start_char
    start = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    end = text.find(".", at)
    return start <= report.when.start_char < (end if end != -1 else len(text))


def _only_names_known_events(report: Report, facts: DocumentFacts) -> bool:
    doc = facts.doc
    inside = [t for t in facts.triggers if report.start <= t.start_char < report.end]
    return bool(inside) and all(
        doc[t.token_index].pos_ == "NOUN" and _definite(doc[t.token_index], possessive=True)
        for t in inside
    )


def _merged_retellings(
    reports: list[Report], facts: DocumentFacts, one_more: set[int]
) -> list[Report]:
    """A lead sums an incident up on a body's word ('..., fire officials said') and the next
    paragraph tells it again on the word of a named member of that body ('..., Fire Chief
    Daniel Hoskins said'), or the same source goes on telling it: one account, whose origin
    is the person named. An account opened by one more event ('a second strike') is its own,
    at `one_more`, the starts of such sentences."""
    out: list[Report] = []
    for report in reports:
        if report.start in one_more:
            out.append(report)
        elif out and _retells(out[-1], report, facts.doc.text):
            out[-1] = _merged(out[-1], report, facts)
        elif out and _sourced_in_the_next_paragraph(out[-1], report, facts.doc.text):
            out[-1] = _merged(out[-1], report, facts, sources=report.sources)
        elif out and _sourced_in_the_next_sentence(out[-1], report, facts.doc.text):
            merged = _merged(out[-1], report, facts, sources=report.sources)
            # the source's day, within the lead's night or days, says when it happened
            kind = _kind_told(out[-1].action, report.action)
            out[-1] = replace(merged, action=kind, when=report.when)
        else:
            out.append(report)
    return out


def _sourced_in_the_next_sentence(lead: Report, later: Report, text: str) -> bool:
    """'During the night of 14 to 15 August, the port came under a drone attack.' then
    'According to the governor, drones struck the grain terminal shortly after 01:00 on 15
    August.': a lead told on no one's word, whose next sentence tells the same kind of event
    on a source's word, on a day within the lead's and at the same place, is one account."""
    if lead.certainty != "asserted" or lead.when is None or later.when is None:
        return False
    if later.origin is None or later.origin.kind == "author" or later.start < lead.end:
        return False
    between = text[lead.end : later.start]
    if between.strip() or PARAGRAPH_BREAK.search(between):
        return False  # the very next sentence of the same paragraph
    within = lead.when.start <= later.when.start and later.when.end <= lead.when.end
    # the same event, or a kind of it: a cyclone's passing after a landslide is another
    same = _kind_told(lead.action, later.action) == later.action
    return (
        within
        and same
        and (_same_ground(lead.where, later.where) or _near_ground(lead.where, later.where))
    )


NEAR_GROUND_KM = 40
"""A town and the district around it ('Izmail' and 'Izmail district') lie this close."""


def _near_ground(lead: Sequence[Place], later: Sequence[Place]) -> bool:
    """Both accounts place it within a short drive of each other."""
    return any(
        a.lat is not None
        and a.lon is not None
        and b.lat is not None
        and b.lon is not None
        and distance_km(a.lat, a.lon, b.lat, b.lon) <= NEAR_GROUND_KM
        for a in lead
        for b in later
    )


def _kind_told(lead: str, later: str) -> str:
    """The account's action: the kind the later sentence tells of the lead's broad one."""
    return later if later in actions().specific_kinds.get(lead, frozenset()) else lead


def _sourced_in_the_next_paragraph(lead: Report, later: Report, text: str) -> bool:
    """'A couple escaped after their home in Blackrock was set alight.' then 'Gardaí said
    they were called to the house at 3.15am on Saturday ...': a lead told on no one's word
    and on no day, whose next paragraph tells the same kind of event with its source and
    day, is one account."""
    if lead.certainty != "asserted" or lead.when is not None or later.when is None:
        return False
    if later.origin is None or later.origin.kind == "author":
        return False
    between = text[lead.end : later.start]
    if between.strip() or len(PARAGRAPH_BREAK.findall(between)) != 1:
        return False
    return actions().compatible(lead.action, later.action)


def _retells(lead: Report, later: Report, text: str) -> bool:
    first, then = lead.origin, later.origin
    if (
        first is None
        or then is None
        or not (
            _speaks_for(first, then)
            or (first.kind != "author" and (same_source(first, then) or _names_again(first, then)))
        )
    ):
        return False
    denied = [r.certainty == "denied" for r in (lead, later)]
    if denied[0] != denied[1] or not actions().compatible(lead.action, later.action):
        return False
    if lead.action != later.action and {lead.action, later.action} & actions().separate_reports:
        return False  # "Police detained a suspect on Saturday, Miklošová said": its own report
    if lead.action != later.action and later.action in actions().separate_after_lead:
        return False  # "He said more than 300 families had fled the village": after a killing
    between = text[lead.end : later.start]
    if len(PARAGRAPH_BREAK.findall(between)) > MAX_PARAGRAPH_GAP or later.start < lead.end:
        return False
    told = _own_day(lead, text)
    return _same_day_or_told_after(told, later.when) and _same_ground(lead.where, later.where)


def _names_again(first: Source, then: Source) -> bool:
    """'the army general staff said ...' then 'the general staff said ...': the same body named
    again, shorter and with its article."""
    words = (then.name or then.text).lower().removeprefix("the ").split()
    return (
        bool(words)
        and _refers_back(then, first)
        and (first.name or first.text).lower().endswith(" ".join(words))
    )


def _own_day(report: Report, text: str) -> When | None:
    """The report's date, unless it is only the dateline's ('GUSAU, Oct. 14 (NWA) - ...')."""
    if report.when is not None and _in_dateline(text, report.when):
        return None
    return report.when


def _speaks_for(body: Source, member: Source) -> bool:
    """An unnamed body ('police') and a named source of its kind ('SP Abhinav Rao')."""
    return (
        body.name is None
        and body.kind in BODY_KINDS
        and member.name is not None
        and member.kind == body.kind
    )


def _same_day_or_told_after(lead: When | None, later: When | None) -> bool:
    """The later account names the lead's day, or only the day it was told on."""
    if lead is None or later is None:
        return lead is None or later is None
    if later.start == lead.start:
        return True
    if lead.role == "reported" and later.role != "reported" and later.start <= lead.start:
        return True  # the lead knew only when it was told; the account says when it happened
    return later.role == "reported" and lead.start <= later.start


def _same_ground(lead: Sequence[Place], later: Sequence[Place]) -> bool:
    """Both accounts place it alike: a name in common, one inside the other, or one that
    names no place of its own."""
    if not lead or not later:
        return True
    for a in lead:
        for b in later:
            if a.name and a.name == b.name:
                return True
            if (a.name and a.name in (b.admin1, b.country)) or (
                b.name and b.name in (a.admin1, a.country)
            ):
                return True
    return False


def _merged(
    lead: Report, later: Report, facts: DocumentFacts, sources: tuple[Source, ...] = ()
) -> Report:
    """One account of the two; its sources are `sources` when given, else the named member's
    of a body or the lead's."""
    text = facts.doc.text
    hedges = lead.hedges + later.hedges
    if not sources:
        sources = later.sources if _speaks_for(lead.origin, later.origin) else lead.sources
    return replace(
        lead,
        id=_report_id(facts.article.id, lead.start, later.end),
        end=later.end,
        text=text[lead.start : later.end],
        when=_day_it_happened(_own_day(lead, text), later.when) or lead.when,
        agent=lead.agent or later.agent,
        patient=lead.patient or later.patient,
        where=lead.where or later.where,
        sources=sources,
        hedges=hedges,
        certainty=_certainty(lead.certainty == "denied", sources, list(hedges)),
    )


def _day_it_happened(lead: When | None, later: When | None) -> When | None:
    """The lead's date, unless it has none or only the day it was told on and the account
    after it says when it happened."""
    if lead is None or (lead.role == "reported" and later is not None and later.role != "reported"):
        return later or lead
    return lead


def _dated_by_reference(reports: list[Report], facts: DocumentFacts) -> list[Report]:
    """'Witnesses said the strike hit the market', paragraphs after the strike was dated:
    an undated account naming its event with a definite noun refers back to the latest
    earlier account of that kind of event, and takes its date."""
    vocab = actions()
    out: list[Report] = []
    for report in reports:
        named = None
        if report.when is None and _names_a_known_event(report, facts):
            named = report.action
        elif report.when is None or report.when.role == "reported" or not _own_date(report):
            named = _event_it_followed(report, facts)  # "fled ... since the attack"
        if named is not None:
            earlier = [
                r
                for r in out
                if r.when is not None
                and r.start < report.start
                and vocab.compatible(r.action, named)
            ]
            same = [r for r in earlier if r.action == named]
            if earlier:
                report = replace(report, when=(same or earlier)[-1].when)
        out.append(report)
    return out


def _dated_from_named_events(reports: list[Report], facts: DocumentFacts) -> list[Report]:
    """'Two days before the Darbang disaster, a landslide swept a jeep off the road': an
    account with no day of its own is dated from the earlier account the words name, by the
    place named in them ('the Darbang disaster') or by the kind of event ('the attack')."""
    out: list[Report] = []
    text = facts.doc.text
    for report in reports:
        first = _first_sentence(report, facts.doc)
        offsets = offsets_from_events(text, report.start, first.end_char) if first else []
        if offsets and not _own_date(report):
            offset = offsets[0]
            referent = _named_event(text[offset.event_start : offset.event_end], out)
            if referent is not None and referent.when is not None:
                shift = timedelta(days=offset.days)
                when = referent.when
                report = replace(
                    report,
                    when=When(
                        text[offset.start_char : offset.end_char],
                        offset.start_char,
                        offset.end_char,
                        when.start + shift,
                        when.end + shift,
                        when.precision,
                    ),
                )
        out.append(report)
    return out


def _named_event(words: str, earlier: list[Report]) -> Report | None:
    """The latest earlier account named by a name in `words` ('the Darbang disaster' after
    the landslide at Darbang), else by its kind of event ('the attack')."""
    vocab = actions()
    lowered = words.lower()
    names = re.findall(r"\b[A-Z][\w'-]+", words)
    for report in reversed(earlier):
        if any(re.search(rf"\b{re.escape(n)}\b", report.text) for n in names):
            return report
        if any(p.text and p.text.lower() in lowered for p in report.where):
            return report
    nouns = {vocab.event_nouns.get(w) for w in re.findall(r"[a-z]+", lowered)} - {None}
    for report in reversed(earlier):
        if any(vocab.compatible(report.action, named) for named in nouns):
            return report
    return None


def _own_date(report: Report) -> bool:
    """Whether the report's date is written in its own words, not borrowed from before."""
    return report.when is not None and report.start <= report.when.start_char < report.end


def _event_it_followed(report: Report, facts: DocumentFacts) -> str | None:
    """'The company said on Wednesday a tank collapsed after the explosion': an account
    dated only by its telling happened when the earlier event it followed did, or the one
    it was part of ('said in a statement on Wednesday that nine people were killed in the
    attack')."""
    vocab = actions()
    span = facts.doc.char_span(report.start, report.end, alignment_mode="expand")
    for token in span if span is not None else ():
        named = vocab.event_nouns.get(token.lower_)
        if (
            token.pos_ == "NOUN"
            and named is not None
            and (token.head.lower_ in vocab.sequence_prepositions or _part_of(token))
            and _definite(token)
        ):
            return named
    return None


def _part_of(event_noun: Token) -> bool:
    """'killed in the attack': the deed a verb tells was part of the event the noun names."""
    preposition = event_noun.head
    return preposition.lower_ == "in" and preposition.head.pos_ == "VERB"


def _names_a_known_event(report: Report, facts: DocumentFacts) -> bool:
    """Whether the account's first sentence names an event with a definite noun: 'the
    strike', 'this attack' (the noun of an event verb or an event noun)."""
    vocab = actions()
    for token in _first_sentence(report, facts.doc) or ():
        named = vocab.event_nouns.get(token.lower_) or vocab.by_lemma.get(token.lemma_)
        if (
            token.pos_ == "NOUN"
            and named is not None
            and vocab.compatible(named, report.action)
            and _definite(token)
        ):
            return True
    return False


def _without_undated_restatements(
    reports: list[Report], text: str, published: date | None = None
) -> list[Report]:
    """A news lead sums up what the story then tells with its date ('Three men have been
    arrested in Burnley, police said' ... 'were arrested at the scene on Tuesday'): the
    undated summary of an action told dated at the same place is the same account. A lead
    dated only by its dateline ('NAIROBI, 21 August 2024 - ...') is undated in this sense;
    a table's entry set like one, months before the page ('Kampung Bangau-Bangau, Semporna,
    27.04.2033 – Arrest of ...'), is dated by its own day."""

    def undated(report: Report) -> bool:
        if report.when is None:
            return True
        dispatched = published is None or (published - report.when.start).days <= MAX_DISPATCH_DAYS
        return dispatched and _in_dateline(text, report.when)

    dated = [r for r in reports if not undated(r)]
    lead_end = _lead_end(text)
    # a summary of one action ('Workers stepped up protests this week') is sought in the
    # first paragraph only: sought past a standfirst too, it dropped a true account
    starts = paragraph_starts(text)
    first_end = starts[1] if len(starts) > 1 else len(text)
    return [
        r
        for r in reports
        if not (undated(r) and any(_retold(r, d) for d in dated))
        and not (r.start < first_end and any(_sums_up(r, d) for d in dated))
        and not (r.start < lead_end and _rounds_up(r, dated))
    ]


def _lead_end(text: str) -> int:
    """Where the lead ends: the first paragraph that closes a sentence, past a standfirst of
    headlines ('Flash flood in Tsarevo · Reporter beaten in Plovdiv')."""
    starts = paragraph_starts(text)
    for index in range(len(starts)):
        begin, end = _paragraph_span(text, starts, index)
        if text[begin:end].rstrip("\"”’'").endswith((".", "!", "?")):
            return starts[index + 1] if index + 1 < len(starts) else len(text)
    return len(text)


def _rounds_up(lead: Report, later: list[Report]) -> bool:
    """'A sawmill near Kemi burned, police are investigating an arson in Tornio, and a man
    was stabbed in Oulu': a lead on no one's word whose places the story's later accounts
    each take up on someone's word is the round-up of those accounts, not one more."""
    if not _unsourced(lead):
        return False
    names = {p.name for p in lead.where if p.name and _specific_place(p)}
    sourced = [d for d in later if d.start >= lead.end and not _unsourced(d)]
    taken_up = {p.name for d in sourced for p in d.where if p.name in names}
    # the lead's own event is among them: 'Hurricane Rene made landfall on the coast of
    # Guantánamo', then the floods and evacuations it caused, is an account of the landfall
    retold = any(_retold(lead, d) for d in sourced)
    return len(taken_up) >= MIN_ROUNDED_UP_PLACES and retold


def _retold(summary: Report, detail: Report) -> bool:
    names = {p.name for p in summary.where if p.name}
    return _same_kind(summary, detail) and bool(names & {p.name for p in detail.where})


def _same_kind(summary: Report, detail: Report) -> bool:
    """The same action, or houses told as burned ('60 houses were burned in the valley') that
    the story goes on to tell were set on fire by someone, an attack."""
    pair = (summary.action, detail.action)
    return pair[0] == pair[1] or pair == ("destroy", "attack")


def _sums_up(summary: Report, detail: Report) -> bool:
    """'Workers stepped up protests this week ...' in the lead, then 'On April 22, thousands
    of workers blocked the highway in Gazipur': the lead's span holds the later account's
    day, and the lead names its ground broadly (the country), by the same place, or not at
    all ('Two men detained in this month's cordons have died in prison')."""
    lead, told = summary.when, detail.when
    if lead is None or told is None or lead.start == lead.end or detail.start <= summary.start:
        return False
    if not lead.start <= told.start <= told.end <= lead.end or not _same_kind(summary, detail):
        return False
    countries = {p.country for p in summary.where if p.feature == "country"}
    if not summary.where:
        return True
    return _retold(summary, detail) or any(p.country in countries for p in detail.where)


def _paragraph_span(text: str, starts: list[int], index: int) -> tuple[int, int]:
    """Where paragraph `index` begins and where its text ends, before the break after it."""
    begin = starts[index]
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return begin, begin + len(text[begin:end].rstrip())


def _within(start: int, end: int, items: list, attr: str = "start_char") -> list:
    return [i for i in items if start <= getattr(i, attr) < end]


def _sentence_facts(facts: DocumentFacts) -> list[SentenceFacts]:
    starts = paragraph_starts(facts.doc.text)
    out = []
    for sent in facts.doc.sents:
        s, e = sent.start_char, sent.start_char + len(sent.text.rstrip())
        # 'a Red Cross team was expected in the village at the weekend': a plan's day
        dates = [
            d
            for d in _within(s, e, facts.dates)
            if not _planned_for(facts.doc, d)
            and not _dates_a_citation(facts.doc.text, d)
            and not _the_writers_own_day(facts, d)
        ]
        # "is supplied by convoys since early 2022": the start of a span dates no occurrence
        point_dates = [d for d in dates if not _span_bound(facts.doc.text, d)]
        # 'reports of a rocket falling near the moshav shortly after midnight'
        night = None if dates else small_hours(facts.doc.text, s, e, facts.article.published)
        point_dates = point_dates or ([night] if night is not None else [])
        aside = _day_that_also_saw(sent)
        speaker = _where_the_speaker_was(sent, facts.triggers)
        triggers = [t for t in _within(s, e, facts.triggers) if t.token_index not in aside]
        heading = is_crosshead(facts.doc.text, s, e)
        if heading or facts.doc.text[s:e].rstrip().endswith("?"):
            # '■ Trawler seized off Yeonpyeong': a heading tells no account, and would join
            # the paragraph above it to the one it heads; nor does a question ('Did relatives
            # protest outside the court?')
            triggers = []
        tokens = {t.token_index for t in triggers}
        out.append(
            SentenceFacts(
                start=s,
                end=e,
                paragraph=bisect_right(starts, s) - 1,
                dates=dates,
                triggers=[
                    t
                    for t in triggers
                    if not t.recurring and (point_dates or not (t.hearsay or t.habitual))
                ],
                places=[
                    p
                    for p in _within(s, e, facts.places)
                    if not _names_actor(p, triggers)
                    and _token_at(sent, p.start_char) not in aside | speaker
                ],
                denial=any(s <= d.start < e for d in facts.denials),
                small_hours=night,
                heading=heading,
                mentions=triggers,
                own_dates=any(_attachment(facts.doc, d, tokens) != OWN_CLAUSE for d in dates),
                told_only=bool(dates) and all(_told_on(facts.doc, d, tokens) for d in dates),
                counted=bool(offsets_from_events(facts.doc.text, s, e)),
                definite_nouns=frozenset(
                    t.lower_ for t in sent if t.pos_ == "NOUN" and _definite(t)
                ),
                trigger_words=frozenset(facts.doc[t.token_index].lower_ for t in triggers),
                one_more=any(_one_more(facts.doc[t.token_index]) for t in triggers),
                cites_further=_cites_further(facts.attributions, s, e),
                claimed=any(
                    a.sources and a.content_start <= t.start_char < a.content_end
                    for t in triggers
                    for a in facts.attributions
                ),
                back_references=frozenset(
                    t.lower_ for t in sent if t.pos_ == "NOUN" and _definite(t) and _confirmed(t)
                ),
            )
        )
    return out


def _cites_further(attributions: list[Attribution], start: int, end: int) -> bool:
    """Whether a cue in the range has an outlet named again ('The paper', 'It') pass on the
    word of a source nested under it."""
    cued = [a for a in attributions if start <= a.cue_start < end]
    return any(
        _points_back(outer.sources[0])
        and outer.sources[0].kind in OUTLET_KINDS | {"organization"}
        and any(
            inner is not outer
            and inner.cue_start == outer.cue_start
            and outer.covers(inner.content_start, inner.content_end)
            for inner in cued
        )
        for outer in cued
    )


def _one_more(trigger: Token) -> bool:
    """'Another explosion', 'a second strike hit a car': one more event of the kind told."""
    vocab = actions()
    nouns = [trigger] + [c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}]
    # of an event, not of its people: 'a third man was wounded' is one more of the wounded
    events = [
        n
        for n in nouns
        if n.pos_ == "NOUN" and (n.lower_ in vocab.event_nouns or n.lower_ in vocab.another_nouns)
    ]
    for noun in events:
        words = {c.lower_: c.dep_ for c in noun.children}
        if any(words.get(d) == "det" for d in vocab.another_determiners):
            return True
        if words.get("a") == "det" and any(words.get(o) == "amod" for o in vocab.another_ordinals):
            return True
    return False


def _day_that_also_saw(sent: Span) -> set[int]:
    """Tokens of a clause on a time noun ('..., on a day that also saw settlers burn cars near
    Ramallah'): other events of that day, told in passing; they and their places are not the
    sentence's account."""
    aside: set[int] = set()
    for clause in (t for t in sent if t.dep_ == "relcl" and t.head.lower_ in TIME_NOUNS):
        # not "since Thursday night, when a shrine was damaged": that is the account
        if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in clause.head.children):
            aside.update(t.i for t in clause.subtree)
    return aside


@cache
def _speakers_whereabouts() -> frozenset[str]:
    """Verbs of a clause on a speaker that say where the speaker was ('who was in Bossangoa',
    'speaking from Nairobi')."""
    return frozenset(read_data("attribution.json")["speakers_whereabouts"]["verbs"])


def _where_the_speaker_was(sent: Span, triggers: list[Trigger]) -> set[int]:
    """Tokens of a clause on the one who speaks ('The prefect, who was in Bossangoa for a
    meeting, said the attackers ...', 'X, speaking from Nairobi, said ...'): where the speaker
    was, not where the account's event happened. A clause that tells an event ('Residents
    who fled Bang said ...', 'who saw the attack in Kodo') keeps its place."""
    speech = attribution_cues().speech_verbs
    told = {t.token_index for t in triggers}
    clauses = (
        t
        for t in sent
        if t.dep_ in {"relcl", "acl"}
        and t.lemma_ in _speakers_whereabouts()
        and t.head.dep_ == "nsubj"
        and t.head.head.lemma_ in speech
        and t.i < t.head.head.i
    )
    about: set[int] = set()
    for clause in clauses:
        words = {t.i for t in clause.subtree}
        if not words & told:
            about |= words
    return about


def _token_at(sent: Span, char: int) -> int | None:
    return next((t.i for t in sent if t.idx <= char < t.idx + len(t.text)), None)


def _names_actor(place: Place, triggers: list[Trigger]) -> bool:
    """'the US evacuates ...': a place that is itself the one who acted is not where it
    happened ('Police in Iringa arrested ...' still happened in Iringa)."""
    return any(
        t.agent is not None
        and t.agent.start_char <= place.start_char < t.agent.end_char
        and _bare(t.agent.text) == _bare(place.text)
        for t in triggers
    )


def _bare(text: str) -> str:
    words = text.lower().split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


def _group(sentences: list[SentenceFacts]) -> list[Group]:
    groups: list[Group] = []
    current: Group | None = None
    dated_paragraphs = {s.paragraph for s in sentences if s.dates and s.own_dates or s.counted}
    headings = {s.paragraph for s in sentences if s.heading}
    for sentence in sentences:
        if sentence.denial:
            current = None
            continue
        if current is not None and _confirms(sentence, current):
            current.sentences.append(sentence)  # "Police confirmed the incident on Monday."
        elif _told_on_in_the_same_paragraph(sentence, current):
            # "According to a police press release issued on Monday, a bottle ... was thrown":
            # the day it was told on opens no account of its own
            current.sentences.append(sentence)
        elif current is not None and _passes_on_its_word(sentence, current):
            current.sentences.append(sentence)  # "The paper cited a worker as saying ..."
        elif sentence.counted or (
            sentence.dates
            and (sentence.own_dates or current is None or _moves_on(sentence, current))
        ):
            current = Group([sentence])
            groups.append(current)
        elif current is not None and sentence.paragraph == current.last_paragraph:
            if _other_occurrence(current, sentence) or _one_more_of(current, sentence):
                current = Group([sentence], parent=current)
                groups.append(current)
            else:
                current.sentences.append(sentence)
        elif current is not None and _continues(current, sentence, dated_paragraphs, headings):
            if (
                _other_occurrence(current, sentence)
                or _one_more_of(current, sentence)
                or _claimed_by_others(current, sentence)
            ):
                current = Group([sentence], parent=current)
                groups.append(current)
            else:
                current.sentences.append(sentence)
        elif sentence.triggers:
            current = Group([sentence])
            groups.append(current)
    return groups


def _passes_on_its_word(sentence: SentenceFacts, group: Group) -> bool:
    """The account's outlet, named again in its paragraph, citing who told it: more of the
    same account, whatever later day it names ('... as saying the man was freed on Friday')."""
    return (
        sentence.cites_further
        and not sentence.triggers
        and bool(group.triggers)
        and sentence.paragraph == group.last_paragraph
    )


MIN_PARAGRAPHS_TO_A_CLAIM = 2


def _claimed_by_others(group: Group, sentence: SentenceFacts) -> bool:
    """'Residents blocked the highway. ...' then, paragraphs on, 'Some news portals, quoting
    residents, have claimed that police opened fire on the protesters': an event of another
    kind that others claim, after an account the author tells on no one's word, is their
    account, of the same occurrence (its day and place), not more of the author's."""
    if not sentence.claimed or any(s.claimed for s in group.sentences):
        return False
    if sentence.paragraph - group.sentences[0].paragraph < MIN_PARAGRAPHS_TO_A_CLAIM:
        # 'Fighters reportedly attacked ... on Monday.' then 'Two soldiers were killed, a
        # medical source said': the next paragraph names the lead's source, with its details
        return False
    vocab = actions()
    told = {t.action for t in group.sentences[0].triggers}  # the account's own event
    # arrests, deaths or flight told after the lead are accounts of their own already, on
    # their own speaker's word and at the account's place (_part_chain)
    apart = vocab.separate_reports | vocab.separate_after_lead
    claimed = {t.action for t in sentence.triggers if not vocab.is_generic(t.action)} - apart
    return bool(claimed) and not claimed & told


def _one_more_of(group: Group, sentence: SentenceFacts) -> bool:
    """'A second strike reportedly hit a car', after an account of a strike."""
    return sentence.one_more and bool(group.triggers)


def _told_on(doc: Doc, date: When, trigger_tokens: set[int]) -> bool:
    """The day something was told on ('a press release issued on Monday'), not a deadline
    ('pulled out by Monday morning'), which says when the event was over."""
    deadline = DEADLINE.search(doc.text, max(0, date.start_char - 12), date.start_char)
    return not deadline and _attachment(doc, date, trigger_tokens) == TOLD


def _told_on_in_the_same_paragraph(sentence: SentenceFacts, group: Group | None) -> bool:
    return (
        group is not None
        and sentence.told_only
        and sentence.paragraph == group.last_paragraph
        and bool(sentence.triggers)
        and not _other_occurrence(group, sentence)
    )


def _confirms(sentence: SentenceFacts, group: Group) -> bool:
    """'The police spokesman confirmed the incident in a statement on Monday', the paragraph
    after the lead: a sentence with no event of its own that names the group's event again
    with a definite noun is more of its account (its source), whatever day it names."""
    if sentence.triggers or not group.triggers:
        return False
    if sentence.paragraph - group.last_paragraph not in (0, 1):
        return False
    return bool(sentence.back_references & _back_reference_words(group))


def _confirmed(noun: Token) -> bool:
    """'confirmed the incident', 'reported the attack'; not 'the Konduga attack', which
    names another event's place."""
    return (
        noun.dep_ == "dobj"
        and noun.head.lemma_ in actions().confirming_verbs
        and not any(c.dep_ in {"compound", "nmod", "poss"} for c in noun.children)
    )


def _back_reference_words(group: Group) -> frozenset[str]:
    vocab = actions()
    told = {t.action for t in group.triggers}
    kindred = {noun for noun, action in vocab.event_nouns.items() if action in told}
    return vocab.incident_nouns | kindred


def _moves_on(sentence: SentenceFacts, group: Group) -> bool:
    """A date in a noun's own clause is background when it lies before the account's day
    ('the bazaar, whose lease expired last month'), the story moving on when it lies after
    ('peacekeepers who reached the village three days later')."""
    told = [d.start for s in group.sentences for d in s.dates]
    return bool(told) and any(d.start > max(told) for d in sentence.dates)


def _other_occurrence(group: Group, sentence: SentenceFacts) -> bool:
    """True when none of the sentence's events can be part of the group's occurrence. What
    did not happen, said in the account's own paragraph ('"He was not even protesting," his
    uncle told us', after a shooting), tells of no other occurrence."""
    vocab = actions()
    before = [t.action for t in group.triggers if not vocab.is_generic(t.action)]
    after = [t.action for t in sentence.triggers if not vocab.is_generic(t.action)]
    if not before or not after or all(t.negated for t in sentence.triggers):
        return False
    return not any(vocab.compatible(a, b) for a in before for b in after)


def _continues(
    group: Group, sentence: SentenceFacts, dated_paragraphs: set[int], headings: set[int]
) -> bool:
    """An undated paragraph soon after the group's, telling of an event, carries on its story
    (quotes and background without events may stand between), but not under a heading of
    its own: a crosshead or a live page's next time stamp opens another story."""
    gap = range(group.last_paragraph + 1, sentence.paragraph + 1)
    if not 0 < len(gap) <= MAX_PARAGRAPH_GAP or any(p in dated_paragraphs for p in gap):
        return False
    if any(p in headings for p in gap):
        return False
    # Present-tense talk of the same events ("helicopters which deliver weapons") carries the
    # story on, though it could not open a report of its own.
    return bool(group.triggers and sentence.mentions)


def _primary(triggers: list[Trigger]) -> Trigger:
    """The trigger that names the report: specific before generic, a clause's own event before
    one named in passing ('after an explosion'), a past event before a present description,
    the main clause's event before one set beside it, then by rank, then first."""
    vocab = actions()
    return max(
        triggers,
        key=lambda t: (
            not vocab.is_generic(t.action),
            not t.oblique,
            not t.habitual,  # "rivers that supply water" describes, the march happened
            not t.aside,  # "the river burst its banks, while landslides claimed two lives"
            vocab.rank(t.action),
        ),
    )


def _last_day_of_the_page(facts: DocumentFacts) -> date | None:
    """The page's day, or that of its latest update ('Update · 20 March 2033' on a petition
    first published in February): what is told up to it has happened."""
    published = facts.article.published
    updates = [s.day for s in facts.stamps if is_update_stamp(facts.doc.text, s)]
    if published is None or not updates:
        return published
    return max(published, *updates)


def _report(group: Group, facts: DocumentFacts, paragraph_start: int) -> list[Report] | None:
    """The group's report, and one more for each arrest or seizure it tells of besides."""
    triggers = group.triggers
    if not triggers or all(_names_in_passing_a_told_event(t, facts.doc) for t in triggers):
        return None
    start, end = group.sentences[0].start, group.sentences[-1].end
    if all(t.negated for t in triggers) and _goes_on_denying(start, facts):
        return None
    chain = _chain(group, facts.attributions) or _sourced_by_the_next_paragraph(group, facts)
    if _author_says_nothing_happened(group, chain, facts.doc.text):
        return None
    when = _when(group, facts)
    told = {t.action for t in triggers}
    places = _places(group, chain, facts.doc)
    treated = [p for p in places if _taken_to_hospital_in(facts.doc.text, p)]
    treated += [p for p in places if _taken_into_custody_in(facts.doc.text, p)]
    if treated:
        # "flown to Lapland Central Hospital in Rovaniemi": where the injured were taken (or
        # suspects, to a prosecutor), not where it happened, unless nothing else places it
        places = [p for p in places if p not in treated] or (
            _place_told_before(facts, paragraph_start, start, told) or places
        )
    if places and all(_heading_for(facts.doc.text, p) for p in places):
        # "the depot had shipped ammunition to Ukraine": where a cargo went places nothing
        # the story told; the event it can be part of, told before, does
        places = _place_told_before(facts, paragraph_start, start, told) or places
    if places and all(_in_source(p, chain) for p in places):
        # "Five of the men died, Mashonaland West provincial police spokesperson X said":
        # the spokesperson's province holds the deaths, but the story has just placed the
        # event they belong to more finely, inside it
        finer = _kindred_place_before(facts, paragraph_start, start, told)
        places = [p for p in finer if any(_lies_in(p, unit) for unit in places)] or places
    if not any(p.lat is not None for p in places):
        places = places + _place_told_before(facts, paragraph_start, start, told)
    one_more = group.sentences[0].one_more
    if group.parent is not None:
        parent_chain = _chain(group.parent, facts.attributions)
        if not (one_more and _hedges(facts.doc.text, start, end, ())):
            # "A second strike reportedly hit a car": one more event the author hedges is told
            # on no one's word, not on the word of the account before it
            chain = chain or parent_chain
        when = when or _when(group.parent, facts)
        places = places or _places(group.parent, parent_chain, facts.doc)
    when = when or _date_told_before(facts, paragraph_start, {t.action for t in triggers})
    if when is None and not any(_specific_place(p) for p in places):
        return None
    if not any(p.lat is not None for p in places) and not _in_roundup_item(facts, paragraph_start):
        # (a roundup's item lies in its own town, even one the gazetteer does not know)
        places = places + _main_town(facts)
    published = _last_day_of_the_page(facts)
    if when is not None and published is not None and when.start > published:
        return None  # "a human chain tomorrow": what has not happened yet is no report
    hedges = _hedges(facts.doc.text, start, end, chain)
    if _publishers_own(chain, facts.article, facts.doc.text):
        chain = ()  # "The Trust's own monitoring records show ...", in the Trust's release
    sources = _outlets_named(chain, facts.article) or (_author(facts.article),)
    reports = []
    lead = next((s.triggers for s in group.sentences if s.triggers), [])
    # the wounded flown to hospital are what followed the event, no account of their own
    cared_for = [t for t in triggers if carried_for_care(facts.doc[t.token_index])]
    parts = _without_the_raid_behind_them(_parts_by_action(triggers, lead, cared_for), facts.doc)
    parts = _without_looting_in_the_attack(parts, facts.doc)
    for part in parts:
        # the account's first sentence names its event; later ones add what followed ('the
        # injured were airlifted') or what it did
        named = [t for t in part if t in lead and not actions().is_generic(t.action)]
        primary = _specific_kind(_primary(named or part), part)
        if one_more and group.parent is not None:
            primary = _specific_kind(primary, group.parent.triggers)  # "a second strike"
        agent = _resolved_actor(primary.agent, [t.agent for t in triggers])
        first = not reports
        told_by = _part_chain(group, parts, primary, lead, chain, facts, first)
        part_sources = sources if told_by == chain else _outlets_named(told_by, facts.article)
        part_sources = part_sources or (_author(facts.article),)
        denied = (
            primary.negated
            or answered_by_denial(end, agent, told_by, facts, primary.action, places)
            or denied_later(end, told_by, facts, primary.action, places, when)
            or denied_before(start, told_by, facts, primary, places)
            or denied_by_name(start, told_by, facts, places)
        )
        reports.append(
            Report(
                id=_report_id(facts.article.id, start, end, None if first else primary.action),
                start=start,
                end=end,
                text=facts.doc.text[start:end],
                action=primary.action,
                agent=agent,
                patient=_resolved_actor(primary.patient, [t.patient for t in part]),
                # each part of an account of several actions keeps the day its own verb
                # hangs on ('detained ... on Saturday, died on Tuesday'), the first one too
                when=(_own_day_of(group, facts, part) if len(parts) > 1 else None) or when,
                where=tuple(places),
                sources=part_sources,
                hedges=tuple(hedges),
                # the publisher's own word ('The Authority understands ...') is its author's
                certainty=_certainty(denied, _outlets_named(told_by, facts.article), hedges),
            )
        )
    return reports


def _part_chain(
    group: Group,
    parts: list[list[Trigger]],
    primary: Trigger,
    lead: list[Trigger],
    chain: tuple[Source, ...],
    facts: DocumentFacts,
    first: bool,
) -> tuple[Source, ...]:
    """Who tells one part of the account. A death or an evacuation told after the lead tells
    of it on its own speaker's word ('The third man died at the scene, APA reported, citing
    police'); the lead then keeps the chain of its own sentences."""
    after_lead = actions().separate_after_lead
    if not first:
        if primary.action in after_lead and primary not in lead:
            return chain_at(facts.attributions, primary.start_char, primary.end_char) or chain
        return chain
    later = [p for p in parts[1:] if p[0].action in after_lead]
    if not later:
        return chain
    return _chain_without(group, later, facts.attributions) or chain


def _chain_without(
    group: Group, split_off: list[list[Trigger]], attributions: list[Attribution]
) -> tuple[Source, ...]:
    """The chain of the account's own sentences, leaving out those whose events were all
    split off into accounts of their own (they have their own speakers)."""
    apart = {id(t) for part in split_off for t in part}
    kept = [
        s for s in group.sentences if not s.triggers or any(id(t) not in apart for t in s.triggers)
    ]
    if not kept or not any(s.triggers for s in kept):
        return ()
    return _chain(Group(kept, parent=group.parent), attributions)


def _specific_kind(primary: Trigger, part: list[Trigger]) -> Trigger:
    """'Kharkiv came under attack overnight. Drones hit a warehouse ...': the account names
    its attack by the kind it goes on to tell, an airstrike."""
    kinds = actions().specific_kinds.get(primary.action, frozenset())
    told = [t for t in part if t.action in kinds and not (t.oblique or t.negated)]
    return told[0] if told else primary


def _sourced_by_the_next_paragraph(group: Group, facts: DocumentFacts) -> tuple[Source, ...]:
    """'A man has died after his car struck a wall overnight.' then 'Gardaí said the collision
    happened at about 1.20am. ...': news tells a lead on no one's word and names its source
    as the next paragraph opens. The lead is a paragraph of one sentence with no hedge (a
    'reportedly' says the author has no source); the next paragraph must begin with the
    speaker's telling ('Police said ...') and tell no other event, and no day of its own, in
    its first sentence."""
    text = facts.doc.text
    lead = group.sentences[0]
    starts = paragraph_starts(text)
    if group.parent is not None or len(group.sentences) > 1 or lead.paragraph + 1 >= len(starts):
        return ()
    own = text[slice(*_paragraph_span(text, starts, lead.paragraph))].strip()
    if own != text[lead.start : lead.end].strip() or _hedges(text, lead.start, lead.end, ()):
        return ()
    published = facts.article.published
    if published and any((published - d.start).days > BACKGROUND_DAYS for d in lead.dates):
        return ()  # background told in passing ('Floods killed 40 here in July 2015.')
    opening = next((s for s in facts.doc.sents if s.start_char >= starts[lead.paragraph + 1]), None)
    if opening is None:
        return ()
    said = [
        a
        for a in facts.attributions
        if opening.start_char <= a.content_start < opening.end_char
        and a.sources
        and a.sources[0].start_char == opening.start_char
        and a.cue_start == opening.root.idx  # not 'Police closed the road, saying ...'
    ]
    told = {t.action for t in group.triggers}
    opened = _within(opening.start_char, opening.end_char, facts.triggers)
    others = [t for t in opened if not any(actions().compatible(t.action, a) for a in told)]
    dated = _within(opening.start_char, opening.end_char, facts.dates)
    if not said or others or dated:
        return ()
    kinds = {t.action for t in opened if not actions().is_generic(t.action)}
    if kinds and not kinds & told:
        return ()  # "... claimed that police opened fire on the protesters": another event
    return chain_at(facts.attributions, said[0].content_start, said[0].content_end)


def _author_says_nothing_happened(group: Group, chain: tuple[Source, ...], text: str) -> bool:
    """'Mr Mulligan was not arrested.': on no one's word and with no hedge, a negated event
    is the author's statement that it did not happen, no account of it ('a grenade was
    reportedly hurled ..., but it did not explode' stays an account)."""
    if chain or group.parent is not None or not all(t.negated for t in group.triggers):
        return False
    start, end = group.sentences[0].start, group.sentences[-1].end
    return not _hedges(text, start, end, chain)


def _goes_on_denying(start: int, facts: DocumentFacts) -> bool:
    """'The OLA rejected the accusation. "... did not kill a single civilian there."': what
    a denier says did not happen, in the paragraph of the denial, is the denial, not an
    account of its own."""
    text = facts.doc.text
    return any(
        d.end <= start and not PARAGRAPH_BREAK.search(text, d.end, start) for d in facts.denials
    )


def _names_in_passing_a_told_event(trigger: Trigger, doc: Doc) -> bool:
    """'they smelled an odour for hours after the blast': an event already told, named in
    passing with a definite noun, makes no new account."""
    token = doc[trigger.token_index]
    return trigger.oblique and _definite(token)


def _parts_by_action(
    triggers: list[Trigger], lead: list[Trigger], followed: list[Trigger]
) -> list[list[Trigger]]:
    """The account's main triggers, then one part per action that is always a report of its
    own ('seized 38 excavators and arrested 112 people' tells of a seizure and of arrests),
    or is one when told after the account's first sentence names its event ('About 60
    residents were evacuated', after the blast; 'a fire forced the evacuation of 60 homes' is
    one account), unless it is among what `followed` the event (the wounded flown to
    hospital)."""
    vocab = actions()
    # a lead that names only an 'operation' leaves its event to the sentences after it
    named = any(not vocab.is_generic(t.action) for t in lead)

    def separate(t: Trigger) -> bool:
        later = named and t.action in vocab.separate_after_lead and t not in lead + followed
        return (t.action in vocab.separate_reports or later) and not (t.habitual or t.oblique)

    apart = [t for t in triggers if separate(t)]
    main = [t for t in triggers if t not in apart]
    if not main:
        main, apart = [t for t in apart if t.action == apart[0].action], apart
    parts = [main]
    for action in dict.fromkeys(t.action for t in apart):
        if action not in {t.action for t in main} and action != _primary(main).action:
            parts.append([t for t in apart if t.action == action])
    return parts


def _without_the_raid_behind_them(parts: list[list[Trigger]], doc: Doc) -> list[list[Trigger]]:
    """'Police raided a house and arrested two men', 'officers raided a farmhouse and found a
    drug lab': a raid told in one sentence with its arrests or seizures, no one hurt, is the
    operation that made them, no attack of its own. A raid told in a sentence of its own
    stays an account of its own."""
    vocab = actions()
    main = parts[0]
    yielded = {  # the sentences telling what an operation yields
        doc[t.token_index].sent.start
        for part in parts[1:]
        for t in part
        if t.action in {"arrest", "seize"}
    }
    raids = all(
        doc[t.token_index].lemma_.lower() in vocab.operation_lemmas
        and doc[t.token_index].sent.start in yielded
        for t in main
    )
    return parts[1:] if raids else parts


def _without_looting_in_the_attack(parts: list[list[Trigger]], doc: Doc) -> list[list[Trigger]]:
    """'Gunmen attacked the market, looting shops': what was looted in the sentence that
    tells of the attack was taken in it, no seizure of its own."""
    looting = actions().looting_lemmas
    attacked = {doc[t.token_index].sent.start for t in parts[0] if t.action == "attack"}

    def in_the_attack(part: list[Trigger]) -> bool:
        return all(
            doc[t.token_index].lemma_.lower() in looting
            and doc[t.token_index].sent.start in attacked
            for t in part
        )

    return [parts[0], *(part for part in parts[1:] if not in_the_attack(part))]


def _report_id(article_id: str, start: int, end: int, action: str | None = None) -> str:
    """Stable per span; a second report of the same span also by its action."""
    key = f"{article_id}:{start}:{end}" + (f":{action}" if action else "")
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def _chain(group: Group, attributions: list[Attribution]) -> tuple[Source, ...]:
    first = group.triggers[0]
    chain = chain_at(attributions, first.start_char, first.end_char)
    for trigger in group.sentences[0].triggers[1:]:
        longer = chain_at(attributions, trigger.start_char, trigger.end_char)
        if len(longer) > len(chain):
            chain = longer
    if not chain:
        # "Police arrested four men on Monday. The commander said they were caught ...":
        # the account's source is often named in the sentence after the event, when that
        # sentence tells of the event too (not "X told me the camps had enough rice").
        attributions = [a for a in attributions if not _actors_own_words(a, group)]
        told = bool(_any_chain(attributions, group.sentences[0]))
        # the account's own words ("was shot" / "the shot") and the nouns for events
        words = frozenset(actions().event_nouns).union(
            actions().incident_nouns, *(s.trigger_words for s in group.sentences)
        )
        lead = group.sentences[0]
        for sentence in group.sentences[1:]:
            about_it = sentence.mentions or sentence.definite_nouns & words
            if not (told or about_it):
                continue
            chain = chain_at(attributions, sentence.start, sentence.end) or _any_chain(
                attributions, sentence
            )
            if chain:
                return chain
            if sentence.triggers and sentence.paragraph != lead.paragraph:
                # a paragraph that goes on telling events on no one's word: the author's
                # own account, which a source named further on does not reach back over
                break
    for sentence in group.sentences[1:]:
        if sentence.cites_further:
            chain = _cited_further(chain, _any_chain(attributions, sentence))
            continue
        if not (sentence.places or sentence.mentions):
            continue  # a comment on the event, not more of its account
        spans = [(p.start_char, p.end_char) for p in sentence.places]
        spans += [(t.start_char, t.end_char) for t in sentence.mentions]
        deeper = max((chain_at(attributions, *span) for span in spans), key=len)
        if chain and deeper and _refers_back(deeper[0], chain[-1]):
            # "..., Radio Benue reported. The station quoted the chairman as saying ..."
            deeper = (chain[-1], *deeper[1:])
        elif not sentence.places:
            continue  # an event named again on others' word may be their comment on it
        if _carries(chain, deeper):
            chain = chain + tuple(s for s in deeper if not any(same_source(s, c) for c in chain))
    return _named_later(chain, group, attributions)


def _actors_own_words(attribution: Attribution, group: Group) -> bool:
    """'They were taken into the forest by armed men who said they were fighters of ...': a
    relative clause on those who did it says what they said of themselves, not who tells
    of the event."""
    if not attribution.mentions or not attribution.sources:
        return False
    speaker = attribution.sources[0].start_char
    return any(
        t.agent is not None and t.agent.start_char <= speaker < t.agent.end_char
        for s in group.sentences
        for t in s.mentions
    )


def _cited_further(chain: tuple[Source, ...], cited: tuple[Source, ...]) -> tuple[Source, ...]:
    """'... reported that ... The paper cited a harbour worker as saying ...': the outlet
    named again passes on its source's word, which the chain goes down to."""
    if not chain or len(cited) < 2:
        return chain
    if not (same_source(cited[0], chain[-1]) or _refers_back(cited[0], chain[-1])):
        return chain
    return chain + tuple(s for s in cited[1:] if not any(same_source(s, c) for c in chain))


def _refers_back(source: Source, earlier: Source) -> bool:
    """'The station', 'the agency', 'It': an unnamed definite mention of the kind of source
    that told the account before, naming it again."""
    return _unnamed(source) and _points_back(source) and source.kind == earlier.kind


def _points_back(source: Source) -> bool:
    """'It', 'the paper', 'the state-owned station': a definite mention whose own words name
    nothing, not 'the broadcaster Galba TV'."""
    words = source.text.split()
    named = any(ch.isupper() for word in words[1:] for ch in word)
    return [w.lower() for w in words] == ["it"] or (words[:1] in (["the"], ["The"]) and not named)


def _unnamed(source: Source) -> bool:
    return not any(ch.isupper() for ch in source.name or "")


def _named_later(
    chain: tuple[Source, ...], group: Group, attributions: list[Attribution]
) -> tuple[Source, ...]:
    """'..., police said.' then '..., said the officer-in-charge, Rashed Karim.': the body
    the account opened with speaks through the member named later in it."""
    if not chain or chain[-1].kind not in BODY_KINDS:
        return chain
    role = _role_word(chain[-1])
    if chain[-1].name is not None and role is None:
        return chain
    for sentence in group.sentences[1:]:
        later = chain_at(attributions, sentence.start, sentence.end) or _any_chain(
            attributions, sentence
        )
        if not (later and later[-1].name and later[-1].kind == chain[-1].kind):
            continue
        if _other_body(later[-1], chain[-1]):
            continue  # '..., police said.' then 'The army said the road was closed.'
        # "Jonglei State's information minister" is the "Minister of Information ... Gabriel
        # Chol Akuei" of the next sentence, not anyone else it quotes
        if chain[-1].name is None or role in later[-1].text.lower().split():
            return chain[:-1] + (later[-1],)
    return chain


def _other_body(later: Source, body: Source) -> bool:
    """Whether a source named later speaks for another institution than the body."""
    return bool(later.affiliation and body.affiliation and later.affiliation != body.affiliation)


def _role_word(source: Source) -> str | None:
    """The role a source phrase ends in, when it names a person only by it ('the state's
    information minister')."""
    words = source.text.lower().split()
    roles = source_vocabulary().person_roles
    return words[-1] if words and words[-1] in roles else None


def _carries(chain: tuple[Source, ...], deeper: tuple[Source, ...]) -> bool:
    """Whether a later sentence's sources speak inside the report's chain: an outlet carrying
    the statement it goes on to quote, or the same speaker going on ("she added that ...")."""
    if not chain or not deeper:
        return False
    if same_source(chain[-1], deeper[0]):
        return True
    return chain[-1].kind in OUTLET_KINDS and deeper[0].kind not in OUTLET_KINDS


def _any_chain(attributions: list[Attribution], sentence: SentenceFacts) -> tuple[Source, ...]:
    """The chain of the first claim made inside the sentence, down to its innermost speaker
    ('His mother told the Chronicle that ...': the Chronicle, then the mother)."""
    inside = [a for a in attributions if sentence.start <= a.content_start < sentence.end]
    if not inside:
        return ()
    first = min(inside, key=lambda a: a.content_start)
    nested = [
        a
        for a in inside
        if first.content_start <= a.content_start and a.content_end <= first.content_end
    ]
    inner = min(nested, key=lambda a: a.content_end - a.content_start)
    return chain_at(attributions, inner.content_start, inner.content_end)


def _when(group: Group, facts: DocumentFacts, part: list[Trigger] | None = None) -> When | None:
    """The date of the event: one attached to a trigger before one attached to the telling;
    with `part`, of that part of the account ('... while police arrested 17 people at Kombat
    yesterday': the arrests' own day)."""
    # a later day an outlet's source names ('... as saying he was freed on Friday') is of
    # what came after
    told = [group.sentences[0]] + [s for s in group.sentences[1:] if not s.cites_further]
    dates = [d for s in told for d in s.dates]
    if not dates:
        # 'a rocket fell near the moshav shortly after midnight': the night just past
        night = next((s.small_hours for s in group.sentences if s.small_hours), None)
        return night or _stamped_day(group, facts)
    # the day of the event that names the report before the day of another it tells ("three
    # years after the earthquake of 8 September 2023, gendarmes evacuated ... on Sunday")
    primary = {t.token_index for t in part} if part else {_primary(group.triggers).token_index}
    others = {t.token_index for t in group.triggers} - primary
    ranked = sorted(
        dates,
        key=lambda d: (
            *_date_rank(facts.doc, d, primary, others),
            _narrowed_after(d, dates, facts.doc.text),
        ),
    )
    date = ranked[0]
    told = _attachment(facts.doc, date, primary, others) >= TOLD
    return When(
        date.text,
        date.start_char,
        date.end_char,
        date.start,
        date.end,
        date.precision,
        "reported" if told else "occurred",
    )


# a year named, not a clock's hours ('at 1930 hrs')
_YEAR_NAMED = re.compile(r"\b(?:1[89]|20)\d\d\b(?!\s*(?:hrs|hours|h\b|[A-Z]{3}\b))")


def _stamped_day(group: Group, facts: DocumentFacts) -> When | None:
    """In a chat's export or a digest, an account that names no day of its own was told on
    the day its message or item is stamped with: 'gunmen shot at a bus near Merille' under
    'KE-ALERT 0419 | 11 Jun 2032 21:50 EAT'."""
    text = facts.doc.text
    said = [reference_numbers().sub("", text[s.start : s.end]) for s in group.sentences]
    if any(_YEAR_NAMED.search(sentence) for sentence in said):
        # 'the year of the third term, 2015, when ...': a past the item recalls; not the
        # year in a case's number ('CAS 88/03/2033')
        return None
    # the stamp before the account's first word of its event: an entry's heading ('1. CAS
    # 88/03/2033 - Hijacking') may stand above the stamp of its hour, in the same sentence
    told = [t.start_char for t in group.triggers if not t.oblique]
    start = min(told) if told else group.sentences[0].start
    stamp = next((s for s in reversed(facts.stamps) if s.end <= start), None)
    if stamp is None:
        return None
    line = text[stamp.start : stamp.end]
    return When(line, stamp.start, stamp.end, stamp.day, stamp.day, "day", "reported")


def _date_rank(doc: Doc, date: When, primary: set[int], others: set[int]) -> tuple[int, bool, bool]:
    """How well a date dates the account: by what it hangs on; among days of the account's
    other actions, one of an event only named in passing ('a block damaged in the February
    2023 earthquakes') after one of an action told ('collapsed ... late on Wednesday night');
    among days in clauses of their own, a span's bound ('a villager who has petitioned since
    2019') after a day ('villagers who kept watch on Friday night')."""
    attached = _attachment(doc, date, primary, others)
    in_passing = attached == OTHER_EVENT and _names_an_event_in_passing(doc, date, others)
    return attached, in_passing, attached == OWN_CLAUSE and _span_bound(doc.text, date)


def _narrowed_after(date: When, dates: list[When], text: str) -> bool:
    """'Last week, in the night of Wednesday 9 to Thursday 10 March, ...', 'last month, on 3
    June': a span narrowed right after it to a shorter one inside it says less of the day
    than the shorter one ('so far this year, not counting Thursday's victims' is no
    narrowing)."""
    return any(
        date.start <= other.start
        and other.end <= date.end
        and (other.end - other.start) < (date.end - date.start)
        and _NARROWING.fullmatch(text, date.end_char, other.start_char) is not None
        for other in dates
    )


_NARROWING = re.compile(
    r"[,\s]*(?:(?:on|in|during)\s+(?:the\s+(?:night|morning|evening|afternoon|early hours)"
    r"\s+of\s+)?)?"
)


def _names_an_event_in_passing(doc: Doc, date: When, others: set[int]) -> bool:
    """Whether the date hangs on an event noun that is none of the account's own actions
    ('the February 2023 earthquakes'), before it reaches any verb."""
    span = doc.char_span(date.start_char, date.end_char, alignment_mode="expand")
    token = span.root if span is not None else None
    events = actions().event_nouns
    for _ in range(MAX_DATE_HOPS):
        if token is None or token.pos_ in {"VERB", "AUX"} or token.i in others:
            return False
        if token.pos_ == "NOUN" and token.lower_ in events:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


# a dateline's day says least of it; a day hung on the account's own trigger says most, and
# one hung on another event noun ('three years after the earthquake of 8 September 2023')
# less: a text dates other events in passing
EVENT, OTHER_EVENT, UNKNOWN, OWN_CLAUSE, TOLD, DISPATCHED = range(6)


# 'KABUL, ', and in title case 'Gusau, ' (a wire's style too), opening a paragraph
# ('FERGANA (UFQ), ': the agency's name in brackets after the place)
DATELINE_HEAD = re.compile(
    r"(?:^|\n)(?:[A-Z][A-Z .'-]+|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})"
    r"(?: \([A-Z][^()\n]{1,30}\))?,(?: [A-Z][\w .'-]*,)?\s*$"
)
FILED_TAIL = re.compile(r"\s*[,(:]|\s+[-\u2013\u2014]")
# " (Reuters) - ...", and wire copy that ends the dateline at the agency: " (PTI) Two ...",
# ". /TASS/. Russian ..."
DATELINE_TAIL = re.compile(
    r"[^.\n]{0,40}?(?:\s[-\u2013\u2014]{1,2}\s|\s?\([A-Z][^()\n]{1,40}\):?\s+(?=[A-Z\"\u201c])"
    r"|\.?\s*/[A-Z][^/\n]{1,40}/\.?\s+(?=[A-Z\"\u201c]))"
)


def _in_dateline(text: str, date: When) -> bool:
    """'KABUL, March 3 (Reuters) - ...': the date of the dispatch, not of the event."""
    head = text[max(0, date.start_char - 60) : date.start_char]
    return bool(DATELINE_HEAD.search(head) and DATELINE_TAIL.match(text, date.end_char))


def _attachment(
    doc: Doc, date: When, trigger_tokens: set[int], other_events: set[int] | None = None
) -> int:
    """Whether a date hangs (through the parse) on an event trigger or on a speech verb;
    on `other_events`, triggers that do not name the report, it ranks after its own."""
    if _in_dateline(doc.text, date):
        return DISPATCHED
    if DEADLINE.search(doc.text, max(0, date.start_char - 12), date.start_char):
        return TOLD  # "had returned home by Wednesday": a day by which, not on which
    span = doc.char_span(date.start_char, date.end_char, alignment_mode="expand")
    if span is None:
        return UNKNOWN
    speech = attribution_cues().speech_verbs
    documents = source_vocabulary().document_nouns
    token = span.root
    events = actions().event_nouns
    if _right_after_the_event(doc, span, trigger_tokens):
        return EVENT
    for _ in range(MAX_DATE_HOPS):
        if token.lower_ in events and token.head.lower_ == "since":
            return OWN_CLAUSE  # "the heaviest rain since the floods of April 2014": a yardstick
        if token.i in trigger_tokens or _verb_of(token, trigger_tokens):
            # "claimed Tuesday's attack": the day of the attack; "floods tore through the
            # settlements on Monday night": the day of the verb the event noun is subject of
            return EVENT
        if token.i in (other_events or ()) or (token.pos_ == "NOUN" and token.lower_ in events):
            return OTHER_EVENT
        if _verb_of(token, other_events or set()):
            return OTHER_EVENT
        if token.pos_ == "VERB" and token.lemma_ in speech:
            # '... said in a notice that it had, the previous day, moved ...': a day inside
            # the told clause, which the parser hung on the speech verb, is the event's
            told_clause = any(
                t.lower_ == "that" and t.pos_ == "SCONJ" for t in doc[token.i + 1 : span.start]
            )
            return UNKNOWN if span.start > token.i and told_clause else TOLD
        if token.lower_ in documents:
            return TOLD  # "the agency's Sunday morning report": when it was told
        if token.dep_ == "relcl" and token.head.i not in trigger_tokens:
            return OWN_CLAUSE  # "the indictment, which was read out on Monday, ..."
        if _runs_on_a_relative_clause(token):
            return OWN_CLAUSE
        if token.pos_ == "VERB" and token.dep_ in {"ccomp", "xcomp"}:
            return UNKNOWN  # "said troops had repelled an assault on Tuesday": the told clause's
        if token.head.i == token.i:
            break
        token = token.head
    return UNKNOWN


def _right_after_the_event(doc: Doc, span: Span, trigger_tokens: set[int]) -> bool:
    """'... after being attacked on Strand Street, Douglas, in the early hours of Sunday, the
    police said': a day's phrase right after the trigger's own words, which the parser hung
    higher up, is the event's."""
    phrase = span.root
    while phrase.head.i != phrase.i and phrase.head.pos_ not in {"VERB", "AUX"}:
        phrase = phrase.head  # 'Sunday' up to 'in' of 'in the early hours of Sunday'
    start = phrase.left_edge.i
    for i in trigger_tokens:
        end = doc[i].right_edge.i + 1
        while end < start and doc[end].text == ",":
            end += 1
        if end == start and i < start and doc[i].sent.start == doc[start].sent.start:
            return True
    return False


def _runs_on_a_relative_clause(token: Token) -> bool:
    """'The boat, which had left the coast near Sfax, in Tunisia, on Saturday, overturned
    ...': the parser may hang the end of a relative clause on the noun it describes; a
    phrase on that noun after the clause, with no verb between, is still the clause's."""
    noun = token.head
    if token.dep_ != "prep" or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.i < token.i]
    if not clauses:
        return False
    between = token.doc[clauses[-1].right_edge.i + 1 : token.i]
    return not any(t.pos_ in {"VERB", "AUX"} for t in between)


def _own_day_of(group: Group, facts: DocumentFacts, part: list[Trigger]) -> When | None:
    """The day a part of the account told with its own action hangs on, if any ('... while
    police arrested 17 people at Kombat yesterday')."""
    when = _when(group, facts, part)
    tokens = {t.token_index for t in part}
    return when if when is not None and _attachment(facts.doc, when, tokens) == EVENT else None


def _verb_of(token: Token, event_nouns: set[int]) -> bool:
    """Whether `token` is the verb one of the event nouns is the subject of."""
    return token.pos_ == "VERB" and any(
        c.i in event_nouns and c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ == "NOUN"
        for c in token.children
    )


def _places(group: Group, chain: tuple[Source, ...], doc: Doc) -> list[Place]:
    """Places of the account; those naming a source's home ('governor of X'), where the
    dispatch was filed ('BOGOTA, May 3 (Agency) -') or where someone comes from ('a
    firefighter from X') only as a fallback."""
    text = doc.text
    # the sentences telling the event place it; one that goes on about the aftermath ('The
    # two men are being held at the army camp in X') adds a place only when they name none
    telling = [p for s in group.sentences if s.triggers for p in s.places]
    places = [p for s in group.sentences for p in s.places]
    # (not when all they name is the base helpers came from: 'crews from the centre in X')
    if any(_specific_place(p) and not _home_base(doc, p) for p in telling):
        places = telling
    # '"My children sleep in the corridor now," said a father from Afghanistan': where a
    # speaker in a sentence that tells no event comes from places nothing
    places = [p for p in places if p in telling or not _home_of_someone(doc, p)]
    places = [p for p in places if not _filed_from(text, p)] or places
    # 'the spokesman told a press briefing in Pemba that gunmen set fire to ...': where the
    # account was told, not where its event happened
    places = [p for p in places if not _told_at(doc, p)] or places
    ends = _with_units_set_off(text, places, [p for p in places if _heading_for(text, p)])
    places = [p for p in places if p not in ends] or places
    if {t.action for t in group.triggers} & MOVING_PEOPLE:
        places = _without_destinations(text, places)
    if not any(t.action == "displace" for t in group.triggers):  # fled from X: X is the place
        homes = _with_units_set_off(text, places, [p for p in places if _home_of_someone(doc, p)])
        if homes and any(_located_at(doc, p) for p in places if p not in homes):
            places = [p for p in places if p not in homes]
    places = [p for p in places if not _distance_anchor(text, p, places)]
    places = [p for p in places if not _home_of_a_named_person(doc, p)]
    places = [p for p in places if not _where_treated(doc, p)] or places
    places = [p for p in places if not _on_a_route(doc, p)] or places
    triggers = [doc[t.token_index] for t in group.triggers if not t.oblique]
    places = [p for p in places if not _in_passing_clause(doc, p, triggers)] or places
    # 'herders from a camp south of X told her gunmen killed 17 there': the place a source
    # comes from is where it happened
    there = any(_done_there(doc[t.token_index]) for t in group.triggers)
    inside_sources = [p for p in places if not there and _in_source(p, chain)]
    outside = [p for p in places if p not in inside_sources]
    return outside or inside_sources


def _where_treated(doc: Doc, place: Place) -> bool:
    """'the injured were being treated at the Combined Military Hospital in Turbat': where
    the wounded are cared for is no place of what wounded them."""
    words = doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
    if words is None:
        return False
    for above in words.root.ancestors:
        if above.pos_ in {"VERB", "AUX"}:
            return above.lemma_ in actions().care_given_at
        if above.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            return False  # 'an outbreak in Mansa ... admitted': the place of what was admitted
    return False


def _lies_in(place: Place, unit: Place) -> bool:
    """Whether `place` lies inside `unit`, a province or a country, and is finer than it."""
    if place.country != unit.country or unit.feature not in ("province", "country"):
        return False
    return place.feature != unit.feature and (
        unit.feature == "country" or place.admin1 == unit.admin1
    )


def _in_source(place: Place, chain: tuple[Source, ...]) -> bool:
    return any(s.start_char <= place.start_char < s.end_char for s in chain)


def _distance_anchor(text: str, place: Place, places: list[Place]) -> bool:
    """'In Elazığ, about 100 kilometres northeast of Malatya': a place named only to say how
    far the place just named before it in the sentence lies from it."""
    if not DISTANCE_FROM.search(text, max(0, place.start_char - 50), place.start_char):
        return False
    return any(
        other.end_char <= place.start_char
        and _specific_place(other)
        and not SENTENCE_BREAK.search(text, other.end_char, place.start_char)
        for other in places
    )


def _home_of_someone(doc: Doc, place: Place) -> bool:
    """'a young firefighter from Tepelenë': where someone comes from, told of a noun; 'fled
    from X' or 'fired from X' tell of a verb and place the act. Only a place of the act
    named besides ('... died near Kuç') outweighs it: 'men from X were abducted' may well
    have been taken there."""
    span = _span_of(doc, place)
    if span is None:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head != root:  # 'from Kosovo, Serbia and Germany'
        root = root.head
    prep = root.head
    if _home_base(doc, place):
        root, prep = prep.head, prep.head.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.head.lemma_.lower() in place_cues().home_nouns
        and prep.head.i < prep.i
    )


def _on_a_route(doc: Doc, place: Place) -> bool:
    """'a passenger train travelling from Aswan to Cairo left the tracks near Al-Fikriya':
    a town of the route a vehicle runs, from one town to another."""
    span = _span_of(doc, place)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in {"from", "to"}:
        return False
    head = span.root.head.head
    ends = {c.lower_ for c in head.children if c.dep_ == "prep"}
    ends |= {w.lower_ for c in head.children if c.dep_ == "prep" for w in c.subtree}
    return head.lemma_.lower() in place_cues().route_heads and {"from", "to"} <= ends


def _home_of_a_named_person(doc: Doc, place: Place) -> bool:
    """'naming him as Sergeant Mehdi Kiani, 27, from Kerman': where a person named comes
    from is never where the event told of them happened."""
    span = _span_of(doc, place)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "from":
        return False
    prep = span.root.head
    return prep.head.ent_type_ == "PERSON" and prep.head.i < prep.i


def _home_base(doc: Doc, place: Place) -> bool:
    """'crews from the agency's centre in Haderslev': the base people came from lies there."""
    span = _span_of(doc, place)
    if span is None:
        return False
    prep = span.root.head
    if not (span.root.dep_ == "pobj" and prep.lower_ in {"in", "at"} and prep.head.dep_ == "pobj"):
        return False
    source = prep.head.head
    return (
        source.lower_ == "from"
        and source.head.lemma_.lower() in place_cues().home_nouns
        and source.head.i < source.i
    )


def _span_of(doc: Doc, place: Place) -> Span | None:
    return doc.char_span(place.start_char, place.end_char, alignment_mode="expand")


def _in_passing_clause(doc: Doc, place: Place, triggers: list[Token]) -> bool:
    """'The Sixaola River, which marks the border with Panama, flooded homes in Sixaola':
    a place inside a relative clause on the subject that holds none of the account's events
    describes who or what acted, it does not place what they did. A clause on the victim
    ('a man who had driven at officers in Griffith') may well place the act."""
    span = _span_of(doc, place)
    if span is None or not triggers:
        return False
    clause = next((a for a in span.root.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.head.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    inside = range(clause.left_edge.i, clause.right_edge.i + 1)
    return not any(t.i in inside for t in triggers)


def _located_at(doc: Doc, place: Place) -> bool:
    """'near Kuç', 'in Pogradec', 'on Kočevski Rog': a place that a preposition of location
    introduces."""
    span = _span_of(doc, place)
    # the prepositions that rarely come before anything but a place ('in', 'near'), and 'at'
    # or 'on' (a mountain, a street), which here follow a place already found
    return span is not None and (
        span.root.head.lower_ in place_cues().strong_prepositions
        or span.root.head.lower_ in {"at", "on"}
    )


def _taken_to_hospital_in(text: str, place: Place) -> bool:
    """'flown to Lapland Central Hospital in Rovaniemi', 'taken to hospital in Oulu'."""
    return bool(TAKEN_TO_HOSPITAL.search(text, max(0, place.start_char - 80), place.start_char))


def _taken_into_custody_in(text: str, place: Place) -> bool:
    """'were taken to the prosecutor's office in Pedro Juan Caballero'."""
    before = max(0, place.start_char - MAX_CUSTODY_PHRASE)
    return bool(TAKEN_INTO_CUSTODY.search(text, before, place.start_char))


MAX_CUSTODY_PHRASE = 160  # characters: 'handed over to the Court for ... Terrorism in'


def _without_destinations(text: str, places: list[Place]) -> list[Place]:
    """'families were moved from homes in Wadi Shaam to two schools in Ras Al Khaimah city':
    where people were moved from is the event's place, not where they were taken."""
    froms = [p for p in places if MOVED_FROM.search(text, max(0, p.start_char - 40), p.start_char)]
    if not froms:
        return places
    return [p for p in places if not MOVED_TO.search(text, max(0, p.start_char - 60), p.start_char)]


def _with_units_set_off(text: str, places: list[Place], chosen: list[Place]) -> list[Place]:
    """The chosen places and the country or province set off after one of them ('containers
    from Guayaquil, Ecuador', 'a man from Guayaquil, Ecuador')."""
    chosen = list(chosen)
    ends = {p.end_char for p in chosen}
    for place in sorted(places, key=lambda p: p.start_char):
        comma = text.rfind(",", 0, place.start_char)
        set_off = comma in ends and not text[comma + 1 : place.start_char].strip()
        if set_off and place not in chosen:
            chosen.append(place)
            ends.add(place.end_char)
    return chosen


def _heading_for(text: str, place: Place) -> bool:
    """'moving inland towards X', 'towards the Nigerian side of the lake', 'a flight to X',
    'shipped from X': where something went afterwards or came from, not where the event
    took place."""
    before = max(0, place.start_char - 40)
    return bool(
        TOWARDS.search(text, before, place.start_char)
        or JOURNEY_END.search(text, before, place.start_char)
    )


def _filed_from(text: str, place: Place) -> bool:
    """A dateline's place: in capitals, opening a paragraph, before a comma, bracket or dash;
    or any of the places a paragraph opens with before a dash ('Iringa, Tanzania - ...')."""
    opens = place.start_char == 0 or text[place.start_char - 1] == "\n"
    if opens and place.text.isupper() and FILED_TAIL.match(text, place.end_char):
        return True
    paragraph = text.rfind("\n", 0, place.start_char) + 1
    dateline = PLACES_BEFORE_DASH.match(text, paragraph)
    return dateline is not None and place.end_char <= dateline.end()


def _date_told_before(facts: DocumentFacts, paragraph_start: int, told: set[str]) -> When | None:
    """An undated account takes the last date, in the few paragraphs before it, of an event it
    can be part of ('... denied that its drone struck the market on Saturday.' / 'The army
    said the drone struck a column of fighters.'), else the last date of the paragraph before
    it; never the day something was told or dispatched, nor the start or end of a span of
    time ('parked there since Monday night')."""
    text = facts.doc.text
    starts = paragraph_starts(text)
    index = starts.index(paragraph_start) if paragraph_start in starts else 0
    near = starts[index - 1] if index > 0 else paragraph_start
    far = starts[max(0, index - MAX_PARAGRAPH_GAP)] if index > 0 else paragraph_start
    far = max(far, _section_start(text, starts, index))
    candidates = [
        d
        for d in facts.dates
        if far <= d.start_char < paragraph_start
        and not _in_dateline(text, d)
        and not _span_bound(text, d)
        and not _said_on(facts.doc, d)
    ]
    kindred = [d for d in candidates if _in_kindred_sentence(facts, d.start_char, d.end_char, told)]
    earlier = kindred or [d for d in candidates if d.start_char >= near]
    earlier = earlier or _heading_dates(facts, starts, index)
    if not earlier:
        return None
    last = earlier[-1]
    return When(last.text, last.start_char, last.end_char, last.start, last.end, last.precision)


def _heading_dates(facts: DocumentFacts, starts: list[int], index: int) -> list[When]:
    """'3. INCIDENTS IN THE LAST 24 HOURS', then items of their own under it: the dates of
    the crosshead over paragraph `index`'s section, when no paragraph between them gives one."""
    text = facts.doc.text
    for above in range(index - 1, -1, -1):
        begin, end = _paragraph_span(text, starts, above)
        dated = [d for d in facts.dates if begin <= d.start_char < end]
        if is_crosshead(text, begin, end):
            return dated
        if dated:
            return []
    return []


def _section_start(text: str, starts: list[int], index: int) -> int:
    """Where the section holding paragraph `index` begins: after the last crosshead above it
    ('Marstrand: 112 passengers taken off ferry'), or at the roundup's item it belongs to;
    dates above either are another story's."""
    item = _item_start(text, starts, index)
    for above in range(index - 1, -1, -1):
        if starts[above] < item:
            break
        begin, end = _paragraph_span(text, starts, above)
        if is_crosshead(text, begin, end):
            return starts[above + 1]
    return item


def _item_start(text: str, starts: list[int], index: int) -> int:
    """Where the roundup's item holding paragraph `index` begins: at the last paragraph up
    to it that opens with a town's name in capitals ('CORONEL OVIEDO.– Two men ...'), where
    the page opens several so, one item to a town; else 0."""
    items = _item_datelines(text)
    return max((start for start in items if start <= starts[index]), default=0)


def _in_roundup_item(facts: DocumentFacts, paragraph_start: int) -> bool:
    return any(start <= paragraph_start for start in _item_datelines(facts.doc.text))


@lru_cache(maxsize=8)  # one text's, asked for each of its accounts; not a corpus's worth
def _item_datelines(text: str) -> tuple[int, ...]:
    starts = tuple(
        start
        for start in paragraph_starts(text)
        if (dateline := parse_dateline(text[start : start + MAX_DATELINE_READ])) is not None
        and dateline.place is not None
    )
    return starts if len(starts) >= MIN_ROUNDUP_ITEMS else ()


MAX_DATELINE_READ = 200  # a dateline's head, its dash and the story's first words
MIN_ROUNDUP_ITEMS = 2  # one dateline is where a story was filed; more open a roundup's items


def _span_bound(text: str, date: When) -> bool:
    """'since Monday night', 'until June': the start or end of a span, not a day something
    happened on."""
    return bool(SPAN_BOUND.search(text, max(0, date.start_char - 12), date.start_char))


def _said_on(doc: Doc, date: When | Place) -> bool:
    """'..., a police spokesman said on Thursday', 'told reporters in Maiduguri': the first
    verb above the words is a verb of saying, so they tell when or where it was told."""
    verb = _verb_above(doc, date)
    return verb is not None and verb.lemma_ in attribution_cues().speech_verbs


def _dates_a_citation(text: str, date: When) -> bool:
    """'(Rudaw, 14 May 2032)', '(interview with a resident, Sinune, May 2032)': a date that
    closes a bracketed citation after its source is the day the source was published or
    heard, not the day of the event the sentence tells."""
    opened = text.rfind("(", max(0, date.start_char - MAX_CITATION_CHARS), date.start_char)
    if opened < 0 or ")" in text[opened : date.start_char]:
        return False
    source = text[opened + 1 : date.start_char].rstrip()
    closed = text[date.end_char : date.end_char + 2].lstrip().startswith(")")
    return closed and source.endswith(",") and len(source) > 1


MAX_CITATION_CHARS = 120


def _the_writers_own_day(facts: DocumentFacts, date: When) -> bool:
    """'When I visited Workwana in mid-April, the charred frames were still standing': a day
    of the writer's own, told in the first person in a 'when' clause in the writer's voice
    (not a witness's '"We fled on Monday," she said'), dates no event."""
    verb = _verb_above(facts.doc, date)
    if verb is None or not any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children):
        return False
    if not any(c.dep_ == "advmod" and c.lower_ in {"when", "as"} for c in verb.children):
        # 'But on Tuesday I went to Mandakao ... houses were burned that Sunday': the visit
        # the story counts its days from, not a visit set aside in a clause of its own
        return False
    at = date.start_char
    quoted = any(a <= at < b for a, b in quotation_spans(facts.doc.text))
    return not quoted and not any(a.covers(at) for a in facts.attributions)


def _planned_for(doc: Doc, date: When) -> bool:
    """'was expected in the village at the weekend', 'is scheduled for Monday': the first
    verb above the words is one of planning, so they tell when something is to happen."""
    verb = _verb_above(doc, date)
    return verb is not None and verb.lemma_ in _planning_verbs()


def _verb_above(doc: Doc, words: When | Place) -> Token | None:
    """The first verb the parse hangs the words on, within a few steps up."""
    span = doc.char_span(words.start_char, words.end_char, alignment_mode="expand")
    token = span.root if span is not None else None
    for _ in range(MAX_DATE_HOPS):
        if token is None or token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token
    return None


@cache
def _planning_verbs() -> frozenset[str]:
    return frozenset(read_data("dates.json")["planning_verbs"])


def _done_there(verb: Token) -> bool:
    """'killed 17 civilians there': 'there' on the verb or on its object (as parsed)."""
    return any(
        t.lower_ == "there" and t.dep_ == "advmod" and verb in (t.head, t.head.head)
        for t in verb.subtree
    )


def _told_at(doc: Doc, place: Place) -> bool:
    """'told a press briefing in Pemba', 'told reporters in Maiduguri', 'said in Abéché': the
    place of a phrase after the verb of saying, on the verb itself or on its audience, is
    where the account was told. Set before it ('In Bella Unión, the station reported that
    ...'), the phrase sets the scene of the account."""
    span = doc.char_span(place.start_char, place.end_char, alignment_mode="expand")
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ not in TOLD_AT:
        return False
    preposition = span.root.head
    above = preposition.head
    if above.pos_ == "NOUN" and above.dep_ in {"dobj", "dative", "obj"}:
        above = above.head  # the briefing, the reporters, told (not 'citing Chief X in Y')
    return (
        above.pos_ in {"VERB", "AUX"}
        and above.lemma_ in attribution_cues().speech_verbs
        and above.i < preposition.i
    )


TOLD_AT = frozenset({"in", "at"})


def _in_kindred_sentence(facts: DocumentFacts, start: int, end: int, told: set[str]) -> bool:
    """Whether the sentence around a date or place tells, not just in passing, of an event
    that may be the same as one of `told`."""
    span = facts.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    sentence = span.sent
    vocab = actions()
    return any(
        sentence.start_char <= t.start_char < sentence.end_char
        and not t.oblique
        and any(vocab.compatible(t.action, a) for a in told)
        for t in facts.triggers
    )


def _place_told_before(
    facts: DocumentFacts, paragraph_start: int, start: int, told: set[str] = frozenset()
) -> list[Place]:
    """A report that locates nothing happened where the story last placed an event it can be
    part of, in the few paragraphs before it ('the gunmen also abducted four women', after
    the attack near Konduga, not where a spokesman briefed reporters); else where the story
    was last placed; at the town rather than the country of 'in Djibo, in northern Burkina
    Faso'; else where its sources spoke from."""
    windows = _windows_before(facts, paragraph_start)
    located = _located_before(facts, windows[0], start)
    kindred = _kindred_place_before(facts, paragraph_start, start, told)
    if kindred:
        return kindred
    end = start
    for window_start in reversed(windows):
        here = [p for p in located if window_start <= p.start_char < end]
        if here:
            return ([p for p in here if _specific_place(p)] or here)[-1:]
        end = window_start
    # last, where the sources of those paragraphs were ('medical sources at two hospitals in
    # Zahedan said ...', before 'a bank in the city centre was set on fire')
    told_at = [
        p
        for p in facts.places
        if windows[0] <= p.start_char < start and p.lat is not None and _specific_place(p)
    ]
    return told_at[-1:]


def _main_town(facts: DocumentFacts) -> list[Place]:
    """'Earlier this month, two shells landed near the quay', told paragraphs away from any
    place, in a story that names one town over and over: the town the article centres on,
    said to be no more than that."""
    town = main_town(facts.places)
    if town is None:
        return []
    return [
        replace(town, reason=f"{town.reason}; the account names no place: the article's main town")
    ]


def _windows_before(facts: DocumentFacts, paragraph_start: int) -> list[int]:
    """The starts of the few paragraphs up to this one, where a story goes on."""
    starts = paragraph_starts(facts.doc.text)
    index = starts.index(paragraph_start) if paragraph_start in starts else 0
    item = _item_start(facts.doc.text, starts, index)  # another town's item places nothing
    return [
        start for start in starts[max(0, index - MAX_PARAGRAPH_GAP) : index + 1] if start >= item
    ]


def _located_before(facts: DocumentFacts, begin: int, start: int) -> list[Place]:
    """Places named before `start` that may place a later account: not where someone spoke,
    nor where someone lives ('two of the men had been living in Germany since 2022')."""
    text = facts.doc.text
    return [
        p
        for p in facts.places
        if begin <= p.start_char < start
        and p.lat is not None
        and not _said_on(facts.doc, p)
        and not RESIDENCE.search(text, max(0, p.start_char - 30), p.start_char)
    ]


def _kindred_place_before(
    facts: DocumentFacts, paragraph_start: int, start: int, told: set[str]
) -> list[Place]:
    """Where the story, a few paragraphs before, placed an event this one can be part of."""
    located = _located_before(facts, _windows_before(facts, paragraph_start)[0], start)
    kindred = [p for p in located if _in_kindred_sentence(facts, p.start_char, p.end_char, told)]
    heading = _placed_heading(facts, located, start)
    if heading is not None:
        # "SKOPJE: Opposition says student was beaten": a heading that opens with a place
        # opens a section of the story there; events above it belong to another
        kindred = [p for p in kindred if p.start_char >= heading]
    # the dateline's city is where the story was filed, not a town the event lies near
    text = facts.doc.text
    kindred = [p for p in kindred if not _filed_from(text, p)] or kindred
    return _finest(kindred) if kindred else []


def _placed_heading(facts: DocumentFacts, located: list[Place], start: int) -> int | None:
    """The start of the last crosshead before `start` that opens with one of `located`
    ('SKOPJE: ...', as a roundup heads each town's item; a place inside a heading, 'Dawn raid
    in Thiban', is as often the first of a section that goes on elsewhere)."""
    text = facts.doc.text
    starts = paragraph_starts(text)
    for place in reversed(located):
        index = bisect_right(starts, place.start_char) - 1
        begin, end = _paragraph_span(text, starts, index)
        opens = not text[begin : place.start_char].strip(" ■•▪►▶-–—")
        if opens and end <= start and is_crosshead(text, begin, end):
            return begin
        # '2.5  04 MAY 2032, 1105 UTC - EXPLOSION ... - 18 NM WEST OF AL-MUKHA': a log
        # entry's heading ends with its place and opens the entry
        line_start = text.rfind("\n", 0, place.start_char) + 1
        line_end = text.find("\n", place.end_char)
        line_end = len(text) if line_end < 0 else line_end
        if line_end <= start and is_log_entry_heading(text[line_start:line_end]):
            return line_start
    return None


def _finest(places: list[Place]) -> list[Place]:
    """The last settlement named, else the last district ('the hamlet of X, in the municipality
    of Y in Z department': X placed in Y), else the last specific place, else the last place."""
    settlements = [p for p in places if p.feature in LOCAL_FEATURES]
    districts = [p for p in places if p.feature == "district" and _specific_place(p)]
    return (settlements or districts or [p for p in places if _specific_place(p)] or places)[-1:]


def _specific_place(place: Place) -> bool:
    return place.resolution != "unresolved" and (place.feature or "") not in COARSE_FEATURES


def _hedges(text: str, start: int, end: int, chain: tuple[Source, ...]) -> list[Hedge]:
    hedges = []
    for match in hedge_pattern().finditer(text, start, end):
        if any(s.start_char <= match.start() < s.end_char for s in chain):
            continue  # "the alleged victims' lawyer" hedges the source, not the claim
        hedges.append(Hedge(match.group(0), match.start(), match.end()))
    return hedges


def _certainty(denied: bool, chain: tuple[Source, ...], hedges: list[Hedge]) -> str:
    """denied > reported (attributed) > alleged (hedged by the author) > asserted."""
    if denied:
        return "denied"
    if chain:
        return "reported"
    return "alleged" if hedges else "asserted"


def _resolved_actor(
    mention: ActorMention | None, others: list[ActorMention | None]
) -> ActorMention | None:
    """A pronoun ('They rescued ...') borrows the actor of another mention in the report."""
    if mention is None or mention.actor is not None:
        return mention
    for other in others:
        if other is not None and other.actor is not None and other is not mention:
            return ActorMention(mention.text, other.actor, mention.start_char, mention.end_char)
    return mention


def _outlets_named(chain: tuple[Source, ...], article: Article) -> tuple[Source, ...]:
    """'..., a ranger told Coast Voice': the ranger's word, which the article's own outlet
    passes on as its author does; 'Coast Voice has confirmed that ...' is the author's.
    The original's outlet of a copy stays in the chain, a medium whatever its name."""
    original = article.original.publisher if article.original else None
    return tuple(
        replace(source, kind="media") if original and source.name == original else source
        for source in chain
        if not (article.publisher and _names_publisher(source, article.publisher))
    )


def _names_publisher(source: Source, publisher: str) -> bool:
    """The publisher by its name, or by its initials ('CPW-CAR' for 'Civilian Protection
    Watch – Central African Republic'); an outlet also by the publisher's name without its
    last word ('told Dalil' on a page of 'DALIL Verify')."""
    name = source.name
    if not name:
        return False
    letters = name.replace("-", "")
    short = " ".join(publisher.split()[:-1])
    return (
        name == publisher
        or (letters.isupper() and len(letters) > 1 and letters == initials(publisher))
        or (source.kind in OUTLET_KINDS and bool(short) and name.casefold() == short.casefold())
    )


def _publishers_own(chain: tuple[Source, ...], article: Article, text: str) -> bool:
    """A chain of one source that is the publisher's own records or word ('the Trust's own
    monitoring records' in a trust's release): the publisher telling, as its author does.
    The source may be the records' keeper alone ('the Trust'), the words after it its own."""
    if len(chain) != 1 or not article.publisher:
        return False
    own = _OWN_RECORDS.match(text[chain[0].start_char : chain[0].end_char + MAX_OWNED_CHARS])
    return own is not None and own.group("body").split()[-1] == article.publisher.split()[-1]


def _author(article: Article) -> Source:
    name = article.authors[0] if article.authors else article.publisher
    return Source("", name, "author")
