"""One header line at a time: is it metadata, and what does it say?

Kinds: a byline, an outlet line ("Global Research, November 19, 2018",
"South Front 14 November 2018"), a bare date, a labelled date ("Published: 2021-06-04",
"Posted on June 4, 2021 by X", "Published: 6:42 PM CST January 25, 2024"), an "Updated:"
line, a url, a tag line ("Region: ..."), a contact line ("Contact: ...", an e-mail address
or phone number), a dateline on its own line ("Washington (CNN)"), a press-release marker,
a navigation line ("Home > World > Africa", "News | Sport | Weather") or a separator.
Lines joined with " | " are read segment by segment.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from claimtrail.ingest.byline import (
    BRACKETED,
    Byline,
    is_outlet_name,
    is_unnamed_byline,
    names_a_role,
    opens_with_byline_label,
    parse_bare_name,
    parse_bare_names,
    parse_byline,
    parse_signature,
    spells_initials,
    without_byline_label,
    writer_with_town,
)
from claimtrail.ingest.dateline import parse_dateline_alone
from claimtrail.ingest.language import function_words
from claimtrail.ingest.markup import is_separator, is_url
from claimtrail.ingest.pubdate import (
    find_date,
    header_vocabulary,
    month_numbers,
    parse_date,
    weekday_numbers,
)

MAX_LINE_CHARS = 200
"""Metadata lines are short; a longer line is body text even if it starts like one, unless
it is a row of many short items (a date bar with the weather of six towns)."""
MIN_LONG_ROW_ITEMS = 5
MAX_ROW_ITEM_CHARS = 60
MIN_EDITIONS = 3
"""Place names in a row beside the date that read as the outlet's editions."""
MAX_PUBLISHER_WORDS = 8
MAX_DESK_WORDS = 5
MAX_PUBLISHER_CHARS = 60
MAX_OTHER_SCRIPT_LINK = 20  # a language link in its own script beside the date
_EDGE = " \t,;|•·-–—:"
_PLACE_AGENCY = re.compile(
    r"^[A-Z][\w.,'’ -]{1,40}?\s*\((?P<agency>[A-Z][\w.& -]{1,30})\)\s*(?:--?|–|—)?$"
)
_TIME_OF_DAY = (
    r"(?:(?:at|à|a\s+las|a\s+les|às|um|alle|u|o|ob|klo|kl\.)\s+|T)?"
    r"(?:\d{1,2}[:.h]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?\s?m\.?|h(?:rs?)?\b)?"
    r"|[0-2]\d[0-5]\d\s?(?:hrs?|hours)\b|[0-2]\d[0-5]\d(?=\s*(?-i:GMT|UTC)\b))"
    r"(?:\s*(?-i:[A-Z]{2,5}(?:[+-]\d{1,2}(?::?\d{2})?)?|Z|[+-]\d{2}:?\d{2}))?"
)  # "10:42 a.m. EDT", "6:40 a. m.", "6:48 PM GMT+6", "06:40 h", "à 08h15", "T08:30:00Z",
# "u 15:42", "ob 9.40", and the hours of a military or wire clock: "1400hrs EAT", "0930 GMT"
_TIME = re.compile(rf"^{_TIME_OF_DAY}$", re.I)
# "19h55 — Updated 22h40": the time of publishing and that of the last change
_CHANGE_WORD = (
    r"(?:last\s+)?(?:updated?|modified|actualizado|actualitzat|atualizado|actualisé|mis\s+à\s+jour)"
)
# a row's items, parted by a bar, a dot or a wide space; a dash parts them only before a
# labelled date or a change ("... 2026 — updated on ...", "... à 10h35 — actualisé à 14h50")
_SEGMENT = re.compile(
    rf"\s+[|•·●]\s+|\s{{3,}}|\s+[—–-]\s+(?=(?:last\s+)?(?:updated|modified|published)\s+on\b"
    rf"|{_CHANGE_WORD}\s+(?:à|at|a\s+las|às)\s+\d)",
    re.IGNORECASE,
)
_CHANGED = rf"{_CHANGE_WORD}(?:\s*/\s*{_CHANGE_WORD})?\s*:?\s*"  # "Actualizado / Updated"
_CHANGED_AT = re.compile(rf"^{_CHANGED}(?:{_TIME_OF_DAY})?", re.I)
_TIMES = re.compile(
    rf"^(?:{_CHANGED})?{_TIME_OF_DAY}(?:\s*[-–—,]?\s*{_CHANGED}{_TIME_OF_DAY})?$", re.I
)
# "18:25 Beirut", "14:20 Kabul time": the time zone's city
_CITY_AFTER_TIME = re.compile(
    r"^\s*\(?(?:hora\s+de\s+)?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?(?: (?:local )?time)?\)?\s*$"
)  # "(hora de Managua)" too
_LEADING_TIME = re.compile(rf"^{_TIME_OF_DAY}\b", re.I)
_FIRST_PUBLISHED = re.compile(
    rf",?\s*(?:first\s+)?published\s+(?:on\s+)?{_TIME_OF_DAY}\s*$", re.I
)  # "Updated September 3, 2026 - 6.12pm, first published at 4.40pm"
# "Garut, West Java", and a country's initials after the town: "Santiago, R. D."
_FILED_FROM = re.compile(
    r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, (?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?|(?:[A-Z]\. ?){2,3})$"
)
_PLACE_IN_BRACKETS = re.compile(r"^\s*\([A-Z][\w'’ -]{1,30}\)")  # "10:30 (Baghdad)"
_NUMERIC_DATE = re.compile(r"\d{1,4}(?:[./-]\d{1,4}){1,2}")
# filing places joined by slashes: "Jayapura/Jakarta", "EL FASHER / TAWILA / MELLIT"
_FILED_PLACES = re.compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*(?: ?/ ?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*)+"
)
_ZONE_IN_BRACKETS = re.compile(r"\s*\((?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)\s*$", re.I)
_CREDITED = re.compile(r"^(?:report|reporting|story|written|words) by\s+(?P<names>.+?)\.?$", re.I)
_SECTION_BYLINE = re.compile(r"^in\s+[A-Z][\w&'’ -]{1,40}?\s+(?P<byline>by\s+\S.*)$", re.I)
_PLACE_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}")
_NAME_OUTLET_SEPARATOR = re.compile(r"\s+[/|]\s+")
_SECTIONS_ONLY = re.compile(r"^in\s+[A-Z][\w&'’ -]{1,30}(?:,\s*[A-Z][\w&'’ -]{1,30}){0,3}$")
_CHANGE_NOTE = re.compile(r"\s*\([^()]{1,80}\)$")
ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_TEXT_SIZE = re.compile(r"^A[+-]?(?:\s*A[+-]?)+$")
NAV_SEPARATOR = re.compile(r"\s+[|>»›/•·→]\s+|\s{3,}")
_PIPE_ONLY = re.compile(r"\s+[|•·]\s+")
MAX_NAV_ITEM_WORDS = 4
MAX_NAV_PAIR_WORDS = 2
"""A two-item "A | B" line is navigation only with very short items: "Floods Hit Valley |
Example Times" is a headline with the site name."""
MAX_NAV_ITEM_CHARS = 30
MIN_LONG_NAV_ITEMS = 5
MAX_LINK_WORDS = 4  # "Write for us", "From the French press"
# "You are here:", "Vous êtes ici :", "Usted está en:", "Usted está aquí:", or a label of a
# few words in any language before a trail of two or more breadcrumb marks, which headlines
# never hold ('Uri hano : Ahabanza › English › Ibiza'); a wide gap after the colon may have
# been read as a separator ('Estás en: · Portada › English')
_BREADCRUMB_LABEL = re.compile(
    r"^\s*(?:you\s+are\s+(?:here|in)|vous\s+êtes\s+ici|(?:usted\s+)?está\s+(?:en|aqu[íi])"
    r"|[^\W\d_][^\W\d_']*(?:\s[^\W\d_]+){0,2}(?=\s*:[^›»]*[›»][^›»]*[›»]))\s*:(?:\s+·)?\s*",
    re.I,
)
# a market quote, an exchange rate or the weather on a site's date bar: "Dólar $948,20",
# "USD 41.96", "USD/EGP 49.35", "1 € = 655,96 F CFA", "AMB: 1 USD = 1.7000 AZN",
# "1 EUR = 14 093,18 so'm", "Valparaíso 27°C"
_QUOTE_OR_WEATHER = re.compile(
    # a rate may be a pair, to buy and to sell: "Dólar BNA $1.398,00 / $1.447,00"
    r"^[^\d$€£]{1,30}\s[$€£]\s?\d[\d.,]*(?:\s?[/–-]\s?[$€£]?\s?\d[\d.,]*)?$"
    r"|^(?-i:[A-Z]{3})\s?\d[\d.,]*$"
    r"|^(?:[^\W\d_][^:]{0,20}:\s*)?1\s?\S{1,4}\s?=\s?\d[\d.,\s]*\s?\S.{0,8}$"
    r"|\d\s?°\s?[CF]?(?:\s+\w+)?$|^(?-i:[A-Z]{3}/[A-Z]{3})\s?\d[\d.,]*$"
)
# "👁 4 127", "💬 38": a page's counters of views and comments, marked by a symbol
COUNT = re.compile(r"\d[\d.,]{0,6}[KkMm]?")  # '31', '58,304', '1.1K': a count of readers
_COUNTER = re.compile(r"^[^\w\s]{1,2}\s*\d[\d\s.,]*$")
_SECTION = re.compile(r"[A-Z][a-z]+")  # a name is two words: one word beside a date is a section
# a wire story's slug: topic words in capitals joined by dashes and slashes, and its version
_WIRE_SLUG = re.compile(r"^[A-Z]{2,}(?:[-/][A-Z]{2,})+/?(?:\s*\([A-Z0-9][A-Z0-9 ,]*\))?$")
_WIRE_UPDATE_NOTE = re.compile(
    r"^\((?:adds|updates|recasts|corrects|rewrites|refiles|changes|writes through)\b[^()]*\)$", re.I
)
_EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_PHONE = re.compile(r"^\+?\(?\d[\d\s().-]{6,}\d$")
_CONTACT_PARTS = re.compile(r"\s*[|,;/]\s*|\s{2,}")


@dataclass(frozen=True)
class HeaderLine:
    number: int
    kind: str
    publisher: str | None = None
    published: date | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    date_line: bool = False
    updated: date | None = None
    """The date of an "Updated ..." line: a live page's only date is often this one."""
    byline_outlet: str | None = None
    """The outlet a byline credits in brackets: "By Ann Lee (Example News)"."""
    translated_from: str | None = None
    """The outlet a translator's note names as the original."""
    original_published: date | None = None
    month_first: date | None = None
    """The other reading of a date in figures that reads either way ('07/11/2024'):
    `published` holds the day-first one; the article's text decides (metadata.py)."""


@lru_cache(maxsize=1)
def _labelled() -> dict[str, re.Pattern[str]]:
    vocab = header_vocabulary()

    def pattern(labels: list[str], tail: str, named: bool = False) -> re.Pattern[str]:
        ordered = sorted(labels, key=len, reverse=True)
        alternatives = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in ordered)
        # 'Report issued: 14/03/2033', 'Page updated: ...': the label after what it dates,
        # then its colon
        things = "|".join(map(re.escape, vocab["dated_things"]["words"]))
        thing = rf"(?:(?:{things})\s+(?=(?:{alternatives})\s*:))?" if named else ""
        return re.compile(rf"^{thing}(?:{alternatives})\b\s*{tail}", re.IGNORECASE)

    return {
        "tag": pattern(vocab["tag_labels"], r":\s*(?P<rest>.*)$"),
        "contact": pattern(vocab["contact_labels"], r":\s*(?P<rest>.*)$"),
        "url": pattern(vocab["url_labels"], r":\s*(?P<rest>\S+)$"),
        "updated": pattern(vocab["updated_labels"], r":?\s*(?P<rest>.*)$", named=True),
        "published": pattern(vocab["published_labels"], r":?\s*(?P<rest>.*)$", named=True),
        "publisher": pattern(vocab["publisher_labels"], r":\s*(?P<rest>.*)$"),
        "coverage": pattern(vocab["coverage_labels"], r":?\s*(?P<rest>.*)$"),
        "next_issue": pattern(vocab["next_issue_labels"]["labels"], r":\s*(?P<rest>.*)$"),
        "recorded": pattern(vocab["recorded"]["labels"], r":\s*(?P<rest>.*)$"),
        "programme": pattern(vocab["recorded"]["programme_labels"], r":\s*(?P<rest>.*)$"),
    }


