"""The header: the lines above the first body paragraph, sorted into masthead, title and metadata.

Steps, in order:
1. walk the first non-blank lines, sorting each into a metadata line (see header_lines), a
   title candidate (a short line that reads like a headline), a standfirst (a sentence
   followed by more metadata) or the first body line, which ends the walk;
2. a first candidate that is a name ("The Example Chronicle", "RIVERSIDE AID TRUST") is the
   masthead, the publisher's name, when the page goes on to another candidate after
   navigation, a press-release marker or a tagline, or when it ends like an outlet's name;
3. the title is the candidate just above the byline and date lines (after a masthead, the
   candidates between them are taglines), else the first candidate; a later candidate with
   no metadata under it is body text and ends the header.

Standfirsts stay in the body: they are the outlet's own summary of the story.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import dropwhile, islice, takewhile

from claimtrail.ingest.body import paragraph_continues
from claimtrail.ingest.boilerplate import is_boilerplate, is_photo_caption
from claimtrail.ingest.byline import (
    FILED_IN_BRACKETS,
    FILED_IN_PLACE,
    Byline,
    after_name_joiner,
    is_outlet_name,
    parse_bare_name,
    parse_bare_names,
)
from claimtrail.ingest.chat import chat_name
from claimtrail.ingest.dateline import parse_dateline
from claimtrail.ingest.header_lines import (
    ACRONYM,
    COUNT,
    CRUMB_MARK,
    NAV_SEPARATOR,
    PLAYER_BUTTON,
    HeaderLine,
    classify,
    is_domain_name,
    is_edition_name,
    is_filing_place,
    is_mail_header,
    is_nav_item,
    is_phone,
    is_place_name,
    is_publisher,
    is_reading_time,
    is_site_action,
    labelled_headline,
    latin_part,
    letter_counts,
    name_abbreviations,
    no_latin_letters,
    numbered_document_label,
    one_name_in_scripts,
    original_block,
    ticker_label,
    two_names,
    without_leading_symbols,
)
from claimtrail.ingest.language import function_words
from claimtrail.ingest.markup import is_list_item, is_separator
from claimtrail.ingest.ocr import opens_with_an_emblem
from claimtrail.ingest.pubdate import header_vocabulary, month_day_only
from claimtrail.ingest.versions import without_version_tag
from claimtrail.names import initials

MAX_HEADER_LINES = 22
"""Non-blank lines searched for the header; metadata further down is body text."""
MAX_SECTION_LABEL_WORDS = 3  # "Local News" over the headline
# the site's own lines; a date bar may open with the city in capitals ('LUSAKA ◆ Thursday
# ...'), which reads like an outlet's initials; the page's address over it all, as a saved
# copy keeps it
_PAGE_KINDS = frozenset(
    {
        "url",
        "marker",
        "summary",
        "date",
        "place",
        "time",
        "nav",
        "furniture",
        "section",
        "separator",
        "initials",
    }
)
# above a site's motto: a date bar with its weather and language links, the site's buttons;
# not yet its menu (a headline under the menu may name an agency, as a motto does)
_SITE_ROW_KINDS = frozenset(
    {"date", "time", "place", "furniture", "tag", "initials", "section", "separator"}
)
_ROW_SEPARATORS = frozenset("|•·")
ROW_ITEMS = re.compile(r"\s+[|•·]\s+")
MAX_TITLE_CHARS = 250
MAX_TITLE_WORDS = 35
MAX_MOTTO_WORDS = 16
MIN_MOTTO_WORDS = 3  # in one language of a motto row
HEADLINE_CARD_LINES = 4
"""Lines under a headline of sentences within which the writer's card or the date stands."""
MAX_STOPPED_TITLE_WORDS = 20
MAX_MASTHEAD_WORDS = 6
MAX_STYLED_MASTHEAD_WORDS = 4
MAX_STANDFIRST_CHARS = 400
MAX_FOLLOW_ON_WORDS = 8
MAX_LINES_TO_DATE = 6  # between a writer's name and the date: co-writers, roles, a translator
# a line no rule knows is the page's own when it is this short and a headline with its
# byline or date follows, perhaps with a standfirst or a motto of this many sentences
MAX_FURNITURE_LINE_WORDS = 20
MAX_FURNITURE_LINE_CHARS = 160
MAX_SENTENCES_UNDER_HEADLINE = 2
MIN_ROW_ITEMS = 3  # items set apart by separators that make a line a row of the page's own
STORY_OPENING_CHARS = 3000
"""Every headline of our own and held-out gold but one shares two words with this much of
its story."""
KEY_LETTERS = 5
MIN_SHARED_KEYS = 2
MIN_SHARED_SHARE = 0.25
"""... and at least a quarter of its own words: a player's row naming the morning show shares
'morning' and a town with any story."""
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
MAX_FURNITURE_WORDS = 12
"""A role under a byline ("Staff Correspondent") or a name under "Contact:" is this short."""
# a writer's card may give their e-mail beside the role ('ana@example.cr · Corresponsal')
_BETWEEN_NAME_AND_DATE = frozenset({"role", "translation", "label", "contact"})
_CLAUSE_END = re.compile(r"(?:[.,;:][\"'”’)]*|[(\[])$")
_SENTENCE_INSIDE = re.compile(r"\b[a-z]{3,}[.!?]\s+\S")  # "a cyclist. The incident"
_TITLE_CASE_SHARE = 0.75
STORY_KINDS = frozenset({"byline", "role", "published", "updated", "outlet", "date", "dateline"})
"""Metadata of the story itself, printed under its title; the rest belongs to the page."""


@dataclass(frozen=True)
class Header:
    lines: tuple[HeaderLine, ...]
    title: tuple[int, str] | None
    masthead: tuple[int, str] | None
    taglines: tuple[int, ...]
    body_start: int | None


@dataclass(frozen=True)
class _Walk:
    order: tuple[int, ...]
    meta: dict[int, HeaderLine]
    candidates: tuple[int, ...]
    stopped: int | None  # a candidate printed with a full stop
    body_start: int | None


def read_header(plain: Sequence[str]) -> Header:
    """The header of an article given as markup-free lines."""
    walk = _walk(plain)
    unrelated = _unrelated_lines(plain, walk)
    if unrelated:
        walk = _walk(plain, unrelated)
    masthead = _masthead(plain, walk)
    letterhead = _letterhead_lines(plain, masthead) if masthead is not None else set()
    rest = [c for c in walk.candidates if c != masthead and c not in letterhead]
    subject = []
    if masthead is not None and _bylined_below(walk, masthead):
        # a newsletter's masthead under the header of the mail that carries it, and a story
        # signed under its own headline: the mail's subject ('Evening Update | Ferry aground
        # ...') is no headline of the story
        subject = [c for c in rest if c < masthead and is_mail_header(plain[c])]
        rest = [c for c in rest if c not in subject]
    title, taglines = _title(plain, walk, rest, masthead is not None)
    taglines = sorted([*subject, *taglines])
    body_start = _cut(walk, rest, title)
    lines = tuple(walk.meta[n] for n in walk.order if n in walk.meta and _before(n, body_start))
    title_text = None
    if title is not None:
        text = labelled_headline(plain[title]) or plain[title].removeprefix("Title:").strip()
        text = without_version_tag(text)  # 'UPDATE 2-South Sudan cattle raid ...'
        text = chat_name(text) or text  # 'WhatsApp Chat with Valley Stringers'
        title_text = (title, text[:-1] if title == walk.stopped else text)
    name = _masthead_name(plain, masthead) if masthead is not None else None
    if name is not None:
        lines = tuple(_signed_for_outlet(line, plain[line.number], name) for line in lines)
    else:
        lines = _named_by_its_rows(lines, plain)
    return Header(
        lines=lines,
        title=title_text,
        masthead=(masthead, name) if masthead is not None and name is not None else None,
        taglines=tuple(taglines),
        body_start=body_start,
    )


def _bylined_below(walk: _Walk, line: int) -> bool:
    return any(n > line and walk.meta[n].authors for n in walk.order if n in walk.meta)


def _named_by_its_rows(
    lines: tuple[HeaderLine, ...], plain: Sequence[str]
) -> tuple[HeaderLine, ...]:
    """A site with no masthead of its own line names itself in its rows: 'DUNAI HÍRMONDÓ'
    opening the menu in capitals and 'Dunai Hírmondó' opening the breadcrumb. The first row
    then carries the name, in the breadcrumb's spelling."""
    rows = [line for line in lines if line.kind == "nav"]
    # the menu the domain opens may be read as furniture ('SUNDET24.DK · Nyheder · Indland'),
    # and so may a masthead's row with its desk and motto ('LONGWAVE MONITORING | Africa
    # Desk | Translations from ...')
    menus = [line for line in lines if line.kind in ("nav", "furniture")]
    if not menus or any(line.publisher for line in rows):
        return lines
    first = rows[0] if rows else menus[0]
    openings = [NAV_SEPARATOR.split(plain[line.number].strip())[0].strip() for line in rows]
    capitals = [o for o in openings if _in_capitals(o)]
    for logo in capitals:
        # 'ISHAVSBYEN' over 'Ishavsbyen in English': the name, less its edition; one word
        # alone in both rows may be a section's ('NEWS' over 'News'), so it needs the edition
        # 'BX24' over 'BX24 English': with its edition the name may keep its capitals;
        # 'PRAŽSKÝ KURÝR' over 'Pražský kurýr' in the breadcrumb: a site may write its name
        # in sentence case, as it does in the breadcrumb
        one_word = len(logo.split()) < 2
        spelled = [
            name
            for name, edition in map(_less_edition, openings)
            if name.casefold() == logo.casefold()
            and (edition or not _in_capitals(name))
            and (edition or not one_word)
        ]
        if spelled and (is_masthead_like(spelled[0]) or _written_as_a_name(spelled[0])):
            return _named_in_first_row(lines, first, spelled[0])
    domain = next(
        (
            opening
            for line in menus
            if _DOMAIN_IN_CAPITALS.fullmatch(
                opening := NAV_SEPARATOR.split(plain[line.number].strip())[0].strip()
            )
        ),
        None,
    )
    if domain is not None:
        # 'PULAUPOST.sg' opening the menu: the site, as the page writes it elsewhere ('told
        # PulauPost', '© 2027 Murblatt.at'), else as the menu does
        return _named_in_first_row(lines, first, _as_written_elsewhere(domain, plain))
    # the trail's last crumb names a section or a programme ('... › The Week-ender'), not the
    # site
    trails = [plain[line.number].strip() for line in rows if CRUMB_MARK.search(plain[line.number])]
    crumbs = {NAV_SEPARATOR.split(trail)[-1].strip().casefold() for trail in trails}
    for line in menus:
        # 'AÇYK SÖZ · Открытое слово · Open Word' over 'Ogulgerek Saparowa, Açyk Söz': a
        # logo of words in capitals that the page writes again in mixed case; 'DXMS 882 kHz
        # AM · RADYO KALILINTAD · ...': the station's frequency may come first
        for logo in (item.strip() for item in NAV_SEPARATOR.split(plain[line.number].strip())):
            if len(logo.split()) < 2 or not _in_capitals(logo) or logo.casefold() in crumbs:
                continue
            if logo.split()[-1].casefold() in header_vocabulary()["document_words"]:
                continue  # 'CLUB STATEMENT' over 'Club statement on ...': the page's kind
            spelled = _as_written_elsewhere(logo, plain)
            if spelled != logo and _written_as_a_name(spelled):
                return _named_in_first_row(lines, first, spelled)
    return lines


# 'PULAUPOST.sg', and 'SUNDET24.DK' with its country in capitals too
_DOMAIN_IN_CAPITALS = re.compile(r"[A-Z][A-Z0-9]{2,}\.(?:[a-z]{2,3}|[A-Z]{2,3})")


def _named_in_first_row(
    lines: tuple[HeaderLine, ...], first: HeaderLine, name: str
) -> tuple[HeaderLine, ...]:
    return tuple(replace(line, publisher=name) if line is first else line for line in lines)


def _as_written_elsewhere(domain: str, plain: Sequence[str]) -> str:
    """The site's name in a domain or a logo set in capitals, as the page spells it in mixed
    case."""
    name = domain.split(".")[0] if "." in domain else domain
    pattern = re.compile(rf"\b{re.escape(name)}(?:\.[a-z]{{2,3}})?\b", re.IGNORECASE)
    for line in plain:
        for found in pattern.finditer(line):
            if not found.group(0).split(".")[0].isupper():
                return found.group(0)
    return domain


