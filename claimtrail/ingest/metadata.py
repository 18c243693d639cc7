"""What an article says about itself: title, authors, publisher, dates, declared original.

Steps, in order:
1. read the header (the lines before the first body paragraph: masthead, navigation, title,
   byline, date and other metadata lines; see header.py);
2. find where the article ends and the site's furniture below it starts (footer.py);
3. read the opening dateline of the body for a wire agency and a day;
4. scan the footer for a declared original ("The original source of this article is X"), an
   "Articles by:" line, a wire credit line, a labelled url and a copyright year;
5. combine: the masthead, else the first "Publisher, date" line, gives the publisher; a
   "Publisher, date" line with another outlet is the original; an original equal to the
   publisher is no cross-post; without a masthead or outlet line, the dateline's agency and
   then an outlet credited in the byline stand in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import TypeVar

from claimtrail.ingest.byline import (
    BRACKETED,
    parse_bare_name,
    parse_byline,
    parse_closing_signature,
    parse_credits,
    without_honorific,
)
from claimtrail.ingest.dateline import Dateline, parse_dateline, parse_dateline_alone
from claimtrail.ingest.footer import article_end, inserted_blocks
from claimtrail.ingest.header import ROW_ITEMS, Header, is_masthead_like, outlet_name, read_header
from claimtrail.ingest.header_lines import (
    HeaderLine,
    classify,
    is_outlet_name,
    names_next_issue,
    without_leading_symbols,
)
from claimtrail.ingest.language import function_words
from claimtrail.ingest.markup import is_url, squash_spaces, strip_markup
from claimtrail.ingest.pubdate import (
    find_date,
    find_date_time_group,
    header_vocabulary,
    month_day_only,
    weekday_numbers,
)
from claimtrail.model import Original
from claimtrail.names import initials
from claimtrail.nlp.calendars import in_common_era

T = TypeVar("T")

FOOTER_LINES = 15

# An HTML tag left in a text file ("Lake Times <b>Live</b>") is no word a reader sees; the
# metadata is read without it (the body keeps its text as written). An e-mail address in
# angle brackets ('From: Example Network <brief@example.org>') is no tag.
_TAG = re.compile(
    r"<(script|style)\b[^<>\n]{0,300}>[^<\n]{0,2000}</\1\s*>"
    r"|</?(?![\w.+-]+@[\w-]+(?:\.[\w-]+)+>)[A-Za-z][^<>\n]{0,300}>",
    re.I,
)
_WORD = r"[\w'’&-]*(?:\.[\w'’&-]+)*"  # dots only inside a word: "Herald. Republished" is two
_NAME = (
    rf"(?-i:[A-Z]{_WORD}(?:\s+(?:(?:of|the|and|for|on|de|la|du|del|al|el)\s+)*"
    rf"[A-Z0-9]{_WORD})*)"
)
"""An outlet's name: capitalised words, with connectors only between them."""
_ORIGINAL = re.compile(
    r"^(?:the original source of this article is|(?:this (?:article|story|report|post) )?"
    r"(?:was |is )?(?:originally|first) (?:published|appeared|ran) (?:by|in|on|at))\s+"
    rf"(?:the\s+)?(?P<name>{_NAME})",
    re.IGNORECASE,
)
# '© 2031 Gold Coast Mirror Ltd. All Rights Reserved.', 'Copyright (c) 2020-2031 X |'
_COPYRIGHT_HOLDER = re.compile(
    r"(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<name>[^\W\d_][^|,©]{1,80}?)(?=\s*(?:[|,]|\.\s|\.$|all rights|$))",
    re.IGNORECASE,
)
_COPYRIGHT_YEAR = re.compile(r"(?:copyright|©|\(c\)).{0,200}?\b(?P<year>(?:19|20)\d\d)\b", re.I)
MAX_LINES_BEFORE_DATELINE = 3
MAX_FOOTER_LINE_CHARS = 300
"""Footer notices are short; a longer line is body text."""


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: date | None = None
    original: Original | None = None
    url: str | None = None
    dropped: frozenset[int] = field(default_factory=frozenset)
    filed: date | None = None


