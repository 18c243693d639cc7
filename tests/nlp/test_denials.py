"""Denials: who denies, with the exact sentence."""

from __future__ import annotations

import pytest

from claimtrail.model import Source
from claimtrail.nlp.attribution import find_attributions
from claimtrail.nlp.denials import find_denials

CASES = [
    ("The Pentagon has repeatedly denied the reports.", "Pentagon", "official"),
    ("The ministry rejected the claims on Monday.", "ministry", "official"),
    ("A spokesman for the army dismissed the allegations.", "army", "official"),
    (
        "OUAGADOUGOU, Oct 15 (Sahel Wire) - Burkina Faso's armed forces on Tuesday denied "
        "that a drone struck the market.",
        None,
        "official",
    ),
]


@pytest.mark.parametrize("text,name,kind", CASES)
def test_denier_and_span(nlp, text, name, kind):
    (denial,) = find_denials(nlp(text))
    assert (denial.source.name, denial.source.kind) == (name, kind) or (
        name is None and "forces" in denial.source.text
    )
    assert text[denial.start : denial.end] == denial.text
    assert "OUAGADOUGOU" not in denial.source.text


@pytest.mark.parametrize(
    "text",
    [
        "The water board said on Friday that no village was flooded, rejecting the claims.",
        "The water board issued a statement, rejecting the farmers' account of the flood.",
    ],
)
def test_who_rejects_in_a_participle_after_the_statement_is_its_teller(nlp, text):
    (denial,) = find_denials(nlp(text))
    assert denial.source.text == "The water board"


def test_no_denial_without_a_denier(nlp):
    assert find_denials(nlp("Reports of the strike were denied.")) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Army spokesperson Col Amos Kato Ruhindi said the camp was destroyed. "
            "Local radio said shells hit a village. Col Ruhindi dismissed the claim.",
            "Amos Kato Ruhindi",
        ),
        # the first name alone, which the tagger reads as a common noun opening the sentence
        (
            "Two men were killed, police spokesman Senior Commissioner Rusdi Pasau said in "
            "Palu. A post claimed a church had been burned. Rusdi denied it.",
            "Rusdi Pasau",
        ),
        # a rank cut short
        (
            "Seven miners died at Bindura, police spokesperson Assistant Commissioner Godfrey "
            "Mutsvairo said. Residents said twelve died. Comm Mutsvairo dismissed the claims.",
            "Godfrey Mutsvairo",
        ),
        # a police rank written as initials
        (
            "Police arrested two men, said Chief Inspector of Police (CIP) Theoneste Mugabo. "
            "Residents said soldiers beat them. CIP Mugabo denied the claims.",
            "Theoneste Mugabo",
        ),
    ],
)
def test_a_denier_named_again_in_short_is_the_person_named_before(nlp, text, name):
    doc = nlp(text)
    (denial,) = find_denials(doc, find_attributions(doc))
    assert (denial.source.name, denial.source.kind) == (name, "official")


def test_the_claims_rejected_in_a_heading_deny_nothing(nlp):
    text = (
        "KAYA: market fire claims rejected\n\n"
        "Residents said soldiers burned down the market on Monday. The army rejected the claims."
    )
    assert [d.source.name for d in find_denials(nlp(text))] == ["army"]


