"""Bylines: "By Jane Doe and John Roe", "Articles by: X", "Posted by X on June 4, 2021",
"Author: Jane Doe (Example News)"; and wire credit lines at the foot of a story,
"(Reporting by Jane Doe; Writing by John Roe; Editing by Ann Lee)".

A line is a byline only if everything after the label reads as names (capitalised words,
name particles, initials) or as a role ("Staff Reporter"); "By the end of 2019, ..." is not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from claimtrail.ingest.language import function_words
from claimtrail.ingest.pubdate import find_date, header_vocabulary
from claimtrail.names import spelled_by
from claimtrail.vocab import read_data

MAX_NAME_WORDS = 5
MAX_BYLINE_CHARS = 120
"""A longer line is a sentence that happens to start with "By"."""
# names joined in English, Spanish, Portuguese, French, German, Dutch, Indonesian, Swahili,
# Tok Pisin, Tetum, the Nordic languages, Hungarian, Finnish, Estonian, Luxembourgish or
# Greenlandic ("Ana Cruz y Tomás Soto", "Eva Huber und Jan Ott", "Juma Ali na Rehema Said",
# "Ana Belo no Rui Soares", "Eva Berg og Jon Dal", "Lynn Weis an Tom Hoffmann", "Naja Lynge,
# Sisimiut, aamma Tobias Frederiksen"), or
# two of them in two languages ("A na / et B"); a joiner
# before a lowercase word only when an unnamed writer follows ("... y un corresponsal")
_AND = r"(?:y|e|et|und|en|dan|na|no|mo|og|och|és|ja|an|aamma)"
_SPLIT_NAMES = re.compile(
    rf"\s*(?:,\s*(?:and|{_AND})\s+(?=[A-Z])|,|;|&|\band\b|\s(?:{_AND}\s/\s)?{_AND}\s(?=[A-ZÀ-ÖØ-Þ]|(?:un|una|une)\s)"
    # Sesotho and Setswana 'le', and the 'i' and 'и' of the South Slavic languages and Polish
    # ('and'), before a full name; not the particle of 'Jacques le Roux' nor Catalan 'Pujol i
    # Soley'
    r"|\s(?:le|i|и)\s(?=['’]?[A-ZÀ-ÖØ-Þ][\w'’-]*\s+[A-ZÀ-ÖØ-Þ]))\s*"
)
_SEGMENTS = re.compile(r"\s+[|•·—–-]\s+|\s*\|\s*")
# "... in Ramallah", "... à Mutsamudu": where a writer filed from, after the name
FILED_IN_PLACE = re.compile(r"\s+(?:in|à)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*$")
_TRAILING = re.compile(r"[\s,;:|•·—–-]*(?:\b(?:on|updated|published|posted)\b[\s,:]*)*$", re.I)
_INITIAL = re.compile(r"^[A-Z]\.(?:[A-Z]\.)*$")
_PLACE_ALONE = re.compile(r"^(?:in|à|en|em|a|au)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
FILED_IN_BRACKETS = re.compile(r"\s*\(in\s+[A-Z][^()]{1,40}\)\s*$")
BRACKETED = re.compile(r"\s*\([^()]{1,40}\)")  # "(Gulu)", "(Puno correspondent)"
_BRACKET_BEFORE_NAME = re.compile(
    BRACKETED.pattern + r"(?=\s*(?:,|;|&|\b(?:and|y|et|e|und|na|i|и)\b))"
)
# "From Tafara Mudzingwa in Kadoma": a house style naming the writer and where they filed
_FROM_WHERE_FILED = re.compile(
    r"^(?-i:From)\s+(?P<rest>(?-i:[A-Z][a-z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}\s+in\s+[A-Z].*)$"
)
# "E.Temuulen": an initial joined to the name, as Mongolian and some Central Asian sites
# print writers' names; one word, yet no place the story was filed from
_INITIAL_JOINED = re.compile(r"^[^\W\d_]\.[^\W\d_][^\W\d_A-ZА-Я]{2,}$")
_OUTLET = re.compile(r"\s*\((?P<outlet>[A-Z0-9][^()]{1,40})\)\s*$")
_AGENCY = r"[A-Za-z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?"
_WITH_AGENCIES = re.compile(rf"^(?P<names>.+?)\s+with\s+{_AGENCY}(?:\s*(?:,|and)\s*{_AGENCY})*$")
_NOT_IN_NAMES = re.compile(r"[+=*#@/\\<>%]")
_CAPS_NAME = r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}"
# "HOAI NAM - THANH HA (correspondents in Hue), with additional reporting by VNA"
_CAPITALS_SIGNATURE = re.compile(
    rf"^(?P<names>{_CAPS_NAME}(?: - {_CAPS_NAME})*)(?P<note>\s*\([^()]{{1,80}}\))?"
    r"(?:,?\s*(?:with\s+)?additional\s+reporting\s+by\s+\S.*)?$"
)
_CREDIT = re.compile(r"^(?P<role>[A-Za-z][A-Za-z -]{1,30}?)\s+by\s+(?P<names>\S.*)$", re.I)


@dataclass(frozen=True)
class Byline:
    names: tuple[str, ...]
    published: date | None = None
    outlet: str | None = None


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    labels = sorted(header_vocabulary()["byline_labels"], key=len, reverse=True)
    alternatives = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
    # a bilingual site prints the label twice: "Por / By Ana Cruz"
    label = rf"(?:{alternatives})(?:\s*/\s*(?:{alternatives}))?"
    return re.compile(rf"^{label}\b\s*:?\s*(?P<rest>\S.*)$", re.IGNORECASE)


def parse_byline(line: str) -> Byline | None:
    """The names (and a date printed with them) of a byline, or None if `line` is not one."""
    m = _label_pattern().match(line.strip()) or _FROM_WHERE_FILED.match(line.strip())
    if m is None or len(line) > MAX_BYLINE_CHARS or _REPORTING_BY.match(line.strip()):
        return None  # "Reporting by A": a credit, read as one; "Reporting: A, B" a byline
    rest, published = _cut_date(m.group("rest"))
    rest, *others = _SEGMENTS.split(rest)
    # "Reporters: A B, Gelephu · C D, Thimphu": each writer with their town, set apart
    more = [name for segment in others if (name := writer_with_town(segment)) is not None]
    if more and (first := writer_with_town(rest)) is not None:
        rest = first  # "A (Tizi Ouzou) – B (Béjaïa)": the first bracket is a town too, no outlet
    rest = _RELATIVE_CLAUSE.sub("", rest)  # "and our correspondents, whose names we withhold"
    rest = BRACKETED.sub(_unless_role_note, rest)  # "Ana Cruz (Puno correspondent)"
    if len(BRACKETED.findall(rest)) > 1:
        rest = BRACKETED.sub("", rest)  # "A (Nabatieh) and B (Beirut)": where each filed from
    rest = _BRACKET_BEFORE_NAME.sub("", rest)  # "A (Dalanzadgad), B": where A filed from
    outlet = None
    rest = FILED_IN_BRACKETS.sub("", rest)  # "By Ana Cruz (in Bor)"
    if found := _OUTLET.search(rest):
        outlet, rest = found.group("outlet").strip(), rest[: found.start()]
    rest = FILED_IN_PLACE.sub("", rest)
    names: list[str] = []
    for position, item in enumerate(_SPLIT_NAMES.split(rest)):
        item = FILED_IN_PLACE.sub("", item).strip(" .,")  # "A in Erbil and B in Duhok"
        if position > 0:
            item = _WITH.sub("", item)  # "Par A, avec B": a second writer
        if not item or _is_role(item, after_name=position > 0) or _newsroom_of_a_town(item):
            continue
        if position > 0 and names and _PLACE_ALONE.match(item):
            continue  # "A, correspondant à Dapaong, et B, à Lomé": where B filed from
        if position > 0 and is_outlet_name(item):
            outlet = outlet or item  # "By Salma Haddad, The Levant Ledger"
            continue
        one_word = len(item.split()) == 1 and not _INITIAL.match(item)
        if position > 0 and names and one_word and not _INITIAL_JOINED.match(item):
            continue  # "By Ademola Ojo, Lokoja": where the story was filed, not a name
        if not _is_name(item):
            return None
        names.append(item)
    names += more if names else []
    return Byline(tuple(dict.fromkeys(names)), published, outlet) if names else None


def _newsroom_of_a_town(item: str) -> bool:
    """'Redacción La Paz', and a browser's translation of it, 'Drafting La Paz': the
    newsroom's word before the town it works from signs for no one by name."""
    word, _, town = item.partition(" ")
    collective = header_vocabulary()["collective_signatures"]
    return word.lower() in collective and bool(_TOWN.fullmatch(town))