MAX_FILING_DAYS = 2
_ITEM_EDGE = r"[^\s|•·●›»>/]"  # a gap beside a separator already printed is no new one
_WIDE_GAP = re.compile(rf"(?<={_ITEM_EDGE})[ \t]{{3,}}(?={_ITEM_EDGE})")
_DOUBLE_GAP = re.compile(rf"(?<={_ITEM_EDGE})[ \t]{{2,}}(?={_ITEM_EDGE})")
_ANY_DOUBLE_GAP = re.compile(r"[ \t]{2,}")
MIN_DOUBLE_GAPS = 3
"""'News  Indonesia  Archipelago  Business': double spaces repeated along a line set items
apart too, and so do those around its printed separators ('Bula!  Lotulevu  ·  Thursday');
one double space may be a typing slip inside a sentence."""


def _items_set_apart(line: str) -> str:
    # a '»' closing a quoted name ('Podcast «Río Arriba»') ends an item, unlike a crumb's '»'
    line = _QUOTED_NAME.sub(lambda m: m.group().replace("»", _CLOSING_QUOTE), line)
    gaps = _DOUBLE_GAP if len(_ANY_DOUBLE_GAP.findall(line)) >= MIN_DOUBLE_GAPS else _WIDE_GAP
    return gaps.sub(" · ", line).replace(_CLOSING_QUOTE, "»")


def _letters_closed_up(line: str) -> str:
    """'B I S T R I K . info': a masthead set in spaced capitals is the name 'BISTRIK.info'."""
    return line.replace(" ", "") if _LETTER_SPACED.fullmatch(line) else line


_LETTER_SPACED = re.compile(r"(?:[A-ZÀ-ÖØ-Þ] ){3,}[A-ZÀ-ÖØ-Þ](?: ?\. ?[a-z]{2,6})?")
_QUOTED_NAME = re.compile(r"«[^«»\n]{1,60}»")
_CLOSING_QUOTE = "\ue000"  # a private-use stand-in while gaps are read


def read_metadata(lines: Sequence[str]) -> Metadata:
    """The article's metadata and the line numbers that carry only metadata."""
    # Wide gaps inside a line set items apart ("Home   News   Counties"): they become a
    # separator before the spaces are squashed.
    plain = [
        _letters_closed_up(squash_spaces(_items_set_apart(_TAG.sub(" ", strip_markup(line)))))
        for line in lines
    ]
    # a page of the Buddhist Era ('Issued: 1 December 2576') is dated in common-era years
    plain = in_common_era("\n".join(plain)).split("\n")
    found = read_header(plain)
    header = list(found.lines)
    body_start = found.body_start
    dropped = {h.number for h in header} | set(found.taglines)
    for line in (found.title, found.masthead):
        if line is not None:
            dropped.add(line[0])
    end = article_end(plain, body_start) if body_start is not None else None
    if end is not None:
        dropped.update(range(end, len(plain)))
    if body_start is not None:
        dropped.update(inserted_blocks(plain, body_start))
    tail = _footer(plain, body_start, len(plain))
    footer = _footer(plain, body_start, end if end is not None else len(plain))
    url = _first(h.url for h in header)
    if url is None and (found_url := _footer_url(plain, footer)) is not None:
        url = found_url.url
        dropped.add(found_url.number)
    publisher, published, original = _outlets(found, plain, footer, tail)
    title, account = _tab_title(found.title[1]) if found.title else (None, False)
    if publisher is None and account:
        publisher = title  # a page of a social network is its account's
    return Metadata(
        filed=_filed(found, plain, published) if original is None else None,
        title=title,
        authors=_not_the_outlet(_authors(header, plain, footer), publisher),
        publisher=publisher,
        published=published,
        original=original,
        url=url,
        dropped=frozenset(dropped),
    )


def _not_the_outlet(authors: tuple[str, ...], publisher: str | None) -> tuple[str, ...]:
    """'Por: Ana Cruz y Luis Ruiz | Radio Ixim': the outlet after the names is no author,
    nor is it when the masthead names it at more length ('Nunez FM' under 'Nunez FM 98.7')."""
    if publisher is None:
        return authors
    return tuple(a for a in authors if not _one_outlet(a.casefold(), publisher.casefold()))


def _footer(plain: list[str], body_start: int | None, end: int) -> list[int]:
    """The last short non-blank lines of the body before line `end`."""
    if body_start is None:
        return []
    lines = [i for i in range(body_start + 1, end) if 0 < len(plain[i]) <= MAX_FOOTER_LINE_CHARS]
    return lines[-FOOTER_LINES:]


def _names_a_document(name: str | None) -> bool:
    """'Daily Incident Summary', 'Weekly Security Bulletin': a kind of document, the page's
    own title, not an outlet that first carried it."""
    words = (name or "").casefold().split()
    return bool(words) and words[-1] in header_vocabulary()["document_words"]