# a player's button opening a line or item, perhaps in brackets ('[ ▶ LISTEN LIVE ]')
PLAYER_BUTTON = re.compile(r"^\s*(?:\[\s*)?[▶►▷⏵🔊🎧]")


def _welcomed_to(text: str) -> str | None:
    """'United Nations' of 'Welcome to the United Nations', a site's greeting on a line of its
    own: the site's name, when it reads as an outlet's."""
    lowered = text.strip().casefold()
    phrase = next(
        (p for p in header_vocabulary()["welcome_phrases"] if lowered.startswith(p + " ")), None
    )
    if phrase is None:
        return None
    name = text.strip()[len(phrase) :].strip(" !.")
    name = name.removeprefix("the ")  # 'the United Nations'; 'The Example Times' keeps it
    return name if is_publisher(name) else None


def classify(number: int, text: str) -> HeaderLine | None:
    """The metadata `text` (a markup-free line) carries, or None if it is not a header line."""
    first, semicolon, _ = text.partition(";")
    if semicolon and "," in first:
        # 'Ana Ruiz, Senior Researcher, EIARI; Visiting Lecturer, ...': a writer's credit
        # with a second post after the semicolon
        found = classify(number, first.strip())
        if found is not None and found.kind == "byline" and found.authors:
            return found
    if len(text) > MAX_LINE_CHARS and not _row_of_short_items(text):
        # the original's title, quoted in its credit, may make a long line
        return _original_credit(number, text) if len(text) <= 2 * MAX_LINE_CHARS else None
    text = _gregorian_only(text)
    text = _BRACKETED.sub(_latin_in_brackets, text)
    # '文：何嘉穎 Ho Ka-wing ｜ ...': the full-width colon and bar of Chinese and Japanese pages
    text = text.replace("：", ": ").replace("｜", " | ")
    if (site := _welcomed_to(text)) is not None:
        return HeaderLine(number, "outlet", publisher=site)  # 'Welcome to the United Nations'
    if (issuer := _listed_issuer(text)) is not None:
        return HeaderLine(number, "issuer", publisher=issuer)  # 'Lúrio Gemstones PLC - LURG'
    if (filed := _filed_document_row(number, text)) is not None:
        return filed  # 'United Nations · S/2033/236', 'Security Council · Distr.: General'
    # "... · Monday 14 June 2021 · 5 min read": a reading time says nothing of the story
    segments = [s for s in _SEGMENT.split(text) if not _reading_time().match(s.strip())]
    if _counted_items_only(text, segments):
        return HeaderLine(number, "furniture")  # 'Gallery · 12 photos' under a gallery's title
    segments = _rates_with_labels(segments)
    if len(segments) > 2 and segments[0].strip().lower() in header_vocabulary()["home_links"]:
        # 'Home   News   Ngara Belau (States)   OEK ...': a menu opened by its home link,
        # whatever a section's name reads like (a name with its place in brackets)
        return HeaderLine(number, "nav")
    if len(segments) > 1 and PLAYER_BUTTON.match(segments[0]):
        # '[ ▶ Listen on 99.5 FM ]   SAUTIN AREWA 99.5 FM KANO  ·  Stream live': the site's
        # player bar, its name and links, opened by the button
        return HeaderLine(number, "furniture")
    if len(segments) > 1 and _numbers_to_call(segments):
        # 'Hotline 1784 | Provincial Emergency Operation Centre 0 7535 6112': whom to call
        return HeaderLine(number, "contact")
    if len(segments) > 2 and _letterhead(segments):
        # 'HIIGSI SCHOOL | Hodan District, Mogadishu | Tel: +252 ...': a body's letterhead, its
        # name, address and telephone in one row, is no headline
        return HeaderLine(number, "contact")
    if len(segments) > 1:
        # '▶ WATCH THE FULL WRAP (11:42)': a player's button, whatever its words read like
        parts = [
            HeaderLine(number, "furniture")
            if PLAYER_BUTTON.match(seg)
            else _classify_one(number, seg)
            for seg in segments
        ]
        if any(part and (part.published or part.updated or part.authors) for part in parts):
            # in a row of the site's links ('e-Edition | Subscribe | Public Notices'), a pair
            # of capitalised words is one more link, not a writer
            links = sum(1 for seg in segments if is_site_action(seg)) >= MIN_SITE_LINKS
            parts = [
                part or _beside_date(number, seg, links)
                for part, seg in zip(parts, segments, strict=True)
            ]
            parts = _categories_after_dated_byline(number, parts)
        parts = _writers_beside_byline(number, parts, segments)
        if any(part and part.published for part in parts):
            parts = _editions(number, parts, segments)
            parts = _same_day_again(number, parts)
        if _opens_a_date_bar(parts) or _edition_label(segments[0]):
            # a date bar's other items, or an edition row's number, days on sale and price
            items = zip(parts, segments, strict=True)
            parts = [part or _date_bar_item(number, segment) for part, segment in items]
        if not all(parts) and (
            len(segments) >= MIN_LOOSE_DATE_BAR_ITEMS or _day_in_two_languages(parts, segments)
        ):
            parts = _loose_date_bar(number, parts, segments)
        if all(parts):
            return _merge(number, parts)
    found = (
        _mail_field(number, text)
        or _classify_one(number, text)
        or _name_and_outlet(number, text)
        or _name_and_role(number, text)
        or _navigation(number, text)
        or _own_dateline(number, text)
        or _time_of_change(number, text)
    )
    one_label = _one_date_label(_BILINGUAL_LABEL.sub(r"\g<second>:", text))
    if one_label != text:
        # 'Vyashizwe ahabona / Publié : 21.04.2027', 'Авторлар / Авторы: ...': a label in the
        # site's language, then in a more widely read one, which the vocabulary knows
        found = classify(number, one_label) or found
    if found is None and " / " in text:
        # "Yanditswe na A na B / Written by A, Rubavu, and B, Kigali": the byline in the
        # site's language, then in English
        found = next(
            (r for part in text.split(" / ")[1:] if (r := classify(number, part)) and r.authors),
            None,
        )
    unread = found is None or not (found.authors or found.published)
    if unread and " · " in one_label and opens_with_byline_label(one_label):
        # "Reporters:   A B, Gelephu  ·  C D, Thimphu": only the gap after the label was read
        # as a row's items; "Por:   Ana Belo (Dili)   no / e   Rui Soares": all its wide gaps
        readings = [classify(number, one_label.replace(" · ", " ", 1))]
        readings.append(classify(number, one_label.replace(" · ", " ")))
        found = max(readings, key=lambda r: len(r.authors) if r else -1) or found
    latin = latin_part(text)
    if latin and latin != text and (found is None or found.kind in _READ_AGAIN_IN_LATIN):
        # 'ተለጠፈ Posted: 22/10/2026 (ከጠዋቱ 4:15 ሰዓት)', 'Ana Mamaladze | ანა მამალაძე': a
        # line in two scripts, read in the one the story is written in; a name beside its
        # other spelling is left for the header's rules on names
        if found is not None and parse_bare_names(latin) is not None:
            return None
        if found is not None and found.kind == "nav" and one_name_in_scripts(text):
            return None  # 'تيزي بريس · TIZI PRESS · ⵜⵉⵣⵉ ⴱⵔⵉⵙ': a masthead, not a row of links
        return classify(number, latin) or found
    return found


_READ_AGAIN_IN_LATIN = frozenset({"nav", "furniture"})


def _rates_with_labels(segments: list[str]) -> list[str]:
    """'Dólar BNA · $1.398,00 / $1.447,00': a rate set apart from its label is read with it,
    so that the label is not taken for a writer's name."""
    joined: list[str] = []
    for segment in segments:
        if joined and _AMOUNTS_ONLY.match(segment) and not re.search(r"\d", joined[-1]):
            joined[-1] = f"{joined[-1].rstrip()} {segment.strip()}"
        else:
            joined.append(segment)
    return joined


# one or two amounts in a currency, to buy and to sell
_AMOUNTS_ONLY = re.compile(r"^\s*[$€£]\s?\d[\d.,]*(?:\s?[/–-]\s?[$€£]?\s?\d[\d.,]*)?\s*$")


def without_leading_symbols(text: str) -> str:
    """'🕑 19 August 2027', '📅 Publié le 3 mai': a pictogram before an item says what it is
    to the eye; the words after it are read. Punctuation ('» story', '— Name') is kept."""
    stripped = text.lstrip()
    start = 0
    while start < len(stripped) and unicodedata.category(stripped[start]) in _PICTOGRAM_CATEGORIES:
        start += 1
    return stripped[start:].lstrip() if start else text


_PICTOGRAM_CATEGORIES = frozenset({"So", "Mn", "Cf"})  # symbols, variation selectors, joiners


def one_name_in_scripts(text: str) -> bool:
    """A row whose items are one short capitalised name in Latin letters and its spellings
    in other scripts."""
    latin = latin_part(text)
    items = _SEGMENT.split(text)
    in_latin = [item for item in items if not no_latin_letters(item)]
    words = latin.split()
    return (
        1 < len(items) <= MAX_SCRIPTS_OF_A_NAME
        and len(in_latin) == 1
        and 0 < len(words) <= MAX_NAME_IN_SCRIPTS_WORDS
        and all(word[0].isupper() for word in words)
        and not is_site_action(latin)  # 'Мэдээ · Спорт · English': the English edition's link
    )


MAX_NAME_IN_SCRIPTS_WORDS = 4
MAX_SCRIPTS_OF_A_NAME = 3
_BILINGUAL_LABEL = re.compile(
    r"(?:^|(?<=[·|•]\s))\s*(?P<first>[^\W\d_][^/:·|•\d]{0,40}?)\s+/\s+"
    r"(?P<second>[^\W\d_][^/:·|•\d]{0,40}?)\s*:"
)
# 'Útgivið / Udgivet 10.09.2027 kl. 07:00': a date's label in two languages, with no colon
_BILINGUAL_DATE_LABEL = re.compile(
    r"(?:^|(?<=[·|•]\s))(?P<first>\s*[^\W\d_][^/:·|•\d]{0,40}?\s+/\s+)"
    r"(?P<second>[^\W\d_][^/:·|•\d]{0,40}?)(?=\s+\d)"
)


def _one_date_label(text: str) -> str:
    """The second of two labels before a date, where the vocabulary knows it."""

    def second(found: re.Match[str]) -> str:
        label = found.group("second")
        return label if label.strip().lower() in _date_labels() else found.group(0)

    return _BILINGUAL_DATE_LABEL.sub(second, text)


@lru_cache(maxsize=1)
def _date_labels() -> frozenset[str]:
    """The labels of a publication or an update, read once: every header line is tried."""
    vocab = header_vocabulary()
    return frozenset(w.lower() for w in vocab["published_labels"] + vocab["updated_labels"])


def latin_part(text: str) -> str:
    """The line less its words in another script, and less the brackets and separators they
    leave empty: 'सुनिता लिम्बू / Sunita Limbu, खाँदबारी' -> 'Sunita Limbu'; a bracket that
    gives a place in both scripts keeps its Latin part: '(صور / Tyre)' -> '(Tyre)'."""
    text = _BRACKETED.sub(
        lambda m: "" if no_latin_letters(m.group(1)) else _latin_in_brackets(m), text
    )
    words = text.split()
    # a label keeps its meaning ('ფოტო: Dato Beridze' credits a photographer, not a writer)
    words = [
        word
        for position, word in enumerate(words)
        if not _other_script_only(word)
        or word.endswith(":")
        or words[position + 1 : position + 2] == [":"]
    ]
    kept: list[str] = []
    for word in words:
        if _LONE_SEPARATOR.fullmatch(word) and (not kept or _LONE_SEPARATOR.fullmatch(kept[-1])):
            continue
        kept.append(word)
    while kept and _LONE_SEPARATOR.fullmatch(kept[-1]):
        kept.pop()
    latin = " ".join(kept).strip(" ,;:")
    return latin if letter_counts(latin)[1] else ""