@pytest.mark.parametrize(
    "text",
    [
        # a refusal withholds, it contradicts no claim
        "The law has allowed border guards to deny entry to people crossing the river.",
        "The court denied bail to the two men on Friday.",
        # a court turning down a party's motion
        "The tribunal rejected the appeal lodged by the two officers on Monday.",
        "The judges found the defence's arguments weak and rejected them.",
        # a refusal to say either way
        "The prosecutor would neither confirm nor deny the detention on Friday.",
        "The ministry declined to confirm or deny the report.",
        # not disputing grants the claim
        "The owner did not dispute that his crew were taken off the boat and held.",
        # an accusation of anything but lies
        "The prosecutor accused the driver of theft and of lying to officers.",
        # calling a report anything but false
        "The minister called the report a wake-up call for the ministry.",
        "The mayor did not call the reports false.",
    ],
)
def test_a_refusal_is_no_denial(nlp, text):
    assert find_denials(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Disaster Office said in a statement on Wednesday that the posts were false.",
            "Disaster Office",
        ),
        # what was shared, called false
        (
            "Videos shared online claimed the dam had burst. Ana Ruiz, director of the dam "
            "authority, stated that this information is false.",
            "Ana Ruiz",
        ),
        # the second of two clauses told
        (
            "Migrants said the guards beat them. Colonel Ali Mansour told a radio station on "
            'Monday that no force was used, and that the account of beatings was "a lie".',
            "Ali Mansour",
        ),
        (
            "Migrants said the guards beat them. On Monday Colonel Ali Mansour told the station "
            'Radio Coast Info that "no force of any kind" was used against the migrants during '
            'the operation, and that the account of beatings was "a lie spread by smugglers".',
            "Ali Mansour",
        ),
        ('"The claims of the opposition are untrue," said Ana Ruiz, a spokeswoman.', "Ana Ruiz"),
        # saying the event never happened
        ("The Ministry of the Interior says that did not happen.", "Ministry of the Interior"),
        ("The port authority said this never took place.", "port authority"),
        (
            '"Our checks found that no such kidnapping took place," said Ana Ruiz, a police '
            "spokeswoman.",
            "Ana Ruiz",
        ),
        (
            '"No armed men landed near the port on Sunday, and nobody was killed there," the '
            "party's leader, Pedro Nguema, said in a statement.",
            "Pedro Nguema",
        ),
        # ... in a quotation opened after the speaker and a colon
        (
            'On Friday, however, the Ministry of Home Affairs said in a statement: "No person '
            'has been arrested in Tiko in connection with the robbery."',
            "Ministry of Home Affairs",
        ),
        # a claim said to be made up, in the passive
        (
            "Army spokesman Avi Ronen said jets struck two launchers. He added that the "
            "militia's claim of a hit near Dafna was invented.",
            "Avi Ronen",
        ),
        # calling the claims rumours
        (
            'A Justice Bureau spokeswoman said that "recent online claims about the raids are '
            'rumours and smears".',
            "Justice Bureau",
        ),
        # calling the report false, or branding or describing it so
        ("The Office of the Governor called the report false.", "Office of the Governor"),
        ("The Interior Ministry branded the claims baseless.", "Interior Ministry"),
        ("The Interior Ministry described the posts as fake news.", "Interior Ministry"),
        # accusing those who told it of lies
        (
            'The Interior Ministry accused the opposition and "foreign agents" of "spreading '
            'lies" about the raid.',
            "Interior Ministry",
        ),
    ],
)
def test_a_source_calling_the_claims_false_denies_them(nlp, text, name):
    doc = nlp(text)
    (denial,) = find_denials(doc, find_attributions(doc))
    assert denial.source.name == name


def test_a_speaker_saying_no_one_set_fire_denies_the_burning(nlp):
    # 'set' names no action alone; with its object 'fire' it names the burning
    text = (
        'The army spokesman, Colonel Etienne Nkodo, said on Monday: "No soldier set fire to '
        'any house in Guzang."'
    )
    (denial,) = find_denials(nlp(text), find_attributions(nlp(text)))
    assert denial.source.name == "Etienne Nkodo"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "The Interior Ministry's reply was flat: \"At no moment did agents of the National "
            'Police fire their weapons in Kessa."',
            "Interior Ministry",
        ),
        ('The Defence Ministry said: "Our troops did not shell the market."', "Defence Ministry"),
        # a ministry over no such force, or no weapon named, denies nothing
        ('The Health Ministry said: "Agents of the police did not fire their weapons."', None),
        ('The Interior Ministry said: "Agents of the police did not use the new cars."', None),
    ],
)
def test_a_ministry_denies_what_the_forces_under_it_were_said_to_do(nlp, text, denier):
    found = find_denials(nlp(text), find_attributions(nlp(text)))
    assert [d.source.name for d in found] == ([denier] if denier else [])


@pytest.mark.parametrize(
    "text",
    [
        '"Not a single mortar round was fired at the village," said the spokeswoman, Ana Ruiz.',
        '"I want to state clearly: not a single round was fired at the village," said the '
        "spokeswoman, Ana Ruiz.",
        # the weapon as the subject of its passive use
        '"No live ammunition was used in Kessa last night," said the spokeswoman, Ana Ruiz.',
    ],
)
def test_not_a_single_round_fired_said_at_once_denies_the_shelling(nlp, text):
    (denial,) = find_denials(nlp(text), find_attributions(nlp(text)))
    assert denial.source.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        (
            'The defence ministry said its drones struck "only terrorist shelters" and that "no '
            'civilian was harmed by our fire in the Zakho area".',
            True,
        ),
        ('The army said in a statement: "No civilians were hurt during the operation."', True),
        # dying told as a life lost
        ('Governor Paul Adjovi added: "No civilian lost their life in Dassa."', True),
        # no one hurt, said of an accident, answers no claim
        ('The fire brigade said: "No one was hurt in the blaze."', False),
    ],
)
def test_a_speaker_saying_no_civilian_was_harmed_denies_the_harm(nlp, text, denied):
    doc = nlp(text)
    assert bool(find_denials(doc, find_attributions(doc))) == denied


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Posts claimed that a detainee died in custody on Sunday. The claim is baseless.", True),
        ("Posts claimed that a detainee died in custody. These reports are false.", True),
        # a source's words, or a claim the author does not call false, deny nothing here
        ('Posts claimed that a detainee died. "The claim is baseless," the mayor said.', False),
        ("Posts claimed that a detainee died in custody. The claim is serious.", False),
        # the publisher naming itself as it speaks ('This Office', 'We')
        (
            "Portals claimed that police fired at the crowd. This Office would like to make it "
            "clear that such news is false and misleading.",
            True,
        ),
        (
            "Posts claimed that a detainee died. We wish to state that these reports are false.",
            True,
        ),
        # a body that is not the page's own
        (
            "Posts claimed that a detainee died. The Council would like to make it clear that "
            "such news is false.",
            False,
        ),
    ],
)
def test_the_author_calling_the_claim_false_in_its_own_voice_denies_it(nlp, text, denied):
    doc = nlp(text)
    author = Source("", "District Police Example", "author")
    found = [
        d for d in find_denials(doc, find_attributions(doc), author) if d.source.kind == "author"
    ]
    assert bool(found) == denied


