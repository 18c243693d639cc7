"""Bylines, header lines and datelines, one line at a time."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrail.ingest.byline import parse_byline, parse_credits, parse_signature
from claimtrail.ingest.dateline import parse_dateline
from claimtrail.ingest.header import (
    _label_in_capitals,
    _page_furniture,
    _site_links,
    outlet_name,
    read_header,
)
from claimtrail.ingest.header_lines import classify, ticker_label
from claimtrail.ingest.text import read_article


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
        ("By Tess Ogle, Crime Reporter", ("Tess Ogle",), None),
        ("By Tess Ogle and Ravi Nair, Defence Correspondents", ("Tess Ogle", "Ravi Nair"), None),
        ("By Lena Ek | June 4, 2021", ("Lena Ek",), date(2021, 6, 4)),
        ("Posted by Lena Ek on June 4, 2021", ("Lena Ek",), date(2021, 6, 4)),
        ("Author: Lena Ek", ("Lena Ek",), None),
        ("Text: Lena Ek and Tom Berg | English version: Kim Sato", ("Lena Ek", "Tom Berg"), None),
        ("Fact-check by Lena Ek · Edited by Kim Sato", ("Lena Ek",), None),
        ("By Lena Ek (Gulu) and Tom Berg (Kampala)", ("Lena Ek", "Tom Berg"), None),
        ("By Lena Ek (Gulu correspondent) and Tom Berg", ("Lena Ek", "Tom Berg"), None),
        ("Por / By Inés Vera y Tomás Soto", ("Inés Vera", "Tomás Soto"), None),
        ("Par Jean Dupont et Marie Leroy", ("Jean Dupont", "Marie Leroy"), None),
        # where the first writer filed, in brackets before the second; initials joined to
        # the name as Mongolian sites print them
        ("Сурвалжлагч: Б.Мөнхзул (Даланзадгад), Э.Тэмүүлэн", ("Б.Мөнхзул", "Э.Тэмүүлэн"), None),
        ("By D.Tsolmon, G.Enkhjin", ("D.Tsolmon", "G.Enkhjin"), None),
        ("By Lena Ek (Gulu), Tom Berg", ("Lena Ek", "Tom Berg"), None),
        ("Por Ana Ruiz (Lima) y un corresponsal en la sierra", ("Ana Ruiz",), None),
        ("By Lena Ek and a correspondent in Goma", ("Lena Ek",), None),
        # a role, then where the second writer filed from, between commas
        (
            "Par Ana Moreau, correspondante à Kara, et Luc Ebo, à Sokodé",
            ("Ana Moreau", "Luc Ebo"),
            None,
        ),
        # where each filed, after 'à'; the label in two languages, each writer's town in
        # brackets between dashes (no outlet); Serbian 'и' between two names
        ("Textes : Ana Moreau à Kara et Luc Ebo à Sokodé", ("Ana Moreau", "Luc Ebo"), None),
        (
            "De nos correspondants / From our correspondents : Ali KACI (Sétif) – Lila ZIANI "
            "(Batna)",
            ("Ali KACI", "Lila ZIANI"),
            None,
        ),
        ("Аутори: Jovana Ilić (Niš) и Marko Petrović", ("Jovana Ilić", "Marko Petrović"), None),
        # Portuguese 'e' after the first writer's town
        ("Por Rita Serrano (Viseu) e Tiago Lemos", ("Rita Serrano", "Tiago Lemos"), None),
        # labelled and joined in Icelandic, Hungarian, Swedish and Finnish
        ("Eftir / By Sigrún Dal og Ari Berg", ("Sigrún Dal", "Ari Berg"), None),
        ("Szerző: Anna Kiss és Gábor Tóth", ("Anna Kiss", "Gábor Tóth"), None),
        ("Av / By Elsa Lind och Per Holm", ("Elsa Lind", "Per Holm"), None),
        ("By Aino Virta ja Mikko Salo", ("Aino Virta", "Mikko Salo"), None),
        # labelled in Danish; joined in Luxembourgish
        ("Af Mette Dal og Jonas Holm", ("Mette Dal", "Jonas Holm"), None),
        ("Par / By Lynn Weis an Tom Hoffmann", ("Lynn Weis", "Tom Hoffmann"), None),
        # each writer's town between commas, then joined in Danish or Greenlandic
        ("Af Mette Dal, Aarhus, og Jonas Holm, Odense", ("Mette Dal", "Jonas Holm"), None),
        (
            "Af Aaju Olsen, Ilulissat, aamma Pipaluk Kreutzmann",
            ("Aaju Olsen", "Pipaluk Kreutzmann"),
            None,
        ),
        # who asked the questions of an interview wrote it
        ("Interview by Mira Holt", ("Mira Holt",), None),
        # a second writer credited with reporting, on the byline's own line
        (
            "By Hodan Ali Warsame in Hargeisa, with additional reporting by Omar Jama in Leeds",
            ("Hodan Ali Warsame", "Omar Jama"),
            None,
        ),
        ("By Ruth Okello, with reporting by Peter Ochieng", ("Ruth Okello", "Peter Ochieng"), None),
    ],
)
def test_bylines(line, names, published):
    byline = parse_byline(line)
    assert byline is not None
    assert byline.names == names
    assert byline.published == published
    assert byline.outlet is None  # a town in brackets is not an outlet


@pytest.mark.parametrize(
    "line",
    [
        "By Ilse Marten (pen name)",
        "By Ilse Marten (a pseudonym) and our correspondents, whose names we withhold",
        "By Ilse Marten, who reported from the border",
    ],
)
def test_a_note_on_the_writers_name_or_a_clause_after_it_is_no_name(line):
    byline = parse_byline(line)
    assert byline is not None
    assert byline.names == ("Ilse Marten",)


def test_a_station_after_the_writer_is_the_outlet():
    byline = parse_byline("By Senait Haile, Radio Dimtsi")
    assert byline is not None
    assert (byline.names, byline.outlet) == (("Senait Haile",), "Radio Dimtsi")


def test_a_byline_with_the_agency_the_writers_worked_with():
    byline = parse_byline("Por Rita Serrano (Viseu) e Tiago Lemos, com Agência Mar")
    assert byline is not None
    assert (byline.names, byline.outlet) == (("Rita Serrano", "Tiago Lemos"), "Agência Mar")


@pytest.mark.parametrize(
    "line",
    [
        "Imarisaanut ingerlaqqigit · Gå til indhold",
        "Skip to content | Mazmuna geç",
        "Leyp til innihaldið · Spring til indhold",
    ],
)
def test_a_skip_link_beside_the_same_in_a_language_the_vocabulary_lacks(line):
    found = _page_furniture(0, line)
    assert found is not None and found.kind == "furniture"


def test_a_chinese_label_and_full_width_bar_around_the_writers_latin_name():
    line = classify(0, "文：陳美玲 Chan Mei-ling ｜ 本報記者 with a correspondent in Foshan")
    assert line is not None and line.authors == ("Chan Mei-ling",)


def test_the_outlet_and_where_it_filed_from_after_the_writer_are_no_writers():
    line = classify(0, "By Salka Ahmed  |  Sahel Press, Chahid El Hafed")
    assert line is not None
    assert (line.authors, line.byline_outlet) == (("Salka Ahmed",), "Sahel Press")


def test_the_newsroom_and_its_town_after_the_writers_are_no_writers():
    line = classify(0, "By Ewan Le Cras and Mia Ogier  |  Herald newsroom, St Anne")
    assert line is not None and line.authors == ("Ewan Le Cras", "Mia Ogier")


def test_a_notice_under_its_label_in_the_date_bar_names_no_outlet():
    line = classify(0, "Monday 6 March 2028  |  Ferries: all crossings cancelled today")
    assert line is not None and line.published == date(2028, 3, 6)
    assert (line.publisher, line.byline_outlet) == (None, None)


@pytest.mark.parametrize(
    ("line", "kind", "authors"),
    [
        ("Udgivet 10.09.2027 kl. 07:00", "published", ()),
        ("Útgivið / Udgivet 10.09.2027 kl. 07:00  ·  Dagført / Opdateret 10.09.2027", None, ()),
        ("Tekstur / Tekst: Rannvá Joensen og Símun á Ryggi", "byline", None),
        ("Ritstjórn / Redigeret af: Tróndur Dam", "role", ()),
    ],
)
def test_nordic_labels_of_the_date_the_writers_and_the_editor(line, kind, authors):
    found = classify(0, line)
    assert found is not None
    if kind is not None:
        assert found.kind == kind
    if authors is None:
        assert found.authors == ("Rannvá Joensen", "Símun á Ryggi")
    else:
        assert found.authors == authors
        assert found.kind == "role" or found.published == date(2027, 9, 10)


def test_the_translator_under_a_label_in_two_languages_writes_no_story():
    line = classify(0, "Nutserisoq / Oversat af: Karen Holm")
    assert line is not None and line.kind == "translation" and line.authors == ()


@pytest.mark.parametrize(
    "line",
    ["Fredag den 17. september 2027", "Freitag, den 17. September 2027", "Le 17 septembre 2027"],
)
def test_an_article_between_the_weekday_and_the_date_names_no_outlet(line):
    found = classify(0, line)
    assert found is not None
    assert (found.kind, found.publisher, found.published) == ("date", None, date(2027, 9, 17))


def test_a_long_date_bar_of_towns_weather_and_sunset_is_still_a_date_bar():
    line = classify(
        0,
        "Tallimanngorneq 17. septembari 2027  ·  Fredag den 17. september 2027  ·  Aasiaat 4°,"
        " anorersuaq / kuling  ·  Maniitsoq 6°  ·  Qaqortoq 8°, sialuk / regn  ·  Upernavik -2°"
        "  ·  Seqinnerup nuinera / Solnedgang 19:12",
    )
    assert line is not None and line.published == date(2027, 9, 17)


@pytest.mark.parametrize(
    "line",
    [
        "Tuesday, October 31, 2034  |  Vol. 47 No. 16,842  |  30 Baht",
        "Monday, 3 March 2031  ·  Vol. 12, No. 41  ·  Rs 10",
    ],
)
def test_a_date_bar_with_the_issues_volume_and_price_is_still_a_date_bar(line):
    found = classify(0, line)
    assert found is not None and found.published is not None and found.date_line


@pytest.mark.parametrize(
    "line",
    [
        "By Liza M. Ocampo and Rey Abrenica  |  DXRT News, Cotabato City",
        "By Liza Ocampo  |  Harbour News, Davao",
    ],
)
def test_the_newsroom_and_its_town_beside_a_byline_is_no_writer(line):
    found = classify(0, line)
    assert found is not None and "News" not in " ".join(found.authors)


def test_each_writers_town_in_two_scripts_splits_no_name():
    # the slash between a town's two spellings is no separator between writers
    line = classify(0, "بقلم: Lena Ek (صور / Tyre)  ·  Tom Berg (زحلة / Zahle)")
    assert line is not None and line.authors == ("Lena Ek", "Tom Berg")


@pytest.mark.parametrize(
    "line",
    [
        "By the end of 2019, troops had left the valley.",
        "By Monday the roads were open again",
        "Bystanders said they heard two blasts",
        "By 2020",
        "The minister spoke by phone",
        "Text messages warned residents to leave",
        "By Imieniny: Ewy, Pawła",  # a label over the day's name days, no writer
        "From Our Correspondent in Goma",  # a writer left unnamed
        "From Kabul to Kandahar in a day",
        "By PRESS STATEMENT",  # a kind of document, no writer
    ],
)
def test_not_bylines(line):
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "kind", "publisher", "published"),
    [
        ("Global Ledger, November 19, 2018", "outlet", "Global Ledger", date(2018, 11, 19)),
        ("South Desk 14 November 2018", "outlet", "South Desk", date(2018, 11, 14)),
        ("The Daily Example | 2021-06-04", "outlet+date", "The Daily Example", date(2021, 6, 4)),
        ("June 4, 2021", "date", None, date(2021, 6, 4)),
        ("4 June 2021 | 12 min read", "date", None, date(2021, 6, 4)),
        ("June 4, 2021 10:32 AM EDT", "date", None, date(2021, 6, 4)),
        ("June 4, 2021 10:32 AM GMT+5 Updated 3 hours ago", "date", None, date(2021, 6, 4)),
        ("4 June 2021 07:15 UTC+05:30", "date", None, date(2021, 6, 4)),
        ("Published 4 June 2021 | Updated 12 mins ago", "published", None, date(2021, 6, 4)),
        (
            "Covering 28 May-3 June 2021 | Published 4 June 2021",
            "coverage+published",
            None,
            date(2021, 6, 4),
        ),
        ("Reporting period: May 2021", "coverage", None, None),
        ("06/14/2021 June 14, 2021", "date", None, date(2021, 6, 14)),
        (
            "Mombasa, Coast ● Mon, June 14, 2021 | 03:18 pm",
            "place+date+time",
            None,
            date(2021, 6, 14),
        ),
        ("Posted 14.06.2021 · 10:30 (Nairobi)", "published+time", None, date(2021, 6, 14)),
        (
            "Kupang/Dili ● Mon, June 14, 2021 | 10:05 am — Updated: 02:10 pm",
            "place+date+time",
            None,
            date(2021, 6, 14),
        ),
        (
            "Monday 14 June 2021 · 08:40 (GMT+1) | Last updated 14.06.21 · 11:05",
            "date+time+updated+time",
            None,
            date(2021, 6, 14),
        ),
        (
            "English translation: Ines Moreau for The Harbour Post"
            " · Monday 14 June 2021 · 4 min read",
            "translation+date",
            None,
            date(2021, 6, 14),
        ),
        ("Updated June 4, 2021 - 6.12pm, first published at 4.40pm", "updated", None, None),
        ("Sport | Football in Africa", "nav", None, None),
        ("Published: 2021-06-04", "published", None, date(2021, 6, 4)),
        ("4 JUN 2021 · 19h55 — Updated 22h40", "date+time", None, date(2021, 6, 4)),
        (
            "Friday 4 June 2021, 18:25 Kigali · last modified 21:10",
            "date+time",
            None,
            date(2021, 6, 4),
        ),
        ("Published at : June 4, 2021 | Jestha 21, 2078", "published+date", None, date(2021, 6, 4)),
        ("Posted 4 June 2021 | 23 Shawwal 1442 AH", "published+date", None, date(2021, 6, 4)),
        ("Published on June 4, 2021", "published", None, date(2021, 6, 4)),
        ("Updated: 2021-06-05 10:32", "updated", None, None),
        ("Region: Middle East", "tag", None, None),
        ("In-depth Report: SYRIA", "tag", None, None),
        # a page's list of contents
        ("ON THIS PAGE: Flood cuts coast road · Ferry runs aground · In brief", "tag", None, None),
        ("In this issue: Kisumu · Nakuru · Notices", "tag", None, None),
        ("FOR IMMEDIATE RELEASE", "marker", None, None),
        ("***", "separator", None, None),
        ("Published on Wed, 16/06/2021 - 10:47", "published", None, date(2021, 6, 16)),
        ("GULU / LIRA – 16 June 2021, 11:20 (local time)", "date", None, date(2021, 6, 16)),
        ("16 de junio de 2021 · 10:47", "date+time", None, date(2021, 6, 16)),
        ("Wednesday, 16/06/2021 - 08:30 (GMT+7)", "date", None, date(2021, 6, 16)),
        (
            "Gulu, 16/06/2021 | 06:40 h — Updated 16/06/2021 | 11:05 h",
            "outlet+updated+time",
            "Gulu",
            date(2021, 6, 16),
        ),
        ("09:15 | 16.06.2021 | Society", "time+date+section", None, date(2021, 6, 16)),
        ("16.06.2021", "date", None, date(2021, 6, 16)),
        (
            "Temuco, miércoles 16 de junio de 2021 | Dólar $951,10 | Temuco 18°C",
            "date+furniture+furniture",
            None,
            date(2021, 6, 16),
        ),
        ("16/06/2021 09:20 hrs — Actualizado / Updated 11:40 hrs", "date", None, date(2021, 6, 16)),
        (
            "Wednesday 26 Khordad 1400 / 16 June 2021 – 09:30 Tehran time (05:00 GMT)",
            "date",
            None,
            date(2021, 6, 16),
        ),
        ("Baisakh 12, 2078 / June 16, 2021", "date", None, date(2021, 6, 16)),
        ("BOLIVIA-MINING/COLLAPSE (UPDATE 2)", "marker", None, None),
        ("(Adds rescue details in paragraphs 4-6, minister's comments)", "marker", None, None),
        (
            "Wednesday, June 16, 2021 | Gulu | Lira | Kitgum",
            "date+place+place+place",
            None,
            date(2021, 6, 16),
        ),
        ("GULU/LIRA, Jun 15", "dateline", None, None),  # a dateline on a line of its own
        (
            "Tuesday, 15 June 2021 | 25 Jawza 1400 | Kabul 24°C | دری | پښتو | English",
            "date+date+furniture+furniture+furniture+furniture",  # links in their own script
            None,
            date(2021, 6, 15),
        ),
        (
            "Publié le 16/06/2021 à 07h40 | Mis à jour le 16/06/2021 à 11h05",
            "published+updated",
            None,
            date(2021, 6, 16),
        ),
        (
            "Mercredi 16 juin 2021 | Lomé 30°C | Flash Info : le conseil des ministres se réunit",
            "date+furniture+furniture",
            None,
            date(2021, 6, 16),
        ),
        (
            "Ana Ruiz | La Voz del Valle (Cobán) | miércoles 16/06/2021",
            "byline+outlet+date",  # an outlet whose name opens with its head word
            None,
            date(2021, 6, 16),
        ),
        (
            "środa, 16 czerwca 2021 | Imieniny: Anny, Jana | Kraków 21°C | PL | EN | UA",
            "date+furniture+furniture+furniture+furniture+furniture",  # the day's name days
            None,
            date(2021, 6, 16),
        ),
        (
            "Data publikacji: 16.06.2021 08:10 | Ostatnia aktualizacja: 16.06.2021 09:55",
            "published+updated",
            None,
            date(2021, 6, 16),
        ),
        ("Нийтэлсэн: 2021.06.16 08:10", "published", None, date(2021, 6, 16)),
        ("Źródło: Radio Dwa, PAR, IAR", "role", None, None),  # the outlets it draws on
        (
            "AZ | RU | EN · Cümə axşamı, 16 iyun 2021 · Bakı +27° · AMB: 1 USD = 1.7000 AZN",
            "furniture+furniture+furniture+date+furniture+furniture",  # links before the date
            None,
            date(2021, 6, 16),
        ),
        (
            "الأربعاء ٦ ذو القعدة ١٤٤٢ هـ | Wednesday, 16 June 2021 | USD/EGP 15.65",
            "date+date+furniture",  # the day in Arabic script and the Hijri calendar
            None,
            date(2021, 6, 16),
        ),
        (
            "16 de junio, 2021 — 6:40 a. m. · Actualizado: 16/06/2021, 11:05 a. m. (hora de Lima)",
            "date+updated",
            None,
            date(2021, 6, 16),
        ),
        (
            "miércoles, 16 de junio de 2021 | 1,154 días desde el 18 de abril de 2018",
            "date+furniture",  # a count of days, however long its words
            None,
            date(2021, 6, 16),
        ),
        (
            "Wednesday, 16 June 2021 | e-Edition | Subscribe | Public Notices",
            "date+furniture+furniture+furniture",  # a link among links, no writer
            None,
            date(2021, 6, 16),
        ),
        ("Print edition: Issue No. 1,204, page 3", "furniture", None, None),
        ("Ann Lee | Staff Correspondent", "byline", None, None),
        ("Liz Benítez Ortiz | Enviada especial al Chaco", "byline", None, None),
        (
            "13-01-2027 01:10 PM | آخر تحديث Last updated: 03:42 PM",
            "date+furniture",
            None,
            date(2027, 1, 13),
        ),
        (
            "Publicado el 15/04/2026 a las 07:45 · Última modificación: 15/04/2026 a las 12:20",
            "published+updated",
            None,
            date(2026, 4, 15),
        ),
        (
            "Wednesday, 13 January 2027 | النسخة العربية | English Edition",
            "date+furniture+furniture",  # an edition's link, no writer
            None,
            date(2027, 1, 13),
        ),
        ("Müəllif: Aysel Quliyeva · Redaktor: Fuad Məmmədli", "byline+role", None, None),
        ("Źródło: PAR", "outlet", "PAR", None),
        # the sections filed under, then a count of views
        (
            "Posted on 3 March 2031 in Statements, Justice and Peace | 880 views",
            "published",
            None,
            date(2031, 3, 3),
        ),
    ],
)
def test_header_lines(line, kind, publisher, published):
    found = classify(0, line)
    assert found is not None
    assert (found.kind, found.publisher, found.published) == (kind, publisher, published)


@pytest.mark.parametrize(
    ("line", "authors", "updated"),
    [
        ("Priya Menon | TDE | Updated: Jun 5, 2021, 09:40 IST", ("Priya Menon",), date(2021, 6, 5)),
        ("Tom Berg and Kim Sato | Updated: 2021-06-05", ("Tom Berg", "Kim Sato"), date(2021, 6, 5)),
    ],
)
def test_bare_names_beside_a_date_are_the_byline(line, authors, updated):
    found = classify(0, line)
    assert found is not None
    assert (found.authors, found.updated, found.publisher) == (authors, updated, None)


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Friday June 4, 2021 - 09:52:41 in Latest News by Kofi Mensah", ("Kofi Mensah",)),
        ("Friday June 4, 2021 - 09:52:41 in Local News by Gazette Staff", ()),
    ],
)
def test_a_date_then_section_and_byline(line, authors):
    found = classify(0, line)
    assert found is not None and found.published == date(2021, 6, 4)
    assert found.authors == authors


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By  Chidi Okeke, Enugu", ("Chidi Okeke",)),
        ("By Herald Staff", ()),  # a byline naming the newsroom, no writer
        ("Marta Ilunga with Reuters, AFP and dpa", ("Marta Ilunga",)),
        ("Ana Lima and Rui Costa (The Harbour Times)", ("Ana Lima", "Rui Costa")),
        # the desk the writers filed with, and its town, after a bar
        ("By Ana Lima and Rui Costa  |  Gazette Newsroom, Port Elm", ("Ana Lima", "Rui Costa")),
        # a menu opened by its home link, whose section reads like a name and its place
        ("Home   News   Kalinda Bay (Parishes)   Sport   Letters", ()),
    ],
)
def test_places_and_newsrooms_in_bylines_are_no_names(line, names):
    found = classify(0, line)
    assert (found.authors if found else None) == names


def test_a_headline_with_the_site_name_is_no_navigation():
    assert classify(0, "Floods Hit Valley | Example Times") is None


def test_bare_name_without_a_date_is_no_byline():
    found = classify(0, "Priya Menon | Opinion")
    assert found is None or found.authors == ()


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Marta Ilunga, correspondent in Goma", "Marta Ilunga"),
        ("Lena Park, Staff Writer", "Lena Park"),
        ("Omar al-Masri, Middle East Editor", "Omar al-Masri"),
    ],
)
def test_signatures_without_a_label(line, name):
    assert parse_signature(line).names == (name,)
    assert classify(0, line).authors == (name,)


@pytest.mark.parametrize(
    "line",
    [
        "Fighting continues, reporters say",
        "Police Chief, Lagos",
        "Jane Doe, who was injured in the blast",
        "Kigali, Rwanda",
        "THE BAY COURIER - LOCAL NEWS",
        "LOTUS RIVER DAILY",
    ],
)
def test_not_signatures(line):
    assert parse_signature(line) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("MINH ANH - QUOC BAO", ("MINH ANH", "QUOC BAO")),
        ("MINH ANH (correspondent in Hue)", ("MINH ANH",)),
        (
            "MINH ANH - QUOC BAO (correspondents in Hue), with additional reporting by a wire",
            ("MINH ANH", "QUOC BAO"),
        ),
    ],
)
def test_names_in_capitals_joined_by_dashes_sign_a_story(line, names):
    signature = parse_signature(line)
    assert signature is not None and signature.names == names


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
            "BUNIA, Democratic Republic of the Congo, 12 March 2026 - The agency said ...",
            "BUNIA",
            None,
            date(2026, 3, 12),
            None,
        ),
        (
            "GENEVA, June 4, 2021 /PRNewswire/ -- The Alliance ...",
            "GENEVA",
            "PRNewswire",
            date(2021, 6, 4),
            None,
        ),
        ("SHILLONG, Jun 9 (PTI) Two miners were trapped ...", "SHILLONG", "PTI", None, (6, 9)),
        ("Guwahati, Jun 9 (IANS): A boat capsized ...", None, "IANS", None, (6, 9)),
        ("KAZAN, June 9. /ITAR/. A gas pipe exploded ...", "KAZAN", "ITAR", None, (6, 9)),
        ("GULU/LIRA, Jun 15", "GULU/LIRA", None, None, (6, 15)),  # alone on its line
        # the day before the month, as British and African wires print it
        ("KAYES (APS), 17 May - A flash flood ...", "KAYES", "APS", None, (5, 17)),
        ("LUSAKA, 3rd March - Police said ...", "LUSAKA", None, None, (3, 3)),
        # a stop closing the place, as Spanish-language papers set it, and accented capitals
        ("CAPITÁN BADO.– Agents destroyed ...", "CAPITÁN BADO", None, None, None),
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
        "The Disaster Management Authority (NDMA) Chairman said the dam was safe.",
        "BAMAKO, Mali",  # a place alone on its line, no day
        # a place in title case and the commune it lies in, no agency
        "Rumonge (Muhuta) – The lake rose over the road on Monday.",
        # an editor's note's label, set as a dateline's place is
        "CORRECTION - September 14, 2033 5:05 PM CAT",
        "UPDATE - The army said on Monday that the road was open.",
    ],
)
def test_not_datelines(paragraph):
    assert parse_dateline(paragraph) is None


@pytest.mark.parametrize(
    ("line", "kind", "published"),
    [
        ("Home > Business > Labour", "nav", None),
        ("News » World » Asia Pacific", "nav", None),
        ("Local News | Weather | Traffic | Watch Live", "nav", None),
        ("ENGLISH EDITION · Lisbon · Public security", "nav", None),
        ("Regions | Disasters", "nav", None),
        ("You are here: Home » Regional » Coast", "nav", None),
        ("Español | English | Français | العربية", "nav", None),
        ("News | Sport | Business | Culture | About | Donate to us", "nav", None),
        ("Contact: Ann Berg, Press Officer", "contact", None),
        ("Tel: +44 20 0000 0000", "contact", None),
        ("press@relief.example.org | +254 700 000 000", "contact", None),
        ("Published: 6:42 PM CST January 25, 2024", "published", date(2024, 1, 25)),
        ("Published 10:05 a.m. on 3 March 2023", "published", date(2023, 3, 3)),
        ("Updated: 9:15 PM CST January 25, 2024", "updated", None),
        ("Date: 5 August 2024", "published", date(2024, 8, 5)),
        ("PRESS RELEASE", "marker", None),
        # a date bar whatever its other items: a greeting before the day, the same day in
        # another language's words, a year marked in Russian
        (
            "FR | Kiswahili · Jambo! Monday, 1 March 2027 · USD 1 = TSh 2,610",
            "furniture",
            date(2027, 3, 1),
        ),
        (
            "Ku wa mbere, itariki 1 Werurwe 2027 — Lundi 1 mars 2027 · Gitega 27°C · USD 1 = "
            "2 985 FBu",
            "date",
            date(2027, 3, 1),
        ),
        ("Понедельник, 1 марта 2027 г. | Алматы +4°", "date", date(2027, 3, 1)),
        ("Quito, lunes 1 de marzo del 2027", "date", date(2027, 3, 1)),
        # a label in the site's language, then in a more widely read one
        ("Yasohowe / Publié : 01.03.2027 – 09h10", "published", date(2027, 3, 1)),
        ("Uri hano : Ahabanza › English › Intara", "nav", None),
        # a date whose label and time are in a script no label of ours reads
        ("نُشر في الأربعاء 3 مارس 2027 على الساعة 09:15", "date", date(2027, 3, 3)),
        # bylines naming no writer, and writers each with a role
        ("By Gazette reporters", "byline", None),
        ("By Staff Reporter", "byline", None),
        ("Ana Ruiz/Staff Reporter and Bo Ray/Western Bureau Writer", "byline", None),
        ("Lina Haddad · مراسلة / Correspondante, Kara", "byline", None),
        ("Ana Ruiz — Northern bureau, Tamale", "byline", None),
        # a writer's card: the role, then the desk or the town, set apart by a dot
        ("Corresponsal · Darién", "role", None),
        ("Periodista · Nacionales", "role", None),
        # a date bar whose items carry an issue number and a greeting
        (
            "TODAY'S PAPER: · Thursday 04.03.2027 · Issue No. 5 210 · $2.00 (VAT incl.) | "
            "Hello! Good morning!",
            "furniture",
            date(2027, 3, 4),
        ),
        # a labelled item that lists ships in port
        (
            "MONDAY 2nd MARCH 2027  ·  Castries 29°C  ·  In port today: Ocean Star (Pointe "
            "Seraphine), Wind Spirit (Rodney Bay Marina)",
            "date",
            date(2027, 3, 2),
        ),
        # the page's age and a player's button, in the site's language and in English
        ("2 uur gelede / 2 hours ago · 🎧 Luister / Listen (4 min)", "time", None),
        # a role and the town or desk after 'en', 'in' or 'de', beside the writer's e-mail
        ("Correspondent in Bor", "role", None),
        ("ana@example.cr · Corresponsal en Limón", "contact", None),
        # the current print issue: its number, the days it is on sale and its price
        (
            "KHATISO EA BEKENG ENA / THIS WEEK'S EDITION · No. 1 163 · Labone 15 – Laboraro 21 "
            "Phupu 2027 · M10.00",
            "furniture",
            None,
        ),
    ],
)
def test_page_lines(line, kind, published):
    found = classify(0, line)
    assert found is not None
    assert (found.kind.split("+")[0], found.published) == (kind, published)


@pytest.mark.parametrize(
    "line",
    [
        "Floods Hit Valley | Example Times",  # a headline with the site's name
        "Prices rose > 5% in May",
        "Talks | what comes next, and why it matters",
        "Published: the full report on the floods",
        "Floods kill 12 | Army deployed | Schools shut",  # a headline in three parts
        "Floods kill 12 | Army deployed | Schools shut | Roads closed | Power cut",
        "June 4, 2021 10:32 Protesters gathered outside",
    ],
)
def test_not_page_lines(line):
    found = classify(0, line)
    assert found is None or found.kind not in ("nav", "published")


def test_a_greeting_and_an_invitation_in_a_date_bar_name_no_outlet():
    line = (
        "Hello! · Welcome to The Harbour Post · Friday, 3rd December 2027 · Login · "
        "Join our WhatsApp Channel"
    )
    found = classify(0, line)
    assert found.published == date(2027, 12, 3)
    assert set(found.kind.split("+")) == {"furniture", "date"}


@pytest.mark.parametrize(
    ("line", "site"),
    [
        ("Welcome to the United Nations", "United Nations"),
        ("Welcome to The Harbour Post!", "The Harbour Post"),
        ("Karibu Taifa Leo", "Taifa Leo"),
        ("Welcome to our live coverage", None),
    ],
)
def test_a_greeting_on_a_line_of_its_own_names_the_site(line, site):
    found = classify(0, line)
    assert (found.publisher if found else None) == site


@pytest.mark.parametrize(
    "line",
    # the newsroom before its town, and a browser's word-for-word translation of it
    ["Por Redacción La Paz", "By Drafting La Paz"],
)
def test_a_newsroom_before_its_town_signs_for_no_writer(line):
    found = classify(0, line)
    assert (found.kind, found.authors) == ("byline", ())


def test_the_bullets_under_a_summarys_label_are_no_story_text():
    lines = [
        "The Valley Courier",
        "",
        "Landslide buries four houses above Velden",
        "",
        "By Mira Holt",
        "",
        "AI-GENERATED SUMMARY (reviewed by our editors)",
        "• Six people died when a landslide buried houses, officials say.",
        "• Police say they have arrested two men.",
        "",
        "Five people were killed when a landslide buried four houses above Velden on Monday.",
    ]
    header = read_header(lines)
    assert header.body_start == len(lines) - 1
    assert not any(line.authors for line in header.lines if line.kind != "byline")


@pytest.mark.parametrize(
    "note",
    [
        "UPDATE, 09:40, 4 June 2031: The provincial police chief on Tuesday said a sixth body "
        "had been found under the rubble of the houses. His statement has been added.",
        "Editor's note: An earlier version of this article named the wrong village as the "
        "place where the landslide struck on Monday night; it has been corrected.",
    ],
)
def test_an_editors_note_over_the_headline_is_no_headline_or_story_text(note):
    lines = ["The Valley Courier", "", "NEWS", "", note, "", "Landslide buries houses above Velden"]
    lines += ["", "By Mira Holt and Jonas Reiter", "", "Five people died when a landslide hit."]
    header = read_header(lines)
    assert header.body_start == len(lines) - 1
    assert header.title is not None and header.title[1].startswith("Landslide")
    assert [line.authors for line in header.lines if line.kind == "byline"] == [
        ("Mira Holt", "Jonas Reiter")
    ]


def test_a_headline_repeating_the_breadcrumbs_last_crumb_is_the_title():
    lines = ["ST. BRIGID'S PARISH", "", "Home | Parish | News | Contact", ""]
    lines += ["You are here: Home > News > Statement on the burning of the parish school", ""]
    lines += ["Statement on the burning of the parish school", "Posted on 3 March 2031", ""]
    lines += ["Dear parishioners, our school at Ndu was set on fire on Sunday night."]
    header = read_header(lines)
    assert header.title == (6, "Statement on the burning of the parish school")


@pytest.mark.parametrize("link", ["PDF (6 pages)", "Download DOCX, 220 KB", "EPUB"])
def test_a_link_to_a_copy_in_a_file_format_beside_the_date_is_no_writer(link):
    lines = ["Coastal Rights Institute", "", "Home | About | Statements | Contact", ""]
    lines += ["Statement on the violence at the polls in three districts"]
    lines += [f"Issued: 15 March 2031 | Lokoja | {link} | For immediate release", ""]
    lines += ["Our observers saw thugs attack a polling unit in Lokoja on Saturday."]
    article = read_article("\n".join(lines).encode(), "statement.txt")
    assert article.published is not None and article.published.isoformat()[:10] == "2031-03-15"
    assert article.authors == ()


def test_a_documents_kind_in_capitals_over_the_title_is_no_writer():
    lines = [
        "HARBOUR RISK LTD",
        "",
        "-" * 40,
        "CLIENT ADVISORY | TLP:GREEN - may be shared with crews and agents",
    ]
    lines += ["-" * 40, ""]
    lines += ["Weekly advisory for the Gulf of Guinea", "Issued: 3 June 2031, 0600 UTC"]
    lines += ["Prepared by: Ana Lobo, Analyst", "", "Pirates boarded a tanker off Bonny."]
    article = read_article("\n".join(lines).encode(), "advisory.txt")
    assert article.authors == ("Ana Lobo",)


def test_an_announcement_on_an_exchanges_news_service_is_the_listed_issuers():
    lines = ["Harbour Stock Exchange", "Home > News > Regulatory news", "", "Regulatory Story"]
    lines += ["", "Kestrel Copper Mining PLC  -  KCM", "Update on the Mwinilunga site"]
    lines += ["Released 07:00:05 4 June 2031", "", "RNS Number : 1234A"]
    lines += ["Kestrel Copper Mining PLC", "4 June 2031", ""]
    lines += ["Kestrel Copper Mining PLC provides an update on its Mwinilunga site, where armed "]
    lines += ["men attacked a contractor's camp on Sunday, the district police said."]
    article = read_article("\n".join(lines).encode(), "rns.txt")
    assert (article.title, article.publisher) == (
        "Update on the Mwinilunga site",
        "Kestrel Copper Mining PLC",
    )
    assert article.authors == ()


def test_the_sites_name_in_two_scripts_is_no_ticker():
    lines = ["TAHAQQAQ | تحقّق", "Fact-checking from Tunis", "", "Did the bridge fall?", ""]
    lines += ["By Yosra Ben Slimane", "", "The bridge at Jendouba did not fall on Monday."]
    header = read_header(lines)
    assert header.masthead is not None and header.masthead[0] == 0


def test_a_browsers_translation_bar_names_a_language_not_an_outlet():
    found = classify(0, "Translated from: Spanish · Show original · Options ▾")
    assert (found.kind, found.translated_from) == ("translation", None)


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to give you the best experience on our site. By continuing to browse "
        "you agree to our use of cookies. Accept | Cookie policy",
        "You have 1 free article left this month. Subscribe for unlimited access.",
    ],
)
def test_a_sites_notice_on_cookies_or_its_paywall_is_furniture(line):
    assert _page_furniture(0, line) is not None


def test_a_translated_from_credit_keeps_the_originals_day_out_of_the_date_bar():
    line = "TRANSLATED FROM: El Diario del Sur · lunes 15 de febrero de 2027 · Sección Local, p. 2B"
    assert classify(0, line).kind == "translation"


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        ("⛴ FERRY NOTICE: Tanji canoes asked to stay ashore · Barra crossing open", True),
        ("❄ TLHAGISO YA SERAME / FROST WARNING — DMS: frost below 5 °C. Roads open.", True),
        ("⛴ Ferry sinks off Barra: 12 dead", False),  # a headline after a pictogram
        ("🔴 LIVE — Floods hit the capital", False),  # a live page's headline
    ],
)
def test_a_notice_under_a_pictogram_and_a_label_in_capitals(line, furniture):
    assert (_page_furniture(0, line) is not None) == furniture


def test_le_joins_two_writers_in_sesotho_and_setswana():
    found = classify(0, "Ka / By Lerato Mokoena le Thabo Sello")
    assert found.authors == ("Lerato Mokoena", "Thabo Sello")
    assert classify(0, "By Jacques le Roux").authors == ("Jacques le Roux",)


def test_a_byline_labelled_in_macedonian_and_albanian():
    line = classify(0, "Пишува / Shkruan: Vesna Trajkovska and Arben Xhaferi (Kičevo)")
    assert line is not None and line.authors == ("Vesna Trajkovska", "Arben Xhaferi")


def test_a_story_paragraph_opening_with_since_is_kept_in_the_text():
    page = (
        "Road travel in the south\n\nBy Ann Writer\nPublished: 16 September 2032\n\n"
        "Travel in the south remains difficult this week.\n\n"
        "Since 6 September, farmers have blocked the highway at the bridge with burning tyres."
        "\n\nThe police said on Monday that they would not intervene.\n"
    )
    assert "farmers have blocked" in read_article(page.encode(), "story.txt").text
    assert classify(0, "Since 1989").kind == "tag"


def test_a_click_letter_opens_a_writers_surname():
    assert classify(0, "Ama !Naruseb — Regional desk").authors == ("Ama !Naruseb",)


def test_a_founding_date_is_no_story_date():
    for line in ("Diario de Cuenca · Fundado el 3 de mayo de 1960", "Since 1989 · Daily"):
        found = classify(0, line)
        assert found is None or found.published is None


def test_a_ticker_label_in_two_languages_before_its_mark():
    assert ticker_label().match("Amakuru / Dernière heure ▸ Gitega : le marché rouvre")
    assert ticker_label().match("عاجل · EN CONTINU ▶ Fès : réouverture du musée")


def test_writers_with_roles_are_named():
    line = classify(0, "Ana Ruiz/Staff Reporter and Bo Ray/Western Bureau Writer")
    assert line is not None and line.authors == ("Ana Ruiz", "Bo Ray")
    assert classify(0, "By Gazette reporters").authors == ()


def test_a_long_phrase_after_a_name_is_no_role():
    # an edition's name and the site's motto, not a writer and her role
    line = classify(0, "English Edition · News from the coast and the hills since 1990")
    assert line is None or not line.authors


def test_words_labelled_apart_from_the_photos_name_the_writer():
    # a gallery credits its photographer and its writer on lines of their own
    byline = parse_byline("Words: Grace Nfor")
    assert byline is not None and byline.names == ("Grace Nfor",)
    assert parse_byline("Photos: Paul Tanyi / The Valley Post") is None


def test_byline_with_outlet_in_brackets():
    byline = parse_byline("Author: Jenna Ray (WXYZ)")
    assert byline is not None
    assert (byline.names, byline.outlet) == (("Jenna Ray",), "WXYZ")
    assert classify(0, "By Ann Berg (Example News)").byline_outlet == "Example News"


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(Reporting by Ann Berg; Editing by Tom Roe)", ("Ann Berg",)),
        (
            "(Reporting by Ann Berg in Lagos; Writing by Li Wei; Editing by Tom Roe)",
            ("Ann Berg", "Li Wei"),
        ),
        ("(Additional reporting by Ann Berg; Editing by Tom Roe)", ()),
        ("Reporting by Ann Berg and Kofi Mensah", ("Ann Berg", "Kofi Mensah")),
        (
            "Reporting by Ann Berg in Lagos and Kofi Mensah in Accra; Editing by Tom Roe",
            ("Ann Berg", "Kofi Mensah"),
        ),
    ],
)
def test_credit_lines(line, names):
    assert parse_credits(line) == names


@pytest.mark.parametrize(
    "line",
    ["(Photo by Ann Berg)", "Driven by the wind, the fire spread", "(Reporting by the end of May)"],
)
def test_not_credit_lines(line):
    assert not parse_credits(line)


@pytest.mark.parametrize(
    ("paragraph", "place", "agency", "month_day"),
    [
        (
            "MAIDUGURI, Nigeria, March 14 (Sahel Desk) - Gunmen ...",
            "MAIDUGURI",
            "Sahel Desk",
            (3, 14),
        ),
        ("DEER PARK, Texas - An explosion ...", "DEER PARK", None, None),
        (
            "PORT MORESBY, Papua New Guinea, May 2 (Pacific Wire) - ...",
            "PORT MORESBY",
            "Pacific Wire",
            (5, 2),
        ),
    ],
)
def test_datelines_with_state_or_country(paragraph, place, agency, month_day):
    dateline = parse_dateline(paragraph)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.month_day) == (place, agency, month_day)


@pytest.mark.parametrize(
    ("masthead", "name"),
    [
        ("THE BAY COURIER", "The Bay Courier"),
        ("NORTH COAST TRUST FOR WILDLIFE", "North Coast Trust for Wildlife"),
        ("KXTV NEWS", "KXTV News"),
        ("Riverside Notes", "Riverside Notes"),
        ("L'ÉCHO DU LITTORAL", "L'Écho du Littoral"),
        ("LA VOCE DELL'ADIGE", "La Voce Dell'Adige"),
        ("ŞƏFƏQ", "Şəfəq"),  # a schwa is a vowel: a word in capitals, no call sign
        ("☀ MORNING STAR", "Morning Star"),  # a pictogram before the name
        ("RIVERLINK.tv", "Riverlink.tv"),  # a name in capitals, then its domain
        ("BBC.com", "BBC.com"),
        # a name's own initials after a dash say it again; another body's do not
        ("Lakeside Teachers' Union - LATU", "Lakeside Teachers' Union"),
        ("Radio Okapi - RTNC", "Radio Okapi - RTNC"),
    ],
)
def test_outlet_name(masthead, name):
    assert outlet_name(masthead) == name


def test_an_original_credit_names_the_writers_outlet_and_date_of_the_original():
    line = "Original reporting: Marta Soler and Pau Vidal, La Veu del Port (in Catalan, 13/06/2021)"
    found = classify(3, line)
    assert found is not None and found.kind == "translation"
    assert found.authors == ("Marta Soler", "Pau Vidal")
    assert found.translated_from == "La Veu del Port"
    assert found.original_published == date(2021, 6, 13)


def test_a_translators_note_names_the_original_and_its_writer():
    line = (
        "Translated from the French by our desk. Original: Le Courrier du Sahel, Mopti, "
        "3 May 2025. Report by Awa Traore."
    )
    found = classify(4, line)
    assert found is not None and found.kind == "translation"
    assert (found.translated_from, found.original_published) == (
        "Le Courrier du Sahel",
        date(2025, 5, 3),
    )
    assert found.authors == ("Awa Traore",)
    assert found.published is None  # the translation's own date is elsewhere


def test_a_translated_from_credit_names_the_original_outlet_and_its_date():
    found = classify(
        0,
        "TRADUCIDO DE / TRANSLATED FROM: El Sol del Valle (Tepic) · lunes 2 de marzo de 2026 "
        "· Sección A, p. 4",
    )
    assert (found.kind, found.translated_from, found.original_published) == (
        "translation",
        "El Sol del Valle",
        date(2026, 3, 2),
    )


def test_a_label_in_the_home_editions_script_beside_a_date_is_page_furniture():
    # "updated: 17:52" in Georgian, and a view counter
    line = classify(0, "14:06 · 05.08.2026   |   განახლდა: 17:52   |   👁 6 214")
    assert line is not None and line.published == date(2026, 8, 5)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("FAROE WEEK · Nr. 36/2027 · VIKUYVIRLIT / UGEOVERBLIK", True),
        ("LIVE UPDATES | WEST BANK DAILY", True),
        ("Crew lifted from burning longliner off Suðuroy", False),
        ("UN envoy meets ICRC in Geneva", False),
        # a programme's name in capitals, then what it is
        ("THE WEEK IN THE NORTH  |  As heard on the Morning Show", True),
        ("THE DELTA REPORT · Evening bulletin, Friday 14/03/2031", True),
        ("EU and AU envoys meet in Addis | Talks resume", False),
    ],
)
def test_a_series_label_in_capitals_may_keep_a_short_abbreviation(line, label):
    assert _label_in_capitals(line) is label


@pytest.mark.parametrize(
    "line",
    [
        # a newsletter read in the browser: the mail's own links
        "View this email in your browser  |  Forward to a friend  |  Add us to your address book",
        "View in browser · Unsubscribe · Update your preferences",
        # a live button in brackets, then where to tune in
        "[ ▶ LISTEN LIVE ]   RADIO 101 FM  ·  101.4 Nuku'alofa  ·  Stream on our app",
        # what is on air now, with the studio's numbers
        "ON AIR NOW: Morning Talk with Sela Tupou (6 am – 9 am)  ·  Lines open: 23-456",
    ],
)
def test_a_newsletters_links_and_a_stations_live_rows_are_the_sites_own(line):
    found = classify(0, line) or _page_furniture(0, line)
    assert found is not None and found.kind.split("+")[0] in {"furniture", "nav"}
    assert not found.authors


def test_a_compiler_is_a_writer():
    line = classify(0, "Compiled by Marisol Ortega, Digest Editor")
    assert line is not None and line.authors == ("Marisol Ortega",)


def test_a_podcasts_host_and_reporters_are_its_writers():
    line = classify(0, "Hosted by Ana Quispe  ·  Reporting: Luis Mamani and Rosa Condori")
    assert line is not None and line.authors == ("Ana Quispe", "Luis Mamani", "Rosa Condori")


def test_a_section_label_opening_with_an_article_beside_player_buttons_is_no_writer():
    line = classify(0, "THE WEEK  |  ▶ Watch (8:05)  |  🎧 Listen (5:10)")
    assert line is None or not line.authors


def test_an_original_credit_may_quote_the_originals_title_before_its_outlet_alone():
    line = "Original: « Crue à Kessa : deux morts », L'Écho du Fleuve (Mopti), 9 mars 2031, p. 3"
    found = classify(2, line)
    assert (found.kind, found.authors) == ("translation", ())
    assert found.translated_from == "L'Écho du Fleuve"
    assert found.original_published == date(2031, 3, 9)


@pytest.mark.parametrize(
    ("line", "kind", "url", "published"),
    [
        (
            "Source: https://www.example.org/riverpolice (public posts)",
            "url",
            "https://www.example.org/riverpolice",
            None,
        ),
        ("Copied: 13 March 2031", "published", None, date(2031, 3, 13)),
    ],
)
def test_where_and_when_a_page_was_copied(line, kind, url, published):
    found = classify(0, line)
    assert (found.kind, found.url, found.published) == (kind, url, published)


def test_an_original_credit_may_quote_the_originals_title_before_its_writers():
    line = (
        "Original: «Estradas alagadas isolam Guaraqueçaba», by Rita Moraes and Caio Lima,"
        " Gazeta do Litoral (weekly, Paranaguá), sábado 1 de junho de 2030.   Read the"
        " original in Portuguese →"
    )
    found = classify(2, line)
    assert found is not None and found.kind == "translation"
    assert found.authors == ("Rita Moraes", "Caio Lima")
    assert found.translated_from == "Gazeta do Litoral"
    assert found.original_published == date(2030, 6, 1)


@pytest.mark.parametrize(
    "line",
    [
        "Translated and republished with permission of Gazeta do Litoral",
        "Posted 4 June 2030 · Republished with the permission of Gazeta do Litoral.",
        "Reproduced with permission from Gazeta do Litoral",
    ],
)
def test_a_republishing_permission_names_the_original_outlet(line):
    found = classify(5, line)
    assert found is not None and found.translated_from == "Gazeta do Litoral"


def test_a_radios_player_bar_is_the_sites_own_row():
    line = "[ ▶ Listen on 101.3 FM ]   RADIO SAHEL 101.3 FM  ·  Muryar Sahel  ·  Stream live"
    found = classify(2, line)
    assert found is not None and found.kind == "furniture"


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content  |  Skip to this week's verdicts",
        "Saltar al contenido | Ir al menú",
        # a lighter copy of the site, offered beside the skip links
        "Skip to main content  |  Skip to regional news  |  Text-only version for low data",
    ],
)
def test_skip_links_are_the_sites_own_row(line):
    found = classify(0, line)
    assert found is not None and found.kind in {"nav", "furniture"}


@pytest.mark.parametrize(
    "line",
    [
        "ភាសាខ្មែរ  |  English   I2P / .i2p mirror  ·  Signal line  ·  Newsletter  ·  Search",
        "Home · Video · ~archive · Podcasts · Sign in",
    ],
)
def test_a_long_row_of_the_sites_links_may_hold_one_link_the_rules_cannot_read(line):
    found = _site_links(2, line, [])
    assert found is not None and found.kind == "furniture"


def test_a_short_row_with_an_unreadable_item_is_no_row_of_links():
    assert _site_links(2, "Floods · mud slides in Baguio, two dead · Sign in", []) is None


@pytest.mark.parametrize("line", ["58,304 subscribers", "1.2K followers", "31", "∙ Free"])
def test_a_channels_and_a_platforms_counts_and_labels_are_the_pages_own(line):
    found = classify(0, line) or _page_furniture(0, line)
    assert found is not None and not found.authors and not found.publisher


@pytest.mark.parametrize(
    ("line", "kind", "published"),
    [
        ("Showing releases 204 to 212 (latest first).", "furniture", None),
        ("Showing 1-10 of 45 results", "furniture", None),
        ("Issue date:         Monday 07 June 2032", "published", date(2032, 6, 7)),
        ("Date of issue: 7 June 2032", "published", date(2032, 6, 7)),
        # a parliament's written answer is published on the day it is answered
        ("Date of Answer: 07.06.2032", "published", date(2032, 6, 7)),
        ("Reviewed by: B. Mensah, Head of Research", "role", None),
    ],
)
def test_a_lists_pager_a_briefs_issue_date_and_its_reviewer(line, kind, published):
    found = classify(0, line)
    assert (found.kind, found.published) == (kind, published)


@pytest.mark.parametrize(
    ("line", "kind", "authors"),
    [
        ("Gallery · 24 photos", "furniture", ()),
        ("Slideshow | 8 images", "furniture", ()),
        ("Sign in   Register   Cart (2)   Search stories...", "nav", ()),
        ("Date of publication: 3 May 2031", "published", ()),
        ("Photo editor: Ana Ruiz Vela", "role", ()),
        ("Prepared by: Tomas Kanu, Field Monitoring Officer", "byline", ("Tomas Kanu",)),
        ("Compiled by: Rose Achan, Protection Coordinator", "byline", ("Rose Achan",)),
    ],
)
def test_a_gallerys_count_a_shops_links_and_a_reports_writer_with_a_role(line, kind, authors):
    found = classify(0, line)
    assert (found.kind, found.authors) == (kind, authors)


def test_a_headline_with_a_count_in_brackets_is_no_row_of_links():
    assert classify(0, "Two (2) fishermen missing | Coast guard resumes search") is None


REPORT_COVER = [
    "RIVER BASIN MONITORING GROUP – NORTHERN REGION (RBMG-NR)",
    "",
    "Monthly Displacement Report",
    "Lower Valley and Upper Valley: Kessa, Dorro and Mbali",
    "",
    "Date of publication: 3 May 2031",
    "Prepared by: Tomas Kanu, Field Monitoring Officer",
    "",
    "In April, floods forced about 2,000 families from their homes in Kessa and Dorro, and "
    "the group's monitors counted 14 schools used as shelters.",
]


def test_a_reports_cover_names_its_group_and_its_name_over_the_subtitle():
    article = read_article("\n".join(REPORT_COVER).encode(), "report.txt")
    assert article.publisher == "River Basin Monitoring Group – Northern Region"
    assert article.title == "Monthly Displacement Report"
    assert article.published == date(2031, 5, 3)
    assert article.authors == ("Tomas Kanu",)


@pytest.mark.parametrize("line", ["Search the United Nations", "Search this blog..."])
def test_a_search_link_naming_the_site_is_the_pages_own(line):
    found = classify(0, line) or _page_furniture(0, line)
    assert found is not None and found.kind == "furniture"


WEBMAIL_COPY = """Mail   Calendar   Contacts
Inbox (12)   Starred   Sent   Drafts

