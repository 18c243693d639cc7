"""`claimtrail serve`: a read-only web page and JSON API over the ledger."""

from claimtrail.web.app import create_app, serve

__all__ = ["create_app", "serve"]