def _one_outlet(name: str | None, publisher: str | None) -> bool:
    """'Lookwise Alerts' on the From line under the masthead 'Lookwise': one outlet, named
    at more length, no original of a copy."""
    if name is None or publisher is None:
        return name == publisher
    return name == publisher or name.startswith(publisher + " ") or publisher.startswith(name + " ")


def _under_a_stamp(plain: list[str], number: int) -> bool:
    """'19 MAY 2033' under 'RECEBIDO / RECEIVED': the day a stamp says a letter came in."""
    above = next((plain[n] for n in range(number - 1, -1, -1) if plain[n].strip()), "")
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", above)}
    return bool(words) and words <= set(header_vocabulary()["stamp_labels"]["words"])


def _outlets(
    found: Header, plain: list[str], footer: list[int], tail: list[int]
) -> tuple[str | None, date | None, Original | None]:
    header, body_start = found.lines, found.body_start
    outlet_lines = [h for h in header if h.publisher and h.kind == "outlet"]
    masthead = found.masthead[1] if found.masthead else None
    # an exchange's news service hosts the announcement a listed company issued
    issuer = _first(h.publisher for h in header if h.kind == "issuer")
    publisher = issuer or masthead or _first(h.publisher for h in header)
    # (not a day a stamp gives under its label: 'RECEBIDO / RECEIVED' over '19 MAY 2033')
    header = [h for h in header if not _under_a_stamp(plain, h.number)]
    # the first line that dates the page as such: an outlet's or a date line, or a labelled
    # one ('Date and time of issue: 04/02/2033'), before the rows of a table of days
    published = _first(
        h.published for h in header if h.publisher or h.date_line or h.kind == "published"
    )
    published = published or _first(h.published for h in header)
    published = published or _first(h.updated for h in header)  # a live page's only date
    published = published or _footer_published(plain, tail) or _footer_published(plain, footer)
    published = published or _yearless_date(header, plain, tail)
    published = published or _dated_line_near_the_top(plain)
    published = _read_either_way(published, header, plain, body_start)
    original: Original | None = None
    others = [
        h
        for h in outlet_lines[0 if masthead else 1 :]
        if not _one_outlet(h.publisher, publisher)
        and not (masthead and _filed_from(h.publisher))
        and not (publisher and _names_a_document(h.publisher))
    ]
    if others:
        original = Original(others[0].publisher, others[0].published)
    translated = [h for h in header if h.translated_from]
    if translated:  # a translator's note names the original and its date
        original = Original(translated[0].translated_from, translated[0].original_published)
    copy = _translated_copy(header, masthead)
    if copy is not None:
        original, published = copy
    declared, declared_day = _declared_original(plain, footer)
    if declared is None and original is None:
        declared = _translation_declared(plain, body_start)
    if declared and (original is None or original.publisher != declared):
        dated = [h.published for h in outlet_lines if h.publisher == declared]
        original = Original(declared, dated[0] if dated else declared_day)
    dateline = _first_dateline(plain, body_start)
    if dateline is not None and (publisher is None or published is None):
        publisher, published = _from_dateline(dateline, plain, tail, publisher, published)
    publisher = publisher or _first(
        h.byline_outlet for h in header if not _filed_in_a_known_place(h.byline_outlet)
    )
    publisher = publisher or _copyright_holder(plain, tail) or _cited_as(plain)
    publisher = _named_in_english_below(publisher, plain)
    if original is None and dateline is not None:
        original = _agency_copy(dateline, publisher, published)
    if original is not None and original.publisher == publisher:
        original = None
    return publisher, published, original


def _filed(found: Header, plain: list[str], published: date | None) -> date | None:
    """The day of the dateline under the byline or opening the story, when it falls up to
    MAX_FILING_DAYS before publication: a paper's copy filed the evening before; or the day
    a programme was recorded ('Published 13 October · Recorded Tuesday 11 October'), whose
    speakers' 'yesterday' counts from it."""
    if published is not None and (recorded := _recorded(found, plain, published)) is not None:
        return recorded
    lines = [plain[h.number] for h in found.lines if h.kind == "dateline"]
    dateline = next(filter(None, map(parse_dateline_alone, lines)), None)
    dateline = dateline or _first_dateline(plain, found.body_start)
    if dateline is None or published is None:
        return None
    day = _dateline_day(dateline, published)
    if day is None or not 0 < (published - day).days <= MAX_FILING_DAYS:
        return None
    return day


