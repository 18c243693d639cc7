"""The spaCy pipeline: loaded once, chosen by name or environment, clear when missing."""

from __future__ import annotations

import pytest

from claimtrail.errors import ModelNotAvailable
from claimtrail.nlp.pipeline import ENV_VAR, load_nlp, parse, parser_text


def test_loaded_once_per_process():
    assert load_nlp() is load_nlp()


def test_missing_pipeline_says_what_to_install(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "xx_no_such_pipeline")
    load_nlp.cache_clear()
    try:
        with pytest.raises(ModelNotAvailable) as raised:
            load_nlp()
        message = str(raised.value)
        assert "xx_no_such_pipeline" in message and "pip install" in message
        assert "\n" not in message
    finally:
        load_nlp.cache_clear()


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The road was shut, according to spokesperson Sgt. Mara Quill. Traffic resumed.", "Sgt."),
        ("The raid was confirmed by Brig. Gen. Tomas Arvelo on Friday. Nobody was hurt.", "Brig."),
        ("Supt. Joyce Mbeki said the suspects fled. The search goes on.", "Supt."),
        ("Three men were held, Adj. Sr. Comr. Budi Santoso said. He urged calm.", "Comr."),
    ],
)
def test_an_abbreviated_title_stays_in_the_sentence_of_its_name(text, title):
    doc = load_nlp()(text)
    sentences = [s.text for s in doc.sents]
    assert len(sentences) == 2
    assert title in sentences[0] and sentences[0].endswith(".")
    assert any(t.text == title for t in doc)


def test_no_sentence_starts_after_a_bare_word(nlp):
    # 'To' of the place name 'Ba To' looks like a sentence opening to the statistical splitter
    doc = nlp("Crews moved families from Son Ha and Ba To to safety on Friday, an official said.")
    assert len(list(doc.sents)) == 1


def test_a_weekday_after_a_clock_time_opens_no_sentence(nlp):
    doc = nlp("The roof fell in at 1:30 a.m. Saturday, the Valley Messenger reported.")
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "KAYES (APS), 17 May - A flash flood swept through the market quarter late on Tuesday.",
        "NAIROBI, March 14 (Wire Service) - Gunmen attacked a bus near Garissa on Tuesday.",
        "BOR – Armed youth attacked three cattle camps in Anyidi payam overnight.",
    ],
)
def test_a_wire_dateline_is_no_part_of_the_lead_sentence(nlp, text):
    lead = text[text.index(" - " if " - " in text else " – ") + 3 :]
    assert [s.text for s in nlp(text).sents][-1] == lead


def test_a_lower_case_word_after_an_exclaimed_quotation_continues_its_sentence(nlp):
    doc = nlp('"Get out of the water now!" the lifeguard shouted. Nobody moved.')
    assert [s.text for s in doc.sents] == [
        '"Get out of the water now!" the lifeguard shouted.',
        "Nobody moved.",
    ]


def test_a_log_entry_heading_is_one_sentence_apart_from_the_entry_under_it(nlp):
    heading = "2.5  04 JUN 2031, 1105 UTC - EXPLOSION IN VICINITY OF VESSEL - 18 NM WEST OF MOCHA"
    entry = "UKMTO reported that the master of the cargo ship SEA OWL stated that a craft exploded."
    assert [s.text.strip() for s in nlp(f"{heading}\n{entry}").sents] == [heading, entry]


SPEAKERS = (
    "ROSALIND ODHIAMBO, Special Envoy for the Great Lakes, said that shelling had resumed.\n\n"
    "WILL OKAFOR-BELL, speaking for the donors, said the road to Goma was closed.\n\n"
    "NEW YORK, May 3 (Reuters) - The council met for two hours.\n\n"
    "DATU PIANG, MAGUINDANAO DEL SUR. Troops and fighters clashed for an hour.\n\n"
    "SAN SALVADOR, Monday. The assembly met.\n\n"
    "OPERATION NIGHT SHIELD, PHASE TWO. Troops moved north."
)


def test_a_speakers_name_in_capitals_is_read_as_a_name_over_the_written_words(nlp):
    written = parser_text(SPEAKERS)
    assert len(written) == len(SPEAKERS)
    assert written.startswith("Rosalind Odhiambo, Special Envoy")
    assert "\n\nWill Okafor-Bell, speaking" in written
    # datelines, and a heading in capitals whose line goes on in capitals
    assert written.endswith(SPEAKERS[SPEAKERS.index("NEW YORK") :])
    doc = parse(nlp, SPEAKERS)
    assert doc.text == SPEAKERS
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert "ROSALIND ODHIAMBO" in people and "WILL OKAFOR-BELL" in people
    names = [
        *doc.char_span(0, 17),
        *doc.char_span(SPEAKERS.index("WILL"), SPEAKERS.index("WILL") + 4),
    ]
    assert all(t.pos_ == "PROPN" for t in names)


def test_a_text_without_such_names_is_parsed_as_it_is(nlp):
    text = "UNICEF said on Monday that 40 children were missing."
    assert parser_text(text) == text
    assert parse(nlp, text).text == text
