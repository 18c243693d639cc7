"""Header date shapes."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimtrail.ingest.header_lines import classify
from claimtrail.ingest.pubdate import (
    find_date,
    find_date_time_group,
    find_month_day,
    month_day_only,
    month_numbers,
    parse_date,
    weekday_numbers,
)

D = date(2018, 11, 19)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("November 19, 2018", D),
        ("19 November 2018", D),
        ("2018-11-19", D),
        ("Nov 19, 2018", D),
        ("Nov. 19th, 2018", D),
        ("Monday, November 19, 2018", D),
        ("19th of November, 2018", D),
        ("2018/11/19", D),
        ("  november 19 2018 ", D),
        ("Sept 4, 2021", date(2021, 9, 4)),
        ("February 30, 2018", None),
        ("November 2018", None),
        ("19/11/2018", date(2018, 11, 19)),  # day first: 19 is no month
        ("11/19/2018", date(2018, 11, 19)),  # month first
        ("05/06/2018", None),  # either; outlets differ by country
        ("03/03/2018", date(2018, 3, 3)),  # the same day either way
        ("November 19, 2018, the army said", None),
        ("", None),
        ("Dilluns, 19 de novembre de 2018", D),  # Catalan
        ("dilluns 19 d'octubre de 2018", date(2018, 10, 19)),
        ("19 ноября 2018", D),  # Russian, the month in the genitive
        ("19.11.18", D),  # a compact stamp: the year's last two figures
        ("19·11·18", D),
        ("05.06.18", date(2018, 6, 5)),  # dots are day first; slashes may be either way
        ("5.3.2027", date(2027, 3, 5)),
        ("5. 3. 2027", date(2027, 3, 5)),  # a space after each dot, as Slovak sites set it
        ("2027 m. kovo 5 d.", date(2027, 3, 5)),  # the year first, marked as one
        ("2027. március 5.", date(2027, 3, 5)),
        ("5/3/2027", None),
        ("11.11.18", date(2018, 11, 11)),
        ("1.2.3.4", None),
        ("19-Nov-2018", D),  # a news terminal's stamp, the month named between hyphens
        ("19/NOV/2018", D),
        ("19-11-2018", date(2018, 11, 19)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # month names no vocabulary of ours lists, read from CLDR
        ("19 listopadu 2018", D),  # Czech
        ("19 Novemba 2018", D),  # Swahili
        ("14 Ruhuhuma 2018", date(2018, 2, 14)),  # Kirundi
        ("2 huhtikuuta 2018", date(2018, 4, 2)),  # Finnish
        ("19 қараша 2018", D),  # Kazakh
        ("जनवरी 5, 2018", date(2018, 1, 5)),  # Nepali: the vowel signs are part of the name
        ("19 تشرين الثاني 2018", D),  # Levantine Arabic: a month of two words
        ("3 كانون الثاني 2018", date(2018, 1, 3)),
        # three-letter words stay words, though some language shortens a month so
        ("Flight 3 was 2018", None),
        ("page 12 set 2018", None),
    ],
)
def test_parse_date_in_other_languages(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["jeu. 19 nov. 2018", "Thu 19 Nov 2018"])
def test_find_date_after_a_short_weekday(text):
    found = find_date(text)  # French shortens the month with a full stop, as English may
    assert found is not None and found.value == D


@pytest.mark.parametrize(
    "text",
    [
        "Published November 19, 2018",
        "Updated on 19 November 2018",
        "نُشر في: الاثنين 19 تشرين الثاني 2018",
    ],
)
def test_a_label_before_a_month_is_not_read_as_its_first_word(text):
    found = find_date(text)
    assert found is not None and found.value == D


def test_a_name_two_languages_give_to_two_months_is_no_month():
    # 'Nyakanga' is September in Kirundi and July in Kinyarwanda
    assert "nyakanga" not in month_numbers()
    assert month_numbers()["may"] == 5  # our own vocabulary wins


def test_weekdays_of_other_languages():
    assert weekday_numbers()["jumatano"] == 2  # Swahili: Wednesday
    assert weekday_numbers()["бейсенбі"] == 3  # Kazakh: Thursday


def test_a_weekday_before_a_date_is_no_outlet():
    # the weekday in a language the vocabulary does not list, before a date in the site's
    line = classify(0, "Alhamisi, 19 Novemba 2018")
    assert line is not None and line.publisher is None and line.published == D


def test_find_date_reports_the_span():
    line = "Global Ledger, November 19, 2018"
    found = find_date(line)
    assert found is not None and found.value == D
    assert line[found.start : found.end] == "November 19, 2018"


def test_find_date_takes_the_earliest():
    found = find_date("2019-01-02 and 3 March 2018")
    assert found is not None and found.value == date(2019, 1, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day in Nepal's calendar, 57 years ahead, with the Gregorian day beside it
        ("Date: 2089/11/02 B.S. (14 February 2033)", date(2033, 2, 14)),
        ("Miti: 2090/01/05 BS", None),
        ("Date: 2090/04/11 VS", None),
        # a word that only opens like an era's mark ends no date
        ("2033-07-27 BSE", date(2033, 7, 27)),
    ],
)
def test_figures_marked_with_another_calendars_era_are_no_gregorian_day(text, expected):
    found = find_date(text)
    assert (found.value if found else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("KABUL, March 3", (3, 3)), ("Dec. 24th", (12, 24)), ("no date here", None)],
)
def test_find_month_day(text, expected):
    assert find_month_day(text) == expected


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_round_trip(value):
    assert parse_date(value.isoformat()) == value
    assert parse_date(value.strftime("%B %d, %Y")) == value
    assert parse_date(value.strftime("%d %b %Y")) == value


@given(st.text(max_size=80))
def test_never_raises(text):
    parse_date(text)
    find_month_day(text)


def test_cldr_names_are_kept_in_the_users_cache(tmp_path, monkeypatch):
    from claimtrail.ingest import pubdate

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    pubdate._cldr_tables.cache_clear()
    try:
        first = pubdate._cldr_tables()
        (cached,) = (tmp_path / "claimtrail").glob("cldr-names-*.json")
        pubdate._cldr_tables.cache_clear()
        assert pubdate._cldr_tables() == first  # read back from the file
        cached.write_text("{not json", encoding="utf-8")
        pubdate._cldr_tables.cache_clear()
        assert pubdate._cldr_tables() == first  # a broken file is read again from CLDR
    finally:
        pubdate._cldr_tables.cache_clear()


def test_a_year_before_a_month_needs_its_mark_to_open_a_date():
    assert find_date("In 2027 March 5 boats sank off the cape.") is None
    assert find_date("2027 m. kovo 5 d., penktadienis").value == date(2027, 3, 5)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Aug 19", (8, 19)),
        ("19 August", (8, 19)),
        ("Thursday, 15 September", (9, 15)),  # a phone's lock screen
        ("Monday", None),
        ("Mar 3 ∙", (3, 3)),
        ("Aug 19 ∙ Houda El Ouazzani", None),  # more than the date
        ("March 3, 2029", None),  # a full date is no yearless one
        ("31", None),
    ],
)
def test_a_line_that_is_a_yearless_date_and_nothing_else(text, found):
    assert month_day_only(text) == found


@pytest.mark.parametrize(
    "line",
    [
        "Week 18 · Monday 28 April – Sunday 4 May 2031",
        "Sunday 8 – Saturday 14 September 2030",
        "8–14 September 2030",
    ],
)
def test_the_days_a_digest_covers_are_no_publication_date_nor_an_outlet(line):
    found = classify(0, line)
    assert found is not None and found.kind == "coverage"
    assert found.publisher is None and found.published is None


@pytest.mark.parametrize(
    "line",
    [
        "Issued: 14 October 2030, 0900hrs CET",  # a military clock
        "Published: 14 October 2030, 0900 GMT",  # a wire's clock
        "Issued: 14 October 2030, 09:00 CET",
    ],
)
def test_a_labelled_date_with_its_clock_time_is_the_publication_date(line):
    found = classify(0, line)
    assert found is not None and found.published == date(2030, 10, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Date-Time Group: 071830H NOV 2031", date(2031, 11, 7)),
        ("DTG 230415Z Feb 2032", date(2032, 2, 23)),
        ("Room 071830 Nov 2031", None),  # no time zone's letter: a figure of something else
    ],
)
def test_a_date_time_group_is_read_as_its_day(text, expected):
    found = find_date_time_group(text)
    assert (found.value if found else None) == expected
    assert find_date(text) is None  # no header date: a memo's field is no page's day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cali, nine (9) June two thousand thirty-one (2031)", date(2031, 6, 9)),
        ("a los nueve (9) días del mes de junio de dos mil treinta y uno (2031)", date(2031, 6, 9)),
        ("the (9) June groups (2031)", None),  # no year in words between
    ],
)
def test_a_courts_date_in_words_with_its_figures_in_brackets(text, expected):
    found = find_date(text)
    assert (found.value if found else None) == expected