MAX_RECORDING_DAYS = 14


@lru_cache(maxsize=1)
def _recorded_label() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, header_vocabulary()["recorded"]["labels"]))
    return re.compile(rf"(?:^|[·|•]\s*)(?i:{labels})\s*:?\s+")


def _recorded(found: Header, plain: list[str], published: date) -> date | None:
    """The day the header says a programme was recorded, or the day a note opening the text
    says a sermon or a speech was given ('Preached by ... on Sunday 11 December 2033'), up to
    MAX_RECORDING_DAYS before it was published."""
    numbers = sorted({h.number for h in found.lines})
    for number in numbers:
        for m in _recorded_label().finditer(plain[number]):
            day = find_date(re.split(r"\s[·|•]\s", plain[number][m.end() :])[0])
            if day is not None and 0 < (published - day.value).days <= MAX_RECORDING_DAYS:
                return day.value
    opening = [] if found.body_start is None else [found.body_start]
    for number in [*numbers, *opening]:
        line = plain[number] if number < len(plain) else ""
        if _spoken_by_label().match(line) and (day := find_date(line)) is not None:
            if 0 < (published - day.value).days <= MAX_RECORDING_DAYS:
                return day.value
    return None


@lru_cache(maxsize=1)
def _spoken_by_label() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, header_vocabulary()["recorded"]["spoken_by"]))
    return re.compile(rf"^\s*(?i:{labels})\s+[A-Z]")


def _translated_copy(
    header: Sequence[HeaderLine], masthead: str | None
) -> tuple[Original, date] | None:
    """'Ana Ruiz | La Prensa del Alto Apure | 12/02/2026' over 'Translation: Dan Hale | Posted
    16 Feb 2026' under a translator site's masthead: the page was posted on the translation's
    date, and the outlet credited with the other date published the original."""
    posted = next((h for h in header if "translation" in h.kind.split("+") and h.published), None)
    if masthead is None or posted is None:
        return None
    credited = next(
        (h for h in header if h.byline_outlet and h.published and h.published != posted.published),
        None,
    )
    if credited is None or credited.byline_outlet is None:
        return None
    outlet = BRACKETED.sub("", credited.byline_outlet).strip()
    if outlet.casefold() == masthead.casefold():
        return None
    return Original(outlet, credited.published), posted.published


def _read_either_way(
    published: date | None, header: Sequence[HeaderLine], plain: list[str], body_start: int | None
) -> date | None:
    """A date in figures that reads either way ('Thursday, 07/11/2024') is read by the
    weekday printed beside it, else by the date the page top prints in words (a date bar's
    'Quarta-feira, 10 de novembro de 2027' over 'Publicado: 10/11/2027'), else by the month
    the story names ('on November 6'), else day first."""
    line = next((h for h in header if h.published == published and h.month_first), None)
    if line is None or published is None or line.month_first is None:
        return published
    readings = (published, line.month_first)
    named_days = _weekdays_named(plain[line.number])
    by_weekday = [d for d in readings if d.weekday() in named_days]
    if named_days and len(by_weekday) == 1:
        return by_weekday[0]
    in_words = {_date_in_words(text) for text in plain[: body_start or 0]}
    printed = [d for d in readings if d in in_words]
    if len(printed) == 1:
        return printed[0]
    # capitalised, as a story names a month: 'women march to the station' names none
    body = " ".join(plain[body_start or 0 :])
    names = {d: _month_names()[d.month].capitalize() for d in readings}
    named = [d for d in readings if re.search(rf"\b{names[d]}\b", body)]
    return named[0] if len(named) == 1 else published


def _date_in_words(text: str) -> date | None:
    """The date a line prints unambiguously, figures that read either way left out."""
    found = find_date(text)
    return found.value if found else None


def _weekdays_named(text: str) -> set[int]:
    """The days of the week (Monday 0) that a header line names in full or short, in any
    language CLDR describes ('miércoles', 'quarta-feira', 'Jumatano')."""
    numbers = weekday_numbers()
    return {numbers[w] for w in re.findall(r"[^\W\d_]+(?:-feira)?", text.lower()) if w in numbers}


@lru_cache(maxsize=1)
def _month_names() -> dict[int, str]:
    """Each month's full English name, as a story names it ('November'): the vocabulary
    gives the English names first, each before its short forms."""
    full: dict[int, str] = {}
    for name, number in header_vocabulary()["months"].items():
        full.setdefault(number, name)
    return full