River Watch - weekly digest   [Inbox]
River Watch <digest@riverwatch.example>   08:15 (2 hours ago)
Reply   Forward   Archive   Delete

From: River Watch <digest@riverwatch.example>
Subject: River Watch - weekly digest
Date: Mon, 3 Mar 2031 08:15:02 +0000

Floods cut the Kessa road again

The Kessa river burst its banks on Sunday night, and about 400 families fled to the market
hall, the town clerk said on Monday.
"""


def test_a_mail_clients_sender_row_is_no_title():
    article = read_article(WEBMAIL_COPY.encode(), "digest.txt")
    assert article.title == "River Watch - weekly digest"  # the mail's subject
    assert article.published == date(2031, 3, 3)


def test_the_from_line_naming_the_masthead_at_more_length_is_no_original():
    page = WEBMAIL_COPY.replace("From: River Watch <", "From: River Watch Alerts <").replace(
        "Date: Mon, 3 Mar 2031 08:15:02 +0000\n",
        "Date: Mon, 3 Mar 2031 08:15:02 +0000\n\nRIVER WATCH\n",
    )
    article = read_article(page.encode(), "digest.txt")
    assert article.original is None


EDITORIAL_PAGE = """THE HIGHLAND COURIER
Kenya's independent weekly | Nairobi | Monday, 3 March 2031

