"""Origins of reports and how many of them are independent of each other.

An origin is the innermost source of a report's chain. Two reports share an origin when:
- the origin is the same named source (SANA, a named governor);
- the origin is unnamed (an anonymous source, "residents") and reaches the reader through the
  same outlet: unnamed people quoted by one outlet cannot be told apart;
- the claim is the article's own and the articles share an outlet, where a copy (declared or
  near-identical text, see `syndication`) counts under the outlet it copies.
Two more rules keep one voice from counting twice: an article's own voice adds no origin to an
incident for which the article quotes a source (its account rests on that source), and a copy
adds nothing when the article it copies is among the incident's reports.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from claimtrail.link.rule import grade_rule
from claimtrail.link.syndication import Syndication, own_outlet
from claimtrail.model import Article, Report, Source
from claimtrail.names import initials
from claimtrail.nlp.sources import affiliation
from claimtrail.vocab import sources

Pair = tuple[Report, Article]


def origin_label(report: Report) -> str:
    origin = report.origin
    if origin is None:
        return "unknown"
    return describe(origin)


def describe(source: Source) -> str:
    if source.name:
        return source.name
    return f"{source.text or source.kind} ({source.kind})"


def origin_key(report: Report, article: Article, syndication: Syndication | None = None) -> str:
    """A key equal for two reports exactly when their origins cannot be told apart."""
    outlet = (syndication.outlet(article) if syndication else own_outlet(article)).lower()
    origin = report.origin
    if origin is None or origin.kind == "author":
        return f"outlet:{outlet}"
    if origin.kind == "anonymous" or not origin.name:
        # An unnamed source is only as distinct as the outlet that quotes it.
        outer = report.sources[0]
        via = outer.name.lower() if outer is not origin and outer.name else outlet
        return f"{origin.kind}:via:{via}"
    institution = speaks_for(origin)
    if institution:
        return f"institution:{institution}"
    return f"named:{origin.name.lower()}"


def speaks_for(source: Source) -> str | None:
    """The institution an official source is or speaks for ('police' for both 'Police in
    Kaduna state' and 'the state police spokesman, Mansir Hassan'), as read at extraction."""
    if source.kind != "official":
        return None
    return source.affiliation or affiliation(source.text or source.name or "")


def own_voice(report: Report) -> bool:
    return report.origin is None or report.origin.kind == "author"


def counted_pairs(pairs: Sequence[Pair], syndication: Syndication | None = None) -> list[Pair]:
    """The reports whose origins count: without an article's own voice when it cites
    someone for the incident, and without copies whose original is present."""
    quoting = {article.id for report, article in pairs if not own_voice(report)}
    present = {article.id for _, article in pairs}
    out = []
    for report, article in pairs:
        copy = syndication.copy_of(article.id) if syndication else None
        if copy and copy.original_id in present:
            continue
        if own_voice(report) and article.id in quoting:
            continue
        out.append((report, article))
    return out


def independent_keys(pairs: Sequence[Pair], syndication: Syndication | None = None) -> set[str]:
    origins = {
        origin_key(r, a, syndication): r.origin for r, a in counted_pairs(pairs, syndication)
    }
    return {key for key, origin in origins.items() if not _acronym_of_another(origin, origins)}


def _acronym_of_another(origin: Source | None, origins: dict[str, Source | None]) -> bool:
    """'FRSC sector commander Olufemi Adebayo' speaks for the 'Federal Road Safety Corps'
    named as an origin beside him: one institution, counted once."""
    if origin is None:
        return False
    acronyms = {w for w in (origin.text or "").split() if len(w) > 1 and w.isupper()}
    if origin.affiliation and origin.affiliation.isalpha():
        acronyms.add(origin.affiliation.upper())  # read from the first, fuller mention
    return any(
        other is not None and other is not origin and _initials(other.name or "") in acronyms
        for other in origins.values()
    )


def _initials(name: str) -> str:
    """A body's initials, when it has more than one capitalised word to take them from."""
    return initials(name) if len(initials(name)) > 1 else ""


def independent_count(pairs: Iterable[Pair], syndication: Syndication | None = None) -> int:
    return len(independent_keys(list(pairs), syndication))


def origin_name(report: Report, article: Article) -> str:
    """The origin as a person reads it; an article's own voice is its outlet."""
    origin = report.origin
    if origin is None or origin.kind == "author":
        return own_outlet(article)
    return describe(origin)


@lru_cache(maxsize=4096)
def reliability(name: str) -> str:
    """The registry's source-reliability letter (A-F) for an origin; unknown sources get F."""
    entry = sources().lookup(name)
    return entry.reliability if entry else grade_rule().default_reliability
