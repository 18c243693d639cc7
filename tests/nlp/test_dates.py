from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrail.nlp.dates import (
    find_dates,
    item_stamps,
    offsets_from_events,
    parse_date_string,
    small_hours,
)

# A Monday, so weekday arithmetic is easy to check by hand.
ANCHOR = date(2018, 11, 19)


def only(text: str, anchor: date | None = ANCHOR):
    found = find_dates(text, anchor)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "span", "start", "end", "precision"),
    [
        ("Jets struck the depot on November 13th.", "November 13th", "2018-11-13", None, "day"),
        # a span that ran up to the named day
        (
            "Fighting gripped the town for a second day on Sunday.",
            "for a second day on Sunday",
            "2018-11-17",
            "2018-11-18",
            "days",
        ),
        (
            "Drivers blocked the road for the third straight day on Friday.",
            "for the third straight day on Friday",
            "2018-11-14",
            "2018-11-16",
            "days",
        ),
        ("The convoy left on 13 November 2018.", "13 November 2018", "2018-11-13", None, "day"),
        # a month's weekend: this year's, or last year's when it is still to come
        (
            "The wall caved in on the last weekend of September.",
            "the last weekend of September",
            "2018-09-29",
            "2018-09-30",
            "days",
        ),
        (
            "The camp flooded on the first weekend in December.",
            "the first weekend in December",
            "2017-12-02",
            "2017-12-03",
            "days",
        ),
        ("Shelling resumed Nov. 13 near the dam.", "Nov. 13", "2018-11-13", None, "day"),
        ("It happened on 13 November, witnesses said.", "13 November", "2018-11-13", None, "day"),
        (
            "A raid on December 29th, 2017 killed two.",
            "December 29th, 2017",
            "2017-12-29",
            None,
            "day",
        ),
        (
            "Between November 10th and 11th the town fell.",
            "November 10th and 11th",
            "2018-11-10",
            "2018-11-11",
            "days",
        ),
        (
            "From January to mid-September 2018, 29 raids were recorded.",
            "January to mid-September 2018",
            "2018-01-01",
            "2018-09-20",
            "days",
        ),
        (
            "Between Thursday 4 and Friday 5 October, soldiers held nine men.",
            "Thursday 4 and Friday 5 October",
            "2018-10-04",
            "2018-10-05",
            "days",
        ),
        (
            "Talks ran from 10 to 12 March in the capital.",
            "10 to 12 March",
            "2018-03-10",
            "2018-03-12",
            "days",
        ),
        # the month closes the days, though a word in lower case follows it
        (
            "During the night of 5 to 6 March the river burst its banks.",
            "5 to 6 March",
            "2018-03-05",
            "2018-03-06",
            "days",
        ),
        (
            "Flights were halted November 10-11.",
            "November 10-11",
            "2018-11-10",
            "2018-11-11",
            "days",
        ),
        (
            "The siege lasted from November 30 to December 2.",
            "November 30 to December 2",
            "2017-11-30",
            "2017-12-02",
            "days",
        ),
        ("In May 2017 the bridge collapsed.", "May 2017", "2017-05-01", "2017-05-31", "month"),
        (
            "Fighting flared in late February.",
            "late February",
            "2018-02-18",
            "2018-02-28",
            "part-of-month",
        ),
        ("Aid arrived in early March.", "early March", "2018-03-01", "2018-03-10", "part-of-month"),
        (
            "By mid-June the roads were open.",
            "mid-June",
            "2018-06-11",
            "2018-06-20",
            "part-of-month",
        ),
        ("The camp has existed since 2017.", "2017", "2017-01-01", "2017-12-31", "year"),
        # a day after 'since' runs to the day of writing
        ("Families have fled since Thursday.", "Thursday", "2018-11-15", "2018-11-19", "days"),
        ("Cases rose since 12 November.", "12 November", "2018-11-12", "2018-11-19", "days"),
        ("Prices have doubled in 2016.", "2016", "2016-01-01", "2016-12-31", "year"),
        ("Troops withdrew in mid-2009.", "mid-2009", "2009-01-01", "2009-12-31", "year"),
        ("The clinic was bombed last week.", "last week", "2018-11-12", "2018-11-18", "days"),
        ("Residents fled yesterday.", "yesterday", "2018-11-18", None, "day"),
        # the 24 hours a daily report covers straddle the day before and the day of telling
        (
            "In the last 24 hours, two roofs collapsed.",
            "In the last 24 hours",
            "2018-11-18",
            "2018-11-19",
            "days",
        ),
        # Tagalog words of time in an English post: last night, before dawn today
        ("A man shot a driver kagabi, po.", "kagabi", "2018-11-18", None, "day"),
        (
            "Kaninang madaling-araw, a fire hit the row.",
            "Kaninang madaling-araw",
            "2018-11-19",
            None,
            "day",
        ),
        ("The ministry said today that it had no comment.", "today", "2018-11-19", None, "day"),
        ("The governor spoke on Tuesday.", "Tuesday", "2018-11-13", None, "day"),
        ("The governor spoke on Monday.", "Monday", "2018-11-19", None, "day"),
        ("The mayor resigned last Monday.", "last Monday", "2018-11-12", None, "day"),
        (
            "Two mortars hit the market last month.",
            "last month",
            "2018-10-01",
            "2018-10-31",
            "month",
        ),
        ("Casualties have risen this year.", "this year", "2018-01-01", "2018-12-31", "year"),
        (
            "Checkpoints went up earlier this month.",
            "earlier this month",
            "2018-11-01",
            "2018-11-19",
            "part-of-month",
        ),
        (
            "The strike was late last month.",
            "late last month",
            "2018-10-21",
            "2018-10-31",
            "part-of-month",
        ),
        ("Filed 2018-11-13 by the monitor.", "2018-11-13", "2018-11-13", None, "day"),
        ("The order dated 13/11/2018 was signed.", "13/11/2018", "2018-11-13", None, "day"),
        ("Two ships docked two days ago.", "two days ago", "2018-11-17", None, "day"),
        (
            "The dam burst three months ago.",
            "three months ago",
            "2018-08-01",
            "2018-08-31",
            "month",
        ),
        ("The plant closed two years ago.", "two years ago", "2016-01-01", "2016-12-31", "year"),
        (
            "The talks collapsed over the weekend.",
            "the weekend",
            "2018-11-17",
            "2018-11-18",
            "days",
        ),
        (
            "He had left the city by the end of last year.",
            "the end of last year",
            "2017-01-01",
            "2017-12-31",
            "year",
        ),
        (
            "The vote is set for October of next year.",
            "October of next year",
            "2019-10-01",
            "2019-10-31",
            "month",
        ),
        ("Fuel ran out in September.", "September", "2018-09-01", "2018-09-30", "month"),
        ("Survivors recalled the January attack.", "January", "2018-01-01", "2018-01-31", "month"),
        (
            "The bridge reopened on Friday, September 14, 2018.",
            "Friday, September 14, 2018",
            "2018-09-14",
            None,
            "day",
        ),
        ("The town has been quiet since '82.", "'82", "1982-01-01", "1982-12-31", "year"),
        (
            "Drones struck the depot overnight, killing two.",
            "overnight",
            "2018-11-18",
            "2018-11-19",
            "days",
        ),
        (
            "A bomb went off overnight outside a bank in the old town.",
            "overnight",
            "2018-11-18",
            "2018-11-19",
            "days",
        ),
        (
            "Overnight, police detained 14 men in the camp.",
            "Overnight",
            "2018-11-18",
            "2018-11-19",
            "days",
        ),
        (
            "Shells fell on the villages overnight into Sunday.",
            "overnight into Sunday",
            "2018-11-17",
            "2018-11-18",
            "days",
        ),
        # a night named by its two days, as incident logs write it
        (
            "Overnight 12/13 Nov – two posts attacked.",
            "12/13 Nov",
            "2018-11-12",
            "2018-11-13",
            "days",
        ),
        ("Raiders struck on the night of Nov 3/4.", "Nov 3/4", "2018-11-03", "2018-11-04", "days"),
    ],
)
def test_phrase_table(text, span, start, end, precision):
    when = only(text)
    assert when.text == span
    assert when.start == date.fromisoformat(start)
    assert when.end == date.fromisoformat(end or start)
    assert when.precision == precision
    assert when.role == "occurred"