_TOWN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_REPORTING_BY = re.compile(r"^reporting\s+(?!:)", re.I)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:whose|who|which)\s.*$")


def writer_with_town(segment: str) -> str | None:
    """'Dechen Wangmo, Thimphu', 'Samba Diagana (Sélibaby)': a full name and the town the
    writer filed from; or a name written after the initial of the father's ('Ts.Nandin-Erdene'),
    as Mongolian bylines print them."""
    if _PATRONYMIC_INITIAL.fullmatch(segment.strip()):
        return segment.strip()
    bracketed = _NAME_THEN_TOWN.fullmatch(segment.strip())
    name, comma, town = segment.strip().partition(",")
    if bracketed is not None:
        name, comma, town = bracketed["name"], ",", bracketed["town"]
    if comma and len(name.split()) > 1 and _is_name(name) and _SIGNED_FROM.match(town.strip()):
        # 'Herald Newsroom, Castries' is the desk the writers filed with, no writer
        return None if _is_role(name.strip(), after_name=False) else name.strip()
    return None


_NAME_THEN_TOWN = re.compile(r"(?P<name>[^()]+?)\s*\((?P<town>[^()]+)\)")
_PATRONYMIC_INITIAL = re.compile(r"[A-Z][a-z]?\.[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def opens_with_byline_label(line: str) -> bool:
    """'By ...', 'Por: ...': a line led by a byline's label."""
    return _label_pattern().match(line.strip()) is not None


def without_byline_label(line: str) -> str:
    """'Compiled by the English Desk' -> 'the English Desk'."""
    m = _label_pattern().match(line.strip())
    return m.group("rest") if m else line.strip()


def is_unnamed_byline(line: str) -> bool:
    """'By Herald reporters', 'By Staff Reporter', 'By Our Correspondent', 'Por Redacción La
    Paz': a byline naming a newsroom or a role, and no writer."""
    m = _label_pattern().match(line.strip())
    if m is None or len(line) > MAX_BYLINE_CHARS:
        return False
    rest = m.group("rest").strip(" .")
    short = 0 < len(rest.split()) <= MAX_UNNAMED_BYLINE_WORDS
    return short and (_is_role(rest, after_name=True) or _newsroom_of_a_town(rest))


MAX_UNNAMED_BYLINE_WORDS = 4


def _unless_role_note(found: re.Match[str]) -> str:
    """A bracket after a name that gives the writer's role is dropped; any other is kept."""
    return "" if _is_role_note(found.group(0)) else found.group(0)


def _is_role_note(text: str) -> bool:
    """'(Puno correspondent)': a role word that is no word of an outlet's name ('News'); or
    a note on the name itself, '(pen name)'."""
    vocab = header_vocabulary()
    if text.strip(" ()").lower() in vocab["byline_name_notes"]:
        return True
    roles = set(vocab["byline_role_words"]) - set(vocab["outlet_name_heads"])
    return bool(set(re.findall(r"[a-z]+", text.lower())) & roles)


def parse_signature(line: str) -> Byline | None:
    """A byline without a label: a full name and the writer's role, "Ana Mbeki, correspondent
    in Bangui" or "Lena Park, Staff Writer", or the agencies the writer drew on, "Ana Mbeki
    with Reuters, AFP, dpa"."""
    credited = _OUTLET.search(line.strip())
    if credited is not None and spells_initials(
        line.strip()[: credited.start()], credited["outlet"]
    ):
        return None  # "AGENCIA ISTMO DE NOTICIAS (AIN)": a masthead with its initials
    if credited is not None and credited.start() > 0 and len(line) <= MAX_BYLINE_CHARS:
        # "Siti Rahmawati and Bagus Prakoso (Nusantara Herald)"
        byline = parse_byline(f"By {line.strip()}")
        heads = set(header_vocabulary()["outlet_name_heads"])
        if byline is not None and all(
            len(n.split()) > 1 and n.split()[-1].lower() not in heads and not is_outlet_name(n)
            for n in byline.names
        ):
            return byline  # not "Lakeside Relief Forum (LRF)", a masthead
    if (capitals := _capitals_signature(line.strip())) is not None:
        return capitals
    drawn = _WITH_AGENCIES.match(line.strip())
    if drawn is not None and len(line) <= MAX_BYLINE_CHARS:
        byline = parse_byline(f"By {drawn.group('names')}")
        if byline is not None and all(len(n.split()) > 1 for n in byline.names):
            return byline
    name, comma, role = line.strip().partition(",")
    role = FILED_IN_PLACE.sub("", role.strip()).strip(" .")
    if not comma or len(name.split()) < 2 or not _is_name(name) or not role:
        return None
    if len(line) > MAX_BYLINE_CHARS or not _is_role(role, after_name=True):
        return None
    return Byline((name.strip(),))


def parse_closing_signature(line: str) -> Byline | None:
    """Under the story, a writer signing with a role or the town they wrote from: 'Ana Diallo,
    correspondant régional à Boké', 'Ana Diallo, Conakry', 'Avec la collaboration de Ana
    Diallo, à Siguiri'."""
    text = _closing_opener().sub("", line.strip()).rstrip(" .")
    if (signed := parse_signature(text)) is not None:
        return signed
    name = writer_with_town(text)
    return Byline((name,)) if name is not None else None


_SIGNED_FROM = re.compile(
    r"^(?:(?:in|à|en|em|a|au|from|de|desde)\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$"
)


@lru_cache(maxsize=1)
def _closing_opener() -> re.Pattern[str]:
    openers = sorted(header_vocabulary()["closing_signature_openers"], key=len, reverse=True)
    return re.compile(rf"^(?:{'|'.join(map(re.escape, openers))})\s+(?=[A-Z])", re.I)


def spells_initials(name: str, letters: str) -> bool:
    """Whether `letters` are the initials of `name`, its small words and name particles left
    out: 'AGENCIA ISTMO DE NOTICIAS' and 'AIN'."""
    small = function_words() | set(header_vocabulary()["name_particles"])
    return spelled_by(name, letters.strip(), small)


def _capitals_signature(line: str) -> Byline | None:
    """Writers' names in capitals joined by dashes, as some Asian dailies sign ('HOAI NAM -
    THANH HA'), or one such name with a role note in brackets. One name in capitals alone
    could be a masthead."""
    m = _CAPITALS_SIGNATURE.match(line)
    if m is None or len(line) > MAX_BYLINE_CHARS + 40:
        return None
    names = tuple(name.strip() for name in m.group("names").split(" - "))
    heads = set(header_vocabulary()["outlet_name_heads"])
    words = {word.lower() for name in names for word in name.split()}
    if words & (function_words() | heads):
        return None  # "THE BAY COURIER - LOCAL NEWS": a masthead and its section
    if len(names) < 2 and not _is_role_note(m.group("note") or ""):
        return None
    return Byline(names)


def without_honorific(name: str) -> str:
    """'Mr. Lochoro Peter Angella', 'Father Ana Ruiz' -> the name without the title."""
    words = name.split()
    while len(words) > 2 and words[0].casefold().rstrip(".") in _titles():
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    titles = read_data("titles.json")
    written = [*titles["abbreviations"], *titles["titles_in_full"], *titles["honorifics"]]
    return frozenset(t.casefold().rstrip(".") for t in written)


def parse_bare_name(line: str) -> Byline | None:
    """A byline printed as the writer's name alone ("Roshan Thapa Magar"): two to four
    capitalised words. Only the lines around it can tell it from a short headline."""
    name = line.strip()
    words = len(name.split())
    if not (2 <= words <= 4 or _INITIAL_JOINED.match(name)):
        return None
    if not _is_name(name) or is_outlet_name(name):
        return None
    vocab = header_vocabulary()
    if name.split()[-1].lower() in vocab["outlet_name_heads"]:
        return None  # "Lakeside Water Authority" above a press release's date
    if name.split()[-1].lower() in vocab["newsletter_name_heads"]:
        return None  # "Morning Briefing | Thursday, 24 April 2031": the newsletter's name
    if _is_role(name, after_name=True):
        return None  # "Crime Reporter" under the writer's name
    if _a_rank(name):
        return None  # "Police General" under a signer's name
    return Byline((name,))


def _a_rank(name: str) -> bool:
    """'Police General', 'Brigadier General': ranks, after a service's name at most."""
    written = header_vocabulary()["ranks_written_out"]
    words = name.lower().split()
    if words[0] in written["services"]:
        words = words[1:]
    return bool(words) and all(word in written["ranks"] for word in words)


def after_name_joiner(line: str) -> str | None:
    """'and Rudo Mushonga in Kwekwe': what follows a byline's name joiner opening the line."""
    found = _SPLIT_NAMES.match(" " + line.strip())
    if found is None or not found.group().strip(" ,;"):
        return None
    return (" " + line.strip())[found.end() :] or None


def parse_bare_names(line: str) -> Byline | None:
    """Writers' names alone, joined as in a byline: 'Kong Sreyneth and Ouk Chanboth'."""
    parts = [part for part in _SPLIT_NAMES.split(line.strip()) if part]
    names = [parse_bare_name(part) for part in parts]
    if len(parts) < 2 or not all(names):
        return parse_bare_name(line)
    return Byline(tuple(name.names[0] for name in names if name is not None))


def parse_credits(line: str) -> tuple[str, ...] | None:
    """The authors a wire credit line names, or None if `line` is not a credit line.

    Writers and reporters are authors; editors and "additional reporting" are not, as in the
    byline the same outlets print above a story.
    """
    vocab = header_vocabulary()
    authors, others = set(vocab["credit_author_roles"]), set(vocab["credit_other_roles"])
    parts = [part.strip() for part in line.strip().strip("().").split(";") if part.strip()]
    names: list[str] = []
    for part in parts:
        m = _CREDIT.match(part)
        role = m.group("role").lower() if m else ""
        if m is None or role not in authors | others:
            return None
        if role in authors:
            byline = parse_byline(f"By {m.group('names')}")
            if byline is None:
                return None
            names.extend(byline.names)
    return tuple(dict.fromkeys(names)) if parts else None


def _cut_date(text: str) -> tuple[str, date | None]:
    found = find_date(text)
    if found is None:
        return text, None
    return _TRAILING.sub("", text[: found.start]), found.value


def names_a_role(item: str) -> bool:
    """'Staff Correspondent', 'Enviada especial al Chaco Central': a writer's role after the
    name, as a byline prints it."""
    return bool(item.split()) and _is_role(item, after_name=True)


def _is_role(item: str, after_name: bool) -> bool:
    """A role such as "Staff Reporter"; after a name also "Crime Reporter" or "Defence
    Correspondent", by the last word (alone, "South Desk" is how some outlets sign)."""
    vocab = header_vocabulary()
    roles = set(vocab["byline_role_words"])
    words = item.lower().split()
    if words[-1] in vocab["collective_signatures"]:
        return True  # "Herald Staff", "AFP Team": a newsroom, no author
    if len(words) > 1 and words[0] in _UNNAMED:
        words = words[1:]  # "... y un corresponsal de EL RAUDAL", "Our Correspondent": unnamed
    return words[0] in roles or (after_name and len(words) > 1 and words[-1] in roles)


# "Par A, avec B", "By A in Mogadishu, with additional reporting by B": a second writer
_WITH = re.compile(
    r"^(?:(?:with\s+)?(?:additional\s+)?reporting\s+by\s+|(?:with|avec|con|com|mit)\s+)"
    r"(?=[A-Z])"
)
_UNNAMED = frozenset({"a", "an", "our", "un", "una", "nuestro", "nuestra", "une", "notre"})


def is_outlet_name(item: str) -> bool:
    """A name that ends like an outlet's ('Valley Dispatch') or, in Spanish, French or
    Portuguese, opens like one ('La Prensa del Alto Apure', 'Le Journal de Kinshasa')."""
    words = item.split()
    if len(words) < 2:
        return False
    heads = set(header_vocabulary()["outlet_name_heads"])
    if words[-1].lower() in heads and words[-1][0].isupper():
        return True
    openings = header_vocabulary()["outlet_name_openings"]
    first = words[1] if words[0].lower() in openings["articles"] else words[0]
    return first[:1].isupper() and first.lower() in openings["heads"]


def _is_name(item: str) -> bool:
    words = item.split()
    if not 1 <= len(words) <= MAX_NAME_WORDS or any(ch.isdigit() for ch in item):
        return False
    particles = set(header_vocabulary()["name_particles"])
    if words[-1].lower() in particles or any(w.casefold() in _PREPOSITIONS for w in words):
        return False  # 'In English — News from the valleys', 'LITORAL IN ENGLISH': a label
    if words[0].casefold() == "the":
        return False  # 'THE WEEK', a section's label: no one's name opens with an article
    if any(w.casefold() in header_vocabulary()["document_words"] for w in words):
        return False  # 'CLIENT ADVISORY', 'PRESS STATEMENT': a kind of document, no one
    if any(w.casefold() in header_vocabulary()["institution_words"]["words"] for w in words):
        return False  # 'Instituto Sismológico Nacional': a body, no one
    return all(_is_name_word(word, particles) for word in words)


# prepositions that open no one's name (unlike 'Will', 'May' or the Vietnamese 'An')
_PREPOSITIONS = frozenset(
    {"in", "on", "at", "from", "with", "for", "to", "of", "into", "about", "under", "over"}
)


def _is_name_word(word: str, particles: set[str]) -> bool:
    if word.lower() in particles or _INITIAL.match(word):
        return True
    if _NOT_IN_NAMES.search(word):
        return False  # "A+A A-": a page's text-size buttons
    if any(ch in "()[]" for ch in word) or (word.endswith(".") and len(word) > 3):
        return False  # "Raymond." ends a sentence; "Jr." and "St." are part of a name
    if word.endswith(":"):
        return False  # "Imieniny: Ewy, Pawła": a label over names (the day's name days)
    head = word.split("-")[-1] if word.lower().startswith(("al-", "el-")) else word
    # a click letter may open a Khoekhoe or San name ('!Gaoseb', 'ǂHoëb')
    head = head.lstrip("'’\"“(").lstrip("!ǃǀǁǂ")
    return bool(head) and head[0].isupper()
