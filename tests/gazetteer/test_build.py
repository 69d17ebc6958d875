"""The index builder's linking rules, on small hand-made records (fast, no index)."""

from __future__ import annotations

from gazetteer.build import (
    TRAP,
    inherit_capital_names,
    link_admin1,
    mark_national_capitals,
    mark_traps,
    name_rows,
    national_form,
    promote_regional_capitals,
)
from gazetteer.records import ALTERNATE, OFFICIAL, PRIMARY, SourcePlace


def _square(x0: float, y0: float, size: float = 1.0) -> dict:
    ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 + size], [x0, y0 + size], [x0, y0]]
    return {"type": "Polygon", "coordinates": [ring]}


def _city(pid: str, name: str, lon: float, lat: float, pop: int, country: str = "UA",
          alts: tuple[str, ...] = ()) -> SourcePlace:
    return SourcePlace(id=pid, name=name, kind="city", country=country, latitude=lat,
                       longitude=lon, source="t", population=pop,
                       names=[(name, PRIMARY), *((a, ALTERNATE) for a in alts)])


def _region(pid: str, name: str, x0: float, country: str = "UA") -> SourcePlace:
    return SourcePlace(id=pid, name=name, kind="admin1", country=country, latitude=0,
                       longitude=0, source="t", geometry=_square(x0, 0),
                       names=[(f"{name} Oblast", PRIMARY)])


def test_link_admin1_inside_and_nearest_same_country() -> None:
    regions = [_region("r1", "Alpha", 0), _region("r2", "Beta", 2, country="RU")]
    inside = _city("c1", "A", 0.5, 0.5, 1000)
    coastal = _city("c2", "B", 1.1, 0.5, 1000)  # just outside r1, same country
    foreign = _city("c3", "C", 1.9, 0.5, 1000)  # nearest is r2 but another country: none
    link_admin1([inside, coastal, foreign], regions, max_gap_deg=0.3)
    assert (inside.admin1_id, coastal.admin1_id) == ("r1", "r1")
    assert foreign.admin1_id is None


def test_a_border_town_inside_a_neighbours_outline_takes_its_own_countrys_region() -> None:
    """Generalised outlines overlap at borders: Metula (Israel) falls inside Lebanon's
    An Nabatiyah; its own country's region nearby wins, the neighbour's only without one."""
    regions = [_region("lb", "Nabatiyah", 0, country="LB"), _region("il", "North", 1.05)]
    border = _city("c1", "Metula", 0.95, 0.5, 1600)  # inside lb, 0.1 from il
    alone = _city("c2", "Far", 0.1, 0.5, 1600)  # inside lb, no region of its own near
    link_admin1([border, alone], regions, max_gap_deg=0.3)
    assert (border.admin1_id, alone.admin1_id) == ("il", "lb")


def test_capital_spellings_are_inherited() -> None:
    region = _region("r1", "Khmel'nyts'kyy", 0)
    capital = _city("c1", "Khmelnytskyi", 0.5, 0.5, 270_000,
                    alts=("Khmelnitsky", "Proskurov", "Хмельницький"))
    other = _city("c2", "Kamianets", 0.2, 0.2, 90_000)
    for c in (capital, other):
        c.admin1_id = "r1"
    assert inherit_capital_names([region], [capital, other]) == {"r1": "c1"}
    written = {w for w, _ in region.names}
    assert {"Khmelnitsky", "Хмельницький", "Khmelnytskyi"} <= written
    assert "Kamianets" not in written


def test_a_regional_capital_of_50000_is_a_city_and_other_towns_stay_towns() -> None:
    capital = _city("c1", "Kherson", 0.5, 0.5, 66_000)
    small_capital = _city("c2", "Small", 0.4, 0.4, 20_000)
    big_town = _city("c3", "Nova", 0.3, 0.3, 66_000)
    for town in (capital, small_capital, big_town):
        town.kind = "town"
    promote_regional_capitals({"r1": "c1", "r2": "c2"}, [capital, small_capital, big_town])
    assert [t.kind for t in (capital, small_capital, big_town)] == ["city", "town", "town"]


