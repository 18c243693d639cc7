"""Small helpers on the names of people, bodies and outlets."""

from __future__ import annotations


def initials(name: str) -> str:
    """The first letters of a name's capitalised words: 'Federal Road Safety Corps' -> 'FRSC'."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())
