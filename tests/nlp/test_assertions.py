"""Author assertions: the writer's own judgements, never a quoted or attributed one."""

from __future__ import annotations

import pytest

from claimtrail.nlp.assertions import find_assertions, quoted_ranges
from claimtrail.nlp.attribution import find_attributions


def assertions_in(nlp, text: str):
    doc = nlp(text)
    return find_assertions(doc, find_attributions(doc))


# (sentence, label, cue, target or None)
JUDGING_MODIFIERS = [
    (
        "The baseless accusations were repeated on state television.",
        "discredit",
        "baseless accusations",
        "The baseless accusations",
    ),
    ("Nobody should take this absurd claim seriously.", "discredit", "absurd claim", None),
    (
        "The raid was a cynical attempt to distract voters.",
        "discredit",
        "cynical attempt",
        "The raid",
    ),
    (
        "The governor's far-fetched story convinced nobody in the valley.",
        "discredit",
        "far-fetched story",
        "The governor's far-fetched story",
    ),
    (
        "The mayor's cynical and dishonest campaign collapsed within a month.",
        "discredit",
        "cynical and dishonest campaign",
        None,
    ),
    ("These are trumped-up charges.", "discredit", "trumped-up charges", "These"),
]

SELF_JUDGING_NOUNS = [
    (
        "The ministry's statement was an obvious lie.",
        "discredit",
        "an obvious lie",
        "The ministry's statement",
    ),
    ("This is a blatant provocation.", "discredit", "a blatant provocation", "This"),
    ("The pamphlet is pure propaganda.", "discredit", "pure propaganda", "The pamphlet"),
    ("The whole inquiry was a charade.", "discredit", "a charade", "The whole inquiry"),
    ("This is nonsense.", "discredit", "nonsense", "This"),
]

PREDICATES = [
    ("The accusations are baseless.", "discredit", "baseless", "The accusations"),
    ("The video was clearly fabricated.", "discredit", "clearly fabricated", "The video"),
    (
        "The photographs, which were doctored, circulated widely.",
        "discredit",
        "doctored",
        "The photographs",
    ),
    (
        "The evidence against the commander is irrefutable.",
        "endorse",
        "irrefutable",
        "The evidence against the commander",
    ),
    ("The evidence is overwhelming.", "endorse", "overwhelming", "The evidence"),
]

CERTAINTY = [
    ("The army undoubtedly knew about the convoy.", "certainty", "undoubtedly", None),
    ("Of course, the ministry has not commented.", "certainty", "Of course", None),
    ("The ceasefire, of course, collapsed within hours.", "certainty", "of course", None),
    ("Clearly, the council wanted a quick vote.", "certainty", "Clearly", None),
    ("But surely, the harbour will reopen next week.", "certainty", "surely", None),
    (
        "There is no doubt that the shells came from the east.",
        "certainty",
        "There is no doubt",
        None,
    ),
]

RHETORICAL = [
    ("Who could believe such a story?", "rhetorical", "Who could believe", "such a story"),
    ("How can anyone take these figures seriously?", "rhetorical", "How can anyone", None),
]


@pytest.mark.parametrize(
    "text,label,cue,target",
    JUDGING_MODIFIERS + SELF_JUDGING_NOUNS + PREDICATES + CERTAINTY + RHETORICAL,
)
def test_the_authors_judgement_is_found(nlp, text, label, cue, target):
    (found,) = assertions_in(nlp, text)
    assert (found.label, found.cue) == (label, cue)
    assert text[found.cue_start : found.cue_end] == found.cue
    assert text[found.start : found.end] == found.text == text
    if target is not None:
        assert found.target == target
        assert text[found.target_start : found.target_end] == target


def test_a_certainty_adverb_strengthens_the_judgement_it_precedes(nlp):
    (found,) = assertions_in(nlp, "The spokesman's remarks were, of course, a lie.")
    assert (found.label, found.cue) == ("discredit", "of course, a lie")


def test_a_distant_certainty_adverb_is_an_assertion_of_its_own(nlp):
    text = "Undoubtedly, the harbour figures in the annual budget of the county were fabricated."
    found = assertions_in(nlp, text)
    assert [(a.label, a.cue) for a in found] == [
        ("certainty", "Undoubtedly"),
        ("discredit", "fabricated"),
    ]
    assert found[1].target == "the harbour figures in the annual budget of the county"


def test_a_comment_on_a_reported_claim_is_the_authors(nlp):
    text = (
        "The agency also denies that it ever paid the contractors in Tarn and Velle, "
        "which is an obvious lie."
    )
    (found,) = assertions_in(nlp, text)
    assert (found.label, found.cue) == ("discredit", "an obvious lie")
    assert found.target == "that it ever paid the contractors in Tarn and Velle"


