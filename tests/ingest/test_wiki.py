"""A wiki's article copied from the browser: the article's text, not the wiki's lines."""

from __future__ import annotations

from claimtrail.ingest.text import read_article
from claimtrail.ingest.wiki import wiki_lines

PAGE = [
    "Jump to content",
    "Main menu",
    "Search",
    "",
    "Contents hide",
    "(Top)",
    "1 Background",
    "2 Events",
    "",
    "Timeline of the floods in Lower Saxony (2031)",
    "3 languages",
    "Article",
    "Talk",
    "Read",
    "Edit",
    "View history",
    "",
    "From Wikipedia, the free encyclopedia",
    "",
    "Background[edit]",
    "The Aller has flooded the towns on its banks since records began.[1]",
    "",
    "Events[edit]",
    "4 February – The Aller burst its banks at Celle, police said.[2][3]",
    "",
    "5 February – Some 300 people left their homes in Winsen, the district said.[4]",
    "",
    "6 February – The Leine rose at Hanover, and a dike gave way near Neustadt.[5]",
    "",
    "See also[edit]",
    "Floods in Germany",
    "",
    "References[edit]",
    '^ "Aller floods Celle". Weser Post. 5 February 2031. Retrieved 6 February 2031.',
    "",
    "This page was last edited on 7 February 2031, at 10:12 (UTC).",
]


def test_the_title_stands_over_the_wikis_name_and_the_article_under_it():
    kept = wiki_lines(PAGE)
    assert kept[:4] == [
        "Timeline of the floods in Lower Saxony (2031)",
        "",
        "Source: Wikipedia",
        "",
    ]
    assert "Contents hide" not in kept and "View history" not in kept


def test_edit_links_and_reference_numbers_are_taken_out():
    kept = wiki_lines(PAGE)
    assert "4 February – The Aller burst its banks at Celle, police said." in kept
    assert "Background" in kept


def test_the_page_is_the_wikis_and_is_dated_by_its_last_edit():
    article = read_article("\n".join(PAGE).encode(), "x")
    assert article.publisher == "Wikipedia"
    assert str(article.published) == "2031-02-07"
    assert article.title == "Timeline of the floods in Lower Saxony (2031)"
    assert "Retrieved" not in article.text  # the references follow 'See also'


def test_a_page_without_the_wikis_line_is_left_as_it_is():
    page = [line for line in PAGE if not line.startswith("From Wikipedia")]
    assert wiki_lines(page) == page


BOXED_PAGE = [
    "Jump to content",
    "Timeline of the landslides in Sikkim (2031)",
    "Article   Talk",
    "Read   Edit   View history   Tools",
    "From Wikipedia, the free encyclopedia",
    "",
    "Timeline of the landslides in Sikkim (2031)",
    "Location: Sikkim, India",
    "Casualties: at least 9 killed",
    "",
    "The following is a timeline of landslides in Sikkim during 2031.",
    "",
    "Contents",
    "1 June",
    "2 References",
    "",
    "June",
    "3 June – A slope gave way above Mangan, cutting the highway, the district said.[1]",
]


def test_a_row_of_tabs_is_no_title_and_the_infobox_and_contents_are_no_text():
    article = read_article("\n".join(BOXED_PAGE).encode(), "x")
    assert article.title == "Timeline of the landslides in Sikkim (2031)"
    assert "Casualties" not in article.text and "1 June" not in article.text
    assert "3 June – A slope gave way above Mangan" in article.text
    assert "The following is a timeline" in article.text