def _written_as_a_name(text: str) -> bool:
    """A few words opening with a capital and closing no clause ('Pražský kurýr')."""
    words = text.split()
    short = 0 < len(words) <= MAX_MASTHEAD_WORDS
    return short and text[:1].isupper() and not _CLAUSE_END.search(text)


def _less_edition(text: str) -> tuple[str, bool]:
    """A name and whether a language edition followed it ('Ishavsbyen in English',
    'Vardar Post English Service')."""
    words = text.split()
    for size in (3, 2, 1):
        if len(words) > size and is_edition_name(" ".join(words[-size:])):
            rest = words[:-size]
            rest = rest[:-1] if len(rest) > 1 and rest[-1].lower() == "in" else rest
            return " ".join(rest), True
    return text, False


def _signed_for_outlet(line: HeaderLine, text: str, outlet: str) -> HeaderLine:
    """'Shahin Rigi | Goftar English' under the masthead 'GOFTAR': a writer's name, then the
    outlet or its edition, which a row of two sections would not name. Alone under a
    byline, the outlet's name and edition ('Isla al Día English') is its credit, no writer."""
    folded = outlet.casefold()
    if line.kind == "byline" and line.authors:
        if all(author.casefold().startswith(folded) for author in line.authors):
            return HeaderLine(line.number, "furniture")
    name, bar, credit = text.partition(" | ")
    if line.kind != "nav" or not bar or not credit.casefold().startswith(folded):
        return line
    byline = parse_bare_name(name)
    if byline is None or "|" in credit:
        return line
    return HeaderLine(line.number, "byline", authors=byline.names, byline_outlet=credit)


def _walk(plain: Sequence[str], furniture: frozenset[int] = frozenset()) -> _Walk:
    """Sort the lines from the top until the first body line; `furniture` are lines already
    known to be the page's own."""
    numbers = [number for number, text in enumerate(plain) if text]
    order: list[int] = []
    meta: dict[int, HeaderLine] = {}
    candidates: list[int] = []
    stopped = None
    credits: dict[int, HeaderLine] = {}
    menu = _menu_column(plain)
    boxed = _boxed_lines(plain) | _contents_list(plain) | _addressee_blocks(plain)
    rows_of_lines = 0  # lines of a menu set one item to a line, or of a boxed notice
    for position, number in enumerate(numbers):
        # such a menu or box counts as one row of the page, not as a line each
        if position - rows_of_lines >= MAX_HEADER_LINES:
            return _Walk(tuple(order), meta, tuple(candidates), stopped, number)
        rows_of_lines += number in menu or number in boxed
        text = plain[number]
        following = numbers[position + 1 :]
        credits = credits or original_block(plain, numbers[position:])
        found = (
            credits.get(number)
            or (HeaderLine(number, "furniture") if number in furniture else None)
            or (HeaderLine(number, "nav") if number in menu else None)
            or (HeaderLine(number, "furniture") if number in boxed or _address_bar(text) else None)
            or _writer_beside_place(number, text, meta.get(number - 1))
            or _outlet_beside_town(number, text, meta.get(number - 1))
            or _pinned_label(number, text)
            or _editors_note(number, text)
            or _pinned_post(number, plain, meta.get(order[-1]) if order else None)
            or _summary_item(number, text, meta.get(order[-1]) if order else None)
            or _story_links(number, plain, following)  # before its dates are read as the day's
            or (None if chat_name(text) else classify(number, text))  # a chat's name line
            or _follow_on(number, text, meta.get(number - 1))
            or _name_above_metadata(number, plain, following)
            or _page_furniture(number, text)
            or _repeated_section(number, text, plain, meta, following)
            or _in_other_script(number, text)
            or _site_links(number, text, candidates)
            or _ticker_row(number, text, candidates)
            or _motto_row_under_logo(number, text, plain, meta.get(order[-1]) if order else None)
        )
        # the site's name, perhaps under a date bar, with only its own rows below it
        # (its sections' row may stand above the name, not between the name and this line)
        under_name = len(candidates) == 1 and all(
            n in meta and set(meta[n].kind.split("+")) <= _site_rows(above=n < candidates[0])
            for n in order
            if n != candidates[0]
        )
        motto = (
            _is_motto(text)
            or no_latin_letters(text)
            or _over_the_sections(plain, following)
            or _motto_over_the_issue(text, plain, following)
        )
        if found is None and under_name and motto:
            # "notes on home, from far away" under a blog's name, perhaps below a row of
            # the site's own (its radio frequencies)
            found = HeaderLine(number, "tag")
        if found is not None:
            meta[number] = found
        elif is_title_like(text) and _stands_alone(number, plain):
            candidates.append(number)
        elif not candidates and _lowercase_brand(number, plain):
            candidates.append(number)  # 'la rambla', set in lower case as its brand
        elif not order and _is_stopped_title(text, plain, following):
            candidates.append(number)
            stopped = number
        elif (
            len(candidates) <= 1  # the site's name at most: no headline yet
            and _page_lines_only(order, meta)
            and _headline_of_sentences(text, plain, following)
        ):
            candidates.append(number)
        elif candidates and _is_standfirst(number, plain, following):
            pass
        elif _unknown_furniture(text, plain, following, not candidates, menu | boxed):
            meta[number] = HeaderLine(number, "furniture")
        else:
            return _Walk(tuple(order), meta, tuple(candidates), stopped, number)
        order.append(number)
    return _Walk(tuple(order), meta, tuple(candidates), stopped, None)


def _menu_column(plain: Sequence[str]) -> frozenset[int]:
    """A mobile page's menu, opened into a column of lines, one section to a line, each in
    one script or two ('ليبيا · Libya', 'اقتصاد ونفط · Economy & Oil'), at the top of the
    page: at least MIN_MENU_COLUMN such lines with no blank line between them."""
    column: list[int] = []
    found: set[int] = set()
    for number, text in enumerate(plain[: MAX_HEADER_LINES * 2]):
        if text and _menu_item(text):
            column.append(number)
            continue
        if len(column) >= MIN_MENU_COLUMN:
            found.update(column)
        column = []
    if len(column) >= MIN_MENU_COLUMN:
        found.update(column)
    return frozenset(found)


def _menu_item(text: str) -> bool:
    """A section's name, perhaps beside its name in another script."""
    parts = [p.strip() for p in NAV_SEPARATOR.split(without_leading_symbols(text)) if p.strip()]
    return 0 < len(parts) <= 2 and all(
        no_latin_letters(part) or is_nav_item(part, MAX_LINK_ITEM_WORDS, loose=True)
        for part in parts
    )


MIN_MENU_COLUMN = 5


def _boxed_lines(plain: Sequence[str]) -> frozenset[int]:
    """The lines of a box drawn with box-drawing characters above the story (an app's
    banner, a notice): the page's own, whatever they say."""
    found: set[int] = set()
    top = None
    for number, text in enumerate(plain[: MAX_HEADER_LINES * 2]):
        mark = text.strip()[:1]
        if mark == "┌":
            top = number
        elif mark == "└" and top is not None and number - top <= MAX_BOX_LINES:
            found.update(range(top, number + 1))
            top = None
    return frozenset(found)


MAX_BOX_LINES = 12


def _addressee_blocks(plain: Sequence[str]) -> frozenset[int]:
    """A letter's addressee and copy blocks: 'To:' or 'Cc:' alone on its line, and the lines
    of names and addresses under it up to a blank line ('Board of Directors', 'PT Bursa Efek
    Indonesia', 'Jl. Jend. Sudirman Kav. 52-53'). They name who the letter goes to; none is
    its writer, its publisher or its headline."""
    found: set[int] = set()
    top = plain[: MAX_HEADER_LINES * 3]
    for number, text in enumerate(top):
        if not _addressee_label(text):
            continue
        block = list(takewhile(lambda n: bool(top[n].strip()), range(number + 1, len(top))))
        if 0 < len(block) <= MAX_ADDRESSEE_LINES:
            found.update([number, *block])
    return frozenset(found)


MAX_ADDRESSEE_LINES = 8


def _addressee_label(text: str) -> bool:
    """'To:', 'Cc:', 'Kepada Yth.:' alone on a line, with its colon."""
    label, colon, rest = text.strip().rpartition(":")
    labels = header_vocabulary()["addressee_labels"]["labels"]
    return bool(colon) and not rest and label.strip().casefold() in labels


def _contents_list(plain: Sequence[str]) -> frozenset[int]:
    """A newsletter's list of what the issue holds, above its first story: a label ('IN
    TODAY'S BRIEFING', 'In this issue') and the items under it, numbered or bulleted, with
    a closing 'Plus: ...'. Each item names a story as a headline would; none is the title."""
    found: set[int] = set()
    labels = header_vocabulary()["contents_labels"]
    top = plain[: MAX_HEADER_LINES * 2]
    for number, text in enumerate(top):
        if text.strip().rstrip(":").casefold() not in labels:
            continue
        first = number + 1
        if first < len(top) and not top[first].strip():
            first += 1  # 'HEADLINES', a blank line, then the items
        items = list(takewhile(lambda n: bool(top[n].strip()), range(first, len(top))))
        if items and all(_contents_item(top[n]) for n in items):
            found.update([number, *items])
    return frozenset(found)


_CONTENTS_MORE = re.compile(r"^\s*(?:plus|also|and)\s*:", re.I)  # 'Plus: ...'
# '2.1 January', '(Top)': a wiki's numbered sections and the link back to its top
_SECTION_ITEM = re.compile(r"^\s*(?:\d+(?:\.\d+)*\s+\S.*|\(\w+\))\s*$")


def _contents_item(text: str) -> bool:
    return bool(is_list_item(text) or _CONTENTS_MORE.match(text) or _SECTION_ITEM.match(text))


def _address_bar(text: str) -> bool:
    """'⚡ example-ly.cdn.ampproject.org › s › www.example.ly › en › amp › 2031 › 11': the
    page's address as a trail of its parts, its host first."""
    parts = [p.strip() for p in re.split(r"\s+[›»>/]\s+", without_leading_symbols(text).strip())]
    # written as typed, in lower case: not a breadcrumb opened by the site's name
    # ('Kronika.lt › English › Lietuvoje')
    return (
        len(parts) >= MIN_ADDRESS_PARTS
        and bool(_HOST.fullmatch(parts[0]))
        and all(part == part.lower() for part in parts)
    )


_HOST = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.I)
MIN_ADDRESS_PARTS = 3


def _unrelated_lines(plain: Sequence[str], walk: _Walk) -> frozenset[int]:
    """A headline shares words with the story under it; a candidate above it that shares
    none ("Feast of Saint Barbara", "Sunrise 06:41 Sunset 17:02") is a line of the page's
    own. A name that may be the masthead is left for the masthead rule to judge."""
    if not walk.candidates:
        return frozenset()
    # the story begins under its last byline or date line (or where the walk ended: a
    # release dated in its first paragraph), and its headline stands above
    story_lines = [n for n in walk.order if n in walk.meta and _is_story(walk.meta[n])]
    end = story_lines[-1] if story_lines else walk.body_start
    if end is None:
        return frozenset()
    opening = " ".join(plain[end + 1 if story_lines else end :])[:STORY_OPENING_CHARS]
    story = _content_keys(opening)
    # a masthead is the page's first name: the first candidate that reads like one
    masthead = next(
        (c for c in walk.candidates if is_masthead_like(_outlets_words(plain, c))), None
    )
    others = [c for c in walk.candidates if c < end and c != masthead]
    keys = {c: _content_keys(plain[c]) for c in others}
    related = {
        c: len(keys[c] & story) >= MIN_SHARED_KEYS
        and len(keys[c] & story) >= MIN_SHARED_SHARE * len(keys[c])
        for c in others
    }
    # the candidate sharing most words is the headline (a kicker shares a word or two); a
    # candidate above it that shares too few is the page's own
    ranked = sorted((c for c in others if related[c]), key=lambda c: -len(keys[c] & story))
    if not ranked:
        return frozenset()
    # a document's name over its subtitle ('Monthly Displacement Report' over 'Lower Valley:
    # Kessa, Dorro') is its title, though the story's words are the subtitle's
    pairs = zip(others, others[1:], strict=False)
    named = {c for c, below in pairs if _subtitle_of_report(plain, c, below)}
    return frozenset(c for c in others if c < ranked[0] and not related[c] and c not in named)


def _content_keys(text: str) -> set[str]:
    """The text's words of four letters or more that are no function words, cut to their
    first five letters so that 'floods' meets 'flooding'."""
    words = (w.lower() for w in _CONTENT_WORD.findall(text))
    return {w[:KEY_LETTERS] for w in words if w not in function_words()}