Home | News | Counties | Opinion | Sport
Opinion > Editorials

EDITORIAL

The Kessa evictions were a disgrace. They must not be repeated

Published: March 3, 2031 | Print edition, page 12

We have watched the county's bulldozers for a week. On Tuesday police removed about 200
families from the riverbank at Kessa, the residents' association said.
"""


def test_an_editorials_tagline_row_and_a_headline_of_two_sentences():
    article = read_article(EDITORIAL_PAGE.encode(), "editorial.txt")
    assert article.publisher == "The Highland Courier"
    assert article.title == "The Kessa evictions were a disgrace. They must not be repeated"
    assert article.authors == ()  # the row's city is where the paper is printed
    assert article.published == date(2031, 3, 3)


@pytest.mark.parametrize(
    ("line", "kinds", "authors"),
    [
        ("Kenya's independent weekly | Nairobi | Monday, 3 March 2031", {"tag", "section"}, ()),
        ("Kuala Lumpur | Monday, 3 March 2031", {"place"}, ()),
        ("Cox's Bazar | Monday, 3 March 2031", {"place"}, ()),  # the tables' 'Cox’s Bāzār'
        ("Thanh Ha | Monday, 3 March 2031", {"byline"}, ("Thanh Ha",)),  # a village's name too
    ],
)
def test_a_city_or_a_motto_beside_the_date_is_no_writer(line, kinds, authors):
    found = classify(0, line)
    assert set(found.kind.split("+")) - {"date"} == kinds
    assert found.authors == authors


MINISTRY_BRIEFING = """Oʻzbekcha | Русский | English
MINISTRY OF FOREIGN AFFAIRS OF THE REPUBLIC OF UZBEKISTAN
Home   Ministry   Foreign Policy   Press Service   Contacts

