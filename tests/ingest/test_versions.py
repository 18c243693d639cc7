"""Several versions of one wire story stacked on a page: only the newest is read."""

from __future__ import annotations

import pytest

from claimtrail.ingest.versions import newest_version, version_tag, without_version_tag

RULE = "-" * 40


def _version(tag: str, toll: str) -> list[str]:
    return [
        RULE,
        f"[item] 11-Oct-2030 GMT ({tag})",
        "",
        f"{tag}-Landslide kills {toll}",
        "",
        f"{toll} died.",
    ]


def test_the_newest_of_versions_listed_newest_first_is_kept_with_the_footer():
    lines = ["Export of 2 items", *_version("UPDATE 1", "three"), *_version("URGENT", "two")]
    lines += [RULE, "End of export"]
    assert newest_version(lines) == [*_version("UPDATE 1", "three"), RULE, "End of export"]


def test_the_highest_update_is_kept_when_the_versions_run_oldest_first():
    lines = [
        *_version("URGENT", "two"),
        *_version("UPDATE 1", "three"),
        *_version("UPDATE 2", "four"),
    ]
    assert newest_version(lines) == _version("UPDATE 2", "four")


def test_a_page_with_one_version_is_left_alone():
    lines = ["UPDATE 2-Landslide kills four", "", "Four died."]
    assert newest_version(lines) == lines


@pytest.mark.parametrize(
    ("title", "tag", "bare"),
    [
        ("UPDATE 2-Landslide kills four", "UPDATE 2", "Landslide kills four"),
        ("URGENT-Landslide kills two", "URGENT", "Landslide kills two"),
        ("BREAKING - LANDSLIDE KILLS TWO", "BREAKING", "LANDSLIDE KILLS TWO"),
        ("Update on the landslide", None, "Update on the landslide"),  # a word, no tag
        ("UPDATES-Landslide", None, "UPDATES-Landslide"),
    ],
)
def test_a_version_tag_before_the_headline(title, tag, bare):
    assert version_tag(title) == tag
    assert without_version_tag(title) == bare
