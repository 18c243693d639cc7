"""Publication dates as they appear in article headers.

Only the handful of shapes outlets print next to a byline: "November 19, 2018",
"Nov. 19th, 2018", "19 November 2018", "2018-11-19", "2018/11/19", optionally led by a
weekday. Dates inside the body are another stage's work; this one stays small and strict so
that a header line is recognised as a date line only when it really is one.

A day, a month and a year name the month in any language the Unicode CLDR describes (read
through Babel): a site's template prints its date in the site's language ('12 Nyakanga
2026', '8 апреля 2027 г.') while the story is in English.
"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data" / "article_header.json"


@dataclass(frozen=True)
class DateMatch:
    """A date found in a line, with the characters it spans there."""

    value: date
    start: int
    end: int
    month_first: date | None = None
    """For figures that read either way ('07/11/2024'), the month-first reading; `value`
    is then the day-first one, which most of the world prints."""


@lru_cache(maxsize=1)
def header_vocabulary() -> dict:
    """The header vocabulary (months, labels, role words) from the data file."""
    vocab = json.loads(_DATA.read_text(encoding="utf-8"))
    months = vocab["months"]
    if not all(isinstance(v, int) and 1 <= v <= 12 for v in months.values()):
        raise ValueError(f"{_DATA.name}: month numbers must be 1..12")
    return vocab


@lru_cache(maxsize=1)
def month_numbers() -> dict[str, int]:
    """Month names, lower case, to their numbers (January 1): the header vocabulary's, and
    those of every language in CLDR (`_read_cldr`). The vocabulary's own names win."""
    vocab = header_vocabulary()
    other_calendar = {m.lower() for m in vocab["other_calendar_months"]["months"]}
    cldr = {name: n for name, n in _cldr_tables()["months"].items() if name not in other_calendar}
    return cldr | vocab["months"]


@lru_cache(maxsize=1)
def weekday_numbers() -> dict[str, int]:
    """Names of the days of the week, lower case, to their numbers (Monday 0): the header
    vocabulary's, and those of every language in CLDR. The vocabulary's own names win."""
    return _cldr_tables()["days"] | header_vocabulary()["weekdays"]


@lru_cache(maxsize=1)
def _cldr_tables() -> dict[str, dict[str, int]]:
    """Reading every CLDR locale takes a second or two, so the tables are kept in the user's
    cache, one file per Babel version; an unreadable or unwritable cache only costs that."""
    path = _cldr_cache_path()
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        pass
    tables = {kind: _read_cldr(kind) for kind in ("months", "days")}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False) as handle:
            json.dump(tables, handle, ensure_ascii=False)
        os.replace(handle.name, path)
    except OSError:
        pass
    return tables


def _cldr_cache_path() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    version = importlib.metadata.version("babel")
    return base / "claimtrail" / f"cldr-names-babel{version}-f{_CLDR_FORMAT}.json"


_CLDR_FORMAT = 2  # raise when the filter in `_read_cldr` changes


def _read_cldr(kind: str) -> dict[str, int]:
    """The names of months or days ('months', 'days') in every language, script and region
    of CLDR ('sr_Latn', 'ar_MA': Morocco's 'شتنبر'), in full and short, as dates print them
    and as they stand alone. A name is left out where two languages give it to different
    months or days ('Nyakanga' is September in Kirundi, July in Kinyarwanda), where it is
    shorter than four Latin letters (three-letter abbreviations are English words: 'set',
    'was', 'gun'), and where it holds a figure or more than two words. Two-word names stay:
    Levantine Arabic names October 'تشرين الأول'."""
    from babel import Locale, localedata  # only when the cache is cold

    numbers: dict[str, set[int]] = {}
    for identifier in localedata.locale_identifiers():
        names = getattr(Locale.parse(identifier), kind)
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in names[context][width].items():
                    numbers.setdefault(name.lower().rstrip("."), set()).add(number)
    return {
        name: next(iter(found))
        for name, found in numbers.items()
        if len(found) == 1
        and not (name.isascii() and len(name) < 4)
        and not re.search(r"\d|\s\S*\s", name)
    }