Home / Press Service / Briefings

Briefing by the spokesperson of the Ministry, Aibek Usonov

05.04.2031 11:00

Good morning. On 3 April a landslide blocked the road to the village of Sukok, the
Ministry of Emergency Situations reported.
"""


def test_a_ministry_named_by_what_it_is_of_heads_its_site():
    article = read_article(MINISTRY_BRIEFING.encode(), "briefing.txt")
    assert article.publisher == "Ministry of Foreign Affairs of the Republic of Uzbekistan"
    assert article.title == "Briefing by the spokesperson of the Ministry, Aibek Usonov"


@pytest.mark.parametrize("line", ["ADVISORY", "FLASH UPDATE", "COMMUNIQUÉ", "URGENT ACTION"])
def test_the_kind_of_document_in_capitals_is_a_label_over_the_headline(line):
    assert classify(0, line).kind == "marker"
    assert classify(0, line.title()) is None or classify(0, line.title()).kind != "marker"


ADVISORY_PAGE = """NORTHGATE RISK PARTNERS
Client Portal > Advisories > Ghana

ADVISORY
Ref: NRP-GH-2031-0042 | Issued: 08 June 2031, 16:30 GMT

GHANA: Road blockade near Tamale disrupts travel in Northern region

Since 6 June, residents have blocked the Tamale-Bolgatanga road at Savelugu with burning
tyres, police said.
"""


LETTER_POSTED = """TAMALE ECCLESIASTICAL PROVINCE
Home | About | Parishes | Statements | Contact