@pytest.mark.parametrize(
    "text",
    [
        "About 2,017 people were displaced.",
        "May I ask a question?",
        "Shares fell on Black Monday.",
        "The parish met on the Second Sunday of Advent.",
        "Markets open on the first Monday of the month.",
        "The form 03/04/2018 is ambiguous.",
        "Curfew starts at 1900 GMT.",
        "The index rose by 2000 points.",
        "The count was 1500 votes.",
        "An overnight curfew was imposed on the town.",
    ],
)
def test_not_a_date(text):
    assert find_dates(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("on November 19", date(2018, 11, 19), date(2018, 11, 19)),  # the anchor day itself
        ("on November 20", date(2018, 11, 19), date(2017, 11, 20)),  # one day too late
        ("on December 25", date(2018, 11, 19), date(2017, 12, 25)),
        ("on January 3", date(2019, 1, 5), date(2019, 1, 3)),
        ("on 29 February", date(2020, 3, 1), date(2020, 2, 29)),
    ],
)
def test_year_inference_never_after_anchor(text, anchor, expected):
    assert only(text, anchor).start == expected


def test_that_weekday_points_back_to_the_day_of_that_name_told_before():
    text = (
        "Gunmen raided the village on Sunday 4 November 2018. On Tuesday the prefect came. "
        "Forty houses were burned that Sunday morning."
    )
    found = find_dates(text, date(2018, 11, 19))
    that_sunday = next(
        w for w in found if text[w.start_char : w.end_char].startswith("Sunday morning")
    )
    assert that_sunday.start == date(2018, 11, 4)
    # with no Sunday told before, the day is the Sunday before the telling
    assert only("Forty houses were burned that Sunday morning.", date(2018, 11, 19)).start == date(
        2018, 11, 18
    )


def test_two_figures_a_slash_apart_are_a_night_only_when_the_days_follow_each_other():
    assert all(w.precision != "days" for w in find_dates("The desk ran 24/7 November.", ANCHOR))


