"""Origins of reports and how many of them are independent of each other.

An origin is the innermost source of a report's chain. A claim the article makes on its own
account has the article's publisher as origin, and a cross-post the original publisher's:
two sites re-publishing one piece are one origin. Anonymous origins cannot be told apart,
so anonymous sources quoted by one outlet count once, under that outlet.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimtrail.model import Article, Report, Source


def origin_label(report: Report) -> str:
    origin = report.origin
    if origin is None:
        return "unknown"
    return describe(origin)


def describe(source: Source) -> str:
    if source.name:
        return source.name
    return f"{source.text or source.kind} ({source.kind})"


def origin_key(report: Report, article: Article) -> str:
    """A key equal for two reports exactly when their origins cannot be told apart."""
    outlet = _outlet(article)
    origin = report.origin
    if origin is None or origin.kind == "author":
        return f"outlet:{outlet}"
    if origin.kind == "anonymous" or not origin.name:
        # An unnamed source is only as distinct as the outlet that quotes it.
        outer = report.sources[0]
        via = outer.name if outer is not origin and outer.name else outlet
        return f"{origin.kind}:via:{via.lower()}"
    return f"named:{origin.name.lower()}"


def _outlet(article: Article) -> str:
    if article.original and article.original.publisher:
        return article.original.publisher.lower()
    return (article.publisher or article.id).lower()


def independent_count(pairs: Iterable[tuple[Report, Article]]) -> int:
    return len({origin_key(report, article) for report, article in pairs})