def _unknown_furniture(
    text: str,
    plain: Sequence[str],
    following: list[int],
    at_top: bool = False,
    known: frozenset[int] = frozenset(),
) -> bool:
    """A short line no rule knows ("Feast of Saint Barbara", "Sunrise 06:41"), printed above
    a headline that has the story's byline or date under it: the page's furniture. Every
    site prints lines of its own above its story, so the walk must not end at the first it
    has not seen; the title and metadata below are what tell a header from a body. Above
    every title-like line, a long one may be the site's too (a greeting banner, a notice).
    `known` are lines already known to be the page's own."""
    if not (at_top or _short_line_or_row(text)):
        return False
    headline = False
    sentences = 0  # a standfirst or a motto under the headline
    # a menu's column, a boxed banner and the page's address are the page's own rows
    unknown = (n for n in following if n not in known and not _address_bar(plain[n]))
    for number in islice(unknown, MAX_HEADER_LINES):
        line = classify(number, plain[number])
        notice = _site_actions_only(plain[number]) and not is_title_like(plain[number])
        if line is None and notice:
            continue  # 'You are viewing the AMP version of this page. Go to the original'
        if line is not None:
            if headline and _is_story(line):
                return True
            continue
        if not headline and _page_row(plain[number]):
            continue  # a ticker or a date bar further up: more of the page's own
        if is_title_like(plain[number]):
            headline = True
        elif headline and parse_dateline(plain[number]) is not None:
            return True  # "LODWAR, Kenya, 4 June 2024 - ...": the story, filed and dated
        elif headline and sentences < MAX_SENTENCES_UNDER_HEADLINE:
            sentences += 1
        else:
            return False  # body text before any headline with its byline or date
    return False


def _short_line_or_row(text: str) -> bool:
    """A line short enough to be the page's own, or a row of such items set apart by the
    site's separators (a date bar with its weather, traffic and lottery numbers)."""
    items = ROW_ITEMS.split(text)
    if len(items) < MIN_ROW_ITEMS:
        items = [text]
    return all(
        len(item.split()) <= MAX_FURNITURE_LINE_WORDS and len(item) <= MAX_FURNITURE_LINE_CHARS
        for item in items
    )


def _page_row(text: str) -> bool:
    """A news ticker ('ÚLTIMA HORA ▸ ...') or a row of several items set apart."""
    stripped = text.strip()
    return bool(
        _TICKER.match(stripped)
        or ticker_label().match(stripped)
        or len(ROW_ITEMS.split(stripped)) >= MIN_ROW_ITEMS
    )


def _site_rows(above: bool) -> frozenset[str]:
    return _SITE_ROW_KINDS | {"nav"} if above else _SITE_ROW_KINDS


def _repeated_section(
    number: int,
    text: str,
    plain: Sequence[str],
    meta: dict[int, HeaderLine],
    following: Sequence[int],
) -> HeaderLine | None:
    """'cuba' over the headline under the row 'Cuba | World | Economy': the section's name
    repeated from the menu, whatever its case, labels the page like the row itself; so does
    one of what the section holds ('EDITORIAL' under 'Opinion > Editorials'). A section's
    page with no headline of its own ('NEWS TICKER' over its day, then the briefs) is
    headed by the name."""
    rows = [n for n, line in meta.items() if line.kind == "nav"]
    names = _section_names(plain, rows)
    label = text.strip().casefold()
    if label not in names and f"{label}s" not in names:
        return None
    return None if _heads_a_section_page(text, plain, following) else HeaderLine(number, "nav")


def _heads_a_section_page(text: str, plain: Sequence[str], following: Sequence[int]) -> bool:
    """'NEWS TICKER' over 'Thursday, 12 May 2033 | Last update: 18:52', then a paragraph:
    the section's name in capitals, with only the page's day between it and the text."""
    lines = [n for n in following if plain[n].strip()][:2]
    if not _in_capitals(text) or len(lines) < 2:
        return False
    dated = classify(lines[0], plain[lines[0]])
    return dated is not None and dated.published is not None and not is_title_like(plain[lines[1]])


# '\\MAUA-SRV01\Redaccao\Boletins\EN_1200_FINAL.docx', 'S:\News\script.doc',
# '/home/desk/scripts/1200.odt': a document's path, as a copy from a shared drive opens
_FILE_PATH = re.compile(
    r"(?:\\\\[\w.$-]+[\\/]|[A-Za-z]:[\\/]|~?/)(?:[^\\/\n]+[\\/])*[^\\/\n]+\.(?:docx?|odt|rtf|txt|pdf)",
    re.IGNORECASE,
)


_SENDER_ROW = re.compile(r"[^<>@:]{1,60}<[^<>\s@]+@[^<>\s]+>(?:\s+\S.{0,40})?")


def _page_furniture(number: int, text: str) -> HeaderLine | None:
    """A row of page actions ('Bookmark', 'Share: Facebook | X'), a site link alone on its
    line ('Search ...'), or a byline's label alone on its line with the name below it
    ('By')."""
    if (label := _byline_label(number, text)) is not None:
        return label
    if ticker_label().match(text) or _frequencies_only(text) or _site_actions_only(text):
        return HeaderLine(number, "furniture")
    if _FILE_PATH.fullmatch(text.strip()):
        return HeaderLine(number, "furniture")  # the saved document's path on a shared drive
    if _SENDER_ROW.fullmatch(text.strip()):
        # 'Lookwise Alerts <alerts@lookwise.example>   07:02 (1 hour ago)': a mail client's
        # row of the sender over the message, the mail's own From line aside
        return HeaderLine(number, "furniture")
    if (station := _station_over_frequencies(text)) is not None:
        return HeaderLine(number, "outlet", publisher=station)
    if _labelled_ticker(text):
        return HeaderLine(number, "furniture")  # "NEWSCAST AT 7 ▸ Tonight: ... ▸ Bermuda: ..."
    if is_reading_time(text):
        return HeaderLine(number, "furniture")  # "Čítanie na 7 minút" on a line of its own
    if month_day_only(text):
        return HeaderLine(number, "date")  # 'Aug 19': the post's day; the year is elsewhere
    if COUNT.fullmatch(text.strip()):
        return HeaderLine(number, "furniture")  # '31': a count of likes or comments
    if is_photo_caption(text):
        return HeaderLine(number, "furniture")  # the lead photo's caption, credit and all
    if opens_with_an_emblem(text):
        return HeaderLine(number, "furniture")  # '[crest] KALOLENI UNITED FOOTBALL CLUB'
    if (PLAYER_BUTTON.match(text) or _LIVE_DOT.match(text)) and _live_button_first(text):
        # "🔴 LIVE · HVTV 7 · Flow Ch. 107 · ...": the live button, then where to watch
        return HeaderLine(number, "furniture")
    if PLAYER_BUTTON.match(text) and (
        len(text.split()) <= MAX_FURNITURE_WORDS
        or _broadcast_times(text)
        or _share_row_after(number, text)
    ):
        # "▶ Listen to the report (3'12")", "▶ LISTEN LIVE   ● ON AIR NOW: ...   NEXT: ..."
        return HeaderLine(number, "furniture")
    if _quotes_row(text):
        return HeaderLine(number, "furniture")  # "Cotizaciones: Dólar G. 7.290 / 7.360 · ..."
    if _schedule_row(text):
        return HeaderLine(number, "furniture")  # "NOW: Newsline 12:00 – 1:30 · NEXT: ..."
    if _ALERT.match(text) or _HASHTAG.match(text) or _PICTOGRAM_LABEL.match(text):
        # "⚠ Weather alert: storms over ...", "#Kwibuka33 · Remember – Unite", "⛴ FERRY
        # UPDATE: ...": a banner
        return HeaderLine(number, "furniture")
    if _site_notice(text):
        return HeaderLine(number, "furniture")  # "We use cookies ... Accept | Cookie policy"
    if _window_title(text):
        return HeaderLine(number, "furniture")  # "Flood_tracker_2031 - Google Sheets"
    if _BUTTONS_AT_END.search(text) or _BUTTON_FIRST.match(text):
        # "Support us ... [ DONATE ] [ Join ]": a banner; "[ ▶ LISTEN LIVE ] · On air: ..."
        return HeaderLine(number, "furniture")
    words = [w for w in text.split() if w not in _ROW_SEPARATORS]
    if len(words) > MAX_FURNITURE_WORDS:
        return None  # a story's first paragraph, even one ending in a copyright notice
    if is_site_action(text.strip().rstrip(" .…")):
        return HeaderLine(number, "furniture")  # "Search ...": a search box's placeholder
    return HeaderLine(number, "furniture") if is_boilerplate(text) else None


def _window_title(text: str) -> bool:
    """A program's window title over a document copied from it: the file's name, a dash,
    the program's name ('PRM_Tracker - Google Sheets'), which names no outlet."""
    name, dash, program = text.strip().rpartition(" - ")
    programs = header_vocabulary()["window_programs"]
    return bool(dash and name) and program.strip().lower() in programs


def _site_notice(text: str) -> bool:
    """A site's notice about cookies or its paywall."""
    lowered = text.lower()
    return any(cue in lowered for cue in header_vocabulary()["site_notices"]["cues"])


def _share_row_after(number: int, text: str) -> bool:
    """'▶ WATCH THE FULL WRAP (11:42)     Share: Facebook · X': a player's button, then, set
    apart, the page's share row."""
    for label in _LABEL_IN_ROW.finditer(text):
        rest = text[label.start(1) :]
        if _share_item(label.group(1) + ":") and _page_furniture(number, rest):
            return True
    return False


_LABEL_IN_ROW = re.compile(r"\s([^\W\d_]+):\s")


def _labelled_ticker(text: str) -> bool:
    """A ticker under a label in capitals the vocabulary lacks: at least two items after it,
    each set off by a pointer ('▸'), as no headline is."""
    label, *items = _TICKER_POINTER.split(text.strip())
    return len(items) >= MIN_TICKER_ITEMS and _in_capitals(label) and len(label.split()) <= 4


_TICKER_POINTER = re.compile(r"\s+▸\s+")
MIN_TICKER_ITEMS = 2
_LIVE_DOT = re.compile(r"^\s*🔴")  # a live button's dot; '🔴 LIVE — Floods hit ...' is a headline
# a warning sign opening a line marks the site's alert banner, whatever its length
_ALERT = re.compile(r"^\s*[⚠🚨⛔]")
# a pictogram, then a label in capitals (perhaps in two languages) and a colon or a dash: a
# service notice, not a headline
# ('🔴 LIVE — Floods hit ...' may be a live page's headline: a dash or a dot between items
# needs two words of label, as in '🔥 FIRE EMERGENCY · In force in ...')
_PICTOGRAM_LABEL = re.compile(
    r"^\s*[^\w\s\x00-\x7f‘“«„]\S*\s+[^\W\d_a-z][^\Wa-z]*"
    r"(?:(?:\s+(?:/\s+)?[^\W_a-z]+){0,7}:|(?:\s+(?:/\s+)?[^\W_a-z]+){1,7}\s[—–·|])\s"
)
_HASHTAG = re.compile(r"^\s*#[^\W\d_][\w]*")  # a campaign's hashtag opening the line
# a page's buttons drawn in brackets, opening a row ("[ ▶ LISTEN LIVE ] · ...") or closing a
# line ("... [ DONA AHORA ] [ Hazte socio ]")
_BUTTON = r"\[\s*[^\[\]\n]{1,30}?\s*\]"
_BUTTON_FIRST = re.compile(rf"^\s*{_BUTTON}(?:\s*[·|]|\s*$)")
_BUTTONS_AT_END = re.compile(rf"{_BUTTON}(?:\s*·?\s*{_BUTTON})*\s*$")
# "98.7 FM", "1035 kHz", "92.7 Kalinaw FM": a frequency, perhaps with the station's brand
_BAND = re.compile(r"\b(?:FM|AM)\b")
_BARE_FREQUENCY = re.compile(r"(?:^|:\s*)\d{2,3}[.,]\d\s+[A-Z]")  # "101.7 Garoua"
_FREQUENCY = re.compile(r"\b\d{2,4}(?:[.,]\d{1,2})?\s*(?:[A-Z][\w-]*\s+)?(?:FM|AM|MHz|kHz)\b")


def _byline_label(number: int, text: str) -> HeaderLine | None:
    """'By', 'ESCRITO POR' alone on a line: the writers' names follow below."""
    if text.strip().rstrip(":").lower() in header_vocabulary()["byline_labels"]:
        return HeaderLine(number, "label")
    return None


def _live_button_first(text: str) -> bool:
    """A row that opens with the site's live button: what is on air follows it."""
    first = ROW_ITEMS.split(text.strip())[0]
    first = re.split(r"\s{3,}|\s[●•]\s", first)[0]
    return is_site_action(PLAYER_BUTTON.sub("", first).strip().removesuffix("]").strip())


def _story_links(number: int, plain: Sequence[str], following: list[int]) -> HeaderLine | None:
    """Above the headline, the list of the day's stories: a label ending in a colon over
    lines opening with a bullet ('Stories from Monday's newscast:' / '• Floods in Toledo'),
    or one of those lines; or an archive's row ('NEWSCAST ARCHIVE: ◀ Thursday ...')."""
    text = plain[number].strip()
    above = plain[number - 1].strip() if number else ""
    below = plain[following[0]].strip() if following else ""
    label, colon, _ = text.partition(":")
    listed = _BULLET.match(text) and (above.endswith(":") or _BULLET.match(above))
    archive = colon and label.split() and label.split()[-1].lower() in _archive_labels()
    if (text.endswith(":") and _BULLET.match(below)) or listed or archive:
        return HeaderLine(number, "furniture")
    return None


_BULLET = re.compile(r"^[•▪◦‣∙]\s+\S")


@lru_cache(maxsize=1)
def _archive_labels() -> frozenset[str]:
    return frozenset(header_vocabulary()["archive_labels"])


def _broadcast_times(text: str) -> bool:
    """'🎧 Nos flashs en soussou et pular : 7h · 13h · 19h | Connexion': after a player's
    mark, a label and the hours of its bulletins, perhaps with the site's links."""
    label, colon, rest = text.partition(":")
    items = [item.strip() for item in ROW_ITEMS.split(rest) if item.strip()]
    times = [item for item in items if _HOUR.match(item)]
    return (
        bool(colon)
        and len(times) >= MIN_BROADCAST_TIMES
        and all(
            item in times or is_nav_item(item, MAX_LINK_ITEM_WORDS, loose=True) for item in items
        )
    )


def _schedule_row(text: str) -> bool:
    """A broadcaster's row of what is on air and what follows, each with its hours: several
    items set apart, two or more of them giving a time of day."""
    items = ROW_ITEMS.split(text.strip())
    timed = [item for item in items if _CLOCK.search(item)]
    return len(items) >= MIN_ROW_ITEMS and len(timed) >= MIN_BROADCAST_TIMES


# '12:00', '1:30 p. m.', '19h', '7h30': a time of day inside an item
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2}(?![./-]?\d)|\s?h(?:\d{2})?\b)")
_HOUR = re.compile(r"^\d{1,2}(?:\s?h(?:\s?\d{2})?|[:.]\d{2})(?:\s?(?:am|pm))?$", re.I)
MIN_BROADCAST_TIMES = 2


def _station_over_frequencies(text: str) -> str | None:
    """'RÁDIO COMUNITÁRIA MAUA YA PWANI  -  95.4 FM PEMBA / 101.2 FM MONTEPUEZ': a station's
    name, then its frequencies after a dash or a bar, is the masthead."""
    parts = _NAME_THEN_REST.split(text.strip(), 1)
    if len(parts) != 3 or not _frequencies_only(parts[2]):
        return None
    name = parts[0].strip()
    return name if _in_capitals(name) or _written_as_a_name(name) else None


_NAME_THEN_REST = re.compile(r"\s+([-–|])\s+")


def _frequencies_only(text: str) -> bool:
    """A radio's row of frequencies: '103.5 FM Goma · 98.7 FM Rutshuru', perhaps with its
    live buttons ('▶ CSTV EN DIRECT | 🎧 SAVANE FM : 98.3 Maroua • 101.7 Garoua | Replay')."""
    items = [item for item in ROW_ITEMS.split(text) if item.strip()]
    if len(items) > 1 and items[0].rstrip().endswith(":"):
        items = items[1:]  # "Nos fréquences : · Bunia 97.5 FM · Mahagi 104.1 FM": its label
    band = _BAND.search(text) is not None  # "SAVANE FM : 98.3 Maroua • 101.7 Garoua"
    frequencies = [
        item
        for item in items
        if _FREQUENCY.search(item) or (band and _BARE_FREQUENCY.search(item.strip()))
    ]
    if len(items) == 1 and not items[0].strip()[:1].isdigit():
        return False  # "RADIO WONUS 98.2 FM": the station's name, its masthead
    # "Stream: radiowonus.ss/live", "WhatsApp the studio: +211 921 600 982" beside them
    return bool(frequencies) and all(
        item in frequencies or is_site_action(item, branded=True) or _LABELLED_LINK.match(item)
        for item in items
    )


_LABELLED_LINK = re.compile(
    r"^\s*[^:]{1,30}:\s*(?:[\w-]+(?:\.[\w-]+)+(?:/\S*)?|\+?[\d ()-]{7,})\s*$"
)


def _quotes_row(text: str) -> bool:
    """A row of market quotes under its label: every item short and priced, no sentence,
    perhaps with its source in brackets ('1 $ = 40,18 MRU · (BCM, cours indicatif)'); or a
    row of towns' temperatures ('Nouakchott 27° · Kaédi 33° · Sélibaby 34° — Harmattan')."""
    label, colon, rest = text.partition(":")
    # items may stand apart by wide spaces alone ('EUR/USD 1,0847 ▲   EUR/PLN 4,2915 ▼')
    items = [item.strip() for item in _QUOTE_ITEMS.split(rest if colon else text) if item.strip()]
    items = [item for item in items if not _BRACKETED_NOTE.fullmatch(item)]
    if sum(1 for item in items if _TEMPERATURE.search(item)) >= MIN_QUOTES + 1:
        return True
    # the site's links may close the row ('... · 1 000 FCFA 65,96 MRU · Se connecter')
    priced = [item for item in items if re.search(r"\d", item)]
    return len(priced) >= MIN_QUOTES and all(
        len(item.split()) <= MAX_QUOTE_WORDS
        and (item in priced or is_nav_item(item, MAX_LINK_ITEM_WORDS, loose=True))
        for item in items
    )


_QUOTE_ITEMS = re.compile(r"\s+[|•·]\s+|\s{3,}")
_BRACKETED_NOTE = re.compile(r"\([^()]{1,40}\)")
_TEMPERATURE = re.compile(r"-?\d{1,2}\s?°")


MIN_QUOTES = 2
MAX_QUOTE_WORDS = 6


def _site_actions_only(text: str) -> bool:
    """'▶ ÉCOUTER EN DIRECT / LISTEN LIVE': a button's label, in one language or two;
    'Lecture : 5 min | Lire en français': a reading time beside such a link; 'Leer en:
    Castellano | Valencià': the story's other languages."""
    if _language_link(text):
        return True
    label, colon, links = text.partition(":")
    languages = colon and label.strip().lower() in header_vocabulary()["language_link_labels"]
    if languages:
        text = links.strip().removeprefix("·")
    # (a player's button opens an item of its own: '... en español › ▶ Escuchar')
    parts = re.split(r"\s+/\s+|\s+[|•·]\s+|\s+(?=[▶►]\s)", text.strip())
    if languages:  # 'Read in: English · Vosa Vakaviti · Fiji Baat (फ़िजी बात) | Sign in':
        # languages no vocabulary lists, and the site's links beside them
        return all(
            is_nav_item(_PARENTHESES.sub("", part).strip(), MAX_LINK_ITEM_WORDS, loose=True)
            for part in parts
        )
    # 'Aller au contenu principal | انتقل إلى المحتوى': the same link in the site's other
    # script; 'Leé esta nota en español › ▶ Escuchar · Compartir: · WhatsApp': a row of the
    # page's buttons
    pair = len(parts) == 2 and any(is_site_action(part) for part in parts)
    if pair and all(is_site_action(part) or _short_phrase(part) for part in parts):
        return True  # 'Imarisaanut ingerlaqqigit · Gå til indhold': the link in a language
        # the vocabulary lacks, beside the same in one it knows
    return any(is_site_action(part) or _language_link(part) for part in parts) and all(
        is_site_action(part)
        or is_reading_time(part)
        or no_latin_letters(part)
        or _language_link(part)
        or _share_item(part)
        for part in parts
    )


def _short_phrase(text: str) -> bool:
    """A link's few words in sentence case, with no figures or marks."""
    words = text.split()
    return (
        0 < len(words) <= MAX_LINK_ITEM_WORDS
        and all(w.isalpha() for w in words)
        and all(w.islower() for w in words[1:])
    )


def _share_item(item: str) -> bool:
    """A share button ('WhatsApp') or the label over a row of them ('Compartir:')."""
    word = without_leading_symbols(item).strip().lower()
    vocab = header_vocabulary()
    return word in vocab["share_networks"] or word.rstrip(" :") in vocab["share_labels"]


_PARENTHESES = re.compile(r"\s*\([^()]*\)")


def _language_link(text: str) -> bool:
    """'Ler em português →', 'Read in Tok Pisin': a link to the story in another language."""
    words = re.sub(r"[\W_]+$", "", text.strip()).split()  # its arrow, its flag
    for size in (4, 3, 2):
        label = " ".join(words[:size]).lower()
        if label in header_vocabulary()["language_link_labels"] and 0 < len(words) - size <= 2:
            return True
    return False


def _labelled_phone(item: str) -> bool:
    """'Пошаљите вест: 064 555 2710 (Viber/WhatsApp)': a line to the newsroom among the links."""
    label, colon, number = _PARENTHESES.sub("", item).partition(":")
    return bool(colon) and len(label.split()) <= MAX_LINK_ITEM_WORDS and is_phone(number.strip())


def _site_links(number: int, text: str, candidates: list[int]) -> HeaderLine | None:
    """Above the headline, a row of three or more short items ('Subscriu-te | Accedix |
    Hemeroteca', 'Inicio   Noticias   Deportes'): the site's own links, in whatever language
    the site is written, though no vocabulary names them."""
    if len(candidates) > 1 or one_name_in_scripts(text):
        return None
    # a label closing an item introduces the links after it ('Síguenos: · Facebook · X')
    items = [item.removesuffix(":") for item in NAV_SEPARATOR.split(text.strip()) if item]
    odd = sum(
        not (is_nav_item(item, MAX_LINK_ITEM_WORDS, loose=True) or _labelled_phone(item))
        for item in items
    )
    # in a long row with the site's own buttons, one link the rules cannot read ('Tor /
    # .onion mirror') does not make the row a headline
    long_row = len(items) >= MIN_LONG_LINK_ROW_ITEMS and any(map(is_site_action, items))
    links = odd == 0 or (odd == 1 and long_row)
    return HeaderLine(number, "furniture") if len(items) >= MIN_LINK_ROW_ITEMS and links else None


def _ticker_row(number: int, text: str, candidates: list[int]) -> HeaderLine | None:
    """Above the headline, a label in capitals, a mark and the latest headlines ('TERKINI ›
    ...', 'HOCHWASSER-TICKER +++ ...', 'СРОЧНО | ...'): a news ticker, in any language."""
    if len(candidates) > 1 or not _TICKER.match(text.strip()):
        return None
    if not candidates and one_name_in_scripts(text):
        return None  # 'TAHAQQAQ | تحقّق' at the top: the site's name, in two scripts
    label, *items = _TICKER_MARK.split(text.strip())
    if len(items) == 1 and label.strip().casefold() in _headline_labels():
        # 'LIVE | Kamsar: ...', 'TRANSCRIPT | The Listeners Speak: ...': a live page's or a
        # document's label before its one headline
        return None
    return HeaderLine(number, "furniture")


@lru_cache(maxsize=1)
def _headline_labels() -> frozenset[str]:
    vocab = header_vocabulary()
    return frozenset([*vocab["live_page_labels"]["labels"], *vocab["document_words"]])


# a label in capitals of one to three words, then a ticker's mark and more words
_TICKER_MARK = re.compile(r"\s*(?:·\s*)?(?:›|»|▸|\+{2,}|\|)\s*")
_TICKER = re.compile(
    rf"^[^\W\d_a-z][^\Wa-z]*(?:[- ][^\W\d_a-z][^\Wa-z]*){{0,2}}{_TICKER_MARK.pattern}\S"
)


def _over_the_sections(plain: Sequence[str], following: list[int]) -> bool:
    """'Die Heimatzeitung für Niederbayern' between the site's name and its sections' row:
    the site's motto, whatever its words."""
    if not following:
        return False
    below = plain[following[0]]
    found = classify(following[0], below) or _site_links(following[0], below, [])
    return found is not None and found.kind in {"nav", "furniture"}