def _latin_in_brackets(m: re.Match[str]) -> str:
    """'(صور / Tyre)' -> '(Tyre)': a place in brackets in two scripts, read in the Latin one,
    lest the separator between its spellings split the line; a bracket in one script stays."""
    inner = m.group(1)
    if no_latin_letters(inner) or not any(_other_script_only(w) for w in inner.split()):
        return m.group(0)
    return f"({latin_part(inner)})"


_BRACKETED = re.compile(r"\(([^()]*)\)")
_LONE_SEPARATOR = re.compile(r"[|/·•:,;–—-]+")


def no_latin_letters(text: str) -> bool:
    """Letters, none of them Latin: 'نور دارفور', 'ქარ'."""
    letters, latin = letter_counts(text)
    return letters > 0 and latin == 0


def _other_script_only(text: str) -> bool:
    """Letters or digits, none of them Latin or ASCII: 'ተለጠፈ', '२०८३'."""
    letters, latin = letter_counts(text)
    digits = [ch for ch in text if ch.isdigit()]
    return bool(letters or digits) and not latin and not any(ch.isascii() for ch in digits)


MIN_LOOSE_DATE_BAR_ITEMS = 3
MAX_GREETING_WORDS = 2


def _loose_date_bar(
    number: int, parts: list[HeaderLine | None], segments: list[str]
) -> list[HeaderLine | None]:
    """'English | Arabi Juba · Salam! Wednesday, 17 February 2027 · USD 1 = SSP 4,615': a row
    of short items, one of them the day's date (perhaps after a greeting, or beside the same
    day in another language's words), is the site's date bar whatever the other items are;
    they are its furniture."""
    if any(part is not None and part.kind == "translation" for part in parts):
        return parts  # "TRANSLATED FROM: X · 17 February · p. 3A": the original's day
    items = zip(parts, segments, strict=True)
    dated = [_greeted_date(number, part, segment) for part, segment in items]
    if len({d.published for d in dated if d is not None}) != 1:
        return parts  # no date, or two different days: no date bar
    return [
        dated[i] or part or _date_bar_item(number, segment)
        for i, (part, segment) in enumerate(zip(parts, segments, strict=True))
    ]


def _day_in_two_languages(parts: list[HeaderLine | None], segments: list[str]) -> bool:
    """'Byatangajwe ku wa 06/05/2027 saa 15:40 · Posted 06.05.2027, 3:40 pm': a labelled
    date beside the same day under a label in the site's other language."""
    days = {part.published for part in parts if part and part.kind == "published"}
    return any(
        part is None and (found := find_date(segment)) is not None and found.value in days
        for part, segment in zip(parts, segments, strict=True)
    )


def _greeted_date(number: int, part: HeaderLine | None, segment: str) -> HeaderLine | None:
    if part is not None:
        # "Byatangajwe ku wa 06/05/2027 saa 15:40 · Posted 06.05.2027, 3:40 pm": a date,
        # or a labelled one, beside the same in the site's other language
        dated = part.date_line or part.kind == "published"
        return part if part.published and dated else None
    found = find_date(segment)
    if found is None:
        return None
    rest = (segment[: found.start] + segment[found.end :]).strip(_EDGE + "!.")
    figures = set(re.findall(r"\d+", rest))
    same_day = {str(found.value.day), str(found.value.year)} <= figures  # in other words
    if not same_day and (len(rest.split()) > MAX_GREETING_WORDS or figures):
        return None
    return HeaderLine(number, "date", published=found.value, date_line=True)


def _opens_a_date_bar(parts: list[HeaderLine | None]) -> bool:
    """Whether the row is a date bar: it opens with a date, perhaps after the site's own
    links ('AZ | RU | EN | Cümə axşamı, 15 oktyabr 2026 | Bakı +17° | ...')."""
    for part in parts:
        if part is None:
            return False
        if part.published and part.date_line:
            return True
        if part.kind != "furniture":
            return False
    return False


def _last_language(text: str) -> str:
    """'3 uur gelede / 3 hours ago' -> '3 hours ago': an item in the site's language, then
    in the more widely read one the vocabulary knows."""
    return text.rsplit(" / ", 1)[-1]


def _edition_label(segment: str) -> bool:
    """'KHATISO EA BEKENG ENA / THIS WEEK'S EDITION': a row about the current print issue,
    labelled in the site's language and in English."""
    english = _last_language(segment).strip().rstrip(":").lower().replace("’", "'")
    return english in header_vocabulary()["edition_labels"]


def _date_bar_item(number: int, segment: str) -> HeaderLine | None:
    """After the date that opens a site's date bar, a short item of its own ('Pegel
    Passau/Donau: 10,94 m ▲', 'UFV: 2,71845', 'Makassar 31°C Cerah Berawan'): the weather,
    a rate, a river's level or a count of days, whatever words the site gives them, but no
    sentence."""
    # figures count as no words: 'Carburant à la pompe : 12 000 GNF le litre'
    words = [w for w in segment.split() if any(ch.isalpha() for ch in w)]
    # a counter may run longer: "2,891 días desde el 18 de abril de 2018"
    counter = segment.strip()[:1].isdigit()
    most = MAX_DATE_BAR_COUNTER_WORDS if counter else MAX_DATE_BAR_ITEM_WORDS
    if _LABELLED_ITEM.match(segment):
        # "In port today: Celebrity Apex (Heritage Quay), Sea Cloud Spirit (Nevis Street
        # Pier)": a label, then what it lists
        most = MAX_DATE_BAR_LIST_WORDS
    if not segment.strip() or len(words) > most or _SENTENCE_BREAK.search(segment):
        return None
    return HeaderLine(number, "furniture")


# a word ending a sentence inside an item; not 'No. 8 147' or 'Vol. 47', nor a greeting's
# 'Good morning!'
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3,}[.?]\s(?!\d)")
MAX_DATE_BAR_ITEM_WORDS = 8
MAX_DATE_BAR_LIST_WORDS = 16
_LABELLED_ITEM = re.compile(r"\s*[^\W\d_][^:.!?]{0,28}\s?:\s+\S")
MAX_DATE_BAR_COUNTER_WORDS = 10


def _time_of_change(number: int, text: str) -> HeaderLine | None:
    """'Actualizado a las 15:20 h' on a line of its own: the story changed that day."""
    text = text.strip()
    return HeaderLine(number, "updated") if _CHANGED_AT.match(text) and _TIMES.match(text) else None


def _own_dateline(number: int, text: str) -> HeaderLine | None:
    """'RAJOURI/POONCH, Nov 21' under the byline: where and on which day the story was
    filed, a dateline on a line of its own."""
    dateline = parse_dateline_alone(text)
    if dateline is None or dateline.place is None:
        return None
    return HeaderLine(number, "dateline", published=dateline.published)


def _editions(
    number: int, parts: list[HeaderLine | None], segments: list[str]
) -> list[HeaderLine | None]:
    """'Wednesday, October 14, 2026 | Abuja | Lagos | Kano | Port Harcourt': beside a date,
    a row of several place names lists the outlet's editions or bureaus, not its writers."""
    others = [i for i, part in enumerate(parts) if not (part and part.published)]
    if len(others) < MIN_EDITIONS or not all(is_place_name(segments[i]) for i in others):
        return parts
    return [HeaderLine(number, "place") if i in others else part for i, part in enumerate(parts)]


def _categories_after_dated_byline(
    number: int, parts: list[HeaderLine | None]
) -> list[HeaderLine | None]:
    """'Posted on 12 December 2033 by Diocesan Communications Office | Homilies, Parish News',
    'Posted by A B, Operations Manager | 17 October 2033 | Trail Updates, Annapurna Region':
    after the date and the writer, the names a blog prints next are the sections the post is
    filed under, no more writers (a second writer is joined by 'and')."""
    written = [i for i, part in enumerate(parts) if part and part.authors]
    dated = [i for i, part in enumerate(parts) if part and part.published]
    if not written or not dated:
        return parts
    last = max(written[0], dated[0])
    return [
        HeaderLine(number, "section") if i > last and part and part.kind == "byline" else part
        for i, part in enumerate(parts)
    ]


def _writers_beside_byline(
    number: int, parts: list[HeaderLine | None], segments: list[str]
) -> list[HeaderLine | None]:
    """'Reporters: A B, Gelephu · C D, Thimphu': after a byline, each writer with their town
    is one more writer, not a place the story was filed from."""
    bylines = [i for i, part in enumerate(parts) if part and part.authors]
    if not bylines:
        return parts
    out = list(parts)
    for i in range(bylines[0] + 1, len(parts)):
        if parts[i] is not None and parts[i].kind != "place":
            continue
        if (name := writer_with_town(segments[i])) is not None and is_outlet_name(name):
            out[i] = HeaderLine(number, "role")  # 'By A and B | DXMS News, Cotabato City'
        elif name is not None:
            out[i] = HeaderLine(number, "byline", authors=(name,))
        elif (joined := _REPORTING_BY.match(segments[i].strip())) is not None:
            # 'By A B · Cap-Haïtien reporting by C D': a writer of one part of the story
            if (byline := parse_byline(f"By {joined.group('names')}")) is not None:
                out[i] = HeaderLine(number, "byline", authors=byline.names)
    return out


_REPORTING_BY = re.compile(
    r"^(?:[Ww]ith\s+|(?:[A-Z][\w'’-]*\s+){1,3})??(?:[Aa]dditional\s+)?[Rr]eporting\s+by\s+"
    r"(?P<names>\S.*)$"
)


def _same_day_again(number: int, parts: list[HeaderLine | None]) -> list[HeaderLine | None]:
    """'Kuarta, 10 Marsu 2027 · Quarta-feira, 10 de março de 2027': the same day printed in
    two languages; the word before one of them is its weekday or its label, not an outlet
    (an outlet named beside its date prints the day once)."""
    days = [part.published for part in parts if part and part.published]
    if len(days) < 2:
        return parts
    return [
        HeaderLine(number, "date", published=part.published, date_line=True)
        if part and part.kind == "outlet" and days.count(part.published) > 1
        else part
        for part in parts
    ]


def _name_and_role(number: int, text: str) -> HeaderLine | None:
    """'Liz Benítez Ortiz | Enviada especial al Chaco', 'Ann Lee · Correspondent, Bor', 'Ann
    Lee/Staff Reporter and Bo Ray/Western Bureau Writer', 'Ann Lee — Northern bureau':
    writers' names, each with a role after a bar, a dot, a dash or a slash, a byline without
    'By'."""
    barred = _NAME_ROLE_BAR.split(text, maxsplit=1)
    if len(barred) == 2 and not _NAME_ROLE_BAR.search(barred[1]):
        pairs = [(barred[0], barred[1])]
    else:
        pairs = [writer.partition("/")[::2] for writer in _JOINED_WRITERS.split(text.strip())]
    names: list[str] = []
    for name, role in pairs:
        byline = parse_bare_name(name)
        role = role.split(",")[0].strip()  # "Correspondant, Tinghir": where the role is held
        if byline is None or is_site_action(name.strip()) or not _reads_as_role(role):
            return None
        if is_edition_name(role):
            return None  # "DORĆOL PRES · English Service": the site's name and its edition
        names.extend(byline.names)
    return HeaderLine(number, "byline", authors=tuple(names))


_JOINED_WRITERS = re.compile(r"\s+(?:and|&)\s+|\s*;\s*")
_NAME_ROLE_BAR = re.compile(r"\s[|·—–]\s")


def _reads_as_role(text: str) -> bool:
    """'Staff Reporter', 'Enviada especial al Chaco Central'; not a motto after the site's
    edition ('News from Valparaíso and central Chile since 1987'), which may hold a year."""
    words = text.split()
    return 0 < len(words) <= MAX_ROLE_WORDS and not re.search(r"\d", text) and names_a_role(text)


MAX_ROLE_WORDS = 5  # "Enviada especial al Chaco Central"