def _filed_in_a_known_place(name: str | None) -> bool:
    """'By A, B (Burgas)': a bracket after the writers that names a place the gazetteer
    knows says where they filed from, not which outlet they write for."""
    from claimtrail.geo.gazetteer import default_gazetteer  # only when no masthead names it

    return name is not None and len(name.split()) <= 2 and default_gazetteer().knows(name)


def _filed_from(name: str | None) -> bool:
    """Under a masthead, one word before a date ('Lima, 15/01/2026') is where the story was
    filed, not a second outlet that first carried it."""
    return name is not None and len(name.split()) == 1 and not name.isupper()


def _first_dateline(plain: list[str], body_start: int | None) -> Dateline | None:
    """The dateline opening the story: in its first paragraph, or after a photo caption or a
    row of page furniture that stands above it."""
    if body_start is None:
        return None
    opening = [line for line in plain[body_start:] if line][:MAX_LINES_BEFORE_DATELINE]
    return next(filter(None, map(parse_dateline, opening)), None)


def _from_dateline(
    dateline: Dateline,
    plain: list[str],
    footer: list[int],
    publisher: str | None,
    published: date | None,
) -> tuple[str | None, date | None]:
    if published is None and dateline.published:
        published = dateline.published
    elif published is None and dateline.month_day:
        year = _copyright_year(plain, footer)
        if year is not None:
            published = _safe_date(year, *dateline.month_day)
    return publisher or dateline.agency, published


def _agency_copy(
    dateline: Dateline, publisher: str | None, published: date | None
) -> Original | None:
    """The agency whose copy an outlet carries: "SAGAMU, Nov 6 (Example Wire) -" in a paper.

    A yearless dateline day takes the article's year, never falling after the article.
    """
    agency = dateline.agency
    if agency is None or publisher is None or _same_outlet(agency, publisher):
        return None
    day = _dateline_day(dateline, published) if published is not None else dateline.published
    return Original(agency, day)


def _dateline_day(dateline: Dateline, published: date) -> date | None:
    """The dateline's day; a yearless one takes the article's year, never falling after it."""
    day = dateline.published
    if day is None and dateline.month_day:
        day = _safe_date(published.year, *dateline.month_day)
        if day is not None and day > published:
            day = _safe_date(published.year - 1, *dateline.month_day)
    return day


def _same_outlet(a: str, b: str) -> bool:
    """'CNN' and 'CNN Politics', 'KGCX' and 'KGCX 11 Houston', 'CPA' and 'Continental Press
    Agency' name one outlet."""
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return words_a <= words_b or words_b <= words_a or initials(a) == b or initials(b) == a


def _declared_original(plain: list[str], footer: list[int]) -> tuple[str | None, date | None]:
    """The outlet a footer notice names as the original, and the date it gives for it
    ("This article originally appeared in X, ..., on September 15, 2026.")."""
    for number in footer:
        m = _ORIGINAL.match(plain[number])
        if m:
            found = find_date(plain[number][m.end() :])
            return m.group("name").strip().rstrip("."), found.value if found else None
    return None, None


def _translation_declared(plain: list[str], body_start: int | None) -> str | None:
    """The body that issued what the page translates, as a translator's note opening the
    story names it ('This is an unofficial English translation of the summary of Early
    Warning No. 011-33, issued by the Defensoría del Pueblo (...) through ...')."""
    if body_start is None:
        return None
    opening = [line for line in plain[body_start:] if line.strip()][:MAX_NOTE_PARAGRAPHS]
    for line in opening:
        m = _TRANSLATION_OF.search(line)
        if m is not None:
            return m.group("name").strip()
    return None


MAX_NOTE_PARAGRAPHS = 2  # a translator's note stands over the text it translates
_TRANSLATION_OF = re.compile(
    r"\b(?:an?|the)\s+(?:(?:unofficial|official|full|abridged)\s+)?(?:english\s+)?"
    r"translation\s+of\b[^.]{0,200}?,?\s+(?:issued|published|released|adopted)\s+by\s+"
    rf"(?:the\s+)?(?P<name>{_NAME})",
    re.IGNORECASE,
)