def test_a_spokesperson_calling_this_untrue_after_the_claims_denies_them(nlp):
    text = (
        '"We are aware of posts on social media claiming a second person was stabbed on '
        'Parliament Road. This is untrue," the police spokesperson said.'
    )
    doc = nlp(text)
    (denial,) = find_denials(doc, find_attributions(doc))
    assert denial.text.startswith("This is untrue") and denial.source.kind == "official"


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            'The Dawn Force said in a statement: "Our units did not shell the hospital."',
            "The Dawn Force",
        ),
        (
            'A spokesman of the faction told a radio station that "our group did not plant the '
            'bomb on the highway."',
            "A spokesman of the faction",
        ),
        ('"We did not attack any village," the army spokesman said.', "the army spokesman"),
        # one they are said to have held, never arrested
        (
            'The interior ministry said Omar "was never arrested by the security forces" and '
            "had come of his own free will.",
            "The interior ministry",
        ),
        ("A police spokeswoman said the student was never detained.", "A police spokeswoman"),
        # no part in the event
        (
            "The rebels' spokesman said: \"We have no connection to the explosion near the "
            'port on Friday."',
            "The rebels' spokesman",
        ),
        ("The militia said it had nothing to do with the bombing of the bus.", "The militia"),
        (
            "A police spokesman said it played no part in the raid on the camp.",
            "A police spokesman",
        ),
        # a second denial joined to the quotation's opening one
        (
            'The state police command said: "No police officer discharged a firearm at any '
            "polling unit in the district on election day, and no voter was killed by the "
            'police anywhere."',
            "The state police command",
        ),
        # the body the speaker speaks for, named as the one that did not do it
        (
            'A spokesman for the river police told reporters: "The river police did not '
            'shoot at the ferry."',
            "A spokesman for the river police",
        ),
        (
            'Major Ana Lemma, a spokeswoman for the Air Force, told the radio: "The Air Force '
            'did not conduct any drone strike on the town."',
            "Major Ana Lemma, a spokeswoman for the Air Force",
        ),
        # nothing of the kind on record, by whose records say so or who tells it
        (
            "No such incident of burning of huts by the police in the village has been "
            "reported by the district administration.",
            "the district administration",
        ),
        (
            "No case of abduction was registered at the Kotri station, the police said.",
            "the police",
        ),
        # negated by 'at no point', and after a colon the body's reply names
        (
            '"At no point did our soldiers shoot at the protesters," the army said.',
            "the army",
        ),
        (
            'The army\'s reply was blunt: "At no moment did our soldiers shoot at the crowd."',
            "The army",
        ),
    ],
)
def test_the_accused_saying_they_did_not_do_it_deny_it(nlp, text, denier):
    doc = nlp(text)
    (denial,) = find_denials(doc, find_attributions(doc))
    assert denial.source.text == denier


@pytest.mark.parametrize(
    "text",
    [
        '"We do not target civilians," the spokesman of the faction said.',
        '"We have not been able to reach the village," a doctor said.',
        "Soldiers found a bomb planted under the bridge and defused it, police said.",
        # not 'never': a plain report of what was not done
        "Police said the two men were not arrested.",
        # no one named it was done to
        "The minister said such raids were never carried out lightly.",
        # no part in what is no event
        "The minister said he had no connection to the company.",
        "Residents said they had no part in the talks.",
        # another body, not the speaker's, did not do it: an account, no denial
        'A spokesman for the army said: "The rebels did not shell the village."',
        # nothing on record, of no kind named
        "No incident was reported during the march, the police said.",
        "No casualties were reported by the district administration.",
        # a death denied late in a quotation that opened with no denial
        'The police said: "Officers cleared the road after a long night of work, and no voter '
        'was killed by the police anywhere."',
    ],
)
def test_what_the_speaker_never_does_or_could_not_do_denies_nothing(nlp, text):
    doc = nlp(text)
    assert find_denials(doc, find_attributions(doc)) == []


