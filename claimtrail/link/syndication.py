"""Which articles are copies of others: declared originals and near-identical texts.

A copy repeats its original's claims; counting both would count one origin twice. An article
is a copy when it declares an original (`Article.original`, set by the reader from "originally
appeared on", wire datelines and credits) or when its text is a near copy of another's. Near
copies are found with MinHash signatures over word shingles and locality-sensitive hashing, so
only articles that share hash bands are compared, never every pair.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from datasketch import MinHash, MinHashLSH

from claimtrail.link.rule import syndication_rule
from claimtrail.model import Article

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class CopyOf:
    """Why an article does not count as a voice of its own."""

    article_id: str
    outlet: str  # the outlet whose claims it repeats
    original_id: str | None  # the stored article it copies, when known
    reason: str  # e.g. "declares its original: Ouaga Today", "near copy of 1a2b (Jaccard 0.83)"


@dataclass(frozen=True)
class Syndication:
    copies: dict[str, CopyOf]
    publishers: dict[str, str]  # article id -> its own outlet

    def outlet(self, article: Article) -> str:
        """The outlet a claim of this article comes from: its original's for a copy."""
        copy = self.copies.get(article.id)
        return copy.outlet if copy else own_outlet(article)

    def copy_of(self, article_id: str) -> CopyOf | None:
        return self.copies.get(article_id)


def own_outlet(article: Article) -> str:
    if article.original and article.original.publisher:
        return article.original.publisher
    return article.publisher or article.id


def shingles(text: str, size: int) -> set[str]:
    words = [w.lower() for w in WORD.findall(text)]
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash:
    rule = syndication_rule()
    minhash = MinHash(num_perm=rule.num_perm, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text, rule.shingle_words)])
    return minhash


def near_copy_groups(articles: Sequence[Article]) -> list[tuple[list[str], dict[str, float]]]:
    """Groups of article ids whose texts are near copies, with each member's best Jaccard."""
    rule = syndication_rule()
    lsh = MinHashLSH(threshold=rule.near_copy_jaccard, num_perm=rule.num_perm)
    signatures: dict[str, MinHash] = {}
    parent: dict[str, str] = {}
    best: dict[str, float] = {}

    def find(key: str) -> str:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for article in articles:
        if article.id in signatures or not article.text.strip():
            continue
        sig = signature(article.text)
        parent[article.id] = article.id
        for other in lsh.query(sig):
            jaccard = sig.jaccard(signatures[other])
            if jaccard >= rule.near_copy_jaccard:
                parent[find(article.id)] = find(other)
                best[article.id] = max(best.get(article.id, 0.0), jaccard)
                best[other] = max(best.get(other, 0.0), jaccard)
        lsh.insert(article.id, sig)
        signatures[article.id] = sig
    groups: dict[str, list[str]] = {}
    for key in parent:
        groups.setdefault(find(key), []).append(key)
    return [(members, best) for members in groups.values() if len(members) > 1]


def detect_copies(articles: Iterable[Article]) -> Syndication:
    """Copies among `articles`: declared ones, and near copies of the earliest of a group."""
    by_id = {a.id: a for a in articles}
    by_outlet = _by_outlet(by_id.values())
    copies: dict[str, CopyOf] = {}
    for article in by_id.values():
        declared = article.original.publisher if article.original else None
        if declared and declared.lower() != (article.publisher or "").lower():
            original = min(by_outlet.get(declared.lower(), []), key=_age, default=None)
            copies[article.id] = CopyOf(
                article.id,
                declared,
                original.id if original else None,
                f"declares its original: {declared}",
            )
    for members, jaccard in near_copy_groups(list(by_id.values())):
        group = [by_id[m] for m in members]
        first = min(group, key=_age)
        outlet = copies[first.id].outlet if first.id in copies else own_outlet(first)
        for article in group:
            if article.id == first.id or article.id in copies:
                continue
            copies[article.id] = CopyOf(
                article.id,
                outlet,
                first.id,
                f"near copy of article {first.id[:12]} "
                f"({first.publisher or '?'}; Jaccard {jaccard.get(article.id, 0.0):.2f})",
            )
    return Syndication(copies, {a.id: own_outlet(a) for a in by_id.values()})


def _by_outlet(articles: Iterable[Article]) -> dict[str, list[Article]]:
    out: dict[str, list[Article]] = {}
    for article in articles:
        if article.publisher and not article.original:
            out.setdefault(article.publisher.lower(), []).append(article)
    return out


def _age(article: Article) -> tuple[date, bool, str]:
    # Earliest first; an article that declares no original beats one that does; then by id.
    return (article.published or date.max, article.original is not None, article.id)
