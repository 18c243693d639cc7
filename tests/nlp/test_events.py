"""Event triggers: action, agent and patient, and what is not an event."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from claimtrail.nlp.events import find_triggers

CASES = [
    # (sentence, expected [(action, agent actor or text, patient actor or text, negated)])
    (
        "Police arrested 40 protesters outside the court.",
        [("arrest", "police", "protesters", False)],
    ),
    (
        "Four soldiers were killed by a roadside bomb.",
        [("explode", "a roadside bomb", "soldiers", False)],
    ),
    ("Gunmen did not kill the farmers.", [("kill", "gunmen", "the farmers", True)]),
    (
        "The aircraft landed near the dam and took away three prisoners.",
        [("land", "aircraft", None, False), ("evacuate", "aircraft", "three prisoners", False)],
    ),
    (
        "Rebels carried out a raid on the depot.",
        [("attack", "rebels", "a raid on the depot", False)],
    ),
    (
        "Trucks were supplying ammunition to Taliban fighters.",
        [("supply", "Trucks", "Taliban", False)],
    ),
    ("An explosion ripped through the warehouse.", [("explode", None, None, False)]),
    (
        "A group of youths smashed up the bus shelter overnight.",
        [("attack", "A group of youths", "the bus shelter", False)],
    ),
    ("Troops returned fire and drove the raiders off.", [("attack", "troops", "fire", False)]),
    ("The guards did not return fire.", [("attack", "The guards", "fire", True)]),
    (
        "Typhoon Rosa made landfall over the island.",
        [("cyclone", "Typhoon Rosa", "landfall", False)],
    ),
]


def summary(mention):
    if mention is None:
        return None
    return mention.actor or mention.text


@pytest.mark.parametrize("text,expected", CASES)
def test_triggers(nlp, text, expected):
    got = [
        (t.action, summary(t.agent), summary(t.patient), t.negated)
        for t in find_triggers(nlp(text))
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "The army plans to evacuate the town.",  # intention, not occurrence
        "The ministry denied evacuating any officials.",  # content of a denial
        "The militia will attack the port.",  # future
        'Police warned they "will not hesitate to arrest" anyone who gathers.',  # a threat
        "The minister made a statement on Friday.",  # generic verb without an event noun
        "Embers landed far ahead of the fire front.",  # no aircraft landed
        "We had embers landing a mile ahead of the fire.",
        "The driver fled on foot after the crash.",  # escaped; no one was displaced
        "The river taxi struck a submerged log near the landing.",  # an accident, no attack
        "The minibus hit a pole on the bypass.",
        "Investigators found no weapons in the house.",  # nothing found, nothing seized
        "Medics carried the injured man off the pitch.",  # people carry people: no loss
        "By Tuesday, 23 wildfires were burning across the province.",  # the state of things
        "Police found the body of a man in a ditch.",  # bodies found date no killing
        # debris the wind threw, and money moved, are no attack and no transport
        "A sheet of roofing torn off by the gale struck her outside her home.",
        "A falling branch hit the boy on his way to school.",
        "Victims were told to transfer a total of 90,000 shillings to his account.",
        "Teachers fought for higher pay all year.",  # a struggle, no clash
        "A lone bull has been raiding fields along the river for weeks.",  # crops, no people
        "The dockers voted to strike until the bonus is paid.",  # a decision, not yet done
        "The decree bans all burning in the province until the end of the month.",  # a ban
        # strikes from the air, and strikes yet to come, are no stoppage
        "The union will ask other unions for a national strike next week.",
        "The dockers voted to extend their strike.",
        "A curfew prohibits marching in the old town after dark.",
        "Some families refused to leave their homes despite the warning.",  # refused
        # ore a mine extracts, a catch fishermen land
        "Sangarédi is the mining town where the bauxite is extracted.",
        "Fishermen were landing their catch at Joal on Monday morning.",
        # the area a fire took is a figure of its extent
        "More than 1,200 hectares of forest and scrub had burned since Sunday.",
        "Fires burned 300 hectares of pine forest near the coast on Monday.",
        # what someone was kept from doing
        "Soldiers prevented the gunmen from attacking the camp.",
        "Police stopped the crowd from storming the station.",
        "These groups are fighting over checkpoints and money.",  # a state of affairs
        # livestock lost in a drought or a dzud are losses, not an incident
        "About 2.1 million head of livestock had died nationwide by the end of March.",
        "Hundreds of cattle died in the drought last month.",
        "Wolves killed 40 sheep near the winter camp.",
        "The gunmen fled into the bush before the police arrived.",
        "Three inmates fled the district prison after overpowering a guard.",  # a jailbreak
        # a rule for whoever may come, and what they would be doing, is no deed
        "Security agencies were directed to arrest anyone found violating the curfew.",
        "Police were ordered to shoot anyone looting shops in the town.",
        "The group said no airstrike had hit its positions in the valley.",  # denied outright
        "Bomb squads neutralised a device found near the school.",  # no one was hurt
        "Air defences neutralised six drones over the city overnight.",
        # the claim a denial repeats and calls false
        "The report that soldiers burned the market is false, the army said.",
        "The claim that rebels shelled the town is baseless.",
        "The reports that troops killed two men were fabricated.",
        "Volunteers fought the fire for six hours near the town on Monday.",
        "The nurses fought the fever in the camp for weeks.",
        # herders driving their cattle take none
        "Herders drove their cattle to the river near the camp on Sunday.",
        # latrines and wards that overflow flood nothing
        "The latrines in the camp are overflowing in the rain.",
        "The wards were overflowing with patients on Monday.",
        "Fuel spilled onto the road after the lorry overturned.",
        # what there was not, or may be, happened not
        "There was no fighting in the town on Friday, the mayor said.",
        "There could be clashes near the border if the talks fail.",
        "There will be a march to the ministry on Monday.",
        # members of a club are no captors
        "Six players were taken by members of the club to the stadium.",
        # control of what is no place is no seizure
        "Police said they had taken control of the situation by noon.",
        "Firefighters gained control of the blaze after six hours.",
        '"The information spread by the ministry that our units fired at its positions near '
        'the village does not reflect reality and is disinformation," it said.',
        # a demand opened by its verb asks for what it names
        "Identify and prosecute those who abducted the photographer and burned the van.",
        "2. Release the journalist arrested in Bamenda and drop the charges.",
    ],
)
def test_not_events(nlp, text):
    assert find_triggers(nlp(text)) == []


def test_talk_about_reports_is_hearsay(nlp):
    (trigger,) = find_triggers(nlp("There were reports of drones attacking convoys in the desert."))
    assert trigger.hearsay and trigger.action == "airstrike"


def test_weapon_names_the_attack(nlp):
    (trigger,) = find_triggers(nlp("Guided bombs hit two schools in the city."))
    assert trigger.action == "airstrike"


def test_offsets_point_at_the_trigger(nlp):
    text = "Yesterday militants abducted six teachers."
    (trigger,) = find_triggers(nlp(text))
    assert text[trigger.start_char : trigger.end_char] == "abducted"
    assert text[trigger.patient.start_char : trigger.patient.end_char] == "six teachers"


@pytest.mark.parametrize(
    "text,action",
    [
        ("The ministry confirmed the outbreak in the camp.", "outbreak"),
        ("Officials recorded 146 suspected cases in the town.", "outbreak"),
        ("Rangers said a giraffe was killed near the road.", "poach"),
        ("A polar bear was shot near the settlement without a hunting licence.", "poach"),
        ("Two wolves were killed in the reserve last winter.", "poach"),
        # ground that gives way is a landslide; a wall that does collapses
        ("A section of hillside gave way above the coast road at dawn.", "landslide"),
        ("The slope collapsed onto two houses below the school.", "landslide"),
        ("A wall gave way at the school after the storm.", "collapse"),
        # people taken hostage are abducted
        ("Gunmen took two teachers hostage at the school on Monday.", "abduct"),
        # a family banished from its village is displaced
        ("The village council banished the family after a dispute over land.", "displace"),
        # households moved to a centre are evacuated
        ("Eleven families were moved to the social welfare centre by police.", "evacuate"),
        # a vessel detained is seized, named or not; its crew are arrested
        ("A navy patrol boat detained two trawlers off the cape.", "seize"),
        ("The longliner Sea Eagle was detained by a navy patrol boat off the cape.", "seize"),
        ("A navy patrol boat detained six fishermen off the cape.", "arrest"),
        ("Gunmen shot two guards at the gate.", "attack"),
        ("Hundreds of students took out a rally to the governor's office.", "protest"),
        ("Traders held a demonstration outside the market on Friday.", "protest"),
        ("Mortar rounds landed on two houses near the market.", "shell"),
        ("A firefighter suffered burns to his hands on the ridge.", "injure"),
        ("Two guards sustained injuries when the wall fell.", "injure"),
        ("Volunteers hauled eighty goats from the farms to the showground.", "transport"),
        ("Troops neutralised two gunmen at a checkpoint on the highway.", "kill"),
        # the tagger reads "a motorcycle shot" as one noun; "dead" stands for "shot dead"
        ("Two men on a motorcycle shot dead a rubber tapper at dawn.", "kill"),
        # the parser hangs "dead" on the object ("dead two farmers"); it is still "shot dead"
        ("Guards shot dead two farmers near the estate on Saturday.", "kill"),
        # people taken from their homes by armed men are abducted, not evacuated
        ("A defence volunteer was taken from his home by five armed men on Friday.", "abduct"),
        ("Gunmen took a village headman from his house before dawn.", "abduct"),
        # the people and captors of the verb 'taken away' is coordinated with
        ("The driver was stopped by armed men on the road and taken away.", "abduct"),
        ("Rescuers took forty residents from their homes to the school hall.", "evacuate"),
        ("Two passengers shot dead the driver of a minibus on Tuesday.", "kill"),
        ("The ministry said its aircraft had neutralised four fighters in the hills.", "airstrike"),
        ("Youths stoned a police van at the junction on Friday evening.", "attack"),
        ("Guards beat her son with sticks near the gate.", "attack"),
        ("Villagers fought with machetes over the disputed rice fields.", "attack"),
        ("Militia fighters fought the army for six hours near the town on Monday.", "attack"),
        ("The head of the family died when the roof fell in.", "kill"),
        ("A hippo trampled a fisherman to death near the landing on Sunday.", "kill"),
        ("The suspect was stoned to death by a crowd at the market.", "kill"),
        # children carried away by raiders are abducted, not swept away by water
        ("Survivors saw six children being carried away by the raiders at dawn.", "abduct"),
        ("Raiders carried off three girls from the cattle camp on Sunday.", "abduct"),
        ("The river carried away two boys near the ford.", "kill"),
        # a river that breaches its banks floods; a dam that breaches collapses
        ("The river breached its banks upstream of the town overnight.", "flood"),
        ("The dam breached after a week of rain.", "collapse"),
        # a slope that comes down is a landslide
        ("The slope behind the village came down after two days of rain.", "landslide"),
        # fighters who take control of a town seize it
        ("The group said its fighters had taken full control of the town at dawn.", "seize"),
        # a bomb made by hand that hits a vehicle explodes
        ("An IED hit a police truck near the border post on Tuesday.", "explode"),
        # livestock driven off or stolen in a raid is seized
        ("Raiders drove off over 600 goats and 80 cattle towards the hills.", "seize"),
        ("Gunmen stole 200 head of cattle from the camp on Sunday.", "seize"),
        ("The raiders made off with the whole herd at dawn.", "seize"),
        # a person seized by name, perhaps with a role beside the name, is abducted
        ("Father Pierre Lamy, 61, a priest of the parish, was seized by armed men.", "abduct"),
        ("Rebels seized Kiwanja, a town near the border, on Wednesday.", "seize"),
        # a person forced into a vehicle by captors is abducted
        ("Armed men forced him into a van outside his shop on Monday.", "abduct"),
        ("The nurse was bundled into a car by unknown men near the clinic.", "abduct"),
        ("Gunmen dragged the driver into a pickup at the junction.", "abduct"),
        # goods looted are taken by force
        ("The clinic at Kalo was looted on Friday night.", "seize"),
        ("Armed youths plundered the shops along the main road.", "seize"),
        # what overflows floods when it holds water
        ("The river overflowed at Mopti on Sunday.", "flood"),
        ("Rain caused the Bani to overflow near the bridge.", "flood"),
        ("The river has spilled into the lower town since Wednesday.", "flood"),
        # a dateline parsed as the subject, the waters beside it
        (
            "Gatumba (Mutimbuzi) – Lake Tanganyika and the Rusizi river overflowed into the "
            "Gatumba zone overnight.",
            "flood",
        ),
        # an event told as what there was
        ("There was an explosion at the fish market in Mopti on Friday.", "explode"),
        ("Since Friday there has been heavy fighting between two militias near Kidal.", "attack"),
        ("There was heavy shelling of the port overnight.", "shell"),
        # soldiers taken by armed men, or by members of an armed group, are abducted
        ("Four soldiers were taken by gunmen at the checkpoint on Sunday.", "abduct"),
        ("Two officers were taken by members of a dissident faction near the dam.", "abduct"),
        # people removed or driven out of a place
        ("Police officers removed several hundred miners from the pits on Monday.", "displace"),
        ("On Monday soldiers drove the herders out of the valley.", "displace"),
        # families who leave a named place or their villages fled them
        ("On Monday 40 families left Kirkuk for the camps around Erbil.", "displace"),
        ("Some 300 residents abandoned their villages near the border last week.", "displace"),
        # people the story just named, taken by armed men
        (
            "A nurse and her driver were stopped near Wum. They were taken into the forest by "
            "armed men.",
            "abduct",
        ),
    ],
)
def test_event_nouns_and_patients(nlp, text, action):
    assert action in [t.action for t in find_triggers(nlp(text))]


def test_uncounted_case_is_not_an_outbreak(nlp):
    assert find_triggers(nlp("The judge heard the case on Monday.")) == []


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("The county moved 1,300 residents to relief camps on Sunday.", "evacuate"),
        ("About 600 villagers were shifted to higher ground overnight.", "evacuate"),
        ("Volunteers took 40 children to an evacuation centre near the port.", "evacuate"),
        ("Hundreds of families left their homes along the river.", "displace"),
        ("Fishermen abandoned their homes after the second wave.", "displace"),
        ("About 40 residents of the quarter were moved to relatives in the town.", "evacuate"),
        ("The families were taken to a hotel in the district capital on Friday.", "evacuate"),
        ("The agency ordered the evacuation of three hillside districts.", "evacuate"),
        ("Some 90 households were moved overnight to tents at the school.", "evacuate"),
        ("Crews moved the families to a relocation site outside the town.", "evacuate"),
        ("Firemen moved 45 households, some 200 people, to the hall of the school.", "evacuate"),
        ("The council moved 22 families living by the dam to the parish church.", "evacuate"),
        ("Officials moved 12 households to a hostel near the station on Monday.", "evacuate"),
        # people moved from where they live, wherever the parser hangs the refuge
        (
            "The council had moved 30 residents of Kibi from the houses closest to the river "
            "to the village's school and health post as a precaution.",
            "evacuate",
        ),
        ("About 200 families have been forced out of their homes since Saturday.", "displace"),
        ("Three injured guards were flown by helicopter to the hospital in Chitré.", "evacuate"),
        ("A motorcyclist was flown to the hospital by the air ambulance.", "evacuate"),
        ("A second group of fishermen was blocking the coast road near Pedasí.", "protest"),
        # the dateline parsed as the subject, the blockaders in apposition to it
        (
            "CHITRÉ, Herrera — About 200 migrants who had waited for days at the shelter walked "
            "out at dawn and blocked the highway at the entrance to the town.",
            "protest",
        ),
    ],
)
def test_moving_people_to_refuge_and_leaving_home(nlp, text, action):
    assert [t.action for t in find_triggers(nlp(text))] == [action]


@pytest.mark.parametrize(
    "text",
    [
        "The bank moved its headquarters to Nairobi in March.",
        "The ministry moved 300 pupils to a new school in the capital.",
        "She left the house early on Friday.",
        "He left the village early on Friday.",
    ],
)
def test_moving_things_or_people_elsewhere_is_no_evacuation(nlp, text):
    assert find_triggers(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "agent"),
    [
        ("Villagers accused an army helicopter of firing on their houses.", "an army helicopter"),
        ("The union accused the guards of shooting two strikers.", "the guards"),
    ],
)
def test_the_accused_is_the_agent_of_what_they_are_accused_of(nlp, text, agent):
    trigger = find_triggers(nlp(text))[0]
    assert trigger.agent is not None and trigger.agent.text == agent


@pytest.mark.parametrize(
    "text",
    [
        "The storm was expected to flood the delta before Sunday.",
        # a forecast of the analyst's
        "Police are likely to arrest more suspects in the coming weeks.",
        "Baghdad is likely to respond to the violence with further arrests.",
    ],
)
def test_an_expected_event_is_no_occurrence(nlp, text):
    assert find_triggers(nlp(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "A second storm hit the valley yesterday afternoon.",
        "Heavy rain pounded the capital on Monday.",
        "Strong winds battered the coast overnight.",
    ],
)
def test_weather_that_hits_a_place_is_no_attack_nor_cyclone(nlp, text):
    assert find_triggers(nlp(text)) == []


def test_weather_still_destroys_for_real(nlp):
    found = find_triggers(nlp("The storm destroyed 40 houses in Kibuye."))
    assert [t.action for t in found] == ["destroy"]


@pytest.mark.parametrize(
    "text",
    [
        "Agents of the anti-drug agency destroyed about 12 hectares of cannabis fields on Friday.",
        "Police destroyed 40 hectares of poppy near the border last week.",
    ],
)
def test_an_area_someone_destroyed_is_an_act(nlp, text):
    assert [t.action for t in find_triggers(nlp(text))] == ["destroy"]


def test_what_a_fire_destroyed_beside_its_area_and_a_flooded_area_stay_events(nlp):
    text = "The fire has burned 7,120 acres and destroyed 14 homes."
    found = find_triggers(nlp(text))
    assert [(t.action, text[t.start_char : t.end_char]) for t in found] == [
        ("destroy", "destroyed")
    ]
    found = find_triggers(nlp("The river flooded 2,000 hectares of farmland on Monday."))
    assert [t.action for t in found] == ["flood"]


@pytest.mark.parametrize(
    "text",
    [
        "Floods hit the delta every year in the 1990s.",
        "In the 1980s the old levees often gave way.",
        # tallies and totals over years
        "Mudflows kill dozens of people in the valley most years.",
        "The monitor recorded 61 airstrikes across the country in February.",
        "Floods killed 300 people in the province between 2015 and 2025.",
        "Police arrested 1,200 people in the province from 2019 to 2023, the agency said.",
        "Gangs have attacked towns along the highway repeatedly since last year.",
        "The Strandzha has burned almost every summer of the past decade.",
    ],
)
def test_recurring_events_are_no_occurrence(nlp, text):
    triggers = find_triggers(nlp(text))
    assert triggers and all(t.recurring for t in triggers)


def test_a_one_off_event_is_not_recurring(nlp):
    triggers = find_triggers(nlp("Floods hit the delta on Monday, every village lost power."))
    assert triggers and not triggers[0].recurring


def test_a_descriptive_participle_is_no_event_beside_the_one_that_happened(nlp):
    # the families were displaced before; what happened here is the handing over of water
    text = "Aid workers handed water to newly displaced families in the camp."
    assert [t.action for t in find_triggers(nlp(text))] == ["supply"]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier peace talks in the capital collapsed without a deal.",
        "Previous rounds of negotiations collapsed in the spring.",
        "Neighbours said their eyes were burning for hours after the leak.",
        "The coalition government collapsed after the vote.",
    ],
)
def test_descriptive_participles_and_figurative_subjects_are_no_events(nlp, text):
    assert find_triggers(nlp(text)) == []


def test_a_government_destroys_houses_in_earnest(nlp):
    text = "The provincial government demolished 212 houses in the district on Tuesday."
    assert [t.action for t in find_triggers(nlp(text))] == ["destroy"]


@pytest.mark.parametrize(
    ("text", "recurring"),
    [
        ("The insurgency has killed 30,000 people since 2011.", True),
        ("Since the war began, two million people have been displaced.", True),
        ("About 400 people have fled the villages since the raid.", False),
        ("Gunmen have killed nine people since Sunday.", False),
    ],
)
def test_a_running_total_over_years_is_no_single_occurrence(nlp, text, recurring):
    triggers = [t for t in find_triggers(nlp(text)) if not t.oblique]  # "since the raid"
    assert len(triggers) == 1 and triggers[0].recurring is recurring


@pytest.mark.parametrize(
    "text",
    [
        "The agency distributed food rations to 3,000 people in Dori.",
        "Its staff gave food, dry clothes and hygiene kits to the passengers at the port.",
        "The council provided drinking water to the camp on Monday.",
        "Volunteers handed out drinking water to people on the highway on Tuesday.",
    ],
)
def test_handing_out_aid_is_supply(nlp, text):
    assert [t.action for t in find_triggers(nlp(text))] == ["supply"]


@pytest.mark.parametrize(
    "text",
    [
        "Four water bombers had been dropping water on the ridge since first light.",
        "Helicopters dropped retardant over the burning slopes above the town on Monday.",
    ],
)
def test_water_dropped_on_a_fire_is_no_supply(nlp, text):
    assert find_triggers(nlp(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister gave a speech to the assembly.",
        "The bank gave its staff a bonus.",
        "Both men were given first aid on the spot.",  # care, not relief goods
    ],
)
def test_giving_what_is_no_relief_is_no_supply(nlp, text):
    assert find_triggers(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("A drone strike hit the cattle market in Nyala.", "airstrike"),
        ("An artillery barrage hit the camp at dawn.", "shell"),
    ],
)
def test_the_weapon_may_stand_before_the_head_noun(nlp, text, action):
    assert [t.action for t in find_triggers(nlp(text))] == [action]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Falling rocks hit a bus near the pass on Monday evening.", "landslide"),
        ("Boulders struck two houses above the river on Sunday.", "landslide"),
        ("Floodwaters destroyed the bridge at Kanpur on Friday.", "flood"),
        ("Rocks thrown by protesters hit a police van on Monday.", "attack"),
        ("A hillside gave way onto six houses before dawn on Tuesday.", "landslide"),
        ("The footbridge gave way under a crowd on Sunday.", "collapse"),
    ],
)
def test_a_force_of_nature_names_what_struck(nlp, text, action):
    assert [t.action for t in find_triggers(nlp(text))][:1] == [action]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("A magnitude 6.1 earthquake struck the island on Sunday.", ["earthquake"]),
        ("A flash flood tore through the bazaar late on Monday.", ["flood"]),
        ("Clashes erupted in the old town on Monday.", ["attack"]),
        ("A mudflow hit the edge of the village on Monday evening.", ["landslide"]),
        ("An avalanche came down on the pass road on Monday evening.", ["landslide"]),
    ],
)
def test_an_event_noun_subject_is_the_event_not_its_verb(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # a named storm that passes over or strikes a place
        ("Severe Tropical Cyclone Hetau passed directly over Lifuka late on Tuesday.", "cyclone"),
        ("Cyclone Mekunu, which struck Salalah in May, was the worst in decades.", "cyclone"),
        ("Tropical Storm Arlo crossed the coast near Belize City on Monday.", "cyclone"),
        # a river over its banks is a flood
        ("The Rapti burst its banks near Gorakhpur on Saturday night.", "flood"),
        ("The canal overflowed after two days of rain.", "flood"),
        ("The river broke its banks at two points east of the town.", "flood"),
        # people who leave or abandon their villages or houses are displaced
        ("Dozens of families left their villages near the river on Sunday.", "displace"),
        ("Residents abandoned their houses in the lower town on Monday.", "displace"),
    ],
)
def test_a_phrase_names_the_action(nlp, text, action):
    assert [t.action for t in find_triggers(nlp(text))] == [action]


@pytest.mark.parametrize(
    "text",
    [
        "A fisherman drowned in the lake on Sunday afternoon.",
        "Four people died when a wall fell on their house on Monday.",
    ],
)
def test_a_death_without_a_named_cause_is_a_killing(nlp, text):
    assert [t.action for t in find_triggers(nlp(text))] == ["kill"]


@pytest.mark.parametrize(
    "text",
    [
        "The ministry did not say how many people had died.",
        "Officials would not say whether anyone was arrested.",
        "It is unclear how many houses were destroyed.",
        "Police said it was too early to say whether the blast was linked to the shooting.",
    ],
)
def test_an_indirect_question_tells_no_event(nlp, text):
    assert find_triggers(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("Thirty people were treated for injuries at the clinic on Monday.", ["injure"]),
        ("Two guards were admitted with gunshot wounds late on Friday.", ["injure"]),
        ("Forty children were treated for cholera at the clinic.", []),
        ("Three dockers were taken to the city hospital with burns on Sunday.", ["injure"]),
        ("Police took the two men in for questioning on Sunday.", []),
    ],
)
def test_care_given_for_wounds_tells_of_injuries(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        (
            "A gang of armed men stormed the village, pulled the farmers out of their houses "
            "and shot them.",
            ["attack", "attack"],
        ),
        ("Soldiers pulled out 40 villagers trapped by the floods on Monday.", ["evacuate"]),
    ],
)
def test_attackers_pulling_people_out_evacuate_no_one(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    "text",
    [
        "Their truck struck an improvised explosive device on the road to Dori on Monday.",
        "A minibus hit a landmine near the border on Sunday.",
    ],
)
def test_a_vehicle_striking_a_device_sets_it_off(nlp, text):
    assert "explode" in [t.action for t in find_triggers(nlp(text))]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("Soldiers seized six civilians in the border village last week.", ["abduct"]),
        ("Police seized six rifles at the checkpoint.", ["seize"]),
        ("Four armed men shot a trader as he left his home on Monday.", ["attack"]),
        ("About 300 families left their homes after the raid.", ["displace", "attack"]),
    ],
)
def test_people_seized_are_abducted_and_leaving_home_as_a_time_is_no_flight(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("The first aid convoy reached the town on Tuesday afternoon.", ["supply"]),
        ("A military convoy reached the town on Tuesday.", []),
        (
            "A convoy of forty trucks carrying rice, flour and medicines reached Gao on Monday.",
            ["supply"],
        ),
        ("A convoy of trucks carrying troops reached the town on Monday.", []),
    ],
)
def test_an_aid_convoy_arriving_delivers_supplies(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("The convoy came under fire near Gossi on Monday.", ["attack"]),
        ("The army base came under heavy shelling overnight.", ["shell"]),
        ("The bill came under criticism in parliament.", []),
        ("Aid workers came under pressure to leave.", []),
    ],
)
def test_what_comes_under_fire_or_shelling_is_attacked(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    "text",
    [
        "A helicopter flew four of the most badly wounded from Gao to the capital.",
        "An army helicopter flew five of the most seriously injured from Kidal to Gao.",
    ],
)
def test_the_wounded_flown_somewhere_are_carried_whatever_the_parse(nlp, text):
    assert "transport" in [t.action for t in find_triggers(nlp(text))]


def test_a_gerund_joined_to_a_finite_verb_is_no_event(nlp):
    text = (
        "Kenya has many elephants, and poaching in the north, which borders Somalia, has been "
        "a worry for rangers in recent years."
    )
    assert find_triggers(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("Officers executed a search warrant at the flat on Tuesday.", []),
        ("The two parties struck a deal on Monday.", []),
        ("Insurgents executed two hostages on Tuesday.", ["kill"]),
        ("A man was stabbed near the station on Friday.", ["attack"]),
        ("The drugs have been destroyed.", []),
        ("Police destroyed 3 tonnes of seized cannabis in Kano.", []),
        # drones destroyed in flight were intercepted, not an incident on the ground
        ("Air defences intercepted and destroyed four drones over the coast overnight.", []),
        ("Soldiers destroyed 30 houses in the village.", ["destroy"]),
        ("A minibus was hit by a missile near the bridge.", ["airstrike"]),
        ("Every Friday the Courier rounds up the week's main stories for you.", []),
        ("Police rounded up forty protesters in the square on Friday.", ["arrest"]),
        # trees or survey beacons uprooted are no people driven out
        ("Two men uprooted 14 survey beacons on the plot at night.", []),
        ("Militias uprooted 300 families from their homes in the valley.", ["displace"]),
        # houses torn or pulled down are destroyed; posters and flags are not
        ("Agents tore down 41 houses on the estate.", ["destroy"]),
        ("Police pulled down 30 shacks by the railway.", ["destroy"]),
        ("Students tore down the posters on the campus wall.", []),
        ("Fans pulled down the flags of the visiting team.", []),
        # orders and verdicts delivered are documents, not supplies
        ("Officials delivered demolition orders to nine families on Monday.", []),
        ("The court delivered its verdict on Monday.", []),
        ("The agency delivered food and blankets to nine families on Monday.", ["supply"]),
        # also named before the participle, as what 'was delivered' would be
        ("He replied to the speech delivered by the senator on Tuesday.", []),
        ("The blankets delivered by the agency reached nine families on Monday.", ["supply"]),
    ],
)
def test_some_objects_make_a_verb_no_event(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    "text",
    [
        "Traders called a strike for Friday, demanding the arrest of the gunmen.",
        "No one had been arrested by Monday night.",
        "Nobody was hurt in the fire.",
        "No further homes had been confirmed destroyed by the evening.",
        "Not a single house was burned in Tamou, the commander said.",
        '"But burning the police post is not the way," the chief said.',
        '"Burning will not bring down a government," the bishop said.',
        '"That raid did not happen," the colonel said on Monday.',
        "The strike on the depot never took place, the ministry said.",
        '"We expect more attacks before the rains," the prefect said.',
        "Families fear reprisal killings in the camps, the agency said.",
        "Youths will block the highway if those arrested are not released by Friday.",
        '"The persons detained were treated humanely," she said.',
        "The abducted pupils were freed on Sunday and taken home.",
        "The security directorate said it had made no arrests in Mukalla.",
        "The patrol killed no civilians in the raid, the colonel said.",
        "Soldiers took to the streets of the town to clear the rubble.",
        "Youths burned tyres outside the governor's office on Monday.",
    ],
)
def test_demanded_and_negated_events_are_no_occurrence(nlp, text):
    assert [t for t in find_triggers(nlp(text)) if not t.recurring] == []


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Shelling resumed on Monday morning, the governor said.", "shell"),
        ("Three houses were confirmed destroyed on Monday.", "destroy"),
        ("An explosion happened at the depot on Monday, police said.", "explode"),
        ("He was pronounced dead at the hospital on Saturday night.", "kill"),
        ("Three passengers were confirmed dead after the bus left the road.", "kill"),
        ("A man detained on Monday in Kayes was freed on bail.", "arrest"),
        ("Police said 40 people arrested during the march were released.", "arrest"),
    ],
)
def test_an_activity_that_happened_is_still_an_occurrence(nlp, text, action):
    assert [t.action for t in find_triggers(nlp(text))] == [action]


def test_a_toll_since_a_month_is_a_running_total(nlp):
    (trigger,) = find_triggers(nlp("Some 900 civilians have been killed there since March."))
    assert trigger.recurring


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("Police arrested nine students on Friday for distributing pamphlets.", ["arrest"]),
        ("Troops detained a driver on suspicion of smuggling fuel.", ["arrest"]),
        ("Soldiers arrested two men suspected of supplying fuel to the rebels.", ["arrest"]),
        ("Police arrested two men on Friday after they attacked a bus.", ["attack", "arrest"]),
        # the parser may hang the charge on the people held
        (
            "Police had arrested 14 people, all of them smallholders, for clearing land by "
            "burning in the two districts.",
            ["arrest"],
        ),
    ],
)
def test_what_someone_is_arrested_for_is_the_charge_not_an_event(nlp, text, actions):
    assert sorted(t.action for t in find_triggers(nlp(text))) == sorted(actions)


def test_events_between_two_days_are_still_one_occurrence(nlp):
    (trigger,) = find_triggers(nlp("Gunmen killed four people in Kano between Monday and Tuesday."))
    assert not trigger.recurring


def test_being_told_to_be_ready_to_leave_is_no_displacement(nlp):
    text = "The weather service warned residents to be ready to leave their homes."
    assert find_triggers(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "recurring"),
    [
        ("Troops fired on the border villages 1,300 times in October.", True),
        ("Gunmen fired three times at the police post on Sunday.", False),
        ("Some 40,000 people have been displaced by floods in the delta since January.", True),
        ("Some 900 people have been displaced in the region since the start of the year.", True),
        # a few weeks are one round of arrests, not a running total
        ("Police have arrested nine men in the valley since the start of the month.", False),
    ],
)
def test_many_times_and_tolls_since_a_month_are_tallies(nlp, text, recurring):
    (trigger,) = find_triggers(nlp(text))
    assert trigger.recurring is recurring


@pytest.mark.parametrize(
    "text",
    [
        "Supplied",
        "The evacuation of the island would become compulsory from Friday.",
    ],
)
def test_a_bare_participle_and_a_future_event_noun_are_no_events(nlp, text):
    assert find_triggers(nlp(text)) == []


def test_a_purpose_is_no_event_but_a_forced_flight_is(nlp):
    purpose = "Soldiers combed the forest on Monday to rescue the hostages."
    assert [t.action for t in find_triggers(nlp(purpose))] == []
    forced = "Residents were forced to flee their homes on Sunday."
    assert [t.action for t in find_triggers(nlp(forced))] == ["displace"]
    fighting = "Volunteers gathered on the dyke to stop the water from reaching the houses."
    assert "protest" not in [t.action for t in find_triggers(nlp(fighting))]
    gathered = "Hundreds took to the streets on Tuesday to protest against conscription."
    assert [t.action for t in find_triggers(nlp(gathered))] == ["protest"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # the deed those hired were to carry out is yet to come
        ("Police detained two men who had been hired to carry out a shooting.", ["arrest"]),
        ("The group planned to stage a bombing at the port.", []),
        # a gathering dispersed was there: police fired to disperse it
        ("Police fired tear gas to disperse the demonstration in Odense.", ["protest"]),
    ],
)
def test_an_event_noun_is_as_yet_to_come_as_the_verb_it_is_the_object_of(nlp, text, actions):
    assert sorted(t.action for t in find_triggers(nlp(text))) == actions


def test_documented_deaths_from_strikes_are_a_statistic(nlp):
    text = (
        "The monitor says it has documented 61 civilian deaths from air strikes and shelling "
        "in the province since January."
    )
    assert [t.action for t in find_triggers(nlp(text)) if not t.recurring] == []


@pytest.mark.parametrize(
    ("text", "recurring"),
    [
        ("Since 2 March, 88 suspected cases have been recorded in Kasese.", False),
        ("The monitor has recorded 61 airstrikes since January.", True),
        ("An outbreak of cholera has grown to 212 cases since 3 May.", False),
    ],
)
def test_an_outbreak_is_told_by_its_running_count(nlp, text, recurring):
    assert [t.recurring for t in find_triggers(nlp(text))] == [recurring]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("Officials urged residents to evacuate their homes before the river rose.", []),
        ("Police ordered residents of 300 homes to evacuate on Tuesday night.", ["evacuate"]),
        ("She appealed to families on the slopes to move to safer places.", []),
        ("Gunmen forced villagers to flee on Monday.", ["displace"]),
        # the mood of a demand: what is asked for in the clause, not a deed told
        ("Traders marched on the depot, demanding that police arrest a herbalist.", ["protest"]),
        ("Elders urged that the army evacuate the village.", []),
        ("The union insisted that the company evacuate the workers.", []),
        ("The mayor insisted that police arrested the wrong man.", ["arrest"]),
    ],
)
def test_what_someone_is_asked_to_do_is_no_event(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("We found no evidence that a drone struck the market on Saturday.", []),
        ("There was no sign that troops had attacked the village.", []),
        ("Police found evidence that gunmen attacked the bus.", ["attack"]),
        ('"It is not true that the loggers are setting these fires," the minister said.', []),
        ("It is true that soldiers set fire to the granary, the mayor said.", ["attack"]),
    ],
)
def test_what_there_is_no_evidence_of_is_no_event(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "action"),
    [
        # the parser may hang 'to safety' on a place name ('Ba To') far from the verb
        (
            "Provincial authorities have moved more than 8,000 people in the hill districts of "
            "Son Ha, Tay Tra and Ba To to safety since Friday, an official said.",
            "evacuate",
        ),
        ("Rioters took six rifles and a box of ammunition from the barracks.", "seize"),
        # people the water takes are told as lost
        ("A shepherd was reportedly swept away by a torrent near the village.", "kill"),
        ("He was swept off a breakwater while checking his boat.", "kill"),
        ("The river carried away two boys on Sunday.", "kill"),
        # and the structures it takes are destroyed
        ("The footbridge at the market was swept away by the torrent.", "destroy"),
        ("The swollen river washed away hundreds of homes on Sunday.", "destroy"),
        # weapons and drugs that security forces find are seized
        ("Soldiers recovered four AK-47 rifles and a rocket launcher at the camp.", "seize"),
        ("Customs officers found 40 kilograms of cocaine in a container.", "seize"),
        ("About 9,000 Captagon pills were discovered in the door panels.", "seize"),
        ("The team recovered the ransom money from the suspect at a lodge.", "seize"),
        ("A second consignment of 400 kilos was found in a container at the terminal.", "seize"),
        ("Farmers have blocked the highway to the port with tractors since Monday.", "protest"),
        ("Three engineers were held overnight by a village militia near the mine.", "abduct"),
        (
            "Two helicopters flew four tonnes of rice and medicine to the cut-off villages.",
            "supply",
        ),
        ("Messages claimed that the dam above the town had burst.", "collapse"),
        # the parser may hang the target on the rounds fired
        (
            'The statement claimed that Indian troops had fired "dozens of rounds of machine-gun '
            'fire" at Pakistani soldiers doing "routine work on our side of the line" early '
            "Tuesday.",
            "attack",
        ),
        # people believed dead are told as killed, the belief a hedge on it
        ("Nine migrants are feared dead after their boat capsized off Crotone.", "kill"),
        ("At least six fishermen are feared to have drowned after the storm.", "kill"),
        # a slip of earth, in New Zealand and British copy
        ("A large slip came down on the Haast side of the pass overnight.", "landslide"),
        ("A slip has closed State Highway 2 north of Wairoa since Tuesday.", "landslide"),
        ("Another slide came down across the E6 on the mountain pass overnight.", "landslide"),
        ("Rocks came down onto the coast highway late on Sunday.", "landslide"),
        ("Boulders blocked the road to the pass on Monday.", "landslide"),
        ("Residents said the stopbank on the Waiau had burst late on Sunday.", "collapse"),
        # signals jammed or spoofed are an electronic attack
        ("GPS signals for aircraft near the airport were jammed on Monday.", "attack"),
        ("Russia jammed satellite navigation over the Baltic coast on Friday.", "attack"),
        ("Someone had spoofed the transponders of three tankers off the cape.", "attack"),
        ("A tornado touched down south of the town shortly before midnight.", "cyclone"),
        ("Armed men took a 40-year-old trader from his shop on Saturday night.", "abduct"),
        ("A shepherd was taken away by soldiers from across the border on Monday.", "abduct"),
        # people by their names
        ("The union said Mr. Paul Ndi and Miss Rose Bih were taken away by gunmen.", "abduct"),
        ("Two fishermen were led away by gunmen at dawn.", "abduct"),
        ("A 15-year-old girl is said to have been taken by armed men from her garden.", "abduct"),
        ("Three men in military fatigues grabbed the girl and walked off with her.", "abduct"),
        ("Men in plain clothes took away two teachers from their school on Monday.", "abduct"),
        ("Gunmen took at least nine of the villagers from a mosque in Maru.", "abduct"),
        ("Armed men stopped a minibus near Hinche and took six passengers.", "abduct"),
        ("Hundreds of residents took to the streets of Seiyun on Monday night.", "protest"),
        ("Thousands of people poured into the streets of the capital after prayers.", "protest"),
        (
            "About 50 neighbours gathered outside the town hall on Friday, demanding his release.",
            "protest",
        ),
        ("Relatives gathered outside the court to demand the release of the two men.", "protest"),
        (
            "Several hundred people gathered at the quarry gate to stop trucks from bringing in "
            "a crusher.",
            "protest",
        ),
        ("An air force plane flew 60 firefighters from the capital to the coast.", "transport"),
        ("A navy boat ferried 40 villagers from the island to the mainland.", "transport"),
        # arson is an attack on what was burned; a fire that burns destroys
        ("A bank branch in the city centre was set on fire on Friday evening.", "attack"),
        ("Soldiers set fire to fourteen houses in the village on Thursday.", "attack"),
        ("A crowd set the police post on fire on Saturday night.", "attack"),
        ("Soldiers went from compound to compound and set fire to the granaries.", "attack"),
        (
            "The soldiers went from compound to compound, poured petrol on the huts and set "
            "them alight.",
            "attack",
        ),
        ("Unknown persons set fire to the primary school overnight.", "attack"),
        ("A house was set on fire by the Defence and Security Forces in Ndu.", "attack"),
        ("Embers set fire to a hay barn near the river on Sunday.", "destroy"),
        ("A wildfire burned 40 homes on the edge of the town.", "destroy"),
        ("Forty houses were burned in the village on Friday.", "destroy"),
        ("Two fishermen lost their lives when their canoe capsized near the island.", "kill"),
        ("Hundreds of lorry drivers blocked the bridge into the town on Monday.", "protest"),
        ("Some local residents obstructed the highway with logs and burning tyres.", "protest"),
        # the blockaders joined to the place before them by the parser
        (
            "At the eastern end of the island, landowners and their families blocked the road "
            "to the airport for several hours on Thursday.",
            "protest",
        ),
        ("The three injured miners were flown to the capital on Tuesday.", "transport"),
        ("Volunteers handed out bread and drinking water to stranded drivers.", "supply"),
        ("Soldiers handed food parcels to 300 families on Tuesday.", "supply"),
        ("Youths threw stones at a police car on Tuesday night.", "attack"),
        ("Stones were thrown at several lorries near the depot.", "attack"),
        ("A donkey cart carrying two farmers had struck a mine on the track.", "explode"),
        ("The minibus ran over an IED on the road out of town.", "explode"),
        # a car that hits a wall is a crash, not an attack
        ("A man has died after the car he was driving struck a wall near the bridge.", "kill"),
        ("A coast guard cutter rammed a fishing boat near the reef on Tuesday.", "attack"),
        # explosives that go off; people a boat picks up at sea
        ("A bomb went off outside a car rental office on Harbour Road.", "explode"),
        ("The grenade he was carrying went off near the bus station.", "explode"),
        # a person the authorities capture is arrested; fighters capturing soldiers abduct
        ('On Monday soldiers captured alias "El Mono" near the river.', "arrest"),
        ('In a joint operation on Monday we captured alias "El Mono" near the river.', "arrest"),
        ("Police captured 17 suspected gang members in Ilobasco on Tuesday.", "arrest"),
        ("He was captured at a farm outside the town on Wednesday.", "arrest"),
        ("Police recaptured four of them at a checkpoint on Thursday.", "arrest"),
        ("Guards recaptured two inmates near the river on Friday.", "arrest"),
        ("Two were recaptured at a bus stop on Tuesday.", "arrest"),  # a bare count is people
        ("Police arrested anyone they found on the street on Monday.", "arrest"),  # done
        ("The army recaptured the town of Kidal on Thursday.", "seize"),
        ("Rebels captured two soldiers near the border on Thursday.", "abduct"),
        ("Fighters captured the town of Bure on Friday.", "seize"),
        # goods snatched are seized, people snatched abducted
        ("Thugs snatched two ballot boxes at the polling unit on Saturday.", "seize"),
        ("Gunmen snatched two girls from the school on Saturday.", "abduct"),
        # a vehicle armed men or robbers take
        ("The nurse's car was driven away by the same men.", "seize"),
        ("Gunmen drove off a pickup belonging to the clinic on Saturday.", "seize"),
        ("Three armed men hijacked a delivery truck on the main road.", "seize"),
        # an explosive someone sets off
        ("Militants set off a car bomb outside the police station on Saturday.", "explode"),
        ("The explosives were set off by remote control near the market.", "explode"),
        ("Explosives had been fixed under a seat and were set off by remote control.", "explode"),
        # an explosive or firebomb thrown at a place
        ("A hand grenade was thrown over the wall of the radio station on Monday.", "attack"),
        ("Two men hurled a petrol bomb into the yard of the mission on Friday.", "attack"),
        # explosives dropped from the air strike where they fall; food dropped does not
        ("An aircraft dropped barrel bombs on the market in Saraqib on Monday.", "airstrike"),
        ("Drones dropped grenades on an army checkpoint overnight.", "airstrike"),
        ("A helicopter dropped food parcels on the flooded villages.", "supply"),
        ("Thirty migrants were picked up by a navy frigate south of the island.", "evacuate"),
        ("A merchant ship picked up 40 people from a sinking dinghy.", "evacuate"),
        ("Two lifeboats took all the passengers off the stranded ferry.", "evacuate"),
        ("The nine crew were taken off by a coastguard vessel at dawn.", "evacuate"),
        # taken off a ship, whoever did it
        ("All 80 passengers were taken off the stricken ferry before noon.", "evacuate"),
        (
            "Four sailors were taken off a yacht drifting towards the rocks by the lifeboat.",
            "evacuate",
        ),
        # people by their trade, beaten
        ("A night watchman was beaten by intruders at the school on Sunday.", "attack"),
        ("Robbers beat a saleswoman at the jeweller's on Saturday.", "attack"),
        ("A cyclist was knocked to the ground and punched by a driver on Sunday.", "attack"),
        # a robbery by force attacks the people robbed
        ("Two men armed with knives robbed a petrol station on the ring road.", "attack"),
        ("A couple were robbed at gunpoint on the coast path on Sunday.", "attack"),
        # a building that comes down or falls in collapses
        ("The roof of the warehouse came down on two parked cars on Monday.", "collapse"),
        ("A section of the old wall fell in after the storm on Sunday.", "collapse"),
        ("Part of the ceiling of the clinic caved in overnight.", "collapse"),
        ("About 300 people were moved out of six villages near the river.", "evacuate"),
        ("About 60 workers at the mill were moved out as the smoke spread.", "evacuate"),
        ("Firefighters led eight households out of their homes as the water rose.", "evacuate"),
        ("Twenty residents of a care home were moved to a sports pavilion.", "evacuate"),
        ("Two walkers were winched to safety from a ledge on Sunday.", "evacuate"),
        ("The crew of the trawler were hoisted into a rescue helicopter.", "evacuate"),
        ("Rival supporters clashed with police outside the stadium on Saturday.", "attack"),
        ("The tanker's 18 crew members were held on board by armed men.", "abduct"),
        # people moved as they are detained are taken into custody, not to safety
        ("The migrants were detained and taken to a transit centre near the border.", "arrest"),
        # people the police take away, and suspects taken away by anyone, are detained
        ("Police took away four young men from the bus station on Friday.", "arrest"),
        # things, not people, the police take away are seized
        ("Police sealed the studios and took away its transmitter and two computers.", "seize"),
        ("Members of the Armed Police Battalion took away two brothers.", "arrest"),
        ("Five armed men came to the shelter and took him.", "abduct"),
        ("Officers had taken 12 suspects away from the square by nightfall.", "arrest"),
        ("Police took the bodies away in a van before dawn.", "evacuate"),
        # families moved against their will
        ("The families had been resettled inland without their consent.", "displace"),
        ("Bailiffs evicted 40 families from the estate on Monday.", "displace"),
        ("The minister condemned an attack on a clinic in Rutshuru.", "attack"),  # first told
        ("Officers had beaten several of them with batons.", "attack"),
        ("Two reporters were beaten outside the court on Monday.", "attack"),
        ("Three guards stopped them at the gate and beat Joaquin with batons.", "attack"),
        # people forced to the ground
        ("An officer pushed the activist to the floor near the desks.", "attack"),
        ("The woman was thrown to the ground by two guards.", "attack"),
        ("Floodwaters reached the roofs of houses in the lower town.", "flood"),
        ("Mortar shells started falling on the market before dawn.", "shell"),
        ("Rockets rained down on the eastern suburbs overnight.", "shell"),
        ("The district hospital received the bodies of six fishermen on Monday.", "kill"),
        ("Heavy fighting broke out in the border town on Sunday.", "attack"),
        # the month of a posting stamp the parser reads as the modal 'may'
        ("Posted 17 May The river burst its banks at Kayes late on Tuesday.", "flood"),
        # a bare infinitive after a verb of seeing, which the tagger reads as a noun
        ("Monitors witnessed officers of the Rapid Intervention Unit arrest 12 voters.", "arrest"),
        ("We saw soldiers on patrol arrest two traders near the market.", "arrest"),
        # a clause of its own after the word for a risk tells what happened
        ("The threat of floods grew after the river flooded 40 homes on Monday.", "flood"),
    ],
)
def test_weapons_taken_roads_blocked_and_people_held(nlp, text, action):
    assert [t.action for t in find_triggers(nlp(text))] == [action]


@pytest.mark.parametrize(
    "text",
    [
        "Police blocked the road to the stadium before the match.",  # no protest
        "Volunteers carried away the debris of the old bridge.",  # no structure taken
        "Ana Ruiz beat Maria Ito in three sets in the final.",  # a match won
        "The lawyers saw the report on the arrest the next day.",  # a noun after 'the'
        # events listed after a word for a risk may come; none happened
        "Civilians face serious risks from airstrikes, shelling, landmines and detention.",
        "Farmers along the river live with the constant threat of floods.",
        "Monitors saw the officers' arrest records at the station.",
        # a barrier pushed over, people who threw themselves down: no one attacked
        "Fans pushed the barrier to the ground before kick-off.",
        "Everyone threw themselves to the floor when the shots rang out.",
        # a negation of how it came about tells of the cause of a fire, not of a fire
        "This market never caught fire by itself.",
        "The warehouse did not catch fire on its own, the owner said.",
        "Fuel prices fell sharply in the capital on Monday.",  # no weapon fell
        "The bodies of two herders were found near the dam.",  # found: no day of the killing
        "The fighting has cut farmers off from their fields.",  # the fighting already told
        "Hundreds of police blocked the road to the stadium.",
        "The party handed out leaflets in the market.",  # no relief goods
        "The home side beat their rivals 3-1 on Sunday.",  # no people beaten
        "Both men were given first aid on the spot.",  # no relief handed out
        "Three suspects were held overnight by police in Lira.",  # a detention
        "The meeting was held by the council on Friday.",
        "The group took up arms against the government in 2015.",  # began to fight
        "Anyone found carrying weapons in the market will be arrested.",
        "The army flew troops to the border.",
        "The court ordered the arrest of the two guards.",  # an order to arrest is no arrest
        "An activist said the latest attacks showed that the rebels could still cross at will.",
        "The prosecutor believes the two shootings are linked to a feud between gangs.",
        '"We have launched a drive to rescue him," he said.',  # a purpose of a noun
        "Police sent a team to arrest the suspects.",
        "Police took the two men to the station.",
        "A pipe burst, sending water into the fields.",
        "A slip of paper fell from the file.",
        "Fuel prices came down sharply in the capital on Monday.",
        "A pharmacy in the old town was robbed overnight.",
        "Police led the marchers to the square on Monday.",
        "The home side beat the champions in the final on Sunday.",
        "A tree came down on a parked car in the square on Monday.",
        "The speaker put up a slide on the screen.",
        "Protesters hoisted flags outside the parliament.",
        "The army plans to have evacuated the town by Friday.",
        "The mining company fired two managers at the smelter on Monday.",
        "The fire alarm went off at the school on Monday.",
        "Police would not confirm any arrest in the town.",
        # a fire already told, being put out
        "Residents went home after the fire was brought under control on Monday.",
        "Crews contained the blaze near the dam late on Sunday.",
        # the cause of a fire already told
        "Some residents claimed the fire had been started by a man burning weeds.",
        "Police said the blaze was started deliberately.",
        # related to others, not denied
        "Police were not linking the fire to any other incident.",
        "Protesters said the rocks came from the roof of the school.",
        "Police moved the cars out of the village before the march.",
        '"We were fighting it with garden hoses," said a woman of 78.',
        "Their truck hit a wall on the coast road on Sunday.",
        "The canoe hit a submerged tree trunk below the falls on Sunday.",
        "The ferry was on its evening route when it struck the bottom near the harbour.",
        "The rescue helicopter took off from the base at nine.",
        "The army made the device safe, and it was taken away for examination.",
        "Soldiers took the device away from the school on Monday.",
        "Police picked up two suspects near the market.",
        "The editor was thrown into prison in the capital on Monday.",  # no explosive thrown
        "The driver drove the bus away from the market on Sunday.",  # no one's vehicle taken
        "The smoke set off the fire alarm at the school on Sunday.",  # no explosive set off
        "Two men drove the lorry to the depot on Friday.",
        # what a deed was done without did not happen
        "Soldiers entered the village without firing a shot on Tuesday.",
        "The rebels withdrew from the town without any fighting.",
        "One of them pulled something out of his jacket.",  # a thing, no one rescued
        "The new levy clashes with the budget law.",
        # a reaction to an event already told
        "The ministry condemned this cowardly attack in a statement.",
        'The governor condemned "this cowardly attack" in a statement yesterday.',
        "Church leaders deplored the killings on Sunday.",
        "A rebel group claimed the ambush on Thursday.",
        "She recalled the attack on the camp last year as a warning.",
        "The assembly passed a resolution condemning attacks on passenger buses.",
        "The guard pulled a pistol out of its holster.",
        "A farmer who had been burning dry grass on a plot nearby was questioned.",
        # one 'no' subject denies both coordinated verbs
        "No soldier struck or injured any protester at any point.",
        "No fishing boat was stopped, boarded or detained by patrols on Saturday.",
        'The ministry rejected the report. "No fishing boat was stopped, boarded or detained '
        'by patrols near the reef on Saturday," it said.',
        "Residents fear the river will flood the lower town.",
        "The slip came as a surprise to the finance minister.",
        "Traffic jammed the bridge into the old town for hours.",
        "The lock on the back gate had jammed, the caretaker said.",
        # both verbs are the purpose of the deployment, neither has happened
        "Troops were sent to the forest to rescue the hostages and arrest the kidnappers.",
        # people leaving work, not their homes; debris taken off a road
        "Fifty workers left the factory early on Friday.",
        "Workers removed the debris from the road on Tuesday.",
        "We will not allow a small group of criminals to drive people from their land.",
    ],
)
def test_what_is_not_a_seizure_protest_abduction_or_arrest(nlp, text):
    assert find_triggers(nlp(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers pulled the bodies of two men from the rubble.",
        "Divers recovered the bodies of nine passengers near the jetty on Tuesday.",
        "The bodies of four fishermen were retrieved from the lake.",
    ],
)
def test_bodies_recovered_tell_of_people_killed_and_not_by_who_recovered_them(nlp, text):
    assert [(t.action, t.agent) for t in find_triggers(nlp(text))] == [("kill", None)]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("The wounded were taken away by soldiers.", ["injure", "evacuate"]),  # their own
        ("Two men were arrested on suspicion of setting fire to the forest.", ["arrest"]),
        ("A man was detained on suspicion of having started the fire.", ["arrest"]),
        ("Police arrested two men on suspicion of having attacked a reporter.", ["arrest"]),
        # what the charge describes is part of it
        (
            "A man suspected of throwing the stone that hit the officer was arrested at home.",
            ["arrest"],
        ),
        # the suspect's own deed, told as such, stays an event
        ("Police arrested a man who had stabbed a guard on Monday.", ["arrest", "attack"]),
    ],
)
def test_soldiers_taking_away_their_wounded_and_a_charge_of_arson(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # people from one place arriving in another were displaced
        (
            "Since Friday, about 500 people from villages near the lake have arrived in Kisumu.",
            ["displace"],
        ),
        ("Some 800 families from Tal Afar crossed the river into Sinjar overnight.", ["displace"]),
        # people arriving, told as what someone recorded
        (
            "Monitors recorded some 7,300 families arriving in Tawila from Abu Shouk since Sunday.",
            ["displace"],
        ),
        # the place they came from hung by the parser on the place they reached
        (
            "Some 430 families have arrived in the urban area of Tibú from La Gabarra since "
            "Friday.",
            ["displace"],
        ),
        ("Thousands of people arrived at the stadium for the final.", []),  # from nowhere
        ("Hundreds of fans from Kano arrived in Lagos on Friday.", []),  # no people uprooted
        # people housed in shelters were evacuated; guests in a hotel were not
        (
            "Some were taken in by relatives and the rest were housed in 40 evacuation centres.",
            ["evacuate"],
        ),
        ("The ministry housed the delegates in a hotel.", []),
        # captors forcing someone to go with them abduct him; police sending people home do not
        ("Three armed men forced a herder to go along with them as a guide.", ["abduct"]),
        ("Gunmen forced the driver to take them to the border.", ["abduct"]),
        ("Police forced the protesters to go home.", []),
    ],
)
def test_where_people_were_moved_and_by_whom_names_the_action(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


def test_a_lahar_is_a_landslide(nlp):
    text = "After hours of rain, a lahar descended the ravine near the village late on Wednesday."
    assert [t.action for t in find_triggers(nlp(text))] == ["landslide"]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Troops struck the town with two guided aerial bombs on Monday.", "airstrike"),
        ("The air force struck a depot near the border on Sunday.", "airstrike"),
        ("Soldiers hit the village with artillery overnight.", "shell"),
        ("Gunmen attacked the bus with machetes.", "attack"),
    ],
)
def test_what_a_strike_was_done_with_names_its_kind(nlp, text, action):
    assert [t.action for t in find_triggers(nlp(text))][0] == action


def test_an_event_noun_that_has_become_a_fear_tells_no_event(nlp):
    assert find_triggers(nlp("Kidnapping for ransom has become a daily fear on the roads.")) == []


def test_an_evacuation_decided_on_is_no_evacuation_yet(nlp):
    text = "The council extended the mandatory evacuation of families to four more villages."
    assert find_triggers(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Fourteen men were taken into custody during the operation.", "arrest"),
        ("Two suspects were placed in police custody on Monday.", "arrest"),
        ("A driver was fatally shot by a police team on the main road.", "kill"),
        ("A guard was fatally wounded in the raid.", "kill"),
    ],
)
def test_custody_and_fatal_wounds(nlp, text, action):
    assert [t.action for t in find_triggers(nlp(text))] == [action]


def test_taking_into_account_is_no_arrest(nlp):
    assert find_triggers(nlp("The court will take the report into account on Monday.")) == []


def test_what_has_happened_before_is_no_occurrence(nlp):
    # the present perfect with a bare 'before' says it has happened at some time
    (trigger,) = find_triggers(nlp("The hills around the town have burned before."))
    assert trigger.recurring
    (trigger,) = find_triggers(nlp("Fire destroyed the hills around the town before dawn."))
    assert not trigger.recurring


@pytest.mark.parametrize(
    "text",
    [
        "Dockers at the port went on strike on Monday over unpaid bonuses.",
        "Members of the dockers' union kept up a strike they began on Monday.",
        "Teachers staged a strike on Tuesday.",
        "A general strike shut down the town on Wednesday.",
        "Relatives have been staging a sit-in outside the police station since Monday.",
    ],
)
def test_a_stoppage_by_workers_is_a_protest(nlp, text):
    assert [t.action for t in find_triggers(nlp(text))][:1] == ["protest"]


def test_set_on_fire_hung_on_the_object(nlp):
    # the parser hangs 'on fire' on 'pickup'
    found = find_triggers(nlp("Police said protesters set a police pickup on fire on Wednesday."))
    assert [t.action for t in found] == ["attack"]  # arson


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("At dawn the battery fired 24 rounds from 82 mm mortars at the market.", "shell"),
        ("Rebels fired mortar rounds at the police station in the night.", "shell"),
        ("The crew fired several rockets at the airfield.", "shell"),
        # the target is no weapon: shots fired at a drone are shots
        ("Guards fired shots at a drone circling over the prison.", "attack"),
        ("Police fired rubber bullets at the marchers outside the court.", "attack"),
        # what is shot is the target, not the weapon
        ("Soldiers shot down a drone over the border post on Tuesday.", "attack"),
    ],
)
def test_what_was_fired_names_the_attack(nlp, text, action):
    assert [t.action for t in find_triggers(nlp(text))][0] == action


def test_the_weapon_is_not_where_it_was_used(nlp):
    # 'flood' names the fields the clubs were used in, not the weapon
    text = "Farmers and herders fought with clubs and machetes in the flood-recession fields."
    assert [t.action for t in find_triggers(nlp(text))] == ["attack"]


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        ("Soldiers did not set fire to any hut near Kaya.", True),
        ("The army did not carry out a raid on the village.", True),
        ("Soldiers set fire to three huts near Kaya.", False),
    ],
)
def test_an_event_noun_the_object_of_a_negated_verb_is_negated(nlp, text, negated):
    assert [t.negated for t in find_triggers(nlp(text))] == [negated]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("A construction worker collapsed and died at the site on Saturday.", ["kill"]),
        ("A wall collapsed on two workers at the site on Saturday.", ["collapse"]),
    ],
)
def test_a_person_who_collapses_is_taken_ill_no_structure_falls(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("She had left home last week to visit friends in Nickerie.", []),
        ("Families left their homes on Monday to escape the rising water.", ["displace"]),
    ],
)
def test_leaving_home_for_a_purpose_is_a_trip_unless_it_is_to_escape(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


def test_a_vehicle_that_was_hit_is_what_was_struck(nlp):
    text = "A minibus was hit by a missile near the market on Monday."
    assert [t.action for t in find_triggers(nlp(text))] == ["airstrike"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # the parser reads the verb as an adjective of the noun after it
        (
            "A storm with gusts of up to 100 km/h and heavy rain flooded streets and houses "
            "in three villages overnight.",
            ["flood"],
        ),
        ("Residents waded through the flooded streets of the lower town.", []),
        ("Two burned cars stood outside the station.", []),
    ],
)
def test_a_participle_between_bare_nouns_is_the_lost_verb(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("The humid south wind gave way to a dry north wind on Friday.", []),
        ("Weeks of protests gave way to talks in the capital.", []),
        ("The embankment gave way to the pressure of the water on Monday night.", ["collapse"]),
        ("The old footbridge gave way on Monday night.", ["collapse"]),
    ],
)
def test_what_gives_way_to_another_thing_is_replaced_not_broken(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # found dead after an event: killed by it
        (
            "An old man was found dead in his kitchen after a fire broke out on Tuesday.",
            ["kill", "destroy"],
        ),
        # found dead, no cause told: the day of the finding is not the day of the death
        ("A man was found dead in his kitchen on Tuesday.", []),
    ],
)
def test_someone_found_dead_after_an_event_was_killed_by_it(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


def test_what_a_condition_names_is_no_account(nlp):
    text = "Villagers will march on Wednesday if the men detained at the weekend are not freed."
    # the march is yet to come, and the detention only its condition
    assert [t.action for t in find_triggers(nlp(text))] == []


def test_shots_in_a_clause_of_a_sentence_without_a_verb_above_them_are_read(nlp):
    # the clause hangs on a root that is no verb: the climb to the clause's verb ends there
    triggers = find_triggers(nlp("Three porters dead near Baneh when guards opened fire."))
    assert [t.action for t in triggers] == ["attack"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        ("Two children were swept away by the torrent.", ["kill"]),
        ("Two children were swept away by the torrent and later found alive.", []),
        ("During the exchange of fire, two constables embraced martyrdom.", ["kill"]),
        ("Three policemen were martyred at the checkpoint.", ["kill"]),
        ("The men searched the house and handcuffed the reporter.", ["arrest"]),
    ],
)
def test_the_water_may_spare_and_the_police_idiom_kills(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions


@pytest.mark.parametrize(
    "text",
    [
        "The wind forced the boat into a cove near the harbour.",
        "Police forced the protesters into a van outside the court.",
        "The driver forced his car into a gap in the traffic.",
        "The detainee was beaten before he was pushed into a pick-up truck.",
        "They broke the door and pushed everyone into their vehicles.",
    ],
)
def test_what_is_forced_into_a_vehicle_or_by_police_is_no_abduction(nlp, text):
    assert "abduct" not in [t.action for t in find_triggers(nlp(text))]


def test_a_name_the_tagger_takes_for_a_body_is_a_person_by_the_role_beside_it(nlp):
    doc = nlp("Wilfrid Exantus, 61, a priest of the diocese, was seized by armed men.")
    doc.ents = [Span(doc, 0, 2, label="ORG")]  # the tagger's error, set by hand
    assert [t.action for t in find_triggers(doc)] == ["abduct"]


def test_a_bomb_planted_tells_no_blast_but_denying_the_planting_names_it(nlp):
    assert find_triggers(nlp("Militants planted a bomb under the bridge on Monday.")) == []
    (denied,) = find_triggers(nlp("Our group did not plant the bomb on the highway."))
    assert (denied.action, denied.negated) == ("explode", True)


@pytest.mark.parametrize(
    "text",
    [
        "Two men hurled a petrol bomb on Friday into the compound.",
        "An aircraft dropped improvised munitions on the compound at dawn.",
    ],
)
def test_what_an_explosive_was_thrown_into_or_dropped_on_is_its_patient(nlp, text):
    (trigger,) = find_triggers(nlp(text))
    assert trigger.patient is not None and trigger.patient.text == "the compound"


def test_a_blockade_going_on_since_a_day_is_one_protest_not_a_running_total(nlp):
    for text in (
        "Since 6 June, hundreds of farmers have blocked the highway at the bridge.",
        "Since the early hours of 6 June, several hundred members of communities along the "
        "river have blocked the highway at the bridge with rocks and burning tyres.",
    ):
        (blockade,) = find_triggers(nlp(text))
        assert (blockade.action, blockade.recurring) == ("protest", False)
    assert find_triggers(nlp("Members of the police blocked the road to the stadium.")) == []
    (total,) = find_triggers(nlp("Since June, farmers have blocked the highway many times."))
    assert total.recurring


def test_relatives_of_a_police_officer_taking_things_away_arrest_no_one(nlp):
    found = find_triggers(nlp("Relatives of the police officer took away the bicycles."))
    assert "arrest" not in [t.action for t in found]


@pytest.mark.parametrize(
    "text",
    [
        "We pray for the late Mr. Okello of Gulu, who died peacefully on Monday at the hospital.",
        "The former headmaster died after a long illness at his home in Masaka.",
        "Her grandmother passed away in her sleep on Sunday night.",
        "The chief died of natural causes in Arua on Tuesday.",
    ],
)
def test_a_death_told_as_a_natural_one_is_no_killing(nlp, text):
    assert "kill" not in [t.action for t in find_triggers(nlp(text))]


def test_a_death_with_no_word_of_its_cause_is_still_a_killing(nlp):
    text = "Two traders died after gunmen opened fire on the market in Arua on Tuesday."
    assert "kill" in [t.action for t in find_triggers(nlp(text))]


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Flood waters entered more than two hundred homes in Kanpur on Sunday.", "flood"),
        ("A land slide buried three houses in the hills above Pokhara.", "landslide"),
    ],
)
def test_a_compound_written_as_two_words_names_its_event(nlp, text, action):
    assert action in [t.action for t in find_triggers(nlp(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The monitor has not been able to confirm which side fired on the town.",
        "Police did not say who attacked the convoy near Kaya.",
    ],
)
def test_an_event_asked_about_by_who_or_which_is_no_event(nlp, text):
    assert find_triggers(nlp(text)) == []


def test_an_event_told_in_a_clause_on_its_doer_is_still_one(nlp):
    text = "Police said the gunmen who attacked the convoy near Kaya fled into the bush."
    assert "attack" in [t.action for t in find_triggers(nlp(text))]


def test_a_that_the_parser_takes_for_an_object_asks_nothing(nlp):
    text = "A source told the Courier that officers arrested a man in Dededo on Tuesday."
    assert "arrest" in [t.action for t in find_triggers(nlp(text))]


def test_a_relative_which_before_the_verb_of_saying_asks_nothing(nlp):
    text = (
        "The army confirmed that the forces had carried out a strike at Matiacoali on 4 "
        "November, which he said targeted a fuel depot used by the terrorists."
    )
    assert "attack" in [t.action for t in find_triggers(nlp(text))]  # what it targeted


@pytest.mark.parametrize(
    "text",
    [
        # a report's key figures, each label led by dots to its count
        "Accidents verified ........ 4 People killed ............. 2 Houses destroyed ..... 11",
        # a table's legend
        "Casualties by district (K = killed, I = injured, Ch = of whom children).",
    ],
)
def test_a_tables_labels_tell_no_event(nlp, text):
    assert find_triggers(nlp(text)) == []


def test_a_sentence_with_dots_after_it_is_still_told(nlp):
    text = "Two herders were killed near the well on Monday... The army blamed bandits."
    assert [t.action for t in find_triggers(nlp(text))] == ["kill"]


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # a log's entry after its place and day names its event by a noun
        (
            "Kampung Velden, Ostrava, 27.04.2031 – Arrest of four men suspected of acting as"
            " lookouts for a gang.",
            ["arrest"],
        ),
        ("Lower Velden, 03.02.2031 – Kidnapping of two engineers by gunmen in a boat.", ["abduct"]),
        # a label's colon is no entry, nor is a noun after a dash without what it was done to
        ("Event: Arrest of a suspect on 14 March 2031.", []),
        ("Velden, 14.03.2031 – Arrest warrant issued for the mayor.", []),
        # people taken to a police station are detained; a motorbike taken there is not
        ("Seven participants were taken to the police station of Velden district.", ["arrest"]),
        ("Four protesters were taken to the police headquarters in Velden.", ["arrest"]),
        ("Police took the two suspects to the central station.", ["arrest"]),
        ("The motorbike was taken to the police station in Velden on Monday.", []),
        # workers who stop their work strike; a firm stopping work on a building does not
        ("Workers at the Velden oil field stopped work on Monday.", ["protest"]),
        ("Dockers downed tools at the port of Velden on Monday.", ["protest"]),
        ("The builder stopped work on the new wing of the hospital.", []),
    ],
)
def test_a_log_entry_a_station_and_stopped_work_name_their_events(nlp, text, actions):
    assert [t.action for t in find_triggers(nlp(text))] == actions
