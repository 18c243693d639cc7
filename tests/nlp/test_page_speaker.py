"""The person whose spoken words a page is: named in its title, speaking its turns."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrail.extract import extract
from claimtrail.ingest.text import article_id
from claimtrail.model import Article
from claimtrail.nlp.page_speaker import names_a_speaker, page_speaker, speakers_turns
from claimtrail.nlp.pipeline import parse


@pytest.mark.parametrize(
    ("title", "spoken"),
    [
        ("Weekly briefing by the Press Secretary of the Ministry of Health Dilnoza Karimova", True),
        ("Transcript of the press briefing by spokesperson Ana Ruiz", True),
        ("Remarks by Governor Peter Mwangi at the opening of the Garissa bridge", True),
        ("Floods hit Garissa as governor speaks of 'worst season'", False),
        ("Police arrest two men after a briefing by residents", False),
    ],
)
def test_a_spoken_pages_title_names_its_kind_then_who_by(title, spoken):
    assert names_a_speaker(title) is spoken


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "Weekly briefing by the Press Secretary of the Ministry of Health, Dilnoza Karimova",
            "Dilnoza Karimova",
        ),
        ("Remarks by Governor Peter Mwangi at the opening of the Garissa bridge", "Peter Mwangi"),
    ],
)
def test_the_speaker_is_the_person_after_by_an_official_not_placed_in_the_text(nlp, title, name):
    speaker = page_speaker(parse(nlp, title))
    assert (speaker.name, speaker.kind, speaker.start_char) == (name, "official", -1)


def test_an_office_speaking_as_the_site_is_no_person(nlp):
    title = "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General"
    assert page_speaker(parse(nlp, title)) is None


BRIEFING = (
    "Good afternoon. On the night of 3 to 4 May, gunmen attacked a police post in the village "
    "of Sukok, in Bostanliq district, and wounded two officers, who were taken to the district "
    "hospital in Gazalkent.\n\n"
    "Question (Valley Post): The Interior Ministry of Kazakhstan said yesterday that police "
    "from Uzbekistan detained three Kazakh shepherds near Sukok on 4 May. Do you confirm this?\n\n"
    "Answer: We have seen these statements, and we categorically reject them. According to "
    "our information, on 5 May border guards arrested a smuggler near Parkent.\n"
)
TITLE = "Weekly briefing by the Press Secretary of the Foreign Ministry, Dilnoza Karimova"


@pytest.fixture(scope="module")
def briefing():
    article = Article(
        id=article_id(BRIEFING), text=BRIEFING, title=TITLE, published=date(2031, 5, 7)
    )
    return extract(article)


def _chain(report):
    return [s.name for s in report.sources]


def test_the_opening_statement_and_the_answers_are_the_speakers_word(briefing):
    by_action = {r.action: r for r in briefing.reports}
    assert _chain(by_action["attack"]) == ["Dilnoza Karimova"]
    assert by_action["attack"].certainty == "reported"
    # 'according to our information' is the speaker's own, no source of its own
    assert _chain(by_action["arrest"]) == ["Dilnoza Karimova"]


def test_a_journalists_question_carries_the_other_sides_claim_not_the_speakers(briefing):
    (claim,) = [r for r in briefing.reports if "shepherds" in r.text]
    assert "Dilnoza Karimova" not in _chain(claim)
    assert _chain(claim)[-1] == "Interior Ministry of Kazakhstan"


def test_we_rejecting_in_an_answer_is_the_speaker(briefing):
    (denial,) = [d for d in briefing.denials if "reject" in d.text]
    assert denial.source.name == "Dilnoza Karimova"


def test_a_transcript_whose_turns_name_their_speakers_is_read_by_them(nlp):
    text = (
        "KARIMOVA: Good afternoon.\n\nMWANGI: Thank you.\n\nKARIMOVA: On 4 May gunmen attacked"
        " a post.\n\nMWANGI: Thank you again.\n"
    )
    speaker = page_speaker(parse(nlp, TITLE))
    assert speakers_turns(parse(nlp, text), speaker) == []


NOTICE_PAGE = (
    "The council's notice was pinned on the board on Tuesday. We reproduce the full text "
    "below.\n\n"
    "LUANGWA DISTRICT COUNCIL\n\n"
    "Private Bag 4, Luangwa\n\n"
    "PUBLIC NOTICE\n\n"
    "1. Luangwa District Council informs the public that on the night of Sunday the river "
    "burst its banks and flooded four villages.\n\n"
    "2. According to Luangwa Police, two people drowned on Monday at Feira."
)


def test_a_document_reproduced_in_full_is_its_issuers_word():
    reading = extract(
        Article(id=article_id(NOTICE_PAGE), text=NOTICE_PAGE, published=date(2033, 1, 19))
    )
    chains = {r.action: [s.name for s in r.sources] for r in reading.reports}
    assert chains["flood"] == ["LUANGWA DISTRICT COUNCIL"]
    # the body's own sources go on below it, its name in capitals or not counted once
    assert chains["kill"] == ["LUANGWA DISTRICT COUNCIL", "Luangwa Police"]


def test_a_report_appended_as_received_is_its_issuers_word():
    text = NOTICE_PAGE.replace(
        "We reproduce the full text below.",
        "The following notice is reproduced as received from the council.",
    )
    reading = extract(Article(id=article_id(text), text=text, published=date(2033, 1, 19)))
    flood = next(r for r in reading.reports if r.action == "flood")
    assert [s.name for s in flood.sources] == ["LUANGWA DISTRICT COUNCIL"]


def test_a_page_that_reproduces_nothing_stays_in_its_own_voice():
    text = NOTICE_PAGE.replace("We reproduce the full text below.", "It was read on air.")
    reading = extract(Article(id=article_id(text), text=text, published=date(2033, 1, 19)))
    kill = next(r for r in reading.reports if r.action == "kill")
    assert [s.name for s in kill.sources] == ["Luangwa Police"]
