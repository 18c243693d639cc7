"""Hard-wrapped text is joined again where the wrapping, not the writer, broke its lines."""

from __future__ import annotations

import textwrap

from hypothesis import given
from hypothesis import strategies as st

from claimtrail.ingest.wrapping import joined_capital_headlines, unwrapped, wrap_width

PARAGRAPH = (
    "Fishermen from the northern villages said the storm had torn their nets from the "
    "stakes on Tuesday night, and that the harbour office had kept every boat in port "
    "for a second day while the wind stayed above forty knots. The office said it would "
    "review the ban on Thursday morning, after the coast guard had checked the channel "
    "for logs and the wreck of a barge that sank near the lighthouse during the storm."
)


def wrapped(text: str, width: int = 44) -> list[str]:
    return textwrap.wrap(text, width, break_on_hyphens=False)


def test_a_wrapped_paragraph_is_one_line_again():
    lines = ["BAY RECORD", "", *wrapped(PARAGRAPH), "", "Short closing line."]
    assert unwrapped(lines) == ["BAY RECORD", "", PARAGRAPH, "", "Short closing line."]


def test_a_headline_broken_by_the_width_is_joined_but_a_byline_under_it_is_not():
    headline = "Storm keeps the fleet in port as nets are lost"
    lines = [*wrapped(headline), "By Ana Ruiz", "", *wrapped(PARAGRAPH)]
    assert unwrapped(lines)[:2] == [headline, "By Ana Ruiz"]


def test_a_word_cut_at_the_break_is_whole_again_unless_written_with_a_hyphen_elsewhere():
    lines = [
        "The boats stayed in the harbour on Tuesday,",
        "and the office said the ban would be a long-",
        "term one unless the wind dropped. Fishermen",
        "said they were losing money every day, and",
        "the co-operative asked for help. The office",
        "said it had no funds for a long-term scheme",
        "and that the harbour would open again on Fri-",
        "day morning if the coast guard found the way",
        "clear of logs and of the wreck of the barge.",
    ]
    text = unwrapped(lines)[0]
    assert "a long-term one" in text
    assert "on Friday morning" in text


def test_a_name_carried_over_just_short_of_the_width_is_joined_inside_a_sentence():
    # a copy of a page set in a font of uneven widths: 'Abad,' would just have fitted
    lines = wrapped(PARAGRAPH)
    short, name = "On Monday, a pupil in town, Kristoffer", "Abad, was shot dead."
    assert len(short) + len(" Abad,") == wrap_width(lines)  # it fits, to the character
    joined = unwrapped([*lines, short, name])
    assert joined[-1].endswith("Kristoffer Abad, was shot dead.")


def test_text_that_is_not_wrapped_is_left_alone():
    lines = [PARAGRAPH, "", "A second paragraph, on a line of its own.", "", PARAGRAPH]
    assert wrap_width(lines) is None
    assert unwrapped(lines) == lines


def test_a_list_item_is_never_joined_to_the_line_above():
    lines = [*wrapped(PARAGRAPH), "- a list item that follows at once"]
    assert unwrapped(lines)[-1] == "- a list item that follows at once"


WORDS = st.lists(
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=10),
    min_size=500,
    max_size=800,
)


@given(WORDS, st.integers(min_value=60, max_value=100))
def test_any_wrapped_prose_is_restored(words, width):
    text = " ".join(words)
    lines = textwrap.wrap(text, width, break_on_hyphens=False, break_long_words=False)
    assert wrap_width(lines) is not None
    assert unwrapped(lines) == [text]


def test_a_scanned_columns_indented_paragraphs_stay_apart():
    second = "The office said the ban would stay in force until the wind dropped."
    lines = [*("  " + line if n == 0 else line for n, line in enumerate(wrapped(PARAGRAPH)))]
    lines += ["  " + line if n == 0 else line for n, line in enumerate(wrapped(second))]
    assert unwrapped(lines) == ["  " + PARAGRAPH, "  " + second]


def test_one_line_a_little_past_the_column_does_not_set_the_width():
    text = f"{PARAGRAPH} {PARAGRAPH}"
    lines = wrapped(text, 40)
    lines[1] = lines[1] + " wx"  # a word the scanner let run past the column
    assert unwrapped(lines) == [" ".join(lines)]


def test_a_box_drawn_in_text_keeps_its_borders_on_their_own_lines():
    border = "+" + "-" * 40 + "+"
    lines = [*wrapped(PARAGRAPH), border, "| IN BRIEF" + " " * 30 + "|", border, "Short."]
    assert unwrapped(lines)[1:4] == lines[-4:-1]


def test_a_headline_set_narrower_than_the_column_is_one_line():
    headline = ["Storm keeps the fleet", "in port as nets are lost", "at Port Lenn"]
    lines = [*headline, "", *wrapped(PARAGRAPH)]
    assert unwrapped(lines)[0] == "Storm keeps the fleet in port as nets are lost at Port Lenn"


def test_no_lines_are_no_wrapped_text():
    assert unwrapped([]) == []


def test_a_list_items_hanging_lines_join_it_and_a_forms_rows_stay_apart():
    items = [
        "- Dosso: the river is expected to rise from early July, and more urban",
        "  flooding in Dosso and Gaya is likely if the heavy rain persists.",
        "> Diffa: pressure on the villages along the river is expected to go",
        "  on; we do not expect attacks on the town itself this month.",
    ]
    form = [
        "Prepared by:   Ana Okafor, Senior Analyst, Central Africa Desk, Lagos",
        "Reviewed by:   Bo Mensah, Head of Research",
    ]
    lines = [*form, "", *wrapped(PARAGRAPH, 72), "", *items, "", *wrapped(PARAGRAPH, 72)]
    joined = unwrapped(lines)
    assert joined[:2] == form
    assert items[0] + " " + items[1].strip() in joined
    assert items[2] + " " + items[3].strip() in joined


def test_a_headline_in_capitals_broken_over_lines_is_one_line():
    lines = [
        "GOVERNMENT OF MALAWI",
        "MINISTRY OF HOMELAND SECURITY",
        "",
        "POLICE DISPERSE NURSES AT KAMUZU CENTRAL HOSPITAL AND ARREST SIX",
        "UNION LEADERS IN LILONGWE",
        "Six nurses were arrested.",
    ]
    assert joined_capital_headlines(lines) == [
        "GOVERNMENT OF MALAWI",
        "MINISTRY OF HOMELAND SECURITY",
        "",
        "POLICE DISPERSE NURSES AT KAMUZU CENTRAL HOSPITAL AND ARREST SIX "
        "UNION LEADERS IN LILONGWE",
        "Six nurses were arrested.",
    ]


def test_a_long_line_in_capitals_that_ends_goes_on_no_further():
    lines = ["POLICE DISPERSE NURSES AT KAMUZU CENTRAL HOSPITAL IN LILONGWE:", "SIX ARRESTED"]
    assert joined_capital_headlines(lines) == lines