def test_overnight_beside_a_named_day_is_that_day():
    when = only("Drones attacked the town overnight on Saturday.")
    assert (when.text, when.start) == ("Saturday", date(2018, 11, 17))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("A charge went off at a front door at about 02:40 overnight, police said.", 19),
        ("A warehouse burned overnight after a fire started at 1.15am, officials said.", 19),
        ("Gunmen attacked the post overnight, at about 11 p.m., the army said.", 18),
    ],
)
def test_overnight_with_a_clock_time_is_the_day_of_that_hour(text, day):
    when = only(text)
    assert (when.start, when.end) == (date(2018, 11, day), date(2018, 11, day))


def test_overnight_with_two_clock_times_stays_the_whole_night():
    when = only("Shelling went on overnight, from 11pm until 4am, residents said.")
    assert (when.start, when.end) == (date(2018, 11, 18), date(2018, 11, 19))


def test_ranges_move_back_as_a_whole():
    span = only("between December 30 and January 2", ANCHOR)
    assert (span.start, span.end) == (date(2017, 12, 30), date(2018, 1, 2))
    part = only("in late November", ANCHOR)  # starts on the 20th, after the anchor
    assert (part.start, part.end) == (date(2017, 11, 20), date(2017, 11, 30))
    month = only("in November", ANCHOR)  # the current month stays
    assert month.start == date(2018, 11, 1)


def test_without_anchor_only_absolute_dates_survive():
    text = "Yesterday, on November 13 and on 14 November 2018, as in 2017, last week."
    found = find_dates(text, None)
    assert [w.text for w in found] == ["14 November 2018", "2017"]


def test_several_dates_are_sorted_and_anaphora_follows_the_last_day():
    text = (
        "On November 13th a convoy was hit near the border. The same day, residents said, "
        "aircraft circled the town, and in late October the road had been cut."
    )
    found = find_dates(text, ANCHOR)
    assert [w.text for w in found] == ["November 13th", "The same day", "late October"]
    assert found[1].start == date(2018, 11, 13)
    assert [w.start_char for w in found] == sorted(w.start_char for w in found)


def test_a_day_in_a_csv_field_after_a_comma_with_no_space():
    found = find_dates("MW0417,24 February 2018,Flood,Nsanje", ANCHOR)
    assert [(w.text, w.start) for w in found] == [("24 February 2018", date(2018, 2, 24))]
    assert find_dates("The repairs cost 1,200 March bonds.", ANCHOR) == []


def test_that_day_after_a_month_named_in_its_sentence_is_a_day_of_that_month():
    text = (
        "The clinic was burned on 12 November. In September, his sister, who was with him "
        "that day, said guards beat him. On 3 October police came, and later that day left."
    )
    found = {w.text: (w.start, w.end) for w in find_dates(text, ANCHOR)}
    assert found["that day"] == (date(2018, 9, 1), date(2018, 9, 30))
    assert found["later that day"] == (date(2018, 10, 3), date(2018, 10, 3))


def test_a_weekday_last_week_is_that_day_of_the_week_before():
    thursday = date(2018, 11, 22)
    found = find_dates("The boat was seized on Wednesday last week.", thursday)
    assert found[0].start == date(2018, 11, 14)
    found = find_dates("The boat was seized on Wednesday.", thursday)
    assert found[0].start == date(2018, 11, 21)


@pytest.mark.parametrize(
    ("text", "phrase", "days"),
    [
        # the night told of, past the day its own sentence was told on
        (
            "Migrants threw stones at officers overnight into Tuesday, the police said.\n\n"
            "A rights group said on Wednesday that officers had beaten migrants during the "
            "same night.",
            "the same night",
            (date(2018, 11, 19), date(2018, 11, 20)),
        ),
        # the night its paragraph told of, not a later morning
        (
            "A flood swept through the village late on Sunday, the ministry said. Rescuers "
            "found the last of the missing on Tuesday morning.\n\n"
            "A lawmaker said a second flood had hit a camp upstream the same night.",
            "the same night",
            (date(2018, 11, 18), date(2018, 11, 18)),
        ),
        # past the day a statement was issued on
        (
            "Customs officers seized cigarettes from four travellers on Wednesday last week, "
            "the board said in a statement on Monday.\n\nTwo of them were detained the same "
            "evening.",
            "the same evening",
            (date(2018, 11, 14), date(2018, 11, 14)),
        ),
    ],
)
def test_the_same_night_or_evening_is_the_one_told_of(text, phrase, days):
    found = find_dates(text, date(2018, 11, 22))
    (same,) = [w for w in found if w.text == phrase]
    assert (same.start, same.end) == days


def test_that_evening_points_back_past_a_deadline_and_an_earlier_telling():
    text = (
        "Fans fought after the match on November 10, the spokesman said on November 11. No "
        "arrests had been made by November 13.\n\nA bus was stoned near the stadium later "
        "that evening."
    )
    found = find_dates(text, ANCHOR)
    (evening,) = [w for w in found if w.text == "that evening"]
    assert evening.start == date(2018, 11, 10)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("November 19, 2018", date(2018, 11, 19)),
        ("19 November 2018", date(2018, 11, 19)),
        ("2018-11-19", date(2018, 11, 19)),
        ("Nov 19, 2018", date(2018, 11, 19)),
        ("  Monday, November 19, 2018 ", date(2018, 11, 19)),
        ("2018-11-19T08:30:00Z", date(2018, 11, 19)),
        ("November 2018", None),
        ("no date here", None),
    ],
)
def test_parse_date_string(line, expected):
    assert parse_date_string(line) == expected


