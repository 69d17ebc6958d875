"""The claims the issue lists for the five seed articles: each is extracted with the
right type, place kind, date, figures and claimant. (The rules are general; these only
check that the default data set reads as an editor would read it.)"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gazetteer import Gazetteer
from reports import Report, extract, read_inputs

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seed_reports(gz: Gazetteer) -> list[Report]:
    out: list[Report] = []
    for _, articles in read_inputs([str(p) for p in sorted(SEEDS.glob("*.txt"))]):
        assert not isinstance(articles, Exception), articles
        for article in articles:
            out.extend(extract(article, gz))
    return out


def _find(reports: list[Report], **want) -> list[Report]:
    def ok(r: Report) -> bool:
        for key, value in want.items():
            got = getattr(r, key)
            if callable(value):
                if not value(got):
                    return False
            elif got != value:
                return False
        return True
    return [r for r in reports if ok(r)]


def test_belgorod_hit_on_saturday_with_conflicting_tolls(seed_reports) -> None:
    hits = _find(seed_reports, place_name="Belgorod", place_kind="city",
                 event_date=date(2023, 12, 30))
    tolls = {r.killed for r in hits if r.killed}
    assert {14, 20, 21} <= tolls
    by = {r.killed: r.claimed_by for r in hits if r.killed in {14, 21} and r.claimed_by}
    assert "Gladkov" in (by.get(21) or "")
    assert "defense ministry" in (by.get(14) or "").lower()


def test_32_drones_over_four_russian_regions(seed_reports) -> None:
    found = _find(seed_reports, event_type="interception", weapon="drone",
                  place_kind="admin1", event_date=date(2023, 12, 30))
    regions = {r.admin1 for r in found}
    assert {"Moscow Oblast", "Bryansk Oblast", "Oryol Oblast", "Kursk Oblast"} <= regions
    assert any(r.extras.get("group_count") == 32 for r in found)


def test_10_shaheds_over_three_ukrainian_regions(seed_reports) -> None:
    found = _find(seed_reports, event_type="interception", weapon="drone",
                  claimed_by="the General Staff of the Ukrainian Armed Forces")
    assert {r.admin1 for r in found} == {"Kherson Oblast", "Khmelnytskyi Oblast",
                                        "Mykolaiv Oblast"}
    assert {r.extras.get("group_count") for r in found} == {10}
    assert {r.event_date for r in found} == {date(2023, 12, 30)}


def test_man_killed_by_shelling_in_stepnohirsk(seed_reports) -> None:
    [r] = _find(seed_reports, place_name="Stepnohirsk")
    assert (r.event_type, r.place_kind, r.admin1, r.killed) == (
        "shelling", "town", "Zaporizhzhia Oblast", 1)


def test_object_in_polish_airspace_on_friday(seed_reports) -> None:
    found = _find(seed_reports, event_type="airspace_violation", place_kind="airspace",
                  country="PL")
    assert found and {r.event_date for r in found} == {date(2023, 12, 29)}
    assert all("Poland" in (r.claimed_by or "") for r in found)


def test_the_other_claims(seed_reports) -> None:
    assert _find(seed_reports, count=13, admin1="Belgorod Oblast",
                 event_type="interception")
    assert _find(seed_reports, admin1="Bryansk Oblast", quote=lambda q: "factory" in q)
    home = _find(seed_reports, admin1="Belgorod Oblast", place_kind="admin1",
                 event_date=date(2023, 12, 29), killed=1)
    assert home and home[0].weapon == "missile"
    assert _find(seed_reports, admin1="Bryansk Oblast", killed=1)
    kharkiv = _find(seed_reports, place_name="Kharkiv", injured=26)
    assert kharkiv and kharkiv[0].event_date == date(2023, 12, 30)
    friday = {r.place_name for r in _find(seed_reports, event_date=date(2023, 12, 29),
                                           place_kind="city")}
    assert {"Kyiv", "Dnipro", "Kharkiv", "Odesa", "Lviv"} <= friday
    assert any(n.startswith("Zaporizh") for n in friday)


def test_background_gives_nothing(seed_reports) -> None:
    assert not _find(seed_reports, quote=lambda q: "repeatedly shelled since" in q)
    assert not _find(seed_reports, quote=lambda q: "half a million personnel" in q)
    assert not _find(seed_reports, event_date=lambda d: d is not None and d.year < 2023)