def test_alternate_name_of_another_town_is_a_trap_but_a_spelling_is_not() -> None:
    belgorod = _city("b", "Belgorod", 36.6, 50.6, 345_000, "RU",
                     alts=("Bilhorod-Dnistrovskyi", "Bilhorod", "Белгород"))
    bd = _city("bd", "Bilhorod-Dnistrovskyi", 30.3, 46.2, 48_000)
    odesa = _city("o", "Odesa", 30.7, 46.5, 1_000_000, alts=("Odessa",))
    odessa_tx = _city("t", "Odessa", -102.4, 31.8, 100_000, "US")
    assert mark_traps([belgorod, bd, odesa, odessa_tx], protected=set()) == 1
    assert ("Bilhorod-Dnistrovskyi", TRAP) in belgorod.names
    assert ("Bilhorod", ALTERNATE) in belgorod.names
    assert ("Odessa", ALTERNATE) in odesa.names


def test_name_rows_keep_best_rank_and_strip_kind_words() -> None:
    region = SourcePlace(id="r", name="Kursk Oblast", kind="admin1", country="RU",
                         latitude=0, longitude=0, source="t",
                         names=[("Kursk Oblast", PRIMARY), ("Kurskaya oblast", OFFICIAL),
                                ("kursk oblast", ALTERNATE)])
    rows = {key: (rank, spot) for key, rank, spot in name_rows(region, strip=True)}
    assert rows["kursk oblast"] == (PRIMARY, True)
    assert rows["kursk"][0] == PRIMARY and rows["kurskaya"][0] == OFFICIAL


def test_arabic_article_is_dropped_for_towns_where_arabic_names_are_romanised() -> None:
    def town(name: str, country: str, population: int) -> SourcePlace:
        return SourcePlace(id=name, name=name, kind="city", country=country, latitude=0,
                           longitude=0, source="t", population=population,
                           names=[(name, PRIMARY)])

    rows = {k: r for k, r, _ in name_rows(town("Al Qāmishlī", "SY", 184_000), strip=False)}
    assert rows == {"al qamishli": PRIMARY, "qamishli": ALTERNATE}
    assert "bab" not in {k for k, _, _ in name_rows(town("Al Bab", "SY", 60_000), False)}
    assert "paso" not in {k for k, _, _ in name_rows(town("El Paso", "US", 600_000), False)}
    assert "qusayr" not in {k for k, _, _ in name_rows(town("Al Qusayr", "SY", 900), False)}


def test_the_largest_namesake_of_a_countrys_capital_is_marked_as_capital() -> None:
    capital = _city("c1", "Tehran", 51.4, 35.7, 7_000_000, country="IR")
    namesake = _city("c2", "Tehran", 53.0, 32.0, 900, country="IR")
    abroad = _city("c3", "Tehran", 10.0, 10.0, 9_000_000, country="XX")
    alias = _city("c4", "Tiran", 51.2, 32.7, 21_703, country="IR", alts=("Tehran",))
    info = {"IR": {"capital": "Tehran"}, "XX": {"capital": ""}}
    assert mark_national_capitals(info, [namesake, capital, abroad, alias]) == 1
    assert [c.feature_code for c in (capital, namesake, abroad, alias)] == [
        "PPLC", None, None, None]


def test_the_national_romanisation_is_the_ukrainian_spelling_nearest_geonames() -> None:
    names = [("Kupyansk", PRIMARY), ("Куп'янськ", ALTERNATE), ("Купянск", ALTERNATE),
             ("Купецкій", ALTERNATE)]
    town = SourcePlace(id="gn:1", name="Kupyansk", kind="town", country="UA", latitude=49.7,
                       longitude=37.6, source="t", names=names)
    assert national_form(town) == "Kupiansk"
    # a Russian name romanised the Russian way is not re-read as Ukrainian ("Vytyno")
    village = SourcePlace(id="gn:2", name="Vitino", kind="village", country="UA",
                          latitude=45.2, longitude=33.2, source="t",
                          names=[("Vitino", PRIMARY), ("Витино", ALTERNATE)])
    assert national_form(village) is None
    # nor outside Ukraine
    assert national_form(SourcePlace(id="gn:3", name="Kupyansk", kind="town", country="RU",
                                     latitude=0, longitude=0, source="t", names=town.names)) is None