MIN_LINK_ROW_ITEMS = 3
MIN_LONG_LINK_ROW_ITEMS = 5
MAX_LINK_ITEM_WORDS = 4


def _in_other_script(number: int, text: str) -> HeaderLine | None:
    """'Главная → English → Происшествия' over an English story: the site's own rows in the
    language of its home edition (the story itself is in English, or it is not read)."""
    letters, latin = letter_counts(text)
    if one_name_in_scripts(text):
        return None  # 'تيزي بريس · TIZI PRESS · ⵜⵉⵣⵉ ⴱⵔⵉⵙ': the site's name in three scripts
    return HeaderLine(number, "furniture") if letters and latin * 2 < letters else None


def _without_other_script(text: str) -> str:
    """'GOFTAR گفتار' -> 'GOFTAR', 'تيزي بريس · TIZI PRESS · ⵜⵉⵣⵉ ⴱⵔⵉⵙ' -> 'TIZI PRESS': the
    name, less its spellings in other scripts beside it."""
    latin = latin_part(text)
    return latin if latin and not ROW_ITEMS.search(latin) else text


def _is_motto(text: str) -> bool:
    """A site's motto under its name: short, no full stop, and set in lower case or saying
    what the outlet is ('Indonesia's independent English-language daily since 1991')."""
    words = [w for w in text.split() if any(ch.isalpha() for ch in w)]  # no marks
    if len(words) > MAX_MOTTO_WORDS or text.endswith("."):
        return False
    return text[:1].islower() or _describes_outlet(text)


def _motto_over_the_issue(text: str, plain: Sequence[str], following: list[int]) -> bool:
    """'Nouvèl chak semèn. News for the diaspora, from Brooklyn.' under a newsletter's name
    and over its issue's date: a motto set in sentences, which a story's first paragraph
    is not when a date line still follows it."""
    if not text.endswith(".") or not following or not _is_motto(text.rstrip(".")):
        return False
    after = classify(following[0], plain[following[0]])
    return after is not None and after.published is not None


def _motto_row_under_logo(
    number: int, text: str, plain: Sequence[str], above: HeaderLine | None
) -> HeaderLine | None:
    """'Erkin habarlar · Свободные новости · Independent news since 2016' right under the
    row a logo in capitals opens ('ÖZGÜR SES · Свободный голос', or 'وكالة الساقية · AGENCIA
    SAGUIA PRESS'): the site's motto in each of its languages, too long as a whole to read
    as one, and no headline even where the story shares its words. A headline of an
    English story is not written in two scripts."""
    if above is None or above.kind not in ("nav", "furniture"):
        return None
    names = [item.strip() for item in NAV_SEPARATOR.split(plain[above.number].strip())]
    if not any(_logo_in_capitals(name) for name in names):
        return None
    # 'kykladika-nea.gr · English Edition' names the site and its edition: no motto
    parts = [part for part in ROW_ITEMS.split(text.strip()) if part]
    mottos = [part for part in parts if len(part.split()) >= MIN_MOTTO_WORDS and _is_motto(part)]
    scripts = {no_latin_letters(part) for part in parts}
    return HeaderLine(number, "tag") if len(parts) > 1 and (mottos or len(scripts) > 1) else None


def _describes_outlet(text: str) -> bool:
    words = _outlet_description_words()
    return any(word in words for word in re.findall(r"[^\W\d_]+", text.lower()))


@lru_cache(maxsize=1)
def _outlet_description_words() -> frozenset[str]:
    return frozenset(header_vocabulary()["outlet_descriptions"]["words"])


def _follow_on(number: int, text: str, above: HeaderLine | None) -> HeaderLine | None:
    """A line continuing the metadata line right above it: a role, a contact's name, the
    title of the clip a player's button plays."""
    if above is not None and "furniture" in above.kind.split("+") and _CLIP_LENGTH.match(text):
        return HeaderLine(number, "furniture")  # "▶ Listen" / "03:12 The mayor on the fire"
    if above is None or text.endswith("."):
        return None
    kinds = above.kind.split("+")
    if "byline" in kinds and (joined := _joined_co_writer(text)) is not None:
        return HeaderLine(number, "byline", authors=(joined,))  # "From A in X" / "and B in Y"
    if len(text.split()) > MAX_FOLLOW_ON_WORDS:
        return None
    if "label" in kinds and (byline := parse_bare_name(text)) is not None:
        return HeaderLine(number, "byline", authors=byline.names)  # "By" / "Callum Hepworth"
    if "byline" in kinds and len(above.authors) == 1 and _co_writer(text):
        return HeaderLine(number, "byline", authors=(text.strip(),))  # names stacked
    if "byline" in kinds and is_domain_name(text):
        return HeaderLine(number, "outlet", publisher=text.strip())  # "Name" / "Kronika.lt"
    if "byline" in kinds and (is_filing_place(text) or is_place_name(text)):
        return HeaderLine(number, "place")  # "Roshan Thapa Magar" / "Beni, Myagdi"; "Lamu"
    if "byline" in kinds or "role" in kinds:
        roles = set(header_vocabulary()["byline_role_words"])
        if any(word.lower().strip(",") in roles for word in text.split()):
            return HeaderLine(number, "role")
    if "contact" in kinds:
        return HeaderLine(number, "contact")
    return None


_WRITER_PLACE = re.compile(r"\s+[|•·—–]\s+")


def _writer_beside_place(number: int, text: str, above: HeaderLine | None) -> HeaderLine | None:
    """Right under a byline or its label, writers each with where they filed from: 'Salma
    Bennani · Rabat', 'ANA RUIZ, Auki · BO LEE, Honiara', 'Ana Sosa — Dajabón'. Alone, two
    capitalised items read as a row of links ('Latin America · Europe')."""
    if above is None or not {"byline", "label"} & set(above.kind.split("+")):
        return None
    items = _WRITER_PLACE.split(text.strip())
    if len(items) == 2 and is_place_name(items[1]) and "," not in items[0]:
        items = [f"{items[0]}, {items[1]}"]  # one writer, then the place
    names: list[str] = []
    for item in items:
        name, comma, place = item.partition(",")
        writer = parse_bare_name(name)
        if writer is None or not comma or not is_place_name(place):
            return None
        names.extend(writer.names)
    return HeaderLine(number, "byline", authors=tuple(names))


def _outlet_beside_town(number: int, text: str, above: HeaderLine | None) -> HeaderLine | None:
    """'The Sunday Sentinel, Colombo' right under the byline or the date: the outlet, with
    the town it is published in, as a reader view sets the site's name."""
    if above is None or not {"byline", "date", "published"} & set(above.kind.split("+")):
        return None
    name, comma, town = text.strip().rpartition(",")
    named = is_masthead_like(name) and _ends_like_outlet(name)
    if not comma or not named or not is_place_name(town):
        return None
    return HeaderLine(number, "outlet", publisher=outlet_name(name))


def _pinned_label(number: int, text: str) -> HeaderLine | None:
    """'📌 Pinned message': the label over the post a channel keeps at its top."""
    label = without_leading_symbols(text).strip().lower()
    return HeaderLine(number, "furniture") if label in _pinned_labels() else None


def _editors_note(number: int, text: str) -> HeaderLine | None:
    """'UPDATE, 14:20, 10 November 2032: The spokesman on Wednesday rejected ...': an
    editor's note over the headline sums up the story as it now stands."""
    found = _EDITOR_NOTE.match(text)
    if found is None or found["label"].lower() not in _editor_note_labels():
        return None
    note = found["note"]
    return HeaderLine(number, "summary") if len(note.split()) >= MIN_NOTE_WORDS else None


# the label, perhaps the hour or day ('UPDATE, 14:20, 10 November 2032'), the colon, a sentence
_EDITOR_NOTE = re.compile(
    r"^\s*(?P<label>[A-Za-z'’ ]{5,16}?)(?:[,(][^\n]{0,40}?)?:\s+(?P<note>[A-Z].*)$"
)
MIN_NOTE_WORDS = 6


@lru_cache(maxsize=1)
def _editor_note_labels() -> frozenset[str]:
    return frozenset(header_vocabulary()["editor_note_labels"]["labels"])


def _pinned_post(number: int, plain: Sequence[str], above: HeaderLine | None) -> HeaderLine | None:
    """The post under a 'Pinned message' label: the channel's own, not the story; a live
    page's pinned 'What we know so far' is a summary's label, read as one."""
    if above is None or _pinned_label(above.number, plain[above.number]) is None:
        return None
    found = classify(number, plain[number])
    if found is not None and found.kind == "summary":
        return found
    return HeaderLine(number, "furniture")


def _summary_item(number: int, text: str, above: HeaderLine | None) -> HeaderLine | None:
    """A bullet under a summary's label ('AI-GENERATED SUMMARY', 'Key points'): it restates
    the story in the site's words, and tells nothing the story does not."""
    if above is not None and above.kind == "summary" and is_list_item(text):
        return HeaderLine(number, "summary")
    return None


@lru_cache(maxsize=1)
def _pinned_labels() -> frozenset[str]:
    return frozenset(header_vocabulary()["pinned_labels"]["labels"])


# the running time that opens a clip's title in a player's box
_CLIP_LENGTH = re.compile(r"^\s*\d{1,2}:[0-5]\d(?::[0-5]\d)?\s+(?:[·|•]\s+)?\S")


def _co_writer(text: str) -> bool:
    """'Amparo Císcar' / 'Vicent Llopis': a second writer's full name under the first; a
    place under a name is one word ('Lamu') or says what it is ('Cotabato City')."""
    byline = parse_bare_name(text)
    words = text.split()
    return (
        byline is not None
        and "," not in text
        and len(byline.names) == 1
        and 2 <= len(words) <= 3
        and not any(word.lower() in _PLACE_HEADS for word in words)
    )


_PLACE_HEADS = frozenset({"city", "town", "district", "province", "county", "state", "region"})


# a credit printed under the byline names a writer of the story; at the story's end it is a
# note on who helped, not a byline (the gold conventions of `tests/data/heldout`)
_WITH_REPORTING = re.compile(
    r"^(?:(?:with\s+)?(?:additional\s+)?reporting\s+by\s+|additional\s+reporting\s*:\s*"
    r"|con\s+reporter[íi]a\s+de\s+)",
    re.I,
)


# "With additional reporting from our Kitwe Bureau": help from a newsroom, no writer
_NEWSROOM_CREDIT = re.compile(r"^(?:with\s+)?(?:additional\s+)?reporting\s+from\s+\S", re.I)


def _joined_co_writer(text: str) -> str | None:
    """'and Rudo Mushonga in Kwekwe' under 'From Tafara Mudzingwa in Kadoma', 'with reporting
    by Rudo Mushonga', 'Additional reporting by Rudo Mushonga in Kwekwe', 'Con reportería de
    Rudo Mushonga, corresponsal en Kwekwe': a second writer joined to the byline above,
    perhaps with where they filed or their role."""
    name = after_name_joiner(text) or _WITH_REPORTING.sub("", text, count=1)
    if name == text:
        return None
    # "..., corresponsal en Milagro", "... | Juba": the writer's role or place after a comma
    # or a bar
    byline = parse_bare_name(FILED_IN_PLACE.sub("", re.split(r",|\s\|\s", name)[0]))
    return byline.names[0] if byline is not None else None


def _name_above_metadata(
    number: int, plain: Sequence[str], following: Sequence[int]
) -> HeaderLine | None:
    """A writer's name alone on its line, or with the outlet or place after a comma
    ("Valeria Andrade, Diario del Estero"), above where the story was filed or its date; a
    translator's or editor's credit may stand between them. A name beside its spelling in
    another script ('Sunita Limbu / सुनिता लिम्बू') is read in Latin letters."""
    text = latin_part(plain[number]) or plain[number]
    # "MUTALE KAPEMBWA in Chingola": the writer and the town they filed from
    alone = parse_bare_names(FILED_IN_PLACE.sub("", text)) if "," not in text else None
    byline = alone or _name_with_credit(text) or _filed_names(text)
    if byline is None or not following:
        return None
    if alone is None and (_outlet_line(plain[following[0]]) or two_names(text)):
        # "Rūta Kazlauskaitė, Martynas Žukauskas" over "Kronika.lt" or over the date:
        # co-writers, not a writer and the outlet
        byline = parse_bare_names(text) or byline
    if alone is not None and is_filing_place(plain[following[0]]):
        return HeaderLine(number, "byline", authors=byline.names)  # "Name" / "Beni, Myagdi"
    # a co-writer's name, where they filed from, a role or a translator's credit may stand
    # between: "Amparo Císcar" / "Vicent Llopis" / "Carlet | Montserrat" / "27·10·26"; "with
    # reporting by Vicent Llopis"
    # "Name" / "Corresponsal · Darién" / "Name" / "Periodista · Nacionales" / a translator
    # / the date: each writer's card with its role
    between = [
        n
        for n in following[:MAX_LINES_TO_DATE]
        if not (
            _names_only(plain[n])
            or _joined_co_writer(plain[n])
            or _NEWSROOM_CREDIT.match(plain[n])
            # "Aino Rautiainen, Rovaniemi" / "Mikael Sandvik, Oulu" / "Kaiku News": writers
            # each with their town, then the outlet
            or (alone is None and (_name_with_credit(plain[n]) or _outlet_line(plain[n])))
        )
    ] or list(following)
    for position in between[: MAX_LINES_TO_DATE - 1]:
        found = classify(position, plain[position])
        if found is not None and (found.published or found.updated or found.kind == "dateline"):
            return HeaderLine(number, "byline", authors=byline.names)  # a dateline too
        if found is None and month_day_only(plain[position]):
            return HeaderLine(number, "byline", authors=byline.names)  # 'Name' / 'Aug 19'
        if found is None or not set(found.kind.split("+")) <= _BETWEEN_NAME_AND_DATE:
            return None
    return None