# A month name is any run of letters between a day and a year; it is looked up in
# `month_numbers` after the match rather than listed in the pattern, whose alternation of
# thousands of names would be slow. Marks count as letters (Devanagari vowel signs).
_MONTH_TOKEN = r"[^\W\d_][^\s\d.,;:/|()'’\-–—]*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    vocab = header_vocabulary()
    month = _MONTH_TOKEN
    weekday = "|".join(sorted(map(re.escape, vocab["weekdays"]), key=len, reverse=True))
    lead = rf"(?:(?:{weekday})\.?,?\s+)?"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    mon = rf"(?P<month>{month})\.?"
    # only where a day comes first may the month be two words, which are listed: a free
    # second word would let 'Published October 20, 2027' swallow the label as a month
    two_words = "|".join(sorted(map(re.escape, _two_word_months()), key=len, reverse=True))
    mon_after_day = rf"(?P<month>{two_words}|{month})\.?"
    # "8 апреля 2027 г.", "8 сәуір 2027 ж.": a year marked as one in Russian or Kazakh
    year = r"(?P<year>(?:19|20)\d\d)(?:\s?(?:г|ж)(?=\.))?"
    flags = re.IGNORECASE
    return (
        re.compile(rf"\b{lead}{mon}\s+{day},?\s+{year}\b", flags),
        # "19 November 2018", "17 de febrero de 2026", "18 de noviembre del 2026", "27
        # d'octubre de 2026", "3. März 2026"
        re.compile(
            rf"\b{lead}{day}\.?\s+(?:(?:of|de)\s+|d['’])?{mon_after_day},?\s+(?:del?\s+)?{year}\b",
            flags,
        ),
        # "16-Sep-2031", "16/SEP/2031": a news terminal's or a log's stamp, the month named
        # between hyphens or slashes
        re.compile(rf"\b{day}(?P<sep>[-/]){mon}(?P=sep){year}\b", flags),
        # "2026-yil 14-may": the year first, marked as one, then the day and the month named
        re.compile(rf"\b{year}-?yil\s+{day}-?\s*{mon}(?![\w'’])", flags),
        # "2027 m. vasario 19 d.", "2027. április 12.": the year first, marked as one by a
        # full stop or a year's letter, then the month named and the day
        re.compile(rf"\b{year}(?:\.|\s+m\.)\s+{mon}\s+{day}(?:\.|\s*d\.)?(?!\d)", flags),
        # "fourteen (14) March two thousand thirty-three (2033)", "a los catorce (14) días del
        # mes de marzo de dos mil treinta y tres (2033)": a court's date in words, each
        # figure repeated in brackets
        re.compile(
            rf"\(\s*(?P<day>[0-3]?\d)\s*\)\s+(?:días\s+del\s+mes\s+)?(?:de\s+)?{mon}"
            rf"\s+(?:de\s+)?[a-z\s-]{{0,12}}(?:thousand|mil)[a-z\s-]{{0,30}}"
            rf"\(\s*(?P<year>(?:19|20)\d\d)\s*\)",
            flags,
        ),
        # "2024-06-07", and the date of a timestamp "2024-06-07T08:30:00Z"
        re.compile(
            r"\b(?P<year>(?:19|20)\d\d)[-/.](?P<month>[01]?\d)[-/.](?P<day>[0-3]?\d)(?:\b|(?=T\d))"
        ),
    )


def _two_word_months() -> list[str]:
    return [name for name in month_numbers() if " " in name]


@lru_cache(maxsize=1)
def _month_day_pattern() -> re.Pattern[str]:
    month = "|".join(sorted(map(re.escape, header_vocabulary()["months"]), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<month>{month})\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def day_month_pattern() -> re.Pattern[str]:
    """'17 May', '3rd March': a yearless date written day first, as British and African wires
    print it in a dateline."""
    month = "|".join(sorted(map(re.escape, header_vocabulary()["months"]), key=len, reverse=True))
    return re.compile(
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<month>{month})\b\.?", re.IGNORECASE
    )


# "19/05/2026", "19.05.2026", "13-01-2027"
_NUMERIC = re.compile(
    r"\b(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)\b"
)
# "12. 4. 2027": the same, with a space after each full stop, as Slovak and Czech sites set it
_SPACED_DOTS = re.compile(
    r"\b(?P<a>[0-3]?\d)(?P<sep>\.)\s(?P<b>[01]?\d)(?P=sep)\s(?P<year>(?:19|20)\d\d)\b"
)
# "28.10.26", "27·10·26": a site's compact stamp with the year's last two figures
_SHORT_NUMERIC = re.compile(
    r"(?<![\d.,·/])(?P<a>[0-3]?\d)(?P<sep>[/.·])(?P<b>[0-3]?\d)(?P=sep)(?P<year>\d\d)(?![\d.,·/])"
)


def find_date(text: str, either_way: bool = False) -> DateMatch | None:
    """The first full date (day, month and year) in `text`, or None. Figures that read
    either way ('05/06/2026') are no date, unless `either_way` asks for both readings."""
    found: list[DateMatch] = []
    for pattern in _patterns():
        for m in pattern.finditer(text):
            value = _build(m.group("year"), m.group("month"), m.group("day"))
            if value is not None and not _another_calendars(text, m.end()):
                found.append(DateMatch(value, m.start(), m.end()))
                break
    for numeric in (_NUMERIC, _SPACED_DOTS, _SHORT_NUMERIC):
        for m in numeric.finditer(text):
            if _another_calendars(text, m.end()):
                continue
            value = _numeric(m)
            if value is not None:
                found.append(DateMatch(value, m.start(), m.end()))
                break
            if either_way and (readings := _both_readings(m)) is not None:
                found.append(DateMatch(readings[0], m.start(), m.end(), month_first=readings[1]))
                break
    return min(found, key=lambda d: d.start) if found else None


