"""The orchestrator: Article -> Reading. Only this module knows the order of the steps.

1. Parse the cleaned text once with the spaCy pipeline.
2. Time expressions, anchored on the date the text was written (the original's, for a
   cross-post), so a date without a year is never later than the article.
3. Place mentions, recognised and resolved with the whole article as context.
4. Attribution relations (who says what), over the whole text so quotations may span
   sentences and pronouns find their speaker.
5. Event triggers (who did what to whom).
6. Denials.
7. Reports: sentences grouped into accounts of one incident, each with its chain,
   hedges and certainty (see `claimtrail.nlp.reports`).
8. Author assertions: the writer's own judgements, outside every attributed claim.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from claimtrail.errors import InputRejected
from claimtrail.ingest.custody import read_file_limited
from claimtrail.ingest.sources import read_single
from claimtrail.model import Article, Reading, Rejection, Source
from claimtrail.nlp.assertions import find_assertions
from claimtrail.nlp.attribution import find_attributions
from claimtrail.nlp.dates import find_dates, section_stamps
from claimtrail.nlp.denial_answers import negations_answering_claims
from claimtrail.nlp.denials import find_denials
from claimtrail.nlp.events import find_triggers
from claimtrail.nlp.facts import DocumentFacts
from claimtrail.nlp.page_speaker import (
    names_a_speaker,
    page_speaker,
    reproduced_documents,
    speakers_turns,
)
from claimtrail.nlp.pipeline import load_nlp, parse, parse_many
from claimtrail.nlp.places import find_places
from claimtrail.nlp.reports import assemble_reports
from claimtrail.options import Options


def extract(article: Article, options: Options | None = None) -> Reading:
    """Read one article into reports and denials."""
    options = options or Options()
    nlp = load_nlp(options.spacy_model)
    return _read_doc(article, parse(nlp, article.text), _speaker(nlp, article))


def extract_many(
    articles: Iterable[Article], options: Options | None = None, batch_size: int = 16
) -> Iterator[Reading]:
    """Read articles in order, parsing them in batches with `nlp.pipe` (faster than one by
    one); each reading equals `extract(article, options)`. An error stops the iteration."""
    options = options or Options()
    nlp = load_nlp(options.spacy_model)
    for doc, article in parse_many(nlp, ((a.text, a) for a in articles), batch_size):
        yield _read_doc(article, doc, _speaker(nlp, article))


def _speaker(nlp: Language, article: Article) -> Source | None:
    """The person whose spoken words the page is, named in its title (parsed only then)."""
    if not names_a_speaker(article.title):
        return None
    return page_speaker(parse(nlp, article.title))


def _read_doc(article: Article, doc: Doc, speaker: Source | None = None) -> Reading:
    anchor = (article.original and article.original.published) or article.filed
    anchor = anchor or article.published
    triggers = find_triggers(doc)
    # "I think the count is too low": the author's own voice reads as the author's text; and
    # "the centre was attacked by armed warriors": a verb of stance that tells the event
    # itself names who did it, not who says so
    events = {t.start_char for t in triggers}
    spoken = speakers_turns(doc, speaker) if speaker is not None else reproduced_documents(doc)
    attributions = [
        a
        for a in [*spoken, *find_attributions(doc)]
        if any(s.kind != "author" for s in a.sources) and a.cue_start not in events
    ]
    denials = find_denials(doc, attributions, _denying_author(article))
    stamps = section_stamps(article.text, anchor)
    facts = DocumentFacts(
        article=article,
        doc=doc,
        dates=find_dates(article.text, anchor, stamps),
        places=find_places(doc, outlets=_outlets(article)),
        attributions=attributions,
        triggers=triggers,
        denials=denials,
        stamps=stamps,
    )
    assertions = tuple(find_assertions(doc, attributions))
    reports, answers = negations_answering_claims(assemble_reports(facts), facts)
    return Reading(article, tuple(reports), tuple(denials + answers), assertions)


def _outlets(article: Article) -> list[str]:
    """The outlets whose names are no places: the publisher's, and the original's of a
    translation or a republished story ('La Prensa' for 'La Prensa del Alto Apure')."""
    original = article.original.publisher if article.original else None
    return [name for name in (article.publisher, original) if name]


def _denying_author(article: Article) -> Source | None:
    """Who denies in the article's own voice: its publisher, else its first writer."""
    name = article.publisher or (article.authors[0] if article.authors else None)
    return Source("", name, "author") if name else None


def read_file(path: Path, options: Options | None = None) -> Article:
    """Read one article file (plain text, markdown or HTML, told apart by content).

    Raises InputRejected with a one-line reason. The size is checked before and while
    reading, so an enormous file is never held whole in memory.
    """
    options = options or Options()
    return read_single(read_file_limited(path, options.max_bytes), str(path))


def extract_file(path: Path, options: Options | None = None) -> Reading | Rejection:
    """Read and extract one file; a bad input comes back as a Rejection, never an exception."""
    try:
        return extract(read_file(path, options), options)
    except InputRejected as rejected:
        return Rejection(str(path), rejected.reason)