def test_a_speakers_turn_opening_with_no_one_harmed_denies_it_as_a_quotation_does(nlp):
    text = (
        "REPORTER (Radio Sur): Leaders say three children were killed in the raid.\n\n"
        "MINISTER OSPINA: No child was killed in any operation of the army in the valley. "
        "The ombudsman can check it.\n"
    )
    doc = nlp(text)
    denials = find_denials(doc, find_attributions(doc))
    assert [d.source.name for d in denials] == ["OSPINA"]
    assert "No child was killed" in denials[0].text


def test_a_sentence_whose_two_verbs_deny_is_one_denial(nlp):
    text = (
        "The next day the spokesperson of the district, Mira Sayed, rejected the claim, saying "
        'that "no student has been detained by any agency in Kotri".'
    )
    doc = nlp(text)
    (denial,) = find_denials(doc, find_attributions(doc))
    assert denial.source.name == "Mira Sayed"


def test_an_outlet_named_news_that_rejects_an_account_denies_it(nlp):
    # 'news' names claims only in lower case ('such news is false')
    text = (
        "The defence ministry said its aircraft had struck four fighters in the Metina region."
        "\n\nDelta News, an outlet close to the rebels, rejected the ministry's account."
    )
    doc = nlp(text)
    author = Source("", "Border Herald", "author")
    (denial,) = find_denials(doc, find_attributions(doc), author)
    assert denial.source.name.startswith("Delta News")


@pytest.mark.parametrize(
    "text",
    [
        '"The BPS is not involved in the alleged abduction of Mr Banda," the spokeswoman, Ana '
        "Ruiz, said.",
        "The spokeswoman, Ana Ruiz, said the army was not involved in the attack on the market.",
    ],
)
def test_a_speaker_saying_someone_was_not_involved_in_an_event_denies_it(nlp, text):
    (denial,) = find_denials(nlp(text), find_attributions(nlp(text)))
    assert denial.source.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "deniers"),
    [
        (
            'The spokeswoman, Ana Ruiz, said: "Contrary to the claims circulating on social '
            'media, the air force did not strike any school in Kidal this week."',
            ["Ana Ruiz"],
        ),
        (
            "Contrary to earlier reports, no soldiers were killed in the ambush near Tessalit, "
            "the spokeswoman, Ana Ruiz, said.",
            ["Ana Ruiz"],
        ),
        # what did happen, against the reports, corrects them and denies nothing
        (
            "Contrary to earlier reports, the rebels attacked Tessalit on Monday, the "
            "spokeswoman, Ana Ruiz, said.",
            [],
        ),
        # against expectations, not claims
        (
            "Contrary to expectations, no soldiers were killed in the ambush, the spokeswoman, "
            "Ana Ruiz, said.",
            [],
        ),
    ],
)
def test_what_did_not_happen_set_against_the_claims_denies_them(nlp, text, deniers):
    denials = find_denials(nlp(text), find_attributions(nlp(text)))
    assert [d.source.name for d in denials] == deniers


def test_not_involved_in_what_is_no_event_denies_nothing(nlp):
    text = "The spokeswoman, Ana Ruiz, said the army was not involved in the talks."
    assert find_denials(nlp(text), find_attributions(nlp(text))) == []


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            "According to the parish council, he was shot by one of the guards.\n\nPT Lembah "
            "Hijau Sentosa tells another story. In a statement, the company denied that its "
            "guards were armed.",
            "Lembah Hijau Sentosa",
        ),
        (
            "According to the parish council, guards of Kasai Gold Mining Ltd shot two diggers."
            "\n\nThe company denied that its guards were armed.",
            "Kasai Gold Mining Ltd",
        ),
        # a letter's defined term, paragraphs after its definition
        (
            'Kasai Gold Mining, S.A. (hereinafter "the Company") hereby notifies the Agency.'
            "\n\nThe Administrator stated that the shots were fired by Company guards.\n\n"
            "The Company rejects these accusations.",
            "Kasai Gold Mining",
        ),
    ],
)
def test_the_company_is_the_one_named_before_by_its_legal_form(nlp, text, denier):
    (denial,) = find_denials(nlp(text), find_attributions(nlp(text)))
    assert (denial.source.name, denial.source.kind) == (denier, "organization")