def _authors(header: Sequence[HeaderLine], plain: list[str], footer: list[int]) -> tuple[str, ...]:
    names = tuple(name for h in header for name in h.authors)
    if names and all(_a_desk(name) for name in names):
        # 'Posted by Kaloleni United Media' over a statement its chief executive signs
        signed = _closing_signatures(plain, footer)
        return signed or tuple(dict.fromkeys(names))
    if names:
        return tuple(dict.fromkeys(names))
    for number in footer:
        if plain[number].lower().startswith(("articles by", "written by", "author")):
            byline = parse_byline(plain[number])
            if byline:
                return byline.names
        if credited := parse_credits(plain[number]) or _signed_under_the_story(plain[number]):
            return credited
        if " / " in plain[number] and (signed := classify(number, plain[number])):
            if signed.kind.startswith("byline") and signed.authors:
                # "Мэдээллийг бэлтгэсэн / Prepared by: B.Enkhjargal": a signature under the
                # story, labelled in the site's language and in English
                return signed.authors
    return _closing_signatures(plain, footer)


def _a_desk(name: str) -> bool:
    """'Kaloleni United Media', 'Web Desk', 'Communications Team': the office that posts a
    page, not a person who wrote it."""
    words = name.casefold().split()
    return len(words) > 1 and words[-1] in header_vocabulary()["posting_desks"]["words"]


def _tab_title(title: str) -> tuple[str, bool]:
    """'(3) Xiddig Radio - Idaacadda Xiddigta Qurbaha | Facebook', a browser tab's title over
    a copied page: without the count of unread notifications before it and the social
    network's name after it, which names the platform, not the page; and whether it named
    one (the page is then an account's)."""
    title = _NOTIFICATION_COUNT.sub("", title)
    name, bar, site = title.rpartition(" | ")
    networks = header_vocabulary()["share_networks"]
    if bar and name.strip() and site.strip().casefold() in networks:
        return name.strip(), True
    return title, False


_NOTIFICATION_COUNT = re.compile(r"^\(\d{1,3}\)\s+(?=[A-Z])")


def _signed_under_the_story(line: str) -> tuple[str, ...]:
    """'Compiled by A, Incident Desk, with field monitors in four counties. Edited by B.': the
    writer a credit under the story opens with, whatever it says of the others who helped;
    after a pictogram, and before the desk set apart ('✍️ Compiled by A and B | News Desk')."""
    line = without_leading_symbols(line).strip()
    if not _CREDIT_OPENER.match(line):
        return ()
    first = _SENTENCE_END.split(ROW_ITEMS.split(line, maxsplit=1)[0], maxsplit=1)[0]
    parts = first.split(",")
    for size in range(len(parts), 0, -1):
        if (byline := parse_byline(",".join(parts[:size]))) is not None:
            return byline.names
    return ()


# 'Compiled by', 'Written and edited by'
_CREDIT_OPENER = re.compile(r"^[A-Z][a-z]+(?:\s+and\s+[a-z]+)?\s+by\s+[A-Z]")
_SENTENCE_END = re.compile(r"(?<=[a-z])\.\s+(?=[A-Z])")


def _closing_signatures(plain: list[str], footer: list[int]) -> tuple[str, ...]:
    """The writers who sign under the story, one to a line, when the header names only the
    newsroom ('Name, correspondant régional à Boké' / 'Name, Conakry'), or the one who signs
    a letter with their role and town on the lines under their name."""
    if (
        letter := _signed_letter(plain, footer)
        or _signed_under_a_label(plain, footer)
        or _signed_over_a_post(plain, footer)
    ) is not None:
        return (letter,)
    names: list[str] = []
    for number in footer:
        signed = parse_closing_signature(_writers_part(plain[number]))
        if signed is not None and not _town_and_region(plain[number]):
            names.extend(signed.names)
        elif names:
            break  # the block ends at its first other line ('Pour Vigie Guinée')
    return tuple(dict.fromkeys(names))


MAX_SIGNATURE_LINES = 3


def _signed_letter(plain: list[str], footer: list[int]) -> str | None:
    """'Fr. Ana Ruiz' / 'Parish priest, San José' / 'Comitán, Chiapas': a name alone on its
    line, its title left out, over a line or two that say who and where the signer is, the
    last of them a town the gazetteer knows; the block stands on its own after the text."""
    for number in footer:
        if number == 0 or plain[number - 1].strip():
            continue  # the block opens after a blank line
        block = plain[number : number + MAX_SIGNATURE_LINES]
        block = block[: next((i for i, line in enumerate(block) if not line.strip()), len(block))]
        named = parse_bare_name(without_honorific(block[0])) if len(block) >= 2 else None
        if named is not None and _town_line(block[-1]):
            return named.names[0]
    return None


