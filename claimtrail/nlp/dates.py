"""Time expressions: find them in plain text and normalise each to an inclusive day range.

Rule based (regular expressions over the raw text, no spaCy), so it is fast and every offset is
exact. The vocabulary (month and weekday names, cue words, part-of-month words) lives in
`claimtrail/data/dates.json`.

How values are chosen, so a reader can check them:

1. A date without a year takes the anchor's (the article's publication date) year, unless that
   puts its start after the anchor: then it takes the previous year. A range moves as a whole,
   judged by its first day, so "November 18-20" read on 19 November stays in the same year.
2. Parts of a month: early = 1-10, mid = 11-20, late = the last eleven days (21-31 in a 31-day
   month, 18-28 in February; "the end of March" is late March). Parts of a year ("early 2009",
   "the end of last year") keep the whole year with precision "year": the model has no
   part-of-year precision, and a vaguer range is better than a wrong narrow one.
3. A weekday is the most recent such day on or before the anchor ("on Tuesday"); with "last" it
   is strictly before; with "next", "until" or "coming" it is the first on or after; followed
   by "last week" it is that day of the week before the anchor's.
4. "last week" is the previous Monday-Sunday, "this week" runs from Monday to the anchor,
   a weekend is its Saturday-Sunday; "earlier this month" runs from the 1st to the anchor.
5. Numeric dates ("13/11/2018") are kept only when the day and month cannot be swapped.
6. A bare four-digit number is a year only after a cue word ("in 2017", "since 2017"), and a
   bare month name only after a cue word ("in May"), since both are often something else.
7. Without an anchor, only expressions that carry their own year are kept.

Overlapping candidates are settled longest first, so "Friday, September 19, 2008" is one date
and not a weekday plus a date.
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from claimtrail.ingest.chat import STAMP as CHAT_STAMP
from claimtrail.ingest.chat import STAMP_HEAD as CHAT_STAMP_HEAD
from claimtrail.model import Precision, When
from claimtrail.nlp.calendars import in_common_era
from claimtrail.nlp.headings import is_log_entry_heading

Range = tuple[date, date]


@dataclass(frozen=True)
class _Vocab:
    months: dict[str, int]  # full names and abbreviations -> 1..12
    full_months: tuple[str, ...]
    abbreviations: tuple[str, ...]
    weekdays: dict[str, int]  # Monday -> 0
    parts: dict[str, str]  # modifier phrase -> early|mid|late
    part_days: dict[str, tuple[int, int]]
    relative_days: dict[str, int]
    anaphoric_days: dict[str, int]
    the_day_lead_words: frozenset[str]
    number_words: dict[str, int]
    offset_units: dict[str, int]
    offset_directions: dict[str, int]
    year_cues: frozenset[str]
    year_range_cues: frozenset[str]
    not_year_followers: frozenset[str]
    month_cues: frozenset[str]
    month_determiners: frozenset[str]
    named_days: frozenset[str]
    future_weekday_cues: frozenset[str]
    future_date_cues: tuple[str, ...]
    times_of_day: tuple[str, ...]
    overnight: tuple[str, ...] = ()
    parts_of_day: tuple[str, ...] = ()
    summary_night: tuple[str, ...] = ()
    summary_cues: tuple[str, ...] = ()
    overnight_followers: frozenset[str] = frozenset()
    running_day_ordinals: dict[str, int] = field(default_factory=dict)
    period_weekday_ordinals: frozenset[str] = frozenset()  # 'the Second Sunday of Advent'
    after_a_day_of_the_month: tuple[str, ...] = ()  # 'on the 14th that', 'on the 11th under'
    item_date_openers: tuple[str, ...] = ()
    period_labels: tuple[str, ...] = ()  # 'Period covered: 14/03/2033 06:00 to 15/03/2033 06:00'
    reference_labels: tuple[str, ...] = ()  # 'CAS' of 'CAS 12/03/2033', a case's number
    time_labels: tuple[str, ...] = ()  # 'Time: 21:50'
    update_openers: tuple[str, ...] = ()  # 'Update · 3 March 2033'
    vote_nouns: frozenset[str] = frozenset()  # 'elections' of 'the elections held on ...'
    vote_days: tuple[str, ...] = ()  # 'polling day'
    votes: tuple[str, ...] = ()  # 'the vote' of 'two days before the vote'


@dataclass(frozen=True)
class EventOffset:
    """Days counted from an event named in the text: 'two days before the X disaster'."""

    start_char: int
    end_char: int
    days: int  # negative before the event
    event_start: int  # where the words naming the event begin
    event_end: int


@dataclass(frozen=True)
class _Hit:
    start_char: int
    end_char: int
    start: date
    end: date
    precision: Precision


SATURDAY = 5  # date.weekday()
RECENT_DAYS = 60  # a date in figures that reads either way is taken when only one reading
# is this recent


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    raw = json.loads(resources.files("claimtrail.data").joinpath("dates.json").read_text("utf-8"))
    months: dict[str, int] = {}
    abbreviations: list[str] = []
    for number, names in enumerate(raw["months"], start=1):
        for name in names:
            months[name.lower()] = number
        abbreviations.extend(names[1:])
    parts = {k.lower(): v for k, v in raw["parts"].items()}
    if not set(parts.values()) <= set(raw["part_days"]):
        raise ValueError("dates.json: every part must have a day range in part_days")
    return _Vocab(
        months=months,
        full_months=tuple(names[0] for names in raw["months"]),
        abbreviations=tuple(abbreviations),
        weekdays={name.lower(): i for i, name in enumerate(raw["weekdays"])},
        parts=parts,
        part_days={k: (v[0], v[1]) for k, v in raw["part_days"].items()},
        relative_days={k.lower(): int(v) for k, v in raw["relative_days"].items()},
        anaphoric_days={k.lower(): int(v) for k, v in raw["anaphoric_days"].items()},
        the_day_lead_words=frozenset(w.lower() for w in raw["the_day_lead_words"]),
        number_words={k.lower(): int(v) for k, v in raw["number_words"].items()},
        offset_units=dict(raw["counted_offsets"]["units"]),
        offset_directions=dict(raw["counted_offsets"]["directions"]),
        year_cues=frozenset(w.lower() for w in raw["year_cues"]),
        year_range_cues=frozenset(w.lower() for w in raw["year_range_cues"]),
        not_year_followers=frozenset(w.lower() for w in raw["not_year_followers"]),
        month_cues=frozenset(w.lower() for w in raw["month_cues"]),
        month_determiners=frozenset(w.lower() for w in raw["month_determiners"]),
        named_days=frozenset(w.lower() for w in raw["named_days"]),
        future_weekday_cues=frozenset(w.lower() for w in raw["future_weekday_cues"]),
        future_date_cues=tuple(w.lower() for w in raw["future_date_cues"]),
        times_of_day=tuple(raw["times_of_day"]),
        overnight=tuple(raw["overnight"]["words"]),
        parts_of_day=tuple(raw["parts_of_day"]["words"]),
        summary_night=tuple(raw["parts_of_day"]["night_words"]),
        summary_cues=tuple(raw["parts_of_day"]["summary_cues"]),
        overnight_followers=frozenset(raw["overnight"]["followers"]),
        running_day_ordinals={k.lower(): int(v) for k, v in raw["running_day_ordinals"].items()},
        period_weekday_ordinals=frozenset(raw["period_weekday_ordinals"]),
        after_a_day_of_the_month=tuple(raw["day_of_the_month"]["followers"]),
        item_date_openers=tuple(w.lower() for w in raw["item_date_openers"]),
        period_labels=tuple(raw["period_log"]["period_labels"]),
        reference_labels=tuple(raw["reference_labels"]),
        time_labels=tuple(raw["period_log"]["time_labels"]),
        update_openers=tuple(raw["update_openers"]),
        vote_nouns=frozenset(raw["election_days"]["vote_nouns"]),
        vote_days=tuple(raw["election_days"]["days"]),
        votes=tuple(raw["election_days"]["votes"]),
    )


def is_month_name(word: str) -> bool:
    """'August', 'Aug', 'Aug.': a month's name or its abbreviation."""
    return word.rstrip(".").lower() in _vocab().months


# ---------------------------------------------------------------- small date arithmetic


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_range(y: int, m: int) -> Range:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _part_range(y: int, m: int, part: str) -> Range:
    month_end = calendar.monthrange(y, m)[1]
    first, last = (d if d > 0 else month_end + d for d in _vocab().part_days[part])
    return date(y, m, first), date(y, m, last)


def _year_range(y: int) -> Range:
    return date(y, 1, 1), date(y, 12, 31)