Statement on the blockade of the Tamale road
Posted on 9 June 2031 in Statements | 212 views

ARCHDIOCESE OF TAMALE
Office of the Archbishop

STATEMENT
To be read at all Masses in the parishes of the Archdiocese on Sunday 12th June 2031

Dear brothers and sisters, since 6 June residents have blocked the Tamale-Bolgatanga road.
"""


def test_a_label_over_the_headline_is_no_title_but_one_under_the_dated_headline_heads_none():
    article = read_article(ADVISORY_PAGE.encode(), "advisory.txt")
    assert article.title == "GHANA: Road blockade near Tamale disrupts travel in Northern region"
    letter = read_article(LETTER_POSTED.encode(), "statement.txt")
    assert letter.title == "Statement on the blockade of the Tamale road"


GOVERNMENT_RELEASE = """Skip to main content
An official website of the United States Government   Here's how you know

U.S. DEPARTMENT OF STATE

About   Policy Issues   Countries   News        Search

Home  ›  News  ›  Press Releases

Press Releases

United States Condemns Attack on Aid Convoy in North Darfur

March 4, 2031

The United States condemns the attack on a World Food Programme convoy near Kutum on March 2,
which killed two drivers, the agency said.
"""


def test_a_departments_name_with_initials_under_a_government_banner_is_the_publisher():
    article = read_article(GOVERNMENT_RELEASE.encode(), "release.txt")
    assert article.publisher == "U.S. Department of State"
    assert article.title == "United States Condemns Attack on Aid Convoy in North Darfur"


PORTAL_BANNER = """Skip to main content
GOV.PE
{site}
Inicio   Ministerio   Prensa   Contacto
Search this site...