def _date_among_other_script(number: int, text: str) -> HeaderLine | None:
    """'نُشر في الثلاثاء 8 شتنبر 2026 على الساعة 14:47': a date whose label and time are
    printed in a script other than the story's, which no label of ours can read: in a
    header, such a line dates the story."""
    found = find_date(text)
    if found is None:
        return None
    around = f"{text[: found.start]} {text[found.end :]}"
    if not no_latin_letters(around):
        return None
    return HeaderLine(number, "date", published=found.value, date_line=True)


def _name_and_outlet(number: int, text: str) -> HeaderLine | None:
    """'Ana Cruz / Valley Dispatch', 'Ana Cruz | Valley FM News, Bor': a writer's name and
    the outlet it is filed for; after a bar only with the filing place, as 'Floods Hit
    Valley | Example Times' is a headline with the site's name."""
    parts = _NAME_OUTLET_SEPARATOR.split(text.strip())
    if len(parts) != 2:
        return None
    byline = parse_bare_name(parts[0])
    outlet, comma, place = parts[1].partition(",")
    barred = "|" in text and not (comma and is_place_name(place))
    if byline is None or barred or not _names_outlet(outlet.strip()):
        return None
    outlet = outlet.strip()
    return HeaderLine(number, "byline", authors=byline.names, byline_outlet=outlet)


MIN_SITE_LINKS = 2
_WITH_UNNAMED = re.compile(
    r"^(?:with|avec|con|com|mit)\s+(?=(?:our|notre|nuestro|nuestra|nosso|nossa|unserem)\b)", re.I
)


def _beside_date(number: int, segment: str, among_links: bool = False) -> HeaderLine | None:
    """'Anand Rao | TGP | Updated: Sep 14, 2026': next to a date or a byline, a bare name is
    the byline, a short acronym the outlet's initials (the masthead names the outlet in full),
    a name ending in 'Desk' or 'Bureau' the newsroom that filed it and one ending like an
    outlet's ('Valley Sentinel') the outlet."""
    if _TEXT_SIZE.match(segment.strip()):
        return HeaderLine(number, "furniture")  # "Published: ... | A+A A-": text-size buttons
    if is_site_action(segment) or segment.strip().lower() in header_vocabulary()["language_codes"]:
        return HeaderLine(number, "furniture")  # "... | FR | EN", "Af-Soomaali | English"
    if _download_link(segment):
        return HeaderLine(number, "furniture")  # "Issued: 15 November 2032 | PDF (6 pages)"
    if ACRONYM.match(segment.strip()):
        return HeaderLine(number, "initials")
    first = segment.split()[0].lower().rstrip(":") if segment.split() else ""
    if first in header_vocabulary()["share_networks"]:
        return HeaderLine(number, "furniture")  # "Follow us: ... · WhatsApp Channel"
    if _is_clock(segment.strip()) or _LABELLED_TIME.fullmatch(segment.strip()):
        return HeaderLine(number, "time")  # "Wed, August 12, 2026 | 03:18 pm", "Time: 1000 hrs"
    if _other_calendar().match(segment.strip()):
        return HeaderLine(number, "date")  # "July 28, 2026 | Shrawan 12, 2083": the same day
    if _FILED_PLACES.fullmatch(segment.strip()) or (
        _FILED_FROM.match(segment.strip()) and not two_names(segment.strip())
    ):
        return HeaderLine(number, "place")  # "Garut, West Java ● Wed, August 12, 2026"
    changed = _labelled()["updated"].match(segment.strip())
    if changed is not None and _NUMERIC_DATE.fullmatch(changed.group("rest").strip()):
        return HeaderLine(number, "updated")  # "Last updated 19.03.26": a change, its date unread
    if _is_desk(segment.strip()):
        return HeaderLine(number, "role")  # "Deir Ezzor Desk | Written by: Firas al-Jasem"
    if names_a_role(_WITH_UNNAMED.sub("", segment.strip())):
        return HeaderLine(number, "role")  # "A (Sfax) · avec notre correspondant à Gabès"
    if _COUNTER.match(segment.strip()):
        return HeaderLine(number, "furniture")
    if _QUOTE_OR_WEATHER.search(segment) or ticker_label().match(segment.strip()):
        return HeaderLine(number, "furniture")  # "Dólar $948,20 | Valparaíso 27°C"
    letters, latin = letter_counts(segment)
    if letters and not latin and len(segment.strip()) <= MAX_OTHER_SCRIPT_LINK:
        # "... | دری | پښتو | English", "განახლდა: 17:52": links and labels in the script of
        # the site's home edition
        return HeaderLine(number, "furniture")
    if letters and not latin and re.search(r"\d", segment):
        return HeaderLine(number, "date")  # "الخميس ٢٣ جمادى الآخرة ١٤٤٨ هـ": the day in its script
    if segment.strip().casefold().startswith(tuple(header_vocabulary()["welcome_phrases"])):
        return HeaderLine(number, "furniture")  # "Welcome to The Example Times": a greeting
    if _describes_the_outlet(segment.strip()):
        return HeaderLine(number, "tag")  # "Guatemala's English-language daily | ..."
    if _names_outlet(segment.strip()):
        # "By Ann Lee | alee@example.com | Valley Sentinel": the outlet, no second author
        return HeaderLine(number, "outlet", byline_outlet=segment.strip())
    if segment.startswith("The ") and is_publisher(segment.strip()):
        # "The Daily Example | 2021-06-04": no person's name opens with 'The'
        return HeaderLine(number, "outlet", publisher=segment.strip())
    outlet, comma, town = segment.strip().partition(",")
    if comma and _names_outlet(outlet.strip()) and is_place_name(town.strip()):
        # "By A | Saguia Press, Chahid El Hafed": the outlet, and where it filed from
        return HeaderLine(number, "outlet", byline_outlet=outlet.strip())
    if _SECTION.fullmatch(segment.strip()):
        return HeaderLine(number, "section")  # "18:42 | 15.10.2026 | Politics": one word
    if (
        segment.split()
        and segment.split()[-1].lower() in header_vocabulary()["newsletter_name_heads"]
    ):
        return HeaderLine(number, "section")  # "Morning Briefing | Thursday, 24 April 2031"
    byline = parse_byline(f"By {segment}")
    if byline is None or len(segment.split()) < 2:
        return None
    if _names_a_city(segment.strip()):
        return HeaderLine(number, "place")  # "Guatemala City | Friday, August 12, 2033"
    if among_links:
        return HeaderLine(number, "furniture")
    return HeaderLine(number, "byline", authors=byline.names)


def _units_of_a_body(text: str, names: tuple[str, ...]) -> bool:
    """Names, with no byline's label before them ('Posted by Parish Office' is signed), that
    each name a body's unit."""
    unlabelled = without_byline_label(text).strip() == text.strip()
    return unlabelled and bool(names) and all(map(_names_a_body, names))


def _names_a_body(name: str) -> bool:
    vocab = header_vocabulary()
    words = {*vocab["state_letterheads"]["bodies"], *vocab["unit_name_words"]["words"]}
    return any(word.casefold() in words for word in re.findall(r"[^\W\d_]+", name))


def _kind_of_document(text: str) -> bool:
    """A line in capitals naming only the kind of document ('ADVISORY', 'FLASH UPDATE'), or
    the kind and its number in any case ('Flash Update No. 3'): the label a template prints
    over the headline."""
    kinds = header_vocabulary()["document_words"]
    numbered = _DOCUMENT_NUMBER.search(text)
    words = (text[: numbered.start()] if numbered else text).split()
    return (
        bool(words)
        and (text.isupper() or numbered is not None)
        and all(w.lower() in kinds for w in words)
    )


def names_next_issue(text: str) -> bool:
    """'Next report: on or around 14 February 2033': the day a report's next issue is due,
    neither the page's day nor its headline."""
    return _labelled()["next_issue"].match(text.strip()) is not None


def numbered_document_label(text: str) -> bool:
    """'Situation Report No. 2', 'Flash Update No. 3': a kind of document and its number."""
    return _kind_of_document(text) and _DOCUMENT_NUMBER.search(text) is not None


# 'Time: 1000 hrs', 'Time: 10:00 (PKT)': a report's hour beside its day, labelled
_LABELLED_TIME = re.compile(
    r"(?i:time)\s*:\s*\d{1,2}[:.]?\d{2}\s*(?i:hrs|hours|h)?\s*(?:\(?[A-Z]{2,4}\)?)?"
)
_CODE = re.compile(r"[A-Z0-9][\w/.-]*\d[\w/.-]*")
_DOCUMENT_NUMBER = re.compile(r"\s+(?:No\.?|N°|#)\s*\d[\d/-]*$", re.IGNORECASE)


def _describes_the_outlet(segment: str) -> bool:
    """A motto that says what the outlet is, its head word in lower case where a name would
    capitalise it: 'Guatemala's English-language daily', 'the island's independent weekly'."""
    words = segment.split()
    heads = header_vocabulary()["outlet_descriptions"]["words"]
    return (len(words) > 1 and words[-1] in heads) or _a_publication_of(segment)


# 'PRESS STATEMENT ON CASUALTIES RECEIVED AT ...': the label opening a headline of its own
_HEADLINE_AFTER_LABEL = re.compile(
    r"^press (?:release|statement) (?:on|about|regarding|concerning|following) \w", re.I
)


def _a_publication_of(line: str) -> bool:
    """'The blog of the Eastern Indonesia Agrarian Research Institute (EIARI)', 'The official
    newsletter of ...': what a section is, under its name and over its posts' headlines."""
    words = line.split()
    if len(words) < 3 or words[0].lower() not in {"the", "a"}:
        return False
    kinds = header_vocabulary()["outlet_descriptions"]["publications"]
    at = next((i for i, w in enumerate(words[1:4], 1) if w.lower() in kinds), None)
    return at is not None and at + 1 < len(words) and words[at + 1] in {"of", "by", "from"}


def _names_a_city(segment: str) -> bool:
    """'Guatemala City', 'Addis Ababa' beside a date: where the paper is printed or the story
    filed. Only a city the gazetteer spells so, as a village ('Thanh Ha') is also a name."""
    from claimtrail.geo.gazetteer import default_gazetteer, name_key  # only beside a date

    return any(
        entry.feature == "city" and entry.population >= MIN_CITY_BESIDE_DATE
        for entry in default_gazetteer().lookup(segment)
        if name_key(entry.name) == name_key(segment)  # 'Cox's Bazar', the tables' 'Cox’s Bāzār'
    )


MIN_CITY_BESIDE_DATE = 100_000


def _download_link(segment: str) -> bool:
    """'PDF (6 pages)', 'Download DOCX, 220 KB': a link to a copy of the page in a file
    format, no writer's or outlet's name."""
    words = [w.strip("()[],.:").lower() for w in segment.split()]
    words = words[1:] if words and words[0] == "download" else words
    return bool(words) and words[0] in header_vocabulary()["download_formats"]


def two_names(segment: str) -> bool:
    """'Zuzana Hrnčiarová, Ondrej Kmeť' beside a date: two words on each side of the comma,
    neither side a place the gazetteer knows ('San José, Costa Rica' is one), are two
    writers."""
    from claimtrail.geo.gazetteer import default_gazetteer  # only for this rare shape

    sides = [side.strip() for side in segment.split(",")]
    if len(sides) != 2 or any(len(side.split()) != 2 for side in sides):
        return False
    gazetteer = default_gazetteer()
    return not any(gazetteer.knows(side) for side in sides)


def _agency_list(text: str) -> bool:
    """'Antena 24, PAR, PAI': the outlets a story draws on, none of them its publisher."""
    items = [item.strip() for item in text.split(",")]
    return len(items) > 1 and all(item and is_publisher(item) for item in items)


