"""Grouping sentences into reports, end to end through `extract` on short texts."""

from __future__ import annotations

from datetime import date

import pytest

from claimtrail.extract import extract
from claimtrail.ingest.text import article_id
from claimtrail.model import Article, Place
from claimtrail.nlp.reports import _where_treated

TEXT = (
    "On March 3, the state news agency cited an anonymous source claiming that soldiers raided "
    "a market in Maiduguri. They reportedly arrested twelve men and took them to an unknown "
    "location.\n\n"
    "Between March 5 and 6, an alleged militia convoy attacked a police post in Kano.\n\n"
    "There have been many reports of soldiers raiding villages in the north.\n\n"
    "The army has repeatedly denied the claims."
)


def reports_of(text: str, published: date, publisher: str | None = None):
    """The reports claimtrail reads in `text`, written on `published` (by `publisher`)."""
    article = Article(id=article_id(text), text=text, published=published, publisher=publisher)
    return extract(article).reports


@pytest.fixture(scope="module")
def reading():
    article = Article(
        id=article_id(TEXT), text=TEXT, publisher="Sahel Monitor", published=date(2024, 3, 10)
    )
    return extract(article)


def test_one_report_per_account_and_one_more_for_its_arrests(reading):
    assert [(r.action, r.when.start, r.when.end) for r in reading.reports] == [
        ("attack", date(2024, 3, 3), date(2024, 3, 3)),
        ("arrest", date(2024, 3, 3), date(2024, 3, 3)),
        ("attack", date(2024, 3, 5), date(2024, 3, 6)),
    ]
    raid, arrests = reading.reports[:2]
    assert (raid.start, raid.end) == (arrests.start, arrests.end) and raid.id != arrests.id


def test_report_text_is_the_slice(reading):
    for report in reading.reports:
        assert reading.article.text[report.start : report.end] == report.text


def test_continuation_keeps_the_chain_and_adds_the_hedge(reading):
    for report in reading.reports[:2]:
        assert [s.kind for s in report.sources] == ["news_agency", "anonymous"]
        assert [h.text for h in report.hedges] == ["reportedly"]
        assert report.certainty == "reported"


def test_unattributed_hedged_claim_is_alleged_and_belongs_to_the_author(reading):
    second = reading.reports[2]
    assert second.certainty == "alleged"
    assert [(s.kind, s.name) for s in second.sources] == [("author", "Sahel Monitor")]


def test_places_are_attached(reading):
    assert any((p.name or p.text) and p.country == "NG" for p in reading.reports[0].where)
    assert any(p.country == "NG" for p in reading.reports[2].where)


def test_denial_found(reading):
    (denial,) = reading.denials
    assert denial.source.kind == "official"
    assert denial.text == "The army has repeatedly denied the claims."


def test_negated_event_is_denied(nlp):
    text = "On May 2, the governor said that troops did not attack the village of Gashua in Yobe."
    (report,) = reports_of(text, date(2024, 5, 9))
    assert report.certainty == "denied"


@pytest.mark.parametrize(
    ("text", "certainties"),
    [
        # on no one's word, a negated event is only the author saying it did not happen
        (
            "Police stopped a driver at a checkpoint in Tamale on Friday night and searched his "
            "car for two hours. The driver was not arrested.",
            [],
        ),
        # a hedged one is still an account
        ("A grenade was reportedly thrown at a police post in Tamale on Friday.", ["alleged"]),
    ],
)
def test_an_event_the_author_says_did_not_happen_is_no_report(nlp, text, certainties):
    assert [r.certainty for r in reports_of(text, date(2027, 11, 18))] == certainties


def test_a_lead_on_no_ones_word_takes_the_source_and_day_of_the_next_paragraph(nlp):
    text = (
        "A family of five escaped unhurt after their house in Ardee was set alight in what "
        "police are treating as a deliberate attack.\n\n"
        "Police in Drogheda said petrol was poured through the letterbox at about 2am on "
        "Saturday and the hall was badly damaged."
    )
    (report,) = reports_of(text, date(2027, 11, 18))
    assert report.when is not None and report.when.start == date(2027, 11, 13)
    assert [s.kind for s in report.sources] == ["official"]
    assert report.certainty == "reported"
    assert report.where and report.where[0].text == "Ardee"


def test_a_dated_lead_on_no_ones_word_is_the_account_its_next_sentence_sources(nlp):
    text = (
        "During the night of 3 to 4 June, the port of Kherson came under a drone attack. "
        "According to the regional governor, drones struck a grain warehouse in Kherson "
        "shortly after 02:00 on Tuesday, 4 June."
    )
    (report,) = reports_of(text, date(2031, 6, 5))
    assert report.action == "airstrike"  # the kind the source tells of the lead's attack
    assert report.when is not None and report.when.start == report.when.end == date(2031, 6, 4)
    assert [s.kind for s in report.sources] == ["official"]


def test_a_table_rows_cells_do_not_bend_the_parse_of_the_incident(nlp):
    text = (
        "Rif Dimashq\nDate | Place | Incident | Killed | Source\n"
        "14/07/2031 | al-Kiswah, south of Damascus | At about 02:15, warplanes of the Israeli "
        "air force struck a former army depot on the western outskirts of al-Kiswah, now used "
        "by units of the Ministry of Defence. Two members of the forces were killed. | 2 | "
        "SCW sources\n"
    )
    reports = reports_of(text, date(2031, 7, 15))
    # the strike, and the deaths told in the cell's next sentence as a report of their own
    assert [r.action for r in reports] == ["airstrike", "kill"]
    assert all(r.when is not None and r.when.start == date(2031, 7, 14) for r in reports)


def test_a_count_over_a_whole_month_is_no_occurrence_but_a_night_is(nlp):
    text = (
        "In March 2031 the observatory recorded 676 protests. At least 31 people were arrested "
        "in connection with protests during the month, and one protester died. "
        "During the night, gunmen attacked the village of Kibati."
    )
    assert [r.action for r in reports_of(text, date(2031, 4, 6))] == ["attack"]


def test_report_without_a_place_takes_the_paragraph_place(nlp):
    text = (
        "Russian artillery shelled a water plant in Nikopol on Sunday, the governor said. "
        "She said the same plant had been shelled on November 3, 2023."
    )
    reports = reports_of(text, date(2024, 9, 16))
    assert [r.when.start for r in reports] == [date(2024, 9, 15), date(2023, 11, 3)]
    assert reports[1].where and reports[1].where[0].text == "Nikopol"


@pytest.mark.parametrize(
    ("text", "published", "event_day"),
    [
        # the dateline's date is the telling
        (
            "NAIROBI, March 14 (Wire Service) - Gunmen attacked a bus near Garissa on Tuesday, "
            "killing four passengers, police said.",
            date(2024, 3, 14),
            date(2024, 3, 12),
        ),
        # a date in a relative clause belongs to its noun
        (
            "According to the charge sheet, which was filed on Monday, the accused attacked "
            "a guard post in Kibi on 3 May.",
            date(2024, 5, 20),
            date(2024, 5, 3),
        ),
        # the statement's day comes first, the told clause carries the event's own day
        (
            "In a second statement on Thursday, the army said soldiers had repelled an "
            "assault on the town of Kolofata on Wednesday night, killing two gunmen.",
            date(2024, 5, 17),
            date(2024, 5, 15),
        ),
        # a day inside the told clause, though the parser hangs it on the speech verb
        (
            "The municipality said in a notice dated 13.05.2024 that it had, the previous day, "
            "moved 40 residents of Kibi from the houses nearest the river to the school.",
            date(2024, 5, 17),
            date(2024, 5, 12),
        ),
        # a day right after the event's own words, which the parser hangs on the told clause
        (
            "A 30-year-old man was in a serious condition in hospital last night after being "
            "stabbed on Queen Street, Avarua, in the early hours of Sunday, police said.",
            date(2027, 9, 15),
            date(2027, 9, 12),
        ),
        # a wire's dateline with the agency in brackets after the place
        (
            "KAYES (APS), 17 May - A flash flood swept through the market quarter of Kayes late "
            "on Tuesday after a night of heavy rain, the governor's office said.",
            date(2024, 5, 17),
            date(2024, 5, 14),
        ),
    ],
)
def test_the_event_date_not_the_date_of_its_telling(nlp, text, published, event_day):
    (report,) = reports_of(text, published)
    assert report.when.start == event_day
    assert [s.kind for s in report.sources] == ["official"]


def test_speaker_after_a_long_claim_without_a_parsed_subject(nlp):
    text = (
        "A blast ripped through a storage depot at the port of Mombasa on Friday evening, "
        "injuring five workers and sending smoke over the harbour, the Kenya Ports Authority said."
    )
    (report,) = reports_of(text, date(2024, 3, 16))
    assert report.sources[0].name == "Kenya Ports Authority"


def test_a_country_acting_is_not_where_it_happened(nlp):
    text = (
        "On June 3, Reuters reported that troops evacuated forty families from the town of Mopti. "
        "Officials say Mali evacuates families every rainy season."
    )
    (report,) = reports_of(text, date(2024, 6, 5))
    assert [p.text for p in report.where] == ["Mopti"]
    assert [s.name for s in report.sources] == ["Reuters"]


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested a woman at the airport in Nairobi on Tuesday as she was about to "
        "board a flight to London.",
        "Customs officers seized 300 kg of cocaine hidden in a container shipped from Santos "
        "at the port of Mombasa on Friday.",
        "Police arrested the driver of a lorry bound for Kampala at a checkpoint in Busia on "
        "Friday.",
        "Police found 300 kg of cocaine in a container that had arrived from Santos at the "
        "port of Mombasa on Friday.",
        "Police arrested a man at a checkpoint in Busia on Friday as he tried to leave for "
        "Kampala.",
        "Customs found 900 kg of cocaine in two containers from Santos, Brazil, at the port of "
        "Mombasa on Friday.",
        "Police found 300 kg of cocaine in a container that had arrived from Santos, Brazil, at "
        "the port of Mombasa on Friday.",
        "Police who had followed deliveries of chemicals from Kampala for months arrested two "
        "men at a farm in Busia on Friday.",
    ],
)
def test_where_a_journey_or_a_cargo_went_or_came_from_is_not_where_it_happened(nlp, text):
    (report,) = [r for r in reports_of(text, date(2024, 6, 5)) if r.action in ("arrest", "seize")]
    assert [p.text for p in report.where] in (["Nairobi"], ["Mombasa"], ["Busia"])


@pytest.mark.parametrize(
    "text",
    [
        "Troops evacuated 300 people from Kherson to Mykolaiv on Tuesday, officials said.",
        "About 120 families were moved from homes in Kherson to two schools in Mykolaiv on "
        "Tuesday, the ministry said.",
    ],
)
def test_where_people_were_moved_to_is_no_place_of_the_evacuation(nlp, text):
    (report,) = reports_of(text, date(2027, 1, 19))
    assert [p.text for p in report.where] == ["Kherson"]


def test_the_country_set_off_after_where_someone_comes_from_is_no_place_of_the_event(nlp):
    text = "A driver from Santos, Brazil, was arrested at a checkpoint in Busia on Friday."
    (report,) = reports_of(text, date(2024, 6, 5))
    assert [p.text for p in report.where] == ["Busia"]


def test_every_country_a_list_of_people_comes_from_is_no_place_of_the_event(nlp):
    text = (
        "Firefighters evacuated about 450 bathers, most of them tourists from Albania, Serbia "
        "and Germany, from the beach near Ulcinj on Monday afternoon, the directorate said."
    )
    (report,) = reports_of(text, date(2027, 7, 14))
    assert [p.text for p in report.where] == ["Ulcinj"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # what usually happens is not a report
        (
            "A tanker exploded near Sagamu on Tuesday, the road safety agency said.\n\n"
            "Tanker accidents are common in Ogun State, where most fuel is transported by road.",
            ["explode"],
        ),
        # hundreds of victims over a year are a statistic; a dated single event is kept
        (
            "Gunmen killed four traders near Kaduna on Monday, police said.\n\n"
            "Police say 640 people were killed in attacks across the state in 2024.",
            ["kill"],
        ),
        # a state of things dated by the year it runs on from, or a tally of the year still
        # running, is no account; one occurrence in a past year is
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "The town has been a flashpoint since 2021, when gunmen first attacked its market.",
            ["arrest"],
        ),
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "Police figures show that 71 people were killed in clashes in the province this "
            "year.",
            ["arrest"],
        ),
        # victims of many events over a year are a tally, however few
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "Figures from the mines ministry show that 31 miners died in pit accidents in "
            "the region last year.",
            ["arrest"],
        ),
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "Four workers died on building sites across the country last year, according to "
            "figures from the labour inspectorate.",
            ["arrest"],
        ),
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "Last year two men were killed in the region in a fight over a pit, police said.",
            ["arrest", "kill"],
        ),
        # an occurrence the author dates by a past year is background given in passing
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "In 2019, a task force seized 30 excavators along the same river.",
            ["arrest"],
        ),
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "Last year a task force seized 30 excavators along the same river.",
            ["arrest"],
        ),
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "The town flooded in a similar way in March 2021, when the river rose overnight.",
            ["arrest"],
        ),
        # years back, even on someone's word, it is what the story is measured against
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "The regional police said a task force had seized 30 excavators along the same "
            "river in March 2019.",
            ["arrest"],
        ),
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "Older residents still speak of the floods of 2018, which killed eleven people in "
            "the town.",
            ["arrest"],
        ),
        # what usually happens, dated only by the start of a span, is no account
        (
            "Gunmen attacked a convoy near Djibo on Tuesday, the army said.\n\n"
            "The town has been under blockade since early 2022 and is supplied mostly by "
            "military convoys.",
            ["attack"],
        ),
        # a sentence only naming a told event adds no account
        (
            "Gunmen killed a teacher in the village of Kona near Mopti on Saturday, the army "
            "said.\n\nNo group has claimed Saturday's attack.",
            ["kill"],
        ),
        # the dead and wounded of two decades are a running total, wherever 'since' hangs
        (
            "Gunmen killed a teacher near Mopti on Saturday, the army said.\n\nAccording to a "
            "monitor, more than 9,000 people have been killed and over 12,000 injured in the "
            "region since the insurgency began in January 2012.",
            ["kill"],
        ),
        # a small count over a period that runs on is a tally too
        (
            "Gunmen killed a teacher near Mopti on Saturday, the army said.\n\nAccording to a "
            "monitor, at least 42 civilians have been killed in the region since January.",
            ["kill"],
        ),
        # ... whichever outcome it counts, from the month the period opens with
        (
            "Gunmen killed a teacher near Mopti on Saturday, the army said.\n\nAccording to a "
            "monitor, 41 people were killed and more than 300 abducted in the region between "
            "January and September.",
            ["kill"],
        ),
        (
            "Gunmen killed a teacher near Mopti on Saturday, the army said.\n\nThe monitor "
            "recorded 31 attacks on schools in the region between October and January.",
            ["kill"],
        ),
        # a raid told with its arrests and no one hurt is the operation behind the arrests
        (
            "On Saturday, soldiers and police raided a house in Kona near Mopti and arrested "
            "two men, the army said.",
            ["arrest"],
        ),
        # and so with what it found and seized
        (
            "Police raided a farmhouse near Mopti on Tuesday and found a drug lab, the police "
            "said.",
            ["seize"],
        ),
        # the same act done again to a pronoun, with no day of its own, tells more of it
        (
            "Police in Mopti yesterday arrested a 40-year-old trader over a fake appeal for "
            "flood victims, the radio reported.\n\nThe man had collected money from 30 "
            "people on Friday, the radio said. He was arrested at his shop in the town.",
            ["arrest"],
        ),
        # a count over months told as one period is a statistic
        (
            "Gunmen killed a teacher near Mopti on Saturday, the army said.\n\nThe council "
            "presented its figures for the year so far (January to mid-September 2024): 29 "
            "raids recorded and 17 people killed.",
            ["kill"],
        ),
        # goods looted in the attack's sentence were taken in the attack
        (
            "Gunmen attacked the weekly market near Mopti on Sunday, looting shops, the radio "
            "said.",
            ["attack"],
        ),
        # people taken to an army camp are detained, not evacuated
        (
            "Soldiers detained three men in Kona near Mopti on Saturday and took them to an "
            "army camp, a rights group said.",
            ["arrest"],
        ),
    ],
)
def test_talk_of_events_that_adds_no_occurrence_is_no_report(nlp, text, actions):
    assert [r.action for r in reports_of(text, date(2025, 2, 10))] == actions


def test_the_same_act_done_again_on_its_own_day_is_another_account(nlp):
    text = (
        "Police arrested a trader in Mopti on Monday, the radio said.\n\nHe was released on "
        "bail, and police arrested him again in Mopti on Thursday, the radio said."
    )
    days = [r.when.text for r in reports_of(text, date(2025, 2, 10)) if r.action == "arrest"]
    assert days == ["Monday", "Thursday"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # a past account someone is cited for is one of the story's accounts while recent
        (
            "Soldiers arrested nine miners near Obuasi on Friday, the army said.\n\n"
            "The regional police said a task force had seized 30 excavators along the same "
            "river in March 2024.",
            ["arrest", "seize"],
        ),
        # ... and so are the accounts of a story mostly of the past
        (
            "Police arrested a former militia commander in Obuasi on Friday, the army said.\n\n"
            "Prosecutors said his men had killed four miners along the river in March 2019, "
            "and that in May 2019 they had seized 30 excavators near Dunkwa.",
            ["arrest", "kill", "seize"],
        ),
        # a story only of the past keeps its accounts
        (
            "The trial heard on Monday that in March 2019 a task force seized 30 excavators "
            "along the river near Obuasi.",
            ["seize"],
        ),
    ],
)
def test_a_past_account_on_someones_word_or_in_a_story_of_the_past_stays(nlp, text, actions):
    assert [r.action for r in reports_of(text, date(2025, 2, 10))] == actions


def test_a_report_that_locates_nothing_takes_the_last_place_told(nlp):
    text = (
        "Rangers patrolled Ruaha National Park near Iringa this week.\n\n"
        "On 27 July, poachers shot two elephants near the Mwagusi sand river, rangers said."
    )
    (report,) = reports_of(text, date(2024, 8, 5))
    assert report.action == "poach"
    assert any(p.lat is not None for p in report.where)


def test_an_outlet_carries_the_statement_it_goes_on_to_quote(nlp):
    text = (
        "On May 2, Xinhua reported that unmarked trucks were delivering weapons to fighters "
        "near Gao.\n\n"
        "\u201cThe trucks deliver rifles at night. Farmers say such trucks were seen near "
        "Bourem,\u201d regional governor Amadou Sy said."
    )
    (report,) = reports_of(text, date(2024, 5, 9))
    assert [s.name or s.kind for s in report.sources][:2] == ["Xinhua", "Amadou Sy"]


def test_a_seizure_beside_a_killing_is_a_report_of_its_own(nlp):
    text = (
        "Soldiers killed four gunmen in a clash near Damboa on Tuesday, the army said. "
        "It said the troops also seized two rifles."
    )
    reports = reports_of(text, date(2024, 5, 9))
    assert [r.action for r in reports] == ["kill", "seize"]
    assert len({r.id for r in reports}) == 2


def test_the_day_of_a_report_document_is_when_it_was_told(nlp):
    text = (
        "According to the agency's Sunday morning situation report, 9,000 people were "
        "evacuated in Albay on Friday."
    )
    (report,) = reports_of(text, date(2024, 5, 13))
    assert report.when.start == date(2024, 5, 10)


def test_an_event_dated_after_the_article_is_no_report(nlp):
    text = "Journalists will form a human chain in Kisumu tomorrow to protest the attack on Monday."
    reports = reports_of(text, date(2024, 5, 14))
    assert all(r.when is None or r.when.start <= date(2024, 5, 14) for r in reports)


def test_an_undated_lead_told_again_with_its_date_is_one_report(nlp):
    text = (
        "Three men have been arrested in Burnley after a cannabis farm was found, police said."
        "\n\nOfficers raided the house in Burnley on Tuesday and arrested the men at the scene, "
        "the force said."
    )
    arrests = [r for r in reports_of(text, date(2025, 3, 21)) if r.action == "arrest"]
    assert [r.when.start if r.when else None for r in arrests] == [date(2025, 3, 18)]


def test_a_lead_summing_up_the_week_is_no_report_beside_the_dated_account(nlp):
    text = (
        "Dock workers in Kenya stepped up protests over unpaid wages this week, blocking "
        "roads and forcing the port to close.\n\nOn Monday, hundreds of dock workers "
        "blocked the main road into Mombasa for four hours."
    )
    protests = [r for r in reports_of(text, date(2025, 3, 21)) if r.action == "protest"]
    assert [r.when.start for r in protests] == [date(2025, 3, 17)]


def test_the_strike_told_again_later_takes_the_date_told_first(nlp):
    text = (
        "A drone struck the cattle market in Djibo on 12 May, killing 20 people, residents "
        "said.\n\nThe army rejected the claims.\n\nWitnesses quoted by local radio said the "
        "strike hit the market in Djibo during its busiest hours."
    )
    reports = reports_of(text, date(2024, 5, 20))
    assert [r.when.start if r.when else None for r in reports] == [date(2024, 5, 12)] * 2


def test_an_event_named_in_passing_does_not_date_the_account(nlp):
    text = (
        "A footbridge that had been damaged in the March 2027 floods collapsed over the canal "
        "in Tulcea late on Tuesday night, residents said.\n\n"
        '"It fell in seconds," said a fisherman. Neighbours said the bridge had been closed '
        "after the floods, but that a boy had been on it. He was pulled out of the water by "
        "neighbours before the firefighters arrived, they said."
    )
    reports = reports_of(text, date(2029, 6, 8))
    assert {r.when.start for r in reports if r.when} == {date(2029, 6, 5)}


def test_the_strike_takes_no_date_from_another_kind_of_event(nlp):
    text = (
        "Floods swept through Djibo on 12 May, residents said.\n\nThe army rejected the "
        "claims.\n\nWitnesses quoted by local radio said the strike hit the market in Djibo."
    )
    reports = reports_of(text, date(2024, 5, 20))
    assert [r.action for r in reports if r.when is None] == ["attack"]


def test_an_unplaced_account_takes_the_town_told_before_not_its_country(nlp):
    text = (
        "A drone struck the cattle market in Djibo, in northern Burkina Faso, on 12 May, "
        'residents said.\n\n"The first explosion came at noon," said Issa Sawadogo, a trader.'
    )
    reports = reports_of(text, date(2024, 5, 20))
    assert [r.where[0].name for r in reports if r.where] == ["Djibo"] * len(reports)


def test_an_unplaced_account_takes_where_the_sources_before_it_spoke_from(nlp):
    text = (
        "Doctors at the main hospital in Kassala said 14 people were wounded in the shooting "
        "on 12 May.\n\nThe governor said calm had returned.\n\nA bank branch in the city "
        "centre was reportedly set on fire on 12 May."
    )
    reports = reports_of(text, date(2024, 5, 20))
    burned = [r for r in reports if r.action == "attack"]  # arson
    assert [r.where[0].name for r in burned] == ["Kassala"]


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, May 3 (Andes Wire) - Gunmen attacked a police post in the town of Pichari, "
        "in the Cusco region, on Wednesday, killing one officer, the National Police said "
        "in a statement.",
        # wire copy that ends its dateline at the agency's name, with no dash
        "LIMA, May 3 (AWN) Gunmen attacked a police post in the town of Pichari, in the "
        "Cusco region, on Wednesday, killing one officer, the National Police said.",
        # an agency between slashes, in the manner of Russian state agencies
        "LIMA, May 3. /AWN/. Gunmen attacked a police post in the town of Pichari, in the "
        "Cusco region, on Wednesday, killing one officer, the National Police said.",
        # a dateline of the city alone before a colon, as South Asian dailies write it
        "LIMA: Gunmen attacked a police post in the town of Pichari, in the Cusco region, on "
        "Wednesday, killing one officer, the National Police said.",
    ],
)
def test_a_wire_lead_is_dated_and_placed_by_its_story_not_its_dateline(nlp, text):
    (report,) = reports_of(text, date(2024, 5, 3))
    assert report.when.start == date(2024, 5, 1)
    assert not {"LIMA", "May"} & {p.text for p in report.where}


@pytest.mark.parametrize(
    "text, expected_origins",
    [
        # A body's lead, then the same event on its named officer's word: one report.
        (
            "A fire tore through a timber yard in Kamloops on Friday night, fire officials "
            "said.\n\nThe fire started at about 11 p.m. Friday in a drying shed, Kamloops Fire "
            "Chief Laura Pettigrew said at a briefing on Saturday.",
            ["Laura Pettigrew"],
        ),
        # The officer tells it on a later day only: the lead's day stands.
        (
            "Two men were killed when rival groups clashed in Tirupati on Monday night, police "
            "said.\n\nOne of them was stabbed near the bus stand and died in hospital, "
            "Superintendent Kavya Reddy said on Tuesday.",
            ["Kavya Reddy"],
        ),
        # Another kind of source tells its own account: both stay.
        (
            "A fire tore through a timber yard in Kamloops on Friday night, fire officials "
            "said.\n\nThe fire spread to two houses on Friday night, neighbour Dan Moss said.",
            [None, "Dan Moss"],
        ),
        # The same speaker goes on telling it, with the day it was told: one report (and
        # the dead recovered, told in the story's own voice, a killing of their own).
        (
            "A landslide buried four houses in Kamloops on Monday, Sergeant Ana Ruiz said."
            "\n\nThe landslide struck at around 2 a.m., Ruiz said on Tuesday. Rescuers had "
            "recovered six bodies by Tuesday morning.",
            ["Ana Ruiz", None],
        ),
        # A named speaker's account is not folded into another speaker's.
        (
            "Gunmen attacked a bus near Kamloops on Friday, Sergeant Ana Ruiz said.\n\n"
            "The gunmen fired on the bus near Kamloops on Friday, Corporal Ben Holt said.",
            ["Ana Ruiz", "Ben Holt"],
        ),
    ],
)
def test_a_lead_on_a_bodys_word_told_again_by_its_officer_is_one_report(
    nlp, text, expected_origins
):
    reports = reports_of(text, date(2026, 3, 10))
    assert [r.origin.name for r in reports] == expected_origins
    assert reports[0].when.start in (date(2026, 3, 6), date(2026, 3, 9))  # the lead's day


def test_an_unplaced_account_looks_back_a_few_paragraphs_for_its_place(nlp):
    text = (
        "A man was shot dead in Rajkot on Friday, police said.\n\n"
        "The police said 12 people were detained in raids on Saturday.\n\n"
        "Residents alleged that officers beat up women during the raids on Saturday night."
    )
    reports = reports_of(text, date(2026, 3, 10))
    assert [r.where[0].text if r.where else None for r in reports] == ["Rajkot"] * len(reports)


def test_a_date_in_a_nouns_own_clause_opens_no_new_account(nlp):
    text = (
        "A man was killed when two groups clashed at a market in Tangail yesterday, police "
        "said.\n\nThe clash broke out around 9am over the market, whose lease expired last "
        "month, said the officer-in-charge, Rashed Karim."
    )
    reports = reports_of(text, date(2026, 8, 8))
    assert [(r.when.start, r.origin.name) for r in reports] == [(date(2026, 8, 7), "Rashed Karim")]


def test_residents_quoted_by_name_stay_the_residents_account(nlp):
    text = (
        "Residents of the Gandhi Nagar locality alleged that policemen beat up women during "
        "raids in Rajkot on Sunday night. \u201cThey broke our doors,\u201d said Meena Patel, "
        "a resident."
    )
    (report,) = reports_of(text, date(2026, 3, 10))
    assert (report.origin.name, report.origin.kind) == (None, "eyewitness")


def test_a_lead_dated_only_by_its_dateline_is_told_again_by_the_story(nlp):
    text = (
        "KAMPALA, 9 March 2026 - Aid groups are scaling up their response after a cholera "
        "outbreak spread to Kasese town.\n\n"
        "Since 2 March, 88 suspected cases and one death have been recorded in Kasese, "
        "according to the district health office."
    )
    (report,) = reports_of(text, date(2026, 3, 9))
    assert (report.action, report.when.start) == ("outbreak", date(2026, 3, 2))
    assert report.origin.text == "the district health office"


def test_an_undated_account_takes_the_story_date_not_the_start_of_a_span(nlp):
    text = (
        "A police raid in the Vila Nova favela left three people dead this Tuesday, police "
        "said.\n\n"
        "Armoured vehicles had been parked along the main road since Monday night.\n\n"
        "Among those hurt was a 12-year-old boy, who was shot in the leg on Rua Sete. His "
        "father, Joao Lima, told the Gazette that the shot came from a police vehicle."
    )
    reports = reports_of(text, date(2026, 7, 22))
    boy = next(r for r in reports if "boy" in r.text)
    assert boy.when.start == date(2026, 7, 21)
    assert [s.name for s in boy.sources] == ["Gazette", "Joao Lima"]


FACTORY_FIRE = (
    "An explosion tore through a paint factory in Kamloops on Tuesday evening, the fire "
    "department said.\n\n"
    "A Norcoat spokesperson said in a statement on Wednesday that a storage shed next to "
    "the unit collapsed after the explosion. The company said no one was inside.\n\n"
    "Neighbours in Kamloops told reporters they smelled smoke for hours after the blast."
)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # what followed a told event happened on its day, and its aftermath is no report
        (
            FACTORY_FIRE,
            date(2026, 3, 12),
            [("explode", date(2026, 3, 10)), ("collapse", date(2026, 3, 10))],
        ),
        # deaths told on a later day as part of the attack
        (
            "Gunmen raided Kantoma, a farming village near Jos, on Sunday night, residents "
            "said.\n\nThe police give a lower figure. A police spokesman said in a statement "
            "on Tuesday afternoon that six people were killed in the attack.",
            date(2026, 5, 21),
            [("attack", date(2026, 5, 17)), ("kill", date(2026, 5, 17))],
        ),
    ],
)
def test_an_account_told_on_a_later_day_takes_the_day_of_the_event_it_names(
    nlp, text, published, expected
):
    assert [(r.action, r.when.start) for r in reports_of(text, published)] == expected


def test_what_followed_an_event_is_told_on_its_tellers_word(nlp):
    assert reports_of(FACTORY_FIRE, date(2026, 3, 12))[1].origin.name == "Norcoat"


def test_an_account_counted_from_a_named_event_takes_its_day(nlp):
    text = (
        "A landslide buried four houses at Kalika in the early hours of Monday, police said."
        "\n\nTwo days before the Kalika disaster, a landslide swept a bus off the road at Beni,"
        " police said."
    )
    reports = reports_of(text, date(2026, 7, 29))
    assert [r.when.start for r in reports] == [date(2026, 7, 27), date(2026, 7, 25)]


@pytest.mark.parametrize(
    ("clause", "day_fled"),
    [
        ("whose lease expired last month", 3),  # background before the day told
        ("which peacekeepers reached three days later", 6),  # the story moving on
    ],
)
def test_a_date_in_a_nouns_clause_dates_an_account_only_when_the_story_moves_on(
    nlp, clause, day_fled
):
    text = (
        "Gunmen attacked the village of Kodo on 3 May, killing nine people, the army said. "
        f"Most residents fled the village, {clause}, to Bouar, the army said."
    )
    found = reports_of(text, date(2026, 5, 20))
    assert [(r.action, r.when.start) for r in found] == [
        ("attack", date(2026, 5, 3)),
        ("displace", date(2026, 5, day_fled)),
    ]


def test_an_unplaced_undated_account_takes_the_day_and_place_of_the_event_it_continues(nlp):
    text = (
        "Gunmen attacked farmers outside the town of Gwoza on Tuesday, killing six people, a "
        "police spokesman said on Thursday.\n\n"
        "The spokesman told reporters in Maiduguri that the victims were buried on Wednesday."
        "\n\nResidents said the gunmen also abducted three women who were collecting firewood."
    )
    reports = reports_of(text, date(2024, 3, 14))
    abduction = next(r for r in reports if r.action == "abduct")
    assert abduction.when.start == date(2024, 3, 12)
    assert [p.text for p in abduction.where] == ["Gwoza"]


def test_the_day_of_a_named_attack_is_the_attacks_day_not_its_claims(nlp):
    text = (
        "Gunmen attacked farmers outside Gwoza on Tuesday, the police said.\n\n"
        "No group has claimed responsibility for Tuesday's attack. More than 600 people have "
        "fled villages around Gwoza since the attack, an aid agency said."
    )
    fled = next(r for r in reports_of(text, date(2024, 3, 14)) if r.action == "displace")
    assert fled.when.start == date(2024, 3, 12)


def test_other_events_of_the_day_told_in_passing_are_not_the_accounts(nlp):
    text = (
        "A farmer was shot dead during a raid on Jenin on Tuesday afternoon, the health "
        "ministry said, on a day that also saw settlers burn cars in a village near Ramallah "
        "and a fresh wave of arrests across the north."
    )
    (report,) = reports_of(text, date(2026, 10, 28))
    assert report.action in {"attack", "kill"}
    assert [p.text for p in report.where] == ["Jenin"]


def test_the_night_something_happened_is_its_account(nlp):
    text = (
        "Tension had been simmering in Hisua since Thursday night, when a roadside shrine near "
        "the bus stand was damaged by unidentified persons, residents said."
    )
    assert [r.action for r in reports_of(text, date(2026, 9, 12))] == ["destroy"]


@pytest.mark.parametrize(
    ("owner", "certainty"),
    [("Foundation", "asserted"), ("Agency", "reported")],  # the publisher's, another body's
)
def test_the_publishers_own_records_are_its_own_word(owner, certainty):
    text = f"The {owner}'s own field records show that 12 elephants were poached in Tsavo in May."
    article = Article(
        id=article_id(text),
        text=text,
        publisher="Coastal Elephant Foundation",
        published=date(2024, 8, 5),
    )
    (report,) = extract(article).reports
    assert report.certainty == certainty


def test_a_source_on_something_else_next_does_not_take_over_the_authors_account(nlp):
    text = (
        "In Goalpara, the district administration moved 3,000 people to relief camps on "
        "Sunday as the river rose. The deputy commissioner, Rina Das, told me that the camps "
        "were short of drinking water."
    )
    (report,) = reports_of(text, date(2024, 7, 10))
    assert (report.action, report.certainty) == ("evacuate", "asserted")


@pytest.mark.parametrize(
    ("next_paragraph", "names"),
    [
        # the person named in that role next is the one who speaks
        (
            "Information Minister Deng Mabior told the station that the raiders attacked the "
            "camp at dawn.",
            ["Deng Mabior"],
        ),
        # a person of another role does not rename it
        (
            "A youth leader, Majok Bior, told the station that the raiders attacked the camp at "
            "dawn.",
            ["Jonglei State"],
        ),
    ],
)
def test_a_role_speaking_for_a_body_is_the_person_named_in_that_role_next(
    nlp, next_paragraph, names
):
    text = (
        "Raiders killed nine herders near Bor on Sunday, Jonglei State's information minister "
        f"has said.\n\n{next_paragraph}"
    )
    (report,) = reports_of(text, date(2026, 4, 21))
    assert [s.name for s in report.sources] == names


def test_a_sentence_about_the_aftermath_adds_no_place_to_a_placed_event(nlp):
    text = (
        "Police raided a house in Kisumu on Saturday and arrested two men, the regional "
        "police commander said. The men are being held at a police station in Kakamega."
    )
    (report,) = reports_of(text, date(2024, 6, 3))
    assert [p.name for p in report.where] == ["Kisumu"]


def test_where_the_event_went_afterwards_is_not_where_it_took_place(nlp):
    text = (
        "Gunmen abducted six fishermen near Bol on Tuesday and took them by canoe towards "
        "the Nigerian side of the lake, the station reported."
    )
    (report,) = reports_of(text, date(2024, 6, 3))
    assert [p.name for p in report.where] == ["Bol"]


def test_a_clause_describing_the_subject_does_not_place_what_it_did(nlp):
    text = (
        "The Shabelle River, which marks the border with Ethiopia, overflowed on Tuesday and "
        "flooded homes in Beledweyne, officials said."
    )
    (report,) = reports_of(text, date(2027, 11, 18))
    assert [p.name for p in report.where] == ["Beledweyne"]


def test_unconfirmed_reports_make_a_claim_alleged_with_no_source(nlp):
    text = "Unconfirmed reports in Kerewan said that a ferry hand had drowned on Tuesday."
    (report,) = reports_of(text, date(2027, 12, 3))
    assert (report.action, report.certainty) == ("kill", "alleged")
    assert all(s.kind == "author" for s in report.sources)


@pytest.mark.parametrize(
    "text",
    [
        "There are reports that a ferry hand drowned off Kerewan on Tuesday.",
        "There are reports, and I have not been able to confirm them, that a ferry hand "
        "drowned off Kerewan on Tuesday.",
    ],
)
def test_there_being_reports_makes_a_claim_alleged(nlp, text):
    (report,) = reports_of(text, date(2027, 12, 3))
    assert (report.action, report.certainty) == ("kill", "alleged")


def test_where_the_dead_came_from_is_not_where_they_died(nlp):
    text = (
        "Messages posted on Tuesday claimed that a young nurse from Korçë had died in the "
        "crash near Pogradec."
    )
    (report,) = reports_of(text, date(2027, 8, 11))
    assert [p.name for p in report.where] == ["Pogradec"]


def test_where_people_fled_from_places_their_flight(nlp):
    text = "About 30 families from Përmet fled to Tepelenë on Monday night, the mayor said."
    (report,) = reports_of(text, date(2027, 8, 11))
    assert report.action == "displace"
    assert [p.name for p in report.where][0] == "Përmet"


def test_the_places_of_a_dateline_before_a_dash_are_not_where_it_happened(nlp):
    text = (
        "Iringa, Tanzania - The Trust today said gunmen had killed two rangers in Ruaha "
        "National Park on Sunday."
    )
    (report,) = reports_of(text, date(2024, 6, 3))
    assert "Tanzania" not in [p.text for p in report.where]
    assert "Iringa" not in [p.text for p in report.where]


@pytest.mark.parametrize(
    "lead",
    [
        "Gunmen have killed six traders and abducted four others in an attack on a market in "
        "Birnin Gwari, Kaduna State.",
        # a title-case wire dateline dates the dispatch, not the attack
        "Kaduna, June 9, 2026 (KPA) Gunmen have killed six traders in an attack on a market "
        "in Birnin Gwari Local Government Area of Kaduna State.",
    ],
)
def test_a_lead_confirmed_by_a_source_takes_its_word_and_the_day_it_gives(nlp, lead):
    # the wire lead names no source; the next paragraph's spokesman confirms "the incident"
    # on Monday and then says when it happened
    text = (
        f"{lead}\n\n"
        "The state police spokesman, ASP Musa Yakubu, confirmed the incident in a statement "
        "issued in Kaduna on Monday.\n\n"
        "Yakubu said the gunmen stormed the market at about 4 p.m. on Saturday."
    )
    reports = reports_of(text, date(2026, 6, 9))
    assert [(r.when.start, r.origin.name) for r in reports] == [(date(2026, 6, 6), "Musa Yakubu")]


def test_a_place_named_only_to_say_how_far_another_lies_is_not_where_it_happened(nlp):
    text = (
        "In neighbouring Elazig, about 100 kilometres northeast of Malatya by road, residents "
        "said a gas line exploded under a street on 12 May."
    )
    (report,) = reports_of(text, date(2024, 5, 20))
    assert [p.text for p in report.where] == ["Elazig"]


def test_relative_days_count_from_the_filing_day_a_dateline_gives():
    # a paper of Thursday 5 March carries copy filed on Wednesday 4 March
    text = "A landslide blocked the highway near Kohima today, the district administration said."
    article = Article(
        id=article_id(text), text=text, published=date(2026, 3, 5), filed=date(2026, 3, 4)
    )
    (report,) = extract(article).reports
    assert (report.when.start, report.when.end) == (date(2026, 3, 4), date(2026, 3, 4))


def test_the_first_sentence_names_the_event_what_followed_does_not():
    text = (
        "Two soldiers were killed when gunmen ambushed their patrol near Kupwara on Wednesday "
        "evening, an army spokesman said. He said the wounded had been airlifted to a hospital "
        "in Srinagar."
    )
    (report,) = reports_of(text, date(2025, 11, 21))
    assert report.action == "attack"  # not the airlift of the wounded


def test_what_a_denier_says_did_not_happen_is_the_denial_not_an_account():
    text = (
        "Gunmen killed nine villagers in Kombo on Saturday, police said on Sunday, blaming the "
        'Lakeside Front.\n\nThe Lakeside Front rejected the accusation. "Our fighters were '
        'nowhere near Kombo and did not kill a single villager there," its spokesman said.'
    )
    (report,) = reports_of(text, date(2025, 11, 24))
    assert (report.action, report.certainty) == ("kill", "denied")


def test_an_account_opening_with_an_attack_is_named_by_the_kind_it_goes_on_to_tell(nlp):
    text = (
        "Odesa came under attack again overnight. At about 03:10, attack drones hit a grain "
        "warehouse in the port district, starting a fire."
    )
    assert [r.action for r in reports_of(text, date(2025, 12, 5))] == ["airstrike"]


def test_a_heading_in_the_body_is_no_account_of_its_own(nlp):
    text = (
        "Police said calm had returned to the town on Tuesday.\n\n"
        "Officer wounded near Gulu\n\n"
        "A police officer was wounded in the leg overnight when gunmen fired on a patrol near "
        "Gulu, a police source said."
    )
    reports = reports_of(text, date(2026, 3, 18))
    assert [r.text[:9] for r in reports] == ["A police "]


def test_the_place_hardest_hit_is_a_ranking_not_an_event(nlp):
    text = (
        "In Lira, the central market was the hardest hit. Two shops and a bakery were set on "
        "fire during the night."
    )
    assert [r.action for r in reports_of(text, date(2026, 5, 5))] == ["attack"]  # arson


def test_deaths_told_by_a_provincial_spokesperson_lie_where_the_collapse_was_placed(nlp):
    # the province names the spokesperson's post; the story placed the collapse finer
    text = (
        "A shaft collapsed at a gold claim in Chinhoyi on Monday night.\n\nFive of the men "
        "died on Tuesday, Mashonaland West provincial police spokesperson Ruth Moyo said."
    )
    deaths = [r for r in reports_of(text, date(2026, 3, 12)) if r.action == "kill"]
    assert [p.name for p in deaths[0].where] == ["Chinhoyi"]


@pytest.mark.parametrize(
    ("text", "event_day"),
    [
        # another event the sentence dates in passing: a yardstick after 'since', a disaster
        # the place is still marked by
        (
            "A mudslide buried three houses in Kisoro before dawn yesterday after the heaviest "
            "rain since the floods of April 2019, the district chairman said.",
            date(2024, 5, 19),
        ),
        (
            "In Kasese, where families still live in tents two years after the floods of 6 May "
            "2022, soldiers evacuated about 90 people from the river banks on Sunday afternoon, "
            "the district said.",
            date(2024, 5, 19),
        ),
    ],
)
def test_the_day_of_the_event_named_not_of_one_told_in_passing(nlp, text, event_day):
    (report,) = reports_of(text, date(2024, 5, 20))
    assert report.when.start == event_day


def test_an_unplaced_account_takes_the_unit_told_before_not_the_dateline_city(nlp):
    # the hamlet is unknown and sits in its municipality; the dateline's capital is where
    # the story was filed
    text = (
        "BOGOTA, June 4 (Andes Wire) - Gunmen attacked a police post in the hamlet of "
        "La Cuchilla, in the municipality of El Tambo in Cauca department, on Tuesday, police "
        "said.\n\nVillagers accused an army helicopter of firing on houses near the square during "
        "the fighting on Tuesday night."
    )
    reports = reports_of(text, date(2024, 6, 4))
    assert [r.where[0].name for r in reports if r.where] == ["El Tambo"] * len(reports)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Police set up roadblocks around Caacupé on Wednesday after a robbery.\n\nOfficers "
            "arrested two men at one of the roadblocks on Thursday. The two were taken to the "
            "prosecutor's office in Asunción.",
            "Caacupé",
        ),
        (
            "Soldiers set up checkpoints around Kasese on Sunday.\n\nThey arrested three suspects "
            "at a checkpoint on Monday and handed them over to the police station in Fort Portal.",
            "Kasese",
        ),
        (
            "Soldiers set up checkpoints around Kasese on Sunday.\n\nThey arrested three suspects "
            "at a checkpoint on Monday. They were handed over to the Court for the Repression of "
            "Economic Offences and Terrorism in Kampala.",
            "Kasese",
        ),
    ],
)
def test_where_suspects_were_taken_after_their_arrest_does_not_place_it(nlp, text, town):
    (report,) = reports_of(text, date(2033, 6, 14))
    assert [w.name for w in report.where] == [town]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Protesters blocked the railway line that carries the ore to the port of Kamsar at "
            "Sangarédi on Monday.",
            "Sangarédi",
        ),
        (
            "A bus carrying 40 passengers to Kampala overturned near Kyotera on Monday, killing "
            "six.",
            "Kyotera",
        ),
    ],
)
def test_where_what_is_carried_goes_does_not_place_the_account(nlp, text, town):
    (report,) = reports_of(text, date(2032, 9, 16))
    assert [w.name for w in report.where] == [town]


def test_a_roundups_item_is_placed_by_its_own_town_not_the_item_before(nlp):
    # each item opens with its town in capitals; the second town is unknown to the gazetteer
    text = (
        "CAAGUAZÚ.– Two armed men robbed a pharmacy in the city centre on Monday night and "
        "fled on a motorbike, the police said.\n\nSAN PEDRO DEL YKUAMANDYJU.– Robbers tied up two "
        "ranch hands at an outpost of the Estancia La Paloma on Friday night and stole 40 "
        "cattle, the police said."
    )
    reports = reports_of(text, date(2033, 6, 14))
    assert [[w.name for w in r.where] for r in reports] == [["Caaguazú"], []]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the main clause's event names the account, not one set beside it
        (
            "The Tempasuk River burst its banks at Kota Belud on Sunday night, while "
            "landslides claimed one life in the hills.",
            "flood",
        ),
        (
            "Rescuers moved 64 families from Villa Nueva to the municipal sports centre in "
            "Tartagal overnight, as a fire that had been burning since Sunday came down towards "
            "the houses, officials said.",
            "evacuate",
        ),
    ],
)
def test_the_main_clause_names_the_account(nlp, text, action):
    reports = reports_of(text, date(2027, 9, 16))
    assert [r.action for r in reports] == [action]


def test_an_event_noun_subject_and_an_aside_keep_their_own_days(nlp):
    # the floods 'tore through' the settlements on Monday night; the arrests, in the clause
    # set beside them, were yesterday
    text = (
        "Flash floods tore through two settlements in Oshakati on Monday night, while police "
        "arrested 17 people at Kombat yesterday after a standoff at the mine."
    )
    reports = {r.action: r for r in reports_of(text, date(2027, 2, 24))}
    assert reports["flood"].when.start == date(2027, 2, 22)
    assert reports["arrest"].when.start == date(2027, 2, 23)


def test_an_outlet_named_again_carries_the_chain_it_quotes(nlp):
    text = (
        "At least seven people were killed when gunmen stormed a village near Makurdi on "
        "Monday, Radio Benue reported on Tuesday. The state-owned station quoted the council "
        "chairman, Mr Peter Agbo, as saying survivors had told him the attackers shot farmers "
        "in their fields."
    )
    (report,) = reports_of(text, date(2027, 5, 12))
    assert [(s.kind, s.name) for s in report.sources] == [
        ("media", "Radio Benue"),
        ("official", "Peter Agbo"),
        ("eyewitness", None),
    ]


def test_a_heading_in_the_body_joins_no_account_to_the_one_above_it():
    text = (
        "Three fishermen drowned when their canoe overturned near Bonthe on Monday, the port "
        "authority said.\n\n"
        "The drownings recalled the June 2024 sinking of a ferry off Sherbro Island, which "
        "killed 23 passengers.\n\n"
        "■ Smugglers arrested at the wharf\n\n"
        "Police arrested two men with 30 bags of rice at the Bonthe wharf on Tuesday, a police "
        "spokesman said."
    )
    found = reports_of(text, date(2027, 6, 10))
    assert [r.when.start for r in found if r.action == "arrest"] == [date(2027, 6, 8)]


def test_the_group_goes_back_to_the_named_group_not_to_the_town_it_is_based_in():
    text = (
        "That is not how the Vilnius-based rights group Praėjimas tells it. In a statement on "
        "Thursday, the group said that officers had beaten two men near Lazdijai on Wednesday."
    )
    (report,) = reports_of(text, date(2027, 2, 19))
    assert [(s.kind, s.name) for s in report.sources] == [("organization", "Praėjimas")]


@pytest.mark.parametrize(
    ("text", "published", "actions"),
    [
        (
            "A man was shot dead in a bar in Prešov shortly before 2am on Saturday, the "
            "regional police spokeswoman, Eva Hudáková, said.\n\n"
            "Police detained a 38-year-old suspect in a flat in Prešov on Saturday afternoon, "
            "Hudáková said in a second post.",
            date(2027, 4, 12),
            ["arrest", "kill"],
        ),
        # families fleeing, told after the killing and its retelling
        (
            "Four people were killed on Monday when herders and farmers clashed near Kolda, "
            "the regional governor, Amadou Sow, said.\n\n"
            "Speaking to reporters on Tuesday, the governor said the fighting broke out after "
            "cattle entered a field of millet. Three farmers and a herder died, he said.\n\n"
            "He said more than 200 families had fled the village on Monday and Tuesday and "
            "were staying with relatives in Kolda.",
            date(2029, 5, 12),
            ["displace", "kill"],
        ),
    ],
)
def test_what_the_same_official_tells_after_the_first_event_is_its_own_report(
    text, published, actions
):
    found = reports_of(text, published)
    assert sorted(r.action for r in found) == actions
    assert all(r.origin is not None and r.origin.kind == "official" for r in found)


def test_an_earlier_occurrence_named_to_count_the_storys_own_is_background():
    text = (
        "A man was shot dead outside a shop in Trnava on Saturday night, police said.\n\n"
        "It is the third fatal shooting in Trnava this year; in January a man was shot dead "
        "in a car park near the station."
    )
    found = reports_of(text, date(2027, 5, 10))
    assert [(r.action, r.when.start) for r in found] == [("kill", date(2027, 5, 8))]


@pytest.mark.parametrize(
    "lead",
    [
        "A warehouse burned in Kokkola on Tuesday, a man was stabbed in Vaasa and a car was "
        "set on fire in Seinäjoki: a round-up of the week.",
        # past a standfirst of headlines, the first paragraph that closes a sentence
        "Warehouse burns in Kokkola · Man stabbed in Vaasa\n\nA warehouse burned in Kokkola "
        "on Tuesday and a man was stabbed in Vaasa on Wednesday: a round-up of the week.",
    ],
)
def test_a_lead_rounding_up_the_accounts_told_below_is_no_account_of_its_own(lead):
    text = (
        f"{lead}\n\n"
        "A fire destroyed a warehouse in Kokkola on Tuesday night, the rescue department said."
        "\n\n"
        "A man was stabbed in central Vaasa on Wednesday evening, police said in a press release."
    )
    found = reports_of(text, date(2027, 3, 5))
    assert sorted((r.action, r.when.start) for r in found) == [
        ("attack", date(2027, 3, 3)),
        ("destroy", date(2027, 3, 2)),
    ]


def test_a_lead_whose_own_event_no_later_account_retells_is_an_account():
    text = (
        "Hurricane Rene made landfall near Baracoa on Tuesday night, bringing heavy rain to "
        "Guantánamo and Holguín.\n\n"
        "Floods cut off three villages near Guantánamo on Wednesday, civil defence said.\n\n"
        "Troops evacuated 4,000 people from low-lying areas of Holguín on Wednesday, the "
        "provincial government said."
    )
    found = reports_of(text, date(2027, 10, 28))
    assert "cyclone" in [r.action for r in found]


def test_a_years_count_in_words_of_scale_is_a_statistic():
    text = (
        "Border guards seized two balloons near Alytus on Monday, police said.\n\n"
        "In 2026, border guards seized more than 1.2 million packs of cigarettes from "
        "balloons, according to the border service's figures."
    )
    found = reports_of(text, date(2027, 2, 19))
    assert [(r.action, r.when.start) for r in found] == [("seize", date(2027, 2, 15))]


@pytest.mark.parametrize(
    ("tally", "kept"),
    [
        # a week's call-outs counted by kind: a tally
        (
            "Between 4 and 10 May, our crews answered 37 calls: 2 shelling attacks, 14 fires, "
            "1 landslide and 9 road accidents. Volunteers rescued 12 people.",
            [],
        ),
        # one occurrence over a few days, its victims counted, is still an account
        (
            "Between 4 and 6 May, floods killed 14 people and destroyed 300 houses in Idlib.",
            ["flood"],
        ),
        # families, people and schools counted are one occurrence's, no kinds of occurrence
        (
            "Since Monday rescuers have evacuated 1,240 families, or about 5,600 people, to 14 "
            "schools in Idlib, the civil defence said.",
            ["evacuate"],
        ),
    ],
)
def test_a_periods_count_of_kinds_of_occurrence_is_a_tally(tally, kept):
    text = tally + "\n\nA fire destroyed a warehouse in Sarmada on Thursday, the crews said."
    found = reports_of(text, date(2033, 5, 12))
    assert [r.action for r in found if "Sarmada" not in r.text] == kept


def test_he_who_rejects_the_residents_account_is_the_man_described_before_him():
    # the tagger reads no person in the name; 'a senior orator' says he is one
    text = (
        "Two residents said young men set fire to two houses in Vailoa on Saturday. "
        "Tafaoimalo Iakopo Seiuli, a senior orator who spoke for the village council, said "
        "on Wednesday that the council had banished the family. But he rejected the "
        "residents' account of the fires."
    )
    found = reports_of(text, date(2027, 6, 10))
    fire = next(r for r in found if r.action == "attack")  # arson
    assert fire.certainty == "denied"


def test_a_heading_under_a_place_label_tells_no_account_nor_names_a_source():
    # "TONGA:" is the section's place, not the speaker of the paragraph above it
    text = (
        "A fire destroyed a warehouse in Neiafu on Monday, the fire service said.\n\n"
        "In March 2025, two fishermen drowned when their skiff hit a reef at the same spot.\n\n"
        "TONGA: Fishing boat seized off Niuafo'ou, police say crew was armed\n\n"
        "The navy seized an Apia-based fishing boat off Niuafo'ou on Tuesday, a navy spokesman "
        "said."
    )
    found = reports_of(text, date(2027, 6, 10))
    assert sorted((r.action, r.when.start) for r in found) == [
        ("destroy", date(2027, 6, 7)),
        ("seize", date(2027, 6, 8)),
    ]


def test_the_claims_just_told_and_rejected_a_paragraph_on_are_denied():
    text = (
        "Residents said soldiers burned down the market in Kaya on Monday.\n\n"
        '"They came at dawn and poured fuel on the stalls," the residents said.\n\n'
        "The army rejected the claims."
    )
    assert [r.certainty for r in reports_of(text, date(2027, 6, 10))] == ["denied"]


def test_an_account_in_the_authors_own_first_person_is_the_authors():
    text = "I believe soldiers burned down the market in Kaya on Monday."
    found = reports_of(text, date(2027, 6, 10))
    assert [(r.certainty, [s.kind for s in r.sources]) for r in found] == [("asserted", ["author"])]


def test_a_day_ending_a_relative_clause_on_the_subject_is_not_the_events():
    # the parser hangs 'on Saturday' on the boat, after the clause of its departure
    text = (
        "The boat, which had left the coast near Zuwara, in Libya, on Saturday, overturned "
        "shortly before midnight on Sunday as people on board moved to one side when a patrol "
        "boat approached, the agency reported on Monday, citing officials at the port. The "
        "officials said survivors had told them that at least nine people had been swept away."
    )
    found = reports_of(text, date(2027, 6, 10))
    assert [(r.action, r.when.start) for r in found] == [("kill", date(2027, 6, 6))]


@pytest.mark.parametrize(
    ("second_paragraph", "origin"),
    [
        # news names a lead's source as the next paragraph opens
        ("Police said the van left the road at about 2.10am.", ("official", "Police")),
        (
            "A fire service spokesperson said crews cut the driver free at about 2.30am.",
            ("official", "A fire service spokesperson"),
        ),
    ],
)
def test_a_one_sentence_lead_takes_the_source_opening_the_next_paragraph(second_paragraph, origin):
    text = (
        "A woman in her seventies has died after the van she was driving hit a lamp post on "
        f"the A39 near Bideford overnight.\n\n{second_paragraph}"
    )
    found = reports_of(text, date(2027, 6, 10))
    assert [(r.action, r.origin.kind, r.origin.text) for r in found] == [("kill", *origin)]


@pytest.mark.parametrize(
    "text",
    [
        "A woman has reportedly died after her van hit a lamp post near Bideford overnight.\n\n"
        "Police said they were appealing for witnesses.",
        "A woman has died after her van hit a lamp post near Bideford overnight.\n\n"
        "Police closed the A39 for six hours, saying the lamp post had to be replaced.",
        "A woman has died after her van hit a lamp post near Bideford overnight.\n\n"
        "Police said a man was arrested in Barnstaple on Monday over a separate crash.",
    ],
)
def test_a_lead_keeps_the_authors_word_without_a_telling_of_it_next(text):
    # a hedged lead says the author has no source; a paragraph opening on an action rather
    # than a telling, or on another event, gives it none
    found = reports_of(text, date(2027, 6, 10))
    assert found and found[0].origin.kind == "author"


def test_a_heading_that_opens_with_a_place_starts_a_section_placed_there():
    text = (
        "In March 2025, seven migrants were killed when a van overturned near Demir Kapija.\n\n"
        "BITOLA: Student says he was beaten at protest\n\n"
        "Several hundred people protested outside the town hall on Monday evening.\n\n"
        "On Tuesday, the party said that a student had been beaten with batons by police as the "
        "protest was breaking up on Monday."
    )
    found = reports_of(text, date(2027, 8, 24))
    beaten = [r for r in found if r.action == "attack"]
    assert [[p.name for p in r.where] for r in beaten] == [["Bitola"]]


def test_where_a_speaker_comes_from_does_not_place_the_event_told_before():
    text = (
        "Someone threw a burning bottle at a reception centre in Kajaani early on Saturday, "
        "police said.\n\n"
        "Several residents of the centre told the Courier that stones had been thrown at its "
        'windows twice last week. "My children sleep in the corridor now," said a father from '
        "Somalia who did not want his name published."
    )
    found = reports_of(text, date(2027, 3, 5))
    assert [[p.name for p in r.where] for r in found] == [["Kajaani"], ["Kajaani"]]


def test_the_hospital_the_injured_were_taken_to_does_not_place_the_event():
    text = (
        "A climber who had been missing since Monday was found alive on Wednesday morning near "
        "Enontekiö, the Border Guard said.\n\n"
        "He was winched aboard a Border Guard helicopter and flown to Lapland Central Hospital "
        "in Rovaniemi, the Border Guard said in a statement on Wednesday."
    )
    found = reports_of(text, date(2027, 3, 5))
    assert [r.action for r in found] == ["evacuate"]
    assert "Rovaniemi" not in [p.name for p in found[0].where]


def test_where_someone_lives_does_not_place_a_later_account():
    text = (
        "The group said two of the five men had been living in Germany since 2022.\n\n"
        "A man was killed in a pile-up on the coast road yesterday evening, the traffic "
        "police said."
    )
    found = reports_of(text, date(2027, 10, 14))
    assert [(r.action, [p.name for p in r.where]) for r in found] == [("kill", [])]


def test_the_day_a_statement_was_issued_opens_no_account_of_its_own():
    text = (
        "Police in Kajaani are investigating an arson attack on a reception centre early on "
        "Saturday. According to a police press release issued on Monday, a bottle filled with "
        "petrol was set alight and thrown at the main building."
    )
    found = reports_of(text, date(2027, 3, 5))
    assert [(r.action, r.when.start, r.origin.text) for r in found] == [
        ("attack", date(2027, 2, 27), "a police press release")
    ]


def test_an_account_placed_only_where_a_cargo_went_lies_where_its_event_was_told():
    text = (
        "A fire destroyed a storage hall of an arms trader in Zlín on Thursday night, "
        "firefighters said.\n\n"
        "A news site reported on Friday that the hall was set on fire deliberately, and that "
        "the trader had shipped artillery shells to Ukraine."
    )
    reports = reports_of(text, date(2027, 6, 12))
    assert reports and all(p.text != "Ukraine" for r in reports for p in r.where)
    assert {p.text for r in reports for p in r.where} == {"Zlín"}


def test_one_more_event_of_its_kind_is_an_account_of_its_own():
    text = (
        "The week was busy for the emergency services.\n\n"
        "Four people were killed when an airstrike hit a house in Rafah overnight, a local TV "
        "channel reported, citing residents.\n\n"
        "A second strike reportedly hit a car in Khan Younis about an hour later, though this "
        "could not be confirmed."
    )
    found = reports_of(text, date(2027, 10, 12))
    assert [(r.action, r.certainty, r.origin.kind) for r in found] == [
        ("airstrike", "reported", "eyewitness"),
        ("airstrike", "alleged", "author"),  # hedged by the author, on no one's word
    ]
    assert [p.text for p in found[1].where] == ["Khan Younis"]


def test_one_more_of_the_people_hurt_belongs_to_the_same_account():
    text = (
        "The week was busy for the emergency services.\n\n"
        "Two men were wounded when a shell hit a truck near Zakho on Monday, the mayor said. "
        "A third man in the truck was wounded and taken to hospital in Duhok."
    )
    found = reports_of(text, date(2027, 10, 12))
    assert [r.action for r in found] == ["shell"]


def test_people_evacuated_after_the_event_told_are_an_account_of_their_own():
    text = (
        "A bomb went off in the stairwell of a block of flats in Hisingen shortly after 3am "
        "on Friday, police said.\n\n"
        "The rescue service evacuated around 60 residents from the building because of fears "
        "that the stairwell had been weakened, the incident commander said."
    )
    found = reports_of(text, date(2027, 6, 4))
    assert [r.action for r in found] == ["explode", "evacuate"]


def test_an_evacuation_told_with_its_event_in_one_sentence_is_one_account():
    text = (
        "A bomb went off in a block of flats in Hisingen on Friday and forced the evacuation "
        "of 60 residents, police said."
    )
    assert len(reports_of(text, date(2027, 6, 4))) == 1


def test_an_undated_account_takes_no_date_from_above_a_crosshead():
    text = (
        "Police said the blast was under investigation. Explosions have hit front doors in "
        "the district repeatedly in recent years; in 2018 a blast on the same square damaged "
        "several shops.\n\n"
        "Ferry runs aground\n\n"
        "A passenger ferry ran aground off Marstrand yesterday evening, the rescue centre "
        "said.\n\n"
        "Two lifeboats took all the passengers off the ferry and brought them ashore, the "
        "centre said."
    )
    found = reports_of(text, date(2027, 6, 4))
    assert [(r.action, r.when.start) for r in found] == [("evacuate", date(2027, 6, 3))]


def test_an_entry_of_a_live_page_under_its_own_time_stamp_carries_no_story_on():
    text = (
        "08:10\n\n"
        "Barn fire at Ballyhale\n\n"
        "Firefighters spent two hours tackling a fire that destroyed a barn near Ballyhale "
        "overnight, the fire service says.\n\n"
        "07:05\n\n"
        "Walkers winched off the cliff\n\n"
        "Two walkers were winched to safety from a ledge above the bay at Ardmore shortly "
        "before 03:00, the coastguard says."
    )
    found = reports_of(text, date(2027, 11, 3))
    rescue = next(r for r in found if r.action == "evacuate")
    assert rescue.when.start == date(2027, 11, 3)
    assert [s.text for s in rescue.sources] == ["the coastguard"]
    assert "fire" not in rescue.text


def test_a_death_told_after_the_lead_names_its_event_is_an_account_of_its_own():
    text = (
        "An avalanche buried three ski tourers on a slope above the valley on Sunday "
        "afternoon, the mountain rescue service said.\n\n"
        "The third man was found under two metres of snow after an hour and died at the "
        "scene, the news agency reported, citing the alpine police."
    )
    found = reports_of(text, date(2027, 2, 17))
    assert [(r.action, r.origin.text) for r in found] == [
        ("landslide", "the mountain rescue service"),
        ("kill", "the alpine police"),
    ]


def test_where_someone_comes_from_gives_way_to_the_mountain_the_event_is_told_on():
    text = (
        "A hiker from Ljubljana was injured when a bear attacked him on Kočevski Rog, about "
        "12 km east of Kočevje, on Sunday morning, police said."
    )
    (report,) = reports_of(text, date(2027, 4, 16))
    assert "Ljubljana" not in [p.text for p in report.where]


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, the regional weekly Kuriren reported that two fishermen had been shot by "
        "coastguards near Luleå on Sunday. The paper cited a harbour worker as saying the men "
        "were released on Wednesday.",
        "The agency Fides said on Tuesday that gunmen had kidnapped a priest near Enugu on "
        "Sunday. It quoted a diocesan official as saying the priest was freed on Wednesday "
        "night.",
    ],
)
def test_an_outlet_citing_its_source_for_what_came_after_goes_on_with_the_account(nlp, text):
    """The later day ('released on Wednesday') opens no account of its own, and dates none."""
    (report,) = reports_of(text, date(2027, 11, 19))
    assert report.sources[0].kind in {"media", "news_agency"}
    assert report.sources[-1].text.startswith(("a harbour worker", "a diocesan official"))
    assert report.when.start == date(2027, 11, 14)


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Gunmen opened fire on a bus near Jos on Monday, killing six passengers.", "kill"),
        ("Soldiers fired on the crowd near Jos on Monday, killing two men.", "kill"),
        # shells fired are no shots of a gun: the firing, a shelling, names the account; so
        # does an ambush
        ("Rebels fired mortar shells at the market in Jos on Monday, killing two men.", "shell"),
        ("Gunmen ambushed a bus near Jos on Monday, killing six passengers.", "attack"),
        # the shots as the clause of the deaths, however the parser hangs the clause
        ("Two traders were killed near Jos on Monday when soldiers opened fire on a bus.", "kill"),
        (
            "Three porters were shot dead on Monday in the hills near Jos, close to the border "
            "with Niger, when guards opened fire on a line of trucks.",
            "kill",
        ),
        ("Soldiers opened fire on a bus near Jos on Monday when it failed to stop.", "attack"),
        # people hanged are put to death; a banner hung is no event
        ("Three prisoners were hanged at dawn on Monday in the prison at Jos.", "kill"),
    ],
)
def test_shots_fired_that_killed_are_told_as_the_killing(nlp, text, action):
    (report,) = reports_of(text, date(2027, 11, 19))
    assert report.action == action


def test_a_banner_hung_is_no_event(nlp):
    text = "Protesters hung banners on the gate in Jos on Monday."
    assert not reports_of(text, date(2027, 11, 19))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a named person's home town
        (
            "Armed men attacked the police station in Zahedan on Sunday, the commander said. "
            "One officer was killed in the attack, he said, naming him as Sergeant Mehdi "
            "Kiani, 27, from Kerman.",
            "Zahedan",
        ),
        # where the one who speaks was
        (
            "Armed men attacked the village of Kodo on Monday night, the prefect said. The "
            "prefect, who was in Bossangoa on Thursday for a meeting, said the attackers came "
            "on motorcycles and fired on the houses near the market.",
            "Kodo",
        ),
        (
            "Amina Sule, coordinator of a women's network, speaking from Nairobi, said that "
            "on Sunday gunmen killed 12 men in Geneina.",
            "Geneina",
        ),
        # the towns of a vehicle's route
        (
            "A bus travelling from Nairobi to Mombasa overturned near Voi on Tuesday, killing "
            "six passengers, police said.",
            "Voi",
        ),
        ("The lorry from Nairobi to Mombasa crashed near Voi on Tuesday, killing two men.", "Voi"),
    ],
)
def test_places_of_people_or_of_a_route_do_not_place_the_account(nlp, text, place):
    assert {p.text for r in reports_of(text, date(2027, 11, 19)) for p in r.where} == {place}


def test_people_described_as_detained_after_their_arrest_is_told_are_no_new_arrest(nlp):
    text = (
        "Soldiers arrested 14 men in a raid on the camp at Jos on Wednesday, the army said. "
        "A daily reported on Sunday, citing an official, that two of the men detained in the "
        "camp led soldiers on Thursday to a cache in Bauchi. The troops seized eleven rifles "
        "there, the official said."
    )
    reports = reports_of(text, date(2027, 11, 19))
    assert [r.action for r in reports] == ["arrest", "seize"]


def test_people_described_as_detained_are_an_arrest_when_none_was_told(nlp):
    text = "The men detained in the camp at Jos on Wednesday were freed on Friday, the army said."
    assert "arrest" in {r.action for r in reports_of(text, date(2027, 11, 19))}


def test_the_day_of_a_plan_opens_no_account(nlp):
    text = (
        "Armed men attacked the village of Kodo on Monday night, the prefect said. According "
        "to the prefect, the wounded were taken to the health post by motorcycle taxi, and a "
        "Red Cross team was expected in the village at the weekend."
    )
    (report,) = reports_of(text, date(2027, 11, 20))
    assert report.when.start == date(2027, 11, 15)


def test_who_did_it_is_no_source_of_the_account(nlp):
    text = "A trading centre at Jos was reportedly attacked by armed men on Sunday night."
    (report,) = reports_of(text, date(2027, 11, 19))
    assert (report.certainty, report.origin.kind) == ("alleged", "author")


def test_a_bracketed_citations_date_is_when_the_source_was_heard_not_the_events(nlp):
    text = (
        "A drone struck a pickup truck near Sinjar on the evening of 11 May. The three men "
        "inside were killed, a resident who reached the scene told me (interview with a "
        "resident, Sinjar, May 2027)."
    )
    reports = reports_of(text, date(2027, 5, 24))
    assert {(r.action, r.when.start, r.when.end) for r in reports} >= {
        ("kill", date(2027, 5, 11), date(2027, 5, 11))
    }


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # houses told as burned, then as set on fire by fighters
        (
            "KEPAINI, Enga, Sept 15 (Highlands Wire) - More than 40 houses and a church have "
            "been burned in the Lai valley as fighting between two clans spread.\n\nA police "
            "officer said fighters of the Yambali clan set fire to the houses at Kepaini, in the "
            "Lai valley, on Monday afternoon.",
            date(2027, 9, 15),
            date(2027, 9, 13),
        ),
        # the body named again, shorter, in its communiqué
        (
            "Eleven soldiers were killed on Sunday when armed men attacked an army post in "
            "Sebba, the army general staff said.\n\nIn a communiqué read on national television "
            'on Monday evening, the general staff said "a large group of armed terrorists" had '
            "attacked the post at dawn.",
            date(2032, 11, 9),
            date(2032, 11, 7),
        ),
    ],
)
def test_an_attack_told_again_is_one_account_of_its_day(nlp, text, published, day):
    (report,) = reports_of(text, published)
    assert (report.action, report.when.start) == ("attack", day)


def test_a_woman_beaten_after_a_school_was_burned_is_another_occurrence(nlp):
    # 'her' stands for the trader, not for the school set on fire two days before
    text = (
        "In the night of Sunday 9th May, unknown persons set fire to the primary school at "
        "Ndu. Two classrooms were destroyed.\n\nOn Wednesday 12th May, Mrs. Grace Nfor, a "
        "trader at the Ndu market, opened her stall for a few hours. Members of our "
        "commission who visited her in hospital report that she told them three young men "
        "carrying guns came to the market and beat her with sticks."
    )
    found = reports_of(text, date(2032, 5, 19))
    assert [(r.action, r.when.start) for r in found] == [
        ("attack", date(2032, 5, 9)),
        ("attack", date(2032, 5, 12)),
    ]