def _outlet_line(text: str) -> bool:
    return is_outlet_name(text) or is_domain_name(text)


def _names_only(text: str) -> bool:
    """A bare name, or short capitalised names between bars ('Carlet | Montserrat')."""
    if parse_bare_name(latin_part(text) or text) is not None:
        return True
    items = ROW_ITEMS.split(text.strip())
    return len(items) > 1 and all(map(is_place_name, items))


def _name_with_credit(text: str) -> Byline | None:
    """'Valeria Andrade, Diario del Estero': a name, then its outlet or place; or names
    ('A & B, LRR Correspondent'), then their role."""
    name, comma, tail = text.partition(",")
    if not comma or not _is_credit_tail(tail):
        return None
    first = parse_bare_names(name)
    # 'A, Local Democracy Reporter, and B': a co-writer after the first one's role
    role, *other = _CO_WRITER_AFTER_ROLE.split(tail, maxsplit=1)
    second = parse_bare_names(other[0]) if other and _is_credit_tail(role) else None
    if first is None or second is None:
        return first
    return Byline(first.names + second.names)


_CO_WRITER_AFTER_ROLE = re.compile(r",?\s+(?:and|&)\s+")


def _filed_names(text: str) -> Byline | None:
    """Writers each with where they filed from: 'Rana Qassem in Ramallah | Dan Ofer in Haifa',
    or all from one place: 'Fanja Rabe and Tsiry Andria (in Manakara)'."""
    together = FILED_IN_BRACKETS.search(text)
    if together is not None:
        names = [parse_bare_name(n) for n in re.split(r"\s+and\s+|,\s*", text[: together.start()])]
        return Byline(tuple(n for b in names if b for n in b.names)) if all(names) else None
    parts = [p.strip() for p in re.split(r"\s+[|•·]\s+|\s+and\s+", text) if p.strip()]
    if not parts or not all(FILED_IN_PLACE.search(p) for p in parts):
        return None
    names = [parse_bare_name(FILED_IN_PLACE.sub("", p)) for p in parts]
    if not all(names):
        return None
    return Byline(tuple(n for byline in names if byline for n in byline.names))


def _is_credit_tail(text: str) -> bool:
    """What follows a writer's name after a comma: an outlet or a place, in capitalised words."""
    words = text.split()
    connectors = set(header_vocabulary()["publisher_connectors"])
    return 0 < len(words) <= MAX_MASTHEAD_WORDS and all(
        w[0].isupper() or w in connectors for w in words
    )


def _masthead(plain: Sequence[str], walk: _Walk) -> int | None:
    # (the subject line of the mail that carries a newsletter may stand over its masthead)
    candidates = tuple(dropwhile(lambda c: is_mail_header(plain[c]), walk.candidates))
    if len(candidates) < 2 or walk.stopped is not None:
        return None
    first = candidates[0]
    before = walk.order[: walk.order.index(first)]
    # a site's motto row ('ON AIR NOW: ...' under its live button) is the page's own too
    if not all(
        is_mail_header(plain[n]) or _page_level(walk.meta[n]) or walk.meta[n].kind == "tag"
        for n in before
    ):
        # only page lines may stand above a masthead: a press-release marker ("NEWS
        # RELEASE"), the day's date and the site's editions, links and buttons, the header
        # of the mail that carries a newsletter
        return None
    if not is_masthead_like(_outlets_words(plain, first)):
        return None
    after = walk.meta.get(walk.order[1])
    page_line_next = after is not None and (
        after.kind == "date" or not _is_story(after)
    )  # navigation, a press-release marker, a tag line or the day's date
    anchor = _anchor(walk, candidates[1])
    taglined = anchor is not None and sum(1 for c in candidates if c < anchor) >= 3
    # 'أطلس نيوز · ATLAS WIRE' -> 'ATLAS WIRE'
    name = _without_other_script(_outlets_words(plain, first))
    named = (
        _ends_like_outlet(name)
        or is_outlet_name(outlet_name(name))  # 'ANC — AGÊNCIA NOTICIOSA DO CUNENE'
        or _styled_apart(name, plain[candidates[1]])
    )
    mentioned = _mentioned(plain, first, walk.body_start)
    # 'REPUBLIQUE DU BENIN' over 'ASSEMBLEE NATIONALE': a state's letterhead over its body
    lettered = _body_line_under_a_state(plain, first, candidates[1]) is not None
    return first if page_line_next or taglined or named or mentioned or lettered else None


def _names_an_office_of(text: str) -> bool:
    """'Office for the Coordination of Humanitarian Affairs', 'Department of Peace Operations':
    an office's name that goes on a body's name above it."""
    words = text.split()
    offices = header_vocabulary()["offices_of_a_body"]["words"]
    return (
        len(words) >= 3
        and words[0] in offices
        and words[1] in ("for", "of", "on")
        and is_masthead_like(text)
        and not text.rstrip().endswith((".", ":"))
    )


def _names_a_unit_of_a_body(text: str) -> bool:
    """'ST. KIZITO CATHOLIC PARISH – RUKOKI', 'Kisumu Branch': the name of a body's local
    unit (a parish of a diocese, a branch of a society), set as a name."""
    units = header_vocabulary()["units_of_a_body"]["words"]
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return (
        any(word in units for word in words)
        and is_masthead_like(text)
        and not text.rstrip().endswith((".", ":"))
    )


def _body_line_under_a_state(plain: Sequence[str], masthead: int, below: int) -> int | None:
    """The line of the state body's name right under a state's letterhead, or under the
    state's motto set under it ('REPUBLIQUE DU SENEGAL' / 'Un Peuple - Un But - Une Foi' /
    'MINISTERE DES PECHES ...')."""
    if below != masthead + 1:
        return None
    if _state_motto(plain[below]) and below + 1 < len(plain):
        below += 1
    return below if _body_under_a_state(plain[masthead], plain[below]) else None


def _letterhead_lines(plain: Sequence[str], masthead: int) -> set[int]:
    """The lines a state's letterhead sets under the state's name: its motto, its body's
    name (in one language or two) and the body's unit ('ASSEMBLEE NATIONALE' / 'National
    Assembly of the Republic of Benin' / 'Fraternity - Justice - Labour'); no headline."""
    if _body_line_under_a_state(plain, masthead, masthead + 1) is None:
        return set()
    lines: set[int] = set()
    number = masthead + 1
    while number < len(plain) and plain[number].strip():
        text = plain[number]
        if not (_state_motto(text) or _state_body(text) or _names_a_unit_of_a_body(text)):
            break
        lines.add(number)
        number += 1
    return lines


def _state_motto(text: str) -> bool:
    """'Un Peuple - Un But - Une Foi', 'Unity - Freedom - Justice': a state's motto, a few
    short capitalised words set apart by dashes."""
    parts = _MOTTO_PARTS.split(text.strip())
    return (
        MIN_STATE_MOTTO_PARTS <= len(parts) <= MAX_STATE_MOTTO_PARTS
        and all(1 <= len(part.split()) <= 3 and part[:1].isupper() for part in parts)
        and not re.search(r"\d", text)
    )


_MOTTO_PARTS = re.compile(r"\s+[-–—·]\s+")
MIN_STATE_MOTTO_PARTS, MAX_STATE_MOTTO_PARTS = 2, 4


def _body_under_a_state(state: str, body: str) -> bool:
    """'GOVERNMENT OF THE PUNJAB' over 'PROVINCIAL DISASTER MANAGEMENT AUTHORITY (PDMA)
    PUNJAB', 'REPUBLIC OF KENYA' over 'MINISTRY OF HEALTH': a state's letterhead, then the
    name of one of its bodies."""
    vocab = header_vocabulary()["state_letterheads"]
    opened = state.strip().casefold().startswith(tuple(f"{o} " for o in vocab["openers"]))
    return opened and _state_body(body)


def _state_body(text: str) -> bool:
    """A body's name, set as a name: 'MINISTRY OF HEALTH', 'DISTRICT HEALTH OFFICE'."""
    vocab = header_vocabulary()["state_letterheads"]
    words = re.findall(r"[^\W\d_]+", text)
    return (
        any(word.casefold() in vocab["bodies"] for word in words)
        and len(words) <= MAX_BODY_NAME_WORDS
        and all(w[0].isupper() or w in header_vocabulary()["publisher_connectors"] for w in words)
        and not _CLAUSE_END.search(text)
    )


MAX_BODY_NAME_WORDS = 10  # 'PROVINCIAL DISASTER MANAGEMENT AUTHORITY (PDMA) PUNJAB'


def _government_portal(text: str) -> bool:
    """'GOV.CO', 'GOV.UK', 'gob.mx': a government portal's banner over a ministry's site."""
    labels = header_vocabulary()["government_portal_domains"]["labels"]
    head, dot, country = text.strip().lower().partition(".")
    return bool(dot) and head in labels and country.isalpha() and 2 <= len(country) <= 3


def _site_under_a_portal(text: str) -> str | None:
    """The site's name under a portal's banner, in English where the line gives it in two
    languages ('Ministerio de Defensa Nacional | Ministry of National Defence')."""
    names = [part.strip() for part in text.split("|") if part.strip()]
    english = [name for name in names if _ends_like_outlet(name)]
    chosen = english[-1] if english else names[0] if len(names) == 1 else None
    return outlet_name(chosen) if chosen and is_masthead_like(chosen) else None


def _outlets_words(plain: Sequence[str], number: int) -> str:
    """The words of a line that may name the outlet: without its motto, or without the
    same name in a second language."""
    return _name_in_two_languages(number, plain) or _name_before_motto(plain[number])


def _name_before_motto(text: str) -> str:
    """'REVAL REVIEW     Estonia's English weekly since 2009': the name, set apart from the
    words that describe the outlet."""
    quoted = _QUOTED_MOTTO.search(text.strip())
    if quoted is not None:
        return text.strip()[: quoted.start()]  # 'Radio Amani 101.7 FM - "Your Radio, ..."'
    name, *rest = _MOTTO_GAP.split(text.strip(), maxsplit=1)
    return name if rest and _describes_outlet(rest[0]) else text


_MOTTO_GAP = re.compile(r"\s{3,}|\s+·\s+")  # as the page set it, or as read (" · ")
# a slogan in quotation marks after a dash closes the line that names the outlet
_QUOTED_MOTTO = re.compile(r"\s+[-–—|]\s+[\"“][^\"”]{3,80}[\"”]$")


def _spelled_out(letters: str, name: str) -> bool:
    """'NWA' and 'Nigerian Wire Agency'; also 'UNSSM' and 'United Nations Stabilization
    Support Mission in Mali', whose initials leave out the country it works in."""
    spelled = initials(name)
    return spelled == letters or (
        len(letters) >= MIN_PREFIX_INITIALS
        and spelled.startswith(letters)
        and len(spelled) == len(letters) + 1
        and f" in {name.split()[-1]}" in name
    )


MIN_PREFIX_INITIALS = 3