Police detain five men after a clash at a gold mine in Pataz

Lima, Tuesday, 4 May 2032

The National Police detained five men after a clash at a gold mine in Pataz on Monday, the
ministry said.
"""


@pytest.mark.parametrize(
    ("site", "publisher"),
    [
        ("Ministerio del Interior | Ministry of the Interior", "Ministry of the Interior"),
        ("Ministry of the Interior", "Ministry of the Interior"),
    ],
)
def test_the_site_under_a_government_portals_banner_is_the_publisher(site, publisher):
    article = read_article(PORTAL_BANNER.format(site=site).encode(), "briefing.txt")
    assert article.publisher == publisher
    assert article.published == date(2032, 5, 4)


MARITIME_BULLETIN = """NATIONAL COAST GUARD
Home   News   Bulletins   Contact

MARITIME BULLETIN NO. 2031-112
Trawler rammed off Kalamansig; six crew rescued

Date-Time Group: 081430H NOV 2031
Issuing unit: Public Affairs Office

At 0610H on 7 November 2031, a cargo vessel rammed the trawler FB Marlyn off Kalamansig.
"""

POSTS_WITH_MEMOS = """=== COPY OF A POLICE PAGE'S POSTS, 4-8 NOV 2031 ===
Copied: 8 NOV 2031, 2100H

