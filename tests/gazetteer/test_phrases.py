from __future__ import annotations

import pytest

from gazetteer.phrases import ADMIN1, ADMIN2, AIRSPACE, SETTLEMENT, parse


@pytest.mark.parametrize(
    ("text", "core", "kinds"),
    [
        ("the Kursk region", "kursk", ADMIN1),
        ("Kursk Oblast", "kursk", ADMIN1),
        ("Kursk province", "kursk", ADMIN1),
        ("Kurskaya oblast", "kurskaya", ADMIN1),
        ("Kharkivska oblast", "kharkivska", ADMIN1),
        ("Харківська область", "kharkivska", ADMIN1),
        ("the Russian region of Belgorod", "belgorod", ADMIN1),
        ("Krasnodar Krai", "krasnodar", ADMIN1),
        ("Kupiansk district", "kupiansk", ADMIN2),
        ("the village of Robotyne", "robotyne", SETTLEMENT),
        ("Poland airspace", "poland", AIRSPACE),
        ("Polish airspace", "polish", AIRSPACE),
        ("Poland's airspace", "poland", AIRSPACE),
        ("Poland’s airspace", "poland", AIRSPACE),
        ("the airspace of Poland", "poland", AIRSPACE),
        ("Rostov-on-Don", "rostov on don", None),
        ("Kharkiv", "kharkiv", None),
    ],
)
def test_region_and_airspace_shapes(text: str, core: str, kinds: frozenset | None) -> None:
    q = parse(text)
    assert core in (q.core, q.bare) and q.kinds == kinds


def test_qualifiers_are_dropped_only_as_a_second_try() -> None:
    assert parse("West Virginia").core == "west virginia"
    assert parse("southern Zaporizhzhia").bare == "zaporizhzhia"


def test_over_a_name_marks_possible_airspace() -> None:
    q = parse("over Poland")
    assert q.core == "poland" and q.over and q.kinds is None


@pytest.mark.parametrize(
    ("text", "child", "parent"),
    [
        ("Stepnohirsk, a town in Ukraine's southern Zaporizhzhia region", "stepnohirsk",
         "zaporizhzhia"),
        ("Chervone, Zaporizhzhia region", "chervone", "zaporizhzhia"),
        ("Robotyne in the Zaporizhzhia region", "robotyne", "zaporizhzhia"),
        ("Odessa, Texas", "odessa", "texas"),
        ("Kupiansk district of Kharkiv oblast", "kupiansk", "kharkiv"),
        ("Kharkiv oblast's Kupiansk district", "kupiansk", "kharkiv"),
        ("Pokrovsk (Donetsk region)", "pokrovsk", "donetsk"),
    ],
)
def test_explicit_parents(text: str, child: str, parent: str | None) -> None:
    q = parse(text)
    assert q.core == child
    if parent is not None:
        assert q.parent is not None and parent in (q.parent.core, q.parent.bare)


def test_nested_parent_keeps_country() -> None:
    q = parse("Stepnohirsk, a town in Ukraine's southern Zaporizhzhia region")
    assert q.kinds == SETTLEMENT
    assert q.parent is not None and q.parent.kinds == ADMIN1
    assert q.parent.parent is not None and q.parent.parent.core == "ukraine"