def _masthead_name(plain: Sequence[str], masthead: int) -> str:
    """The outlet's name: the masthead, or the line under initials that spells them out
    ('NWA' over 'NIGERIAN WIRE AGENCY')."""
    name = outlet_name(_outlets_words(plain, masthead))
    below = _next_line(plain, masthead)
    if below is None:
        return name
    if _government_portal(plain[masthead]):
        return _site_under_a_portal(plain[below]) or name
    if below == masthead + 1 and _names_an_office_of(plain[below]):
        # 'UNITED NATIONS' over 'Office for the Coordination of Humanitarian Affairs': one
        # name set on two lines, the body's office under the body
        return f"{name} {plain[below].strip()}"
    body = _body_line_under_a_state(plain, masthead, below)
    if body is not None:
        # 'GOVERNMENT OF THE PUNJAB' over 'PROVINCIAL DISASTER MANAGEMENT AUTHORITY': the
        # state's body, set under the state's name, issues the page; and the body's own unit
        # under it ('MINISTRY OF HEALTH' over 'NIMBA COUNTY HEALTH TEAM') or its name in
        # English under its name in the state's language, when there is one
        unit = body + 1
        if unit < len(plain) and (_names_a_unit_of_a_body(plain[unit]) or _state_body(plain[unit])):
            return outlet_name(plain[unit])
        return outlet_name(plain[body])
    if below == masthead + 1 and _names_a_unit_of_a_body(plain[below]):
        # 'CATHOLIC DIOCESE OF KASESE' over 'ST. KIZITO CATHOLIC PARISH – RUKOKI': the body's
        # own unit, set under it, issues the page
        return outlet_name(plain[below])
    spelled = outlet_name(plain[below])
    if ACRONYM.match(plain[masthead].strip()) and _spelled_out(plain[masthead].strip(), spelled):
        return spelled
    # 'IMISOZI' over 'THE HILLS HERALD': the name in the site's language, then in English
    in_english = (
        below == masthead + 1
        and _in_capitals(plain[masthead])
        and _in_capitals(plain[below])  # set alike, not a motto under the name
        and is_masthead_like(plain[below])
    )
    english = _ends_like_outlet(spelled) or spelled.startswith("The ")
    return spelled if in_english and english and not _ends_like_outlet(name) else name


def _page_level(line: HeaderLine) -> bool:
    return not line.authors and set(line.kind.split("+")) <= _PAGE_KINDS


def _title(
    plain: Sequence[str], walk: _Walk, rest: list[int], masthead: bool
) -> tuple[int | None, list[int]]:
    if not rest:
        return None, []
    if (subject := _letters_subject(plain, rest)) is not None:
        return subject, [c for c in rest if c != subject]
    marker = next((n for n in walk.order if n in walk.meta and walk.meta[n].kind == "marker"), None)
    # (a label in a document lower down, under the page's dated headline, heads no title:
    # 'COMMUNIQUÉ' over the copy of the letter that the page is posted with)
    dated = next((n for n in walk.order if n in walk.meta and walk.meta[n].published), None)
    if marker is not None and dated is not None and dated < marker:
        marker = None
    under_marker = [c for c in rest if marker is not None and c > marker]
    if under_marker:
        above = _headline_over_its_number(plain, marker, under_marker[0], rest)
        if above is not None:
            return above, [c for c in rest if c < above]
        # A press release prints its headline under "FOR IMMEDIATE RELEASE"; a line above
        # it ("Press Centre") labels the page.
        return under_marker[0], [c for c in rest if c < under_marker[0]]
    if not masthead:
        title, labels = _under_a_series_label(plain, rest)
        # 'Convoy ambushed on Ouallam road * Kirkissoye under water' between the headline
        # and the byline under it: a deck, which sums the story up
        anchor = _anchor(walk, title)
        decks = [c for c in rest if anchor is not None and title < c < anchor]
        return title, [*labels, *decks]
    rows = [n for n in walk.order if walk.meta.get(n) and walk.meta[n].kind == "nav"]
    anchor = _past_the_date_bar(walk, rest, rows, _anchor(walk, rest[0]))
    pool = [c for c in rest if anchor is None or c < anchor]
    if anchor is None or not pool:
        return _under_a_series_label(plain, rest)
    # the story's lines lie under the last row of sections above them (a breadcrumb under
    # the site's menu), where a news ticker or a site's promotions no longer stand
    row = max((r for r in rows if any(c > r for c in pool)), default=None)
    story = [c for c in pool if row is None or c > row]
    # a series label in capitals ("LIVE UPDATES | WEST BANK DAILY") is no headline, nor is
    # the section's name repeated from the row above ("World | Kurdistan | Iraq", "Kurdistan")
    sections = _section_names(plain, rows)
    headlines = [
        c
        for c in story
        if not _label_in_capitals(plain[c]) and not _section_label(plain[c], sections)
    ]
    labelled = bool(headlines) and len(headlines) < len(story)
    story = headlines or story
    if (len(story) > 1 or labelled) and row is not None and row < story[0]:
        # ... and one label dropped leaves the headline alone above the date: 'Reporter shot
        # outside his home' over 'ALERT | Mexico | Physical attack' and its day
        # Under the section row the headline comes first, then a deck set without a full
        # stop, which restates the story; above the row are the site's own lines (a motto).
        return story[0], [c for c in pool if c != story[0]]
    if len(pool) > 1 and (
        _deck_under(plain, pool[-2], pool[-1]) or _subtitle_of_report(plain, pool[-2], pool[-1])
    ):
        return pool[-2], [c for c in pool if c != pool[-2]]
    return pool[-1], pool[:-1]


def _headline_over_its_number(
    plain: Sequence[str], marker: int, under: int, rest: list[int]
) -> int | None:
    """'TIMOR-LESTE: Floods and landslides in Manatuto Municipality' right over 'Situation
    Report No. 2': a report's headline set above its numbered label, where no line right
    under the label goes on with it (the report's dates and summary come first)."""
    if not numbered_document_label(plain[marker]) or _next_line(plain, marker) == under:
        return None
    above = _previous_line(plain, marker)
    return above if above in rest else None


def _next_line(plain: Sequence[str], number: int) -> int | None:
    return next((n for n in range(number + 1, len(plain)) if plain[n].strip()), None)


def _previous_line(plain: Sequence[str], number: int) -> int | None:
    return next((n for n in range(number - 1, -1, -1) if plain[n].strip()), None)


def _letters_subject(plain: Sequence[str], rest: list[int]) -> int | None:
    """'Subject: Disclosure of Material Information - Armed Attack on ...' under a letter's
    addressees: the letter's subject line is its headline, whatever its letterhead holds."""
    addressees = _addressee_blocks(plain)
    if not addressees:
        return None
    return next((c for c in rest if c > min(addressees) and labelled_headline(plain[c])), None)


def _deck_under(plain: Sequence[str], title: int, deck: int) -> bool:
    """'The week the taps ran dry in Tagounite' over 'Stones and arrests in the Drâa valley,
    a house falls in the Fez medina, fire above ...': right under a headline, a much longer
    line that sums the story up is its deck, not the headline."""
    between = [n for n in range(title + 1, deck) if plain[n]]
    title_words, deck_words = len(plain[title].split()), len(plain[deck].split())
    return (
        not between
        and title_words >= MIN_HEADLINE_WORDS
        and not _label_in_capitals(plain[title])
        and deck_words >= MIN_DECK_WORDS
        and deck_words >= DECK_TO_TITLE * title_words
    )


def _subtitle_of_report(plain: Sequence[str], title: int, subtitle: int) -> bool:
    """'Quarterly Protection Monitoring Report' over 'North-West and North-East: Ouham, ...':
    right under the name of a document ('... Report', '... Update'), a line that says what
    it covers is its subtitle, not its title."""
    between = [n for n in range(title + 1, subtitle) if plain[n]]
    words = re.findall(r"[^\W\d_]+", plain[title].casefold())
    names = header_vocabulary()["document_names"]["names"]
    return not between and bool(words) and words[-1] in names


MIN_HEADLINE_WORDS = 4
MIN_DECK_WORDS = 15
DECK_TO_TITLE = 2


def _past_the_date_bar(
    walk: _Walk, rest: list[int], rows: list[int], anchor: int | None
) -> int | None:
    """The site's date bar over its menu is no story metadata when the story's own date
    or credits stand under a headline below the menu: that headline is the title, not
    the site's motto above the date bar."""
    if anchor is None or not walk.meta[anchor].date_line:
        return anchor
    row = max((r for r in rows if r > anchor), default=None)
    below = [c for c in rest if row is not None and c > row]
    later = _anchor(walk, below[0]) if below else None
    return later if later is not None else anchor


def _under_a_series_label(plain: Sequence[str], rest: list[int]) -> tuple[int, list[int]]:
    """'THE WEEK IN THE NORTH' over 'Herder found alive after ...': a label in capitals
    is no headline when the next line is set in ordinary case; it labels the story."""
    in_capitals = [_label_in_capitals(plain[n]) for n in rest[:2]]
    return (rest[1], [rest[0]]) if in_capitals == [True, False] else (rest[0], [])


def _section_label(text: str, sections: frozenset[str]) -> bool:
    """A section's name over the headline: an item of the navigation rows ('Kurdistan'), or
    a few words ending in one ('Local News' under 'News | Fire | Sports')."""
    words = text.casefold().split()
    return text.casefold() in sections or (
        0 < len(words) <= MAX_SECTION_LABEL_WORDS and words[-1] in sections
    )


def _section_names(plain: Sequence[str], rows: list[int]) -> frozenset[str]:
    """The items of the navigation rows, case-folded; a breadcrumb's last item is the page
    itself ('Home > Communiqués > Communiqué on the abduction of ...'), whose headline
    repeats it, and no section."""
    names = set()
    for row in rows:
        items = NAV_SEPARATOR.split(plain[row])
        if _BREADCRUMB_ARROW.search(plain[row]) and len(items[-1].split()) >= MIN_HEADLINE_WORDS:
            items = items[:-1]
        names.update(item.strip().casefold() for item in items)
    return frozenset(names)


_BREADCRUMB_ARROW = re.compile(r"\s[>»›→]\s")
MIN_HEADLINE_WORDS = 4


def _cut(walk: _Walk, rest: list[int], title: int | None) -> int | None:
    """The first body line: a candidate under the title with no metadata below it ends the
    header (it is a short first paragraph or a subheading), else the line that ended the walk.
    """
    if title is None:
        return walk.body_start
    for candidate in (c for c in rest if c > title):
        if not any(n > candidate and n in walk.meta for n in walk.order):
            return candidate
    return walk.body_start


def _anchor(walk: _Walk, after: int) -> int | None:
    """The first line of story metadata below line `after`."""
    story = (n for n in walk.order if n > after and n in walk.meta and _is_story(walk.meta[n]))
    return next(story, None)


def _is_story(line: HeaderLine) -> bool:
    return any(kind in STORY_KINDS for kind in line.kind.split("+"))


def _before(number: int, body_start: int | None) -> bool:
    return body_start is None or number < body_start


def _is_standfirst(number: int, plain: Sequence[str], following: list[int]) -> bool:
    """A one-paragraph summary under the title, recognised by the byline or date under it."""
    text = plain[number]
    if not following or len(text) > MAX_STANDFIRST_CHARS:
        return False
    if number + 1 < len(plain) and plain[number + 1]:
        return False  # a paragraph of several lines is body text
    # the lead photo's caption or a link to the story in another language may stand between
    # the summary and the byline under it
    # ('Détails', a site's label over its block of writers and dates, too)
    following = [
        n
        for n in following
        if not (is_photo_caption(plain[n]) or _language_link(plain[n]) or is_site_action(plain[n]))
    ] or following
    after = (
        classify(following[0], plain[following[0]])
        or _name_above_metadata(following[0], plain, following[1:])
        or _byline_label(following[0], plain[following[0]])
    )
    if after is None or after.kind == "separator":
        return False
    # An opening dateline marks the body, unless a byline or date still follows: "BMD -
    # Floods have ..." over "HOAI NAM - THANH HA" is a summary signed with the initials.
    return parse_dateline(text) is None or bool(after.authors or after.published)


def _lowercase_brand(number: int, plain: Sequence[str]) -> bool:
    """A site's name printed in lower case as its brand ('la rambla'): a short line of
    lower-case words that the page prints again as it is, in a credit ('(A B / la rambla)')."""
    text = plain[number].strip()
    name = without_edition(text)
    if name != text and _LOWERCASE_NAME.fullmatch(name.strip()):
        return True  # "pnyka24.gr · English Edition": the name beside its edition says enough
    if not _LOWERCASE_NAME.fullmatch(text):
        return False
    credit = re.compile(rf"(?:[/(]\s*|\btold\s+){re.escape(text)}\b")
    return any(credit.search(line) for n, line in enumerate(plain) if n != number)


_LOWERCASE_NAME = re.compile(r"[a-zà-ÿ][a-zà-ÿ0-9.\-]*(?: [a-zà-ÿ][a-zà-ÿ0-9.\-]*){0,2}")