Provincial Police Office
Posts   About   Photos

Provincial Police Office
3d · 🌎

SPOT REPORT
SUBJECT: Ambush on a patrol in Kalamansig
DTG: 051040H NOV 2031

Details: On 5 November 2031, gunmen fired on a police patrol in Kalamansig.
"""


def test_a_date_time_group_under_the_headline_dates_the_page():
    article = read_article(MARITIME_BULLETIN.encode(), "bulletin.txt")
    assert article.published == date(2031, 11, 8)


def test_a_memos_date_time_group_in_a_page_of_posts_does_not_date_the_page():
    # nor does the page's name over its post cut the copy's own dated header away
    article = read_article(POSTS_WITH_MEMOS.encode(), "posts.txt")
    assert article.published == date(2031, 11, 8)


PODCAST_PAGE = """THE CROSSROADS SHOW
Episode 12: Water and guns in Cabaret

Published 20 May 2031  ·  Recorded {recorded}  ·  41 min
Hosted by Ana Pierre

HOST: Welcome back. Yesterday morning armed men burned the market in Cabaret.
"""


@pytest.mark.parametrize(
    ("recorded", "filed"),
    [
        ("Monday 18 May 2031", date(2031, 5, 18)),
        ("on 3 March 2031", None),  # months before: no day the talk counts from
    ],
)
def test_a_programme_is_filed_on_the_day_it_was_recorded(recorded, filed):
    article = read_article(PODCAST_PAGE.format(recorded=recorded).encode(), "episode.txt")
    assert article.published == date(2031, 5, 20)
    assert article.filed == filed


def test_a_transcript_is_filed_on_the_day_it_was_broadcast():
    page = (
        "RIVER FM 94.3\n\nTRANSCRIPT | Morning Line: the taxi strike\n\n"
        "Broadcast: Monday 18 May 2031, 07:00 - 09:00\nPosted: 20/05/2031 at 12:10\n\n"
        "HOST: Yesterday taxi drivers blocked the main road in Eastbank."
    )
    article = read_article(page.encode(), "transcript.txt")
    assert (article.published, article.filed) == (date(2031, 5, 20), date(2031, 5, 18))


SERMON_PAGE = """ST. BRENDAN'S PARISH NEWS
Home   Parish   Sermons   Contact

Sermon for the Feast of Christ the King
Posted on 22 November 2032 by Parish Office | Sermons, Youth Ministry

{note}

Dear friends, last Sunday armed men burned the chapel at Kilcoole.
"""


@pytest.mark.parametrize(
    ("note", "filed"),
    [
        (
            "Preached by Rev. Ann Kerr at the 10:30 am service on Sunday 21 November 2032.",
            date(2032, 11, 21),
        ),
        (
            "Delivered by Rev. Ann Kerr on Sunday 21 November 2032 at St. Brendan's.",
            date(2032, 11, 21),
        ),
        ("Preached by Rev. Ann Kerr on Sunday 2 May 2032.", None),  # months before
        ("Our thanks to all who came on Sunday 21 November 2032.", None),  # no speaker's note
    ],
)
def test_a_sermon_is_filed_on_the_day_it_was_preached(note, filed):
    article = read_article(SERMON_PAGE.format(note=note).encode(), "sermon.txt")
    assert article.published == date(2032, 11, 22)
    assert article.filed == filed


@pytest.mark.parametrize(
    "text",
    [
        "Posted on 22 November 2032 by Parish Office | Sermons, Saint Brendan Parish Kilcoole",
        "Posted by Parish Office, Secretary | 22 November 2032 | Sermons, Saint Brendan Parish",
    ],
)
def test_the_sections_a_dated_byline_names_after_a_bar_are_no_writers(text):
    line = classify(3, text)
    assert line is not None and line.authors == ("Parish Office",)
    assert line.published == date(2032, 11, 22)


SCHOOL_POST = """facebook
Email or phone   Password   Log In   Forgot account?

Kismayo Girls' Secondary School
School · Kismayo, Somalia · 2.1K followers
Posts   About   Photos   Mentions

Kismayo Girls' Secondary School
2d · 🌐

KISMAYO GIRLS' SECONDARY SCHOOL | Kismayo, Lower Juba | Tel: +252 61 555 0177

Sunday, 6 November 2031

Subject: School closed after the shooting at the market

Dear Parents and Guardians,

Gunmen fired at a police patrol beside the market on Saturday evening, our guard told us.
"""


def test_a_schools_letter_on_its_social_page_is_the_schools_under_its_subject():
    # the network's login bar, the page's name over its post's age, and the letterhead's
    # row of name, town and telephone are no headline
    article = read_article(SCHOOL_POST.encode(), "post.txt")
    assert article.title == "School closed after the shooting at the market"
    assert article.publisher == "Kismayo Girls' Secondary School"
    assert article.published == date(2031, 11, 6)


UN_UPDATE = """UNITED NATIONS
Office for the Coordination of Humanitarian Affairs
OCHA | Coordination Saves Lives

SOUTH SUDAN
Flash Update No. 2
Floods in Jonglei and Upper Nile
As of 9 October 2031

This Flash Update is produced by OCHA South Sudan with humanitarian partners.

Floods displaced some 30,000 people in Ayod County between 2 and 8 October, partners said.
"""


def test_a_bodys_name_set_over_its_office_is_one_publisher_and_a_numbered_kind_no_title():
    article = read_article(UN_UPDATE.encode(), "flash.txt")
    assert article.publisher == (
        "United Nations Office for the Coordination of Humanitarian Affairs"
    )
    assert article.title == "Floods in Jonglei and Upper Nile"
    assert article.published == date(2031, 10, 9)


EMBASSY_ALERT = """An official website of the United States government   Here's how you know

U.S. Embassy in Kenya

Home   U.S. Citizen Services   Visas   News & Events   Search

Home | News & Events | Security Alerts

Security Alert – U.S. Embassy Nairobi, Kenya (March 3, 2031)

By U.S. Embassy Nairobi | 3 March, 2031 | Topics: Alert, Security Alerts

Location: Nairobi, Kenya

Event: Demonstrators blocked Mombasa Road near the airport earlier today, police said.
"""

JUDGMENT = """TRIBUNAL FOR PEACE
First Instance Section

Case No. 2028-0112-AR

JUDGMENT

Bogotá, D.C., nine (9) June two thousand thirty-one (2031)

1. The accused was called to trial on 6 September 2029.
"""


def test_an_embassy_named_by_where_it_is_publishes_its_alert():
    article = read_article(EMBASSY_ALERT.encode(), "alert.txt")
    assert article.publisher == "U.S. Embassy in Kenya"
    assert article.published == date(2031, 3, 3)


def test_a_judgment_is_dated_by_its_day_in_words():
    assert read_article(JUDGMENT.encode(), "judgment.txt").published == date(2031, 6, 9)


DATA_EXPORT = """Flood events export - Malawi - 1-14 March 2031 (2 rows)

event_id,event_date,location,latitude,longitude,source,notes
MW102,12 March 2031,Nsanje,-16.92,35.26,Malawi Voice,"Floods cut the road to Bangula."
MW101,9 March 2031,Chikwawa,-16.03,34.80,Radio Maria,"About 300 families fled to schools."

Data as of: 16 March 2031 | Rows returned: 2 | Format: CSV

Licence: free to reuse. Users must cite "Southern Africa Flood Monitor (SAFM), www.example.org".
"""


def test_a_data_exports_foot_gives_its_day_and_the_name_it_asks_to_be_cited_by():
    article = read_article(DATA_EXPORT.encode(), "export.txt")
    assert article.published == date(2031, 3, 16)
    assert article.publisher == "Southern Africa Flood Monitor"


def test_a_photo_essays_credit_names_its_writer_and_the_city_beside_the_date_none():
    page = (
        "Rebuilding after the storm\n\nPhotographs and text by Ana Ruiz\n"
        "Kuala Lumpur | Published: 3 Mar 2031, 10:30 AM\n\n"
        "The river rose overnight and took the lower market with it, traders told me.\n"
    )
    article = read_article(page.encode(), "essay.txt")
    assert article.authors == ("Ana Ruiz",)
    assert article.published == date(2031, 3, 3)


PARISH_SHEET = """ARCHDIOCESE OF GULU
ST. MONICA CATHOLIC PARISH – LACOR
P.O. Box 88, Gulu  |  Tel: 0471 432 100

