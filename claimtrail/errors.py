"""claimtrail's exceptions: one root, so callers can catch everything the library raises.

ClaimtrailError
├── ModelNotAvailable      no spaCy pipeline could be loaded
├── GazetteerError         the gazetteer data is missing or unreadable
├── StoreError             the database URL or schema is unusable
└── InputRejected          one input cannot be read; carries a Rejection-ready reason
"""


class ClaimtrailError(Exception):
    """Root of every error claimtrail raises on purpose."""


class ModelNotAvailable(ClaimtrailError):
    pass


class GazetteerError(ClaimtrailError):
    pass


class StoreError(ClaimtrailError):
    pass


class InputRejected(ClaimtrailError):
    """Raised by a reader; the message is the one-line reason shown to the user."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason
