"""Place recognition and resolution on short sentences written for these tests."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

from claimtrail.geo.gazetteer import default_gazetteer
from claimtrail.geo.geodesy import distance_km
from claimtrail.model import Place
from claimtrail.nlp.places import (
    _actor_not_place,
    _facility,
    _feature,
    _in_outlet_name,
    cues,
    currency_countries,
    demonym_countries,
    find_places,
    named_countries,
    resolve_spans,
)


def places_by_text(nlp, text):
    found = find_places(nlp(text))
    for place in found:
        assert text[place.start_char : place.end_char] == place.text
    return {place.text: place for place in found}


# (sentence, mention, country, approximate lat, lon, tolerance km)
CASES = [
    # a facility word in lower case is no part of the name the tagger runs it into
    (
        "At the Malacatos bridge, two drivers told us the police fired at the crowd.",
        "Malacatos",
        "EC",
        -4.22,
        -79.26,
        25,
    ),
    # 'bin' inside a name joins its parts: not 'Qasr' alone, a town of that name in Jordan
    (
        "Police arrested two suspects in Qasr bin Ghashir at dawn on Monday, south of Tripoli.",
        "Qasr bin Ghashir",
        "LY",
        32.69,
        13.18,
        25,
    ),
    # a unit word written before the name, capitalised, is its cue and names its container
    (
        "Police arrested six men in the forest near Bhejji, District Sukma, on Tuesday.",
        "Bhejji",
        "IN",
        18.4,
        81.7,
        60,
    ),
    # a development block of an Indian district contains the village named before it
    (
        "A farmer was shot dead in Kutul, Orchha block, Narayanpur district, last week.",
        "Kutul",
        "IN",
        19.7,
        81.2,
        80,
    ),
    # a parish the tables hold without a point, given one in `unit_points`
    (
        "States of Jersey Police searched a house in Millais, St Ouen, on Tuesday, and later "
        "a flat in Grouville.",
        "St Ouen",
        "JE",
        49.23,
        -2.2,
        10,
    ),
    # GeoNames spells Oman's governorates in Arabic ('Shamal ash Sharqiyah'); Egypt has a
    # governorate of the bare name, which the compass word alone would leave
    (
        "Rain flooded wadis in North Al Sharqiyah Governorate on Wednesday, police said.",
        "North Al Sharqiyah",
        "OM",
        22.57,
        58.67,
        80,
    ),
    # a name opening with a capital beyond Latin-1, which the tagger may leave untagged
    ("Upstream in Žepče, the river flooded 150 houses on Monday.", "Žepče", "BA", 44.43, 18.04, 10),
    # cue: "the village of X in Y province"; NER tags the village PERSON
    (
        "Gunmen attacked the village of al-Susah in Deir ez-Zor province on Tuesday.",
        "al-Susah",
        "SY",
        34.53,
        40.96,
        10,
    ),
    # cue: "X province" alone, Dayr az Zawr spelling
    (
        "Shelling was reported across Dayr az Zawr province overnight.",
        "Dayr az Zawr",
        "SY",
        35.0,
        40.5,
        120,
    ),
    # cue: "in X" with an ORG-tagged Arabic name
    ("Protesters gathered in al-Suwayda after the arrests.", "al-Suwayda", "SY", 32.7, 36.57, 20),
    # transliteration families
    ("Aircraft struck targets near Raqqah and Deir Ezzor.", "Raqqah", "SY", 35.95, 39.0, 20),
    ("Aircraft struck targets near Raqqah and Deir Ezzor.", "Deir Ezzor", "SY", 35.3, 40.1, 120),
    ("Fighting spread to the outskirts of Qamishli on Friday.", "Qamishli", "SY", 37.05, 41.23, 20),
    # the tagger reads no place in the name; 'the neighbourhoods of' says it is one
    (
        "Houses in the low-lying neighbourhoods of Somotillo were flooded on Thursday.",
        "Somotillo",
        "NI",
        13.04,
        -86.9,
        15,
    ),
    (
        "Taliban fighters seized a checkpoint in Sari Pul province.",
        "Sari Pul",
        "AF",
        36.0,
        66.0,
        120,
    ),
    ("Schools reopened in Mazar-i-Sharif and Kandahar.", "Mazar-i-Sharif", "AF", 36.7, 67.1, 20),
    ("Schools reopened in Mazar-i-Sharif and Kandahar.", "Kandahar", "AF", 31.6, 65.7, 30),
    # Nigeria: "X, Y State" and "the town of X"
    (
        "Police in Maiduguri, Borno State, said the attack hit the town of Konduga.",
        "Konduga",
        "NG",
        11.65,
        13.42,
        10,
    ),
    (
        "Police in Maiduguri, Borno State, said the attack hit the town of Konduga.",
        "Maiduguri",
        "NG",
        11.85,
        13.16,
        10,
    ),
    # Philippines
    (
        "Soldiers clashed with militants near Marawi City in Lanao del Sur.",
        "Lanao del Sur",
        "PH",
        7.9,
        124.3,
        120,
    ),
    # Colombia: accent-tolerant
    (
        "A car bomb exploded in Medellin, police in Antioquia said.",
        "Medellin",
        "CO",
        6.25,
        -75.56,
        20,
    ),
    # a country or province whose name holds 'and' is one place, not two
    (
        "The freighter docked in Trinidad and Tobago on Monday.",
        "Trinidad and Tobago",
        "TT",
        10.7,
        -61.2,
        150,
    ),
    (
        "Two guards were killed in Sistan and Baluchestan province.",
        "Sistan and Baluchestan",
        "IR",
        28.2,
        60.9,
        300,
    ),
    (
        "Militants attacked a post in Jammu and Kashmir on Monday.",
        "Jammu and Kashmir",
        "IN",
        33.5,
        74.9,
        300,
    ),
    (
        "A sloop ran aground off the Turks and Caicos Islands.",
        "Turks and Caicos Islands",
        "TC",
        21.7,
        -71.7,
        150,
    ),
    # a saint's name keeps its possessive: Grenada's capital, not a Saint George elsewhere
    (
        "Police in St. George's, Grenada, said two men were held.",
        "St. George's",
        "GD",
        12.05,
        -61.75,
        10,
    ),
    # an island of the Cook Islands that the tables hold as a unit without a point of its own
    (
        "A fishing boat went missing off Aitutaki on Saturday.",
        "Aitutaki",
        "CK",
        -18.86,
        -159.79,
        30,
    ),
    ("Protesters gathered in Cockburn Town on Grand Turk.", "Grand Turk", "TC", 21.47, -71.14, 20),
    # a street named after a far-away place lies in the town the text puts it in
    (
        "A bar on Victoria Street burned down in Grenville, Grenada, on Monday. A visitor from "
        "Melbourne said the roof fell in.",
        "Victoria Street",
        "GD",
        12.12,
        -61.62,
        10,
    ),
    # a city's own market, for all the possessive before a business word
    ("Traders fled Kabul's main market on Monday.", "Kabul", "AF", 34.53, 69.17, 15),
    # an island the tagger calls an organisation, after a locative preposition
    ("The boat failed to return to Carriacou on Sunday.", "Carriacou", "GD", 12.48, -61.45, 15),
    # an inhabited island the tables lack, not the French village of its name
    (
        "The lifeboat from St Peter Port took three people off a yacht off Herm on Sunday.",
        "Herm",
        "GG",
        49.47,
        -2.45,
        10,
    ),
    (
        "A ferry ran aground off Gozo on Monday, Maltese police said.",
        "Gozo",
        "MT",
        36.04,
        14.25,
        15,
    ),
    # a capital holds a street before the province of its name does
    (
        "Security officers in Belarus raided a printing house on Kalvaryjskaja Street in Minsk "
        "on Tuesday.",
        "Minsk",
        "BY",
        53.9,
        27.57,
        10,
    ),
    # "X, on Y Atoll": a place the tables lack lies on the atoll the text puts it on
    (
        "The tide flooded parts of Ebeye, on Kwajalein Atoll, on Wednesday.",
        "Ebeye",
        "MH",
        8.78,
        167.74,
        10,
    ),
    # a district named bare, in a story that names its country, is no look-alike abroad
    (
        "Two men were arrested in Arorangi on Tuesday, Cook Islands police said.",
        "Arorangi",
        "CK",
        -21.23,
        -159.8,
        15,
    ),
    # 'at' before a word not opening with 't' is the English preposition, no Arabic article
    (
        "Customs officers held a man from Tafuna at Pago Pago International Airport.",
        "Tafuna",
        "AS",
        -14.33,
        -170.72,
        10,
    ),
    # USA
    (
        "A tornado damaged homes outside Tulsa, Oklahoma, on Sunday.",
        "Tulsa",
        "US",
        36.15,
        -95.99,
        20,
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "country", "lat", "lon", "tol"), CASES)
def test_mentions_are_found_and_placed(nlp, sentence, mention, country, lat, lon, tol):
    place = places_by_text(nlp, sentence)[mention]
    assert place.country == country
    assert place.resolution in ("exact", "parent")
    assert distance_km(place.lat, place.lon, lat, lon) < tol, place.reason


def test_village_cue_prefers_small_place_inside_named_unit(nlp):
    place = places_by_text(nlp, "Gunmen attacked the village of al-Susah in Deir ez-Zor province.")[
        "al-Susah"
    ]
    assert place.feature in ("village", "town")
    assert "in the named unit" in place.reason


def test_province_cue_gives_admin1(nlp):
    place = places_by_text(nlp, "Clashes continued in Idlib province on Monday.")["Idlib"]
    assert place.feature == "province"
    assert place.country == "SY"


def test_unknown_place_falls_back_to_named_province(nlp):
    text = "Gunmen raided the village of Zzyqorab in Borno State before dawn."
    place = places_by_text(nlp, text)["Zzyqorab"]
    assert place.resolution == "parent"
    assert place.admin1 == "Borno"
    assert "not in the gazetteer" in place.reason


def test_relative_offset_moves_point(nlp):
    text = "A convoy was ambushed about 20 km south of al-Hasakah on the main road."
    place = places_by_text(nlp, text)["al-Hasakah"]
    assert "20 km" in place.reason
    assert distance_km(place.lat, place.lon, 36.5, 40.75) == pytest.approx(20, abs=3)
    assert place.lat < 36.5


@pytest.mark.parametrize("unit", ["nautical miles", "NM", "nm"])
def test_an_offset_in_nautical_miles_moves_the_point_at_sea(nlp, unit):
    text = f"The dinghy capsized about 20 {unit} south of Lampedusa on Sunday night."
    place = places_by_text(nlp, text)["Lampedusa"]
    assert f"20 {unit}" in place.reason
    assert distance_km(place.lat, place.lon, 35.5, 12.6) == pytest.approx(37, abs=3)


def test_an_offset_after_a_name_and_its_area_word_moves_the_point(nlp):
    text = "Floods hit homes in the Shaam area, some 30 km north-east of Ras Al Khaimah, on Sunday."
    place = places_by_text(nlp, text)["Shaam"]
    assert "placed 30 km at bearing 45" in place.reason


@pytest.mark.parametrize("converted", ["(37 km)", "(37km)", "(23 miles)", "(NM)", "(nm)"])
def test_an_offset_with_its_conversion_in_brackets_still_moves_the_point(nlp, converted):
    text = f"The dinghy capsized about 20 nautical miles {converted} south of Lampedusa on Sunday."
    place = places_by_text(nlp, text)["Lampedusa"]
    assert distance_km(place.lat, place.lon, 35.5, 12.6) == pytest.approx(37, abs=3)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A fishing boat capsized off Lampedusa on Sunday night.", "Lampedusa"),
        ("Two crewmen were rescued off Crotone late on Friday.", "Crotone"),
        # whatever the tagger calls the name after 'off'
        ("The coast guard detained a fisherman off Crotone on 21 May.", "Crotone"),
        ("Gunmen seized a trawler in waters off Lampedusa, Sicily, on Monday.", "Lampedusa"),
    ],
)
def test_a_name_off_which_a_vessel_came_to_harm_is_a_place(nlp, text, name):
    assert places_by_text(nlp, text)[name].country == "IT"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Customs found 90 kg of cocaine at the Port of Bar on Monday.", "Bar", "ME"),
        ("Dockers walked out at the Harbour of Piraeus on Tuesday.", "Piraeus", "GR"),
    ],
)
def test_a_capitalised_port_of_a_town_is_the_town(nlp, text, name, country):
    assert places_by_text(nlp, text)[name].country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("A car bomb went off in Port of Spain on Monday, police said.", "Port of Spain", "TT"),
        ("Protesters marched through the Isle of Man's capital on Friday.", "Isle of Man", "IM"),
        (
            "Polio cases rose in Angola and Democratic Republic of the Congo this year.",
            "Democratic Republic of the Congo",
            "CD",
        ),
    ],
)
def test_a_name_with_of_in_it_is_one_place(nlp, text, name, country):
    assert places_by_text(nlp, text)[name].country == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Farmers blocked the A4 near Bergen op Zoom on Wednesday.", "Bergen op Zoom"),
        ("Floods reached Alphen aan den Rijn on Monday.", "Alphen aan den Rijn"),
        ("Riot police were sent to Santa Cruz de la Sierra on Monday.", "Santa Cruz de la Sierra"),
    ],
)
def test_a_name_joined_by_one_or_two_small_words_is_one_place(nlp, text, name):
    assert places_by_text(nlp, text)[name].lat is not None


def test_a_town_named_after_its_patron_is_found_by_the_rest_of_its_name(nlp):
    text = "Gunmen killed four men at a wake in Santa Cruz Barillas on Sunday night."
    place = places_by_text(nlp, text)["Santa Cruz Barillas"]
    assert (place.name, place.country) == ("Barillas", "GT")


def test_a_part_of_a_city_hyphened_to_its_name_lies_in_the_city(nlp):
    text = "A charge went off at a door in Rotterdam-Zuid overnight; a man was held in Utrecht."
    place = places_by_text(nlp, text)["Rotterdam-Zuid"]
    assert (place.name, place.resolution) == ("Rotterdam", "parent")


@pytest.mark.parametrize(
    ("text", "name", "countries"),
    [
        (
            "A landslide buried homes in Congo-Nil, near Rutsiro and Karongi, on Monday.",
            "Congo-Nil",
            (None, "RW"),
        ),
        (
            "Families in Paris and Henry County will get a letter from the Paris-Henry County "
            "Fire Brigade this week.",
            "Paris-Henry",
            (None, "US"),
        ),
    ],
)
def test_a_hyphened_name_is_no_part_of_a_place_named_in_it(nlp, text, name, countries):
    assert places_by_text(nlp, text)[name].country in countries


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The mayor of Bergen op Zoom, Anouk Verhoeven, issued an emergency order. Police "
            "arrested 23 people late on Wednesday evening, Verhoeven said.",
            "Verhoeven",
        ),
        # an agency the tagger reads as a place, reporting
        (
            "A man was shot in a car park in Tårnby on Monday evening, Ritzau reported, citing "
            "the police.",
            "Ritzau",
        ),
    ],
)
def test_a_name_the_gazetteer_lacks_that_speaks_is_no_place(nlp, text, name):
    assert name not in places_by_text(nlp, text)


def test_a_place_whose_people_speak_is_still_a_place(nlp):
    text = "Residents of Amchidé told the radio that soldiers rounded up 20 men near Mora."
    assert "Amchidé" in places_by_text(nlp, text)


def test_district_of_province_links_container(nlp):
    text = "Raids were reported in the Qamishli District of al-Hasakah province."
    found = places_by_text(nlp, text)
    assert found["Qamishli"].country == "SY"
    assert found["al-Hasakah"].feature == "province"


def test_between_x_and_y_finds_both(nlp):
    found = places_by_text(nlp, "Troops moved between Raqqa and Deir ez-Zor overnight.")
    assert {"Raqqa", "Deir ez-Zor"} <= set(found)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Officials in Trinidad and Tobago said so.", {"Trinidad", "Tobago"}),
        ("Customs officers held a man from Tafuna at Pago Pago airport.", {"Tafuna at Pago Pago"}),
        ("He will appear in the Magistrates' Court at Betio on Monday.", {"Magistrates"}),
        # a first name before a nickname in quotation marks is a person's
        ('Fitzroy "Fitz" Jeremiah, who owns the bar in Grenville, saw the fire.', {"Fitzroy"}),
        # a business bears its owner's name, no town's
        ("A gas cylinder exploded inside Fitzroy's Bar in Grenville.", {"Fitzroy"}),
        # a hospital named after its founder, and its bare word
        ("He was flown to Noble's Hospital in Douglas on Monday.", {"Noble", "Hospital"}),
        # a vessel's name, where the text names the vessel and where it names it again
        (
            "The skipper of the 42ft sloop Windward Lass said the boat took water.",
            {"Windward Lass"},
        ),
        (
            "Their sloop, the Southern Tern, lost its mast. The crew of the Southern Tern were "
            "taken aboard the patrol vessel Guardião.",
            {"Southern Tern", "Guardião"},
        ),
        ("A fire destroyed a home on Cashew City Road, St David's, overnight.", {"St", "St David"}),
    ],
)
def test_names_are_not_cut_or_run_together(nlp, text, parts):
    assert not parts & set(places_by_text(nlp, text))


def test_a_plural_possessive_still_names_a_known_place(nlp):
    assert places_by_text(nlp, "They marched to Wales' capital.")["Wales"].country == "GB"


def test_demonyms_are_not_places(nlp):
    found = places_by_text(nlp, "Syrian and Turkish officials met in Ankara.")
    assert "Syrian" not in found and "Turkish" not in found
    assert found["Ankara"].country == "TR"


@pytest.mark.parametrize(
    "text",
    ["IMPHAL, Aug 12 (PTI) Gunmen fired on Kwakta.", "KOHIMA, Sept. 4 - Rain cut the road."],
)
def test_a_month_before_a_day_number_is_no_place(nlp, text):
    found = places_by_text(nlp, text)
    assert not {"Aug", "Sept"} & set(found)


def test_a_spot_in_the_area_of_a_town_lies_in_that_town(nlp):
    text = (
        "Troops killed three men in the Kallag area of Panjgur on Tuesday. Protesters later "
        "gathered in Turbat, Turbat and Turbat again."
    )
    found = places_by_text(nlp, text)
    assert found["Kallag"].name == found["Panjgur"].name


def test_the_city_of_a_clock_time_is_no_place(nlp):
    text = "Residents of Belgorod heard five explosions shortly after 2:00 a.m. Moscow time."
    assert set(places_by_text(nlp, text)) == {"Belgorod"}


def test_a_persian_name_joined_by_its_ezafe_is_one_place(nlp):
    text = (
        "The Taliban detained 20 civilians in Pul-e Hesar, in Baghlan province of "
        "Afghanistan, on Sunday."
    )
    found = places_by_text(nlp, text)
    assert "Pul-e" not in found
    assert found["Pul-e Hesar"].country == "AF"


def test_a_compass_adjective_alone_is_no_place_nor_a_demonym(nlp):
    text = (
        "Gunmen shot dead a council member in the town of Menaka, in eastern Mali, on Sunday "
        "evening, the Eastern Sahel Monitor for Human Rights (ESMHR) said."
    )
    found = places_by_text(nlp, text)
    assert "Eastern" not in found and found["Menaka"].country == "ML"


def test_an_armed_group_the_gazetteer_lacks_is_no_place(nlp):
    text = (
        "Residents of Khinj district, in Panjshir province, said fighting broke out overnight "
        "between Taliban forces and armed men in the mountains above the main road."
    )
    assert "Taliban" not in places_by_text(nlp, text)


def test_article_context_picks_country(nlp):
    text = "Floods hit Lagos and Abuja. Later, the river burst its banks at Lokoja."
    found = places_by_text(nlp, text)
    assert all(p.country == "NG" for p in found.values())


def test_resolve_spans_given_offsets():
    text = "Shelling hit Hama and Homs in Syria."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Hama", "Homs", "Syria")]
    places = resolve_spans(text, spans)
    assert [p.country for p in places] == ["SY", "SY", "SY"]
    assert places[2].feature == "country"


def test_unresolvable_name_is_kept(nlp):
    found = find_places(nlp("Residents fled to Qxzwv Ridge after the strike."))
    assert all(p.text == p.text.strip() for p in found)


@settings(max_examples=25, deadline=None)
@given(
    st.text(alphabet=st.sampled_from("Al-Hasakah in near,. Raqqa provincevillage of"), max_size=60)
)
def test_offsets_always_slice(nlp, text):
    for place in find_places(nlp(text)):
        assert text[place.start_char : place.end_char] == place.text
        assert place.resolution in ("exact", "parent", "unresolved")


# A country or demonym modifying a noun names an actor; before a place noun it is a place.
ACTOR_MODIFIERS = [
    ("American jets bombed a bridge near Mosul.", "American"),
    ("US helicopters landed near Mosul at night.", "US"),
    ("A US-led coalition struck Mosul again.", "US-led"),
    ("Russian forces shelled Kharkiv overnight.", "Russian"),
    ("Syria's official news agency said shells fell near Homs.", "Syria"),
]


@pytest.mark.parametrize(("sentence", "modifier"), ACTOR_MODIFIERS)
def test_country_modifying_an_actor_is_not_a_place(nlp, sentence, modifier):
    found = places_by_text(nlp, sentence)
    assert modifier not in found and "US" not in found
    assert len(found) == 1  # the town is still found


@pytest.mark.parametrize(
    ("sentence", "mention", "country"),
    [
        ("Refugees gathered near the Syrian border on Monday.", "Syrian", "SY"),
        ("Troops moved into Afghanistan's northern Kunduz province.", "Afghanistan", "AF"),
        ("Officials confirmed Peru's third case of the disease on Friday.", "Peru", "PE"),
        ("Samples were flown to a UK laboratory for testing.", "UK", "GB"),
    ],
)
def test_country_modifying_a_place_noun_is_kept(nlp, sentence, mention, country):
    assert places_by_text(nlp, sentence)[mention].country == country


def test_unknown_village_is_placed_approximately_at_the_main_town(nlp):
    text = "Shelling hit Homs on Monday and Homs on Tuesday. Then the village of Qorzyabad was hit."
    found = places_by_text(nlp, text)
    place = found["Qorzyabad"]
    assert place.resolution == "parent" and "approximate" in place.reason
    assert (place.lat, place.lon) == (found["Homs"].lat, found["Homs"].lon)


# (sentence, mention, country, lat, lon, tolerance km)
RECOGNISED = [
    (
        "Drones were spotted over the Sar-e Pol Province, officials said.",
        "Sar-e Pol",
        "AF",
        36.0,
        66.0,
        60,
    ),
    ("Fighters regrouped in Syria's Raqqa after the siege.", "Raqqa", "SY", 35.95, 39.0, 20),
    ("Clashes broke out near Bou Kamal on the Iraqi border.", "Bou Kamal", "SY", 34.45, 40.92, 20),
    ("Clashes broke out in the Abu Kamal area overnight.", "Abu Kamal", "SY", 34.45, 40.92, 20),
    (
        "MAIDUGURI, Nigeria - Gunmen attacked a market on Friday.",
        "MAIDUGURI",
        "NG",
        11.85,
        13.16,
        10,
    ),
    ("In Barpeta, officials opened relief camps.", "Barpeta", "IN", 26.32, 91.0, 20),
    ("Soldiers were ambushed in rural Balboa, Cauca, on Sunday.", "Balboa", "CO", 2.04, -77.22, 20),
    (
        "Flood water covered parts of Dhemaji and Lakhimpur districts.",
        "Lakhimpur",
        "IN",
        27.2,
        94.0,
        60,
    ),
    ("Bombs fell on residential areas of Kherson overnight.", "Kherson", "UA", 46.64, 32.61, 20),
    (
        "Police arrested two men in Zorkabari, in Savar upazila of Dhaka district.",
        "Zorkabari",
        "BD",
        23.85,
        90.25,
        30,
    ),
    (
        "Gunmen raided the village of Zzyqorab, in the municipality of Argelia, Cauca.",
        "Zzyqorab",
        "CO",
        2.26,
        -77.25,
        20,
    ),
]


@pytest.mark.parametrize(("sentence", "mention", "country", "lat", "lon", "tol"), RECOGNISED)
def test_cued_names_are_found(nlp, sentence, mention, country, lat, lon, tol):
    place = places_by_text(nlp, sentence)[mention]
    assert place.country == country, place.reason
    assert distance_km(place.lat, place.lon, lat, lon) < tol, place.reason


@pytest.mark.parametrize(
    "sentence",
    [
        "The Syndicate of Research on Energy met in the capital.",
        "SANA said the convoy was hit.",
        "Whole villages along the river went under.",
        "Guards closed the park gate early.",
        # a place's name that opens a station's
        "Listeners of Mombasa FM said the road was cut.",
        # a body's name the tagger cut at its joiner ('the Chemin de' of a railway's name)
        "Gunmen stopped a train of the Chemin de fer Congo-Océan on Monday.",
    ],
)
def test_look_alikes_are_not_places(nlp, sentence):
    assert places_by_text(nlp, sentence) == {}


def test_a_station_named_after_a_place_is_no_place(nlp):
    text = "At Wharf Road, East End FM, a community radio station, said the road was cut."
    assert "East End" not in places_by_text(nlp, text)


def test_a_place_closing_a_bodys_name_is_no_place(nlp):
    text = (
        "The bishop flew in from Goré. Caritas Goré is feeding the families who fled to Baïbokoum."
    )
    found = [place.start_char for place in find_places(nlp(text))]
    assert found == [text.index("Goré"), text.index("Baïbokoum")]


def test_rivers_are_kept_unresolved(nlp):
    found = places_by_text(nlp, "Villages along the Jiadhal and Subansiri rivers went under.")
    assert found["Jiadhal"].resolution == "unresolved"
    assert "river" in found["Subansiri"].reason


def test_offset_apposition_places_the_described_name(nlp):
    text = "Supplies reached Tell Zorqab, about 20 km south of al-Hasakah, on Monday."
    found = places_by_text(nlp, text)
    place = found["Tell Zorqab"]
    assert place.resolution == "parent" and "20 km" in place.reason
    assert distance_km(place.lat, place.lon, 36.32, 40.75) < 5
    assert distance_km(found["al-Hasakah"].lat, found["al-Hasakah"].lon, 36.5, 40.75) < 5


def test_possessive_names_the_container(nlp):
    text = "Cholera spread in Kenya's Garissa County and in Dadaab's Qorzyab camp."
    found = places_by_text(nlp, text)
    assert (found.get("Garissa County") or found["Garissa"]).country == "KE"
    assert found["Qorzyab"].resolution == "parent"
    assert found["Qorzyab"].name == "Dadaab"


def test_a_possessive_before_a_list_contains_every_item(nlp):
    text = (
        "Shells fell on Benghazi's Sabri and Laithi districts on Friday. "
        "Families left Laithi by night."
    )
    found = [p for p in find_places(nlp(text)) if p.text in ("Sabri", "Laithi")]
    assert [p.text for p in found] == ["Sabri", "Laithi", "Laithi"]
    assert {p.name for p in found} == {"Benghazi"}
    assert "containing place" in found[1].reason


def test_a_spot_named_again_lies_where_its_sentence_first_placed_it(nlp):
    text = (
        "In Kisumu, protesters said a boy was hurt in Manyatta on Friday. "
        "Shops stayed shut in Busia and Kakamega.\n\n"
        "Police later set up roadblocks in Manyatta."
    )
    first, later = (p for p in find_places(nlp(text)) if p.text == "Manyatta")
    assert first.name == later.name == "Kisumu"
    assert "other mention" in later.reason


def test_a_town_named_after_a_spot_or_beside_it_in_a_list_places_no_later_mention(nlp):
    text = (
        "The wounded were treated in Manyatta and then flown to Kisumu. "
        "Shops stayed shut in Busia and Kakamega.\n\n"
        "Police later set up roadblocks in Manyatta."
    )
    later = [p for p in find_places(nlp(text)) if p.text == "Manyatta"][-1]
    assert later.resolution == "unresolved"


def test_an_island_after_its_atoll_code_is_found_by_its_own_name(nlp):
    text = "In L. Fonadhoo, police arrested two men on Monday. N. Korea fired a missile."
    found = places_by_text(nlp, text)
    assert (found["L. Fonadhoo"].name, found["L. Fonadhoo"].country) == ("Fonadhoo", "MV")
    assert found["N. Korea"].country == "KP"  # a compass initial is no code


def test_a_name_placed_in_its_named_town_is_no_namesake_abroad_later(nlp):
    text = (
        "Cholera broke out in George, Lusaka, on Saturday, the ministry said. "
        "On Tuesday, a man from George died in hospital."
    )
    first, later = (p for p in find_places(nlp(text)) if p.text == "George")
    assert first.name == later.name == "Lusaka"
    assert later.country == "ZM"


def test_a_small_namesake_abroad_written_before_a_town_is_a_quarter_of_it(nlp):
    text = (
        "A man was arrested at a house in Stanleytown, New Amsterdam, on Tuesday. "
        "After Paris, London is the second city on the route."
    )
    found = places_by_text(nlp, text)
    assert (found["Stanleytown"].name, found["Stanleytown"].country) == ("New Amsterdam", "GY")
    assert found["Stanleytown"].resolution == "parent"
    assert found["Paris"].country == "FR"  # a city of its own, listed before another


def test_a_name_ends_where_a_sentence_ends(nlp):
    text = (
        "Zambia's only cholera death was at Chipata. No community deaths were reported from Kitwe."
    )
    assert [p.text for p in find_places(nlp(text))] == ["Chipata", "Kitwe"]


def test_a_name_keeps_the_place_its_context_gave_it(nlp):
    text = "Cases rose in Dadaab's Qorzyab camp. Later, aid reached Qorzyab camp by road."
    first, later = (p for p in find_places(nlp(text)) if p.text == "Qorzyab")
    assert first.name == later.name == "Dadaab"
    assert "other mention" in later.reason


def _spans(text, *names):
    """Character spans of the first occurrence of each name, or of the n-th for (name, n)."""
    out = []
    for name in names:
        name, nth = name if isinstance(name, tuple) else (name, 0)
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        out.append((start, start + len(name)))
    return out


# A street, facility or village missing from the gazetteer lies in or near a town:
# (text, names, missing name, town)
SPOTS = [
    (
        "Herders fled Dravetsi and other villages around Plovdiv on Sunday.",
        ("Dravetsi", "Plovdiv"),
        "Dravetsi",
        "Plovdiv",
    ),
    (
        "Tamberlow residents were evacuated. Crews from Winnipeg arrived at noon.\n\n"
        "Later, Winnipeg officials thanked them.",
        ("Tamberlow", "Winnipeg", ("Winnipeg", 1)),
        "Tamberlow",
        "Winnipeg",
    ),
    (
        "Police closed Quorvant Street in New Orleans after the parade.",
        ("Quorvant Street", "New Orleans"),
        "Quorvant Street",
        "New Orleans",
    ),
    (
        "Students marched from the University of Zebrinth to the centre of Nairobi.",
        ("University of Zebrinth", "Nairobi"),
        "University of Zebrinth",
        "Nairobi",
    ),
    (
        "Fire broke out in the Qelbaran neighbourhood of Lagos overnight.",
        ("Qelbaran", "Lagos"),
        "Qelbaran",
        "Lagos",
    ),
    # no town in its sentence: the article's dominant town
    (
        "Floods hit Kano on Monday. Kano officials asked for help. Water reached Zarquon Market.",
        ("Kano", ("Kano", 1), "Zarquon Market"),
        "Zarquon Market",
        "Kano",
    ),
    (
        "Shops in Mosul reopened. A bomb later damaged Rue Vantrelle.",
        ("Mosul", "Rue Vantrelle"),
        "Rue Vantrelle",
        "Mosul",
    ),
    # a village of its sentence, a few kilometres from the story's town, before that town
    (
        "Sirens sounded in Safed on Monday. Residents of Metula said a drone hit a yard on "
        "Yarden Vell Street that evening.",
        ("Safed", "Metula", "Yarden Vell Street"),
        "Yarden Vell Street",
        "Metula",
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "unknown"),
    [
        # a river need not lie in the town named beside it
        (
            "Floods hit Kano on Monday. Then the Qorzyab river burst its banks near Kano.",
            ("Kano", "Qorzyab", ("Kano", 1)),
            "Qorzyab",
        ),
        # two towns named equally often, none in its paragraph: no dominant town
        (
            "Floods hit Kano and Lagos.\n\nWater later reached Zarquon Market.",
            ("Kano", "Lagos", "Zarquon Market"),
            "Zarquon Market",
        ),
        # the only town named lies abroad, in a story told in one country's districts
        (
            "Floods hit the districts of Au Cap and Pointe Larue in Seychelles on Monday. A "
            "flight from Addis Ababa was diverted.\n\nWater later reached Zarquon Market.",
            ("Au Cap", "Pointe Larue", "Seychelles", "Addis Ababa", "Zarquon Market"),
            "Zarquon Market",
        ),
    ],
)
def test_unknown_name_without_a_town_to_place_it_stays_unresolved(text, names, unknown):
    places = {p.text: p for p in resolve_spans(text, _spans(text, *names))}
    assert places[unknown].resolution == "unresolved" and places[unknown].lat is None


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a famous city 'of' a country it does not lie in stands for what it is known for
        ("He said Sochi could become the Nice of Russia.", "Nice", "FR"),
        ("Dakar was once called the Paris of Africa.", "Paris", "FR"),
        # a part of the city that holds it keeps its container
        ("Pilgrims walked through the Old City of Jerusalem.", "Old City", "PS"),
    ],
)
def test_the_famous_city_of_another_country_is_that_city(text, name, country):
    last = text.rstrip(".").split()[-1]
    places = {p.text: p for p in resolve_spans(text, _spans(text, name, last))}
    assert places[name].country == country


@settings(max_examples=30, deadline=None)
@given(
    word=st.sampled_from(sorted(cues().facility_words - {"camp"})),
    name=st.sampled_from(["Qorvane", "Zelbrath", "Vintaro Oak"]),
)
def test_any_facility_word_places_an_unknown_name_in_its_sentence_town(word, name):
    spot = f"{name} {word.capitalize()}"
    text = f"Crowds gathered at {spot} in Mombasa on Sunday."
    mombasa = text.index("Mombasa")
    places = resolve_spans(text, [(19, 19 + len(spot)), (mombasa, mombasa + 7)])
    assert places[0].resolution in ("parent", "exact")
    if places[0].resolution == "parent":
        assert places[0].name == places[1].name


# A city name after a locative preposition counts whatever the tagger called it.
LOCATIVE = [
    ("Troops evacuated forty families from Kidal on Monday.", "Kidal", "ML"),
    ("The convoy later arrived at Bamako with the wounded.", "Bamako", "ML"),
    ("Aid arrived at Hama and Homs.", "Hama", "SY"),
    ("Troops moved to Gao and then into Kidal.", "Gao", "ML"),
    # a town and a capital's province the tagger takes for a body
    ("Police detained four men at Chimoré on Tuesday.", "Chimoré", "BO"),
    ("The injured were flown to Ulaanbaatar on Tuesday.", "Ulaanbaatar", "MN"),
]


@pytest.mark.parametrize(("sentence", "mention", "country"), LOCATIVE)
def test_city_after_a_locative_preposition_is_found(nlp, sentence, mention, country):
    assert places_by_text(nlp, sentence)[mention].country == country


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The reporters spoke to Mr Kidal on Monday.", "Kidal"),
        ("The prize went to General Gao after the vote.", "Gao"),
    ],
)
def test_a_titled_name_is_not_a_place(nlp, sentence, name):
    assert name not in places_by_text(nlp, sentence)


def test_a_surname_alone_is_not_a_town(nlp):
    text = 'Coach Darren Ripley praised his wrestlers. "We were ready," said coach Ripley.'
    assert "Ripley" not in places_by_text(nlp, text)


def test_a_surname_after_a_locative_preposition_stays_a_place(nlp):
    text = "Judge Tom Dover heard the case. The trial took place in Dover on Monday."
    found = find_places(nlp(text))
    assert [p.text for p in found if p.start_char > text.index("in Dover")] == ["Dover"]


def test_a_place_name_keeps_its_sense_through_the_article(nlp):
    text = (
        "Flooding closed several roads in Edmonton on Monday. Edmonton needs better "
        "drainage, a city report said. Officials said Edmonton had its wettest June."
    )
    found = [p for p in find_places(nlp(text)) if p.text == "Edmonton"]
    assert len(found) == 3
    assert {p.country for p in found} == {"CA"}


def test_a_place_name_inside_a_longer_name_is_not_repeated(nlp):
    text = "Crews worked in Edmonton overnight. The Edmonton Police Service closed two roads."
    found = [p for p in find_places(nlp(text)) if "Edmonton" in p.text]
    assert [p.start_char for p in found if p.text == "Edmonton"] == [text.index("Edmonton")]


def test_a_large_city_tagged_as_a_person_is_a_place(nlp):
    text = "About forty Gainesville residents marched to city hall on Friday."
    assert places_by_text(nlp, text)["Gainesville"].country == "US"


@pytest.mark.parametrize(
    "text",
    [
        "Mr Phoenix said the plan would fail.",
        'Coach Dana Toledo smiled. "We earned it," Toledo said.',
    ],
)
def test_a_titled_name_or_known_surname_is_not_a_large_city(nlp, text):
    assert not [p for p in find_places(nlp(text)) if p.text in ("Phoenix", "Toledo")]


@pytest.mark.parametrize(
    ("text", "road", "town"),
    [
        ("A man was stabbed on Mill Road in Accrington on Friday.", "Mill", "Accrington"),
        ("Police searched a house on Colne Road in Burnley.", "Colne", "Burnley"),
    ],
)
def test_a_road_the_text_puts_in_a_town_is_placed_at_the_town(nlp, text, road, town):
    found = places_by_text(nlp, text)
    assert found[road].resolution == "parent"
    assert (found[road].lat, found[road].lon) == (found[town].lat, found[town].lon)


def test_a_compass_word_alone_is_no_place(nlp):
    found = places_by_text(nlp, "Officers from the force's East division raided a house in Leeds.")
    assert "East" not in found and "Leeds" in found


@pytest.mark.parametrize(
    ("text", "place", "kept"),
    [
        # a body naming itself, and a page counter, are no regions or towns of that name
        (
            "Gunmen attacked a tanker off Lome on Monday, the navy told the Centre.",
            "Centre",
            "Lome",
        ),
        (
            "Gunmen fired on a trawler off Cotonou.\n\nOlder: 035 to 001 > | Page 1 of 9",
            "Page",
            "Cotonou",
        ),
    ],
)
def test_a_common_word_alone_is_no_place(nlp, text, place, kept):
    found = places_by_text(nlp, text)
    assert place not in found and kept in found


def test_an_abbreviated_first_name_is_no_state_but_after_a_town_it_is(nlp):
    found = places_by_text(nlp, "Md. Rafiqul Islam, a shopkeeper in Sylhet, saw the fire.")
    assert "Md" not in found and "Sylhet" in found
    found = places_by_text(nlp, "The fire started in Baltimore, Md. The mayor said so.")
    assert found["Md"].admin1 == "Maryland" or found["Md"].name == "Maryland"


def test_a_common_word_before_its_unit_word_is_the_unit(nlp):
    found = places_by_text(nlp, "Gunmen attacked a church in the Centre department of Haiti.")
    assert found["Centre"].country == "HT"


def test_a_town_in_a_named_district_is_no_country_of_the_same_name(nlp):
    found = places_by_text(nlp, "Water swept through the town of Bahrain in Swat district.")
    assert found["Bahrain"].country == "PK" and found["Bahrain"].resolution == "parent"


def test_a_look_alike_in_a_country_the_article_hardly_names_stays_unresolved(nlp):
    text = (
        "Rain hit Peshawar, Mardan and Swat in Pakistan on Monday, and rescuers in Pakistan "
        "asked for helicopters to reach tourists stranded in Kalam."
    )
    found = places_by_text(nlp, text)
    assert found["Kalam"].country in (None, "PK")


@pytest.mark.parametrize(
    "text",
    [
        "The parish priest of St. Anthony of Padua Parish in Nkambe said soldiers came.",
        "Pupils of the Saint Francis of Assisi School in Kumbo were sent home.",
    ],
)
def test_the_town_of_a_saint_a_church_is_named_after_is_no_place(nlp, text):
    found = places_by_text(nlp, text)
    assert "Padua" not in found and "Assisi" not in found


def test_a_lower_case_word_is_no_place_name(nlp):
    found = places_by_text(nlp, "Patients fled into the surrounding bush near Komanda on Sunday.")
    assert "bush" not in found


def test_a_cercle_is_a_unit_word(nlp):
    found = places_by_text(nlp, "Gunmen attacked a village in Bankass cercle on Sunday.")
    assert found["Bankass"].feature == "district" and found["Bankass"].country == "ML"


def test_a_town_after_a_capitalised_at_opening_the_sentence(nlp):
    # the tagger reads the town as a person; 'At' opens the sentence with a capital
    found = places_by_text(nlp, "At Okahao in the Omusati region, a school roof caved in.")
    assert found["Okahao"].country == "NA"


def test_a_soum_of_an_aimag_is_the_namesake_inside_that_province(nlp):
    # Mongolia has several Bulgans; the aimag named after the soum picks the southern one
    found = places_by_text(
        nlp, "Volunteers handed out food to herders in Bulgan soum of Ömnögovi aimag on Friday."
    )
    assert found["Bulgan"].country == "MN"
    assert found["Bulgan"].lat == pytest.approx(44.1, abs=0.2)


# A spot with no town in its sentence takes the nearest town of its paragraph, marked approximate.
PARAGRAPH_SPOTS = [
    (
        "Rescuers reached Nakuru at dawn. They searched the rubble on Koravan Road all day."
        "\n\nIn Mombasa, traders reopened their stalls.",
        ("Nakuru", "Koravan Road", "Mombasa"),
        "Koravan Road",
        "Nakuru",
    ),
    (
        "Police in Eldoret said the suspects fled. They were caught near Tembrak Avenue West.",
        ("Eldoret", "Tembrak Avenue West"),
        "Tembrak Avenue West",
        "Eldoret",
    ),
    # a capital speaking for its government is no town the spot lies in
    (
        "Kirkuk has lived with bombs for years. On Tuesday a bomb hit a truck near "
        "Qasrokan. Ankara rarely comments on such attacks.",
        ("Kirkuk", "Qasrokan", "Ankara"),
        "Qasrokan",
        "Kirkuk",
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "spot", "town", "why"),
    [(*case, ("not in the gazetteer",)) for case in SPOTS]
    + [(*case, ("approximate", "paragraph")) for case in PARAGRAPH_SPOTS],
)
def test_unknown_spot_is_placed_in_the_town_of_its_sentence_or_paragraph(
    text, names, spot, town, why
):
    places = {p.text: p for p in resolve_spans(text, _spans(text, *names))}
    place = places[spot]
    assert place.resolution == "parent" and place.name == town, place.reason
    assert place.feature == places[town].feature  # the container's feature sets the radius
    assert (place.lat, place.lon) == (places[town].lat, places[town].lon)
    assert town in place.reason and all(word in place.reason for word in why)


def test_unknown_spot_in_an_article_naming_only_a_county_is_placed_in_the_county():
    text = (
        "The Vastrel Medical Center will cut jobs, officials said.\n\n"
        "Hamilton County pays part of its budget."
    )
    places = resolve_spans(text, _spans(text, "Vastrel Medical Center", "Hamilton County"))
    assert places[0].resolution == "parent" and places[0].feature == "district"
    assert (places[0].lat, places[0].lon) == (places[1].lat, places[1].lon)


def test_names_listed_before_a_plural_street_word_are_streets():
    text = "He collapsed at the corner of Quelby and Hartaz streets.\n\nHe lived in Denver."
    assert _facility(text, *_spans(text, "Quelby")[0]) == "street"
    assert _facility(text, *_spans(text, "Hartaz")[0]) == "street"
    lone = "Crowds filled Denver streets."
    assert _facility(lone, *_spans(lone, "Denver")[0]) is None  # the city's own streets


def test_a_spot_in_the_town_of_y_is_placed_in_that_town():
    text = "A grenade hit the Qarvoz Market in the town of Hisua on Friday."
    spot, town = resolve_spans(text, _spans(text, "Qarvoz Market", "Hisua"))
    assert spot.resolution == "parent" and spot.name == "Hisua" == town.name
    assert "approximate" in spot.reason


def test_listed_names_are_peers_unless_a_comma_gives_the_unit():
    from claimtrail.geo.gazetteer import default_gazetteer
    from claimtrail.nlp.places import describe

    text = "Crews from Idaho, Oregon or Nevada and a team from Bend, Oregon helped."
    names = ("Idaho", "Oregon", "Nevada", "Bend")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    spans.append((text.rindex("Oregon"), text.rindex("Oregon") + 6))
    found = describe(text, spans, default_gazetteer())
    assert [m.peers for m in found[:3]] == [(1, 2), (0, 2), (0, 1)]
    assert found[3].peers == () and found[4].peers == ()


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("Shells fell on Benghazi's Sabri and Laithi districts.", 0),
        ("Flights link Washington's Dulles Airport and Moscow every day.", None),
    ],
)
def test_a_possessive_before_a_list_reaches_its_last_item_only_before_a_plural_part(text, parent):
    from claimtrail.geo.gazetteer import default_gazetteer
    from claimtrail.nlp.places import describe

    names = (
        ("Benghazi", "Sabri", "Laithi")
        if "Benghazi" in text
        else ("Washington", "Dulles Airport", "Moscow")
    )
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = describe(text, spans, default_gazetteer())
    assert found[1].parent == 0
    assert found[2].parent == parent


def test_a_plural_unit_word_after_a_list_makes_each_name_that_unit():
    text = "Deputies from Ramsey, Anoka and Dakota counties searched the woods."
    names = ("Ramsey", "Anoka", "Dakota")
    places = resolve_spans(text, _spans(text, *names))
    assert [(p.feature, p.admin1) for p in places] == [("district", "Minnesota")] * 3, [
        p.reason for p in places
    ]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The council approved a $2.5 million budget.", {"US", "CA", "AU", "NZ"}),
        ("Tickets cost C$40 at the door.", {"CA"}),
        ("The club paid £3m for the striker.", {"GB"}),
        ("Traders lost 200 million naira in the fire.", {"NG"}),
        ("He had a yen for travel and 3 dollars.", set()),
    ],
)
def test_amounts_of_money_hint_at_countries(text, countries):
    assert set(currency_countries(text)) == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Chadian soldiers and Malian traders crossed the river.", {"TD", "ML"}),
        ("A Christian school reopened near the Eastern market.", set()),
        ("The Guardian said the Minister was in Kenya.", set()),
        # the tables give Haiti the name 'Haitian' as an alias, not as a demonym
        ("Haitian migrants landed on the beach.", {"HT"}),
    ],
)
def test_nationality_words_hint_at_countries(text, countries):
    assert set(demonym_countries(text, default_gazetteer())) == countries


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("She arrived in the UK from Nairobi and later moved to the U.S. Army base.", {"GB", "US"}),
        ("Troops from the Democratic Republic of the Congo crossed the river.", {"CD"}),
        ("Us and them: the talks went on.", set()),  # no 'US' written in capitals
    ],
)
def test_countries_named_anywhere_hint_at_countries(text, countries):
    assert set(named_countries(text)) == countries


def test_a_country_the_text_names_keeps_a_city_there_from_being_a_stray_namesake():
    text = (
        "Wanjiku Kamau, a Kenyan nurse, was jailed for using a fake passport to work at a care "
        "home in Oxford. She arrived in the UK from Nairobi in 2004. Her family in Kisumu and "
        "Nakuru said they had not heard from her."
    )
    names = ["Kenyan", "Oxford", "Nairobi", "Kisumu", "Nakuru"]
    places = {p.text: p for p in resolve_spans(text, _spans(text, *names))}
    assert places["Oxford"].country == "GB"


def test_the_publishing_outlet_names_no_place(nlp):
    text = "Police in Mombasa told the Nairobi Star that two boats had capsized."
    found = {p.text for p in find_places(nlp(text), outlets=["The Nairobi Star"])}
    assert "Mombasa" in found
    assert "Nairobi" not in found


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("MUKALLA, Dec. 4 (Sirah) - Residents protested in Mukalla on Wednesday.", "Sirah"),
        ("SEIYUN, 3 March (Marib) – Rain flooded Seiyun on Monday, residents said.", "Marib"),
    ],
)
def test_the_agency_a_dateline_credits_after_the_day_is_no_place(nlp, text, place):
    found = places_by_text(nlp, text)
    assert place not in found
    assert text.split(",")[0] in found


def test_a_name_after_a_capitalised_the_in_a_sentence_is_a_title(nlp):
    text = "A farmer told The Valley Herald by phone that soldiers burned the market in Ndola."
    found = places_by_text(nlp, text)
    assert not any("Herald" in name or "Valley" in name for name in found)
    assert "Ndola" in found


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        # names after a title are a person
        ("Dr Amina Kano, a surgeon at the hospital in Mombasa, said 12 people were hurt.", "Kano"),
        # a name followed by an age is a person
        ("Among the injured was Maria da Silva Lagos, 14, a pupil from Mombasa.", "Lagos"),
        # and so is its first word, the age after the rest of the name
        (
            "Two passengers shot dead Wilmer Antonio Castro, 41, the driver of a bus, at a stop "
            "in Mombasa early on Tuesday.",
            "Wilmer",
        ),
        # a name before a word for fighters names the group
        ("Witnesses said Kano militiamen stormed the market in Mombasa on Sunday.", "Kano"),
    ],
)
def test_people_and_groups_bearing_a_town_name_are_no_places(nlp, text, not_a_place):
    found = places_by_text(nlp, text)
    assert not_a_place not in found
    assert "Mombasa" in found


def test_a_locative_preposition_keeps_a_name_before_a_group_word(nlp):
    text = "Clashes were reported in Kano gangs' hideouts on Sunday."
    assert "Kano" in places_by_text(nlp, text)


def test_a_two_word_unit_is_cut_from_the_name(nlp):
    text = "A landslide buried three houses in Tallokot Rural Municipality of Dolpa district."
    found = places_by_text(nlp, text)
    assert "Tallokot" in found
    assert "Tallokot Rural" not in found


def test_a_name_after_the_is_a_region_not_a_small_namesake_town(nlp):
    text = (
        "Police in Wabag said the guns are smuggled into the Highlands from across the "
        "border, and sold in Enga province."
    )
    places = {p.text: p for p in find_places(nlp(text))}
    assert places["Highlands"].lat is None
    assert places["Wabag"].country == "PG"


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("Settlers attacked the Miskitu community of Wisconsin on Sunday.", "village"),
        ("Shells fell on the Druze town of Hadar overnight.", "town"),
        ("Shells hit the Souq al-Juma district of Tripoli.", None),  # the district's own name
    ],
)
def test_a_people_before_a_settlement_word_still_cues_the_name_after(text, feature):
    name = text.split(" of ")[-1].split()[0]
    start = text.index(name, text.index(" of "))
    assert _feature(text, start, start + len(name)) == feature


def test_a_name_a_cue_made_a_place_is_that_place_at_its_bare_mentions(nlp):
    text = (
        "A shaft collapsed at Mbolela, about 30km south of Kadoma, on Monday. Police raided "
        "Mbolela on Wednesday and arrested 40 panners."
    )
    found = [p for p in find_places(nlp(text)) if p.text == "Mbolela"]
    assert len(found) == 2
    assert found[0].lat == found[1].lat and found[0].lat is not None


def test_a_settlement_in_a_foreign_story_is_no_namesake_state(nlp):
    text = (
        "Settlers burned houses in the Miskitu community of Wisconsin on Sunday. Police in "
        "Managua and Bilwi said they had arrested three men."
    )
    found = {p.text: p for p in find_places(nlp(text))}
    assert found["Wisconsin"].country != "US"
    assert found["Managua"].country == "NI"


def test_a_name_heading_its_phrase_after_the_is_no_town_of_the_storys_country(nlp):
    # the river Panj, not the town of Panj in Khatlon; the town names the fire brigade
    text = (
        "A mudflow near Khorog swept a lorry into the Panj, the district chief said. Troops "
        "patrolled the bank of the Panj near Rushan, and the Panj fire brigade was called."
    )
    found = find_places(nlp(text))
    panj = [p for p in found if p.text == "Panj"]
    assert [p.lat is None for p in panj] == [True, True, False]


def test_initials_and_titled_names_in_a_new_paragraph_are_no_places(nlp):
    text = (
        "Police fired rubber bullets, according to the OC.\n\nDr Nusrat Karim, a medical "
        "officer at the hospital in Dhaka, said 31 people were admitted."
    )
    assert [p.text for p in find_places(nlp(text))] == ["Dhaka"]


def test_a_known_name_before_a_landform_word_is_part_of_a_longer_name(nlp):
    found = places_by_text(
        nlp, "Deputies extended the order to the Iowa Hill area near Foresthill."
    )
    assert "Iowa" not in found
    assert "Iowa Hill" not in found or found["Iowa Hill"].admin1 != "Iowa"


def test_a_sentence_opening_function_word_is_no_place(nlp):
    assert places_by_text(nlp, "No homes were lost overnight, the fire chief said.") == {}


def test_the_district_word_of_an_earlier_name_does_not_cue_the_container(nlp):
    found = places_by_text(nlp, "Mortar rounds fell on the Karrada district of Baghdad.")
    assert (found["Baghdad"].feature, found["Baghdad"].country) == ("city", "IQ")


def test_a_time_zones_initials_after_a_clock_are_no_place(nlp):
    found = places_by_text(nlp, "The statement was posted at 10:45 CAT in Juba on Tuesday.")
    assert "CAT" not in found


def test_a_name_the_tagger_read_as_a_date_is_a_place_when_it_tells_no_day(nlp):
    found = places_by_text(nlp, "Three students were detained by agents in Turbat on Monday.")
    assert found["Turbat"].country == "PK"
    assert "late May" not in places_by_text(nlp, "Rebels attacked the town in late May.")
    text = "Two men were taken while fishing near Ponnagyun, around 8 March. Unconfirmed."
    assert "March" not in places_by_text(nlp, text)


def test_a_place_named_after_its_label_on_a_line_of_its_own_is_a_place(nlp):
    text = "STATION: BENONI\n\nMembers arrested two men at a tavern.\n\nLocation: Germiston"
    found = places_by_text(nlp, text)
    assert found["BENONI"].country == "ZA" and found["Germiston"].country == "ZA"
    # spelled another way than the tables spell it ('Thembisa'), beside a town near it
    text = "STATION: TEMBISA\n\nTwo men from Benoni were arrested at a tavern."
    assert places_by_text(nlp, text)["TEMBISA"].country == "ZA"


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("We geolocated the video to a market at 12.5068, 39.5224 in Korem.", (12.5068, 39.5224)),
        ("The burned compound lies at 13.5790° N, 38.9603° E.", (13.579, 38.9603)),
        ("The boat sank at 40.7128° N, 74.0060° W on Sunday.", (40.7128, -74.006)),
        ("Prices rose by 1.234, 5.678, 9.012 per cent.", None),  # a list of figures
    ],
)
def test_a_point_in_decimal_degrees_is_placed_where_it_says(nlp, text, point):
    found = [p for p in find_places(nlp(text)) if p.reason == "a point given in decimal degrees"]
    assert [(p.lat, p.lon) for p in found] == ([point] if point else [])


@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("A tanker was boarded at 12°34.5'N, 043°12.3'E on Tuesday.", (12.575, 43.205)),
        ("Position: 07° 15′ S 112° 45′ E, off the coast.", (-7.25, 112.75)),
        ("The skiff was sighted at 11°30'36\"N 051°15'00\"E.", (11.51, 51.25)),
        ("The ship turned 45° and sailed 12' further north.", None),  # no hemisphere
        ("The buoy lies at 12°75'N, 043°12'E.", None),  # no minute past 59
    ],
)
def test_a_point_in_degrees_and_minutes_is_placed_where_it_says(nlp, text, point):
    found = [
        p for p in find_places(nlp(text)) if p.reason == "a point given in degrees and minutes"
    ]
    assert [(round(p.lat, 4), round(p.lon, 4)) for p in found] == ([point] if point else [])


def test_a_states_abbreviation_is_the_state_only_with_its_point(nlp):
    found = places_by_text(nlp, "Fire crews from Worcester, Mass., reached the church at noon.")
    assert found["Mass"].country == "US"
    found = places_by_text(nlp, "Shots rang out in Comitán after the evening Mass ended.")
    assert "Mass" not in found and "Comitán" in found


@pytest.mark.parametrize(
    "text",
    [
        "Troops ambushed a convoy near Hindi, on the road to Bargoni, in Lamu County.",
        # the name ends a heading's line; the paragraph under it opens with a capital
        "3. Convoy ambushed near Hindi\n\nTroops were ambushed on the road to Bargoni.",
    ],
)
def test_a_language_name_standing_alone_after_a_preposition_is_no_country(nlp, text):
    found = places_by_text(nlp, text)
    assert "Hindi" not in found or found["Hindi"].country != "IN"


def test_a_look_alike_town_abroad_is_no_match_in_a_story_of_one_country(nlp):
    text = (
        "Raiders attacked cattle camps in Kongor payam of Twic East County in Jonglei State "
        "on Sunday. Officials in Bor and Juba said South Sudan would send troops."
    )
    found = places_by_text(nlp, text)
    assert "Kongor" not in found or found["Kongor"].country in (None, "SS")


def test_a_named_estate_is_a_spot_in_its_town_not_a_look_alike_town(nlp):
    text = (
        "Police in Marseille said shots were fired at a patrol near the Busserine estate "
        "on Saturday night, and a man was arrested in Nimes."
    )
    found = places_by_text(nlp, text)
    assert found["Busserine"].name == "Marseille"
    assert found["Busserine"].resolution == "parent"


def test_a_short_form_of_a_longer_name_takes_the_place_of_the_longer_one(nlp):
    text = (
        "Gunfire broke out in the Complexo da Zebrinha, in Rio de Janeiro, on Monday. "
        "By noon, shops across the Zebrinha had closed."
    )
    first, later = (p for p in find_places(nlp(text)) if "Zebrinha" in p.text)
    assert first.name == later.name == "Rio de Janeiro"


@pytest.mark.parametrize(
    ("name", "actor"),
    [
        ("Kani Township People's Defense Force", True),
        ("Zebrinth Regional Army", True),
        ("Assam Rifles", True),
        ("Fort Zebrinth", False),
        ("Zebrinth Township", False),
    ],
)
def test_a_name_ending_like_an_armed_body_is_no_spot_to_place(name, actor):
    place = Place(name, 0, len(name), name="Monywa", resolution="parent")
    assert _actor_not_place(place) is actor


def test_a_name_cut_short_is_the_longer_name_the_article_writes_elsewhere(nlp):
    text = (
        "Flight to Baga Sola\n\n"
        "More than 5,300 people have arrived in the town of Baga Sola since Sunday from the "
        "islands near Bol."
    )
    spans = [text[p.start_char : p.end_char] for p in find_places(nlp(text))]
    assert "Baga" not in spans


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("The bridge near A Luoi town gave way on Tuesday.", "A Luoi"),
        ("Water flooded the streets of the old town of Hoi An overnight.", "Hoi An"),
        ("In Barpeta the river rose above the danger mark.", "Barpeta"),
    ],
)
def test_a_word_that_reads_as_a_function_word_stays_in_a_known_name(nlp, sentence, mention):
    assert [p.text for p in find_places(nlp(sentence))] == [mention]


def test_a_unit_of_three_words_is_cut_from_the_name(nlp):
    text = "Gunmen attacked a village in Tsafe Local Government Area of Zamfara on Sunday."
    places = {p.text: p for p in find_places(nlp(text))}
    assert places["Tsafe"].feature == "district" and places["Tsafe"].country == "NG"


@pytest.mark.parametrize(
    "text",
    [
        "Gunfire broke out in a camp in Ukhiya upazila of Cox's Bazar district on Wednesday.",
        "Police in Cox’s Bazar said two men had died.",
    ],
)
def test_a_name_with_a_possessive_is_read_whole(nlp, text):
    found = {p.text: p for p in find_places(nlp(text))}
    assert found["Cox's Bazar" if "'" in text else "Cox’s Bazar"].country == "BD"
    assert "Cox" not in found and "Bazar" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Forensic medicine had received 17 bodies, its spokeswoman Dunia Escoto Rivera told "
        "a television channel.",
        "The agency's director Ana Lucía Rivera said the bodies had been identified.",
    ],
)
def test_a_full_name_after_a_role_is_no_place_even_when_its_last_word_names_a_province(nlp, text):
    assert find_places(nlp(text)) == []


POONCH_STORY = (
    "Troops searched the forests near Rajouri and Poonch on Monday, and the wounded were "
    "flown to Udhampur. Villagers in {} said shells fell overnight."
)


@pytest.mark.parametrize("name", ["Mendhar", "the Krishna Ghati sector"])
def test_a_story_kept_to_one_province_finds_no_namesake_two_states_away(nlp, name):
    # 'Mendhar' spelled like a town in Uttar Pradesh; 'Krishna' the name of a district in
    # Andhra Pradesh: neither lies anywhere near the Jammu story
    text = POONCH_STORY.format(name)
    mention = name.removeprefix("the ").removesuffix(" sector")
    spans = _spans(text, "Rajouri", "Poonch", "Udhampur", mention)
    place = {p.text: p for p in resolve_spans(text, spans)}[mention]
    assert place.lat is None or distance_km(place.lat, place.lon, 33.6, 74.2) < 161


def test_a_town_in_a_district_the_text_names_lies_in_that_districts_province(nlp):
    # the gazetteer's La Victoria is a city in Aragua; this one lies in Páez, Apure
    text = (
        "Four people were killed on Tuesday in La Victoria, in Páez municipality, and the "
        "wounded were taken to Guasdualito."
    )
    found = places_by_text(nlp, text)
    assert found["La Victoria"].admin1 == found["Páez"].admin1 == "Apure"


def test_a_short_form_inside_an_unknown_name_places_nothing():
    # 'La' is also Louisiana's short form, and Miami gives the United States a vote
    text = "Residents of Elorza told La Gaceta Llanera, a paper also read in Miami, of the raid."
    places = {
        p.text: p for p in resolve_spans(text, _spans(text, "Elorza", "La Gaceta Llanera", "Miami"))
    }
    assert places["La Gaceta Llanera"].country != "US"


@pytest.mark.parametrize(
    ("text", "name", "inside"),
    [
        ("Residents told La Prensa that soldiers came.", "La Prensa", True),  # first words
        ("A paper, La Prensa del Alto Apure, said so.", "Apure", True),  # inside the name
        ("Residents of Alto Apure said so.", "Alto Apure", False),  # not its first words
        ("Residents of Prensa said so.", "Prensa", False),  # one word is too little
    ],
)
def test_an_outlets_name_or_its_first_words_are_no_place(text, name, inside):
    start = text.index(name)
    span = (start, start + len(name))
    assert _in_outlet_name(text, span, ["La Prensa del Alto Apure"]) is inside


def test_mountains_the_text_places_from_a_town_are_placed_there(nlp):
    text = "Troops attacked camps in the Golis mountains, about 40 kilometres south of Bosaso."
    golis = places_by_text(nlp, text)["Golis"]
    assert golis.lat is not None and 30 < distance_km(golis.lat, golis.lon, 11.284, 49.182) < 50


# (text, names that are no places there, a name that is one, its country)
NOT_PLACES = [
    # the city an outlet is based in: the ambush lies far from Dakar
    (
        "The Dakar-based Sahel Press Agency said fighters ambushed soldiers near Batia.",
        {"Dakar"},
        None,
        None,
    ),
    # a storm's name, though a town in Utah is called Hurricane
    (
        "The province is still recovering from Hurricane Oscar, which left damage in Gibara.",
        {"Hurricane"},
        "Gibara",
        "CU",
    ),
    ("Residents of Hurricane, Utah, were evacuated.", set(), "Hurricane", "US"),
    # a known name going on with an article: 'San Miguel' alone is a town in Argentina
    (
        "The flow cut the road between Escuintla and Alotenango a few kilometers from "
        "San Miguel Los Lotes, the village buried by the eruption.",
        {"San Miguel"},
        "San Miguel Los Lotes",
        "GT",
    ),
    # initials the text defines for a body; a place's initials stay one
    (
        "Officials blamed the Oromo Liberation Army (OLA) for the killings near Nekemte. "
        "The OLA denied it.",
        {"OLA"},
        "Nekemte",
        "ET",
    ),
    # initials that spell the last words of a longer name
    (
        "The Displacement Tracking Matrix of the International Organization for Migration "
        "(IOM) counted families arriving in Tawila. IOM said more would come to El Fasher.",
        {"IOM"},
        "El Fasher",
        "SD",
    ),
    (
        "Fighting spread in the Democratic Republic of the Congo (DRC). The DRC army said so.",
        set(),
        "DRC",
        "CD",
    ),
    # a rifle's maker
    ("Troops seized 22 Kalashnikov rifles near Gimbi.", {"Kalashnikov"}, "Gimbi", "ET"),
    # a car by its maker and model, beside the town it was heading for
    (
        "Police said the Škoda Octavia, travelling towards Alytus, hit the lorry at about 6 pm.",
        {"Škoda Octavia"},
        "Alytus",
        "LT",
    ),
    # languages, though towns in the United States bear their names
    (
        "The migrants asked for asylum in English and Arabic at the fence near Lazdijai.",
        {"English", "Arabic"},
        "Lazdijai",
        "LT",
    ),
    # the adjective of a country is its name
    ("The men were found in the southern English city of Salisbury.", set(), "English", "GB"),
]


@pytest.mark.parametrize(("text", "absent", "present", "country"), NOT_PLACES)
def test_names_that_look_like_places_and_are_none(nlp, text, absent, present, country):
    found = places_by_text(nlp, text)
    assert not absent & set(found)
    if present is not None:
        assert found[present].country == country


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen burned granaries in Borgou, a village in Kpendjal prefecture, on Monday night. "
        "Soldiers searched the fields around Borgou on Tuesday.",
        "Gunmen burned granaries in Borgou, a small village of Kpendjal prefecture. Soldiers "
        "searched the fields around Borgou on Tuesday.",
        # the village's size between what it is and where it lies
        "Gunmen burned granaries in Borgou, a village of some 900 people in Kpendjal "
        "prefecture. Soldiers searched the fields around Borgou on Tuesday.",
        "Gunmen burned granaries in Borgou, a hamlet of about 40 families in Kpendjal "
        "prefecture. Soldiers searched the fields around Borgou on Tuesday.",
    ],
)
def test_a_village_the_text_places_in_its_prefecture_is_no_namesake_elsewhere(nlp, text):
    # Borgou is also a department of Benin; the text says this one is a village in Togo
    found = [p for p in find_places(nlp(text)) if p.text == "Borgou"]
    assert [p.country for p in found] == ["TG", "TG"]
    assert found[0].resolution == "parent" and "Kpendjal" in found[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Villagers from Shatian, a fishing and farming village in Anpu town in Lianjiang, "
        "Guangdong, blocked the main road on Saturday.",
        # the names glossed in their own script
        "Villagers from Shatian (沙田村), a village in Anpu town (安鋪鎮) in Lianjiang, "
        "Guangdong, blocked the main road on Saturday.",
    ],
)
def test_a_village_the_text_places_in_a_town_is_no_namesake_of_another_county(nlp, text):
    # the tables' Shatian lies 87 km away in another county; this one is Anpu's
    found = places_by_text(nlp, text)
    anpu, shatian = found["Anpu"], found["Shatian"]
    assert shatian.resolution == "parent" and "Anpu" in shatian.reason
    assert distance_km(anpu.lat, anpu.lon, shatian.lat, shatian.lon) < 5


@pytest.mark.parametrize(
    ("text", "parent"),
    [
        ("Some 40 km south of Kharkiv, the village of Zmiiv was shelled on Tuesday.", None),
        ("Shells fell on Kharkiv, in the village of Zmiiv, on Tuesday.", 1),
    ],
)
def test_a_village_named_after_a_comma_contains_the_place_before_only_after_in(text, parent):
    from claimtrail.nlp.places import describe

    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Kharkiv", "Zmiiv")]
    assert describe(text, spans, default_gazetteer())[0].parent == parent


def test_a_spot_in_a_country_that_is_one_town_lies_there(nlp):
    # Gibraltar is a territory, not a town of the tables; Algeciras lies across the bay
    text = (
        "Twenty-three residents of Gibraltar were evacuated from a block at Moorish Castle "
        "Estate on Wednesday night, the fire service said. Two men were held at the frontier "
        "with Spain near Algeciras."
    )
    estate = places_by_text(nlp, text)["Moorish Castle Estate"]
    assert (estate.country, estate.resolution) == ("GI", "parent")


def test_a_spot_and_its_district_tagged_as_one_name_are_two_places(nlp):
    text = (
        "Fourteen migrants came ashore at Gun Bay\n\n"
        "Fourteen migrants were detained after their boat came ashore at Gun Bay, East End, "
        "early on Tuesday, officials in George Town said."
    )
    found = [(p.text, p.country) for p in find_places(nlp(text)) if p.text != "George Town"]
    assert found == [("Gun Bay", "KY"), ("Gun Bay", "KY"), ("East End", "KY")]


def test_a_place_ending_a_bodys_name_tells_who_spoke():
    from claimtrail.nlp.places import describe

    text = "A man was stabbed in Grays Farm, the Royal Police Force of Antigua and Barbuda said."
    names = ("Grays Farm", "Antigua", "Barbuda")
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    found = describe(text, spans, default_gazetteer())
    assert [m.of_an_office for m in found] == [False, True, True]


def test_a_province_named_in_a_town_is_still_the_province():
    text = "The girl was flown to the Children's Hospital of Manitoba in the city of Winnipeg."
    spans = [(text.index(name), text.index(name) + len(name)) for name in ("Manitoba", "Winnipeg")]
    manitoba, _ = resolve_spans(text, spans)
    assert (manitoba.feature, manitoba.resolution) == ("province", "exact")


@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("Water reached Kobda, a village in the north, on Wednesday.", "village"),
        ("Water reached Kobda, a fishing and farming village near the river.", "village"),
        ("Water reached Kobda, a small farming town near the river.", "town"),
        # the unit word is the next name's, and a speaker is no apposition
        ("Water reached Kobda, the centre of Kobda district, on Wednesday.", None),
        ("Water reached Kobda, a district official said.", None),
    ],
)
def test_an_apposition_says_what_a_place_is(text, feature):
    start = text.index("Kobda")
    assert _feature(text, start, start + len("Kobda")) == feature


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the tagger reads a word of the name as a language or a month
        ("Gunmen opened fire outside a cookshop in Spanish Town on Sunday.", "Spanish Town", "JM"),
        ("Police held 14 men in May Pen on Tuesday after a raid.", "May Pen", "JM"),
    ],
)
def test_a_name_the_tagger_cuts_apart_is_read_whole(nlp, text, name, country):
    found = {p.text: p for p in find_places(nlp(text))}
    assert found[name].country == country


def test_a_province_of_the_storys_country_before_a_namesake_city_abroad(nlp):
    text = (
        "A taxi operator was shot dead in Newport, in south Manchester, on Monday. Residents "
        "of Mandeville, May Pen and Spanish Town marched on Tuesday. Police in Manchester said "
        "the officers had been suspended."
    )
    found = [p for p in find_places(nlp(text)) if p.text in ("Newport", "Manchester")]
    assert {p.country for p in found} == {"JM"}


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen travelling in a white Toyota Probox opened fire in Spanish Town on Sunday.",
        # the vehicle named by what it is, after the force it belongs to
        "A bomb went off as an army Toyota pick-up passed a junction in Spanish Town.",
    ],
)
def test_a_vehicle_makers_name_before_its_model_is_no_place(nlp, text):
    assert [p.text for p in find_places(nlp(text))] == ["Spanish Town"]


def test_a_town_opening_a_facility_named_for_a_person_is_no_place(nlp):
    # 'Aden Adde' is a person; 'Aden' alone is a city in Yemen
    text = (
        "Mortar rounds landed near the northern perimeter of the Aden Adde International"
        " Airport (AAIA) zone in Mogadishu."
    )
    found = find_places(nlp(text))
    assert "Aden" not in [p.text for p in found]
    assert {p.country for p in found} == {"SO"}


def test_an_abbreviated_bearing_moves_the_point(nlp):
    text = "A drone strike hit a camp 15km NE of Jilib on Tuesday."
    place = places_by_text(nlp, text)["Jilib"]
    assert "bearing 45" in place.reason


def test_a_link_to_another_story_below_does_not_place_the_story(nlp):
    # the page's foot names 'Manchester, England' in a link; the story's Manchester is the
    # Jamaican parish, named before it
    text = (
        "Police in Manchester said taxi operators were shot in Mandeville, Christiana and "
        "Spanish Town. Residents of Portmore, Linstead, Old Harbour and Ocho Rios marched to "
        "Kingston.\n\n› Manchester, England: a fund is launched (June 9, 2027)"
    )
    first = next(p for p in find_places(nlp(text)) if p.text == "Manchester")
    assert first.country == "JM"


def test_a_link_bullet_before_a_name_makes_no_person(nlp):
    text = (
        "› Manchester High win the quiz title.\n\nA taxi operator was killed in Newport, in "
        "south Manchester, on Monday, police in Mandeville said."
    )
    assert "Manchester" in [p.text for p in find_places(nlp(text))]


def test_the_part_of_a_town_the_tagger_joins_to_its_name_is_cut(nlp):
    # the tagger reads 'west Honiara' as one name; White River lies in it, not in South Africa
    text = "Youths set fire to a kiosk at White River, in west Honiara, at about 9pm last night."
    found = {p.text: p for p in find_places(nlp(text))}
    assert found["Honiara"].country == "SB"
    assert found["White River"].country == "SB" and found["White River"].resolution == "parent"


def test_a_village_said_to_lie_in_a_direction_from_a_town_is_a_place(nlp):
    # the tagger calls the village an organisation; its bearing from the town says otherwise
    text = "The river burst its banks at Aoufous, south of Errachidia, flooding palm groves."
    found = {p.text: p for p in find_places(nlp(text))}
    assert found["Aoufous"].country == "MA" and found["Aoufous"].resolution == "exact"


def test_a_look_alike_spelling_right_by_the_town_it_is_measured_from_is_the_place(nlp):
    # 'Bani Suheila' is a look-alike of the tables' 'Banī Suhaylā', which lies right east of
    # the town named; the look-alike alone would be no evidence in a story told elsewhere
    text = (
        "Emergency crews in Doha were busy all week.\n\n"
        "A second strike hit a car in Bani Suheila, east of Khan Younis, an hour later."
    )
    found = {p.text: p for p in find_places(nlp(text))}
    assert found["Bani Suheila"].name == "Banī Suhaylā"
    assert found["Bani Suheila"].resolution == "exact"


def test_a_story_told_in_two_provinces_has_no_main_town_for_its_spots(nlp):
    # Kroo Bay, a part of Freetown no table holds, is not placed in Kono's Tombodu, which
    # the story's second half names twice as often as Freetown: the story is told in two
    # provinces
    text = (
        "Rain fell all night over Freetown. Drains overflowed in Freetown and in Waterloo.\n\n"
        "Flood water tore through Kroo Bay on Monday night.\n\n"
        "In Kono, diggers fought at a pit outside Tombodu on Sunday. Police in Tombodu made "
        "arrests, and youths in Tombodu threatened to block the road to Tombodu market. "
        "Traders in Tombodu closed their shops."
    )
    spots = [p for p in find_places(nlp(text)) if p.text == "Kroo Bay"]
    assert spots and all(p.name != "Tombodu" for p in spots)


def test_a_neighbourhood_is_no_namesake_city_elsewhere(nlp):
    # Santiago's Cienfuegos and Pekín neighbourhoods, listed before the word: no Cuban city,
    # no Chinese capital
    text = (
        "In Santiago de los Caballeros, agents detained 40 people in raids on the Cienfuegos "
        "and Pekín neighbourhoods on Friday."
    )
    found = {p.text: p for p in find_places(nlp(text))}
    assert found["Cienfuegos"].country != "CU" and found["Pekín"].country != "CN"


def test_the_wilayat_of_a_name_cues_the_name_and_is_no_place_itself(nlp):
    # the tagger reads 'the Wilayat of Wadi Bani Khalid' as an organisation
    found = places_by_text(
        nlp, "Police said a boy drowned in the Wilayat of Wadi Bani Khalid on Monday."
    )
    assert "Wilayat" not in found
    assert found["Wadi Bani Khalid"].country == "OM"


def test_a_village_named_like_a_country_is_no_country_anywhere_in_the_article(nlp):
    # Kosova is a village near Maglaj as well as Kosovo's name in Albanian
    found = places_by_text(
        nlp,
        "MAGLAJ: Rescuers reached the villages of Kosova and Brezik, east of Maglaj, on Friday."
        "\n\nIn Kosova, residents cleared mud from their houses.",
    )
    assert found["Kosova"].country == "BA"
    assert found["Kosova"].resolution == "parent"


def test_a_body_of_the_state_and_the_word_opening_its_name_are_no_places(nlp):
    # 'Maritime' is a region of Togo; the tagger leaves it out of the body's name
    found = places_by_text(
        nlp,
        "Two tankers collided off the coast on Wednesday, the Maritime and Port Authority of "
        "Singapore said.",
    )
    assert "Maritime" not in found and "Port Authority" not in found


def test_what_carried_the_words_is_no_place(nlp):
    found = places_by_text(
        nlp, "The brigade said in a Facebook post on Wednesday that a man died in Tampines."
    )
    assert "Facebook" not in found
    # a known place before a document word is still a place
    found = places_by_text(nlp, "The Kyiv statement said drones hit Lviv overnight.")
    assert found["Kyiv"].country == "UA"


def test_a_plural_unit_word_before_a_list_makes_each_name_a_place(nlp):
    found = places_by_text(nlp, "Floods cut off the districts of Swat and Dir on Tuesday.")
    assert {found["Swat"].country, found["Dir"].country} == {"PK"}


def test_the_people_of_a_community_are_no_place(nlp):
    # Guaraní is also a town in Misiones; here it names the people of the community
    found = places_by_text(
        nlp, "Police cleared a roadblock that the Guaraní community of Yacuy kept near Tartagal."
    )
    assert "Guaraní" not in found
    # the adjective of a country's people still names the country
    found = places_by_text(nlp, "Rockets were set up near the Georgian town of Gori.")
    assert found["Georgian"].country == "GE"


def test_a_bearing_without_a_distance_places_a_namesake_near_the_town(nlp):
    # Riyad is a district of Nouakchott; the Saudi capital lies thousands of km away
    found = places_by_text(
        nlp,
        "A herder was arrested at the livestock market in Riyad, on the southern edge of "
        "Nouakchott, a gendarmerie officer said.",
    )
    assert found["Riyad"].country == "MR"
    assert found["Riyad"].lat == pytest.approx(18.01, abs=0.1)
    # a town of the name that way, however far, is the town itself
    found = places_by_text(nlp, "Gunmen attacked Kaduna, north of Abuja, on Monday.")
    assert (found["Kaduna"].feature, found["Kaduna"].lat) == ("city", pytest.approx(10.53, abs=0.1))
    # 'south of France' says which part of the country, not how far from it
    found = places_by_text(nlp, "She taught English in Perpignan, south of France, for a year.")
    assert found["Perpignan"].lat == pytest.approx(42.70, abs=0.1)


def test_a_bearing_from_a_small_town_names_a_place_near_it_that_way(nlp):
    # one Brezovica lies east of the town, another 160 km north-west in another district:
    # neither is the village a few km north-west of a small town
    text = "Floodwater reached Brezovica, north-west of Vlasotince, on Sunday."
    found = places_by_text(nlp, text)
    brezovica, town = found["Brezovica"], found["Vlasotince"]
    assert brezovica.resolution == "parent"
    assert distance_km(brezovica.lat, brezovica.lon, town.lat, town.lon) < 15
    assert brezovica.lat > town.lat and brezovica.lon < town.lon


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the island's other name in brackets is the one the gazetteer knows
        ("A boat capsized off the east coast of Ndzuani (Anjouan) on Saturday.", "Ndzuani", "KM"),
        # a tagger's entity that runs on into the bracket is cut before it
        ("Gunmen attacked a camp near Goma (North Kivu) on Monday.", "Goma", "CD"),
    ],
)
def test_a_name_in_brackets_after_a_place_is_its_other_name_or_its_unit(nlp, text, name, country):
    found = places_by_text(nlp, text)
    assert found[name].country == country
    other = text[text.index("(") + 1 : text.index(")")]
    assert found[other].country == country


def test_initials_that_are_a_unit_abroad_name_no_place_in_a_story_elsewhere(nlp):
    # 'SD' (sekolah dasar, a primary school) is South Dakota's code
    text = (
        "Floodwater poured into SD Negeri 3 Tentena overnight, the village head said. Tentena "
        "lies on Lake Poso in Central Sulawesi, south of Poso."
    )
    found = places_by_text(nlp, text)
    assert "SD" not in found
    assert {p.country for p in found.values()} == {"ID"}
    # in a story of its own country the code is the state
    found = places_by_text(nlp, "The storm crossed Rapid City, SD, and reached Omaha overnight.")
    assert found["SD"].country == "US"
    # an abbreviation written with stops is a name, whatever the story's country
    found = places_by_text(nlp, "Cold air from B.C. reached Seattle, Tacoma and Portland.")
    assert found["B.C"].country == "CA"  # the stop that closes the sentence too is trimmed


def test_a_lowercase_department_of_names_the_unit_its_town_lies_in(nlp):
    text = (
        "In Armenia, in the department of Sonsonate, a stream flooded 38 homes on Tuesday, "
        "the Fire Department said."
    )
    found = places_by_text(nlp, text)
    assert found["Sonsonate"].feature == "province"
    assert (found["Armenia"].country, found["Armenia"].feature) == ("SV", "town")
    assert "Fire" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Department of Health in Kano said 12 cases were recorded.",
        "Fire Department spokeswoman Ana Rivas said no one was hurt in Kano.",
    ],
)
def test_a_capitalised_department_opens_or_ends_an_offices_name(nlp, text):
    assert set(places_by_text(nlp, text)) == {"Kano"}


def test_a_country_named_town_in_its_stated_unit_is_the_town(nlp):
    # only 'X, Y' may list peers ("Mexico, Japan"); 'X, in the department of Y' contains X
    text = (
        "Rain fell on San Salvador, Santa Ana and San Miguel. In Armenia, in the department "
        "of Sonsonate, a stream flooded 38 homes. Mexico, Japan and Chile sent condolences."
    )
    found = places_by_text(nlp, text)
    assert (found["Armenia"].country, found["Armenia"].feature) == ("SV", "town")
    assert found["Japan"].feature == "country"


@pytest.mark.parametrize(
    "text",
    [
        "In Paysandú, the Río Queguay rose two metres overnight, officials said.",
        "In Paysandú, officials said the Río Cuaró Grande had risen.",
    ],
)
def test_a_river_named_in_spanish_is_not_placed_at_a_city_called_rio(nlp, text):
    found = places_by_text(nlp, text)
    assert found["Paysandú"].country == "UY"
    assert all(place.name != "Rio de Janeiro" for place in found.values())


def test_a_town_opening_with_rio_is_still_found(nlp):
    text = "Floods hit Rio Grande and Rio Branco in Brazil. Troops reached Rio Branco."
    assert {p.name for p in places_by_text(nlp, text).values()} >= {"Rio Grande", "Rio Branco"}


def test_a_dam_bearing_a_towns_name_is_no_town(nlp):
    text = "Floods hit Salto after the Salto Grande dam upstream opened its gates."
    found = places_by_text(nlp, text)
    assert found["Salto Grande"].lat is None
    assert "lake" in found["Salto Grande"].reason


def test_a_region_inside_an_armed_groups_name_is_no_place(nlp):
    text = (
        "Fighters of the Islamic State West Africa Province attacked a post near Mora on "
        "Monday. Officials from West Africa met in Abuja. The U.S. embassy said nothing."
    )
    found = [p.text for p in find_places(nlp(text))]
    assert found.count("West Africa") == 1
    assert "U.S" in found or "U.S." in found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Police detained a suspect in Moldava nad Bodvou on Saturday.",
            "Moldava nad Bodvou",
            "SK",
        ),
        ("The barge sank near Frankfurt am Main on Friday.", "Frankfurt am Main", "DE"),
        ("Floods closed roads around Newcastle upon Tyne overnight.", "Newcastle upon Tyne", "GB"),
    ],
)
def test_a_name_joined_by_a_small_word_is_one_place(nlp, text, name, country):
    assert places_by_text(nlp, text)[name].country == country


def test_a_city_the_tagger_takes_for_a_language_stays_a_place(nlp):
    doc = nlp("The remains of fighters killed in Aleppo were returned on Monday.")
    city = next(t.i for t in doc if t.text == "Aleppo")
    doc.ents = [Span(doc, city, city + 1, label="LANGUAGE")]  # the tagger's error, by hand
    assert [p.text for p in find_places(doc)] == ["Aleppo"]


def test_a_title_before_a_name_listed_after_a_town_is_no_place(nlp):
    # the parser joins the speaker to the town before him
    text = (
        "A farmer drowned on Tuesday in a flooded culvert in Tanga, Inspector Juma Mwinyi, "
        "the regional police spokesman, said."
    )
    assert set(places_by_text(nlp, text)) == {"Tanga"}


@pytest.mark.parametrize(
    "text",
    [
        "Debris fell on a residential neighbourhood of Sabya shortly after 2 am.",
        "Gunmen shot two men in a poor suburb of Mombasa on Monday night.",
    ],
)
def test_a_part_among_several_of_a_town_lies_in_the_town(nlp, text):
    (place,) = places_by_text(nlp, text).values()
    assert place.feature == "city" and place.resolution == "exact", place.reason


def test_the_neighbourhood_of_a_name_is_named_so(nlp):
    text = "Shells hit the neighbourhood of Bab Amr in Homs on Monday."
    assert places_by_text(nlp, text)["Bab Amr"].resolution == "parent"


def test_a_city_cue_on_a_province_name_is_its_town_spelled_otherwise(nlp):
    # the tables hold the town as Jizan, the province as Jazan
    text = (
        "Drone debris injured two people in Jazan city and in Sabya on Friday; a third "
        "drone was shot down over Abha."
    )
    place = places_by_text(nlp, text)["Jazan"]
    assert place.feature == "city" and place.name == "Jizan", place.reason


def test_a_city_hyphened_to_a_part_of_town_the_tagger_calls_a_body_is_a_place(nlp):
    text = (
        "Striking rail workers occupied the tracks at Brussels-Midi station on Wednesday. "
        "Trains to Antwerp and Liège were cancelled."
    )
    station = places_by_text(nlp, text)["Brussels-Midi"]
    assert (station.name, station.resolution) == ("Brussels", "parent"), station.reason


def test_a_town_heading_its_section_is_a_place_there_and_below(nlp):
    # the tagger reads no sentence in 'Aasiaat: ...' and takes the town below for a body
    text = (
        "Narsaq: harbour crane topples in storm\n\n"
        "Gusts toppled a crane over its rails at Narsaq on Tuesday and Wednesday, "
        "the harbour master said."
    )
    found = [p for p in find_places(nlp(text)) if p.text == "Narsaq"]
    assert [p.start_char for p in found] == [0, text.rindex("Narsaq")]
    assert {p.country for p in found} == {"GL"}


def test_a_heading_label_not_named_again_below_is_no_place(nlp):
    text = "Police: two held after brawl\n\nOfficers detained two men after a fight in a bar."
    assert [p.text for p in find_places(nlp(text))] == []


def test_a_country_its_institutions_name_again_and_again_counts_each_time():
    # a local story names its own country in its bodies' names: the Barbados page's parish
    # 'St Michael' was a town in Minnesota while the country counted once
    text = (
        "The Royal Barbados Police Force, the Barbados Fire Service and the Barbados Defence "
        "Force responded; a US Coast Guard cutter stood by."
    )
    assert named_countries(text) == Counter({"BB": 3, "US": 1})


def test_a_title_before_a_name_the_tagger_calls_a_person_is_no_state(nlp):
    # 'Miss.' abbreviates Mississippi, but a boat's 'Miss Lorna' is no state
    text = "The fishing boat Miss Lorna was found drifting east of Ragged Point on Saturday."
    assert "Miss" not in [p.text for p in find_places(nlp(text))]


def test_a_country_no_larger_than_a_province_holds_its_names_together(nlp):
    # Dominica's parishes are each smaller than a county elsewhere: Portsmouth, Marigot and
    # St Joseph back one another as names in one province do, against England's Portsmouth
    text = (
        "A 30-year-old man was shot on Bay Street in Portsmouth late on Saturday, police said. "
        "He had recently come home from England, relatives said. Officers later searched "
        "houses in Marigot, and a landslide closed the road near Pont Cassé. Families were "
        "moved out of Bells in St Joseph."
    )
    places = places_by_text(nlp, text)
    assert {name: places[name].country for name in ("Portsmouth", "Marigot", "St Joseph")} == {
        "Portsmouth": "DM",
        "Marigot": "DM",
        "St Joseph": "DM",
    }


def test_a_name_the_tagger_ran_on_into_a_preposition_ends_before_it(nlp):
    text = (
        "Guests at the Beaumont Hotel on La Route de la Haule, St Aubin, say they were woken "
        "by the fire alarm."
    )
    assert "Beaumont Hotel" in places_by_text(nlp, text)


def test_a_numbered_street_is_no_town_of_its_word(nlp):
    text = "In Jacmel, marchers blocked the entrance to Rue 0 with burning tires."
    found = places_by_text(nlp, text)
    assert found["Rue"].country == "HT"


def test_a_persons_surname_is_a_place_where_a_unit_word_says_so(nlp):
    text = (
        "The traders' leader, Alhaji Musa Bakori, said the market would close. Gunmen attacked"
        " Dabai village, Bakori Local Government Area of Katsina State, on Friday."
    )
    found = places_by_text(nlp, text)
    assert found["Bakori"].country == "NG"


def test_a_name_written_without_its_article_is_the_place_its_other_mention_is(nlp):
    text = (
        "Fighting broke out in al-Kasara, in Sirwah district of Marib, on Monday. Troops held"
        " the Kasara position on Tuesday, a Yemeni officer said."
    )
    found = places_by_text(nlp, text)
    assert found["Kasara"].country == "YE"


@pytest.mark.parametrize(
    ("text", "hearer", "place"),
    [
        ("A fisherman told Sirah by phone that boats were held off Hodeidah.", "Sirah", None),
        ("The mayor told Utah lawmakers that the dam in Provo was safe.", "Utah", "US"),
    ],
)
def test_whom_one_tells_is_no_place_unless_it_names_whom(nlp, text, hearer, place):
    found = places_by_text(nlp, text)
    assert (found[hearer].country if hearer in found else None) == place


def test_a_sentence_opened_by_a_state_holds_the_places_it_names(nlp):
    # 'El Perú', a mining sector, votes for Peru, whose Callao dwarfs the Venezuelan town
    text = (
        "In Bolívar state, relatives said a shaft collapsed at a mine in the sector of El Perú, "
        "in the El Callao municipality, on Sunday."
    )
    place = places_by_text(nlp, text)["El Callao"]
    assert (place.country, place.admin1) == ("VE", "Bolívar")


@pytest.mark.parametrize(
    ("text", "town", "place"),
    [
        # the town an outlet is based in, between an article and its words, placed nothing
        ("The Niamey news site Sahel Echo reported gunmen in Ouallam.", "Niamey", None),
        ("A Lagos daily said gunmen struck a bank in Ikeja.", "Lagos", None),
        # ... but where an attack hit a station named by its town, the town is the place
        ("Gunmen attacked the Kabul radio station on Monday.", "Kabul", "AF"),
    ],
)
def test_an_outlets_home_town_is_no_place_of_its_story(nlp, text, town, place):
    found = places_by_text(nlp, text)
    assert (found[town].country if town in found else None) == place


def test_a_spot_named_with_of_and_a_known_town_lies_in_that_town(nlp):
    text = "A bomb went off near the Sabzi Mandi of Serai Naurang in Pakistan on Sunday."
    found = places_by_text(nlp, text)
    # 'Serai' is a romanisation of 'Sarai', as the tables write the town
    assert found["Serai Naurang"].name == "Sarai Naurang"


def test_a_facilitys_word_before_its_number_is_no_place_of_that_name(nlp):
    found = places_by_text(nlp, "Three refugees were killed in a clash in Camp 13 in Ukhiya.")
    assert found["Camp"].country is None  # a spot the tables lack, and no town to put it in
    found = places_by_text(nlp, "A fire destroyed shelters in Camp 1W, near Teknaf, Bangladesh.")
    assert found["Camp 1W"].country == "BD"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the village [T.N.: a hamlet of the cercle] on Sunday.",
        "The army struck the market (T.N.: the weekly fair) on Wednesday.",
    ],
)
def test_the_label_opening_a_note_in_brackets_is_no_place(nlp, text):
    assert "T.N." not in [p.text for p in find_places(nlp(text))]


LOG_ENTRY = (
    "Weekly security advisory\n\n"
    "3.1  14 JUN 2031, 0215 UTC - ATTACK ON MERCHANT VESSEL - 40 NM SOUTH OF MOCHA (AL-MUKHA)\n"
    "The master reported that the vessel had been struck by a projectile on the port side.\n"
)


def test_the_place_closing_a_log_entrys_heading_in_capitals_is_a_place_with_its_offset(nlp):
    place = places_by_text(nlp, LOG_ENTRY)["MOCHA"]
    assert place.country == "YE"
    assert "40 NM SOUTH OF" in place.reason
    assert distance_km(place.lat, place.lon, 13.32, 43.25) == pytest.approx(74, abs=5)


@pytest.mark.parametrize(
    "text",
    [
        # a menu in capitals, no dated entry
        "HOME - NEWS - SPORT - KENYA\n\nThe council met on Monday to discuss the budget.\n",
        # a heading in capitals whose last field is no place
        "12 MAY 2031 - BREAKING - PROTESTS SPREAD\n\nCrowds gathered on Monday.\n",
    ],
)
def test_capitals_that_close_no_dated_entry_or_name_no_place_are_no_places(nlp, text):
    assert not {p.text for p in find_places(nlp(text))} & {"KENYA", "PROTESTS SPREAD", "SPREAD"}


@pytest.mark.parametrize(
    "text",
    [
        "The three were taken to the Federal Police station in Itaituba.",
        "Agents of the Federal Police seized a shotgun near Itaituba.",
    ],
)
def test_an_adjective_a_unit_is_also_called_opens_a_bodys_name_no_place(nlp, text):
    found = places_by_text(nlp, text)
    assert set(found) == {"Itaituba"}


def test_a_name_titled_once_is_a_persons_wherever_it_stands(nlp):
    text = (
        "Gunmen burned the house of the teacher Edna Saw Munduruku near Itaituba. "
        "Neighbours rebuilt the house of Edna Saw Munduruku within a week."
    )
    assert set(places_by_text(nlp, text)) == {"Itaituba"}