def _another_calendars(text: str, end: int) -> bool:
    """'2090/04/11 B.S. (27 July 2033)': figures marked with another calendar's era are a
    day of that calendar (Nepal's Bikram Sambat runs 56 or 57 years ahead), not a Gregorian
    one; the Gregorian day beside it, if any, is the one to read."""
    return _era_mark().match(text, end) is not None


@lru_cache(maxsize=1)
def _era_mark() -> re.Pattern[str]:
    marks = header_vocabulary()["other_calendar_months"]["era_marks"]
    alternatives = "|".join(sorted(map(re.escape, marks), key=len, reverse=True))
    return re.compile(rf"\s*(?:{alternatives})(?!\w)")


def _numeric(m: re.Match[str]) -> date | None:
    """'19/05/2026' is day first and '05/19/2026' month first; '05/06/2026' could be either
    (outlets differ by country), so it is no date at all; '03/03/2026' is the same either way.
    Dots and middle dots are day first ('5.3.2027'): the countries that write dates month
    first separate them with slashes."""
    a, b, year = int(m.group("a")), int(m.group("b")), _full_year(m.group("year"))
    if a == b or a > 12 >= b or (m.group("sep") in ".·" and b <= 12):
        return _build(year, str(b), str(a))
    if b > 12 >= a:
        return _build(year, str(a), str(b))
    return None


def _full_year(figures: str) -> str:
    """'26' in a compact stamp is 2026: news sites print only this century so."""
    return figures if len(figures) == 4 else f"20{figures}"


def _both_readings(m: re.Match[str]) -> tuple[date, date] | None:
    """Day first and month first, for figures that allow both ('07/11/2024')."""
    year = _full_year(m.group("year"))
    day_first = _build(year, m.group("b"), m.group("a"))
    month_first = _build(year, m.group("a"), m.group("b"))
    if day_first is None or month_first is None or day_first == month_first:
        return None
    return day_first, month_first


# "141600H MAR 2033", "090815Z May 2032": a date-time group as coast guards, navies and
# aviation notices stamp them, the day followed by the hour, the minutes and a letter for
# the time zone. Not among the header's dates: a memo's 'DTG:' field inside a page of posts
# is no date of the page.
_DATE_TIME_GROUP = re.compile(
    r"(?<![\dA-Za-z])(?P<day>[0-3]\d)[0-2]\d[0-5]\d[A-Z]\s+(?P<month>[A-Za-z]+)\.?\s+"
    r"(?P<year>(?:19|20)\d\d)\b"
)


def find_date_time_group(text: str) -> DateMatch | None:
    """The first date-time group in `text` ('141600H MAR 2033'), or None."""
    for m in _DATE_TIME_GROUP.finditer(text):
        value = _build(m.group("year"), m.group("month"), m.group("day"))
        if value is not None:
            return DateMatch(value, m.start(), m.end())
    return None


def parse_date(text: str) -> date | None:
    """The date `text` consists of (surrounding spaces and punctuation allowed), or None."""
    match = find_date(text)
    if match is None:
        return None
    rest = (text[: match.start] + text[match.end :]).strip(" \t,.;:|()-–—")
    return match.value if not rest else None


def find_month_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a yearless date such as "March 3" in a wire dateline."""
    m = _month_day_pattern().search(text) or day_month_pattern().search(text)
    if m is None:
        return None
    month = _month_number(m.group("month"))
    day = int(m.group("day"))
    return (month, day) if month and 1 <= day <= 31 else None


def month_day_only(text: str) -> tuple[int, int] | None:
    """(month, day) of a line that is a yearless date and nothing else ('Aug 19', '19 March'):
    a newsletter's or a feed's post date, whose year the page gives elsewhere; its weekday may
    open it ('Thursday, 15 September', a phone's lock screen over a copied list)."""
    first, _, rest = text.strip().partition(" ")
    if rest and first.rstrip(",.").lower() in weekday_numbers():
        text = rest
    m = _month_day_pattern().search(text) or day_month_pattern().search(text)
    if m is None or (text[: m.start()] + text[m.end() :]).strip(" \t,.;:|()-–—∙·•"):
        return None
    return find_month_day(m.group())


def _month_number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return month_numbers().get(token.lower().rstrip("."))


def _build(year: str, month: str, day: str) -> date | None:
    number = _month_number(month)
    if number is None:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None