DATEISH = st.sampled_from(
    [
        "November",
        "Nov.",
        "May",
        "13th",
        "10",
        "-",
        " to ",
        " and ",
        "2017",
        "2,017",
        "late",
        "mid-",
        "the same day",
        "last week",
        "on Tuesday",
        "Black",
        "'82",
        "2018-11-13",
        "13/11/2018",
        "earlier this month",
        ", ",
        " ",
        "\n",
        "in ",
        "since ",
        "the ",
        "ago",
    ]
)


def _check(text: str, anchor: date | None) -> None:
    found = find_dates(text, anchor)
    for when in found:
        assert text[when.start_char : when.end_char] == when.text
        assert when.start <= when.end
    assert [w.start_char for w in found] == sorted(w.start_char for w in found)
    for left, right in zip(found, found[1:], strict=False):
        assert left.end_char <= right.start_char


@pytest.mark.parametrize("anchor", [date.min, date(1, 1, 3), date(9999, 12, 30), date.max])
def test_anchor_at_the_calendar_edges(anchor):
    text = (
        "in November, late March, yesterday, tomorrow, next week, next year, last year, "
        "next month, three years ago, next Friday, next weekend, December 30 - January 2, "
        "the next day, since '99, October of next year, next March, last March"
    )
    _check(text, anchor)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200), st.one_of(st.none(), st.dates()))
def test_arbitrary_text_never_raises_and_slices_match(text, anchor):
    _check(text, anchor)


@settings(max_examples=300, deadline=None)
@given(st.lists(DATEISH, max_size=12).map("".join), st.one_of(st.none(), st.dates()))
def test_date_like_text_never_raises_and_slices_match(text, anchor):
    _check(text, anchor)


def test_today_inside_an_outlet_name_is_not_a_date():
    text = "the nurse told Ouaga Today on Sunday. Today the market reopened."
    found = find_dates(text, date(2024, 10, 15))
    assert [w.text for w in found] == ["Sunday", "Today"]


def test_a_relative_day_opening_a_paragraph_under_a_heading_is_a_date():
    text = "March on the ministry in Mbabane\n\nYesterday about 300 teachers marched."
    (found,) = find_dates(text, date(2027, 11, 19))
    assert (found.text, found.start) == ("Yesterday", date(2027, 11, 18))


@pytest.mark.parametrize(
    ("text", "phrase", "day"),
    [
        (
            "Rebels took the pass on 3 May. Two days earlier, a convoy was hit.",
            "Two days earlier",
            "2024-05-01",
        ),
        ("The dam broke on 2 May. A week later the water receded.", "A week later", "2024-05-09"),
        (
            "A bomb went off on Monday. Hours later, a second one exploded.",
            "Hours later",
            "2024-05-06",
        ),
        (
            "The port was shelled on 6 May. The day before, drones hit it.",
            "The day before",
            "2024-05-05",
        ),
        (
            "A radio said on Wednesday that gunmen took the girl the previous evening.",
            "the previous evening",
            "2024-05-07",
        ),
        (
            "The bridge closed on 6 May and reopened the following afternoon.",
            "the following afternoon",
            "2024-05-07",
        ),
    ],
)
def test_offsets_count_from_the_last_day_mentioned(text, phrase, day):
    found = {w.text: w.start.isoformat() for w in find_dates(text, date(2024, 5, 9))}
    assert found[phrase] == day


def test_an_offset_after_a_named_event_is_left_alone():
    found = find_dates(
        "The raid was on 2 May. Two days after the raid, crowds gathered.", date(2024, 5, 9)
    )
    assert [w.text for w in found] == ["2 May"]  # the reports date it from the raid's report
    # a vote's day is another matter: the text dates the vote itself (see below)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Families were moved on Friday and Saturday.", date(2024, 5, 10), date(2024, 5, 11)),
        ("Shells fell between Sunday and Tuesday.", date(2024, 5, 5), date(2024, 5, 7)),
        (
            "Nine people were hurt on Friday night and early Saturday.",
            date(2024, 5, 10),
            date(2024, 5, 11),
        ),
        (
            "Between Sunday night and the early hours of Monday, 300 people were moved.",
            date(2024, 5, 12),
            date(2024, 5, 13),
        ),
    ],
)
def test_two_joined_weekdays_are_one_span_of_days(text, start, end):
    (found,) = find_dates(text, date(2024, 5, 13))
    assert (found.start, found.end, found.precision) == (start, end, "days")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Forty people have been killed since January.", date(2024, 1, 1)),
        ("Prices have doubled since the start of the year.", date(2024, 1, 1)),
        ("Police have arrested nine men since the start of the month.", date(2024, 5, 1)),
        ("The river has been rising since early May.", date(2024, 5, 1)),
    ],
)
def test_since_a_month_or_a_year_runs_to_the_day_of_writing(text, start):
    (found,) = find_dates(text, date(2024, 5, 13))
    assert (found.start, found.end) == (start, date(2024, 5, 13))


def test_during_the_night_is_the_night_before_the_telling():
    (found,) = find_dates("A depot was set on fire during the night.", date(2024, 5, 13))
    assert (found.start, found.end) == (date(2024, 5, 12), date(2024, 5, 13))
    assert find_dates("Shots rang out in the night sky.", date(2024, 5, 13)) == []


