"""Small builders for reports and articles, shared by the linking tests."""

from __future__ import annotations

from datetime import date

from claimtrail.model import ActorMention, Article, Original, Place, Report, Source, When


def place(lat, lon, feature="city", name="Djibo", country="BF"):
    return Place(
        name,
        0,
        len(name),
        name=name,
        feature=feature,
        country=country,
        lat=lat,
        lon=lon,
        resolution="exact",
    )


def report(
    rid,
    day,
    where,
    sources,
    action="attack",
    agent=None,
    certainty="reported",
    text="A drone strike hit the livestock market in Djibo, killing traders.",
    until=None,
    precision="day",
):
    return Report(
        id=rid,
        start=0,
        end=len(text),
        text=text,
        action=action,
        agent=ActorMention(agent, agent, 0, 1) if agent else None,
        when=When("d", 0, 1, day, until or day, precision),
        where=tuple(where),
        sources=tuple(sources),
        certainty=certainty,
    )


def article(aid, publisher, original=None, text=None, published=date(2024, 5, 4)):
    return Article(
        id=aid,
        text=text or f"The story {aid} as {publisher} told it.",
        publisher=publisher,
        published=published,
        original=Original(original, None) if original else None,
    )


WITNESS_A = Source("a trader", None, "eyewitness", 0, 1)
WITNESS_B = Source("Awa Diallo", "Awa Diallo", "eyewitness", 0, 1)
ARMY = Source("the army", "Army", "official", 0, 1)