def _shift_months(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _with_year(
    explicit: str | None,
    anchor: date | None,
    build: Callable[[int], Range | None],
    to_come: bool = False,
) -> Range | None:
    """Apply rule 1: an explicit year wins; else the anchor's year, or the one before; a
    date told as yet to come keeps the anchor's year."""
    if explicit:
        return build(int(explicit))
    if anchor is None:
        return None
    found = build(anchor.year)
    if found is None or (found[0] > anchor and not to_come):
        found = build(anchor.year - 1)
    return found


def _told_as_to_come(text: str, start: int) -> bool:
    """'the court is due to rule on 18 March': a cue of the future before the date, in its
    sentence."""
    sentence = text[max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1 : start]
    lowered = f" {sentence.lower()} "
    return any(f" {cue} " in lowered for cue in _vocab().future_date_cues)


# ---------------------------------------------------------------- text helpers

_TOKEN = re.compile(r"[A-Za-z]+|\d+|\S")


def _tokens_before(text: str, pos: int, n: int = 2) -> list[str]:
    """The last `n` tokens before `pos`, lower-cased, nearest last."""
    return [t.lower() for t in _TOKEN.findall(text[max(0, pos - 40) : pos])[-n:]]


def _word_after(text: str, pos: int) -> str:
    found = re.match(r"\s+([A-Za-z]+)", text[pos : pos + 40])
    return found.group(1) if found else ""


def _word_before(text: str, pos: int) -> str:
    found = re.search(r"([A-Za-z]+)\s+$", text[max(0, pos - 40) : pos])
    return found.group(1) if found else ""


def _day(raw: str) -> int:
    return int(re.match(r"\d+", raw).group())  # type: ignore[union-attr]


def _month(raw: str) -> int:
    return _vocab().months[raw.rstrip(".").lower()]


def _part(raw: str) -> str:
    return _vocab().parts[re.sub(r"[-\s]+", " ", raw.strip().lower())]


# ---------------------------------------------------------------- regular expressions


def _alternation(words: list[str] | tuple[str, ...], capitalised: bool) -> str:
    """Longest first, so 'Sept' is tried before 'Sep'; capitalised words also match in CAPS."""
    variants = {v for w in words for v in ((w, w.upper()) if capitalised else (w,))}
    ordered = sorted(variants, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(part) for part in v.split()) for v in ordered)


@lru_cache(maxsize=1)
def _fragments() -> dict[str, str]:
    v = _vocab()
    full = _alternation(v.full_months, capitalised=True)
    abbr = _alternation(v.abbreviations, capitalised=True)
    spaced = [p.replace(" ", r"\s+") for p in sorted(v.parts, key=len, reverse=True)]
    return {
        "M": rf"(?<![A-Za-z])(?:{full}|(?:{abbr})\.?)(?![A-Za-z])",
        "MF": rf"(?<![A-Za-z])(?:{full})(?![A-Za-z])",
        # (a day may follow a comma with no space, as a CSV row's field: 'NER6417,24 February
        # 2033,Attack'; a thousands separator takes three digits)
        "D": r"(?<![\d./])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\dA-Za-z:/]|[.,]\d)",
        "Y": r"(?<![\d.,/$£€#'])(?<!\d-)(?:1[6-9]\d\d|20\d\d)(?![\d%]|[.,]\d|-\d)",
        "PART": rf"(?i:{'|'.join(spaced)})",
        "SEP": r"(?P<sep>\s*[-–—]\s*|\s+(?i:to|and|through|until|till|or)\s+)",
        "REL": r"(?P<rel>(?i:last|this|next))",
        "NUM": rf"(?P<n>\d{{1,2}}|(?i:{_alternation(list(v.number_words), False)}))",
        "REL_DAY": _alternation(list(v.relative_days), capitalised=False),
        "NIGHT": _alternation(list(v.overnight), capitalised=False),
        "PART_OF_DAY": _alternation(list(v.parts_of_day), capitalised=False),
        "SUMMARY_NIGHT": _alternation(list(v.summary_night), capitalised=False),
        "SUMMARY_CUE": _alternation(list(v.summary_cues), capitalised=False),
        "TOD": _alternation(v.times_of_day, capitalised=False),
    }


def _weekday_names() -> str:
    names = [n.capitalize() for n in _vocab().weekdays]
    return _alternation(names, capitalised=True)


# ---------------------------------------------------------------- handlers, one per pattern

Handler = Callable[[re.Match[str], str, date | None], Range | None]


def _word_range_is_plausible(match: re.Match[str], text: str) -> bool:
    """'November 10 and 11 people' is a count, not a range: words joining two bare numbers
    count only after 'between'/'from', with ordinals, or when no word follows."""
    if not re.search(r"[A-Za-z]", match.group("sep")):
        return True
    if _word_before(text, match.start()).lower() in {"between", "from"}:
        return True
    if re.search(r"[a-z]$", match.group("d2")):
        return True
    follower = _word_after(text, match.end())
    return not follower or not follower[0].islower() or follower.lower() in {"in", "at", "of"}