def _is_desk(segment: str) -> bool:
    """A newsroom credit: 'Deir Ezzor 24/7 Desk', 'Gulf Bureau', 'Herald Staff', with the
    town it files from, 'Courier newsroom, St Peter Port' or 'Redacción La Paz', or under a
    byline's label, 'Compiled by the English Desk, Aden'."""
    vocab = header_vocabulary()
    segment = re.sub(r"^the\s+", "", without_byline_label(segment), flags=re.IGNORECASE)
    desk, comma, town = segment.partition(",")
    if comma and is_place_name(town.strip()):
        segment = desk
    if segment.strip().casefold() in vocab["collective_signatures"]:
        return True  # 'Press Room', 'Service de presse': the office, named alone
    words = segment.split()
    desks = set(vocab["collective_signatures"]) | {"desk", "bureau", "newsroom"}
    if len(words) > 1 and words[0].lower() in desks and is_place_name(" ".join(words[1:])):
        return True  # 'Redacción La Paz', and a browser's translation of it, 'Drafting La Paz'
    return 1 < len(words) <= MAX_DESK_WORDS and words[0][0].isupper() and words[-1].lower() in desks


def _founded(lowered: str) -> bool:
    """'Since 2009', 'Fundado el 25 de julio de 1958': a motto's few words, not a sentence of
    the story ('Since 6 June, hundreds of villagers have blocked the highway ...')."""
    words = lowered.split()
    return (
        0 < len(words) <= MAX_FOUNDED_WORDS
        and words[0] in header_vocabulary()["founding_words"]["words"]
    )


MAX_FOUNDED_WORDS = 8


def _share_buttons(text: str, only: bool = False) -> bool:
    """Two or more share buttons in the row ('Facebook Messenger X'); `only`, and nothing
    else but pictograms ('🖨 Imprimer · ✉ E-mail')."""
    networks = set(header_vocabulary()["share_networks"])
    words = [w for w in re.split(r"[\s|•·,]+", text.lower()) if re.search(r"\w", w)]
    named = sum(1 for word in words if word in networks)
    return named >= 2 and (not only or named == len(words))


# 'Week 37 · ': a digest's number of the week, before the days it covers
_WEEK_NUMBER = re.compile(r"^\s*(?:week|wk\.?)\s*\d{1,2}\s*[·|:,–-]\s*", re.IGNORECASE)
_RANGE_DASH = re.compile(r"\s*[–—-]\s*|\s+to\s+")


def _days_covered(text: str) -> bool:
    """'Sunday 8 – Saturday 14 September 2030', 'Week 37 · 8–14 September 2030': the days a
    digest covers, the last a full date; not the day it was published, nor an outlet."""
    first, *rest = _RANGE_DASH.split(_WEEK_NUMBER.sub("", text.strip()), maxsplit=1)
    if not rest or parse_date(rest[0]) is None:
        return False
    words = [w.strip(",.").lower() for w in first.split()]
    day = [w for w in words if w.isdigit() and 1 <= int(w) <= 31]
    others = [w for w in words if not w.isdigit()]
    return len(day) == 1 and all(w in weekday_numbers() or w in month_numbers() for w in others)


# a list's pager: 'Showing releases 204 to 212 (latest first).', 'Showing 1-10 of 45 results'
_PAGER = re.compile(
    r"^(?:showing|displaying|viewing)\b(?:\s+[a-z]+)?\s+\d+\s*(?:[–-]|to)\s*\d+\b", re.IGNORECASE
)


# an international body's document symbol: 'S/2033/236', 'A/HRC/55/12', 'E/CN.4/2033/L.5'
_DOCUMENT_SYMBOL = re.compile(r"[A-Z]{1,6}(?:/[A-Za-z0-9.-]{1,15}){2,6}")
_SYMBOL_IN_ITEM = re.compile(rf"^({_DOCUMENT_SYMBOL.pattern})(?=\s)")


def _filed_document_row(number: int, text: str) -> HeaderLine | None:
    """The rows that head an international body's document, its symbol or how it is
    circulated among their items ('United Nations · S/2033/236 · Security Council · Distr.:
    General · 14 April 2033', or 'Original: Arabic' alone): the first name in them publishes
    the document, a day dates it, and the rest is furniture."""
    # lines a PDF's reader joined keep the symbol inside an item ('S/2033/236 Security Council')
    pieces = (_SYMBOL_IN_ITEM.split(item) for item in _SEGMENT.split(text.strip()))
    items = [piece.strip() for item in pieces for piece in item if piece and piece.strip()]
    filing = [item for item in items if _circulation_label(item) or _document_symbol(item)]
    if not filing:
        return None
    parts: list[HeaderLine | None] = []
    named = False
    for item in items:
        part = None if item in filing else _classify_one(number, item)
        if part is None and not named and item not in filing and is_publisher(item):
            part, named = HeaderLine(number, "outlet", publisher=item), True
        parts.append(part if part is not None and part.kind != "byline" else None)
    return _merge(number, [p or HeaderLine(number, "furniture") for p in parts])


def _document_symbol(item: str) -> bool:
    return _DOCUMENT_SYMBOL.fullmatch(item) is not None and any(c.isdigit() for c in item)


def _circulation_label(item: str) -> bool:
    """'Distr.: General', 'Original: Arabic', '[Original: English]'."""
    label, colon, rest = item.strip("[] ").partition(":")
    label, rest = label.strip().lower(), rest.strip().lower()
    vocab = header_vocabulary()["circulation_labels"]
    if not colon or not rest or len(rest.split()) > MAX_CIRCULATION_WORDS:
        return False
    if label in vocab["labels"]:
        return True
    languages = header_vocabulary()["language_names"]["names"]
    return label in vocab["language_labels"] and rest in languages


MAX_CIRCULATION_WORDS = 2


def _classify_one(number: int, text: str) -> HeaderLine | None:
    text = without_leading_symbols(text)
    # "3 uur gelede / 3 hours ago", "Luister / Listen (7 min)": the site's language, then
    # English, read by the English
    english = without_leading_symbols(_last_language(text))
    if _page_age().match(english):
        return HeaderLine(number, "time")  # the page's age, told by the date bar's day
    if _DURATION.search(english) and is_site_action(_DURATION.sub("", english)):
        return HeaderLine(number, "furniture")  # a player's button with its length
    lowered = text.lower()
    if _founded(lowered):
        return HeaderLine(number, "tag")  # "Fundado el 25 de julio de 1958": the outlet's age
    if is_separator(text):
        return HeaderLine(number, "separator")
    if _PAGER.match(text):
        return HeaderLine(number, "furniture")  # 'Showing releases 204 to 212 (latest first)'
    vocab = header_vocabulary()
    if lowered.startswith(tuple(vocab["press_release_markers"] + vocab["page_labels"])) and not (
        _HEADLINE_AFTER_LABEL.match(lowered)
    ):
        return HeaderLine(number, "marker")  # a label over the headline, not part of it
    if _a_publication_of(text):
        return HeaderLine(number, "tag")
    if _kind_of_document(text):
        return HeaderLine(number, "marker")  # 'ADVISORY', 'FLASH UPDATE' over the headline
    label, colon, rest = text.partition(":")
    label = label.strip().lower()
    if colon and label in vocab["reference_labels"]["labels"] and _CODE.fullmatch(rest.strip()):
        return HeaderLine(number, "furniture")  # 'Appeal code: CDP-EA-02/2033'
    # "Share شارك:": a bilingual label, read by its words in Latin letters
    latin_label = " ".join(w for w in label.split() if letter_counts(w)[1])
    if colon and (label in vocab["share_labels"] or latin_label in vocab["share_labels"]):
        return HeaderLine(number, "furniture")  # "Compartix: Facebook | X | WhatsApp"
    if colon and label and not latin_label and _share_buttons(rest):
        return HeaderLine(number, "furniture")  # "გააზიარე: Facebook Messenger X"
    if not colon and _share_buttons(text, only=True):
        return HeaderLine(number, "furniture")  # "🖨 Imprimer · ✉ E-mail"
    if BRACKETED.sub("", lowered).strip().rstrip(":").strip() in vocab["summary_labels"]:
        # "What you need to know:" over the standfirst; "AI-GENERATED SUMMARY (reviewed by
        # our editors)" over the bullets that restate the story
        return HeaderLine(number, "summary")
    if _wire_slug(text.strip()) or _WIRE_UPDATE_NOTE.match(text.strip()):
        # "HONDURAS-PRISONS/RIOT (UPDATE 3, PICTURES)", "(Adds minister's comments in ...)"
        return HeaderLine(number, "marker")
    if lowered.startswith(tuple(header_vocabulary()["translation_labels"])):
        return _translation_note(number, text)
    credited = rest.strip(" ·").split(",")[0].strip()  # the gap after the label read as ' · '
    if colon and label in vocab["credit_other_roles"] and parse_bare_name(credited):
        # "Editor: Ana Lee", "Versión en inglés: Ana Lee", "Reviewed by: B. Mensah, Head of ..."
        return HeaderLine(number, "role")
    if (credit := _original_credit(number, text) or _permission_credit(number, text)) is not None:
        return credit
    labelled = _labelled()
    if labelled["tag"].match(text) and labelled_headline(text) is None:
        return HeaderLine(number, "tag")
    m = labelled["coverage"].match(text)
    if m and _month_year().search(m.group("rest")):
        return HeaderLine(number, "coverage")  # "Covering 3-9 March 2026": not the issue date
    if _days_covered(text):
        return HeaderLine(number, "coverage")  # "Week 37 · Sunday 8 – Saturday 14 September"
    if names_next_issue(text):
        return HeaderLine(number, "furniture")  # 'Next report: on or around 14 February 2033'
    if labelled["programme"].match(text):
        return HeaderLine(number, "furniture")  # 'Programme: The Listeners Speak, phone-in'
    m = labelled["recorded"].match(text)
    if m and find_date(m.group("rest")) is not None:
        # 'Broadcast: Monday 18 May 2031, 07:00': a header line, which the day a programme
        # was recorded is read from
        return HeaderLine(number, "furniture")
    if labelled["contact"].match(text) or is_contact_detail(text):
        return HeaderLine(number, "contact")
    m = labelled["url"].match(text)
    if m and is_url(m.group("rest")):
        return HeaderLine(number, "url", url=m.group("rest"))
    if is_url(text):
        return HeaderLine(number, "url", url=text.strip())
    for kind in ("updated", "published"):
        m = labelled[kind].match(text)
        if m and (found := _labelled_date(number, kind, m.group("rest"))):
            return found
    if colon and label in vocab["print_labels"]:
        return HeaderLine(number, "furniture")  # "Print edition: Issue No. 1,418, page 3"
    m = labelled["publisher"].match(text)
    address = _PLACE_AFTER_NAME.sub("", m.group("rest")) if m else ""  # and its '(public posts)'
    if m and is_url(address):
        # 'Source: https://www.facebook.com/MDSPPOofficial (public posts)': where it was copied
        return HeaderLine(number, "url", url=address.strip())
    if m and _agency_list(m.group("rest")):
        return HeaderLine(number, "role")  # "Źródło: Antena 24, PAR, PAI": whom it draws on
    if m and is_publisher(m.group("rest").strip()):
        return HeaderLine(number, "outlet", publisher=m.group("rest").strip())  # "Source: X"
    if m and colon and label == "issued by":
        # 'Issued by: National Seismological Data Centre (CENSIS)': the desk of the body
        # whose page it is, no headline
        return HeaderLine(number, "furniture")
    if _role_line(text):
        return HeaderLine(number, "role")  # "Staff Correspondent, Brahmanbaria"
    byline = parse_byline(text) or parse_signature(text)
    if byline is not None and _units_of_a_body(text, byline.names):
        return HeaderLine(number, "furniture")  # 'Regional Early Warning Centre (CAT)'
    if byline is not None:
        return HeaderLine(
            number,
            "byline",
            published=byline.published,
            authors=byline.names,
            byline_outlet=byline.outlet,
        )
    if is_unnamed_byline(text):
        return HeaderLine(number, "byline")  # the writers' names may follow on the next line
    m = _PLACE_AGENCY.match(text)
    if m and spells_initials(text[: text.rindex("(")], m.group("agency")):
        return None  # "AGENCIA ISTMO DE NOTICIAS (AIN)": a masthead with its initials
    if m and not _names_outlet(text[: text.rindex("(")]):
        # a dateline printed on a line of its own: "Washington (CNN)"
        return HeaderLine(number, "dateline", publisher=m.group("agency").strip())
    return _outlet_line(number, text) or _date_among_other_script(number, text)


