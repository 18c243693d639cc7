"""A web archive's toolbar or a search engine's cache banner over a saved page is the saving
service's, not the page's."""

from __future__ import annotations

from claimtrail.ingest.webarchive import without_archive_toolbar, without_cache_banner


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


def test_a_cache_banner_gives_way_to_the_address_it_names():
    lines = [
        "This is Example Search's cache of https://gazette.example/a/. It is a snapshot of "
        "the page as it appeared on 16 May 2029 08:10:02 GMT.",
        "The current page could have changed in the meantime. Learn more.",
        "Full version",
        "Text-only version",
        "View source",
        "",
        "HARBOUR GAZETTE",
        "Ferry runs aground",
    ]
    assert without_cache_banner(lines) == [
        "https://gazette.example/a/",
        "",
        "HARBOUR GAZETTE",
        "Ferry runs aground",
    ]


def test_a_story_about_a_cached_page_is_left_alone():
    lines = [
        "Ferry runs aground",
        "",
        "A cached copy of https://gazette.example/a/ shows the notice was changed.",
    ]
    assert without_cache_banner(lines) == lines