def test_families_who_left_a_town_for_another_fled_the_first(nlp):
    text = "On Monday some 40 families left Kirkuk for the camps around Erbil, fearing more raids."
    (report,) = reports_of(text, date(2027, 9, 16))
    assert (report.action, [p.name for p in report.where]) == ("displace", ["Kirkuk"])


def test_what_the_captors_said_of_themselves_is_no_source_of_the_account(nlp):
    text = (
        "On Saturday a nurse and her driver were stopped on the road near Wum. They were taken "
        "into the forest by armed men who said they were fighters of a separatist group."
    )
    (report,) = reports_of(text, date(2027, 11, 19))
    assert (report.action, report.origin.kind) == ("abduct", "author")


def test_reported_to_have_happened_is_hedged(nlp):
    text = "A roadside bomb is also reported to have exploded on Sunday evening near Jos."
    (report,) = reports_of(text, date(2027, 11, 19))
    assert report.certainty == "alleged"


def test_the_base_helpers_came_from_does_not_place_the_event(nlp):
    text = (
        "A storm pushed sea water into the harbour and several streets in Ribe on Tuesday "
        "night, the agency said. Around 40 houses were flooded, and crews from the agency's "
        "centre in Esbjerg helped pump the water out."
    )
    (report,) = reports_of(text, date(2027, 9, 9))
    assert [p.name for p in report.where] == ["Ribe"]


@pytest.mark.parametrize(
    ("text", "published", "action", "day"),
    [
        # an unconfirmed rocket in the small hours, no day named: the telling day
        (
            "There were unconfirmed reports of a rocket falling in an orchard near the moshav "
            "shortly after midnight, setting off a brush fire.",
            date(2027, 7, 13),
            "shell",
            date(2027, 7, 13),
        ),
        # a span in the words about a speaker does not date the account
        (
            "Li Wenjun, a 58-year-old villager who has petitioned over the land since 2019, "
            "told the paper on Sunday that villagers who had been guarding the nets on Friday "
            "night told his cousin that about 30 men in black arrived in a van and attacked "
            "them.",
            date(2027, 6, 14),
            "attack",
            date(2027, 6, 11),
        ),
    ],
)
def test_the_day_an_account_takes_when_its_sentence_names_none_of_its_own(
    nlp, text, published, action, day
):
    (report,) = reports_of(text, published)
    assert report.action == action
    assert report.when is not None and report.when.start == day


def test_a_denial_above_the_claim_it_names_on_a_live_page_answers_it(nlp):
    # a live page tells the night newest first: the denial stands above the claim
    text = (
        "05:45\nArmy: jets struck launchers\n\n"
        "Army spokesman Avi Ronen said jets struck launchers near Kfar Kila. He added that the "
        "militia's claim of a hit near Dafna was invented.\n\n"
        "03:10\nMilitia claims drone attack\n\n"
        "The militia said in a statement that its fighters attacked an army post near Dafna "
        "with drones at 00:15."
    )
    claim = next(r for r in reports_of(text, date(2027, 7, 13)) if "militia" in r.sources[0].text)
    assert claim.certainty == "denied"


def test_a_question_heading_an_explainer_tells_no_account(nlp):
    text = (
        "Did relatives protest outside the court?\n\n"
        "Two people in the public gallery said about 15 relatives stood outside the court "
        "holding signs on Monday."
    )
    assert reports_of(text, date(2027, 3, 9)) == ()


def test_another_body_named_later_in_the_account_is_not_its_source(nlp):
    text = (
        "A car bomb exploded in Mukalla on Wednesday, police said. The army said the road"
        " was closed."
    )
    reports = reports_of(text, date(2031, 12, 4))
    assert [r.origin.text for r in reports] == ["police"]


def test_what_did_not_happen_said_in_an_accounts_paragraph_is_part_of_it(nlp):
    # the uncle's words deny no protest; the commander's answer the shooting they follow
    text = (
        "Several hundred residents of Eastlands protested on Wednesday against eviction "
        "notices. Police fired tear gas to disperse them.\n\n"
        "Residents said a 19-year-old rider, Tom Otieno, was shot dead by police near the "
        'Eastlands footbridge. "He was not even protesting," his uncle told us.\n\n'
        "In a statement on Thursday, the regional police commander, Ruth Wanjiku, said: "
        '"No protester was shot dead by police officers in Eastlands on Wednesday."'
    )
    reports = reports_of(text, date(2032, 6, 18))
    assert [(r.action, r.certainty) for r in reports] == [
        ("protest", "asserted"),
        ("kill", "denied"),
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # where the account was told, after the verb of saying, is no place of its event
        (
            "Gunmen attacked the village of Bounkiling on Sunday night, police said.\n\n"
            "The police spokesman told a press briefing in Ziguinchor that about 30 armed men "
            "came into the village and set fire to the houses.",
            ["Bounkiling"],
        ),
        # a place set before the verb of saying is the scene of the account
        ("In Bignona, the local radio reported that 40 families fled on Monday.", ["Bignona"]),
        # where the source comes from is the place 'there' points back to
        (
            "A radio station based in Sédhiou reported that herders from a camp near Bignona "
            "had told it that gunmen killed 17 people there on Sunday night.",
            ["Sédhiou", "Bignona"],
        ),
    ],
)
def test_a_place_by_the_verb_of_saying_tells_where_only_when_set_before_it(text, places):
    (report,) = reports_of(text, date(2029, 5, 12))
    assert [p.text for p in report.where] == places


def test_a_notes_label_before_its_colon_is_no_denier():
    text = (
        "Police arrested nine protesters at the market in Velden on Tuesday, residents said.\n\n"
        "[Editor's note: Asked about the arrests on Sunday, Mawlawi Abdul Rahim Nazari, "
        'spokesman for the provincial governor, told The Valley Review: "No protester was '
        "arrested in Velden on Tuesday. The shopkeepers met the mayor and went back to their "
        'shops."]'
    )
    reading = extract(Article(id=article_id(text), text=text, published=date(2030, 10, 14)))
    assert [d.source.name for d in reading.denials] == ["Abdul Rahim Nazari"]
    assert [r.certainty for r in reading.reports] == ["denied"]


def test_an_alert_that_names_no_day_was_told_on_the_day_of_its_stamp(nlp):
    text = (
        "ALERT 0419 | 11 Jun 2032 21:50 EAT | Upper Eastern\n\n"
        "Gunmen shot at a bus near Merille at 1930 hrs, driver injured, police said.\n\n"
        "ALERT 0412 | 10 Jun 2032 05:58 EAT | Coast\n\n"
        "Weather: showers over Lamu this morning."
    )
    (report,) = reports_of(text, date(2032, 6, 12))
    assert report.when is not None and report.when.start == date(2032, 6, 11)
    assert report.when.role == "reported"


def test_a_past_an_alert_recalls_by_its_year_takes_no_stamp(nlp):
    text = (
        "ALERT 0419 | 11 Jun 2032 21:50 EAT | Lakes\n\n"
        "There was the year of the third term, 2015, when the protests in Bujumbura were put "
        "down, residents recalled.\n\n"
        "ALERT 0412 | 10 Jun 2032 05:58 EAT | Coast\n\n"
        "Weather: showers over Lamu this morning."
    )
    stamped = [
        r for r in reports_of(text, date(2032, 6, 12)) if r.when and r.when.start.year == 2032
    ]
    assert stamped == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "The news site Sahel Echo reported that gunmen killed eleven civilians in Dingazi, "
            "Niger, on Monday, quoting the mayor of the commune, who said the attackers came "
            "at dusk.",
            ["media", "official"],
        ),
        (
            "The radio said that soldiers burned two houses in Guzang, Cameroon, on Monday, "
            "citing the village chief, who said the soldiers came at dawn.",
            ["media", "eyewitness"],
        ),
    ],
)
def test_who_quotes_after_the_reported_event_is_its_reporter(text, kinds):
    # the gunmen and the soldiers of the reported clause quote no one
    (report,) = reports_of(text, date(2032, 6, 9))
    assert [s.kind for s in report.sources] == kinds


def test_what_an_informant_tells_the_publisher_is_the_informants_word():
    text = (
        "A teacher told Rights Watch Example that soldiers burned the school in Kumbo, Cameroon, "
        "on Monday.\n\n"
        "Rights Watch Example has confirmed that gunmen abducted four teachers in Kumbo on "
        "Wednesday."
    )
    burned, abducted = reports_of(text, date(2032, 11, 17), "Rights Watch Example")
    assert [s.kind for s in burned.sources] == ["eyewitness"]
    assert [s.kind for s in abducted.sources] == ["author"]


def test_an_event_of_a_year_before_last_is_background():
    text = (
        "Gunmen killed three passengers at a checkpoint in Buea, Cameroon, on Saturday.\n\n"
        "The crisis began in October and November 2016, when lawyers went on strike in Bamenda."
    )
    assert [r.action for r in reports_of(text, date(2032, 11, 17))] == ["kill"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The committee heard the District Police Commander (DPC) and the Chief "
            "Administrative Officer (CAO).\n\nThe DPC reported that gunmen ambushed a taxi near "
            "Iriiri on Friday and shot two passengers dead.",
            "The DPC",
        ),
        # a body's name given in English, its initials from its own language's name
        (
            "The National Emergency Directorate (DNE) put the figure higher.\n\nAccording to the "
            "DNE, a landslide killed two farmers near Iriiri on Friday.",
            "the DNE",
        ),
    ],
)
def test_a_title_abbreviated_after_it_was_spelled_out_speaks_as_that_title(nlp, text, said):
    (report,) = reports_of(text, date(2025, 2, 10))
    assert [(s.text, s.kind) for s in report.sources] == [(said, "official")]


MEMBERS = (
    "MEMBERS PRESENT\n1. Mr. Kato Ssali - District Police Commander (DPC)\n"
    "2. Col. Peter Oketa - Brigade Commander, 3rd Division\n\n"
)


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("The DPC reported", "Kato Ssali"),
        ("The Brigade Commander reported", "Peter Oketa"),
    ],
)
def test_a_title_given_in_a_list_of_members_speaks_as_its_holder(nlp, said, name):
    text = MEMBERS + f"{said} that gunmen ambushed a taxi near Iriiri on Friday."
    (report,) = reports_of(text, date(2025, 2, 10))
    assert [(s.name, s.kind) for s in report.sources] == [(name, "official")]


def test_the_publisher_named_by_its_initials_is_no_link_of_the_chain(nlp):
    text = "A community leader in Kessa told RMG-K that soldiers arrested nine men on Monday."
    article = Article(
        id=article_id(text),
        text=text,
        publisher="Riverside Monitoring Group – Kessa",
        published=date(2025, 2, 10),
    )
    (report,) = extract(article).reports
    assert [s.text for s in report.sources] == ["A community leader in Kessa"]


@pytest.mark.parametrize(
    ("text", "publisher", "chain"),
    [
        # the outlet by its name without the word that says what it is
        (
            "A community leader in Kessa told Dalil by phone that soldiers arrested nine men on "
            "Monday.",
            "DALIL Verify",
            ["A community leader in Kessa"],
        ),
        # another outlet whose name begins like the publisher's stays in the chain
        (
            "A community leader in Kessa told Kessa Radio that soldiers arrested nine men on "
            "Monday.",
            "Kessa Times",
            ["Kessa Radio", "A community leader in Kessa"],
        ),
    ],
)
def test_the_publisher_named_without_its_last_word_is_no_link_of_the_chain(text, publisher, chain):
    article = Article(
        id=article_id(text), text=text, publisher=publisher, published=date(2025, 2, 10)
    )
    (report,) = extract(article).reports
    assert [s.text for s in report.sources] == chain