def _listed_issuer(text: str) -> str | None:
    """'Lúrio Gemstones PLC  -  LURG' over an announcement on an exchange's news service: the
    listed company that issued it, by its legal name and its ticker."""
    found = _ISSUER_AND_TICKER.match(text.strip())
    if found is None:
        return None
    name = found["name"].strip()
    suffixes = header_vocabulary()["company_suffixes"]["words"]
    return name if name.split()[-1].lower() in suffixes and len(name.split()) >= 2 else None


_ISSUER_AND_TICKER = re.compile(
    r"^(?P<name>[A-Z][^-–—|]{2,80}?)\s+[-–—]\s+(?P<ticker>[A-Z0-9.]{2,6})$"
)


def _letterhead(segments: list[str]) -> bool:
    """A row of which one item, not the first, is a telephone number or a postal box, and
    whose first is no byline ('By Ana Roe | aroe@example.com | The Sentinel' is one)."""
    if segments[0].strip().lower().startswith("by "):
        return False
    return any(_LETTERHEAD_CONTACT.match(seg.strip()) for seg in segments[1:])


_LETTERHEAD_CONTACT = re.compile(
    r"(?i:tel|telephone|phone|tél|mobile|fax|p\.?\s?o\.?\s?box|b\.?p\.?)\b\.?:?\s*\+?\d"
)


def _row_of_short_items(text: str) -> bool:
    items = _SEGMENT.split(text.strip())
    return len(items) >= MIN_LONG_ROW_ITEMS and all(len(i) <= MAX_ROW_ITEM_CHARS for i in items)


def letter_counts(text: str) -> tuple[int, int]:
    """How many letters `text` has, and how many of them are Latin ('é' is)."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters), sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))


def _wire_slug(text: str) -> bool:
    """'BOLIVIA-MINING/COLLAPSE (UPDATE 2)': topic words with a slash or a version; words
    joined by a dash alone are as likely a name in capitals ('OSTBAYERN-BOTE')."""
    return bool(_WIRE_SLUG.match(text)) and ("/" in text or "(" in text)


def _language_name(text: str) -> bool:
    words = text.lower().removeprefix("the ").split()
    return len(words) == 1 and words[0] in header_vocabulary()["language_names"]["names"]


def _translation_note(number: int, text: str) -> HeaderLine:
    """'Translated from the Arabic by our desk. Original: Al-Shatt, Basra, 21 April 2026.
    Report by Haidar Kadhim.': the original's outlet and date, and its writer."""
    labels = "|".join(map(re.escape, header_vocabulary()["original_labels"]))
    original = re.compile(rf"^(?:{labels})\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
    outlet, day, authors = None, None, ()
    if (credit := _TRANSLATED_FROM.match(text.strip())) is not None:
        # "TRANSLATED FROM: Diario del Humaya (Culiacán) · martes 17 de febrero de 2026"
        parts = _SEGMENT.split(credit.group("rest"))
        found = find_date(credit.group("rest"))
        outlet = BRACKETED.sub("", parts[0]).strip(_EDGE) or None
        if outlet is not None and _language_name(outlet):
            # 'Translated from: Spanish · Show original': a browser's bar names the language
            return HeaderLine(number, "translation")
        if outlet is not None and is_publisher(outlet):
            return HeaderLine(
                number,
                "translation",
                translated_from=outlet,
                original_published=found and found.value,
            )
    for sentence in re.split(r"(?<=\.)\s+", text.strip()):
        named = original.match(sentence)
        if named is not None:
            outlet = named.group("rest").split(",")[0].strip(" .") or None
            found = find_date(named.group("rest"))
            day = found.value if found else None
        elif (credit := _CREDITED.match(sentence)) is not None:
            byline = parse_byline(f"By {credit.group('names')}")
            authors = byline.names if byline else ()
    return HeaderLine(
        number, "translation", authors=authors, translated_from=outlet, original_published=day
    )


def _original_credit(number: int, text: str) -> HeaderLine | None:
    """'Original reporting: Ana Cruz and Leo Paz, El Diario (in Spanish, 18/03/2026)': the
    original's writers, its outlet and its date, in a translated or republished story."""
    m = _original_credit_label().match(text.strip()) or _titled_original().match(text.strip())
    if m is None:
        return None
    rest = _without_read_original(m.group("rest"))
    bracket = re.search(r"\s*\((?P<note>[^()]*)\)\s*$", rest)
    note = bracket.group("note") if bracket else ""
    credit = rest[: bracket.start()] if bracket else rest
    found = find_date(note) or find_date(credit)
    if found is not None and not bracket:
        # '..., El Humaya (weekly, Culiacán), 20 de octubre de 2029': the outlet's own
        # note stands between its name and the day
        credit = _PLACE_AFTER_NAME.sub("", credit[: found.start].strip(_EDGE))
    names, comma, outlet = credit.rpartition(",")
    byline = parse_byline(f"By {names}") if comma else None
    if not comma and found is not None and m.re is _titled_original():
        # 'Original: «Pays dogon ...», Le Républicain (Bamako), 9 mars 2032, p. 3': the
        # title, then the outlet and its day, no writer named
        byline = Byline(())
    if byline is None or not is_publisher(outlet.strip()):
        return None
    return HeaderLine(
        number,
        "translation",
        authors=byline.names,
        translated_from=outlet.strip(),
        original_published=found.value if found else None,
    )


def original_block(plain: Sequence[str], numbers: Sequence[int]) -> dict[int, HeaderLine]:
    """'ORIGINAL ARTICLE' over the original's title and its 'Outlet:', 'Author:' and
    'Published:' lines in a translated story: one credit for the original, on the label's
    line, and the lines it took. `numbers` are the non-blank lines from the label on."""
    label, *rest = numbers
    if (
        plain[label].strip().rstrip(":").strip().lower()
        not in header_vocabulary()["original_labels"]
    ):
        return {}
    outlet, day, authors, taken = None, None, (), []
    for number in rest[:MAX_ORIGINAL_BLOCK_LINES]:
        text = plain[number].strip()
        publisher = _labelled()["publisher"].match(text)
        published = _labelled()["published"].match(text)
        byline = parse_byline(text)
        if publisher is not None:
            outlet = _PLACE_AFTER_NAME.sub("", publisher.group("rest")).strip()
        elif published is not None and (found := find_date(published.group("rest"))):
            day = found.value
        elif byline is not None:
            authors = byline.names
        elif not (text[:1] in _OPENING_QUOTES or text.lower().startswith(_READ_ORIGINAL)):
            break
        taken.append(number)
    if outlet is None:
        return {}
    credit = HeaderLine(
        label, "translation", authors=authors, translated_from=outlet, original_published=day
    )
    return {label: credit} | {number: HeaderLine(number, "tag") for number in taken}


MAX_ORIGINAL_BLOCK_LINES = 6
_PLACE_AFTER_NAME = re.compile(r"\s*\([^()]*\)\s*$")  # "Le Journal du Caillou (Nouméa)"
_OPENING_QUOTES = ("«", '"', "“", "‘", "'")
_READ_ORIGINAL = ("read the original", "see the original", "original in ")


def _without_read_original(text: str) -> str:
    """The credit without the link to the original printed after it ('... 2029. Read the
    original in Spanish →')."""
    lowered = text.lower()
    cut = min((i for phrase in _READ_ORIGINAL if (i := lowered.find(phrase)) > 0), default=None)
    return text[:cut].strip(_EDGE + ".→ ") if cut is not None else text


def _permission_credit(number: int, text: str) -> HeaderLine | None:
    """'Translated and republished with permission of El Humaya': the outlet that first
    published the story."""
    m = _permission_phrase().match(text.strip())
    outlet = m and m.group("outlet").strip(_EDGE + ".")
    if not outlet or not is_publisher(outlet):
        return None
    return HeaderLine(number, "translation", translated_from=outlet)


