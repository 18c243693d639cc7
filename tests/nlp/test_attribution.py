"""Attribution chains over the claim of each sentence: outermost source first."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from claimtrail.nlp.attribution import _perceived, chain_at, find_attributions, quotation_spans


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
        "As per the district police, gunmen killed four farmers near the village.",
        "killed",
        [("district police", "official")],
    ),
    (
        "In the words of the district collector, gunmen killed four farmers near the village.",
        "killed",
        [("district collector", "official")],
    ),
    # 'per' as police and Philippine English write it, opening a clause
    (
        "Per report of the district director, the suspect fired at the officers.",
        "fired",
        [(None, "official")],
    ),
    (
        "Gunmen killed four farmers near the village on Sunday, per the district police.",
        "killed",
        [("district police", "official")],
    ),
    # an office named by two portfolios joined by 'and' is one source
    (
        "The Minister of Justice and Public Security, Ana Ortiz, said police arrested 12 men.",
        "arrested",
        [("Ana Ortiz", "official")],
    ),
    # 'based on' opening a clause before whom it names; records are their keeper's word
    (
        "For your information, based on the records of the Velden Security Command, two"
        " boats were seized.",
        "seized",
        [("Velden Security Command", "official")],
    ),
    (
        "According to records of the health ministry, four farmers were killed in the village.",
        "killed",
        [("health ministry", "official")],
    ),
    (
        "According to the police, gunmen killed four farmers near the village.",
        "killed",
        [("police", "official")],
    ),
    ("Gunmen killed four farmers near the village, police said.", "killed", [(None, "official")]),
    ("A spokesman for the army said troops shelled the ridge.", "shelled", [("army", "official")]),
    (
        "A Norcoat spokesperson said on Monday that the tank collapsed. The company said it "
        "was empty.",
        "empty",
        [("Norcoat", "official")],
    ),
    (
        "The bridge gave way at dawn, said Deputy Superintendent of Police Hari Prasad Koirala.",
        "gave",
        [("Hari Prasad Koirala", "official")],
    ),
    (
        "Gunmen burned the market, said Inspector General of Police Musa Bello.",
        "burned",
        [("Musa Bello", "official")],
    ),
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
    (
        "The shop was looted on Friday night, Gaya SSP Meena Rao said on Saturday.",
        "looted",
        [("Meena Rao", "official")],
    ),
    (
        "The police spokesperson, Grace Okon, said the bus was attacked on Sunday. The PPRO "
        "added that the driver was abducted.",
        "driver",
        [("Grace Okon", "official")],
    ),
    (
        "The Police Public Relations Officer, DSP Kemi Adebayo-Okafor, said the bus was "
        "attacked. The PPRO added that the driver was abducted.",
        "driver",
        [("Kemi Adebayo-Okafor", "official")],
    ),
    (
        "The ministry's spokeswoman, Ana Ruiz, said three people drowned. A mudflow killed six "
        "people in 2021, the ministry said at the time.",
        "mudflow",
        [("ministry", "official")],
    ),
    (
        "The disaster council's morning report said 12 houses were destroyed. The same report "
        "said a bridge gave way on Saturday.",
        "bridge",
        [("disaster council", "official")],
    ),
    (
        "The mayor holds a nine-point lead over her rival in a Harbour Times poll.",
        "lead",
        [("Harbour Times", "media")],
    ),
    (
        "Reporters spoke to five residents. Three of them said soldiers burned the granary.",
        "burned",
        [(None, "eyewitness")],
    ),
    (
        "Two of the villagers said soldiers burned the granary on Monday.",
        "burned",
        [(None, "eyewitness")],
    ),
    (
        "People familiar with the matter said the convoy was hit twice.",
        "convoy",
        [(None, "anonymous")],
    ),
    (
        "District Superintendent Olu Bakare said the bridge gave way at dawn.",
        "bridge",
        [("Olu Bakare", "official")],
    ),
    (
        "A witness testifying under a pseudonym told the court that the unit burned the market.",
        "burned",
        [(None, "anonymous")],
    ),
    (
        "A nurse, identified only as Grace, said the clinic ran out of fuel on Monday.",
        "clinic",
        [(None, "anonymous")],
    ),
    # the relative pronoun that cites is the outlet it stands for; 'the weekly' types it
    (
        "According to the weekly Porto Hebdo, which cited a source close to the inquiry, "
        "officers seized two rifles in the flat.",
        "seized",
        [("Porto Hebdo", "media"), (None, "anonymous")],
    ),
    # residents who report are still residents, inside the official who passes it on
    (
        "The district spokesman told Radio Umoja that residents of two villages had "
        "reported that a mudslide came down the hill.",
        "mudslide",
        [("Radio Umoja", "media"), (None, "official"), (None, "eyewitness")],
    ),
    # the dateline's place opening the sentence is no speaker, whatever the parse
    (
        "Mopti, Mali - The Sahel Relief Trust today condemned the killing of six herders.",
        "killing",
        [("Sahel Relief Trust", "organization")],
    ),
    (
        "Iringa, Tanzania - The Southern Highlands Wildlife Trust today condemned the "
        "killing of three elephants.",
        "killing",
        [("Southern Highlands Wildlife Trust", "organization")],
    ),
    # the page speaks for the group it is linked to
    (
        "A Facebook page linked to the Zebrinth Liberation Front claimed that its fighters "
        "ambushed a convoy on Tuesday.",
        "ambushed",
        [("Zebrinth Liberation Front", "organization")],
    ),
    # a body's office, cited after the outlet that reported the claim
    (
        "A boy was wounded in the leg on Monday, the local daily La Voz reported, citing "
        "the city's prosecutor's office.",
        "wounded",
        [("La Voz", "media"), ("city's prosecutor's office", "official")],
    ),
    # 'the company' is the company named, not the village named after it
    (
        "Protesters blocked a drilling site of the company Drina Lithium Development (DLD) near "
        "the village of Gornje Nedeljice on Monday. The company said guards had been attacked.",
        "attacked",
        [("Drina Lithium Development", "organization")],
    ),
    # 'she' after 'the mayor of X, Name', though the parser hangs the name on the place
    (
        "In Pirot, the river flooded 40 houses, the mayor of Pirot, Jelena Perić, said. She "
        "said a landslide had cut the road to the villages.",
        "landslide",
        [("Jelena Perić", "official")],
    ),
    # a participle under the second of two coordinated verbs: their shared subject speaks
    (
        "The governor toured the camp, and met the families, saying that soldiers had burned "
        "their houses.",
        "burned",
        [(None, "official")],
    ),
    # the parser may make 'shared' the sentence's verb: the video speaks, not the day
    (
        "A video shared widely on social media on Monday claimed that the dam had burst.",
        "burst",
        [(None, "media")],
    ),
    ("A clip posted on Facebook claimed that soldiers beat a trader.", "beat", [(None, "media")]),
    # an incident log's line closed by its source in brackets
    (
        "12 Oct – Ostrava Dolna. Two men were arrested after a fight at the market (police).",
        "arrested",
        [(None, "official")],
    ),
    (
        "10 Oct – Velden. Floodwater covered the valley road at two points (VRSA).",
        "covered",
        [("VRSA", "organization")],
    ),
    (
        "11 Oct – Velden. Two rockets hit the depot; no casualties (road office statement).",
        "hit",
        [(None, "official")],
    ),
]


@pytest.mark.parametrize("text,claim,expected", CASES)
def test_chain_names_and_kinds(nlp, text, claim, expected):
    got = [(name, kind) for name, kind, _ in chain_of(nlp, text, claim)]
    assert got == expected


def test_unattributed_claim_has_no_chain(nlp):
    assert chain_of(nlp, "Heavy rain flooded the lower town on Sunday.", "flooded") == []


@pytest.mark.parametrize(
    "text",
    [
        "Cases rose in the camp, said the Ministry of Health (MoH).",  # the name's short form
        "The convoy reached Goma on Sunday (DRC).",  # a place
        "The ferry sank off the cape (file photo).",  # a note
        "The ferry sank off the cape in the storm (2019).",
        # a short form spelling the name before it
        "Four men were charged under the Public Order (Special Measures) Act 2019 (POSMA).",
    ],
)
def test_a_bracketed_tail_that_names_no_source_tells_nothing(nlp, text):
    sources = [s for a in find_attributions(nlp(text)) for s in a.sources]
    assert all(s.text not in {"MoH", "DRC", "file photo", "2019", "POSMA"} for s in sources)


@pytest.mark.parametrize(
    ("text", "claim", "chain"),
    [
        ("Two men believed to be smugglers were shot dead near the border.", "shot", []),
        ("A man said to be the gang's leader was arrested in the market.", "arrested", []),
        ("The group claimed to have killed 20 soldiers.", "killed", [("group", "The group")]),
    ],
)
def test_a_participle_before_to_be_names_no_speaker(nlp, text, claim, chain):
    assert [(name, t) for name, _, t in chain_of(nlp, text, claim)] == chain


@pytest.mark.parametrize(
    "text",
    [
        "Two lorries were seized by men in a pickup, thought to work for a smuggling ring.",
        "Five armed men in a speedboat, believed to belong to a gang, kidnapped three sailors.",
    ],
)
def test_a_participle_set_off_by_a_comma_names_no_speaker_whatever_verb_follows(nlp, text):
    assert find_attributions(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "claim", "chain"),
    [
        ("The audit found a way to cut costs.", "cut", []),
        (
            "The tribunal established that the guards had beaten the two prisoners.",
            "beaten",
            [("tribunal", "The tribunal")],
        ),
        (
            "Investigators determined that the depot was set on fire by the militia.",
            "set",
            [(None, "Investigators")],
        ),
        # a camp or a date settled on is no claim
        ("The army established a camp where the villagers had been shot.", "shot", []),
        ("The council determined the day on which the houses were demolished.", "demolished", []),
        ("She recalled that soldiers had burned the village.", "burned", [(None, "She")]),
        # what was found is the thing, alive or outside, not a claim
        ("Two boys were swept away by a flooded channel and later found alive.", "swept", []),
        (
            'The mayor said the gunmen "fired on everyone they found outside".',
            "fired",
            [(None, "The mayor")],
        ),
    ],
)
def test_finding_reports_only_through_a_clause(nlp, text, claim, chain):
    assert [(name, t) for name, _, t in chain_of(nlp, text, claim)] == chain


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


@pytest.mark.parametrize(
    "text",
    [
        "Per capita income fell by 12 per cent, the bank said.",
        "Fuel cost 3 dollars per litre.",
        "The film, based on the novel, was shown in the town.",
    ],
)
def test_per_that_counts_opens_no_attribution(nlp, text):
    cues = [text[a.cue_start : a.cue_end] for a in find_attributions(nlp(text))]
    assert cues == (["said"] if "said" in text else [])


@pytest.mark.parametrize("opener", ["According to the report of", "Per report of"])
def test_a_subject_the_parse_hangs_on_the_source_as_an_apposition_is_the_claims(nlp, opener):
    text = f"{opener} the NPD District Director, the subject drew a revolver and fired at them."
    (attribution,) = find_attributions(nlp(text))
    assert [s.text for s in attribution.sources] == ["the NPD District Director"]
    content = text[attribution.content_start : attribution.content_end]
    assert "the subject drew a revolver" in content


def test_pronoun_takes_the_latest_named_speaker(nlp):
    text = (
        "Colonel Dmytro Savchuk said the depot burned for hours. "
        "He added that two workers were injured."
    )
    assert chain_of(nlp, text, "injured")[0][:2] == ("Dmytro Savchuk", "official")


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a body named inside the quotation is the speaker's word, not the 'it' that adds
        (
            "The army's press office said that \"aircraft struck a building used by Hamas "
            'fighters." It added: "No school in Jabalia was hit this week."',
            "army's press office",
            "official",
        ),
        (
            '"I spoke to Ali Khan of the Red Crescent at the crossing," the minister said. '
            "He added that the road to the crossing was shelled.",
            None,
            "official",
        ),
    ],
)
def test_a_pronoun_after_a_quotation_takes_its_speaker_not_a_name_inside_it(nlp, text, name, kind):
    claim = text.split()[-2]  # 'hit', 'shelled'
    assert chain_of(nlp, text, claim)[-1][:2] == (name, kind)


@pytest.mark.parametrize(
    ("text", "claim", "name"),
    [
        # a surname alone is the person named in full earlier
        (
            "Yusuf Abdullahi Kolo, the state police spokesman, said the market burned. "
            "Kolo said that two traders were arrested.",
            "arrested",
            "Yusuf Abdullahi Kolo",
        ),
        # 'he' after a surname speaker is that speaker, not a person named in the claim,
        # though the tagger may not call the lone surname a person
        (
            "Superintendent Ruth Okonkwo said a driver was detained. The driver, named by "
            "neighbours as Tomas Varga, was later released. Okonkwo said that, according to "
            "neighbours, Varga had fled the checkpoint. He said two officers were hurt.",
            "officers were hurt",
            "Ruth Okonkwo",
        ),
        # where people go by their first name
        (
            "Two guards were killed, said Comr. Yohanes Rumbiak, the task force spokesman. "
            "Yohanes said a third guard was wounded.",
            "third guard",
            "Yohanes Rumbiak",
        ),
        # a rank abbreviated without its full stop before the surname
        (
            "Halima Sadiq Bello, the state police spokesperson, said the market burned. "
            "Supt Bello said that two traders were arrested.",
            "arrested",
            "Halima Sadiq Bello",
        ),
        # a Spanish name's first surname
        (
            "The regional delegate, Andrés Tapia Moraga, said the fire was spreading. "
            "Tapia said that two men were arrested in Limache.",
            "arrested",
            "Andrés Tapia Moraga",
        ),
        (
            "The army spokesman, Lt Col Amos Kato Ruhindi, said the market burned. "
            "Lt Col Ruhindi said that two traders were arrested.",
            "arrested",
            "Amos Kato Ruhindi",
        ),
    ],
)
def test_a_part_of_a_name_or_a_pronoun_takes_the_full_name_given_earlier(nlp, text, claim, name):
    assert chain_of(nlp, text, claim)[0][:2] == (name, "official")


def test_a_speaker_hung_on_the_place_opening_the_sentence_still_speaks(nlp):
    # the parser makes the speaker an apposition of 'In Dosso' and leaves 'told' without
    # a subject
    text = (
        "The toll rose.\n\nIn Dosso, the governor of the Dosso region, Colonel-Major Amadou "
        "Issa Tanko, told reporters on Monday that gunmen had killed four herders on Friday "
        "night."
    )
    told = next(t for t in nlp(text) if t.text == "told")
    assert not any(c.dep_ == "nsubj" for c in told.children)  # the misparse this is about
    chain = chain_of(nlp, text, "killed four")
    assert [(name, kind) for name, kind, _ in chain] == [("Amadou Issa Tanko", "official")]


def test_the_same_report_is_the_body_named_before_not_a_place_tagged_as_one(nlp):
    text = (
        "According to the NDRRMC's Sunday morning situation report, more than 118,000 people "
        "were evacuated in Albay on Friday. The same report said a bridge in Virac gave way "
        "on Saturday night."
    )
    assert chain_of(nlp, text, "gave way")[0][0] == "NDRRMC"


def test_the_station_points_back_to_the_station_named_before(nlp):
    # the tagger may read a word of the station's name as a person's
    text = (
        "Gunmen abducted seven fishermen on Tuesday, Radio Kouri FM, a community station in "
        "Bol, reported. The station quoted a canton chief, Mbodou Adoum Kellou, as saying "
        "that the gunmen tied up their captives."
    )
    chain = chain_of(nlp, text, "tied up")
    assert [name for name, _, _ in chain][:2] == ["Radio Kouri FM", "Mbodou Adoum Kellou"]


def test_title_is_not_part_of_the_name(nlp):
    text = "Spokeswoman Maria Lopez said that the road was blocked."
    assert chain_of(nlp, text, "blocked")[0][:2] == ("Maria Lopez", "official")


def test_the_writers_own_staff_speak_in_its_voice(nlp):
    text = "Our technical team found that the relay tower at Kaya had been set on fire."
    assert [kind for _, kind, _ in chain_of(nlp, text, "set on fire")] == ["author"]


def test_a_rank_with_its_branch_in_brackets_still_makes_an_official(nlp):
    # the point of '(Inf.)' ends the parser's sentence between the rank and the name
    text = "The army's spokesman, Colonel (Inf.) Yohanes Wenda, said that the road was blocked."
    assert chain_of(nlp, text, "blocked")[0][:2] == ("Yohanes Wenda", "official")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The provincial disaster chief, Mawlawi Abdul Rahim Nazari, said that the road "
            "was blocked.",
            "Abdul Rahim Nazari",
        ),
        ("Sheikh Omar Haji Adan said that the road was blocked.", "Omar Haji Adan"),
    ],
)
def test_an_honorific_is_not_part_of_the_name(nlp, text, name):
    assert chain_of(nlp, text, "blocked")[0][0] == name


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


@pytest.mark.parametrize(
    "pointer", ["That is according to", "That's according to", "This is according to"]
)
def test_a_sentence_naming_who_told_the_one_before_tells_it(nlp, pointer):
    text = (
        "Gunmen burned two lorries at the depot on Friday night. "
        f"{pointer} Ana Ruiz, the district prosecutor."
    )
    assert chain_of(nlp, text, "burned")[0][:2] == ("Ana Ruiz", "official")


def test_a_sentence_naming_who_told_does_not_reach_into_the_paragraph_before(nlp):
    text = (
        "Gunmen burned two lorries at the depot on Friday night.\n\n"
        "That is according to Ana Ruiz, the district prosecutor."
    )
    assert chain_of(nlp, text, "burned") == []


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


@pytest.mark.parametrize(
    "text",
    [
        "Nobody official has confirmed that the levee broke near the ferry town.",
        "No one in the provincial government confirmed that the levee broke.",
        "No agency has said that the levee broke near the ferry town.",
        "Neither the army nor local officials said that the levee broke near the ferry town.",
    ],
)
def test_a_negated_speaker_makes_no_claim(nlp, text):
    assert chain_of(nlp, text, "broke") == []


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        ("The union accused guards of beating two strikers at the gate.", "beating", "union"),
        ("Farmers blamed herders for the burning of the granary.", "burning", "Farmers"),
    ],
)
def test_an_accusation_covers_what_the_accused_did(nlp, text, claim, speaker):
    chain = chain_of(nlp, text, claim)
    assert len(chain) == 1 and speaker in chain[0][2]


def test_a_quotation_ending_the_paragraph_before_does_not_swallow_the_next_claim(nlp):
    text = (
        '"We have nowhere to sleep," the mayor said, "and the schools are full."\n\n'
        "Villagers accused a patrol boat of firing on fishing canoes on Tuesday night."
    )
    assert [kind for _, kind, _ in chain_of(nlp, text, "firing")] == ["eyewitness"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Forty families fled the hills on Monday, according to the town's mayor, Rosa Ortiz.",
            "Rosa Ortiz",
            "official",
        ),
        (
            "Forty families fled the hills, according to the army's spokesman, Col. Aliyu Musa.",
            "Aliyu Musa",
            "official",
        ),
        (
            "About 200 families fled rural areas of Tumaco for the port between Monday and "
            "Tuesday, according to Tumaco's mayor, Rosa Elena Quiñones.",
            "Rosa Elena Quiñones",
            "official",
        ),
        (
            "Ten families fled the jetty on Friday, according to Mombasa's county "
            "commissioner, John Otieno Mwangi.",
            "John Otieno Mwangi",
            "official",
        ),
    ],
)
def test_according_to_a_role_then_a_name_after_a_comma(nlp, text, name, kind):
    chain = chain_of(nlp, text, "fled")
    assert [(n, k) for n, k, _ in chain] == [(name, kind)]
    assert chain[0][2].endswith(name)


def test_a_speaker_named_earlier_in_the_sentence_is_the_he_who_says_more(nlp):
    # the tagger misses the name the parser hangs on the mayor's town; 'he' is that mayor,
    # not the council head named in the sentence before
    text = (
        "Seven houses burned, the mayor of Mação, Rui Antunes Vaz, said, citing the "
        "president of the parish council, Albertino Sousa.\n\n"
        "The mayor of Sardoal, Joaquim Pires Serrão, accused the civil protection authority "
        "of leaving his municipality without air support on Wednesday, when, he said, the fire "
        "crossed the river and reached the edge of the village."
    )
    names = [name for name, _, _ in chain_of(nlp, text, "reached the edge")]
    assert names[-1] == "Joaquim Pires Serrão"
    assert "Albertino Sousa" not in names


def test_a_newspaper_told_is_itself_not_someone_named_before(nlp):
    text = (
        "Marta Lindqvist said the UN was aware of the reports. A police source told the "
        "Harbour Post that two men were arrested in Larnaca on Monday."
    )
    names = [name for name, _, _ in chain_of(nlp, text, "arrested")]
    assert "Marta Lindqvist" not in names and "United Nations" not in names
    assert "Harbour Post" in names


def test_a_name_in_apposition_before_a_telling_verb_speaks(nlp):
    # the parser made what the farmer was doing the subject, and the speaker its apposition
    text = (
        "A 63-year-old farmer from Louroujina was detained by Turkish Cypriot police on "
        "Tuesday evening while harvesting tomatoes on a field inside the buffer zone, the "
        "community leader of Louroujina, Andreas Nicolaou, told CNA, citing the farmer's "
        "daughter, who was with him."
    )
    chain = chain_of(nlp, text, "detained")
    assert "Andreas Nicolaou" in [name for name, _, _ in chain]
    assert not any("harvesting" in text for _, _, text in chain)


@pytest.mark.parametrize(
    ("text", "claim", "outer", "inner"),
    [
        (
            "The ministry said on Friday that it had arrested a preacher, who had called for "
            "attacks on churches in the north, according to the state news agency.",
            "arrested",
            "state news agency",
            "ministry",
        ),
        (
            "The governor announced that she had sacked the police chief, whose officers were "
            "accused of looting shops in the market, according to the Delta Courier.",
            "sacked",
            "Delta Courier",
            "governor",
        ),
    ],
)
def test_according_to_closing_a_sentence_tells_all_of_it(nlp, text, claim, outer, inner):
    # however the parser hangs ', according to X.', X passes on the speaker's account
    chain = chain_of(nlp, text, claim)
    assert len(chain) == 2
    assert outer in chain[0][2] and inner in chain[1][2]


def test_an_impersonal_passive_does_not_borrow_the_subject_of_the_clause_before(nlp):
    text = (
        "The governor has not visited the camp, and it is believed that the wells ran dry "
        "in the spring."
    )
    assert chain_of(nlp, text, "wells") == []


def test_the_author_speaking_in_the_first_person_is_no_source(nlp):
    text = "The ferry sank near the pier on Monday. I will post more here when I know more."
    assert chain_of(nlp, text, "post more") == []


def test_according_to_before_the_tellers_own_verb_is_the_tellers_source(nlp):
    text = (
        "Guards pushed a group of refugees back over the river near Kovel on Friday, according "
        "to a refugee who reached the village, the regional broadcaster Hvylya reported."
    )
    assert chain_of(nlp, text, "pushed") == [
        ("Hvylya", "media", "the regional broadcaster Hvylya"),
        (None, "eyewitness", "a refugee"),
    ]


def test_according_to_inside_a_reported_clause_is_the_innermost_source(nlp):
    text = (
        "The ombudsman's office said that elders in Tambo had told its staff that, according "
        "to local radio, gunmen abducted two teachers near the river."
    )
    assert [kind for _, kind, _ in chain_of(nlp, text, "abducted")] == [
        "official",
        "eyewitness",
        "media",
    ]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Village elders said gunmen burned the market.", "eyewitness"),
        ("A community leader said gunmen burned the market.", "eyewitness"),
        ("The district leader said gunmen burned the market.", "official"),
    ],
)
def test_community_voices_are_not_officials(nlp, text, kind):
    assert [k for _, k, _ in chain_of(nlp, text, "burned")] == [kind]


def test_an_outlet_named_again_without_its_word_is_still_the_outlet(nlp):
    text = (
        "The man is from the Antwerp area, the Antwerp daily Het Scheldeblad reported. "
        "Farmers blocked the A12 at Zandvliet on Wednesday, Het Scheldeblad reported."
    )
    assert chain_of(nlp, text, "blocked")[0][:2] == ("Het Scheldeblad", "media")


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Alder Creek told KQTV they heard two blasts before the fire.",
        "Two nurses told the Gazette that they heard two blasts before the fire.",
    ],
)
def test_the_listener_told_is_the_outlet(nlp, text):
    chain = chain_of(nlp, text, "heard")
    assert chain[0][1] == "media" and len(chain) == 2


def test_a_name_the_tagger_runs_on_into_the_clause_ends_before_that(nlp):
    text = "Residents told FactLens Horn that Fano fighters attacked a checkpoint."
    doc = nlp(text)
    doc.ents = [Span(doc, 2, 6, label="ORG")]  # the tagger's run-on "FactLens Horn that Fano"
    position = text.index("attacked")
    chain = chain_at(find_attributions(doc), position, position + len("attacked"))
    assert [(s.name, s.text) for s in chain][0] == ("FactLens Horn", "FactLens Horn")


@pytest.mark.parametrize(
    "text",
    [
        "The governor of Kassala state, Amna Idris, visited the camp. "
        "The governor said militiamen burned three villages.",
        "Amna Idris, the governor, toured the camp on Sunday.\n\n"
        "Militiamen burned three villages near the border, she said.",
    ],
)
def test_a_person_introduced_without_speaking_is_named_by_a_later_role_or_pronoun(nlp, text):
    assert [(n, k) for n, k, _ in chain_of(nlp, text, "burned")] == [("Amna Idris", "official")]


@pytest.mark.parametrize(
    "text",
    [
        "Superintendent of Police Meenakshi Rao said the curfew would stay.\n\n"
        "Gunmen burned four shops in the bazaar on Monday, she said.",
        "Inspector General of Police Tomba Singh said the curfew would stay.\n\n"
        "The officer added that gunmen burned four shops in the bazaar on Monday.",
        "Colonel Amadou Keita said the road was open again.\n\n"
        "The officer said gunmen burned four shops in the bazaar on Monday.",
        # an abbreviated given name, and a surname the tagger reads as a place
        "Inspector General of Police (Zone-II) Th. Biren Sharma told reporters the curfew "
        "would stay.\n\nGunmen burned four shops in the bazaar on Monday, he said.",
    ],
)
def test_a_titled_name_the_tagger_missed_is_named_again_by_pronoun_or_role(nlp, text):
    (source,) = chain_of(nlp, text, "burned")
    assert source[0] in {"Meenakshi Rao", "Tomba Singh", "Amadou Keita", "Biren Sharma"}


def test_a_generic_role_names_a_title_again_but_one_title_is_not_another(nlp):
    text = (
        "Colonel Amadou Keita said the road was open again. Inspector Musa Bello said "
        "the market was calm.\n\nThe colonel said gunmen burned four shops on Monday."
    )
    assert [n for n, _, _ in chain_of(nlp, text, "burned")] == ["Amadou Keita"]


@pytest.mark.parametrize(
    "text",
    [
        "Radio Dalsan also reported, citing local elders, that a Somali army truck had hit a "
        "mine near Balcad on Monday.",
        "Radio Dalsan reported, citing elders, that an army truck had hit a mine near Balcad.",
    ],
)
def test_citing_between_the_outlet_and_its_claim_nests_the_cited_inside(nlp, text):
    assert [(n, k) for n, k, _ in chain_of(nlp, text, "hit a mine")] == [
        ("Radio Dalsan", "media"),
        (None, "eyewitness"),
    ]


def test_citing_a_mayor_named_after_his_town_between_a_placed_outlet_and_its_claim(nlp):
    # the parse hangs 'reported' on the channel and the mayor's name on his town
    text = (
        "On the coast south of Durrës, the Kavajë-based channel Drini TV reported on Tuesday, "
        "citing the mayor of Durrës, Arben Lika, that villagers said about 40 families had "
        "fled Upper Golem on Monday night when the flames reached the first houses."
    )
    names = [n for n, _, _ in chain_of(nlp, text, "fled")]
    assert names == ["Drini TV", "Arben Lika", None]


def test_placards_and_a_petition_speak_for_no_one(nlp):
    text = (
        "About 300 dockers marched to the port offices, singing and carrying placards reading "
        '"Pay us!" (in Swahili). They handed over a petition demanding the release of the 12.'
    )
    assert find_attributions(nlp(text)) == []


def test_a_family_reporting_someone_missing_claims_nothing(nlp):
    text = "He had gone out on Sunday to look for his goats, and his family reported him missing."
    assert find_attributions(nlp(text)) == []


def test_a_forensic_finding_speaks_through_the_police(nlp):
    text = "A forensic examination found that he had died of hypothermia, police said."
    assert [(n, k) for n, k, _ in chain_of(nlp, text, "died")] == [(None, "official")]


@pytest.mark.parametrize("document", ["Unconfirmed reports", "Unverified posts"])
def test_a_document_nobody_stands_behind_is_no_source(nlp, document):
    text = f"{document} in Kerewan said that a ferry hand had drowned overnight."
    assert chain_of(nlp, text, "drowned") == []


@pytest.mark.parametrize("document", ["unconfirmed reports", "unverified posts"])
def test_according_to_a_document_nobody_stands_behind_is_no_source(nlp, document):
    text = f"A ferry hand drowned near Kerewan overnight, according to {document}."
    assert chain_of(nlp, text, "drowned") == []


def test_a_regiment_of_rifles_is_an_official_body(nlp):
    text = "One rifleman was killed in a gunfight near Moreh, the Assam Rifles said."
    assert [k for _, k, _ in chain_of(nlp, text, "killed")] == ["official"]


@pytest.mark.parametrize("verb", ["answered", "responded", "replied"])
def test_answering_with_force_says_nothing(nlp, verb):
    text = f"Stones were thrown at the officers, who {verb} with tear gas and batons."
    assert find_attributions(nlp(text)) == []


def test_residents_opened_by_that_tell_what_follows_not_the_report_before(nlp):
    # parsed with 'said' as the root and the station's report as its complement
    text = (
        "Omulunga Radio in Opuwo reported yesterday, citing the Etanga ward councillor, Jonas "
        "Tjiposa, that residents said water flowing down from the hills had flooded about 40 "
        "homesteads at Etanga on Monday night."
    )
    names = [n for n, _, _ in chain_of(nlp, text, "flooded")]
    assert names[1:] == ["Jonas Tjiposa", None]
    assert names[0] == "Omulunga Radio"


def test_citing_a_named_official_between_the_outlet_and_a_that_clause_parsed_as_his(nlp):
    # the parse reads "that village headmen ... had told him" as a clause on the name
    text = (
        "Matichon also reported, citing Buachet district chief Wichai Rattanakul, that village "
        "headmen in the district had told him about 9,500 residents had been moved to "
        "shelters since Monday."
    )
    names = [n for n, _, _ in chain_of(nlp, text, "moved")]
    assert names[:2] == ["Matichon", "Wichai Rattanakul"]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen stormed a school in Kaduna on Monday, the state television quoted a police "
        "spokesman as saying.",
        "Gunmen stormed a school in Kaduna on Monday, the state television cited a police "
        "spokesman, who asked not to be named, as saying.\n\nSchools in the state closed.",
    ],
)
def test_a_claim_before_its_teller_quoting_another_as_saying(nlp, text):
    chain = chain_of(nlp, text, "stormed")
    assert [(n, k) for n, k, _ in chain][0] == ("state television", "media")
    assert len(chain) == 2 and chain[1][2] == "a police spokesman"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An Israeli military spokesperson said the strike hit a launcher.", "Israeli military"),
        ("A Russian army spokesman said the strike hit a launcher.", "Russian army"),
    ],
)
def test_a_nationality_and_a_body_before_a_role_name_the_body(nlp, text, name):
    assert [n for n, _, _ in chain_of(nlp, text, "hit a launcher")] == [name]


def test_a_quotation_by_the_spokesperson_is_never_one_named_later(nlp):
    text = (
        'A Kent Police spokesperson said: "Officers were called to reports of a stabbing."\n\n'
        'The spokesperson added: "A 19-year-old man was arrested at an address in Deal."\n\n'
        "Meanwhile, two children were rescued from a house fire in Folkestone overnight.\n\n"
        'A Kent Fire Brigade spokesperson said: "Crews were called at 2.34am on Wednesday."'
    )
    assert [n for n, _, _ in chain_of(nlp, text, "was arrested")] == ["Kent Police"]


def test_a_claim_told_to_a_paper_by_an_unnamed_official_before_a_long_tail(nlp):
    text = (
        "Police detained 20 traders in Mirpur, in Dhaka district, on Monday, a police officer "
        "told this newspaper on condition of anonymity, because he was not authorised to speak."
    )
    assert [(n, k) for n, k, _ in chain_of(nlp, text, "detained")] == [(None, "anonymous")]


def test_a_relative_named_in_apposition_is_that_person_whatever_the_tagger_says(nlp):
    # the tagger reads this name as a place
    text = '"They broke down the gate," his sister, Nurganj Dilawar, told this correspondent.'
    assert [(n, k) for n, k, _ in chain_of(nlp, text, "broke")] == [
        ("Nurganj Dilawar", "eyewitness")
    ]


def test_a_report_closing_a_long_sentence_that_the_parser_joined_to_the_clause_before(nlp):
    # parsed with "said" as a conjunct of "declared", and no subject of its own
    text = (
        "In Menaka, a convoy of some thirty trucks carrying rice, oil, fuel and medicines "
        "reached the town under army escort on Friday, the first to get through since the "
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) declared a blockade of the area in "
        "mid-May, the governor of Menaka region, Colonel Abdou Maiga, said on Saturday.\n\n"
    )
    assert [n for n, _, _ in chain_of(nlp, text, "reached")] == ["Abdou Maiga"]


def test_a_report_closing_a_sentence_of_a_list_is_spoken_by_the_phrase_before_the_verb(nlp):
    # parsed with the list's items as the speaker and its conjuncts
    text = (
        "The water flooded 96 homes, the boiler house of the town clinic and two streets of "
        "kiosks and garages near the canal, the press office of the Kostanay regional akimat "
        "said yesterday.\n\n"
    )
    assert [t for _, _, t in chain_of(nlp, text, "flooded")] == [
        "the press office of the Kostanay regional akimat"
    ]


def test_a_body_that_speaks_from_its_seat_is_one_link_of_the_chain(nlp):
    # the relative clause hangs on the town, the speaker is the consulate; the paper's name
    # runs on over its Portuguese 'do', where the parser broke it
    text = (
        "Two gold miners were killed in a raid on a camp on Monday night, according to the "
        "daily Tribuna do Oiapoque. The newspaper cited the Consulate-General of Brazil in "
        "Cayenne, which said survivors had told its staff that four hooded men burst into "
        "the camp around midnight.\n\n"
    )
    assert [(t, k) for _, k, t in chain_of(nlp, text, "burst")] == [
        ("The newspaper", "media"),
        ("the Consulate-General of Brazil", "official"),
        ("survivors", "eyewitness"),
    ]
    assert [t for _, _, t in chain_of(nlp, text, "killed")] == ["the daily Tribuna do Oiapoque"]


@pytest.mark.parametrize(
    "text",
    [
        # parsed with the speaker as the apposition of 'a wave', 'told' as a participle
        "Gendarmes arrested three teenagers in Kourou on Monday in connection with a wave of "
        "burglaries, a gendarme who asked not to be named told Karbé Info.\n\n",
        # parsed with the speaker as the object of 'arrested'
        "Police arrested three teenagers in Kourou on Monday in connection with a wave of "
        "burglaries, a police officer who asked not to be named told Karbé Info.\n\n",
    ],
)
def test_an_unnamed_speaker_closing_the_sentence_tells_it(nlp, text):
    speaker = "a gendarme" if "a gendarme" in text else "a police officer"
    assert (speaker, "anonymous") in [(t, k) for _, k, t in chain_of(nlp, text, "arrested")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The inspector spoke on Sunday. "Nobody was hurt in Codrington," he said. "Two men '
            'were arrested on Saturday."\n\n',
            "he",
        ),
        (
            '"Nobody was hurt in Codrington," said the police spokesman. "Two men were '
            'arrested on Saturday."\n\n',
            "the police spokesman",
        ),
    ],
)
def test_a_quotation_after_the_attribution_of_the_one_before_goes_on_in_its_voice(
    nlp, text, speaker
):
    assert [t for _, _, t in chain_of(nlp, text, "arrested")] == [speaker]


@pytest.mark.parametrize(
    "attribution",
    ["The police spokesman said.", "Inspector Mara Tui said on Tuesday.", "Residents said."],
)
def test_a_sentence_naming_only_the_speaker_closes_the_quotation_before_it(nlp, attribution):
    # the quotation ends with its own full stop, and the attribution stands as a sentence
    text = f'"Two men were shot dead outside the store." {attribution} The road reopened.\n\n'
    speaker = attribution.split(" said")[0]
    assert [t for _, _, t in chain_of(nlp, text, "shot dead")] == [speaker]


def test_a_sentence_after_a_quotation_that_says_more_is_no_attribution_of_it(nlp):
    text = 'He called the claim "a lie." She also said the army had left the town.\n\n'
    assert [t for _, _, t in chain_of(nlp, text, "a lie")] == ["He"]
    assert [t for _, _, t in chain_of(nlp, text, "army")] == ["She"]


@pytest.mark.parametrize("participle", ["adding", "noting"])
def test_a_participle_going_on_with_the_account_is_the_outer_speakers(nlp, participle):
    # the parser hangs the participle on the reported clause, whose subject died
    text = f"Police said two men died in the fire, {participle} that a third was missing.\n\n"
    assert [t for _, _, t in chain_of(nlp, text, "third")] == ["Police"]


def test_when_a_claim_was_made_is_no_claim(nlp):
    text = "The police spokesman said on Tuesday. Two men were shot dead outside the store.\n\n"
    assert chain_of(nlp, text, "Tuesday") == []


def test_a_quotation_after_a_sentence_of_the_author_is_nobodys_yet(nlp):
    text = (
        '"Nobody was hurt," he said. The town was quiet on Monday. "Two men were arrested '
        'on Saturday."\n\n'
    )
    assert chain_of(nlp, text, "arrested") == []


def test_a_comma_inside_a_speakers_brackets_opens_no_apposition(nlp):
    # the body's initials and its name in Chinese, one gloss
    text = (
        "Some 80 residents were evacuated from a building on Rua Central, in the Fátima "
        "parish, on Wednesday night after fire broke out in a corridor on the 11th floor, the "
        "Fire Services Bureau (CB, 消防局) said.\n\n"
    )
    assert [t for _, _, t in chain_of(nlp, text, "evacuated")] == [
        "the Fire Services Bureau (CB, 消防局)"
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        # a body the tagger cut at its 'of'
        (
            "The Border Service of the State Committee for National Security said in a "
            "statement that a guard was killed at an outpost on Tuesday.",
            "killed",
            "Border Service of the State Committee for National Security",
        ),
        # and one cut before the country it is of
        (
            "The Border Service of Kyrgyzstan stated that a guard was killed at an outpost "
            "on Tuesday.",
            "killed",
            "Border Service of Kyrgyzstan",
        ),
        # a body named after a country whose name holds an 'and'
        (
            "A man died after being stabbed in Grays Farm on Saturday night, the Royal Police "
            "Force of Antigua and Barbuda has said.",
            "stabbed",
            "Royal Police Force of Antigua and Barbuda",
        ),
        # a body the tagger cut at its 'and'
        (
            "A hippo trampled a fisherman to death near Shakawe on Saturday, the Department of "
            "Wildlife and National Parks (DWNP) has confirmed.",
            "trampled",
            "Department of Wildlife and National Parks",
        ),
    ],
)
def test_a_body_the_tagger_cut_is_named_whole(nlp, text, trigger, name):
    assert [n for n, _, _ in chain_of(nlp, text, trigger)] == [name]


def test_a_subject_borrowed_from_the_clause_before_that_cannot_speak_is_no_speaker(nlp):
    # the parse hangs "told" on "struck", whose subject is the rocket
    text = (
        "In neighbouring Pailin province, a rocket struck a primary school in Ou Tavao commune "
        "of Sala Krau district at about 2pm on Tuesday, tearing through the roof and damaging "
        "two classrooms, provincial governor Ban Sreymom told The Mekong Tribune by telephone."
    )
    assert "Ban Sreymom" in [n for n, _, _ in chain_of(nlp, text, "struck")]


def test_they_does_not_point_back_to_a_person(nlp):
    text = (
        "Idris Bello, a trader, closed his shop on Monday. The police said they had arrested "
        "two men. They said the men robbed the market."
    )
    names = [n for n, _, _ in chain_of(nlp, text, "robbed")]
    assert "Idris Bello" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "According to a statement from the Kordofan Doctors Union, shelling killed six.",
            "Kordofan Doctors Union",
        ),
        (
            "A post by the Tawila Youth Network said shelling killed six people.",
            "Tawila Youth Network",
        ),
        (
            "According to information received from the Kordofan Doctors Union, shelling "
            "killed six.",
            "Kordofan Doctors Union",
        ),
        (
            "According to information provided by the Kordofan Doctors Union, shelling killed six.",
            "Kordofan Doctors Union",
        ),
        (
            "According to figures from the Kordofan Doctors Union, shelling killed six.",
            "Kordofan Doctors Union",
        ),
        (
            "As per complaints made by the Kordofan Doctors Union, shelling killed six.",
            "Kordofan Doctors Union",
        ),
        (
            "The Kordofan Doctors Union statement said shelling killed six.",
            "Kordofan Doctors Union",
        ),
        ("A Facebook post said shelling killed six people.", "Facebook post"),
    ],
)
def test_the_source_of_a_document_is_who_issued_it(nlp, text, name):
    assert [n for n, _, _ in chain_of(nlp, text, "shelling")] == [name]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Kassala Tribune reported that drones struck a fuel depot.", "media"),
        ("Witnesses quoted by the Nile Herald said drones struck a fuel depot.", "media"),
        ("An election observer said drones struck a fuel depot.", "organization"),
    ],
)
def test_a_masthead_name_is_media(nlp, text, kind):
    assert chain_of(nlp, text, "struck")[0][1] == kind


def speakers(nlp, text: str, claim: str) -> list[str]:
    return [words for _, _, words in chain_of(nlp, text, claim)]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        ("The harbour master thinks the storm will reach the coast by Friday.", "storm", "master"),
        ("Fishermen want the port authority to reopen the northern pier.", "reopen", "Fishermen"),
        ("The farmers' union backed the proposal to build a second dam.", "dam", "union"),
        ("The council is hoping that the river will fall by Monday.", "fall", "council"),
    ],
)
def test_a_belief_an_aim_or_a_position_has_its_holder_as_source(nlp, text, claim, speaker):
    found = speakers(nlp, text, claim)
    assert len(found) == 1 and speaker in found[0]


def test_a_belief_inside_someone_elses_claim_is_no_source_of_its_own(nlp):
    text = "The mayor said she thinks the levee will hold until the weekend."
    assert speakers(nlp, text, "levee") == ["The mayor"]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            'Governor Okafor: "The bridge will reopen within a week."\n\nTraffic was diverted.',
            "reopen",
            "Governor Okafor",
        ),
        (
            "OKAFOR: Well, the bridge will reopen within a week.\n\nAKANDE: I doubt that.",
            "reopen",
            "OKAFOR",
        ),
    ],
)
def test_a_name_and_a_colon_open_what_the_named_says(nlp, text, claim, speaker):
    assert speakers(nlp, text, claim) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Bridge reopens\n\nGAYA: The bridge reopened to traffic on Monday after repairs.",
        "KANO: The bridge reopened to traffic on Monday after repairs, officials said.",
    ],
)
def test_a_place_in_capitals_opening_the_story_is_its_dateline(nlp, text):
    assert "GAYA" not in speakers(nlp, text, "reopened")
    assert "KANO" not in speakers(nlp, text, "reopened")


FAR_DOWN = "The council met.\n\nIt approved the budget.\n\nIt rose.\n\nIt meets in May.\n\n"
HEADING = ": Bridge reopened after three weeks of repairs\n\nMore text."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a section on a place, known to the gazetteer or not, far below the story's opening
        (FAR_DOWN + "GAYA" + HEADING, None),
        (FAR_DOWN + "MWENZO" + HEADING, None),
        # a body in capitals heading its word is still its speaker
        (FAR_DOWN + "THE ARMY" + HEADING, "THE ARMY"),
    ],
)
def test_a_place_in_capitals_heading_a_section_is_no_speaker(nlp, text, speaker):
    assert speakers(nlp, text, "reopened") == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    "text",
    [
        "Update: The bridge has reopened to traffic after repairs.",
        "Q: When will the bridge reopen to traffic again?",
        # the site's labels in another script ('read more', 'tags')
        "ПРОЧИТАЈТЕ ЈОШ: Bridge to reopen to traffic after repairs in Pirot",
        "Тагови: reopen · bridge · Pirot",
        # a report form's numbered fields
        "1. References: Initial report of the station on the bridge to reopen.",
        "Suspect/s: Two men seen near the bridge before it would reopen.",
        # a police log's entry fields
        "Time: 21:50 Members saw the bridge reopen to traffic.",
        # a maritime notice's position; a brief's entry opening with its day and place
        "Position: 12 NM west of Basilan Island, where the bridge will reopen.",
        # a live list's entry narrating what its master reported
        "Narrative: Crew saw the bridge reopen to traffic after repairs.",
        "Incident: Bridge on the coast road did not reopen after the repairs.",
        "Observations: The bridge did not reopen to traffic on Monday.",
        "Event: Flood of the coast road; the bridge did not reopen on Monday.",
        "Vessel: Ferry MV Amani, Tanzania flag. Crew saw the bridge reopen at noon.",
        # a case log's outcome of an entry
        "OUTCOME: Capsized near the bridge, which did not reopen after the repairs.",
        "Result: The bridge did not reopen to traffic on Monday.",
        "- Sunday 3 July, Tal Afar (Ninewa): The bridge did not reopen after the repairs.",
        "Monday 4 July, Hit: The bridge did not reopen to traffic after the repairs.",
    ],
)
def test_a_heading_before_a_colon_is_no_speaker(nlp, text):
    assert chain_of(nlp, text, "reopen") == []


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        ("The minister's claim that the dam was safe angered residents.", "safe", "minister"),
        ("In her view, the dam was never safe for the villages below.", "safe", "her"),
    ],
)
def test_the_owner_of_a_claim_or_a_view_is_its_source(nlp, text, claim, speaker):
    found = speakers(nlp, text, claim)
    assert len(found) == 1 and speaker in found[0]


def test_the_subject_of_a_confident_is_a_source_but_an_impersonal_it_is_not(nlp):
    assert speakers(nlp, "The mayor is confident that the levee will hold.", "hold") == [
        "The mayor"
    ]
    assert chain_of(nlp, "It is clear that the levee will hold this week.", "hold") == []


def test_boats_clear_of_other_vessels_hold_no_view(nlp):
    text = (
        "A cutter escorted the trawlers until they were clear of the patrol ships that rammed them."
    )
    assert chain_of(nlp, text, "rammed") == []
    text = "The skipper was clear about who rammed the trawler first."
    assert speakers(nlp, text, "rammed") == ["The skipper"]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        ("The engineer made it clear that the levee would not hold.", "levee", "The engineer"),
        ("The mayor made a statement about the flooding downtown.", "flooding", "The mayor"),
        ("Most of the residents said they had left before the water rose.", "left", "Most"),
        ("Six in 10 say the water rose faster than in 2019.", "rose", "Six in 10"),
    ],
)
def test_light_verbs_and_counted_groups_speak(nlp, text, claim, speaker):
    found = speakers(nlp, text, claim)
    assert len(found) == 1 and found[0].startswith(speaker)


def test_a_poll_opening_the_sentence_is_its_source(nlp):
    text = "In a poll released Sunday, 40 percent of residents blamed the council for the flood."
    assert speakers(nlp, text, "council")[0] == "a poll"


def test_a_verb_of_manner_next_to_a_quotation_speaks(nlp):
    text = '"The water came at night," the farmer continued. "We lost everything."'
    assert speakers(nlp, text, "water") == ["the farmer"]


def test_a_quotation_ending_in_a_full_stop_keeps_the_speaker_before_it(nlp):
    text = 'The mayor called the flood "the worst in memory." She also said more rain was coming.'
    assert speakers(nlp, text, "worst") == ["The mayor"]


def test_not_willing_to_say_makes_no_claim(nlp):
    text = "The officer was not willing to say how many people had drowned."
    assert chain_of(nlp, text, "drowned") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The state disaster management agency said floods cut the road.", "official"),
        ("Aid agencies said floods cut the road.", "organization"),
        ("The agency said floods cut the road.", "news_agency"),
    ],
)
def test_what_kind_of_agency(nlp, text, kind):
    assert chain_of(nlp, text, "cut")[0][1] == kind


def test_a_director_and_his_agency_speak_for_the_same_institution(nlp):
    text = (
        "Floods cut the road, the regional disaster management agency said. Amos Kiprop, the "
        "director of the county disaster agency, said the water rose overnight."
    )
    attributions = find_attributions(nlp(text))
    cut, rose = text.index("cut"), text.index("water rose")
    (agency,) = chain_at(attributions, cut, cut + 3)
    (director,) = chain_at(attributions, rose, rose + 5)
    assert director.name == "Amos Kiprop"
    assert agency.affiliation == director.affiliation == "agency"


@pytest.mark.parametrize(
    "text",
    [
        "A local official told AFP on condition of anonymity that gunmen burned the clinic.",
        "A police officer told the Courier on condition of anonymity that gunmen burned it.",
    ],
)
def test_anonymity_right_after_the_verb(nlp, text):
    assert chain_of(nlp, text, "burned")[-1][1] == "anonymous"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen burned the clinic on Monday. The police have yet to comment.",
        "Gunmen burned the clinic on Monday. The army declined to comment on the claims.",
    ],
)
def test_declining_to_comment_is_no_claim(nlp, text):
    assert chain_of(nlp, text, "burned") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Courier was unable to confirm the arrest with the police.",
        "The agency was unable to verify that two men had been detained.",
    ],
)
def test_being_unable_to_confirm_is_no_claim(nlp, text):
    assert find_attributions(nlp(text)) == []


def test_a_document_read_out_is_not_a_source_of_its_own(nlp):
    text = (
        "In a statement read on state radio, the army said the drone struck a column of "
        "fighters near the river."
    )
    assert [(n, k) for n, k, _ in chain_of(nlp, text, "struck")] == [("army", "official")]


@pytest.mark.parametrize(
    ("text", "claim", "name"),
    [
        (
            "Officers from Lancashire Police's East division searched a house in Burnley on "
            "Tuesday. Three men were arrested at the scene, the force said.",
            "arrested",
            "Lancashire Police",
        ),
        (
            "The Uganda Red Cross Society sent tents. Mud buried nine houses, the society said.",
            "buried",
            "Uganda Red Cross Society",
        ),
    ],
)
def test_a_body_named_in_passing_is_named_by_a_later_the_phrase(nlp, text, claim, name):
    assert [n for n, _, _ in chain_of(nlp, text, claim)] == [name]


def test_placards_make_no_claim(nlp):
    text = "About 150 people marched to the town hall, carrying placards calling for more police."
    assert chain_of(nlp, text, "marched") == []


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        (
            "Gunmen burned two buses on the highway, the news site Voz del Valle reported, "
            "citing drivers.",
            "burned",
            [("Voz del Valle", "media"), (None, "eyewitness")],
        ),
        (
            "Drones hit a fuel depot in Kosti overnight, Sudanese media reported, citing "
            "witnesses.",
            "hit",
            [(None, "media"), (None, "eyewitness")],
        ),
    ],
)
def test_a_trailing_citing_puts_the_cited_inside_the_outlet(nlp, text, claim, expected):
    assert [(n, k) for n, k, _ in chain_of(nlp, text, claim)] == expected


def test_a_document_speaks_for_its_possessor(nlp):
    text = "According to the agency's morning situation report, 9,000 people were evacuated."
    assert [t for _, _, t in chain_of(nlp, text, "evacuated")] == ["the agency"]


def test_the_role_again_is_the_same_anonymous_source(nlp):
    text = (
        "Gunmen raided a village near Bankass, a local official said on condition of anonymity. "
        "Several hundred residents fled on Monday, the official said."
    )
    assert [k for _, k, _ in chain_of(nlp, text, "fled")] == ["anonymous"]


def test_a_named_station_that_reports_is_media(nlp):
    text = "Radyo Kabikolan reported that the dike along the river had been breached."
    assert [k for _, k, _ in chain_of(nlp, text, "breached")] == ["media"]


@pytest.mark.parametrize(
    "text",
    [
        "Partners reported that an airstrike hit a farm near the distribution site.",
        "The aid group reported that an airstrike hit a farm near the distribution site.",
    ],
)
def test_a_body_named_by_its_noun_that_reports_stays_a_body(nlp, text):
    assert [k for _, k, _ in chain_of(nlp, text, "hit")] == ["organization"]


def test_they_after_the_people_a_reporter_spoke_to_is_those_people(nlp):
    text = (
        "Our reporter spoke to four fishermen in the harbour. They said soldiers shot two men "
        "at a checkpoint."
    )
    assert [k for _, k, _ in chain_of(nlp, text, "shot")] == ["eyewitness"]


def test_a_communique_read_out_is_not_its_own_reader(nlp):
    text = (
        "Gunmen opened fire on the base at dawn, the army said in a communique read out on "
        "state radio late on Monday."
    )
    assert [(n, k) for n, k, _ in chain_of(nlp, text, "opened")] == [("army", "official")]


def test_a_stray_mark_does_not_turn_later_quotations_inside_out():
    text = (
        "The Okonkwos'' shop burned. ''We lost everything,'' Ms. Eze said by phone. "
        "''Nobody came,'' she added."
    )
    assert [text[a:b] for a, b in quotation_spans(text)] == ["We lost everything,", "Nobody came,"]


def test_a_speech_verb_the_tagger_reads_as_a_noun_still_opens_a_claim(nlp):
    doc = nlp("Parents at the Malacatos bridge report that the police used tear gas on Monday.")
    (found,) = find_attributions(doc)
    assert [s.text for s in found.sources] == ["Parents at the Malacatos bridge"]
    assert doc.text[found.cue_start : found.cue_end] == "report"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a phrase the parser cut from its preposition is no second subject
        (
            "At the bridge, two parents who were waiting for the held school buses told us "
            "they saw police officers beat the drivers.",
            "two parents",
        ),
        # the outlet told is no speaker, though the parser makes it the subject
        (
            "On Monday, the directorate evacuated 42 teachers from village schools in Karimama "
            "commune to Malanville, its director, Aïcha Bio Nigan, told La Boussole Info.",
            "Aïcha Bio Nigan",
        ),
    ],
)
def test_the_speaker_of_a_misparsed_telling(nlp, text, speaker):
    (found,) = find_attributions(nlp(text))
    assert [s.text for s in found.sources] == [speaker]


def test_he_after_a_speaker_who_told_an_outlet_is_the_speaker(nlp):
    text = (
        'Abu Rahim Kagui, who speaks for the faction, told Kutawato Times by phone: "We did '
        'not plant any bomb." He confirmed the fighting in Tee but would not give losses.'
    )
    confirmed = [a for a in find_attributions(nlp(text)) if a.cue_start == text.index("confirmed")]
    assert [s.name for a in confirmed for s in a.sources] == ["Abu Rahim Kagui"]


def test_a_claim_told_inside_a_quotation_ends_with_it(nlp):
    text = (
        "\u201cThe council\u2019s new levy is telling loyal market traders that unless they "
        "pay every fee on demand, they are no longer welcome at the market,\u201d said "
        "Achieng. \u201cApparently, it is not just the hawkers whom the council ignores, but "
        "also the shop owners.\u201d"
    )
    found = find_attributions(nlp(text))
    telling = next(a for a in found if text[a.cue_start : a.cue_end] == "telling")
    assert text[telling.content_start : telling.content_end].endswith("at the market,")


def test_a_name_and_its_affiliation_before_a_colon_speak_what_follows(nlp):
    text = (
        "What the traders say.\n\n"
        'Amina Yusuf, chair of the Maiduguri Traders Union: "The soldiers burned the market '
        'stalls on Monday."'
    )
    (found,) = find_attributions(nlp(text))
    assert [s.text for s in found.sources] == ["Amina Yusuf"]
    assert text[found.content_start : found.content_end].startswith('"The soldiers')


def test_a_curly_quotation_may_close_with_a_straight_mark():
    text = (
        '\u201cThe ferry was full,\u201d Juma said. \u201cWe could not move on the deck."\n\n'
        "The harbour master said the count was wrong.\n\n"
        "\u201cNobody checked the tickets,\u201d a trader said."
    )
    assert [text[a:b] for a, b in quotation_spans(text)] == [
        "The ferry was full,",
        "We could not move on the deck.",
        "Nobody checked the tickets,",
    ]


def test_a_straight_quotation_inside_a_curly_one_does_not_close_it():
    text = '\u201cThey shouted "run" and fired,\u201d she said.'
    assert [text[a:b] for a, b in quotation_spans(text)] == ['They shouted "run" and fired,']


def test_double_apostrophe_quotes_may_hold_apostrophes():
    text = "''I don't think the pier will last,'' she said. ''It's too old.''"
    assert [text[a:b] for a, b in quotation_spans(text)] == [
        "I don't think the pier will last,",
        "It's too old.",
    ]


@pytest.mark.parametrize(
    ("text", "claim", "speaker"),
    [
        (
            "Readers wrote in.\n\n\u201cThe ferry never came.\u201d \u2015 Rosa Mendez",
            "ferry",
            "Rosa Mendez",
        ),
        (
            "\u201cThe water rose in minutes.\u201d \u2014 Amina Yusuf, a trader in Kano",
            "water",
            "Amina Yusuf, a trader in Kano",
        ),
    ],
)
def test_a_quotation_signed_with_a_dash_and_a_name(nlp, text, claim, speaker):
    assert speakers(nlp, text, claim) == [speaker]


def test_a_participle_cue_says_what_follows_it(nlp):
    text = (
        "Hundreds of people marched through the town on Tuesday, chanting slogans and calling "
        "for the governor to resign."
    )
    found = [a for a in find_attributions(nlp(text)) if text[a.cue_start : a.cue_end] == "calling"]
    assert [text[a.content_start : a.content_end] for a in found] == ["for the governor to resign"]


def test_a_passive_cue_has_no_speaker(nlp):
    text = "Protesters demanded that the officer who fired be charged with murder."
    assert all(text[a.cue_start : a.cue_end] != "charged" for a in find_attributions(nlp(text)))


@pytest.mark.parametrize(
    "text",
    [
        "The police would not confirm the arrest when asked by the Courier on Tuesday.",
        "Questioned by reporters outside the court, the lawyer declined to comment.",
    ],
)
def test_whoever_puts_a_question_says_nothing(nlp, text):
    speakers_found = [s.text for a in find_attributions(nlp(text)) for s in a.sources]
    assert not any(name in speakers_found for name in ("the Courier", "reporters"))


@pytest.mark.parametrize(
    ("text", "asker"),
    [
        ("When asked by a reporter whether the plan had changed, the mayor said no.", "a reporter"),
        ("Asked by Lena Ross if he believed the plan was safe, Carter said no.", "Lena Ross"),
    ],
)
def test_an_asker_speaks_the_question_told(nlp, text, asker):
    asked = [
        a for a in find_attributions(nlp(text)) if text[a.cue_start : a.cue_end].lower() == "asked"
    ]
    assert [s.text for a in asked for s in a.sources] == [asker]


def test_a_trailing_citing_clause_names_the_cited(nlp):
    text = (
        "Armed men burned four lorries on the highway on Sunday, Radio Sur reported, citing "
        "drivers stuck in the traffic."
    )
    assert speakers(nlp, text, "lorries") == ["Radio Sur", "drivers"]


def test_the_victims_counted_before_a_speaker_are_not_the_speaker(nlp):
    text = (
        "The quake brought down hundreds of houses and killed at least 17 people, the "
        "Regional Disaster Mitigation Agency (RDMA) said on Wednesday."
    )
    assert chain_of(nlp, text, "houses") == [
        (
            "Regional Disaster Mitigation Agency",
            "official",
            "the Regional Disaster Mitigation Agency (RDMA)",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided the village on Sunday, a local official said, citing fears for his safety.",
        "The publisher dropped the book, citing legal risks and costs.",
    ],
)
def test_citing_a_reason_names_no_source(nlp, text):
    # the reason is the citer's own claim, never a further source
    citing = [a for a in find_attributions(nlp(text)) if text[a.cue_start : a.cue_end] == "citing"]
    assert [s.text for a in citing for s in a.sources] in (["a local official"], ["The publisher"])
    assert all(text[a.content_start :].startswith(("fears", "legal")) for a in citing)


def test_a_reason_cited_is_the_citers_claim(nlp):
    text = "Opposition leaders cited several factors for the low turnout, including the rain."
    (found,) = find_attributions(nlp(text))
    assert [s.text for s in found.sources] == ["Opposition leaders"]
    assert text[found.content_start : found.content_end].startswith("several factors")


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("The mayor reiterated that the bridge would stay shut.", "reiterated", "mayor"),
        ("The governor assured residents the water was safe to drink.", "assured", "governor"),
        ("The union derided the offer as an insult to nurses.", "derided", "union"),
        ("Opposition leaders likened the new curfew to martial law.", "likened", "leaders"),
        ("The minister highlighted the fall in road deaths since May.", "highlighted", "minister"),
    ],
)
def test_speech_and_stance_verbs_open_attributions(nlp, text, cue, speaker):
    found = [a for a in find_attributions(nlp(text)) if text[a.cue_start : a.cue_end] == cue]
    assert len(found) == 1
    assert [speaker in source.text for source in found[0].sources] == [True]


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb ripped through an army convoy near the border on Monday.",
        "A drone slammed into the yard of a guesthouse on Monday evening.",
        "The shell blasted through the roof of the school before dawn.",
        # riot police charging at a crowd accuse no one
        "The officers charged at the teachers and beat them with batons in full view of learners.",
    ],
)
def test_a_weapon_tearing_through_or_into_something_says_nothing(nlp, text):
    assert find_attributions(nlp(text)) == []


def test_a_suspect_charged_with_an_offence_is_told_of_by_no_one(nlp):
    text = "He was arrested by the National Police at his home and charged with usurpation."
    assert find_attributions(nlp(text)) == []
    claimed = "The opposition charged that police beat the protesters."
    assert [s.name for a in find_attributions(nlp(claimed)) for s in a.sources] == ["opposition"]


def test_a_name_the_tagger_misreads_as_a_person_in_a_place_phrase_is_no_speaker(nlp):
    text = (
        "Colonel Ari Wibowo, the regional spokesman, spoke to reporters. Gunmen shot a teacher "
        "outside his home in Mae Lan district of Pattani on Friday, he said. On Saturday, "
        "troops arrested two men in a raid on a house nearby, he said."
    )
    for claim in ("shot", "arrested"):
        position = text.index(claim)
        chain = chain_at(find_attributions(nlp(text)), position, position + len(claim))
        assert [source.name for source in chain] == ["Ari Wibowo"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Placer County Sheriff's Office ordered residents to leave on Monday, the office "
            "said in an alert.",
            "Placer County Sheriff's Office",
        ),
        (
            "The Marin County Fire Department evacuated two schools on Monday, the department "
            "said.",
            "Marin County Fire Department",
        ),
        # named by another word for the same kind of body, after another such body
        (
            "East Jutland Police said no one was held in Aarhus. South Jutland Police arrested "
            "three men near Padborg on Friday, the force said.",
            "South Jutland Police",
        ),
        # named by a word its own name does not hold, after an outlet told before
        (
            "A farmer told the Lakeside Courier that the fields were his. Agents of the National "
            "Drug Control Secretariat (NDCS) destroyed six hectares of cannabis near the border "
            "on Friday, the agency said.",
            "National Drug Control Secretariat",
        ),
    ],
)
def test_a_body_named_in_full_earlier_in_the_sentence_is_the_one_that_speaks(nlp, text, name):
    *_, attribution = find_attributions(nlp(text))
    assert [source.name for source in attribution.sources] == [name]


def test_a_word_in_scare_quotes_inside_a_told_claim_is_no_quotation_of_its_own(nlp):
    text = (
        'The defence ministry said its jets had "neutralised" three fighters near the dam, '
        "the state agency reported."
    )
    position = text.index("neutralised")
    chain = chain_at(find_attributions(nlp(text)), position, position + len("neutralised"))
    assert [source.name for source in chain] == ["state agency", "defence ministry"]


def test_a_body_named_with_its_short_form_in_brackets_speaks_after_a_place(nlp):
    # the parser hangs the body on 'Cusco' as its apposition and leaves 'said' no subject
    text = "A porter died of his injuries in Cusco, the Regional Health Directorate (Geresa) said."
    assert chain_of(nlp, text, "died") == [
        ("Regional Health Directorate", "official", "the Regional Health Directorate (Geresa)")
    ]


def test_a_count_of_victims_told_in_passing_does_not_speak(nlp):
    # the parser makes "four children" the subject of "said" and the body its conjunct
    text = (
        "Shells fired by the Rapid Support Forces (RSF) struck the Zamzam camp for displaced "
        "people, on the southern edge of El Fasher, on Tuesday afternoon, killing at least "
        "eleven people, among them four children, the Coordination of Displaced Persons and "
        "Refugees said."
    )
    names = [name for name, _, _ in chain_of(nlp, text, "killing")]
    assert names == ["Coordination of Displaced Persons and Refugees"]


@pytest.mark.parametrize(
    ("text", "claim", "expected"),
    [
        (
            "Mr Baloch was also quoted as saying that two more people had died in the raid.",
            "died",
            [("Baloch", "eyewitness", "Mr Baloch")],
        ),
        (
            "The mayor was quoted by local radio as saying that gunmen had burned the depot.",
            "burned",
            [(None, "media", "local radio"), (None, "official", "The mayor")],
        ),
        (
            "Two guards were killed at the gate, the minister was quoted as saying.",
            "killed",
            [(None, "official", "the minister")],
        ),
    ],
)
def test_one_quoted_as_saying_speaks_inside_who_quoted_them(nlp, text, claim, expected):
    assert chain_of(nlp, text, claim) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the parser hangs the role on the place before it and leaves the name alone
        "Two men were hurt on the road between Goris and Tegh, the spokesperson of the "
        "European Union Mission in Armenia (EUMA), Katrin Vaher, said on Wednesday.",
        # the parser hangs the name on the body
        "Two men were hurt, the spokesperson of the European Union Mission, Katrin Vaher, said.",
    ],
)
def test_a_role_set_off_by_commas_before_a_name_tells_its_kind(nlp, text):
    assert chain_of(nlp, text, "hurt")[0][:2] == ("Katrin Vaher", "official")


def test_a_body_named_after_the_words_for_it_is_no_person(nlp):
    # the tagger reads the rescue service's own name as a person's
    text = (
        "A slide buried two walkers on Sunday afternoon, the Tyrolean mountain rescue "
        "service, Bergwacht Tirol, said."
    )
    assert chain_of(nlp, text, "buried")[0][:2] == ("Bergwacht Tirol", "official")


def test_the_same_role_of_another_country_is_another_source(nlp):
    text = (
        "Armenia's Defence Ministry said its posts near Sotk came under fire. "
        "In the same statement, the Baku ministry said that Armenian units had fired at "
        "its positions in the Kalbajar district."
    )
    assert chain_of(nlp, text, "Kalbajar")[0][:2] == ("Baku ministry", "official")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry named by its own portfolio is another ministry
        (
            "Oman's Ministry of Foreign Affairs condemned the attack. A fire gutted a store in "
            "Sohar overnight, the Interior Ministry said.",
            "Interior Ministry",
        ),
        # the same portfolio, named again, is the one named before
        (
            "Oman's Ministry of the Interior said crews were at the scene. A fire gutted a store "
            "in Sohar overnight, the Interior Ministry said.",
            "Ministry of the Interior",
        ),
    ],
)
def test_a_definite_body_with_a_portfolio_of_its_own_is_not_the_one_before(nlp, text, expected):
    assert chain_of(nlp, text, "gutted")[-1][0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger leaves first given names after a role out of the person's name
        (
            "The creek burst its banks late on Sunday in Orocovis, Orocovis mayor Héctor Iván "
            "Rivera Santos told a news conference.",
            ("official", "Héctor Iván Rivera Santos"),
        ),
        (
            "The creek burst its banks late on Sunday, Kudus Regent Budi Santoso said.",
            ("official", "Budi Santoso"),
        ),
        # the role set before a name after a comma is its apposition
        (
            "Two houses were buried on Monday in Morovis, the wire service Agencia Borinquen "
            "reported.",
            ("news_agency", "the wire service Agencia Borinquen"),
        ),
    ],
)
def test_a_name_after_its_role_is_read_whole(nlp, text, expected):
    name, kind, phrase = chain_of(nlp, text, " on ")[-1]
    assert (kind, name or phrase) == expected


def test_people_seen_arguing_are_not_the_speakers_of_the_next_quotation(nlp):
    text = (
        "A waiter told the Courier he saw two men arguing outside a bar before one of them "
        '"pulled out a knife and started swinging".'
    )
    assert [name or phrase for name, _, phrase in chain_of(nlp, text, "swinging")] == ["A waiter"]


def test_a_telling_the_parser_hangs_on_a_quoted_hearing_is_no_perception(nlp):
    # the parse of '"We have heard nothing," his sister told us.' seen in a longer text:
    # 'told' a complement of the quotation's 'heard'
    words = ['"', "We", "have", "heard", "nothing", ",", '"', "his", "sister", "told", "us", "."]
    heads = [3, 3, 3, 3, 3, 3, 3, 8, 9, 3, 9, 3]
    deps = ["punct", "nsubj", "aux", "ROOT", "dobj", "punct", "punct", "poss", "nsubj"]
    deps += ["ccomp", "dobj", "punct"]
    lemmas = ['"', "we", "have", "hear", "nothing", ",", '"', "his", "sister", "tell", "we", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    assert not _perceived(doc[9])
    seen = Doc(
        nlp.vocab,
        words=["She", "saw", "two", "men", "arguing", "."],
        heads=[1, 1, 3, 4, 1, 1],
        deps=["nsubj", "ROOT", "nummod", "nsubj", "ccomp", "punct"],
        lemmas=["she", "see", "two", "man", "argue", "."],
    )
    assert _perceived(seen[4])


def test_according_to_after_a_speakers_that_nests_inside_the_speaker(nlp):
    # the parser hangs "according to" on "released", outside what the office says
    text = (
        "The UN Integrated Office in Liberia said in a report released Tuesday that, according "
        "to a local human rights group that interviewed survivors, gang members killed at least "
        "nine people in Zwedru on Jan. 12."
    )
    assert [phrase for _, _, phrase in chain_of(nlp, text, "killed")] == [
        "The UN Integrated Office in Liberia",
        "a local human rights group",
    ]


def test_a_press_release_is_its_issuers_word(nlp):
    text = "According to a police press release, a bottle of petrol was thrown at the centre."
    assert chain_of(nlp, text, "thrown")[0][1] == "official"


def test_posts_on_social_media_are_media(nlp):
    text = "Posts widely shared on X on Tuesday night claimed that a firefighter had been arrested."
    assert chain_of(nlp, text, "arrested")[0][1] == "media"


def test_an_outlet_citing_a_group_stays_outermost_when_the_date_hangs_on_its_verb(nlp):
    # the parser hangs 'on Tuesday night' on 'reported', so the claim it governs ends before
    text = (
        "At least nine people were killed when shells hit Zamzam displacement camp, on the "
        "southern edge of the city, on Tuesday night, Radio Dabanga reported, citing the "
        "Emergency Medics Network, a volunteer group."
    )
    assert [s[0] for s in chain_of(nlp, text, "killed")] == [
        "Radio Dabanga",
        "Emergency Medics Network",
    ]


def test_one_of_several_anonymous_sources_is_anonymous(nlp):
    text = (
        "Two police officers, speaking on condition of anonymity, said 12 people were arrested. "
        "One of them said the suspects were held at the base."
    )
    assert chain_of(nlp, text, "held")[0][:2] == (None, "anonymous")


def test_a_count_of_the_people_just_met_stands_for_them(nlp):
    text = (
        "We spoke by phone with three farmers from Lwemiyaga who now stay in Sembabule. "
        "All three said that soldiers set the granaries on fire before they left."
    )
    assert chain_of(nlp, text, "set the granaries")[0][:2] == (None, "eyewitness")


def test_a_person_named_after_the_place_of_her_role_takes_the_role(nlp):
    text = (
        "A boat with 40 people landed on the island on Sunday night, the agency reported, "
        "quoting a UNHCR spokesperson in Cox's Bazar, Farhana Yasmin Lopa. The new arrivals "
        "had fled fighting, she was quoted as saying."
    )
    name, kind, _ = chain_of(nlp, text, "fled fighting")[-1]
    assert "Lopa" in name and kind == "official"


def test_a_bracketed_title_before_a_name_ends_no_sentence(nlp):
    text = (
        "A camp leader was abducted from his shelter on Monday night, Teknaf Model Police "
        "Station Officer-in-Charge (OC) Md Mahbubul Alam told this correspondent."
    )
    assert [s[0] for s in chain_of(nlp, text, "abducted")] == ["Md Mahbubul Alam"]


def test_a_named_apposition_closing_the_sentence_speaks_when_the_parse_gives_no_subject(nlp):
    # "said" is the root with the report as its clausal complement, and the role hangs on
    # the report as an adverbial: the name right before the verb, past its comma, speaks
    text = (
        "Police detained 23 drivers in Dalanzadgad on Wednesday, the spokeswoman of the "
        "regional police, Nara Solongo, said.\n\n"
    )
    assert [n for n, _, _ in chain_of(nlp, text, "detained")] == ["Nara Solongo"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an auxiliary between the speaker and the verb
        (
            "Two shops burned down in the market overnight, the Fire Marshal's Office has said.",
            ("Fire Marshal's Office", "official"),
        ),
        # the parser joins the officer to the town before him, and 'confirmed' has no subject
        (
            "Six traders drowned on Sunday when their canoe capsized on the river about 10 km "
            "upriver from Buchanan Town, the County Police Commander, Chief Superintendent "
            "Amos T. Wleh, has confirmed.",
            ("Amos T. Wleh", "official"),
        ),
        # the dateline's town parsed as the subject of the closing verb
        (
            "Greenville, Sinoe County – Two fishermen drowned on Sunday when their canoe "
            "capsized near the bar, the county police commander, Mark Toe, has confirmed.",
            ("Mark Toe", "official"),
        ),
    ],
)
def test_a_closing_speaker_the_parse_leaves_without_a_verb_still_speaks(nlp, text, speaker):
    claim = "burned" if "burned" in text else "drowned"
    assert [(n, k) for n, k, _ in chain_of(nlp, text, claim)] == [speaker]


def test_a_hyphen_in_the_opening_subject_makes_no_dateline(nlp):
    text = (
        "Russian-installed officials in Tokmak, the town next to the dam, claimed that "
        "drones attacked a pumping station."
    )
    (source,) = chain_of(nlp, text, "attacked")
    assert source[2].startswith("Russian-installed officials") and source[1] == "official"


def test_marchers_chant_not_the_place_they_march_to(nlp):
    text = 'About 200 people marched to the district police station chanting "Justice for Ken".'
    (found,) = find_attributions(nlp(text))
    assert [s.text for s in found.sources] == ["About 200 people"]


def test_a_name_the_tagger_missed_beside_a_body_is_the_speaker(nlp):
    text = (
        "Fourteen men were held in the raid, the commanding officer of the Clarendon Police "
        "Division, Senior Superintendent Mark Ellington-Brown, said at a briefing."
    )
    (found,) = find_attributions(nlp(text))
    assert [(s.name, s.kind) for s in found.sources] == [("Mark Ellington-Brown", "official")]


def test_a_long_apposition_closing_the_sentence_with_told_speaks(nlp):
    # the parser makes 'told' a verb joined to the sentence's own, with the outlet its object
    text = (
        "Rescue teams evacuated 134 people from flooded houses in Bor through Tuesday night, "
        "the head of the regional department, Milan Milutinovic, told the Courier this morning."
    )
    assert [name for name, _, _ in chain_of(nlp, text, "evacuated")] == ["Milan Milutinovic"]


@pytest.mark.parametrize(
    ("text", "claim", "chain"),
    [
        (
            "The council head said that residents had seen about 30 settlers set fire to two "
            "cars on Monday.",
            "set fire",
            [("official", "The council head"), ("eyewitness", "residents")],
        ),
        (
            "Witnesses heard gunmen shouting before the shooting at the market.",
            "shouting",
            [("eyewitness", "Witnesses")],
        ),
    ],
)
def test_what_eyewitnesses_saw_or_heard_is_their_account(nlp, text, claim, chain):
    assert [(kind, words) for _, kind, words in chain_of(nlp, text, claim)] == chain


@pytest.mark.parametrize(
    "text",
    [
        "Police saw the suspects flee the scene on Monday.",
        "Villagers saw the damage on Tuesday morning.",
    ],
)
def test_seeing_is_no_account_but_an_eyewitness_seeing_an_event(nlp, text):
    assert find_attributions(nlp(text)) == []


def test_an_officer_named_by_his_town_after_a_place_told_a_paper(nlp):
    # the parser hangs the officer on the place before him, as its apposition
    text = (
        "Eleven people were arrested on Sunday and Monday, at the camp and in Duekoue, a "
        "gendarmerie officer in Duekoue told the Courier on condition of anonymity."
    )
    chain = chain_of(nlp, text, "arrested")
    assert [(kind, words) for _, kind, words in chain][-1] == (
        "anonymous",
        "a gendarmerie officer in Duekoue",
    )


def test_a_second_verb_of_saying_joined_to_the_reported_clause_keeps_the_speaker(nlp):
    text = (
        "The mayor says the only answer was to close the quarry and says the council "
        "evacuated forty families."
    )
    assert [s[2] for s in chain_of(nlp, text, "evacuated")] == ["The mayor"]


@pytest.mark.parametrize(
    "text,claim",
    [
        ('"Is the bridge safe? Probably not," engineer Rosa Mbeki said.', "bridge"),
        ('"Will the dam hold? Probably not," the district officer said on Friday.', "dam"),
    ],
)
def test_a_quotations_own_not_does_not_negate_the_verb_telling_it(nlp, text, claim):
    assert chain_of(nlp, text, claim) != []


def test_a_speaker_after_an_exclaimed_quotation_speaks(nlp):
    text = '"The levee will not hold another night!" she said.'
    assert chain_of(nlp, text, "levee") == [(None, "organization", "she")]


def test_a_speaker_the_parser_joined_to_a_place_still_tells_a_clause(nlp):
    text = (
        "Angered by the shelling in Kharkiv, Mayor Ivan Petrenko, the city's leader, said "
        "that the strikes hit two schools."
    )
    # the name the role is set off after speaks, with the role
    assert chain_of(nlp, text, "strikes") == [
        ("Ivan Petrenko", "official", "Mayor Ivan Petrenko, the city's leader")
    ]


def test_what_moved_a_feeling_is_no_source(nlp):
    text = (
        "Worried by the looting in Beira, Councillor Amade Tembe, the opposition whip, said "
        "that shops had been emptied overnight."
    )
    assert [name for name, _, _ in chain_of(nlp, text, "emptied")] == ["Amade Tembe"]


def test_a_speaker_after_the_verb_after_a_quotation_is_no_one_asked(nlp):
    text = '"Where were the soldiers?" asked one shopkeeper in the market.'
    assert chain_of(nlp, text, "soldiers") == [(None, "eyewitness", "one shopkeeper")]


def test_an_event_that_recalls_another_is_no_source(nlp):
    text = "The fire recalled the June 2024 blaze at a battery plant, which killed 23 workers."
    assert chain_of(nlp, text, "killed") == []


def test_a_long_event_the_parser_made_the_subject_leaves_the_speaker_before_the_verb(nlp):
    text = (
        "In the province of Enna, a wildfire that started on Sunday afternoon in dry scrubland "
        "near the Dittaino river burned through the night and destroyed four homes on the "
        "eastern outskirts of Leonforte, along the road to Nicosia, the mayor of Leonforte, "
        "Salvo Drago, said on Monday, citing the first inspections by the fire brigade."
    )
    assert [name for name, _, _ in chain_of(nlp, text, "destroyed")][:1] == ["Salvo Drago"]


@pytest.mark.parametrize(
    "text",
    [
        "Two guards died in the blaze, the agency reported, citing the Busan Metropolitan Fire "
        "and Disaster Headquarters.",
        "Two guards died in the blaze, the state broadcaster said, citing the Ports and "
        "Harbours Department.",
    ],
)
def test_an_and_inside_a_bodys_name_joins_one_source(nlp, text):
    chain = chain_of(nlp, text, "guards")
    assert len(chain) == 2 and chain[-1][2].endswith(("Headquarters", "Department"))


def test_the_authors_own_first_person_outside_quotes_is_the_author(nlp):
    text = "I think the official count of the dead is far too low."
    assert chain_of(nlp, text, "count") == [(None, "author", "I")]


def test_a_first_person_inside_a_quotation_is_the_quoted_speaker(nlp):
    text = '"I saw soldiers burn the houses," the farmer said.'
    assert chain_of(nlp, text, "soldiers") == [(None, "eyewitness", "the farmer")]


def test_an_and_inside_a_bodys_of_phrase_joins_one_source(nlp):
    text = "The Ministry of Employment and Labor said it would open an inquiry into the fire."
    assert [t for _, _, t in chain_of(nlp, text, "inquiry")] == [
        "The Ministry of Employment and Labor"
    ]


def test_a_claim_before_the_citing_outlet_whose_subject_the_parser_gave_the_verb(nlp):
    # 'A man drowned ...' parsed as a second subject of 'quoted'
    text = (
        "A farmer drowned on Tuesday when his pickup was swept off a bridge near Tanga, the "
        "agency quoted Juma Mwinyi, a police spokesman, as saying."
    )
    assert [(n, k) for n, k, _ in chain_of(nlp, text, "drowned")] == [
        (None, "news_agency"),
        ("Juma Mwinyi", "official"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the parser joined the name to the town and set the role off after it
        "A fisherman drowned on Wednesday in a flooded culvert in Tanga, Juma Mwinyi, a "
        "police spokesman, said.",
        "A fisherman drowned on Wednesday in a flooded culvert in Tanga, Inspector Juma "
        "Mwinyi, spokesman for the police in the Tanga region, said.",
    ],
)
def test_a_name_set_off_before_its_role_closing_the_sentence_speaks(nlp, text):
    assert [n for n, _, _ in chain_of(nlp, text, "drowned")] == ["Juma Mwinyi"]


def test_a_that_clause_with_a_mistagged_head_is_what_was_told(nlp):
    text = (
        "The headman said villagers had told him that two men on a motorcycle shot dead a "
        "rubber tapper at dawn on Friday."
    )
    doc = nlp(text)
    told = next(a for a in find_attributions(doc) if text[a.cue_start : a.cue_end] == "told")
    assert text[told.content_start : told.content_end].startswith("that two men")


def test_a_said_clause_whose_joint_subject_the_parser_split_off_is_told_whole(nlp):
    # parsed as 'said soldiers ... and', then 'police had rescued' a clause of its own
    text = (
        "The Disaster Management Authority (DMA) said soldiers of the Lesotho Defence Force "
        "(LDF) and police had rescued 37 people stranded on the mountain pass."
    )
    assert [(n, k) for n, k, _ in chain_of(nlp, text, "rescued")] == [
        ("Disaster Management Authority", "official")
    ]


def test_a_place_in_a_list_after_a_place_word_is_no_one_a_pronoun_points_back_to(nlp):
    # the tagger reads 'Kfar Kila', second of the areas struck, as a person
    text = (
        "Army spokesman Avi Ronen said jets struck the launchers in the areas of Houla and "
        'Kfar Kila in southern Lebanon. "They will pay a heavy price," he said.'
    )
    speakers = [s.name for a in find_attributions(nlp(text)) for s in a.sources]
    assert speakers and set(speakers) == {"Avi Ronen"}


def _said(nlp, text: str) -> list[tuple[str, str, list[str]]]:
    """(cue, content, relative pronouns standing for the source) of each attribution."""
    return [
        (
            text[a.cue_start : a.cue_end],
            text[a.content_start : a.content_end],
            [text[s:e] for s, e in a.mentions],
        )
        for a in find_attributions(nlp(text))
    ]


def test_a_quotation_told_in_a_relative_clause_marks_its_relative_pronoun(nlp):
    text = (
        "The plan drew a rebuke from the mayor, Ana Soto, who called the scheme "
        "\u201ca disgrace to the city\u201d on Monday."
    )
    assert ("called", "a disgrace to the city", ["who"]) in _said(nlp, text)


def test_a_quotation_a_speech_verb_before_it_governs_is_that_verbs(nlp):
    text = (
        "Ortiz, who once described the governor as \u201ca danger to the province\u201d, said "
        "the vote was rigged."
    )
    quoted = [(cue, mentions) for cue, content, mentions in _said(nlp, text) if "danger" in content]
    assert quoted == [("described", ["who"])]


def test_a_name_given_in_quotation_marks_is_no_quotation(nlp):
    text = "Carson shared a syllabus for a class called \u201cPerception\u201d on his page."
    assert _said(nlp, text) == []


def test_the_station_is_the_broadcaster_that_told_before_not_a_police_station(nlp):
    text = (
        "Officers at the Roseau Police Station took statements. A fishing boat was stopped "
        "off the coast on Thursday, the Martinique broadcaster Radio Caraïbe Sud reported. "
        "According to the station, the crew was taken to Le Marin."
    )
    assert chain_of(nlp, text, "crew was taken")[0][:2] == ("Radio Caraïbe Sud", "media")


def test_initials_given_in_brackets_keep_the_kind_of_the_source_they_abbreviate(nlp):
    text = (
        "A boat was stopped off the coast, the broadcaster Radio Caraïbe Sud (RCS) reported. "
        "RCS said the crew had been taken to Le Marin."
    )
    assert chain_of(nlp, text, "crew had been")[0][1:] == ("media", "RCS")


def test_a_country_whose_name_holds_and_the_inside_a_bodys_name_joins_one_source(nlp):
    text = (
        "A man was wounded with a cutlass in Georgetown on Monday night, the Royal Saint "
        "Vincent and the Grenadines Police Force says."
    )
    assert chain_of(nlp, text, "wounded") == [
        (
            "Royal Saint Vincent and the Grenadines Police Force",
            "official",
            "the Royal Saint Vincent and the Grenadines Police Force",
        )
    ]


def test_an_official_of_a_known_body_speaking_anonymously_is_anonymous(nlp):
    text = (
        "Gunmen seized a lorry near Hinche on Friday, according to a United Nations official"
        " in Port-au-Prince who spoke on condition of anonymity."
    )
    assert chain_of(nlp, text, "seized") == [
        (None, "anonymous", "a United Nations official in Port-au-Prince")
    ]


def test_a_clause_the_parser_made_a_subject_speaks_no_claim(nlp):
    text = (
        "Gunmen attacked positions held by Ifoghas fighters near Kidal on Monday, breaking a"
        " tribal truce agreed in the area in June, the channel reported on Tuesday."
    )
    assert [kind for _, kind, _ in chain_of(nlp, text, "attacked")] == ["media"]


def test_an_interview_turn_is_the_speakers_to_the_end_of_its_paragraph(nlp):
    text = (
        "The Courier: What did you see?\n\n"
        "Mira Holt: I was at the market on Tuesday. Police beat two traders near the stalls."
    )
    assert [name for name, _, _ in chain_of(nlp, text, "beat")] == ["Mira Holt"]


TRANSCRIPT = (
    "THE CHAIR (Hon. Ana Ruiz): The sitting is open. Minister, you have the floor.\n\n"
    "MR TOMAS EKBERG (Provincial Minister of the Interior): Thank you, Madam Chair.\n\n"
    "On Saturday night armed men burned the ferry landing at Velden.\n\n"
    "Second point. Police arrested six suspects in Ostrava Dolna on Monday.\n\n"
    "HON. JON LIND (Velden): The families say the police beat them.\n\n"
    "MR TOMAS EKBERG: That is not what the police report says.\n\n"
    "THE CHAIR: Thank you. We adjourn."
)


def test_a_transcripts_turn_runs_over_its_paragraphs_to_the_next_turn(nlp):
    # the office in brackets gives the kind; the name is kept as written, less its titles
    assert chain_of(nlp, TRANSCRIPT, "burned") == [("TOMAS EKBERG", "official", "MR TOMAS EKBERG")]
    assert [name for name, _, _ in chain_of(nlp, TRANSCRIPT, "arrested")] == ["TOMAS EKBERG"]
    assert [name for name, _, _ in chain_of(nlp, TRANSCRIPT, "beat")][:1] == ["JON LIND"]


def test_a_turn_whose_office_follows_a_comma_ends_the_turn_before_it(nlp):
    # 'MR TOMAS EKBERG, MINISTER OF THE INTERIOR:' opens a turn as the office in brackets does,
    # so the chair who gave him the floor is no outer source of his answer
    text = TRANSCRIPT.replace(
        "MR TOMAS EKBERG (Provincial Minister of the Interior):",
        "MR TOMAS EKBERG, PROVINCIAL MINISTER OF THE INTERIOR:",
    )
    assert chain_of(nlp, text, "burned") == [("TOMAS EKBERG", "official", "MR TOMAS EKBERG")]


PHONE_IN = (
    "HOST: Good morning, the lines are open.\n\n"
    "CALLER (Awa, Eastbank): Police fired tear gas at the market last night.\n\n"
    "HOST: Thank you, Awa. Next caller.\n\n"
    "CALLER (Kofi, Riverside): I saw young men burn two buses near the bridge.\n\n"
    "POLICE SPOKESMAN (Ama Boateng): Officers arrested ten people overnight.\n\n"
    "HOST: Thank you."
)


def test_a_turns_label_names_a_role_and_its_brackets_the_one_who_holds_it(nlp):
    assert chain_of(nlp, PHONE_IN, "tear gas") == [("Awa", "eyewitness", "CALLER")]
    assert chain_of(nlp, PHONE_IN, "arrested") == [("Ama Boateng", "official", "POLICE SPOKESMAN")]


def test_what_a_body_in_a_relative_clause_aims_at_is_no_claim_of_the_sentence(nlp):
    text = "The suspects were handed over to the court, which alone will decide on their fate."
    assert find_attributions(nlp(text)) == []


EPISODE = """HOST: Where were you when it started?