SUNDAY NOTICES
SUNDAY, 6th APRIL 2031

1. PRAYERS. We pray for the three farmers shot dead by armed men at Awach on Tuesday,
as the police at Gulu told the parish.
"""


def test_a_bodys_local_unit_set_under_its_name_publishes_the_page():
    # the parish, set under its archdiocese, issues the sheet; 'ST.' opens a saint's name
    article = read_article(PARISH_SHEET.encode(), "sheet.txt")
    assert article.publisher == "St. Monica Catholic Parish – Lacor"
    assert article.published == date(2031, 4, 6)


BULLETIN = """RADIO KIVU HORIZON 98.1 FM

Bulletin 18:00 GMT - Monday 3 March 2031

HEADLINES

- Gunmen attack a bus on the Goma-Rutshuru road.
- Floods cut the road to Sake.

***

Good evening. Gunmen attacked a bus on the Goma-Rutshuru road near Kibumba on Sunday night,
police said. Two passengers were wounded.
"""


def test_a_bulletins_headlines_over_its_stories_are_no_part_of_the_story():
    article = read_article(BULLETIN.encode(), "bulletin.txt")
    assert "Floods cut the road" not in article.text
    assert "Good evening. Gunmen attacked a bus" in article.text


LETTER_TO_THE_EXCHANGE = """PT SUMBER TAMBANG NUSA Tbk
Head Office: Jl. Gatot Subroto No. 12, Jakarta 12930, Indonesia
IDX Ticker Code: STNU

No.      : 112/STN-CS/IV/2031
Date     : 9 April 2031

To:
Board of Directors
PT Bursa Efek Indonesia (Indonesia Stock Exchange)
Jl. Jend. Sudirman Kav. 52-53
Jakarta 12190

Cc:
1. Otoritas Jasa Keuangan (Financial Services Authority)

Subject: Disclosure of Material Information - Flooding at the Batu Hijau Haul Road

Dear Sirs and Madams,

On Monday, floods cut the haul road to the Company's mine near Sumbawa Besar, the district
disaster agency said.
"""


def test_a_letters_subject_under_its_addressees_is_its_headline():
    article = read_article(LETTER_TO_THE_EXCHANGE.encode(), "letter.txt")
    assert article.title == (
        "Disclosure of Material Information - Flooding at the Batu Hijau Haul Road"
    )
    assert article.published == date(2031, 4, 9)
    assert not article.authors  # the exchange's board is whom it goes to
    assert "Board of Directors" not in article.text


HOSPITAL_POST = """Facebook
Search Facebook
Home   Video   Marketplace   Groups

Kumbo Regional Hospital
Hospital · 12K followers
Posts   About   Photos

Kumbo Regional Hospital
{age} · Public

PRESS BRIEFING
Tuesday, 4 April 2031

The hospital received nine wounded after gunmen attacked the Tobin market on Sunday.
"""


@pytest.mark.parametrize("age", ["4 April at 11:05", "April 4 at 11:05 AM", "April 4, 2031"])
def test_a_posts_age_line_with_its_audience_in_words_cuts_the_networks_lines(age):
    # '· Public' is the text of the audience's pictogram; the page, not the network, publishes
    article = read_article(HOSPITAL_POST.format(age=age).encode(), "post.txt")
    assert article.publisher == "Kumbo Regional Hospital"
    assert article.published == date(2031, 4, 4)


DIGEST_MAIL = """From: Field Safety Unit <safety@aidgroup.example>
To: partners@lists.example
Cc: Area Managers; Country Director
Date: Sat, 14 May 2033 09:12:37 +0430
Subject: Weekly security digest - Week 19 (7-13 May 2033)
Attachments: Digest_W19.pdf (412 KB)

Dear colleagues,

Please find below this week's digest.

----------------------------------------
INCIDENTS
----------------------------------------

[19-01]
Date/time: 08 May 2033, 07:40
Description: A roadside bomb exploded near Sultanpur as a minibus passed.
"""


def test_a_digest_mail_with_its_own_boxed_section_is_read_under_its_subject():
    # recipients by name and the attachments' line are the mail's own; a heading between
    # two rules under the greeting opens the mail's own section, no forwarded document
    article = read_article(DIGEST_MAIL.encode(), "digest.txt")
    assert article.title == "Weekly security digest - Week 19 (7-13 May 2033)"
    assert article.publisher == "Field Safety Unit"
    assert article.published == date(2033, 5, 14)


SITREP = """GOVERNMENT OF THE PUNJAB
PROVINCIAL DISASTER MANAGEMENT AUTHORITY (PDMA) PUNJAB
Provincial Emergency Operations Centre, Lahore

DAILY SITUATION REPORT No. 23

Date: 17 July 2033                              Time: 1000 hrs
Reporting Period: 0800 hrs 16 July 2033 to 0800 hrs 17 July 2033

1. GENERAL SITUATION

Heavy rain fell over most of the province. A roof collapsed in Sialkot.
"""


def test_a_states_body_under_its_letterhead_issues_the_report():
    # the authority under the government's name publishes; the report's hour beside its day
    # is no other line of the header
    article = read_article(SITREP.encode(), "sitrep.txt")
    assert article.publisher == "Provincial Disaster Management Authority (PDMA) Punjab"
    assert article.published == date(2033, 7, 17)


APPEAL = """caritas
Diocese of Pemba
CARITAS DIOCESANA DE PEMBA
Member of Caritas Mozambique and of the Caritas Internationalis confederation

EMERGENCY APPEAL
Insurgent attacks in Chiure district

Appeal code: CDP-EA-02/2033
Date of issue: 17 March 2033
Situation as of: 16 March 2033
Amount requested: EUR 486,500

Insurgents attacked three villages north of Mazeze on the night of 6 to 7 March, the
parish priest told the Diocese of Pemba.
"""


def test_a_dioceses_caritas_set_under_it_issues_its_appeal_under_its_headline():
    article = read_article(APPEAL.encode(), "appeal.txt")
    assert article.publisher == "Caritas Diocesana de Pemba"
    assert article.title == "Insurgent attacks in Chiure district"  # not its appeal code


STATION_SCRIPT = """UNMISS | United Nations Mission in South Sudan
Radio Amani 101.7 FM - "Your Radio, Your Voice, Your Peace"
Home   About   Programmes   News Scripts

News at 1 - Monday, 12 September 2033

Posted: 12 September 2033 | 14:05 | Radio Amani News Desk

Good afternoon. Raiders attacked a cattle camp near Shambe on Saturday, the commissioner said.
"""


def test_a_stations_name_before_its_quoted_slogan_is_its_masthead():
    article = read_article(STATION_SCRIPT.encode(), "script.txt")
    assert article.publisher == "Radio Amani 101.7 FM"
    assert article.title == "News at 1 - Monday, 12 September 2033"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Appeal code: CDP-EA-02/2033", "furniture"),
        ("Ref. No.: CKDC/DRM/1/33", "furniture"),
        ("Reference: the floods of March", None),  # words, no code
    ],
)
def test_a_documents_reference_line_is_furniture(text, kind):
    line = classify(2, text)
    assert (line.kind if line else None) == kind


@pytest.mark.parametrize(
    "line",
    [
        "The blog of the Highland Land Rights Institute (HLRI)",
        "The official newsletter of the Teachers' Union of Malawi",
    ],
)
def test_what_a_section_is_under_its_name_is_a_tag_line(line):
    assert classify(0, line).kind == "tag"
    # a headline that opens the same way is no tag line
    assert classify(0, "The blog post that cost a minister his job") is None


def test_a_writers_credit_with_a_second_post_after_a_semicolon_names_the_writer():
    line = (
        "Maria Tekege, Senior Researcher, HLRI; Visiting Lecturer, Faculty of Social and "
        "Political Sciences, University of the Central Highlands"
    )
    found = classify(0, line)
    assert (found.kind, found.authors) == ("byline", ("Maria Tekege",))


def test_a_missions_initials_over_its_name_spelled_out_name_the_publisher():
    # the initials leave out the country the mission works in
    page = "\n".join(
        [
            "UNHSM",
            "United Nations Health Support Mission in Chad",
            "Home | About UNHSM | Mandate | Media | Contact",
            "",
            "Daily notes of the Spokesperson - Monday, 4 July 2033",
            "",
            "Peacekeepers evacuated 14 wounded civilians from Abéché on Sunday, the mission said.",
        ]
    )
    assert read_article(page.encode(), "x").publisher == (
        "United Nations Health Support Mission in Chad"
    )


def test_a_label_opening_a_headline_of_its_own_is_part_of_it():
    assert classify(0, "PRESS STATEMENT").kind == "marker"
    line = "PRESS STATEMENT ON CASUALTIES RECEIVED AT KADUGLI HOSPITAL AFTER THE SHELLING"
    found = classify(0, line)
    assert found is None or found.kind != "marker"


def test_a_name_beside_its_name_in_another_language_over_a_motto_is_the_masthead():
    page = "\n".join(
        [
            "Rede Solidária do Norte | Northern Solidarity Network",
            "Human rights accompaniment in Cabo Delgado and Niassa",
            "",
            "Home | Who we are | Translations | Contact",
            "",
            "ALERT No. 07-33 – Cabo Delgado: summary of risks and recorded events",
            "",
            "Posted 2 May 2033 | Category: Translations",
            "",
            "Insurgents burned 40 houses in the village of Chai on 28 April, residents said.",
        ]
    )
    article = read_article(page.encode(), "x")
    assert article.publisher == "Rede Solidária do Norte"
    assert article.title == "ALERT No. 07-33 – Cabo Delgado: summary of risks and recorded events"
