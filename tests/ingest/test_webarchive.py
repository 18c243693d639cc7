"""A web archive's toolbar over a saved page is the archive's, not the page's."""

from __future__ import annotations

from claimtrail.ingest.webarchive import without_archive_toolbar


def test_the_toolbar_gives_way_to_the_pages_own_address():
    toolbar = "The Wayback Machine - https://web.archive.org/web/20290515210245/https://gazette.example/a/"
    lines = [toolbar, "", "HARBOUR GAZETTE", "Ferry runs aground"]
    assert without_archive_toolbar(lines) == [
        "https://gazette.example/a/",
        "",
        "HARBOUR GAZETTE",
        "Ferry runs aground",
    ]


def test_the_toolbar_ends_at_the_last_capture_address_at_the_top():
    lines = [
        "INTERNET ARCHIVE | Wayback Machine",
        "https://web.archive.org/web/2029/https://gazette.example/a/",
        "Saved 6 captures",
        "https://web.archive.org/web/20290515210245/https://gazette.example/a/",
        "Ferry runs aground",
    ]
    assert without_archive_toolbar(lines) == ["https://gazette.example/a/", "Ferry runs aground"]


def test_a_page_that_only_mentions_an_archive_is_left_alone():
    lines = ["Ferry runs aground", "", "Old photos are kept by the Internet Archive."]
    assert without_archive_toolbar(lines) == lines


def test_an_archive_name_without_a_capture_address_is_left_alone():
    lines = ["Wayback Machine tips for researchers", "", "Text."]
    assert without_archive_toolbar(lines) == lines
