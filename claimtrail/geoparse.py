"""Place mentions of one article, recognised and resolved with the article as context."""

from __future__ import annotations

from claimtrail.model import Article, Place
from claimtrail.nlp.pipeline import load_nlp
from claimtrail.nlp.places import find_places
from claimtrail.options import Options


def geoparse(article: Article, options: Options | None = None) -> list[Place]:
    """Every place the article names, in text order, each saying how it was resolved."""
    options = options or Options()
    return find_places(load_nlp(options.spacy_model)(article.text))
