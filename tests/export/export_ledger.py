"""A small ledger of incidents for the export tests, linked by the real linker."""

from __future__ import annotations

from datetime import date

from claimtrail.link.incidents import build_incidents
from claimtrail.link.similarity import LexicalSimilarity
from claimtrail.model import Article, Denial, Incident, Place, Reading, Report, Source, When


def _place(name, lat, lon, feature="city", country="NG"):
    return Place(name, 0, len(name), name, feature, None, country, lat, lon, None, "exact")


def _report(rid, text, day, places, source, action="explode"):
    when = When("Friday", 0, 6, day, day, "day")
    return Report(
        rid,
        0,
        len(text),
        text,
        action,
        when=when,
        where=tuple(places),
        sources=(source,),
        certainty="reported",
    )


def ledger() -> tuple[list[Incident], dict[str, Article]]:
    day = date(2025, 3, 14)
    kaduna = _place("Kaduna", 10.52641, 7.43879)
    kano = _place("Kano", 12.00012, 8.51672)
    texts = {
        "a1": "A fuel tanker exploded at Kawo junction in Kaduna on Friday, road officials said.",
        "a2": "Police in Kaduna confirmed that eight people died when a tanker exploded on Friday.",
        "a3": "A gas cylinder exploded at a welding shop in Kano on Friday, the fire service said.",
    }
    articles = {
        aid: Article(aid, text, publisher=pub, published=date(2025, 3, 15), title=f"{pub} story")
        for (aid, text), pub in zip(
            texts.items(), ["Kaduna Star", "Northern Ledger", "Kano Chronicle"], strict=True
        )
    }
    road = Source("road officials", "Federal Road Safety Corps", "official")
    police = Source("Police in Kaduna", "Kaduna police", "official")
    fire = Source("the fire service", "Kano fire service", "official")
    readings = [
        Reading(articles["a1"], (_report("r1", texts["a1"], day, [kaduna], road),)),
        Reading(articles["a2"], (_report("r2", texts["a2"], day, [kaduna], police),)),
        Reading(
            articles["a3"],
            (_report("r3", texts["a3"], day, [kano], fire),),
            (Denial(0, 5, "The owner denied it.", Source("the owner", "Owner", "official")),),
        ),
    ]
    return build_incidents(readings, LexicalSimilarity()), articles
