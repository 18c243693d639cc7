"""Attribution chains over the claim of each sentence: outermost source first."""

from __future__ import annotations

import pytest

from claimtrail.nlp.attribution import chain_at, find_attributions, quotation_spans


def chain_of(nlp, text: str, claim: str) -> list[tuple[str | None, str, str]]:
    doc = nlp(text)
    position = text.index(claim)
    chain = chain_at(find_attributions(doc), position, position + len(claim))
    for source in chain:
        assert text[source.start_char : source.end_char] == source.text
    return [(s.name, s.kind, s.text) for s in chain]


CASES = [
    # (sentence, a word of the claim, expected [(name, kind)] outermost first)
    (
        "According to the police, gunmen killed four farmers near the village.",
        "killed",
        [("police", "official")],
    ),
    ("Gunmen killed four farmers near the village, police said.", "killed", [(None, "official")]),
    ("A spokesman for the army said troops shelled the ridge.", "shelled", [("army", "official")]),
    (
        "The Ukrainian military said the bridge was hit twice.",
        "hit",
        [("Ukrainian military", "official")],
    ),
    (
        "Fishermen burned the boats, Paul Okoro, a local chief, said at the time.",
        "burned",
        [("Paul Okoro", "official")],
    ),
    (
        "Two officials told Reuters that the army shelled the market on Monday.",
        "shelled",
        [("Reuters", "news_agency"), (None, "official")],
    ),
    (
        "The agency quoted a local doctor as saying that twelve people died in the blast.",
        "died",
        [(None, "news_agency"), (None, "eyewitness")],
    ),
    (
        "Xinhua cited an unnamed source claiming that the bridge collapsed at dawn.",
        "collapsed",
        [("Xinhua", "news_agency"), (None, "anonymous")],
    ),
    (
        "The state broadcaster cited villagers who claimed that soldiers burned their houses.",
        "burned",
        [("state broadcaster", "media"), (None, "eyewitness")],
    ),
    (
        "Officials who spoke on condition of anonymity said the convoy was ambushed.",
        "ambushed",
        [(None, "anonymous")],
    ),
    (
        "Anadolu Agency reported that drones struck a fuel depot near the border.",
        "struck",
        [("Anadolu Agency", "news_agency")],
    ),
    (
        "Residents claimed that the militia abducted six teachers.",
        "abducted",
        [(None, "eyewitness")],
    ),
    (
        "The Ministry of Health announced that cholera had spread to three districts.",
        "spread",
        [("Ministry of Health", "official")],
    ),
    (
        "Governor Amina Bello said the floods displaced 2,000 families.",
        "displaced",
        [("Amina Bello", "official")],
    ),
    (
        "Sources told the Associated Press that the prisoners were moved overnight.",
        "moved",
        [("Associated Press", "news_agency"), (None, "anonymous")],
    ),
]


@pytest.mark.parametrize("text,claim,expected", CASES)
def test_chain_names_and_kinds(nlp, text, claim, expected):
    got = [(name, kind) for name, kind, _ in chain_of(nlp, text, claim)]
    assert got == expected


def test_unattributed_claim_has_no_chain(nlp):
    assert chain_of(nlp, "Heavy rain flooded the lower town on Sunday.", "flooded") == []


def test_quotation_speaker_after_the_quote_spans_sentences(nlp):
    text = (
        "\u201cWe heard the engines first. Then three helicopters landed behind the school,\u201d "
        "said Musa Ibrahim, a farmer."
    )
    assert chain_of(nlp, text, "landed") == [
        ("Musa Ibrahim", "eyewitness", "Musa Ibrahim, a farmer")
    ]


def test_quotation_speaker_before_the_quote(nlp):
    text = "The mayor said: \u201cThe bridge collapsed at dawn and four cars fell in..\u201d"
    assert [(k) for _, k, _ in chain_of(nlp, text, "collapsed")] == ["official"]


def test_nested_speech_inside_a_quotation(nlp):
    text = (
        "\u201cIn particular, local journalists and farmers say that such trucks were seen near "
        "the dam,\u201d the regional spokeswoman Olena Marchuk said."
    )
    got = [(name, kind) for name, kind, _ in chain_of(nlp, text, "seen")]
    assert got == [("Olena Marchuk", "official"), (None, "media"), (None, "eyewitness")]


def test_pronoun_takes_the_latest_named_speaker(nlp):
    text = (
        "Colonel Dmytro Savchuk said the depot burned for hours. "
        "He added that two workers were injured."
    )
    assert chain_of(nlp, text, "injured")[0][:2] == ("Dmytro Savchuk", "official")


def test_surname_takes_the_full_name_given_earlier(nlp):
    text = (
        "Yusuf Abdullahi Kolo, the state police spokesman, said the market burned. "
        "Kolo said that two traders were arrested."
    )
    assert chain_of(nlp, text, "arrested")[0][:2] == ("Yusuf Abdullahi Kolo", "official")


def test_title_is_not_part_of_the_name(nlp):
    text = "Spokeswoman Maria Lopez said that the road was blocked."
    assert chain_of(nlp, text, "blocked")[0][:2] == ("Maria Lopez", "official")


def test_quotation_spans_pairs_marks():
    text = 'He said "the dam broke" and \u201cwater rose fast\u201d.'
    assert [text[s:e] for s, e in quotation_spans(text)] == [
        "water rose fast",
        "the dam broke",
    ] or [text[s:e] for s, e in quotation_spans(text)] == ["the dam broke", "water rose fast"]


def test_an_unnamed_role_takes_the_name_given_soon_after(nlp):
    text = (
        "Two buses burned at the depot on Friday, according to a trader at the market.\n\n"
        '"The fire spread very fast," said Musa Bello, a spice trader.'
    )
    assert chain_of(nlp, text, "burned")[0][:2] == ("Musa Bello", "eyewitness")


def test_an_anonymous_source_is_never_named_later(nlp):
    text = (
        "An official who asked not to be named said the bridge collapsed.\n\n"
        '"We are investigating," said Ruth Amo, a district official.'
    )
    assert chain_of(nlp, text, "collapsed")[0][:2] == (None, "anonymous")


def test_quotation_speaker_is_not_taken_from_the_next_sentence(nlp):
    text = (
        'The army said the drone struck "a column of fighters on motorcycles." '
        "The statement did not say how many people were killed."
    )
    assert [name for name, _, _ in chain_of(nlp, text, "column")] == ["army"]


def test_an_equivalent_role_with_the_same_qualifier_names_the_source(nlp):
    text = (
        "Mud buried nine houses in Bukalasi on Sunday, a district official said.\n\n"
        "John Wanyama, the district disaster officer, said rescue teams were still digging."
    )
    assert chain_of(nlp, text, "buried")[0][:2] == ("John Wanyama", "official")


def test_a_different_qualifier_keeps_the_source_unnamed(nlp):
    text = (
        "Mud buried nine houses in Bukalasi on Sunday, a police official said.\n\n"
        "John Wanyama, the district disaster officer, said rescue teams were still digging."
    )
    assert chain_of(nlp, text, "buried")[0][0] is None
