"""Which denial answers which report, end to end through `extract` on short texts."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrail.extract import extract
from claimtrail.ingest.text import article_id
from claimtrail.model import Article


def reports_of(text: str, published: date):
    return extract(Article(id=article_id(text), text=text, published=published)).reports


@pytest.mark.parametrize(
    ("text", "certainty"),
    [
        (
            "A local radio station reported that rebels attacked an army post near Palma on "
            "12 May. The defence ministry denied that any attack had taken place there.",
            "denied",
        ),
        (
            "Residents said soldiers shot dead a miner near Kibi on 3 May. The army denied "
            "that any of its soldiers had fired at the man.",
            "denied",
        ),
        (
            "Police arrested five men in Kibi on 3 May, residents said. The ministry denied "
            "that the men were beaten in custody.",
            "reported",
        ),
        # Opening the next paragraph: only the accused or the same kind of event answers.
        (
            "The state agency said SDF fighters attacked army posts near Mayadin on 12 May.\n\n"
            "Amed Ciwan, a spokesman for the SDF, denied the account.",
            "denied",
        ),
        (
            "Villagers said helicopters landed near Sangin on 12 May.\n\n"
            "The ministry has repeatedly denied these reports.",
            "reported",
        ),
        (
            "Radio Bikol reported that the dike in Bula had been breached on 12 May. An hour "
            "later, the provincial office denied it.",
            "denied",
        ),
        (
            "Police arrested five men in Kibi on 12 May, residents said.\n\n"
            "The ministry denied it had plans to close the market.",
            "reported",
        ),
        (
            "Traders alleged that guards assaulted two porters at the Kibi market on 12 May.\n\n"
            "The mine manager denied the allegation.",
            "denied",
        ),
        # the claim just told, said not to have happened
        (
            "The union says two of its delegates were arrested in Kibi on 12 May.\n\n"
            "The Government says that did not happen.",
            "denied",
        ),
        # 'it' opening the next paragraph is the claim just told
        (
            "Residents said soldiers burned 20 houses in Kona on 12 May.\n\nThe army denied it.",
            "denied",
        ),
        # A denial about another town answers no report from this one.
        (
            "A witness said fighters attacked a camp in Bambari on 2 May, killing nine.\n\n"
            "A defence lawyer denied that his client took part in any attack on the village "
            "of Grimari.",
            "reported",
        ),
        (
            "A witness said fighters attacked a camp in Bambari on 2 May, killing nine.\n\n"
            "A defence lawyer denied that his client took part in any attack in Bambari.",
            "denied",
        ),
        (
            "Officials in Bambari claimed that drones struck a depot there on 2 May. The army "
            "rejected the claims, calling them a pretext for raids on the town of Grimari.",
            "denied",
        ),
        (
            "Traders alleged that guards assaulted two porters at the Kibi market on 12 May.\n\n"
            "The mine manager has repeatedly denied the allegation.",
            "reported",
        ),
        # A social-media post is a claim like any other.
        (
            "A militia wrote in a post on its Telegram channel that its men attacked a "
            "checkpoint near Kibi on 12 May.\n\nThe army dismissed the post as propaganda.",
            "denied",
        ),
        (
            "The defence ministry said its jets struck rebel positions near Kibi on 12 May.\n\n"
            "A rebel radio station rejected the ministry's account.",
            "denied",
        ),
        # One state's ministry denies another state's: the same role, not the same source;
        # the accused state, named by its country, may answer a paragraph on.
        (
            "Georgian forces shelled Russian positions near Akhalgori on 12 May, Russia's "
            "Defence Ministry said.\n\nThe ministry's spokesman said two soldiers were "
            "hurt.\n\nGeorgia's Defence Ministry rejected the claim.",
            "denied",
        ),
        (
            "Georgian forces shelled Russian positions near Akhalgori on 12 May, Russia's "
            "Defence Ministry said.\n\nThe ministry's spokesman said two soldiers were "
            "hurt.\n\nFrance's Foreign Ministry rejected the claim.",
            "reported",
        ),
        # only the claimant's own words between the claim and 'rejected the claim'
        (
            "The local MP, John Kaupa, claimed that policemen had set fire to eight houses "
            'near Wabag on 12 May.\n\n"Villagers told me the policemen poured petrol on their '
            'houses," Mr Kaupa said by phone.\n\nThe police commander, Peter Ipatas, '
            "rejected the claim.",
            "denied",
        ),
        (
            "The local MP, John Kaupa, claimed that policemen had set fire to eight houses "
            "near Wabag on 12 May.\n\nA church leader said the valley had been quiet for "
            "weeks.\n\nThe police commander, Peter Ipatas, rejected the claim.",
            "reported",
        ),
    ],
)
def test_which_denials_answer_a_report(nlp, text, certainty):
    (report,) = reports_of(text, date(2024, 5, 20))
    assert report.certainty == certainty


def test_a_denial_paragraphs_later_naming_the_same_strike_on_its_day_answers_it(nlp):
    text = (
        "A video posted on Sunday claims that a drone struck the market in Gondar on Saturday."
        "\n\nThe clip shows smoke over a crowded square.\n\nTraders said the market opened as"
        " usual.\n\nThe city spokesman, Abebe Tesfaye, denied that any drone strike had taken"
        " place in the town on Saturday."
    )
    (report,) = reports_of(text, date(2026, 3, 4))
    assert (report.action, report.certainty) == ("airstrike", "denied")


def test_a_denial_that_it_happened_in_the_week_that_holds_its_day_answers_it(nlp):
    text = (
        "A news site reported on Wednesday that a trader had been abducted outside a hotel in "
        "Johor Bahru last Friday night.\n\n"
        "The report was widely shared on social media.\n\n"
        'The state police chief, Harith Abidin, said the claim was unverified. "Our checks '
        'found that no such kidnapping took place in Johor Bahru last week," he said.'
    )
    (report,) = reports_of(text, date(2027, 9, 23))
    assert (report.action, report.certainty) == ("abduct", "denied")


@pytest.mark.parametrize(
    ("claim", "certainty"),
    [
        ("Posts shared on Monday claimed that the Wadi Ham dam in Fujairah had burst.", "denied"),
        ("Residents said that soldiers set fire to houses in Kibossi on Monday.", "denied"),
        # a denial of another kind of event answers nothing
        ("Residents said that a landslide buried houses in Kibossi on Monday.", "reported"),
    ],
)
def test_a_denial_of_a_claim_just_before_the_claim_is_told_answers_it(nlp, claim, certainty):
    denials = {
        "Fujairah": "The disaster authority rejected a claim that a dam in Fujairah had burst.",
        "Kibossi": "The army rejected claims that soldiers had burned houses in Kibossi.",
    }
    denial = next(d for place, d in denials.items() if place in claim)
    (report,) = reports_of(f"{denial}\n\n{claim}", date(2027, 1, 19))
    assert report.certainty == certainty


def test_a_denial_naming_whose_account_it_rejects_answers_that_account(nlp):
    # two paragraphs on, past another source's account, the denier names the claimant;
    # the claimant's two paragraphs on the one ramming stay one account, denied
    text = (
        "A navy frigate rammed a fishing trawler off Lampedusa on Tuesday, damaging its "
        "hull, the coast guard said.\n\n"
        "The frigate struck the trawler's bow at about 2 p.m. about 3 nautical miles south "
        "of Lampione, after ignoring radio warnings, the coast guard said in a statement on "
        "Tuesday night.\n\n"
        "Fishermen said a second trawler was chased out of the area by a patrol boat.\n\n"
        'The defence ministry rejected the coast guard\'s account. "There was no collision," '
        "a ministry spokesman said."
    )
    reports = reports_of(text, date(2027, 4, 15))
    rammed = [r for r in reports if "rammed" in r.text]
    assert [(r.action, r.certainty) for r in rammed] == [("attack", "denied")]
    assert "struck the trawler's bow" in rammed[0].text


def test_a_claim_the_claimants_go_on_retelling_is_the_one_called_false(nlp):
    # the paragraph between retells the seizure and describes the barge; neither is another
    # account that the denial might answer instead
    text = (
        "A news site on Guam reported on Sunday, citing residents of Songsong, that port "
        "officials had seized a relief shipment at West Harbor on Thursday. The residents "
        "told the site that the crew of the barge that delivered the cargo had described the "
        "seizure to them.\n\n"
        "The Office of the Governor called the report false."
    )
    seized = [r for r in reports_of(text, date(2029, 10, 16)) if r.action == "seize"]
    assert [r.certainty for r in seized] == ["denied"]


def test_the_army_does_not_deny_its_own_spokesmans_account(nlp):
    text = (
        "An army spokesman, Colonel Ali Traore, said a patrol had killed four gunmen near "
        "Kona on 12 May.\n\nThe Malian army rejected claims that soldiers had shot civilians."
    )
    (report,) = reports_of(text, date(2024, 5, 20))
    assert report.certainty == "reported"


def test_a_claim_the_denial_repeats_and_calls_false_is_no_report_of_its_own(nlp):
    text = (
        "Georgian forces shelled Russian positions near Akhalgori on 12 May, Russia's "
        "Defence Ministry said. Georgia's Defence Ministry rejected the claim. \"The report "
        'that our units shelled positions near Akhalgori is disinformation," it said.'
    )
    (report,) = reports_of(text, date(2024, 5, 20))
    assert (report.action, report.certainty) == ("shell", "denied")


def reading_of(text: str, published: date):
    return extract(Article(id=article_id(text), text=text, published=published))


def test_a_source_saying_the_claimed_event_did_not_happen_denies_the_claim():
    text = (
        "Several herders, quoted by a community radio station, claimed that soldiers set fire "
        "to their huts near Kaya on Tuesday.\n\n"
        '"Soldiers did not set fire to any hut near Kaya on Tuesday," army spokesman Major '
        "Issa Ouedraogo said."
    )
    reading = reading_of(text, date(2027, 6, 10))
    # the negated account is the denial of the herders' claim, not an account of its own
    assert [(r.action, r.certainty) for r in reading.reports] == [("attack", "denied")]  # arson
    assert [d.source.name for d in reading.denials] == ["Issa Ouedraogo"]


def test_a_source_saying_an_event_of_another_day_did_not_happen_denies_nothing():
    text = (
        "Several herders, quoted by a community radio station, claimed that soldiers set fire "
        "to their huts near Kaya on Tuesday.\n\n"
        '"Soldiers did not set fire to any hut near Kaya on Sunday," army spokesman Major '
        "Issa Ouedraogo said."
    )
    reading = reading_of(text, date(2027, 6, 10))
    assert ("attack", "reported") in [(r.action, r.certainty) for r in reading.reports]
    assert reading.denials == ()


@pytest.mark.parametrize(
    ("text", "action", "certainty"),
    [
        # the denial is the heading of the section below
        (
            "A man stabbed a cashier at a shop in Ruwi on Sunday, police said. The suspect was "
            "reportedly arrested hours later.\n\n"
            "SEEB: Ministry denies worker died in the heat\n\n"
            "The labour ministry has rejected claims that a worker died of heatstroke in Seeb.",
            "arrest",
            "alleged",
        ),
        # the denial stands under a later section's heading
        (
            "Air defences shot down a drone over the province late on Tuesday, the state "
            "agency reported, citing the defence ministry.\n\n"
            "Arrests of a 'cell' denied\n\n"
            "The interior ministry said it had arrested six men. An opposition group rejected "
            "the ministry's account.",
            "attack",
            "reported",
        ),
    ],
)
def test_a_heading_ends_what_a_denial_may_answer(text, action, certainty):
    certainties = {r.action: r.certainty for r in reports_of(text, date(2027, 10, 14))}
    assert certainties[action] == certainty


def test_a_body_whose_name_shares_only_common_words_with_the_source_denies_its_account(nlp):
    text = (
        "The state-run news site Zapad-Inform, citing the State Border Committee, reported on "
        "Wednesday that Latvian guards had fired tear gas at a Belarusian patrol near Druja on "
        "Tuesday night.\n\nThe State Border Guard rejected the claim."
    )
    (report,) = reports_of(text, date(2027, 11, 19))
    assert report.certainty == "denied"


def test_the_accused_force_rejecting_the_accusation_a_paragraph_on_answers_it(nlp):
    text = (
        "Residents of Kouri, a village near Dori, told this site that soldiers and militiamen"
        " killed nine herders on Sunday 12 May.\n\n"
        '"They came in pick-ups around seven. They gathered the men by the well and shot'
        ' them," a herder said by telephone. "It was Sunday, the 12/05."\n\n'
        "The army rejected the accusation."
    )
    killing = [r for r in reports_of(text, date(2024, 5, 20)) if r.action == "kill"]
    assert [r.certainty for r in killing] == ["denied"]


def test_a_force_rejecting_a_claim_does_not_answer_its_own_officials_account(nlp):
    text = (
        "Soldiers recovered eight rifles near Kouri on 12 May, the defence ministry's"
        " spokesman said.\n\n"
        "Residents of Kouri told reporters that soldiers rounded up 20 young men at the"
        " market on Monday.\n\n"
        "The army rejected the claim."
    )
    seizure = [r for r in reports_of(text, date(2024, 5, 20)) if r.action == "seize"]
    assert [r.certainty for r in seizure] == ["reported"]


def test_a_burning_denied_in_the_passive_answers_the_arson():
    text = (
        "In the early hours of Sunday 7 November, soldiers entered Guzang. According to "
        "residents who saw it, the soldiers went from compound to compound and set fire to at "
        "least ten houses.\n\nSpeaking on the radio on Monday, the army spokesman, Colonel "
        'Etienne Nkodo, declared: "Our men carried out a lawful search operation in Guzang. No '
        'house was set on fire by the Defence and Security Forces in Guzang."'
    )
    burning = reports_of(text, date(2032, 11, 17))[0]
    assert (burning.action, burning.certainty) == ("attack", "denied")


def test_a_denial_of_a_burning_answers_the_burning_not_the_flight_told_after_it():
    text = (
        "Residents said soldiers set fire to houses in Guzang, Cameroon, on Sunday 7 November."
        "\n\nA catechist said more than 120 families fled from Guzang into the bush on Sunday."
        '\n\nThe army spokesman, Colonel Etienne Nkodo, said on Monday: "No soldier set fire to '
        'any house in Guzang."'
    )
    burning, flight = reports_of(text, date(2032, 11, 17))
    assert (burning.action, burning.certainty) == ("attack", "denied")  # arson
    assert (flight.action, flight.certainty) == ("displace", "reported")


def test_a_rejection_naming_whose_account_it_rejects_answers_no_other_sources():
    text = (
        "On 3 September a campaign bus was stoned on the road into Mocuba by about 30 men, "
        "according to opposition party agents. The director of Mocuba District "
        "Hospital said that six people were treated for injuries that evening.\n\n"
        "The ruling party's district secretary, Ana Cossa, rejected the party agents' account. "
        '"No member of our party stoned the bus," she said.'
    )
    certainty = {r.action: r.certainty for r in reports_of(text, date(2032, 9, 5))}
    assert certainty == {"attack": "denied", "injure": "reported"}


def test_a_denial_of_the_shooting_at_the_place_after_a_stage_direction_answers_the_killing(nlp):
    text = (
        "HON. AMANI KASEREKA: On Saturday evening, a police officer shot dead a driver at the "
        "checkpoint at Mudzipela, in Bunia.\n\n"
        "[Interruption]\n\n"
        "MR JEAN BAHATI (Minister of the Interior): Madam Chair, I must answer that. No driver "
        "was shot by a police officer in Bunia on Saturday evening."
    )
    kills = [r for r in reports_of(text, date(2032, 3, 10)) if r.action == "kill"]
    assert [r.certainty for r in kills] == ["denied"]


def test_a_denial_of_arson_at_the_place_answers_no_killing_told_beside_it(nlp):
    text = (
        "Residents said soldiers set fire to houses in Guzang on Sunday. The same residents "
        "said soldiers shot dead a motorbike rider in Guzang.\n\n"
        "Most families of the village have been sleeping in the forest since then.\n\n"
        'The army said: "No soldier set fire to any house in Guzang."'
    )
    kills = [r for r in reports_of(text, date(2032, 11, 9)) if r.action == "kill"]
    assert kills and all(r.certainty != "denied" for r in kills)