MARIE-CLAIRE DESROSIERS: At the market in Cabaret. Armed men burned four stalls at dawn.

HOST: And then?

KARL BAZILE: Nobody came. We counted the shots until noon.
"""


def test_a_guests_name_in_capitals_is_a_persons_whole_name(nlp):
    # a hyphen joining a name's parts is no dash before it; a person's name in capitals
    # with no body's word speaks for its bearer, though the tagger reads it as a body's
    assert chain_of(nlp, EPISODE, "burned") == [
        ("MARIE-CLAIRE DESROSIERS", "eyewitness", "MARIE-CLAIRE DESROSIERS")
    ]
    assert [kind for _, kind, _ in chain_of(nlp, EPISODE, "counted")] == ["eyewitness"]
    text = EPISODE.replace("KARL BAZILE", "MSF HAITI")
    assert [kind for _, kind, _ in chain_of(nlp, text, "counted")] == ["organization"]


def test_a_long_opening_statement_is_one_turn_however_many_paragraphs_it_runs(nlp):
    items = "".join(
        f"Item {n}. The committee met on road works in district {n}.\n\n" for n in range(9)
    )
    text = TRANSCRIPT.replace(
        "Thank you, Madam Chair.\n\n", f"Thank you, Madam Chair.\n\n{items}", 1
    )
    assert [name for name, _, _ in chain_of(nlp, text, "arrested")] == ["TOMAS EKBERG"]


def test_a_digests_repeated_field_labels_are_no_speakers_nor_a_transcript(nlp):
    items = [
        ("Velden: floods hit twelve farms, road office says", "The river flooded farms."),
        ("Ostrava: pass road shut for a week", "The road office shut the pass road."),
        ("Port Lenn: ferry runs again", "The ferry ran again on Wednesday."),
        ("Velden: traders back at the market", "Traders came back on Thursday."),
    ]
    # the digest's contents name its outlets, two of them twice, before the items
    contents = "\n\n".join(
        f"{outlet}: {headline}"
        for outlet, (headline, _) in zip(["Valley Courier", "Lake Post"] * 2, items, strict=True)
    )
    text = (
        contents
        + "\n\n"
        + "\n\n".join(f"Headline: {headline}\n\n{story}" for headline, story in items)
    )
    for claim in ("flooded", "shut the", "ran again"):
        assert all(name != "Headline" for name, _, _ in chain_of(nlp, text, claim))


def test_an_editors_gloss_of_the_day_is_no_speaker(nlp):
    text = (
        "The state's health commissioner, Dr Amaka Obi, on Monday [13 Sep 2032] said six "
        "cases were confirmed in Akure."
    )
    assert chain_of(nlp, text, "confirmed") == [
        ("Amaka Obi", "official", "The state's health commissioner, Dr Amaka Obi")
    ]


def test_a_province_opening_an_alert_before_a_colon_is_no_speaker(nlp):
    text = (
        "Residents said the road was closed.\n\n"
        "Marsabit: gunmen shot at a bus near Merille at 1930 hrs, driver injured.\n\n"
        "Mandera: a bomb hit a police truck near Khalalio on the Lafey road."
    )
    assert chain_of(nlp, text, "shot at") == []
    assert chain_of(nlp, text, "a bomb hit") == []


@pytest.mark.parametrize(
    ("text", "claim", "name"),
    [
        (
            "Marsabit: 210 families camped at a school after the flood - Kenya Red Cross.",
            "camped",
            "Kenya Red Cross",
        ),
        (
            "Gunmen shot at a bus near Merille at 1930 hrs, 2 injured - Marsabit police.",
            "shot",
            "Marsabit police",
        ),
    ],
)
def test_a_source_after_a_dash_closing_an_alert_tells_it(nlp, text, claim, name):
    assert [s[0] for s in chain_of(nlp, text, claim)] == [name]


def test_a_dash_before_a_place_or_a_phrase_closing_a_paragraph_names_no_source(nlp):
    text = "The ferry sank off the cape on Sunday - a relief for no one.\n\nIt sank - near Goma."
    sources = [s for a in find_attributions(nlp(text)) for s in a.sources]
    assert sources == []


def test_he_after_a_countrys_representative_is_that_representative(nlp):
    text = (
        "The representative of Norway said a convoy was attacked near Bara on Friday.\n\n"
        "The representative of Chad said his Government had opened the crossing. He said "
        "no soldier fired on the market in Abeche on Sunday."
    )
    assert [name for name, _, _ in chain_of(nlp, text, "fired")] == ["Chad"]


def test_a_broadcast_scripts_marks_are_no_speakers(nlp):
    # slugs, reader's marks and clips' cues repeat down a script as a transcript's speakers do
    text = (
        "SLUG: LAKE FLOOD          (reader + clip)       0'45\"\n\n"
        "READER:\n"
        "The lake flooded the fish market at Kigoma on Tuesday night, and boats were lost.\n\n"
        "CLIP: Fisherman Juma Ali\n"
        'IN: "We saw..."   OUT: "...by dawn."   DUR: 0\'20"\n\n'
        "SLUG: PORT FIRE          (reader + clip)       0'40\"\n\n"
        "READER:\n"
        "A fire destroyed two warehouses at the port on Wednesday, and the road was shut.\n\n"
        "CLIP: Harbour master Ali Said\n"
        'IN: "It started..."   OUT: "...no one hurt."   DUR: 0\'18"'
    )
    assert chain_of(nlp, text, "flooded") == []
    assert chain_of(nlp, text, "destroyed") == []


@pytest.mark.parametrize(
    ("text", "claim", "chain"),
    [
        (
            "Police have taken notice of posts being shared on certain social media accounts "
            "since Sunday night claiming that the accused was tortured to death in the lock-up.",
            "tortured",
            [(None, "posts")],
        ),
        # a document read out reads nothing itself
        (
            "The ministry said in a communique read out on radio that the road was open.",
            "open",
            [("ministry", "The ministry")],
        ),
    ],
)
def test_posts_claiming_speak_and_a_communique_read_out_does_not(nlp, text, claim, chain):
    assert [(name, t) for name, _, t in chain_of(nlp, text, claim)] == chain


FOOTNOTED = (
    "Gunmen burned the market at Kessa on 3 May.[2] Two boys were abducted near Dorro on "
    "4 May.[1] The floods reached the school on 6 May.[3]\n\n"
    "Notes\n\n"
    "1 Interview with a teacher in Dorro, 5 May 2031.\n"
    "2 Information shared by an aid agency, Kessa, 8 May 2031, based on accounts given by "
    "market traders.\n"
    "3 Background drawn from the group's archives.\n"
)


@pytest.mark.parametrize(
    ("claim", "chain"),
    [
        ("Two boys were abducted", [(None, "eyewitness", "a teacher in Dorro")]),
        (
            "Gunmen burned the market",
            [(None, "organization", "an aid agency"), (None, "eyewitness", "market traders")],
        ),
        ("The floods reached the school", []),
    ],
)
def test_a_sentence_marked_with_a_note_is_the_account_of_the_source_the_note_names(
    nlp, claim, chain
):
    assert chain_of(nlp, FOOTNOTED, claim) == chain


def test_bracketed_numbers_without_notes_at_the_end_name_no_source(nlp):
    text = "Gunmen burned the market at Kessa on 3 May.[2] Traders fled.\n\nThe town is calm."
    assert chain_of(nlp, text, "Gunmen burned the market") == []


@pytest.mark.parametrize(
    ("text", "field", "speaker"),
    [
        # speakers set after the units of an opening place, which the parser makes the
        # subject, speak, not the units
        (
            "At a polling unit in Ekeki, Yenagoa LGA, Bayelsa State, party agents said that "
            "thugs snatched the ballot boxes.",
            "text",
            "party agents",
        ),
        (
            "At Gate 4, Sabon Gari Ward, Kano State, police officers told reporters that a "
            "bomb exploded.",
            "text",
            "police officers",
        ),
        # a known unit set after where the speakers sit is no closing speaker
        (
            "Party agents of the Labour Party in Ughelli South LGA, Delta State, reported to the "
            "mission that thugs burned a polling unit.",
            "name",
            "Labour Party",
        ),
        # a body whose name ends in a unit word still closes as the speaker
        (
            "A vendor drowned after a river taxi capsized on the river, less than ten minutes "
            "after leaving the jetty for Wismar, the Harbour Administration Department said.",
            "name",
            "Harbour Administration Department",
        ),
    ],
)
def test_a_places_units_beside_the_speakers_are_no_speakers(nlp, text, field, speaker):
    sources = [s for a in find_attributions(nlp(text)) for s in a.sources]
    assert [getattr(s, field) for s in sources] == [speaker]


def test_a_citing_participle_set_between_the_speaker_and_the_speech_verb(nlp):
    # the parser hangs 'quoting' on the portals here, and the residents' claim is what the
    # portals claimed, not the speech verb with it
    text = (
        "On Tuesday, some local residents obstructed the highway at Banepa with stones.\n\n"
        "Hundreds of vehicles were stranded on both sides of the blockade.\n\n"
        "Some online news portals, quoting local residents, have claimed that police opened "
        "fire on the protesters at Banepa."
    )
    found = find_attributions(nlp(text))
    at = text.index("opened")
    assert [s.text for s in chain_at(found, at, at + 6)] == [
        "Some online news portals",
        "local residents",
    ]
    (quoted,) = [a for a in found if [s.text for s in a.sources] == ["local residents"]]
    assert text[quoted.content_start :].startswith("that police opened fire")


CARDS = (
    "Market stalls burned at night\n\n"
    "[Verified]\n\n"
    "Incident date: 12 June 2033, 01:10\n\n"
    "Location: Kalibari Bazar, Sylhet\n\n"
    "Submitted by: Rokeya Begum, schoolteacher, Kalibari | 12 June 2033, 07:40\n\n"
    "I woke to shouting and saw three stalls on fire behind the mosque. Men on a motorbike "
    "threw petrol at the shutters and rode off towards the river.\n\n"
    "Comments (3) Share Flag\n\n"
    "Rival activists clash at the ghat\n\n"
    "Incident date: 11 June 2033, 19:45\n\n"
    "Submitted by: Md. Rafiqul Islam, shopkeeper, Kalibari | 12 June 2033, 08:02\n\n"
    "Supporters of the two candidates fought with sticks and bricks in front of my shop "
    "for an hour before the police came.\n\n"
    "Comments (1) Share Flag\n\n"
    "Date / Time: 10.06.2033 22:05 UTC\n\n"
    "Position: 04:11.2N - 006:58.9E, Bonny anchorage\n\n"
    "Narrative: Six robbers armed with knives boarded the tug and stole engine spares. The "
    "crew retreated to the citadel.\n\n"
    "Reported by: Master. The navy sent a patrol boat but found nothing.\n\n"
    "Guidance for masters\n\n"
    "Keep a strict watch at anchor."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # a card's sender tells its account, and a list's entry is its reporting master's
        ("threw petrol", ["Rokeya Begum, schoolteacher, Kalibari"]),
        ("fought with sticks", ["Rafiqul Islam, shopkeeper, Kalibari"]),
        ("boarded the tug", ["Master"]),
        # the page's own guidance, after the entries, is no one's account
        ("Keep a strict watch", []),
    ],
)
def test_an_entrys_sender_named_in_its_fields_tells_it(nlp, claim, expected):
    assert [words for _, _, words in chain_of(nlp, CARDS, claim)] == expected


SOURCED_LIST = (
    "Border incidents recorded in the northern districts, June 2033\n\n"
    "Source: Regional Army Command, Operations Branch\n\n"
    "A. Land incidents\n\n"
    "3 June 2033, 0500 hours, outskirts of Kalibari: a patrol from across the line crossed "
    "the fence and abducted a herder who was watering his goats.\n\n"
    "B. Attacks on civilians\n\n"
    "9 June 2033, 2210 hours: a drone fired a missile at a car on the river road, killing "
    "the driver.\n\n"
    "Comment\n\n"
    "The ministry has asked for the herder's release through the liaison office.\n\n"
    "Monthly arrivals at the transit centre\n\n"
    "Arrivals rose by a third in June, after clashes near the crossing displaced families.\n\n"
    "Source: Transit Centre Registry\n\n"
    "Families who fled the clashes near the crossing are sheltering in two schools."
)


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # the source line under a list's title tells every item, through its lettered headings
        ("abducted a herder", ["Regional Army Command"]),
        ("killing the driver", ["Regional Army Command"]),
        # the list ends at the first heading of the page's own
        ("asked for the herder's release", []),
        # under a paragraph, the line credits what stands above it, not what follows
        ("are sheltering", []),
    ],
)
def test_a_source_line_under_a_lists_title_tells_its_items(nlp, claim, expected):
    assert [words for _, _, words in chain_of(nlp, SOURCED_LIST, claim)] == expected


INTRODUCED_LIST = (
    "1. Based on the records of the Velden Security Command, two incidents were recorded,"
    " as follows:\n\n"
    "Lower Velden, 03.02.2031 – Gunmen seized two engineers from a ferry.\n\n"
    "Kampung Ostrava, 11.03.2031 – Arrest of two men at the market.\n\n"
    "2. During the same period the navy detained 30 fishermen.\n\n"
    "Residents say a third boat was set on fire."
)


@pytest.mark.parametrize(
    ("claim", "chain"),
    [
        ("seized", [("Velden Security Command", "official")]),
        ("Arrest", [("Velden Security Command", "official")]),
        # the introducing paragraph's next number ends its list
        ("detained", []),
    ],
)
def test_a_sourced_sentence_closing_with_a_colon_puts_its_entries_on_that_word(nlp, claim, chain):
    got = [(name, kind) for name, kind, _ in chain_of(nlp, INTRODUCED_LIST, claim)]
    assert got == chain


def test_a_colon_after_an_unnumbered_sentence_takes_only_entries(nlp):
    text = (
        "According to the police, the following happened:\n\n"
        "- Gunmen seized two engineers from a ferry.\n\n"
        "The mayor later said the market was calm."
    )
    assert [n for n, _, _ in chain_of(nlp, text, "seized")] == ["police"]
    assert [n for n, _, _ in chain_of(nlp, text, "calm")] == [None]


def test_an_and_after_an_office_of_a_place_joins_a_second_speaker(nlp):
    text = "The Governor of Velden and Abba Yusuf said floods destroyed 40 boats."
    (attribution,) = find_attributions(nlp(text))
    assert [s.text for s in attribution.sources] == ["The Governor of Velden", "Abba Yusuf"]