def is_masthead_like(text: str) -> bool:
    """A short name in capitals or title case, without sentence punctuation; beside its
    spellings in other scripts, read in Latin letters."""
    text = _without_other_script(text)
    text = without_edition(text)  # "pnyka24.gr · English Edition"
    if _LOWERCASE_NAME.fullmatch(text.strip()):
        return True  # only a brand in lower case is ever a candidate ('la rambla')
    # 'CIVILIAN PROTECTION WATCH – CENTRAL AFRICAN REPUBLIC (CPW-CAR)': the words of the
    # name count, not its initials or the dash between its parts
    # the words that join a ministry's name count no more ('MINISTRY OF FOREIGN AFFAIRS OF
    # THE REPUBLIC OF X')
    connectors = set(header_vocabulary()["publisher_connectors"])
    words = [
        w
        for w in _MASTHEAD_SUFFIX.sub("", text).split()
        if w not in _DASHES and w.lower() not in connectors
    ]
    name = [w for w in outlet_name(text).split() if w not in _DASHES]
    return (
        len(words) <= MAX_MASTHEAD_WORDS
        and not _CLAUSE_END.search(text)
        and is_publisher(" ".join(name))
    )


_DASHES = frozenset({"-", "–", "—"})


def _styled_apart(first: str, second: str) -> bool:
    """A short capitalised name above a headline in sentence case: "Coast Voice" above
    "Two elephants poached near Voi"."""
    connectors = set(header_vocabulary()["publisher_connectors"])
    lowercase = [w for w in second.split()[1:] if w[0].islower() and w not in connectors]
    return len(first.split()) <= MAX_STYLED_MASTHEAD_WORDS and len(lowercase) >= 2


def _mentioned(plain: Sequence[str], first: int, body_start: int | None) -> bool:
    """Whether the body names the line's text, as outlets name themselves ("told Coast Voice")."""
    if body_start is None:
        return False
    name = outlet_name(plain[first]).removeprefix("The ").lower()
    return any(name in line.lower() for line in plain[body_start:])


def _ends_like_outlet(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    heads = set(header_vocabulary()["outlet_name_heads"])
    # a body named by its head, then what it is of: 'MINISTRY OF FOREIGN AFFAIRS OF ...'
    head_of = len(words) > 2 and words[0].lower() in heads and words[1].lower() == "of"
    # a state's post abroad named by where it is: 'U.S. Embassy in Lebanon'
    posts = header_vocabulary()["posts_abroad"]["words"]
    posted = any(
        words[i].lower() in posts and words[i + 1].lower() in ("in", "to")
        for i in range(len(words) - 2)
    )
    return (
        words[-1].lower() in heads
        or head_of
        or posted
        or any(p.match(words[0]) for p in _masthead_patterns())
    )


@lru_cache(maxsize=1)
def _masthead_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in header_vocabulary()["masthead_patterns"])


# What a masthead line prints after the name: its abbreviation ("Northern Forum (NF)") or a
# short section label ("Nile Dispatch | LIVE").
# "Nile Dispatch (NDN)", "Nile Dispatch | LIVE", "WSDX 13 | Birmingham, AL": the name, less
# its initials, a label or the city it broadcasts from
_MASTHEAD_SUFFIX = re.compile(
    r"\s*(?:\([A-Z][A-Za-z]{1,9}(?:-[A-Z]{2,5})?\)"
    r"|\|\s*[A-Z][\w ]{0,15}(?:,\s*[A-Z][\w.]{1,12})?)\s*$"
)


# "APN — AGÊNCIA PALANCA DE NOTÍCIAS": the initials, a dash, then the name spelt out
_MASTHEAD_INITIALS = re.compile(r"^\s*[A-Z]{2,10}\s+[—–-]\s+(?=\S+\s+\S)")


def _without_own_initials(text: str) -> str:
    """ "Copperbelt University Students' Union - COBUSU": the name without its own initials
    after a dash, where the initials of its words, in order, are among their letters ('Radio
    Okapi - RTNC' names two bodies)."""
    found = _TRAILING_INITIALS.search(text)
    if found is None:
        return text
    name, letters = text[: found.start()], found["letters"]
    heads = [w[0].upper() for w in name.split() if w[:1].isupper()]
    if len(heads) < 2 or heads[0] != letters[0]:
        return text
    remaining = iter(letters)
    return name if all(head in remaining for head in heads) else text


_TRAILING_INITIALS = re.compile(r"\s+[—–-]\s+(?P<letters>[A-Z]{2,8})\s*$")


def without_edition(text: str) -> str:
    """A site's name without the language edition printed beside it ('DORĆOL PRES · English
    Service' -> 'DORĆOL PRES'); other text as it is."""
    name, separator, edition = text.rpartition(" · ")
    return name if separator and is_edition_name(edition) else text


def outlet_name(text: str) -> str:
    """A masthead in capitals as a name is written: "THE BAY COURIER" -> "The Bay Courier".

    Words without a vowel ("KBTX", "BBC") are kept in capitals: they are call signs or
    abbreviations, not words set in capitals.
    """
    text = _without_other_script(_MASTHEAD_SUFFIX.sub("", without_leading_symbols(text)))
    text = without_edition(text)  # "DORĆOL PRES · English Service"
    text = _MASTHEAD_INITIALS.sub("", text)
    text = _without_own_initials(text)
    domain = _DOMAIN_SUFFIX.search(text)  # "SINJALI.al": a name in capitals, then its domain
    if domain and domain.start() and text[: domain.start()] == text[: domain.start()].upper():
        return outlet_name(text[: domain.start()]) + domain.group()
    if not any(ch.isalpha() for ch in text) or text != text.upper():
        return text
    if _INITIALS.match(text):
        return text  # "UFQ": a name of one short word in capitals is initials
    connectors = set(header_vocabulary()["publisher_connectors"])
    shortened = name_abbreviations()
    words = []
    for position, word in enumerate(text.split()):
        if position and word.lower() in connectors:
            words.append(word.lower())
        elif word.endswith(".") and word[:-1].casefold() in shortened:
            words.append(word.capitalize())  # "ST. KIZITO" -> "St. Kizito"
        elif not _VOWEL.search(unicodedata.normalize("NFKD", word)) or _POINTED.fullmatch(word):
            words.append(word)  # "KBTX": a call sign; "U.S.": initials with their points
        elif _BRACKETED_INITIALS.fullmatch(word):
            words.append(word)  # "(PDMA)": the name's initials in brackets
        else:
            words.append("-".join(map(_capitalised_part, word.split("-"))))
    return " ".join(words)


_INITIALS = re.compile(r"^[A-Z]{2,3}$")
_BRACKETED_INITIALS = re.compile(r"\([A-Z]{2,8}\)")
_POINTED = re.compile(r"(?:[A-Z]\.){2,}")
_DOMAIN_SUFFIX = re.compile(r"(?:\.[a-z]{2,4})+$")
_VOWEL = re.compile(r"[AEIOUYƏ]")  # after accents are split off: "ŞƏFƏQ", "ÖRTÖÖ" are words
_ELISION = re.compile(r"^(?P<article>[^\W\d_]{1,4}['’])(?P<rest>[^\W\d_].*)$")


def _capitalised_part(word: str) -> str:
    """'ETNA' -> 'Etna'; an elided article keeps the name after it capitalised: "DELL'ETNA" ->
    "Dell'Etna", "L'ÉCHO" -> "L'Écho"."""
    elided = _ELISION.match(word)
    if elided is None:
        return word.capitalize()
    return elided.group("article").capitalize() + elided.group("rest").capitalize()


def _is_stopped_title(text: str, plain: Sequence[str], following: list[int]) -> bool:
    """A headline printed with a full stop, recognised by the header or dateline after it."""
    if not following or not text.endswith(".") or text.endswith(".."):
        return False
    if len(text.split()) > MAX_STOPPED_TITLE_WORDS or "." in text.split()[-1][:-1]:
        return False  # too long for a headline, or the stop belongs to "U.S."
    if not is_title_like(text[:-1]):
        return False
    after = plain[following[0]]
    if classify(following[0], after) is not None or parse_dateline(after) is not None:
        return True
    return _is_title_case(text)


def _page_lines_only(order: list[int], meta: dict[int, HeaderLine]) -> bool:
    """Only the site's own lines, its name and its motto (no headline yet) stand above."""
    return bool(order) and all(
        n not in meta or _page_level(meta[n]) or "tag" in meta[n].kind.split("+") for n in order
    )


def _headline_of_sentences(text: str, plain: Sequence[str], following: list[int]) -> bool:
    """'Yemen's war has not paused. We have only stopped counting.': a headline of two short
    sentences, each one set as a headline (the last perhaps without its stop), with the
    writer's card or the date a few lines below (under a standfirst)."""
    sentences = re.split(r"(?<=[.!?])\s+", text.strip())
    if len(sentences) != 2 or _CLAUSE_END.search(text.rstrip(".")):
        return False
    if len(text.split()) > MAX_STOPPED_TITLE_WORDS:
        return False
    if not all(is_title_like(sentence.rstrip(".")) for sentence in sentences):
        return False
    below = following[:HEADLINE_CARD_LINES]
    return any(_dated_or_signed(classify(n, plain[n])) for n in below)


def _dated_or_signed(line: HeaderLine | None) -> bool:
    return line is not None and (line.published is not None or bool(line.authors))


def _is_title_case(text: str) -> bool:
    """Headline capitalisation ("Donor and Candidate May Be Aligning"), rare in a lede."""
    long_words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 4]
    capitalised = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 3 and capitalised >= _TITLE_CASE_SHARE * len(long_words)


def _stands_alone(number: int, plain: Sequence[str]) -> bool:
    """Whether the line at `number` is not the first line of a wrapped paragraph."""
    following = plain[number + 1] if number + 1 < len(plain) else ""
    if not following or classify(number + 1, following) is not None or _is_motto(following):
        return True
    if _state_motto(following):
        return True  # a state body's name over the state's motto ('Fraternity - Justice')
    if _in_capitals(plain[number]) and not _in_capitals(following):
        return True  # 'APN — AGÊNCIA PALANCA DE NOTÍCIAS' over 'Agência Noticiosa Nacional'
    if _name_in_two_languages(number, plain):
        return True
    return not paragraph_continues([plain[number], following])


def _name_in_two_languages(number: int, plain: Sequence[str]) -> str | None:
    """The first of two names on a page's first line ('Red Suroccidente Solidaria | Southwest
    Solidarity Network'): an outlet's name, then the same in a second language. A state's
    name beside its body's ('Republic of X | Department of Y') heads a letterhead instead,
    and two names lower down label a section ('THE WEEK IN X | D'WOCH AM RÉCKBLÉCK')."""
    if any(line.strip() for line in plain[:number]):
        return None
    named, bar, other = plain[number].strip().partition(" | ")
    openers = tuple(header_vocabulary()["state_letterheads"]["openers"])
    if not bar or " | " in other or named.casefold().startswith(openers):
        return None
    two_words = len(named.split()) > 1 and len(other.split()) > 1
    return named if two_words and is_masthead_like(named) and is_masthead_like(other) else None


def _logo_in_capitals(text: str) -> bool:
    """'AGENCIA SAGUIA PRESS': two words or more in capitals, and no figures (a rate of
    exchange, '1 € = 10,78 DH', is none)."""
    words = re.findall(r"[^\W\d_]{2,}", text)
    return len(words) > 1 and _in_capitals(text) and not re.search(r"\d", text)


def _label_in_capitals(text: str) -> bool:
    """'LIVE UPDATES | WEST BANK DAILY', 'FAROE WEEK · Nr. 36/2027 · VIKUYVIRLIT': its words
    in capitals, but for short abbreviations ('Nr.'). A row opened by a name in capitals
    is a programme's or series' label too ('THE WEEK IN THE NORTH-WEST | As heard on
    Morning News', 'THE CAUCA REPORT · Evening bulletin, Thursday 13/03/2031')."""
    first, *others = NAV_SEPARATOR.split(text.strip())
    if others and first.strip() and _label_in_capitals(first):
        return True
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 2]
    return text == text.upper() or (len(words) > 1 and all(w.isupper() for w in words))


def _in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) > 1 and all(ch.isupper() for ch in letters)


def is_title_like(text: str) -> bool:
    return (
        len(text) <= MAX_TITLE_CHARS
        and len(text.split()) <= MAX_TITLE_WORDS
        and not _CLAUSE_END.search(text)
        and not _SENTENCE_INSIDE.search(text)
        and not text[0].islower()
        and not is_separator(text)
    )
