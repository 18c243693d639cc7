"""claimtrail: an evidence ledger of incidents reported in the news.

The public API is small; everything else is internal and may change.

    extract(article) -> Reading               read one Article (claimtrail.extract)
    extract_file(path) -> Reading | Rejection read one file, bad input as a Rejection
    read_article(bytes, path) -> Article      parse and clean one article file
    geoparse(article) -> list[Place]          every place an article names, resolved
    ingest_paths(paths, db_url) -> IngestSummary
    list_incidents(db_url) -> list[Incident]
    dossier(db_url, incident_id) -> Dossier
    build_incidents(readings) -> list[Incident]
    open_store(url) -> Store
"""

__version__ = "0.1.0"

from claimtrail.extract import extract, extract_file  # noqa: E402
from claimtrail.geoparse import geoparse  # noqa: E402
from claimtrail.ingest.text import read_article  # noqa: E402
from claimtrail.ledger import Dossier, IngestSummary, dossier, ingest_paths, list_incidents  # noqa: E402
from claimtrail.link.incidents import build_incidents  # noqa: E402
from claimtrail.model import (  # noqa: E402
    ActorMention,
    Article,
    AuthorAssertion,
    Denial,
    Hedge,
    Incident,
    Original,
    Place,
    Reading,
    Rejection,
    Report,
    Source,
    When,
)
from claimtrail.store import open_store  # noqa: E402

__all__ = [
    "ActorMention",
    "Article",
    "AuthorAssertion",
    "Denial",
    "Dossier",
    "Hedge",
    "Incident",
    "IngestSummary",
    "Original",
    "Place",
    "Reading",
    "Rejection",
    "Report",
    "Source",
    "When",
    "__version__",
    "build_incidents",
    "dossier",
    "extract",
    "extract_file",
    "geoparse",
    "ingest_paths",
    "list_incidents",
    "open_store",
    "read_article",
]