def _signed_under_a_label(plain: list[str], footer: list[int]) -> str | None:
    """'Issued by:' over 'Eng. Ana Kulwa' over 'PORT MANAGER': the name under the label."""
    labels = header_vocabulary()["signing_labels"]["labels"]
    for number in footer:
        if plain[number].strip().rstrip(":").strip().casefold() not in labels:
            continue
        if number + 1 < len(plain):
            named = parse_bare_name(without_honorific(plain[number + 1]))
            if named is not None:
                return named.names[0]
    return None


def _signed_over_a_post(plain: list[str], footer: list[int]) -> str | None:
    """'(Ana Ruiz)' over 'Chief District Officer', 'Eng. Ana Ruiz' over 'General Manager': a
    name alone on its line, or in the brackets some administrations sign in, over the post
    its signer holds, a blank line or two between them as a PDF's copy leaves them."""
    posts = header_vocabulary()["signing_posts"]["words"]
    for number in footer:
        name = plain[number].strip()
        if name.startswith("(") and name.endswith(")"):
            name = name[1:-1].strip()
        named = parse_bare_name(without_honorific(name))
        if named is None:
            continue
        below = [line.strip() for line in plain[number + 1 : number + 4] if line.strip()]
        if below and _a_post(below[0], posts):
            return named.names[0]
    return None


def _a_post(line: str, posts: Sequence[str]) -> bool:
    """'Chief District Officer', 'GENERAL MANAGER': a title of a few capitalised words, the
    last naming a post; the unit may follow it ('Head, Regional Emergency Operations
    Centre (COER Arequipa)')."""
    words = line.split(",")[0].rstrip(".").split()
    return (
        0 < len(words) <= MAX_POST_WORDS
        and all(w[0].isupper() or w.lower() in {"of", "and", "the", "for"} for w in words)
        and words[-1].lower() in posts
    )


MAX_POST_WORDS = 6


def _town_line(line: str) -> bool:
    """'Comitán, Chiapas', 'Comitán': a town the gazetteer knows, and its region."""
    from claimtrail.geo.gazetteer import default_gazetteer  # only for a block under the text

    town = line.split(",", 1)[0].strip()
    return 0 < len(town.split()) <= MAX_TOWN_WORDS and default_gazetteer().knows(town)


MAX_TOWN_WORDS = 4


def _town_and_region(line: str) -> bool:
    """'Frontera Comalapa, Chiapas': two places, no writer and the town they filed from."""
    from claimtrail.geo.gazetteer import default_gazetteer  # only for a signature's shape

    parts = [part.strip() for part in line.split(",")]
    return len(parts) == 2 and all(default_gazetteer().knows(part) for part in parts)


def _writers_part(line: str) -> str:
    """A signature without its pictogram and without the helpers it credits after the writer
    ('✍️ Ana Diallo, English desk, with our correspondents in Bozoum')."""
    return _HELPERS_CREDITED.split(without_leading_symbols(line).strip(), maxsplit=1)[0]


_HELPERS_CREDITED = re.compile(r",\s+with\s+(?:our|the|other|local)\s+")


def _footer_published(plain: list[str], tail: list[int]) -> date | None:
    """'Posted on Tuesday, 21 April 2026 at 10:45 CAT in News' under the story, for a page
    whose header gives only 'Published 2 days ago': a labelled date, never a bare one (the
    dates of related stories stand bare). It may stand at the page's foot or, above a list
    of other stories, at the story's ('Originally published 14.03.2031 09:12'). Without one,
    the day the page was last updated or edited."""
    found = [classify(number, plain[number]) for number in tail]
    # ('Data as of: 3 March 2033 | Rows returned: 5': a data export's foot, in a row)
    published = next((f.published for f in found if f and "published" in f.kind.split("+")), None)
    # 'This page was last edited on 6 March 2032': a wiki's only day stands at its foot
    return published or next((f.updated for f in found if f and f.kind == "updated"), None)


def _footer_url(plain: list[str], footer: list[int]) -> HeaderLine | None:
    """A labelled url line near the end ("URL: https://..."); a bare url there is a reference."""
    for number in footer:
        found = classify(number, plain[number])
        if found is not None and found.url and not is_url(plain[number]):
            return found
    return None


MAX_DATED_LINE_CHARS = 80
TOP_LINES = 30