@lru_cache(maxsize=1)
def _permission_phrase() -> re.Pattern[str]:
    phrases = "|".join(map(re.escape, header_vocabulary()["permission_credits"]["phrases"]))
    return re.compile(rf"^(?:{phrases})\s+(?P<outlet>\S.*)$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _titled_original() -> re.Pattern[str]:
    """'Original: «La semana en Sinaloa», by Ana Cruz, El Humaya, 20 de octubre de 2029':
    the original's title in quotes before its writers, outlet and day."""
    labels = "|".join(map(re.escape, header_vocabulary()["original_labels"]))
    return re.compile(
        rf"^(?:{labels})\s*:\s*[«\"“‘'][^«»\"“”]+[»\"”’']\s*,?\s*(?:by\s+)?(?P<rest>\S.*)$",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _original_credit_label() -> re.Pattern[str]:
    labels = "|".join(map(re.escape, header_vocabulary()["original_credit_labels"]["labels"]))
    return re.compile(rf"^(?:{labels})\s*:?\s*(?P<rest>\S.*)$", re.IGNORECASE)


def labelled_headline(text: str) -> str | None:
    """'Subject: Solino under fire, bus passengers taken on the Mirebalais road': a
    newsletter's subject line, or a headline under its label, is the story's title; a
    label over a list of short topics ('Subject: Politics, Haiti') tags the story."""
    label, colon, rest = text.partition(":")
    if not colon or label.strip().lower() not in header_vocabulary()["headline_labels"]["labels"]:
        return None
    rest = _without_mail_marks(rest)
    items = re.split(r"[,;|·]", rest)
    if not any(len(item.split()) > MAX_TOPIC_WORDS for item in items):
        return None
    return rest.strip()


def _without_mail_marks(subject: str) -> str:
    """'Fwd: [Weekly Brief #311] IED kills two officers': the headline, without the
    forward mark and the mailing list's tag."""
    return _mail_marks().sub("", subject)


@lru_cache(maxsize=1)
def _mail_marks() -> re.Pattern[str]:
    marks = "|".join(map(re.escape, header_vocabulary()["mail_header_labels"]["reply_marks"]))
    return re.compile(rf"^\s*(?:(?i:{marks})\s*:\s*)*(?:\[[^\]]*\]\s*)?")


def _mail_field(number: int, text: str) -> HeaderLine | None:
    """An e-mailed newsletter's header: 'From: Example Peace Network <brief@example.org>'
    names the outlet that sends it; 'To: ...' and 'Cc: ...' are the mail's own."""
    label, colon, rest = text.partition(":")
    address = _MAIL_ADDRESS.search(rest)
    labels = header_vocabulary()["mail_header_labels"]
    label = label.strip().lower()
    if colon and label in labels["recipients"] and (address or _MAIL_LIST.fullmatch(rest)):
        return HeaderLine(number, "furniture")  # 'Cc: HRA Area Managers; HRA Country Director'
    if colon and label in labels["attachments"] and rest.strip():
        return HeaderLine(number, "furniture")  # 'Attachments: Digest_W19.pdf (412 KB)'
    if not colon or address is None:
        return None
    sender = rest[: address.start()].strip().strip('"')
    if label in labels["sender"] and sender:
        return HeaderLine(number, "outlet", publisher=sender)
    return None


_MAIL_ADDRESS = re.compile(r"<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?\s*$")
# recipients by name, as a mail client shows a list or a group: 'A B; C D'
_MAIL_LIST = re.compile(
    r"\s*[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,5}(?:\s*;\s*[A-Z][\w.'’&-]*(?: [\w.'’&-]+){0,5})+\s*"
)


def is_mail_header(text: str) -> bool:
    """'From: The Monitor <brief@example.org>', 'Date: Thu, 24 Apr 2031 at 05:42', 'Subject:
    ...': a line of the header an e-mailed newsletter carries over its masthead."""
    label, colon, rest = text.partition(":")
    labels = header_vocabulary()["mail_header_labels"]
    label = label.strip().lower()
    addressed = label in (*labels["sender"], *labels["recipients"]) and _MAIL_ADDRESS.search(rest)
    return bool(colon) and (bool(addressed) or label in labels["fields"])


MAX_TOPIC_WORDS = 4


def _labelled_date(number: int, kind: str, rest: str) -> HeaderLine | None:
    found = find_date(rest, either_way=True)
    if found is None or not _is_date_lead(rest[: found.start]):
        return None
    authors = _date_tail(rest[found.end :], found.value)
    if authors is None:
        byline = parse_byline(rest[found.end :].strip(_EDGE))
        if byline is None:
            return None
        authors = byline.names
    if kind == "updated":
        return HeaderLine(number, "updated", updated=found.value)
    return HeaderLine(
        number, "published", published=found.value, authors=authors, month_first=found.month_first
    )


def _date_tail(tail: str, value: date) -> tuple[str, ...] | None:
    """The authors named after a header date, () if none, None if the words after it are
    not what header lines print there: a time, a reading time, the same date again
    ('10/14/2026 October 14, 2026'), 'first published at 4.40pm', or a section and byline
    ('09:52:41 in Latest News by Herald Staff')."""
    # the stop of "2027 г." closing the date
    tail = _FIRST_PUBLISHED.sub("", _without_age(tail.removeprefix("."))).strip(_EDGE)
    tail = _CHANGE_NOTE.sub("", tail).strip(_EDGE)  # "9:02 PM (adds relief figures)"
    again = find_date(tail, either_way=True)
    if again is not None and again.value == value and not tail[: again.start].strip(_EDGE):
        tail = tail[again.end :].strip(_EDGE)
    changed = _CHANGED_AT.match(tail)
    rest = tail[changed.end() :] if changed else ""
    later = find_date(rest, either_way=True)
    if later is not None and not rest[: later.start].strip(_EDGE):
        tail = rest[later.end :].strip(_EDGE)  # "Updated 15:10, 18 MAR 2026"
    tail = tail.removesuffix(".")  # "6:58 pm CST.": a full stop ends the line
    *kept, last = _PIPE_ONLY.split(tail)
    if kept and _reading_time().match(last.strip()):
        tail = " | ".join(kept).strip(_EDGE)  # "in Communiqués | 1,412 views": a count closes it
    if _is_clock(tail):
        return ()
    time = _LEADING_TIME.match(tail)
    if time is not None:
        tail = _PLACE_IN_BRACKETS.sub("", tail[time.end() :]).strip(_EDGE)
    if not tail or _reading_time().match(tail) or _other_calendar().match(tail):
        return ()
    if tail.lower() in weekday_numbers():
        return ()  # "2026-yil 14-may, payshanba": the weekday after the date
    section = _SECTION_BYLINE.match(tail)
    byline = parse_byline(section.group("byline")) if section else None
    if section is not None:
        return byline.names if byline else ()  # "by Herald Staff": a desk, no author
    if _SECTIONS_ONLY.match(tail):
        return ()  # "at 10:45 CAT in News, Jonglei": the sections it was filed under
    return None


def _is_clock(text: str) -> bool:
    """A time of day, alone or with its time zone's city: '03:18 pm', '18:25 Beirut',
    '14:20 Kabul time'."""
    text = _ZONE_IN_BRACKETS.sub("", text)  # "09:12 (GMT+1)"
    if _TIMES.match(text):
        return True
    time = _LEADING_TIME.match(text)
    return time is not None and bool(_CITY_AFTER_TIME.match(text[time.end() :]))


def _is_date_lead(text: str) -> bool:
    """What may precede the date of a labelled date line: nothing, "on", or a time of day."""
    lead = text.strip(_EDGE)
    lead = re.sub(r"\s+on$", "", lead, flags=re.IGNORECASE)
    lead = _without_weekday(re.sub(r"^on\s+", "", lead, flags=re.IGNORECASE))  # "on Wed, 14/02"
    return lead.lower() in ("", "on") or bool(_TIME.match(lead))


CRUMB_MARK = re.compile(r"\s+[>»›]\s+")
"""A breadcrumb's mark between two crumbs ('Home › World')."""


def _crumb_trail(text: str, items: list[str]) -> bool:
    """Three or more items, all parted by breadcrumb marks."""
    return len(items) >= 3 and len(CRUMB_MARK.findall(text)) == len(items) - 1


def _navigation(number: int, text: str) -> HeaderLine | None:
    """A row of site sections: "Home > Business > Labour", "Local News | Weather | Traffic",
    "You are here: Home » Security"."""
    text = _BREADCRUMB_LABEL.sub("", text)
    items = NAV_SEPARATOR.split(text)
    if len(items) < 2 or (len(items) == 2 and _names_outlet(items[0])):
        return None  # "Nile Dispatch | LIVE" is a masthead with a label
    if len(items) == 2 and is_edition_name(items[1]):
        return None  # "DORĆOL PRES · English Service": the site's name and its edition
    first = items[0].strip()
    # the site's address opening its sections is its home link and names it: 'KRONIKA.lt
    # News  World', 'Vējš.lv in English  News  Latvia', 'Kronika.lt › English › Lietuvoje'
    site = first.split()[0] if first and is_domain_name(first.split()[0]) else None
    named = site if site and not site.split(".")[0].isupper() else None  # not 'VĒJŠ.lv'
    if len(items) > 2 and (first.lower() in header_vocabulary()["home_links"] or site):
        # "Home » Newscasts » Monday, ... » the headline"
        return HeaderLine(number, "nav", publisher=named)
    pipes_only = len(_PIPE_ONLY.split(text)) == len(items)
    limit = MAX_NAV_PAIR_WORDS if len(items) == 2 and pipes_only else MAX_NAV_ITEM_WORDS
    # Three or more short items between dots or slashes are a row of sections even in
    # sentence case ("Rio · Public security"); bars also join a headline's parts.
    loose = len(items) >= 3 and "|" not in text
    # the site's own address among its sections is its home link ('KRONIKA.lt  News  World')
    odd = [
        item for item in items if not is_nav_item(item, limit, loose) and not is_domain_name(item)
    ]
    # A long row may hold a few links in sentence case ("... | About | Support us",
    # "... | Grille des programmes | Nous contacter"); a headline is not cut into that many
    # parts.
    few = len(odd) <= max(1, len(items) // 3)
    if not odd or (len(items) >= MIN_LONG_NAV_ITEMS and few and all(map(_is_link, odd))):
        return HeaderLine(number, "nav", publisher=named)
    if _crumb_trail(text, items) and odd == [items[-1]]:
        # 'Commentary > Yemen > Conflict and humanitarian affairs': the last crumb may name
        # a longer section; headlines never hold two breadcrumb marks
        return HeaderLine(number, "nav")
    return HeaderLine(number, "nav") if _section_and_topic(items) else None


_DOMAIN = re.compile(r"^[^\W_][\w-]*\.(?-i:[a-z]{2,6})$", re.IGNORECASE)


def is_domain_name(text: str) -> bool:
    """'Kronika.lt': a site's address standing for its name."""
    return _DOMAIN.match(text.strip()) is not None


def _is_link(item: str) -> bool:
    return 0 < len(item.split()) <= MAX_LINK_WORDS and not re.search(r"[.,;:!?]", item)


def _section_and_topic(items: list[str]) -> bool:
    """ "Conflicts | Russia's war in Ukraine": a one-word section, then a short topic label
    (a headline does not open with a lone capitalised word and a bar)."""
    if len(items) != 2 or len(items[0].split()) != 1 or not items[0][:1].isupper():
        return False
    topic = items[1].split()
    return (
        0 < len(topic) <= MAX_NAV_ITEM_WORDS
        and items[1][0].isupper()
        and not re.search(r"[.,;:!?]", items[1])
    )


_PAGE_WEIGHT = re.compile(r"\d{1,4}(?:[.,]\d)?\s?[km]b")


def is_site_action(item: str, branded: bool = False) -> bool:
    """'Sign in', '▶ ÉCOUTER EN DIRECT', 'English': a site's own link or button; `branded`,
    also after the channel's name ('▶ CSTV EN DIRECT')."""
    words = re.sub(r"^[^\w]+", "", item.strip()).lower()
    if _PAGE_WEIGHT.fullmatch(words):
        return True  # "Text-only edition · 14 KB": a light edition's size, beside its link
    vocab = header_vocabulary()
    actions = vocab["site_actions"]
    if words.startswith(tuple(f"{opener} " for opener in vocab["site_action_openers"])):
        return True  # "Join our WhatsApp Channel"
    if _SEARCH_BOX.fullmatch(words):
        return True  # "Search images...": the search box and its placeholder
    return words in actions or (branded and any(words.endswith(" " + a) for a in actions))


_SEARCH_BOX = re.compile(r"search\b[^.…]{0,30}(?:\.\.\.|…)")


def is_edition_name(item: str) -> bool:
    """'English Service', 'Edición en inglés': the name of a site's edition in a language."""
    return item.strip().lower() in header_vocabulary()["edition_names"]["names"]


def is_nav_item(item: str, max_words: int, loose: bool = False) -> bool:
    """A section's or a site's link in a navigation row: a few capitalised words, no clause
    punctuation; `loose`, in sentence case ('Edició impresa')."""
    if is_site_action(item):
        return True  # "Sign in | Subscribe"
    words = item.split()
    connectors = set(header_vocabulary()["publisher_connectors"])
    return (
        0 < len(words) <= max_words
        and len(item) <= MAX_NAV_ITEM_CHARS
        and _capitalised(item)
        and (loose or all(_capitalised(w) or w.lower() in connectors for w in words))
        and not re.search(r"[.,;:!?]", item)
    )


def _capitalised(word: str) -> bool:
    """Capitalised, a number, or in a script without capitals ('العربية' in a language row)."""
    first = word[0]
    uncased = first.isalpha() and first.lower() == first.upper()
    return first.isupper() or first.isdigit() or uncased


def is_place_name(text: str) -> bool:
    """One to three capitalised words, as a filing place alone: 'Lamu', 'Cotabato City'."""
    return bool(_PLACE_NAME.fullmatch(text.strip()))


def is_filing_place(text: str) -> bool:
    """A line naming where a story was filed: "Beni, Myagdi", "Garut, West Java"."""
    return bool(_FILED_FROM.match(text.strip()))


# 'Provincial Emergency Operation Centre 0 7535 6112': a name, then the number to call it on
_NAMED_NUMBER = re.compile(r"[A-Za-z][\w .,'&()/-]{0,80}?\s+(?P<number>\+?\d[\d \-()]{1,20}\d)")
MIN_PHONE_DIGITS = 7


def _numbers_to_call(segments: list[str]) -> bool:
    """A row of names each followed by a number to call, one of them a full phone number
    ('Hotline 1784 | Provincial Emergency Operation Centre 0 7535 6112')."""
    found = [_NAMED_NUMBER.fullmatch(segment.strip()) for segment in segments]
    if not all(found):
        return False
    digits = [sum(c.isdigit() for c in m.group("number")) for m in found if m]
    return max(digits) >= MIN_PHONE_DIGITS


def is_contact_detail(text: str) -> bool:
    """A line of e-mail addresses and phone numbers, as under a press contact's name."""
    parts = [part for part in _CONTACT_PARTS.split(text.strip()) if part]
    return bool(parts) and all(_EMAIL.match(part) or is_phone(part) for part in parts)


def is_phone(text: str) -> bool:
    """A phone number, not a date in figures ('15.10.2026') that has as many digits."""
    return bool(_PHONE.match(text)) and not _NUMERIC_DATE.fullmatch(text)


def _outlet_line(number: int, text: str) -> HeaderLine | None:
    found = find_date(text, either_way=True)
    if found is None:
        return None
    authors = _date_tail(text[found.end :], found.value)
    if authors is None:
        return None
    before = _without_weekday(_without_issue(text[: found.start].strip(_EDGE + "/")))
    if not before or _TIME.match(before):  # "11:42, 18 MAR 2026", "16:05 / 14.05.2026"
        return HeaderLine(
            number,
            "date",
            published=found.value,
            date_line=True,
            authors=authors,
            month_first=found.month_first,
        )
    if _CHANGED_AFTER_TIME.match(before):  # "06:40 h — Updated 15/01/2026"
        return HeaderLine(number, "updated", updated=found.value)
    # 'Dakar, le 9 août 2033': a town and its day, as a letter is dated
    place = _without_date_article(before)
    dated_letter = place != before and is_place_name(place)
    if (
        _FILED_PLACES.fullmatch(before)
        or dated_letter
        or _city_of_date_bar(text, before, found.start)
    ):
        # "EL FASHER / TAWILA – 12 June 2025"; "Valparaíso, miércoles 18 de febrero de 2026"
        return HeaderLine(number, "date", published=found.value, date_line=True, authors=authors)
    if not is_publisher(before) or not re.search(r"[^\W\d_]", before):
        return None  # "23.–29.09.2027": the first day of an issue's week, no outlet
    return HeaderLine(number, "outlet", publisher=before, published=found.value, authors=authors)


def _city_of_date_bar(text: str, before: str, date_start: int) -> bool:
    """One word, a comma, then the date led by its weekday: the city a site's date bar names
    ('Valparaíso, miércoles 18 de febrero de 2026'), not an outlet, which is seldom one
    word printed before the full day."""
    lead = text[date_start:].split(maxsplit=1)[0].lower().rstrip(".,")
    return (
        len(before.split()) == 1
        and before[0].isupper()
        and not before.isupper()
        and text[:date_start].rstrip().endswith(",")
        and lead in header_vocabulary()["weekdays"]
    )


# "TRADUCIDO DE / TRANSLATED FROM: Outlet ...": the label, in one language or two, and a colon
_TRANSLATED_FROM = re.compile(
    r"^[^:]{0,40}\b(?:translated|traducido|traduit|traduzido)\s+(?:from|de)\s*:\s*(?P<rest>\S.*)$",
    re.I,
)
_CHANGED_AFTER_TIME = re.compile(rf"^{_TIME_OF_DAY}\s*[-–—,]?\s*{_CHANGED}$", re.I)


def _without_date_article(text: str) -> str:
    """'Dakar' of 'Dakar, le' before a date: the article a letter's place and day share."""
    head, _, last = text.rstrip().rpartition(" ")
    if head and last.lower() in header_vocabulary()["weekday_articles"]["words"]:
        return head.rstrip(" ,")
    return text


def _without_weekday(text: str) -> str:
    """'Thursday' before a date written in figures ('Thursday, 14/11/2024') is the date's
    own day of the week, not an outlet's name; so is 'Fredag den' before '17. september'."""
    words = text.lower().split()
    if words and words[-1] in header_vocabulary()["weekday_articles"]["words"]:
        words = words[:-1]  # 'Fredag den 17. september 2027', 'Le 14 septembre 2027'
    day = " ".join(words).rstrip(".,")
    return "" if not day or day in weekday_numbers() else text


_ISSUE = re.compile(
    r"\s*(?:[—–|•-]\s*)?\b(?:Issue|No\.|Number|Vol\.|Volume|Edition)\s*#?\s*\d+\s*$", re.I
)


def _without_issue(text: str) -> str:
    """'Crisis Monitor Weekly — Issue 212' -> 'Crisis Monitor Weekly'."""
    return _ISSUE.sub("", text).strip(_EDGE)


# the role, then the town or desk: after a separator, or after 'in' ('Corresponsal en Limón',
# 'Periodista de Sucesos', 'Correspondent in Bor')
_ROLE_AND_PLACE = re.compile(r"\s+[·|—–]\s+|\s+(?:en|in|de|à|at|em)\s+(?=[A-ZÀ-Ö])")


def _role_line(text: str) -> bool:
    """A byline that names a role instead of a person, perhaps with the place it is filed from
    ('Staff Correspondent, Brahmanbaria', 'Corresponsal · Darién')."""
    role, _, place = _ROLE_AND_PLACE.sub(",", text, count=1).partition(",")
    roles = set(header_vocabulary()["byline_role_words"])
    words = role.lower().split()
    places = place.split()
    return (
        0 < len(words) <= 3
        and all(w in roles for w in words)
        and len(places) <= 3
        and all(w[0].isupper() for w in places)
    )


def _names_outlet(text: str) -> bool:
    """Words that end like an outlet's or an organisation's name: "... Forum", "... Dispatch",
    or open like one in Spanish, French or Portuguese: "La Prensa del Alto Apure (Guasdualito)"."""
    name = BRACKETED.sub("", text)
    if _LABEL_AND_NEWS.search(name):
        return False  # "Condor: all sailings cancelled today": a notice under its label
    words = name.split()
    heads = header_vocabulary()["outlet_name_heads"]
    return len(words) > 1 and (words[-1].lower() in heads or is_outlet_name(name))


_LABEL_AND_NEWS = re.compile(r":\s+[a-z]")


@lru_cache(maxsize=1)
def _month_year() -> re.Pattern[str]:
    months = "|".join(sorted(map(re.escape, header_vocabulary()["months"]), key=len, reverse=True))
    return re.compile(rf"\b(?:{months})\.?,?\s+(?:19|20)\d\d\b", re.I)


_DURATION = re.compile(r"\s*\(\d{1,3}(?:[:.]\d{2})?\s*(?:min|mins|minutes|s)?\)\s*$")


@lru_cache(maxsize=1)
def _page_age() -> re.Pattern[str]:
    """'3 hours ago' alone: how long the page has been up."""
    units = "|".join(map(re.escape, header_vocabulary()["age_units"]))
    return re.compile(rf"^\d{{1,3}}\s*(?:{units})\.?\s+ago$", re.I)


@lru_cache(maxsize=1)
def _age_note() -> re.Pattern[str]:
    """'Updated 2 hours ago' after a date: when the page changed, not when it was published."""
    vocab = header_vocabulary()
    labels = "|".join(re.escape(label) for label in vocab["updated_labels"])
    units = "|".join(map(re.escape, vocab["age_units"]))
    return re.compile(rf"\s*(?:{labels})\s*:?\s*\d{{1,3}}\s*(?:{units})\.?\s+ago\s*$", re.I)


@lru_cache(maxsize=1)
def _other_calendar() -> re.Pattern[str]:
    """A date in another calendar printed beside the Gregorian one: "Shrawan 12, 2083",
    "15 Ramadan 1447 AH"."""
    return re.compile(rf"^{_other_calendar_date()}$", re.I)


@lru_cache(maxsize=1)
def _other_calendar_first() -> re.Pattern[str]:
    """A line that opens on another calendar's date and gives the Gregorian one after a
    slash: "Saturday 8 Azar 1404 / 29 November 2025 – 10:45"."""
    weekdays = "|".join(map(re.escape, header_vocabulary()["weekdays"]))
    return re.compile(
        rf"^(?P<weekday>(?:{weekdays})\.?,?\s+)?{_other_calendar_date()}\s*/\s*(?P<rest>\S.*)$",
        re.I,
    )


def _other_calendar_date() -> str:
    vocab = header_vocabulary()["other_calendar_months"]
    months = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in vocab["months"])
    eras = "|".join(re.escape(e) for e in vocab["era_marks"])
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    return rf"(?:{day}\s+)?(?:{months})(?:\s+{day})?,?\s+\d{{3,4}}(?:\s*(?:{eras}))?\.?"


def _gregorian_only(text: str) -> str:
    """The line without another calendar's date before the Gregorian one, its weekday kept."""
    m = _other_calendar_first().match(text.strip())
    return f"{m.group('weekday') or ''}{m.group('rest')}" if m else text


def _without_age(tail: str) -> str:
    return _age_note().sub("", tail)


@lru_cache(maxsize=1)
def _reading_time() -> re.Pattern[str]:
    """A reading time or a count ("14 min read", "Lecture : 5 min", "Views: 2318", "184K
    followers") printed after the date, not part of it."""
    vocab = header_vocabulary()
    notes = "|".join(map(re.escape, vocab["reading_time_words"]))
    labels = "|".join(map(re.escape, vocab["reading_time_labels"]))
    return re.compile(
        rf"^(?:\d{{1,3}}(?:[,.\u00a0\u202f ]\d{{3}})*(?:[.,]\d)?[KkMm]?\s*(?:{notes})"
        rf"|(?:{labels})\s*:?\s*\d{{1,3}}\s*min[^\W\d_]*"
        rf"|(?:{notes})\s*:\s*\d[\d,. ]*)$",
        re.IGNORECASE,
    )


def _counted_items_only(text: str, uncounted: list[str]) -> bool:
    """'Gallery · 12 photos', '12 photos': a count, and at most the name of what it counts."""
    labels = header_vocabulary()["count_labels"]["labels"]
    counted = len(uncounted) < len(_SEGMENT.split(text))
    return counted and all(s.strip().casefold() in labels for s in uncounted)


def is_reading_time(text: str) -> bool:
    return _reading_time().match(text.strip()) is not None


@lru_cache(maxsize=1)
def ticker_label() -> re.Pattern[str]:
    """'LATEST: FG flags off ...', 'ÚLTIMA HORA | ...': a news ticker over the headline or
    beside the date."""
    labels = header_vocabulary()["ticker_labels"]["labels"]
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    # "WARKA DEGDEGA / BREAKING: ...", "AMAKURU AGEZWEHO / DERNIÈRE HEURE ▸ ...", "مباشر · EN
    # CONTINU ▶ ...": the label in the site's language first
    return re.compile(
        rf"^(?:[^:/·]{{1,30}}\s[/·]\s)?(?:{alternatives})\s*[:|▸›»▶●❯•]\s*\S", re.IGNORECASE
    )


# prepositions that end the label of a date ('Hearings of', 'Report for'), never a name
_LABEL_ENDS = frozenset({"of", "for", "on", "de", "del", "du", "da", "do"})


def is_publisher(name: str) -> bool:
    """An outlet name: a few capitalised words ("The Daily Example", "Channel 4 News"), the
    words that join them not counted ('Ministry of Foreign Affairs of the Republic of X')."""
    words = name.split()
    connectors = set(header_vocabulary()["publisher_connectors"])
    posts = header_vocabulary()["posts_abroad"]["words"]
    # 'U.S. Embassy in Lebanon': a post abroad joined to where it is
    joined = {
        i + 1
        for i, w in enumerate(words[:-1])
        if w.lower() in posts and words[i + 1] in ("in", "to")
    }
    return (
        0 < len([w for w in words if w not in connectors]) <= MAX_PUBLISHER_WORDS
        and words[-1] not in _LABEL_ENDS  # 'Hearings of' (a date's label) names nobody
        and len(name) <= MAX_PUBLISHER_CHARS
        and (words[0] == "The" or words[0].lower() not in function_words())
        and all(
            w[0].isupper() or w[0].isdigit() or w in connectors or i in joined
            for i, w in enumerate(words)
            if i > 0
        )
        and (name[0].isupper() or name[0].isdigit())
        # a sentence's stop inside is no name's, initials with their points are ('U.S. ...')
        and not re.search(r"[!?;:]|\.\s", _abbreviations_in_names().sub("", name))
    )


@lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    """The abbreviated words, in lower case and without their point, that open a saint's, a
    mountain's or a fort's name ('st', 'mt', 'ft')."""
    return frozenset(w.casefold() for w in header_vocabulary()["name_abbreviations"]["words"])


@lru_cache(maxsize=1)
def _abbreviations_in_names() -> re.Pattern[str]:
    """Initials with their points ('U.S. Embassy') and the abbreviated words that open a
    saint's or a mountain's name ('St. Kizito Catholic Parish'): points of no sentence."""
    words = "|".join(map(re.escape, sorted(name_abbreviations())))
    return re.compile(rf"\b(?:[A-Z]\.){{2,}}|\b(?i:{words})\.")


def _merge(number: int, parts: list[HeaderLine | None]) -> HeaderLine:
    merged = HeaderLine(number, "+".join(p.kind for p in parts if p))
    for part in parts:
        if part is None:
            continue
        merged = replace(
            merged,
            publisher=merged.publisher or part.publisher,
            published=merged.published or part.published,
            updated=merged.updated or part.updated,
            authors=merged.authors + part.authors,
            url=merged.url or part.url,
            date_line=merged.date_line or part.date_line,
            byline_outlet=merged.byline_outlet or part.byline_outlet,
            translated_from=merged.translated_from or part.translated_from,
            original_published=merged.original_published or part.original_published,
            month_first=merged.month_first or (part.month_first if part.published else None),
        )
    return merged
