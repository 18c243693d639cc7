"""A meeting's minutes: their title, the body that met, the day held and the minute-taker;
the form's fields above the lists and the signature blocks are no part of the record."""

from __future__ import annotations

from datetime import date

from claimtrail.ingest.minutes import minutes_lines
from claimtrail.ingest.text import read_article

MINUTES = """KESSA MUNICIPAL COUNCIL

MINUTES OF THE JOINT FLOOD RESPONSE COMMITTEE MEETING HELD ON TUESDAY 4TH MARCH 2031 {place}

Venue: Council Chamber
Time: 9:00 am

MEMBERS PRESENT
1. Mrs. Halima Dorro - Mayor (Chairperson)
2. Mr. Peter Ngole - Town Clerk (Secretary)
3. Insp. Aminu Sadiq - Officer in Charge, Kessa Police Station

APOLOGIES
1. Dr. Rose Mbali - District Health Officer

AGENDA
1. Opening prayer
2. Flood situation
3. AOB

MIN 01/JFRC/2031: FLOOD SITUATION
{record}

Resolution: The Town Clerk to write to the relief agency for tents. Action by: Town Clerk

MIN 02/JFRC/2031: ADJOURNMENT
The meeting was adjourned at 11:30 am.

Recorded by:
..................................
Mr. Peter Ngole
Town Clerk / Secretary

Confirmed by:
..................................
Mrs. Halima Dorro
Mayor / Chairperson
""".format(
    place="AT THE TOWN HALL",
    record="The Mayor informed members that the Kessa river burst its banks on Sunday night and "
    "that about 400 households in the lower wards were displaced to the market hall. The "
    "Officer in Charge reported that two boys drowned near the old bridge on Monday.",
)


def test_the_minutes_are_read_as_their_title_body_day_and_writer_over_the_record():
    lines = minutes_lines(MINUTES.split("\n"))
    assert lines[:6] == [
        "MINUTES OF THE JOINT FLOOD RESPONSE COMMITTEE MEETING HELD ON TUESDAY 4TH MARCH 2031 "
        "AT THE TOWN HALL",
        "",
        "Source: Kessa Municipal Council",
        "Published: 2031-03-04",
        "By Peter Ngole",
        "",
    ]
    record = "\n".join(lines[6:])
    assert record.startswith("MEMBERS PRESENT")
    assert "Council Chamber" not in record and "Time: 9:00 am" not in record
    assert "Recorded by" not in record and "Confirmed by" not in record
    assert "Insp. Aminu Sadiq - Officer in Charge" in record
    assert "two boys drowned near the old bridge" in record


def test_the_article_of_minutes_has_the_body_that_met_as_its_publisher():
    article = read_article(MINUTES.encode(), "minutes.txt")
    assert article.title.startswith("MINUTES OF THE JOINT FLOOD RESPONSE COMMITTEE MEETING")
    assert article.publisher == "Kessa Municipal Council"
    assert article.published == date(2031, 3, 4)
    assert article.authors == ("Peter Ngole",)
    assert "Mr. Peter Ngole\nTown Clerk / Secretary" not in article.text


def test_a_story_about_minutes_is_no_minutes():
    lines = [
        "Council publishes flood minutes",
        "",
        "The minutes of the meeting held on 4 March show that the council knew of the risk.",
    ]
    assert minutes_lines(lines) == lines


def test_minutes_without_lists_keep_their_record_from_under_the_title():
    lines = ["MINUTES OF THE BOARD MEETING OF 2 MAY 2031", "", "The board met at noon."]
    assert minutes_lines(lines)[-1] == "The board met at noon."