def test_a_weekday_after_and_on_opens_a_clause_of_its_own():
    found = find_dates("He was seen on Monday and on Tuesday he left.", date(2024, 5, 15))
    assert [(w.start, w.end) for w in found] == [
        (date(2024, 5, 13), date(2024, 5, 13)),
        (date(2024, 5, 14), date(2024, 5, 14)),
    ]


def test_an_offset_followed_by_its_own_day_takes_that_day():
    text = "The army spoke on 18 May. Hours later, on Sunday night, gunmen raided a village."
    found = {w.text: w.start for w in find_dates(text, date(2024, 5, 20))}
    assert "Hours later" not in found and found["Sunday night"] == date(2024, 5, 19)


@pytest.mark.parametrize(
    ("text", "days", "event"),
    [
        ("Two days before the Kasese floods, a bridge gave way.", -2, "Kasese floods"),
        ("A week after the attack, the market reopened.", 7, "attack"),
        ("Three days after the vote in Lira, results were out.", 3, "vote in Lira"),
        # one day or week, counted by the article
        ("The day after the Kasese attack, volunteers killed 14 herders.", 1, "Kasese attack"),
        ("The week before the vote, police raided the party office.", -7, "vote"),
    ],
)
def test_days_counted_from_a_named_event(text, days, event):
    (found,) = offsets_from_events(text)
    assert found.days == days
    assert text[found.event_start : found.event_end] == event


def test_days_counted_from_the_last_day_told_are_no_event_offsets():
    assert offsets_from_events("The rains stopped on 3 May. Two days later, roads reopened.") == []


def test_a_month_opening_a_place_name_is_no_date():
    found = find_dates("Police held 14 men in May Pen on Tuesday.", date(2027, 6, 10))
    assert [(w.text, w.start) for w in found] == [("Tuesday", date(2027, 6, 8))]
    found = find_dates("The rains came in May and June.", date(2027, 6, 10))
    assert [w.text for w in found] == ["May", "June"]


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("The lorry overturned on Wednesday of last week near Keren.", date(2027, 10, 6), None),
        ("The lorry overturned on Thursday last week near Keren.", date(2027, 10, 7), None),
        ("The market burned on Monday of this week.", date(2027, 10, 11), None),
        # the week first, then its day
        ("Last week on Tuesday, warriors ambushed a lorry near Keren.", date(2027, 10, 5), None),
        ("Last week, on Friday, the lorry overturned near Keren.", date(2027, 10, 8), None),
        # the night to a weekday of last week ends on that day
        (
            "The quay collapsed during the night to Friday last week.",
            date(2027, 10, 7),
            date(2027, 10, 8),
        ),
    ],
)
def test_a_weekday_of_a_named_week_is_that_day(text, first, last):
    (found,) = find_dates(text, date(2027, 10, 12))
    assert (found.start, found.end) == (first, last or first)


@pytest.mark.parametrize(
    "text",
    [
        "A rocket fell in an orchard near the moshav shortly after midnight.",
        "A rocket struck the roof of a clinic in the second salvo, at 00:31.",
        "Looters broke into the pharmacy in the small hours, the owner said.",
        "Three people were taken off the yacht shortly before 03:00, the coastguard says.",
        "The wall came down just after 04.10, a neighbour said.",
    ],
)
def test_the_small_hours_with_no_day_named_are_the_telling_day(text):
    found = small_hours(text, 0, len(text), date(2027, 7, 13))
    assert found is not None and (found.start, found.end) == (date(2027, 7, 13),) * 2
    assert find_dates(text, date(2027, 7, 13)) == []  # no date of its own: a fallback only


@pytest.mark.parametrize(
    "text",
    [
        "The first salvo came on Sunday, the second at 00:31.",
        "Crews kept the residents in the gym until after midnight.",
        "The road stayed closed until after 04:30.",
        "The yacht left the harbour before 03:00 on Sunday.",
    ],
)
def test_the_small_hours_of_a_named_day_or_ending_a_span_date_nothing(text):
    assert small_hours(text, 0, len(text), date(2027, 7, 13)) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # told as yet to come, a date after the anchor keeps the anchor's year
        ("The appeal court is due to rule on 18 March on the bail conditions.", date(2027, 3, 18)),
        ("The ministers will meet on March 18 in Geneva.", date(2027, 3, 18)),
        # told as past, it is last year's
        ("Police arrested two men on 18 March, the police said.", date(2026, 3, 18)),
        # its weekday fits this year's day and not last year's: one to come
        ("Doors open at 8 p.m. on Thursday, March 18, at the community hall.", date(2027, 3, 18)),
        ("Police arrested two men on Wednesday, March 18, 2026.", date(2026, 3, 18)),
        ("Police arrested two men on Wednesday, 18 March.", date(2026, 3, 18)),
        # a month told as yet to come is the next one, this year or the next
        ("The governor said a disarmament campaign would begin in June.", date(2027, 6, 1)),
        ("The ministry said elections will be held in February.", date(2028, 2, 1)),
        # told as past, the last one
        ("Floods cut the valley road in June, the governor said.", date(2026, 6, 1)),
    ],
)
def test_a_date_told_as_yet_to_come_keeps_the_year(text, day):
    (found,) = find_dates(text, date(2027, 3, 9))
    assert found.start == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # one reading is this month, the other still to come: the day before the month
        ("Four teachers were arrested on 12-11-2018.", "2018-11-12"),
        ("Four teachers were arrested on 11-12-2018.", "2018-11-12"),
        ("The strike on 12.11.2018 killed two.", "2018-11-12"),
        ("The strike on 11/12/2018 killed two.", "2018-11-12"),
        # 3 November, not 11 March months before
        ("The strike on 3.11.2018 killed two.", "2018-11-03"),
        # no year: this year's day, or last year's when it is still to come
        ("Six men were arrested on 3/11, police said.", "2018-11-03"),
        ("Six men were arrested on 14/11, police said.", "2018-11-14"),
        ("Six men were arrested on 11/14, police said.", "2018-11-14"),
        ("Six men were arrested on 25/11, police said.", "2017-11-25"),
        # the night or morning of a day in figures
        ("A boat capsized on the night of 14/11, the daily said.", "2018-11-14"),
    ],
)
def test_a_date_in_figures_that_reads_either_way_takes_the_recent_reading(text, day):
    (when,) = find_dates(text, ANCHOR)
    assert when.start == when.end == date.fromisoformat(day)


