"""Extraction on sentences written for these tests in wire, agency and database styles
(Reuters/AP, TASS, Ukrinform, ACLED-like notes; Ukraine, Russia, Poland, Romania,
Moldova, Israel-Lebanon, the Red Sea, Sudan). Nothing here comes from the seeds."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from gazetteer import Gazetteer
from reports import extract, make_article
from reports.model import NEAR_NOTE

PUB = datetime(2024, 6, 15, 9, 30)  # a Saturday


def _reports(gz: Gazetteer, text: str, published: datetime | None = PUB):
    return extract(make_article(text, id="t", published=published, outlet="Test Wire"), gz)


def _one(gz: Gazetteer, text: str, published: datetime | None = PUB):
    found = _reports(gz, text, published)
    assert len(found) == 1, [(r.event_type, r.place_name) for r in found]
    return found[0]


def test_reuters_style_overnight_drone_strike(gz: Gazetteer) -> None:
    r = _one(gz, "Russian drones attacked the Ukrainian port city of Odesa overnight, "
                 "killing two people and injuring five, regional governor Oleh Kiper said.")
    assert (r.event_type, r.weapon, r.place_name, r.place_kind) == (
        "strike", "drone", "Odesa", "city")
    assert (r.killed, r.injured) == (2, 5)
    assert r.claimed_by == "regional governor Oleh Kiper"
    assert (r.event_date, r.date_precision) == (date(2024, 6, 15), "night")
    assert r.quote.startswith("Russian drones") and r.outlet == "Test Wire"


def test_tass_style_per_region_interceptions(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defense systems destroyed 18 Ukrainian unmanned aerial "
                         "vehicles over the Belgorod Region and three over the Voronezh "
                         "Region, the Russian Defense Ministry said.")
    assert [(r.event_type, r.weapon, r.place_kind, r.admin1) for r in found] == [
        ("interception", "drone", "admin1", "Belgorod Oblast"),
        ("interception", "drone", "admin1", "Voronezh Oblast")]
    assert [r.count for r in found] == [18, 3]
    assert {r.claimed_by for r in found} == {"the Russian Defense Ministry"}


def test_shared_count_goes_to_the_group(gz: Gazetteer) -> None:
    found = _reports(gz, "On Friday the military said it had shot down 25 drones over the "
                         "Kursk, Bryansk and Oryol regions.")
    assert [r.admin1 for r in found] == ["Kursk Oblast", "Bryansk Oblast", "Oryol Oblast"]
    assert {r.group for r in found} != {None} and len({r.group for r in found}) == 1
    assert all(r.count is None and r.extras["group_count"] == 25 for r in found)
    assert all(r.event_date == date(2024, 6, 14) for r in found)


def test_ukrinform_style_shelling_with_date_and_wounded(gz: Gazetteer) -> None:
    r = _one(gz, "On June 12, Russian troops shelled Nikopol with heavy artillery, wounding "
                 "a 67-year-old woman, the head of the regional military administration "
                 "Serhii Lysak reported.")
    assert (r.event_type, r.weapon, r.place_name) == ("shelling", "artillery", "Nikopol")
    assert (r.event_date, r.date_precision) == (date(2024, 6, 12), "day")
    assert r.injured == 1
    assert "Serhii Lysak" in (r.claimed_by or "")


def test_terse_database_note_with_toll_in_next_sentence(gz: Gazetteer) -> None:
    found = _reports(gz, "On 11 June 2024, Russian forces shelled Kupiansk (Kharkiv "
                         "oblast). 1 civilian killed.")
    assert len(found) == 1
    r = found[0]
    assert (r.event_type, r.place_kind, r.country) == ("shelling", "town", "UA")
    assert r.event_date == date(2024, 6, 11) and r.killed == 1


@pytest.mark.parametrize(
    "text",
    [
        "A Russian drone violated Romanian airspace on Saturday night, the Romanian "
        "defence ministry said.",
        "Romania's defence ministry said a drone had entered the country's airspace on "
        "Saturday.",
        "An object entered Romanian air space on Saturday, the army said.",
    ],
)
def test_airspace_violations(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.country) == ("airspace_violation", "airspace",
                                                        "RO")
    assert r.event_date == date(2024, 6, 15)


def test_debris_on_a_neighbours_soil(gz: Gazetteer) -> None:
    r = _one(gz, "Fragments of a drone were found near Cahul in southern Moldova, police "
                 "said on Wednesday.")
    assert r.event_type == "airspace_violation" and r.country == "MD"
    assert r.event_date == date(2024, 6, 12) and r.claimed_by == "police"


def test_israel_lebanon_air_strike(gz: Gazetteer) -> None:
    r = _one(gz, "An Israeli air strike on the southern Lebanese town of Nabatieh killed "
                 "three people on Sunday, Lebanon's state news agency said.")
    assert (r.event_type, r.weapon, r.country) == ("strike", "aircraft", "LB")
    assert r.killed == 3 and r.event_date == date(2024, 6, 9)
    assert r.claimed_by == "Lebanon's state news agency"


def test_red_sea_missiles_at_sea(gz: Gazetteer) -> None:
    r = _one(gz, "Houthi forces fired two anti-ship ballistic missiles into the Gulf of "
                 "Aden on Monday, according to U.S. Central Command.")
    assert (r.event_type, r.weapon, r.place_kind) == ("strike", "missile", "sea")
    assert r.count == 2 and r.claimed_by == "U.S. Central Command"


def test_sudan_drone_strike(gz: Gazetteer) -> None:
    r = _one(gz, "Drone strikes hit Port Sudan on Sunday, targeting the airport and fuel "
                 "depots, the army said.")
    assert (r.event_type, r.weapon, r.place_name, r.country) == (
        "strike", "drone", "Port Sudan", "SD")


def test_explosions_in_occupied_crimea(gz: Gazetteer) -> None:
    r = _one(gz, "Explosions were heard in Sevastopol early on Thursday, the "
                 "Russian-installed governor Mikhail Razvozhayev said.")
    assert (r.event_type, r.place_name, r.country) == ("explosion", "Sevastopol", "UA")
    assert r.event_date == date(2024, 6, 13)


def test_several_cities_share_one_toll(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian missiles hit Kyiv and Lviv on Friday, killing at least "
                         "12 people.")
    assert [r.place_name for r in found] == ["Kyiv", "Lviv"]
    assert all(r.killed is None and r.extras["group_killed"] == 12 for r in found)
    assert all(r.extras["group_killed_qualifier"] == "at least" for r in found)


def test_qualifiers_and_children(gz: Gazetteer) -> None:
    r = _one(gz, "Shelling of Kherson killed more than 10 people, including two children, "
                 "and wounded dozens, the city administration said on Saturday.")
    assert (r.killed, r.killed_qualifier) == (10, "more than")
    assert r.children_killed == 2
    assert (r.injured, r.injured_qualifier) == (None, "dozens")


@pytest.mark.parametrize(("text", "field", "low", "qualifier"), [
    ("Ukrainian forces launched 20-25 drones at the Kursk region overnight, the governor "
     "said.", "count", 20, "between 20 and 25"),
    ("Between 10 and 15 drones were shot down over the Moscow region on Saturday, the mayor "
     "said.", "count", 10, "between 10 and 15"),
    ("Two or three drones hit an oil depot in the Bryansk region on Friday, local officials "
     "said.", "count", 2, "between 2 and 3"),
    ("The airport in Aalborg was closed on Friday after two to three large drones were "
     "spotted over it, Danish police said.", "count", 2, "between 2 and 3"),
    ("Between 20 and 30 people were killed in Israeli strikes on Rafah on Saturday, medics "
     "said.", "killed", 20, "between 20 and 30"),
    ("Shelling wounded 10-12 civilians in Kherson on Friday, the regional administration "
     "said.", "injured", 10, "between 10 and 12"),
    ("About 1,000 to 1,500 rockets were fired at northern Israel on Friday, the army said.",
     "count", 1000, "between 1,000 and 1,500"),
])
def test_a_range_is_its_low_end_with_the_range_kept(
        gz: Gazetteer, text: str, field: str, low: int, qualifier: str) -> None:
    r = _one(gz, text)
    assert (getattr(r, field), getattr(r, f"{field}_qualifier")) == (low, qualifier)


@pytest.mark.parametrize(("text", "count"), [
    ("Russian forces fired two S-300 missiles at Kharkiv on Friday, the governor said.", 2),
    ("A Su-34 jet dropped 3 guided bombs on Kupiansk on Friday, the governor said.", 3),
    ("Russia fired 2 Kh-101 missiles at Lviv on Friday, the governor said.", 2),
])
def test_a_model_number_is_no_range(gz: Gazetteer, text: str, count: int) -> None:
    r = _one(gz, text)
    assert (r.count, r.count_qualifier) == (count, None)


@pytest.mark.parametrize(
    "text",
    [
        "Belgorod has been repeatedly shelled since 2022.",
        "Drone attacks occur daily in the Kharkiv region.",
        "Russia will launch more strikes on Kyiv, a Kremlin official warned.",
        "More than 10,000 civilians have been killed in Ukraine since the start of the "
        "full-scale invasion, the UN said.",
        "Western leaders condemned the attack on Kharkiv and called on Moscow to stop.",
        "Air raid sirens sounded across Kyiv region for two hours.",
        "Kharkiv lies 30 kilometres from the Russian border.",
        "A pedestrian was struck by a car in Kharkiv on Friday, police said.",
        "Dock workers went on strike in Odesa on Monday.",
        "A storm hit Lviv on Saturday, cutting power to 3,000 homes.",
        "A man was charged with assault in Kyiv after a bar fight on Friday.",
        "Ukraine needs more Patriot systems to protect cities such as Kharkiv from Russian "
        "glide bombs, the foreign minister said.",
        "Russia and Ukraine exchanged accusations over the shelling of the Zaporizhzhia "
        "nuclear power plant.",
        "Moscow and Kyiv accused each other of attacking the plant at Enerhodar.",
        "Saddam Hussein fired Scud missiles at Israel during the first Gulf War, killing two.",
        "German bombers struck Kyiv in World War II.",
    ],
)
def test_background_forecasts_and_diplomacy_are_not_reports(gz: Gazetteer,
                                                            text: str) -> None:
    assert _reports(gz, text) == []


def test_attacker_and_government_are_not_the_place(gz: Gazetteer) -> None:
    r = _one(gz, "Ukraine fired ten missiles at Belgorod on Saturday, Moscow said.")
    assert r.place_name == "Belgorod" and r.claimed_by == "Moscow"
    found = _reports(gz, "Moscow launched 40 drones at Ukraine overnight, Kyiv officials "
                         "said.")
    assert [r.place_kind for r in found] == ["country"] and found[0].country == "UA"
    assert found[0].count == 40


def test_pronoun_claimant_and_place_carried_over(gz: Gazetteer) -> None:
    found = _reports(gz, "A missile struck a hospital in Kharkiv on Saturday, Mayor Ihor "
                         "Terekhov said. He said a drone hit a school, wounding seven people.")
    assert [r.place_name for r in found] == ["Kharkiv", "Kharkiv"]
    assert found[1].claimed_by == "Mayor Ihor Terekhov" and found[1].injured == 7


@pytest.mark.parametrize("second", [
    "He said the strike wounded seven people.",
    "The group said the missile wounded seven people.",
    "Missiles also hit a school, wounding seven people, the mayor said.",
])
def test_the_attack_told_after_a_speaker_is_the_same_claim(gz: Gazetteer, second: str
                                                           ) -> None:
    r = _one(gz, f"A missile struck a hospital in Kharkiv on Saturday, Mayor Ihor Terekhov "
                 f"said. {second}")
    assert (r.place_name, r.weapon, r.injured) == ("Kharkiv", "missile", 7)


def test_relative_dates_without_publication_date_stay_unresolved(gz: Gazetteer) -> None:
    r = _one(gz, "Shelling killed two people in Nikopol on Saturday.", published=None)
    assert r.event_date is None and r.date_precision == "unknown"
    assert r.date_text == "on Saturday"


def test_quote_offsets_point_into_the_text(gz: Gazetteer) -> None:
    text = "Headline about the war\n\nDrones hit Sumy on Friday, the governor said."
    found = _reports(gz, text)
    assert found and text[found[0].quote_start: found[0].quote_end] == found[0].quote


def test_settlement_missing_from_the_gazetteer_stays_region_level(gz: Gazetteer) -> None:
    r = _one(gz, "Russian shelling hit the village of Novomykolaivka-Druha in the "
                 "Zaporizhzhia region on Friday.")
    assert (r.place_kind, r.admin1) == ("admin1", "Zaporizhzhia Oblast")
    assert r.place_note and "not in the gazetteer" in r.place_note


def test_interception_without_a_place_is_over_the_speakers_country(gz: Gazetteer) -> None:
    r = _one(gz, "Russia launched 70 drones overnight; air defences downed 55 of them, the "
                 "Ukrainian air force said.")
    assert (r.event_type, r.weapon, r.place_kind, r.country) == ("interception", "drone",
                                                                 "country", "UA")
    assert r.place_note and "speaker" in r.place_note


def test_toll_is_not_a_projectile_count(gz: Gazetteer) -> None:
    r = _one(gz, "Kharkiv: two killed, 10 injured in Russian missile strike, regional "
                 "governor says.")
    assert (r.killed, r.injured, r.count) == (2, 10, None) and r.weapon == "missile"


def test_airspace_violator_not_the_jets_sent_up(gz: Gazetteer) -> None:
    r = _one(gz, "Romania scrambled F-16 jets after a Russian drone violated its airspace "
                 "near Galati on Thursday night.")
    assert (r.event_type, r.weapon, r.country) == ("airspace_violation", "drone", "RO")


# -- more phrasings: database notes, reference points, neighbours' soil, ground fighting --

def test_database_note_with_region_in_brackets_and_toll_after(gz: Gazetteer) -> None:
    r = _one(gz, "On 9 June 2024, Russian forces shelled Vovchansk (Kharkiv). "
                 "Three civilians were killed.")
    assert (r.event_type, r.place_name, r.place_kind) == ("shelling", "Vovchansk", "town")
    assert r.killed == 3 and r.event_date == date(2024, 6, 9)


@pytest.mark.parametrize("text", [
    "A merchant ship reported a blast nearby some 40 nautical miles west of Hodeidah on "
    "Thursday, the UKMTO said.",
    "An explosion was reported 25 km south of Hodeidah on Thursday, the UKMTO said.",
])
def test_a_place_named_only_as_a_reference_point_stands_in_with_a_note(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert r.event_type == "explosion" and r.country == "YE"
    assert r.place_note and r.place_note.startswith("near, not at")


@pytest.mark.parametrize("text,place,country", [
    ("A bomb killed at least 10 people in a town 160 km south of the Sri Lankan capital "
     "Colombo, police said.", "Colombo", "LK"),
    ("Russian forces shelled a village 20 km west of the port city of Kherson, wounding two "
     "people, the governor said.", "Kherson", "UA"),
    ("A drone hit a fuel depot north of the regional centre Belgorod on Monday, the "
     "governor said.", "Belgorod", "RU"),
    ("Explosions were heard north of the capital, Kyiv, on Tuesday, local media reported.",
     "Kyiv", "UA"),
])
def test_a_described_reference_point_is_still_only_a_reference(
        gz: Gazetteer, text: str, place: str, country: str) -> None:
    """ "south of the Sri Lankan capital Colombo": the words between the direction and
    the name do not make the capital the place of the attack."""
    r = _one(gz, text)
    assert (r.place_name, r.country) == (place, country)
    assert r.place_note and r.place_note.startswith("near, not at")


def test_a_described_place_without_a_direction_is_the_place(gz: Gazetteer) -> None:
    r = _one(gz, "A missile struck the port city of Odesa on Tuesday, killing three, the "
                 "governor said.")
    assert (r.place_name, r.place_note, r.killed) == ("Odesa", None, 3)


@pytest.mark.parametrize(("text", "village", "country"), [
    ("The Moldovan border police said a drone fell in a field near the village of Cioburciu "
     "in Stefan Voda district overnight.", "Cioburciu", "MD"),
    ("Fragments of a drone were found near Etulia in Gagauzia, Moldova's interior ministry "
     "said.", "Etulia", "MD"),
    ("Moldovan authorities said drone debris was found near the village of Larga on Sunday.",
     "Larga", "MD"),
    ("Romania's defence ministry said fragments of a drone were found near the village of "
     "Periprava in Tulcea county.", "Periprava", "RO"),
])
def test_border_villages_where_debris_falls_are_placed(
        gz: Gazetteer, text: str, village: str, country: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.place_kind, r.country) == (
        "airspace_violation", village, "village", country)


@pytest.mark.parametrize(("text", "area", "who"), [
    ("Syrian air defences confronted Israeli missiles over the countryside of Damascus, "
     "state news agency SANA said.", "Rif Dimashq", "state news agency SANA"),
    ("Russian warplanes struck the western Idlib countryside on Tuesday, killing four "
     "civilians, the Syrian Observatory said.", "Idlib", "the Syrian Observatory"),
    ("Israeli strikes hit military sites in the Damascus countryside, SANA said.",
     "Rif Dimashq", "SANA"),
    ("Turkish drones struck a car in rural Qamishli, killing two, the SDF said.", None,
     "the SDF"),
])
def test_the_countryside_of_a_city_is_its_governorate(
        gz: Gazetteer, text: str, area: str | None, who: str) -> None:
    """SANA and the monitors write "the Idlib countryside", "rural Aleppo": the
    governorate around the city, not the city; their acronyms are sources."""
    r = _one(gz, text)
    assert (r.country, r.place_kind, r.claimed_by) == ("SY", "admin1", who)
    assert area is None or r.place_name == area
    assert "countryside" in (r.place_note or "")


def test_syrian_air_defences_confronting_missiles_is_an_interception(gz: Gazetteer) -> None:
    r = _one(gz, "Syrian air defences confronted Israeli missiles over Homs on Monday, SANA "
                 "said.")
    assert (r.event_type, r.weapon, r.place_name) == ("interception", "missile", "Homs")


def test_an_acronym_speaker_at_the_end_is_the_claimant(gz: Gazetteer) -> None:
    r = _one(gz, "The crew of the Rubymar abandoned ship after it was struck by two anti-ship "
                 "ballistic missiles in the Gulf of Aden, CENTCOM said.")
    assert (r.event_type, r.count, r.claimed_by) == ("strike", 2, "CENTCOM")


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("In the Kherson region, Russian forces attacked 35 settlements, including the city of "
     "Kherson, killing two people, the governor reported.", "Kherson Oblast", 2),
    ("Russian drones attacked the Odesa region overnight, including the port city of Odesa, "
     "killing one, the governor said.", "Odesa Oblast", 1),
])
def test_a_place_given_as_an_example_inside_the_claims_area_is_not_its_place(
        gz: Gazetteer, text: str, place: str, killed: int) -> None:
    """ "attacked 35 settlements in the region, including Kherson, killing two": the toll
    is the region's, not the city's."""
    r = _one(gz, text)
    assert (r.place_name, r.place_kind, r.killed) == (place, "admin1", killed)


@pytest.mark.parametrize("text", [
    "US and British forces carried out strikes on 13 Houthi targets across eight locations in "
    "Yemen on Saturday, including in the capital Sanaa, the Pentagon said.",
    "US forces struck 36 Houthi targets in Yemen on Saturday, including the capital, Sanaa, "
    "the Pentagon said.",
])
def test_a_city_given_as_an_example_inside_the_claims_country_is_not_its_place(
        gz: Gazetteer, text: str) -> None:
    """Strikes on targets across a country, "including in the capital Sanaa": the claim is
    the country's (it had been Sanaa's alone, as if every target were there)."""
    r = _one(gz, text)
    assert (r.place_name, r.place_kind) == ("Yemen", "country")


def test_examples_with_no_area_named_are_the_places(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian missiles hit several cities overnight, including Kharkiv "
                         "and Dnipro, officials said.")
    assert [r.place_name for r in found] == ["Kharkiv", "Dnipro"]


def test_drone_debris_on_a_neighbours_soil_is_an_airspace_violation(gz: Gazetteer) -> None:
    r = _one(gz, "Poland's army said on Thursday that drone debris had been found in a "
                 "field near Przewodów.")
    assert (r.event_type, r.weapon, r.country, r.place_kind) == (
        "airspace_violation", "drone", "PL", "village")


def test_debris_where_the_war_is_fought_belongs_to_the_attack(gz: Gazetteer) -> None:
    r = _one(gz, "Fragments of a downed drone fell on a house in Sumy on Thursday, the "
                 "mayor said.")
    assert r.event_type != "airspace_violation" and r.place_name == "Sumy"


def test_speaker_named_by_country_gives_country_precision(gz: Gazetteer) -> None:
    r = _one(gz, "Ukraine's air force said it downed 31 of the 40 drones Russia launched "
                 "overnight.")
    assert (r.event_type, r.place_kind, r.country, r.count) == (
        "interception", "country", "UA", 31)


def test_follow_up_sentence_keeps_the_weapon_of_the_claim_before(gz: Gazetteer) -> None:
    found = _reports(gz, "Hezbollah fired about 30 rockets at the town of Metula on "
                         "Thursday. Israel's military said most of them were intercepted.")
    assert [(r.event_type, r.weapon) for r in found] == [
        ("strike", "missile"), ("interception", "missile")]


@pytest.mark.parametrize("text", [
    "The attack was condemned by European leaders, who called for tougher sanctions on "
    "Moscow and Kharkiv's reconstruction.",
    "The strike on Odesa was condemned by the UN secretary general.",
])
def test_condemnation_is_not_a_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_own_figure_for_one_region_beats_the_national_total(gz: Gazetteer) -> None:
    r = _one(gz, "Russian air defences intercepted 44 drones over several regions "
                 "overnight, including 17 over the Kursk region, the ministry said.")
    assert (r.admin1, r.count, r.extras.get("total_count")) == ("Kursk Oblast", 17, 44)


@pytest.mark.parametrize("text", [
    "Ukrainian troops repelled 14 Russian assaults near Kupiansk over the past day, the "
    "General Staff said.",
    "The army said it had repulsed an RSF attack on El Obeid on Friday.",
])
def test_repelled_ground_assaults_are_attacks_not_interceptions(
        gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).event_type == "other_attack"


def test_air_defence_repelling_drones_stays_an_interception(gz: Gazetteer) -> None:
    r = _one(gz, "Air defences repelled a drone attack on Odesa overnight, officials said.")
    assert (r.event_type, r.weapon) == ("interception", "drone")


def test_speaker_in_apposition_before_said(gz: Gazetteer) -> None:
    r = _one(gz, "The governor of the Kursk region, Alexei Smirnov, said a drone hit a "
                 "house in Rylsk on Friday.")
    assert r.claimed_by and "Alexei Smirnov" in r.claimed_by
    assert r.place_name.startswith("Ryl")


def test_according_to_at_the_start_of_a_sentence(gz: Gazetteer) -> None:
    r = _one(gz, "According to the regional police, a missile struck a warehouse in "
                 "Kremenchuk on Friday.")
    assert r.claimed_by == "the regional police"


def test_wire_spellings_of_middle_east_and_sudan_places(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli aircraft struck targets in the Bekaa Valley on Friday "
                         "night. Separately, an airstrike hit Deir al-Balah on Friday.")
    assert [(r.place_name, r.country) for r in found] == [
        ("Bekaa Valley", "LB"), ("Deir al-Balah", "PS")]


def test_agency_acronym_is_not_a_village(gz: Gazetteer) -> None:
    found = _reports(gz, "TASS: air defence units destroyed 9 drones over the Bryansk "
                         "region and 2 over the Kaluga region overnight, the ministry said.")
    assert [(r.admin1, r.count) for r in found] == [
        ("Bryansk Oblast", 9), ("Kaluga Oblast", 2)]


def test_a_part_of_a_country_is_kept_at_country_precision(gz: Gazetteer) -> None:
    r = _one(gz, "Israeli jets struck Hezbollah positions in southern Lebanon on Thursday, "
                 "the military said.")
    assert (r.place_kind, r.country) == ("country", "LB")
    assert r.place_note and r.place_note.startswith("southern")


@pytest.mark.parametrize(("text", "places"), [
    ("The Israeli military said it struck more than 150 Hezbollah targets across southern "
     "Lebanon and the Bekaa Valley overnight.", [("Lebanon", "southern"), ("Bekaa Valley", "")]),
    ("Israeli strikes hit southern Lebanon and Beirut's southern suburbs on Monday, killing "
     "12 people, the health ministry said.", [("Lebanon", "southern"), ("Beirut", "")]),
    ("Hezbollah fired rockets at northern Israel and the Golan Heights on Sunday, the "
     "Israeli military said.", [("Israel", "northern"), ("Golan Heights", "")]),
    ("Russian drones attacked southern Ukraine and the city of Kharkiv overnight, the air "
     "force said.", [("Ukraine", "southern"), ("Kharkiv", "")]),
])
def test_a_part_of_a_country_listed_beside_a_place_outside_it_is_its_own_place(
        gz: Gazetteer, text: str, places: list[tuple[str, str]]) -> None:
    found = _reports(gz, text)
    assert [(r.place_name, (r.place_note or "").split(" ")[0]) for r in found] == places
    assert len({r.group for r in found}) == 1 and found[0].group is not None


def test_a_part_of_a_country_beside_an_as_clause_is_the_claims_place(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli airstrikes on southern Lebanon killed at least eight people "
                         "on Tuesday, Lebanon's Health Ministry said, as Hezbollah fired more "
                         "than 100 rockets into northern Israel. The strikes hit the villages "
                         "of Aitaroun and Houla, the state-run National News Agency reported.")
    assert [(r.country, r.count, r.place_kind) for r in found] == [
        ("IL", 100, "country"), ("LB", None, "village"), ("LB", None, "village")]
    assert found[1].extras["group_killed"] == 8 and found[1].group == found[2].group
    assert found[1].extras["killed_claimed_by"] == "Lebanon's Health Ministry"


@pytest.mark.parametrize("second", [
    "The strikes hit Nabatieh on Saturday, the health ministry said.",  # another day
    "The strikes hit Baalbek, the health ministry said.",  # not in the south
])
def test_a_place_outside_the_part_or_its_day_does_not_replace_it(gz: Gazetteer,
                                                                  second: str) -> None:
    found = _reports(gz, "Israeli airstrikes pounded southern Lebanon and the Bekaa Valley "
                         f"on Friday, killing 12 people. {second}")
    assert [r.place_kind for r in found] == ["country", "region", found[2].place_kind]
    assert found[2].group != found[0].group and "group_killed" not in found[2].extras


@pytest.mark.parametrize("text", [
    "An Israeli strike on the town of Nabatieh in southern Lebanon killed three people, the "
    "health ministry said.",
    "Israeli strikes hit southern Lebanon and the town of Nabatieh on Monday, the health "
    "ministry said.",
])
def test_a_part_of_a_country_around_the_place_named_is_not_a_second_place(
        gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).place_kind == "city"


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("The attack on Kryvyi Rih, the hometown of President Volodymyr Zelensky, killed 20 "
     "people including nine children, officials said on Saturday.", "Kryvyi Rih", 20),
    ("An attack on Kharkiv killed three people, officials said.", "Kharkiv", 3),
    ("The attack on Sumy left 35 people dead and 117 injured, the emergency service said.",
     "Sumy", 35),
    ("Saturday's attack on the city of Kherson killed two, the regional administration said.",
     "Kherson", 2),
])
def test_a_deadly_attack_on_a_city_at_war_is_a_strike(gz: Gazetteer, text: str, place: str,
                                                      killed: int) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed) == ("strike", place, killed)


@pytest.mark.parametrize("text", [
    "A knife attack on a bus in Jerusalem wounded three people, police said.",
    "The attack on Crocus City Hall near Moscow killed 145 people.",
    "An attack on Kharkiv's mayor was foiled, police said.",
    "The attack on Odesa was the city's deadliest this year.",
])
def test_an_attack_on_a_person_or_a_site_with_no_war_word_is_no_strike(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("since", ["since the start of the full-scale invasion",
                                   "since the war began", "since 2022"])
def test_a_first_since_the_war_began_is_no_history(gz: Gazetteer, since: str) -> None:
    found = _reports(gz, "Russia launched 407 drones against Ukraine overnight. In Kyiv, the "
                         "attack damaged the Cabinet of Ministers building for the first time "
                         f"{since}, Prime Minister Yulia Svyrydenko said.")
    assert [(r.place_name, r.weapon, r.date_precision) for r in found][1:] == [
        ("Kyiv", "drone", "night")]  # the lead's weapon and night, after "In Kyiv, the attack"


@pytest.mark.parametrize(("text", "place"), [
    ("An Israeli airstrike on the Damascus countryside town of Kisweh killed two Syrian "
     "soldiers on Wednesday, the Syrian Observatory for Human Rights said.", "Al Kiswah"),
    ("An Israeli drone targeted a motorcycle on the road between Kafr Kila and Marjayoun, "
     "killing its rider, the state-run National News Agency reported.", "Kfar Kila"),
])
def test_a_described_or_in_between_place_makes_one_claim(gz: Gazetteer, text: str,
                                                        place: str) -> None:
    r = _one(gz, text)
    assert r.place_name == place and r.killed in {1, 2}


def test_a_road_between_two_towns_names_both_in_the_note(gz: Gazetteer) -> None:
    r = _one(gz, "An Israeli drone targeted a motorcycle on the road between Kafr Kila and "
                 "Marjayoun, killing its rider, the state-run National News Agency reported.")
    assert r.place_note == "between Kafr Kila and Marjayoun: the first named"


def test_strikes_on_two_towns_stay_two_places(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli strikes hit Kafr Kila and Marjayoun, killing two, the "
                         "agency said.")
    assert len(found) == 2 and found[0].group == found[1].group is not None


@pytest.mark.parametrize("who", ["the Saudi-led coalition", "the coalition", "NATO"])
def test_a_coalition_is_a_speaker(gz: Gazetteer, who: str) -> None:
    r = _one(gz, "Saudi air defences intercepted a ballistic missile fired by the Houthis "
                 f"towards Jazan, {who} said.")
    assert (r.event_type, r.claimed_by) == ("interception", who)


@pytest.mark.parametrize(("text", "place", "who"), [
    ("Moldovan border police found fragments of a drone near the village of Etulia on "
     "Sunday.", "Etulia", "Moldovan border police"),
    ("Romanian soldiers discovered drone debris near Plauru in Tulcea county.", "Plauru",
     "Romanian soldiers"),
    ("Lithuanian border guards spotted a drone that flew in from Belarus near Vilnius.",
     "Vilnius", "Lithuanian border guards"),
    ("A drone flew from Belarus into Lithuania on Tuesday, the Lithuanian army said.",
     "Lithuania airspace", "the Lithuanian army"),
    ("A drone flew into Lithuania from Belarus on Tuesday, the Lithuanian army said.",
     "Lithuania airspace", "the Lithuanian army"),
])
def test_a_drone_come_from_a_neighbour_or_found_is_a_violation_told_by_its_finder(
        gz: Gazetteer, text: str, place: str, who: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.claimed_by) == ("airspace_violation", place, who)


@pytest.mark.parametrize("text", [
    "Russian drones entered the Sumy region from Russia overnight, the air force said.",
    "Russian drones flew in from Belarus towards Kyiv overnight, the air force said.",
])
def test_drones_flying_in_where_the_war_is_fought_are_no_claim(gz: Gazetteer,
                                                              text: str) -> None:
    assert _reports(gz, text) == []


def test_where_downed_drones_were_heading_is_no_place_of_its_own(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences destroyed 22 drones: 12 over the Bryansk Region and 10 "
                         "over the Moscow Region, including three flying toward Moscow, the "
                         "ministry said.")
    assert [(r.place_name, r.count) for r in found] == [("Bryansk Oblast", 12),
                                                        ("Moscow Oblast", 10)]


def test_where_drones_were_heading_stands_when_it_is_the_only_place(gz: Gazetteer) -> None:
    r = _one(gz, "Two drones flying toward Moscow were shot down overnight, Mayor Sergei "
                 "Sobyanin said.")
    assert (r.place_name, r.count) == ("Moscow", 2)


@pytest.mark.parametrize(("text", "field", "value", "qualifier"), [
    ("Nearly two dozen people were wounded in a Russian strike on Zaporizhzhia on Friday "
     "evening, officials said.", "injured", 24, "nearly"),
    ("Half a dozen drones hit Odesa overnight, the governor said.", "count", 6, None),
    ("A Russian missile killed a family of four, including two children, in a village in the "
     "Odesa region on Monday, the prosecutor's office said.", "killed", 4, None),
    ("Half of the 60 drones launched at Ukraine overnight were shot down, the air force said.",
     "count", 30, None),
])
def test_figures_in_words(gz: Gazetteer, text: str, field: str, value: int,
                          qualifier: str | None) -> None:
    r = _one(gz, text)
    assert (getattr(r, field), getattr(r, f"{field}_qualifier")) == (value, qualifier)


@pytest.mark.parametrize(("text", "killed", "injured", "children"), [
    ("An Israeli strike on a house in Bint Jbeil in southern Lebanon killed a couple and "
     "their two children on Monday, the state news agency said.", 4, None, 2),
    ("A Russian drone hit a house in Kherson on Monday, killing a man and his two sons, "
     "the regional governor said.", 3, None, None),
    ("A mother and her three children were killed when a missile struck their home in "
     "Odesa on Tuesday, officials said.", 4, None, 3),
    ("Shelling of Nikopol on Sunday wounded a woman and her child, the governor said.",
     None, 2, 1),
    ("An Israeli airstrike on a house in Deir al-Balah killed an elderly couple on Friday, "
     "the health ministry said.", 2, None, None),
    ("A Russian missile hit Kharkiv on Monday, killing a man and his 12-year-old daughter, "
     "the mayor said.", 2, None, 1),
    # guards: one person and a relative told apart, and what is no person
    ("A drone strike on Sumy killed a man and wounded his wife on Monday, the regional "
     "administration said.", 1, 1, None),
    ("A missile strike on Dnipro killed a man and his two dogs on Monday, the governor "
     "said.", 1, None, None),
    ("A Russian drone hit a house in Kherson on Monday, killing a man and his 40-year-old "
     "son, the regional governor said.", 2, None, None),
])
def test_a_household_told_by_its_members_is_counted(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None,
        children: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)
    assert (r.children_killed if killed and killed > 1 else r.children_injured) == children


@pytest.mark.parametrize(("text", "place", "note"), [
    ("Russian shelling killed two civilians in the southern Kherson region on Monday, the "
     "governor said.", "Kherson Oblast", "the southern part of Kherson Oblast"),
    ("A drone attack damaged power lines in the north of the Kharkiv region overnight, "
     "officials said.", "Kharkiv Oblast", "the northern part of Kharkiv Oblast"),
    ("Israeli strikes hit eastern Khan Younis on Wednesday, killing 12 people, the health "
     "ministry said.", "Khan Younis", "the eastern part of Khan Younis"),
    ("A missile hit an office building in central Kyiv on Monday, injuring five, the mayor "
     "said.", "Kyiv", "the central part of Kyiv"),
    # guards: a reference point outside, and a side that is part of a name
    ("A drone hit a farm 20 km north of Kharkiv on Monday, the governor said.", "Kharkiv",
     "near, not at: '20 km north of Kharkiv'; mapped 20 km at 0° from it"),
    ("Shelling hit a village in North Kordofan state on Monday, the army said.",
     "North Kordofan", None),
])
def test_a_part_of_an_area_is_the_area_with_the_part_in_the_note(
        gz: Gazetteer, text: str, place: str, note: str | None) -> None:
    """An editor sees that the claim covers only part of the area drawn."""
    r = _one(gz, text)
    assert (r.place_name, r.place_note) == (place, note)


def test_half_of_those_launched_is_counted_from_the_launch(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia launched 40 drones at Ukraine overnight. Half of them were shot "
                         "down, the air force said.")
    assert [(r.event_type, r.count) for r in found] == [("strike", 40), ("interception", 20)]
    assert found[1].extras["launched_count"] == 40


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Two Israeli soldiers were killed in combat in the southern Gaza Strip, the military "
     "said.", "Gaza Strip", 2),
    ("Three Ukrainian soldiers were killed in fighting near Pokrovsk, the brigade said.",
     "Pokrovsk", 3),
])
def test_killed_in_combat_is_a_ground_attack(gz: Gazetteer, text: str, place: str,
                                             killed: int) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed) == ("other_attack", place, killed)


@pytest.mark.parametrize(("text", "tolls"), [
    ("In the Kherson region, Russian attacks killed two people and injured 11 over the past "
     "day, Governor Oleksandr Prokudin said; in the Donetsk region, one person was killed in "
     "Kostiantynivka.", [("Kherson Oblast", 2), ("Kostiantynivka", 1)]),
    ("Russian shelling killed two people in Kherson; one more was killed in Bilozerka.",
     [("Kherson", 2), ("Bilozerka", 1)]),
])
def test_a_toll_elsewhere_after_a_semicolon_is_a_claim_of_its_own(
        gz: Gazetteer, text: str, tolls: list[tuple[str, int]]) -> None:
    found = _reports(gz, text)
    assert [(r.place_name, r.killed) for r in found] == tolls
    assert all(r.group is None for r in found)


@pytest.mark.parametrize(("text", "killed"), [
    ("At least 40 people were killed when the RSF stormed the village of Wad al-Noura in "
     "Gezira state, activists said.", 40),
    ("Gunmen overran an army post in the Kordofan region, killing 12 soldiers, a source said.",
     12),
])
def test_storming_a_village_is_a_ground_attack(gz: Gazetteer, text: str, killed: int) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.killed, r.country) == ("other_attack", killed, "SD")


def test_a_storm_is_no_attack(gz: Gazetteer) -> None:
    assert _reports(gz, "A storm hit Odesa overnight, damaging power lines.") == []


def test_a_defence_added_after_a_strike_leaves_the_strike_a_strike(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli jets struck military targets in Tehran, Isfahan and Shiraz "
                         "early on Friday, Iranian state media reported, adding that air "
                         "defences were activated over the capital.")
    assert [(r.event_type, r.place_name) for r in found] == [
        ("strike", "Tehran"), ("strike", "Isfahan"), ("strike", "Shiraz"),
        ("interception", "Tehran")]


@pytest.mark.parametrize(("text", "place"), [
    ("A missile struck near the Soroka hospital in Beersheba, wounding dozens, Magen David "
     "Adom said.", "Beersheba"),
    ("A drone hit the Kherson regional hospital in Kherson, officials said.", "Kherson"),
    ("Russian missiles hit the Dnipro airport in Dnipro, the governor said.", "Dnipro"),
])
def test_a_facility_named_for_a_place_is_where_it_stands(gz: Gazetteer, text: str,
                                                        place: str) -> None:
    assert _one(gz, text).place_name == place


def test_what_got_through_after_a_share_intercepted_is_a_strike_where_it_hit(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Iran fired about 200 ballistic missiles at Israel on Tuesday; most "
                         "were intercepted, but some hit the Nevatim air base in the Negev "
                         "desert, the Israeli military said.")
    assert [(r.event_type, r.place_name, r.count_qualifier) for r in found] == [
        ("interception", "Israel", "most"), ("strike", "Nevatim air base", None)]
    assert found[0].extras["launched_count"] == 200


def test_blasts_in_communities_of_the_region_just_told_keep_its_source(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian forces attacked 10 hromadas in Sumy Oblast 78 times over the "
                         "past day, the regional military administration reported. Explosions "
                         "were recorded in the Bilopillia and Krasnopillia hromadas.")
    assert [r.claimed_by for r in found] == ["the regional military administration"] * 3


@pytest.mark.parametrize(("text", "said"), [
    ("A vessel was attacked off the coast of Hodeidah, UKMTO said.",
     "off the coast of Hodeidah"),
    ("A ship was hit by a missile 50 nautical miles off Aden, UKMTO said.",
     "50 nautical miles off Aden"),
])
def test_a_ship_attacked_off_a_town_is_at_sea_near_it(gz: Gazetteer, text: str,
                                                     said: str) -> None:
    r = _one(gz, text)
    assert r.place_kind == "city" and r.place_note == f"at sea, not at the place: '{said}'"


@pytest.mark.parametrize(("text", "kind", "said"), [
    ("A Ukrainian sea drone attacked the Russian landing ship Caesar Kunikov off the coast "
     "of Crimea on Friday, Ukraine's military intelligence said.", "admin1",
     "off the coast of Crimea"),
    ("Houthi missiles struck a tanker off the coast of Yemen on Friday, UKMTO said.",
     "country", "off the coast of Yemen"),
    ("Pirates attacked a bulk carrier 20 nautical miles off Somalia on Friday, UKMTO said.",
     "country", "20 nautical miles off Somalia"),
])
def test_a_ship_attacked_off_a_region_or_country_is_at_sea_beside_it(
        gz: Gazetteer, text: str, kind: str, said: str) -> None:
    """The area stands in for its coast, and the note says the ship was at sea."""
    r = _one(gz, text)
    assert r.place_kind == kind and r.place_note == f"at sea, not at the place: '{said}'"


@pytest.mark.parametrize("text", [
    "Israeli forces sealed off Jenin on Friday and an airstrike hit the city, killing two.",
    "Russian forces cut off Avdiivka on Friday as artillery shelled the town, killing two.",
])
def test_a_town_cut_off_by_a_siege_is_not_at_sea(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).place_note is None


def test_a_sea_named_beside_the_town_is_the_place(gz: Gazetteer) -> None:
    r = _one(gz, "A drone hit a tanker in the Red Sea off Hodeidah, UKMTO said.")
    assert (r.place_name, r.place_note) == ("Red Sea", None)


@pytest.mark.parametrize(("text", "count"), [
    ("Russian air defences shot down four Storm Shadow missiles and 15 HIMARS rockets over the "
     "Luhansk region, the defence ministry said.", 19),
    ("Russia fired 4 Iskander missiles and 3 Kh-101 missiles at Kyiv, the air force said.", 7),
    ("Russia attacked with 40 drones; 35 drones were shot down over the Kyiv region, the air "
     "force said.", 35),  # (a launch and a downing: no sum)
])
def test_figures_of_one_kind_listed_side_by_side_add_up(gz: Gazetteer, text: str,
                                                        count: int) -> None:
    assert _one(gz, text).count == count


@pytest.mark.parametrize(("text", "event", "arms"), [
    ("Russian forces attacked Nikopol with drones and artillery, injuring two, the governor "
     "said.", "strike", "drone"),
    ("Russian forces attacked Nikopol with artillery and drones, injuring two, the governor "
     "said.", "shelling", "artillery"),
])
def test_an_attack_with_several_weapons_takes_its_type_from_the_first(
        gz: Gazetteer, text: str, event: str, arms: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == (event, arms)
    assert set(r.extras["weapons"]) == {"drone", "artillery"}


@pytest.mark.parametrize("adverb", ["again", "once again", "also", "reportedly"])
def test_the_attacker_with_an_adverb_before_its_verb_is_no_place(gz: Gazetteer,
                                                                 adverb: str) -> None:
    r = _one(gz, f"\u201cRussia {adverb} attacked our energy,\u201d Zelensky said, adding that "
                 "more than 40 missiles hit Ukraine overnight.")
    assert (r.country, r.count) == ("UA", 40)


def test_the_downed_figure_names_its_weapon_and_its_launch(gz: Gazetteer) -> None:
    r = _one(gz, "Ukraine's air force said Russia attacked with 1 Iskander-M ballistic missile "
                 "and 49 Shahed-type attack drones; 37 drones were shot down or suppressed by "
                 "electronic warfare.")
    assert (r.event_type, r.weapon, r.count, r.extras["launched_count"]) == (
        "interception", "drone", 37, 49)


@pytest.mark.parametrize(("text", "country"), [
    ("Thai F-16 jets bombed Cambodian military targets along the border on Thursday, the "
     "Thai army said.", "KH"),
    ("Russian forces shelled Ukrainian border villages on Monday, killing two, officials "
     "said.", "UA"),
    ("The Russian army hit Ukrainian military targets with 12 Iskander missiles, the "
     "defence ministry said.", "UA"),
])
def test_targets_named_by_their_countrys_adjective_are_in_that_country(
        gz: Gazetteer, text: str, country: str) -> None:
    r = _one(gz, text)
    assert (r.place_kind, r.country) == ("country", country)
    assert "country of the targets" in (r.place_note or "")


@pytest.mark.parametrize("text", [
    # guards: troops stand where the front is; a group is no country; nor a background
    "Ukrainian forces struck Russian positions near the border on Monday, the General Staff "
    "said.",
    "Israeli jets struck Hezbollah targets overnight, the military said.",
    "Russia has repeatedly struck Ukrainian energy infrastructure since 2022.",
    "Kyiv says its strikes are a response to Moscow's attacks on Ukrainian cities.",
    # a whole country with nothing else told stays no claim, as when it is named
    "Israeli jets struck Lebanese territory overnight, the army said.",
])
def test_targets_adjective_alone_is_no_place_where_it_names_no_territory(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_an_attack_claimed_and_a_downing_told_by_another_after_but(gz: Gazetteer) -> None:
    found = _reports(gz, "The Houthis claimed to have targeted the Eilat port with two drones, "
                         "but the Israeli army said both were intercepted before reaching "
                         "Israeli territory.")
    assert [(r.event_type, r.place_name, r.claimed_by) for r in found] == [
        ("strike", "Port of Eilat", "The Houthis"),
        ("interception", "Israel", "the Israeli army")]


def test_a_countrys_own_named_body_is_a_speaker(gz: Gazetteer) -> None:
    """ "Israel's Magen David Adom said": the rescue service, not a Romanian village Adoni."""
    r = _one(gz, "Two people were killed when an Iranian missile struck a building in Bat Yam, "
                 "Israel's Magen David Adom said.")
    assert (r.place_name, r.killed, r.claimed_by) == ("Bat Yam", 2, "Israel's Magen David Adom")


@pytest.mark.parametrize(("text", "place"), [
    ("Explosions rocked the Iranian capital early on Friday, state media reported.", "Tehran"),
    ("A Russian missile hit the Ukrainian capital on Friday, killing two, the mayor said.",
     "Kyiv"),
    ("Israeli jets struck the southern suburbs of the Lebanese capital on Sunday, killing "
     "three, the health ministry said.", "Beirut"),
    ("Drones attacked Russia's capital overnight, Mayor Sergei Sobyanin said, adding that 12 "
     "were shot down.", "Moscow"),
])
def test_a_countrys_capital_named_by_its_adjective_is_that_city(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.place_kind) == (place, "city")


@pytest.mark.parametrize("text", [
    "Hours after the medical workers' strike began on Monday, 61 patients wandered across "
    "the Kenyan capital.",
    "The nurses' strike in the Polish capital entered its third day on Friday.",
])
def test_a_labour_strike_in_a_capital_is_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "places"), [
    ("Indian missiles struck nine sites in Pakistan and Pakistan-administered Kashmir early "
     "on Wednesday, killing 26 people, the Pakistani military said.",
     ["Pakistan", "Azad Kashmir"]),
    ("Russian drones attacked Ukraine and Crimea overnight, officials said.",
     ["Ukraine", "Autonomous Republic of Crimea"]),
    # guards: a country after its place is its parent
    ("A Russian missile hit Kharkiv, Ukraine, on Monday, killing two.", ["Kharkiv"]),
    ("A Russian missile hit the city of Kharkiv in Ukraine on Monday, killing two.",
     ["Kharkiv"]),
])
def test_a_country_and_its_own_region_joined_by_and_are_two_areas(
        gz: Gazetteer, text: str, places: list[str]) -> None:
    assert [r.place_name for r in _reports(gz, text) if r.event_type != "interception"] == places


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Israeli forces shot dead three Palestinians in the West Bank city of Jenin on "
     "Wednesday, the Palestinian health ministry said.", "Jenin", 3),
    ("Russian troops shot and killed two civilians in the village of Pishchane, prosecutors "
     "said.", "Pishchane", 2),
    ("Syrian government forces and Kurdish-led SDF fighters clashed east of Aleppo on "
     "Monday, leaving 12 dead, the Syrian Observatory for Human Rights said.", "Aleppo", 12),
])
def test_a_deadly_shooting_or_clash_by_armed_forces_is_a_ground_attack(
        gz: Gazetteer, text: str, place: str, killed: int) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed) == ("other_attack", place, killed)


@pytest.mark.parametrize("text", [
    "Police shot dead a suspect in Odesa on Monday after a knife attack, officials said.",
    "Protesters clashed with police in Tbilisi on Sunday, and 20 were injured.",
])
def test_a_police_shooting_or_a_street_clash_is_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "tolls"), [
    ("Two people were killed in a Russian glide bomb attack on the town of Kostiantynivka, "
     "and three more in a drone strike on Druzhkivka, Donetsk regional governor Vadym "
     "Filashkin said.", [("Kostiantynivka", 2, None), ("Druzhkivka", 3, None)]),
    ("Four people were injured in a missile strike on Odesa, and two more in shelling of "
     "Kherson, officials said.", [("Odesa", None, 4), ("Kherson", None, 2)]),
])
def test_n_more_after_a_toll_is_a_toll_of_the_same_outcome(
        gz: Gazetteer, text: str, tolls: list[tuple[str, int | None, int | None]]) -> None:
    assert [(r.place_name, r.killed, r.injured) for r in _reports(gz, text)] == tolls


@pytest.mark.parametrize(("text", "killed"), [
    ("A strike on a civil defence centre in Khiam killed the three paramedics, the health "
     "ministry said.", 3),
    ("A missile hit the tugboat in the port of Odesa, killing all four crew members, the "
     "governor said.", 4),
    ("An Israeli drone strike on a car in Nabatieh killed a Hezbollah operative, a security "
     "source said.", 1),
    ("Israeli jets struck Damascus on Friday, killing a senior Revolutionary Guards "
     "commander, state media said.", 1),
])
def test_a_toll_told_with_the_or_all_is_counted(gz: Gazetteer, text: str, killed: int) -> None:
    """ "killed the three paramedics", "killing all four crew members": the number after
    "the" or "all" is the toll (it had been lost)."""
    assert _one(gz, text).killed == killed


@pytest.mark.parametrize("text", [
    "The army said it struck a Hezbollah launcher in Khiam and killed two militants near "
    "Blida.",
    "The military said its jets struck Hezbollah infrastructure in Khiam, and that it had "
    "killed two Hezbollah operatives in the area of Blida.",
    "Israeli jets hit a weapons depot in Khiam and killed two fighters in Blida, the army "
    "said.",
])
def test_a_toll_told_beside_one_of_two_places_is_that_places(gz: Gazetteer, text: str) -> None:
    """Fighters killed near the second place are its toll, not a toll shared by both."""
    found = {r.place_name: r.killed for r in _reports(gz, text)}
    assert found == {"Khiam": None, "Blida": 2}


@pytest.mark.parametrize("tally", [
    "The war between the army and the RSF erupted in April 2023 and has killed at least "
    "24,000 people, according to the United Nations.",
    "The war has killed more than 10,000 civilians, the UN says.",
    "Israel's offensive has killed more than 35,000 Palestinians, according to the "
    "territory's health ministry.",
])
def test_a_wars_toll_after_a_claim_is_not_the_claims(gz: Gazetteer, tally: str) -> None:
    """A war's running toll told next is background: it must not become the toll of the
    attack before it (a drone hit on a power station had been given 24,000 dead)."""
    r = _one(gz, "In Omdurman, a drone hit a power station on Friday, causing a blackout, "
                 f"the electricity company said. {tally}")
    assert (r.place_name, r.killed, r.extras.get("group_killed")) == ("Omdurman", None, None)


@pytest.mark.parametrize(("text", "kept"), [
    ("Russian attacks have killed more than 100 people in the Kherson region this month, "
     "the governor said.", False),
    ("Israeli strikes have killed more than 1,000 people in Lebanon since October, the "
     "health ministry said.", False),
    # a toll of a few days, or of one day, is still a claim
    ("Israeli strikes have killed 30 people in Gaza since Friday, the health ministry "
     "said.", True),
    ("Russian attacks have killed five people in the Kharkiv region over the past day, the "
     "governor said.", True),
])
def test_a_months_running_toll_is_not_a_claim(gz: Gazetteer, text: str, kept: bool) -> None:
    assert bool(_reports(gz, text)) is kept


@pytest.mark.parametrize("text", [
    "In Khartoum's twin city of Omdurman, a drone hit a power station on Friday.",
    "A drone hit a power station in Khartoum's sister city of Omdurman on Friday.",
])
def test_a_twin_city_is_the_place_not_the_city_it_pairs(gz: Gazetteer, text: str) -> None:
    assert [r.place_name for r in _reports(gz, text)] == ["Omdurman"]


@pytest.mark.parametrize(("text", "who"), [
    ("The attack came a day after the army said its warplanes struck RSF positions in "
     "Nyala.", "the army"),
    ("It came hours after the Houthis said they had fired a missile at Eilat.", "the Houthis"),
])
def test_a_speaker_after_came_after_is_the_speaker(gz: Gazetteer, text: str, who: str) -> None:
    """ "The attack came a day after the army said ...": the army, not the whole clause."""
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize(("text", "who", "toll", "toll_who"), [
    ("Iran's Revolutionary Guards said they fired missiles at a building in Erbil, killing "
     "four civilians, according to Kurdish officials.", "Iran's Revolutionary Guards",
     ("killed", 4), "Kurdish officials"),
    ("Hezbollah said it fired rockets at Kiryat Shmona, wounding two people, according to "
     "Israeli medics.", "Hezbollah", ("injured", 2), "Israeli medics"),
    ("Russia's defence ministry said it struck a command post in Kharkiv; the regional "
     "governor said two civilians were killed.", "Russia's defence ministry", ("killed", 2),
     "the regional governor"),
])
def test_a_toll_told_by_another_speaker_keeps_both_sources(
        gz: Gazetteer, text: str, who: str, toll: tuple[str, int], toll_who: str) -> None:
    """Who tells the attack and who tells its toll, when one sentence gives both: the
    attack is the first speaker's claim (it had been the toll's speaker's), the toll keeps
    its own source."""
    r = _one(gz, text)
    assert (r.claimed_by, getattr(r, toll[0]), r.extras.get(f"{toll[0]}_claimed_by")) == (
        who, toll[1], toll_who)


def test_a_toll_told_by_the_attacks_own_source_has_one_speaker(gz: Gazetteer) -> None:
    r = _one(gz, "Russian shelling killed two people in Kherson, according to the regional "
                 "governor.")
    assert (r.claimed_by, r.killed, r.extras.get("killed_claimed_by")) == (
        "the regional governor", 2, None)


@pytest.mark.parametrize("later", [
    "Russia's Defense Ministry said air defenses shot down 12 Ukrainian drones over the "
    "Bryansk region overnight.",
    "A drone hit a house in Odesa overnight, injuring three people, the governor said.",
])
def test_overnight_further_down_is_the_night_the_lead_names(gz: Gazetteer, later: str) -> None:
    """A wrap published on Saturday morning whose lead says "overnight, ... said on Friday":
    a bare "overnight" in a later paragraph is Friday's night too (it had been Saturday's,
    counted from the publication)."""
    found = _reports(gz, "KYIV (AP) — Russia launched 50 drones at Ukraine overnight, the air "
                         "force said on Friday, adding that 40 were shot down.\n\nA power "
                         f"line was damaged near Lviv.\n\n{later}")
    assert {(r.event_date, r.date_precision) for r in found} == {(date(2024, 6, 14), "night")}


def test_overnight_stays_the_publications_night_when_the_lead_names_no_other(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Russia launched 50 drones at Ukraine on Monday night, the air force "
                         "said.\n\nA drone hit a house in Odesa overnight, injuring three "
                         "people, the governor said.")
    assert [(r.place_name, r.event_date) for r in found] == [
        ("Ukraine", date(2024, 6, 10)), ("Odesa", date(2024, 6, 15))]


@pytest.mark.parametrize("lead", [
    "Over the past day, Russian troops launched 512 attacks on 9 settlements of the "
    "Zaporizhzhia region, regional governor Ivan Fedorov said on Telegram.",
    "In the past 24 hours, Russian forces attacked the Zaporizhzhia region 512 times, "
    "regional governor Ivan Fedorov said.",
])
def test_lines_after_a_speakers_summary_of_a_regions_day_are_the_speakers(
        gz: Gazetteer, lead: str) -> None:
    """The lines of a regional day's summary ("The enemy carried out 8 air strikes on
    Huliaipole ...") are told by whoever gave the summary; a line about another region is
    not."""
    found = _reports(gz, f"{lead}\n\nThe enemy carried out 8 air strikes on Huliaipole and "
                         "Stepnohirsk. A man was wounded in Orikhiv.\n\nIn the Kherson "
                         "region, shelling damaged a school in Beryslav.")
    by = {r.place_name: (r.claimed_by, r.extras.get("claimed_by_from")) for r in found}
    summary = ("regional governor Ivan Fedorov", "summary before")
    assert by["Huliaipole"] == by["Stepnohirsk"] == by["Orikhiv"] == summary
    assert by["Beryslav"] == (None, None)


def test_lines_after_a_speakers_claim_that_is_no_summary_keep_no_speaker(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Russian troops shelled the Zaporizhzhia region on Friday, regional "
                         "governor Ivan Fedorov said.\n\nA drone hit a house in Huliaipole "
                         "on Saturday.")
    assert [(r.place_name, r.claimed_by) for r in found][-1] == ("Huliaipole", None)


@pytest.mark.parametrize("text", [
    "The Iran-aligned Houthis have attacked dozens of ships in the Red Sea and the Gulf of "
    "Aden since November in what they say is solidarity with Palestinians.",
    "Hezbollah has fired rockets at northern Israel almost daily since October 8.",
    "Russian forces have shelled Nikopol more than 2,000 times since March.",
])
def test_attacks_told_since_a_month_are_background(gz: Gazetteer, text: str) -> None:
    """ "have attacked dozens of ships since November": months of attacks, no claim (the
    Red Sea and the Gulf of Aden had been given a strike dated the publication day)."""
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Ukrainian drones hit Oleshky, held by Russian forces since March, on Friday, killing "
     "two, the occupation authorities said.", "Oleshky"),
    ("Ukrainian drones hit Oleshky, occupied by Russia since 2022, on Friday, killing two, "
     "the occupation authorities said.", "Oleshky"),
    ("A Russian missile struck Kharkiv on Friday, the heaviest strike on the city since May, "
     "killing seven.", "Kharkiv"),
])
def test_a_since_that_tells_how_long_a_place_is_held_is_no_background(
        gz: Gazetteer, text: str, place: str) -> None:
    assert _one(gz, text).place_name == place


@pytest.mark.parametrize("text", [
    "Moldovan border police said debris from a drone had fallen near the village of Larga.",
    "In Moldova, the border police said fragments from a drone had fallen in a field near "
    "the village of Larga on Friday.",
])
def test_debris_from_a_drone_fallen_on_a_neighbours_soil_is_a_violation(
        gz: Gazetteer, text: str) -> None:
    """ "debris from a drone had fallen": as "debris of a drone fell" (it had been no claim)."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name, r.country) == (
        "airspace_violation", "drone", "Larga", "MD")


def test_fighter_jets_scrambled_are_not_the_weapon_of_the_attack(gz: Gazetteer) -> None:
    r = _one(gz, "Poland scrambled fighter jets early on Friday after Russia launched missiles "
                 "at Lviv, the Polish military said.")
    assert (r.place_name, r.weapon) == ("Lviv", "missile")


@pytest.mark.parametrize(("text", "place"), [
    ("Ukraine's Navy said it destroyed a Russian Su-24 bomber over the Black Sea on Friday.",
     "Black Sea"),
    ("A Russian Tu-22M3 bomber crashed in the Stavropol region on Friday after being hit by "
     "Ukrainian air defences, Ukraine's military intelligence said.", "Stavropol Krai"),
])
def test_an_aircraft_downed_in_flight_is_an_interception(gz: Gazetteer, text: str,
                                                         place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == ("interception", "aircraft", place)


def test_an_aircraft_destroyed_on_its_airfield_is_a_strike(gz: Gazetteer) -> None:
    r = _one(gz, "Ukrainian drones destroyed a Su-34 bomber at the Morozovsk airfield on "
                 "Friday, a source said.")
    assert r.event_type == "strike"


@pytest.mark.parametrize("text", [
    "The company launched its new drone delivery service in Dallas on Friday.",
    "Organisers launched 1,500 drones in a light show over Kyiv on Friday.",
    "A drone show over Tel Aviv drew thousands on Friday.",
])
def test_drones_of_trade_and_leisure_are_no_attack(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_a_war_drone_beside_a_delivery_drone_is_still_an_attack(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian drone hit a warehouse of a drone delivery firm in Kyiv on Friday.")
    assert (r.event_type, r.place_name) == ("strike", "Kyiv")


def test_a_speaker_named_again_is_not_widened_by_the_word_that_opens_the_sentence(
        gz: Gazetteer) -> None:
    """ "As Ukrinform reported, ...": the outlet is Ukrinform, not "As Ukrinform" (the name
    had been widened to the capitalised word before it)."""
    found = _reports(gz, "KHARKIV (Ukrinform) - Russian missiles hit Kharkiv on Friday, the "
                         "mayor said.\n\nAs Ukrinform reported, Russian drones also attacked "
                         "Zaporizhzhia overnight, killing one person.")
    assert [(r.place_name, r.claimed_by) for r in found] == [
        ("Kharkiv", "the mayor"), ("Zaporizhzhia", "Ukrinform")]


@pytest.mark.parametrize("text", [
    "The RSF shelled Omdurman's Karari locality on Friday, killing five civilians.",
    "The RSF shelled the Karari locality of Omdurman on Friday, killing five civilians.",
])
def test_a_sudanese_locality_of_a_city_is_the_city(gz: Gazetteer, text: str) -> None:
    """A locality is Sudan's district: "Omdurman's Karari locality" is Omdurman, noted
    (Karari had been a town in India)."""
    r = _one(gz, text)
    assert (r.place_name, r.country, r.killed) == ("Omdurman", "SD", 5)


@pytest.mark.parametrize("text", [
    "Russia's defence ministry said its forces had captured the village of Basivka in the Sumy "
    "region and downed 97 Ukrainian drones over the Kursk and Belgorod regions overnight.",
    "The ministry said Russian troops had taken control of Robotyne and downed 97 drones over "
    "the Kursk and Belgorod regions overnight.",
])
def test_ground_taken_is_not_where_a_claim_beside_it_is(gz: Gazetteer, text: str) -> None:
    """A village "captured" in the same sentence is no place of the downing told beside
    it (it had been a third place of the group)."""
    found = _reports(gz, text)
    assert [r.place_name for r in found] == ["Kursk Oblast", "Belgorod Oblast"]


def test_ground_shelled_and_captured_is_the_claims_place(gz: Gazetteer) -> None:
    r = _one(gz, "Russian troops shelled and captured the village of Krynky, the ministry "
                 "said.")
    assert r.place_name == "Krynky"


def test_the_city_in_a_later_paragraph_is_the_city_told_before_not_the_datelines(
        gz: Gazetteer) -> None:
    """ "KYIV (AFP) - A strike on Sumy ... Two missiles slammed into the city centre": the
    city is Sumy, named before; the dateline is where the reporter is (it had fallen
    back to the dateline's country)."""
    found = _reports(gz, "Kyiv (AFP) - A Russian missile strike on the city of Sumy killed at "
                         "least 34 people on Sunday, officials said.\n\nTwo ballistic missiles "
                         "slammed into the city centre, the interior ministry said.\n\nIn the "
                         "Donetsk region, shelling killed two people in Kostiantynivka and one "
                         "in Druzhkivka, the governor said.")
    assert [r.place_name for r in found][:2] == ["Sumy", "Sumy"]


@pytest.mark.parametrize("after", [
    "Some hit the Nevatim air base.", "A few of them struck the Nevatim air base.",
    "But several hit the Nevatim air base.",
])
def test_those_that_got_through_after_a_downing_are_its_weapon_and_its_speakers(
        gz: Gazetteer, after: str) -> None:
    """ "About 180 missiles were launched, most of which were intercepted, the spokesman
    said. Some hit ...": the strike of those that got through, with the launch's weapon
    and speaker (it had been an unknown weapon, told by no one)."""
    found = _reports(gz, "Iran fired about 180 missiles at Israel on Tuesday, most of which "
                         f"were intercepted, the military spokesman said. {after}")
    strike = found[-1]
    assert (strike.event_type, strike.weapon, strike.claimed_by, strike.place_name) == (
        "strike", "missile", "the military spokesman", "Nevatim air base")


def test_counts_in_brackets_after_each_region_are_that_regions(gz: Gazetteer) -> None:
    """ "over the Bryansk Region (10), the Kursk Region (8) ...": each region's count is the
    one after it (they had been shifted by one: the total on the first region)."""
    found = _reports(gz, "Air defences destroyed 25 drones: over the Bryansk Region (10), the "
                         "Kursk Region (8), the Belgorod Region (5) and the Oryol Region (2), the "
                         "ministry said.")
    assert [(r.place_name, r.count) for r in found] == [
        ("Bryansk Oblast", 10), ("Kursk Oblast", 8), ("Belgorod Oblast", 5), ("Oryol Oblast", 2)]


def test_a_city_named_in_a_list_of_regions_downings_is_its_region(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences destroyed 25 drones, including 10 over the Bryansk "
                         "Region, eight over the Kursk Region, five over Belgorod and two over "
                         "Oryol, the ministry said.")
    assert [(r.place_name, r.place_kind, r.count) for r in found][2:] == [
        ("Belgorod Oblast", "admin1", 5), ("Oryol Oblast", "admin1", 2)]


def test_a_city_downing_beside_no_region_stays_the_city(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences shot down five drones over Belgorod and two over Kursk, "
                         "the ministry said.")
    assert [r.place_kind for r in found] == ["city", "city"]


@pytest.mark.parametrize("after", [
    "Four people were injured in the oblast.", "Four more were injured across the region.",
])
def test_a_toll_in_the_region_after_a_towns_claim_is_the_regions(gz: Gazetteer,
                                                                  after: str) -> None:
    """ "A man was killed in Kupiansk-Vuzlovyi, the governor said. Four people were injured
    in the oblast.": a toll of the wider region (it had been added to the town's)."""
    found = _reports(gz, "A 67-year-old man was killed in a Russian drone strike in "
                         "Kupiansk-Vuzlovyi on Friday, Governor Oleh Syniehubov reported. "
                         f"{after}")
    assert [(r.place_name, r.killed, r.injured, r.claimed_by) for r in found] == [
        ("Kupiansk-Vuzlovyi", 1, None, "Governor Oleh Syniehubov"),
        ("Kharkiv Oblast", None, 4, "Governor Oleh Syniehubov")]


def test_a_ship_that_sank_in_a_clause_after_its_name_is_the_claims_place(
        gz: Gazetteer) -> None:
    """ "claimed on Friday to have sunk the Rubymar, which sank in the Red Sea after being
    hit ... on Feb. 18": the only place is in the clause, and the day is the hit's, not the
    claim's (it had been nothing)."""
    r = _one(gz, "The Houthis claimed on Friday to have sunk the Greek-owned Rubymar, which "
                 "sank in the Red Sea after being hit by an anti-ship missile on June 3.")
    assert (r.event_type, r.weapon, r.place_name, r.event_date, r.claimed_by) == (
        "strike", "missile", "Red Sea", date(2024, 6, 3), "The Houthis")


def test_a_place_in_a_clause_describing_another_stays_out(gz: Gazetteer) -> None:
    r = _one(gz, "A missile hit Odesa on Friday, which lies on the Black Sea coast, the "
                 "governor said.")
    assert r.place_name == "Odesa"


@pytest.mark.parametrize("verb", ["claimed", "confirmed", "stated"])
def test_the_day_after_a_statements_day_is_the_claims(gz: Gazetteer, verb: str) -> None:
    r = _one(gz, f"The Houthis {verb} on Friday that they had hit a ship in the Red Sea on "
                 "Wednesday.")
    assert r.event_date == date(2024, 6, 12)


@pytest.mark.parametrize("text", [
    "Moscow accused Kyiv of attacking the Zaporizhzhia nuclear plant with drones on Sunday, "
    "a charge Ukraine denied.",
    "Russia blamed Ukraine for a drone attack on the Zaporizhzhia nuclear plant on Sunday.",
])
def test_the_accused_attacker_is_no_place_of_the_claim(gz: Gazetteer, text: str) -> None:
    """ "accused Kyiv of attacking the plant": Kyiv is who attacked, not where (it had been
    a second place of the claim)."""
    r = _one(gz, text)
    assert r.place_name == "Zaporizhzhia Nuclear Power Plant"


@pytest.mark.parametrize("text", [
    "Chris Paul hit an off-balance layup with 0.8 seconds left to lift Houston over Portland.",
    "A 90th minute strike by Yassine Abdul-Aal sealed the win for Gaish in Cairo on Friday.",
    "A Chapin man died on Tuesday after his car struck a tree near Columbia.",
    "She was struck by a Ford Crown Victoria in Edmonton on Friday, police said.",
    "The suspect threw a can at her, striking her arm, Beverly Hills police said.",
    "The chief executive shot down rumours of a merger at the New York Auto Show.",
    "The EU and Syria are in a tug-of-war over an intercepted ship bound for Gaza.",
    "The Indiana State Police bomb squad responded to a storage unit in Richmond after a "
    "report of a suspicious device.",
    "The Adena people used marine shells to make ornaments in Ohio.",
    "He slammed on his brakes in Tyler, causing the deputy's vehicle to strike his car.",
])
def test_words_of_war_in_sport_traffic_and_trade_are_no_claim(gz: Gazetteer, text: str) -> None:
    """Each had been a strike, a shelling or an interception (from the geoparsing corpora's
    news of sport, crime and business)."""
    assert _reports(gz, text) == []


def test_a_soldiers_hometown_is_no_place_of_the_blast(gz: Gazetteer) -> None:
    """ "36-year-old Master Sgt Johnathan J. Dunbar of Austin, Texas, died ... in the blast":
    the blast was where the sentence before put it, not in Austin (nor in a town named
    Dunbar, the soldier's surname)."""
    found = _reports(gz, "A roadside bomb exploded in Manbij on Friday, killing a British "
                         "soldier. A US serviceman, 36-year-old Master Sgt Johnathan J. Dunbar "
                         "of Austin, Texas, also died, and five others were wounded in the "
                         "blast, American reports claimed.")
    assert {r.place_name for r in found} == {"Manbij"}


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("A landmine exploded near Qamishli on Friday, killing a shepherd.", "Qamishli", 1),
    ("A boy stepped on a mine near Kherson on Friday and was killed in the explosion.",
     "Kherson", 1),
    ("Unexploded ordnance blew up in a field near Izium on Friday, killing a farmer.",
     "Izium", 1),
])
def test_a_blast_of_the_remnants_of_war_is_a_claim(gz: Gazetteer, text: str, place: str,
                                                   killed: int) -> None:
    """A landmine or unexploded ordnance is war's (these had been dropped as everyday
    blasts, like a gas explosion)."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed) == ("explosion", place, killed)


@pytest.mark.parametrize("text", [
    "A gold mine explosion in Ghana killed 13 miners on Friday.",
    "A methane blast at a coal mine in Kemerovo killed four miners on Friday.",
])
def test_a_blast_in_a_mine_is_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "day", "precision"), [
    ("Around 29 February 2024 (week of), Israeli forces fired artillery at the outskirts of "
     "Kfar Kila (Marjaayoun, Nabatiyeh). Property damage reported.", date(2024, 2, 26), "week"),
    ("Around 12 March 2024 (month of), RSF shelled El Fasher (El Fasher, North Darfur). 3 "
     "civilians killed.", date(2024, 3, 1), "month"),
])
def test_a_database_notes_week_of_or_month_of_is_that_precision(
        gz: Gazetteer, text: str, day: date, precision: str) -> None:
    """ACLED's "(week of)" marks a date known only to the week: week precision, as "last
    week" (it had been that day)."""
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (day, precision)


def test_where_some_of_the_weapons_told_fell_is_that_claim_told_on(gz: Gazetteer) -> None:
    """ "... attacked Kharkiv with three guided bombs ... The hypermarket in the city was hit
    by two KAB-250 bombs": the same attack, told on (it had been a second claim)."""
    found = _reports(gz, "Russian forces attacked Kharkiv with three guided bombs on Sunday, "
                         "killing at least 12 people, the governor said. The Epicentr "
                         "hypermarket in the city was hit by two KAB-250 bombs, he said.")
    assert [(r.place_name, r.count, r.killed) for r in found] == [("Kharkiv", 3, 12)]


def test_the_attack_that_came_as_an_offensive_went_on_is_no_second_claim(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Russian forces attacked Kharkiv with three guided bombs on Sunday, "
                         "the governor said. The attack came as Russian forces pressed an "
                         "offensive in the Kharkiv region, where they have captured several "
                         "villages.")
    assert [r.place_name for r in found] == ["Kharkiv"]


def test_an_attack_told_in_the_came_as_clause_is_a_claim(gz: Gazetteer) -> None:
    found = _reports(gz, "A drone hit Kharkiv on Friday. The attack came as Russian troops "
                         "shelled the city of Kupiansk, killing two.")
    assert [(r.place_name, r.killed) for r in found] == [("Kharkiv", None), ("Kupiansk", 2)]


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Two Israeli soldiers were killed in the southern Gaza Strip, the military said.",
     "Gaza Strip", 2),
    ("Three Ukrainian soldiers were killed in the Zaporizhzhia region on Friday, the brigade "
     "said.", "Zaporizhzhia Oblast", 3),
])
def test_soldiers_killed_where_a_war_is_fought_are_a_ground_attack(
        gz: Gazetteer, text: str, place: str, killed: int) -> None:
    """Soldiers killed in a war's country, with no other war word, fell in fighting (it
    had been no claim)."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed) == ("other_attack", place, killed)


@pytest.mark.parametrize("text", [
    "Two Israeli soldiers were killed in a road accident in the Negev on Friday.",
    "Two soldiers were killed in a training accident near Lviv on Friday.",
    "Two soldiers were killed in Bavaria on Friday, police said.",
])
def test_soldiers_killed_in_an_accident_or_at_peace_are_no_claim(gz: Gazetteer,
                                                                 text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Russian Telegram channels reported explosions in Novorossiysk overnight, and footage "
     "showed a fire at the port.", "Novorossiysk"),
    ("Geolocated footage showed a Russian missile hitting an airfield near Myrhorod on "
     "Friday, according to open-source analysts.", "Myrhorod"),
])
def test_what_footage_showed_is_a_report(gz: Gazetteer, text: str, place: str) -> None:
    """ "footage showed a fire at the port": told by what was filmed (it had been taken for
    a picture's caption and dropped)."""
    assert _one(gz, text).place_name == place


@pytest.mark.parametrize("text", [
    "In this photo, firefighters work at the site of a Russian missile strike in Kharkiv.",
    "A handout photo shows rescuers at a building hit by a drone in Odesa on Friday.",
    "Photo: a building in Kyiv damaged by a Russian drone attack.",
])
def test_a_pictures_caption_is_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_a_part_of_a_toll_told_in_a_strike_on_a_building_is_the_parts(gz: Gazetteer) -> None:
    """ "killed 45 ..., including 19 in a strike on a school sheltering displaced families in
    Gaza City": the city's own 19 of the 45 (the city had been given all 45)."""
    r = _one(gz, "Israeli strikes on the Gaza Strip killed 45 people on Tuesday, according to "
                 "the health ministry, including 19 in a strike on a school sheltering "
                 "displaced families in Gaza City.")
    assert (r.place_name, r.killed, r.extras.get("total_killed")) == ("Gaza", 19, 45)


def test_people_killed_blaming_a_forces_fire_are_a_ground_attack(gz: Gazetteer) -> None:
    r = _one(gz, "At least 30 people were killed while waiting for aid near a distribution "
                 "site in Rafah on Friday, the health ministry said, blaming Israeli fire.")
    assert (r.event_type, r.place_name, r.killed) == ("other_attack", "Rafah", 30)


@pytest.mark.parametrize("text", [
    "The governor of Russia's Belgorod region, Vyacheslav Gladkov, said a woman was killed "
    "when a Ukrainian drone struck her car in the village of Dubovoye.",
    "A Ukrainian drone hit a car in Dubovoye, killing a woman, the governor of the Belgorod "
    "region said.",
])
def test_a_village_known_only_as_a_hamlet_abroad_is_the_region_told(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.admin1, r.killed) == (
        "strike", "admin1", "Belgorod Oblast", 1)


@pytest.mark.parametrize(("text", "iso", "name"), [
    ("An Israeli airstrike on a car in the southern Lebanese town of Houmine killed two "
     "people, Lebanon's state news agency reported.", "LB", "Houmine"),
    ("Drones attacked the Russian village of Gornalovka overnight, injuring a man, the "
     "governor said.", "RU", "Gornalovka"),
    ("Shelling hit the Ukrainian frontline village of Zhovtokamianka, killing two.", "UA",
     "Zhovtokamianka"),
    ("RSF fighters attacked the Sudanese village of Wad Umbrella, killing 40 people, "
     "activists said.", "SD", "Wad Umbrella"),
])
def test_a_town_the_gazetteer_lacks_is_in_the_country_its_adjective_names(
        gz: Gazetteer, text: str, iso: str, name: str) -> None:
    r = _one(gz, text)
    assert (r.place_kind, r.country) == ("country", iso)
    assert r.place_note and f"'{name}' is not in the gazetteer" in r.place_note


def test_a_known_town_after_its_countrys_adjective_is_the_town(gz: Gazetteer) -> None:
    r = _one(gz, "Russian shelling killed a man in the Ukrainian border village of Velyka "
                 "Pysarivka on Saturday.")
    assert (r.place_name, r.killed) == ("Velyka Pysarivka", 1)


@pytest.mark.parametrize("text", [
    "Russian forces shelled Kherson on Saturday, killing two. The attack damaged a hospital, "
    "the governor said.",
    "Paramilitary forces shelled a market in Omdurman on Saturday, killing 21 people. The "
    "Sudan Doctors Network said the attack on the market was the latest on civilians.",
])
def test_the_attack_told_on_after_a_shelling_is_that_shelling(gz: Gazetteer, text: str
                                                               ) -> None:
    """One shelling, with the speaker of the next sentence; not a second claim, a strike
    by artillery."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("shelling", "artillery")
    assert r.claimed_by in {"the governor", "The Sudan Doctors Network"}


@pytest.mark.parametrize("text", [
    "Russia launched a combined attack on Ukraine overnight, using 68 drones and 12 missiles, "
    "the Air Force said. The attack targeted energy facilities in the Lviv region.",
    "Overnight, Russia attacked Ukraine with 12 missiles and 68 drones. The attack damaged "
    "energy facilities in the Lviv region, the governor said.",
])
def test_the_attack_told_on_after_a_combined_one_keeps_both_weapons(
        gz: Gazetteer, text: str) -> None:
    (r,) = [r for r in _reports(gz, text) if r.place_name == "Lviv Oblast"]
    assert r.event_type == "strike"
    assert set(r.extras["weapons"]) == {"drone", "missile"}
    assert r.weapon == r.extras["weapons"][0]


@pytest.mark.parametrize(("text", "arms"), [
    ("A Russian Kh-59 cruise missile was shot down over the Poltava region, the air force "
     "said, while a second hit an industrial facility in Kremenchuk.", "missile"),
    ("One missile was shot down over the Poltava region, while another hit a plant in "
     "Kremenchuk.", "missile"),
    ("Air defences shot down a drone over Poltava. The other struck a house in Kremenchuk, "
     "the governor said.", "drone"),
])
def test_another_that_hit_is_one_more_of_the_weapon_downed(gz: Gazetteer, text: str,
                                                           arms: str) -> None:
    (r,) = [r for r in _reports(gz, text) if r.place_name == "Kremenchuk"]
    assert (r.event_type, r.weapon) == ("strike", arms)


@pytest.mark.parametrize(("text", "who"), [
    ("Oleh Syniehubov, Head of Kharkiv Oblast Military Administration, said two people were "
     "injured in a drone strike on Kupiansk.",
     "Oleh Syniehubov, Head of Kharkiv Oblast Military Administration"),
    ("A drone strike on Kupiansk injured two people, said Denis Pushilin, the "
     "Russian-installed leader of the region.",
     "Denis Pushilin, the Russian-installed leader of the region"),
    ("According to Yuriy Malashko, the governor of Zaporizhzhia Oblast, a drone strike on "
     "Orikhiv injured two people.", "Yuriy Malashko, the governor of Zaporizhzhia Oblast"),
    ("According to Ivan Fedorov, head of the regional military administration, a drone "
     "strike on Orikhiv injured two people.",
     "Ivan Fedorov, head of the regional military administration"),
])
def test_a_speakers_office_after_the_name_is_kept(gz: Gazetteer, text: str, who: str
                                                   ) -> None:
    r = _one(gz, text)
    assert (r.claimed_by, r.injured) == (who, 2)


def test_a_name_then_a_clause_after_according_to_is_the_name(gz: Gazetteer) -> None:
    r = _one(gz, "According to Yuriy Malashko, drones struck Orikhiv, injuring two people, "
                 "police said.")
    assert r.claimed_by == "Yuriy Malashko"


@pytest.mark.parametrize("text", [
    "Two rockets were fired from Gaza toward Sderot, the army said, one of which fell in an "
    "open area while the other was intercepted.",
    "Two drones were launched at Eilat, the army said; one crashed in the sea and the other "
    "was shot down.",
])
def test_the_other_downed_is_one(gz: Gazetteer, text: str) -> None:
    (r,) = [r for r in _reports(gz, text) if r.event_type == "interception"]
    assert r.count == 1


@pytest.mark.parametrize(("text", "place"), [
    ("Residents of Odesa reported hearing explosions at about 2 a.m. local time.", "Odesa"),
    ("Witnesses in Sevastopol reported hearing several loud blasts on Saturday morning.",
     "Sevastopol"),
])
def test_blasts_residents_report_hearing_are_an_explosion_where_they_are(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("explosion", place)


def test_bracketed_parents_the_index_reads_as_a_place_abroad_are_still_parents(
        gz: Gazetteer) -> None:
    """ "Minieh" alone is Minya in Egypt; in brackets after a place it is that place's
    district (Minieh-Danniyeh, in Lebanon's North governorate)."""
    found = _reports(gz, "On 13 March 2024, unidentified armed men fired at a military "
                         "checkpoint in Nahr al-Bared (Minieh-Danniyeh, North). No fatalities.")
    assert [(r.place_name, r.country) for r in found] == [("Nahr al-Bared", "LB")]


@pytest.mark.parametrize("text", [
    "Ukraine's Navy said a Russian missile carrier was destroyed in the Black Sea.",
    "Ukraine's navy said it had destroyed a Russian missile boat in the Black Sea.",
    "Ukraine's navy said a Russian Kalibr missile carrier was destroyed in the Black Sea.",
    "The navy said it had struck a Kalibr-carrying corvette in the Black Sea.",
])
def test_a_missile_ship_destroyed_is_a_strike_at_sea_not_a_missile_downed(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == ("strike", "unknown", "Black Sea")


def test_hits_after_a_downing_are_of_the_weapons_launched(gz: Gazetteer) -> None:
    found = _reports(gz, "Ukrainian Air Force: 31 of 42 Shahed drones and 2 of 4 Kh-101 "
                         "missiles were destroyed overnight. Hits were recorded in Kyiv and "
                         "Odesa oblasts.")
    hits = [r for r in found if r.event_type == "strike"]
    assert {r.place_name for r in hits} == {"Kyiv Oblast", "Odesa Oblast"}
    assert all(r.extras["weapons"] == ["drone", "missile"] for r in hits)


@pytest.mark.parametrize(("text", "place"), [
    ("Ukrainian forces repelled a Russian attempt to land troops on islands in the Dnipro "
     "River delta near Kherson.", "Kherson"),
    ("Russian forces shelled villages on the Dnipro river's right bank in the Kherson "
     "region, killing two.", "Kherson Oblast"),
])
def test_a_river_named_after_a_city_is_no_claim_of_the_city(gz: Gazetteer, text: str,
                                                            place: str) -> None:
    r = _one(gz, text)
    assert r.place_name == place


@pytest.mark.parametrize(("text", "arms"), [
    ("The Sudanese army said its air force struck RSF gatherings in Nyala, killing dozens.",
     "aircraft"),
    ("The Israeli Air Force struck Hezbollah targets in Nabatieh on Saturday.", "aircraft"),
    ("The Ukrainian Air Force said 30 drones were shot down over the Kyiv region.", "drone"),
    ("The air force said it hit a Russian command post in Oleshky with drones.", "drone"),
])
def test_an_air_force_that_struck_is_aircraft_unless_its_weapon_is_named(
        gz: Gazetteer, text: str, arms: str) -> None:
    assert _one(gz, text).weapon == arms


@pytest.mark.parametrize("launch", [
    "Russia launched 27 Shahed-type drones overnight, the Air Force said.",
    "The Air Force said Russia launched 27 Shahed-type drones overnight.",
])
def test_the_downing_after_a_launch_is_told_by_the_launchs_speaker(
        gz: Gazetteer, launch: str) -> None:
    """Not by the speaker of the claim before the launch (the wrap's lead)."""
    found = _reports(gz, "Russian attacks across Ukraine killed four people over the past "
                         f"day, regional authorities said.\n\n{launch} Air defence downed 22 "
                         "drones over the Sumy and Poltava regions.")
    downed = [r for r in found if r.event_type == "interception"]
    assert len(downed) == 2
    assert all(r.claimed_by.lower() == "the air force" and r.extras["launched_count"] == 27
               for r in downed)


def test_a_place_told_on_with_its_speaker_sources_the_toll_before(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian attacks across Ukraine killed four people over the past "
                         "day.\n\nIn Kherson Oblast, one person was killed and eight injured. "
                         "Russian troops targeted residential areas and a bus station in the "
                         "region, Governor Oleksandr Prokudin said.")
    (toll,) = [r for r in found if r.admin1 == "Kherson Oblast" and r.killed]
    assert (toll.killed, toll.injured, toll.claimed_by) == (
        1, 8, "Governor Oleksandr Prokudin")


@pytest.mark.parametrize(("text", "place"), [
    ("On 14 March 2024, Israeli drone struck a car in Zibqin (Tyre, South). 2 Hezbollah "
     "members killed.", "Zibqin"),
    ("On 14 March 2024, Israeli drone struck a car in Majdal Zoun (Tyre, South). 2 "
     "Hezbollah members killed.", "Tyre"),
])
def test_a_generic_region_in_brackets_is_no_parent_abroad(gz: Gazetteer, text: str,
                                                          place: str) -> None:
    """ACLED's "South" is Lebanon's South governorate, not Cameroon's Sud region."""
    r = _one(gz, text)
    assert (r.place_name, r.country, r.killed) == (place, "LB", 2)


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    ("Indian and Pakistani troops exchanged fire along the Line of Control in the Poonch "
     "sector overnight, an Indian army spokesman said.", "Poonch", None, None),
    ("Armenian and Azerbaijani forces exchanged fire on the border near the village of Sotk "
     "on Saturday, Armenia's defence ministry said, adding that two soldiers were wounded.",
     "Sotk", None, 2),
    ("Israeli troops and Palestinian gunmen traded fire in the Jenin refugee camp on "
     "Saturday, killing two militants, the health ministry said.", "Jenin", 2, None),
    ("There was an exchange of heavy fire between Sudanese army and RSF fighters in "
     "Omdurman on Friday, residents said.", "Omdurman", None, None),
])
def test_forces_that_exchanged_fire_are_a_clash(
        gz: Gazetteer, text: str, place: str, killed: int | None, injured: int | None
) -> None:
    """Troops that "exchanged fire" or "traded fire" fought where the text says: a clash
    (it had been no claim at all)."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed, r.injured) == (
        "other_attack", place, killed, injured)


@pytest.mark.parametrize("text", [
    "Hezbollah and Israel have exchanged fire almost daily since October 8, displacing tens "
    "of thousands of people on both sides of the border.",
    "Israel and Hezbollah have been trading fire for months.",
    "India and Pakistan agreed in 2021 to stop exchanges of fire along the Line of Control.",
    "The exchange of fire between Israel and Hezbollah could escalate into a full-scale war, "
    "analysts warned.",
    "Police and two suspects exchanged fire in Houston on Friday night, the police chief said.",
    "Russia and Ukraine exchanged accusations over the shelling of the plant.",
])
def test_exchanges_of_fire_in_background_or_crime_are_no_claim(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("second", "count"), [
    ("Two Iskander-M missiles hit a residential area.", 2),
    ("Three ballistic missiles struck the port, Ukrainian officials said.", 3),
    ("Two missiles also hit the city centre.", 2),
])
def test_the_counted_weapons_of_an_attack_told_are_its_count(
        gz: Gazetteer, second: str, count: int) -> None:
    """ "A missile attack on Odesa killed 20. Two Iskander-M missiles hit a residential
    area": the attack's missiles, counted (it had been a second claim)."""
    found = _reports(gz, "A Russian missile attack on Odesa killed at least 20 people on "
                         "Friday, officials said. " + second)
    assert [(r.place_name, r.count, r.killed) for r in found] == [("Odesa", count, 20)]


@pytest.mark.parametrize("second", [
    "Two more missiles hit the city on Sunday, officials said.",
    "Another two missiles hit the port.",
    "Two missiles hit Mykolaiv.",
    "Two missiles hit the port, Russia's defence ministry said.",
])
def test_more_weapons_elsewhere_or_told_by_another_are_a_claim_of_their_own(
        gz: Gazetteer, second: str) -> None:
    found = _reports(gz, "A Russian missile attack on Odesa killed at least 20 people on "
                         "Friday, officials said. " + second)
    assert len(found) == 2 and found[0].count is None


@pytest.mark.parametrize(("text", "air", "place", "counts"), [
    ("Four drones violated Moldovan airspace overnight, two of which crashed near Cahul, the "
     "Moldovan defence ministry said.", "Moldova airspace", "Cahul", (4, 2)),
    ("Three Russian drones entered Romanian airspace on Saturday and one of them fell near "
     "the village of Plauru, the defence ministry said.", "Romania airspace", "Plauru", (3, 1)),
    ("Two drones violated Moldovan airspace overnight, one of which crashed in a field near "
     "the village of Etulia, the ministry said.", "Moldova airspace", "Etulia", (2, 1)),
    # the speaker's own airspace ("the country's"), told after the speaker
    ("The Moldovan defence ministry reported that two drones had crossed into the "
     "country's airspace overnight, one of which fell near the town of Ocnita.",
     "Moldova airspace", "Ocniţa", (2, 1)),
    ("Romania's defence ministry said three drones entered its airspace on Saturday, one of "
     "which fell near Plauru.", "Romania airspace", "Plauru", (3, 1)),
])
def test_some_of_the_intruders_that_came_down_are_counted_where_they_fell(
        gz: Gazetteer, text: str, air: str, place: str, counts: tuple[int, int]) -> None:
    """ "Four drones violated Moldovan airspace, two of which crashed near Cahul": four in
    the airspace and two at Cahul (it had been four at Cahul)."""
    found = _reports(gz, text)
    assert [(r.event_type, r.place_name, r.count) for r in found] == [
        ("airspace_violation", air, counts[0]), ("airspace_violation", place, counts[1])]


@pytest.mark.parametrize("text", [
    "A drone violated Moldovan airspace overnight and fell near Ceadir-Lunga, the ministry "
    "said.",
    "Two drones violated Moldovan airspace overnight and fell near Ceadir-Lunga, the ministry "
    "said.",
])
def test_intruders_that_all_came_down_are_where_they_fell(gz: Gazetteer, text: str) -> None:
    assert [r.place_name for r in _reports(gz, text)] == ["Ceadîr-Lunga"]


@pytest.mark.parametrize("parent", ["West Kordofan", "West Kordofan state", "Kordofan"])
def test_a_region_written_with_its_point_of_the_compass_is_the_towns_parent(
        gz: Gazetteer, parent: str) -> None:
    """ "Babanusa in West Kordofan": the index knows the state only as Greater Kordofan,
    which is the town's parent, not a second place (it had been a claim of its own)."""
    r = _one(gz, f"RSF fighters attacked Babanusa in {parent} on Saturday, killing five "
                 "people, activists said.")
    assert (r.place_name, r.killed) == ("Babanusa", 5)


@pytest.mark.parametrize("part", [
    "12 people sheltering in a school in Gaza City's Zeitoun neighbourhood",
    "12 people sheltering in a school in Zeitoun",
    "12 displaced people living in tents in the city's Zeitoun area",
])
def test_a_share_of_the_toll_told_with_what_the_dead_were_doing_is_the_parts(
        gz: Gazetteer, part: str) -> None:
    """ "..., including 12 people sheltering in a school in Gaza City's Zeitoun
    neighbourhood": Zeitoun's own toll (it had been a place with no toll)."""
    found = _reports(gz, "Israeli strikes killed at least 38 Palestinians across the Gaza "
                         f"Strip on Saturday, including {part}, health officials said.")
    assert [(r.place_name, r.killed) for r in found] == [("Gaza Strip", 38), ("Zeitoun", 12)]


@pytest.mark.parametrize(("text", "place"), [
    ("In Khan Younis, a strike on a tent camp in the al-Mawasi area killed eight people, "
     "Nasser Hospital said.", "Al-Mawasi"),
    ("In Beirut, an Israeli strike hit a building in Haret Hreik, killing eight people, the "
     "health ministry said.", "Haret Hreik"),
])
def test_a_city_that_sets_the_scene_yields_to_its_part(
        gz: Gazetteer, text: str, place: str) -> None:
    """ "In Khan Younis, a strike ... in the al-Mawasi area killed eight": the part of the
    city, with the toll (it had been two places sharing it)."""
    r = _one(gz, text)
    assert (r.place_name, r.killed) == (place, 8)


@pytest.mark.parametrize(("text", "tolls"), [
    ("In Khan Younis, a strike killed four people, and in Rafah, another killed three, "
     "medics said.", [("Khan Younis", 4, None), ("Rafah", 3, None)]),
    ("In Kharkiv, a drone injured five people, while in Sumy, a guided bomb killed two, "
     "officials said.", [("Kharkiv", None, 5), ("Sumy", 2, None)]),
    ("In Kherson, a drone wounded 11 people, and in Nikopol, another killed one, the "
     "governors said.", [("Kherson", None, 11), ("Nikopol", 1, None)]),
])
def test_each_clause_that_tells_what_killed_whom_gives_its_place_its_toll(
        gz: Gazetteer, text: str, tolls: list[tuple[str, int | None, int | None]]) -> None:
    """ "In Khan Younis, a strike killed four, and in Rafah, another killed three": each
    city's own toll (both had shared the four)."""
    assert [(r.place_name, r.killed, r.injured) for r in _reports(gz, text)] == tolls


@pytest.mark.parametrize("second", [
    "The remaining two hit energy infrastructure in the Khmelnytskyi region, the governor "
    "said.",
    "The other two hit energy infrastructure in the Khmelnytskyi region.",
    "Two hit energy infrastructure in the Khmelnytskyi region, the governor said.",
])
def test_the_weapons_that_got_through_are_counted_and_keep_the_weapon(
        gz: Gazetteer, second: str) -> None:
    """ "... destroyed 15 of 17 drones. The remaining two hit energy infrastructure": two
    drones struck (they had been a strike of no known weapon, uncounted)."""
    found = _reports(gz, "Ukraine's air force said on Saturday it had destroyed 15 of 17 "
                         "drones launched overnight by Russia. " + second)
    assert [(r.event_type, r.weapon, r.place_name, r.count) for r in found] == [
        ("interception", "drone", "Ukraine", 15),
        ("strike", "drone", "Khmelnytskyi Oblast", 2)]


@pytest.mark.parametrize(("text", "air"), [
    ("A Russian Kh-101 cruise missile flew over Moldova's territory on Saturday morning "
     "before re-entering Ukraine, Moldova's foreign ministry said.", "Moldova airspace"),
    ("A Russian drone entered Latvian territory from Belarus on Saturday, the Latvian army "
     "said.", "Latvia airspace"),
    ("Russian military aircraft violated the territory of Estonia on Saturday, the Estonian "
     "defence forces said.", "Estonia airspace"),
])
def test_a_weapon_over_a_neighbours_territory_violates_its_airspace(
        gz: Gazetteer, text: str, air: str) -> None:
    """ "A cruise missile flew over Moldova's territory": a violation of its airspace (it
    had been no claim: only the word "airspace" was read)."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("airspace_violation", air)


def test_troops_that_entered_territory_violate_no_airspace(gz: Gazetteer) -> None:
    assert [r.event_type for r in _reports(
        gz, "Russian troops entered Ukrainian territory near Vovchansk on Saturday, the "
            "General Staff said.")] == []


@pytest.mark.parametrize(("text", "site"), [
    ("Ukraine's SBU struck the Tuapse oil refinery in Russia's Krasnodar region with drones "
     "overnight, a source said. Krasnodar officials said a fire broke out at the refinery "
     "after a drone attack.", "Tuapse refinery"),
    ("Ukrainian drones attacked the Novoshakhtinsk oil refinery in Russia's Rostov region "
     "overnight, a source said. Rostov Governor Vasily Golubev said a fire broke out at the "
     "plant after the attack.", "Novoshakhtinsk"),
])
def test_officials_named_after_their_region_tell_of_the_site_told(
        gz: Gazetteer, text: str, site: str) -> None:
    """ "Krasnodar officials said a fire broke out at the refinery": the refinery told
    before, in their region (it had been a second claim at the city of Krasnodar)."""
    assert [r.place_name for r in _reports(gz, text)] == [site, site]


@pytest.mark.parametrize(("text", "place"), [
    ("Belgorod Governor Vyacheslav Gladkov said shelling damaged ten homes.",
     "Belgorod Oblast"),
    ("The Belgorod governor said Ukrainian shelling damaged ten homes on Saturday.",
     "Belgorod Oblast"),
    ("Belgorod Governor Vyacheslav Gladkov said the Ukrainian army had fired on the centre "
     "of the regional capital of the same name.", "Belgorod"),
    ("Belgorod Governor Vyacheslav Gladkov said shelling hit the city.", "Belgorod"),
    ("Kharkiv Mayor Ihor Terekhov said drones hit the city overnight.", "Kharkiv"),
    ("Drones hit the Tuapse refinery overnight, a source said. Krasnodar officials said "
     "drones also struck an airfield near Yeysk.", "Yeysk"),
])
def test_a_governor_named_after_a_city_stands_in_with_the_region(
        gz: Gazetteer, text: str, place: str) -> None:
    """ "Belgorod Governor Gladkov said shelling damaged ten homes": the governor's region
    (it had been the city), unless the sentence speaks of the city."""
    assert _reports(gz, text)[-1].place_name == place


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("On 12 March 2024, RSF and SAF clashed in El Obeid (Sheikan, North Kordofan). 4 "
     "fatalities.", "El Obeid", 4),
    ("Sudanese army troops clashed with RSF fighters in Omdurman on Saturday, residents "
     "said.", "Omdurman", None),
])
def test_armed_sides_that_clashed_fought_with_no_toll_in_the_sentence(
        gz: Gazetteer, text: str, place: str, killed: int | None) -> None:
    """ACLED's "RSF and SAF clashed in El Obeid. 4 fatalities.": a clash, its toll in the
    note after it (it had been no claim: only a toll in the same sentence made one)."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed) == ("other_attack", place, killed)


@pytest.mark.parametrize("text", [
    "Protesters clashed with police in Paris on Saturday.",
    "Security forces clashed with protesters in Tbilisi on Saturday night.",
    "Rival fans clashed in Marseille before the match.",
    "Hezbollah and Israeli forces have clashed repeatedly since October.",
])
def test_protests_brawls_and_past_clashes_are_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("verb", ["destroyed a surface-to-air missile launcher",
                                  "struck a radar site"])
def test_a_strike_on_the_ground_after_a_downing_at_sea_is_a_claim_of_its_own(
        gz: Gazetteer, verb: str) -> None:
    """ "... shot down two Houthi drones over the Red Sea on Saturday and destroyed a
    missile launcher in Yemen": the downing, and a strike in Yemen on that day (the strike
    had been lost: a country named alone, with no date in its own part)."""
    found = _reports(gz, "The U.S. military said its forces shot down two Houthi drones over "
                         f"the Red Sea on Saturday and {verb} in Yemen.")
    assert [(r.event_type, r.place_name, r.event_date) for r in found] == [
        ("interception", "Red Sea", date(2024, 6, 15)), ("strike", "Yemen", date(2024, 6, 15))]


@pytest.mark.parametrize("text", [
    "The Polish army said on Saturday a Russian missile had entered its airspace during "
    "strikes on western Ukraine.",
    "Polish armed forces said a Russian drone briefly violated the country's airspace "
    "during an attack on Lviv on Saturday.",
    "Romania's defence ministry said a drone that attacked Izmail in Ukraine had entered "
    "national airspace on Saturday.",
])
def test_its_own_airspace_is_the_speakers_not_the_war_countrys(
        gz: Gazetteer, text: str) -> None:
    r = next(r for r in _reports(gz, text) if r.event_type == "airspace_violation")
    assert r.place_kind == "airspace"
    assert r.country == ("RO" if text.startswith("Romania") else "PL")


def test_an_airspace_named_outright_still_wins_over_the_speaker(gz: Gazetteer) -> None:
    r = _one(gz, "The Polish army said on Saturday a Russian drone had entered Belarusian "
                 "airspace before turning towards Ukraine.")
    assert r.country == "BY"


@pytest.mark.parametrize(("text", "city"), [
    ("A missile hit a residential district of Kharkiv on Saturday, injuring four people, "
     "the mayor said.", "Kharkiv"),
    ("Two people were killed when a guided bomb hit a district of Kharkiv on Saturday "
     "afternoon.", "Kharkiv"),
    ("Drones struck the industrial district of Zaporizhzhia on Saturday, officials said.",
     "Zaporizhzhia"),
    ("Debris from downed drones fell in several districts of Odesa overnight, the governor "
     "said.",
     "Odesa"),
])
def test_a_district_of_a_city_is_part_of_the_city(gz: Gazetteer, text: str, city: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.place_kind) == (city, "city")


def test_the_district_of_a_name_alone_is_still_the_area_around_it(gz: Gazetteer) -> None:
    r = _one(gz, "Russian forces shelled the district of Kharkiv on Saturday, the governor "
                 "said.")
    assert r.place_kind != "city"


@pytest.mark.parametrize("after", [
    "No ships were hit.", "The ship was not hit.", "No vessels were struck.",
    "Neither missile hit a ship.", "Nothing was hit, it added.",
    "No buildings were damaged.",
])
def test_what_was_not_hit_is_no_claim_of_its_own(gz: Gazetteer, after: str) -> None:
    found = _reports(gz, "Houthi militants fired two anti-ship missiles into the Red Sea on "
                         f"Friday, U.S. Central Command said. {after}")
    assert [(r.event_type, r.place_name, r.count) for r in found] == [
        ("strike", "Red Sea", 2)]


def test_an_attack_that_spared_some_buildings_is_still_a_claim(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian drone hit a house in Kherson on Saturday, injuring a woman, "
                 "but no other buildings were damaged, the governor said.")
    assert (r.event_type, r.place_name, r.injured) == ("strike", "Kherson", 1)


@pytest.mark.parametrize("text", [
    "Russian drones violated Latvian airspace on Saturday. One drone crashed in the "
    "Rezekne municipality, the armed forces said.",
    "Russian drones violated Latvian airspace on Saturday.\n\nOne drone crashed in the "
    "Rezekne municipality, the armed forces said.",
])
def test_a_lead_with_no_source_is_told_by_the_next_claims_speaker(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.place_kind, r.claimed_by) for r in found] == [
        ("airspace", "the armed forces"), ("town", "the armed forces")]
    assert found[0].extras["claimed_by_from"] == "next sentence"


def test_a_lead_keeps_no_source_when_the_next_claim_is_elsewhere(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian missiles struck Kyiv on Saturday. A drone hit a warehouse "
                         "in Lviv, the regional governor said.")
    assert [(r.place_name, r.claimed_by) for r in found] == [
        ("Kyiv", None), ("Lviv", "the regional governor")]


@pytest.mark.parametrize("text", [
    "U.S. forces shot down two Houthi drones over the Red Sea on Friday. They also "
    "destroyed a missile launcher in Yemen, CENTCOM said.",
    "U.S. forces shot down two Houthi drones over the Red Sea on Friday, CENTCOM said. "
    "They also destroyed a missile launcher in Yemen.",
])
def test_they_also_goes_on_with_the_same_account_and_day(gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.place_name, r.claimed_by, r.event_date) for r in found] == [
        ("interception", "Red Sea", "CENTCOM", date(2024, 6, 14)),
        ("strike", "Yemen", "CENTCOM", date(2024, 6, 14))]


@pytest.mark.parametrize(("text", "city"), [
    ("KHARKIV, Ukraine (AP) — Russian forces pounded Ukraine's second-largest city with "
     "glide bombs on Saturday, killing at least three people, officials said.", "Kharkiv"),
    ("Russian missiles struck Ukraine's second city on Saturday, killing two people.",
     "Kharkiv"),
    ("Ukrainian drones attacked Russia's second-largest city overnight, the governor said.",
     "Saint Petersburg"),
    ("A drone hit an oil depot near Israel's third-largest city on Saturday, police said.",
     "Haifa"),
    ("Shelling hit the Sudanese second-largest city on Saturday, killing four people.",
     "Omdurman"),
])
def test_a_countrys_nth_largest_city_is_that_city(gz: Gazetteer, text: str, city: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.place_kind) == (city, "city")


def test_a_largest_city_named_outright_keeps_its_name(gz: Gazetteer) -> None:
    r = _one(gz, "Russian drones struck Odesa, Ukraine's third-largest city, on Saturday, "
                 "the governor said.")
    assert r.place_name == "Odesa"


@pytest.mark.parametrize(("tail", "who"), [
    ("according to the latest toll from Ukrainian officials.", "Ukrainian officials"),
    ("according to figures from the Gaza health ministry.", "the Gaza health ministry"),
    ("according to a tally by the Sudan Doctors Network.", "the Sudan Doctors Network"),
    ("according to the official death toll of the emergency service.",
     "the emergency service"),
])
def test_a_toll_from_a_source_is_that_sources(gz: Gazetteer, tail: str, who: str) -> None:
    r = _one(gz, f"A missile attack on Odesa on Friday killed 21 people and wounded 75, {tail}")
    assert (r.killed, r.injured, r.claimed_by) == (21, 75, who)


@pytest.mark.parametrize("reason", [
    "in response to Israeli strikes on south Lebanon",
    "in retaliation for Israeli attacks on Lebanon",
])
def test_a_reason_told_of_a_whole_country_is_no_claim(gz: Gazetteer, reason: str) -> None:
    r = _one(gz, "Hezbollah said it launched a swarm of attack drones at an Israeli army base "
                 f"in Beit Hillel on Saturday, {reason}.")
    assert (r.event_type, r.weapon, r.country) == ("strike", "drone", "IL")


def test_a_reason_with_a_place_of_its_own_is_still_a_claim(gz: Gazetteer) -> None:
    found = _reports(gz, "Hezbollah said it fired rockets at Kiryat Shmona on Saturday, in "
                         "response to an Israeli strike on Nabatieh that killed three people.")
    assert {r.place_name for r in found} >= {"Kiryat Shmona", "Nabatieh"}


@pytest.mark.parametrize(("text", "n"), [
    ("Russia's Black Sea Fleet repelled an attack by Ukrainian naval drones on Saturday, "
     "destroying six of them in the western Black Sea, the defence ministry said.", 6),
    ("Air defences repelled a drone attack on the Kursk region overnight, downing nine, "
     "the governor said.", 9),
    ("Ukrainian forces repelled a missile attack on Odesa on Saturday, intercepting three "
     "of them over the sea, the navy said.", 3),
])
def test_a_downing_told_by_a_participle_keeps_its_count(gz: Gazetteer, text: str, n: int
                                                         ) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.count) == ("interception", n)


@pytest.mark.parametrize("text", [
    "UKMTO has received a report of an incident 57NM southeast of Aden. The master reported "
    "an explosion in close proximity to the vessel.",
    "The master of a merchant vessel reported that the ship was struck by an unknown "
    "projectile 70 nautical miles west of Hodeidah, UKMTO said on Saturday.",
    "The vessel's captain reported that a missile hit the ship west of Hodeidah, UKMTO said.",
])
def test_a_crews_report_is_told_by_the_agency_that_relays_it(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert r.claimed_by == "UKMTO" and r.country == "YE"


@pytest.mark.parametrize(("text", "town", "killed"), [
    ("At least 12 Palestinians were killed when Israeli aircraft hit two homes in Jabalia, "
     "in northern Gaza, on Saturday, the Civil Defence agency said.", "Jabalia", 12),
    ("At least 12 Palestinians were killed when Israeli aircraft hit two homes in Jabalia, "
     "northern Gaza, on Saturday.", "Jabalia", 12),
    ("A strike hit a house in Bureij, in central Gaza, on Saturday, killing four, medics "
     "said.", "Bureij", 4),
])
def test_a_town_in_a_part_of_gaza_set_off_by_commas_is_the_town(
        gz: Gazetteer, text: str, town: str, killed: int) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed) == (town, killed)


@pytest.mark.parametrize("after", [
    "Fragments of a downed drone fell on the roof.",
    "Debris from a drone fell in a courtyard, damaging cars.",
])
def test_debris_after_an_attack_where_the_war_is_is_no_airspace_violation(
        gz: Gazetteer, after: str) -> None:
    found = _reports(gz, "A drone attack on the city of Kursk early on Saturday damaged a "
                         f"residential building, Governor Alexei Smirnov said. {after}")
    assert found and all(r.event_type != "airspace_violation" for r in found)
    assert {r.place_name for r in found} == {"Kursk"}


def test_debris_told_by_a_neighbours_officials_is_still_a_violation(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones attacked the Odesa region overnight. A drone crashed "
                         "in a field, Moldovan officials said.")
    assert any(r.event_type == "airspace_violation" and r.country == "MD" for r in found)


@pytest.mark.parametrize(("text", "first", "last"), [
    ("Two civilians were killed in the Russian shelling of Kurakhove on Thursday and Friday, "
     "the prosecutor's office said.", date(2024, 6, 13), date(2024, 6, 14)),
    ("Russian drones attacked Odesa from Tuesday to Thursday, damaging port infrastructure, "
     "the navy said.", date(2024, 6, 11), date(2024, 6, 13)),
    ("Between June 10 and June 12, Russian forces shelled Nikopol 30 times, the governor "
     "said.", date(2024, 6, 10), date(2024, 6, 12)),
    # the month written once, after the second day or after the first
    ("Between 9 and 10 June, Israeli strikes on Rafah killed at least 31 Palestinians, the "
     "Gaza health ministry said.", date(2024, 6, 9), date(2024, 6, 10)),
    ("On 9-10 June, Russian shelling of Kherson killed four people, officials said.",
     date(2024, 6, 9), date(2024, 6, 10)),
    ("On June 9-10, Russian shelling of Kherson killed four people, officials said.",
     date(2024, 6, 9), date(2024, 6, 10)),
    ("Drones hit Odesa from 2 to 4 April 2023, the navy said.", date(2023, 4, 2),
     date(2023, 4, 4)),
])
def test_a_claim_over_several_days_keeps_its_last_day(
        gz: Gazetteer, text: str, first: date, last: date) -> None:
    r = _one(gz, text)
    assert r.event_date == first and r.extras["date_until"] == last.isoformat()


@pytest.mark.parametrize("text", [
    "Israeli strikes on Rafah on Friday killed six people, medics said on Saturday.",
    "Russian drones attacked Odesa on Friday and damaged the port on Saturday, the navy said.",
    # a day, then a figure
    "On June 9 and 10 people were killed in Kherson by Russian shelling, officials said.",
])
def test_a_day_and_the_day_it_was_told_are_no_span(gz: Gazetteer, text: str) -> None:
    assert all("date_until" not in r.extras for r in _reports(gz, text))


@pytest.mark.parametrize("after", [
    "It said about 20 rockets were fired from Lebanon on Saturday, some of which were "
    "intercepted.",
    "About 20 rockets were launched from Lebanon, most of which were intercepted, it said.",
])
def test_a_downing_of_what_came_from_the_last_places_land_is_not_over_it(
        gz: Gazetteer, after: str) -> None:
    found = _reports(gz, "The Israeli military said its jets struck Hezbollah militants in "
                         f"the area of Hebbariyeh on Saturday. {after}")
    downed = [r for r in found if r.event_type == "interception"]
    assert [(r.place_kind, r.country) for r in downed] == [("country", "IL")]


def test_a_downing_after_a_claim_in_the_same_land_still_takes_its_place(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones attacked Odesa overnight, the governor said. Air "
                         "defences shot down 12 of them.")
    assert [(r.event_type, r.place_name) for r in found] == [
        ("strike", "Odesa"), ("interception", "Odesa")]


@pytest.mark.parametrize("after", [
    "\"Over the past night, the attempts of the Kyiv regime to carry out terrorist attacks "
    "using fixed-wing drones against facilities on Russian territory were thwarted,\" the "
    "ministry said.",
    "Air defences thwarted the attack over Russia, it added.",
])
def test_a_downing_said_again_of_the_whole_country_is_the_same_claim(
        gz: Gazetteer, after: str) -> None:
    # (Crimea is Ukraine's in the index: one of the regions is in the country said again)
    found = _reports(gz, "Russian air defence systems downed eight Ukrainian drones over the "
                         "Belgorod Region and the Republic of Crimea overnight, the Defence "
                         f"Ministry said. {after}")
    assert [r.place_kind for r in found] == ["admin1", "admin1"]


def test_a_countrys_own_count_after_a_regions_downing_is_still_a_claim(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences downed three drones over the Kursk region, the "
                         "governor said. In all, 40 drones were shot down over Russia, the "
                         "Defence Ministry said.")
    assert [(r.place_kind, r.count) for r in found] == [("admin1", 3), ("country", 40)]


@pytest.mark.parametrize(("text", "place", "n"), [
    ("A drone entered Polish airspace from Belarus early on Saturday and was shot down near "
     "Lublin, Polish authorities said.", "Lublin", None),
    ("Two drones violated Romanian airspace on Saturday and were later downed over Tulcea "
     "county, the ministry said.", "Tulcea", 2),
])
def test_intruders_downed_where_the_sentence_says_are_downed_there(
        gz: Gazetteer, text: str, place: str, n: int | None) -> None:
    found = _reports(gz, text)
    assert [r.event_type for r in found] == ["airspace_violation", "interception"]
    assert found[0].place_kind == "airspace"
    assert (found[1].place_name.startswith(place), found[1].count) == (True, n)


def test_intruders_downed_with_no_place_of_their_own_are_downed_in_the_airspace(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones entered Polish airspace and were shot down overnight, "
                         "the army said.")
    assert [(r.event_type, r.place_kind) for r in found] == [
        ("airspace_violation", "airspace"), ("interception", "airspace")]


def test_an_officer_named_captain_speaks_for_himself_not_for_ukmto(gz: Gazetteer) -> None:
    found = _reports(gz, "UKMTO said it had received a report of an incident west of Hodeidah. "
                         "Captain Tim Hawkins, a Fifth Fleet spokesman, said a missile hit the "
                         "tanker west of Hodeidah.")
    assert [r.claimed_by for r in found] == ["Captain Tim Hawkins, a Fifth Fleet spokesman"]


@pytest.mark.parametrize("text, country", [
    ("Ukrainian drones hit the Ryazan oil refinery early on Saturday, the governor said. "
     "Russia's defence ministry said it destroyed 121 drones over 14 regions overnight.", "RU"),
    ("A drone hit an apartment block in Voronezh, the governor said. The defence ministry "
     "said air defences intercepted 45 drones across several regions.", "RU"),
    ("Russian missiles struck Kharkiv overnight, the mayor said. Ukraine's air force said it "
     "shot down 30 drones over eleven regions of the country.", "UA"),
    ("Russian drones attacked the Odesa region overnight, damaging port infrastructure. Air "
     "defences destroyed 20 drones in three other oblasts, the air force said.", "UA"),
])
def test_a_downing_over_many_regions_is_not_over_the_place_before(
        gz: Gazetteer, text: str, country: str) -> None:
    """A tally over regions it does not name is over the country, not the town just hit."""
    downed = [r for r in _reports(gz, text) if r.event_type == "interception"]
    assert [(r.place_kind, r.country) for r in downed] == [("country", country)]
    assert downed[0].count in {121, 45, 30, 20}


def test_a_downing_over_the_region_stays_the_region_of_the_place_before(gz: Gazetteer) -> None:
    downed = [r for r in _reports(gz, "Russian missiles struck Kharkiv overnight, the mayor "
                                  "said. Air defences shot down 30 drones over the region, "
                                  "the air force said.") if r.event_type == "interception"]
    assert [(r.place_name, r.count) for r in downed] == [("Kharkiv Oblast", 30)]


@pytest.mark.parametrize("text, country, count", [
    ("At least 19 drones entered Poland overnight, the Polish army said.", "PL", 19),
    ("A Russian drone crossed into Romania during an attack on Ukrainian Danube ports on "
     "Saturday, Romania's defence ministry said.", "RO", None),
    ("Two drones strayed into Moldova overnight, Moldovan officials said.", "MD", 2),
    ("Several Shahed drones flew into Latvia from Belarus, the armed forces said.", "LV", None),
])
def test_weapons_that_entered_a_neighbour_violated_its_airspace(
        gz: Gazetteer, text: str, country: str, count: int | None) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.country, r.count) == (
        "airspace_violation", "airspace", country, count)


@pytest.mark.parametrize("text", [
    "Russian drones entered Ukraine from Belarus overnight, the air force said.",
    "Dozens of Russian troops entered Moldova, officials said.",
    "The new drones entered service with the Polish army in March.",
])
def test_troops_a_war_country_or_service_entered_are_no_violation(
        gz: Gazetteer, text: str) -> None:
    assert not [r for r in _reports(gz, text) if r.event_type == "airspace_violation"]


@pytest.mark.parametrize("text, country, count", [
    ("Three Russian MiG-31 fighter jets entered Estonian airspace on Friday, Estonia's "
     "foreign ministry said.", "EE", 3),
    ("Two Russian military aircraft violated Finnish airspace near Porvoo on Friday, the "
     "Finnish defence ministry said.", "FI", 2),
    ("Two Belarusian helicopters crossed into Polish airspace at a very low altitude on "
     "Tuesday, the Polish defence ministry said.", "PL", 2),
    ("A Russian helicopter entered Latvian airspace on Friday, the armed forces said.",
     "LV", None),
])
def test_aircraft_that_violated_airspace_are_counted(
        gz: Gazetteer, text: str, country: str, count: int | None) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.country, r.count) == (
        "airspace_violation", "aircraft", country, count)


def test_aircraft_are_not_the_count_of_a_strike(gz: Gazetteer) -> None:
    r = _one(gz, "Two Russian warplanes dropped 12 glide bombs on Kupiansk on Friday, the "
                 "governor said.")
    assert (r.event_type, r.count) == ("strike", 12)


def test_a_helicopter_shot_down_after_violating_airspace_is_a_downing(gz: Gazetteer) -> None:
    found = _reports(gz, "Turkish F-16 jets shot down a Syrian helicopter that violated "
                         "Turkish airspace, the army said.")
    assert sorted((r.event_type, r.weapon, r.country) for r in found) == [
        ("airspace_violation", "aircraft", "TR"), ("interception", "aircraft", "TR")]


@pytest.mark.parametrize("text, who", [
    ("A Turkish drone strike on a car near Qamishli killed three members of the Kurdish-led "
     "SDF, the group said.", "the Kurdish-led SDF"),
    ("An Israeli strike on a house in Nabatieh killed two Hezbollah fighters, the group said.",
     "Hezbollah"),
    ("Two Hezbollah fighters were killed in an Israeli strike on Khiam, the group said.",
     "Hezbollah"),
    ("An Israeli airstrike in Gaza City killed a senior commander of Islamic Jihad, the "
     "movement said on Saturday.", "Islamic Jihad"),
    ("Hezbollah said it fired rockets at Kiryat Shmona. An Israeli strike later killed two of "
     "its fighters in Khiam, the group said.", "Hezbollah"),
    ("A Russian strike on Kharkiv killed two volunteers, the group said.", "the group"),
    ("Two Syrian fighters were killed in a Turkish drone strike near Afrin, the group said.",
     "the group"),
    ("Hezbollah fired rockets at Israeli positions in the Shebaa Farms, the group said.",
     "Hezbollah"),
    ("The Israeli military said it struck Khan Younis. A strike on a tent in Rafah killed "
     "five people, the group said.", "the group"),
])
def test_the_group_that_speaks_is_the_one_named(gz: Gazetteer, text: str, who: str) -> None:
    """ "the group said" is the armed group the sentence or the speaker before names."""
    assert _reports(gz, text)[-1].claimed_by == who


@pytest.mark.parametrize("text, place", [
    ("Azerbaijan's defence ministry said Armenian forces fired on its positions in the "
     "Kalbajar district on Saturday.", "AZ"),
    ("Indian troops fired at Pakistani posts along the Line of Control in Kotli overnight, "
     "the Pakistani military said.", "PK"),
])
def test_troops_firing_on_positions_is_a_fight_not_a_strike(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.country) == ("other_attack", "unknown", place)


@pytest.mark.parametrize("text, kind", [
    ("Russian forces fired on Ukrainian positions near Bakhmut with artillery and mortars, "
     "the General Staff said.", "shelling"),
    ("Hezbollah fired rockets at Israeli positions near Metula, the group said.", "strike"),
    ("Russian forces fired on Nikopol overnight, the governor said.", "strike"),
])
def test_fire_with_a_weapon_or_on_a_town_keeps_its_kind(
        gz: Gazetteer, text: str, kind: str) -> None:
    assert _one(gz, text).event_type == kind


@pytest.mark.parametrize("text, count", [
    ("Russia launched 479 drones at Ukraine overnight, the Ukrainian air force said. Air "
     "defences shot down or jammed 460 of them.", 460),
    ("Russia attacked Ukraine with 88 drones overnight; air defences downed and suppressed 71, "
     "the air force said.", 71),
])
def test_drones_shot_down_or_jammed_are_counted_together(
        gz: Gazetteer, text: str, count: int) -> None:
    downed = [r for r in _reports(gz, text) if r.event_type == "interception"]
    assert [(r.country, r.count) for r in downed] == [("UA", count)]


def test_a_share_of_them_is_of_every_weapon_launched(gz: Gazetteer) -> None:
    """ "479 drones and 20 missiles ... 460 of them": of the 499 together, not the drones."""
    downed = [r for r in _reports(gz, "Russia launched 479 drones and 20 missiles at Ukraine "
                                  "overnight, the Ukrainian air force said. Air defences shot "
                                  "down 460 of them.") if r.event_type == "interception"]
    assert [(r.count, r.extras.get("launched_count"), r.extras.get("weapons"))
            for r in downed] == [(460, 499, ["drone", "missile"])]


def test_a_share_of_one_weapon_is_of_that_weapon(gz: Gazetteer) -> None:
    downed = [r for r in _reports(gz, "Russia launched 479 drones and 20 missiles at Ukraine "
                                  "overnight, the Ukrainian air force said. Air defences shot "
                                  "down 460 of the drones.") if r.event_type == "interception"]
    assert [(r.weapon, r.count, r.extras.get("launched_count")) for r in downed] == [
        ("drone", 460, 479)]


@pytest.mark.parametrize("text, country, launched", [
    ("Iran fired about 100 ballistic missiles at Israel on Saturday night. One missile hit a "
     "building in Bat Yam, killing six people, paramedics said. The Israeli military said most "
     "of them were intercepted.", "IL", 100),
    ("Iran launched a new wave of ballistic missiles at Israel early on Saturday. One missile "
     "hit a residential building in Bat Yam, killing six people, Magen David Adom said. The "
     "Israeli military said most of the missiles were intercepted.", "IL", None),
    ("Hezbollah fired 30 rockets at northern Israel. One rocket hit a house in Metula. Most of "
     "the rockets were intercepted, the military said.", "IL", 30),
])
def test_a_share_downed_after_a_barrage_is_of_the_barrage(
        gz: Gazetteer, text: str, country: str, launched: int | None) -> None:
    """Most of a wave fired at a country was downed over the country, not over the one
    town a missile of it hit."""
    downed = [r for r in _reports(gz, text) if r.event_type == "interception"]
    assert [(r.place_kind, r.country, r.count_qualifier, r.extras.get("launched_count"))
            for r in downed] == [("country", country, "most", launched)]


def test_a_share_downed_after_a_town_alone_stays_at_the_town(gz: Gazetteer) -> None:
    downed = [r for r in _reports(gz, "A missile hit an energy facility in Lviv, the governor "
                                  "said. Air defences shot down most of the missiles, the air "
                                  "force said.") if r.event_type == "interception"]
    assert [(r.place_name, r.count_qualifier) for r in downed] == [("Lviv", "most")]


def test_a_towns_speaker_does_not_tell_the_attack_on_the_whole_country(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Russia attacked Ukraine with 60 missiles overnight. A missile hit an "
                         "energy facility in Lviv, the governor said.")
    assert [(r.place_kind, r.claimed_by) for r in found] == [
        ("country", None), ("city", "the governor")]


@pytest.mark.parametrize("text", [
    "A missile landed in the water near a merchant vessel 25 nautical miles southwest of "
    "Aden, UKMTO said.",
    "UKMTO said it received a report of an incident 25 nautical miles southwest of Aden. The "
    "vessel's master reported a projectile landing in the water near the ship.",
    "UKMTO said it received a report of an incident 40 nautical miles west of Hodeidah. The "
    "master reported a missile splashing into the sea close to the vessel.",
])
def test_a_weapon_that_fell_in_the_water_near_a_ship_is_an_attack_that_missed(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.country, r.claimed_by) == ("strike", "YE", "UKMTO")


def test_debris_in_the_sea_with_no_ship_stays_a_violation(gz: Gazetteer) -> None:
    r = _one(gz, "Debris of a drone fell into the sea off the coast of Constanta, Romania's "
                 "defence ministry said.")
    assert (r.event_type, r.country) == ("airspace_violation", "RO")


def test_a_ships_class_named_after_a_place_is_no_place(gz: Gazetteer) -> None:
    r = _one(gz, "Ukrainian sea drones struck a Russian Karakurt-class corvette in the Sea of "
                 "Azov, Ukraine's military intelligence agency said on Saturday.")
    assert (r.weapon, r.place_name) == ("naval_drone", "Sea of Azov")


@pytest.mark.parametrize("text, place, killed", [
    ("JERUSALEM (Reuters) - Israeli forces killed at least 27 Palestinians across the Gaza "
     "Strip on Saturday, local health authorities said.", "Gaza Strip", 27),
    ("Russian forces killed two civilians in the Kherson region over the past day, Governor "
     "Oleksandr Prokudin said.", "Kherson Oblast", 2),
    ("Pakistani security forces killed 13 militants in an operation in North Waziristan, the "
     "military said on Saturday.", "North Waziristan", 13),
])
def test_armed_men_who_killed_by_means_unnamed_made_an_attack(
        gz: Gazetteer, text: str, place: str, killed: int) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name, r.killed) == (
        "other_attack", "unknown", place, killed)


@pytest.mark.parametrize("text", [
    "Israeli forces have killed more than 40,000 Palestinians in Gaza since the war began, "
    "according to the health ministry.",
    "The police said gunmen killed a shopkeeper in Karachi.",
])
def test_a_wars_toll_or_a_crime_is_no_attack(gz: Gazetteer, text: str) -> None:
    assert not [r for r in _reports(gz, text) if r.event_type == "other_attack" and r.killed]


def test_a_toll_near_a_site_in_a_town_is_the_towns(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli forces killed at least 27 Palestinians across the Gaza Strip "
                         "on Saturday, local health authorities said, including 10 people near "
                         "an aid distribution site in Rafah.")
    assert {r.place_name: r.killed for r in found} == {"Gaza Strip": 27, "Rafah": 10}


@pytest.mark.parametrize("text, country", [
    ("Russia's Defence Ministry said its forces had carried out a massive strike with "
     "long-range precision weapons on Ukrainian military airfields overnight.", "UA"),
    ("The Israeli military said it carried out strikes overnight against Iranian military "
     "sites.", "IR"),
])
def test_a_strike_on_a_countrys_military_sites_is_in_that_country(
        gz: Gazetteer, text: str, country: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.country, r.date_precision) == (
        "strike", "country", country, "night")


def test_the_day_prior_is_the_day_before_publication(gz: Gazetteer) -> None:
    r = _one(gz, "Russian missiles struck Kharkiv the day prior, killing five people, the "
                 "governor said.")
    assert (r.event_date.isoformat(), r.date_precision) == ("2024-06-14", "day")


def test_a_port_across_the_river_from_the_find_is_no_place_of_it(gz: Gazetteer) -> None:
    r = _one(gz, "Romania's defence ministry said on Saturday that fragments of a drone were "
                 "found on its territory near the village of Plauru, across the Danube from "
                 "Ukraine's Izmail port.")
    assert (r.event_type, r.place_name, r.country) == ("airspace_violation", "Plauru", "RO")


def test_a_drone_that_flew_kilometres_into_a_territory_violated_it(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian drone flew about 10 km into Latvian territory before crashing "
                 "near Rezekne, the Latvian armed forces said on Saturday.")
    assert (r.event_type, r.country, r.claimed_by) == (
        "airspace_violation", "LV", "the Latvian armed forces")


@pytest.mark.parametrize(("text", "place"), [
    ("A drone struck near Erbil in Iraq's Kurdistan region on Friday, officials said.",
     "Erbil"),
    ("Indian and Pakistani troops exchanged fire along the Line of Control in Kashmir's "
     "Poonch sector on Monday, the Indian army said.", "Poonch"),
    ("Shelling hit Kramatorsk in Ukraine's Donetsk region on Friday.", "Kramatorsk"),
])
def test_an_area_written_as_the_owner_of_a_place_is_no_claim_of_its_own(
        gz: Gazetteer, text: str, place: str) -> None:
    # (the index cannot draw either area: a point-only region, a disputed one)
    assert _one(gz, text).place_name == place


@pytest.mark.parametrize("text", [
    "Romanian authorities found fragments of a drone in Tulcea county after a Russian "
    "attack on Ukrainian ports across the Danube, the defence ministry said.",
    "Drone debris was found in Tulcea county after Russian strikes on Ukrainian port "
    "infrastructure, the ministry said.",
])
def test_an_attack_on_another_countrys_targets_is_not_placed_at_the_clause_before(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.place_name) for r in found if r.place_name == "Tulcea"] == [
        ("airspace_violation", "Tulcea")]
    assert all(r.country == "UA" for r in found if r.event_type == "strike")


@pytest.mark.parametrize(("text", "place", "injured", "killed"), [
    ("Azerbaijan's defence ministry accused Armenian forces of firing on its positions in "
     "the Kalbajar district on Tuesday evening.", "Kəlbəcər", None, None),
    ("Pakistani and Afghan forces exchanged heavy fire at the Torkham border crossing "
     "overnight, Pakistani officials said, adding that three soldiers were wounded.",
     "Torkham", 3, None),
    ("The army said militants were firing at its posts near Torkham on Thursday, killing "
     "a soldier.", "Torkham", None, 1),
])
def test_troops_firing_at_positions_and_border_clashes_are_fights_on_the_ground(
        gz: Gazetteer, text: str, place: str, injured: int | None, killed: int | None
) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.injured, r.killed) == (
        "other_attack", place, injured, killed)


def test_a_region_owned_by_its_province_is_one_claim(gz: Gazetteer) -> None:
    r = _one(gz, "Pakistan said Indian shelling killed five civilians in Azad Kashmir's "
                 "Neelum Valley on Thursday.")
    assert (r.event_type, r.place_name, r.killed) == ("shelling", "Neelum Valley", 5)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Israel's military said it struck a Hezbollah weapons depot in the southern Lebanese "
     "town of Nabatieh on Saturday, hours after rockets fired from Lebanon wounded two "
     "people in the northern Israeli town of Kiryat Shmona. Lebanese state media said "
     "three people were killed in the strike.", "Lebanese state media"),
    ("Russian missiles hit Kharkiv on Friday, hours after Ukrainian drones struck a "
     "refinery in the Russian town of Tuapse. Ukrainian rescuers said three people were "
     "killed in the attack.", "Ukrainian rescuers"),
])
def test_a_toll_told_by_a_countrys_own_medics_or_media_is_in_that_country(
        gz: Gazetteer, text: str, speaker: str) -> None:
    found = _reports(gz, text)
    toll = [r for r in found if r.killed is not None]
    assert [(r.country, r.killed, r.claimed_by) for r in toll] == [
        (found[0].country, 3, speaker)]
    assert (toll[0].place_name, toll[0].weapon) == (found[0].place_name, found[0].weapon)
    assert toll[0].extras.get("weapons") is None  # (not the other attack's weapon too)


def test_the_attackers_army_telling_its_own_strike_keeps_the_place_before(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Rockets hit Kiryat Shmona on Friday, hours after Israeli jets "
                         "struck Nabatieh. The Israeli military said the strike killed "
                         "three Hezbollah fighters.")
    assert [r.place_name for r in found if r.killed == 3] == ["Nabatieh"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Yemen's Houthis claimed responsibility on Saturday for a drone attack on the Israeli "
     "city of Eilat, which the Israeli military said was intercepted by its air defences.",
     "the Israeli military"),
    ("The Houthis said they fired a ballistic missile at Tel Aviv, which the Israeli "
     "military said was intercepted before it entered Israeli territory.",
     "the Israeli military"),
    ("Hezbollah said it launched drones at a base near Safed, which the army said were "
     "shot down.", "the army"),
])
def test_a_downing_told_in_a_relative_clause_is_its_speakers(
        gz: Gazetteer, text: str, speaker: str) -> None:
    downed = [r for r in _reports(gz, text) if r.event_type == "interception"]
    assert [r.claimed_by for r in downed] == [speaker]


@pytest.mark.parametrize(("text", "downed", "launched"), [
    ("In the Dnipropetrovsk region, a man was killed in Nikopol by artillery fire, regional "
     "head Serhii Lysak said. Ukraine's air force said Russia launched 56 Shahed drones "
     "overnight. Of those, 30 were shot down and another 20 were lost to jamming.", 30, 56),
    ("A drone hit a house in Odesa, the governor said. Russia launched a total of 112 "
     "drones, the air force said, adding that 90 were downed.", 90, 112),
    ("Ukraine's air force said Russia launched 56 Shahed drones overnight. Of them, 30 were "
     "shot down.", 30, 56),
])
def test_a_countrys_nightly_launch_is_not_an_attack_on_the_town_named_before(
        gz: Gazetteer, text: str, downed: int, launched: int) -> None:
    found = _reports(gz, text)
    assert not [r for r in found if r.count == launched]  # (no attack of 56 on Nikopol)
    down = [r for r in found if r.event_type == "interception"]
    assert [(r.place_kind, r.country, r.weapon, r.count, r.extras.get("launched_count"))
            for r in down] == [("country", "UA", "drone", downed, launched)]


def test_a_launch_at_the_city_named_before_is_downed_over_it(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones attacked Odesa overnight, the governor said. Russia "
                         "launched 20 drones at the city, of which 15 were shot down.")
    assert [(r.event_type, r.place_name, r.count) for r in found] == [
        ("strike", "Odesa", None), ("interception", "Odesa", 15)]


@pytest.mark.parametrize("text", [
    "The Ukrainian Armed Forces attempted to attack facilities in the Russian Federation with "
    "27 fixed-wing unmanned aerial vehicles, but they were intercepted and destroyed by "
    "on-duty air defence systems over the Bryansk Region (10), the Kursk Region (9) and the "
    "Belgorod Region (8), the ministry said.",
    "Kyiv tried to strike Russia with 27 drones, but they were shot down and destroyed over "
    "the Bryansk Region (10), the Kursk Region (9) and the Belgorod Region (8).",
])
def test_intercepted_and_destroyed_is_one_downing_with_its_counts_per_region(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.admin1, r.count) for r in found] == [
        ("interception", "Bryansk Oblast", 10), ("interception", "Kursk Oblast", 9),
        ("interception", "Belgorod Oblast", 8)]


def test_a_close_name_in_a_country_the_text_never_names_is_no_place(gz: Gazetteer) -> None:
    r = _one(gz, "Al-Shabaab fighters stormed a military base in the town of El Baraf, "
                 "120 km north of Mogadishu, on Friday, killing at least eight soldiers, a "
                 "military officer said.")
    assert (r.event_type, r.country, r.killed) == ("other_attack", "SO", 8)


@pytest.mark.parametrize("text", [
    "A missile fired from Yemen fell in an open area near Eilat on Thursday, the Israeli "
    "military said, adding that air defences did not attempt an interception.",
    "A rocket fired from Lebanon landed in an open field near Metula on Thursday, the army "
    "said, and no attempt was made to intercept it.",
    "A drone from Iraq crashed into a building in Eilat on Thursday without an "
    "interception, the army said.",
    "A missile from Yemen fell near Eilat on Thursday; no interception was attempted, the "
    "military said.",
])
def test_an_interception_not_tried_is_no_interception(gz: Gazetteer, text: str) -> None:
    # the weapon came down unopposed: a strike where it fell, not a downing there
    found = _reports(gz, text)
    assert [r.event_type for r in found] == ["strike"], [(r.event_type, r.place_name)
                                                          for r in found]
    assert found[0].place_name in {"Eilat", "Metula"}


def test_no_attempt_to_intercept_told_after_adds_no_downing(gz: Gazetteer) -> None:
    found = _reports(gz, "A rocket launched from Lebanon landed in an open field near "
                         "Metula on Thursday, the army said. No attempt was made to "
                         "intercept it.")
    assert [(r.event_type, r.place_name) for r in found] == [("strike", "Metula")]


@pytest.mark.parametrize("text, event", [
    ("Turkish warplanes struck Kurdish militant targets in northern Iraq on Thursday, "
     "destroying 22 targets, Turkey's defence ministry said.", "strike"),
    ("Israeli jets hit Hezbollah positions in southern Lebanon on Thursday and destroyed "
     "14 targets, the army said.", "strike"),
    # aerial targets, or targets over a place, are what air defences downed
    ("The Russian military said it had destroyed 12 aerial targets over the Belgorod "
     "region on Thursday.", "interception"),
    ("Ukraine's air force said it destroyed 22 of 25 targets over the Kyiv region on "
     "Thursday.", "interception"),
    ("Mobile fire groups destroyed 15 targets over the Odesa region on Thursday, the "
     "southern command said.", "interception"),
])
def test_targets_destroyed_by_a_strike_are_no_downing(gz: Gazetteer, text: str,
                                                      event: str) -> None:
    assert _one(gz, text).event_type == event


@pytest.mark.parametrize("text", [
    "A Nigerian Air Force strike killed at least 85 civilians in Kaduna state on Sunday, "
    "officials said.",
    "An air force raid hit a market in Sagaing region on Thursday, killing 12, residents "
    "said.",
    "Sudanese air force bombing killed nine people in Nyala on Thursday, activists said.",
])
def test_an_air_force_strike_is_by_aircraft(gz: Gazetteer, text: str) -> None:
    report = _one(gz, text)
    assert (report.event_type, report.weapon) == ("strike", "aircraft")


@pytest.mark.parametrize("text, who", [
    ("A drone strike killed five in Bahir Dar on Wednesday, the Associated Press reported, "
     "citing a health official.", "the Associated Press citing a health official"),
    ("The army conducted a drone strike in Bahir Dar on Wednesday, killing five, AFP "
     "reported.", "AFP"),
    ("Shelling killed three in Kherson on Thursday, the BBC reported.", "the BBC"),
])
def test_a_wire_service_by_name_is_the_source(gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize("text, weapon, killed, injured", [
    ("Russian missiles hit Odesa on Thursday, killing five people, the regional governor "
     "said. One of the missiles struck a port warehouse.", "missile", 5, None),
    ("Russian guided aerial bombs slammed into a residential area of Kharkiv on Thursday, "
     "wounding 14 people, the governor said. One of the bombs struck near a kindergarten.",
     "aircraft", None, 14),
    ("Russian drones attacked Kyiv overnight, the city administration said. Two of them "
     "hit a high-rise building, injuring two.", "drone", None, 2),
])
def test_some_of_the_weapons_told_are_the_same_claim(gz: Gazetteer, text: str, weapon: str,
                                                     killed: int | None,
                                                     injured: int | None) -> None:
    # a part of the attack told before: no second claim, and no count of one for the whole
    report = _one(gz, text)
    assert (report.weapon, report.count, report.killed, report.injured) == (
        weapon, None, killed, injured)


def test_one_of_the_weapons_elsewhere_is_its_own_claim(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian missiles hit Odesa on Thursday, the governor said. One of "
                         "the missiles struck a port in Mykolaiv.")
    assert {r.place_name for r in found} == {"Odesa", "Mykolaiv"}


@pytest.mark.parametrize("text, who", [
    ("In the evening of June 13, the enemy attacked Sumy with Shahed drones. Damage to an "
     "infrastructure facility was recorded, the city military administration reported.",
     "the city military administration"),
    ("Russian drones attacked Odesa overnight. A warehouse was damaged, the regional "
     "governor said.", "the regional governor"),
    ("Ukrainian drones attacked Belgorod overnight. A fire broke out at a substation, "
     "Governor Vyacheslav Gladkov said.", "Governor Vyacheslav Gladkov"),
    ("Russian missiles struck Kharkiv on Friday. Windows were shattered in several "
     "apartment blocks, Mayor Ihor Terekhov wrote on Telegram.", "Mayor Ihor Terekhov"),
])
def test_the_speaker_of_the_damage_told_next_is_the_attacks_source(
        gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


def test_damage_told_elsewhere_is_no_source_of_the_attack(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones attacked Odesa overnight. A warehouse was damaged "
                         "in Lviv last month, the Lviv governor said.")
    assert [(r.place_name, r.claimed_by) for r in found] == [("Odesa", None)]


@pytest.mark.parametrize("text, event", [
    ("US Central Command said its forces destroyed four Houthi anti-ship cruise missiles "
     "and one unmanned surface vessel in a Houthi-controlled area of Yemen on Thursday.",
     "strike"),
    ("CENTCOM forces destroyed two unmanned surface vessels in a Houthi-held part of Yemen "
     "on Thursday.", "strike"),
    # (at sea, what was destroyed was on its way: a downing)
    ("CENTCOM forces destroyed two unmanned surface vessels in the Red Sea on Thursday.",
     "interception"),
])
def test_drone_boats_destroyed_where_they_stood_are_struck(gz: Gazetteer, text: str,
                                                           event: str) -> None:
    assert {r.event_type for r in _reports(gz, text)} == {event}


@pytest.mark.parametrize("text, regions", [
    ("Russian air defences destroyed 35 Ukrainian drones over the Belgorod, Kursk and "
     "Bryansk regions overnight, the Defence Ministry reported. \"On-duty air defence assets "
     "intercepted and destroyed 35 Ukrainian unmanned aerial vehicles,\" the ministry said.",
     {"Belgorod Oblast", "Kursk Oblast", "Bryansk Oblast"}),
    ("Air defences shot down 12 drones over the Kursk region, the ministry said. \"Twelve "
     "Ukrainian UAVs were intercepted and destroyed,\" it said.", {"Kursk Oblast"}),
])
def test_a_downing_quoted_again_with_its_count_is_the_same_claim(
        gz: Gazetteer, text: str, regions: set[str]) -> None:
    found = _reports(gz, text)
    assert sorted(r.place_name for r in found) == sorted(regions)


def test_another_downing_of_as_many_is_a_claim_of_its_own(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences destroyed 10 drones over the Kursk region overnight, "
                         "the ministry said. Another 10 drones were destroyed in the morning.")
    assert [r.count for r in found] == [10, 10]


@pytest.mark.parametrize("text", [
    "Cambodian forces fired BM-21 rockets into Thailand's Sisaket province on Thursday, "
    "killing two civilians, the Thai army said.",
    "Russian troops fired Grad rockets at Nikopol on Thursday, wounding two, the governor "
    "said.",
    "Ukraine shelled Belgorod with Vampire multiple rocket launchers on Thursday, the "
    "governor said.",
])
def test_rockets_of_a_named_launcher_system_are_shelling(gz: Gazetteer, text: str) -> None:
    # a multiple rocket launcher's rockets are artillery, and "Grad" is no village in
    # Slovenia
    report = _one(gz, text)
    assert (report.event_type, report.weapon) == ("shelling", "artillery")
    assert report.country in {"TH", "UA", "RU"}


@pytest.mark.parametrize("text, denier", [
    ("Azerbaijan's defence ministry said Armenian forces fired at Azerbaijani positions in "
     "the Kalbajar district on Thursday; Armenia denied the claim.", "Armenia"),
    ("Azerbaijan said Armenian forces shelled its positions near Lachin on Thursday, but "
     "Yerevan rejected the accusation.", "Yerevan"),
    ("Ukraine said Russian missiles hit a hospital in Kharkiv on Thursday; Moscow denied the "
     "claim, saying it struck only military targets.", "Moscow"),
    ("Baku accused Armenian troops of firing at its positions near Tovuz on Thursday; "
     "Yerevan denied it.", "Yerevan"),
])
def test_a_denial_after_the_claim_keeps_the_claim_with_its_denier(
        gz: Gazetteer, text: str, denier: str) -> None:
    assert _one(gz, text).extras["denied_by"] == denier


@pytest.mark.parametrize("text", [
    "Russia denied the claim that its forces struck a hospital in Kharkiv on Thursday.",
    "Moscow denied striking the market in Kostiantynivka on Thursday.",
    "Kyiv denied it had struck the market in Donetsk on Thursday.",
])
def test_a_denial_of_the_claim_itself_is_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_downed_over_the_region_after_a_port_is_the_ports_region(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia attacked Ukraine's Odesa port with drones overnight, "
                         "damaging a grain terminal, the navy said. Air defences destroyed 11 "
                         "of 14 drones over the region, the air force said.")
    downed = [r for r in found if r.event_type == "interception"]
    assert [(r.place_name, r.place_kind, r.count) for r in downed] == [
        ("Odesa Oblast", "admin1", 11)]


@pytest.mark.parametrize("text, day", [
    ("Overnight on June 13-14, Russian forces launched 42 attack drones at Odesa, the air "
     "force reported.", date(2024, 6, 14)),
    ("Overnight on May 31-June 1, Russian forces launched 42 attack drones at Odesa, the "
     "air force reported.", date(2024, 5, 31)),  # (a range over two months: from its start)
    ("Overnight on June 13, Russian forces launched 42 attack drones at Odesa, the air "
     "force reported.", date(2024, 6, 13)),
])
def test_overnight_on_two_days_is_the_night_ending_on_the_second(
        gz: Gazetteer, text: str, day: date) -> None:
    report = _one(gz, text)
    assert (report.event_date, report.date_precision) == (day, "night")


@pytest.mark.parametrize("text, day", [
    ("On May 31, Russian forces struck Odesa with drones, the air force reported.",
     date(2024, 5, 31)),
    ("On 31 May, Russian drones struck Odesa, killing two, the governor said.",
     date(2024, 5, 31)),
    ("Russian drones struck Odesa late on May 30, the governor said.", date(2024, 5, 30)),
])
def test_the_month_of_may_is_no_modal_verb(gz: Gazetteer, text: str, day: date) -> None:
    assert _one(gz, text).event_date == day


@pytest.mark.parametrize("text", [
    "Russia may strike Odesa again, officials warned.",
    "Officials said Russian drones may have struck a depot near Odesa on Thursday.",
])
def test_may_the_verb_still_marks_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("text", [
    "The Russian army struck facilities of Ukraine's military-industrial complex "
    "overnight, the Defence Ministry said.",
    "Russian forces hit Ukraine's military infrastructure overnight, Moscow said.",
    "Over the past 24 hours, the Russian army struck energy facilities in Ukraine, the "
    "Defense Ministry said.",
    "In the past day, Russian troops struck Ukraine's defence industry enterprises, the "
    "ministry said.",
])
def test_a_strike_on_a_countrys_military_industry_is_in_that_country(
        gz: Gazetteer, text: str) -> None:
    """ "Ukraine's military-industrial complex" is what was hit, not Ukraine's army
    speaking; a daily summary's "over the past 24 hours" dates it to its day."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.place_kind) == ("strike", "Ukraine", "country")
    assert r.event_date == date(2024, 6, 15)


@pytest.mark.parametrize(("text", "precision"), [
    ("Over the past 24 hours, Russian forces shelled Nikopol, the governor said.",
     "publication"),
    ("In the last twenty-four hours, Russian forces shelled Nikopol, the governor said.",
     "publication"),
    ("Over the past day, Russian forces shelled Nikopol, the governor said.", "publication"),
    ("In the last day of the offensive, Russian forces shelled Nikopol on Friday, the "
     "governor said.", "day"),
])
def test_over_the_past_day_is_the_day_up_to_publication(
        gz: Gazetteer, text: str, precision: str) -> None:
    r = _one(gz, text)
    assert r.place_name == "Nikopol"
    assert r.date_precision == precision
    if precision == "publication":
        assert (r.event_date, r.date_text.lower()) == (
            date(2024, 6, 15), text.split(",")[0].lower())
    else:
        assert r.event_date == date(2024, 6, 14)


@pytest.mark.parametrize("text", [
    "Ukraine's military said it shot down 20 drones overnight.",
    "Ukraine's defence ministry said air defences shot down 20 drones overnight.",
])
def test_a_countrys_military_speaking_is_still_no_place(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert r.event_type == "interception"
    assert r.claimed_by and r.claimed_by.startswith("Ukraine's")


@pytest.mark.parametrize("text", [
    "Ukrainian air defences were active over Odesa overnight, the Southern Defence Forces "
    "said, adding that six Shahed drones were destroyed over the region.",
    "Air defences were active over Sumy overnight, and six drones were shot down over the "
    "oblast, the governor said.",
    "Drones attacked Kharkiv overnight; air defences downed six of them over the region, "
    "the governor said.",
])
def test_downed_over_the_region_after_a_city_is_the_citys_region(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.count) == ("interception", "admin1", 6)
    assert r.place_name.endswith("Oblast")


@pytest.mark.parametrize(("text", "place"), [
    ("Six drones were destroyed over Odesa, and two more over the region, the governor "
     "said.", "Odesa"),
    ("A drone was shot down over Dnipro, and debris fell over the region, the governor "
     "said.", "Dnipro"),
])
def test_a_city_downed_over_by_name_stays_the_city(gz: Gazetteer, text: str, place: str
                                                   ) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("interception", place)


@pytest.mark.parametrize("text", [
    "Air defences shot down 12 drones over the Kharkiv region and three over the city of "
    "Kharkiv itself, the governor said.",
    "The military said 12 drones were destroyed over the Kharkiv region and three over "
    "Kharkiv city.",
])
def test_a_region_and_its_city_each_counted_are_two_places(gz: Gazetteer, text: str
                                                           ) -> None:
    found = {(r.place_name, r.place_kind, r.count) for r in _reports(gz, text)}
    assert found == {("Kharkiv Oblast", "admin1", 12), ("Kharkiv", "city", 3)}


@pytest.mark.parametrize("text", [
    "Residents of Kharkiv spent the night in metro stations as air raid alerts lasted for "
    "more than five hours, though no strikes were reported.",
    "Sirens sounded across the Kyiv region for three hours, but no explosions were recorded, "
    "the regional administration said.",
    "Ukraine has been hit by daily drone attacks since September, with Odesa among the "
    "worst affected.",
    "Kherson has been shelled almost every day since November, the mayor said.",
])
def test_alerts_without_strikes_and_habits_since_a_month_are_no_claim(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("text", [
    "Sirens sounded in Kharkiv for five hours; no casualties were reported, the governor "
    "said, after a drone hit a warehouse.",
    "Drones struck Odesa overnight in the heaviest attack the city has faced since March, "
    "the governor said.",
])
def test_a_strike_with_no_casualties_or_a_record_since_a_month_stays(
        gz: Gazetteer, text: str) -> None:
    assert [r.event_type for r in _reports(gz, text)] == ["strike"]


@pytest.mark.parametrize(("text", "count"), [
    ("Romania's defence ministry said radar detected a possible unauthorized entry into "
     "national airspace near Galati, and two F-16 jets were scrambled.", None),
    ("Poland scrambled four F-16 fighters after two Russian helicopters entered Polish "
     "airspace, the army said.", 2),
    ("Three Russian MiG-31 jets entered Estonian airspace on Friday, and Estonia scrambled "
     "two F-35 jets, the ministry said.", 3),
])
def test_jets_scrambled_against_a_violation_are_not_its_count(
        gz: Gazetteer, text: str, count: int | None) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.count) == ("airspace_violation", count)


@pytest.mark.parametrize(("text", "place", "day", "precision"), [
    ("08:15 — Explosions heard in Odesa. Air defence is working.", "Odesa", 15, "day"),
    ("⚡️ Explosions in Kyiv. Stay in shelters.", "Kyiv", 15, "publication"),
    ("21:40 Loud blasts heard in Kharkiv.", "Kharkiv", 14, "night"),
])
def test_a_live_feeds_timed_line_is_a_claim_on_that_time(
        gz: Gazetteer, text: str, place: str, day: int, precision: str) -> None:
    """A feed's time stamp or mark before "Explosions heard in ..." had hidden the claim;
    the stamp dates it (21:40, later than the 09:30 publication: the evening before)."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("explosion", place)
    assert (r.event_date, r.date_precision) == (date(2024, 6, day), precision)


@pytest.mark.parametrize("text", [
    "Donetsk Oblast.\nOver the past day, Russians shelled 14 settlements. 2 people were "
    "killed in Kostiantynivka, 3 injured in Druzhkivka.",
    "🔴 Donetsk region. Over the past day, Russian forces shelled 14 settlements. Two people "
    "were killed in Kostiantynivka and three injured in Druzhkivka.",
])
def test_a_heading_names_the_place_of_the_news_under_it(gz: Gazetteer, text: str) -> None:
    found = [(r.event_type, r.place_name, r.killed, r.injured) for r in _reports(gz, text)]
    assert found == [("shelling", "Donetsk Oblast", None, None),
                     ("shelling", "Kostiantynivka", 2, None),
                     ("shelling", "Druzhkivka", None, 3)]


def test_a_sentence_naming_only_a_place_is_no_heading_for_another(gz: Gazetteer) -> None:
    found = _reports(gz, "The governor visited Kherson. Russian forces shelled 14 "
                         "settlements, officials said.")
    assert found == []


def test_a_feeds_list_of_strikes_keeps_every_item(gz: Gazetteer) -> None:
    text = ("Zaporizhzhia region. Over the past day, the Russian army carried out 402 strikes "
            "on 12 settlements of the region.\n- 6 air strikes on Stepnohirsk and Prymorske\n"
            "- 258 drone attacks on Huliaipole, Malokaterynivka\n- 5 MLRS attacks on Orikhiv")
    found = [(r.place_name, r.weapon) for r in _reports(gz, text)]
    assert found == [("Zaporizhzhia Oblast", "unknown"), ("Stepnohirsk", "aircraft"),
                     ("Prymorske", "aircraft"), ("Huliaipole", "drone"),
                     ("Malokaterynivka", "drone"), ("Orikhiv", "artillery")]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Death toll from Russian strike on Dnipro rises to 7, governor says", 7, None),
    ("The number of people killed in the Russian strike on Dnipro has risen to 9, with 30 "
     "injured.", 9, 30),
    ("The number of people injured in the Russian strike on Dnipro has climbed to 45, the "
     "governor said.", None, 45),
])
def test_a_toll_that_rises_is_the_claims_figure(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed, r.injured) == ("Dnipro", killed, injured)


def test_several_more_over_a_region_is_no_count_of_one(gz: Gazetteer) -> None:
    """("another over the Tula region" is one; "several more" is not: a pattern for
    "more" of any number had shadowed the one for "another")"""
    found = _reports(gz, "Air defences destroyed two drones over the Kaluga region and "
                         "several more over the Tula region, the ministry said.")
    assert [r.place_name for r in found] == ["Kaluga Oblast", "Tula Oblast"]
    assert found[1].count != 1
    one = _reports(gz, "Air defences destroyed two drones over the Kaluga region and "
                       "another over the Tula region, the ministry said.")
    assert [r.count for r in one] == [2, 1]


def test_a_country_and_the_region_of_its_own_are_two_areas(gz: Gazetteer) -> None:
    found = _reports(gz, "India struck nine sites in Pakistan and the Pakistan-administered "
                         "Kashmir overnight, the army said.")
    assert [(r.place_kind, r.country) for r in found] == [("country", "PK"), ("admin1", "PK")]


@pytest.mark.parametrize(("text", "place", "count"), [
    ("The Kyiv regime attempted to carry out a terrorist attack using a fixed-wing drone "
     "against facilities in the Moscow Region, but it was suppressed by electronic warfare, "
     "the ministry said.", "Moscow Oblast", None),
    ("Three drones were jammed by EW means over the Bryansk region overnight, the ministry "
     "said.", "Bryansk Oblast", 3),
])
def test_a_drone_suppressed_by_electronic_warfare_is_downed(
        gz: Gazetteer, text: str, place: str, count: int | None) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name, r.count) == (
        "interception", "drone", place, count)


def test_a_protest_suppressed_is_no_downing(gz: Gazetteer) -> None:
    assert _reports(gz, "The ministry said the protest was suppressed by police in "
                        "Moscow.") == []


@pytest.mark.parametrize(("text", "killed", "injured", "children"), [
    ("Six people, among them a baby, were killed when a drone hit a house in Sumy on "
     "Thursday.", 6, None, 1),
    ("Eight people, three of them children, were injured when a missile struck Dnipro on "
     "Thursday.", None, 8, 3),
    ("Four workers - all of them men - were killed in shelling of Nikopol on Thursday.",
     4, None, None),
    ("Eleven civilians, most of them elderly, were wounded as shells hit Kherson on "
     "Thursday.", None, 11, None),
    ("Two paramedics, both volunteers, were killed by a drone in Kupiansk on Thursday.",
     2, None, None),
    # no commas round the aside: the toll is still everyone, not the one child
    ("Nine people including a child were injured in a drone attack on Sumy on Thursday.",
     None, 9, 1),
    ("Seven people among them a 10-year-old girl were wounded when shells hit Kherson on "
     "Thursday.", None, 7, 1),
    ("Three people including a woman in her 70s were killed when a missile hit Odesa on "
     "Thursday.", 3, None, None),
    ("Five residents including two children have been hospitalised after a drone struck "
     "Kharkiv on Thursday.", None, 5, 2),
])
def test_a_toll_with_an_aside_about_the_victims(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None,
        children: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)
    assert (r.children_injured if injured else r.children_killed) == children


@pytest.mark.parametrize(("text", "killed", "injured", "children"), [
    ("Shelling hit a minibus in Kherson on Thursday, wounding the driver and five "
     "passengers.", None, 6, None),
    ("A guided bomb struck Kostiantynivka on Thursday, killing a firefighter and two "
     "rescuers.", 3, None, None),
    ("A woman and three children were injured when a drone hit a house in Sumy on "
     "Thursday.", None, 4, 3),
    # a household, and a toll told apart from the one person, keep their own reading
    ("A drone hit a car in Sumy on Thursday, killing a man and injuring two people.",
     1, 2, None),
])
def test_one_person_and_others_counted_with_them(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None,
        children: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)
    assert (r.children_injured if injured else r.children_killed) == children


def test_a_downing_during_an_alert_is_where_the_sirens_sounded(gz: Gazetteer) -> None:
    r = _one(gz, "Sirens wailed in Nahariya as three rockets crossed from Lebanon; two were "
                 "intercepted, the military said.")
    assert (r.event_type, r.place_name, r.count) == ("interception", "Nahariya", 2)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("RSF fighters shelled El Fasher's Abu Shouk camp on Thursday, killing 12 people.",
     "Abu Shouk", 12),
    ("An Israeli strike hit Khan Younis's Bani Suheila on Thursday, killing four.",
     "Bani Suheila", 4),
])
def test_a_citys_own_quarter_is_one_place(gz: Gazetteer, text: str, place: str,
                                          killed: int) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed) == (place, killed)


@pytest.mark.parametrize(("text", "weapon"), [
    ("Hezbollah said it launched drones at an Israeli army post in Shlomi on Thursday. The "
     "Israeli military said the attack was repelled.", "drone"),
    ("The Houthis said they fired missiles at a tanker in the Gulf of Aden on Thursday. "
     "CENTCOM said the attack had been thwarted.", "missile"),
])
def test_an_attack_from_the_air_repelled_is_a_downing(gz: Gazetteer, text: str,
                                                      weapon: str) -> None:
    first, second = _reports(gz, text)
    assert (second.event_type, second.weapon, second.place_name) == (
        "interception", weapon, first.place_name)


def test_a_ground_attack_repelled_stays_a_ground_attack(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian troops attacked Ukrainian positions near Pokrovsk on "
                         "Thursday. The General Staff said the attack was repelled.")
    assert found and {r.event_type for r in found} == {"other_attack"}


def test_a_breakdown_of_downed_drones_keeps_the_speaker(gz: Gazetteer) -> None:
    found = _reports(gz, "On-duty air defence systems destroyed 21 Ukrainian drones over "
                         "Russian regions overnight, the Defence Ministry said. Eleven were "
                         "downed over the Kursk region and ten over the Bryansk region.")
    assert [(r.place_name, r.count, r.claimed_by) for r in found] == [
        ("Russia", 21, "the Defence Ministry"), ("Kursk Oblast", 11, "the Defence Ministry"),
        ("Bryansk Oblast", 10, "the Defence Ministry")]
    # a new paragraph is no longer that account
    apart = _reports(gz, "Air defences destroyed 21 drones over Russian regions overnight, "
                         "the Defence Ministry said.\n\nEleven were downed over the Kursk "
                         "region.")
    assert apart[-1].claimed_by is None


@pytest.mark.parametrize("text", [
    "Lviv, June 14 - Russian drones struck a warehouse in Lviv overnight, the mayor said.",
    "Lviv, 14 June 2024 – Russian drones struck a warehouse in Lviv overnight, the mayor "
    "said.",
])
def test_a_dateline_with_a_day_and_no_agency_is_no_claim_or_source(gz: Gazetteer,
                                                                   text: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.claimed_by, r.event_date) == ("Lviv", "the mayor",
                                                         date(2024, 6, 14))
    # the dateline names no place of the claim
    other = _one(gz, text.replace("in Lviv", "in Drohobych"))
    assert other.place_name == "Drohobych"


@pytest.mark.parametrize(("text", "key", "value", "count"), [
    ("Russian forces shelled Kupiansk 17 times on Thursday, the governor said.",
     "attacks", 17, None),
    ("The occupiers carried out 9 air strikes on Huliaipole and Orikhiv on Thursday.",
     "group_attacks", 9, None),
    ("Russian troops struck Kherson more than 30 times on Thursday.", "attacks", 30, None),
    # a tally of drone attacks keeps the drones counted too
    ("Russia carried out 14 drone attacks on Beryslav on Thursday.", "attacks", 14, 14),
])
def test_a_tally_of_attacks_is_kept_apart_from_the_weapons_counted(
        gz: Gazetteer, text: str, key: str, value: int, count: int | None) -> None:
    found = _reports(gz, text)
    assert found and all(r.extras.get(key) == value for r in found)
    assert {r.count for r in found} == {count}


@pytest.mark.parametrize("text", [
    "Russian drones struck Kyiv on Thursday, three times more than in May, officials said.",
    "A missile hit Odesa on Thursday, the second attack on the city this week.",
])
def test_a_comparison_or_an_ordinal_is_no_tally(gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert found and all("attacks" not in r.extras for r in found)


def test_a_vague_number_more_over_the_next_region_is_its_own(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences downed three drones over the Oryol region and several "
                         "more over the Lipetsk region overnight, the ministry said.")
    assert [(r.place_name, r.count, r.count_qualifier) for r in found] == [
        ("Oryol Oblast", 3, None), ("Lipetsk Oblast", None, "several")]
    assert all("group_count" not in r.extras for r in found)


@pytest.mark.parametrize(("text", "who"), [
    ("A Russian drone struck a school in Sumy on Thursday. \"There were children inside,\" "
     "said the head of the city, Oleksandr Lysenko.", "the head of the city, Oleksandr Lysenko"),
    ("A missile hit an apartment block in Dnipro on Thursday. Several people were trapped "
     "under the rubble, the emergency service said.", "the emergency service"),
    ("A guided bomb hit a shopping centre in Kharkiv on Thursday. There was no military "
     "target there, Governor Oleh Syniehubov said.", "Governor Oleh Syniehubov"),
])
def test_who_tells_the_scene_next_is_the_source_of_the_attack(gz: Gazetteer, text: str,
                                                               who: str) -> None:
    r = _one(gz, text)
    assert (r.claimed_by, r.extras.get("claimed_by_from")) == (who, "next sentence")


def test_a_comment_after_an_attack_is_not_its_source(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian missile hit Kharkiv on Thursday. The president said Ukraine "
                 "needed more air defence systems.")
    assert r.claimed_by is None


def test_a_speaker_after_said_keeps_the_name_after_the_role(gz: Gazetteer) -> None:
    r = _one(gz, "A drone hit a bus in Kherson on Thursday, injuring six, said the head of "
                 "the regional administration, Oleksandr Prokudin.")
    assert r.claimed_by == "the head of the regional administration, Oleksandr Prokudin"


def test_a_tally_for_each_of_two_days_gives_a_claim_a_day(gz: Gazetteer) -> None:
    found = _reports(gz, "The enemy shelled Kupiansk four times on Wednesday and twice on "
                         "Thursday, the regional administration said.")
    assert [(r.event_date, r.extras.get("attacks"), r.claimed_by) for r in found] == [
        (date(2024, 6, 12), 4, "the regional administration"),
        (date(2024, 6, 13), 2, "the regional administration")]


@pytest.mark.parametrize("text", [
    "Nikopol was shelled twice on Wednesday, the governor said, and once on Thursday.",
    "Russian troops shelled Nikopol twice on Wednesday, regional governor Serhiy Lysak wrote "
    "on Telegram, and once on Thursday.",
    "Nikopol was shelled twice on Wednesday, officials told Reuters, and once on Thursday.",
])
def test_a_speaker_between_the_two_days_still_gives_a_claim_a_day(
        gz: Gazetteer, text: str) -> None:
    """The attribution told between the days ("..., the governor said, and once on
    Thursday") had hidden the second day's claim."""
    found = _reports(gz, text)
    assert [(r.event_date, r.extras.get("attacks")) for r in found] == [
        (date(2024, 6, 12), 2), (date(2024, 6, 13), None)]
    assert all(r.claimed_by for r in found)


def test_a_toll_of_two_days_is_not_counted_twice(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones struck Beryslav once on Wednesday and again on "
                         "Thursday, wounding three people.")
    assert [(r.event_date, r.injured) for r in found] == [
        (date(2024, 6, 12), 3), (date(2024, 6, 13), None)]


@pytest.mark.parametrize(("text", "weapon"), [
    ("A bombardment of a village near Kadugli killed 11 people on Thursday, a rights group "
     "said.", "unknown"),
    ("Government forces bombarded Idlib on Thursday, killing six civilians.", "unknown"),
    ("The junta bombed a school in Magway region on Thursday, killing eight students.",
     "aircraft"),
])
def test_a_bombardment_with_its_harm_is_a_strike(gz: Gazetteer, text: str,
                                                 weapon: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("strike", weapon) and r.killed


def test_a_bombardment_named_as_background_is_no_claim(gz: Gazetteer) -> None:
    assert _reports(gz, "Protesters were angry over Russia's role in the bombardment of "
                        "Aleppo.") == []


def test_a_scene_city_stands_for_its_region_of_an_unknown_village(gz: Gazetteer) -> None:
    # (the index knows Gorki only in another region)
    r = _one(gz, "In Kursk, a drone dropped a grenade on a barn in the village of "
                 "Gorki, the governor said. The owner was injured.")
    assert (r.place_kind, r.place_name, r.injured) == ("admin1", "Kursk Oblast", 1)
    # a village it knows in that region is the place, the city only the scene
    assert _one(gz, "In Kursk, a drone hit a car in the village of Glushkovo, the governor "
                    "said.").place_name == "Glushkovo"
    # with no other place, the city stays
    assert _one(gz, "In Kherson, a drone hit a bus, the governor said.").place_name == (
        "Kherson")


@pytest.mark.parametrize(("text", "places"), [
    ("In Kyiv, Russian missiles hit Bila Tserkva overnight, injuring four people, the "
     "regional governor said.", ["Bila Tserkva"]),
    ("In Kyiv, a drone hit a house in Brovary on Friday.", ["Brovary"]),
    # guards: a city that names no region of the other place, and a new clause
    ("In Kramatorsk, a missile hit a school on Friday, while shelling hit Sloviansk.",
     ["Kramatorsk", "Sloviansk"]),
    ("In Kharkiv, a drone hit an apartment block on Friday, and shelling hit Kupiansk.",
     ["Kharkiv", "Kupiansk"]),
])
def test_a_capital_that_is_its_own_region_sets_the_scene_of_the_region_named_for_it(
        gz: Gazetteer, text: str, places: list[str]) -> None:
    """Kyiv city is not in the Kyiv region, but "In Kyiv, ... Bila Tserkva" is a claim in
    the region named for it, not a second one in the capital."""
    assert [r.place_name for r in _reports(gz, text)] == places


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A drone hit a kiosk in Nikopol on Thursday, killing the vendor.", 1, None),
    ("A shell hit a farm near Kupiansk on Thursday. The watchman was wounded.", None, 1),
])
def test_one_person_named_by_role_with_the(gz: Gazetteer, text: str, killed: int | None,
                                           injured: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place", "km", "bearing"), [
    ("UKMTO received a report of an incident 68NM southwest of Hodeidah, Yemen. The master "
     "said the vessel was hit by a missile.", "Hodeidah", 68 * 1.852, 225),
    ("A merchant ship was struck by a projectile 57 nautical miles southeast of Aden on "
     "Friday, UKMTO said.", "Aden", 57 * 1.852, 135),
    ("A tanker was attacked 15NM WNW of Hodeidah on Friday, UKMTO reported.", "Hodeidah",
     15 * 1.852, 292.5),
    ("Russian artillery shelled a farm about 30 km north of Kharkiv on Friday, the governor "
     "said.", "Kharkiv", 30, 0),
    ("A drone hit a truck some 12 miles north-east of Kupiansk on Friday, officials said.",
     "Kupiansk", 12 * 1.609344, 45),
    ("Shelling hit a field 40 km (25 miles) south of Kherson on Friday, the governor said.",
     "Kherson", 40, 180),
    # guards: no bearing, no distance, or too far for the place to be a reference
    ("A vessel was attacked 12 nautical miles off the coast of Hodeidah on Friday, UKMTO "
     "said.",
     "Hodeidah", 0, None),
    ("A drone hit a farm east of Kupiansk on Friday, officials said.", "Kupiansk", 0, None),
    ("A ship 1,200 km east of Aden was hit by a drone on Friday.", "Aden", 0, None),
])
def test_a_claim_told_by_distance_and_bearing_is_mapped_there(
        gz: Gazetteer, text: str, place: str, km: float, bearing: float | None) -> None:
    """UKMTO's "68NM SW of Hodeidah" is a ship at sea: the map shows it there, not in the
    port, and the place and the note still say what the text gave."""
    from geographiclib.geodesic import Geodesic

    r = _one(gz, text)
    at = gz.place(r.place_id or "")
    assert r.place_name == place and at is not None
    way = Geodesic.WGS84.Inverse(at.latitude, at.longitude, r.latitude, r.longitude)
    assert way["s12"] / 1000 == pytest.approx(km, abs=0.5)
    if bearing is not None:
        assert way["azi1"] % 360 == pytest.approx(bearing, abs=0.5)
        assert r.place_note and "mapped" in r.place_note


@pytest.mark.parametrize(("text", "killed", "injured", "children"), [
    ("A drone hit a house in Kherson on Friday, killing a man and a woman.", 2, None, None),
    ("A man and a woman were injured when a drone hit a house in Kherson on Friday.", None,
     2, None),
    ("Shelling of Nikopol on Friday killed a firefighter and a paramedic.", 2, None, None),
    ("A drone hit a car near Beryslav on Friday, injuring the driver and a passenger, "
     "police said.", None, 2, None),
    ("A drone hit a car in Beryslav on Friday, injuring a man, a woman and a child.", None,
     3, 1),
    ("A man, his wife and their daughter were killed when a missile hit their home in "
     "Odesa on Friday.", 3, None, None),
    ("Shelling of Nikopol on Friday injured a woman and a 15-year-old boy.", None, 2, 1),
    ("A drone hit a bus in Kherson on Friday. The driver and a passenger were injured.",
     None, 2, None),
    # guards: one killed and one wounded, and a speaker after the list
    ("A drone hit Kherson on Friday, killing a man and wounding a woman.", 1, 1, None),
    ("A drone attack on Kherson on Friday killed a man and injured a woman and a child.",
     1, 2, 1),
    ("A missile hit Odesa on Friday, killing a man and a woman, an official said.", 2, None,
     None),
])
def test_a_toll_told_person_by_person_counts_each(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None,
        children: int | None) -> None:
    """ "Killing a firefighter and a paramedic" is two dead, not one."""
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)
    assert (r.children_killed or r.children_injured) == children


@pytest.mark.parametrize(("text", "who"), [
    ("Myanmar's military junta carried out an airstrike on a village in Sagaing region, "
     "killing at least 20 people, a local resident told AFP.", "a local resident"),
    ("An airstrike hit a market in Sagaing region on Friday, killing 12 people, a rescue "
     "worker told Reuters.", "a rescue worker"),
    ("An airstrike hit a market in Sagaing region on Friday, killing 12 people, a villager "
     "told Radio Free Asia.", "a villager"),
    ("Shelling hit Kherson on Friday, killing two, a survivor told the BBC.", "a survivor"),
    ("An airstrike hit Wad Madani on Friday, killing 8, a local aid worker told AFP.",
     "a local aid worker"),
    ("A missile struck a hospital in Kharkiv on Friday, a nurse at the hospital said.",
     "a nurse at the hospital"),
    # guards: the same words as the victims are no speaker
    ("A drone hit a house in Kherson on Friday, killing a resident.", None),
    ("Russian shelling hit Nikopol on Friday. A resident of the city, 54, was wounded.", None),
])
def test_a_witness_who_tells_a_wire_is_the_source(gz: Gazetteer, text: str,
                                                  who: str | None) -> None:
    """Wires quote the people on the ground; an editor needs to know it was them."""
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize("text", [
    "Hezbollah said it fired a salvo of Katyusha rockets at the Israeli army's Meron base.",
    "Dozens of Katyushas were fired at Kiryat Shmona on Friday, the army said.",
    "A Katyusha rocket hit a house in Metula on Friday, the Israeli army said.",
])
def test_katyusha_rockets_are_shelling(gz: Gazetteer, text: str) -> None:
    """Multiple rocket launchers are artillery (ACLED's shelling), as Grad rockets are."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("shelling", "artillery")


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    ("Two more people died in the Donetsk region, where Russian artillery pounded the town "
     "of Kostiantynivka, Gov. Vadym Filashkin said.", "Kostiantynivka", 2, None),
    ("A woman was killed in the Kherson region, where Russian drones struck Bilozerka on "
     "Friday, the governor said.", "Bilozerka", 1, None),
    ("Three people were wounded in the Kharkiv region, where Kupiansk came under shelling, "
     "officials said.", "Kupiansk", None, 3),
    # guards: a clause with no attack in it, and a clause inside a city, not a region
    ("Russian shelling killed two people in the Donetsk region, where fighting continues "
     "around Pokrovsk.", "Donetsk Oblast", 2, None),
    ("A drone hit the Odesa region, where the port of Izmail is located.", "Odesa Oblast",
     None, None),
    ("Two people were killed in Kherson, where Russian artillery shelled the Dniprovskyi "
     "district.", "Kherson", 2, None),
])
def test_a_where_clause_names_the_town_attacked_in_the_region(
        gz: Gazetteer, text: str, place: str, killed: int | None,
        injured: int | None) -> None:
    """AP's "died in the Donetsk region, where artillery pounded Kostiantynivka": the
    town is the claim's place, with the region's toll."""
    r = _one(gz, text)
    assert (r.place_name, r.killed, r.injured) == (place, killed, injured)


@pytest.mark.parametrize(("text", "who"), [
    ("Russian drones attacked Odesa overnight, the governor said. Three drones were shot "
     "down over the Odesa region.", "the governor"),
    ("Russian missiles struck Kharkiv on Friday, Mayor Ihor Terekhov said. Two missiles "
     "were intercepted over the Kharkiv region.", "Mayor Ihor Terekhov"),
    # guards: a new paragraph, another region, and a speaker of its own
    ("Russian drones attacked Odesa overnight, the governor said.\n\nThree drones were "
     "shot down over the Odesa region.", None),
    ("Russian drones attacked Odesa overnight, the governor said. Three drones were shot "
     "down over the Mykolaiv region.", None),
    ("Russian drones attacked Odesa overnight, the governor said. Three drones were shot "
     "down over the Odesa region, the air force said.", "the air force"),
])
def test_a_downing_over_the_region_of_the_city_attacked_is_the_same_account(
        gz: Gazetteer, text: str, who: str | None) -> None:
    downing = [r for r in _reports(gz, text) if r.event_type == "interception"]
    assert len(downing) == 1 and downing[0].claimed_by == who


@pytest.mark.parametrize(("text", "kind", "weapon"), [
    ("Two soldiers were killed by a buried bomb near Manbij on Friday, the SDF said.",
     "other_attack", "unknown"),
    ("A booby-trapped motorcycle exploded in Azaz on Friday, killing three people, the "
     "civil defence said.", "other_attack", "unknown"),
    ("A nail bomb exploded at a bus stop in Kirkuk on Friday, wounding six, police said.",
     "other_attack", "unknown"),
    ("A booby trap exploded as soldiers entered a house in Jenin on Friday, wounding two, "
     "the army said.", "other_attack", "unknown"),
    # guards: bombs dropped from the air are strikes
    ("Syrian government helicopters dropped barrel bombs on Daraya on Friday, killing five, "
     "activists said.", "strike", "aircraft"),
    ("A Russian drone dropped a bomb on a car in Beryslav on Friday, injuring the driver.",
     "strike", "drone"),
])
def test_a_planted_bomb_is_an_attack_on_the_ground(gz: Gazetteer, text: str, kind: str,
                                                   weapon: str) -> None:
    """ACLED's remote explosives: a bomb left or buried is no strike from afar."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == (kind, weapon)


@pytest.mark.parametrize("text", [
    "A car bomb exploded in Manbij on Friday. Five people were wounded in the blast, "
    "officials said.",
    "The soldier had been with US forces in Manbij when the booby-trap bomb exploded. Five "
    "others were wounded in the blast, officials said.",
])
def test_the_blast_of_a_bomb_attack_is_that_attack(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.injured, r.claimed_by) == ("other_attack", 5, "officials")


@pytest.mark.parametrize("text", [
    "Russia has deployed artillery and Grad launchers near Kharkiv, the Ukrainian military "
    "said.",
    "Russia set up mortar positions outside Vovchansk on Friday, the Ukrainian army said.",
    "Grad systems were moved to the outskirts of Donetsk on Friday.",
    "Artillery units were stationed near Belgorod, the governor said.",
    "They also claim Grad missile systems are set up by the Georgian town of Gori.",
])
def test_guns_brought_in_without_fire_are_no_shelling(gz: Gazetteer, text: str) -> None:
    """Where guns stand is news, but not a shelling: the map shows fire, not deployments."""
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "places"), [
    ("Russian artillery positioned near Vovchansk shelled the town on Friday, killing one.",
     ["Vovchansk"]),
    ("Artillery stationed in Belgorod fired on Kharkiv on Friday, the governor said.",
     ["Kharkiv"]),
    ("Russian troops moved artillery closer to Kupiansk and opened fire on the town on "
     "Friday.", ["Kupiansk"]),
    ("Grad rockets landed in Nikopol after Russia deployed new launchers across the river, "
     "the governor said.", ["Nikopol"]),
])
def test_guns_brought_in_that_fire_are_shelling_where_they_hit(
        gz: Gazetteer, text: str, places: list[str]) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.place_name) for r in found] == [("shelling", p) for p in places]


@pytest.mark.parametrize(("text", "found"), [
    ("NATO jets intercepted a Russian Il-20 reconnaissance aircraft over the Baltic Sea on "
     "Friday, the Lithuanian air force said.", []),
    ("RAF Typhoons were scrambled to intercept two Russian Tu-95 bombers approaching UK "
     "airspace on Friday, the Ministry of Defence said.", []),
    ("Italian Eurofighters intercepted three Russian aircraft flying without transponders "
     "over the Baltic Sea on Friday.", []),
    # guards: a violation of airspace, a downing, and drones or missiles
    ("German Eurofighters intercepted a Russian Il-20 that had entered Estonian airspace "
     "without permission on Friday, the Estonian military said.",
     [("airspace_violation", "aircraft")]),
    ("Ukrainian fighter jets intercepted and shot down a Russian Su-34 over the Donetsk "
     "region on Friday, the air force said.", [("interception", "aircraft")]),
    ("Israeli jets intercepted a drone launched from Lebanon over the Golan Heights on "
     "Friday, the army said.", [("interception", "drone")]),
])
def test_fighters_seeing_off_an_aircraft_is_no_downing(
        gz: Gazetteer, text: str, found: list[tuple[str, str]]) -> None:
    """Air policing "intercepts" are escorts: mapping them as downings would invent
    shoot-downs over the Baltic."""
    assert [(r.event_type, r.weapon) for r in _reports(gz, text)] == found


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian forces hit the Zaporizhzhia region 412 times over the past day, killing one "
     "person in Stepnohirsk, Governor Ivan Fedorov said.",
     [("Zaporizhzhia Oblast", {"attacks": 412}, None), ("Stepnohirsk", {}, 1)]),
    ("Russian troops shelled the Kherson region 58 times on Friday, wounding two people in "
     "Beryslav.", [("Kherson Oblast", {"attacks": 58}, None), ("Beryslav", {}, 2)]),
    # guards: two towns shelled 12 times together, and a town inside its region
    ("Russian forces shelled Nikopol and Marhanets 12 times on Friday, the governor said.",
     [("Nikopol", {"group_attacks": 12}, None), ("Marhanets", {"group_attacks": 12}, None)]),
    ("Russian forces struck Stepnohirsk in the Zaporizhzhia region on Friday, killing one.",
     [("Stepnohirsk", {}, 1)]),
])
def test_a_region_tally_and_a_town_toll_are_each_their_own(
        gz: Gazetteer, text: str, expected: list[tuple[str, dict, int | None]]) -> None:
    """ "Hit the Zaporizhzhia region 412 times, killing one in Stepnohirsk": 412 attacks on
    the region, one death in the town (it had been the town's 412 attacks)."""
    found = _reports(gz, text)
    got = [(r.place_name, {k: v for k, v in r.extras.items() if "attacks" in k},
            r.killed if r.killed is not None else r.injured) for r in found]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two quadcopters dropped grenades on a bus stop in Kherson on Friday, injuring a man.",
     ("strike", "drone")),
    ("Border guards downed three quadcopters over the Bryansk region overnight.",
     ("interception", "drone")),
    ("A hexacopter dropped an explosive on a house in Beryslav, wounding a woman.",
     ("strike", "drone")),
    # gunfire from the air is an air strike (ACLED's "air/drone strike")
    ("An Israeli quadcopter opened fire on residents in Jabalia on Friday, killing two.",
     ("strike", "drone")),
    ("A military helicopter opened fire on a village near Mandalay on Friday, killing three.",
     ("strike", "aircraft")),
    ("Junta aircraft were strafing villages near Hpakant on Friday, and two people were "
     "killed.", ("strike", "aircraft")),
    # guard: troops firing are a fight on the ground
    ("Israeli troops opened fire on residents in Jabalia on Friday, killing two.",
     ("other_attack", "unknown")),
])
def test_copters_and_gunfire_from_the_air(
        gz: Gazetteer, text: str, expected: tuple[str, str]) -> None:
    """A quadcopter is a drone, and a drone or helicopter that opens fire strikes from the
    air: mapped as gunfire on the ground, an air campaign would vanish from the map."""
    assert (_one(gz, text).event_type, _one(gz, text).weapon) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian artillery killed three people in Nikopol, a man, a woman and a child, the "
     "governor said.", ("k", 3, 1)),
    ("Three people were killed by shelling in Kherson: a man, a woman and a 12-year-old "
     "girl, the governor said.", ("k", 3, 1)),
    ("Two people - a woman and a teenage boy - were injured when a drone hit a car in "
     "Beryslav.", ("i", 2, 1)),
    ("Three people, a man, a woman and a baby, were killed when a drone hit a car in Sumy.",
     ("k", 3, 1)),
    # guards: a son may be grown; a list of another length is not who the toll was
    ("Two people, a woman and her son, were injured when a drone hit a car in Sumy.",
     ("i", 2, None)),
    ("Shelling killed three people in Nikopol, a man and a boy, the governor said.",
     ("k", 3, None)),
])
def test_who_a_toll_was_listed_after_it(
        gz: Gazetteer, text: str, expected: tuple[str, int, int | None]) -> None:
    """ "Killed three people, a man, a woman and a child": the child is counted among them,
    and "Two people, a woman and a boy, were injured" keeps its 2 (it had been 1)."""
    r = _one(gz, text)
    got = ("k", r.killed, r.children_killed) if r.killed else ("i", r.injured, r.children_injured)
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A bomb blast hit a church in Cairo on Sunday. At least 25 people were killed, "
     "Al-Ahram said, citing the health ministry.",
     [("Cairo", 25, "Al-Ahram citing the health ministry")]),
    # guards: a capital as the whole speaker is its government, not the claim's place; a
    # governor's region, or a city's authorities, stand in where the sentence names no other
    ("A Ukrainian drone hit an oil depot overnight, Moscow said.", []),
    ("A drone hit an oil depot overnight, Belgorod said.", [("Belgorod", None, "Belgorod")]),
    ("A drone hit an oil depot in the region overnight, Belgorod Governor Vyacheslav Gladkov "
     "said.", [("Belgorod Oblast", None, "Belgorod Governor Vyacheslav Gladkov")]),
])
def test_a_speakers_name_is_no_place_of_the_claim(
        gz: Gazetteer, text: str, expected: list[tuple[str, int | None, str]]) -> None:
    """"Al-Ahram said", a Cairo paper, had placed a claim in a town in Iran."""
    found = _reports(gz, text)
    assert [(r.place_name, r.killed, r.extras.get("killed_claimed_by") or r.claimed_by)
            for r in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At 09:40 a Russian drone struck a minibus in Kherson; the driver was killed.",
     (None, 1, None)),
    ("By 18:00 two people were killed in the shelling of Nikopol, the governor said.",
     (None, 2, None)),
    ("At 14:30 residents were wounded by shelling in Nikopol, the governor said.",
     (None, None, None)),
    ("At 23:15, 12 drones were shot down over the Kursk region.", (12, None, None)),
    # guard: a figure written with thousands still counts
    ("Between 06:00 and 09:00, Russian troops fired 1,200 shells at Nikopol, the governor "
     "said.", (1200, None, None)),
])
def test_a_clock_time_is_no_figure(
        gz: Gazetteer, text: str, expected: tuple[int | None, ...]) -> None:
    """ "By 18:00 two people were killed" had been a toll of 0, and "At 09:40 a drone"
    forty drones: the minutes of a time read as a number."""
    r = _one(gz, text)
    assert (r.count, r.killed, r.injured) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli warplanes struck targets in the Bekaa Valley near Baalbek on Friday, killing "
     "two people.", [("Baalbek", 2)]),
    ("RSF shelling killed 12 people in Darfur near El Fasher on Friday.", [("El Fasher", 12)]),
    ("A Hezbollah drone hit a base in the Galilee near Safed on Friday, wounding two "
     "soldiers.", [("Safed", 2)]),
    # guard: a list stays a list
    ("Israeli jets struck the Bekaa Valley and Tyre on Friday, killing two.",
     [("Bekaa Valley", None), ("Tyre", None)]),
])
def test_a_town_near_which_an_area_was_hit_is_the_place(
        gz: Gazetteer, text: str, expected: list[tuple[str, int | None]]) -> None:
    """ "In the Bekaa Valley near Baalbek" had been two claims sharing the toll: the town
    says where in the valley."""
    found = _reports(gz, text)
    assert [(r.place_name, r.killed if r.killed is not None else r.injured)
            for r in found] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 15 June 2024, the Sudanese Armed Forces carried out airstrikes on RSF positions in "
     "Nyala (South Darfur). Fatalities: 5.", (5, None)),
    ("Shelling of Nikopol on Friday. Killed: 2; injured: 7.", (2, 7)),
    ("Drone attack on Sumy on Friday. Deaths: at least 3. Wounded: 12.", (3, 12)),
    ("On 15 June 2024, Hezbollah fired rockets at Kiryat Shmona. Fatalities: 0.", (0, None)),
])
def test_a_terse_notes_fields_are_its_toll(
        gz: Gazetteer, text: str, expected: tuple[int | None, int | None]) -> None:
    """ACLED's "Fatalities: 5" and a feed's "Killed: 2; injured: 7" had been no toll."""
    r = _one(gz, text)
    assert (r.killed, r.injured) == expected


@pytest.mark.parametrize(("text", "places"), [
    ("The Russian Defence Ministry said its forces had liberated the village of Berdychi "
     "and struck a Ukrainian Neptune missile depot.", []),
    ("Russian forces captured Krasnohorivka and hit Ukrainian positions with glide bombs, "
     "the ministry said.", []),
    # guards: a place shelled as it was taken; a strike whose place is told
    ("Russian troops shelled and captured the village of Robotyne, killing two civilians.",
     ["Robotyne"]),
    ("Russian forces captured Krasnohorivka and struck a depot in the Odesa region, the "
     "ministry said.", ["Odesa Oblast"]),
])
def test_ground_taken_is_not_where_a_strike_told_after_it_was(
        gz: Gazetteer, text: str, places: list[str]) -> None:
    """ "Liberated the village of Berdychi and struck a missile depot" had put the strike in
    the village (and the village, by a close spelling, in Zhytomyr)."""
    assert [r.place_name for r in _reports(gz, text)] == places


@pytest.mark.parametrize(("text", "expected"), [
    ("Russia's air defences destroyed 47 Ukrainian drones over the Bryansk, Kursk and Oryol "
     "regions, the Defence Ministry said. Of these, 24 were over the Bryansk region.",
     [("Bryansk Oblast", 24, None), ("Kursk Oblast", None, None),
      ("Oryol Oblast", None, None)]),
    ("Russia's air defences destroyed 47 Ukrainian drones over Russian regions, the Defence "
     "Ministry said. Of these, 24 were over the Bryansk region and 11 over the Kursk region.",
     [("Russia", 47, None), ("Bryansk Oblast", 24, None), ("Kursk Oblast", 11, None)]),
    ("Russia's air defences destroyed 47 Ukrainian drones over Russian regions, the Defence "
     "Ministry said. Of these, 24 were downed over the Bryansk region.",
     [("Russia", 47, None), ("Bryansk Oblast", 24, None)]),
    # guard: of a launch told before, the downed are a share of the launched
    ("Ukraine launched 47 drones at Russia overnight, the Defence Ministry said. Of these, 40 "
     "were downed over the Kursk region.", [("Russia", 47, None), ("Kursk Oblast", 40, 47)]),
])
def test_a_downings_breakdown_by_region_after_its_total(
        gz: Gazetteer, text: str, expected: list[tuple[str, int | None, int | None]]) -> None:
    """ "Of these, 24 were over the Bryansk region" had been no claim, and "Of these, 24 were
    downed over ..." had taken the 47 downed for 47 launched."""
    found = _reports(gz, text)
    assert [(r.place_name, r.count, r.extras.get("launched_count")) for r in found] == expected
    assert all(r.event_type == "interception" for r in found[-1:])


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("A Russian missile fired at Ukraine landed in Poland, killing two, officials said.",
     "Poland airspace", 2),
    ("A Russian missile fired at western Ukraine crashed in Moldova on Friday.",
     "Moldova airspace", None),
    ("A Houthi ballistic missile fired at Israel fell short and landed in Saudi Arabia, a "
     "U.S. official said.", "Saudi Arabia airspace", None),
    ("A Houthi missile aimed at Eilat fell in Jordan on Friday.", "Jordan airspace", None),
    ("A Russian drone launched at Odesa crashed near Plauru in Romania on Friday.",
     "Plauru", None),
])
def test_a_weapon_that_came_down_abroad_is_placed_where_it_fell_not_at_its_target(
        gz: Gazetteer, text: str, place: str, killed: int | None) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed) == ("airspace_violation", place, killed)


@pytest.mark.parametrize(("text", "place"), [
    # where the war is fought: the attack, where it came down
    ("A Russian missile aimed at Kyiv fell in a field near Boryspil on Friday, officials "
     "said.", "Boryspil"),
    ("A Houthi drone fired at Israel fell in Eilat on Friday, damaging a school.", "Eilat"),
    # (and the land a weapon fell on, named alone, is still that)
    ("A drone fell in Kharkiv on Friday, injuring two.", "Kharkiv"),
])
def test_a_weapon_that_came_down_short_of_its_target_at_home_is_a_strike_there(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("strike", place)


@pytest.mark.parametrize(("text", "place"), [
    ("Kyiv — A Russian ballistic missile struck the city of Sumy on Friday, killing two.",
     "Sumy"),
    ("Kyiv - A Russian ballistic missile struck the city of Sumy on Friday, killing two.",
     "Sumy"),
    ("Odesa, Ukraine – Russian drones hit the port of Izmail overnight, killing one, the "
     "governor said.", "Izmail"),
    # alone, the heading is the place
    ("Kharkiv — Two people were injured in shelling on Friday, the governor said.",
     "Kharkiv"),
])
def test_a_dateline_in_plain_case_is_not_a_place_of_the_claim_after_it(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert r.place_name == place


def test_a_place_set_off_by_a_pair_of_dashes_is_no_dateline(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones hit Kyiv — and Odesa — on Friday.")
    assert [r.place_name for r in found] == ["Kyiv", "Odesa"]


@pytest.mark.parametrize(("text", "arms"), [
    ("The explosion in Toropets was caused by a drone, officials said.", "drone"),
    ("The blast at the ammunition depot in Toropets, in the Tver region, was caused by a "
     "Ukrainian drone, according to a Ukrainian intelligence official.", "drone"),
    ("The fire at the oil depot in Toropets was triggered by a missile, officials said.",
     "missile"),
])
def test_a_blast_whose_cause_is_a_weapon_is_a_strike(gz: Gazetteer, text: str,
                                                     arms: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == ("strike", arms, "Toropets")


def test_a_blast_caused_by_an_accident_is_no_strike(gz: Gazetteer) -> None:
    assert all(r.event_type != "strike" for r in _reports(
        gz, "The explosion in Toropets was caused by a gas leak, officials said."))


def test_a_rocket_launcher_named_like_a_village_is_the_weapon_not_a_second_place(
        gz: Gazetteer) -> None:
    r = _one(gz, "Four civilians died and seven were injured after Russian forces hit a "
                 "humanitarian aid point in Dobropillia with a Grad, the prosecutor's office "
                 "said.")
    assert (r.event_type, r.place_name, r.killed, r.injured) == (
        "shelling", "Dobropillia", 4, 7)


@pytest.mark.parametrize(("text", "place"), [
    ("A missile fired at Lviv was shot down over the Volyn region on Friday, the air force "
     "said.", "Volyn Oblast"),
    ("Drones launched at Moscow were downed over the Kaluga region overnight, the governor "
     "said.", "Kaluga Oblast"),
    ("A Houthi missile aimed at Eilat was intercepted over the Red Sea, the IDF said.",
     "Red Sea"),
    ("Hezbollah drones heading for Haifa were shot down over the Galilee, the army said.",
     "Galilee"),
])
def test_a_weapon_downed_short_of_its_target_is_downed_where_it_was_hit(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("interception", place)


def test_a_target_named_alone_is_still_where_the_weapons_were_downed(gz: Gazetteer) -> None:
    r = _one(gz, "Russia fired missiles at Kyiv overnight; all were shot down, the city's "
                 "military administration said.")
    assert (r.event_type, r.place_name) == ("interception", "Kyiv")


@pytest.mark.parametrize(("text", "killed", "children"), [
    ("Three members of a family, including a 9-year-old boy, were killed when a Russian "
     "glide bomb struck their home in Velyka Pysarivka.", 3, 1),
    ("Three members of one family were killed when a Russian glide bomb struck their home "
     "in Velyka Pysarivka.", 3, None),
    ("Five members of the same family were killed in an Israeli strike on a house in "
     "Rafah.", 5, None),
    ("An Israeli strike on a house in Rafah killed 11 members of the Abu Taha family.",
     11, None),
])
def test_members_of_a_family_are_counted_as_people(
        gz: Gazetteer, text: str, killed: int, children: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.children_killed) == (killed, children)


@pytest.mark.parametrize(("text", "place", "killed", "weapon"), [
    ("Russian missiles and drones struck Ukraine overnight, officials said. Two people "
     "were killed in Lutsk.", "Lutsk", 2, "missile"),
    ("Russia attacked Ukraine with drones overnight, the air force said. In Lutsk, two "
     "people were killed.", "Lutsk", 2, "drone"),
    ("Russian missiles and drones struck Ukraine overnight, officials said. Lutsk was the "
     "hardest hit, with two people killed.", "Lutsk", 2, "missile"),
    ("Israeli jets pounded Lebanon on Friday, the army said. Three people were wounded in "
     "Nabatieh.", "Nabatieh", None, "aircraft"),
])
def test_the_harm_told_after_an_attack_on_a_whole_country_is_that_attacks(
        gz: Gazetteer, text: str, place: str, killed: int | None, weapon: str) -> None:
    """The country-wide lead gives no claim of its own; the town named right after is
    where its harm was, with its weapon, night and speaker."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed, r.weapon) == ("strike", place, killed,
                                                                 weapon)
    assert r.event_date == (date(2024, 6, 14) if "Friday" in text else date(2024, 6, 15))
    assert r.claimed_by in {"officials", "the air force", "the army"}


@pytest.mark.parametrize("text", [
    # a toll in another country, or one the speaker's office only names
    "Russian drones struck Ukraine overnight, officials said. Two people were killed in "
    "Gaza.",
    "Russia struck Ukraine overnight. Two people were killed in clashes in the Kursk region.",
])
def test_a_toll_elsewhere_is_not_the_harm_of_a_country_wide_attack(
        gz: Gazetteer, text: str) -> None:
    assert all(r.weapon == "unknown" or r.country != "UA" for r in _reports(gz, text))


def test_hardest_hit_by_something_else_is_no_attack(gz: Gazetteer) -> None:
    assert _reports(gz, "Russian forces struck Ukraine overnight. Kharkiv's farmers were "
                        "the hardest hit by the drought.") == []


@pytest.mark.parametrize(("text", "place", "count", "launched", "weapon"), [
    ("Russia launched 40 drones at Ukraine overnight. Thirty were destroyed over the Kyiv "
     "region, the air force said.", "Kyiv Oblast", 30, 40, "drone"),
    ("Russia fired 40 missiles at Ukraine overnight. Most were shot down over Kyiv, the air "
     "force said.", "Kyiv", None, 40, "missile"),
    ("Iran launched more than 180 ballistic missiles at Israel on Friday. About 150 were "
     "intercepted over the Negev, the army said.", "Negev", 150, 180, "missile"),
    ("Russia launched 40 drones at Ukraine overnight. Two people were killed in Kharkiv. "
     "Three were destroyed over the Kharkiv region.", "Kharkiv Oblast", 3, None, "drone"),
])
def test_a_share_with_no_noun_of_its_own_is_of_the_weapons_launched_before(
        gz: Gazetteer, text: str, place: str, count: int | None, launched: int | None,
        weapon: str) -> None:
    """ "Thirty were destroyed over the Kyiv region": thirty of the drones told before,
    downed there (with their weapon, and the number launched when the claim before gave
    it), though the sentence names a place of its own."""
    downed = [r for r in _reports(gz, text) if r.event_type == "interception"]
    assert [(r.place_name, r.count, r.extras.get("launched_count"), r.weapon)
            for r in downed] == [(place, count, launched, weapon)]


def test_a_share_of_the_houses_hit_is_no_downing(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones hit three houses in Sumy overnight. Two were "
                         "destroyed, the mayor said.")
    assert [r.event_type for r in found] == ["strike"]


@pytest.mark.parametrize(("text", "weapon"), [
    ("The Israeli army said it intercepted a surface-to-air missile fired from Lebanon "
     "toward an Israeli drone.", "missile"),
    ("The army said air defences intercepted two anti-aircraft missiles fired at its drones "
     "over the Bekaa.", "missile"),
    # what brought it down is still not the weapon downed
    ("Hezbollah said it shot down an Israeli drone with a surface-to-air missile over "
     "Nabatieh.", "drone"),
    ("An Israeli Hermes drone was downed by a surface-to-air missile over southern Lebanon, "
     "the army said.", "drone"),
])
def test_a_surface_to_air_missile_intercepted_is_the_weapon_downed(
        gz: Gazetteer, text: str, weapon: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("interception", weapon)
    assert r.country in {"IL", "LB"}


@pytest.mark.parametrize("text", [
    "In the early hours of Friday, explosions were heard in Sevastopol; the Russian-installed "
    "governor Mikhail Razvozhayev said air defences had repelled an attack by naval drones.",
    "Blasts rang out over Odesa overnight; the regional governor said air defences had "
    "downed six drones.",
])
def test_blasts_heard_then_a_downing_in_one_sentence_are_over_the_same_place(
        gz: Gazetteer, text: str) -> None:
    """The blasts heard were the defence at work: the downing is over the town, not
    somewhere in its country (nor in Russia, for a "Russian-installed" governor)."""
    found = _reports(gz, text)
    downed = [r for r in found if r.event_type == "interception"]
    assert len(downed) == 1 and downed[0].place_kind == "city"
    assert downed[0].place_name == next(r.place_name for r in found
                                        if r.event_type == "explosion")


def test_a_patrons_adjective_is_not_the_speakers_country(gz: Gazetteer) -> None:
    found = _reports(gz, "The Russian-installed mayor Ivan Prikhodko said air defences shot "
                         "down five drones.")
    assert all(r.country != "RU" for r in found)


@pytest.mark.parametrize(("text", "weapon"), [
    ("Myanmar's junta dropped bombs on a school in Sagaing region, killing 11 children.",
     "aircraft"),
    ("The military dropped two 500-pound bombs on a monastery in Sagaing region.", "aircraft"),
    # a drone that drops them is named
    ("Russian forces dropped bombs from a drone on a car in Nikopol, injuring a man.",
     "drone"),
    ("A Russian drone dropped bombs on a car in Nikopol, injuring a man.", "drone"),
])
def test_bombs_an_army_dropped_came_from_its_aircraft(
        gz: Gazetteer, text: str, weapon: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("strike", weapon)


@pytest.mark.parametrize(("text", "places"), [
    ("Russian drones were shot down over Ukraine before they could reach Polish airspace, "
     "Poland's army said.", [("interception", "Ukraine")]),
    ("A UAV launched from Yemen was intercepted before it entered Israeli airspace, the "
     "military said.", []),
    ("The IDF said a drone launched from Lebanon was intercepted before crossing into Israeli "
     "territory.", [("interception", "Israel")]),
    # it did cross
    ("Two drones crossed into Polish airspace before returning to Belarus, the army said.",
     [("airspace_violation", "Poland airspace")]),
])
def test_a_border_a_weapon_was_downed_before_crossing_is_no_violation_nor_its_place(
        gz: Gazetteer, text: str, places: list[tuple[str, str]]) -> None:
    """Not Poland's airspace, which the drones never reached (the IDF's own country
    stands in, at country precision, when the text names nowhere else)."""
    assert [(r.event_type, r.place_name) for r in _reports(gz, text)] == places


@pytest.mark.parametrize(("text", "event", "place"), [
    ("Polish authorities said on Sunday that an object that may have been a drone crashed in "
     "a field near Lublin.", "airspace_violation", "Lublin"),
    ("An object which might have been a Russian drone fell near Rezina, Moldovan police said.",
     "airspace_violation", "Rezina"),
    ("Fragments that could have been parts of a missile were found near Tulcea, the ministry "
     "said.", "airspace_violation", "Tulcea"),
])
def test_a_doubt_about_what_the_object_was_is_no_forecast(
        gz: Gazetteer, text: str, event: str, place: str) -> None:
    """ "may have been a drone" doubts what it was, not whether it happened."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == (event, place)


@pytest.mark.parametrize("text", [
    "Russia may have launched drones at Lublin, officials warned.",
    "Drones might have been launched at Rezina, Moldovan police said.",
])
def test_a_modal_about_the_event_itself_still_gives_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "event", "place"), [
    ("Debris from a Russian drone hit a house in the Romanian village of Plauru overnight, "
     "the defence ministry said.", "airspace_violation", "Plauru"),
    ("Fragments of a drone damaged a barn near Ceadir-Lunga, Moldovan police said.",
     "airspace_violation", "Ceadîr-Lunga"),
    ("The village of Plauru was hit by debris from a Russian drone overnight, Romania's "
     "defence ministry said.", "airspace_violation", "Plauru"),
    ("A house in Plauru was damaged by falling debris from a drone, the ministry said.",
     "airspace_violation", "Plauru"),
    # where the war is fought, the attack's end
    ("Debris from a Russian drone hit a house in Kyiv overnight, the mayor said.", "strike",
     "Kyiv"),
    ("Debris from a downed drone hit a house in Kyiv overnight, the mayor said.", "strike",
     "Kyiv"),
])
def test_debris_that_hit_a_neighbours_soil_is_a_violation_not_a_strike(
        gz: Gazetteer, text: str, event: str, place: str) -> None:
    """The issue's airspace violation includes debris found on a neighbour's soil; debris
    that hit something there is that too (in Ukraine it stays part of the attack)."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == (event, "drone", place)


@pytest.mark.parametrize(("text", "place"), [
    ("A Romanian village near the Danube was hit by debris from a Russian drone overnight, the "
     "defence ministry said.", "Romania airspace"),
    ("A Russian drone crashed near the Polish village of Osiny, prosecutors said.",
     "Poland airspace"),
    ("Debris from a drone fell on a Moldovan farm on Sunday, police said.", "Moldova airspace"),
])
def test_a_neighbours_village_the_index_lacks_gives_its_country(
        gz: Gazetteer, text: str, place: str) -> None:
    """Which village is unknown (or not in the index), its country is not."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == ("airspace_violation", "drone", place)


def test_a_village_in_the_war_country_unnamed_is_that_countrys(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian drone struck a Ukrainian village near the border on Friday, "
                 "killing two people, police said.")
    assert (r.event_type, r.place_name, r.place_kind, r.killed) == (
        "strike", "Ukraine", "country", 2)
    assert r.place_note.endswith("country precision")


@pytest.mark.parametrize(("text", "place", "count", "killed", "injured"), [
    ("The Kherson regional military administration said Russian troops had fired 412 "
     "projectiles at the region in the past day, killing two and wounding 13.",
     "Kherson Oblast", 412, 2, 13),
    ("Russian forces fired 96 projectiles at Nikopol and nearby communities over the day, "
     "injuring a woman, governor Serhii Lysak said.", "Nikopol", 96, None, 1),
    ("Over the past day, the enemy launched 35 projectiles at the Zaporizhzhia region, the "
     "regional administration said.", "Zaporizhzhia Oblast", 35, None, None),
])
def test_a_daily_tally_of_projectiles_fired_is_a_claim(
        gz: Gazetteer, text: str, place: str, count: int, killed: int | None,
        injured: int | None) -> None:
    """Ukrainian regional administrations count "projectiles" without naming the arms."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name, r.count, r.killed, r.injured) == (
        "strike", "unknown", place, count, killed, injured)


@pytest.mark.parametrize(("text", "place", "note"), [
    ("On 3 March, unidentified armed men attacked the village of Kassoum (Banwa, Boucle du "
     "Mouhoun). Fatalities unknown.", "Banwa", "Kassoum"),
    ("Gunmen attacked the town of Solenzo (Banwa, Boucle du Mouhoun), killing 12 civilians.",
     "Solenzo", None),
])
def test_bracketed_parents_with_a_particle_are_parents(
        gz: Gazetteer, text: str, place: str, note: str | None) -> None:
    """ACLED's "(Banwa, Boucle du Mouhoun)": a province and its region, not two more
    claims."""
    r = _one(gz, text)
    assert r.place_name == place
    assert note is None or note in r.place_note


@pytest.mark.parametrize("text", [
    "Air raid sirens blared across Kyiv for more than two hours as ballistic missiles "
    "targeted the capital.",
    "For three nights in a row drones attacked Odesa, the governor said.",
    "Within 20 minutes Russian missiles struck Kharkiv, the mayor said.",
])
def test_a_span_of_time_is_no_count_of_weapons(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.count) == ("strike", None)


@pytest.mark.parametrize(("text", "count"), [
    ("Russia fired 12 ballistic missiles at Kyiv, the air force said.", 12),
    ("In two hours, 40 drones attacked Odesa, the governor said.", 40),
])
def test_a_count_beside_a_span_of_time_stays(gz: Gazetteer, text: str, count: int) -> None:
    assert _one(gz, text).count == count


@pytest.mark.parametrize(("text", "who"), [
    ("An AFP journalist heard at least five explosions in Kharkiv just after midnight.",
     "An AFP journalist"),
    ("Reuters witnesses heard several explosions in the centre of Kharkiv on Friday.",
     "Reuters witnesses"),
    ("A Reuters witness saw smoke rising over Kharkiv after several loud explosions on "
     "Friday.", "A Reuters witness"),
    ("Residents reported hearing what sounded like blasts in Kharkiv on Friday.",
     "Residents"),
])
def test_blasts_a_witness_heard_are_an_explosion_told_by_the_witness(
        gz: Gazetteer, text: str, who: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.claimed_by) == ("explosion", "Kharkiv", who)


@pytest.mark.parametrize("text", [
    "A Reuters witness heard no explosions in Kharkiv on Friday.",
    "Residents heard a loud explosion at a chemical plant in Kharkiv on Friday.",
])
def test_no_blast_heard_or_a_civil_one_is_no_explosion(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_a_speaker_quoted_outranks_a_witness(gz: Gazetteer) -> None:
    r = _one(gz, "Residents heard at least three blasts in Belgorod on Friday evening, and "
                 "the governor said air defences were working.")
    assert r.claimed_by == "the governor"


@pytest.mark.parametrize(("text", "place"), [
    ("The Houthis claimed responsibility for a drone attack on the Israeli city of Eilat, "
     "which the Israeli military said was intercepted over the Red Sea.", "Red Sea"),
    ("Hezbollah fired a missile at Haifa, which the army said it intercepted over the "
     "Mediterranean Sea.", "Mediterranean Sea"),
    ("Russia launched a drone at Kharkiv, which was shot down over the Sumy region, the air "
     "force said.", "Sumy Oblast"),
    # no place in the clause: the target named stays the claim's place
    ("The Houthis fired a missile at Eilat, which the Israeli military said was "
     "intercepted.", "Eilat"),
])
def test_where_a_which_clause_says_it_was_downed_is_the_downing_s_place(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("interception", place)


@pytest.mark.parametrize(("text", "place"), [
    ("Fano militia attacked government positions in Debre Markos on Sunday.", "Debre Markos"),
    ("Donbas rebels shelled Avdiivka on Sunday, killing two civilians.", "Avdiivka"),
    ("Kachin insurgents attacked an army post near Bhamo on Sunday.", "Bhamo"),
])
def test_a_place_naming_an_armed_group_is_not_where_it_struck(
        gz: Gazetteer, text: str, place: str) -> None:
    assert [r.place_name for r in _reports(gz, text)] == [place]


@pytest.mark.parametrize(("text", "place", "killed", "injured"), [
    ("Kherson region: over the past day, 4 people were killed and 19 injured as a result of "
     "Russian aggression, the regional military administration reported.", "Kherson Oblast",
     4, 19),
    ("As a result of Russian aggression, two people were killed in the Donetsk region over "
     "the past day.", "Donetsk Oblast", 2, None),
    ("Three people were injured in Nikopol as a consequence of the enemy's armed aggression "
     "on Thursday.", "Nikopol", None, 3),
])
def test_a_toll_of_the_aggression_is_an_attack_there(
        gz: Gazetteer, text: str, place: str, killed: int | None, injured: int | None) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed, r.injured) == (
        "other_attack", place, killed, injured)


@pytest.mark.parametrize("text", [
    "Since February 2022, more than 500 children have been killed as a result of Russian "
    "aggression in Ukraine, the prosecutor general's office said.",
    "The foreign ministry condemned Russian aggression against Ukraine.",
])
def test_the_aggression_without_a_day_s_toll_is_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("text", [
    "US and UK forces struck Houthi targets in Yemen on Saturday.",
    "U.S. and British warplanes struck 18 Houthi targets across eight locations in Yemen on "
    "Saturday, the Pentagon said.",
    "Israeli and US jets struck Houthi radar sites in Yemen on Saturday.",
])
def test_two_nations_forces_are_the_attackers_not_a_place(gz: Gazetteer, text: str) -> None:
    assert [r.place_name for r in _reports(gz, text)] == ["Yemen"]


@pytest.mark.parametrize(("text", "place"), [
    ("Israeli jets struck targets in Yemen on Saturday.", "Yemen"),
    ("Israeli jets bombed targets in Lebanon on Saturday night, Lebanese media said.",
     "Lebanon"),
])
def test_plain_targets_struck_on_a_day_are_a_strike_on_the_country(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == ("strike", "aircraft", place)


@pytest.mark.parametrize("text", [
    "Russia has struck targets across Ukraine since 2022.",
    "Russian forces have repeatedly hit targets in Ukraine, officials say.",
    # (troops' targets near a front may stand on either side of it)
    "Ukrainian forces struck Russian targets near the border on Monday.",
])
def test_targets_struck_again_and_again_are_background(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "places"), [
    ("Moldova's Interior Ministry said a drone crashed in a field in Cahul district near the "
     "border with Romania's Galati county.", ["Cahul District"]),
    ("Russian shelling hit the village of Krasnopillia near the border with Russia's "
     "Belgorod region, killing one.", ["Krasnopillia"]),
    ("A drone crashed near Ceadir-Lunga, close to the border with Ukraine's Odesa region, "
     "Moldovan police said.", ["Ceadîr-Lunga"]),
])
def test_a_region_across_the_border_is_no_place_of_the_claim(
        gz: Gazetteer, text: str, places: list[str]) -> None:
    assert [r.place_name for r in _reports(gz, text)] == places


@pytest.mark.parametrize(("text", "weapon"), [
    ("Two people were killed as Russian bombs fell on Kostiantynivka on Wednesday afternoon.",
     "aircraft"),
    ("Bombs rained down on Rafah overnight, killing 12, medics said.", "aircraft"),
    # (a drone that drops them is the weapon; a car bomb is no aircraft)
    ("A drone dropped bombs on a car in Kherson on Friday.", "drone"),
    ("A car bomb exploded in Mogadishu on Friday, killing three.", "unknown"),
])
def test_bombs_that_fell_came_from_the_air(gz: Gazetteer, text: str, weapon: str) -> None:
    assert _one(gz, text).weapon == weapon


@pytest.mark.parametrize(("text", "town", "word"), [
    ("Ukraine's General Staff said its forces repelled 42 Russian assaults in the Pokrovsk "
     "direction on Friday.", "Pokrovsk", "direction"),
    ("Russian troops launched 14 attacks on the Kupiansk axis on Thursday, the General Staff "
     "said.", "Kupiansk", "axis"),
    ("Ukrainian forces shot down a Russian Su-25 attack aircraft in the Donetsk direction on "
     "Friday, the air force said.", "Donetsk", "direction"),
])
def test_a_front_sector_named_after_a_town_is_near_the_town_not_at_it(
        gz: Gazetteer, text: str, town: str, word: str) -> None:
    """The General Staff's "Pokrovsk direction" is a stretch of the front tens of km long:
    mapped at the town, but noted as near it, as ACLED's precision 2."""
    r = _one(gz, text)
    assert r.place_name == town
    assert r.place_note.startswith(NEAR_NOTE) and f"{town} {word}" in r.place_note


@pytest.mark.parametrize("text", [
    "Shelling hit Kupiansk on Thursday, killing two people, the regional governor said.",
    "Russian shelling hit Pokrovsk near the front line on Friday, police said.",
])
def test_a_town_itself_has_no_front_sector_note(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).place_note is None


@pytest.mark.parametrize(("text", "event", "who"), [
    ("The ministry condemned the attack, saying air defences destroyed 24 Ukrainian drones "
     "over the Belgorod region on Friday.", "interception", "The ministry"),
    ("The Russian Defence Ministry described the overnight attack as a terrorist act, saying "
     "air defences destroyed 24 Ukrainian drones over the Belgorod region.", "interception",
     "The Russian Defence Ministry"),
    ("The foreign ministry condemned the attack, adding that a drone hit a house in Shebekino "
     "on Friday.", "strike", "The foreign ministry"),
])
def test_a_speaker_who_condemns_and_goes_on_saying_what_happened_tells_a_claim(
        gz: Gazetteer, text: str, event: str, who: str) -> None:
    """A condemnation is diplomacy, but what its speaker goes on "saying" is an event, and
    the sentence's subject is its source."""
    r = _one(gz, text)
    assert (r.event_type, r.claimed_by) == (event, who)


@pytest.mark.parametrize("text", [
    "The foreign ministry condemned the strike on Kharkiv, saying Russia must be held to "
    "account.",
    "Zelensky condemned the attack on Odesa, adding that Ukraine needs more air defence.",
])
def test_a_condemnation_with_no_event_after_saying_stays_no_claim(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("The mayor, writing on Telegram, said a missile hit a hospital in Kharkiv on Friday.",
     "The mayor"),
    ("Gladkov, who described the situation as difficult, said shelling killed a woman in "
     "Shebekino on Friday.", "Gladkov"),
    ("Ukraine's air force, in a statement on Telegram, said 31 drones were destroyed over the "
     "Mykolaiv region on Friday.", "Ukraine's air force"),
    ("Iraqi police officials, speaking on condition of anonymity, said a car bomb killed 20 "
     "people in Baghdad on Thursday.", "Iraqi police officials"),
])
def test_a_speaker_before_an_aside_is_the_source(gz: Gazetteer, text: str, who: str) -> None:
    """ "The mayor, writing on Telegram, said": the aside between the speaker and "said" is
    how or where they spoke, not who."""
    assert _one(gz, text).claimed_by == who


def test_a_township_with_its_region_keeps_the_toll_on_one_claim(gz: Gazetteer) -> None:
    r = _one(gz, "The Myanmar military carried out an airstrike on a village in Sagaing "
                 "region's Kani township on Tuesday, killing 11 people including four "
                 "children, a local resistance group said.")
    assert (r.place_name, r.country, r.killed, r.children_killed) == ("Sagaing", "MM", 11, 4)


@pytest.mark.parametrize(("text", "killed", "injured", "ck", "ci"), [
    ("Two children were among five people killed in Russian shelling of the town of "
     "Vovchansk on Friday, according to police.", 5, None, 2, None),
    ("Three children were among the 16 dead after a Russian missile hit a shopping centre in "
     "Kharkiv on Friday, officials said.", 16, None, 3, None),
    ("Two teenagers are among 11 people wounded in a drone attack on Kherson on Friday, the "
     "governor said.", None, 11, None, 2),
])
def test_children_among_a_counted_toll_are_counted(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None, ck: int | None,
        ci: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured, r.children_killed, r.children_injured) == (
        killed, injured, ck, ci)


def test_children_among_the_evacuated_are_no_toll(gz: Gazetteer) -> None:
    r = _one(gz, "Two children were among those evacuated after shelling hit Kherson on "
                 "Friday, killing three people.")
    assert (r.killed, r.children_killed) == (3, None)


@pytest.mark.parametrize(("text", "country"), [
    ("Pro-Iranian militias launched a drone attack on the U.S. Tower 22 base in northeastern "
     "Jordan, killing three American soldiers, the Pentagon said.", "JO"),
    ("A drone hit the US Patrol Base Shaddadi in Syria on Friday, officials said.", "SY"),
])
def test_a_named_base_a_country_runs_abroad_is_not_that_country(
        gz: Gazetteer, text: str, country: str) -> None:
    """ "the U.S. Tower 22 base": the base is America's, the place is where it stands."""
    assert {r.country for r in _reports(gz, text)} == {country}


@pytest.mark.parametrize(("text", "killed", "injured", "qualifier"), [
    ("Kupiansk came under artillery fire again on Saturday, with a 72-year-old woman wounded, "
     "the regional prosecutor's office said.", None, 1, None),
    ("Russian drones attacked Kherson on Friday, with one man killed, the governor said.", 1,
     None, None),
    ("Shelling hit Nikopol on Friday, with a woman among the wounded, officials said.", None, 1,
     "at least"),
])
def test_a_toll_told_with_with_counts_one_person(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None,
        qualifier: str | None) -> None:
    """ "..., with a woman wounded": the absolute clause of AP copy tells the toll."""
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)
    assert (r.injured_qualifier if injured else r.killed_qualifier) == qualifier


@pytest.mark.parametrize(("second", "who"), [
    ("The Defence Ministry in Moscow confirmed the attack.", "The Defence Ministry in Moscow"),
    ("Officials in Kyiv confirmed the strike.", "Officials in Kyiv"),
    ("The Defence Ministry in Moscow said the attack targeted a military facility.",
     "The Defence Ministry in Moscow"),
])
def test_a_second_source_confirming_the_attack_is_kept_on_the_claim(
        gz: Gazetteer, second: str, who: str) -> None:
    """The city a confirming speaker sits in is no second attack: the claim before keeps
    its place and source, and the new speaker is kept beside it."""
    r = _one(gz, "A Russian missile hit a hospital in Kharkiv on Friday, the governor said. "
                 + second)
    assert (r.place_name, r.claimed_by) == ("Kharkiv", "the governor")
    assert r.extras["also_claimed_by"] == [who]


def test_a_confirmation_gives_an_unsourced_claim_its_source(gz: Gazetteer) -> None:
    r = _one(gz, "A US airstrike killed three al-Shabaab fighters near Jilib on Friday. "
                 "AFRICOM confirmed the strike.")
    assert (r.place_name, r.claimed_by, r.killed) == ("Jilib", "AFRICOM", 3)


def test_the_attack_told_in_another_place_is_a_claim_of_its_own(gz: Gazetteer) -> None:
    found = _reports(gz, "A drone hit a house in Kursk on Friday, officials said. In "
                         "Belgorod, the attack damaged a school, the governor said.")
    assert {r.place_name for r in found} == {"Kursk", "Belgorod"}


@pytest.mark.parametrize(("text", "iso"), [
    ("Parts of a Russian drone were found in a field in Podkarpackie province on Friday, "
     "the Polish army said.", "PL-18"),
    ("An object that entered Polish airspace from Belarus on Friday may have crashed in the "
     "Lubelskie voivodeship, the operational command said.", "PL-06"),
    ("A drone crashed in the Vilnius region near the Belarusian border on Friday, "
     "Lithuania's army said.", "LT-VL"),
    ("Lithuanian authorities said on Friday that a drone that violated the country's "
     "airspace fell in Vilnius County.", "LT-VL"),
])
def test_a_drone_astray_in_a_polish_or_lithuanian_region_is_that_region(
        gz: Gazetteer, text: str, iso: str) -> None:
    """Not the city the county is named after, and not the whole country."""
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.place_id) == (
        "airspace_violation", "admin1", f"ne1:{iso}")
    assert r.event_date == date(2024, 6, 14)


@pytest.mark.parametrize(("text", "place"), [
    ("Polish authorities closed the airspace over Rzeszow and Lublin on Friday as Russia "
     "attacked western Ukraine.", "Ukraine"),
    ("Romania scrambled F-16 jets near Tulcea on Friday as Russian drones struck the "
     "Ukrainian port of Izmail.", "Izmail"),
    ("Poland scrambled jets and closed Rzeszow airport on Friday, as Russian missiles "
     "struck Lviv.", "Lviv"),
    ("Israeli forces cut off Gaza City from the south on Friday as airstrikes hit Khan "
     "Younis.", "Khan Younis"),
])
def test_what_a_neighbour_did_as_the_attack_went_on_is_not_the_attacks_place(
        gz: Gazetteer, text: str, place: str) -> None:
    """The attack is told in the "as" clause; the airport closed in another country is
    only the setting."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("strike", place)


@pytest.mark.parametrize(("text", "place"), [
    # the harm was where the first clause says, or the first place is inside the second
    ("Two people were killed in Przewodow on Friday as Russia attacked Ukraine, Polish "
     "officials said.", "Przewodów"),
    ("Two people were killed in Kharkiv on Friday as Russian missiles hit Ukraine, "
     "officials said.", "Kharkiv"),
])
def test_harm_told_before_an_as_clause_stays_where_it_was_told(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed) == (place, 2)


def test_an_as_clause_that_names_only_who_told_the_attack_moves_nothing(
        gz: Gazetteer) -> None:
    r = _one(gz, "On Wednesday, the ceasefire brokered by Turkey for eastern Aleppo collapsed "
                 "less than a day after it began, as Turkey and activists on the ground "
                 "accused the regime of heavy shelling.")
    assert (r.event_type, r.place_name) == ("shelling", "Aleppo")


@pytest.mark.parametrize(("head", "body"), [
    ("Gladkov", "A drone attacked a car in Shebekino on Friday, injuring two men."),
    ("Syniehubov", "Two people were injured in a drone strike on Kupiansk on Friday."),
])
def test_a_feed_line_opened_by_a_surname_the_article_named_is_that_speakers(
        gz: Gazetteer, head: str, body: str) -> None:
    full = {"Gladkov": "Belgorod Governor Vyacheslav Gladkov",
            "Syniehubov": "Kharkiv regional governor Oleh Syniehubov"}[head]
    text = f"{full} said shelling damaged a school on Thursday.\n\n{head}: {body}"
    r = _reports(gz, text)[-1]
    assert (r.event_date, r.injured) == (date(2024, 6, 14), 2)
    assert r.claimed_by.endswith(head) and r.claimed_by != head and r.claimed_by in full


@pytest.mark.parametrize("text", [
    # a place, a label, or a name the article never gave in full: no speaker
    "Russian drones struck Kharkiv overnight, officials said.\n\nKharkiv: A drone hit a "
    "house on Friday, injuring two.",
    "Russian drones struck Kharkiv overnight, officials said.\n\nUpdate: A drone hit a "
    "house in Kharkiv on Friday, injuring two.",
    "Gladkov: A drone attacked a car in Shebekino on Friday, injuring two men.",
])
def test_a_feed_line_opened_by_a_place_or_a_label_names_no_speaker(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text)[-1].claimed_by is None


@pytest.mark.parametrize(("text", "who"), [
    ("On 14 June 2024, Ukrainian forces shelled Horlivka, killing a civilian woman. The "
     "Russian-installed mayor reported the casualty.", "The Russian-installed mayor"),
    ("On 14 June 2024, Belarusian helicopters violated Polish airspace near Bialowieza. "
     "The Polish military reported the incident.", "The Polish military"),
    ("Russian drones struck a depot in Kupiansk on Friday. Regional governor Oleh "
     "Syniehubov confirmed the attack.", "Regional governor Oleh Syniehubov"),
])
def test_a_speaker_who_reported_the_incident_in_a_sentence_after_is_its_source(
        gz: Gazetteer, text: str, who: str) -> None:
    """ACLED's notes name their source last ("The mayor reported the casualty")."""
    r = _one(gz, text)
    assert (r.claimed_by, r.extras["claimed_by_from"]) == (who, "next sentence")


def test_reporting_the_incident_beside_a_source_is_a_second_source(gz: Gazetteer) -> None:
    r = _one(gz, "Shelling killed a man in Nikopol on Friday, the governor said. Nikopol "
                 "Mayor Oleksandr Saiuk reported the incident.")
    assert (r.claimed_by, r.extras["also_claimed_by"]) == (
        "the governor", ["Nikopol Mayor Oleksandr Saiuk"])


@pytest.mark.parametrize("second", [
    "The ministry condemned the attack.",
    "Moscow denied the attack.",
    "The mayor reported the incident to the police, who are investigating it.",
])
def test_condemning_or_denying_the_incident_is_no_source_of_it(gz: Gazetteer,
                                                                second: str) -> None:
    r = _reports(gz, f"Shelling killed a man in Nikopol on Friday. {second}")[0]
    assert r.claimed_by is None


def test_a_whole_country_without_figures_stays_no_claim(gz: Gazetteer) -> None:
    assert _reports(gz, "Russia's attacks on Ukraine have drawn wide condemnation.") == []


@pytest.mark.parametrize("text", [
    "The Pentagon said it had no indication of an attack on its ships in the Red Sea.",
    "Moscow denied that its forces had struck the hospital in Kharkiv.",
    "Russia has launched more than 8,000 drones at Ukraine this year, the air force said.",
])
def test_denials_and_yearly_tallies_are_not_claims(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_a_dated_claim_that_mentions_the_year_is_still_a_claim(gz: Gazetteer) -> None:
    r = _one(gz, "Russia launched its largest drone attack this year on Kyiv early on "
                 "Friday, killing two people, the mayor said.")
    assert (r.event_type, r.place_name, r.killed) == ("strike", "Kyiv", 2)


def test_an_aircraft_carrier_is_a_target_not_the_weapon(gz: Gazetteer) -> None:
    r = _one(gz, "The Houthis said they fired drones at an aircraft carrier in the Red Sea "
                 "on Friday.")
    assert (r.weapon, r.place_kind) == ("drone", "sea")


def test_intrusion_of_a_neighbours_airspace(gz: Gazetteer) -> None:
    r = _one(gz, "Radar tracked a possible intrusion of Polish airspace on Friday, the "
                 "army said.")
    assert (r.event_type, r.place_kind, r.country) == ("airspace_violation", "airspace", "PL")


@pytest.mark.parametrize("text,who", [
    ("A drone hit a power line in Sumy on Friday, Gov. Ivan Petrenko said.",
     "Gov. Ivan Petrenko"),
    ("Shelling killed a man in Nikopol on Friday, the regional prosecutor's office said.",
     "the regional prosecutor's office"),
])
def test_claimants_with_abbreviated_titles_and_offices(gz: Gazetteer, text: str, who: str
                                                       ) -> None:
    assert _one(gz, text).claimed_by == who


def test_dateline_without_a_country_is_not_part_of_the_claimant(gz: Gazetteer) -> None:
    r = _one(gz, "BEIRUT (Reuters) - An Israeli strike hit a car near Tyre on Friday, "
                 "the health ministry said.")
    assert r.claimed_by == "the health ministry" and r.country == "LB"


# -- conflict-database notes: "Town, District, Region." hierarchies --------------------

@pytest.mark.parametrize("text,town", [
    ("On 3 June 2024, Russian forces shelled Vovchansk, Chuhuiv raion, Kharkiv. "
     "Two civilians were injured.", "Vovchansk"),
    ("On 3 June 2024, Ukrainian forces shot down a Russian Su-34 near Pokrovsk, Donetsk. "
     "No casualties were reported.", "Pokrovsk"),
])
def test_a_place_hierarchy_gives_one_report_at_the_town(gz: Gazetteer, text: str, town: str
                                                        ) -> None:
    r = _one(gz, text)
    assert r.place_name.startswith(town[:5]) and r.place_kind == "town"
    assert r.event_date == date(2024, 6, 3)


def test_a_region_written_after_a_city_is_its_parent(gz: Gazetteer) -> None:
    r = _one(gz, "On 4 June 2024, an airstrike hit a house in Khan Younis, Gaza Strip, "
                 "killing 5 people including 3 children.")
    assert (r.country, r.place_kind, r.killed) == ("PS", "city", 5)


def test_pronoun_speaker_gives_its_country_to_an_interception(gz: Gazetteer) -> None:
    found = _reports(gz, "Ukraine's air force said Russia fired 60 drones overnight. "
                         "Air defences shot down 51 of them, it said.")
    down = [r for r in found if r.event_type == "interception"]
    assert [(r.country, r.place_kind, r.count) for r in down] == [("UA", "country", 51)]
    assert down[0].claimed_by == "Ukraine's air force"


@pytest.mark.parametrize("text", [
    "Belarus held joint exercises near Brest on Tuesday, simulating air strikes on enemy "
    "columns.",
    "North Korea test-launched a cruise missile off its west coast on Friday, Seoul said.",
    "Two years ago, a Russian missile hit the drama theatre in Mariupol, killing hundreds.",
    "Residents of Chernihiv marked the anniversary of the missile attack on the city "
    "square on Friday.",
])
def test_exercises_tests_and_anniversaries_are_not_claims(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_a_drone_dropping_a_munition_is_a_strike_and_the_driver_counts(gz: Gazetteer
                                                                      ) -> None:
    r = _one(gz, "In Kherson, a Russian drone dropped a grenade on a bus on Friday, "
                 "injuring the driver, the city military administration said.")
    assert (r.event_type, r.weapon, r.place_name, r.injured) == ("strike", "drone", "Kherson", 1)


def test_a_country_in_the_speakers_name_is_not_the_place(gz: Gazetteer) -> None:
    r = _one(gz, "The UK Maritime Trade Operations agency said a tanker was hit by a "
                 "projectile 60 nautical miles southwest of Aden on Friday.")
    assert r.country == "YE" and r.place_note and "southwest of" in r.place_note
    assert r.claimed_by == "The UK Maritime Trade Operations agency"


def test_a_regional_official_s_region_stands_in_when_nothing_else_is_named(gz: Gazetteer
                                                                          ) -> None:
    r = _one(gz, "Belgorod Governor Vyacheslav Gladkov said two people were injured when "
                 "a drone hit their car on Friday.")
    assert (r.place_kind, r.admin1, r.injured) in {("city", "Belgorod Oblast", 2),
                                                    ("admin1", "Belgorod Oblast", 2)}


def test_a_claim_the_reporter_makes_is_not_credited_to_the_speaker_before(gz: Gazetteer
                                                                         ) -> None:
    found = _reports(gz, "The defence ministry said 10 drones were downed over the Kursk "
                         "region overnight. Explosions were later reported in Sumy.")
    assert [(r.place_name, r.claimed_by) for r in found] == [
        ("Kursk Oblast", "The defence ministry"), ("Sumy", None)]


def test_weapon_names_with_letters_are_not_places(gz: Gazetteer) -> None:
    r = _one(gz, "Russia fired four Iskander-M missiles at Odesa overnight, the air force "
                 "said.")
    assert (r.place_name, r.weapon, r.count) == ("Odesa", "missile", 4)


def test_an_armed_group_or_weapon_named_like_a_village_is_no_place(gz: Gazetteer) -> None:
    r = _one(gz, "An Israeli drone strike on a car near the coastal city of Tyre killed a "
                 "Hamas official, a security source told Reuters.")
    assert (r.place_name, r.country, r.weapon) == ("Tyre", "LB", "drone")
    r = _one(gz, "Russia launched 40 Geran drones and two Tomahawk-style decoys at Sumy "
                 "overnight, regional officials said.")
    assert r.place_name == "Sumy"


@pytest.mark.parametrize("text", [
    "The Houthis said they fired missiles at a Liberia-flagged tanker in the Gulf of Aden "
    "on Friday.",
    "Houthi missiles struck a Greek-owned, Malta-registered bulk carrier in the Gulf of Aden "
    "on Friday, the UKMTO said.",
    "A drone hit a ship in the Gulf of Aden on Friday, a Dubai-based security firm said.",
])
def test_a_flag_state_or_a_home_base_is_not_where_it_happened(gz: Gazetteer, text: str
                                                               ) -> None:
    assert [r.place_name for r in _reports(gz, text)] == ["Gulf of Aden"]


def test_a_landmark_across_a_river_is_only_a_reference(gz: Gazetteer) -> None:
    r = _one(gz, "Romania's defence ministry said drone fragments were found near the "
                 "village of Plauru in Tulcea county, across the Danube from the Ukrainian "
                 "port of Izmail.")
    assert (r.event_type, r.place_name, r.country) == ("airspace_violation", "Plauru", "RO")


def test_explosions_that_rock_a_city_are_explosions(gz: Gazetteer) -> None:
    r = _one(gz, "Explosions rocked the Russian city of Belgorod late on Thursday, "
                 "according to local Telegram channels.")
    assert (r.event_type, r.weapon, r.place_name) == ("explosion", "unknown", "Belgorod")
    assert r.claimed_by == "local Telegram channels"


@pytest.mark.parametrize("text", [
    "Two Israeli soldiers were wounded by an anti-tank missile fired from Lebanon at the "
    "northern community of Metula, the army said.",
    "Two soldiers were wounded in Metula when rockets launched from Lebanon struck the "
    "town, the army said.",
])
def test_a_missile_fired_from_across_the_border_strikes_where_it_lands(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.country, r.injured) == (
        "strike", "Metula", "IL", 2)


def test_a_fleet_named_after_a_sea_is_no_place(gz: Gazetteer) -> None:
    r = _one(gz, "The Russian Defence Ministry said a Ukrainian naval drone attack on a "
                 "Black Sea Fleet vessel near Sevastopol was repelled on Tuesday.")
    assert (r.event_type, r.weapon, r.place_name) == (
        "interception", "naval_drone", "Sevastopol")


def test_a_city_district_is_placed_in_its_city(gz: Gazetteer) -> None:
    r = _one(gz, "A woman was wounded in a Russian drone attack on the Dniprovskyi district "
                 "of Kherson on Tuesday morning, the city military administration said.")
    assert (r.place_name, r.place_kind, r.injured) == ("Kherson", "city", 1)
    assert "dniprovskyi" in (r.place_note or "").lower()


@pytest.mark.parametrize("text,killed,injured", [
    ("A drone set fire to an oil depot in Sudzha on Tuesday. No one was hurt.", None, 0),
    ("A drone hit a warehouse in Kharkiv on Monday. No casualties were reported.", 0, 0),
    ("A drone hit a warehouse in Kharkiv on Monday. There were no immediate reports of "
     "casualties.", None, None),
    ("Shelling hit Nikopol on Monday, but nobody was killed, officials said.", 0, None),
])
def test_a_stated_zero_is_kept_and_an_unknown_toll_is_not_a_zero(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)


@pytest.mark.parametrize("text,count,launched", [
    ("Overnight, Russia attacked Ukraine with 112 drones; 74 were shot down, Ukraine's air "
     "force said.", 74, 112),
    ("Russia launched 48 drones at the Sumy region overnight, of which 39 were destroyed, "
     "the air force said.", 39, 48),
    ("Air defences shot down 18 of 20 missiles over Kyiv, the city administration said.",
     18, 20),
])
def test_an_interception_counts_what_was_downed_and_keeps_what_was_launched(
        gz: Gazetteer, text: str, count: int, launched: int | None) -> None:
    r = _one(gz, text)
    assert r.event_type == "interception" and r.count == count
    assert r.extras.get("launched_count") == launched


def test_a_denied_airspace_violation_is_no_claim(gz: Gazetteer) -> None:
    found = _reports(gz, "Poland scrambled jets on Sunday after Russia launched airstrikes on "
                         "western Ukraine, near the Polish border, the Operational Command "
                         "said. No violation of Polish airspace was recorded.")
    assert all(r.event_type != "airspace_violation" for r in found)
    assert all(r.country != "PL" for r in found)


@pytest.mark.parametrize("text", [
    "No object entered Romanian airspace, the defence ministry said.",
    "Polish airspace was not violated, the Operational Command said on Sunday.",
    "No drones fell on Moldovan territory, the interior ministry said.",
    "None of the drones entered Polish airspace, the army said.",
])
def test_a_violation_said_not_to_have_happened_is_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []
    affirmed = _reports(gz, "A Russian drone entered Romanian airspace for three minutes on "
                            "Saturday, the defence ministry said.")
    assert [(r.event_type, r.country) for r in affirmed] == [("airspace_violation", "RO")]


@pytest.mark.parametrize("text,killed", [
    ("On 12 June 2024, Israeli forces carried out an airstrike on a house in Rafah. "
     "8 fatalities.", 8),
    ("On 12 June 2024, Russian forces shelled Nikopol. 1 fatality.", 1),
    ("A Houthi missile hit a ship in the Red Sea on Wednesday, causing three fatalities "
     "among the crew, the UKMTO said.", 3),
    ("On 12 June 2024, RSF shelled El Fasher. No fatalities reported.", 0),
])
def test_fatalities_in_database_notes_are_deaths(gz: Gazetteer, text: str, killed: int
                                                 ) -> None:
    assert _one(gz, text).killed == killed


@pytest.mark.parametrize("text,town", [
    ("On 10 June 2024, Russian forces shelled Vovchansk (Chuhuiv, Kharkiv). 1 civilian "
     "was killed.", "Vovchansk"),
    ("On 10 June 2024, Israeli forces shelled Khiam (Marjaayoun, Nabatieh). 1 civilian "
     "was killed.", "Khiam"),
    ("On 10 June 2024, Russian drones struck Kupiansk (Kupiansk raion, Kharkiv oblast), "
     "killing 1 civilian.", "Kupiansk"),
])
def test_a_bracketed_district_and_region_are_where_the_town_is(gz: Gazetteer, text: str,
                                                               town: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed) == (town, 1)


def test_a_bracketed_list_of_towns_is_still_a_list_of_places(gz: Gazetteer) -> None:
    found = _reports(gz, "Drones struck two towns (Sumy and Konotop) overnight, the "
                         "governor said.")
    assert [r.place_name for r in found] == ["Sumy", "Konotop"]


@pytest.mark.parametrize("text", [
    "Explosions were heard in Belgorod on Friday evening, local Telegram channels reported.",
    "Residents of Kursk heard several loud explosions early on Friday, local media said.",
    "A series of explosions rocked Sevastopol overnight, witnesses said.",
    "Loud bangs were heard in Kherson on Friday, according to local residents.",
])
def test_explosions_heard_are_reported_without_a_stated_cause(gz: Gazetteer, text: str
                                                             ) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("explosion", "unknown")


@pytest.mark.parametrize("text", [
    "A gas explosion was heard across Belgorod on Friday after a pipeline leak, officials "
    "said.",
    "Loud bangs heard in Lviv on Friday were fireworks at a wedding, police said.",
    "An explosion at a coal mine in Donetsk killed three miners on Friday.",
])
def test_explosions_with_a_stated_civil_cause_are_not_claims(gz: Gazetteer, text: str
                                                            ) -> None:
    assert _reports(gz, text) == []


def test_an_ap_style_abbreviated_governor_is_the_claimant(gz: Gazetteer) -> None:
    r = _one(gz, "In Kharkiv, a drone hit a nine-story apartment building on Friday, "
                 "wounding 10 people, regional Gov. Oleh Syniehubov said.")
    assert r.claimed_by == "regional Gov. Oleh Syniehubov" and r.injured == 10


@pytest.mark.parametrize("text,count,launched", [
    ("Ukraine's air force said it had destroyed 22 of 27 Shahed drones launched by Russia "
     "overnight.", 22, 27),
    ("Air defences shot down 31 of the 35 drones over the Kharkiv region, the governor "
     "said.", 31, 35),
])
def test_downed_of_launched_keeps_both(gz: Gazetteer, text: str, count: int, launched: int
                                       ) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.count, r.extras.get("launched_count")) == (
        "interception", count, launched)


@pytest.mark.parametrize("text", [
    "In the Sumy region, the Russian army fired 47 times on border communities over the "
    "past day, the regional military administration reported.",
    "Russian troops fired 12 times at Nikopol district on Friday, the governor said.",
])
def test_fired_n_times_in_daily_summaries_is_shelling(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).event_type == "shelling"


@pytest.mark.parametrize("text,place", [
    ("Israel said it struck Hezbollah targets in Majdal al-Shaab overnight.", None),
    ("Airstrikes hit Tell al-Ain on Friday, the monitor said.", None),
    ("An airstrike hit a house in Deir al-Balah on Friday, killing four people.",
     "Deir al-Balah"),
    ("Airstrikes hit Ras al-Ain on Friday, the monitor said.", "Ras al-Ain"),  # (curated)
])
def test_the_tail_or_head_of_an_unknown_arabic_name_is_no_other_place(
        gz: Gazetteer, text: str, place: str | None) -> None:
    names = [m.resolution.best.place.name for m in gz.find_places(text)
             if m.resolution.best.place.kind not in {"country"}]
    assert names == ([place] if place else [])


@pytest.mark.parametrize("text,place", [
    ("Rockets fired from Lebanon were intercepted over the Upper Galilee on Friday, the "
     "army said.", "Galilee"),
    ("A drone launched from Yemen crashed in the Negev on Friday, the army said.", "Negev"),
])
def test_israeli_regions_wire_reports_name(gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.place_kind, r.country) == (place, "region", "IL")


@pytest.mark.parametrize("text,day,precision", [
    ("Russia attacked Ukraine on the night of June 13-14 with 40 drones, the air force "
     "said.", date(2024, 6, 14), "night"),
    ("Russia attacked Ukraine on the night of 31 May to 1 June with 40 drones, the air "
     "force said.", date(2024, 6, 1), "night"),
    ("Russian drones attacked Odesa overnight on Wednesday, the governor said.",
     date(2024, 6, 12), "night"),
    ("Russian drones attacked Odesa overnight into June 9, the governor said.",
     date(2024, 6, 9), "night"),
    ("Russian drones attacked Odesa overnight, the governor said.", date(2024, 6, 15),
     "night"),
    # PUB is a Saturday: the last night from Saturday to Sunday ended on 9 June
    ("On the night of Saturday to Sunday, air defences destroyed 8 drones over the Bryansk "
     "region, the ministry said.", date(2024, 6, 9), "night"),
    ("During the night of Thursday into Friday, Russian drones attacked Odesa, the governor "
     "said.", date(2024, 6, 14), "night"),
    ("Russia attacked Kyiv with drones on Thursday night into Friday, officials said.",
     date(2024, 6, 14), "night"),
    ("Late Tuesday night to Wednesday, Russian drones attacked Odesa, the governor said.",
     date(2024, 6, 12), "night"),
    ("Russian drones attacked Odesa on Tuesday night, the governor said.",
     date(2024, 6, 11), "night"),
])
def test_nights_spanning_two_dates_and_nights_of_a_named_day(
        gz: Gazetteer, text: str, day: date, precision: str) -> None:
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (day, precision)


@pytest.mark.parametrize("text,count,launched", [
    ("Russia attacked Ukraine on the night of June 13-14 with 40 Shahed drones, 35 of which "
     "were shot down, the Ukrainian air force said.", 35, 40),
    ("On June 14 Russia launched 60 drones; air defences destroyed 52, Ukraine's air force "
     "said.",
     52, 60),
])
def test_a_date_number_is_not_the_number_of_drones(gz: Gazetteer, text: str, count: int,
                                                   launched: int) -> None:
    r = _one(gz, text)
    assert (r.count, r.extras.get("launched_count")) == (count, launched)


@pytest.mark.parametrize("text,count,qualifier,launched", [
    ("The Israeli military said about 30 projectiles were fired from Lebanon towards the "
     "Upper Galilee area, some of which were intercepted.", None, "some", 30),
    ("About 40 rockets were fired from Lebanon at northern Israel on Sunday, most of which "
     "were intercepted, the army said.", None, "most", 40),
    ("Some 50 rockets were fired at the Kiryat Shmona area; the majority of them were "
     "intercepted by the Iron Dome, the IDF said.", None, "the majority", 50),
    ("Russia launched 25 drones at the Odesa region overnight, all of which were shot down, "
     "the governor said.", 25, None, 25),
    ("Russia launched 25 drones at the Odesa region overnight, 20 of which were shot down, "
     "the governor said.", 20, None, 25),
    ("Around 30 rockets were fired from Lebanon towards northern Israel on Saturday, with "
     "some intercepted, the Israeli military said.", None, "some", 30),
    ("Iran fired 180 missiles at Israel, with most of them intercepted, the army said.",
     None, "most", 180),
    ("Hezbollah fired 40 rockets at Kiryat Shmona, with 90% being shot down, the IDF said.",
     None, "90%", 40),
])
def test_a_share_of_those_fired_is_no_count_of_its_own(
        gz: Gazetteer, text: str, count: int | None, qualifier: str | None, launched: int
) -> None:
    """ "30 rockets were fired, some of which were intercepted": 30 were fired, not
    shot down; the number shot down is only "some"."""
    r = _one(gz, text)
    assert r.event_type == "interception"
    assert (r.count, r.count_qualifier, r.extras.get("launched_count")) == (
        count, qualifier, launched)


def test_a_share_in_the_next_sentence_takes_the_number_fired_before(gz: Gazetteer) -> None:
    found = _reports(gz, "About 40 rockets were fired from Lebanon at northern Israel on "
                         "Sunday, the army said. Most were intercepted.")
    downed = [r for r in found if r.event_type == "interception"]
    assert len(downed) == 1 and downed[0].country == "IL"
    assert (downed[0].count, downed[0].count_qualifier) == (None, "most")
    assert downed[0].extras.get("launched_count") == 40


def test_iron_dome_is_a_weapon_system_not_a_town(gz: Gazetteer) -> None:
    r = _one(gz, "Two rockets fired at Sderot were shot down by the Iron Dome system on "
                 "Monday, the IDF said.")
    assert (r.event_type, r.place_name, r.country) == ("interception", "Sderot", "IL")


@pytest.mark.parametrize("text,killed,injured", [
    ("A woman was killed and her husband injured when a Russian drone hit their car near "
     "Beryslav, the regional administration said.", 1, 1),
    ("A Russian drone hit a car in Nikopol on Friday; the driver died and his wife was "
     "wounded, the governor said.", 1, 1),
    ("Shelling hit a house in Kherson, and his son was killed, officials said.", 1, None),
])
def test_kin_named_victims_count_as_one(gz: Gazetteer, text: str, killed: int,
                                        injured: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)


@pytest.mark.parametrize("text,who", [
    ("Belarusian border guards said a Ukrainian drone crashed in the Gomel region on "
     "Friday.", "Belarusian border guards"),
    ("A drone fell near Galati on Friday, the Romanian Border Police said.",
     "the Romanian Border Police"),
])
def test_border_services_are_claimants(gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


def test_a_country_that_intercepts_is_the_actor_not_the_place(gz: Gazetteer) -> None:
    r = _one(gz, "Israel intercepted a missile fired from Lebanon over southern Lebanon, "
                 "the army said.")
    assert (r.event_type, r.country) == ("interception", "LB")


@pytest.mark.parametrize("text", [
    "On 13 June 2024, SAF aircraft bombed a market in El Fasher. At least 15 civilians were "
    "killed.",
    "Army aircraft bombed a market in Omdurman on Thursday, killing 15 people, activists "
    "said.",
])
def test_aircraft_bombing_is_an_act_of_war(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.killed) == ("strike", "aircraft", 15)


@pytest.mark.parametrize("text,who", [
    ("12 June 2024: Russian missile strike on Odesa port; 3 killed, 7 injured (Odesa Oblast "
     "Military Administration).", "Odesa Oblast Military Administration"),
    ("13 June 2024: drone attack on Sumy, 2 injured (regional police).", "regional police"),
    ("13 June 2024: Russian forces shelled Vovchansk (Kharkiv).", None),
])
def test_a_terse_note_names_its_source_in_brackets_at_the_end(
        gz: Gazetteer, text: str, who: str | None) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize("text,count", [
    ("Two Russian Kh-101 cruise missiles were shot down over the Kyiv region on Friday, "
     "the air force said.", 2),
    ("Air defences destroyed three S-300 missiles over Kharkiv on Friday, the governor "
     "said.", 3),
])
def test_a_model_number_is_not_a_count(gz: Gazetteer, text: str, count: int) -> None:
    assert _one(gz, text).count == count


@pytest.mark.parametrize("text", [
    "Fragments of a drone had fallen near the village of Plauru in Tulcea County, the "
    "Romanian defence ministry said.",
    "Parts of a missile were found on Friday in a field near Galati, Romanian officials "
    "said.",
])
def test_drone_fragments_fallen_on_a_neighbours_soil(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.country) == ("airspace_violation", "RO")


@pytest.mark.parametrize("text,place,killed", [
    ("Israeli strikes on the Nuseirat camp in central Gaza killed at least 20 people on "
     "Friday, the health ministry said.", "Nuseirat", 20),
    ("A strike on a house in Bint Jbeil in southern Lebanon killed two people on Friday, "
     "the health ministry said.", "Bint Jbeil", 2),
])
def test_a_place_in_a_named_part_of_an_area_is_one_place(gz: Gazetteer, text: str,
                                                         place: str, killed: int) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed) == (place, killed)


@pytest.mark.parametrize("text,day", [
    ("Air raid sirens sounded across Kyiv early on Thursday as Russian ballistic missiles "
     "approached the capital. All were shot down, the city military administration said.",
     date(2024, 6, 13)),
    ("Russian drones flew towards Odesa on Wednesday night. Air defences shot down 12 of "
     "them over the city, the governor said.", date(2024, 6, 12)),
    ("Kharkiv has been shelled regularly since the start of the war. A drone hit a school "
     "in the city, the mayor said.", date(2024, 6, 15)),
])
def test_a_scene_setting_sentence_dates_the_claim_after_it(gz: Gazetteer, text: str,
                                                          day: date) -> None:
    assert _one(gz, text).event_date == day


@pytest.mark.parametrize(("text", "first", "second"), [
    ("The Houthis claimed a drone attack on Eilat, but the Israeli military said the drone "
     "was intercepted over the Red Sea.",
     ("strike", "drone", "Eilat", "The Houthis"),
     ("interception", "drone", "Red Sea", "the Israeli military")),
    ("Hamas said it fired rockets at Ashkelon, but the Israeli army said they were "
     "intercepted over the Mediterranean Sea.",
     ("strike", "missile", "Ashkelon", "Hamas"),
     ("interception", "missile", "Mediterranean Sea", "the Israeli army")),
    ("Kyiv said its drones hit a refinery in Ryazan, but Russia's defence ministry said all "
     "of them were destroyed over the Belgorod region.",
     ("strike", "drone", "Ryazan", "Kyiv"),
     ("interception", "drone", "Belgorod Oblast", "Russia's defence ministry")),
])
def test_one_sentence_with_two_claims_gives_each_its_own_type_place_and_source(
        gz: Gazetteer, text: str, first: tuple, second: tuple) -> None:
    found = _reports(gz, text)
    got = [(r.event_type, r.weapon, r.place_name, r.claimed_by) for r in found]
    assert len(got) == 2, got
    for (event, arms, place, who), r in zip((first, second), found, strict=True):
        assert (r.event_type, r.weapon, r.claimed_by) == (event, arms, who)
        assert r.place_name.replace("\u2019", "") == place
        assert (r.quote, r.quote_start) == (text, 0)  # the whole sentence, for the editor


@pytest.mark.parametrize("text", [
    "Russian shelling killed two people in Kherson on Tuesday, while a drone strike injured "
    "three in Nikopol, regional officials said.",
    "Russian shelling killed two people in Kherson on Tuesday; a drone strike injured three "
    "in Nikopol, regional officials said.",
    "Russian shelling killed two people in Kherson on Tuesday, and a drone strike injured "
    "three in Nikopol, regional officials said.",
])
def test_joined_claims_keep_their_own_figures_and_weapons(gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.weapon, r.place_name, r.killed, r.injured, r.group)
            for r in found] == [("shelling", "artillery", "Kherson", 2, None, None),
                                ("strike", "drone", "Nikopol", None, 3, None)]
    assert {r.claimed_by for r in found} == {"regional officials"}
    assert {r.event_date for r in found} == {date(2024, 6, 11)}


def test_a_semicolon_between_two_interceptions_keeps_each_count(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences downed 10 drones over the Kursk region; two more were "
                         "shot down over the Bryansk region, the defence ministry said.")
    assert [(r.event_type, r.weapon, r.admin1, r.count) for r in found] == [
        ("interception", "drone", "Kursk Oblast", 10),
        ("interception", "drone", "Bryansk Oblast", 2)]


@pytest.mark.parametrize(("text", "main", "main_killed", "reason", "reason_figures"), [
    ("Hezbollah said it fired rockets at an Israeli army base in Meron in response to "
     "Israeli strikes on southern Lebanon that killed three of its fighters.",
     "Meron", None, "Lebanon", (3, None)),
    ("Russian forces struck Zaporizhzhia in response to the Ukrainian attack on Belgorod, "
     "killing four.", "Zaporizhzhia", 4, "Belgorod", (None, None)),
    ("Israeli jets bombed Nabatieh in retaliation for a drone attack on Metula that wounded "
     "two soldiers.", None, None, "Metula", (None, 2)),
])
def test_an_attack_given_as_the_reason_is_another_claim(
        gz: Gazetteer, text: str, main: str | None, main_killed: int | None, reason: str,
        reason_figures: tuple) -> None:
    found = {r.place_name: r for r in _reports(gz, text)}
    assert len(found) == 2, list(found)
    if main:
        assert found[main].killed == main_killed and found[main].injured is None
    assert (found[reason].killed, found[reason].injured) == reason_figures


@pytest.mark.parametrize(("text", "event", "place", "killed", "injured"), [
    ("Ukraine attacked Russia's Belgorod region with rockets on Thursday, killing one person "
     "and wounding three, the governor said, a day after Russia said it had repelled a "
     "cross-border incursion.", "strike", "Belgorod Oblast", 1, 3),
    ("Ukraine's air force said it shot down 20 drones over the Kyiv region on Monday, days "
     "after Russia struck the city's energy grid.", "interception", "Kyiv Oblast", None,
     None),
    ("A drone hit a market in Kherson, wounding six, two weeks after shelling of the same "
     "market in Kherson killed five people.", "strike", "Kherson", None, 6),
])
def test_an_event_days_before_the_claim_is_no_part_of_it(
        gz: Gazetteer, text: str, event: str, place: str, killed: int | None,
        injured: int | None) -> None:
    """ ", a day after Russia said it had repelled an incursion": the earlier event's day is
    not given, so it is no claim, and its words do not change this one's type or toll."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed, r.injured) == (event, place, killed, injured)


def test_an_attack_hours_before_is_a_claim_of_its_own(gz: Gazetteer) -> None:
    found = {r.place_name: r for r in _reports(
        gz, "Russian missiles struck Odesa on Friday, killing four people, just hours after a "
            "drone attack on Kharkiv injured 12.")}
    assert set(found) == {"Odesa", "Kharkiv"}
    assert (found["Odesa"].killed, found["Odesa"].injured) == (4, None)
    assert (found["Kharkiv"].weapon, found["Kharkiv"].injured) == ("drone", 12)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Russian drones attacked Kyiv overnight, but all were shot down, the military said.",
     "Kyiv", None),
    ("Two people were killed after a Russian missile hit a building in Dnipro, the "
     "governor said.", "Dnipro", 2),
    ("Ukrainian shelling hit Shebekino on Sunday, killing one, a day after Moscow launched "
     "a large missile attack on Ukrainian cities, Governor Vyacheslav Gladkov said.",
     "Shebekino", 1),
    ("Russian troops shelled Kherson shortly after midnight, wounding a woman.", "Kherson",
     None),
])
def test_a_part_without_its_own_event_and_place_is_not_split_off(
        gz: Gazetteer, text: str, place: str, killed: int | None) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed) == (place, killed)


@pytest.mark.parametrize(("text", "arms", "place"), [
    ("The Ukrainian navy said it destroyed a Russian landing ship off the coast of Crimea "
     "using sea drones early on Wednesday.", "naval_drone", "Autonomous Republic of Crimea"),
    ("Ukraine's military intelligence said its sea drones sank the Russian patrol boat "
     "Sergei Kotov near the Kerch Strait.", "naval_drone", "Kerch Strait"),
    ("A Ukrainian missile damaged a Russian corvette in Sevastopol bay overnight, the "
     "governor said.", "missile", "Sevastopol"),
])
def test_a_ship_destroyed_or_sunk_is_struck_not_intercepted(
        gz: Gazetteer, text: str, arms: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == ("strike", arms, place)


def test_drones_destroyed_in_the_air_stay_interceptions_and_storm_damage_is_no_strike(
        gz: Gazetteer) -> None:
    r = _one(gz, "Air defences destroyed 12 drones over the Odesa region overnight.")
    assert (r.event_type, r.count) == ("interception", 12)
    assert _reports(gz, "A storm damaged several boats in the port of Odesa.") == []


@pytest.mark.parametrize(("text", "killed", "injured", "children"), [
    ("A nine-year-old was killed by a Russian drone in the Sumy region, the governor said.",
     1, None, (1, None)),
    ("Shelling killed a 15-year-old boy in Kherson on Monday.", 1, None, (1, None)),
    ("A nine-year-old boy died after a Russian drone hit a house in Sumy.", 1, None,
     (1, None)),
    ("A 12-year-old girl was seriously injured when a missile hit Dnipro.", None, 1,
     (None, 1)),
    ("A 17-year-old was wounded and a man was killed when shelling hit Kherson.", 1, 1,
     (None, 1)),
    ("A 43-year-old man was killed when a drone hit his car in Nikopol.", 1, None,
     (None, None)),
    ("Shelling of Kherson killed the boy's father, officials said.", 1, None, (None, None)),
])
def test_one_child_is_counted_when_named_by_age_or_word(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None,
        children: tuple) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)
    assert (r.children_killed, r.children_injured) == children


def test_a_toll_in_the_sentence_after_an_attack_gets_its_own_place(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian forces carried out 87 attacks on 24 settlements in the Sumy "
                         "region on Friday. A man was killed in Bilopillia.")
    assert [(r.event_type, r.place_name, r.killed) for r in found][-1] == (
        "strike", "Bilopillia", 1)


def test_a_running_tally_after_an_attack_is_no_new_claim(gz: Gazetteer) -> None:
    found = _reports(gz, "Turkish artillery shelled Qamishli on Tuesday. At least 70 people "
                         "have been killed in the fighting in Afrin since Saturday.")
    assert [r.place_mention for r in found] == ["Qamishli"]


def test_a_separate_incident_does_not_take_the_weapon_of_the_one_before(
        gz: Gazetteer) -> None:
    found = _reports(gz, "A Russian missile struck a home in the Belgorod region on Friday. "
                         "A child was killed in a separate incident in the Kursk region.")
    assert [(r.admin1, r.weapon, r.children_killed) for r in found] == [
        ("Belgorod Oblast", "missile", None), ("Kursk Oblast", "unknown", 1)]


@pytest.mark.parametrize("head", [
    "DONETSK, June 11. /TASS/. ",
    "LONDON, June 11 (Reuters) - ",
    "KYIV, 11 June (Ukrinform) - ",
])
def test_a_dateline_day_dates_the_dispatch_when_published_later(
        gz: Gazetteer, head: str) -> None:
    # Published (or fetched) on Saturday 15 June; the dispatch is of Tuesday 11 June.
    text = head + "Russian troops shelled Nikopol, wounding a woman, officials said."
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (date(2024, 6, 11), "publication")
    r = _one(gz, head + "Russian troops shelled Nikopol on Monday, officials said.")
    assert r.event_date == date(2024, 6, 10)  # the Monday before the dispatch


def test_an_old_or_missing_dateline_leaves_the_publication_date(gz: Gazetteer) -> None:
    old = _one(gz, "LONDON, March 2 (Reuters) - Russian troops shelled Nikopol, officials said.")
    assert old.event_date == date(2024, 6, 15)
    plain = _one(gz, "Russian troops shelled Nikopol, officials said.")
    assert plain.event_date == date(2024, 6, 15)


@pytest.mark.parametrize("text", [
    "Russia pounded Ukraine's power grid with more than 100 missiles and drones overnight, "
    "officials said Thursday.",
    "Russian drones attacked Odesa overnight, the governor said on Thursday.",
])
def test_overnight_is_the_night_before_the_day_the_statement_was_made(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)  # published Saturday 15 June; said on Thursday the 13th
    assert (r.event_date, r.date_precision) == (date(2024, 6, 13), "night")
    assert r.country == "UA"  # Russia, the subject that "pounded", is not the place


def test_overnight_without_a_statement_day_is_the_night_before_publication(
        gz: Gazetteer) -> None:
    r = _one(gz, "Russian drones attacked Odesa overnight, the governor said.")
    assert (r.event_date, r.date_precision) == (date(2024, 6, 15), "night")


def test_a_vessel_reporting_an_explosion_is_placed_near_the_named_port(
        gz: Gazetteer) -> None:
    r = _one(gz, "A vessel reported an explosion in its vicinity 15 nautical miles west of "
                 "Mokha, Yemen, British maritime security agency UKMTO said on Thursday.")
    assert (r.event_type, r.country, r.place_kind) == ("explosion", "YE", "town")
    assert r.place_note and "west" in r.place_note
    assert r.event_date == date(2024, 6, 13)
    assert _reports(gz, "The ship's crew reported an explosion in the engine room caused "
                        "by a gas leak off Mokha, Yemen.") == []


@pytest.mark.parametrize("text", [
    "Air defences failed to intercept two ballistic missiles that struck Dnipro on Monday, "
    "the regional governor said.",
    "Ukraine's air force said it was unable to shoot down the Kinzhal missiles fired at "
    "Dnipro overnight.",
    "A Russian missile that was not intercepted hit a block of flats in Dnipro on Monday.",
    "Air defences failed to intercept two missiles over Dnipro on Monday, officials said.",
    "The drone was not shot down and crashed into an apartment block in Dnipro, "
    "officials said.",
])
def test_a_weapon_that_was_not_intercepted_is_a_strike(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("strike", "Dnipro")
    assert r.weapon in {"missile", "drone"}


def test_not_intercepting_all_of_them_is_still_an_interception(gz: Gazetteer) -> None:
    r = _one(gz, "Air defences could not intercept all of the drones over Odesa on Monday, "
                 "the regional governor said.")
    assert (r.event_type, r.weapon, r.place_name) == ("interception", "drone", "Odesa")


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Two men were fatally wounded when a drone hit their car near Kupiansk on Tuesday, "
     "police said.", 2, None),
    ("A woman was mortally wounded in Russian shelling of Kupiansk on Monday, the "
     "regional administration said.", 1, None),
    ("Russian shelling of Kupiansk on Sunday injured three people; one of them later "
     "succumbed to his injuries, the governor said.", 1, 3),
])
def test_fatally_wounded_counts_as_killed(gz: Gazetteer, text: str, killed: int,
                                          injured: int | None) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed, r.injured) == ("Kupiansk", killed, injured)


@pytest.mark.parametrize("spared", [
    "while Beryslav was spared", "but Beryslav was not hit", "while Beryslav remained quiet",
    "and Beryslav escaped damage"])
def test_a_place_said_to_be_spared_is_no_place_of_the_claim(gz: Gazetteer,
                                                            spared: str) -> None:
    found = _reports(gz, f"Shelling hit Kherson on Tuesday, wounding four people, {spared}, "
                         "the regional governor said.")
    assert [(r.event_type, r.place_name, r.injured) for r in found] == [
        ("shelling", "Kherson", 4)]


@pytest.mark.parametrize("tail", [
    "as Moscow pressed its offensive in the south", "as Moscow escalated its air campaign",
    "as Moscow ramped up attacks on energy sites"])
def test_a_capital_acting_as_its_government_is_no_place(gz: Gazetteer, tail: str) -> None:
    r = _one(gz, "A Russian glide bomb attack on Zaporizhzhia killed four people on "
                 f"Wednesday, regional governor Ivan Fedorov said, {tail}.")
    assert (r.place_kind, r.admin1, r.killed) == ("city", "Zaporizhzhia Oblast", 4)


def test_two_downed_figures_in_a_row_are_one_claim_per_weapon(gz: Gazetteer) -> None:
    """Each weapon's downed figure with the number of that weapon launched."""
    found = _reports(gz, "Russia launched 72 drones and six missiles at Ukraine overnight, "
                         "the air force said, adding that 61 drones and four missiles had "
                         "been downed.")
    assert [(r.event_type, r.weapon, r.count, r.extras.get("launched_count"))
            for r in found] == [("interception", "drone", 61, 72),
                                ("interception", "missile", 4, 6)]


def test_downed_figures_of_one_weapon_stay_one_claim(gz: Gazetteer) -> None:
    r = _one(gz, "Russia launched 72 drones at Ukraine overnight, the air force said, adding "
                 "that 61 Shahed drones and four decoy drones had been downed.")
    assert (r.weapon, r.count, r.extras.get("launched_count")) == ("drone", 61, 72)


@pytest.mark.parametrize(("speaker", "iso"), [
    ("The Polish army", "PL"), ("Poland's operational command", "PL"),
    ("The Lithuanian defence ministry", "LT")])
def test_its_airspace_is_the_speakers_not_the_country_it_came_from(
        gz: Gazetteer, speaker: str, iso: str) -> None:
    r = _one(gz, f"{speaker} said on Sunday an object, probably a drone, had entered its "
                 "airspace from Belarus.")
    assert (r.event_type, r.place_kind, r.country) == ("airspace_violation", "airspace", iso)


@pytest.mark.parametrize("text", [
    "On 11 June 2024, unidentified gunmen attacked a checkpoint in Deir ez-Zor. Two "
    "soldiers were killed.",
    "Armed men attacked an army post in Deir ez-Zor on Tuesday, killing two soldiers.",
])
def test_gunmen_attacking_is_a_ground_attack_not_a_strike(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name, r.killed) == (
        "other_attack", "unknown", "Deir ez-Zor", 2)


def test_gunmen_with_a_drone_still_strike(gz: Gazetteer) -> None:
    r = _one(gz, "Armed men attacked a checkpoint in Deir ez-Zor with a drone on Tuesday.")
    assert (r.event_type, r.weapon) == ("strike", "drone")


@pytest.mark.parametrize(("text", "who"), [
    ("Kherson Oblast: Russian forces launched 12 drones at Bilozerka; 2 people injured "
     "(Kherson OMA).", "Kherson OMA"),
    ("Shelling hit Bilozerka on Monday, the Kherson OVA said.", "the Kherson OVA"),
    ("Iraqi militias said they attacked the Ain al-Asad air base with drones on Sunday.",
     "Iraqi militias"),
])
def test_military_administrations_and_militias_are_claimants(gz: Gazetteer, text: str,
                                                             who: str) -> None:
    assert _one(gz, text).claimed_by == who


def test_explosions_in_listed_communities_are_placed_at_each_seat(gz: Gazetteer) -> None:
    found = _reports(gz, "Sumy region: 18 explosions were recorded in the Velyka Pysarivka, "
                         "Krasnopillia and Bilopillia communities after Russian mortar fire.")
    assert len(found) == 3
    assert {(r.event_type, r.place_kind, r.admin1) for r in found} == {
        ("shelling", "town", "Sumy Oblast")}


@pytest.mark.parametrize("harm", [
    "A woman was injured in Belgorod city when debris fell on a car",
    "Falling debris damaged three houses in Belgorod city",
    "Debris hit a car in Belgorod city, injuring a woman"])
def test_falling_debris_after_an_interception_is_the_attacks_harm(gz: Gazetteer,
                                                                  harm: str) -> None:
    found = _reports(gz, "Air defences destroyed 17 Ukrainian drones over the Kursk and "
                         f"Belgorod regions, the ministry said. {harm}, the governor said.")
    debris = [r for r in found if r.place_kind == "city"]
    assert [(r.event_type, r.weapon, r.place_name) for r in debris] == [
        ("strike", "drone", "Belgorod")]


def test_falling_debris_with_no_attack_is_no_claim(gz: Gazetteer) -> None:
    assert _reports(gz, "The town hall reopened on Monday. Debris fell from the roof of "
                        "an old house in Belgorod city, injuring a woman.") == []


@pytest.mark.parametrize("kind", ["village", "town", "city"])
def test_a_country_before_the_village_of_a_place_is_not_a_village(gz: Gazetteer,
                                                                  kind: str) -> None:
    r = _one(gz, f"An Israeli strike on a house in the south Lebanon {kind} of Mayfadoun "
                 "killed five people, the health ministry said.")
    assert (r.place_kind, r.country, r.killed) == ("country", "LB", 5)


def test_according_to_a_governor_with_an_abbreviated_title(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian missiles hit Kyiv overnight. At least two people were "
                         "killed in the Kharkiv region, according to Gov. Oleh Syniehubov.")
    assert [(r.admin1, r.claimed_by) for r in found if r.killed] == [
        ("Kharkiv Oblast", "Gov. Oleh Syniehubov")]


def test_a_speakers_full_name_is_not_taken_across_a_sentence(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli jets struck targets near Maroun al-Ras. Hezbollah said it "
                         "fired rockets at an army post in Metula.")
    metula = [r for r in found if r.place_name == "Metula"]
    assert [(r.claimed_by, r.country, r.admin1) for r in metula] == [
        ("Hezbollah", "IL", "HaZafon")]


@pytest.mark.parametrize("phrase", ["the city's Kirovskyi district",
                                    "the city's Kirovskyi raion"])
def test_the_citys_district_is_the_city_named_before(gz: Gazetteer, phrase: str) -> None:
    r = _one(gz, "Russian-installed authorities in Donetsk said Ukrainian shelling killed "
                 f"five people at a market in {phrase}.")
    assert (r.place_name, r.place_kind, r.killed) == ("Donetsk", "city", 5)
    assert "Kirovskyi" in r.place_note


@pytest.mark.parametrize(("lead", "arms"), [
    ("Russia pounded Ukraine's power grid with missiles overnight, officials said.",
     "missile"),
    ("Russia attacked Ukraine with Shahed drones overnight.", "drone")])
def test_the_attack_after_a_country_wide_lead_takes_the_leads_weapon(
        gz: Gazetteer, lead: str, arms: str) -> None:
    found = _reports(gz, f"{lead} The attack damaged energy facilities in the Lviv and "
                         "Vinnytsia regions, the energy minister said.")
    assert [(r.event_type, r.weapon, r.admin1) for r in found] == [
        ("strike", arms, "Lviv Oblast"), ("strike", arms, "Vinnytsia Oblast")]


@pytest.mark.parametrize("follow", [
    "The attack hit a residential neighbourhood and damaged several high-rise buildings, the "
    "regional administration said.",
    "The strike on Sumy damaged a school, the regional administration said.",
    "The overnight attack also injured a child, the regional administration said.",
])
def test_the_attack_told_on_at_the_same_place_is_the_same_claim(
        gz: Gazetteer, follow: str) -> None:
    """ "The attack hit a neighbourhood": no second report of the same strike, but its
    source is kept when the first sentence named none."""
    r = _one(gz, "Russian drones struck the city of Sumy overnight, killing three people. "
                 + follow)
    assert (r.event_type, r.weapon, r.place_name, r.killed) == ("strike", "drone", "Sumy", 3)
    assert r.claimed_by == "the regional administration"


@pytest.mark.parametrize(("follow", "second"), [
    ("The attack also hit Okhtyrka, the regional administration said.", "Okhtyrka"),
    ("A separate missile attack hit Sumy on Monday, officials said.", "Sumy"),
])
def test_an_attack_elsewhere_or_another_is_a_claim_of_its_own(
        gz: Gazetteer, follow: str, second: str) -> None:
    found = _reports(gz, "Russian drones struck the city of Sumy overnight, killing three "
                         "people. " + follow)
    assert [r.place_name for r in found] == ["Sumy", second]


def test_the_strikes_on_places_inside_the_leads_area_take_its_weapon(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli air strikes killed at least four people in southern Lebanon "
                         "on Tuesday, the state news agency said. The strikes hit the town of "
                         "Bint Jbeil, the agency said.")
    # (where the strikes on southern Lebanon fell: the town takes the lead's place and toll)
    assert [(r.country, r.place_kind, r.weapon, r.killed) for r in found] == [
        ("LB", "village", "aircraft", 4)]
    assert found[0].extras["toll_from"] == "previous sentence"


def test_the_strikes_elsewhere_do_not_take_the_leads_weapon(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones struck Odesa overnight, the governor said. The "
                         "strikes on Kharkiv damaged a school, the mayor said.")
    assert [(r.place_name, r.weapon) for r in found] == [("Odesa", "drone"),
                                                         ("Kharkiv", "unknown")]


def test_interceptions_joined_to_a_strike_are_over_the_speakers_country(
        gz: Gazetteer) -> None:
    """ "struck launchers in Khiam, and 35 rockets crossed from Lebanon, most of which were
    intercepted": two claims; the rockets were not intercepted over Khiam."""
    found = _reports(gz, "The Israeli military said it had struck Hezbollah launchers in the "
                         "area of Khiam, and that about 35 rockets had crossed from Lebanon, "
                         "most of which were intercepted.")
    assert [(r.event_type, r.place_name, r.country) for r in found] == [
        ("strike", "Khiam", "LB"), ("interception", "Israel", "IL")]
    assert found[1].extras.get("launched_count") == 35


def test_a_dateline_is_in_the_quote_of_no_part_of_its_sentence(gz: Gazetteer) -> None:
    found = _reports(gz, "BEIRUT (Reuters) - Israeli air strikes killed four people in Bint "
                         "Jbeil on Tuesday, hours after Hezbollah fired rockets at Metula, the "
                         "state news agency reported.")
    assert len(found) == 2
    assert all(r.quote.startswith("Israeli air strikes") for r in found)


def test_a_sentence_naming_no_attack_does_not_take_the_leads_weapon(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia attacked Ukraine with drones overnight. Shelling damaged "
                         "houses in Nikopol, the governor said.")
    assert [(r.event_type, r.weapon) for r in found] == [("shelling", "artillery")]


@pytest.mark.parametrize("text", [
    "Houthi rebels fired two missiles at a tanker in the Red Sea on Tuesday, U.S. Central "
    "Command said. A drone hit a second vessel, starting a fire.",
    "Air defences repelled a missile attack on Sevastopol on Friday, governor Mikhail "
    "Razvozhayev said. A man was wounded by falling debris.",
])
def test_an_unattributed_sentence_going_on_with_the_account_keeps_its_source(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert len(found) == 2 and found[0].claimed_by
    assert found[1].claimed_by == found[0].claimed_by
    assert found[1].extras["claimed_by_from"] == "previous sentence"
    assert found[1].confidence < found[0].confidence


def test_a_new_place_without_a_source_takes_no_source_from_before(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia's defence ministry said 20 drones were shot down over the "
                         "Belgorod region on Monday. In Kherson, shelling killed a man.")
    assert [r.place_name for r in found][-1] == "Kherson"
    assert found[-1].claimed_by is None


@pytest.mark.parametrize(("text", "place", "admin1"), [
    ("An airstrike hit a house in Rafah, Gaza, on Monday, killing eight.", "Rafah",
     "Gaza Strip"),
    ("Russian shelling killed a woman in Bilozerka, Kherson, on Tuesday.", "Bilozerka",
     "Kherson Oblast"),
])
def test_a_region_written_by_its_short_name_after_a_town_is_its_parent(
        gz: Gazetteer, text: str, place: str, admin1: str) -> None:
    r = _one(gz, text)
    assert (r.place_mention, r.admin1) == (place, admin1)


def test_a_list_of_cities_is_not_a_town_and_its_region(gz: Gazetteer) -> None:
    found = _reports(gz, "Missiles hit Izium, Kharkiv and Odesa on Tuesday, officials said.")
    assert [r.place_mention for r in found] == ["Izium", "Kharkiv", "Odesa"]


@pytest.mark.parametrize("text", [
    "A Ukrainian unmanned surface vessel was destroyed in the Black Sea, the Russian "
    "Defence Ministry said on Monday.",
    "Russian forces destroyed a Ukrainian uncrewed boat in the Black Sea on Monday.",
    "Two naval drones were destroyed in the Black Sea overnight, the ministry said.",
])
def test_a_sea_drone_destroyed_is_an_interception(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_kind) == ("interception", "naval_drone", "sea")


def test_a_ship_destroyed_is_still_a_strike(gz: Gazetteer) -> None:
    r = _one(gz, "Ukraine said it destroyed a Russian landing ship in the Black Sea on Monday.")
    assert r.event_type == "strike"


def test_of_them_takes_the_weapon_count_and_source_of_the_sentence_before(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Overnight, Russia attacked Ukraine with 40 Shahed drones, the "
                         "air force said. Air defences destroyed 36 of them over the "
                         "Mykolaiv and Odesa regions.")
    downed = [r for r in found if r.event_type == "interception"]
    assert [r.admin1 for r in downed] == ["Mykolaiv Oblast", "Odesa Oblast"]
    assert {r.weapon for r in downed} == {"drone"}
    assert {r.claimed_by for r in downed} == {"the air force"}
    assert {(r.extras["group_count"], r.extras["launched_count"]) for r in downed} == {
        (36, 40)}


@pytest.mark.parametrize("text", [
    "Ukraine's air force said it intercepted 37 of 60 Shahed drones and 58 of 90 missiles "
    "overnight.",
    "Ukraine's air force said 37 drones and 58 missiles were shot down overnight.",
])
def test_two_weapons_with_their_own_figures_are_two_claims(gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert sorted((r.weapon, r.count) for r in found) == [("drone", 37), ("missile", 58)]
    assert all(r.event_type == "interception" and r.country == "UA" for r in found)


def test_two_weapons_over_several_regions_give_one_group_each(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences shot down 61 drones and four missiles over the Kyiv "
                         "and Odesa regions, the air force said.")
    assert sorted((r.weapon, r.admin1, r.extras["group_count"]) for r in found) == [
        ("drone", "Kyiv Oblast", 61), ("drone", "Odesa Oblast", 61),
        ("missile", "Kyiv Oblast", 4), ("missile", "Odesa Oblast", 4)]
    assert len({r.group for r in found}) == 2


def test_each_regions_figure_keeps_its_own_weapon(gz: Gazetteer) -> None:
    found = _reports(gz, "The ministry said it had destroyed 20 drones over the Belgorod "
                         "region and two missiles over the Kursk region.")
    assert [(r.admin1, r.weapon, r.count) for r in found] == [
        ("Belgorod Oblast", "drone", 20), ("Kursk Oblast", "missile", 2)]


def test_a_toll_before_a_place_is_not_its_count(gz: Gazetteer) -> None:
    r = _one(gz, "Russia launched 40 drones and five missiles at Ukraine overnight, killing "
                 "three people in Kharkiv.")
    assert r.place_name == "Kharkiv" and r.killed == 3
    assert r.count != 3 and r.extras.get("total_count") != 40


@pytest.mark.parametrize(("text", "kind", "weapon"), [
    ("Air raid alerts were declared in the Odesa region overnight. A drone hit a warehouse, "
     "the governor said.", "admin1", "drone"),
    ("Sirens sounded in Kyiv early on Friday as Russian missiles approached. All of them "
     "were shot down, officials said.", "city", "missile"),
])
def test_a_scene_lends_its_place_and_weapon_to_the_claim_after_it(
        gz: Gazetteer, text: str, kind: str, weapon: str) -> None:
    r = _one(gz, text)
    assert (r.country, r.place_kind, r.weapon) == ("UA", kind, weapon)
    assert r.extras["place_from"] == "previous sentence"


def test_an_incident_reported_off_a_port_places_the_explosion_after_it(
        gz: Gazetteer) -> None:
    r = _one(gz, "UKMTO has received a report of an incident 70NM west of Hodeidah. The "
                 "Master of a merchant vessel reports an explosion in close proximity to the "
                 "vessel. No damage reported. Crew safe.")
    assert (r.event_type, r.country) == ("explosion", "YE")
    assert "west of Hodeidah" in (r.place_note or "")
    assert r.claimed_by == "UKMTO"  # (the notice's, which relays the master's report)


def test_a_military_sentence_that_sets_no_scene_lends_no_place(gz: Gazetteer) -> None:
    assert _reports(gz, "Ukrainian troops withdrew from Avdiivka in February. A drone hit a "
                        "warehouse, the governor said.") == []


@pytest.mark.parametrize("text", [
    "Russia struck gas production facilities in the Kharkiv and Poltava regions on "
    "Thursday, Naftogaz said.",
    "Ukraine hit an oil refinery in the Krasnodar region on Thursday, a source said.",
])
def test_a_belligerent_striking_a_target_is_an_act_of_war(gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert found and {r.event_type for r in found} == {"strike"}
    assert all(r.place_kind == "admin1" for r in found)


@pytest.mark.parametrize("text", [
    "Russia and Ukraine struck a deal in Istanbul on Tuesday.",
    "Ukraine is striking a balance between offence and defence in Kharkiv.",
    "A strong earthquake struck Russia's Kamchatka region on Tuesday, officials said.",
    "A storm hit the Russian port of Novorossiysk on Monday, cutting power.",
])
def test_deals_balances_and_natural_disasters_are_no_strikes(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_guided_bombs_dropped_by_their_short_name(gz: Gazetteer) -> None:
    r = _one(gz, "Russian aviation dropped 4 KABs on Vovchansk on Tuesday.")
    assert (r.event_type, r.weapon, r.count) == ("strike", "aircraft", 4)


@pytest.mark.parametrize("text", [
    "Russian shelling hit Kherson on Monday. A woman born in 1964 was wounded.",
    "Russian shelling hit Kherson on Monday. A woman, born in 1964, was wounded.",
])
def test_a_birth_year_is_no_toll(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).injured == 1


@pytest.mark.parametrize(("text", "who"), [
    ("Ukrainian forces shelled Horlivka with 155mm shells, the DPR mission to the JCCC "
     "reported.", "the DPR mission to the JCCC"),
    ("Ukrainian drones hit an airfield in the Novgorod region, the GUR said.", "the GUR"),
])
def test_intelligence_services_and_ceasefire_missions_are_sources(
        gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize(("text", "killed"), [
    ("The death toll from a Russian drone strike on a residential building in Odesa has "
     "risen to 12, the regional governor said.", 12),
    ("The number of dead from Friday's missile strike on Odesa climbed to 9.", 9),
])
def test_a_death_toll_that_has_risen_is_the_claims_toll(gz: Gazetteer, text: str,
                                                         killed: int) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed) == ("Odesa", killed)


def test_a_city_that_has_been_hit_is_a_place_not_its_government(gz: Gazetteer) -> None:
    r = _one(gz, "Kharkiv has been hit by Russian missiles again, officials said.")
    assert (r.place_name, r.event_type) == ("Kharkiv", "strike")
    found = _reports(gz, "Moscow has denied that its missiles struck a mall in Kharkiv on "
                         "Monday.")
    assert [r.place_name for r in found] in ([], ["Kharkiv"])


@pytest.mark.parametrize("text", [
    "U.S. forces destroyed four Houthi anti-ship missiles that were prepared to launch from "
    "Yemen toward the Red Sea, Central Command said.",
    "CENTCOM said it destroyed two drones that were ready to be launched from Yemen.",
    "U.S. forces destroyed two anti-ship missiles on launchers in Yemen on Tuesday, the "
    "Pentagon said.",
    "CENTCOM forces destroyed three Houthi drones before they could be launched from Yemen.",
    "U.S. forces destroyed two missiles on their mobile launchers in Yemen, Central Command "
    "said.",
])
def test_weapons_destroyed_before_launch_are_a_strike_where_they_stood(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.country) == ("strike", "YE")


def test_a_downing_at_sea_beside_missiles_destroyed_on_launchers_is_two_claims(
        gz: Gazetteer) -> None:
    found = _reports(gz, "The Pentagon said U.S. forces shot down four Houthi drones over the "
                         "Red Sea on Tuesday and destroyed two anti-ship missiles on launchers "
                         "in Yemen.")
    assert [(r.event_type, r.weapon, r.place_name, r.count) for r in found] == [
        ("interception", "drone", "Red Sea", 4), ("strike", "missile", "Yemen", 2)]


def test_downed_before_reaching_their_targets_is_still_a_downing(gz: Gazetteer) -> None:
    r = _one(gz, "Air defences destroyed 12 drones over the Kursk region before they could "
                 "reach their targets.")
    assert (r.event_type, r.place_name, r.count) == ("interception", "Kursk Oblast", 12)


@pytest.mark.parametrize("text", [
    "Belarus said it shot down drones over its territory during the Russian attack on "
    "Ukraine overnight.",
    "The Belarusian military said it had downed a drone over its own territory.",
])
def test_downed_over_its_territory_is_the_speakers_country(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.country, r.place_kind) == ("interception", "BY", "country")


def test_a_country_naming_whose_base_is_no_place(gz: Gazetteer) -> None:
    r = _one(gz, "Iraqi militants fired a drone at a U.S. base in northeastern Syria, but "
                 "it was shot down, a U.S. official said.")
    assert r.country == "SY"


def test_across_gaza_is_the_strip_not_the_city(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli strikes killed at least 27 people across Gaza on Sunday, "
                         "health officials said.")
    assert [(r.place_kind, r.admin1) for r in found] == [("admin1", "Gaza Strip")]
    assert _one(gz, "An Israeli strike hit a house in Gaza on Sunday, killing four."
                ).place_kind == "city"


def test_a_company_is_a_source(gz: Gazetteer) -> None:
    r = _one(gz, "A drone attack hit a power station in Atbara, cutting electricity, the "
                 "state electricity company said.")
    assert r.claimed_by == "the state electricity company"


def test_a_heading_place_before_a_colon_gives_way_to_the_place_of_the_note(
        gz: Gazetteer) -> None:
    r = _one(gz, "Kherson: Russian troops dropped explosives from a drone on a civilian car "
                 "in Antonivka. The driver was injured. (Kherson OVA)")
    assert (r.place_mention, r.injured, r.claimed_by) == ("Antonivka", 1, "Kherson OVA")
    # the source's own place in brackets is no place of the note: the heading stays
    r = _one(gz, "Kupiansk: 1 killed, 3 injured after Russian artillery fire on 13 March "
                 "(Kharkiv OVA).")
    assert (r.place_mention, r.killed, r.injured) == ("Kupiansk", 1, 3)


def test_a_source_in_brackets_after_the_note_serves_its_paragraph_only(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Shelling hit Nikopol on Monday.\n\nA drone hit a car in Kherson. "
                         "(Kherson OVA)")
    assert [(r.place_name, r.claimed_by) for r in found] == [
        ("Nikopol", None), ("Kherson", "Kherson OVA")]


@pytest.mark.parametrize("lead", [
    "Two people were killed and five injured in Kharkiv on Monday, the governor said.",
    "In Kharkiv, two people were killed and five injured on Monday, the governor said.",
])
def test_a_toll_told_before_its_attack_is_the_attacks(gz: Gazetteer, lead: str) -> None:
    r = _one(gz, lead + " Russian missiles hit an industrial facility in Kharkiv.")
    assert (r.place_name, r.killed, r.injured) == ("Kharkiv", 2, 5)
    assert (r.event_date, r.claimed_by) == (date(2024, 6, 10), "the governor")
    assert r.extras["figures_from"] == "previous sentence"


def test_a_toll_elsewhere_is_not_the_next_attacks(gz: Gazetteer) -> None:
    r = _one(gz, "Two people were killed in Kharkiv on Monday, the governor said. Russian "
                 "missiles hit an industrial facility in Odesa.")
    assert (r.place_name, r.killed) == ("Odesa", None)


def test_a_toll_before_one_of_several_places_is_not_its_count(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia launched 40 drones overnight, killing three people in "
                         "Kharkiv and two in Odesa, officials said.")
    figures = {r.place_name: (r.count, r.killed, r.extras.get("group_count")) for r in found}
    assert figures == {"Kharkiv": (None, 3, 40), "Odesa": (None, 2, 40)}
    assert not any("group_killed" in r.extras for r in found)  # no total was stated


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian shelling killed two people in Kherson and one in Nikopol on Tuesday, "
     "officials said.", {"Kherson": (2, None), "Nikopol": (1, None)}),
    ("Shelling killed a man in Kherson and a woman in Nikopol on Sunday.",
     {"Kherson": (1, None), "Nikopol": (1, None)}),
    ("Two people were killed in Kherson and five were wounded in Beryslav after Russian "
     "shelling, officials said.", {"Kherson": (2, None), "Beryslav": (None, 5)}),
    ("Drone attacks injured 12 people in Sumy and killed two in Konotop overnight, the "
     "regional administration said.", {"Sumy": (None, 12), "Konotop": (2, None)}),
    ("Russian shelling killed two people in Nikopol, Dnipropetrovsk region, and one in "
     "Marhanets, the governor said.", {"Nikopol": (2, None), "Marhanets": (1, None)}),
    ("Russian drones struck Kharkiv and Odesa overnight, injuring eight and 11 people "
     "respectively, officials said.", {"Kharkiv": (None, 8), "Odesa": (None, 11)}),
    ("Russian drones attacked Odesa and Mykolaiv overnight, killing four people in Odesa, "
     "the governor said.", {"Odesa": (4, None), "Mykolaiv": (None, None)}),
])
def test_each_place_keeps_its_own_toll(gz: Gazetteer, text: str, expected: dict) -> None:
    found = _reports(gz, text)
    assert {r.place_name: (r.killed, r.injured) for r in found} == expected
    assert len({r.group for r in found}) == 1  # still one claim
    assert not any("group_killed" in r.extras or "group_injured" in r.extras for r in found)


def test_a_toll_for_a_list_of_places_stays_shared(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian missiles killed three people in Kharkiv and Odesa on "
                         "Friday, officials said.")
    assert [r.place_name for r in found] == ["Kharkiv", "Odesa"]
    assert all(r.killed is None and r.extras["group_killed"] == 3 for r in found)


@pytest.mark.parametrize("text", [
    "Israeli strikes killed at least 27 people across the Gaza Strip on Saturday, including "
    "10 in Nuseirat, health officials said.",
    "Israeli strikes killed at least 27 people across the Gaza Strip on Saturday, including "
    "10 people who were waiting for aid in Nuseirat, health officials said.",
])
def test_a_part_of_a_total_across_the_strip_keeps_the_strip(gz: Gazetteer, text: str) -> None:
    """As "across Gaza": the whole with its toll and the part with its own (the Strip had
    been dropped as the part's parent, and a relative clause had hidden the part's toll)."""
    found = _reports(gz, text)
    assert [(r.place_name, r.killed, r.extras.get("group_killed")) for r in found] == [
        ("Gaza Strip", 27, 27), ("Nuseirat", 10, 27)]


def test_a_part_of_a_stated_total(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli strikes killed at least 27 people across Gaza on Saturday, "
                         "including 10 in Nuseirat, health officials said.")
    assert [(r.place_kind, r.killed) for r in found] == [("admin1", 27), ("town", 10)]
    assert all(r.extras["group_killed"] == 27 for r in found)  # the total, not 37
    one = _one(gz, "Russian strikes killed 12 people in the Donetsk region, including five in "
                   "Pokrovsk, the governor said.")
    assert (one.place_name, one.killed, one.extras["total_killed"]) == ("Pokrovsk", 5, 12)
    found = _reports(gz, "Russian attacks killed 12 people, including five in Pokrovsk and "
                         "three in Kostiantynivka, the governor said.")
    assert [(r.killed, r.extras["group_killed"]) for r in found] == [(5, 12), (3, 12)]


@pytest.mark.parametrize("text", [
    "Missiles killed three people in Kharkiv on Friday, officials said.",
    "A Russian drone killed a man in Kherson on Sunday, the regional governor said.",
    "Glide bombs injured 11 people in Kharkiv overnight, officials said.",
])
def test_a_weapon_that_kills_is_a_strike(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("strike", "Kharkiv" if "Kharkiv" in text else
                                            "Kherson")
    assert (r.killed or r.injured) is not None


def test_each_weapon_keeps_its_own_launched_count(gz: Gazetteer) -> None:
    found = _reports(gz, "Ukraine's air force said it intercepted 37 of 60 Shahed drones and "
                         "58 of 90 missiles overnight.")
    assert sorted((r.weapon, r.extras.get("launched_count")) for r in found) == [
        ("drone", 60), ("missile", 90)]


@pytest.mark.parametrize("text", [
    "A Russian missile strike on Dnipro killed four people on Friday. The death toll rose "
    "to seven, the governor said on Sunday.",
    "A Russian missile strike on Dnipro killed four people on Friday.\n\nThe death toll has "
    "since risen to seven, the regional governor said on Sunday.",
    "A Russian missile strike on Dnipro killed four people on Friday. The number of dead in "
    "Dnipro has climbed to seven, according to the governor.",
])
def test_a_later_toll_is_its_own_report_on_the_same_attack(gz: Gazetteer, text: str) -> None:
    first, update = _reports(gz, text)
    assert (first.killed, first.claimed_by) == (4, None)
    assert (update.place_name, update.event_type, update.weapon) == ("Dnipro", "strike",
                                                                      "missile")
    assert (update.killed, update.extras["updates"]) == (7, "previous report")
    assert update.event_date == first.event_date  # the attack's day, not when it was said
    assert "governor" in update.claimed_by and "seven" in update.quote


def test_a_war_tally_is_no_attacks_toll(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian missile strike on Dnipro injured 12 people on Friday. The death "
                 "toll in the war has risen to 10,000, the UN said.")
    assert (r.killed, r.injured) == (None, 12)
    r = _one(gz, "A Russian missile hit a school in Dnipro on Friday. More than 500 "
                 "civilians have been killed this year, officials said.")
    assert r.killed is None
    r = _one(gz, "Shelling hit Kupiansk. Two people were killed, the governor said.")
    assert r.killed == 2  # this attack's toll still joins it


@pytest.mark.parametrize(("text", "killed"), [
    ("A drone struck an apartment block in Kyiv's Sviatoshynskyi district overnight. "
     "Rescuers pulled two bodies from the rubble.", 2),
    ("A Russian missile hit a five-storey building in Dnipro on Friday, the governor said. "
     "The bodies of three people were recovered overnight.", 3),
    ("Five bodies were pulled from the rubble after a Russian glide bomb struck a building "
     "in Kharkiv, the governor said.", 5),
    ("Israeli strikes hit a house in Rafah on Tuesday. Rescue crews have recovered 11 more "
     "bodies, medics said.", 11),
])
def test_bodies_recovered_are_deaths(gz: Gazetteer, text: str, killed: int) -> None:
    r = _one(gz, text)
    assert r.event_type == "strike" and r.killed == killed


def test_bodies_found_with_no_attack_are_no_report(gz: Gazetteer) -> None:
    assert _reports(gz, "Police found the bodies of two men in a field near Kherson.") == []


@pytest.mark.parametrize(("text", "source", "killed", "injured"), [
    ("Israeli strikes hit a house in Deir al-Balah on Tuesday. Civil defence crews recovered "
     "11 bodies, the Gaza health ministry said.", "the Gaza health ministry", 11, None),
    ("A Russian missile struck Dnipro on Friday. At least 39 people were killed and 120 "
     "were injured, officials in Kyiv said.", "officials in Kyiv", 39, 120),
    ("Drones hit a residential area of Belgorod. Another 18 people were injured, Russia's "
     "defence ministry said.", "Russia's defence ministry", None, 18),
])
def test_a_toll_whose_only_place_is_its_speakers_joins_the_claim_before(
        gz: Gazetteer, text: str, source: str, killed: int | None, injured: int | None
) -> None:
    """ "..., officials in Kyiv said": the speaker's city is no place of a claim of its
    own, so the toll goes on with the attack before, with its source."""
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)
    assert r.claimed_by == source and r.extras.get("claimed_by_from") == "next sentence"


def test_a_toll_after_a_claim_over_several_places_is_the_groups(gz: Gazetteer) -> None:
    found = _reports(gz, "In the Donetsk region, Russian shelling killed two people in "
                         "Pokrovsk and one in Kostiantynivka, the governor said. Another six "
                         "people were injured.")
    assert [(r.killed, r.injured) for r in found] == [(2, None), (1, None)]
    assert all(r.extras.get("group_injured") == 6 for r in found)
    assert all(r.extras.get("group_injured_qualifier") is None for r in found)


def test_another_after_a_toll_of_the_other_kind_is_no_qualifier(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian missile struck Dnipro on Friday, killing three people. Another 12 "
                 "people were injured, the governor said.")
    assert (r.killed, r.injured, r.injured_qualifier) == (3, 12, None)


def test_a_toll_with_a_place_of_its_own_is_not_the_claim_befores(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian shelling hit Kherson on Monday. Two people were wounded in "
                         "Beryslav, the governor said.")
    assert [(r.place_name, r.injured) for r in found] == [("Kherson", None), ("Beryslav", 2)]


@pytest.mark.parametrize(("text", "arms"), [
    ("Ukraine's military said on Saturday it had struck a Russian S-400 air defence system "
     "in occupied Crimea.", "unknown"),
    ("A Tu-22M3 bomber was hit at the Soltsy airfield in the Novgorod region on Saturday, "
     "the SBU said.", "unknown"),
    ("Ukraine struck a Russian missile depot in Toropets overnight, the SBU said.", "unknown"),
    ("Ukrainian drones hit a drone factory in Yelabuga on Tuesday.", "drone"),
    ("A missile struck a Su-34 bomber at Morozovsk airfield, the General Staff said.",
     "missile"),
    ("Polish jets were scrambled as Russia launched a massive attack on Lviv overnight.",
     "unknown"),
    # what flew, not what was hit
    ("Russian aircraft struck Kharkiv overnight with guided bombs, killing two.", "aircraft"),
    ("Russia attacked Kharkiv with S-300 missiles overnight, injuring four people.",
     "missile"),
])
def test_what_a_strike_hit_is_not_its_weapon(gz: Gazetteer, text: str, arms: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("strike", arms)


@pytest.mark.parametrize(("text", "place"), [
    ("The Houthis said they targeted the Marlin Luanda tanker in the Gulf of Aden with a "
     "missile on Friday evening.", "Gulf of Aden"),
    ("A drone struck a Panama-flagged oil tanker off the coast of Hodeidah on Monday, the "
     "British military said.", "Hodeidah"),
    # the name after the ship word
    ("Houthi rebels claimed responsibility for an attack on the Marshall Islands-flagged "
     "tanker Chios Lion in the Red Sea on Friday.", "Red Sea"),
    ("Houthi boats attacked the container ship Maersk Hangzhou off Hodeidah on Sunday.",
     "Hodeidah"),
    ("A missile hit MV Marlin Luanda in the Gulf of Aden, UKMTO said.", "Gulf of Aden"),
])
def test_a_ships_name_or_flag_is_not_where_it_was_hit(gz: Gazetteer, text: str,
                                                     place: str) -> None:
    assert _one(gz, text).place_name == place


def test_launch_sites_are_not_targets_and_date_what_follows(gz: Gazetteer) -> None:
    found = _reports(gz, "On the night of March 15, the enemy attacked with 40 Shahed "
                         "drones from the Kursk region and Primorsko-Akhtarsk. As a result "
                         "of the air battle, 35 attack UAVs were shot down in the Kharkiv and "
                         "Poltava regions, the Air Force said.",
                     published=datetime(2024, 3, 15, 9))
    assert [(r.event_type, r.place_name) for r in found] == [
        ("interception", "Kharkiv Oblast"), ("interception", "Poltava Oblast")]
    assert {(r.event_date, r.date_precision) for r in found} == {(date(2024, 3, 15), "night")}
    r = _one(gz, "Russia struck Kharkiv with missiles launched from the Belgorod region on "
                 "Monday, the governor said.")
    assert r.place_name == "Kharkiv"


@pytest.mark.parametrize("said", ["On the night of March 15", "On the night of 15 March",
                                  "On the night of March 14-15"])
def test_the_night_of_a_day_is_the_night_into_it(gz: Gazetteer, said: str) -> None:
    r = _one(gz, f"{said}, Russia attacked Odesa with drones, the governor said.")
    assert (r.event_date, r.date_precision) == (date(2024, 3, 15), "night")


def test_a_site_named_in_lower_case_and_its_management(gz: Gazetteer) -> None:
    r = _one(gz, "A drone attack on the Zaporizhzhia nuclear power plant on Sunday injured "
                 "three people, the plant's Russian-installed management said.")
    assert (r.place_name, r.place_kind, r.injured) == (
        "Zaporizhzhia Nuclear Power Plant", "site", 3)
    assert r.claimed_by == "the plant's Russian-installed management"


def test_an_interception_and_the_strikes_that_got_through(gz: Gazetteer) -> None:
    found = _reports(gz, "Ukrainian forces shot down 12 of 15 drones launched by Russia "
                         "overnight, while three drones hit energy facilities in the Odesa "
                         "region, the air force said.")
    assert [(r.event_type, r.place_name, r.count) for r in found] == [
        ("interception", "Ukraine", 12), ("strike", "Odesa Oblast", 3)]
    assert found[0].extras["launched_count"] == 15
    assert all(r.claimed_by == "the air force" for r in found)


@pytest.mark.parametrize(("text", "who"), [
    ("According to the mayor, Ihor Terekhov, two people were injured when a drone hit a "
     "house in Kharkiv on Friday.", "the mayor, Ihor Terekhov"),
    ("A drone hit a house in Kharkiv on Friday, injuring two people, according to the "
     "regional governor, Oleh Syniehubov.", "the regional governor, Oleh Syniehubov"),
    ("A drone hit a house in Kharkiv on Friday, injuring two people, Oleh Syniehubov, the "
     "head of the regional administration, said.",
     "Oleh Syniehubov, the head of the regional administration"),
    ("Ihor Terekhov, the city's mayor, said a drone hit a house in Kharkiv on Friday, "
     "injuring two people.", "Ihor Terekhov, the city's mayor"),
])
def test_a_role_keeps_the_name_set_beside_it(gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize("text", [
    # a place after the role is no person's name, and a lone name stays as it was
    "According to the governor, Kharkiv and Odesa were hit by drones on Friday.",
    "A drone hit Kharkiv on Friday, the governor of the region, Oleh Syniehubov, said.",
])
def test_a_place_after_a_role_is_not_a_name(gz: Gazetteer, text: str) -> None:
    for r in _reports(gz, text):
        assert r.claimed_by in {"the governor", "the governor of the region, Oleh Syniehubov"}


@pytest.mark.parametrize("text", [
    "Two and five people were killed and injured respectively in the shelling of Kherson "
    "on Tuesday, the regional administration said.",
    "Russian shelling killed and wounded 2 and 5 people, respectively, in Kherson on "
    "Tuesday, the regional administration said.",
    "Shelling of Kherson on Tuesday left two and five people dead and wounded "
    "respectively, officials said.",
])
def test_two_tolls_given_respectively(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed, r.injured) == ("Kherson", 2, 5)


def test_tolls_given_respectively_in_the_other_order(gz: Gazetteer) -> None:
    r = _one(gz, "Shelling of Kherson on Tuesday wounded and killed 7 and 1 people "
                 "respectively, officials said.")
    assert (r.killed, r.injured) == (1, 7)


@pytest.mark.parametrize("text", [
    "Air defences destroyed all missiles targeting the capital, Kyiv's military "
    "administration said.",
    "Kyiv's military administration said all missiles targeting the capital were "
    "destroyed by air defences.",
])
def test_the_capital_is_the_capital_the_article_names(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == ("interception", "missile", "Kyiv")
    assert r.extras["place_from"] == "article" and "the capital" in r.place_note


def test_the_capital_is_never_the_last_city_named(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones hit Kharkiv on Monday, the governor said. All "
                         "missiles targeting the capital were destroyed, the air force said.")
    assert [(r.event_type, r.place_name) for r in found] == [("strike", "Kharkiv")]
    found = _reports(gz, "Russian drones hit Kharkiv and Kyiv on Monday, officials said. "
                         "All missiles targeting the capital were destroyed, the air force "
                         "said.")
    assert [(r.event_type, r.place_name) for r in found][-1] == ("interception", "Kyiv")


@pytest.mark.parametrize("gap", ["", " The attack lasted five hours.\n\n"])
def test_the_air_forces_launched_count_serves_the_downed_count_after_it(
        gz: Gazetteer, gap: str) -> None:
    found = _reports(gz, "On the night of March 15, the enemy attacked with 40 Shahed-type "
                         f"attack UAVs from the Kursk region.{gap} As of 09:00, air defence "
                         "shot down 35 drones over the Kharkiv and Sumy regions.",
                     published=datetime(2024, 3, 15, 10))
    assert [(r.place_name, r.extras["group_count"], r.extras.get("launched_count"))
            for r in found] == [("Kharkiv Oblast", 35, 40), ("Sumy Oblast", 35, 40)]


@pytest.mark.parametrize("text", [
    # another weapon, or a claim in between: the launched count is not theirs
    "The enemy attacked with 40 Shahed drones from the Kursk region. Air defence shot "
    "down 3 missiles over the Kyiv region.",
    "The enemy attacked with 40 Shahed drones from the Kursk region. A drone hit a house "
    "in Sumy. Air defence shot down 35 drones over the Kyiv region.",
    "The enemy attacked with 40 Shahed drones from the Kursk region. It was a quiet "
    "night. Officials met. Nothing else happened. Air defence shot down 35 drones over "
    "the Kyiv region.",
])
def test_a_launched_count_serves_only_the_claim_it_belongs_to(gz: Gazetteer, text: str
                                                              ) -> None:
    assert all("launched_count" not in r.extras for r in _reports(gz, text))


@pytest.mark.parametrize(("text", "weapons"), [
    ("Russia attacked the Lviv region overnight with drones and missiles, officials said.",
     ["drone", "missile"]),
    ("Missiles and drones hit the Lviv region overnight, officials said.",
     ["missile", "drone"]),
    ("Ukrainian drone and missile fire killed three people in Belgorod, the governor said.",
     ["drone", "missile"]),
    ("Russian forces shelled Nikopol with artillery and drones on Monday, the governor "
     "said.", ["artillery", "drone"]),
])
def test_every_weapon_of_a_combined_attack_is_kept(gz: Gazetteer, text: str,
                                                   weapons: list[str]) -> None:
    r = _one(gz, text)
    assert (r.weapon, r.extras["weapons"]) == (weapons[0], weapons)


def test_what_a_target_makes_is_no_weapon_of_the_attack(gz: Gazetteer) -> None:
    r = _one(gz, "Drones hit a factory in the Bryansk region on Friday that makes parts "
                 "for missiles and aircraft, officials said.")
    assert r.weapon == "drone" and "weapons" not in r.extras


@pytest.mark.parametrize(("text", "killed"), [
    ("A Russian drone attack on Odesa overnight on March 2 killed 12 people, officials "
     "said.", 12),
    ("Shelling of Kherson on 5 June killed three people and on June 7 wounded two, the "
     "governor said.", 3),
    ("A missile that hit Dnipro on Sept 14 killed a man, the governor said.", 1),
])
def test_a_day_of_the_month_is_no_toll(gz: Gazetteer, text: str, killed: int) -> None:
    assert _one(gz, text).killed == killed


@pytest.mark.parametrize("said", ["saying all had been destroyed", "adding that all were "
                                  "intercepted", "and all of them were downed"])
def test_all_of_a_launch_destroyed_is_an_interception(gz: Gazetteer, said: str) -> None:
    found = _reports(gz, "Ukraine launched 47 drones at Russian regions overnight, the "
                         f"Russian Defence Ministry claimed, {said} over the Belgorod and "
                         "Kursk regions.")
    assert [(r.event_type, r.place_name) for r in found] == [
        ("interception", "Belgorod Oblast"), ("interception", "Kursk Oblast")]
    assert {r.extras["group_count"] for r in found} == {47}


@pytest.mark.parametrize(("text", "kind"), [
    ("Latvia's armed forces said a Russian drone crashed in the Rezekne region on Saturday "
     "after entering Latvian airspace from Belarus.", "admin1"),
    ("The Latvian army said a Russian Shahed-type drone crashed in the Rezekne municipality "
     "after entering Latvian airspace from Belarus on Saturday.", "town"),
    ("A Russian drone fell near Plauru after it crossed into Romanian airspace on Saturday, "
     "the defence ministry said.", "village"),
])
def test_a_drone_that_crashed_after_entering_airspace_is_one_violation_where_it_fell(
        gz: Gazetteer, text: str, kind: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_kind, r.event_date) == (
        "airspace_violation", "drone", kind, date(2024, 6, 15))


def test_a_crash_after_entering_another_countrys_airspace_stays_two_claims(
        gz: Gazetteer) -> None:
    found = _reports(gz, "A Russian drone crashed in Moldova near Etulia on Saturday after "
                         "violating Romanian airspace, officials said.")
    assert {r.country for r in found} == {"MD", "RO"}


@pytest.mark.parametrize(("text", "who"), [
    ("A Russian missile struck Kryvyi Rih on Friday, killing four people, the head of the "
     "city's military administration, Oleksandr Vilkul, said.",
     "the head of the city's military administration, Oleksandr Vilkul"),
    ("Drones hit Sukhumi on Friday, the Abkhaz news agency, Apsnipress, reported.",
     "the Abkhaz news agency, Apsnipress"),
])
def test_a_name_keeps_the_role_set_before_it(gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize(("text", "who", "place"), [
    ("In a Telegram post, the head of the Sumy regional military administration, Volodymyr "
     "Artiukh, said Russian forces shelled 12 communities in the region over the past day, "
     "firing 98 times.", "the head of the Sumy regional military administration, Volodymyr "
     "Artiukh", "Sumy Oblast"),
    ("Kharkiv's mayor, Ihor Terekhov, said a drone hit a high-rise in the city.",
     "Kharkiv's mayor, Ihor Terekhov", "Kharkiv"),
    ("Dnipropetrovsk's regional governor, Serhiy Lysak, said Russian artillery shelled "
     "Nikopol.", "Dnipropetrovsk's regional governor, Serhiy Lysak", "Nikopol"),
])
def test_a_name_in_apposition_before_said_is_the_speaker_not_what_was_said(
        gz: Gazetteer, text: str, who: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.claimed_by, r.place_name) == (who, place)


@pytest.mark.parametrize(("text", "who"), [
    ("Russian drones attacked overnight. In Kyiv, the government building was hit and set "
     "on fire, Prime Minister Yulia Svyrydenko said.", "Prime Minister Yulia Svyrydenko"),
    ("In Kherson, the police station was hit by a drone, Governor Oleksandr Prokudin said.",
     "Governor Oleksandr Prokudin"),
])
def test_a_clause_before_a_name_is_no_role(gz: Gazetteer, text: str, who: str) -> None:
    assert [r.claimed_by for r in _reports(gz, text)][-1] == who


@pytest.mark.parametrize(("text", "arms", "place"), [
    ("The Ukrainian General Staff confirmed a strike on the Engels airbase in Saratov Oblast, "
     "where Russia stations its Tu-95 and Tu-160 strategic bombers.", "unknown",
     "Engels-2 air base"),
    ("Drones struck the Shaykovka airfield, which houses Tu-22M3 bombers, the General Staff "
     "said.", "drone", "Shaykovka air base"),
    ("Tu-95 bombers stationed at the Olenya airbase fired cruise missiles at Kyiv on Friday, "
     "the air force said.", "missile", "Kyiv"),
    ("Russian jets flying over the Black Sea launched Kh-59 missiles at Odesa, the navy said.",
     "missile", "Odesa"),
    ("Russian bombers based in Engels struck Kharkiv overnight, officials said.", "aircraft",
     "Kharkiv"),
])
def test_where_aircraft_are_kept_or_fly_is_neither_weapon_nor_target(
        gz: Gazetteer, text: str, arms: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.weapon, r.place_name) == (arms, place)


def test_drones_downed_flying_over_a_sea_are_downed_there(gz: Gazetteer) -> None:
    r = _one(gz, "Two drones were shot down flying over the Black Sea, the navy said.")
    assert (r.event_type, r.place_name, r.count) == ("interception", "Black Sea", 2)


@pytest.mark.parametrize("bomb", ["an aerial bomb", "two air bombs", "air-dropped bombs"])
def test_aerial_bombs_are_dropped_by_aircraft(gz: Gazetteer, bomb: str) -> None:
    r = _one(gz, f"On Thursday, Russian troops dropped {bomb} on Kharkiv, injuring 6 people.")
    assert (r.event_type, r.weapon, r.injured) == ("strike", "aircraft", 6)


def test_each_part_between_semicolons_keeps_its_own_toll(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian forces shelled 11 settlements in the Kharkiv region over "
                         "the past day, the governor said. In Kupiansk, a 54-year-old man "
                         "was injured; in Zolochiv, a house was damaged; in Izium, two "
                         "women were killed.")
    tolls = {r.place_name: (r.killed, r.injured) for r in found if r.group}
    assert tolls == {"Kupiansk": (None, 1), "Zolochiv": (None, None), "Izium": (2, None)}
    assert {r.claimed_by for r in found} == {"the governor"}
    assert all("group_injured" not in r.extras for r in found)


def test_two_places_in_one_part_share_its_toll(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones hit Kupiansk and Izium, injuring two people; "
                         "officials said power was cut.")
    assert [(r.injured, r.extras.get("group_injured")) for r in found] == [
        (None, 2), (None, 2)]


@pytest.mark.parametrize("bomb", ["A car bomb exploded", "A suicide bomber blew himself up",
                                  "A roadside bomb went off",
                                  "An improvised explosive device detonated"])
def test_a_planted_bomb_is_an_attack_not_a_strike(gz: Gazetteer, bomb: str) -> None:
    r = _one(gz, f"{bomb} in the Syrian city of Manbij on Monday, killing at least 15 "
                 "people, the civil defence said.")
    assert (r.event_type, r.weapon, r.killed) == ("other_attack", "unknown", 15)
    assert r.claimed_by == "the civil defence"


def test_a_bomb_dropped_from_the_air_is_still_a_strike(gz: Gazetteer) -> None:
    r = _one(gz, "A guided bomb hit Kharkiv on Monday, killing two people, the governor "
                 "said.")
    assert (r.event_type, r.weapon) == ("strike", "aircraft")


def test_a_time_zone_is_no_place(gz: Gazetteer) -> None:
    found = _reports(gz, "In total, 13 drones were destroyed over the Kursk region and 5 "
                         "over the Belgorod region between 8 a.m. and 12 p.m. Moscow time, "
                         "the ministry said.")
    assert [(r.place_name, r.count) for r in found] == [
        ("Kursk Oblast", 13), ("Belgorod Oblast", 5)]


@pytest.mark.parametrize("text", [
    'Ukraine\'s air force said 76 drones were shot down and 96 were "lost" due to electronic '
    "warfare overnight.",
    "Ukraine's air force said 76 drones were shot down overnight. Another 96 drones were "
    "locationally lost, likely to electronic countermeasures.",
])
def test_drones_lost_to_jamming_are_counted_apart(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.count, r.extras["lost_count"]) == ("interception", 76, 96)


def test_a_casualty_list_keeps_the_source_only_for_the_same_area(gz: Gazetteer) -> None:
    found = _reports(gz, "At least 39 people were killed in Russian strikes across Ukraine, "
                         "officials in Kyiv said. Deaths were reported in Dnipro and Lviv.")
    assert {r.claimed_by for r in found} == {"officials in Kyiv"}
    found = _reports(gz, "Drones hit Belgorod on Saturday, killing two people, Russian "
                         "officials said. Deaths were reported in Dnipro and Lviv.")
    assert [(r.place_name, r.claimed_by) for r in found][1:] == [
        ("Dnipro", None), ("Lviv", None)]


@pytest.mark.parametrize("text", [
    "One person was killed in a drone attack on Velykyi Burluk, Kharkiv Oblast, the local "
    "authorities said.",
    "According to the local authorities, Kharkiv Oblast, one person was killed in a drone "
    "attack on Velykyi Burluk.",
])
def test_a_region_beside_a_role_is_no_persons_name(gz: Gazetteer, text: str) -> None:
    r = _reports(gz, text)
    assert r and r[0].claimed_by == "the local authorities"


@pytest.mark.parametrize(("text", "who"), [
    ("A Russian missile hit a residential building in Kharkiv on Saturday, wrote Mayor Ihor "
     "Terekhov on Telegram.", "Mayor Ihor Terekhov"),
    ("A Russian missile hit a residential building in Kharkiv on Saturday, said Mayor Ihor "
     "Terekhov.", "Mayor Ihor Terekhov"),
    ("Two people were killed when a missile hit a warehouse in Odesa, said Oleh Kiper, the "
     "regional governor.", "Oleh Kiper, the regional governor"),
    ("Russian shelling killed a man in Kherson, said the regional military administration in "
     "a statement on Telegram.", "the regional military administration"),
    ("A drone attack on Belgorod injured three, reported TASS.", "TASS"),
    ('"A drone hit a high-rise in Odesa," said Governor Oleh Kiper.', "Governor Oleh Kiper"),
    ("Israeli strikes killed 12 people in Rafah, said Mohammed Abu Salmiya, director of the "
     "hospital.", "Mohammed Abu Salmiya, director of the hospital"),
    ("A Russian missile hit a residential building in Kharkiv on Saturday, according to a "
     "Telegram post by Mayor Ihor Terekhov.", "Mayor Ihor Terekhov"),
])
def test_a_speaker_after_the_verb_is_the_claimant(gz: Gazetteer, text: str, who: str) -> None:
    """AP and Reuters often invert: "..., said Mayor Ihor Terekhov"."""
    assert _one(gz, text).claimed_by == who


def test_an_inverted_verb_without_a_speaker_gives_none(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian missile hit Dnipro on Monday, claimed the lives of five and "
                 "injured 20.")
    assert (r.claimed_by, r.killed, r.injured) == (None, 5, 20)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("One person was killed and another wounded in a drone attack on Kupiansk.", 1, 1),
    ("Two people were killed and another was injured in a drone attack on Kupiansk.", 2, 1),
    ("A man was injured and another killed in a drone attack on Kupiansk.", 1, 1),
    ("Three people were wounded and one other person was killed in a drone attack on "
     "Kupiansk.", 1, 3),
])
def test_another_person_hurt_is_one_more(gz: Gazetteer, text: str, killed: int,
                                         injured: int) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)


@pytest.mark.parametrize("unit", ["urban district", "municipal okrug"])
def test_a_russian_urban_district_is_its_seat_town(gz: Gazetteer, unit: str) -> None:
    r = _one(gz, f"Ukrainian drones attacked the Shebekino {unit} on Sunday, the governor "
                 "said.")
    assert (r.place_name, r.place_kind, r.country) == ("Shebekino", "town", "RU")
    assert r.place_note is None or unit in r.place_note


@pytest.mark.parametrize("text", [
    "Drones struck the airport and a fuel depot in Port Sudan on Sunday, the army said, in "
    "the first attack on the Red Sea city since the war began.",
    "Russia launched 150 drones at Odesa overnight, the largest attack on the port since the "
    "start of the full-scale invasion, the air force said.",
    "A drone hit an apartment block in Moscow on Sunday, marking the biggest attack on the "
    "capital since 2023, the mayor said.",
    "Rockets hit Kiryat Shmona on Monday, in what was the heaviest barrage on the town since "
    "October, the army said.",
])
def test_a_superlative_since_clause_is_no_history(gz: Gazetteer, text: str) -> None:
    """ "..., the largest attack since the war began" measures the claim; it is not
    background."""
    assert _reports(gz, text)


@pytest.mark.parametrize("text", [
    "Belgorod has been shelled almost daily since the war began.",
    "It was the heaviest shelling of Belgorod since the invasion began in 2022.",
    "Kharkiv has been struck by missiles regularly since 2022, the largest city near the "
    "border.",
])
def test_history_since_the_war_stays_background(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("lead", "day"), [
    ("2024-06-12:", date(2024, 6, 12)),
    ("On 2024-06-12,", date(2024, 6, 12)),
    ("12.06.2024 -", date(2024, 6, 12)),
    ("On 12/06/2024,", date(2024, 6, 12)),   # only day first is on or before publication
    ("On 06/13/2024,", date(2024, 6, 13)),   # month first is the only date
    ("On 25/05/2024,", date(2024, 5, 25)),
])
def test_an_all_digit_date_dates_the_claim(gz: Gazetteer, lead: str, day: date) -> None:
    """Conflict-event notes write ISO dates; European and Ukrainian text writes them with
    dots or slashes, day first."""
    r = _one(gz, f"{lead} Russian forces shelled Kherson city. 1 civilian killed.")
    assert (r.event_date, r.date_precision, r.killed) == (day, "day", 1)


@pytest.mark.parametrize("text", [
    "A missile hit Kherson on 2024-13-02.",        # no 13th month
    "A missile hit Kherson on 31.02.2024.",        # no 31 February
    "Version 1.06.2024-beta of the app reported a missile hit in Kherson.",
])
def test_a_digit_string_that_is_no_date_dates_nothing(gz: Gazetteer, text: str) -> None:
    for r in _reports(gz, text):
        assert r.date_precision == "publication" and r.event_date == PUB.date()


@pytest.mark.parametrize(("text", "place"), [
    ("Explosions rocked the Crimean port city of Sevastopol overnight.", "Sevastopol"),
    ("A missile struck the Crimean city of Yalta on Monday, the governor said.", "Yalta"),
    ("Drones hit the Donetsk region town of Kostiantynivka on Monday.", "Kostiantynivka"),
])
def test_a_region_that_describes_the_next_place_is_not_a_second_place(
        gz: Gazetteer, text: str, place: str) -> None:
    """Sevastopol lies outside Crimea's admin-1 unit, so containment alone kept both."""
    assert _one(gz, text).place_name == place


@pytest.mark.parametrize(("text", "place"), [
    ("A Russian missile hit the Black Sea port of Odesa on Friday, killing two people, the "
     "governor said.", "Odesa"),
    ("A missile strike on the Black Sea port city of Odesa killed 20 people on Friday.", "Odesa"),
    ("A drone struck the Baltic Sea port of Ust-Luga overnight, causing a fire.", "Ust-Luga"),
    ("Drones attacked the Azov Sea port of Berdiansk on Sunday, officials said.", "Berdiansk"),
    ("Houthi rebels said they fired missiles at a ship near the Red Sea port of Hodeidah on "
     "Monday.", "Hodeidah"),
])
def test_a_sea_that_describes_the_next_port_is_not_a_second_place(
        gz: Gazetteer, text: str, place: str) -> None:
    """The toll had been split on a group between the sea and the port."""
    r = _one(gz, text)
    assert r.place_name == place and r.group is None


def test_a_sea_listed_beside_another_stays_a_place(gz: Gazetteer) -> None:
    found = _reports(gz, "Drones were shot down over the Black Sea and the Sea of Azov "
                         "overnight, the ministry said.")
    assert {r.place_name for r in found} == {"Black Sea", "Sea of Azov"}


def test_a_region_listed_beside_a_city_stays_a_place(gz: Gazetteer) -> None:
    found = _reports(gz, "Drones attacked the Kursk region and the city of Belgorod on "
                         "Monday, officials said.")
    assert {r.place_name for r in found} == {"Kursk Oblast", "Belgorod"}


@pytest.mark.parametrize(("text", "who"), [
    ("The RSF shelled a camp on Tuesday, killing at least 14 civilians in El Fasher, local "
     "resistance committees said.", "local resistance committees"),
    ("Ukrainian naval drones attacked Novorossiysk early on Friday, the Black Sea Fleet "
     "said.", "the Black Sea Fleet"),
    ("Israeli warplanes struck Nabatieh late on Wednesday, killing a Hezbollah commander, "
     "NNA reported.", "NNA"),
])
def test_committees_fleets_and_agencies_after_a_toll_are_sources(
        gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Israeli warplanes struck Nabatieh on Wednesday, killing a Hezbollah commander.", 1,
     None),
    ("An Israeli drone strike on a car in Bint Jbeil killed a paramedic, the ministry said.",
     1, None),
    ("A Russian drone hit an ambulance in Kherson, and a paramedic was seriously wounded.",
     None, 1),
    ("Russian shelling of Nikopol killed a member of the local council, the governor said.",
     1, None),
])
def test_one_person_named_by_their_work_is_a_toll_of_one(
        gz: Gazetteer, text: str, killed: int | None, injured: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)


def test_a_speaker_by_profession_is_not_the_toll(gz: Gazetteer) -> None:
    r = _one(gz, "A doctor at the hospital in Khan Younis said five people were killed in "
                 "the Israeli strike.")
    assert r.killed == 5


@pytest.mark.parametrize(("text", "country"), [
    ("U.S. forces struck a Houthi radar site in Yemen on Friday, CENTCOM said.", "YE"),
    ("Russia struck a power plant in Ukraine overnight, officials said.", "UA"),
    ("Israel struck two Hezbollah weapons depots in Lebanon on Tuesday, the army said.",
     "LB"),
])
def test_a_dated_attack_on_a_named_target_in_a_country_is_a_claim(
        gz: Gazetteer, text: str, country: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.country) == ("strike", "country", country)
    assert r.date_precision in {"day", "night"}


@pytest.mark.parametrize("text", [
    "Russia struck Ukraine's energy grid overnight.",
    "Russia attacked Ukraine overnight, the air force said.",
    "Russia's attacks on Ukraine's power plants have sparked concern in Europe.",
    "Israel has struck Hezbollah depots in Lebanon for months.",
])
def test_a_country_without_target_date_or_figure_is_still_no_claim(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("text", [
    "A U.S. airstrike in eastern Syria killed a militia commander, the Pentagon said.",
    "US drones struck a target in eastern Syria on Friday, the Pentagon said.",
])
def test_a_country_before_its_weapon_is_the_attacker(gz: Gazetteer, text: str) -> None:
    assert {r.country for r in _reports(gz, text)} == {"SY"}


def test_a_downed_count_with_a_long_description(gz: Gazetteer) -> None:
    r = _one(gz, "Two Ukrainian Su-25 attack aircraft were shot down near Avdiivka, the "
                 "Russian Defence Ministry claimed.")
    assert (r.event_type, r.weapon, r.count) == ("interception", "aircraft", 2)


@pytest.mark.parametrize(("text", "place"), [
    ("Shelling hit the Zamzam displacement camp near El Fasher on Monday, killing six "
     "people, medics said.", "Zamzam"),
    ("A drone hit a house in the village of Kozacha Lopan near Kharkiv on Monday.",
     "Kozacha Lopan"),
    ("A drone strike hit a car in Ain al-Hilweh, outside Sidon, on Friday.", "Ain al-Hilweh"),
    ("At least 22 people were killed when the RSF shelled the Abu Shouk camp for displaced "
     "people near El Fasher on Saturday, the camp's emergency room said.", "Abu Shouk"),
])
def test_a_town_after_near_only_locates_the_place(gz: Gazetteer, text: str, place: str
                                                  ) -> None:
    assert _one(gz, text).place_name == place


def test_a_town_near_which_something_else_was_hit_stays_a_place(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian strikes hit Sumy and a village near Konotop, officials "
                         "said.")
    assert {r.place_name for r in found} == {"Sumy", "Konotop"}


def test_an_added_interception_keeps_each_weapons_launch(gz: Gazetteer) -> None:
    """ "..., the air force said, adding that 5 missiles and 68 drones had been shot down":
    one interception per weapon, each of its own launch (as "shot down 5 of 8 missiles")."""
    found = _reports(gz, "Russian forces struck Ukraine with 8 missiles and 94 drones "
                         "overnight, the Air Force reported, adding that 5 missiles and 68 "
                         "drones had been shot down.")
    assert [(r.event_type, r.weapon, r.count, r.extras.get("launched_count"))
            for r in found] == [("interception", "missile", 5, 8),
                                ("interception", "drone", 68, 94)]
    assert {r.country for r in found} == {"UA"} and {r.claimed_by for r in found} == {
        "the Air Force"}


@pytest.mark.parametrize("said", ["saying air defences shot down most of the missiles",
                                  "adding that air defences intercepted most of them"])
def test_a_share_shot_down_is_no_count_but_a_qualifier(gz: Gazetteer, said: str) -> None:
    """Most, not all, were shot down: the strikes that got through are a claim too."""
    found = _reports(gz, "Syrian state media reported Israeli strikes on the outskirts of "
                         f"Damascus on Monday night, {said}.")
    assert [(r.event_type, r.place_name, r.count, r.count_qualifier) for r in found] == [
        ("strike", "Damascus", None, None), ("interception", "Damascus", None, "most")]
    assert {r.event_date for r in found} == {date(2024, 6, 10)}


def test_a_counted_interception_beside_a_strike_by_a_speaker_of_its_country(
        gz: Gazetteer) -> None:
    """A second claim in the sentence, told by the struck country's own media, is over
    the struck place; the IDF's interceptions of rockets from Lebanon are over Israel."""
    found = _reports(gz, "Israeli missiles hit Damascus on Monday, while five missiles were "
                         "shot down, Syrian state media said.")
    assert [(r.event_type, r.place_name, r.count) for r in found] == [
        ("strike", "Damascus", None), ("interception", "Damascus", 5)]
    assert found[1].extras["place_from"] == "previous clause"
    found = _reports(gz, "Israeli jets struck launchers in Khiam on Monday, and 35 rockets "
                         "crossed from Lebanon, most of which were intercepted, the Israeli "
                         "military said.")
    assert [(r.event_type, r.country) for r in found] == [
        ("strike", "LB"), ("interception", "IL")]


@pytest.mark.parametrize("text", [
    "Israeli jets struck Hezbollah sites in Nabatieh, the army said, adding that a rocket "
    "launcher was destroyed.",
    "The army said it destroyed a drone depot in Nabatieh on Friday.",
])
def test_a_weapon_site_destroyed_is_no_interception(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).event_type == "strike"


def test_a_drone_destroyed_is_still_an_interception(gz: Gazetteer) -> None:
    r = _one(gz, "Air defences destroyed a drone over Belgorod on Friday, the governor "
                 "said.")
    assert r.event_type == "interception"


def test_a_brigade_is_a_source(gz: Gazetteer) -> None:
    r = _one(gz, "Three Ukrainian soldiers were killed by a Russian glide bomb that hit "
                 "their position near Chasiv Yar, their brigade said.")
    assert (r.killed, r.claimed_by) == (3, "their brigade")


@pytest.mark.parametrize("text", [
    "KYIV, Ukraine (AP) — Russia launched 8 missiles and 94 drones overnight, the air force "
    "said, adding that 5 missiles and 68 drones had been shot down.",
    "Air raid alerts overnight\n\nKYIV (Reuters) - Russia launched 8 missiles and 94 drones "
    "overnight, officials said. 5 missiles and 68 drones were shot down.",
])
def test_a_launch_with_no_target_is_over_the_datelines_country(gz: Gazetteer, text: str
                                                               ) -> None:
    found = _reports(gz, text)
    assert {(r.country, r.place_kind) for r in found} == {("UA", "country")}
    assert [(r.event_type, r.weapon, r.count) for r in found if r.event_type ==
            "interception"] == [("interception", "missile", 5), ("interception", "drone", 68)]
    assert all("dateline" in (r.place_note or "") or r.extras.get("place_from") for r in found)


@pytest.mark.parametrize("text", [
    "WASHINGTON (AP) — Russia launched 8 missiles overnight, officials said.",
    "MOSCOW (Reuters) - Russia launched 8 missiles at targets overnight, officials said.",
])
def test_a_dateline_abroad_or_of_the_attacker_places_nothing(gz: Gazetteer, text: str
                                                             ) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("text", [
    "The Moldovan border police said they had found fragments of a drone near the village "
    "of Etulia on Wednesday.",
    "Moldovan border guards discovered the wreckage of a drone near Etulia on Wednesday.",
])
def test_debris_found_in_the_active_voice_is_an_airspace_violation(gz: Gazetteer,
                                                                   text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name, r.country) == (
        "airspace_violation", "drone", "Etulia", "MD")


@pytest.mark.parametrize(("text", "day"), [
    ("Last month, drones struck a sugar factory in Kharkiv.", date(2024, 5, 1)),
    ("In February, Russian missiles hit a power plant in Kharkiv, the governor said.",
     date(2024, 2, 1)),
    ("In November, Russian missiles hit a power plant in Kharkiv.", date(2023, 11, 1)),
    ("Earlier this month, a drone hit a house in Odesa.", date(2024, 6, 1)),
    ("A drone hit a house in Odesa in late January 2024, killing two.", date(2024, 1, 1)),
    # (PUB is in June: "last June" is a year before, "last April" this year's)
    ("The strike on Chernihiv last April killed 18 people.", date(2024, 4, 1)),
    ("A missile strike on Chernihiv last June killed 18 people.", date(2023, 6, 1)),
])
def test_a_month_without_a_day_is_month_precision(gz: Gazetteer, text: str, day: date
                                                  ) -> None:
    """Not the day of the claim before, nor the publication day: the month, as ACLED's
    time precision 3."""
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (day, "month")


def test_a_day_in_a_month_is_still_a_day(gz: Gazetteer) -> None:
    r = _one(gz, "A drone hit a house in Odesa on 14 February, the second attack on the "
                 "city in February.")
    assert (r.event_date, r.date_precision) == (date(2024, 2, 14), "day")


def test_a_month_dated_claim_does_not_take_the_day_before(gz: Gazetteer) -> None:
    found = _reports(gz, "A drone hit a house in Odesa on Monday, the governor said. Last "
                         "month, drones struck the port of Izmail.")
    assert [(r.place_name, r.date_precision) for r in found] == [
        ("Odesa", "day"), ("Izmail", "month")]


def test_a_capital_that_kept_up_pressure_is_its_government(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian ballistic missile struck Odesa on Friday evening, killing eight, "
                 "officials said, as Moscow kept up its pressure on the south.")
    assert (r.place_name, r.killed) == ("Odesa", 8)


def test_downed_over_a_number_of_regions_counts_the_drones(gz: Gazetteer) -> None:
    r = _one(gz, "Ukraine's air force said Russia launched 44 Shahed drones overnight, of "
                 "which 35 were shot down over nine regions.")
    assert (r.count, r.extras.get("launched_count")) == (35, 44)


@pytest.mark.parametrize(("text", "who"), [
    ("In Russia, the Defense Ministry said air defenses destroyed 17 Ukrainian drones over "
     "the Belgorod region.", "the Defense Ministry"),
    ("In El Fasher, RSF shelling killed at least 12 people at the Saudi hospital on "
     "Sunday, the World Health Organization said.", "the World Health Organization"),
])
def test_scene_setters_are_no_names_and_organisations_are_sources(
        gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


def test_a_part_of_a_toll_at_a_building_in_a_place(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian attacks killed three people in an apartment block in "
                         "Kharkiv and two in Odesa, officials said.")
    assert [(r.place_name, r.killed) for r in found] == [("Kharkiv", 3), ("Odesa", 2)]


@pytest.mark.parametrize(("text", "share", "launched"), [
    ("Iran launched more than 300 drones and missiles at Israel overnight, 99% of which "
     "were intercepted, the IDF said.", "99%", 300),
    ("Russia fired 40 missiles at Kyiv, 90 percent of which were shot down, the air force "
     "said.", "90%", 40),
    # (the share after "adding that" had left the launched 300 as the count of the downed)
    ("Iran launched more than 300 drones and missiles at Israel overnight, the Israeli "
     "military said, adding that 99% were intercepted.", "99%", 300),
    ("Iran fired 120 missiles at Israel, the army said, adding that 99 per cent were "
     "intercepted.", "99%", 120),
    ("Iran fired 120 missiles at Israel, the army said, adding that the vast majority were "
     "intercepted.", "the vast majority", 120),
])
def test_a_percentage_shot_down_is_a_share_not_a_count(gz: Gazetteer, text: str, share: str,
                                                       launched: int) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.count, r.count_qualifier, r.extras.get("launched_count")) == (
        "interception", None, share, launched)


@pytest.mark.parametrize(("text", "admin1"), [
    ("An Israeli airstrike hit Yohmor (Tyre, South Lebanon) on Monday, killing two.",
     "South Lebanon"),
    ("14 March 2024: Russian drones hit Novoplatonivka (Izium, Kharkiv). 1 civilian "
     "injured.", "Kharkiv Oblast"),
])
def test_an_unknown_place_with_its_district_and_region_in_brackets(
        gz: Gazetteer, text: str, admin1: str) -> None:
    """Not the town its district is named after (a false point): the region, noted."""
    r = _one(gz, text)
    assert (r.place_kind, r.admin1) == ("admin1", admin1)
    assert r.place_note and "not in the gazetteer" in r.place_note


def test_a_known_place_before_brackets_keeps_its_point(gz: Gazetteer) -> None:
    r = _one(gz, "14 March 2024: Russian drones hit Balakliia (Izium, Kharkiv). 1 civilian "
                 "injured.")
    assert (r.place_kind, r.admin1, r.injured) == ("town", "Kharkiv Oblast", 1)


def test_an_aircraft_type_drone_is_a_drone(gz: Gazetteer) -> None:
    r = _one(gz, "The Kyiv regime attempted a terrorist attack with an aircraft-type drone "
                 "against facilities in the Moscow Region, the ministry said.")
    assert r.weapon == "drone"


@pytest.mark.parametrize(("text", "children"), [
    ("A drone hit Kharkiv. Three people were injured, including a child.", 1),
    ("A missile hit Kharkiv, injuring three people, among them a 12-year-old girl.", 1),
    ("A missile hit Kharkiv, injuring five people, including two young boys.", 2),
    ("A missile hit Kharkiv, injuring five people, including a 70-year-old woman.", None),
])
def test_one_child_among_the_hurt_is_counted(gz: Gazetteer, text: str,
                                             children: int | None) -> None:
    r = _reports(gz, text)[-1]
    assert r.children_injured == children


def test_an_unknown_village_in_a_countrys_state_is_not_a_near_spelling_elsewhere(
        gz: Gazetteer) -> None:
    """ "Al-Kadaris in Sudan's White Nile state" is not Al Qadarif (another state): the
    state stands in, with a note."""
    r = _one(gz, "A drone strike on a wedding in the village of Al-Kadaris in Sudan's White "
                 "Nile state killed at least 30 people, the Emergency Lawyers group said.")
    assert (r.place_name, r.place_kind, r.killed) == ("White Nile", "admin1", 30)
    assert "not in the gazetteer" in (r.place_note or "")


def test_killing_its_rider_is_one_dead(gz: Gazetteer) -> None:
    r = _one(gz, "An Israeli drone struck a motorcycle near Nabatieh, killing its rider, the "
                 "National News Agency said.")
    assert r.killed == 1


@pytest.mark.parametrize("text", [
    "Blasts were reported in the Crimean city of Dzhankoi early on Wednesday, local "
    "Telegram channels said.",
    "Explosions have been reported in Belgorod, the governor said.",
])
def test_blasts_reported_in_a_city_are_explosions(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).event_type == "explosion"


@pytest.mark.parametrize("text", [
    "An explosion was reported at a chemical plant in Dzerzhinsk on Monday.",
    "Explosions were reported at a fireworks warehouse in Kazan.",
])
def test_an_accident_reported_is_no_explosion_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "places"), [
    ("Israeli strikes hit Bint Jbeil (as well as Tyre) on Monday.", {"Bint Jbeil", "Tyre"}),
    ("Israeli strikes hit Yohmor (as well as Tyre and Sidon) on Monday.", {"Tyre", "Sidon"}),
])
def test_brackets_holding_more_than_parents_name_places(gz: Gazetteer, text: str,
                                                        places: set[str]) -> None:
    found = _reports(gz, text)
    assert {r.place_name for r in found} == places
    assert not any("not in the gazetteer" in (r.place_note or "") for r in found)


@pytest.mark.parametrize(("text", "place", "kind"), [
    ("India struck nine sites in Pakistan early on Wednesday, the Indian defence ministry "
     "said.", "Pakistan", "country"),
    ("India struck nine sites in Pakistan-administered Kashmir early on Wednesday, the "
     "Indian defence ministry said.", "Azad Kashmir", "admin1"),
    ("Pakistan's army shelled villages in Indian-administered Kashmir overnight, Indian "
     "officials said.", "Jammu and Kashmir", "admin1"),
])
def test_a_state_that_strikes_is_a_military_word(gz: Gazetteer, text: str, place: str,
                                                 kind: str) -> None:
    """ "India struck nine sites": the state is the attacker, though "India" alone is no
    military word (a cricket board "struck a deal")."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.place_kind) == ("strike" if "struck" in text
                                                         else "shelling", place, kind)


@pytest.mark.parametrize("text", [
    "India's cricket board on Thursday struck a record $944 million deal with a "
    "broadcaster in Mumbai.",
    "Police in Kolkata said the suspect was arrested during a police raid on his home.",
])
def test_deals_and_police_raids_are_no_attacks(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, "Indian troops were on alert in Kashmir. " + text) == []


@pytest.mark.parametrize("said", [
    "Syrian state media said, adding that air defences had shot down most of the missiles",
    "and Syrian air defences intercepted some of the missiles, SANA said",
])
def test_a_strike_and_the_share_shot_down_beside_it_are_two_claims(gz: Gazetteer,
                                                                   said: str) -> None:
    """Some got through: a strike on Latakia, and an interception told by the struck
    country's own media (or its air defences) over the same place."""
    found = _reports(gz, "Israeli jets struck near the coastal city of Latakia early on "
                         f"Monday, {said}.")
    assert [(r.event_type, r.place_name) for r in found] == [
        ("strike", "Latakia"), ("interception", "Latakia")]
    assert found[1].extras.get("place_from") == "previous clause"
    assert found[1].count is None and found[1].count_qualifier in {"most", "some"}


def test_a_share_shot_down_with_no_place_is_over_the_struck_country(gz: Gazetteer) -> None:
    """ "most of them were intercepted", told by an air force of no stated country: not
    over Kyiv, which was hit, but somewhere over Ukraine, with a note."""
    found = _reports(gz, "Russian missiles hit Kyiv overnight, the air force said, adding "
                         "that most of them were intercepted.")
    assert [(r.event_type, r.place_name, r.place_kind) for r in found] == [
        ("strike", "Kyiv", "city"), ("interception", "Ukraine", "country")]
    assert "not stated" in (found[1].place_note or "")


def test_two_speakers_on_either_side_of_a_semicolon_are_two_claims(gz: Gazetteer) -> None:
    found = _reports(gz, "The Houthis said they had targeted Ben Gurion Airport with a "
                         "ballistic missile on Sunday; the Israeli military said the missile "
                         "was intercepted.")
    assert [(r.event_type, r.claimed_by) for r in found] == [
        ("strike", "The Houthis"), ("interception", "the Israeli military")]
    assert {r.country for r in found} == {"IL"}


@pytest.mark.parametrize(("who", "country"), [("the IDF", "IL"), ("SANA", "SY")])
def test_a_speaker_named_by_acronym_defends_its_own_country(gz: Gazetteer, who: str,
                                                            country: str) -> None:
    r = _one(gz, f"Five rockets were fired overnight and three were intercepted, {who} said.")
    assert (r.event_type, r.place_kind, r.country, r.count) == (
        "interception", "country", country, 3)


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Copenhagen Airport was closed for nearly four hours on Monday night after several "
     "large drones were spotted near the airfield, Danish police said.", "Copenhagen", "DK"),
    ("Norwegian police said drones had been observed over Oslo airport, which closed its "
     "airspace for three hours.", "Oslo", "NO"),
    ("Flights at Munich airport were suspended on Thursday evening after drone sightings.",
     "Munich", "DE"),
])
def test_drones_seen_over_an_airport_abroad_are_an_airspace_violation(
        gz: Gazetteer, text: str, place: str, country: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name, r.country) == (
        "airspace_violation", "drone", place, country)


def test_drones_only_seen_where_the_war_is_fought_are_no_report(gz: Gazetteer) -> None:
    assert _reports(gz, "Drones were spotted over Kyiv on Monday night, residents said.") == []


def test_launch_sites_given_as_directions_are_no_targets(gz: Gazetteer) -> None:
    """Ukrainian Air Force style: "from the directions of Kursk, Millerovo ... and Oryol"
    names where the drones came from; the downed count is over Ukraine, told by the Air
    Force named in the sentence before."""
    found = _reports(gz, "According to Ukraine's Air Force, Russia launched 142 Shahed-type "
                         "attack drones and decoy drones overnight from the directions of "
                         "Kursk, Millerovo, Primorsko-Akhtarsk and Oryol. Air defences shot "
                         "down 108 of them, while 25 imitation drones were locationally lost.")
    assert [(r.event_type, r.place_name, r.count) for r in found] == [
        ("interception", "Ukraine", 108)]
    r = found[0]
    assert (r.claimed_by, r.extras.get("claimed_by_from")) == (
        "Ukraine's Air Force", "previous sentence")
    assert (r.extras.get("launched_count"), r.extras.get("lost_count")) == (142, 25)


@pytest.mark.parametrize("speaker", ["the regional operational headquarters",
                                     "the city's defence headquarters"])
def test_a_headquarters_is_a_source(gz: Gazetteer, speaker: str) -> None:
    r = _one(gz, "A Ukrainian drone hit a residential building in Krasnodar overnight, "
                 f"damaging several flats, {speaker} said.")
    assert r.claimed_by == speaker


@pytest.mark.parametrize(("text", "claims"), [
    ("Yemen's Houthis said they targeted Ben Gurion airport with a hypersonic ballistic "
     "missile, and the Israeli military said it intercepted a missile launched from Yemen.",
     [("strike", "Yemen's Houthis"), ("interception", "the Israeli military")]),
    ("Hezbollah said it fired rockets at an army base in Safed, and the Israeli military said "
     "most were intercepted.", [("strike", "Hezbollah"), ("interception", "the Israeli military")]),
])
def test_two_speakers_joined_by_and_tell_two_claims(gz: Gazetteer, text: str,
                                                   claims: list[tuple[str, str]]) -> None:
    assert [(r.event_type, r.claimed_by) for r in _reports(gz, text)] == claims


@pytest.mark.parametrize("second", [
    "The group said shells hit a displacement camp and a market.",
    "Shells hit a displacement camp and a market, the group said.",
    "The network said the shelling hit a displacement camp.",
])
def test_a_group_named_again_tells_on_its_claim(gz: Gazetteer, second: str) -> None:
    r = _one(gz, "RSF shelling killed at least 11 people in El Fasher on Thursday, according "
                 f"to the Sudan Doctors Network. {second}")
    assert (r.claimed_by, r.killed) == ("the Sudan Doctors Network", 11)


def test_other_weapons_after_a_claim_are_a_claim_of_their_own(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones struck Kyiv overnight, the mayor said. Missiles hit a "
                         "power station in the city, the air force said.")
    assert [(r.weapon, r.claimed_by) for r in found] == [("drone", "the mayor"),
                                                         ("missile", "the air force")]


@pytest.mark.parametrize("said", ["the army said most were intercepted",
                                  "the military said that some were shot down"])
def test_a_share_after_its_speaker_is_no_count(gz: Gazetteer, said: str) -> None:
    r = _one(gz, f"Hezbollah fired around 70 rockets at Safed on Saturday, and {said}.")
    assert (r.event_type, r.place_name, r.count) == ("interception", "Safed", None)
    assert r.count_qualifier in {"most", "some"} and r.extras["launched_count"] == 70


@pytest.mark.parametrize(("text", "site"), [
    ("Two drones were shot down near the Kursk nuclear power plant in Kurchatov overnight, "
     "the plant's press service said.", "Kursk Nuclear Power Plant"),
    ("A drone hit the Zaporizhzhia nuclear power plant in Enerhodar on Sunday, the IAEA "
     "said.", "Zaporizhzhia Nuclear Power Plant"),
])
def test_the_town_a_site_is_in_only_locates_it(gz: Gazetteer, text: str, site: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.place_kind) == (site, "site")


@pytest.mark.parametrize(("text", "city"), [
    ("A Russian drone hit a high-rise in the Obolonskyi district overnight, injuring three "
     "people, Mayor Vitali Klitschko said.", "Kyiv"),
    ("A guided bomb hit the Saltivskyi district on Monday, injuring four, the governor "
     "said.", "Kharkiv"),
    ("Debris from a downed drone damaged cars in Kyiv's Solomianskyi district.", "Kyiv"),
])
def test_a_named_district_of_a_ukrainian_city_is_the_city(gz: Gazetteer, text: str,
                                                          city: str) -> None:
    """Kyiv and Kharkiv strikes are told by district; the district is the city (noted),
    not the region a district is usually named after."""
    r = _one(gz, text)
    assert (r.place_name, r.place_kind) == (city, "city")
    assert "a district of" in (r.place_note or "")


@pytest.mark.parametrize("verb", ["airstruck", "air-struck"])
def test_conflict_databases_airstruck_is_an_air_strike(gz: Gazetteer, verb: str) -> None:
    r = _one(gz, f"On 12 June 2024, Israeli forces {verb} a house in Deir al-Balah "
                 "(Deir al-Balah, Gaza Strip), killing 6 Palestinians including 3 children.")
    assert (r.event_type, r.weapon, r.country, r.killed, r.children_killed) == (
        "strike", "aircraft", "PS", 6, 3)
    assert (r.event_date, r.date_precision) == (date(2024, 6, 12), "day")


def test_an_unknown_village_in_a_database_hierarchy_is_in_its_region(gz: Gazetteer) -> None:
    """ "Kyauk Ka Sin village (Myaung, Sagaing)": the township is unknown to the index and
    the region shares its capital's name; the village is in the region, not the city."""
    r = _one(gz, "On 13 June 2024, the military conducted an airstrike on Kyauk Ka Sin "
                 "village (Myaung, Sagaing), killing 4 civilians.")
    assert (r.place_name, r.place_kind, r.country, r.killed) == ("Sagaing", "admin1", "MM", 4)
    assert "not in the gazetteer" in (r.place_note or "")


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Two Palestinians were killed by Israeli fire near an aid distribution site in Rafah on "
     "Saturday morning, Gaza's civil defence said.", "Rafah", 2),
    ("Israeli troops opened fire on a crowd waiting for aid in Khan Younis, killing at least "
     "20 people, the health ministry said.", "Khan Younis", 20),
    ("A Palestinian man was shot dead by Israeli troops in Jenin, the health ministry said.",
     "Jenin", 1),
    ("Two Palestinians were killed by Israeli army fire near Khan Younis on Friday, "
     "according to the Palestinian Red Crescent.", "Khan Younis", 2),
    ("A fisherman was wounded and another killed by Israeli naval fire off Rafah, medics "
     "said.", "Rafah", 1),
])
def test_gunfire_by_forces_is_an_attack(gz: Gazetteer, text: str, place: str,
                                        killed: int) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.killed) == ("other_attack", "unknown", killed)
    assert r.place_mention == place


@pytest.mark.parametrize("text", [
    "A man was shot dead by police in Kharkiv after a robbery, police said.",
    "Two firefighters were killed by fire in a warehouse in Odesa.",
])
def test_crime_and_fires_are_no_attacks(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_the_sea_a_coast_belongs_to_only_locates_the_place(gz: Gazetteer) -> None:
    r = _one(gz, "A drone attack caused a fire at the Tuapse oil terminal on the Black Sea "
                 "coast in the Krasnodar region, local authorities said.")
    assert (r.event_type, r.country) == ("strike", "RU") and r.place_kind != "sea"


@pytest.mark.parametrize(("dateline", "place"), [
    ("MIEH MIEH/BEIRUT: ", "Bekaa Valley"), ("KYIV — ", "Bekaa Valley"),
    ("BAALBEK, Lebanon — ", "Bekaa Valley")])
def test_a_dateline_in_capitals_is_no_place_of_the_claim(gz: Gazetteer, dateline: str,
                                                         place: str) -> None:
    r = _one(gz, f"{dateline}Armed men opened fire on an army patrol in the Bekaa Valley on "
                 "Saturday, the army said.")
    assert (r.event_type, r.place_name) == ("other_attack", place)
    assert r.quote.startswith("Armed men")


@pytest.mark.parametrize(("verb", "iso"), [("flew through Moldovan", "MD"),
                                           ("crossed Romanian", "RO"),
                                           ("passed over Polish", "PL")])
def test_flying_through_a_neighbours_airspace_is_a_violation(gz: Gazetteer, verb: str,
                                                             iso: str) -> None:
    r = _one(gz, f"A Russian missile {verb} airspace early on Monday before re-entering "
                 "Ukraine, the foreign ministry said.")
    assert (r.event_type, r.weapon, r.place_kind, r.country) == (
        "airspace_violation", "missile", "airspace", iso)


def test_a_weapon_that_fell_where_the_war_is_fought_is_no_violation(gz: Gazetteer) -> None:
    """How the attack told before ended: no airspace violation over Israel, and the
    Houthis' claim stays the only report."""
    found = _reports(gz, "The Houthis claimed responsibility for a drone attack on the "
                         "Israeli city of Eilat on Thursday. The Israeli military said the "
                         "drone fell in an open area.")
    assert [(r.event_type, r.place_name) for r in found] == [("strike", "Eilat")]


def test_a_regions_label_in_capitals_later_in_a_text_is_its_place(gz: Gazetteer) -> None:
    """Only the dispatch's opening is a dateline: "KHERSON: ..." further down labels the
    claim with its place (the label's own mixed-case form is tested above)."""
    found = _reports(gz, "Russian attacks on regions overnight, officials said.\n\n"
                         "KHARKIV: A man was killed by Russian shelling on Friday.\n\n"
                         "KHERSON: Two people were injured in a drone strike.")
    assert [(r.place_name, r.killed, r.injured) for r in found] == [
        ("Kharkiv", 1, None), ("Kherson", None, 2)]


@pytest.mark.parametrize(("text", "count"), [
    ("Ukrainian forces shelled Horlivka on Friday, firing six 155 mm shells, the city's "
     "mayor said.", 6),
    ("Ukrainian troops fired 12 155-mm shells at Donetsk on Friday, the city's mayor said.", 12),
    ("Russian troops fired four 152mm artillery shells at Nikopol on Friday, the regional "
     "governor said.", 4),
])
def test_a_calibre_is_no_count(gz: Gazetteer, text: str, count: int) -> None:
    """ "155 mm" is the size of a shell; the count is the number before it."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.count) == ("shelling", "artillery", count)


@pytest.mark.parametrize("rockets", ["five 122mm rockets", "five 122-mm rockets",
                                     "five 220 mm rockets"])
def test_rockets_of_a_calibre_are_rocket_artillery(gz: Gazetteer, rockets: str) -> None:
    """Rockets given by calibre are rounds of a multiple rocket launcher: shelling."""
    r = _one(gz, f"Russian forces fired {rockets} at Kherson on Friday, the regional "
                 "governor said.")
    assert (r.event_type, r.weapon, r.count, r.place_name) == (
        "shelling", "artillery", 5, "Kherson")


@pytest.mark.parametrize("said", [
    ("Ukraine's air force said Russia launched 88 missiles and 63 drones overnight. ",
     "Air defences shot down 37 of the missiles and 55 of the drones, it said."),
    ("Russia launched 88 missiles and 63 drones overnight, Ukraine's air force said. ",
     "Air defences shot down 37 of the missiles and 55 of the drones."),
    ("Russia attacked with 88 missiles and 63 drones overnight, according to Ukraine's air "
     "force. ", "Air defences destroyed 37 of the missiles and 55 of the drones."),
    # the second weapon after "shot down N missiles and": its own downing, not lost
    ("Russia launched 88 missiles and 63 drones overnight, Ukraine's air force said, ",
     "and air defences shot down 37 missiles and 55 drones."),
    ("Russia launched 88 missiles and 63 drones overnight, Ukraine's air force said, adding ",
     "that 37 missiles and all 55 remaining drones were shot down."),
])
def test_downed_figures_per_weapon_keep_the_launch_told_before(
        gz: Gazetteer, said: tuple[str, str]) -> None:
    """A launch of two weapons with no target, then the downed count of each: one
    interception per weapon, each with its own launched count and the launch's speaker."""
    found = _reports(gz, "".join(said))
    assert sorted((r.event_type, r.weapon, r.count, r.extras.get("launched_count"),
                   r.place_name, r.claimed_by) for r in found) == [
        ("interception", "drone", 55, 63, "Ukraine", "Ukraine's air force"),
        ("interception", "missile", 37, 88, "Ukraine", "Ukraine's air force")]


@pytest.mark.parametrize("text", [
    "Russia launched 3 Iskander-M ballistic missiles and 24 Shahed drones at Ukraine "
    "overnight; all drones and one missile were destroyed, the Air Force reported.",
    "Russia attacked Ukraine with three missiles and 24 drones overnight, the air force said, "
    "adding that air defences shot down all the drones and one missile.",
    "Overnight Russia launched 24 attack drones and 3 ballistic missiles at Ukraine, the Air "
    "Force said. All of the drones and one of the missiles were shot down.",
    # "all 24 drones": the number said with "all"
    "Russia launched 24 drones and three missiles at Ukraine overnight, the air force said, "
    "adding that one missile and all 24 drones were destroyed.",
])
def test_all_of_one_weapon_downed_counts_as_many_as_were_launched(
        gz: Gazetteer, text: str) -> None:
    """ "all drones and one missile were destroyed": two interceptions, the drones as
    many as were launched (before, the drones were lost and the missile's one stood
    for both)."""
    found = [r for r in _reports(gz, text) if r.event_type == "interception"]
    assert sorted((r.weapon, r.count, r.extras.get("launched_count"), r.place_name)
                  for r in found) == [("drone", 24, 24, "Ukraine"), ("missile", 1, 3, "Ukraine")]


@pytest.mark.parametrize("text", [
    "Russia launched 24 drones and two missiles at Ukraine overnight. All the drones were "
    "destroyed, the Air Force said.",
    "Russia attacked Ukraine with two missiles and 24 drones overnight; the Air Force said "
    "air defences shot down all the drones.",
])
def test_all_the_drones_downed_after_their_launch_is_their_count(
        gz: Gazetteer, text: str) -> None:
    """The weapon is the one all were downed of, not the first launched."""
    found = _reports(gz, text)
    downed = [r for r in found if r.event_type == "interception"]
    assert [(r.weapon, r.count, r.claimed_by) for r in downed] == [
        ("drone", 24, "the Air Force")]


@pytest.mark.parametrize(("text", "day"), [
    ("Up to 40 drones were shot down over the Kursk region last week, the Russian Defence "
     "Ministry said.", date(2024, 6, 3)),
    ("Ukrainian drones struck an oil depot in the Bryansk region earlier this week, the "
     "governor said.", date(2024, 6, 10)),
    ("Last week, a Russian missile hit a school in Kharkiv, killing two.", date(2024, 6, 3)),
    ("Russian shelling killed three people in Kherson last weekend, officials said.",
     date(2024, 6, 8)),
])
def test_a_week_without_a_day_is_week_precision(gz: Gazetteer, text: str, day: date) -> None:
    """ "last week": not the publication day but the week (dated its Monday, a weekend its
    Saturday), as ACLED's time precision 2."""
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (day, "week")


@pytest.mark.parametrize("text", [
    "The Russian army has dropped more than 700 guided aerial bombs on Ukraine over the past "
    "week, Zelensky said.",
    "Over the last seven days, Russia launched about 700 guided bombs against Ukraine, "
    "Zelensky said.",
    "In the past week, Russian forces dropped 700 glide bombs on Ukraine, the president said.",
])
def test_the_past_week_is_the_seven_days_up_to_publication(gz: Gazetteer, text: str) -> None:
    """A weekly tally ends on the day it is told (a Saturday here), not on a Sunday."""
    r = _one(gz, text)
    assert (r.event_date, r.date_precision, r.count) == (date(2024, 6, 9), "week", 700)


@pytest.mark.parametrize("text", [
    "It was the second attack on Sumy this week, after a missile strike on Monday killed four.",
    "Earlier this month, a missile strike on Sumy on Monday killed four.",
])
def test_a_day_named_beside_a_week_or_month_dates_the_claim(gz: Gazetteer, text: str
                                                           ) -> None:
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (date(2024, 6, 10), "day")


def test_a_week_with_the_day_of_the_statement_stays_a_week(gz: Gazetteer) -> None:
    r = _one(gz, "Drones struck an oil depot in the Bryansk region last week, the governor "
                 "said on Monday.")
    assert (r.event_date, r.date_precision) == (date(2024, 6, 3), "week")


@pytest.mark.parametrize(("text", "place", "day", "precision"), [
    ("A Russian missile hit Odesa on Friday, killing two people, the governor said. The "
     "attack came a day after Russian strikes killed 10 people in Kharkiv.",
     "Kharkiv", date(2024, 6, 13), "day"),
    ("Drones hit Sumy on Thursday, officials said. It comes two days after a missile "
     "strike on the city of Kharkiv killed 12.", "Kharkiv", date(2024, 6, 11), "day"),
    ("The strike on the Chasiv Yar hospital on Wednesday came two days after a similar "
     "attack on Kostiantynivka killed three.", "Kostiantynivka", date(2024, 6, 10), "day"),
    ("Drones hit Sumy on Thursday. It comes a week after a missile strike on the city "
     "killed 12.", "Sumy", date(2024, 6, 6), "week"),
    ("Russian drones hit Kherson on Friday. It follows just a day after shelling killed two "
     "in Nikopol on Tuesday.", "Nikopol", date(2024, 6, 11), "day"),
])
def test_an_attack_that_came_before_is_dated_from_the_one_told(
        gz: Gazetteer, text: str, place: str, day: date, precision: str) -> None:
    """ "The attack came a day after ...": the attack after "after" happened that long
    before the one told (unless it has a date of its own), not on the day before
    publication."""
    r = [r for r in _reports(gz, text) if r.place_name == place][-1]
    assert (r.event_date, r.date_precision) == (day, precision)


def test_the_head_of_came_after_is_the_attack_told_before(gz: Gazetteer) -> None:
    """ "The strike on the hospital came two days after ...": the hospital keeps its own
    day; the other town is dated two days earlier."""
    found = _reports(gz, "The strike on the Chasiv Yar hospital on Wednesday came two days "
                         "after a similar attack on Kostiantynivka killed three.")
    assert sorted((r.place_name, r.event_date, r.killed) for r in found) == [
        ("Chasiv Yar", date(2024, 6, 12), None), ("Kostiantynivka", date(2024, 6, 10), 3)]


def test_an_attack_that_came_after_a_statement_keeps_its_day(gz: Gazetteer) -> None:
    found = _reports(gz, "A car bomb exploded near a market in Baghdad on Thursday, killing 20 "
                         "people, officials said. The blast came a day after the U.S. military "
                         "said attacks had fallen to levels not seen since March 2003.")
    assert {r.event_date for r in found} == {date(2024, 6, 13)}


@pytest.mark.parametrize("text", [
    "Two bombs killed six police officers in Giza on Friday, officials said.",
    "Two missiles killed six people in Odesa on Friday, officials said.",
    "Three drone strikes killed six civilians in Kherson on Friday, officials said.",
])
def test_the_weapons_that_killed_are_no_toll(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).killed == 6


@pytest.mark.parametrize("text", [
    "A court in Moscow sentenced a man to 12 years for attacking a military enlistment "
    "office.",
    "A Russian court jailed a Ukrainian soldier for life over the shelling of Belgorod.",
    "Police in Kyiv charged two men with planning to bomb a military base.",
    "Two men were convicted in Odesa of shelling positions of the Ukrainian army in 2022.",
])
def test_a_court_case_is_no_report(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("who", ["Israeli settlers", "A mob of settlers"])
def test_settlers_attacking_villages_is_a_ground_attack(gz: Gazetteer, who: str) -> None:
    r = _one(gz, f"{who} attacked the village of Turmus Ayya near Ramallah overnight, "
                 "torching homes and cars, the Palestinian health ministry said.")
    assert (r.event_type, r.weapon) == ("other_attack", "unknown")


@pytest.mark.parametrize("attack", [
    "Russia attacked Ukraine with 4 Iskander-M ballistic missiles and 145 drones overnight, "
    "Ukraine's Air Force reported.",
    "Russia launched 145 drones and four ballistic missiles at Ukraine overnight, Ukraine's "
    "Air Force reported.",
])
def test_the_downed_count_after_an_attack_on_the_country_keeps_the_launched_count(
        gz: Gazetteer, attack: str) -> None:
    found = _reports(gz, f"{attack} Air defences downed 90 drones, while 50 decoy drones "
                         "were lost to electronic warfare.")
    r = next(r for r in found if r.event_type == "interception")
    assert (r.weapon, r.count, r.place_name, r.extras.get("launched_count"),
            r.extras.get("lost_count")) == ("drone", 90, "Ukraine", 145, 50)


@pytest.mark.parametrize("night", ["Over the past night", "During the past night"])
def test_the_past_night_is_a_night(gz: Gazetteer, night: str) -> None:
    r = _one(gz, f"{night}, air defence systems destroyed 12 Ukrainian drones over the "
                 "Belgorod region, the Defence Ministry said.")
    assert (r.event_date, r.date_precision) == (date(2024, 6, 15), "night")


@pytest.mark.parametrize(("text", "share", "launched"), [
    ("Iran launched more than 300 drones and missiles at Israel overnight, the vast majority "
     "of which were intercepted, the Israeli military said.", "the vast majority", 300),
    ("Iran fired 180 ballistic missiles at Israel on Tuesday, and the overwhelming majority "
     "were intercepted, the army said.", "the overwhelming majority", 180),
    ("Russia fired 40 missiles at Kyiv overnight; almost all of them were shot down, the air "
     "force said.", "almost all", 40),
])
def test_a_share_downed_in_other_words_is_no_count(gz: Gazetteer, text: str, share: str,
                                                    launched: int) -> None:
    """ "the vast majority of which were intercepted": how many were fired, not how many
    were downed."""
    r = next(r for r in _reports(gz, text) if r.event_type == "interception")
    assert (r.count, r.count_qualifier, r.extras.get("launched_count")) == (
        None, share, launched)


@pytest.mark.parametrize(("note", "place"), [
    ("Explosions reported in Kharkiv", "Kharkiv"),
    ("Loud explosions heard in Kyiv overnight", "Kyiv"),
    ("Several blasts reported in Sevastopol", "Sevastopol"),
])
def test_a_feeds_one_line_explosion_note_is_an_explosion(gz: Gazetteer, note: str,
                                                         place: str) -> None:
    """Live maps' terse notes: the blasts are the claim, and nobody is its source."""
    r = _one(gz, note)
    assert (r.event_type, r.place_name, r.claimed_by) == ("explosion", place, None)


def test_a_feeds_note_of_an_accident_is_no_report(gz: Gazetteer) -> None:
    assert _reports(gz, "Explosions reported at a chemical plant in Dzerzhinsk") == []


@pytest.mark.parametrize("context", [
    "as cross-border hostilities between Israel and Hezbollah intensified",
    "amid escalating fighting between Israel and Lebanon's Hezbollah",
    "in the latest escalation between Lebanon and Israel",
])
def test_the_sides_of_a_war_named_beside_a_claim_are_no_places(gz: Gazetteer,
                                                              context: str) -> None:
    """ "hostilities between Israel and Hezbollah": the parties, not where it happened."""
    r = _one(gz, f"Israeli strikes on southern Lebanon killed five people on Saturday, the "
                 f"state news agency said, {context}.")
    assert (r.place_name, r.killed, r.group) == ("Lebanon", 5, None)


@pytest.mark.parametrize("weather", ["A heatwave", "A cold snap", "A blizzard"])
def test_weather_that_hit_a_city_in_a_country_at_war_is_no_strike(gz: Gazetteer,
                                                                   weather: str) -> None:
    """Naming Ukraine makes a sentence about the war's sides, not its weather an attack."""
    assert _reports(gz, f"{weather} hit Kharkiv, Ukraine, on Tuesday.") == []


@pytest.mark.parametrize("children", ["two babies", "two toddlers", "two children"])
def test_children_among_the_dead_by_any_word(gz: Gazetteer, children: str) -> None:
    r = _one(gz, f"A Russian missile hit Odesa on Friday, killing five people, including "
                 f"{children}.")
    assert (r.killed, r.children_killed) == (5, 2)


@pytest.mark.parametrize("text,who", [
    ("A British aid worker was killed in an Israeli air strike in Deir al-Balah on Friday, "
     "the charity said.", "the charity"),
    ("A Houthi missile struck a bulk carrier in the Red Sea on Friday, the vessel's owner "
     "said.", "the vessel's owner"),
    ("Two drones hit the port of Izmail overnight, the port authority said.",
     "the port authority"),
    ("A missile struck a cargo ship off Hodeidah on Friday, the British maritime security "
     "firm Ambrey said.", "the British maritime security firm Ambrey"),
    ("Shelling killed a man in Kherson on Friday, his family said.", "his family"),
])
def test_claimants_that_are_charities_owners_firms_and_families(
        gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize("text,killed,injured,children_k,children_i", [
    # one named victim among a toll told nowhere else: at least one
    ("A 14-year-old girl was among the dead after a drone struck a car in Kherson on "
     "Friday, officials said.", 1, None, 1, None),
    ("A British aid worker was among those killed in an Israeli air strike in Deir "
     "al-Balah on Friday.", 1, None, None, None),
    ("A journalist was among the wounded after Russian shelling hit Kherson on Friday.",
     None, 1, None, None),
    ("Among the dead was a 17-year-old boy, officials said after a missile hit Sumy on "
     "Friday.", 1, None, 1, None),
    # children among a toll told in the same sentence
    ("Russian missiles killed 11 people in Kryvyi Rih on Friday, and four children were "
     "among the dead, the governor said.", 11, None, 4, None),
    ("Among those injured were two teenagers, the governor said after shelling hit "
     "Kherson on Friday.", None, 2, None, 2),
])
def test_victims_among_the_dead_or_wounded(gz: Gazetteer, text: str, killed: int | None,
                                           injured: int | None, children_k: int | None,
                                           children_i: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured, r.children_killed, r.children_injured) == (
        killed, injured, children_k, children_i)
    # victims named among the dead are a part of the toll: at least that many
    among = "at least" if text.startswith(("A", "Among")) else None
    assert (r.killed_qualifier, r.injured_qualifier) == (
        among if killed else None, among if injured else None)


@pytest.mark.parametrize(("text", "qualifier", "place"), [
    ("Russia attacked Ukraine with dozens of Shahed drones overnight, the air force said.",
     "dozens", "Ukraine"),
    ("Scores of rockets were fired from Lebanon at Kiryat Shmona on Friday, the army said.",
     "scores", "Kiryat Shmona"),
    ("Russia launched hundreds of drones at Kyiv overnight, the mayor said.", "hundreds",
     "Kyiv"),
])
def test_dozens_of_weapons_is_a_count(gz: Gazetteer, text: str, qualifier: str,
                                      place: str) -> None:
    r = _one(gz, text)
    assert (r.count, r.count_qualifier, r.place_mention) == (None, qualifier, place)


def test_dozens_of_people_is_no_count_of_weapons(gz: Gazetteer) -> None:
    r = _one(gz, "Dozens of people were wounded by drones in Kherson on Friday.")
    assert (r.count, r.count_qualifier, r.injured_qualifier) == (None, None, "dozens")


@pytest.mark.parametrize("text", [
    "An air attack on Kyiv wounded 12 people on Friday, the mayor said.",
    "Kyiv's largest air attack in months wounded 12 people on Friday, the mayor said.",
    "The largest air attack on Kyiv since June wounded 12 people on Friday, the mayor said.",
])
def test_an_air_attack_is_an_act_of_war_dated_by_its_own_day(gz: Gazetteer, text: str
                                                             ) -> None:
    """("since June" measures the attack; Friday dates it)"""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.injured) == ("strike", "Kyiv", 12)
    assert (r.event_date, r.date_precision) == (date(2024, 6, 14), "day")


@pytest.mark.parametrize("text", [
    "Kyiv says its attacks on Russia are in response to Moscow's attacks on Ukrainian "
    "cities and infrastructure.",
    "The drone strikes were retaliation for Moscow's bombardment of Ukrainian cities, the "
    "official said.",
])
def test_a_capitals_attacks_name_the_attacker_not_a_target(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_a_citys_own_shelling_on_a_day_is_still_the_city(gz: Gazetteer) -> None:
    r = _one(gz, "Kharkiv's shelling on Friday killed two people, the governor said.")
    assert (r.place_name, r.killed) == ("Kharkiv", 2)


@pytest.mark.parametrize("text", [
    "The army said 40 rockets crossed from Lebanon. A man was lightly wounded by shrapnel in "
    "Kiryat Shmona, it said.",
    "Drones attacked Kharkiv overnight. A woman was injured by falling debris in Kiryat "
    "Shmona.",
])
def test_wounded_by_shrapnel_is_the_attacks_harm(gz: Gazetteer, text: str) -> None:
    found = [r for r in _reports(gz, text) if r.place_kind != "country"]
    hurt = [r for r in found if r.injured == 1]
    assert [(r.event_type, r.place_mention) for r in hurt] == [("strike", "Kiryat Shmona")]


def test_a_counted_attack_on_another_country_after_as_is_a_claim_of_its_own(
        gz: Gazetteer) -> None:
    """The reporter's "as" clause: not the speaker's claim, not the first claim's place."""
    found = _reports(gz, "Israeli airstrikes pounded southern Lebanon and the Bekaa Valley on "
                         "Friday, killing at least 12 people, Lebanon's Health Ministry said, "
                         "as Hezbollah fired dozens of rockets into northern Israel.")
    assert [(r.country, r.weapon, r.extras.get("group_killed"), r.count_qualifier, r.claimed_by)
            for r in found] == [
        ("LB", "aircraft", 12, None, "Lebanon's Health Ministry"),  # southern Lebanon
        ("LB", "aircraft", 12, None, "Lebanon's Health Ministry"),  # the Bekaa Valley
        ("IL", "missile", None, "dozens", None)]


def test_the_strikes_on_towns_of_a_country_the_lead_named_take_its_weapon(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli airstrikes pounded southern Lebanon and the Bekaa Valley on "
                         "Friday, killing 12 people. The strikes hit the towns of Nabatieh and "
                         "Tyre, the ministry said.")
    assert [(r.place_mention, r.weapon) for r in found] == [
        ("Bekaa Valley", "aircraft"), ("Nabatieh", "aircraft"), ("Tyre", "aircraft")]
    # the towns are where the strikes on southern Lebanon fell: one claim with the lead's toll
    assert len({r.group for r in found}) == 1
    assert [r.extras.get("group_killed") for r in found] == [12, 12, 12]


@pytest.mark.parametrize(("text", "who"), [
    ("Ukrainian Air Force: 31 of 42 Shahed drones destroyed overnight over the Mykolaiv "
     "region.", "Ukrainian Air Force"),
    ("Russian MoD: air defence systems destroyed 6 Ukrainian UAVs over the Bryansk region.",
     "Russian MoD"),
    ("Kharkiv: Russian KAB strike on the Industrialnyi district, 3 wounded — Oleh "
     "Syniehubov", "Oleh Syniehubov"),
    ("Kherson: a drone hit a bus in Bilozerka, two passengers injured — Kherson OVA",
     "Kherson OVA"),
])
def test_a_feeds_source_before_a_colon_or_after_a_dash(gz: Gazetteer, text: str, who: str
                                                       ) -> None:
    assert {r.claimed_by for r in _reports(gz, text)} == {who}


@pytest.mark.parametrize("text", [
    "Kharkiv: Russian KAB strike on the Saltivskyi district, 3 wounded.",
    "Drone attack on a bus in Kherson, two passengers injured — Bilozerka",
])
def test_a_place_before_a_colon_or_after_a_dash_is_no_source(gz: Gazetteer, text: str
                                                             ) -> None:
    assert {r.claimed_by for r in _reports(gz, text)} == {None}


@pytest.mark.parametrize(("text", "count", "launched"), [
    ("31 of 42 Shahed drones destroyed overnight over the Mykolaiv region.", 31, 42),
    ("Air Force: 12 Shahed drones shot down over the Odesa region.", 12, None),
    ("Six missiles intercepted over the Kyiv region, the air force said.", None, None),
])
def test_a_feeds_count_downed_without_a_verb_before(gz: Gazetteer, text: str, count: int,
                                                    launched: int | None) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind) == ("interception", "admin1")
    assert r.extras.get("launched_count") == launched
    if count is not None:
        assert r.count == count


def test_drones_that_destroyed_a_target_are_no_interception(gz: Gazetteer) -> None:
    r = _one(gz, "Six drones destroyed a warehouse in the Odesa region overnight.")
    assert (r.event_type, r.weapon) == ("strike", "drone")


@pytest.mark.parametrize("text", [
    "Israeli warplanes carried out a series of raids on the outskirts of Khiam at dawn, NNA "
    "reported.",
    "Israeli enemy warplanes launched a raid on the town of Kfarkela on Friday, NNA said.",
    "A raid by Israeli drones on a car near Bint Jbeil killed two people.",
])
def test_raids_by_warplanes_or_drones_are_air_strikes(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.country, r.place_kind) == ("strike", "LB", r.place_kind)
    assert r.weapon in {"aircraft", "drone"} and r.place_kind != "country"


def test_a_raid_on_the_ground_stays_a_ground_attack(gz: Gazetteer) -> None:
    r = _one(gz, "Israeli forces raided the Jenin refugee camp on Friday, killing three.")
    assert r.event_type == "other_attack"


def test_sudans_emergency_response_rooms_are_speakers(gz: Gazetteer) -> None:
    r = _one(gz, "RSF shelling killed 12 people in Omdurman on Friday, the Karari Emergency "
                 "Response Room said.")
    assert (r.claimed_by, r.killed) == ("the Karari Emergency Response Room", 12)


@pytest.mark.parametrize(("text", "who"), [
    ("Pakistani jets carried out airstrikes in Afghanistan's Paktika province overnight, "
     "killing at least 15 people, the Taliban said.", "the Taliban"),
    ("A Turkish drone strike on a car near Qamishli killed two fighters, the Kurdish-led "
     "SDF said.", "the Kurdish-led SDF"),
    ("The Islamic Resistance in Iraq claimed a drone attack on the Ain al-Asad air base in "
     "western Iraq on Saturday.", "The Islamic Resistance in Iraq"),
    ("An Iraqi armed group, the Islamic Resistance in Iraq, claimed a drone attack on Erbil "
     "airport on Saturday.", "the Islamic Resistance in Iraq"),
    ("The Arakan Army said its fighters shelled a junta base in Rakhine state's Ann "
     "township on Sunday.", "The Arakan Army"),
])
def test_armed_groups_speak_for_themselves(gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


def test_a_names_abbreviation_in_brackets_is_no_source_note(gz: Gazetteer) -> None:
    r = _one(gz, "A car bomb killed 13 soldiers in Kayseri on Saturday. Turkish officials say "
                 "the attack bears the hallmarks of the Kurdistan Workers Party (PKK).")
    assert r.claimed_by is None and r.killed == 13


@pytest.mark.parametrize("text", [
    "A suicide drone exploded near an oil field in Sulaimaniya province on Friday, halting "
    "production, the operator said.",
    "A Russian missile detonated over a park in Kharkiv on Friday, injuring four.",
])
def test_a_weapon_that_went_off_where_it_struck_is_a_strike(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).event_type == "strike"


@pytest.mark.parametrize(("text", "place"), [
    ("At least 44 people were killed in a PKK attack in Istanbul on Friday.", "Istanbul"),
    ("An al-Shabaab attack on a hotel in Mogadishu killed nine on Friday, police said.",
     "Mogadishu"),
])
def test_an_attack_by_an_armed_group_is_an_act_of_war(gz: Gazetteer, text: str, place: str
                                                      ) -> None:
    r = _one(gz, text)
    assert (r.place_mention, r.event_date) == (place, date(2024, 6, 14))


@pytest.mark.parametrize("text", [
    "Kyiv Independent: Russian attacks killed 4 and injured 21 in Ukraine over the past day, "
    "regional authorities reported on Friday.",
    "Russian attacks killed 4 and injured 21 in Ukraine over the past day, the Kyiv "
    "Independent reported on Friday, citing regional authorities.",
])
def test_a_place_in_an_outlets_name_is_no_place(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.place_kind, r.country, r.killed, r.injured) == ("country", "UA", 4, 21)


def test_a_speaker_in_the_sentence_comes_before_a_feeds_outlet(gz: Gazetteer) -> None:
    r = _one(gz, "Ukrinform: Russian troops shelled Nikopol on Friday, injuring two, the "
                 "regional military administration said.")
    assert r.claimed_by == "the regional military administration"
    r = _one(gz, "Ukrinform: Russian troops shelled Nikopol on Friday, injuring two.")
    assert r.claimed_by == "Ukrinform"


@pytest.mark.parametrize(("text", "who"), [
    ("Government warplanes bombed Idlib on Monday, killing four people, rescue workers said.",
     "rescue workers"),
    ("An airstrike killed five people in Khan Younis on Monday, health workers said.",
     "health workers"),
    ("Russian shelling killed two people in Kherson on Monday, emergency workers said.",
     "emergency workers"),
    ("A drone strike killed two people in Nyala on Monday, paramedics said.", "paramedics"),
])
def test_workers_and_paramedics_are_speakers(gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize(("text", "day", "precision"), [
    # the night that ends on the publication morning (published 09:30)
    ("Between 11pm and 3am Moscow time, air defence systems destroyed 15 Ukrainian drones "
     "over the Belgorod region, the Russian Defence Ministry said.", 15, "night"),
    ("At around 5 a.m., a Russian drone hit a house in Sumy, wounding two, the regional "
     "administration said.", 15, "night"),
    # an evening later than the publication time: the evening before
    ("From 20:00 to 23:00 Moscow time, on-duty air defence systems intercepted 12 Ukrainian "
     "UAVs over the Kursk region, the Defence Ministry said.", 14, "day"),
    ("From 8 to 11 p.m., air defence systems intercepted 12 Ukrainian UAVs over the Kursk "
     "region, the Defence Ministry said.", 14, "day"),
    ("At 14:30 local time a missile hit a warehouse in Odesa, the governor said.", 14, "day"),
    # a night's time before midnight is that evening's date, as "late on Friday night" is
    ("At about 11 p.m. a drone hit a house in Sumy, the regional administration said.",
     14, "night"),
    # a named day wins over the time
    ("On Thursday at 5am, a Russian drone hit a house in Sumy, the administration said.",
     13, "day"),
])
def test_a_time_of_day_without_a_day_dates_the_claim(gz: Gazetteer, text: str, day: int,
                                                     precision: str) -> None:
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (date(2024, 6, day), precision)


def test_the_time_a_statement_was_made_or_a_bare_number_is_no_date(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian drone hit a house in Sumy, the governor said at 10 a.m.")
    assert r.date_precision == "publication"
    r = _one(gz, "Russia fired from 20 to 30 missiles at Kyiv, the air force said.")
    assert r.date_precision == "publication"


def test_a_time_without_a_publication_hour_is_that_day(gz: Gazetteer) -> None:
    r = _one(gz, "From 20:00 to 22:00 Moscow time, air defence systems intercepted 12 "
                 "Ukrainian UAVs over the Kursk region, the Defence Ministry said.",
             published=datetime(2024, 6, 15))
    assert (r.event_date, r.date_precision) == (date(2024, 6, 15), "day")


@pytest.mark.parametrize("text", [
    "The Houthis claimed a missile attack on a tanker in the Red Sea off Hodeidah on Friday.",
    "A drone hit a ship in the Red Sea off the coast of Hodeidah on Friday, the army said.",
    "A drone hit a ship off the port of Hodeidah in the Red Sea on Friday, the army said.",
    "Two Ukrainian sea drones were destroyed in the Black Sea near Sevastopol overnight, the "
    "Black Sea Fleet said.",
])
def test_a_landmark_off_which_a_named_sea_lies_is_no_second_place(gz: Gazetteer, text: str
                                                                  ) -> None:
    assert _one(gz, text).place_kind == "sea"


def test_a_landmark_alone_places_an_attack_off_it(gz: Gazetteer) -> None:
    assert _one(gz, "A vessel was attacked by a drone off Hodeidah on Friday, UKMTO said."
                ).place_mention == "Hodeidah"


def test_a_lead_without_a_place_dates_the_details_after_it(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian missiles and drones hit energy facilities in six "
                         "regions overnight, officials said. The attack damaged a thermal "
                         "power plant in the Kharkiv region, the energy minister said.")
    assert [(r.place_kind, r.event_date, r.date_precision) for r in found] == [
        ("admin1", date(2024, 6, 15), "night")]


def test_a_weekly_tally_without_a_place_dates_nothing_after_it(gz: Gazetteer) -> None:
    r = _one(gz, "Rebels said 75 civilians were killed last week by army shelling. Analysts "
                 "expect more. A suicide bombing killed four in the town of Matara.")
    assert r.date_precision == "publication"


def test_a_tanker_attacked_in_the_gulf_is_at_sea(gz: Gazetteer) -> None:
    r = _one(gz, "Iranian drones attacked a tanker in the Gulf on Friday, the U.S. Navy said.")
    assert (r.place_kind, r.place_name) == ("sea", "Persian Gulf")


@pytest.mark.parametrize("text", [
    "Russia fired three Kalibr cruise missiles from a submarine in the Black Sea at the "
    "Mykolaiv region on Friday, the navy said.",
    "Tu-95 bombers fired 12 cruise missiles from over the Caspian Sea at the Mykolaiv region "
    "on Friday, the air force said.",
])
def test_the_sea_a_launcher_fired_from_is_no_target(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.place_kind, r.admin1, r.weapon) == ("admin1", "Mykolaiv Oblast", "missile")


@pytest.mark.parametrize(("text", "arms"), [
    ("Russian Tu-95 bombers fired 12 cruise missiles at Kyiv on Friday, the air force said.",
     "missile"),
    ("Strategic bombers launched six missiles at Lviv on Friday, the air force said.",
     "missile"),
    ("Russian warplanes dropped guided bombs on Kharkiv on Friday, the governor said.",
     "aircraft"),
])
def test_what_an_aircraft_fired_is_the_weapon(gz: Gazetteer, text: str, arms: str) -> None:
    assert _one(gz, text).weapon == arms


@pytest.mark.parametrize("text", [
    "A Russian missile attack on Kyiv could come as early as this week, Ukrainian "
    "intelligence warned.",
    "A large-scale attack on Odesa may follow, officials said.",
    "Strikes on Kharkiv will continue, the Russian defence ministry said.",
])
def test_an_attack_whose_verb_is_modal_is_a_forecast(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_an_attack_that_may_have_killed_is_a_report(gz: Gazetteer) -> None:
    assert _one(gz, "A missile attack on Kyiv may have killed 10 people on Friday, officials "
                    "said.").killed == 10


def test_the_accused_is_no_speaker(gz: Gazetteer) -> None:
    r = _one(gz, "The RSF have been blamed for a drone attack on Port Sudan on Friday.")
    assert r.claimed_by is None
    r = _one(gz, "Hezbollah was accused of firing rockets at Metula on Friday.")
    assert r.claimed_by is None


@pytest.mark.parametrize(("text", "who"), [
    # a role named again stands for the speaker named before only when it is that one
    ("Smoke rose over the port, witnesses said. On Friday, drones struck a fuel depot in "
     "Port Sudan, according to the army.", "the army"),
    ("Shelling hit Sumy on Friday, the General Staff said. A drone hit a house in Kherson on "
     "Friday, the mayor said.", "the mayor"),
    ("Shelling hit Sumy on Friday, Russia's Defence Ministry said. A drone hit a house in "
     "Kherson on Friday, the ministry said.", "Russia's Defence Ministry"),
    ("Shelling hit Sumy on Friday, the Israeli army said. A drone hit a house in Kherson on "
     "Friday, it said.", "the Israeli army"),
])
def test_a_speaker_named_again(gz: Gazetteer, text: str, who: str) -> None:
    assert _reports(gz, text)[-1].claimed_by == who


@pytest.mark.parametrize(("text", "who"), [
    ("Officials say a Russian drone hit a house in Kherson on Friday.", "Officials"),
    ("Houthis claim missile attack on Eilat on Friday", "Houthis"),
    ("IDF: Hezbollah launched 30 rockets at Safed on Friday; several were intercepted",
     "IDF"),
])
def test_present_tense_and_feed_heads_name_the_speaker(gz: Gazetteer, text: str, who: str
                                                       ) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize("text", [
    "Russian army shelled Kherson: 2 killed, 5 wounded",
    "Russia's claims of a strike on Kherson on Friday were false, officials said.",
])
def test_a_claim_before_a_colon_or_a_claims_noun_is_no_speaker(gz: Gazetteer, text: str
                                                               ) -> None:
    assert all(r.claimed_by in {None, "officials"} for r in _reports(gz, text))


@pytest.mark.parametrize(("text", "word", "launched"), [
    ("Hezbollah launched 30 rockets at Safed on Friday; several were intercepted, the army "
     "said.", "several", 30),
    ("Russia launched 40 drones at Odesa on Friday; dozens were shot down, the air force "
     "said.", "dozens", 40),
    ("Hezbollah fired 30 rockets at Safed on Friday, and many were intercepted, the army "
     "said.", "many", 30),
])
def test_a_vague_number_downed_is_no_count_of_its_own(gz: Gazetteer, text: str, word: str,
                                                     launched: int) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.count, r.count_qualifier, r.extras.get("launched_count")) == (
        "interception", None, word, launched)


@pytest.mark.parametrize(("text", "day", "precision"), [
    # the day a statement was made comes first; the claim's own date follows, told from it
    ("Ukraine said on Thursday that Russia had launched 50 drones at Odesa overnight, of "
     "which 38 were shot down.", 13, "night"),
    ("The governor said on Thursday that Russia attacked Kharkiv on Wednesday, killing two.",
     12, "day"),
    ("The governor said on Thursday that a drone hit Kharkiv yesterday.", 12, "day"),
    # with no date of its own, the claim keeps the statement's day
    ("The governor said on Thursday that a drone hit Kharkiv.", 13, "day"),
])
def test_a_statements_day_before_the_claims_own(gz: Gazetteer, text: str, day: int,
                                               precision: str) -> None:
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (date(2024, 6, day), precision)


@pytest.mark.parametrize(("text", "place"), [
    ("A drone violated Moldovan airspace and fell near the town of Ceadir-Lunga on Friday, "
     "the government said.", "Ceadir-Lunga"),
    ("A Russian drone entered Romanian airspace and crashed near Galati on Friday, the "
     "defence ministry said.", "Galati"),
])
def test_where_a_violating_drone_came_down_is_its_place(gz: Gazetteer, text: str, place: str
                                                       ) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_mention) == ("airspace_violation", place)


def test_a_violation_told_without_a_landing_stays_the_airspace(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian missile entered Polish airspace near Lublin on Friday, the "
                 "Polish army said.")
    assert (r.event_type, r.place_kind) == ("airspace_violation", "airspace")


@pytest.mark.parametrize(("text", "arms"), [
    ("A residential building in Dnipro was damaged by a Russian missile on Friday.",
     "missile"),
    ("Several houses in Sumy were destroyed by Russian drones on Friday, the governor said.",
     "drone"),
    ("Two homes in Kherson were destroyed in a drone attack on Friday, the governor said.",
     "drone"),
])
def test_what_was_damaged_by_a_weapon_was_struck(gz: Gazetteer, text: str, arms: str
                                                 ) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("strike", arms)


def test_a_toll_after_a_passive_strike_is_its_own(gz: Gazetteer) -> None:
    r = _one(gz, "A residential building in Dnipro was damaged by a Russian missile on Friday. "
                 "Rescuers pulled three bodies from the rubble, the emergency service said.")
    assert (r.event_type, r.killed, r.claimed_by) == ("strike", 3, "the emergency service")


def test_a_drone_destroyed_by_air_defence_is_still_downed(gz: Gazetteer) -> None:
    r = _one(gz, "Two drones were destroyed by air defence over the Kursk region on Friday, "
                 "the ministry said.")
    assert (r.event_type, r.count) == ("interception", 2)


@pytest.mark.parametrize(("text", "admin1"), [
    ("On 8 June 2024, M23 rebels shelled Sake (Masisi, North Kivu), killing 3 civilians.",
     "North Kivu"),
    ("M23 rebels shelled a village in South Kivu on Friday, killing two, the army said.",
     "South Kivu"),
])
def test_congos_kivu_provinces_by_their_english_names(gz: Gazetteer, text: str, admin1: str
                                                     ) -> None:
    assert _reports(gz, text)[0].admin1 == admin1


def test_a_known_name_abroad_before_brackets_is_placed_in_them(gz: Gazetteer) -> None:
    r = _one(gz, "On 12 June 2024, US forces conducted airstrikes against Houthi positions in "
                 "Ras Mina port (Al Hudaydah). No casualties reported.")
    assert (r.country, r.place_mention) == ("YE", "Al Hudaydah")
    # (its two words are a town in India and one in Nigeria: no place called Ras Mina)
    assert r.place_note and "'Ras Mina' is not in the gazetteer" in r.place_note


def test_a_known_place_before_its_own_brackets_stays(gz: Gazetteer) -> None:
    r = _one(gz, "On 12 June 2024, Israeli drones struck a car in Khiam (Marjayoun, Nabatieh), "
                 "killing two.")
    assert (r.place_mention, r.country) == ("Khiam", "LB")


@pytest.mark.parametrize("text", [
    "The drone attack on Moscow, the third this week, was repelled, Mayor Sobyanin wrote.",
    "Russia struck Kharkiv for the second time this month, the governor said.",
])
def test_an_attack_counted_in_a_week_is_not_dated_by_it(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).date_precision == "publication"


def test_an_attack_told_in_a_week_is_dated_by_it(gz: Gazetteer) -> None:
    r = _one(gz, "Russian missiles struck Kharkiv earlier this week, the governor said.")
    assert (r.event_date, r.date_precision) == (date(2024, 6, 10), "week")


def test_downed_over_regions_after_a_launch_at_the_country(gz: Gazetteer) -> None:
    found = _reports(gz, "The Ukrainian Air Force said Russia attacked Ukraine overnight with "
                         "47 Shahed drones and two Iskander-M missiles. Air defences shot down "
                         "40 drones over the Kharkiv, Poltava and Sumy regions.")
    downed = [r for r in found if r.event_type == "interception"]
    assert len(downed) == 3
    assert all((r.claimed_by, r.extras.get("group_count"), r.extras.get("launched_count"))
               == ("The Ukrainian Air Force", 40, 47) for r in downed)


def test_downed_after_a_strike_elsewhere_keeps_no_speaker(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian missiles hit Lviv on Friday, the mayor said. Air defences "
                         "shot down 12 drones over the Belgorod region.")
    downed = [r for r in found if r.event_type == "interception"]
    assert [r.claimed_by for r in downed] == [None]


@pytest.mark.parametrize("text", [
    "An Israeli settler was wounded in a shooting attack near Nablus on Friday, the rescue "
    "service said.",
    "A settler was wounded in a shooting attack near Nablus on Friday.",
])
def test_a_shooting_attack_is_a_ground_attack_with_its_victim(gz: Gazetteer, text: str
                                                              ) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.injured, r.place_mention) == ("other_attack", 1, "Nablus")


def test_a_planted_explosive_device_is_a_ground_attack(gz: Gazetteer) -> None:
    r = _one(gz, "Two soldiers were killed in Jenin on Friday when an explosive device "
                 "detonated near their vehicle, the military said.")
    assert (r.event_type, r.killed) == ("other_attack", 2)


def test_a_drone_dropping_an_explosive_device_is_a_strike(gz: Gazetteer) -> None:
    r = _one(gz, "A Russian drone dropped an explosive device on a car in Kherson on Friday, "
                 "injuring the driver.")
    assert (r.event_type, r.weapon) == ("strike", "drone")


@pytest.mark.parametrize(("text", "kind"), [
    ("Israeli strikes killed 12 people in northern Gaza on Friday, medics said.", "admin1"),
    ("Two soldiers were killed in southern Gaza on Friday, the military said, after a strike "
     "on their tank.", "admin1"),
    ("Israeli strikes killed 12 people in northern Gaza City on Friday, medics said.", "city"),
    ("Israeli strikes killed 12 people in Gaza City on Friday, medics said.", "city"),
])
def test_a_part_of_gaza_is_the_strip(gz: Gazetteer, text: str, kind: str) -> None:
    r = _one(gz, text)
    assert (r.place_kind, r.country) == (kind, "PS")


@pytest.mark.parametrize(("text", "arms"), [
    ("On Tuesday, a US MQ-9 Reaper was downed by a Houthi surface-to-air missile over Saada.",
     "drone"),
    ("The Houthis said they shot down a US MQ-9 Reaper over Marib on Tuesday.", "drone"),
    ("Russian air defences shot down a Ukrainian Bayraktar TB2 over Crimea.", "drone"),
    ("A Russian Orlan-10 was downed by an interceptor near Kupiansk.", "drone"),
    ("Air defences shot down three missiles over Kyiv with Patriot interceptor missiles.",
     "missile"),
])
def test_a_drone_named_by_its_model_and_not_the_missile_that_downed_it(
        gz: Gazetteer, text: str, arms: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("interception", arms)


@pytest.mark.parametrize("text", [
    "The Russian Defence Ministry said its forces had destroyed a Ukrainian Su-27 fighter jet "
    "at the Myrhorod airfield in the Poltava region.",
    "Russian forces destroyed a Ukrainian Su-27 at the Myrhorod airfield, the ministry said.",
    "Russia said it destroyed two helicopters on the ground at an airfield near Myrhorod.",
])
def test_aircraft_destroyed_at_an_airfield_are_a_strike_on_it(gz: Gazetteer, text: str) -> None:
    """On the ground, not downed; the aircraft is what was hit, not the weapon."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("strike", "unknown")
    assert r.place_name.startswith("Myrhorod")


@pytest.mark.parametrize("text", [
    "Belarus said a drone entered its airspace from Ukraine on Thursday; the drone was downed "
    "over the Gomel region.",
    "Belarus said its air force scrambled jets after a drone entered its airspace from Ukraine "
    "on Thursday; the drone was downed over the Gomel region.",
])
def test_a_violation_then_a_downing_over_a_region_are_two_claims(gz: Gazetteer,
                                                                 text: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.place_name, r.event_date) for r in found] == [
        ("airspace_violation", "Belarus airspace", date(2024, 6, 13)),
        ("interception", "Gomel Region", date(2024, 6, 13))]


def test_a_violation_whose_debris_fell_stays_one_claim(gz: Gazetteer) -> None:
    found = _reports(gz, "A drone entered Romanian airspace overnight; its fragments fell "
                         "near Plauru.")
    assert [(r.event_type, r.place_name) for r in found] == [("airspace_violation", "Plauru")]


@pytest.mark.parametrize(("text", "place"), [
    ("Israeli forces killed three Palestinians in a drone strike near the Nur Shams refugee "
     "camp in Tulkarem on Tuesday, the Palestinian health ministry said.", "Nur Shams"),
    ("An Israeli drone struck the Nur Shams camp near Tulkarem, killing two.", "Nur Shams"),
])
def test_a_camp_in_a_town_is_one_place(gz: Gazetteer, text: str, place: str) -> None:
    assert _one(gz, text).place_name == place


@pytest.mark.parametrize("text", [
    "The mayor of Mykolaiv, Oleksandr Senkevych, reported explosions in the city at around "
    "4 a.m. on Friday.",
    "Mykolaiv mayor Oleksandr Senkevych reported explosions in the city on Friday.",
    "There were reports of explosions in Mykolaiv on Friday, the mayor said.",
    "Mykolaiv Mayor Oleksandr Senkevych reported two explosions in the city on Friday.",
    "The mayor reported at least five explosions in Mykolaiv on Friday.",
    "The mayor reported a series of blasts in Mykolaiv on Friday.",
])
def test_explosions_an_official_reported_are_a_claim(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.event_date) == (
        "explosion", "Mykolaiv", date(2024, 6, 14))


def test_a_reported_gas_explosion_is_no_claim(gz: Gazetteer) -> None:
    assert _reports(gz, "Residents reported explosions at a gas pipeline in Mykolaiv on "
                        "Friday.") == []
    assert _reports(gz, "Police reported three explosions at a fireworks factory in "
                        "Mykolaiv on Friday.") == []


@pytest.mark.parametrize(("text", "arms", "killed", "injured"), [
    ("Russia launched a massive drone attack on Kyiv early Saturday, killing three people and "
     "injuring at least 12 as debris from downed drones rained down on several districts of "
     "the capital, officials said.", "drone", 3, 12),
    ("Falling debris from intercepted missiles injured two people in Kyiv on Friday.",
     "missile", None, 2),
    ("Debris from a downed drone fell on a house in Kyiv on Friday, injuring a man, officials "
     "said.", "drone", None, 1),
    ("A man was injured when debris from a downed missile fell on his house in Kyiv on "
     "Friday, the city administration said.", "missile", None, 1),
    ("Fragments of a downed Shahed landed on a residential building in Kyiv on Friday, "
     "wounding two.", "drone", None, 2),
])
def test_debris_of_downed_weapons_harming_people_is_the_attacks_harm(
        gz: Gazetteer, text: str, arms: str, killed: int | None, injured: int) -> None:
    """What was downed only caused the harm; the claim is the attack that did it."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name, r.killed, r.injured) == (
        "strike", arms, "Kyiv", killed, injured)


@pytest.mark.parametrize(("text", "event", "place"), [
    # where the war is not fought, debris on a house is a weapon astray, not an attack
    ("Debris from a downed drone fell on a house in the Romanian village of Plauru on "
     "Friday, the defence ministry said.", "airspace_violation", "Plauru"),
    # debris that harmed nothing leaves the downing
    ("Debris from a downed drone fell in a field near Kyiv on Friday, officials said.",
     "interception", "Kyiv"),
])
def test_debris_that_harmed_no_one_where_the_war_is_stays_what_it_was(
        gz: Gazetteer, text: str, event: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == (event, place)


def test_a_downing_beside_debris_that_damaged_a_town_is_two_claims(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences shot down 20 drones over the Kyiv region; fragments of "
                         "a downed drone damaged a house in Bucha.")
    assert [(r.event_type, r.place_name, r.count) for r in found] == [
        ("interception", "Kyiv Oblast", 20), ("strike", "Bucha", None)]


@pytest.mark.parametrize("text", [
    "Explosions rocked the Crimean port of Feodosia overnight, and a Russian landing ship, "
    "the Novocherkassk, was destroyed, Ukraine's air force commander Mykola Oleshchuk said.",
    "The Russian landing ship Novocherkassk was destroyed in Feodosia overnight.",
    "A Russian patrol ship was sunk off Feodosia overnight, the navy said.",
])
def test_a_ship_destroyed_is_a_strike_where_it_lay_not_at_its_namesake(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.date_precision) == ("strike", "Feodosia", "night")


@pytest.mark.parametrize("text", [
    "A drone hit a house in the Zhukovsky neighbourhood of Kharkiv, killing six.",
    "A Russian strike on the Zhukovsky neighborhood in Kharkiv killed six people on Friday.",
    "A Russian strike on Kharkiv's Zhukovsky neighbourhood killed six people on Friday.",
])
def test_a_quarter_the_index_puts_abroad_is_part_of_the_city_named(
        gz: Gazetteer, text: str) -> None:
    """The index has Zhukovsky only as a town near Moscow; as a part of Kharkiv, it is
    the city."""
    found = _reports(gz, text)
    assert [(r.place_name, r.country, r.killed) for r in found] == [("Kharkiv", "UA", 6)]
    assert "Zhukovsky" in found[0].place_note


@pytest.mark.parametrize("text", [
    "An Israeli strike on a house in Gaza City's Zeitoun neighbourhood killed six people.",
    "An Israeli strike on a house in the Zeitoun neighbourhood of Gaza City killed six people.",
    "An airstrike hit tents in Khan Younis's Mawasi area, killing six people, medics said.",
    "An Israeli strike hit a building in Beirut's Haret Hreik neighbourhood, killing six.",
])
def test_a_quarter_the_index_has_inside_its_city_is_the_place(gz: Gazetteer,
                                                               text: str) -> None:
    """ "Gaza City's Zeitoun neighbourhood" had been two claims, one in Gaza City and one
    in Żejtun, Malta; the city written before its quarter is no claim of its own."""
    found = _reports(gz, text)
    assert [(r.place_kind, r.killed) for r in found] == [(found[0].place_kind, 6)]
    assert found[0].place_name in {"Zeitoun", "Al-Mawasi", "Haret Hreik"}


@pytest.mark.parametrize("text", [
    "Ukraine's Air Force: Overnight, the enemy attacked with 87 attack UAVs of the Shahed type "
    "from the directions of Kursk, Millerovo and Primorsko-Akhtarsk. As of 09:00, 60 drones "
    "were shot down in the north, east and south of the country.",
    "Overnight, the enemy attacked with 87 attack UAVs from the directions of Kursk and "
    "Millerovo, the Ukrainian Air Force said. As of 09:00, 60 drones were shot down.",
])
def test_the_enemys_attack_with_only_launch_sites_named_is_on_the_speakers_country(
        gz: Gazetteer, text: str) -> None:
    """Ukrainian bulletins call Russia "the enemy" and name only where it launched from:
    the target is the speaker's country, at country precision, never the launch sites."""
    found = _reports(gz, text)
    assert [(r.event_type, r.place_name, r.count, r.extras.get("launched_count"))
            for r in found] == [("strike", "Ukraine", 87, None),
                                ("interception", "Ukraine", 60, 87)]
    assert all("Air Force" in r.claimed_by for r in found)
    assert "the enemy attacked" in found[0].place_note


def test_an_interception_named_by_an_air_force_with_its_demonym_is_over_its_country(
        gz: Gazetteer) -> None:
    r = _one(gz, "Air defences shot down 24 drones overnight, the Ukrainian Air Force said.")
    assert (r.event_type, r.place_name, r.place_kind) == ("interception", "Ukraine", "country")


def test_a_wars_name_is_no_place_and_a_war_named_as_a_measure_is_no_history(
        gz: Gazetteer) -> None:
    r = _one(gz, "Israeli jets struck Beirut on Friday, the heaviest raid since the 2006 "
                 "Lebanon War, killing four.")
    assert (r.place_name, r.killed) == ("Beirut", 4)


def test_a_feed_post_signed_after_a_dash_has_its_signer_as_source(gz: Gazetteer) -> None:
    r = _one(gz, "Kharkiv: the enemy struck the Kyivskyi district with a KAB. 3 injured, "
                 "including a child. — Syniehubov")
    assert (r.place_name, r.injured, r.claimed_by) == ("Kharkiv", 3, "Syniehubov")


@pytest.mark.parametrize("text", [
    "On Friday evening, the enemy struck the outskirts of Kramatorsk with two Iskander "
    "missiles. Preliminary information indicates three wounded. — Vadym Filashkin, head of "
    "the Donetsk Regional Military Administration.",
    "On Friday evening, the enemy struck the outskirts of Kramatorsk with two Iskander "
    "missiles. Preliminary information indicates three wounded.\n— Vadym Filashkin, head "
    "of the Donetsk Regional Military Administration",
])
def test_a_post_signed_with_a_name_and_office_after_a_dash_has_its_signer_as_source(
        gz: Gazetteer, text: str) -> None:
    """The region in the signer's office is no second place of the toll."""
    r = _one(gz, text)
    assert (r.place_name, r.count, r.injured, r.claimed_by) == (
        "Kramatorsk", 2, 3,
        "Vadym Filashkin, head of the Donetsk Regional Military Administration")


def test_a_signature_that_is_also_a_town_abroad_is_no_place(gz: Gazetteer) -> None:
    """ "Fedorov" is also a town in Kazakhstan; at the end of a Ukrainian post, after a
    dash, it signs the post (and no longer ties with Zaporizhzhia for "the city")."""
    found = _reports(gz, "Zaporizhzhia under attack. Explosions in the city. Stay in "
                         "shelters! — Fedorov")
    assert [(r.event_type, r.place_name, r.claimed_by) for r in found] == [
        ("explosion", "Zaporizhzhia", "Fedorov")]


@pytest.mark.parametrize("text", [
    "Russian shelling killed a man on Friday — Kupiansk",
    "Russian shelling killed a man in the Kharkiv region on Friday — Kupiansk",
])
def test_a_town_after_a_dash_stays_a_place(gz: Gazetteer, text: str) -> None:
    assert [r.place_name for r in _reports(gz, text)] == ["Kupiansk"]


@pytest.mark.parametrize("text", ["Explosions in Kharkiv.",
                                  "Loud explosions in Kharkiv, air defence is working."])
def test_a_feeds_one_line_explosion_note_is_a_claim(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("explosion", "Kharkiv")


def test_a_hashtag_place_is_a_label_not_a_second_place(gz: Gazetteer) -> None:
    r = _one(gz, "#Belgorod Gladkov: a drone attacked a car in Novaya Tavolzhanka, the driver "
                 "was injured.")
    assert (r.place_name, r.injured) == ("Novaya Tavolzhanka", 1)


@pytest.mark.parametrize(("text", "place", "event"), [
    ("U.S. Central Command forces destroyed three Houthi unmanned aerial vehicles in Yemen "
     "that presented an imminent threat to merchant vessels in the Red Sea, CENTCOM said.",
     "Yemen", "interception"),
    ("US forces struck two Houthi anti-ship cruise missiles in Yemen on Friday that were "
     "prepared to launch into the Gulf of Aden.", "Yemen", "strike"),
    ("The US military said it struck a Houthi missile launcher in Yemen on Friday that was "
     "poised to fire at ships in the southern Red Sea.", "Yemen", "strike"),
    ("A drone that was about to strike Kyiv was shot down over the Chernihiv region.",
     "Chernihiv Oblast", "interception"),
])
def test_where_the_weapons_were_meant_for_is_not_the_claims_place(
        gz: Gazetteer, text: str, place: str, event: str) -> None:
    """CENTCOM's wording: the sea the missiles threatened had been the strike's place."""
    r = _one(gz, text)
    assert (r.place_name, r.event_type) == (place, event)


def test_a_threatened_place_is_kept_when_it_is_the_only_one(gz: Gazetteer) -> None:
    r = _one(gz, "A missile that posed a threat to Odesa was shot down, the governor said.")
    assert (r.place_name, r.event_type) == ("Odesa", "interception")


@pytest.mark.parametrize("text", [
    "US forces destroyed three Houthi unmanned aerial vehicles in Yemen, CENTCOM said.",
    "Two unmanned aerial vehicles were destroyed over the Bryansk region, the ministry said.",
    "Air defence downed an unmanned aircraft over the Kursk region on Monday.",
])
def test_unmanned_aerial_vehicles_are_drones_that_can_be_downed(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("interception", "drone")


@pytest.mark.parametrize(("text", "place"), [
    ("Two servicemen were killed when Ukrainian forces shelled Horlivka on Wednesday, the "
     "Moscow-installed mayor Ivan Prikhodko said.", "Horlivka"),
    ("The Moscow-installed governor of the Zaporizhzhia region, Yevgeny Balitsky, said "
     "Ukrainian drones struck Enerhodar on Friday.", "Enerhodar"),
    ("Donetsk-born soldiers were killed by shelling in Avdiivka on Monday.", "Avdiivka"),
    ("A Kremlin-backed official said drones hit Melitopol overnight.", "Melitopol"),
])
def test_a_place_that_installed_or_backed_someone_is_not_the_claims_place(
        gz: Gazetteer, text: str, place: str) -> None:
    assert [r.place_name for r in _reports(gz, text)] == [place]


@pytest.mark.parametrize(("text", "who", "place"), [
    ("The governor of the Belgorod region, Vyacheslav Gladkov, said a drone hit a car in "
     "Shebekino.", "The governor of the Belgorod region, Vyacheslav Gladkov", "Shebekino"),
    ("The Kremlin-appointed head of Crimea, Sergei Aksyonov, said a missile was shot down "
     "over Sevastopol.", "The Kremlin-appointed head of Crimea, Sergei Aksyonov",
     "Sevastopol"),
    ("The mayor of Kharkiv, Ihor Terekhov, said Russian drones hit the city overnight.",
     "The mayor of Kharkiv, Ihor Terekhov", "Kharkiv"),
])
def test_an_office_opening_the_sentence_is_part_of_the_speaker(
        gz: Gazetteer, text: str, who: str, place: str) -> None:
    """The office names the speaker's place, which stands in only when the claim names
    none (Crimea had been a second place beside Sevastopol)."""
    r = _one(gz, text)
    assert (r.claimed_by, r.place_name) == (who, place)


def test_a_clause_before_a_named_speaker_is_no_office(gz: Gazetteer) -> None:
    r = _one(gz, "The army shelled Kupiansk on Monday, Oleh Syniehubov said.")
    assert r.claimed_by == "Oleh Syniehubov"


@pytest.mark.parametrize(("text", "tolls"), [
    ("Russian missiles struck energy facilities in the Kharkiv region. In the Khmelnytskyi "
     "region, two people died, and in Odesa, a man was killed, local authorities said.",
     {"Khmelnytskyi Oblast": (2, None), "Odesa": (1, None)}),
    ("Drones hit Odesa and Mykolaiv overnight. In Odesa, two people were injured, and in "
     "Mykolaiv, a man was killed.", {"Odesa": (None, 2), "Mykolaiv": (1, None)}),
    ("Shelling hit the Kherson and Sumy regions on Monday. In Kherson, three civilians were "
     "wounded, while in the Sumy region, two residents were killed, officials said.",
     {"Kherson": (None, 3), "Sumy Oblast": (2, None)}),
])
def test_a_clause_that_opens_with_its_place_gives_that_place_its_toll(
        gz: Gazetteer, text: str, tolls: dict[str, tuple[int | None, int | None]]) -> None:
    """AP's "In X, two people died, and in Y, a man was killed": the two tolls had been
    one shared by both places."""
    found = {r.place_name: (r.killed, r.injured) for r in _reports(gz, text)
             if r.killed or r.injured}
    assert found == tolls


def test_a_toll_after_a_listed_place_is_not_that_places(gz: Gazetteer) -> None:
    found = {r.place_name: (r.killed, r.injured) for r in _reports(
        gz, "Russian strikes killed three in Kharkiv, two people were injured in Odesa, "
            "officials said.")}
    assert found == {"Kharkiv": (3, None), "Odesa": (None, 2)}


@pytest.mark.parametrize("text", [
    "Russia launched a barrage of missiles and drones at Ukraine's power grid early Friday, "
    "killing at least five people, in what the energy minister called the largest attack on "
    "the energy sector since the war began.",
    "Russian missiles pounded Kharkiv on Friday, killing five people in the heaviest "
    "bombardment of the city since the invasion.",
    "A missile attack damaged a power plant in Kharkiv on Friday, killing five people, the "
    "energy minister said, describing it as one of the largest on the grid since the start of "
    "the war.",
    "Drones struck Odesa on Friday, killing five people, the governor said, calling it the "
    "deadliest attack on the city since 2022.",
])
def test_a_superlative_since_the_war_began_is_no_background(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert r.killed == 5 and r.event_date == date(2024, 6, 14)


@pytest.mark.parametrize("text", [
    "Kharkiv, the second largest city, has been shelled almost daily since the war began.",
    "It was the heaviest shelling of Kharkiv since the invasion began in February 2022.",
])
def test_a_habit_or_a_verdict_since_the_war_began_is_still_background(
        gz: Gazetteer, text: str) -> None:
    """(a verdict on an attack told before is no claim of its own, nor dated 2022)"""
    assert _reports(gz, text) == []


@pytest.mark.parametrize("text", [
    "Belgorod governor Vyacheslav Gladkov said Ukrainian shelling killed a woman in the "
    "village of Nikolskoye.",
    "The governor of the Belgorod region said shelling killed a woman in the village of "
    "Nikolskoye on Friday.",
])
def test_a_village_known_only_elsewhere_is_placed_in_the_speakers_region(
        gz: Gazetteer, text: str) -> None:
    """The index holds Nikolskoyes near Moscow and St Petersburg, none in Belgorod."""
    r = _one(gz, text)
    assert (r.place_name, r.place_kind) == ("Belgorod Oblast", "admin1")
    assert "Nikolskoye" in r.place_note


@pytest.mark.parametrize(("text", "place"), [
    ("Belgorod governor Vyacheslav Gladkov said a drone hit a car in Shebekino.", "Shebekino"),
    ("Belgorod mayor Valentin Demidov said a drone hit a house in Nikolskoye.", "Nikolskoye"),
    ("Kharkiv governor Oleh Syniehubov said a drone hit Nikopol on Friday.", "Nikopol"),
])
def test_a_speakers_region_does_not_move_other_places(
        gz: Gazetteer, text: str, place: str) -> None:
    """A town in the region, a mayor (no region), a city elsewhere: as named."""
    assert _one(gz, text).place_name == place


@pytest.mark.parametrize(("text", "place"), [
    ("Israel struck military targets in Iran early on Saturday, the Israeli military said.",
     "Iran"),
    ("Israeli jets hit Hezbollah positions in Lebanon on Monday, the army said.", "Lebanon"),
    ("Russia struck energy infrastructure in Ukraine overnight, the ministry said.",
     "Ukraine"),
])
def test_a_dated_strike_on_named_kinds_of_target_in_a_country_is_a_claim(
        gz: Gazetteer, text: str, place: str) -> None:
    """Country precision, but a claim: the rule against vague country-wide sentences had
    dropped these."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.place_kind) == ("strike", place, "country")


def test_a_country_wide_sentence_with_no_target_or_date_is_still_no_claim(
        gz: Gazetteer) -> None:
    assert _reports(gz, "Russia's strikes on Ukraine have drawn condemnation in Europe.") == []


def test_drones_downed_over_a_countrys_territory_are_downed_over_that_country(
        gz: Gazetteer) -> None:
    r = _one(gz, "NATO jets shot down Russian drones over Polish territory early on "
                 "Wednesday, the first time the alliance has engaged Russian assets in its "
                 "airspace since the war began.")
    assert (r.event_type, r.place_name, r.event_date) == ("interception", "Poland",
                                                          date(2024, 6, 12))


@pytest.mark.parametrize(("text", "place"), [
    ("Romanian F-16s were scrambled after a Russian drone violated the country's airspace "
     "for about 50 minutes on Saturday, the defence ministry in Bucharest said.",
     "Romania airspace"),
    ("A drone entered the country's airspace overnight, officials in Warsaw said.",
     "Poland airspace"),
    ("Air defences shot down 20 drones overnight, the ministry in Moscow said.", "Russia"),
])
def test_a_speaker_in_a_capital_speaks_for_its_country(
        gz: Gazetteer, text: str, place: str) -> None:
    assert _one(gz, text).place_name == place



@pytest.mark.parametrize(("text", "place"), [
    ("Hezbollah launched around 50 rockets from southern Lebanon at northern Israel on "
     "Sunday, the Israeli military said.", "Israel"),
    ("Russia fired 12 missiles from northern Crimea at the Odesa region overnight.",
     "Odesa Oblast"),
])
def test_a_launch_site_with_a_direction_is_where_the_weapons_came_from(
        gz: Gazetteer, text: str, place: str) -> None:
    assert [r.place_name for r in _reports(gz, text)] == [place]


def test_an_area_of_a_city_the_index_puts_abroad_is_the_city(gz: Gazetteer) -> None:
    """ "Karari" had been a town in India."""
    r = _one(gz, "Artillery shelling by the RSF on the Karari area of Omdurman killed 15 "
                 "civilians, the Sudanese Doctors Network said on Saturday.")
    assert (r.place_name, r.killed) == ("Omdurman", 15) and "Karari" in r.place_note


def test_an_incident_near_a_town_and_its_country_places_the_strike_told_next(
        gz: Gazetteer) -> None:
    """UKMTO's notice: the country after the town had made the scene country-wide, and
    the strike told next was dropped as vague."""
    r = _one(gz, "UKMTO has received a report of an incident 70NM west of Hodeidah, Yemen. "
                 "The master of a merchant vessel reported that the vessel was struck by an "
                 "unknown projectile on the starboard side.")
    assert (r.event_type, r.place_name) == ("strike", "Hodeidah")
    assert "west of Hodeidah" in r.place_note


@pytest.mark.parametrize(("text", "injured"), [
    ("At about 3 p.m., the enemy struck Kherson with artillery; a 60-year-old man sustained "
     "injuries.", 1),
    ("A drone hit a car in Nikopol on Monday, and the driver suffered serious injuries.", 1),
    ("Shelling hit Kherson on Monday. Two women suffered shrapnel wounds.", 2),
    ("A missile struck Odesa on Monday; three people received injuries, the governor said.",
     3),
])
def test_injuries_sustained_or_suffered_are_injured(gz: Gazetteer, text: str,
                                                    injured: int) -> None:
    assert _one(gz, text).injured == injured


def test_drones_that_caused_injuries_are_no_injured_count(gz: Gazetteer) -> None:
    r = _one(gz, "Two drones hit Kherson on Monday, and a woman suffered injuries.")
    assert r.injured == 1


@pytest.mark.parametrize(("text", "event", "denier"), [
    ("Azerbaijan's defence ministry said Armenian forces shelled its positions in the "
     "Nakhchivan region overnight, which Yerevan denied.", "shelling", "Yerevan"),
    ("Ukraine's military said Russian forces struck a hospital in Kherson on Monday, a claim "
     "Moscow has denied.", "strike", "Moscow"),
    ("Russia said it shot down 12 Ukrainian drones over the Belgorod region, which Kyiv "
     "dismissed as propaganda.", "interception", "Kyiv"),
])
def test_a_claim_another_party_denies_stands_with_the_denial(
        gz: Gazetteer, text: str, event: str, denier: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.extras.get("denied_by")) == (event, denier)


@pytest.mark.parametrize("text", [
    "Russia denied striking the market in Kostiantynivka on Monday.",
    "The Russian defence ministry denied that its forces had hit a hospital in Kherson.",
    "Moscow denies that a drone entered Polish airspace on Friday.",
])
def test_a_denial_by_the_accused_is_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "event", "place"), [
    ("The Israeli military said it intercepted a missile launched from Yemen toward central "
     "Israel on Sunday morning, setting off sirens in Tel Aviv and Jerusalem.",
     "interception", "Israel"),
    ("Sirens sounded in Tel Aviv, Jerusalem and Haifa as Iran fired a barrage of missiles at "
     "Israel on Tuesday night.", "strike", "Israel"),
    ("A drone launched from Lebanon struck a house in Nahariya on Monday after sirens sounded "
     "across the Western Galilee, the IDF said.", "strike", "Nahariya"),
])
def test_where_sirens_sounded_is_not_the_claims_place(gz: Gazetteer, text: str, event: str,
                                                      place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == (event, place)


def test_sirens_are_the_place_when_nothing_else_is_named(gz: Gazetteer) -> None:
    found = _reports(gz, "Air raid sirens wailed across Kyiv on Monday morning as Russian "
                         "missiles hit the city, killing four.")
    assert [(r.event_type, r.place_name, r.killed) for r in found] == [("strike", "Kyiv", 4)]


@pytest.mark.parametrize(("text", "count"), [
    ("Iran launched about 180 ballistic missiles at Israel on Tuesday.", 180),
    ("Hezbollah fired rockets at Israel on Sunday, the IDF said.", None),
    ("Russia fired a barrage of cruise missiles toward Ukraine early on Friday.", None),
])
def test_a_dated_launch_at_a_country_is_a_claim(gz: Gazetteer, text: str,
                                                 count: int | None) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_kind, r.count) == (
        "strike", "missile", "country", count)


@pytest.mark.parametrize("text", [
    "Russia has fired missiles at Ukraine throughout the winter.",
    "Russia fired missiles at Ukraine.",
])
def test_an_undated_launch_at_a_country_is_no_claim(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("downed", [
    "Air defences downed 747 drones and 4 missiles.",
    "Air defence units shot down 747 drones and 4 missiles across the country.",
])
def test_the_downed_count_after_a_launch_with_no_target_is_the_launchs_speakers(
        gz: Gazetteer, downed: str) -> None:
    """The launch names no target, so it is no report of its own; each weapon downed
    after it, no more than were launched, is told by the launch's speaker, over its
    country, with the launched count."""
    found = _reports(gz, "Russia launched 810 drones and 13 missiles overnight, Ukraine's "
                         f"air force said. {downed}")
    assert [(r.event_type, r.weapon, r.country, r.count, r.extras.get("launched_count"),
             r.claimed_by) for r in found] == [
        ("interception", "drone", "UA", 747, 810, "Ukraine's air force"),
        ("interception", "missile", "UA", 4, 13, "Ukraine's air force")]


def test_more_downed_than_launched_is_not_the_launchs_count(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia launched 40 drones overnight, Ukraine's air force said. "
                         "Air defences downed 120 drones.")
    assert all(r.extras.get("launched_count") is None for r in found)


@pytest.mark.parametrize(("text", "country"), [
    ("Polish and allied aircraft shot down several Russian drones that violated Polish "
     "airspace overnight into Wednesday, Prime Minister Donald Tusk said.", "PL"),
    ("Romanian F-16s shot down a drone that had entered Romanian airspace on Saturday, the "
     "defence ministry said.", "RO"),
    ("Russian drones entered Polish airspace and were shot down overnight, the Polish army "
     "said.", "PL"),
])
def test_intruders_shot_down_are_a_violation_and_an_interception(gz: Gazetteer, text: str,
                                                                  country: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.weapon, r.place_kind, r.country) for r in found] == [
        ("airspace_violation", "drone", "airspace", country),
        ("interception", "drone", "airspace", country)]
    assert found[0].quote == found[1].quote and found[0].claimed_by == found[1].claimed_by


def test_intruders_that_strayed_and_were_shot_down_are_a_downing_too(gz: Gazetteer) -> None:
    found = _reports(gz, "Belarus said its air defences shot down several drones over the "
                         "Gomel region that had strayed from Ukraine.")
    assert [(r.event_type, r.place_name, r.country) for r in found] == [
        ("airspace_violation", "Gomel Region", "BY"), ("interception", "Gomel Region", "BY")]


def test_an_intruder_not_downed_is_only_a_violation(gz: Gazetteer) -> None:
    found = _reports(gz, "A Russian drone entered Romanian airspace on Saturday and crashed "
                         "in a field, the defence ministry said.")
    assert {r.event_type for r in found} == {"airspace_violation"}


@pytest.mark.parametrize(("text", "who"), [
    ("Overnight, the occupiers attacked Nikopol with kamikaze drones. A 54-year-old man was "
     "injured. Serhii Lysak, head of the Dnipropetrovsk OVA.",
     "Serhii Lysak, head of the Dnipropetrovsk OVA"),
    ("Russian drones hit Kherson overnight. Two people were injured.\nOleksandr Prokudin, "
     "head of the Kherson regional military administration",
     "Oleksandr Prokudin, head of the Kherson regional military administration"),
])
def test_a_name_and_office_that_sign_a_post_are_its_source(gz: Gazetteer, text: str,
                                                           who: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.claimed_by) == ("strike", who)


def test_a_list_of_places_after_a_post_is_no_signature(gz: Gazetteer) -> None:
    r = _one(gz, "Russian drones hit Kherson overnight. Two people were injured. Kherson, "
                 "Mykolaiv and Odesa, the southern regions.")
    assert r.claimed_by is None


@pytest.mark.parametrize(("text", "who"), [
    ("Israeli jets struck the port of Hodeidah on Monday, the Houthi-run Al Masirah TV "
     "reported.", "the Houthi-run Al Masirah TV"),
    ("Munich airport halted flights late on Thursday after drone sightings, German air "
     "traffic control said.", "German air traffic control"),
    ("Drones hit Kursk on Monday, Russian state television reported.",
     "Russian state television"),
    ("Ukrainian drones struck an oil depot in Bryansk on Monday, the Kommersant newspaper "
     "reported.", "the Kommersant newspaper"),
    ("Heavy shelling hit the Kalma camp near Nyala on Sunday, killing 12, the General "
     "Coordination for Displaced Persons and Refugees said.",
     "the General Coordination for Displaced Persons and Refugees"),
])
def test_broadcasters_papers_and_air_traffic_control_are_claimants(
        gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


def test_an_unknown_village_after_a_regions_possessive_is_the_region_with_a_note(
        gz: Gazetteer) -> None:
    r = _one(gz, "The Myanmar military carried out an airstrike on a monastery in Sagaing "
                 "region's Lin Ta Lu village early on Friday, killing 23 people, local "
                 "residents said.")
    assert (r.event_type, r.weapon, r.place_name, r.killed) == (
        "strike", "aircraft", "Sagaing", 23)
    assert "Lin Ta Lu" in (r.place_note or "")


def test_a_toll_told_by_another_source_keeps_its_source(gz: Gazetteer) -> None:
    r = _one(gz, "Shelling hit Omdurman on Sunday, residents said. At least 15 civilians were "
                 "killed, the Sudan Doctors Network said.")
    assert (r.claimed_by, r.killed, r.killed_qualifier) == ("residents", 15, "at least")
    assert r.extras.get("killed_claimed_by") == "the Sudan Doctors Network"


def test_a_toll_told_by_the_claims_own_source_adds_no_source(gz: Gazetteer) -> None:
    r = _one(gz, "Shelling hit Omdurman on Sunday, the Sudan Doctors Network said. At least "
                 "15 civilians were killed, the Sudan Doctors Network said.")
    assert r.killed == 15 and "killed_claimed_by" not in r.extras


@pytest.mark.parametrize(("text", "who"), [
    ("Israeli jets struck Nabatieh on Monday, Lebanon's health ministry said. A second "
     "strike hit a car near Tyre, killing two.", "Lebanon's health ministry"),
    ("Russian missiles hit Kharkiv on Monday, the regional governor said. Another missile "
     "struck a warehouse in Chuhuiv.", "the regional governor"),
])
def test_a_sentence_that_points_back_at_the_claim_goes_on_with_its_speaker(
        gz: Gazetteer, text: str, who: str) -> None:
    last = _reports(gz, text)[-1]
    assert (last.claimed_by, last.extras.get("claimed_by_from")) == (who, "previous sentence")


@pytest.mark.parametrize("text", [
    "Russian drones hit Kharkiv overnight, the mayor said.\n\nThe attack on Sumy killed two "
    "people.",
    "Russian drones hit Kharkiv overnight, the mayor said. Shelling killed two people in "
    "Sumy.",
])
def test_a_new_paragraph_or_a_fresh_claim_takes_no_speaker(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text)[-1].claimed_by is None


@pytest.mark.parametrize("text", [
    "Israeli strikes killed at least 40 people across the territory on Saturday, the Gaza "
    "health ministry said.",
    "At least 12 people were killed in Israeli air strikes overnight, according to Gaza's "
    "Health Ministry.",
    "Gaza's civil defence agency said Israeli strikes killed 18 people on Friday.",
])
def test_the_office_of_an_area_a_city_is_named_after_is_the_areas(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.place_kind, r.place_name) == ("admin1", "Gaza Strip")
    assert "not the city" in r.place_note


def test_the_city_named_with_its_own_word_stays_the_city(gz: Gazetteer) -> None:
    r = _one(gz, "Israeli strikes killed five people in Gaza City on Friday, the civil "
                 "defence agency said.")
    assert (r.place_kind, r.killed) == ("city", 5)


@pytest.mark.parametrize(("text", "hits"), [
    ("Russia struck Ukraine with 43 missiles and 206 drones overnight, the air force said. "
     "Air defences shot down 31 missiles and 180 drones, while 12 missiles and 26 drones hit "
     "targets in seven locations.", [("missile", 12), ("drone", 26)]),
    ("Ukraine's air force said Russia attacked with 4 missiles and 90 drones overnight. Air "
     "defences destroyed 2 missiles and 70 drones; two missiles reached their targets.",
     [("missile", 2)]),
    ("Russia attacked Ukraine with 60 drones overnight, the air force said. Air defences "
     "downed 45 of them, but 11 drones got through.", [("drone", 11)]),
])
def test_what_got_through_where_no_place_is_named_is_a_strike_of_its_own(
        gz: Gazetteer, text: str, hits: list[tuple[str, int]]) -> None:
    found = _reports(gz, text)
    last = found[-1].quote_start
    got = [(r.weapon, r.count) for r in found if r.event_type == "strike"
           and r.quote_start == last]
    assert got == hits
    assert all(r.country == "UA" and r.claimed_by for r in found)


def test_a_launch_after_a_downing_is_no_strike_of_its_own(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defences shot down 20 drones on Friday after Russia launched 25 "
                         "at the Kyiv region, the air force said.")
    assert [(r.event_type, r.count) for r in found] == [("interception", 20)]


def test_the_part_after_a_downing_goes_on_with_its_account(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia attacked Ukraine with 100 drones overnight, the air force "
                         "said. Air defences shot down 80 drones, while 12 drones hit targets "
                         "in the Sumy region.")
    hit = [r for r in found if r.place_kind == "admin1"]
    assert [(r.event_type, r.count, r.claimed_by) for r in hit] == [
        ("strike", 12, "the air force")]


@pytest.mark.parametrize("hits", [
    "Hits were recorded in the Sumy and Kharkiv regions.",
    "Drone hits were recorded in the Sumy and Kharkiv regions.",
    "Impacts were registered in the Sumy and Kharkiv regions.",
])
def test_hits_recorded_after_an_attack_are_its(gz: Gazetteer, hits: str) -> None:
    found = _reports(gz, "Russia attacked Ukraine with 100 drones overnight, the air force "
                         "said. " + hits)
    regions = [r for r in found if r.place_kind == "admin1"]
    assert [(r.event_type, r.weapon, r.claimed_by) for r in regions] == [
        ("strike", "drone", "the air force")] * 2


@pytest.mark.parametrize(("text", "who"), [
    ("Israeli jets struck what the military said were Hezbollah weapons depots near Baalbek "
     "late on Tuesday.", "the military"),
    ("Ukrainian drones hit what Russian officials said was an oil depot in the Bryansk region "
     "on Friday.", "Russian officials"),
    ("U.S. forces struck what CENTCOM said was a Houthi radar site near Hodeidah on "
     "Friday.", "CENTCOM"),
])
def test_what_someone_said_the_target_was_is_their_claim(
        gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize("second", [
    "An airstrike on the town of Qarnabiyeh killed three people, the health ministry said.",
    "A drone struck a car near the village of Zorvanka, killing its driver, police said.",
    "In the village of Kelbiyeh, a strike destroyed two homes, state media reported.",
])
def test_a_settlement_the_gazetteer_lacks_is_the_country_of_the_claim_before(
        gz: Gazetteer, second: str) -> None:
    found = _reports(gz, "Israeli airstrikes on southern Lebanon killed at least seven people "
                         "on Saturday, Lebanese state media reported. Residents of Safed say "
                         "life in Safed has changed.\n\n" + second)
    last = found[-1]
    assert last.quote.startswith(second[:20])
    assert (last.event_type, last.place_kind, last.country) == ("strike", "country", "LB")
    assert "not in the gazetteer" in last.place_note


def test_the_town_of_a_name_is_not_the_town_the_article_is_about(gz: Gazetteer) -> None:
    found = _reports(gz, "Rockets hit Safed on Friday, the army said. Residents of Safed say "
                         "life in Safed has changed.\n\nA strike on the town of Qarnabiyeh "
                         "killed two.")
    assert not any(r.place_name == "Safed" and "Qarnabiyeh" in r.quote for r in found)


@pytest.mark.parametrize(("text", "event"), [
    ("Russian drones hit an apartment block in Kyiv early on Saturday, killing two people, as "
     "air defences worked to repel the attack, the mayor said.", "strike"),
    ("Israeli airstrikes on southern Lebanon killed at least seven people, Lebanese state "
     "media reported Saturday, as cross-border fire between Israel and Hezbollah "
     "intensified.", "strike"),
    ("A missile struck a school in Kharkiv on Friday, as shelling continued along the front "
     "line, the governor said.", "strike"),
    ("Russian artillery shelled Nikopol on Friday, wounding two, as drones were heard over the "
     "city, the governor said.", "shelling"),
    # (a blast heard is no type of its own: what went on beside it says what it was)
    ("Explosions were heard in Kyiv on Friday, as air defences shot down drones over the city, "
     "the mayor said.", "interception"),
])
def test_what_happened_beside_a_claim_does_not_set_its_type(
        gz: Gazetteer, text: str, event: str) -> None:
    assert _one(gz, text).event_type == event


@pytest.mark.parametrize(("text", "region"), [
    ("Two people were hurt when Russian drones hit the city of Sumy overnight, the regional "
     "administration said. Air defences shot down 9 of 11 drones over the region.",
     "Sumy Oblast"),
    ("A missile struck Kremenchuk on Friday, the governor said. Another two missiles were "
     "intercepted over the same region.", "Poltava Oblast"),
    ("Ukrainian drones hit a fuel depot in Novoshakhtinsk overnight, the governor said. Seven "
     "more drones were destroyed over the oblast, he added.", "Rostov Oblast"),
])
def test_the_region_after_a_town_is_the_towns_region(
        gz: Gazetteer, text: str, region: str) -> None:
    first, second = _reports(gz, text)
    assert first.place_kind in {"city", "town"}
    assert (second.event_type, second.place_kind, second.place_name) == (
        "interception", "admin1", region)
    assert second.place_note and "region of" in second.place_note


def test_the_town_itself_stays_the_town_without_the_word_region(gz: Gazetteer) -> None:
    first, second = _reports(gz, "Russian drones hit the city of Sumy overnight, the regional "
                                 "administration said. Air defences shot down 9 drones.")
    assert second.place_name == first.place_name == "Sumy"


@pytest.mark.parametrize(("text", "arms"), [
    ("The Polish army said on Saturday it had found the remains of a military object, "
     "possibly a drone, in a forest near Zamosc.", "drone"),
    ("The wreckage of an unidentified flying object was found in a field near Bydgoszcz, "
     "Polish prosecutors said.", "unknown"),
    ("Lithuanian border guards discovered parts of an unidentified aerial object near "
     "Druskininkai on Friday.", "unknown"),
])
def test_the_remains_of_an_object_found_abroad_are_a_violation(
        gz: Gazetteer, text: str, arms: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_kind) == ("airspace_violation", arms, r.place_kind)
    assert r.country in {"PL", "LT"} and r.place_kind in {"city", "town", "village"}


def test_an_object_that_is_no_aircraft_is_no_violation(gz: Gazetteer) -> None:
    assert _reports(gz, "Police found the remains of a stolen object near Zamosc on Friday, "
                        "the Polish army said.") == []


@pytest.mark.parametrize(("text", "place"), [
    ("An explosion ripped through a crowded market in Peshawar on Friday, killing five "
     "people and wounding 20, police said.", "Peshawar"),
    ("A blast at a mosque in Quetta killed at least nine worshippers during Friday "
     "prayers, officials said.", "Quetta"),
    ("Twelve people were wounded when an explosion hit a bus station in Mogadishu on "
     "Thursday, police said.", "Mogadishu"),
])
def test_a_deadly_blast_where_crowds_gather_is_an_explosion(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == ("explosion", "unknown", place)
    assert (r.killed or r.injured) and r.claimed_by


@pytest.mark.parametrize("text", [
    "A gas explosion ripped through a crowded market in Peshawar on Friday, killing five "
    "people, police said.",
    "An explosion at a fireworks stall in a market in Lahore killed three people.",
    "An explosion was reported at a market in Peshawar on Friday, police said.",
])
def test_a_blast_with_a_civil_cause_or_no_harm_is_no_report(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("In the early hours of Saturday, Russian troops fired at Nikopol with heavy artillery. "
     "A 45-year-old man was wounded. The Dnipropetrovsk regional administration reported "
     "it.", "The Dnipropetrovsk regional administration"),
    ("Russian drones attacked Kharkiv overnight, damaging a warehouse. This was reported by "
     "the head of the regional administration, Oleh Syniehubov, on Telegram.",
     "the head of the regional administration, Oleh Syniehubov"),
    ("A Russian missile hit an infrastructure facility in Odesa on Friday. Ukrinform reports "
     "this with reference to the Odesa regional military administration.",
     "Ukrinform citing the Odesa regional military administration"),
    ("Enemy shelling damaged a school in Kherson. Governor Oleksandr Prokudin said so in a "
     "video address.", "Governor Oleksandr Prokudin"),
])
def test_a_sentence_that_only_names_who_told_it_is_the_claims_source(
        gz: Gazetteer, text: str, who: str) -> None:
    r = _one(gz, text)
    assert r.claimed_by == who and r.extras["claimed_by_from"] == "next sentence"


def test_who_told_it_again_does_not_replace_the_claims_own_source(gz: Gazetteer) -> None:
    r = _one(gz, "Russian drones hit Sumy overnight, the air force said. The governor "
                 "reported this too.")
    assert r.claimed_by == "the air force"


@pytest.mark.parametrize(("text", "places"), [
    ("A Russian drone hit a house in the Kyiv suburb of Bucha overnight, police said.",
     ["Bucha"]),
    ("Shelling hit the Kherson suburb of Antonivka on Friday, the governor said.",
     ["Antonivka"]),
    ("Russian missiles hit the Kyiv suburbs of Bucha and Irpin on Friday, killing one, "
     "police said.", ["Bucha", "Irpin"]),
])
def test_the_city_before_its_suburb_only_says_where_the_suburb_is(
        gz: Gazetteer, text: str, places: list[str]) -> None:
    assert [r.place_name for r in _reports(gz, text)] == places


def test_a_neighbourhood_of_a_city_is_still_the_city(gz: Gazetteer) -> None:
    r = _one(gz, "Israeli jets struck Beirut's southern suburbs on Friday, the army said.")
    assert (r.place_name, r.place_kind) == ("Beirut", "city")


@pytest.mark.parametrize(("text", "place"), [
    ("Air defence systems in Isfahan were activated early on Friday after small drones "
     "were spotted, Iranian state media said.", "Isfahan"),
    ("Air defences were activated over Damascus on Friday night, the Syrian army said.",
     "Damascus"),
    ("Syria's air defenses have been activated to confront hostile targets over Homs, "
     "state news agency SANA said on Friday.", "Homs"),
])
def test_air_defences_activated_over_a_place_are_an_interception(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("interception", place)
    assert r.claimed_by


@pytest.mark.parametrize(("text", "place", "day"), [
    ("At least 25 people were killed when the Rapid Support Forces shelled a displacement "
     "camp in North Darfur, a medical source said on Saturday. The shelling hit the Abu "
     "Shouk camp near El Fasher on Friday evening.", "Abu Shouk", date(2024, 6, 14)),
    ("A Russian missile attack on the Kharkiv region killed two people, the governor said. "
     "The strike hit a warehouse in Chuhuiv.", "Chuhuiv", date(2024, 6, 15)),
    ("A drone attack in the Sumy region killed two people on Thursday, the regional "
     "administration said. The drone strike hit a car in Bilopillia.", "Bilopillia",
     date(2024, 6, 13)),
])
def test_the_attack_told_more_closely_moves_the_claim_to_the_place_named(
        gz: Gazetteer, text: str, place: str, day: date) -> None:
    r = _one(gz, text)
    assert r.place_mention.startswith(place) and r.place_kind in {"city", "town", "village"}
    assert r.killed and r.claimed_by and r.event_date == day
    assert r.extras["place_from"] == "next sentence" and r.quote == text


def test_the_attack_elsewhere_stays_a_claim_of_its_own(gz: Gazetteer) -> None:
    found = _reports(gz, "Shelling killed two people in Kherson, the governor said. The "
                         "shelling also hit Nikopol on Friday.")
    assert [r.place_name for r in found] == ["Kherson", "Nikopol"]


@pytest.mark.parametrize("again", [
    "\"An attempt by the Kyiv regime to carry out a terrorist attack using drones against "
    "facilities on the territory of the Russian Federation was thwarted,\" the ministry said.",
    "Another attempt to attack Russia with drones was thwarted, the ministry added.",
])
def test_a_downing_told_again_over_the_whole_country_is_the_same_downing(
        gz: Gazetteer, again: str) -> None:
    r = _one(gz, "Air defences destroyed three Ukrainian drones over the Bryansk region, the "
                 "Russian Defence Ministry said.\n\n" + again + " Nobody was hurt, the "
                 "governor said.")
    assert (r.event_type, r.place_kind, r.count, r.injured) == (
        "interception", "admin1", 3, 0)


@pytest.mark.parametrize(("text", "place"), [
    ("Moldova's interior ministry said a Russian drone violated Moldovan airspace overnight. "
     "One drone was found in a field near the village of Ceadir-Lunga.", "Ceadîr-Lunga"),
    ("Romania's defence ministry said drones breached its airspace overnight. One of the "
     "drones was discovered near Plauru.", "Plauru"),
])
def test_a_drone_found_after_a_violation_is_where_it_came_down(
        gz: Gazetteer, text: str, place: str) -> None:
    first, second = _reports(gz, text)
    assert first.place_kind == "airspace"
    assert (second.event_type, second.place_name) == ("airspace_violation", place)
    assert second.claimed_by == first.claimed_by


def test_a_partys_offices_are_in_the_region_without_a_note(gz: Gazetteer) -> None:
    r = _one(gz, "A drone struck the offices of the Kurdistan Democratic Party in the "
                 "Kurdistan region on Friday, officials said.")
    assert (r.place_name, r.country, r.place_note) == ("Kurdistan Region", "IQ", None)


@pytest.mark.parametrize(("text", "place", "kind"), [
    ("On 9 March 2024, unidentified drones struck the Novoshakhtinsk oil refinery (Rostov). "
     "No casualties reported.", "Novoshakhtinsk", "town"),
    ("On 4 June 2024, Russian forces shelled the Kherson thermal power plant (Kherson). No "
     "casualties reported.", "Kherson", "city"),
    # (Sudan's localities are districts: Karari's city stands in for it)
    ("On 12 March 2024, RSF fighters shelled Karari locality (Omdurman, Khartoum). 4 "
     "civilians were killed.", "Omdurman", "city"),
])
def test_brackets_after_a_site_word_hold_the_places_parents(
        gz: Gazetteer, text: str, place: str, kind: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.place_kind) == (place, kind)
    assert r.event_date.month in {3, 6}


@pytest.mark.parametrize("text", [
    "Ukraine's air force said Russia launched 147 drones and four missiles overnight. Air "
    "defences shot down 97 drones, and another 25 were lost to jamming, the air force said.",
    "Ukraine's Air Force said Russia attacked with 60 drones overnight. Air defences "
    "destroyed 41 drones, the Air Force said on Telegram.",
    "Poland's navy said it tracked the drones for hours. Five drones were shot down over the "
    "sea by a Polish jet, the navy said.",
])
def test_the_air_force_named_again_is_the_one_named_before(gz: Gazetteer, text: str) -> None:
    """ "the air force said" after "Ukraine's air force said" is Ukraine's: the downing with
    no place stated is over its country (it had given nothing)."""
    found = [r for r in _reports(gz, text) if r.event_type == "interception"]
    assert len(found) == 1
    assert found[0].claimed_by.lower().startswith(("ukraine's", "poland's"))
    assert found[0].country in {"UA", "PL"}


def test_the_air_force_of_an_other_country_is_not_named_again(gz: Gazetteer) -> None:
    found = _reports(gz, "Israel's army said it struck Hezbollah sites in Khiam on Friday. "
                         "Air defences shot down a drone over the Galilee, the air force said.")
    assert [r.claimed_by for r in found] == ["Israel's army", "the air force"]


@pytest.mark.parametrize("text", [
    "Governor Mikhail Razvozhayev said air defences were repelling a missile attack on "
    "Sevastopol on Sunday.",
    "Air defence is repelling a drone attack on Kyiv, the city military administration said.",
    "Air defences were working to repel a drone attack on the Moscow region, Mayor Sergei "
    "Sobyanin said.",
])
def test_air_defences_repelling_an_attack_is_an_interception(gz: Gazetteer,
                                                              text: str) -> None:
    assert _one(gz, text).event_type == "interception"


@pytest.mark.parametrize(("text", "place"), [
    ("Israeli jets struck the southern suburbs of Beirut on Friday. The strike hit a "
     "building in Haret Hreik, killing two people.", "Haret Hreik"),
    ("A Russian missile struck Kharkiv on Friday, the governor said. The strike hit a "
     "warehouse in Pisochyn, killing two people.", "Pisochyn"),
])
def test_an_attack_told_more_closely_in_a_suburb_moves_the_citys_claim(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed, r.extras["place_from"]) == (place, 2, "next sentence")


def test_an_attack_told_in_a_town_far_from_the_city_is_its_own_claim(gz: Gazetteer) -> None:
    found = _reports(gz, "A Russian missile struck Kharkiv on Friday, the governor said. The "
                         "strike hit a warehouse in Izium, killing two people.")
    assert [r.place_name for r in found] == ["Kharkiv", "Izium"]


@pytest.mark.parametrize(("text", "place", "country"), [
    ("Israeli jets struck Dahiyeh on Friday, killing three people.", "Dahiyeh", "LB"),
    ("A US airstrike hit the Ras Isa port in Yemen on Thursday, killing 38 people, the "
     "Houthi-run health ministry said.", "Ras Isa port", "YE"),
    ("Turkish drones struck PKK positions in the Qandil mountains in northern Iraq, "
     "Turkey's defence ministry said.", "Qandil Mountains", "IQ"),
    ("RSF fighters shelled villages in Al-Jazira state on Monday, killing 12 people, "
     "activists said.", "Gezira", "SD"),
    ("An Israeli strike on a home in Gaza City's Sheikh Radwan neighbourhood killed four "
     "people.", "Sheikh Radwan", "PS"),
])
def test_places_of_the_wars_the_index_had_lacked(gz: Gazetteer, text: str, place: str,
                                                 country: str) -> None:
    """Curated: Beirut's southern suburbs, Gaza City's quarters, Yemen's Ras Isa port, the
    Qandil mountains and Sudan's Al-Jazira state as AFP writes it (had been Algiers)."""
    r = _one(gz, text)
    assert (r.place_name, r.country) == (place, country)


@pytest.mark.parametrize("text", [
    "Overnight, the enemy attacked the Dnipropetrovsk region with drones and artillery. "
    "Nikopol and the Marhanets community came under fire. A 44-year-old man was injured, "
    "Serhiy Lysak said.",
    "Russian drones struck Kyiv overnight. Debris fell on a house in the Darnytskyi district. "
    "Two people were injured, Mayor Vitali Klitschko said.",
    "Russian forces shelled Kherson on Sunday. Shells hit a bus stop. One man was killed, "
    "governor Oleksandr Prokudin said on Telegram.",
])
def test_the_speaker_who_ends_an_account_is_the_source_of_the_claims_before(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    speaker = text.rsplit(", ", 1)[1].removesuffix(" said.").removesuffix(
        " said on Telegram.")
    assert found and all(r.claimed_by == speaker for r in found)
    assert found[0].extras["claimed_by_from"] in {"next sentence", "later sentence"}


def test_a_claim_with_its_own_source_stops_the_speaker_going_back(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia's defence ministry said drones attacked the Belgorod "
                         "region overnight. Shelling hit Shebekino on Sunday. A woman was "
                         "injured, governor Vyacheslav Gladkov said.")
    assert [r.claimed_by for r in found] == [
        "Russia's defence ministry", "governor Vyacheslav Gladkov"]


def test_a_speaker_in_a_new_paragraph_is_no_source_of_the_one_before(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones struck Kyiv overnight.\n\nShelling hit Kherson on "
                         "Sunday. One man was killed, governor Oleksandr Prokudin said.")
    assert [(r.place_name, r.claimed_by) for r in found] == [
        ("Kyiv", None), ("Kherson", "governor Oleksandr Prokudin")]


@pytest.mark.parametrize("text", [
    "Iran fired 120 missiles at Israel. About 90 percent of them were shot down, the army "
    "said.",
    "Russia launched 50 drones at Ukraine overnight. Air defences shot down 40 of them, the "
    "air force said.",
])
def test_who_counts_the_downed_of_a_launch_tells_the_launch_too(gz: Gazetteer,
                                                                text: str) -> None:
    launch, downing = _reports(gz, text)
    assert launch.claimed_by == downing.claimed_by and launch.claimed_by.startswith("the ")
    assert launch.extras["claimed_by_from"] == "next sentence"


def test_a_launch_with_its_own_source_keeps_it(gz: Gazetteer) -> None:
    launch, downing = _reports(gz, "Russia launched 50 drones at Ukraine overnight, Ukrainian "
                                   "media reported. Air defences shot down 40 of them, the "
                                   "air force said.")
    assert (launch.claimed_by, downing.claimed_by) == ("Ukrainian media", "the air force")


@pytest.mark.parametrize(("text", "who"), [
    ("Israel's Home Front Command said sirens sounded in Kiryat Shmona after a rocket was "
     "launched from Lebanon. The rocket fell in an open area.", "Israel's Home Front Command"),
    ("Sirens sounded in Kiryat Shmona after a rocket was launched from Lebanon, the military "
     "said. The rocket fell in an open area.", "the military"),
    ("Sirens sounded in Kiryat Shmona. A rocket fell in an open area, the army said.",
     "the army"),
])
def test_a_rocket_that_fell_after_sirens_is_a_strike_where_they_sounded(
        gz: Gazetteer, text: str, who: str) -> None:
    """It had given nothing, or a violation of Israel's own airspace."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.country, r.claimed_by) == (
        "strike", "missile", "IL", who)
    assert r.place_name.endswith("Shmona") and r.extras["place_from"] == "previous sentence"


@pytest.mark.parametrize("text", [
    "Sirens sounded in Kiryat Shmona on Friday. The military said two projectiles crossed "
    "from Lebanon and fell in open areas.",
    "Sirens sounded in Kiryat Shmona on Friday; the military said two projectiles crossed "
    "from Lebanon and fell in open areas.",
    "Sirens sounded in Kiryat Shmona on Friday after two projectiles crossed from Lebanon and "
    "fell in open areas, the military said.",
])
def test_projectiles_that_fell_where_sirens_sounded_are_a_strike_there(
        gz: Gazetteer, text: str) -> None:
    """Projectiles that fell, told in the sentence of the sirens or the next: the attack's
    end at the alert's place (it had been nothing)."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.count, r.claimed_by.lower(), r.event_date) == (
        "strike", "Kiryat Shmona", 2, "the military", date(2024, 6, 14))


def test_sirens_after_a_launch_with_no_end_told_give_nothing(gz: Gazetteer) -> None:
    assert _reports(gz, "Sirens sounded in Kiryat Shmona after a rocket was launched from "
                        "Lebanon. No injuries were reported.") == []


def test_a_downing_after_sirens_takes_the_launchs_weapon(gz: Gazetteer) -> None:
    r = _one(gz, "Sirens sounded in Kyiv after Russia launched missiles from the Caspian "
                 "Sea. All were shot down, the air force said.")
    assert (r.event_type, r.weapon, r.place_name) == ("interception", "missile", "Kyiv")


@pytest.mark.parametrize("text", [
    "At least 40 people were killed in an RSF attack on the village of Wad al-Nourah in "
    "Gezira state, activists said.",
    "Al-Shabaab militants attacked a military base in Lower Shabelle on Monday, killing five "
    "soldiers.",
    "Five soldiers were killed in an attack by militants on a checkpoint in North Waziristan "
    "on Monday, the military said.",
])
def test_fighters_attacking_with_no_weapon_from_afar_are_another_attack(
        gz: Gazetteer, text: str) -> None:
    """A strike is a weapon from afar; "an RSF attack on the village" is fighters on the
    ground."""
    assert _one(gz, text).event_type == "other_attack"


@pytest.mark.parametrize(("text", "event"), [
    ("An Israeli strike killed three militants in Gaza City, the army said.", "strike"),
    ("The RSF attacked El Fasher with drones on Sunday, killing four people.", "strike"),
    ("Houthi rebels attacked a cargo ship in the Red Sea on Monday, UKMTO said.", "strike"),
    ("RSF fighters shelled the Abu Shouk camp on Sunday, killing 12 people.", "shelling"),
])
def test_fighters_named_beside_a_weapon_from_afar_keep_its_type(
        gz: Gazetteer, text: str, event: str) -> None:
    assert _one(gz, text).event_type == event


def test_a_note_names_an_unknown_village_as_written(gz: Gazetteer) -> None:
    """The note had named the lookup key ("'hulaywa'"), cut at the Arabic article."""
    r = _one(gz, "At least 40 people were killed in an RSF attack on the village of Wad "
                 "al-Hulaywa in Gezira state, activists said.")
    assert (r.place_name, r.place_kind) == ("Gezira", "admin1")
    assert "'Wad al-Hulaywa' is not in the gazetteer" in r.place_note


@pytest.mark.parametrize(("text", "place", "kind"), [
    ("RSF fighters attacked the village of Wad al-Nourah in Gezira state on Wednesday, "
     "killing more than 100 people, activists said.", "Wad al-Nourah", "village"),
    ("The RSF attacked Wad Al-Noora on Wednesday, killing 104 people.", "Wad al-Nourah",
     "village"),
    ("Boko Haram fighters attacked a military base near Lake Chad on Friday, killing 17 "
     "soldiers.", "Lake Chad", "region"),
])
def test_curated_places_wires_name_that_geonames_lacks(
        gz: Gazetteer, text: str, place: str, kind: str) -> None:
    """And "Boko Haram" is an armed group, not Haram in Norway."""
    r = _one(gz, text)
    assert (r.place_name, r.place_kind) == (place, kind)


@pytest.mark.parametrize(("text", "day"), [
    ("A Ukrainian drone hit a car in the village of Tyotkino in the Kursk region, killing a "
     "woman, governor Alexei Smirnov said on Saturday. The attack happened on Friday "
     "evening.", 14),
    ("A drone attack hit an oil depot in Tuapse, officials said on Saturday. The attack "
     "occurred on Thursday, and a fire broke out at the depot.", 13),
    ("Russian missiles struck Odesa, killing four people, the governor said on Saturday. The "
     "strike took place late on Thursday.", 13),
])
def test_when_the_attack_happened_dates_the_claim_before(gz: Gazetteer, text: str,
                                                          day: int) -> None:
    """The claim had been dated by the day it was told, and the timing sentence made a
    second claim."""
    r = _one(gz, text)
    assert (r.event_date.day, r.date_precision, r.extras["date_from"]) == (
        day, "day", "next sentence")


def test_how_the_attack_happened_is_the_same_claim(gz: Gazetteer) -> None:
    r = _one(gz, "Shelling hit Kherson on Friday, the governor said. The shelling happened "
                 "as residents queued for bread.")
    assert (r.event_date.day, "date_from" in r.extras) == (14, False)


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A drone hit a car in Kherson, killing a woman and injuring her husband, the governor "
     "said.", 1, 1),
    ("Shelling hit a house in Kherson, wounding his elderly mother, the governor said.",
     None, 1),
])
def test_a_relative_harmed_after_the_verb_is_one_person(gz: Gazetteer, text: str,
                                                        killed: int | None,
                                                        injured: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "who"), [
    ("Polish and NATO aircraft were scrambled early on Sunday after Russia launched a massive "
     "attack on western Ukraine, Poland's Operational Command said. A Russian cruise missile "
     "briefly entered Polish airspace and stayed for 39 seconds.",
     "Poland's Operational Command"),
    ("Romania scrambled jets after Russian drones attacked Izmail, Romania's defence ministry "
     "said. A drone entered Romanian airspace for three minutes.",
     "Romania's defence ministry"),
])
def test_a_violation_of_the_speakers_own_airspace_goes_on_with_the_account(
        gz: Gazetteer, text: str, who: str) -> None:
    violation = _reports(gz, text)[-1]
    assert (violation.event_type, violation.claimed_by) == ("airspace_violation", who)
    assert violation.extras["claimed_by_from"] == "previous sentence"


def test_a_violation_of_another_countrys_airspace_takes_no_source_from_before(
        gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones attacked Izmail overnight, Ukraine's air force "
                         "said. A drone entered Romanian airspace for three minutes.")
    assert found[-1].event_type == "airspace_violation" and found[-1].claimed_by is None


def test_the_remains_of_an_object_possibly_a_drone_are_a_violation(gz: Gazetteer) -> None:
    r = _one(gz, "Poland's army said on Tuesday it had found the remains of an object, "
                 "possibly a drone, in a field near Lublin.")
    assert (r.event_type, r.weapon, r.place_name) == ("airspace_violation", "drone", "Lublin")


@pytest.mark.parametrize("text", [
    "Hezbollah said it launched a swarm of attack drones at an Israeli military base near "
    "Nahariya on Wednesday. The Israeli military said two drones were intercepted and one "
    "fell in an open area.",
    "Hezbollah fired drones at Nahariya on Wednesday. Two of the drones were shot down and "
    "another fell in an open area, the Israeli military said.",
])
def test_a_downing_beside_a_drone_that_fell_in_the_open_is_told(gz: Gazetteer,
                                                                 text: str) -> None:
    """ "fell in an open area" where the war is fought is how an attack ended, no
    violation; the sentence had been dropped whole, downing and all."""
    found = _reports(gz, text)
    assert [(r.event_type, r.count) for r in found][-1] == ("interception", 2)
    assert found[-1].place_name == found[0].place_name


@pytest.mark.parametrize(("text", "regions"), [
    ("Air defences destroyed 12 drones over the western Russian regions of Bryansk and "
     "Kursk overnight, the defence ministry said.", ["Bryansk Oblast", "Kursk Oblast"]),
    ("A Ukrainian drone hit a house in the southern Russian region of Belgorod on Friday, "
     "the governor said.", ["Belgorod Oblast"]),
    ("Russian shelling killed two people in the eastern Ukrainian region of Donetsk, "
     "officials said.", ["Donetsk Oblast"]),
])
def test_wire_regions_of_after_a_countrys_adjective_stay_regions(
        gz: Gazetteer, text: str, regions: list[str]) -> None:
    """Reuters writes "the southern Russian region of Belgorod": the region, not its
    capital city."""
    found = _reports(gz, text)
    assert [(r.place_kind, r.place_name) for r in found] == [("admin1", x) for x in regions]


def test_the_number_fired_keeps_its_qualifier(gz: Gazetteer) -> None:
    r = _one(gz, "About 40 rockets were fired from Lebanon at northern Israel on Sunday, "
                 "most of which were intercepted, the army said.")
    assert (r.extras.get("launched_count"), r.extras.get("launched_count_qualifier")) == (
        40, "about")


@pytest.mark.parametrize(("text", "regions", "launched", "at"), [
    ("Russia attacked Ukraine with 58 drones overnight, damaging energy facilities in the "
     "Lviv and Ivano-Frankivsk regions, officials said.",
     ["Lviv Oblast", "Ivano-Frankivsk Oblast"], 58, "Ukraine"),
    ("Russia launched 120 drones at Ukraine overnight, hitting energy infrastructure in the "
     "Kharkiv region, the energy ministry said.", ["Kharkiv Oblast"], 120, "Ukraine"),
    ("Ukraine fired some 70 drones at Russia on Friday, damaging a fuel depot in the "
     "Bryansk region, the governor said.", ["Bryansk Oblast"], 70, "Russia"),
])
def test_the_number_launched_at_a_country_is_not_the_count_of_the_places_it_damaged(
        gz: Gazetteer, text: str, regions: list[str], launched: int, at: str) -> None:
    """The count is of the whole night's attack on the country; the claims are where it
    did damage, each carrying the launched number, none as its own count."""
    found = _reports(gz, text)
    assert [r.place_name for r in found] == regions
    assert all(r.count is None and "group_count" not in r.extras for r in found)
    assert all(r.extras.get("launched_count") == launched for r in found)
    assert {r.extras.get("launched_at") for r in found} == {at}


def test_downed_after_an_attack_on_a_country_are_over_that_country(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia attacked Ukraine with 58 drones and six missiles overnight, "
                         "damaging energy facilities in the Lviv and Ivano-Frankivsk "
                         "regions. Ukraine's air force said it destroyed 41 drones and four "
                         "missiles.")
    downed = [r for r in found if r.event_type == "interception"]
    assert [(r.place_kind, r.country, r.weapon, r.count, r.extras.get("launched_count"))
            for r in downed] == [("country", "UA", "drone", 41, 58),
                                 ("country", "UA", "missile", 4, 6)]


@pytest.mark.parametrize(("text", "count"), [
    # the region is the target: its count is its own
    ("Russia fired 12 missiles at Ukraine's Kharkiv region overnight, officials said.", 12),
    ("Russian drones attacked the Odesa region with 25 drones overnight, the governor said.",
     25),
])
def test_a_count_launched_at_a_region_stays_its_count(gz: Gazetteer, text: str,
                                                      count: int) -> None:
    r = _one(gz, text)
    assert r.count == count and "launched_at" not in r.extras


@pytest.mark.parametrize("text", [
    "A small craft approached the vessel and fired small arms at it 40 nautical miles west "
    "of Hodeidah, UKMTO said on Friday.",
    "UKMTO said a merchant vessel was attacked by a small craft 40 nautical miles west of "
    "Hodeidah on Friday.",
    "A vessel reported being fired upon by a small craft 40 nm west of Hodeidah, UKMTO said.",
])
def test_gunfire_from_a_small_craft_is_an_attack_not_a_strike(gz: Gazetteer, text: str) -> None:
    """UKMTO's small craft with small arms: gunfire at close range, not a missile or drone
    strike from afar."""
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.country, r.claimed_by) == (
        "other_attack", "unknown", "YE", "UKMTO")


def test_gunmen_firing_on_a_tanker_off_a_country_are_a_claim(gz: Gazetteer) -> None:
    r = _one(gz, "Gunmen in a skiff fired on a tanker off the coast of Somalia on Friday, "
                 "the EU naval force said.")
    assert (r.event_type, r.country, r.event_date) == ("other_attack", "SO", date(2024, 6, 14))


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("Fighting between the army and the RSF in Omdurman killed at least 12 civilians on "
     "Wednesday, medics said.", "Omdurman", 12),
    ("Clashes between Israeli troops and Palestinian gunmen in Jenin killed three people on "
     "Tuesday, the health ministry said.", "Jenin", 3),
    ("Fierce fighting in Pokrovsk killed four civilians on Friday, the governor said.",
     "Pokrovsk", 4),
])
def test_deadly_fighting_is_an_attack_where_it_was_fought(gz: Gazetteer, text: str, place: str,
                                                          killed: int) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_mention, r.killed) == ("other_attack", place, killed)


@pytest.mark.parametrize("text", [
    "The fighting has killed more than 20,000 people since April 2023, according to the "
    "United Nations.",
    "Fighting between the army and the RSF erupted in April 2023 and has killed tens of "
    "thousands of people.",
    "Clashes in the region have killed dozens this year, according to monitors.",
    "The ship's crew fired warning shots at a small boat that approached the vessel in the "
    "Red Sea, the company said.",
])
def test_the_wars_totals_and_warning_shots_are_no_attack(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_a_toll_in_a_gaza_governorate_is_that_governorates(gz: Gazetteer) -> None:
    found = _reports(gz, "At least 17 people were killed in Israeli strikes across the Gaza "
                         "Strip overnight, including nine in North Gaza, civil defence "
                         "officials said.")
    north = [r for r in found if r.place_name == "North Gaza"]
    assert len(north) == 1 and north[0].killed == 9 and north[0].place_kind == "region"
    assert all(r.place_kind != "city" for r in found)  # (not Gaza City)


@pytest.mark.parametrize(("text", "killed", "children"), [
    ("Twelve children were killed when a rocket hit a football pitch in Majdal Shams on "
     "Saturday, Israeli officials said.", 12, 12),
    ("A Russian missile strike on Kharkiv killed three boys, the governor said.", 3, 3),
    ("An Israeli strike on a school in Jabalia killed 5 people, including two children, "
     "medics said.", 5, 2),
])
def test_a_toll_of_children_counts_them_as_children(gz: Gazetteer, text: str, killed: int,
                                                    children: int) -> None:
    r = _one(gz, text)
    assert (r.killed, r.children_killed) == (killed, children)


@pytest.mark.parametrize(("text", "place"), [
    ("A rocket hit a football pitch in Majdal Shams in the Israeli-annexed Golan Heights on "
     "Saturday.", "Majdal Shams"),
    ("A drone hit a bus in Oleshky in the Russian-occupied Kherson region.", "Oleshky"),
])
def test_a_town_in_an_annexed_or_occupied_area_is_the_town(gz: Gazetteer, text: str,
                                                           place: str) -> None:
    assert _one(gz, text).place_mention == place


def test_what_a_cited_source_said_is_a_claim_of_its_own(gz: Gazetteer) -> None:
    found = _reports(gz, "Israeli warplanes struck the outskirts of Damascus on Thursday night, "
                         "Syrian state media reported, citing a military source who said air "
                         "defences had intercepted some of the missiles.")
    assert [(r.event_type, r.country) for r in found] == [("strike", "SY"),
                                                          ("interception", "SY")]
    assert found[1].count_qualifier == "some"


def test_another_after_a_count_is_one_more_there(gz: Gazetteer) -> None:
    found = _reports(gz, "Two drones were shot down over the Kaluga region and another over the "
                         "Tula region, the Russian Defence Ministry said.")
    assert [(r.admin1, r.count) for r in found] == [("Kaluga Oblast", 2), ("Tula Oblast", 1)]


@pytest.mark.parametrize("text", [
    "The Ukrainian Air Force said that of the 98 drones launched overnight, 63 were shot "
    "down.",
    "The Ukrainian Air Force said on Telegram that of the 98 drones launched overnight, 63 "
    "were shot down and 35 were \"lost in location\".",
    "Of the 98 drones launched overnight, 63 were shot down, the Ukrainian Air Force said.",
])
def test_a_speaker_first_at_the_sentence_start_still_names_its_country(gz: Gazetteer,
                                                                      text: str) -> None:
    """ "The Ukrainian Air Force said ...": the article before the name had hidden the
    country, so a downing with no place gave nothing."""
    r = _one(gz, text)
    assert (r.event_type, r.country, r.place_kind, r.count) == (
        "interception", "UA", "country", 63)
    assert r.extras.get("launched_count") == 98


@pytest.mark.parametrize(("text", "who"), [
    ("An Iraqi armed faction said it launched drones at a target in the Israeli city of "
     "Eilat.", "An Iraqi armed faction"),
    ("Iraqi militants said they launched drones at Eilat on Friday.", "Iraqi militants"),
])
def test_armed_groups_that_speak_for_themselves_are_sources(gz: Gazetteer, text: str,
                                                            who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize(("text", "who"), [
    ("Explosions were heard in Sevastopol early on Saturday as the Russian-installed governor "
     "Mikhail Razvozhayev said air defences were repelling an attack.",
     "the Russian-installed governor Mikhail Razvozhayev"),
    ("Russian shells hit a school in Kherson on Friday as officials said two teachers were "
     "wounded.", "officials"),
    ("Drones struck an oil depot in the Bryansk region on Friday, as governor Alexander "
     "Bogomaz said on Telegram.", "governor Alexander Bogomaz"),
])
def test_a_speaker_in_an_as_clause_is_the_source(gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize("text", [
    "At least seven civilians were killed when a shell struck a crowded market in El Obeid "
    "on Thursday, medics said.",
    "Two shells landed near a school in Kherson on Friday, injuring a teacher.",
    "A shell hit a bus stop in Donetsk on Friday morning, killing three people.",
])
def test_a_shell_that_struck_is_shelling(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("shelling", "artillery")


def test_shell_the_company_is_no_artillery(gz: Gazetteer) -> None:
    r = _one(gz, "A Shell petrol station in Kharkiv was hit by a drone on Friday, the "
                 "governor said.")
    assert (r.event_type, r.weapon, r.place_name) == ("strike", "drone", "Kharkiv")


@pytest.mark.parametrize("text", [
    "Russia pounded Ukraine's energy infrastructure with more than 60 missiles overnight, "
    "knocking out power in the Kharkiv and Poltava regions, officials said.",
    "Russia struck Ukraine's power grid with more than 60 missiles overnight, cutting power in "
    "the Kharkiv and Poltava regions.",
])
def test_a_launch_at_a_countrys_infrastructure_is_launched_at_the_country(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [r.admin1 for r in found] == ["Kharkiv Oblast", "Poltava Oblast"]
    assert all(r.count is None and r.extras.get("launched_count") == 60
               and r.extras.get("launched_at") == "Ukraine" for r in found)


def test_a_countrys_named_region_after_its_possessive_is_still_the_target(
        gz: Gazetteer) -> None:
    r = _one(gz, "Russia attacked Ukraine's Kharkiv region with 20 drones overnight.")
    assert (r.admin1, r.count) == ("Kharkiv Oblast", 20)


@pytest.mark.parametrize(("text", "city"), [
    ("Rescuers pulled the bodies of three people from the rubble of a building in Odesa hit "
     "by a Russian drone on Saturday, the emergency service said.", "Odesa"),
    ("Three people were killed in an apartment block in Kharkiv hit by a Russian missile on "
     "Friday.", "Kharkiv"),
    ("A clinic in Kyiv hit by a drone overnight was badly damaged, the mayor said.", "Kyiv"),
])
def test_a_big_city_before_hit_by_is_where_it_happened(gz: Gazetteer, text: str,
                                                      city: str) -> None:
    """ "Kyiv hit ..." had read as the government acting, as in "Moscow struck back"."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("strike", city)


@pytest.mark.parametrize("text", [
    "Yemen's Houthi rebels attacked the US destroyer USS Carney in the Gulf of Aden with "
    "drones on Friday, the group's spokesman said; US Central Command said the destroyer "
    "shot down four drones.",
    "The Houthis fired drones at a British warship in the Red Sea on Friday; Britain's "
    "defence ministry said HMS Diamond shot down four of them.",
])
def test_a_warship_downs_what_attacked_it_at_sea(gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.place_kind) for r in found] == [("strike", "sea"),
                                                            ("interception", "sea")]
    assert found[1].count == 4 and found[1].claimed_by.endswith(("Command", "ministry"))


@pytest.mark.parametrize(("text", "who"), [
    ("A Ukrainian drone struck an oil refinery in the Krasnodar region overnight, Ukrainska "
     "Pravda reported, citing intelligence sources.",
     "Ukrainska Pravda citing intelligence sources"),
    ("Russian drones hit an energy facility in the Odesa region on Friday night, Suspilne "
     "reported with reference to the regional administration.",
     "Suspilne citing the regional administration"),
    ("Citing sources in the Security Service, Ukrainian media reported that drones struck an "
     "airfield in the Lipetsk region on Saturday.",
     "Ukrainian media citing sources in the Security Service"),
    ("Drones hit a fuel depot in the Belgorod region on Friday, Ukrainian media said, quoting "
     "a source in military intelligence who said the depot burned for hours.",
     "Ukrainian media citing a source in military intelligence"),
])
def test_an_outlet_keeps_whom_it_cites(gz: Gazetteer, text: str, who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize("second", [
    "The bomb struck near a playground, the governor said. Among the wounded were four "
    "children.",
    "The missile struck near a playground. Among the wounded were four children.",
])
def test_the_weapon_told_on_is_the_same_claim(gz: Gazetteer, second: str) -> None:
    found = _reports(gz, "A Russian glide bomb slammed into a residential area of Kharkiv on "
                         "Saturday, killing three people and wounding 28, officials said. "
                         + second)
    assert [(r.place_name, r.killed, r.injured, r.children_injured) for r in found] == [
        ("Kharkiv", 3, 28, 4)]


@pytest.mark.parametrize("text", [
    "17 drones were downed over the Belgorod region overnight, and a woman was injured in the "
    "village of Razumnoye, Governor Vyacheslav Gladkov said.",
    "The Belgorod region came under a massive attack overnight: 17 drones were downed over the "
    "region, and a woman was injured in the village of Razumnoye, the governor said.",
    "17 drones were downed over the Belgorod region overnight. A woman was injured in the "
    "village of Razumnoye, the governor said.",
])
def test_harm_named_elsewhere_after_a_downing_is_a_strike_there(gz: Gazetteer,
                                                                text: str) -> None:
    """The toll had joined the downing (17 downed over the village) or, told in the next
    sentence, was lost."""
    found = [r for r in _reports(gz, text) if r.event_type != "strike" or r.injured]
    assert [(r.event_type, r.weapon, r.place_kind, r.count, r.injured) for r in found] == [
        ("interception", "drone", "admin1", 17, None), ("strike", "drone", "town", None, 1)]
    assert found[0].claimed_by is not None and found[0].claimed_by == found[1].claimed_by


def test_a_downing_with_no_harm_stays_one_claim(gz: Gazetteer) -> None:
    r = _one(gz, "Air defences shot down 20 drones over the Kyiv region; no casualties were "
                 "reported.")
    assert (r.event_type, r.count, r.killed, r.injured) == ("interception", 20, 0, 0)


def test_the_speaker_of_an_attacks_harm_told_the_attack(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian drones attacked Kharkiv overnight. A man was killed in the "
                         "village of Korotych, the governor said.")
    assert [(r.place_name, r.claimed_by) for r in found] == [
        ("Kharkiv", "the governor"), ("Korotych", "the governor")]
    assert found[0].extras["claimed_by_from"] == "later sentence"


@pytest.mark.parametrize("text", [
    "Air defences shot down 35 drones and both missiles over the Kyiv region, the air force "
    "said.",
    "Air defences shot down 35 drones and 2 missiles over the Kyiv region, the air force said.",
])
def test_each_weapon_listed_before_one_place_keeps_its_count(gz: Gazetteer, text: str
                                                             ) -> None:
    found = _reports(gz, text)
    assert [(r.weapon, r.count, r.admin1) for r in found] == [
        ("drone", 35, "Kyiv Oblast"), ("missile", 2, "Kyiv Oblast")]
    assert all("total_count" not in r.extras for r in found)


def test_both_missiles_after_a_launch_are_the_two_launched(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia attacked Ukraine with 31 Shahed drones and two Kh-59 missiles "
                         "overnight. Air defense forces destroyed 29 drones and both missiles, "
                         "the Ukrainian Air Force reported.")
    downed = [(r.weapon, r.count, r.extras.get("launched_count")) for r in found
              if r.event_type == "interception"]
    assert downed == [("drone", 29, 31), ("missile", 2, 2)]
    # who counted the downed of each weapon told the launch too
    assert {r.claimed_by for r in found} == {"the Ukrainian Air Force"}


@pytest.mark.parametrize(("text", "killed"), [
    ("A drone strike on a car in Kherson killed both passengers, the governor said.", 2),
    ("Both men were killed when a shell hit their car in Nikopol on Friday.", 2),
])
def test_both_is_two(gz: Gazetteer, text: str, killed: int) -> None:
    assert _one(gz, text).killed == killed


def test_both_drones_and_missiles_counts_nothing(gz: Gazetteer) -> None:
    r = _one(gz, "Russia attacked the Kyiv region with both drones and missiles overnight, the "
                 "governor said.")
    assert r.count is None and r.extras["weapons"] == ["drone", "missile"]


@pytest.mark.parametrize(("text", "place"), [
    ("A Russian drone entered Romanian airspace on Saturday night, Romania's defence "
     "ministry said. The drone crashed in an uninhabited area near Chilia Veche.",
     "Chilia Veche"),
    ("A Russian drone violated Romanian airspace overnight, the defence ministry said. The "
     "wreckage was found near the village of Plauru in Tulcea county.", "Plauru"),
    ("Fragments of a drone were found on Moldovan territory on Saturday, Moldova's defence "
     "ministry said. The debris was discovered in a field near the town of Ocnita.",
     "Ocniţa"),
])
def test_where_the_wreck_came_down_places_the_violation_told_before(
        gz: Gazetteer, text: str, place: str) -> None:
    """One violation, where it ended; it had been two (the airspace and the village)."""
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.place_kind) == (
        "airspace_violation", place, gz.resolve(place).best.place.kind)
    assert r.extras["place_from"] == "next sentence" and r.claimed_by.endswith("ministry")


def test_a_wreck_found_in_another_country_is_not_where_the_violation_was(
        gz: Gazetteer) -> None:
    found = _reports(gz, "A Russian drone violated Romanian airspace overnight, the defence "
                         "ministry said. The wreckage was found in Ukraine's Izmail district.")
    assert found[0].place_kind == "airspace" and "place_from" not in found[0].extras


@pytest.mark.parametrize(("text", "who"), [
    ("A day earlier, army drones struck RSF positions in Nyala, South Darfur, witnesses said.",
     "witnesses"),
    ("Shelling hit the market in Omdurman, Khartoum state, local residents said.",
     "local residents"),
    ("Drones hit Kharkiv overnight, Oleh Syniehubov, the governor, said.",
     "Oleh Syniehubov, the governor"),
])
def test_a_place_before_plural_speakers_is_no_name_in_apposition(gz: Gazetteer, text: str,
                                                                 who: str) -> None:
    assert _one(gz, text).claimed_by == who


@pytest.mark.parametrize(("when", "day"), [
    ("On the night from Friday to Saturday", 15),
    ("During the night between Thursday and Friday", 14),
    ("On the night from June 13 to 14", 14),
])
def test_the_night_from_one_day_to_the_next_ends_on_the_second(gz: Gazetteer, when: str,
                                                               day: int) -> None:
    r = _one(gz, f"{when}, air defence forces shot down 11 drones over the Kursk region, the "
                 "Russian Defence Ministry said.")
    assert (r.event_date, r.date_precision) == (date(2024, 6, day), "night")


@pytest.mark.parametrize(("text", "quarter"), [
    ("Israeli tanks shelled the Tal al-Sultan area of western Rafah on Friday, killing four "
     "people, medics said.", "Tal al-Sultan"),
    ("The Israeli military said it had killed a Hamas commander in an airstrike in Gaza City's "
     "Shejaiya neighbourhood on Friday.", "Shejaiya"),
    ("An airstrike on a house in the Shujaiyya neighbourhood of Gaza City killed five, the civil "
     "defence said.", "Shejaiya"),
])
def test_a_quarter_the_index_has_is_the_place_not_its_city(gz: Gazetteer, text: str,
                                                          quarter: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.country) == (quarter, "PS")


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("A Russian drone dropped a grenade on a civilian in the village of Bilozerka, Kherson "
     "region, on June 14, injuring him, the regional military administration reported.",
     None, 1),
    ("A drone attacked a woman in Kherson on Friday, killing her.", 1, None),
    ("A shell hit a house in Nikopol on Friday, killing a woman and injuring her husband.", 1, 1),
])
def test_a_pronoun_after_the_toll_verb_is_one_person(gz: Gazetteer, text: str,
                                                     killed: int | None,
                                                     injured: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.injured) == (killed, injured)


@pytest.mark.parametrize(("text", "place"), [
    ("A Romanian F-16 was scrambled after radar detected a drone over Tulcea county, the "
     "defence ministry said.", "Tulcea"),
    ("A drone was detected in Romanian airspace over Tulcea county on Saturday, the defence "
     "ministry said.", "Tulcea"),
    ("Romanian radar tracked a drone over the Danube delta near Sulina for 20 minutes, the "
     "ministry said.", "Sulina"),
])
def test_a_drone_a_neighbours_radar_saw_over_its_soil_is_a_violation_there(
        gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.country) == ("airspace_violation", "drone", "RO")
    assert r.place_name == place


@pytest.mark.parametrize("text", [
    "Ukraine's air force said radars detected 40 drones over the Kyiv region overnight.",
    "Radar detected a drone heading towards Polish territory from Belarus, but it turned back "
    "before crossing the border, the operational command said.",
    "Romanian radar tracked a drone that flew along the border without entering Romanian "
    "airspace, the ministry said.",
    "The Polish army said its radars had detected an object that did not enter Polish "
    "airspace.",
])
def test_a_drone_only_detected_where_the_war_is_or_that_never_crossed_is_no_claim(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


def test_a_district_not_in_the_gazetteer_keeps_its_own_note_on_the_claim(
        gz: Gazetteer) -> None:
    r = _one(gz, "Russian forces carried out 12 strikes on Zaporizhzhia's Vasylivka district, "
                 "governor Ivan Fedorov said, with one person wounded.")
    assert (r.place_name, r.injured) == ("Zaporizhzhia Oblast", 1)
    assert r.place_note and "'Vasylivka' is not in the gazetteer" in r.place_note


@pytest.mark.parametrize("text", [
    "Ukrainian forces destroyed a Russian S-400 air defence system in Crimea, the military "
    "intelligence agency HUR said.",
    "The SBU said its drones destroyed two Pantsir launchers near Belgorod on Friday.",
    "Russia's Defence Ministry said its forces destroyed a Patriot air defence launcher in the "
    "Dnipropetrovsk region.",
    "A Russian missile destroyed a radar station near Odesa, the Russian military said.",
])
def test_destroying_air_defences_on_the_ground_is_a_strike(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).event_type == "strike"


@pytest.mark.parametrize("text", [
    "Russian air defence systems destroyed 12 Ukrainian drones over the Bryansk region.",
    "Air defences destroyed 20 drones over the Kyiv region, the air force said.",
])
def test_air_defences_destroying_drones_stay_an_interception(gz: Gazetteer, text: str) -> None:
    assert _one(gz, text).event_type == "interception"


@pytest.mark.parametrize("verdict", [
    "It was the second attack on the city in as many days.",
    "This was the third time this week that Russian drones struck the city.",
    "It marked the deadliest strike on the city since the start of the year.",
])
def test_a_verdict_on_the_attack_told_before_is_no_claim(gz: Gazetteer, verdict: str) -> None:
    r = _one(gz, "A Russian missile struck a printing house in Kharkiv on Thursday, killing "
                 f"seven workers, officials said. {verdict}")
    assert (r.place_name, r.killed, r.event_date) == ("Kharkiv", 7, date(2024, 6, 13))


@pytest.mark.parametrize("text", [
    "Russian troops launched 85 attacks on the Pokrovsk front over the past 24 hours, the "
    "General Staff said.",
    "Russian forces attacked 14 times in the Kupiansk direction on Friday, the General Staff "
    "said.",
])
def test_attacks_along_a_stretch_of_the_front_are_ground_attacks(gz: Gazetteer,
                                                                 text: str) -> None:
    assert _one(gz, text).event_type == "other_attack"


def test_repelling_all_of_the_assaults_told_before_is_how_they_ended(gz: Gazetteer) -> None:
    r = _one(gz, "Russian troops launched 85 attacks on the Pokrovsk front over the past day, "
                 "the General Staff said. Ukrainian forces repelled all of them.")
    assert (r.event_type, r.place_name) == ("other_attack", "Pokrovsk")


@pytest.mark.parametrize(("text", "tolls"), [
    ("Russian forces shelled Nikopol on Friday, the governor said. A 47-year-old man was "
     "injured in Nikopol.", {"Nikopol": (None, 1)}),
    ("The enemy shelled Nikopol and Marhanets with heavy artillery on Friday, governor Serhiy "
     "Lysak said. A man was injured in Nikopol.",
     {"Nikopol": (None, 1), "Marhanets": (None, None)}),
    ("Russian missiles hit Kyiv and Lviv overnight, officials said. Two people were killed in "
     "Kyiv and one in Lviv.", {"Kyiv": (2, None), "Lviv": (1, None)}),
    ("Drones struck Kherson on Friday. In Kherson, two women were wounded, the city's "
     "administration said.", {"Kherson": (None, 2)}),
    ("Russian drones hit Kharkiv overnight, the mayor said. Residents were asked to stay in "
     "shelters. Two people were injured in Kharkiv.", {"Kharkiv": (None, 2)}),
])
def test_a_toll_in_a_place_already_told_completes_that_claim(
        gz: Gazetteer, text: str, tolls: dict[str, tuple[int | None, int | None]]) -> None:
    found = _reports(gz, text)
    assert {r.place_name: (r.killed, r.injured) for r in found} == tolls
    assert len(found) == len(tolls)


def test_a_toll_in_the_same_place_on_another_day_is_its_own_claim(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian forces shelled Nikopol on Friday, the governor said. On "
                         "Thursday, a man was killed in Nikopol.")
    assert sorted((r.event_date.day, r.killed) for r in found) == [(13, 1), (14, None)]


def test_a_part_of_a_toll_told_before_is_no_second_claim(gz: Gazetteer) -> None:
    r = _one(gz, "Strikes on Gaza City overnight killed 25 people, civil defence spokesman "
                 "Mahmud Bassal told AFP. Twelve of the dead were in a school sheltering "
                 "displaced families in the Al-Tuffah neighbourhood.")
    assert (r.place_name, r.killed) == ("Gaza", 25)


@pytest.mark.parametrize(("text", "place"), [
    ("The Israeli military said it had struck a Hezbollah weapons depot in the Baalbek area, "
     "deep in Lebanon's Bekaa Valley, on Friday.", "Baalbek"),
    ("Israeli jets struck a site near Qusayr, deep inside Syria's Homs province, on Friday.",
     "Qusayr"),
    ("Israeli jets struck Hermel, in Lebanon's Bekaa Valley, on Friday.", "Hermel"),
    ("A drone attacked a military base in Tiraspol, in Moldova's breakaway Transnistria "
     "region, on Wednesday, destroying a helicopter, local authorities said.", "Tiraspol"),
])
def test_the_area_written_after_a_place_as_where_it_lies_is_no_second_claim(
        gz: Gazetteer, text: str, place: str) -> None:
    assert _one(gz, text).place_name == place


def test_a_ukrainian_drone_over_voronezh_is_the_russian_city(gz: Gazetteer) -> None:
    r = _one(gz, "A Ukrainian drone crashed into a multi-storey residential building in "
                 "Voronezh, injuring three people, Governor Alexander Gusev said on Telegram.")
    assert (r.place_name, r.country, r.injured) == ("Voronezh", "RU", 3)


@pytest.mark.parametrize(("text", "place", "killed"), [
    ("An Israeli drone strike on a car in southern Lebanon killed two people on Thursday, the "
     "National News Agency said.\n\nThe strike hit the vehicle on a road near the town of Bint "
     "Jbeil.", "Bint Jbeil", 2),
    ("An airstrike in northern Syria killed four people on Friday, a war monitor said. The "
     "strike hit a house in the town of Saraqib.", "Saraqib", 4),
])
def test_a_strike_in_a_part_of_a_country_is_put_where_the_next_sentence_says(
        gz: Gazetteer, text: str, place: str, killed: int) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed, r.extras.get("place_from")) == (
        place, killed, "next sentence")


def test_a_country_wide_attack_is_not_moved_to_one_place_it_hit(gz: Gazetteer) -> None:
    found = _reports(gz, "Russia attacked Ukraine with missiles overnight, killing five "
                         "people, officials said. The attack hit a power plant in Burshtyn.")
    assert {r.place_kind for r in found} == {"country", "town"}


@pytest.mark.parametrize("text", [
    "A drone struck a car in Belgorod, killing a woman, Governor Vyacheslav Gladkov said. Two "
    "civilians were injured in Shebekino.",
    "Governor Vyacheslav Gladkov said a woman was killed when a drone struck her car in "
    "Belgorod. Another two civilians were injured in Shebekino.",
])
def test_harm_told_on_in_the_same_region_is_the_same_speakers_account(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.place_name, r.claimed_by) for r in found] == [
        ("Belgorod", "Governor Vyacheslav Gladkov"), ("Shebekino", "Governor Vyacheslav Gladkov")]


@pytest.mark.parametrize("text", [
    "Russian drones hit Kharkiv overnight, Mayor Ihor Terekhov said. Two people were injured in "
    "Dnipro.",
    "A drone struck a car in Belgorod, killing a woman, Governor Vyacheslav Gladkov said.\n\n"
    "Two civilians were injured in Shebekino.",
])
def test_harm_in_another_region_or_paragraph_keeps_no_speaker_it_did_not_name(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text)[-1].claimed_by is None


@pytest.mark.parametrize("share", [
    "Of these, 20 were downed over the Belgorod region.",
    "Of them, 20 were destroyed over the Belgorod region, the ministry added.",
    "20 of them were shot down over the Belgorod region.",
])
def test_a_regions_share_told_next_is_its_count_in_the_claim_over_several(
        gz: Gazetteer, share: str) -> None:
    found = _reports(gz, "Russian air defences destroyed 35 Ukrainian drones over the Belgorod, "
                         f"Kursk and Bryansk regions overnight, the ministry said. {share}")
    assert [(r.admin1, r.count, r.extras.get("group_count")) for r in found] == [
        ("Belgorod Oblast", 20, 35), ("Kursk Oblast", None, 35), ("Bryansk Oblast", None, 35)]


def test_a_share_downed_over_a_region_not_told_before_is_its_own_report(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian air defences destroyed 35 Ukrainian drones over the Belgorod "
                         "and Kursk regions overnight, the ministry said. Of these, 20 were "
                         "downed over the Tula region.")
    assert ("Tula Oblast", 20) in [(r.admin1, r.count) for r in found]


@pytest.mark.parametrize(("text", "day"), [
    ("Two days ago, a Russian missile hit a school in Kramatorsk, killing a teacher, officials "
     "said.", 13),
    ("A Russian missile hit a school in Kramatorsk three days ago, officials said.", 12),
    ("A day earlier, on Thursday, Russian shelling killed two civilians in the town of "
     "Kurakhove, the regional governor said.", 13),
    ("The day before, on June 11, a drone hit a car in Kherson, the governor said.", 11),
])
def test_days_counted_back_or_named_beside_a_relative_one(gz: Gazetteer, text: str,
                                                          day: int) -> None:
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (date(2024, 6, day), "day")


def test_debris_after_a_downing_is_told_by_whoever_told_the_downing(gz: Gazetteer) -> None:
    found = _reports(gz, "Shortly after midnight, air defences engaged targets over Kyiv, the "
                         "city's military administration said. Debris fell in the Darnytskyi "
                         "district, injuring two people.")
    assert [(r.event_type, r.claimed_by, r.date_precision) for r in found] == [
        ("interception", "the city's military administration", "night"),
        ("strike", "the city's military administration", "night")]


@pytest.mark.parametrize("text", [
    "In 2022, Russian forces shelled the Zaporizhzhia nuclear plant repeatedly, raising fears "
    "of a disaster.",
    "Russian forces shelled the Zaporizhzhia nuclear plant in 2023, the IAEA said.",
])
def test_a_claim_dated_only_by_a_past_year_is_history(gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text) == []


@pytest.mark.parametrize("text", [
    "Russia's heaviest attack in 2024 hit Kyiv on Friday, killing five.",
    "Russian forces shelled Nikopol on Friday, the worst attack in 2024, the governor said.",
    "On 3 March 2023, Russian shelling killed two people in Kherson.",
    "The governor of the Bryansk region said Ukrainian drones targeted two villages and a "
    "child, born in 2014, had been killed.",
])
def test_a_year_of_this_claim_or_with_its_day_is_no_history(gz: Gazetteer, text: str) -> None:
    assert len(_reports(gz, text)) == 1


def test_a_toll_told_on_by_another_source_keeps_that_source(gz: Gazetteer) -> None:
    r = _one(gz, "Russian forces shelled Nikopol on Friday, the governor said. A man was "
                 "injured in Nikopol, police said.")
    assert (r.claimed_by, r.injured, r.extras.get("injured_claimed_by")) == (
        "the governor", 1, "police")


# -- twenty-fourth session: launch sites, clauses after a semicolon, shares of a salvo,
# the "when" clause's date, a second one that fell, places in a region told --------------

@pytest.mark.parametrize("text", [
    "Ukraine's air force said it destroyed 27 of 31 Shahed drones launched overnight from "
    "Russia's Kursk region and from Primorsko-Akhtarsk.",
    "Ukraine's air force said it shot down 27 of 31 drones, launched from Russia's Bryansk "
    "region overnight.",
])
def test_a_launch_site_in_the_attackers_region_is_not_where_the_drones_were_downed(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.country, r.count) == (
        "interception", "country", "UA", 27)
    assert r.extras["launched_count"] == 31


@pytest.mark.parametrize("text", [
    "Russia launched 40 drones overnight; Ukrainian air defences shot down 35 of them, the "
    "air force said.",
    "Russia launched 40 drones from Kursk and Primorsko-Akhtarsk overnight; Ukrainian air "
    "defences shot down 35 of them, the air force said.",
    "Moscow fired 40 Shahed drones overnight; Ukraine's air defences destroyed 35, the air "
    "force said.",
])
def test_defenders_named_after_a_semicolon_place_the_downing_in_their_country(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.country, r.place_kind, r.count) == (
        "interception", "drone", "UA", "country", 35)
    assert r.claimed_by == "the air force"


@pytest.mark.parametrize("text", [
    "Poland's army said on Friday a Russian missile had briefly entered the country's "
    "airspace before leaving towards Ukraine.",
    "A Russian missile entered Polish airspace and left towards Ukraine 39 seconds later, "
    "the Polish military said on Friday.",
    "The Polish army said a Russian drone entered the country's airspace on Friday and "
    "flew back into Ukraine after three minutes.",
])
def test_the_country_a_missile_left_towards_is_not_the_airspace_it_violated(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.country) == ("airspace_violation", "airspace", "PL")


@pytest.mark.parametrize(("text", "count", "injured", "by"), [
    ("Russia fired three missiles at Odesa on Saturday. One of the missiles hit a warehouse "
     "in the port, injuring two workers, the regional governor said.", 3, 2,
     "the regional governor"),
    ("Houthi rebels fired two anti-ship missiles at a tanker in the Red Sea on Monday, the "
     "U.S. military said. One missile struck the vessel, causing minor damage, and no "
     "injuries were reported.", 2, 0, "the U.S. military"),
    ("Russia launched five drones at Kharkiv overnight. Two of them hit an industrial site, "
     "injuring a guard, Mayor Ihor Terekhov said.", 5, 1, "Mayor Ihor Terekhov"),
])
def test_some_of_the_weapons_just_told_hitting_is_the_same_claim_told_on(
        gz: Gazetteer, text: str, count: int, injured: int, by: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.count, r.injured, r.claimed_by) == ("strike", count, injured, by)


@pytest.mark.parametrize("text", [
    "Russia fired three missiles at Odesa on Saturday. One of the missiles hit a warehouse "
    "in Chornomorsk, injuring two workers.",
    "Air defences shot down 20 drones over the Kyiv region. One of the drones hit a house "
    "in Bucha.",
    "Russian forces attacked Sumy with two drones on Monday. Three drones hit Sumy on "
    "Tuesday.",
])
def test_a_share_hitting_another_place_or_day_or_more_than_told_is_its_own_claim(
        gz: Gazetteer, text: str) -> None:
    assert len(_reports(gz, text)) == 2


@pytest.mark.parametrize("text", [
    "A memorial service was held in Dnipro on Sunday for the 46 people killed when a Russian "
    "missile hit an apartment block in January 2023.",
    "The 46 people killed when a Russian missile hit an apartment block in Dnipro in January "
    "2023 were remembered on Sunday.",
    "Residents gathered on Sunday in Dnipro, where a Russian missile killed 46 people in "
    "January 2023.",
])
def test_an_attack_told_in_a_when_clause_keeps_that_clauses_date(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name, r.killed) == ("strike", "Dnipro", 46)
    assert (r.event_date, r.date_precision) == (date(2023, 1, 1), "month")


@pytest.mark.parametrize("text", [
    "Two people were killed on Sunday when a Russian missile hit an apartment block in "
    "Dnipro.",
    "On Sunday, two people were killed in Dnipro when a missile hit an apartment block.",
    "In June, a Russian missile hit Dnipro on Sunday, killing two.",
])
def test_a_when_clause_without_an_earlier_date_keeps_the_sentences_day(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_date, r.date_precision) == (date(2024, 6, 9), "day")


@pytest.mark.parametrize("text", [
    "A Russian drone crashed near the village of Plauru, Romanian officials said, while "
    "another fell in Moldova near Etulia.",
    "A Russian drone crashed near the village of Plauru, Romanian officials said. Another "
    "drone fell in Moldova near Etulia.",
])
def test_another_drone_falling_in_a_second_country_is_a_claim_of_its_own(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.country) for r in found] == [
        ("airspace_violation", "RO"), ("airspace_violation", "MD")]
    assert found[0].group is None and found[1].group is None


@pytest.mark.parametrize("text", [
    "A drone hit a house in Odesa, while the other one was shot down.",
    "A Russian drone hit a house in Odesa, while another was intercepted.",
])
def test_another_downed_beside_a_hit_is_an_interception_of_its_own(
        gz: Gazetteer, text: str) -> None:
    assert [r.event_type for r in _reports(gz, text)] == ["strike", "interception"]


@pytest.mark.parametrize("text", [
    "Russian forces dropped 14 guided aerial bombs on the Sumy region on Friday, the regional "
    "administration said. The Krasnopillia and Myropillia communities came under fire.",
    "Russian forces shelled the Kherson region 80 times over the past day, the regional "
    "administration said. Shelling hit Beryslav and Antonivka, injuring two.",
])
def test_attacks_on_places_in_a_region_just_told_on_keep_that_accounts_source(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert len(found) == 3
    assert {r.claimed_by for r in found} == {"the regional administration"}
    assert all(r.extras["claimed_by_from"] == "previous sentence" for r in found[1:])


@pytest.mark.parametrize("text", [
    "Russian forces shelled the Kherson region, the regional administration said.\n\nA "
    "drone hit a car in Beryslav.",
    "Russian forces shelled the Kherson region, the regional administration said. A drone "
    "struck Kharkiv.",
])
def test_an_attack_in_a_new_paragraph_or_another_region_takes_no_source(
        gz: Gazetteer, text: str) -> None:
    assert _reports(gz, text)[-1].claimed_by is None


@pytest.mark.parametrize("text", [
    "On 14 March 2024, Israeli forces carried out an air strike on a house in Aitaroun (Bint "
    "Jbeil, Nabatiye). 3 Hezbollah members were killed.",
    "On 14 March 2024, Israeli forces carried out an air strike on a house in Aitaroun (Bint "
    "Jbeil, Nabatieh). 3 Hezbollah members were killed.",
])
def test_acled_notes_district_and_governorate_in_brackets_are_parents(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.place_name, r.killed, r.group) == ("Aitaroun", 3, None)


@pytest.mark.parametrize("text", [
    "The Romanian defence ministry said on Thursday that radar had detected a possible "
    "unauthorized entry into national airspace near Galati, and two F-16 jets were "
    "scrambled.",
    "Romania's defence ministry said radar tracked the unauthorised entry of a drone into "
    "Romanian airspace on Thursday; two F-16 fighter jets were scrambled.",
])
def test_an_entry_into_airspace_is_a_violation_and_the_jets_scrambled_are_not_its_weapon(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.country, r.event_date) == (
        "airspace_violation", "RO", date(2024, 6, 13))
    assert r.weapon != "aircraft"


def test_jets_that_violated_airspace_stay_aircraft_beside_jets_scrambled(
        gz: Gazetteer) -> None:
    r = _one(gz, "Three Russian MiG-31 jets violated Estonian airspace on Friday, and Italian "
                 "F-35 jets were scrambled, Estonia said.")
    assert (r.event_type, r.weapon, r.country) == ("airspace_violation", "aircraft", "EE")


@pytest.mark.parametrize("text", [
    "Kharkiv came under a massive missile attack on Saturday morning. Ten explosions were "
    "heard in the city, Mayor Ihor Terekhov said.",
    "Russia struck Kharkiv with missiles overnight. Explosions were heard across the city, "
    "and debris fell in several districts, Mayor Ihor Terekhov said.",
])
def test_blasts_heard_in_the_place_just_attacked_are_that_attack(
        gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.place_name) == ("strike", "missile", "Kharkiv")
    assert r.claimed_by == "Mayor Ihor Terekhov"


@pytest.mark.parametrize("text", [
    "Russia struck Kyiv with missiles on Friday. On Thursday, explosions were heard in Kyiv.",
    "Russia struck Kyiv with missiles overnight. Explosions were heard in Lviv.",
    "Russia struck Kyiv with missiles overnight, officials said. Explosions were heard in "
    "the city, the mayor said.",
])
def test_blasts_on_another_day_place_or_speaker_are_their_own_report(
        gz: Gazetteer, text: str) -> None:
    assert [r.event_type for r in _reports(gz, text)] == ["strike", "explosion"]


@pytest.mark.parametrize("text", [
    "Air defence systems intercepted and destroyed 35 Ukrainian UAVs, including 14 over the "
    "Bryansk region and 9 over the Kursk region, the ministry said.",
    "Air defence systems destroyed 35 drones overnight: 14 over the Bryansk region and 9 over "
    "the Kursk region.",
])
def test_the_whole_downed_count_is_kept_beside_each_regions_share(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.admin1, r.count) for r in found] == [
        ("Bryansk Oblast", 14), ("Kursk Oblast", 9)]
    assert all(r.extras["total_count"] == 35 for r in found)


def test_per_region_counts_with_no_total_have_none(gz: Gazetteer) -> None:
    found = _reports(gz, "Air defense systems destroyed 18 Ukrainian drones over the Belgorod "
                         "Region and three over the Voronezh Region.")
    assert [r.count for r in found] == [18, 3]
    assert not any("total_count" in r.extras for r in found)


@pytest.mark.parametrize(("text", "place"), [
    ("Heavy fighting continued near Chasiv Yar, where Russian forces launched 12 assaults, "
     "the General Staff said.", "Chasiv Yar"),
    ("Ukraine said it repelled 20 Russian assaults near Avdiivka on Friday.", "Avdiivka"),
])
def test_counted_ground_assaults_are_other_attacks(gz: Gazetteer, text: str, place: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_name) == ("other_attack", place)


@pytest.mark.parametrize(("text", "by"), [
    ("Israeli air strikes killed at least 20 people in Gaza City overnight, the health "
     "ministry said, as Israeli tanks pushed into the Zeitoun neighbourhood.",
     "the health ministry"),
    ("Israeli air strikes killed at least 20 people in Gaza City overnight, as Israeli tanks "
     "pushed into the Zeitoun neighbourhood, the health ministry said.", "the health ministry"),
    ("Russian shelling killed two people in Kherson on Friday, as residents fled towards "
     "Mykolaiv.", None),
])
def test_a_place_in_an_as_clause_with_no_attack_is_not_the_claims(
        gz: Gazetteer, text: str, by: str | None) -> None:
    r = _one(gz, text)
    assert r.place_kind == "city" and r.killed in {20, 2}
    assert r.claimed_by == by


def test_an_as_clause_with_its_own_attack_stays_a_claim(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian missiles hit Kyiv on Friday, as air defences shot down drones "
                         "over Lviv.")
    assert [(r.event_type, r.place_name) for r in found] == [
        ("strike", "Kyiv"), ("interception", "Lviv")]


@pytest.mark.parametrize("text", [
    "A Russian drone attack on the city of Sumy overnight wounded two people, the regional "
    "administration said. Ukraine's air force said it shot down 37 of the 52 drones Russia "
    "launched overnight.",
    "Drones hit an apartment block in Odesa, the governor said. The Ukrainian air force said "
    "air defences downed 40 of 55 drones launched by Russia.",
])
def test_another_speakers_tally_of_a_launch_is_over_its_country_not_the_city_hit(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.place_kind) for r in found] == [
        ("strike", "city"), ("interception", "country")]
    assert found[1].country == "UA" and "place_from" not in found[1].extras


@pytest.mark.parametrize(("text", "by"), [
    ("Drones attacked Kyiv overnight, the mayor said. Air defences shot down 10 drones, he "
     "said.", "the mayor"),
    ("Shelling hit Kherson on Friday, the governor said. Air defences shot down two drones "
     "over the city later, she said.", "the governor"),
])
def test_a_pronoun_after_a_role_speaker_is_that_speaker(gz: Gazetteer, text: str,
                                                         by: str) -> None:
    assert _reports(gz, text)[-1].claimed_by == by


TASS_STYLE = (
    "MOSCOW, June 15. /TASS/. Russian air defense forces destroyed 47 Ukrainian unmanned "
    "aerial vehicles over six regions overnight, the Russian Defense Ministry said.\n\n"
    '"Last night, an attempt by the Kyiv regime to carry out terrorist attacks using '
    "aircraft-type unmanned aerial vehicles against facilities on the territory of the "
    "Russian Federation was thwarted. On-duty air defense forces destroyed 47 Ukrainian "
    "UAVs: 20 over the Belgorod Region, 12 over the Kursk Region, eight over the Bryansk "
    "Region, three over the Voronezh Region, two over the Oryol Region and two over the "
    'Rostov Region," the ministry said in a statement.')


def test_a_country_wide_downing_told_again_region_by_region_is_one_claim(
        gz: Gazetteer) -> None:
    found = _reports(gz, TASS_STYLE)
    assert [r.count for r in found] == [20, 12, 8, 3, 2, 2]
    assert all(r.place_kind == "admin1" and r.extras["total_count"] == 47 for r in found)
    assert all(r.extras["total_from"] == "earlier sentence" for r in found)


def test_a_country_wide_downing_with_another_total_stays(gz: Gazetteer) -> None:
    found = _reports(gz, TASS_STYLE.replace("destroyed 47 Ukrainian unmanned", "destroyed 50 "
                                            "Ukrainian unmanned"))
    assert (found[0].place_kind, found[0].count) == ("country", 50)
    assert len(found) == 7


@pytest.mark.parametrize(("text", "places"), [
    ("In Darfur, the RSF shelled the city of El Fasher on Saturday, killing 12 civilians.",
     ["El Fasher"]),
    ("In the Donbas, Russian forces shelled Kramatorsk and Sloviansk, killing two.",
     ["Kramatorsk", "Sloviansk"]),
    ("In Darfur, fighting killed 12, and Israeli jets struck Gaza City.", ["Darfur", "Gaza"]),
])
def test_a_region_set_first_is_the_setting_of_the_places_named_in_it(
        gz: Gazetteer, text: str, places: list[str]) -> None:
    assert [r.place_name for r in _reports(gz, text)] == places


def test_a_district_set_first_is_the_setting_of_its_communities(gz: Gazetteer) -> None:
    found = _reports(gz, "In the Nikopol district, the enemy struck the Marhanets and "
                         "Pokrovske communities with artillery, Serhii Lysak reported.")
    assert [r.place_name for r in found] == ["Marhanets", "Pokrovske"]
    assert {r.admin1 for r in found} == {"Dnipropetrovsk Oblast"}


def test_a_region_set_first_keeps_its_own_clause(gz: Gazetteer) -> None:
    found = _reports(gz, "In the Donbas, two people died in shelling, and in Odesa, a man was "
                         "killed by a drone.")
    assert [r.place_name for r in found] == ["Donbas", "Odesa"]


@pytest.mark.parametrize("text", [
    "The U.S. military said it destroyed four drones in Houthi-controlled areas of Yemen.",
    "US forces destroyed four Houthi drones on the ground in Yemen, CENTCOM said.",
])
def test_drones_destroyed_on_the_ground_are_a_strike(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon, r.country, r.count) == ("strike", "drone", "YE", 4)


@pytest.mark.parametrize("text", [
    "The U.S. military said it shot down a Houthi anti-ship ballistic missile over the Gulf "
    "of Aden and destroyed four drones in Houthi-controlled areas of Yemen.",
    "The U.S. military said it shot down a Houthi anti-ship ballistic missile over the Gulf "
    "of Aden, and destroyed four drones in Houthi-controlled areas of Yemen.",
])
def test_a_downing_at_sea_and_drones_destroyed_on_land_are_two_claims(
        gz: Gazetteer, text: str) -> None:
    found = _reports(gz, text)
    assert [(r.event_type, r.weapon, r.place_kind, r.count) for r in found] == [
        ("interception", "missile", "sea", None), ("strike", "drone", "country", 4)]


def test_two_verbs_on_two_places_are_two_claims_each_with_its_weapon(gz: Gazetteer) -> None:
    found = _reports(gz, "Russian forces shelled Kherson and struck Mykolaiv with drones.")
    assert [(r.event_type, r.weapon, r.place_name) for r in found] == [
        ("shelling", "artillery", "Kherson"), ("strike", "drone", "Mykolaiv")]


@pytest.mark.parametrize(("text", "killed", "children"), [
    ("A child was among three people killed in a Russian drone strike on a village in the "
     "Sumy region on Friday, local authorities said.", 3, 1),
    ("A 15-year-old boy was among the five people killed when a missile hit Odesa.", 5, 1),
    ("A 35-year-old man was among three people killed in shelling of Kherson.", 3, None),
])
def test_a_child_among_several_dead_is_one_child(gz: Gazetteer, text: str, killed: int,
                                                children: int | None) -> None:
    r = _one(gz, text)
    assert (r.killed, r.children_killed) == (killed, children)


@pytest.mark.parametrize(("text", "arms"), [
    ("Ukraine's military said it shot down a Russian A-50 surveillance plane over the Sea of "
     "Azov on Friday night.", "aircraft"),
    ("Ukraine said it downed a Russian Tu-22M3 over the Stavropol region.", "aircraft"),
])
def test_planes_shot_down_are_aircraft(gz: Gazetteer, text: str, arms: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.weapon) == ("interception", arms)


def test_a_locality_of_a_city_is_that_city_noting_it(gz: Gazetteer) -> None:
    r = _one(gz, "RSF artillery shelled the Karari locality of Omdurman on Wednesday, killing "
                 "five civilians and wounding 17, the local resistance committee said.")
    assert (r.place_name, r.country, r.killed, r.injured) == ("Omdurman", "SD", 5, 17)
    assert "Karari" in (r.place_note or "")


@pytest.mark.parametrize("text", [
    "A tanker was hit by two missiles in the Red Sea off the port of Mokha, UKMTO said.",
    "A tanker was hit by two missiles in the Red Sea off Yemen's port of Mokha, UKMTO said.",
])
def test_a_ship_hit_at_sea_off_a_port_is_at_sea(gz: Gazetteer, text: str) -> None:
    r = _one(gz, text)
    assert (r.event_type, r.place_kind, r.place_name, r.count) == (
        "strike", "sea", "Red Sea", 2)


def test_the_red_sea_port_of_a_town_is_the_town(gz: Gazetteer) -> None:
    r = _one(gz, "A drone hit the Red Sea port of Hodeidah on Friday.")
    assert (r.place_kind, r.country) == ("city", "YE")


def test_drones_that_violated_airspace_and_that_some_were_downed_are_two_claims(
        gz: Gazetteer) -> None:
    found = _reports(gz, "The Polish military said Russian drones had violated Polish airspace "
                         "during an attack on Ukraine overnight and that several had been shot "
                         "down.")
    assert [(r.event_type, r.country) for r in found] == [
        ("airspace_violation", "PL"), ("interception", "PL")]