NOT_THE_AUTHORS = {
    "in quotes": '"This is an obvious lie," the spokesman said.',
    "in curly quotes": "\u201cThe accusations are baseless,\u201d the minister told reporters.",
    "quote running on": "\u201cWe will win. Of course we will,\u201d the general said.",
    "reported speech": "The spokesman said the report was an obvious lie.",
    "according to": "According to the embassy, the photographs were doctored.",
    "speaker after": "The drills, the ministry said, were a blatant provocation.",
    "calling": "Moscow called the report a blatant provocation.",
    "dismissing as": "The ministry dismissed the accusations as baseless.",
    "describing as": "The opposition described the vote as a sham.",
    "seen as": "Lawmakers see the drills as a provocation.",
    "denouncing": "Officials denounced the blatant provocation.",
    "finding": "The court found the allegations baseless.",
    "ruling": "The court ruled that the allegations were baseless.",
    "concluding": "An investigation concluded the video was doctored.",
    "admitting": "She admitted the claims were false.",
    "recognising": "He later recognised how absurd the plan had been.",
    "claim content": "Russia's claim that the footage was staged has been widely repeated.",
    "scare quotes": "The so-called \u2018baseless\u2019 claims were reviewed by the panel.",
    "experts say": "Experts say the footage is fake.",
    "speaker after comment": "The army denies any role in the fire, which is a lie, Okafor said.",
    "comment on a named claim": "Officials said the rebels spread rumours, which are baseless.",
    "single-quoted speech": "The mayor heckled the crowd: 'You're being ridiculous.'",
    "seeming": "It appeared that the photographs had been doctored.",
}

NOT_ASSERTED = {
    "negated predicate": "The accusations are not baseless.",
    "negated noun": "There is no irrefutable proof.",
    "negated copula": "This is not an obvious lie.",
    "modal": "The photos may be fake.",
    "supposition": "If the story is false, the editor will resign.",
    "hedged": "The story was apparently fabricated.",
    "plain question": "Is the claim baseless?",
    "question with certainty": "Surely, the port is closed?",
    "seemingly": "The minister gave a seemingly absurd answer.",
    "perhaps": "The new toll is perhaps a cynical ploy.",
}

NEUTRAL = {
    "clear sky": "A clear sky is expected over the coast on Sunday.",
    "obvious route": "Drivers took the obvious route along the river.",
    "clear majority": "A clear majority voted for the motion.",
    "false ceiling": "The false ceiling of the hall collapsed.",
    "false alarm": "It was a false alarm.",
    "fake bomb": "A fake bomb was found near the gate.",
    "staged raid": "Police staged a raid on the building.",
    "staged concert": "The concert was staged in the old theatre.",
    "deliberate attack": "The army launched a deliberate attack on the depot.",
    "a lie told": "He told a lie to the court.",
    "pure water": "The pure water supply ran out after two days.",
    "clearly visible": "The results were clearly visible from the road.",
    "clearly stated": "The ministry clearly stated its position.",
    "certainly played": "The team certainly played well in the final.",
    "obviously tired": "Obviously tired, the crew returned home.",
    "matter of course": "Checks at the border became a matter of course.",
    "fabricated scandal": "The film tells the story of a fabricated scandal.",
    "bank accounts": "Staff opened fake accounts to meet their sales targets.",
}


@pytest.mark.parametrize("text", NOT_THE_AUTHORS.values(), ids=NOT_THE_AUTHORS.keys())
def test_someone_elses_judgement_is_not_the_authors(nlp, text):
    assert assertions_in(nlp, text) == []


@pytest.mark.parametrize("text", NOT_ASSERTED.values(), ids=NOT_ASSERTED.keys())
def test_a_judgement_not_asserted_is_left_out(nlp, text):
    assert assertions_in(nlp, text) == []


@pytest.mark.parametrize("text", NEUTRAL.values(), ids=NEUTRAL.keys())
def test_neutral_uses_of_cue_words_are_left_out(nlp, text):
    assert assertions_in(nlp, text) == []


def test_the_sentence_is_cut_to_the_line_of_the_cue(nlp):
    text = "Toll row in Kestrel Bay\nThe new toll is a cynical ploy by the port authority."
    (found,) = assertions_in(nlp, text)
    assert found.text == "The new toll is a cynical ploy by the port authority."
    assert text[found.start : found.end] == found.text


def test_judgements_come_in_text_order_with_one_per_cue(nlp):
    text = (
        "The mayor's account is an outright lie. Of course, the council has not replied. "
        "\u201cIt is all lies,\u201d a trader said. The evidence of fraud is overwhelming."
    )
    found = assertions_in(nlp, text)
    assert [(a.label, a.cue) for a in found] == [
        ("discredit", "an outright lie"),
        ("certainty", "Of course"),
        ("endorse", "overwhelming"),
    ]
    assert [a.start for a in found] == sorted(a.start for a in found)


QUOTED = {
    "pairs": ('He said "one" and "two" today.', ['"one"', '"two"']),
    "curly": ("\u201cA,\u201d she said. \u201cB.\u201d", ["\u201cA,\u201d", "\u201cB.\u201d"]),
    "running to the paragraph end": (
        "\u201cFirst part.\n\u201cSecond part,\u201d he said.",
        ["\u201cFirst part.", "\u201cSecond part,\u201d"],
    ),
    "closed from an earlier paragraph": ("still quoted.\u201d Plain.", ["still quoted.\u201d"]),
    "doubled straight marks": ("''Yes,'' he said. ''No.''", ["''Yes,''", "''No.''"]),
}


@pytest.mark.parametrize("text,expected", QUOTED.values(), ids=QUOTED.keys())
def test_quoted_ranges_pair_marks_within_paragraphs(text, expected):
    assert [text[s:e] for s, e in quoted_ranges(text)] == expected