@pytest.mark.parametrize(
    "text",
    [
        "The form 03/04/2018 is ambiguous.",  # both readings months before the story
        "The rally on 2-1-2019 was planned.",  # both readings still to come
        "The vote on 4/5 was close.",  # 4 May or 5 April, both months before
        "Turnout rose by 1/3 on the day.",  # a fraction
        "Only a third of 1/3 of the ballots arrived.",  # a fraction after 'of' too
        "Prices rose 3.11 percent.",
    ],
)
def test_a_date_in_figures_with_two_readings_of_the_same_kind_stays_unread(text):
    assert find_dates(text, ANCHOR) == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the page's other dates in figures put the day first, so 03/04 is 3 April ...
        ("On 14/02/2018 a post was attacked. On 03/04/2018 ten families fled.", "2018-04-03"),
        # ... or the month first, so it is 4 March
        ("On 02/14/2018 a post was attacked. On 03/04/2018 ten families fled.", "2018-03-04"),
    ],
)
def test_a_date_in_figures_reads_in_the_order_the_pages_other_dates_show(text, first):
    *_, when = find_dates(text, date(2018, 4, 28))
    assert when.start == date.fromisoformat(first)


@pytest.mark.parametrize(
    "text",
    [
        "Between 03/04/2018 and 05/04/2018, 58 families left their homes.",
        "From 03/04/2018 to 05/04/2018, 58 families left their homes.",
    ],
)
def test_days_in_figures_between_two_dates_are_one_span(text):
    (when,) = find_dates(text, date(2018, 4, 28))
    assert (when.start, when.end, when.precision) == (date(2018, 4, 3), date(2018, 4, 5), "days")
    assert text[when.start_char : when.end_char].startswith("03/04/2018")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a chat exported on Saturday 19 October 2030; its messages are of 14 and 16 October
        (
            "[14/10/2030, 07:31] Jon Lind: The footbridge came down last night.\n\n"
            "[15/10/2030, 09:02] Petra Lindqvist: Shut again.\n\n"
            "[16/10/2030, 08:00] Mira Holt: The river rose on Monday and fell on Tuesday.",
            date(2030, 10, 19),
            [
                ("last night", date(2030, 10, 13)),
                ("Monday", date(2030, 10, 14)),
                ("Tuesday", date(2030, 10, 15)),
            ],
        ),
        # text messages copied from a phone on Tuesday 8 March 2033, each stamp alone on
        # its line over the message
        (
            "06/03/2033 18:30\nDISTRICT: The parents' meeting is cancelled.\n\n"
            "07/03/2033 05:48\nDISTRICT: A landslide at about 04:30 today blocked the road.\n\n"
            "07/03/2033 16:52\nDISTRICT: The road has been reopened.",
            date(2033, 3, 8),
            [("today", date(2033, 3, 7))],
        ),
    ],
)
def test_a_messages_own_stamp_anchors_what_it_says(text, published, expected):
    found = find_dates(text, published)
    assert [(w.text, w.start) for w in found] == expected
    for when in found:
        assert text[when.start_char : when.end_char] == when.text