def test_a_log_entry_takes_the_place_its_heading_ends_with_not_the_entry_before(nlp):
    text = (
        "Weekly maritime security advisory\n\n"
        "3.1  07 JUN 2031 - CLAIMED ATTACK ON TANKER - GULF OF ADEN\n"
        "The group's spokesman said its forces had targeted a tanker off Aden with drones.\n\n"
        "3.2  08 JUN 2031, 1105 UTC - EXPLOSION NEAR VESSEL - 18 NM WEST OF MOCHA\n"
        "The master of the cargo ship SEA OWL said a small craft exploded near the vessel.\n"
    )
    (explosion,) = [r for r in reports_of(text, date(2031, 6, 12)) if r.action == "explode"]
    assert [p.text for p in explosion.where] == ["MOCHA"]


def test_speakers_named_in_capitals_tell_their_own_accounts_and_their_pronouns_too():
    text = (
        "ROSALIND ODHIAMBO, Special Envoy for the Great Lakes, said that on 2 May gunmen "
        "killed nine miners near Rubaya.\n\n"
        "GRACE NAKATO-LUWUM, Director of the Kivu Women's Forum, said that civic space was "
        "shrinking. On 4 May, intelligence agents arrested two reporters in Goma, she said."
    )
    reports = reports_of(text, date(2032, 5, 9))
    assert [(r.action, r.sources[-1].name) for r in reports] == [
        ("kill", "ROSALIND ODHIAMBO"),
        ("arrest", "GRACE NAKATO-LUWUM"),
    ]


def test_an_account_of_burning_is_denied_by_nothing_of_the_kind_on_record():
    text = (
        "Villagers said security personnel set fire to about twenty huts in Kotri on "
        "12 September.\n\n"
        "No such incident of burning of huts by security personnel in Kotri has been "
        "reported by the district administration."
    )
    (report,) = reports_of(text, date(2032, 9, 16))
    assert (report.action, report.certainty) == ("destroy", "denied")


def test_a_sit_in_after_a_denied_abduction_is_no_denied_claim():
    text = (
        "9 September – Men in plain clothes took away three students from a hostel in Kotri, "
        "the students' union said. The next day the district's spokesperson rejected the "
        "claim, saying that no student had been detained in Kotri.\n\n"
        "11 September – Relatives of the three students staged a sit-in outside the office "
        "of the district commissioner in Kotri."
    )
    reports = reports_of(text, date(2032, 9, 16))
    assert [(r.action, r.certainty) for r in reports] == [
        ("abduct", "denied"),
        ("protest", "asserted"),
    ]


def test_a_police_logs_entries_are_dated_by_their_hour_and_placed_at_their_station():
    text = (
        "Period covered: 14/03/2033 06:00 to 15/03/2033 06:00\n\n"
        "STATION: BENONI\n\n"
        "1. CAS 88/03/2033 - Hijacking\n"
        "Time: 19:30\n"
        "Three armed men hijacked a delivery truck in a side street.\n\n"
        "STATION: GERMISTON\n\n"
        "2. CAS 12/03/2033 - Possession of an unlicensed firearm\n"
        "Time: 02:15\n"
        "Members stopped a car at a roadblock and arrested two men."
    )
    reports = reports_of(text, date(2033, 3, 15))
    assert [(r.action, r.when.start, r.where[0].name, r.sources[-1].kind) for r in reports] == [
        ("seize", date(2033, 3, 14), "Benoni", "author"),
        ("arrest", date(2033, 3, 15), "Germiston", "author"),
    ]


def test_where_the_wounded_are_treated_is_no_place_of_what_wounded_them():
    text = (
        "Six soldiers were killed when gunmen ambushed a convoy near Hoshab in Kech district "
        "on Wednesday, the army said. The injured were being treated at the military hospital "
        "in Turbat."
    )
    (report,) = reports_of(text, date(2026, 5, 14))
    assert "Turbat" not in [p.text for p in report.where]


@pytest.mark.parametrize(
    ("text", "name", "treated_there"),
    [
        ("The injured were being treated at the military hospital in Turbat.", "Turbat", True),
        # the place of those who were treated, not of their treatment
        ("Cholera patients from the town of Mansa were admitted to the clinic.", "Mansa", False),
    ],
)
def test_where_the_wounded_are_treated_is_told_by_the_verb_of_care(nlp, text, name, treated_there):
    doc = nlp(text)
    start = text.index(name)
    place = Place(name, start, start + len(name))
    assert _where_treated(doc, place) is treated_there


def test_an_update_later_than_the_page_tells_what_has_happened():
    text = (
        "Stop the attacks on the camps of Rutshuru\n\n"
        "Armed men burned the Kanyaruchinya camp near Goma on Monday 10 January 2033.\n\n"
        "Update · 20 March 2033\n\n"
        "Soldiers arrested six suspects at Kiwanja on Wednesday.\n\n"
        "Update · 3 March 2033\n\n"
        "Late on Monday evening, armed men attacked a camp near Goma again.\n"
    )
    found = {(r.action, r.when.start) for r in reports_of(text, date(2033, 2, 12))}
    assert ("arrest", date(2033, 3, 16)) in found
    assert ("attack", date(2033, 2, 28)) in found


def test_an_account_told_far_from_any_place_lies_in_the_article_main_town():
    text = (
        "The port of Tripoli reopened on Monday. Ferries to Tripoli resumed, and the Tripoli "
        "harbour master thanked the crews.\n\n"
        "The harbour master said the new cranes had arrived.\n\n"
        "Crews painted the quays.\n\n"
        "Tugs were serviced.\n\n"
        "Earlier this month, two shells landed near the eastern quay, the port authority said."
    )
    (shelling,) = [r for r in reports_of(text, date(2033, 3, 14)) if r.action == "shell"]
    assert [p.name for p in shelling.where] == ["Tripoli"]
    assert "the article's main town" in (shelling.where[0].reason or "")


def test_items_under_a_dated_heading_take_its_day():
    text = (
        "Heavy rain fell over most of the province.\n\n"
        "INCIDENTS IN THE LAST 24 HOURS\n\n"
        "The authority's teams worked through the night.\n\n"
        "Rescue teams cleared the drains of the old city.\n\n"
        "In Murree, a landslide near Jhika Gali blocked the road to Kohala."
    )
    (landslide,) = [r for r in reports_of(text, date(2033, 7, 17)) if r.action == "landslide"]
    assert landslide.when is not None
    assert (landslide.when.start, landslide.when.end) == (date(2033, 7, 16), date(2033, 7, 17))


def test_a_span_that_holds_a_shorter_day_gives_way_to_it():
    text = (
        "Last week, in the night of Wednesday 9 to Thursday 10 March, a cyclone struck "
        "Morondava and tore the roofs off the market."
    )
    (report,) = reports_of(text, date(2033, 3, 20))
    assert (report.when.start, report.when.end) == (date(2033, 3, 9), date(2033, 3, 10))


def test_an_account_under_a_speech_verb_read_as_a_noun_is_no_hearsay():
    # the tagger reads 'report' as a noun here; its subject shows it is the verb
    text = "Parents at the Malacatos bridge report that the police beat the drivers at about 08:45."
    (report,) = reports_of(text, date(2033, 3, 7))
    assert (report.action, report.sources[0].kind) == ("attack", "eyewitness")


def test_what_the_publisher_itself_says_is_asserted():
    text = (
        "The Lake Ports Authority informs the public that sailings to the island stay "
        "suspended.\n\n"
        "Last night, about 200 relatives of passengers gathered at the main gate of Mwanza "
        "North Port and blocked it for three hours, demanding the passenger list. The "
        "Authority understands their anguish and appeals to the public to remain calm."
    )
    (report,) = reports_of(text, date(2033, 10, 13), "Lake Ports Authority")
    assert (report.action, report.certainty) == ("protest", "asserted")


def test_a_source_named_after_the_authors_own_paragraphs_tells_only_its_own_claim():
    # the office tells the blockade and the detentions itself; the portals' claim two
    # paragraphs on is theirs, not the source of the office's own account
    text = (
        "On Tuesday, some local residents obstructed the highway at Dhulikhel with stones and "
        "burning tyres.\n\n"
        "Police detained 14 persons from the blockade site for obstructing the highway.\n\n"
        "Some online news portals, quoting local residents, have claimed that police opened "
        "fire on the protesters at Dhulikhel."
    )
    reports = reports_of(text, date(2033, 7, 27), publisher="District Office")
    assert [(r.action, r.sources[0].kind) for r in reports[:2]] == [
        ("protest", "author"),
        ("arrest", "author"),
    ]


def test_another_kind_of_event_others_claim_after_the_authors_account_is_their_account():
    text = (
        "On Tuesday, some local residents obstructed the highway at Dhulikhel with stones and "
        "burning tyres.\n\n"
        "Hundreds of vehicles were stranded on both sides of the blockade.\n\n"
        "Some online news portals, quoting local residents, have claimed that police opened "
        "fire on the protesters at Dhulikhel."
    )
    protest, attack = reports_of(text, date(2033, 7, 27), publisher="District Office")
    assert (protest.action, protest.certainty) == ("protest", "asserted")
    assert (attack.action, attack.certainty, attack.when.start) == (
        "attack",
        "reported",
        date(2033, 7, 26),
    )
    assert [s.kind for s in attack.sources] == ["organization", "eyewitness"]


def test_the_next_paragraph_naming_the_leads_source_with_its_toll_is_the_same_account():
    text = (
        "Fighters attacked army positions near Kirsh in Lahej province on Monday morning.\n\n"
        "Two soldiers were killed and four wounded in the fighting, a medical source told the "
        "agency."
    )
    reports = reports_of(text, date(2031, 12, 2), publisher="Aden Agency")
    assert [(r.action, r.sources[0].kind) for r in reports] == [
        ("attack", "anonymous"),
        ("kill", "anonymous"),
    ]


def test_the_writers_own_visit_dates_no_event():
    text = (
        "On Monday 14 March 2033, villagers who had blocked the road to the nursery were "
        "confronted by the company's guards, and a farmer, Markus Wenda, died that afternoon."
        "[1]\n\n"
        "PT Hijau Lestari tells another story. In a statement released two days after the "
        "clash, the company denied that its guards were armed.[2]\n\n"
        "The violence did not end there. On the night of 15 March, eleven houses in the hamlet "
        "of Arso were set on fire. Villagers told Kabar Papua that the fires were lit by men in "
        "company uniforms who arrived on two trucks.[3] When I visited Arso in mid-April, the "
        "charred frames of the houses were still standing, and several families were sharing "
        "the homes of relatives."
    )
    reports = reports_of(text, date(2033, 5, 10), publisher="Land Notes")
    fires = [r for r in reports if r.action in {"attack", "destroy"}]
    assert fires and all(r.when.start == date(2033, 3, 15) for r in fires)


def test_an_apps_compact_age_stamps_the_alert_under_it():
    # a news app's notification list, copied on Thursday 15 September 2033
    text = (
        "1h ago | BREAKING\n"
        "Police detained three men in Guastatoya at dawn, the police said.\n\n"
        "3h ago | SPORTS\n"
        "Municipal held 1-1 by Saprissa in San José.\n\n"
        "Yesterday 16:05 | UPDATE\n"
        "Gunmen killed five passengers on a bus near Sanarate, firefighters said."
    )
    arrest = reports_of(text, date(2033, 9, 15))[0]
    assert (arrest.action, arrest.when.start) == ("arrest", date(2033, 9, 15))


def test_a_table_entry_set_like_a_dateline_months_before_the_page_keeps_its_day():
    text = (
        "1. Two incidents were recorded in the province, as follows:\n\n"
        "Kampung Velden, Semporna, 27.04.2031 – Police arrested four men suspected of acting"
        " as lookouts for a gang.\n\n"
        "2. In the early hours of Thursday, police arrested five men near Semporna, the"
        " commissioner said."
    )
    reports = reports_of(text, date(2031, 7, 18))
    assert sorted(str(r.when.start) for r in reports if r.action == "arrest") == [
        "2031-04-27",
        "2031-07-17",
    ]


def test_each_action_of_one_sentence_keeps_the_day_its_own_verb_hangs_on():
    text = (
        "Ramon Ilić, 31, a weaver detained at his home in Velden on Saturday, died on Tuesday"
        " in the Ostrava prison, according to the records of the Velden Rights Network."
    )
    reports = reports_of(text, date(2031, 9, 22))  # a Monday
    days = {r.action: str(r.when.start) for r in reports}
    assert days == {"kill": "2031-09-16", "arrest": "2031-09-20"}