def _md_range(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    if not _word_range_is_plausible(match, text):
        return None
    m1 = _month(match.group("m1"))
    m2 = _month(match.group("m2")) if match.group("m2") else m1
    d1, d2 = _day(match.group("d1")), _day(match.group("d2"))

    def build(y: int) -> Range | None:
        start, end = _safe(y, m1, d1), _safe(y + (1 if m2 < m1 else 0), m2, d2)
        return (start, end) if start and end and start <= end else None

    return _with_year(match.group("y"), anchor, build)


def _dm_range(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    # (the month closes the days, so after 'on' or 'of' they count none: 'the night of 5 to
    # 6 February the river rose')
    dated = _word_before(text, match.start()).lower() in {"on", "of"}
    if not match.group("m1") and not dated and not _word_range_is_plausible(match, text):
        return None
    m2 = _month(match.group("m2"))
    m1 = _month(match.group("m1")) if match.group("m1") else m2
    d1, d2 = _day(match.group("d1")), _day(match.group("d2"))

    def build(y: int) -> Range | None:
        start, end = _safe(y - (1 if m1 > m2 else 0), m1, d1), _safe(y, m2, d2)
        return (start, end) if start and end and start <= end else None

    return _with_year(match.group("y"), anchor, build)


def _night_of_two_days(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'12/13 Sep', 'Sept 3/4': the night from the first day into the next."""
    if match.group("m3"):
        month, first, second = match.group("m3"), match.group("d3"), match.group("d4")
    else:
        month, first, second = match.group("m2"), match.group("d1"), match.group("d2")
    m, d1, d2 = _month(month), _day(first), _day(second)
    if d2 != d1 + 1:
        return None  # '24/7 March' is no night

    def build(y: int) -> Range | None:
        start, end = _safe(y, m, d1), _safe(y, m, d2)
        return (start, end) if start and end else None

    return _with_year(match.group("y"), anchor, build)


def _single_day(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    m, d = _month(match.group("m")), _day(match.group("d"))

    def build(y: int) -> Range | None:
        found = _safe(y, m, d)
        return (found, found) if found else None

    to_come = _told_as_to_come(text, match.start()) or _weekday_of_this_year(match, anchor, m, d)
    return _with_year(match.group("y"), anchor, build, to_come)


def _day_of_the_month_told(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'On the 14th, residents blocked the road', under a report's 'March 2033': a day told by
    its ordinal alone is of the month the text last named before it, or failing that of the
    telling day's month (the month before, if the day is yet to come in it)."""
    d = _day(match.group("d"))
    named = _last_month_named(text, match.start())
    if named is not None:
        m, year = named
        return _with_year(year, anchor, lambda y: _day_range(y, m, d))
    if anchor is None:
        return None
    found = _day_range(anchor.year, anchor.month, d)
    if found is None or found[0] > anchor:
        found = _day_range(*_shift_months(anchor, -1), d)
    return found


def _last_month_named(text: str, end: int) -> tuple[int, str | None] | None:
    """The month the text names last before `end` by its full name with a day or a year
    beside it ('March 2033', '2 March', 'March 2'), and the year written with it."""
    for found in reversed(list(_month_names().finditer(text, 0, end))):
        after = _DAY_OR_YEAR_AFTER.match(text, found.end())
        if after or _DAY_BEFORE.search(text, max(0, found.start() - 8), found.start()):
            return _month(found.group("m")), after.group("y") if after else None
    return None


@lru_cache(maxsize=1)
def _month_names() -> re.Pattern[str]:
    return re.compile(rf"(?P<m>{_fragments()['MF']})")


_DAY_OR_YEAR_AFTER = re.compile(
    r",?\s+(?:(?P<y>(?:19|20)\d\d)(?!\d)|[0-3]?\d(?:st|nd|rd|th)?(?![\d:]))"
)
_DAY_BEFORE = re.compile(r"(?<!\d)[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?$")


def _weekday_of_this_year(match: re.Match[str], anchor: date | None, m: int, d: int) -> bool:
    """'Saturday, March 22' in a story of Friday 14 March 2031: a Saturday this year and
    not the year before, so a day to come, not one of last year."""
    named = match.groupdict().get("wd")
    if not named or anchor is None:
        return False
    target = _vocab().weekdays[named.lower()]
    this, before = _safe(anchor.year, m, d), _safe(anchor.year - 1, m, d)
    return (
        this is not None
        and this.weekday() == target
        and (before is None or before.weekday() != target)
    )


def _iso(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    found = _safe(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    return (found, found) if found else None


def _numeric(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    a, b, y = int(match.group("a")), int(match.group("b")), int(match.group("y"))
    found = _in_figures(a, b, y, _reads_day_first(a, b, y, text, anchor))
    return (found, found) if found else None


def _numeric_span(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """Both days of a span are written in one order: the one that reads either of them."""
    ends = [
        match.group("first") or match.group("first2"),
        match.group("last") or match.group("last2"),
    ]
    figures = [
        (int(m["a"]), int(m["b"]), int(m["y"])) for m in map(_FULL_NUMERIC.fullmatch, ends) if m
    ]
    if len(figures) != len(ends):
        return None
    orders = (_reads_day_first(*end, text, anchor) for end in reversed(figures))
    day_first = next((order for order in orders if order is not None), None)
    first, last = (_in_figures(*end, day_first) for end in figures)
    return (first, last) if first and last and first < last else None


def _reads_day_first(a: int, b: int, y: int, text: str, anchor: date | None) -> bool | None:
    """Whether a date in figures ('03/04/2033') puts the day first: by a figure over 12, by the
    order the page's other dates in figures show ('14/02/2033'), or by the one reading that
    lies in the weeks before the story's day; None when nothing tells."""
    if a > 12 or a == b:
        return True
    if b > 12:
        return False
    if (order := _figure_order(text)) is not None:
        return order == "day"
    found = _the_recent_reading(_safe(y, b, a), _safe(y, a, b), anchor)
    return None if found is None else found == _safe(y, b, a)


def _in_figures(a: int, b: int, y: int, day_first: bool | None) -> date | None:
    if day_first is None:
        return None
    return _safe(y, b, a) if day_first else _safe(y, a, b)


@lru_cache(maxsize=8)  # one text's, asked for each of its dates in figures
def _figure_order(text: str) -> str | None:
    """'day' when the page's dates in figures put the day first (some open with a figure over
    12, none has one in second place), 'month' for the reverse, None when they do not tell."""
    pairs = [(int(m["a"]), int(m["b"])) for m in _FULL_NUMERIC.finditer(text)]
    day_first = any(a > 12 for a, _ in pairs)
    month_first = any(b > 12 for _, b in pairs)
    if day_first == month_first:
        return None
    return "day" if day_first else "month"


_FIGURES = r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}"  # a day in figures, as a span's ends write it
# a day in figures, '14/02/2033' or '03.04.2033', its two separators alike
_NUMERIC_DATE = r"(?<![\d./-])(?P<a>\d{1,2})([/.-])(?P<b>\d{1,2})\2(?P<y>\d{4})(?!\d|[./-]\d)"
_FULL_NUMERIC = re.compile(_NUMERIC_DATE)


def _short_numeric(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'On 3/11', with no year: the day of this year or last that the story can tell of."""
    a, b = int(match.group("a")), int(match.group("b"))

    def reading(day: int, month: int) -> date | None:
        found = _with_year(None, anchor, lambda y: _day_range(y, month, day))
        return found[0] if found else None

    if a > 12 or a == b:
        found = reading(a, b)
    elif b > 12:
        found = reading(b, a)
    else:
        found = _the_recent_reading(reading(a, b), reading(b, a), anchor)
    return (found, found) if found else None


def _day_range(y: int, m: int, d: int) -> Range | None:
    day = _safe(y, m, d) if 1 <= m <= 12 else None
    return (day, day) if day else None


def _the_recent_reading(
    day_first: date | None, month_first: date | None, anchor: date | None
) -> date | None:
    """'On 12-3-2030' in a story of 16 March 2030: 12 March, for 3 December is yet to come;
    'on 3/11' in a story of 9 November: 3 November, not 11 March. A date that reads either
    way is taken only when one reading lies in the weeks before the story's day and the
    other does not."""
    if anchor is None or day_first is None or month_first is None:
        return None
    recent = [
        d for d in (day_first, month_first) if anchor - timedelta(days=RECENT_DAYS) <= d <= anchor
    ]
    return recent[0] if len(recent) == 1 else None


def _part_of_month(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    m, part = _month(match.group("m")), _part(match.group("part"))
    return _with_year(match.group("y"), anchor, lambda y: _part_range(y, m, part))


def _month_range_of(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """From the first day of one month to the end of another, or of a part of it; a period
    that runs past the turn of the year starts in the year before the later month's."""
    m1, m2 = _month(match.group("m1")), _month(match.group("m2"))
    part = match.group("part")

    def build(y: int) -> Range:
        end = _part_range(y, m2, _part(part))[1] if part else _month_range(y, m2)[1]
        return date(y - (1 if m1 > m2 else 0), m1, 1), end

    return _with_year(match.group("y"), anchor, build)


def _vote_day(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    vote = _day_of_the_vote(text, anchor)
    if vote is None:
        return None
    if match.group("day"):
        return vote, vote
    v = _vocab()
    if match.group("one"):
        days = v.offset_units[match.group("one").lower()]
    else:
        raw = match.group("n").lower()
        count = int(raw) if raw.isdigit() else v.number_words[raw]
        days = count * v.offset_units[match.group("unit").lower()]
    found = vote + timedelta(days=days * v.offset_directions[match.group("way").lower()])
    return found, found


_SENTENCE = re.compile(r"[^.!?\n]+")


@lru_cache(maxsize=1)
def _vote_named() -> re.Pattern[str]:
    return re.compile(rf"(?i:\b(?:{_alternation(sorted(_vocab().vote_nouns), False)})\b)")


def _day_of_the_vote(text: str, anchor: date | None) -> date | None:
    """The first full date in a sentence that names a vote ('the municipal elections held
    in Mozambique on Wednesday, 12 October 2033'), not one of those the vote's day is
    counted from ('two days before the vote')."""
    for sentence in _SENTENCE.finditer(text):
        if not _vote_named().search(sentence[0]):
            continue
        for rule in _rules():
            if rule.name not in {"month-day", "day-month"}:
                continue
            for match in rule.pattern.finditer(sentence[0]):
                if match.group("y") is None and anchor is None:
                    continue
                found = rule.handler(match, sentence[0], anchor)
                if found is not None and found[0] == found[1]:
                    return found[0]
    return None


def _weekend_of_month(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'the last weekend of September', 'the first weekend in May': that Saturday and Sunday
    (a weekend whose Sunday falls in the next month still counts as the month's last)."""
    m, nth = _month(match.group("m")), match.group("nth").lower()

    def weekend(y: int) -> Range:
        start, end = _month_range(y, m)
        saturdays = [
            start + timedelta(days=i)
            for i in range((end - start).days + 1)
            if (start + timedelta(days=i)).weekday() == SATURDAY
        ]
        order = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}[nth]
        saturday = saturdays[order]
        return saturday, saturday + timedelta(days=1)

    return _with_year(match.group("y"), anchor, weekend)


def _month_with_year(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    return _month_range(int(match.group("y")), _month(match.group("m")))


def _month_of_relative_year(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    if anchor is None:
        return None
    year = anchor.year + {"last": -1, "this": 0, "next": 1}[match.group("rel").lower()]
    return _month_range(year, _month(match.group("m")))


def _relative_month_name(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    if anchor is None:
        return None
    m, rel = _month(match.group("m")), match.group("rel").lower()
    year = anchor.year
    if rel == "last" and m >= anchor.month:
        year -= 1
    elif rel == "next" and m <= anchor.month:
        year += 1
    return _month_range(year, m)


def _bare_month(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    v = _vocab()
    before = _tokens_before(text, match.start(), 1)
    cued = bool(before) and before[0] in v.month_cues
    after = _word_after(text, match.end())
    modifier = bool(before) and before[0] in v.month_determiners and after[:1].islower()
    if not (cued or modifier):
        return None
    if after[:1].isupper() and not is_month_name(after) and after.lower() not in v.weekdays:
        return None  # "in May Pen": a month's name opening a place's
    m = _month(match.group("m"))
    if (shared := _year_of_the_next_month(text, match.end())) is not None:
        return _month_range(shared, m)  # 'in October and November 2016': both of 2016
    if anchor is not None and _told_as_to_come(text, match.start()):
        # 'a disarmament campaign would begin in June': the next June, not the last
        found = _month_range(anchor.year, m)
        return found if found[1] >= anchor else _month_range(anchor.year + 1, m)
    return _with_year(None, anchor, lambda y: _month_range(y, m))


def _year_of_the_next_month(text: str, end: int) -> int | None:
    """The year written after the month that a bare month is paired with ('October and
    November 2016', 'from May to July 2031'), which is the bare month's year too."""
    paired = _PAIRED_MONTH_YEAR.match(text, end)
    if paired is None or not is_month_name(paired.group("m")):
        return None
    return int(paired.group("y"))


_PAIRED_MONTH_YEAR = re.compile(
    r"\s*(?:and|or|to|until|through|-|–|—)\s*(?:early\s+|mid-?|late\s+)?(?P<m>[A-Za-z]+)\.?,?\s+(?P<y>(?:19|20)\d\d)\b"
)


def _part_of_year(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    return _year_range(int(match.group("y")))


def _relative_year(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    rel = match.group("rel").lower()
    if anchor is None or (rel == "the" and not match.group("part")):
        return None
    year = anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    start, end = _year_range(year)
    mod = (match.group("mod") or "").lower()
    if mod == "earlier" and year == anchor.year:
        end = anchor
    elif mod == "later" and year == anchor.year:
        start = anchor
    return start, end


def _relative_month(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    rel = match.group("rel").lower()
    if anchor is None or (rel == "the" and not match.group("part")):
        return None
    y, m = _shift_months(anchor, {"last": -1, "next": 1}.get(rel, 0))
    if match.group("part"):
        return _part_range(y, m, _part(match.group("part")))
    start, end = _month_range(y, m)
    mod = (match.group("mod") or "").lower()
    if mod == "earlier" and (y, m) == (anchor.year, anchor.month):
        end = anchor
    elif mod == "later" and (y, m) == (anchor.year, anchor.month):
        start = anchor
    return start, end


def _relative_week(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    rel, unit = match.group("rel").lower(), match.group("unit").lower()
    if anchor is None or (rel == "the" and unit == "week"):
        return None
    monday = anchor - timedelta(days=anchor.weekday())
    if unit == "weekend":
        if rel == "next":
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if rel != "last" and anchor.weekday() >= 5:
            return monday + timedelta(days=5), anchor
        return monday - timedelta(days=2), monday - timedelta(days=1)
    if rel == "last":
        return monday - timedelta(days=7), monday - timedelta(days=1)
    if rel == "next":
        return monday + timedelta(days=7), monday + timedelta(days=13)
    return monday, anchor


def _ago(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    if anchor is None:
        return None
    raw = match.group("n").lower()
    n = int(raw) if raw.isdigit() else _vocab().number_words[raw]
    unit = match.group("unit").lower()
    if unit in {"day", "week"}:
        found = anchor - timedelta(days=n * (7 if unit == "week" else 1))
        return found, found
    if unit == "month":
        return _month_range(*_shift_months(anchor, -n))
    return _year_range(anchor.year - n)


def _relative_day(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    if anchor is None or _inside_name(match, text):
        return None
    phrase = re.sub(r"\s+", " ", match.group(0).lower())
    found = anchor + timedelta(days=_vocab().relative_days[phrase])
    return found, found


def _overnight(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'Drones struck the depot overnight': the night before the telling, so that day and
    the next; not an adjective ('an overnight curfew'), nor beside a day the sentence names
    ('overnight on Tuesday', 'overnight from Monday to Tuesday')."""
    if anchor is None:
        return None
    after = text[match.end() :].lstrip()
    following = re.match(r"[a-z]+", after)
    if following is not None and following.group(0) not in _vocab().overnight_followers:
        return None
    if _beside_a_named_day(match, text):
        return None
    start = _clause_start(text, match.start())
    hour = _clock_hour(text[start : _sentence_end(text, match.end())])
    if hour is not None and hour < DAWN_HOUR:
        return anchor, anchor  # 'at about 02:40 overnight': past midnight, the telling day
    if hour is not None and hour >= DUSK_HOUR:
        return anchor - timedelta(days=1), anchor - timedelta(days=1)  # 'at 11pm overnight'
    return anchor - timedelta(days=1), anchor


def _part_of_the_day_before(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'In the evening, the army shelled Nikopol' in a summary of the past day posted the
    next morning: the evening of the day before the telling. Only such a summary says so;
    elsewhere the words name no day, nor beside a day the sentence names."""
    if anchor is None or not _summary_of_the_past_day(text) or _beside_a_named_day(match, text):
        return None
    day = anchor - timedelta(days=1)
    return day, day


def _clause_start(text: str, position: int) -> int:
    return max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1


def _beside_a_named_day(match: re.Match[str], text: str) -> bool:
    """Whether the words of a part of the day stand beside a day their sentence names
    ('overnight on Tuesday', 'in the evening of 3 May'). The day is sought only up to the
    next dot: one further on is often the day a source told it ('..., Radio East 98.1
    reported this morning')."""
    ends = [i for i in (text.find(".", match.end()), text.find("\n", match.end())) if i >= 0]
    sentence = text[_clause_start(text, match.start()) : min(ends, default=len(text))]
    return bool(_named_day().search(sentence) or _dated_in_figures(sentence))


def _night_of_a_summary(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'At night, at about 03:40, a missile hit ...' in a summary of the past day: the night
    just past, as 'overnight' is; elsewhere 'at night' is as often a habit ('they burn our
    taxis at night')."""
    return _overnight(match, text, anchor) if _summary_of_the_past_day(text) else None


def _past_day(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'INCIDENTS IN THE LAST 24 HOURS', 'over the past day': the day before the telling and
    the telling day, which the 24 hours straddle."""
    return None if anchor is None else (anchor - timedelta(days=1), anchor)


@lru_cache(maxsize=4)
def _summary_of_the_past_day(text: str) -> bool:
    """Read once per article, not once per part of the day it names."""
    lowered = text.lower()
    return any(cue in lowered for cue in _vocab().summary_cues)


# 'shortly after midnight', 'in the early hours', 'at 00:31', 'shortly before 03:00': a time of
# the night just past, not the end of a span ('kept them in the yard until after midnight')
_SMALL_HOURS = re.compile(
    r"(?<!until )(?<!till )\b(?i:(?:(?:shortly|just|soon)\s+)?after\s+midnight"
    r"|in\s+the\s+(?:early|small|wee)\s+hours(?!\s+of\b)"
    r"|(?:at|(?:(?:shortly|just|soon)\s+)?(?:before|after))\s+(?:about\s+|around\s+)?"
    r"0?[0-5][:.][0-5]\d(?!\s*[ap]\.?m\b|\d))"
)


def small_hours(text: str, start: int, end: int, anchor: date | None) -> When | None:
    """'A rocket fell near the moshav shortly after midnight', told with no day in a story
    of the 13th: the night just past, so the telling day, unless its paragraph names a day
    or a year of its own. Only an account that no other date places is so dated: in an
    account dated otherwise, the small hours are of its own night."""
    found = _SMALL_HOURS.search(text, start, end)
    if anchor is None or found is None:
        return None
    first = text.rfind("\n", 0, found.start()) + 1
    last = text.find("\n", found.end())
    paragraph = text[first : len(text) if last < 0 else last]
    if _named_day().search(paragraph) or _YEAR_NAMED.search(paragraph):
        return None
    return When(found.group(0), found.start(), found.end(), anchor, anchor, "day", "occurred")


_YEAR_NAMED = re.compile(r"\b(?:1[89]|20)\d\d\b")


DAWN_HOUR = 6  # a clock time of the night before this hour falls after midnight
DUSK_HOUR = 18  # and one from this hour on falls before it
_CLOCK = re.compile(
    r"\b(?P<hour>[012]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>[ap]\.?\s?m\b\.?)?",
    re.IGNORECASE,
)


def _hour_and_minutes(sentence: str, found: re.Match[str]) -> bool:
    """'02:40', or '02.40' after a word that leads a time ('at 02.40', 'until 23.15')."""
    if found.group("minute") is None:
        return False
    colon = sentence[found.start("minute") - 1] == ":"
    return colon or bool(_TIME_LEAD.search(sentence, 0, found.start()))


_TIME_LEAD = re.compile(r"\b(?:at|about|around|after|before|by|until|till|from|to)\s+$", re.I)


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence going on at `start` ends: the dots of 'p.m.' end none."""
    found = _SENTENCE_END.search(text, start)
    return found.start() if found else len(text)


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"\u201c])|\n")


def _clock_hour(sentence: str) -> int | None:
    """The hour of the one clock time a sentence names ('02:40', '1:15 am', '11 p.m.'), on
    a 24-hour dial; None when it names none, or several."""
    hours = []
    for found in _CLOCK.finditer(sentence):
        if found.group("half") is None and not _hour_and_minutes(sentence, found):
            continue  # a bare number is no time, nor a price ('2.50 euros')
        hour = int(found.group("hour"))
        half = (found.group("half") or "").lower()
        if hour > 23 or (half and not 1 <= hour <= 12):
            continue
        if half.startswith("p") and hour < 12:
            hour += 12
        elif half.startswith("a") and hour == 12:
            hour = 0
        hours.append(hour)
    return hours[0] if len(set(hours)) == 1 else None


def _night_into(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'overnight into Thursday': the night that ends on that weekday, so the day before it
    and the day itself."""
    if anchor is None:
        return None
    target = _vocab().weekdays[match.group("wd").lower()]
    day = anchor - timedelta(days=(anchor.weekday() - target) % 7)
    if _OF_LAST_WEEK.match(text, match.end()):
        # 'during the night to Friday last week': that Friday of the week before the anchor's
        day = anchor - timedelta(days=anchor.weekday() + 7 - target)
    return day - timedelta(days=1), day


def _dated_in_figures(sentence: str) -> bool:
    """'Overnight 12/13 Sep', 'overnight on 3 Oct': a day of a month, the month perhaps cut
    short, which the whole names of `_named_day` miss."""
    return any(
        rule.pattern.search(sentence)
        for rule in _rules()
        if rule.name in {"night-of-two-days", "day-month", "month-day"}
    )


@lru_cache(maxsize=1)
def _named_day() -> re.Pattern[str]:
    """A day named in so many words: a weekday, a month, 'yesterday'."""
    v = _vocab()
    names = [n.capitalize() for n in v.weekdays] + list(v.full_months)
    relative = _alternation(list(v.relative_days), capitalised=False)
    return re.compile(rf"\b(?:{'|'.join(names)}|(?i:{relative}))\b")


def _inside_name(match: re.Match[str], text: str) -> bool:
    """'Ouaga Today', 'USA Today': a capitalised word in mid-sentence after a capitalised one;
    not one opening a line under a heading ('Petition march in Siteki' / 'Yesterday about
    400 cutters marched ...')."""
    if not match.group(0)[:1].isupper():
        return False
    before = text[: match.start()].rstrip()
    if "\n" in text[len(before) : match.start()]:
        return False
    return bool(before) and before[-1].isalpha() and before.split()[-1][:1].isupper()


_OF_LAST_WEEK = re.compile(
    r"\s+(?:(?:morning|afternoon|evening|night)\s+)?(?:of\s+)?last\s+week\b", re.IGNORECASE
)


def _weekday(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    v = _vocab()
    cue = (match.group("cue") or "").lower()
    if not cue and not _weekday_context_ok(match, text):
        return None
    if anchor is None:
        return None
    target = v.weekdays[match.group("wd").lower()]
    before = _tokens_before(text, match.start(), 1)
    if cue in v.future_weekday_cues or (before and before[0] in v.future_weekday_cues):
        found = anchor + timedelta(days=(target - anchor.weekday()) % 7)
    elif _OF_LAST_WEEK.match(text, match.end()):
        # "on Wednesday last week": that day of the Monday-to-Sunday week before the anchor's
        found = anchor - timedelta(days=anchor.weekday() + 7 - target)
    else:
        back = (anchor.weekday() - target) % 7
        found = anchor - timedelta(days=back or (7 if cue == "last" else 0))
    return found, found


def _glossed_weekday(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """The one day the gloss in brackets names, whatever day the weekday alone would be."""
    days = {(hit.start, hit.end) for hit, _rank in _candidates(match["gloss"], anchor)}
    single = [day for day in days if day[0] == day[1]]
    return single[0] if len(single) == 1 else None


def _running_days(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    """'gripped the town for a second day on Wednesday': Tuesday to Wednesday."""
    last = _weekday(match, text, anchor)
    if last is None:
        return None
    days = _vocab().running_day_ordinals[match.group("nth").lower()]
    return last[1] - timedelta(days=days - 1), last[1]


def _weekday_context_ok(match: re.Match[str], text: str) -> bool:
    """Reject names such as 'Black Monday' or 'Sunday Times': a known naming word right
    before, or a capitalised word right after, makes the weekday part of a name."""
    before = _word_before(text, match.start()).lower()
    if before in _vocab().named_days:
        return False
    after = _word_after(text, match.end())
    if before in _vocab().period_weekday_ordinals and after.lower() == "of":
        return False  # 'the Second Sunday of Advent', 'the first Monday of the month'
    return not after or not after[0].isupper() or after.lower() in _vocab().months


def _year(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    v = _vocab()
    if _word_after(text, match.end()).lower() in v.not_year_followers:
        return None
    before = _tokens_before(text, match.start(), 3)
    cued = bool(before) and before[-1] in v.year_cues
    cued = cued or (len(before) >= 2 and before[-1] == "the" and before[-2] in v.year_cues)
    joined = (
        len(before) >= 2
        and before[-1] in v.year_range_cues
        and re.fullmatch(r"1[6-9]\d\d|20\d\d", before[-2]) is not None
    )
    return _year_range(int(match.group("y"))) if cued or joined else None


def _short_year(match: re.Match[str], text: str, anchor: date | None) -> Range | None:
    before = _tokens_before(text, match.start(), 1)
    if anchor is None or not before or before[0] not in _vocab().year_cues:
        return None
    yy = int(match.group("yy"))
    year = 2000 + yy if 2000 + yy <= anchor.year else 1900 + yy
    return _year_range(year)


# ---------------------------------------------------------------- the rule table


@dataclass(frozen=True)
class _Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    precision: Precision | None  # None: "day" or "days" from the range


@lru_cache(maxsize=1)
def _rules() -> tuple[_Rule, ...]:
    f = _fragments()
    # A weekday and the date after it are one expression only on the same line: a title
    # ending in a weekday must not swallow the dateline below it.
    wd_prefix = rf"(?:(?P<wd>{_weekday_names()}),?[ \t]+)?"
    year_tail = rf"(?:,?\s+(?P<y>{f['Y']}))?"
    wd_day = rf"(?:(?:{_weekday_names()}),?[ \t]+)?"
    ordinals = list(_vocab().running_day_ordinals)
    table: list[tuple[str, str, Handler, Precision | None]] = [
        ("iso", r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d|-\d)", _iso, "day"),
        ("numeric", _NUMERIC_DATE, _numeric, "day"),
        (
            # 'Between 03/04/2033 and 05/04/2033', 'from 03/04/2033 to 05/04/2033': the days
            # from one to the other
            "numeric-span",
            rf"(?:(?<=[Bb]etween )(?P<first>{_FIGURES})\s+and\s+(?P<last>{_FIGURES})"
            rf"|(?<=[Ff]rom )(?P<first2>{_FIGURES})\s+(?:to|until)\s+(?P<last2>{_FIGURES}))"
            r"(?!\d|[./-]\d)",
            _numeric_span,
            None,
        ),
        (
            # a slash only: '3.5' is a figure; and only after 'on' or 'of' ('on the night of
            # 15/10'), as '1/2' is a fraction
            "short-numeric",
            r"(?<=\b[Oo][nf]\s)(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d)",
            _short_numeric,
            "day",
        ),
        (
            # 'Overnight 12/13 Sep', 'the night of Sept 3/4': a night named by its two days,
            # as incident logs write it
            "night-of-two-days",
            rf"(?<![\d/])(?P<d1>[0-3]?\d)(?P<sep>/)(?P<d2>[0-3]?\d)\s+(?P<m1>)(?P<m2>{f['M']})"
            rf"{year_tail}|(?P<m3>{f['M']})\s+(?P<d3>[0-3]?\d)/(?P<d4>[0-3]?\d)(?![\d/])",
            _night_of_two_days,
            "days",
        ),
        (
            "month-day-range",
            rf"{wd_prefix}(?P<m1>{f['M']})\s+(?P<d1>{f['D']}){f['SEP']}"
            rf"(?:(?P<m2>{f['M']})\s+)?(?P<d2>{f['D']}){year_tail}",
            _md_range,
            None,
        ),
        (
            # 'Thursday 4 and Friday 5 March': each day may have its weekday
            "day-month-range",
            rf"{wd_day}(?P<d1>{f['D']})(?:\s+(?:of\s+)?(?P<m1>{f['M']}))?{f['SEP']}"
            rf"{wd_day}(?P<d2>{f['D']})\s+(?:of\s+)?(?P<m2>{f['M']}){year_tail}",
            _dm_range,
            None,
        ),
        (
            "month-day",
            rf"{wd_prefix}(?P<m>{f['M']})\s+(?P<d>{f['D']}){year_tail}",
            _single_day,
            "day",
        ),
        (
            # '130640H March 2033': a date-time group, the day followed by the hour, the
            # minutes and the time zone's letter, as coast guards and navies log incidents
            "date-time-group",
            rf"(?<![\dA-Za-z])(?P<d>[0-3]\d)[0-2]\d[0-5]\d[A-Z]\s+(?P<m>{f['M']})\s+(?P<y>{f['Y']})",
            _single_day,
            "day",
        ),
        (
            "day-month",
            rf"{wd_prefix}(?:the\s+)?(?P<d>{f['D']})\s+(?:of\s+)?(?P<m>{f['M']}){year_tail}",
            _single_day,
            "day",
        ),
        (
            # 'two days before the vote', 'the day after polling day', 'on election day': a
            # vote's day, as the text dates the vote elsewhere
            "vote-day",
            rf"(?<![A-Za-z])(?i:(?:(?:{f['NUM']})\s+(?P<unit>days?|weeks?)|the\s+(?P<one>day|week))"
            rf"\s+(?P<way>before|after)\s+(?P<vote>{_alternation(_vocab().votes, False)})"
            rf"|(?P<day>{_alternation(_vocab().vote_days, False)}))(?![A-Za-z])",
            _vote_day,
            "day",
        ),
        (
            "weekend-of-month",
            rf"(?<![A-Za-z])(?i:the\s+)?(?P<nth>(?i:first|second|third|fourth|last))\s+"
            rf"(?i:weekend)\s+(?i:of|in)\s+(?P<m>{f['MF']}){year_tail}",
            _weekend_of_month,
            "days",
        ),
        (
            # 'January to mid-September 2032', 'from March to May': months told as one period
            "month-range",
            rf"(?P<m1>{f['MF']})\s+(?i:to|through|until|till)\s+"
            rf"(?:(?P<part>{f['PART']})[-\s]+)?(?P<m2>{f['MF']}){year_tail}",
            _month_range_of,
            "days",
        ),
        (
            "part-of-month",
            rf"(?<![A-Za-z])(?P<part>{f['PART']})[-\s]+(?P<m>{f['MF']}){year_tail}",
            _part_of_month,
            "part-of-month",
        ),
        (
            "month-year",
            rf"(?P<m>{f['M']})(?:\s+of)?,?\s+(?P<y>{f['Y']})",
            _month_with_year,
            "month",
        ),
        (
            "month-of-relative-year",
            rf"(?P<m>{f['MF']})\s+(?:of\s+)?{f['REL']}\s+(?i:year)\b",
            _month_of_relative_year,
            "month",
        ),
        ("relative-month-name", rf"\b{f['REL']}\s+(?P<m>{f['MF']})", _relative_month_name, "month"),
        ("month", rf"(?P<m>{f['MF']})", _bare_month, "month"),
        (
            "part-of-year",
            rf"(?<![A-Za-z])(?P<part>{f['PART']})[-\s]+(?P<y>{f['Y']})",
            _part_of_year,
            "year",
        ),
        (
            "relative-year",
            rf"(?<![A-Za-z])(?:(?P<part>{f['PART']})\s+|(?P<mod>(?i:earlier|later))\s+)?"
            r"(?P<rel>(?i:last|this|next|the))\s+(?i:year)\b",
            _relative_year,
            "year",
        ),
        (
            "relative-month",
            rf"(?<![A-Za-z])(?:(?P<part>{f['PART']})\s+|(?P<mod>(?i:earlier|later))\s+)?"
            r"(?P<rel>(?i:last|this|next|the))\s+(?i:month)\b",
            _relative_month,
            None,
        ),
        (
            "relative-week",
            r"\b(?:(?i:earlier|later)\s+)?(?P<rel>(?i:last|this|next|the))\s+"
            r"(?P<unit>(?i:weekend|week))\b",
            _relative_week,
            None,
        ),
        (
            "ago",
            rf"\b{f['NUM']}\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b",
            _ago,
            None,
        ),
        ("relative-day", rf"\b(?i:{f['REL_DAY']})\b", _relative_day, "day"),
        (
            "night-into",
            rf"\b(?i:{f['NIGHT']})\s+(?i:into|to)\s+(?P<wd>{_weekday_names()})\b",
            _night_into,
            "days",
        ),
        ("overnight", rf"\b(?i:{f['NIGHT']})\b", _overnight, "days"),
        ("part-of-day", rf"\b(?i:{f['PART_OF_DAY']})\b", _part_of_the_day_before, "day"),
        ("summary-night", rf"\b(?i:{f['SUMMARY_NIGHT']})\b", _night_of_a_summary, "days"),
        ("past-day", rf"\b(?i:{f['SUMMARY_CUE']})\b", _past_day, "days"),
        (
            # 'On the 14th, residents blocked the road': a day of a month the text names
            # elsewhere, told by its ordinal after 'on the' and before no noun it counts
            "day-of-the-month",
            rf"(?<![A-Za-z])(?i:on\s+the)\s+(?P<d>(?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th))"
            rf"(?=\s*[,.;:)]|\s+(?i:{_alternation(_vocab().after_a_day_of_the_month, False)})\b)",
            _day_of_the_month_told,
            "day",
        ),
        (
            "running-days",
            rf"\b(?i:for\s+(?:a|the)\s+(?P<nth>{_alternation(ordinals, False)})\s+"
            rf"(?:straight\s+|consecutive\s+)?day\s+on)\s+(?P<cue>)(?P<wd>{_weekday_names()})",
            _running_days,
            None,
        ),
        (
            # 'on Sunday [5 Sep 2032]', 'said on Monday [8 March]': the editor's gloss in
            # brackets gives the weekday's date, as monitoring services and mailing lists do
            "glossed-weekday",
            rf"\b(?P<wd>{_weekday_names()})(?:\s+(?i:{f['TOD']})\b)?\s*\[(?P<gloss>[^\]\n]{{3,30}})\]",
            _glossed_weekday,
            "day",
        ),
        (
            "weekday",
            rf"(?:\b(?P<cue>(?i:last|next|this\s+coming|coming))\s+)?(?P<wd>{_weekday_names()})"
            rf"(?:\s+(?i:{f['TOD']})\b)?",
            _weekday,
            "day",
        ),
        ("year", rf"(?P<y>{f['Y']})", _year, "year"),
        ("short-year", r"(?<![\w'])'(?P<yy>\d\d)(?![\w'])", _short_year, "year"),
    ]
    return tuple(_Rule(n, re.compile(p), h, prec) for n, p, h, prec in table)


# ---------------------------------------------------------------- public API


@lru_cache(maxsize=1)
def reference_numbers() -> re.Pattern[str]:
    """A case's or a file's number after its label ('CAS 187/03/2033', 'OB 9/15/05/2033')."""
    labels = "|".join(re.escape(label) for label in _vocab().reference_labels)
    return re.compile(rf"\b(?i:{labels})\.?(?:\s+no\.?)?\s*[:#]?\s*\d[\d/.-]*\d\b")


PARAGRAPH_GAP = "\n\n"
"""No date is written across paragraphs."""


def _candidates(text: str, anchor: date | None) -> list[tuple[_Hit, int]]:
    found: list[tuple[_Hit, int]] = []
    numbers = [m.span() for m in reference_numbers().finditer(text)]
    for rank, rule in enumerate(_rules()):
        for match in rule.pattern.finditer(text):
            if PARAGRAPH_GAP in match[0]:
                continue  # 'February' heading a timeline's month, then '17 February – ...'
            if any(s <= match.start() < e for s, e in numbers):
                continue  # 'CAS 12/03/2033': a case's number, no day
            try:
                rng = rule.handler(match, text, anchor)
            except (ValueError, OverflowError):  # beyond the calendar, near year 1 or 9999
                continue
            if rng is None:
                continue
            precision = rule.precision
            if precision is None or (precision == "day" and rng[0] != rng[1]):
                precision = _precision_of(rng, rule.name)
            hit = _Hit(match.start(), match.end(), rng[0], rng[1], precision)
            found.append((hit, rank))
    return found


def _precision_of(rng: Range, rule_name: str) -> Precision:
    """Precision for rules whose ranges vary in size ("ago", "last month", ranges)."""
    start, end = rng
    if start == end:
        return "day"
    if rng == _month_range(start.year, start.month):
        return "month"
    if rng == _year_range(start.year):
        return "year"
    if rule_name == "relative-month":
        return "part-of-month"
    return "days"


def _select(candidates: list[tuple[_Hit, int]]) -> list[_Hit]:
    """Longest candidates first, then by rule order; a candidate overlapping a kept one goes."""
    chosen: list[_Hit] = []
    for hit, _rank in sorted(
        candidates, key=lambda c: (-(c[0].end_char - c[0].start_char), c[1], c[0].start_char)
    ):
        if not any(hit.start_char < h.end_char and h.start_char < hit.end_char for h in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start_char)


@lru_cache(maxsize=1)
def _anaphora_pattern() -> re.Pattern[str]:
    alternation = _alternation(list(_vocab().anaphoric_days), capitalised=False)
    # "the day of the vote", "the day after the attack" name another day, not the last one.
    bare = r"the\s+day(?!\s+(?i:of|after|before|when|that)\b)"
    return re.compile(rf"\b(?i:{alternation}|{bare})\b")


NAMED_DAY_REACH = 12  # characters: "Hours later, on Sunday" names its own day
NIGHT_CUE_CHARS = 8  # characters either side of a day that tell it as a night: "late on Sunday"
PREPOSITIONS = frozenset({"after", "before"})  # of the counted offsets: they may take an object


@lru_cache(maxsize=1)
def _counted_offset_pattern() -> re.Pattern[str]:
    v = _vocab()
    number = rf"\d{{1,2}}|{_alternation(list(v.number_words), False)}"
    units = _alternation(list(v.offset_units), False)
    adverbs = _alternation([w for w in v.offset_directions if w not in PREPOSITIONS], False)
    prepositions = _alternation(sorted(PREPOSITIONS), False)
    # "two days after the vote" names its own referent: only a bare "after" counts.
    determiner = r"\s+(?i:the|a|an|his|her|its|their|this|that)\b"
    return re.compile(
        rf"\b(?i:(?P<n>{number})\s+(?P<unit>{units})\s+"
        rf"(?P<way>{adverbs}|(?:{prepositions})(?!{determiner})))\b"
    )


@lru_cache(maxsize=1)
def _offset_from_event_pattern() -> re.Pattern[str]:
    v = _vocab()
    number = rf"\d{{1,2}}|{_alternation(list(v.number_words), False)}"
    units = _alternation(list(v.offset_units), False)
    prepositions = _alternation(sorted(PREPOSITIONS), False)
    # 'the day after the Gorom-Gorom attack': one day, or week, counted with the article
    return re.compile(
        rf"\b(?i:(?:(?P<n>{number})\s+(?P<unit>{units})|(?P<one>the\s+(?:day|week)))\s+"
        rf"(?P<way>{prepositions})\s+the)\s+(?P<event>[^,.;:()\n]{{2,60}})"
    )


def offsets_from_events(text: str, start: int = 0, end: int | None = None) -> list[EventOffset]:
    """'Two days before the Darbang disaster', 'a week after the attack': days counted from
    an event the text names, which only the reader of the whole story can date."""
    v = _vocab()
    found = []
    for match in _offset_from_event_pattern().finditer(
        text, start, len(text) if end is None else end
    ):
        if match.group("one"):
            days = v.offset_units[match.group("one").split()[-1].lower()]
        else:
            raw = match.group("n").lower()
            count = int(raw) if raw.isdigit() else v.number_words[raw]
            days = count * v.offset_units[match.group("unit").lower()]
        sign = v.offset_directions[match.group("way").lower()]
        found.append(
            EventOffset(match.start(), match.end(), days * sign, match.start("event"), match.end())
        )
    return found


def _anaphora_offsets(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Phrases that point back to the last day mentioned, with their offset in days."""
    v = _vocab()
    for match in _anaphora_pattern().finditer(text):
        phrase = re.sub(r"\s+", " ", match.group(0).lower())
        if phrase == "the day" and _word_before(text, match.start()).lower() not in (
            v.the_day_lead_words
        ):
            continue
        yield match, v.anaphoric_days.get(phrase, 0)
    for match in _counted_offset_pattern().finditer(text):
        raw = match.group("n").lower()
        count = int(raw) if raw.isdigit() else v.number_words[raw]
        unit = v.offset_units[match.group("unit").lower()]
        yield match, count * unit * v.offset_directions[match.group("way").lower()]


_DEADLINE = re.compile(r"\b(?:by|until|till)\s+(?:the\s+)?$", re.IGNORECASE)
_TOLD_ON = re.compile(
    r"\b(?:said|says|told\s+[\w ]{1,25}?|reported|announced|added|confirmed)"
    r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+\w+)?\s+on\s+$",  # 'said in a statement on'
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s")


def _day_of_no_event(text: str, hit: _Hit, anaphor: int, same: bool = False) -> bool:
    """'had been made by Tuesday morning': a deadline, which 'later that evening' does not
    point back to; nor to the day an earlier sentence was told on ('the spokesman said on
    Sunday'), though in its own sentence 'said on Tuesday that ... the night before' does.
    'The same night' (`same`) points past a telling day even in its own sentence."""
    before = text[max(0, hit.start_char - 40) : hit.start_char]
    if _DEADLINE.search(before):
        return True
    told_on = bool(_TOLD_ON.search(before))
    return told_on and (same or bool(_SENTENCE_END.search(text, hit.end_char, anaphor)))


def _resolve_anaphora(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Add "the same day", "two days earlier"... counted from the last day mentioned before."""
    result = list(hits)
    for match, offset in sorted(_anaphora_offsets(text), key=lambda m: m[0].start()):
        if any(match.start() < h.end_char and h.start_char < match.end() for h in result):
            continue
        if any(0 <= h.start_char - match.end() <= NAMED_DAY_REACH for h in hits):
            continue  # "Hours later, on Sunday night": the day is named right after
        # 'during the same night' refers to an event's night, not to the day a source in its
        # own sentence spoke on ('said on Wednesday that ... the same day' may be that day)
        phrase = match.group(0).lower()
        same = "same" in phrase and "day" not in phrase
        earlier = [
            h
            for h in result
            if h.end_char <= match.start()
            and (h.precision == "day" or (same and _a_night(h)))
            and not _day_of_no_event(text, h, match.start(), same)
        ]
        month = _month_just_before(result, match.start(), earlier)
        if month is not None and offset == 0:
            # 'In November last year, his brother, who was with him that day, ...': a day of
            # that month, not the last day named before it
            result.append(_Hit(match.start(), match.end(), month.start, month.end, "month"))
            continue
        if not earlier:
            continue
        referent = max(earlier, key=lambda h: h.end_char)
        if same:
            referent = _night_beside(text, referent, earlier)
        if referent.precision != "day":  # 'overnight into Tuesday', then 'the same night'
            result.append(_Hit(match.start(), match.end(), referent.start, referent.end, "days"))
            continue
        try:
            day = referent.start + timedelta(days=offset)
        except OverflowError:
            continue
        result.append(_Hit(match.start(), match.end(), day, day, "day"))
    return sorted(result, key=lambda h: h.start_char)


def _month_just_before(hits: list[_Hit], at: int, days: list[_Hit]) -> _Hit | None:
    """A month named in the same sentence before `at`, later than every day named before."""
    months = [h for h in hits if h.end_char <= at and h.precision == "month"]
    if not months:
        return None
    month = max(months, key=lambda h: h.end_char)
    if at - month.end_char > MONTH_ANAPHOR_CHARS:
        return None
    return month if all(d.end_char < month.start_char for d in days) else None


MONTH_ANAPHOR_CHARS = 80  # 'In November last year, his brother, who was with him that day'


def _night_beside(text: str, nearest: _Hit, earlier: list[_Hit]) -> _Hit:
    """'The same night' points to the night its paragraph's last day was told of: 'late on
    Sunday ... on Tuesday morning', then 'the same night', is Sunday's."""
    paragraph = text.rfind("\n", 0, nearest.start_char)
    nights = [h for h in earlier if h.start_char > paragraph and _told_as_night(text, h)]
    return max(nights, key=lambda h: h.end_char) if nights else nearest


_NIGHT_WORDS = re.compile(r"\b(?:night|evening|overnight|late|dark)\b", re.IGNORECASE)


def _told_as_night(text: str, hit: _Hit) -> bool:
    around = text[max(0, hit.start_char - NIGHT_CUE_CHARS) : hit.end_char + NIGHT_CUE_CHARS]
    return _a_night(hit) or bool(_NIGHT_WORDS.search(around))


def _a_night(hit: _Hit) -> bool:
    """A span of two days told as one night ('overnight into Tuesday')."""
    return hit.precision == "days" and (hit.end - hit.start).days == 1


# "Friday and Saturday", "Tuesday night and early Wednesday", "Tuesday night and the early
# hours of Wednesday": the words joining two weekdays into one span
_WEEKDAY_JOIN = re.compile(
    r"\s*(?:and|to|through|till|until|into|-|\u2013)\s*"
    r"(?:(?:the\s+)?(?:early|small|late|wee)(?:\s+hours\s+of)?\s+(?:on\s+)?)?$",
    re.IGNORECASE,
)


def _weekday_ranges(text: str, hits: list[_Hit]) -> list[_Hit]:
    """'on Friday and Saturday', 'between Sunday and Tuesday': one span of days ending on the
    second day, not two days of which the second may fall in the week before."""
    weekdays = _vocab().weekdays
    out: list[_Hit] = []
    for hit in hits:
        last = out[-1] if out else None
        first_day = _weekday_of(text, last, weekdays) if last else None
        second_day = _weekday_of(text, hit, weekdays)
        joined = last is not None and _WEEKDAY_JOIN.match(text[last.end_char : hit.start_char])
        if first_day is None or second_day is None or not joined:
            out.append(hit)
            continue
        end = hit.end
        start = end - timedelta(days=(second_day - first_day) % 7)
        out[-1] = _Hit(last.start_char, hit.end_char, start, end, "days")
    return out


def _weekdays_of_weeks(text: str, hits: list[_Hit]) -> list[_Hit]:
    """'on Wednesday of last week', 'Monday this week', 'last week on Tuesday': the day of
    that week, one hit, not the nearest such day and the whole week beside it; 'the night to
    Friday last week' likewise."""
    weekdays = _vocab().weekdays
    out: list[_Hit] = []
    for hit in hits:
        last = out[-1] if out else None
        day = _weekday_of(text, last, weekdays) if last else None
        of_week = _OF_WEEK.fullmatch(text[last.end_char : hit.start_char]) if last else None
        if last is not None and of_week and _names_a_week(text, hit) and day is None:
            if hit.start <= last.start and last.end <= hit.end:
                # 'the night to Friday last week', read already as that week's night
                out[-1] = _Hit(last.start_char, hit.end_char, last.start, last.end, last.precision)
                continue
        later_day = _weekday_of(text, hit, weekdays) if last else None
        on_the_day = _ON_THE_DAY.fullmatch(text[last.end_char : hit.start_char]) if last else None
        if last is not None and later_day is not None and on_the_day and _names_a_week(text, last):
            # 'last week on Tuesday': the day of that week, told after it
            start = last.start + timedelta(days=(later_day - last.start.weekday()) % 7)
            out[-1] = _Hit(last.start_char, hit.end_char, start, start, "day")
            continue
        if last is None or day is None or of_week is None or not _names_a_week(text, hit):
            out.append(hit)
            continue
        start = hit.start + timedelta(days=(day - hit.start.weekday()) % 7)
        out[-1] = _Hit(last.start_char, hit.end_char, start, start, "day")
    return out


_OF_WEEK = re.compile(r"\s+(?:of\s+)?", re.IGNORECASE)
_ON_THE_DAY = re.compile(r",?\s+(?:on\s+)?", re.IGNORECASE)


def _names_a_week(text: str, hit: _Hit) -> bool:
    return text[hit.start_char : hit.end_char].lower().endswith("week")


def _that_weekday(text: str, hits: list[_Hit]) -> list[_Hit]:
    """'Last Sunday ... the village was burning.' then 'houses were burned that Sunday
    morning': 'that' points back to the day of that name told before, not to the nearest
    such day before the telling; without one told before, the day is read as it is."""
    weekdays = _vocab().weekdays
    out: list[_Hit] = []
    for hit in hits:
        told = _day_told_before(out, _weekday_of(text, hit, weekdays))
        if told is not None and _THAT_BEFORE.search(
            text, max(0, hit.start_char - 6), hit.start_char
        ):
            hit = _Hit(hit.start_char, hit.end_char, told.start, told.end, told.precision)
        out.append(hit)
    return out


def _day_told_before(hits: list[_Hit], weekday: int | None) -> _Hit | None:
    """The last of `hits` that is one day, that weekday."""
    if weekday is None:
        return None
    return next(
        (h for h in reversed(hits) if h.precision == "day" and h.start.weekday() == weekday), None
    )


_THAT_BEFORE = re.compile(r"\b(?i:that)\s+$")


def _weekday_of(text: str, hit: _Hit, weekdays: dict[str, int]) -> int | None:
    words = text[hit.start_char : hit.end_char].lower().split()
    return weekdays.get(words[0]) if hit.precision == "day" and words else None


_SINCE = re.compile(r"\bsince\s+(?:the\s+)?$", re.I)


def find_dates(
    text: str, anchor: date | None, stamps: list[MessageStamp] | None = None
) -> list[When]:
    """Every time expression in `text` (see `_found_dates`), read with the years of another
    era in common-era years; each keeps the characters the page prints."""
    dated = in_common_era(text)
    found = _found_dates(dated, anchor, stamps)
    if dated == text:
        return found
    return [replace(w, text=text[w.start_char : w.end_char]) for w in found]


def _found_dates(
    text: str, anchor: date | None, stamps: list[MessageStamp] | None = None
) -> list[When]:
    """Every time expression in `text`, as `When` records sorted by `start_char`.

    `anchor` is the publication date; without it, expressions that need it (no year,
    relative) are dropped. In a chat's messages, each under its stamp, a message's own day
    is the anchor of what it says ('last night' is the night before the message), and the
    stamps themselves tell no day of an event; so for the items of a digest or a mailing
    list, each under a line that gives its source's day (`item_stamps`). `stamps` are
    those of `section_stamps`, when the caller has them already.
    """
    stamps = section_stamps(text, anchor) if stamps is None else stamps
    if not stamps:
        return _dates_in(text, anchor)
    found: list[When] = []
    starts = [0, *(s.start for s in stamps), len(text)]
    anchors = [anchor, *(_stamps_anchor(text, s, anchor) for s in stamps)]
    for start, end, part_anchor in zip(starts, starts[1:], anchors, strict=False):
        stamp_end = next((s.end for s in stamps if s.start == start), start)
        for when in _dates_in(text[start:end], part_anchor):
            if start + when.start_char >= stamp_end:
                when = _stamps_next_day(when, part_anchor) if start else when
                found.append(
                    replace(
                        when,
                        start_char=start + when.start_char,
                        end_char=start + when.end_char,
                    )
                )
    return found


def _stamps_anchor(text: str, stamp: MessageStamp, anchor: date | None) -> date:
    """The day what follows a stamp counts from: the stamp's, but not later than the page's
    own day, unless the stamp dates an update the page got after it was first published."""
    if anchor is None or is_update_stamp(text, stamp):
        return stamp.day
    return min(stamp.day, anchor)


def is_update_stamp(text: str, stamp: MessageStamp) -> bool:
    """Whether `stamp` is the line of a page's update ('Update · 3 March 2033')."""
    return text[stamp.start : stamp.end].lower().startswith(_vocab().update_openers)


def _stamps_next_day(when: When, stamp: date | None) -> When:
    """'0140 LT on 03 May' under an entry stamped 2240 UTC on 2 May: the day after an item's
    stamp, its year unwritten, is the stamp's year, not a May of the year before (a
    story's own day, unlike a stamp, is the last day it can tell of)."""
    if stamp is None or when.start != when.end or _FOUR_DIGITS.search(when.text):
        return when
    try:
        same_year = when.start.replace(year=stamp.year)
    except ValueError:
        return when
    if when.start.year == stamp.year - 1 and same_year == stamp + timedelta(days=1):
        return replace(when, start=same_year, end=same_year)
    return when


_FOUR_DIGITS = re.compile(r"\d{4}")


@dataclass(frozen=True)
class MessageStamp:
    """'[14/10/2032, 07:31] ' opening a chat message, or the line dating an item of a digest:
    where it stands, and its day."""

    start: int
    end: int
    day: date


# '[14/10/2032, 07:31] ', '14/10/2032, 07:31 - ' at a paragraph's start, as the reader of a
# chat's export keeps them
_MESSAGE_STAMP = re.compile(CHAT_STAMP.pattern, re.MULTILINE)
# '07/03/2033 05:48' alone on its line over the message it stamps, as a log of text
# messages copied from a phone shows them
_STAMP_ALONE = re.compile(CHAT_STAMP_HEAD + r"\]?[ \t]*$", re.MULTILINE)
MIN_MESSAGE_STAMPS = 3  # one stamped paragraph may be a story's own dateline


def section_stamps(text: str, anchor: date | None) -> list[MessageStamp]:
    """The stamps that date the parts of a chat's export or a digest, if it is one."""
    text = in_common_era(text)
    return message_stamps(text) or item_stamps(text, anchor)


MAX_ITEM_DATE_LINE = 160  # characters: a longer line is the item's text, not its dating line
MIN_ITEM_STAMPS = 2  # one such line may be the source of a whole page


def item_stamps(text: str, anchor: date | None) -> list[MessageStamp]:
    """The lines that date the items of a digest, each with the one day it names; so do the
    entry headings of an incident log ('2.3  02 MAY 2032, 2240 UTC - ATTACK ON ...')."""
    openers, stamps = _vocab().item_date_openers + _vocab().update_openers, []
    for line in re.finditer(r"^[^\n]+$", text, re.MULTILINE):
        # ('Date / Time: 17.04.2033 04:20 UTC' as 'date/time:')
        label = _SPACED_SLASH.sub("/", line[0].lower())
        opened = label.startswith(openers) or is_log_entry_heading(line[0])
        if len(line[0]) > MAX_ITEM_DATE_LINE or not (opened or _stamp_row(line[0])):
            continue
        days = {(when.start, when.end) for when in _dates_in(line[0], anchor)}
        if not days and anchor is not None and _HOURS_AGO.search(line[0]):
            days = {(anchor, anchor)}  # '5 hours ago': the day of the copy
        if not days and anchor is not None and (day := _short_weekday_stamp(line[0], anchor)):
            days = {(day, day)}  # 'Mon 08:02 | BREAKING': the last Monday up to the copy
        if len(days) == 1 and (day := days.pop())[0] == day[1]:
            stamps.append(MessageStamp(line.start(), line.end(), day[0]))
    stamps = sorted([*stamps, *_hours_in_a_period(text, anchor)], key=lambda s: s.start)
    return stamps if len(stamps) >= MIN_ITEM_STAMPS else []


_SPACED_SLASH = re.compile(r"\s*/\s*")
_SHORT_WEEKDAY_AND_TIME = re.compile(
    r"^(?P<day>Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?\s+(?:[01]?\d|2[0-3])[:.h][0-5]\d\b"
)
_SHORT_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _short_weekday_stamp(line: str, anchor: date) -> date | None:
    """'Mon 08:02' opening an app's stamp: the weekday's abbreviation is a day only before a
    clock time ('Sun' alone may be a paper, 'Sat' a verb), the last such day up to the copy."""
    found = _SHORT_WEEKDAY_AND_TIME.match(line.strip())
    if found is None:
        return None
    weekday = _SHORT_WEEKDAYS.index(found["day"])
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _hours_in_a_period(text: str, anchor: date | None) -> list[MessageStamp]:
    """'Time: 21:50' and 'Time: 02:15' under 'Period covered: 14/03/2033 06:00 to 15/03/2033
    06:00': each entry's hour line stamps it with the day of the period that hour falls on."""
    vocab = _vocab()
    period = _labelled_line(text, vocab.period_labels)
    if period is None:
        return []
    days = sorted({w.start for w in _dates_in(period, anchor) if w.start == w.end})
    opening = _HOUR_AND_MINUTE.search(period)
    if len(days) != 2 or (days[1] - days[0]).days != 1 or opening is None:
        return []
    opens_at = (int(opening[1]), int(opening[2]))
    stamps = []
    labels = "|".join(re.escape(label) for label in vocab.time_labels)
    for line in re.finditer(rf"(?im)^(?:{labels})\s*:\s*(\d{{1,2}})[:h](\d{{2}})\b.*$", text):
        hour = (int(line[1]), int(line[2]))
        day = days[0] if hour >= opens_at else days[1]
        stamps.append(MessageStamp(line.start(), line.end(), day))
    return stamps


_HOUR_AND_MINUTE = re.compile(r"\b([01]?\d|2[0-3])[:h]([0-5]\d)\b")


def _labelled_line(text: str, labels: tuple[str, ...]) -> str | None:
    """The text after the first line's label among `labels` ('Period covered: ...')."""
    names = "|".join(re.escape(label) for label in labels)
    found = re.search(rf"(?im)^\s*(?:{names})\s*:\s*(.+)$", text)
    return found[1] if found else None


MAX_STAMP_CELL_WORDS = 6


# '3 hours ago', and an app's compact '8m ago', '5h ago'
_AGE_ALONE = re.compile(
    r"^\d{1,2}\s*(?:minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\s+ago$", re.I
)
_STAMP_CELLS = re.compile(r"\s*[|·•]\s*")
_HOURS_AGO = re.compile(r"\b\d{1,2}\s*(?:minutes?|mins?|m|hours?|hrs?|h)\s+ago\b", re.I)


def _stamp_row(line: str) -> bool:
    """'KE-ALERT 0419 | 11 Jun 2032 21:50 EAT | Upper Eastern', 'Libya Dispatch · 5 hours
    ago': short cells parted by bars or dots, no sentence among them; or a story's age alone
    on its line, as an aggregator prints it under a headline ('3 hours ago')."""
    if _AGE_ALONE.match(line.strip()):
        return True
    cells = [cell.strip() for cell in _STAMP_CELLS.split(line.strip())]
    return len(cells) >= 2 and all(
        cell and len(cell.split()) <= MAX_STAMP_CELL_WORDS and not cell.endswith(".")
        for cell in cells
    )


def message_stamps(text: str) -> list[MessageStamp]:
    """The stamps of an exported chat's messages, read day first or month first as the
    chat's figures show (a first figure above 12 is a day, a second one a month)."""
    found = sorted(
        [*_MESSAGE_STAMP.finditer(text), *_STAMP_ALONE.finditer(text)], key=lambda m: m.start()
    )
    if len(found) < MIN_MESSAGE_STAMPS:
        return []
    month_first = any(int(m["b"]) > 12 for m in found) and not any(int(m["a"]) > 12 for m in found)
    stamps = []
    for m in found:
        month, day = (m["a"], m["b"]) if month_first else (m["b"], m["a"])
        year = int(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        try:
            stamps.append(MessageStamp(m.start(), m.end(), date(year, int(month), int(day))))
        except ValueError:
            continue
    return stamps


def _dates_in(text: str, anchor: date | None) -> list[When]:
    hits = _that_weekday(text, _weekdays_of_weeks(text, _select(_candidates(text, anchor))))
    chosen = _resolve_anaphora(text, _weekday_ranges(text, hits))
    return [_until_written(text, h, anchor) for h in chosen]


def _until_written(text: str, hit: _Hit, anchor: date | None) -> When:
    """The hit as a `When`; 'displaced since Wednesday' runs from that day to the day of
    writing."""
    end, precision = hit.end, hit.precision
    since = _SINCE.search(text, max(0, hit.start_char - 12), hit.start_char)
    if since is not None and anchor is not None and hit.start <= anchor != end:
        if precision in ("day", "days", "month", "part-of-month"):
            # "since 12 August", "since January", "since the start of the month": up to the
            # day of writing
            end, precision = anchor, "days" if precision != "month" else precision
        elif end > anchor:
            end = anchor  # "since the start of the year", not its end; "since 2017" is 2017
    return When(
        text=text[hit.start_char : hit.end_char],
        start_char=hit.start_char,
        end_char=hit.end_char,
        start=hit.start,
        end=end,
        precision=precision,
        role="occurred",
    )


def parse_date_string(s: str) -> date | None:
    """The first complete calendar day written in `s` (a dateline such as 'November 19, 2018',
    '19 November 2018', 'Nov 19, 2018' or '2018-11-19'), or None."""
    for when in find_dates(s.strip(), None):
        if when.precision == "day":
            return when.start
    return None