def test_an_editors_gloss_in_brackets_gives_the_weekdays_date():
    # a list's post of Tuesday 14 September 2032 quoting Monday's paper
    text = (
        "Heavy rain on Sunday [5 Sep 2032] flooded the market. The commissioner on "
        "Monday [13 September] said the water had gone down by Saturday."
    )
    found = find_dates(text, date(2032, 9, 14))
    assert [(w.text, w.start) for w in found] == [
        ("Sunday [5 Sep 2032]", date(2032, 9, 5)),
        ("Monday [13 September]", date(2032, 9, 13)),
        ("Saturday", date(2032, 9, 11)),
    ]


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a digest of Wednesday 10 March 2032; its items are of broadcasts of 8 and 9 March
        (
            "Source: Radio Harar in Amharic 1700 gmt 8 Mar 32\n\n"
            "Police said yesterday that the bridge had collapsed.\n\n"
            "Text of report by the Dire Post website on 9 March\n\n"
            "Gunmen attacked a bus yesterday evening.",
            date(2032, 3, 10),
            [("yesterday", date(2032, 3, 7)), ("yesterday", date(2032, 3, 8))],
        ),
        # a security log's weekly digest of Saturday 14 May 2033; its entries' own days
        (
            "Date/time: 08 May 2033, approx. 07:40\n\n"
            "Description: A roadside bomb exploded near Sultanpur the same morning.\n\n"
            "Date/time: 10 May 2033, 06:00\n\n"
            "Description: Gunmen stopped a truck overnight.",
            date(2033, 5, 14),
            [("the same morning", date(2033, 5, 8)), ("overnight", date(2033, 5, 9))],
        ),
        # a live list's entries, their label spaced round its slash, their days day first
        (
            "Date / Time: 16.04.2033 02:10 UTC\n"
            "Narrative: A skiff fired on the trawler the same night.\n\n"
            "Date / Time: 11.04.2033 01:45 UTC\n"
            "Narrative: Robbers boarded the ship at anchor that morning.",
            date(2033, 4, 18),
            [("the same night", date(2033, 4, 16)), ("that morning", date(2033, 4, 11))],
        ),
    ],
)
def test_a_digests_items_are_dated_from_the_day_their_line_gives(text, anchor, expected):
    assert [(w.text, w.start) for w in find_dates(text, anchor)] == expected


def test_an_apps_alerts_stamped_by_a_short_weekday_and_hour_are_dated_from_that_day():
    text = (
        "Wed 21:14 | BREAKING\n\n"
        "A reporter was shot tonight outside the radio station in Coatepeque.\n\n"
        "Mon 08:02 | BREAKING\n\n"
        "A lahar came down the ravine this morning and cut the road near El Rodeo."
    )
    found = find_dates(text, date(2033, 9, 15))  # a Thursday
    assert [(w.text, w.start) for w in found] == [
        ("tonight", date(2033, 9, 14)),
        ("this morning", date(2033, 9, 12)),
    ]


def test_one_dated_source_line_is_no_digest():
    text = "Source: Radio Harar 8 Mar 32\n\nPolice said yesterday that the bridge had collapsed."
    found = find_dates(text, date(2032, 3, 10))
    assert [(w.text, w.start) for w in found] == [
        ("8 Mar", date(2032, 3, 8)),
        ("yesterday", date(2032, 3, 9)),
    ]


def test_an_alerts_row_of_code_day_and_region_stamps_what_it_says():
    text = (
        "ALERT 0412 | 10 Jun 2032 05:58 EAT | Coast\n\n"
        "Lamu: gunmen raided a village near Witu last night, 2 dead.\n\n"
        "ALERT 0409 | 9 Jun 2032 18:20 EAT | N.Eastern\n\n"
        "Mandera: IED hit a police truck yday near Khalalio."
    )
    found = find_dates(text, date(2032, 6, 12))
    assert [(w.text, w.start) for w in found] == [
        ("last night", date(2032, 6, 9)),
        ("yday", date(2032, 6, 8)),
    ]


def test_a_story_under_its_age_on_an_aggregators_page_is_dated_from_it():
    # copied on Friday 14 May 2032
    text = (
        "Maghreb Wire · 2 days ago\n\n"
        "Gunmen seized a council official in Sabha yesterday, the council said.\n\n"
        "Libya Dispatch · 5 hours ago\n\n"
        "Police arrested five smugglers at the port yesterday."
    )
    found = find_dates(text, date(2032, 5, 14))
    assert [(w.text, w.start) for w in found] == [
        ("yesterday", date(2032, 5, 11)),
        ("yesterday", date(2032, 5, 13)),
    ]


def test_a_bare_month_takes_the_year_of_the_month_it_is_paired_with():
    first, second = find_dates("It began in October and November 2016.", ANCHOR)
    assert (first.text, first.start, first.end) == (
        "October",
        date(2016, 10, 1),
        date(2016, 10, 31),
    )
    assert second.start == date(2016, 11, 1)


SUMMARY = "Below is the situation in the region over the past day. "


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("In the evening, the army shelled the town.", date(2018, 11, 18), date(2018, 11, 18)),
        ("In the afternoon, a drone hit a farm.", date(2018, 11, 18), date(2018, 11, 18)),
        # a clock time past midnight puts the night on the day of the telling
        ("At night, at about 03:40, a missile hit the plant.", date(2018, 11, 19), None),
        ("A drone hit a warehouse at night.", date(2018, 11, 18), date(2018, 11, 19)),
    ],
)
def test_a_summary_of_the_past_day_dates_its_evening_and_its_night(sentence, start, end):
    when = find_dates(SUMMARY + sentence, ANCHOR)[-1]
    assert (when.start, when.end) == (start, end or start)


def test_an_evening_outside_a_summary_of_the_past_day_is_no_date():
    assert find_dates("In the evening, the army shelled the town.", ANCHOR) == []


def test_at_night_outside_a_summary_of_the_past_day_is_a_habit_and_no_date():
    assert find_dates("They burn our taxis at night.", ANCHOR) == []