def _dated_line_near_the_top(plain: list[str]) -> date | None:
    """'BULLETIN 12:00 - THURSDAY 12 FEBRUARY 2032' in a broadcast's script, under lines the
    header walk does not know: a page whose header gives no day takes the first short line
    near its top that names a full date and is no sentence."""
    for text in plain[:TOP_LINES]:
        line = text.strip()
        if not line or len(line) > MAX_DATED_LINE_CHARS or line.endswith("."):
            continue
        if names_next_issue(line):
            continue  # 'Next update: 12 May 2033', the day of an issue still to come
        found = find_date(line) or find_date_time_group(line)
        if found is not None:
            return found.value
    return None


def _yearless_date(header: Sequence[HeaderLine], plain: list[str], tail: list[int]) -> date | None:
    """'Aug 19' under a newsletter post's byline, 'September 14' over a channel's posts of
    the day: the year is the copyright notice's, or that of the days a digest covers ('Week
    37 · Sunday 8 – Saturday 14 September 2030')."""
    day = _first(month_day_only(plain[h.number]) for h in header if h.kind == "date")
    if day is None:
        return None
    covered = (find_date(plain[h.number]) for h in header if h.kind == "coverage")
    year = _copyright_year(plain, tail) or _first(found.value.year for found in covered if found)
    return _safe_date(year, *day) if year is not None else None


def _cited_as(plain: list[str]) -> str | None:
    """'Users must cite "Sahel Event Data Project (SEDP), www.example.org"': a data export's
    or a report's foot asks to be cited by its publisher's name."""
    lines = [line for line in plain if line.strip()][-CITATION_LINES:]
    for line in reversed(lines):
        found = _CITE_AS.search(line)
        if found and is_masthead_like(found.group("name")):
            return found.group("name")
    return None


CITATION_LINES = 6  # the licence note a data export or a report closes with
_CITE_AS = re.compile(
    r"\b(?:must|should|please|to)\s+cite(?:\s+as)?\s*:?\s*[\"“](?P<name>[A-Z][^\"”(),]{2,80}?)"
    r"\s*(?:\([A-Z]{2,10}\))?\s*[,\"”]"
)


def _copyright_holder(plain: list[str], footer: list[int]) -> str | None:
    """'© 2031 Gold Coast Mirror Ltd. All Rights Reserved.': the outlet that holds the
    page's copyright, without its company's legal form, when no header line named one."""
    suffixes = set(header_vocabulary()["company_suffixes"]["words"])
    for number in reversed(footer):
        found = _COPYRIGHT_HOLDER.search(plain[number])
        if found is None:
            continue
        words = found.group("name").split()
        cut = next((i for i, w in enumerate(words) if w.lower() in suffixes), len(words))
        name = " ".join(words[:cut])
        if name and is_masthead_like(name) and is_outlet_name(name):
            return name
    return None


NAME_LINES = 12  # where a page sets its name, above menus and the story


def _named_in_english_below(name: str | None, plain: list[str]) -> str | None:
    """'PARLIMEN MALAYSIA' over 'PARLIAMENT OF MALAYSIA' at a page's top: an outlet named in
    its own language, then in English, the language its English page is read in."""
    if name is None:
        return None
    for line, below in zip(plain[:NAME_LINES], plain[1:NAME_LINES], strict=False):
        if outlet_name(line.strip()).casefold() == name.casefold():
            if _same_name_in_english(line.strip(), below.strip()):
                return outlet_name(below.strip())
    return name


def _same_name_in_english(name: str, below: str) -> bool:
    """The same name in English: the other's words but for its small English words ('of',
    'the'), one for one, ending on the same proper name ('MALAYSIA'); not a motto ('THE BEST
    OF KENYA' under 'KENYA TIMES')."""
    small = function_words()
    ours = re.findall(r"[^\W\d_]+", name.casefold())
    theirs = re.findall(r"[^\W\d_]+", below.casefold())
    if not ours or set(ours) & small or not set(theirs) & small or not is_masthead_like(below):
        return False
    content = [w for w in theirs if w not in small]
    return len(content) == len(ours) and content[-1] == ours[-1] and content != ours


def _copyright_year(plain: list[str], footer: list[int]) -> int | None:
    years = [int(m.group("year")) for i in footer if (m := _COPYRIGHT_YEAR.search(plain[i]))]
    return max(years) if years else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _first(values: Iterable[T | None]) -> T | None:
    return next((v for v in values if v), None)
