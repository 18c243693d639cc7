"""Small helpers on the names of people, bodies and outlets."""

from __future__ import annotations


def initials(name: str) -> str:
    """The first letters of a name's capitalised words: 'Federal Road Safety Corps' -> 'FRSC'."""
    return "".join(word[0] for word in name.split() if word[:1].isupper())


def spelled_by(name: str, letters: str, small_words: frozenset[str] | set[str]) -> bool:
    """Whether `letters` are the initials of `name`'s words of two or more, small words
    ('de', 'of') left out: 'AGENCIA ISTMO DE NOTICIAS' and 'AIN'."""
    words = [w for w in name.split() if w.lower() not in small_words]
    return len(words) > 1 and "".join(w[0] for w in words).upper() == letters
