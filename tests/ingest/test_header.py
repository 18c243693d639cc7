"""Bylines, header lines and datelines, one line at a time."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrail.ingest.byline import parse_byline
from claimtrail.ingest.dateline import parse_dateline
from claimtrail.ingest.header_lines import classify


@pytest.mark.parametrize(
    ("line", "names", "published"),
    [
        ("By Jane Doe", ("Jane Doe",), None),
        ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), None),
        ("BY JANE DOE", ("JANE DOE",), None),
        ("By Ann Lee, Tom Berg and Kim Sato", ("Ann Lee", "Tom Berg", "Kim Sato"), None),
        ("By Ann Lee & Tom Berg", ("Ann Lee", "Tom Berg"), None),
        ("Articles by: South Desk", ("South Desk",), None),
        ("Written by J. R. Hartley", ("J. R. Hartley",), None),
        ("By Omar al-Masri in Amman", ("Omar al-Masri",), None),
        ("By Maria de la Cruz, Staff Reporter", ("Maria de la Cruz",), None),
        ("By Lena Ek | June 4, 2021", ("Lena Ek",), date(2021, 6, 4)),
        ("Posted by Lena Ek on June 4, 2021", ("Lena Ek",), date(2021, 6, 4)),
        ("Author: Lena Ek", ("Lena Ek",), None),
    ],
)
def test_bylines(line, names, published):
    byline = parse_byline(line)
    assert byline is not None
    assert byline.names == names
    assert byline.published == published


@pytest.mark.parametrize(
    "line",
    [
        "By the end of 2019, troops had left the valley.",
        "By Monday the roads were open again",
        "Bystanders said they heard two blasts",
        "By 2020",
        "The minister spoke by phone",
    ],
)
def test_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "kind", "publisher", "published"),
    [
        ("Global Ledger, November 19, 2018", "outlet", "Global Ledger", date(2018, 11, 19)),
        ("South Desk 14 November 2018", "outlet", "South Desk", date(2018, 11, 14)),
        ("The Daily Example | 2021-06-04", "outlet", "The Daily Example", date(2021, 6, 4)),
        ("June 4, 2021", "date", None, date(2021, 6, 4)),
        ("June 4, 2021 10:32 AM EDT", "date", None, date(2021, 6, 4)),
        ("Published: 2021-06-04", "published", None, date(2021, 6, 4)),
        ("Published on June 4, 2021", "published", None, date(2021, 6, 4)),
        ("Updated: 2021-06-05 10:32", "updated", None, None),
        ("Region: Middle East", "tag", None, None),
        ("In-depth Report: SYRIA", "tag", None, None),
        ("FOR IMMEDIATE RELEASE", "marker", None, None),
        ("***", "separator", None, None),
    ],
)
def test_header_lines(line, kind, publisher, published):
    found = classify(0, line)
    assert found is not None
    assert (found.kind, found.publisher, found.published) == (kind, publisher, published)


def test_posted_on_line_carries_author():
    found = classify(3, "Posted on June 4, 2021 by Sam Writer")
    assert found is not None and found.authors == ("Sam Writer",)
    assert found.published == date(2021, 6, 4) and found.number == 3


def test_url_lines():
    assert classify(0, "URL: https://example.org/a").url == "https://example.org/a"
    assert classify(0, "https://example.org/a").url == "https://example.org/a"


@pytest.mark.parametrize(
    "line",
    [
        "On November 19, 2018, the army said it had left.",
        "In November 19, 2018",
        "The talks ended without agreement",
        "Region",
    ],
)
def test_body_lines_are_not_header_lines(line):
    assert classify(0, line) is None


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "published", "month_day"),
    [
        ("KABUL, March 3 (Reuters) - Gunmen attacked ...", "KABUL", "Reuters", None, (3, 3)),
        ("WASHINGTON (AP) — The State Department ...", "WASHINGTON", "AP", None, None),
        ("SAN JOSE, Calif., June 4 (Reuters) - A fire ...", "SAN JOSE", "Reuters", None, (6, 4)),
        (
            "GENEVA, June 4, 2021 /PRNewswire/ -- The Alliance ...",
            "GENEVA",
            "PRNewswire",
            date(2021, 6, 4),
            None,
        ),
    ],
)
def test_datelines(paragraph, place, agency, published, month_day):
    dateline = parse_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)
    assert (dateline.published, dateline.month_day) == (published, month_day)


@pytest.mark.parametrize(
    "paragraph",
    [
        "The attack - which killed two - was condemned.",
        "Officials said (in private) - and later in public - that ...",
        "Residents of the town said on Monday that the road was closed.",
    ],
)
def test_not_datelines(paragraph):
    assert parse_dateline(paragraph) is None