LOG = (
    "Weekly security advisory\n\n"
    "3.1  07 JUN 2031, 0930 UTC - SEIZURE OF FISHING DHOW - 40 NM NORTH OF HADIBU\n"
    "The coast guard said armed men seized a dhow and her crew.\n\n"
    "3.2  09 JUN 2031, 1105 UTC - EXPLOSION NEAR VESSEL - 18 NM WEST OF MOCHA\n"
    "The master said a small craft exploded off the starboard beam on Sunday.\n"
)


def test_a_log_entrys_heading_dates_the_entry_under_it():
    # the Sunday before the entry's day, not before the advisory's
    found = find_dates(LOG, date(2031, 6, 20))
    sunday = next(w for w in found if w.text == "Sunday")
    assert (sunday.start, sunday.end) == (date(2031, 6, 8), date(2031, 6, 8))


def test_the_day_after_an_entrys_stamp_with_no_year_is_the_stamps_year():
    text = LOG.replace("on Sunday", "at 0140 local time on 10 June")
    found = find_dates(text, date(2031, 6, 20))
    local = next(w for w in found if w.text.endswith("10 June"))
    assert local.start == date(2031, 6, 10)


def test_no_date_is_written_across_paragraphs():
    text = "March\n\n9 March – Floodwater reached the old bridge.\n\nApril"
    found = find_dates(text, ANCHOR)
    assert [(w.text, w.start) for w in found] == [("9 March", date(2018, 3, 9))]


def test_an_entrys_hour_in_a_log_of_a_night_dates_it_on_the_day_that_hour_falls():
    text = (
        "Period covered: 14/03/2033 06:00 to 15/03/2033 06:00\n\n"
        "1. Robbery\nTime: 21:50\nTwo men robbed a shop.\n\n"
        "2. Fire\nTime: 02:15\nA shed burned down.\n\n"
        "3. Arrest\nTime: 06:00\nA man was arrested."
    )
    stamps = item_stamps(text, date(2033, 3, 15))
    assert [(text[s.start : s.end], s.day) for s in stamps] == [
        ("Time: 21:50", date(2033, 3, 14)),
        ("Time: 02:15", date(2033, 3, 15)),
        ("Time: 06:00", date(2033, 3, 14)),
    ]


def test_a_date_time_group_dates_an_incident_on_its_day():
    text = "At 052215H October 2031, a patrol boat was struck by a drone off the island."
    (when,) = find_dates(text, ANCHOR)
    assert when.start == when.end == date(2031, 10, 5)
    assert text[when.start_char : when.end_char] == "052215H October 2031"


VOTE = "Voters in Kasama chose a new council in the by-election of Thursday 4 March 2032.\n\n"


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Two days before the vote, a campaign bus was stoned.", date(2032, 3, 2)),
        ("On the night of polling day, police arrested nine agents.", date(2032, 3, 4)),
        ("The day after election day, supporters blocked the road.", date(2032, 3, 5)),
        ("A week after the polls, the results were burned.", date(2032, 3, 11)),
    ],
)
def test_a_votes_day_named_by_what_it_is_takes_the_date_the_text_gives_the_vote(sentence, day):
    found = find_dates(VOTE + sentence, date(2032, 3, 8))
    assert [(w.start, w.end) for w in found][1:] == [(day, day)]


def test_a_votes_day_is_no_date_where_the_text_dates_no_vote():
    assert find_dates("On polling day, police arrested nine agents.", date(2032, 3, 8)) == []


PETITION = (
    "Stop the attacks on the camps of Rutshuru\n\n"
    "Armed men burned the Kanyaruchinya camp on Monday 10 January 2033.\n\n"
    "Updates\n\n"
    "Update · 20 March 2033\n\n"
    "Soldiers arrested six suspects at Kiwanja on Wednesday.\n\n"
    "Update: 3 March 2033\n\n"
    "Late on Monday evening, armed men attacked the camp again.\n"
)


def test_an_update_later_than_the_page_counts_its_weekdays_from_its_own_day():
    # the petition was first published on 12 February; its updates are later
    found = [(w.text, w.start) for w in find_dates(PETITION, date(2033, 2, 12))]
    assert ("Wednesday", date(2033, 3, 16)) in found  # before the update of Sunday the 20th
    assert ("Monday evening", date(2033, 2, 28)) in found


MONTHLY = "Incidents recorded in June 2031\n\nOn the 3rd, farmers blocked the road to the market.\n"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the month the text last named, with its year
        (MONTHLY, date(2031, 6, 3)),
        (
            MONTHLY + "The ministry announced on the 9th that an inquiry had opened.",
            date(2031, 6, 9),
        ),
        # no month named: the telling day's month, or the one before if the day is to come
        ("On the 12th, residents marched to the town hall.", date(2018, 11, 12)),
        ("On the 25th, residents marched to the town hall.", date(2018, 10, 25)),
    ],
)
def test_a_day_told_by_its_ordinal_is_of_the_month_the_text_names(text, day):
    found = find_dates(text, ANCHOR)
    assert (found[-1].start, found[-1].end) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "Fire broke out on the 4th floor of the block.",
        "Shells fell on the 2nd Battalion's positions in June 2031.",
        "Families gathered on the 5th anniversary of the flood.",
    ],
)
def test_an_ordinal_that_counts_something_else_is_no_day(text):
    assert all(w.precision != "day" for w in find_dates(text, ANCHOR))
